"""The management reports as PDF (issue 8): the period report, and the case lists.

``render_period_report`` sets the monthly or yearly report for the management
review (A4 portrait): every figure of ``services/statistics.py`` beside the
previous period's and the change, with three charts drawn as vector graphics in
the PDF (requests by type, outcomes, arrivals over twelve months).
``render_case_list_report`` sets the open-cases and overdue lists for the
weekly meeting (A4 landscape, marked confidential: they name the requesters).

Japanese (``language="ja"``) or English; numbers are written with Arabic
digits and thousands separators in both. Changes are written ``+3`` / ``−3`` /
``±0``, never with ▲: in Japanese accounts ▲ marks a negative number. The
charts are legible in black and white: the two periods are a dark and a light
grey, outlined, every bar carries its value, and the legends sit beside them.
The same input gives the same bytes (``invariant=1``).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from privacy_desk.domain.complaints import ContactKind
from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.era import format_english, format_japanese
from privacy_desk.domain.letters import LetterKind
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.retention import RetainedKind
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.letters.render import register_fonts
from privacy_desk.paths import resources_dir

if TYPE_CHECKING:  # plain dataclasses of the services; only their attributes are read here
    from privacy_desk.services.case_list import CaseRow
    from privacy_desk.services.statistics import Figures, Period, ReportData

MARGIN = 16 * mm
BODY = "LetterPMincho"
HEAD = "LetterGothic"  # BIZ UD PGothic Bold: titles and headings
SANS = "ReportGothic"  # BIZ UD PGothic Regular: tables' figures and the charts
LANGUAGES = ("ja", "en")
LEFT = 108 * mm  # the width of the tables beside a chart
GUTTER = 5 * mm

#: Fills of the charts: the period reported and the one before it (also in the trend).
CURRENT_FILL = colors.Color(0.3, 0.3, 0.3)
PREVIOUS_FILL = colors.Color(0.84, 0.84, 0.84)
TREND_FILL = colors.Color(0.62, 0.62, 0.62)
#: The outcomes' shares, from light to dark, outlined so that white stays visible.
OUTCOME_FILLS = {
    Outcome.DONE: colors.Color(1, 1, 1),
    Outcome.PARTLY: colors.Color(0.72, 0.72, 0.72),
    Outcome.NO_SUCH_DATA: colors.Color(0.5, 0.5, 0.5),
    Outcome.REFUSED: colors.Color(0.15, 0.15, 0.15),
}
OUTLINE = colors.Color(0.1, 0.1, 0.1)
OVERDUE_TEXT = colors.Color(0.8, 0, 0)

# --- Japanese names (the wording of resources/i18n/privacy_desk_ja.ts, context "Labels") ---

REQUEST_TYPE_JA = {
    RequestType.PURPOSE_OF_USE: "利用目的の通知",
    RequestType.DISCLOSURE: "開示",
    RequestType.PROVISION_RECORDS: "第三者提供記録の開示",
    RequestType.CORRECTION: "訂正・追加・削除",
    RequestType.SUSPENSION_OR_ERASURE: "利用停止・消去",
    RequestType.SUSPENSION_OF_PROVISION: "第三者提供の停止",
}
#: For charts and narrow columns (the case list's short names).
REQUEST_TYPE_SHORT = {
    RequestType.PURPOSE_OF_USE: ("利用目的", "Purpose"),
    RequestType.DISCLOSURE: ("開示", "Disclosure"),
    RequestType.PROVISION_RECORDS: ("提供記録", "Provision records"),
    RequestType.CORRECTION: ("訂正等", "Correction"),
    RequestType.SUSPENSION_OR_ERASURE: ("利用停止等", "Erasure"),
    RequestType.SUSPENSION_OF_PROVISION: ("提供停止", "Stop provision"),
}
REQUESTER_KIND_JA = {
    RequesterKind.PRINCIPAL: "本人",
    RequesterKind.MINOR_AGENT: "未成年者の法定代理人",
    RequesterKind.ADULT_WARD_AGENT: "成年被後見人の法定代理人",
    RequesterKind.APPOINTED_AGENT: "任意代理人",
    RequesterKind.PROFESSIONAL_AGENT: "専門職の代理人（弁護士等）",
}
REQUESTER_KIND_SHORT = {
    RequesterKind.PRINCIPAL: ("本人", "Principal"),
    RequesterKind.MINOR_AGENT: ("法定代理人", "Statutory agent"),
    RequesterKind.ADULT_WARD_AGENT: ("法定代理人", "Statutory agent"),
    RequesterKind.APPOINTED_AGENT: ("任意代理人", "Appointed agent"),
    RequesterKind.PROFESSIONAL_AGENT: ("専門職代理人", "Professional agent"),
}
OUTCOME_TEXT = {
    Outcome.DONE: ("請求どおり対応", "Done as asked"),
    Outcome.PARTLY: ("一部対応", "Partly done"),
    Outcome.REFUSED: ("対応しない（拒否）", "Refused"),
    Outcome.NO_SUCH_DATA: ("該当なし（保有個人データなし）", "No such data"),
}
#: For the chart's legend.
OUTCOME_SHORT = {
    Outcome.DONE: ("請求どおり", "Done as asked"),
    Outcome.PARTLY: ("一部対応", "Partly done"),
    Outcome.REFUSED: ("拒否", "Refused"),
    Outcome.NO_SUCH_DATA: ("該当なし", "No such data"),
}
LETTER_KIND_TEXT = {
    LetterKind.ACKNOWLEDGEMENT: ("受付のお知らせ", "Acknowledgement of receipt"),
    LetterKind.MISSING_DOCUMENTS: ("不足書類のお願い", "Request for missing documents"),
    LetterKind.PURPOSE_OF_USE: ("利用目的の通知", "Notice of the purpose of use"),
    LetterKind.DISCLOSURE: ("開示のご回答", "Disclosure reply"),
    LetterKind.NON_DISCLOSURE: (
        "不開示・一部不開示のお知らせ",
        "Non-disclosure or partial disclosure",
    ),
    LetterKind.CORRECTION: ("訂正・追加・削除", "Correction, addition or deletion"),
    LetterKind.SUSPENSION: (
        "利用停止・消去・第三者提供停止のお知らせ",
        "Suspension of use, erasure or of third-party provision",
    ),
    LetterKind.METHOD_DIFFICULT: ("開示方法についてのお知らせ", "Disclosure method difficult"),
    LetterKind.FEE_NOTICE: ("手数料の不足・返還のお知らせ", "Fee shortfall or refund"),
}
GROUND_TEXT = {
    RefusalGround.HARM_TO_RIGHTS: (
        "法第33条第2項第1号：本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある",
        "Art. 33(2)(i): would harm the life, body, property or other rights of the "
        "principal or a third party",
    ),
    RefusalGround.BUSINESS_INTERFERENCE: (
        "法第33条第2項第2号：当社の業務の適正な実施に著しい支障を及ぼすおそれがある",
        "Art. 33(2)(ii): would seriously interfere with the company's business",
    ),
    RefusalGround.OTHER_LAW: (
        "法第33条第2項第3号：他の法令に違反することとなる",
        "Art. 33(2)(iii): would violate another law",
    ),
}
STATUS_JA = {
    CaseStatus.RECEIVED: "受付",
    CaseStatus.AWAITING_DOCUMENTS: "書類待ち",
    CaseStatus.VERIFIED: "本人確認済み",
    CaseStatus.IN_PROGRESS: "対応中",
    CaseStatus.DECIDED: "決定済み",
    CaseStatus.REPLIED: "回答済み",
    CaseStatus.CLOSED: "完了",
    CaseStatus.WITHDRAWN: "取下げ",
    CaseStatus.REJECTED_INCOMPLETE: "不備により不受理",
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@cache
def _register() -> None:
    register_fonts()
    font = resources_dir() / "fonts" / "BIZUDPGothic-Regular.ttf"
    pdfmetrics.registerFont(TTFont(SANS, str(font)))


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Reports are in Japanese (ja) or English (en), not “{language}”."
            ),
            language=language,
        )


# --- styles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    meta_right: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_sub: ParagraphStyle
    number: ParagraphStyle
    plain: ParagraphStyle  # never broken inside a word: dates, references
    head: ParagraphStyle
    head_number: ParagraphStyle
    note: ParagraphStyle
    mark: ParagraphStyle


@cache
def _styles(language: str) -> _Styles:
    # Japanese breaks between any two characters; English only between words
    wrap: dict[str, Any] = {"wordWrap": "CJK"} if language == "ja" else {}

    def style(name: str, *, font: str = BODY, size: float = 8.5, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            f"{name}_{language}", fontName=font, fontSize=size, leading=size * 1.35, **wrap, **kw
        )

    return _Styles(
        title=style("title", font=HEAD, size=16, alignment=TA_CENTER),
        subtitle=style("subtitle", size=10, alignment=TA_CENTER),
        meta=style("meta", size=8.5),
        meta_right=style("meta_right", size=8.5, alignment=TA_RIGHT),
        heading=style("heading", font=HEAD, size=11),
        subheading=style("subheading", font=HEAD, size=8),
        cell=style("cell", font=SANS, size=8),
        cell_sub=style("cell_sub", font=SANS, size=8, leftIndent=9),
        number=style("number", font=SANS, size=8, alignment=TA_RIGHT),
        plain=ParagraphStyle(f"plain_{language}", fontName=SANS, fontSize=8, leading=10.8),
        head=style("head", font=HEAD, size=7),
        head_number=style("head_number", font=HEAD, size=7, alignment=TA_RIGHT),
        note=style("note", size=7.5, textColor=colors.Color(0.3, 0.3, 0.3)),
        mark=style(
            "mark",
            font=HEAD,
            size=10,
            alignment=TA_CENTER,
            borderWidth=0.8,
            borderColor=colors.black,
            borderPadding=2.5,
        ),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class _Numbered(Canvas):
    """A canvas that writes the company and "n / N" at the foot once it knows N."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's documented pattern

    def save(self) -> None:
        total = len(self._pages)
        width = self._pagesize[0]  # type: ignore[attr-defined]
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(BODY, 7.5)
            self.drawString(MARGIN, 8 * mm, self._footer)
            self.drawRightString(width - MARGIN, 8 * mm, f"{self.getPageNumber()} / {total}")
            super().showPage()
        super().save()


