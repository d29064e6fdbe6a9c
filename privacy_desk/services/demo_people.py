"""Generator of SYNTHETIC Japanese people for demo and test data.

Everything this module produces is invented.  No record describes a real person:

* names are random combinations of common surnames and common given names;
* addresses combine a real municipality and town name (public geography) with
  random block, lot and room numbers;
* postal codes use the real 3-digit prefix of the municipality (and, where known,
  the real code of the town) so that address forms validate;
* telephone numbers use the real area code of the municipality, but the
  subscriber digits are random;
* e-mail addresses only use the domains reserved for documentation by RFC 2606
  (``example.com``, ``example.net``, ``example.org``);
* agent offices and their registration numbers are invented.

All randomness comes from an explicit :class:`random.Random` passed in by the
caller, so the same seed always yields the same people.  The module keeps no
global random state.

The hot path (:func:`make_person`) only does table look-ups, a handful of
``rng`` calls and string concatenation: every pool, romanisation and format
string is prepared once at import time.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final, Literal

__all__ = [
    "AGENT_OFFICE_NAMES",
    "EMAIL_DOMAINS",
    "GIVEN_NAMES",
    "MUNICIPALITIES",
    "SURNAMES",
    "GivenName",
    "Municipality",
    "Sex",
    "Surname",
    "SyntheticPerson",
    "Town",
    "age_on",
    "make_agent_office",
    "make_minor",
    "make_person",
    "romanise",
]

Sex = Literal["female", "male"]

NAME_SEPARATOR: Final = "\u3000"  # full-width space between surname and given name
EMAIL_DOMAINS: Final[tuple[str, ...]] = ("example.com", "example.net", "example.org")

_MOBILE_PROBABILITY: Final = 0.20
_EMAIL_PROBABILITY: Final = 0.50
_APARTMENT_PROBABILITY: Final = 0.30
_BANCHI_ONLY_PROBABILITY: Final = 0.25
_OTHER_GENERATION_PROBABILITY: Final = 0.15
_MINOR_AGE_LIMIT: Final = 18
_MIN_PARENT_AGE_AT_BIRTH: Final = 16


# ---------------------------------------------------------------------------
# Romanisation (Hepburn, passport style: long vowels ou/oo/uu collapsed)
# ---------------------------------------------------------------------------

_KANA_ROMAJI: Final[dict[str, str]] = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo",
    "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ン": "n",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go",
    "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "ヴ": "vu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
}  # fmt: skip
_SMALL_Y: Final[dict[str, str]] = {"ャ": "a", "ュ": "u", "ョ": "o"}
_VOWELS: Final = frozenset("aiueo")


def _collapse_long_vowels(text: str) -> str:
    """Drop the second vowel of ``ou``/``oo``/``uu`` unless a vowel follows (サトウ → sato)."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        out.append(ch)
        if (
            ch in "ou"
            and i + 1 < n
            and text[i + 1] in ("u" if ch == "u" else "ou")
            and (i + 2 >= n or text[i + 2] not in _VOWELS)
        ):
            i += 2
            continue
        i += 1
    return "".join(out)


def romanise(kana: str) -> str:
    """Romanise a katakana word (Hepburn, long vowels dropped as in passports).

    Only meant for the readings in this module's pools; unknown characters are
    skipped.  Not used on the hot path (results are precomputed at import).
    """
    syllables: list[str] = []
    geminate = False
    i = 0
    n = len(kana)
    while i < n:
        ch = kana[i]
        i += 1
        if ch == "ッ":
            geminate = True
            continue
        if ch == "ー":
            continue
        roma = _KANA_ROMAJI.get(ch)
        if roma is None:
            continue
        if i < n and kana[i] in _SMALL_Y and roma.endswith("i") and len(roma) > 1:
            stem = roma[:-1]
            roma = (
                stem + _SMALL_Y[kana[i]]
                if stem in ("sh", "ch", "j")
                else stem + "y" + _SMALL_Y[kana[i]]
            )
            i += 1
        if geminate:
            roma = ("t" if roma.startswith("ch") else roma[0]) + roma
            geminate = False
        syllables.append(roma)
    return _collapse_long_vowels("".join(syllables))


# ---------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Surname:
    kanji: str
    kana: str
    romaji: str


