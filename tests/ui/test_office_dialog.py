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
    dialog.save_button.click()
    said = dialog.error_label.text()  # the folder: named as on the screen, and to be typed
    assert "“Scanner folder” must be a full folder path" in said, said
    assert S.SCAN_FOLDER.key not in said
    assert dialog.tabs.currentIndex() == 1
    assert dialog.focusWidget() is dialog.editors[S.SCAN_FOLDER.key]
    dialog.editors[S.SCAN_FOLDER.key].setText("")
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


def test_every_setting_has_its_place_and_a_line_saying_what_it_does(
    qtbot: QtBot, desk: DeskContext
) -> None:
    from PySide6.QtWidgets import QLabel

    _window, dialog = _dialog(qtbot, desk)
    assert set(dialog.editors) == {s.key for s in office.EDITABLE_SETTINGS}
    for setting in office.EDITABLE_SETTINGS:
        line = dialog._explanation(setting.key)
        assert line and len(line) < 120, setting.key
        assert dialog._label(setting.key) != setting.key  # a label of its own
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert {dialog._explanation(s.key) for s in office.EDITABLE_SETTINGS} <= shown


def test_the_new_settings_are_saved_and_taken(qtbot: QtBot, desk: DeskContext) -> None:
    from PySide6.QtCore import QLocale

    from privacy_desk.ui.app import screen_locale
    from privacy_desk.ui.dialogs.scan_dialog import ScanDialog
    from privacy_desk.ui.preferences import preferences
    from tests.helpers.cases import log_case

    _window, dialog = _dialog(qtbot, desk)
    editors = dialog.editors
    editors[S.SCAN_COLOUR.key].setCurrentIndex(editors[S.SCAN_COLOUR.key].findData("grey"))
    editors[S.UI_LANGUAGE.key].setCurrentIndex(editors[S.UI_LANGUAGE.key].findData("en"))
    editors[S.BACKUP_FOLDER.key].setText("/media/usb/backups")
    editors[S.BACKUP_REMINDER_DAYS.key].setValue(3)
    editors[S.PRINT_COPIES.key].setValue(2)
    sides = editors[S.PRINT_SIDES.key]
    sides.setCurrentIndex(sides.findData("one"))
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = json.loads(desk.paths.settings_file.read_text())
    assert stored[S.SCAN_COLOUR.key] == "grey"
    assert stored[S.UI_LANGUAGE.key] == "en"
    assert stored[S.BACKUP_FOLDER.key] == "/media/usb/backups"
    assert stored[S.BACKUP_REMINDER_DAYS.key] == 3
    assert preferences.printer == ""  # the system's printer: taken when saved
    assert stored[S.PRINT_COPIES.key] == 2 and stored[S.PRINT_SIDES.key] == "one"
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from privacy_desk.ui.printing import office_printer

    printer = office_printer()  # what the print window starts with
    assert printer.copyCount() == 2
    assert printer.duplex() == QPrinter.DuplexMode.DuplexNone
    desk.settings.set(S.PRINT_SIDES, "two")
    preferences.take_from(desk.settings)
    printer = office_printer()
    # Qt keeps a duplex mode only where the printer has it: here (no printer, PDF) none
    if QPrinter.DuplexMode.DuplexLongSide in QPrinterInfo(printer).supportedDuplexModes():
        assert printer.duplex() == QPrinter.DuplexMode.DuplexLongSide
    else:
        assert preferences.sides == "two"

    assert screen_locale(desk.paths).language() == QLocale.Language.English
    desk.settings.set(S.UI_LANGUAGE, "ja")
    assert screen_locale(desk.paths).language() == QLocale.Language.Japanese
    desk.paths.settings_file.write_text("{ damaged", encoding="utf-8")
    assert screen_locale(desk.paths) == QLocale()  # the system's, the damage said later
    desk.paths.settings_file.write_text(json.dumps(stored), encoding="utf-8")
    desk.settings = S.Settings(desk.paths.settings_file)

    scan = ScanDialog(desk, log_case(desk))
    qtbot.addWidget(scan)
    assert scan.grey_button.isChecked()  # the office's choice to start with


def test_a_backup_folder_must_be_a_full_path(qtbot: QtBot, desk: DeskContext) -> None:
    _window, dialog = _dialog(qtbot, desk)
    dialog.editors[S.BACKUP_FOLDER.key].setText("usb/backups")
    dialog.save_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "“Backup copies go to” must be a full folder path" in dialog.error_label.text()
    assert not desk.paths.settings_file.exists() or S.BACKUP_FOLDER.key not in json.loads(
        desk.paths.settings_file.read_text()
    )


def test_the_retention_rules_are_reached_from_the_settings(qtbot: QtBot, desk: DeskContext) -> None:
    from privacy_desk.ui.dialogs.retention_window import RetentionRulesDialog

    _window, dialog = _dialog(qtbot, desk)
    dialog.retention_button.click()
    [rules] = dialog.findChildren(RetentionRulesDialog)
    assert rules.isVisible()
    rules.reject()
