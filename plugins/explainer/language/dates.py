"""Dates in a sentence, in the words the source used, resolved against its publication date.

News reports date things loosely: "on Saturday", "in June", "five years ago", "the previous
year". Each is resolved against the source's publication date (or a date the sentence itself
gives), and keeps its precision, so "2020" never turns into 1 January 2020. A number is only a
date when its shape and context say so: "123 prisoners", "1,227", "an 11-year sentence" and
"aged 63" are counts, not years.

Everything here is plain English date grammar; nothing is specific to one story.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..base.text import phrase_alternation
from .lexicon import (
    ADVERBS_OF_NOWADAYS,
    CALLING_FOR_VERBS,
    CLAUSE_BREAK_WORDS,
    CLOSING_PRICE_WORDS,
    COMING_WORDS,
    DAY_PARTS_BEFORE_A_DATE,
    DAYS_SAID_FROM_THE_REPORT,
    DETERMINERS,
    DIRECTING_VERBS,
    EXPECTATION_PARTICIPLES,
    FUTURE_IN_THE_PAST_MARKERS,
    FUTURE_MARKERS,
    HAD_HAPPENING_DETERMINERS,
    HAVING_VERBS,
    IRREGULAR_PAST_PARTICIPLES,
    IRREGULAR_PAST_TENSES,
    LEGAL_INSTRUMENT_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    NAMED_BODY_WORDS,
    NAMED_DAY_WORDS_BEFORE_A_WEEKDAY,
    NEWSPAPER_WORDS_AFTER_A_WEEKDAY,
    NOUNS_A_WEEKDAY_NAMES,
    NOUNS_COUNTED_AFTER_A_NUMBER,
    NUMBER_WORDS,
    PARTICIPLES_TELLING_A_PAST,
    PARTS_OF_A_DAY_IN_A_PROGRAMME_NAME,
    PAST_EXPECTATIONS,
    PERIOD_FIGURE_NOUNS,
    POSSESSIVE_PRONOUNS,
    SCHEDULED_EVENT_NOUNS,
    SECURITY_NOUNS,
    SPEECH_VERBS_REPORTED,
    TIME_SPAN_UNITS,
    TITLE_CASE_WORDS_NOT_A_PROGRAMME_NAME,
    TITLE_HOLDER_NOUNS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    WORDS_BETWEEN_A_SCHEDULE_AND_ITS_DAY,
    WORDS_OF_A_PAST_CAUSE,
    WORK_NOUNS,
)

YEAR, MONTH, DAY = "year", "month", "day"

_FULL = "|".join(MONTH_NAMES)
_ABBR = "|".join(a.capitalize() for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
# A month name, or an abbreviation (with or without its full stop) where a day or year follows.
_MONTH = rf"(?:{_FULL}|(?:{_ABBR})\.?)"
_DAY = r"(?<![\d,.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_DIGITS = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
# "March 6-10", "6-10 March": the last day of a span of days (the span is dated by its first)
_TO_DAY = r"(?:[-\u2013](?:[12]\d|3[01]|0?[1-9])(?![\d]))?"
_YEAR = rf"(?<![\d,.]){_YEAR_DIGITS}(?!\w|[,.]\d)"
_WEEKDAY = "|".join(WEEKDAY_NAMES)
# For the other modules that must recognise a month (datelines, counts, places): one list.
MONTH_PATTERN = _MONTH
MONTH_WORDS = "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
_NUMBER = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_MONTH_LEAD = r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-|[Oo]f|[Tt]hrough|[Bb]efore|[Aa]fter)"

# Every form starts where a word starts; saying so first lets the engine skip the rest quickly.
PATTERN = re.compile(
    r"\b(?:" + "|".join(
        [
            # 13 December 2025 · 13 December, 2025 · 13th of December 2025
            rf"(?P<dmy>(?P<dmy_d>{_DAY}){_TO_DAY}\s+(?:of\s+)?(?P<dmy_m>{_MONTH}),?\s+(?P<dmy_y>{_YEAR}))",
            # December 13, 2025 · Dec. 13 2025 · March 6-10, 2023 (a span, dated by its start)
            rf"(?P<mdy>(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY}){_TO_DAY},?\s+(?P<mdy_y>{_YEAR}))",
            # July 2021 · Sept. 2020 · late February 2020
            rf"(?P<my>(?:(?:[Ee]arly|[Ll]ate|[Mm]id)-?\s*)?(?P<my_m>{_MONTH})\s+(?:of\s+)?(?P<my_y>{_YEAR}))",
            # 13 December · 12th of December (the year is the publication's)
            rf"(?P<dm>(?P<dm_d>{_DAY}){_TO_DAY}\s+(?:of\s+)?(?P<dm_m>{_MONTH})(?![\w]))",
            # Dec. 13 · June 26 · March 6-10
            rf"(?P<md>(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY}){_TO_DAY}(?![\w:]|[,.]\d))",
            # in June · In September · since March (a bare month needs a word that makes it one)
            rf"(?P<mo>(?P<mo_lead>\b{_MONTH_LEAD})\s+(?:(?:early|late|mid)-?\s*)?(?P<mo_m>{_FULL})(?![\w]|,?\s+(?:of\s+)?\d))",
            # on Saturday · Saturday · last Saturday
            rf"(?P<wd>(?:\b(?P<wd_lead>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\s+)?\b(?P<wd_d>{_WEEKDAY})(?![\w]))",
            # five years ago · a decade ago · 3 months ago
            rf"(?P<ago>(?i:(?<![\d][,.])\b(?P<ago_n>\d{{1,3}}|{_NUMBER})\s+(?P<ago_u>year|month|week|day|decade)s?\s+ago\b))",
            r"(?P<thisyear>(?i:\b(?:earlier|later|early|late)?\s*this\s+year\b))",
            # (not "in the last year", "over the last month": the twelve months, the weeks, just gone)
            r"(?P<lastyear>(?i:(?<!\bthe\s)\blast\s+year\b))",
            r"(?P<nextyear>(?i:(?<!\bthe\s)\bnext\s+year\b))",  # (not "The next year, she won it": the year after another)
            r"(?P<prevyear>(?i:\b(?:the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before))\b))",
            r"(?P<thismonth>(?i:\b(?:earlier\s+|later\s+)?this\s+month\b))",
            r"(?P<lastmonth>(?i:(?<!\bthe\s)\blast\s+month\b))",
            r"(?P<today>(?i:\btoday\b)(?:['\u2019]s)?)",
            r"(?P<yesterday>(?i:\byesterday\b)(?:['\u2019]s)?)",
            r"(?P<eve>(?i:\bthe\s+eve\s+of\b))",
            r"(?P<theday>(?i:\bon\s+the\s+(?:same\s+)?day\b))",
            # 2022 · the 2020 election · since 2020 (checked against counts below)
            rf"(?P<year>{_YEAR})",
        ]
    ) + ")"
)

# A cheap first look: a sentence without a digit, a month, a weekday or a relative word has no
# date, and most sentences are skipped before the full pattern runs.
_TRIGGER = re.compile(
    r"(?<![\d,.])\d{4}(?!\d)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?i:\b(?:today|yesterday|ago|this\s+(?:year|month)|(?:last|next)\s+(?:year|month)"
    r"|(?:previous|preceding|prior)\s+year|year\s+(?:before|earlier)|eve\s+of|the\s+(?:same\s+)?day)\b)"
)

_FUTURE_IN_THE_PAST = re.compile(rf"(?i)(?:{phrase_alternation(FUTURE_IN_THE_PAST_MARKERS)})")
_FUTURE = re.compile(
    # ("crashed minutes before it was due to land on Sunday": a timetable told in the past, whose
    # day may be one gone, as `PAST_EXPECTATIONS` reads it; not "said he was eager to return on
    # Monday", a wish, still ahead)
    r"(?i)(?<!\bwas\s)(?<!\bwere\s)\b(?:" + phrase_alternation([m for m in FUTURE_MARKERS if m.startswith("due ")]) + r")\b"
    r"|\b(?:" + phrase_alternation(
        [m for m in (*FUTURE_MARKERS, *FUTURE_IN_THE_PAST_MARKERS) if not m.startswith("due ")]
    ) + r")\b"
    r"|\w['\u2019]ll\b|\b(?:should|must)\s+(?!have\b)[a-z]+"
    # "could also see temperatures stay above 20C": a forecast (not "May told", a name)
    r"|\b(?:could|might|(?-i:may))\s+(?:also\s+|still\s+|even\s+)?(?!have\b)[a-z]+"
)
# "is from 1 to 2 p.m. ", "are on ": the present tense of a schedule, just before the day it
# names. Each word is followed by a space, so the words can be read one way only.
_SCHEDULED = re.compile(
    r"(?i)\b(?:is|are)\s+(?:(?:on|at|from|to|until|between|and|noon|midnight|\d{1,2}(?:[:.]\d{2})?"
    r"|[ap]\.?m\.?)\s+)*$"
)
# "who has a bail hearing Friday", "faces another trial on Monday": a scheduled happening someone
# has or faces, in the present, is still to come.
_HAS_SCHEDULED = re.compile(
    rf"(?i)\b(?:{'|'.join(HAVING_VERBS)})\s+(?:{'|'.join(HAD_HAPPENING_DETERMINERS)})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(SCHEDULED_EVENT_NOUNS))})\b"
)
# "was ordered detained until a hearing Thursday", "pending a trial on Monday": what is awaited
# is still to come.
# ("ahead of King Charles' first state visit on Sunday": a name's may stand for the determiner)
_AWAITING_A_SCHEDULED = re.compile(
    rf"(?i)\b(?:until|pending|awaiting|ahead\s+of)\s+(?:(?:{'|'.join(HAD_HAPPENING_DETERMINERS)})\s+"
    r"|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:'s|\u2019s|'|\u2019)\s+))(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(SCHEDULED_EVENT_NOUNS))})\s+(?:on\s+)?$"
    # ("had been awaiting sentencing in California in late June": a bare noun, and where)
    rf"|\b(?:pending|awaiting)\s+(?:{'|'.join(sorted(SCHEDULED_EVENT_NOUNS))})\s+"
    r"(?:(?:in|at)\s+(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+)?(?:on\s+)?$"
)
# "Unions have called for another day of strikes and protests on Tuesday": the day of what is called
# for, still to come, not of the calling the clause tells, whose day is unsaid (not "called for
# calm after protests on Tuesday", which were held).
_CALLED_FOR_A_SCHEDULED = re.compile(
    rf"(?i)\b(?:{'|'.join(CALLING_FOR_VERBS)})\s+for\s+"
    rf"(?:(?!(?:{'|'.join(WORDS_OF_A_PAST_CAUSE)})\b)[\w'\u2019-]+\s+){{0,6}}?"
    rf"(?:{'|'.join(sorted(SCHEDULED_EVENT_NOUNS))})\s+(?:on\s+)?$"
)
# "is seeking approval, with a decision expected in early January": a thing awaited, in the
# absolute construction that needs no verb of its own.
_WITH_A_THING_AWAITED = re.compile(
    r"(?i)\bwith\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:expected|due|scheduled|set)\s+"
    r"(?:(?:in|on|by|for|early|late|mid|next|as\s+soon\s+as)\s+)*$"
)
_ONTO_THE_DAY = re.compile(rf"(?i)\s*(?:(?:{'|'.join(WORDS_BETWEEN_A_SCHEDULE_AND_ITS_DAY)})\s+)*")
SCHEDULED_NOUN_REACH = 80  # characters before the date in which "has a hearing" is looked for
_DASH_ASIDE = re.compile(r"[\u2014\u2013][^\u2014\u2013]*[\u2014\u2013]")
# (and a court's order set after what it orders: "... will spend the rest of her life behind
# bars, a judge ordered on Monday")
_SAYING = re.compile(rf"\b(?:{SPEECH_VERBS_REPORTED})\b|,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:ordered|ruled)\b")
# A thing planned, named as the subject of a clause: "the scheduled flight", "a planned launch".
_PLANNED_THING = re.compile(r"(?i)(?:a|the|its|their)\s+(?:scheduled|planned)")
_PAST_VERB_AFTER_A_THING = re.compile(
    r"(?:\s+[\w-]+){1,3}?(?:,[^,;]{1,60},)?\s+(?:[a-z]{3,}ed|" + "|".join(IRREGULAR_PAST_TENSES) + r")\b"
)
# A relative clause in the past tense: "that occurred", "which was", "who had", "which he
# received"; or a clause with its own subject in the past: "after he was sworn in".
_PAST_CLAUSE = re.compile(
    r"(?i)\b(?:that|which|who)\s+(?:(?:he|she|they|it|we)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|" + "|".join(IRREGULAR_PAST_TENSES) + r")\b"
    # "pledged to end corruption after he was sworn in Saturday": a past clause of its own
    r"|\b(?:he|she|they|it|we)\s+(?:was|were|had)\b"
    # "Pogba, who will turn 31 in March, was an unused substitute ... on 20 August": past after the aside
    r"|,\s+(?:was|were|had)\s"
    # "would oversee the rescue at the site where the building collapsed early Saturday"
    r"|\bwhere\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + "|".join(IRREGULAR_PAST_TENSES) + r")\b"
    # "will fly out to help those affected by the crash ... Wednesday": a past participle's own
    # happening (not "will be decided by the court")
    r"|\b(?<!be\s)(?<!been\s)(?<!being\s)[a-z]{3,}ed\s+(?:by|in)\s+(?:the|a|an)\b"
    # "Qatar will purchase jets, an agreement to this effect was concluded ... on Wednesday": a
    # clause in the past passive of its own
    r"|\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + "|".join(IRREGULAR_PAST_PARTICIPLES) + r")\b"
    # ("who will be laid to rest on Sunday, had been hospitalized in November": the past perfect too)
    # "will purchase it at a 40% mark-up on its price when the market closed on Friday": a time
    # clause in the past, its subject a few words (not "after it is approved")
    r"|\b(?:when|after|since|once)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:is|are|be|been|being|will|would|has|have|gets?)\b)[a-z][\w'\u2019-]*\s+){1,3}?"
    r"(?:[a-z]{3,}ed|" + "|".join(IRREGULAR_PAST_TENSES) + r")\b"
)
# "between 5 and 11 July", "July 5-11": a span of days, so only its month is stated.
_DAY_SPAN_BEFORE = re.compile(r"(?i)\b(?:between|from)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013)\s*$")
_DAY_SPAN_AFTER = re.compile(
    rf"(?i)^\s*(?:-|\u2013|to|and|through)\s*\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s+(?:of\s+)?(?:{_MONTH}))"
)
# "2013-14", "2015/16", "2010-2012": a season or a span, not a year on its own.
_SPAN_AFTER = re.compile(r"^[-\u2013/](?:\d{2}|\d{4})(?!\d)")
_SPAN_BEFORE = re.compile(r"\d{4}\s*[-\u2013/]\s*$")

_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an)\s+$")
_DESIGNATION_BEFORE = re.compile(r"\b[A-Z0-9]{1,2}/$")
_DESIGNATION_AFTER = re.compile(r"\s[A-Z]{1,2}\d{1,3}\b")
# Words that make a following four-digit number a count rather than a year.
_QUANTIFIERS = re.compile(
    r"(?i)(?:\b(?:over|about|around|nearly|almost|some|than|up to|least|roughly|approximately|"
    r"estimated|only|just|another)\s+|[$\u20ac\u00a3#~\u2248]\s*|\bNo\.?\s*|\bnumber\s+)$"
)
_COUNTED = re.compile(
    r"(?i)^(?:\s*-?\s*(?:years?|months?|weeks?|days?|hours?|old|yr)\b|\s*%|\s*per\s*cent|"
    rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(NOUNS_COUNTED_AFTER_A_NUMBER, key=len, reverse=True))})\b)"
)


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: where, the words as written, and what they mean.

    `value` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" to match `precision`; `relative` says the
    words alone do not give the date (a weekday, a month with no year, "five years ago"), so
    it was worked out from the publication date or another date in the same text.
    """

    start: int
    end: int
    text: str
    value: str
    precision: str
    relative: bool

    @property
    def year(self) -> int:
        return int(self.value[:4])

    def day(self) -> dt.date | None:
        return dt.date.fromisoformat(self.value) if self.precision == DAY else None


