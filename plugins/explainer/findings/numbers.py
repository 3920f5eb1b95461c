"""Counts the articles state, what they count, and where outlets agree or differ.

A count is a number, in digits or words ("123", "1,227", "nine", "five Ukrainians"), that
governs a plural noun ("prisoners", "civilians", "people"), possibly with a qualifier ("over
1,000", "nearly", "around", "113 other prisoners"). Years, dates, ages, durations and sentence
lengths ("2020", "13 December", "aged 63", "10 years", "an 11-year sentence", "No. 9") are not
counts. Vague amounts ("dozens", "hundreds") are not counts either: they cannot disagree.

Two outlets' counts are compared only when they count the same noun in sentences that say much
the same thing (their other words overlap), and each is the other's closest such sentence: so
"123 prisoners freed" is compared with "123 political prisoners released", never with "14
political prisoners" freed in an earlier release. Qualifiers are read as ranges ("over 100"
agrees with 114), and "X and 113 other prisoners" is read as 114. All of this is general
English; nothing here knows the story.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from ..base.text import fold, phrase_alternation
from ..extract.citations import Citation
from ..language.dates import MONTH_WORDS, YEAR_OF_A_TITLE_AFTER, find_dates
from ..language.lexicon import (
    AREA_AND_VOLUME_WORDS,
    BODY_MEASURES,
    CHANGE_DIRECTIONS,
    CONTEXT_STOP_WORDS,
    COUNT_QUALIFIERS,
    COUNT_SCALES,
    COUNT_TENS,
    COUNT_UNITS,
    COUNTED_PHRASE_STOP_WORDS,
    DISTANCE_UNITS,
    EMERGENCY_NUMBERS,
    ENDINGS_OF_A_VERB_OR_ADVERB,
    GROUPS_OF_A_SHIPS_COMPANY,
    GROUPS_OF_PEOPLE,
    IRREGULAR_PAST_TENSES,
    IRREGULAR_PLURALS,
    MEASURE_PLURALS,
    MODIFIERS_OF_ANOTHER_KIND,
    MOMENT_FIGURE_WORDS,
    NOMINATION_PHRASES,
    NUMBER_IDIOMS,
    NUMBER_SUFFIX_WORDS,
    NUMBERED_LABEL_WORDS,
    OVER_AS_A_CAUSE_AFTER,
    PEOPLE_NOUNS_BOUNDED_BY_AGE,
    PLURALS_NOT_A_SECOND_GROUP,
    POSSESSIVES_NAMING_A_KIND,
    PREPOSITIONS_AFTER_A_SECOND_CLAUSE_VERB,
    RANK_PREFIXES,
    RATIO_NOT_BEFORE,
    RUNNING_TALLY_WORDS,
    RUNNING_TALLY_WORDS_AFTER,
    SCOPE_DETERMINERS,
    SCOPE_ORDER_WORDS,
    SCOPE_PREPOSITIONS,
    SPEED_TIME_BASES,
    SPEED_UNITS,
    SPEEDS_WRITTEN_OUT,
    STOCK_INDEX_NAMES,
    STOPWORDS,
    TIME_SPAN_UNITS,
    TOLL_STATES,
    TOLL_VERB_TO_COUNT_WORDS,
    TOLL_WORDS,
    VERBS_OF_A_CHANGE_FROM,
    WEEKDAYS,
    WORDS_AFTER_OF_NAMING_NO_KIND,
    WORDS_NOT_DESCRIBING_A_SECOND_GROUP,
)
from ..language.spelling import looks_plural
from .amounts import (
    ABOUT_VERB_BEFORE,
    AROUND_VERB_BEFORE,
    FRACTION_OF_BEFORE,
    LEGAL_VERB_BEFORE,
    MAX_DIGITS,
    PARTICLE_VERB_BEFORE,
    amounts_agree,
    bound_denied,
    find_amounts,
    format_amount,
)
from .people import Spans, analysed

_UNITS = "|".join(sorted(COUNT_UNITS, key=len, reverse=True))
_TENS = "|".join(sorted(COUNT_TENS, key=len, reverse=True))
# After a tens word, "one" counts too ("twenty-one"); alone it is too often not a number. Only
# a tens word takes a unit after it: "three-four people" is a range, not seven.
_ONES = "|".join(sorted([*COUNT_UNITS, "one"], key=len, reverse=True))
_WORD_NUMBER = rf"(?:{_TENS})(?:[- ](?:{_ONES}))?|(?:{_UNITS})"
_SCALES = "|".join(COUNT_SCALES)
_NUMBER = re.compile(
    rf"(?<![\w.,\u201a\-])(?:(?P<digits>\d{{1,3}}(?:[,\u201a]\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,.])|\d+)"
    rf"(?:(?:\s+|-)(?P<dscale>{_SCALES}))?"  # ("2-million doses": the scale hyphenated on)
    # ("a hundred thousand Danes", "two hundred thousand people": a scale of a scale)
    rf"|(?P<words>(?:(?:a|{_ONES})\s+hundred\s+and\s+)?(?:{_WORD_NUMBER})(?:\s+(?:{_SCALES})(?:\s+(?:thousand|million))?)?"
    rf"|a\s+dozen|a\s+hundred(?:\s+(?:thousand|million))?|a\s+thousand))(?![\w]|[,\u201a]\d)",
    re.IGNORECASE,
)
# "in all but three of the past nine seasons": the whole the part is of is counted in its own
# words, so the part is not of the thing counted before it (goals).
_ANOTHER_COUNT_AFTER_OF = re.compile(
    rf"(?i)\s+of\s+the\s+(?:past|last|first|next|previous|following)\s+(?:\d|(?:{_WORD_NUMBER})\b)"
)
_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?P<q>" + "|".join(sorted(COUNT_QUALIFIERS, key=len, reverse=True)) + r")\s+$"
)
# A count listed after a qualified one, which the qualifier bounds too: "at least 500 points,
# 250 rebounds and 150 assists".
_QUALIFIED_LIST_BEFORE = re.compile(
    r"(?i)\b(?P<q>" + "|".join(sorted(COUNT_QUALIFIERS, key=len, reverse=True)) + r")\s+"
    r"\d[\d,.]*\s+[a-z]+(?:,\s+\d[\d,.]*\s+[a-z]+)*(?:,\s+|,?\s+(?:and|or)\s+)$"
)
# "admonished her on Monday over 12 meetings": "over" after a word of blame or dispute, in the
# same clause, may give the cause ("about 12 meetings") as well as a bound ("more than 12").
_CAUSE_BEFORE_OVER = re.compile(rf"(?i)(?<![\w-])(?:{phrase_alternation(sorted(OVER_AS_A_CAUSE_AFTER))})(?![\w-])[^,;:.()]{{0,50}}$")
_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_TEMPERATURE_SIGN_AFTER = re.compile(r"\s?(?:[\u00b0\u00ba]\s?[CF]?|[CF]\b(?![-.'\u2019]))")
# The words read before a number: every pattern that looks back is anchored at the number and
# reads at most this many characters, so a sentence of many numbers is read once, not once per
# number (a qualifier farther back than this, past a run of spaces, is not read as one).
BEFORE_CHARS = 80
# The patterns that look after a number are matched at it (`pattern.match(text, end)`), never
# on a copy of the rest of the sentence.
_DURATION_AFTER = re.compile(
    r"(?i)\s*(?:-\s*(?:odd\s+|plus\s+)?)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"-year|-month|-day|-week|per\s*cent|percent|%|st\b|nd\b|rd\b|th\b|[:.]\d|times\b)"
)
# "aged 63", and "aged under 5", "aged around three", "aged 3 to 5": an age, however qualified.
_LABEL_BEFORE = re.compile(
    r"(?i)(?:\bno\.?|\bnumber|#|\$|\u20ac|\u00a3|\bage"
    r"|\baged(?:\s+(?:" + phrase_alternation(COUNT_QUALIFIERS) + r"|\d+\s*(?:to|and|or|-|\u2013)))?)\s*$"
)
_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|these|those|both|all)\s+$")
_ANAPHORIC_BEFORE = re.compile(r"(?i)\b(?:the\s+)?(?P<q>remaining|other)\s+$")
_AGE_APPOSITION = re.compile(r"\w,\s*$")
_PEOPLE_BOUNDED_BY_AGE = re.compile(rf"(?i)\b(?:{'|'.join(PEOPLE_NOUNS_BOUNDED_BY_AGE)})\s+$")
_MONTHS = MONTH_WORDS
# "the Hayabusa 2 team", "Apollo 11 astronauts", "both iPhone 8 versions": a numeral after a
# capitalised word inside a sentence is part of a name. (At a sentence's start, "Some 300
# people" is a count.)
_NAME_BEFORE = re.compile(r"(?<=[\w,;:)] )(?:[a-z]{1,2})?[A-Z][A-Za-z-]*[a-zA-Z] $")
# At a sentence's start, a numeral between capitalised words is a name's ("Channel 2 Sports"),
# unless the first word qualifies a count ("About 300 Ukrainians").
_NAME_OPENS = re.compile(r"[\"'\u201c\u2018(]?[A-Z][A-Za-z-]*[a-zA-Z] ")
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")
# A capitalised word that is no plural ("Hag", "Hag's", not "Americans"), and one just before a
# number word ("Erik ten"): a number word between them is a particle of a surname, as is one
# before a capitalised word with "'s" ("ten Hag's"), which no count of things takes.
_NAME_PART_AFTER = re.compile(r" [A-Z][a-z]+(?<!s)\b(?!-)")
_POSSESSIVE_AFTER = re.compile(r" [A-Z][a-z]+['\u2019]s\b")
_FIRST_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s\"\u201c(]))([A-Z][a-z]+) $")


def _first_name_before(text: str, window: int, start: int) -> bool:
    """Whether a capitalised word that could be a first name stands just before text[start:]:
    not a word of grammar ("How six analysts"), a weekday ("Monday two senators") or a month."""
    word = _FIRST_NAME_BEFORE.search(text, window, start)
    return word is not None and (lowered := word.group(1).lower()) not in STOPWORDS and lowered not in WEEKDAYS \
        and _MONTH_BEFORE.search(word.group(1)) is None
_WORD_BEFORE = re.compile(r"[\w,;)]\s+$")
# "the worst since at least 2005", "in 2005": a year, whatever qualifies it.
_YEAR_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:since|in|from|until|till|before|after|by)\s+(?:at\s+least\s+|about\s+|around\s+)?$")
# "dating back to around 1500", "circa 1480": a year, however long ago.
_DATES_TO_BEFORE = re.compile(
    r"(?i)(?:\bdat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)|\bcirca|\bc\.)\s+(?:about\s+|around\s+|roughly\s+)?$"
)
# "911 calls", "a 999 call", "she had called 911": an emergency line's number, not a count of calls.
_DIALLED_BEFORE = re.compile(r"(?i)\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|phoned|rang)\s+$")
_PHONE_LINE_AFTER = re.compile(r"(?i)\s+(?:calls?|callers?|dispatch\w*|operators?|line|system)\b")
_MONTH_BEFORE = re.compile(rf"(?i)\b(?:{_MONTHS})\.?\s*$")
_MONTH_AFTER = re.compile(rf"(?i)\s*(?:of\s+)?(?:{_MONTHS})\b")
_YEAR_LIKE = re.compile(r"^(?:1[89]\d\d|20\d\d|2100)$")
# "Jo Roe, his daughter and", "A, B, and", "A and B and": more than one before the "and" (not
# "Jo Roe, 45, and").
_LIST_BEFORE_AND = re.compile(r"(?:,\s+(?:[^,;]{1,40}|(?!\d+,)[^,;]{1,40},)|\band\s+[^,;]{1,40})\s+and\s+$")
# "who was about 13", "she is nearly": a number with no noun after someone's being, an age (not
# "the number of victims was more than 60").
_AGE_AFTER_BE = re.compile(r"(?i)\b(?:who|he|she|they)\s+(?:is|was|are|were|turned|turns)\s+$")
_TOGETHER_BEFORE = re.compile(r"(?i)\b(?:and|along\s+with|together\s+with|with|plus|as\s+well\s+as)\s+$")
# The whole after "of the" or "of those": "people", "the train's cars" (not a name: `_PARTITIVE`).
_WHOLE_AFTER = re.compile(r"\s*(?:[a-z]+['\u2019]s\s+)?(?P<noun>[a-z][a-z'-]+)\b")
_OWNED_WHOLE_AFTER = re.compile(r"\s+(?:\d[\d,]*\s+)?(?:[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z][a-z-]+s)\b")
_WHOLE_AFTER_A_WORD = re.compile(r"\s*(?:[a-z]+['\u2019]s\s+)?[a-z]+\s+(?P<noun>[a-z][a-z'-]+)\b")
_NOMINATED_BEFORE = re.compile(rf"(?i)\b(?:{phrase_alternation(NOMINATION_PHRASES)})\s+for\s+(?:a\s+total\s+of\s+)?$")
_PARTITIVE = re.compile(r"(?i)\s+of\s+(?:them|those|the)\s+(?P<noun>(?-i:[A-Z])[\w'-]*s\b)?")
# ("fewer than 100 of the nearly 4,000 inmates": the whole's own qualifier before its number)
_PARTITIVE_COUNT = re.compile(
    rf"(?i)\s+of\s+(?:the|these|those)\s+(?:(?:{phrase_alternation(COUNT_QUALIFIERS)})\s+)?(?P<n>\d[\d,]*|{_WORD_NUMBER})\b"
)
# The next word after a number or a word: past spaces, or one dash between spaces.
_NEXT_WORD = re.compile(r"\s*(?:-\s*)?(?P<word>[A-Za-z][\w'\u2019.-]*)")
_SPACED_WORD = re.compile(r"\s*(?:[\w'\u2019-]+)?")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|an|ese|ish|i)$")
_CITIZENS = frozenset({"citizens", "nationals"})


@dataclass(frozen=True)
class Count:
    """One count in one text: where, its value, what it counts and how it is qualified.

    `total` is the count read together with the names beside it ("Sidarava and 113 other
    prisoners": 114); `inherited` says `what` was taken from the count before ("nine" after
    "123 prisoners"); `phrase` is the words as written.
    """

    start: int
    end: int
    value: int
    what: str
    qualifier: str | None
    phrase: str
    total: int | None = None
    inherited: bool = False


@dataclass(frozen=True)
class Number:
    """A count as stated by one or more outlets: the same value of the same thing."""

    value: int | float
    what: str
    qualifier: str | None
    citations: tuple[Citation, ...]
    total: int | None = None
    unit: str | None = None  # an amount's currency code or "%"; None for a count of things
    step: float | None = None  # what an amount was rounded to, as the outlet wrote it
    direction: str | None = None  # "up" or "down" for an amount told as a change, else None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.citations))

    def to_json(self) -> dict:
        data = {"value": self.value, "what": self.what, "unit": self.unit, "qualifier": self.qualifier}
        if self.total is not None:
            data["read_together"] = self.total
        data["citations"] = [c.to_json() for c in self.citations]
        return data


@dataclass(frozen=True)
class Comparison:
    """Two outlets' counts of the same thing in matching sentences, and whether they agree.

    `how` is "same" (equal values), "read together" (equal once qualifiers or "N other" are
    read), or "differ" (a conflict).
    """

    what: str
    first: tuple[Citation, int, str | None, int | None]  # citation, value, qualifier, total
    second: tuple[Citation, int, str | None, int | None]
    how: str
    unit: str | None = None


@dataclass(frozen=True)
class CountConflict:
    what: str
    values: tuple[tuple[str, str], ...]  # (source id, value as stated)
    citations: tuple[Citation, ...]

    def to_json(self) -> dict:
        return {"what": self.what, "values": dict(self.values), "citations": [c.to_json() for c in self.citations]}


# "720 000", "2 389": thousands set apart by a space, as some outlets write them.
_SPACED_THOUSANDS = re.compile(r"^\d{1,3}(?: \d{3})+(?!\d)")


def parse_number(raw: str) -> int | None:
    """The value of "123", "1,227", "nine", "twenty-five", "two hundred", "a dozen"."""
    text = _SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", ""), fold(raw).replace("-", " "))
    if text[:1].isdigit():
        parts = text.split()
        digits = parts[0].replace(",", "").replace("'", "")  # ("6\u201a000": a low quotation mark as the comma)
        if len(digits) > MAX_DIGITS or not digits.isdigit():
            return None
        value = int(digits)
        return value * COUNT_SCALES.get(parts[1], 1) if len(parts) > 1 else value
    parts = text.split()
    if parts[:2] == ["a", "dozen"]:
        return 12
    value = 0
    hundreds = 0
    if "hundred" in parts[:3] and "and" in parts:  # "a hundred and forty-one"
        head, _, parts = " ".join(parts).partition(" and ")
        hundreds = parse_number(head)
        if hundreds is None:
            return None
        parts = parts.split()
    for part in parts:
        if part == "a":
            value = 1
        elif part in COUNT_UNITS or (part == "one" and value):
            value += COUNT_UNITS.get(part, 1)
        elif part in COUNT_TENS:
            value += COUNT_TENS[part]
        elif part in COUNT_SCALES:
            value = max(value, 1) * COUNT_SCALES[part]
        else:
            return None
    return (hundreds + value) or None


def find_counts(text: str, published=None, previous_what: str = "") -> list[Count]:
    """Every count in a text (a sentence), in order; `previous_what` is the noun of the last
    count before this text, for "the remaining nine" or "114 of those released"."""
    matches = list(_NUMBER.finditer(text))
    excluded = Spans(_date_spans(text, published) if matches else [])
    counts: list[Count] = []
    for match in matches:
        start, end = match.span()
        if excluded.overlaps(start, end):
            continue
        if _INDEX_NAME_BEFORE.search(text, max(0, start - 12), start):
            continue  # "S&P 500 futures fell": the number of an index's name
        raw = match.group(0)
        value = parse_number(raw)
        if value is None or _not_a_count(raw, value, text, start, end):
            continue
        qualifier = None
        phrase_start = start
        window = max(0, start - BEFORE_CHARS)  # what is read before the number: text[window:start]
        anaphoric = _ANAPHORIC_BEFORE.search(text, window, start)
        found_q = _QUALIFIER_BEFORE.search(text, window, start)
        listed = _QUALIFIED_LIST_BEFORE.search(text, window, start) if found_q is None else None
        found_q = found_q or listed
        upper_end = _RANGE_BEFORE.search(text, window, start)
        if upper_end is None and (spanned := _FROM_A_NUMBER_BEFORE.search(text, window, start)) is not None \
                and not _A_CHANGE_BEFORE.search(text, max(0, spanned.start() - CHANGE_CHARS), spanned.start()):
            upper_end = spanned  # "driving from 30 to 50 miles per hour": a range (not "rose from 20 to 30", a change)
        if upper_end:  # "four to six bodies": up to six, not six
            qualifier, phrase_start = "up to", upper_end.start()
        elif found_q:
            if found_q.group("q").lower() == "over" and _CAUSE_BEFORE_OVER.search(text, window, found_q.start()):
                continue  # a cause or a bound: the rules cannot tell which, so no count is stated
            if _PAR_SCORE_BEFORE.search(text, window, found_q.end()):
                continue  # "signed for a 5-under 66": a score against par, no count
            q = found_q.group("q").lower()
            if not (q == "over" and PARTICLE_VERB_BEFORE.search(text, window, found_q.start())
                    or q == "under" and LEGAL_VERB_BEFORE.search(text, window, found_q.start())
                    or q == "around" and AROUND_VERB_BEFORE.search(text, window, found_q.start())
                    or q == "about" and ABOUT_VERB_BEFORE.search(text, window, found_q.start())):
                # (not "handed over 20 bodies", "convicted under three counts", "revolved around six
                # charges", "talking about 96 deaths")
                qualifier = COUNT_QUALIFIERS[q]
                qualifier = bound_denied(text, found_q.start("q"), qualifier)
                phrase_start = found_q.start("q") if listed is None else start
        elif anaphoric:
            qualifier = anaphoric.group("q").lower()
            phrase_start = anaphoric.start()
        elif _DEFINITE_BEFORE.search(text, window, start):
            continue  # "the two countries": a reference back, not a count stated
        what, phrase_end, other, inherited = _governed_noun(text, end, value)
        if not what and (sign := _TEMPERATURE_SIGN_AFTER.match(text, end)):
            what, phrase_end = "degrees", sign.end()  # "up to 40°C", "hit 130F": degrees, as "130 degrees" is
        if what == "ones":
            continue  # "better than two new ones": a word standing for a noun said before, unsaid here
        if _AGO_AFTER.match(text, phrase_end) and what not in _MEASURES:
            continue  # "two mornings ago": when, not how many (not "flown 1 billion miles ago")
        if what and _NOMINATED_BEFORE.search(text, window, phrase_start):
            what = "nominations"  # "nominated for nine Grammys": nine nominations, not nine won
        if what in _DISTANCES and (per := _PER_TIME_AFTER.match(text, phrase_end)):
            # "110 miles per hour", "700 meters (2,300 feet) per hour": a speed, not a distance
            what, phrase_end = _speed(what, per.group("base")), per.end()
        listed = _MORE_THINGS_AFTER.match(text, phrase_end) if what and what not in _MEASURES else None
        others = _LISTED_NOUN.findall(listed.group(0)) if listed is not None else []
        if others and all(_is_plural(noun, 2) for noun in others):
            # "18 public schools, coliseums, and gymnasiums": one figure for them all, not 18 schools
            what, phrase_end = ", ".join([what, *others[:-1]]) + " and " + others[-1], listed.end()
        scope = _SCOPE_AFTER.match(text, phrase_end) if what else None
        if scope and _AND_A_NUMBER_AFTER.match(text, scope.end()):
            scope = None  # "residents from two cities and four towns": where they came from, not a part of a whole
        if scope and scope.group("noun").lower() not in TIME_SPAN_UNITS and (within := parse_number(scope.group("n"))):
            # "three wins in their previous 12 matches", "three wins from nine games": a count
            # within so many others, which a count of wins within another number is not
            what = f"{what} in {within} {scope.group('noun').lower()}"
        if qualifier is None and _PLUS_AFTER.match(text, end):
            qualifier = "over"  # "30-plus degrees", "50+ people": more than the figure
        if other and qualifier is None:
            qualifier = "other"
        counted_whole = _PARTITIVE_COUNT.match(text, end)
        if not what and counted_whole:
            # "two of the five Iranian prisoners": the whole is counted, with its own noun
            whole = counted_whole.group("n")
            what = _governed_noun(text, counted_whole.end(), 1 if whole.lower() in ("one", "1") else 2)[0]
        if not what and _ORDINAL_BEFORE.search(text, window, phrase_start):
            continue  # "lofted the first six of the match": which one, not how many of what was counted before
        if not what and (anaphoric or _PARTITIVE.match(text, end)) and previous_what \
                and previous_what not in _MEASURES and not _ANOTHER_COUNT_AFTER_OF.match(text, end):
            # ("two of the dead" after "1,900 feet underground": a part of people, not of feet)
            if things_counted(counts) > 1:
                continue  # "6,415 doctors at 100 hospitals, with 1,600 of them": of which, the rules cannot tell
            what, inherited = previous_what, True
        if not what and (not qualifier or upper_end):
            continue  # a bare number ("at 25", "voted 2 to 1"): nothing to compare
        if not what and _AGE_AFTER_BE.search(text, window, phrase_start):
            continue  # "Alyssa, who was about 13": an age
        if not what and qualifier and _PEOPLE_BOUNDED_BY_AGE.search(text, window, phrase_start):
            continue  # "children under 5", "adults over 65": an age that bounds who is meant
        total = None
        if qualifier == "other" and _TOGETHER_BEFORE.search(text, window, start) and ";" not in text[window:start] \
                and not _LIST_BEFORE_AND.search(text, window, start):
            # (not after a list: "include A, ...; B, ...; and two other individuals", "Kobe Bryant,
            # his daughter and seven other people")
            total = value + 1
        counts.append(
            Count(start, end, value, what, qualifier, text[phrase_start:phrase_end].strip().rstrip(".,;:"), total, inherited)
        )
        if what:
            previous_what = what
    return counts


def things_counted(counts: list[Count]) -> int:
    """How many different things a text counts (not measures): more than one, and a later "N of
    them" could be a part of either."""
    return len({count.what for count in counts if count.what} - _MEASURES)


