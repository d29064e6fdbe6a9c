"""The complaints and inquiries log (APPI Art. 40, JIS Q 15001; issue 8).

The window lists the log, newest first, searched by name, subject or case, by kind, by
state and by the day each came in; opened for a case, it lists only what is linked to
that case. The record selected is shown whole below the table. Staff who process cases
record new ones and change them (the response, the closing) with
:class:`~privacy_desk.ui.dialogs.complaint_dialog.ComplaintDialog`.

Everything goes through :mod:`privacy_desk.services.complaints`, which checks the role,
validates the record and writes the audit trail. The dialogs open window-modal with
``open()`` and are returned, so that tests can fill them in.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.complaints import ContactKind
from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.services import complaints
from privacy_desk.services.complaints import ComplaintInfo
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.dialogs.complaint_dialog import ComplaintDialog
from privacy_desk.ui.models.complaints_model import (
    ComplaintsModel,
    channel,
    contact_kind,
    days_open,
    is_late,
)
from privacy_desk.ui.models.history_model import local_time
from privacy_desk.ui.models.provision_models import long_day
from privacy_desk.ui.style import (
    DONE_STYLE,
    ERROR_STYLE,
    NOTE_STYLE,
    count_text,
    error_label,
    push_button,
    show_message,
)
from privacy_desk.ui.table_export import export_view, may_export
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.records_table import ColumnFit, RecordsTable

#: The subject stretches; when the table is tight, the names give up width.
COLUMNS = ColumnFit(
    padding=16,
    max_width=200,
    min_stretch=200,
    narrowable=(ComplaintsModel.COL_PERSON, ComplaintsModel.COL_HANDLED_BY),
    min_narrowed=80,
    arrow_room_everywhere=True,
)
SEARCH_DELAY_MS = 250
NONE_TEXT = "—"


# -- the record selected -----------------------------------------------------------------------


class ComplaintDetails(QScrollArea):
    """Every field of one record, read-only: the facts on the left, the subject and the
    response in full on the right."""

    FACTS = (
        "number",
        "kind",
        "received_on",
        "channel",
        "person_name",
        "person_contact",
        "case",
        "handled_by",
        "state",
    )
    TEXTS = ("subject", "response", "recorded", "changed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(24)
        captions = self.captions()
        #: The value labels by key, for tests and for copying.
        self.values: dict[str, QLabel] = {}
        for keys, stretch in ((self.FACTS, 2), (self.TEXTS, 3)):
            form = QFormLayout()
            form.setVerticalSpacing(5)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                value = QLabel()
                value.setWordWrap(True)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                caption = QLabel(captions[key])
                caption.setStyleSheet(NOTE_STYLE)
                form.addRow(caption, value)
                self.values[key] = value
            row.addLayout(form, stretch)
        self.setWidget(page)

    def captions(self) -> dict[str, str]:
        return {
            "number": self.tr("No.:"),
            "kind": self.tr("Kind:"),
            "received_on": self.tr("Received on:"),
            "channel": self.tr("Channel:"),
            "person_name": self.tr("Person's name:"),
            "person_contact": self.tr("Contact:"),
            "case": self.tr("Case:"),
            "handled_by": self.tr("Handled by:"),
            "state": self.tr("State:"),
            "recorded": self.tr("Recorded:"),
            "changed": self.tr("Last changed:"),
            "subject": self.tr("Subject:"),
            "response": self.tr("Response:"),
        }

    def text(self, key: str) -> str:
        return self.values[key].text()

    def show_record(self, record: ComplaintInfo | None, today: date) -> None:
        if record is None:
            for value in self.values.values():
                value.setText("")
                value.setStyleSheet("")
            return
        data = record.data
        if record.is_open:
            days = days_open(record, today)
            state = (
                self.tr("Open for 1 day")
                if days == 1
                else self.tr("Open for %1 days").replace("%1", str(days))
            )
        else:
            state = self.tr("Closed on %1").replace("%1", long_day(data.closed_on))
        by = self.tr("%1 by %2")
        texts = {
            "number": str(record.id),
            "kind": contact_kind(data.kind),
            "received_on": long_day(data.received_on),
            "channel": channel(data.channel),
            "person_name": data.person_name,
            "person_contact": data.person_contact,
            "case": data.case_reference,
            "handled_by": data.handled_by,
            "state": state,
            "recorded": by.replace("%1", local_time(record.recorded_at)).replace(
                "%2", record.recorded_by
            ),
            "changed": local_time(record.changed_at) if record.changed_at else "",
            "subject": data.subject,
            "response": data.response
            or (self.tr("None yet") if record.is_open else self.tr("None")),
        }
        for key, value in self.values.items():
            value.setText(texts[key] or NONE_TEXT)
            value.setStyleSheet("" if texts[key] else NOTE_STYLE)
        if not data.response:
            self.values["response"].setStyleSheet(NOTE_STYLE)
        self.values["state"].setStyleSheet(ERROR_STYLE if is_late(record, today) else "")


# -- the window --------------------------------------------------------------------------------


class ComplaintsWindow(QDialog):
    """The complaints and inquiries log, or those linked to one case; staff who process
    cases record and change them, everyone else may read."""

    #: Emitted after a record was recorded or changed here.
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
        self.may_act = ctx.role is not None and may(ctx.role, Permission.PROCESS_CASES)
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        if case_reference is None:
            self.setWindowTitle(self.tr("Complaints and Inquiries"))
        else:
            self.setWindowTitle(
                self.tr("Complaints and inquiries about case %1").replace("%1", case_reference)
            )

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)

        self.model = ComplaintsModel(self)
        self.table = RecordsTable(self.model, ComplaintsModel.COL_SUBJECT, fit=COLUMNS)
        self.table.sortByColumn(ComplaintsModel.COL_RECEIVED_ON, Qt.SortOrder.DescendingOrder)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = ComplaintDetails()

        self.count_label = QLabel()
        self.message_label = error_label()
        self.record_button = push_button(self.tr("Record…"), self.record_complaint)
        self.edit_button = push_button(self.tr("Edit…"), self.edit_complaint)
        self.refresh_button = push_button(self.tr("Refresh"), self.refresh)
        self.export_button = push_button(self.tr("Export…"), self.export_list)
        self.export_button.setToolTip(
            self.tr("Save the records listed, as shown, as an Excel workbook or a CSV file")
        )
        self.export_button.setVisible(may_export(ctx))
        self.close_button = push_button(self.tr("Close"), self.reject)
        for button in (self.record_button, self.edit_button):
            button.setVisible(self.may_act)
        self._date_problem_shown = False

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.refresh_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.message_label)
        layout.addSpacing(2)
        layout.addWidget(self.count_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.resize(1050, 640)
        self.splitter.setSizes([330, 230])
        self.refresh()

    # -- the filter row -------------------------------------------------------------------

    def _filter_row(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setMaxLength(200)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, subject or case"))
        self.search_edit.setToolTip(
            self.tr(
                "Part of the person's name, of the subject or of the case reference, "
                "typed in any width, in katakana or hiragana."
            )
        )
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("All"), None)
        self.kind_box.addItem(self.tr("Complaints"), ContactKind.COMPLAINT.value)
        self.kind_box.addItem(self.tr("Inquiries"), ContactKind.INQUIRY.value)
        self.open_box = QCheckBox(self.tr("Open only"))
        self.since_edit = DateEdit(today=self.ctx.today)
        self.until_edit = DateEdit(today=self.ctx.today)
        for edit in (self.since_edit, self.until_edit):
            edit.setPlaceholderText(self.tr("any"))
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("2026-11-24") + 40)
            edit.dateChanged.connect(lambda _value: self.refresh())
            edit.editingFinished.connect(self._check_dates)

        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.open_box.toggled.connect(lambda _checked: self.refresh())

        row = QHBoxLayout()
        search = QLabel(self.tr("Search:"))
        search.setBuddy(self.search_edit)
        row.addWidget(search)
        row.addWidget(self.search_edit, 1)
        row.addSpacing(10)
        kind = QLabel(self.tr("Kind:"))
        kind.setBuddy(self.kind_box)
        row.addWidget(kind)
        row.addWidget(self.kind_box)
        row.addSpacing(10)
        row.addWidget(self.open_box)
        row.addSpacing(10)
        since = QLabel(self.tr("Received from:"))
        since.setBuddy(self.since_edit)
        row.addWidget(since)
        row.addWidget(self.since_edit)
        until = QLabel(self.tr("To:"))
        until.setBuddy(self.until_edit)
        row.addWidget(until)
        row.addWidget(self.until_edit)
        return row

    def kind(self) -> ContactKind | None:
        value = self.kind_box.currentData()
        return ContactKind(value) if value is not None else None

    def set_kind(self, kind: ContactKind | None) -> None:
        """Show only ``kind`` (None: both)."""
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind and kind.value)))

    def _searching(self) -> bool:
        return bool(
            self.search_edit.text().strip()
            or self.kind() is not None
            or self.open_box.isChecked()
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

    def export_list(self) -> Path | None:
        """The records as listed (with the filters applied), to a spreadsheet."""
        if not may_export(self.ctx):
            return None
        return export_view(self, self.ctx, self.table, self.windowTitle(), "complaints")

    def refresh(self) -> None:
        """Read the log again (filtered as the filter row says); keep the selection."""
        self.search_timer.stop()
        problem = self._date_problem()
        if problem is not None:
            self._check_dates()
            return
        try:
            records = complaints.complaints(
                self.ctx,
                since=self.since_edit.date(),
                until=self.until_edit.date(),
                open_only=self.open_box.isChecked(),
                kind=self.kind(),
                text=self.search_edit.text(),
                case_reference=self.case_reference or "",
            )
        except UserError as error:
            self.model.set_complaints([], self.ctx.today())
            self.table.fit_columns()
            self.count_label.setText("")
            self.show_message(str(error))
            self._selected()
            return
        self.show_message("")
        self._date_problem_shown = False
        selected = self.selected_record()
        self.model.set_complaints(records, self.ctx.today())
        self.table.fit_columns()
        kept = selected is not None and self.select_record(selected.id)
        if not kept and records:
            self.table.selectRow(0)
        self.count_label.setText(self._count_text(records))
        self._selected()

    def _count_text(self, records: list[ComplaintInfo]) -> str:
        n = len(records)
        if not n:
            if self._searching():
                return self.tr("No records match the search.")
            if self.case_reference is not None:
                return self.tr("No complaints or inquiries about this case.")
            return self.tr("No complaints or inquiries yet.")
        listed = count_text(n, self.tr("1 record"), self.tr("%1 records"))
        still_open = sum(1 for record in records if record.is_open)
        if not still_open:
            return listed
        return self.tr("%1, %2 open").replace("%1", listed).replace("%2", str(still_open))

    def records(self) -> list[ComplaintInfo]:
        """The records listed, in the table's order."""
        proxy = self.table.proxy
        return [
            proxy.index(row, 0).data(ComplaintsModel.RecordRole) for row in range(proxy.rowCount())
        ]

    def selected_record(self) -> ComplaintInfo | None:
        return self.table.selected()

    def select_record(self, record_id: int) -> bool:
        return self.table.select_source_row(self.model.row_of(record_id))

    def _selected(self) -> None:
        record = self.selected_record()
        self.details.show_record(record, self.ctx.today())
        self.edit_button.setEnabled(record is not None)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)

    # -- acting ---------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.may_act:
            self.edit_complaint()

    def _open(self, dialog: ComplaintDialog, done: str, elsewhere: str) -> None:
        """Open ``dialog``; when accepted, read again, select the record, say ``done`` (or
        ``elsewhere`` when the filter hides it), tell the main window."""

        def accepted() -> None:
            saved = dialog.saved
            if saved is None:
                return
            self.refresh()
            text = done if self.select_record(saved.id) else elsewhere
            self.show_message(text.replace("%1", str(saved.id)), DONE_STYLE)
            self.changed.emit()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()

    def record_complaint(self) -> ComplaintDialog | None:
        if not self.may_act:
            return None
        dialog = ComplaintDialog(self.ctx, self, case_reference=self.case_reference or "")
        self._open(
            dialog,
            self.tr("No. %1 was recorded."),
            self.tr("No. %1 was recorded; it does not match the search."),
        )
        return dialog

    def edit_complaint(self) -> ComplaintDialog | None:
        record = self.selected_record()
        if record is None or not self.may_act:
            return None
        dialog = ComplaintDialog(self.ctx, self, record)
        self._open(
            dialog,
            self.tr("No. %1 was saved."),
            self.tr("No. %1 was saved; it no longer matches the search."),
        )
        return dialog
