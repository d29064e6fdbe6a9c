"""The Scan dialog: scanning (SANE's real test device), the scanner folder, file import.

Real widgets and a real database. Scans run on real threads (``threads``
fixture) and the tests wait on signals; the folder and file tests run their
background work at once (the UI conftest's default). Every page is synthetic.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from privacy_desk import settings as S
from privacy_desk.domain.identity_documents import DocumentType, Holder
from privacy_desk.scanning.base import (
    Cancelled,
    Progress,
    Scanner,
    ScannerDevice,
    ScanSettings,
)
from privacy_desk.scanning.errors import EmptyFile, PaperJam, ScanCancelled, UnsupportedFormat
from privacy_desk.scanning.folder import NOT_IMPORTED
from privacy_desk.scanning.pages import Page, page_from_image
from privacy_desk.scanning.sane_backend import OptionValue, SaneDevice, SaneScanner
from privacy_desk.services import documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.documents import DocumentInfo
from privacy_desk.ui import messages, tasks
from privacy_desk.ui.dialogs.scan_dialog import ScanDialog
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE
from tests.helpers.cases import log_case
from tests.scanning import images
from tests.scanning.conftest import TEST_CONF, needs_sane
from tests.ui.conftest import Messages

PICTURE: dict[str, OptionValue] = {"test_picture": "Color pattern"}


# -- fixtures and helpers ------------------------------------------------------------------


@pytest.fixture
def reference(desk: DeskContext) -> str:
    return log_case(desk)


@pytest.fixture
def threads() -> Iterator[None]:
    """Background work on real threads (the UI conftest runs it at once otherwise)."""
    tasks.set_immediate(False)
    yield
    assert tasks.wait_for_all(30_000)


@pytest.fixture
def sane(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, desk: DeskContext) -> str:
    """SANE's test device switched on, and the settings pointing at it (150 dpi)."""
    config = tmp_path / "sane.d"
    config.mkdir()
    (config / "dll.conf").write_text("test\n")
    (config / "test.conf").write_text(TEST_CONF)
    monkeypatch.setenv("SANE_CONFIG_DIR", str(config))
    desk.settings.set(S.SCAN_SOURCE, S.SCAN_WITH_SANE)
    desk.settings.set(S.SCAN_DEVICE, "test:0")
    desk.settings.set(S.SCAN_DPI, 150)
    return "test:0"


@pytest.fixture
def scans(tmp_path: Path, desk: DeskContext) -> Path:
    """The scanner folder (the default source), empty."""
    folder = tmp_path / "scans"
    folder.mkdir()
    desk.settings.set(S.SCAN_FOLDER, str(folder))
    return folder


def open_dialog(
    qtbot: QtBot,
    desk: DeskContext,
    reference: str,
    scanner_factory: Callable[[], Scanner] | None = None,
) -> ScanDialog:
    dialog = ScanDialog(desk, reference, scanner_factory=scanner_factory)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(desk: DeskContext, reference: str) -> list[DocumentInfo]:
    return documents.list_documents(desk, reference)


def message(dialog: ScanDialog) -> str:
    return dialog.message_label.text() if dialog.message_label.isVisible() else ""


def result(dialog: ScanDialog) -> str:
    return dialog.result_label.text() if dialog.result_label.isVisible() else ""


def collect(dialog: ScanDialog) -> list[int]:
    added: list[int] = []
    dialog.documentAdded.connect(added.append)
    return added