# Other plural nouns the figure counts with its own: ", coliseums, and gymnasiums"
_MORE_THINGS_AFTER = re.compile(r"(?:,\s+[a-z]{3,}s\b)+,?\s+(?:and|or)\s+[a-z]{3,}s\b(?=\s*[,.;:]|\s+(?:were|are|in|at|on|across)\b)")
_LISTED_NOUN = re.compile(r"[a-z]{3,}s\b(?<!\band)")
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:first|last|next)\s+$")
_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)
_PLUS_AFTER = re.compile(r"(?i)-?plus\b|\+(?![\d\w])")
_SCOPE_AFTER = re.compile(
    rf"(?i)\s+(?:{phrase_alternation(SCOPE_PREPOSITIONS)})\s+(?:(?:{'|'.join(SCOPE_DETERMINERS)})\s+)?"
    rf"(?:(?:{'|'.join(SCOPE_ORDER_WORDS)})\s+)?"
    rf"(?P<n>\d{{1,3}}|{_WORD_NUMBER})\s+(?P<noun>[a-z]{{3,}}s)\b"
)


# Numbers that are not counts of anything: a time ("3 a.m.", "13:58"), a fraction ("two-thirds"),
# a rank ("top 10", "No. 1"), a ratio ("1 in 5"), and odds, scores and ranges ("5,000-1", "2-2", "30-60").
# ("19: 00": a clock's colon with a space after it, as a copy may leave it)
_TIME_AFTER = re.compile(r"(?i)(?:\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o['\u2019]clock|gmt|utc|bst|cet|[ecmp][sd]t)\b|[:.]\d{2}\b|:\s\d{2}\b)")
_FRACTION_AFTER = re.compile(
    r"(?i)[-\s]?(?:thirds?|quarters?|halves|fifths?|sixths?|tenths?|and[-\s]a[-\s]half)\b"
    r"|\s+\d/\d+\b|[\u00bd\u2153\u2154\u00bc\u00be]"  # "2 1/2 rounds", "2\u00bd"
)
_RANK_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(NUMBERED_LABEL_WORDS) + r")\.?\s*$")
_HALF_BEFORE = re.compile(r"(?i)\bhalf\s+$")
# "1 in 5 workers", "one in four": a ratio, a share of something rather than a count of it.
# ("45 in 2017", "12 in 24 hours" are counts: a year or a span of time follows.)
_RATIO_AFTER = re.compile(
    r"(?i)\s+in\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?![,.]?\d|\s+(?:" + "|".join(RATIO_NOT_BEFORE) + r")\b)"
    # "a two-to-one landslide", "2 to 1": a ratio
    r"|[-\s]to[-\s](?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![,.]?\d)"
    # "four out of five junior doctors": a share
    r"|\s+out\s+of\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_RATIO_BEFORE = re.compile(r"(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$")
# "four to six bodies", "between 200 and 300 homes", "20 or 30 people": the higher end of a range
# or the larger of two guesses, stated as "up to" it, never as the count itself ("rose from 20 to
# 30": the new count, kept as it is).
# (a number ends on a digit: "3,428, or 11,564 individuals" says one figure again, not a range)
_RANGE_NUMBER = rf"(?:\d(?:[\d,.]*\d)?|{_WORD_NUMBER}|one|a\s+dozen)"
_RANGE_BEFORE = re.compile(
    rf"(?i)(?:(?<!\bfrom\s)\b{_RANGE_NUMBER}\s+(?:to|or|through)\s+|\bbetween\s+{_RANGE_NUMBER}\s+and\s+)$"
)
_FROM_A_NUMBER_BEFORE = re.compile(rf"(?i)\bfrom\s+{_RANGE_NUMBER}\s+to\s+$")
_A_CHANGE_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted({*VERBS_OF_A_CHANGE_FROM, *(w for words in CHANGE_DIRECTIONS.values() for w in words)}))})"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}$"
)
CHANGE_CHARS = 40  # how far before "from N to M" a verb of change is read
# ... and its lower end: "some 20 or 30 people", "between 200 and 300 homes"
_RANGE_AFTER = re.compile(rf"(?i)\s+(?:or|through)\s+{_RANGE_NUMBER}\b")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
_AND_A_NUMBER_AFTER = re.compile(rf"(?i)\s+and\s+{_RANGE_NUMBER}\b")
_PAIRED = re.compile(r"\s*[-\u2013\u2014/]\s*\d")
_PAIRED_BEFORE = re.compile(r"\d\s*[-\u2013\u2014/]\s*$")
_AGE_AFTER = re.compile(r"\s*(?:years?\s+old|-year-old)")
_COMMA_AFTER = re.compile(r"\s*,")
_NOTHING_AFTER = re.compile(r"\s*\Z")


