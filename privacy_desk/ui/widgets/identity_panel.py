"""The case's identity documents and the checklist they add up to (policy §9.2).

Left: what the checklist says (missing, to do, worth knowing), the copies on
file, their thumbnails, and the ways to add one (scanner, scanner folder,
files, or files dropped onto the panel). Right: what staff record about the
selected copy. Every look at an image is audited by the services; the panel
loads thumbnails only for the copy selected.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.identity import IdentityChecklist
from privacy_desk.domain.identity_documents import DocumentType, Holder, RekeyField
from privacy_desk.domain.roles import Permission, may
from privacy_desk.domain.status import CLOSING_STATUSES, CaseStatus
from privacy_desk.errors import UserError
from privacy_desk.scanning.pages import Page, read_file
from privacy_desk.services import documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.documents import DocumentInfo
from privacy_desk.store.models import Case
from privacy_desk.ui import labels, messages, tasks
from privacy_desk.ui.labels import japanese_ui
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE
from privacy_desk.ui.widgets.document_form import DocumentForm
from privacy_desk.ui.widgets.document_type_box import DocumentTypeBox

THUMBNAIL_SIZE = QSize(96, 136)
IMPORTABLE = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf")
#: Checklist findings that a written reason can settle (domain/identity.py).
EXPLAINABLE = frozenset({"mismatch", "name_not_comparable"})


class KindDialog(QDialog):
    """Which kind of document, and whose, before dropped files are stored."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Document"))
        self.kind_box = DocumentTypeBox(self)
        self.holder_box = QComboBox(self)
        for holder in Holder:
            self.holder_box.addItem(labels.holder(holder), holder.value)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        files = QLabel(", ".join(names), self)
        files.setWordWrap(True)
        files.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Files:"), files)
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Whose:"), self.holder_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        holder = self.kind_box.document_type().usual_holder
        self.holder_box.setCurrentIndex(self.holder_box.findData(holder.value))

    def choice(self) -> tuple[DocumentType, Holder]:
        return self.kind_box.document_type(), Holder(self.holder_box.currentData())


