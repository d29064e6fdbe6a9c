"""Who handles a case: pick a colleague (or type a new name) and assign."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from privacy_desk.errors import ChangedElsewhere, UserError
from privacy_desk.services.case_list import assignees
from privacy_desk.services.cases import update_case
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case
from privacy_desk.ui import messages

ASSIGNEE_MAX_LENGTH = 64  # Case.assigned_to


class AssignBox(QWidget):
    """An editable list of colleagues and an Assign button; an empty name unassigns."""

    changed = Signal(str)  # the case reference, after the assignment changed

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.label = QLabel(self.tr("Assigned to:"))
        self.combo = QComboBox()
        self.name_edit = QLineEdit()
        self.combo.setLineEdit(self.name_edit)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.name_edit.setMaxLength(ASSIGNEE_MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("Nobody"))
        self.label.setBuddy(self.combo)
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setToolTip(self.tr("Give the case to the colleague named here."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.assign_button)
        layout.addStretch(1)
        self.combo.editTextChanged.connect(self._update_button)
        self.assign_button.clicked.connect(self.assign)
        self.name_edit.returnPressed.connect(self.assign)
        self.set_case(None)

    def set_case(self, case: Case | None) -> None:
        """Show who handles ``case``; the list of colleagues is read again."""
        self.case = case
        self.combo.blockSignals(True)
        self.combo.clear()
        if case is not None:
            try:
                names = assignees(self.ctx)
            except UserError as error:
                messages.error(self, self.tr("Colleagues not loaded"), str(error))
                names = []
            self.combo.addItems(names)
            self.combo.setEditText(case.assigned_to)
        self.combo.blockSignals(False)
        self.setEnabled(case is not None)
        self._update_button()

    def name(self) -> str:
        return self.combo.currentText().strip()

    def assign(self) -> None:
        if self.case is None or self.name() == self.case.assigned_to:
            return
        try:
            case = update_case(
                self.ctx,
                self.case.reference,
                {"assigned_to": self.name()},
                seen_version=self.case.version,
            )
        except UserError as error:
            messages.error(self, self.tr("Not assigned"), str(error))
            if isinstance(error, ChangedElsewhere):  # the case as the other desk left it
                self.changed.emit(self.case.reference)
            return
        self.set_case(case)
        self.changed.emit(case.reference)

    def _update_button(self) -> None:
        self.assign_button.setEnabled(
            self.case is not None and self.name() != self.case.assigned_to
        )