def find_dates(text: str, published: dt.date) -> list[DateMention]:
    """Every date mentioned in `text`, in order, resolved against `published`.

    The timeline, the numbers and the facts all ask about the same sentences, so each
    answer is computed once per build (a fresh list each call, so callers may keep it).
    """
    return list(_find_dates(text, published))


@lru_cache(maxsize=65536)
def _find_dates(text: str, published: dt.date) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(text, published))


# "KINSHASA, Dec 2 (Reuters) —", "SEATAC, Wash. --", "Madrid, 2 June 2019 (dpa/MIA) –", "Podgorica,
# April 4, (dpa/GNA) –", "Aug 29
# (NHK) -", "Lima, Dec 26 (EFE).-": a dateline opening the first sentence dates the report, not
# what it reports.
DATELINE = re.compile(
    rf"[A-Z][A-Z.'\u2019 /-]{{1,40}}(?:,\s*[A-Z][A-Za-z.]{{1,12}})?,?\s+"
    rf"(?:(?:{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?:{_MONTH}))(?:,?\s+{_YEAR_DIGITS})?"
    rf",?\s*(?:\([^()\n]{{1,40}}\))?\s*(?:[-\u2013\u2014]{{1,2}}|:|\.\s*/[A-Za-z][\w .-]{{0,30}}/\.?)(?:\s|$)"
    # a place not in capitals ("Madrid, 2 June 2019 (dpa/MIA) -"): the agency in brackets says it
    # (and its country in square brackets: "Madrid [Spain], October 31 (HBTV):")
    rf"|[A-Z][\w.'\u2019 -]{{1,40}}?(?:\s*\[[A-Za-z .]{{1,30}}\])?,\s+(?:(?:{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?:{_MONTH}))(?:,?\s+{_YEAR_DIGITS})?"
    rf",?\s*\([A-Za-z][^()\n]{{0,30}}\)\.?\s*(?:[-\u2013\u2014]{{1,2}}|:)(?:\s|$|(?=[A-Z]))"
    # the weekday, the date and a dash: "Thursday, May 9, 2024 - The ..."
    rf"|(?:{'|'.join(WEEKDAY_NAMES)}),?\s+(?:(?:{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?:{_MONTH})),?\s+{_YEAR_DIGITS}"
    rf"\s*[-\u2013\u2014]{{1,2}}\s"
    # an agency in capitals needs no dash after it: "Liverpool, July 22 (IANS) Liverpool Mayor ...",
    # "New Delhi/New York, June 18 (UNI) Nikhil ..."
    rf"|(?:[A-Z][\w.'\u2019 /-]{{1,40}}?,\s+)?(?:(?:{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?:{_MONTH}))(?:,?\s+{_YEAR_DIGITS})?"
    rf"\s*\([A-Z]{{2,6}}\)\s+(?=[A-Z])"  # (or with no place: "Jun 21 (AP) Gang members ...")
    # without the place, the agency or broadcaster in brackets says it is a dateline
    rf"|(?:(?:{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?:{_MONTH}))(?:,?\s+{_YEAR_DIGITS})?"
    rf"\s*\([A-Za-z][^()\n]{{0,30}}\)\.?\s*(?:[-\u2013\u2014]{{1,2}}|:)(?:\s|$)"
    # the agency's bracket dating the report: "WASHINGTON (UrduPoint News / Sputnik - 20th March,
    # 2023) The ...", "Geneva, Sept 16 (UrduPoint / Pakistan Point News - 16th Sep, 2022 ) :",
    # "Wilmington, United States, (UrduPoint / ... - 19th Apr, 2023 ) :"
    rf"|[A-Z][\w.'\u2019 -]{{1,40}}?(?:,\s+[A-Z][\w.'\u2019 -]{{1,30}}?)?"
    rf"(?:,\s+(?:(?:{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?:{_MONTH})))?,?\s*"
    rf"\([A-Za-z][^()\n]{{0,60}}?[-\u2013\u2014]\s*(?:{_DAY}\s+(?:{_MONTH})|(?:{_MONTH})\.?\s+{_DAY}),?\s+{_YEAR_DIGITS}\s*\)"
    rf"\s*(?:[-\u2013\u2014]{{1,2}}|:)?\s*"
    # a page's date stamp glued to the first word: "February 22, 2017Thousands of residents ..."
    rf"|(?:{_MONTH})\.?\s+{_DAY},?\s+{_YEAR_DIGITS}(?=[A-Z][a-z])"
)


