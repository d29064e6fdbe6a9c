"""The Qt desktop app. The only package that imports PySide6.

What the first screen needs of the Qt-free core is loaded here, before any module of
this package loads PySide6. Once loaded, PySide6 reads the whole source of each module
that an import statement names after it, and keeps it in memory (to learn whether the
module uses PySide6, for its ``__feature__`` switches; PYSIDE-2029). For SQLAlchemy and
the services that cost the start 20 MB and a tenth of a second: so they are imported,
SQLite's dialect with them, and the ORM's mappers configured (which imports the rest of
the ORM) first.
"""

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
