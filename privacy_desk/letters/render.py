"""Set a letter as a PDF good enough to mail: A4 portrait, for a 長形3号 window envelope.

``render_letter(data)`` fills the template of ``data.kind`` and ``data.language``
(templates.py), reads the markup (markup.py) and sets it with ReportLab. The same
input gives the same bytes (``invariant=1``); the fonts are embedded as subsets.

Layout, in millimetres from the top-left corner of the sheet, as
``forms/letters/layout.toml`` gives it (``letters/layout.py``; the office edits it):

* The sheet is folded in three (panels of 99 mm) for a 長形3号 window envelope
  (120 × 235 mm) used lying down, as horizontal writing needs. Such envelopes have
  a 90 × 45 mm window about 23 mm from the left and 13 mm from the top edge; the
  folded sheet put in up against the top shows its top panel there, so the window
  is taken to lie 23 mm from the left and 14 mm from the top of the sheet. The
  sheet can move a few millimetres inside the envelope: the recipient text keeps
  the window inset inside the window on every side, and nothing else is drawn in
  the window. Small fold marks sit in the left margin.
* Top right, right of the window: document number and date; under them the
  sender block, both right-aligned.
* The letter body starts below both, between the margins, and flows on to further
  pages; the page number ``1 / 2`` is printed at the foot when there is more than
  one page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.letters import markup
from privacy_desk.letters.data import LetterData
from privacy_desk.letters.layout import DEFAULT_LAYOUT, Layout, layout_for
from privacy_desk.letters.markup import Block, LetterMarkup
from privacy_desk.letters.templates import template_name, templates_for
from privacy_desk.paths import resources_dir

PAGE_WIDTH, PAGE_HEIGHT = A4  # 210 × 297 mm, in points

# Geometry comes from forms/letters/layout.toml (letters/layout.py); these are the
# defaults, in points, for callers that do not pass a layout.
MARGIN_LEFT = DEFAULT_LAYOUT.pt("margin_left")
MARGIN_RIGHT = DEFAULT_LAYOUT.pt("margin_right")
MARGIN_TOP = DEFAULT_LAYOUT.pt("margin_top")
MARGIN_BOTTOM = DEFAULT_LAYOUT.pt("margin_bottom")
#: Fold lines for three equal panels, marked in the left margin.
FOLDS = (99 * mm, 198 * mm)
FOLD_MARK_LENGTH = 5 * mm
#: Baseline of the page number, from the bottom edge.
PAGE_NUMBER_BASELINE = 12 * mm

# Type sizes in points.
BODY_SIZE = 10.5
TITLE_SIZE = 13.5
HEADER_SIZE = 9.5
HEADER_SIZE_EN = 8.5  # English lines are longer; the sender column is 70 mm wide
RECIPIENT_SIZE = 10.5
RECIPIENT_NAME_SIZE = 13.0
#: The recipient block shrinks by these steps until it fits the window.
RECIPIENT_SCALES = tuple(s / 100 for s in range(100, 44, -5))

FONT_FILES = {
    "LetterMincho": "BIZUDMincho-Regular.ttf",  # Japanese body: fixed width, justifies evenly
    "LetterPMincho": "BIZUDPMincho-Regular.ttf",  # English body: proportional
    "LetterGothic": "BIZUDPGothic-Bold.ttf",  # titles and headings
}


@dataclass(frozen=True)
class Rect:
    """A rectangle in PDF points, origin bottom-left (as pypdf reports positions)."""

    left: float
    bottom: float
    right: float
    top: float

    def contains(self, other: Rect, tolerance: float = 0.01) -> bool:
        return (
            other.left >= self.left - tolerance
            and other.right <= self.right + tolerance
            and other.bottom >= self.bottom - tolerance
            and other.top <= self.top + tolerance
        )

    def overlaps(self, other: Rect) -> bool:
        return not (
            other.right <= self.left
            or other.left >= self.right
            or other.top <= self.bottom
            or other.bottom >= self.top
        )


def window_rect(layout: Layout = DEFAULT_LAYOUT) -> Rect:
    """The envelope window on the first page."""
    top = PAGE_HEIGHT - layout.pt("window_top")
    left = layout.pt("window_left")
    return Rect(left, top - layout.pt("window_height"), left + layout.pt("window_width"), top)


def recipient_rect(layout: Layout = DEFAULT_LAYOUT) -> Rect:
    """Where the recipient's text may be drawn: the window less the layout's inset."""
    w = window_rect(layout)
    i = layout.pt("window_inset")
    return Rect(w.left + i, w.bottom + i, w.right - i, w.top - i)


@cache
def register_fonts() -> None:
    """Register the TrueType fonts once; ReportLab embeds the subset each PDF uses."""
    folder = resources_dir() / "fonts"
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))


# ---------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    language: str

    @property
    def font(self) -> str:
        return "LetterMincho" if self.language == "ja" else "LetterPMincho"

    @property
    def wrap(self) -> str | None:
        return "CJK" if self.language == "ja" else None

    def style(self, name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": self.font,
            "fontSize": BODY_SIZE,
            "leading": BODY_SIZE * (1.7 if self.language == "ja" else 1.4),
            # Japanese is justified; English is set ragged right, as English letters are.
            "alignment": TA_JUSTIFY if self.language == "ja" else TA_LEFT,
            "bulletFontName": self.font,
            "bulletFontSize": BODY_SIZE,
            # ReportLab lets a line overrun by 5 % of its spaces by default; never.
            "spaceShrinkage": 0,
        }
        if self.wrap:
            base["wordWrap"] = self.wrap
        base.update(kw)
        return ParagraphStyle(name, **base)


def _text(s: str) -> str:
    """Plain text for a Paragraph: escape XML, keep runs of spaces."""
    out = escape(s)
    return out.replace("  ", " &nbsp;")


# ---------------------------------------------------------------- the body


def body_flowables(blocks: Sequence[Block], language: str) -> list[Flowable]:
    """The letter body as ReportLab flowables."""
    st = _Styles(language)
    em = BODY_SIZE
    para_gap = 0.0 if language == "ja" else 6.0
    title = st.style(
        "title", fontName="LetterGothic", fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.5,
        alignment=TA_CENTER, spaceBefore=4, spaceAfter=14,
    )  # fmt: skip
    heading = st.style(
        "heading", fontName="LetterGothic", alignment=TA_LEFT, spaceBefore=8, spaceAfter=2,
        keepWithNext=1,
    )  # fmt: skip
    centre = st.style("centre", alignment=TA_CENTER, spaceBefore=10, spaceAfter=10, keepWithNext=1)
    right = st.style("right", alignment=TA_RIGHT, spaceBefore=4, spaceAfter=4)
    left = st.style("left", alignment=TA_LEFT)
    label_column = _row_label_width(blocks, st)
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "title":
            out.append(Paragraph(_text(block.text), title))
        elif block.kind == "heading":
            out.append(Paragraph(_text(block.text), heading))
        elif block.kind == "centre":
            out.append(Paragraph(_text(block.text), centre))
        elif block.kind == "right":
            out.append(Paragraph(_text(block.text), right))
        elif block.kind == "left":
            out.append(Paragraph(_text(block.text), left))
        elif block.kind == "item":
            bullet = ("・" if language == "ja" else "•") if block.marker == "-" else block.marker
            step = 1.5 * em  # a bullet's column; numbers get 2.5 em so that 9. and 10. align
            indent = step if block.marker == "-" else 2.5 * em
            indent = max(indent, pdfmetrics.stringWidth(bullet, st.font, BODY_SIZE) + 0.5 * em)
            style = st.style(
                "item", leftIndent=block.level * step + indent, bulletIndent=block.level * step,
                spaceAfter=2 if language == "ja" else 3,
            )  # fmt: skip
            out.append(Paragraph(_text(block.text), style, bulletText=bullet))
        elif block.kind == "row":
            width = label_column
            label_w = pdfmetrics.stringWidth(block.label, st.font, BODY_SIZE)
            if label_w <= width - 0.5 * em:
                style = st.style("row", leftIndent=width, bulletIndent=0, spaceAfter=3)
                out.append(Paragraph(_text(block.text), style, bulletText=block.label))
            else:  # a label too long for the column goes on its own line
                out.append(Paragraph(_text(block.label), st.style("rowlabel", keepWithNext=1)))
                out.append(Paragraph(_text(block.text), st.style("row", leftIndent=2 * em)))
        else:
            text = block.text
            style = st.style("paragraph", spaceAfter=para_gap)
            if language == "ja" and text.startswith("　"):  # 字下げ: indent by one character
                text = text.lstrip("　")
                style = st.style("paragraph", spaceAfter=para_gap, firstLineIndent=em)
            out.append(Paragraph(_text(text), style))
    return out


def _row_label_width(blocks: Sequence[Block], st: _Styles) -> float:
    """The label column of every row in the letter: the longest label + 1 em, at most 45 mm."""
    widest = max(
        (pdfmetrics.stringWidth(b.label, st.font, BODY_SIZE) for b in blocks if b.kind == "row"),
        default=0.0,
    )
    return min(widest + BODY_SIZE, 45 * mm)


# ---------------------------------------------------------------- the header


@dataclass
class _Placed:
    paragraph: Paragraph
    x: float
    y: float  # bottom of the paragraph


def layout_recipient(
    blocks: Sequence[Block], language: str, layout: Layout = DEFAULT_LAYOUT
) -> tuple[list[_Placed], float]:
    """Set the recipient lines inside :func:`recipient_rect`, shrinking them to fit.

    Returns the placed paragraphs and the scale used. Raises InvalidInput if even the
    smallest size does not fit (the address must then be shortened by hand).
    """
    box = recipient_rect(layout)
    width = box.right - box.left
    st = _Styles(language)
    for scale in RECIPIENT_SCALES:
        placed: list[_Placed] = []
        y = box.top
        for i, block in enumerate(blocks):
            size = (RECIPIENT_NAME_SIZE if block.kind == "strong" else RECIPIENT_SIZE) * scale
            if block.kind == "strong" and i > 0:
                y -= size * 0.5  # a little air above the name
            style = st.style(
                "recipient", fontSize=size, leading=size * 1.3, alignment=TA_LEFT,
                splitLongWords=1,
            )  # fmt: skip
            p = Paragraph(_text(block.text), style)
            _, h = p.wrap(width, box.top - box.bottom)
            y -= h
            placed.append(_Placed(p, box.left, y))
        if y >= box.bottom and all(_fits_width(p.paragraph, width) for p in placed):
            return placed, scale
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The recipient's name and address do not fit the envelope window even in small "
            "type; shorten the address as it will be printed.",
        )
    )


def _fits_width(p: Paragraph, width: float) -> bool:
    lines = getattr(p, "blPara", None)
    if lines is None:
        return True
    if lines.kind == 0:
        return all(width - extra >= -0.01 for extra, _ in lines.lines)
    return all(getattr(line, "extraSpace", 0) >= -0.01 for line in lines.lines)


def _column(
    blocks: Sequence[Block], language: str, left: float, top: float, layout: Layout
) -> list[_Placed]:
    """Right-aligned header lines between ``left`` and the right margin, from ``top`` down."""
    st = _Styles(language)
    width = PAGE_WIDTH - layout.pt("margin_right") - left
    placed = []
    y = top
    for block in blocks:
        strong = block.kind == "strong"
        size = (HEADER_SIZE if language == "ja" else HEADER_SIZE_EN) + (1.5 if strong else 0)
        style = st.style(
            "header", fontSize=size, leading=size * 1.45, alignment=TA_RIGHT,
            fontName="LetterGothic" if strong and language == "en" else st.font,
        )  # fmt: skip
        p = Paragraph(_text(block.text), style)
        _, h = p.wrap(width, PAGE_HEIGHT)
        y -= h
        placed.append(_Placed(p, left, y))
    return placed


@dataclass
class _Header:
    recipient: list[_Placed]
    reference: list[_Placed]
    sender: list[_Placed]
    first_body_top: float  # y of the top of the first page's body frame
    continuation: str  # printed at the top of later pages


def _header(m: LetterMarkup, layout: Layout) -> _Header:
    recipient, _ = layout_recipient(m.recipient, m.language, layout)
    # beside the window, never over it: right of it, above the sender block
    left = layout.sender_left_mm * mm
    sender_top = PAGE_HEIGHT - layout.pt("sender_top")
    reference = _column(
        m.reference, m.language, left, PAGE_HEIGHT - layout.pt("reference_top"), layout
    )
    window = window_rect(layout)
    if reference and reference[-1].y < sender_top + 1 * mm:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The document number and date are too long for the top of the letter."
            )
        )
    sender = _column(m.sender, m.language, left, sender_top, layout)
    lowest = min([window.bottom] + [p.y for p in sender])
    continuation = m.reference[0].text if m.reference else ""
    return _Header(recipient, reference, sender, lowest - layout.pt("body_gap"), continuation)


# ---------------------------------------------------------------- the document


def render_markup(
    m: LetterMarkup, *, title: str = "", author: str = "", layout: Layout = DEFAULT_LAYOUT
) -> bytes:
    """Set parsed letter markup as PDF bytes."""
    register_fonts()
    header = _header(m, layout)
    pages = _build(m, header, layout, total=0, title=title, author=author)
    if pages.count > 1:
        pages = _build(m, header, layout, total=pages.count, title=title, author=author)
    return pages.pdf


@dataclass
class _Built:
    pdf: bytes
    count: int


def _build(
    m: LetterMarkup, header: _Header, layout: Layout, *, total: int, title: str, author: str
) -> _Built:
    buf = io.BytesIO()
    seen: list[int] = []
    left, right = layout.pt("margin_left"), layout.pt("margin_right")
    top, bottom = layout.pt("margin_top"), layout.pt("margin_bottom")
    width = PAGE_WIDTH - left - right
    first = Frame(
        left, bottom, width, header.first_body_top - bottom,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first",
    )  # fmt: skip
    later = Frame(
        left, bottom, width, PAGE_HEIGHT - top - bottom,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="later",
    )  # fmt: skip
    font = _Styles(m.language).font

    def footer(canvas: Canvas, page: int) -> None:
        seen.append(page)
        if total > 1:
            canvas.setFont(font, 9)
            canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_NUMBER_BASELINE, f"{page} / {total}")

    def on_first(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setStrokeGray(0.6)
        for fold in FOLDS:
            y = PAGE_HEIGHT - fold
            canvas.line(0, y, FOLD_MARK_LENGTH, y)
        for placed in (*header.recipient, *header.reference, *header.sender):
            placed.paragraph.drawOn(canvas, placed.x, placed.y)
        footer(canvas, doc.page)
        canvas.restoreState()

    def on_later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if header.continuation:
            canvas.setFont(font, 8)
            canvas.drawRightString(PAGE_WIDTH - right, PAGE_HEIGHT - 12 * mm, header.continuation)
        footer(canvas, doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(
        buf, pagesize=A4, invariant=1, title=title, author=author, creator="Privacy Desk",
        leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        initialFontName=font,  # or every page starts by selecting (unembedded) Helvetica
    )  # fmt: skip
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=on_first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=on_later),
        ]
    )
    story: list[Flowable] = body_flowables(m.body, m.language) or [Spacer(1, 1)]
    doc.build(story)
    return _Built(buf.getvalue(), max(seen, default=1))


def render_letter(data: LetterData, *, forms: Path | None = None) -> bytes:
    """The letter as PDF bytes, from the templates in ``forms`` (default ``<repo>/forms``)."""
    templates = templates_for(forms)
    text = templates.fill(data)
    source = str(templates.path_of(template_name(data.kind, data.language)))
    m = markup.parse(text, language=data.language, source=source)
    title = data.kind.title_ja if data.language == "ja" else data.kind.label
    author = data.office.company_name if data.language == "ja" else data.office.company_name_en
    layout = layout_for(templates.forms)
    return render_markup(m, title=f"{title} {data.document_number}", author=author, layout=layout)


__all__ = [
    "Rect",
    "body_flowables",
    "layout_recipient",
    "recipient_rect",
    "register_fonts",
    "render_letter",
    "render_markup",
    "window_rect",
]
