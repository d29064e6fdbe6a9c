"""The self-test's steps in this process, with Qt's application (see tests/cli/test_self_test.py
for the whole self-test as a separate process).

Here, not in tests/cli: a Qt application made early in the run would leave Qt's threads
beside the SANE tests, whose test device forks.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from privacy_desk import self_test


def test_a_blank_page_fails_the_pdf_step(qapp: object) -> None:  # Qt's app, not one of its own
    pdf = io.BytesIO()
    canvas = Canvas(pdf, pagesize=A4)
    canvas.showPage()
    canvas.save()
    with pytest.raises(self_test.SelfTestFailed, match="blank page"):
        self_test._pdf_page(pdf.getvalue())


def test_a_failed_step_is_named_and_stops_the_run(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test, "_letter", lambda _folder: b"%PDF-1.4 damaged")
    out = io.StringIO()
    assert self_test.run(out) == self_test.EXIT_FAILED
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("self-test: database: ok")
    assert lines[-1].startswith("self-test: PDF page: FAILED: ")
    assert "passed" not in out.getvalue()
