"""The dialogs that change one entry of the Personal Information Ledger (個人情報管理台帳).

:class:`LedgerEntryDialog` adds or changes an entry: every field of
:class:`privacy_desk.services.ledger.LedgerEntryData` in one scrollable form, each with a
line saying what goes there. OK hands the entry to :func:`ledger.add_entry` or
:func:`ledger.change_entry`; what the service refuses is shown under the form (outside
the scrolling part) and every value stays as typed. The retention period is checked
first (the domain refuses a period without the event it is counted from).

The small ones record a yearly review (:class:`ReviewDialog`), retire the entry
(:class:`RetireDialog`), add a batch (:class:`BatchDialog`) and set a batch's event
date (:class:`BatchEventDialog`); a refusal of the service is shown in them, the values
kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.ledger import LEDGER_UNITS, LedgerRetention, Medium, next_review_on
from privacy_desk.domain.retention import MAX_COUNT, DisposalMethod, PeriodUnit
from privacy_desk.errors import UserError
from privacy_desk.services import ledger
from privacy_desk.services.context import DeskContext
from privacy_desk.services.ledger import BatchInfo, LedgerEntryData, LedgerEntryInfo, PurposeInfo
from privacy_desk.ui import labels
from privacy_desk.ui.dialogs.login_dialog import fit_height
from privacy_desk.ui.models.ledger_models import (
    purpose_other_text,
    purpose_text,
    retention_text,
)
from privacy_desk.ui.style import (
    ERROR_STYLE,
    error_label,
    line_edit,
    note_label,
    show_message,
    with_notes,
)
from privacy_desk.ui.widgets.date_edit import DateEdit

MEDIA = tuple(Medium)
METHODS = tuple(DisposalMethod)


def _text_box(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines
    edit.setFixedHeight(height + 2 * edit.frameWidth() + 10)
    return edit


class _PurposeLabel(QLabel):
    """The wrapped text of a purpose; a click on it ticks its check box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
            and self.box.isEnabled()
        ):
            self.box.toggle()
            self.box.setFocus()
        super().mouseReleaseEvent(event)


class PurposeChecks(QWidget):
    """The privacy policy's purposes of use, each ticked or not, its text wrapped beside it."""

    changed = Signal()

    def __init__(self, purposes: Sequence[PurposeInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purposes = list(purposes)
        self.boxes: dict[str, QCheckBox] = {}
        self._unlisted: tuple[str, ...] = ()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for row, purpose in enumerate(self.purposes):
            box = QCheckBox(purpose.code)
            text = purpose_text(purpose)
            other = purpose_other_text(purpose)
            box.setToolTip(other)
            box.setAccessibleName(f"{purpose.code} {text}")
            label = _PurposeLabel(text, box)
            label.setToolTip(other)
            box.toggled.connect(self.changed)
            self.boxes[purpose.code] = box
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)

    def codes(self) -> tuple[str, ...]:
        """The codes ticked, in the policy's order (then any the policy no longer has)."""
        ticked = tuple(code for code, box in self.boxes.items() if box.isChecked())
        return ticked + self._unlisted

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)
        # kept as they are, so that the service says what is wrong with them
        self._unlisted = tuple(code for code in codes if code not in self.boxes)