def dateline_end(text: str) -> int:
    """Where a dated dateline opening `text` ends (0: none)."""
    match = DATELINE.match(text)
    return match.end() if match else 0


# A dateline that gives no date, only the place: "LARISA, Greece \u2013", "SEATAC, Wash. --".
# ("DERNA, Libya (Reuters) -Residents", "MOSCOW-Kim Jong Un told": the dash is not always spaced.)
PLACE_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019 /-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s+(?:[-\u2013\u2014\u2022]{1,2}\s+|>>\s+|\([\w./]+\)\s*[-\u2013\u2014]{1,2}\s*)(?=[A-Z])"
    r"|[A-Z]{3,}(?:\s[A-Z]{3,})?[-\u2013\u2014](?=[A-Z][a-z])"
    # a wire's name alone in brackets, the place cut off before it: "(Reuters) - "
    r"|\([A-Z][\w ]{1,20}\)\s*[-\u2013\u2014]{1,2}\s*(?=[A-Z])"
    # a state's abbreviation left of a bullet, its city cut off by the sentence splitter ("Calif. \u2022 ")
    r"|[A-Z][a-z]{1,5}\.\s+\u2022\s+(?=[A-Z])"
    # in title case, with the wire or the country: "Jakarta (AsiaNews) - ", "Calais, France \u2013 "
    # (", " after the dash: the date words after it left out, "Calais, France \u2013 On Wednesday, the")
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s+\([\w.]+\)|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*[-\u2013\u2014]{1,2}"
    r"(?:\s+(?=[A-Z])|\s*,\s+(?=[a-z]))"
    # with a colon: "MOULAY BRAHIM, MOROCCO: ", "New Delhi: "
    r"|[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s*[A-Z][A-Z.'\u2019 -]{1,30})?:\s+(?=[A-Z])"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+(?=[A-Z][a-z\u2019']+\s)"
    # a wire's bracket, then the place: "(MENAFN- IANS) London, "
    r"|\([A-Z][\w -]{1,30}\)\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?(?=[A-Z])"
    # a place in capitals and a comma, the sentence going on in words of its own: "SEOUL, More than 6,400 ..."
    r"|[A-Z]{3,}(?:\s[A-Z]{3,})?,\s+(?=[A-Z][a-z]+\s+[a-z])"
    # an outlet's name and a slash: "Shafaq News/ Turkish President ..."
    r"|[A-Z][a-z]+\s[A-Z][a-z]+/\s*(?=[A-Z])"
    # a website's name: "Investing.com -- "
    r"|[A-Z][\w-]*\.(?:com|net|org|co\.uk|in)\s+[-\u2013\u2014]{1,2}\s+(?=[A-Z])"
    # a wire's time and date stamp: "11:43 AM EDT, 07/24/2024 (MT Newswires) -- "
    r"|\d{1,2}:\d{2}\s*[AP]M\s+[A-Z]{2,4},\s+\d{1,2}/\d{1,2}/\d{2,4}\s*(?:\([^()]{1,30}\))?\s*[-\u2013\u2014]{1,2}\s+(?=[A-Z])"
)


def after_the_dateline(text: str) -> int:
    """Where a sentence's own words start, after a dateline dated ("KINSHASA, Dec 2 (Reuters) -")
    or not ("RICHMOND, Va. (WJLA) -", "GILROY, Calif. \u2022", "DERNA, LIBYA >>")."""
    place = PLACE_DATELINE.match(text)
    return max(dateline_end(text), place.end() if place else 0)



def _scan_dates(text: str, published: dt.date) -> list[DateMention]:
    if not _TRIGGER.search(text):
        return []
    found: list[DateMention] = []
    pending: list[tuple[str, re.Match]] = []  # forms that need the sentence's other dates
    report_date_end = dateline_end(text)
    for match in PATTERN.finditer(text, report_date_end):
        kind = match.lastgroup
        if kind is None:
            continue
        kind = _outer_group(match)
        if kind in ("prevyear", "eve", "theday"):
            pending.append((kind, match))
            continue
        mention = _resolve(kind, match, text, published)
        if mention is not None:
            found.append(mention)
    for kind, match in pending:
        mention = _resolve_against_sentence(kind, match, found, published)
        if mention is not None:
            found.append(mention)
    found.sort(key=lambda m: (m.start, m.end))
    found = _spans_as_their_start(_days_named_after(_weekdays_with_dates(found, text, published), text), text)
    found = _in_the_year_of_the_subject(found, text, published)
    return _weekdays_of_their_dates(_one_day_per_weekday(_weekdays_in_order(found, text), published), text, published)


def _weekdays_of_their_dates(found: list[DateMention], text: str, published: dt.date) -> list[DateMention]:
    """"was killed on Nov. 1 ... at around 2:30 a.m. on Tuesday": a weekday gone by, after the
    one day gone by on which the sentence says something happened ("on Nov. 1") and that is
    that weekday, restates that day; it is not the latest such weekday. (A day to come is
    another day: "was granted parole on Friday, effective January 5"; so is a day that names a
    thing, "a Nov. 23-25 survey published on Friday", and a weekday before the date: "went into
    Sunday the frontrunner after the first round on October 7" names two Sundays.)"""
    today = published.isoformat()
    weekdays = [m for m in found if _bare_weekday(m) and m.value <= today]
    if not weekdays:
        return found
    days = [
        m for m in found
        if m.precision == DAY and not _is_weekday(m) and m.value <= today and _ON_BEFORE.search(text, max(0, m.start - 4), m.start)
    ]
    out = []
    for mention in found:
        if mention in weekdays:
            wanted = WEEKDAYS[_bare_weekday(mention)]
            same = {d.value for d in days if d.end <= mention.start and dt.date.fromisoformat(d.value).weekday() == wanted}
            if len(same) == 1:
                mention = dataclasses.replace(mention, value=same.pop())
        out.append(mention)
    return out


_WEEKDAY_WORD = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAY_NAMES) + r")\b")
_ON_BEFORE = re.compile(r"(?i)\bon\s+$")
_NEXT_OR_LAST = re.compile(r"(?i)\b(?:next|last|this|coming)\b")


def _one_day_per_weekday(found: list[DateMention], published: dt.date) -> list[DateMention]:
    """A sentence that names one weekday twice ("will be deployed Tuesday night, the chief said
    Tuesday") means one day: the one already come, where one reading looked ahead."""
    days: dict[str, set[str]] = {}
    for mention in found:
        name = _bare_weekday(mention)
        if name:
            days.setdefault(name, set()).add(mention.value)
    settled = {}
    for name, values in days.items():
        past = [v for v in values if v <= published.isoformat()]
        if len(values) > 1 and past:
            settled[name] = max(past)
    if not settled:
        return found
    return [
        dataclasses.replace(m, value=settled[name]) if (name := _bare_weekday(m)) in settled else m for m in found
    ]


def _bare_weekday(mention: DateMention) -> str | None:
    """The weekday a mention names without "next", "last" or a date of its own, in lower case."""
    name = _WEEKDAY_WORD.search(mention.text)
    if name and mention.precision == DAY and mention.relative and not _NEXT_OR_LAST.search(mention.text):
        return name.group(0).lower()
    return None


# "from 2018 to 2020", "in 2017 and in 2018", "from 23 September to 6 October", "from 6 p.m.
# Wednesday to 6 a.m. Thursday": one span of time, dated by its start (a span's end is not when
# the happening happened).
_SPAN_JOIN = re.compile(
    r"(?i),?\s*(?:and|to|through|until|till|or|[-\u2013])\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?,?\s+)?"
    r"(?:(?:in|on|of)\s+)?(?:the\s+)?"
)
_WINDOW_BEFORE = re.compile(r"(?i)\bbetween\s+(?:the\s+)?$")
_BOTH_DAYS = re.compile(r"(?i),?\s*(?:and|&)\s")
# "19 May next year": the year-words after a date are part of that date, not a date of their own.
_YEAR_WORDS_AFTER = re.compile(r"(?i),?\s+(?:of\s+)?")


# "on Jan. 3 (8 p.m. PT Jan. 2)": the same moment told in another time zone, in brackets.
_RESTATED_BETWEEN = re.compile(
    r"[^\S\n]*\([^\S\n]*(?:\d{1,2}(?:[:.]\d{2})?[^\S\n]*(?:[ap]\.?m\.?)?[^\S\n]*(?:[A-Z]{2,4}[^\S\n]*)?,?[^\S\n]*)?(?:on[^\S\n]+)?"
)


_YEAR_OWNS = re.compile(r"(?i)\b(last|this|next)\s+year['\u2019]s\s+$")
_THEN_AGAIN = re.compile(r"(?i),?\s*(?:and|then|and\s+then)\s+(?:again\s+)?(?:on\s+)?")


