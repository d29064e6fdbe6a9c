"""The office on a PostgreSQL server, for the case-list figures measured there (issue 11).

``python -m bench --postgresql URL`` (or ``PRIVACY_DESK_BENCH_POSTGRESQL=URL``) names a
server and a user who may create databases, e.g.
``postgresql://postgres@127.0.0.1:54329/postgres``. Before the first figure on it the
bench creates a database of its own there (``pd_bench_<pid>_<random>``) and moves the
shared office (``office.data_folder()``) into it as ``privacy-desk migrate-to`` does:
the migrations, then ``store.copy.copy_database`` (every row, checked). It then has the
server gather its statistics (``VACUUM (ANALYZE)``), which autovacuum does on its own
within a minute or so of such a copy: the figures are those of an office in use, not of
the minute after the move. The database is dropped when the run ends, whether it
succeeded or not (``drop_databases``; also at exit). Without a server the figures on
it are reported as skipped, with the reason.
"""

from __future__ import annotations

import atexit
import os
import sys
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from bench import office
from privacy_desk.paths import DataPaths
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store import migrate
from privacy_desk.store.copy import copy_database
from privacy_desk.store.database import Database, server_url

SERVER_ENV = "PRIVACY_DESK_BENCH_POSTGRESQL"
PREFIX = "pd_bench_"

_given: list[str] = []  # the server named by --postgresql, if any
_databases: dict[int, str] = {}  # the office's copy by its number of cases: its URL
_made: list[tuple[URL, str]] = []  # (server, name) of every database this run created


def configure(url: str | None) -> None:
    """Use the server at ``url`` (``--postgresql``); None: the one ``SERVER_ENV`` names."""
    _given[:] = [url] if url else []


def server() -> str | None:
    """The server the figures on PostgreSQL use, or None."""
    return _given[0] if _given else os.environ.get(SERVER_ENV) or None


def unavailable() -> str | None:
    """Why the figures on PostgreSQL cannot be measured in this run, or None."""
    if server() is None:
        return f"no PostgreSQL server given (--postgresql URL or {SERVER_ENV}=URL)"
    return None


def database_url() -> str:
    """The URL of the shared office moved onto the server (moved on first use)."""
    if office.CASES not in _databases:
        _databases[office.CASES] = _move_office()
    return _databases[office.CASES]


def _server_url() -> URL:
    given = server()
    if given is None:
        raise RuntimeError(f"bench: {unavailable()}")
    return server_url(given)


def _execute(at: URL, statement: str) -> None:
    admin = create_engine(at, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(statement))
    finally:
        admin.dispose()


def _move_office() -> str:
    """A new database on the server holding a copy of the shared office; its URL."""
    source = open_desk(DataPaths(office.data_folder()).prepare(), actor="bench")
    try:
        at = _server_url()
        name = f"{PREFIX}{os.getpid()}_{uuid.uuid4().hex[:8]}"
        url = at.set(database=name).render_as_string(hide_password=False)
        _made.append((at, name))  # before it exists: a failure below still drops it
        _execute(at, f'CREATE DATABASE "{name}"')
        target = Database(url)
        try:
            migrate.upgrade(target)
            copy_database(source.db, target)
            with target.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            ) as connection:
                connection.execute(text("VACUUM (ANALYZE)"))
        finally:
            target.dispose()
    finally:
        source.db.dispose()
    return url


def drop_databases() -> None:
    """Drop every database this run created on the server (their connections closed).
    One that cannot be dropped (the server gone) is named on stderr, to drop by hand."""
    _databases.clear()
    while _made:
        at, name = _made.pop()
        try:
            _execute(at, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except Exception as error:  # noqa: BLE001 - the run's own error matters more
            print(f"bench: could not drop the database {name}: {error}", file=sys.stderr)


atexit.register(drop_databases)  # a run that never reaches main's end (an embedding test)
