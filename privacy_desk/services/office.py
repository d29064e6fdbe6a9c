"""The office as letters present it, and the settings of the data folder.

Reading the profile is open to everyone who works on cases (letters carry
it); changing it, or a setting, is an administrator's (``Permission.SETTINGS``)
and goes to the audit trail with the old and the new value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import ArgumentError

from privacy_desk import settings as S
from privacy_desk.domain.intake import normalize_postal_code
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.context import DeskContext
from privacy_desk.services.database_address import check_address
from privacy_desk.services.users import default_office_profile
from privacy_desk.store import audit
from privacy_desk.store.database import without_password
from privacy_desk.store.models import OfficeProfile

PROFILE_FIELDS = (
    "company_name",
    "company_name_en",
    "postal_code",
    "address",
    "address_en",
    "phone",
    "contact",
    "contact_en",
    "signatory_name",
    "signatory_title",
)
#: The sentence for a required field left empty (marked: raised as it is).
_REQUIRED = {
    "company_name": QT_TRANSLATE_NOOP("Errors", "Enter the company's name; letters carry it."),
    "address": QT_TRANSLATE_NOOP("Errors", "Enter the company's address; letters carry it."),
}
#: Settings an administrator changes from the app: every one. The database's address
#: is taken at the next start (see :func:`change_settings`).
EDITABLE_SETTINGS: tuple[S.Setting[Any], ...] = S.ALL_SETTINGS


@dataclass(frozen=True)
class Profile:
    """The office profile as plain values (no database row leaves the service)."""

    company_name: str
    company_name_en: str
    postal_code: str
    address: str
    address_en: str
    phone: str
    contact: str
    contact_en: str
    signatory_name: str
    signatory_title: str


def _profile(row: OfficeProfile) -> Profile:
    return Profile(**{name: getattr(row, name) for name in PROFILE_FIELDS})


def office_profile(ctx: DeskContext) -> Profile:
    """The stored profile; the policy's section 10 where none is stored yet."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        row = session.scalar(select(OfficeProfile).where(OfficeProfile.id == 1))
        return _profile(row if row is not None else default_office_profile())


def update_office_profile(ctx: DeskContext, changes: Mapping[str, str]) -> Profile:
    """Change fields of the profile; each change is audited."""
    ctx.require(Permission.SETTINGS)
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"not a profile field: {sorted(unknown)}")
    cleaned = {name: " ".join(str(value).split()) for name, value in changes.items()}
    for name, message in _REQUIRED.items():
        if name in cleaned and not cleaned[name]:
            raise InvalidInput(message)
    if "postal_code" in cleaned:
        code = normalize_postal_code(cleaned["postal_code"])
        if len(code) != 7 or not code.isdigit():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A postal code has 7 digits, for example 617-0002.")
            )
        cleaned["postal_code"] = code
    with ctx.db.write() as session:
        row = session.scalar(select(OfficeProfile).where(OfficeProfile.id == 1))
        if row is None:
            row = default_office_profile()
            session.add(row)
        events = []
        for name, value in cleaned.items():
            old = getattr(row, name)
            if old == value:
                continue
            setattr(row, name, value)
            events.append(
                audit.AuditRecord(
                    actor=ctx.actor,
                    action="office.change",
                    entity_type="office",
                    field_name=name,
                    old_value=old,
                    new_value=value,
                )
            )
        audit.append(session, events)
        return _profile(row)


def change_settings(ctx: DeskContext, values: Mapping[str, object]) -> list[str]:
    """Change settings by key; all are checked before any is written. Returns the keys changed."""
    ctx.require(Permission.SETTINGS)
    by_key = {s.key: s for s in EDITABLE_SETTINGS}
    unknown = set(values) - set(by_key)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no setting {key} that can be changed here."),
            key=sorted(unknown)[0],
        )
    address = values.get(S.DATABASE_URL.key)
    if isinstance(address, str):  # kept without a password, whatever was typed
        values = {**values, S.DATABASE_URL.key: check_address(address).text}
    checked = {key: by_key[key].validate(value) for key, value in values.items()}
    changed = [key for key, value in checked.items() if ctx.settings.get(by_key[key]) != value]
    events = []
    for key in changed:
        setting = by_key[key]
        old = ctx.settings.get(setting)
        if setting is S.DATABASE_URL:  # written by hand with a password: not into the trail
            old = _without_password(old)
        ctx.settings.set(setting, checked[key])
        events.append(
            audit.AuditRecord(
                actor=ctx.actor,
                action="setting.change",
                entity_type="setting",
                entity_id=key[:32],
                field_name=key,
                old_value=old,
                new_value=checked[key],
            )
        )
    if S.DATABASE_URL.key in changed:
        _keep_the_running_database(ctx)
    if changed:
        ctx.settings_changed()
    if events:
        with ctx.db.write() as session:
            audit.append(session, events)
    return changed


def _keep_the_running_database(ctx: DeskContext) -> None:
    """The database address changed: this desk goes on with the database it opened
    until the next start. What reads the address again while it runs (the database
    check, a restore) is pointed at the database in use, never at the new one."""
    if ctx.paths.database_url is None:
        in_use = ctx.db.url.render_as_string(hide_password=False)
        ctx.paths = replace(ctx.paths, database_url=in_use)


def _without_password(address: str) -> str:
    try:
        if not address:
            return address
        return without_password(address)
    except ArgumentError:
        return "?"
