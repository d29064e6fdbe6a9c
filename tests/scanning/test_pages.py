"""The import pipeline: files and scanned images to stored pages (synthetic images only)."""

from __future__ import annotations

import io
import tracemalloc
import warnings
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from privacy_desk.errors import InvalidInput
from privacy_desk.scanning import pages
from privacy_desk.scanning.pages import (
    EmptyFile,
    ImageProblem,
    ImageTooLarge,
    NotAScan,
    Page,
    TooManyPages,
    UnreadableImage,
    UnsupportedFormat,
    page_from_image,
    read_file,
    read_pages,
)
from privacy_desk.scanning.pdf import PasswordProtected
from tests.scanning import images

A4_300 = (2480, 3508)


def decoded(page: Page) -> Image.Image:
    image = Image.open(io.BytesIO(page.data))
    image.load()
    return image


def one(data: bytes) -> Page:
    result = read_pages(data)
    assert len(result) == 1
    return result[0]


# --- a 300 dpi A4 colour page -------------------------------------------------------------


def test_a_300_dpi_a4_colour_page_is_stored_in_at_most_1_mb() -> None:
    source = images.a4_colour_page()
    scanned = images.encode(source, "JPEG", quality=95, dpi=(300, 300))  # as a scanner saves it
    assert len(scanned) > 2_000_000  # the page is realistic: a scanner's file is several MB
    page = one(scanned)
    assert page.mime == "image/jpeg"
    assert (page.width, page.height, page.dpi) == (*A4_300, 300)
    assert len(page.data) <= 1_000_000
    # The content survived: seen at 1/8 scale (the grain averaged out) the stored page is
    # the source, while another page of the same kind is clearly not.
    stored = decoded(page)
    assert stored.mode == "RGB"
    assert _mean_difference(stored, source) < 1.5
    assert _mean_difference(stored, images.synthetic_page(seed=7)) > 5


def _mean_difference(first: Image.Image, second: Image.Image) -> float:
    size = (first.width // 8, first.height // 8)
    small = [image.convert("RGB").resize(size, Image.Resampling.BOX) for image in (first, second)]
    return float(ImageStat.Stat(ImageChops.difference(*small).convert("L")).mean[0])


def test_the_stored_jpeg_is_4_2_0_and_carries_the_dpi_but_no_exif() -> None:
    exif = Image.Exif()
    exif[0x0110] = "Office MFP 9000"  # camera/scanner model: not carried over
    scanned = images.encode(
        images.small_page(), "JPEG", quality=95, exif=exif.tobytes(), dpi=(300, 300)
    )
    stored = decoded(one(scanned))
    assert stored.info.get("dpi") == (300, 300)
    assert not stored.getexif()
    from PIL import JpegImagePlugin

    assert JpegImagePlugin.get_sampling(stored) == 2  # 4:2:0


def test_the_thumbnail_is_a_jpeg_about_200_px_on_its_long_side() -> None:
    page = one(images.encode(images.small_page((400, 560)), "PNG"))
    thumbnail = Image.open(io.BytesIO(page.thumbnail))
    assert thumbnail.format == "JPEG"
    assert max(thumbnail.size) == 200
    assert thumbnail.size == (143, 200)


def test_a_small_image_keeps_its_size_and_its_thumbnail_is_not_enlarged() -> None:
    page = one(images.encode(images.small_page((120, 80)), "PNG"))
    assert (page.width, page.height) == (120, 80)
    assert Image.open(io.BytesIO(page.thumbnail)).size == (120, 80)


def test_a_noisy_scan_is_squeezed_into_its_budget() -> None:
    # A poor scanner's heavy grain: at quality 80 the page would cost over 2.5 MB.
    grain = Image.effect_noise(A4_300, 20)
    noisy = ImageChops.add(images.a4_colour_page(), Image.merge("RGB", [grain] * 3), offset=-128)
    plain = io.BytesIO()
    noisy.save(plain, "JPEG", quality=80, optimize=True)
    assert len(plain.getvalue()) > 2_500_000
    page = page_from_image(noisy, 300)
    assert page.mime == "image/jpeg"
    assert len(page.data) <= 1_000_000
    assert _mean_difference(decoded(page), noisy) < 1.5  # still the page


# --- normalising --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("orientation", "red_corner"),
    [(1, (0, 0)), (3, (299, 199)), (6, (199, 0)), (8, (0, 299))],
)
def test_exif_orientation_is_applied(orientation: int, red_corner: tuple[int, int]) -> None:
    page = one(images.jpeg_with_orientation(images.marked_image((300, 200)), orientation))
    upright = decoded(page)
    assert upright.size == ((300, 200) if orientation in (1, 3) else (200, 300))
    red, green, blue = upright.getpixel(red_corner)  # type: ignore[misc]
    assert red > 180 and green < 80 and blue < 80