@dataclass(frozen=True, slots=True)
class GivenName:
    kanji: str
    kana: str
    romaji: str
    sex: Sex
    generation: int  # 0: typical before 1960, 1: 1960-1984, 2: 1985 onwards


# "kanji kana" pairs, roughly in order of frequency; a few Kansai-typical ones at the end.
_SURNAME_TABLE: Final = """
佐藤 サトウ 鈴木 スズキ 高橋 タカハシ 田中 タナカ 伊藤 イトウ 渡辺 ワタナベ
山本 ヤマモト 中村 ナカムラ 小林 コバヤシ 加藤 カトウ 吉田 ヨシダ 山田 ヤマダ
佐々木 ササキ 山口 ヤマグチ 松本 マツモト 井上 イノウエ 木村 キムラ 林 ハヤシ
斎藤 サイトウ 清水 シミズ 山崎 ヤマザキ 森 モリ 池田 イケダ 橋本 ハシモト
阿部 アベ 石川 イシカワ 山下 ヤマシタ 中島 ナカジマ 石井 イシイ 小川 オガワ
前田 マエダ 岡田 オカダ 長谷川 ハセガワ 藤田 フジタ 後藤 ゴトウ 近藤 コンドウ
村上 ムラカミ 遠藤 エンドウ 青木 アオキ 坂本 サカモト 斉藤 サイトウ 福田 フクダ
太田 オオタ 西村 ニシムラ 藤井 フジイ 金子 カネコ 岡本 オカモト 藤原 フジワラ
中野 ナカノ 三浦 ミウラ 原田 ハラダ 中川 ナカガワ 松田 マツダ 竹内 タケウチ
小野 オノ 田村 タムラ 中山 ナカヤマ 和田 ワダ 石田 イシダ 森田 モリタ
上田 ウエダ 原 ハラ 内田 ウチダ 柴田 シバタ 酒井 サカイ 宮崎 ミヤザキ
横山 ヨコヤマ 高木 タカギ 安藤 アンドウ 宮本 ミヤモト 大野 オオノ 小島 コジマ
谷口 タニグチ 今井 イマイ 工藤 クドウ 高田 タカダ 増田 マスダ 丸山 マルヤマ
杉山 スギヤマ 村田 ムラタ 大塚 オオツカ 平野 ヒラノ 北村 キタムラ 西田 ニシダ
辻 ツジ 奥村 オクムラ 服部 ハットリ
"""

# "kanji kana sex generation" (f/m; 0 = born before 1960, 1 = 1960-1984, 2 = 1985+).
_GIVEN_NAME_TABLE: Final = """
恵子 ケイコ f 0   和子 カズコ f 0   幸子 サチコ f 0   節子 セツコ f 0
洋子 ヨウコ f 0   京子 キョウコ f 0 美智子 ミチコ f 0 久美子 クミコ f 0
典子 ノリコ f 0   悦子 エツコ f 0
由美子 ユミコ f 1 直美 ナオミ f 1   裕子 ユウコ f 1   真由美 マユミ f 1
智子 トモコ f 1   恵美 エミ f 1     麻衣 マイ f 1     香織 カオリ f 1
美穂 ミホ f 1     綾 アヤ f 1
陽菜 ヒナ f 2     結衣 ユイ f 2     美咲 ミサキ f 2   桜 サクラ f 2
葵 アオイ f 2     凛 リン f 2       結菜 ユイナ f 2   莉子 リコ f 2
七海 ナナミ f 2   彩花 アヤカ f 2   美羽 ミウ f 2     紬 ツムギ f 2
和夫 カズオ m 0   茂 シゲル m 0     勇 イサム m 0     清 キヨシ m 0
博 ヒロシ m 0     実 ミノル m 0     進 ススム m 0     正男 マサオ m 0
昭 アキラ m 0     隆 タカシ m 0
健一 ケンイチ m 1 大輔 ダイスケ m 1 誠 マコト m 1     浩二 コウジ m 1
直樹 ナオキ m 1   哲也 テツヤ m 1   剛 ツヨシ m 1     拓也 タクヤ m 1
和也 カズヤ m 1   達也 タツヤ m 1
翔太 ショウタ m 2 蓮 レン m 2       大翔 ヒロト m 2   悠真 ユウマ m 2
湊 ミナト m 2     陽翔 ハルト m 2   颯太 ソウタ m 2   樹 イツキ m 2
健太 ケンタ m 2   悠斗 ユウト m 2   拓海 タクミ m 2   一輝 カズキ m 2
"""


