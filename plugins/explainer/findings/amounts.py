"""Amounts of money and percentages, with their currency and scale, as each outlet states them.

"€41 million", "$2.3bn", "£500,000", "7 trillion yen", "88%", "30 per cent": the value with its
scale applied, the unit (an ISO currency code, or "%"), and the step the outlet rounded to, so
that two outlets are compared as a reader would: "€41m" and "€40.8m" agree once rounded (41
is stated to the nearest million), "€22m" does not. Only general English and the currencies'
signs and names, which are in the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.lexicon import (
    AMOUNT_MARK_NOUNS,
    AMOUNT_QUALIFIERS,
    AMOUNT_SCALES,
    BANKNOTE_WORDS,
    COUNTED_PHRASE_STOP_WORDS,
    CURRENCY_NAMES,
    CURRENCY_SIGNS,
    DOLLAR_SUFFIXES,
    VERBS_TAKING_ABOUT,
    VERBS_TAKING_AROUND,
    VERBS_TAKING_OVER,
    VERBS_TAKING_UNDER,
    VERBS_TAKING_UP_TO,
    WORDS_OF_CONVICTION,
)
from ..language.spelling import edit_distance

# The most digits of a number read as a count or an amount: no outlet writes a longer one, and
# Python refuses to read an integer of more than 4,300 digits (a float of 309 is infinite).
MAX_DIGITS = 15
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALES = "|".join(sorted(AMOUNT_SCALES, key=len, reverse=True))
_SIGN = "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True))
_NAME = "|".join(sorted(CURRENCY_NAMES, key=len, reverse=True))
_QUALIFIER = (
    r"(?:(?P<q>" + "|".join(q.replace(" ", r"\s+") for q in sorted(AMOUNT_QUALIFIERS, key=len, reverse=True)) + r")\s+(?:an?\s+)?)?"
)
AMOUNT = re.compile(
    rf"(?i)(?<![\w.,]){_QUALIFIER}(?:"
    rf"(?P<sign>{_SIGN})\s?(?P<n1>{_DIGITS})(?![.,]\d)(?:[\s-]?(?P<s1>{_SCALES})\b)?"
    rf"|(?P<n2>{_DIGITS})(?![.,]\d)(?:[\s-]?(?P<s2>{_SCALES})(?:s\s+of)?\b)?[\s-]?(?:(?P<pct>%|per\s?cent\b|percent\b)|(?P<name>{_NAME})\b)"
    rf")(?![\w%])"
)


_ARTICLE_AFTER = re.compile(r"\s+an?\s", re.IGNORECASE)
# "within one-half of 1 percent": the number is the whole a fraction is taken of, not the amount.
FRACTION_OF_BEFORE = re.compile(r"(?i)\b(?:halves|half|thirds?|quarters?|fifths?|tenths?)\s+of\s+(?:a\s+|an\s+)?$")


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: int | float  # the scale applied: 41000000 for "€41 million"
    unit: str  # an ISO currency code, or "%"
    step: float  # what the outlet rounded to: 1000000 for "€41m", 100000 for "€40.8m"
    qualifier: str | None
    phrase: str
    sure: bool = True  # False: the words around it put its reading in doubt, so it is not stated


_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
# Above this, a sum before "bill" is more likely what was billed ("a $5,000 bill from the hospital").
BANKNOTE_MOST = 1000


def _word_after(text: str, match: re.Match) -> str:
    word = _WORD_AFTER.match(text, match.end())
    return word.group(1).lower() if word else ""


_SCALED_AMOUNT_AFTER = re.compile(
    r"(?i)\s+(?:to|and|or)\s+\S{0,4}?\d[\d,.]*\s*(?:" + "|".join(sorted(AMOUNT_SCALES, key=len, reverse=True)) + r")\b"
)


_RANGE_START_BEFORE = re.compile(
    r"(?i)(?<!from\s)(?<![\w.,$\u20ac\u00a3\u00a5])\d[\d.]*(?:\s+(?:or|to)\s+|[-\u2013])$"
    r"|\bbetween\s+\d[\d.]*\s+and\s+$"  # ("between 70 and 100% of revenue")
)


def find_amounts(text: str) -> list[Amount]:
    """Every amount of money and percentage in a sentence, in order."""
    found = []
    range_end = -1  # where the end of a "between $135 and $270 million" range ends
    for match in AMOUNT.finditer(text):
        if FRACTION_OF_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        digits = (match.group("n1") or match.group("n2")).replace(",", "")
        if len(digits) - ("." in digits) > MAX_DIGITS:
            continue
        scale_word = match.group("s1") or match.group("s2")
        if not scale_word and not match.group("pct") and (shared := _SCALED_AMOUNT_AFTER.match(text, match.end())):
            if _BETWEEN_BEFORE.search(text, max(0, match.start() - 10), match.start()):
                range_end = shared.end()
            continue  # "from $332 to $350 million": the first shares the second's scale, a reading left unsaid
        if not scale_word and (
            (not match.group("pct") and float(digits) <= BANKNOTE_MOST and _word_after(text, match) in BANKNOTE_WORDS)
            or (match.group("pct") and float(digits) >= 100 and (
                _word_after(text, match) in WORDS_OF_CONVICTION or not match.group("q") and _QUOTED_ALONE.match(text, match.end())
                and _QUOTE_OPENS_BEFORE.search(text, max(0, match.start() - 2), match.start())))
        ):
            continue  # "as phony as a $3 bill", "100% real", 'he was "100%" a bully': a way of saying "wholly"
        if match.group("pct") and _POINTS_AFTER.match(text, match.end()):
            continue  # "cut by 0.25 per cent points": percentage points, a change, not a share
        if match.group("pct") and not scale_word and float(digits) == 100 and not match.group("q") and _wholly(text, match):
            continue  # "He was 100 percent lucid": wholly so, not a share of anything
        scale = AMOUNT_SCALES[scale_word.lower()] if scale_word else 1
        if match.group("pct"):
            unit = "%"
        elif match.group("sign"):
            unit = CURRENCY_SIGNS[match.group("sign").upper()]
            suffix = _DOLLAR_SUFFIX_AFTER.match(text, match.end()) if match.group("sign") == "$" else None
            if suffix:
                unit = DOLLAR_SUFFIXES[suffix.group(1).lower()]  # ("$37,595 Cdn": Canadian dollars)
        else:
            unit = CURRENCY_NAMES[match.group("name").lower()]
        whole, _, fraction = digits.partition(".")
        value = float(digits) * scale
        value = int(round(value)) if abs(value - round(value)) < 1e-6 else value
        qualifier = AMOUNT_QUALIFIERS.get(re.sub(r"\s+", " ", match.group("q").lower())) if match.group("q") else None
        if qualifier == "over" and PARTICLE_VERB_BEFORE.search(text, max(0, match.start() - 20), match.start("q")):
            qualifier = None  # "must fork over $148 million": the verb's "over", no bound
        if qualifier in ("over", "under") and _ARTICLE_AFTER.match(text, match.end("q")):
            qualifier = None  # "under investigation over a $750,000 donation": what about, no bound (not "almost a 700 percent return")
        if qualifier == "under" and LEGAL_VERB_BEFORE.search(text, max(0, match.start() - 60), match.start("q")):
            qualifier = None  # "charged under a $5,000 rule": the law acted by, no bound
        if qualifier == "up to" and _RISING_BEFORE.search(text, max(0, match.start() - 20), match.start("q")):
            qualifier = None  # "his first-serve rate went up to 78%": where it rose to, no bound
        if qualifier is not None:
            qualifier = bound_denied(text, match.start("q"), qualifier)
        if qualifier is None and _A_MARK_AFTER.match(text, match.end()) \
                and (passed := _PASSED_THE_BEFORE.search(text, max(0, match.start() - 20), match.start())):
            qualifier = AMOUNT_QUALIFIERS.get(passed.group(1).lower(), "over")  # "over the £400m mark"
        # ("5 or 6%", "2-3%": the end of a range whose start shares its unit, not a figure)
        doubt = _in_doubt(text, match, scale_word) or _RANGE_START_BEFORE.search(text, max(0, match.start() - 20), match.start()) \
            or match.end() == range_end  # (the end of a range, no figure alone)
        found.append(Amount(match.start(), match.end(), value, unit, _step(whole, fraction, unit) * scale, qualifier,
                            match.group(0).strip(), not doubt))
    return found


_RISING_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(VERBS_TAKING_UP_TO)})\s+$")
_POINTS_AFTER = re.compile(r"(?i)\s*points?\b")
# "took spending over the £400m mark", "past the $1bn barrier": a bound the figure is, not the figure.
_PASSED_THE_BEFORE = re.compile(r"(?i)\b(over|past|beyond|above|under|below)\s+the\s+$")
_A_MARK_AFTER = re.compile(rf"(?i)\s+(?:{'|'.join(AMOUNT_MARK_NOUNS)})\b")
_QUOTED_ALONE = re.compile("\\s?[\"\u201d\u2019']")
_QUOTE_OPENS_BEFORE = re.compile("[\"\u201c\u2018']\\s?$")
_DOLLAR_SUFFIX_AFTER = re.compile(rf"\s*({'|'.join(DOLLAR_SUFFIXES)})\b", re.IGNORECASE)
# A verb whose "over" is its own, just before "over": "must fork over $148 million" (also for counts)
def bound_denied(text: str, at: int, qualifier: str) -> str:
    """A bound under a negation is the other bound: "could not carry more than $1.1 billion in
    debt", "not allowed to move more than 60 miles" are at most, not over."""
    if qualifier in ("over", "under") and NEGATION_BEFORE.search(text, max(0, at - NEGATION_CHARS), at):
        return "up to" if qualifier == "over" else "at least"
    return qualifier


