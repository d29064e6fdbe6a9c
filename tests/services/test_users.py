"""Users: key slots that open the database, argon2 hashes, roles, audit (issue 4 groundwork)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.errors import InvalidInput, NotFound
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF, KeyStore, WrongSecret, new_data_key, user_slot
from privacy_desk.services import auth, users
from privacy_desk.services.context import DeskContext
from privacy_desk.services.history import case_history
from privacy_desk.store.models import AuditEntry
from tests.helpers import offices

PASSWORD = "correct horse 7"


@pytest.fixture
def keys(tmp_path: Path) -> KeyStore:
    return KeyStore.load(tmp_path / "keys.json", kdf=FAST_KDF)


@pytest.fixture
def data_key() -> bytes:
    return new_data_key()


@pytest.fixture
def admin(desk: DeskContext, keys: KeyStore, data_key: bytes) -> DeskContext:
    users.create_user(
        desk,
        keys,
        data_key,
        login="Admin",
        display_name="管理　太郎",
        role=Role.ADMINISTRATOR,
        password=PASSWORD,
        first=True,
    )
    desk.actor, desk.role = "admin", Role.ADMINISTRATOR
    return desk


def test_the_first_administrator_opens_the_key(
    admin: DeskContext, keys: KeyStore, data_key: bytes
) -> None:
    assert [u.login for u in users.list_users(admin)] == ["admin"]
    assert keys.unlock(user_slot("admin"), PASSWORD) == data_key
    with pytest.raises(WrongSecret):
        keys.unlock(user_slot("admin"), "wrong password")
    with admin.db.engine.connect() as connection:  # the stored row, as it is
        stored = connection.exec_driver_sql("SELECT password_hash FROM users").scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert users.password_matches(stored, PASSWORD)
    assert not users.password_matches(stored, PASSWORD + "x")


def test_only_the_set_up_makes_the_first_administrator(
    admin: DeskContext, keys: KeyStore, data_key: bytes
) -> None:
    with pytest.raises(InvalidInput, match="first administrator"):
        users.create_user(
            admin,
            keys,
            data_key,
            login="second",
            display_name="x",
            role=Role.ADMINISTRATOR,
            password=PASSWORD,
            first=True,
        )


@pytest.mark.parametrize(
    ("login", "password", "message"),
    [
        ("a", PASSWORD, "2 to 32 letters"),
        ("山田", PASSWORD, "2 to 32 letters"),
        ("tanaka", "short", "at least 10"),
        ("tanaka12345", "tanaka12345", "must not be the user name"),
    ],
)
def test_names_and_passwords_are_checked(
    admin: DeskContext, keys: KeyStore, data_key: bytes, login: str, password: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        users.create_user(
            admin,
            keys,
            data_key,
            login=login,
            display_name="x",
            role=Role.STAFF,
            password=password,
        )


def test_a_user_life_is_audited_without_passwords(
    admin: DeskContext, keys: KeyStore, data_key: bytes
) -> None:
    users.create_user(
        admin,
        keys,
        data_key,
        login="m.tanaka",
        display_name="田中　実",
        role=Role.STAFF,
        password=PASSWORD,
    )
    users.change_password(admin, keys, "m.tanaka", PASSWORD, "a new long secret")
    with pytest.raises(WrongSecret):
        keys.unlock(user_slot("m.tanaka"), PASSWORD)
    assert keys.unlock(user_slot("m.tanaka"), "a new long secret") == data_key
    users.reset_password(admin, keys, data_key, "m.tanaka", "reset by the admin")
    users.deactivate_user(admin, keys, "m.tanaka")
    assert user_slot("m.tanaka") not in keys.names()
    assert [u.active for u in users.list_users(admin) if u.login == "m.tanaka"] == [False]
    with admin.db.engine.connect() as connection:  # the stored rows, as they are
        trail = "".join(str(r) for r in connection.exec_driver_sql("SELECT * FROM audit_entries"))
    for secret in (PASSWORD, "a new long secret", "reset by the admin"):
        assert secret not in trail
    assert "user.create" in trail and "user.deactivate" in trail
    assert case_history(admin, "m.tanaka") == []  # user entries are not case history


def test_only_administrators_manage_users(
    admin: DeskContext, keys: KeyStore, data_key: bytes
) -> None:
    admin.actor, admin.role = "suzuki", Role.MANAGER
    with pytest.raises(NotAllowed, match="may not do this"):
        users.create_user(
            admin,
            keys,
            data_key,
            login="x.y",
            display_name="x",
            role=Role.STAFF,
            password=PASSWORD,
        )
    admin.role = None
    with pytest.raises(NotAllowed, match="Log in first"):
        users.reset_password(admin, keys, data_key, "admin", PASSWORD)


def test_the_last_administrator_stays(admin: DeskContext, keys: KeyStore, data_key: bytes) -> None:
    users.create_user(
        admin,
        keys,
        data_key,
        login="other",
        display_name="x",
        role=Role.ADMINISTRATOR,
        password=PASSWORD,
    )
    with pytest.raises(InvalidInput, match="your own access"):
        users.deactivate_user(admin, keys, "admin")
    users.deactivate_user(admin, keys, "other")
    admin.actor = "someone.else"
    with pytest.raises(InvalidInput, match="last administrator"):
        users.deactivate_user(admin, keys, "admin")


def test_the_office_profile_defaults_follow_the_policy() -> None:
    profile = users.default_office_profile()
    assert profile.company_name_en == "OMRON SOFTWARE Co., Ltd."
    assert profile.postal_code == "6170002" and "Muko-shi" in profile.address_en


# -- roles, reactivation and names (the administrator's Users screen) --------------------


def _add(ctx: DeskContext, keys: KeyStore, data_key: bytes, login: str, role: Role) -> None:
    users.create_user(
        ctx, keys, data_key, login=login, display_name="x", role=role, password=PASSWORD
    )


def _roles(ctx: DeskContext) -> dict[str, Role]:
    return {u.login: u.role for u in users.list_users(ctx)}


def _user_entries(ctx: DeskContext, action: str) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        )


def test_a_role_change_is_audited_with_the_old_and_the_new_role(
    admin: DeskContext, keys: KeyStore, data_key: bytes
) -> None:
    _add(admin, keys, data_key, "m.tanaka", Role.STAFF)
    info = users.change_role(admin, "m.tanaka", Role.MANAGER)
    assert info.role is Role.MANAGER and _roles(admin)["m.tanaka"] is Role.MANAGER
    users.change_role(admin, "m.tanaka", Role.MANAGER)  # no change, no entry
    [entry] = _user_entries(admin, "user.role")
    assert (entry.actor, entry.entity_type, entry.entity_id) == ("admin", "user", "m.tanaka")
    assert json.loads(entry.details) == {"old": "staff", "new": "manager"}
    with pytest.raises(NotFound, match="There is no user nobody"):
        users.change_role(admin, "nobody", Role.STAFF)


def test_no_one_changes_their_own_role_and_an_administrator_stays(
    admin: DeskContext, keys: KeyStore, data_key: bytes
) -> None:
    with pytest.raises(InvalidInput, match="your own role"):
        users.change_role(admin, "admin", Role.STAFF)
    admin.actor = "someone.else"  # e.g. an administrator removed behind the program's back
    with pytest.raises(InvalidInput, match="last administrator"):
        users.change_role(admin, "admin", Role.MANAGER)
    assert _roles(admin)["admin"] is Role.ADMINISTRATOR
    _add(admin, keys, data_key, "other", Role.ADMINISTRATOR)
    users.change_role(admin, "admin", Role.MANAGER)  # another administrator is left
    assert _roles(admin) == {"admin": Role.MANAGER, "other": Role.ADMINISTRATOR}
    with pytest.raises(InvalidInput, match="last administrator"):
        users.change_role(admin, "other", Role.STAFF)
    users.change_role(admin, "admin", Role.ADMINISTRATOR)
    admin.actor = "admin"
    users.deactivate_user(admin, keys, "other")
    users.change_role(admin, "other", Role.STAFF)  # a deactivated one keeps no one out
    assert _roles(admin)["other"] is Role.STAFF


def test_a_display_name_is_corrected_and_audited(
    admin: DeskContext, keys: KeyStore, data_key: bytes
) -> None:
    _add(admin, keys, data_key, "m.tanaka", Role.STAFF)
    info = users.update_display_name(admin, "m.tanaka", "  田中　実  ")
    assert info.display_name == "田中　実"
    assert [u.display_name for u in users.list_users(admin) if u.login == "m.tanaka"] == [
        "田中　実"
    ]
    [entry] = _user_entries(admin, "user.name")
    assert json.loads(entry.details) == {"old": "x", "new": "田中　実"}
    with pytest.raises(InvalidInput, match="Enter the user's name"):
        users.update_display_name(admin, "m.tanaka", "　 ")  # full-width space too
    with pytest.raises(NotFound):
        users.update_display_name(admin, "nobody", "誰か")


@pytest.mark.parametrize("role", [Role.STAFF, Role.MANAGER])
def test_staff_and_managers_may_not_change_users(
    admin: DeskContext, keys: KeyStore, data_key: bytes, role: Role
) -> None:
    _add(admin, keys, data_key, "m.tanaka", Role.STAFF)
    users.deactivate_user(admin, keys, "m.tanaka")
    admin.actor, admin.role = "suzuki", role
    attempts = [
        lambda: users.change_role(admin, "admin", Role.STAFF),
        lambda: users.reactivate_user(admin, keys, data_key, "m.tanaka", "a new long secret"),
        lambda: users.update_display_name(admin, "admin", "誰か"),
        lambda: users.reset_password(admin, keys, data_key, "admin", "a new long secret"),
        lambda: users.deactivate_user(admin, keys, "admin"),
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowed, match="may not do this"):
            attempt()
    admin.actor, admin.role = "admin", Role.ADMINISTRATOR
    assert _roles(admin)["admin"] is Role.ADMINISTRATOR
    assert [u.active for u in users.list_users(admin)] == [True, False]
    assert user_slot("m.tanaka") not in keys.names()


@dataclass
class Office:
    paths: DataPaths
    ctx: DeskContext  # the administrator, logged in
    keys: KeyStore
    data_key: bytes


@pytest.fixture
def office(data_paths: DataPaths) -> Iterator[Office]:
    ctx = offices.set_up_office(data_paths).ctx
    data_key = ctx.db.key_for_copies()
    assert data_key is not None
    yield Office(data_paths, ctx, auth.office_keys(data_paths, kdf=FAST_KDF), data_key)
    ctx.db.dispose()


def _can_log_in(paths: DataPaths, login: str, password: str) -> bool:
    try:
        ctx = auth.log_in(paths, login, password)
    except WrongSecret:
        return False
    ctx.db.dispose()
    return True


def test_a_reactivated_user_logs_in_with_the_new_password_only(office: Office) -> None:
    admin, keys, data_key = office.ctx, office.keys, office.data_key
    _add(admin, keys, data_key, "m.tanaka", Role.MANAGER)
    assert _can_log_in(office.paths, "m.tanaka", PASSWORD)
    users.deactivate_user(admin, keys, "m.tanaka")
    assert not _can_log_in(office.paths, "m.tanaka", PASSWORD)
    with pytest.raises(InvalidInput, match="already deactivated"):
        users.deactivate_user(admin, keys, "m.tanaka")
    with pytest.raises(InvalidInput, match="reactivate them"):  # no slot behind its back
        users.reset_password(admin, keys, data_key, "m.tanaka", "a new long secret")
    assert user_slot("m.tanaka") not in keys.names()
    with pytest.raises(InvalidInput, match="at least 10"):
        users.reactivate_user(admin, keys, data_key, "m.tanaka", "short")
    with pytest.raises(NotFound):
        users.reactivate_user(admin, keys, data_key, "nobody", "a new long secret")

    info = users.reactivate_user(admin, keys, data_key, "m.tanaka", "back again 2026")
    assert info.active and info.role is Role.MANAGER
    assert not _can_log_in(office.paths, "m.tanaka", PASSWORD)
    ctx = auth.log_in(office.paths, "m.tanaka", "back again 2026")
    try:
        assert ctx.role is Role.MANAGER and ctx.actor == "m.tanaka"
    finally:
        ctx.db.dispose()
    with pytest.raises(InvalidInput, match="already active"):
        users.reactivate_user(admin, keys, data_key, "m.tanaka", "back again 2027")
    [entry] = _user_entries(admin, "user.reactivate")
    assert (entry.actor, entry.entity_id) == ("admin", "m.tanaka")
    assert "back again" not in entry.details
