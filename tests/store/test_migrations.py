"""Migrations: models and scripts agree, every released schema upgrades, and a
migration backs up first, keeps every record, and changes nothing when it fails."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from privacy_desk.domain.search import fold
from privacy_desk.errors import NewerSchema
from privacy_desk.paths import DataPaths
from privacy_desk.services import cases
from privacy_desk.services.maintenance import open_desk
from privacy_desk.settings import Settings
from privacy_desk.store import backup, migrate
from privacy_desk.store.check import check_database
from privacy_desk.store.lifecycle import open_database
from privacy_desk.store.models import Base

SCHEMAS = sorted((Path(__file__).parents[1] / "fixtures" / "schemas").glob("*.sqlite3"))


def test_models_and_migrations_agree(data_paths: DataPaths) -> None:
    db = open_database(data_paths, Settings(data_paths.settings_file))
    try:
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        db.dispose()
    assert differences == []


def test_head_names_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.HEAD


def test_a_database_at_head_opens_without_loading_alembic(data_paths: DataPaths) -> None:
    """The usual start: Alembic, Mako and the scripts load only when there is a migration
    to run (or a revision to look up). In a fresh interpreter: this one has them loaded."""
    open_database(data_paths, Settings(data_paths.settings_file)).dispose()  # made at HEAD
    opens = (
        "import sys\n"
        "from pathlib import Path\n"
        "from privacy_desk.paths import DataPaths\n"
        "from privacy_desk.services.maintenance import open_desk\n"
        "open_desk(DataPaths(Path(sys.argv[1]))).db.dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", opens, str(data_paths.root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip() == "[]", done.stderr


def test_there_is_a_saved_database_of_the_current_schema() -> None:
    assert f"{migrate.head_revision()}.sqlite3" in {p.name for p in SCHEMAS}


@pytest.mark.sqlite_only  # released schemas and their backups are SQLite files
@pytest.mark.parametrize("saved", SCHEMAS, ids=lambda p: p.stem)
def test_every_released_schema_upgrades(saved: Path, data_paths: DataPaths) -> None:
    shutil.copyfile(saved, data_paths.database)
    ctx = open_desk(data_paths)
    try:
        report = check_database(ctx.db)
        assert report.ok, report.problems
        assert report.cases == 40
        case = cases.get_case(ctx, "2023-0001")
        assert case.requests and case.requester_name
        # 0002 filled in the search text of every existing case
        assert case.search_text.startswith("|20230001|")
        assert fold(case.requester_kana) in case.search_text
        # 0002 filled the search text of every existing case
        assert case.search_text.startswith("|20230001|")
        assert fold(case.requester_kana) in case.search_text
    finally:
        ctx.db.dispose()


@pytest.mark.sqlite_only  # released schemas and their backups are SQLite files
def test_a_database_from_a_newer_version_is_refused_untouched(data_paths: DataPaths) -> None:
    shutil.copyfile(SCHEMAS[-1], data_paths.database)
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = hashlib.sha256(data_paths.database.read_bytes()).hexdigest()
    with pytest.raises(NewerSchema, match=r"newer version of Privacy Desk \(schema 9999\)"):
        open_database(data_paths, Settings(data_paths.settings_file))
    assert hashlib.sha256(data_paths.database.read_bytes()).hexdigest() == before
    assert backup.automatic_backups(data_paths.backups) == []


REBUILD_CASES = '''
"""test: rebuild the cases table in batch mode (as a real column change would)."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))
    {tail}


def downgrade() -> None:
    pass
'''


def _with_extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tail: str) -> None:
    directory = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, directory)
    (directory / "versions" / "9001_test.py").write_text(
        REBUILD_CASES.format(head=migrate.head_revision(), tail=tail)
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", directory)


def _counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as connection:
        result = tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cases", "case_requests", "enclosures")
        )
    connection.close()
    return result  # type: ignore[return-value]


@pytest.mark.sqlite_only  # released schemas and their backups are SQLite files
def test_a_migration_backs_up_first_and_keeps_every_child_record(
    data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(SCHEMAS[-1], data_paths.database)
    before = _counts(data_paths.database)
    _with_extra_revision(tmp_path, monkeypatch, tail="pass")

    db = open_database(data_paths, Settings(data_paths.settings_file))
    try:
        assert migrate.current_revision(db) == "9001"
        with db.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()
    # ON DELETE CASCADE children survive the rebuild of their parent table
    assert _counts(data_paths.database) == before
    saved = backup.automatic_backups(data_paths.backups)
    head = SCHEMAS[-1].stem
    assert len(saved) == 1 and f"pre-migration-{head}" in saved[0].name
    with sqlite3.connect(saved[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    connection.close()


@pytest.mark.sqlite_only  # released schemas and their backups are SQLite files
def test_a_failing_migration_changes_nothing(
    data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(SCHEMAS[-1], data_paths.database)
    before = _counts(data_paths.database)
    _with_extra_revision(tmp_path, monkeypatch, tail='raise RuntimeError("migration broke")')

    with pytest.raises(RuntimeError, match="migration broke"):
        open_database(data_paths, Settings(data_paths.settings_file))
    with sqlite3.connect(data_paths.database) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(cases)")}
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert "test_flag" not in columns
    assert version == (SCHEMAS[-1].stem,)
    assert _counts(data_paths.database) == before
