"""One program per data folder: a lock file held while it is in use.

Kept apart from the database's modules: the program takes it before its login window
appears, without loading the database layer.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import filelock

from privacy_desk.errors import QT_TRANSLATE_NOOP, DatabaseLocked
from privacy_desk.paths import os_error_to_user_error


class InstanceLock:
    """Held while a program uses a data folder; a second one is refused."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = filelock.FileLock(path, timeout=0)

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise DatabaseLocked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Privacy Desk is already running with the data folder {folder}; "
                    "close it first (or wait for the other command to finish).",
                ),
                folder=self.path.parent,
            ) from None
        except OSError as error:
            raise os_error_to_user_error(error, self.path) from None
        return self

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