# "about three and four million people respectively": the first number shares the scale after
# the second, a reading left unsaid; "4, 000 shelters": a thousands group split by a space.
_SCALE_SHARED_AFTER = re.compile(rf"(?i)\s+(?:and|or)\s+[\w.,-]+\s+(?:{_SCALES})\b")
_PER_BEFORE = re.compile(r"(?i)\bper\s+$")
_SUM_BEFORE = re.compile(r"(?i)\b(?:plus|minus)\s+$")
_SUPERLATIVE_OF_AFTER = re.compile(r"(?i)\s+of\s+the\s+(?:most|least|best|worst|[a-z]{3,}est)\b")
_LISTED_BEFORE = re.compile(r"\b\d{1,3},\s+\d{1,3},\s+$")  # (not "On December 13, 2025, 123 prisoners")
# (no count starts with a nought: "000" is a group; "275, 780 votes", one figure mistyped, is one
# too, when no third number follows to make a list)
_SPLIT_GROUP_AFTER = re.compile(r",\s(?:0\d\d\b|\d{3}\b(?![,.]?\s*\d|\s+(?:and|or|to)\s+\d))")
_SPLIT_GROUP_BEFORE = re.compile(r"(?<![\d,]\s)(?<!\d,)\b\d{1,3},\s$")
_ANOTHER_LISTED_AFTER = re.compile(r",\s*\d")