def _parse_surnames(table: str) -> tuple[Surname, ...]:
    tokens = table.split()
    return tuple(
        Surname(kanji, kana, romanise(kana))
        for kanji, kana in zip(tokens[0::2], tokens[1::2], strict=True)
    )


def _parse_given_names(table: str) -> tuple[GivenName, ...]:
    tokens = table.split()
    names: list[GivenName] = []
    for i in range(0, len(tokens), 4):
        kanji, kana, sex_code, generation = tokens[i : i + 4]
        sex: Sex = "female" if sex_code == "f" else "male"
        names.append(GivenName(kanji, kana, romanise(kana), sex, int(generation)))
    return tuple(names)


SURNAMES: Final[tuple[Surname, ...]] = _parse_surnames(_SURNAME_TABLE)
GIVEN_NAMES: Final[tuple[GivenName, ...]] = _parse_given_names(_GIVEN_NAME_TABLE)


# ---------------------------------------------------------------------------
# Municipality pool
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    chome: int  # highest 丁目 number, 0 when the town has no 丁目
    postal_code: str  # 7 digits: the real code where known, else a stable synthetic one


@dataclass(frozen=True, slots=True)
class Municipality:
    prefecture: str
    city: str  # city / ward / town, including 郡 where needed ("乙訓郡大山崎町")
    postal_prefix: str  # real 3-digit prefix of the area
    area_code: str  # real telephone area code ("075", "06", "0774")
    exchange_leads: tuple[str, ...]  # leading digits of local exchanges used in the area
    weight: int  # relative frequency in generated data
    towns: tuple[Town, ...]


