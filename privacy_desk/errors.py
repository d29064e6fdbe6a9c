"""Expected errors: each becomes one plain sentence in the UI and the CLI.

Anything that is *not* a :class:`UserError` is a bug: it is logged with its
traceback and shown in a crash dialog (GUI) or as a short notice (CLI).
Messages never carry personal data, keys or SQL parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

#: The translation context of the sentences errors carry (``resources/i18n``). Written
#: out as ``"Errors"`` where a sentence is marked: lupdate reads only a literal there.
CONTEXT = "Errors"

_translate: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks ``text`` for translation (Qt's lupdate collects it); returns it unchanged.

    The core stays free of Qt: the GUI gives the translating function to
    :func:`translate_with` when it starts, and :meth:`UserError.__str__` uses it.
    """
    return text


def translate_with(translate: Callable[[str, str], str] | None) -> None:
    """The function that translates an error's sentence (``(context, text) -> text``):
    the GUI's (``QCoreApplication.translate``) once it has loaded its translation; None
    (the command line): the English sentence."""
    global _translate
    _translate = translate


class Phrase(str):
    """A fixed part of a sentence given as a value, translated with the sentence: the
    name of a thing (``Phrase(QT_TRANSLATE_NOOP("Errors", "the case database"))``).

    ``context`` is where its translation is found: ``"Errors"``, or ``"Labels"`` for the
    name of a status, request type or other domain value whose English label the UI
    translates there (``label(CaseStatus.CLOSED.label)``).
    """

    context: str

    def __new__(cls, text: str, context: str = CONTEXT) -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase


class Phrases(tuple[Phrase, ...]):
    """Several phrases listed in one value, each translated and quoted, joined the way the
    language lists things: 'Received', 'Closed' (English), 「受付」、「完了」 (Japanese)."""

    __slots__ = ()

    def __str__(self) -> str:
        return _listed(self, _in_english)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


#: How :class:`Phrases` quotes each phrase and joins them, in the context "Errors".
QUOTED = QT_TRANSLATE_NOOP("Errors", "'{phrase}'")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Errors", ", ")


def _in_english(_context: str, text: str) -> str:
    return text


def _listed(phrases: Phrases, translate: Callable[[str, str], str]) -> str:
    quoted = translate(CONTEXT, QUOTED)
    return translate(CONTEXT, LIST_SEPARATOR).join(
        quoted.format(phrase=translate(phrase.context, phrase)) for phrase in phrases
    )


def label(text: str) -> Phrase:
    """The English label of a domain value (``status.label``), shown in the UI's
    language: the screens translate these in the context ``"Labels"``."""
    return Phrase(text, "Labels")


class UserError(Exception):
    """An error the user can understand and act on.

    ``str(error)`` is the sentence to show. ``exit_code`` is what the CLI
    returns for it.

    A sentence to be translated is given as a template marked with
    ``QT_TRANSLATE_NOOP("Errors", "… {name} …")`` and its values as keywords:
    ``InvalidInput(QT_TRANSLATE_NOOP("Errors", "No case {reference}."), reference=ref)``.
    ``message`` is always the English sentence (the command line, the tests); ``str()``
    is the translated one where a translation is installed and has the template.
    """

    exit_code = 1
    message: str

    def __init__(self, message: str, /, **values: object) -> None:
        super().__init__(message)
        self.template = message
        self.values = values
        # English throughout: an error given as a value gives its English sentence
        english = {k: v.message if isinstance(v, UserError) else v for k, v in values.items()}
        self.message = message.format(**english) if values else message

    def __str__(self) -> str:
        if _translate is None:
            return self.message
        translated = _translate(CONTEXT, self.template)
        if translated == self.template:
            return self.message
        values = {name: _translated(value) for name, value in self.values.items()}
        try:
            return translated.format(**values) if values else translated
        except (KeyError, IndexError, ValueError):  # a translation that lost a {field}
            return self.message


def _translated(value: object) -> object:
    """A value of a sentence as the translated sentence shows it."""
    assert _translate is not None
    if isinstance(value, Phrase):
        return _translate(value.context, value)
    if isinstance(value, Phrases):
        return _listed(value, _translate)
    return value


class InvalidInput(UserError):
    """Something typed or chosen by the user cannot be accepted."""

    exit_code = 2


class Problems(InvalidInput):
    """Several things wrong with what was entered, said together: each one its own
    sentence (an :class:`InvalidInput` with its marked template and values), translated
    one by one. ``message`` is the English sentences, ``str()`` the shown ones."""

    def __init__(self, problems: Sequence[InvalidInput]) -> None:
        super().__init__(" ".join(problem.message for problem in problems))
        self.problems = tuple(problems)

    def __str__(self) -> str:
        texts = [str(problem) for problem in self.problems]
        # Japanese sentences follow one another without a space
        return "".join(t if t.endswith("。") else t + " " for t in texts).rstrip()


def refuse(problems: Sequence[InvalidInput]) -> None:
    """Raise the problems found, if any: one as it is, several as :class:`Problems`."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise Problems(problems)


def longer_than(data: object, limits: Mapping[str, tuple[int, str]]) -> list[InvalidInput]:
    """The fields of ``data`` longer than they may be (``{field: (limit, sentence)}``, the
    sentence marked with a ``{limit}``), each its problem, in the order of ``limits``."""
    return [
        InvalidInput(sentence, limit=limit)
        for name, (limit, sentence) in limits.items()
        if len(getattr(data, name)) > limit
    ]


class NotFound(UserError):
    """A case, file or record the user named does not exist."""


class IllegalTransition(UserError):
    """A case cannot move to the requested status from where it is."""


class ChangedElsewhere(UserError):
    """What a user saved was changed at another desk since they read it: the save is
    refused, never made over the other's change (several desks on one database)."""

    exit_code = 4

    def __init__(self, message: str, /, changes: Sequence[Change] = (), **values: object) -> None:
        super().__init__(message, **values)
        #: What the other desks changed meanwhile, oldest first (may be empty: unknown).
        self.changes = tuple(changes)


@dataclass(frozen=True)
class Change:
    """One change made at another desk: who, when (UTC, ISO), which field."""

    actor: str
    at: str
    action: str
    field: str


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
