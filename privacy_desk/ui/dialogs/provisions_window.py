"""Third-party provision records (APPI Art. 29/30; issue 7): search, look, log.

The window searches the records by person (name or kana, however typed), ledger
entry and period; opened for a case, it lists the records about the case's requester
for a request for disclosure of the provision records (APPI Art. 33(5)). Staff who
process cases log new records with :class:`ProvisionDialog`.

Everything goes through :mod:`privacy_desk.services.ledger`, which checks the role,
validates the record and writes the audit trail (the look-up for a case included).
The small dialogs open window-modal with ``open()`` and are returned, so that tests
can fill them in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.ledger import ProvisionBasis, ProvisionDirection
from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.services import cases, ledger
from privacy_desk.services.context import DeskContext
from privacy_desk.services.ledger import LedgerEntryInfo, ProvisionData, ProvisionInfo
from privacy_desk.ui import labels
from privacy_desk.ui.dialogs.login_dialog import fit_height
from privacy_desk.ui.models.history_model import local_time
from privacy_desk.ui.models.provision_models import ProvisionsModel, entry_text, long_day
from privacy_desk.ui.style import (
    DONE_STYLE,
    ERROR_STYLE,
    NOTE_STYLE,
    error_label,
    field_said_first,
    line_edit,
    note_label,
    push_button,
    show_message,
    with_notes,
)
from privacy_desk.ui.table_export import export_view, may_export
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.records_table import ColumnFit, RecordsTable

#: The data items stretch; when the table is tight, the columns of names give up width.
COLUMNS = ColumnFit(
    padding=16,
    max_width=220,
    min_stretch=180,
    narrowable=(
        ProvisionsModel.COL_ENTRY,
        ProvisionsModel.COL_COUNTERPARTY,
        ProvisionsModel.COL_PERSON,
        ProvisionsModel.COL_KANA,
        ProvisionsModel.COL_BASIS,
    ),
    min_narrowed=90,
    arrow_room_everywhere=True,
)
SEARCH_DELAY_MS = 250
DIRECTIONS = tuple(ProvisionDirection)
BASES = tuple(ProvisionBasis)


def _with_hint(edit: DateEdit) -> QWidget:
    """A date field with its era form beside it."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("2026-11-24 / R8.11.24") + 24)
    row.addWidget(edit)
    row.addWidget(edit.hint_label(), 1)
    return box


def takes_records(
    entry: LedgerEntryInfo, direction: ProvisionDirection = ProvisionDirection.PROVIDED
) -> bool:
    """Whether provision records may be logged against ``entry`` (the service's rule).

    Data received from a third party (Art. 30) may belong to any set; a provision
    (Art. 29) only to one the ledger says is provided or jointly used.
    """
    if entry.retired_on is not None:
        return False
    if direction is ProvisionDirection.RECEIVED:
        return True
    return entry.data.third_party or entry.data.joint_use


# -- logging a provision -----------------------------------------------------------------------


