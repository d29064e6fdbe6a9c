"""Comparing what staff re-keyed off an identity document with the request form.

Names and addresses are compared in the search's folded form (``search.fold``: NFKC,
case, katakana as hiragana, spaces and dashes dropped), after folding a few old-style
kanji (髙 = 高) and, for addresses, writing the block numbers one way (1丁目2番3号 = 1-2-3).
Names in Latin letters (passports, residence cards) are compared with the reading in kana
romanised the passport's way, long vowels and "oh" written either way.
"""

from __future__ import annotations

import re
import unicodedata

from privacy_desk.domain.search import fold

_VARIANTS = str.maketrans(
    "髙﨑嵜濵濱邊邉齋齊澤櫻國嶋嶌德廣龍壽眞惠榮實與藏彌冨𠮷舘槇曻穗瀨黑兒",
    "高崎崎浜浜辺辺斎斉沢桜国島島徳広竜寿真恵栄実与蔵弥富吉館槙昇穂瀬黒児",
)
_SMALL_KANA = str.maketrans("ゖゕ", "けか")  # ヶ/ヵ fold to ゖ/ゕ: 霞ヶ関 = 霞ケ関


def _fold(text: str) -> str:
    return fold(unicodedata.normalize("NFKC", text).translate(_VARIANTS)).translate(_SMALL_KANA)


_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
#: Kanji numerals where a block number stands (before 丁目, 番, 号, の, a dash, a space, a digit
#: or the end), so that place names such as 千代田 or 三条 are left as they are.
_KANJI_NUMBER = re.compile(r"[〇零一二三四五六七八九十百千]+(?=丁目|番|号|の|[-‐‑−ー\s\d]|$)")


def _kanji_number(run: str) -> str:
    """``三`` → 3, ``二十三`` → 23, ``百五`` → 105, ``二〇三`` → 203."""
    if not any(c in _KANJI_UNITS for c in run):
        return "".join(str(_KANJI_DIGITS[c]) for c in run)
    total, digit = 0, None
    for c in run:
        if c in _KANJI_UNITS:
            total += (1 if digit is None else digit) * _KANJI_UNITS[c]
            digit = None
        else:
            digit = _KANJI_DIGITS[c]
    return str(total + (digit or 0))


_POSTAL_CODE = re.compile(r"^\s*(?:〒\s*)?\d{3}\s*[-‐‑−ー]\s*\d{4}(?!\d)|^\s*〒\s*\d{7}(?!\d)")
_ADDRESS_STEPS = (
    (re.compile(r"(?<=\d)\s*[-‐‑‒–—―−ーｰ]\s*(?=\d)"), "-"),  # 1ー2−3 → 1-2-3
    (re.compile(r"(\d+)\s*丁目\s*"), r"\1-"),
    (re.compile(r"(\d+)\s*番地?\s*(?:の\s*)?"), r"\1-"),
    (re.compile(r"(\d+)\s*号室"), r"\1"),
    (re.compile(r"(\d+)\s*号"), r"\1-"),
    (re.compile(r"(\d+)\s*の\s*(?=\d)"), r"\1-"),  # 12の3
    (re.compile(r"(?<=\d)\s+(?=\d)"), "-"),  # 1-2-3 101
    (re.compile(r"-+"), "-"),
    (re.compile(r"(?<!\d)-|-(?!\d)"), ""),  # only between numbers
)
_PREFECTURE = re.compile(r"^(?:東京都|北海道|京都府|大阪府|[^\d\-]{2,3}県)")


def normalize_address(text: str) -> str:
    """The comparable form of an address.

    ``〒617-0002 京都府向日市寺戸町一丁目2番地3号`` and ``京都府向日市寺戸町1-2-3``
    both give ``京都府向日市寺戸町1-2-3``. A leading postal code is dropped;
    kanji numerals standing for block numbers become digits (三丁目, 二十三番地,
    一の二; not 三条 or 千代田); 丁目, 番(地), 号 and の between numbers become
    one hyphen; 号室 and spaces before a room number fold away; the rest is
    folded like a search text (width, case, katakana, spaces), with old-style
    kanji (髙, 﨑, 澤…) and ヶ/ケ alike.
    """
    text = _POSTAL_CODE.sub("", unicodedata.normalize("NFKC", text))
    text = _KANJI_NUMBER.sub(lambda m: _kanji_number(m.group()), text)
    for pattern, replacement in _ADDRESS_STEPS:
        text = pattern.sub(replacement, text)
    return _fold(text.replace("-", "#")).replace("#", "-")


