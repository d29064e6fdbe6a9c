"""Business days: weekends, Japanese public holidays and office closures.

Public holidays (including substitute and citizens' holidays) come from
``jpholiday``; office closures are configured as texts:

* ``"12-29..01-03"`` — every year, a range that may wrap over New Year;
* ``"2027-08-13"`` or ``"2027-08-12..2027-08-16"`` — once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import jpholiday

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

DEFAULT_CLOSURES = ("12-29..01-03",)
MAX_YEARLY_CLOSURE_DAYS = 92
# No office is closed this long; a search past it means the closures are wrong.
MAX_SEARCH_DAYS = 2 * 366

_YEARLY = re.compile(r"^(\d{2})-(\d{2})(?:\.\.(\d{2})-(\d{2}))?$")
_ONCE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$")


@dataclass(frozen=True)
class Closure:
    """Days the office is closed: yearly (month, day pairs) or once (dates)."""

    text: str
    yearly: tuple[tuple[int, int], tuple[int, int]] | None = None
    once: tuple[date, date] | None = None

    @classmethod
    def parse(cls, text: str) -> Closure:
        text = text.strip()
        if m := _YEARLY.match(text):
            start = (int(m[1]), int(m[2]))
            end = (int(m[3]), int(m[4])) if m[3] else start
            for month, day in (start, end):
                _check_month_day(text, month, day)
            if _yearly_length(start, end) > MAX_YEARLY_CLOSURE_DAYS:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Office closure '{closure}' would close the office for more than three "
                        "months every year; write the earlier day first (12-29..01-03 wraps "
                        "over New Year).",
                    ),
                    closure=text,
                )
            return cls(text, yearly=(start, end))
        if m := _ONCE.match(text):
            try:
                first = date.fromisoformat(m[1])
                last = date.fromisoformat(m[2]) if m[2] else first
            except ValueError:
                raise _no_such_day(text) from None
            if last < first:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Office closure '{closure}' ends before it begins."
                    ),
                    closure=text,
                )
            return cls(text, once=(first, last))
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot read office closure '{closure}'; write 12-29..01-03 for every year "
                "or 2027-08-12..2027-08-16 for once.",
            ),
            closure=text,
        )

    def covers(self, day: date) -> bool:
        if self.once is not None:
            return self.once[0] <= day <= self.once[1]
        assert self.yearly is not None
        start, end = self.yearly
        key = (day.month, day.day)
        if start <= end:
            return start <= key <= end
        return key >= start or key <= end  # wraps over New Year


def _yearly_length(start: tuple[int, int], end: tuple[int, int]) -> int:
    """Days a yearly closure covers (counted in a leap year; wrapping over New Year)."""
    first = date(2024, *start)
    last = date(2024, *end)
    if last < first:
        last = date(2025, *end) if end != (2, 29) else date(2025, 3, 1)
    return (last - first).days + 1


def _check_month_day(text: str, month: int, day: int) -> None:
    try:
        date(2024, month, day)  # a leap year: 02-29 is a valid yearly closure
    except ValueError:
        raise _no_such_day(text) from None


def _no_such_day(text: str) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Office closure '{closure}' names a day that does not exist."),
        closure=text,
    )


@lru_cache(maxsize=8192)
def _holiday(day: date) -> str | None:
    # Day by day: jpholiday tries each of its rules on every day it is asked about, so a
    # whole year (the old way) cost 80 ms where the few weeks a deadline spans cost 5.
    return jpholiday.is_holiday_name(day)


class BusinessCalendar:
    """Which days the office works."""

    def __init__(self, closures: Iterable[str] = DEFAULT_CLOSURES) -> None:
        self.closures = tuple(Closure.parse(c) for c in closures)
        self._cache: dict[date, bool] = {}

    def holiday_name(self, day: date) -> str | None:
        """The public holiday's Japanese name, or None."""
        return _holiday(day)

    def is_closed(self, day: date) -> bool:
        return any(c.covers(day) for c in self.closures)

    def is_business_day(self, day: date) -> bool:
        cached = self._cache.get(day)
        if cached is None:
            cached = (
                day.weekday() < 5 and self.holiday_name(day) is None and not self.is_closed(day)
            )
            self._cache[day] = cached
        return cached

    def next_business_day(self, day: date) -> date:
        """``day`` itself if the office works that day, else the next one it does."""
        for _ in range(MAX_SEARCH_DAYS):
            if self.is_business_day(day):
                return day
            day += timedelta(days=1)
        raise self._no_business_day()

    def add_business_days(
        self, start: date, count: int, skip: frozenset[date] = frozenset()
    ) -> date:
        """The ``count``-th business day after ``start`` (``start`` itself not counted).

        Days in ``skip`` (paused days) do not count either.
        """
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        idle = 0
        while count:
            day += timedelta(days=1)
            if day in skip:  # paused: however long the wait, it is no closure
                continue
            if self.is_business_day(day):
                count -= 1
                idle = 0
            else:
                idle += 1
                if idle > MAX_SEARCH_DAYS:
                    raise self._no_business_day()
        return day

    def _no_business_day(self) -> InvalidInput:
        return InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The office closures leave no working day for two years; "
                "check the setting deadlines.office_closures.",
            )
        )

    def business_days_between(self, start: date, end: date) -> int:
        """Business days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.business_days_between(end, start)
        days = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            days += self.is_business_day(day)
        return days
