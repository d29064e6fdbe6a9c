"""Users: the administrator adds users, resets passwords, changes roles, removes access.

Every change goes through :mod:`privacy_desk.services.users`, which checks the
role, keeps an active administrator and writes the audit trail. Setting a
password wraps the database key for it (argon2id, ~0.3 s): that work runs off
the GUI thread. The small dialogs open window-modal with ``open()`` and are
returned, so that tests can fill them in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.roles import Role
from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError, UserError
from privacy_desk.security.keys import DEFAULT_KDF, KdfParams
from privacy_desk.services import users
from privacy_desk.services.context import DeskContext
from privacy_desk.services.users import UserInfo
from privacy_desk.ui import labels, messages
from privacy_desk.ui.dialogs.password_dialog import FIELD_WIDTH, NewPasswordFields, TaskDialog
from privacy_desk.ui.models.users_model import UsersModel
from privacy_desk.ui.style import (
    DONE_STYLE,
    ERROR_STYLE,
    NOTE_STYLE,
    error_label,
    show_message,
    with_notes,
)
from privacy_desk.ui.table_export import export_view, may_export

COLUMN_PADDING = 16
ROLES = (Role.STAFF, Role.MANAGER, Role.ADMINISTRATOR)


def _data_key(ctx: DeskContext) -> bytes:
    key = ctx.db.key_for_copies()
    if key is None:  # an office without users has no key to hand out
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "This database is not encrypted; set up the office first.")
        )
    return key


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class AddUserDialog(TaskDialog):
    """User name, name, role and a first password for a new colleague."""

    def __init__(
        self,
        ctx: DeskContext,
        taken: set[str],
        parent: QWidget | None = None,
        *,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kdf = kdf
        self.taken = taken
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("Add User"))

        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(32)
        self.login_edit.setMinimumWidth(FIELD_WIDTH)
        self.login_edit.setPlaceholderText(self.tr("for example m.tanaka"))
        self.login_error = error_label()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("The name colleagues know"))
        self.name_error = error_label()
        self.role_box = RoleBox(Role.STAFF)
        self.new_password = NewPasswordFields(self)
        self.ok_button.setText(self.tr("Add User"))

        form = QFormLayout()
        form.addRow(self.tr("User name:"), with_notes(self.login_edit, self.login_error))
        form.addRow(self.tr("Name:"), with_notes(self.name_edit, self.name_error))
        form.addRow(self.tr("Role:"), with_notes(self.role_box, self.role_box.description))
        self.new_password.add_rows(form, self.tr("Password:"), self.tr("Password again:"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
        self.login_edit.setFocus()

    def busy_widgets(self) -> list[QWidget]:
        return [self.role_box]

    def accept(self) -> None:
        if self.is_busy():
            return
        for label in (self.login_error, self.name_error):
            show_message(label, "")
        self.new_password.clear_messages()
        self.show_message("")
        try:
            login = users.check_login_name(self.login_edit.text())
        except UserError as error:
            show_message(self.login_error, str(error))
            self.login_edit.setFocus()
            self.fit()
            return
        if login in self.taken:
            show_message(self.login_error, self.tr("This user name is taken."))
            self.login_edit.setFocus()
            self.fit()
            return
        name = self.name_edit.text().strip()
        if not name:
            show_message(self.name_error, self.tr("Enter the name colleagues know."))
            self.name_edit.setFocus()
            self.fit()
            return
        password = self.new_password.check(login)
        if password is None:
            self.fit()
            return
        ctx, kdf, role = self.ctx, self.kdf, self.role_box.role()

        def work() -> UserInfo:
            keys = users.keys_of(ctx, kdf=kdf)
            return users.create_user(
                ctx,
                keys,
                _data_key(ctx),
                login=login,
                display_name=name,
                role=role,
                password=password,
            )

        self.run(work, self.tr("Adding the user…"))

    def task_done(self, result: object) -> None:
        assert isinstance(result, UserInfo)
        self.created = result
        self.new_password.clear()


class SetPasswordDialog(TaskDialog):
    """A new password for a user who forgot theirs, or for one given access again."""

    def __init__(
        self,
        ctx: DeskContext,
        user: UserInfo,
        *,
        reactivate: bool = False,
        parent: QWidget | None = None,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.reactivate = reactivate
        self.kdf = kdf
        who = f"{user.login} ({user.display_name})"
        if reactivate:
            self.setWindowTitle(self.tr("Reactivate User"))
            intro = self.tr("%1 can log in again with a new password.").replace("%1", who)
            self.ok_button.setText(self.tr("Reactivate"))
        else:
            self.setWindowTitle(self.tr("Reset Password"))
            intro = self.tr("A new password for %1.").replace("%1", who)
            self.ok_button.setText(self.tr("Set Password"))
        hint = QLabel(
            self.tr(
                "Give it to them in person; they can change it under File > Change My Password."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)
        self.new_password = NewPasswordFields(self)

        form = QFormLayout()
        self.new_password.add_rows(form, self.tr("New password:"), self.tr("New password again:"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(_intro(intro))
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(500, self.sizeHint().width()), self.sizeHint().height())
        self.new_password.password_edit.setFocus()

    def accept(self) -> None:
        if self.is_busy():
            return
        self.show_message("")
        password = self.new_password.check(self.user.login)
        if password is None:
            self.fit()
            return
        ctx, kdf, login, reactivate = self.ctx, self.kdf, self.user.login, self.reactivate

        def work() -> None:
            keys = users.keys_of(ctx, kdf=kdf)
            if reactivate:
                users.reactivate_user(ctx, keys, _data_key(ctx), login, password)
            else:
                users.reset_password(ctx, keys, _data_key(ctx), login, password)

        self.run(work, self.tr("Setting the password…"))

    def task_done(self, result: object) -> None:
        self.new_password.clear()


class RoleBox(QComboBox):
    """The three roles, with a line saying what the chosen one may do."""

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for each in ROLES:
            self.addItem(labels.role(each), each.value)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet(NOTE_STYLE)
        self.currentIndexChanged.connect(self._describe)
        self.set_role(role)
        self._describe()

    def role(self) -> Role:
        return Role(self.currentData())

    def set_role(self, role: Role) -> None:
        self.setCurrentIndex(ROLES.index(role))

    def _describe(self) -> None:
        self.description.setText(
            {
                Role.STAFF: self.tr("Logs and processes cases."),
                Role.MANAGER: self.tr("Also approves refusals and erasures, and prints reports."),
                Role.ADMINISTRATOR: self.tr("Also manages users, settings and backups."),
            }[self.role()]
        )


class RoleDialog(TaskDialog):
    """Another role for a user (never one's own; an administrator always stays)."""

    def __init__(self, ctx: DeskContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Change Role"))
        self.role_box = RoleBox(user.role)
        self.ok_button.setText(self.tr("Change Role"))
        form = QFormLayout()
        form.addRow(self.tr("User:"), QLabel(f"{user.login} ({user.display_name})"))
        form.addRow(self.tr("Role:"), with_notes(self.role_box, self.role_box.description))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addWidget(self.button_box)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())
        self.role_box.setFocus()

    def busy_widgets(self) -> list[QWidget]:
        return [self.role_box]

    def accept(self) -> None:
        if self.is_busy():
            return
        ctx, login, role = self.ctx, self.user.login, self.role_box.role()
        if role is self.user.role:  # nothing to change
            self.reject()
            return
        self.run(lambda: users.change_role(ctx, login, role), self.tr("Changing the role…"))


class UsersDialog(QDialog):
    """The office's users in a table, with the changes an administrator may make."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kdf = kdf
        self.setWindowTitle(self.tr("Users"))

        intro = _intro(
            self.tr(
                "Who may open this office's database, and with which role. Deactivated users "
                "can no longer log in; their work stays in the history."
            )
        )
        self.model = UsersModel(ctx.actor, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(UsersModel.SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UsersModel.COL_LOGIN, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(UsersModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add User…"))
        self.reset_button = QPushButton(self.tr("Reset Password…"))
        self.role_button = QPushButton(self.tr("Change Role…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.reactivate_button = QPushButton(self.tr("Reactivate…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save the users listed, as shown, as an Excel workbook or a CSV file")
        )
        self.export_button.setVisible(may_export(ctx))
        self.close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.export_button.clicked.connect(self.export_users)
        self.close_button.clicked.connect(self.reject)
        for button in self.action_buttons():
            button.setAutoDefault(False)
        self.message_label = error_label()

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addSpacing(12)
        for button in (
            self.reset_button,
            self.role_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message_label)

        self.reload()
        self.resize(860, 440)

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.add_button,
            self.reset_button,
            self.role_button,
            self.deactivate_button,
            self.reactivate_button,
            self.export_button,
            self.close_button,
        ]

    # -- the table -------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the users again; keep (or move) the selection."""
        current = self.selected_user()
        try:
            listed = users.list_users(self.ctx)
        except UserError as error:
            self.show_message(str(error))
            return
        self.model.set_users(listed)
        self._fit_columns()
        wanted = select or (current.login if current else "")
        if not (wanted and self.select_user(wanted)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Every column but the name as wide as its widest text, with room to breathe."""
        header = self.table.horizontalHeader()
        for column in range(UsersModel.COLUMN_COUNT):
            if column != UsersModel.COL_NAME:
                width = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, width + COLUMN_PADDING)

    def select_user(self, login: str) -> bool:
        row = self.model.row_of(login)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        user = self.selected_user()
        mine = user is not None and user.login == self.ctx.actor
        active = user is not None and user.active
        self.reset_button.setEnabled(active and not mine)
        self.role_button.setEnabled(user is not None and not mine)
        self.deactivate_button.setEnabled(active and not mine)
        self.reactivate_button.setEnabled(user is not None and not user.active)
        own = self.tr("Not for your own account; ask another administrator.")
        self.reset_button.setToolTip(
            self.tr("For your own password: File > Change My Password…") if mine else ""
        )
        self.role_button.setToolTip(own if mine else "")
        self.deactivate_button.setToolTip(own if mine else "")

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        show_message(self.message_label, text, style)

    def export_users(self) -> Path | None:
        """The users as listed, to a spreadsheet (never a password or key: none is listed)."""
        if not may_export(self.ctx):
            return None
        return export_view(self, self.ctx, self.table, self.windowTitle(), "users")

    # -- the changes -----------------------------------------------------------

    def _open(self, dialog: QDialog, login: str, done: str) -> None:
        """Open ``dialog``; when it is accepted, reload and say ``done``."""

        def accepted() -> None:
            self.reload(select=login or None)
            self.show_message(done, DONE_STYLE)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()

    def add_user(self) -> AddUserDialog:
        taken = {self.model.user(row).login for row in range(self.model.rowCount())}
        dialog = AddUserDialog(self.ctx, taken, self, kdf=self.kdf)

        def accepted() -> None:
            created = dialog.created
            if created is not None:
                self.reload(select=created.login)
                self.show_message(self.tr("%1 was added.").replace("%1", created.login), DONE_STYLE)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.show_message("")
        dialog.open()
        return dialog

    def reset_password(self) -> SetPasswordDialog | None:
        user = self.selected_user()
        if user is None or not self.reset_button.isEnabled():
            return None
        dialog = SetPasswordDialog(self.ctx, user, parent=self, kdf=self.kdf)
        self._open(
            dialog,
            user.login,
            self.tr("The password of %1 was changed.").replace("%1", user.login),
        )
        return dialog

    def reactivate(self) -> SetPasswordDialog | None:
        user = self.selected_user()
        if user is None or not self.reactivate_button.isEnabled():
            return None
        dialog = SetPasswordDialog(self.ctx, user, reactivate=True, parent=self, kdf=self.kdf)
        self._open(dialog, user.login, self.tr("%1 can log in again.").replace("%1", user.login))
        return dialog

    def change_role(self) -> RoleDialog | None:
        user = self.selected_user()
        if user is None or not self.role_button.isEnabled():
            return None
        dialog = RoleDialog(self.ctx, user, self)
        self._open(
            dialog, user.login, self.tr("The role of %1 was changed.").replace("%1", user.login)
        )
        return dialog

    def deactivate(self) -> bool:
        """Ask, then remove the selected user's access; True when done."""
        user = self.selected_user()
        if user is None or not self.deactivate_button.isEnabled():
            return False
        if not messages.confirm(
            self,
            self.tr("Deactivate User"),
            self.tr(
                "Deactivate %1 (%2)? They can no longer log in. Their work stays in the history."
            )
            .replace("%1", user.login)
            .replace("%2", user.display_name),
        ):
            return False
        try:
            keys = users.keys_of(self.ctx, kdf=self.kdf)
            users.deactivate_user(self.ctx, keys, user.login)
        except UserError as error:
            self.show_message(str(error))
            return False
        self.reload(select=user.login)
        self.show_message(self.tr("%1 can no longer log in.").replace("%1", user.login), DONE_STYLE)
        return True
