"""The Personal Information Ledger window (個人情報管理台帳, issue 7).

Every set of personal information the company holds, with its yearly review and its
batches. Managers (the retention permission) add, change, review and retire entries and
add batches; everyone else may read. A batch's purpose achieved and its disposal are the
Retention and Disposal window's; here a batch only shows where it stands.

Everything goes through :mod:`privacy_desk.services.ledger`, which checks the role and
writes the audit trail. The dialogs (:mod:`.ledger_entry_dialog`) open window-modal with
``open()`` and are returned, so that tests can fill them in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.retention import PeriodUnit
from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.services import ledger
from privacy_desk.services.context import DeskContext
from privacy_desk.services.ledger import BatchInfo, LedgerEntryInfo, PurposeInfo
from privacy_desk.ui import labels
from privacy_desk.ui.dialogs.ledger_entry_dialog import (
    BatchDialog,
    BatchEventDialog,
    LedgerEntryDialog,
    RetireDialog,
    ReviewDialog,
)
from privacy_desk.ui.models.history_model import local_time
from privacy_desk.ui.models.ledger_models import (
    BatchesModel,
    LedgerEntriesModel,
    ReviewsModel,
    purpose_text,
    retention_text,
)
from privacy_desk.ui.style import (
    DONE_STYLE,
    ERROR_STYLE,
    NOTE_STYLE,
    count_text,
    error_label,
    note_label,
    push_button,
    show_message,
)
from privacy_desk.ui.table_export import export_view, may_export
from privacy_desk.ui.widgets.records_table import RecordsTable

BANNER_STYLE = (
    "QLabel { background: #fbeaea; color: #a61b1b; border: 1px solid #e8b4b4; "
    "border-radius: 3px; padding: 6px 10px; font-weight: 600; }"
)
NONE_TEXT = "—"


# -- the details of one entry -------------------------------------------------------------------


class EntryDetails(QScrollArea):
    """Every field of one entry, read-only; the purposes in full."""

    KEYS = (
        "number",
        "name",
        "data_items",
        "purposes",
        "special_care",
        "acquisition",
        "storage_place",
        "medium",
        "department",
        "access",
        "period_of_use",
        "retention",
        "disposal_method",
        "third_party",
        "joint_use",
        "recipients",
        "note",
        "next_review",
        "last_review",
        "retired_on",
        "created",
        "changed",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(10, 8, 10, 8)
        form.setVerticalSpacing(5)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        captions = self.captions()
        self.values: dict[str, QLabel] = {}
        for key in self.KEYS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(captions[key])
            caption.setStyleSheet(NOTE_STYLE)
            form.addRow(caption, value)
            self.values[key] = value
        self.setWidget(page)

    def captions(self) -> dict[str, str]:
        return {
            "number": self.tr("No.:"),
            "name": self.tr("Name:"),
            "data_items": self.tr("Data items:"),
            "purposes": self.tr("Purposes of use:"),
            "special_care": self.tr("Special care:"),
            "acquisition": self.tr("How acquired:"),
            "storage_place": self.tr("Storage place:"),
            "medium": self.tr("Medium:"),
            "department": self.tr("Department responsible:"),
            "access": self.tr("Who may access:"),
            "period_of_use": self.tr("Period of use:"),
            "retention": self.tr("Retention:"),
            "disposal_method": self.tr("Disposal method:"),
            "third_party": self.tr("Provided to third parties:"),
            "joint_use": self.tr("Jointly used:"),
            "recipients": self.tr("Recipients / joint users:"),
            "note": self.tr("Note:"),
            "next_review": self.tr("Next review:"),
            "last_review": self.tr("Last review:"),
            "retired_on": self.tr("Retired on:"),
            "created": self.tr("Added:"),
            "changed": self.tr("Last changed:"),
        }

    def text(self, key: str) -> str:
        return self.values[key].text()

    def show_entry(
        self, entry: LedgerEntryInfo | None, purposes: dict[str, PurposeInfo], today: date
    ) -> None:
        if entry is None:
            for value in self.values.values():
                value.setText("")
            return
        data = entry.data
        yes, no = self.tr("Yes"), self.tr("No")
        special = no
        if data.special_care:
            special = self.tr("Yes: %1").replace("%1", data.special_care_items)
        if entry.retired_on is not None:
            next_review = self.tr("None (retired)")
        elif entry.review_due(today):
            next_review = self.tr("%1, due").replace("%1", labels.day_long(entry.next_review_on))
        else:
            next_review = labels.day_long(entry.next_review_on)
        last = entry.last_review
        by = self.tr("%1 by %2")
        texts = {
            "number": str(entry.id),
            "name": data.name,
            "data_items": data.data_items,
            "purposes": "\n".join(
                f"{code}  {purpose_text(purposes[code])}" if code in purposes else code
                for code in data.purposes
            ),
            "special_care": special,
            "acquisition": data.acquisition,
            "storage_place": data.storage_place,
            "medium": labels.medium(data.medium),
            "department": data.department,
            "access": data.access,
            "period_of_use": data.period_of_use,
            "retention": retention_text(data.retention),
            "disposal_method": labels.disposal_method(data.disposal_method),
            "third_party": yes if data.third_party else no,
            "joint_use": yes if data.joint_use else no,
            "recipients": data.recipients,
            "note": data.note,
            "next_review": next_review,
            "last_review": (
                by.replace("%1", labels.day_long(last.reviewed_on)).replace("%2", last.reviewed_by)
                if last is not None
                else self.tr("None yet")
            ),
            "retired_on": labels.day_long(entry.retired_on),
            "created": by.replace("%1", local_time(entry.created_at)).replace(
                "%2", entry.created_by
            ),
            "changed": by.replace("%1", local_time(entry.changed_at)).replace(
                "%2", entry.changed_by
            ),
        }
        for key, value in self.values.items():
            value.setText(texts[key] or NONE_TEXT)
        due = entry.review_due(today)
        self.values["next_review"].setStyleSheet(ERROR_STYLE if due else "")


# -- the window ----------------------------------------------------------------------------------


class LedgerWindow(QDialog):
    """The ledger's entries, and the details, reviews and batches of the one selected;
    managers act, everyone else may read."""

    #: Emitted after anything here changed the data (an entry, a review, a batch…).
    changed = Signal()

    TAB_DETAILS, TAB_REVIEWS, TAB_BATCHES = range(3)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_act = ctx.role is not None and may(ctx.role, Permission.RETENTION)
        self.setWindowTitle(self.tr("Personal Information Ledger"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.purposes: dict[str, PurposeInfo] = {}
        self.message_label = error_label()
        try:
            self.purposes = {p.code: p for p in ledger.purposes(ctx)}
        except UserError as error:
            self.show_message(str(error))

        # -- top: the banner and the filter
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.retired_box = QCheckBox(self.tr("Show retired entries"))
        self.retired_box.toggled.connect(lambda _checked: self.refresh())
        intro = note_label(
            self.tr(
                "Every set of personal information the company holds (JIS Q 15001), reviewed "
                "at least once a year."
            )
        )

        # -- the entries
        self.entries_model = LedgerEntriesModel(self)
        self.entries_table = RecordsTable(self.entries_model, LedgerEntriesModel.COL_NAME)
        self.entries_table.sortByColumn(LedgerEntriesModel.COL_NO, Qt.SortOrder.AscendingOrder)
        self.entries_table.selectionModel().selectionChanged.connect(self._entry_selected)
        self.entries_table.doubleClicked.connect(self._double_clicked)
        self.add_button = push_button(self.tr("Add Entry…"), self.add_entry)
        self.edit_button = push_button(self.tr("Edit Entry…"), self.edit_entry)
        self.review_button = push_button(self.tr("Record Review…"), self.record_review)
        self.retire_button = push_button(self.tr("Retire Entry…"), self.retire_entry)
        self.export_button = push_button(self.tr("Export…"), self.export_entries)
        self.export_button.setToolTip(
            self.tr("Save the entries listed, as shown, as an Excel workbook or a CSV file")
        )
        self.export_button.setVisible(may_export(ctx))

        # -- the selected entry
        self.details = EntryDetails()
        self.reviews_model = ReviewsModel(self)
        self.reviews_table = RecordsTable(self.reviews_model, ReviewsModel.COL_NOTE)
        self.reviews_table.sortByColumn(ReviewsModel.COL_REVIEWED_ON, Qt.SortOrder.DescendingOrder)
        self.batches_model = BatchesModel(self)
        self.batches_table = RecordsTable(self.batches_model, BatchesModel.COL_LABEL)
        self.batches_table.sortByColumn(BatchesModel.COL_LABEL, Qt.SortOrder.AscendingOrder)
        self.batches_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_batch_button = push_button(self.tr("Add Batch…"), self.add_batch)
        self.event_button = push_button(self.tr("Set Event Date…"), self.set_batch_event)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self._page(self.reviews_table, []), self.tr("Reviews"))
        self.tabs.addTab(
            self._page(
                self.batches_table,
                [self.add_batch_button, self.event_button],
                note_label(
                    self.tr(
                        "Purpose achieved and disposal are recorded in the Retention and "
                        "Disposal window."
                    )
                ),
            ),
            self.tr("Batches"),
        )

        self.viewer_note = note_label(self.tr("Only managers change the ledger; you can read it."))
        self.viewer_note.setVisible(not self.may_act)
        self.refresh_button = push_button(self.tr("Refresh"), self.refresh)
        self.close_button = push_button(self.tr("Close"), self.reject)

        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.retired_box)
        upper = QWidget()
        upper_column = QVBoxLayout(upper)
        upper_column.setContentsMargins(0, 0, 0, 0)
        upper_column.addWidget(self.entries_table, 1)
        acts = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.review_button, self.retire_button):
            acts.addWidget(button)
        acts.addStretch(1)
        acts.addWidget(self.export_button)
        upper_column.addLayout(acts)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        said = QVBoxLayout()
        said.addWidget(self.viewer_note)
        said.addWidget(self.message_label)
        bottom = QHBoxLayout()
        bottom.addLayout(said, 1)
        bottom.addStretch(0)  # the buttons keep their width while nothing is said
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        for button in self.acting_buttons():
            button.setVisible(self.may_act)
        self.resize(1100, 700)
        self.splitter.setSizes([390, 260])
        self.refresh()

    def _page(
        self, table: QTableView, buttons: Sequence[QWidget], note: QLabel | None = None
    ) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(table, 1)
        if buttons or note is not None:
            row = QHBoxLayout()
            if note is not None:
                row.addWidget(note, 1)
            else:
                row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            column.addLayout(row)
        return page

    def acting_buttons(self) -> list[QPushButton]:
        """What only a manager sees."""
        return [
            self.add_button,
            self.edit_button,
            self.review_button,
            self.retire_button,
            self.add_batch_button,
            self.event_button,
        ]

    # -- reading -----------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Read the ledger again; keep (or move to ``select``) the selected entry."""
        today = self.ctx.today()
        current = self.selected_entry()
        try:
            listed = ledger.entries(self.ctx, include_retired=self.retired_box.isChecked())
            due = ledger.reviews_due(self.ctx, today)
        except UserError as error:
            self.show_message(str(error))
            return
        self.entries_model.set_entries(listed, today, list(self.purposes.values()))
        self.entries_table.fit_columns()
        wanted = select if select is not None else (current.id if current else None)
        table = self.entries_table
        kept = wanted is not None and self.select_entry(wanted)
        if not kept and table.proxy.rowCount():
            table.selectRow(0)
        self._show_banner(due)
        self._entry_selected()

    def _show_banner(self, due: Sequence[LedgerEntryInfo]) -> None:
        self.banner.setText(
            count_text(
                len(due),
                self.tr("1 entry is due for its yearly review."),
                self.tr("%1 entries are due for their yearly review."),
            )
        )
        self.banner.setToolTip(
            "\n".join(f"{e.next_review_on.isoformat()}  {e.id}. {e.name}" for e in due)
        )
        self.banner.setVisible(bool(due))

    def selected_entry(self) -> LedgerEntryInfo | None:
        return self.entries_table.selected()

    def selected_batch(self) -> BatchInfo | None:
        return self.batches_table.selected()

    def select_entry(self, entry_id: int) -> bool:
        return self.entries_table.select_source_row(self.entries_model.row_of(entry_id))

    def _entry_selected(self) -> None:
        entry = self.selected_entry()
        today = self.ctx.today()
        self.details.show_entry(entry, self.purposes, today)
        reviews: list[ledger.ReviewInfo] = []
        batches: list[BatchInfo] = []
        if entry is not None:
            try:
                reviews = ledger.reviews(self.ctx, entry.id)
                batches = ledger.batches(self.ctx, entry.id)
            except UserError as error:
                self.show_message(str(error))
        wanted = self.selected_batch()
        self.reviews_model.set_records(reviews)
        self.reviews_table.fit_columns()
        until = entry is not None and entry.data.retention.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED
        self.batches_model.set_batches(batches, today, until_achieved=until)
        self.batches_table.fit_columns()
        if wanted is not None:
            self.batches_table.select_source_row(self.batches_model.row_of(wanted.id))
        self.tabs.setTabText(
            self.TAB_REVIEWS,
            self.tr("Reviews (%1)").replace("%1", str(len(reviews)))
            if entry
            else self.tr("Reviews"),
        )
        self.tabs.setTabText(
            self.TAB_BATCHES,
            self.tr("Batches (%1)").replace("%1", str(len(batches)))
            if entry
            else self.tr("Batches"),
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        held = entry is not None and entry.retired_on is None
        batch = self.selected_batch()
        self.edit_button.setEnabled(entry is not None)
        self.review_button.setEnabled(held)
        self.retire_button.setEnabled(held)
        self.add_batch_button.setEnabled(held)
        self.event_button.setEnabled(batch is not None and batch.disposed_at is None)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)

    def _double_clicked(self) -> None:
        if self.may_act:
            self.edit_entry()
        else:
            self.tabs.setCurrentIndex(self.TAB_DETAILS)

    # -- the acts ------------------------------------------------------------------

    def export_entries(self) -> Path | None:
        """The entries as listed (retired ones too when shown), to a spreadsheet."""
        if not may_export(self.ctx):
            return None
        return export_view(self, self.ctx, self.entries_table, self.windowTitle(), "ledger-entries")

    def _open(self, dialog: QDialog, accepted: Callable[[], tuple[int | None, str]]) -> None:
        """Open ``dialog``; when accepted, read again, say what was done, tell the main window."""

        def done() -> None:
            select, text = accepted()
            self.refresh(select)
            self.show_message(text, DONE_STYLE)
            self.changed.emit()

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()

    def add_entry(self) -> LedgerEntryDialog | None:
        if not self.may_act:
            return None
        dialog = LedgerEntryDialog(self.ctx, self, None, purposes=list(self.purposes.values()))

        def accepted() -> tuple[int | None, str]:
            saved = dialog.saved
            assert saved is not None
            return saved.id, self.tr("No. %1 “%2” was added to the ledger.").replace(
                "%1", str(saved.id)
            ).replace("%2", saved.name)

        self._open(dialog, accepted)
        return dialog

    def edit_entry(self) -> LedgerEntryDialog | None:
        entry = self.selected_entry()
        if entry is None or not self.may_act:
            return None
        dialog = LedgerEntryDialog(self.ctx, self, entry, purposes=list(self.purposes.values()))

        def accepted() -> tuple[int | None, str]:
            saved = dialog.saved or entry
            return saved.id, self.tr("The entry “%1” was saved.").replace("%1", saved.name)

        self._open(dialog, accepted)
        return dialog

    def record_review(self) -> ReviewDialog | None:
        entry = self.selected_entry()
        if entry is None or not self.may_act or entry.retired_on is not None:
            return None
        dialog = ReviewDialog(self.ctx, entry, self)

        def accepted() -> tuple[int | None, str]:
            saved = dialog.saved or entry
            return saved.id, self.tr(
                "The review of “%1” was recorded; the next falls due on %2."
            ).replace("%1", saved.name).replace("%2", saved.next_review_on.isoformat())

        self._open(dialog, accepted)
        return dialog

    def retire_entry(self) -> RetireDialog | None:
        entry = self.selected_entry()
        if entry is None or not self.may_act or entry.retired_on is not None:
            return None
        dialog = RetireDialog(self.ctx, entry, self)

        def accepted() -> tuple[int | None, str]:
            return entry.id, self.tr(
                "“%1” was retired; it stays in the ledger as a record."
            ).replace("%1", entry.name)

        self._open(dialog, accepted)
        return dialog

    def add_batch(self) -> BatchDialog | None:
        entry = self.selected_entry()
        if entry is None or not self.may_act or entry.retired_on is not None:
            return None
        dialog = BatchDialog(self.ctx, entry, self)

        def accepted() -> tuple[int | None, str]:
            batch = dialog.saved
            assert batch is not None
            self.tabs.setCurrentIndex(self.TAB_BATCHES)
            text = self.tr("The batch “%1” was added.").replace("%1", batch.label)
            if batch.due_on is not None:
                text = (
                    self.tr("The batch “%1” was added; it falls due on %2.")
                    .replace("%1", batch.label)
                    .replace("%2", batch.due_on.isoformat())
                )
            return entry.id, text

        self._open(dialog, accepted)
        self._select_new_batch(dialog)
        return dialog

    def _select_new_batch(self, dialog: BatchDialog) -> None:
        def select() -> None:
            if dialog.saved is not None:
                self.batches_table.select_source_row(self.batches_model.row_of(dialog.saved.id))

        dialog.accepted.connect(select)  # after the refresh connected by _open

    def set_batch_event(self) -> BatchEventDialog | None:
        entry = self.selected_entry()
        batch = self.selected_batch()
        if entry is None or batch is None or not self.may_act or batch.disposed_at is not None:
            return None
        dialog = BatchEventDialog(self.ctx, entry, batch, self)

        def accepted() -> tuple[int | None, str]:
            saved = dialog.saved or batch
            text = self.tr("The event date of “%1” was set.").replace("%1", saved.label)
            if saved.due_on is not None:
                text = (
                    self.tr("The event date of “%1” was set; it falls due on %2.")
                    .replace("%1", saved.label)
                    .replace("%2", saved.due_on.isoformat())
                )
            return entry.id, text

        self._open(dialog, accepted)
        return dialog
