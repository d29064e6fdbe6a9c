"""The letter templates in ``forms/letters/``: loading, checking, filling in.

Each kind of letter has one Jinja2 template per language,
``forms/letters/<kind>.<language>.j2``, that extends ``base.<language>.j2``. A
template sees one value, ``d`` (a :class:`~privacy_desk.letters.data.LetterData`),
a few filters (``postal``, ``date_ja``, ``era``, ``date_en``, ``yen``) and one
function, ``editable``; it produces the letter markup of
:mod:`privacy_desk.letters.markup`, never PDF.

Templates are checked when they are loaded, before any letter is set: a name
other than ``d``, a field that :class:`LetterData` or its nested dataclasses do
not have, an unknown filter or test, or a malformed ``editable`` part raises
:class:`TemplateProblem` naming the file, the line and the field. That is what
lets the office edit the wording without a programmer: a typo is caught the
moment the program opens the file, not in a letter already mailed.

Editable parts. A template marks a free-text passage staff may reword for one
letter::

    {% call editable("closing") %}ご不明な点がございましたら…{% endcall %}

The text between the tags (itself a template, so it may use ``{{ d.… }}``) is
the default. :func:`editable_parts` lists the parts of a letter with their
default text as filled in for that letter; ``LetterData.overrides[name]``
replaces one. An override is plain text: blank lines separate paragraphs, and
it can never produce markup (no headings, lists or sections).
"""

from __future__ import annotations

import contextlib
import dataclasses
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

from privacy_desk.domain import era
from privacy_desk.domain.letters import LetterKind
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Phrase
from privacy_desk.letters.data import Address, Decision, LetterData, MissingDocument, Office
from privacy_desk.paths import resources_dir

LANGUAGES = ("ja", "en")
#: Jinja names every template may use besides ``d`` and ``editable``.
_JINJA_NAMES = frozenset(
    {"loop", "super", "self", "caller", "varargs", "kwargs", "range", "namespace", "true",
     "false", "none", "True", "False", "None"}
)  # fmt: skip
#: What a template may read from a value that is not one of our dataclasses.
_EXTRA_ATTRIBUTES: dict[type, frozenset[str]] = {
    LetterKind: frozenset({"value", "label", "title_ja"}),
    date: frozenset({"year", "month", "day"}),
}
_DATACLASSES = (LetterData, Address, Office, Decision, MissingDocument)


class TemplateProblem(InvalidInput):
    """A letter template cannot be used; the message names the file, the line and why."""


def default_forms_dir() -> Path:
    """``forms/`` beside ``resources/`` (in the source tree and in the one-folder build)."""
    return resources_dir().parent / "forms"


def template_name(kind: LetterKind, language: str) -> str:
    return f"letters/{kind.value}.{language}.j2"


@dataclass(frozen=True)
class EditablePart:
    """A passage staff may reword for one letter, with the template's default wording."""

    name: str
    default: str


# ---------------------------------------------------------------- filters


def _postal(code: str) -> str:
    """``6170002`` → ``617-0002`` (other input is left as typed)."""
    digits = code.replace("-", "").strip()
    if len(digits) == 7 and digits.isdigit():
        return f"{digits[:3]}-{digits[3:]}"
    return code


def _yen(amount: int) -> str:
    """``1000`` → ``1,000`` (the template adds 円 or "yen")."""
    return f"{amount:,}"


def _need_date(value: date | None, name: str) -> date:
    if not isinstance(value, date):
        raise TemplateProblem(
            QT_TRANSLATE_NOOP("Errors", "The filter '{name}' needs a date, not {value}."),
            name=name,
            value=repr(value),
        )
    return value


FILTERS: dict[str, Callable[..., str]] = {
    "postal": _postal,
    "yen": _yen,
    "date_ja": lambda v: era.format_western_ja(_need_date(v, "date_ja")),
    "era": lambda v: era.format_japanese(_need_date(v, "era")),
    "date_en": lambda v: era.format_english(_need_date(v, "date_en")),
}


