"""The Retention and Disposal window (issue 7): what is due, the two-manager disposal, the
record of what was destroyed, and the retention rules.

Everything goes through :mod:`privacy_desk.services.retention`, which checks the role
(managers act, everyone else may look), applies the two-person rule and writes the audit
trail. Approving destroys the data and vacuums the database file, which takes a while on
a large file: it runs through :func:`privacy_desk.ui.tasks.run_task` while the window
shows that it is busy. The small dialogs open window-modal with ``open()`` and are
returned, so that tests can fill them in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import settings as S
from privacy_desk.domain.retention import (
    MAX_COUNT,
    DisposalMethod,
    PeriodUnit,
    RetainedKind,
    RetentionEvent,
    RetentionRule,
)
from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.paths import write_whole
from privacy_desk.services import retention
from privacy_desk.services.context import DeskContext
from privacy_desk.services.retention import DisposalRecord, DueItem, KeptItem
from privacy_desk.ui import labels, messages, printing, tasks
from privacy_desk.ui.models.retention_models import (
    DisposalRecordsModel,
    DueItemsModel,
    KeptItemsModel,
    PendingDisposalsModel,
    description,
)
from privacy_desk.ui.style import (
    DONE_STYLE,
    ERROR_STYLE,
    NOTE_STYLE,
    count_text,
    error_label,
    line_edit,
    note_label,
    push_button,
    show_message,
)
from privacy_desk.ui.table_export import export_view, may_export
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.records_table import ColumnFit, RecordsTable

#: The long column (what is disposed of) keeps a readable width.
COLUMNS = ColumnFit(padding=16, max_width=260, min_stretch=220, arrow_room_everywhere=True)
#: The kinds the rules dialog offers (a ledger entry carries its own retention).
RULE_KINDS = (RetainedKind.CASE_RECORD, RetainedKind.ID_COPY, RetainedKind.LETTER)
UNITS = tuple(PeriodUnit)
EVENTS = tuple(RetentionEvent)


# -- requesting a disposal ---------------------------------------------------------------------


class RequestDisposalDialog(QDialog):
    """Method, certificate and witness for items due; OK records the request.

    After ``Accepted``, :attr:`requested` holds the requests as stored.
    """

    def __init__(
        self, ctx: DeskContext, items: Sequence[DueItem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = list(items)
        self.requested: list[DisposalRecord] = []
        self.setWindowTitle(self.tr("Request Disposal"))

        self.summary_label = QLabel(
            count_text(len(self.items), self.tr("1 item"), self.tr("%1 items"))
        )
        self.summary_label.setStyleSheet("font-weight: 600;")
        self.items_list = QListWidget()
        self.items_list.addItems([description(item) for item in self.items])
        self.items_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, item in enumerate(self.items):
            self.items_list.item(number).setToolTip(description(item))
        self.items_list.setSpacing(1)
        rows = min(max(len(self.items), 2), 6)
        line = self.items_list.sizeHintForRow(0) + 2
        self.items_list.setFixedHeight(line * rows + 2 * self.items_list.frameWidth() + 2)
        self.method_box = QComboBox()
        for method in DisposalMethod:
            self.method_box.addItem(labels.disposal_method(method), method.value)
        self.method_box.setCurrentIndex(self.method_box.findData(DisposalMethod.DELETION.value))
        self.certificate_edit = line_edit(100)
        self.certificate_label = QLabel(self.tr("Certificate no.:"))
        self.witness_edit = line_edit(100, self.tr("Who watched the disposal (optional)"))
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Request Disposal"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.method_box.currentIndexChanged.connect(self._method_changed)

        form = QFormLayout()
        form.addRow(self.tr("Method:"), self.method_box)
        form.addRow(self.certificate_label, self.certificate_edit)
        form.addRow(self.tr("Witness:"), self.witness_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.items_list)
        layout.addWidget(
            note_label(
                self.tr(
                    "Another manager approves the request; the data is destroyed at that moment."
                )
            )
        )
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self._method_changed()
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())
        self.method_box.setFocus()

    def method(self) -> DisposalMethod:
        return DisposalMethod(self.method_box.currentData())

    def set_method(self, method: DisposalMethod) -> None:
        self.method_box.setCurrentIndex(self.method_box.findData(method.value))

    def _method_changed(self) -> None:
        contractor = self.method() is DisposalMethod.CONTRACTOR
        self.certificate_edit.setEnabled(contractor)
        self.certificate_label.setEnabled(contractor)
        self.certificate_edit.setPlaceholderText(
            self.tr("Required: the number on the contractor's certificate") if contractor else ""
        )

    def accept(self) -> None:
        method = self.method()
        certificate = self.certificate_edit.text() if method is DisposalMethod.CONTRACTOR else ""
        try:
            self.requested = retention.request_disposal(
                self.ctx,
                self.items,
                method,
                certificate_number=certificate,
                witness=self.witness_edit.text(),
            )
        except UserError as error:
            messages.error(self, self.tr("Request Disposal"), str(error))
            if method is DisposalMethod.CONTRACTOR and not certificate.strip():
                self.certificate_edit.setFocus()
            return
        super().accept()


# -- recording that a purpose was achieved ----------------------------------------------------


class PurposeAchievedDialog(QDialog):
    """The day the purpose of use was achieved, and a note; the item comes due that day."""

    def __init__(self, ctx: DeskContext, item: KeptItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Purpose Achieved"))

        intro = QLabel(description(item))
        intro.setWordWrap(True)
        self.date_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.date_edit.setDate(ctx.today())
        self.era_label = self.date_edit.hint_label()
        self.note_edit = line_edit(400, self.tr("How it was achieved (optional)"))
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        day = QHBoxLayout()
        day.addWidget(self.date_edit)
        day.addWidget(self.era_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Achieved on:"), day)
        form.addRow(self.tr("Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(intro)
        layout.addWidget(
            note_label(
                self.tr("The item comes due for disposal on that day; it is not destroyed yet.")
            )
        )
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def accept(self) -> None:
        title = self.tr("Purpose Achieved")
        problem = self.date_edit.error()
        on = self.date_edit.date()
        if problem is not None or on is None:
            messages.error(self, title, problem or self.tr("Enter a date."))
            self.date_edit.setFocus()
            return
        try:
            retention.mark_purpose_achieved(
                self.ctx, self.item.kind, self.item.id, on, self.note_edit.text().strip()
            )
        except UserError as error:
            messages.error(self, title, str(error))
            return
        super().accept()


# -- the rules ---------------------------------------------------------------------------------


@dataclass
class RuleRow:
    """The controls of one kind's rule, and the rule they started from (or last saved)."""

    kind: RetainedKind
    rule: RetentionRule
    count_spin: QSpinBox
    unit_box: QComboBox
    event_box: QComboBox

    def unit(self) -> PeriodUnit:
        return PeriodUnit(self.unit_box.currentData())

    def event(self) -> RetentionEvent:
        return RetentionEvent(self.event_box.currentData())

    def count(self) -> int:
        return 0 if self.unit() is PeriodUnit.UNTIL_PURPOSE_ACHIEVED else self.count_spin.value()

    def changed(self) -> bool:
        if self.unit() is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
            return self.rule.unit is not PeriodUnit.UNTIL_PURPOSE_ACHIEVED
        return (self.count(), self.unit(), self.event()) != (
            self.rule.count,
            self.rule.unit,
            self.rule.event,
        )


