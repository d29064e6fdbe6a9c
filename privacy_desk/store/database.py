"""The connection to the case database and the rules every connection obeys.

SQLite, per connection: foreign keys on, WAL, ``synchronous=FULL``, a busy
timeout, and ``BEGIN IMMEDIATE`` for write transactions (a deferred BEGIN that
later wants to write fails with "database is locked", which no timeout cures).
Another database server can be used by URL; then only the SQLite rules are
left out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from privacy_desk.errors import (
    QT_TRANSLATE_NOOP,
    ChangedElsewhere,
    DatabaseLocked,
    DiskFull,
    InvalidInput,
    NotADatabase,
    Phrase,
    ReadOnlyLocation,
    StorageError,
    UserError,
    WrongKey,
)
from privacy_desk.store import sealed

BUSY_TIMEOUT_MS = 5000
SERVER_CONNECT_TIMEOUT_S = 10
#: The name the office's database goes by in sentences (``Database(label=…)``), and the
#: same at a sentence's start: both translated with the sentences they stand in.
CASE_DATABASE = QT_TRANSLATE_NOOP("Errors", "the case database")
_CASE_DATABASE_FIRST = QT_TRANSLATE_NOOP("Errors", "The case database")
#: The name of a database given no other (``Database(url)``), likewise.
ANY_DATABASE = QT_TRANSLATE_NOOP("Errors", "the database")
_ANY_DATABASE_FIRST = QT_TRANSLATE_NOOP("Errors", "The database")
_WRITE = "privacy_desk_write"


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path.as_posix()}"


#: Hosts reached without leaving the computer: there a connection needs no TLS.
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
_WITHOUT_TLS = frozenset({"disable", "allow", "prefer"})


def server_url(url: str | URL) -> URL:
    """A database server's URL as the program connects to it.

    ``postgresql://…`` (as PostgreSQL's own tools write it) means Psycopg 3. A server
    on another computer is reached with TLS: ``sslmode=require`` unless the URL asks
    for more (``verify-full`` with ``sslrootcert``, the server's certificate checked);
    a URL that turns TLS off for such a server is refused.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.",
            )
        ) from None
    if parsed.get_backend_name() != "postgresql":
        return parsed
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    host = parsed.host or ""
    local = not host or host.startswith("/") or host in LOOPBACK
    mode = parsed.query.get("sslmode")
    if not local and mode in _WITHOUT_TLS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server {host} is on another computer: the connection must use "
                "TLS (sslmode=require or verify-full), not sslmode={mode}.",
            ),
            host=host,
            mode=mode,
        )
    if not local and mode is None:
        parsed = parsed.update_query_dict({"sslmode": "require"})
    return parsed


def password_removed(url: str | URL) -> URL:
    """``url`` without a password, in its user part or as a parameter. (``URL.set(
    password=None)`` would leave it where it is: there None means "unchanged".)"""
    parsed = make_url(url)
    return URL.create(
        parsed.drivername,
        username=parsed.username,
        password=None,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query={key: value for key, value in parsed.query.items() if key != "password"},
    )


def without_password(url: str | URL) -> str:
    """The URL as it may be written down (settings, logs): no password in it. The
    password comes from PostgreSQL's password file or ``PGPASSWORD`` instead."""
    return password_removed(url).render_as_string(hide_password=False)


