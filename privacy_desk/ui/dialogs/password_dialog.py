"""Change My Password…, for every logged-in user; and the parts the Users dialog shares.

A password opens the user's key slot (argon2id, ~0.3 s), so the change runs
off the GUI thread through :mod:`privacy_desk.ui.tasks`. Problems are shown
under the field they concern; errors of the service that belong to no field
under the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.security.keys import DEFAULT_KDF, KdfParams, LoginThrottled, WrongSecret
from privacy_desk.services import users
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import tasks
from privacy_desk.ui.dialogs.login_dialog import fit_height
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE, error_label, show_message, with_notes

FIELD_WIDTH = 280


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(FIELD_WIDTH)
    return edit


class NewPasswordFields(QObject):
    """A new password typed twice, with the rule under it and a message under each field."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.rule = QLabel(
            self.tr("At least %1 characters, not the user name.").replace(
                "%1", str(users.PASSWORD_MIN_LENGTH)
            )
        )
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(NOTE_STYLE)
        self.password_error = error_label()
        self.repeat_error = error_label()

    def add_rows(self, form: QFormLayout, first: str, second: str) -> None:
        form.addRow(first, with_notes(self.password_edit, self.rule, self.password_error))
        form.addRow(second, with_notes(self.repeat_edit, self.repeat_error))

    def edits(self) -> tuple[QLineEdit, QLineEdit]:
        return self.password_edit, self.repeat_edit

    def clear(self) -> None:
        self.password_edit.clear()
        self.repeat_edit.clear()

    def clear_messages(self) -> None:
        show_message(self.password_error, "")
        show_message(self.repeat_error, "")

    def check(self, login: str) -> str | None:
        """The new password if it may be used by ``login``; else None, the problem shown."""
        self.clear_messages()
        password = self.password_edit.text()
        if not password:
            show_message(self.password_error, self.tr("Enter the new password."))
            self.password_edit.setFocus()
            return None
        try:
            users.check_password(password, login)
        except UserError as error:
            show_message(self.password_error, str(error))
            self.password_edit.setFocus()
            return None
        if password != self.repeat_edit.text():
            show_message(self.repeat_error, self.tr("The two passwords differ; type them again."))
            self.clear()
            self.password_edit.setFocus()
            return None
        return password


class TaskDialog(QDialog):
    """A small form whose OK runs a service call off the GUI thread.

    While it runs, the form is disabled and cannot be closed (the work would
    finish anyway). A :class:`UserError` is shown in the dialog by
    :meth:`task_failed`; any other error goes to the crash dialog like a bug.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.message_label = error_label()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button: QPushButton = self.button_box.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def is_busy(self) -> bool:
        return self._busy

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)
        self.fit()

    def fit(self) -> None:
        fit_height(self)

    def run(self, work: Callable[[], Any], busy_text: str) -> None:
        self.show_message(busy_text, NOTE_STYLE)
        self._set_busy(True)
        tasks.run_task(work, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for child in self.findChildren(QLineEdit):
            child.setEnabled(not busy)
        self.button_box.setEnabled(not busy)
        for widget in self.busy_widgets():
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def busy_widgets(self) -> list[QWidget]:
        """More widgets to disable while the work runs."""
        return []

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.show_message("")
        self.task_done(result)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_message("")
        if not isinstance(error, UserError):
            raise error
        self.task_failed(error)
        self.fit()

    def task_done(self, result: object) -> None:
        """Called before the dialog closes as accepted."""

    def task_failed(self, error: UserError) -> None:
        self.show_message(str(error))

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()


class ChangePasswordDialog(TaskDialog):
    """The logged-in user's current password and a new one, typed twice."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kdf = kdf
        self.setWindowTitle(self.tr("Change My Password"))

        self.current_edit = password_edit()
        self.current_error = error_label()
        self.new_password = NewPasswordFields(self)
        self.ok_button.setText(self.tr("Change Password"))

        form = QFormLayout()
        form.addRow(self.tr("User name:"), QLabel(ctx.actor))
        form.addRow(self.tr("Current password:"), with_notes(self.current_edit, self.current_error))
        self.new_password.add_rows(form, self.tr("New password:"), self.tr("New password again:"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())
        self.current_edit.setFocus()

    def accept(self) -> None:
        if self.is_busy():
            return
        show_message(self.current_error, "")
        self.new_password.clear_messages()
        self.show_message("")
        current = self.current_edit.text()
        if not current:
            show_message(self.current_error, self.tr("Enter your current password."))
            self.current_edit.setFocus()
            self.fit()
            return
        new = self.new_password.check(self.ctx.actor)
        if new is None:
            self.fit()
            return
        if new == current:
            show_message(
                self.new_password.password_error,
                self.tr("The new password must differ from the current one."),
            )
            self.new_password.clear()
            self.new_password.password_edit.setFocus()
            self.fit()
            return
        ctx, kdf = self.ctx, self.kdf

        def work() -> None:
            keys = users.keys_of(ctx, kdf=kdf)
            users.change_password(ctx, keys, ctx.actor, current, new)

        self.run(work, self.tr("Changing the password…"))

    def task_done(self, result: object) -> None:
        self.current_edit.clear()
        self.new_password.clear()

    def task_failed(self, error: UserError) -> None:
        if isinstance(error, WrongSecret):
            show_message(self.current_error, self.tr("That password is wrong."))
        elif isinstance(error, LoginThrottled):
            show_message(
                self.current_error,
                self.tr("Too many failed attempts; wait %1 seconds and try again.").replace(
                    "%1", str(error.seconds)
                ),
            )
        else:
            self.show_message(str(error))
            return
        self.current_edit.clear()
        self.current_edit.setFocus()
