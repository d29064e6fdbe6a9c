"""``privacy-desk import FILE``: the office's earlier records from a CSV or XLSX file.

Prints what the file holds (how many cases would be created, how many rows were imported
before, and every row that cannot be read with the reason), asks before importing when run
in a terminal, and imports in one transaction. Exit status: 0 imported (or nothing new,
or a dry run); 1 not confirmed; 2 no row can be read, or no terminal to ask and no --yes.
The layout of the file is in ``forms/import/README.md``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

if TYPE_CHECKING:
    from privacy_desk.paths import DataPaths
    from privacy_desk.services.importing import ImportPreview


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Add the ``import`` command to the program's subcommands."""
    parser = commands.add_parser(
        "import",
        parents=[common],
        help="import the office's earlier records from a CSV or XLSX file "
        "(layout: forms/import/README.md)",
        description="Import the office's earlier records. The file's first row names the "
        "columns (English keys or Japanese headings, see forms/import/README.md); each "
        "further row becomes a case. A row imported before is recognised and not imported "
        "again.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; import nothing"
    )
    parser.add_argument(
        "--yes", action="store_true", help="import without asking (needed without a terminal)"
    )
    return parser


def cmd_import(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.cli import _open
    from privacy_desk.services import importing
    from privacy_desk.store.lifecycle import InstanceLock

    with InstanceLock(paths.lock_file):
        ctx = _open(paths, args, "log_requests")
        try:
            preview = importing.read_import(ctx, args.file.expanduser())
            print_preview(preview)
            if not preview.to_create and not preview.already_imported:
                print(f"No row of {preview.file_name} can be read; nothing was imported.")
                return 2
            if not preview.to_create:
                print("Nothing new to import.")
                return 0
            if args.dry_run:
                print("Dry run: nothing was imported.")
                return 0
            if not args.yes and not _confirmed(len(preview.to_create)):
                print("Nothing was imported.")
                return 1
            result = importing.apply_import(ctx, preview)
        finally:
            ctx.db.dispose()
    if result.created:
        print(
            f"Imported {_cases(len(result.created))}, "
            f"{min(result.created)} to {max(result.created)}."
        )
    meanwhile = result.already_imported - len(preview.already_imported)
    if meanwhile:
        print(f"{_rows(meanwhile)} had been imported meanwhile and were left out.")
    return 0


def print_preview(preview: ImportPreview) -> None:
    print(f"{preview.file_name} ({preview.encoding}): {_rows(preview.rows)}")
    print(f"  to be created:    {len(preview.to_create)}")
    print(f"  already imported: {len(preview.already_imported)}")
    print(f"  cannot be read:   {len(preview.refused)}")
    for refused in preview.refused:
        print(refused.sentence)
    if preview.ignored_columns:
        print("Columns not read (not in the layout): " + ", ".join(preview.ignored_columns))


def _confirmed(count: int) -> bool:
    if not sys.stdin.isatty():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing was imported: there is no terminal to ask in. "
                "Check the list above, then run the command again with --yes.",
            )
        )
    answer = input(f"Import {_cases(count)}? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _cases(n: int) -> str:
    return "1 case" if n == 1 else f"{n} cases"


def _rows(n: int) -> str:
    return "1 row" if n == 1 else f"{n} rows"
