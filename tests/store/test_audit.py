"""The audit chain: appended in order, and every edit behind the program's back is found."""

from __future__ import annotations

from datetime import date

import pytest

from privacy_desk.services.context import DeskContext
from privacy_desk.store import audit
from privacy_desk.store.audit import AuditRecord, verify_chain


def _fill(desk: DeskContext, count: int = 5) -> None:
    with desk.db.write() as session:
        audit.append(
            session,
            [
                AuditRecord(
                    actor="clerk",
                    action="case.change",
                    entity_type="case",
                    entity_id=f"2026-{i:04d}",
                    field_name="requester_address",
                    old_value="京都府向日市寺戸町1",
                    new_value=date(2026, 1, i + 1),
                )
                for i in range(count)
            ],
        )


def _verdict(desk: DeskContext) -> audit.ChainVerdict:
    with desk.db.read() as session:
        return verify_chain(session)


def _raw(desk: DeskContext, sql: str) -> None:
    """``sql`` behind the program's back: straight to the database, past its sessions."""
    with desk.db.engine.begin() as connection:
        connection.exec_driver_sql(sql)


def test_an_untouched_chain_verifies(desk: DeskContext) -> None:
    _fill(desk)
    _fill(desk, 2)
    verdict = _verdict(desk)
    assert verdict.ok, verdict.problems
    assert verdict.entries == 7


def test_values_are_stored_as_json(desk: DeskContext) -> None:
    _fill(desk, 1)
    with desk.db.engine.connect() as connection:
        old, new = connection.exec_driver_sql(
            "SELECT old_value, new_value FROM audit_entries"
        ).one()
    assert old == '"京都府向日市寺戸町1"'
    assert new == '"2026-01-01"'


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        ("UPDATE audit_entries SET new_value = '\"x\"' WHERE id = 3", "entry 3 was changed"),
        ("UPDATE audit_entries SET actor = 'someone' WHERE id = 1", "entry 1 was changed"),
        ("DELETE FROM audit_entries WHERE id = 3", "Entries 3–3 are missing"),
        ("DELETE FROM audit_entries WHERE id = 5", "(5–5) were removed"),
        (
            # a different first digit, whatever the hash began with (a fixed 'f' changed
            # nothing one run in sixteen)
            "UPDATE audit_entries SET entry_hash = (CASE substr(entry_hash, 1, 1) "
            "WHEN 'f' THEN 'e' ELSE 'f' END) || substr(entry_hash, 2) WHERE id = 2",
            "entry 3 does not follow",
        ),
    ],
)
def test_tampering_is_detected(desk: DeskContext, tamper: str, expected: str) -> None:
    _fill(desk)
    _raw(desk, tamper)
    verdict = _verdict(desk)
    assert not verdict.ok
    assert any(expected in p for p in verdict.problems), verdict.problems


def test_cutting_off_the_tail_with_the_head_is_still_seen_as_a_break(desk: DeskContext) -> None:
    _fill(desk)
    _raw(desk, "DELETE FROM audit_entries WHERE id >= 4")
    _raw(desk, "UPDATE audit_head SET last_id = 3")
    verdict = _verdict(desk)
    assert not verdict.ok  # head hash no longer matches entry 3


def test_a_forged_entry_in_the_middle_is_detected(desk: DeskContext) -> None:
    _fill(desk)
    _raw(desk, "UPDATE audit_entries SET id = id + 100 WHERE id >= 3")
    _raw(
        desk,
        "INSERT INTO audit_entries (id, recorded_at, actor, action, entity_type, entity_id, "
        "field, old_value, new_value, details, prev_hash, entry_hash) VALUES (3, 'x', 'x', 'x', "
        "'', '', '', NULL, NULL, '{}', 'a', 'b')",
    )
    assert not _verdict(desk).ok
