"""The screen locks itself after a while without input; the password opens it again.

How the lock covers things (nothing of a case may stay on the screen):

* the main window's central widget is hidden, and an opaque :class:`Curtain`
  (a child widget the size of the window, kept on top and at its size) covers
  everything else in it: menus, toolbar, status bar;
* every other window of the program (a dialog half filled in, a message box)
  gets a curtain too. They are *not* hidden: hiding a dialog ends its
  ``exec()`` as if Cancel had been pressed, and the half-typed work would be lost;
* the :class:`LockScreen` asking for the password is an application-modal
  window, so no other window takes keys, clicks or shortcuts while it is up. A
  window that opens while locked (a task's message box) is curtained at once
  and the lock screen is brought back in front of it.

Failed attempts are audited (``unlock.failed``, never the password) and, as
at the login, after a few of them each attempt must wait a growing time.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.security.keys import FREE_ATTEMPTS, throttle_wait
from privacy_desk.services import users
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import tasks
from privacy_desk.ui.dialogs.login_dialog import (
    NOTE_STYLE,
    Clock,
    Countdown,
    fit_height,
)
from privacy_desk.ui.style import ERROR_STYLE

DEFAULT_MINUTES = 10
CURTAIN_COLOUR = "#3b4249"
CURTAIN_TEXT_STYLE = "color: #e6e8ea; font-size: 15pt;"

#: What counts as someone at the keyboard.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
_NEVER_COVERED = frozenset(
    {Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Desktop, Qt.WindowType.SplashScreen}
)


def password_ok(ctx: DeskContext, password: str) -> bool:
    """Whether ``password`` is the current password of the acting user (still active)."""
    return users.confirm_password(ctx, password)


class Curtain(QWidget):
    """An opaque cover over the whole of ``window``, kept on top of its children and at its size."""

    def __init__(self, window: QWidget, text: str) -> None:
        # No Python reference to the window: the curtain must not keep it alive, nor be
        # the last to let go of it while Qt deletes the curtain.
        super().__init__(window)
        self.setObjectName("lockCurtain")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(CURTAIN_COLOUR))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet(CURTAIN_TEXT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def covers(self) -> QWidget | None:
        return self.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        window = self.parentWidget()
        if window is not None and watched is window:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(window.rect())
            elif kind == QEvent.Type.ChildAdded:
                # A new child is stacked above its older siblings: go back on top.
                QTimer.singleShot(0, self._back_on_top)
        return False

    def _back_on_top(self) -> None:
        if shiboken6.isValid(self):
            self.raise_()

    def remove(self) -> None:
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class LockScreen(QDialog):
    """The password prompt of a locked program: Esc and the close button do nothing."""

    unlockRequested = Signal(str)  # noqa: N815 - Qt signal naming
    logoutRequested = Signal()  # noqa: N815

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Privacy Desk — Locked"))

        heading = QLabel(self.tr("Privacy Desk is locked"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.prompt = QLabel(
            self.tr("Locked — enter the password of %1 to continue.").replace("%1", user)
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMinimumWidth(360)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock_clicked)
        self.logout_button = QPushButton(self.tr("Log Out"))
        self.logout_button.setAutoDefault(False)
        self.logout_button.clicked.connect(self.logoutRequested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(self.prompt)
        layout.addSpacing(6)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.error_label)
        layout.addSpacing(6)
        layout.addLayout(buttons)

    def _unlock_clicked(self) -> None:
        self.unlockRequested.emit(self.password_edit.text())

    def accept(self) -> None:  # Enter without the default button: the same as Unlock
        self._unlock_clicked()

    def reject(self) -> None:  # Esc, the window's close button: stay locked
        pass

    def show_error(self, text: str, style: str = ERROR_STYLE) -> None:
        self.error_label.setStyleSheet(style)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        fit_height(self)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password_edit, self.logout_button):
            widget.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def reset(self) -> None:
        self.password_edit.clear()
        self.show_error("")
        self.set_busy(False)


class IdleLock(QObject):
    """Locks ``window`` (and every other window of the app) after ``minutes`` without input.

    ``interval_ms`` (tests) overrides ``minutes``; zero or less turns the timer
    off (:meth:`lock_now` still locks). ``logoutRequested`` leaves the lock on:
    the owner disposes of the context and closes the windows (after
    :meth:`shutdown`).
    """

    locked = Signal()
    unlocked = Signal()
    logoutRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        window: QWidget,
        ctx: DeskContext,
        minutes: int,
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.ctx = ctx
        self.interval_ms = interval_ms if interval_ms is not None else minutes * 60_000
        self._locked = False
        self._checking = False
        self._failures = 0
        self._curtains: list[Curtain] = []
        self._hidden: list[QWidget] = []
        self._idle = QElapsedTimer()
        self._idle.start()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timer_fired)
        self.screen = LockScreen(ctx.actor, window)
        self.screen.unlockRequested.connect(self._unlock_requested)
        self.screen.logoutRequested.connect(self.logoutRequested)
        self.countdown = Countdown(clock, self)
        self.countdown.ticked.connect(self._wait_ticked)
        self.countdown.finished.connect(self._wait_over)
        app = QApplication.instance()
        assert app is not None, "IdleLock needs a QApplication"
        app.installEventFilter(self)
        self._installed = True
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)

    # -- watching for input ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            if not self._locked:
                self._idle.restart()
        elif (
            kind == QEvent.Type.Show
            and self._locked
            and isinstance(watched, QWidget)
            and self._should_cover(watched)
        ):
            self._cover(watched)
            QTimer.singleShot(0, self._bring_screen_forward)
        return False

    def idle_ms(self) -> int:
        """Milliseconds since the last input."""
        return self._idle.elapsed()

    def _timer_fired(self) -> None:
        if self._locked or self.interval_ms <= 0:
            return
        idle = self._idle.elapsed()
        if idle >= self.interval_ms:
            self.lock_now()
        else:
            self.timer.start(self.interval_ms - idle)

    # -- locking -----------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._locked

    def lock_now(self) -> None:
        if self._locked:
            return
        self._locked = True
        self.timer.stop()
        self._close_popups()
        if isinstance(self.window, QMainWindow):
            central = self.window.centralWidget()
            if central is not None and not central.isHidden():
                central.hide()
                self._hidden.append(central)
        self._cover(self.window)
        for other in QApplication.topLevelWidgets():
            if self._should_cover(other) and other.isVisible():
                self._cover(other)
        self.screen.reset()
        self.screen.show()
        self._bring_screen_forward()
        self.locked.emit()

    def _should_cover(self, widget: QWidget) -> bool:
        return (
            widget.isWindow()
            and widget is not self.screen
            and widget.windowType() not in _NEVER_COVERED
            and not any(c.covers() is widget for c in self._live_curtains())
        )

    def _live_curtains(self) -> list[Curtain]:
        self._curtains = [c for c in self._curtains if shiboken6.isValid(c)]
        return self._curtains

    def _cover(self, window: QWidget) -> None:
        self._curtains.append(Curtain(window, self.tr("Privacy Desk is locked.")))

    def _close_popups(self) -> None:
        for _ in range(10):  # menus open inside menus
            popup = QApplication.activePopupWidget()
            if popup is None:
                return
            popup.close()

    def _bring_screen_forward(self) -> None:
        if not self._locked or not self.screen.isVisible():
            return
        if QApplication.activeModalWidget() is not self.screen:
            # Showing again puts it on top of the modal windows opened since.
            self.screen.hide()
            self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password_edit.setFocus()

    def _unlock(self) -> None:
        self._locked = False
        self._failures = 0
        self.countdown.stop()
        self.screen.reset()
        self.screen.hide()
        for curtain in self._live_curtains():
            curtain.remove()
        self._curtains = []
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        self._idle.restart()
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)
        self.unlocked.emit()

    # -- the password ------------------------------------------------------------------

    def _unlock_requested(self, password: str) -> None:
        if not self._locked or self._checking or self.countdown.is_running():
            return
        if not password:
            self.screen.show_error(self.tr("Enter your password."))
            self.screen.password_edit.setFocus()
            return
        self._checking = True
        self.screen.set_busy(True)
        ctx = self.ctx

        def check() -> bool:
            ok = password_ok(ctx, password)
            if not ok:
                ctx.record_event("unlock.failed", "user", login=ctx.actor)
            return ok

        tasks.run_task(check, self._checked, self._check_failed)

    def _checked(self, ok: bool) -> None:
        self._checking = False
        self.screen.set_busy(False)
        if not self._locked:
            return
        if ok:
            self._unlock()
            return
        self._failures += 1
        self.screen.password_edit.clear()
        self.screen.password_edit.setFocus()
        self.screen.show_error(self.tr("That password is wrong."))
        if self._failures >= FREE_ATTEMPTS:
            self.countdown.start(throttle_wait(self._failures))

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.screen.set_busy(False)
        if not isinstance(error, UserError):
            raise error
        self.screen.show_error(str(error))

    def _wait_ticked(self, seconds: int) -> None:
        self.screen.unlock_button.setEnabled(False)
        if seconds == 1:
            text = self.tr("That password is wrong. Wait 1 second and try again.")
        else:
            text = self.tr("That password is wrong. Wait %1 seconds and try again.").replace(
                "%1", str(seconds)
            )
        self.screen.show_error(text)

    def _wait_over(self) -> None:
        self.screen.unlock_button.setEnabled(not self._checking)
        self.screen.show_error(self.tr("You can try again now."), NOTE_STYLE)

    # -- ending ------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop watching (at log-out or when the window closes).

        A locked window stays covered: the owner is about to close it.
        """
        self.timer.stop()
        self.countdown.stop()
        if self._installed:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._installed = False
        if shiboken6.isValid(self.screen):
            self.screen.hide()
