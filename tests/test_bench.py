"""Smoke test of the benchmark suite (python -m bench): it runs, once, and prints ratios."""

from __future__ import annotations

import re
import time

import pytest

from bench import Benchmark, measure
from bench.__main__ import BENCHMARKS, main


def test_every_benchmark_runs_once_and_prints_a_ratio(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import letters, report

    monkeypatch.setattr(letters, "BATCH", 3)  # the real batch is 1,000 letters
    monkeypatch.setattr(report, "CASES", 60)  # the real office has 100,000 cases
    assert main(["--repeat", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["benchmark", "×"]
    rows = {line.split()[0]: line.split()[1] for line in lines[1:]}
    assert (
        set(rows)
        == set(BENCHMARKS)
        == {
            "page_import",
            "letter",
            "letters_batch",
            "report_monthly",
        }
    )
    assert all(float(ratio) > 0 for ratio in rows.values())
    assert not re.search(r"\d\s*(s|ms|µs|sec)\b", "\n".join(lines))  # never an absolute time


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
    assert capsys.readouterr().out.startswith("page_import: import one 300 dpi A4 colour page")
