"""Splitting a paragraph into sentences.

News copy is full of full stops that do not end sentences ("U.S.", "Dec. 13", "John P.
Coale", "1.5") and of sentences that end inside a quotation, or that seem to end there but go
on to name the speaker ("'She is free!' her sister wrote"). Each sentence is returned as a span
of the paragraph, so that its text stays exactly the source's own words.
"""

from __future__ import annotations

import re

from ..language.lexicon import ABBREVIATIONS

ATTRIBUTION_VERBS = (
    "said|says|told|tells|wrote|writes|added|adds|asked|asks|recalled|recalls|posted|"
    "tweeted|declared|exclaimed|shouted|replied|explained|continued|insisted|stressed"
)

_CANDIDATE = re.compile(
    r"""(?P<stop>[.!?]+|\u2026)          # the terminal punctuation
        (?P<close>["'\u201d\u2019)\]]*)  # closing quotes or brackets
        (?P<gap>\s+|(?=[A-Z][a-z]))      # white space, or none before a capitalised word
    """,
    re.VERBOSE,
)
_OPENER = re.compile(r"""["'\u201c\u2018(\[]*[A-Z0-9\u0400-\u04ff]""")
_ATTRIBUTION_AFTER = re.compile(
    rf"^(?:[\w\u2019'.-]+\s+){{0,6}}?(?:{ATTRIBUTION_VERBS})\b", re.UNICODE
)
# A full stop with no space after it ends a sentence only between two real words
# ("rights.Bialiatski"), never inside "U.S.Army" or "1.5".
_GLUED = re.compile(r"[a-z]{2}$")
_WORD_BEFORE = re.compile(r"([\w.]+)$", re.UNICODE)


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    bare = word.rstrip(".").casefold()
    if bare in ABBREVIATIONS:
        return True
    # An initial ("John P. Coale") or a dotted acronym ("U.S", "D.C").
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.rstrip(".")))


def _quotation_goes_on_to_its_speaker(paragraph: str, match: re.Match) -> bool:
    """True for a stop inside a quotation whose close is followed by who said it.

    '"She is free! I cannot describe my happiness!" her sister wrote' is one sentence.
    """
    if match.group("close"):
        if match.group("stop") in "!?" and _ATTRIBUTION_AFTER.match(paragraph[match.end() :]):
            return True
        return False
    before = paragraph[: match.start()]
    curly_open = before.count("\u201c") > before.count("\u201d")
    straight_open = before.count('"') % 2 == 1
    if not (curly_open or straight_open):
        return False
    closer = re.compile(r'[!?.,]?[\u201d"]\s+' if curly_open else r'[!?.,]?"\s+')
    close = closer.search(paragraph, match.end())
    return bool(close and _ATTRIBUTION_AFTER.match(paragraph[close.end() :]))


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of a paragraph, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        end = match.end("close")
        rest = paragraph[match.end() :]
        if not rest or not _OPENER.match(rest):
            continue
        if not match.group("gap") and not _GLUED.search(paragraph[max(0, match.start() - 2) : match.start()]):
            continue
        if match.group("stop").startswith(".") and _is_abbreviation(paragraph[max(0, match.start() - 40) : match.start()]):
            continue
        if _quotation_goes_on_to_its_speaker(paragraph, match):
            continue
        _append(spans, paragraph, start, end)
        start = match.end()
    _append(spans, paragraph, start, len(paragraph))
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
