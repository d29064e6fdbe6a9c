"""The behaviour every scanner backend promises, run against each one available.

A test module subclasses :class:`ScannerContract` and provides a ``harness``
fixture that makes scanners of its backend with a simulated feeder and
injected faults (SANE: the real ``test`` device; WIA: a stand-in for the COM
objects). The module name does not start with ``test_``: pytest collects the
tests through the subclasses only.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from enum import Enum

import pytest
from PIL import Image

from privacy_desk.scanning.base import (
    STEPS_PER_PAGE,
    ColourMode,
    CoverOpen,
    NoDocument,
    PaperJam,
    ScanCancelled,
    Scanner,
    ScannerBusy,
    ScannerError,
    ScanSettings,
    ScanSource,
)
from privacy_desk.scanning.pages import Page


class Fault(Enum):
    JAM = PaperJam
    NO_DOCUMENT = NoDocument
    COVER_OPEN = CoverOpen
    BUSY = ScannerBusy


class Harness(ABC):
    feeder_pages: int
    """How many sheets the simulated feeder holds."""

    @abstractmethod
    def scanner(self, *, fault: Fault | None = None, fault_on_page: int = 0) -> Scanner:
        """A scanner whose device fails with ``fault`` on page ``fault_on_page`` (from 0)."""


class Recorder:
    """A progress callback that keeps every call, and a Cancel that can be pressed by rule."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int | None]] = []
        self.cancel_at = cancel_at

    def __call__(self, done: int, total: int | None) -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self.cancel_at is not None and self.highest >= self.cancel_at

    @property
    def highest(self) -> int:
        return max((done for done, _total in self.calls), default=0)

    def assert_sane(self) -> None:
        dones = [done for done, _total in self.calls]
        assert dones == sorted(dones), "progress went backwards"
        assert len({total for _done, total in self.calls}) == 1, "the total changed mid-scan"


def never() -> bool:
    return False


def decoded(page: Page) -> Image.Image:
    image = Image.open(io.BytesIO(page.data))
    image.load()
    return image


FLATBED_COLOUR = ScanSettings(ScanSource.FLATBED, ColourMode.COLOUR, 150)
FLATBED_GREY = ScanSettings(ScanSource.FLATBED, ColourMode.GREY, 100)
FEEDER = ScanSettings(ScanSource.FEEDER, ColourMode.GREY, 75)


class ScannerContract:
    @pytest.fixture
    def harness(self) -> Harness:
        raise NotImplementedError("each backend's test module provides its harness")

    def test_lists_at_least_one_device_with_a_name_and_a_label(self, harness: Harness) -> None:
        devices = harness.scanner().list_devices()
        assert devices
        assert all(device.name and device.label for device in devices)

    def test_flatbed_colour_scan_gives_one_colour_page_at_the_dpi_asked(
        self, harness: Harness
    ) -> None:
        progress = Recorder()
        pages = harness.scanner().scan(FLATBED_COLOUR, progress, never)
        assert len(pages) == 1
        page = pages[0]
        assert page.mime == "image/jpeg"
        assert page.dpi == 150
        image = decoded(page)
        assert image.mode == "RGB"
        assert image.size == (page.width, page.height)
        # More than one colour came through (the device draws a pattern, not a blank).
        assert len(image.convert("RGB").getcolors(1 << 20) or []) > 2
        thumbnail = Image.open(io.BytesIO(page.thumbnail))
        assert max(thumbnail.size) <= 200
        progress.assert_sane()
        assert progress.calls[0] == (0, STEPS_PER_PAGE)
        assert progress.calls[-1] == (STEPS_PER_PAGE, STEPS_PER_PAGE)

    def test_grey_scan_gives_a_grey_page(self, harness: Harness) -> None:
        pages = harness.scanner().scan(FLATBED_GREY, Recorder(), never)
        assert [decoded(page).mode for page in pages] == ["L"]
        assert pages[0].dpi == 100

    def test_feeder_scans_every_sheet_in_one_go(self, harness: Harness) -> None:
        progress = Recorder()
        pages = harness.scanner().scan(FEEDER, progress, never)
        assert len(pages) == harness.feeder_pages
        assert {page.dpi for page in pages} == {75}
        progress.assert_sane()
        assert {total for _done, total in progress.calls} == {None}  # count unknown beforehand
        assert progress.highest == harness.feeder_pages * STEPS_PER_PAGE

    @pytest.mark.parametrize("fault", list(Fault), ids=lambda fault: fault.name.lower())
    def test_a_fault_is_one_clear_sentence_and_no_page(
        self, harness: Harness, fault: Fault
    ) -> None:
        with pytest.raises(ScannerError) as raised:
            harness.scanner(fault=fault).scan(FLATBED_COLOUR, Recorder(), never)
        assert type(raised.value) is fault.value
        message = str(raised.value)
        assert message.endswith("Nothing was saved.")
        assert message.count(". ") == 1  # one sentence of advice, one of reassurance

    def test_a_jam_midway_through_the_feeder_keeps_no_page(self, harness: Harness) -> None:
        progress = Recorder()
        with pytest.raises(PaperJam):
            harness.scanner(fault=Fault.JAM, fault_on_page=2).scan(FEEDER, progress, never)
        # Two sheets had been scanned when the third jammed: they are not returned either.
        assert progress.highest >= 2 * STEPS_PER_PAGE

    def test_cancel_during_a_feeder_scan_keeps_nothing(self, harness: Harness) -> None:
        progress = Recorder(cancel_at=STEPS_PER_PAGE)  # pressed once the first sheet is in
        with pytest.raises(ScanCancelled):
            harness.scanner().scan(FEEDER, progress, progress.cancelled)
        assert STEPS_PER_PAGE <= progress.highest < harness.feeder_pages * STEPS_PER_PAGE

    def test_a_second_scan_while_one_runs_is_refused_as_busy(self, harness: Harness) -> None:
        scanner = harness.scanner()
        refused: list[BaseException] = []

        def progress(done: int, total: int | None) -> None:
            if done == STEPS_PER_PAGE and not refused:
                try:
                    scanner.scan(FLATBED_COLOUR, lambda _d, _t: None, never)
                except ScannerError as error:
                    refused.append(error)

        pages = scanner.scan(FLATBED_COLOUR, progress, never)
        assert len(pages) == 1
        assert [type(error) for error in refused] == [ScannerBusy]

    def test_the_scanner_works_again_after_a_fault(self, harness: Harness) -> None:
        with pytest.raises(PaperJam):
            harness.scanner(fault=Fault.JAM).scan(FLATBED_COLOUR, Recorder(), never)
        assert len(harness.scanner().scan(FLATBED_GREY, Recorder(), never)) == 1