def _build(story: list[Flowable], *, page: tuple[float, float], title: str, footer: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN - 2 * mm,
        bottomMargin=15 * mm,
        invariant=1,
        title=title,
        author=footer,
        creator="Privacy Desk",
        initialFontName=BODY,
    )

    def canvas(*args: Any, **kwargs: Any) -> _Numbered:
        return _Numbered(*args, footer=footer, **kwargs)

    doc.build(story, canvasmaker=canvas)
    return buf.getvalue()


# --- figures: formatting -------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One row of a figures table: this period, the previous one, and the change."""

    label: str
    current: float | None
    previous: float | None
    unit: str = "count"  # "count", "days" or "yen"
    sub: bool = False  # a part of the line above: indented
    current_note: str = ""  # e.g. the reference of the longest case
    previous_note: str = ""


def _amount(value: float, unit: str, ja: bool) -> str:
    if unit == "days":
        return f"{value:,.1f}"
    text = f"{round(value):,}"
    if unit == "yen":
        return f"{text}円" if ja else f"¥{text}"
    return text


def _value(value: float | None, unit: str, note: str, ja: bool) -> str:
    if value is None:
        return "—"
    text = _amount(value, unit, ja)
    if note:
        text += f"（{note}）" if ja else f" ({note})"
    return text


