"""The office's users as a table: user name, name, role, active or not, last login."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from privacy_desk.domain.roles import Role
from privacy_desk.services.users import UserInfo
from privacy_desk.ui import labels
from privacy_desk.ui.models.history_model import local_time

_Index = QModelIndex | QPersistentModelIndex
DEACTIVATED_COLOR = QColor("#777777")
_ROLE_ORDER = {Role.ADMINISTRATOR: 0, Role.MANAGER: 1, Role.STAFF: 2}


class UsersModel(QAbstractTableModel):
    """``services.users.list_users`` as rows; the acting user's own row in bold. Read-only."""

    COL_LOGIN, COL_NAME, COL_ROLE, COL_STATUS, COL_LAST_LOGIN = range(5)
    COLUMN_COUNT = 5
    SortRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, me: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The acting user's login (their own row is marked).
        self.me = me
        self._users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo:
        return self._users[row]

    def row_of(self, login: str) -> int:
        """The row of ``login``; -1 when not listed."""
        for row, user in enumerate(self._users):
            if user.login == login:
                return row
        return -1

    # -- the model ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Last login"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        column = index.column()
        if role == self.RecordRole:
            return user
        if role == self.SortRole:
            return self._sort_key(user, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(user, column)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(DEACTIVATED_COLOR)
        if role == Qt.ItemDataRole.FontRole and user.login == self.me:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- texts ----------------------------------------------------------------

    def text(self, user: UserInfo, column: int) -> str:
        if column == self.COL_LOGIN:
            if user.login == self.me:
                return self.tr("%1 (you)").replace("%1", user.login)
            return user.login
        if column == self.COL_NAME:
            return user.display_name
        if column == self.COL_ROLE:
            return labels.role(user.role)
        if column == self.COL_STATUS:
            return self.tr("Active") if user.active else self.tr("Deactivated")
        if column == self.COL_LAST_LOGIN:
            return local_time(user.last_login_at) if user.last_login_at else self.tr("Never")
        return ""

    def _sort_key(self, user: UserInfo, column: int) -> object:
        if column == self.COL_ROLE:
            return _ROLE_ORDER[user.role]
        if column == self.COL_STATUS:
            return 0 if user.active else 1
        if column == self.COL_LAST_LOGIN:
            return user.last_login_at or ""
        if column == self.COL_LOGIN:
            return user.login
        return self.text(user, column)