class Gate:
    """Holds a scan before one sheet until the test opens it: a Cancel pressed meanwhile
    lands mid-scan for certain, however fast the test device is."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()


@pytest.fixture
def gate(threads: None) -> Iterator[Gate]:
    held = Gate()
    yield held
    held.opened.set()  # a failed test does not leave the scan waiting


class LateCancel(Scanner):
    """A backend whose last page was done just as Cancel was pressed: it returns its page."""

    def __init__(self, gate: Gate) -> None:
        self.gate = gate

    def list_devices(self) -> list[ScannerDevice]:
        return [ScannerDevice("late", "Late Canceller")]

    def scan(self, settings: ScanSettings, progress: Progress, cancelled: Cancelled) -> list[Page]:
        progress(0, 100)
        self.gate.reached.set()
        self.gate.opened.wait(20)
        return [page_from_image(images.small_page((120, 170)), settings.dpi)]


class GatedScanner(SaneScanner):
    def __init__(self, device_name: str, gate: Gate, before_sheet: int) -> None:
        super().__init__(device_name, extra_options=PICTURE)
        self.gate = gate
        self.before_sheet = before_sheet

    def _before_page(self, device: SaneDevice, index: int) -> None:
        if index == self.before_sheet:
            self.gate.reached.set()
            self.gate.opened.wait(20)


class JamOnSheet(SaneScanner):
    """The test device reports a paper jam when sheet ``sheet`` (from 0) is read."""

    def __init__(self, device_name: str, sheet: int) -> None:
        super().__init__(device_name, extra_options=PICTURE)
        self.sheet = sheet

    def _before_page(self, device: SaneDevice, index: int) -> None:
        if index == self.sheet:
            device.set("read_return_value", "SANE_STATUS_JAMMED")


def touch_later(path: Path, step: int) -> None:
    """Move the file's time on (a coarse file-system clock would hide a change)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + step * 1_000_000_000))


def jpeg(seed: int = 1) -> bytes:
    return images.encode(images.small_page((240, 336), seed=seed), "JPEG", quality=90)


# -- scanning with the real SANE test device ---------------------------------------------


@needs_sane
def test_the_feeder_scans_every_sheet_into_one_document(
    qtbot: QtBot, desk: DeskContext, reference: str, sane: str, threads: None
) -> None:
    dialog = open_dialog(qtbot, desk, reference)  # the scanner the settings name
    assert dialog.scan_button.text() == "Scan"
    dialog.kind_box.set_document_type(DocumentType.DRIVERS_LICENSE)
    dialog.feeder_button.click()
    dialog.grey_button.click()
    with qtbot.waitSignal(dialog.documentAdded, timeout=30_000) as added:
        dialog.scan_button.click()
        assert dialog.is_busy() and not dialog.scan_button.isEnabled()
    [document] = stored(desk, reference)
    assert added.args == [document.id]
    assert (document.doc_type, document.holder, document.source) == (
        DocumentType.DRIVERS_LICENSE,
        Holder.PRINCIPAL,
        "scanner",
    )
    assert document.page_count == 10  # the test device's feeder holds 10 sheets
    assert {page.dpi for page in document.pages} == {150}
    assert result(dialog) == "Scanned 10 pages as Driver's license."
    assert message(dialog) == ""
    assert not dialog.is_busy() and dialog.scan_button.isEnabled()
    assert not dialog.progress_bar.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.isVisible()  # open for the next document


@needs_sane
def test_a_jam_midway_through_the_feeder_is_said_and_nothing_is_stored(
    qtbot: QtBot, desk: DeskContext, reference: str, sane: str, threads: None
) -> None:
    dialog = open_dialog(qtbot, desk, reference, lambda: JamOnSheet(sane, sheet=2))
    added = collect(dialog)
    dialog.feeder_button.click()
    dialog.scan_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert message(dialog) == PaperJam.default_message
    assert dialog.message_label.styleSheet() == ERROR_STYLE
    assert stored(desk, reference) == []  # the two sheets read before the jam are not kept
    assert added == [] and result(dialog) == ""
    assert dialog.scan_button.isEnabled()


@needs_sane
def test_cancel_mid_scan_stores_nothing_and_the_next_scan_works(
    qtbot: QtBot, desk: DeskContext, reference: str, sane: str, gate: Gate
) -> None:
    dialog = open_dialog(qtbot, desk, reference, lambda: GatedScanner(sane, gate, 2))
    added = collect(dialog)
    dialog.kind_box.set_document_type(DocumentType.PASSPORT)
    dialog.feeder_button.click()
    dialog.scan_button.click()
    assert gate.reached.wait(20)  # two sheets are in, the third is next
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Scanning page 3…")
    assert dialog.progress_bar.maximum() == 0  # a feeder's page count is not known: busy bar
    assert dialog.progress_bar.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.kind_box.isEnabled() and not dialog.import_button.isEnabled()

    dialog.cancel_button.click()
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert message(dialog) == ScanCancelled.default_message
    assert dialog.message_label.styleSheet() == NOTE_STYLE
    assert stored(desk, reference) == [] and added == []
    assert dialog.isVisible()  # Cancel stops the scan, not the dialog

    # The next document: the kind chosen is still there; the glass gives one page.
    assert dialog.kind_box.document_type() is DocumentType.PASSPORT
    dialog.flatbed_button.click()
    with qtbot.waitSignal(dialog.documentAdded, timeout=30_000):
        dialog.scan_button.click()
    [document] = stored(desk, reference)
    assert (document.doc_type, document.page_count) == (DocumentType.PASSPORT, 1)
    assert result(dialog) == "Scanned 1 page as Passport."
    assert message(dialog) == ""


