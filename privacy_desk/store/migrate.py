"""Bringing a database to the schema this version of the program expects.

Migrations are Alembic scripts in ``migrations/versions``, run in batch mode
on SQLite. Before every migration the caller makes a backup
(``lifecycle.open_database``). During the migration foreign keys are off (a
batch table rebuild with ON DELETE CASCADE would otherwise delete children)
and ``PRAGMA foreign_key_check`` must come back empty before the commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from privacy_desk.errors import IntegrityProblem, NewerSchema
from privacy_desk.store.database import Database, translate_errors

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    """Read ``MIGRATIONS_DIR`` at call time (tests point it at extra revisions)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _script() -> ScriptDirectory:
    return _script_in(MIGRATIONS_DIR)


@cache
def _script_in(directory: Path) -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(directory))
    return ScriptDirectory.from_config(config)


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision this program can read, oldest first."""
    return [r.revision for r in reversed(list(_script().walk_revisions()))]


def current_revision(db: Database) -> str | None:
    with translate_errors(db.label), db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class MigrationPlan:
    current: str | None
    head: str

    @property
    def needed(self) -> bool:
        return self.current != self.head

    @property
    def fresh(self) -> bool:
        return self.current is None


def plan(db: Database, *, what: str = "This database") -> MigrationPlan:
    """Where the database stands; refuses one written by a newer program."""
    current = current_revision(db)
    if current is not None and current not in known_revisions():
        raise NewerSchema(
            f"{what} was written by a newer version of Privacy Desk (schema {current}); "
            "install that version to open it. Nothing was changed."
        )
    return MigrationPlan(current=current, head=head_revision())


def upgrade(db: Database) -> None:
    """Run every pending migration in one transaction."""
    config = alembic_config()
    with translate_errors(db.label), db.engine.connect() as connection:
        driver = connection.connection.dbapi_connection if db.is_sqlite else None
        if driver is not None:
            driver.execute("PRAGMA foreign_keys = OFF")  # outside any transaction
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                try:
                    command.upgrade(config, "head")
                except CommandError as error:
                    raise NewerSchema(f"Cannot migrate the database: {error}") from None
                if driver is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise IntegrityProblem(
                            f"The migration would leave {len(broken)} broken links between "
                            "records; it was undone and nothing was changed."
                        )
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys = ON")