# prefecture | city | postal code lead (the real 3-digit prefix plus the digits typical of the
# area, e.g. 8 for most of Kyoto City; the rest is derived from the town name)
# | area code | exchange leads ("-" = any of 2-8) | weight | towns
# Town tokens: "name", "name:N" (has 1..N 丁目), "name=NNNN" (real last 4 postal digits).
# A line starting with "+" continues the town list of the previous line.
_MUNICIPALITY_TABLE: Final = """
京都府|向日市|6170|075|92 93|16|寺戸町=0002 森本町=0003 鶏冠井町=0004
+ 上植野町=0006 物集女町=0001 向日町=0005
京都府|長岡京市|61708|075|95|7|天神:5 開田:4 長岡:3 神足:2 今里:5 友岡:4
京都府|乙訓郡大山崎町|61801|075|95|2|字大山崎 字円明寺 字下植野
京都府|京都市中京区|6048|075|-|4|西ノ京円町 西ノ京原町 壬生森町 聚楽廻松下町
京都府|京都市下京区|6008|075|-|3|東塩小路町 中堂寺南町 朱雀宝蔵町 西七条南中野町
京都府|京都市右京区|6168|075|-|3|太秦多藪町 嵯峨野有栖川町 花園寺ノ中町 鳴滝音戸山町
京都府|京都市西京区|6158|075|-|4|川島北裏町 上桂森下町 下津林芝ノ宮町 樫原秤谷町
京都府|京都市伏見区|6128|075|-|4|深草西浦町 桃山町泰長老 竹田向代町 向島二ノ丸町
京都府|京都市左京区|6068|075|-|3|下鴨本町 北白川別当町 田中里ノ前町 一乗寺塚本町 岩倉長谷町
京都府|京都市北区|6038|075|-|2|紫野東御所田町 小山下総町 上賀茂本山 衣笠天神森町
京都府|京都市南区|6018|075|-|3|東九条上殿田町 吉祥院石原町 久世築山町 唐橋川久保町
京都府|京都市山科区|6078|075|-|2|椥辻池尻町 竹鼻竹ノ街道町 勧修寺東北出町 御陵大津畑町
京都府|宇治市|6110|0774|2 3 4|4|小倉町 大久保町 木幡 伊勢田町 槇島町 宇治
京都府|城陽市|6100|0774|5|2|寺田 富野 久世 平川
京都府|八幡市|6140|075|98|2|八幡 男山 橋本 川口
京都府|京田辺市|6100|0774|6|2|田辺 河原 三山木 大住
京都府|亀岡市|6210|0771|2|2|篠町 大井町 千代川町 余部町 古世町
京都府|木津川市|6190|0774|7|2|木津 州見台:8 梅美台:8 相楽
京都府|福知山市|6200|0773|2|1|駅前町 篠尾新町 土師 石原
大阪府|大阪市北区|53000|06|6 4|3|梅田:3 天神橋:8 中崎:3 芝田:2 豊崎:6 天満:4
大阪府|大阪市中央区|54000|06|6 4|2|谷町:9 森ノ宮中央:2 大手前:4 内久宝寺町:4
大阪府|大阪市淀川区|53200|06|6 4|2|西中島:7 十三本町:3 宮原:5 三国本町:3 木川東:4
大阪府|大阪市阿倍野区|54500|06|6|2|阿倍野筋:5 昭和町:5 王子町:4 文の里:4
大阪府|豊中市|5600|06|6|2|上野東:3 新千里東町:3 東豊中町:6 本町:9
大阪府|吹田市|5640|06|6|2|江坂町:5 豊津町 垂水町:3 片山町:4
大阪府|高槻市|5690|072|6|3|城北町:2 芥川町:4 富田町:6 上田辺町
大阪府|枚方市|5730|072|8|2|大垣内町:3 岡東町 香里ケ丘:12 楠葉花園町
大阪府|堺市堺区|5900|072|2|2|南瓦町 大浜北町:3 熊野町東:5 中之町東:4
大阪府|東大阪市|5770|06|67|2|永和:3 小阪:3 足代新町 菱屋西:6
大阪府|茨木市|5670|072|6|2|春日:5 舟木町 中穂積:3 別院町
兵庫県|神戸市中央区|6500|078|3|2|三宮町:3 元町通:7 栄町通:7 下山手通:9
兵庫県|神戸市東灘区|6580|078|8 4|1|住吉本町:3 御影本町:8 岡本:9 魚崎北町:8
兵庫県|西宮市|6620|0798|3 2|2|与古道町 高松町 用海町 松原町
兵庫県|尼崎市|6600|06|64 65|1|昭和通:9 東難波町:5 西難波町:6 建家町
滋賀県|大津市|5200|077|5|3|京町:4 浜大津:5 におの浜:4 瀬田:5 坂本:8
滋賀県|草津市|5250|077|5|2|草津:3 野路:9 南草津:5 矢橋町
奈良県|奈良市|6300|0742|3 4|2|三条町 西大寺東町:2 学園北:2 富雄元町:4 大宮町:7
奈良県|生駒市|6300|0743|7|1|東生駒:4 谷田町 北新町
東京都|千代田区|10200|03|3 5 6|1|麹町:6 一番町 三番町 九段南:4 富士見:2 飯田橋:4
東京都|新宿区|16900|03|3 5 6|1|高田馬場:4 大久保:3 百人町:4 北新宿:4 西早稲田:3
東京都|世田谷区|15400|03|3 5 6|2|太子堂:5 三軒茶屋:2 池尻:4 駒沢:5 弦巻:5 上馬:5
東京都|杉並区|16600|03|3 5 6|1|阿佐谷南:3 高円寺北:4 和田:3 梅里:2 成田東:5
東京都|江東区|13500|03|3 5 6|1|豊洲:6 東陽:7 木場:6 門前仲町:2
東京都|八王子市|1920|042|6|1|横山町 明神町:4 旭町 元本郷町:4
神奈川県|横浜市港北区|2220|045|5 4|1|大倉山:7 菊名:7 新横浜:3 篠原町
神奈川県|川崎市中原区|2110|044|7 4|1|小杉町:3 新丸子町 木月:4 今井南町
愛知県|名古屋市千種区|4640|052|7|1|今池:5 覚王山通:9 内山:3 春岡:2
福岡県|福岡市中央区|8100|092|7|1|天神:4 大名:2 赤坂:3 薬院:4 今泉:2
広島県|広島市中区|7300|082|2|1|紙屋町:2 八丁堀 大手町:5 本川町:3 舟入町
宮城県|仙台市青葉区|9800|022|2|1|一番町:4 国分町:3 本町:3 上杉:6 春日町
"""


