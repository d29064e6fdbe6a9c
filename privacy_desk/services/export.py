"""Every case with its fields, as JSON or CSV, for scripting and auditors.

Files are written under a temporary name and renamed when complete, with
owner-only permissions (they hold personal data). Each export is audited.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, UserError
from privacy_desk.paths import os_error_to_user_error
from privacy_desk.services.cases import refresh_paused_deadlines
from privacy_desk.services.context import DeskContext
from privacy_desk.store import audit
from privacy_desk.store.backup import discard
from privacy_desk.store.models import Case

FORMATS = ("json", "csv")
FORMAT_VERSION = 1

Progress = Callable[[int, int], None]

CSV_COLUMNS = (
    "reference",
    "received_on",
    "postmarked_on",
    "status",
    "request_types",
    "requester_kind",
    "requester_name",
    "requester_kana",
    "requester_birth_date",
    "requester_postal_code",
    "requester_address",
    "requester_phone",
    "requester_email",
    "agent_name",
    "agent_kana",
    "agent_postal_code",
    "agent_address",
    "agent_phone",
    "agent_email",
    "agent_qualification",
    "agent_registration_number",
    "disclosure_method",
    "fee_amount",
    "fee_payment",
    "money_order_number",
    "money_order_issued_on",
    "enclosures",
    "language",
    "assigned_to",
    "target_on",
    "legal_line_on",
    "paused_days",
    "extended_to",
    "replied_on",
    "closed_on",
    "notes",
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def case_record(case: Case) -> dict[str, Any]:
    """One case as plain JSON-ready data (ISO dates, enum values)."""
    return {
        "reference": case.reference,
        "received_on": _iso(case.received_on),
        "postmarked_on": _iso(case.postmarked_on),
        "status": case.status.value,
        "request_types": [r.request_type.value for r in case.requests],
        "requests": [
            {
                "type": r.request_type.value,
                "data_concerned": r.data_concerned,
                "reasons": r.reasons,
                "outcome": r.outcome.value if r.outcome else None,
                "refusal_ground": r.refusal_ground.value if r.refusal_ground else None,
                "decided_on": _iso(r.decided_on),
            }
            for r in case.requests
        ],
        "requester_kind": case.requester_kind.value,
        "requester": {
            "name": case.requester_name,
            "kana": case.requester_kana,
            "birth_date": _iso(case.requester_birth_date),
            "postal_code": case.requester_postal_code,
            "address": case.requester_address,
            "phone": case.requester_phone,
            "email": case.requester_email,
        },
        "agent": None
        if not case.requester_kind.is_agent
        else {
            "name": case.agent_name,
            "kana": case.agent_kana,
            "postal_code": case.agent_postal_code,
            "address": case.agent_address,
            "phone": case.agent_phone,
            "email": case.agent_email,
            "qualification": case.agent_qualification,
            "registration_number": case.agent_registration_number,
        },
        "disclosure_method": case.disclosure_method.value if case.disclosure_method else None,
        "fee": {
            "amount": case.fee_amount,
            "payment": case.fee_payment.value,
            "money_order_number": case.money_order_number,
            "money_order_issued_on": _iso(case.money_order_issued_on),
        },
        "enclosures": [
            {"kind": e.kind.value, "description": e.description, "received_on": _iso(e.received_on)}
            for e in case.enclosures
        ],
        "language": case.language,
        "assigned_to": case.assigned_to,
        "target_on": _iso(case.target_on),
        "legal_line_on": _iso(case.legal_line_on),
        "paused_days": case.paused_days,
        "pauses": [
            {"started_on": _iso(p.started_on), "ended_on": _iso(p.ended_on), "reason": p.reason}
            for p in case.pauses
        ],
        "extensions": [
            {
                "granted_on": _iso(e.granted_on),
                "previous_target_on": _iso(e.previous_target_on),
                "new_target_on": _iso(e.new_target_on),
                "reason": e.reason,
                "granted_by": e.granted_by,
            }
            for e in case.extensions
        ],
        "replied_on": _iso(case.replied_on),
        "closed_on": _iso(case.closed_on),
        "notes": case.notes,
        "created_at": case.created_at,
        "created_by": case.created_by,
        "updated_at": case.updated_at,
    }


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    requester = record["requester"]
    agent = record["agent"] or {}
    fee = record["fee"]
    row: dict[str, Any] = {
        **{k: record[k] for k in CSV_COLUMNS if k in record and not isinstance(record[k], list)},
        "request_types": ";".join(record["request_types"]),
        "enclosures": ";".join(e["kind"] for e in record["enclosures"]),
        "extended_to": record["extensions"][-1]["new_target_on"] if record["extensions"] else "",
        "fee_amount": fee["amount"],
        "fee_payment": fee["payment"],
        "money_order_number": fee["money_order_number"],
        "money_order_issued_on": fee["money_order_issued_on"],
    }
    for key, value in requester.items():
        row[f"requester_{'birth_date' if key == 'birth_date' else key}"] = value
    for key, value in agent.items():
        row[f"agent_{key}"] = value
    return {k: _cell(row.get(k)) for k in CSV_COLUMNS}


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> object:
    """Empty for None; text that a spreadsheet would run as a formula is defused."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


