"""The services refuse what the acting user's role may not do (the UI only hides it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from privacy_desk.domain.decisions import Outcome
from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.roles import NotAllowed, Permission, Role, may
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services import (
    case_list,
    cases,
    decisions,
    demo,
    documents,
    export,
    history,
    today,
)
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import make_backup
from tests.helpers.cases import log_case
from tests.helpers.documents import small_page

ACTIONS: list[tuple[str, Permission, Callable[[DeskContext, str, Path], object]]] = [
    ("log", Permission.LOG_REQUESTS, lambda c, r, t: log_case(c)),
    ("view", Permission.VIEW_CASES, lambda c, r, t: cases.get_case(c, r)),
    (
        "list",
        Permission.VIEW_CASES,
        lambda c, r, t: case_list.count_cases(c, case_list.CaseQuery()),
    ),
    ("today", Permission.VIEW_CASES, lambda c, r, t: today.today_view(c)),
    ("history", Permission.VIEW_CASES, lambda c, r, t: history.case_history(c, r)),
    ("change", Permission.PROCESS_CASES, lambda c, r, t: cases.update_case(c, r, {"notes": "x"})),
    (
        "move",
        Permission.PROCESS_CASES,
        lambda c, r, t: cases.move_status(c, r, CaseStatus.AWAITING_DOCUMENTS, reason="ID"),
    ),
    (
        "add document",
        Permission.PROCESS_CASES,
        lambda c, r, t: documents.add_document(c, r, DocumentType.PASSPORT, [small_page()]),
    ),
    ("documents", Permission.VIEW_CASES, lambda c, r, t: documents.list_documents(c, r)),
    ("checklist", Permission.VIEW_CASES, lambda c, r, t: documents.identity_checklist(c, r)),
    (
        "extend",
        Permission.PROCESS_CASES,
        lambda c, r, t: cases.extend_target(c, r, date(2026, 12, 25), "量が多い"),
    ),
    (
        "decide",
        Permission.PROCESS_CASES,
        lambda c, r, t: decisions.record_decision(c, r, 0, Outcome.DONE),
    ),
    ("export", Permission.EXPORT, lambda c, r, t: export.export_cases(c, "csv", t / "x.csv")),
    ("backup", Permission.BACKUP, lambda c, r, t: make_backup(c, t / "copy.sqlite3")),
    ("demo", Permission.DEMO, lambda c, r, t: demo.add_demo_cases(c, 3)),
]


@pytest.mark.parametrize("role", [*Role, None], ids=lambda r: str(r))
@pytest.mark.parametrize(("name", "permission", "act"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_every_action_checks_the_role(
    desk: DeskContext,
    tmp_path: Path,
    role: Role | None,
    name: str,
    permission: Permission,
    act: Callable[[DeskContext, str, Path], object],
) -> None:
    reference = log_case(desk, received_on=date(2026, 11, 20))
    desk.role = role
    if role is not None and may(role, permission):
        act(desk, reference, tmp_path)
    else:
        with pytest.raises(NotAllowed):
            act(desk, reference, tmp_path)


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_only_an_administrator_restores(desk: DeskContext, tmp_path: Path, role: Role) -> None:
    from privacy_desk.services import maintenance
    from privacy_desk.store import backup

    copy = tmp_path / "copy.sqlite3"
    backup.backup_to(desk.db, copy)
    desk.db.dispose()
    if may(role, Permission.RESTORE):
        maintenance.restore(desk.paths, copy, actor="clerk", role=role)
    else:
        with pytest.raises(NotAllowed):
            maintenance.restore(desk.paths, copy, actor="clerk", role=role)
        assert not any(desk.paths.backups.glob("*pre-restore*"))
