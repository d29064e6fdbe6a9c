"""Importing one 300 dpi A4 colour page, as a scanner or the scanner folder delivers it.

Subject: ``privacy_desk.scanning.pages.read_pages`` on the scanner's JPEG (decode,
EXIF orientation, thumbnail, recompress to the stored JPEG), then
``services.documents.add_document`` storing it in an encrypted (SQLCipher) case
database, audit entry included.
Floor: Pillow alone decoding the same JPEG and encoding it once at quality 80, the least
any import must do.
"""

from __future__ import annotations

import io
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from bench import Benchmark, Target
from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.scanning.pages import read_pages
from privacy_desk.scanning.synthetic import synthetic_page
from privacy_desk.services import cases, documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk


@dataclass
class State:
    scanned: bytes
    folder: Path
    ctx: DeskContext
    reference: str


def setup() -> State:
    """The scanner's JPEG (quality 95) and an encrypted office with one synthetic case."""
    out = io.BytesIO()
    synthetic_page().save(out, "JPEG", quality=95, dpi=(300, 300))
    folder = Path(tempfile.mkdtemp(prefix="privacy-desk-bench-"))
    paths = DataPaths(folder / "data").prepare()
    ctx = open_desk(paths, key=secrets.token_bytes(32), actor="bench", role=Role.STAFF)
    received = ctx.today()
    case = cases.log_request(
        ctx,
        cases.NewCase(
            received_on=received,
            requester_kind=RequesterKind.PRINCIPAL,
            requester_name="試験　花子",
            requester_address="京都府向日市寺戸町試験1-2",
            requests=[cases.RequestInput(RequestType.DISCLOSURE, "会員登録情報", "")],
        ),
    )
    return State(out.getvalue(), folder, ctx, case.reference)


def import_page(state: State) -> object:
    pages = read_pages(state.scanned)
    return documents.add_document(state.ctx, state.reference, DocumentType.OTHER, pages)


def pillow_alone(state: State) -> object:
    with Image.open(io.BytesIO(state.scanned)) as image:
        image.load()
        out = io.BytesIO()
        image.save(out, "JPEG", quality=80)
    return out.getvalue()


def teardown(state: State) -> None:
    state.ctx.db.dispose()
    shutil.rmtree(state.folder, ignore_errors=True)


BENCHMARK = Benchmark(
    name="page_import",
    description="import one 300 dpi A4 colour page (decode, thumbnail, recompress, encrypt, store)",
    floor_description="Pillow alone: decode the page and encode it as JPEG once",
    setup=setup,
    subject=import_page,
    floor=pillow_alone,
    teardown=teardown,
    target=Target(ratio=4),
)
