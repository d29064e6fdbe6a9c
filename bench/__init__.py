"""The benchmark suite: ``uv run python -m bench`` (see ``bench/__main__.py``).

Each figure is measured with repeated runs after a warm-up and reported as its
median and worst. Where a floor is measured beside it in the same run on the
same machine (Pillow alone decoding the same page, a bare PySide6 window, a
direct indexed SQLite query), the figure is also a ratio to the floor: the
ratio survives a slower or busier machine, an absolute time does not. Targets
that the issues give in milliseconds or seconds are checked as such.

A subject either is timed (``measures="time"``) or returns the quantity itself
(``measures="value"``: a time measured inside another process, a peak memory).

A figure that needs what this run was not given (the PostgreSQL figures, a server) says
why in ``unavailable()``; it is then reported as skipped with that reason, not left out.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    """What the figure must reach: a ratio to its floor and/or absolute limits."""

    ratio: float | None = None  # median subject / median floor
    median: float | None = None  # in the figure's unit
    worst: float | None = None

    def text(self, unit: str) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× floor")
        if self.median is not None:
            parts.append(f"≤ {_show(self.median, unit)} median")
        if self.worst is not None:
            parts.append(f"≤ {_show(self.worst, unit)} worst")
        return ", ".join(parts) or "—"


@dataclass(frozen=True)
class Benchmark:
    """``subject(state)`` is measured (against ``floor(state)``); ``setup()`` makes ``state``."""

    name: str
    description: str
    floor_description: str
    setup: Callable[[], Any]
    subject: Callable[[Any], object]
    floor: Callable[[Any], object] | None = None
    teardown: Callable[[Any], None] | None = None
    target: Target = Target()
    measures: str = "time"  # or "value": the subject returns the quantity
    unit: str = "s"  # "s" or "bytes"
    warm_up: bool = True
    repeat: int | None = None  # at most so many runs (a slow figure), else the suite's
    #: Why the figure cannot be measured in this run (then it is skipped), or None.
    unavailable: Callable[[], str | None] | None = None


@dataclass(frozen=True)
class Result:
    name: str
    repeat: int
    unit: str
    median: float | None  # None: skipped
    worst: float | None
    floor_median: float | None
    floor_worst: float | None
    target: Target
    skipped: str | None = None  # why the figure was not measured

    @property
    def ratio(self) -> float | None:
        if self.median is None or self.floor_median is None or self.floor_median <= 0:
            return None
        return self.median / self.floor_median

    @property
    def ok(self) -> bool | None:
        """Whether the figure reaches its target; None when it was skipped."""
        if self.median is None or self.worst is None:
            return None
        checks = []
        if self.target.ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target.ratio)
        if self.target.median is not None:
            checks.append(self.median <= self.target.median)
        if self.target.worst is not None:
            checks.append(self.worst <= self.target.worst)
        return all(checks)

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "repeat": self.repeat,
            "unit": self.unit,
            "median": self.median,
            "worst": self.worst,
            "floor_median": self.floor_median,
            "floor_worst": self.floor_worst,
            "ratio": self.ratio,
            "target": {
                "ratio": self.target.ratio,
                "median": self.target.median,
                "worst": self.target.worst,
            },
            "ok": self.ok,
            "skipped": self.skipped,
        }


def _run(run: Callable[[Any], object], state: Any, measures: str) -> float:
    if measures == "value":
        return float(run(state))  # type: ignore[arg-type]
    start = time.perf_counter()
    run(state)
    return time.perf_counter() - start


def measure(benchmark: Benchmark, repeat: int) -> Result:
    """Median and worst of the subject (and of the floor), run in turns after a warm-up."""
    reason = benchmark.unavailable() if benchmark.unavailable is not None else None
    if reason is not None:
        return Result(
            name=benchmark.name,
            repeat=0,
            unit=benchmark.unit,
            median=None,
            worst=None,
            floor_median=None,
            floor_worst=None,
            target=benchmark.target,
            skipped=reason,
        )
    repeat = min(benchmark.repeat or repeat, repeat)
    state = benchmark.setup()
    try:
        runs: list[tuple[Callable[[Any], object], list[float]]] = [(benchmark.subject, [])]
        if benchmark.floor is not None:
            runs.append((benchmark.floor, []))
        if benchmark.warm_up:
            for run, _ in runs:
                run(state)
        for _ in range(repeat):
            for run, values in runs:
                values.append(_run(run, state, benchmark.measures))
    finally:
        if benchmark.teardown is not None:
            benchmark.teardown(state)
    subject = runs[0][1]
    floor = runs[1][1] if len(runs) > 1 else None
    return Result(
        name=benchmark.name,
        repeat=repeat,
        unit=benchmark.unit,
        median=statistics.median(subject),
        worst=max(subject),
        floor_median=statistics.median(floor) if floor else None,
        floor_worst=max(floor) if floor else None,
        target=benchmark.target,
    )


def _show(value: float, unit: str) -> str:
    if unit == "bytes":
        return f"{value / 2**20:.0f} MiB"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def show(value: float | None, unit: str) -> str:
    return "—" if value is None else _show(value, unit)
