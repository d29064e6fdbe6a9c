"""Smoke test of the benchmark suite (python -m bench): it runs, once, and prints ratios."""

from __future__ import annotations

import json
import time

import pytest

from bench import Benchmark, Target, measure
from bench.__main__ import BENCHMARKS, main


def test_every_benchmark_runs_once_and_reports_its_figures(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import letters, office

    monkeypatch.setattr(letters, "BATCH", 3)  # the real batch is 1,000 letters
    monkeypatch.setattr(office, "CASES", 60)  # the real office has 100,000 cases
    monkeypatch.setattr(office, "_offices", {})
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
    for name, result in results.items():
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