class LedgerEntryDialog(QDialog):
    """Add a ledger entry (``entry`` None) or change one. After ``Accepted``,
    :attr:`saved` holds the entry as stored."""

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        entry: LedgerEntryInfo | None = None,
        *,
        purposes: Sequence[PurposeInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.saved: LedgerEntryInfo | None = None
        self.setWindowTitle(
            self.tr("Add Ledger Entry")
            if entry is None
            else self.tr("Ledger Entry No. %1").replace("%1", str(entry.id))
        )
        self.setSizeGripEnabled(True)
        if purposes is None:
            purposes = ledger.purposes(ctx)

        # -- the fields --------------------------------------------------------
        self.name_edit = line_edit(200, self.tr("e.g. Seminar attendance lists"))
        self.data_items_edit = _text_box(3)
        self.data_items_edit.setPlaceholderText(
            self.tr("e.g. Name, company, department, e-mail address, phone number")
        )
        self.purposes_box = PurposeChecks(purposes)
        self.special_care_box = QCheckBox(
            self.tr("Includes special-care-required personal information")
        )
        self.special_care_items_edit = line_edit(400, self.tr("Which, e.g. medical history"))
        self.acquisition_edit = line_edit(400, self.tr("e.g. Application form at the reception"))
        self.storage_place_edit = line_edit(
            400, self.tr("e.g. Locked cabinet 3, General Affairs; file server, folder Seminars")
        )
        self.medium_box = QComboBox()
        for medium in MEDIA:
            self.medium_box.addItem(labels.medium(medium), medium.value)
        self.department_edit = line_edit(200, self.tr("e.g. Sales Promotion Department"))
        self.access_edit = line_edit(400, self.tr("e.g. Staff of the Sales Promotion Department"))
        self.period_of_use_edit = line_edit(200, self.tr("e.g. Until the seminar's follow-up ends"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, MAX_COUNT[PeriodUnit.YEARS])
        self.count_spin.setValue(1)
        self.unit_box = QComboBox()
        for unit in LEDGER_UNITS:
            self.unit_box.addItem(labels.period_unit(unit), unit.value)
        self.unit_box.setCurrentIndex(LEDGER_UNITS.index(PeriodUnit.YEARS))
        self.after_label = QLabel(self.tr("after"))
        self.event_edit = line_edit(200, self.tr("the event, e.g. the end of the contract"))
        self.disposal_box = QComboBox()
        for method in METHODS:
            self.disposal_box.addItem(labels.disposal_method(method), method.value)
        self.third_party_box = QCheckBox(self.tr("Provided to third parties"))
        self.joint_use_box = QCheckBox(self.tr("Jointly used"))
        self.recipients_edit = line_edit(400, self.tr("Who receives it or uses it jointly"))
        self.note_edit = _text_box(3)
        self.first_review_edit: DateEdit | None = None
        if entry is None:
            self.first_review_edit = DateEdit(allow_empty=False, today=ctx.today)
            self.first_review_edit.setDate(next_review_on(ctx.today()))
            edit = self.first_review_edit
            width = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16
            self.first_review_edit.setFixedWidth(width)

        # -- the form ----------------------------------------------------------
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(8)
        self._heading(self.tr("The personal information"))
        self._row(self.tr("Name:"), self.name_edit)
        self._row(
            self.tr("Data items:"),
            self.data_items_edit,
            self.tr("Every item the set holds about a person."),
        )
        self._row(
            self.tr("Purposes of use:"),
            self.purposes_box,
            self.tr("The purposes of the privacy policy §5 it is used for; at least one."),
        )
        self._row(
            self.tr("Special care:"),
            self._column(self.special_care_box, self.special_care_items_edit),
            self.tr(
                "Race, creed, social status, medical history, criminal record and the like "
                "(APPI Art. 2(3)); they need the person's consent to be acquired."
            ),
        )
        self._row(self.tr("How acquired:"), self.acquisition_edit)
        self._heading(self.tr("Keeping"))
        self._row(
            self.tr("Storage place:"),
            self.storage_place_edit,
            self.tr("Where the paper is kept or the files are stored."),
        )
        self._row(self.tr("Medium:"), self._left(self.medium_box))
        self._row(self.tr("Department responsible:"), self.department_edit)
        self._row(self.tr("Who may access:"), self.access_edit)
        self._row(
            self.tr("Period of use:"),
            self.period_of_use_edit,
            self.tr("How long the data is used for its purposes."),
        )
        retention_row = QHBoxLayout()
        retention_row.setContentsMargins(0, 0, 0, 0)
        retention_row.addWidget(self.count_spin)
        retention_row.addWidget(self.unit_box)
        retention_row.addWidget(self.after_label)
        retention_row.addWidget(self.event_edit, 1)
        retention_field = QWidget()
        retention_field.setLayout(retention_row)
        self._row(
            self.tr("Retention:"),
            retention_field,
            self.tr(
                "Each batch of the set records the day of the named event and comes due for "
                "disposal when the period has run; one kept until its purpose is achieved comes "
                "due when that is recorded (in the Retention and Disposal window)."
            ),
        )
        self._row(self.tr("Disposal method:"), self._left(self.disposal_box))
        self._heading(self.tr("Third parties"))
        self._row(
            self.tr("Provision:"),
            self._column(
                self._side_by_side(self.third_party_box, self.joint_use_box),
                self.recipients_edit,
            ),
            self.tr(
                "Name the recipients or joint users; provisions are recorded against this entry."
            ),
        )
        self._heading(self.tr("Other"))
        self._row(self.tr("Note:"), self.note_edit)
        if self.first_review_edit is not None:
            review_row = QHBoxLayout()
            review_row.setContentsMargins(0, 0, 0, 0)
            review_row.addWidget(self.first_review_edit)
            review_row.addWidget(self.first_review_edit.hint_label())
            review_row.addStretch(1)
            review_field = QWidget()
            review_field.setLayout(review_row)
            self.form.addRow(
                self.tr("First review on:"),
                with_notes(
                    review_field,
                    note_label(self.tr("The ledger is reviewed at least once a year.")),
                ),
            )

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(16, 12, 16, 12)
        page_layout.addLayout(self.form)
        page_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)

        self.message_label = error_label()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add Entry") if entry is None else self.tr("Save Changes"))
        self.cancel_button: QPushButton = self.button_box.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.scroll_area, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(16, 0, 16, 0)
        bottom.addWidget(self.message_label)
        bottom.addWidget(self.button_box)
        layout.addLayout(bottom)

        self.special_care_box.toggled.connect(self._update_enabled)
        self.third_party_box.toggled.connect(self._update_enabled)
        self.joint_use_box.toggled.connect(self._update_enabled)
        self.unit_box.currentIndexChanged.connect(self._update_enabled)
        if entry is not None:
            self.set_data(entry.data)
        self._update_enabled()
        height = 760
        screen = self.screen()
        if screen is not None:  # a small laptop screen: keep the buttons on it
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(820, height)
        self.name_edit.setFocus()

    # -- layout helpers ---------------------------------------------------------

    def _heading(self, text: str) -> None:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        if self.form.rowCount():
            label.setContentsMargins(0, 10, 0, 0)
        self.form.addRow(label)

    def _row(self, label: str, field: QWidget, hint: str = "") -> None:
        self.form.addRow(label, with_notes(field, note_label(hint)) if hint else field)

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widget in widgets:
            column.addWidget(widget)
        return box

    @staticmethod
    def _side_by_side(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return box

    @staticmethod
    def _left(widget: QWidget) -> QWidget:
        return LedgerEntryDialog._side_by_side(widget)

    # -- reading and writing -------------------------------------------------------

    def unit(self) -> PeriodUnit:
        return PeriodUnit(self.unit_box.currentData())

    def medium(self) -> Medium:
        return Medium(self.medium_box.currentData())

    def disposal_method(self) -> DisposalMethod:
        return DisposalMethod(self.disposal_box.currentData())

    def set_data(self, data: LedgerEntryData) -> None:
        self.name_edit.setText(data.name)
        self.data_items_edit.setPlainText(data.data_items)
        self.purposes_box.set_codes(data.purposes)
        self.special_care_box.setChecked(data.special_care)
        self.special_care_items_edit.setText(data.special_care_items)
        self.acquisition_edit.setText(data.acquisition)
        self.storage_place_edit.setText(data.storage_place)
        self.medium_box.setCurrentIndex(MEDIA.index(data.medium))
        self.department_edit.setText(data.department)
        self.access_edit.setText(data.access)
        self.period_of_use_edit.setText(data.period_of_use)
        self.unit_box.setCurrentIndex(LEDGER_UNITS.index(data.retention.unit))
        self._update_enabled()
        if data.retention.unit is not PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
            self.count_spin.setValue(data.retention.count)
        self.event_edit.setText(data.retention.event)
        self.disposal_box.setCurrentIndex(METHODS.index(data.disposal_method))
        self.third_party_box.setChecked(data.third_party)
        self.joint_use_box.setChecked(data.joint_use)
        self.recipients_edit.setText(data.recipients)
        self.note_edit.setPlainText(data.note)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long texts show their beginning

    def retention(self) -> LedgerRetention:
        """The retention as set; ValueError when the domain refuses it."""
        unit = self.unit()
        if unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
            return LedgerRetention(0, unit)
        return LedgerRetention(self.count_spin.value(), unit, self.event_edit.text().strip())

    def data(self, retention: LedgerRetention) -> LedgerEntryData:
        special_care = self.special_care_box.isChecked()
        shared = self.third_party_box.isChecked() or self.joint_use_box.isChecked()
        return LedgerEntryData(
            name=self.name_edit.text(),
            data_items=self.data_items_edit.toPlainText(),
            purposes=self.purposes_box.codes(),
            medium=self.medium(),
            retention=retention,
            disposal_method=self.disposal_method(),
            special_care=special_care,
            special_care_items=self.special_care_items_edit.text() if special_care else "",
            acquisition=self.acquisition_edit.text(),
            storage_place=self.storage_place_edit.text(),
            department=self.department_edit.text(),
            access=self.access_edit.text(),
            period_of_use=self.period_of_use_edit.text(),
            third_party=self.third_party_box.isChecked(),
            joint_use=self.joint_use_box.isChecked(),
            recipients=self.recipients_edit.text() if shared else "",
            note=self.note_edit.toPlainText(),
        )

    # -- behaviour ---------------------------------------------------------------

    def _update_enabled(self) -> None:
        self.special_care_items_edit.setEnabled(self.special_care_box.isChecked())
        self.recipients_edit.setEnabled(
            self.third_party_box.isChecked() or self.joint_use_box.isChecked()
        )
        unit = self.unit()
        counted = unit is not PeriodUnit.UNTIL_PURPOSE_ACHIEVED
        if counted:
            self.count_spin.setMaximum(MAX_COUNT[unit])
        self.count_spin.setEnabled(counted)
        self.after_label.setEnabled(counted)
        self.event_edit.setEnabled(counted)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.show_message(text)
        focus.setFocus()
        self.scroll_area.ensureWidgetVisible(focus)

    def accept(self) -> None:
        self.show_message("")
        if (
            self.unit() is not PeriodUnit.UNTIL_PURPOSE_ACHIEVED
            and not self.event_edit.text().strip()
        ):
            self._refuse(
                self.tr(
                    "Name the event the retention period is counted from, "
                    "e.g. “the end of the contract”."
                ),
                self.event_edit,
            )
            return
        try:
            retention = self.retention()
        except ValueError as error:
            self._refuse(str(error), self.count_spin)
            return
        first_review = None
        if self.first_review_edit is not None:
            problem = self.first_review_edit.error()
            first_review = self.first_review_edit.date()
            if problem is not None or first_review is None:
                self._refuse(
                    problem or self.tr("Enter a date."),
                    self.first_review_edit,
                )
                return
        data = self.data(retention)
        try:
            if self.entry is None:
                self.saved = ledger.add_entry(self.ctx, data, first_review_on=first_review)
            else:
                self.saved = ledger.change_entry(self.ctx, self.entry.id, data)
        except UserError as error:
            self.show_message(str(error))
            return
        super().accept()


# -- the small dialogs ---------------------------------------------------------------------------


class ActDialog(QDialog):
    """A small form whose OK calls the service; a refusal is shown in it, values kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message_label = error_label()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def set_title(self, title: str, ok_text: str) -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)

    def lay_out(self, intro: Sequence[QLabel]) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        for label in intro:
            layout.addWidget(label)
        if intro:
            layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(540, self.sizeHint().width()), self.sizeHint().height())
        fit_height(self)

    def date_row(self, caption: str, edit: DateEdit, *notes: QLabel) -> None:
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit)
        line.addWidget(edit.hint_label())
        line.addStretch(1)
        self.form.addRow(caption, with_notes(row, *notes) if notes else row)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)
        if self.layout() is not None:
            fit_height(self)

    def read_date(self, edit: DateEdit) -> date | None:
        """The date typed, or None with the problem shown."""
        problem = edit.error()
        value = edit.date()
        if problem is not None or (value is None and not edit.allow_empty()):
            self.show_message(problem or self.tr("Enter a date."))
            edit.setFocus()
            return None
        return value

    def act(self) -> bool:
        """Do it; False (with the problem shown) when it cannot be done. May raise UserError."""
        raise NotImplementedError

    def accept(self) -> None:
        self.show_message("")
        try:
            done = self.act()
        except UserError as error:
            self.show_message(str(error))
            return
        if done:
            super().accept()


class ReviewDialog(ActDialog):
    """The yearly review of one entry: when, and what was noted."""

    def __init__(
        self, ctx: DeskContext, entry: LedgerEntryInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Record Review"), self.tr("Record Review"))
        self.ctx = ctx
        self.entry = entry
        self.saved: LedgerEntryInfo | None = None
        self.date_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.date_edit.setDate(ctx.today())
        self.next_label = note_label("")
        self.note_edit = line_edit(400, self.tr("What was checked or changed (optional)"))
        self.date_row(self.tr("Reviewed on:"), self.date_edit, self.next_label)
        self.form.addRow(self.tr("Note:"), self.note_edit)
        title = QLabel(entry.name)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        self.lay_out(
            [
                title,
                note_label(
                    self.tr(
                        "Check that the entry still matches what is held, how and why; change "
                        "the entry first if it does not."
                    )
                ),
            ]
        )
        self.date_edit.textChanged.connect(self._show_next)
        self._show_next()
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def _show_next(self) -> None:
        on = self.date_edit.date()
        self.next_label.setText(
            self.tr("The next review falls due on %1.").replace(
                "%1", next_review_on(on).isoformat()
            )
            if on is not None
            else ""
        )

    def act(self) -> bool:
        on = self.read_date(self.date_edit)
        if on is None:
            return False
        self.saved = ledger.record_review(self.ctx, self.entry.id, on, self.note_edit.text())
        return True


class RetireDialog(ActDialog):
    """The company no longer holds the set: since when, and why."""

    def __init__(
        self, ctx: DeskContext, entry: LedgerEntryInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Retire Entry"), self.tr("Retire Entry"))
        self.ctx = ctx
        self.entry = entry
        self.saved: LedgerEntryInfo | None = None
        self.date_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.date_edit.setDate(ctx.today())
        self.reason_edit = line_edit(400, self.tr("e.g. All of it was disposed of"))
        self.date_row(self.tr("No longer held since:"), self.date_edit)
        self.form.addRow(self.tr("Reason:"), self.reason_edit)
        title = QLabel(entry.name)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        self.lay_out(
            [
                title,
                note_label(
                    self.tr(
                        "The entry stays in the ledger as a record and needs no more reviews. "
                        "Every batch must be disposed of first."
                    )
                ),
            ]
        )
        self.reason_edit.setFocus()

    def act(self) -> bool:
        on = self.read_date(self.date_edit)
        if on is None:
            return False
        self.saved = ledger.retire_entry(self.ctx, self.entry.id, on, self.reason_edit.text())
        return True


class BatchDialog(ActDialog):
    """A new batch of an entry's set: its name and, when known, the day of the event."""

    def __init__(
        self, ctx: DeskContext, entry: LedgerEntryInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Add Batch"), self.tr("Add Batch"))
        self.ctx = ctx
        self.entry = entry
        self.saved: BatchInfo | None = None
        self.label_edit = line_edit(200, self.tr("e.g. Applications 2025"))
        self.event_edit = DateEdit(allow_empty=True, today=ctx.today)
        retention = entry.data.retention
        self.form.addRow(self.tr("Batch:"), self.label_edit)
        if retention.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
            hint = self.tr(
                "This set is kept until its purpose is achieved; the batch comes due when that "
                "is recorded in the Retention and Disposal window. The event date is optional."
            )
        else:
            hint = self.tr(
                "The day of “%1” for this batch; leave it empty until that day is known."
            ).replace("%1", retention.event)
        self.date_row(self.tr("Event date:"), self.event_edit, note_label(hint))
        title = QLabel(entry.name)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        self.lay_out(
            [
                title,
                note_label(
                    self.tr("Kept: %1. A batch is what comes due for disposal as one.").replace(
                        "%1", retention_text(retention)
                    )
                ),
            ]
        )
        self.label_edit.setFocus()

    def act(self) -> bool:
        if self.event_edit.error() is not None:
            self.read_date(self.event_edit)
            return False
        self.saved = ledger.add_batch(
            self.ctx, self.entry.id, self.label_edit.text(), self.event_edit.date()
        )
        return True


class BatchEventDialog(ActDialog):
    """The day of the entry's event for one batch (e.g. the contract ended)."""

    def __init__(
        self,
        ctx: DeskContext,
        entry: LedgerEntryInfo,
        batch: BatchInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Set Event Date"), self.tr("Set Date"))
        self.ctx = ctx
        self.batch = batch
        self.saved: BatchInfo | None = None
        self.date_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.date_edit.setDate(batch.event_on or ctx.today())
        retention = entry.data.retention
        event = (
            retention.event
            if retention.unit is not PeriodUnit.UNTIL_PURPOSE_ACHIEVED
            else self.tr("the event")
        )
        self.date_row(
            self.tr("Day of “%1”:").replace("%1", event),
            self.date_edit,
            note_label(self.tr("The batch comes due %1.").replace("%1", retention_text(retention))),
        )
        title = QLabel(
            self.tr("%1, batch “%2”").replace("%1", entry.name).replace("%2", batch.label)
        )
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        self.lay_out([title])
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def act(self) -> bool:
        on = self.read_date(self.date_edit)
        if on is None:
            return False
        self.saved = ledger.set_batch_event(self.ctx, self.batch.id, on)
        return True
