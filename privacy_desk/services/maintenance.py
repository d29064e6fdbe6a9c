"""Keeping the database safe: check, backup, restore, opening a data folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from privacy_desk import settings as S
from privacy_desk.errors import NotADatabase, NotFound, UserError
from privacy_desk.log import get_logger
from privacy_desk.paths import DataPaths, os_error_to_user_error
from privacy_desk.services.context import DeskContext, os_account
from privacy_desk.store import backup
from privacy_desk.store.check import CheckReport, check_database
from privacy_desk.store.database import Database
from privacy_desk.store.lifecycle import database_url, open_database

log = get_logger("maintenance")


def open_desk(
    paths: DataPaths, *, daily_backup: bool = False, actor: str | None = None
) -> DeskContext:
    """Open the data folder's database (migrating it if needed) for service calls."""
    settings = S.Settings(paths.settings_file)
    db = open_database(paths, settings, daily_backup=daily_backup)
    return DeskContext(db=db, settings=settings, paths=paths, actor=actor or os_account())


def check(paths: DataPaths) -> CheckReport:
    """Check the data folder's database as it is: no migration, no change."""
    settings = S.Settings(paths.settings_file)
    db = Database(database_url(paths, settings), label="the case database")
    try:
        if db.sqlite_path is not None and not db.sqlite_path.exists():
            raise NotFound(f"There is no database yet in {paths.root}.")
        return check_database(db)
    finally:
        db.dispose()


def make_backup(ctx: DeskContext, destination: Path) -> Path:
    backup.backup_to(ctx.db, destination)
    ctx.record_event("backup", file=destination.name)
    log.info("backup written")
    return destination


@dataclass(frozen=True)
class RestoreResult:
    cases: int
    kept_as: Path


def restore(paths: DataPaths, source: Path, *, actor: str | None = None) -> RestoreResult:
    """Replace the data folder's database with a checked backup.

    The current database is kept in ``backups/`` first. A current database that
    cannot even be opened is moved aside unchanged instead, so that a damaged
    database can always be replaced by a good backup.
    """
    source = source.expanduser()
    report = backup.inspect_backup(source)
    if not report.ok:
        raise NotADatabase(
            f"{source} cannot be restored; it fails the check: " + " ".join(report.problems)
        )
    settings = S.Settings(paths.settings_file)
    keep = settings.get(S.BACKUPS_KEEP)
    now = datetime.now().astimezone()
    db = Database(database_url(paths, settings), label="the case database")
    try:
        if db.sqlite_path is not None and not db.sqlite_path.exists():
            db.sqlite_path.touch(mode=0o600)
        try:
            current_ok = check_database(db, allow_older_schema=True).items[0].ok
        except UserError:
            current_ok = False
        if current_ok:
            kept = backup.restore_from(db, source, paths.backups, keep=keep, now=now, report=report)
        else:
            kept = _move_aside(db, paths, now)
            db.dispose()
            db = Database(database_url(paths, settings), label="the case database")
            backup.restore_from(db, source, paths.backups, keep=keep + 1, now=now, report=report)
    finally:
        db.dispose()
    ctx = open_desk(paths, actor=actor)
    try:
        ctx.record_event("restore", file=source.name, previous_kept_as=kept.name)
    finally:
        ctx.db.dispose()
    log.info("database restored from a backup")
    return RestoreResult(cases=report.cases, kept_as=kept)


def _move_aside(db: Database, paths: DataPaths, now: datetime) -> Path:
    path = db.sqlite_path
    if path is None:
        raise NotADatabase("Only a SQLite database can be restored from a backup file.")
    target = paths.backups / f"damaged-{now:%Y%m%dT%H%M%S}{path.suffix}"
    db.dispose()
    try:
        path.replace(target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
    except OSError as error:
        raise os_error_to_user_error(error, path) from None
    log.warning("damaged database moved aside before restore")
    return target
