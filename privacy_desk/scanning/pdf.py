"""Scanned PDFs: each page rendered with PDFium at the resolution it was scanned at.

Why render (pypdfium2) rather than extract the embedded image (pypdf): the
office's multifunction printer, like most, can save "compact" PDFs whose page
is several images on top of each other (a low-resolution colour background and
a sharp black-and-white text layer, or horizontal strips), with rotation and
cropping applied by the page. Extracting "the" image gets those wrong; drawing
the page as a reader would cannot. PDFium (Chrome's PDF engine) is also built
to open hostile files. Before anything is drawn, each page's image objects are
measured from their headers: a page whose images cover less than half of it
holds no scan (a document made on a computer, perhaps with a logo) and is
refused; an embedded image over the pixel limit is refused without decoding it.

PDFium is not thread-safe: every use holds one lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from PIL import Image

from privacy_desk.scanning.errors import (
    NotAScan,
    TooManyPages,
    UnreadableImage,
)
from privacy_desk.scanning.pages import MAX_PAGES, check_pixels

MIN_COVERAGE: Final = 0.5
"""Share of the page that its images must cover for it to count as scanned."""
MIN_RENDER_DPI: Final = 100
MAX_RENDER_DPI: Final = 600
POINTS_PER_INCH: Final = 72.0

_PDFIUM_LOCK = threading.Lock()


class PasswordProtected(UnreadableImage):
    default_message = (
        "The PDF is protected with a password; save it again without one and import it. "
        "Nothing was saved."
    )


def render_scanned_pages(data: bytes) -> list[tuple[Image.Image, int]]:
    """Each page of a scanned PDF as an image and the dpi it was scanned at.

    All pages are checked before the first is drawn, so a born-digital page
    at the end refuses the file quickly and whole.
    """
    # Imported here: loading PDFium costs time and the rest of the program may never need it.
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if "password" in str(error).lower():
                raise PasswordProtected from None
            raise UnreadableImage from None
        try:
            count = len(document)
            if count == 0:
                raise UnreadableImage
            if count > MAX_PAGES:
                raise TooManyPages
            plans = [_plan(document[index], pdfium_c) for index in range(count)]
            return [(_render(document[index], plan), plan.dpi) for index, plan in enumerate(plans)]
        except pdfium.PdfiumError:
            raise UnreadableImage from None
        finally:
            document.close()


@dataclass(frozen=True)
class _Plan:
    """How to draw one page: at which dpi, how wide, and whether in black and white."""

    dpi: int
    width: int
    height: int
    bilevel: bool


def _plan(page: Any, pdfium_c: Any) -> _Plan:
    # The size as displayed (after /Rotate) decides the drawing; the box in the page's
    # own coordinates, where image objects are placed, decides the coverage.
    page_width, page_height = (float(v) for v in page.get_size())
    box_left, box_bottom, box_right, box_top = (float(v) for v in page.get_bbox())
    page_area = (box_right - box_left) * (box_top - box_bottom)
    if page_width <= 0 or page_height <= 0 or page_area <= 0:
        raise UnreadableImage
    covered = 0.0
    best_dpi = 0.0
    bilevel = True
    found = False
    for image in _images(page, pdfium_c):
        found = True
        pixels_wide, pixels_high = (int(v) for v in image.get_px_size())
        check_pixels(pixels_wide, pixels_high)
        left, bottom, right, top = (float(v) for v in image.get_bounds())
        left, right = max(left, box_left), min(right, box_right)
        bottom, top = max(bottom, box_bottom), min(top, box_top)
        if right <= left or top <= bottom:
            continue  # placed off the page
        covered += (right - left) * (top - bottom)
        placed_long = max(right - left, top - bottom) / POINTS_PER_INCH
        best_dpi = max(best_dpi, max(pixels_wide, pixels_high) / placed_long)
        bilevel = bilevel and int(image.get_metadata().bits_per_pixel) == 1
    if not found or covered < MIN_COVERAGE * page_area:
        raise NotAScan
    dpi = round(min(max(best_dpi, MIN_RENDER_DPI), MAX_RENDER_DPI))
    width = max(1, round(page_width / POINTS_PER_INCH * dpi))
    height = max(1, round(page_height / POINTS_PER_INCH * dpi))
    check_pixels(width, height)
    return _Plan(dpi, width, height, bilevel)


def _images(page: Any, pdfium_c: Any) -> Iterator[Any]:
    yield from page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4)


def _render(page: Any, plan: _Plan) -> Image.Image:
    page_width = float(page.get_width())
    # PDFium rounds the bitmap size up; a hair less scale gives exactly plan.width.
    scale = plan.width / page_width * (1 - 1e-7)
    bitmap = page.render(scale=scale, grayscale=plan.bilevel, may_draw_forms=False)
    image: Image.Image = bitmap.to_pil()
    if plan.bilevel:
        return image.convert("L").point(lambda v: 255 if v >= 128 else 0).convert("1")
    return image.convert("RGB")
