"""Log the morning's mail: one request form per envelope, saved with a reference at once.

Ctrl+S (or Ctrl+Return) saves and closes, Ctrl+Shift+S saves and clears the form for
the next envelope (keeping the arrival date), Esc cancels. A possible duplicate (the
same person with an open case) is shown before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.services import cases, duplicates
from privacy_desk.services.case_list import CaseRow
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import labels, messages
from privacy_desk.ui.widgets.case_form import CaseForm


class LogRequestDialog(QDialog):
    """Hosts a :class:`CaseForm` for a new case; emits ``logged(reference)`` per save."""

    logged = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_reference: str | None = None
        self.logged_count = 0
        self.setWindowTitle(self.tr("Log a Mailed Request"))

        self.form = CaseForm(ctx)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.form)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes round the fields only
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_next_button = QPushButton(self.tr("Save and Log Next"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button, keys in (
            (self.save_button, "Ctrl+S"),
            (self.save_next_button, "Ctrl+Shift+S"),
            (self.cancel_button, "Esc"),
        ):
            # Enter in a field must not save half a form: no default button.
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        self.save_next_button.clicked.connect(self.save_and_log_next)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status_line, 1)
        buttons.addWidget(self.save_next_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 10, 10)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.form.notes, self.save_next_button)
        QWidget.setTabOrder(self.save_next_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.shortcuts = [
            self._shortcut("Ctrl+S", self.save),
            self._shortcut("Ctrl+Return", self.save),
            self._shortcut("Ctrl+Enter", self.save),
            self._shortcut("Ctrl+Shift+S", self.save_and_log_next),
        ]
        self.form.edited.connect(self._forget_problem_message)
        self._showing_problem = False
        self._resting = (
            self.tr("Ctrl+S saves; Ctrl+Shift+S saves and clears the form for the next envelope."),
            False,
        )
        self._show_resting()
        self._fit_screen()
        self.form.focus_first()

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        wanted_width, wanted_height = 1240, 900
        if screen is None:
            self.resize(wanted_width, wanted_height)
            return
        room = screen.availableGeometry()
        self.resize(min(wanted_width, room.width() - 24), min(wanted_height, room.height() - 48))

    def _show_resting(self) -> None:
        """The last reference logged, or how to save; what the line says between saves."""
        text, logged = self._resting
        self.status_line.setStyleSheet(
            "color: #1b5e20; font-weight: 600;" if logged else "color: palette(placeholder-text);"
        )
        self.status_line.setText(text)
        self._showing_problem = False

    def _say_problem(self, text: str) -> None:
        self.status_line.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.status_line.setText(text)
        self._showing_problem = True

    def _forget_problem_message(self) -> None:
        if self._showing_problem:
            self._show_resting()

    # -- saving -----------------------------------------------------------------

    def save(self) -> bool:
        """Save and close; True when the request was logged."""
        reference = self._log()
        if reference is None:
            return False
        messages.information(
            self,
            self.tr("Request logged"),
            self.tr("The request was logged as %1.").replace("%1", reference),
        )
        self.accept()
        return True

    def save_and_log_next(self) -> bool:
        """Save, show the reference here, and clear the form for the next envelope."""
        reference = self._log()
        if reference is None:
            return False
        self._resting = (
            self.tr("Logged as %1. The form is ready for the next envelope.").replace(
                "%1", reference
            ),
            True,
        )
        self._show_resting()
        self.form.clear_for_next(keep_arrival=True)
        self.scroll.verticalScrollBar().setValue(0)
        self.form.focus_first()
        return True

    def _log(self) -> str | None:
        if not self.form.validate():
            field = self.form.focus_first_problem()
            if field is not None:
                self.scroll.ensureWidgetVisible(field, 50, 80)
            self._say_problem(self.tr("Nothing was saved: correct the fields marked in red."))
            return None
        try:
            new = self.form.new_case()
            found = duplicates.possible_duplicates(
                self.ctx,
                name=new.requester_name,
                birth_date=new.requester_birth_date,
                address=new.requester_address,
            )
            if found and not self._confirm_duplicates(found):
                self._say_problem(self.tr("Nothing was saved: it may be a duplicate."))
                return None
            case = cases.log_request(self.ctx, new)
        except UserError as error:
            messages.error(self, self.tr("The request was not saved"), str(error))
            return None
        self.last_reference = case.reference
        self.logged_count += 1
        self.form.refresh_assignees()
        self.logged.emit(case.reference)
        return case.reference

    def _confirm_duplicates(self, rows: list[CaseRow]) -> bool:
        lines = [
            self.tr("%1 – received %2 – %3 – %4")
            .replace("%1", row.reference)
            .replace("%2", row.received_on.isoformat())
            .replace("%3", labels.status(row.status))
            .replace("%4", row.requester_name)
            for row in rows
        ]
        text = (
            self.tr("This may be the same request again. Open cases with the same name and date "
                    "of birth, or the same address:")
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("Log this letter as a new case anyway?")
        )  # fmt: skip
        return messages.confirm(self, self.tr("Possible duplicate"), text)

    # -- leaving ------------------------------------------------------------------

    def reject(self) -> None:
        if self.form.has_input() and not messages.confirm(
            self,
            self.tr("Discard this request?"),
            self.tr("What you typed for this envelope has not been saved. Discard it?"),
        ):
            return
        super().reject()
