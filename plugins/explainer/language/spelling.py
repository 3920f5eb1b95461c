"""Spelling helpers: folding one word, transliteration skeletons, edit distance, a plural's form,
a line written in Title Case.

Outlets spell Ruritanian, Russian, Ukrainian and other transliterated names in many ways; these
helpers let two spellings of one name be recognised as such, without knowing any story.
"""

from __future__ import annotations

import re

from ..base.text import fold
from .lexicon import IRREGULAR_PLURALS, TITLE_SMALL_WORDS

NEAR_SPELLING = "near-spelling"

# Transliteration pairs, folded to one side, so that two spellings of one name share a skeleton.
_SKELETON_STEPS = (
    ("kh", "h"), ("ia", "a"), ("ya", "a"), ("iu", "u"), ("yu", "u"), ("ie", "e"), ("ye", "e"),
    ("ou", "ov"), ("y", "i"), ("o", "a"),
)
# A word starting with a capital (Latin, Latin with accents, Cyrillic); not a handle or hashtag.
CAPITALISED_WORD = re.compile(
    r"(?<![\w@#'\u2019.-])[A-Z\u00c0-\u00de\u0100-\u024f\u0400-\u042f][^\W\d_]*(?:-[^\W\d_]+)*"
)
def word_key(word: str) -> str:
    """`fold` for one word, without its work for the plain ASCII words that are most of them."""
    return word.lower() if word.isascii() and "'" not in word else fold(word)


def skeleton(word: str) -> str:
    """A folded word with the usual transliteration pairs made one: Sidarava ~ Sidorova."""
    text = fold(word)
    for old, new in _SKELETON_STEPS:
        text = text.replace(old, new)
    return text


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def looks_plural(word: str) -> bool:
    """Whether a word is spelled as a plural: one of `IRREGULAR_PLURALS`, or a word of four or
    more letters in -s that is not one in -ss, -us or -is ("guards", not "press", "bus",
    "analysis")."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def in_title_case(text: str) -> bool:
    """Whether a line is written as a headline, every longer word capitalised but the small ones
    a title leaves in lower case ("Jury Finds Former Officer Guilty Of Murdering Her Neighbour"):
    its capitals then mark no name or title."""
    words = [w for w in _LETTERS.findall(text) if len(w) >= 4]
    return len(words) >= 4 and not any(w[:1].islower() and w not in TITLE_SMALL_WORDS for w in words)


_LETTERS = re.compile(r"[^\W\d_]+")
