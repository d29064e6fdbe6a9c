"""The SANE backend, for real, against SANE's ``test`` device (see conftest.py).

The test device scans real images (a colour pattern here), has a document
feeder that runs empty after 10 sheets, and makes ``sane_read`` return any
status asked for (option ``read-return-value``): that is how jams, an empty
feeder, an open cover and a busy device are simulated.
"""

from __future__ import annotations

import pytest

from privacy_desk.scanning import sane_backend
from privacy_desk.scanning.base import (
    STEPS_PER_PAGE,
    ColourMode,
    ScanCancelled,
    Scanner,
    ScannerFailed,
    ScannerNotFound,
    ScanSettings,
    ScanSource,
)
from privacy_desk.scanning.sane_backend import OptionValue, SaneDevice, SaneScanner
from tests.scanning.conftest import needs_sane
from tests.scanning.contract import Fault, Harness, Recorder, ScannerContract, decoded, never

pytestmark = needs_sane

STATUS = {
    Fault.JAM: "SANE_STATUS_JAMMED",
    Fault.NO_DOCUMENT: "SANE_STATUS_NO_DOCS",
    Fault.COVER_OPEN: "SANE_STATUS_COVER_OPEN",
    Fault.BUSY: "SANE_STATUS_DEVICE_BUSY",
}
PICTURE: dict[str, OptionValue] = {"test_picture": "Color pattern"}


class FaultOnPage(SaneScanner):
    """Sets the fault on the test device just before sheet ``page`` is started."""

    def __init__(self, device_name: str, fault: Fault, page: int) -> None:
        super().__init__(device_name, extra_options=PICTURE)
        self.fault = fault
        self.page = page

    def _before_page(self, device: SaneDevice, index: int) -> None:
        if index == self.page:
            device.set("read_return_value", STATUS[self.fault])


class SaneHarness(Harness):
    feeder_pages = 10  # the test device's feeder is "empty" after 10 scans

    def __init__(self, device_name: str) -> None:
        self.device_name = device_name

    def scanner(self, *, fault: Fault | None = None, fault_on_page: int = 0) -> Scanner:
        if fault is None:
            return SaneScanner(self.device_name, extra_options=PICTURE)
        if fault_on_page == 0:
            options = {**PICTURE, "read_return_value": STATUS[fault]}
            return SaneScanner(self.device_name, extra_options=options)
        return FaultOnPage(self.device_name, fault, fault_on_page)


class TestSaneContract(ScannerContract):
    @pytest.fixture
    def harness(self, sane_test_device: str) -> Harness:
        return SaneHarness(sane_test_device)


def test_lists_the_test_device(sane_test_device: str) -> None:
    devices = SaneScanner().list_devices()
    assert [device.name for device in devices] == [sane_test_device]
    assert devices[0].label == "Noname frontend-tester"


def test_without_a_name_the_first_device_is_used(sane_test_device: str) -> None:
    pages = SaneScanner().scan(ScanSettings(dpi=75), Recorder(), never)
    assert len(pages) == 1


def test_a_300_dpi_scan_covers_as_much_of_a4_as_the_device_reaches(
    sane_test_device: str,
) -> None:
    # The test device's bed is 200 × 200 mm: A4 is clipped to it (200 mm at 300 dpi = 2362 px).
    scanner = SaneScanner(sane_test_device, extra_options=PICTURE)
    pages = scanner.scan(
        ScanSettings(ScanSource.FLATBED, ColourMode.COLOUR, 300), never_progress, never
    )
    assert (pages[0].width, pages[0].height, pages[0].dpi) == (2362, 2362, 300)
    assert decoded(pages[0]).mode == "RGB"


def never_progress(_done: int, _total: int | None) -> None:
    return None


def test_cancel_in_the_middle_of_a_page_stops_the_read(sane_test_device: str) -> None:
    scanner = SaneScanner(sane_test_device, extra_options=PICTURE)
    progress = Recorder(cancel_at=10)  # 10 % of the first page
    with pytest.raises(ScanCancelled):
        scanner.scan(ScanSettings(dpi=300), progress, progress.cancelled)
    assert 10 <= progress.highest < STEPS_PER_PAGE  # stopped inside the page
    # SANE was cancelled cleanly: the device scans again at once.
    assert len(scanner.scan(ScanSettings(dpi=75), Recorder(), never)) == 1


def test_an_error_in_the_progress_callback_stops_the_scan_and_is_raised(
    sane_test_device: str,
) -> None:
    # python-sane would crash the process if the line callback raised into it.
    def progress(done: int, _total: int | None) -> None:
        if done >= 5:
            raise LookupError("a bug in the progress dialog")

    with pytest.raises(LookupError):
        SaneScanner(sane_test_device).scan(ScanSettings(dpi=150), progress, never)


def test_an_unknown_device_is_not_found(sane_test_device: str) -> None:
    with pytest.raises(ScannerNotFound):
        SaneScanner("test:7").scan(ScanSettings(dpi=75), Recorder(), never)


def test_no_device_at_all_is_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test device cannot be made to vanish (0 devices crashes libsane 1.1.1, and the
    # dll backend keeps a backend it once loaded), so SANE itself is stubbed here.
    class NoScanners:
        init = exit = staticmethod(lambda: None)
        get_devices = staticmethod(list)

    monkeypatch.setattr(sane_backend, "_load_sane", lambda: (NoScanners, OSError))
    assert SaneScanner().list_devices() == []
    with pytest.raises(ScannerNotFound):
        SaneScanner().scan(ScanSettings(dpi=75), Recorder(), never)


def test_a_setting_the_device_refuses_is_a_clear_error(sane_test_device: str) -> None:
    # three_pass is active in colour only: in grey the device refuses it.
    scanner = SaneScanner(sane_test_device, extra_options={"three_pass": True})
    grey = ScanSettings(colour=ColourMode.GREY, dpi=75)
    with pytest.raises(ScannerFailed, match="does not accept"):
        scanner.scan(grey, Recorder(), never)
    colour = ScanSettings(colour=ColourMode.COLOUR, dpi=75)
    assert len(scanner.scan(colour, Recorder(), never)) == 1
