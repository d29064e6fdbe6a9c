"""Tests for privacy_desk.domain.era: era lookup, formatting and date parsing."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from privacy_desk.domain.era import (
    ERAS,
    DateInputError,
    Era,
    era_of,
    era_year,
    format_english,
    format_japanese,
    format_japanese_short,
    format_western_ja,
    parse_date,
)

# --- eras --------------------------------------------------------------------------------------


def test_eras_are_contiguous_and_ordered() -> None:
    assert [e.letter for e in ERAS] == ["M", "T", "S", "H", "R"]
    assert [e.name_en for e in ERAS] == ["Meiji", "Taisho", "Showa", "Heisei", "Reiwa"]
    assert [e.name_ja for e in ERAS] == ["明治", "大正", "昭和", "平成", "令和"]
    for before, after in pairwise(ERAS):
        assert before.end is not None
        assert before.end + timedelta(days=1) == after.start
    assert ERAS[0].start == date(1868, 10, 23)
    assert ERAS[-1].end is None


@pytest.mark.parametrize(
    ("d", "letter", "year"),
    [
        (date(1868, 10, 23), "M", 1),
        (date(1912, 7, 29), "M", 45),
        (date(1912, 7, 30), "T", 1),
        (date(1926, 12, 24), "T", 15),
        (date(1926, 12, 25), "S", 1),
        (date(1989, 1, 7), "S", 64),
        (date(1989, 1, 8), "H", 1),
        (date(2019, 4, 30), "H", 31),
        (date(2019, 5, 1), "R", 1),
        (date(2026, 11, 24), "R", 8),
        (date(2100, 12, 31), "R", 82),
    ],
)
def test_era_of_and_era_year(d: date, letter: str, year: int) -> None:
    assert era_of(d).letter == letter
    assert era_year(d) == year


def test_era_of_before_meiji_raises() -> None:
    with pytest.raises(DateInputError, match="before the Meiji era") as info:
        era_of(date(1868, 10, 22))
    assert info.value.text == "1868-10-22"
    with pytest.raises(DateInputError):
        format_japanese(date(1800, 1, 1))


# --- formatting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "japanese", "short", "western_ja", "english"),
    [
        (date(2026, 11, 24), "令和8年11月24日", "R8.11.24", "2026年11月24日", "24 November 2026"),
        (date(2019, 5, 1), "令和元年5月1日", "R1.5.1", "2019年5月1日", "1 May 2019"),
        (date(2019, 4, 30), "平成31年4月30日", "H31.4.30", "2019年4月30日", "30 April 2019"),
        (date(1989, 1, 8), "平成元年1月8日", "H1.1.8", "1989年1月8日", "8 January 1989"),
        (date(1989, 1, 7), "昭和64年1月7日", "S64.1.7", "1989年1月7日", "7 January 1989"),
        (date(1926, 12, 25), "昭和元年12月25日", "S1.12.25", "1926年12月25日", "25 December 1926"),
        (date(1926, 12, 24), "大正15年12月24日", "T15.12.24", "1926年12月24日", "24 December 1926"),
        (date(1912, 7, 30), "大正元年7月30日", "T1.7.30", "1912年7月30日", "30 July 1912"),
        (date(1912, 7, 29), "明治45年7月29日", "M45.7.29", "1912年7月29日", "29 July 1912"),
        (date(1868, 10, 23), "明治元年10月23日", "M1.10.23", "1868年10月23日", "23 October 1868"),
        (date(2024, 2, 29), "令和6年2月29日", "R6.2.29", "2024年2月29日", "29 February 2024"),
        (date(2020, 1, 1), "令和2年1月1日", "R2.1.1", "2020年1月1日", "1 January 2020"),
    ],
)
def test_formats(d: date, japanese: str, short: str, western_ja: str, english: str) -> None:
    assert format_japanese(d) == japanese
    assert format_japanese_short(d) == short
    assert format_western_ja(d) == western_ja
    assert format_english(d) == english


# --- parsing: accepted forms -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Western
        ("2026-11-24", date(2026, 11, 24)),
        ("2026/11/24", date(2026, 11, 24)),
        ("2026.11.24", date(2026, 11, 24)),
        ("20261124", date(2026, 11, 24)),
        ("2026年11月24日", date(2026, 11, 24)),
        ("2026年 11月 24日", date(2026, 11, 24)),
        ("2026年11月24", date(2026, 11, 24)),
        ("2026/1/5", date(2026, 1, 5)),
        ("2026-01-05", date(2026, 1, 5)),
        ("2026.1.05", date(2026, 1, 5)),
        ("2026年1月5日", date(2026, 1, 5)),
        ("  2026-11-24\t", date(2026, 11, 24)),
        # Era, short
        ("R8.11.24", date(2026, 11, 24)),
        ("R8/11/24", date(2026, 11, 24)),
        ("R8-11-24", date(2026, 11, 24)),
        ("r8.11.24", date(2026, 11, 24)),
        ("R08.11.24", date(2026, 11, 24)),
        ("R8.1.5", date(2026, 1, 5)),
        ("R1.5.1", date(2019, 5, 1)),
        ("R元.5.1", date(2019, 5, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("H1.1.8", date(1989, 1, 8)),
        ("h1.1.8", date(1989, 1, 8)),
        ("S64.1.7", date(1989, 1, 7)),
        ("S1.12.25", date(1926, 12, 25)),
        ("T15.12.24", date(1926, 12, 24)),
        ("T1.7.30", date(1912, 7, 30)),
        ("M45.7.29", date(1912, 7, 29)),
        ("m1.10.23", date(1868, 10, 23)),
        # Era, long
        ("令和8年11月24日", date(2026, 11, 24)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和1年5月1日", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("大正15年12月24日", date(1926, 12, 24)),
        ("明治45年7月29日", date(1912, 7, 29)),
        ("令和 8年 11月 24日", date(2026, 11, 24)),
        ("令和 元 年 5 月 1 日", date(2019, 5, 1)),
        ("令和8年11月24", date(2026, 11, 24)),
        # Full-width and other normalised input
        ("２０２６－１１－２４", date(2026, 11, 24)),
        ("２０２６／１１／２４", date(2026, 11, 24)),
        ("２０２６．１１．２４", date(2026, 11, 24)),
        ("２０２６年１１月２４日", date(2026, 11, 24)),
        ("Ｒ８．１１．２４", date(2026, 11, 24)),
        ("ｒ８／１１／２４", date(2026, 11, 24)),
        ("Ｈ３１－４－３０", date(2019, 4, 30)),
        ("令和８年１１月２４日", date(2026, 11, 24)),
        ("令和　８年　１１月　２４日", date(2026, 11, 24)),
        ("\u3000R8.11.24\u3000", date(2026, 11, 24)),
        ("㋿8年11月24日", date(2026, 11, 24)),  # one-character 令和 (U+32FF)
        ("㍻31年4月30日", date(2019, 4, 30)),  # one-character 平成
        ("2026−11−24", date(2026, 11, 24)),  # U+2212 minus sign
        ("2026ー11ー24", date(2026, 11, 24)),  # katakana long-vowel mark typed as a dash
        # Leap days
        ("2024-02-29", date(2024, 2, 29)),
        ("R6.2.29", date(2024, 2, 29)),
        ("2000/2/29", date(2000, 2, 29)),
        ("平成12年2月29日", date(2000, 2, 29)),
    ],
)
def test_parse_accepts(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_parse_ignores_today() -> None:
    assert parse_date("R8.11.24", today=date(2000, 1, 1)) == date(2026, 11, 24)


# --- parsing: errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Empty
        ("", "Enter a date."),
        ("   ", "Enter a date."),
        ("\u3000", "Enter a date."),
        # Month / day that never exist
        ("2026-13-01", "Month 13 does not exist."),
        ("2026/0/1", "Month 0 does not exist."),
        ("R8.13.1", "Month 13 does not exist."),
        ("令和8年13月1日", "Month 13 does not exist."),
        ("2026-11-32", "Day 32 does not exist."),
        ("2026-11-00", "Day 0 does not exist."),
        ("20261100", "Day 0 does not exist."),
        ("0000-01-01", "Year 0 does not exist."),
        # Day beyond the month's length
        ("2026-04-31", "April 31 does not exist; April has at most 30 days."),
        ("R8.11.31", "November 31 does not exist; November has at most 30 days."),
        ("2024-02-30", "February 30 does not exist; February has at most 29 days."),
        # Leap days
        ("2026-02-29", "2026 is not a leap year, so February 29 does not exist."),
        ("1900-02-29", "1900 is not a leap year, so February 29 does not exist."),
        ("R8.2.29", "R8 (2026) is not a leap year, so February 29 does not exist."),
        ("令和7年2月29日", "R7 (2025) is not a leap year, so February 29 does not exist."),
        # Era year out of range
        ("R0.5.1", "Reiwa has no year 0; its first year (元年) is R1."),
        ("令和0年5月1日", "Reiwa has no year 0; its first year (元年) is R1."),
        ("H32.1.1", "Heisei has no year 32; it ended in 2019 (H31)."),
        ("平成32年1月1日", "Heisei has no year 32; it ended in 2019 (H31)."),
        ("S65.1.1", "Showa has no year 65; it ended in 1989 (S64)."),
        ("T16.1.1", "Taisho has no year 16; it ended in 1926 (T15)."),
        ("M46.1.1", "Meiji has no year 46; it ended in 1912 (M45)."),
        # Date outside its era within a boundary year
        ("R1.4.30", "Reiwa began on 2019-05-01; R1.4.30 is before it."),
        ("令和元年4月30日", "Reiwa began on 2019-05-01; R1.4.30 is before it."),
        ("H1.1.7", "Heisei began on 1989-01-08; H1.1.7 is before it."),
        ("M1.1.1", "Meiji began on 1868-10-23; M1.1.1 is before it."),
        ("H31.5.1", "Heisei ended on 2019-04-30; H31.5.1 is Reiwa 1."),
        ("平成31年5月1日", "Heisei ended on 2019-04-30; H31.5.1 is Reiwa 1."),
        ("S64.1.8", "Showa ended on 1989-01-07; S64.1.8 is Heisei 1."),
        ("T15.12.25", "Taisho ended on 1926-12-24; T15.12.25 is Showa 1."),
        ("M45.7.30", "Meiji ended on 1912-07-29; M45.7.30 is Taisho 1."),
        # Unknown eras
        ("X8.11.24", "Unknown era 'X'; use M, T, S, H or R."),
        ("慶応3年1月1日", "Unknown era '慶応'; use 明治, 大正, 昭和, 平成 or 令和."),
        # Two-digit years
        (
            "26/11/24",
            "Cannot read '26/11/24': two-digit years are not accepted. "
            "Write the full year (2026/11/24) or an era year (R8.11.24).",
        ),
        (
            "26年11月24日",
            "Cannot read '26年11月24日': two-digit years are not accepted. "
            "Write the full year (2026/11/24) or an era year (R8.11.24).",
        ),
    ],
)
def test_parse_errors(text: str, message: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_date(text)
    assert str(info.value) == message
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "2026-1x-24",
        "2026/11-24",  # mixed separators
        "2026-11",
        "2026112",
        "202611245",
        "24 November 2026",
        "11/24",
        "R8.11",
        "R.11.24",
        "令8.11.24",
        "tomorrow",
        "12026-11-24",
    ],
)
def test_parse_unreadable(text: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_date(text)
    assert str(info.value) == (
        f"Cannot read '{text}' as a date. Use 2026-11-24, 2026/11/24, R8.11.24 or 令和8年11月24日."
    )
    assert info.value.text == text


def test_unreadable_message_shows_stripped_original_input() -> None:
    with pytest.raises(DateInputError) as info:
        parse_date("  ２０２６－１ｘ－２４ ")
    assert "'２０２６－１ｘ－２４'" in str(info.value)
    assert info.value.text == "  ２０２６－１ｘ－２４ "


# --- round trips -------------------------------------------------------------------------------


def _every_day(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def test_round_trip_every_day_1900_to_2100() -> None:
    for d in _every_day(date(1900, 1, 1), date(2100, 12, 31)):
        assert parse_date(format_japanese(d)) == d, d
        assert parse_date(format_japanese_short(d)) == d, d
        assert parse_date(format_western_ja(d)) == d, d
        assert parse_date(d.isoformat()) == d, d


@pytest.mark.parametrize("era", ERAS, ids=lambda e: e.name_en)
def test_round_trip_around_era_boundaries(era: Era) -> None:
    for edge in [era.start] if era.end is None else [era.start, era.end]:
        low = max(edge - timedelta(days=3), ERAS[0].start)
        for d in _every_day(low, edge + timedelta(days=3)):
            assert parse_date(format_japanese(d)) == d
            assert parse_date(format_japanese_short(d)) == d