NEGATION_CHARS = 40  # how far before a bound its negation is looked for
# "not", "never", "cannot", "n't", with up to four words between it and the bound
NEGATION_BEFORE = re.compile(r"(?i)(?:\b(?:not|never|cannot)|n['\u2019]t)(?:\s+[\w'\u2019-]+){0,4}\s+$")
PARTICLE_VERB_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(VERBS_TAKING_OVER)})\s+$")
AROUND_VERB_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(VERBS_TAKING_AROUND)})\s+$")
ABOUT_VERB_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(VERBS_TAKING_ABOUT)})\s+$")
# "convicted under three felony counts": the law or the counts acted by, exactly that many
# (or a few words later, "convicted in January under": not "jailed for under two years")
LEGAL_VERB_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(VERBS_TAKING_UNDER)})(?:\s+(?!(?:for|to|by)\b)[\w,.-]+){{0,3}}\s+$")
def _wholly(text: str, match: re.Match) -> bool:
    """ "was 100 percent lucid", "is 100% behind": "wholly", said after a form of "be" and before
    a word in lower case that is no preposition nor a participle ("was 100 percent owned by",
    "was 100 percent in the village" are shares)."""
    after = _WORD_AFTER.match(text, match.end())
    if after is None or not after.group(1)[:1].islower():
        return False
    if not _BE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return False
    word = after.group(1).lower()
    return word not in COUNTED_PHRASE_STOP_WORDS and not word.endswith("ed")


