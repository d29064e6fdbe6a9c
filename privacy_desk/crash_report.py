"""A problem report for whoever looks after Privacy Desk, after an unexpected error.

Made of what the program's log holds (which never holds personal data: see
:mod:`privacy_desk.log`) and where it ran: the program's, Python's and the system's
versions, and the log's last lines. The user's home folder is written as ``~`` (a Windows
account is often a person's name). Nothing else: no case, no setting, no file of the
data folder.
"""

from __future__ import annotations

import os
import platform
import sys
from collections import deque
from datetime import datetime
from pathlib import Path

from privacy_desk.paths import write_whole

#: How many of the log's last lines a report carries.
LOG_LINES = 300
#: Beside the log: where a crash of the process itself (in Qt, a driver) left the Python
#: stack (files, lines, functions; Python's faulthandler), for the next report.
FATAL_LOG = "fatal-errors.log"


def report_text(log_file: Path, *, versions: dict[str, str] | None = None) -> str:
    """The report: a header of versions, then the log's last :data:`LOG_LINES` lines."""
    from privacy_desk.cli import program_version

    lines = [
        "Privacy Desk problem report",
        f"made: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"program: {program_version()}",
        f"python: {platform.python_version()} ({sys.platform}, {platform.machine()})",
        f"system: {platform.platform(terse=True)}",
        f"built: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
    ]
    lines += [f"{name}: {value}" for name, value in (versions or {}).items()]
    lines += ["", f"last lines of the log ({log_file.name}):", ""]
    lines += _last_lines(log_file)
    fatal = log_file.with_name(FATAL_LOG)
    if fatal.is_file() and fatal.stat().st_size:
        lines += ["", f"last lines of {FATAL_LOG}:", ""]
        lines += _last_lines(fatal)[-100:]
    return _without_home("\n".join(lines) + "\n")


def _last_lines(log_file: Path) -> list[str]:
    try:
        with log_file.open(encoding="utf-8", errors="replace") as log:
            return [line.rstrip("\n") for line in deque(log, maxlen=LOG_LINES)]
    except FileNotFoundError:
        return ["(no log yet)"]
    except OSError as error:
        return [f"(the log could not be read: {error.strerror or type(error).__name__})"]


def _without_home(text: str) -> str:
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
        text = text.replace(home.replace(os.sep, "/"), "~")
    return text


def suggested_name(now: datetime | None = None) -> str:
    moment = now or datetime.now()
    return f"privacy-desk-problem-{moment:%Y%m%d-%H%M}.txt"


def save_report(text: str, target: Path) -> Path:
    """Write the report to ``target`` (a USB drive, say), whole or not at all; a full or
    removed drive is said in a sentence (a StorageError)."""
    return write_whole(target, text.encode("utf-8"))
