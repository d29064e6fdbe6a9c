"""The database layer and the services the first screen needs, loaded before PySide6.

Once loaded, PySide6 reads the whole source of each module that an import statement
names after it, and keeps it in memory (to learn whether the module uses PySide6, for its
``__feature__`` switches; PYSIDE-2029). For SQLAlchemy and the services that costs 20 MB
and a tenth of a second.

Where the case list is the first screen (an office without users yet, the start-up
benchmark), :func:`load_before_qt` loads them first, SQLite's dialect with them, and
configures the ORM's mappers (which imports the rest of the ORM). Where a login comes
first, the login window appears without them and they load while the user types
(``ui/dialogs/login_dialog.py``): a third of a second sooner on screen, for those 20 MB.
"""

from __future__ import annotations


def load_before_qt() -> None:
    import sqlalchemy.dialects.sqlite  # noqa: F401 - create_engine would load it later
    from sqlalchemy.orm import configure_mappers

    from privacy_desk.services import (  # noqa: F401 - loaded for the reason above
        auth,
        case_list,
        cases,
        maintenance,
        overview,
        retention,
        tables,
        today,
    )

    configure_mappers()
