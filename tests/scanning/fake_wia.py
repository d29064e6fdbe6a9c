"""A stand-in for WIA's COM objects as pywin32 presents them, for the contract tests.

Same attribute names as the automation layer (``DeviceManager.DeviceInfos``,
``DeviceInfo.Connect()``, ``Device.Properties``/``Items``,
``Item.Transfer(FormatID)``, ``ImageFile.FileData.BinaryData``, ``Property``'s
``PropertyID``/``Name``/``Value``), and failures raised as a look-alike of
``pywintypes.com_error``: args ``(hresult, text, excepinfo, argerror)`` with
signed HRESULTs, the WIA code either direct or inside DISP_E_EXCEPTION's
excepinfo, as IDispatch reports it.
"""

from __future__ import annotations

import io
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PIL import Image, ImageDraw

from privacy_desk.scanning import wia_backend as wia
from privacy_desk.scanning.wia_backend import WiaRuntime

E_INVALIDARG = 0x80070057
BED_MM = (100.0, 140.0)  # a small glass keeps the tests quick


def signed(code: int) -> int:
    """HRESULTs as pywin32 gives them: negative Python ints."""
    return code - (1 << 32) if code & 0x80000000 else code


class ComError(Exception):
    """Shaped like ``pywintypes.com_error``."""

    def __init__(
        self, hresult: int, strerror: str, excepinfo: tuple[Any, ...] | None, argerror: int | None
    ) -> None:
        super().__init__(hresult, strerror, excepinfo, argerror)
        self.hresult = hresult
        self.strerror = strerror
        self.excepinfo = excepinfo
        self.argerror = argerror

    @classmethod
    def wia(cls, code: int, *, through_dispatch: bool = True) -> ComError:
        if through_dispatch:
            info = (0, "WIA.Item.1", "The scanner reported an error.", None, 0, signed(code))
            return cls(signed(wia.DISP_E_EXCEPTION), "Exception occurred.", info, None)
        return cls(signed(code), "WIA error", None, None)


class Property:
    def __init__(
        self,
        property_id: int,
        name: str,
        value: Any,
        allowed: set[Any] | None = None,
        log: list[tuple[int, Any]] | None = None,
    ) -> None:
        self.PropertyID = property_id
        self.Name = name
        self._value = value
        self._allowed = allowed
        self._log = log if log is not None else []

    @property
    def Value(self) -> Any:  # noqa: N802 - COM's name
        return self._value

    @Value.setter
    def Value(self, value: Any) -> None:  # noqa: N802 - COM's name
        if self._allowed is not None and value not in self._allowed:
            raise ComError.wia(E_INVALIDARG)
        self._log.append((self.PropertyID, value))
        self._value = value


class Properties:
    """Iterable like the COM collection (pywin32 enumerates it through _NewEnum)."""

    def __init__(self, *properties: Property) -> None:
        self._properties = list(properties)

    def __iter__(self) -> Iterator[Property]:
        return iter(self._properties)

    def by_id(self, property_id: int) -> Property:
        return next(p for p in self._properties if p.PropertyID == property_id)


class FileData:
    def __init__(self, data: bytes) -> None:
        self.BinaryData = memoryview(data)  # pywin32 hands a SAFEARRAY of bytes as a buffer


class ImageFile:
    def __init__(self, data: bytes) -> None:
        self.FileData = FileData(data)
        self.FormatID = wia.WIA_FORMAT_BMP


