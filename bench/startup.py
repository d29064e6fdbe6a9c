"""Cold start (issue 9): from starting the program to the case list shown with its first
rows, and the peak memory of that process; each against a bare PySide6 window.

Every run is a new process on Qt's ``offscreen`` platform: the program as an office
starts it (``python -m privacy_desk --data-dir OFFICE``) on the shared office of
``office.CASES`` cases, and for the floor ``bench/bare_window.py``, a window with an
empty table. Both report through ``privacy_desk/ui/startup_probe.py``
(``PRIVACY_DESK_BENCH_READY_FILE``), then exit:

- Time: this process reads ``time.time()`` just before it starts the child; the child
  writes ``time.time()`` once its table has been painted (with the first case, for the
  program). Both read the system's wall clock, so the difference covers the whole start:
  exec, the interpreter, the imports, the database, the first paint; not the exit after.
  (``/proc/self/stat``'s start time would do too, but only in ticks of 10 ms.)
- Memory: the child's own peak resident memory when it reports (``VmHWM``). Not
  ``ru_maxrss``: a child's starts at the parent's peak, which is this process's, holding
  the other benchmarks' data.
- Bytecode: an installed program starts from compiled modules (a PyInstaller build
  carries them), so the children may write theirs, to a folder of this run
  (``PYTHONPYCACHEPREFIX``, removed at the end; nothing is written beside the sources),
  even where ``PYTHONDONTWRITEBYTECODE`` is set, as ``.ci/run`` does. The warm-up run
  compiles; without it every start would compile SQLAlchemy anew (a second or more).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import Benchmark, Target, office

READY_FILE_ENV = "PRIVACY_DESK_BENCH_READY_FILE"  # privacy_desk/ui/startup_probe.py
BARE_WINDOW = Path(__file__).with_name("bare_window.py")
TIMEOUT = 300  # seconds: a start that never shows its list fails, it does not hang


_bytecode: list[Path] = []


def _bytecode_folder() -> Path:
    """Where the children keep their compiled modules during this run."""
    if not _bytecode:
        folder = Path(tempfile.mkdtemp(prefix="privacy-desk-bytecode-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _bytecode.append(folder)
    return _bytecode[0]


@dataclass(frozen=True)
class Reading:
    seconds: float  # from starting the process to its table painted
    peak_rss: int  # bytes


def start(command: list[str]) -> Reading:
    """Run ``command`` as a new process until it reports that its table was painted."""
    with tempfile.TemporaryDirectory(prefix="privacy-desk-start-") as folder:
        ready = Path(folder) / "ready.json"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            READY_FILE_ENV: str(ready),
            "PYTHONPYCACHEPREFIX": str(_bytecode_folder()),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        started = time.time()
        done = subprocess.run(command, env=env, capture_output=True, timeout=TIMEOUT, check=False)
        if done.returncode != 0 or not ready.exists():
            raise RuntimeError(
                f"{' '.join(command[1:])} exited with {done.returncode} without reporting "
                f"its first paint:\n{done.stderr.decode(errors='replace')[-2000:]}"
            )
        report = json.loads(ready.read_text(encoding="utf-8"))
    return Reading(seconds=float(report["ready_at"]) - started, peak_rss=int(report["peak_rss"]))


def program(folder: Path) -> Reading:
    return start([sys.executable, "-m", "privacy_desk", "--data-dir", str(folder)])


def secured_office() -> Path:
    """An office set up with a user (made once per run, removed at the end): where the
    program starts with its login window. It needs no cases: nothing of the database is
    read before a login."""
    if not _secured:
        from privacy_desk.paths import DataPaths
        from privacy_desk.security.keys import FAST_KDF
        from privacy_desk.services import auth, users

        folder = Path(tempfile.mkdtemp(prefix="privacy-desk-secured-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        paths = DataPaths(folder).prepare()
        done = auth.set_up_office(
            paths,
            profile=users.default_office_profile(),
            admin_login="bench",
            admin_name="Bench",
            admin_password="a synthetic password 1",
            kdf=FAST_KDF,
        )
        done.ctx.db.dispose()
        _secured.append(folder)
    return _secured[0]


_secured: list[Path] = []


def bare_window(_folder: Path) -> Reading:
    return start([sys.executable, str(BARE_WINDOW)])


COLD_START = Benchmark(
    name="cold_start",
    description=f"start to the case list shown with its first rows, {office.CASES:,} cases "
    "(a new process, offscreen)",
    floor_description="a bare PySide6 process showing a window with an empty table",
    setup=office.data_folder,
    subject=lambda folder: program(folder).seconds,
    floor=lambda folder: bare_window(folder).seconds,
    target=Target(ratio=3),
    measures="value",
)

LOGIN_WINDOW = Benchmark(
    name="login_window",
    description="start to the login window shown, an office with users (a new process, "
    "offscreen): how an office's day begins; the database layer loads behind it",
    floor_description="a bare PySide6 process showing a window with an empty table",
    setup=secured_office,
    subject=lambda folder: program(folder).seconds,
    floor=lambda folder: bare_window(folder).seconds,
    target=Target(ratio=3),
    measures="value",
)

PEAK_MEMORY = Benchmark(
    name="peak_memory",
    description="peak memory of that process, up to the case list shown",
    floor_description="the bare window's",
    setup=office.data_folder,
    subject=lambda folder: program(folder).peak_rss,
    floor=lambda folder: bare_window(folder).peak_rss,
    target=Target(ratio=2),
    measures="value",
    unit="bytes",
)
