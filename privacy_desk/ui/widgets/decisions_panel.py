"""The decision on each request type of a case: outcome, statutory ground, explanation."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.decisions import DISCLOSURES, Outcome, RefusalGround, needs_approval
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.services.context import DeskContext
from privacy_desk.services.decisions import approve_decision, record_decision
from privacy_desk.store.models import Case, CaseRequest
from privacy_desk.ui import labels
from privacy_desk.ui.style import ERROR_STYLE


class ElidedLabel(QLabel):
    """One line of text cut with … when too long; the whole text is the tooltip.

    ``text()`` keeps the whole text.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(40, self.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, self.fontMetrics().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        area = self.contentsRect()
        line = " ".join(self.text().split())
        shown = self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, int(self.alignment()), shown)
        painter.end()


class DecisionRow(QGroupBox):
    """One request type: what was asked, and the decision being recorded."""

    save_requested = Signal(int)  # the request's position
    approve_requested = Signal(int)  # the request's position

    def __init__(self, request: CaseRequest, parent: QWidget | None = None) -> None:
        super().__init__(labels.request_type(request.request_type), parent)
        self.position = request.position
        self.request_type = request.request_type

        self.asked_label = ElidedLabel()
        self.reasons_label = ElidedLabel()
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("Undecided"), None)
        for outcome in Outcome:
            self.outcome_combo.addItem(labels.outcome(outcome), outcome)
        self.ground_combo = QComboBox()
        self.ground_combo.addItem(self.tr("Choose the statutory ground…"), None)
        for ground in RefusalGround:
            self.ground_combo.addItem(labels.refusal_ground(ground), ground)
            self.ground_combo.setItemData(
                self.ground_combo.count() - 1,
                labels.refusal_ground(ground),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.ground_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ground_combo.setMinimumContentsLength(30)
        self.ground_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.explanation_edit = QPlainTextEdit()
        self.explanation_edit.setTabChangesFocus(True)
        self.explanation_edit.setPlaceholderText(
            self.tr("The reasons, as the letter will explain them to the requester (Art. 36)")
        )
        lines = self.explanation_edit.fontMetrics().lineSpacing()
        self.explanation_edit.setFixedHeight(lines * 4 + 12)
        self.decided_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("Save Decision"))
        self.approval_label = QLabel()
        self.approval_label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setToolTip(
            self.tr("A manager other than the one who recorded it approves (two-person rule)")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Asked for:"), self.asked_label)
        form.addRow(self.tr("Reasons given:"), self.reasons_label)
        form.addRow(self.tr("Outcome:"), self.outcome_combo)
        form.addRow(self.tr("Statutory ground:"), self.ground_combo)
        form.addRow(self.tr("Explanation:"), self.explanation_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.decided_label, 1)
        bottom.addWidget(self.save_button)
        approval = QHBoxLayout()
        approval.addWidget(self.approval_label, 1)
        approval.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        layout.addLayout(approval)

        self.outcome_combo.currentIndexChanged.connect(self._update_enabled)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.position))
        self.approve_button.clicked.connect(lambda: self.approve_requested.emit(self.position))
        self.editable = True
        self.set_request(request, editable=True)

    # -- public ---------------------------------------------------------------

    def show_approval(self, request: CaseRequest, *, may_approve: bool) -> None:
        """The two-person rule: who approved, or that a second manager must."""
        needed = needs_approval(request.request_type, request.outcome)
        if request.approved_by:
            text = (
                self.tr("Approved by %1 on %2.")
                .replace("%1", request.approved_by)
                .replace("%2", request.approved_on.isoformat() if request.approved_on else "")
            )
        elif needed:
            text = self.tr("Waits for a second manager's approval (two-person rule).")
        else:
            text = ""
        self.approval_label.setText(text)
        self.approval_label.setVisible(bool(text))
        self.approve_button.setVisible(needed and not request.approved_by and may_approve)

    def set_request(self, request: CaseRequest, *, editable: bool) -> None:
        """Show the stored decision of ``request``; clears any message."""
        self.editable = editable
        asked = request.data_concerned.strip()
        self.asked_label.set_full_text(asked or "—")
        self.reasons_label.set_full_text(request.reasons.strip() or "—")
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(request.outcome)))
        self.ground_combo.setCurrentIndex(
            max(0, self.ground_combo.findData(request.refusal_ground))
        )
        self.explanation_edit.setPlainText(request.explanation)
        if request.decided_on is None:
            self.decided_label.setText(self.tr("Not decided yet."))
        else:
            self.decided_label.setText(
                self.tr("Decided by %1 on %2.")
                .replace("%1", request.decided_by or "—")
                .replace("%2", request.decided_on.isoformat())
            )
        self.show_error("")
        self.save_button.setVisible(editable)
        self._update_enabled()

    def outcome(self) -> Outcome | None:
        value = self.outcome_combo.currentData()
        return Outcome(value) if value is not None else None

    def ground(self) -> RefusalGround | None:
        """The chosen ground, or None where a ground does not belong."""
        value = self.ground_combo.currentData()
        if value is None or not self.ground_combo.isEnabled():
            return None
        return RefusalGround(value)

    def explanation(self) -> str:
        """The explanation typed, or "" where none belongs (kept on screen all the same)."""
        if not self.explanation_edit.isEnabled():
            return ""
        return self.explanation_edit.toPlainText().strip()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- plumbing --------------------------------------------------------------

    def _update_enabled(self) -> None:
        outcome = self.outcome()
        refusal = outcome is not None and outcome.needs_explanation
        # a notice of the purpose of use states the purposes: the letter carries this text
        purposes = outcome is Outcome.DONE and self.request_type is RequestType.PURPOSE_OF_USE
        self.outcome_combo.setEnabled(self.editable)
        self.ground_combo.setEnabled(self.editable and refusal and self.request_type in DISCLOSURES)
        self.explanation_edit.setEnabled(self.editable and (refusal or purposes))
        self.explanation_edit.setPlaceholderText(
            self.tr("The purposes of use of this person's data, as the notice will state them")
            if purposes
            else self.tr("The reasons, as the letter will explain them to the requester (Art. 36)")
        )
        self.explanation_edit.setReadOnly(not self.editable)
        self.save_button.setEnabled(self.editable and outcome is not None)