@pytest.mark.parametrize(
    ("dpi", "stored"),
    [((200, 200), 200), ((600, 600), 600), (None, 300), ((72, 72), 300), ((1, 1), 300)],
)
def test_the_dpi_is_kept_or_300_when_unknown(dpi: tuple[int, int] | None, stored: int) -> None:
    options = {"dpi": dpi} if dpi else {}
    assert one(images.encode(images.small_page(), "PNG", **options)).dpi == stored


def test_a_grey_scan_is_stored_grey() -> None:
    page = one(images.encode(images.small_page().convert("L"), "PNG"))
    assert page.mime == "image/jpeg"
    assert decoded(page).mode == "L"


def test_a_black_and_white_page_is_stored_as_a_much_smaller_png() -> None:
    text = images.a4_colour_page().convert("L").point(lambda v: 255 if v > 140 else 0).convert("1")
    page = one(images.encode(text, "TIFF", compression="group4", dpi=(300, 300)))
    assert page.mime == "image/png"
    stored = decoded(page)
    assert stored.mode == "1"
    assert (
        ImageChops.difference(stored.convert("L"), text.convert("L")).getbbox() is None
    )  # lossless
    as_jpeg = io.BytesIO()
    text.convert("L").save(as_jpeg, "JPEG", quality=80, optimize=True)
    assert len(page.data) < len(as_jpeg.getvalue()) / 2


def test_a_page_of_a_few_flat_colours_is_stored_as_png() -> None:
    image = Image.new("RGB", (800, 1000), "white")
    image.paste((200, 30, 30), (100, 100, 300, 300))
    image.paste((30, 30, 200), (400, 500, 700, 900))
    page = one(images.encode(image, "PNG"))
    assert page.mime == "image/png"
    assert ImageChops.difference(decoded(page).convert("RGB"), image).getbbox() is None


def test_transparency_is_flattened_onto_white() -> None:
    image = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (0, 0, 100, 100))
    stored = decoded(one(images.encode(image, "PNG"))).convert("RGB")
    assert stored.getpixel((150, 50)) == (255, 255, 255)
    assert stored.getpixel((50, 50)) == (0, 0, 0)


def test_a_16_bit_grey_scan_is_scaled_not_clipped() -> None:
    # A ramp from 0 to 65535 across 256 columns: column x holds 256 * x.
    ramp = Image.linear_gradient("L").rotate(90).resize((256, 64))
    image = ramp.point(lambda v: v * 256, "I").convert("I;16")
    stored = decoded(one(images.encode(image, "PNG")))
    assert stored.mode == "L"
    for x in (40, 128, 200):
        expected = ramp.getpixel((x, 32))
        assert abs(stored.getpixel((x, 32)) - expected) <= 3  # type: ignore[operator]
    assert stored.getpixel((128, 32)) < 200  # type: ignore[operator]  # clipping gives 255


def test_cmyk_is_converted_to_rgb() -> None:
    image = images.small_page().convert("CMYK")
    assert decoded(one(images.encode(image, "JPEG"))).mode == "RGB"


