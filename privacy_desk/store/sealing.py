"""Sealing what an office on a server stored before it had a key (store/sealed.py).

An office moved to a server without users keeps its personal columns as they are;
when it is set up with users, every such value is read and written again through the
keyed database, which seals it. One transaction: all sealed, or nothing changed.
"""

from __future__ import annotations

from sqlalchemy import Table, bindparam, select, update

from privacy_desk.store.database import Database, translate_errors
from privacy_desk.store.models import Base
from privacy_desk.store.sealed import Sealed

BATCH = 1000


def sealed_tables() -> list[tuple[Table, list[str]]]:
    """Every table with sealed columns, and those columns."""
    found = []
    for table in Base.metadata.sorted_tables:
        names = [c.name for c in table.columns if isinstance(c.type, Sealed)]
        if names:
            found.append((table, names))
    return found


def seal_all(db: Database) -> int:
    """Seal every personal value of ``db`` (opened with the office's key); returns how
    many rows were written. Values sealed already are sealed again (a new nonce)."""
    if not db.encrypted or db.is_sqlite:
        raise ValueError("sealing needs a server database opened with the office's key")
    rows = 0
    with translate_errors(db.label), db.engine.begin() as connection:
        for table, names in sealed_tables():
            keys = list(table.primary_key.columns)
            columns = [table.c[name] for name in names]
            statement = update(table).where(*(key == bindparam(f"key_{key.name}") for key in keys))
            statement = statement.values({name: bindparam(f"new_{name}") for name in names})
            result = connection.execute(
                select(*keys, *columns).order_by(*keys),
                execution_options={"yield_per": BATCH},  # this statement only
            )
            with result:
                for part in result.mappings().partitions():
                    connection.execute(
                        statement,
                        [
                            {
                                **{f"key_{key.name}": row[key.name] for key in keys},
                                **{f"new_{name}": row[name] for name in names},
                            }
                            for row in part
                        ],
                    )
                    rows += len(part)
    return rows
