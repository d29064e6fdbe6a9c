"""The request form: blank and completed, fitted into its boxes, checked at load, reproducible."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    RequesterKind,
    RequestType,
)
from privacy_desk.errors import InvalidInput
from privacy_desk.letters import form_layout
from privacy_desk.letters.form_layout import (
    MINCHO,
    OVERFLOW_MARK,
    Fit,
    fit_text,
    parse_markup,
    text_width,
    wrap_text,
)
from privacy_desk.letters.request_form import (
    DISCLOSURE_METHOD_JA,
    FORM_TEMPLATE,
    REQUEST_TYPE_JA,
    REQUESTER_KIND_JA,
    FormData,
    FormTemplateError,
    default_forms_dir,
    document_type_of,
    form_data_from_case,
    layout_request_form,
    load_form_template,
    render_request_form,
)
from privacy_desk.services.cases import EnclosureInput, RequestInput, get_case, log_request
from privacy_desk.services.office import Profile, office_profile
from privacy_desk.services.users import default_office_profile
from tests.helpers.cases import new_case

OFFICE_FIELDS = {
    "company_name",
    "company_name_en",
    "company_postal_code",
    "company_address",
    "company_address_en",
    "company_phone",
    "contact",
    "contact_en",
}
LONG_NAME = ("寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処" * 5)[:120]
LONG_ADDRESS = ("京都府向日市寺戸町大字試験小字長い長い番地の先の" * 20)[:300]
LONG_REASONS = (
    "私の個人データが不正に取得されたと考えられるため、利用の停止と消去を求めます。"
    "Reasons in English too, with long words like internationalisation. "
) * 6


def _profile() -> Profile:
    row = default_office_profile()
    return Profile(**{name: getattr(row, name) for name in Profile.__dataclass_fields__})


def _text(pdf: bytes) -> str:
    """All the PDF's text, without any white space (lines wrap where the box is full)."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _ticked(data: FormData) -> set[str]:
    return {box.label for box in layout_request_form(data).check_boxes() if box.ticked}


@pytest.fixture
def completed(desk):  # type: ignore[no-untyped-def]
    reference = log_request(
        desk,
        new_case(
            requests=[
                RequestInput(RequestType.DISCLOSURE, "会員登録情報", ""),
                RequestInput(RequestType.CORRECTION, "登録住所", "転居したため新住所に訂正"),
            ],
            enclosures=[
                EnclosureInput(EnclosureKind.REQUEST_FORM),
                EnclosureInput(EnclosureKind.IDENTITY_DOCUMENT, "運転免許証"),
            ],
        ),
    ).reference
    case = get_case(desk, reference)
    return form_data_from_case(case, office_profile(desk))


@pytest.fixture
def extreme(desk):  # type: ignore[no-untyped-def]
    reference = log_request(
        desk,
        new_case(
            requester_kind=RequesterKind.APPOINTED_AGENT,
            requester_name=LONG_NAME,
            requester_kana="ジュゲム" * 30,
            requester_address=LONG_ADDRESS,
            agent_name=LONG_NAME,
            agent_address=LONG_ADDRESS,
            requests=[
                RequestInput(
                    t, ("会員情報、購買履歴、問い合わせ記録 " * 12)[:200], LONG_REASONS[:400]
                )
                for t in RequestType
            ],
        ),
    ).reference
    return form_data_from_case(get_case(desk, reference), office_profile(desk))


# -- blank --------------------------------------------------------------------------


def test_blank_form_data_holds_only_the_office() -> None:
    blank = FormData.blank(_profile())
    for name, value in vars(blank).items():
        if name in OFFICE_FIELDS:
            assert value, name
        else:
            assert value in ("", ()), name
    assert blank.company_postal_code == "617-0002"


def test_blank_form_offers_every_choice_in_japanese_and_english() -> None:
    data = FormData.blank(_profile())
    text = _text(render_request_form(data))
    assert "保有個人データ開示等請求書" in text
    assert _squash("Request Concerning Retained Personal Data") in text
    assert "オムロンソフトウェア株式会社" in text
    assert "個人情報保護管理者殿" in text
    for ja, en in [
        *((REQUEST_TYPE_JA[t], t.label) for t in RequestType),
        *((REQUESTER_KIND_JA[k], k.label) for k in RequesterKind),
        *((DISCLOSURE_METHOD_JA[m], m.label) for m in DisclosureMethod),
    ]:
        assert _squash(ja) in text, ja
        assert _squash(en) in text, en
    for doc in ("運転免許証", "Driver's license", "パスポート", "Passport", "住民票の写し"):
        assert _squash(doc) in text, doc
    assert "年月日" in text  # the date line, blank
    assert "Signature" in text
    assert _ticked(data) == set()
    boxes = layout_request_form(data).check_boxes()
    assert len(boxes) == 5 + 6 + 4 + 6 + 6 + 2


