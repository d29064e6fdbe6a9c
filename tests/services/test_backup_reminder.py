"""The daily reminder to save a copy of the database off this computer."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from privacy_desk import settings as S
from privacy_desk.services import maintenance
from privacy_desk.services.context import DeskContext
from tests.helpers.cases import log_case


def test_an_office_with_nothing_in_it_is_not_reminded(desk: DeskContext) -> None:
    later = datetime.now().astimezone().date() + timedelta(days=400)
    assert maintenance.backup_reminder(desk, later) is None


def test_a_reminder_comes_after_the_days_set_and_a_copy_off_the_pc_stops_it(
    desk: DeskContext, tmp_path: Path
) -> None:
    log_case(desk)  # the office's first entry, now
    today = datetime.now().astimezone().date()
    after = desk.settings.get(S.BACKUP_REMINDER_DAYS)
    assert maintenance.backup_reminder(desk, today) is None
    assert maintenance.backup_reminder(desk, today + timedelta(days=after - 1)) is None
    due = maintenance.backup_reminder(desk, today + timedelta(days=after))
    assert due == maintenance.BackupReminder(days=after, ever=False)

    (tmp_path / "usb").mkdir()
    maintenance.make_backup(desk, tmp_path / "usb" / "office.sqlite3")
    assert maintenance.backup_reminder(desk, today + timedelta(days=after - 1)) is None
    due = maintenance.backup_reminder(desk, today + timedelta(days=after + 3))
    assert due == maintenance.BackupReminder(days=after + 3, ever=True)


def test_the_days_are_a_setting_and_zero_never_reminds(desk: DeskContext) -> None:
    log_case(desk)
    today = datetime.now().astimezone().date()
    desk.settings.set(S.BACKUP_REMINDER_DAYS, 2)
    assert maintenance.backup_reminder(desk, today + timedelta(days=2)) is not None
    desk.settings.set(S.BACKUP_REMINDER_DAYS, 0)
    assert maintenance.backup_reminder(desk, today + timedelta(days=365)) is None
