"""The background half of scanning into a case: scan, import files, import the folder.

Each function here runs off the GUI thread through :func:`tasks.run_task` (the
only place threads start) and never touches a widget. A :class:`ScanRun`
carries the scanner's progress (called on the worker thread) to the GUI thread
as queued signals, and Cancel as a :class:`threading.Event` the work polls.

All or nothing: the pages are stored through one
:func:`~privacy_desk.services.documents.add_document` call, and only when every
page was scanned or read and Cancel was not pressed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from privacy_desk import settings as S
from privacy_desk.domain.identity_documents import DocumentType, Holder
from privacy_desk.errors import UserError
from privacy_desk.paths import os_error_to_user_error
from privacy_desk.scanning.base import ScanCancelled, Scanner, ScanSettings
from privacy_desk.scanning.errors import ImageProblem
from privacy_desk.scanning.folder import FolderReport, FolderWatcher, is_ignored
from privacy_desk.scanning.pages import Page, read_file
from privacy_desk.services import documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.documents import DocumentInfo

ScannerFactory = Callable[[], Scanner]


class ImportCancelled(UserError):
    """Cancel was pressed while files were read (or while waiting for the folder)."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled. Nothing was saved.")


class FileNotImported(UserError):
    """One of several chosen files cannot be used; ``file_name`` says which (for the screen)."""

    def __init__(self, file_name: str, problem: UserError) -> None:
        super().__init__(str(problem))
        self.file_name = file_name
        self.problem = problem


class ScanRun(QObject):
    """One piece of background work: its progress (queued to the GUI thread) and Cancel.

    Made on the GUI thread without a parent; the work function keeps it alive.
    """

    #: ``(done, total)`` in hundredths of a page; ``total`` is None for a feeder.
    progressed = Signal(int, object)
    #: The pages are complete and are being stored (how many).
    storing = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int | None) -> None:
        """The scanner's progress callback (called on the worker thread)."""
        self.progressed.emit(done, total)


@dataclass(frozen=True)
class DocumentTarget:
    """Where the pages go: the case, the kind of document and whose it is."""

    ctx: DeskContext
    reference: str
    doc_type: DocumentType
    holder: Holder

    def store(self, pages: Sequence[Page], source: str) -> DocumentInfo:
        return documents.add_document(
            self.ctx, self.reference, self.doc_type, pages, holder=self.holder, source=source
        )


def scanner_from_settings(settings: S.Settings) -> Scanner:
    """The SANE or WIA scanner the settings name (native libraries load on first use)."""
    device = settings.get(S.SCAN_DEVICE).strip() or None
    if settings.get(S.SCAN_SOURCE) == S.SCAN_WITH_WIA:
        from privacy_desk.scanning.wia_backend import WiaScanner

        return WiaScanner(device)
    from privacy_desk.scanning.sane_backend import SaneScanner

    return SaneScanner(device)


def scan_document(
    run: ScanRun, make_scanner: ScannerFactory, settings: ScanSettings, target: DocumentTarget
) -> DocumentInfo:
    """Scan every page, then store them as one document (``source="scanner"``)."""
    pages = make_scanner().scan(settings, run.progress, run.cancelled)
    if run.cancelled():
        raise ScanCancelled
    run.storing.emit(len(pages))
    return target.store(pages, "scanner")


def import_files(run: ScanRun, paths: Sequence[Path], target: DocumentTarget) -> DocumentInfo:
    """Read the files' pages in order and store them as one document (``source="file"``)."""
    pages: list[Page] = []
    for path in paths:
        if run.cancelled():
            raise ImportCancelled
        try:
            pages.extend(read_file(path))
        except ImageProblem as problem:
            raise FileNotImported(path.name, problem) from None
        except OSError as error:
            raise FileNotImported(path.name, os_error_to_user_error(error, path)) from None
        run.progress(len(pages) * 100, None)
    if run.cancelled():
        raise ImportCancelled
    run.storing.emit(len(pages))
    return target.store(pages, "file")


@dataclass
class FolderOutcome:
    """One look at the scanner folder: what the watcher did, and the documents stored."""

    report: FolderReport
    stored: list[DocumentInfo] = field(default_factory=list)


def import_from_folder(
    run: ScanRun, watcher: FolderWatcher, target: DocumentTarget
) -> FolderOutcome:
    """Import every complete file in the folder, each as one document (``source="folder"``).

    The watcher deletes a file only after its pages were stored. After Cancel a
    complete file is kept in the folder (reported as deferred).
    """
    stored: list[DocumentInfo] = []

    def deliver(_name: str, pages: list[Page]) -> None:
        if run.cancelled():
            raise ImportCancelled
        stored.append(target.store(pages, "folder"))

    report = watcher.import_ready(deliver)
    return FolderOutcome(report, stored)


def files_waiting(folder: Path) -> int:
    """How many files (not hidden or temporary ones, nor subfolders) the folder holds now."""
    try:
        return sum(
            1 for entry in folder.iterdir() if not is_ignored(entry.name) and entry.is_file()
        )
    except OSError:
        return 0
