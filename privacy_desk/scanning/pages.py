"""The import pipeline: a file or a scanned image becomes stored pages.

Everything happens in memory (no temporary files). Accepted files: PNG, JPEG,
TIFF (every frame of a multi-page TIFF) and PDF (each page must hold a scanned
image; see :mod:`privacy_desk.scanning.pdf`). Scanners may also deliver BMP.

Each page is normalised (EXIF orientation applied, RGB or greyscale, the dpi
kept or 300 when unknown) and recompressed: JPEG at quality 80 with 4:2:0
chroma subsampling, or PNG when the page has only a few colours and PNG is the
smaller. Metadata (EXIF, GPS, the scanner's serial number) is not carried over.
A 300 dpi A4 colour page comes out well under 1 MB; a page that would not
(heavy scanner noise) is encoded at a lower quality until it fits its budget.

Limits are checked on the header, before a pixel is decoded: a 20,000 ×
20,000 image is refused without allocating its 1.2 GB.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from privacy_desk.scanning.errors import (
    EmptyFile,
    ImageProblem,
    ImageTooLarge,
    NotAScan,
    TooManyPages,
    UnreadableImage,
    UnsupportedFormat,
)

__all__ = [
    "DEFAULT_DPI",
    "FILE_FORMATS",
    "MAX_FILE_BYTES",
    "MAX_PAGES",
    "MAX_PIXELS",
    "SCANNER_FORMATS",
    "EmptyFile",
    "ImageProblem",
    "ImageTooLarge",
    "NotAScan",
    "Page",
    "TooManyPages",
    "UnreadableImage",
    "UnsupportedFormat",
    "check_pixels",
    "page_from_image",
    "read_file",
    "read_pages",
    "sniff_format",
]

MAX_PIXELS: Final = 100_000_000
"""Pixels per page; an A3 page at 600 dpi has 70 million."""
MAX_PAGES: Final = 50
"""Pages per file or per scan."""
MAX_FILE_BYTES: Final = 256 * 1024 * 1024
DEFAULT_DPI: Final = 300
"""Assumed when an image does not say (or says something implausible, like 72)."""
MIN_PLAUSIBLE_DPI: Final = 75
MAX_PLAUSIBLE_DPI: Final = 4800

JPEG_QUALITY: Final = 80
RELATIVE_SIZE: Final = ((75, 0.85), (70, 0.75), (65, 0.66), (60, 0.59), (55, 0.54), (50, 0.49))
"""(quality, typical size relative to quality 80) of scanned pages, to predict which fits."""
SMOOTHED_QUALITIES: Final = (60, 50)
SMOOTHING_RADIUS: Final = 0.8
A4_300DPI_PIXELS: Final = 2480 * 3508
PAGE_BUDGET_BYTES: Final = 1_000_000
"""Bytes a page may cost per A4-at-300-dpi of pixels; larger pages get more."""
FEW_COLOURS: Final = 16
"""A page with at most this many colours is also tried as PNG."""
THUMBNAIL_LONG_SIDE: Final = 200
THUMBNAIL_QUALITY: Final = 75

FILE_FORMATS: Final = frozenset({"PNG", "JPEG", "TIFF", "PDF"})
SCANNER_FORMATS: Final = FILE_FORMATS | {"BMP"}

# Pillow warns above this many pixels and refuses above twice as many. Our own
# check (check_pixels) runs right after the header is read; the warning that
# Pillow may give in between is caught and turned into ImageTooLarge as well.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# What Pillow raises on damaged data: it has no single exception class. Warning is
# there because Pillow warns about some damage (corrupt EXIF) before it fails; where
# warnings are errors (the test run) that warning is the failure.
_DECODE_ERRORS: Final = (
    Warning,
    UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    struct.error,
    zlib.error,
)
_TOO_LARGE: Final = (Image.DecompressionBombError, Image.DecompressionBombWarning)
_EXIF_ORIENTATION: Final = 0x0112


@dataclass(frozen=True)
class Page:
    """One stored page of a scanned document.

    ``data`` is the stored encoding (``mime`` says which), ``width`` and
    ``height`` are in pixels, ``dpi`` is the scan resolution, and
    ``thumbnail`` is a JPEG whose long side is about 200 pixels.
    """

    data: bytes
    mime: str
    width: int
    height: int
    dpi: int
    thumbnail: bytes

    def __repr__(self) -> str:  # never dump the bytes into a log
        return (
            f"Page({self.mime}, {self.width}x{self.height} px, {self.dpi} dpi, "
            f"{len(self.data)} bytes)"
        )


def sniff_format(data: bytes) -> str | None:
    """The format by its leading bytes: ``"PNG"``, ``"JPEG"``, ``"TIFF"``, ``"PDF"``, ``"BMP"``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if b"%PDF-" in data[:1024]:
        return "PDF"
    if data.startswith(b"BM") and len(data) >= 26:
        return "BMP"
    return None


