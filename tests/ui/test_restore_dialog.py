"""Restoring a backup from the app: by an administrator, or with the recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from privacy_desk.paths import DataPaths
from privacy_desk.services import auth, case_list, cases, maintenance
from privacy_desk.store import backup
from privacy_desk.ui import app as app_module
from privacy_desk.ui.dialogs.login_dialog import LoginDialog
from privacy_desk.ui.dialogs.restore_dialog import RestoreDialog
from privacy_desk.ui.dialogs.setup_wizard import SetupWizard
from tests.helpers.cases import new_case
from tests.helpers.offices import PASSWORD, set_up_office
from tests.ui.conftest import Messages


class Office:
    def __init__(self, paths: DataPaths, recovery_key: str, reference: str, copy: Path) -> None:
        self.paths, self.recovery_key, self.reference, self.copy = (
            paths,
            recovery_key,
            reference,
            copy,
        )


@pytest.fixture
def office(data_paths: DataPaths, tmp_path: Path) -> Office:
    setup = set_up_office(data_paths)
    ctx = setup.ctx
    try:
        reference = cases.log_request(ctx, new_case(received_on=ctx.today())).reference
        stick = tmp_path / "stick"
        stick.mkdir()
        copy = maintenance.make_backup(ctx, stick / "office.sqlite3")
    finally:
        ctx.db.dispose()
    return Office(data_paths, setup.recovery_key, reference, copy)


def _dialog(qtbot: QtBot, paths: DataPaths, **kwargs: object) -> RestoreDialog:
    dialog = RestoreDialog(paths, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _message(dialog: RestoreDialog) -> str:
    return dialog.message_label.text() if dialog.message_label.isVisible() else ""


def test_the_recovery_key_restores_the_office_on_a_new_computer(
    qtbot: QtBot, office: Office, tmp_path: Path, shown: Messages
) -> None:
    new = DataPaths(tmp_path / "new").prepare()
    dialog = _dialog(qtbot, new)
    assert dialog.recovery_key_edit.isVisible()
    shown.next_file = office.copy
    dialog.browse()
    assert dialog.file_edit.text() == str(office.copy)
    dialog.recovery_key_edit.setText(office.recovery_key.lower().replace("-", " "))
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.restored is not None and dialog.restored.cases == 1
    assert "Restored 1 cases" in dialog.summary()
    assert dialog.recovery_key_edit.text() == ""  # the secret does not linger
    ctx = auth.log_in(new, "admin", PASSWORD)
    try:
        assert cases.get_case(ctx, office.reference).reference == office.reference
    finally:
        ctx.db.dispose()


def test_what_is_wrong_is_said_in_the_dialog_and_nothing_changes(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    new = DataPaths(tmp_path / "new").prepare()
    dialog = _dialog(qtbot, new)
    dialog.restore_button.click()
    assert _message(dialog) == "Choose the backup file to restore."
    dialog.file_edit.setText(str(tmp_path / "nothing.sqlite3"))
    dialog.restore_button.click()
    assert _message(dialog).startswith("There is no file")
    dialog.file_edit.setText(str(office.copy))
    dialog.restore_button.click()
    assert _message(dialog) == "Type the recovery key from the printed sheet."
    dialog.recovery_key_edit.setText(office.recovery_key[:-1] + "?")
    dialog.restore_button.click()
    assert "recovery key" in _message(dialog)
    other = set_up_office(DataPaths(tmp_path / "other").prepare())
    other.ctx.db.dispose()
    dialog.recovery_key_edit.setText(other.recovery_key)
    dialog.restore_button.click()
    assert _message(dialog) == "That recovery key does not open this database."
    backup.keys_beside(office.copy).rename(tmp_path / "elsewhere.keys")
    dialog.restore_button.click()
    assert "office.sqlite3.keys" in _message(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not auth.is_set_up(new) and not new.database.exists()


def test_an_administrator_restores_with_the_office_key(
    qtbot: QtBot, office: Office, shown: Messages
) -> None:
    ctx = auth.log_in(office.paths, "admin", PASSWORD)
    cases.log_request(ctx, new_case(received_on=ctx.today(), requester_name="後で　追加"))
    dialog = _dialog(qtbot, office.paths, ctx=ctx)
    assert not dialog.recovery_key_edit.isVisible()
    dialog.file_edit.setText(str(office.copy))
    shown.confirm_answer = False
    dialog.restore_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.restored is None
    shown.confirm_answer = True
    dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.cases == 1
    assert dialog.restored.kept_as.parent == office.paths.backups
    ctx = auth.log_in(office.paths, "admin", PASSWORD)
    try:
        rows = case_list.fetch_cases(ctx, case_list.CaseQuery(), offset=0, limit=10)
        assert [row.reference for row in rows] == [office.reference]
    finally:
        ctx.db.dispose()


def test_the_set_up_wizard_offers_to_restore_instead(
    qtbot: QtBot, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Messages
) -> None:
    new = DataPaths(tmp_path / "new").prepare()

    def typing_exec(self: RestoreDialog) -> int:
        self.file_edit.setText(str(office.copy))
        self.recovery_key_edit.setText(office.recovery_key)
        self.restore()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", typing_exec)
    wizard = SetupWizard(new)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.office_page.restore_link.isVisible()
    wizard.office_page.restore_link.click()
    assert wizard.restored is not None and not wizard.isVisible()
    assert wizard.result_setup is None
    assert shown.texts("information")[-1].endswith("Log in with your usual password.")

    # the start-up goes on to the login, not to a second set-up
    logins: list[LoginDialog] = []
    monkeypatch.setattr(SetupWizard, "exec", lambda self: typing_wizard(self, office))
    monkeypatch.setattr(LoginDialog, "exec", lambda self: logins.append(self) or 0)
    assert app_module._sign_in(DataPaths(tmp_path / "third").prepare()) is None
    assert len(logins) == 1


def typing_wizard(wizard: SetupWizard, office: Office) -> int:
    wizard.restore_from_backup()
    return 0


def test_a_damaged_database_leads_from_the_login_to_the_restore(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.paths.database.open("r+b") as f:
        f.write(b"\x00" * 4096)
    login = LoginDialog(office.paths)
    qtbot.addWidget(login)
    login.show()
    login.user_edit.setText("admin")
    login.password_edit.setText(PASSWORD)
    login.log_in()
    assert login.current_page() is login.recovery_page
    assert "restore a backup" in login.recovery_error_label.text()
    assert login.restore_link.isVisible()

    def typing_exec(self: RestoreDialog) -> int:
        self.file_edit.setText(str(office.copy))
        self.recovery_key_edit.setText(office.recovery_key)
        self.restore()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", typing_exec)
    login.restore_link.click()
    assert login.current_page() is login.login_page
    assert "Log in with your usual password." in login.error_label.text()
    login.user_edit.setText("admin")
    login.password_edit.setText(PASSWORD)
    login.log_in()
    assert login.ctx is not None
    login.ctx.db.dispose()
