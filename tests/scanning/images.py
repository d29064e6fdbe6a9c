"""Synthetic test files: images and PDFs made here, never photos of people or real papers."""

from __future__ import annotations

import io
import struct
import zlib
from functools import cache

from PIL import Image, ImageDraw

from privacy_desk.scanning.synthetic import synthetic_page

__all__ = ["synthetic_page"]  # re-exported for tests


@cache
def a4_colour_page() -> Image.Image:
    """A realistic 300 dpi A4 colour page (about a second to make, so made once)."""
    return synthetic_page()


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def small_page(size: tuple[int, int] = (400, 560), *, seed: int = 1) -> Image.Image:
    return synthetic_page(size, seed=seed)


def marked_image(size: tuple[int, int] = (300, 200)) -> Image.Image:
    """White with a red block in the top-left corner: shows which way a page was turned."""
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle((0, 0, 59, 39), fill=(220, 0, 0))
    return image


def jpeg_with_orientation(image: Image.Image, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return encode(image, "JPEG", quality=90, exif=exif.tobytes())


def huge_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """A real, valid black-and-white PNG of width × height, written without holding its pixels.

    1 bit per pixel; the rows are zeros, streamed through zlib (about 0.5 s).
    """
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row * 1000) for _ in range(height // 1000)]
    parts.append(compressor.compress(row * (height % 1000)))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height, with a token image stream (cut short)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    stream = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", stream)


def jpeg_claiming_size(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header (SOF0) is edited to claim width × height."""
    data = bytearray(encode(Image.new("L", (16, 16), 128), "JPEG"))
    at = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, at + 5, height, width)
    return bytes(data)


def multipage_tiff(sizes: list[tuple[int, int]]) -> bytes:
    frames = [small_page(size, seed=index) for index, size in enumerate(sizes)]
    return encode(
        frames[0],
        "TIFF",
        save_all=True,
        append_images=frames[1:],
        dpi=(200, 200),
        compression="tiff_lzw",
    )


def scanned_pdf(images: list[Image.Image], resolution: float = 200.0) -> bytes:
    """What a scanner's "save as PDF" gives: each page one image, the page the image's size."""
    return encode(images[0], "PDF", save_all=True, append_images=images[1:], resolution=resolution)


# A tiny PDF writer for born-digital pages (text, a logo) and for crafted image headers.


def pdf_document(
    pages: list[tuple[bytes, dict[str, bytes]]], size: tuple[int, int] = (595, 842)
) -> bytes:
    """A PDF whose pages have the given content streams and image XObjects.

    Each page is ``(content, {name: image_object_dictionary_and_stream})``.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for content, images in pages:
        xobjects = b" ".join(
            b"/" + name.encode() + b" " + str(add(body)).encode() + b" 0 R"
            for name, body in images.items()
        )
        contents = add(_stream(b"", content))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> /XObject << %s >> >> >>"
                % (pages_id, size[0], size[1], contents, font, xobjects)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (dictionary, len(data)) + data + b"\nendstream"


def text_pdf(pages: int = 1) -> bytes:
    """A letter typed on a computer: text only, no image."""
    content = b"BT /F1 14 Tf 72 760 Td (Reply to your request of 9 November) Tj ET"
    return pdf_document([(content, {})] * pages)


def image_object(width: int, height: int, pixels: bytes | None = None) -> bytes:
    """An RGB image XObject, Flate-compressed (``pixels`` default: grey)."""
    raw = pixels if pixels is not None else b"\x80" * (width * height * 3)
    return _stream(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode" % (width, height),
        zlib.compress(raw),
    )


def letter_with_logo_pdf() -> bytes:
    """Text and a small logo image in a corner: born digital, although it holds an image."""
    content = (
        b"q 120 0 0 40 72 770 cm /Logo Do Q BT /F1 14 Tf 72 700 Td (Reply to your request) Tj ET"
    )
    return pdf_document([(content, {"Logo": image_object(60, 20)})])


def pdf_with_huge_image() -> bytes:
    """A page covered by an image whose header claims 20,000 × 20,000 pixels (data cut short)."""
    body = _stream(
        b"/Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode",
        zlib.compress(b"\x00" * 1000),
    )
    return pdf_document([(b"q 595 0 0 842 0 0 cm /Im Do Q", {"Im": body})])