def check_pixels(width: int, height: int) -> None:
    """Refuse a page of more than :data:`MAX_PIXELS` (or with no pixels)."""
    if width <= 0 or height <= 0:
        raise UnreadableImage
    if width * height > MAX_PIXELS:
        raise ImageTooLarge


def read_file(path: Path, *, formats: frozenset[str] = FILE_FORMATS) -> list[Page]:
    """The pages of an image or PDF file (see :func:`read_pages`).

    ``OSError`` from reading the file itself is left to the caller (it is not a
    property of the image).
    """
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImageTooLarge
    return read_pages(path.read_bytes(), formats=formats)


def read_pages(
    data: bytes, *, formats: frozenset[str] = FILE_FORMATS, dpi: int | None = None
) -> list[Page]:
    """The pages held by ``data``, normalised and recompressed.

    ``dpi`` overrides what the file says (a scanner knows better than its BMP
    header); by default the file's own, or 300.

    Raises an :class:`ImageProblem` (one plain sentence) for an empty,
    damaged, unknown, oversized or born-digital file, or one with more than
    :data:`MAX_PAGES` pages. All or nothing: no pages are returned then.
    """
    if not data:
        raise EmptyFile
    if len(data) > MAX_FILE_BYTES:
        raise ImageTooLarge
    kind = sniff_format(data)
    if kind is None or kind not in formats:
        raise UnsupportedFormat
    if kind == "PDF":
        if b"%%EOF" not in data[-2048:]:
            raise UnreadableImage  # cut short (still being written?): PDFium would repair it
        from privacy_desk.scanning import pdf  # pdfium is loaded only when needed

        return [
            page_from_image(image, dpi or scanned)
            for image, scanned in pdf.render_scanned_pages(data)
        ]
    return list(_raster_pages(data, kind, dpi))


def _raster_pages(data: bytes, kind: str, dpi: int | None) -> Iterator[Page]:
    try:
        with Image.open(io.BytesIO(data), formats=[kind]) as image:
            # Only TIFF holds pages; a camera JPEG's extra frames (MPO) are previews.
            frames = getattr(image, "n_frames", 1) if kind == "TIFF" else 1
            if frames > MAX_PAGES:
                raise TooManyPages
            for index in range(frames):
                image.seek(index)
                check_pixels(*image.size)
                yield page_from_image(image, dpi or _dpi_of(image))
    except _TOO_LARGE:
        raise ImageTooLarge from None
    except _DECODE_ERRORS:
        raise UnreadableImage from None


def _dpi_of(image: Image.Image) -> int | None:
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi:
        try:
            return round(float(dpi[0]))
        except (TypeError, ValueError):
            return None
    return None


def _plausible_dpi(dpi: float | None) -> int:
    if dpi is None or not MIN_PLAUSIBLE_DPI <= dpi <= MAX_PLAUSIBLE_DPI:
        return DEFAULT_DPI
    return round(dpi)