def _one_line(value: Any) -> Any:
    """``value`` with every typed line break made a space, so data cannot start markup."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return " ".join(value.replace("\r", "").split("\n"))
    if isinstance(value, tuple):
        return tuple(_one_line(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _one_line(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name != "overrides"
        }
        return dataclasses.replace(value, **changes)
    return value


# ---------------------------------------------------------------- the loader


class LetterTemplates:
    """The templates of one forms folder, checked when loaded."""

    def __init__(self, forms: Path | None = None) -> None:
        self.forms = (forms or default_forms_dir()).resolve()
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(self.forms)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(FILTERS)
        self._checked: dict[str, int] = {}  # name → mtime when checked

    def path_of(self, name: str) -> Path:
        return self.forms / name

    # -- checking

    def check(self, name: str) -> None:
        """Parse ``name`` and everything it extends or includes; raise TemplateProblem."""
        path = self.path_of(name)
        try:
            mtime = path.stat().st_mtime_ns
            if self._checked.get(name) == mtime:
                return
            source = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise TemplateProblem(
                QT_TRANSLATE_NOOP("Errors", "The letter template {path} does not exist."),
                path=path,
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateProblem(
                QT_TRANSLATE_NOOP("Errors", "The letter template {path} cannot be read: {reason}"),
                path=path,
                reason=str(exc),
            ) from None
        try:
            tree = self.env.parse(source, name, str(path))
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateProblem(
                QT_TRANSLATE_NOOP("Errors", "{path}, line {line}: {problem}"),
                path=path,
                line=exc.lineno,
                problem=exc.message,
            ) from None
        _Checker(self.env, path).check(tree)
        self._checked[name] = mtime
        for ref in _referenced(tree):
            self.check(ref)

    def check_all(self) -> list[str]:
        """Check every template under ``letters/``; returns their names."""
        names = sorted(
            p.relative_to(self.forms).as_posix() for p in (self.forms / "letters").glob("*.j2")
        )
        for name in names:
            self.check(name)
        return names

    # -- filling in

    def get(self, kind: LetterKind, language: str) -> jinja2.Template:
        if language not in LANGUAGES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Letters are written in Japanese or English, not '{language}'."
                ),
                language=language,
            )
        name = template_name(kind, language)
        self.check(name)
        try:
            return self.env.get_template(name)
        except jinja2.TemplateError as exc:  # checked above; a race with an editor
            raise TemplateProblem(
                QT_TRANSLATE_NOOP("Errors", "{path}: {problem}"),
                path=self.path_of(name),
                problem=str(exc),
            ) from None

    def fill(self, data: LetterData) -> str:
        """The letter's markup, with ``data.overrides`` applied."""
        parts = _Editables(data, use_overrides=True)
        text = self._render(data, parts)
        unknown = sorted(set(data.overrides) - set(parts.seen))
        if unknown:
            names = ", ".join(repr(u) for u in unknown)
            if not parts.seen:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This letter has no editable part named {names}; it has none."
                    ),
                    names=names,
                )
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "This letter has no editable part named {names}; it has {parts}."
                ),
                names=names,
                parts=", ".join(repr(s) for s in parts.seen),
            )
        return text

    def editable_parts(self, data: LetterData) -> tuple[EditablePart, ...]:
        """The passages staff may reword in this letter, each with its default wording."""
        parts = _Editables(data, use_overrides=False)
        self._render(data, parts)
        return tuple(EditablePart(n, t) for n, t in parts.seen.items())

    def _render(self, data: LetterData, parts: _Editables) -> str:
        template = self.get(data.kind, data.language)
        try:
            return template.render(d=_one_line(data), editable=parts)
        except TemplateProblem:
            raise
        except jinja2.TemplateError as exc:
            raise _runtime_problem(exc, template) from None


class _Editables:
    """The ``editable`` function a template calls: records defaults, applies overrides."""

    def __init__(self, data: LetterData, *, use_overrides: bool) -> None:
        self.data = data
        self.use_overrides = use_overrides
        self.seen: dict[str, str] = {}

    def __call__(self, name: str, caller: Callable[[], str]) -> str:
        default = caller().strip("\n")
        self.seen.setdefault(name, default.strip(" \t\n"))
        if self.use_overrides and name in self.data.overrides:
            return plain_text_markup(self.data.overrides[name], self.data.language) + "\n"
        return default + "\n"  # the line break {% endcall %} takes away


def plain_text_markup(text: str, language: str) -> str:
    """Typed text as markup paragraphs: blank lines separate paragraphs, nothing else counts."""
    glue = "" if language == "ja" else " "
    paragraphs = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip(" \t") for line in chunk.split("\n") if line.strip(" \t")]
        if lines:
            paragraphs.append("\\" + glue.join(lines))  # "\" = literal text (markup.py)
    return "\n\n".join(paragraphs)


