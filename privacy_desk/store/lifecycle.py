"""Opening the case database of a data folder, safely.

One program at a time may use a data folder (:class:`InstanceLock`). Opening
checks that the file is a database this version can read, makes a backup and
migrates when the schema is older, and makes the day's first backup.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect

from privacy_desk import settings as S
from privacy_desk.errors import (
    QT_TRANSLATE_NOOP,
    NotADatabase,
    StorageError,
)
from privacy_desk.log import get_logger
from privacy_desk.paths import DataPaths
from privacy_desk.store import backup, migrate
from privacy_desk.store.database import CASE_DATABASE, Database, sqlite_url
from privacy_desk.store.instance_lock import InstanceLock as InstanceLock  # its old home

log = get_logger("store")


def database_url(paths: DataPaths, settings: S.Settings) -> str:
    return paths.database_url or settings.get(S.DATABASE_URL) or sqlite_url(paths.database)


def open_database(
    paths: DataPaths,
    settings: S.Settings,
    *,
    now: datetime | None = None,
    daily_backup: bool = False,
    key: bytes | None = None,
) -> Database:
    """The data folder's database, migrated to this version's schema.

    With ``key`` the database is encrypted with SQLCipher (and so are its backups).
    """
    now = now or datetime.now().astimezone()
    url = database_url(paths, settings)
    db = Database(url, label=CASE_DATABASE, key=key, keys_file=paths.keys_file)
    try:
        _refuse_foreign_file(db)
        plan = migrate.plan(db)
        if plan.fresh and has_tables(db):
            raise NotADatabase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database belongs to another program (it has tables but no Privacy Desk "
                    "schema); nothing was changed.",
                )
            )
        db.enable_wal()
        keep = settings.get(S.BACKUPS_KEEP)
        if plan.needed:
            if not plan.fresh and db.is_sqlite:
                saved = backup.automatic_backup(
                    db, paths.backups, f"pre-migration-{plan.current}", keep=keep, now=now
                )
                log.info("backup before migration: %s", saved.name)
            migrate.upgrade(db)
            log.info("database schema %s -> %s", plan.current or "empty", plan.head)
        due = daily_backup and not plan.fresh and db.is_sqlite
        if due and backup.daily_backup_due(paths.backups, now):
            try:
                saved = backup.automatic_backup(db, paths.backups, "daily", keep=keep, now=now)
            except StorageError as error:
                # The office can still work; it must hear that today has no backup.
                log.warning("daily backup failed: %s", type(error).__name__)
                db.warnings.append(
                    StorageError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Today's automatic backup could not be made: {error}"
                        ),
                        error=error,
                    )
                )
            else:
                log.info("daily backup: %s", saved.name)
    except BaseException:
        db.dispose()
        raise
    return db


def has_tables(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(inspect(connection).get_table_names())


def _refuse_foreign_file(db: Database) -> None:
    path = db.embedded_file
    if db.encrypted or path is None or not path.exists() or path.stat().st_size == 0:
        return  # an encrypted file has no readable header; its key is the test
    with path.open("rb") as f:
        header = f.read(len(backup.SQLITE_HEADER))
    if header != backup.SQLITE_HEADER:
        raise NotADatabase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a Privacy Desk database; move it away or choose another data "
                "folder.",
            ),
            path=path,
        )