def _weekdays_in_order(found: list[DateMention], text: str) -> list[DateMention]:
    """ "on Tuesday and again on Wednesday", told on a Tuesday: the days follow one another, so
    the Wednesday is the one after that Tuesday, not the one before it."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (
            previous is not None and _is_weekday(previous) and _is_weekday(mention)
            and mention.value < previous.value and _THEN_AGAIN.fullmatch(text, previous.end, mention.start)
        ):
            later = dt.date.fromisoformat(mention.value) + dt.timedelta(days=7)
            mention = dataclasses.replace(mention, value=later.isoformat())
        out.append(mention)
    return out


_NOWADAYS_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(ADVERBS_OF_NOWADAYS)})\s+(?:[a-z]+\s+){{0,2}}$")
_MONTHS_SPAN_BEFORE = re.compile(rf"(?i)\b(?:between|from)\s+(?:{_MONTH})\s+(?:and|to|through|until|-|\u2013)\s+$")


def _spans_as_their_start(found: list[DateMention], text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for mention in found:
        span = _MONTHS_SPAN_BEFORE.search(text, max(0, mention.start - 30), mention.start) \
            if mention.precision == MONTH else None
        if span is not None and not (out and out[-1].end > span.start()):
            # "between April and September 2024": some time in that year, not in September
            mention = dataclasses.replace(mention, start=span.start(), text=text[span.start() : mention.end],
                                          value=mention.value[:4], precision=YEAR)
        previous = out[-1] if out else None
        if previous is not None:
            between = text[previous.end : mention.start]
            if _RESTATED_BETWEEN.fullmatch(between) and text[mention.end : mention.end + 2].lstrip().startswith(")"):
                continue
            if previous.precision == mention.precision and _SPAN_JOIN.fullmatch(between):
                if _WINDOW_BEFORE.search(text, max(0, previous.start - 12), previous.start) or (
                    previous.precision == DAY and _BOTH_DAYS.match(between)
                ):
                    # "between December 26 and January 3": a day somewhere in the window, so
                    # only what both ends share (here, nothing) is its date; "freed on Sunday
                    # and Monday": done over both days, so their month is its date.
                    out.pop()
                    shared = coarser(previous.value, mention.value)
                    if shared:
                        out.append(dataclasses.replace(
                            previous, end=mention.end, text=text[previous.start : mention.end],
                            value=shared, precision=precision_of(shared),
                        ))
                continue
            if (
                mention.precision == YEAR and mention.relative and previous.precision != YEAR
                and re.fullmatch(r"(?i)(?:last|next|this)\s+year", mention.text.strip())
                and _YEAR_WORDS_AFTER.fullmatch(between)
            ):
                continue
        out.append(mention)
    return out


def _in_the_year_of_the_subject(found: list[DateMention], text: str, published: dt.date) -> list[DateMention]:
    """ "The 2026 Games are scheduled to take place from February 6-22", in a report of June
    2019: the days of a sentence whose subject is named by a year still to come are in that
    year, not the nearest."""
    subject = _YEAR_NAMES_THE_SUBJECT.match(text)
    if subject is None or int(subject.group(1)) <= published.year:
        return found
    year = int(subject.group(1))
    out = []
    for m in found:
        if m.relative and m.precision in (MONTH, DAY) and m.year != year and not _YEAR_WRITTEN.search(m.text) \
                and _A_MONTH_NAMED.search(m.text) and not _SAID_FROM_THE_REPORT.search(m.text):
            value = f"{year:04d}{m.value[4:]}"
            if m.precision == DAY and _safe_day(year, int(value[5:7]), int(value[8:10])) is None:
                continue
            m = dataclasses.replace(m, value=value)
        out.append(m)
    return out


_YEAR_NAMES_THE_SUBJECT = re.compile(r"\s*The\s+((?:20|21)\d\d)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:is|are|will|was|were)\b")
# (a month the words name, not "yesterday" nor "last November": those are the report's)
_A_MONTH_NAMED = re.compile(rf"(?i)\b(?:{_MONTH})\b")
_SAID_FROM_THE_REPORT = re.compile(r"(?i)\b(?:last|next|this|yesterday|today|tomorrow|ago)\b")


def _days_named_after(found: list[DateMention], text: str) -> list[DateMention]:
    """ "died in Thailand today, Friday 4 March,": the day the sentence names after "today" (or
    "yesterday", "tonight", "tomorrow") is the one meant, whatever day the report came out."""
    return [
        mention for index, mention in enumerate(found)
        if not (mention.text.lower() in DAYS_SAID_FROM_THE_REPORT and index + 1 < len(found)
                and any(c.isdigit() for c in found[index + 1].text)
                and _THEN_ITS_DATE.fullmatch(text, mention.end, found[index + 1].start))
    ]


_THEN_ITS_DATE = re.compile(rf"(?i),\s*(?:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?(?:the\s+)?")


def _weekdays_with_dates(found: list[DateMention], text: str, published: dt.date) -> list[DateMention]:
    """"Friday, January 4", "Friday (January 4)": one date, not two. When the date has no year,
    the weekday chooses it: the year nearest the publication in which that day is that weekday.
    A weekday the date does not fall on ("Sunday (February 3rd)" in 2024, a Saturday) leaves the
    outlet's day unsure: neither is a date."""
    out: list[DateMention] = []
    skip = set()
    for index, mention in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        is_weekday = mention.relative and mention.text.split()[-1].lower() in WEEKDAYS
        if not (is_weekday and following and following.precision == DAY and not _is_weekday(following)):
            if index not in skip:
                out.append(mention)
            continue
        between = text[mention.end : following.start]
        bracket = _BRACKET_AFTER_WEEKDAY.fullmatch(between) and _BRACKET_CLOSES.match(text, following.end)
        if not (_WEEKDAY_TO_ITS_DATE.fullmatch(between) or bracket):
            out.append(mention)
            continue
        skip.add(index + 1)
        wanted = WEEKDAYS[mention.text.split()[-1].lower()]
        day = following.day()
        if following.relative:
            options = [
                d for year in (published.year - 1, published.year, published.year + 1)
                if (d := _safe_day(year, day.month, day.day)) and d.weekday() == wanted
            ]
            if not options:
                continue
            best = min(options, key=lambda d: abs((d - published).days))
            if abs((best - published).days) > WEEKDAY_YEAR_DAYS:
                continue  # ("Wednesday, August 10" in August 2023, a Thursday: the outlet's slip, not 2022)
            following = DateMention(following.start, following.end, following.text, best.isoformat(), DAY, True)
        elif day.weekday() != wanted:
            continue
        if bracket:  # "on Friday evening (June 22)": one date, its words the weekday's to the bracket's end
            end = bracket.end()
            following = dataclasses.replace(following, start=mention.start, end=end, text=text[mention.start : end])
        out.append(following)
    return out


WEEKDAY_YEAR_DAYS = 300  # how far from the publication (ten months) a weekday may take its date's year
# "Friday, January 4", "on a busy Friday lunchtime on January 20, 2017": the weekday's date after it.
_WEEKDAY_TO_ITS_DATE = re.compile(
    rf"(?i)\s*(?:(?:{phrase_alternation(DAY_PARTS_BEFORE_A_DATE)})\b)?,?\s*(?:on\s+)?(?:the\s+)?"
)
# "on Friday (Oct 12)", "Wednesday night (July 6, 2023)": the weekday's date, given in brackets.
_BRACKET_AFTER_WEEKDAY = re.compile(r"(?i)[^\S\n]+(?:(?:morning|afternoon|evening|night)[^\S\n]+)?\([^\S\n]*")
_BRACKET_CLOSES = re.compile(r"[^\S\n]*\)")


def _is_weekday(mention: DateMention) -> bool:
    return mention.text.split()[-1].lower() in WEEKDAYS


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_OUTER = (
    "dmy", "mdy", "my", "dm", "md", "mo", "wd", "ago", "thisyear", "lastyear", "nextyear", "prevyear",
    "thismonth", "lastmonth", "today", "yesterday", "eve", "theday", "year",
)


def _outer_group(match: re.Match) -> str:
    for name in _OUTER:
        if match.group(name) is not None:
            return name
    raise AssertionError("no date form matched")  # pragma: no cover


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _mention(match: re.Match, kind: str, value: str, precision: str, relative: bool) -> DateMention:
    start, end = match.span(kind)
    return DateMention(start, end, match.group(kind), value, precision, relative)


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


MONTH_JUST_BEGUN_DAYS = 7  # within these first days a month's own name hardly tells of it


def _year_for_month(month: int, published: dt.date, ahead: bool = False) -> int:
    """A month named without a year is the most recent one: this year's, unless still ahead.
    When the clause speaks of what is to come ("will", "expected to"), it is the next one."""
    if ahead:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


_YEAR_NAMED_AFTER = re.compile(r"(?i),?\s+(?:of\s+)?(last|next|this)\s+year\b")
_YEAR_WORDS = {"last": -1, "this": 0, "next": 1}
AHEAD_CHARS = 240  # how far back a clause's "will" or "is expected" reaches a date it governs
WEEK_SLACK_DAYS = 3  # how far "N weeks ago" may be from N times seven days
NEAR_PAST_DAYS = 60  # two months: a day just gone that a future seen from the past names
NEAR_AHEAD_DAYS = 21  # three weeks: the coming days a report speaks of without a "will"
LAST_MONTH_UNSURE_MONTHS = 2  # "last July" said in August or September may mean this year's or last year's


def _named_year(text: str, end: int, published: dt.date) -> int | None:
    """"the 19th of May next year", "in June last year": the year the words after the date name."""
    match = _YEAR_NAMED_AFTER.match(text, end, end + 20)
    return published.year + _YEAR_WORDS[match.group(1).lower()] if match else None


# "closed since Feb. 22": what a day after "since" began is gone, whatever the clause looks ahead to.
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
# "In August that year", "in March of the same year": a year told elsewhere, which this
# sentence does not say.
_ANOTHER_YEAR_AFTER = re.compile(
    r"(?i),?\s+(?:of\s+)?(?:that|the\s+(?:same|following|next|previous|prior|preceding))\s+year\b"
)


