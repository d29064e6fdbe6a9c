"""The letter's geometry lives in forms/letters/layout.toml, which the office may edit."""

from __future__ import annotations

import shutil
from dataclasses import fields
from pathlib import Path

import pytest

from privacy_desk.domain.letters import LetterKind
from privacy_desk.letters.layout import (
    DEFAULT_LAYOUT,
    LAYOUT_FILE,
    Layout,
    LayoutProblem,
    layout_for,
    load_layout,
)
from privacy_desk.letters.render import render_letter, window_rect
from privacy_desk.letters.templates import default_forms_dir

from .pdftext import fragments
from .samples import letter


def test_the_shipped_file_states_every_value_in_use() -> None:
    path = default_forms_dir() / LAYOUT_FILE
    text = path.read_text(encoding="utf-8")
    assert load_layout(path) == DEFAULT_LAYOUT  # the file documents what letters use
    for field in fields(Layout):
        assert f"\n{field.name} =" in text, field.name


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("window_top = 14\nwindow_topp = 20\n", "line 2: there is no layout value 'window_topp'"),
        ("window_left = 'left'\n", "line 1: 'window_left' must be a number of millimetres"),
        ("\n\nmargin_bottom = 2\n", "line 3: 'margin_bottom' must lie between 10 and 60 mm"),
        ("sender_top = 12\nreference_top = 15\n", "'sender_top' must lie below 'reference_top'"),
        ("window_top = = 3\n", "layout.toml"),
    ],
)
def test_a_wrong_layout_is_refused_naming_the_file_line_and_key(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "layout.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LayoutProblem) as refused:
        load_layout(path)
    assert str(path) in str(refused.value) and message in str(refused.value)


def _recipient_top(pdf: bytes) -> float:
    (first, *_rest) = fragments(pdf)
    return max(f.rect.top for f in first if "〒" in f.text)


def test_moving_the_window_in_the_file_moves_the_address(tmp_path: Path) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(default_forms_dir(), forms)
    data = letter(LetterKind.ACKNOWLEDGEMENT, "ja")
    before = _recipient_top(render_letter(data, forms=forms))
    layout_file = forms / LAYOUT_FILE
    layout_file.write_text(
        layout_file.read_text(encoding="utf-8").replace("window_top = 14", "window_top = 34"),
        encoding="utf-8",
    )
    moved = layout_for(forms)
    assert moved.window_top == 34
    after = _recipient_top(render_letter(data, forms=forms))
    assert before - after == pytest.approx(20 * 72 / 25.4, abs=0.5)  # 20 mm lower
    assert window_rect(moved).top < window_rect().top
