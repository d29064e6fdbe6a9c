"""A desk in a process of its own, for the test of several processes on one database
server (issue 11): it logs cases and edits them, the shared ones most, and writes down
what became of every attempt.

Run by ``multiprocessing`` with the ``spawn`` context (:func:`run` is the target). Every
edit carries a token of its own (the value saved, or a status move's reason), so that the
test finds it in the audit trail when it was applied, and nowhere when it was refused.
Only :class:`~privacy_desk.errors.ChangedElsewhere` counts as a refusal: anything else
that goes wrong ends the worker with its traceback in the result, and fails the test.
"""

from __future__ import annotations

import json
import random
import time
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from threading import BrokenBarrierError
from typing import Any, Protocol

from sqlalchemy import select

from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import ChangedElsewhere
from privacy_desk.paths import DataPaths
from privacy_desk.services import cases
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk
from privacy_desk.settings import DATABASE_URL, Settings
from privacy_desk.store.models import Case
from tests.helpers.cases import log_case

#: The fields an edit changes (a token as the new value); a save of either is refused
#: after another desk changed anything of the case.
EDITED_FIELDS = ("notes", "requester_address")
#: The arrival days of the cases logged: two years, each with its own counter.
ARRIVALS = (date(2025, 12, 22), date(2026, 11, 9))
#: Of the edits after the collision round, how many go to the shared cases.
SHARED_SHARE = 0.75
BARRIER_SECONDS = 120.0


class StartLine(Protocol):
    """A ``multiprocessing`` barrier: every desk passes it together."""

    def wait(self, timeout: float | None = None) -> int: ...

    def abort(self) -> None: ...


@dataclass(frozen=True)
class Assignment:
    """What one desk does, and where it writes what became of it."""

    number: int
    folder: str
    database_url: str
    shared: tuple[str, ...]  # the cases every desk edits
    today: date
    seconds: float  # how long the desk works after the collision round …
    min_operations: int  # … but at least this many operations …
    max_operations: int  # … and at most this many
    result_file: str

    @property
    def actor(self) -> str:
        return f"desk{self.number}"


def run(assignment: Assignment, start: StartLine) -> None:
    """The process's work: the result (or the traceback) goes to ``result_file``."""
    try:
        result: dict[str, Any] = Desk(assignment, start).work()
    except BaseException:  # noqa: BLE001 - the test shows the traceback
        start.abort()  # the others stop waiting for this desk
        result = {"actor": assignment.actor, "crash": traceback.format_exc()}
        _write(assignment, result)
        raise SystemExit(1) from None
    _write(assignment, result)


def _write(assignment: Assignment, result: dict[str, Any]) -> None:
    path = Path(assignment.result_file)
    draft = path.with_suffix(".draft")
    draft.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    draft.replace(path)


class Desk:
    def __init__(self, assignment: Assignment, start: StartLine) -> None:
        self.a = assignment
        self.start = start
        self.random = random.Random(assignment.number)
        self.logged: list[str] = []
        self.edits: list[dict[str, Any]] = []

    def work(self) -> dict[str, Any]:
        paths = DataPaths(Path(self.a.folder)).prepare()
        Settings(paths.settings_file).set(DATABASE_URL, self.a.database_url)
        ctx = open_desk(paths, actor=self.a.actor)
        today = self.a.today
        ctx.today = lambda: today
        try:
            self._wait()  # every desk open
            self._collision_round(ctx)
            deadline = time.monotonic() + self.a.seconds
            operations = 1
            while operations < self.a.min_operations or (
                operations < self.a.max_operations and time.monotonic() < deadline
            ):
                if operations % 3 == 0:
                    self.logged.append(log_case(ctx, received_on=ARRIVALS[len(self.logged) % 2]))
                else:
                    self._edit(ctx, self._pick(ctx), f"{self.a.actor}-{operations}")
                operations += 1
        finally:
            ctx.db.dispose()
        return {
            "actor": self.a.actor,
            "operations": operations,
            "logged": self.logged,
            "edits": self.edits,
        }

    def _wait(self) -> None:
        try:
            self.start.wait(timeout=BARRIER_SECONDS)
        except BrokenBarrierError:
            raise RuntimeError(
                "another desk failed before the start (its traceback says why)"
            ) from None

    def _collision_round(self, ctx: DeskContext) -> None:
        """Every desk reads the first shared case, waits for all to have read it, then
        saves over the version read: one save goes through, every other is refused."""
        reference = self.a.shared[0]
        seen = cases.get_case(ctx, reference)
        self._wait()
        self._edit(ctx, reference, f"{self.a.actor}-0", seen=seen, field="notes", phase="collision")

    def _pick(self, ctx: DeskContext) -> str:
        if self.random.random() < SHARED_SHARE:
            return self.random.choice(self.a.shared)
        with ctx.db.read() as session:
            return self.random.choice(list(session.scalars(select(Case.reference))))

    def _edit(
        self,
        ctx: DeskContext,
        reference: str,
        token: str,
        *,
        seen: Case | None = None,
        field: str | None = None,
        phase: str = "free",
    ) -> None:
        """Read the case (unless ``seen``), then change a field or move its status over
        the version read; record whether that was applied or refused, and why."""
        seen = seen or cases.get_case(ctx, reference)
        if field is None:
            field = self.random.choice((*EDITED_FIELDS, "status"))
        attempt: dict[str, Any] = {
            "reference": reference,
            "field": field,
            "token": token,
            "seen_version": seen.version,
            "phase": phase,
        }
        try:
            if field == "status":
                moved_to = (
                    CaseStatus.AWAITING_DOCUMENTS
                    if seen.status is CaseStatus.RECEIVED
                    else CaseStatus.RECEIVED
                )
                attempt["status"] = moved_to.value
                saved = cases.move_status(
                    ctx, reference, moved_to, reason=token, seen_version=seen.version
                )
            else:
                saved = cases.update_case(ctx, reference, {field: token}, seen_version=seen.version)
        except ChangedElsewhere as refused:
            attempt.update(
                outcome="refused",
                message=refused.message,
                changes=[[c.actor, c.action, c.field] for c in refused.changes],
            )
        else:
            attempt.update(outcome="applied", version=saved.version)
        self.edits.append(attempt)
