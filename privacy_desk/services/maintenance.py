"""Keeping the database safe: check, backup, restore, opening a data folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from privacy_desk import settings as S
from privacy_desk.domain.roles import Permission, Role, require
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.log import get_logger
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import RECOVERY_SLOT, KeyStore
from privacy_desk.security.recovery import parse_recovery_key
from privacy_desk.services.context import DeskContext, os_account
from privacy_desk.store import backup
from privacy_desk.store.check import CheckReport, check_database
from privacy_desk.store.database import Database
from privacy_desk.store.lifecycle import database_url, open_database
from privacy_desk.store.models import AuditEntry

log = get_logger("maintenance")


def open_desk(
    paths: DataPaths,
    *,
    daily_backup: bool = False,
    actor: str | None = None,
    key: bytes | None = None,
    role: Role | None = None,
) -> DeskContext:
    """Open the data folder's database (migrating it if needed) for service calls.

    Before an office is set up with users there is no login: whoever runs the
    program owns the data folder and acts as its administrator.
    """
    settings = S.Settings(paths.settings_file)
    db = open_database(paths, settings, daily_backup=daily_backup, key=key)
    if role is None and key is None:
        role = Role.ADMINISTRATOR
    return DeskContext(
        db=db, settings=settings, paths=paths, actor=actor or os_account(), role=role
    )


@dataclass(frozen=True)
class BackupReminder:
    """No copy of the database has been saved off this computer for a while."""

    days: int  # since the last copy (or, with none ever, since the office began)
    ever: bool  # a copy has been saved before


def backup_reminder(ctx: DeskContext, today: date | None = None) -> BackupReminder | None:
    """The reminder due today, or None: the ``backups.remind_after_days`` setting is 0, or
    a copy was saved (File ▸ Back Up…, ``privacy-desk backup``) within that many days.

    The daily automatic backups stay on this computer, in the data folder: they do not
    count. The last copy is the audit trail's last ``backup`` entry; with none, the days
    run from the office's first entry (an office with nothing in it has nothing to lose).
    """
    after = ctx.settings.get(S.BACKUP_REMINDER_DAYS)
    if after == 0:
        return None
    today = today or ctx.today()
    with ctx.db.read() as session:
        last = session.scalar(
            select(func.max(AuditEntry.recorded_at)).where(AuditEntry.action == "backup")
        )
        # the office's first entry by the primary key: no scan of the whole trail
        first = select(AuditEntry.recorded_at).order_by(AuditEntry.id).limit(1)
        since = last or session.scalar(first)
    if since is None:
        return None
    days = (today - datetime.fromisoformat(since).astimezone().date()).days
    return BackupReminder(days=days, ever=last is not None) if days >= after else None


def check(paths: DataPaths, key: bytes | None = None) -> CheckReport:
    """Check the data folder's database as it is: no migration, no change."""
    settings = S.Settings(paths.settings_file)
    db = Database(database_url(paths, settings), label="the case database", key=key)
    try:
        if db.embedded_file is not None and not db.embedded_file.exists():
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no database yet in {folder}."),
                folder=paths.root,
            )
        return check_database(db)
    finally:
        db.dispose()


def make_backup(ctx: DeskContext, destination: Path) -> Path:
    ctx.require(Permission.BACKUP)
    backup.backup_to(ctx.db, destination)
    ctx.record_event("backup", file=destination.name)
    log.info("backup written")
    return destination


@dataclass(frozen=True)
class RestoreResult:
    cases: int
    kept_as: Path


def restore(
    paths: DataPaths,
    source: Path,
    *,
    actor: str | None = None,
    key: bytes | None = None,
    role: Role | None = None,
) -> RestoreResult:
    """Replace the data folder's database with a checked backup.

    The current database is kept in ``backups/`` first (moved aside unchanged
    if it is too damaged to copy), then the restore is audited.
    """
    if role is not None:
        require(role, Permission.RESTORE)
    source = source.expanduser()
    settings = S.Settings(paths.settings_file)
    report, kept = backup.restore_database(
        database_url(paths, settings),
        source,
        paths.backups,
        keep=settings.get(S.BACKUPS_KEEP),
        now=datetime.now().astimezone(),
        key=key,
        keys_file=paths.keys_file if key is not None else None,
    )
    ctx = open_desk(paths, actor=actor, key=key, role=role)
    try:
        ctx.record_event("restore", file=source.name, previous_kept_as=kept.name)
    finally:
        ctx.db.dispose()
    log.info("database restored from a backup")
    return RestoreResult(cases=report.cases, kept_as=kept)


RECOVERY_ACTOR = "(recovery key)"


def restore_with_recovery_key(paths: DataPaths, source: Path, recovery_key: str) -> RestoreResult:
    """Restore an encrypted backup where no one can log in: the recovery key opens it.

    Two cases need it. On another computer (a new, empty data folder) the key
    file that travels beside the backup (``NAME.keys``) is adopted, so the
    office's users log in afterwards with their usual passwords. On this
    computer, with a database too damaged to log in to, the folder's own key
    file is used and the damaged database is moved aside unchanged.
    """
    source = source.expanduser()
    secret = parse_recovery_key(recovery_key)  # a typo is said before anything is tried
    beside = backup.keys_beside(source)
    theirs = KeyStore.load(beside) if beside.is_file() else None
    current = KeyStore.load(paths.keys_file)
    if current.exists:
        data_key = current.unlock(RECOVERY_SLOT, secret)
        if theirs is not None and not theirs.verify_data_key(data_key):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{backup} is a backup of another office. Restore it into a new, empty "
                    "data folder instead.",
                ),
                backup=source.name,
            )
        return restore(paths, source, actor=RECOVERY_ACTOR, key=data_key, role=Role.ADMINISTRATOR)
    if theirs is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file {key_file} that belongs to {backup} is not beside it. "
                "Copy both files from the backup medium and try again.",
            ),
            key_file=beside.name,
            backup=source.name,
        )
    adopted = theirs.copy_to(paths.keys_file)
    try:
        data_key = adopted.unlock(RECOVERY_SLOT, secret)
        result = restore(paths, source, actor=RECOVERY_ACTOR, key=data_key, role=Role.ADMINISTRATOR)
    except BaseException:
        paths.keys_file.unlink(missing_ok=True)  # the folder stays as it was: not set up
        raise
    # a database kept here before, without encryption, is now a backup: encrypt it
    for path in backup.automatic_backups(paths.backups):
        if backup.is_plaintext(path):
            backup.encrypt_in_place(path, data_key)
        backup.copy_keys_beside(paths.keys_file, path)
    return result
