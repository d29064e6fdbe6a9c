"""The scanner interface every backend (SANE, WIA) implements, and its errors.

A scan runs off the GUI thread (``ui/tasks.py``); it reports progress through
a callback and polls ``cancelled()``; it never touches widgets. All or nothing:
a scan that fails or is cancelled on any page raises a :class:`ScannerError`
and returns no pages, so nothing is ever half-saved.

Progress is counted in hundredths of a page: ``progress(done, total)`` with
``done = 100 * pages finished + percent of the current page`` and ``total =
100 * pages expected``, or ``None`` for a document feeder, whose page count is
known only when it runs empty. The UI shows "page ``done // 100 + 1``".
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from PIL import Image

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.scanning.errors import (
    CoverOpen,
    FeederUnavailable,
    NoDocument,
    PaperJam,
    ScanCancelled,
    ScannerBusy,
    ScannerError,
    ScannerFailed,
    ScannerNotFound,
    TooManyScannedPages,
)
from privacy_desk.scanning.pages import MAX_PAGES, Page, page_from_image

__all__ = [
    "STEPS_PER_PAGE",
    "Cancelled",
    "ColourMode",
    "CoverOpen",
    "FeederUnavailable",
    "NoDocument",
    "PaperJam",
    "Progress",
    "ScanCancelled",
    "ScanJob",
    "ScanSettings",
    "ScanSource",
    "Scanner",
    "ScannerBusy",
    "ScannerDevice",
    "ScannerError",
    "ScannerFailed",
    "ScannerNotFound",
    "TooManyScannedPages",
    "exclusive_scanner",
]

STEPS_PER_PAGE: Final = 100
MIN_DPI: Final = 75
MAX_DPI: Final = 1200

Progress = Callable[[int, int | None], None]
"""``progress(done, total)`` in hundredths of a page; ``total`` is ``None`` for a feeder."""
Cancelled = Callable[[], bool]
"""True once the user pressed Cancel; polled by the backend as often as it can."""


class ScanSource(StrEnum):
    FLATBED = "flatbed"
    FEEDER = "feeder"


class ColourMode(StrEnum):
    COLOUR = "colour"
    GREY = "grey"


@dataclass(frozen=True)
class ScanSettings:
    """What to scan: from the glass or the feeder, in colour or grey, at what resolution."""

    source: ScanSource = ScanSource.FLATBED
    colour: ColourMode = ColourMode.COLOUR
    dpi: int = 300

    def __post_init__(self) -> None:
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The scan resolution must be between {minimum} and {maximum} dpi; "
                    "300 dpi suits identity documents.",
                ),
                minimum=MIN_DPI,
                maximum=MAX_DPI,
            )


@dataclass(frozen=True)
class ScannerDevice:
    """A scanner a backend can reach: ``name`` to pass back, ``label`` to show."""

    name: str
    label: str


class Scanner(ABC):
    """A scanner backend. Implementations must be usable from a worker thread."""

    @abstractmethod
    def list_devices(self) -> list[ScannerDevice]:
        """The scanners this backend can reach now (may take a few seconds)."""

    @abstractmethod
    def scan(self, settings: ScanSettings, progress: Progress, cancelled: Cancelled) -> list[Page]:
        """Scan one page from the glass, or every page in the feeder, in one go.

        Raises a :class:`ScannerError` (paper jam, no document, cover open,
        busy, cancelled, ...) and then returns nothing: no page of a failed
        scan is kept.
        """


class ScanJob:
    """Book-keeping shared by the backends: pages so far, progress, cancel, page limit."""

    def __init__(self, settings: ScanSettings, progress: Progress, cancelled: Cancelled) -> None:
        self.settings = settings
        self._progress = progress
        self._cancelled = cancelled
        self.pages: list[Page] = []
        self._last_reported: tuple[int, int | None] | None = None

    @property
    def feeder(self) -> bool:
        return self.settings.source is ScanSource.FEEDER

    @property
    def wants_more(self) -> bool:
        """Another page should be scanned: always from a feeder, once from the glass."""
        return self.feeder or not self.pages

    @property
    def total(self) -> int | None:
        return None if self.feeder else STEPS_PER_PAGE

    def is_cancelled(self) -> bool:
        return bool(self._cancelled())

    def check_cancelled(self) -> None:
        if self.is_cancelled():
            raise ScanCancelled

    def report(self, fraction: float = 0.0) -> None:
        """Report the current page as ``fraction`` done; repeats are not passed on."""
        percent = min(max(int(fraction * STEPS_PER_PAGE), 0), STEPS_PER_PAGE - 1)
        step = (len(self.pages) * STEPS_PER_PAGE + percent, self.total)
        if step != self._last_reported:
            self._last_reported = step
            self._progress(*step)

    def add(self, image: Image.Image, dpi: float | None) -> None:
        """Keep a scanned page (recompressed at once, so the raw scan can be freed)."""
        if len(self.pages) >= MAX_PAGES:
            raise TooManyScannedPages
        self.pages.append(page_from_image(image, dpi))
        self.report(0.0)

    def add_pages(self, pages: list[Page]) -> None:
        """Keep pages the backend decoded itself (WIA delivers files, not pixels)."""
        if len(self.pages) + len(pages) > MAX_PAGES:
            raise TooManyScannedPages
        self.pages.extend(pages)
        self.report(0.0)

    def finish(self) -> list[Page]:
        """The pages, after a last look at Cancel (a cancelled scan keeps nothing)."""
        self.check_cancelled()
        if not self.pages:
            raise NoDocument
        return list(self.pages)


_SCANNER_LOCK = threading.Lock()


@contextmanager
def exclusive_scanner() -> Iterator[None]:
    """Hold the one scanner of this process; a second scan at the same time is refused.

    SANE keeps global state, and a WIA device serves one transfer at a time.
    """
    if not _SCANNER_LOCK.acquire(blocking=False):
        raise ScannerBusy
    try:
        yield
    finally:
        _SCANNER_LOCK.release()
