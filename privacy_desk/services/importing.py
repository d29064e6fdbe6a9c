"""Importing the office's earlier records from a CSV or XLSX file (issue 8).

Two steps, so that nothing is written until the office has seen what will happen:

1. :func:`read_import` reads the file and says, row by row, what would be created, which
   rows cannot be read (with the reason) and which were imported before. It writes nothing.
2. :func:`apply_import` creates the cases of a preview in one transaction, through the
   case services (:func:`~privacy_desk.services.cases.check_new_case`,
   :func:`~privacy_desk.services.cases.build_case`,
   :func:`~privacy_desk.services.cases.refresh_derived`: references, deadlines, search text
   and the audit entries as for a logged request), and records one ``import`` audit entry
   with the file's name and the counts.

The file is read by :mod:`privacy_desk.services.import_files`, each row by
:mod:`privacy_desk.services.import_rows`; the column layout and the cells' forms are in
:mod:`privacy_desk.domain.import_layout` and, for the office, ``forms/import/README.md``.
A row is recognised when imported again by its key (``Case.import_key``, see
:func:`privacy_desk.domain.import_layout.import_key`): importing the same file twice
creates nothing the second time.

Old cases and the status machine. A case logged in Privacy Desk reaches "closed" through
identity verified, decided and replied, and the services refuse each step until its
checklist or decisions are recorded. An old case has none of that here, and inventing the
steps would put false evidence in the audit trail. So an imported case takes one of
:data:`~privacy_desk.domain.import_layout.IMPORTABLE_STATUSES`: it is created as received
(deadlines from its date of receipt) and, when it had ended, one ``case.status`` entry
moves it to closed, withdrawn or rejected on its closing date, with the reason "imported
from the office's earlier records"; a closed case's ``replied_on`` is the file's date of
the reply, else its closing date (as migration 0009 fills it for closed cases whose reply
is not in the trail). Nothing in between is claimed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain import import_layout as layout
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.cases import (
    build_case,
    case_event,
    check_new_case,
    refresh_derived,
)
from privacy_desk.services.context import DeskContext
from privacy_desk.services.import_files import read_table
from privacy_desk.services.import_rows import (
    APPI_IN_FORCE,
    Refused,
    ToCreate,
    cell_text,
    filled,
    read_row,
)
from privacy_desk.store import audit
from privacy_desk.store.models import Case

__all__ = [
    "APPI_IN_FORCE",
    "AlreadyImported",
    "ImportPreview",
    "ImportResult",
    "Refused",
    "ToCreate",
    "apply_import",
    "read_import",
]
_KEY_CHUNK = 500


@dataclass(frozen=True)
class AlreadyImported:
    """A row imported before: ``reference`` is the case it became."""

    row_number: int
    reference: str


@dataclass(frozen=True)
class ImportPreview:
    """What importing the file would do; nothing is written until :func:`apply_import`."""

    file_name: str
    encoding: str
    to_create: tuple[ToCreate, ...]
    refused: tuple[Refused, ...]
    already_imported: tuple[AlreadyImported, ...]
    #: Headings of the first row that name no column the import knows (their cells are
    #: not read): worth a look, a typo hides a column.
    ignored_columns: tuple[str, ...] = ()

    @property
    def rows(self) -> int:
        return len(self.to_create) + len(self.refused) + len(self.already_imported)


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    #: The references of the cases created, in the order they were created.
    created: tuple[str, ...]
    #: Rows imported before, including any imported by someone else since the preview.
    already_imported: int
    refused: int


def read_import(ctx: DeskContext, path: Path) -> ImportPreview:
    """Read ``path`` (.csv or .xlsx) and say what importing it would do; writes nothing."""
    ctx.require(Permission.LOG_REQUESTS)
    table = read_table(path)
    rows = [row for row in table.rows if row.error or any(filled(c) for c in row.cells)]
    if not rows:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” has no rows. Its first row names the columns and each further "
                "row is one case; see forms/import/README.md.",
            ),
            file=path.name,
        )
    first, data_rows = rows[0], rows[1:]
    if first.error:
        # why the row cannot be read stays English (it is also a refused row's reason)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The first row of “{file}” cannot be read: {problem}."),
            file=path.name,
            problem=first.error,
        )
    header = layout.read_header([cell_text(c) for c in first.cells])
    today = ctx.today()
    candidates: list[ToCreate] = []
    refused: list[Refused] = []
    first_row_of: dict[str, ToCreate] = {}
    for row in data_rows:
        item = read_row(row, header, today)
        if isinstance(item, Refused):
            refused.append(item)
            continue
        earlier = first_row_of.get(item.key)
        if earlier is not None:
            refused.append(Refused(row.number, _same_as(earlier)))
            continue
        first_row_of[item.key] = item
        candidates.append(item)
    with ctx.db.read() as session:
        existing = _existing_keys(session, first_row_of)
    return ImportPreview(
        file_name=path.name,
        encoding=table.encoding,
        to_create=tuple(c for c in candidates if c.key not in existing),
        refused=tuple(refused),
        already_imported=tuple(
            AlreadyImported(c.row_number, existing[c.key]) for c in candidates if c.key in existing
        ),
        ignored_columns=header.ignored,
    )


def apply_import(ctx: DeskContext, preview: ImportPreview) -> ImportResult:
    """Create the cases of ``preview`` in one transaction; rows imported meanwhile are skipped.

    Cases are created in the order of their dates of receipt, so references follow arrival
    within each year. If one cannot be created, none is. The audit entries of all the cases
    and the ``import`` entry are appended together, as one bulk insert.
    """
    ctx.require(Permission.LOG_REQUESTS)
    if any(item.status is not CaseStatus.RECEIVED for item in preview.to_create):
        ctx.require(Permission.PROCESS_CASES)
    today = ctx.today()
    created: list[str] = []
    events: list[audit.AuditRecord] = []
    meanwhile = 0
    with ctx.db.write() as session:
        existing = _existing_keys(session, (item.key for item in preview.to_create))
        for item in sorted(preview.to_create, key=lambda i: (i.received_on, i.row_number)):
            if item.key in existing:
                meanwhile += 1
                continue
            try:
                check_new_case(today, item.new_case)
            except InvalidInput as error:
                # the case's own sentence, in the app's language where it has one
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Row {row}: {problem} Nothing was imported."),
                    row=item.row_number,
                    problem=error,
                ) from None
            origin = {"imported_from": preview.file_name, "row": item.row_number}
            case, created_event = build_case(
                ctx, session, item.new_case, import_key=item.key, details=origin
            )
            events.append(created_event)
            if item.status is not CaseStatus.RECEIVED:
                events.append(_end_imported_case(ctx, case, item, preview.file_name))
            refresh_derived(ctx, case, today)
            created.append(case.reference)
        if created:
            counts: dict[str, object] = {
                "file": preview.file_name,
                "rows": preview.rows,
                "created": len(created),
                "already_imported": len(preview.already_imported) + meanwhile,
                "refused": len(preview.refused),
                "first_reference": min(created),
                "last_reference": max(created),
            }
            events.append(
                audit.AuditRecord(ctx.actor, "import", entity_type="import", details=counts)
            )
            audit.append(session, events)
    return ImportResult(
        file_name=preview.file_name,
        created=tuple(created),
        already_imported=len(preview.already_imported) + meanwhile,
        refused=len(preview.refused),
    )


def _end_imported_case(
    ctx: DeskContext, case: Case, item: ToCreate, file_name: str
) -> audit.AuditRecord:
    """The old case ended on its closing date: one status entry says so (see the module's
    doc for why no steps in between are recorded)."""
    assert item.closed_on is not None  # _read_row requires it for an ended case
    case.status = item.status
    case.closed_on = item.closed_on
    case.replied_on = item.replied_on
    reason = f"Imported from the office's earlier records ({file_name}, row {item.row_number})"
    details: dict[str, object] = {"on": item.closed_on.isoformat(), "reason": reason}
    if item.replied_on is not None:
        details["replied_on"] = item.replied_on.isoformat()
    return case_event(
        ctx, case.reference, "case.status", "status", CaseStatus.RECEIVED, item.status, details
    )


def _existing_keys(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """Of ``keys``, those already on a case, with the case's reference."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _KEY_CHUNK):
        chunk = wanted[start : start + _KEY_CHUNK]
        statement = select(Case.import_key, Case.reference).where(Case.import_key.in_(chunk))
        for key, reference in session.execute(statement):
            if key is not None:
                found[key] = reference
    return found


def _same_as(earlier: ToCreate) -> str:
    if earlier.old_reference:
        return (
            f"the same as row {earlier.row_number} (the same old reference "
            f"“{earlier.old_reference}”); a case is imported once"
        )
    return (
        f"the same as row {earlier.row_number} (the same date of receipt, name, date of "
        "birth and request types); a case is imported once"
    )
