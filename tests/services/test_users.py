"""Users: key slots that open the database, argon2 hashes, roles, audit (issue 4 groundwork)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.errors import InvalidInput
from privacy_desk.security.keys import FAST_KDF, KeyStore, WrongSecret, new_data_key, user_slot
from privacy_desk.services import users
from privacy_desk.services.context import DeskContext
from privacy_desk.services.history import case_history

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
    with sqlite3.connect(admin.paths.database) as connection:
        stored = connection.execute("SELECT password_hash FROM users").fetchone()[0]
    connection.close()
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
    with sqlite3.connect(admin.paths.database) as connection:
        trail = "".join(str(r) for r in connection.execute("SELECT * FROM audit_entries"))
    connection.close()
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
