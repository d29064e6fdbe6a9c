"""One complaint or inquiry (APPI Art. 40; issue 8): recorded, answered, closed.

:class:`ComplaintDialog` records a new one or changes one already recorded (the
response, the closing, a correction). Everything goes through
:mod:`privacy_desk.services.complaints`, which checks the role, validates the record and
writes the audit trail; when it refuses, its sentence is shown here and every value
stays as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.errors import UserError
from privacy_desk.services import complaints
from privacy_desk.services.complaints import ComplaintData, ComplaintInfo
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.dialogs.login_dialog import fit_height
from privacy_desk.ui.models.complaints_model import channel as channel_label
from privacy_desk.ui.models.complaints_model import contact_kind
from privacy_desk.ui.models.history_model import local_time
from privacy_desk.ui.style import (
    error_label,
    field_said_first,
    line_edit,
    note_label,
    push_button,
    show_message,
)
from privacy_desk.ui.widgets.date_edit import DateEdit

KINDS = tuple(ContactKind)
CHANNELS = tuple(Channel)
#: As long as the store keeps (store.models.Complaint).
HANDLED_BY_LENGTH = 64


class TextBox(QPlainTextEdit):
    """A multi-line field about ``lines`` lines high (it grows with the dialog); Tab moves
    on instead of typing a tab."""

    def __init__(self, lines: int, placeholder: str = "") -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self._lines = lines
        self.setMinimumHeight(self._height(min(lines, 2)))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        return (
            self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + document
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), self._height(self._lines))


def date_with_hint(edit: DateEdit, *more: QWidget) -> QWidget:
    """A date field with its era form beside it (and ``more`` after that)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("2026-11-24 / R8.11.24") + 24)
    row.addWidget(edit)
    row.addWidget(edit.hint_label())
    for widget in more:
        row.addWidget(widget)
    row.addStretch(1)
    return box


