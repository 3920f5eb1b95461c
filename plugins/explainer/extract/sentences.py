"""Splitting a paragraph into sentences.

News copy is full of full stops that do not end sentences ("U.S.", "Dec. 13", "John P.
Doale", "1.5") and of sentences that end inside a quotation, or that seem to end there but go
on to name the speaker ("'She is free!' her sister wrote"). Each sentence is returned as a span
of the paragraph, so that its text stays exactly the source's own words.
"""

from __future__ import annotations

import re

from ..language.lexicon import ABBREVIATIONS, CONTINUED_AS_SAID, SUBJECT_PRONOUNS

ATTRIBUTION_VERBS = (
    "said|says|told|tells|wrote|writes|added|adds|asked|asks|recalled|recalls|posted|"
    "tweeted|declared|exclaimed|shouted|replied|explained|insisted|stressed|" + CONTINUED_AS_SAID
)

_CANDIDATE = re.compile(
    r"""(?P<stop>[.!?]+|\u2026)          # the terminal punctuation
        (?P<close>["'\u201d\u2019)\]]*)  # closing quotes or brackets
        (?P<gap>\s+|(?=[A-Z][a-z]))      # white space, or none before a capitalised word
    """,
    re.VERBOSE,
)
_OPENER = re.compile(r"""["'\u201c\u2018(\[]*(?P<first>\w)""")


def _opens_sentence(paragraph: str, position: int) -> bool:
    """A digit or a capital of any script ("Łukasz", "Émile", "Івашэнка") after the stop."""
    match = _OPENER.match(paragraph, position)
    first = match.group("first") if match else ""
    return first.isdigit() or (first.isupper() and first != "_")
_ATTRIBUTION_AFTER = re.compile(
    rf"(?:[\w\u2019'.-]+\s+){{0,6}}?(?:{ATTRIBUTION_VERBS})\b", re.UNICODE
)
# A full stop with no space after it ends a sentence only between two real words
# ("rights.Ivanou"), never inside "U.S.Army" or "1.5".
_GLUED = re.compile(r"[a-z]{2}$")
_WORD_BEFORE = re.compile(r"([\w.]+)$", re.UNICODE)


# A dateline's place with its state or region shortened, opening the paragraph: "PORTLAND, Ore.
# (KOIN) —", "SEATAC, Wash. --": its full stop ends no sentence.
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'\u2019 -]{1,40},\s+[A-Z][A-Za-z.]{1,5}")  # (also "W.Va.")


# "... to almost 13 million in the U.S. "This is real progress," said ...": a dotted acronym ends
# the sentence when a quotation opens after it.
_ACRONYM_THEN_A_QUOTATION = re.compile(r"\b(?:[A-Z]\.){2,}\s+[\"\u201c][A-Z]")


# "secured 33. 98% of the vote": a share's decimal point with a space typed after it, no stop.
_DECIMAL_BROKEN_BY_A_SPACE = re.compile(r"\d\.\s\d{1,3}(?:\.\d+)?\s?%")


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    bare = word.rstrip(".").casefold()
    if bare in ABBREVIATIONS:
        return True
    # An initial ("John P. Doale") or a dotted acronym ("U.S", "D.C").
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.rstrip(".")))


def _a_letter_then_a_pronoun(paragraph: str, match: re.Match) -> bool:
    """ "... shared visuals on X. They stated ...": a capital letter alone, then a pronoun that
    opens a sentence, is a name ending one, not an initial (a name goes on after an initial)."""
    letter = _LETTER_BEFORE.search(paragraph, max(0, match.start() - 3), match.start())
    after = _WORD_AFTER.match(paragraph, match.end())
    return letter is not None and after is not None and after.group(1) != "I" and after.group(1).lower() in SUBJECT_PRONOUNS


_LETTER_BEFORE = re.compile(r"(?<![\w.])[A-Z]$")
_WORD_AFTER = re.compile(r"([A-Z][a-z]*)\b")


class _Quotations:
    """Which quotation marks are open at each stop of a paragraph, and where the next one
    closes, found in one pass however many stops and unbalanced marks there are: the stops are
    visited in order, so counts carry forward and a close found once serves every stop before it."""

    def __init__(self, paragraph: str):
        self.paragraph = paragraph
        self.counted_to = 0
        self.curly_open = self.curly_close = self.straight = 0
        self.next_close: dict[bool, tuple[int, re.Match | None]] = {}

    def open_before(self, position: int) -> tuple[bool, bool]:
        text = self.paragraph
        self.curly_open += text.count("\u201c", self.counted_to, position)
        self.curly_close += text.count("\u201d", self.counted_to, position)
        self.straight += text.count('"', self.counted_to, position)
        self.counted_to = position
        return self.curly_open > self.curly_close, self.straight % 2 == 1

    def close_after(self, position: int, curly: bool) -> re.Match | None:
        known = self.next_close.get(curly)
        if known is not None and known[0] <= position and (known[1] is None or known[1].start() >= position):
            return known[1]
        found = (_CURLY_CLOSE if curly else _STRAIGHT_CLOSE).search(self.paragraph, position)
        self.next_close[curly] = (position, found)
        return found


_CURLY_CLOSE = re.compile(r'[!?.,]?[\u201d"]\s+')
_STRAIGHT_CLOSE = re.compile(r'[!?.,]?"\s+')


def _quotation_goes_on_to_its_speaker(paragraph: str, match: re.Match, quotations: _Quotations) -> bool:
    """True for a stop inside a quotation whose close is followed by who said it.

    '"She is free! I cannot describe my happiness!" her sister wrote' is one sentence.
    """
    if match.group("close"):
        return match.group("stop") in "!?" and bool(_ATTRIBUTION_AFTER.match(paragraph, match.end()))
    curly_open, straight_open = quotations.open_before(match.start())
    if not (curly_open or straight_open):
        return False
    close = quotations.close_after(match.end(), curly_open)
    return bool(close and _ATTRIBUTION_AFTER.match(paragraph, close.end()))


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of a paragraph, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    quotations = _Quotations(paragraph)
    for match in _CANDIDATE.finditer(paragraph):
        end = match.end("close")
        if match.end() >= len(paragraph) or not _opens_sentence(paragraph, match.end()):
            continue
        if not match.group("gap") and not _GLUED.search(paragraph[max(0, match.start() - 2) : match.start()]):
            continue
        if match.group("stop").startswith(".") and _is_abbreviation(paragraph[max(0, match.start() - 40) : match.start()]) \
                and not _ACRONYM_THEN_A_QUOTATION.search(paragraph, max(0, match.start() - 8), match.end() + 2) \
                and not _a_letter_then_a_pronoun(paragraph, match):
            continue
        if not spans and match.group("stop") == "." and _DATELINE_PLACE.fullmatch(paragraph, start, match.start()):
            continue
        if match.group("stop") == "." and _DECIMAL_BROKEN_BY_A_SPACE.match(paragraph, max(0, match.start() - 1)):
            continue
        if _quotation_goes_on_to_its_speaker(paragraph, match, quotations):
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
