"""SQLAlchemy 2 typed models of the case database.

A change here needs an Alembic migration (``store/migrations/versions``);
``tests/store/test_migrations.py`` fails while models and migrations differ.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.identity_documents import DocumentType, Holder
from privacy_desk.domain.ledger import Medium, ProvisionBasis, ProvisionDirection
from privacy_desk.domain.letters import LetterKind, MailKind
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.domain.retention import (
    DisposalMethod,
    PeriodUnit,
    RetainedKind,
    RetentionEvent,
)
from privacy_desk.domain.roles import Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.store.sealed import SealedBytes, SealedDate, SealedText, name_sealed_columns

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum: type[StrEnum], length: int = 32) -> Enum:
    """Store an enum by its value in a plain text column (no CHECK, no native type).

    New members then need no table rebuild; unknown values read back raise.
    """
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Case(Base):
    """One mailed request, from the envelope to the reply."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("reference_year", "reference_sequence"),
        Index("ix_cases_status_target", "status", "target_on"),
        # the case list (services/case_list.py): filter, count and page by index
        Index(
            "ix_cases_list",
            "status",
            "received_on",
            "reference_year",
            "reference_sequence",
            "target_on",
            "search_text",
        ),
        Index("ix_cases_requester", "requester_kana", "requester_name"),
        Index("ix_cases_requester_kind", "requester_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    reference_year: Mapped[int] = mapped_column(Integer)
    reference_sequence: Mapped[int] = mapped_column(Integer)

    received_on: Mapped[date] = mapped_column(Date, index=True)
    postmarked_on: Mapped[date | None] = mapped_column(Date)

    requester_kind: Mapped[RequesterKind] = mapped_column(enum_column(RequesterKind))
    requester_name: Mapped[str] = mapped_column(String(200))
    requester_kana: Mapped[str] = mapped_column(String(200), default="")
    requester_birth_date: Mapped[date | None] = mapped_column(Date)
    requester_postal_code: Mapped[str] = mapped_column(SealedText(String(7)), default="")
    requester_address: Mapped[str] = mapped_column(SealedText(String(400)), default="")
    requester_phone: Mapped[str] = mapped_column(SealedText(String(40)), default="")
    requester_email: Mapped[str] = mapped_column(SealedText(String(200)), default="")

    agent_name: Mapped[str] = mapped_column(String(200), default="")
    agent_kana: Mapped[str] = mapped_column(String(200), default="")
    agent_postal_code: Mapped[str] = mapped_column(SealedText(String(7)), default="")
    agent_address: Mapped[str] = mapped_column(SealedText(String(400)), default="")
    agent_phone: Mapped[str] = mapped_column(SealedText(String(40)), default="")
    agent_email: Mapped[str] = mapped_column(SealedText(String(200)), default="")
    agent_qualification: Mapped[str] = mapped_column(String(200), default="")
    agent_registration_number: Mapped[str] = mapped_column(String(64), default="")

    disclosure_method: Mapped[DisclosureMethod | None] = mapped_column(
        enum_column(DisclosureMethod)
    )
    fee_amount: Mapped[int] = mapped_column(Integer, default=0)
    fee_payment: Mapped[FeePayment] = mapped_column(
        enum_column(FeePayment), default=FeePayment.NONE
    )
    money_order_number: Mapped[str] = mapped_column(String(32), default="")
    money_order_issued_on: Mapped[date | None] = mapped_column(Date)

    language: Mapped[str] = mapped_column(String(8), default="ja")
    assigned_to: Mapped[str] = mapped_column(String(64), default="", index=True)
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus), index=True)
    notes: Mapped[str] = mapped_column(SealedText(), default="")
    # set on cases imported from the office's earlier records: the same row
    # imported twice is recognised by it (services/importing.py)
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)

    # Derived from the calendar, pauses and extensions; stored so that lists
    # can filter and sort on them in SQL. Recomputed by the case services.
    target_on: Mapped[date] = mapped_column(Date, index=True)
    legal_line_on: Mapped[date] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    closed_on: Mapped[date | None] = mapped_column(Date)
    # the day the reply went out (the last move to "replied"): handling time runs to it
    replied_on: Mapped[date | None] = mapped_column(Date, index=True)

    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(String(40))
    #: Raised by one at every save (``version_id_col``): a desk whose save was meant for
    #: an older version is refused (several desks on one database, issue 11).
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own attribute
    # Folded reference, names, kana, address, phone (domain.search.fold), kept up
    # to date by the case services, for searching "with or without spaces, full
    # or half width".
    search_text: Mapped[str] = mapped_column(Text, default="")

    requests: Mapped[list[CaseRequest]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="CaseRequest.position",
    )
    enclosures: Mapped[list[Enclosure]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Enclosure.id"
    )
    pauses: Mapped[list[CasePause]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CasePause.started_on"
    )
    extensions: Mapped[list[CaseExtension]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseExtension.id"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Document.id"
    )
    letters: Mapped[list[Letter]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Letter.id"
    )

    @property
    def request_types(self) -> list[RequestType]:
        return [r.request_type for r in self.requests]

    @property
    def undecided_types(self) -> list[RequestType]:
        return [r.request_type for r in self.requests if r.outcome is None]


