"""Backups and restores: complete or absent, checked before use, nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from privacy_desk.errors import DiskFull, NotADatabase, ReadOnlyLocation
from privacy_desk.paths import DataPaths
from privacy_desk.services import cases, maintenance
from privacy_desk.services.context import DeskContext
from privacy_desk.settings import Settings
from privacy_desk.store import backup
from privacy_desk.store.lifecycle import open_database
from tests.helpers.cases import new_case
from tests.helpers.disks import fill, tmpfs

SCHEMAS = Path(__file__).parents[1] / "fixtures" / "schemas"

pytestmark = pytest.mark.sqlite_only  # a server's database is copied otherwise


def _case_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_is_one_complete_checked_file(desk: DeskContext, tmp_path: Path) -> None:
    cases.log_request(desk, new_case())
    target = tmp_path / "out" / "copy.sqlite3"
    target.parent.mkdir()
    maintenance.make_backup(desk, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
    report = backup.inspect_backup(target)
    assert report.ok, report.problems
    assert report.cases == 1


def test_automatic_backups_keep_the_newest(desk: DeskContext) -> None:
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(5):
        backup.automatic_backup(
            desk.db, desk.paths.backups, "daily", keep=3, now=start + timedelta(days=day)
        )
    names = [p.name for p in backup.automatic_backups(desk.paths.backups)]
    assert len(names) == 3
    assert names[0].startswith("auto-20261103") and names[-1].startswith("auto-20261105")


def test_the_daily_backup_is_made_once_a_day(data_paths: DataPaths) -> None:
    settings = Settings(data_paths.settings_file)
    open_database(data_paths, settings).dispose()  # creates the database
    for _ in range(2):
        open_database(data_paths, settings, daily_backup=True).dispose()
    daily = [p for p in backup.automatic_backups(data_paths.backups) if "daily" in p.name]
    assert len(daily) == 1
    tomorrow = datetime.now().astimezone() + timedelta(days=1)
    open_database(data_paths, settings, daily_backup=True, now=tomorrow).dispose()
    daily = [p for p in backup.automatic_backups(data_paths.backups) if "daily" in p.name]
    assert len(daily) == 2


def test_backup_to_a_full_disk_leaves_nothing(desk: DeskContext, tmp_path: Path) -> None:
    for _ in range(20):
        cases.log_request(desk, new_case())
    with tmpfs(tmp_path / "small", size_kib=64) as small:
        fill(small)
        with pytest.raises(DiskFull, match="is full"):
            maintenance.make_backup(desk, small / "copy.sqlite3")
        assert sorted(p.name for p in small.iterdir()) == ["filler"]


def test_backup_to_a_read_only_folder_says_so(desk: DeskContext, tmp_path: Path) -> None:
    with (
        tmpfs(tmp_path / "ro", read_only=True) as folder,
        pytest.raises(ReadOnlyLocation, match="read-only"),
    ):
        maintenance.make_backup(desk, folder / "copy.sqlite3")


def test_restore_replaces_the_database_and_keeps_the_old_one(
    desk: DeskContext, data_paths: DataPaths
) -> None:
    cases.log_request(desk, new_case())
    desk.db.dispose()
    result = maintenance.restore(data_paths, SCHEMAS / "0001.sqlite3")
    assert result.cases == 40
    assert _case_count(data_paths.database) == 40
    assert "pre-restore" in result.kept_as.name
    assert _case_count(result.kept_as) == 1
    assert maintenance.check(data_paths).ok


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 a zip file"), "not a database file"),
        (lambda p: p.write_text("名前,住所\n"), "not a database file"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(),
            "not a Privacy Desk database",
        ),
    ],
    ids=["zip", "csv", "foreign-sqlite"],
)
def test_restore_refuses_a_foreign_file_and_changes_nothing(
    desk: DeskContext, data_paths: DataPaths, tmp_path: Path, make, message: str
) -> None:
    cases.log_request(desk, new_case())
    desk.db.dispose()
    bad = tmp_path / "bad.sqlite3"
    make(bad)
    before = data_paths.database.read_bytes()
    with pytest.raises(NotADatabase, match=message):
        maintenance.restore(data_paths, bad)
    assert data_paths.database.read_bytes() == before
    assert backup.automatic_backups(data_paths.backups) == []


def test_restore_refuses_a_tampered_backup(data_paths: DataPaths, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.sqlite3"
    shutil.copyfile(SCHEMAS / "0001.sqlite3", tampered)
    connection = sqlite3.connect(tampered)
    connection.execute("UPDATE audit_entries SET actor = 'someone else' WHERE id = 7")
    connection.commit()
    connection.close()
    with pytest.raises(NotADatabase, match="Audit entry 7 was changed"):
        maintenance.restore(data_paths, tampered)


def test_restore_refuses_a_missing_file(data_paths: DataPaths, tmp_path: Path) -> None:
    with pytest.raises(NotADatabase, match="does not exist"):
        maintenance.restore(data_paths, tmp_path / "nowhere.sqlite3")


def test_restore_over_a_damaged_database_moves_it_aside(data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"\0garbage" * 1000)
    result = maintenance.restore(data_paths, SCHEMAS / "0001.sqlite3")
    assert result.kept_as.name.startswith("damaged-")
    assert result.kept_as.read_bytes() == b"\0garbage" * 1000
    assert _case_count(data_paths.database) == 40


def test_restore_refuses_a_backup_from_a_newer_version(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(SCHEMAS / "0001.sqlite3", newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    with pytest.raises(NotADatabase, match="written by a newer version of Privacy Desk"):
        maintenance.restore(data_paths, newer)


def test_a_failed_daily_backup_warns_but_opens(data_paths: DataPaths) -> None:
    settings = Settings(data_paths.settings_file)
    open_database(data_paths, settings).dispose()
    data_paths.backups.rmdir()
    data_paths.backups.write_text("a file where the backups folder should be")
    db = open_database(data_paths, settings, daily_backup=True)
    try:
        assert len(db.warnings) == 1
        assert str(db.warnings[0]).startswith("Today's automatic backup could not be made")
        with db.read() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM cases").scalar() == 0
    finally:
        db.dispose()