@needs_sane
def test_closing_during_a_scan_cancels_it_and_closes_when_it_has_stopped(
    qtbot: QtBot, desk: DeskContext, reference: str, sane: str, gate: Gate
) -> None:
    dialog = open_dialog(qtbot, desk, reference, lambda: GatedScanner(sane, gate, 1))
    dialog.feeder_button.click()
    dialog.scan_button.click()
    assert gate.reached.wait(20)
    dialog.close_button.click()
    assert dialog.isVisible()  # not before the scanner has stopped
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert not dialog.is_busy()
    assert stored(desk, reference) == []


def test_pages_a_scanner_returns_after_cancel_are_not_stored(
    qtbot: QtBot, desk: DeskContext, reference: str, gate: Gate
) -> None:
    desk.settings.set(S.SCAN_SOURCE, S.SCAN_WITH_SANE)
    dialog = open_dialog(qtbot, desk, reference, lambda: LateCancel(gate))
    dialog.scan_button.click()
    assert gate.reached.wait(20)
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Scanning page 1…")
    assert dialog.progress_bar.maximum() == 100  # the glass: a page's progress is known
    dialog.cancel_button.click()
    assert dialog.status_label.text() == "Cancelling…"
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert message(dialog) == ScanCancelled.default_message
    assert stored(desk, reference) == []


@pytest.mark.skipif(sys.platform == "win32", reason="WIA is there on Windows")
def test_a_scanner_that_cannot_be_reached_is_one_sentence(
    qtbot: QtBot, desk: DeskContext, reference: str
) -> None:
    desk.settings.set(S.SCAN_SOURCE, S.SCAN_WITH_WIA)
    dialog = open_dialog(qtbot, desk, reference)
    dialog.scan_button.click()
    assert "Scanning through WIA needs Windows" in message(dialog)
    assert message(dialog).endswith("Nothing was saved.")
    assert dialog.message_label.styleSheet() == ERROR_STYLE
    assert stored(desk, reference) == []


# -- the scanner folder ---------------------------------------------------------------------