class CaseRequest(Base):
    """One right exercised in a case, with the data concerned and the reasons."""

    __tablename__ = "case_requests"
    # the case list sorted by the first request type walks it (services/case_list.py)
    __table_args__ = (Index("ix_case_requests_first", "position", "request_type", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    request_type: Mapped[RequestType] = mapped_column(enum_column(RequestType), index=True)
    data_concerned: Mapped[str] = mapped_column(SealedText(), default="")
    reasons: Mapped[str] = mapped_column(SealedText(), default="")
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome))
    refusal_ground: Mapped[RefusalGround | None] = mapped_column(enum_column(RefusalGround))
    explanation: Mapped[str] = mapped_column(SealedText(), default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    # the two-person rule: a refusal or an erasure stands once another manager approved it
    approved_on: Mapped[date | None] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(64), default="")

    case: Mapped[Case] = relationship(back_populates="requests")


class Enclosure(Base):
    """Something that came in the envelope (or later, by a second letter)."""

    __tablename__ = "enclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EnclosureKind] = mapped_column(enum_column(EnclosureKind))
    description: Mapped[str] = mapped_column(SealedText(String(400)), default="")
    received_on: Mapped[date] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="enclosures")


class Document(Base):
    """A copy of an identity document or proof of agency that came with a case.

    The images are its pages, stored inside the encrypted database. Disposal
    deletes the pages and keeps this row: the record that the copy existed, what
    it was, and when and by whom it was destroyed.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    doc_type: Mapped[DocumentType] = mapped_column(enum_column(DocumentType, length=48))
    holder: Mapped[Holder] = mapped_column(enum_column(Holder))
    received_on: Mapped[date] = mapped_column(Date)
    issued_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16), default="file")  # scanner, folder, file
    # what staff confirmed on the copy (domain.identity_documents.IdentityDocument)
    masked: Mapped[str] = mapped_column(Text, default="[]")  # MaskRequirement values, JSON
    shows_individual_number: Mapped[bool] = mapped_column(Boolean, default=False)
    is_my_number_back: Mapped[bool] = mapped_column(Boolean, default=False)
    seal_matches_certificate: Mapped[bool] = mapped_column(Boolean, default=False)
    # what staff re-keyed off the document, compared with the request form
    rekeyed_name: Mapped[str] = mapped_column(SealedText(String(200)), default="")
    rekeyed_birth_date: Mapped[date | None] = mapped_column(SealedDate())
    rekeyed_address: Mapped[str] = mapped_column(SealedText(String(400)), default="")
    rekeyed_agent_name: Mapped[str] = mapped_column(SealedText(String(200)), default="")
    differences: Mapped[str] = mapped_column(
        SealedText(), default="{}"
    )  # RekeyField -> reason, JSON
    note: Mapped[str] = mapped_column(SealedText(String(400)), default="")
    page_count: Mapped[int] = mapped_column(Integer, default=0)  # kept after disposal
    added_at: Mapped[str] = mapped_column(String(40))
    added_by: Mapped[str] = mapped_column(String(64))
    dispose_after: Mapped[date | None] = mapped_column(Date, index=True)
    disposed_at: Mapped[str | None] = mapped_column(String(40))
    disposed_by: Mapped[str] = mapped_column(String(64), default="")

    case: Mapped[Case] = relationship(back_populates="documents")
    pages: Mapped[list[DocumentPage]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        order_by="DocumentPage.position",
    )


class DocumentPage(Base):
    """One page image of a document (recompressed; masked pixels replaced, not hidden)."""

    __tablename__ = "document_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    mime: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    dpi: Mapped[int] = mapped_column(Integer)
    rotation: Mapped[int] = mapped_column(Integer, default=0)  # degrees clockwise, to show
    byte_size: Mapped[int] = mapped_column(Integer)
    masked: Mapped[bool] = mapped_column(Boolean, default=False)
    # loaded only when asked for: a list of pages never reads the images
    image: Mapped[bytes] = mapped_column(SealedBytes(), deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(SealedBytes(), deferred=True)

    document: Mapped[Document] = relationship(back_populates="pages")


class Letter(Base):
    """A letter issued for a case: the exact PDF kept, so a reprint is the same letter."""

    __tablename__ = "letters"
    __table_args__ = (UniqueConstraint("case_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)  # 1, 2, … within the case
    document_number: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind))
    language: Mapped[str] = mapped_column(String(8))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[str] = mapped_column(String(40))
    issued_by: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(SealedBytes(), deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer, default=1)
    edited_parts: Mapped[str] = mapped_column(Text, default="[]")  # names staff changed, JSON
    mail_kind: Mapped[MailKind | None] = mapped_column(enum_column(MailKind))
    tracking_number: Mapped[str] = mapped_column(String(40), default="")
    sent_on: Mapped[date | None] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date)
    returned_note: Mapped[str] = mapped_column(SealedText(String(400)), default="")

    case: Mapped[Case] = relationship(back_populates="letters")


class CasePause(Base):
    """The clock stops while the office waits for documents it asked for."""

    __tablename__ = "case_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(SealedText(String(400)), default="")

    case: Mapped[Case] = relationship(back_populates="pauses")


class CaseExtension(Base):
    """A recorded move of the internal target date, with its reason."""

    __tablename__ = "case_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    granted_on: Mapped[date] = mapped_column(Date)
    previous_target_on: Mapped[date] = mapped_column(Date)
    new_target_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(SealedText())
    granted_by: Mapped[str] = mapped_column(String(64))

    case: Mapped[Case] = relationship(back_populates="extensions")


class RetentionRuleRow(Base):
    """How long the office keeps one kind of its own files (domain.retention)."""

    __tablename__ = "retention_rules"

    kind: Mapped[RetainedKind] = mapped_column(enum_column(RetainedKind), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    unit: Mapped[PeriodUnit] = mapped_column(enum_column(PeriodUnit))
    from_event: Mapped[RetentionEvent] = mapped_column(enum_column(RetentionEvent))
    changed_by: Mapped[str] = mapped_column(String(64), default="")
    changed_at: Mapped[str] = mapped_column(String(40), default="")


class Disposal(Base):
    """The record that something was (or is to be) destroyed: what it was, never its content.

    Requested by one manager, approved by another (the two-person rule); the
    destruction happens on approval (``done_at``). No foreign key: the record
    outlives what it names.
    """

    __tablename__ = "disposals"
    __table_args__ = (Index("ix_disposals_item", "item_kind", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_kind: Mapped[RetainedKind] = mapped_column(enum_column(RetainedKind))
    item_id: Mapped[int] = mapped_column(Integer)
    case_reference: Mapped[str] = mapped_column(String(16), index=True)
    description: Mapped[str] = mapped_column(String(400))
    description_ja: Mapped[str] = mapped_column(String(400), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    rule: Mapped[str] = mapped_column(String(200))
    rule_ja: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[DisposalMethod] = mapped_column(enum_column(DisposalMethod))
    certificate_number: Mapped[str] = mapped_column(String(64), default="")
    witness: Mapped[str] = mapped_column(String(100), default="")
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[str] = mapped_column(String(40))
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[str | None] = mapped_column(String(40))
    done_at: Mapped[str | None] = mapped_column(String(40))


class PurposeAchieved(Base):
    """The record that the purpose of use of an item kept "until achieved" was achieved.

    From ``achieved_on`` the item is due for disposal (domain.retention).
    """

    __tablename__ = "purpose_achievements"

    item_kind: Mapped[RetainedKind] = mapped_column(enum_column(RetainedKind), primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    achieved_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(400), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(40))


class Purpose(Base):
    """A purpose of use of the privacy policy §5 (domain.ledger.POLICY_PURPOSES)."""

    __tablename__ = "purposes"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    text_en: Mapped[str] = mapped_column(String(400))
    text_ja: Mapped[str] = mapped_column(String(400))


class LedgerEntryPurpose(Base):
    __tablename__ = "ledger_entry_purposes"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_entries.id", ondelete="CASCADE"), primary_key=True
    )
    purpose_code: Mapped[str] = mapped_column(ForeignKey("purposes.code"), primary_key=True)


class LedgerEntry(Base):
    """One set of personal information the company holds (個人情報管理台帳, domain.ledger)."""

    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    data_items: Mapped[str] = mapped_column(Text, default="")
    special_care: Mapped[bool] = mapped_column(Boolean, default=False)
    special_care_items: Mapped[str] = mapped_column(String(400), default="")
    acquisition: Mapped[str] = mapped_column(String(400), default="")
    storage_place: Mapped[str] = mapped_column(String(400), default="")
    medium: Mapped[Medium] = mapped_column(enum_column(Medium))
    department: Mapped[str] = mapped_column(String(200), default="")
    access: Mapped[str] = mapped_column(String(400), default="")
    period_of_use: Mapped[str] = mapped_column(String(200), default="")
    retention_count: Mapped[int] = mapped_column(Integer, default=0)
    retention_unit: Mapped[PeriodUnit] = mapped_column(enum_column(PeriodUnit))
    retention_event: Mapped[str] = mapped_column(String(200), default="")
    disposal_method: Mapped[DisposalMethod] = mapped_column(enum_column(DisposalMethod))
    third_party: Mapped[bool] = mapped_column(Boolean, default=False)
    joint_use: Mapped[bool] = mapped_column(Boolean, default=False)
    recipients: Mapped[str] = mapped_column(String(400), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date] = mapped_column(Date, index=True)
    retired_on: Mapped[date | None] = mapped_column(Date)  # no longer held
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[str] = mapped_column(String(40), default="")
    changed_by: Mapped[str] = mapped_column(String(64), default="")

    purposes: Mapped[list[LedgerEntryPurpose]] = relationship(cascade="all, delete-orphan")
    reviews: Mapped[list[LedgerReview]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="LedgerReview.id"
    )
    batches: Mapped[list[LedgerBatch]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="LedgerBatch.id"
    )


class LedgerReview(Base):
    """One yearly review of a ledger entry: who reviewed it, when, and what they noted."""

    __tablename__ = "ledger_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_entries.id", ondelete="CASCADE"), index=True
    )
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewed_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(400), default="")
    recorded_at: Mapped[str] = mapped_column(String(40))

    entry: Mapped[LedgerEntry] = relationship(back_populates="reviews")


class LedgerBatch(Base):
    """A batch of a ledger entry's data (a year's forms, one event's list), due as one."""

    __tablename__ = "ledger_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_entries.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(200))
    event_on: Mapped[date | None] = mapped_column(Date)  # the entry's named event
    disposed_at: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))

    entry: Mapped[LedgerEntry] = relationship(back_populates="batches")


