"""Logging in, and getting back in with the printed recovery key.

The dialog asks for a user name and password and opens the database through
:func:`privacy_desk.services.auth.log_in`; every kind of wrong gives the same
sentence, so the dialog never tells whether a user exists. After too many
failures the service makes the next attempt wait: the Log In button stays
disabled with a live countdown. A second page takes the recovery key, an
administrator's user name and a new password (:func:`services.auth.recover`).

After ``Accepted``, :attr:`LoginDialog.ctx` holds the opened desk.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain import accounts
from privacy_desk.errors import IntegrityProblem, NotADatabase, UserError, WrongKey
from privacy_desk.log import get_logger
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import LoginThrottled, WrongSecret
from privacy_desk.security.recovery import parse_recovery_key
from privacy_desk.ui import startup_probe, tasks
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE, link_button

Clock = Callable[[], float]


if TYPE_CHECKING:
    from privacy_desk.services.context import DeskContext

log = get_logger("ui")


def _auth() -> ModuleType:
    """The log-in service. It brings the database layer (SQLAlchemy and the tables, a
    third of a second or more), which loads while the user types, not before the window
    appears (:func:`load_database_layer`)."""
    from privacy_desk.services import auth

    return auth


def load_database_layer() -> threading.Thread:
    """Import what opening the office needs, on a thread of its own: the login window is
    on screen and waits for the keyboard meanwhile. A log-in that comes first waits for
    the import there (Python's import lock), as it would have without it."""

    def load() -> None:
        try:
            from sqlalchemy.orm import configure_mappers

            from privacy_desk.services import auth, case_list  # noqa: F401 - to load them

            configure_mappers()
        except Exception:  # a log-in reports it: it imports the same
            log.warning("loading the database layer ahead failed", exc_info=True)

    thread = threading.Thread(target=load, name="load-database-layer", daemon=True)
    thread.start()
    return thread


class Countdown(QObject):
    """Whole seconds left of a wait, told once a second (``ticked``) until ``finished``.

    ``clock`` gives the time in seconds (the wall clock by default, the same
    clock the login throttle uses); tests pass their own and call :meth:`tick`.
    """

    ticked = Signal(int)
    finished = Signal()

    def __init__(self, clock: Clock = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self._deadline = 0.0
        self._longest = 0

    def start(self, seconds: int) -> None:
        self._longest = max(1, seconds)
        self._deadline = self.clock() + self._longest
        self.timer.start()
        self.ticked.emit(self._longest)

    def stop(self) -> None:
        self.timer.stop()

    def is_running(self) -> bool:
        return self.timer.isActive()

    def remaining(self) -> int:
        """Seconds left, rounded up; never more than the wait asked for (clock set back)."""
        if not self.timer.isActive():
            return 0
        return max(0, min(self._longest, math.ceil(self._deadline - self.clock())))

    def tick(self) -> None:
        if not self.timer.isActive():
            return
        left = self.remaining()
        if left > 0:
            self.ticked.emit(left)
            return
        self.timer.stop()
        self.finished.emit()


def fit_height(dialog: QWidget) -> None:
    """Give ``dialog`` the height of its content at its width (a wrapped sentence appeared)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    dialog.resize(width, max(height, layout.totalMinimumSize().height()))


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


class LoginDialog(QDialog):
    """User name and password; a second page for the recovery key."""

    def __init__(
        self,
        paths: DataPaths,
        parent: QWidget | None = None,
        *,
        last_user: str = "",
        clock: Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.ctx: DeskContext | None = None
        #: True when the dialog was left through the recovery page (a new password set).
        self.recovered = False
        self._clock = clock
        self._busy = False
        self._abandoned = False
        self._painted = False
        #: The import of the database layer started once the window is on screen.
        self.database_layer: threading.Thread | None = None
        self.setWindowTitle(self.tr("Log In — Privacy Desk"))

        title = QLabel(self.tr("Privacy Desk"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        title.setFont(title_font)
        subtitle = QLabel(self.tr("The privacy office's request desk"))
        subtitle.setStyleSheet(NOTE_STYLE)
        folder = QLabel(self.tr("Data folder: %1").replace("%1", str(paths.root)))
        folder.setStyleSheet(NOTE_STYLE)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Two pages, one shown (hidden, the other takes no room, unlike in a QStackedWidget).
        self.login_page = self._build_login_page(last_user)
        self.recovery_page = self._build_recovery_page()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.login_page)
        layout.addWidget(self.recovery_page)
        layout.addSpacing(8)
        layout.addWidget(folder)

        self.login_countdown = Countdown(clock, self)
        self.login_countdown.ticked.connect(self._login_wait_ticked)
        self.login_countdown.finished.connect(self._login_wait_over)
        self.recovery_countdown = Countdown(clock, self)
        self.recovery_countdown.ticked.connect(self._recovery_wait_ticked)
        self.recovery_countdown.finished.connect(self._recovery_wait_over)

        # As wide as the wider page needs, so switching pages changes the height only.
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self.show_login_page()
        if last_user:
            self.password_edit.setFocus()
        else:
            self.user_edit.setFocus()

    # -- pages -----------------------------------------------------------------------

    def _build_login_page(self, last_user: str) -> QWidget:
        page = QWidget()
        self.user_edit = QLineEdit(last_user.strip())
        self.user_edit.setMinimumWidth(280)
        self.user_edit.setPlaceholderText(self.tr("for example m.tanaka"))
        self.password_edit = _password_edit()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.recovery_link = link_button(self.tr("Forgot your password? Use the recovery key…"))
        self.recovery_link.clicked.connect(self.show_recovery_page)
        self.login_button = QPushButton(self.tr("Log In"))
        self.login_button.clicked.connect(self.log_in)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.error_label)
        form.addRow("", self.recovery_link)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "When every administrator's password is lost: type the recovery key from the "
                "sheet printed at the set-up, the user name of an administrator, and a new "
                "password for that administrator."
            )
        )
        intro.setWordWrap(True)
        self.recovery_key_edit = QLineEdit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setFixedPitch(True)
        self.recovery_key_edit.setFont(mono)
        self.recovery_key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery_key_edit.setMinimumWidth(
            self.recovery_key_edit.fontMetrics().horizontalAdvance("W" * 44)
        )
        self.admin_edit = QLineEdit()
        self.new_password_edit = _password_edit()
        self.repeat_password_edit = _password_edit()
        self.password_rule = QLabel(
            self.tr("At least %1 characters, not the user name.").replace(
                "%1", str(accounts.PASSWORD_MIN_LENGTH)
            )
        )
        self.password_rule.setStyleSheet(NOTE_STYLE)
        self.recovery_error_label = QLabel()
        self.recovery_error_label.setWordWrap(True)
        self.recovery_error_label.hide()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_login_page)
        self.recover_button = QPushButton(self.tr("Set New Password and Log In"))
        self.recover_button.clicked.connect(self.recover)

        form = QFormLayout()
        form.addRow(self.tr("Recovery key:"), self.recovery_key_edit)
        form.addRow(self.tr("Administrator:"), self.admin_edit)
        form.addRow(self.tr("New password:"), self.new_password_edit)
        form.addRow(self.tr("New password again:"), self.repeat_password_edit)
        form.addRow("", self.password_rule)
        form.addRow("", self.recovery_error_label)
        self.restore_link = link_button(
            self.tr("The database is damaged or on another computer? Restore a backup…")
        )
        self.restore_link.clicked.connect(self.restore_backup)
        form.addRow("", self.restore_link)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        return page

    def _show_page(self, page: QWidget) -> None:
        """Switch pages; the dialog takes the height of the page shown."""
        other = self.recovery_page if page is self.login_page else self.login_page
        other.hide()
        page.show()
        self._fit()

    def current_page(self) -> QWidget:
        return self.recovery_page if self.recovery_page.isVisibleTo(self) else self.login_page

    def _fit(self) -> None:
        fit_height(self)

    def show_login_page(self) -> None:
        self._show_page(self.login_page)
        self.recover_button.setDefault(False)
        self.login_button.setDefault(True)
        self._clear_recovery_secrets()
        self.password_edit.setFocus()

    def show_recovery_page(self) -> None:
        self._show_page(self.recovery_page)
        self.login_button.setDefault(False)
        self.recover_button.setDefault(True)
        if not self.admin_edit.text():
            self.admin_edit.setText(self.user_edit.text().strip())
        self.password_edit.clear()
        self.recovery_key_edit.setFocus()

    def _clear_recovery_secrets(self) -> None:
        for edit in (self.recovery_key_edit, self.new_password_edit, self.repeat_password_edit):
            edit.clear()

    # -- messages --------------------------------------------------------------------

    def _say(self, label: QLabel, text: str, style: str) -> None:
        label.setStyleSheet(style)
        label.setText(text)
        label.setVisible(bool(text))
        self._fit()

    def show_error(self, text: str) -> None:
        self._say(self.error_label, text, ERROR_STYLE)

    def show_recovery_error(self, text: str) -> None:
        self._say(self.recovery_error_label, text, ERROR_STYLE)

    def _wait_text(self, seconds: int) -> str:
        if seconds == 1:
            return self.tr("Too many failed attempts; wait 1 second and try again.")
        return self.tr("Too many failed attempts; wait %1 seconds and try again.").replace(
            "%1", str(seconds)
        )

    # -- busy ------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.user_edit,
            self.password_edit,
            self.recovery_link,
            self.recovery_key_edit,
            self.admin_edit,
            self.new_password_edit,
            self.repeat_password_edit,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        self.login_button.setEnabled(not busy and not self.login_countdown.is_running())
        self.recover_button.setEnabled(not busy and not self.recovery_countdown.is_running())
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def is_busy(self) -> bool:
        return self._busy

    def _task_failed(self, error: BaseException) -> None:
        """An error that is not the user's: goes to the crash dialog like any bug."""
        raise error

    # -- logging in ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # once this paint is drawn

    def _after_first_paint(self) -> None:
        target = startup_probe.ready_file()
        if target is not None:
            # The start-up benchmark: an office with users gets no further than this
            # window without a person, so the figure is the window on screen.
            startup_probe.write_ready(target)
            self.reject()
            return
        self.database_layer = load_database_layer()

    def log_in(self) -> None:
        if self._busy or self.login_countdown.is_running():
            return
        login = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self.show_error(self.tr("Enter your user name."))
            self.user_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.password_edit.setFocus()
            return
        self._say(self.error_label, self.tr("Opening the database…"), NOTE_STYLE)
        self._set_busy(True)
        paths, now = self.paths, self._clock()
        tasks.run_task(
            lambda: _auth().log_in(paths, login, password, now=now),
            self._logged_in,
            self._login_failed,
        )

    def _logged_in(self, ctx: DeskContext) -> None:
        if self._abandoned:  # cancelled while the database was opening
            ctx.db.dispose()
            return
        self._set_busy(False)
        self.password_edit.clear()
        self.ctx = ctx
        super().accept()

    def _login_failed(self, error: BaseException) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        if not isinstance(error, UserError):
            self.show_error("")
            self._task_failed(error)
            return
        if isinstance(error, LoginThrottled):
            self.login_countdown.start(error.seconds)
            self.password_edit.setFocus()
            return
        self.show_error(str(error))
        if isinstance(error, WrongSecret):
            self.password_edit.clear()
        elif isinstance(error, NotADatabase | WrongKey | IntegrityProblem):
            # the password opened the key, the database did not open: a backup may help
            self.password_edit.clear()
            self.error_label.setText(
                self.error_label.text()
                + "\n"
                + self.tr("An administrator can restore a backup with the recovery key.")
            )
            self.show_recovery_page()
            self.show_recovery_error(self.error_label.text())
            return
        self.password_edit.setFocus()

    def _login_wait_ticked(self, seconds: int) -> None:
        self.login_button.setEnabled(False)
        self.show_error(self._wait_text(seconds))

    def _login_wait_over(self) -> None:
        self.login_button.setEnabled(not self._busy)
        self._say(self.error_label, self.tr("You can try again now."), NOTE_STYLE)
        self.password_edit.setFocus()

    # -- recovery --------------------------------------------------------------------

    def recover(self) -> None:
        if self._busy or self.recovery_countdown.is_running():
            return
        key = self.recovery_key_edit.text().strip()
        new_password = self.new_password_edit.text()
        if not key:
            self.show_recovery_error(self.tr("Type the recovery key from the printed sheet."))
            self.recovery_key_edit.setFocus()
            return
        try:
            parse_recovery_key(key)  # a typo is told at once, before any attempt counts
        except UserError as error:
            self.show_recovery_error(str(error))
            self.recovery_key_edit.setFocus()
            return
        try:
            login = accounts.check_login_name(self.admin_edit.text())
        except UserError as error:
            self.show_recovery_error(str(error))
            self.admin_edit.setFocus()
            return
        try:
            accounts.check_password(new_password, login)
        except UserError as error:
            self.show_recovery_error(str(error))
            self.new_password_edit.setFocus()
            return
        if new_password != self.repeat_password_edit.text():
            self.show_recovery_error(self.tr("The two new passwords differ; type them again."))
            self.new_password_edit.clear()
            self.repeat_password_edit.clear()
            self.new_password_edit.setFocus()
            return
        self._say(self.recovery_error_label, self.tr("Opening the database…"), NOTE_STYLE)
        self._set_busy(True)
        paths = self.paths
        tasks.run_task(
            lambda: _auth().recover(paths, key, login, new_password),
            self._recovered,
            self._recovery_failed,
        )

    def _recovered(self, ctx: DeskContext) -> None:
        if self._abandoned:
            ctx.db.dispose()
            return
        self._set_busy(False)
        self._clear_recovery_secrets()
        self.ctx = ctx
        self.recovered = True
        super().accept()

    def _recovery_failed(self, error: BaseException) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        if not isinstance(error, UserError):
            self.show_recovery_error("")
            self._task_failed(error)
            return
        if isinstance(error, LoginThrottled):
            self.recovery_countdown.start(error.seconds)
            return
        self.show_recovery_error(str(error))
        if isinstance(error, WrongSecret):
            self.recovery_key_edit.setFocus()
            self.recovery_key_edit.selectAll()
        else:  # not an active administrator
            self.admin_edit.setFocus()

    def _recovery_wait_ticked(self, seconds: int) -> None:
        self.recover_button.setEnabled(False)
        self.show_recovery_error(self._wait_text(seconds))

    def _recovery_wait_over(self) -> None:
        self.recover_button.setEnabled(not self._busy)
        self._say(self.recovery_error_label, self.tr("You can try again now."), NOTE_STYLE)

    # -- restoring a backup ----------------------------------------------------------

    def restore_backup(self) -> None:
        """Restore a backup with the recovery key; then log in as usual."""
        from privacy_desk.ui.dialogs.restore_dialog import RestoreDialog

        if self._busy:
            return
        dialog = RestoreDialog(self.paths, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_login_page()
            self._say(
                self.error_label,
                dialog.summary() + "\n" + self.tr("Log in with your usual password."),
                NOTE_STYLE,
            )
        dialog.deleteLater()

    # -- closing ---------------------------------------------------------------------

    def accept(self) -> None:
        """Enter anywhere means the current page's action, never a bare accept."""
        if self.current_page() is self.recovery_page:
            self.recover()
        else:
            self.log_in()

    def reject(self) -> None:
        if self._busy:
            # The database is still opening: whatever comes back is closed unused.
            self._abandoned = True
        self.login_countdown.stop()
        self.recovery_countdown.stop()
        self.password_edit.clear()
        self._clear_recovery_secrets()
        super().reject()
