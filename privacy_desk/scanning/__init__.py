"""Scanning identity documents into a case: scanners, the scanner folder, file import.

Qt-free. ``pages`` turns files and scanned images into stored :class:`Page`
objects; ``base`` is the scanner interface the backends implement
(``sane_backend`` on Linux, ``wia_backend`` on Windows); ``folder`` watches
the folder a multifunction printer saves to. Backends load their native
libraries only when used, so importing this package needs neither.
"""

from privacy_desk.scanning.base import (
    ColourMode,
    Scanner,
    ScannerDevice,
    ScanSettings,
    ScanSource,
)
from privacy_desk.scanning.errors import ImageProblem, ScannerError
from privacy_desk.scanning.pages import Page, read_file, read_pages

__all__ = [
    "ColourMode",
    "ImageProblem",
    "Page",
    "ScanSettings",
    "ScanSource",
    "Scanner",
    "ScannerDevice",
    "ScannerError",
    "read_file",
    "read_pages",
]
