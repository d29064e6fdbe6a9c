"""Scanning on Windows through WIA 2.0's automation layer (pywin32 COM).

``WIA.DeviceManager`` lists the scanners; ``DeviceInfo.Connect()`` opens one;
the device property *Document Handling Select* chooses glass or feeder; the
item's *Current Intent* and *X/Y Resolution* set colour and dpi; and each
``Item.Transfer(BMP)`` brings one page, whose bytes are
``ImageFile.FileData.BinaryData``. A feeder is read until WIA says it is empty
(``WIA_ERROR_PAPER_EMPTY``) or *Document Handling Status* no longer says
*feed ready*. No WIA dialog is shown (``WIA.CommonDialog`` would put a window
up from a worker thread): the program's own dialog asks what to scan.

COM is reached only through a :class:`WiaRuntime`: by default pywin32 (COM
initialised for the calling thread, since scans run in a worker), in the
contract tests a stand-in with the same attribute names and a ``com_error``
look-alike. Every COM object is released before COM is uninitialised: errors
are translated inside the apartment and raised outside it.

Cancel is honoured between pages: a WIA transfer cannot be interrupted.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Final, TypeVar

from privacy_desk.errors import QT_TRANSLATE_NOOP, UserError
from privacy_desk.scanning.base import (
    Cancelled,
    ColourMode,
    CoverOpen,
    FeederUnavailable,
    NoDocument,
    PaperJam,
    Progress,
    ScanCancelled,
    ScanJob,
    Scanner,
    ScannerBusy,
    ScannerDevice,
    ScannerError,
    ScannerFailed,
    ScannerNotFound,
    ScanSettings,
    ScanSource,
    exclusive_scanner,
)
from privacy_desk.scanning.pages import SCANNER_FORMATS, Page, read_pages

T = TypeVar("T")

WIA_FORMAT_BMP: Final = "{B96B3CAB-0728-11D3-9D7B-0000F81EF32E}"
SCANNER_DEVICE_TYPE: Final = 1

# Property IDs (WiaDef.h).
WIA_DIP_DEV_NAME: Final = 7
WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES: Final = 3086
WIA_DPS_DOCUMENT_HANDLING_STATUS: Final = 3087
WIA_DPS_DOCUMENT_HANDLING_SELECT: Final = 3088
WIA_DPS_PAGES: Final = 3096
WIA_IPS_CUR_INTENT: Final = 6146
WIA_IPS_XRES: Final = 6147
WIA_IPS_YRES: Final = 6148

FEEDER: Final = 0x001
FLATBED: Final = 0x002
FEED_READY: Final = 0x001
WIA_INTENT_IMAGE_TYPE_COLOR: Final = 0x1
WIA_INTENT_IMAGE_TYPE_GRAYSCALE: Final = 0x2

# HRESULTs (WiaDef.h, winerror.h), as unsigned 32-bit numbers.
WIA_ERROR_GENERAL_ERROR: Final = 0x80210001
WIA_ERROR_PAPER_JAM: Final = 0x80210002
WIA_ERROR_PAPER_EMPTY: Final = 0x80210003
WIA_ERROR_PAPER_PROBLEM: Final = 0x80210004
WIA_ERROR_OFFLINE: Final = 0x80210005
WIA_ERROR_BUSY: Final = 0x80210006
WIA_ERROR_WARMING_UP: Final = 0x80210007
WIA_ERROR_USER_INTERVENTION: Final = 0x80210008
WIA_ERROR_DEVICE_COMMUNICATION: Final = 0x8021000A
WIA_ERROR_DEVICE_LOCKED: Final = 0x8021000D
WIA_S_NO_DEVICE_AVAILABLE: Final = 0x80210015
WIA_ERROR_COVER_OPEN: Final = 0x80210016
WIA_ERROR_LAMP_OFF: Final = 0x80210017
WIA_ERROR_MULTI_FEED: Final = 0x80210020
E_ABORT: Final = 0x80004004
DISP_E_EXCEPTION: Final = 0x80020009
"""What IDispatch reports when the method failed; the real code is then in excepinfo[5]."""


def _with(error: type[ScannerError], message: str) -> Callable[[], ScannerError]:
    return lambda: error(message)


_HRESULT_ERRORS: Final[Mapping[int, Callable[[], ScannerError]]] = {
    WIA_ERROR_PAPER_JAM: PaperJam,
    WIA_ERROR_PAPER_EMPTY: NoDocument,
    WIA_ERROR_COVER_OPEN: CoverOpen,
    WIA_ERROR_BUSY: ScannerBusy,
    WIA_ERROR_DEVICE_LOCKED: ScannerBusy,
    WIA_ERROR_OFFLINE: ScannerNotFound,
    WIA_S_NO_DEVICE_AVAILABLE: ScannerNotFound,
    WIA_ERROR_DEVICE_COMMUNICATION: ScannerNotFound,
    E_ABORT: ScanCancelled,
    WIA_ERROR_WARMING_UP: _with(
        ScannerBusy,
        QT_TRANSLATE_NOOP(
            "Errors", "The scanner is warming up; wait a minute and scan again. Nothing was saved."
        ),
    ),
    WIA_ERROR_MULTI_FEED: _with(
        PaperJam,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The feeder pulled in several sheets at once; straighten the stack and scan again. "
            "Nothing was saved.",
        ),
    ),
    WIA_ERROR_PAPER_PROBLEM: _with(
        ScannerFailed,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The scanner reports a problem with the paper; check it and scan again. "
            "Nothing was saved.",
        ),
    ),
    WIA_ERROR_USER_INTERVENTION: _with(
        ScannerFailed,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The scanner needs attention (see its display); deal with it and scan again. "
            "Nothing was saved.",
        ),
    ),
    WIA_ERROR_LAMP_OFF: _with(
        ScannerFailed,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The scanner's lamp is off; switch the scanner off and on and scan again. "
            "Nothing was saved.",
        ),
    ),
}


def hresult_of(error: BaseException) -> int | None:
    """The HRESULT of a ``pywintypes.com_error`` (unsigned), looking inside DISP_E_EXCEPTION.

    com_error's args are ``(hresult, text, excepinfo, argerror)``; excepinfo is
    ``(wcode, source, text, helpfile, helpcontext, scode)`` or None.
    """
    args: tuple[object, ...] = tuple(getattr(error, "args", ()))
    code = getattr(error, "hresult", args[0] if args else None)
    if not isinstance(code, int):
        return None
    code &= 0xFFFFFFFF
    excepinfo = getattr(error, "excepinfo", args[2] if len(args) > 2 else None)
    if code == DISP_E_EXCEPTION and isinstance(excepinfo, tuple) and len(excepinfo) > 5:
        inner = excepinfo[5]
        if isinstance(inner, int) and inner:
            code = inner & 0xFFFFFFFF
    return code


def translate(error: BaseException) -> UserError:
    """The staff's sentence for a WIA failure (a UserError passes through)."""
    if isinstance(error, UserError):
        return error
    code = hresult_of(error)
    make = _HRESULT_ERRORS.get(code) if code is not None else None
    return make() if make is not None else ScannerFailed()


