"""Edges found in review: settings typos must not hang or mislead the program."""

from __future__ import annotations

from datetime import date

import pytest

from privacy_desk.domain.calendar import BusinessCalendar, Closure
from privacy_desk.domain.intake import check_intake, normalize_postal_code
from privacy_desk.domain.reference import format_reference
from privacy_desk.domain.requests import FeePayment, RequesterKind, RequestType
from privacy_desk.errors import InvalidInput


def test_closures_that_close_every_day_are_reported_not_looped_on() -> None:
    calendar = BusinessCalendar(["2026-01-01..2030-12-31"])
    with pytest.raises(InvalidInput, match="no working day for two years"):
        calendar.next_business_day(date(2026, 1, 5))
    with pytest.raises(InvalidInput, match="no working day for two years"):
        calendar.add_business_days(date(2026, 1, 5), 1)


@pytest.mark.parametrize("text", ["08-16..08-12", "03-01..02-01", "01-01..12-31"])
def test_yearly_closures_longer_than_three_months_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match=f"'{text}' would close the office"):
        Closure.parse(text)


@pytest.mark.parametrize("text", ["12-29..01-03", "08-13..08-16", "12-01..02-28", "02-29"])
def test_reasonable_yearly_closures_are_accepted(text: str) -> None:
    Closure.parse(text)


def test_postal_codes_accept_only_western_digits() -> None:
    assert normalize_postal_code("٦١٧-٠٠٠٢") == ""
    assert normalize_postal_code("〒６１７－０００２") == "6170002"


@pytest.mark.parametrize(("year", "sequence"), [(2026, 0), (2026, -1), (2026, 1_000_000), (26, 1)])
def test_references_out_of_range_are_refused(year: int, sequence: int) -> None:
    with pytest.raises(ValueError, match="no reference"):
        format_reference(year, sequence)


def _intake(types: list[RequestType], fee: int) -> object:
    return check_intake(
        today=date(2026, 11, 24),
        received_on=date(2026, 11, 24),
        postmarked_on=None,
        requester_kind=RequesterKind.PRINCIPAL,
        requester_name="試験　花子",
        requester_birth_date=None,
        requester_postal_code="",
        agent_name="",
        request_types=types,
        fee_amount=fee,
        fee_payment=FeePayment.STAMPS if fee else FeePayment.NONE,
    )


def test_a_fee_with_a_request_that_allows_none_is_a_warning_not_a_refusal() -> None:
    problems = _intake([RequestType.CORRECTION], 500)
    assert not problems
    assert "Art. 38" in problems.warnings["fee_amount"]  # type: ignore[attr-defined]
    assert _intake([RequestType.DISCLOSURE], 1000).warnings == {}  # type: ignore[attr-defined]
