"""Administration ▸ Office and Settings."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from privacy_desk import settings as S
from privacy_desk.domain.roles import Role
from privacy_desk.services import office
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.main_window import MainWindow


def _dialog(qtbot: QtBot, desk: DeskContext) -> tuple[MainWindow, object]:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    dialog = window.office_settings()
    return window, dialog


def test_the_office_and_the_settings_are_changed_and_saved(qtbot: QtBot, desk: DeskContext) -> None:
    _window, dialog = _dialog(qtbot, desk)
    assert dialog.office_form.company_name_edit.text() == "オムロン ソフトウェア株式会社"
    dialog.office_form.signatory_name_edit.setText("試験　太郎")
    dialog.editors[S.LOCK_AFTER_MINUTES.key].setValue(5)
    dialog.editors[S.OFFICE_CLOSURES.key].setPlainText("12-29..01-03\n\n08-13..08-16\n")
    dialog.editors[S.SCAN_FOLDER.key].setText("/srv/scans")
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert office.office_profile(desk).signatory_name == "試験 太郎"
    stored = json.loads(desk.paths.settings_file.read_text())
    assert stored[S.LOCK_AFTER_MINUTES.key] == 5
    assert stored[S.OFFICE_CLOSURES.key] == ["12-29..01-03", "08-13..08-16"]
    assert stored[S.SCAN_FOLDER.key] == "/srv/scans"
    assert S.BACKUPS_KEEP.key not in stored  # unchanged settings stay defaults


def test_a_wrong_value_is_said_and_nothing_is_saved(qtbot: QtBot, desk: DeskContext) -> None:
    _window, dialog = _dialog(qtbot, desk)
    dialog.editors[S.OFFICE_CLOSURES.key].setPlainText("12-32..01-03")
    dialog.editors[S.SCAN_FOLDER.key].setText("scans")  # not a full path
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert not desk.paths.settings_file.exists()
    dialog.editors[S.OFFICE_CLOSURES.key].setPlainText("12-29..01-03")
    dialog.office_form.address_edit.setText("")
    dialog.save_button.click()
    assert dialog.tabs.currentIndex() == 0
    assert "marked in red" in dialog.error_label.text()


def test_only_an_administrator_sees_it(qtbot: QtBot, desk: DeskContext) -> None:
    desk.role = Role.MANAGER
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert not window.office_action.isVisible()
    assert not window.admin_menu.menuAction().isVisible()
