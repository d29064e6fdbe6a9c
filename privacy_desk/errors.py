"""Expected errors: each becomes one plain sentence in the UI and the CLI.

Anything that is *not* a :class:`UserError` is a bug: it is logged with its
traceback and shown in a crash dialog (GUI) or as a short notice (CLI).
Messages never carry personal data, keys or SQL parameters.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the user can understand and act on.

    ``str(error)`` is the sentence to show. ``exit_code`` is what the CLI
    returns for it.
    """

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(UserError):
    """Something typed or chosen by the user cannot be accepted."""

    exit_code = 2


class NotFound(UserError):
    """A case, file or record the user named does not exist."""


class IllegalTransition(UserError):
    """A case cannot move to the requested status from where it is."""


class StorageError(UserError):
    """The database or a data file cannot be used as asked."""

    exit_code = 3


class DatabaseLocked(StorageError):
    """Another program holds the database or the data folder."""


class DiskFull(StorageError):
    """There is no space left where a file must be written."""


class ReadOnlyLocation(StorageError):
    """A folder or file that must be written is read-only."""


class NewerSchema(StorageError):
    """The database was written by a newer version of the program."""


class NotADatabase(StorageError):
    """A file given as a database or backup is not one this program can use."""


class WrongKey(StorageError):
    """An encrypted database or backup does not open with the key given."""


class IntegrityProblem(StorageError):
    """The database failed a consistency check."""