class Item:
    def __init__(self, device: Device) -> None:
        # A weak link back, as COM proxies hold no Python cycle (one would hide a leak).
        self._device: Device = weakref.proxy(device)
        log = device.scanner.assignments
        resolutions = device.scanner.resolutions
        self.Properties = Properties(
            Property(wia.WIA_IPS_CUR_INTENT, "Current Intent", 0, {1, 2, 4}, log),
            Property(wia.WIA_IPS_XRES, "Horizontal Resolution", 200, resolutions, log),
            Property(wia.WIA_IPS_YRES, "Vertical Resolution", 200, resolutions, log),
        )

    def Transfer(self, format_id: str) -> ImageFile:  # noqa: N802 - COM's name
        scanner = self._device.scanner
        assert scanner.apartment_open, "COM used outside CoInitialize/CoUninitialize"
        assert format_id == wia.WIA_FORMAT_BMP
        page = self._device.pages_delivered
        if scanner.fault is not None and page == scanner.fault_on_page:
            raise ComError.wia(scanner.fault, through_dispatch=scanner.through_dispatch)
        feeder = (
            self._device.Properties.by_id(wia.WIA_DPS_DOCUMENT_HANDLING_SELECT).Value == wia.FEEDER
        )
        if feeder:
            if self._device.sheets_left == 0:
                raise ComError.wia(
                    wia.WIA_ERROR_PAPER_EMPTY, through_dispatch=scanner.through_dispatch
                )
            self._device.sheets_left -= 1
        self._device.pages_delivered += 1
        return ImageFile(self._render(page))

    def _render(self, page: int) -> bytes:
        dpi = self.Properties.by_id(wia.WIA_IPS_XRES).Value
        size = tuple(round(mm / 25.4 * dpi) for mm in BED_MM)
        image = Image.new("RGB", size, (250, 248, 240))
        draw = ImageDraw.Draw(image)
        draw.rectangle((size[0] // 8, size[1] // 8, size[0] // 2, size[1] // 3), fill=(30, 90, 200))
        draw.ellipse((size[0] // 2, size[1] // 2, size[0] - 5, size[1] - 5), fill=(200, 40, 40))
        draw.text((5, 5), f"page {page + 1}", fill=(0, 0, 0))
        if (
            self.Properties.by_id(wia.WIA_IPS_CUR_INTENT).Value
            == wia.WIA_INTENT_IMAGE_TYPE_GRAYSCALE
        ):
            image = image.convert("L")
        out = io.BytesIO()
        image.save(out, "BMP", dpi=(dpi, dpi))
        return out.getvalue()


class Device:
    def __init__(self, scanner: FakeScanner) -> None:
        self.scanner = scanner
        self.sheets_left = scanner.feeder_sheets
        self.pages_delivered = 0
        capabilities = wia.FLATBED | (wia.FEEDER if scanner.has_feeder else 0)
        sources = {wia.FLATBED} | ({wia.FEEDER} if scanner.has_feeder else set())
        log = scanner.assignments
        properties = [
            Property(
                wia.WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES,
                "Document Handling Capabilities",
                capabilities,
            ),
            Property(
                wia.WIA_DPS_DOCUMENT_HANDLING_SELECT,
                "Document Handling Select",
                wia.FLATBED,
                sources,
                log,
            ),
            Property(wia.WIA_DPS_PAGES, "Pages", 1, {0, 1}, log),
        ]
        if scanner.reports_feed_status:
            properties.append(StatusProperty(self))
        self.Properties = Properties(*properties)
        self.Items = [Item(self)]


class StatusProperty(Property):
    """Document Handling Status: FEED_READY while sheets are left in the feeder."""

    def __init__(self, device: Device) -> None:
        super().__init__(wia.WIA_DPS_DOCUMENT_HANDLING_STATUS, "Document Handling Status", 0)
        self._device: Device = weakref.proxy(device)

    @property
    def Value(self) -> Any:  # noqa: N802 - COM's name
        return wia.FEED_READY if self._device.sheets_left else 0


class DeviceInfo:
    def __init__(self, scanner: FakeScanner, device_id: str, name: str, kind: int) -> None:
        self._scanner = scanner
        self.DeviceID = device_id
        self.Type = kind
        self.Properties = Properties(Property(wia.WIA_DIP_DEV_NAME, "Name", name))

    def Connect(self) -> Device:  # noqa: N802 - COM's name
        assert self._scanner.apartment_open
        device = Device(self._scanner)
        self._scanner.connected.append(weakref.ref(device))
        return device


class DeviceManager:
    """``WIA.DeviceManager``."""

    def __init__(self, scanner: FakeScanner) -> None:
        self._scanner = scanner

    @property
    def DeviceInfos(self) -> list[DeviceInfo]:  # noqa: N802 - COM's name
        assert self._scanner.apartment_open
        return self._scanner.infos


class FakeScanner:
    """One simulated WIA setup: a camera (ignored) and a scanner, with faults to inject."""

    def __init__(
        self,
        *,
        feeder_sheets: int = 3,
        has_feeder: bool = True,
        reports_feed_status: bool = True,
        fault: int | None = None,
        fault_on_page: int = 0,
        through_dispatch: bool = True,
        resolutions: set[int] | None = None,
    ) -> None:
        self.resolutions = resolutions if resolutions is not None else set(range(75, 1201))
        self.feeder_sheets = feeder_sheets
        self.has_feeder = has_feeder
        self.reports_feed_status = reports_feed_status
        self.fault = fault
        self.fault_on_page = fault_on_page
        self.through_dispatch = through_dispatch
        self.apartment_open = False
        self.apartments = 0
        self.connected: list[weakref.ref[Device]] = []
        self.managers: list[weakref.ref[DeviceManager]] = []
        self.alive_at_uninitialize: list[int] = []
        self.assignments: list[tuple[int, Any]] = []
        self.infos = [
            DeviceInfo(self, "{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0001", "Office camera", 2),
            DeviceInfo(
                self, "{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0002", "Office MFP scanner", 1
            ),
        ]

    @property
    def com_objects(self) -> list[weakref.ref[Any]]:
        return [*self.managers, *self.connected]

    def runtime(self) -> WiaRuntime:
        @contextmanager
        def open_device_manager() -> Iterator[DeviceManager]:
            self.apartment_open = True  # CoInitialize
            self.apartments += 1
            manager = DeviceManager(self)
            self.managers.append(weakref.ref(manager))
            try:
                yield manager
            finally:
                # CoUninitialize: count the COM objects the backend still holds.
                del manager
                alive = sum(ref() is not None for ref in self.com_objects)
                self.alive_at_uninitialize.append(alive)
                self.apartment_open = False

        return WiaRuntime(open_device_manager=open_device_manager, com_error=ComError)