@dataclass(frozen=True)
class WiaRuntime:
    """How to reach WIA: a context that yields a ``WIA.DeviceManager``, and COM's error class."""

    open_device_manager: Callable[[], AbstractContextManager[Any]]
    com_error: type[Exception]


def pywin32_runtime() -> WiaRuntime:
    """WIA through pywin32, with COM initialised for the calling (worker) thread."""
    try:
        pythoncom = importlib.import_module("pythoncom")
        pywintypes = importlib.import_module("pywintypes")
        client = importlib.import_module("win32com.client")
    except ImportError:
        raise ScannerNotFound(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Scanning through WIA needs Windows and its scanner support; use the scanner "
                "folder instead. Nothing was saved.",
            )
        ) from None

    @contextmanager
    def open_device_manager() -> Iterator[Any]:
        pythoncom.CoInitialize()
        try:
            yield client.Dispatch("WIA.DeviceManager")
        finally:
            pythoncom.CoUninitialize()

    return WiaRuntime(open_device_manager=open_device_manager, com_error=pywintypes.com_error)


class WiaScanner(Scanner):
    """A WIA scanner: ``device_id`` as WIA lists it (``None``: the first scanner found)."""

    def __init__(self, device_id: str | None = None, *, runtime: WiaRuntime | None = None) -> None:
        self.device_id = device_id
        self._runtime = runtime

    @property
    def runtime(self) -> WiaRuntime:
        if self._runtime is None:
            self._runtime = pywin32_runtime()
        return self._runtime

    def list_devices(self) -> list[ScannerDevice]:
        runtime = self.runtime
        with exclusive_scanner():
            outcome = self._in_apartment(runtime, self._list)
        if isinstance(outcome, UserError):
            raise outcome
        return outcome

    def scan(self, settings: ScanSettings, progress: Progress, cancelled: Cancelled) -> list[Page]:
        runtime = self.runtime
        job = ScanJob(settings, progress, cancelled)
        job.report(0.0)
        with exclusive_scanner():
            outcome = self._in_apartment(runtime, lambda manager: self._scan(manager, job))
        if isinstance(outcome, UserError):
            raise outcome
        return job.finish()

    @staticmethod
    def _in_apartment(runtime: WiaRuntime, work: Callable[[Any], T]) -> T | UserError:
        """Run ``work(device_manager)`` with COM initialised.

        A failure comes back as a value, stripped of its traceback and context, and
        the device manager is dropped before COM is uninitialised: nothing may keep a
        COM object (through a frame's locals) alive past CoUninitialize.
        """
        outcome: T | UserError
        try:
            with runtime.open_device_manager() as manager:
                try:
                    outcome = work(manager)
                except (runtime.com_error, UserError) as error:
                    outcome = _detached(translate(error))
                finally:
                    del manager
        except runtime.com_error:
            # No device manager at all: the WIA service is stopped or not installed.
            return ScannerNotFound()
        return outcome

    def _list(self, manager: Any) -> list[ScannerDevice]:
        return [
            ScannerDevice(
                name=str(info.DeviceID),
                label=str(_property(info, WIA_DIP_DEV_NAME, "Name") or info.DeviceID),
            )
            for info in manager.DeviceInfos
            if int(info.Type) == SCANNER_DEVICE_TYPE
        ]

    def _scan(self, manager: Any, job: ScanJob) -> None:
        device = self._connect(manager)
        self._select_source(device, job.settings)
        item = next(iter(device.Items), None)
        if item is None:
            raise ScannerNotFound
        intent = (
            WIA_INTENT_IMAGE_TYPE_COLOR
            if job.settings.colour is ColourMode.COLOUR
            else WIA_INTENT_IMAGE_TYPE_GRAYSCALE
        )
        self._set(item, WIA_IPS_CUR_INTENT, intent)
        self._set(item, WIA_IPS_XRES, job.settings.dpi)
        self._set(item, WIA_IPS_YRES, job.settings.dpi)
        dpi = _property(item, WIA_IPS_XRES) or job.settings.dpi
        while job.wants_more:
            job.check_cancelled()
            if job.feeder and not _feed_ready(device):
                if job.pages:
                    return
                raise NoDocument
            job.report(0.0)
            try:
                image_file = item.Transfer(WIA_FORMAT_BMP)
            except self.runtime.com_error as error:
                if job.feeder and job.pages and hresult_of(error) == WIA_ERROR_PAPER_EMPTY:
                    return  # the feeder ran empty: the normal end of a feeder scan
                raise
            data = bytes(image_file.FileData.BinaryData)
            del image_file
            job.check_cancelled()
            job.add_pages(read_pages(data, formats=SCANNER_FORMATS, dpi=int(dpi)))
            del data

    def _connect(self, manager: Any) -> Any:
        for info in manager.DeviceInfos:
            if int(info.Type) != SCANNER_DEVICE_TYPE:
                continue
            if self.device_id is None or str(info.DeviceID) == self.device_id:
                return info.Connect()
        raise ScannerNotFound

    def _select_source(self, device: Any, settings: ScanSettings) -> None:
        if settings.source is ScanSource.FEEDER:
            capabilities = _property(device, WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES)
            if not isinstance(capabilities, int) or not capabilities & FEEDER:
                raise FeederUnavailable
            self._set(device, WIA_DPS_DOCUMENT_HANDLING_SELECT, FEEDER, required=True)
            self._set(device, WIA_DPS_PAGES, 1)  # one page per Transfer
        else:
            self._set(device, WIA_DPS_DOCUMENT_HANDLING_SELECT, FLATBED)

    def _set(self, target: Any, property_id: int, value: int, *, required: bool = False) -> None:
        """Set a WIA property if the device has it (a required one that is missing is refused)."""
        prop = _find(target, property_id)
        if prop is None:
            if required:
                raise FeederUnavailable
            return
        try:
            prop.Value = value
        except self.runtime.com_error:
            raise ScannerFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The scanner does not accept one of the scan settings (source, colour or "
                    "resolution); choose another and scan again. Nothing was saved.",
                )
            ) from None


def _detached(error: UserError) -> UserError:
    """The error without the frames (and the COM objects in them) it was raised through."""
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error


def _find(target: Any, property_id: int, name: str | None = None) -> Any:
    for prop in target.Properties:
        if int(prop.PropertyID) == property_id or (name is not None and prop.Name == name):
            return prop
    return None


def _property(target: Any, property_id: int, name: str | None = None) -> Any:
    prop = _find(target, property_id, name)
    return None if prop is None else prop.Value


def _feed_ready(device: Any) -> bool:
    status = _property(device, WIA_DPS_DOCUMENT_HANDLING_STATUS)
    # A driver without the property: try the transfer, which says PAPER_EMPTY if need be.
    return not isinstance(status, int) or bool(status & FEED_READY)