# "an early election on June 8", "the vote for March 3", "an election to be held June 8": a day
# that dates a happening named by a noun.
_EVENT_NOUN_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(SCHEDULED_EVENT_NOUNS))})\s+(?:to\s+be\s+held\s+)?(?:(?:on|for)\s+)?(?:the\s+)?$"
)
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_THE_NEXT = re.compile(rf"(?i)\b(?:{'|'.join(COMING_WORDS)})\b")


# "rung in a ceremony each Nov. 10", "every Monday and Friday": a day of every week or year (not
# "exchanged 35 prisoners each Saturday", "fined $77,000 each in March": so many for each one).
_PARTS_OF_EVERY_WEEK_AFTER = re.compile(r"(?i)\s+(?:nights|mornings|evenings|afternoons)\b")
_RECURRING_BEFORE = re.compile(
    r"(?i)(?:\bevery|(?<![\ds)]\s)(?<![\ds)])\beach)\s+(?:other\s+)?(?:[A-Za-z]+\.?\s+(?:and|or)\s+)?$"
)
_OPENS_A_CLAUSE_BEFORE = re.compile(r"(?:^|,\s+)(?:on\s+)?$", re.IGNORECASE)


def _nearest_year(month: int, day: int, published: dt.date) -> int:
    """A day named without a year is the most recent one, unless the coming one is near: a
    report of 23 September that says "6 October" means the coming one, not last year's."""
    for year in (published.year, published.year + 1):
        found = _safe_day(year, month, day)
        if found is not None and 0 < (found - published).days <= NEAR_AHEAD_DAYS:
            return year
    return _year_for_month(month, published) if (month, day) != (published.month, published.day) else published.year


# "the 2013 attack", "his Aug. 8 reelection": a determiner just before a date, which may make
# the date part of a noun phrase naming a thing (the callers check what follows the date).
DETERMINER_BEFORE = re.compile(rf"(?i)\b(?:the|an?|{'|'.join(sorted(POSSESSIVE_PRONOUNS))})\s+$")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]+\b")


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """"the Sept. 8 ballot": the day is part of a thing's name."""
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start) and _LOWER_WORD_AFTER.match(text, end))


# "Friday, March 9": the weekday chooses the year (`_weekdays_with_dates`).
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAY_NAMES) + r"),?\s+(?:the\s+)?$")
# Where a clause ends, for the tense of the words next to a date.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:" + "|".join(CLAUSE_BREAK_WORDS) + r")\b")
_PAST_VERB = re.compile(r"(?i)\b(?:[a-z]+ed|" + "|".join(IRREGULAR_PAST_TENSES) + r")\b")
_PAST_OR_PERFECT = re.compile(
    # (not the half of a compound adjective: "self-confessed", "long-awaited")
    r"(?i)(?<!-)\b(?:[a-z]{2,}ed|" + "|".join((*IRREGULAR_PAST_TENSES, *IRREGULAR_PAST_PARTICIPLES)) + r")\b"
)


def tells_a_happening(text: str) -> bool:
    """Whether a sentence tells what happened or is to happen: a verb in the past or the
    perfect, or a word of the future. A dated sentence in the present tense alone is a
    picture's caption ("Rescuers carry a victim ... on Sunday"), a headline or a description:
    its date is cited with it, not stated as a happening's. A participle after a present "is"
    is a present passive ("a bag is rolled across a mat ... on Friday"), which tells no past,
    unless it says what someone did or is held to have done ("is accused of killing him in
    June 2008")."""
    if _FUTURE.search(text):
        return True
    for match in _PAST_OR_PERFECT.finditer(text):
        before = text[max(0, match.start() - PARTICIPLE_LOOKBACK) : match.start()]
        if not _PRESENT_IS_BEFORE.search(before) or match.group(0).lower() in PARTICIPLES_TELLING_A_PAST:
            return True
    return False


_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the)\s+$")
# "when he is sentenced Oct. 30": a participle after a present "is" tells no past.
# ("when he's sentenced April 14": "is" written short after a pronoun)
_PRESENT_PASSIVE_BEFORE = re.compile(r"(?i)(?:\b(?:is|are|am|be|being)|\b(?:he|she|it|that)['\u2019]s)\s+$")
# (Not "being": "after being arrested on Monday" is past.)
_PRESENT_IS_BEFORE = re.compile(r"(?i)(?:\b(?:is|are|am)|\b(?:he|she|it|that)['\u2019]s)\s+$")
PARTICIPLE_LOOKBACK = 8  # " that's ": enough for the word before a participle


_RELATIVE_END = re.compile(r"(?i)\b(?:who|which)$")


# (and a deadline given, seen from the past as "would" sees it: "was ordered to stop the
# transfers by October")
# ("vowed further action in September", "pledged to return in May": a promise looks ahead too,
# not "vowed in May", when it was made)
_WOULD_BEFORE = re.compile(r"(?i)\b(?:would|(?:ordered|told|required)\s+to)\b|\b(?:vowed|pledged|promised|threatened)\s+\w")
# "will meet in a runoff after voters on Tuesday denied her": the day's own verb, in the past
_PAST_RIGHT_AFTER = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{'|'.join(IRREGULAR_PAST_TENSES)})\b(?!\s+(?:by|to)\b)")
WOULD_AHEAD_DAYS = 120  # four months: how near a month after "would" must come to be the coming one


def _told_in_the_past(text: str, start: int, end: int) -> bool:
    """Whether the clause of a date has a verb in the past tense: in the words before it back to
    the clause's start ("which launched a rapid assault in January"), or in those after it to
    the clause's end ("In June, the envoy secured ...", "the PM in March opted for"). "-ed" after an
    article is an adjective ("a planned launch in December"), after a present "is" a passive ("when
    he is sentenced"); a saying does not put a happening in the past.
    """
    before = text[max(0, start - AHEAD_CHARS) : start]
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(before)]
    after = text[end : end + AHEAD_CHARS]
    if len(text[:start].split()) > OPENING_WORDS and _SAYING_AFTER.match(after):
        after = ""  # "when he is sentenced on Oct. 30, prosecutors told AP": the saying's past is not the clause's
    if not (breaks and _RELATIVE_END.search(before, 0, breaks[-1])):
        # ("In June, the envoy secured ...": the clause goes on past the comma; "Trump, who
        # takes office on Jan. 20, has called ...": the comma closes the relative clause.)
        after = after.lstrip(" ,")
    stop = _CLAUSE_BREAK.search(after)
    for clause in (before[breaks[-1] :] if breaks else before, after[: stop.start()] if stop else after):
        for match in _PAST_VERB.finditer(clause):
            before_verb = clause[: match.start()]
            if not (_ARTICLE_BEFORE.search(before_verb) or _PRESENT_PASSIVE_BEFORE.search(before_verb)
                    or (clause is not after and _EXPECTATION_LAST.fullmatch(clause, match.start()))):
                return True
    return False


# ", prosecutors told The Associated Press": a saying after a comma, which closes the clause before it.
_SAYING_AFTER = re.compile(rf"\s*,\s*(?:[\w.'\u2019-]+\s+){{0,4}}?(?:{SPEECH_VERBS_REPORTED})\b")


# "ahead of national elections expected in April": a participle of what is looked for, just before
# the date's preposition, tells no past.
_EXPECTATION_LAST = re.compile(rf"(?i)(?:{'|'.join(EXPECTATION_PARTICIPLES)})\s+(?:in|on|for|by)?\s*")


def _next_is_nearer(day: dt.date, published: dt.date) -> bool:
    """Whether a day named without its year is nearer a year later than where the most recent
    reading put it: "in October" in a June report may be last October or the coming one."""
    later = _safe_day(day.year + 1, day.month, min(day.day, 28))
    return later is not None and (later - published).days < (published - day).days


def _opens_a_future(text: str, start: int, end: int) -> bool | None:
    """ "As early as Tuesday, the Government will begin ...": a day that opens the sentence
    belongs to the clause after it, here one in the future. None for a future perfect ("will
    have been"), which may look back as well as ahead."""
    if len(text[:start].split()) > OPENING_WORDS:
        return False
    future = _FUTURE_SUBJECT_AFTER.match(text, end)
    if future is None:
        return False
    return None if _PERFECT_AFTER.match(text, future.end()) else True


