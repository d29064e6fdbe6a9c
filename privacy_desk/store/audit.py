"""The audit trail: append-only, each entry hash-chained to the one before.

``entry_hash = sha256(prev_hash + canonical JSON of the entry)``, the first
entry chaining to ``GENESIS``. ``audit_head`` holds the newest id and hash in
the same transaction, so that editing, deleting, inserting or cutting off
entries behind the program's back is found by :func:`verify_chain`.
Appends happen inside write transactions (``BEGIN IMMEDIATE``), one at a time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from privacy_desk.store.models import AuditEntry, AuditHead
from privacy_desk.store.sql import insert_if_missing

GENESIS = "0" * 64
_HEAD_ID = 1


def encode_value(value: object) -> str | None:
    """A field value as stored in the trail: JSON text, or NULL for None."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_default)


def _json_default(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot record {type(value).__name__} in the audit trail")


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def local_date(recorded_at: str) -> date:
    """The local calendar day of a time recorded by :func:`now_utc`."""
    return datetime.fromisoformat(recorded_at).astimezone().date()


@dataclass(frozen=True)
class AuditRecord:
    """What to record; the chain fields are added on append."""

    actor: str
    action: str
    entity_type: str = ""
    entity_id: str = ""
    field_name: str = ""
    old_value: object = None
    new_value: object = None
    details: Mapping[str, object] = dc_field(default_factory=dict)


def _content(
    entry_id: int,
    recorded_at: str,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    field_name: str,
    old_value: str | None,
    new_value: str | None,
    details: str,
) -> bytes:
    return json.dumps(
        [
            entry_id,
            recorded_at,
            actor,
            action,
            entity_type,
            entity_id,
            field_name,
            old_value,
            new_value,
            details,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def _hash(prev_hash: str, content: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + content).hexdigest()


def head(session: Session, *, lock: bool = False) -> tuple[int, str]:
    """The newest entry's number and hash (0 and the genesis hash in an empty trail)."""
    if lock:
        # FOR UPDATE serialises appenders on a database server; SQLite ignores it
        # (there BEGIN IMMEDIATE already lets one writer in at a time). The head's row
        # is made first if missing: two desks appending the first entries would both
        # find none to lock.
        insert_if_missing(session, AuditHead.__table__, id=_HEAD_ID, last_id=0, last_hash=GENESIS)
    head = session.get(AuditHead, _HEAD_ID, with_for_update=lock)
    if head is None:
        return 0, GENESIS
    return head.last_id, head.last_hash


def append(session: Session, records: Iterable[AuditRecord], *, at: str | None = None) -> int:
    """Append records to the chain in the session's write transaction.

    Returns how many were written. Uses one bulk insert, so a demo of 100,000
    cases records its 100,000 creations quickly.
    """
    last_id, last_hash = head(session, lock=True)
    rows: list[dict[str, object]] = []
    recorded_at = at or now_utc()
    for record in records:
        last_id += 1
        old = encode_value(record.old_value)
        new = encode_value(record.new_value)
        details = encode_value(dict(record.details)) or "{}"
        content = _content(
            last_id,
            recorded_at,
            record.actor,
            record.action,
            record.entity_type,
            record.entity_id,
            record.field_name,
            old,
            new,
            details,
        )
        entry_hash = _hash(last_hash, content)
        rows.append(
            {
                "id": last_id,
                "recorded_at": recorded_at,
                "actor": record.actor,
                "action": record.action,
                "entity_type": record.entity_type,
                "entity_id": record.entity_id,
                "field": record.field_name,
                "old_value": old,
                "new_value": new,
                "details": details,
                "prev_hash": last_hash,
                "entry_hash": entry_hash,
            }
        )
        last_hash = entry_hash
    if not rows:
        return 0
    for start in range(0, len(rows), 5000):
        session.execute(insert(AuditEntry), rows[start : start + 5000])
    stored = session.get(AuditHead, _HEAD_ID)
    if stored is None:
        session.add(AuditHead(id=_HEAD_ID, last_id=last_id, last_hash=last_hash))
    else:
        stored.last_id = last_id
        stored.last_hash = last_hash
    session.flush()
    return len(rows)


def record(session: Session, *records: AuditRecord) -> None:
    """Shorthand for appending a few records."""
    append(session, records)


@dataclass
class ChainVerdict:
    entries: int = 0
    problems: list[str] = dc_field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


MAX_PROBLEMS = 20


def verify_chain(session: Session) -> ChainVerdict:
    """Walk the whole trail and report every break (up to ``MAX_PROBLEMS``)."""
    verdict = ChainVerdict()
    expected_prev = GENESIS
    expected_id = 0
    columns = (
        AuditEntry.id,
        AuditEntry.recorded_at,
        AuditEntry.actor,
        AuditEntry.action,
        AuditEntry.entity_type,
        AuditEntry.entity_id,
        AuditEntry.field,
        AuditEntry.old_value,
        AuditEntry.new_value,
        AuditEntry.details,
        AuditEntry.prev_hash,
        AuditEntry.entry_hash,
    )

    def problem(text: str) -> None:
        if len(verdict.problems) < MAX_PROBLEMS:
            verdict.problems.append(text)
        elif len(verdict.problems) == MAX_PROBLEMS:
            verdict.problems.append("… and more problems after these.")

    result = session.execute(select(*columns).order_by(AuditEntry.id)).yield_per(10000)
    for row in result:
        entry_id = row[0]
        verdict.entries += 1
        expected_id += 1
        if entry_id != expected_id:
            problem(f"Entries {expected_id}–{entry_id - 1} are missing from the audit trail.")
            expected_id = entry_id
        if row.prev_hash != expected_prev:
            problem(f"Audit entry {entry_id} does not follow the entry before it.")
        content = _content(*row[:10])
        if _hash(row.prev_hash, content) != row.entry_hash:
            problem(f"Audit entry {entry_id} was changed after it was recorded.")
        expected_prev = row.entry_hash
    last_id, last_hash = head(session)
    if last_id != expected_id or last_hash != expected_prev:
        if last_id > expected_id:
            problem(f"The newest audit entries ({expected_id + 1}–{last_id}) were removed.")
        else:
            problem("The audit trail does not end where it was last written.")
    return verdict
