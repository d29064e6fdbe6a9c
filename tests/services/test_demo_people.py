"""Tests for the synthetic demo-people generator."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from privacy_desk.services import demo_people as dp
from privacy_desk.services.demo_people import (
    MUNICIPALITIES,
    Municipality,
    SyntheticPerson,
    age_on,
    make_agent_office,
    make_minor,
    make_person,
)

ON = date(2025, 6, 1)
KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]+\u3000[\u30a1-\u30fa\u30fc]+")
EMAIL = re.compile(r"[a-z0-9._]+@(example\.com|example\.net|example\.org)")
LANDLINE = re.compile(r"0\d{1,4}-\d{1,4}-\d{4}")
MOBILE = re.compile(r"0[789]0-[1-9]\d{3}-\d{4}")


def _people(seed: int, n: int, **kwargs: int) -> list[SyntheticPerson]:
    rng = random.Random(seed)
    return [make_person(rng, on=ON, **kwargs) for _ in range(n)]


def _municipality_of(address: str) -> Municipality:
    matches = [m for m in MUNICIPALITIES if address.startswith(m.prefecture + m.city)]
    assert len(matches) == 1, address
    return matches[0]


def test_same_seed_same_people() -> None:
    assert _people(42, 300) == _people(42, 300)
    assert _people(42, 300) != _people(43, 300)


def test_minors_and_offices_are_reproducible() -> None:
    def run(seed: int) -> list[object]:
        rng = random.Random(seed)
        out: list[object] = []
        for _ in range(50):
            parent = make_person(rng, on=ON)
            out += [parent, make_minor(rng, on=ON, surname_of=parent), make_minor(rng, on=ON)]
            out.append(make_agent_office(rng))
        return out

    assert run(7) == run(7)


def test_does_not_touch_global_random_state() -> None:
    random.seed(123)
    expected = random.random()
    random.seed(123)
    _people(1, 50)
    assert random.random() == expected


def test_postal_code_matches_municipality() -> None:
    for person in _people(1, 3000):
        assert re.fullmatch(r"\d{7}", person.postal_code), person
        municipality = _municipality_of(person.address)
        assert person.postal_code.startswith(municipality.postal_prefix), person
        town = next(
            t
            for t in municipality.towns
            if person.address.startswith(municipality.prefecture + municipality.city + t.name)
        )
        assert person.postal_code == town.postal_code


def test_muko_town_postal_code() -> None:
    muko = next(m for m in MUNICIPALITIES if m.city == "向日市")
    assert {t.name: t.postal_code for t in muko.towns}["寺戸町"] == "6170002"


def test_pools_are_well_formed() -> None:
    assert len(dp.SURNAMES) >= 80
    assert len(dp.GIVEN_NAMES) >= 60
    assert len(MUNICIPALITIES) >= 40
    assert {g.sex for g in dp.GIVEN_NAMES} == {"female", "male"}
    names = [m.prefecture + m.city for m in MUNICIPALITIES]
    assert len(set(names)) == len(names)
    for m in MUNICIPALITIES:
        assert re.fullmatch(r"\d{3}", m.postal_prefix), m
        assert re.fullmatch(r"0\d{1,4}", m.area_code), m
        assert 3 <= len(m.towns) <= 6, m
        assert all(t.postal_code.startswith(m.postal_prefix) for t in m.towns), m
        # No full municipality name is a prefix of another (addresses stay unambiguous).
        assert sum(other.startswith(m.prefecture + m.city) for other in names) == 1
    kyoto = sum(m.weight for m in MUNICIPALITIES if m.prefecture == "京都府")
    assert kyoto * 2 > sum(m.weight for m in MUNICIPALITIES)


def test_kana_is_katakana_only() -> None:
    rng = random.Random(5)
    people = _people(2, 2000)
    people += [make_minor(rng, on=ON, surname_of=p) for p in people[:200]]
    for person in people:
        assert KATAKANA_NAME.fullmatch(person.name_kana), person.name_kana
        assert person.name.count("\u3000") == 1
        assert " " not in person.name


def test_romanisation() -> None:
    assert dp.romanise("サトウ") == "sato"
    assert dp.romanise("イノウエ") == "inoue"
    assert dp.romanise("ショウタ") == "shota"
    assert dp.romanise("オオツカ") == "otsuka"
    assert dp.romanise("ハットリ") == "hattori"
    assert dp.romanise("キョウコ") == "kyoko"
    assert dp.romanise("ユウマ") == "yuma"


def test_emails_use_reserved_domains_only() -> None:
    people = _people(3, 2000)
    emails = [p.email for p in people if p.email is not None]
    assert 0.4 < len(emails) / len(people) < 0.6
    for email in emails:
        assert EMAIL.fullmatch(email), email


def test_phone_numbers() -> None:
    people = _people(4, 2000)
    mobiles = [p for p in people if MOBILE.fullmatch(p.phone)]
    assert 0.12 < len(mobiles) / len(people) < 0.28
    for person in people:
        if MOBILE.fullmatch(person.phone):
            continue
        assert LANDLINE.fullmatch(person.phone), person.phone
        assert len(person.phone.replace("-", "")) == 10
        area = person.phone.split("-")[0]
        assert area == _municipality_of(person.address).area_code, person


@pytest.mark.parametrize(
    "on",
    [
        date(2024, 2, 29),
        date(2024, 2, 28),
        date(2024, 3, 1),
        date(2025, 2, 28),
        date(2025, 3, 1),
        date(2025, 1, 1),
        date(2025, 12, 31),
        ON,
    ],
)
@pytest.mark.parametrize(("min_age", "max_age"), [(18, 90), (18, 18), (0, 0), (40, 41)])
def test_birth_dates_respect_age_bounds(on: date, min_age: int, max_age: int) -> None:
    rng = random.Random(on.toordinal() + min_age)
    for _ in range(300):
        person = make_person(rng, on=on, min_age=min_age, max_age=max_age)
        assert min_age <= age_on(person.birth_date, on) <= max_age, person.birth_date
    # The window is exact: its first and last days qualify, the days just outside do not.
    first, span = dp._birth_window(on, min_age, max_age)
    earliest = date.fromordinal(first)
    latest = date.fromordinal(first + span - 1)
    assert age_on(earliest, on) == max_age
    assert age_on(earliest - timedelta(days=1), on) == max_age + 1
    assert age_on(latest, on) == min_age
    assert age_on(latest + timedelta(days=1), on) == min_age - 1


def test_feb_29_edge() -> None:
    # Born 2006-02-29 does not exist; the last 18-year-old on 2024-02-29 is born 2006-02-28,
    # and on 2024-02-29 someone born 2000-02-29 turns 24 exactly.
    first, span = dp._birth_window(date(2024, 2, 29), 18, 18)
    assert date.fromordinal(first + span - 1) == date(2006, 2, 28)
    assert date.fromordinal(first) == date(2005, 3, 1)
    assert age_on(date(2000, 2, 29), date(2024, 2, 29)) == 24
    assert age_on(date(2004, 2, 29), date(2023, 2, 28)) == 18
    assert age_on(date(2004, 2, 29), date(2023, 3, 1)) == 19


def test_invalid_age_bounds() -> None:
    rng = random.Random(0)
    with pytest.raises(ValueError, match="age bounds"):
        make_person(rng, on=ON, min_age=30, max_age=20)
    with pytest.raises(ValueError, match="age bounds"):
        make_person(rng, on=ON, min_age=-1)


def test_minor_with_parent() -> None:
    rng = random.Random(6)
    for _ in range(500):
        parent = make_person(rng, on=ON)
        child = make_minor(rng, on=ON, surname_of=parent)
        assert 0 <= age_on(child.birth_date, ON) < 18
        assert child.name.split("\u3000")[0] == parent.name.split("\u3000")[0]
        assert child.name_kana.split("\u3000")[0] == parent.name_kana.split("\u3000")[0]
        assert child.address == parent.address
        assert child.postal_code == parent.postal_code
        assert child.email is None
        # Parents are adults, so a child is always born at least ~16 years after them.
        assert age_on(parent.birth_date, child.birth_date) >= 15


def test_minor_without_parent() -> None:
    rng = random.Random(8)
    for _ in range(500):
        child = make_minor(rng, on=ON)
        assert 0 <= age_on(child.birth_date, ON) < 18
        assert child.email is None
        assert LANDLINE.fullmatch(child.phone)
        municipality = _municipality_of(child.address)
        assert child.postal_code.startswith(municipality.postal_prefix)


def test_names_are_varied() -> None:
    people = _people(9, 1000)
    assert len({p.name for p in people}) >= 200
    assert {p.sex for p in people} == {"female", "male"}
    assert len({p.address for p in people}) >= 900


def test_sex_matches_given_name() -> None:
    sex_of = {g.kanji: g.sex for g in dp.GIVEN_NAMES}
    for person in _people(10, 500):
        assert sex_of[person.name.split("\u3000")[1]] == person.sex


def test_agent_office() -> None:
    rng = random.Random(11)
    offices = [make_agent_office(rng) for _ in range(200)]
    assert len({name for name, _ in offices}) >= 8
    for name, number in offices:
        assert name.endswith("事務所")
        assert re.fullmatch(r"第\d{5}号", number)
