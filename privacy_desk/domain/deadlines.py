"""When a reply is due.

* **Internal target**: ``target_business_days`` business days after the day
  the letter arrived (that day not counted), not counting the days the clock
  was paused while the office waited for documents it asked for. A recorded
  extension moves the target to its new date (never earlier than the clock
  gives).
* **Legal line**: 14 calendar days after arrival. APPI Art. 39 lets the
  requester sue two weeks after the request arrived. The law knows no pause,
  so the legal line never moves: it is the date to stay well inside.

A pause runs from the day the office asked for documents to the day they
arrived: the days *after* the first up to and including the second do not
count (the arrival day of the documents is like the arrival day of a letter).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from privacy_desk.domain.calendar import BusinessCalendar

LEGAL_LINE_DAYS = 14
DEFAULT_TARGET_BUSINESS_DAYS = 10


@dataclass(frozen=True)
class Pause:
    started_on: date
    ended_on: date | None = None  # None: still waiting

    def paused_dates(self, as_of: date) -> Iterable[date]:
        end = self.ended_on if self.ended_on is not None else max(as_of, self.started_on)
        day = self.started_on
        while day < end:
            day += timedelta(days=1)
            yield day


@dataclass(frozen=True)
class Extension:
    new_target_on: date
    reason: str


@dataclass(frozen=True)
class Deadlines:
    target_on: date
    legal_line_on: date
    paused_days: int
    extended: bool


def legal_line(received_on: date) -> date:
    return received_on + timedelta(days=LEGAL_LINE_DAYS)


def compute_deadlines(
    received_on: date,
    *,
    calendar: BusinessCalendar,
    target_business_days: int = DEFAULT_TARGET_BUSINESS_DAYS,
    pauses: Sequence[Pause] = (),
    extensions: Sequence[Extension] = (),
    as_of: date,
) -> Deadlines:
    """Target date, legal line and paused days of one case as of ``as_of``.

    While a pause is still open its days run up to ``as_of``, so the target
    moves one day later each day the office keeps waiting.
    """
    paused: set[date] = set()
    for pause in pauses:
        paused.update(pause.paused_dates(as_of))
    target = calendar.add_business_days(received_on, target_business_days, frozenset(paused))
    if extensions:
        target = max(target, extensions[-1].new_target_on)
    return Deadlines(
        target_on=target,
        legal_line_on=legal_line(received_on),
        paused_days=len(paused),
        extended=bool(extensions),
    )
