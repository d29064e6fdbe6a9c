"""Starting the app: the set-up on the first start, the login afterwards, roles, logging out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.services import auth
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import app as app_module
from privacy_desk.ui import main_window as main_window_module
from privacy_desk.ui.dialogs.login_dialog import LoginDialog
from privacy_desk.ui.dialogs.setup_wizard import SetupWizard
from privacy_desk.ui.idle_lock import IdleLock
from privacy_desk.ui.main_window import MainWindow
from tests.helpers.offices import PASSWORD, set_up_office
from tests.ui.conftest import Messages


def _set_up(paths: DataPaths) -> None:
    set_up_office(paths).ctx.db.dispose()


def test_a_set_up_folder_asks_for_the_login(
    qtbot: QtBot, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(data_paths)
    seen: list[LoginDialog] = []

    class TypingLogin(LoginDialog):
        def exec(self) -> int:
            seen.append(self)
            self.user_edit.setText("admin")
            self.password_edit.setText(PASSWORD)
            self.log_in()
            return self.result()

    monkeypatch.setattr(app_module, "LoginDialog", TypingLogin)
    ctx = app_module._sign_in(data_paths)
    assert seen and ctx is not None and ctx.role is Role.ADMINISTRATOR
    ctx.db.dispose()


def test_giving_up_at_the_login_opens_nothing(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(data_paths)
    monkeypatch.setattr(LoginDialog, "exec", lambda self: 0)
    assert app_module._sign_in(data_paths) is None


def test_the_first_start_runs_the_set_up(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[SetupWizard] = []

    def fake_exec(self: SetupWizard) -> int:  # the wizard itself is tested on its own
        ran.append(self)
        self.result_setup = set_up_office(data_paths)
        return 1

    monkeypatch.setattr(SetupWizard, "exec", fake_exec)
    ctx = app_module._sign_in(data_paths)
    assert ran and ctx is not None and ctx.role is Role.ADMINISTRATOR
    assert auth.is_set_up(data_paths)
    ctx.db.dispose()


def test_roles_see_only_what_they_may_do(qtbot: QtBot, desk: DeskContext) -> None:
    desk.role = Role.STAFF
    staff = MainWindow(desk)
    qtbot.addWidget(staff)
    assert not staff.backup_action.isVisible()
    assert staff.export_csv_action.isVisible() and staff.log_action.isVisible()
    desk.role = Role.ADMINISTRATOR
    admin = MainWindow(desk)
    qtbot.addWidget(admin)
    assert admin.backup_action.isVisible()


def test_logging_out_closes_without_questions(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    shown.confirm_answer = False  # a question would keep the window open
    lock = IdleLock(window, desk, 0)
    lock.logoutRequested.connect(lambda: (lock.shutdown(), window.close_without_asking()))
    lock.logoutRequested.emit()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QApplication.activeModalWidget() is None


def test_the_database_check_works_on_an_encrypted_office(
    qtbot: QtBot, data_paths: DataPaths, shown: Messages
) -> None:
    _set_up(data_paths)
    ctx = auth.log_in(data_paths, "admin", PASSWORD)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.check_action.trigger()
        assert shown.texts("error") == [] and shown.texts("warning") == []
        assert shown.texts("information")[0].startswith("The database is sound.")
    finally:
        ctx.db.dispose()


def test_log_out_comes_back_to_the_login(
    qtbot: QtBot, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, shown: Messages
) -> None:
    _set_up(data_paths)
    logins: list[str] = []

    class TypingLogin(LoginDialog):
        def exec(self) -> int:
            logins.append(self.user_edit.text())
            if len(logins) > 1:
                return 0  # the second time the user gives up: the app ends
            self.user_edit.setText("admin")
            self.password_edit.setText(PASSWORD)
            self.log_in()
            return self.result()

    class LeavingWindow(MainWindow):
        def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
            super().showEvent(event)  # type: ignore[arg-type]
            QTimer.singleShot(0, self.logout_action.trigger)

    monkeypatch.setattr(app_module, "LoginDialog", TypingLogin)
    # the program imports the main window once logged in, from its module
    monkeypatch.setattr(main_window_module, "MainWindow", LeavingWindow)
    assert app_module.run_gui(data_paths) == 0
    assert logins == ["", "admin"]  # the second login offers the last user


def test_an_administrator_restores_from_the_menu_and_logs_in_again(
    qtbot: QtBot,
    data_paths: DataPaths,
    tmp_path: Path,
    shown: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from privacy_desk.services import maintenance
    from privacy_desk.ui.dialogs.restore_dialog import RestoreDialog

    _set_up(data_paths)
    ctx = auth.log_in(data_paths, "admin", PASSWORD)
    copy = maintenance.make_backup(ctx, tmp_path / "copy.sqlite3")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.restore_action.isVisible() and window.logout_action.isVisible()

    def typing_exec(self: RestoreDialog) -> int:
        self.file_edit.setText(str(copy))
        self.restore()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", typing_exec)
    with qtbot.waitSignal(window.logoutRequested, timeout=5000):
        window.restore_action.trigger()
    assert shown.texts("information")[-1].endswith("Log in again to go on.")
    ctx.db.dispose()
    ctx.role = Role.STAFF
    staff = MainWindow(ctx)
    qtbot.addWidget(staff)
    assert not staff.restore_action.isVisible() and staff.logout_action.isVisible()