# A number joined by a hyphen to a plural noun names a kind of thing: "18-wheelers", "3-seaters"
# (not "30,000-plus members", a count with its qualifier after it).
_NAMING_COMPOUND_AFTER = re.compile(r"-(?!plus\b)[a-z]+s\b")
_IDIOM = re.compile(rf"(?i)\b(?:{phrase_alternation(NUMBER_IDIOMS)})\b")
IDIOM_CHARS = max(len(idiom) for idiom in NUMBER_IDIOMS)


def _in_idiom(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one of the sayings in `NUMBER_IDIOMS`."""
    around = max(0, start - IDIOM_CHARS)
    return any(m.start() <= start and end <= m.end() for m in _IDIOM.finditer(text, around, min(len(text), end + IDIOM_CHARS)))


def _not_a_count(raw: str, value: int, text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a time, rank, date, age or the like; the words
    before it are read in a window of `BEFORE_CHARS`, those after it where they are."""
    window = max(0, start - BEFORE_CHARS)
    if not any(raw.lower().endswith(scale) for scale in COUNT_SCALES) and _SCALE_SHARED_AFTER.match(text, end):
        return True
    if raw.isdigit() and (_SPLIT_GROUP_AFTER.match(text, end) or (raw.startswith("0") and len(raw) > 1)):
        return True
    if raw.isdigit() and len(raw) == 3 and _SPLIT_GROUP_BEFORE.search(text, max(0, start - 6), start) \
            and not _ANOTHER_LISTED_AFTER.match(text, end):
        return True  # the second half of "275, 780 votes" (not of "100, 200, 300")
    if _PER_BEFORE.search(text, max(0, start - 5), start):
        return True  # "6.77 per 1,000 people": a rate's base
    if _CLOCK_BEFORE.search(text, max(0, start - 4), start):
        return True  # "0:45": a video's length or a time, no count of anything
    if _SUM_BEFORE.search(text, max(0, start - 7), start):
        return True  # "50% plus 1 of the votes": a term of a sum
    if raw.lower() in ("a hundred", "a thousand") and _NOTHING_AFTER.match(text, end):
        return True
    if raw.lower().startswith("a ") and _HALF_BEFORE.search(text, max(0, start - 6), start):
        return True  # "half a dozen": no count an outlet would be held to
    if _TIME_AFTER.match(text, end) or _FRACTION_AFTER.match(text, end) or _RANK_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    if _PAIRED.match(text, end) or _PAIRED_BEFORE.search(text[max(0, start - 8) : start]):
        return True
    if _RATIO_AFTER.match(text, end) or _RATIO_BEFORE.search(text, max(0, start - 16), start):
        return True
    if _RANGE_AFTER.match(text, end):
        return True
    if _BETWEEN_BEFORE.search(text, max(0, start - 10), start) and _AND_A_NUMBER_AFTER.match(text, end):
        return True
    if _DURATION_AFTER.match(text, end) or _LABEL_BEFORE.search(text, window, start):
        return True
    if _MONTH_BEFORE.search(text, window, start) or _MONTH_AFTER.match(text, end):
        return True
    if raw.isdigit() and _NAME_BEFORE.search(text, window, start):
        return True
    if raw[:1].isupper() and _WORD_BEFORE.search(text, window, start):
        return True  # "the Big Three automakers": a number word capitalised inside a sentence is a name's
    if raw.isalpha() and raw.islower() and _NAME_PART_AFTER.match(text, end) \
            and (_POSSESSIVE_AFTER.match(text, end) or _first_name_before(text, window, start)):
        return True  # "Erik ten Hag puts", "ten Hag's side": a lowercase particle inside a surname
    if raw.isalpha() and raw[:1].isupper() and _NAME_PART_AFTER.match(text, end) and _POSSESSIVE_AFTER.match(text, end):
        return True  # "Ten Hag's sacking comes after": a surname opening the sentence, as its owner
    if raw.isdigit() and _NAME_OPENS.fullmatch(text, 0, start) and not _QUALIFIER_BEFORE.search(text, 0, start) \
            and _CAPITAL_AFTER.match(text, end):
        return True  # "Channel 2 Sports Director Zach Klein": a name opening the sentence
    if FRACTION_OF_BEFORE.search(text, window, start):
        return True
    if _YEAR_LIKE.match(raw) and _YEAR_PREPOSITION_BEFORE.search(text, window, start):
        return True
    if raw.isdigit() and len(raw) in (3, 4) and _DATES_TO_BEFORE.search(text, window, start):
        return True
    if _NAMING_COMPOUND_AFTER.match(text, end):
        return True  # "two large 18-wheelers", "3-seaters": a thing named with a number, not 18 wheels
    if _SUPERLATIVE_OF_AFTER.match(text, end):
        return True  # "two of the most important characteristics": a ranking, nothing counted
    if _LISTED_BEFORE.search(text, window, start):
        return True  # "15, 20, 30, 40, 50, 60 pills": a list of guesses, none of them a figure told
    if _in_idiom(text, start, end):
        return True  # "added his two cents": a saying, nothing counted
    if raw in EMERGENCY_NUMBERS and (_PHONE_LINE_AFTER.match(text, end) or _DIALLED_BEFORE.search(text, window, start)):
        return True
    if _YEAR_LIKE.match(raw) and (not _QUALIFIER_BEFORE.search(text, window, start) or YEAR_OF_A_TITLE_AFTER.match(text, end)):
        return True  # (and "a victory over 2022 runner-up Ons Jabeur": the year of her title, after "over")
    if raw.isdigit() and value < 130 and _AGE_APPOSITION.search(text, window, start) and _COMMA_AFTER.match(text, end):
        return True  # "Ivanou, 63, founded"
    if _AGE_AFTER.match(text, end):
        return True
    if _DISTANCE_AFTER.match(text, end) and _EVENT_BEFORE.search(text, max(0, start - EVENT_CHARS), start):
        return True  # "the 60 metres world record", "the year's fastest 100 metres": a race's name
    return False


# "miles per hour", "kilometers an hour", "meters (2,300 feet) per hour": a speed (the figure may
# stand in brackets, or have its conversion in brackets after it).
_PER_TIME_AFTER = re.compile(
    rf"(?i)\)?\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:an?|per|each|every|/)\s*(?P<base>{'|'.join(SPEED_TIME_BASES)})\b"
)


def _speed(distance: str, base: str) -> str:
    """The unit of a speed written out: "mph" for miles an hour, as outlets also write it."""
    name = f"{distance} per {base.lower()}"
    return SPEEDS_WRITTEN_OUT.get(name, name)


_DISTANCE_AFTER = re.compile(r"(?i)\s*(?:" + "|".join(DISTANCE_UNITS) + r")\b")
_DISTANCES = frozenset(u for u in (*DISTANCE_UNITS, *SPEED_UNITS) if len(u) > 1)  # ("m" may be a million)
# What a number measures rather than counts: no part of it is a count of things ("two of them").
_MEASURES = _DISTANCES | frozenset(MEASURE_PLURALS.values()) | AREA_AND_VOLUME_WORDS | {"degrees", "points"}
# ("the Paris 5,000 metres", "the Olympic 10,000 metres": where or which games it is run at, named)
_EVENT_BEFORE = re.compile(r"(?:\b(?i:the|fastest|x)|['\u2019]s)(?:\s+[A-Z][a-z]+)?\s+$")
EVENT_CHARS = 24  # how far before a race's distance its "the Olympic" is read


_MEASURE_BEFORE = re.compile(r"-(?:foot|feet|metre|meter),?\s+\d+$")  # "6-foot, 7-inch": one height


WORDS_READ_AFTER_A_NUMBER = 4  # the words after a number its noun is looked for in


def _governed_noun(text: str, end: int, value: int) -> tuple[str, int, bool, bool]:
    """(what, end of the phrase, whether "other" was said, inherited) for the words after a
    number: the last plural noun of the short run of words that follows it."""
    run: list[re.Match] = []
    other = False
    position = end
    # Word by word from the number, each matched where the last ended (never a search on
    # through the rest of the sentence): a gap of spaces, or of one dash, goes on to the next.
    while word := _NEXT_WORD.match(text, position):
        bare = word.group("word").rstrip(".").lower()
        if bare in COUNTED_PHRASE_STOP_WORDS or len(run) >= WORDS_READ_AFTER_A_NUMBER or (bare == "the" and not run):
            break  # (and "41 the army says are dead": a clause of its own, the noun unsaid)
        if bare in ("the", "a", "an") and "-" in text[position : word.start("word")]:
            break  # "a majority of 230 - the biggest Commons defeat": an aside, not the noun
        if bare == "other" and not run:
            other = True
            position = word.end()
            continue
        run.append(word)
        position = word.end()
    partitive = _PARTITIVE.match(text, end)
    if not run and partitive and partitive.group("noun"):
        noun = partitive.group("noun")
        return noun, partitive.end(), other, False
    whole = _WHOLE_AFTER.match(text, partitive.end()) if not run and partitive else None
    if whole and whole.group("noun").endswith(("'s", "\u2019s")):
        # ("13 of the country's 24 provinces", "two of the truck's \"armor glass\" windows": whose
        # the whole is comes first; what is counted after it)
        whole = _OWNED_WHOLE_AFTER.match(text, whole.end())
    if whole and not _is_plural(whole.group("noun"), 2):
        whole = _WHOLE_AFTER_A_WORD.match(text, partitive.end())  # ("four of the missing passengers")
    if whole and whole.group("noun").lower() not in COUNTED_PHRASE_STOP_WORDS and _is_plural(whole.group("noun"), 2):
        # "two of the people who died", "eight of the train's cars": the whole names what is counted
        return normalise_noun(whole.group("noun"), []), whole.end(), other, False
    if run and run[0].group("word").rstrip(".").lower() in _DISTANCES and not text.startswith("-", end):
        return run[0].group("word").rstrip(".").lower(), run[0].end(), other, False  # "about 44 km (27 miles)"
    owner = _PLURAL_OWNER.fullmatch(run[0].group("word")) if run else None
    kind = owner is not None and (owner.group(1) or owner.group(2)) in POSSESSIVES_NAMING_A_KIND
    if owner is not None and not kind and value > 1 and _is_plural(owner.group(1) or owner.group(2), value):
        # "seven million people's dates of birth", "9,000 customers' passport numbers": the
        # owners are counted, not what they own
        return normalise_noun(owner.group(1) or owner.group(2), []), run[0].end(), other, False
    # ("four men's Rugby World Cup titles": the kind of titles, not who owns them)
    # (an owner's word is no plural: "Two Sangamon County Sheriff's Department deputies")
    heads = [i for i, w in enumerate(run) if _is_plural(w.group("word").rstrip("."), value) and not (kind and i == 0)
             and not w.group("word").endswith(("'s", "\u2019s"))]
    if not heads and run and text.startswith("-", end) and run[0].group("word").lower() in MEASURE_PLURALS \
            and not _MEASURE_BEFORE.search(text, max(0, end - 40), end):
        return MEASURE_PLURALS[run[0].group("word").lower()], run[0].end(), other, False  # "the 400-foot rocket"
    if not heads:
        phrase_end = partitive.end() if partitive else (run[-1].end() if run else position)
        if partitive:
            phrase_end = _SPACED_WORD.match(text, phrase_end).end()
        return "", phrase_end, other, False
    head_index = heads[0]
    named = next((h for h in heads[1:] if run[h].group("word")[:1].islower()), None) if value > 1 else None
    if named is not None and run[head_index].group("word")[:1].isupper() \
            and all(w.group("word")[:1].isupper() for w in run[head_index:named]):
        head_index = named  # ("three Eras Tour concerts": a name's words, then what is counted)
    if value > 1 and head_index + 1 in heads and run[head_index + 1].group("word")[:1].islower() \
            and not _OBJECT_AFTER.match(text, run[head_index + 1].end()) \
            and run[head_index].group("word").lower() != "others" \
            and text[run[head_index].end() : run[head_index + 1].start("word")] == " ":
        head_index += 1  # "11 police vehicles", "24 singles titles": the first plural names the kind of the second
    if head_index > 0 and text.startswith("-", end) and run[0].group("word").lower() not in NUMBER_SUFFIX_WORDS:
        # "three straight 100-meter titles", "two-day talks": the number measures the word it is
        # joined to, and counts nothing the sentence goes on to name ("80-some passengers" does).
        return "", run[head_index].end(), other, False
    if run[head_index].group("word").lower() in GROUPS_OF_PEOPLE and _a_plural_after_a_modifier(text, run[head_index].end()):
        # "Four fully marked police patrol vehicles": the group names the kind of the words after
        # it, not what is counted (which may lie past the words read); not before its verb,
        # "four armed police stood guard"
        return "", run[head_index].end(), other, False
    point = next((i for i in range(head_index) if run[i].group("word").lower() == "point"), None)
    if point is not None:
        # "two further 25 basis point hikes": the figure is the size of each, in basis points
        kind = run[point - 1].group("word").lower() if point and run[point - 1].group("word").lower() in AREA_AND_VOLUME_WORDS else ""
        return f"{kind} points".strip(), run[point].end(), other, False
    head = run[head_index].group("word").rstrip(".")
    modifiers = [w.group("word") for w in run[:head_index]]
    what = normalise_noun(head, modifiers)
    if modifiers and modifiers[-1].lower() in AREA_AND_VOLUME_WORDS | RANK_PREFIXES | MODIFIERS_OF_ANOTHER_KIND:
        what = f"{modifiers[-1].lower()} {what}"  # "75 square kilometres": an area, not a distance; "14 vice presidents"
    together = _AND_ANOTHER_GROUP.match(text, run[head_index].end())
    if together and _OBJECT_AFTER.match(text, together.end()) and together.group("noun").lower() not in GROUPS_OF_PEOPLE:
        together = None  # "23 victories and further strengthens his claim": a verb and its object
    if together and (looks_plural(together.group("noun")) or together.group("noun").lower() in GROUPS_OF_PEOPLE):
        # "39 passengers and crew": one count of both, not 39 passengers
        return f"{what} and {together.group('noun').lower()}", together.end(), other, False
    return what, run[head_index].end(), other, False


_PLURAL_OWNER = re.compile(r"([a-z]+)['\u2019]s|([a-z]+s)['\u2019]")


def _a_plural_after_a_modifier(text: str, end: int) -> bool:
    """Whether a noun in lower case and then a plural follow ("police | patrol vehicles"), not a
    verb ("police stood guard") or an adverb ("staff worldwide")."""
    first = _NEXT_WORD.match(text, end)
    if first is None:
        return False
    modifier = first.group("word").lower()
    second = _NEXT_WORD.match(text, first.end())
    return (modifier.isalpha() and modifier not in IRREGULAR_PAST_TENSES and not modifier.endswith(ENDINGS_OF_A_VERB_OR_ADVERB)
            and second is not None and second.group("word").islower() and looks_plural(second.group("word")))


# After a second plural, what makes it a verb with its object ("six missing people includes Mike
# Lynch"), not a noun the first names the kind of ("11 police vehicles").
_OBJECT_AFTER = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|their|its)\b|\d)")
# (not when that noun opens a clause of its own: "four fraud counts and jurors deadlocked on three")
# ("12 Russian dissidents and German nationals": one count of both, the second's nationality named)
# ("400 hospitals and other clinical care facilities": the second's own words before its noun)
_AND_ANOTHER_GROUP = re.compile(
    rf"\s+and\s+(?:(?:[A-Z][a-z]{{2,20}}|(?!(?:{'|'.join(WORDS_NOT_DESCRIBING_A_SECOND_GROUP)}|"
    # (nor a verb going on: "downing 10 power lines and knocking down trees")
    rf"{'|'.join(IRREGULAR_PAST_TENSES)}|{_WORD_NUMBER})\b)[a-z]{{3,20}}(?<!ed)(?<!ing)|missing)\s+){{0,3}}?"
    rf"(?P<noun>(?!(?:{'|'.join(PLURALS_NOT_A_SECOND_GROUP)})\b)[a-z]{{2,19}}s|{'|'.join(sorted(GROUPS_OF_PEOPLE))})\b(?![-\u2019'])"
    # ("189 passengers and crew capsized in": a ship's company, whose verb follows, not a clause's subject)
    rf"(?!(?<!{')(?<!'.join(sorted(GROUPS_OF_A_SHIPS_COMPANY))})\s+[a-z]{{2,16}}ed\s+(?:{'|'.join(PREPOSITIONS_AFTER_A_SECOND_CLAUSE_VERB)})\b)"
)


