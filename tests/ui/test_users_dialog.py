"""The administrator's Users dialog and Change My Password, driven like an administrator
would, on a real encrypted office (set up with FAST_KDF so that passwords are quick)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF, KeyStore, WrongSecret
from privacy_desk.services import auth, users
from privacy_desk.services.context import DeskContext
from privacy_desk.services.users import UserInfo
from privacy_desk.store.models import AuditEntry
from privacy_desk.ui.dialogs.password_dialog import ChangePasswordDialog
from privacy_desk.ui.dialogs.users_dialog import SetPasswordDialog, UsersDialog
from privacy_desk.ui.main_window import MainWindow
from privacy_desk.ui.models.users_model import UsersModel
from tests.helpers.offices import ADMIN, set_up_office
from tests.ui.conftest import Messages

STAFF_PASSWORD = "staff password 1"
NEW_PASSWORD = "a fresh start 2026"


@dataclass
class Office:
    paths: DataPaths
    admin: DeskContext  # logged in as the administrator


@pytest.fixture
def office(data_paths: DataPaths) -> Iterator[Office]:
    ctx = set_up_office(data_paths).ctx
    yield Office(data_paths, ctx)
    ctx.db.dispose()


@pytest.fixture
def opened() -> Iterator[list[DeskContext]]:
    """Contexts the tests open; all disposed at the end."""
    contexts: list[DeskContext] = []
    yield contexts
    for ctx in contexts:
        ctx.db.dispose()


def add_staff(office: Office, login: str = "m.tanaka", role: Role = Role.STAFF) -> None:
    keys = KeyStore.load(office.paths.keys_file, kdf=FAST_KDF)
    data_key = office.admin.db.key_for_copies()
    assert data_key is not None
    users.create_user(
        office.admin,
        keys,
        data_key,
        login=login,
        display_name="田中　美咲",
        role=role,
        password=STAFF_PASSWORD,
    )


def can_log_in(paths: DataPaths, login: str, password: str) -> bool:
    try:
        ctx = auth.log_in(paths, login, password)
    except WrongSecret:
        return False
    ctx.db.dispose()
    return True


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shows_error(label: QLabel, text: str) -> bool:
    return label.isVisible() and text in label.text() and "a61b1b" in label.styleSheet()


def users_dialog(qtbot: QtBot, ctx: DeskContext) -> UsersDialog:
    dialog = UsersDialog(ctx, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def row_texts(dialog: UsersDialog, login: str) -> list[str]:
    """What the table shows in ``login``'s row, in the table's own order of columns."""
    model = dialog.table.model()
    for row in range(model.rowCount()):
        record = model.index(row, 0).data(UsersModel.RecordRole)
        if record.login == login:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"{login} is not listed")


def enabled(dialog: UsersDialog) -> set[str]:
    buttons = {
        "add": dialog.add_button,
        "reset": dialog.reset_button,
        "role": dialog.role_button,
        "deactivate": dialog.deactivate_button,
        "reactivate": dialog.reactivate_button,
    }
    return {name for name, button in buttons.items() if button.isEnabled()}


def audit_actions(ctx: DeskContext) -> list[str]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# -- the table and its buttons -------------------------------------------------------


def test_the_table_lists_users_and_the_buttons_follow_the_row(
    qtbot: QtBot, office: Office, opened: list[DeskContext]
) -> None:
    add_staff(office)
    add_staff(office, "s.kato", Role.MANAGER)
    opened.append(auth.log_in(office.paths, "m.tanaka", STAFF_PASSWORD))  # a last login
    keys = KeyStore.load(office.paths.keys_file, kdf=FAST_KDF)
    users.deactivate_user(office.admin, keys, "s.kato")
    dialog = users_dialog(qtbot, office.admin)
    assert dialog.windowTitle() == "Users"
    assert dialog.table.model().rowCount() == 3
    tanaka = row_texts(dialog, "m.tanaka")
    assert tanaka[:4] == ["m.tanaka", "田中　美咲", "Staff", "Active"]
    assert len(tanaka[4]) == len("2026-11-24 10:30") and tanaka[4][4] == "-"
    assert row_texts(dialog, "s.kato")[2:] == ["Manager", "Deactivated", "Never"]
    assert row_texts(dialog, ADMIN)[:3] == ["admin (you)", "管理　花子", "Administrator"]

    assert dialog.select_user(ADMIN)
    assert enabled(dialog) == {"add"}  # nothing to do to oneself but add others
    assert "Change My Password" in dialog.reset_button.toolTip()
    assert dialog.select_user("m.tanaka")
    assert enabled(dialog) == {"add", "reset", "role", "deactivate"}
    assert dialog.select_user("s.kato")
    assert enabled(dialog) == {"add", "role", "reactivate"}
    dialog.table.clearSelection()
    assert enabled(dialog) == {"add"}
    assert dialog.reset_password() is None and not dialog.deactivate()


def test_the_users_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = UsersModel("admin")
    model.set_users(
        [
            UserInfo("admin", "管理　花子", Role.ADMINISTRATOR, True, None),
            UserInfo("m.tanaka", "田中　美咲", Role.STAFF, False, "2026-11-24T01:30:00+00:00"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # one's own row
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert model.index(0, UsersModel.COL_ROLE).data(UsersModel.SortRole) < model.index(
        1, UsersModel.COL_ROLE
    ).data(UsersModel.SortRole)


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_last_login_is_shown_in_local_time(tokyo: None) -> None:
    model = UsersModel()
    model.set_users(
        [UserInfo("m.tanaka", "x", Role.STAFF, True, "2026-11-24T16:05:09.123456+00:00")]
    )
    assert model.index(0, UsersModel.COL_LAST_LOGIN).data() == "2026-11-25 01:05"


# -- adding, resetting, deactivating, reactivating, roles ----------------------------


def test_a_user_added_in_the_dialog_can_log_in(
    qtbot: QtBot, office: Office, opened: list[DeskContext]
) -> None:
    dialog = users_dialog(qtbot, office.admin)
    add = dialog.add_user()
    assert add.isVisible() and add.windowTitle() == "Add User"
    assert add.role_box.role() is Role.STAFF
    for edit in add.new_password.edits():
        assert edit.echoMode() is edit.EchoMode.Password

    def try_to_add() -> None:
        click(qtbot, add.ok_button)
        assert add.isVisible()  # refused: still open

    qtbot.keyClicks(add.login_edit, "a")
    try_to_add()
    assert shows_error(add.login_error, "2 to 32 letters")
    add.login_edit.setText("Admin")
    try_to_add()
    assert shows_error(add.login_error, "This user name is taken.")
    add.login_edit.setText("m.tanaka")
    try_to_add()
    assert not add.login_error.isVisible()
    assert shows_error(add.name_error, "Enter the name colleagues know.")
    add.name_edit.setText("田中　美咲")
    add.role_box.set_role(Role.MANAGER)
    assert "approves" in add.role_box.description.text()
    qtbot.keyClicks(add.new_password.password_edit, "short")
    try_to_add()
    assert not add.name_error.isVisible()
    assert shows_error(add.new_password.password_error, "A password needs at least 10 characters.")
    add.new_password.password_edit.setText("M.Tanaka")
    try_to_add()
    assert shows_error(add.new_password.password_error, "at least 10")
    add.new_password.password_edit.setText("m.tanaka  ")
    try_to_add()
    assert shows_error(add.new_password.password_error, "must not be the user name")
    add.new_password.password_edit.setText(NEW_PASSWORD)
    add.new_password.repeat_edit.setText(NEW_PASSWORD + "!")
    try_to_add()
    assert not add.new_password.password_error.isVisible()
    assert shows_error(add.new_password.repeat_error, "The two passwords differ")
    assert add.new_password.password_edit.text() == ""  # typed again, both
    assert [u.login for u in users.list_users(office.admin)] == [ADMIN]  # nothing stored yet

    qtbot.keyClicks(add.new_password.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(add.new_password.repeat_edit, NEW_PASSWORD)
    with qtbot.waitSignal(add.accepted, timeout=5000):
        qtbot.keyClick(add.new_password.repeat_edit, Qt.Key.Key_Return)  # OK is the default
    assert dialog.message_label.text() == "m.tanaka was added."
    selected = dialog.selected_user()
    assert selected is not None and selected.login == "m.tanaka"
    assert row_texts(dialog, "m.tanaka")[:4] == ["m.tanaka", "田中　美咲", "Manager", "Active"]

    ctx = auth.log_in(office.paths, "m.tanaka", NEW_PASSWORD)
    opened.append(ctx)
    assert ctx.role is Role.MANAGER and ctx.actor == "m.tanaka"
    assert "user.create" in audit_actions(office.admin)


def test_an_administrator_resets_a_forgotten_password(
    qtbot: QtBot, office: Office, shown: Messages
) -> None:
    add_staff(office)
    dialog = users_dialog(qtbot, office.admin)
    assert dialog.select_user("m.tanaka")
    click(qtbot, dialog.reset_button)
    [reset] = [d for d in dialog.findChildren(SetPasswordDialog) if d.isVisible()]
    assert reset.windowTitle() == "Reset Password" and reset.isModal()
    assert "m.tanaka (田中　美咲)" in reset.findChildren(QLabel)[0].text()
    reset.new_password.password_edit.setText("m.tanaka")
    click(qtbot, reset.ok_button)
    assert shows_error(reset.new_password.password_error, "at least 10")
    reset.new_password.password_edit.setText(NEW_PASSWORD)
    reset.new_password.repeat_edit.setText(NEW_PASSWORD)
    with qtbot.waitSignal(reset.accepted, timeout=5000):
        click(qtbot, reset.ok_button)
    assert dialog.message_label.text() == "The password of m.tanaka was changed."
    assert not can_log_in(office.paths, "m.tanaka", STAFF_PASSWORD)
    assert can_log_in(office.paths, "m.tanaka", NEW_PASSWORD)
    assert "user.reset" in audit_actions(office.admin)


def test_deactivating_asks_first_and_then_locks_the_user_out(
    qtbot: QtBot, office: Office, shown: Messages
) -> None:
    add_staff(office)
    dialog = users_dialog(qtbot, office.admin)
    assert dialog.select_user("m.tanaka")
    shown.confirm_answer = False
    click(qtbot, dialog.deactivate_button)
    assert [u.active for u in users.list_users(office.admin) if u.login == "m.tanaka"] == [True]
    assert can_log_in(office.paths, "m.tanaka", STAFF_PASSWORD)

    shown.confirm_answer = True
    assert dialog.deactivate()
    assert row_texts(dialog, "m.tanaka")[3] == "Deactivated"
    assert dialog.message_label.text() == "m.tanaka can no longer log in."
    assert enabled(dialog) == {"add", "role", "reactivate"}
    assert not can_log_in(office.paths, "m.tanaka", STAFF_PASSWORD)

    react = dialog.reactivate()
    assert react is not None and react.windowTitle() == "Reactivate User"
    react.new_password.password_edit.setText(NEW_PASSWORD)
    react.new_password.repeat_edit.setText(NEW_PASSWORD)
    with qtbot.waitSignal(react.accepted, timeout=5000):
        click(qtbot, react.ok_button)
    assert row_texts(dialog, "m.tanaka")[3] == "Active"
    assert enabled(dialog) == {"add", "reset", "role", "deactivate"}
    assert not can_log_in(office.paths, "m.tanaka", STAFF_PASSWORD)
    assert can_log_in(office.paths, "m.tanaka", NEW_PASSWORD)


def test_a_refusal_of_the_service_is_shown_in_the_dialog(
    qtbot: QtBot, office: Office, shown: Messages
) -> None:
    add_staff(office)
    dialog = users_dialog(qtbot, office.admin)
    assert dialog.select_user("m.tanaka")
    # someone else deactivates m.tanaka while the dialog shows them as active
    users.deactivate_user(office.admin, KeyStore.load(office.paths.keys_file), "m.tanaka")
    assert not dialog.deactivate()
    assert shows_error(dialog.message_label, "m.tanaka is already deactivated.")
    reset = dialog.reset_password()
    assert reset is not None
    reset.new_password.password_edit.setText(NEW_PASSWORD)
    reset.new_password.repeat_edit.setText(NEW_PASSWORD)
    click(qtbot, reset.ok_button)
    assert reset.isVisible() and not reset.is_busy()
    assert shows_error(reset.message_label, "reactivate them to set a password")
    assert reset.ok_button.isEnabled()


def test_changing_a_role(qtbot: QtBot, office: Office, shown: Messages) -> None:
    add_staff(office)
    dialog = users_dialog(qtbot, office.admin)
    assert dialog.select_user("m.tanaka")
    role = dialog.change_role()
    assert role is not None and role.role_box.role() is Role.STAFF
    assert [role.role_box.itemText(i) for i in range(3)] == ["Staff", "Manager", "Administrator"]
    role.role_box.set_role(Role.ADMINISTRATOR)
    with qtbot.waitSignal(role.accepted, timeout=5000):
        click(qtbot, role.ok_button)
    assert row_texts(dialog, "m.tanaka")[2] == "Administrator"
    assert dialog.message_label.text() == "The role of m.tanaka was changed."
    with office.admin.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.role")).one()
    assert json.loads(entry.details) == {"old": "staff", "new": "administrator"}
    assert dialog.select_user(ADMIN) and dialog.change_role() is None  # not one's own


# -- the main window -------------------------------------------------------------------


def open_window(qtbot: QtBot, ctx: DeskContext) -> MainWindow:
    window = MainWindow(ctx, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_only_administrators_see_the_administration_menu(
    qtbot: QtBot, office: Office, opened: list[DeskContext]
) -> None:
    admin_window = open_window(qtbot, office.admin)
    assert "&Administration" in visible_menus(admin_window)
    assert admin_window.users_action.isVisible() and admin_window.password_action.isVisible()
    users_dialog = admin_window.manage_users()
    assert users_dialog.isVisible() and admin_window.manage_users() is users_dialog
    users_dialog.close()

    add_staff(office)
    add_staff(office, "s.kato", Role.MANAGER)
    for login in ("m.tanaka", "s.kato"):
        ctx = auth.log_in(office.paths, login, STAFF_PASSWORD)
        opened.append(ctx)
        window = open_window(qtbot, ctx)
        assert "&Administration" not in visible_menus(window)
        assert "&File" in visible_menus(window)
        assert not window.users_action.isVisible()
        assert window.password_action.isVisible()  # everyone with a login


def test_change_my_password(
    qtbot: QtBot, office: Office, opened: list[DeskContext], shown: Messages
) -> None:
    add_staff(office)
    ctx = auth.log_in(office.paths, "m.tanaka", STAFF_PASSWORD)
    opened.append(ctx)
    window = open_window(qtbot, ctx)
    dialog = window.change_my_password()
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    assert dialog.focusWidget() is dialog.current_edit
    click(qtbot, dialog.ok_button)
    assert shows_error(dialog.current_error, "Enter your current password.")

    qtbot.keyClicks(dialog.current_edit, "not my password")
    qtbot.keyClicks(dialog.new_password.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.new_password.repeat_edit, NEW_PASSWORD)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert shows_error(dialog.current_error, "That password is wrong.")
    assert dialog.current_edit.text() == "" and dialog.focusWidget() is dialog.current_edit
    assert not dialog.is_busy() and dialog.ok_button.isEnabled()
    assert can_log_in(office.paths, "m.tanaka", STAFF_PASSWORD)  # nothing changed

    dialog.current_edit.setText(STAFF_PASSWORD)
    dialog.new_password.password_edit.setText(STAFF_PASSWORD)
    dialog.new_password.repeat_edit.setText(STAFF_PASSWORD)
    click(qtbot, dialog.ok_button)
    assert not dialog.current_error.isVisible()
    assert shows_error(dialog.new_password.password_error, "must differ from the current one")

    dialog.new_password.password_edit.setText(NEW_PASSWORD)
    dialog.new_password.repeat_edit.setText(NEW_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        click(qtbot, dialog.ok_button)
    assert shown.texts("information") == ["Your password was changed."]
    assert not can_log_in(office.paths, "m.tanaka", STAFF_PASSWORD)
    assert can_log_in(office.paths, "m.tanaka", NEW_PASSWORD)
    assert users.confirm_password(ctx, NEW_PASSWORD)  # the idle lock takes the new one