def _runtime_problem(exc: jinja2.TemplateError, template: jinja2.Template) -> TemplateProblem:
    lineno = getattr(exc, "lineno", None)
    where = (
        template.filename
        or template.name
        or Phrase(QT_TRANSLATE_NOOP("Errors", "a letter template"))
    )
    if lineno is None:  # an error raised inside the template: find its line in the traceback
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == template.filename:
                lineno = template.get_corresponding_lineno(tb.tb_lineno)
            tb = tb.tb_next
    problem = exc.message or str(exc)
    if lineno:
        return TemplateProblem(
            QT_TRANSLATE_NOOP("Errors", "{path}, line {line}: {problem}"),
            path=where,
            line=lineno,
            problem=problem,
        )
    return TemplateProblem(
        QT_TRANSLATE_NOOP("Errors", "{path}: {problem}"), path=where, problem=problem
    )


def _referenced(tree: nodes.Template) -> Iterator[str]:
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        target = getattr(node, "template", None)
        if isinstance(target, nodes.Const) and isinstance(target.value, str):
            yield target.value


# ---------------------------------------------------------------- the AST checker

_ANY: Any = object()  # a value whose attributes are not checked


def _fields(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _element_type(tp: Any) -> Any:
    """``tuple[X, ...]`` → X; anything else → unchecked."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if args:
            return args[0]
    return _ANY


def _strip_optional(tp: Any) -> Any:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return members[0] if len(members) == 1 else _ANY
    return tp


class _Checker:
    def __init__(self, env: jinja2.Environment, path: Path) -> None:
        self.env = env
        self.path = path
        self.bound: dict[str, Any] = {}

    def fail(self, node: nodes.Node, message: str, **values: object) -> typing.NoReturn:
        """``message``: a marked template that starts ``{path}, line {line}:``."""
        raise TemplateProblem(message, path=self.path, line=node.lineno, **values)

    def check(self, tree: nodes.Template) -> None:
        self._bind_names(tree)
        editable_names: dict[str, int] = {}
        for node in tree.find_all(nodes.Node):
            if isinstance(node, nodes.Name) and node.ctx == "load":
                if node.name not in self.bound and node.name not in _JINJA_NAMES:
                    self.fail(
                        node,
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{path}, line {line}: unknown name '{name}'; a letter template "
                            "sees its data as 'd' (for example d.recipient.name).",
                        ),
                        name=node.name,
                    )
            elif isinstance(node, nodes.Getattr):
                self._type_of(node)
            elif isinstance(node, nodes.Filter) and node.name not in self.env.filters:
                self.fail(
                    node,
                    QT_TRANSLATE_NOOP("Errors", "{path}, line {line}: unknown filter '{name}'."),
                    name=node.name,
                )
            elif isinstance(node, nodes.Test) and node.name not in self.env.tests:
                self.fail(
                    node,
                    QT_TRANSLATE_NOOP("Errors", "{path}, line {line}: unknown test '{name}'."),
                    name=node.name,
                )
            elif isinstance(node, nodes.Call) and _is_editable(node.node):
                name = self._editable_name(node)
                if name in editable_names:
                    self.fail(
                        node,
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{path}, line {line}: the editable part '{name}' is declared twice "
                            "(first on line {first}).",
                        ),
                        name=name,
                        first=editable_names[name],
                    )
                editable_names[name] = node.lineno
        for call in tree.find_all(nodes.Call):
            if _is_editable(call.node) and not any(
                isinstance(cb, nodes.CallBlock) and cb.call is call
                for cb in tree.find_all(nodes.CallBlock)
            ):
                self.fail(
                    call,
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path}, line {line}: use editable as a block: {example}."
                    ),
                    example='{% call editable("name") %}default{% endcall %}',
                )

    def _editable_name(self, call: nodes.Call) -> str:
        if (
            len(call.args) != 1
            or call.kwargs
            or not isinstance(call.args[0], nodes.Const)
            or not isinstance(call.args[0].value, str)
            or not call.args[0].value.isidentifier()
        ):
            self.fail(
                call,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}, line {line}: an editable part needs one plain name: "
                    'editable("closing").',
                ),
            )
        return str(call.args[0].value)

    def _bind_names(self, tree: nodes.Template) -> None:
        """Names a template defines itself (for, set, macro arguments) and what they hold."""
        self.bound = {"d": LetterData, "editable": _ANY}
        for node in tree.find_all((nodes.For, nodes.Assign, nodes.AssignBlock, nodes.Macro,
                                   nodes.CallBlock, nodes.With, nodes.FromImport,
                                   nodes.Import)):  # fmt: skip
            if isinstance(node, nodes.For):
                element = _ANY
                with contextlib.suppress(TemplateProblem):  # reported by the walk itself
                    element = _element_type(self._type_of(node.iter))
                if isinstance(node.target, nodes.Name):
                    self._bind(node.target.name, element)
                for name in node.target.find_all(nodes.Name):
                    self._bind(name.name, _ANY)
            elif isinstance(node, nodes.Assign | nodes.AssignBlock | nodes.With):
                targets = node.targets if isinstance(node, nodes.With) else [node.target]
                for target in targets:
                    names: list[nodes.Node] = [target, *target.find_all(nodes.Name)]
                    for candidate in names:
                        if isinstance(candidate, nodes.Name):
                            self._bind(candidate.name, _ANY)
            elif isinstance(node, nodes.Macro | nodes.CallBlock):
                if isinstance(node, nodes.Macro):
                    self._bind(node.name, _ANY)
                for arg in node.args:
                    self._bind(arg.name, _ANY)
            elif isinstance(node, nodes.Import):
                self._bind(node.target, _ANY)
            elif isinstance(node, nodes.FromImport):
                for item in node.names:
                    self._bind(item if isinstance(item, str) else item[1], _ANY)

    def _bind(self, name: str, tp: Any) -> None:
        if name in self.bound and self.bound[name] is not tp:
            self.bound[name] = _ANY
        else:
            self.bound[name] = tp

    def _type_of(self, node: nodes.Node) -> Any:
        if isinstance(node, nodes.Name):
            return self.bound.get(node.name, _ANY)
        if isinstance(node, nodes.Getattr):
            owner = _strip_optional(self._type_of(node.node))
            if owner is _ANY:
                return _ANY
            if owner in _DATACLASSES:
                fields = _fields(owner)
                if node.attr not in fields:
                    self.fail(
                        node,
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{path}, line {line}: unknown field '{field}' of {owner}; "
                            "it has {fields}.",
                        ),
                        field=node.attr,
                        owner=owner.__name__,
                        fields=", ".join(fields),
                    )
                return fields[node.attr]
            for cls, attributes in _EXTRA_ATTRIBUTES.items():
                if isinstance(owner, type) and issubclass(owner, cls):
                    if node.attr not in attributes:
                        self.fail(
                            node,
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "{path}, line {line}: unknown field '{field}' of {owner}; "
                                "use {fields}.",
                            ),
                            field=node.attr,
                            owner=cls.__name__,
                            fields=", ".join(sorted(attributes)),
                        )
                    return _ANY
            if owner in (str, int) or typing.get_origin(owner) in (tuple, Mapping):
                self.fail(
                    node,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path}, line {line}: '{field}' is not a field (the value is a {type}).",
                    ),
                    field=node.attr,
                    type=owner,
                )
            return _ANY
        return _ANY


def _is_editable(node: nodes.Node) -> bool:
    return isinstance(node, nodes.Name) and node.name == "editable"


_CACHE: dict[Path, LetterTemplates] = {}


def templates_for(forms: Path | None = None) -> LetterTemplates:
    """The checked templates of ``forms`` (cached per folder; edits are seen on reload)."""
    folder = (forms or default_forms_dir()).resolve()
    cached = _CACHE.get(folder)
    if cached is None:
        cached = _CACHE[folder] = LetterTemplates(folder)
    return cached


def fill(data: LetterData, *, forms: Path | None = None) -> str:
    """The markup of ``data``'s letter."""
    return templates_for(forms).fill(data)


def editable_parts(data: LetterData, *, forms: Path | None = None) -> tuple[EditablePart, ...]:
    """The passages staff may reword in ``data``'s letter, with their default wording."""
    return templates_for(forms).editable_parts(data)


__all__ = [
    "LANGUAGES",
    "EditablePart",
    "LetterTemplates",
    "TemplateProblem",
    "default_forms_dir",
    "editable_parts",
    "fill",
    "plain_text_markup",
    "template_name",
    "templates_for",
]
