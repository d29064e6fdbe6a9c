"""Moving an office's database onto a PostgreSQL server (issue 11).

``privacy-desk migrate-to URL`` copies the data folder's SQLite database into an empty
database on the server, checks the copy (every table's rows, the audit chain) and only
then switches the office to it: the settings name the server (without a password), a
backup of the SQLite file stays in ``backups/``, and the file itself goes (the records
are on the server now; a second copy on the PC would only go stale). An office with
users moves encrypted: its personal columns are sealed with its key on the way
(store/sealed.py) and its key slots move from ``keys.json`` into the server's database.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from privacy_desk import settings as S
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, NotADatabase, StorageError
from privacy_desk.log import get_logger
from privacy_desk.paths import os_error_to_user_error
from privacy_desk.services.context import DeskContext
from privacy_desk.store import backup, migrate
from privacy_desk.store.copy import CopyReport, Progress, copy_database, refuse_an_office
from privacy_desk.store.database import Database, server_url, without_password
from privacy_desk.store.key_table import KeyTable
from privacy_desk.store.lifecycle import has_tables

log = get_logger("server")

SERVER_DATABASE = QT_TRANSLATE_NOOP("Errors", "the server's database")


@dataclass(frozen=True)
class MoveResult:
    copied: CopyReport
    url: str  # as the settings now name it: no password
    kept_as: Path  # the backup of the SQLite database, in backups/


def migrate_to(ctx: DeskContext, url: str, *, progress: Progress | None = None) -> MoveResult:
    """Copy the office's SQLite database into the empty server database at ``url``,
    check it, and switch the office to it. ``ctx`` is the SQLite desk (closed after)."""
    ctx.require(Permission.SETTINGS)
    target_url = server_url(url)
    if target_url.get_backend_name() != "postgresql":
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Give the address of a PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE.",
            )
        )
    if not ctx.db.is_sqlite:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "This office's database is on a server already.")
        )
    # An office with users: the same key seals its personal columns on the server, and
    # its key slots go into the server's database, where every desk finds them.
    key = ctx.db.key_for_copies()
    slots = _key_document(ctx) if key is not None else None
    target = Database(
        target_url.render_as_string(hide_password=False), label=SERVER_DATABASE, key=key
    )
    try:
        plan = migrate.plan(target, what=SERVER_DATABASE)
        if plan.needed and not plan.fresh:
            raise NotADatabase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server's database holds an older Privacy Desk schema ({schema}); "
                    "give an empty database. Nothing was changed.",
                ),
                schema=plan.current,
            )
        if plan.fresh:
            if has_tables(target):
                raise NotADatabase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The server's database holds the tables of another program; give an "
                        "empty database. Nothing was changed.",
                    )
                )
            migrate.upgrade(target)
        refuse_an_office(target)
        kept = backup.automatic_backup(
            ctx.db,
            ctx.paths.backups,
            "before-server",
            keep=ctx.settings.get(S.BACKUPS_KEEP),
            now=datetime.now().astimezone(),
        )
        if slots is not None:  # first: a copy that fails then leaves nothing half-usable
            KeyTable(target).write(slots)
        copied = copy_database(ctx.db, target, progress=progress)
        moved = DeskContext(
            db=target, settings=ctx.settings, paths=ctx.paths, actor=ctx.actor, role=ctx.role
        )
        written = without_password(target_url)
        shown = target_url.set(password=None, query={})
        moved.record_event(
            "database.moved",
            to=f"{shown.host or 'local'}/{shown.database}",
            cases=copied.cases,
            audit_entries=copied.audit_entries,
        )
    finally:
        target.dispose()
    ctx.settings.set(S.DATABASE_URL, written)
    _remove_sqlite_file(ctx)
    if slots is not None:  # the server's are the office's now; a copy is beside the backup
        ctx.paths.keys_file.unlink(missing_ok=True)
    log.info("database moved to a server: %s cases", copied.cases)
    return MoveResult(copied=copied, url=written, kept_as=kept)


def _key_document(ctx: DeskContext) -> bytes:
    """The office's key file as it is, failed attempts not yet audited included."""
    try:
        return ctx.paths.keys_file.read_bytes()
    except OSError as error:
        raise os_error_to_user_error(error, ctx.paths.keys_file) from None


def _remove_sqlite_file(ctx: DeskContext) -> None:
    """The SQLite file the office left: its records are on the server and in the backup."""
    path = ctx.db.embedded_file
    ctx.db.dispose()
    if path is None:
        return
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()