class ProvisionRecord(Base):
    """A record of provision to (Art. 29) or receipt from (Art. 30) a third party."""

    __tablename__ = "provision_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), index=True)
    direction: Mapped[ProvisionDirection] = mapped_column(enum_column(ProvisionDirection))
    provided_on: Mapped[date] = mapped_column(Date, index=True)
    counterparty: Mapped[str] = mapped_column(String(200))
    counterparty_address: Mapped[str] = mapped_column(String(400), default="")
    subject_name: Mapped[str] = mapped_column(String(200))
    subject_kana: Mapped[str] = mapped_column(String(200), default="")
    subject_birth_date: Mapped[date | None] = mapped_column(Date)
    items: Mapped[str] = mapped_column(String(400))
    basis: Mapped[ProvisionBasis] = mapped_column(enum_column(ProvisionBasis))
    note: Mapped[str] = mapped_column(String(400), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(40))


class Complaint(Base):
    """A complaint or inquiry about the handling of personal information (domain.complaints)."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ContactKind] = mapped_column(enum_column(ContactKind))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    person_name: Mapped[str] = mapped_column(String(200), default="")
    person_contact: Mapped[str] = mapped_column(SealedText(String(400)), default="")
    subject: Mapped[str] = mapped_column(SealedText())
    case_reference: Mapped[str] = mapped_column(String(16), default="", index=True)
    response: Mapped[str] = mapped_column(SealedText(), default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    handled_by: Mapped[str] = mapped_column(String(64), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[str] = mapped_column(String(40), default="")


class ReferenceCounter(Base):
    """The last reference sequence handed out per year."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_sequence: Mapped[int] = mapped_column(Integer)