# --- TIFF and PDF -------------------------------------------------------------------------


def test_every_page_of_a_multipage_tiff_is_imported_in_order() -> None:
    result = read_pages(images.multipage_tiff([(300, 400), (400, 300), (200, 250)]))
    assert [(page.width, page.height, page.dpi) for page in result] == [
        (300, 400, 200),
        (400, 300, 200),
        (200, 250, 200),
    ]


def test_a_scanned_pdf_gives_its_pages_at_the_resolution_they_were_scanned() -> None:
    sheets = [images.small_page((1654, 2339), seed=seed) for seed in (1, 2)]  # A4 at 200 dpi
    result = read_pages(images.scanned_pdf(sheets, resolution=200))
    assert [(page.width, page.height, page.dpi) for page in result] == [(1654, 2339, 200)] * 2
    for page, sheet in zip(result, sheets, strict=True):
        assert _mean_difference(decoded(page), sheet) < 1.5  # the right page, at its resolution
    assert _mean_difference(decoded(result[0]), sheets[1]) > 5


def test_a_black_and_white_scanned_pdf_stays_black_and_white() -> None:
    sheet = images.small_page((1654, 2339)).convert("L").point(lambda v: 255 if v > 140 else 0)
    page = one(images.scanned_pdf([sheet.convert("1")], resolution=200))
    assert page.mime == "image/png"
    assert decoded(page).mode == "1"


def test_a_pdf_made_on_a_computer_is_refused() -> None:
    with pytest.raises(NotAScan, match="scan the paper document instead"):
        read_pages(images.text_pdf())


def test_a_letter_with_a_logo_is_still_not_a_scan() -> None:
    with pytest.raises(NotAScan):
        read_pages(images.letter_with_logo_pdf())


def test_one_typed_page_refuses_the_whole_pdf() -> None:
    scan = (b"q 595 0 0 842 0 0 cm /Im Do Q", {"Im": images.image_object(83, 117)})
    typed = (b"BT /F1 14 Tf 72 760 Td (Typed) Tj ET", {})
    assert len(read_pages(images.pdf_document([scan, scan]))) == 2
    with pytest.raises(NotAScan):
        read_pages(images.pdf_document([scan, typed]))


def test_a_pdf_image_over_the_pixel_limit_is_refused_before_drawing() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(ImageTooLarge):
            read_pages(images.pdf_with_huge_image())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000


def test_a_pdf_cut_short_is_unreadable() -> None:
    whole = images.scanned_pdf([images.small_page()])
    with pytest.raises(UnreadableImage):
        read_pages(whole[: len(whole) // 2])
    with pytest.raises(UnreadableImage):
        read_pages(whole[:-200])  # all but the end: PDFium alone might repair this


def test_a_password_protected_pdf_is_refused_clearly() -> None:
    pytest.importorskip("pypdfium2")
    with pytest.raises(PasswordProtected, match="password"):
        read_pages(_encrypted_pdf())


def _encrypted_pdf() -> bytes:
    """A PDF with a standard security handler entry whose password nobody knows."""
    plain = images.text_pdf()
    # RC4 40-bit, user password unknown: the /O and /U strings are arbitrary bytes.
    encrypt = (
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 "
        b"/O <" + b"41" * 32 + b"> /U <" + b"42" * 32 + b"> >>"
    )
    head, _, rest = plain.partition(b"trailer\n<<")
    return (
        head
        + b"trailer\n<< /Encrypt "
        + encrypt
        + b" /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"
        + rest
    )


# --- refusals -----------------------------------------------------------------------------


def test_a_zero_byte_file_is_refused() -> None:
    with pytest.raises(EmptyFile, match="empty"):
        read_pages(b"")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 40,
        b"\xff\xd8\xff\xe0" + b"\x13" * 500,
        b"II*\x00" + b"\xff" * 100,
    ],
    ids=["png", "jpeg", "tiff"],
)
def test_a_corrupt_image_is_refused(data: bytes) -> None:
    with pytest.raises(UnreadableImage):
        read_pages(data)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF"])