OPENING_WORDS = 3  # "As early as Tuesday": at most this many words before an opening day
_PERFECT_AFTER = re.compile(r"(?i)have\s")
# "following crunch talks Sunday": a happening the clause comes after, named with its day.
_FOLLOWING_BEFORE = re.compile(r"(?i)\bfollowing\s+(?:[\w'\u2019-]+\s+){1,3}(?:on\s+)?$")
# The clause's own verb, in the future, right after its subject: ", the Government will begin".
# ("Starting Wednesday morning, a crew on the ground will start": a time of day, and a subject of
# a few words that say nothing; "Biden on Tuesday visited the plant that will produce it": a verb
# in the past, or a relative clause, comes first.)
_FUTURE_SUBJECT_AFTER = re.compile(
    rf"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    rf"(?:(?!(?:{SPEECH_VERBS_REPORTED}|that|which|who|[a-z]+ed)\b)[\w.'\u2019-]+\s+){{1,5}}?"
    r"(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s"
)


def _clause_before(text: str, start: int) -> str:
    """The words of a date's clause before it, asides left out ("a crushing defeat for X—an
    outcome that could threaten Y—a jury on Friday night awarded": an aside's tense is not the
    clause's)."""
    clause = re.split(r";|\bbut\b", text[max(0, start - AHEAD_CHARS) : start])[-1]
    return _DASH_ASIDE.sub(" ", clause)


def _ahead_from_the_past(text: str, start: int) -> bool:
    """Whether the future a date's clause speaks of is one seen from the past ("announced that
    she would be voting for her on March 30")."""
    futures = list(_FUTURE.finditer(_clause_before(text, start)))
    return bool(futures) and _FUTURE_IN_THE_PAST.fullmatch(futures[-1].group(0)) is not None


def _speaks_ahead(text: str, start: int) -> bool:
    """Whether the words before a date, in its clause, speak of what is to come: a future
    ("will", "is expected"), or a schedule in the present ("the second is from 1 to 2 p.m.
    Saturday", "the funeral is on Monday"), or a hearing someone has or faces ("who has a bail hearing
    Friday")."""
    clause = _clause_before(text, start)
    if _SCHEDULED.search(clause) or _AWAITING_A_SCHEDULED.search(clause) or _WITH_A_THING_AWAITED.search(clause):
        return True
    scheduled = _HAS_SCHEDULED.search(clause, max(0, len(clause) - SCHEDULED_NOUN_REACH))
    if scheduled and _ONTO_THE_DAY.fullmatch(clause, scheduled.end()):
        return True
    # ("The scheduled London-Singapore flight ... made an emergency landing on Tuesday": what was
    # scheduled, then its own verb in the past)
    futures = [match.end() for match in _FUTURE.finditer(clause)
               if not (_PLANNED_THING.fullmatch(match.group(0)) and _PAST_VERB_AFTER_A_THING.match(clause, match.end()))]
    # "will oversee the arrest ... for an explosion that occurred on Tuesday": a clause in the
    # past between the future and the date is what the date belongs to.
    # "... will be deployed, the chief said Tuesday": the saying, after the future, is past.
    return bool(futures) and not _PAST_CLAUSE.search(clause, futures[-1]) and not _SAYING.search(clause, futures[-1])


def _resolve(kind: str, match: re.Match, text: str, published: dt.date) -> DateMention | None:
    g = match.group
    if kind in ("dm", "md", "mo", "wd") and _CALLED_FOR_A_SCHEDULED.search(_clause_before(text, match.start(kind))):
        return None  # "Unions called for strikes on Tuesday": the strikes' day, not the calling's
    if kind in ("dm", "md", "mo", "wd") and not match.group(kind)[:1].islower() \
            and _RECURRING_BEFORE.search(text, max(0, match.start(kind) - 30), match.start(kind)):
        return None  # "rung in a ceremony each Nov. 10": every year's day, not one
    if kind == "dmy" or kind == "mdy":
        value = _day_value(int(g(f"{kind}_y")), _month(g(f"{kind}_m")), _day_number(g(f"{kind}_d")))
        return _mention(match, kind, value, DAY, False) if value else None
    if kind == "my":
        return _mention(match, kind, f"{int(g('my_y')):04d}-{_month(g('my_m')):02d}", MONTH, False)
    if kind in ("dm", "md"):
        month, day = _month(g(f"{kind}_m")), _day_number(g(f"{kind}_d"))
        start, end = match.span(kind)
        ahead = _speaks_ahead(text, start) and not _SINCE_BEFORE.search(text, max(0, start - 8), start)
        if _ANOTHER_YEAR_AFTER.match(text, end, end + 30):
            return None
        named = _named_year(text, end, published)
        owner = _YEAR_OWNS.search(text, max(0, start - 20), start)
        if named is None and owner is not None:
            # "Last year's July 22 attacks": the year the possessive names.
            named = published.year + {"last": -1, "this": 0, "next": 1}[owner.group(1).lower()]
        if named is not None:
            year = named
        elif ahead:
            year = _year_for_month(month, published, ahead)
            if year == published.year and month == published.month and day < published.day:
                year += 1
            gone = _safe_day(published.year, month, day)
            if year > published.year and gone is not None and (published - gone).days <= NEAR_PAST_DAYS \
                    and str(year) not in _YEAR_WRITTEN.findall(text, max(0, start - AHEAD_CHARS), end + AHEAD_CHARS) \
                    and not _THE_NEXT.search(text, max(0, start - AHEAD_CHARS), start):
                if not _ahead_from_the_past(text, start):
                    # "will acquire it at a premium above its closing price on December 15", in a
                    # report of December 18: a day just gone that the future's clause names, or
                    # one a year ahead that no year is written for? The rules cannot tell. (Where
                    # the sentence writes the coming year, "the 2020 World Cup ... from October 8",
                    # or names the next one, "the next World Cup, which starts on October 18", it
                    # is the coming year's.)
                    return None
                # "announced that she would be voting for her on March 30", in an April report:
                # the future was seen from before a day just gone, not a year ahead.
                year = published.year
        else:
            year = _nearest_year(month, day, published)
            found = _safe_day(year, month, day)
            weekday = _WEEKDAY_BEFORE.search(text[max(0, start - 16) : start])
            if found is not None and found < published and not weekday and _next_is_nearer(found, published) \
                    and _WOULD_BEFORE.search(_clause_before(text, start)):
                # "He was ordered to start serving his sentence on July 25", in an April report:
                # what was ordered is to come, on the coming July 25, nearer than the last one,
                # when it is near; when it is not, the rules cannot tell which year's. (Not
                # "ordered to be released by a court on January 10", six days before: the order's.)
                coming = _safe_day(published.year + (found.year == published.year), month, day)
                if coming is None or not 0 < (coming - published).days <= WOULD_AHEAD_DAYS:
                    return None
                year, found = coming.year, coming
            if found is not None and found.year < published.year and _next_is_nearer(found, published) \
                    and not weekday and _EVENT_NOUN_BEFORE.search(text, max(0, start - 24), start) \
                    and not _YEAR_WRITTEN.search(text):
                # "Called on Tuesday for an early election on June 8", in an April report: a
                # happening set for a day, nearer this year than last, is this year's, whatever
                # the tense of the setting (unless the sentence writes a year of its own).
                year = published.year
            # Which year is meant is unsure, and no weekday says: the site cites the sentence
            # and states no date.
            # A day that names a thing ("on the Sept. 8 ballot") is not dated by the clause's tense.
            elif found is not None and _next_is_nearer(found, published) \
                    and (not _told_in_the_past(text, start, end) or _names_a_thing(text, start, end)) \
                    and not weekday:
                return None
            elif found is not None and found > published and not weekday and _told_in_the_past(text, start, end) \
                    and _OPENS_A_CLAUSE_BEFORE.search(text, max(0, start - 6), start) and text[end : end + 1] == ",":
                # "About two weeks later, on June 30, Gupta was arrested", in a report of June 17:
                # a day still to come that opens a clause told as past is last year's, or a
                # plan seen from before; the rules cannot tell. (Not "wanting to implement
                # restrictions on February 1st": a plan's day, inside its clause.)
                return None
            elif found is not None and not weekday and found.year < published.year \
                    and (published - found).days > NEAR_PAST_DAYS and _names_a_thing(text, start, end):
                # "the Oct. 7 attack" in a January report: a day of a past year that names a
                # thing may be a famous one of years before, which needs no year to be named.
                return None
        if _DAY_SPAN_BEFORE.search(text[max(0, start - 30) : start]) or _DAY_SPAN_AFTER.match(text[end : end + 12]):
            return _mention(match, kind, f"{year:04d}-{month:02d}", MONTH, True)
        value = _day_value(year, month, day)
        return _mention(match, kind, value, DAY, True) if value else None
    if kind == "mo":
        month = _month(g("mo_m"))
        since = _SINCE_BEFORE.search(text, max(0, match.start(kind) - 8), match.start(kind))
        # ("will serve life for the murders last July": "last" is gone, whatever the clause's tense)
        ahead = _speaks_ahead(text, match.start(kind)) and not since and g("mo_lead").lower() != "last"
        year = _year_for_month(month, published, ahead)
        if g("mo_lead").lower() == "last" and month == published.month:
            year -= 1
        if g("mo_lead").lower() == "last" and 0 < published.month - month <= LAST_MONTH_UNSURE_MONTHS:
            return None  # "last July" in August: the July just gone, or the one a year before?
        if _ANOTHER_YEAR_AFTER.match(text, match.end(kind), match.end(kind) + 30):
            return None
        named = _named_year(text, match.end(kind), published)
        if named is None and g("mo_lead").lower() not in ("last", "this") and month == published.month and published.day <= MONTH_JUST_BEGUN_DAYS \
                and not _speaks_ahead(text, match.start(kind)):
            return None  # "last used in January", written on 1 January: this January, or the last?
        if named is None and g("mo_lead").lower() not in ("last", "this", "next") \
                and _WOULD_BEFORE.search(_clause_before(text, match.start(kind))):
            # "said he would resign when his term ends in November", in September: a future seen
            # from the past, the coming November when it is near; "said cuts would start from
            # November", in May: the last November or the next, which the rules cannot tell.
            coming = dt.date(published.year + (month < published.month), month, 15)
            if (coming - published).days > WOULD_AHEAD_DAYS:
                return None
            year = coming.year
        middle = dt.date(year, month, 15)
        if named is None and g("mo_lead").lower() != "last" and middle < published \
                and _next_is_nearer(middle, published) and (
                    not _told_in_the_past(text, *match.span(kind))
                    # "called for a boycott of the vote in March", in December: a happening set
                    # for the month, which the tense of the calling does not date
                    or _EVENT_NOUN_BEFORE.search(text, max(0, match.start(kind) - 24), match.start(kind))):
            return None  # which year is meant is unsure
        year = year if named is None else named
        return _mention(match, kind, f"{year:04d}-{month:02d}", MONTH, True)
    if kind == "wd":
        day = _WEEKDAY_WORD.search(text, match.start(kind), match.end(kind))
        if _PARTS_OF_EVERY_WEEK_AFTER.match(text, day.end()):
            return None  # "hosts live shows on Monday nights": every week's, not one day
        if _NEWSPAPER_AFTER.match(text, day.end()) or _NAMED_DAY_BEFORE.search(text, max(0, day.start() - 16), day.start()) \
                or _PROGRAMME_AFTER.match(text, day.end()) or (_THING_A_WEEKDAY_NAMES_AFTER.match(text, day.end())
                                                                and _ARTICLE_OF_A_THING_BEFORE.search(text, max(0, day.start() - 40), day.start())):
            # "told the Sunday Times", "on Bloody Sunday", "on Saturday Night Live": a name, not a day of this week
            return None
        if not match.group("wd_lead") and _THAT_DAY_BEFORE.search(text, max(0, day.start() - 40), day.start()):
            return None  # "On that terrible Sunday afternoon": a day told of before, not this week's
        if _ORDINAL_BEFORE_A_DAY.search(text, max(0, day.start() - 12), day.start()):
            return None  # "the second Saturday of Wimbledon": which one of a tournament's, not this week's
        if not match.group("wd_lead") and _NAME_AFTER_A_LONE_WEEKDAY.match(text, day.end()) \
                and _opens_a_name(text, day.start()):
            return None  # "Sunday World understands ...": a name opening the sentence, not a day
        opening = _opens_a_future(text, match.start(), match.end(kind))
        if opening is None:
            return None  # "The event on Thursday night will have been watched": one gone, or to come?
        ahead = (_speaks_ahead(text, match.start(kind)) or opening) and not _PAST_RIGHT_AFTER.match(text, match.end(kind)) \
            and not _CLOSING_BEFORE.search(text, max(0, match.start(kind) - 30), match.start(kind))
        if ahead and _POSSESSIVE_AFTER.match(text, match.end(kind)) and not match.group("wd_lead"):
            return None  # "will appeal Wednesday's verdict": the verdict given, or one to come?
        if ahead and _FOLLOWING_BEFORE.search(text, max(0, match.start(kind) - 40), match.start(kind)):
            return None  # "will take over X following crunch talks Sunday": talks held, or to come?
        if ahead and _GERUND_AFTER_A_TIME_WORD.search(text, max(0, match.start(kind) - GERUND_CLAUSE_CHARS), match.start(kind)):
            return None  # "will be back after losing to City on Saturday": the losing is gone, or to come?
        if _NOUN_A_TIME_WORD_NAMES.search(text, max(0, match.start(kind) - GERUND_CLAUSE_CHARS), match.start(kind)):
            return None  # "in the weeks before the emergency Friday": the day of what is measured from
        nearest = not ahead and _NEARER_DAY_BEFORE.search(text, max(0, match.start(kind) - DIRECTED_CHARS), match.start(kind))
        return _weekday(match, published, ahead, nearest=bool(nearest))
    if kind == "ago":
        return _ago(match, published)
    if kind == "thisyear":
        return _mention(match, kind, f"{published.year:04d}", YEAR, True)
    if kind == "lastyear":
        return _mention(match, kind, f"{published.year - 1:04d}", YEAR, True)
    if kind == "nextyear":
        return _mention(match, kind, f"{published.year + 1:04d}", YEAR, True)
    if kind == "thismonth":
        return _mention(match, kind, f"{published.year:04d}-{published.month:02d}", MONTH, True)
    if kind == "lastmonth":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return _mention(match, kind, f"{first.year:04d}-{first.month:02d}", MONTH, True)
    if kind in ("today", "yesterday") and _proper_name(match, kind, text):
        return None
    if kind == "today" and _NOWADAYS_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return None  # "the kind of energy commonly used today": nowadays, not the day
    if kind == "today":
        return _mention(match, kind, published.isoformat(), DAY, True)
    if kind == "yesterday":
        return _mention(match, kind, (published - dt.timedelta(days=1)).isoformat(), DAY, True)
    if kind == "year":
        return _year(match, text)
    return None


# A gerund after "after" or "before", the weekday in its clause: "will be back after losing 1-0
# to City on Saturday" (the main clause's future is not the gerund's).
GERUND_CLAUSE_CHARS = 60
_GERUND_AFTER_A_TIME_WORD = re.compile(r"(?i)\b(?:after|since)\s+[a-z]{2,}ing\b[^,;.:()]*$")
# A weekday right after "in the weeks before the emergency", "two days after the attack": the day
# of the thing named, from which the clause's own happening is measured a span away.
_NOUN_A_TIME_WORD_NAMES = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(TIME_SPAN_UNITS))})\s+(?:after|before|since)\s+(?:the|a|an|his|her|its|their)\s+"
    r"(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*\s+(?:on\s+)?$"
)


