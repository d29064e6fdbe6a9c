"""The daily reminder to save a copy of the database off this computer."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from privacy_desk import settings as S
from privacy_desk.domain.roles import Role
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import messages
from privacy_desk.ui.main_window import MainWindow
from privacy_desk.ui.widgets.backup_banner import DISMISSED_KEY, reminder_store
from tests.helpers.cases import log_case
from tests.ui.conftest import Messages


@pytest.fixture
def window(qtbot: QtBot, desk: DeskContext) -> MainWindow:
    reminder_store().remove(DISMISSED_KEY)
    log_case(desk)  # the office's first entry, today
    shown = MainWindow(desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_no_reminder_while_a_copy_is_recent(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window._reminder_timer.isActive())  # checked after the first paint
    assert not window.backup_banner.isVisible()


def test_the_reminder_shows_once_a_day_until_put_away(qtbot: QtBot, window: MainWindow) -> None:
    banner = window.backup_banner
    later = date.today() + timedelta(days=window.ctx.settings.get(S.BACKUP_REMINDER_DAYS))
    assert banner.check(later)
    assert banner.isVisible()
    assert "yet" in banner.text.text()
    banner.later_button.click()
    assert not banner.isVisible()
    assert not banner.check(later)  # put away for the day, also after a new start
    assert banner.check(later + timedelta(days=1))


def test_backing_up_from_the_reminder_saves_a_copy_and_the_reminder_goes(
    qtbot: QtBot,
    window: MainWindow,
    shown: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    window.ctx.settings.set(S.BACKUP_FOLDER, str(usb))
    offered: list[Path] = []

    def choose(_parent: object, _title: str, suggested: Path, _filter: str) -> Path:
        offered.append(suggested)
        return suggested

    monkeypatch.setattr(messages, "choose_save_file", choose)
    banner = window.backup_banner
    assert banner.check(date.today() + timedelta(days=30))
    banner.back_up_button.click()
    assert offered and offered[0].parent == usb  # the backup folder of the settings
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert offered[0].exists()
    assert "was written" in shown.texts("information")[0]


def test_who_may_not_back_up_is_not_reminded(qtbot: QtBot, desk: DeskContext) -> None:
    reminder_store().remove(DISMISSED_KEY)
    log_case(desk)
    desk.role = Role.STAFF
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert not window.backup_banner.check(date.today() + timedelta(days=60))
    assert not window.backup_banner.isVisible()
