"""The database address in Administration ▸ Office and Settings, and its connection test
(issue 11)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from privacy_desk import settings as S
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import messages, tasks
from privacy_desk.ui.dialogs.office_dialog import OfficeDialog
from privacy_desk.ui.main_window import MainWindow
from tests.helpers.postgres import TestServer
from tests.ui.conftest import Messages

#: A port no server listens on: the connection is refused at once.
NOBODY_THERE = "postgresql://desk@127.0.0.1:1/privacydesk"


@pytest.fixture
def dialog(qtbot: QtBot, desk: DeskContext) -> Iterator[OfficeDialog]:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    yield window.office_settings()


def address_line(dialog: OfficeDialog) -> QLineEdit:
    editor = dialog.editors[S.DATABASE_URL.key]
    assert isinstance(editor, QLineEdit)
    return editor


def stored(desk: DeskContext) -> dict[str, object]:
    file = desk.paths.settings_file
    return json.loads(file.read_text()) if file.exists() else {}


def test_an_address_without_tls_to_another_computer_is_refused(
    dialog: OfficeDialog, desk: DeskContext, shown: Messages
) -> None:
    address_line(dialog).setText("postgresql://desk@db.office.lan/privacydesk?sslmode=disable")
    dialog.save_button.click()
    assert dialog.isVisible()
    said = dialog.error_label.text()
    assert "db.office.lan is on another computer" in said and "TLS" in said
    assert dialog.tabs.currentIndex() == 1 and dialog.focusWidget() is address_line(dialog)
    assert S.DATABASE_URL.key not in stored(desk)
    address_line(dialog).setText("sqlite:///somewhere/else.sqlite3")
    dialog.save_button.click()
    assert "Only a PostgreSQL database" in dialog.error_label.text()
    assert S.DATABASE_URL.key not in stored(desk)


def test_the_address_is_kept_without_its_password_from_the_next_start(
    qtbot: QtBot, dialog: OfficeDialog, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or True)
    line = address_line(dialog)
    line.setText("postgresql://desk:s3cret@db.office.lan/privacydesk")
    line.editingFinished.emit()  # the field is left: the password goes at once
    assert line.text() == "postgresql://desk@db.office.lan/privacydesk"
    note = dialog.address.outcome.text()
    assert "never keeps it" in note and "pgpass" in note and "PGPASSWORD" in note
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stored(desk)[S.DATABASE_URL.key] == "postgresql://desk@db.office.lan/privacydesk"
    assert "s3cret" not in desk.paths.settings_file.read_text()
    [question] = asked
    assert "next start" in question and "migrate-to" in question
    assert desk.db.url.get_backend_name() == "sqlite"  # this run keeps its database
    again = OfficeDialog(desk)
    qtbot.addWidget(again)
    assert again.in_use.text() == "In use until the next start: the database file on this computer"


def test_declining_the_new_address_saves_nothing(
    dialog: OfficeDialog, desk: DeskContext, shown: Messages
) -> None:
    shown.confirm_answer = False
    address_line(dialog).setText("postgresql://desk:s3cret@db.office.lan/privacydesk")
    dialog.editors[S.LOCK_AFTER_MINUTES.key].setValue(5)  # type: ignore[attr-defined]
    dialog.save_button.click()
    assert dialog.isVisible()
    assert stored(desk) == {}
    assert address_line(dialog).text() == "postgresql://desk@db.office.lan/privacydesk"


def test_the_refresh_interval_is_a_setting_taken_at_once(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    dialog = window.office_settings()
    dialog.editors[S.LIST_REFRESH_SECONDS.key].setValue(90)  # type: ignore[attr-defined]
    dialog.save_button.click()
    assert stored(desk)[S.LIST_REFRESH_SECONDS.key] == 90
    assert window.auto_refresh.timer.isActive()
    assert window.auto_refresh.timer.interval() == 90_000


def test_the_connection_test_says_a_server_cannot_be_reached(
    qtbot: QtBot, dialog: OfficeDialog
) -> None:
    field = dialog.address
    assert not field.test_button.isEnabled()  # empty: the file on this computer
    address_line(dialog).setText(NOBODY_THERE)
    assert field.test_button.isEnabled()
    tasks.set_immediate(False)  # as in the program: off the GUI thread
    try:
        field.test_button.click()
        assert "Connecting" in field.outcome.text()
        qtbot.waitUntil(lambda: field.test_button.isEnabled(), timeout=15_000)
    finally:
        tasks.wait_for_all()
        tasks.set_immediate(True)
    assert "cannot be reached" in field.outcome.text()
    address_line(dialog).setText(NOBODY_THERE + "x")
    assert field.outcome.isHidden()  # said of another address


def test_the_connection_test_says_what_a_reachable_database_holds(
    dialog: OfficeDialog, postgres_server: TestServer
) -> None:
    field = dialog.address
    office = postgres_server.new_database()
    empty = postgres_server.new_database(empty=True)
    try:
        address_line(dialog).setText(office)
        field.test()
        said = field.outcome.text()
        assert "Connected to PostgreSQL 1" in said, said
        assert "holds a Privacy Desk office with 0 cases" in said
        address_line(dialog).setText(empty)
        field.test()
        said = field.outcome.text()
        assert "The database is empty" in said and "migrate-to" in said, said
        address_line(dialog).setText(empty.rsplit("/", 1)[0] + "/no_such_database_here")
        field.test()
        assert "does not exist on the server" in field.outcome.text()
    finally:
        postgres_server.drop(office)
        postgres_server.drop(empty)