# A weekday opening the sentence, or after "the", with a capitalised word after it that is no
# month: "Sunday World understands that", "the Monday Night Football crew".
_NAME_AFTER_A_LONE_WEEKDAY = re.compile(rf"[^\S\n]+(?!(?:{_FULL})\b|I\b)[A-Z][a-z]")
_OPENS_A_NAME = re.compile(r"(?:(?<!\.[a-z])[.!?]\s+|[\"\u201c]\s*|\b[Tt]he\s+)\Z")  # (not after "a.m.")
NAME_OPENING_CHARS = 8  # how far back the sentence's start, a full stop or "the" is looked for


def _opens_a_name(text: str, at: int) -> bool:
    """Whether a word at `at` opens the sentence, or follows a full stop, a quotation mark or "the"."""
    window = max(0, at - NAME_OPENING_CHARS)
    return (window == 0 and not text[:at].strip()) or _OPENS_A_NAME.search(text, window, at) is not None
_NEWSPAPER_AFTER = re.compile(rf"\s+(?:{phrase_alternation(NEWSPAPER_WORDS_AFTER_A_WEEKDAY)})\b")
# "singing at a local church Sunday school": a school, with its article (not "was teaching
# Sunday school when he heard the helicopter": what he was doing that Sunday)
_THING_A_WEEKDAY_NAMES_AFTER = re.compile(rf"\s+(?:{phrase_alternation(NOUNS_A_WEEKDAY_NAMES)})\b")
_ARTICLE_OF_A_THING_BEFORE = re.compile(r"(?i)\b(?:a|an|the|his|her|their|its|local)\s+(?:[\w'\u2019-]+\s+){0,2}$")
# "will receive a premium over Discover's closing price on Friday": a price that closed, whatever
# the clause looks ahead to.
_CLOSING_BEFORE = re.compile(rf"(?i)\b(?:{phrase_alternation(CLOSING_PRICE_WORDS)})\s+(?:on\s+)?$")
# "Saturday Night Live", "Monday Night Football": a programme's name (not "On Saturday Night In
# Athens", a headline in title case)
_PROGRAMME_AFTER = re.compile(
    rf"\s+(?:{'|'.join(PARTS_OF_A_DAY_IN_A_PROGRAMME_NAME)})\s+"
    rf"(?!(?:{'|'.join(TITLE_CASE_WORDS_NOT_A_PROGRAMME_NAME)})\b)[A-Z][a-z]+"
)
# After a year, the title it names someone by: "2022 Wimbledon runner-up Ons Jabeur" tells of no
# happening of 2022, and "over 2022 runner-up" counts nothing.
YEAR_OF_A_TITLE_AFTER = re.compile(
    rf"(?:\s+[A-Z][\w'\u2019.-]*){{0,3}}\s+(?i:{'|'.join(re.escape(w) for w in TITLE_HOLDER_NOUNS)})\b"
)
_ORDINAL_BEFORE_A_DAY = re.compile(r"(?i)\b(?:first|second|third|fourth|middle)\s+$")
# "that" pointing back to a day (not the "that" of what was said, "said that Sunday's vote", nor
# the subject's, "That would make Wednesday's quake the worst")
_THAT_DAY_BEFORE = re.compile(
    r"\b(?i:on|by|until|till|since|from|before|after|during|of)\s+that\s+(?:[a-z]+\s+){0,2}$|(?:^|[.;:]\s+|\u2014\s*)That\s+$"
)
_NAMED_DAY_BEFORE = re.compile(rf"\b(?:{phrase_alternation(NAMED_DAY_WORDS_BEFORE_A_WEEKDAY)})\s+$")


