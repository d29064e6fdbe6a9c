"""Every letter, in both languages, as a PDF read back with pypdf."""

from __future__ import annotations

import dataclasses
import re

import pytest

from privacy_desk.domain.era import format_english, format_japanese
from privacy_desk.domain.letters import LetterKind
from privacy_desk.errors import InvalidInput
from privacy_desk.letters.data import Address, LetterData
from privacy_desk.letters.render import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_WIDTH,
    recipient_rect,
    render_letter,
    window_rect,
)

from .pdftext import font_dicts, fragments, squeeze, text_of
from .samples import ISSUED, RECEIVED, extreme, letter

KINDS = list(LetterKind)
LANGUAGES = ("ja", "en")
WITH_DECISIONS = {
    LetterKind.PURPOSE_OF_USE,
    LetterKind.DISCLOSURE,
    LetterKind.NON_DISCLOSURE,
    LetterKind.CORRECTION,
    LetterKind.SUSPENSION,
    LetterKind.METHOD_DIFFICULT,
}


def title_of(data: LetterData) -> str:
    return data.kind.title_ja if data.language == "ja" else data.kind.label


def expected_texts(data: LetterData) -> list[str]:
    ja = data.language == "ja"
    out = [
        data.recipient.name + ("様" if ja else ""),
        data.recipient.address,
        "〒617-0002",
        data.reference,
        data.document_number,
        format_japanese(data.issued_on) if ja else format_english(data.issued_on),
        format_japanese(data.received_on) if ja else format_english(data.received_on),
        title_of(data),
        data.office.company_name if ja else data.office.company_name_en,
        data.office.phone,
        *data.enclosures,
    ]
    if ja:
        out += ["拝啓", "敬具", "以上", "時下ますますご清祥のこととお慶び申し上げます"]
    else:
        out += [f"Dear {data.recipient.name},", "Yours sincerely,"]
    if data.kind in WITH_DECISIONS:
        for dec in data.decisions:
            out += [dec.request_type_label, dec.outcome_label, dec.data_concerned]
            out += [dec.ground_text, dec.explanation]
    if data.kind is LetterKind.MISSING_DOCUMENTS:
        for item in data.missing:
            out += [item.text, *item.because]
        assert data.reply_by is not None
        out.append(format_japanese(data.reply_by) if ja else format_english(data.reply_by))
    return [t for t in out if t]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_letter_carries_its_particulars_as_text(kind: LetterKind, language: str) -> None:
    data = letter(kind, language)
    pdf = render_letter(data)
    assert pdf.startswith(b"%PDF-")
    text = squeeze(text_of(pdf))
    missing = [t for t in expected_texts(data) if squeeze(t) not in text]
    assert not missing


def test_the_japanese_date_is_written_in_both_calendars() -> None:
    text = squeeze(text_of(render_letter(letter(LetterKind.ACKNOWLEDGEMENT, "ja"))))
    assert "令和8年11月24日（2026年11月24日）" in text
    assert ISSUED.isoformat() not in text and RECEIVED.year == 2026


def test_the_non_disclosure_notice_names_the_law_and_the_complaint_contact() -> None:
    data = letter(LetterKind.NON_DISCLOSURE, "ja")
    text = squeeze(text_of(render_letter(data)))
    assert "第33条第3項" in text and "第36条" in text
    assert "苦情・お問い合わせ窓口" in text
    assert squeeze(data.office.contact) in text
    assert "第33条第2項第2号" in text  # the ground_text


def test_fee_notice_states_the_shortfall_or_the_refund() -> None:
    short = squeeze(text_of(render_letter(letter(LetterKind.FEE_NOTICE, "ja"))))
    assert "500円が不足" in short
    refund_data = letter(LetterKind.FEE_NOTICE, "ja", fee_amount=1500, fee_due=1000)
    refund = squeeze(text_of(render_letter(refund_data)))
    assert "500円を返還" in refund and "が不足" not in refund


