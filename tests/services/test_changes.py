"""Whether anything was saved since a desk last looked (the list's automatic refresh)."""

from __future__ import annotations

from privacy_desk.services import cases, changes
from privacy_desk.services.context import DeskContext
from tests.helpers.cases import another_desk, log_case


def test_a_change_at_another_desk_is_seen_and_a_look_is_not(desk: DeskContext) -> None:
    reference = log_case(desk)
    seen = changes.last_entry(desk)
    assert changes.changes_since(desk, seen) == changes.Changes(seen, changed=False)

    with another_desk(desk) as other:
        other.record_event("export.table", "table", what="cases", rows=1, format="csv")
        looked = changes.changes_since(desk, seen)
        assert looked.last_entry > seen and not looked.changed  # an export changes nothing
        cases.update_case(other, reference, {"requester_phone": "075-111-1111"})
    found = changes.changes_since(desk, looked.last_entry)
    assert found.changed and found.last_entry > looked.last_entry
    assert changes.changes_since(desk, seen).changed  # a look among changes hides none
    assert changes.changes_since(desk, None).changed  # not known: read everything
    assert changes.changes_since(desk, found.last_entry + 5).changed  # the trail replaced
