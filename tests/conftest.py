"""Shared fixtures: a private data folder, an opened desk, synthetic cases.

Every test gets its own data folder under pytest's tmp_path; nothing touches
the user's real data folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("PRIVACY_DESK_DATA_DIR", None)

from privacy_desk.paths import DataPaths
from privacy_desk.services.context import DeskContext
from privacy_desk.settings import DATABASE_URL, Settings
from tests.helpers.postgres import SERVER_ENV, TestServer, configured_url

TODAY = date(2026, 11, 24)  # a Tuesday


TESTS = Path(__file__).parent
#: The tests that run against both databases (issue 11): the store's, the services' and
#: the command line's. A test of something only SQLite has is marked ``sqlite_only``.
BOTH_DATABASES = ("store", "services", "cli")
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).relative_to(TESTS).parts[0]
    if folder not in BOTH_DATABASES or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    pending = metafunc.definition.get_closest_marker("postgresql_pending")
    if pending is None:
        metafunc.parametrize("backend", BACKENDS, indirect=True)
        return
    skip = pytest.mark.skip(reason=f"on PostgreSQL later (issue 11): {pending.args[0]}")
    metafunc.parametrize(
        "backend", ["sqlite", pytest.param("postgresql", marks=skip)], indirect=True
    )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test's data folder uses: SQLite unless parametrised."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TestServer]:
    url = configured_url()
    if url is None:
        message = f"no PostgreSQL server for the tests: set {SERVER_ENV} (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)  # a CI run checks both databases, or fails
        pytest.skip(message)
    server = TestServer(url)
    yield server
    server.close()


@pytest.fixture
def data_paths(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> DataPaths:
    """A new data folder; its database on the test server where ``backend`` says so."""
    paths = DataPaths(tmp_path / "data").prepare()
    if backend == "postgresql":
        server: TestServer = request.getfixturevalue("postgres_server")
        url = server.new_database()
        request.addfinalizer(lambda: server.drop(url))
        Settings(paths.settings_file).set(DATABASE_URL, url)
    return paths


@pytest.fixture
def desk(data_paths: DataPaths) -> Iterator[DeskContext]:
    from privacy_desk.services.maintenance import open_desk

    ctx = open_desk(data_paths, actor="clerk")
    ctx.today = lambda: TODAY
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def today() -> date:
    return TODAY