_BE_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|am|be|been|i['\u2019]m)\s+$")
_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]{2,20})\b")
# Scales long enough that a word one letter away from one is a misspelling of it, not a word.
_LONG_SCALES = tuple(word for word in AMOUNT_SCALES if len(word) >= 7)


def _in_doubt(text: str, match: re.Match, scale_word: str | None) -> bool:
    """Whether the words around an amount leave its size unsure: a second scale after the first
    ("Rs 16.68 thousand crore"), a scale misspelled ("$127.5 milion"), or a scale after a figure
    already written out in full ("$450,312,500 million")."""
    digits = match.group("n1") or match.group("n2")
    if scale_word and digits.count(",") >= 2:
        return True
    after = _WORD_AFTER.match(text, match.end())
    if after is None:
        return False
    word = after.group(1).lower()
    if word in AMOUNT_SCALES:
        return True
    return len(word) >= 6 and any(edit_distance(word, scale, 1) <= 1 for scale in _LONG_SCALES)


def _step(whole: str, fraction: str, unit: str) -> float:
    """What a figure is rounded to, before its scale: "40.8" to a tenth, "41" to one, and a
    round sum of money to a tenth of its first digit's place ("£200 million" is "£198 million"
    rounded, "$340 million" is not "$300 million"). A percentage's zeros are its own: 90% is
    not 94%."""
    if fraction:
        return 10.0 ** -len(fraction)
    zeros = len(whole) - len(whole.rstrip("0"))
    if unit == "%" or zeros < 2 or zeros == len(whole):
        return 1.0
    return 10.0 ** (zeros - 1)


def amounts_agree(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two (value, step) amounts agree when each is the other rounded to the coarser step."""
    coarser = max(a[1], b[1])
    return abs(a[0] - b[0]) <= coarser / 2 + 1e-9 * max(abs(a[0]), abs(b[0]), 1)


def format_amount(value: float, unit: str) -> str:
    """An amount as readers read it: "€40.8 million", "$2.3 billion", "£500,000", "88%"."""
    if unit == "%":
        return f"{value:g}%"
    sign = next((s for s, code in CURRENCY_SIGNS.items() if code == unit and not s.isalpha()), None)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            number = f"{value / size:,.3f}".rstrip("0").rstrip(".")
            return f"{sign}{number} {word}" if sign else f"{number} {word} {unit}"
    number = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{sign}{number}" if sign else f"{number} {unit}"