def _stable_postal_code(postal_hint: str, key: str) -> str:
    """Fill ``postal_hint`` up to 7 digits with digits derived from ``key`` (stable across runs)."""
    missing = 7 - len(postal_hint)
    bound = 10**missing
    suffix = zlib.crc32(key.encode("utf-8")) % (bound - 1) + 1  # never all zeros
    return f"{postal_hint}{suffix:0{missing}d}"


def _parse_town(token: str, postal_hint: str, city_key: str) -> Town:
    if "=" in token:
        name, last4 = token.split("=")
        return Town(name, 0, postal_hint[:3] + last4)
    name, _, chome = token.partition(":")
    return Town(name, int(chome or 0), _stable_postal_code(postal_hint, city_key + name))


def _parse_municipalities(table: str) -> tuple[Municipality, ...]:
    rows: list[list[str]] = []
    for line in table.strip().splitlines():
        if line.startswith("+"):
            rows[-1][-1] += " " + line[1:]
        else:
            rows.append(line.split("|"))
    result: list[Municipality] = []
    for prefecture, city, postal, area, leads, weight, towns in rows:
        result.append(
            Municipality(
                prefecture=prefecture,
                city=city,
                postal_prefix=postal[:3],
                area_code=area,
                exchange_leads=() if leads == "-" else tuple(leads.split()),
                weight=int(weight),
                towns=tuple(_parse_town(t, postal, prefecture + city) for t in towns.split()),
            )
        )
    return tuple(result)


MUNICIPALITIES: Final[tuple[Municipality, ...]] = _parse_municipalities(_MUNICIPALITY_TABLE)


# ---------------------------------------------------------------------------
# Agent offices (invented names)
# ---------------------------------------------------------------------------

AGENT_OFFICE_NAMES: Final[tuple[str, ...]] = (
    "みなと法律事務所",
    "さくら司法書士事務所",
    "あおば総合法律事務所",
    "ひかり法律事務所",
    "かえで司法書士事務所",
    "つばさ行政書士事務所",
    "わかば法律事務所",
    "こもれび司法書士事務所",
    "せせらぎ総合法律事務所",
    "やまびこ行政書士事務所",
    "ことのは法律事務所",
    "ふたば司法書士事務所",
)


# ---------------------------------------------------------------------------
# Precomputed generation plans (import time)
# ---------------------------------------------------------------------------

_KANJI_DIGITS: Final = "〇一二三四五六七八九"


def _kanji_number(n: int) -> str:
    """1..99 as kanji numerals (一, 十, 十二, 二十三)."""
    tens, ones = divmod(n, 10)
    text = ""
    if tens:
        text = ("" if tens == 1 else _KANJI_DIGITS[tens]) + "十"
    if ones:
        text += _KANJI_DIGITS[ones]
    return text


@dataclass(frozen=True, slots=True)
class _TownPlan:
    base: str  # "京都府向日市寺戸町"
    chome_bases: tuple[str, ...]  # ("大阪府大阪市北区梅田一丁目", ...) or () without 丁目
    postal_code: str


@dataclass(frozen=True, slots=True)
class _MunicipalityPlan:
    towns: tuple[_TownPlan, ...]
    phone_prefixes: tuple[str, ...]  # "075-931-" ... every area code + exchange combination


def _phone_prefixes(m: Municipality) -> tuple[str, ...]:
    # Japanese landlines have 10 digits: area code + exchange + 4 subscriber digits.
    exchange_len = 10 - len(m.area_code) - 4
    leads = m.exchange_leads or tuple("2345678")
    prefixes: list[str] = []
    for lead in leads:
        rest = exchange_len - len(lead)
        prefixes.extend(f"{m.area_code}-{lead}{i:0{rest}d}-" for i in range(10**rest))
    return tuple(prefixes)


def _plan(m: Municipality) -> _MunicipalityPlan:
    towns = tuple(
        _TownPlan(
            base=m.prefecture + m.city + t.name,
            chome_bases=tuple(
                f"{m.prefecture}{m.city}{t.name}{_kanji_number(c)}丁目"
                for c in range(1, t.chome + 1)
            ),
            postal_code=t.postal_code,
        )
        for t in m.towns
    )
    return _MunicipalityPlan(towns, _phone_prefixes(m))


