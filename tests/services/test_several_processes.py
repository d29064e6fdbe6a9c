"""Several processes on one database server (issue 11): desks in processes of their own
log and edit cases at once for a while; afterwards no reference is duplicated or
skipped, every edit was either applied or refused with a message, and the audit chain
verifies.

PostgreSQL only: SQLite lets one program at a time use a data folder, by design.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from privacy_desk.domain.reference import format_reference
from privacy_desk.domain.status import CaseStatus
from privacy_desk.paths import DataPaths
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk
from privacy_desk.settings import DATABASE_URL, Settings
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.models import AuditEntry, Case
from tests.helpers import desk_worker
from tests.helpers.cases import log_case
from tests.helpers.postgres import TestServer

DESKS = 4
SHARED_CASES = 3  # few, so that the desks' edits collide
SECONDS = 3.0
MIN_OPERATIONS = 12  # each desk's, however slow the machine: never a vacuous pass
MAX_OPERATIONS = 400
JOIN_SECONDS = 180.0


@pytest.fixture
def server_database(postgres_server: TestServer) -> Iterator[str]:
    url = postgres_server.new_database()
    yield url
    postgres_server.drop(url)


@pytest.fixture
def office(tmp_path: Path, server_database: str, today: date) -> Iterator[DeskContext]:
    """The desk the test sets up and checks with, in a data folder of its own."""
    paths = DataPaths(tmp_path / "office").prepare()
    Settings(paths.settings_file).set(DATABASE_URL, server_database)
    ctx = open_desk(paths, actor="clerk")
    ctx.today = lambda: today
    yield ctx
    ctx.db.dispose()


def run_desks(
    tmp_path: Path, database_url: str, shared: tuple[str, ...], today: date
) -> list[dict[str, Any]]:
    """Start the desks, wait for them, and return their results; a desk that crashed
    fails the test with its traceback."""
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(DESKS)
    assignments = [
        desk_worker.Assignment(
            number=n,
            folder=str(tmp_path / f"desk{n}"),
            database_url=database_url,
            shared=shared,
            today=today,
            seconds=SECONDS,
            min_operations=MIN_OPERATIONS,
            max_operations=MAX_OPERATIONS,
            result_file=str(tmp_path / f"desk{n}.json"),
        )
        for n in range(1, DESKS + 1)
    ]
    processes = [
        spawn.Process(target=desk_worker.run, args=(a, start), name=a.actor) for a in assignments
    ]
    for process in processes:
        process.start()
    try:
        for process in processes:
            process.join(timeout=JOIN_SECONDS)
    finally:
        hung = [p.name for p in processes if p.is_alive()]
        for process in processes:
            if process.is_alive():
                process.kill()
                process.join()
    assert not hung, f"desks still working after {JOIN_SECONDS} s: {hung}"
    results, crashes = [], []
    for assignment, process in zip(assignments, processes, strict=True):
        file = Path(assignment.result_file)
        if not file.exists():
            crashes.append(f"{assignment.actor} ended ({process.exitcode}) without a result")
            continue
        result = json.loads(file.read_text(encoding="utf-8"))
        if "crash" in result:
            crashes.append(f"{assignment.actor} crashed:\n{result['crash']}")
        elif process.exitcode != 0:
            crashes.append(f"{assignment.actor} ended with {process.exitcode}")
        results.append(result)
    if crashes:
        pytest.fail("\n\n".join(crashes), pytrace=False)
    return results


@pytest.mark.slow
def test_desks_in_several_processes_never_duplicate_a_reference_nor_lose_an_edit(
    tmp_path: Path, server_database: str, office: DeskContext, today: date
) -> None:
    shared = tuple(log_case(office) for _ in range(SHARED_CASES))
    results = run_desks(tmp_path, server_database, shared, today)

    # -- the desks did work: no vacuous pass -------------------------------------------
    edits = [{**edit, "actor": result["actor"]} for result in results for edit in result["edits"]]
    for result in results:
        assert result["operations"] >= MIN_OPERATIONS, result["actor"]
        assert result["logged"], f"{result['actor']} logged nothing"
        assert result["edits"], f"{result['actor']} edited nothing"
    applied = [e for e in edits if e["outcome"] == "applied"]
    refused = [e for e in edits if e["outcome"] == "refused"]
    assert len(applied) + len(refused) == len(edits), Counter(e["outcome"] for e in edits)
    # every desk saved over the same version of the same case: one wins, the rest refused
    collision = Counter(e["outcome"] for e in edits if e["phase"] == "collision")
    assert collision == {"applied": 1, "refused": DESKS - 1}
    assert len(refused) >= DESKS - 1
    assert len(applied) >= DESKS
    for edit in refused:
        assert edit["message"].strip(), edit  # refused with a sentence to show

    with office.db.read() as session:
        rows = session.execute(
            select(Case.reference, Case.reference_year, Case.reference_sequence, Case.version)
        ).all()
        final = {
            c.reference: c for c in session.scalars(select(Case).where(Case.reference.in_(shared)))
        }
        trail = session.execute(
            select(
                AuditEntry.actor,
                AuditEntry.action,
                AuditEntry.entity_id,
                AuditEntry.field,
                AuditEntry.new_value,
                AuditEntry.details,
            )
            .where(AuditEntry.entity_type == "case")
            .order_by(AuditEntry.id)
        ).all()
        verdict = verify_chain(session)

    # -- references: unique, and per year 1..N without a gap ---------------------------
    references = [row.reference for row in rows]
    assert len(set(references)) == len(references), Counter(references).most_common(3)
    logged = [reference for result in results for reference in result["logged"]]
    assert len(rows) == SHARED_CASES + len(logged)
    assert set(references) == set(shared) | set(logged)
    by_year: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        assert row.reference == format_reference(row.reference_year, row.reference_sequence)
        by_year[row.reference_year].append(row.reference_sequence)
    assert len(by_year) == 2  # both years' counters were raised at once
    for year, sequences in by_year.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1)), year
    for result in results:  # each desk's own, in the order it logged them
        for year in by_year:
            mine = [r for r in result["logged"] if r.startswith(f"{year}-")]
            assert mine == sorted(mine), result["actor"]

    # -- every edit: applied and in the trail, or refused and nowhere ------------------
    changes = [entry for entry in trail if entry.action in ("case.change", "case.status")]
    by_token: dict[str, list[Any]] = defaultdict(list)
    for entry in changes:
        details = json.loads(entry.details)
        status = entry.action == "case.status"
        token = details.get("reason") if status else json.loads(entry.new_value or "null")
        by_token[token].append((entry, details))
    made_by: dict[tuple[str, int], tuple[str, str, str]] = {}  # (case, version): who, what
    for edit in applied:
        found = by_token.get(edit["token"], [])
        assert len(found) == 1, edit
        entry, details = found[0]
        assert (entry.actor, entry.entity_id, entry.field) == (
            edit["actor"],
            edit["reference"],
            edit["field"],
        ), edit
        assert details["version"] == edit["version"], edit
        # applied only over the version the desk read: nobody's change was saved over
        assert edit["version"] == edit["seen_version"] + 1, edit
        if edit["field"] == "status":
            assert json.loads(entry.new_value or "null") == edit["status"], edit
        made_by[edit["reference"], edit["version"]] = (entry.actor, entry.action, entry.field)
    assert len(changes) == len(applied)  # nothing saved that its desk did not see saved
    for edit in refused:
        assert edit["token"] not in by_token, edit  # nothing of a refused save was kept
        # refused for a reason: another desk made the version after the one read …
        after = made_by.get((edit["reference"], edit["seen_version"] + 1))
        assert after is not None and after[0] != edit["actor"], edit
        # … and a refusal that lists what changed names that change first
        if edit["changes"]:
            assert edit["reference"] in edit["message"], edit
            assert tuple(edit["changes"][0]) == after, edit
            assert edit["actor"] not in {actor for actor, _, _ in edit["changes"]}, edit

    # each version of a case was made by one save: none lost, none made twice
    versions: dict[str, list[int]] = defaultdict(list)
    for edit in applied:
        versions[edit["reference"]].append(edit["version"])
    for reference, version in ((row.reference, row.version) for row in rows):
        assert sorted(versions[reference]) == list(range(2, version + 1)), reference
    # the shared cases end as their last applied edits left them
    for reference, case in final.items():
        mine = sorted(
            (e for e in applied if e["reference"] == reference), key=lambda e: e["version"]
        )
        for field in desk_worker.EDITED_FIELDS:
            last = [e["token"] for e in mine if e["field"] == field]
            if last:
                assert getattr(case, field) == last[-1], (reference, field)
        moves = [e["status"] for e in mine if e["field"] == "status"]
        assert case.status is CaseStatus(moves[-1] if moves else CaseStatus.RECEIVED)

    # -- the audit chain ---------------------------------------------------------------
    assert verdict.ok, verdict.problems
    created = [entry.entity_id for entry in trail if entry.action == "case.create"]
    assert sorted(created) == sorted(references)
