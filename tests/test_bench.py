"""Smoke test of the benchmark suite (python -m bench): it runs, once, and prints ratios."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from bench import Benchmark, Target, measure, postgresql
from bench.__main__ import BENCHMARKS, main
from privacy_desk.store.database import server_url
from tests.helpers.postgres import TestServer

#: The case-list figures, measured on SQLite and (``*_postgresql``) on a server.
CASE_LIST = ("search_key", "search_key_all", "sort_column", "sort_column_all", "open_case")
ON_POSTGRESQL = tuple(f"{name}_postgresql" for name in CASE_LIST)


def test_every_benchmark_runs_once_and_reports_its_figures(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import letters, office

    monkeypatch.setattr(letters, "BATCH", 3)  # the real batch is 1,000 letters
    monkeypatch.setattr(office, "CASES", 60)  # the real office has 100,000 cases
    monkeypatch.setattr(office, "_offices", {})
    monkeypatch.delenv(postgresql.SERVER_ENV, raising=False)  # no server: see below
    assert main(["--repeat", "1", "--json"]) == 0
    results = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert (
        set(results)
        == set(BENCHMARKS)
        >= {
            "demo",
            "page_import",
            "letter",
            "letters_batch",
            "report_monthly",
        }
    )
    for name in ON_POSTGRESQL:  # reported, not left out: why they were not measured
        result = results.pop(name)
        assert result["skipped"] == (
            f"no PostgreSQL server given (--postgresql URL or {postgresql.SERVER_ENV}=URL)"
        )
        assert result["median"] is result["ok"] is None and result["repeat"] == 0
    for name, result in results.items():
        assert result["skipped"] is None and result["ok"] in (True, False), name
        assert result["repeat"] == 1 and result["median"] > 0, name
        assert result["worst"] >= result["median"], name
        has_floor = BENCHMARKS[name].floor is not None
        assert (result["ratio"] is not None and result["ratio"] > 0) is has_floor, name
    assert results["demo"]["target"]["median"] == 120
    assert results["letter"]["target"]["ratio"] == 2


def test_the_table_shows_median_worst_ratio_and_target(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.__main__ import table

    fast = Benchmark(
        name="fast",
        description="sleeps 2 ms",
        floor_description="sleeps 1 ms",
        setup=lambda: None,
        subject=lambda _state: time.sleep(0.002),
        floor=lambda _state: time.sleep(0.001),
        target=Target(ratio=0.5, worst=1.0),
    )
    result = measure(fast, repeat=3)
    lines = table([fast], [result]).splitlines()
    assert lines[0].split()[:5] == ["benchmark", "median", "worst", "×", "floor"]
    assert "ms" in lines[1] and "≤ 0.5× floor, ≤ 1.00 s worst" in lines[1]
    assert "MISSED" in lines[1]  # 2 ms is not half of 1 ms
    assert not result.ok


def test_the_ratio_is_subject_over_floor() -> None:
    slow = Benchmark(
        name="slow",
        description="sleeps 20 ms",
        floor_description="sleeps 5 ms",
        setup=lambda: None,
        subject=lambda _state: time.sleep(0.02),
        floor=lambda _state: time.sleep(0.005),
    )
    result = measure(slow, repeat=3)
    assert 2.0 < result.ratio < 6.0


def test_an_unknown_benchmark_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["no_such_benchmark"])
    assert exited.value.code == 2
    assert "unknown benchmark: no_such_benchmark" in capsys.readouterr().err


def test_list_names_the_benchmarks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list"]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("demo: privacy-desk demo --cases 100,000")
    assert "\npage_import: import one 300 dpi A4 colour page" in listed


def test_a_figure_without_what_it_needs_is_shown_as_skipped_with_the_reason() -> None:
    from bench.__main__ import table

    needs_a_server = Benchmark(
        name="on_a_server",
        description="never measured here",
        floor_description="a floor",
        setup=lambda: pytest.fail("a skipped figure is not set up"),
        subject=lambda _state: None,
        target=Target(median=0.030),
        unavailable=lambda: "no server given",
    )
    result = measure(needs_a_server, repeat=3)
    assert result.skipped == "no server given" and result.ok is None
    assert result.as_json()["skipped"] == "no server given"
    row = table([needs_a_server], [result]).splitlines()[1]
    assert row.split()[:4] == ["on_a_server", "—", "—", "—"]
    assert "≤ 30.0 ms median  skipped  no server given" in row


# -- the case-list figures on PostgreSQL (PRIVACY_DESK_TEST_POSTGRESQL names a server) --

SMALL_OFFICE = 60


@pytest.fixture(scope="module")
def small_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office of 60 cases, made once for the tests below as the bench makes its own."""
    from bench import office

    folder = tmp_path_factory.mktemp("bench-office") / "data"
    saved = office.CASES
    office.CASES = SMALL_OFFICE
    try:
        office.make_office(folder)
    finally:
        office.CASES = saved
        office._offices.pop(SMALL_OFFICE, None)
    return folder


