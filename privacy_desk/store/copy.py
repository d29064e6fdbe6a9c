"""Copying an office's database into another, row for row, and checking the copy.

One way to move between SQLite and a PostgreSQL server (issue 11): ``privacy-desk
migrate-to URL`` copies a data folder's SQLite file into an empty server database, and a
server's database is backed up into a SQLite file (and restored from one) the same way.
Both sides are at this program's schema. Every table is copied in the order of its
foreign keys, with its own primary keys, in one transaction on the target: a copy that
fails leaves the target as it was. The copy is then checked: the same number of rows in
every table, and an unbroken audit chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Integer, Table, func, insert, select, text

from privacy_desk.errors import QT_TRANSLATE_NOOP, IntegrityProblem, StorageError
from privacy_desk.store import audit
from privacy_desk.store.database import Database, named, translate_errors
from privacy_desk.store.models import AuditEntry, Base, Case, OfficeKeys

#: What a copy leaves where it is: a server's key slots belong to the server's office,
#: not to its records (a backup carries them beside it; a restore keeps the server's).
NOT_COPIED = frozenset({OfficeKeys.__tablename__})


def copied_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


BATCH = 2000
#: Told after each table: its name, the rows copied of it.
Progress = Callable[[str, int], None]


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)  # per table, as copied
    audit_entries: int = 0

    @property
    def cases(self) -> int:
        return self.rows.get("cases", 0)


def count_rows(connection: Connection) -> dict[str, int]:
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in copied_tables()
    }


def _refuse_an_office(connection: Connection, label: str) -> None:
    """Refuse a target that holds anything recorded: an audit entry (every act of an
    office makes one) or a case. A new database holds only what its migrations wrote
    (defaults)."""
    if any(
        connection.scalar(select(func.count()).select_from(table))
        for table in (AuditEntry.__table__, Case.__table__)
    ):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{What} already holds an office's records; the copy goes only into an empty "
                "one. Nothing was changed.",
            ),
            **named(label),
        )


def refuse_an_office(db: Database) -> None:
    """:func:`copy_database`'s refusal ahead of it (before a backup is made for it)."""
    with translate_errors(db.label), db.engine.connect() as connection:
        _refuse_an_office(connection, db.label)


def copy_database(
    source: Database,
    target: Database,
    *,
    replace: bool = False,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy every row of ``source`` into ``target``, at the same schema, and check the
    copy; raises :class:`IntegrityProblem` (nothing kept) when it differs.

    The target's rows are deleted first, in the same transaction. Unless ``replace``,
    a target that holds an office's records (an audit entry, a case) is refused.
    """
    report = CopyReport()
    with (
        translate_errors(source.label),
        source.engine.connect() as reading,
        translate_errors(target.label),
        target.engine.begin() as writing,
    ):
        if not replace:
            _refuse_an_office(writing, target.label)
        # what the migrations wrote into a new database (defaults) gives way to the source's
        for table in reversed(copied_tables()):
            writing.execute(table.delete())
        for table in copied_tables():
            copied = 0
            rows = reading.execution_options(yield_per=BATCH).execute(
                select(table).order_by(*table.primary_key.columns)
            )
            with rows:
                for part in rows.mappings().partitions():
                    writing.execute(insert(table), [dict(row) for row in part])
                    copied += len(part)
            report.rows[table.name] = copied
            if progress is not None:
                progress(table.name, copied)
        if writing.dialect.name == "postgresql":
            _continue_sequences(writing)
            # the planner's statistics now, not when autovacuum comes round: until then
            # every search of the list reads far more than it needs
            writing.execute(text("ANALYZE"))
        _check(report, writing)
    return report


def _check(report: CopyReport, writing: Connection) -> None:
    """The copy has every row and an unbroken chain, or the transaction is undone."""
    counted = count_rows(writing)
    differ = sorted(name for name, rows in report.rows.items() if counted.get(name) != rows)
    if differ:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The copy lost rows of {tables}; it was undone and nothing was changed.",
            ),
            tables=", ".join(differ),
        )
    from sqlalchemy.orm import Session

    with Session(bind=writing) as session:
        verdict = audit.verify_chain(session)
    if not verdict.ok:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The copy's audit trail does not verify ({problems}); it was undone and "
                "nothing was changed.",
            ),
            problems=" ".join(verdict.problems),
        )
    report.audit_entries = verdict.entries


def _continue_sequences(writing: Connection) -> None:
    """PostgreSQL numbers new rows from a sequence per table: after rows were copied
    with their own numbers, each sequence goes on after the highest one."""
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0].name
        sequence = writing.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column},
        )
        if sequence is None:  # a key the program gives itself (reference years)
            continue
        writing.execute(
            text(
                f'SELECT setval(:sequence, COALESCE((SELECT max("{column}") FROM '
                f'"{table.name}"), 0) + 1, false)'
            ),
            {"sequence": sequence},
        )