def change_text(
    current: float | None, previous: float | None, unit: str = "count", *, ja: bool = True
) -> str:
    """``+3``, ``−3`` or ``±0``; ``—`` when either side has no value."""
    if current is None or previous is None:
        return "—"
    difference = round(current - previous, 1 if unit == "days" else 0)
    if difference == 0:
        return "±0"
    sign = "+" if difference > 0 else "−"
    return sign + _amount(abs(difference), unit, ja)


@dataclass(frozen=True)
class _Report:
    """What every part of the period report needs: the language and the two periods."""

    language: str
    current: Figures
    previous: Figures

    @property
    def ja(self) -> bool:
        return self.language == "ja"

    def t(self, ja: str, en: str) -> str:
        return ja if self.ja else en

    @property
    def styles(self) -> _Styles:
        return _styles(self.language)

    def period_name(self, period: Period) -> str:
        return period.label_ja if self.ja else period.label

    def column_names(self) -> tuple[str, str]:
        kind = self.current.period.kind
        if kind == "month":
            return self.t("当月", "This month"), self.t("前月", "Previous month")
        if kind == "year":
            return self.t("当年", "This year"), self.t("前年", "Previous year")
        return self.t("当期", "This period"), self.t("前期", "Previous period")

    def table(self, lines: Sequence[_Line], width: float) -> Table:
        s = self.styles
        texts = [
            [
                _value(line.current, line.unit, line.current_note, self.ja),
                _value(line.previous, line.unit, line.previous_note, self.ja),
                change_text(line.current, line.previous, line.unit, ja=self.ja),
            ]
            for line in lines
        ]
        head = [
            self.period_name(self.current.period),
            self.period_name(self.previous.period),
            self.t("増減", "Change"),
        ]

        def fit(column: int) -> float:
            """As wide as the widest text of the column, and the padding."""
            widest = max(
                pdfmetrics.stringWidth(head[column], HEAD, s.head_number.fontSize),
                *(pdfmetrics.stringWidth(row[column], SANS, s.number.fontSize) for row in texts),
            )
            return max(widest + 8, 12 * mm)

        number = max(fit(0), fit(1))
        widths = [number, number, fit(2)]
        rows: list[list[Any]] = [
            [_p(self.t("項目", "Item"), s.head), *(_p(h, s.head_number) for h in head)]
        ]
        for line, values in zip(lines, texts, strict=True):
            label = _p(line.label, s.cell_sub if line.sub else s.cell)
            rows.append([label, *(_p(v, s.number) for v in values)])
        table = Table(rows, colWidths=[width - sum(widths), *widths], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.Color(0.7, 0.7, 0.7)),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONT", (0, 0), (-1, -1), SANS, 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    def lines(self, label: str, pick: Any, unit: str = "count", *, sub: bool = False) -> _Line:
        return _Line(label, pick(self.current), pick(self.previous), unit, sub)


