"""A plain table as a printable PDF (A4 landscape): the lists of the audit pack.

Title in Japanese with the English beneath, the heading row in both languages
and repeated on every page, the office's name and "n / N" at the foot. Long
cells wrap inside their column; widths follow the length of what the columns
hold. The same input gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from privacy_desk.letters.render import register_fonts

PAGE = landscape(A4)
MARGIN = 12 * mm
_BODY = "LetterPMincho"
_HEAD = "LetterGothic"


@dataclass(frozen=True)
class PdfTable:
    title_ja: str
    title_en: str
    subtitle: str  # e.g. the period, in both languages
    headings: Sequence[tuple[str, str]]  # (Japanese, English) per column
    rows: Sequence[Sequence[str]]
    footer: str  # the office's name


def _style(name: str, size: float, font: str = _BODY, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * 1.3, wordWrap="CJK", **kw
    )


_CELL = _style("cell", 7.5)
_HEAD_JA = _style("head", 7.5, _HEAD)
_HEAD_EN = _style("head_en", 6.5, textColor=colors.Color(0.3, 0.3, 0.3))
_TITLE = _style("title", 14, _HEAD, alignment=TA_CENTER)
_SUB = _style("sub", 9, alignment=TA_CENTER)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _unbreakable(text: str) -> str:
    """The longest run a line cannot break inside: a word of Latin letters, digits or
    signs (a reference, a date); Japanese breaks between any two characters."""
    longest = ""
    for word in text.split():
        run = ""
        for char in word:
            run = run + char if ord(char) < 0x2E80 else ""
            longest = max(longest, run, key=len)
    return longest


def _widths(table: PdfTable, width: float, size: float) -> tuple[list[float], float]:
    """Each column at least as wide as its longest unbreakable word (a date, a reference);
    the width left over shared by how much text the columns hold. Where even the least
    widths do not fit, the type gets smaller (down to 5.5 pt)."""
    pad = 5.0
    sample = table.rows[:1000]
    while True:

        def measure(text: str, font: str = _BODY, size: float = size) -> float:
            return stringWidth(text, font, size)

        least, natural = [], []
        for n, (ja, en) in enumerate(table.headings):
            cells = [row[n] for row in sample]
            words = [_unbreakable(c) for c in cells] + en.split() + [ja[:3]]
            least.append(min(120.0, max(measure(w) for w in words)) + pad)
            longest = max([measure(c) for c in cells] + [measure(ja, _HEAD), measure(en) * 0.6])
            natural.append(min(220.0, longest) + pad)
        if sum(least) <= width or size <= 5.5:
            break
        size -= 0.5
    if sum(natural) <= width:
        return [w * width / sum(natural) for w in natural], size
    spare = max(0.0, width - sum(least))
    extra = [max(0.0, b - a) for a, b in zip(least, natural, strict=True)]
    total = sum(extra) or 1.0
    widths = [a + spare * e / total for a, e in zip(least, extra, strict=True)]
    return [w * width / sum(widths) for w in widths], size


def _cell(text: str, size: float) -> Paragraph:
    """Latin text breaks between words only; Japanese anywhere."""
    latin = all(ord(c) < 0x2E80 for c in text)
    style = ParagraphStyle(f"cell{size}{latin}", fontName=_BODY, fontSize=size, leading=size * 1.3)
    if not latin:
        style.wordWrap = "CJK"
    return _p(text, style)


class _Numbered(Canvas):
    """A canvas that writes "n / N" once it knows N."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's documented pattern

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(_BODY, 7.5)
            self.drawString(MARGIN, 7 * mm, self._footer)
            self.drawRightString(PAGE[0] - MARGIN, 7 * mm, f"{self.getPageNumber()} / {total}")
            super().showPage()
        super().save()


def render_table(table: PdfTable) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=13 * mm,
        invariant=1,
        title=f"{table.title_ja} / {table.title_en}",
        author=table.footer,
        creator="Privacy Desk",
        initialFontName=_BODY,
    )
    width = PAGE[0] - 2 * MARGIN
    widths, size = _widths(table, width, _CELL.fontSize)
    header = [[_p(ja, _HEAD_JA), _p(en, _HEAD_EN)] for ja, en in table.headings]
    body: list[list[Any]] = [header]
    body += [[_cell(cell, size) for cell in row] for row in table.rows]
    if not table.rows:
        body.append([_p("該当なし / None", _CELL)] + [""] * (len(table.headings) - 1))
    grid = LongTable(body, colWidths=widths, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.Color(0.5, 0.5, 0.5)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), _BODY),  # never the unembedded Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story = [
        _p(table.title_ja, _TITLE),
        Spacer(1, 1.5 * mm),
        _p(f"{table.title_en}\n{table.subtitle}", _SUB),
        Spacer(1, 4 * mm),
        grid,
    ]

    def canvas(*args: Any, **kwargs: Any) -> _Numbered:
        return _Numbered(*args, footer=table.footer, **kwargs)

    doc.build(story, canvasmaker=canvas)
    return buf.getvalue()
