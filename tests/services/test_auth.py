"""Setting up an office, logging in, recovering (issue 4 groundwork: not yet used by the UI)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from privacy_desk.domain.roles import Role
from privacy_desk.errors import InvalidInput
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF, LoginThrottled, WrongSecret
from privacy_desk.services import auth, cases, users
from privacy_desk.services.history import case_history
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store import backup
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.models import AuditEntry
from tests.helpers.cases import new_case
from tests.helpers.offices import PASSWORD, set_up_office


def _set_up(paths: DataPaths) -> auth.SetUp:
    return set_up_office(paths)


def test_setting_up_encrypts_and_logs_the_administrator_in(data_paths: DataPaths) -> None:
    result = _set_up(data_paths)
    try:
        assert result.ctx.role is Role.ADMINISTRATOR and result.ctx.actor == "admin"
        assert len(result.recovery_key.split("-")) == 7
        assert not backup.is_plaintext(data_paths.database)
        assert auth.is_set_up(data_paths)
    finally:
        result.ctx.db.dispose()
    with pytest.raises(InvalidInput, match="already set up"):
        _set_up(data_paths)


def test_a_database_kept_without_encryption_is_encrypted_with_its_cases(
    data_paths: DataPaths,
) -> None:
    plain = open_desk(data_paths)
    reference = cases.log_request(plain, new_case(received_on=plain.today())).reference
    plain.db.dispose()
    _set_up(data_paths).ctx.db.dispose()
    assert not backup.is_plaintext(data_paths.database)
    ctx = auth.log_in(data_paths, "admin", PASSWORD)
    try:
        assert cases.get_case(ctx, reference).requester_name == "試験　花子"
        with ctx.db.read() as session:
            assert verify_chain(session).ok
    finally:
        ctx.db.dispose()


def test_logging_in_and_the_same_sentence_for_every_wrong(data_paths: DataPaths) -> None:
    _set_up(data_paths).ctx.db.dispose()
    ctx = auth.log_in(data_paths, " Admin ", PASSWORD)
    assert ctx.role is Role.ADMINISTRATOR
    assert [h.action for h in case_history(ctx, "admin")] == []  # not a case
    with ctx.db.read() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "login" in actions and "setup" in actions
    ctx.db.dispose()
    wrong = []
    for login, password in (("admin", "nope nope nope"), ("nobody", PASSWORD)):
        with pytest.raises(WrongSecret) as raised:
            auth.log_in(data_paths, login, password)
        wrong.append(str(raised.value))
    assert wrong[0] == wrong[1] == "The user name or password is wrong."


def test_five_failures_then_a_growing_wait(data_paths: DataPaths) -> None:
    _set_up(data_paths).ctx.db.dispose()
    for attempt in range(5):
        with pytest.raises(WrongSecret):
            auth.log_in(data_paths, "admin", f"wrong {attempt}", now=1000.0 + attempt)
    with pytest.raises(LoginThrottled) as raised:
        auth.log_in(data_paths, "admin", PASSWORD, now=1005.0)
    assert raised.value.seconds > 0
    auth.log_in(data_paths, "admin", PASSWORD, now=2000.0).db.dispose()  # after the wait


def test_changed_and_removed_users(data_paths: DataPaths) -> None:
    admin = _set_up(data_paths).ctx
    keys = auth.office_keys(data_paths, kdf=FAST_KDF)
    data_key = keys.unlock("user:admin", PASSWORD)
    users.create_user(
        admin,
        keys,
        data_key,
        login="staff1",
        display_name="担当　一郎",
        role=Role.STAFF,
        password=PASSWORD,
    )
    admin.db.dispose()
    staff = auth.log_in(data_paths, "staff1", PASSWORD)
    assert staff.role is Role.STAFF
    users.change_password(staff, keys, "staff1", PASSWORD, "another long one")
    staff.db.dispose()
    with pytest.raises(WrongSecret):
        auth.log_in(data_paths, "staff1", PASSWORD)
    admin = auth.log_in(data_paths, "admin", PASSWORD)
    users.deactivate_user(admin, keys, "staff1")
    admin.db.dispose()
    with pytest.raises(WrongSecret):
        auth.log_in(data_paths, "staff1", "another long one")


def test_the_recovery_key_is_the_way_back(data_paths: DataPaths) -> None:
    result = _set_up(data_paths)
    result.ctx.db.dispose()
    typo = result.recovery_key[:-1] + ("0" if result.recovery_key[-1] != "0" else "1")
    with pytest.raises(InvalidInput, match="typo"):
        auth.recover(data_paths, typo, "admin", "brand new secret")
    ctx = auth.recover(data_paths, result.recovery_key.lower(), "admin", "brand new secret")
    ctx.db.dispose()
    with pytest.raises(WrongSecret):
        auth.log_in(data_paths, "admin", PASSWORD)
    auth.log_in(data_paths, "admin", "brand new secret").db.dispose()


def test_a_set_up_that_cannot_finish_leaves_the_folder_as_it_was(data_paths: DataPaths) -> None:
    with pytest.raises(InvalidInput, match="administrator's name"):
        set_up_office(data_paths, admin_name=" ")
    assert not auth.is_set_up(data_paths)
    assert not data_paths.database.exists()


def test_failed_attempts_reach_the_audit_trail_at_the_next_login(data_paths: DataPaths) -> None:
    result = _set_up(data_paths)
    result.ctx.db.dispose()
    for login, password in (("admin", "wrong one 1"), ("nobody", "a password typed as name")):
        with pytest.raises(WrongSecret):
            auth.log_in(data_paths, login, password, now=1_800_000_000.0)
    with pytest.raises(WrongSecret):  # passes the typo check, opens nothing
        auth.recover(data_paths, "0" * 35, "admin", "brand new secret")
    ctx = auth.log_in(data_paths, "admin", PASSWORD)
    try:
        with ctx.db.read() as session:
            entries = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.not_in(["setup", "user.create"]))
                .order_by(AuditEntry.id)
            ).all()
            assert [(e.action, e.actor, e.entity_id) for e in entries] == [
                ("login.failed", "admin", "admin"),
                ("login.failed", "(unknown user)", ""),
                ("recovery.failed", "(recovery key)", ""),
                ("login", "admin", "admin"),
            ]
            assert "2027-01-15T08:00:00+00:00" in entries[0].details
            # the unknown name might be a password: it is not kept anywhere
            raw = str(auth.office_keys(data_paths).storage.read()) + "".join(
                e.details for e in entries
            )
            assert "nobody" not in raw and "typed" not in raw
            assert verify_chain(session).ok
    finally:
        ctx.db.dispose()
    # written once: the next login finds nothing pending
    ctx = auth.log_in(data_paths, "admin", PASSWORD)
    try:
        with ctx.db.read() as session:
            failed = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "login.failed")
            ).all()
            assert len(failed) == 2
    finally:
        ctx.db.dispose()


def test_a_set_up_stopped_before_the_administrator_is_finished_with_the_recovery_key(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacy_desk.errors import DiskFull
    from privacy_desk.security import recovery

    keys_made: list[str] = []
    real_new_key = recovery.new_recovery_key

    def remembered() -> str:
        keys_made.append(real_new_key())
        return keys_made[-1]

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DiskFull("The disk is full.")

    monkeypatch.setattr(auth, "new_recovery_key", remembered)
    monkeypatch.setattr(users, "create_user", disk_full)
    with pytest.raises(DiskFull):
        _set_up(data_paths)
    monkeypatch.undo()
    assert auth.is_set_up(data_paths) and not backup.is_plaintext(data_paths.database)
    with pytest.raises(WrongSecret):  # no one can log in yet
        auth.log_in(data_paths, "admin", PASSWORD)
    ctx = auth.recover(data_paths, keys_made[0], "m.tanaka", "a new long secret")
    try:
        assert ctx.role is Role.ADMINISTRATOR
        assert [u.login for u in users.list_users(ctx)] == ["m.tanaka"]
    finally:
        ctx.db.dispose()
    auth.log_in(data_paths, "m.tanaka", "a new long secret").db.dispose()