class AuditEntry(Base):
    """One append-only, hash-chained record of who did what.

    ``entry_hash`` = SHA-256 over the previous entry's hash and this entry's
    canonical content; see ``store/audit.py``.
    """

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    recorded_at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity_type: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(32), default="")
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(SealedText())
    new_value: Mapped[str | None] = mapped_column(SealedText())
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_audit_entries_entity", "entity_type", "entity_id"),)


class AuditHead(Base):
    """The newest entry of the chain, so that a cut-off tail is noticed."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class User(Base):
    """Someone who may open the database; the password opens its key slot too."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, PHC string
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))
    last_login_at: Mapped[str | None] = mapped_column(String(40))


class OfficeProfile(Base):
    """The office as letters present it: one row."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    company_name: Mapped[str] = mapped_column(String(200))
    company_name_en: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(7))
    address: Mapped[str] = mapped_column(String(400))
    address_en: Mapped[str] = mapped_column(String(400))
    phone: Mapped[str] = mapped_column(String(40))
    contact: Mapped[str] = mapped_column(String(200))
    contact_en: Mapped[str] = mapped_column(String(200))
    signatory_name: Mapped[str] = mapped_column(String(100))
    signatory_title: Mapped[str] = mapped_column(String(200))


class OfficeKeys(Base):
    """The key slots of an office kept on a database server: one row (``id`` 1).

    On one PC they are ``keys.json`` beside the encrypted file (which cannot hold the
    slots that open it). On a server every desk must find them, so they live here: the
    same document (security/keys.py), each slot the data key wrapped by a password,
    which the server never sees. ``document`` is empty until the office is set up.
    """

    __tablename__ = "office_keys"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    document: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[str] = mapped_column(String(40), default="")


# every sealed column's values carry its table and column (store/sealed.py)
name_sealed_columns(Base.metadata.sorted_tables)