_WEIGHTED_PLANS: Final[tuple[_MunicipalityPlan, ...]] = tuple(
    plan for m in MUNICIPALITIES for plan in (_plan(m),) * m.weight
)

_SEX_INDEX: Final[dict[Sex, int]] = {"female": 0, "male": 1}
_SEXES: Final[tuple[Sex, Sex]] = ("female", "male")

# _GIVEN_POOLS[sex][generation] and _GIVEN_POOLS_WIDE[sex][generation] (including the
# neighbouring generations, for a little variety).
_GIVEN_POOLS: Final[tuple[tuple[tuple[GivenName, ...], ...], ...]] = tuple(
    tuple(tuple(g for g in GIVEN_NAMES if g.sex == sex and g.generation == gen) for gen in range(3))
    for sex in _SEXES
)
_GIVEN_POOLS_WIDE: Final[tuple[tuple[tuple[GivenName, ...], ...], ...]] = tuple(
    tuple(
        tuple(g for g in GIVEN_NAMES if g.sex == sex and abs(g.generation - gen) <= 1)
        for gen in range(3)
    )
    for sex in _SEXES
)

_MOBILE_PREFIXES: Final = ("090-", "090-", "080-", "080-", "070-")


def _generation(birth_year: int) -> int:
    if birth_year < 1960:
        return 0
    if birth_year < 1985:
        return 1
    return 2


def _add_years(d: date, years: int) -> date:
    """``d`` shifted by whole years (negative: back); Feb 29 maps to Feb 28 in common years."""
    year = d.year + years
    try:
        return d.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def age_on(birth_date: date, on: date) -> int:
    """Age in completed years on ``on`` (a Feb 29 birthday counts from Mar 1 in common years)."""
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


@lru_cache(maxsize=256)
def _birth_window(on: date, min_age: int, max_age: int) -> tuple[int, int]:
    """(first ordinal, number of days) of birth dates whose age on ``on`` is within bounds."""
    if min_age < 0 or max_age < min_age:
        raise ValueError(f"invalid age bounds: min_age={min_age}, max_age={max_age}")
    latest = _add_years(on, -min_age)
    earliest = _add_years(on, -(max_age + 1)) + timedelta(days=1)
    first = earliest.toordinal()
    return first, latest.toordinal() - first + 1


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyntheticPerson:
    name: str  # "佐藤　陽菜" (surname, U+3000, given name)
    name_kana: str  # "サトウ　ヒナ"
    sex: Sex
    birth_date: date
    postal_code: str  # "6170002": 7 digits, no hyphen
    address: str  # "京都府向日市寺戸町12-3" or "… 305号"
    phone: str  # "075-931-1234" or "090-1234-5678"
    email: str | None  # "hina.sato37@example.com" or None


def _pick_given(rng: random.Random, sex: Sex, birth_year: int) -> GivenName:
    pools = _GIVEN_POOLS_WIDE if rng.random() < _OTHER_GENERATION_PROBABILITY else _GIVEN_POOLS
    return rng.choice(pools[_SEX_INDEX[sex]][_generation(birth_year)])


def _make_address(rng: random.Random, plan: _MunicipalityPlan) -> tuple[str, str]:
    rand = rng.random
    town = rng.choice(plan.towns)
    ban = 1 + int(rand() * rand() * 45)  # skewed towards small block numbers
    go = 1 + int(rand() * 28)
    if town.chome_bases:
        address = f"{rng.choice(town.chome_bases)}{ban}-{go}"
    elif rand() < _BANCHI_ONLY_PROBABILITY:
        address = f"{town.base}{ban}番地"
    else:
        address = f"{town.base}{ban}-{go}"
    if rand() < _APARTMENT_PROBABILITY:
        floor = 1 + int(rand() * rand() * 14)
        address = f"{address} {floor}{1 + int(rand() * 9):02d}号"
    return address, town.postal_code


def _landline(rng: random.Random, plan: _MunicipalityPlan) -> str:
    return f"{rng.choice(plan.phone_prefixes)}{int(rng.random() * 10000):04d}"


