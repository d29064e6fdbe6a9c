"""Bringing a database to the schema this version of the program expects.

Migrations are Alembic scripts in ``migrations/versions``, run in batch mode
on SQLite. Before every migration the caller makes a backup
(``lifecycle.open_database``). During the migration foreign keys are off (a
batch table rebuild with ON DELETE CASCADE would otherwise delete children)
and ``PRAGMA foreign_key_check`` must come back empty before the commit.

Alembic (with Mako and the scripts) is loaded only when a database is not at
:data:`HEAD`: the usual start opens a database that is, and reads its revision
with one query.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from privacy_desk.errors import QT_TRANSLATE_NOOP, IntegrityProblem, NewerSchema, Phrase
from privacy_desk.store.database import Database, translate_errors

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_PACKAGED_DIR = MIGRATIONS_DIR
#: The newest revision in the packaged ``migrations/versions`` (a test holds it to
#: Alembic's own reading of the scripts): a database there needs no Alembic to open.
HEAD = "0012"
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    """Read ``MIGRATIONS_DIR`` at call time (tests point it at extra revisions)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _script() -> ScriptDirectory:
    return _script_in(MIGRATIONS_DIR)


@cache
def _script_in(directory: Path) -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

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
    """The database's schema revision; None for an empty one."""
    with translate_errors(db.label), db.engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        revisions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        found = list(revisions.scalars())
        if len(found) > 1:  # branches: Alembic says what is wrong
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(connection).get_current_revision()
        return str(found[0]) if found else None


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


def plan(
    db: Database, *, what: str = QT_TRANSLATE_NOOP("Errors", "This database")
) -> MigrationPlan:
    """Where the database stands; refuses one written by a newer program."""
    current = current_revision(db)
    if current == HEAD and MIGRATIONS_DIR == _PACKAGED_DIR:
        return MigrationPlan(current=current, head=HEAD)  # the usual start: no Alembic
    if current is not None and current not in known_revisions():
        raise NewerSchema(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{What} was written by a newer version of Privacy Desk (schema {schema}); "
                "install that version to open it. Nothing was changed.",
            ),
            What=Phrase(what),
            schema=current,
        )
    return MigrationPlan(current=current, head=head_revision())


def upgrade(db: Database) -> None:
    """Run every pending migration in one transaction."""
    from alembic import command
    from alembic.util.exc import CommandError

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
                    raise NewerSchema(
                        QT_TRANSLATE_NOOP("Errors", "Cannot migrate the database: {detail}"),
                        detail=str(error),
                    ) from None
                if driver is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise IntegrityProblem(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The migration would leave {count} broken links between "
                                "records; it was undone and nothing was changed.",
                            ),
                            count=len(broken),
                        )
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys = ON")
