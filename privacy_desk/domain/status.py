"""The life of a case as a state machine.

received → awaiting documents (clock paused) → verified → in progress →
decided → replied → closed; withdrawn and rejected-incomplete are ends too.
"""

from __future__ import annotations

from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP, IllegalTransition, Phrases, label


class CaseStatus(StrEnum):
    RECEIVED = "received"
    AWAITING_DOCUMENTS = "awaiting_documents"
    VERIFIED = "verified"
    IN_PROGRESS = "in_progress"
    DECIDED = "decided"
    REPLIED = "replied"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    REJECTED_INCOMPLETE = "rejected_incomplete"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]

    @property
    def pauses_clock(self) -> bool:
        """While the office waits for documents it asked for, no day counts."""
        return self is CaseStatus.AWAITING_DOCUMENTS

    @property
    def is_open(self) -> bool:
        """Not ended: somebody still has to act on the case."""
        return not self.is_final

    @property
    def awaits_reply(self) -> bool:
        """The requester is still owed a reply: the deadlines run."""
        return self not in (
            CaseStatus.REPLIED,
            CaseStatus.CLOSED,
            CaseStatus.WITHDRAWN,
            CaseStatus.REJECTED_INCOMPLETE,
        )


_LABELS = {
    CaseStatus.RECEIVED: "Received",
    CaseStatus.AWAITING_DOCUMENTS: "Awaiting documents",
    CaseStatus.VERIFIED: "Identity verified",
    CaseStatus.IN_PROGRESS: "In progress",
    CaseStatus.DECIDED: "Decided",
    CaseStatus.REPLIED: "Replied",
    CaseStatus.CLOSED: "Closed",
    CaseStatus.WITHDRAWN: "Withdrawn",
    CaseStatus.REJECTED_INCOMPLETE: "Rejected as incomplete",
}

S = CaseStatus
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.RECEIVED: frozenset({S.AWAITING_DOCUMENTS, S.VERIFIED, S.WITHDRAWN, S.REJECTED_INCOMPLETE}),
    S.AWAITING_DOCUMENTS: frozenset(
        {S.RECEIVED, S.VERIFIED, S.IN_PROGRESS, S.WITHDRAWN, S.REJECTED_INCOMPLETE}
    ),
    S.VERIFIED: frozenset({S.AWAITING_DOCUMENTS, S.IN_PROGRESS, S.WITHDRAWN}),
    S.IN_PROGRESS: frozenset({S.AWAITING_DOCUMENTS, S.DECIDED, S.WITHDRAWN}),
    S.DECIDED: frozenset({S.IN_PROGRESS, S.REPLIED, S.WITHDRAWN}),
    S.REPLIED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.REJECTED_INCOMPLETE: frozenset(),
}
del S

#: Statuses that end a case: the day of the move is its closing date.
CLOSING_STATUSES = frozenset(
    {CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.REJECTED_INCOMPLETE}
)


def allowed_moves(current: CaseStatus) -> frozenset[CaseStatus]:
    return TRANSITIONS[current]


def check_move(current: CaseStatus, new: CaseStatus) -> None:
    """Refuse an illegal move with a sentence that says what is possible."""
    if new is current:
        raise IllegalTransition(
            QT_TRANSLATE_NOOP("Errors", "The case is already '{status}'."),
            status=label(current.label),
        )
    allowed = TRANSITIONS[current]
    if new in allowed:
        return
    if not allowed:
        raise IllegalTransition(
            QT_TRANSLATE_NOOP(
                "Errors", "The case is '{status}', which is final; it cannot become '{new}'."
            ),
            status=label(current.label),
            new=label(new.label),
        )
    options = Phrases(label(s.label) for s in CaseStatus if s in allowed)
    raise IllegalTransition(
        QT_TRANSLATE_NOOP(
            "Errors", "A case that is '{status}' cannot become '{new}'; it can become {options}."
        ),
        status=label(current.label),
        new=label(new.label),
        options=options,
    )
