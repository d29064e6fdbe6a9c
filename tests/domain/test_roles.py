"""Roles and the two-person rule."""

from __future__ import annotations

import pytest

from privacy_desk.domain.roles import (
    PERMISSIONS,
    NotAllowed,
    Permission,
    Role,
    check_second_person,
    may,
    require,
)

EXPECTED = {
    Role.STAFF: {"view_cases", "log_requests", "process_cases", "export"},
    Role.MANAGER: {"view_cases", "log_requests", "process_cases", "export", "approve"}
    | {"reports", "retention"},
    Role.ADMINISTRATOR: {"view_cases", "log_requests", "process_cases", "export"}
    | {"manage_users", "settings", "backup", "restore", "demo"},
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_every_role_and_permission(role: Role, permission: Permission) -> None:
    allowed = permission.value in EXPECTED[role]
    assert may(role, permission) is allowed
    if allowed:
        require(role, permission)
    else:
        with pytest.raises(NotAllowed, match=f"role '{role.label}' may not do this"):
            require(role, permission)


def test_the_matrix_is_written_out_in_full() -> None:
    assert {r: {p.value for p in ps} for r, ps in PERMISSIONS.items()} == EXPECTED


def test_two_people_for_a_refusal_or_an_erasure() -> None:
    check_second_person("sato", "suzuki", Role.MANAGER)
    with pytest.raises(NotAllowed, match="cannot also approve"):
        check_second_person("suzuki", "suzuki", Role.MANAGER)
    with pytest.raises(NotAllowed, match="may not do this"):
        check_second_person("sato", "tanaka", Role.STAFF)
    with pytest.raises(NotAllowed):
        check_second_person("sato", "admin", Role.ADMINISTRATOR)
