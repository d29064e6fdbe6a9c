"""Any list the app shows, written to a spreadsheet: CSV or an Excel workbook (.xlsx).

The caller hands over the list as it is shown (:class:`Table`: the visible columns in
their order, the rows in the shown order, the shown texts, days as dates); this module
only writes it. Files are written whole or not at all, readable by their owner only
(they hold personal data), and never through the temporary folder. Each export is
audited as ``export.table`` with what was exported and how many rows, never the content.

Spreadsheets run a text that starts like a formula: a CSV cell gets the guard of
:mod:`privacy_desk.services.export` (a leading ``'``); an Excel cell is stored as text,
so that it shows exactly as in the app and is never calculated.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.paths import write_whole
from privacy_desk.services.context import DeskContext
from privacy_desk.services.export import _cell

#: What a cell may hold: a text as shown, a number, a day, or nothing.
Cell = str | int | date | None

FORMATS: Final = {".csv": "csv", ".xlsx": "xlsx"}
DATE_FORMAT: Final = "yyyy-mm-dd"
#: Excel's limits and rules for a sheet's name.
SHEET_TITLE_MAX: Final = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
#: Column widths, in Excel's character units (a CJK character counts two).
MIN_WIDTH: Final = 6
MAX_WIDTH: Final = 60


@dataclass(frozen=True)
class Table:
    """A list as the user sees it: ``title`` names the sheet, ``headers`` the columns."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[Cell]]


def defuse(value: object) -> object:
    """A CSV cell's value: empty for None; a text a spreadsheet would run as a formula
    (``= + - @``, tab, CR first) behind a ``'``. The one guard, that of case exports."""
    return _cell(value)


def table_format(target: Path) -> str:
    """``csv`` or ``xlsx``, from the file name's suffix."""
    found = FORMATS.get(target.suffix.lower())
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is neither an Excel workbook nor a CSV file; "
                "give a name ending in .xlsx or .csv.",
            ),
            name=target.name,
        )
    return found


def write_table(ctx: DeskContext, table: Table, target: Path, *, what: str) -> int:
    """Write ``table`` to ``target`` (.csv or .xlsx) and audit it; returns the row count.

    ``what`` names the list in the audit trail (``cases``, ``ledger-entries``…).
    """
    ctx.require(Permission.EXPORT)
    target = target.expanduser()
    fmt = table_format(target)
    if target.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name."), path=target
        )
    data = csv_bytes(table) if fmt == "csv" else xlsx_bytes(table)
    write_whole(target, data, mode=0o600)
    count = len(table.rows)
    ctx.record_event("export.table", "table", what=what, rows=count, format=fmt)
    return count


# -- CSV ----------------------------------------------------------------------------------


def csv_bytes(table: Table) -> bytes:
    """UTF-8 with a BOM (Excel on Japanese Windows reads it so), CRLF line ends."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([defuse(header) for header in table.headers])
    for row in table.rows:
        writer.writerow([defuse(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


# -- Excel ----------------------------------------------------------------------------------


def sheet_title(title: str) -> str:
    """``title`` as Excel accepts a sheet's name: at most 31 characters, none of ``[]:*?/\\``,
    no apostrophe at either end, not empty and not the reserved "History"."""
    name = _SHEET_FORBIDDEN.sub("_", title)
    name = "".join(ch if ch.isprintable() else " " for ch in name)
    name = name.strip().strip("'").strip()
    while len(name.encode("utf-16-le")) // 2 > SHEET_TITLE_MAX:
        name = name[:-1]
    name = name.rstrip().rstrip("'").rstrip()
    if not name:
        return "Sheet1"
    if name.casefold() == "history":
        return f"{name}_"
    return name


def text_width(value: Cell) -> int:
    """How many of Excel's character widths a value takes (its longest line)."""
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    text = str(value)
    if text.isascii():
        return max(len(line) for line in text.splitlines() or [""])
    return max(
        sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        for line in text.splitlines() or [""]
    )


def column_widths(table: Table) -> list[int]:
    """Each column as wide as its widest text, header included (within limits)."""
    widths = [text_width(header) for header in table.headers]
    for row in table.rows:
        for column, value in enumerate(row[: len(widths)]):
            width = text_width(value)
            if width > widths[column]:
                widths[column] = width
    return [min(max(width + 2, MIN_WIDTH), MAX_WIDTH) for width in widths]


def xlsx_bytes(table: Table) -> bytes:
    """The workbook (see :mod:`privacy_desk.services.xlsx`, which loads openpyxl: only
    when a workbook is asked for, never at start-up)."""
    from privacy_desk.services.xlsx import workbook_bytes

    return workbook_bytes(table)
