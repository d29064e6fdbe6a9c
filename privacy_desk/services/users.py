"""The people who may open the database, and the office they work for.

A user's password does two things: it opens the user's key slot in
``keys.json`` (the database key; ``security/keys.py``) and it matches the
argon2id hash stored with the user, checked again for unlocking the screen.
Passwords never reach the audit trail, a log or an error message.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.accounts import (  # the rules, kept here for the service's callers
    PASSWORD_MIN_LENGTH as PASSWORD_MIN_LENGTH,
)
from privacy_desk.domain.accounts import check_login_name as check_login_name
from privacy_desk.domain.accounts import check_password as check_password
from privacy_desk.domain.roles import Permission, Role
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.security.keys import DEFAULT_KDF, KdfParams, KeyStore, user_slot
from privacy_desk.services.context import DeskContext
from privacy_desk.store import audit
from privacy_desk.store.key_table import KeyTable
from privacy_desk.store.models import OfficeProfile, User

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@cache
def _hasher() -> PasswordHasher:
    """argon2's hasher, loaded on first use (not before the login window appears)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    login: str
    display_name: str
    role: Role
    active: bool
    last_login_at: str | None


def _info(user: User) -> UserInfo:
    return UserInfo(user.login, user.display_name, user.role, user.active, user.last_login_at)


def keys_of(ctx: DeskContext, *, kdf: KdfParams = DEFAULT_KDF) -> KeyStore:
    """The key slots of the office ``ctx`` has open: ``keys.json`` on one PC, the
    database's ``office_keys`` row on a server."""
    if ctx.db.is_sqlite:
        return KeyStore.load(ctx.paths.keys_file, kdf=kdf)
    return KeyStore.open(KeyTable(ctx.db), kdf=kdf)


def password_matches(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def confirm_password(ctx: DeskContext, password: str) -> bool:
    """Whether ``password`` is the acting user's current one (unlocking the screen)."""
    with ctx.db.read() as session:
        row = session.execute(
            select(User.password_hash, User.active).where(User.login == ctx.actor)
        ).first()
    return row is not None and row.active and password_matches(row.password_hash, password)


def list_users(ctx: DeskContext) -> list[UserInfo]:
    with ctx.db.read() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.login))]


def has_users(ctx: DeskContext) -> bool:
    with ctx.db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def create_user(
    ctx: DeskContext,
    keys: KeyStore,
    data_key: bytes,
    *,
    login: str,
    display_name: str,
    role: Role,
    password: str,
    first: bool = False,
) -> UserInfo:
    """Add a user with a key slot. ``first`` is the set-up's administrator (no one else may)."""
    login = check_login_name(login)
    check_password(password, login)
    if not display_name.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the user's name as colleagues know it.")
        )
    if first:
        if role is not Role.ADMINISTRATOR or has_users(ctx):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Only the first administrator is created by the set-up."
                )
            )
    else:
        ctx.require(Permission.MANAGE_USERS)
    with ctx.db.write() as session:
        if session.scalar(select(User).where(User.login == login)) is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is already a user {login}."), login=login
            )
        user = User(
            login=login,
            display_name=display_name.strip(),
            role=role,
            password_hash=_hasher().hash(password),
            active=True,
            created_at=audit.now_utc(),
            created_by=login if first else ctx.actor,
        )
        session.add(user)
        session.flush()
        # the slot is written inside the transaction: if it fails, no user is stored
        keys.set_secret(user_slot(login), data_key, password)
        actor = login if first else ctx.actor
        _user_event(session, actor, "user.create", login, role=role.value)
    return _info(user)


def _user_event(session: Session, actor: str, action: str, login: str, **details: object) -> None:
    audit.record(
        session,
        audit.AuditRecord(
            actor=actor, action=action, entity_type="user", entity_id=login, details=details
        ),
    )