# --- charts --------------------------------------------------------------------------------


def _scale(top: float) -> tuple[int, int]:
    """A round maximum and step for a value axis that shows ``top`` (at most 6 steps)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if top <= step * factor * 5:
                size = step * factor
                return size * max(1, -(-int(top) // size)), size
        step *= 10


def _legend(x: float, y: float, pairs: Sequence[tuple[Any, str]], *, size: float = 7) -> Legend:
    legend = Legend()
    legend.x, legend.y = round(x), round(y)
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1
    legend.colorNamePairs = list(pairs)
    legend.fontName = SANS
    legend.fontSize = size
    legend.dx, legend.dy = 8, 8
    legend.dxTextSpace = 4
    legend.deltax = 10
    legend.strokeColor = OUTLINE
    legend.strokeWidth = 0.4
    return legend


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # the renderer starts from these (Helvetica otherwise, which is not embedded)
    drawing.initialFontName = SANS  # type: ignore[attr-defined]
    drawing.initialFontSize = 7  # type: ignore[attr-defined]
    return drawing


def _placeholder(width: float, height: float, text: str) -> Drawing:
    drawing = _drawing(width, height)
    drawing.add(String(width / 2, height / 2, text, fontName=SANS, fontSize=9, textAnchor="middle"))
    return drawing


def _style_axes(chart: Any, top: float) -> None:
    maximum, step = _scale(top)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, maximum, step
    axis.labels.fontName, axis.labels.fontSize = SANS, 6.5
    axis.labelTextFormat = lambda value: f"{int(value):,}"
    axis.strokeWidth = 0.5
    axis.visibleGrid = 1
    axis.gridStrokeColor = colors.Color(0.82, 0.82, 0.82)
    axis.gridStrokeWidth = 0.3
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.strokeWidth = 0.5


def _type_chart(report: _Report, width: float, height: float) -> Drawing:
    """Requests by type: this period (dark) and the previous one (light), side by side."""
    kinds = list(RequestType)
    current = [report.current.by_type.get(k, 0) for k in kinds]
    previous = [report.previous.by_type.get(k, 0) for k in kinds]
    if not any(current) and not any(previous):
        return _placeholder(
            width, height, report.t("この期間の受付はありません", "No requests in this period")
        )
    names = [REQUEST_TYPE_SHORT[k][0 if report.ja else 1] for k in kinds]
    label_width = max(pdfmetrics.stringWidth(n, SANS, 7) for n in names) + 6
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = round(label_width), 30
    chart.width, chart.height = round(width - label_width - 14), round(height - 34)
    # the bars of a group run upwards: the previous period's first, this one's on top
    chart.data = [previous, current]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1
    _style_axes(chart, max(current + previous))
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    for n, fill in enumerate((PREVIOUS_FILL, CURRENT_FILL)):
        chart.bars[n].fillColor = fill
        chart.bars[n].strokeColor = OUTLINE
        chart.bars[n].strokeWidth = 0.4
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = SANS, 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barSpacing, chart.groupSpacing = 1, 5
    drawing.add(chart)
    this, before = (report.period_name(f.period) for f in (report.current, report.previous))
    drawing.add(_legend(label_width, 10, [(CURRENT_FILL, this), (PREVIOUS_FILL, before)]))
    return drawing


def _outcome_chart(report: _Report, width: float, height: float) -> Drawing:
    """The outcomes' shares of the decisions: one 100 % bar per period, stacked."""
    periods = (report.current, report.previous)
    if not any(f.decided for f in periods):
        return _placeholder(width, height, report.t("決定はありません", "No decisions"))
    outcomes = list(OUTCOME_FILLS)
    data, labels = [], []
    for outcome in outcomes:
        shares = [100 * f.outcomes.get(outcome, 0) / f.decided if f.decided else 0 for f in periods]
        data.append(shares)
        labels.append([f"{round(s)}%" if s >= 14 else "" for s in shares])
    count = report.t("{:,}件", "n = {:,}")
    names = [f"{report.period_name(f.period)}\n{count.format(f.decided)}" for f in periods]
    label_width = max(pdfmetrics.stringWidth(n, SANS, 7) for f in periods for n in names) + 2
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    legend_height = 12 * ((len(outcomes) + 1) // 2) + 8
    chart.x, chart.y = round(label_width + 6), legend_height + 12
    chart.width, chart.height = round(width - chart.x - 14), round(height - chart.y - 4)
    chart.data = data
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1
    _style_axes(chart, 100)
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.barLabelFormat = "values"
    chart.barLabelArray = labels
    chart.barLabels.fontName, chart.barLabels.fontSize = SANS, 6.5
    chart.barLabels.boxTarget = "mid"
    for n, outcome in enumerate(outcomes):
        fill = OUTCOME_FILLS[outcome]
        chart.bars[n].fillColor = fill
        chart.bars[n].strokeColor = OUTLINE
        chart.bars[n].strokeWidth = 0.4
        chart.barLabels[n].fillColor = colors.white if fill.red < 0.45 else colors.black
    chart.groupSpacing = 8
    drawing.add(chart)
    names_of = [OUTCOME_SHORT[o][0 if report.ja else 1] for o in outcomes]
    legend = _legend(
        6, legend_height - 2, list(zip((OUTCOME_FILLS[o] for o in outcomes), names_of, strict=True))
    )
    legend.columnMaximum = 2
    legend.deltax = 12
    legend.deltay = 11
    drawing.add(legend)
    return drawing


def _trend_chart(report: _Report, trend: Sequence[tuple[Period, int]], width: float) -> Drawing:
    """Arrivals per month over the twelve months up to the period's end."""
    height = 52 * mm
    counts = [n for _, n in trend]
    if not any(counts):
        return _placeholder(
            width, 20 * mm, report.t("この12か月の受付はありません", "No requests in this period")
        )
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 26
    chart.width, chart.height = round(width - 34), round(height - 36)
    chart.data = [counts]
    names = []
    for n, (month, _) in enumerate(trend):
        name = f"{month.start.month}月" if report.ja else _MONTHS_EN[month.start.month - 1]
        if n == 0 or month.start.month == 1:
            name += f"\n{month.start.year}"
        names.append(name)
    chart.categoryAxis.categoryNames = names
    _style_axes(chart, max(counts))
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.bars[0].fillColor = TREND_FILL
    chart.bars[0].strokeColor = OUTLINE
    chart.bars[0].strokeWidth = 0.4
    period = report.current.period
    for n, (month, _) in enumerate(trend):
        if period.start <= month.start <= period.end and period.kind != "year":
            chart.bars[(0, n)].fillColor = CURRENT_FILL
    chart.barLabelFormat = lambda value: f"{int(value):,}"
    chart.barLabels.fontName, chart.barLabels.fontSize = SANS, 7
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barSpacing, chart.groupSpacing = 0, 8
    drawing.add(chart)
    return drawing


def _beside(
    left: Sequence[Flowable],
    right: Flowable,
    width: float,
    left_width: float = LEFT,
    *,
    gutter: float = GUTTER,
) -> Table:
    """Flowables on the left, a chart (or text) on the right, tops aligned."""
    frame = Table([[list(left), right]], colWidths=[left_width, width - left_width], hAlign="LEFT")
    frame.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), gutter),
            ]
        )
    )
    return frame


