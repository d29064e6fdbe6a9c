"""A demo office to look around in: set up, with documented accounts and synthetic cases.

The accounts are printed in the README; they are for the demo data folder only.
"""

from __future__ import annotations

from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import DEFAULT_KDF, KdfParams, user_slot
from privacy_desk.services import auth, demo, users
from privacy_desk.services.demo_ledger import add_demo_complaints, add_demo_ledger

#: login, display name, role, password — documented, for the demo office only
DEMO_ACCOUNTS = (
    ("admin", "管理　花子", Role.ADMINISTRATOR, "demo-admin-2026"),
    ("manager", "課長　一郎", Role.MANAGER, "demo-manager-2026"),
    ("staff", "担当　次郎", Role.STAFF, "demo-staff-2026"),
)
DEMO_CASES = 500


def demo_data_paths(default: DataPaths) -> DataPaths:
    """The demo office's own folder, beside the real data folder."""
    return DataPaths(default.root.with_name(default.root.name + "-demo"))


def ensure_demo_office(paths: DataPaths, *, kdf: KdfParams = DEFAULT_KDF) -> bool:
    """Set the demo office up if it is not yet; returns True when it was just made."""
    if auth.is_set_up(paths):
        return False
    admin_login, admin_name, _, admin_password = DEMO_ACCOUNTS[0]
    result = auth.set_up_office(
        paths,
        profile=users.default_office_profile(),
        admin_login=admin_login,
        admin_name=admin_name,
        admin_password=admin_password,
        kdf=kdf,
    )
    ctx = result.ctx
    try:
        keys = users.keys_of(ctx, kdf=kdf)
        data_key = keys.unlock(user_slot(admin_login), admin_password)
        for login, name, role, password in DEMO_ACCOUNTS[1:]:
            users.create_user(
                ctx, keys, data_key, login=login, display_name=name, role=role, password=password
            )
        demo.add_demo_cases(ctx, DEMO_CASES, seed=2026)
        add_demo_ledger(ctx, seed=2026)
        add_demo_complaints(ctx, seed=2026)
    finally:
        ctx.db.dispose()
    return True
