"""Scanning on Linux through SANE (python-sane).

Each scan initialises SANE, opens the device, sets source, mode, resolution and
scan area, reads every page, and closes SANE again: a scanner plugged in since
the last scan is found, and no option set by an earlier scan lingers (SANE's
backends keep option values for the life of the process otherwise).

Options are matched by meaning, not by one driver's spelling: "Color",
"Colour" or "24bit Color" for colour; "ADF", "ADF Front" or "Automatic
Document Feeder" for the feeder. ``extra_options`` sets anything else a site's
scanner needs (its SANE option names, e.g. ``{"swdeskew": True}``).

Cancel is SANE's own: ``sane_cancel`` from the line callback, after which the
read ends with ``SANE_STATUS_CANCELLED``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Final

from PIL import Image

from privacy_desk.errors import QT_TRANSLATE_NOOP
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
from privacy_desk.scanning.pages import Page

OptionValue = str | int | float | bool
Constraint = list[Any] | tuple[float, float, float] | None
"""A SANE option's constraint: allowed values, a (min, max, step) range, or none."""

A4_MM: Final = (210.0, 297.0)
_TYPE_INT: Final = 1  # SANE_TYPE_INT (sane.h: BOOL 0, INT 1, FIXED 2, STRING 3)
_UNIT_MM: Final = 3  # SANE_UNIT_MM (sane.h: NONE 0, PIXEL 1, BIT 2, MM 3, DPI 4)

# sane_strstatus() texts (English in every SANE release; python-sane passes only the text).
_STATUS_ERRORS: Final[Mapping[str, type[ScannerError]]] = {
    "Document feeder jammed": PaperJam,
    "Document feeder out of documents": NoDocument,
    "Scanner cover is open": CoverOpen,
    "Device busy": ScannerBusy,
    "Operation was canceled": ScanCancelled,
    "Operation was cancelled": ScanCancelled,
}
_NO_DOCUMENTS: Final = "Document feeder out of documents"


def _load_sane() -> tuple[Any, type[Exception]]:
    """python-sane and its error class, or ScannerNotFound where SANE is not installed."""
    try:
        sane = importlib.import_module("sane")
        error_class: type[Exception] = importlib.import_module("_sane").error
    except ImportError:  # not Linux, or libsane missing
        raise ScannerNotFound(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Scanning needs SANE, which is not installed on this computer; "
                "ask the administrator, or use the scanner folder. Nothing was saved.",
            )
        ) from None
    return sane, error_class


def translate(error: BaseException) -> ScannerError:
    """The staff's sentence for a SANE error (``_sane.error`` carries sane_strstatus())."""
    if isinstance(error, ScannerError):
        return error
    return _STATUS_ERRORS.get(str(error).strip(), ScannerFailed)()


class SaneDevice:
    """A typed view of an open python-sane device (the boundary to the untyped library)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def has_option(self, name: str) -> bool:
        option = self._raw.opt.get(name)
        return option is not None and bool(option.is_active()) and bool(option.is_settable())

    def choices(self, name: str) -> Constraint:
        """An option's constraint: a list of values, a (min, max, step) range, or None."""
        option = self._raw.opt.get(name)
        if option is None:
            return None
        constraint = option.constraint
        if isinstance(constraint, tuple) and len(constraint) == 3:
            return (float(constraint[0]), float(constraint[1]), float(constraint[2]))
        if isinstance(constraint, list):
            return list(constraint)
        return None

    def in_millimetres(self, name: str) -> bool:
        option = self._raw.opt.get(name)
        return option is not None and option.unit == _UNIT_MM

    def get(self, name: str) -> Any:
        return getattr(self._raw, name)

    def set(self, name: str, value: OptionValue) -> None:
        option = self._raw.opt.get(name)
        if option is not None and option.type == _TYPE_INT and isinstance(value, float):
            value = round(value)
        try:
            setattr(self._raw, name, value)
        except AttributeError:
            raise ScannerFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The scanner does not accept one of the scan settings; check the scanner "
                    "settings and scan again. Nothing was saved.",
                )
            ) from None

    def start(self) -> None:
        self._raw.start()

    def read_page(self, no_cancel: bool, on_line: Callable[[int, int], None]) -> Image.Image:
        image: Image.Image = self._raw.snap(no_cancel, on_line)
        return image

    def cancel(self) -> None:
        self._raw.cancel()

    def close(self) -> None:
        self._raw.close()


