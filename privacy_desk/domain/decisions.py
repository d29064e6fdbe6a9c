"""Deciding each request type: outcomes, refusal grounds, and what the law asks.

A refusal, in full or in part, of a disclosure (Art. 33(1)) or of the
disclosure of third-party provision records (Art. 33(5)) is allowed only on
one of the grounds of Art. 33(2) items 1–3. Every refusal and every measure
different from what was asked must be notified with an explanation of the
reasons (Art. 36).
"""

from __future__ import annotations

from enum import StrEnum

from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput


class Outcome(StrEnum):
    DONE = "done"
    PARTLY = "partly"
    REFUSED = "refused"
    NO_SUCH_DATA = "no_such_data"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def needs_explanation(self) -> bool:
        """Art. 36: reasons for anything short of what was asked."""
        return self in (Outcome.PARTLY, Outcome.REFUSED)


_OUTCOME_LABELS = {
    Outcome.DONE: "Done as asked",
    Outcome.PARTLY: "Partly done",
    Outcome.REFUSED: "Refused",
    Outcome.NO_SUCH_DATA: "No such data",
}


class RefusalGround(StrEnum):
    """APPI Art. 33(2) items 1–3."""

    HARM_TO_RIGHTS = "harm_to_rights"
    BUSINESS_INTERFERENCE = "business_interference"
    OTHER_LAW = "other_law"

    @property
    def label(self) -> str:
        return _GROUND_LABELS[self]

    @property
    def article(self) -> str:
        return _GROUND_ARTICLES[self]


_GROUND_LABELS = {
    RefusalGround.HARM_TO_RIGHTS: (
        "Disclosure would harm the life, body, property or other rights of the principal "
        "or a third party"
    ),
    RefusalGround.BUSINESS_INTERFERENCE: (
        "Disclosure would seriously interfere with the proper conduct of the company's business"
    ),
    RefusalGround.OTHER_LAW: "Disclosure would violate another law",
}
_GROUND_ARTICLES = {
    RefusalGround.HARM_TO_RIGHTS: "33(2)(i)",
    RefusalGround.BUSINESS_INTERFERENCE: "33(2)(ii)",
    RefusalGround.OTHER_LAW: "33(2)(iii)",
}

DISCLOSURES = frozenset({RequestType.DISCLOSURE, RequestType.PROVISION_RECORDS})


def needs_approval(request_type: RequestType, outcome: Outcome | None) -> bool:
    """The two-person rule: any refusal (in full or in part) and any erasure take
    effect only once a manager other than the one who recorded them approves."""
    if outcome in (Outcome.REFUSED, Outcome.PARTLY):
        return True
    return request_type is RequestType.SUSPENSION_OR_ERASURE and outcome is Outcome.DONE


def check_decision(
    request_type: RequestType,
    outcome: Outcome,
    ground: RefusalGround | None,
    explanation: str,
) -> None:
    """Refuse a decision the law does not allow, with the reason."""
    if outcome.needs_explanation:
        if request_type in DISCLOSURES and ground is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A refusal of disclosure needs its statutory ground "
                    "(APPI Art. 33(2) items 1–3).",
                )
            )
        if not explanation.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Explain the reasons for the refusal; the letter must carry them "
                    "(APPI Art. 36).",
                )
            )
    if ground is not None and (request_type not in DISCLOSURES or not outcome.needs_explanation):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A statutory ground belongs only to a refused or partial disclosure."
            )
        )
