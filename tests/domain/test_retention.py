"""Retention periods counted as the Civil Code counts them (domain.retention)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from privacy_desk.domain.retention import (
    DEFAULT_RULES,
    PeriodUnit,
    RetainedKind,
    RetentionEvent,
    RetentionRule,
    due_on,
    is_due,
    latest_event_due_by,
)

MONTH = RetentionRule(1, PeriodUnit.MONTHS)
YEAR = RetentionRule(1, PeriodUnit.YEARS)
UNTIL = RetentionRule(0, PeriodUnit.UNTIL_PURPOSE_ACHIEVED)


@pytest.mark.parametrize(
    ("event", "rule", "expected"),
    [
        (date(2026, 1, 31), MONTH, date(2026, 2, 28)),  # no 02-31: the month's last day
        (date(2028, 1, 31), MONTH, date(2028, 2, 29)),  # leap year
        (date(2026, 1, 30), MONTH, date(2026, 2, 28)),
        (date(2026, 1, 15), MONTH, date(2026, 2, 15)),  # the day of the event not counted
        (date(2026, 2, 28), MONTH, date(2026, 3, 31)),  # counted from 03-01: a whole March
        (date(2026, 12, 31), MONTH, date(2027, 1, 31)),
        (date(2028, 2, 29), YEAR, date(2029, 2, 28)),  # a leap day kept one year
        (date(2027, 2, 28), YEAR, date(2028, 2, 29)),  # from 2027-03-01 to the leap day
        (date(2026, 3, 1), YEAR, date(2027, 3, 1)),
        (date(2026, 11, 24), RetentionRule(3, PeriodUnit.YEARS), date(2029, 11, 24)),
        (date(2026, 11, 13), RetentionRule(30, PeriodUnit.DAYS), date(2026, 12, 13)),
        (date(2026, 11, 13), RetentionRule(0, PeriodUnit.DAYS), date(2026, 11, 13)),
    ],
)
def test_due_dates_follow_the_civil_code(event: date, rule: RetentionRule, expected: date) -> None:
    assert due_on(rule, event) == expected


def test_until_the_purpose_is_achieved_has_no_date() -> None:
    assert due_on(UNTIL, date(2026, 1, 31)) is None
    assert not is_due(UNTIL, date(2000, 1, 1), date(2099, 1, 1), purpose_achieved=False)
    assert is_due(UNTIL, date(2000, 1, 1), date(2000, 1, 1), purpose_achieved=True)
    assert UNTIL.text == "until the purpose of use is achieved"


def test_due_from_the_last_day_of_the_period() -> None:
    closed = date(2026, 1, 31)
    assert not is_due(MONTH, closed, date(2026, 2, 27), purpose_achieved=False)
    assert is_due(MONTH, closed, date(2026, 2, 28), purpose_achieved=False)


def test_rules_refuse_nonsense_and_read_as_words() -> None:
    with pytest.raises(ValueError, match="runs from 0"):
        RetentionRule(-1, PeriodUnit.MONTHS)
    with pytest.raises(ValueError, match="no count"):
        RetentionRule(2, PeriodUnit.UNTIL_PURPOSE_ACHIEVED)
    assert DEFAULT_RULES[RetainedKind.CASE_RECORD].text == "3 years after closing"
    assert DEFAULT_RULES[RetainedKind.ID_COPY].text == "30 days after the reply"
    assert RetentionRule(1, PeriodUnit.YEARS, RetentionEvent.REPLY).text == "1 year after the reply"


@pytest.mark.parametrize(
    "rule",
    [
        RetentionRule(30, PeriodUnit.DAYS, RetentionEvent.REPLY),
        RetentionRule(1, PeriodUnit.MONTHS),
        RetentionRule(3, PeriodUnit.YEARS),
        RetentionRule(0, PeriodUnit.DAYS),
        RetentionRule(100, PeriodUnit.YEARS),
    ],
)
@pytest.mark.parametrize(
    "day", [date(2026, 2, 28), date(2028, 2, 29), date(2026, 3, 31), date(2026, 11, 24)]
)
def test_the_latest_event_due_by_a_day_splits_due_from_not_due(
    rule: RetentionRule, day: date
) -> None:
    last = latest_event_due_by(rule, day)
    assert last is not None
    assert due_on(rule, last) is not None and due_on(rule, last) <= day  # type: ignore[operator]
    after = due_on(rule, last + timedelta(days=1))
    assert after is not None and after > day


def test_nothing_kept_until_the_purpose_is_achieved_is_due_by_a_date() -> None:
    rule = RetentionRule(0, PeriodUnit.UNTIL_PURPOSE_ACHIEVED)
    assert latest_event_due_by(rule, date(2026, 11, 24)) is None