class ProvisionDialog(QDialog):
    """One provision to (Art. 29) or from (Art. 30) a third party; OK records it.

    After ``Accepted``, :attr:`recorded` holds the record as stored. When the service
    refuses, its sentence is shown here and every value stays as typed.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recorded: ProvisionInfo | None = None
        self.setWindowTitle(self.tr("Log Provision"))

        self.entry_box = QComboBox()
        self.entry_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.entry_box.setMinimumContentsLength(30)
        self.entry_hint = note_label("")
        self.direction_box = QComboBox()
        for direction in DIRECTIONS:
            self.direction_box.addItem(labels.provision_direction(direction), direction.value)
        self.date_label = QLabel()
        self.date_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.date_edit.setDate(ctx.today())
        self.counterparty_label = QLabel()
        self.counterparty_edit = line_edit(200)
        self.address_label = QLabel()
        self.address_edit = line_edit(400)
        self.name_edit = line_edit(200, self.tr("Whom the data is about"))
        self.kana_edit = line_edit(200, self.tr("Optional; helps to find the record later"))
        self.birth_edit = DateEdit(allow_empty=True, today=ctx.today)
        self.birth_edit.setPlaceholderText(self.tr("Optional"))
        self.items_edit = line_edit(400, self.tr("e.g. name, address, phone number"))
        self.basis_box = QComboBox()
        for basis in BASES:
            self.basis_box.addItem(labels.provision_basis(basis), basis.value)
        self.note_edit = line_edit(400)
        self.message_label = error_label()

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log Provision"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Ledger entry:"), with_notes(self.entry_box, self.entry_hint))
        form.addRow(self.tr("Direction:"), self.direction_box)
        form.addRow(self.date_label, _with_hint(self.date_edit))
        form.addRow(self.counterparty_label, self.counterparty_edit)
        form.addRow(self.address_label, self.address_edit)
        form.addRow(self.tr("Person's name:"), self.name_edit)
        form.addRow(self.tr("Name in kana:"), self.kana_edit)
        form.addRow(self.tr("Date of birth:"), _with_hint(self.birth_edit))
        form.addRow(self.tr("Data items:"), self.items_edit)
        form.addRow(self.tr("Basis:"), self.basis_box)
        form.addRow(self.tr("Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(
            note_label(
                self.tr(
                    "A record of personal data provided to a third party (APPI Art. 29) or "
                    "received from one (Art. 30), logged against the ledger entry it belongs to."
                )
            )
        )
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)

        self.direction_box.currentIndexChanged.connect(self._direction_changed)
        self.basis_box.currentIndexChanged.connect(self._basis_changed)
        self._direction_changed()
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())
        fit_height(self)
        (self.entry_box if self.entry_box.count() > 1 else self.counterparty_edit).setFocus()

    # -- choices --------------------------------------------------------------------------

    def _load_entries(self) -> None:
        """The entries that may take a record of the chosen direction; the choice is kept."""
        chosen = self.entry_box.currentData()
        direction = self.direction()
        try:
            entries = [e for e in ledger.entries(self.ctx) if takes_records(e, direction)]
        except UserError as error:
            entries = []
            show_message(self.message_label, str(error))
        self.entry_box.clear()
        for entry in entries:
            self.entry_box.addItem(entry_text(entry.id, entry.name), entry.id)
        if chosen is not None:
            self.set_entry(int(chosen))
        self.entry_hint.setStyleSheet(NOTE_STYLE)
        if entries and direction is ProvisionDirection.RECEIVED:
            self.entry_hint.setText(self.tr("Data received may belong to any set of the ledger."))
        elif entries:
            self.entry_hint.setText(
                self.tr("Only entries provided to third parties or jointly used are listed.")
            )
        else:
            self.entry_hint.setText(
                self.tr(
                    "No ledger entry is provided to third parties or jointly used; "
                    "a manager marks that in the ledger."
                )
            )
            self.entry_hint.setStyleSheet(ERROR_STYLE)
        self.entry_box.setEnabled(bool(entries))
        self.ok_button.setEnabled(bool(entries))

    def entry_id(self) -> int | None:
        value = self.entry_box.currentData()
        return int(value) if value is not None else None

    def set_entry(self, entry_id: int) -> bool:
        index = self.entry_box.findData(entry_id)
        if index >= 0:
            self.entry_box.setCurrentIndex(index)
        return index >= 0

    def direction(self) -> ProvisionDirection:
        return ProvisionDirection(self.direction_box.currentData())

    def set_direction(self, direction: ProvisionDirection) -> None:
        self.direction_box.setCurrentIndex(DIRECTIONS.index(direction))

    def basis(self) -> ProvisionBasis:
        return ProvisionBasis(self.basis_box.currentData())

    def set_basis(self, basis: ProvisionBasis) -> None:
        self.basis_box.setCurrentIndex(BASES.index(basis))

    def _direction_changed(self) -> None:
        self._load_entries()
        if self.direction() is ProvisionDirection.PROVIDED:
            self.date_label.setText(self.tr("Provided on:"))
            self.counterparty_label.setText(self.tr("Recipient:"))
            self.address_label.setText(self.tr("Recipient's address:"))
            self.counterparty_edit.setPlaceholderText(self.tr("Who received the data"))
        else:
            self.date_label.setText(self.tr("Received on:"))
            self.counterparty_label.setText(self.tr("Provided by:"))
            self.address_label.setText(self.tr("Provider's address:"))
            self.counterparty_edit.setPlaceholderText(self.tr("Who provided the data"))
        self._basis_changed()

    def _basis_changed(self) -> None:
        if self.basis() is ProvisionBasis.OTHER:
            self.note_edit.setPlaceholderText(self.tr("Required: explain the basis"))
        elif self.direction() is ProvisionDirection.RECEIVED:
            self.note_edit.setPlaceholderText(self.tr("e.g. how the provider obtained the data"))
        else:
            self.note_edit.setPlaceholderText(self.tr("Optional"))

    # -- recording ------------------------------------------------------------------------

    def _field_for(self, error: UserError) -> QWidget | None:
        """The field the first of the service's sentences is about (found in the English
        ``message``; the user reads ``str(error)``, in the app's language)."""
        fields: list[tuple[str, QWidget]] = [
            ("Name the recipient.", self.counterparty_edit),
            ("Name who provided it.", self.counterparty_edit),
            ("Name the person the data is about.", self.name_edit),
            ("List the data items provided.", self.items_edit),
            ("Explain the basis in the note.", self.note_edit),
            ("The date of provision is still to come.", self.date_edit),
        ]
        return field_said_first(error.message, fields)

    def _date_problems(self) -> tuple[list[str], QWidget | None]:
        problems: list[str] = []
        focus: QWidget | None = None
        for edit, name in (
            (self.date_edit, self.date_label.text().rstrip(":：")),
            (self.birth_edit, self.tr("Date of birth")),
        ):
            problem = edit.error()
            if problem is not None:
                problems.append(self.tr("%1: %2").replace("%1", name).replace("%2", problem))
                focus = focus or edit
        birth = self.birth_edit.date()
        if birth is not None and birth > self.ctx.today():
            problems.append(self.tr("The date of birth is in the future."))
            focus = focus or self.birth_edit
        return problems, focus

    def show_message(self, text: str) -> None:
        """Say ``text`` under the form (nothing when empty); the dialog grows to show it."""
        show_message(self.message_label, text)
        fit_height(self)

    def accept(self) -> None:
        self.show_message("")
        entry_id = self.entry_id()
        if entry_id is None:
            return
        problems, focus = self._date_problems()
        provided_on = self.date_edit.date()
        if problems or provided_on is None:
            self.show_message(" ".join(problems))
            if focus is not None:
                focus.setFocus()
            return
        data = ProvisionData(
            entry_id=entry_id,
            direction=self.direction(),
            provided_on=provided_on,
            counterparty=self.counterparty_edit.text(),
            subject_name=self.name_edit.text(),
            items=self.items_edit.text(),
            basis=self.basis(),
            counterparty_address=self.address_edit.text(),
            subject_kana=self.kana_edit.text(),
            subject_birth_date=self.birth_edit.date(),
            note=self.note_edit.text(),
        )
        try:
            self.recorded = ledger.record_provision(self.ctx, data)
        except UserError as error:
            field = self._field_for(error)
            self.show_message(str(error))
            if field is not None:
                field.setFocus()
            return
        super().accept()


