"""Errors of scanning and image import: each is one plain sentence for the staff.

Image problems are :class:`~privacy_desk.errors.InvalidInput` (the file given
cannot be used); scanner problems are :class:`ScannerError`. Every message ends
by saying that nothing was saved, because nothing ever is when one is raised.
Messages never carry a file name or anything read from the image: a name like
``tanaka-passport.jpg`` is personal data.
"""

from __future__ import annotations

from typing import ClassVar

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, UserError


class ImageProblem(InvalidInput):
    """A file or scanned image that cannot be stored as a page."""

    default_message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Errors", "The image cannot be used. Nothing was saved."
    )

    def __init__(self, message: str | None = None, **values: object) -> None:
        super().__init__(message or self.default_message, **values)


class UnreadableImage(ImageProblem):
    """Damaged, truncated or not really the image it claims to be."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is damaged or incomplete and cannot be read as an image; "
        "scan the document again. Nothing was saved.",
    )


class EmptyFile(UnreadableImage):
    """A file of zero bytes."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors", "The file is empty (0 bytes); scan the document again. Nothing was saved."
    )


class UnsupportedFormat(UnreadableImage):
    """Not PNG, JPEG, TIFF or PDF."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not a PNG, JPEG, TIFF or PDF image; save the scan in one of "
        "these formats. Nothing was saved.",
    )


class NotAScan(UnreadableImage):
    """A PDF page that holds no scanned image (a born-digital document)."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF holds no scanned image on one of its pages (it was made on a computer); "
        "scan the paper document instead. Nothing was saved.",
    )


class ImageTooLarge(ImageProblem):
    """Too many pixels, or too many bytes, to be a scanned page."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The image is too large to be a scanned page; scan it again at 300 dpi. Nothing was saved.",
    )


class TooManyPages(ImageProblem):
    """More pages than one import may hold."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file has too many pages for one import; split it and import the parts. "
        "Nothing was saved.",
    )


class ScannerError(UserError):
    """The scanner could not deliver the pages; nothing of the scan was kept."""

    default_message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Errors", "The scanner reported a problem; scan again. Nothing was saved."
    )

    def __init__(self, message: str | None = None, **values: object) -> None:
        super().__init__(message or self.default_message, **values)


class PaperJam(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "The scanner reports a paper jam; clear it and scan again. Nothing was saved."
    )


class NoDocument(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The scanner found no paper; put the document in the feeder or on the glass "
        "and scan again. Nothing was saved.",
    )


class CoverOpen(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "The scanner's cover is open; close it and scan again. Nothing was saved."
    )


class ScannerBusy(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The scanner is busy with another scan or program; wait until it is free and "
        "scan again. Nothing was saved.",
    )


class ScanCancelled(ScannerError):
    default_message = QT_TRANSLATE_NOOP("Errors", "The scan was cancelled. Nothing was saved.")


class ScannerNotFound(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "No scanner was found; check that it is switched on and connected, then scan again. "
        "Nothing was saved.",
    )


class FeederUnavailable(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "This scanner has no document feeder; choose the flatbed (glass) instead. "
        "Nothing was saved.",
    )


class ScannerFailed(ScannerError):
    """Any other fault the scanner reported (I/O error, offline, refused settings)."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The scanner stopped with an error; check it, switch it off and on if needed, "
        "and scan again. Nothing was saved.",
    )


class TooManyScannedPages(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The feeder delivered more pages than one scan may hold (50); scan fewer pages "
        "in one go. Nothing was saved.",
    )
