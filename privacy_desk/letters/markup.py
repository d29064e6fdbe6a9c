"""The letter markup: what a template produces and the layout (render.py) sets.

Line based and deliberately small; ``forms/README.md`` documents it for the office.

============  ==================================================================
``@recipient``  starts the address block in the envelope window
``@reference``  starts the top-right block (document number, date)
``@sender``     starts the sender block (right-aligned under the date)
``@body``       starts the letter itself
``# text``      body: the title (centred); header blocks: an emphasised line
``## text``     a heading
``= text``      a centred line (記)
``> text``      a right-aligned line (敬具, 以上)
``< text``      a left-aligned line of its own (a signature block)
``- text``      a list item; two more spaces in front per level (``  - text``)
``1. text``     a numbered item (the number is shown as written)
``| label | text``  a labelled row; the labels of consecutive rows line up
``\\text``      text taken literally (used for text staff typed)
blank line      ends a paragraph
other text      a paragraph; its lines are joined (Japanese: no space; English: one)
============  ==================================================================

In the header blocks every line is one line of the block. Text is plain: no
inline markup, no HTML; ``<`` and ``&`` are printed as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from privacy_desk.errors import QT_TRANSLATE_NOOP, Phrase
from privacy_desk.letters.templates import TemplateProblem

SECTIONS = ("recipient", "reference", "sender", "body")
_ITEM = re.compile(
    r"^(?P<indent>(?:  )*)(?P<marker>-|[0-9]{1,3}[.．]|[（(][0-9]{1,3}[)）])\s+(?P<text>.*)$"
)
_ROW = re.compile(r"^\|\s*(?P<label>[^|]*?)\s*\|\s?(?P<text>.*)$")


@dataclass(frozen=True)
class Block:
    """One thing the layout sets.

    ``kind`` is ``title``, ``heading``, ``paragraph``, ``centre``, ``right``, ``left``, ``item``,
    ``row`` (body), or ``line``/``strong`` (header blocks).
    """

    kind: str
    text: str
    level: int = 0  # list depth, from 0
    marker: str = ""  # "-" or the number of a numbered item
    label: str = ""  # of a row
    group: int = 0  # rows with the same group line up


@dataclass(frozen=True)
class LetterMarkup:
    recipient: tuple[Block, ...] = ()
    reference: tuple[Block, ...] = ()
    sender: tuple[Block, ...] = ()
    body: tuple[Block, ...] = ()
    language: str = "ja"


#: Where the markup came from, when the caller does not name the template file.
_THE_TEMPLATE = Phrase(QT_TRANSLATE_NOOP("Errors", "the letter template"))


def parse(text: str, *, language: str, source: str = _THE_TEMPLATE) -> LetterMarkup:
    """Read the markup a template produced; raise TemplateProblem naming the line."""
    glue = "" if language == "ja" else " "
    sections: dict[str, list[Block]] = {name: [] for name in SECTIONS}
    current: list[Block] | None = None
    section = ""
    paragraph: list[str] = []
    group = 0
    last_kind = ""

    def flush() -> None:
        nonlocal paragraph
        if paragraph and current is not None:
            current.append(Block("paragraph", glue.join(paragraph)))
        paragraph = []

    for number, raw in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        line = raw.rstrip(" \t")
        if line.startswith("@"):
            flush()
            name = line[1:].strip()
            if name not in SECTIONS:
                raise TemplateProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{source}, output line {line}: unknown section '@{name}'; use {sections}.",
                    ),
                    source=source,
                    line=number,
                    name=name,
                    sections=", ".join("@" + s for s in SECTIONS),
                )
            section, current = name, sections[name]
            last_kind = ""
            continue
        if not line.strip(" \t"):
            flush()
            last_kind = ""
            continue
        if current is None:
            raise TemplateProblem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{source}, output line {line}: text before the first section "
                    "(start with @recipient): {text}",
                ),
                source=source,
                line=number,
                text=repr(line[:40]),
            )
        if section != "body":
            stripped = line.strip(" \t")
            if stripped.startswith("# "):
                current.append(Block("strong", stripped[2:].strip(" \t")))
            else:
                current.append(Block("line", stripped.removeprefix("\\")))
            continue
        if line.startswith("\\"):
            paragraph.append(line[1:].strip(" \t"))
            continue
        block = _body_block(line)
        if block is None:
            paragraph.append(line.strip(" \t"))
            last_kind = "paragraph"
            continue
        flush()
        if block.kind == "row":
            if last_kind != "row":
                group += 1
            block = Block("row", block.text, label=block.label, group=group)
        current.append(block)
        last_kind = block.kind
    flush()
    return LetterMarkup(
        recipient=tuple(sections["recipient"]),
        reference=tuple(sections["reference"]),
        sender=tuple(sections["sender"]),
        body=tuple(sections["body"]),
        language=language,
    )


def _body_block(line: str) -> Block | None:
    if line.startswith("## "):
        return Block("heading", line[3:].strip(" \t"))
    if line.startswith("# "):
        return Block("title", line[2:].strip(" \t"))
    if line.startswith("= "):
        return Block("centre", line[2:].strip(" \t"))
    if line.startswith("> "):
        return Block("right", line[2:].strip(" \t"))
    if line.startswith("< "):
        return Block("left", line[2:].strip(" \t"))
    if m := _ROW.match(line):
        return Block("row", m["text"].strip(" \t"), label=m["label"])
    if m := _ITEM.match(line):
        return Block(
            "item", m["text"].strip(" \t"), level=len(m["indent"]) // 2, marker=m["marker"]
        )
    return None