# -- looking at one record ---------------------------------------------------------------------


class ProvisionDetailsDialog(QDialog):
    """Everything about one provision record, read-only."""

    def __init__(self, record: ProvisionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Provision Record No. %1").replace("%1", str(record.id)))
        data = record.data
        provided = data.direction is ProvisionDirection.PROVIDED
        rows = [
            (self.tr("Ledger entry:"), entry_text(data.entry_id, record.entry_name)),
            (self.tr("Direction:"), labels.provision_direction(data.direction)),
            (
                self.tr("Provided on:") if provided else self.tr("Received on:"),
                long_day(data.provided_on),
            ),
            (self.tr("Recipient:") if provided else self.tr("Provided by:"), data.counterparty),
            (
                self.tr("Recipient's address:") if provided else self.tr("Provider's address:"),
                data.counterparty_address,
            ),
            (self.tr("Person's name:"), data.subject_name),
            (self.tr("Name in kana:"), data.subject_kana),
            (self.tr("Date of birth:"), long_day(data.subject_birth_date)),
            (self.tr("Data items:"), data.items),
            (self.tr("Basis:"), labels.provision_basis(data.basis)),
            (self.tr("Note:"), data.note),
            (self.tr("Recorded by:"), record.recorded_by),
            (self.tr("Recorded at:"), local_time(record.recorded_at)),
        ]
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        #: The value labels by their row title, for tests and for copying.
        self.values: dict[str, QLabel] = {}
        for title, value in rows:
            label = QLabel(value or "—")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not value:
                label.setStyleSheet(NOTE_STYLE)
            form.addRow(title, label)
            self.values[title] = label
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        fit_height(self)


# -- the window --------------------------------------------------------------------------------


class ProvisionsWindow(QDialog):
    """The provision records: searched by person, entry and period, or those about the
    requester of one case; staff who process cases log new ones."""

    #: Emitted after a record was logged here.
    changed = Signal()

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        case_reference: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_reference = case_reference
        self.may_log = ctx.role is not None and may(ctx.role, Permission.PROCESS_CASES)
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        if case_reference is None:
            self.setWindowTitle(self.tr("Third-Party Provision Records"))
        else:
            self.setWindowTitle(
                self.tr("Provision records about the requester of case %1").replace(
                    "%1", case_reference
                )
            )

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)

        self.model = ProvisionsModel(self)
        self.table = RecordsTable(self.model, ProvisionsModel.COL_ITEMS, fit=COLUMNS)
        self.table.sortByColumn(ProvisionsModel.COL_PROVIDED_ON, Qt.SortOrder.DescendingOrder)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel()
        self.message_label = error_label()
        self.details_button = push_button(self.tr("Details…"), self.show_details)
        self.export_button = push_button(self.tr("Export…"), self.export_records)
        self.export_button.setToolTip(
            self.tr("Save the records listed, as shown, as an Excel workbook or a CSV file")
        )
        self.export_button.setVisible(may_export(ctx))
        self.log_button = push_button(self.tr("Log Provision…"), self.log_provision)
        self.close_button = push_button(self.tr("Close"), self.reject)
        # Only where logging makes sense: not in the look-up for a case.
        self.can_log = self.may_log and case_reference is None
        self.log_button.setVisible(self.can_log)
        self._date_problem_shown = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        if case_reference is None:
            layout.addLayout(self._search_row())
        else:
            self.requester_label = QLabel(self._requester_text(case_reference))
            self.requester_label.setWordWrap(True)
            self.requester_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
            layout.addWidget(self.requester_label)
            layout.addWidget(
                note_label(
                    self.tr(
                        "Records matching the requester's name or kana (and date of birth "
                        "where both have one), for a request for disclosure of provision "
                        "records (APPI Art. 33(5)). Check each record is about this person."
                    )
                )
            )
        layout.addWidget(self.message_label)
        layout.addSpacing(2)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.log_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.refresh()
        self.resize(1050, 620)

    # -- the search row -------------------------------------------------------------------

    def _search_row(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setMaxLength(200)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("山田 / やまだ / ﾔﾏﾀﾞ"))
        self.search_edit.setToolTip(
            self.tr("Part of the name or kana, typed in any width, in katakana or hiragana.")
        )
        self.entry_box = QComboBox()
        self.entry_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.entry_box.setMinimumContentsLength(18)
        self.since_edit = DateEdit(today=self.ctx.today)
        self.until_edit = DateEdit(today=self.ctx.today)
        for edit in (self.since_edit, self.until_edit):
            edit.setPlaceholderText(self.tr("any"))
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("2026-11-24") + 40)
            edit.dateChanged.connect(lambda _value: self.refresh())
            edit.editingFinished.connect(self._check_dates)
        self._load_entries()

        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self.entry_box.currentIndexChanged.connect(lambda _index: self.refresh())

        row = QHBoxLayout()
        person = QLabel(self.tr("Person (name or kana):"))
        person.setBuddy(self.search_edit)
        row.addWidget(person)
        row.addWidget(self.search_edit, 2)
        row.addSpacing(10)
        entry = QLabel(self.tr("Ledger entry:"))
        entry.setBuddy(self.entry_box)
        row.addWidget(entry)
        row.addWidget(self.entry_box, 1)
        row.addSpacing(10)
        since = QLabel(self.tr("From:"))
        since.setBuddy(self.since_edit)
        row.addWidget(since)
        row.addWidget(self.since_edit)
        until = QLabel(self.tr("To:"))
        until.setBuddy(self.until_edit)
        row.addWidget(until)
        row.addWidget(self.until_edit)
        return row

    def _load_entries(self) -> None:
        """ "All entries" and every ledger entry, retired ones too (their records remain)."""
        current = self.entry_box.currentData()
        try:
            entries = ledger.entries(self.ctx, include_retired=True)
        except UserError:
            entries = []  # refresh() says why
        self.entry_box.blockSignals(True)
        self.entry_box.clear()
        self.entry_box.addItem(self.tr("All entries"), None)
        for entry in entries:
            text = entry_text(entry.id, entry.name)
            if entry.retired_on is not None:
                text = self.tr("%1 (retired)").replace("%1", text)
            self.entry_box.addItem(text, entry.id)
        self.entry_box.setCurrentIndex(max(0, self.entry_box.findData(current)))
        self.entry_box.blockSignals(False)

    def set_entry(self, entry_id: int | None) -> bool:
        """Show only the records of ``entry_id`` (None: all)."""
        index = self.entry_box.findData(entry_id)
        if index >= 0:
            self.entry_box.setCurrentIndex(index)
        return index >= 0

    def _searching(self) -> bool:
        return bool(
            self.search_edit.text().strip()
            or self.entry_box.currentData() is not None
            or self.since_edit.text().strip()
            or self.until_edit.text().strip()
        )

    def _date_problem(self) -> str | None:
        for edit, name in ((self.since_edit, self.tr("From")), (self.until_edit, self.tr("To"))):
            problem = edit.error()
            if problem is not None:
                return self.tr("%1: %2").replace("%1", name).replace("%2", problem)
        since, until = self.since_edit.date(), self.until_edit.date()
        if since is not None and until is not None and since > until:
            return self.tr("The From date is after the To date.")
        return None

    def _check_dates(self) -> None:
        """Say what is wrong with a date as soon as it is left; search again once it is fixed."""
        problem = self._date_problem()
        if problem is not None:
            self.show_message(problem)
            self.count_label.setText("")
            self._date_problem_shown = True
        elif self._date_problem_shown:
            self.refresh()

    # -- the records ----------------------------------------------------------------------

    def _requester_text(self, reference: str) -> str:
        """Who the case's requester is, to compare each record with."""
        try:
            case = cases.get_case(self.ctx, reference)
        except UserError:
            return ""  # refresh() says why
        who = case.requester_name
        if case.requester_kana:
            who += f"（{case.requester_kana}）"
        if case.requester_birth_date is not None:
            who = (
                self.tr("%1, born %2")
                .replace("%1", who)
                .replace("%2", long_day(case.requester_birth_date))
            )
        return self.tr("Requester: %1").replace("%1", who)

    def refresh(self) -> None:
        """Read the records again (searching as the search row says); keep the selection."""
        self.search_timer.stop()
        try:
            if self.case_reference is not None:
                records = ledger.provisions_for_case(self.ctx, self.case_reference)
            else:
                self._load_entries()
                problem = self._date_problem()
                if problem is not None:
                    self._check_dates()
                    return
                entry_id = self.entry_box.currentData()
                records = ledger.provisions(
                    self.ctx,
                    subject=self.search_edit.text(),
                    entry_id=int(entry_id) if entry_id is not None else None,
                    since=self.since_edit.date(),
                    until=self.until_edit.date(),
                )
        except UserError as error:
            self.model.set_records([])
            self.table.fit_columns()
            self.count_label.setText("")
            self.show_message(str(error))
            self._update_buttons()
            return
        self.show_message("")
        self._date_problem_shown = False
        selected = self.selected_record()
        self.model.set_records(records)
        self.table.fit_columns()
        if selected is not None:
            self.select_record(selected.id)
        self.count_label.setText(self._count_text(len(records)))
        # In the look-up for a case, "none" is the answer: say it plainly.
        empty_answer = self.case_reference is not None and not records
        self.count_label.setStyleSheet("font-weight: 600;" if empty_answer else "")
        self._update_buttons()

    def _count_text(self, n: int) -> str:
        if n == 1:
            return self.tr("1 record")
        if n:
            return self.tr("%1 records").replace("%1", str(n))
        if self.case_reference is not None:
            return self.tr("No provision records about this requester.")
        if self._searching():
            return self.tr("No records match the search.")
        return self.tr("No provision records yet.")

    def records(self) -> list[ProvisionInfo]:
        """The records listed, in the table's order."""
        proxy = self.table.proxy
        return [
            proxy.index(row, 0).data(ProvisionsModel.RecordRole) for row in range(proxy.rowCount())
        ]

    def selected_record(self) -> ProvisionInfo | None:
        return self.table.selected()

    def select_record(self, record_id: int) -> bool:
        return self.table.select_source_row(self.model.row_of(record_id))

    def _update_buttons(self) -> None:
        self.details_button.setEnabled(self.selected_record() is not None)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)

    # -- acting ---------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_details()

    def export_records(self) -> Path | None:
        """The records listed, as shown, to a spreadsheet."""
        if not may_export(self.ctx):
            return None
        what = "provision-records" if self.case_reference is None else "provision-records-case"
        return export_view(self, self.ctx, self.table, self.windowTitle(), what)

    def show_details(self) -> ProvisionDetailsDialog | None:
        record = self.selected_record()
        if record is None:
            return None
        dialog = ProvisionDetailsDialog(record, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def log_provision(self) -> ProvisionDialog | None:
        if not self.can_log:
            return None
        dialog = ProvisionDialog(self.ctx, self)

        def accepted() -> None:
            record = dialog.recorded
            if record is None:
                return
            self.refresh()
            if self.select_record(record.id):
                done = self.tr("Provision record No. %1 was logged.")
            else:
                done = self.tr("Provision record No. %1 was logged; it does not match the search.")
            self.show_message(done.replace("%1", str(record.id)), DONE_STYLE)
            self.changed.emit()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()
        return dialog
