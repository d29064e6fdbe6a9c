"""Letters of a case: the proposal, the facts, issuing, reprinting and mailing."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.letters import LetterKind, MailKind
from privacy_desk.domain.requests import RequesterKind
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.services import cases, decisions, documents, letters
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import AuditEntry
from tests.helpers.cases import log_case
from tests.helpers.documents import add_licence, verify_identity


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return "".join(text.split())


def _actions(desk: DeskContext) -> list[str]:
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.like("letter.%") | (AuditEntry.action == "form.print"))
                .order_by(AuditEntry.id)
            )
        )


def _decided(desk: DeskContext, outcome: Outcome, **kwargs: object) -> str:
    ref = log_case(desk, received_on=date(2026, 11, 9))
    verify_identity(desk, ref, on=date(2026, 11, 10))
    cases.move_status(desk, ref, CaseStatus.IN_PROGRESS, on=date(2026, 11, 11))
    decisions.record_decision(desk, ref, 0, outcome, **kwargs)  # type: ignore[arg-type]
    return ref


def test_the_proposal_follows_the_state_and_the_decisions(desk: DeskContext) -> None:
    ref = log_case(desk)
    assert letters.propose_letters(desk, ref)[:2] == [
        LetterKind.ACKNOWLEDGEMENT,
        LetterKind.MISSING_DOCUMENTS,
    ]
    letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    assert letters.propose_letters(desk, ref)[0] is LetterKind.MISSING_DOCUMENTS  # sent once
    documents.request_missing_documents(desk, ref)
    assert letters.propose_letters(desk, ref)[0] is LetterKind.MISSING_DOCUMENTS
    assert len(letters.propose_letters(desk, ref)) == len(LetterKind)
    refused = _decided(
        desk, Outcome.REFUSED, ground=RefusalGround.OTHER_LAW, explanation="法令に抵触するため"
    )
    assert letters.propose_letters(desk, refused)[0] is LetterKind.NON_DISCLOSURE
    done = _decided(desk, Outcome.DONE)
    assert letters.propose_letters(desk, done)[0] is LetterKind.DISCLOSURE
    assert sorted(letters.propose_letters(desk, done)) == sorted(LetterKind)  # all stay possible


def test_the_letter_goes_to_the_address_on_the_identity_document(desk: DeskContext) -> None:
    ref = log_case(desk)
    licence = add_licence(desk, ref)
    documents.update_document(
        desk,
        licence.id,
        {
            "rekeyed_address": "京都府向日市寺戸町試験1丁目2番",
            "differences": {"address": "表記の違い"},
        },
    )
    data = letters.letter_data(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    assert data.recipient.address == "京都府向日市寺戸町試験1丁目2番"
    assert data.recipient.name == "試験　花子" and data.recipient.postal_code == "6170002"
    assert data.document_number == f"個情第{ref}-01号"
    assert data.office.company_name == "オムロン ソフトウェア株式会社"


def test_an_agents_request_is_answered_to_the_agent(desk: DeskContext) -> None:
    ref = log_case(
        desk,
        requester_kind=RequesterKind.APPOINTED_AGENT,
        agent_name="代理　一郎",
        agent_postal_code="600-8001",
        agent_address="京都府京都市下京区試験町5",
    )
    recipient = letters.letter_data(desk, ref, LetterKind.ACKNOWLEDGEMENT).recipient
    assert (recipient.name, recipient.address) == ("代理　一郎", "京都府京都市下京区試験町5")


def test_a_missing_documents_letter_lists_exactly_what_is_missing(desk: DeskContext) -> None:
    ref = log_case(desk)
    data = letters.letter_data(desk, ref, LetterKind.MISSING_DOCUMENTS)
    checklist = documents.identity_checklist(desk, ref)
    assert [m.text for m in data.missing] == [item.text_ja for item in checklist.missing]
    assert data.reply_by == date(2026, 12, 8)  # today + today.awaiting_documents_days
    english = letters.letter_data(desk, ref, LetterKind.MISSING_DOCUMENTS, language="en")
    assert [m.text for m in english.missing] == [item.text_en for item in checklist.missing]


def test_an_issued_letter_keeps_its_exact_pdf_and_hash(desk: DeskContext) -> None:
    ref = _decided(
        desk,
        Outcome.REFUSED,
        ground=RefusalGround.BUSINESS_INTERFERENCE,
        explanation="社内調査に関する記録のため",
    )
    issued = letters.issue_letter(
        desk, ref, LetterKind.NON_DISCLOSURE, overrides={"closing": "", "unknown": " "}
    )
    assert issued.document_number == f"{ref}-01" and issued.sequence == 1
    assert issued.issued_by == "clerk" and issued.edited_parts == ()
    pdf = letters.letter_pdf(desk, issued.id)
    assert hashlib.sha256(pdf).hexdigest() == issued.sha256
    text = _flat(_text(pdf))
    for needle in (
        "試験",
        "花子",
        f"個情第{ref}-01号",
        "令和8年11月24日",
        "社内調査に関する記録のため",
    ):
        assert _flat(needle) in text, needle
    assert "第33条第2項第2号" in text
    again = letters.letter_pdf(desk, issued.id)
    assert again == pdf  # a reprint is the same letter
    second = letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    assert second.document_number == f"{ref}-02"
    assert [x.id for x in letters.list_letters(desk, ref)] == [issued.id, second.id]
    assert _actions(desk) == ["letter.issue", "letter.print", "letter.print", "letter.issue"]
    with desk.db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "letter.issue")
        ).first()
        assert entry is not None and json.loads(entry.details)["sha256"] == issued.sha256


def test_an_english_letter_for_a_requester_who_wrote_in_english(desk: DeskContext) -> None:
    ref = log_case(desk, language="en", requester_name="Hanako Shiken")
    issued = letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    assert issued.language == "en"
    text = _text(letters.letter_pdf(desk, issued.id))
    assert "Hanako Shiken" in text and f"PD-{ref}-01" in text


def test_sending_and_return_are_recorded(desk: DeskContext) -> None:
    ref = log_case(desk)
    issued = letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(InvalidInput, match="Record how the letter was sent"):
        letters.record_returned(desk, issued.id)
    with pytest.raises(InvalidInput, match="tracking number"):
        letters.record_sending(desk, issued.id, MailKind.RESTRICTED_DELIVERY)
    with pytest.raises(InvalidInput, match="digits only"):
        letters.record_sending(desk, issued.id, MailKind.REGISTERED, tracking_number="AB12")
    sent = letters.record_sending(
        desk, issued.id, MailKind.RESTRICTED_DELIVERY, tracking_number="1234-5678-9012"
    )
    assert (sent.mail_kind, sent.tracking_number, sent.sent_on) == (
        MailKind.RESTRICTED_DELIVERY,
        "123456789012",
        date(2026, 11, 24),
    )
    back = letters.record_returned(desk, issued.id, note="  保管期間 経過  ")
    assert back.returned_on == date(2026, 11, 24) and back.returned_note == "保管期間 経過"
    assert _actions(desk)[-2:] == ["letter.send", "letter.returned"]


def test_the_request_form_completed_and_blank(desk: DeskContext) -> None:
    ref = log_case(desk)
    completed = _flat(_text(letters.request_form_pdf(desk, ref)))
    assert "試験" in completed and "花子" in completed
    blank = _flat(_text(letters.request_form_pdf(desk, None)))
    assert "花子" not in blank
    assert _actions(desk) == ["form.print"]  # only the form with personal data


def test_a_disclosure_reply_lists_the_data_enclosed(desk: DeskContext) -> None:
    ref = _decided(desk, Outcome.DONE)
    data = letters.letter_data(desk, ref, LetterKind.DISCLOSURE)
    assert data.enclosures == ("開示する保有個人データ（書面）一式",)  # paper, as asked
    assert letters.letter_data(desk, ref, LetterKind.ACKNOWLEDGEMENT).enclosures == ()


def test_a_destroyed_letter_is_not_printed_again(desk: DeskContext) -> None:
    from privacy_desk.store.models import Letter

    ref = log_case(desk)
    issued = letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    with desk.db.write() as session:
        row = session.get(Letter, issued.id)
        assert row is not None
        row.pdf = b""  # as the disposal of a case record leaves it
    with pytest.raises(InvalidInput, match="destroyed under the retention rules"):
        letters.letter_pdf(desk, issued.id)
