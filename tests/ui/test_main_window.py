"""The main window opens on the data folder's cases and its menu actions work."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from privacy_desk.domain.status import CaseStatus
from privacy_desk.paths import DataPaths
from privacy_desk.services import demo
from privacy_desk.services.context import DeskContext
from privacy_desk.services.overview import overview
from privacy_desk.store.lifecycle import InstanceLock
from privacy_desk.ui.app import run_gui
from privacy_desk.ui.main_window import MainWindow
from tests.ui.conftest import Messages

SCHEMAS = Path(__file__).parents[1] / "fixtures" / "schemas"


def open_window(qtbot: QtBot, desk: DeskContext) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_opens_on_the_case_list_with_today_beside(
    qtbot: QtBot, desk: DeskContext
) -> None:
    demo.add_demo_cases(desk, 120, seed=4)
    window = open_window(qtbot, desk)
    expected = overview(desk)
    assert window.windowTitle() == "Privacy Desk"
    assert window.tabs.currentWidget() is window.case_list
    assert window.case_list.model.rowCount() == expected.awaiting_reply + sum(
        expected.by_status.get(s, 0) for s in CaseStatus if s.is_open and not s.awaits_reply
    )
    today = window.today
    assert today.stale and today.date_label.text() == ""  # read when first shown
    window.show_tab(1)
    assert not today.stale
    assert "令和8年11月24日" in today.date_label.text()
    assert today.overdue_tile.value.text() == str(expected.overdue)
    assert today.overdue_tile.property("alert") is (expected.overdue > 0)
    assert str(desk.paths.root) in window.folder_label.text()


def test_opening_a_case_from_the_list_and_editing_it(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    from privacy_desk.services import cases
    from tests.helpers.cases import new_case

    reference = cases.log_request(desk, new_case()).reference
    window = open_window(qtbot, desk)
    window.show_tab(0)
    window.case_list.select_reference(reference)
    window.case_list.openCase.emit(reference)
    page = window.case_page(reference)
    assert page is not None and window.tabs.currentWidget() is page
    assert page.title.text().startswith(reference)
    page.form.requester_phone.setText("075-111-2222")
    page.form.requester_phone.editingFinished.emit()
    assert page.has_unsaved_changes()
    assert page.save()
    assert cases.get_case(desk, reference).requester_phone == "075-111-2222"
    assert not page.has_unsaved_changes()
    assert page.history_model.rowCount() == 2  # logged, then the phone changed
    window.open_case(reference)  # the same tab, not a second one
    assert window.tabs.count() == 3
    page.form.notes.setPlainText("電話で確認済み")
    shown.confirm_answer = False
    window.close_tab(2)
    assert window.tabs.count() == 3  # kept: the clerk said no
    shown.confirm_answer = True
    window.close_tab(2)
    assert window.tabs.count() == 2


def test_back_up_from_the_menu(
    qtbot: QtBot, desk: DeskContext, shown: Messages, tmp_path: Path
) -> None:
    window = open_window(qtbot, desk)
    shown.next_file = tmp_path / "copy.sqlite3"
    window.backup_action.trigger()
    assert shown.next_file.exists()
    assert shown.texts("information") == [f"The backup was written to {shown.next_file}."]


def test_a_cancelled_file_choice_does_nothing(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    window = open_window(qtbot, desk)
    shown.next_file = None
    window.export_json_action.trigger()
    assert shown.shown == []


def test_export_from_the_menu_and_errors_as_sentences(
    qtbot: QtBot, desk: DeskContext, shown: Messages, tmp_path: Path
) -> None:
    demo.add_demo_cases(desk, 10, seed=1)
    window = open_window(qtbot, desk)
    shown.next_file = tmp_path / "cases.csv"
    window.export_csv_action.trigger()
    assert shown.next_file.exists()
    assert "10" in shown.texts("information")[0]

    shown.next_file = tmp_path / "no such folder" / "cases.json"
    window.export_json_action.trigger()
    assert len(shown.texts("error")) == 1
    assert "no such folder" in shown.texts("error")[0]
    assert not window.busy


def test_check_from_the_menu(qtbot: QtBot, desk: DeskContext, shown: Messages) -> None:
    window = open_window(qtbot, desk)
    window.check_action.trigger()
    assert shown.texts("information")[0].startswith("The database is sound.")


def test_the_app_refuses_a_second_instance(
    qtbot: QtBot, data_paths: DataPaths, shown: Messages
) -> None:
    with InstanceLock(data_paths.lock_file):
        assert run_gui(data_paths) == 3
    assert "already running" in shown.texts("error")[0]


def test_the_app_refuses_a_newer_database(
    qtbot: QtBot, data_paths: DataPaths, shown: Messages
) -> None:
    shutil.copyfile(SCHEMAS / "0001.sqlite3", data_paths.database)
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    assert run_gui(data_paths) == 3
    assert "newer version of Privacy Desk" in shown.texts("error")[0]


def test_unexpected_errors_are_logged_and_shown_without_details(
    qtbot: QtBot, shown: Messages, monkeypatch, caplog
) -> None:
    import sys

    from privacy_desk.ui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise ValueError("試験　花子 lives at 京都府向日市")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    [text] = shown.texts("error")
    assert "did not expect" in text
    assert "試験" not in text and "ValueError" not in text
    [record] = [r for r in caplog.records if r.levelname == "CRITICAL"]
    logged = record.getMessage()
    assert "builtins.ValueError" in logged and "test_main_window.py" in logged
    assert "試験" not in logged and "京都府" not in logged


def test_the_bundled_japanese_font_is_used(qapp) -> None:
    from PySide6.QtGui import QFontMetrics

    from privacy_desk.ui.app import install_fonts

    before = qapp.font()
    try:
        family = install_fonts(qapp)
        assert family == "BIZ UDPGothic"
        assert qapp.font().family() == "BIZ UDPGothic"
        metrics = QFontMetrics(qapp.font())
        assert all(metrics.inFontUcs4(ord(ch)) for ch in "個人情報保護ヤマダやまだ令和")
    finally:
        qapp.setFont(before)


def test_documents_that_arrive_later_and_corrected_request_texts_are_saved(
    qtbot: QtBot, desk: DeskContext
) -> None:
    from privacy_desk.domain.requests import EnclosureKind, RequestType
    from privacy_desk.services import cases
    from privacy_desk.services.history import case_history
    from tests.helpers.cases import new_case

    reference = cases.log_request(desk, new_case()).reference  # form + ID enclosed
    window = open_window(qtbot, desk)
    page = window.open_case(reference)
    form = page.form
    assert not form.enclosure_checks[EnclosureKind.REQUEST_FORM].isEnabled()  # received
    assert form.enclosure_checks[EnclosureKind.AGENT_PROOF].isEnabled()  # may come later
    assert not form.request_checks[RequestType.DISCLOSURE].isEnabled()  # types are fixed
    form.enclosure_checks[EnclosureKind.RETURN_ENVELOPE].setChecked(True)
    form.request_data[RequestType.DISCLOSURE].setText("会員登録情報と購入履歴")
    form.request_data[RequestType.DISCLOSURE].editingFinished.emit()
    assert page.has_unsaved_changes()
    assert page.save()
    stored = cases.get_case(desk, reference)
    assert [e.kind for e in stored.enclosures][-1] is EnclosureKind.RETURN_ENVELOPE
    assert stored.requests[0].data_concerned == "会員登録情報と購入履歴"
    actions = [(h.action, h.field) for h in case_history(desk, reference)]
    assert ("case.enclosure", "enclosures") in actions
    assert ("case.change", "request.disclosure.data_concerned") in actions
    assert not form.enclosure_checks[EnclosureKind.RETURN_ENVELOPE].isEnabled()  # now received
    assert not page.has_unsaved_changes()


def test_paused_deadlines_move_to_today_once_the_list_is_on_screen(
    qtbot: QtBot, desk: DeskContext
) -> None:
    from datetime import date

    from privacy_desk.services import cases
    from tests.helpers.cases import new_case

    case = cases.log_request(desk, new_case(received_on=date(2026, 11, 9)))
    cases.move_status(desk, case.reference, CaseStatus.AWAITING_DOCUMENTS, on=date(2026, 11, 10))
    desk.today = lambda: date(2026, 11, 26)  # two days on: the stored target is behind
    stored = cases.get_case(desk, case.reference).target_on
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert cases.get_case(desk, case.reference).target_on == stored  # not before the window
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: cases.get_case(desk, case.reference).target_on > stored)
    assert cases.get_case(desk, case.reference).paused_days == 16
    row = window.case_list.model.find_row(case.reference)
    assert window.case_list.model.record(row).target_on > stored  # the list shows it
