"""Identity documents of a case: stored scans, audited views, masking, the checklist."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from PIL import Image, ImageChops
from sqlalchemy import select

from privacy_desk.domain.identity_documents import DocumentType, Holder, MaskRequirement
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput, NotFound
from privacy_desk.scanning.masking import BLOCK, Region
from privacy_desk.scanning.pages import page_from_image
from privacy_desk.scanning.synthetic import synthetic_page
from privacy_desk.services import cases, decisions, documents
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import AuditEntry, DocumentPage
from tests.helpers.cases import log_case
from tests.helpers.documents import add_licence, small_page, verify_identity


def _actions(desk: DeskContext) -> list[tuple[str, dict[str, object]]]:
    with desk.db.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("document.%")).order_by(AuditEntry.id)
        ).all()
        return [(row.action, json.loads(row.details)) for row in rows]


def test_a_document_is_stored_with_its_pages_and_listed_without_them(desk: DeskContext) -> None:
    ref = log_case(desk)
    pages = [small_page(1), small_page(2)]
    added = documents.add_document(
        desk, ref, DocumentType.PASSPORT, pages, source="scanner", received_on=date(2026, 11, 20)
    )
    assert (added.doc_type, added.holder, added.page_count) == (
        DocumentType.PASSPORT,
        Holder.PRINCIPAL,
        2,
    )
    assert [p.byte_size for p in added.pages] == [len(p.data) for p in pages]
    (listed,) = documents.list_documents(desk, ref)
    assert listed == added and listed.added_by == "clerk" and listed.source == "scanner"
    assert _actions(desk) == [
        (
            "document.add",
            {
                "document": added.id,
                "type": "passport",
                "pages": 2,
                "source": "scanner",
                "version": 2,  # of the case: the document is part of it
            },
        )
    ]
    # the image never reaches the audit trail, only what it is
    with desk.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "document.add")).one()
        assert "image" not in entry.details and entry.new_value is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"pages": []}, "no pages"),
        ({"received_on": date(2026, 11, 1)}, "between the case's arrival and today"),
        ({"received_on": date(2026, 11, 25)}, "between the case's arrival and today"),
    ],
)
def test_a_document_without_pages_or_with_a_wrong_date_is_refused(
    desk: DeskContext, kwargs: dict[str, object], message: str
) -> None:
    ref = log_case(desk, received_on=date(2026, 11, 9))
    arguments: dict[str, object] = {"pages": [small_page()], **kwargs}
    with pytest.raises(InvalidInput, match=message):
        documents.add_document(desk, ref, DocumentType.PASSPORT, **arguments)  # type: ignore[arg-type]
    assert documents.list_documents(desk, ref) == []


def test_every_look_at_an_image_is_audited(desk: DeskContext) -> None:
    ref = log_case(desk)
    added = documents.add_document(desk, ref, DocumentType.PASSPORT, [small_page(1), small_page(2)])
    thumbs = documents.thumbnails(desk, added.id)
    assert [t[:2] for t in thumbs] == [b"\xff\xd8", b"\xff\xd8"]  # JPEGs
    info, image = documents.page_image(desk, added.pages[1].id)
    assert info.position == 1 and image == small_page(2).data
    documents.page_image(desk, added.pages[1].id)
    desk.actor = "m.tanaka"
    documents.page_image(desk, added.pages[0].id)
    with desk.db.read() as session:
        views = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.view").order_by(AuditEntry.id)
        ).all()
        assert [(v.actor, json.loads(v.details).get("page")) for v in views] == [
            ("clerk", None),  # the thumbnails
            ("clerk", 2),
            ("clerk", 2),
            ("m.tanaka", 1),
        ]
        assert {v.entity_id for v in views} == {ref}
    with pytest.raises(NotFound):
        documents.page_image(desk, 9999)


def _pixels(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def test_masking_replaces_the_stored_pixels_with_uniform_black(desk: DeskContext) -> None:
    ref = log_case(desk)
    page = page_from_image(synthetic_page((1240, 1754), seed=5), dpi=150)
    added = documents.add_document(desk, ref, DocumentType.HEALTH_INSURANCE, [page])
    page_id = added.pages[0].id
    asked = Region(left=101, top=333, width=250, height=57)  # off the 16-pixel grid on purpose
    info = documents.mask_regions(desk, page_id, [asked])
    assert info.masked and info.byte_size > 0
    with desk.db.read() as session:
        stored = session.get(DocumentPage, page_id)
        assert stored is not None
        data, thumbnail = stored.image, stored.thumbnail
    decoded = _pixels(data)
    left, top, right, bottom = asked.widened(decoded.width, decoded.height)
    assert (left, top) == (96, 320) and right % BLOCK == 0 and bottom % BLOCK == 0
    covered = decoded.crop((left, top, right, bottom))
    low, high = zip(*covered.getextrema(), strict=True)
    assert max(high) - min(low) <= 2 and max(high) <= 8  # one uniform black, JPEG or not
    # outside the mask the page is still the page
    original = _pixels(page.data)
    outside = ImageChops.difference(
        original.crop((0, 0, decoded.width, top)), decoded.crop((0, 0, decoded.width, top))
    )
    assert max(high for _low, high in outside.getextrema()) < 80
    assert thumbnail != page.thumbnail
    assert _actions(desk)[-1] == (
        "document.mask",
        {"document": added.id, "type": "health_insurance", "page": 1, "areas": 1},
    )


@pytest.mark.parametrize(
    ("region", "message"),
    [
        (Region(0, 0, 0, 10), "width and a height"),
        (Region(5000, 10, 10, 10), "outside the page"),
    ],
)
def test_a_mask_outside_the_page_is_refused_and_nothing_changes(
    desk: DeskContext, region: Region, message: str
) -> None:
    ref = log_case(desk)
    added = documents.add_document(desk, ref, DocumentType.HEALTH_INSURANCE, [small_page()])
    with pytest.raises(InvalidInput, match=message):
        documents.mask_regions(desk, added.pages[0].id, [region])
    _info, image = documents.page_image(desk, added.pages[0].id)
    assert image == small_page().data


def test_pages_are_turned_reordered_and_removed(desk: DeskContext) -> None:
    ref = log_case(desk)
    added = documents.add_document(
        desk, ref, DocumentType.OTHER, [small_page(1), small_page(2), small_page(3)]
    )
    first, second, third = (p.id for p in added.pages)
    assert documents.rotate_page(desk, second, 1).rotation == 90
    assert documents.rotate_page(desk, second, -2).rotation == 270
    order = documents.move_page(desk, third, 0)
    assert [p.id for p in order] == [third, first, second]
    with pytest.raises(InvalidInput, match="from 1 to 3"):
        documents.move_page(desk, third, 3)
    documents.remove_page(desk, first)
    after = documents.get_document(desk, added.id)
    assert [p.id for p in after.pages] == [third, second] and after.page_count == 2
    assert [p.position for p in after.pages] == [0, 1]
    documents.remove_page(desk, third)
    with pytest.raises(InvalidInput, match="only page"):
        documents.remove_page(desk, second)
    assert [a for a, _ in _actions(desk)] == [
        "document.add",
        "document.rotate",
        "document.rotate",
        "document.reorder",
        "document.page.remove",
        "document.page.remove",
    ]


def test_a_copy_that_must_not_be_kept_is_removed_with_its_reason(desk: DeskContext) -> None:
    ref = log_case(desk)
    added = documents.add_document(desk, ref, DocumentType.MY_NUMBER_CARD_FRONT, [small_page()])
    with pytest.raises(InvalidInput, match="Say why"):
        documents.remove_document(desk, added.id, " ")
    documents.remove_document(desk, added.id, "裏面を誤って読み取り")
    assert documents.list_documents(desk, ref) == []
    with desk.db.read() as session:
        assert session.scalar(select(DocumentPage)) is None
    assert _actions(desk)[-1][1]["reason"] == "裏面を誤って読み取り"


def test_what_staff_confirm_and_rekey_is_stored_and_audited(desk: DeskContext) -> None:
    ref = log_case(desk)
    added = documents.add_document(desk, ref, DocumentType.HEALTH_INSURANCE, [small_page()])
    changed = documents.update_document(
        desk,
        added.id,
        {
            "masked": {MaskRequirement.QR_CODE, MaskRequirement.INSURER_NUMBER},
            "rekeyed_name": " 試験　花子 ",
            "rekeyed_birth_date": date(1980, 4, 1),
            "issued_on": date(2024, 4, 1),
        },
    )
    assert changed.masked == {MaskRequirement.QR_CODE, MaskRequirement.INSURER_NUMBER}
    assert changed.rekeyed.name == "試験　花子" and changed.rekeyed.birth_date == date(1980, 4, 1)
    changes = [d for a, d in _actions(desk) if a == "document.change"]
    assert len(changes) == 4
    documents.update_document(desk, added.id, {"rekeyed_name": "試験　花子"})  # no change
    assert len([a for a, _ in _actions(desk) if a == "document.change"]) == 4
    with pytest.raises(InvalidInput, match="future"):
        documents.update_document(desk, added.id, {"issued_on": date(2027, 1, 1)})
    with pytest.raises(ValueError, match="not a document field"):
        documents.update_document(desk, added.id, {"image": b""})


def test_identity_is_verified_by_the_checklist_not_by_a_click(desk: DeskContext) -> None:
    ref = log_case(desk, received_on=date(2026, 11, 9))
    with pytest.raises(InvalidInput, match="Identity is not yet verified: A copy of one identity"):
        cases.move_status(desk, ref, CaseStatus.VERIFIED)
    licence = add_licence(desk, ref)
    assert documents.identity_checklist(desk, ref).verified
    documents.update_document(desk, licence.id, {"rekeyed_address": "京都府向日市別の町9-9"})
    checklist = documents.identity_checklist(desk, ref)
    assert not checklist.verified
    with pytest.raises(InvalidInput, match="Identity is not yet verified"):
        cases.move_status(desk, ref, CaseStatus.VERIFIED)
    documents.update_document(
        desk, licence.id, {"rekeyed_address": "京都府向日市寺戸町試験1丁目2番"}
    )
    assert cases.move_status(desk, ref, CaseStatus.VERIFIED).status is CaseStatus.VERIFIED


def test_asking_for_what_is_missing_pauses_the_case(desk: DeskContext) -> None:
    ref = log_case(desk, received_on=date(2026, 11, 9))
    missing = documents.request_missing_documents(desk, ref)
    assert missing and all(item.text_ja for item in missing)
    case = cases.get_case(desk, ref)
    assert case.status is CaseStatus.AWAITING_DOCUMENTS
    assert case.pauses[-1].reason.startswith("Missing: ")
    add_licence(desk, ref, received_on=date(2026, 11, 20))
    with pytest.raises(InvalidInput, match="Nothing is missing"):
        documents.request_missing_documents(desk, ref)


def test_the_reply_sets_the_disposal_date_and_closes_the_door_to_new_copies(
    desk: DeskContext,
) -> None:
    ref = log_case(desk, received_on=date(2026, 11, 9))
    verify_identity(desk, ref, on=date(2026, 11, 10))
    cases.move_status(desk, ref, CaseStatus.IN_PROGRESS, on=date(2026, 11, 11))
    decisions.record_decision(desk, ref, 0, decisions.Outcome.DONE)
    cases.move_status(desk, ref, CaseStatus.DECIDED, on=date(2026, 11, 12))
    (before,) = documents.list_documents(desk, ref)
    assert before.dispose_after is None
    cases.move_status(desk, ref, CaseStatus.REPLIED, on=date(2026, 11, 13))
    (after,) = documents.list_documents(desk, ref)
    assert after.dispose_after == date(2026, 12, 13)
    with pytest.raises(InvalidInput, match="takes no documents"):
        documents.add_document(desk, ref, DocumentType.PASSPORT, [small_page()])
