"""The management reports (issue 8) as PDF, read back with pypdf.

The figures are read as text: pypdf gives each table cell on its own line, so a
row is its label and the three lines after it (this period, the previous one,
the change). The charts are checked in the page's content stream: ReportLab
draws each bar as a rectangle (``re``) filled *and* stroked (``B*``), while
the tables' shaded rows are only filled (``f*``) and their rules are lines
(``m``/``l``/``S``). Following the fill colour (``rg``, saved and restored by
``q``/``Q``) tells the charts' bars apart, and their lengths must be in
proportion to the figures they stand for.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.letters import LetterKind
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.retention import RetainedKind
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.letters import report
from privacy_desk.letters.report import (
    CURRENT_FILL,
    PREVIOUS_FILL,
    TREND_FILL,
    change_text,
    render_case_list_report,
    render_period_report,
)
from privacy_desk.services.case_list import CaseRow
from privacy_desk.services.statistics import (
    Figures,
    HandlingTimes,
    Period,
    ReportData,
    month_period,
    year_period,
)

ISSUED = date(2026, 11, 24)
COMPANY, COMPANY_EN = "オムロン ソフトウェア株式会社", "OMRON SOFTWARE Co., Ltd."
SECTIONS_JA = [
    "1. 請求の受付",
    "2. 決定と終了",
    "3. 処理日数",
    "4. 月末時点の状況",
    "5. 書面の発送",
    "6. 手数料",
    "7. 記録の廃棄",
    "8. 苦情・相談",
    "9. 受付件数の推移（直近12か月）",
]
SECTIONS_EN = [
    "1. Requests received",
    "2. Decisions and endings",
    "3. Handling time",
    "4. At the end of the month",
    "5. Letters",
    "6. Fees",
    "7. Records disposed of",
    "8. Complaints and inquiries",
    "9. Requests received over twelve months",
]


# --- reading the PDF back -------------------------------------------------------------------


def pages_of(pdf: bytes) -> list[Any]:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def lines_of(pdf: bytes) -> list[str]:
    """Every line of text of every page, stripped (a table cell is a line of its own)."""
    return [
        line.strip()
        for page in pages_of(pdf)
        for line in page.extract_text().split("\n")
        if line.strip()
    ]


def row(pdf: bytes, label: str) -> list[str]:
    """The three cells after the first line that reads ``label``."""
    lines = lines_of(pdf)
    assert label in lines, f"no row {label!r}"
    at = lines.index(label)
    return lines[at + 1 : at + 4]


def text_of(pdf: bytes) -> str:
    return "\n".join(lines_of(pdf))


@dataclass(frozen=True)
class Bar:
    """A rectangle filled and outlined in the page's content stream: a chart's bar or swatch."""

    x: float
    y: float
    width: float
    height: float
    fill: tuple[float, float, float]


def bars(page: Any) -> list[Bar]:
    found: list[Bar] = []
    fill: tuple[float, float, float] = (0.0, 0.0, 0.0)
    saved: list[tuple[float, float, float]] = []
    pending: list[list[float]] = []
    for operands, operator in ContentStream(page.get_contents(), None).operations:
        if operator == b"q":
            saved.append(fill)
        elif operator == b"Q":
            fill = saved.pop()
        elif operator == b"rg":
            fill = tuple(round(float(v), 3) for v in operands)  # type: ignore[assignment]
        elif operator == b"g":
            fill = (round(float(operands[0]), 3),) * 3
        elif operator == b"re":
            pending.append([float(v) for v in operands])
        elif operator in (b"B", b"B*"):
            found += [Bar(*(abs(v) for v in rect), fill=fill) for rect in pending]  # type: ignore[misc]
            pending = []
        elif operator in (b"f", b"f*", b"S", b"n"):
            pending = []
    return found


def rgb(color: Any) -> tuple[float, float, float]:
    return (round(color.red, 3), round(color.green, 3), round(color.blue, 3))


def proportional(lengths: Sequence[float], values: Sequence[int]) -> bool:
    """Each length is the same multiple of its value."""
    ratios = [length / value for length, value in zip(lengths, values, strict=True)]
    return max(ratios) - min(ratios) < 0.01 * max(ratios)


def has_images(pdf: bytes) -> bool:
    for page in pages_of(pdf):
        objects = page["/Resources"].get_object().get("/XObject")
        for ref in objects.get_object().values() if objects is not None else ():
            if ref.get_object().get("/Subtype") == "/Image":
                return True
    return False


def base_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in pages_of(pdf):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def red_on(page: Any) -> list[str]:
    """The text of ``page`` drawn in red (the fill colour set by ``rg`` when it is shown)."""
    found: list[str] = []
    fill: list[tuple[float, ...]] = [(0.0, 0.0, 0.0)]  # the current one last; q pushes, Q pops

    def before(operator: bytes, operands: list[Any], cm: Any, tm: Any) -> None:
        if operator == b"q":
            fill.append(fill[-1])
        elif operator == b"Q" and len(fill) > 1:
            fill.pop()
        elif operator == b"rg":
            fill[-1] = tuple(round(float(v), 3) for v in operands)

    def text(value: str, *_: Any) -> None:
        if value.strip() and fill[-1] == rgb(report.OVERDUE_TEXT):
            found.append(value.strip())

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return found


def red_texts(pdf: bytes) -> list[str]:
    return [text for page in pages_of(pdf) for text in red_on(page)]


# --- sample figures -------------------------------------------------------------------------


def figures(period: Period, **values: Any) -> Figures:
    """Figures of ``period``: zero unless given."""
    empty: dict[str, Any] = {
        "received": 0,
        "by_type": {},
        "by_requester_kind": {},
        "decided": 0,
        "outcomes": {},
        "refusals": {},
        "replied": 0,
        "handling": HandlingTimes(0, None, None, None, ""),
        "replied_after_target": 0,
        "replied_after_legal_line": 0,
        "withdrawn": 0,
        "rejected_incomplete": 0,
        "open_at_end": 0,
        "over_target_at_end": 0,
        "over_legal_line_at_end": 0,
        "awaiting_documents_at_end": 0,
        "letters_sent": 0,
        "letters_by_kind": {},
        "letters_returned": 0,
        "fees_received": 0,
        "fees_yen": 0,
        "disposed": {},
        "complaints": 0,
        "inquiries": 0,
        "complaints_closed": 0,
        "complaints_open_at_end": 0,
    }
    return Figures(period=period, **(empty | values))


OCTOBER = month_period(2026, 10)
TREND_COUNTS = [6, 8, 14, 3, 10, 12, 6, 0, 10, 7, 7, 12]


def sample() -> ReportData:
    current = figures(
        OCTOBER,
        received=12,
        by_type={
            RequestType.DISCLOSURE: 9,
            RequestType.CORRECTION: 2,
            RequestType.PURPOSE_OF_USE: 4,
        },
        by_requester_kind={RequesterKind.PRINCIPAL: 10, RequesterKind.APPOINTED_AGENT: 2},
        decided=11,
        outcomes={Outcome.DONE: 8, Outcome.PARTLY: 2, Outcome.REFUSED: 1},
        refusals={RefusalGround.BUSINESS_INTERFERENCE: 3},
        replied=10,
        handling=HandlingTimes(10, 8.4, 8.0, 17, "2026-0042"),
        replied_after_target=2,
        replied_after_legal_line=1,
        withdrawn=1,
        rejected_incomplete=2,
        open_at_end=5,
        over_target_at_end=1,
        over_legal_line_at_end=1,
        awaiting_documents_at_end=2,
        letters_sent=23,
        letters_by_kind={LetterKind.ACKNOWLEDGEMENT: 12, LetterKind.DISCLOSURE: 11},
        letters_returned=1,
        fees_received=12,
        fees_yen=12000,
        disposed={RetainedKind.ID_COPY: 6},
        complaints=2,
        inquiries=3,
        complaints_closed=4,
        complaints_open_at_end=1,
    )
    previous = figures(
        month_period(2026, 9),
        received=7,
        by_type={RequestType.DISCLOSURE: 5, RequestType.SUSPENSION_OR_ERASURE: 3},
        decided=6,
        outcomes={Outcome.DONE: 6},
        replied=6,
        handling=HandlingTimes(6, 9.5, 9.0, 12, "2026-0031"),
        fees_received=3,
        fees_yen=3000,
    )
    months = [month_period(2025, 11), month_period(2025, 12)] + [
        month_period(2026, m) for m in range(1, 11)
    ]
    return ReportData(current, previous, list(zip(months, TREND_COUNTS, strict=True)))


def period_pdf(data: ReportData, language: str = "ja") -> bytes:
    return render_period_report(
        data,
        company=COMPANY,
        company_en=COMPANY_EN,
        language=language,
        issued_on=ISSUED,
        issued_by="m.sato",
    )


# --- the period report ----------------------------------------------------------------------


def test_changes_are_signed_and_never_use_triangles() -> None:
    assert change_text(12, 7) == "+5"
    assert change_text(3, 7) == "−4"
    assert change_text(4, 4) == "±0"
    assert change_text(None, 7) == "—"
    assert change_text(8.4, 9.5, "days") == "−1.1"
    assert change_text(12000, 3000, "yen") == "+9,000円"
    assert change_text(3000, 12000, "yen", ja=False) == "−¥9,000"


def test_the_monthly_report_in_japanese_sets_each_figure_beside_the_previous_month() -> None:
    pdf = period_pdf(sample())
    text = text_of(pdf)
    assert "月次報告 2026年10月" in text
    assert "令和8年11月24日（2026-11-24）" in text
    assert "対象期間：2026年10月1日～2026年10月31日" in text
    positions = [text.index(title) for title in SECTIONS_JA]
    assert positions == sorted(positions)
    assert row(pdf, "受付件数") == ["12", "7", "+5"]
    assert row(pdf, "開示") == ["9", "5", "+4"]
    assert row(pdf, "任意代理人") == ["2", "0", "+2"]
    assert row(pdf, "請求どおり対応") == ["8", "6", "+2"]
    assert row(pdf, "不備により不受理") == ["2", "0", "+2"]
    assert row(pdf, "処理日数の平均（営業日）") == ["8.4", "9.5", "−1.1"]
    assert row(pdf, "最長（営業日）と案件番号") == ["17（2026-0042）", "12（2026-0031）", "+5"]
    assert row(pdf, "うち社内目標日を過ぎたもの") == ["1", "0", "+1"]
    assert row(pdf, "受付のお知らせ") == ["12", "0", "+12"]
    assert row(pdf, "手数料の合計") == ["12,000円", "3,000円", "+9,000円"]
    assert row(pdf, "本人確認書類等の写し") == ["6", "0", "+6"]
    assert row(pdf, "相談・問合せ") == ["3", "0", "+3"]
    grounds = [line for line in text.split("\n") if line.startswith("法第33条第2項第2号")]
    assert grounds, "the refusal grounds are listed"
    assert COMPANY in text and COMPANY_EN not in text
    assert "1 / 2" in text and "2 / 2" in text  # a month fits on two pages


def test_the_english_report() -> None:
    pdf = period_pdf(sample(), "en")
    text = text_of(pdf)
    assert "Monthly report 2026-10" in text
    assert "Issued 24 November 2026 by m.sato" in text
    positions = [text.index(title) for title in SECTIONS_EN]
    assert positions == sorted(positions)
    assert row(pdf, "Requests received") == ["12", "7", "+5"]
    assert row(pdf, "Fees received") == ["¥12,000", "¥3,000", "+¥9,000"]
    assert row(pdf, "Longest (business days) and its case") == [
        "17 (2026-0042)",
        "12 (2026-0031)",
        "+5",
    ]
    assert COMPANY_EN in text
    assert not re.search(r"[\u3040-\u30ff]", text), "no kana in the English report"


def test_the_charts_are_vector_bars_in_proportion_to_the_figures() -> None:
    data = sample()
    pdf = period_pdf(data)
    assert not has_images(pdf)
    first, second = (bars(page) for page in pages_of(pdf))
    # the legends' swatches are 8 pt squares (Legend.dx, .dy); bars of zero are not drawn
    swatches = [b for b in first if (b.width, b.height) == (8, 8)]
    assert len(swatches) == 2 + len(report.OUTCOME_FILLS)
    first = [b for b in first if b not in swatches]
    # requests by type: the bars run across, this month's above last month's in each group
    for fill, figures_ in ((CURRENT_FILL, data.current), (PREVIOUS_FILL, data.previous)):
        drawn = sorted((b for b in first if b.fill == rgb(fill)), key=lambda b: -b.y)
        values = [figures_.by_type[t] for t in RequestType if figures_.by_type.get(t)]
        assert proportional([b.width for b in drawn], values)
    # the outcomes: one bar per month, its parts in proportion to the outcomes, in order
    shades = {rgb(fill): outcome for outcome, fill in report.OUTCOME_FILLS.items()}
    segments = [b for b in first if b.fill in shades]
    rows = sorted({b.y for b in segments}, reverse=True)
    assert len(rows) == 2
    for y, figures_ in zip(rows, (data.current, data.previous), strict=True):
        parts = sorted((b for b in segments if b.y == y), key=lambda b: b.x)
        expected = [o for o in report.OUTCOME_FILLS if figures_.outcomes.get(o)]
        assert [shades[b.fill] for b in parts] == expected
        assert proportional([b.width for b in parts], [figures_.outcomes[o] for o in expected])
    # the trend: twelve columns, this month's dark, in proportion to the arrivals
    columns = sorted(
        (b for b in second if b.fill in (rgb(TREND_FILL), rgb(CURRENT_FILL))), key=lambda b: b.x
    )
    nonzero = [n for n in TREND_COUNTS if n]
    assert len(columns) == len(nonzero)
    assert proportional([b.height for b in columns], nonzero)
    assert columns[-1].fill == rgb(CURRENT_FILL)
    assert {b.fill for b in columns[:-1]} == {rgb(TREND_FILL)}


def test_only_the_bundled_fonts_are_used_so_japanese_renders_everywhere() -> None:
    for pdf in (period_pdf(sample()), period_pdf(sample(), "en"), list_pdf([case_row(1)])):
        assert base_fonts(pdf) <= {
            "BIZUDPMincho-Regular",
            "BIZUDPGothic-Regular",
            "BIZUDPGothic-Bold",
            "BIZUDMincho-Regular",
        }


def test_an_empty_month_renders_with_no_requests_and_no_bars() -> None:
    empty = ReportData(
        figures(OCTOBER),
        figures(month_period(2026, 9)),
        [(month_period(2026, m), 0) for m in range(1, 11)],
    )
    pdf = period_pdf(empty)
    text = text_of(pdf)
    assert "この期間の受付はありません" in text
    assert "決定はありません" in text
    assert "この12か月の受付はありません" in text
    assert row(pdf, "受付件数") == ["0", "0", "±0"]
    assert row(pdf, "処理日数の平均（営業日）") == ["—", "—", "—"]
    assert not [b for page in pages_of(pdf) for b in bars(page)]
    assert "No requests in this period" in text_of(period_pdf(empty, "en"))


def test_a_year_is_titled_as_a_year_and_keeps_to_a_few_pages() -> None:
    data = sample()
    year = ReportData(
        replace(data.current, period=year_period(2025)),
        replace(data.previous, period=year_period(2024)),
        data.trend,
    )
    pdf = period_pdf(year)
    text = text_of(pdf)
    assert "年次報告 2025年" in text and "4. 年末時点の状況" in text
    assert row(pdf, "受付件数") == ["12", "7", "+5"]
    assert len(pages_of(pdf)) <= 3
    # in a yearly report no month stands out in the trend
    assert rgb(CURRENT_FILL) not in {b.fill for b in bars(pages_of(pdf)[-1])}


def test_the_same_figures_give_the_same_bytes_and_the_language_is_checked() -> None:
    assert period_pdf(sample()) == period_pdf(sample())
    with pytest.raises(InvalidInput, match="Japanese"):
        period_pdf(sample(), "fr")


# --- the case lists -------------------------------------------------------------------------


def case_row(n: int, **values: Any) -> CaseRow:
    received = date(2026, 11, 10) + timedelta(days=n % 10)  # nothing late on ISSUED
    fields: dict[str, Any] = {
        "id": n,
        "reference": f"2026-{n:04d}",
        "received_on": received,
        "requester_name": f"申請　{n}子",
        "requester_kana": "シンセイ",
        "requester_kind": RequesterKind.PRINCIPAL,
        "status": CaseStatus.IN_PROGRESS,
        "assigned_to": "yamada",
        "target_on": received + timedelta(days=16),
        "legal_line_on": received + timedelta(days=14),
        "request_types": (RequestType.DISCLOSURE, RequestType.CORRECTION),
        "days_left": 3,
    }
    return CaseRow(**(fields | values))


def list_pdf(rows: Sequence[CaseRow], language: str = "ja") -> bytes:
    return render_case_list_report(
        "回答待ちの案件一覧",
        "Cases owed a reply",
        rows,
        as_of=ISSUED,
        company=COMPANY,
        company_en=COMPANY_EN,
        language=language,
        issued_by="m.sato",
    )


def test_a_long_list_repeats_its_heading_row_and_marks_every_page_confidential() -> None:
    rows = [case_row(n) for n in range(1, 91)]
    pdf = list_pdf(rows)
    pages = [page.extract_text() for page in pages_of(pdf)]
    assert len(pages) >= 3
    for text in pages:
        assert "受付番号" in text and "残り営業日" in text
        assert "社外秘" in text
    listed = re.findall(r"\b2026-\d{4}\b", "\n".join(pages))
    assert sorted(listed) == [r.reference for r in rows]
    assert "計 90件（対応中 90）" in pages[0]
    assert "申請 1子" in pages[0] or "申請　1子" in pages[0]


def test_the_list_shows_each_case_and_marks_what_is_late_in_red() -> None:
    rows = [
        case_row(1, days_left=-3, target_on=date(2026, 11, 19), legal_line_on=date(2026, 11, 18)),
        case_row(2, status=CaseStatus.AWAITING_DOCUMENTS, days_left=None),
        case_row(3, days_left=0, requester_kind=RequesterKind.PROFESSIONAL_AGENT, assigned_to=""),
        case_row(4, status=CaseStatus.RECEIVED, days_left=5, target_on=date(2026, 12, 1)),
    ]
    pdf = list_pdf(rows)
    lines = lines_of(pdf)
    first = lines.index("2026-0001")
    assert lines[first : first + 10] == [
        "2026-0001",
        "2026-11-11",
        "申請 1子",
        "本人",
        "開示・訂正等",
        "対応中",
        "yamada",
        "2026-11-19",
        "2026-11-18",
        "−3",
    ]
    assert lines[lines.index("2026-0002") + 9] == "停止中"
    assert lines[lines.index("2026-0003") + 3] == "専門職代理人"
    assert lines[lines.index("2026-0003") + 6] == "—"
    assert "計 4件（受付 1・書類待ち 1・対応中 2）" in lines
    assert sorted(red_texts(pdf)) == ["2026-11-18", "2026-11-19", "−3"]


def test_the_list_in_english_and_empty() -> None:
    pdf = list_pdf([case_row(1, status=CaseStatus.DECIDED)], "en")
    text = text_of(pdf)
    assert "Cases owed a reply" in text and "Confidential" in text
    assert "Reference" in text and "Days left" in text
    assert "Disclosure, Correction" in text and "Decided" in text
    assert "1 case(s): Decided 1" in text
    empty = text_of(list_pdf([]))
    assert "該当する案件はありません" in empty and "計 0件" in empty