def test_blank_form_carries_no_personal_data_nor_reference() -> None:
    form = layout_request_form(FormData.blank(_profile()))
    values = [b for b in form.text_blocks() if b.role == "value"]
    # only the template's own placeholders: postal mark, era choices, the yen sign
    assert {b.text for b in values if b.text} <= {
        "〒　　　－　　　　\n",
        "昭和・平成・令和・西暦　　　　年　　　月　　　日",
        "　　　　円",
    }
    footers = [b.text for b in form.text_blocks() if b.role == "footer"]
    assert footers[1::2] == ["1 / 2", "2 / 2"]  # no case reference


# -- completed ----------------------------------------------------------------------


def test_completed_form_ticks_what_the_case_asks(completed: FormData) -> None:
    assert _ticked(completed) == {
        "本人 Principal",
        "開示（法33条1項） Disclosure",
        "訂正・追加・削除（法34条） Correction, addition or deletion",
        "書面（郵送） Paper copy by mail",
        "運転免許証 Driver's license",
        "定額小為替 Fixed-amount postal money order",
    }


def test_completed_form_reads_back_the_case(completed: FormData) -> None:
    text = _text(render_request_form(completed))
    for value in (
        "試験花子",
        "シケンハナコ",
        "〒617-0002",
        "京都府向日市寺戸町試験1-2",
        "昭和55年4月1日",
        "075-000-0000",
        "hanako@example.com",
        "［開示Disclosure］会員登録情報",
        "［訂正・追加・削除Correction,additionordeletion］登録住所",
        "転居したため新住所に訂正",
        "1,000円",
        "12-345678",
        f"受付番号Case{completed.reference}",
    ):
        assert value in text, value
    assert completed.reference.startswith("2026-")


def test_completed_form_leaves_signature_and_date_blank(completed: FormData) -> None:
    form = layout_request_form(completed)
    signature = [b for b in form.text_blocks() if b.role == "seal"]
    assert [b.text for b in signature] == ["印"]
    assert any("年　　　月　　　日" in b.text for b in form.text_blocks())
    assert any(isinstance(i, form_layout.Line) for i in form.pages[1].items)


def test_form_data_names_agent_and_documents(desk) -> None:  # type: ignore[no-untyped-def]
    reference = log_request(
        desk,
        new_case(
            requester_kind=RequesterKind.PROFESSIONAL_AGENT,
            agent_name="代理　太郎",
            agent_qualification="弁護士",
            enclosures=[
                EnclosureInput(EnclosureKind.AGENT_PROOF, "委任状（実印押印）"),
                EnclosureInput(EnclosureKind.IDENTITY_DOCUMENT, "外国人登録証明書"),
            ],
        ),
    ).reference
    data = form_data_from_case(get_case(desk, reference), office_profile(desk))
    assert data.requester_kind == "professional_agent"
    assert data.requester_kind_label == "弁護士等の専門職代理人 Professional agent"
    assert data.documents == ("power_of_attorney",)
    assert data.other_documents == "外国人登録証明書"  # abolished: no box, written out
    assert "弁護士等の専門職代理人 Professional agent" in _ticked(data)
    assert "委任状（実印押印） Power of attorney (registered seal)" in _ticked(data)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("運転免許証", DocumentType.DRIVERS_LICENSE),
        ("健康保険証（マスキング済）", DocumentType.HEALTH_INSURANCE),
        ("passport", DocumentType.PASSPORT),
        ("マイナンバーカード（表面）", DocumentType.MY_NUMBER_CARD_FRONT),
        ("手紙", None),
    ],
)
def test_document_type_of_enclosure_description(
    description: str, expected: DocumentType | None
) -> None:
    assert document_type_of(description) is expected


# -- fitting --------------------------------------------------------------------------


def test_extreme_case_every_text_stays_in_its_box(extreme: FormData) -> None:
    form = layout_request_form(extreme)
    assert form.text_blocks()
    for block in form.text_blocks():
        assert block.box.contains(block.rect), block.name
        assert block.fit.height <= block.rect.h + 1e-6, block.name
        for line in block.fit.lines:
            assert text_width(line, block.font, block.fit.size) <= block.rect.w + 1e-6, line
        if block.role == "value":
            assert block.fit.size >= 6, block.name
        for baseline in block.baselines():
            assert block.box.y <= baseline <= block.box.y + block.box.h


