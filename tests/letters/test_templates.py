"""The templates in forms/: checked at load, editable parts, overrides."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from privacy_desk.domain.letters import LetterKind
from privacy_desk.errors import InvalidInput
from privacy_desk.letters import markup
from privacy_desk.letters.render import render_letter
from privacy_desk.letters.templates import (
    LetterTemplates,
    TemplateProblem,
    default_forms_dir,
    editable_parts,
    fill,
)

from .pdftext import squeeze, text_of
from .samples import letter


def test_every_kind_has_a_template_in_both_languages_and_all_load() -> None:
    names = set(LetterTemplates().check_all())
    for kind in LetterKind:
        for language in ("ja", "en"):
            assert f"letters/{kind.value}.{language}.j2" in names
    assert (default_forms_dir() / "README.md").is_file()


def _forms(tmp_path: Path, body: str) -> Path:
    (tmp_path / "letters").mkdir()
    (tmp_path / "letters" / "acknowledgement.ja.j2").write_text(body, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("@recipient\n〒{{ d.recipient.postal_code }}\n# {{ d.recipient.nmae }}\n", 3, "'nmae'"),
        ("@body\n\n\n{{ d.ofice.phone }}\n", 4, "'ofice'"),
        ("@body\n{{ data.reference }}\n", 2, "'data'"),
        ("@body\n{% for m in d.missing %}\n- {{ m.txt }}\n{% endfor %}\n", 3, "'txt'"),
        ("@body\n{% for x in d.decisions %}{{ x.ground_txt }}{% endfor %}\n", 2, "'ground_txt'"),
        ("@body\n{{ d.issued_on|era }}\n{{ d.issued_on|reiwa }}\n", 3, "filter 'reiwa'"),
        ("@body\n{{ d.kind.title_en }}\n", 2, "'title_en'"),
        ("@body\n{% call editable(d.reference) %}x{% endcall %}\n", 2, "editable"),
        (
            '@body\n{% call editable("a") %}x{% endcall %}\n'
            '{% call editable("a") %}y{% endcall %}\n',
            3,
            "twice",
        ),
        ("@body\n{% if d.reference %}\n", 2, "endif"),
    ],
)
def test_a_broken_template_fails_at_load_naming_file_line_and_field(
    tmp_path: Path, source: str, line: int, words: str
) -> None:
    forms = _forms(tmp_path, source)
    templates = LetterTemplates(forms)
    with pytest.raises(TemplateProblem) as caught:
        templates.check("letters/acknowledgement.ja.j2")  # no letter data involved
    message = str(caught.value)
    assert str(forms / "letters" / "acknowledgement.ja.j2") in message
    assert f"line {line}" in message
    assert words in message
    with pytest.raises(TemplateProblem):  # and so does setting a letter with it
        render_letter(letter(LetterKind.ACKNOWLEDGEMENT, "ja"), forms=forms)


def test_a_correct_small_template_renders(tmp_path: Path) -> None:
    forms = _forms(
        tmp_path,
        "@recipient\n# {{ d.recipient.name }}　様\n@body\n# 試験の通知\n{{ d.reference }}\n",
    )
    pdf = render_letter(letter(LetterKind.ACKNOWLEDGEMENT, "ja"), forms=forms)
    text = squeeze(text_of(pdf))
    assert "試験の通知" in text and "2026-0123" in text


def test_editable_parts_are_listed_with_their_defaults() -> None:
    data = letter(LetterKind.MISSING_DOCUMENTS, "ja")
    parts = {p.name: p.default for p in editable_parts(data)}
    assert set(parts) == {"pending", "closing"}
    assert parts["closing"].startswith("　ご不明な点がございましたら")
    assert "回答を保留" in parts["pending"]
    english = {p.name for p in editable_parts(letter(LetterKind.NON_DISCLOSURE, "en"))}
    assert english == {"closing"}


def test_an_override_replaces_the_default_wording() -> None:
    data = letter(
        LetterKind.ACKNOWLEDGEMENT,
        "ja",
        overrides={"closing": "試験の結びの文です。\n\n二段落目です。"},
    )
    text = squeeze(text_of(render_letter(data)))
    assert "試験の結びの文です。" in text and "二段落目です。" in text
    assert "ご不明な点がございましたら" not in text


def test_an_override_cannot_make_markup() -> None:
    data = letter(LetterKind.ACKNOWLEDGEMENT, "ja", overrides={"body": "# 偽の題\n- 偽の項目"})
    parsed = markup.parse(fill(data), language="ja")
    assert [b.text for b in parsed.body if b.kind == "title"] == [data.kind.title_ja]
    assert any(b.kind == "paragraph" and b.text == "# 偽の題- 偽の項目" for b in parsed.body)


def test_an_override_for_a_part_the_letter_lacks_is_refused() -> None:
    data = letter(LetterKind.CORRECTION, "en", overrides={"colsing": "x"})
    with pytest.raises(InvalidInput, match="colsing"):
        render_letter(data)


def test_typed_line_breaks_cannot_start_markup() -> None:
    data = letter(LetterKind.NON_DISCLOSURE, "ja")
    tricky = dataclasses.replace(data.decisions[0], explanation="説明\n# 偽の題\n@body")
    parsed = markup.parse(fill(dataclasses.replace(data, decisions=(tricky,))), language="ja")
    assert [b.text for b in parsed.body if b.kind == "title"] == [data.kind.title_ja]


def test_markup_is_parsed_as_documented() -> None:
    text = (
        "@recipient\n〒617-0002\n# 試験　花子　様\n@reference\n番号\n@sender\n会社\n@body\n"
        "# 題\n## 見出し\n一行目\n二行目\n\n= 記\n> 以上\n< 署名\n- 項目\n  - 下位\n10. 十番目\n"
        "| 受付番号 | 2026-0123\n| 日付 | 令和8年\n\n| 別 | 表\n\\# 文字どおり\n"
    )
    m = markup.parse(text, language="ja")
    assert [b.kind for b in m.recipient] == ["line", "strong"]
    assert [(b.kind, b.text) for b in m.body] == [
        ("title", "題"), ("heading", "見出し"), ("paragraph", "一行目二行目"), ("centre", "記"),
        ("right", "以上"), ("left", "署名"), ("item", "項目"), ("item", "下位"),
        ("item", "十番目"), ("row", "2026-0123"), ("row", "令和8年"), ("row", "表"),
        ("paragraph", "# 文字どおり"),
    ]  # fmt: skip
    rows = [b for b in m.body if b.kind == "row"]
    assert rows[0].group == rows[1].group != rows[2].group
    assert [b.level for b in m.body if b.kind == "item"] == [0, 1, 0]
    with pytest.raises(TemplateProblem, match="@footer"):
        markup.parse("@footer\n", language="ja")
    with pytest.raises(TemplateProblem, match="before the first section"):
        markup.parse("text\n", language="ja")


@pytest.mark.parametrize("kind", list(LetterKind), ids=str)
def test_the_japanese_and_english_letters_offer_the_same_editable_parts(kind: LetterKind) -> None:
    from privacy_desk.letters.templates import editable_parts

    from .samples import letter as sample

    names = {
        language: [part.name for part in editable_parts(sample(kind, language))]
        for language in ("ja", "en")
    }
    assert names["ja"] == names["en"] and names["ja"]