def test_a_file_written_in_parts_is_imported_once_complete_then_deleted(
    qtbot: QtBot, desk: DeskContext, reference: str, scans: Path
) -> None:
    dialog = open_dialog(qtbot, desk, reference)
    added = collect(dialog)
    assert dialog.scan_button.text() == "Wait for Scanner Folder"
    assert not dialog.feeder_button.isVisible()  # the printer has its own settings
    assert dialog.folder_label.text() == str(scans)
    dialog.kind_box.set_document_type(DocumentType.CERTIFICATE_OF_RESIDENCE)
    dialog.scan_button.click()
    assert dialog.is_waiting_for_folder() and dialog.poll_timer.isActive()
    assert dialog.poll_timer.interval() == 1000
    assert "scan-to-folder button" in dialog.status_label.text()
    assert dialog.cancel_button.isEnabled() and not dialog.kind_box.isEnabled()

    sheets = [images.small_page((240, 336), seed=1), images.small_page((336, 240), seed=2)]
    data = images.scanned_pdf(sheets, resolution=150)
    path = scans / "scan0001.pdf"
    path.write_bytes(data[: len(data) // 2])  # the printer is still writing
    touch_later(path, 1)
    dialog.poll_folder()
    dialog.poll_folder()  # unchanged, but it does not read: not finished
    assert stored(desk, reference) == [] and path.exists()
    assert dialog.is_waiting_for_folder() and message(dialog) == ""

    with path.open("ab") as file:
        file.write(data[len(data) // 2 :])
    touch_later(path, 2)
    dialog.poll_folder()  # it grew: wait one more look
    assert stored(desk, reference) == [] and path.exists()
    dialog.poll_folder()
    [document] = stored(desk, reference)
    assert (document.doc_type, document.source, document.page_count) == (
        DocumentType.CERTIFICATE_OF_RESIDENCE,
        "folder",
        2,
    )
    assert [(page.width, page.height) for page in document.pages] == [(240, 336), (336, 240)]
    assert not path.exists()  # deleted once stored
    assert added == [document.id]
    assert result(dialog) == "Scanned 2 pages as Certificate of residence."
    # Waiting stops: the next document's kind is chosen before its scan arrives.
    assert not dialog.is_waiting_for_folder() and not dialog.poll_timer.isActive()
    assert dialog.kind_box.isEnabled() and dialog.scan_button.isEnabled()


def test_the_folder_is_looked_at_by_a_timer(
    qtbot: QtBot, desk: DeskContext, reference: str, scans: Path
) -> None:
    dialog = open_dialog(qtbot, desk, reference)
    dialog.scan_button.click()
    dialog.poll_timer.setInterval(20)
    (scans / "scan0001.jpg").write_bytes(jpeg())
    with qtbot.waitSignal(dialog.documentAdded, timeout=5000):
        pass
    assert not (scans / "scan0001.jpg").exists()
    [document] = stored(desk, reference)
    assert document.page_count == 1


def test_a_corrupt_file_is_set_aside_with_its_reason_and_nothing_is_stored(
    qtbot: QtBot, desk: DeskContext, reference: str, scans: Path
) -> None:
    dialog = open_dialog(qtbot, desk, reference)
    added = collect(dialog)
    dialog.scan_button.click()
    (scans / "scan0002.jpg").write_bytes(b"this is a note, not a scan" * 40)
    dialog.poll_folder()
    dialog.poll_folder()
    moved = scans / NOT_IMPORTED / "scan0002.jpg"
    assert moved.exists() and not (scans / "scan0002.jpg").exists()
    text = message(dialog)
    assert text.startswith(UnsupportedFormat.default_message)
    assert "scan0002.jpg" in text and str(scans / NOT_IMPORTED) in text
    assert dialog.message_label.styleSheet() == ERROR_STYLE
    assert stored(desk, reference) == [] and added == []
    assert dialog.is_waiting_for_folder()  # for the scan made again

    dialog.cancel_button.click()  # stops waiting; the dialog stays
    assert not dialog.is_busy() and not dialog.poll_timer.isActive()
    assert message(dialog) == "Stopped waiting for the scanner folder."
    assert dialog.isVisible()
    (scans / "scan0003.jpg").write_bytes(jpeg())
    dialog.poll_folder()
    dialog.poll_folder()
    assert (scans / "scan0003.jpg").exists() and stored(desk, reference) == []


@pytest.mark.parametrize(
    ("folder", "said"),
    [("", "No scanner folder is set."), ("missing", "does not exist or cannot be reached")],
)
def test_a_scanner_folder_that_is_not_there_is_said(
    qtbot: QtBot, desk: DeskContext, reference: str, tmp_path: Path, folder: str, said: str
) -> None:
    path = str(tmp_path / folder) if folder else ""
    desk.settings.set(S.SCAN_FOLDER, path)
    dialog = open_dialog(qtbot, desk, reference)
    dialog.scan_button.click()
    assert said in message(dialog)
    assert path in message(dialog)
    assert dialog.message_label.styleSheet() == ERROR_STYLE
    assert not dialog.is_busy() and dialog.scan_button.isEnabled()


def test_files_already_in_the_folder_are_imported_only_when_the_user_agrees(
    qtbot: QtBot,
    desk: DeskContext,
    reference: str,
    scans: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer = [False]

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(messages, "confirm", confirm)
    (scans / "earlier.jpg").write_bytes(jpeg())
    dialog = open_dialog(qtbot, desk, reference)
    dialog.kind_box.set_document_type(DocumentType.PASSPORT)
    dialog.scan_button.click()
    assert f"Import it into case {reference} as Passport?" in asked[0]
    assert not dialog.is_busy()  # No: not waiting, the file left alone
    dialog.poll_folder()
    dialog.poll_folder()
    assert (scans / "earlier.jpg").exists() and stored(desk, reference) == []

    answer[0] = True
    dialog.scan_button.click()
    dialog.poll_folder()
    assert not (scans / "earlier.jpg").exists()
    assert [d.doc_type for d in stored(desk, reference)] == [DocumentType.PASSPORT]


# -- importing files ------------------------------------------------------------------------


def test_a_two_page_tiff_becomes_one_document_of_two_pages(
    qtbot: QtBot, desk: DeskContext, reference: str, shown: Messages, tmp_path: Path
) -> None:
    tiff = tmp_path / "licence.tif"
    tiff.write_bytes(images.multipage_tiff([(200, 280), (280, 200)]))
    dialog = open_dialog(qtbot, desk, reference)
    added = collect(dialog)
    dialog.kind_box.set_document_type(DocumentType.HEALTH_INSURANCE)
    shown.next_files = [tiff]
    dialog.import_button.click()
    [document] = stored(desk, reference)
    assert (document.doc_type, document.source, document.page_count) == (
        DocumentType.HEALTH_INSURANCE,
        "file",
        2,
    )
    assert [(page.width, page.height) for page in document.pages] == [(200, 280), (280, 200)]
    assert added == [document.id]
    assert result(dialog) == (
        "Imported 2 pages as Health insurance card or eligibility certificate."
    )
    assert tiff.exists()  # a file chosen by hand is the user's: not deleted


def test_several_files_become_one_document_with_the_pages_in_file_order(
    qtbot: QtBot, desk: DeskContext, reference: str, shown: Messages, tmp_path: Path
) -> None:
    front, back = tmp_path / "front.png", tmp_path / "back.tif"
    front.write_bytes(images.encode(images.small_page((150, 100)), "PNG"))
    back.write_bytes(images.multipage_tiff([(120, 170), (170, 120)]))
    dialog = open_dialog(qtbot, desk, reference)
    shown.next_files = [front, back]
    dialog.import_button.click()
    [document] = stored(desk, reference)
    assert [(p.position, p.width) for p in document.pages] == [(0, 150), (1, 120), (2, 170)]


def test_an_empty_file_is_one_sentence_and_nothing_is_stored(
    qtbot: QtBot, desk: DeskContext, reference: str, shown: Messages, tmp_path: Path
) -> None:
    good, empty = tmp_path / "good.jpg", tmp_path / "empty.jpg"
    good.write_bytes(jpeg())
    empty.write_bytes(b"")
    dialog = open_dialog(qtbot, desk, reference)
    added = collect(dialog)
    shown.next_files = [empty]
    dialog.import_button.click()
    assert message(dialog) == EmptyFile.default_message
    assert dialog.message_label.styleSheet() == ERROR_STYLE
    # With a good file before it: still nothing (one document, all or nothing), and
    # the sentence says which file.
    shown.next_files = [good, empty]
    dialog.import_button.click()
    assert message(dialog) == f"empty.jpg: {EmptyFile.default_message}"
    assert stored(desk, reference) == [] and added == [] and result(dialog) == ""
    assert not dialog.is_busy() and dialog.import_button.isEnabled()

    shown.next_files = []  # the chooser cancelled: nothing happens
    dialog.import_button.click()
    assert not dialog.is_busy() and stored(desk, reference) == []


def test_whose_follows_the_kind_and_both_are_kept_for_the_next_document(
    qtbot: QtBot, desk: DeskContext, reference: str, shown: Messages, tmp_path: Path
) -> None:
    scan = tmp_path / "card.jpg"
    scan.write_bytes(jpeg())
    dialog = open_dialog(qtbot, desk, reference)
    assert dialog.holder() is Holder.PRINCIPAL
    dialog.kind_box.set_document_type(DocumentType.PROFESSIONAL_QUALIFICATION)
    assert dialog.holder() is Holder.AGENT  # a lawyer's registration is the agent's
    shown.next_files = [scan]
    dialog.import_button.click()
    dialog.import_button.click()  # the next document: same kind and holder
    assert [(d.doc_type, d.holder) for d in stored(desk, reference)] == [
        (DocumentType.PROFESSIONAL_QUALIFICATION, Holder.AGENT)
    ] * 2

    dialog.kind_box.set_document_type(DocumentType.DRIVERS_LICENSE)
    assert dialog.holder() is Holder.PRINCIPAL
    dialog.holder_box.setCurrentIndex(dialog.holder_box.findData(Holder.AGENT.value))
    dialog.import_button.click()  # the agent's own licence
    assert stored(desk, reference)[-1].holder is Holder.AGENT
    assert dialog.holder() is Holder.AGENT
