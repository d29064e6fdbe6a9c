"""Logging in, getting back in with the recovery key, and the idle lock, driven like a
clerk would: typing into the real dialogs of an encrypted office set up with FAST_KDF."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF, KeyStore, WrongSecret, user_slot
from privacy_desk.security.recovery import new_recovery_key
from privacy_desk.services import auth, users
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import AuditEntry
from privacy_desk.ui.dialogs.login_dialog import LoginDialog
from privacy_desk.ui.idle_lock import Curtain, IdleLock, password_ok
from tests.helpers.offices import PASSWORD, set_up_office

STAFF_PASSWORD = "staff password 1"
WRONG = "The user name or password is wrong."
CASE_TEXT = "試験　花子 — 2026-0042"


@dataclass
class Office:
    paths: DataPaths
    recovery_key: str


@pytest.fixture
def office(data_paths: DataPaths) -> Office:
    result = set_up_office(data_paths)
    result.ctx.db.dispose()
    return Office(data_paths, result.recovery_key)


@pytest.fixture
def opened() -> Iterator[list[DeskContext]]:
    """Contexts the tests open; all disposed at the end."""
    contexts: list[DeskContext] = []
    yield contexts
    for ctx in contexts:
        ctx.db.dispose()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def login_dialog(qtbot: QtBot, paths: DataPaths, **kwargs: object) -> LoginDialog:
    dialog = LoginDialog(paths, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_login(qtbot: QtBot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, login)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Log In is the default button


def shows_error(label: QLabel, text: str) -> bool:
    return label.isVisible() and label.text() == text and "a61b1b" in label.styleSheet()


# -- logging in -------------------------------------------------------------------------


def test_the_right_password_logs_the_administrator_in(
    qtbot: QtBot, office: Office, opened: list[DeskContext]
) -> None:
    dialog = login_dialog(qtbot, office.paths)
    assert dialog.focusWidget() is dialog.user_edit
    assert dialog.password_edit.echoMode() is dialog.password_edit.EchoMode.Password
    assert dialog.login_button.isDefault()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        type_login(qtbot, dialog, "Admin", PASSWORD)
    assert dialog.ctx is not None
    opened.append(dialog.ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ctx.role is Role.ADMINISTRATOR and dialog.ctx.actor == "admin"
    assert dialog.password_edit.text() == ""
    assert not dialog.recovered


def test_a_remembered_user_name_is_filled_in_and_the_password_asked(
    qtbot: QtBot, office: Office
) -> None:
    dialog = login_dialog(qtbot, office.paths, last_user="admin")
    assert dialog.user_edit.text() == "admin"
    assert dialog.focusWidget() is dialog.password_edit


def test_a_wrong_password_says_so_and_keeps_the_user_name(qtbot: QtBot, office: Office) -> None:
    dialog = login_dialog(qtbot, office.paths)
    type_login(qtbot, dialog, "admin", "not the password")
    assert shows_error(dialog.error_label, WRONG)
    assert dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.user_edit.text() == "admin"
    assert dialog.isVisible() and dialog.ctx is None
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_an_unknown_user_gets_the_same_sentence(qtbot: QtBot, office: Office) -> None:
    dialog = login_dialog(qtbot, office.paths)
    type_login(qtbot, dialog, "nobody", PASSWORD)
    assert shows_error(dialog.error_label, WRONG)
    assert dialog.password_edit.text() == "" and dialog.user_edit.text() == "nobody"


def test_empty_fields_are_asked_for_without_an_attempt(qtbot: QtBot, office: Office) -> None:
    dialog = login_dialog(qtbot, office.paths)
    click(qtbot, dialog.login_button)
    assert shows_error(dialog.error_label, "Enter your user name.")
    qtbot.keyClicks(dialog.user_edit, "admin")
    click(qtbot, dialog.login_button)
    assert shows_error(dialog.error_label, "Enter your password.")
    # nothing was counted against the user
    assert json.loads(office.paths.keys_file.read_text())["failures"] == {}


def test_five_failures_then_a_wait_with_a_live_countdown(
    qtbot: QtBot, office: Office, opened: list[DeskContext]
) -> None:
    now = [1000.0]
    dialog = login_dialog(qtbot, office.paths, last_user="admin", clock=lambda: now[0])
    for attempt in range(5):
        qtbot.keyClicks(dialog.password_edit, f"wrong guess {attempt}")
        click(qtbot, dialog.login_button)
        assert shows_error(dialog.error_label, WRONG)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    click(qtbot, dialog.login_button)
    assert shows_error(
        dialog.error_label, "Too many failed attempts; wait 2 seconds and try again."
    )
    assert not dialog.login_button.isEnabled()
    assert dialog.password_edit.text() == PASSWORD  # not tried, so not cleared
    timer = dialog.login_countdown.timer
    assert timer.isActive() and timer.interval() == 1000
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter does not get round it
    assert dialog.ctx is None and not dialog.login_button.isEnabled()

    now[0] = 1001.0
    with qtbot.waitSignal(dialog.login_countdown.ticked, timeout=3000) as ticked:
        pass  # the one-second timer counts down by itself
    assert ticked.args == [1]
    assert shows_error(dialog.error_label, "Too many failed attempts; wait 1 second and try again.")
    assert not dialog.login_button.isEnabled()

    now[0] = 1002.0
    with qtbot.waitSignal(dialog.login_countdown.finished, timeout=3000):
        dialog.login_countdown.tick()
    assert dialog.login_button.isEnabled() and not timer.isActive()
    assert dialog.error_label.text() == "You can try again now."
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        click(qtbot, dialog.login_button)
    assert dialog.ctx is not None
    opened.append(dialog.ctx)
    assert dialog.ctx.role is Role.ADMINISTRATOR


def test_the_countdown_never_counts_up_when_the_clock_goes_back(qtbot: QtBot) -> None:
    from privacy_desk.ui.dialogs.login_dialog import Countdown

    now = [500.0]
    countdown = Countdown(lambda: now[0])
    seen: list[int] = []
    countdown.ticked.connect(seen.append)
    countdown.start(8)
    now[0] = 100.0  # the clock was set back by hand
    countdown.tick()
    assert seen == [8, 8] and countdown.is_running()
    countdown.stop()
    assert countdown.remaining() == 0


def test_changed_and_removed_users(qtbot: QtBot, office: Office, opened: list[DeskContext]) -> None:
    admin = auth.log_in(office.paths, "admin", PASSWORD)
    opened.append(admin)
    keys = KeyStore.load(office.paths.keys_file, kdf=FAST_KDF)
    data_key = keys.unlock(user_slot("admin"), PASSWORD)
    users.create_user(
        admin,
        keys,
        data_key,
        login="m.tanaka",
        display_name="田中　美咲",
        role=Role.STAFF,
        password=STAFF_PASSWORD,
    )
    staff = auth.log_in(office.paths, "m.tanaka", STAFF_PASSWORD)
    users.change_password(staff, keys, "m.tanaka", STAFF_PASSWORD, "a brand new one")
    staff.db.dispose()

    dialog = login_dialog(qtbot, office.paths, last_user="m.tanaka")
    type_login(qtbot, dialog, "m.tanaka", STAFF_PASSWORD)  # the password before the change
    assert shows_error(dialog.error_label, WRONG)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        type_login(qtbot, dialog, "m.tanaka", "a brand new one")
    assert dialog.ctx is not None
    assert dialog.ctx.role is Role.STAFF
    dialog.ctx.db.dispose()

    users.deactivate_user(admin, keys, "m.tanaka")
    dialog = login_dialog(qtbot, office.paths, last_user="m.tanaka")
    type_login(qtbot, dialog, "m.tanaka", "a brand new one")
    assert shows_error(dialog.error_label, WRONG)  # no hint that the user was removed
    assert dialog.ctx is None


# -- recovery -------------------------------------------------------------------------


def test_the_recovery_key_sets_a_new_password(
    qtbot: QtBot, office: Office, opened: list[DeskContext]
) -> None:
    dialog = login_dialog(qtbot, office.paths, last_user="admin")
    click(qtbot, dialog.recovery_link)
    assert dialog.current_page() is dialog.recovery_page
    assert dialog.recover_button.isDefault() and not dialog.login_button.isDefault()
    assert dialog.admin_edit.text() == "admin"
    metrics = dialog.recovery_key_edit.fontMetrics()  # monospace: 0 and O, 1 and I line up
    assert metrics.horizontalAdvance("IIIII") == metrics.horizontalAdvance("WWWWW")
    for edit in (dialog.new_password_edit, dialog.repeat_password_edit):
        assert edit.echoMode() is edit.EchoMode.Password

    key = office.recovery_key
    typo = key[:-1] + ("0" if key[-1] != "0" else "1")
    qtbot.keyClicks(dialog.recovery_key_edit, typo)
    qtbot.keyClicks(dialog.new_password_edit, "a fresh start 2026")
    qtbot.keyClicks(dialog.repeat_password_edit, "a fresh start 2026")
    click(qtbot, dialog.recover_button)
    assert shows_error(
        dialog.recovery_error_label,
        "That recovery key has a typo; check it against the printed sheet.",
    )
    assert dialog.focusWidget() is dialog.recovery_key_edit

    dialog.recovery_key_edit.setText(new_recovery_key())  # well formed, but another office's
    click(qtbot, dialog.recover_button)
    assert shows_error(
        dialog.recovery_error_label, "That recovery key does not open this database."
    )

    dialog.recovery_key_edit.setText(key.lower().replace("-", " "))
    dialog.repeat_password_edit.setText("a fresh start 2025")
    click(qtbot, dialog.recover_button)
    assert shows_error(
        dialog.recovery_error_label, "The two new passwords differ; type them again."
    )
    assert dialog.new_password_edit.text() == "" == dialog.repeat_password_edit.text()

    dialog.new_password_edit.setText("short")
    dialog.repeat_password_edit.setText("short")
    click(qtbot, dialog.recover_button)
    assert shows_error(dialog.recovery_error_label, "A password needs at least 10 characters.")

    dialog.new_password_edit.setText("a fresh start 2026")
    dialog.repeat_password_edit.setText("a fresh start 2026")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.repeat_password_edit, Qt.Key.Key_Return)
    assert dialog.ctx is not None and dialog.recovered
    opened.append(dialog.ctx)
    assert dialog.ctx.role is Role.ADMINISTRATOR
    assert dialog.recovery_key_edit.text() == ""
    with pytest.raises(WrongSecret):
        auth.log_in(office.paths, "admin", PASSWORD)
    opened.append(auth.log_in(office.paths, "admin", "a fresh start 2026"))


def test_recovery_is_only_for_an_administrator(qtbot: QtBot, office: Office) -> None:
    dialog = login_dialog(qtbot, office.paths)
    click(qtbot, dialog.recovery_link)
    dialog.recovery_key_edit.setText(office.recovery_key)
    dialog.admin_edit.setText("nobody")
    dialog.new_password_edit.setText("a fresh start 2026")
    dialog.repeat_password_edit.setText("a fresh start 2026")
    click(qtbot, dialog.recover_button)
    assert shows_error(
        dialog.recovery_error_label, "nobody is not an active administrator of this office."
    )
    assert dialog.ctx is None
    click(qtbot, dialog.back_button)
    assert dialog.current_page() is dialog.login_page
    assert dialog.login_button.isDefault()
    assert dialog.recovery_key_edit.text() == ""  # the key does not stay in a hidden field


# -- the idle lock ----------------------------------------------------------------------


@pytest.fixture
def admin(office: Office, opened: list[DeskContext]) -> DeskContext:
    ctx = auth.log_in(office.paths, "admin", PASSWORD)
    opened.append(ctx)
    return ctx


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Privacy Desk")
    window.setCentralWidget(QLabel(CASE_TEXT))
    window.resize(800, 500)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def make_lock(window: QMainWindow) -> Iterator[Callable[..., IdleLock]]:
    made: list[IdleLock] = []

    def make(ctx: DeskContext, minutes: int = 10, **kwargs: object) -> IdleLock:
        lock = IdleLock(window, ctx, minutes, **kwargs)  # type: ignore[arg-type]
        made.append(lock)
        return lock

    yield make
    for lock in made:
        lock.shutdown()


def covered(widget: QWidget) -> bool:
    """Whether an opaque curtain lies over the whole of ``widget`` and on top of it."""
    curtains = [c for c in widget.findChildren(Curtain) if c.isVisible()]
    if not curtains:
        return False
    on_top = widget.childAt(widget.rect().center())
    while on_top is not None and not isinstance(on_top, Curtain):
        on_top = on_top.parentWidget()
    return curtains[0].geometry() == widget.rect() and on_top is curtains[0]


def unlock_with(qtbot: QtBot, lock: IdleLock, password: str) -> None:
    lock.screen.password_edit.clear()
    qtbot.keyClicks(lock.screen.password_edit, password)
    qtbot.keyClick(lock.screen.password_edit, Qt.Key.Key_Return)


def audit_actions(ctx: DeskContext) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_the_desk_locks_after_the_idle_time_and_hides_the_cases(
    qtbot: QtBot, window: QMainWindow, admin: DeskContext, make_lock: Callable[..., IdleLock]
) -> None:
    central = window.centralWidget()
    lock = make_lock(admin, interval_ms=150)
    assert not lock.is_locked() and central.isVisible()
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert lock.is_locked()
    assert not central.isVisible()
    assert covered(window)
    assert lock.screen.isVisible() and not lock.timer.isActive()
    assert QApplication.activeModalWidget() is lock.screen
    assert lock.screen.prompt.text() == "Locked — enter the password of admin to continue."
    assert lock.screen.password_edit.echoMode() is lock.screen.password_edit.EchoMode.Password
    qtbot.keyClick(lock.screen, Qt.Key.Key_Escape)  # Esc does not get round it
    assert lock.is_locked() and lock.screen.isVisible()


def test_a_wrong_password_is_refused_and_audited_the_right_one_unlocks(
    qtbot: QtBot, window: QMainWindow, admin: DeskContext, make_lock: Callable[..., IdleLock]
) -> None:
    lock = make_lock(admin, 0)
    assert not lock.timer.isActive()  # 0 minutes: no timer
    lock.lock_now()
    unlock_with(qtbot, lock, "not my password")
    assert lock.is_locked()
    assert shows_error(lock.screen.error_label, "That password is wrong.")
    assert lock.screen.password_edit.text() == ""
    entries = audit_actions(admin)
    failed = [e for e in entries if e.action == "unlock.failed"]
    assert len(failed) == 1 and failed[0].actor == "admin"
    assert json.loads(failed[0].details) == {"login": "admin"}
    assert not any("not my password" in e.details for e in entries)

    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        unlock_with(qtbot, lock, PASSWORD)
    assert not lock.is_locked() and not lock.screen.isVisible()
    assert window.centralWidget().isVisible()
    assert not covered(window)
    assert lock.screen.password_edit.text() == ""
    assert not lock.timer.isActive()  # still switched off


def test_repeated_wrong_passwords_make_the_lock_wait(
    qtbot: QtBot, window: QMainWindow, admin: DeskContext, make_lock: Callable[..., IdleLock]
) -> None:
    now = [1000.0]
    lock = make_lock(admin, interval_ms=60_000, clock=lambda: now[0])
    lock.lock_now()
    for attempt in range(5):
        unlock_with(qtbot, lock, f"guess number {attempt}")
    assert not lock.screen.unlock_button.isEnabled()
    assert lock.screen.error_label.text() == (
        "That password is wrong. Wait 2 seconds and try again."
    )
    unlock_with(qtbot, lock, PASSWORD)  # Enter while waiting is not an attempt
    assert lock.is_locked()
    now[0] = 1002.0
    lock.countdown.tick()
    assert lock.screen.unlock_button.isEnabled()
    assert len([e for e in audit_actions(admin) if e.action == "unlock.failed"]) == 5
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        unlock_with(qtbot, lock, PASSWORD)


def test_input_keeps_the_desk_unlocked(
    qtbot: QtBot, window: QMainWindow, admin: DeskContext, make_lock: Callable[..., IdleLock]
) -> None:
    lock = make_lock(admin, interval_ms=1000)
    for step in range(6):  # 1.5 s in all, never 1 s without input
        qtbot.wait(250)
        if step % 2:
            qtbot.keyClick(window, Qt.Key.Key_Shift)
        else:
            qtbot.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert lock.idle_ms() < 200
    assert not lock.is_locked()
    assert window.centralWidget().isVisible()
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass  # and without input it locks
    assert lock.is_locked()


def test_an_open_dialog_is_covered_and_keeps_its_work(
    qtbot: QtBot, window: QMainWindow, admin: DeskContext, make_lock: Callable[..., IdleLock]
) -> None:
    lock = make_lock(admin, interval_ms=60_000)
    dialog = QDialog(window)
    QLabel(CASE_TEXT, dialog).resize(300, 40)
    dialog.resize(400, 200)
    problems: list[str] = []

    def while_open() -> None:
        try:
            lock.lock_now()
            if not dialog.isVisible() or not covered(dialog):
                problems.append("the dialog is not covered")
            if QApplication.activeModalWidget() is not lock.screen:
                problems.append("the lock screen does not take the input")
            unlock_with(qtbot, lock, PASSWORD)
            if lock.is_locked() or covered(dialog) or not dialog.isVisible():
                problems.append("the dialog did not come back")
        finally:
            dialog.accept()

    QTimer.singleShot(0, while_open)
    assert dialog.exec() == QDialog.DialogCode.Accepted  # not ended by the lock
    assert problems == []


def test_a_window_opening_while_locked_is_covered_and_stays_behind(
    qtbot: QtBot, window: QMainWindow, admin: DeskContext, make_lock: Callable[..., IdleLock]
) -> None:
    lock = make_lock(admin, interval_ms=60_000)
    lock.lock_now()
    box = QMessageBox(QMessageBox.Icon.Information, "Backup", CASE_TEXT, parent=window)
    qtbot.addWidget(box)
    box.open()
    assert covered(box)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is lock.screen, timeout=3000)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        unlock_with(qtbot, lock, PASSWORD)
    assert box.isVisible() and not covered(box)
    box.close()


def test_log_out_from_the_lock_screen(
    qtbot: QtBot, window: QMainWindow, admin: DeskContext, make_lock: Callable[..., IdleLock]
) -> None:
    lock = make_lock(admin, interval_ms=60_000)
    lock.lock_now()
    with qtbot.waitSignal(lock.logoutRequested, timeout=1000):
        click(qtbot, lock.screen.logout_button)
    assert lock.is_locked() and covered(window)
    lock.shutdown()
    assert not lock.screen.isVisible() and covered(window)  # the owner closes the window


def test_password_ok_knows_the_acting_users_password(admin: DeskContext, office: Office) -> None:
    assert password_ok(admin, PASSWORD)
    assert not password_ok(admin, "something else")
    keys = KeyStore.load(office.paths.keys_file, kdf=FAST_KDF)
    users.create_user(
        admin,
        keys,
        keys.unlock(user_slot("admin"), PASSWORD),
        login="m.tanaka",
        display_name="田中　美咲",
        role=Role.STAFF,
        password=STAFF_PASSWORD,
    )
    admin.actor = "m.tanaka"
    assert password_ok(admin, STAFF_PASSWORD)
    admin.actor = "admin"
    users.deactivate_user(admin, keys, "m.tanaka")
    admin.actor = "m.tanaka"
    assert not password_ok(admin, STAFF_PASSWORD)  # removed users cannot unlock
    admin.actor = "nobody"
    assert not password_ok(admin, PASSWORD)


def test_the_login_window_comes_up_without_the_database_layer() -> None:
    """What the program loads up to its login window (a new interpreter: here everything is
    loaded already) holds nothing of SQLAlchemy or the services: they load behind it."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import privacy_desk.cli, privacy_desk.ui.app\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith(('privacy_desk.services', 'privacy_desk.store.models')))\n"
        "print(heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout


def test_the_database_layer_loads_once_the_login_window_is_shown(
    qtbot: QtBot, office: Office
) -> None:
    dialog = LoginDialog(office.paths)
    qtbot.addWidget(dialog)
    assert dialog.database_layer is None  # nothing before the window is on screen
    dialog.show()
    qtbot.waitUntil(lambda: dialog.database_layer is not None)
    assert dialog.database_layer is not None
    dialog.database_layer.join(timeout=30)
    assert not dialog.database_layer.is_alive()
