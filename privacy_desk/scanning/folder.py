"""The watched scanner folder: the multifunction printer saves scans there.

Poll-based and Qt-free: the UI calls :meth:`FolderWatcher.import_ready` from a
timer (or a worker thread), every few seconds. A file is imported once it is
*complete*: its size and modification time unchanged since the previous poll,
and it decodes. A file that is stable but does not decode may still be
mid-write (a printer pausing between pages), so it is tried again on the next
polls; after :attr:`FolderWatcher.decode_attempts` failures in a row without
a change it is moved to ``not-imported/`` with the reason. A file that is
plainly not a scan (an unknown format, a born-digital PDF, too large) is moved
at once. A file is deleted only after the callback has taken its pages; never
deleted silently, never retried forever.

Hidden and temporary files (``.name``, ``~$name``, ``.~name``, ``*.tmp``,
``*.part``, ``name~``) and subfolders are left alone.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from privacy_desk.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from privacy_desk.scanning.errors import EmptyFile, ImageTooLarge, UnreadableImage
from privacy_desk.scanning.pages import MAX_FILE_BYTES, Page, read_pages

log = logging.getLogger(__name__)

NOT_IMPORTED: Final = "not-imported"
TEMPORARY_SUFFIXES: Final = (".tmp", ".temp", ".part", ".partial", ".crdownload", "~")
TEMPORARY_PREFIXES: Final = (".", "~$", ".~")

Deliver = Callable[[str, list[Page]], None]
"""``deliver(file_name, pages)``: store the pages (in the open case); raise to keep the file."""


@dataclass(frozen=True)
class _Signature:
    size: int
    mtime_ns: int


@dataclass
class _Seen:
    signature: _Signature
    failures: int = 0
    delivered: bool = False  # pages taken, but the file could not be deleted yet


@dataclass(frozen=True)
class ImportedFile:
    name: str
    pages: int


@dataclass(frozen=True)
class SetAsideFile:
    """A file moved to ``not-imported/``: ``reason`` is the sentence to show."""

    name: str
    reason: str
    moved_to: Path


@dataclass(frozen=True)
class DeferredFile:
    """A complete file whose pages the callback refused (kept for the next poll)."""

    name: str
    reason: str


@dataclass
class FolderReport:
    imported: list[ImportedFile] = field(default_factory=list)
    set_aside: list[SetAsideFile] = field(default_factory=list)
    deferred: list[DeferredFile] = field(default_factory=list)


def is_ignored(name: str) -> bool:
    """A hidden or temporary file, which the watcher never touches."""
    lowered = name.lower()
    return lowered.startswith(TEMPORARY_PREFIXES) or lowered.endswith(TEMPORARY_SUFFIXES)


class FolderWatcher:
    """Watches ``folder`` (not its subfolders) for finished scans."""

    def __init__(self, folder: Path, *, decode_attempts: int = 3) -> None:
        self.folder = folder
        self.decode_attempts = decode_attempts
        self._seen: dict[str, _Seen] = {}

    @property
    def not_imported(self) -> Path:
        return self.folder / NOT_IMPORTED

    def poll(self) -> list[Path]:
        """Files whose size and time did not change since the previous poll (oldest first).

        Stability alone; :meth:`import_ready` also requires that the file decodes.
        """
        current: dict[str, _Signature] = {}
        try:
            entries = list(os.scandir(self.folder))
        except (FileNotFoundError, NotADirectoryError):
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The scanner folder cannot be found; check that the folder (or the network "
                    "drive) is there and that the setting names it.",
                )
            ) from None
        for entry in entries:
            if is_ignored(entry.name):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # vanished or locked while we looked
            current[entry.name] = _Signature(info.st_size, info.st_mtime_ns)
        stable: list[tuple[int, str]] = []
        for name, signature in current.items():
            seen = self._seen.get(name)
            if seen is None or seen.signature != signature:
                self._seen[name] = _Seen(signature)  # new or changed: wait a poll
            else:
                stable.append((signature.mtime_ns, name))
        for name in set(self._seen) - set(current):
            del self._seen[name]
        return [self.folder / name for _mtime, name in sorted(stable)]

    def import_ready(self, deliver: Deliver) -> FolderReport:
        """Import every complete file through ``deliver``, then delete it.

        ``deliver`` raising a :class:`UserError` (the database is locked, the
        disk full) keeps the file for the next poll and is reported as
        deferred; any other exception is a bug and propagates, keeping the file.
        """
        report = FolderReport()
        for path in self.poll():
            seen = self._seen[path.name]
            if seen.delivered:
                self._delete(path)  # taken earlier; only the delete was left
                continue
            pages = self._decode(path, seen, report)
            if pages is None:
                continue
            try:
                deliver(path.name, pages)
            except UserError as error:
                report.deferred.append(DeferredFile(path.name, str(error)))
                continue
            seen.delivered = True
            report.imported.append(ImportedFile(path.name, len(pages)))
            self._delete(path)
        return report

    def _decode(self, path: Path, seen: _Seen, report: FolderReport) -> list[Page] | None:
        """The file's pages; None while it may still be in the making, or after setting it aside."""
        try:
            if seen.signature.size > MAX_FILE_BYTES:
                raise ImageTooLarge
            data = path.read_bytes()
        except ImageTooLarge as error:
            self._set_aside(path, str(error), report)
            return None
        except OSError:
            return None  # still locked by the printer, or gone: try again next poll
        if len(data) != seen.signature.size:
            return None  # grew (or shrank) while we read it
        try:
            return read_pages(data)
        except UnreadableImage as error:
            # Could be a file still being written (a pause longer than the poll interval):
            # give it a few more polls unless it is plainly not a scan.
            may_grow = type(error) in (UnreadableImage, EmptyFile)
            seen.failures += 1
            if may_grow and seen.failures < self.decode_attempts:
                return None
            self._set_aside(path, str(error), report)
        except UserError as error:
            self._set_aside(path, str(error), report)
        return None

    def _set_aside(self, path: Path, reason: str, report: FolderReport) -> None:
        target_folder = self.not_imported
        try:
            target_folder.mkdir(exist_ok=True)
            target = _free_name(target_folder, path.name)
            path.replace(target)
        except OSError:
            log.warning("A scan that could not be imported could not be moved aside either")
            return  # left in place; tried again at the next poll
        self._seen.pop(path.name, None)
        log.info("A file in the scanner folder was not imported and was set aside")
        report.set_aside.append(SetAsideFile(path.name, reason, target))

    def _delete(self, path: Path) -> None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            # Windows: the printer may still hold it open. Its pages are stored; delete later.
            log.warning("An imported scan could not be deleted yet; trying again at the next poll")
            return
        self._seen.pop(path.name, None)


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``, ... if that is taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
