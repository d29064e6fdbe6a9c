"""Whether anything was saved since a desk last looked (several desks, issue 11).

Every change to the office's records goes to the audit trail, whose head
(``audit_head``: one row, read by its key) holds the number of the newest entry:
comparing it with the number seen last tells in one cheap read whether anything
was written. Some entries record a look, not a change (a page of an ID copy
viewed, an export, a login); when only such entries came, nothing changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from privacy_desk.domain.roles import Permission
from privacy_desk.services.context import DeskContext
from privacy_desk.store import audit
from privacy_desk.store.models import AuditEntry

#: Audit actions that record a look or a copy, never a change of what the screens show.
#: An action not named here counts as a change: a new kind of change is never missed,
#: a new kind of look only costs a reading of the list.
RECORDS_OF_LOOKS = frozenset(
    {
        "document.view",
        "provision.lookup",
        "export",
        "export.table",
        "print",
        "report.print",
        "audit_pack",
        "disposal.certificate",
        "backup",
        "login",
        "login.failed",
        "login.failed.dropped",
        "unlock.failed",
        "recovery.failed",
    }
)


@dataclass(frozen=True)
class Changes:
    #: The newest audit entry now: the number to look from next time.
    last_entry: int
    #: Something was changed since the entry looked from.
    changed: bool


def last_entry(ctx: DeskContext) -> int:
    """The number of the newest audit entry (0 in an empty office)."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return audit.head(session)[0]


def changes_since(ctx: DeskContext, seen: int | None) -> Changes:
    """What was written after entry ``seen`` (None: not known, so changed).

    One read of the trail's head; only when it moved, a look at the entries after
    ``seen`` (by their key) for one that is not a record of a look. A head below
    ``seen`` means the trail was replaced (a restore): changed.
    """
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        head = audit.head(session)[0]
        if seen is None or head < seen:
            return Changes(head, changed=True)
        if head == seen:
            return Changes(head, changed=False)
        change = (
            select(AuditEntry.id)
            .where(
                AuditEntry.id > seen,
                AuditEntry.id <= head,
                AuditEntry.action.not_in(RECORDS_OF_LOOKS),
            )
            .limit(1)
        )
        return Changes(head, changed=session.scalar(change) is not None)