# "Wednesday's verdict": the day names a thing, whose own tense the words do not give.
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _proper_name(match: re.Match, kind: str, text: str) -> bool:
    """"BBC Radio 4's Today programme", "USA Today": a capital inside a sentence makes the word
    a name, not a day."""
    start = match.start(kind)
    before = text[:start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;\"\u201c\u2018'(\u2014\u2013-"


# "ordered his negotiators to return to Cuba on Monday", "were instructed to walk out at 12:01
# a.m. Friday": what someone was told to do, after the telling, which may be just before the
# report or days before it.
# So is what was expected, within its clause: "was expected to run out of oxygen early Saturday",
# "were expected Friday".
_NEARER_DAY_BEFORE = re.compile(
    rf"(?i)\b(?:{DIRECTING_VERBS})\s+(?:[^\s,;]+\s+){{0,4}}?"
    r"to\s+(?:[^\s,;]+\s+){1,8}?$"
    rf"|\b{PAST_EXPECTATIONS}[^,;.:()]{{0,60}}$"
)
DIRECTED_CHARS = 100
DAYS_IN_A_WEEK = 7


def _weekday(match: re.Match, published: dt.date, ahead: bool = False, nearest: bool = False) -> DateMention | None:
    """A weekday is the most recent one (the publication day itself included), or the coming
    one after "next" or in a clause about what is to come ("the trial resumes on Thursday");
    what someone was directed to do on a weekday, or what "this Friday" names, is on the nearer
    of the two. A weekday in the past, without "last" or "this", that would be six days back is
    the day after the publication day: a week ago, or the report's own day where the
    happening's clock runs ahead of the outlet's ("BEIJING: the bureau reported on Tuesday",
    filed on Monday in New York); the site cites the sentence and states no date. Nor does it
    for "last Monday" told later in the same week (weeks start on Sunday): writers mean that
    week's Monday or the one before."""
    wanted = WEEKDAYS[match.group("wd_d").lower()]
    lead = (match.group("wd_lead") or "").lower()
    back = (published.weekday() - wanted) % 7
    if (nearest or lead == "this") and lead not in ("last", "next") and (wanted - published.weekday()) % 7 < back:
        ahead = True
    if ahead and lead not in ("last", "next"):
        day = published + dt.timedelta(days=(wanted - published.weekday()) % 7)
    elif lead == "next":
        day = published + dt.timedelta(days=(wanted - published.weekday()) % 7 or 7)
    else:
        if lead == "last" and back == 0:
            back = 7
        if lead == "last" and back <= (published.weekday() + 1) % DAYS_IN_A_WEEK:
            return None  # "last Monday" on a Friday: this week's Monday, or the week before's?
        if lead not in ("last", "this", "next") and back == DAYS_IN_A_WEEK - 1:
            return None  # the day after the publication day: a week ago, or today elsewhere?
        day = published - dt.timedelta(days=back)
    return _mention(match, "wd", day.isoformat(), DAY, True)


def _ago(match: re.Match, published: dt.date) -> DateMention | None:
    count_word = match.group("ago_n").lower()
    count = int(count_word) if count_word.isdigit() else NUMBER_WORDS[re.sub(r"\s+", " ", count_word)]
    unit = match.group("ago_u").lower()
    if unit == "decade":
        return None  # "nearly two decades ago": a year either side, which no year here can say
    if unit == "year":
        years = count
        if published.year - years < 1:
            return None  # before the calendar begins: cited, not placed
        return _mention(match, "ago", f"{published.year - years:04d}", YEAR, True)
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return _mention(match, "ago", f"{index // 12:04d}-{index % 12 + 1:02d}", MONTH, True)
    if unit == "week":
        # "three weeks ago" is a week give or take a few days: the month, if those days share one.
        middle = published - dt.timedelta(days=7 * count)
        first, last = middle - dt.timedelta(days=WEEK_SLACK_DAYS), middle + dt.timedelta(days=WEEK_SLACK_DAYS)
        if (first.year, first.month) == (last.year, last.month):
            return _mention(match, "ago", f"{middle.year:04d}-{middle.month:02d}", MONTH, True)
        return _mention(match, "ago", f"{middle.year:04d}", YEAR, True) if first.year == last.year else None
    return _mention(match, "ago", (published - dt.timedelta(days=count)).isoformat(), DAY, True)


# ("the 1922 backbench committee": a word may stand between; "in 2016 a group of ..." is a year.)
_BODY_NAMED_AFTER = re.compile(
    rf"\s+(?:(?!(?:{'|'.join(sorted(DETERMINERS))})\b)[a-z][\w-]*\s+)?(?i:{'|'.join(NAMED_BODY_WORDS)})\b"
)


_WORK_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(WORK_NOUNS)})\s+$")
_QUOTE_OPENS = re.compile("[\"'\u2018\u201c]$")
_QUOTE_CLOSES = re.compile("[\"'\u2019\u201d]")


_FISCAL_AFTER = re.compile(r"(?i)\s+(?:fiscal|(?:financial|budget|tax)\s+year)\b")
_FISCAL_BEFORE = re.compile(r"(?i)\b(?:fiscal|financial\s+year|budget\s+year|tax\s+year|FY)\s*$")
_NAME_BRACKET_BEFORE = re.compile(rf"\b(?:{'|'.join(LEGAL_INSTRUMENT_WORDS)})\s\($")
_BRACKET_CLOSES_NOW = re.compile(r"\)")


def _year(match: re.Match, text: str) -> DateMention | None:
    """A four-digit number is a year unless its neighbours make it a count or a measure."""
    start, end = match.span("year")
    before, after = text[max(0, start - 24) : start], text[end : end + 40]
    if _DESIGNATION_BEFORE.search(before) or _DESIGNATION_AFTER.match(after):
        return None  # "A/2017 U1", "C/2020 F3": an object's name, not a year
    if _INDEFINITE_BEFORE.search(before):
        return None  # "a 2010 grey Dodge Challenger": a model's year, not when anything happened
    if _NAME_BRACKET_BEFORE.search(before) and _BRACKET_CLOSES_NOW.match(after):
        return None  # "the International Health Regulations (2005)": the edition a law's name carries
    if _BODY_NAMED_AFTER.match(after):
        return None  # "the 1922 Committee": a body named after a year, not when anything happened
    if _WORK_BEFORE.search(before) or (_QUOTE_OPENS.search(before) and _QUOTE_CLOSES.match(after)):
        return None  # "war drama 1917", "‘1917’": a title, not when anything happened
    if _COUNTED.match(after):
        return None
    if _QUANTIFIERS.search(before):
        return None
    if re.match(r"\s*[-\u2013]\s*(?:year|month|day)", after):
        return None
    if _SPAN_AFTER.match(after) or _SPAN_BEFORE.search(before):
        return None
    if _CLOCK_AFTER.match(after):
        return None  # "(1954 GMT)": a time of day
    if _DECADE_AFTER.match(after):
        return None  # "the 1980s", "As early as 1980's": a decade, which no date here can say
    if _PERIOD_FIGURE_BEFORE.search(before):
        return None  # "1.5 per cent of its worldwide turnover in 2017": the period of a figure
    if _PERIOD_FIGURE_AFTER.match(after):
        return None  # "10 percent of its 2016 turnover": the period of a figure
    if _FISCAL_AFTER.match(after) or _FISCAL_BEFORE.search(before):
        return None  # "its 2022 fiscal year", "fiscal 2023": a company's year, which ends in another
    if _MATURING_BEFORE.search(before) or _SECURITY_AFTER.match(after):
        return None  # "eurobonds due 2032", "the 2051 bond": when a debt falls due, its name
    return _mention(match, "year", match.group("year"), YEAR, False)


_MATURING_BEFORE = re.compile(r"(?i)\b(?:due|maturing(?:\s+in)?)\s+$")
_SECURITY_AFTER = re.compile(rf"(?i)\s+(?:{'|'.join(SECURITY_NOUNS)})\b")


_PERIOD_FIGURE_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(PERIOD_FIGURE_NOUNS) + r")\s+(?:in|for|of)\s+(?:the\s+(?:(?:fiscal|financial|calendar)\s+)?year\s+)?$"
)
_PERIOD_FIGURE_AFTER = re.compile(
    r"(?i)\s+(?:(?:fiscal|financial|annual|full-year|first-half|second-half|pre-tax|net)\s+)?(?:"
    + "|".join(PERIOD_FIGURE_NOUNS) + r")\b"
)


_DECADE_AFTER = re.compile(r"['\u2019]?s\b")
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|hrs|hours|h)\b")



def _resolve_against_sentence(
    kind: str, match: re.Match, found: list[DateMention], published: dt.date
) -> DateMention | None:
    """Forms that point at another date of the same text: "the previous year", "the eve of"."""
    start, end = match.span(kind)
    others = [m for m in found if m.end <= start or m.start >= end]
    if kind == "prevyear":
        anchors = [m for m in others if not m.relative]
        anchor = min(anchors, key=lambda m: _distance(m, start, end), default=None)
        year = (anchor.year if anchor else published.year) - 1
        return _mention(match, kind, f"{year:04d}", YEAR, True)
    if kind == "eve":
        days = [m for m in others if m.precision == DAY]
        following = [m for m in days if m.start >= end and m.start - end <= 2]
        if following:
            return _mention(match, kind, (following[0].day() - dt.timedelta(days=1)).isoformat(), DAY, True)
        # "as of 12 December, the eve of the vote": the eve is the date just given.
        apposed = [m for m in days if m.end <= start and start - m.end <= 4]
        if apposed:
            return _mention(match, kind, apposed[-1].value, DAY, True)
        anchor = min(days, key=lambda m: _distance(m, start, end), default=None)
        if anchor is None:
            # "on the eve of the tournament", "the eve of her retirement": the eve of a day the
            # sentence does not give, which the report's own day need not be
            return None
        return _mention(match, kind, (anchor.day() - dt.timedelta(days=1)).isoformat(), DAY, True)
    if kind == "theday":
        # "on the day he received the prize in October 2022": the day of the date it introduces.
        later = [m for m in others if m.start >= end]
        anchor = later[0] if later else (others[-1] if others else None)
        if anchor is None:
            return None
        return _mention(match, kind, anchor.value, anchor.precision, True)
    return None


def _distance(mention: DateMention, start: int, end: int) -> int:
    return start - mention.end if mention.end <= start else mention.start - end


def format_date(value: str, precision: str) -> str:
    """"2020", "Sept. 2020", "13 Dec. 2025": short, unambiguous, in the reader's order."""
    year = int(value[:4])
    if precision == YEAR:
        return str(year)
    month = int(value[5:7])
    name = SHORT_MONTHS[month - 1]
    if precision == MONTH:
        return f"{name} {year}"
    return f"{int(value[8:10])} {name} {year}"


SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def date_text(day: dt.date, long: bool = False) -> str:
    """A day as the pages write it, whatever the machine's locale: "13 Dec. 2025", as
    `format_date` writes the timeline's days, or where there is room "13 December 2025"."""
    if long:
        return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return format_date(day.isoformat(), DAY)


def coarser(value_a: str, value_b: str) -> str:
    """The longest date both values fall in ("2021" for "2021" and "2021-07"), or ""."""
    parts_a, parts_b = value_a.split("-"), value_b.split("-")
    shared = []
    for a, b in zip(parts_a, parts_b):
        if a != b:
            break
        shared.append(a)
    return "-".join(shared)


def compatible(value_a: str, value_b: str) -> bool:
    """True when one date contains the other: "2021" and "2021-07-14" can be the same day."""
    return value_a.startswith(value_b) or value_b.startswith(value_a)


def precision_of(value: str) -> str:
    return (YEAR, MONTH, DAY)[value.count("-")]
