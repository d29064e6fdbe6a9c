"""Offices set up with users for tests: a fast key derivation, one known administrator."""

from __future__ import annotations

from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF
from privacy_desk.services import auth, users

ADMIN = "admin"
PASSWORD = "correct horse 7"


def set_up_office(paths: DataPaths, *, admin_name: str = "管理　花子") -> auth.SetUp:
    """The first start, as the set-up wizard does it; the caller disposes ``.ctx.db``."""
    return auth.set_up_office(
        paths,
        profile=users.default_office_profile(),
        admin_login=ADMIN,
        admin_name=admin_name,
        admin_password=PASSWORD,
        kdf=FAST_KDF,
    )