# --- the period report ---------------------------------------------------------------------


def _parts(report: _Report, number: int, ja: str, en: str, *body: Flowable) -> list[Flowable]:
    heading = _p(f"{number}. {report.t(ja, en)}", report.styles.heading)
    rule = HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=1, spaceAfter=3)
    return [heading, rule, *body]


def _section(parts: list[Flowable]) -> KeepTogether:
    return KeepTogether([*parts, Spacer(1, 4.5 * mm)])


def _pair(left: list[Flowable], right: list[Flowable], width: float) -> KeepTogether:
    """Two small sections side by side."""
    frame = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    frame.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 2.5 * mm),
                ("LEFTPADDING", (1, 0), (1, 0), 2.5 * mm),
            ]
        )
    )
    return KeepTogether([frame, Spacer(1, 4.5 * mm)])


def _received(report: _Report, width: float) -> list[Flowable]:
    t, s = report.t, report.styles
    types = [
        report.lines(t("受付件数", "Requests received"), lambda f: f.received),
        *(
            report.lines(
                REQUEST_TYPE_JA[k] if report.ja else k.label,
                lambda f, k=k: f.by_type.get(k, 0),
                sub=True,
            )
            for k in RequestType
        ),
    ]
    kinds = [
        report.lines(
            REQUESTER_KIND_JA[k] if report.ja else k.label,
            lambda f, k=k: f.by_requester_kind.get(k, 0),
        )
        for k in RequesterKind
    ]
    note = t(
        "1件の請求書で複数の種類を請求できるため、種類別の合計は受付件数と一致しません。",
        "One letter may ask for several rights: the types add up to more than the letters.",
    )
    left = [
        report.table(types, LEFT),
        Spacer(1, 0.8 * mm),
        _p(note, s.note),
        Spacer(1, 2.5 * mm),
        _p(t("請求者の区分", "Who asked"), s.subheading),
        Spacer(1, 1 * mm),
        report.table(kinds, LEFT),
    ]
    height = sum(f.wrap(LEFT, 1000)[1] for f in left)
    chart = _type_chart(report, width - LEFT - GUTTER, max(height, 60 * mm))
    return _parts(report, 1, "請求の受付", "Requests received", _beside(left, chart, width))