class DecisionsPanel(QWidget):
    """A :class:`DecisionRow` per request type of a case, each saved on its own."""

    changed = Signal(str)  # the case reference, after a decision was saved

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.rows: list[DecisionRow] = []
        self.note_label = QLabel(
            self.tr("The reply has gone out or the case has ended; decisions can no longer change.")
        )
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_label)
        layout.addLayout(self._rows_layout)
        layout.addStretch(1)

    def set_case(self, case: Case | None) -> None:
        """Show the decisions of ``case``; typed but unsaved changes are dropped."""
        self.case = case
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        if case is None:
            self.note_label.hide()
            return
        editable = case.status.awaits_reply
        self.note_label.setVisible(not editable)
        for request in case.requests:
            row = DecisionRow(request, self)
            row.set_request(request, editable=editable)
            row.save_requested.connect(self._save)
            row.approve_requested.connect(self._approve)
            row.show_approval(request, may_approve=self._may_approve(request, editable))
            self._rows_layout.addWidget(row)
            self.rows.append(row)

    def row_for(self, position: int) -> DecisionRow:
        return next(row for row in self.rows if row.position == position)

    def _save(self, position: int) -> None:
        if self.case is None:
            return
        row = self.row_for(position)
        outcome = row.outcome()
        if outcome is None:
            return
        try:
            case = record_decision(
                self.ctx,
                self.case.reference,
                position,
                outcome,
                ground=row.ground(),
                explanation=row.explanation(),
            )
        except UserError as error:
            row.show_error(str(error))  # what was typed stays as it is
            return
        self._show_saved(case, position)

    def _may_approve(self, request: CaseRequest, editable: bool) -> bool:
        role = self.ctx.role
        return (
            editable
            and role is not None
            and may(role, Permission.APPROVE)
            and request.decided_by != self.ctx.actor
        )

    def _approve(self, position: int) -> None:
        if self.case is None:
            return
        row = self.row_for(position)
        try:
            case = approve_decision(self.ctx, self.case.reference, position)
        except UserError as error:
            row.show_error(str(error))
            return
        self._show_saved(case, position)

    def _show_saved(self, case: Case, position: int) -> None:
        self.case = case
        request = next(r for r in case.requests if r.position == position)
        editable = case.status.awaits_reply
        row = self.row_for(position)
        row.set_request(request, editable=editable)
        row.show_approval(request, may_approve=self._may_approve(request, editable))
        self.changed.emit(case.reference)