def _is_plural(word: str, value: int) -> bool:
    """A count's noun: a plural, or after "one" any word ("one prisoner")."""
    if value == 1 and word.lower() not in IRREGULAR_PLURALS:
        return word.isalpha()
    return looks_plural(word)


def normalise_noun(head: str, modifiers: list[str]) -> str:
    """The thing counted, comparable across outlets: "Ukrainian citizens" is "Ukrainians"."""
    if head.lower() in _CITIZENS:
        demonyms = [m for m in modifiers if _DEMONYM.match(m)]
        if demonyms and demonyms[-1].endswith(("an", "i")):
            return demonyms[-1] + "s"  # ("Ukrainians", "Israelis")
        if demonyms:
            return f"{demonyms[-1]} {head.lower()}"  # ("British nationals", "Chinese citizens", not "Britishs")
    if head[:1].isupper() and not head.isupper():
        return head
    return head.lower()


def _date_spans(text: str, published) -> list[tuple[int, int]]:
    """Spans of dates in the text, which are never counts."""
    if published is None:
        return []
    return [(d.start, d.end) for d in find_dates(text, published)]


# --- across sources ---------------------------------------------------------------------


def collect_numbers(sources) -> tuple[Number, ...]:
    """Every count in the outlets' own text, grouped by value, thing counted and qualifier,
    in order of first appearance."""
    return group_counts(count for source in sources for count in source_counts(source))


def group_counts(counted) -> tuple[Number, ...]:
    """The counts of each source, in order, as Numbers (see `collect_numbers`)."""
    groups: dict[tuple, list[Citation]] = {}
    seen: set[tuple] = set()
    for key, citation in counted:
        if (key, citation) not in seen:
            seen.add((key, citation))
            groups.setdefault(key, []).append(citation)
    return tuple(
        Number(value, what, qualifier, tuple(citations), total, unit, step, direction)
        for (value, what, qualifier, total, unit, step, direction), citations in groups.items()
    )