def _decisions(report: _Report, width: float) -> list[Flowable]:
    t = report.t
    outcomes = [
        report.lines(
            t("決定（請求の種類ごと）", "Decisions (per right asked)"), lambda f: f.decided
        ),
        *(
            report.lines(
                OUTCOME_TEXT[o][0 if report.ja else 1],
                lambda f, o=o: f.outcomes.get(o, 0),
                sub=True,
            )
            for o in OUTCOME_FILLS
        ),
        report.lines(t("取下げ", "Withdrawn"), lambda f: f.withdrawn),
        report.lines(
            t("不備により不受理", "Rejected as incomplete"), lambda f: f.rejected_incomplete
        ),
    ]
    grounds = [
        report.lines(GROUND_TEXT[g][0 if report.ja else 1], lambda f, g=g: f.refusals.get(g, 0))
        for g in RefusalGround
    ]
    table = report.table(outcomes, LEFT)
    height = table.wrap(LEFT, 1000)[1]
    chart = _outcome_chart(report, width - LEFT - GUTTER, max(height, 45 * mm))
    return _parts(
        report,
        2,
        "決定と終了",
        "Decisions and endings",
        _beside([table], chart, width),
        Spacer(1, 2.5 * mm),
        _p(
            t(
                "不開示・一部不開示の理由（法第33条第2項）",
                "Grounds of refusals in full or in part (Art. 33(2))",
            ),
            report.styles.subheading,
        ),
        Spacer(1, 1 * mm),
        report.table(grounds, width),
    )


def _handling(report: _Report, width: float) -> list[Flowable]:
    t = report.t
    current, previous = report.current.handling, report.previous.handling
    lines = [
        report.lines(t("回答した案件", "Cases replied to"), lambda f: f.replied),
        report.lines(
            t("処理日数の平均（営業日）", "Average business days"),
            lambda f: f.handling.mean,
            "days",
        ),
        report.lines(
            t("処理日数の中央値（営業日）", "Median business days"),
            lambda f: f.handling.median,
            "days",
        ),
        _Line(
            t("最長（営業日）と案件番号", "Longest (business days) and its case"),
            current.longest,
            previous.longest,
            current_note=current.longest_reference,
            previous_note=previous.longest_reference,
        ),
        report.lines(
            t("社内目標日より後の回答", "Replied after the internal target"),
            lambda f: f.replied_after_target,
        ),
        report.lines(
            t("受付から2週間（法定）より後の回答", "Replied after the legal two-week line"),
            lambda f: f.replied_after_legal_line,
        ),
    ]
    note = t(
        "処理日数：受付日の翌日から回答日までの営業日数（休業日を除き、書類待ちの日を含む）。"
        "2週間：請求の到達から2週間を経過すると、請求者は訴えを提起できる（法第39条）。",
        "Business days after the arrival up to and including the reply (closures and "
        "holidays not counted; days waiting for documents counted). Two weeks after the "
        "arrival the requester may sue (APPI Art. 39).",
    )
    return _parts(
        report,
        3,
        "処理日数",
        "Handling time",
        report.table(lines, width),
        Spacer(1, 0.8 * mm),
        _p(note, report.styles.note),
    )


def _at_end(report: _Report, width: float) -> list[Flowable]:
    t = report.t
    kind = report.current.period.kind
    ja = {"month": "月末", "year": "年末"}.get(kind, "期末")
    en = {"month": "month", "year": "year"}.get(kind, "period")
    lines = [
        report.lines(t("回答待ちの案件", "Cases owed a reply"), lambda f: f.open_at_end),
        report.lines(
            t("うち社内目標日を過ぎたもの", "of which past the internal target"),
            lambda f: f.over_target_at_end,
            sub=True,
        ),
        report.lines(
            t("うち2週間（法定）を過ぎたもの", "of which past the legal two-week line"),
            lambda f: f.over_legal_line_at_end,
            sub=True,
        ),
        report.lines(
            t("うち書類待ち", "of which awaiting documents"),
            lambda f: f.awaiting_documents_at_end,
            sub=True,
        ),
    ]
    return _parts(
        report, 4, f"{ja}時点の状況", f"At the end of the {en}", report.table(lines, width)
    )


def _letters(report: _Report, width: float) -> list[Flowable]:
    t = report.t
    sent = (report.current.letters_by_kind, report.previous.letters_by_kind)
    lines = [
        report.lines(t("発送した書面", "Letters sent"), lambda f: f.letters_sent),
        *(
            report.lines(
                LETTER_KIND_TEXT[k][0 if report.ja else 1],
                lambda f, k=k: f.letters_by_kind.get(k, 0),
                sub=True,
            )
            for k in LetterKind
            if any(by_kind.get(k) for by_kind in sent)
        ),
        report.lines(t("不着で戻った書面", "Returned undelivered"), lambda f: f.letters_returned),
    ]
    return _parts(report, 5, "書面の発送", "Letters", report.table(lines, width))


