"""Run the benchmarks and print each as a ratio to its floor.

uv run python -m bench                 # all, 7 repeats
uv run python -m bench page_import -r 3
uv run python -m bench --list
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bench import Benchmark, Result, letters, measure, page_import, report

BENCHMARKS: dict[str, Benchmark] = {
    benchmark.name: benchmark
    for benchmark in (
        page_import.BENCHMARK,
        letters.ONE,
        letters.BATCH_OF_LETTERS,
        report.BENCHMARK,
    )
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("-r", "--repeat", type=int, default=7, help="runs of each (median taken)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, benchmark in BENCHMARKS.items():
            print(f"{name}: {benchmark.description}")
        return 0
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown or args.repeat < 1:
        parser.error(
            f"unknown benchmark: {', '.join(unknown)}" if unknown else "--repeat must be 1 or more"
        )
    chosen = [BENCHMARKS[name] for name in args.names or BENCHMARKS]
    results = [measure(benchmark, args.repeat) for benchmark in chosen]
    print(table(chosen, results))
    return 0


def table(benchmarks: Sequence[Benchmark], results: Sequence[Result]) -> str:
    rows = [("benchmark", "× floor", "floor (measured in the same run)")]
    rows += [
        (result.name, f"{result.ratio:.2f}", benchmark.floor_description)
        for benchmark, result in zip(benchmarks, results, strict=True)
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    return "\n".join(
        f"{name:<{widths[0]}}  {ratio:>{widths[1]}}  {floor}" for name, ratio, floor in rows
    )


if __name__ == "__main__":
    sys.exit(main())