_cell = spreadsheet_cell


def iter_cases(ctx: DeskContext, batch: int = 2000) -> Iterator[Case]:
    with ctx.db.read() as session:
        statement = (
            select(Case)
            .order_by(Case.reference_year, Case.reference_sequence)
            .options(
                selectinload(Case.requests),
                selectinload(Case.enclosures),
                selectinload(Case.pauses),
                selectinload(Case.extensions),
            )
            .execution_options(yield_per=batch)
        )
        # closed with the generator, also when a writer stops half-way (a server's cursor)
        with session.scalars(statement) as cases:
            yield from cases


def export_cases(ctx: DeskContext, fmt: str, out: Path, *, progress: Progress | None = None) -> int:
    """Write every case to ``out``; returns the number of cases written."""
    ctx.require(Permission.EXPORT)
    if fmt not in FORMATS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown export format '{format}'; use json or csv."),
            format=fmt,
        )
    out = out.expanduser()
    if out.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name."), path=out
        )
    refresh_paused_deadlines(ctx)
    with ctx.db.read() as session:
        total = session.scalar(select(func.count()).select_from(Case)) or 0
    partial = out.with_name(f".{out.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as f:
            partial.chmod(0o600)
            writer = _write_json if fmt == "json" else _write_csv
            count = writer(ctx, f, total, progress)
            f.flush()
            os.fsync(f.fileno())
        partial.replace(out)
    except UserError:
        discard(partial)
        raise
    except OSError as error:
        discard(partial)
        raise os_error_to_user_error(error, out) from None
    except BaseException:
        discard(partial)
        raise
    ctx.record_event("export", "cases", format=fmt, cases=count, file=out.name)
    return count


def _write_json(ctx: DeskContext, f: IO[str], total: int, progress: Progress | None) -> int:
    head = {
        "format": "privacy-desk-cases",
        "version": FORMAT_VERSION,
        "exported_at": audit.now_utc(),
        "exported_by": ctx.actor,
        "count": total,
    }
    f.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "cases": [\n')
    count = 0
    for case in iter_cases(ctx):
        if count:
            f.write(",\n")
        f.write(json.dumps(case_record(case), ensure_ascii=False))
        count += 1
        if progress and count % 1000 == 0:
            progress(count, total)
    f.write("\n]}\n")
    if progress:
        progress(count, total)
    return count


def _write_csv(ctx: DeskContext, f: IO[str], total: int, progress: Progress | None) -> int:
    writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for case in iter_cases(ctx):
        writer.writerow(csv_row(case_record(case)))
        count += 1
        if progress and count % 1000 == 0:
            progress(count, total)
    if progress:
        progress(count, total)
    return count