class SaneScanner(Scanner):
    """A SANE scanner: ``device_name`` as SANE lists it (``None``: the first one found)."""

    def __init__(
        self,
        device_name: str | None = None,
        *,
        extra_options: Mapping[str, OptionValue] | None = None,
    ) -> None:
        self.device_name = device_name
        self.extra_options = dict(extra_options or {})

    def list_devices(self) -> list[ScannerDevice]:
        with exclusive_scanner():
            sane, sane_error = _load_sane()
            try:
                sane.init()
                try:
                    found = sane.get_devices()
                finally:
                    sane.exit()
            except sane_error as error:
                raise translate(error) from None
        return [
            ScannerDevice(name=str(name), label=f"{vendor} {model}".strip())
            for name, vendor, model, _kind in found
        ]

    def scan(self, settings: ScanSettings, progress: Progress, cancelled: Cancelled) -> list[Page]:
        job = ScanJob(settings, progress, cancelled)
        job.report(0.0)
        with exclusive_scanner():
            sane, sane_error = _load_sane()
            try:
                sane.init()
                try:
                    device = self._open(sane, sane_error)
                    try:
                        dpi = self._configure(device, settings)
                        self._read_pages(device, job, dpi, sane_error)
                    finally:
                        device.cancel()
                        device.close()
                finally:
                    sane.exit()
            except sane_error as error:
                raise translate(error) from None
        return job.finish()

    def _open(self, sane: Any, sane_error: type[Exception]) -> SaneDevice:
        name = self.device_name
        if not name:
            devices = sane.get_devices()
            if not devices:
                raise ScannerNotFound
            name = str(devices[0][0])
        try:
            return SaneDevice(sane.open(name))
        except sane_error as error:
            problem = translate(error)
            # A name SANE does not know gives "Invalid argument": the scanner is not there.
            raise (ScannerNotFound() if type(problem) is ScannerFailed else problem) from None

    def _configure(self, device: SaneDevice, settings: ScanSettings) -> float:
        """Set source, mode, resolution and area; returns the resolution the device took."""
        if device.has_option("source"):
            source = _match(device.choices("source"), _SOURCE_WORDS[settings.source])
            if source is None:
                if settings.source is ScanSource.FEEDER:
                    raise FeederUnavailable
            else:
                device.set("source", source)
        elif settings.source is ScanSource.FEEDER:
            raise FeederUnavailable
        if device.has_option("mode"):
            mode = _match(device.choices("mode"), _MODE_WORDS[settings.colour])
            if mode is not None:
                device.set("mode", mode)
        dpi = float(settings.dpi)
        if device.has_option("resolution"):
            device.set("resolution", _nearest(device.choices("resolution"), settings.dpi))
            dpi = float(device.get("resolution"))
        self._set_area(device)
        for name, value in self.extra_options.items():
            device.set(name, value)
        return dpi

    @staticmethod
    def _set_area(device: SaneDevice) -> None:
        """A4 from the top left corner, or as much of it as the scanner reaches."""
        for name, start in (("tl_x", True), ("tl_y", True), ("br_x", False), ("br_y", False)):
            if not device.has_option(name) or not device.in_millimetres(name):
                continue
            limits = device.choices(name)
            if not isinstance(limits, tuple):
                continue
            low, high, _step = limits
            wanted = A4_MM[0] if name == "br_x" else A4_MM[1]
            device.set(name, low if start else min(high, low + wanted))

    def _read_pages(
        self, device: SaneDevice, job: ScanJob, dpi: float, sane_error: type[Exception]
    ) -> None:
        while job.wants_more:
            job.check_cancelled()
            self._before_page(device, len(job.pages))
            try:
                device.start()
            except sane_error as error:
                if job.feeder and job.pages and str(error).strip() == _NO_DOCUMENTS:
                    return  # the feeder ran empty: the normal end of a feeder scan
                raise
            watcher = _LineWatcher(device, job)
            try:
                image = device.read_page(job.feeder, watcher)
            except sane_error:
                watcher.reraise()  # the callback's own exception, if it stopped the read
                raise
            watcher.reraise()
            job.check_cancelled()
            job.add(image, dpi)

    def _before_page(self, device: SaneDevice, index: int) -> None:
        """Called before each page is started (``index`` from 0); a seam for tests.

        Tests use it to inject a fault on a later page through the SANE
        ``test`` device's options; a site could set per-page options here.
        """


class _LineWatcher:
    """python-sane calls this after every line read: report progress, or stop the read.

    Nothing may be raised back into python-sane 2.9 from here (it does not check the
    callback's result and would crash the process): a Cancel, or an exception from
    the progress or cancelled callbacks, cancels the read through SANE, and
    :meth:`reraise` raises the exception once the read has returned.
    """

    def __init__(self, device: SaneDevice, job: ScanJob) -> None:
        self._device = device
        self._job = job
        self._stopped = False
        self.failure: BaseException | None = None

    def __call__(self, lines_read: int, lines_total: int) -> None:
        if self._stopped:
            return
        try:
            if self._job.is_cancelled():
                self._stop()
            elif lines_total > 0:
                self._job.report(lines_read / lines_total)
        except BaseException as error:  # noqa: BLE001 - handed back by reraise()
            self.failure = error
            self._stop()

    def _stop(self) -> None:
        # SANE's way to stop: the pending read then ends with SANE_STATUS_CANCELLED.
        self._stopped = True
        self._device.cancel()

    def reraise(self) -> None:
        if self.failure is not None:
            failure, self.failure = self.failure, None
            raise failure


_SOURCE_WORDS: Final[Mapping[ScanSource, tuple[str, ...]]] = {
    ScanSource.FLATBED: ("flatbed", "platen", "normal", "glass"),
    ScanSource.FEEDER: ("automatic document feeder", "adf front", "adf", "feeder", "document"),
}
_MODE_WORDS: Final[Mapping[ColourMode, tuple[str, ...]]] = {
    ColourMode.COLOUR: ("color", "colour", "24bit color", "rgb"),
    ColourMode.GREY: ("gray", "grey", "true gray", "8bit gray", "grayscale", "greyscale"),
}


def _match(choices: Constraint, words: tuple[str, ...]) -> str | None:
    """The first choice equal to one of ``words``, else the first that contains one."""
    if not isinstance(choices, list):
        return None
    names = [choice for choice in choices if isinstance(choice, str)]
    lowered = {name.lower(): name for name in names}
    for word in words:
        if word in lowered:
            return lowered[word]
    for word in words:
        for name in names:
            if word in name.lower() and "duplex" not in name.lower():
                return name
    return None


def _nearest(choices: Constraint, dpi: int) -> int | float:
    """The supported resolution nearest to ``dpi``."""
    if isinstance(choices, tuple):
        low, high, step = choices
        value = min(max(float(dpi), low), high)
        if step > 0:
            value = low + round((value - low) / step) * step
        return value
    if isinstance(choices, list):
        numbers: list[int | float] = [c for c in choices if isinstance(c, (int, float))]
        if numbers:
            return min(numbers, key=lambda c: abs(c - dpi))
    return dpi