def _fees(report: _Report, width: float) -> list[Flowable]:
    t = report.t
    lines = [
        report.lines(t("手数料を受領した請求", "Requests with a fee"), lambda f: f.fees_received),
        report.lines(t("手数料の合計", "Fees received"), lambda f: f.fees_yen, "yen"),
    ]
    return _parts(report, 6, "手数料", "Fees", report.table(lines, width))


def _disposed(report: _Report, width: float) -> list[Flowable]:
    t = report.t
    lines = [
        report.lines(t("廃棄したもの", "Items disposed of"), lambda f: sum(f.disposed.values())),
        *(
            report.lines(
                k.label_ja if report.ja else k.label,
                lambda f, k=k: f.disposed.get(k, 0),
                sub=True,
            )
            for k in RetainedKind
        ),
    ]
    return _parts(report, 7, "記録の廃棄", "Records disposed of", report.table(lines, width))


def _complaints(report: _Report, width: float) -> list[Flowable]:
    t = report.t
    lines = [
        report.lines(
            t(ContactKind.COMPLAINT.label_ja, "Complaints received"), lambda f: f.complaints
        ),
        report.lines(t(ContactKind.INQUIRY.label_ja, "Inquiries received"), lambda f: f.inquiries),
        report.lines(
            t("完結したもの（両方の計）", "Closed (both kinds)"), lambda f: f.complaints_closed
        ),
        report.lines(
            t("末日に未完結（両方の計）", "Open at the end (both)"),
            lambda f: f.complaints_open_at_end,
        ),
    ]
    return _parts(report, 8, "苦情・相談", "Complaints and inquiries", report.table(lines, width))


def render_period_report(
    data: ReportData,
    *,
    company: str,
    company_en: str,
    language: str,
    issued_on: date,
    issued_by: str,
) -> bytes:
    """The monthly (yearly) report for the management review as PDF bytes (A4 portrait)."""
    _check_language(language)
    _register()
    report = _Report(language, data.current, data.previous)
    t, s = report.t, report.styles
    period = data.current.period
    kinds = {"month": ("月次報告", "Monthly report"), "year": ("年次報告", "Yearly report")}
    title_ja, title_en = kinds.get(period.kind, ("期間報告", "Report for a period"))
    width = A4[0] - 2 * MARGIN
    name = company if report.ja else company_en or company
    start, end = period.start, period.end
    if report.ja:
        title = f"{title_ja}　{period.label_ja}"
        span = f"{start.year}年{start.month}月{start.day}日～{end.year}年{end.month}月{end.day}日"
        issued = (
            f"発行日：{format_japanese(issued_on)}（{issued_on.isoformat()}）　作成者：{issued_by}"
        )
        compared = f"対象期間：{span}　比較：{data.previous.period.label_ja}"
    else:
        title = f"{title_en} {period.label}"
        span = f"{start.isoformat()} to {end.isoformat()}"
        issued = f"Issued {format_english(issued_on)} by {issued_by}"
        compared = f"Period: {span}; compared with {data.previous.period.label}"
    half = (width - GUTTER) / 2
    story: list[Flowable] = [
        _beside([_p(name, s.meta)], _p(issued, s.meta_right), width, width * 0.4, gutter=0),
        Spacer(1, 2 * mm),
        _p(title, s.title),
        Spacer(1, 1.5 * mm),
        _p(
            t(
                "個人情報の開示等の請求への対応状況",
                "Requests under the Act on the Protection of Personal Information",
            ),
            s.subtitle,
        ),
        _p(compared, s.subtitle),
        Spacer(1, 4 * mm),
        _section(_received(report, width)),
        _section(_decisions(report, width)),
        _section(_handling(report, width)),
        _section(_at_end(report, width)),
        _pair(_letters(report, half), _fees(report, half), width),
        _pair(_disposed(report, half), _complaints(report, half), width),
        _section(
            _parts(
                report,
                9,
                "受付件数の推移（直近12か月）",
                "Requests received over twelve months",
                _trend_chart(report, data.trend, width),
            )
        ),
    ]
    return _build(
        story,
        page=A4,
        title=f"{title_ja} {period.label_ja} / {title_en} {period.label}",
        footer=name,
    )


# --- the case lists ------------------------------------------------------------------------


