"""The WIA backend against a stand-in for the COM objects (tests/scanning/fake_wia.py).

The shared behaviour contract runs here as for SANE; then what is WIA's own:
HRESULTs direct or wrapped in DISP_E_EXCEPTION, the properties set, a device
without a feeder, the two ways a feeder says it is empty, and COM objects
released before COM is uninitialised.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from privacy_desk.scanning import wia_backend as wia
from privacy_desk.scanning.base import (
    ColourMode,
    CoverOpen,
    FeederUnavailable,
    NoDocument,
    PaperJam,
    ScanCancelled,
    Scanner,
    ScannerBusy,
    ScannerError,
    ScannerFailed,
    ScannerNotFound,
    ScanSettings,
    ScanSource,
)
from privacy_desk.scanning.wia_backend import WiaRuntime, WiaScanner, hresult_of, translate
from tests.scanning.contract import (
    FEEDER,
    FLATBED_COLOUR,
    Fault,
    Harness,
    Recorder,
    ScannerContract,
    never,
)
from tests.scanning.fake_wia import ComError, FakeScanner, signed

HRESULT = {
    Fault.JAM: wia.WIA_ERROR_PAPER_JAM,
    Fault.NO_DOCUMENT: wia.WIA_ERROR_PAPER_EMPTY,
    Fault.COVER_OPEN: wia.WIA_ERROR_COVER_OPEN,
    Fault.BUSY: wia.WIA_ERROR_BUSY,
}
SCANNER_ID = "{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0002"


class WiaHarness(Harness):
    feeder_pages = 3

    def __init__(self) -> None:
        self.fakes: list[FakeScanner] = []

    def scanner(self, *, fault: Fault | None = None, fault_on_page: int = 0) -> Scanner:
        fake = FakeScanner(
            feeder_sheets=self.feeder_pages,
            fault=HRESULT[fault] if fault else None,
            fault_on_page=fault_on_page,
        )
        self.fakes.append(fake)
        return WiaScanner(runtime=fake.runtime())


class TestWiaContract(ScannerContract):
    @pytest.fixture
    def harness(self) -> Harness:
        return WiaHarness()

    def test_com_objects_are_released_before_com_is_uninitialised(self, harness: Harness) -> None:
        assert isinstance(harness, WiaHarness)
        with pytest.raises(PaperJam):  # a COM error on the second sheet
            harness.scanner(fault=Fault.JAM, fault_on_page=1).scan(FEEDER, Recorder(), never)
        harness.scanner().scan(FLATBED_COLOUR, Recorder(), never)  # all well
        harness.feeder_pages = 0
        with pytest.raises(NoDocument):  # our own error, raised among the COM objects
            harness.scanner().scan(FEEDER, Recorder(), never)
        with pytest.raises(ScanCancelled):  # cancelled between sheets
            harness.scanner().scan(FLATBED_COLOUR, Recorder(), lambda: True)
        assert [fake.apartments for fake in harness.fakes] == [1, 1, 1, 1]
        assert [fake.alive_at_uninitialize for fake in harness.fakes] == [[0], [0], [0], [0]]
        assert all(fake.connected for fake in harness.fakes)  # a device was connected each time


@pytest.mark.parametrize("through_dispatch", [True, False], ids=["disp-exception", "direct"])
@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (wia.WIA_ERROR_PAPER_JAM, PaperJam),
        (wia.WIA_ERROR_PAPER_EMPTY, NoDocument),
        (wia.WIA_ERROR_COVER_OPEN, CoverOpen),
        (wia.WIA_ERROR_BUSY, ScannerBusy),
        (wia.WIA_ERROR_DEVICE_LOCKED, ScannerBusy),
        (wia.WIA_ERROR_WARMING_UP, ScannerBusy),
        (wia.WIA_ERROR_MULTI_FEED, PaperJam),
        (wia.WIA_ERROR_OFFLINE, ScannerNotFound),
        (wia.WIA_S_NO_DEVICE_AVAILABLE, ScannerNotFound),
        (wia.E_ABORT, ScanCancelled),
        (wia.WIA_ERROR_LAMP_OFF, ScannerFailed),
        (wia.WIA_ERROR_GENERAL_ERROR, ScannerFailed),
    ],
)
def test_hresults_become_the_right_error(
    code: int, expected: type[ScannerError], through_dispatch: bool
) -> None:
    error = ComError.wia(code, through_dispatch=through_dispatch)
    assert hresult_of(error) == code
    translated = translate(error)
    assert type(translated) is expected
    assert str(translated).endswith("Nothing was saved.")


def test_a_com_error_with_only_args_is_understood() -> None:
    # Older pywin32 builds: no attributes, the four values in args only.
    bare = Exception(
        signed(wia.DISP_E_EXCEPTION),
        "Exception occurred.",
        (0, "", "", None, 0, signed(wia.WIA_ERROR_COVER_OPEN)),
        None,
    )
    assert hresult_of(bare) == wia.WIA_ERROR_COVER_OPEN
    assert hresult_of(Exception("no hresult")) is None
    assert type(translate(Exception("no hresult"))) is ScannerFailed


def test_faults_on_transfer_are_recognised_in_both_shapes() -> None:
    for through_dispatch in (True, False):
        fake = FakeScanner(fault=wia.WIA_ERROR_COVER_OPEN, through_dispatch=through_dispatch)
        with pytest.raises(CoverOpen):
            WiaScanner(runtime=fake.runtime()).scan(FLATBED_COLOUR, Recorder(), never)


def test_lists_scanners_only_with_their_names() -> None:
    fake = FakeScanner()
    devices = WiaScanner(runtime=fake.runtime()).list_devices()
    assert [(device.name, device.label) for device in devices] == [
        (SCANNER_ID, "Office MFP scanner")
    ]


def test_the_settings_are_set_on_the_device_and_item() -> None:
    fake = FakeScanner()
    settings = ScanSettings(ScanSource.FEEDER, ColourMode.GREY, 200)
    pages = WiaScanner(SCANNER_ID, runtime=fake.runtime()).scan(settings, Recorder(), never)
    assert len(pages) == 3
    assert (wia.WIA_DPS_DOCUMENT_HANDLING_SELECT, wia.FEEDER) in fake.assignments
    assert (wia.WIA_DPS_PAGES, 1) in fake.assignments
    assert (wia.WIA_IPS_CUR_INTENT, wia.WIA_INTENT_IMAGE_TYPE_GRAYSCALE) in fake.assignments
    assert (wia.WIA_IPS_XRES, 200) in fake.assignments
    assert (wia.WIA_IPS_YRES, 200) in fake.assignments
    assert {page.dpi for page in pages} == {200}


def test_the_flatbed_is_selected_for_a_flatbed_scan() -> None:
    fake = FakeScanner()
    WiaScanner(runtime=fake.runtime()).scan(FLATBED_COLOUR, Recorder(), never)
    assert (wia.WIA_DPS_DOCUMENT_HANDLING_SELECT, wia.FLATBED) in fake.assignments
    assert (wia.WIA_IPS_CUR_INTENT, wia.WIA_INTENT_IMAGE_TYPE_COLOR) in fake.assignments


def test_a_scanner_without_a_feeder_says_so() -> None:
    fake = FakeScanner(has_feeder=False)
    with pytest.raises(FeederUnavailable):
        WiaScanner(runtime=fake.runtime()).scan(FEEDER, Recorder(), never)


def test_an_empty_feeder_is_no_document() -> None:
    for reports_status in (True, False):
        fake = FakeScanner(feeder_sheets=0, reports_feed_status=reports_status)
        with pytest.raises(NoDocument):
            WiaScanner(runtime=fake.runtime()).scan(FEEDER, Recorder(), never)


def test_a_driver_without_feed_status_ends_at_paper_empty() -> None:
    fake = FakeScanner(feeder_sheets=4, reports_feed_status=False)
    pages = WiaScanner(runtime=fake.runtime()).scan(FEEDER, Recorder(), never)
    assert len(pages) == 4


def test_a_resolution_the_driver_refuses_is_a_clear_error() -> None:
    fake = FakeScanner(resolutions={100, 300})
    with pytest.raises(ScannerFailed, match="does not accept"):
        WiaScanner(runtime=fake.runtime()).scan(FLATBED_COLOUR, Recorder(), never)  # 150 dpi
    assert (
        len(WiaScanner(runtime=fake.runtime()).scan(ScanSettings(dpi=300), Recorder(), never)) == 1
    )


def test_an_unknown_device_id_is_not_found() -> None:
    with pytest.raises(ScannerNotFound):
        WiaScanner("{no-such-device}", runtime=FakeScanner().runtime()).scan(
            FLATBED_COLOUR, Recorder(), never
        )


def test_no_wia_service_is_scanner_not_found() -> None:
    def broken() -> Any:
        raise ComError(signed(0x80040154), "Class not registered", None, None)

    with pytest.raises(ScannerNotFound):
        WiaScanner(runtime=WiaRuntime(open_device_manager=broken, com_error=ComError)).scan(
            FLATBED_COLOUR, Recorder(), never
        )


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows pywin32 is there")
def test_without_pywin32_scanning_through_wia_is_refused_clearly() -> None:
    with pytest.raises(ScannerNotFound, match="WIA needs Windows"):
        WiaScanner().scan(FLATBED_COLOUR, Recorder(), never)