def page_from_image(image: Image.Image, dpi: float | None = None) -> Page:
    """Normalise and recompress one decoded (or lazily opened) image.

    ``dpi`` is the scan resolution; ``None`` or an implausible value means
    :data:`DEFAULT_DPI`. Raises :class:`ImageTooLarge` or
    :class:`UnreadableImage`.
    """
    check_pixels(*image.size)
    try:
        image.load()
        if image.getexif().get(_EXIF_ORIENTATION, 1) != 1:
            image = ImageOps.exif_transpose(image)
        normal = _normal_mode(image)
    except _TOO_LARGE:
        raise ImageTooLarge from None
    except _DECODE_ERRORS:
        raise UnreadableImage from None
    resolution = _plausible_dpi(dpi)
    data, mime = _encode(normal, resolution)
    return Page(
        data=data,
        mime=mime,
        width=normal.width,
        height=normal.height,
        dpi=resolution,
        thumbnail=_thumbnail(normal),
    )


def _normal_mode(image: Image.Image) -> Image.Image:
    """RGB, L (grey) or 1 (black and white); transparency flattened onto white."""
    mode = image.mode
    if mode in ("RGB", "L", "1"):
        return image
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        # 16-bit grey: scale down (convert("L") would clip everything above 255 to white).
        wide = image.convert("I")
        high = wide.getextrema()[1]
        if mode != "I" or (isinstance(high, (int, float)) and high > 255):
            return wide.point(lambda value: value / 256).convert("L")
        return wide.convert("L")
    if mode == "F":
        return image.convert("L")
    if mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
        mode = image.mode
    if mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat = Image.alpha_composite(white, rgba).convert("RGB")
        return flat.convert("L") if mode in ("LA", "La") else flat
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV


def _encode(image: Image.Image, dpi: int) -> tuple[bytes, str]:
    if image.mode == "1":
        return _png(image, dpi), "image/png"
    jpeg = _jpeg(image, dpi, JPEG_QUALITY)
    few = image.getcolors(FEW_COLOURS)
    if few is not None:
        png = _png(_palette(image, len(few)), dpi)
        if len(png) < len(jpeg):
            return png, "image/png"
    budget = max(PAGE_BUDGET_BYTES * image.width * image.height // A4_300DPI_PIXELS, 50_000)
    if len(jpeg) <= budget:
        return jpeg, "image/jpeg"
    # Over budget: a noisy scan. Go straight to the quality predicted to fit (lower ones
    # follow if the prediction was short); at the lowest, smooth the grain a little (0.8 px
    # at 300 dpi keeps small print legible). The smallest result is kept in any case.
    at_80 = len(jpeg)
    for quality, relative_size in RELATIVE_SIZE:
        if relative_size * at_80 > budget and quality != RELATIVE_SIZE[-1][0]:
            continue
        jpeg = min(jpeg, _jpeg(image, dpi, quality), key=len)
        if len(jpeg) <= budget:
            return jpeg, "image/jpeg"
    smoothed = image.filter(ImageFilter.GaussianBlur(SMOOTHING_RADIUS * dpi / 300))
    for quality in SMOOTHED_QUALITIES:
        jpeg = min(jpeg, _jpeg(smoothed, dpi, quality), key=len)
        if len(jpeg) <= budget:
            break
    return jpeg, "image/jpeg"


def _jpeg(image: Image.Image, dpi: int, quality: int) -> bytes:
    out = io.BytesIO()
    options: dict[str, object] = {"quality": quality, "optimize": True, "dpi": (dpi, dpi)}
    if image.mode == "RGB":
        options["subsampling"] = "4:2:0"
    image.save(out, "JPEG", **options)
    return out.getvalue()


def _png(image: Image.Image, dpi: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()


def _palette(image: Image.Image, colours: int) -> Image.Image:
    if image.mode == "L" and colours <= 2:
        low, high = image.getextrema()
        if (low, high) in ((0, 255), (0, 0), (255, 255)):
            return image.convert("1", dither=Image.Dither.NONE)
    return image.convert("P", palette=Image.Palette.ADAPTIVE, colors=colours)


def _thumbnail(image: Image.Image) -> bytes:
    scale = min(1.0, THUMBNAIL_LONG_SIDE / max(image.width, image.height))
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    source = image.convert("L") if image.mode == "1" else image
    small = source.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=THUMBNAIL_QUALITY, optimize=True)
    return out.getvalue()
