"""Text keys for matching and sorting: case and (Latin) diacritic folding.

This is the one place where names are folded; queries, sorting and search all use
:func:`search_key`.

The folding is: NFC, then ``str.casefold``; combining marks are taken off Latin
letters only (``Phạm`` is ``pham``), and Latin letters that carry no combining mark in
Unicode (``đ``, ``ø``, ``ł`` ...) are mapped by an explicit table. Marks on letters of
other scripts are kept: in Thai, Lao, Khmer and Burmese they are vowels and tones,
part of the spelling. Punctuation, symbols and separators become spaces and runs of
spaces collapse, so ``"Pham Duy-Binh"`` and ``"pham duy binh"`` fold alike.

Each distinct character is classified once (Unicode category, and for letters whether
the Unicode name says LATIN); after that, folding a string is a dictionary lookup per
character, and ASCII text skips even that.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["MAX_CACHED_KEY", "search_key", "tokens"]

# Latin letters that carry no combining mark in NFD but are read as a plain letter.
# Keys are lower case: the table is applied after casefolding.
LATIN_LETTERS: dict[str, str] = {
    "đ": "d",
    "ð": "d",
    "ɖ": "d",
    "ɗ": "d",
    "ø": "o",
    "ł": "l",
    "ƚ": "l",
    "ŀ": "l",
    "ħ": "h",
    "\u0131": "i",  # dotless i
    "ɨ": "i",
    "ŧ": "t",
    "ƀ": "b",
    "ǥ": "g",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ĳ": "ij",
    "þ": "th",
}

# Character classes, decided once per distinct character.
_LATIN = 0  # a Latin letter (or any ASCII character): marks after it are dropped
_OTHER = 1  # a letter or digit of another script: marks after it are kept
_MARK = 2  # a combining mark (categories Mn, Mc, Me)
_SPACE = 3  # punctuation, symbol, separator or control: becomes a space

_CLASSES: dict[str, int] = {}
# ``string.punctuation`` and ``string.whitespace``, written out to spare an import.
_ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_ASCII_WHITESPACE = " \t\n\r\x0b\x0c"
_ASCII_SPACES = str.maketrans(
    dict.fromkeys(_ASCII_PUNCTUATION + _ASCII_WHITESPACE + "".join(map(chr, range(32))), " ")
    | {"\x7f": " "}
)


def _classify(char: str) -> int:
    category = unicodedata.category(char)
    if category[0] == "M":
        kind = _MARK
    elif category[0] in "PSZC":
        kind = _SPACE
    elif char.isascii() or "LATIN" in unicodedata.name(char, ""):
        kind = _LATIN
    else:
        kind = _OTHER
    _CLASSES[char] = kind
    return kind


def _fold_non_ascii(text: str) -> str:
    out: list[str] = []
    drop_marks = True  # a mark with no base letter before it is dropped too
    for char in unicodedata.normalize("NFD", text):
        kind = _CLASSES.get(char)
        if kind is None:
            kind = _classify(char)
        if kind == _MARK:
            if not drop_marks:
                out.append(char)
        elif kind == _SPACE:
            out.append(" ")
            drop_marks = True
        elif kind == _LATIN:
            out.append(LATIN_LETTERS.get(char, char))
            drop_marks = True
        else:
            out.append(char)
            drop_marks = False
    return unicodedata.normalize("NFC", "".join(out))


MAX_CACHED_KEY = 256
"""The longest text whose folded key :func:`search_key` remembers.

Folding is cached for the short texts that names and query words are (8,192 of them
at most); a longer text is folded each time and never kept, so callers' long keys
cannot fill memory. Fixed; changed in the source (see the limits page).
"""


@lru_cache(maxsize=8192)
def _cached_key(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold()
    folded = folded.translate(_ASCII_SPACES) if folded.isascii() else _fold_non_ascii(folded)
    return " ".join(folded.split())


def search_key(text: str) -> str:
    """Fold text for matching: NFC, casefold, Latin diacritics removed, spaces collapsed.

    Marks are taken off Latin letters only (and ``đ``, ``ø``, ``ł`` and the like are
    mapped by an explicit table); Thai, Lao, Khmer and Burmese text keeps its marks,
    which are part of the letters there. Punctuation becomes a space.

    Args:
        text: Any text.

    Returns:
        The folded key; the empty string if ``text`` holds no letter or digit.

    Example:
        >>> search_key("Phạm Duy Bình")
        'pham duy binh'
        >>> search_key("  PHAM   duy-binh ")
        'pham duy binh'
        >>> search_key("Łódź, Ørsted, Đà Nẵng")
        'lodz orsted da nang'
        >>> search_key("สมชาย") == "สมชาย"  # Thai keeps its vowel and tone marks
        True
    """
    if len(text) <= MAX_CACHED_KEY:
        return _cached_key(text)
    return _fold(text)


def tokens(text: str) -> tuple[str, ...]:
    """Split text into folded words.

    Args:
        text: Any text.

    Returns:
        The words of :func:`search_key` of ``text``.

    Example:
        >>> tokens("Binh, Pham")
        ('binh', 'pham')
    """
    return tuple(search_key(text).split())