def test_disclosure_of_nothing_says_no_such_data() -> None:
    data = letter(LetterKind.DISCLOSURE, "ja")
    none = tuple(
        dataclasses.replace(d, outcome="no_such_data", outcome_label="該当なし")
        for d in data.decisions
    )
    text = squeeze(text_of(render_letter(dataclasses.replace(data, decisions=none))))
    assert "存在しませんでした" in text
    assert "下記のとおり開示いたします" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_fonts_are_embedded_as_subsets(language: str) -> None:
    pdf = render_letter(letter(LetterKind.NON_DISCLOSURE, language))
    fonts = font_dicts(pdf)
    assert fonts
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+BIZUD\w+-\w+", str(font["/BaseFont"])), font
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


def test_the_same_letter_gives_the_same_bytes() -> None:
    data = letter(LetterKind.DISCLOSURE, "ja")
    first = render_letter(data)
    assert render_letter(data) == first
    other = dataclasses.replace(data, reference="2026-0124")
    assert render_letter(other) != first


def _recipient_check(pdf: bytes, data: LetterData) -> None:
    """The recipient's lines are in the window, inside its margin; nothing else is."""
    page = fragments(pdf)[0]
    window, box = window_rect(), recipient_rect()
    in_window = [f for f in page if window.overlaps(f.rect)]
    assert in_window, "nothing was drawn in the window"
    for f in in_window:
        assert box.contains(f.rect), (f.text, f.rect, box)
    drawn = squeeze("".join(f.text for f in in_window))
    r = data.recipient
    suffix = "様" if data.language == "ja" else ""
    expected = squeeze("〒617-0002" + r.address + r.organisation + r.name + suffix)
    assert drawn == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_recipient_sits_in_the_envelope_window(language: str) -> None:
    data = letter(LetterKind.ACKNOWLEDGEMENT, language)
    _recipient_check(render_letter(data), data)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "kind", [LetterKind.MISSING_DOCUMENTS, LetterKind.NON_DISCLOSURE, LetterKind.DISCLOSURE]
)
def test_extreme_letters_flow_on_and_stay_readable(kind: LetterKind, language: str) -> None:
    data = extreme(kind, language)
    assert len(data.recipient.name) == 120 and len(data.recipient.address) == 200
    pdf = render_letter(data)
    text = squeeze(text_of(pdf))
    missing = [t for t in expected_texts(data) if squeeze(t) not in text]
    assert not missing
    pages = fragments(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert squeeze(f"{number} / {len(pages)}") in squeeze("".join(f.text for f in page))
        for f in page:
            if re.fullmatch(r"\d+ / \d+\s*", f.text):
                continue  # the page number, in the foot margin
            assert f.rect.bottom >= MARGIN_BOTTOM - 3, (number, f.text)  # descenders
            assert f.rect.left >= MARGIN_LEFT - 0.5, (number, f.text)
            # Japanese lets a closing 。 or 、 hang one character into the margin (ぶら下げ)
            hanging = 11 if f.text.rstrip()[-1:] in "。、，．」）" else 0
            assert f.rect.right <= PAGE_WIDTH - MARGIN_RIGHT + 0.5 + hanging, (number, f.text)
    _recipient_check(pdf, data)


def test_a_one_page_letter_has_no_page_number() -> None:
    pdf = render_letter(letter(LetterKind.ACKNOWLEDGEMENT, "ja"))
    pages = fragments(pdf)
    assert len(pages) == 1
    assert not any("/ 1" in f.text for f in pages[0])


def test_an_address_too_long_for_any_window_is_refused() -> None:
    data = letter(
        LetterKind.ACKNOWLEDGEMENT,
        "ja",
        recipient=Address(name="試験　花子", postal_code="6170002", address="試験" * 400),
    )
    with pytest.raises(InvalidInput, match="window"):
        render_letter(data)


def test_markup_in_typed_text_stays_text() -> None:
    data = letter(LetterKind.NON_DISCLOSURE, "ja")
    tricky = dataclasses.replace(
        data.decisions[0], explanation="試験の説明。\n# 偽の見出し\n- 偽の項目 <b>&amp;"
    )
    pdf = render_letter(dataclasses.replace(data, decisions=(tricky, *data.decisions[1:])))
    text = squeeze(text_of(pdf))
    assert squeeze("試験の説明。 # 偽の見出し - 偽の項目 <b>&amp;") in text
