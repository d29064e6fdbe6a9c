"""Verifying a database: SQLite integrity, foreign keys, schema level, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, inspect, select

from privacy_desk.errors import UserError
from privacy_desk.store import audit, migrate
from privacy_desk.store.database import Database
from privacy_desk.store.models import Case

REQUIRED_TABLES = frozenset({"cases", "audit_entries", "audit_head", "alembic_version"})


@dataclass(frozen=True)
class CheckItem:
    name: str
    ok: bool
    detail: str


@dataclass
class CheckReport:
    items: list[CheckItem] = field(default_factory=list)
    cases: int = 0
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return bool(self.items) and all(item.ok for item in self.items)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.items.append(CheckItem(name, ok, detail))

    @property
    def problems(self) -> list[str]:
        return [f"{i.name}: {i.detail}" for i in self.items if not i.ok]


def check_database(db: Database, *, allow_older_schema: bool = False) -> CheckReport:
    """Run every check and collect the results; never raises for a failed check."""
    report = CheckReport()
    if db.is_sqlite and not _sqlite_checks(db, report):
        return report
    if not _schema_check(db, report, allow_older_schema):
        return report
    with db.read() as session:
        report.cases = session.scalar(select(func.count()).select_from(Case)) or 0
        verdict = audit.verify_chain(session)
    if verdict.ok:
        report.add("Audit trail", True, f"{verdict.entries} entries, chain unbroken.")
    else:
        report.add("Audit trail", False, " ".join(verdict.problems))
    return report


def _sqlite_checks(db: Database, report: CheckReport) -> bool:
    try:
        with db.raw_sqlite() as connection:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    except UserError as error:
        report.add("SQLite integrity", False, str(error))
        return False
    if integrity == ["ok"]:
        report.add("SQLite integrity", True, "ok.")
    else:
        report.add("SQLite integrity", False, "; ".join(integrity))
    if broken:
        tables = sorted({row[0] for row in broken})
        report.add("Foreign keys", False, f"{len(broken)} broken links in {', '.join(tables)}.")
    else:
        report.add("Foreign keys", True, "every link points to an existing record.")
    return integrity == ["ok"]


def _schema_check(db: Database, report: CheckReport, allow_older: bool) -> bool:
    try:
        with db.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
    except Exception as error:  # noqa: BLE001 - reported, not raised
        report.add("Schema", False, f"cannot read the tables ({type(error).__name__}).")
        return False
    missing = REQUIRED_TABLES - tables
    if missing:
        report.add("Schema", False, "not a Privacy Desk database (tables missing).")
        return False
    try:
        plan = migrate.plan(db)
    except UserError as error:
        report.add("Migration level", False, str(error))
        return False
    report.revision = plan.current
    if not plan.needed:
        report.add("Migration level", True, f"schema {plan.current}, up to date.")
    elif allow_older:
        report.add("Migration level", True, f"schema {plan.current}; will be upgraded.")
    else:
        report.add(
            "Migration level",
            False,
            f"schema {plan.current}, expected {plan.head}; start Privacy Desk to upgrade it.",
        )
    return True
