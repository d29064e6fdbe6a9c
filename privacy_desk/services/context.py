"""What every service call needs: the database, the settings and who acts."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from privacy_desk import settings as S
from privacy_desk.domain.calendar import BusinessCalendar
from privacy_desk.domain.roles import NotAllowed, Permission, Role, require
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.paths import DataPaths
from privacy_desk.store import audit
from privacy_desk.store.database import Database


def os_account() -> str:
    """The operating-system account: the acting user until users exist."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class DeskContext:
    db: Database
    settings: S.Settings
    paths: DataPaths
    actor: str = field(default_factory=os_account)
    #: The acting user's role. None until logins are switched on (issue 4); the
    #: services that need a role refuse to act without one.
    role: Role | None = None
    today: Callable[[], date] = date.today
    _calendar: BusinessCalendar | None = field(default=None, repr=False)

    @property
    def calendar(self) -> BusinessCalendar:
        if self._calendar is None:
            closures: list[str] = self.settings.get(S.OFFICE_CLOSURES)
            self._calendar = BusinessCalendar(closures)
        return self._calendar

    def settings_changed(self) -> None:
        """Drop what was derived from the settings (the business calendar)."""
        self._calendar = None

    @property
    def target_business_days(self) -> int:
        return self.settings.get(S.TARGET_BUSINESS_DAYS)

    def require(self, permission: Permission) -> None:
        """Refuse unless the acting user's role grants ``permission``."""
        if self.role is None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("Errors", "Log in first: this needs a user with a role.")
            )
        require(self.role, permission)

    def record_event(self, action: str, entity_type: str = "", **details: object) -> None:
        """One audit entry, in its own write, for an act that is not a case change."""
        with self.db.write() as session:
            audit.record(
                session,
                audit.AuditRecord(
                    actor=self.actor, action=action, entity_type=entity_type, details=details
                ),
            )
