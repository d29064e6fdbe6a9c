"""Fees (APPI Art. 38) and how they are paid."""

from __future__ import annotations

from datetime import date, timedelta

#: A fixed-amount postal money order (定額小為替) is valid for six months from issue.
MONEY_ORDER_VALID_MONTHS = 6


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day if it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


def money_order_expires_on(issued_on: date) -> date:
    """The last day a money order issued on ``issued_on`` can be cashed."""
    return add_months(issued_on, MONEY_ORDER_VALID_MONTHS) - timedelta(days=1)
