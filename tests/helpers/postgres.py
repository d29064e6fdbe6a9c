"""A PostgreSQL server for the tests that run against both databases (issue 11).

``.ci/run`` starts a server on loopback and names it in ``PRIVACY_DESK_TEST_POSTGRESQL``
(a URL whose user may create databases, e.g. ``postgresql://postgres@127.0.0.1:54329/postgres``).
Each test gets a database of its own, copied from a template migrated once per run:
``CREATE DATABASE … TEMPLATE`` takes a few milliseconds, a migration a second.
"""

from __future__ import annotations

import os
import uuid

from sqlalchemy import Engine, create_engine, text

from privacy_desk.store import migrate
from privacy_desk.store.database import Database, server_url

SERVER_ENV = "PRIVACY_DESK_TEST_POSTGRESQL"


def configured_url() -> str | None:
    return os.environ.get(SERVER_ENV) or None


class TestServer:
    """Databases made and dropped on the server named by ``url``."""

    __test__ = False  # not a test class, though its name starts so

    def __init__(self, url: str) -> None:
        self.url = server_url(url)
        self._prefix = f"pd_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self._template: str | None = None

    def _database_url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def _make_template(self) -> str:
        name = f"{self._prefix}_template"
        self._execute(f'CREATE DATABASE "{name}"')
        db = Database(self._database_url(name))
        try:
            migrate.upgrade(db)
        finally:
            db.dispose()
        return name

    def new_database(self, *, empty: bool = False) -> str:
        """The URL of a new database: at the program's schema, or ``empty``."""
        name = f"{self._prefix}_{uuid.uuid4().hex[:12]}"
        if empty:
            self._execute(f'CREATE DATABASE "{name}"')
        else:
            if self._template is None:
                self._template = self._make_template()
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
        return self._database_url(name)

    def drop(self, url: str) -> None:
        name = server_url(url).database
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template is not None:
            self._execute(f'DROP DATABASE IF EXISTS "{self._template}" WITH (FORCE)')
        self._admin.dispose()
