"""The company's request form on screen: log a new case or edit a stored one.

Sections follow the paper form (envelope, who writes, principal, agent, requests, fee,
enclosures, handling). Problems are shown in red right under their field and warnings in
amber; a field's problem appears once the clerk has left it, and every problem at once when
the host calls :meth:`CaseForm.validate` before saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.fees import money_order_expires_on
from privacy_desk.domain.intake import check_intake
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.case_list import assignees
from privacy_desk.services.cases import EDITABLE_FIELDS, EnclosureInput, NewCase, RequestInput
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case
from privacy_desk.ui import labels
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.postal_code_edit import PostalCodeEdit

LANGUAGES = ("ja", "en")
_DISCLOSURE_TYPES = frozenset({RequestType.DISCLOSURE, RequestType.PROVISION_RECORDS})
#: Colours of the texts under the fields: a problem red, a warning amber.
_MESSAGE_COLOURS = {"fieldProblem": "#b71c1c", "fieldWarning": "#8a5300"}
_RED_BORDER = "border: 2px solid #c62828; border-radius: 3px;"


def _border_style(target: QWidget, problem: bool) -> str:
    """The style sheet of a field's frame: red while the field has a problem.

    Each framed widget has its own; the form has none. A style sheet on the form would
    send its hundreds of widgets through Qt's style-sheet style, which made opening a
    case a third slower.
    """
    name = target.objectName()
    if name == "comboFrame":  # always 2px of room, so that the red border moves nothing
        colour = "#c62828" if problem else "transparent"
        return f"QFrame#comboFrame {{ border: 2px solid {colour}; border-radius: 3px; }}"
    if not problem:
        return ""
    if name == "requestGrid":
        return f"QFrame#requestGrid {{ {_RED_BORDER} }}"
    if isinstance(target, QAbstractSpinBox):
        return f"QAbstractSpinBox {{ {_RED_BORDER} padding: 1px 2px; }}"
    if isinstance(target, QLineEdit):
        return f"QLineEdit {{ {_RED_BORDER} padding: 1px 2px; }}"
    return ""


def _set_message_colour(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(_MESSAGE_COLOURS[label.objectName()]))
    label.setPalette(palette)


def _bold_titles(form: QWidget) -> None:
    """Group box titles semi-bold, what is inside them not."""
    title = QFont()
    title.setWeight(QFont.Weight.DemiBold)
    inside = QFont()
    inside.setWeight(QFont.Weight.Normal)
    for box in form.findChildren(QGroupBox):
        box.setFont(title)
        for child in box.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            child.setFont(inside)


#: The order the form's fields are filled in from a case (the requester's kind before
#: the agent's fields it shows, the payment before the money order's).
_FIELD_ORDER = (
    "received_on",
    "postmarked_on",
    "language",
    "requester_kind",
    "requester_name",
    "requester_kana",
    "requester_address",
    "requester_phone",
    "requester_email",
    "agent_name",
    "agent_kana",
    "agent_address",
    "agent_phone",
    "agent_email",
    "agent_qualification",
    "agent_registration_number",
    "money_order_number",
    "requester_birth_date",
    "requester_postal_code",
    "agent_postal_code",
    "disclosure_method",
    "fee_amount",
    "fee_payment",
    "money_order_issued_on",
    "assigned_to",
    "notes",
)


class CaseForm(QWidget):
    """Every field of a request, with field-level checks; see the module doc."""

    #: The clerk changed something (not emitted while the form is filled by code).
    edited = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._show_all = False
        self._changed: set[str] = set()  # fields the clerk typed in or changed
        self._touched: set[str] = set()  # ... and then left: their problems are shown
        self._loaded: dict[str, object] | None = None  # editable values of the stored case
        self._loaded_requests: dict[RequestType, tuple[str, str]] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._hidden: set[str] = set()
        self._loaded_enclosures: set[EnclosureKind] = set()
        self._baseline: tuple[object, ...] = ()
        self._editors: dict[str, QWidget] = {}  # field name -> widget that gets focus/border
        self._messages: dict[str, QLabel] = {}  # field name -> red/amber text under it
        self._border_targets: dict[str, QWidget] = {}  # where the red border goes if not editor
        self._chain: list[QWidget] = []  # tab order, section by section

        self.envelope_box = self._envelope_section()
        self.kind_box = self._kind_section()
        self.principal_box = self._principal_section()
        self.agent_box = self._agent_section()
        self.requests_box = self._requests_section()
        self.fee_box = self._fee_section()
        self.enclosures_box = self._enclosures_section()
        self.handling_box = self._handling_section()

        self.left_panel = self._panel(
            self.envelope_box, self.kind_box, self.principal_box, self.agent_box
        )
        self.right_panel = self._panel(
            self.requests_box, self.fee_box, self.enclosures_box, self.handling_box
        )
        self._columns = QGridLayout(self)
        self._columns.setContentsMargins(8, 8, 8, 8)
        self._columns.setHorizontalSpacing(16)
        self.set_columns(2)

        _bold_titles(self)
        for first, second in zip(self._chain, self._chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for widget in self._chain:
            widget.installEventFilter(self)
        self._connect_changes()
        self._loading = True  # filling in the choices is not an edit
        try:
            self.refresh_assignees()
        finally:
            self._loading = False
        self.clear_for_next(keep_arrival=False)

    # -- building ---------------------------------------------------------------

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        return box, form

    def _message_label(self, name: str) -> QLabel:
        message = QLabel()
        message.setObjectName("fieldProblem")
        _set_message_colour(message)
        message.setWordWrap(True)
        message.hide()
        self._messages[name] = message
        return message

    def _field(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        editor: QWidget,
        *,
        width: int | None = None,
        beside: QWidget | None = None,
    ) -> QWidget:
        """One labelled row: the editor (and what goes beside it), its message under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(8)
        if width is not None:
            editor.setFixedWidth(width)
        shown: QWidget = editor
        if isinstance(editor, QComboBox):
            # a style sheet border would hide the combo's arrow: frame it instead
            shown = QFrame()
            shown.setObjectName("comboFrame")
            shown.setStyleSheet(_border_style(shown, problem=False))
            framed = QVBoxLayout(shown)
            framed.setContentsMargins(0, 0, 0, 0)  # the frame's own 2px border is the room
            framed.addWidget(editor)
            self._border_targets[name] = shown
        line.addWidget(shown, 0 if width is not None else 1)
        if beside is not None:
            line.addWidget(beside)
        if width is not None:
            line.addStretch(1)
        column.addLayout(line)
        column.addWidget(self._message_label(name))
        caption = QLabel(label)
        caption.setBuddy(editor)
        # level with the field's first line, not with the message under it
        caption.setFixedHeight(min(shown.sizeHint().height(), 34))
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(caption, box)
        self._rows[name] = (form, box)
        self._editors[name] = editor
        self._chain.append(editor)
        return editor

    def _date(self, form: QFormLayout, label: str, name: str, *, allow_empty: bool) -> DateEdit:
        edit = DateEdit(allow_empty=allow_empty, today=self.ctx.today)
        width = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24
        self._field(form, label, name, edit, width=max(width, 130), beside=edit.hint_label())
        return edit

    def _envelope_section(self) -> QGroupBox:
        box, form = self._group(self.tr("1. Envelope"))
        self.received_on = self._date(
            form, self.tr("&Arrival date:"), "received_on", allow_empty=False
        )
        self.postmarked_on = self._date(
            form, self.tr("&Postmark date:"), "postmarked_on", allow_empty=True
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("Japanese"), "ja")
        self.language.addItem(self.tr("English"), "en")
        self._field(form, self.tr("Letter written in:"), "language", self.language, width=130)
        return box

    def _kind_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Who is writing"))
        grid = QGridLayout(box)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[RequesterKind, QRadioButton] = {}
        for index, kind in enumerate(RequesterKind):
            button = QRadioButton(labels.requester_kind(kind))
            self.kind_group.addButton(button, index)
            self.kind_buttons[kind] = button
            grid.addWidget(button, index // 2, index % 2)
            self._chain.append(button)
        grid.addWidget(self._message_label("requester_kind"), 3, 0, 1, 2)
        self._editors["requester_kind"] = self.kind_buttons[RequesterKind.PRINCIPAL]
        return box

    def _principal_section(self) -> QGroupBox:
        box, form = self._group(self.tr("3. Principal (whose data it is)"))
        self.requester_name = self._line(form, self.tr("&Name:"), "requester_name")
        self.requester_kana = self._line(form, self.tr("Name in kana:"), "requester_kana")
        self.requester_birth_date = self._date(
            form, self.tr("Date of &birth:"), "requester_birth_date", allow_empty=True
        )
        self.requester_postal_code = PostalCodeEdit()
        self._field(
            form, self.tr("Postal &code:"), "requester_postal_code", self.requester_postal_code,
            width=110,
        )  # fmt: skip
        self.requester_address = self._line(form, self.tr("Add&ress:"), "requester_address")
        self.requester_phone = self._line(form, self.tr("Phone:"), "requester_phone", width=200)
        self.requester_email = self._line(form, self.tr("E-mail:"), "requester_email")
        return box

    def _agent_section(self) -> QGroupBox:
        box, form = self._group(self.tr("4. Agent (only when an agent writes)"))
        self.agent_name = self._line(form, self.tr("A&gent's name:"), "agent_name")
        self.agent_kana = self._line(form, self.tr("Name in kana:"), "agent_kana")
        self.agent_postal_code = PostalCodeEdit()
        self._field(
            form, self.tr("Postal code:"), "agent_postal_code", self.agent_postal_code, width=110
        )
        self.agent_address = self._line(form, self.tr("Address:"), "agent_address")
        self.agent_phone = self._line(form, self.tr("Phone:"), "agent_phone", width=200)
        self.agent_email = self._line(form, self.tr("E-mail:"), "agent_email")
        self.agent_qualification = self._line(
            form, self.tr("Qualification:"), "agent_qualification"
        )
        self.agent_qualification.setPlaceholderText(
            self.tr("e.g. parent, guardian, attorney, judicial scrivener")
        )
        self.agent_registration_number = self._line(
            form, self.tr("Registration number:"), "agent_registration_number", width=200
        )
        return box

    def _requests_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("5. What is requested"))
        outer = QVBoxLayout(box)
        self.request_grid = QFrame()
        self.request_grid.setObjectName("requestGrid")
        grid = QGridLayout(self.request_grid)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setVerticalSpacing(4)
        grid.setColumnMinimumWidth(0, 20)
        self.request_checks: dict[RequestType, QCheckBox] = {}
        self.request_data: dict[RequestType, QLineEdit] = {}
        self.request_reasons: dict[RequestType, QLineEdit] = {}
        for index, kind in enumerate(RequestType):
            check = QCheckBox(labels.request_type(kind))
            data = QLineEdit()
            data.setPlaceholderText(self.tr("Data concerned"))
            data.setToolTip(self.tr("Which personal data the request is about"))
            reasons = QLineEdit()
            reasons.setPlaceholderText(self.tr("Reasons given"))
            grid.addWidget(check, 2 * index, 0, 1, 3)
            grid.addWidget(data, 2 * index + 1, 1)
            grid.addWidget(reasons, 2 * index + 1, 2)
            self.request_checks[kind] = check
            self.request_data[kind] = data
            self.request_reasons[kind] = reasons
            self._chain += [check, data, reasons]
        outer.addWidget(self.request_grid)
        self._border_targets["request_types"] = self.request_grid
        outer.addWidget(self._message_label("request_types"))
        self._editors["request_types"] = self.request_checks[RequestType.PURPOSE_OF_USE]

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.disclosure_method = QComboBox()
        self.disclosure_method.addItem(self.tr("Not stated"), None)
        for method in DisclosureMethod:
            self.disclosure_method.addItem(labels.disclosure_method(method), method.value)
        self._field(form, self.tr("Disclose by:"), "disclosure_method", self.disclosure_method)
        outer.addLayout(form)
        return box

    def _fee_section(self) -> QGroupBox:
        box, form = self._group(self.tr("6. Fee"))
        self.fee_amount = QSpinBox()
        self.fee_amount.setRange(0, 99_999)
        self.fee_amount.setSingleStep(100)
        self.fee_amount.setGroupSeparatorShown(True)
        self.fee_amount.setSuffix(self.tr(" yen"))
        self.fee_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._field(form, self.tr("&Fee enclosed:"), "fee_amount", self.fee_amount, width=130)
        self.fee_payment = QComboBox()
        for payment in FeePayment:
            self.fee_payment.addItem(labels.fee_payment(payment), payment.value)
        self._field(form, self.tr("Paid by:"), "fee_payment", self.fee_payment)
        self.money_order_number = self._line(
            form, self.tr("Money order number:"), "money_order_number", width=200
        )
        self.money_order_issued_on = self._date(
            form, self.tr("Money order issued on:"), "money_order_issued_on", allow_empty=True
        )
        return box

    def _enclosures_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("7. Enclosures received"))
        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        self.enclosure_checks: dict[EnclosureKind, QCheckBox] = {}
        self.enclosure_notes: dict[EnclosureKind, QLineEdit] = {}
        hints = {
            EnclosureKind.IDENTITY_DOCUMENT: self.tr("which document, e.g. driver's license"),
            EnclosureKind.AGENT_PROOF: self.tr("e.g. power of attorney, family register"),
            EnclosureKind.OTHER: self.tr("what it is"),
        }
        for index, kind in enumerate(EnclosureKind):
            check = QCheckBox(labels.enclosure(kind))
            note = QLineEdit()
            note.setPlaceholderText(hints.get(kind, self.tr("Note")))
            grid.addWidget(check, index, 0)
            grid.addWidget(note, index, 1)
            self.enclosure_checks[kind] = check
            self.enclosure_notes[kind] = note
            self._chain += [check, note]
        grid.setColumnStretch(1, 1)
        grid.addWidget(self._message_label("enclosures"), len(EnclosureKind), 0, 1, 2)
        self._editors["enclosures"] = self.enclosure_checks[EnclosureKind.REQUEST_FORM]
        return box

    def _handling_section(self) -> QGroupBox:
        box, form = self._group(self.tr("8. Handling"))
        self.assigned_to = QComboBox()
        self.assigned_to.setEditable(True)
        self.assigned_to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        assert self.assigned_to.lineEdit() is not None
        self.assigned_to.lineEdit().setPlaceholderText(self.tr("Nobody yet"))
        self._field(form, self.tr("Assigned &to:"), "assigned_to", self.assigned_to, width=200)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._field(form, self.tr("N&otes:"), "notes", self.notes)
        return box

    def _line(
        self, form: QFormLayout, label: str, name: str, width: int | None = None
    ) -> QLineEdit:
        edit = QLineEdit()
        self._field(form, label, name, edit, width=width)
        return edit

    @staticmethod
    def _panel(*boxes: QGroupBox) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        for box in boxes:
            column.addWidget(box)
        column.addStretch(1)
        return panel

    def set_columns(self, count: int) -> None:
        """Sections 1-4 beside 5-8 (the default), or all in one column where space is narrow."""
        for panel in (self.left_panel, self.right_panel):
            self._columns.removeWidget(panel)
        self._columns.addWidget(self.left_panel, 0, 0)
        if count >= 2:
            self._columns.addWidget(self.right_panel, 0, 1)
        else:
            self._columns.addWidget(self.right_panel, 1, 0)

    def _connect_changes(self) -> None:
        for widget in self._chain:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._user_edit)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self._user_edit)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._user_edit)
                if widget.isEditable():
                    widget.editTextChanged.connect(self._user_edit)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self._user_edit)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._user_edit)
        for date_edit in self._dates().values():
            date_edit.dateChanged.connect(self._user_edit)
        for check in self.request_checks.values():
            check.toggled.connect(self._requests_toggled)
        self.kind_group.idToggled.connect(lambda *_: self._update_enabled())
        self.fee_payment.currentIndexChanged.connect(lambda *_: self._update_enabled())
        for check in self.enclosure_checks.values():
            check.toggled.connect(lambda *_: self._update_enabled())

    # -- values -------------------------------------------------------------------

    def _dates(self) -> dict[str, DateEdit]:
        return {
            "received_on": self.received_on,
            "postmarked_on": self.postmarked_on,
            "requester_birth_date": self.requester_birth_date,
            "money_order_issued_on": self.money_order_issued_on,
        }

    def requester_kind(self) -> RequesterKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return RequesterKind.PRINCIPAL

    def set_requester_kind(self, kind: RequesterKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def request_types(self) -> list[RequestType]:
        return [kind for kind, check in self.request_checks.items() if check.isChecked()]

    def set_request_types(self, kinds: list[RequestType]) -> None:
        for kind, check in self.request_checks.items():
            check.setChecked(kind in kinds)

    def _asks_disclosure(self) -> bool:
        return bool(set(self.request_types()) & _DISCLOSURE_TYPES)

    def _fee_payment(self) -> FeePayment:
        value = self.fee_payment.currentData()
        return FeePayment(value) if value else FeePayment.NONE

    def _disclosure_method(self) -> DisclosureMethod | None:
        value = self.disclosure_method.currentData()
        return DisclosureMethod(value) if value else None

    def _editable_values(self) -> dict[str, object]:
        """The current value of every field in EDITABLE_FIELDS, as the services store it."""
        agent = self.requester_kind().is_agent
        money_order = self._fee_payment() is FeePayment.POSTAL_MONEY_ORDER
        values: dict[str, object] = {
            "received_on": self.received_on.date(),
            "postmarked_on": self.postmarked_on.date(),
            "requester_kind": self.requester_kind(),
            "requester_name": self.requester_name.text().strip(),
            "requester_kana": self.requester_kana.text().strip(),
            "requester_birth_date": self.requester_birth_date.date(),
            "requester_postal_code": self.requester_postal_code.digits(),
            "requester_address": self.requester_address.text().strip(),
            "requester_phone": self.requester_phone.text().strip(),
            "requester_email": self.requester_email.text().strip(),
            "disclosure_method": self._disclosure_method() if self._asks_disclosure() else None,
            "fee_amount": self.fee_amount.value(),
            "fee_payment": self._fee_payment(),
            "money_order_number": self.money_order_number.text().strip() if money_order else "",
            "money_order_issued_on": self.money_order_issued_on.date() if money_order else None,
            "language": self.language.currentData(),
            "assigned_to": self.assigned_to.currentText().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
        for name, edit in self._line_edits().items():
            if name.startswith("agent_"):
                values[name] = edit.text().strip() if agent else ""
        values["agent_postal_code"] = self.agent_postal_code.digits() if agent else ""
        return values

    def new_case(self) -> NewCase:
        """What the form says, for :func:`services.cases.log_request`."""
        found = self.problems()
        if found:
            raise InvalidInput(" ".join(found.values()))
        values: dict[str, Any] = self._editable_values()
        values["requests"] = [
            RequestInput(
                kind,
                self.request_data[kind].text().strip(),
                self.request_reasons[kind].text().strip(),
            )
            for kind in self.request_types()
        ]
        values["enclosures"] = [
            EnclosureInput(kind, self.enclosure_notes[kind].text().strip())
            for kind, check in self.enclosure_checks.items()
            if check.isChecked()
        ]
        return NewCase(**values)

    def set_case(self, case: Case) -> None:
        """Fill the form from a stored case for editing.

        The request types asked and the enclosures received stay as logged; the texts
        of the requests can be corrected and enclosures that arrive later ticked.
        """
        self._loading = True
        try:
            self._reset_fields(keep_arrival=False)
            for name in _FIELD_ORDER:
                self._set_value(name, getattr(case, name))
            for request in case.requests:
                self.request_checks[request.request_type].setChecked(True)
                self.request_data[request.request_type].setText(request.data_concerned)
                self.request_reasons[request.request_type].setText(request.reasons)
            notes: dict[EnclosureKind, list[str]] = {}
            for enclosure in case.enclosures:
                notes.setdefault(enclosure.kind, []).append(enclosure.description)
            for kind, descriptions in notes.items():
                self.enclosure_checks[kind].setChecked(True)
                self.enclosure_notes[kind].setText("; ".join(d for d in descriptions if d))
            self._loaded = self._editable_values()
            self._loaded_requests = self._request_texts()
            self._loaded_enclosures = set(notes)
            self._update_enabled()
        finally:
            self._loading = False
        self._baseline = self._state()
        self._refresh_messages()

    def rebase(self, case: Case) -> None:
        """Show ``case`` as another desk saved it, with only the clerk's own edits put
        back on it: a field the clerk did not touch shows the other desk's value, and
        saving again sends only what the clerk changed."""
        mine = self.changes() if self._loaded is not None else {}
        texts = self.request_text_changes()
        ticked = self.new_enclosures()
        self.set_case(case)
        self._loading = True
        try:
            for name in _FIELD_ORDER:
                if name in mine:
                    self._set_value(name, mine[name])
            for kind, (data, reasons) in texts.items():
                self.request_data[kind].setText(data)
                self.request_reasons[kind].setText(reasons)
            for enclosure in ticked:
                self.enclosure_checks[enclosure.kind].setChecked(True)
                self.enclosure_notes[enclosure.kind].setText(enclosure.description)
            self._update_enabled()
        finally:
            self._loading = False
        self._refresh_messages()

    def _line_edits(self) -> dict[str, QLineEdit]:
        """The fields typed into a line, by their name in :data:`EDITABLE_FIELDS`."""
        return {
            "requester_name": self.requester_name,
            "requester_kana": self.requester_kana,
            "requester_address": self.requester_address,
            "requester_phone": self.requester_phone,
            "requester_email": self.requester_email,
            "agent_name": self.agent_name,
            "agent_kana": self.agent_kana,
            "agent_address": self.agent_address,
            "agent_phone": self.agent_phone,
            "agent_email": self.agent_email,
            "agent_qualification": self.agent_qualification,
            "agent_registration_number": self.agent_registration_number,
            "money_order_number": self.money_order_number,
        }

    def _set_value(self, name: str, value: Any) -> None:
        """Put one field's value (as :meth:`_editable_values` gives it) into its widget."""
        dates = {
            "received_on": self.received_on,
            "postmarked_on": self.postmarked_on,
            "requester_birth_date": self.requester_birth_date,
            "money_order_issued_on": self.money_order_issued_on,
        }
        texts = self._line_edits()
        combos = {
            "disclosure_method": self.disclosure_method,
            "fee_payment": self.fee_payment,
            "language": self.language,
        }
        if name in dates:
            dates[name].setDate(value)
        elif name in texts:
            texts[name].setText(value or "")
        elif name in combos:
            self._set_combo(combos[name], value)
        elif name == "requester_kind":
            self.set_requester_kind(value)
        elif name == "requester_postal_code":
            self.requester_postal_code.set_digits(value or "")
        elif name == "agent_postal_code":
            self.agent_postal_code.set_digits(value or "")
        elif name == "fee_amount":
            self.fee_amount.setValue(value)
        elif name == "assigned_to":
            self.assigned_to.setEditText(value)
        elif name == "notes":
            self.notes.setPlainText(value)

    def changes(self) -> dict[str, object]:
        """Editable fields whose value differs from the loaded case (all of them if none)."""
        current = self._editable_values()
        unreadable = {name for name, edit in self._dates().items() if edit.error()}
        return {
            name: value
            for name, value in current.items()
            if name in EDITABLE_FIELDS
            and name not in unreadable
            and name not in self._hidden
            and (self._loaded is None or self._loaded.get(name) != value)
        }

    def set_field_shown(self, name: str, shown: bool) -> None:
        """Show or hide one field with its label (a host that offers it elsewhere).

        A hidden field is left out of :meth:`changes`, so saving the form never
        undoes what the host changed through its own control.
        """
        form, box = self._rows[name]
        form.setRowVisible(box, shown)
        if shown:
            self._hidden.discard(name)
        else:
            self._hidden.add(name)

    def is_editing(self) -> bool:
        return self._loaded is not None

    def _request_texts(self) -> dict[RequestType, tuple[str, str]]:
        return {
            kind: (
                self.request_data[kind].text().strip(),
                self.request_reasons[kind].text().strip(),
            )
            for kind in self.request_types()
        }

    def request_text_changes(self) -> dict[RequestType, tuple[str, str]]:
        """Data concerned and reasons corrected since the case was loaded (editing only)."""
        if self._loaded is None:
            return {}
        return {
            kind: texts
            for kind, texts in self._request_texts().items()
            if self._loaded_requests.get(kind) != texts
        }

    def new_enclosures(self) -> list[EnclosureInput]:
        """Enclosures ticked since the case was loaded: they arrived later (editing only)."""
        if self._loaded is None:
            return []
        return [
            EnclosureInput(kind, self.enclosure_notes[kind].text().strip())
            for kind in EnclosureKind
            if self.enclosure_checks[kind].isChecked() and kind not in self._loaded_enclosures
        ]

    def has_input(self) -> bool:
        """Whether anything was typed or ticked since the form was filled or cleared."""
        return self._state() != self._baseline

    def _state(self) -> tuple[object, ...]:
        state: list[object] = []
        for widget in self._chain:
            if isinstance(widget, QLineEdit):
                state.append(widget.text())
            elif isinstance(widget, QAbstractButton):
                state.append(widget.isChecked())
            elif isinstance(widget, QComboBox):
                state.append((widget.currentIndex(), widget.currentText()))
            elif isinstance(widget, QSpinBox):
                state.append(widget.value())
            elif isinstance(widget, QPlainTextEdit):
                state.append(widget.toPlainText())
        return tuple(state)

    def clear_for_next(self, keep_arrival: bool = True) -> None:
        """An empty form for the next envelope (a new case); the arrival date can stay."""
        self._loaded = None
        self._loaded_requests = {}
        self._loaded_enclosures = set()
        self._loading = True
        try:
            self._reset_fields(keep_arrival=keep_arrival)
        finally:
            self._loading = False
        self._baseline = self._state()
        self._refresh_messages()

    def _reset_fields(self, *, keep_arrival: bool) -> None:
        arrival = self.received_on.date() if keep_arrival else None
        self.received_on.setDate(arrival or self.ctx.today())
        for widget in self._chain:
            if isinstance(widget, QLineEdit) and widget is not self.received_on:
                widget.clear()
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                widget.setCurrentIndex(0)
            elif isinstance(widget, QSpinBox):
                widget.setValue(0)
            elif isinstance(widget, QPlainTextEdit):
                widget.clear()
        self.set_requester_kind(RequesterKind.PRINCIPAL)
        self.assigned_to.setCurrentIndex(-1)
        self.assigned_to.setEditText("")
        for edit in self._dates().values():
            edit.setDate(edit.date())  # refresh the era hints
        for kind in RequestType:
            self.request_checks[kind].setEnabled(True)
            self.request_data[kind].setReadOnly(False)
            self.request_reasons[kind].setReadOnly(False)
        for kind in EnclosureKind:
            self.enclosure_checks[kind].setEnabled(True)
            self.enclosure_notes[kind].setReadOnly(False)
        self._changed.clear()
        self._touched.clear()
        self._show_all = False
        self._update_enabled()

    def refresh_assignees(self) -> None:
        text = self.assigned_to.currentText()
        self.assigned_to.clear()
        self.assigned_to.addItems(assignees(self.ctx))
        self.assigned_to.setCurrentIndex(-1)
        self.assigned_to.setEditText(text)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(str(value) if value is not None else None)
        combo.setCurrentIndex(max(index, 0))

    # -- enabling -------------------------------------------------------------------

    def _requests_toggled(self) -> None:
        if not self._loading:
            self._touched.add("request_types")
        self._update_enabled()

    def _update_enabled(self) -> None:
        editing = self._loaded is not None
        self.agent_box.setEnabled(self.requester_kind().is_agent)
        ticked = set(self.request_types())
        for kind in RequestType:
            on = kind in ticked
            self.request_data[kind].setVisible(on)
            self.request_reasons[kind].setVisible(on)
            self.request_data[kind].setEnabled(on)
            self.request_reasons[kind].setEnabled(on)
            if editing:  # the types asked are fixed; their texts can be corrected
                self.request_checks[kind].setEnabled(False)
        self.disclosure_method.setEnabled(self._asks_disclosure())
        money_order = self._fee_payment() is FeePayment.POSTAL_MONEY_ORDER
        self.money_order_number.setEnabled(money_order)
        self.money_order_issued_on.setEnabled(money_order)
        for kind in EnclosureKind:
            self.enclosure_notes[kind].setEnabled(self.enclosure_checks[kind].isChecked())
            if editing and kind in self._loaded_enclosures:
                # what was received stays received; what arrives later can be ticked
                self.enclosure_checks[kind].setEnabled(False)
                self.enclosure_notes[kind].setReadOnly(True)

    # -- checking -------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """What stops the request being saved, by field name, in the form's order."""
        found: dict[str, str] = {}
        money_order = self._fee_payment() is FeePayment.POSTAL_MONEY_ORDER
        for name, edit in self._dates().items():
            message = edit.error()
            if message and (money_order or edit is not self.money_order_issued_on):
                found[name] = message
        today = self.ctx.today()
        intake = check_intake(
            today=today,
            received_on=self.received_on.date() or today,
            postmarked_on=self.postmarked_on.date(),
            requester_kind=self.requester_kind(),
            requester_name=self.requester_name.text(),
            requester_birth_date=self.requester_birth_date.date(),
            requester_postal_code=self.requester_postal_code.text(),
            agent_name=self.agent_name.text(),
            request_types=self.request_types(),
            fee_amount=self.fee_amount.value(),
            fee_payment=self._fee_payment(),
        )
        for name, message in intake.by_field.items():
            found.setdefault(name, self._translated(message))
        agent_code = self.agent_postal_code.digits()
        if self.requester_kind().is_agent and agent_code and len(agent_code) != 7:
            found["agent_postal_code"] = self._translated(
                "A postal code has 7 digits, like 617-0002."
            )
        order = list(self._editors)
        return dict(sorted(found.items(), key=lambda item: _position(order, item[0])))

    def warnings(self) -> dict[str, str]:
        """Worth a second look but no reason to refuse saving, by field name."""
        found: dict[str, str] = {}
        fee = self.fee_amount.value()
        types = self.request_types()
        if fee > 0 and types and not any(t.fee_allowed for t in types):
            found["fee_amount"] = self._translated(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No fee is due for these request types (APPI Art. 38); plan to return it.",
                )
            )
        issued = self.money_order_issued_on.date()
        arrival = self.received_on.date()
        if self._fee_payment() is FeePayment.POSTAL_MONEY_ORDER and issued and arrival:
            expires = money_order_expires_on(issued)
            if expires < arrival:
                found["money_order_issued_on"] = self.tr(
                    "This money order expired on %1, before the letter arrived; it cannot be "
                    "cashed."
                ).replace("%1", labels.day_long(expires))
        return found

    def validate(self) -> bool:
        """Show every problem at once; True when there is none."""
        self._show_all = True
        self._refresh_messages()
        return not self.problems()

    def focus_first_problem(self) -> QWidget | None:
        """Put the cursor in the first field with a problem; returns that field."""
        for name in self.problems():
            editor = self._editors.get(name)
            if name == "request_types":
                enabled = (c for c in self.request_checks.values() if c.isEnabled())
                editor = next(enabled, None)
            if editor is not None and editor.isEnabled():
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return editor
        return None

    def focus_first(self) -> None:
        self.received_on.setFocus(Qt.FocusReason.OtherFocusReason)
        self.received_on.selectAll()

    def message_for(self, name: str) -> str:
        """The text shown under a field now (problem or warning), "" when none."""
        label = self._messages.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def editor_for(self, name: str) -> QWidget:
        """The widget that takes the cursor for a field name."""
        return self._editors[name]

    def message_label(self, name: str) -> QLabel:
        """The red (problem) or amber (warning) text under a field."""
        return self._messages[name]

    @staticmethod
    def _translated(message: str) -> str:
        """A sentence of :func:`check_intake` in the user's language (marked there)."""
        return QCoreApplication.translate("Errors", message)

    def _refresh_messages(self, *, clear_only: bool = False) -> None:
        """Show problems of the fields left (or all after validate) and every warning."""
        problems = self.problems()
        warnings = self.warnings()
        for name, label in self._messages.items():
            shown = self._show_all or name in self._touched
            problem = problems.get(name) if shown else None
            if clear_only and problem and label.isHidden():
                problem = None  # a new problem waits until the clerk leaves the field
            text = problem or warnings.get(name, "")
            kind = "fieldProblem" if problem else "fieldWarning"
            if label.objectName() != kind:  # its colour follows the name
                label.setObjectName(kind)
                _set_message_colour(label)
            label.setText(text)
            label.setVisible(bool(text))
            editor = self._editors.get(name)
            target = self._border_targets.get(name, editor)
            if target is not None and target.property("problem") != bool(problem):
                target.setProperty("problem", bool(problem))
                target.setStyleSheet(_border_style(target, problem=bool(problem)))

    def _user_edit(self, *_args: object) -> None:
        if self._loading:
            return
        name = self._name_of(self.sender())
        if name is not None:
            self._changed.add(name)
        self._refresh_messages(clear_only=True)
        self.edited.emit()

    def _name_of(self, widget: QObject | None) -> str | None:
        for name, editor in self._editors.items():
            if editor is widget:
                return name
        if widget in self.request_checks.values():
            return "request_types"
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            # tabbing past a field left blank is no mistake yet; saving will say so
            name = self._name_of(watched)
            if name in self._changed and name != "request_types":
                self._touched.add(name)
            self._refresh_messages()
        elif (
            kind == QEvent.Type.Wheel
            and isinstance(watched, QComboBox | QAbstractSpinBox)
            and not watched.hasFocus()
        ):
            event.ignore()  # scrolling the form must not change a value under the mouse
            return True
        return super().eventFilter(watched, event)


def _position(order: list[str], name: str) -> int:
    return order.index(name) if name in order else len(order)