def _mobile(rng: random.Random) -> str:
    rand = rng.random
    return f"{rng.choice(_MOBILE_PREFIXES)}{1000 + int(rand() * 9000)}-{int(rand() * 10000):04d}"


def _make_email(rng: random.Random, surname: Surname, given: GivenName, birth_year: int) -> str:
    s = surname.romaji
    g = given.romaji
    yy = birth_year % 100
    pattern = int(rng.random() * 6)
    if pattern == 0:
        local = f"{g}.{s}{10 + int(rng.random() * 90)}"
    elif pattern == 1:
        local = f"{s}.{g}"
    elif pattern == 2:
        local = f"{g[0]}{s}{yy:02d}"
    elif pattern == 3:
        local = f"{g}_{s}{1 + int(rng.random() * 999)}"
    elif pattern == 4:
        local = f"{s}{g}{yy:02d}"
    else:
        local = f"{g}{s[0]}{1 + int(rng.random() * 99)}"
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _compose(rng: random.Random, birth: date, *, adult: bool) -> SyntheticPerson:
    rand = rng.random
    sex = _SEXES[rand() < 0.5]
    given = _pick_given(rng, sex, birth.year)
    surname = rng.choice(SURNAMES)
    plan = rng.choice(_WEIGHTED_PLANS)
    address, postal_code = _make_address(rng, plan)
    email: str | None = None
    if adult:
        phone = _mobile(rng) if rand() < _MOBILE_PROBABILITY else _landline(rng, plan)
        if rand() < _EMAIL_PROBABILITY:
            email = _make_email(rng, surname, given, birth.year)
    else:  # a child is reached through the household landline
        phone = _landline(rng, plan)
    return SyntheticPerson(
        name=surname.kanji + NAME_SEPARATOR + given.kanji,
        name_kana=surname.kana + NAME_SEPARATOR + given.kana,
        sex=sex,
        birth_date=birth,
        postal_code=postal_code,
        address=address,
        phone=phone,
        email=email,
    )


def make_person(
    rng: random.Random, *, on: date, min_age: int = 18, max_age: int = 90
) -> SyntheticPerson:
    """A synthetic person aged ``min_age``..``max_age`` (inclusive) on ``on``.

    About 20 % get a mobile number instead of a landline and about half have no
    e-mail address.
    """
    first, span = _birth_window(on, min_age, max_age)
    birth = date.fromordinal(first + int(rng.random() * span))
    return _compose(rng, birth, adult=True)


def make_minor(
    rng: random.Random, *, on: date, surname_of: SyntheticPerson | None = None
) -> SyntheticPerson:
    """A synthetic minor (age 0..17 on ``on``) with no e-mail address.

    With ``surname_of`` (a parent or guardian) the minor takes that person's
    surname, postal code, address and telephone number, and is born at least
    16 years after that person when the dates allow it.  Without it the minor
    gets a household landline in a random municipality.
    """
    first, span = _birth_window(on, 0, _MINOR_AGE_LIMIT - 1)
    if surname_of is None:
        return _compose(rng, date.fromordinal(first + int(rng.random() * span)), adult=False)

    last = first + span - 1
    parent_floor = _add_years(surname_of.birth_date, _MIN_PARENT_AGE_AT_BIRTH).toordinal()
    first = min(max(first, parent_floor), last)
    birth = date.fromordinal(first + int(rng.random() * (last - first + 1)))
    sex = _SEXES[rng.random() < 0.5]
    given = _pick_given(rng, sex, birth.year)
    surname_kanji = surname_of.name.partition(NAME_SEPARATOR)[0]
    surname_kana = surname_of.name_kana.partition(NAME_SEPARATOR)[0]
    return SyntheticPerson(
        name=surname_kanji + NAME_SEPARATOR + given.kanji,
        name_kana=surname_kana + NAME_SEPARATOR + given.kana,
        sex=sex,
        birth_date=birth,
        postal_code=surname_of.postal_code,
        address=surname_of.address,
        phone=surname_of.phone,
        email=None,
    )


def make_agent_office(rng: random.Random) -> tuple[str, str]:
    """(invented office name, synthetic registration number such as "第12345号")."""
    return rng.choice(AGENT_OFFICE_NAMES), f"第{10000 + int(rng.random() * 90000)}号"