class ComplaintDialog(QDialog):
    """A new complaint or inquiry (``info`` None), or one to change; OK saves it.

    After ``Accepted``, :attr:`saved` holds the record as stored.
    """

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        info: ComplaintInfo | None = None,
        *,
        case_reference: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.saved: ComplaintInfo | None = None
        if info is None:
            self.setWindowTitle(self.tr("Record Complaint or Inquiry"))
        else:
            self.setWindowTitle(self.tr("Complaint or Inquiry No. %1").replace("%1", str(info.id)))

        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(contact_kind(kind), kind.value)
        self.received_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.channel_box = QComboBox()
        for each in CHANNELS:
            self.channel_box.addItem(channel_label(each), each.value)
        self.name_edit = line_edit(200, self.tr("Optional; as the person gave it"))
        self.contact_edit = line_edit(400, self.tr("Phone, e-mail or address; optional"))
        self.subject_edit = TextBox(3, self.tr("What the complaint or inquiry is about"))
        self.case_edit = line_edit(16, self.tr("Optional, e.g. 2026-0042"))
        self.response_edit = TextBox(4, self.tr("What was answered or done; needed to close it"))
        self.handled_by_edit = line_edit(HANDLED_BY_LENGTH)
        self.closed_edit = DateEdit(allow_empty=True, today=ctx.today)
        self.closed_edit.setPlaceholderText(self.tr("Open"))
        self.close_today_button = push_button(self.tr("Close It Today"), self.close_today)
        self.message_label = error_label()

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record") if info is None else self.tr("Save"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_box)
        kind_row.addSpacing(16)
        kind_row.addWidget(self._label(self.tr("Channel:"), self.channel_box))
        kind_row.addWidget(self.channel_box)
        kind_row.addStretch(1)
        form.addRow(self.tr("Kind:"), kind_row)
        form.addRow(self.tr("Received on:"), date_with_hint(self.received_edit))
        form.addRow(self.tr("Person's name:"), self.name_edit)
        form.addRow(self.tr("Contact:"), self.contact_edit)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("Case:"), self.case_edit)
        form.addRow(self.tr("Response:"), self.response_edit)
        form.addRow(self.tr("Handled by:"), self.handled_by_edit)
        form.addRow(
            self.tr("Closed on:"), date_with_hint(self.closed_edit, self.close_today_button)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        if info is None:
            intro = self.tr(
                "A complaint or inquiry about how the company handles personal information "
                "(APPI Art. 40). Close it once it has been answered."
            )
        else:
            intro = (
                self.tr("Recorded %1 by %2.")
                .replace("%1", local_time(info.recorded_at))
                .replace("%2", info.recorded_by)
            )
            if info.changed_at:
                intro += " " + self.tr("Last changed %1.").replace(
                    "%1", local_time(info.changed_at)
                )
        layout.addWidget(note_label(intro))
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)

        self._fill(info, case_reference)
        self.closed_edit.dateChanged.connect(lambda _value: self._update_close_button())
        self.closed_edit.textChanged.connect(lambda _text: self._update_close_button())
        self._update_close_button()
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())
        fit_height(self)
        (self.subject_edit if info is not None else self.name_edit).setFocus()
        if info is not None and info.is_open:
            self.response_edit.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill(self, info: ComplaintInfo | None, case_reference: str) -> None:
        if info is None:
            self.set_kind(ContactKind.COMPLAINT)
            self.set_channel(Channel.PHONE)
            self.received_edit.setDate(self.ctx.today())
            self.case_edit.setText(case_reference)
            self.handled_by_edit.setText(self.ctx.actor)
            return
        data = info.data
        self.set_kind(data.kind)
        self.set_channel(data.channel)
        self.received_edit.setDate(data.received_on)
        self.name_edit.setText(data.person_name)
        self.contact_edit.setText(data.person_contact)
        self.subject_edit.setPlainText(data.subject)
        self.case_edit.setText(data.case_reference)
        self.response_edit.setPlainText(data.response)
        self.handled_by_edit.setText(data.handled_by or self.ctx.actor)
        self.closed_edit.setDate(data.closed_on)

    # -- the choices ----------------------------------------------------------------------

    def kind(self) -> ContactKind:
        return ContactKind(self.kind_box.currentData())

    def set_kind(self, kind: ContactKind) -> None:
        self.kind_box.setCurrentIndex(KINDS.index(kind))

    def channel(self) -> Channel:
        return Channel(self.channel_box.currentData())

    def set_channel(self, value: Channel) -> None:
        self.channel_box.setCurrentIndex(CHANNELS.index(value))

    def close_today(self) -> None:
        """Closed on today; the response next, when there is none yet."""
        self.closed_edit.setDate(self.ctx.today())
        if not self.response_edit.toPlainText().strip():
            self.response_edit.setFocus()

    def _update_close_button(self) -> None:
        self.close_today_button.setEnabled(self.closed_edit.date() != self.ctx.today())

    # -- saving ---------------------------------------------------------------------------

    def _field_for(self, error: UserError) -> QWidget | None:
        """The field the first of the service's sentences is about (found in the English
        ``message``; the user reads ``str(error)``, in the app's language)."""
        fields: list[tuple[str, QWidget]] = [
            ("Say what the complaint or inquiry is about.", self.subject_edit),
            ("The day it came in is still to come.", self.received_edit),
            ("It cannot be closed before it came in.", self.closed_edit),
            ("It cannot be closed on a day still to come.", self.closed_edit),
            ("Write the response before closing it.", self.response_edit),
            ("There is no case ", self.case_edit),
        ]
        return field_said_first(error.message, fields)

    def _date_problems(self) -> tuple[list[str], QWidget | None]:
        problems: list[str] = []
        focus: QWidget | None = None
        for edit, name in (
            (self.received_edit, self.tr("Received on")),
            (self.closed_edit, self.tr("Closed on")),
        ):
            problem = edit.error()
            if problem is not None:
                problems.append(self.tr("%1: %2").replace("%1", name).replace("%2", problem))
                focus = focus or edit
        return problems, focus

    def data(self) -> ComplaintData | None:
        """What the form says (None while the day it came in cannot be read)."""
        received_on = self.received_edit.date()
        if received_on is None:
            return None
        return ComplaintData(
            kind=self.kind(),
            received_on=received_on,
            channel=self.channel(),
            subject=self.subject_edit.toPlainText(),
            person_name=self.name_edit.text(),
            person_contact=self.contact_edit.text(),
            case_reference=self.case_edit.text(),
            response=self.response_edit.toPlainText(),
            closed_on=self.closed_edit.date(),
            handled_by=self.handled_by_edit.text(),
        )

    def show_message(self, text: str) -> None:
        """Say ``text`` under the form (nothing when empty); the dialog grows to show it."""
        show_message(self.message_label, text)
        fit_height(self)

    def accept(self) -> None:
        self.show_message("")
        problems, focus = self._date_problems()
        data = self.data()
        if problems or data is None:
            self.show_message(" ".join(problems))
            if focus is not None:
                focus.setFocus()
            return
        try:
            if self.info is None:
                self.saved = complaints.record_complaint(self.ctx, data)
            else:
                self.saved = complaints.change_complaint(self.ctx, self.info.id, data)
        except UserError as error:
            field = self._field_for(error)
            self.show_message(str(error))
            if field is not None:
                field.setFocus()
            return
        super().accept()