def test_extreme_name_and_address_fit_the_form_itself(extreme: FormData) -> None:
    form = layout_request_form(extreme)
    names = [b for b in form.text_blocks() if b.role == "value" and b.text == LONG_NAME]
    assert len(names) == 2  # the principal's and the agent's
    assert all(b.fit.complete for b in names)
    addresses = [b for b in form.text_blocks() if LONG_ADDRESS in b.text and b.role == "value"]
    assert len(addresses) == 2
    assert all(b.fit.complete for b in addresses)
    assert _squash(LONG_NAME) in _text(render_request_form(extreme))


def test_what_overflows_is_printed_whole_on_the_continuation_sheet(extreme: FormData) -> None:
    form = layout_request_form(extreme)
    assert {o.name for o in form.overflows} == {
        "6. 請求の内容 ／ 対象となる保有個人データ Data concerned (what, when, which service)",
        "6. 請求の内容 ／ 請求の理由・訂正等の内容 Reasons; for a correction, the correct content",
    }
    text = _text(render_request_form(extreme))
    assert _squash(OVERFLOW_MARK) in text
    assert "別紙" in text
    sheet = [b for b in form.text_blocks() if b.role == "continuation"]
    reasons = [b for b in sheet if "Reasons" in b.name]
    assert _squash("".join(line for b in reasons for line in b.fit.lines)) == _squash(
        extreme.reasons
    )
    for block in sheet:  # each piece as printed (a page break may fall inside a text)
        assert _squash(block.text) in text
    assert len(PdfReader(io.BytesIO(render_request_form(extreme))).pages) > 2


def test_fit_text_shrinks_before_it_wraps() -> None:
    text = "京都府向日市寺戸町試験一丁目二番地"
    one_line = text_width(text, MINCHO, 10)
    fit = fit_text(text, font=MINCHO, width=one_line * 0.9, height=14, max_size=10, min_size=6)
    assert fit.complete
    assert len(fit.lines) == 1
    assert 6 <= fit.size < 10


def test_fit_text_wraps_at_the_minimum_size_then_marks_the_overflow() -> None:
    text = "あ" * 200
    fit = fit_text(text, font=MINCHO, width=100, height=40, max_size=10, min_size=6)
    assert not fit.complete
    assert fit.size == 6
    assert fit.height <= 40
    assert fit.lines[-1] in (OVERFLOW_MARK, "→別紙", "→")


@pytest.mark.parametrize("width", [20.0, 57.5, 133.0, 400.0])
@pytest.mark.parametrize("height", [8.0, 19.0, 60.0])
@pytest.mark.parametrize(
    "text",
    [LONG_NAME, LONG_ADDRESS, LONG_REASONS, "internationalisation" * 8, "短い", "a\n\nb"],
)
def test_fit_text_never_leaves_the_box(width: float, height: float, text: str) -> None:
    fit = fit_text(text, font=MINCHO, width=width, height=height, max_size=10.5, min_size=6)
    assert 6 <= fit.size <= 10.5
    assert fit.height <= height + 1e-6
    assert all(text_width(line, MINCHO, fit.size) <= width + 1e-6 for line in fit.lines)
    if fit.complete:
        assert _squash("".join(fit.lines)) == _squash(text)


def test_wrap_keeps_closing_punctuation_off_the_start_of_a_line() -> None:
    text = "個人データ、利用目的。" * 12
    for width in (40.0, 61.0, 77.0, 95.0):
        lines = wrap_text(text, MINCHO, 9, width)
        assert not any(line[0] in "、。" for line in lines[1:] if line)
        assert "".join(lines) == text


def test_values_cannot_break_the_layout_markup() -> None:
    data = FormData(requester_name="試験 | 花子\noption True | 偽 | Fake", requester_kind="x")
    form = layout_request_form(data)
    name = next(b for b in form.text_blocks() if b.name == "氏名 Name" and b.role == "value")
    assert name.text == "試験 | 花子\noption True | 偽 | Fake"
    assert not any(b.ticked for b in form.check_boxes())
    assert all("Fake" not in b.label for b in form.check_boxes())


def test_parse_markup_reads_options_parts_and_ticks() -> None:
    lines = parse_markup("# comment\n\nrow h=9\noption True | 開示 | Disclosure\nfield w=* | a\\|b")
    assert [(m.number, m.directive) for m in lines] == [(3, "row"), (4, "option"), (5, "field")]
    assert lines[0].options == {"h": "9"}
    assert lines[1].parts == ("True", "開示", "Disclosure")
    assert lines[2].parts == ("a|b",)


# -- the PDF --------------------------------------------------------------------------


