"""Reading a table of the office's earlier records from a CSV or XLSX file, row by row.

CSV comes from Excel more often than not: on Japanese Windows its "CSV" is Shift_JIS
(code page 932), its "CSV UTF-8" is UTF-8 with a byte-order mark, and its "Unicode
text" is UTF-16 with tabs. All are read; a file that is none of them is refused with a
sentence. XLSX is read with openpyxl (first sheet, values only, read-only so that a big
workbook streams).
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound

#: A cell as read: text from CSV; text, a number, a date or nothing from XLSX.
Cell = str | int | float | date | time | bool | None

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
SUFFIXES = CSV_SUFFIXES | XLSX_SUFFIXES
#: A file this big is not a table of records someone typed.
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class RowCells:
    """One row of the table: its number as a spreadsheet shows it (the first row is 1),
    its cells, or why it could not be read as a row at all."""

    number: int
    cells: tuple[Cell, ...] = ()
    error: str = ""


@dataclass(frozen=True)
class Table:
    """The rows of a file and how it was read (``encoding``: "UTF-8", "Shift_JIS (CP932)"…)."""

    encoding: str
    rows: tuple[RowCells, ...]


def read_table(path: Path) -> Table:
    """Every row of ``path``, a .csv (.tsv, .txt) or .xlsx (.xlsm) file."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is an old Excel workbook (.xls); in Excel save it as "
                "“Excel Workbook (*.xlsx)” or “CSV UTF-8”, then import that.",
            ),
            file=path.name,
        )
    if suffix not in SUFFIXES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is not a CSV or Excel (.xlsx) file; Privacy Desk imports "
                "the office's records from those.",
            ),
            file=path.name,
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=path) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    if size > MAX_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{file}” is larger than {megabytes} MB; split it."),
            file=path.name,
            megabytes=MAX_BYTES // 2**20,
        )
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    return _read_csv(path)


def _unreadable(path: Path, error: OSError) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "“{file}” cannot be read: {reason}."),
        file=path.name,
        reason=error.strerror,
    )


# -- CSV ----------------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding.

    UTF-8 with or without a byte-order mark; UTF-16 with one; otherwise CP932, the
    Shift_JIS of Japanese Windows (which Excel writes as "CSV"). Anything else is refused.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "UTF-8 (BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8", errors="strict"), "UTF-8"
        except UnicodeDecodeError:
            pass
        try:
            return data.decode("cp932", errors="strict"), "Shift_JIS (CP932)"
        except UnicodeDecodeError:
            pass
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{file}” is neither UTF-8 nor Shift_JIS text, so its characters cannot be read. "
            "In Excel, save it as “CSV UTF-8 (comma delimited)” and import that.",
        ),
        file=name,
    )


def _delimiter(text: str) -> str:
    """Comma, or tab when the first line has tabs and no comma (Excel's "Unicode text")."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "\t" if "\t" in first and "," not in first else ","


def _read_csv(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _unreadable(path, error) from None
    text, encoding = decode(data, path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[RowCells] = []
    number = 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            rows.append(RowCells(number, error=f"it cannot be read as CSV ({error})"))
            continue
        rows.append(RowCells(number, tuple(cells)))
    return Table(encoding, tuple(rows))


# -- XLSX ---------------------------------------------------------------------------


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it does not read; values are all
            # we want.
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” cannot be opened as an Excel workbook (.xlsx); save it again "
                "from Excel, or as “CSV UTF-8”.",
            ),
            file=path.name,
        ) from None
    try:
        if not workbook.worksheets:
            return Table("Excel workbook", ())
        sheet = workbook.worksheets[0]
        # the size a sheet claims is wrong in files from some programs (often "A1"), and
        # openpyxl would read no further: read every row and cell there is
        reset = getattr(sheet, "reset_dimensions", None)
        if reset is not None:
            reset()
        rows = tuple(_xlsx_rows(sheet.iter_rows(values_only=True)))
    finally:
        workbook.close()
    return Table("Excel workbook", rows)


def _xlsx_rows(values: Iterator[tuple[object, ...]]) -> Iterator[RowCells]:
    for number, row in enumerate(values, start=1):
        yield RowCells(number, tuple(_cell(value) for value in row))


def _cell(value: object) -> Cell:
    if isinstance(value, datetime):
        return value.date()  # a date column's time of day is not kept
    if isinstance(value, str | int | float | date | time | bool) or value is None:
        return value
    return str(value)
