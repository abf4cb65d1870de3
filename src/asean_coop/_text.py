"""Text keys for matching and sorting: case and (Latin) diacritic folding.

This is the one place where names are folded; queries, sorting and search all use
:func:`search_key`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["search_key", "tokens"]

# Letters that carry no combining mark in NFD but are read as a plain letter.
_LATIN_LETTERS = str.maketrans(
    {
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
_PUNCTUATION = {"P", "S", "Z", "C"}


def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def _strip_latin_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    base_is_latin = False
    for char in decomposed:
        if unicodedata.combining(char):
            if base_is_latin:
                continue
        else:
            base_is_latin = char.isascii() or _is_latin(char)
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=4096)
def search_key(text: str) -> str:
    """Fold text for matching: NFC, casefold, Latin diacritics removed, spaces collapsed.

    Marks are taken off Latin letters only (and ``đ``, ``ø``, ``ł`` and the like are
    mapped by an explicit table); Thai, Lao, Khmer and Burmese text keeps its marks,
    which are part of the letters there. Punctuation becomes a space.

    Args:
        text: Any text.

    Returns:
        The folded key.

    Example:
        >>> search_key("Phạm Duy Bình")
        'pham duy binh'
        >>> search_key("  PHAM   duy-binh ")
        'pham duy binh'
    """
    folded = unicodedata.normalize("NFC", text).casefold().translate(_LATIN_LETTERS)
    if not folded.isascii():
        folded = _strip_latin_marks(folded)
    cleaned = "".join(
        " " if unicodedata.category(c)[0] in _PUNCTUATION else c for c in folded
    )
    return " ".join(cleaned.split())


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
