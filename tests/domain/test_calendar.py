"""Tests for privacy_desk.domain.calendar: business days, holidays and office closures."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import jpholiday
import pytest

from privacy_desk.domain.calendar import DEFAULT_CLOSURES, BusinessCalendar, Closure
from privacy_desk.errors import InvalidInput, UserError


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return BusinessCalendar()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _is_japanese(text: str) -> bool:
    """True if ``text`` contains CJK ideographs or kana."""
    return any(
        unicodedata.name(ch, "").startswith(("CJK UNIFIED IDEOGRAPH", "HIRAGANA", "KATAKANA"))
        for ch in text
    )


# --- Golden Week -------------------------------------------------------------------------------

# 2026: Showa Day Wed 04-29; Constitution Day falls on Sunday 05-03, so 05-06 is a substitute.
GOLDEN_WEEK_2026 = {
    date(2026, 4, 27): True,  # Mon
    date(2026, 4, 28): True,  # Tue
    date(2026, 4, 29): False,  # Wed, Showa Day
    date(2026, 4, 30): True,  # Thu
    date(2026, 5, 1): True,  # Fri
    date(2026, 5, 2): False,  # Sat
    date(2026, 5, 3): False,  # Sun, Constitution Memorial Day
    date(2026, 5, 4): False,  # Mon, Greenery Day
    date(2026, 5, 5): False,  # Tue, Children's Day
    date(2026, 5, 6): False,  # Wed, substitute holiday
    date(2026, 5, 7): True,  # Thu
    date(2026, 5, 8): True,  # Fri
}

# 2025: Showa Day Tue 04-29; Greenery Day falls on Sunday 05-04, so 05-06 is a substitute.
GOLDEN_WEEK_2025 = {
    date(2025, 4, 28): True,  # Mon
    date(2025, 4, 29): False,  # Tue, Showa Day
    date(2025, 4, 30): True,  # Wed
    date(2025, 5, 1): True,  # Thu
    date(2025, 5, 2): True,  # Fri
    date(2025, 5, 3): False,  # Sat, Constitution Memorial Day
    date(2025, 5, 4): False,  # Sun, Greenery Day
    date(2025, 5, 5): False,  # Mon, Children's Day
    date(2025, 5, 6): False,  # Tue, substitute holiday
    date(2025, 5, 7): True,  # Wed
}


@pytest.mark.parametrize(
    ("day", "expected"),
    sorted(GOLDEN_WEEK_2026.items()) + sorted(GOLDEN_WEEK_2025.items()),
    ids=str,
)
def test_golden_week_business_days(cal: BusinessCalendar, day: date, expected: bool) -> None:
    assert cal.is_business_day(day) is expected


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        (date(2026, 4, 29), True),
        (date(2026, 5, 2), False),  # a plain Saturday
        (date(2026, 5, 3), True),
        (date(2026, 5, 4), True),
        (date(2026, 5, 5), True),
        (date(2026, 5, 6), True),
        (date(2026, 5, 7), False),
        (date(2025, 4, 29), True),
        (date(2025, 5, 6), True),
    ],
    ids=str,
)
def test_golden_week_holiday_names(cal: BusinessCalendar, day: date, holiday: bool) -> None:
    assert jpholiday.is_holiday(day) is holiday
    name = cal.holiday_name(day)
    if holiday:
        assert name is not None
        assert name == jpholiday.is_holiday_name(day)
        assert _is_japanese(name)
    else:
        assert name is None


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        # 2026: business days after Tue 04-28 are 04-30, 05-01, 05-07, 05-08, 05-11, ...
        (date(2026, 4, 28), 1, date(2026, 4, 30)),
        (date(2026, 4, 28), 2, date(2026, 5, 1)),
        (date(2026, 4, 28), 3, date(2026, 5, 7)),
        (date(2026, 4, 28), 4, date(2026, 5, 8)),
        (date(2026, 4, 28), 5, date(2026, 5, 11)),
        (date(2026, 5, 1), 1, date(2026, 5, 7)),
        (date(2026, 5, 3), 1, date(2026, 5, 7)),  # start on a holiday
        # 2025: business days after Mon 04-28 are 04-30, 05-01, 05-02, 05-07, 05-08, ...
        (date(2025, 4, 28), 1, date(2025, 4, 30)),
        (date(2025, 4, 28), 3, date(2025, 5, 2)),
        (date(2025, 4, 28), 4, date(2025, 5, 7)),
        (date(2025, 4, 28), 5, date(2025, 5, 8)),
        (date(2025, 5, 2), 1, date(2025, 5, 7)),
    ],
    ids=str,
)
def test_add_business_days_across_golden_week(
    cal: BusinessCalendar, start: date, count: int, expected: date
) -> None:
    assert cal.add_business_days(start, count) == expected


# --- substitute and citizens' holidays ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "name_part"),
    [
        (date(2025, 2, 24), "振替休日"),  # Emperor's Birthday on Sunday 02-23
        (date(2025, 11, 24), "振替休日"),  # Labour Thanksgiving Day on Sunday 11-23
        (date(2026, 5, 6), "振替休日"),  # Constitution Day on Sunday 05-03
        (date(2027, 3, 22), "振替休日"),  # Vernal Equinox on Sunday 03-21
        (date(2026, 9, 22), "国民の休日"),  # between 09-21 and 09-23
    ],
    ids=str,
)
def test_substitute_and_citizens_holidays(cal: BusinessCalendar, day: date, name_part: str) -> None:
    # The library agrees these are holidays, and they fall on weekdays.
    assert jpholiday.is_holiday(day)
    assert day.weekday() < 5
    name = cal.holiday_name(day)
    assert name is not None
    assert name_part in name
    assert _is_japanese(name)
    assert not cal.is_business_day(day)


def test_silver_week_2026(cal: BusinessCalendar) -> None:
    # Sat 09-19 .. Wed 09-23 are all days off; Thu 09-24 is the next working day.
    assert jpholiday.is_holiday(date(2026, 9, 21))
    assert jpholiday.is_holiday(date(2026, 9, 23))
    for day in _days(date(2026, 9, 19), date(2026, 9, 23)):
        assert not cal.is_business_day(day), day
    assert cal.is_business_day(date(2026, 9, 18))
    assert cal.is_business_day(date(2026, 9, 24))
    assert cal.add_business_days(date(2026, 9, 18), 1) == date(2026, 9, 24)
    assert cal.next_business_day(date(2026, 9, 19)) == date(2026, 9, 24)


@pytest.mark.parametrize(
    "day",
    [date(2026, 5, 2), date(2026, 5, 9), date(2026, 5, 10), date(2026, 6, 13), date(2026, 6, 14)],
    ids=str,
)
def test_plain_weekend_is_not_a_holiday_but_not_a_business_day(
    cal: BusinessCalendar, day: date
) -> None:
    assert day.weekday() >= 5
    assert cal.holiday_name(day) is None
    assert not cal.is_closed(day)
    assert not cal.is_business_day(day)


def test_ordinary_weekday_is_a_business_day(cal: BusinessCalendar) -> None:
    day = date(2026, 6, 10)  # Wed, no holiday in June
    assert cal.holiday_name(day) is None
    assert not cal.is_closed(day)
    assert cal.is_business_day(day)


# --- New Year ----------------------------------------------------------------------------------


def test_default_closures_are_new_year() -> None:
    assert DEFAULT_CLOSURES == ("12-29..01-03",)


@pytest.mark.parametrize("day", _days(date(2026, 12, 29), date(2027, 1, 3)), ids=str)
def test_new_year_closed(cal: BusinessCalendar, day: date) -> None:
    assert cal.is_closed(day)
    assert not cal.is_business_day(day)


@pytest.mark.parametrize(
    "day",
    [date(2026, 12, 28), date(2027, 1, 4), date(2025, 12, 26), date(2026, 1, 5)],
    ids=str,
)
def test_around_new_year_open(cal: BusinessCalendar, day: date) -> None:
    assert day.weekday() < 5
    assert not cal.is_closed(day)
    assert cal.is_business_day(day)


def test_new_year_closure_on_weekdays_that_are_not_holidays(cal: BusinessCalendar) -> None:
    # 2026-12-29 (Tue) .. 12-31 (Thu) are ordinary weekdays: only the closure shuts them.
    for day in _days(date(2026, 12, 29), date(2026, 12, 31)):
        assert day.weekday() < 5
        assert cal.holiday_name(day) is None
        assert not cal.is_business_day(day)
        assert BusinessCalendar(closures=()).is_business_day(day)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        # Fri 2026-12-25: Sat 26 and Sun 27 off, Mon 28 is still open (closure starts on 29).
        (date(2026, 12, 25), 1, date(2026, 12, 28)),
        (date(2026, 12, 25), 2, date(2027, 1, 4)),
        (date(2026, 12, 28), 1, date(2027, 1, 4)),
        (date(2026, 12, 29), 1, date(2027, 1, 4)),
        (date(2027, 1, 1), 1, date(2027, 1, 4)),
        # Mon 2027-01-11 is Coming of Age Day.
        (date(2027, 1, 8), 1, date(2027, 1, 12)),
        (date(2026, 12, 25), 6, date(2027, 1, 8)),
        (date(2026, 12, 25), 7, date(2027, 1, 12)),
    ],
    ids=str,
)
def test_add_business_days_across_new_year(
    cal: BusinessCalendar, start: date, count: int, expected: date
) -> None:
    assert date(2026, 12, 25).weekday() == 4  # Friday
    assert date(2026, 12, 28).weekday() == 0  # Monday
    assert date(2027, 1, 4).weekday() == 0  # Monday
    assert cal.add_business_days(start, count) == expected


def test_custom_closures_replace_the_default() -> None:
    cal = BusinessCalendar(["2027-08-12..2027-08-16"])
    assert cal.is_business_day(date(2026, 12, 29))  # New Year closure not configured
    assert not cal.is_business_day(date(2027, 1, 1))  # a public holiday still is one
    assert not cal.is_business_day(date(2027, 8, 12))  # Thu, closed once
    assert cal.is_business_day(date(2026, 8, 12))  # not closed in another year
    # Tue 08-10: Wed 08-11 is Mountain Day, Thu 08-12 .. Mon 08-16 closed or weekend.
    assert cal.add_business_days(date(2027, 8, 10), 1) == date(2027, 8, 17)


def test_several_closures() -> None:
    cal = BusinessCalendar(["12-29..01-03", "08-13..08-14", "2026-06-10"])
    assert [c.text for c in cal.closures] == ["12-29..01-03", "08-13..08-14", "2026-06-10"]
    assert not cal.is_business_day(date(2026, 12, 30))
    assert not cal.is_business_day(date(2026, 8, 13))
    assert not cal.is_business_day(date(2026, 8, 14))
    assert not cal.is_business_day(date(2026, 6, 10))
    assert cal.is_business_day(date(2026, 6, 11))
    assert cal.is_business_day(date(2026, 8, 12))


# --- closure parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "covered", "not_covered"),
    [
        (
            "12-29..01-03",
            [date(2026, 12, 29), date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 3)],
            [date(2026, 12, 28), date(2027, 1, 4), date(2026, 6, 15)],
        ),
        (
            "08-13..08-16",
            [date(2026, 8, 13), date(2026, 8, 15), date(2030, 8, 16)],
            [date(2026, 8, 12), date(2026, 8, 17), date(2026, 1, 1), date(2026, 12, 31)],
        ),
        (
            "05-01",
            [date(2026, 5, 1), date(2031, 5, 1)],
            [date(2026, 4, 30), date(2026, 5, 2)],
        ),
        (
            "02-29",
            [date(2028, 2, 29), date(2024, 2, 29)],
            [date(2027, 2, 28), date(2027, 3, 1), date(2028, 2, 28), date(2028, 3, 1)],
        ),
        (
            "2027-08-13",
            [date(2027, 8, 13)],
            [date(2026, 8, 13), date(2028, 8, 13), date(2027, 8, 12), date(2027, 8, 14)],
        ),
        (
            "2027-08-12..2027-08-16",
            [date(2027, 8, 12), date(2027, 8, 14), date(2027, 8, 16)],
            [date(2027, 8, 11), date(2027, 8, 17), date(2026, 8, 14)],
        ),
        (
            "2026-12-28..2027-01-05",  # a once range over New Year
            [date(2026, 12, 28), date(2027, 1, 1), date(2027, 1, 5)],
            [date(2026, 12, 27), date(2027, 1, 6), date(2027, 12, 28)],
        ),
        (
            "  12-29..01-03  ",  # surrounding spaces are ignored
            [date(2026, 12, 29)],
            [date(2026, 12, 28)],
        ),
    ],
)
def test_closure_parse_and_cover(text: str, covered: list[date], not_covered: list[date]) -> None:
    closure = Closure.parse(text)
    assert closure.text == text.strip()
    for day in covered:
        assert closure.covers(day), day
    for day in not_covered:
        assert not closure.covers(day), day


@pytest.mark.parametrize(
    ("text", "yearly", "once"),
    [
        ("12-29..01-03", ((12, 29), (1, 3)), None),
        ("08-13..08-16", ((8, 13), (8, 16)), None),
        ("05-01", ((5, 1), (5, 1)), None),
        ("02-29", ((2, 29), (2, 29)), None),
        ("2027-08-13", None, (date(2027, 8, 13), date(2027, 8, 13))),
        ("2027-08-12..2027-08-16", None, (date(2027, 8, 12), date(2027, 8, 16))),
        ("2028-02-29", None, (date(2028, 2, 29), date(2028, 2, 29))),
    ],
)
def test_closure_parse_fields(
    text: str,
    yearly: tuple[tuple[int, int], tuple[int, int]] | None,
    once: tuple[date, date] | None,
) -> None:
    closure = Closure.parse(text)
    assert closure.yearly == yearly
    assert closure.once == once


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("13-01", "does not exist"),
        ("00-10", "does not exist"),
        ("02-30", "does not exist"),
        ("04-31", "does not exist"),
        ("12-29..13-03", "does not exist"),
        ("12-29..01-32", "does not exist"),
        ("2027-02-30", "does not exist"),
        ("2027-02-29", "does not exist"),  # 2027 is not a leap year
        ("2027-13-01", "does not exist"),
        ("2027-08-12..2027-08-32", "does not exist"),
        ("2027-08-16..2027-08-12", "ends before it begins"),
        ("2028-01-01..2027-12-31", "ends before it begins"),
        ("garbage", "Cannot read"),
        ("", "Cannot read"),
        ("12/29", "Cannot read"),
        ("1-3", "Cannot read"),
        ("2027-8-13", "Cannot read"),
        ("12-29...01-03", "Cannot read"),
        ("12-29..2027-01-03", "Cannot read"),
        ("2027-08-12..08-16", "Cannot read"),
    ],
)
def test_closure_parse_errors(text: str, words: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Closure.parse(text)
    message = str(info.value)
    assert f"'{text}'" in message
    assert words in message
    assert isinstance(info.value, UserError)
    assert info.value.exit_code == 2


def test_calendar_rejects_a_bad_closure() -> None:
    with pytest.raises(InvalidInput, match="'garbage'"):
        BusinessCalendar(["12-29..01-03", "garbage"])


def test_once_range_of_one_day_is_accepted() -> None:
    closure = Closure.parse("2027-08-13..2027-08-13")
    assert closure.covers(date(2027, 8, 13))
    assert not closure.covers(date(2027, 8, 14))


# --- business_days_between ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 6, 10), date(2026, 6, 10), 0),
        (date(2026, 6, 13), date(2026, 6, 13), 0),  # a Saturday, still zero
        (date(2026, 6, 10), date(2026, 6, 11), 1),  # end counted, start not
        (date(2026, 6, 12), date(2026, 6, 15), 1),  # Fri -> Mon
        (date(2026, 6, 13), date(2026, 6, 14), 0),  # Sat -> Sun
        (date(2026, 6, 1), date(2026, 6, 15), 10),
        (date(2026, 4, 28), date(2026, 5, 7), 3),  # Golden Week
        (date(2026, 4, 28), date(2026, 5, 6), 2),
        (date(2026, 12, 25), date(2027, 1, 4), 2),  # New Year
        (date(2026, 11, 9), date(2026, 11, 24), 10),  # over Labour Thanksgiving Day
    ],
    ids=str,
)
def test_business_days_between(
    cal: BusinessCalendar, start: date, end: date, expected: int
) -> None:
    assert cal.business_days_between(start, end) == expected
    assert cal.business_days_between(end, start) == -expected


def test_business_days_between_backwards_counts_the_later_day() -> None:
    cal = BusinessCalendar()
    # Backwards: business days after Fri 06-12 up to Mon 06-15, negated.
    assert cal.business_days_between(date(2026, 6, 15), date(2026, 6, 12)) == -1
    assert cal.business_days_between(date(2026, 6, 15), date(2026, 6, 1)) == -10


@pytest.mark.parametrize(
    "start", [date(2026, 4, 24), date(2026, 5, 2), date(2026, 12, 24), date(2025, 2, 21)], ids=str
)
@pytest.mark.parametrize("count", [0, 1, 2, 5, 10, 20])
def test_between_inverts_add(cal: BusinessCalendar, start: date, count: int) -> None:
    end = cal.add_business_days(start, count)
    assert cal.business_days_between(start, end) == count
    if count:
        assert cal.is_business_day(end)


# --- next_business_day -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 6, 10), date(2026, 6, 10)),  # itself
        (date(2026, 6, 13), date(2026, 6, 15)),  # Sat -> Mon
        (date(2026, 6, 14), date(2026, 6, 15)),  # Sun -> Mon
        (date(2026, 5, 2), date(2026, 5, 7)),  # Golden Week
        (date(2026, 4, 29), date(2026, 4, 30)),
        (date(2026, 12, 29), date(2027, 1, 4)),  # New Year closure
        (date(2026, 12, 28), date(2026, 12, 28)),
        (date(2026, 9, 19), date(2026, 9, 24)),  # Silver Week
        (date(2025, 2, 23), date(2025, 2, 25)),  # Sunday holiday + substitute Monday
    ],
    ids=str,
)
def test_next_business_day(cal: BusinessCalendar, day: date, expected: date) -> None:
    assert cal.next_business_day(day) == expected


# --- add_business_days details -----------------------------------------------------------------


@pytest.mark.parametrize(
    "start", [date(2026, 6, 10), date(2026, 6, 13), date(2026, 5, 3), date(2026, 12, 31)], ids=str
)
def test_add_zero_business_days_is_the_start(cal: BusinessCalendar, start: date) -> None:
    assert cal.add_business_days(start, 0) == start
    assert cal.add_business_days(start, 0, frozenset({start})) == start


@pytest.mark.parametrize("count", [-1, -10])
def test_add_negative_business_days_raises(cal: BusinessCalendar, count: int) -> None:
    with pytest.raises(ValueError, match="negative"):
        cal.add_business_days(date(2026, 6, 10), count)


@pytest.mark.parametrize(
    ("start", "count", "skip", "expected"),
    [
        # Mon 06-01 + 1 skipping Tue 06-02 -> Wed 06-03.
        (date(2026, 6, 1), 1, {date(2026, 6, 2)}, date(2026, 6, 3)),
        # Skipping a weekend day changes nothing.
        (date(2026, 6, 12), 1, {date(2026, 6, 13), date(2026, 6, 14)}, date(2026, 6, 15)),
        # Skipping a whole working week.
        (
            date(2026, 6, 5),
            1,
            {date(2026, 6, 8) + timedelta(days=i) for i in range(5)},
            date(2026, 6, 15),
        ),
        # Skipping days before start or after the result changes nothing.
        (date(2026, 6, 10), 2, {date(2026, 6, 9), date(2026, 6, 30)}, date(2026, 6, 12)),
        # Skipping the start itself changes nothing: it is never counted.
        (date(2026, 6, 10), 1, {date(2026, 6, 10)}, date(2026, 6, 11)),
        # Skips combine with holidays: 05-07 skipped after Golden Week.
        (date(2026, 4, 28), 3, {date(2026, 5, 7)}, date(2026, 5, 8)),
        (date(2026, 6, 1), 10, {date(2026, 6, 4), date(2026, 6, 5)}, date(2026, 6, 17)),
    ],
)
def test_add_business_days_with_skip(
    cal: BusinessCalendar, start: date, count: int, skip: set[date], expected: date
) -> None:
    assert cal.add_business_days(start, count, frozenset(skip)) == expected


def test_calendar_answers_are_stable_when_cached() -> None:
    cal = BusinessCalendar()
    first = [cal.is_business_day(d) for d in _days(date(2026, 4, 25), date(2026, 5, 10))]
    second = [cal.is_business_day(d) for d in _days(date(2026, 4, 25), date(2026, 5, 10))]
    assert first == second
    business = [
        d for d, ok in zip(_days(date(2026, 4, 25), date(2026, 5, 10)), first, strict=True) if ok
    ]
    assert business == [
        date(2026, 4, 27),
        date(2026, 4, 28),
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 5, 7),
        date(2026, 5, 8),
    ]


def test_calendars_with_different_closures_do_not_share_answers() -> None:
    closed = BusinessCalendar(["06-10"])
    open_ = BusinessCalendar(closures=())
    day = date(2026, 6, 10)
    assert not closed.is_business_day(day)
    assert open_.is_business_day(day)
    assert not closed.is_business_day(day)
