"""Backups and restores with SQLite's online backup API.

A backup is one self-contained file (rollback journal, no ``-wal`` beside
it), written under a temporary name and renamed when complete, so a full disk
or a crash never leaves a half backup that looks whole. Automatic backups
(daily, before a migration, before a restore) go to the data folder's
``backups/`` and the newest ``keep`` of them are kept.

The backup of an encrypted database is encrypted with the same key, and
carries a copy of the key file beside it (``NAME.keys``): the wrapped copies
of the key, one opened by the recovery key. With it, the recovery key can
restore the backup on another computer; without it, no one can.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from privacy_desk.errors import QT_TRANSLATE_NOOP, NotADatabase, StorageError, UserError
from privacy_desk.paths import os_error_to_user_error, write_whole
from privacy_desk.security.keys import KeyStore
from privacy_desk.store import migrate
from privacy_desk.store.check import CheckReport, check_database
from privacy_desk.store.copy import copy_database
from privacy_desk.store.database import Database, sqlite_url, user_error_for
from privacy_desk.store.key_table import KeyTable

SQLITE_HEADER = b"SQLite format 3\x00"
AUTO_PREFIX = "auto-"
SUFFIX = ".sqlite3"
KEYS_SUFFIX = ".keys"


def keys_beside(backup: Path) -> Path:
    """The key file that travels with an encrypted backup."""
    return backup.with_name(backup.name + KEYS_SUFFIX)


def copy_keys_beside(keys_file: Path, backup: Path) -> None:
    """Put a copy of ``keys_file`` beside ``backup`` (written whole, or not at all)."""
    target = keys_beside(backup)
    try:
        data = keys_file.read_bytes()
    except OSError as error:
        raise os_error_to_user_error(error, target) from None
    write_whole(target, data, mode=0o600)


def backup_to(db: Database, destination: Path) -> None:
    """Write a consistent copy of the live database to ``destination``."""
    destination = destination.expanduser()
    if destination.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name for the backup."),
            path=destination,
        )
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        partial.write_bytes(b"")  # a plain OS error for a folder we cannot write
        if db.is_sqlite:
            with db.raw_sqlite() as source:
                target = db.open_file(partial)
                try:
                    source.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                    target.commit()
                finally:
                    target.close()
        else:
            _copy_from_server(db, partial, destination)
        _fsync(partial)
        partial.replace(destination)
        try:
            if db.keys_file is not None and db.keys_file.exists():
                copy_keys_beside(db.keys_file, destination)
            elif db.encrypted and not db.is_sqlite:  # a server's: its slots are in it
                document = KeyStore.open(KeyTable(db)).portable()
                write_whole(keys_beside(destination), document, mode=0o600)
        except UserError:
            discard(destination)  # a backup nobody else could open is not written
            raise
    except UserError:
        discard(partial)
        raise
    except (sqlite3.Error, db.driver_error) as error:
        discard(partial)
        mapped = user_error_for(error, str(destination))
        raise (
            mapped
            or StorageError(
                QT_TRANSLATE_NOOP("Errors", "The backup to {path} failed."), path=destination
            )
        ) from None
    except OSError as error:
        discard(partial)
        raise os_error_to_user_error(error, destination) from None


def _copy_from_server(db: Database, partial: Path, destination: Path) -> None:
    """A server's database backed up as SQLite's file, the same as an office's on one PC
    (and restorable to either): a new file at this schema, every row copied in."""
    partial.chmod(0o600)
    copy = Database(sqlite_url(partial), label=str(destination), key=db.key_for_copies())
    try:
        migrate.upgrade(copy)
        copy_database(db, copy)
    finally:
        copy.dispose()


@contextlib.contextmanager
def _at_this_schema(source: Path, folder: Path, key: bytes | None) -> Iterator[Database]:
    """``source`` opened at this program's schema: a private copy in ``folder``, migrated
    when the backup is older, removed afterwards (it holds the office's records)."""
    working = folder / f".restoring-{os.getpid()}{SUFFIX}"
    try:
        with opened_copy(source, key) as reader:
            working.write_bytes(b"")
            working.chmod(0o600)
            copy = Database(sqlite_url(working), label=str(source), key=key)
            try:
                with reader.raw_sqlite() as origin, copy.raw_sqlite() as target:
                    origin.backup(target)
                if migrate.plan(copy).needed:
                    migrate.upgrade(copy)
                yield copy
            finally:
                copy.dispose()
    except OSError as error:
        raise os_error_to_user_error(error, working) from None
    finally:
        discard(working)


def discard(path: Path) -> None:
    """Remove a half-written file if it is there and can be removed."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def automatic_backup(db: Database, folder: Path, reason: str, *, keep: int, now: datetime) -> Path:
    """A named backup in ``folder``; older automatic backups beyond ``keep`` go."""
    name = f"{AUTO_PREFIX}{now:%Y%m%dT%H%M%S%f}-{reason}{SUFFIX}"
    path = folder / name
    backup_to(db, path)
    prune(folder, keep=keep)
    return path


def automatic_backups(folder: Path) -> list[Path]:
    """Automatic backups, oldest first (their names sort by time)."""
    return sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}"))


def prune(folder: Path, *, keep: int) -> None:
    backups = automatic_backups(folder)
    for old in backups[: max(0, len(backups) - keep)]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
        with contextlib.suppress(FileNotFoundError):
            keys_beside(old).unlink()


def daily_backup_due(folder: Path, today: datetime) -> bool:
    stamp = f"{AUTO_PREFIX}{today:%Y%m%d}T"
    return not any(
        p.name.startswith(stamp) and "-daily" in p.name for p in automatic_backups(folder)
    )


@contextlib.contextmanager
def opened_copy(path: Path, key: bytes | None = None) -> Iterator[Database]:
    """Open a database file read-only for inspection (a backup, a file to restore).

    An encrypted file has no readable header: it is tried with ``key`` instead.
    """
    if not path.is_file():
        raise NotADatabase(
            QT_TRANSLATE_NOOP("Errors", "{path} does not exist or is not a file."), path=path
        )
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        raise os_error_to_user_error(error, path) from None
    if key is None and header != SQLITE_HEADER:
        raise NotADatabase(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a Privacy Desk backup: it is not a database file."
            ),
            path=path,
        )
    db = Database(sqlite_url(path, read_only=True), label=str(path), key=key)
    try:
        with db.raw_sqlite():
            pass  # open it now: a wrong key is said here, in one sentence
        yield db
    finally:
        db.dispose()


def inspect_backup(path: Path, key: bytes | None = None) -> CheckReport:
    """Check a file as a candidate for restoring (an older schema is fine)."""
    with opened_copy(path, key) as db:
        return check_database(db, allow_older_schema=True)


def restore_from(
    db: Database,
    source: Path,
    folder: Path,
    *,
    keep: int,
    now: datetime,
    report: CheckReport | None = None,
) -> Path:
    """Replace the live database's content with ``source``.

    ``source`` must pass :func:`inspect_backup` (pass its ``report`` if the
    caller already ran it). The current database is kept as an automatic
    ``pre-restore`` backup first, whose path is returned.
    """
    report = report or inspect_backup(source, db.key_for_copies())
    if not report.ok:
        raise NotADatabase(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} cannot be restored; it fails the check: {problems}"
            ),
            path=source,
            problems=" ".join(report.problems),
        )
    saved = automatic_backup(db, folder, "pre-restore", keep=keep, now=now)
    try:
        reader = db.open_file(source, read_only=True)
        try:
            with db.raw_sqlite() as target:
                reader.backup(target)
        finally:
            reader.close()
    except (sqlite3.Error, db.driver_error) as error:
        mapped = user_error_for(error, "the case database")
        raise (
            mapped
            or StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Restoring failed; the previous database is in {path}."
                ),
                path=saved,
            )
        ) from None
    return saved


def restore_database(
    url: str,
    source: Path,
    folder: Path,
    *,
    keep: int,
    now: datetime,
    key: bytes | None = None,
    keys_file: Path | None = None,
) -> tuple[CheckReport, Path]:
    """Replace the database at ``url`` with ``source``.

    Returns the check of ``source`` and where the previous database was kept.

    A database that cannot even be read is moved aside unchanged (``damaged-…``)
    instead of being copied, so a good backup can always replace a broken one.
    With ``key``, both the backup and the database are encrypted with it;
    ``keys_file`` is then copied beside the backup of the previous database.
    """
    report = inspect_backup(source, key)
    if not report.ok:
        raise NotADatabase(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} cannot be restored; it fails the check: {problems}"
            ),
            path=source,
            problems=" ".join(report.problems),
        )
    db = Database(url, label="the case database", key=key, keys_file=keys_file)
    try:
        path = db.embedded_file
        if path is None:  # on a server: its rows replaced by the backup's, in one go
            kept = automatic_backup(db, folder, "pre-restore", keep=keep, now=now)
            with _at_this_schema(source, folder, key) as copy:
                copy_database(copy, db, replace=True)
            return report, kept
        if not path.exists():
            path.touch(mode=0o600)
        if _readable(db):
            kept = restore_from(db, source, folder, keep=keep, now=now, report=report)
        else:
            db.dispose()
            kept = _move_aside(path, folder, now)
            db = Database(url, label="the case database", key=key, keys_file=keys_file)
            restore_from(db, source, folder, keep=keep + 1, now=now, report=report)
    finally:
        db.dispose()
    return report, kept


def _readable(db: Database) -> bool:
    try:
        return check_database(db, allow_older_schema=True).items[0].ok
    except UserError:
        return False


def _move_aside(path: Path, folder: Path, now: datetime) -> Path:
    target = folder / f"damaged-{now:%Y%m%dT%H%M%S}{path.suffix}"
    try:
        path.replace(target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
    except OSError as error:
        raise os_error_to_user_error(error, path) from None
    return target


def is_plaintext(path: Path) -> bool:
    """A readable (unencrypted) SQLite file."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn a plaintext database file into an encrypted one with the same content.

    The encrypted copy is written beside it, checked to open with ``key`` and to
    hold as many rows, then put in its place; the plaintext is gone afterwards
    (with its ``-wal``). Used once, when an office switches encryption on.
    """
    import sqlcipher3  # only here and in Database with a key

    partial = path.with_name(f".{path.name}.encrypting")
    discard(partial)
    plain = sqlcipher3.dbapi2.connect(str(path))  # no key: reads plaintext
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [
            row[0]
            for row in plain.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(partial),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    except sqlcipher3.dbapi2.Error:
        discard(partial)
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} could not be encrypted; it is unchanged."),
            path=path,
        ) from None
    finally:
        plain.close()
    check = Database(sqlite_url(partial), label=str(partial), key=key)
    try:
        with check.raw_sqlite() as connection:
            copied = {
                t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
            }
    finally:
        check.dispose()
    if copied != counts:
        discard(partial)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} could not be encrypted completely; it is unchanged."
            ),
            path=path,
        )
    _fsync(partial)
    partial.replace(path)
    for suffix in ("-wal", "-shm"):
        discard(path.with_name(path.name + suffix))