class RetentionRulesDialog(QDialog):
    """How long each kind of the office's files is kept; managers change it, others look.

    After ``Accepted``, :attr:`changed_kinds` lists the rules that were changed.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = ctx.role is None or not may(ctx.role, Permission.RETENTION)
        self.changed_kinds: list[RetainedKind] = []
        self.setWindowTitle(self.tr("Retention Rules"))
        current = retention.rules(ctx)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for column, text in enumerate(
            (self.tr("What"), self.tr("Kept for"), "", self.tr("Counted from"))
        ):
            header = QLabel(f"<b>{text}</b>" if text else "")
            grid.addWidget(header, 0, column)
        self.rows: dict[RetainedKind, RuleRow] = {}
        line = 1
        for kind in RULE_KINDS:
            if kind not in current:
                continue
            row = self._rule_row(kind, current[kind])
            self.rows[kind] = row
            name = QLabel(f"<b>{labels.retained_kind(kind)}</b>")
            grid.addWidget(name, line, 0)
            grid.addWidget(row.count_spin, line, 1)
            grid.addWidget(row.unit_box, line, 2)
            grid.addWidget(row.event_box, line, 3)
            grid.addWidget(note_label(self._what(kind)), line + 1, 0, 1, 5)
            line += 2
        grid.setColumnStretch(4, 1)  # the fields keep their natural width

        if self.read_only:
            self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.button_box.rejected.connect(self.reject)
            self.ok_button: QPushButton | None = None
        else:
            self.button_box = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
            self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
            self.ok_button.setText(self.tr("Save Rules"))
            self.button_box.accepted.connect(self.accept)
            self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(
            note_label(
                self.tr(
                    "A change moves at once the due dates of items not yet requested for "
                    "disposal, both ways: a shorter period can make items due today. Items "
                    "already requested keep the rule they were requested under. Ledger entries "
                    "carry their own retention."
                )
            )
        )
        if self.read_only:
            layout.addWidget(note_label(self.tr("Only managers change the retention rules.")))
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    def _what(self, kind: RetainedKind) -> str:
        return {
            RetainedKind.CASE_RECORD: self.tr(
                "The requester's details and the free texts of a closed case; the handling "
                "record stays."
            ),
            RetainedKind.ID_COPY: self.tr("Copies of identity documents and proofs of agency."),
            RetainedKind.LETTER: self.tr("The stored PDFs of the letters issued."),
        }.get(kind, "")

    def _rule_row(self, kind: RetainedKind, rule: RetentionRule) -> RuleRow:
        count_spin = QSpinBox()
        count_spin.setRange(0, max(MAX_COUNT.values()))
        count_spin.setValue(rule.count)
        unit_box = QComboBox()
        for unit in UNITS:
            unit_box.addItem(labels.period_unit(unit), unit.value)
        unit_box.setCurrentIndex(UNITS.index(rule.unit))
        event_box = QComboBox()
        for event in EVENTS:
            event_box.addItem(labels.retention_event(event), event.value)
        event_box.setCurrentIndex(EVENTS.index(rule.event))
        for field in (count_spin, unit_box, event_box):  # natural width, never stretched
            field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = RuleRow(kind, rule, count_spin, unit_box, event_box)
        unit_box.currentIndexChanged.connect(lambda _index: self._unit_changed(row))
        self._unit_changed(row)
        return row

    def _unit_changed(self, row: RuleRow) -> None:
        unit = row.unit()
        counted = unit is not PeriodUnit.UNTIL_PURPOSE_ACHIEVED
        if counted:
            row.count_spin.setMaximum(MAX_COUNT[unit])
        row.count_spin.setEnabled(counted and not self.read_only)
        row.event_box.setEnabled(counted and not self.read_only)
        row.unit_box.setEnabled(not self.read_only)

    def accept(self) -> None:
        if self.read_only:
            self.reject()
            return
        for row in self.rows.values():
            if not row.changed():
                continue
            try:
                row.rule = retention.change_rule(
                    self.ctx, row.kind, row.count(), row.unit(), row.event()
                )
            except UserError as error:
                messages.error(self, self.tr("Retention Rules"), str(error))
                row.count_spin.setFocus()
                return
            self.changed_kinds.append(row.kind)
        super().accept()


# -- the window --------------------------------------------------------------------------------


class RetentionWindow(QDialog):
    """Due items, requests awaiting approval, items kept until their purpose is achieved,
    and the disposals done; managers act, everyone else may look."""

    #: Emitted after anything here changed the data (a request, an approval, a rule…).
    changed = Signal()

    TAB_DUE, TAB_PENDING, TAB_KEPT, TAB_RECORDS = range(4)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_act = ctx.role is not None and may(ctx.role, Permission.RETENTION)
        self._busy = False
        self.setWindowTitle(self.tr("Retention and Disposal"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._due_page(), self.tr("Due for Disposal"))
        self.tabs.addTab(self._pending_page(), self.tr("Awaiting Approval"))
        self.tabs.addTab(self._kept_page(), self.tr("Kept Until Purpose Achieved"))
        self.tabs.addTab(self._records_page(), self.tr("Disposal Records"))

        keep = ctx.settings.get(S.BACKUPS_KEEP)
        self.backup_note = note_label(
            self.tr(
                "Disposal removes the data from the database at once. Backups made before a "
                "disposal still contain it until they are replaced: of the automatic backups, "
                "the newest %1 are kept. Copies made by hand (File > Back Up Database…, "
                "exports) must be deleted by hand."
            ).replace("%1", str(keep))
        )
        self.viewer_note = note_label(
            self.tr("Only managers request and approve disposals; you can see the lists.")
        )
        self.viewer_note.setVisible(not self.may_act)
        self.message_label = error_label()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.hide()
        self.rules_button = push_button(self.tr("Retention Rules…"), self.edit_rules)
        self.refresh_button = push_button(self.tr("Refresh"), self.refresh)
        self.export_button = push_button(self.tr("Export List…"), self.export_list)
        self.export_button.setToolTip(
            self.tr("Save the list on this tab, as shown, as an Excel workbook or a CSV file")
        )
        self.export_button.setVisible(may_export(ctx))
        self.close_button = push_button(self.tr("Close"), self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.rules_button)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.busy_bar)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.viewer_note)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)

        for button in self.acting_buttons():
            button.setVisible(self.may_act)
        self.refresh()
        self.resize(1000, 640)

    # -- the pages -------------------------------------------------------------

    def _page(self, intro: str, table: QTableView, buttons: Sequence[QWidget]) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(10, 10, 10, 10)
        column.addWidget(note_label(intro))
        column.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        column.addLayout(row)
        return page

    def _due_page(self) -> QWidget:
        self.as_of_label = QLabel()
        self.horizon_spin = QSpinBox()
        self.horizon_spin.setRange(0, 3650)
        self.horizon_spin.setValue(0)
        self.horizon_spin.setSuffix(self.tr(" days"))
        self.horizon_spin.setKeyboardTracking(False)
        self.horizon_spin.setToolTip(
            self.tr("Also list what falls due within this many days (it cannot be requested yet).")
        )
        self.horizon_spin.valueChanged.connect(self.refresh)
        self.due_summary = QLabel()
        self.due_summary.setStyleSheet(NOTE_STYLE)
        self.due_model = DueItemsModel(self)
        self.due_table = RecordsTable(
            self.due_model, DueItemsModel.COL_WHAT, single=False, fit=COLUMNS
        )
        self.due_table.sortByColumn(DueItemsModel.COL_DUE_ON, Qt.SortOrder.AscendingOrder)
        self.request_button = push_button(self.tr("Request Disposal…"), self.request_disposal)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(10, 10, 10, 10)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of_label)
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("and the next")))
        top.addWidget(self.horizon_spin)
        top.addStretch(1)
        top.addWidget(self.due_summary)
        column.addLayout(top)
        column.addWidget(self.due_table, 1)
        row = QHBoxLayout()
        self.later_note = note_label(
            self.tr("Items shown in grey fall due later; they can be requested from then.")
        )
        row.addWidget(self.later_note, 1)
        row.addWidget(self.request_button)
        column.addLayout(row)
        self.due_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def _pending_page(self) -> QWidget:
        self.pending_model = PendingDisposalsModel(self.ctx.actor, self)
        self.pending_table = RecordsTable(
            self.pending_model, PendingDisposalsModel.COL_WHAT, single=False, fit=COLUMNS
        )
        self.pending_table.sortByColumn(
            PendingDisposalsModel.COL_REQUESTED_AT, Qt.SortOrder.AscendingOrder
        )
        self.approve_button = push_button(self.tr("Approve and Destroy…"), self.approve)
        self.withdraw_button = push_button(self.tr("Withdraw Request…"), self.withdraw)
        self.pending_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return self._page(
            self.tr(
                "Disposals requested by one manager wait here for another to approve them; "
                "the one who requested cannot approve."
            ),
            self.pending_table,
            [self.withdraw_button, self.approve_button],
        )

    def _kept_page(self) -> QWidget:
        self.kept_model = KeptItemsModel(self)
        self.kept_table = RecordsTable(self.kept_model, KeptItemsModel.COL_WHAT, fit=COLUMNS)
        self.kept_table.sortByColumn(KeptItemsModel.COL_REFERENCE, Qt.SortOrder.AscendingOrder)
        self.purpose_button = push_button(self.tr("Purpose Achieved…"), self.purpose_achieved)
        self.kept_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return self._page(
            self.tr(
                "Kept until the purpose of use is achieved, and no achievement recorded yet. "
                "Once it is recorded, the item comes due on that day."
            ),
            self.kept_table,
            [self.purpose_button],
        )

    def _records_page(self) -> QWidget:
        self.records_model = DisposalRecordsModel(self)
        self.records_table = RecordsTable(
            self.records_model, DisposalRecordsModel.COL_WHAT, single=False, fit=COLUMNS
        )
        self.records_table.sortByColumn(
            DisposalRecordsModel.COL_DONE_AT, Qt.SortOrder.DescendingOrder
        )
        self.print_button = push_button(self.tr("Print Certificate…"), self.print_certificate)
        self.save_button = push_button(self.tr("Save Certificate PDF…"), self.save_certificate)
        self.records_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return self._page(
            self.tr(
                "What was destroyed, when, how and by whom; the records name what was "
                "destroyed, never its content. Select rows for a certificate."
            ),
            self.records_table,
            [self.print_button, self.save_button],
        )

    def acting_buttons(self) -> list[QWidget]:
        """What only a manager sees (a certificate is for everyone who sees the records)."""
        return [
            self.request_button,
            self.approve_button,
            self.withdraw_button,
            self.purpose_button,
        ]

    # -- reading -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read every list again; the selected rows stay selected."""
        today = self.ctx.today()
        self.as_of_label.setText(labels.day_long(today))
        try:
            due = retention.due_items(self.ctx, today, self.horizon_spin.value())
            every = retention.disposals(self.ctx)
            kept = retention.kept_until_purpose(self.ctx)
        except UserError as error:
            self.show_message(str(error))
            return
        self.due_model.today = today
        self.due_table.show_records(due, lambda i: (i.kind, i.id))
        self.pending_model.me = self.ctx.actor
        self.pending_table.show_records([d for d in every if not d.done], lambda d: d.id)
        self.kept_table.show_records(kept, lambda i: (i.kind, i.id))
        self.records_table.show_records([d for d in every if d.done], lambda d: d.id)
        now = sum(1 for item in due if item.due_on <= today)
        later = len(due) - now
        summary = count_text(now, self.tr("1 item due"), self.tr("%1 items due"))
        if later:
            summary += self.tr(", %1 later").replace("%1", str(later))
        self.due_summary.setText(summary)
        self.later_note.setVisible(later > 0)
        self._update_buttons()

    def selected_due(self) -> list[DueItem]:
        return self.due_table.selected_records()

    def selected_pending(self) -> list[DisposalRecord]:
        return self.pending_table.selected_records()

    def selected_kept(self) -> list[KeptItem]:
        return self.kept_table.selected_records()

    def selected_records(self) -> list[DisposalRecord]:
        return self.records_table.selected_records()

    def _update_buttons(self) -> None:
        idle = not self._busy
        pending = self.selected_pending()
        own = [d for d in pending if d.requested_by == self.ctx.actor]
        self.request_button.setEnabled(idle and bool(self.selected_due()))
        self.approve_button.setEnabled(idle and bool(pending) and not own)
        self.approve_button.setToolTip(
            self.tr("You requested this disposal; another manager must approve it.") if own else ""
        )
        self.withdraw_button.setEnabled(idle and bool(pending))
        self.purpose_button.setEnabled(idle and bool(self.selected_kept()))
        chosen = bool(self.selected_records())
        self.print_button.setEnabled(idle and chosen)
        self.save_button.setEnabled(idle and chosen)
        for widget in (self.rules_button, self.refresh_button, self.close_button):
            widget.setEnabled(idle)
        self.horizon_spin.setEnabled(idle)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)

    def _done(self, text: str) -> None:
        """After a change: read again, say what was done, tell the main window."""
        self.refresh()
        self.show_message(text, DONE_STYLE)
        self.changed.emit()

    # -- busy ------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.show_message(text, NOTE_STYLE)
        else:
            self.unsetCursor()
            self.show_message("")
        self._update_buttons()

    def reject(self) -> None:
        """Close (Escape, the Close button, the title bar's ×), but not while busy."""
        if self._busy:  # the destruction finishes anyway; wait for it
            return
        super().reject()

    # -- the acts ----------------------------------------------------------------

    def export_list(self) -> Path | None:
        """The list on the current tab, as shown, to a spreadsheet."""
        if not may_export(self.ctx):
            return None
        tab = self.tabs.currentIndex()
        table, what = {
            self.TAB_DUE: (self.due_table, "retention-due"),
            self.TAB_PENDING: (self.pending_table, "retention-awaiting-approval"),
            self.TAB_KEPT: (self.kept_table, "retention-kept-until-purpose"),
            self.TAB_RECORDS: (self.records_table, "disposal-records"),
        }[tab]
        return export_view(self, self.ctx, table, self.tabs.tabText(tab), what)

    def request_disposal(self) -> RequestDisposalDialog | None:
        """Ask method and witness for the selected items; only items due today qualify."""
        chosen = self.selected_due()
        if not chosen or self._busy:
            return None
        today = self.ctx.today()
        later = [item for item in chosen if item.due_on > today]
        if later:
            messages.warning(
                self,
                self.tr("Request Disposal"),
                self.tr(
                    "Only items due today or earlier can be requested. %1 of the chosen items "
                    "fall due later (the first on %2); request them from their due date."
                )
                .replace("%1", str(len(later)))
                .replace("%2", min(item.due_on for item in later).isoformat()),
            )
            return None
        dialog = RequestDisposalDialog(self.ctx, chosen, self)

        def accepted() -> None:
            self._done(
                count_text(
                    len(dialog.requested),
                    self.tr("1 item was requested for disposal; another manager approves it."),
                    self.tr("%1 items were requested for disposal; another manager approves them."),
                )
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()
        return dialog

    def approve(self) -> bool:
        """Ask, then destroy the selected requests' items off the GUI thread; True if started.

        The service refuses the manager who requested (the two-person rule).
        """
        chosen = self.selected_pending()
        if not chosen or self._busy:
            return False
        keep = self.ctx.settings.get(S.BACKUPS_KEEP)
        what = (
            description(chosen[0])
            if len(chosen) == 1
            else self.tr("%1 items").replace("%1", str(len(chosen)))
        )
        if not messages.confirm(
            self,
            self.tr("Approve and Destroy"),
            self.tr(
                "Approve the disposal of %1? The data is destroyed now and cannot be "
                "recovered. Backups made before now still contain it until they age out (the "
                "newest %2 automatic backups are kept)."
            )
            .replace("%2", str(keep))
            .replace("%1", what),
        ):
            return False
        ctx, ids = self.ctx, [record.id for record in chosen]

        def work() -> tuple[list[DisposalRecord], UserError | None]:
            return retention.approve_disposals(ctx, ids)

        self._set_busy(
            True, self.tr("Destroying the data and reclaiming space in the database file…")
        )
        tasks.run_task(work, self._approved, self._approve_failed)
        return True

    def _approved(self, result: tuple[list[DisposalRecord], UserError | None]) -> None:
        self._set_busy(False)
        done, error = result
        if done:
            self._done(
                count_text(
                    len(done),
                    self.tr("1 item was destroyed; its record is under Disposal Records."),
                    self.tr("%1 items were destroyed; their records are under Disposal Records."),
                )
            )
        else:
            self.refresh()
        if error is not None:
            messages.error(self, self.tr("Approve and Destroy"), str(error))

    def _approve_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.refresh()
        if not isinstance(error, UserError):
            raise error
        messages.error(self, self.tr("Approve and Destroy"), str(error))

    def withdraw(self) -> bool:
        """Ask, then take back the selected requests; the items return to the due list."""
        chosen = self.selected_pending()
        if not chosen or self._busy:
            return False
        if not messages.confirm(
            self,
            self.tr("Withdraw Request"),
            count_text(
                len(chosen),
                self.tr("Withdraw the request for 1 item? It returns to the due list."),
                self.tr("Withdraw the requests for %1 items? They return to the due list."),
            ),
        ):
            return False
        withdrawn = 0
        try:
            for record in chosen:
                retention.withdraw_disposal(self.ctx, record.id)
                withdrawn += 1
        except UserError as error:
            messages.error(self, self.tr("Withdraw Request"), str(error))
        if withdrawn:
            self._done(
                count_text(
                    withdrawn,
                    self.tr("1 request was withdrawn."),
                    self.tr("%1 requests were withdrawn."),
                )
            )
        else:
            self.refresh()
        return withdrawn == len(chosen)

    def purpose_achieved(self) -> PurposeAchievedDialog | None:
        chosen = self.selected_kept()
        if not chosen or self._busy:
            return None
        dialog = PurposeAchievedDialog(self.ctx, chosen[0], self)
        dialog.accepted.connect(
            lambda: self._done(self.tr("Recorded; the item is listed under Due for Disposal."))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()
        return dialog

    def edit_rules(self) -> RetentionRulesDialog | None:
        if self._busy:
            return None
        try:
            dialog = RetentionRulesDialog(self.ctx, self)
        except UserError as error:
            messages.error(self, self.tr("Retention Rules"), str(error))
            return None

        def accepted() -> None:
            if dialog.changed_kinds:
                self._done(self.tr("The retention rules were changed; the due list follows them."))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()
        return dialog

    # -- certificates ------------------------------------------------------------

    def _certificate(self) -> bytes:
        """The certificate of the selected disposals (Japanese with English; audited)."""
        ids = [record.id for record in self.selected_records()]
        return retention.disposal_certificate_pdf(self.ctx, ids)

    def print_certificate(self) -> int:
        """Print a certificate of the selected disposals; the pages printed."""
        if not self.selected_records() or self._busy:
            return 0
        printer = printing.choose_printer(self, self.tr("Disposal certificate"))
        if printer is None:
            return 0
        try:
            return printing.print_pdf(self._certificate(), printer)
        except UserError as error:
            messages.error(self, self.tr("Print Certificate"), str(error))
            return 0

    def save_certificate(self) -> Path | None:
        """Ask where, then write a certificate of the selected disposals as a PDF."""
        if not self.selected_records() or self._busy:
            return None
        suggested = Path.home() / f"disposal-certificate-{self.ctx.today():%Y-%m-%d}.pdf"
        target = messages.choose_save_file(
            self, self.tr("Save Certificate PDF"), suggested, self.tr("PDF document (*.pdf)")
        )
        if target is None:
            return None
        try:
            written = write_whole(target, self._certificate())
        except UserError as error:
            messages.error(self, self.tr("Save Certificate PDF"), str(error))
            return None
        self.show_message(
            self.tr("The certificate was saved to %1.").replace("%1", str(written)), DONE_STYLE
        )
        return written
