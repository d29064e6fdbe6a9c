"""Recording the decision on each request type of a case."""

from __future__ import annotations

from privacy_desk.domain.decisions import Outcome, RefusalGround, check_decision, needs_approval
from privacy_desk.domain.roles import Permission, check_second_person
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, label
from privacy_desk.services.cases import case_event, load_case, save_case
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case


def record_decision(
    ctx: DeskContext,
    reference: str,
    position: int,
    outcome: Outcome,
    *,
    ground: RefusalGround | None = None,
    explanation: str = "",
) -> Case:
    """Decide one request type of a case (``position`` as in ``case.requests``)."""
    ctx.require(Permission.PROCESS_CASES)
    today = ctx.today()
    with ctx.db.write() as session:
        case = load_case(session, reference)
        if not case.status.awaits_reply:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Case {reference} is '{status}'; its decisions can no longer change."
                ),
                reference=reference,
                status=label(case.status.label),
            )
        try:
            request = next(r for r in case.requests if r.position == position)
        except StopIteration:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Case {reference} has no request number {number}."),
                reference=reference,
                number=position + 1,
            ) from None
        check_decision(request.request_type, outcome, ground, explanation)
        before = {
            "outcome": request.outcome,
            "refusal_ground": request.refusal_ground,
            "explanation": request.explanation,
        }
        after = {"outcome": outcome, "refusal_ground": ground, "explanation": explanation.strip()}
        if before == after:
            return case
        request.outcome = outcome
        request.refusal_ground = ground
        request.explanation = explanation.strip()
        request.decided_on = today
        request.decided_by = ctx.actor
        request.approved_on = None  # a changed decision is approved afresh
        request.approved_by = ""
        event = case_event(
            ctx,
            reference,
            "case.decide",
            f"request.{request.request_type.value}",
            {k: v for k, v in before.items() if v},
            {k: v for k, v in after.items() if v},
        )
        save_case(ctx, session, case, today, [event])
    return case


def approve_decision(ctx: DeskContext, reference: str, position: int) -> Case:
    """A manager other than the one who recorded it approves a refusal or an erasure."""
    ctx.require(Permission.APPROVE)
    assert ctx.role is not None  # require() refuses a missing role
    today = ctx.today()
    with ctx.db.write() as session:
        case = load_case(session, reference)
        request = next((r for r in case.requests if r.position == position), None)
        if request is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Case {reference} has no request number {number}."),
                reference=reference,
                number=position + 1,
            )
        if not needs_approval(request.request_type, request.outcome):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "This decision needs no approval."))
        if request.approved_by:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{approver} approved this decision already."),
                approver=request.approved_by,
            )
        check_second_person(request.decided_by, ctx.actor, ctx.role)
        request.approved_on = today
        request.approved_by = ctx.actor
        event = case_event(ctx, reference, "case.approve", f"request.{request.request_type.value}")
        save_case(ctx, session, case, today, [event])
    return case
