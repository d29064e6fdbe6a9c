"""Personal data never lands in temporary files: scans, masks, letters and forms stay in memory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.letters import LetterKind
from privacy_desk.scanning.masking import Region
from privacy_desk.scanning.pages import read_file
from privacy_desk.scanning.synthetic import synthetic_page
from privacy_desk.services import documents, letters
from privacy_desk.services.context import DeskContext
from tests.helpers.cases import log_case


def test_nothing_is_written_to_the_temporary_folder(
    desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    made: list[str] = []
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile"):

        def refuse(*_args: object, _name: str = name, **_kwargs: object) -> None:
            made.append(_name)
            raise AssertionError(f"tempfile.{_name} was called")

        monkeypatch.setattr(tempfile, name, refuse)
    scan = tmp_path / "scan.tiff"
    synthetic_page((620, 877), seed=7).save(scan, dpi=(75, 75))
    ref = log_case(desk)
    added = documents.add_document(desk, ref, DocumentType.PASSPORT, read_file(scan))
    documents.page_image(desk, added.pages[0].id)
    documents.mask_regions(desk, added.pages[0].id, [Region(10, 10, 100, 40)])
    issued = letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    letters.letter_pdf(desk, issued.id)
    letters.request_form_pdf(desk, ref)
    assert os.listdir(scratch) == [] and made == []


@pytest.mark.sqlite_only
def test_sqlite_keeps_its_scratch_space_in_memory(desk: DeskContext) -> None:
    with desk.db.raw_sqlite() as connection:
        assert connection.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
