"""``privacy-desk migrate-to URL``: an office on one PC moves onto a PostgreSQL server
(issue 11). Needs the test server (``PRIVACY_DESK_TEST_POSTGRESQL``, set by .ci/run)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from privacy_desk.paths import DataPaths
from privacy_desk.services import cases
from privacy_desk.services.maintenance import open_desk
from privacy_desk.settings import DATABASE_URL, Settings
from privacy_desk.store.database import server_url, without_password
from privacy_desk.store.models import Case
from tests.cli.test_commands import one_sentence, run
from tests.conftest import TODAY
from tests.helpers.cases import new_case
from tests.helpers.postgres import TestServer


def test_an_office_moves_to_the_server_checked_and_goes_on_there(
    tmp_path: Path, postgres_server: TestServer
) -> None:
    data = tmp_path / "data"
    assert run(data, "demo", "--cases", "40", "--seed", "3").returncode == 0
    url = postgres_server.new_database(empty=True)

    moved = run(data, "migrate-to", url)

    assert moved.returncode == 0, moved.stderr
    assert "Copied 40 cases" in moved.stdout and "the copy was checked" in moved.stdout
    assert Settings(data / "settings.json").get(DATABASE_URL) == url  # no password in it
    assert not (data / "privacy-desk.sqlite3").exists()  # the records live on the server
    assert list((data / "backups").glob("auto-*-before-server.sqlite3"))

    check = run(data, "check")
    assert check.returncode == 0, check.stdout
    assert "The database is sound (40 cases)." in check.stdout
    # new records continue the copied ones: the next reference, new row numbers
    ctx = open_desk(DataPaths(data), actor="clerk")
    try:
        assert not ctx.db.is_sqlite
        ctx.today = lambda: TODAY
        with ctx.db.read() as session:
            last = session.scalar(
                select(func.max(Case.reference_sequence)).where(Case.reference_year == 2026)
            )
        added = cases.log_request(ctx, new_case())  # new row numbers too, or it would fail
        assert added.reference == f"2026-{(last or 0) + 1:04d}"
    finally:
        ctx.db.dispose()


def test_a_server_database_holding_an_office_is_refused_and_nothing_changes(
    tmp_path: Path, postgres_server: TestServer
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    url = postgres_server.new_database(empty=True)
    for data in (first, second):
        assert run(data, "demo", "--cases", "5").returncode == 0
    assert run(first, "migrate-to", url).returncode == 0

    refused = run(second, "migrate-to", url)

    assert refused.returncode == 3
    assert "already holds an office's records" in one_sentence(refused)
    assert (second / "privacy-desk.sqlite3").exists()
    assert Settings(second / "settings.json").get(DATABASE_URL) == ""
    assert run(second, "check").returncode == 0


def test_a_server_on_another_computer_without_tls_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo", "--cases", "2").returncode == 0
    refused = run(data, "migrate-to", "postgresql://desk@db.example.org/office?sslmode=disable")
    assert refused.returncode == 2  # the address given is wrong
    assert "must use TLS" in one_sentence(refused)
    assert (data / "privacy-desk.sqlite3").exists()


def test_a_server_on_another_computer_gets_tls_unless_more_is_asked() -> None:
    assert server_url("postgresql://desk@db.example.org/office").query["sslmode"] == "require"
    asked = server_url("postgresql://desk@db.example.org/office?sslmode=verify-full")
    assert asked.query["sslmode"] == "verify-full"
    assert "sslmode" not in server_url("postgresql://desk@127.0.0.1:5432/office").query


def test_an_address_is_written_down_without_its_password() -> None:
    for typed in (
        "postgresql://desk:s3cret@db.example.org/office",
        "postgresql://desk@db.example.org/office?password=s3cret&sslmode=verify-full",
    ):
        kept = without_password(typed)
        assert "s3cret" not in kept and "desk@db.example.org/office" in kept
    assert "sslmode=verify-full" in without_password(
        "postgresql://desk@db.example.org/office?password=x&sslmode=verify-full"
    )