@pytest.fixture
def bench_server(
    postgres_server: TestServer, small_office: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The test server's URL, the bench pointed at the small office."""
    from bench import office

    monkeypatch.setattr(office, "CASES", SMALL_OFFICE)
    monkeypatch.setattr(office, "_offices", {SMALL_OFFICE: small_office})
    monkeypatch.delenv(postgresql.SERVER_ENV, raising=False)
    yield postgres_server.url.render_as_string(hide_password=False)
    postgresql.configure(None)


def _bench_databases(url: str) -> list[str]:
    """The databases this process's bench runs made on the server and left there."""
    engine = create_engine(server_url(url))
    try:
        with engine.connect() as connection:
            return list(
                connection.scalars(
                    text("SELECT datname FROM pg_database WHERE starts_with(datname, :prefix)"),
                    {"prefix": f"{postgresql.PREFIX}{os.getpid()}_"},
                )
            )
    finally:
        engine.dispose()


def test_the_case_list_figures_run_on_postgresql_beside_sqlite(
    bench_server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import case_list

    opened: list[str | None] = []  # the database of every desk the figures open
    open_desk = case_list.open_desk

    def recording(paths: Any, **options: Any) -> Any:
        opened.append(paths.database_url)
        return open_desk(paths, **options)

    monkeypatch.setattr(case_list, "open_desk", recording)
    names = [name for sqlite in CASE_LIST for name in (sqlite, f"{sqlite}_postgresql")]
    assert [name for name in BENCHMARKS if name in names] == names  # each beside the other
    assert main(["--repeat", "1", "--json", "--postgresql", bench_server, *ON_POSTGRESQL]) == 0
    results = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(results) == set(ON_POSTGRESQL)
    assert len(opened) == len(ON_POSTGRESQL) and len(set(opened)) == 1  # one copy, on the server
    assert server_url(str(opened[0])).database.startswith(postgresql.PREFIX)
    for name, result in results.items():
        sqlite = BENCHMARKS[name.removesuffix("_postgresql")]
        assert result["skipped"] is None and result["ok"] in (True, False), name
        assert result["repeat"] == 1 and 0 < result["median"] <= result["worst"], name
        assert result["target"] == {
            "ratio": sqlite.target.ratio,
            "median": sqlite.target.median,
            "worst": sqlite.target.worst,
        }, name
        # the search's floor: the same first-page SQL, run directly on the server
        has_floor = sqlite.floor is not None
        assert (result["ratio"] is not None and result["ratio"] > 0) is has_floor, name
        assert (result["floor_median"] is not None) is has_floor, name
    assert _bench_databases(bench_server) == []  # the office's copy is dropped at the end


def test_the_database_on_the_server_is_dropped_when_a_figure_fails(
    bench_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_database = postgresql.copy_database
    made: list[str] = []

    def copied_then_failed(source: Any, target: Any, **options: Any) -> Any:
        copy_database(source, target, **options)
        made.extend(_bench_databases(bench_server))
        raise RuntimeError("the run fails after the copy")

    monkeypatch.setattr(postgresql, "copy_database", copied_then_failed)
    with pytest.raises(RuntimeError, match="the run fails after the copy"):
        main(["--repeat", "1", "--postgresql", bench_server, "search_key_postgresql"])
    assert len(made) == 1 and made[0].startswith(postgresql.PREFIX)
    assert _bench_databases(bench_server) == []
