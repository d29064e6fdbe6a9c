"""Setting letters: one, and a batch (today's acknowledgements on a busy day, and more).

Subject: ``privacy_desk.letters.render.render_letter`` (template filled, markup
parsed, laid out with the recipient in the window, fonts subset and embedded).
Floor: a bare ReportLab page with the same font drawing the same text, line by
line, with no template and no layout: the least a PDF of that letter costs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench import Benchmark, Target
from privacy_desk.domain.letters import LetterKind
from privacy_desk.letters.data import Address, Decision, LetterData, Office
from privacy_desk.letters.render import register_fonts, render_letter
from privacy_desk.letters.templates import fill

#: Letters in the batch benchmark; the smoke test lowers it.
BATCH = 1000
_FONT = "LetterMincho"


def sample(number: int = 1) -> LetterData:
    """A synthetic non-disclosure notice (never a real person)."""
    return LetterData(
        kind=LetterKind.NON_DISCLOSURE,
        language="ja",
        document_number=f"個情第2026-{number:04d}-01号",
        issued_on=date(2026, 11, 24),
        reference=f"2026-{number:04d}",
        recipient=Address(
            name="試験　花子", postal_code="6170002", address="京都府向日市寺戸町試験1-2"
        ),
        office=Office(
            company_name="オムロン ソフトウェア株式会社",
            company_name_en="OMRON SOFTWARE Co., Ltd.",
            postal_code="6170002",
            address="京都府向日市寺戸町53",
            address_en="53 Teradocho, Muko-shi, Kyoto-fu 617-0002 Japan",
            phone="075-925-0064",
            contact="個人情報保護管理者",
            contact_en="Personal Information Protection Manager",
            signatory_name="試験　管理者",
            signatory_title="個人情報保護管理者",
        ),
        received_on=date(2026, 11, 17),
        request_types=("保有個人データの開示",),
        decisions=(
            Decision(
                request_type="disclosure",
                request_type_label="保有個人データの開示",
                outcome="partly",
                outcome_label="一部について対応いたしました",
                ground="business_interference",
                ground_text="当社の業務の適正な実施に著しい支障を及ぼすおそれがあるため",
                explanation="面接評価の記録には評価者の率直な所見が含まれるため",
                data_concerned="採用選考に提出した書類",
            ),
        ),
    )


@dataclass
class State:
    letters: list[LetterData]
    lines: list[str]  # the letter's text, for the floor


def _state(count: int) -> State:
    register_fonts()
    letters = [replace(sample(n), reference=f"2026-{n:04d}") for n in range(1, count + 1)]
    text = fill(letters[0])
    return State(letters, [line for line in text.splitlines() if line.strip()])


def bare_page(lines: list[str]) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=_FONT)  # type: ignore[arg-type]
    canvas.setFont(_FONT, 10.5)
    y = A4[1] - 20 * mm
    for line in lines:
        canvas.drawString(25 * mm, y, line[:60])
        y -= 6 * mm
        if y < 20 * mm:
            canvas.showPage()
            canvas.setFont(_FONT, 10.5)
            y = A4[1] - 20 * mm
    canvas.save()
    return out.getvalue()


ONE = Benchmark(
    name="letter",
    description="set one Japanese letter as a PDF (template, layout, embedded font subset)",
    floor_description="a bare ReportLab page with the same font and text",
    setup=lambda: _state(1),
    subject=lambda state: render_letter(state.letters[0]),
    floor=lambda state: bare_page(state.lines),
    target=Target(ratio=2),
)

BATCH_OF_LETTERS = Benchmark(
    name="letters_batch",
    description=f"set a batch of {BATCH} letters, one PDF each",
    floor_description="as many bare ReportLab pages with the same font and text",
    setup=lambda: _state(BATCH),
    subject=lambda state: [render_letter(data) for data in state.letters],
    floor=lambda state: [bare_page(state.lines) for _ in state.letters],
    target=Target(ratio=2),
    repeat=3,
)