class Database:
    """An engine plus short read and write sessions.

    Use ``with db.read() as s:`` and ``with db.write() as s:``; a write commits
    when the block ends and rolls back on any exception. Objects loaded in a
    session stay usable after it (no expiry on commit) but are detached.
    """

    def __init__(
        self,
        url: str,
        *,
        label: str = ANY_DATABASE,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        key: bytes | None = None,
        keys_file: Path | None = None,
    ) -> None:
        self.url = server_url(url)
        self.label = label
        #: The file holding the wrapped copies of ``key``: every backup carries a copy.
        self.keys_file = keys_file if key is not None else None
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self._key = key
        #: With a key, SQLite's file is encrypted whole (SQLCipher); on a server the
        #: program seals the personal columns itself (store/sealed.py).
        self.encrypted = key is not None
        cipher = key is not None and self.is_sqlite
        # SQLCipher speaks the sqlite3 interface: the same dialect, another driver.
        self._module: Any = _sqlcipher() if cipher else sqlite3
        connect_args: dict[str, Any] = {}
        if self.is_sqlite:
            connect_args["timeout"] = busy_timeout_ms / 1000
            # The pool hands a connection to one thread at a time (tasks run off the GUI).
            connect_args["check_same_thread"] = False
        elif "connect_timeout" not in self.url.query:
            # a server that drops packets is reported, not waited for until the OS gives up
            connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT_S
        options: dict[str, Any] = {"module": self._module} if cipher else {}
        self.engine: Engine = create_engine(
            self.url, hide_parameters=True, connect_args=connect_args, **options
        )
        sealed.install(self.engine.dialect, None if self.is_sqlite else key)
        if self.is_sqlite:

            def on_connect(dbapi_connection: Any, _record: Any) -> None:
                _apply_key(dbapi_connection, key, label)
                _sqlite_on_connect(dbapi_connection, busy_timeout_ms)

            event.listen(self.engine, "connect", on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        self._write_engine = self.engine.execution_options(**{_WRITE: True})
        #: Things that went wrong on opening without stopping it, for the user to read.
        #: What the office must hear, though the database opened (shown once, at the start).
        self.warnings: list[UserError] = []

    @property
    def embedded_file(self) -> Path | None:
        """The file of an embedded database; None for a database server."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        name = self.url.database
        if name.startswith("file:"):
            name = name[5:]
        return Path(name)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_errors(self.label), Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        with (
            translate_errors(self.label),
            Session(self._write_engine, expire_on_commit=False) as s,
            s.begin(),
        ):
            s.connection()  # take the write lock now, not at the first write
            yield s

    def __repr__(self) -> str:  # never the key
        return f"Database({self.label!r}, encrypted={self.encrypted})"

    @property
    def driver_error(self) -> type[Exception]:
        """The error class of this database's driver (sqlite3 or SQLCipher)."""
        error: type[Exception] = self._module.Error
        return error

    def key_for_copies(self) -> bytes | None:
        """The key backups of this database are written with (its own)."""
        return self._key

    def open_file(self, path: Path, *, read_only: bool = False) -> Any:
        """A driver connection to another file with this database's driver and key
        (a backup being written or read): encrypted stays encrypted."""
        uri = f"file:{path.as_posix()}" + ("?mode=ro" if read_only else "")
        connection = self._module.connect(uri, uri=True)
        try:
            _apply_key(connection, self._key, str(path))
        except BaseException:
            connection.close()
            raise
        return connection

    @contextmanager
    def raw_sqlite(self) -> Iterator[Any]:
        """The driver connection of a SQLite database, outside any transaction."""
        if not self.is_sqlite:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database is on a server: back it up and restore it with the server's "
                    "tools.",
                )
            )
        with translate_errors(self.label, self.driver_error):
            pooled = self.engine.raw_connection()
            try:
                yield pooled.driver_connection
            finally:
                pooled.close()

    def enable_wal(self) -> None:
        """Write-ahead logging: readers never wait for the writer (persists in the file)."""
        if self.is_sqlite:
            with self.raw_sqlite() as connection:
                connection.execute("PRAGMA journal_mode = WAL")

    def forget_deleted(self) -> None:
        """Make deleted rows unrecoverable from the files now, not at some later checkpoint.

        ``secure_delete`` overwrites them in the database file; the write-ahead log
        still holds the pages as they were until it is checkpointed and cut to
        nothing. A reader still at work keeps the log whole; the next call cuts it.
        """
        if self.is_sqlite:
            with self.raw_sqlite() as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlcipher() -> Any:
    import sqlcipher3  # only when a key is in use

    return sqlcipher3.dbapi2