def render_case_list_report(
    title_ja: str,
    title_en: str,
    rows: Sequence[CaseRow],
    *,
    as_of: date,
    company: str,
    company_en: str,
    language: str,
    issued_by: str,
) -> bytes:
    """A list of cases for the weekly meeting (open, overdue) as PDF bytes (A4 landscape).

    An internal document: it names the requesters, and says so at its top.
    """
    _check_language(language)
    _register()
    ja = language == "ja"

    def t(j: str, e: str) -> str:
        return j if ja else e

    s = _styles(language)
    page = landscape(A4)
    width = page[0] - 2 * MARGIN
    cell = ParagraphStyle("list_cell", parent=s.cell, leading=10.5)
    plain = ParagraphStyle("list_plain", parent=s.plain, leading=10.5)
    name = ParagraphStyle("list_name", parent=cell, wordWrap="CJK")  # names are Japanese
    number = ParagraphStyle("list_number", parent=s.number, leading=10.5)
    late = ParagraphStyle("late", parent=plain, textColor=OVERDUE_TEXT, fontName=HEAD)
    late_number = ParagraphStyle("late_number", parent=late, alignment=TA_RIGHT)
    headings = [
        (t("受付番号", "Reference"), s.head),
        (t("受付日", "Received"), s.head),
        (t("請求者", "Requester"), s.head),
        (t("区分", "Kind"), s.head),
        (t("請求の種類", "Rights asked"), s.head),
        (t("状況", "Status"), s.head),
        (t("担当者", "Assignee"), s.head),
        (t("目標日", "Target"), s.head),
        (t("2週間（法定）", "Legal line"), s.head),
        (t("残り営業日", "Days left"), s.head_number),
    ]
    body: list[list[Any]] = [[_p(text, style) for text, style in headings]]
    for row in rows:
        if row.days_left is None:
            days = _p(t("停止中", "paused") if row.status.pauses_clock else "—", number)
        else:
            text = f"{row.days_left:+d}".replace("-", "−") if row.days_left else "0"
            days = _p(text, late_number if row.days_left < 0 else number)
        owed = row.status.awaits_reply
        body.append(
            [
                _p(row.reference, plain),
                _p(row.received_on.isoformat(), plain),
                _p(row.requester_name, name),
                _p(REQUESTER_KIND_SHORT[row.requester_kind][0 if ja else 1], cell),
                _p(
                    ("・" if ja else ", ").join(
                        REQUEST_TYPE_SHORT[r][0 if ja else 1] for r in row.request_types
                    ),
                    cell,
                ),
                _p(STATUS_JA[row.status] if ja else row.status.label, cell),
                _p(row.assigned_to or "—", cell),
                _p(row.target_on.isoformat(), late if owed and row.target_on < as_of else plain),
                _p(
                    row.legal_line_on.isoformat(),
                    late if owed and row.legal_line_on < as_of else plain,
                ),
                days,
            ]
        )
    if not rows:
        body.append(
            [_p(t("該当する案件はありません", "No cases"), cell)] + [""] * (len(headings) - 1)
        )
    fractions = (0.085, 0.085, 0.11, 0.12, 0.165, 0.115, 0.085, 0.085, 0.085, 0.065)
    table = LongTable(body, colWidths=[width * f for f in fractions], repeatRows=1)
    style: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.6, 0.6, 0.6)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if not rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    by_status = Counter(row.status for row in rows)
    parts = [
        f"{STATUS_JA[st]} {by_status[st]:,}" if ja else f"{st.label} {by_status[st]:,}"
        for st in CaseStatus
        if by_status[st]
    ]
    if ja:
        summary = f"計 {len(rows):,}件" + (f"（{'・'.join(parts)}）" if parts else "")
        when = f"{format_japanese(as_of)}（{as_of.isoformat()}）現在　作成者：{issued_by}"
    else:
        summary = f"{len(rows):,} case(s)" + (f": {', '.join(parts)}" if parts else "")
        when = f"As of {format_english(as_of)}; issued by {issued_by}"
    mark = Table([[_p(t("社外秘", "Confidential"), s.mark)]], colWidths=[30 * mm], hAlign="RIGHT")
    mark.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8)]))
    header = Table(
        [[_p(company if ja else company_en or company, s.meta), mark]],
        colWidths=[width - 40 * mm, 40 * mm],
    )
    header.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [
        header,
        Spacer(1, 1 * mm),
        _p(title_ja if ja else title_en, s.title),
        Spacer(1, 2 * mm),
        _p(when, s.subtitle),
        Spacer(1, 3 * mm),
        _p(
            summary,
            ParagraphStyle("summary", parent=s.cell, fontName=HEAD, fontSize=9.5, leading=13),
        ),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 2 * mm),
        _p(
            t(
                "残り営業日：目標日までの営業日数（負の数は超過した日数）。停止中：書類待ちのため"
                "期限の計算を止めている案件。赤字：過ぎた日付。この一覧は請求者の個人情報を"
                "含みます。会議の後は回収し、裁断してください。",
                "Days left: business days until the target (negative: days past it). Paused: "
                "waiting for documents, the clock stopped. In red: dates passed. This list holds "
                "requesters' personal information: collect it after the meeting and shred it.",
            ),
            s.note,
        ),
    ]
    footer = (company if ja else company_en or company) + "　" + t("社外秘", "Confidential")
    return _build(story, page=page, title=f"{title_ja} / {title_en}", footer=footer)