def source_counts(source) -> list[tuple[tuple, Citation]]:
    """(value, what, qualifier, total) and where, for each count in one source, in text order."""
    counted = []
    previous_what = ""
    for sentence in source.sentences:
        if not sentence.outlets_own or not analysed(sentence.text):
            continue
        amounts = find_amounts(sentence.text)
        for amount in (a for a in amounts if a.sure):  # an unsure one is cited, not stated, nor read as a count
            counted.append(((amount.value, amount_what(amount.unit), amount.qualifier, None,
                             amount.unit, amount.step, _direction(sentence.text, amount.start, amount.end)),
                            Citation(source.id, sentence.id, amount.phrase)))
        taken = Spans((a.start, a.end) for a in amounts)
        counts = find_counts(sentence.text, source.published, previous_what)
        for count in counts:
            if taken.overlaps(count.start, count.end):
                continue
            counted.append(((count.value, count.what, count.qualifier, count.total, None, None, None),
                            Citation(source.id, sentence.id, count.phrase)))
            if count.what:
                previous_what = count.what
        if things_counted(counts) > 1:
            previous_what = ""  # ("55 workers inside eight containers. Thirty-three of them ...": of which?)
    return counted


# ("could face up to 5 years in prison and a $250,000 fine": "up to" is a bound, no rise)
_DIRECTION_BEFORE = {
    way: re.compile(r"(?i)\b(?:" + phrase_alternation(words) + r")\b(?!(?<=up)\s+to\b)")
    for way, words in CHANGE_DIRECTIONS.items()
}
_DIRECTION_AFTER = {
    way: re.compile(r"(?i)\s*(?:[\w-]+\s+)?(?:" + phrase_alternation(words) + r")\b")
    for way, words in CHANGE_DIRECTIONS.items()
}
DIRECTION_CHARS = 30  # how far before an amount its "fell" or "up" reaches


def _direction(text: str, start: int, end: int) -> str | None:
    """"up" or "down" when the words just around an amount tell a change that way ("fell more
    than 40%", "a 10 percent jump"); the nearest word before it wins, else the word after it."""
    window = max(0, start - DIRECTION_CHARS)
    nearest = max(
        ((m.start(), way) for way, pattern in _DIRECTION_BEFORE.items() for m in pattern.finditer(text, window, start)),
        default=None,
    )
    if nearest:
        return nearest[1]
    after = [way for way, pattern in _DIRECTION_AFTER.items() if pattern.match(text, end, end + DIRECTION_CHARS)]
    return after[0] if len(after) == 1 else None


def amount_what(unit: str) -> str:
    """What an amount is of, for the comparison's "what" column: a share, or money by currency."""
    return "per cent" if unit == "%" else f"money ({unit})"


RELATED = 0.1  # sentences sharing this share of their other words may count the same thing
SAME_EVENT = 0.3  # ... and this much before two different counts are called a conflict


def context_words(text: str, what: str) -> frozenset[str]:
    """The sentence's words other than numbers, small words and the thing counted, stemmed
    crudely to their first five letters ("released" and "release" are one word here)."""
    return _stems(text) - {fold(what)[:5]}


def _stems(text: str) -> frozenset[str]:
    return frozenset(
        word[:5]
        for word in re.findall(r"[a-z]+", fold(text))
        if not (word in CONTEXT_STOP_WORDS or word in COUNT_UNITS or word in COUNT_TENS or len(word) < 3)
    )


# "received 114 civilians -- five of them Ukrainians ..., plus over 100 Ruritanian political
# prisoners": after a larger count, these words make the next count a part of it.
_PART_OF = re.compile(r"(?i)\b(?:of them|of whom|of which|including|among them|plus|of those)\b")
PART_SENTENCE_CHARS = 2_000


_RANGE_END_BEFORE = re.compile(r"(?i)\d\s*(?:to|or|and|-|\u2013)\s*$")
_RANGE_START_AFTER = re.compile(r"(?i)\s*(?:to|or|-|\u2013)\s*\d")


def _quoted_at(text: str, quote: str | None) -> int | None:
    """Where a count's quoted words stand in its sentence, if they do."""
    return text.find(quote) if quote and quote in text else None


def _in_a_range(text: str, quote: str | None) -> bool:
    """"50 to 60 people", "between 400 and 600": either end of a range is no one count to compare."""
    start = _quoted_at(text, quote)
    if start is None:
        return False
    digits = re.search(r"\d", quote)
    first = start + (digits.start() if digits else 0)
    end_of_number = re.match(r"[\d,.]*", text[first:]).end() + first
    return bool(_RANGE_END_BEFORE.search(text, max(0, first - 12), first) or _RANGE_START_AFTER.match(text, end_of_number))


