"""The SQLite rules every connection obeys, and driver errors as plain sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, insert, text

from privacy_desk.errors import DatabaseLocked, DiskFull, NotADatabase, ReadOnlyLocation
from privacy_desk.paths import DataPaths
from privacy_desk.settings import Settings
from privacy_desk.store.database import Database, sqlite_url
from privacy_desk.store.lifecycle import open_database
from privacy_desk.store.models import ReferenceCounter


@pytest.fixture
def db(data_paths: DataPaths) -> Database:
    database = open_database(data_paths, Settings(data_paths.settings_file))
    yield database
    database.dispose()


@pytest.mark.sqlite_only
def test_every_connection_is_set_up_for_safety(db: Database) -> None:
    with db.read() as session:
        pragma = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "busy_timeout": 5000,
    }


@pytest.mark.sqlite_only
def test_writes_begin_immediate_and_reads_deferred(db: Database) -> None:
    statements: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    with db.write() as session:
        session.execute(insert(ReferenceCounter).values(year=2020, last_sequence=1))
    with db.read() as session:
        session.execute(text("SELECT 1"))
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN"]


@pytest.mark.sqlite_only
def test_a_second_writer_is_told_the_database_is_busy(db: Database, data_paths: DataPaths) -> None:
    other = Database(sqlite_url(data_paths.database), busy_timeout_ms=50)
    try:
        with db.write() as session:
            session.execute(insert(ReferenceCounter).values(year=2021, last_sequence=1))
            with pytest.raises(DatabaseLocked, match="busy with another program"), other.write():
                pass
        # once the first writer is done, the second may write
        with other.write() as session:
            session.execute(insert(ReferenceCounter).values(year=2022, last_sequence=1))
    finally:
        other.dispose()


def test_a_write_that_fails_changes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(insert(ReferenceCounter).values(year=2023, last_sequence=1))
        raise RuntimeError("interrupted")
    with db.read() as session:
        assert session.get(ReferenceCounter, 2023) is None


@pytest.mark.sqlite_only
def test_full_database_becomes_disk_full(db: Database) -> None:
    @event.listens_for(db.engine, "connect")
    def cap(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()
    rows = [{"year": 3000 + i, "last_sequence": i} for i in range(20000)]
    with pytest.raises(DiskFull, match="is full"), db.write() as session:
        session.execute(insert(ReferenceCounter), rows)


@pytest.mark.sqlite_only
def test_read_only_database_refuses_writes_plainly(db: Database, data_paths: DataPaths) -> None:
    read_only = Database(sqlite_url(data_paths.database, read_only=True))
    try:
        with pytest.raises(ReadOnlyLocation, match="read-only"), read_only.write() as session:
            session.execute(insert(ReferenceCounter).values(year=2024, last_sequence=1))
    finally:
        read_only.dispose()


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_is_refused(data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"not a database at all" * 100)
    before = data_paths.database.read_bytes()
    with pytest.raises(NotADatabase, match="not a Privacy Desk database"):
        open_database(data_paths, Settings(data_paths.settings_file))
    assert data_paths.database.read_bytes() == before


@pytest.mark.sqlite_only
def test_a_database_of_another_program_is_refused(data_paths: DataPaths, tmp_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(data_paths.database) as foreign:
        foreign.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotADatabase, match="another program"):
        open_database(data_paths, Settings(data_paths.settings_file))
    with sqlite3.connect(data_paths.database) as foreign:
        tables = {r[0] for r in foreign.execute("SELECT name FROM sqlite_master")}
    assert tables == {"recipes"}
