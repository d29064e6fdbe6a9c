"""Run the benchmarks: each figure's median and worst, its ratio to a floor measured in the
same run, and whether it reaches its target.

uv run python -m bench                       # all, 7 repeats (slow figures fewer)
uv run python -m bench page_import -r 3
uv run python -m bench --json > bench.json   # the same as JSON
uv run python -m bench --list
uv run python -m bench --postgresql postgresql://postgres@127.0.0.1:54329/postgres
                                             # the case-list figures on PostgreSQL too

The case-list figures on PostgreSQL (``*_postgresql``) need a server: ``--postgresql
URL`` or ``PRIVACY_DESK_BENCH_POSTGRESQL=URL``, a user who may create databases (the run
makes one of its own and drops it at the end; ``bench/postgresql.py``). Without one they
are reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from bench import (
    Benchmark,
    Result,
    case_list,
    letters,
    measure,
    office,
    page_import,
    postgresql,
    report,
    show,
    startup,
)

BENCHMARKS: dict[str, Benchmark] = {
    benchmark.name: benchmark
    for benchmark in (
        office.DEMO,
        startup.COLD_START,
        startup.PEAK_MEMORY,
        startup.LOGIN_WINDOW,
        case_list.SEARCH_KEY,
        case_list.SEARCH_KEY_POSTGRESQL,
        case_list.SEARCH_KEY_ALL,
        case_list.SEARCH_KEY_ALL_POSTGRESQL,
        case_list.SORT,
        case_list.SORT_POSTGRESQL,
        case_list.SORT_ALL,
        case_list.SORT_ALL_POSTGRESQL,
        case_list.OPEN_CASE,
        case_list.OPEN_CASE_POSTGRESQL,
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
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument(
        "--postgresql",
        metavar="URL",
        help=(
            "a PostgreSQL server (a user who may create databases) to measure the case-list "
            f"figures on as well; default: ${postgresql.SERVER_ENV}"
        ),
    )
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
    postgresql.configure(args.postgresql)
    results = []
    try:
        for benchmark in chosen:
            print(f"measuring {benchmark.name}…", file=sys.stderr, flush=True)
            results.append(measure(benchmark, args.repeat))
    finally:
        postgresql.drop_databases()  # the office's copy on the server, whatever happened
    if args.json:
        print(json.dumps([r.as_json() for r in results], indent=2, ensure_ascii=False))
    else:
        print(table(chosen, results))
    return 0


def table(benchmarks: Sequence[Benchmark], results: Sequence[Result]) -> str:
    rows = [("benchmark", "median", "worst", "× floor", "target", "", "floor (same run)")]
    for benchmark, result in zip(benchmarks, results, strict=True):
        rows.append(
            (
                result.name,
                show(result.median, result.unit),
                show(result.worst, result.unit),
                "—" if result.ratio is None else f"{result.ratio:.2f}",
                result.target.text(result.unit),
                "skipped" if result.ok is None else "ok" if result.ok else "MISSED",
                benchmark.floor_description if result.skipped is None else result.skipped,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(6)]
    return "\n".join(
        "  ".join(
            f"{cell:<{widths[n]}}" if n in (0, 4, 5) else f"{cell:>{widths[n]}}"
            for n, cell in enumerate(row[:6])
        )
        + "  "
        + row[6]
        for row in rows
    )


if __name__ == "__main__":
    sys.exit(main())
