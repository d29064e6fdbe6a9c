"""Case reference numbers: ``2026-0042``, sequential within the year of arrival."""

from __future__ import annotations

import re

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

_REFERENCE = re.compile(r"^(\d{4})-(\d{4,6})$")


MAX_SEQUENCE = 999_999


def format_reference(year: int, sequence: int) -> str:
    if not 1 <= sequence <= MAX_SEQUENCE or not 1000 <= year <= 9999:
        raise ValueError(f"no reference for year {year}, sequence {sequence}")
    return f"{year:04d}-{sequence:04d}"


def parse_reference(text: str) -> tuple[int, int]:
    m = _REFERENCE.match(text.strip())
    if not m:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "'{text}' is not a case reference; they look like 2026-0042."
            ),
            text=text,
        )
    return int(m[1]), int(m[2])