def addresses_match(on_document: str, on_form: str) -> bool:
    """Same address once normalised; a prefecture written on one side only is forgiven."""
    a, b = normalize_address(on_document), normalize_address(on_form)
    if not a or not b:
        return False
    if a == b:
        return True
    a_bare, b_bare = _PREFECTURE.sub("", a), _PREFECTURE.sub("", b)
    return (a_bare == a) != (b_bare == b) and a_bare == b_bare


_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろ"
    "わゐゑをんがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔぁぃぅぇぉゎ"
)
_HEPBURN = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa i e o n ga gi gu ge go za ji zu ze zo da ji zu "
    "de do ba bi bu be bo pa pi pu pe po vu a i u e o wa"
)
_ROMAJI = dict(zip(_KANA, _HEPBURN.split(), strict=True))
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_SMALL_VOWELS = "ぁぃぅぇぉ"


def _romanize(kana: str) -> str | None:
    """Hepburn as Japanese passports write it, from hiragana; None for anything else."""
    out: list[str] = []
    double = False
    for c in kana:
        if c == "っ":
            double = True
            continue
        if c == "ー":
            if out:
                out.append(out[-1][-1])
            continue
        if c in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) > 1:
            base = out.pop()
            stem = base[:-1] if base[:-1].endswith(("sh", "ch", "j")) else base[:-1] + "y"
            out.append(stem + _SMALL_Y[c])
            continue
        if c in _SMALL_VOWELS and out and out[-1][-1] in "aiueo":
            base = out.pop()
            stem = "w" if base == "u" else base[:-1]
            out.append(stem + _ROMAJI[c])
            continue
        syllable = _ROMAJI.get(c)
        if syllable is None:
            return None
        if double:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double = False
        out.append(syllable)
    return "".join(out)


_LONG_VOWELS = ((re.compile(r"m(?=[bmp])"), "n"), (re.compile(r"oh(?![aeiouy])"), "o"),
                (re.compile(r"ou"), "o"), (re.compile(r"([aeiou])\1+"), r"\1"))  # fmt: skip
_NOT_LATIN = re.compile(r"[^a-z]")


def _latin_tokens(text: str) -> list[str] | None:
    """The words of a name as passport-style Latin skeletons; None if it is not kana/Latin."""
    words = unicodedata.normalize("NFKC", text).replace(",", " ").split()
    tokens: list[str] = []
    for word in words:
        folded = _fold(word).replace("'", "").replace(".", "")
        latin = folded if not _NOT_LATIN.search(folded) else _romanize(folded)
        if latin is None:
            return None
        for pattern, replacement in _LONG_VOWELS:
            latin = pattern.sub(replacement, latin)
        tokens.append(latin)
    return tokens or None


def _is_latin(text: str) -> bool:
    folded = _fold(text)
    return bool(folded) and not _NOT_LATIN.search(
        folded.replace("'", "").replace(".", "").replace(",", "")
    )


def names_match(on_document: str, on_form: str, form_kana: str = "") -> bool | None:
    """Whether a name re-keyed off a document is the name on the form.

    True or False; None when they cannot be compared: a Latin name on one side, and
    on the other a name in kanji with no reading in kana to romanise.
    """
    if _fold(on_document) == _fold(on_form):
        return True
    if form_kana and _fold(on_document) == _fold(form_kana):
        return True
    if not _is_latin(on_document) and not _is_latin(on_form):
        return False
    doc_tokens = _latin_tokens(on_document)
    form_tokens = _latin_tokens(on_form) or (_latin_tokens(form_kana) if form_kana else None)
    if doc_tokens is None or form_tokens is None:
        return None
    return (
        sorted(doc_tokens) == sorted(form_tokens)
        or "".join(doc_tokens) == "".join(form_tokens)
        or "".join(doc_tokens) == "".join(reversed(form_tokens))
    )
