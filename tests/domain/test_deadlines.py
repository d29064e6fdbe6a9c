"""Tests for privacy_desk.domain.deadlines: internal target, legal line, pauses, extensions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from privacy_desk.domain.calendar import BusinessCalendar
from privacy_desk.domain.deadlines import (
    DEFAULT_TARGET_BUSINESS_DAYS,
    LEGAL_LINE_DAYS,
    Deadlines,
    Extension,
    Pause,
    compute_deadlines,
    legal_line,
)

CAL = BusinessCalendar()

# June 2026 has no public holiday: Mon 06-01, the 10th business day after it is Mon 06-15.
JUNE_1 = date(2026, 6, 1)
JUNE_1_TARGET = date(2026, 6, 15)


def _d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def deadlines(
    received_on: date,
    *,
    as_of: date | None = None,
    pauses: list[Pause] | None = None,
    extensions: list[Extension] | None = None,
    target_business_days: int = DEFAULT_TARGET_BUSINESS_DAYS,
    calendar: BusinessCalendar = CAL,
) -> Deadlines:
    return compute_deadlines(
        received_on,
        calendar=calendar,
        target_business_days=target_business_days,
        pauses=pauses or (),
        extensions=extensions or (),
        as_of=as_of if as_of is not None else received_on + timedelta(days=60),
    )


def test_constants() -> None:
    assert DEFAULT_TARGET_BUSINESS_DAYS == 10
    assert LEGAL_LINE_DAYS == 14


# --- target without pauses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received_on", "target"),
    [
        # Mon 11-09: 10..13, 16..20 are 9 days; Mon 11-23 is Labour Thanksgiving Day; Tue 11-24.
        (_d(11, 9), _d(11, 24)),
        # Sat 11-07: counting starts on Mon 11-09 -> 11-09..13, 16..20 = 10 -> Fri 11-20.
        (_d(11, 7), _d(11, 20)),
        # Sun 11-08 gives the same as Saturday.
        (_d(11, 8), _d(11, 20)),
        # Fri 11-06: 11-09..13 (5), 16..20 (10).
        (_d(11, 6), _d(11, 20)),
        # Plain June.
        (JUNE_1, JUNE_1_TARGET),
        # Tue 04-28, before Golden Week: 04-30, 05-01, 05-07, 05-08, 05-11..15, 05-18.
        (_d(4, 28), _d(5, 18)),
        # Wed 04-29 (Showa Day itself): same count as from 04-28.
        (_d(4, 29), _d(5, 18)),
        # Fri 12-25, before New Year: 12-28, 01-04..08, (01-11 Coming of Age Day) 01-12..15.
        (_d(12, 25), _d(1, 15, 2027)),
        # Arrived during the New Year closure.
        (_d(12, 30), _d(1, 18, 2027)),
        # Fri 2025-09-12 over Respect for the Aged Day (09-15) and Autumnal Equinox (09-23):
        # 09-16..19, 22, 24..26, 29, 30.
        (_d(9, 12, 2025), _d(9, 30, 2025)),
        # Fri 2026-09-18 over Silver Week (09-21, 22, 23): 09-24, 25, 28..30, 10-01, 02, 05..07.
        (_d(9, 18), _d(10, 7)),
    ],
    ids=str,
)
def test_target_ten_business_days_after_arrival(received_on: date, target: date) -> None:
    result = deadlines(received_on)
    assert result.target_on == target
    assert result.paused_days == 0
    assert result.extended is False
    assert CAL.is_business_day(result.target_on)
    assert CAL.business_days_between(received_on, result.target_on) == 10


@pytest.mark.parametrize(
    ("received_on", "count", "target"),
    [
        (JUNE_1, 5, _d(6, 8)),
        (JUNE_1, 1, _d(6, 2)),
        (JUNE_1, 0, JUNE_1),  # zero: the arrival day itself
        (_d(6, 13), 0, _d(6, 13)),  # even a Saturday
        (_d(11, 9), 15, _d(12, 1)),
        (_d(4, 28), 5, _d(5, 11)),
    ],
    ids=str,
)
def test_custom_target_business_days(received_on: date, count: int, target: date) -> None:
    result = deadlines(received_on, target_business_days=count)
    assert result.target_on == target
    assert result.legal_line_on == received_on + timedelta(days=14)


def test_negative_target_business_days_raises() -> None:
    with pytest.raises(ValueError, match="negative"):
        deadlines(JUNE_1, target_business_days=-1)


def test_target_uses_the_calendar_closures() -> None:
    # Closed 06-08..06-12 (a whole week): the target moves by five business days.
    cal = BusinessCalendar(["2026-06-08..2026-06-12"])
    assert deadlines(JUNE_1, calendar=cal).target_on == _d(6, 22)


# --- legal line --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received_on", "line"),
    [
        (_d(11, 9), _d(11, 23)),  # lands on a holiday: not moved
        (_d(11, 7), _d(11, 21)),  # Saturday arrival, Saturday line
        (_d(4, 28), _d(5, 12)),
        (_d(12, 25), _d(1, 8, 2027)),
        (_d(12, 20), _d(1, 3, 2027)),  # inside the New Year closure: not moved
        (_d(2, 20, 2028), _d(3, 5, 2028)),  # leap year: 02-29 counts
        (_d(2, 20, 2027), _d(3, 6, 2027)),
    ],
    ids=str,
)
def test_legal_line_is_fourteen_calendar_days(received_on: date, line: date) -> None:
    assert legal_line(received_on) == line
    assert deadlines(received_on).legal_line_on == line


def test_legal_line_never_moves() -> None:
    pauses = [Pause(_d(6, 3), _d(6, 10)), Pause(_d(6, 20))]
    extensions = [Extension(_d(8, 31), "complex search")]
    for as_of in (_d(6, 1), _d(6, 25), _d(9, 30)):
        result = deadlines(JUNE_1, pauses=pauses, extensions=extensions, as_of=as_of)
        assert result.legal_line_on == _d(6, 15)
        assert result.target_on > result.legal_line_on


# --- pauses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("started_on", "ended_on", "as_of", "expected"),
    [
        # Closed: the days after the first up to and including the second.
        (_d(6, 3), _d(6, 10), _d(7, 1), [_d(6, d) for d in range(4, 11)]),
        (_d(6, 3), _d(6, 4), _d(7, 1), [_d(6, 4)]),
        (_d(6, 3), _d(6, 3), _d(7, 1), []),
        # Closed pauses ignore as_of.
        (_d(6, 3), _d(6, 10), _d(6, 5), [_d(6, d) for d in range(4, 11)]),
        # Open: up to and including as_of.
        (_d(6, 3), None, _d(6, 5), [_d(6, 4), _d(6, 5)]),
        (_d(6, 3), None, _d(6, 3), []),
        (_d(6, 3), None, _d(6, 1), []),  # as_of before the pause started
        (_d(12, 30), None, _d(1, 2, 2027), [_d(12, 31), _d(1, 1, 2027), _d(1, 2, 2027)]),
    ],
    ids=str,
)
def test_paused_dates(
    started_on: date, ended_on: date | None, as_of: date, expected: list[date]
) -> None:
    assert list(Pause(started_on, ended_on).paused_dates(as_of)) == expected


def test_closed_pause() -> None:
    # Asked on 06-03, documents came 06-10: 06-04..06-10 do not count (7 calendar days,
    # of which 06-04, 05, 08, 09, 10 are business days). Counted: 06-02, 03, 11, 12,
    # 15..19, 22.
    result = deadlines(JUNE_1, pauses=[Pause(_d(6, 3), _d(6, 10))], as_of=_d(6, 11))
    assert result.paused_days == 7
    assert result.target_on == _d(6, 22)
    assert result.legal_line_on == _d(6, 15)
    assert result.extended is False


def test_closed_pause_over_a_weekend_only() -> None:
    # Asked Fri 06-12, documents came Sun 06-14: only weekend days paused; target unchanged.
    result = deadlines(JUNE_1, pauses=[Pause(_d(6, 12), _d(6, 14))])
    assert result.paused_days == 2
    assert result.target_on == JUNE_1_TARGET


def test_pause_after_the_target_changes_nothing() -> None:
    result = deadlines(JUNE_1, pauses=[Pause(_d(6, 20), _d(6, 30))])
    assert result.paused_days == 10
    assert result.target_on == JUNE_1_TARGET


@pytest.mark.parametrize(
    ("as_of", "paused_days", "target"),
    [
        (_d(6, 1), 0, _d(6, 15)),  # before the pause started
        (_d(6, 3), 0, _d(6, 15)),  # the day it started
        (_d(6, 4), 1, _d(6, 16)),  # Thu paused -> one business day later
        (_d(6, 5), 2, _d(6, 17)),  # Fri paused
        (_d(6, 6), 3, _d(6, 17)),  # Sat: no business day, no move
        (_d(6, 7), 4, _d(6, 17)),  # Sun
        (_d(6, 8), 5, _d(6, 18)),  # Mon
        (_d(6, 12), 9, _d(6, 24)),  # 06-04, 05, 08..12 paused: counted 02, 03, 15..19, 22..24
        # Waiting past the old target: counted 06-02, 03, then 07-01..03, 06..10.
        (_d(6, 30), 27, _d(7, 10)),
    ],
    ids=str,
)
def test_open_pause_runs_to_as_of(as_of: date, paused_days: int, target: date) -> None:
    result = deadlines(JUNE_1, pauses=[Pause(_d(6, 3))], as_of=as_of)
    assert result.paused_days == paused_days
    assert result.target_on == target
    assert result.legal_line_on == _d(6, 15)


def test_open_pause_moves_target_one_business_day_per_business_day_waited() -> None:
    pause = Pause(_d(6, 3))
    before = deadlines(JUNE_1, pauses=[pause], as_of=_d(6, 3)).target_on
    for as_of in (_d(6, 3) + timedelta(days=i) for i in range(1, 20)):
        now = deadlines(JUNE_1, pauses=[pause], as_of=as_of).target_on
        waited = CAL.business_days_between(_d(6, 3), as_of)
        assert CAL.business_days_between(before, now) == waited, as_of


def test_open_pause_over_golden_week() -> None:
    # Arrived Fri 2026-04-24, asked Mon 04-27, still waiting on Fri 05-08.
    # Paused 04-28..05-08; counted: 04-27 (1); 05-11..15 (6); 05-18..21 (10).
    result = deadlines(_d(4, 24), pauses=[Pause(_d(4, 27))], as_of=_d(5, 8))
    assert result.paused_days == 11
    assert result.target_on == _d(5, 21)


@pytest.mark.parametrize(
    ("pauses", "paused_days", "target"),
    [
        # 06-04..10 and 06-09..12 overlap: union 06-04..12 = 9 days, 7 business days.
        ([Pause(_d(6, 3), _d(6, 10)), Pause(_d(6, 8), _d(6, 12))], 9, _d(6, 24)),
        # The same pause twice counts once.
        ([Pause(_d(6, 3), _d(6, 10)), Pause(_d(6, 3), _d(6, 10))], 7, _d(6, 22)),
        # One inside the other.
        ([Pause(_d(6, 3), _d(6, 12)), Pause(_d(6, 5), _d(6, 8))], 9, _d(6, 24)),
        # Back to back: 06-04..05 and 06-06..10.
        ([Pause(_d(6, 3), _d(6, 5)), Pause(_d(6, 5), _d(6, 10))], 7, _d(6, 22)),
        # Disjoint: 06-04 and 06-10 (two business days).
        ([Pause(_d(6, 3), _d(6, 4)), Pause(_d(6, 9), _d(6, 10))], 2, _d(6, 17)),
        # A closed and an open one overlapping, as of 06-12.
        ([Pause(_d(6, 3), _d(6, 10)), Pause(_d(6, 9))], 9, _d(6, 24)),
        # Same-day pause: nothing.
        ([Pause(_d(6, 3), _d(6, 3))], 0, JUNE_1_TARGET),
    ],
)
def test_several_pauses(pauses: list[Pause], paused_days: int, target: date) -> None:
    result = deadlines(JUNE_1, pauses=pauses, as_of=_d(6, 12))
    assert result.paused_days == paused_days
    assert result.target_on == target


def test_pause_order_does_not_matter() -> None:
    pauses = [Pause(_d(6, 3), _d(6, 5)), Pause(_d(6, 9)), Pause(_d(6, 2), _d(6, 4))]
    forward = deadlines(JUNE_1, pauses=pauses, as_of=_d(6, 16))
    backward = deadlines(JUNE_1, pauses=pauses[::-1], as_of=_d(6, 16))
    assert forward == backward


# --- extensions --------------------------------------------------------------------------------


def test_extension_later_than_target_becomes_the_target() -> None:
    result = deadlines(JUNE_1, extensions=[Extension(_d(6, 26), "large volume")])
    assert result.target_on == _d(6, 26)
    assert result.extended is True
    assert result.legal_line_on == _d(6, 15)


def test_latest_extension_wins() -> None:
    extensions = [Extension(_d(6, 26), "first"), Extension(_d(7, 3), "second")]
    assert deadlines(JUNE_1, extensions=extensions).target_on == _d(7, 3)


def test_latest_recorded_extension_wins_even_when_its_date_is_earlier() -> None:
    # The last recorded extension is the one in force, as long as it is after the clock's date.
    extensions = [Extension(_d(7, 3), "first"), Extension(_d(6, 26), "shortened")]
    result = deadlines(JUNE_1, extensions=extensions)
    assert result.target_on == _d(6, 26)
    assert result.extended is True


def test_extension_earlier_than_the_computed_target_does_not_pull_it_earlier() -> None:
    # A long pause pushes the target to 07-10; an extension to 06-26 was recorded before.
    pauses = [Pause(_d(6, 3), _d(6, 30))]
    without = deadlines(JUNE_1, pauses=pauses)
    assert without.target_on == _d(7, 10)
    result = deadlines(JUNE_1, pauses=pauses, extensions=[Extension(_d(6, 26), "search")])
    assert result.target_on == _d(7, 10)
    assert result.extended is True


@pytest.mark.parametrize("new_target", [date(2026, 6, 5), date(2026, 6, 15), date(2026, 5, 1)])
def test_extension_not_after_the_target_keeps_it(new_target: date) -> None:
    result = deadlines(JUNE_1, extensions=[Extension(new_target, "no effect")])
    assert result.target_on == JUNE_1_TARGET
    assert result.extended is True


def test_no_extension_is_not_extended() -> None:
    result = deadlines(JUNE_1)
    assert result.extended is False
    assert result == Deadlines(
        target_on=JUNE_1_TARGET, legal_line_on=_d(6, 15), paused_days=0, extended=False
    )


def test_extension_date_taken_as_given_even_on_a_non_business_day() -> None:
    # Saturday 06-27: the recorded date is used as it is.
    result = deadlines(JUNE_1, extensions=[Extension(_d(6, 27), "requester asked")])
    assert result.target_on == _d(6, 27)


def test_pause_then_extension_and_custom_days() -> None:
    # 5 business days from Mon 06-01 with 06-04..05 paused: 06-02, 03, 08, 09, 10.
    result = deadlines(
        JUNE_1,
        target_business_days=5,
        pauses=[Pause(_d(6, 3), _d(6, 5))],
        extensions=[Extension(_d(6, 12), "x")],
    )
    assert result == Deadlines(
        target_on=_d(6, 12), legal_line_on=_d(6, 15), paused_days=2, extended=True
    )


def test_a_wait_for_documents_longer_than_two_years_is_no_closure() -> None:
    from privacy_desk.domain.calendar import BusinessCalendar

    calendar = BusinessCalendar(["12-29..01-03"])
    received = date(2023, 5, 8)
    result = compute_deadlines(
        received,
        calendar=calendar,
        pauses=[Pause(date(2023, 5, 9), None)],
        as_of=date(2026, 11, 24),
    )
    assert result.target_on > date(2026, 11, 24)
    assert result.paused_days > 3 * 365
