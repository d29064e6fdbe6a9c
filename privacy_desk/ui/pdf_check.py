"""QtPdf on a PDF the program made, for ``privacy-desk --self-test`` (privacy_desk/self_test.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from privacy_desk.ui.printing import PdfInMemory

#: The resolution the first page is rendered at: enough to see the text's ink.
CHECK_DPI = 50


def first_page_ink(pdf: bytes) -> tuple[int, float]:
    """The document's page count, and the share of the first page's pixels that are not
    white when QtPdf renders it (a QGuiApplication is made if there is none)."""
    app = QGuiApplication.instance() or QGuiApplication(["privacy-desk-self-test"])
    document = PdfInMemory(pdf)
    try:
        pages = document.page_count
        if pages < 1:
            return 0, 0.0
        rendered = document.render(0, CHECK_DPI)  # transparent where nothing is drawn
    finally:
        document.close()
    del app
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    image = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    if not width or not height:
        return pages, 0.0
    row_bytes = image.bytesPerLine()
    data = bytes(image.constBits())
    inked = sum(
        1
        for y in range(height)
        for value in data[y * row_bytes : y * row_bytes + width]
        if value < 200
    )
    return pages, inked / (width * height)