def test_a_truncated_image_is_refused(fmt: str) -> None:
    whole = images.encode(images.small_page(), fmt)
    with pytest.raises(UnreadableImage):
        read_pages(whole[: len(whole) * 2 // 3])


@pytest.mark.parametrize(
    "data",
    [
        b"GIF89a" + b"\x00" * 100,
        b"Dear office, please disclose my data.",
        b"PK\x03\x04" + b"\x00" * 100,
    ],
    ids=["gif", "text", "zip"],
)
def test_an_unknown_format_is_refused(data: bytes) -> None:
    with pytest.raises(UnsupportedFormat, match="PNG, JPEG, TIFF or PDF"):
        read_pages(data)


def test_bmp_is_taken_from_a_scanner_but_not_from_a_file() -> None:
    bmp = images.encode(images.small_page(), "BMP")
    with pytest.raises(UnsupportedFormat):
        read_pages(bmp)
    assert len(read_pages(bmp, formats=pages.SCANNER_FORMATS, dpi=150)) == 1


def test_a_20000_by_20000_image_is_refused_before_it_is_decoded() -> None:
    huge = images.huge_png(20_000, 20_000)  # a real, valid PNG: 400 megapixels
    tracemalloc.start()
    try:
        with pytest.raises(ImageTooLarge, match="too large"):
            read_pages(huge)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # decoding it would take 50 MB (1 bit) to 1.2 GB (RGB)


def test_a_jpeg_claiming_20000_by_20000_is_refused_from_its_header() -> None:
    with pytest.raises(ImageTooLarge):
        read_pages(images.jpeg_claiming_size(20_000, 20_000))


def test_an_image_just_over_the_limit_is_refused_with_or_without_pillows_warning() -> None:
    data = images.png_header_only(12_000, 10_000)  # 120 megapixels: Pillow only warns
    with pytest.raises(ImageTooLarge):
        read_pages(data)  # the test run turns warnings into errors
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # as in the running program
        with pytest.raises(ImageTooLarge):
            read_pages(data)


def test_too_many_pages_are_refused() -> None:
    frames = [Image.new("L", (8, 8), 200)] * (pages.MAX_PAGES + 1)
    tiff = images.encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(TooManyPages):
        read_pages(tiff)
    scan = (b"q 595 0 0 842 0 0 cm /Im Do Q", {"Im": images.image_object(8, 8)})
    with pytest.raises(TooManyPages):
        read_pages(images.pdf_document([scan] * (pages.MAX_PAGES + 1)))


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(images.encode(images.small_page(), "PNG"))
    assert len(read_file(path)) == 1
    monkeypatch.setattr(pages, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(Path, "read_bytes", _must_not_read)
    with pytest.raises(ImageTooLarge):
        read_file(path)


def _must_not_read(_self: Path) -> bytes:
    raise AssertionError("the file was read")


def test_every_refusal_is_one_plain_sentence_without_the_file_name() -> None:
    problems = [
        EmptyFile(),
        UnreadableImage(),
        UnsupportedFormat(),
        NotAScan(),
        ImageTooLarge(),
        TooManyPages(),
        PasswordProtected(),
    ]
    for problem in problems:
        assert isinstance(problem, ImageProblem)
        assert isinstance(problem, InvalidInput)  # the CLI exits 2; the UI shows the sentence
        message = str(problem)
        assert message[0].isupper()
        assert message.endswith("Nothing was saved.")
        assert "\n" not in message


def test_a_page_never_prints_its_bytes() -> None:
    page = one(images.encode(images.small_page(), "PNG"))
    assert repr(page).startswith("Page(image/jpeg, 400x560 px, 300 dpi, ")
    assert len(repr(page)) < 80
