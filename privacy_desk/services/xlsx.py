"""A list as an Excel workbook (.xlsx), for :func:`privacy_desk.services.tables.write_table`.

Its own module so that openpyxl (a tenth of a second and 10 MB) is loaded when a workbook
is first written, not when the program starts.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from privacy_desk.services.tables import DATE_FORMAT, Cell, Table, column_widths, sheet_title


def _clean(text: str) -> str:
    """Without the control characters an .xlsx file cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def workbook_bytes(table: Table) -> bytes:
    """One sheet named after the title: a bold, frozen header row with filters, columns
    fitted to their texts, days as date cells, numbers as numbers, every text as text."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = sheet_title(table.title)
    workbook.properties.creator = "Privacy Desk"
    bold = Font(bold=True)
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row=1, column=column)
        _set(cell, header)
        cell.font = bold
    for row_number, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row[: len(table.headers)], start=1):
            if value is not None:
                _set(sheet.cell(row=row_number, column=column), value)
    for column, width in enumerate(column_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    if table.headers:
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(table.headers))
        sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    return _save(workbook)


def _set(cell: Any, value: Cell) -> None:
    if isinstance(value, str):
        cell.value = _clean(value)
        # openpyxl takes a text starting with "=" for a formula and "#N/A" for an error:
        # store every text as text, and mark it so that editing it keeps it text in Excel.
        cell.data_type = "s"
        if value.startswith(("=", "+", "-", "@")):
            cell.quotePrefix = True
        return
    cell.value = value
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT


class _InMemoryExcelWriter(ExcelWriter):
    """openpyxl's writer, but each sheet is put together in memory: openpyxl's own writes
    it to a file in the temporary folder first, and the sheet holds personal data.

    The same steps as ``ExcelWriter.write_worksheet`` for an ordinary (not write-only)
    workbook in openpyxl 3.1, with a BytesIO where it makes a temporary file.
    """

    def write_worksheet(self, ws: Worksheet) -> None:
        sheet: Any = ws
        sheet._drawing = SpreadsheetDrawing()
        sheet._drawing.charts = sheet._charts
        sheet._drawing.images = sheet._images
        writer: Any = WorksheetWriter(ws, out=io.BytesIO())
        writer.write()
        sheet._rels = writer._rels
        archive: zipfile.ZipFile = getattr(self, "_archive")  # noqa: B009 - untyped
        archive.writestr(sheet.path[1:], writer.read())
        self.manifest.append(ws)


def _save(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _InMemoryExcelWriter(workbook, archive).save()
    return buffer.getvalue()
