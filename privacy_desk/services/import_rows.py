"""One row of the office's earlier records: what case it would become, or why it cannot be
read (:mod:`privacy_desk.services.importing` reads the file and calls :func:`read_row`).

Every problem of a row is said, in one sentence that continues "Row N: …"; the column
layout and the forms of the cells are in :mod:`privacy_desk.domain.import_layout`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from privacy_desk.domain import import_layout as layout
from privacy_desk.domain.import_layout import CellError, HeaderMap
from privacy_desk.domain.intake import check_intake, normalize_postal_code
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.search import fold
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.cases import NewCase, RequestInput
from privacy_desk.services.import_files import Cell, RowCells

#: Requests under the APPI could be made from the day its duties took effect.
APPI_IN_FORCE = date(2005, 4, 1)


@dataclass(frozen=True)
class ToCreate:
    """A row that will become a case."""

    row_number: int
    key: str
    new_case: NewCase
    status: CaseStatus
    closed_on: date | None
    #: For a closed case: the day of the reply, or its closing day when the file has none
    #: (as migration 0009 fills it for closed cases whose reply is not in the trail).
    replied_on: date | None
    old_reference: str

    @property
    def requester_name(self) -> str:
        return self.new_case.requester_name

    @property
    def received_on(self) -> date:
        return self.new_case.received_on

    @property
    def request_types(self) -> list[RequestType]:
        return [r.request_type for r in self.new_case.requests]


@dataclass(frozen=True)
class Refused:
    """A row that cannot be read; ``reason`` continues "Row N: …"."""

    row_number: int
    reason: str

    @property
    def sentence(self) -> str:
        return f"Row {self.row_number}: {self.reason.rstrip('.')}."


def filled(cell: Cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def cell_text(cell: Cell) -> str:
    """A cell as text in its NFKC form; numbers without a needless ".0"."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, date | time):
        return cell.isoformat()
    return layout.clean(str(cell))


class _Row:
    """The cells of one row by column key, collecting what is wrong with them."""

    def __init__(self, row: RowCells, header: HeaderMap) -> None:
        self.cells = row.cells
        self.header = header
        self.problems: list[str] = []

    def cell(self, key: str) -> Cell:
        index = self.header.positions.get(key)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def text(self, key: str) -> str:
        cell = self.cell(key)
        if key == "notes" and isinstance(cell, str):  # notes keep their line breaks
            lines = (layout.clean(line) for line in cell.splitlines())
            return "\n".join(line for line in lines if line)
        value = cell_text(cell)
        if isinstance(cell, int | float) and not isinstance(cell, bool) and value.isdigit():
            # Excel drops the leading zero of a number typed into a cell
            if key == "requester_postal_code":
                value = value.zfill(7)
            elif key == "requester_phone":
                value = "0" + value
        limit = layout.BY_KEY[key].max_length
        if limit and key != "requester_postal_code" and len(value) > limit:
            self.problems.append(f"{layout.FIELD_NAMES[key]} is longer than {limit} characters")
            return value[:limit]
        return value

    def day(self, key: str) -> date | None:
        cell = self.cell(key)
        if isinstance(cell, date):
            return cell
        if isinstance(cell, time):
            self.problems.append(f"{layout.FIELD_NAMES[key]} is a time of day, not a date")
            return None
        text = self.text(key)
        if not text:
            return None
        try:
            return layout.parse_cell_date(text, key)
        except CellError as error:
            self.problems.append(str(error))
            return None


