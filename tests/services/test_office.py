"""The office profile and the settings, changed by an administrator and audited."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from privacy_desk import settings as S
from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.errors import InvalidInput
from privacy_desk.services import office
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import AuditEntry


def _audited(desk: DeskContext, action: str) -> list[tuple[str, str | None, str | None]]:
    with desk.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        return [(r.field, r.old_value, r.new_value) for r in rows]


def test_the_profile_starts_from_the_privacy_policy(desk: DeskContext) -> None:
    profile = office.office_profile(desk)
    assert profile.company_name == "オムロン ソフトウェア株式会社"
    assert profile.postal_code == "6170002"


def test_an_administrator_changes_the_profile_and_it_is_audited(desk: DeskContext) -> None:
    changed = office.update_office_profile(
        desk,
        {
            "signatory_name": " 試験　太郎 ",
            "postal_code": "６１７－０００２",
            "phone": "075-000-0000",
        },
    )
    assert changed.signatory_name == "試験 太郎" and changed.phone == "075-000-0000"
    assert office.office_profile(desk) == changed
    fields = [f for f, _old, _new in _audited(desk, "office.change")]
    assert fields == ["signatory_name", "phone"]  # the postal code did not change


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"company_name": " "}, "company's name"),
        ({"address": ""}, "company's address"),
        ({"postal_code": "61700"}, "7 digits"),
    ],
)
def test_a_profile_without_what_letters_need_is_refused(
    desk: DeskContext, changes: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        office.update_office_profile(desk, changes)
    assert _audited(desk, "office.change") == []


def test_settings_are_checked_written_and_audited(desk: DeskContext) -> None:
    assert office.change_settings(desk, {S.LOCK_AFTER_MINUTES.key: 10}) == []  # the default
    changed = office.change_settings(
        desk, {S.LOCK_AFTER_MINUTES.key: 5, S.OFFICE_CLOSURES.key: ["12-29..01-03", "08-13..08-16"]}
    )
    assert set(changed) == {S.LOCK_AFTER_MINUTES.key, S.OFFICE_CLOSURES.key}
    stored = json.loads(desk.paths.settings_file.read_text())
    assert stored[S.LOCK_AFTER_MINUTES.key] == 5
    assert not desk.calendar.is_business_day(date(2027, 8, 16))
    audited = _audited(desk, "setting.change")
    assert (S.LOCK_AFTER_MINUTES.key, "10", "5") in audited
    with pytest.raises(InvalidInput, match="between"):
        office.change_settings(desk, {S.BACKUPS_KEEP.key: 3, S.LOCK_AFTER_MINUTES.key: 999})
    assert desk.settings.get(S.BACKUPS_KEEP) == 14  # nothing written when one value is wrong
    with pytest.raises(InvalidInput, match="no setting"):
        office.change_settings(desk, {"no.such.setting": 1})
    with pytest.raises(InvalidInput, match="Only a PostgreSQL database"):
        office.change_settings(desk, {S.DATABASE_URL.key: "sqlite:///elsewhere"})


def test_the_database_address_is_kept_without_a_password_and_taken_at_the_next_start(
    desk: DeskContext,
) -> None:
    from privacy_desk.services import maintenance
    from privacy_desk.store.database import server_url
    from privacy_desk.store.lifecycle import database_url

    before = desk.settings.get(S.DATABASE_URL)
    insecure = "postgresql://desk@db.lan/pd?sslmode=disable"
    with pytest.raises(InvalidInput, match="must use TLS"):  # a server on another computer
        office.change_settings(desk, {S.DATABASE_URL.key: insecure})
    assert desk.settings.get(S.DATABASE_URL) == before
    typed = "postgresql://desk:s3cret@db.office.lan:5432/privacydesk?sslmode=verify-full"
    assert office.change_settings(desk, {S.DATABASE_URL.key: typed}) == [S.DATABASE_URL.key]
    kept = "postgresql://desk@db.office.lan:5432/privacydesk?sslmode=verify-full"
    assert desk.settings.get(S.DATABASE_URL) == kept
    assert "s3cret" not in desk.paths.settings_file.read_text()
    [(_key, old, new)] = _audited(desk, "setting.change")
    assert json.loads(new) == kept and "s3cret" not in (old or "")
    # this desk goes on with the database it opened: a check reads that one, not the server
    assert server_url(database_url(desk.paths, desk.settings)) == desk.db.url
    assert maintenance.check(desk.paths).ok
    office.change_settings(desk, {S.DATABASE_URL.key: ""})  # back to the file, at the next start
    assert desk.settings.get(S.DATABASE_URL) == ""


@pytest.mark.parametrize("role", [Role.STAFF, Role.MANAGER])
def test_only_an_administrator_changes_the_office_or_the_settings(
    desk: DeskContext, role: Role
) -> None:
    desk.role = role
    assert office.office_profile(desk).company_name  # everyone reads it
    with pytest.raises(NotAllowed):
        office.update_office_profile(desk, {"phone": "075-111-1111"})
    with pytest.raises(NotAllowed):
        office.change_settings(desk, {S.LOCK_AFTER_MINUTES.key: 5})