def _apply_key(dbapi_connection: Any, key: bytes | None, label: str) -> None:
    """Give SQLCipher the raw key before anything else touches the file.

    The statement runs on the driver's cursor, never through SQLAlchemy, so it
    cannot surface in an SQLAlchemy error; a wrong key becomes one sentence.
    """
    if key is None:
        return
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")  # no page errors on stderr
        cursor.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:  # noqa: BLE001 - whatever the driver says, the sentence is this
        raise WrongKey(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{What} cannot be opened with this key: it belongs to another office, or the "
                "password or recovery key does not match it.",
            ),
            **named(label),
        ) from None
    finally:
        cursor.close()


def _sqlite_on_connect(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    # We issue BEGIN ourselves (see _sqlite_on_begin); the driver must not.
    # WAL is switched on once per file by enable_wal(), after the file is known
    # to be ours: a file we refuse stays byte for byte as it was.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        # deleted rows (a destroyed ID copy) are overwritten, not left in free pages
        cursor.execute("PRAGMA secure_delete = ON")
        # sorts, indexes and VACUUM work in memory: no temporary file holds case data
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def translate_errors(label: str, driver_error: type[Exception] = sqlite3.Error) -> Iterator[None]:
    """Turn driver errors with a known cause into one plain sentence."""
    try:
        yield
    except UserError:
        raise
    except StaleDataError:  # a save raced another desk's and lost (version_id_col)
        raise ChangedElsewhere(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another desk saved the same record at the same moment; nothing of yours "
                "was saved. Look at the record again, then make your change again.",
            )
        ) from None
    except (OperationalError, DBAPIError, sqlite3.Error, driver_error) as error:
        mapped = user_error_for(error, label)
        if mapped is None:
            raise
        raise mapped from None


def named(label: str) -> dict[str, Phrase]:
    """A database's label as ``{what}`` and, at a sentence's start, ``{What}``: a phrase
    translated with the sentence ("the case database"; a file's path stays as it is)."""
    return {"what": Phrase(label), "What": Phrase(label[:1].upper() + label[1:])}


def user_error_for(error: BaseException, label: str) -> UserError | None:
    text = str(getattr(error, "orig", None) or error).lower()
    phrases = named(label)
    server = _server_error(text)
    if server is not None:
        return server
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{What} is busy with another program; try again in a moment.",
            ),
            **phrases,
        )
    if "disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding {what} is full; free some space and try again.",
            ),
            **phrases,
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyLocation(
            QT_TRANSLATE_NOOP("Errors", "{What} is read-only; nothing was changed."), **phrases
        )
    if "not a database" in text or "malformed" in text:
        return NotADatabase(
            QT_TRANSLATE_NOOP("Errors", "{What} is not a readable database file."), **phrases
        )
    if "disk i/o error" in text:  # a USB drive pulled out, a network share gone, a bad disk
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{What} could not be read or written: the drive holding it may have been "
                "removed or be failing. Nothing was changed; reconnect the drive and try "
                "again.",
            ),
            **phrases,
        )
    if "unable to open database file" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot open {what}: the file or its folder cannot be used (a removed drive, "
                "or a folder without permission).",
            ),
            **phrases,
        )
    return None


def _server_error(text: str) -> UserError | None:
    """What a database server's refusals mean, in one sentence (PostgreSQL's texts)."""
    if "password authentication failed" in text or "no password supplied" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server refused the login: check the user name in the address, "
                "and give its password in PostgreSQL's password file (pgpass) or in "
                "PGPASSWORD. Privacy Desk does not keep it.",
            )
        )
    if "does not exist" in text and "database" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database named in the address does not exist on the server; ask its "
                "administrator to create it (empty).",
            )
        )
    if "ssl" in text or "certificate" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The TLS connection to the database server failed: check the server's "
                "certificate and the address's sslmode and sslrootcert.",
            )
        )
    unreachable = (
        "connection refused",
        "could not connect",
        "connection failed",
        "timeout expired",
        "could not translate host name",
        "name or service not known",
        "server closed the connection",
        "connection to server",
    )
    if any(phrase in text for phrase in unreachable):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server cannot be reached: check that it is running and that "
                "this computer is on the office network, then try again. Nothing was changed.",
            )
        )
    return None