def read_row(row: RowCells, header: HeaderMap, today: date) -> ToCreate | Refused:
    if row.error:
        return Refused(row.number, row.error)
    r = _Row(row, header)
    extra = [c for c in row.cells[header.width :] if filled(c)]
    if extra:
        r.problems.append(
            f"it has {header.width + len(extra)} or more cells, but the first row names only "
            f"{header.width} columns (a comma too many, or a cell out of place?)"
        )
    received_on = r.day("received_on")
    if received_on is None and not filled(r.cell("received_on")):
        r.problems.append(f"{layout.FIELD_NAMES['received_on']} is empty")
    elif received_on is not None and received_on > today:
        r.problems.append(f"the date of receipt {received_on.isoformat()} is in the future")
    elif received_on is not None and received_on < APPI_IN_FORCE:
        r.problems.append(
            f"the date of receipt {received_on.isoformat()} is before "
            f"{APPI_IN_FORCE.isoformat()}, when requests under the APPI began"
        )
    name = r.text("requester_name")
    if not name:
        r.problems.append(f"{layout.FIELD_NAMES['requester_name']} is empty")
    birth_date = r.day("requester_birth_date")
    if birth_date is not None and received_on is not None and birth_date > received_on:
        r.problems.append(
            f"the date of birth {birth_date.isoformat()} is after the date of receipt"
        )
    kind = _requester_kind(r, birth_date, received_on)
    agent_name = r.text("agent_name")
    if kind is not None and kind.is_agent and not agent_name:
        r.problems.append(
            f"the request comes from an agent ({r.text('requester_kind')}): "
            "give the agent's name (代理人氏名)"
        )
    types = _request_types(r)
    postal_text = r.text("requester_postal_code")
    postal_code = normalize_postal_code(postal_text)
    if postal_text and len(postal_code) != 7:
        r.problems.append(f"the postal code “{postal_text}” does not have 7 digits")
    email = r.text("requester_email")
    if email and "@" not in email:
        r.problems.append(f"the e-mail address “{email}” has no @")
    closed_on = r.day("closed_on")
    status = _status(r, received_on, closed_on, today)
    replied_on = _replied_on(r, status, received_on, closed_on)
    reference = r.text("reference")
    if not fold(reference):  # "-" or "―" for "none"
        reference = ""
    notes = r.text("notes")
    if r.problems or received_on is None or kind is None or status is None:
        return Refused(row.number, "; ".join(r.problems) or "it cannot be read")
    qualification = layout.clean(r.text("requester_kind"))
    new = NewCase(
        received_on=received_on,
        requester_kind=kind,
        requester_name=name,
        requests=[RequestInput(t) for t in types],
        requester_kana=r.text("requester_kana"),
        requester_birth_date=birth_date,
        requester_postal_code=postal_code,
        requester_address=r.text("requester_address"),
        requester_phone=r.text("requester_phone"),
        requester_email=email,
        agent_name=agent_name,
        agent_kana=r.text("agent_kana"),
        agent_qualification=qualification if qualification in layout.QUALIFICATIONS else "",
        notes="\n".join(part for part in (reference and f"旧受付番号: {reference}", notes) if part),
    )
    intake = check_intake(
        today=today,
        received_on=new.received_on,
        postmarked_on=None,
        requester_kind=new.requester_kind,
        requester_name=new.requester_name,
        requester_birth_date=new.requester_birth_date,
        requester_postal_code=new.requester_postal_code,
        agent_name=new.agent_name,
        request_types=types,
        fee_amount=0,
        fee_payment=new.fee_payment,
    )
    if intake:  # a safety net: the checks above say the same in the file's terms
        return Refused(row.number, _lower_first(intake.sentence().rstrip(".")))
    key = layout.import_key(reference, received_on, name, birth_date, types)
    return ToCreate(row.number, key, new, status, closed_on, replied_on, reference)


def _requester_kind(
    r: _Row, birth_date: date | None, received_on: date | None
) -> RequesterKind | None:
    try:
        return layout.parse_requester_kind(r.text("requester_kind"), birth_date, received_on)
    except CellError as error:
        r.problems.append(str(error))
        return None


def _request_types(r: _Row) -> Sequence[RequestType]:
    types, unknown = layout.parse_request_types(r.text("request_types"))
    if unknown:
        names = ", ".join(f"“{name}”" for name in unknown)
        verb = "is" if len(unknown) == 1 else "are"
        noun = "type" if len(unknown) == 1 else "types"
        r.problems.append(
            f"the request {noun} {names} {verb} not known; use {layout.REQUEST_TYPE_HEADINGS}"
        )
    elif not types:
        r.problems.append("no request type (請求内容) is given")
    return types


def _status(
    r: _Row, received_on: date | None, closed_on: date | None, today: date
) -> CaseStatus | None:
    try:
        status = layout.parse_status(r.text("status"), closed_on)
    except CellError as error:
        r.problems.append(str(error))
        return None
    if status is CaseStatus.RECEIVED and closed_on is not None:
        r.problems.append(
            "a case that is still 受付 (received) has no closing date (完了日); "
            "leave it empty, or give the status 完了 (closed)"
        )
    elif status is not CaseStatus.RECEIVED and closed_on is None:
        if not filled(r.cell("closed_on")):
            r.problems.append(
                f"a case that is “{r.text('status')}” needs its closing date (完了日)"
            )
    elif closed_on is not None and received_on is not None and closed_on < received_on:
        r.problems.append(
            f"the closing date {closed_on.isoformat()} is before the date of receipt "
            f"{received_on.isoformat()}"
        )
    elif closed_on is not None and closed_on > today:
        r.problems.append(f"the closing date {closed_on.isoformat()} is in the future")
    return status


def _replied_on(
    r: _Row, status: CaseStatus | None, received_on: date | None, closed_on: date | None
) -> date | None:
    replied_on = r.day("replied_on")
    if status is not CaseStatus.CLOSED:
        if replied_on is not None and status is not None:
            r.problems.append(
                f"a case that is “{r.text('status') or '受付'}” has no date of the reply "
                "(回答日); a replied case is imported as 完了 (closed) with its 完了日"
            )
        return None
    if replied_on is None:
        return closed_on
    if received_on is not None and replied_on < received_on:
        r.problems.append(
            f"the date of the reply {replied_on.isoformat()} is before the date of receipt "
            f"{received_on.isoformat()}"
        )
    elif closed_on is not None and replied_on > closed_on:
        r.problems.append(
            f"the date of the reply {replied_on.isoformat()} is after the closing date "
            f"{closed_on.isoformat()}"
        )
    return replied_on


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
