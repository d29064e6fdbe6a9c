"""Retention of the office's own files and when each is due for disposal (requests.md §4).

A :class:`RetentionRule` keeps something for a number of days, months or years
counted from an event (the reply, the closing), or until its purpose is
achieved. Periods are counted as the Civil Code counts them (Art. 140, 143):
the day of the event is not counted, so the period starts the next day, and a
period of months or years ends on the day before the corresponding day of the
last month, or on that month's last day when it has none. So a case closed on
01-31 and kept one month is kept through 02-28 (02-29 in a leap year); a
record of 2028-02-29 kept one year is kept through 2029-02-28.

:func:`due_on` is that last day of the period: the item is *due* from that day
on (the due list shows what is due on or before a chosen day). A rule "until
the purpose is achieved" has no date: it is due only once someone records
that the purpose was achieved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from privacy_desk.domain.fees import period_end


class RetainedKind(StrEnum):
    """What is kept and disposed of: the office's own files, and ledger batches."""

    CASE_RECORD = "case_record"
    ID_COPY = "id_copy"  # identity documents and proofs of agency
    LETTER = "letter"  # the stored PDF of an issued letter
    # a batch of a ledger entry's data, held outside Privacy Desk; its rule is the entry's
    LEDGER_BATCH = "ledger_batch"

    @property
    def label(self) -> str:
        return {
            RetainedKind.CASE_RECORD: "Case record",
            RetainedKind.ID_COPY: "ID copy",
            RetainedKind.LETTER: "Letter",
            RetainedKind.LEDGER_BATCH: "Ledger batch",
        }[self]

    @property
    def label_ja(self) -> str:
        return {
            RetainedKind.CASE_RECORD: "案件記録",
            RetainedKind.ID_COPY: "本人確認書類等の写し",
            RetainedKind.LETTER: "発行書面",
            RetainedKind.LEDGER_BATCH: "台帳記載の個人情報",
        }[self]


class PeriodUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"
    UNTIL_PURPOSE_ACHIEVED = "until_purpose_achieved"


class RetentionEvent(StrEnum):
    """The event a period is counted from."""

    REPLY = "reply"  # the reply, or the closing of a case that ends without one
    CLOSING = "closing"

    @property
    def label(self) -> str:
        return {RetentionEvent.REPLY: "the reply", RetentionEvent.CLOSING: "closing"}[self]

    @property
    def label_ja(self) -> str:
        return {RetentionEvent.REPLY: "回答の日", RetentionEvent.CLOSING: "案件完結の日"}[self]


class DisposalMethod(StrEnum):
    SHREDDING = "shredding"
    DELETION = "deletion"
    CONTRACTOR = "contractor"  # a disposal contractor, who issues a certificate

    @property
    def label(self) -> str:
        return {
            DisposalMethod.SHREDDING: "Shredding",
            DisposalMethod.DELETION: "Deletion",
            DisposalMethod.CONTRACTOR: "Disposal contractor",
        }[self]

    @property
    def label_ja(self) -> str:
        return {
            DisposalMethod.SHREDDING: "裁断(シュレッダー)",
            DisposalMethod.DELETION: "データ消去",
            DisposalMethod.CONTRACTOR: "廃棄業者への委託",
        }[self]


MAX_COUNT = {PeriodUnit.DAYS: 3660, PeriodUnit.MONTHS: 1200, PeriodUnit.YEARS: 100}


@dataclass(frozen=True)
class RetentionRule:
    """Keep for ``count`` ``unit`` after ``event``, or until the purpose is achieved."""

    count: int
    unit: PeriodUnit
    event: RetentionEvent = RetentionEvent.CLOSING

    def __post_init__(self) -> None:
        if self.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
            if self.count != 0:
                raise ValueError("A rule 'until the purpose is achieved' has no count.")
            return
        if not 0 <= self.count <= MAX_COUNT[self.unit]:
            raise ValueError(
                f"A retention period runs from 0 to {MAX_COUNT[self.unit]} {self.unit.value}."
            )

    @property
    def text(self) -> str:
        """The rule in words, as the due list and a disposal record show it."""
        if self.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
            return "until the purpose of use is achieved"
        unit = self.unit.value if self.count != 1 else self.unit.value[:-1]
        return f"{self.count} {unit} after {self.event.label}"

    @property
    def text_ja(self) -> str:
        return period_text_ja(self.count, self.unit, self.event.label_ja)


#: The office's defaults. Case records: three years after closing (a Privacy Mark
#: audit looks at two years of handling records, requests.md §4; one year more
#: covers the audit of the year after). ID copies and proofs of agency: 30 days
#: after the reply ("destroyed soon after the reply"; identity_documents'
#: DEFAULT_ID_COPY_RETENTION_DAYS). Letters: kept as long as the case record.
DEFAULT_RULES: dict[RetainedKind, RetentionRule] = {
    RetainedKind.CASE_RECORD: RetentionRule(3, PeriodUnit.YEARS, RetentionEvent.CLOSING),
    RetainedKind.ID_COPY: RetentionRule(30, PeriodUnit.DAYS, RetentionEvent.REPLY),
    RetainedKind.LETTER: RetentionRule(3, PeriodUnit.YEARS, RetentionEvent.CLOSING),
}


UNIT_JA = {PeriodUnit.DAYS: "日", PeriodUnit.MONTHS: "か月", PeriodUnit.YEARS: "年"}


def period_text_ja(count: int, unit: PeriodUnit, event_ja: str) -> str:
    """A retention period in Japanese: 案件完結の日から3年, 利用目的の達成まで."""
    if unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
        return "利用目的の達成まで"
    return f"{event_ja}から{count}{UNIT_JA[unit]}"


def due_on(rule: RetentionRule, event_date: date) -> date | None:
    """The last day of the retention period counted from ``event_date``.

    None for a rule "until the purpose is achieved": no date makes it due.
    """
    if rule.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
        return None
    if rule.count == 0:
        return event_date
    if rule.unit is PeriodUnit.DAYS:
        return event_date + timedelta(days=rule.count)
    months = rule.count * (12 if rule.unit is PeriodUnit.YEARS else 1)
    return period_end(event_date + timedelta(days=1), months)


def is_due(rule: RetentionRule, event_date: date, on: date, *, purpose_achieved: bool) -> bool:
    """Whether something kept by ``rule`` since ``event_date`` is due on ``on``."""
    if rule.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
        return purpose_achieved
    day = due_on(rule, event_date)
    assert day is not None
    return day <= on


def latest_event_due_by(rule: RetentionRule, day: date) -> date | None:
    """The latest event date whose period under ``rule`` has ended by ``day``.

    Everything that happened on or before it is due on ``day``; a database can
    select those by date alone. None for a rule "until the purpose is achieved".
    """
    if rule.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
        return None
    low, high = day - timedelta(days=366 * (MAX_COUNT[PeriodUnit.YEARS] + 1)), day
    # due_on only grows with the event date: search for the last event still due
    while low < high:
        middle = low + timedelta(days=(high - low).days // 2 + 1)
        if (due_on(rule, middle) or middle) <= day:
            low = middle
        else:
            high = middle - timedelta(days=1)
    return low
