"""The certificate of disposal (個人情報廃棄証明書): what was destroyed, when, how, by whom.

An internal record for the office's files and the Privacy Mark auditor: A4
landscape, Japanese first with English beneath each heading, the office's
name, a table of the disposals (the record of each, never its content) and
boxes for the seals of the person responsible, the approver and the witness.
Long lists flow on to further pages with the heading row repeated. The same
input gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from privacy_desk.domain.era import format_japanese
from privacy_desk.letters.render import register_fonts

PAGE = landscape(A4)
MARGIN = 15 * mm
BODY = "LetterPMincho"
JA_BODY = "LetterMincho"
HEAD = "LetterGothic"


@dataclass(frozen=True)
class CertifiedDisposal:
    """One done disposal as the certificate shows it."""

    number: int
    done_on: date
    kind_ja: str
    kind_en: str
    description_ja: str
    description_en: str
    rule_ja: str
    rule_en: str
    method_ja: str
    method_en: str
    certificate_number: str
    witness: str
    requested_by: str
    approved_by: str


@dataclass(frozen=True)
class CertificateData:
    company_name: str
    company_name_en: str
    issued_on: date
    issued_by: str
    disposals: Sequence[CertifiedDisposal]


def _style(
    name: str, *, font: str = BODY, size: float = 8.5, english: bool = False, **kw: Any
) -> ParagraphStyle:
    # Japanese breaks between any two characters; English only between words
    wrap: dict[str, Any] = {} if english else {"wordWrap": "CJK"}
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35, **wrap, **kw)


_CELL = _style("cell")
_CELL_SMALL = _style("small", size=7.5, english=True, textColor=colors.Color(0.3, 0.3, 0.3))
_HEAD_CELL = _style("head", font=HEAD, size=8)
_TITLE = _style("title", font=HEAD, size=16, alignment=TA_CENTER)
_SUBTITLE = _style("subtitle", size=10, english=True, alignment=TA_CENTER)
_RIGHT = _style("right", size=9.5, alignment=TA_RIGHT)
_TEXT = _style("text", font=JA_BODY, size=10, alignment=TA_LEFT)
_TEXT_EN = _style("text_en", size=8.5, english=True, alignment=TA_LEFT)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _two(ja: str, en: str) -> list[Paragraph]:
    return [_p(ja, _CELL), _p(en, _CELL_SMALL)]


def render_certificate(data: CertificateData) -> bytes:
    """The certificate as PDF bytes (A4 landscape)."""
    register_fonts()
    buf = io.BytesIO()
    count = len(data.disposals)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(BODY, 8)
        canvas.drawString(MARGIN, 8 * mm, f"{data.company_name} / {data.company_name_en}")
        canvas.drawRightString(PAGE[0] - MARGIN, 8 * mm, f"{doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buf,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=14 * mm,
        invariant=1,
        title="個人情報廃棄証明書 / Certificate of Disposal of Personal Information",
        author=data.company_name,
        creator="Privacy Desk",
        initialFontName=BODY,
    )
    width = PAGE[0] - 2 * MARGIN
    story: list[object] = [
        _p(
            f"{format_japanese(data.issued_on)}\n{data.issued_on.isoformat()}",
            _RIGHT,
        ),
        _p("個人情報廃棄証明書", _TITLE),
        Spacer(1, 1.5 * mm),
        _p("Certificate of Disposal of Personal Information", _SUBTITLE),
        Spacer(1, 5 * mm),
        _p(
            f"{data.company_name}は、下記の個人情報{count}件を、保存期間の満了又は利用目的の"
            "達成により、下記の方法で廃棄したことを証明します。",
            _TEXT,
        ),
        _p(
            f"{data.company_name_en} certifies that the {count} item(s) of personal "
            "information below were disposed of by the methods shown, their retention "
            "period having ended or their purpose of use having been achieved.",
            _TEXT_EN,
        ),
        Spacer(1, 4 * mm),
    ]
    headings = (
        ("番号", "No."),
        ("廃棄日", "Disposed on"),
        ("廃棄したもの", "What was destroyed"),
        ("保存期間", "Retention"),
        ("方法", "Method"),
        ("証明書番号", "Contractor's cert."),
        ("立会人", "Witness"),
        ("申請者 / 承認者", "Requested / approved"),
    )
    rows: list[list[object]] = [[[_p(ja, _HEAD_CELL), _p(en, _CELL_SMALL)] for ja, en in headings]]
    for d in data.disposals:
        rows.append(
            [
                _p(str(d.number), _CELL),
                _two(format_japanese(d.done_on), d.done_on.isoformat()),
                _two(d.description_ja or d.description_en, d.description_en),
                _two(d.rule_ja or d.rule_en, d.rule_en),
                _two(d.method_ja, d.method_en),
                _p(d.certificate_number or "—", _CELL),
                _p(d.witness or "—", _CELL),
                _p(f"{d.requested_by}\n{d.approved_by}", _CELL),
            ]
        )
    fractions = (0.04, 0.11, 0.31, 0.13, 0.1, 0.11, 0.08, 0.12)
    table = LongTable(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.45, 0.45, 0.45)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), BODY),  # never the unembedded Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 8 * mm))
    seal = 22 * mm
    seals = Table(
        [
            [
                _two("廃棄実施責任者", "Responsible"),
                _two("承認者", "Approved by"),
                _two("立会人", "Witness"),
            ],
            ["", "", ""],
        ],
        colWidths=[34 * mm] * 3,
        rowHeights=[None, seal],
        hAlign="RIGHT",
    )
    seals.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.45, 0.45, 0.45)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), BODY),  # never the unembedded Helvetica
            ]
        )
    )
    issued = _p(
        f"発行者 Issued by: {data.issued_by}(Privacy Desk)",
        _style("issued", size=7.5, english=True, alignment=TA_RIGHT),
    )
    story.append(KeepTogether([seals, Spacer(1, 2 * mm), issued]))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)  # type: ignore[arg-type]
    return buf.getvalue()
