"""Text normalisation shared by every matcher.

Outlets differ in typography (curly or straight quotes, em dashes or hyphens, non-breaking
spaces, accents), and an editor typing a quotation cannot be expected to reproduce it. Every
comparison of words -- citations, ids, aliases -- goes through the one folding defined here, so
that two places never disagree on whether two strings say the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['.][^\W_]+)*", re.UNICODE)


def straighten(text: str) -> str:
    """Curly quotes to straight, dashes to hyphens, odd spaces to plain ones."""
    return text.translate(_QUOTES)


def strip_accents(text: str) -> str:
    """Letters to plain Latin ones for matching: accents dropped (NFD and NFC forms alike), the
    letters that have none spelled out ("ł" l, "ø" o, "ß" ss), other scripts transliterated
    ("Івашэнка" Ivashenka); invisible characters (soft hyphens, zero-width spaces and joiners,
    byte-order marks) removed, and line or paragraph separators made spaces. Symbols stay as
    they are: a currency sign is not a word."""
    if text.isascii():
        return text
    return "".join(_plain(ch) for ch in text)


@lru_cache(maxsize=None)
def _plain(char: str) -> str:
    if char.isascii():
        return char
    category = unicodedata.category(char)
    if category == "Cf":  # soft hyphen, zero-width space/joiner, BOM, direction marks
        return ""
    if category in ("Zl", "Zp"):
        return " "
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if decomposed.isascii() or not category.startswith("L"):
        return decomposed
    return unidecode(decomposed) or decomposed


def collapse_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The comparison form: straight quotes, no accents, lower case, single spaces.

    Cached: anchors, repeats, names, numbers and the comparison all fold the same sentences.
    """
    return collapse_space(strip_accents(straighten(text))).casefold()


@lru_cache(maxsize=None)
def _fold_char(char: str) -> str:
    return strip_accents(straighten(char)).casefold()


def fold_with_offsets(text: str) -> tuple[str, list[int] | range]:
    """`fold(text)` without collapsing spaces, and for each folded char its index in `text`.

    Matching runs on the folded text; the offsets give back the words as the source wrote them.
    """
    straight = text.translate(_QUOTES)
    if straight.isascii() and len(straight) == len(text):  # curly quotes alone keep offsets
        return straight.lower(), range(len(text))
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = char.lower() if char.isascii() else _fold_char(char)
        chars.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(chars), offsets


def words(text: str) -> list[str]:
    """Folded words without punctuation, for matching that ignores quotes and dashes."""
    return _WORD.findall(fold(text))


def bare_word(token: str) -> str:
    """A word of text split on spaces, lowercased, without the punctuation and quotation marks
    around it, for looking it up in a word list."""
    return token.lower().strip(",.;:\"'\u201c\u201d\u2018\u2019()")


def slugify(text: str, max_words: int = 6) -> str:
    """A short ASCII slug of the first words of a text."""
    ascii_words = [w.replace("'", "").replace(".", "") for w in words(text)]
    ascii_words = [w for w in ascii_words if w.isascii() and w]
    return "-".join(ascii_words[:max_words])


def phrase_alternation(phrases) -> str:
    """A regex alternation of word lists' phrases, any run of space matching the space between
    their words ("called on" matches "called  on" and a line break)."""
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)
