"""File ▸ Import Earlier Records…: the office's existing records from a CSV or XLSX file.

The user chooses a file; it is read off the GUI thread (:func:`ui.tasks.run_task`) and
the preview shows what will be created, every row that cannot be read with the reason, and
how many rows were imported before. Nothing is written until *Import N Cases* is pressed;
then the cases are created in one transaction (:mod:`privacy_desk.services.importing`),
the user is told what was imported, :attr:`ImportDialog.imported` is emitted and the
dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.letters.templates import default_forms_dir
from privacy_desk.paths import write_whole
from privacy_desk.services import importing
from privacy_desk.services.context import DeskContext
from privacy_desk.services.importing import ImportPreview, ImportResult
from privacy_desk.ui import messages, tasks
from privacy_desk.ui.models.import_models import RefusedModel, ToCreateModel
from privacy_desk.ui.style import (
    DONE_STYLE,
    ERROR_STYLE,
    NOTE_STYLE,
    count_text,
    error_label,
    link_button,
    note_label,
    push_button,
    show_message,
)
from privacy_desk.ui.widgets.records_table import ColumnFit, RecordsTable

# The request types stretch; when the table is tight, the name and the old reference give
# up width.
CREATE_COLUMNS = ColumnFit(
    padding=16,
    max_width=220,
    min_stretch=170,
    narrowable=(ToCreateModel.COL_NAME, ToCreateModel.COL_OLD_REFERENCE),
    min_narrowed=90,
)
REFUSED_COLUMNS = ColumnFit(padding=16, max_width=120, min_stretch=300, arrow_room_everywhere=True)


def template_file() -> Path:
    return default_forms_dir() / "import" / "template.csv"


class ImportDialog(QDialog):
    """Choose a file, look at the preview, import; ``imported`` carries how many cases came."""

    imported = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import Earlier Records"))

        intro = note_label(
            self.tr(
                "Bring in the office's records kept before Privacy Desk, from a CSV or Excel "
                "file whose first row names the columns (the layout is in forms/import/README.md). "
                "Nothing is imported until you press Import Cases; a row imported "
                "before is recognised and not imported again."
            )
        )

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("no file chosen"))
        self.choose_button = push_button(self.tr("Choose File…"), self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.template_button = link_button(self.tr("Save a template with the headings…"))
        self.template_button.clicked.connect(self.save_template)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.message_label = error_label()

        self.create_model = ToCreateModel(self)
        self.create_table: RecordsTable[importing.ToCreate] = RecordsTable(
            self.create_model, ToCreateModel.COL_TYPES, fit=CREATE_COLUMNS
        )
        self.refused_model = RefusedModel(self)
        self.refused_table: RecordsTable[importing.Refused] = RecordsTable(
            self.refused_model, RefusedModel.COL_REASON, fit=REFUSED_COLUMNS
        )
        # a reason may be long: it wraps in its row rather than run off to the side
        self.refused_table.setWordWrap(True)
        self.refused_table.setStyleSheet("QTableView::item { padding: 3px 2px; }")
        self.refused_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        for table in (self.create_table, self.refused_table):
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the file's order
        self.tabs = QTabWidget()
        self.tabs.addTab(self.create_table, "")
        self.tabs.addTab(self.refused_table, "")

        self.already_label = QLabel()
        self.ignored_label = note_label("")
        self.ignored_label.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import Cases"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAutoDefault(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.import_cases)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(intro)
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.already_label)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.buttons)
        self.show_preview(None)
        self.setMinimumSize(760, 440)
        self.resize(900, 560)

    def save_template(self) -> None:
        """Save ``forms/import/template.csv`` (the headings and two invented rows) for the
        office to fill in."""
        source = template_file()
        target = messages.choose_save_file(
            self,
            self.tr("Save the Import Template"),
            Path.home() / source.name,
            self.tr("CSV (*.csv)"),
        )
        if target is None:
            return
        try:
            write_whole(target, source.read_bytes())
        except (UserError, OSError) as error:
            messages.error(self, self.tr("Save the Import Template"), str(error))
            return
        show_message(
            self.message_label,
            self.tr("The template was saved as %1.").replace("%1", str(target)),
            DONE_STYLE,
        )

    # -- reading -------------------------------------------------------------------

    def choose_file(self) -> None:
        current = self.file_edit.text()
        folder = Path(current).parent if current else Path.home()
        chosen = messages.choose_open_file(
            self,
            self.tr("Choose the File to Import"),
            folder,
            self.tr("CSV or Excel (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"),
        )
        if chosen is not None:
            self.read_file(chosen)

    def read_file(self, path: Path) -> None:
        """Read ``path`` off the GUI thread and show its preview."""
        if self._busy:
            return
        self.file_edit.setText(str(path))
        self.show_preview(None)
        show_message(
            self.message_label, self.tr("Reading %1…").replace("%1", path.name), NOTE_STYLE
        )
        self._set_busy(True)
        ctx = self.ctx

        def work() -> ImportPreview:
            return importing.read_import(ctx, path)

        tasks.run_task(work, self._read, self._failed)

    def _read(self, preview: ImportPreview) -> None:
        self._set_busy(False)
        show_message(self.message_label, "")
        self.show_preview(preview)

    def show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        to_create = preview.to_create if preview else ()
        refused = preview.refused if preview else ()
        already = preview.already_imported if preview else ()
        self.create_table.show_records(to_create, key=lambda r: r.row_number)
        self.refused_table.show_records(refused, key=lambda r: r.row_number)
        self.refused_table.resizeRowsToContents()
        self.tabs.setTabText(0, self.tr("To Be Created (%1)").replace("%1", str(len(to_create))))
        self.tabs.setTabText(1, self.tr("Cannot Be Read (%1)").replace("%1", str(len(refused))))
        if preview is not None and not to_create and refused:
            self.tabs.setCurrentIndex(1)
        else:
            self.tabs.setCurrentIndex(0)
        self.already_label.setText(self.tr("Already imported: %1").replace("%1", str(len(already))))
        self.already_label.setToolTip(
            "\n".join(
                self.tr("Row %1: case %2")
                .replace("%1", str(item.row_number))
                .replace("%2", item.reference)
                for item in already[:50]
            )
        )
        self.already_label.setVisible(preview is not None)
        if preview is None:
            self.summary_label.setText("")
        else:
            self.summary_label.setText(
                self.tr("%1 (%2): %3.")
                .replace("%1", preview.file_name)
                .replace("%2", preview.encoding)
                .replace("%3", count_text(preview.rows, self.tr("1 row"), self.tr("%1 rows")))
            )
        ignored = preview.ignored_columns if preview else ()
        self.ignored_label.setText(
            self.tr("Columns not read (not in the layout): %1").replace("%1", ", ".join(ignored))
        )
        self.ignored_label.setVisible(bool(ignored))
        if preview is None:
            self.import_button.setText(self.tr("Import Cases"))
        else:
            self.import_button.setText(
                count_text(len(to_create), self.tr("Import 1 Case"), self.tr("Import %1 Cases"))
            )
        self._enable()

    # -- importing -----------------------------------------------------------------

    def import_cases(self) -> None:
        preview = self.preview
        if self._busy or preview is None or not preview.to_create:
            return
        self._set_busy(True)
        show_message(
            self.message_label,
            count_text(
                len(preview.to_create), self.tr("Importing 1 case…"), self.tr("Importing %1 cases…")
            ),
            NOTE_STYLE,
        )
        ctx = self.ctx

        def work() -> ImportResult:
            return importing.apply_import(ctx, preview)

        tasks.run_task(work, self._imported, self._failed)

    def _imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        show_message(self.message_label, "")
        self.result_ = result
        messages.information(self, self.tr("Import Earlier Records"), self.summary())
        self.imported.emit(len(result.created))
        self.accept()

    def summary(self) -> str:
        """What the user is told after the import."""
        result = self.result_
        if result is None:
            return ""
        if not result.created:
            text = self.tr("Nothing was imported: every row had been imported already.")
        else:
            text = (
                count_text(
                    len(result.created),
                    self.tr("Imported 1 case (%2)."),
                    self.tr("Imported %1 cases, %2 to %3."),
                )
                .replace("%2", min(result.created))
                .replace("%3", max(result.created))
            )
        meanwhile = result.already_imported - (
            len(self.preview.already_imported) if self.preview else 0
        )
        if meanwhile > 0:
            text += " " + self.tr("%1 rows had been imported meanwhile and were left out.").replace(
                "%1", str(meanwhile)
            )
        return text

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserError):
            show_message(self.message_label, "")
            raise error
        show_message(self.message_label, str(error), ERROR_STYLE)

    # -- state ---------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._enable()

    def _enable(self) -> None:
        ready = self.preview is not None and bool(self.preview.to_create)
        self.import_button.setEnabled(ready and not self._busy)

    def is_busy(self) -> bool:
        return self._busy

    def accept(self) -> None:  # Enter: nothing is imported by accident
        if self.result_ is not None:
            super().accept()

    def reject(self) -> None:
        if self._busy:  # the work finishes either way; its result is what counts
            return
        super().reject()