# "35.2 riyals (US$9.39)": a figure in brackets right after another is its conversion.
_CONVERSION_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[^\W\d]+\s*)?\(\s*(?:[A-Z]{1,3})?\s*$")


def _converted(text: str, quote: str | None) -> bool:
    """Whether an amount is the conversion of the one before it: the outlet's arithmetic at
    its own rate, not a figure it reports, so it is not set against other outlets' figures."""
    start = _quoted_at(text, quote)
    return start is not None and bool(_CONVERSION_BEFORE.search(text, max(0, start - 40), start))


# "rejected by 230 votes", "a majority of 230": the gap between two tallies, no rival to either
# tally ("by 432 votes to 202", a tally with its rival, is not a gap).
_MARGIN_BEFORE = re.compile(
    r"(?i)\b(?:by|majority\s+of|margin\s+of)\s+(?:(?:just|only|a|about|nearly|almost|some|over|around|more\s+than)\s+)?$"
)
_TALLY_AFTER = re.compile(r"(?i)\s*(?:to|-|\u2013)\s*\d")


def _a_margin(text: str, quote: str | None) -> bool:
    """Whether a count is a margin: compared with another outlet's tally it would read as a
    disagreement ("by 230 votes" against "by 432 votes to 202")."""
    start = _quoted_at(text, quote)
    if start is None or not _MARGIN_BEFORE.search(text, max(0, start - 40), start):
        return False
    return not _TALLY_AFTER.match(text, start + len(quote))


# "two of the people who died", "eight of the train's cars": a part of a whole, which may agree
# with another outlet's count but, differing, is no rival to its count of the whole.
_A_PART_OF = re.compile(r"(?i)[\w,.-]+\s+of\s+(?:the|those|them|these)\b")


def _part_of_a_total(text: str, quote: str | None, value: int) -> bool:
    """Whether a count is a part of a larger count its sentence gives first: such a part is not
    compared with other outlets' counts, whose totals it would seem to match or contradict."""
    if not quote or len(text) > PART_SENTENCE_CHARS or quote not in text:
        return False  # a sentence past any real one's length is not read for parts, so each count costs little
    before = text[: text.index(quote)]
    partitives = list(_PART_OF.finditer(before))
    if not partitives:
        return False
    partitive = partitives[-1]
    # (in figures or in words: "Twenty-two people were hospitalised including 10 children")
    totals = [parse_number(m.group(0)) for m in _NUMBER.finditer(before, 0, partitive.start())]
    return any(total is not None and total > value for total in totals)


# "there are now 79", "has risen to 58", "so far": a running tally, true on the day it was written.
_RUNNING_TALLY = re.compile(
    r"(?i)\b(?:" + phrase_alternation(RUNNING_TALLY_WORDS) + r")\b"
)
RUNNING_TALLY_CHARS = 60  # how far before a count its "now" or "rose to" reaches
_RUNNING_TALLY_AFTER = re.compile(rf"(?i)\s*(?:per\s*cent|percent|%)?\s*(?:{phrase_alternation(RUNNING_TALLY_WORDS_AFTER)})\b")
_MOMENT_FIGURE = re.compile(r"(?i)\b(?:" + phrase_alternation(MOMENT_FIGURE_WORDS) + r")\b")
_TOLL = re.compile(r"(?i)\b(?:" + phrase_alternation(TOLL_WORDS) + r")\b")
TOLL_CHARS = 40  # how far after a count its "killed" or "cases" reaches


_TOLL_STATE = {
    state: re.compile(r"(?i)\b(?:" + phrase_alternation(words) + r")\b")
    for state, words in TOLL_STATES.items()
}


def _toll_state(text: str, quote: str | None) -> str | None:
    """Which toll a count is, from its own words after it up to the next figure: "11 climbers
    have died" is of the dead; None when they name no toll, or more than one."""
    start = _quoted_at(text, quote)
    if start is None:
        return None
    end = start + len(quote)
    if aside := _ASIDE_AFTER_A_COUNT.match(text, end):
        end = aside.end()  # (its figures are no next count)
    following = _NEXT_FIGURE.search(text, end, end + TOLL_CHARS)
    stop = following.start() if following else end + TOLL_CHARS
    states = [state for state, words in _TOLL_STATE.items() if words.search(text, end, stop)]
    if not states:
        # "killing 1,000 and injuring over 1,500 people": the toll's verb just before the count
        states = [state for state, before in _TOLL_STATE_BEFORE.items() if before.search(text, max(0, start - TOLL_CHARS), start)]
    return states[0] if len(states) == 1 else None


_TOLL_STATE_BEFORE = {
    state: re.compile(
        r"(?i)\b(?:" + phrase_alternation(words) + r")\s+(?:(?:" + phrase_alternation(TOLL_VERB_TO_COUNT_WORDS) + r")\s+)?$"
    )
    for state, words in TOLL_STATES.items()
}


_INDEX_NAME_BEFORE = re.compile(rf"(?:{'|'.join(re.escape(name) for name in STOCK_INDEX_NAMES)})\s+$")
# "a 5-under 66", "at 12-under 130": strokes under or over par, then the score.
_PAR_SCORE_BEFORE = re.compile(r"(?i)\b\d{1,2}-(?:under|over)(?:-par)?\s*$")
_NEXT_FIGURE = re.compile(r"\d|\b(?:and|while|but)\b")
# An aside after a count, before the words that say which toll it is: "Eleven people, aged five
# to 65, were killed", "Twenty-five people, including 11 children, were also injured".
_ASIDE_AFTER_A_COUNT = re.compile(
    r"(?i),\s*(?:aged\s+(?:between\s+)?[\w-]+(?:\s+(?:to|and|-|\u2013)\s+[\w-]+)?|including\s+[^,.;]{1,40}?)\s*,"
)


BESIDE_CHARS = 40  # how far after a figure the words that tell what it is of reach


def _words_beside(text: str, quote: str | None) -> frozenset[str]:
    """The words just after a figure, up to the next figure ("for emotional distress")."""
    start = _quoted_at(text, quote)
    if start is None:
        return frozenset()
    end = start + len(quote)
    following = _NEXT_FIGURE.search(text, end, end + BESIDE_CHARS)
    return _stems(text[end : following.start() if following else end + BESIDE_CHARS])


def _other_tolls(first: Citation, second: Citation, toll_state) -> bool:
    """Two counts of two tolls (the dead and the missing): not one figure told two ways.
    `toll_state(citation)` is `_toll_state` of the citation's sentence and words."""
    states = [toll_state(c) for c in (first, second)]
    return None not in states and states[0] != states[1]


def _running_tally(text: str, quote: str | None) -> bool:
    """A count true on the day it was written: "there are now 79", or a toll ("18 people were
    killed"), which the next day's report may give higher."""
    start = _quoted_at(text, quote)
    if start is None:
        return False
    end = start + len(quote)
    return bool(
        _RUNNING_TALLY.search(text, max(0, start - RUNNING_TALLY_CHARS), end)
        or _RUNNING_TALLY_AFTER.match(text, end)
        or _TOLL.search(text, start, end + TOLL_CHARS)
    )


def compare_numbers(
    numbers: tuple[Number, ...], sentence_text, published: dict | None = None
) -> tuple[list[Comparison], list[CountConflict]]:
    """Pairs of counts of the same thing, by different outlets, in related sentences.

    For each count and each other outlet that counts the same thing in a related sentence,
    the outlet's closest count that agrees is its match; if none agrees, the closest count
    that differs is a conflict, but only when the two sentences are close enough to be about
    the same event -- an outlet that also gives an earlier release's figure is not in
    conflict with the others. `sentence_text(citation)` gives a cited sentence's text.
    Counts are blocked by the thing counted, and within a block only sentences sharing an
    uncommon word are scored, so the work grows with the number of counts, not its square.
    A running tally ("there are now 79 dead") in reports published on different days (from
    `published`, source id -> date) is the figure of each day, not a disagreement.
    """
    published = published or {}
    # What a count's own words say (a running tally, which toll, a moment's figure, of which
    # kind), read once per count however many other counts it is weighed against.
    running = cache(lambda citation: _running_tally(sentence_text(citation), citation.quote))
    toll_state = cache(lambda citation: _toll_state(sentence_text(citation), citation.quote))
    of_a_moment = cache(lambda citation: _MOMENT_FIGURE.search(sentence_text(citation)) is not None)
    kind_of = cache(lambda citation: _kind_of(citation, sentence_text))
    beside = cache(lambda citation: _words_beside(sentence_text(citation), citation.quote))

    def updated(a: int, b: int) -> bool:
        (first, _), (second, _) = items[a], items[b]
        return published.get(first.source) != published.get(second.source) and any(
            running(c) for c in (first, second)
        )

    figures: dict[tuple[str, str], frozenset] = {}  # each sentence's figures, read once however many counts it has

    def figures_in(citation: Citation) -> frozenset:
        key = (citation.source, citation.sentence)
        if key not in figures:
            figures[key] = frozenset(parse_number(m.group(0)) for m in _NUMBER.finditer(sentence_text(citation)))
        return figures[key]

    told_in_parts: dict[tuple[str, str], bool] = {}
    # Each sentence's figures of each thing: "Damien ... 155 pounds, and Myles ... 200 pounds"
    # gives two men's weights, neither comparable with another outlet's figure alone.
    figures_of: dict[tuple[str, str, str], set] = defaultdict(set)
    for number in numbers:
        for citation in number.citations:
            figures_of[(citation.source, citation.sentence, number.what)].add(number.value)
    for (source, sentence, what), values in figures_of.items():
        # ("one count of racketeering and eight counts of sex trafficking": a one the counts
        # leave out is a part too, of the nine another outlet gives)
        one = _ONE_OF_A_KIND.search(sentence_text(Citation(source, sentence))) if what.endswith("s") else None
        if one is not None and one.group(1).lower() == what[:-1]:
            values.add(1)
    statements: dict[str, list[tuple[Citation, Number]]] = defaultdict(list)
    for number in numbers:
        if not number.what or number.what in _DISTANCES:
            continue  # (a distance is from somewhere: "50 km from the city" and "44 km from the city" may both be right)
        for citation in number.citations:
            text = sentence_text(citation)
            key = (citation.source, citation.sentence)
            if key not in told_in_parts:
                told_in_parts[key] = _ANOTHER_COUNT.search(text) is not None
            if not (_part_of_a_total(text, citation.quote, number.value) or _in_a_range(text, citation.quote)
                    or _converted(text, citation.quote) or _a_margin(text, citation.quote) or told_in_parts[key]
                    or (number.what in BODY_MEASURES and len(figures_of[(citation.source, citation.sentence, number.what)]) > 1)):
                statements[number.what].append((citation, number))
    comparisons: list[Comparison] = []
    stems: dict[tuple[str, str], frozenset[str]] = {}  # each sentence's words, read once however many counts it has
    for what, items in statements.items():
        skip = {fold(what)[:5]}
        contexts = []
        for citation, _ in items:
            key = (citation.source, citation.sentence)
            if key not in stems:
                stems[key] = _stems(sentence_text(citation))
            contexts.append(stems[key] - skip)
        by_source: dict[str, list[int]] = defaultdict(list)  # each outlet's counts of this thing, once each
        listed: set[tuple[str, int]] = set()
        for i, (citation, number) in enumerate(items):
            if (citation.source, id(number)) not in listed:
                listed.add((citation.source, id(number)))
                by_source[citation.source].append(i)
        related: dict[tuple[int, str], list[tuple[float, int]]] = defaultdict(list)
        for a, b in _context_pairs(contexts):
            if items[a][0].source == items[b][0].source:
                continue
            score = len(contexts[a] & contexts[b]) / max(1, len(contexts[a] | contexts[b]))
            if score >= RELATED:
                related[(a, items[b][0].source)].append((score, b))
                related[(b, items[a][0].source)].append((score, a))
        agreed: dict[tuple[str, int], bool] = {}  # (outlet, count) -> _gives_agreeing, once each
        done = set()
        for (a, _), candidates in sorted(related.items()):
            # Two figures of one sentence tie: the one told with the same words is the counterpart
            # ("$55 million for economic injuries and $60 million for emotional distress").
            candidates.sort(key=lambda pair: (-pair[0], -len(beside(items[a][0]) & beside(items[pair[1]][0])), pair[1]))
            agreeing = [
                (s, b) for s, b in candidates
                if _agreement(items[a][1], items[b][1]) not in ("differ", "unsaid")
                and not _other_tolls(items[a][0], items[b][0], toll_state)
            ]
            if agreeing:
                b = agreeing[0][1]
            elif (candidates[0][0] >= SAME_EVENT and _agreement(items[a][1], items[candidates[0][1]][1]) == "differ"
                  and not _answered(a, candidates[0][1], items, by_source, agreed)
                  and not updated(a, candidates[0][1]) and _comparable(items[a][1], items[candidates[0][1]][1])
                  and not any(of_a_moment(items[i][0]) for i in (a, candidates[0][1]))
                  and not _other_tolls(items[a][0], items[candidates[0][1]][0], toll_state)
                  and kind_of(items[a][0]) == kind_of(items[candidates[0][1]][0])
                  and not _echoed(items[a], items[candidates[0][1]], figures_in)
                  and not _parts_of(items[a], items[candidates[0][1]], figures_of)
                  and not any(_A_PART_OF.match(items[i][0].quote or "") for i in (a, candidates[0][1]))):
                b = candidates[0][1]
            else:
                continue
            pair = (min(a, b), max(a, b))
            if pair in done:
                continue
            done.add(pair)
            first, second = items[pair[0]], items[pair[1]]
            comparisons.append(
                Comparison(what, _side(*first), _side(*second), _agreement(first[1], second[1]), first[1].unit)
            )
    comparisons.sort(key=lambda c: (c.what, c.first[0], c.second[0]))
    return comparisons, _conflicts(comparisons)


MAX_PARTS = 6  # the most figures of one thing in a sentence that are summed in twos, threes, ...
# Figures ten times apart or more are two figures ("190 people on board", "19 dead"), not one
# figure two outlets tell two ways (an early toll of 12 and a later one of 79 can be).
APART = 10


# "five counts of tax evasion" beside "eight counts in all": a count of one kind is no rival to
# a count of another kind, or of all.
_OF_A_KIND_AFTER = re.compile(
    rf"\s+of\s+(?!(?:{'|'.join(WORDS_AFTER_OF_NAMING_NO_KIND)})\b)([^\W\d_][\w-]*)", re.IGNORECASE
)


_ONE_OF_A_KIND = re.compile(r"(?i)\b(?:one|a single)\s+([a-z]+)\s+of\b")


def _kind_of(citation: Citation, sentence_text) -> str | None:
    text = sentence_text(citation)
    at = text.find(citation.quote) if citation.quote else -1
    found = _OF_A_KIND_AFTER.match(text, at + len(citation.quote)) if at >= 0 else None
    return found.group(1).lower() if found else None


def _parts_of(first: tuple[Citation, Number], second: tuple[Citation, Number], figures_of) -> bool:
    """Whether either figure is the sum of two or more figures of the same thing that the other's
    sentence gives ("$10 million in compensatory damages and $5 million in punitive damages"
    against "$15 million in damages"): parts and their total, not rival figures. So may an
    amount of money be that one sentence gives among others, against another sentence's one
    figure larger than it and no larger than their sum: a part against a total told otherwise."""
    for (citation, number), (other_citation, other) in ((first, second), (second, first)):
        parts = sorted(figures_of[(citation.source, citation.sentence, number.what)])
        if len(parts) < 2:
            continue
        if number.unit and number.unit != "%" \
                and len(figures_of[(other_citation.source, other_citation.sentence, other.what)]) == 1 \
                and number.value < other.value <= sum(parts) * (1 + 1e-9):
            return True  # ("$5 million in punitive damages" beside "$10 million", against "$12 million in damages")
        if len(parts) <= MAX_PARTS and any(
            abs(sum(chosen) - other.value) < 1e-9 * max(1, abs(other.value))
            for size in range(2, len(parts) + 1) for chosen in combinations(parts, size)
        ):
            return True
    return False


def _comparable(first: Number, second: Number) -> bool:
    low, high = sorted((abs(first.value), abs(second.value)))
    return low > 0 and high / low < APART


# "3,000 workers in Canada and another 3,600 in the US": a figure told in parts, each a part of
# what another outlet may give whole.
_ANOTHER_COUNT = re.compile(r"(?i)\banother\s+\d")
# "four other people": a count beside names, whose total depends on who else is counted.
_BESIDE_OTHERS = ("other", "remaining")


def _echoed(first: tuple[Citation, Number], second: tuple[Citation, Number], figures_in) -> bool:
    """Whether two counts that differ may be of two things: either sentence also gives the
    other's figure ("53 confirmed cases" beside "some 64 cases (53 confirmed, 11 probable)"), or
    one is a count of others beside the names read with it ("Bush and four other people")."""
    if first[1].unit or second[1].unit:
        return False
    if first[1].qualifier in _BESIDE_OTHERS or second[1].qualifier in _BESIDE_OTHERS:
        return True
    for (_, number), (citation, _) in ((first, second), (second, first)):
        if number.value in figures_in(citation):
            return True
    return False


def _answered(a: int, b: int, items, by_source, agreed: dict) -> bool:
    """True when either outlet also gives, anywhere, a count that agrees with the other's:
    then they agree on that figure, and the two counts are of different things."""
    return _gives_agreeing(items[a][0].source, b, items, by_source, agreed) or _gives_agreeing(
        items[b][0].source, a, items, by_source, agreed
    )


def _gives_agreeing(source: str, other: int, items, by_source, agreed: dict) -> bool:
    """Whether `source` gives, anywhere, a count of this thing that agrees with count `other`:
    worked out once per outlet and count (kept in `agreed`), however many pairs ask."""
    key = (source, other)
    if key not in agreed:
        agreed[key] = any(_agreement(items[c][1], items[other][1]) != "differ" for c in by_source[source])
    return agreed[key]


def _side(citation: Citation, number: Number):
    return citation, number.value, number.qualifier, number.total


def _context_pairs(contexts: list[frozenset[str]], max_share: int = 60):
    index: dict[str, list[int]] = defaultdict(list)
    for i, words_ in enumerate(contexts):
        for word in words_:
            index[word].append(i)
    pairs = set()
    for members in index.values():
        if len(members) > max_share:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((a, b))
    return sorted(pairs)


QUALIFIED_ROUNDING_SHARE = 0.1


def amount_range(value: float, qualifier: str | None, step: float | None) -> tuple[float, float]:
    """The values a qualified amount allows, each end widened by half the step the outlet
    rounded to: "over 73%" is anything from 72.5% up. A qualified figure's word already says it
    is not exact, so its rounding widens it by a tenth of itself at most: "nearly $1 billion"
    is not anything from $400 million (a step of a whole billion would make it so)."""
    half = (step or 0) / 2
    if qualifier:
        half = min(half, abs(value) * QUALIFIED_ROUNDING_SHARE)
    if qualifier in ("over", "at least"):
        return value - half, float("inf")
    if qualifier == "nearly":
        return value * 0.9 - half, value + half
    if qualifier == "around":
        return value * 0.9 - half, value * 1.1 + half
    if qualifier in ("up to", "under"):
        return 0, value + half
    return value - half, value + half


def value_range(value: int, qualifier: str | None) -> tuple[float, float]:
    """The values a qualified count allows: "over 100" is (100, inf), "around 1,200" ±10%."""
    if qualifier == "over":
        return value + 0.5, float("inf")
    if qualifier == "at least":
        return value, float("inf")
    if qualifier == "nearly":
        return value * 0.9, value - 0.5
    if qualifier == "around":
        return value * 0.9, value * 1.1
    if qualifier in ("up to", "under"):
        return 0, value if qualifier == "up to" else value - 0.5
    return value, value


def _agreement(a: Number, b: Number) -> str:
    """"same", "read together", "differ", or "unsaid": an open range that allows the other figure
    only because it has no end ("more than 20 goals" a season and "213 goals" in all, "more than
    500 passengers" and "more than 200 other passengers") says nothing of it either way."""
    if a.direction and b.direction and a.direction != b.direction:
        return "unsaid"  # a rise and a fall: two changes, neither a reading of the other
    if a.value == b.value and a.qualifier == b.qualifier:
        return "same"
    if a.unit and not a.qualifier and not b.qualifier:
        if amounts_agree((a.value, a.step), (b.value, b.step)):
            return "read together"
        if a.step != b.step and abs(a.value - b.value) <= ROUNDED_APART * max(abs(a.value), abs(b.value)):
            # "$14 billion" and "$14.9 billion": one outlet's round figure a few per cent off
            # another's finer one is as likely another measure (without debt, and with it) or a
            # figure cut short as a rival; neither is stated against the other
            return "unsaid"
        return "differ"
    if a.unit:  # "73%" and "over 73%" agree: 73.2% is both, once rounded
        range_a, range_b = amount_range(a.value, a.qualifier, a.step), amount_range(b.value, b.qualifier, b.step)
    else:
        range_a = value_range(a.total or a.value, None if a.total else a.qualifier)
        range_b = value_range(b.total or b.value, None if b.total else b.qualifier)
    if not _overlap(range_a, range_b):
        # "over 300 goals" for club and country, "58" international ones: a count far below an
        # open range's bound is more likely a part than a rival figure.
        return "unsaid" if not a.unit and _far_outside(range_a, range_b) else "differ"
    if a.unit and {a.qualifier, b.qualifier} == {"around", None} and not _overlap(
            amount_range(a.value, None, a.step), amount_range(b.value, None, b.step)):
        # "about $14 billion" and "$14.9 billion": within a tenth, but not one figure rounded two
        # ways (14.9 rounds to 15): maybe two measures (without debt and with it), so neither
        return "unsaid"
    percent = a.unit == "%"
    if percent and {a.qualifier, b.qualifier} & {"around", "nearly"} and not _overlap(
            _share_range(a), _share_range(b)):
        # "nearly 70%" (of the votes counted) and "around 59%" (voted No): a tenth of a share is
        # several points, more than "about" a share allows; maybe two measures, so neither
        return "unsaid"
    return "read together" if _overlap(_within_reach(*range_a, percent), _within_reach(*range_b, percent)) else "unsaid"


# How far apart, as a share of the larger, a round amount and a finer one may be and still be
# two measures or a figure cut short rather than two outlets' rival figures.
ROUNDED_APART = 0.1
# How many points "about" or "nearly" a share allows: "around 59%" is 56.5% to 61.5%.
SHARE_QUALIFIED_POINTS = 2.5


def _share_range(share: Number) -> tuple[float, float]:
    if share.qualifier == "around":
        return share.value - SHARE_QUALIFIED_POINTS, share.value + SHARE_QUALIFIED_POINTS
    if share.qualifier == "nearly":
        return share.value - SHARE_QUALIFIED_POINTS, share.value
    return amount_range(share.value, share.qualifier, share.step)


# How many times below an open range's bound (or above an upper bound) a count is no rival to it.
FAR_OUTSIDE = 2


def _far_outside(a: tuple[float, float], b: tuple[float, float]) -> bool:
    (low, high), other = (a, b) if a[1] == float("inf") or a[0] == 0 else (b, a)
    if high == float("inf"):
        return other[1] * FAR_OUTSIDE < low
    return low == 0 and other[0] > high * FAR_OUTSIDE


# How far an open range reaches when read together with a figure: "over 100" agrees with 123,
# not with 213 ("up to 500" agrees with 400, not with 20).
OPEN_RANGE_REACH = 1.5
# A share's open range reaches a few points at most, not half again: "just over 44%" of the vote
# and "56%" are two candidates' shares, not one figure read two ways.
PERCENT_POINTS_REACH = 5


def _within_reach(low: float, high: float, percent: bool = False) -> tuple[float, float]:
    if high == float("inf"):
        return low, min(low * OPEN_RANGE_REACH, low + PERCENT_POINTS_REACH) if percent else low * OPEN_RANGE_REACH
    if low == 0:
        return (max(high / OPEN_RANGE_REACH, high - PERCENT_POINTS_REACH) if percent else high / OPEN_RANGE_REACH), high
    return low, high


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def stated(value: int | float, qualifier: str | None, unit: str | None = None) -> str:
    """A count or amount as the outlet put it: "over 100", "113 other", "about $60 billion"."""
    number = format_amount(value, unit) if unit else f"{value:,}"
    if qualifier in ("other", "remaining"):
        return f"{number} {qualifier}" if qualifier == "other" else f"the remaining {number}"
    return f"{qualifier} {number}" if qualifier else number


def _conflicts(comparisons: list[Comparison]) -> list[CountConflict]:
    merged: dict[tuple[str, Citation], dict] = {}
    for comparison in comparisons:
        if comparison.how != "differ":
            continue
        key = (comparison.what, comparison.first[0])
        entry = merged.setdefault(key, {"values": {}, "citations": {}})
        for citation, value, qualifier, _ in (comparison.first, comparison.second):
            entry["values"].setdefault(citation.source, stated(value, qualifier, comparison.unit))
            entry["citations"].setdefault(citation)
    return [
        CountConflict(what, tuple(sorted(entry["values"].items())), tuple(entry["citations"]))
        for (what, _), entry in merged.items()
    ]