def test_pdf_is_reproducible(completed: FormData) -> None:
    first = render_request_form(completed)
    assert first.startswith(b"%PDF")
    assert render_request_form(completed) == first
    assert render_request_form(FormData.blank(_profile())) != first


def test_pdf_is_a4_with_its_fonts_embedded_as_subsets(completed: FormData) -> None:
    reader = PdfReader(io.BytesIO(render_request_form(completed)))
    assert len(reader.pages) == 2
    seen = set()
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            base = str(font["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+BIZUDP(Mincho|Gothic)-(Regular|Bold)", base), base
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            seen.add(base.split("+")[1])
    assert seen == {"BIZUDPMincho-Regular", "BIZUDPGothic-Regular", "BIZUDPGothic-Bold"}
    assert reader.metadata is not None
    assert (
        reader.metadata.title
        == "保有個人データ開示等請求書 Request Concerning Retained Personal Data"
    )


# -- the template ---------------------------------------------------------------------


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    copy = tmp_path / "forms"
    shutil.copytree(default_forms_dir() / "request_form", copy / "request_form")
    return copy


def _append(forms: Path, text: str) -> int:
    """Append lines to the form; returns the number of the first one."""
    path = forms / FORM_TEMPLATE
    source = path.read_text(encoding="utf-8")
    if not source.endswith("\n"):
        source += "\n"
    path.write_text(source + text, encoding="utf-8")
    return source.count("\n") + 1


def test_default_template_loads() -> None:
    template = load_form_template()
    assert template.name == FORM_TEMPLATE


def test_unknown_field_fails_at_load_naming_file_line_and_field(forms: Path) -> None:
    line = _append(forms, "row h=8\nfield | 旧姓 | Former name | {{ f.requester_maiden_name }}\n")
    with pytest.raises(FormTemplateError) as caught:
        load_form_template(forms)
    error = caught.value
    assert isinstance(error, InvalidInput)
    assert (error.file, error.line, error.field) == (
        FORM_TEMPLATE,
        line + 1,
        "requester_maiden_name",
    )
    assert FORM_TEMPLATE in str(error)
    assert f"line {line + 1}" in str(error)
    assert "requester_maiden_name" in str(error)


def test_unknown_field_in_a_condition_or_by_subscript_fails_too(forms: Path) -> None:
    line = _append(forms, "{% if f['kana_reading'] %}\ntext | x\n{% endif %}\n")
    with pytest.raises(FormTemplateError) as caught:
        load_form_template(forms)
    assert (caught.value.line, caught.value.field) == (line, "kana_reading")


def test_unknown_name_fails_at_load(forms: Path) -> None:
    line = _append(forms, "text | {{ case.requester_name }}\n")
    with pytest.raises(FormTemplateError) as caught:
        load_form_template(forms)
    assert (caught.value.line, caught.value.field) == (line, "case")


def test_template_syntax_error_names_the_line(forms: Path) -> None:
    line = _append(forms, "text | {% if f.reference %}\n")
    with pytest.raises(FormTemplateError) as caught:
        load_form_template(forms)
    assert caught.value.line is not None
    assert caught.value.line >= line


def test_template_is_sandboxed(forms: Path) -> None:
    _append(forms, "text | {{ f.reference.__class__.__mro__ }}\n")
    with pytest.raises(FormTemplateError, match=r"unsafe|access"):
        load_form_template(forms)


def test_bad_layout_line_fails_at_load(forms: Path) -> None:
    _append(forms, "feild | 氏名 | Name\n")
    with pytest.raises(FormTemplateError, match="unknown directive 'feild'"):
        load_form_template(forms)


def test_office_edits_change_the_form(forms: Path) -> None:
    path = forms / FORM_TEMPLATE
    source = path.read_text(encoding="utf-8")
    path.write_text(
        source.replace("保有個人データ開示等請求書 |", "開示等請求書（改訂版） |"), "utf-8"
    )
    text = _text(render_request_form(FormData.blank(_profile()), forms=forms))
    assert "開示等請求書（改訂版）" in text


def test_fit_result_height_counts_every_line() -> None:
    assert Fit(10, ("a", "b", "c"), True).height == pytest.approx(3 * 10 * form_layout.LEADING)


def test_full_width_blanks_stay_wide_for_handwriting() -> None:
    blanks = "年　　　月　　　日"
    assert wrap_text(blanks, MINCHO, 10, 500) == [blanks]
    assert text_width(blanks, MINCHO, 10) > text_width("年 月 日", MINCHO, 10) + 30
    form = layout_request_form(FormData.blank(_profile()))
    date_line = next(b for b in form.text_blocks() if "Date of request" in b.text)
    assert "　　　年　　　月　　　日" in date_line.fit.lines[0]
