"""Scanning identity documents into the open case, one document after another.

Where the scans come from is a setting (``scanning.source``): the office's
multifunction printer saving into a folder (the dialog waits for the file and
imports it), or a scanner attached to this computer through SANE or WIA (the
dialog scans, with progress and Cancel). Files already on the computer can be
imported in either case. A document is stored only when all its pages came
through, in one call; the dialog then stays open for the next document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import settings as S
from privacy_desk.domain.identity_documents import Holder
from privacy_desk.errors import UserError
from privacy_desk.scanning.base import (
    STEPS_PER_PAGE,
    ColourMode,
    ScanCancelled,
    ScanSettings,
    ScanSource,
)
from privacy_desk.scanning.folder import FolderWatcher
from privacy_desk.services.context import DeskContext
from privacy_desk.services.documents import DocumentInfo
from privacy_desk.ui import labels, messages, tasks
from privacy_desk.ui.scan_worker import (
    DocumentTarget,
    FileNotImported,
    FolderOutcome,
    ImportCancelled,
    ScannerFactory,
    ScanRun,
    files_waiting,
    import_files,
    import_from_folder,
    scan_document,
    scanner_from_settings,
)
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE
from privacy_desk.ui.widgets.document_type_box import DocumentTypeBox

#: How often the scanner folder is looked at while waiting.
POLL_INTERVAL_MS = 1000
#: The sentence saying a document was stored.
DONE_STYLE = "color: #1b5e20; font-weight: 600;"
FILE_FILTER = "(*.png *.jpg *.jpeg *.tif *.tiff *.pdf)"


class ScanDialog(QDialog):
    """Scan (or import) identity documents into case ``reference``.

    ``scanner_factory`` makes the scanner for the ``sane`` and ``wia`` sources
    (default: the one the settings name); the ``folder`` source does not use it.
    """

    #: A document was stored in the case (its id).
    documentAdded = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        ctx: DeskContext,
        reference: str,
        parent: QWidget | None = None,
        *,
        scanner_factory: ScannerFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.folder_mode = ctx.settings.get(S.SCAN_SOURCE) == S.SCAN_FROM_FOLDER
        self._make_scanner: ScannerFactory = scanner_factory or (
            lambda: scanner_from_settings(ctx.settings)
        )
        self._run: ScanRun | None = None  # the work under way, if any
        self._watcher: FolderWatcher | None = None  # while waiting for the folder
        self._target: DocumentTarget | None = None
        self._polling = False  # a look at the folder is under way
        self._close_when_idle = False
        self._files_chosen = 0
        self.setWindowTitle(self.tr("Scan Documents into Case %1").replace("%1", reference))

        self.intro_label = QLabel(self._intro())
        self.intro_label.setWordWrap(True)

        self.kind_box = DocumentTypeBox(self)
        self.holder_box = QComboBox(self)
        for holder in Holder:
            self.holder_box.addItem(labels.holder(holder), holder.value)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        form = QFormLayout()
        form.addRow(self.tr("Document:"), self.kind_box)
        form.addRow(self.tr("Whose:"), self.holder_box)

        self.flatbed_button = QRadioButton(self.tr("Glass (flatbed)"))
        self.feeder_button = QRadioButton(self.tr("Document feeder"))
        self.colour_button = QRadioButton(self.tr("Colour"))
        self.grey_button = QRadioButton(self.tr("Grey"))
        self.flatbed_button.setChecked(True)
        grey = ctx.settings.get(S.SCAN_COLOUR) == "grey"  # the office's choice to start with
        (self.grey_button if grey else self.colour_button).setChecked(True)
        self.source_group = QButtonGroup(self)
        self.colour_group = QButtonGroup(self)
        self.folder_label = QLabel()
        self.folder_label.setStyleSheet(NOTE_STYLE)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.folder_mode:
            folder = ctx.settings.get(S.SCAN_FOLDER)
            self.folder_label.setText(folder or self.tr("(none set)"))
            form.addRow(self.tr("Scanner folder:"), self.folder_label)
        else:
            form.addRow(self.tr("Source:"), self._pair(self.flatbed_button, self.feeder_button))
            form.addRow(self.tr("Colour:"), self._pair(self.colour_button, self.grey_button))
        for button in (self.flatbed_button, self.feeder_button):
            self.source_group.addButton(button)
        for button in (self.colour_button, self.grey_button):
            self.colour_group.addButton(button)

        self.status_label = QLabel()
        self.status_label.setStyleSheet(NOTE_STYLE)
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        for widget in (self.status_label, self.progress_bar, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the dialog does not jump when a scan starts
            widget.setSizePolicy(policy)

        self.result_label = QLabel()  # what was stored
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(DONE_STYLE)
        self.message_label = QLabel()  # what went wrong
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for a line of result and three of problem, so that neither squeezes the form.
        outcome = QWidget()
        outcome_layout = QVBoxLayout(outcome)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        outcome_layout.addWidget(self.result_label)
        outcome_layout.addWidget(self.message_label)
        outcome_layout.addStretch(1)
        outcome.setMinimumHeight(4 * self.fontMetrics().lineSpacing() + outcome_layout.spacing())

        self.scan_button = QPushButton(
            self.tr("Wait for Scanner Folder") if self.folder_mode else self.tr("Scan")
        )
        self.scan_button.setDefault(True)
        self.scan_button.clicked.connect(self.scan)
        self.import_button = QPushButton(self.tr("Import Files…"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.import_files)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        button_row = QHBoxLayout()
        button_row.addWidget(self.scan_button)
        button_row.addWidget(self.import_button)
        button_row.addStretch(1)
        button_row.addWidget(self.buttons)

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll_folder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(self.status_label)
        layout.addLayout(progress_row)
        layout.addSpacing(4)
        layout.addWidget(outcome, 1)
        layout.addLayout(button_row)

        self._show_idle()
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())

    def _intro(self) -> str:
        if self.folder_mode:
            return self.tr(
                "Choose what the document is, press Wait for Scanner Folder, then put the "
                "document on the printer and press its scan-to-folder button. The scan is "
                "saved in the case when it arrives, and removed from the folder."
            )
        return self.tr(
            "Choose what the document is, put it on the glass (or all its pages in the "
            "feeder) and press Scan. The document is saved in the case only when every "
            "page was scanned."
        )

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first)
        layout.addWidget(second)
        layout.addStretch(1)
        return row

    # -- what is being scanned ---------------------------------------------------------

    def _kind_changed(self) -> None:
        usual = self.kind_box.document_type().usual_holder
        self.holder_box.setCurrentIndex(self.holder_box.findData(usual.value))

    def holder(self) -> Holder:
        return Holder(self.holder_box.currentData())

    def _document_target(self) -> DocumentTarget:
        return DocumentTarget(
            self.ctx, self.reference, self.kind_box.document_type(), self.holder()
        )

    def scan_settings(self) -> ScanSettings:
        return ScanSettings(
            source=ScanSource.FEEDER if self.feeder_button.isChecked() else ScanSource.FLATBED,
            colour=ColourMode.GREY if self.grey_button.isChecked() else ColourMode.COLOUR,
            dpi=self.ctx.settings.get(S.SCAN_DPI),
        )

    # -- states ------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """A scan, an import or the wait for the folder is under way."""
        return self._run is not None

    def is_waiting_for_folder(self) -> bool:
        return self._watcher is not None

    def _start(self, status: str, *, busy_cursor: bool = True) -> ScanRun:
        run = ScanRun()
        self._run = run
        self.result_label.clear()
        self.result_label.hide()
        self.show_message("")
        for widget in self._inputs():
            widget.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status_label.setText(status)
        self.progress_bar.setRange(0, 0)  # busy until the first progress
        for widget in (self.status_label, self.progress_bar, self.cancel_button):
            widget.show()
        if busy_cursor:  # not while waiting for the printer: that may take minutes
            self.setCursor(Qt.CursorShape.BusyCursor)
        return run

    def _inputs(self) -> list[QWidget]:
        return [
            self.kind_box,
            self.holder_box,
            self.flatbed_button,
            self.feeder_button,
            self.colour_button,
            self.grey_button,
            self.scan_button,
            self.import_button,
        ]

    def _finish(self) -> None:
        """The work has ended (stored, failed or cancelled): ready for the next document."""
        self.poll_timer.stop()
        self._run = None
        self._watcher = None
        self._target = None
        self._polling = False
        self._show_idle()
        if self._close_when_idle:
            self._close_when_idle = False
            super().reject()

    def _show_idle(self) -> None:
        for widget in self._inputs():
            widget.setEnabled(True)
        self.cancel_button.setEnabled(False)
        for widget in (self.status_label, self.progress_bar, self.cancel_button):
            widget.hide()
        self.unsetCursor()

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        """A sentence under the progress: what went wrong (or a quiet note)."""
        self.message_label.setStyleSheet(style)  # first: the bold font decides the lines
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._fit_height()

    def _show_result(self, lines: list[str]) -> None:
        self.result_label.setText("\n".join(lines))
        self.result_label.setVisible(bool(lines))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) so that a long sentence does not squeeze the form."""
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalSizeHint().height()  # QFormLayout's height-for-width runs short
        if layout.hasHeightForWidth():
            needed = max(needed, layout.totalHeightForWidth(self.width()))
        if needed > self.height():
            self.resize(self.width(), needed)

    def _stored_line(self, info: DocumentInfo, scanned: bool) -> str:
        kind = labels.document_type(info.doc_type)
        if scanned:
            text = (
                self.tr("Scanned 1 page as %2.")
                if info.page_count == 1
                else self.tr("Scanned %1 pages as %2.")
            )
        else:
            text = (
                self.tr("Imported 1 page as %2.")
                if info.page_count == 1
                else self.tr("Imported %1 pages as %2.")
            )
        return text.replace("%1", str(info.page_count)).replace("%2", kind)

    # -- scanning ----------------------------------------------------------------------

    def scan(self) -> None:
        """The Scan button: scan now, or wait for the scanner folder."""
        if self.is_busy():
            return
        if self.folder_mode:
            self.wait_for_folder()
            return
        target = self._document_target()
        settings = self.scan_settings()
        make_scanner = self._make_scanner
        run = self._start(self.tr("Starting the scanner…"))
        run.progressed.connect(self._show_progress)
        run.storing.connect(self._show_storing)
        tasks.run_task(
            lambda: scan_document(run, make_scanner, settings, target),
            self._scanned,
            self._failed,
        )

    def _show_progress(self, done: int, total: int | None) -> None:
        if self._run is None or self._run.cancelled():
            return
        page = done // STEPS_PER_PAGE + 1
        if total is None:  # a feeder: how many pages is known when it runs empty
            self.progress_bar.setRange(0, 0)
        else:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            page = min(page, max(total // STEPS_PER_PAGE, 1))
        text = self.tr("Scanning page %1…").replace("%1", str(page))
        if self._files_chosen:
            text = self.tr("Reading the files… %1 pages so far.").replace("%1", str(page - 1))
        if self.status_label.text() != text:
            self.status_label.setText(text)

    def _show_storing(self, pages: int) -> None:
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(
            self.tr("Saving %1 pages in case %2…")
            .replace("%1", str(pages))
            .replace("%2", self.reference)
        )

    def _scanned(self, info: DocumentInfo) -> None:
        self._finish()
        self._show_result([self._stored_line(info, scanned=True)])
        self.documentAdded.emit(info.id)

    def _failed(self, error: BaseException) -> None:
        several = self._files_chosen > 1
        self._files_chosen = 0
        self._finish()
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, ScanCancelled):
            self.show_message(str(error), NOTE_STYLE)
        elif isinstance(error, ImportCancelled):
            self.show_message(self.tr("The import was cancelled. Nothing was saved."), NOTE_STYLE)
        elif isinstance(error, FileNotImported) and several:
            self.show_message(
                self.tr("%1: %2").replace("%1", error.file_name).replace("%2", str(error))
            )
        else:
            self.show_message(str(error))

    def cancel(self) -> None:
        """The Cancel button: stop the scan, the import or the wait (the dialog stays)."""
        run = self._run
        if run is None or run.cancelled():
            return
        run.cancel()
        self.cancel_button.setEnabled(False)
        if self.is_waiting_for_folder():
            if not self._polling:
                self._finish()
                self.show_message(self.tr("Stopped waiting for the scanner folder."), NOTE_STYLE)
            return
        self.status_label.setText(self.tr("Cancelling…"))

    # -- the scanner folder ------------------------------------------------------------

    def wait_for_folder(self) -> None:
        if self.is_busy():
            return
        folder = self._scanner_folder()
        if folder is None:
            return
        target = self._document_target()
        waiting = files_waiting(folder)
        if waiting:
            question = (
                self.tr(
                    "The scanner folder already holds a file scanned earlier. Import it into "
                    "case %2 as %3?\n\nChoose No if it may belong to another case, and move it "
                    "out of the folder first."
                )
                if waiting == 1
                else self.tr(
                    "The scanner folder already holds %1 files scanned earlier. Import each into "
                    "case %2 as %3?\n\nChoose No if they may belong to another case, and move "
                    "them out of the folder first."
                )
            )
            if not messages.confirm(
                self,
                self.tr("Wait for Scanner Folder"),
                question.replace("%1", str(waiting))
                .replace("%2", self.reference)
                .replace("%3", labels.document_type(target.doc_type)),
            ):
                return
        self._watcher = FolderWatcher(folder)
        self._target = target
        self._start(
            self.tr("Waiting for the scan: press the scan-to-folder button on the printer."),
            busy_cursor=False,
        )
        self.poll_timer.start()
        self.poll_folder()  # a first look at once

    def _scanner_folder(self) -> Path | None:
        """The folder the settings name, or None after saying what is wrong with it."""
        text = self.ctx.settings.get(S.SCAN_FOLDER).strip()
        if not text:
            self.show_message(
                self.tr(
                    "No scanner folder is set. Ask an administrator to set the folder the "
                    "printer saves its scans to (Administration ▸ Office and Settings), or "
                    "import the files instead."
                )
            )
            return None
        folder = Path(text).expanduser()
        if not folder.is_dir():
            self.show_message(
                self.tr(
                    "The scanner folder %1 does not exist or cannot be reached. Check the folder "
                    "(and that the network drive is connected), or ask an administrator to "
                    "correct it (Administration ▸ Office and Settings)."
                ).replace("%1", str(folder))
            )
            return None
        return folder

    def poll_folder(self) -> None:
        """Look at the folder once (the timer calls this every second while waiting)."""
        run, watcher, target = self._run, self._watcher, self._target
        if run is None or watcher is None or target is None or self._polling:
            return
        if run.cancelled():
            return
        self._polling = True
        tasks.run_task(
            lambda: import_from_folder(run, watcher, target),
            self._folder_looked_at,
            self._folder_failed,
        )

    def _folder_looked_at(self, outcome: FolderOutcome) -> None:
        self._polling = False
        run = self._run
        cancelled = run is None or run.cancelled()
        report = outcome.report
        problems = [
            self.tr("%1 The file %2 was moved to %3.")
            .replace("%1", aside.reason)
            .replace("%2", aside.name)
            .replace("%3", str(aside.moved_to.parent))
            for aside in report.set_aside
        ]
        deferred = [item.reason for item in report.deferred if not cancelled]
        if outcome.stored or deferred or cancelled:
            self._finish()  # a document arrived (choose the next one's kind), or a stop
        if outcome.stored:
            self._show_result([self._stored_line(info, scanned=True) for info in outcome.stored])
        if problems or deferred:
            self.show_message("\n".join(problems + deferred))
        elif outcome.stored:
            self.show_message("")  # a file set aside earlier was scanned again
        elif cancelled:
            self.show_message(self.tr("Stopped waiting for the scanner folder."), NOTE_STYLE)
        for info in outcome.stored:
            self.documentAdded.emit(info.id)

    def _folder_failed(self, error: BaseException) -> None:
        self._polling = False
        self._finish()
        if not isinstance(error, UserError):
            raise error
        self.show_message(str(error))

    # -- files -------------------------------------------------------------------------

    def import_files(self) -> None:
        """Import Files…: one document from the chosen files, pages in the files' order."""
        if self.is_busy():
            return
        folder_text = self.ctx.settings.get(S.SCAN_FOLDER).strip()
        start = Path(folder_text).expanduser() if folder_text else Path.home()
        paths = messages.choose_open_files(
            self,
            self.tr("Import Scanned Files"),
            start if start.is_dir() else Path.home(),
            self.tr("Scans %1;;All files (*)").replace("%1", FILE_FILTER),
        )
        if not paths:
            return
        target = self._document_target()
        self._files_chosen = len(paths)
        run = self._start(self.tr("Reading the files…"))
        run.progressed.connect(self._show_progress)
        run.storing.connect(self._show_storing)
        tasks.run_task(lambda: import_files(run, paths, target), self._imported, self._failed)

    def _imported(self, info: DocumentInfo) -> None:
        self._files_chosen = 0
        self._finish()
        self._show_result([self._stored_line(info, scanned=False)])
        self.documentAdded.emit(info.id)

    # -- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        """Close (or Esc): work under way is cancelled first; the dialog closes when it stops."""
        if self.is_busy():
            self._close_when_idle = True
            self.cancel()  # closes at once when nothing runs in the background
            return
        super().reject()
