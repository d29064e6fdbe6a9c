"""Printing PDFs the app made (letters, request forms) through Qt's print dialog.

QtPdf renders each page at the printer's resolution (300 dpi unless the
printer says otherwise); the PDF bytes are read from memory, never from a
temporary file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError
from privacy_desk.ui.preferences import preferences

PRINT_DPI = 300


class PdfInMemory:
    """A QPdfDocument over bytes; keep the object alive while the document is used."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self.buffer = QBuffer()
        self.buffer.setData(self._bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "The PDF could not be read; make it again.")
            )

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def render(self, page: int, dpi: int) -> QImage:
        points = self.document.pagePointSize(page)  # 1/72 inch
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        return self.document.render(page, size)

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def office_printer() -> QPrinter:
    """A printer as the office's settings want it: their printer if it is on this
    computer, their number of copies, one or two sides (``printing.*``)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preferred = preferences.printer
    if preferred and preferred in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(preferred)
    printer.setCopyCount(preferences.copies)
    if preferences.sides == "one":
        printer.setDuplex(QPrinter.DuplexMode.DuplexNone)
    elif preferences.sides == "two":
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    return printer


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """Qt's print dialog, on the office's printer with their defaults (the user may change
    them there); None when the user cancels."""
    printer = office_printer()
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of ``data`` onto ``printer``; returns the pages printed."""
    pdf = PdfInMemory(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The printer could not be started; check that it is ready."
                )
            )
        dpi = max(printer.resolution(), 150)
        for page in range(pdf.page_count):
            if page:
                printer.newPage()
            image = pdf.render(page, dpi)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                target.x(),
                target.y(),
                image.scaled(scaled, mode=Qt.TransformationMode.SmoothTransformation),
            )
        return pdf.page_count
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()
