"""The large synthetic office the figures of issue 9 are measured on.

``demo`` (a figure itself: ``privacy-desk demo --cases 100000`` must take at most
two minutes) makes it with the real command in a separate process; the other
figures use the office it made, or make one the same way when it has not run.
The folders are removed when the run ends. ``PRIVACY_DESK_BENCH_OFFICE`` points the
figures at an office made beforehand instead (while working on one figure).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import Benchmark, Target

#: The size of the office (tests make it small).
CASES = 100_000
#: An office made earlier by ``privacy-desk --data-dir DIR demo --cases 100000 --seed 9``,
#: to measure on while working on a figure (saves making one per run). Not for the
#: figures reported: those run on an office made in the same run.
OFFICE_ENV = "PRIVACY_DESK_BENCH_OFFICE"
SEED = 9

_offices: dict[int, Path] = {}


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def make_office(root: Path) -> float:
    """Make an office of ``CASES`` cases in ``root`` with the real command; its seconds."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "privacy_desk",
            "--data-dir",
            str(root),
            "demo",
            "--cases",
            str(CASES),
            "--seed",
            str(SEED),
        ],
        check=True,
        capture_output=True,
        timeout=1800,
    )
    took = time.perf_counter() - started
    _offices.setdefault(CASES, root)
    return took


def _new_root() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="privacy-desk-bench-"))
    atexit.register(_remove, folder)
    return folder / "data"


def data_folder() -> Path:
    """The shared office of ``CASES`` cases (made on first use, or the one
    :data:`OFFICE_ENV` names)."""
    if CASES not in _offices:
        given = os.environ.get(OFFICE_ENV)
        if given:
            _offices[CASES] = Path(given)
        else:
            make_office(_new_root())
    return _offices[CASES]


DEMO = Benchmark(
    name="demo",
    description=f"privacy-desk demo --cases {CASES:,} (a separate process)",
    floor_description="—",
    setup=_new_root,
    subject=make_office,
    target=Target(median=120),
    measures="value",
    warm_up=False,
    repeat=1,
)
