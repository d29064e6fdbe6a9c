"""The Identity tab of a case: copies on file, what staff re-key, and the checklist."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from privacy_desk.domain.identity_documents import DocumentType, Holder, RekeyField
from privacy_desk.domain.status import CaseStatus
from privacy_desk.scanning.synthetic import synthetic_page
from privacy_desk.services import cases, documents
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import AuditEntry
from privacy_desk.ui.pages.case_detail_page import CaseDetailPage
from privacy_desk.ui.widgets import identity_panel
from privacy_desk.ui.widgets.identity_panel import IdentityPanel, KindDialog
from tests.helpers.cases import log_case
from tests.helpers.documents import add_licence
from tests.ui.conftest import Messages


def _page(qtbot: QtBot, desk: DeskContext, reference: str) -> CaseDetailPage:
    page = CaseDetailPage(desk, reference)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.identity)
    return page


def _scan_file(folder: Path, name: str = "scan.png", seed: int = 3) -> Path:
    path = folder / name
    synthetic_page((620, 877), seed=seed).save(path, dpi=(75, 75))
    return path


def _choose(monkeypatch: pytest.MonkeyPatch, kind: DocumentType, holder: Holder) -> None:
    def choosing_exec(self: KindDialog) -> int:
        self.kind_box.set_document_type(kind)
        self.holder_box.setCurrentIndex(self.holder_box.findData(holder.value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(KindDialog, "exec", choosing_exec)


def _thumbnail_views(desk: DeskContext) -> int:
    with desk.db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "document.view")
            )
            or 0
        )


def test_a_case_without_copies_says_what_is_missing(qtbot: QtBot, desk: DeskContext) -> None:
    ref = log_case(desk)
    page = _page(qtbot, desk, ref)
    panel = page.identity
    assert panel.verdict.text() == "Identity is not yet confirmed."
    assert "Still missing" in panel.findings.text()
    assert "identity document of the principal" in panel.findings.text()
    assert panel.list.count() == 0 and not panel.view_button.isEnabled()
    assert panel.ask_button.isVisible()


def test_files_imported_become_one_document_and_rekeying_confirms_identity(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = log_case(desk, received_on=date(2026, 11, 9))
    page = _page(qtbot, desk, ref)
    panel = page.identity
    _choose(monkeypatch, DocumentType.DRIVERS_LICENSE, Holder.PRINCIPAL)
    panel.import_files([_scan_file(tmp_path, "front.png", 3), _scan_file(tmp_path, "back.png", 4)])
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Driver's license (Principal) · 2 page(s)")
    assert panel.thumbnails.count() == 2
    assert "Added Driver's license with 2 page(s)." in panel.status_label.text()

    form = panel.form
    assert form.isEnabled() and not form.save_button.isEnabled()
    assert not form.form.isRowVisible(form.seal_box)  # not a power of attorney
    form.name_edit.setText("試験 花子")  # typed off the licence
    form.birth_edit.setDate(date(1980, 4, 1))
    form.address_edit.setText("京都府向日市寺戸町試験1丁目2番")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert panel.verdict.text().startswith("✓")
    stored = documents.list_documents(desk, ref)[0]
    assert stored.rekeyed.name == "試験 花子" and stored.rekeyed.birth_date == date(1980, 4, 1)
    # the status bar's "identity verified" now goes through
    assert cases.move_status(desk, ref, CaseStatus.VERIFIED).status is CaseStatus.VERIFIED
    # reloading the page does not fetch (and audit) the thumbnails again
    views = _thumbnail_views(desk)
    page.reload()
    assert _thumbnail_views(desk) == views == 1


def test_a_name_that_differs_asks_why(qtbot: QtBot, desk: DeskContext) -> None:
    ref = log_case(desk)
    licence = add_licence(desk, ref)
    documents.update_document(desk, licence.id, {"rekeyed_name": "試験 華子"})
    page = _page(qtbot, desk, ref)
    panel = page.identity
    form = panel.form
    explain = form.explain_edits[RekeyField.NAME]
    assert form.form.isRowVisible(explain)
    assert not form.form.isRowVisible(form.explain_edits[RekeyField.ADDRESS])
    assert "To do here:" in panel.findings.text()
    explain.setText("旧字体の表記")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert panel.verdict.text().startswith("✓")


def test_asking_for_missing_documents_pauses_the_case(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    ref = log_case(desk)
    page = _page(qtbot, desk, ref)
    shown.confirm_answer = False
    qtbot.mouseClick(page.identity.ask_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(desk, ref).status is CaseStatus.RECEIVED
    shown.confirm_answer = True
    qtbot.mouseClick(page.identity.ask_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(desk, ref).status is CaseStatus.AWAITING_DOCUMENTS
    assert "Awaiting documents" in page.title.text()
    assert not page.identity.ask_button.isVisible()


def test_files_dropped_on_the_panel_are_imported(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = log_case(desk)
    page = _page(qtbot, desk, ref)
    panel = page.identity
    _choose(monkeypatch, DocumentType.PASSPORT, Holder.PRINCIPAL)
    data = QMimeData()
    data.setUrls(
        [
            QUrl.fromLocalFile(str(_scan_file(tmp_path))),
            QUrl.fromLocalFile(str(tmp_path / "notes.txt")),  # not a scan: ignored
        ]
    )
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    (added,) = documents.list_documents(desk, ref)
    assert added.doc_type is DocumentType.PASSPORT and added.page_count == 1


def test_a_file_that_is_not_a_scan_is_refused_and_nothing_is_stored(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = log_case(desk)
    page = _page(qtbot, desk, ref)
    panel = page.identity
    _choose(monkeypatch, DocumentType.PASSPORT, Holder.PRINCIPAL)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    panel.import_files([_scan_file(tmp_path), empty])
    assert documents.list_documents(desk, ref) == []
    assert panel.status_label.isVisible() and "Nothing was saved" in panel.status_label.text()


def test_a_copy_is_removed_with_a_reason(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = log_case(desk)
    add_licence(desk, ref)
    page = _page(qtbot, desk, ref)
    panel = page.identity
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    panel.remove_button.click()
    assert panel.list.count() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("誤って読み取り", True))
    panel.remove_button.click()
    assert panel.list.count() == 0 and documents.list_documents(desk, ref) == []


def test_a_replied_case_takes_no_new_copies(qtbot: QtBot, desk: DeskContext) -> None:
    ref = log_case(desk)
    panel = IdentityPanel(desk)
    qtbot.addWidget(panel)
    case = cases.get_case(desk, ref)
    case.status = CaseStatus.REPLIED  # as shown; the services refuse it too
    panel.set_case(case)
    assert not panel.scan_button.isEnabled()
    assert identity_panel.IMPORTABLE == (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf")


def test_the_viewer_opens_beside_the_form_and_its_changes_show_in_the_panel(
    qtbot: QtBot, desk: DeskContext
) -> None:
    from privacy_desk.ui.dialogs.document_viewer import DocumentViewer

    ref = log_case(desk)
    add_licence(desk, ref)
    page = _page(qtbot, desk, ref)
    panel = page.identity
    panel.view_button.click()
    viewer = panel.viewer
    assert isinstance(viewer, DocumentViewer) and viewer.isVisible()
    assert not viewer.isModal()  # the form stays usable while the copy is looked at
    views = _thumbnail_views(desk)
    viewer.rotate(1)
    assert documents.list_documents(desk, ref)[0].pages[0].rotation == 90
    assert _thumbnail_views(desk) > views  # the panel fetched the new thumbnails
    viewer.close()


def test_scan_or_import_opens_the_scan_dialog_and_its_documents_show(
    qtbot: QtBot, desk: DeskContext
) -> None:
    from privacy_desk.ui.dialogs.scan_dialog import ScanDialog

    ref = log_case(desk)
    page = _page(qtbot, desk, ref)
    panel = page.identity
    panel.scan_button.click()
    dialog = panel.findChild(ScanDialog)
    assert dialog is not None and dialog.isVisible()
    added = add_licence(desk, ref)  # as the dialog's scan would store it
    dialog.documentAdded.emit(added.id)
    assert panel.list.count() == 1 and panel.selected() is not None
    assert panel.selected().id == added.id
    dialog.reject()


def test_opening_a_case_reads_it_once_and_sizes_its_history_without_measuring_each_row(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacy_desk.ui.models.history_model import HistoryModel

    reference = log_case(desk)
    document_id = add_licence(desk, reference).id
    for _ in range(40):  # every look at the pages is in the history
        documents.thumbnails(desk, document_id)
    reads: list[str] = []
    real_load = cases.load_case

    def counted_load(session: object, wanted: str) -> object:
        reads.append(wanted)
        return real_load(session, wanted)  # type: ignore[arg-type]

    monkeypatch.setattr(cases, "load_case", counted_load)
    monkeypatch.setattr(documents, "load_case", counted_load)
    page = CaseDetailPage(desk, reference)
    qtbot.addWidget(page)
    assert reads == [reference]  # the identity tab shows the case as loaded
    assert page.identity.documents[0].id == document_id

    model = page.history_model
    assert model.rowCount() > 40
    head = page.history.horizontalHeader()
    metrics = page.history.fontMetrics()
    widest_time = max(
        metrics.horizontalAdvance(model.data(model.index(row, HistoryModel.COL_WHEN)))
        for row in range(model.rowCount())
    )
    assert head.sectionResizeMode(HistoryModel.COL_WHEN) != head.ResizeMode.ResizeToContents
    assert head.sectionSize(HistoryModel.COL_WHEN) > widest_time
    assert head.sectionSize(HistoryModel.COL_WHO) > metrics.horizontalAdvance(desk.actor)
