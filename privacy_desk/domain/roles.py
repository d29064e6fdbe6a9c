"""Who may do what: the office's roles and their permissions.

*Staff* log and process cases; a *manager* also approves refusals and
erasures (the two-person rule), prints management reports and manages
retention; an *administrator* manages users, settings, backups and recovery.
The services refuse what a role may not do; the UI hides it too.
"""

from __future__ import annotations

from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP, Phrase, UserError, label


class Role(StrEnum):
    STAFF = "staff"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return {
            Role.STAFF: "Staff",
            Role.MANAGER: "Manager",
            Role.ADMINISTRATOR: "Administrator",
        }[self]


class Permission(StrEnum):
    VIEW_CASES = "view_cases"
    LOG_REQUESTS = "log_requests"
    PROCESS_CASES = "process_cases"  # change fields, move status, decide, extend, assign
    EXPORT = "export"
    APPROVE = "approve"  # the second person of the two-person rule
    REPORTS = "reports"
    RETENTION = "retention"
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    BACKUP = "backup"
    RESTORE = "restore"
    DEMO = "demo"

    @property
    def label(self) -> str:
        """What the permission lets one do, as the refusal names it (translated there)."""
        return _PERMISSION_LABELS[self]


_PERMISSION_LABELS = {
    Permission.VIEW_CASES: QT_TRANSLATE_NOOP("Errors", "view cases"),
    Permission.LOG_REQUESTS: QT_TRANSLATE_NOOP("Errors", "log requests"),
    Permission.PROCESS_CASES: QT_TRANSLATE_NOOP("Errors", "process cases"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Errors", "export"),
    Permission.APPROVE: QT_TRANSLATE_NOOP("Errors", "approve"),
    Permission.REPORTS: QT_TRANSLATE_NOOP("Errors", "reports"),
    Permission.RETENTION: QT_TRANSLATE_NOOP("Errors", "retention"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Errors", "manage users"),
    Permission.SETTINGS: QT_TRANSLATE_NOOP("Errors", "settings"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Errors", "backup"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Errors", "restore"),
    Permission.DEMO: QT_TRANSLATE_NOOP("Errors", "demo"),
}


_STAFF = frozenset(
    {
        Permission.VIEW_CASES,
        Permission.LOG_REQUESTS,
        Permission.PROCESS_CASES,
        Permission.EXPORT,
    }
)
_MANAGER = _STAFF | {Permission.APPROVE, Permission.REPORTS, Permission.RETENTION}
_ADMINISTRATOR = _STAFF | {
    Permission.MANAGE_USERS,
    Permission.SETTINGS,
    Permission.BACKUP,
    Permission.RESTORE,
    Permission.DEMO,
}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.STAFF: _STAFF,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMINISTRATOR: frozenset(_ADMINISTRATOR),
}


class NotAllowed(UserError):
    """The acting user's role may not do this."""

    exit_code = 4


def may(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    if not may(role, permission):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A user with the role '{role}' may not do this ({permission}); "
                "ask a colleague who may.",
            ),
            role=label(role.label),
            permission=Phrase(permission.label),
        )


def check_second_person(recorded_by: str, approver: str, approver_role: Role) -> None:
    """The two-person rule: a manager other than the one who recorded it approves."""
    require(approver_role, Permission.APPROVE)
    if approver == recorded_by:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The person who recorded it cannot also approve it; another manager must.",
            )
        )
