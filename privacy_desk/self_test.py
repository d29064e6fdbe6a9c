"""``privacy-desk --self-test``: does this installation work? Checked with real parts.

Made for a build (``build.spec``): run on the office PC after copying the folder, or by
the build script, it proves that what a build may leave out is there. In a temporary
folder (removed afterwards; the office's own data folder is never touched) it

1. makes a database and migrates it to the newest schema (SQLite, Alembic and the
   migrations' files),
2. logs a synthetic case (never a real person) and sets a Japanese letter for it
   (ReportLab, the letter templates in ``forms/``, the bundled fonts, embedded),
3. renders that letter's first page with QtPdf, offscreen if there is no screen, and
   checks that ink is on it (Qt, its PDF module and platform plugin),
4. loads the PostgreSQL driver as a database server's URL loads it, without connecting
   to any server: SQLAlchemy's postgresql+psycopg dialect, Psycopg with its compiled
   part (psycopg_binary, not another libpq found on the computer) and the libpq it
   bundles, with the libraries libpq needs,

printing one line per step. Exit status 0 when every step passed, 1 at the first that
failed, with the step named and the reason.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from privacy_desk.paths import DataPaths

EXIT_FAILED = 1


class SelfTestFailed(Exception):
    """A step found something wrong (the message says what)."""


def _database(folder: Path) -> str:
    from privacy_desk.services.maintenance import open_desk
    from privacy_desk.store.migrate import HEAD, current_revision

    ctx = open_desk(DataPaths(folder / "data").prepare(), actor="self-test")
    try:
        revision = current_revision(ctx.db)
    finally:
        ctx.db.dispose()
    if revision != HEAD:
        raise SelfTestFailed(f"the new database is at schema {revision}, not {HEAD}")
    return f"made and migrated to schema {revision}"


def _letter(folder: Path) -> bytes:
    from privacy_desk.domain.letters import LetterKind
    from privacy_desk.letters.render import render_letter
    from privacy_desk.services.demo import add_demo_cases
    from privacy_desk.services.letters import letter_data
    from privacy_desk.services.maintenance import open_desk

    ctx = open_desk(DataPaths(folder / "data").prepare(), actor="self-test")
    try:
        reference = add_demo_cases(ctx, 1, seed=1).first_reference
        data = letter_data(ctx, reference, LetterKind.ACKNOWLEDGEMENT, language="ja")
    finally:
        ctx.db.dispose()
    pdf = render_letter(data)
    if not pdf.startswith(b"%PDF-"):
        raise SelfTestFailed("the letter is not a PDF")
    if b"/FontFile2" not in pdf:
        raise SelfTestFailed("the letter has no embedded font")
    return pdf


def _pdf_page(pdf: bytes) -> str:
    from privacy_desk.cli import has_a_screen

    if not has_a_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed to render
    from privacy_desk.ui.pdf_check import first_page_ink

    pages, ink = first_page_ink(pdf)
    if pages < 1:
        raise SelfTestFailed("QtPdf found no page in the letter")
    if ink < 0.002:
        raise SelfTestFailed(f"QtPdf rendered a blank page ({ink:.2%} ink)")
    return f"{pages} page(s); the first rendered with {ink:.1%} of it inked"


def _postgresql_driver() -> str:
    from sqlalchemy import create_engine

    from privacy_desk.store.database import server_url

    # an engine connects only when used: this one never is
    engine = create_engine(server_url("postgresql://self-test@localhost/self-test"))
    try:
        driver = engine.dialect.driver
        module = getattr(engine.dialect.dbapi, "__name__", None)
    finally:
        engine.dispose()
    if driver != "psycopg" or module != "psycopg":
        raise SelfTestFailed(f"the dialect's driver is {driver} ({module}), not psycopg")
    import psycopg
    from psycopg import pq
    from psycopg.conninfo import conninfo_to_dict

    if pq.__impl__ != "binary":  # psycopg_binary left out: a libpq from elsewhere, or none
        raise SelfTestFailed(f"Psycopg runs its {pq.__impl__} implementation, not binary")
    libpq = pq.version()  # from the bundled libpq, loaded with the libraries it needs
    # libpq parses a connection string itself (PQconninfoParse), without a server
    parsed = conninfo_to_dict("host=localhost dbname=self-test")
    if parsed.get("dbname") != "self-test":
        raise SelfTestFailed(f"libpq parsed a connection string as {parsed}")
    return f"psycopg {psycopg.__version__} (binary) with libpq {libpq // 10000}.{libpq % 10000}"


def run(out: TextIO | None = None) -> int:
    """Run the steps in a temporary folder; 0 when all passed."""
    out = out or sys.stdout
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="privacy-desk-self-test-") as name:
        folder = Path(name)
        letter: list[bytes] = []

        def letter_step() -> str:
            letter.append(_letter(folder))
            return f"set in Japanese, {len(letter[0]):,} bytes, fonts embedded"

        steps: list[tuple[str, Callable[[], str]]] = [
            ("database", lambda: _database(folder)),
            ("letter", letter_step),
            ("PDF page", lambda: _pdf_page(letter[0])),
            ("PostgreSQL driver", _postgresql_driver),
        ]
        for title, step in steps:
            try:
                said = step()
            except Exception as error:  # noqa: BLE001 - reported, then the exit status
                print(f"self-test: {title}: FAILED: {error}", file=out)
                return EXIT_FAILED
            print(f"self-test: {title}: ok, {said}", file=out)
    print(f"self-test: passed in {time.perf_counter() - started:.1f} s", file=out)
    return 0
