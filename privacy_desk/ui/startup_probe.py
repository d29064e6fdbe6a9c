"""The probe of the start-up benchmark (``bench/startup.py``); inert unless asked for.

When the environment variable ``PRIVACY_DESK_BENCH_READY_FILE`` names a file, the main
window writes one JSON object to it as soon as the case list has been painted with its
first row: ``ready_at``, the wall-clock time then (``time.time()``; the benchmark read the
same clock just before it started the process), and ``peak_rss``, the process's peak
resident memory in bytes. Then it closes, and the program exits. In that mode an office
that has no users yet opens as it does on the command line, without the set-up wizard;
an office with users still asks for a login. Unset, nothing here runs.

:class:`FirstPaint` is the program's too: the main window starts the work it leaves
until the list is on screen (the paused cases' deadlines) with it.

``bench/bare_window.py`` uses the same probe for its floor, a bare window whose empty
table has been painted: it loads this file on its own, so this module imports nothing
but the standard library and PySide6.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView

READY_FILE_ENV = "PRIVACY_DESK_BENCH_READY_FILE"


def ready_file() -> Path | None:
    """The file the benchmark waits for, or None: the normal case."""
    value = os.environ.get(READY_FILE_ENV)
    return Path(value) if value else None


def peak_rss() -> int:
    """This process's peak resident memory in bytes (0 where it cannot be read).

    On Linux the high-water mark of the process's own memory (``VmHWM``), not
    ``getrusage``'s ``ru_maxrss``: after fork and exec that starts at the parent's peak
    (the benchmark's, hundreds of MB), not at this process's.
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, else KiB


def write_ready(target: Path) -> None:
    target.write_text(
        json.dumps({"ready_at": time.time(), "peak_rss": peak_rss()}), encoding="utf-8"
    )


def has_first_row(view: QAbstractItemView) -> bool:
    """The view's model has a first row with its text (not a placeholder still loading)."""
    model = view.model()
    return model is not None and model.rowCount() > 0 and bool(model.index(0, 0).data())


class FirstPaint(QObject):
    """Calls ``done`` once, after ``view`` was painted while ``ready(view)`` holds."""

    def __init__(
        self,
        view: QAbstractItemView,
        ready: Callable[[QAbstractItemView], bool],
        done: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.ready = ready
        self.done = done
        self.fired = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.fired:
            QTimer.singleShot(0, self, self._painted)  # once this paint is drawn
        return False

    def _painted(self) -> None:
        if self.fired or not self.ready(self.view):
            return
        self.fired = True
        self.view.viewport().removeEventFilter(self)
        self.done()


def watch_case_list(view: QAbstractItemView, close: Callable[[], None]) -> FirstPaint | None:
    """With ``PRIVACY_DESK_BENCH_READY_FILE`` set: report, then ``close``, once the case
    list ``view`` shows its first row. Otherwise nothing (None)."""
    target = ready_file()
    if target is None:
        return None

    def report() -> None:
        write_ready(target)
        close()

    return FirstPaint(view, has_first_row, report)
