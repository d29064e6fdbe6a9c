"""Every file location of the program, derived from one data folder.

The data folder defaults to the user's platform data folder and can be
moved with ``--data-dir`` (portable use, tests) or ``PRIVACY_DESK_DATA_DIR``.
Nothing else in the program builds a path into the data folder.
"""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from privacy_desk.errors import (
    QT_TRANSLATE_NOOP,
    DiskFull,
    ReadOnlyLocation,
    StorageError,
)

APP_NAME = "PrivacyDesk"
ENV_DATA_DIR = "PRIVACY_DESK_DATA_DIR"
# Data files hold personal data: readable by their owner only.
PRIVATE_UMASK = 0o077


def resources_dir() -> Path:
    """The program's own files (fonts, translations): beside the package, or in a build."""
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller one-folder build
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The data folder used when none is given."""
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    """The files and folders kept under one data folder."""

    root: Path
    #: The database named for this run (``--database URL``, a server's); None: the one
    #: the settings name, else the SQLite file in the folder.
    database_url: str | None = None

    @property
    def database(self) -> Path:
        return self.root / "privacy-desk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "privacy-desk.log"

    @property
    def is_set_up(self) -> bool:
        """The office has users (the set-up wrote its key file): a login comes first."""
        return self.keys_file.exists()

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def keys_file(self) -> Path:
        """The key slots that open the encrypted database (security/keys.py)."""
        return self.root / "keys.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "privacy-desk.lock"

    def prepare(self) -> DataPaths:
        """Create the folders with private permissions; explain failures plainly."""
        os.umask(PRIVATE_UMASK)
        for folder in (self.root, self.backups, self.logs):
            make_private_dir(folder)
        if not os.access(self.root, os.W_OK):
            raise ReadOnlyLocation(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data folder {folder} is read-only; choose another with --data-dir.",
                ),
                folder=self.root,
            )
        return self


def make_private_dir(folder: Path) -> None:
    """``mkdir -p`` with mode 0700, turning OS errors into plain sentences."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise ReadOnlyLocation(
            QT_TRANSLATE_NOOP("Errors", "{folder} exists but is not a folder."), folder=folder
        ) from None
    except OSError as error:
        raise os_error_to_user_error(error, folder) from None


def os_error_to_user_error(error: OSError, path: Path) -> StorageError:
    """The one sentence for an OS error on ``path`` (no traceback, no data)."""
    if error.errno == errno.ENOSPC:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding {path} is full; free some space and try again.",
            ),
            path=path,
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocation(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write to {path}: permission denied or read-only disk.",
            ),
            path=path,
        )
    reason = error.strerror or type(error).__name__
    return StorageError(
        QT_TRANSLATE_NOOP("Errors", "Cannot use {path}: {reason}."), path=path, reason=reason
    )


def write_whole(target: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Write ``data`` to ``target`` whole or not at all: a hidden partial file, synced,
    then renamed; a failure leaves no partial file and says what went wrong in a sentence."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("wb") as f:
            if mode is not None:
                partial.chmod(mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise os_error_to_user_error(error, target) from None
    return target
