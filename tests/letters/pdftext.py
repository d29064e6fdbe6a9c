"""Read a rendered letter back with pypdf: its text, where each piece is drawn, its fonts."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from privacy_desk.letters.render import FONT_FILES, Rect, register_fonts

_WS = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Text without any whitespace (extraction puts line breaks where lines wrap)."""
    return _WS.sub("", text)


_PAGE_NUMBER = re.compile(r"\s*\d+ / \d+\s*")


def text_of(pdf: bytes) -> str:
    """The letter's text, without what repeats on every page.

    The page number and, after the first page, the document number repeated at its top
    are left out, so that a paragraph running over a page break reads as one.
    """
    pages = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        lines = [ln for ln in page.extract_text().split("\n") if not _PAGE_NUMBER.fullmatch(ln)]
        pages.append("\n".join(lines[1:] if number else lines))
    return "\n".join(pages)


@dataclass(frozen=True)
class Fragment:
    text: str
    rect: Rect  # the glyphs' box, estimated from the font's metrics


def _font_name(font_dict: Any) -> str | None:
    if not font_dict:
        return None
    base = str(font_dict.get("/BaseFont", ""))
    face = base.split("+", 1)[-1]
    for name, filename in FONT_FILES.items():
        if filename.removesuffix(".ttf") == face:
            return name
    return None


def fragments(pdf: bytes) -> list[list[Fragment]]:
    """Per page, every piece of text with the box it occupies (points, origin bottom-left)."""
    register_fonts()
    pages: list[list[Fragment]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[Fragment] = []

        def visit(
            text: str, cm: Any, tm: Any, font_dict: Any, size: float, found: list[Fragment] = found
        ) -> None:
            if not text.strip():
                return
            # the text matrix composed with the current transformation matrix
            a = tm[0] * cm[0] + tm[1] * cm[2]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = a or 1.0
            font = _font_name(font_dict)
            assert font is not None, f"text in an unknown font: {font_dict}"
            eff = size * scale
            # pypdf may put a separating space before a chunk: it is not drawn
            width = pdfmetrics.stringWidth(text.strip(), font, eff)
            found.append(Fragment(text, Rect(x, y - 0.15 * eff, x + width, y + 0.88 * eff)))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def font_dicts(pdf: bytes) -> list[dict[str, Any]]:
    """Every font resource of every page, resolved."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            out.append(ref.get_object())
    return out