class IdentityPanel(QWidget):
    """Shows and edits the identity documents of one case."""

    #: Something about the case changed here (documents, status): the page reloads.
    changed = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.documents: list[DocumentInfo] = []
        self.checklist: IdentityChecklist | None = None
        self.viewer: QDialog | None = None
        # thumbnails are fetched once per copy while the case is open (each fetch is audited)
        self._thumbnails: dict[int, list[bytes]] = {}
        self._select_next: int | None = None
        self.may_process = ctx.role is None or may(ctx.role, Permission.PROCESS_CASES)
        self.setAcceptDrops(self.may_process)

        self.verdict = QLabel(self)
        self.verdict.setStyleSheet("font-weight: 600;")
        self.findings = QLabel(self)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ask_button = QPushButton(self.tr("Ask for Missing Documents…"), self)
        self.ask_button.clicked.connect(self.ask_for_missing)

        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_pages())
        self.scan_button = QPushButton(self.tr("Scan or Import…"), self)
        self.scan_button.clicked.connect(self.scan)
        self.view_button = QPushButton(self.tr("View Pages…"), self)
        self.view_button.clicked.connect(self.view_pages)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.clicked.connect(self.remove_document)
        self.drop_note = QLabel(self.tr("Or drop scanned files here."), self)
        self.drop_note.setStyleSheet(NOTE_STYLE)
        self.thumbnails = QListWidget(self)
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.LeftToRight)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setIconSize(THUMBNAIL_SIZE)
        self.thumbnails.setFixedHeight(THUMBNAIL_SIZE.height() + 40)
        self.thumbnails.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.thumbnails.itemDoubleClicked.connect(lambda _item: self.view_pages())
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.form = DocumentForm(self)
        self.form.saveRequested.connect(self.save_document)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)

        buttons = QHBoxLayout()
        for button in (self.scan_button, self.view_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.verdict)
        self.findings_scroll = QScrollArea(self)
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.findings_scroll.setWidget(self.findings)
        left_layout.addWidget(self.findings_scroll, 3)
        left_layout.addWidget(self.ask_button, 0, Qt.AlignmentFlag.AlignLeft)
        title = QLabel(self.tr("Copies on file"), self)
        title.setStyleSheet("font-weight: 600;")
        left_layout.addSpacing(6)
        left_layout.addWidget(title)
        left_layout.addWidget(self.list, 2)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.drop_note)
        left_layout.addWidget(self.thumbnails)
        left_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------

    def set_case(self, case: Case) -> None:
        """Show ``case`` as loaded (with its documents): nothing is read again."""
        self.case = case
        self.reload(loaded=case)

    def reload(self, select_id: int | None = None, *, loaded: Case | None = None) -> None:
        if self.case is None:
            return
        current = self.selected()
        keep = select_id or self._select_next or (current.id if current else None)
        self._select_next = None
        try:
            if loaded is not None:
                self.documents, self.checklist = documents.overview_of(self.ctx, loaded)
            else:
                self.documents, self.checklist = documents.identity_overview(
                    self.ctx, self.case.reference
                )
        except UserError as error:
            messages.error(self, self.tr("Identity documents"), str(error))
            return
        self._show_checklist(self.checklist)
        self.list.blockSignals(True)
        self.list.clear()
        for document in self.documents:
            item = QListWidgetItem(self._describe(document))
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            if document.disposed:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((n for n, d in enumerate(self.documents) if d.id == keep), 0)
        self.list.setCurrentRow(row if self.documents else -1)
        self._selected(self.list.currentRow())

    def _describe(self, document: DocumentInfo) -> str:
        kind = labels.document_type(document.doc_type)
        whose = labels.holder(document.holder)
        if document.disposed:
            return (
                self.tr("%1 (%2) · destroyed %3")
                .replace("%1", kind)
                .replace("%2", whose)
                .replace("%3", (document.disposed_at or "")[:10])
            )
        pages = self.tr("%1 page(s)").replace("%1", str(document.page_count))
        return (
            self.tr("%1 (%2) · %3 · arrived %4")
            .replace("%1", kind)
            .replace("%2", whose)
            .replace("%3", pages)
            .replace("%4", document.received_on.isoformat())
        )

    def _show_checklist(self, checklist: IdentityChecklist) -> None:
        if checklist.verified:
            self.verdict.setText(self.tr("✓ Identity can be confirmed from these documents."))
            self.verdict.setStyleSheet("font-weight: 600; color: #1b6e2a;")
        else:
            self.verdict.setText(self.tr("Identity is not yet confirmed."))
            self.verdict.setStyleSheet("font-weight: 600; color: #8a5a00;")
        japanese = japanese_ui()
        sections = []
        if checklist.missing:
            items = [item.text_ja if japanese else item.text_en for item in checklist.missing]
            sections.append((self.tr("Still missing (the requester must send):"), items))
        if checklist.problems:
            sections.append(
                (
                    self.tr("To do here:"),
                    [f.message_ja if japanese else f.message for f in checklist.problems],
                )
            )
        if checklist.warnings:
            sections.append(
                (
                    self.tr("Worth knowing:"),
                    [f.message_ja if japanese else f.message for f in checklist.warnings],
                )
            )
        self.findings.setText(
            "".join(
                f"<p style='margin:4px 0'><b>{html.escape(title)}</b></p><ul style='margin:0'>"
                + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
                + "</ul>"
                for title, lines in sections
            )
        )
        self.findings_scroll.setVisible(bool(sections))
        can_ask = (
            bool(checklist.missing)
            and self.case is not None
            and self.case.status in (CaseStatus.RECEIVED, CaseStatus.VERIFIED)
        )
        self.ask_button.setVisible(self.may_process and can_ask)

    def selected(self) -> DocumentInfo | None:
        row = self.list.currentRow()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def _selected(self, _row: int) -> None:
        document = self.selected()
        self.form.set_document(document)
        self.form.set_differing(self._differing_fields(document))
        self.thumbnails.clear()
        if document is not None and not document.disposed:
            images = self._thumbnails.get(document.id)
            if images is None:
                try:
                    images = documents.thumbnails(self.ctx, document.id)
                except UserError as error:
                    self.show_status(str(error), ERROR_STYLE)
                    images = []
                self._thumbnails[document.id] = images
            for number, data in enumerate(images, start=1):
                pixmap = QPixmap()
                pixmap.loadFromData(data)
                self.thumbnails.addItem(QListWidgetItem(QIcon(pixmap), str(number)))
        self._update_buttons()

    def _differing_fields(self, document: DocumentInfo | None) -> frozenset[RekeyField]:
        if document is None or self.checklist is None:
            return frozenset()
        live = [d.id for d in self.documents if not d.disposed]
        index = live.index(document.id) if document.id in live else -1
        return frozenset(
            finding.field
            for finding in self.checklist.problems
            if finding.document == index
            and finding.field is not None
            and finding.code in EXPLAINABLE
        )

    def _update_buttons(self) -> None:
        document = self.selected()
        open_case = self.case is not None and not (
            self.case.status is CaseStatus.REPLIED or self.case.status in CLOSING_STATUSES
        )
        live = document is not None and not document.disposed
        self.scan_button.setEnabled(self.may_process and open_case)
        self.scan_button.setVisible(self.may_process)
        self.drop_note.setVisible(self.may_process and open_case)
        self.view_button.setEnabled(live)
        self.remove_button.setVisible(self.may_process)
        self.remove_button.setEnabled(live)
        self.form.setEnabled(self.may_process and live)

    def _emit_changed(self) -> None:
        if self.case is not None:
            self.changed.emit(self.case.reference)

    def show_status(self, text: str, style: str = NOTE_STYLE) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
        self.status_label.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------

    def save_document(self) -> None:
        document = self.selected()
        if document is None:
            return
        problem = self.form.problem()
        if problem:
            self.form.show_error(problem)
            return
        changes = self.form.changes()
        if not changes:
            return
        try:
            documents.update_document(self.ctx, document.id, changes)
        except UserError as error:
            self.form.show_error(str(error))
            return
        self._select_next = document.id
        self._emit_changed()  # the page reloads the case, and this panel with it

    def ask_for_missing(self) -> None:
        if self.case is None or self.checklist is None or not self.checklist.missing:
            return
        japanese = japanese_ui()
        lines = "\n".join(
            "• " + (item.text_ja if japanese else item.text_en) for item in self.checklist.missing
        )
        if not messages.confirm(
            self,
            self.tr("Ask for Missing Documents"),
            self.tr(
                "The case waits for these (the clock stops until they arrive):\n\n%1\n\n"
                "The deficiency letter lists them."
            ).replace("%1", lines),
        ):
            return
        try:
            documents.request_missing_documents(self.ctx, self.case.reference)
        except UserError as error:
            messages.error(self, self.tr("Ask for Missing Documents"), str(error))
            return
        self._emit_changed()

    def scan(self) -> None:
        if self.case is None:
            return
        from privacy_desk.ui.dialogs.scan_dialog import ScanDialog

        dialog = ScanDialog(self.ctx, self.case.reference, self)
        dialog.documentAdded.connect(self._document_added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _document_added(self, document_id: int) -> None:
        self._select_next = document_id
        self._emit_changed()

    def view_pages(self) -> None:
        document = self.selected()
        if document is None or document.disposed:
            return
        from privacy_desk.ui.dialogs.document_viewer import DocumentViewer

        viewer = DocumentViewer(self.ctx, document.id, self)
        viewer.changed.connect(lambda: self._pages_changed(document.id))
        viewer.finished.connect(viewer.deleteLater)
        self.viewer = viewer
        viewer.show()  # not modal: staff type what the copy shows while looking at it

    def _pages_changed(self, document_id: int) -> None:
        self._thumbnails.pop(document_id, None)
        self._select_next = document_id
        self._emit_changed()

    def remove_document(self) -> None:
        document = self.selected()
        if document is None or document.disposed:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove Document"),
            self.tr(
                "Remove %1 with its pages? Only for a copy that must not be kept (scanned by "
                "mistake, the back of a My Number card). Why:"
            ).replace("%1", labels.document_type(document.doc_type)),
        )
        if not ok:
            return
        try:
            documents.remove_document(self.ctx, document.id, reason)
        except UserError as error:
            messages.error(self, self.tr("Remove Document"), str(error))
            return
        self._thumbnails.pop(document.id, None)
        self._emit_changed()

    # -- files dropped onto the panel ------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_files(event.mimeData().urls()) and self.scan_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = self._dropped_files(event.mimeData().urls())
        if not files or not self.scan_button.isEnabled():
            return
        event.acceptProposedAction()
        self.import_files(files)

    @staticmethod
    def _dropped_files(urls: list) -> list[Path]:  # type: ignore[type-arg]
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in IMPORTABLE]

    def import_files(self, files: list[Path]) -> None:
        """Store ``files`` as one document (pages in order), after asking its kind."""
        if self.case is None:
            return
        dialog = KindDialog([f.name for f in files], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, holder = dialog.choice()
        reference, ctx = self.case.reference, self.ctx

        def work() -> DocumentInfo:
            pages: list[Page] = []
            for file in files:
                pages.extend(read_file(file))
            return documents.add_document(ctx, reference, kind, pages, holder=holder)

        self.show_status(self.tr("Reading the files…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        tasks.run_task(work, self._imported, self._import_failed)

    def _imported(self, document: DocumentInfo) -> None:
        self.unsetCursor()
        self.show_status(
            self.tr("Added %1 with %2 page(s).")
            .replace("%1", labels.document_type(document.doc_type))
            .replace("%2", str(document.page_count))
        )
        self._document_added(document.id)

    def _import_failed(self, error: BaseException) -> None:
        self.unsetCursor()
        if not isinstance(error, UserError):
            self.show_status("")
            raise error
        self.show_status(str(error), ERROR_STYLE)