def _load(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no user {login}."), login=login)
    return user


def change_password(ctx: DeskContext, keys: KeyStore, login: str, old: str, new: str) -> None:
    """A user changes their own password: one slot is re-wrapped, nothing re-encrypted."""
    check_password(new, login)
    with ctx.db.write() as session:
        user = _load(session, login)
        keys.rewrap(user_slot(login), old, new)
        user.password_hash = _hasher().hash(new)
        _user_event(session, login, "user.password", login)


def reset_password(ctx: DeskContext, keys: KeyStore, data_key: bytes, login: str, new: str) -> None:
    """An administrator sets a new password for a user who forgot theirs."""
    ctx.require(Permission.MANAGE_USERS)
    check_password(new, login)
    with ctx.db.write() as session:
        user = _load(session, login)
        if not user.active:
            # a new slot would hand the database key to someone whose access was removed
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "{login} is deactivated; reactivate them to set a password."
                ),
                login=login,
            )
        keys.set_secret(user_slot(login), data_key, new)
        user.password_hash = _hasher().hash(new)
        _user_event(session, ctx.actor, "user.reset", login)


def deactivate_user(ctx: DeskContext, keys: KeyStore, login: str) -> None:
    """The user can no longer open the database (their key slot is removed)."""
    ctx.require(Permission.MANAGE_USERS)
    if login == ctx.actor:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "You cannot remove your own access; ask another administrator."
            )
        )
    with ctx.db.write() as session:
        user = _load(session, login)
        if not user.active:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{login} is already deactivated."), login=login
            )
        if user.role is Role.ADMINISTRATOR and not _other_administrators(session, login):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The last administrator cannot be removed.")
            )
        user.active = False
        keys.remove(user_slot(login))
        _user_event(session, ctx.actor, "user.deactivate", login)


def _other_administrators(session: Session, login: str) -> int:
    """How many active administrators there are besides ``login``."""
    count = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.active, User.role == Role.ADMINISTRATOR, User.login != login)
    )
    return int(count or 0)


def reactivate_user(
    ctx: DeskContext, keys: KeyStore, data_key: bytes, login: str, new_password: str
) -> UserInfo:
    """A deactivated user may open the database again, with a new password (a new slot)."""
    ctx.require(Permission.MANAGE_USERS)
    check_password(new_password, login)
    with ctx.db.write() as session:
        user = _load(session, login)
        if user.active:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{login} is already active."), login=login
            )
        user.active = True
        user.password_hash = _hasher().hash(new_password)
        session.flush()
        # the slot is written inside the transaction: if it fails, the user stays deactivated
        keys.set_secret(user_slot(login), data_key, new_password)
        _user_event(session, ctx.actor, "user.reactivate", login)
    return _info(user)


def change_role(ctx: DeskContext, login: str, role: Role) -> UserInfo:
    """Give a user another role; the office always keeps an active administrator."""
    ctx.require(Permission.MANAGE_USERS)
    if login == ctx.actor:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "You cannot change your own role; ask another administrator."
            )
        )
    with ctx.db.write() as session:
        user = _load(session, login)
        old = user.role
        if role is old:
            return _info(user)
        if old is Role.ADMINISTRATOR and user.active and not _other_administrators(session, login):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The last administrator must stay an administrator.")
            )
        user.role = role
        _user_event(session, ctx.actor, "user.role", login, old=old.value, new=role.value)
    return _info(user)


def update_display_name(ctx: DeskContext, login: str, name: str) -> UserInfo:
    """Correct the name colleagues know a user by (the user name stays)."""
    ctx.require(Permission.MANAGE_USERS)
    name = name.strip()
    if not name:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the user's name as colleagues know it.")
        )
    with ctx.db.write() as session:
        user = _load(session, login)
        old = user.display_name
        if name == old:
            return _info(user)
        user.display_name = name
        _user_event(session, ctx.actor, "user.name", login, old=old, new=name)
    return _info(user)


def default_office_profile() -> OfficeProfile:
    """The privacy office as the policy's section 10 names it (the set-up lets it be edited)."""
    return OfficeProfile(
        id=1,
        company_name="オムロン ソフトウェア株式会社",
        company_name_en="OMRON SOFTWARE Co., Ltd.",
        postal_code="6170002",
        address="京都府向日市寺戸町53",
        address_en="53 Teradocho, Muko-shi, Kyoto-fu 617-0002 Japan",
        phone="075-925-0064",
        contact="個人情報保護管理者",
        contact_en="Personal Information Protection Manager",
        signatory_name="",
        signatory_title="個人情報保護管理者",
    )
