"""Blacking out parts of a stored page: the pixels are replaced, not covered.

An insurer number, a health insurance symbol and number, a QR code or an
Individual Number must not be kept (requests.md §1). The masked page is
re-encoded from the blacked-out pixels and replaces the stored one; nothing of
the original stays.

JPEG codes the image in blocks of 8×8 pixels (16×16 with the colour planes
halved). A block that is only partly black would decode with faint traces of
what was beside the edge, so every masked rectangle is widened outwards to the
16-pixel grid: each block it touches is black through and through, and decodes
to one uniform colour.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageDraw

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.scanning.pages import Page, UnreadableImage, page_from_image

#: JPEG's largest coding unit (4:2:0 subsampling): masks are widened to it.
BLOCK: Final = 16


@dataclass(frozen=True)
class Region:
    """A rectangle in the stored image's pixels (before any display rotation)."""

    left: int
    top: int
    width: int
    height: int

    def widened(self, image_width: int, image_height: int) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) out to the block grid, inside the image."""
        left = max(0, self.left // BLOCK * BLOCK)
        top = max(0, self.top // BLOCK * BLOCK)
        right = min(image_width, -(-(self.left + self.width) // BLOCK) * BLOCK)
        bottom = min(image_height, -(-(self.top + self.height) // BLOCK) * BLOCK)
        return left, top, right, bottom


def mask_page(data: bytes, regions: Sequence[Region], *, dpi: int) -> Page:
    """The page with every region blacked out, re-encoded (thumbnail included)."""
    if not regions:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Mark at least one area to black out."))
    try:
        image: Image.Image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, ValueError) as error:
        raise UnreadableImage from error
    for region in regions:
        if region.width <= 0 or region.height <= 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "An area to black out must have a width and a height.")
            )
        if (
            region.left >= image.width
            or region.top >= image.height
            or region.left + region.width <= 0
            or region.top + region.height <= 0
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "An area to black out lies outside the page.")
            )
    if image.mode not in ("RGB", "L", "1"):
        image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    for region in regions:
        left, top, right, bottom = region.widened(image.width, image.height)
        draw.rectangle((left, top, right - 1, bottom - 1), fill=0)
    return page_from_image(image, dpi)
