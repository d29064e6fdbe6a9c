"""The benchmark suite: ``uv run python -m bench`` (see ``bench/__main__.py``).

Each benchmark is reported as a ratio against a floor measured in the same run
on the same machine (for example, Pillow alone decoding and re-encoding the
same page), never as an absolute time: the ratio survives a slower or busier
machine, an absolute time does not.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Benchmark:
    """``subject(state)`` is measured against ``floor(state)``; ``setup()`` makes ``state``."""

    name: str
    description: str
    floor_description: str
    setup: Callable[[], Any]
    subject: Callable[[Any], object]
    floor: Callable[[Any], object]
    teardown: Callable[[Any], None] | None = None


@dataclass(frozen=True)
class Result:
    name: str
    ratio: float
    repeat: int


def measure(benchmark: Benchmark, repeat: int) -> Result:
    """Median subject time over median floor time; the two are run in turns after a warm-up."""
    state = benchmark.setup()
    try:
        benchmark.subject(state)
        benchmark.floor(state)
        subject_times: list[float] = []
        floor_times: list[float] = []
        for _ in range(repeat):
            for run, times in ((benchmark.subject, subject_times), (benchmark.floor, floor_times)):
                start = time.perf_counter()
                run(state)
                times.append(time.perf_counter() - start)
    finally:
        if benchmark.teardown is not None:
            benchmark.teardown(state)
    floor = statistics.median(floor_times)
    return Result(benchmark.name, statistics.median(subject_times) / floor, repeat)
