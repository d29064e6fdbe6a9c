"""What a user name and a password must be: the rules the login window, the set-up and
the users' service share (no database needed to check them)."""

from __future__ import annotations

import re

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

PASSWORD_MIN_LENGTH = 10
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def check_login_name(login: str) -> str:
    login = login.strip().lower()
    if not _LOGIN.match(login):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A user name has 2 to 32 letters, digits, dots, hyphens or underscores "
                "(for example m.tanaka).",
            )
        )
    return login


def check_password(password: str, login: str) -> None:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A password needs at least {minimum} characters."),
            minimum=PASSWORD_MIN_LENGTH,
        )
    if password.strip().lower() == login.lower():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The password must not be the user name."))
