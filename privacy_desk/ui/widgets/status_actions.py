"""The status moves of a case as plain actions: only the moves its status allows.

``ReasonDialog`` / ``ask_reason`` ask for one required line of text without
blocking: the dialog opens window-modal and the callback runs when it is
accepted, so tests drive the real dialog (``StatusActions.reason_dialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.status import CaseStatus, allowed_moves
from privacy_desk.errors import ChangedElsewhere, UserError
from privacy_desk.services.cases import move_status
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case
from privacy_desk.ui import labels, messages
from privacy_desk.ui.widgets.date_edit import DateEdit

REASON_MAX_LENGTH = 400  # CasePause.reason


class ReasonDialog(QDialog):
    """Asks for one required line of text: OK stays disabled while it is blank."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH)
        self.prompt_label.setBuddy(self.reason_edit)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(self._text_changed)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.button_box)

    def _text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if self.reason():  # Enter in the line edit reaches here even while OK is disabled
            super().accept()


def ask_reason(
    parent: QWidget, title: str, prompt: str, on_reason: Callable[[str], None]
) -> ReasonDialog:
    """Open a :class:`ReasonDialog` window-modal; ``on_reason(text)`` runs on OK.

    Returns at once with the open dialog; it deletes itself when closed.
    """
    dialog = ReasonDialog(title, prompt, parent)
    dialog.accepted.connect(lambda: on_reason(dialog.reason()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


@dataclass(frozen=True)
class _Move:
    key: str
    target: CaseStatus
    # The statuses this button serves; None: wherever the move is allowed.
    sources: frozenset[CaseStatus] | None = None
    asks: str = ""  # "", "reason" or "confirm"


_MOVES = (
    _Move("request_documents", CaseStatus.AWAITING_DOCUMENTS, asks="reason"),
    _Move("documents_arrived", CaseStatus.RECEIVED),
    _Move("verify", CaseStatus.VERIFIED),
    _Move(
        "start_work",
        CaseStatus.IN_PROGRESS,
        sources=frozenset({CaseStatus.AWAITING_DOCUMENTS, CaseStatus.VERIFIED}),
    ),
    _Move("record_decision", CaseStatus.DECIDED),
    _Move("reopen", CaseStatus.IN_PROGRESS, sources=frozenset({CaseStatus.DECIDED})),
    _Move("mark_replied", CaseStatus.REPLIED),
    _Move("close", CaseStatus.CLOSED),
    _Move("withdraw", CaseStatus.WITHDRAWN, asks="confirm"),
    _Move("reject", CaseStatus.REJECTED_INCOMPLETE, asks="confirm"),
)
_ENDING_KEYS = ("withdraw", "reject")


class StatusActions(QWidget):
    """Buttons for the status moves of one case, with the date of the move."""

    changed = Signal(str)  # the case reference, after a move

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.reason_dialog: ReasonDialog | None = None

        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-weight: 600;")
        self.date_label = QLabel(self.tr("Date of the move:"))
        self.date_label.setToolTip(
            self.tr("The day the status changed; today unless you change it.")
        )
        self.date_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.date_edit.setMaximumWidth(self.date_edit.fontMetrics().horizontalAdvance("0") * 16)
        self.date_hint = self.date_edit.hint_label()
        self.date_label.setBuddy(self.date_edit)
        self.final_label = QLabel(self.tr("This case has ended; its status can no longer change."))
        self.final_label.setWordWrap(True)

        texts = {
            "request_documents": self.tr("Request Missing Documents…"),
            "documents_arrived": self.tr("Documents Arrived"),
            "verify": self.tr("Mark Verified"),
            "start_work": self.tr("Start Work"),
            "record_decision": self.tr("Record Decision"),
            "reopen": self.tr("Reopen"),
            "mark_replied": self.tr("Mark Replied"),
            "close": self.tr("Close"),
            "withdraw": self.tr("Withdraw…"),
            "reject": self.tr("Reject as Incomplete…"),
        }
        tips = {
            "request_documents": self.tr(
                "Ask the requester for missing documents; the clock stops until they arrive."
            ),
            "documents_arrived": self.tr(
                "The documents asked for have arrived; check them before verifying."
            ),
            "verify": self.tr("The identity (and any agency) has been confirmed."),
            "start_work": self.tr("Work on the answer has begun."),
            "record_decision": self.tr("Every request type needs an outcome first."),
            "reopen": self.tr("Take the decided case back into work."),
            "mark_replied": self.tr("The reply has been sent to the requester."),
            "close": self.tr("Nothing more is to be done for this case."),
            "withdraw": self.tr("The requester withdrew the request."),
            "reject": self.tr("The request stays incomplete and is rejected."),
        }
        self.buttons: dict[str, QPushButton] = {}
        for move in _MOVES:
            button = QPushButton(texts[move.key])
            button.setObjectName(move.key)
            button.setToolTip(tips[move.key])
            button.clicked.connect(lambda _checked=False, m=move: self._trigger(m))
            self.buttons[move.key] = button

        top = QHBoxLayout()
        top.addWidget(self.status_label)
        top.addStretch(1)
        top.addWidget(self.date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.date_hint)
        row = QHBoxLayout()
        for move in _MOVES:
            if move.key not in _ENDING_KEYS:
                row.addWidget(self.buttons[move.key])
        row.addStretch(1)
        for key in _ENDING_KEYS:
            row.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.final_label)
        self.set_case(None)

    # -- public ---------------------------------------------------------------

    def set_case(self, case: Case | None) -> None:
        """Show the moves of ``case``; the date of the move goes back to today."""
        self.case = case
        today = self.ctx.today()
        allowed = allowed_moves(case.status) if case is not None else frozenset()
        for move in _MOVES:
            visible = case is not None and move.target in allowed
            if case is not None and move.sources is not None:
                visible = visible and case.status in move.sources
            self.buttons[move.key].setVisible(visible)
        if case is None:
            self.status_label.setText("")
        else:
            self.status_label.setText(
                self.tr("Status: %1").replace("%1", labels.status(case.status))
            )
        self.date_edit.setDate(today)
        ended = case is not None and case.status.is_final
        self.final_label.setVisible(ended)
        for widget in (self.date_label, self.date_edit, self.date_hint):
            widget.setVisible(case is not None and not ended)

    def move_date(self) -> date | None:
        """The date of the move as typed; None while it cannot be read."""
        return self.date_edit.date()

    def visible_actions(self) -> list[str]:
        """Keys of the buttons on offer (``self.buttons``), in screen order."""
        return [m.key for m in _MOVES if not self.buttons[m.key].isHidden()]

    # -- moves ----------------------------------------------------------------

    def _trigger(self, move: _Move) -> None:
        if self.case is None:
            return
        if self.move_date() is None:
            messages.error(
                self,
                self.tr("Status not changed"),
                self.date_edit.error() or self.tr("Enter a date."),
            )
            self.date_edit.setFocus()
            return
        reference = self.case.reference
        if move.asks == "reason":
            self.reason_dialog = ask_reason(
                self,
                self.tr("Request Missing Documents"),
                self.tr(
                    "What is missing or defective? The request for documents will list it, "
                    "and the clock stops until it arrives."
                ),
                lambda reason: self._move(move.target, reason),
            )
            self.reason_dialog.finished.connect(self._reason_dialog_closed)
            return
        if move.asks == "confirm" and not messages.confirm(
            self, self.buttons[move.key].text().rstrip("…"), self._confirm_text(move, reference)
        ):
            return
        self._move(move.target)

    def _reason_dialog_closed(self) -> None:
        self.reason_dialog = None

    def _confirm_text(self, move: _Move, reference: str) -> str:
        if move.target is CaseStatus.WITHDRAWN:
            text = self.tr("Record that case %1 was withdrawn? The case ends and stays as it is.")
        else:
            text = self.tr(
                "Reject case %1 as incomplete? The case ends and stays as it is; "
                "send the requester the letter that says why."
            )
        return text.replace("%1", reference)

    def _move(self, target: CaseStatus, reason: str = "") -> None:
        on = self.move_date()
        if self.case is None or on is None:
            return
        try:
            case = move_status(
                self.ctx,
                self.case.reference,
                target,
                on=on,
                reason=reason,
                seen_version=self.case.version,
            )
        except UserError as error:
            messages.error(self, self.tr("Status not changed"), str(error))
            if isinstance(error, ChangedElsewhere):  # the case as the other desk left it
                self.changed.emit(self.case.reference)
            return
        self.set_case(case)
        self.changed.emit(case.reference)
