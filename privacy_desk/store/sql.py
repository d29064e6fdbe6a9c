"""SQL the program writes the same way for SQLite and PostgreSQL, where the two spell
it differently."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Connection, FromClause
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class contains_text(FunctionElement[bool]):  # noqa: N801 - used as a SQL function
    """``text`` holds ``part`` as it is: no wildcards, no case folding (both sides are
    folded beforehand), so no LIKE to pay for on every row scanned."""

    type = Boolean()
    inherit_cache = True
    name = "contains_text"

    def __init__(self, text: ColumnElement[str] | InstrumentedAttribute[str], part: Any) -> None:
        super().__init__(text, part)


@compiles(contains_text)
def _contains_text(element: contains_text, compiler: SQLCompiler, **kw: Any) -> str:
    text, part = (compiler.process(clause, **kw) for clause in element.clauses)
    position = "strpos" if compiler.dialect.name == "postgresql" else "instr"
    return f"({position}({text}, {part}) > 0)"


def insert_if_missing(executor: Session | Connection, table: FromClause, **values: object) -> None:
    """Insert a row unless one with the same key is there: one statement, safe when
    several desks try at the same moment (``INSERT … ON CONFLICT DO NOTHING``)."""
    from sqlalchemy.dialects import postgresql, sqlite

    bind = executor if isinstance(executor, Connection) else executor.get_bind()
    dialect = postgresql if bind.dialect.name == "postgresql" else sqlite
    executor.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())
