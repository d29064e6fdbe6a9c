"""Encrypted backups travel with their key file; the recovery key restores them anywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from privacy_desk.errors import InvalidInput, NotFound, StorageError, UserError
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import WrongSecret
from privacy_desk.services import auth, cases, maintenance
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store import backup
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.models import AuditEntry
from tests.helpers.cases import new_case
from tests.helpers.offices import PASSWORD, set_up_office

pytestmark = pytest.mark.sqlite_only  # a backup file and its key file


@pytest.fixture
def office(data_paths: DataPaths, tmp_path: Path) -> tuple[DataPaths, str, str, Path]:
    """A set-up office with one case and a backup on the 'USB stick'."""
    result = set_up_office(data_paths)
    ctx = result.ctx
    try:
        reference = cases.log_request(ctx, new_case(received_on=ctx.today())).reference
        stick = tmp_path / "usb"
        stick.mkdir()
        written = maintenance.make_backup(ctx, stick / "office.sqlite3")
    finally:
        ctx.db.dispose()
    return data_paths, result.recovery_key, reference, written


def _new_computer(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "new-computer").prepare()


def test_a_backup_carries_the_key_file_beside_it(office: tuple[DataPaths, str, str, Path]) -> None:
    paths, _, _, written = office
    beside = backup.keys_beside(written)
    assert beside.name == "office.sqlite3.keys"
    slots = {s["name"] for s in json.loads(beside.read_text())["slots"]}
    assert slots == {"recovery", "user:admin"}
    assert not backup.is_plaintext(written)
    auth.log_in(paths, "admin", PASSWORD).db.dispose()  # the day's first login backs up
    daily = backup.automatic_backups(paths.backups)
    assert daily and all(backup.keys_beside(p).is_file() for p in daily)


def test_the_recovery_key_restores_a_backup_on_another_computer(
    office: tuple[DataPaths, str, str, Path], tmp_path: Path
) -> None:
    _, recovery_key, reference, written = office
    elsewhere = _new_computer(tmp_path)
    result = maintenance.restore_with_recovery_key(elsewhere, written, recovery_key)
    assert result.cases == 1
    assert auth.is_set_up(elsewhere)
    # the office's users log in with their usual passwords
    ctx = auth.log_in(elsewhere, "admin", PASSWORD)
    try:
        assert cases.get_case(ctx, reference).requester_name == "試験　花子"
        with ctx.db.read() as session:
            restore = session.scalar(select(AuditEntry).where(AuditEntry.action == "restore"))
            assert restore is not None and restore.actor == "(recovery key)"
            assert verify_chain(session).ok
    finally:
        ctx.db.dispose()
    assert not backup.is_plaintext(elsewhere.database)


def test_without_its_key_file_the_backup_cannot_be_restored_elsewhere(
    office: tuple[DataPaths, str, str, Path], tmp_path: Path
) -> None:
    _, recovery_key, _, written = office
    backup.keys_beside(written).unlink()
    elsewhere = _new_computer(tmp_path)
    with pytest.raises(NotFound, match=r"office\.sqlite3\.keys"):
        maintenance.restore_with_recovery_key(elsewhere, written, recovery_key)
    assert not auth.is_set_up(elsewhere)
    assert not elsewhere.database.exists()


def test_a_wrong_recovery_key_leaves_the_new_folder_as_it_was(
    office: tuple[DataPaths, str, str, Path], tmp_path: Path
) -> None:
    _, _, _, written = office
    elsewhere = _new_computer(tmp_path)
    other = set_up_office(DataPaths(tmp_path / "other").prepare())
    other.ctx.db.dispose()
    with pytest.raises(WrongSecret, match="recovery key does not open"):
        maintenance.restore_with_recovery_key(elsewhere, written, other.recovery_key)
    assert not auth.is_set_up(elsewhere)
    assert not elsewhere.database.exists()
    with pytest.raises(InvalidInput, match="typo"):
        maintenance.restore_with_recovery_key(elsewhere, written, "0" * 34 + "1")


def test_a_backup_of_another_office_is_refused(
    office: tuple[DataPaths, str, str, Path], tmp_path: Path
) -> None:
    _, _, _, written = office
    other_paths = DataPaths(tmp_path / "other").prepare()
    other = set_up_office(other_paths)
    other.ctx.db.dispose()
    with pytest.raises(InvalidInput, match="another office"):
        maintenance.restore_with_recovery_key(other_paths, written, other.recovery_key)
    auth.log_in(other_paths, "admin", PASSWORD).db.dispose()  # untouched


def test_a_database_too_damaged_to_log_in_to_is_replaced_with_the_recovery_key(
    office: tuple[DataPaths, str, str, Path],
) -> None:
    paths, recovery_key, reference, written = office
    with paths.database.open("r+b") as f:  # the first page holds SQLCipher's salt
        f.write(b"\x00" * 4096)
    with pytest.raises(StorageError):
        auth.log_in(paths, "admin", PASSWORD)
    result = maintenance.restore_with_recovery_key(paths, written, recovery_key)
    assert result.kept_as.name.startswith("damaged-")
    assert result.kept_as.read_bytes()[:4096] == b"\x00" * 4096  # moved aside unchanged
    ctx = auth.log_in(paths, "admin", PASSWORD)
    try:
        assert cases.get_case(ctx, reference).reference == reference
    finally:
        ctx.db.dispose()


def test_old_automatic_backups_leave_with_their_key_files(data_paths: DataPaths) -> None:
    plain = open_desk(data_paths)
    plain.db.dispose()
    ctx = set_up_office(data_paths).ctx
    try:
        for n in range(3):
            maintenance.make_backup(
                ctx, data_paths.backups / f"auto-2026112{n}T000000-daily.sqlite3"
            )
        backup.prune(data_paths.backups, keep=1)
    finally:
        ctx.db.dispose()
    left = sorted(p.name for p in data_paths.backups.iterdir())
    assert left == ["auto-20261122T000000-daily.sqlite3", "auto-20261122T000000-daily.sqlite3.keys"]


def test_a_backup_whose_key_file_cannot_be_written_is_not_left_behind(
    office: tuple[DataPaths, str, str, Path], tmp_path: Path
) -> None:
    paths, _, _, _ = office
    ctx = auth.log_in(paths, "admin", PASSWORD)
    target = tmp_path / "usb" / "again.sqlite3"
    backup.keys_beside(target).mkdir()  # a folder where the key file should go
    try:
        with pytest.raises(UserError):
            maintenance.make_backup(ctx, target)
    finally:
        ctx.db.dispose()
    assert not target.exists()
