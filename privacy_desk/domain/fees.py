"""Fees (APPI Art. 38) and how they are paid."""

from __future__ import annotations

from datetime import date, timedelta

#: A fixed-amount postal money order (定額小為替) is valid for six months from issue.
MONEY_ORDER_VALID_MONTHS = 6


def add_months(day: date, months: int) -> date | None:
    """The same day ``months`` later, or None if that month has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    try:
        return date(year, month, day.day)
    except ValueError:
        return None


def period_end(start: date, months: int) -> date:
    """Last day of a period of ``months`` counted from ``start`` (Civil Code Art. 143).

    It ends the day before the corresponding day of the last month, or on that
    month's last day when it has no corresponding day.
    """
    corresponding = add_months(start, months)
    if corresponding is not None:
        return corresponding - timedelta(days=1)
    first_of_next = add_months(start.replace(day=1), months + 1)
    assert first_of_next is not None
    return first_of_next - timedelta(days=1)


def money_order_expires_on(issued_on: date) -> date:
    """The last day a money order issued on ``issued_on`` can be cashed.

    Valid six months from issue; the day of issue is not counted (Civil Code
    Art. 140), so the period starts the next day.
    """
    return period_end(issued_on + timedelta(days=1), MONEY_ORDER_VALID_MONTHS)
