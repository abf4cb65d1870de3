"""The one folding function: case, Latin diacritics, punctuation; other scripts intact."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asean_coop._text import LATIN_LETTERS, search_key, tokens


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Phạm Duy Bình", "pham duy binh"),
        ("PHAM DUY BINH", "pham duy binh"),
        ("pham duy binh", "pham duy binh"),
        ("Phạm  Duy-Bình,", "pham duy binh"),
        ("ĐẶNG THỊ NGỌC THỊNH", "dang thi ngoc thinh"),
        ("Nguyễn Phú Trọng", "nguyen phu trong"),
        ("Ørsted", "orsted"),
        ("Ǿrsted", "orsted"),  # a mark on a table letter: stripped, then mapped
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("İstanbul", "istanbul"),
        ("\u0131spanak", "ispanak"),  # dotless i
        ("Œuvre", "oeuvre"),
        ("José María Peña", "jose maria pena"),
        ("Xi'an", "xi an"),
        ("CAFTA 3.0", "cafta 3 0"),
        ("  \t\n ", ""),
        ("!!!", ""),
        ("", ""),
        ("e\u0301", "e"),  # a decomposed accent
        ("\u0301abc", "abc"),  # a mark with no letter before it
    ],
)
def test_search_key(text: str, key: str) -> None:
    assert search_key(text) == key


# Names in scripts whose marks are vowels and tones: they must survive folding.
NON_LATIN = [
    "สมชาย ใจดี",  # Thai
    "ວົງປານໍ ສີປະເສີດ",  # Lao
    "តាំង សុខង៉ន",  # Khmer
    "ယဉ်မျိုးခိုင်",  # Burmese
]


@pytest.mark.parametrize("text", NON_LATIN)
def test_marks_of_thai_lao_khmer_and_burmese_are_kept(text: str) -> None:
    assert search_key(text) == unicodedata.normalize("NFC", text)
    assert any(unicodedata.category(c).startswith("M") for c in search_key(text))


def test_latin_marks_go_but_others_stay_in_one_string() -> None:
    assert search_key("Phạm สมชาย Bình") == "pham สมชาย binh"


def test_cyrillic_and_greek_keep_their_marks() -> None:
    # Only Latin letters lose marks; a stress mark on Cyrillic is not ours to drop.
    assert search_key("Москва\u0301") == "москва\u0301"


def test_the_letter_table_is_lower_case_and_maps_to_ascii() -> None:
    for letter, plain in LATIN_LETTERS.items():
        assert letter == letter.casefold() or letter == "ß"
        assert plain.isascii()
        assert search_key(letter.upper()) == plain


def test_tokens() -> None:
    assert tokens("Binh, Phạm") == ("binh", "pham")
    assert tokens(" - ") == ()


# -- properties ---------------------------------------------------------------------------

VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
PLAIN_OF = {c: unicodedata.normalize("NFD", c)[0] for c in VIETNAMESE if c != "đ"} | {"đ": "d"}
latin_text = st.text(string.ascii_letters + VIETNAMESE + VIETNAMESE.upper() + " -,.", max_size=40)


@settings(max_examples=200)
@given(latin_text)
def test_case_and_vietnamese_diacritics_do_not_matter(text: str) -> None:
    plain = "".join(PLAIN_OF.get(c, c) for c in text.lower())
    assert search_key(text) == search_key(text.upper()) == search_key(text.lower())
    assert search_key(text) == search_key(plain)
    assert search_key(text).isascii()


@settings(max_examples=200)
@given(st.text(max_size=40))
def test_folding_is_idempotent_and_tidy(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key
    assert key == key.strip()
    assert "  " not in key
    assert unicodedata.is_normalized("NFC", key)
    assert tokens(text) == tuple(key.split())


def _cluster(block: range) -> st.SearchStrategy[str]:
    chars = [chr(c) for c in block if unicodedata.category(chr(c)) not in ("Cn",)]
    bases = [c for c in chars if unicodedata.category(c) == "Lo"]
    marks = [c for c in chars if unicodedata.category(c) in ("Mn", "Mc")]
    return st.tuples(st.sampled_from(bases), st.lists(st.sampled_from(marks), max_size=2)).map(
        lambda pair: pair[0] + "".join(pair[1])
    )


SCRIPTS = {
    "thai": range(0x0E00, 0x0E80),
    "lao": range(0x0E80, 0x0F00),
    "khmer": range(0x1780, 0x17E0),
    "myanmar": range(0x1000, 0x1050),
}


@settings(max_examples=50)
@given(
    st.sampled_from(sorted(SCRIPTS)).flatmap(
        lambda name: st.lists(
            st.lists(_cluster(SCRIPTS[name]), min_size=1, max_size=4).map("".join),
            min_size=1,
            max_size=3,
        ).map(" ".join)
    )
)
def test_words_of_southeast_asian_scripts_come_through_whole(text: str) -> None:
    assert search_key(text) == unicodedata.normalize("NFC", text)


def test_written_out_ascii_classes_match_the_string_module() -> None:
    import string

    from asean_coop import _text

    assert string.punctuation == _text._ASCII_PUNCTUATION
    assert string.whitespace == _text._ASCII_WHITESPACE
