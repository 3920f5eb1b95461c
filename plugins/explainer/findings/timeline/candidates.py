"""Timeline candidates: every dated clause of every sentence, with its people, its kind of
happening and a label made from the source's own words.

Only general English rules live here; the words that name kinds of happening are in the lexicon.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from ...base.text import bare_word, phrase_alternation
from ...extract.citations import Citation
from ...extract.sources import Source
from ...language.dates import (
    DAY,
    DETERMINER_BEFORE,
    MONTH,
    MONTH_WORDS,
    PLACE_DATELINE,
    WEEKDAY_NAMES,
    YEAR,
    DateMention,
    after_the_dateline,
    dateline_end,
    find_dates,
    tells_a_happening,
)
from ...language.lexicon import (
    ABSENCE_CLAUSE_BREAKS,
    ABSENCE_OPENINGS,
    ABSENCE_VERB_PHRASES,
    ADDRESSEE_PHRASES,
    ADVERBS_BEFORE_A_VERB,
    ADVERBS_CALLING_WORDS_FALSE,
    AUXILIARY_VERBS,
    BARE_KIND_VERBS,
    CHANGE_WORDS,
    CLAIMS_CALLED_FALSE,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_OPENINGS_WITHOUT_A_SUBJECT,
    CLAUSES_TURNING_AWAY,
    COMPARATIVE_WORDS,
    CONCESSIVE_CONJUNCTIONS,
    CONSEQUENCE_PARTICIPLES,
    DAY_PARTS,
    DEMANDING_VERBS,
    DETERMINERS,
    HANGING_PREPOSITIONS,
    HAPPENING_BEFORE_WORDS,
    HAPPENING_KINDS,
    HAPPENING_NOUNS,
    HAPPENING_NOUNS_NAMED_WITH_A_PLACE,
    HARM_NOUNS,
    HE_PRONOUNS,
    IRREGULAR_PAST_PARTICIPLES,
    IRREGULAR_PAST_TENSES,
    LABEL_CUT_WORDS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS_AND_PARTICLES,
    OCCASION_PREPOSITIONS,
    OCCASION_VERBS,
    PARTICIPLES_ALSO_PRESENT,
    PARTICIPLES_OF_A_PREPOSITION,
    PARTICIPLES_OF_PLAIN_SAYING,
    PARTS_OF_A_DAY_OR_SPAN,
    PASSIVE_AUXILIARIES,
    PLAIN_SAYING_VERBS,
    PREDECESSOR_PHRASES,
    PREPOSITIONS_AFTER_A_GERUND,
    PREPOSITIONS_BEFORE_A_LIST,
    PREPOSITIONS_INSIDE_A_SUBJECT,
    PREPOSITIONS_OF_A_DATE,
    PREPOSITIONS_OF_PLACE_OR_BODY,
    PREPOSITIONS_ONLY,
    PUBLISHED_THINGS,
    QUANTIFIERS,
    REACTION_VERBS,
    RELATION_NOUNS,
    RELATIVE_CLAUSE_OPENINGS,
    RELATIVE_PRONOUNS_OF_THINGS,
    ROLE_NOUNS,
    ROLE_NOUNS_POINTING_BACK,
    SAID_AS_A_THING,
    SAYING_FORMS_TOLD_FALSELY,
    SAYING_PARTICIPLES,
    SAYING_VERBS_BEFORE_WHAT_WAS_SAID,
    SCHEDULING_VERBS,
    SHE_PRONOUNS,
    SOMEONE_UNNAMED_NOUNS,
    SPEECH_VERBS_REPORTED,
    STOPWORDS,
    SUBJECT_PRONOUNS,
    SUBORDINATE_CLAUSE_OPENINGS,
    SUPERLATIVE_WORDS,
    THEY_PRONOUNS,
    TIME_SPAN_COUNT_WORDS,
    TIME_SPAN_UNITS,
    TWO_WORD_ADVERBS,
    URGING_VERBS,
    VERBS_OF_MAKING_KNOWN,
    VERDICT_WORDS,
    WEEKDAYS,
    WORDS_AFTER_A_SAYING_OF_THE_SAYING,
    WORDS_BEFORE_A_DURATION,
    WORDS_BEFORE_A_LEFT_OUT_DATE,
    WORDS_BEFORE_A_PART_OF_A_DAY,
    WORDS_BEFORE_A_RELATIVE_DATE,
    WORDS_NO_LABEL_OPENS_ON,
    WORDS_OPENING_A_CLAUSE,
    WORDS_OPENING_A_GERUND_CLAUSE,
    WORDS_OPENING_ON_A_LEFT_OUT_DATE,
)
from ..people import SOMEONE_OF_THEIRS, Spans
from ..quotes import TRANSCRIPT_TAG, quotation_spans
from . import excerpt
from .model import Candidate, Entry

# When several kinds are named, the nearest to the date wins; on a tie, the earlier kind here.
ACTION_ORDER = tuple(HAPPENING_KINDS)
_ACTION_PATTERN = re.compile(
    r"(?i)\b(?:" + "|".join(
        sorted({re.escape(w) for _, words in HAPPENING_KINDS.values() for w in words}, key=len, reverse=True)
    ) + r")\b"
)
_ACTION_OF = {w: name for name, (_, words) in HAPPENING_KINDS.items() for w in words}


_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
# Clauses end at punctuation, and before "after", "amid", "that" and the like, which bring in
# another happening ("had not conceded after a bitter fight with X": X is in the fight, not the
# concession; "violence that challenged President X": X is not in the violence).
# (not "exploded minutes after blasting off": a clause with no subject of its own shares the one before)
_BOUNDARY = re.compile(
    r"\s*(?:[;()\[\]\u2014\u2013]|(?<!\d):(?!\d)|\s-\s|,(?=\s))\s*"
    r"|\s+(?=(?:after(?!\s+[a-z]+ing\s)|following|amid|despite|that|which|whereas|while(?=\s+[A-Z])|in\s+the\s+(?:wake|aftermath)\s+of)\s)"
)
_PRONOUN = re.compile(r"(?i)\b(?:he|she|his|her|him|hers|himself|herself)\b")
_ROLE_NOUN = re.compile(r"(?i)\bthe\s+(?:\w+\s+){0,2}(?:" + "|".join(ROLE_NOUNS_POINTING_BACK) + r")\b")
_OWNER_GAP = re.compile(r"['\u2019]s?\s+")
_NEW_SUBJECT = re.compile(r"\s*(?:A|An)\s")
_AGED_SUBJECT = re.compile(r"\W*(?:The|A|An)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b")
_ACCORDING_TO = re.compile(r"(?i)according\s+to\b")
# A clause of its own whose actor is "he", "she" or "the latter" ("after he left his post in
# June 2009", "as the latter never lost there since 2015"; not the subject's saying after a
# comma: "..., he announced on Wednesday").
_PRONOUN_ACTOR = re.compile(
    r"(?i)^(?:after|before|when|while|as|because|since|until|once|that)\s+(?:he|she|the\s+(?:latter|former))\b"
)
# "Doku pulled a goal back, with Ten Hag going on to win, having taken over in July 2022": a
# participle has no subject of its own, and after another subject's "with" clause may be theirs
_PARTICIPLE_ACTOR = re.compile(r"(?i)^having\s+[a-z]+")
_WITH_BEFORE = re.compile(r"(?i)\bwith\s+$")


# "..., while Woodke was kidnapped in Niger in 2016": a clause after the first, whose own subject
# is a name the registry did not find (or could not tell whose), is not the sentence's subject's.
_UNFOUND_NAME_SUBJECT = re.compile(
    rf"(?:{'|'.join(sorted(SUBORDINATE_CLAUSE_OPENINGS | {'and', 'but'}))})\s+"
    r"(?P<first>[A-Z][a-z][\w-]*)(?:\s+[A-Z][a-z][\w-]*){0,2}\s+(?:was|were|is|has|had|[a-z]{3,}ed)\b"
)


# "Lightfoot wrote the ballad after reading about the drowning of 29 sailors when an iron-ore
# freight ship sank ... on November 10, 1975": a clause whose subject is a thing or someone
# unnamed, told without a pronoun that points back, is not the sentence's subject's happening.
_UNNAMED_SUBJECT = re.compile(
    rf"\b(?:{'|'.join(sorted(SUBORDINATE_CLAUSE_OPENINGS - {'as'}))})\s+(?i:an?)\s+(?:(?!(?:and|or|but)\b)[\w'\u2019-]+\s+){{0,4}}?"
    rf"(?:was|were|has|had|[a-z]{{3,}}ed|{'|'.join(IRREGULAR_PAST_TENSES)})\b"
)


# A sentence's opening clause of what its happening came after or before: "Two weeks after
# President Erdogan appointed Erkan as governor, ...".
_OPENING_TIME_CLAUSE = re.compile(
    rf"(?i)(?:(?:[\w-]+|a\s+few|several)\s+(?:{'|'.join(sorted(TIME_SPAN_UNITS))})\s+)?(?:after|before|since|following)\s+[^,;:()]{{3,150}},\s"
)


def _named_only_within(mentions, person: str, span: tuple[int, int], before: int) -> bool:
    """Whether someone is named before `before` only inside `span` (and named there at all)."""
    named = [m.start for m in mentions if m.person == person and m.start < before]
    return bool(named) and all(span[0] <= at < span[1] for at in named)


def _unnamed_subjects_clause(text: str, start: int, mention: DateMention) -> int | None:
    """Where the clause holding a date opens, when it is a subordinate clause whose subject is a
    thing or someone unnamed and nothing in it points back to a person named before it."""
    for found in _UNNAMED_SUBJECT.finditer(text, start, mention.start):
        if not _CLAUSE_BREAK.search(text, found.end(), mention.start) and not _PRONOUN.search(text, found.start(), mention.end):
            return found.start()
    return None


def _unfound_name_subject(clause: str) -> bool:
    """Whether a clause after the first has a subject of its own, a name the registry did not
    find or could not tell whose."""
    opens = _UNFOUND_NAME_SUBJECT.match(clause)
    return opens is not None and opens.group("first").lower() not in STOPWORDS \
        and opens.group("first").lower() not in MONTHS and opens.group("first").lower() not in WEEKDAYS


def _another_subject_with(text: str, mentions, start: int, subject: str | None) -> bool:
    """Whether the last person named before `start` is someone else, the subject of a "with"
    clause ("with Ten Hag going on to clinch"), not an object ("paid tribute to Hawking")."""
    last = next((m for m in reversed(mentions) if m.start < start), None)
    return last is not None and last.person != subject and _WITH_BEFORE.search(text, max(0, last.start - 6), last.start) is not None
_RELATIVE_START = re.compile(r"(?i)^(?:who|whom|whose)\b")
# "..., mother of Amanda Eller, the 35-year-old yoga instructor who was found alive Friday": a
# description of the one named before it, closed by a relative clause, is about that one.
_DESCRIPTION_THEN_WHO = re.compile(r"(?i)^(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){1,6}?who\b")
# "X, whose 16-year-old daughter was among those kidnapped": the happening is the daughter's.
_WHOSE_RELATION = re.compile(
    r"(?i)^whose\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(RELATION_NOUNS, key=len, reverse=True)) + r")\b"
)
# "X said the outbreak was declared in September": X is the speaker, not in the happening.
_SPEECH_BETWEEN = re.compile(rf"(?i)\b(?:{SPEECH_VERBS_REPORTED})\b")
# "an ally of President X", "the mother of X": X is named to say whose relation the subject is.
_RELATION_OF = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(RELATION_NOUNS, key=len, reverse=True)) + r")\s+of\s+"
    r"(?:(?:the|[A-Z][\w.'\u2019-]*)\s+){0,3}$"
)
# "X's parents lobbied ...", "X's chief economic adviser suggested ...", "X attorney Y told ...":
# X is named to say whose the subject is.
_RELATION_AFTER = re.compile(
    r"(?:['\u2019]s?\s+(?:[\w-]+\s+){0,2}|\s+)(?:" + "|".join(sorted(RELATION_NOUNS, key=len, reverse=True)) + r")\b"
)
# "Trump campaign chairman Paul Manafort", "Putin spokesman Dmitry Peskov": the name says whose
# role the next person holds.
_ROLE_HOLDER_AFTER = re.compile(
    r"\s+(?:campaign\s+|administration\s+|government\s+)?(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\s+[A-Z]"
)
# "pro-X demonstrators", "anti-X protests": what others are for or against.
_STANCE_BEFORE = re.compile(r"(?i)\b(?:pro|anti)-$")
# "a Kennedy", "another Bush": one of a family, not the person the registry names.
_ONE_OF_A_FAMILY = re.compile(r"(?:^|\s)(?:[Aa]|[Aa]nother)\s+$")
# "he told CNN's Piers Morgan", "speaking to X", "congratulating both X and Y": whom something was
# said to is not in what was said.
_ADDRESSEE_BEFORE = re.compile(
    r"(?i)\b(?:" + phrase_alternation(ADDRESSEE_PHRASES) + r")\s+(?:\S+['\u2019]s?\s+)?"
    r"(?:(?:the|[A-Z][\w.'\u2019-]*)\s+){0,3}$"
)
# "According to Ebzeyev, Lurie was released in 2011", "according to prosecutor Ann Roe": the one
# a clause is told on the word of is its source, not in it.
_SOURCE_BEFORE = re.compile(r"(?i)\baccording\s+to\s+(?:(?:the|[\w.'\u2019-]+)\s+){0,3}$")
# "ignored questions about Mr Cohen as he arrived": whom a question or a talk is about is its topic.
_TOPIC_BEFORE = re.compile(
    r"(?i)\b(?:questions?|asked|talked|spoke|speaking|talking|comments?|remarks?)\s+(?:about|regarding|concerning)\s+"
    r"(?:(?:the|[A-Z][\w.'\u2019-]*)\s+){0,3}$"
)
# "refused to concede the race to Democrat Doug Jones": the one conceded to is not in the concession.
_CONCEDED_TO = re.compile(
    r"(?i)\bconced\w*\b[^.;]{0,40}?\bto\s+(?:(?:the|[A-Z][\w.'\u2019-]*)\s+){0,3}$"
)
# "killed on Thursday in the worst attack since Prime Minister X came to power": after the date,
# a time reached back to by X's doing, not X's part in what is dated.
_SINCE_NAME_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:the|[A-Z][\w.'\u2019-]*)\s+){0,3}$")
_PREDECESSOR = re.compile(
    r"(?i)\b(?:" + phrase_alternation(PREDECESSOR_PHRASES) + r")\s+"
    r"(?:(?:the|[A-Z][\w.'\u2019-]*)\s+){0,3}$"
)
# "... for killing her ex-boyfriend X": X named as the subject's relation, further on (not "a
# dynasty started by his late father X": after "by", the one who did it).
_THEIR_RELATION = re.compile(
    r"(?i)(?<!\bby\s)\b(?:his|her|their)\s+(?:(?:ex-|former\s+|late\s+|own\s+)?[\w-]+\s+)?(?:ex-)?(?:"
    + "|".join(sorted(RELATION_NOUNS, key=len, reverse=True)) + r"),?\s+$"
)
_POSSESSIVE = re.compile(r"['\u2019]")
_OWNS_A_THING = re.compile(
    r"['\u2019]s?\s+(?!(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(set(_ACTION_OF) | HAPPENING_NOUNS, key=len, reverse=True))
    + r")\b)(?:[A-Za-z][\w-]*)", re.IGNORECASE
)
_INCLUDING = re.compile(r"(?i)^(?:including|among them|along with|together with|such as)\b")
_DATE_PREPOSITIONS = r"(?:in|on|during|as of|as at|at|effective|across)"  # ("retire, effective Dec. 1", "Across 2022, he managed")
# ("cast their votes between Oct. 15 and Oct. 31": a span's "between" goes with it)
# ("separated from Disney near the end of last year", "forfeited half his salary beginning this
# month": "near" and "beginning" go with the date too)
_DROP_PREPOSITION = re.compile(rf"(?i)\s*\b(?:{_DATE_PREPOSITIONS}|between|near|towards?|(?<!\bthe\s)(?:beginning|starting))(?:\s+the)?\s*$")
# ("took over from Michael Eisner back in 2005": the "back" of the date after a preposition's
# name, not a verb's, "came back in 2005", "to bring Bergdahl back in 2014")
# ("adjusting her supplements in the summer of 2022": the season goes with its year; "Back in
# October, Halep said": so does the "Back" opening the sentence)
_SEASON_OF_BEFORE = re.compile(
    r"(?i)\s*\b(?:(?:in|during|by|since|until)\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:summer|winter|spring|autumn|fall)\s+of\s*$"
)  # (and "in the tumultuous summer of 2020")
_BACK_AT_THE_START = re.compile(r"(?i)^\s*back\s*$")
_BACK_AFTER_A_NAME = re.compile(
    r"(?<=\s)(?P<name>(?:of|to|from|for|with|at|by|against)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+back\s*$"
)
_OWN_PREPOSITION = re.compile(rf"(?i){_DATE_PREPOSITIONS}\b")
# ("a loss in the year to January 2022": the date ends the period the words name; without it the
# label hangs on "to")
_KEEP_DATE = re.compile(rf"(?i)\b(?:since|by|until|till|before|after|from|(?:{'|'.join(sorted(TIME_SPAN_UNITS))})\s+to)\s*$")
_WHILE_BEFORE = re.compile(r"(?i)\b(?:while|whereas)\s+(?-i:(?:[A-Z][\w.'\u2019-]*\s+){0,3})$")
_HANGING_ADVERB = re.compile(rf"(?i)(?:^|\s+)(?:{phrase_alternation(WORDS_BEFORE_A_RELATIVE_DATE)})\s*$")
_SINCE_AT_END = re.compile(r"(?i)\bsince\s*$")
_BOUND_AT_END = re.compile(r"(?i)\s+(?:by|until|till)\s*$")
_WEEKDAY_WORD = re.compile(rf"(?i)(?:{'|'.join(WEEKDAYS)})")
_ANOTHER_DAY_AFTER = re.compile(rf"(?i)\s*(?:to|and|through|until|-|\u2013)\s*(?:{'|'.join(WEEKDAYS)})\b")
_A_VERB_AFTER_THE_DAY = re.compile(r"\s+(?:was|is|will|has|had|would|marked|saw)\b")
_HOLDING_PREPOSITION = re.compile(r"(?i)\b(?:during|at|for|of|ahead\s+of)\s*$")
_THING_AFTER_THE_DAY = re.compile(r"\s+(?!(?:morning|afternoon|evening|night|overnight|and|or|to)\b)[a-z]{3,}")
# "set sentencing for July 11": the day set, which the label must say (it is not the day it was set).
_SET_FOR = re.compile(rf"(?i)\b(?:{'|'.join(SCHEDULING_VERBS)})(?:\s+[\w'\u2019-]+){{0,3}}\s+for\s*$")
_LEAD_PREPOSITION = re.compile(r"(?i)\b(?:in|on|since|by|from|until|of|during|before|after|as of)\s*$")
_NOUN_AFTER = re.compile(  # (an initialism's stops are inside its word: "his 2022 U.S. Open triumph")
    r"\s+((?:(?:[A-Z]\.){2,}|[A-Za-z][\w-]*)(?:\s+(?:(?:[A-Z]\.){2,}|[A-Za-z][\w-]*)){0,3}?)"
    r"(?=\s+(?:of|against|in|on|over|with|that|which|who|by|for|and|to|about)\b|[,.;:\u2014\u2013)]|\s+-\s|$)"
)
# (a figure's separator is no stop: "that killed about 9,000 people")
_TAIL_CHAR = r"(?:[^,.;:\u2014\u2013()]|(?<=\d)[,.](?=\d))"
_NOUN_TAIL = re.compile(
    rf"\s+(?:(?:of|against|over)\s+{_TAIL_CHAR}{{1,40}}?|(?:that|which)\s+{_TAIL_CHAR}{{1,60}}?)"
    r"(?=(?<!\d)[,.;:\u2014\u2013()]|[,.](?!\d)|\s+(?:and|but|while|when)\b|$)"
)
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|this|these|those)|[\w.-]+['\u2019]s?)(?:\s+[\w-]+){0,3}\s+$")
# "in the early hours of Monday", "on the night of July 5", "until the end of June" (whose "of"
# is the date's): left out with the date.
_ITS_WEEKDAY_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\s*,\s*$")
_PART_OF_THE_DATE_BEFORE = re.compile(
    rf"(?i)\b(?:(?:{'|'.join(sorted(WORDS_BEFORE_A_PART_OF_A_DAY))})\s+){{1,3}}"
    rf"(?:{'|'.join(sorted(PARTS_OF_A_DAY_OR_SPAN))})(?:\s+of)?$"
)
# "almost two years ago", "more than a decade ago": how near the span is, which goes with it.
_HOW_LONG_BEFORE = re.compile(r"(?i)\b(?:almost|nearly|about|around|roughly|some|just|(?:more|less)\s+than|over|under)\s*$")
HOW_LONG_CHARS = 16
# "and in June", "or on Friday 12": a second date joined to the one a label leaves out, which goes with it.
_AND_ANOTHER_DATE = re.compile(
    rf"^\s*(?:and|or)\s+(?:in|on)\s+(?:{'|'.join(MONTH_NAMES + WEEKDAY_NAMES)})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}}\b)?"
)
# ", who had been walking alone on a path above the bay,": a clause about someone named before it,
# not what is reported of them.
_AN_ASIDE = re.compile(r",?\s*(?:who|which)\s", re.IGNORECASE)
# "One month after the fatal shooting of X,", "In a motion filed Friday,": a span that leads into
# the clause of substance, whose happening it is not.
_LEADS_IN = re.compile(
    r"(?i)\s*(?:(?:[\w-]+\s+){0,3}(?:after|before|since|following)\b"
    r"|(?:in|at|on|during|with|under|amid|despite)\s+(?:a|an|the|his|her|its|their)\s)"
)
# A sentence opening on a phrase of where or how, before its subject: "In a motion filed on
# Friday,", "At a news conference Tuesday,", "Under yet unclarified circumstances ... on Tuesday night,".
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|At|On|During|Through|With|Under|Via)\s+(?:a|an|the|his|her|their|its)"
    r"|(?:Under|Amid|Despite|Near|Amidst)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
    r"|[A-Z][a-z]{2,}ing)\s"  # ("Speaking to the media on Friday morning, Mr Varadkar described ...")
)
_DAY_PART_THEN_COMMA = re.compile(rf"(?:\s+(?:{'|'.join(DAY_PARTS)}))?,")
_ITS_YEAR_AFTER = re.compile(r"(?i)^\s*,?\s*of\s+(?:(?:last|this|next)\s+year|(?:1[6-9]|20)\d\d)\b")
_DAY_PART = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night|overnight))?['\u2019]s?(?=\s)"
    r"|^(?:\s+(?:morning|afternoon|evening|night)\b)?\s*(?:\(?local\s+time\)?|\((?:[A-Z]{2,4})\))(?=[\s,.;:]|$)"  # ("Monday afternoon local time")
    r"|^\s+(?:morning|afternoon|evening|night)\b"
)
_VERB_START = re.compile(r"^(?:was|were|is|are|has|had|have|will|would|became|been|being|also)$")
_PLURAL_VERBS = frozenset(("were", "are", "have"))
_WEAK_START = re.compile(r"(?i)^(?:he|she|they|it|his|her|their|its|who|which|that|then|and|but|this|these)\b")
LABEL_WORDS = 16


def find_candidates(
    sources: tuple[Source, ...], mentions_by_sentence: dict, names: dict[str, str] | None = None
) -> list[Candidate]:
    """Every dated clause of every citable sentence, one pass per sentence."""
    names = names or {}
    return [c for numbered in enumerate(sources) for c in source_candidates(numbered, mentions_by_sentence, names)]


def source_candidates(numbered: tuple[int, Source], mentions_by_sentence: dict, names: dict[str, str]):
    """The dated clauses of the source `numbered` = (its place among the sources, the source)."""
    source_index, source = numbered
    candidates: list[Candidate] = []
    recent: tuple[int, str] | None = None  # (sentence index, slug) of the last subject
    quoting = (None, False)  # (block, whether a quotation is still open at the end of the last sentence)
    written: list[DateMention] = []  # the dates the sentence before wrote out with their year
    for index, sentence in enumerate(source.sentences):
        opened = quoting[0] == sentence.block and quoting[1]
        quoting = (sentence.block, _still_quoting(sentence.text, opened))
        mentions = sorted(mentions_by_sentence.get((source.id, sentence.id), ()), key=lambda m: m.start)
        subject = _subject(sentence.text, mentions, recent, index)
        if sentence.kind != "embed" and subject:
            recent = (index, subject)
        elif sentence.kind != "embed" and _AGED_SUBJECT.match(sentence.text):
            # "Joe Biden stood by the verdict. The 18-year-old was charged ...": someone the rules
            # cannot name is the subject now, and "the former cadet" after it is not Biden.
            recent = None
        if not sentence.outlets_own:
            continue
        found = [_in_the_year_just_told(m, written) for m in _distinct(find_dates(sentence.text, source.published))]
        written = [m for m in found if not m.relative and m.precision != YEAR]
        either = _alternatives(sentence.text, found)
        dated = [
            m for m in found
            if not _counterfactual(sentence.text, m) and not _on_another_clock(sentence.text, m) and m not in either
        ]
        if dated:
            # A date inside someone's quoted words is the speaker's, relative to when they spoke:
            # the sentence is cited, not dated. A date that bounds or qualifies another happening
            # ("until Saturday", "following Sunday night's riot") does not date this one, nor
            # does a month inside a registered name ("by August the Strong"), nor a date in a
            # clause telling that nothing is known yet ("There were no reports of injuries Friday").
            spoken = _outside_quotations(sentence.text, opened)
            named = Spans((m.start, m.start + len(m.form)) for m in mentions)
            absent_from, absent_to = _absence_clause(sentence.text)
            dated = [
                m for m in dated
                if spoken[m.start] != " " and not _bounds_another(sentence.text, m) and not named.overlaps(m.start, m.end)
                and not _ends_a_span(sentence.text, m, dated)
                and not _dates_a_thing_acted_on(sentence.text, m) and not _dates_a_thing_described(sentence.text, m)
                and not _dates_a_happening_named_before(sentence.text, m, dated)
                and not _PERIOD_ENDING_BEFORE.search(sentence.text, max(0, m.start - 30), m.start)
                and not absent_from <= m.start < absent_to and not _in_a_claim(sentence.text, m)
            ]
            dated = _without_years_naming_things(sentence.text, dated, source.published)
            dated = _without_the_sayings_date(sentence.text, dated)
            if dated and not _dated_happening(spoken, dated):
                dated = []
        if not dated:
            continue
        # Worked out once per sentence, shared by each date in it.
        shared = (
            _segments(sentence.text, dated),
            frozenset(_stem(w) for w in content_words(sentence.text)),
            tuple(found),
        )
        for number, mention in enumerate(dated):
            candidates.append(
                _candidate(source, sentence, mention, shared, mentions, subject, (source_index, index, number), names)
            )
    return candidates


CLAIM_CHARS = 150  # how far before a date the "lies that" holding it may be
_CLAIM_THAT = re.compile(
    rf"(?i)(?:\b(?:{phrase_alternation(CLAIMS_CALLED_FALSE)})(?:\s+[\w'\u2019]+){{0,4}}?\s+that"
    rf"|\b(?:{'|'.join(ADVERBS_CALLING_WORDS_FALSE)})\s+(?:{'|'.join(SAYING_FORMS_TOLD_FALSELY)}))\b[^;.!?]*$"
)


def _in_a_claim(text: str, mention: DateMention) -> bool:
    """ "must pay $965 million for spewing lies that the 2012 Sandy Hook shooting was a hoax": a
    date in what the outlet calls false dates nothing the sentence states as fact, but for a year
    naming a thing ("false claims that fraud swayed the 2020 presidential election": the election
    was held in 2020, and is labelled by its name)."""
    return _CLAIM_THAT.search(text, max(0, mention.start - CLAIM_CHARS), mention.start) is not None \
        and _noun_phrase(text, mention) is None


_COUNTERFACTUAL = re.compile(
    r"(?i)\b(?:would|could|might|should)\s+(?:not\s+)?have\b|\bif\s+(?:it|they|he|she)\s+had\b"
    # "the expectation was that the jurors would resume ... on Friday", "should he win in November"
    r"|\b(?:expectation|hope|plan|idea|assumption)\s+(?:was|had\s+been)\s+that\b|\bshould\s+(?:he|she|they|it)\s+\w+"
    # "a ballot originally scheduled for March 9 but moved up": a plan given up
    r"|\b(?:originally|initially|previously)\s+(?:been\s+)?(?:scheduled|set|planned|slated|due|expected)\b"
)


# "between Saturday afternoon and early Sunday", "from Monday to Friday": the end of a span.
_SPAN_END_BEFORE = re.compile(
    r"(?i)\b(?:between\s+[^,;()]{1,40}?\s+and|from\s+[^,;()]{1,40}?\s+(?:to|through|until|till))"
    r"\s+(?:early\s+|late\s+|the\s+)?$"
)
_ON_INTO_BEFORE = re.compile(r"(?i)\band\s+(?:on\s+)?into\s+(?:the\s+(?:early|small|wee)\s+hours\s+of\s+)?$")
SPAN_START_CHARS = 12  # "Monday night and into": the words between a span's start and "and into"
# (The thing bounded by may be named with any determiner: "following a June 2018 summit".)
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:until|till|beyond|following|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|up\s+to\s+and\s+including(?:\s+on)?)"
    r"\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+)?$"
)
# "closed through at least Wednesday morning", "could fall through Tuesday": the day a state
# lasts to (not "will remain in his role through 2021", the year a term runs out).
_THROUGH_BEFORE = re.compile(r"(?i)\bthrough\s+(?:at\s+least\s+)?$")
# "extend its hiring freeze through the first quarter of 2023": a part of a year a state lasts to.
_THROUGH_A_PART_BEFORE = re.compile(
    r"(?i)\b(?:through|until|till)\s+(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\s+of\s+$"
)
# "through the first quarter of 2023, which equates to the end of March", "by the end of its
# fiscal year, which is March 31": the period just named, told again as a date.
_RESTATED_BEFORE = re.compile(
    r"(?i),\s+which\s+(?:is|was|equates\s+to|means|falls\s+(?:on|in))\s+(?:the\s+(?:end|start|beginning|middle)(?:\s+of)?\s+)?$"
)
# "forecasts of 1.6% for 2018": the period a figure is for, not when anything happened.
_FIGURE_FOR = re.compile(r"(?i)(?:\d|%|\bper\s*cent|\bpercent)\s+for\s+(?:the\s+)?$")
_QUALIFIES_AFTER = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?['\u2019]s?\s")
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:at\s+least\s+|about\s+|around\s+)?(?:the\s+)?(?:(?:early|late|mid)(?:-|\s+))?$")
_SUPERLATIVE = re.compile(
    r"(?i)\b(?:" + phrase_alternation(SUPERLATIVE_WORDS) + r"|most\s+\w+)\b"
)
# "The biggest-selling song of 2023 also won her the award": the year the subject's superlative
# ranks within, not when what the clause tells happened.
SUBJECT_CHARS = 80
_SUPERLATIVE_OF_BEFORE = re.compile(
    r"(?i)\b(?:" + phrase_alternation(SUPERLATIVE_WORDS) + r"|most\s+\w+)(?:-\w+)?\s+(?:[\w-]+\s+){0,3}?of\s+(?:the\s+year\s+)?$"
)
_AFTER_BEFORE = re.compile(r"(?i)\b(?:after|before|from|since|over|eve\s+of)\s+(?:the\s+)?$")
# "down about 16 per cent from the same time Wednesday", "up 3% from Tuesday's close", "down
# from 7.52 the year before", "850,000 fewer people than the previous year": the moment a change
# is measured from.
_BASELINE_BEFORE = re.compile(
    rf"(?i)(?:\b(?:{'|'.join(sorted(CHANGE_WORDS))})\b(?:[^,;()]|(?<=\d),(?=\d)){{0,40}}?,?\s*\bfrom\s+"
    r"(?:the\s+same\s+(?:time|period)\s+(?:of\s+|in\s+)?|(?:the\s+)?[$\u20ac\u00a3]?[\d.,]+\s*(?:%\s*|per\s*cent\s+|percent\s+|million\s+|billion\s+)?"
    r"(?:(?:level|mark|figure|peak|low|high)\s+)?(?:in\s+|of\s+)?(?:early\s+|late\s+|mid-?)?|the\s+)?"
    # "will add $1000 compared with repayments in April 2022": what the figure is set against
    # (with a figure of its own, "compared with 10.62 million in 2021", that figure's date)
    r"|\bcompared\s+(?:with|to)\s+(?:(?![$\u20ac\u00a3\d])[\w.,'\u2019-]+\s+){0,4}?(?:in|of|on)\s+(?:early\s+|late\s+|mid-?)?"
    rf"|\b(?:{'|'.join(sorted(COMPARATIVE_WORDS))})\b(?:[^,;()]|(?<=\d),(?=\d)){{0,60}}?\bthan\s+(?:the\s+|in\s+)?(?:all\s+of\s+)?"

    # ("1.8 million pilgrims took part this year, a similar number to last year")
    r"|\b(?:similar|comparable|equal|identical|close)\s+(?:[\w-]+\s+){0,2}?(?:to|with)\s+(?:that\s+of\s+|the\s+)?"
    # ("revenues ... roughly unchanged versus the previous year")
    r"|\b(?:unchanged|flat|steady|stable)\s+(?:versus|vs\.?|against|on|from)\s+(?:the\s+)?"
    r"|\b(?:versus|vs\.?|year-on-year\s+against)\s+(?:the\s+)?)$"
)
BASELINE_CHARS = 80
_A_PLURAL_BEFORE = re.compile(r"\b[a-z]{3,}s\s+$")  # (a common noun's, not "vacated by Jonny Evans last year")
_PRESENT_PERFECT_BEFORE = re.compile(r"(?i)\b(?:has|have)\s+(?:(?:also|now|just|since)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ung|ade|ot|id)\b")
PERFECT_CHARS = 160
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)")
_CLAUSE_MARK = re.compile(r"[,;:\"\u201c\u201d]|\b(?:who|which|that|after|when|before)\b")


_COUNTED_FROM_BEFORE = re.compile(r"(?i)\bthe\s+(?:day|night|week|month|year)\s+(?:before|after|earlier|later)\s+(?:on\s+|in\s+)?$")


def _bounds_another(text: str, mention: DateMention) -> bool:
    """"until Saturday", "closed through at least Wednesday", "following Sunday night's riot",
    "after Monday's vote", "on the eve of Wednesday's meetings": the date is the limit of this
    happening, or the day of another one the sentence names. "The worst violence
    since 1968": the year a comparison reaches back to; "down 16 per cent from the same time
    Wednesday": the moment a change is measured from."""
    before = text[max(0, mention.start - 30) : mention.start]
    if _COUNTED_FROM_BEFORE.search(before):
        return True  # ("shot and killed the day before on August 27": the 27th is what is counted from)
    lead = mention.text.split(None, 1)[0] + " "  # "until October" is found whole
    if _BOUND_BEFORE.search(before) or _BOUND_BEFORE.search(before + lead) or _FIGURE_FOR.search(before):
        return True
    if mention.precision != YEAR and (_THROUGH_BEFORE.search(before) or _THROUGH_BEFORE.search(before + lead)):
        return True
    if _THROUGH_A_PART_BEFORE.search(text, max(0, mention.start - 45), mention.start) \
            or _RESTATED_BEFORE.search(text, max(0, mention.start - 45), mention.start):
        return True
    if (_SINCE_BEFORE.search(before) or _SINCE_BEFORE.search(before + lead)) \
            and _SUPERLATIVE.search(text, max(0, mention.start - 80), mention.start):
        return True  # (the month's own "since": "their lowest level since November")
    superlative = _SUPERLATIVE_OF_BEFORE.search(text, max(0, mention.start - 60), mention.start) \
        if mention.precision == YEAR else None
    if superlative is not None and not any(
        _tensed(bare_word(w)) for w in text[max(0, superlative.start() - SUBJECT_CHARS) : superlative.start()].split()
    ):
        # (in the subject, before any verb: not "Coleman ran 9.82 seconds, the fastest 100m of
        # 2017, at the ...", where the year ranks what the clause tells)
        return True
    if _BASELINE_BEFORE.search(text, max(0, mention.start - BASELINE_CHARS), mention.start):
        return True
    perfect = _PRESENT_PERFECT_BEFORE.search(text, max(0, mention.start - PERFECT_CHARS), mention.start) \
        if mention.relative and mention.text.lower().startswith("last") else None
    if perfect is not None and _A_PLURAL_BEFORE.search(text, max(0, mention.start - 20), mention.start) \
            and _CLAUSE_ENDS.match(text, mention.end) and not _CLAUSE_MARK.search(text, perfect.end(), mention.start):
        # "has been handed a three-month ban over two positive drug tests last year": a clause
        # in the present perfect tells of now; the year just gone is the tests'
        return True
    if _BOUND_OWNED_BEFORE.search(text, max(0, mention.start - BOUND_OWNED_CHARS), mention.start):
        return True
    return bool(_AFTER_BEFORE.search(before) and _QUALIFIES_AFTER.match(text, mention.end))


# "Prior to Bankman-Fried's arrest earlier this year, he accused ...": the day of the thing the
# bound names, owned by someone, not of what the clause tells.
BOUND_OWNED_CHARS = 60
_BOUND_OWNED_BEFORE = re.compile(
    r"(?i)\b(?:prior\s+to|ahead\s+of|in\s+the\s+run-up\s+to)\s+[\w.-]+['\u2019]s?\s+[a-z]+\s+$"
)


_A_YEAR = re.compile(r"\b\d{4}\b")
_OF_BEFORE = re.compile(r"(?i)\bof\s+$")
_WORD_AFTER = re.compile(r",?\s+[a-z][a-z-]*\b")  # (a full date's closing comma: "the June 7, 2021, murders")
_OCCASION_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(OCCASION_PREPOSITIONS + OCCASION_VERBS)})\s+$")
# A verb before the thing named ("annulled", "has declared", "cancelling"); "23 seconds of" or
# "amid the chaos of" Sunday's final has none: the clause happened in the thing.
_VERB_LIKE = re.compile(
    r"(?i)\b(?:[a-z]{2,}(?:ed|ing)|ha[sd]|have|was|were|is|are|will|would)\b|\bto\s+(?!(?:the|an?|his|her|their|its)\b)[a-z]+\b"
)
HEAD_WORDS = 6  # the words before the thing named that may hold the verb acting on it
_CLAUSE_OPENING = re.compile(rf"(?i)[,;:()\u2014\u2013]|\s-\s|\b(?:{SPEECH_VERBS_REPORTED}|that)\b")


# "guidance for the fiscal year ending March 2024": the end of a period a forecast is for, not a
# happening.
_PERIOD_ENDING_BEFORE = re.compile(
    r"(?i)\b(?:year|quarter|half|period|months|weeks)\s+ending\s+(?:on\s+|in\s+)?$"
)
# "the horrific train accident in Odisha's Balasore last month": a happening named, its place,
# then its date.
_HAPPENING_AND_ITS_PLACE_BEFORE = re.compile(
    rf"(?i)\b(?:the|an?|this|that|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(HAPPENING_NOUNS_NAMED_WITH_A_PLACE)})"
    r"\s+(?:in|at|near|off|on)\s+(?-i:(?:[A-Z][\w.'\u2019-]*\s+){1,4})$"
)
HAPPENING_AND_PLACE_CHARS = 120


def _dates_a_happening_named_before(text: str, mention: DateMention, found: list[DateMention]) -> bool:
    """ "The CBI today arrested three employees over the train accident in Balasore last month":
    with a date of its own before it, the sentence's later date after a happening named and its
    place dates that happening, not what the sentence tells."""
    return any(other.start < mention.start for other in found if other is not mention) \
        and _HAPPENING_AND_ITS_PLACE_BEFORE.search(text, max(0, mention.start - HAPPENING_AND_PLACE_CHARS), mention.start) is not None


def _dates_a_thing_acted_on(text: str, mention: DateMention) -> bool:
    """ "annulled his Aug. 8 reelection victory", "cancelling the results of last month's poll":
    a day or month naming a thing a verb of the clause acts on dates that thing, not what the
    clause tells. Named as the clause's subject ("Friday's ruling was ..."), or as the occasion
    of what happened ("killed in Sunday's attack", "won Saturday's election", "after 23 seconds
    of Saturday's final"), it dates the clause."""
    if mention.precision == YEAR and not mention.relative:
        return False  # "the 2016 campaign": a noun phrase of its own (`_noun_phrase`)
    if _QUALIFIES_AFTER.match(text, mention.end):
        start = mention.start
    else:
        determiner = DETERMINER_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        if determiner is None or not _WORD_AFTER.match(text, mention.end):
            return False
        start = determiner.start()
    if _OCCASION_BEFORE.search(text, max(0, start - 12), start):
        return False
    if start < mention.start and mention.precision == DAY and _A_YEAR.search(mention.text) and text.startswith(",", mention.end) \
            and _OF_BEFORE.search(text, max(0, start - 4), start):
        return True  # "an official cause of the January 26, 2020, crash": the full date names the crash
    # (an age beside a name is no clause's opening: "declared Ann Roe, 70, the winner of Saturday's poll")
    head = _CLAUSE_OPENING.split(_AGE_BESIDE_A_NAME.sub(" ", text[max(0, start - 120) : start]))[-1]
    return _VERB_LIKE.search(" ".join(head.split()[-HEAD_WORDS:])) is not None


# "the mark held since April 1984", "Abdul-Jabbar's mark of 38,387, set in 1989.", "of the small
# Taiwan People's Party, only founded in 2019.": a participle
# after a noun, with its date (a state since then, or an aside closing the sentence); "was set
# in 1989" or "its first cut since 2008" is no such thing.
_PARTICIPLE = "(?:[a-z]{3,}ed|" + "|".join((*IRREGULAR_PAST_TENSES, *IRREGULAR_PAST_PARTICIPLES, *PARTICIPLES_ALSO_PRESENT)) + ")"
_DESCRIBED_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|an?|his|her|its|their)|['\u2019]s?)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:\s+of\s+[\d,.]+)?"
    rf"\s+{_PARTICIPLE}\s+(?:by\s+(?:[A-Z][\w.'\u2019-]*\s+){{1,3}})?since\s+$"  # ("a woman detained by Iran since 2016")
)
_ASIDE_BEFORE = re.compile(
    rf"(?i)(?<=[\w'\u2019]),\s+(?:only\s+|just\s+|first\s+|[a-z]+ly\s+)?{_PARTICIPLE}\s+in\s+$"
)
_YEAR_OR_DAY_BEFORE = re.compile(rf"(?i)(?:\b\d{{4}}|\b(?:{MONTH_WORDS}|{'|'.join(WEEKDAY_NAMES)})|\bago)$")
DESCRIBED_CHARS = 80  # the noun phrase and its participle before the date
_CLOSES_THE_SENTENCE = re.compile(r"\s*[.!?]?[\"\u201d]?\s*$")


# "eclipsing the 1:52.98 set by Federica Pellegrini in the supersuit era in 2009", "bettering
# Grant Hackett's 7:38.65 in 2005": a record and the year it was set, after the verb that beat it.
_RECORD_SET_BEFORE = re.compile(
    r"(?i)(?:[\d:.,]+\s+(?:set|held|established)\s+by\s+[^,;.()]{1,60}?|\w['\u2019]s?\s+\d[\d:.,]*(?:\s+[a-z]+){0,2})"
    r"\s+in\s+$"
)


def _dates_a_thing_described(text: str, mention: DateMention) -> bool:
    """ "James surpassed the mark held since April 1984": after the clause's own verb, a noun
    described by a participle and its date dates the thing (when the mark was first held), not
    what the clause tells; so does an aside closing the sentence (", set in 1989."), but for
    one more happening after another's date ("elected in 2010, re-elected in 2014"). Without a
    verb before the noun, the participle may be the clause's."""
    window = max(0, mention.start - DESCRIBED_CHARS)
    record = _RECORD_SET_BEFORE.search(text, window, mention.start)
    if record is not None and _VERB_LIKE.search(text, max(0, record.start() - 40), record.start()) is not None:
        return True
    aside = _ASIDE_BEFORE.search(text, window, mention.start)
    if aside is not None and _CLOSES_THE_SENTENCE.match(text, mention.end):
        before = text[max(0, aside.start() - 120) : aside.start()]
        return not _YEAR_OR_DAY_BEFORE.search(before) and _VERB_LIKE.search(before) is not None
    described = _DESCRIBED_BEFORE.search(text, window, mention.start)
    if described is None:
        return False
    if _SUBJECTS_VERB_AFTER.match(text, mention.end):
        return True  # "A woman detained by Iran since 2016 was released on Wednesday": the subject described
    head = _CLAUSE_OPENING.split(text[max(0, described.start() - 120) : described.start() + 1])[-1]
    return _VERB_LIKE.search(" ".join(head.split()[-HEAD_WORDS:])) is not None


_SUBJECTS_VERB_AFTER = re.compile(r"\s+(?:was|were|has|have|had|is|are)\s")


# (", the duke said in a statement late Monday": where the saying was, between verb and date.)
_ATTRIBUTION_BEFORE = re.compile(
    # (and a court's order set after it: "... will spend the rest of her life behind bars, a judge ordered on Monday")
    rf",\s*(?:[\w.'\u2019-]+\s+){{1,6}}?(?:{SPEECH_VERBS_REPORTED}|ordered|ruled)\s+"
    r"(?:(?:in|on|at|during|via)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,2}?"
    r"(?:(?:issued|released|posted|published|sent|given|held)\s+)?)?"
    r"(?:on\s+|late\s+|early\s+)?$"
    # ", according to a press release from the agency on Tuesday."
    r"|,\s*according\s+to\s+(?:[\w.'\u2019-]+\s+){1,8}?(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# After the date, the end of the sentence: a part of the day, and where it was ("on Sunday night
# in the US").
_SENTENCE_END = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"[\s.,;:!?\"\u201d\u2019')]*$"
)


def _trailing_attribution(text: str, mention: DateMention) -> re.Match | None:
    """ "Amazon will buy Whole Foods ..., the companies announced Friday.": the date ends the
    sentence in the attribution set after what is reported (the attribution, if so)."""
    found = _ATTRIBUTION_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    return found if found and _SENTENCE_END.match(text, mention.end) else None


def _without_the_sayings_date(text: str, dated: list[DateMention]) -> list[DateMention]:
    """ "On Saturday, surgeons completed the operation, doctors said at a press conference
    Thursday morning.": what is reported opens on its own date, so the attribution's dates only
    the saying. (Not "X was suspended after testing positive in January, the federation
    announced Wednesday": a date inside what is reported may be an earlier happening's, and the
    announcement's day the news's.)"""
    if len(dated) < 2 or len(text[: dated[0].start].split()) > OPENING_DATE_WORDS:
        return dated
    return [m for m in dated if m is dated[0] or not _trailing_attribution(text, m)]


OPENING_DATE_WORDS = 1  # "On Saturday, ...": a date this close to the start opens the sentence


def _speakers_set_after(text: str, mentions, mention: DateMention) -> set[str]:
    """ "The incident occurred Wednesday evening, police chief Gideon Kibunjah told AFP, adding
    ...": the one who reports a clause, set after it, is not in what it reports. (Not "On
    Monday, Lee said ..." nor "Rejecting the warrant on Friday, Lee said ...": what the comma
    closes opens the sentence whose subject Lee is.)"""
    opening = _CLAUSE_START.split(text[: mention.start])[-1].split()
    if not opening or opening[0].lower() in OBJECT_PREPOSITIONS or opening[0].lower().endswith("ing"):
        return set()
    found = set()
    for m in mentions:
        if m.start <= mention.end or not _SPEECH_RIGHT_AFTER.match(text, m.start + len(m.form)):
            continue
        comma = _COMMA_THEN_TITLE.search(text, max(mention.end, m.start - 60), m.start)
        if comma and len(content_words(text[: mention.start] + " " + text[mention.end : comma.start()])) >= 2:
            found.add(m.person)
    return found


_CLAUSE_START = re.compile(r"[,;(\u2013\u2014]")
_SPEECH_RIGHT_AFTER = re.compile(rf"(?i)\s+(?:{SPEECH_VERBS_REPORTED})\b")
# The comma that closes what is reported, then at most four words of a title ("regional police chief").
# ('... "has fulfilled its role," Ueda said': the quotation's closing mark after the comma)
# (not '... on their feet," while Minister Navdeep Bains said': a clause of the other speaker's own)
_COMMA_THEN_TITLE = re.compile(
    rf",[\"\u201d\u2019']?\s*(?!(?:{'|'.join(CLAUSE_CONJUNCTIONS)})\b)(?:[\w.'\u2019-]+\s+){{0,4}}$"
)


def _ends_a_span(text: str, mention: DateMention, dated: list[DateMention]) -> bool:
    """ "between Saturday afternoon and early Sunday", "from Monday to Wednesday", "Monday night
    and into the early hours of Tuesday": the end of a span whose start is dated too (the span
    is dated by its start)."""
    span = _SPAN_END_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if span is not None and any(span.start() < d.start < mention.start for d in dated if d is not mention):
        return True
    onward = _ON_INTO_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return onward is not None and any(
        onward.start() - SPAN_START_CHARS <= d.end <= onward.start() for d in dated if d is not mention
    )


# "shortly after 2am local time (3pm Monday, Irish time)", "(10:30 p.m. Wednesday ET)": the
# same moment on another clock.
_CLOCK_OPENS_BEFORE = re.compile(r"\(\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+)?$", re.IGNORECASE)
_ZONED_TIME_BEFORE = re.compile(
    r"\(\s*\d{1,2}[:.]?\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\s+(?:on\s+)?$", re.IGNORECASE
)
_BRACKET_CLOSES = re.compile(r"\s*\)")
_CLOCK_CLOSES_AFTER = re.compile(r"[^()]{0,24}\b(?:time|[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\s*\)", re.IGNORECASE)


def _on_another_clock(text: str, mention: DateMention) -> bool:
    """A day in brackets that gives the time elsewhere: the sentence's own day is the other.
    ("(Tuesday, 9pm local time)", "(1700 GMT Tuesday)")"""
    if _ZONED_TIME_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return _BRACKET_CLOSES.match(text, mention.end) is not None
    return bool(_CLOCK_OPENS_BEFORE.search(text, max(0, mention.start - 16), mention.start)
                and _CLOCK_CLOSES_AFTER.match(text, mention.end))


# "late Friday or early Saturday", "on June 5 or June 6", "the vintages of 1980 or 2008": one
# day or year or the other.
_OR_ANOTHER_DAY = re.compile(
    rf"(?i)(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s+or\s+(?:early\s+|late\s+|on\s+)?"
    rf"(?:{'|'.join(WEEKDAY_NAMES)}|{MONTH_WORDS}|(?:in\s+)?(?:1[5-9]|20)\d\d)\b"
)
_OR_BEFORE = re.compile(r"(?i)\bor\s+(?:early\s+|late\s+|on\s+)?$")
ALTERNATIVE_CHARS = 30  # how far before "or" the other day may end


def _alternatives(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence given as one day or another ("late Friday or early Saturday"):
    which one the happening had is unsure, so neither dates it."""
    return [
        m for m in found
        if _OR_ANOTHER_DAY.match(text, m.end)
        or (_OR_BEFORE.search(text, max(0, m.start - 12), m.start)
            and any(o is not m and m.start - ALTERNATIVE_CHARS <= o.end <= m.start for o in found))
    ]


_MONTH_NAMED = re.compile(rf"(?i)\b(?:{MONTH_WORDS})\b")


def _in_the_year_just_told(mention: DateMention, written: list[DateMention]) -> DateMention:
    """ "... during the tri-series in January 2018. On January 23, X made another approach":
    a day named without a year, right after a sentence that gave its month a year, is in that
    year, not the one nearest the report."""
    if not mention.relative or mention.precision == YEAR or not _MONTH_NAMED.search(mention.text):
        return mention
    month = mention.value[5:7]
    told = {m.value[:4] for m in written if m.value[5:7] == month}
    if len(told) != 1:
        return mention
    year = told.pop()
    return dataclasses.replace(mention, value=year + mention.value[4:])


def _counterfactual(text: str, mention: DateMention) -> bool:
    """"would have seemed preposterous 30 years ago": a date of what did not happen."""
    clause = re.split(r"[;,]", text[max(0, mention.start - 80) : mention.start])[-1]
    return bool(_COUNTERFACTUAL.search(clause))


def _distinct(mentions: list[DateMention]) -> list[DateMention]:
    """One mention per date: "12 December, the eve of the vote" is one date said twice."""
    seen: dict[str, int] = {}
    kept: list[DateMention] = []
    for mention in mentions:
        if mention.value in seen:
            if kept[seen[mention.value]].relative and not mention.relative:
                kept[seen[mention.value]] = mention
            continue
        seen[mention.value] = len(kept)
        kept.append(mention)
    return kept


def _subject(text: str, mentions, recent, index) -> str | None:
    """Who the sentence is about: a name at its start (not inside a quotation that opens it),
    else the person a title like "the lawyer" points back to, unless the sentence opens on
    someone new ("A 20-year-old man was charged ..."). A pronoun points back to no one here:
    "he" may be any man named before, and a wrong guess would state a false claim."""
    blanked = _outside_quotations(text)
    mentions = [m for m in mentions if blanked[m.start] != " " and not _related(text, m)]
    if mentions and len(text[after_the_dateline(text) : mentions[0].start].split()) <= 5:
        return mentions[0].person
    if recent and index - recent[0] <= 3 and not _NEW_SUBJECT.match(blanked):
        head = blanked[: mentions[0].start] if mentions else blanked
        if _ROLE_NOUN.search(" ".join(head.split()[:10])):
            if mentions and len(head.split()) <= NAMED_SUBJECT_WORDS and _APPOSITION_OPENS.search(head) \
                    and _TITLE_OPENS.match(head):
                return mentions[0].person  # "The coup leader ..., Col Jo Roe, announced": the one named
            return recent[1]
    return None


NAMED_SUBJECT_WORDS = 15  # how far into a sentence a name may stand in apposition to its subject
_TITLE_OPENS = re.compile(r"\s*(?:The|A|An|Its|Their|His|Her|[A-Z][\w.-]*['\u2019]s)\s+(?!(?:[\w'\u2019-]+\s+){0,6}?(?:was|were|is|are|has|had|[a-z]{3,}ed)\b)")
_APPOSITION_OPENS = re.compile(r",\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}$")  # ", Col Mamadi " before the name


# The sentence opens on the absence (after a lead-in such as "But" or "As of Monday,"), or its
# subject's verb says it has not happened: "The city has not yet given any update on Friday".
_TELLS_AN_ABSENCE = re.compile(
    rf"(?i)^\W*(?:(?:but|and|still|so far|as of [^,]{{1,30}}),?\s+)?"
    rf"(?:{phrase_alternation(ABSENCE_OPENINGS)})\b"
    rf"|^[^,;:]{{1,80}}?\b(?:{phrase_alternation(ABSENCE_VERB_PHRASES)})\b"
    # a denial: "maintained he had not pulled the trigger ... on June 7, 2021" tells no happening
    rf"|\b(?:{SPEECH_VERBS_REPORTED}|maintained|denied)\s+(?:that\s+)?(?:he|she|they|we|it)\s+"
    r"(?:had|has|have|did|was|were)\s+(?:not|never)\b"
)
_ABSENCE_CLAUSE_BREAK = re.compile(rf"[,;:]|(?i:\b(?:{phrase_alternation(ABSENCE_CLAUSE_BREAKS)})\b)")


def _absence_clause(text: str) -> tuple[int, int]:
    """Where a clause telling an absence runs (empty: none). "There were no reports of injuries
    Friday", "It was unclear Sunday if the ransom had been paid", "The city has not yet given
    any update on Friday", "maintained he had not pulled the trigger on June 7": a date in it is
    when nothing was known or done, no happening's. Only
    the absence's own clause: in "It remained unclear what led the crowd to surge on Saturday"
    the date is the surge's."""
    absence = _TELLS_AN_ABSENCE.search(text)
    if absence is None:
        return 0, 0
    following = _ABSENCE_CLAUSE_BREAK.search(text, absence.end())
    return absence.end(), following.start() if following else len(text)


def _dated_happening(spoken: str, dated: list[DateMention]) -> bool:
    """Whether a dated sentence tells a happening: in the past, the perfect or the future
    (`tells_a_happening`), or by naming one at its date ("follows earlier releases in
    November", "Monday's announcement"). A sentence in the present tense alone is cited, not
    dated: it is most often a picture's caption."""
    if tells_a_happening(spoken):
        return True
    for mention in dated:
        before = spoken[max(0, mention.start - 40) : mention.start].lower().split()[-3:]
        if any(word.strip(",.") in HAPPENING_NOUNS for word in before):
            return True
        if _OWNER_GAP.match(spoken, mention.end):
            return True
    return False


def _after_a_thing(text: str, start: int, clause: str) -> bool:
    """"the fire that would look at a refurbishment completed last year", "the deal, which was
    signed in 2018": a relative clause after something named with an article (or any "which",
    never a person's), not the "that" of "confirmed on Monday that"."""
    if not _THING_RELATIVE.match(clause.lstrip()):
        return False
    before = _WORD.findall(text[max(0, start - 40) : start])[-3:]
    if clause.lstrip()[:5].lower() == "which" and not _PRONOUN_SUBJECT_AFTER_WHICH.match(clause.lstrip()):
        # Never a person's "who"; but in "which he ran" the one who ran is the "he".
        return not any(_SPEECH_BETWEEN.fullmatch(w) for w in before)
    return any(w.lower() in DETERMINERS for w in before) and not any(_SPEECH_BETWEEN.fullmatch(w) for w in before)


_THING_RELATIVE = re.compile(r"(?i)^(?:that|which)\b")
_PRONOUN_SUBJECT_AFTER_WHICH = re.compile(r"(?i)^which\s+(?:he|she)\b")


def _reported_by(text: str, name, date: DateMention) -> bool:
    """"X said many more would be arrested in the coming days": X spoke; what X reported, dated
    further on, is not X's doing. ("X said on Monday": the date is the saying's, X's.)"""
    if name.start >= date.start:
        return False
    return _reported_from(text, name.start + len(name.form), date) is not None


def _reported_from(text: str, start: int, date: DateMention) -> re.Match | None:
    """The speech verb after `start` whose reported words hold the date, if there is one."""
    verb = _SPEECH_BETWEEN.search(text, start, date.start) or _QUOTED_AS_SAYING.search(text, start, date.start)
    # ("X said Tuesday's earthquake was felt": the day is the earthquake's, in what X reported.)
    if verb and (len(_WORD.findall(text[verb.end() : date.start])) > 3 or _QUALIFIES_AFTER.match(text, date.end)):
        return verb
    # ("X said statistics on March 2 show ...", "X says the sanctions announced Thursday were
    # overdue": what X said starts straight after the verb, and the date is in it.)
    if verb and verb.group(0).lower() in SAYING_VERBS_BEFORE_WHAT_WAS_SAID \
            and _WHAT_WAS_SAID_STARTS.match(text, verb.end(), date.start):
        return verb
    return None


# "X was quoted as saying that when Ryanair first started in 1985, ...": the saying of a report's source.
_QUOTED_AS_SAYING = re.compile(r"(?i)\bquoted\s+as\s+saying\b")
_WHAT_WAS_SAID_STARTS = re.compile(
    r"\s+(?:that\s+)?(?!(?i:" + "|".join(sorted(WORDS_AFTER_A_SAYING_OF_THE_SAYING, key=len, reverse=True))
    + r")\b)[a-z][\w-]*\s"
)


def _after_the_saying(text: str, start: int, date: DateMention) -> int:
    """Where what a clause's speaker said begins, when the date is in it and the clause opens on
    who spoke: "Assistant City Manager Dave Sykes said officials first became aware of the rising
    water late Tuesday" tells of officials becoming aware on Tuesday, not of Sykes speaking then
    (`start` when the clause opens otherwise)."""
    verb = _SPEECH_BETWEEN.search(text, start, date.start)
    if verb is None or verb.group(0).lower() not in SAYING_VERBS_BEFORE_WHAT_WAS_SAID \
            or not _WHAT_WAS_SAID_STARTS.match(text, verb.end(), date.start):
        return start
    speaker = [bare_word(w) for w in text[start : verb.start()].split()]
    if not speaker or len(speaker) > SPEAKER_WORDS or any(map(_tensed, speaker)):
        return start
    return _THAT_AFTER_A_SAYING.match(text, verb.end()).end()


SPEAKER_WORDS = 7  # the longest speaker ("Assistant City Manager Dave Sykes") a label leaves out
_THAT_AFTER_A_SAYING = re.compile(r"\s*(?:that\s+)?")


def _related(text: str, mention, date: DateMention | None = None) -> bool:
    """Whether the name is there to say whose relation someone else is ("an ally of X", "X's
    parents"), or whom someone else follows in a post ("named to replace X"), or to whom they
    conceded or spoke ("he told CNN's Piers Morgan") or whom a question was about ("ignored
    questions about Mr Cohen"), or what others are for or against
    ("pro-X riots"), or names one of a family ("a Kennedy has held the seat since 1962"), or
    on whose word it is told ("according to X")."""
    window = max(0, mention.start - 60)
    return bool(
        _STANCE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        or (" " not in mention.form and _ONE_OF_A_FAMILY.search(text, max(0, mention.start - 9), mention.start))
        or _RELATION_OF.search(text, window, mention.start)
        # (not "taking over from Nicola Sturgeon who has led the party since 2014": the clause
        # holding the date is hers)
        or (_PREDECESSOR.search(text, window, mention.start)
            and not (_WHO_OPENS.match(text, mention.start + len(mention.form)) and date is not None and date.start > mention.start))
        or _CONCEDED_TO.search(text, window, mention.start)
        or _RELATION_AFTER.match(text, mention.start + len(mention.form))
        or _ROLE_HOLDER_AFTER.match(text, mention.start + len(mention.form))
        or _ADDRESSEE_BEFORE.search(text, window, mention.start)
        or _SOURCE_BEFORE.search(text, window, mention.start)
        or _TOPIC_BEFORE.search(text, window, mention.start)
    )


# "arrested Jo Roe, 33, Thursday night": an age beside a name is no break in the clause,
_AGE_BESIDE_A_NAME = re.compile(r"(?<=[A-Za-z]),\s\d{1,3},(?=\s)")
# "landed in Fort Belvoir, Va., before dawn", "in Larissa, Greece, on Tuesday": nor is the place a
# place lies in.
_PLACE_WITHIN_A_PLACE = re.compile(
    r"\b(?:in|at|near|from|outside)\s[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+)?"
    r"(?P<within>,\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)?,)(?=\s)"
)


_AND_A_NEW_SUBJECT = re.compile(
    r"\b[a-z0-9][\w'\u2019-]*\s+and\s+(?=[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}\s+(?:was|were|had|has|is|are|have|will|would|[a-z]{3,}ed)\b)"
)


def _segments(text: str, dated: list[DateMention]) -> list[tuple[int, int]]:
    """The sentence cut at commas, dashes and brackets, never inside a date nor around an age
    set beside a name or the place a place lies in."""
    ages = [a.span() for a in _AGE_BESIDE_A_NAME.finditer(text)]
    ages += [p.span("within") for p in _PLACE_WITHIN_A_PLACE.finditer(text)]
    cuts = [
        m.span() for m in _BOUNDARY.finditer(text)
        if not any(d.start < m.end() and m.start() < d.end for d in dated)
        and not any(a <= m.start() < b for a, b in ages)
    ]
    # "Kara-Murza was arrested in 2022 and Whelan had been behind bars": "and" before a new
    # subject and its verb, after a clause with a verb of its own, opens another happening (not
    # "Roe and Lee were arrested", "a crowd that included Pence and Ivanka Trump watched": one
    # subject of two names).
    for joined in _AND_A_NEW_SUBJECT.finditer(text):
        at = text.index(" ", joined.start())  # (after the word before "and", a lowercase one or a figure)
        opened = max((b for a, b in cuts if b <= at), default=0)
        if any(_tensed(bare_word(w)) for w in text[opened:at].split()):
            cuts.append((at, joined.end()))
    spans, start = [], 0
    for cut_start, cut_end in sorted(cuts):
        spans.append((start, cut_start))
        start = cut_end
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def content_words(text: str) -> list[str]:
    """Words that can tell two happenings apart; numbers count ("123" prisoners), years do not,
    and "22,000" is one number, not "22" and a "000" that every thousand shares. "Saturday's"
    is the day as much as "Saturday" is: two reports of one day's different happenings both
    write it."""
    text = _THOUSANDS.sub("", text.lower())
    return [
        w for w in _WORD.findall(text)
        if _POSSESSIVE_END.sub("", w) not in STOPWORDS and (not w.isdigit() or len(w) < 4)
    ]


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")


# "..., on Saturday, said the mayor.", "..., on Friday, police said": who reported the clause, set
# after it; a date before it belongs to the words before.
_ATTRIBUTION_SPAN = re.compile(
    rf"(?i)(?:{SPEECH_VERBS_REPORTED})\b|according\s+to\b|(?:[\w.'\u2019-]+\s+){{1,4}}(?:{SPEECH_VERBS_REPORTED})[\s.!?]*$"
)


_TURNS_AWAY = re.compile(rf"(?i)\s*(?:{'|'.join(CLAUSES_TURNING_AWAY)})\b")


_LIST_TAIL = re.compile(r"[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,3}\s+(?:and|or)\s+(?:[a-z][\w'\u2019-]*\s+){1,4}(?:(?:on|in|at)\s+)?")


def _clause(text: str, mention: DateMention, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The clause around a date, grown until it says something beyond the date itself: toward
    the words before it when the words after are an attribution or turn away from them
    ("two years later, in 2020, however she was unsuccessful")."""
    at = next((i for i, (a, b) in enumerate(spans) if a <= mention.start < b), len(spans) - 1)
    first = last = at
    # A date in brackets ("Roy Hale (2012 winner, sacked May 2013) and ...") has its clause there.
    low, high = 0, len(spans) - 1
    opened = _opening_bracket(text, spans[at][0], mention.end)
    closed = text.find(")", mention.end, mention.end + BRACKET_CHARS) if opened is not None else -1
    if closed >= 0:
        low = next(i for i in range(at, -1, -1) if i == 0 or spans[i - 1][1] <= opened)
        high = next(i for i in range(at, len(spans)) if i == len(spans) - 1 or spans[i + 1][0] >= closed)

    def substance(a: int, b: int) -> int:
        rest = text[a : mention.start] + " " + text[mention.end : b] if a <= mention.start < b else text[a:b]
        words = [w for w in _WORD.findall(rest.lower()) if w not in STOPWORDS]
        return len(words) + len(_ACTION_PATTERN.findall(rest))

    if first > low and _LIST_TAIL.fullmatch(text, spans[first][0], mention.start) \
            and text[spans[first - 1][1] : spans[first][0]].strip() == "," \
            and not any(_tensed(bare_word(w)) for w in text[spans[first][0] : mention.start].split()):
        # "Kerala shut some schools, offices and public transport on Wednesday": the list's last
        # items are the object of the verb before its first comma
        first -= 1
    while substance(spans[first][0], spans[last][1]) < 2:
        turns = first > low and last < high and (
            _ATTRIBUTION_SPAN.match(text, spans[last + 1][0], spans[last + 1][1])
            or _TURNS_AWAY.match(text, spans[last + 1][0], spans[last + 1][1])
        )
        if last < high and not turns:
            last += 1
        elif first > low:
            first -= 1
        else:
            break
    return spans[first][0], spans[last][1]


LIST_OBJECT_CHARS = 50
_OBJECT_BEFORE_A_LIST = re.compile(r"(?i)\b(?:with|over|about|against)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+[\s,]*$")


def _with_inclusions(text: str, end: int, spans: list[tuple[int, int]]) -> int:
    """The clause's end, extended over "including X and Y" or "along with X" that follow it,
    unless what they list is the object of "with", "over" or "about" ("resigned over meetings
    with Israeli politicians, including X": X is no part of the resignation)."""
    if _OBJECT_BEFORE_A_LIST.search(text, max(0, end - LIST_OBJECT_CHARS), end):
        return end
    for a, b in spans:
        if a >= end and _INCLUDING.match(text[a:b]):
            end = b
        elif a >= end:
            break
    return end


def _noun_phrase(text: str, mention: DateMention) -> tuple[int, int] | None:
    """ "the 2020 election", "the country's disputed 2020 presidential election": a year naming a thing."""
    if mention.precision != YEAR or mention.relative:
        return None
    after = _NOUN_AFTER.match(text, mention.end)
    if not after or any(w.lower() in STOPWORDS for w in after.group(1).split()):
        return None
    end = after.end(1)
    # A following "of X", "against X" or "that nearly toppled X" belongs to the phrase.
    tail = _NOUN_TAIL.match(text, end)
    if tail and len(tail.group(0).split()) <= 8:
        end = tail.end()
    start = mention.start
    if not _LEAD_PREPOSITION.search(text[: mention.start]):
        back = _NOUN_BEFORE.search(text[: mention.start])
        if back and not _LEAD_PREPOSITION.search(back.group(0)):
            start = back.start()
    return start, end


def _without_years_naming_things(text: str, dated: list[DateMention], published: dt.date) -> list[DateMention]:
    """ "The award of the 2026 World Cup to North America on Wednesday" (written in 2018): a year
    still to come naming a thing (`_noun_phrase`) is not when the clause happened, when the
    sentence names its day or month, or when the thing has a name of its own ("The 2026 World
    Cup will be held in ...": the sentence tells of the award, not of 2026; "before the 2024
    election" may date what it tells). ("His 2004 assault", a year gone, dates what it names.)"""
    finer = not all(m.precision == YEAR for m in dated)
    return [
        m for m in dated
        if not (int(m.value[:4]) > published.year and (finer and _noun_phrase(text, m) or _named_thing(text, m)))
    ]


_THE_BEFORE = re.compile(r"(?i)\b(?:the|its|their|this)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w-]*")


def _named_thing(text: str, mention: DateMention) -> bool:
    """ "the 2026 World Cup": a year between "the" and a name."""
    return (
        mention.precision == YEAR and not mention.relative and bool(_NAME_AFTER.match(text, mention.end))
        and bool(_THE_BEFORE.search(text, max(0, mention.start - 8), mention.start))
    )


def _in_a_since_clause_of_its_own(text: str, name, mention: DateMention, found) -> bool:
    """ "Saturday's election is ... the first since mass protests led to the ousting of Gotabaya
    Rajapaksa in 2022": a name after "since", in a clause with a date of its own, is that date's."""
    if name.start < mention.end or _SINCE_WORD.search(text, max(mention.end, name.start - SINCE_CLAUSE_CHARS), name.start) is None:
        return False
    return any(
        name.start < other.start < name.start + SINCE_CLAUSE_CHARS and not _CLAUSE_BREAK.search(text, name.start, other.start)
        for other in found if other is not mention
    )


_CONTRAST_WORD = re.compile(rf"(?i)\b(?:{'|'.join(CONCESSIVE_CONJUNCTIONS)})\b")
CONTRAST_CHARS = 150  # how far before a name its "although" is read
SINCE_CLAUSE_CHARS = 150  # how far a "since" clause runs from its word to its date, past the name in it
_SINCE_WORD = re.compile(r"(?i)\bsince\s")
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _candidate(source, sentence, mention, shared, mentions, subject, order, names) -> Candidate:
    spans, keywords, found = shared
    text = sentence.text
    others = _other_dates_words(found, mention)
    phrase = _noun_phrase(text, mention)
    start, end = phrase or _clause(text, mention, spans)
    told = None if phrase else _told_of(text, start, mention)
    if told is not None:
        start = told  # (the clause told of, "the shooting transpired", is the happening)
    clause = text[start:end]
    scope_end = _with_inclusions(text, end, spans)
    own = [m for m in mentions if start <= m.start < scope_end]
    # An owner is not the actor ("Roe's envoy Lee secured a release" is about Lee),
    # nor is a name inside someone's quoted words: the speaker is.
    blanked = _outside_quotations(text)
    aside = [m for m in own if _POSSESSIVE.match(text, m.start + len(m.form)) or blanked[m.start] == " "]
    if aside and len(aside) < len(own):
        own = [m for m in own if m not in aside]
    # Alone, an owner is in the happening only when what it owns is one ("X's arrest"), not a
    # thing ("built by Elon Musk's SpaceX company").
    own = [m for m in own if not _OWNS_A_THING.match(text, m.start + len(m.form))]
    own = [
        m for m in own
        if not _related(text, m, mention) and not _reported_by(text, m, mention)
        and not (m.start > mention.end and _SINCE_NAME_BEFORE.search(text, max(0, m.start - 40), m.start))
        and not _in_a_since_clause_of_its_own(text, m, mention, found)
        # ("left the country on Sunday ... although President Emmanuel Macron refused to confirm"):
        # a contrast after the date opens another's clause
        and not (m.start > mention.end and _CONTRAST_WORD.search(text, max(mention.end, m.start - CONTRAST_CHARS), m.start))
        and not (len(text[start : m.start].split()) > 3 and _THEIR_RELATION.search(text, max(0, m.start - 40), m.start))
    ]
    antecedent = None
    if phrase is not None:
        # "Hillary Clinton's 2016 presidential campaign": the happening a year names is its
        # owner's, not the sentence's subject's.
        before = [m for m in mentions if m.start < start]
        owner_end = before[-1].start + len(before[-1].form) if before else 0
        if before and (_POSSESSIVE.match(text, owner_end) if owner_end > start else _OWNER_GAP.fullmatch(text, owner_end, start)):
            antecedent = before[-1]
    relative = phrase is None and (
        _RELATIVE_START.match(clause.lstrip()) or _DESCRIPTION_THEN_WHO.match(clause.lstrip())
        or _after_a_thing(text, start, clause)
    )
    if phrase is None and relative:
        # "X, who was named minister in 2018", "X \u2013 who has been an MP since 1983 \u2013": the
        # person just before the relative pronoun.
        before = [m for m in mentions if m.start < start]
        if before and re.fullmatch(r"[\s,\u2013\u2014-]*", text[before[-1].start + len(before[-1].form) : start]) \
                and not _WHOSE_RELATION.match(clause.lstrip()):
            antecedent = before[-1]
    bracket = _opening_bracket(text, start, mention.end) if phrase is None else None
    if bracket is not None:
        # "following Roberto Mancini (2011-12 winner, sacked May 2013)": a bracket after a name
        # tells of that person; after anything else, of no one the sentence's subject is.
        before = [m for m in mentions if m.start + len(m.form) <= bracket]
        if before and not text[before[-1].start + len(before[-1].form) : bracket].strip():
            antecedent = before[-1]
    own = _without_those_reacted_to(text, own)
    own = _without_those_harmed(text, own, mention)
    unnamed = _unnamed_subjects_clause(text, start, mention) if phrase is None else None
    if unnamed is not None:
        own = [m for m in own if m.start >= unnamed]
    opening = _OPENING_TIME_CLAUSE.match(text, after_the_dateline(text))
    came_after = (opening.start(), opening.end()) if opening is not None and opening.end() <= mention.start else None
    if came_after is not None:
        # "Two weeks after President Erdogan appointed Erkan as governor, the central bank
        # delivered a hike on Thursday": those named in what it came after are not in the hike
        own = [m for m in own if not came_after[0] <= m.start < came_after[1]]
    people = [m.person for m in own]
    opens_with_name = own and len(text[max(start, after_the_dateline(text)) : own[0].start].split()) <= 2
    spoke = next((m for m in mentions if m.person == subject and m.start < mention.start), None)
    action, actions, kind_at_date = _actions(text, start, end, mention)
    # The subject by name, or (no name: "he said ...") from the sentence's start, unless what
    # is reported is theirs again ("said that he thought his successor ... by October").
    if spoke is not None:
        reported = _reported_by(text, spoke, mention)
    else:
        verb = _reported_from(text, 0, mention) if subject else None
        reported = verb is not None and not _PRONOUN.search(text, verb.end(), mention.start)
    # "Prosecutors had asked Nance to send Bergdahl to prison ... after he left his post": with
    # someone else named before it, "he" may be either; the rules do not guess.
    ambiguous = _PRONOUN_ACTOR.match(clause.lstrip()) and any(m.person != subject and m.start < start for m in mentions) \
        or _PARTICIPLE_ACTOR.match(clause.lstrip()) and _another_subject_with(text, mentions, start, subject) \
        or (_VERB_START.match(bare_word(clause.split()[0]) if clause.split() else "")
            # "Sundar Pichai hails from Madurai, while Lina Khan, the FTC chair, was appointed by
            # Biden in 2022": the verb's subject is whoever was named last, not the sentence's
            and any(m.person != subject and m.start < start and _WHILE_BEFORE.search(text, max(0, m.start - 40), m.start)
                    for m in mentions))
    if antecedent:
        people.insert(0, antecedent.person)
    elif subject and not opens_with_name and not reported and phrase is None and not relative \
            and bracket is None and not ambiguous and not _ACCORDING_TO.match(clause.lstrip()) and told is None \
            and not (not own and _unfound_name_subject(clause.lstrip())) and unnamed is None \
            and not (came_after is not None and _named_only_within(mentions, subject, came_after, mention.start)):
        # ("..., according to a survey published on Friday": the source's happening, not the subject's.)
        # (A relative clause after a thing or an unnamed person, "the fire that ...", "the
        # leader, who ...", is about what it follows, not the sentence's subject.)
        people.insert(0, subject)
    attribution = _trailing_attribution(text, mention)
    if attribution is None:
        people = [p for p in people if p not in _speakers_set_after(text, mentions, mention)]
    # No one in the clause and no subject: the happening is about no one the rules can name.
    people = tuple(dict.fromkeys(people))
    who = antecedent or next((m for m in mentions if m.person == subject), None)
    who_name = (who.form if who else names.get(subject)) if (who or subject) else None
    if (relative or ambiguous) and antecedent is None:
        who_name = None  # the label names no one the clause is not about, or may not be
    if phrase:
        label = _noun_label(clause)
    elif attribution is not None:
        # Labelled by what is reported, not "Authorities said": its first clause of substance.
        a, b = next((
            (a, b) for a, b in spans
            if len(text[a:b].split()) >= 4 and a < mention.start and not _LEADS_IN.match(text, a, b)
            and not (b < mention.start and _AN_ASIDE.match(text, max(0, a - 2), b))
        ), (start, end))
        a = max(a, min(after_the_dateline(text), b))  # ("CHITTAGONG, Bangladesh -- At least five people died ...")
        label = _label(text, a, b, dataclasses.replace(mention, start=a, end=a, text=""), who_name, others)
    else:
        said, through = _after_the_saying(text, start, mention), _through_a_list(text, end)
        if relative and (closing := _ASIDE_CLOSES_BEFORE_A_VERB.search(text, mention.end, through)) is not None \
                and _tensed(closing.group("verb").lower()):
            through = closing.start()  # "Plummer, who was born in 1929, purred to his statuette": the aside ends at its comma
        joined, through = _past_a_closing_aside(text, through)
        label = _label(joined, said, through, mention, who_name, others)
        if relative and antecedent is None:
            label = _with_what_it_tells_of(text, start, label)
            label = _with_whom_it_tells_of(text, start, label)
    if phrase is None and _OPENING_PHRASE.match(text, dateline_end(text)) and start <= dateline_end(text) \
            and _DAY_PART_THEN_COMMA.match(text, end) and not any(m.start >= end for m in found):
        # (not "Following the defeat on Sunday, United announced ... on Monday": the sentence's
        # happening has a day of its own)
        # "In a motion filed on Friday, prosecutors requested ...": the phrase leads into the
        # happening the sentence tells, which the label must hold.
        label = _sentence_label(text, mention)
    elif not (phrase is None and _names_its_days_happening(text, label, end, found)):
        # (a noun phrase naming its date's happening stays: the sentence's own is another day's)
        if _fragment(label) or (phrase is None and (
                _cut_off(label) or _opens_on_an_adverb_and_verb(label, text) or _opens_inside_without_a_verb(label, text))):
            # "Erupted", "Paid tribute", "Gonsalves said", "Roots date back to": too little to tell
            # a reader what happened; the sentence from its start says it.
            label = _sentence_label(text, mention)
        elif phrase is None and bare_word(label.split()[0]).endswith("ing") and start > 0 \
                and bare_word(label.split()[0]) not in SAYING_PARTICIPLES \
                and (", " + bare_word(label.split()[0])) in text[start : end].lower():
            # "... final, in Istanbul on Saturday, June 10, securing a historic treble": a participle
            # closing the sentence tells what the main clause did; the sentence from its start says it
            label = _sentence_label(text, mention)
        elif phrase is None and bare_word(label.split()[0]) in ("it", "they") \
                and _CONJUNCTION_THEN_IT.search(text, max(0, start - 12), min(len(text), start + 16)):
            # "Peloton is best known for its bikes, but it introduced the treadmill about three years
            # ago": "it" points back to what the sentence named before the clause; the sentence says it
            label = _sentence_label(text, mention)
        elif bare_word(label.split()[0]) in CLAUSE_OPENINGS_WITHOUT_A_SUBJECT:
            label = _with_a_subject(label, _sentence_label(text, mention))
    if phrase is None and (opening := _opening_participle_label(text, mention)) is not None:
        label = opening
    elif phrase is None and (closing := _THINGS_CLAUSE_BEFORE.search(text, max(0, mention.start - THINGS_CLAUSE_CHARS), mention.start)) \
            and _CLOSES_THE_SENTENCE.match(text, mention.end) and not label.lower().startswith(closing.group(0).lower()[:8]):
        # "asked the union to extend the agreement that expired Oct. 1": the date closes a clause
        # about the thing before it, which is what it dates ("The agreement expired")
        told = _with_what_it_tells_of(text, closing.start(), " ".join(closing.group("words").split()))
        label = told if not told.lower().startswith(("that ", "which ")) else label
    elif phrase is None and _SINCE_AT_END.search(text, max(0, mention.start - 8), mention.start) \
            and (when := _WHEN_CLAUSE_AFTER.match(text, mention.end)) and _a_finite_verb(when.group("clause").split()):
        # "the first for the US since 1972, when Apollo 17's Gene Cernan and Harrison Schmitt left
        # the last bootprints": the "when" clause tells what happened then, not the sentence's start
        label = _finished(when.group("clause").split())
    harm = _HARM_TO_SOMEONE_BEFORE.search(text, max(0, mention.start - HARM_CHARS), mention.start)
    if phrase is None and harm is not None and harm.start() > start \
            and _VERB_LIKE.search(text, start, harm.start()) is not None:
        # "Liang was also found guilty ... in relation to the fatal shooting of Akai Gurley in
        # November 2014": the date is the harm's, named after another verb; so is the label.
        label = _noun_label(harm.group("harm"))
    opening = label.split(None, 1)
    if phrase is None and len(opening) == 2 and opening[0].lower() in PARTICIPLES_OF_PLAIN_SAYING:
        # ("Fifty-eight were rescued, Soylu said, adding a total of 110 workers were at the mine
        # on Friday evening": what was said after the participle is the happening)
        said = opening[1][5:] if opening[1].lower().startswith("that ") else opening[1]
        if _a_finite_verb(said.split()):
            label = said[:1].upper() + said[1:]
    # ("The first landslide ... occurred on Monday ..., state officials said on Tuesday": what was
    # reported has a day of its own; the saying's day is not its)
    quoted = phrase is None and (excerpt.unsure(text, mention, label, found) or (
        attribution is not None and any(m.start < attribution.start() and m.value != mention.value for m in found)))
    if quoted:
        label = excerpt.excerpt(text, mention, found)
    entry = Entry(
        citation=Citation(source.id, sentence.id, text),
        value=mention.value,
        precision=mention.precision,
        words=mention.text,
        relative=mention.relative,
        kind=sentence.kind,
        author=sentence.author,
        people=people,
    )
    size = len(label.split())
    score = (
        sentence.kind == "body",
        not quoted,
        not _WEAK_START.match(label),
        4 <= size <= LABEL_WORDS,
        not mention.relative,
        bool(phrase) or action is not None,
    )
    near = " ".join([
        clause, *text[max(0, mention.start - NEAR_CHARS) : mention.start].split()[-NEAR_WORDS:],
        *text[mention.end : mention.end + NEAR_CHARS].split()[:NEAR_WORDS],
    ])
    return Candidate(
        entry, order, people, action, actions, keywords, label, clause, score, kind_at_date,
        frozenset(_stem(w) for w in content_words(near)),
    )


NEAR_WORDS = 10  # how many words either side of a date are near it, with its clause
NEAR_CHARS = 300  # how far either side those words are looked for


_REACTION_VERB = re.compile(rf"(?i)\b(?:{'|'.join(REACTION_VERBS)})\b")


_LIST_ITEM = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
_LIST_GOES_ON = re.compile(rf",\s+(?:{_LIST_ITEM},\s+){{0,8}}{_LIST_ITEM},?\s+(?:and|or)\s+{_LIST_ITEM}")
_ENDS_ON_A_CAPITAL = re.compile(r"[A-Z][\w'\u2019.-]*$")


# "the fatal shooting of Akai Gurley in", "Brown's killing of Jo Roe on", "the fatal shooting of an
# officer Thursday night": a harm done to someone just before a date.
_HARM_TO_SOMEONE_BEFORE = re.compile(
    rf"(?P<harm>(?:\b(?:the|his|her|their)|[\w.-]+['\u2019]s?)\s+(?:[\w-]+\s+)?(?:{'|'.join(HARM_NOUNS)})\s+of\s+"
    r"(?:(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|(?:an?|the|two|three|four)\s+(?:[a-z-]+\s+)?[a-z]+))\s+(?:(?:in|on)\s+)?$"
)


def _through_a_list(text: str, end: int) -> int:
    """A clause's end for its label, past the rest of a list it was cut in: "administered in
    Ghana, Kenya and Malawi" is not labelled "administered in Ghana"."""
    if not _ENDS_ON_A_CAPITAL.search(text, max(0, end - 40), end):
        return end
    rest = _LIST_GOES_ON.match(text, end)
    return rest.end() if rest else end


def _without_those_reacted_to(text: str, own: list) -> list:
    """ "Arun Jaitley on Monday welcomed the court's decision on Mallya", "Chipanga held a press
    conference denouncing General Chiwenga": the happening is the reaction of the one named
    first; whom or what it is a reaction to is another happening."""
    if len(own) < 2:
        return own
    verb = _REACTION_VERB.search(text, own[0].start + len(own[0].form), own[1].start)
    if verb is None:
        return own
    return [m for m in own if m.start < verb.start()]


_VERDICT = re.compile(rf"(?i)\b(?:{'|'.join(VERDICT_WORDS)})\b")
# "in the fatal shooting of ", "of the premeditated murder of the Swedish journalist ", "of rape
# against ", "and a criminal sex act against ": the words of a harm done to the name that follows.
_HARM_BEFORE = re.compile(
    rf"(?i)\b(?:in|of|for|and\s+an?)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(HARM_NOUNS)})s?\s+(?:of|against)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,5}?$"
)


def _without_those_harmed(text: str, own: list, mention) -> list:
    """ "A jury found George Zimmerman not guilty in the shooting of Trayvon Martin", "convicted
    Weinstein of rape against Jessica Mann": a verdict on the one named first is not a happening
    of the one harmed. (Unless the date is the harm's own,
    "in the July 2017 death of Justine Damond", or comes after it.)"""
    if len(own) < 2:
        return own
    first_end = own[0].start + len(own[0].form)
    harmed = []
    for m in own[1:]:
        harm = _HARM_BEFORE.search(text, max(first_end, m.start - HARM_CHARS), m.start)
        if harm and mention.end <= harm.start() and _VERDICT.search(text, max(0, harm.start() - HARM_CHARS), harm.start()):
            harmed.append(m)
    return [m for m in own if m not in harmed]


HARM_CHARS = 90  # how far before a name the words of a harm done to it (and before those a verdict) are looked for
BRACKET_CHARS = 80  # how far back from a clause its opening bracket is looked for


def _opening_bracket(text: str, start: int, date_end: int) -> int | None:
    """Where the bracket a clause and its date stand in opens, if it opens just before the clause."""
    opened = text.rfind("(", max(0, start - BRACKET_CHARS), start + 1)
    if opened < 0 or date_end - opened > 2 * BRACKET_CHARS:  # (a bracket that long: read as none)
        return None
    return opened if ")" not in text[opened:date_end] else None


def _actions(text: str, start: int, end: int, mention: DateMention) -> tuple[str | None, frozenset[str], bool]:
    """The kind of happening the date belongs to: a verb near it before a noun near it; the
    kinds the clause names; and whether the kind word nearest the date is the date's own, with
    no other verb between them ("was arrested on Sunday", "On Sunday, Butina was arrested", but
    not "appeared in court late Monday following her weekend arrest" nor "said today she would
    step down on 7 June")."""
    found, gaps = [], []
    text = _outside_quotations(text)
    for match in _kind_words(text, start, end):
        word = match.group(0).lower()
        name = _ACTION_OF[word]
        gap = text[match.end() : mention.start] if match.end() <= mention.start else text[mention.end : match.start()]
        distance = len(_WORD.findall(gap))
        found.append((distance > 10, name == "statement", word in HAPPENING_NOUNS, distance, ACTION_ORDER.index(name), name))
        gaps.append(_between(match, mention))
    names = frozenset(f[-1] for f in found)
    if not found:
        # Nothing in the clause: the nearest kind named anywhere in the sentence.
        for match in _kind_words(text):
            name = _ACTION_OF[match.group(0).lower()]
            far = min(abs(match.start() - mention.end), abs(mention.start - match.end()))
            found.append((True, name == "statement", False, far, ACTION_ORDER.index(name), name))
            gaps.append(_between(match, mention))
    nearest = min(gaps, key=lambda gap: gap[1] - gap[0], default=None)
    at_date = nearest is not None and _VERB_BETWEEN.search(text, *nearest) is None \
        and not _announced(text, nearest, mention)
    best = min(found, default=None)
    if best and best[-1] == "conviction" and "sentence" in names:
        # "was found guilty ... and sentenced to 10 years in April 2023": told together, the
        # two are one hearing, and the sentence is what it is remembered by.
        return "sentence", names, at_date
    return (best[-1] if best else None), names, at_date


def _announced(text: str, gap: tuple[int, int], mention: DateMention) -> bool:
    """Whether the kind word before a date is a noun an announcing verb governs ("announced
    his departure on Monday"): the date is the announcing's, and the happening may have come,
    or be to come, on another day."""
    if gap[1] != mention.start:
        return False
    word = _WORD_BEFORE.search(text, 0, gap[0])
    return bool(word and not word.group(1).lower().endswith("ed")
                and _ANNOUNCED_BEFORE.search(text, max(0, word.start() - DEMAND_CHARS), word.start()))


_WORD_BEFORE = re.compile(r"(\w+)$")


def _between(match: re.Match, mention: DateMention) -> tuple[int, int]:
    """The span of text between a kind word and the date."""
    return (match.end(), mention.start) if match.end() <= mention.start else (mention.end, match.start())


# A verb of its own between a kind word and a date: a past or a present participle, a future.
# (Not a part of the day or "during": "arrested on the morning of June 7".)
# (and "on Friday after being released": a happening before the dated one, not it)
_VERB_BETWEEN = re.compile(
    r"(?i)\b(?!(?:morning|evening|during)\b)(?:[a-z]{3,}(?:ed|ing)|will|would|being|been|after|before|following)\b"
)


def _kind_words(text: str, *span: int):
    """The words naming a kind of happening in `text` (within `span`), but not a kind's verb
    after "to" ("called on him to resign", "agreed to release them") nor a kind asked for
    ("ordered the arrest of Rana"): that is what someone wants or plans, not a happening of
    that kind."""
    for match in _ACTION_PATTERN.finditer(text, *span):
        if match.group(0).lower() in BARE_KIND_VERBS and _TO_BEFORE.search(text[max(0, match.start() - TO_CHARS) : match.start()]):
            continue
        if _DEMANDED_BEFORE.search(text[max(0, match.start() - DEMAND_CHARS) : match.start()]):
            continue
        if match.group(0).lower() in _RELEASE_WORDS and (
                _THING_BEFORE.search(text[max(0, match.start() - THING_CHARS) : match.start()])
                or _THING_AFTER.match(text, match.end())):
            continue
        yield match


_TO_BEFORE = re.compile(r"(?i)(?:^|\W)to\s+$")
TO_CHARS = 6
# "ordered the arrest of", "called for his immediate release": the demanding verb, then at most
# two words (a determiner, an adjective) before the kind.
_DEMANDING = "|".join(v.replace(" ", r"\s+") for v in DEMANDING_VERBS)
_DEMANDED_BEFORE = re.compile(rf"(?i)\b(?:{_DEMANDING})\s+(?:[\w'\u2019-]+\s+){{0,2}}$")
DEMAND_CHARS = 60
# "announced his departure", "confirmed her resignation": a verb of making known, then at most
# two words before the kind's noun.
_ANNOUNCED_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(VERBS_OF_MAKING_KNOWN))})\s+(?:[\w'\u2019-]+\s+){{0,2}}$")
# "vote count released Wednesday", "numbers were released", "released a statement", "the release
# of the report": a thing published, not a person freed.
_RELEASE_WORDS = frozenset({"released", "release", "releases"})
_THINGS = "|".join(PUBLISHED_THINGS)
_THING_BEFORE = re.compile(rf"(?i)\b(?:{_THINGS})\s+(?:(?:was|were|is|are|been|being|has\s+been|have\s+been|had\s+been)\s+)?$")
_THING_AFTER = re.compile(
    rf"(?i)\s+(?:of\s+)?(?:(?:a|an|the|its|his|her|their|new|updated|latest|first|full)\s+){{0,2}}(?:{_THINGS})\b"
)
THING_CHARS = 30


def _outside_quotations(text: str, opened: bool = False) -> str:
    """The text with quoted words blanked: "we got the right verdict," Lee said is a
    statement, not a verdict; a quotation's words are its speaker's, not the happening's kind.
    `opened`: the sentence starts inside a quotation opened earlier in its paragraph."""
    spans = quotation_spans(_OPENING + text if opened else text)
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for i in range(span.open + 1 - opened, min(span.close - opened, len(text))):
            chars[i] = " "
    return "".join(chars)


_OPENING = "\u201c"


def _still_quoting(text: str, opened: bool) -> bool:
    """Whether a quotation is open at the end of the sentence: a quotation of several sentences
    opens in the first and closes in the last."""
    spans = quotation_spans(_OPENING + text if opened else text)
    return bool(spans) and not spans[-1].closed


def _stem(word: str) -> str:
    word = word.replace("\u2019", "'").removesuffix("'s")
    return word[:6]


def _noun_label(phrase: str) -> str:
    """A thing a year names, as the label ("The 2016 campaign"); "its 1995 success", whose
    owner is a thing not in the phrase, is "The 1995 success"."""
    label = phrase.strip(" ,;:\u2014\u2013-")
    label = _OWNER_PRONOUN_OPENS.sub("the ", label)
    return label[:1].upper() + label[1:]


_OWNER_PRONOUN_OPENS = re.compile(r"^its\s+", re.IGNORECASE)


def _day_holds_its_place(left: str, right: str, mention: DateMention) -> bool:
    """Whether a weekday is the clause's subject, names a thing or opens a span, so a label cannot do without it:
    "said Friday was one of the darkest days", "wounded 20 during Friday prayers"."""
    return _WEEKDAY_WORD.fullmatch(mention.text) is not None and (
        _A_VERB_AFTER_THE_DAY.match(right) is not None
        or _ANOTHER_DAY_AFTER.match(right) is not None  # "overnight from Sunday to Monday"
        or _day_names_a_thing(left, right, mention)
        # "was teaching Sunday school when": the day is part of what was done, not only when
        or (_GERUND_BEFORE.search(left) is not None and (thing := _THING_AFTER_THE_DAY.match(right)) is not None
            and thing.group(0).strip() not in STOPWORDS)
    )


_GERUND_BEFORE = re.compile(r"[a-z]{3,}ing\s+$")


def _day_names_a_thing(left: str, right: str, mention: DateMention) -> bool:
    """Whether a weekday names a thing after a preposition: "during Friday prayers"."""
    return (_WEEKDAY_WORD.fullmatch(mention.text) is not None and _HOLDING_PREPOSITION.search(left) is not None
            and _THING_AFTER_THE_DAY.match(right) is not None)


# "disclosed a hack in which ... were stolen": a clause cut before "which" leaves its preposition.
_RELATIVE_AFTER = re.compile(r"\s*(?:which|whom|whose)\b", re.IGNORECASE)
_PREPOSITION_AT_END = re.compile(rf"\s+(?:{'|'.join(sorted(OBJECT_PREPOSITIONS))})\s*$", re.IGNORECASE)


def _other_dates_words(found, mention: DateMention) -> frozenset[str]:
    """The words that write the sentence's other dates ("2022", "april"), but not this one's."""
    own = {bare_word(w) for w in mention.text.split()}
    return frozenset(
        w for m in found if m.value != mention.value and not (m.start < mention.end and mention.start < m.end)
        for w in map(bare_word, m.text.split()) if w not in own and _DATE_WORD.fullmatch(w)
    )


_DATE_WORD = re.compile(rf"(?i)(?:1[6-9]|20)\d\d|{'|'.join(MONTH_NAMES + WEEKDAY_NAMES)}")


def _apart_from_other_dates(tokens: list[str], mark: int, own: int, others: frozenset[str]) -> set[int]:
    """Where the label's words turn to another date's conjunct: "winning the Carabao Cup [in
    2023] and the FA Cup in 2024", "took over in April 2022, won the Carabao Cup [in 2023]": the
    "and" or comma before (or after) the other date's part, which tells another happening. (Not
    "in elections in 2008 and 2012": nothing but the year stands between them.)"""
    # (worked out once per label, so that a run of dates costs no more than its words)
    bounds = [i for i in range(1, len(tokens)) if bare_word(tokens[i]) == "and" or tokens[i - 1].endswith(",")]
    words = [0]  # how many tokens before each index are more than a preposition or "and"
    for token in tokens:
        words.append(words[-1] + (bare_word(token) not in PREPOSITIONS_ONLY | {"and"}))
    cuts = set()
    for j, token in enumerate(tokens):
        if mark <= j < mark + own or bare_word(token) not in others:
            continue
        if j >= mark + own:
            at = bisect.bisect_left(bounds, j) - 1  # the last "and" or comma before the date
            if at >= 0 and bounds[at] >= max(1, mark + own) and words[j] > words[bounds[at]]:
                cuts.add(bounds[at])
        else:
            at = bisect.bisect_right(bounds, j)  # the first after it
            if at < len(bounds) and bounds[at] < mark:
                cuts.add(bounds[at])
    return cuts


def _verb_of_a_subject_before(tokens: list[str], at: int, mark: int) -> bool:
    """Whether the phrase opened at `at` ("during his murder trial") runs into a verb ("have
    said") with no subject of its own between them, before the date."""
    for token in tokens[at + 1 : mark]:
        word = bare_word(token)
        if word in AUXILIARY_VERBS:
            return True
        if word in SUBJECT_PRONOUNS or word in ("and", "who", "which", "that") or token.endswith((",", ";")):
            return False
    return False


def _label(text: str, start: int, end: int, mention: DateMention, who: str | None,
           others: frozenset[str] = frozenset()) -> str:
    """The clause around the date, cut to the part that holds it, with who did it."""
    start = max(start, after_the_dateline(text))  # ("TALLMANSVILLE, W.Va., Jan. 2 -- An explosion ...": a clause from inside it)
    if _RELATIVE_AFTER.match(text, end) and (hanging := _PREPOSITION_AT_END.search(text, max(mention.end, end - 16), end)):
        end = hanging.start()  # ("Bybit disclosed a hack in", of "a hack in which ... were stolen")
    # "Viktar Sidarau, the former banker arrested in 2020": the clause describes a name.
    # String tests, not a pattern per name: a thousand names would thrash re's compile cache.
    appositive = bool(who) and text[:start].rstrip().endswith(who + ",")
    left, right = text[start : mention.start], text[mention.end : end]
    lead = _EARLY_OR_LATE_BEFORE.sub("", left)  # ("by early 2023", "slated for late 2021")
    keep_date = (
        (not mention.relative and _KEEP_DATE.search(lead)) or _SET_FOR.search(lead)
        # ("have died since August 30 in the outbreak": a day written with its number stays after "since")
        or (_SINCE_AT_END.search(lead) and any(c.isdigit() for c in mention.text))
        # "lost out in elections in 2008 and 2012": a span's two ends tell more than its start
        or (mention.precision == YEAR and _OTHER_YEAR_OF_A_SPAN.match(right))
        or _day_holds_its_place(lead, right, mention)
    )
    if not keep_date:
        # "on Wednesday afternoon", "Sunday night's": the part of the day goes with the day.
        right = _DAY_PART.sub("", right, count=1)
        right = _AND_ANOTHER_DATE.sub("", right, count=1)  # ("purchased in April and in June")
        if mention.precision != YEAR:
            right = _ITS_YEAR_AFTER.sub("", right, count=1)  # ("in May of last year": the month's year)
    # ("in yesterday's runoff": the day that owns a thing, its "'s" among the date's words or after them)
    day_owns = _POSSESSIVE.match(text, mention.end) is not None or mention.text[-2:] in ("'s", "\u2019s")
    if not keep_date and not day_owns and not _attributive_date(left, right, mention):
        # (not "at the end of Sunday's ceremony", "At Friday's press conference": the day owns a
        # thing; nor "in the 1997 romantic comedy": the year does, and "in the" is the verb's)
        left = _without_the_dates_preposition(_PART_OF_THE_DATE_BEFORE.sub("", left.rstrip()), mention)
        if mention.text.lower().endswith("ago"):
            near = _HOW_LONG_BEFORE.search(left, max(0, len(left) - HOW_LONG_CHARS))
            left = left[: near.start()] if near else left  # ("abducted almost two years ago": not "abducted almost")
    left_tokens = left.split()
    right = _without_the_dates_comma(left, right)
    if keep_date:
        dated = mention.text.split()
    else:  # ("killed in Saturday's attack": "killed in the attack", not "in attack")
        owns = day_owns and not (left_tokens and bare_word(left_tokens[-1]) in DETERMINERS)
        dated = ["the"] if owns else []
    tokens = left_tokens + dated + right.split()
    mark = len(left_tokens)
    cuts = [i for i, t in enumerate(tokens) if i > 0 and bare_word(t) in LABEL_CUT_WORDS and not _shares_the_subject(tokens, i)]
    # ("The representative for the bloc was also expelled": a preposition inside the subject,
    # before any verb, cuts nothing; cut there, the label says the bloc was expelled)
    cuts = [i for i in cuts if bare_word(tokens[i]) not in PREPOSITIONS_INSIDE_A_SUBJECT or any(_tensed(bare_word(t)) for t in tokens[:i])]
    # ("The attorneys who represented Roe during his trial have said they plan ...": a phrase
    # inside the subject, its verb after it; cut there, the label says the trial said it)
    cuts = [i for i in cuts if not (bare_word(tokens[i]) in PREPOSITIONS_ONLY and i < mark and _verb_of_a_subject_before(tokens, i, mark))]
    # "starred in the 1997 comedy ... and appeared in the 2009 drama": two happenings of one
    # subject, each its own date's label.
    coordinated = {
        i for i in range(1, len(tokens) - 1)
        if bare_word(tokens[i]) == "and" and not tokens[i - 1].endswith(",") and tokens[i + 1].islower()
        and "-" not in tokens[i + 1] and _tensed(bare_word(tokens[i + 1]))
        and not _QUOTE_MARK.search(" ".join(tokens[i - 1 : i + 2]))  # (not "\u201csad and disappointed\u201d")
        # (not "convicted of tax evasion and attempted tax evasion": a list after a preposition)
        and not any(bare_word(t) in PREPOSITIONS_BEFORE_A_LIST for t in tokens[max(0, i - 4) : i])
        # (the second verb's label needs its subject, named; the first's ends before "and")
        and (who or i >= mark)
        # (a verb, not an adjective: "and attempted coup", "and attempted tax evasion" are nouns)
        and (i + 2 >= len(tokens) or not bare_word(tokens[i + 2]) or bare_word(tokens[i + 1]) in AUXILIARY_VERBS
             or _OPENS_A_VERBS_OBJECT.match(tokens[i + 2]) is not None
             or bare_word(tokens[i + 2]) in _WORDS_OPENING_AN_OBJECT)
    }
    # "the largest rescue since the war in Gaza began on October 7": the date is the clause
    # after "since"'s, which the label tells ("The war in Gaza began"), not the rescue's.
    since = {
        i for i in range(1, mark) if bare_word(tokens[i]) == "since" and i + 2 < mark
        and bare_word(tokens[i + 1]) not in MONTHS and bare_word(tokens[i + 1]) not in WEEKDAYS  # (not "held since April 1984 was broken")
        and (tokens[i + 1][:1].isupper() or bare_word(tokens[i + 1]) in DETERMINERS | SUBJECT_PRONOUNS
             # ("the first election since mass protests led to the ousting of ... in 2022")
             or (tokens[i + 1].isalpha() and tokens[i + 2].isalpha() and tokens[i + 2].endswith("s")
                 and _tensed(bare_word(tokens[i + 3]) if i + 3 < mark else "")))
        and any(_tensed(bare_word(t)) for t in tokens[i + 2 : min(mark, i + 2 + ASIDE_WORDS)])
    }
    # ", declaring he would do so again this month": what was said, its own happening.
    said = {i for i in range(1, mark) if tokens[i - 1].endswith(",") and bare_word(tokens[i]) in SAYING_PARTICIPLES}
    apart = _apart_from_other_dates(tokens, mark, len(dated), others) if others else set()
    cuts = sorted({*cuts, *coordinated, *since, *said, *apart})
    # The clause the date's words are in; for a day naming a thing ("wounded 20 during Friday
    # prayers"), the clause its phrase hangs on, not the phrase alone.
    anchor = mark - 2 if keep_date and _day_names_a_thing(lead, right, mention) and mark > 1 and (mark - 1) in cuts else mark - 1
    bounds = [0, *cuts, len(tokens)]
    a, b = 0, len(tokens)
    for low, high in zip(bounds, bounds[1:]):
        if low <= max(anchor, 0) < high or (mark == 0 and low == 0):
            a, b = low, high
            break
    if 0 < a < mark and bare_word(tokens[a]) in PREPOSITIONS_ONLY and not any(_tensed(bare_word(t)) for t in tokens[a + 1 : mark]):
        # "hostages kidnapped ... during the group's 7 October attacks have been rescued": a
        # phrase, not a clause; the verb after it is the subject's before it, of another day.
        verb = next((j for j in range(mark, b) if bare_word(tokens[j]) in AUXILIARY_VERBS), None)
        if verb is not None:
            a, b = max(c for c in [0, *cuts] if c < a), verb
    # "winning the Carabao Cup in 2023 and the FA Cup [in 2024]": the conjunct after "and" is the
    # object of the verb before it ("winning the FA Cup").
    shared_verb = None
    if a in apart and 0 < a < mark and bare_word(tokens[a]) == "and" and a + 1 < b and bare_word(tokens[a + 1]) in DETERMINERS:
        earlier = max(c for c in [0, *cuts] if c < a)
        shared_verb = next((t for t in tokens[earlier:a] if bare_word(t) not in LABEL_CUT_WORDS | WORDS_NO_LABEL_OPENS_ON), None)
        if shared_verb is not None and (bare_word(shared_verb).endswith("ing") or _tensed(bare_word(shared_verb))):
            tokens = [*tokens[:a], bare_word(shared_verb), *tokens[a + 1 :]]
        else:
            shared_verb = None
    main = _past_an_aside(text[:start], tokens, a, mark)
    # (a verb of the subject's own, "and charged in 2011", is enough with the subject put before it)
    named = _name_before_who(tokens, a, b) if main == a else []
    aside, a = main != a, main
    while not aside and not named and shared_verb is None and len([t for t in tokens[a:b] if bare_word(t) not in LABEL_CUT_WORDS]) < (2 if (a in coordinated or a in apart) and who else 4) \
            and a > 0:
        a = max(c for c in [0, *cuts] if c < a)
    measured = bare_word(tokens[b]) in ("after", "before") if b < len(tokens) else bool(_AFTER_OR_BEFORE.match(text, end))
    if (
        measured and b - a > 3 and bare_word(tokens[b - 1]) in TIME_SPAN_UNITS and _counts_a_span(tokens[b - 2])
        and bare_word(tokens[b - 3]) not in WORDS_BEFORE_A_DURATION  # not "jailed for five years after ..."
    ):
        b -= 2  # "conceded defeat two days | after a hotly contested election": the span measures what follows
    all_tokens, tokens = tokens, tokens[a:b]
    if named:
        return _finished(named + tokens[1:])  # "Glee star Naya Rivera who went missing six days ago": she went missing
    if tokens and bare_word(tokens[0]) in ("who", "whom") and tokens[1:2] and tokens[1][:1].isupper():
        return _finished(tokens)  # "who May held talks with": another subject; the label is cut off
    # ("Tulip Siddiq ... confirmed her constituent's departure from Iran, where she has been
    # detained since 2016": after "her constituent", "she" may be either; the label keeps it)
    # ("Shane Patton told media that detectives questioned the man ... after he was taken into
    # custody": an unnamed one between the subject and "he" may be whom it stands for)
    pronoun_is_who = SOMEONE_OF_THEIRS.search(text, 0, start) is None and not (
        who and who in text[:start] and _SOMEONE_UNNAMED.search(text, text.index(who) + len(who), start))
    if tokens and who and ((bare_word(tokens[0]) in ("he", "she") and pronoun_is_who) or (
        bare_word(tokens[0]) == "who" and text[:start].rstrip(" ,\u2013\u2014-").endswith(who)
    )):
        # ("the men who broke into the home": "who" is the men, not the sentence's subject; it
        # stands for the subject only right after the subject's name)
        tokens = [who] + tokens[1:]
    while tokens and not _opens_an_adverb(tokens) and (
        bare_word(tokens[0]) in LABEL_CUT_WORDS | WORDS_NO_LABEL_OPENS_ON or (a in since and bare_word(tokens[0]) == "since")
    ):
        tokens = tokens[1:]
    if tokens and who:
        first = bare_word(tokens[0])
        if first in ("he", "she"):
            tokens = [who] + tokens[1:] if pronoun_is_who else tokens
        elif (a in coordinated or a in apart) and _tensed(first) and not _VERB_START.match(first) \
                and not _not_the_subject(who, text, mention.start):
            # "was stabbed and shot": the second verb shares the first's "was" ("Roe was shot", not "Roe shot")
            # (not the second verb of what they said: "Jo Roe said that the strain is rare and had only occurred")
            shared = next((t for t in reversed(all_tokens[:a]) if bare_word(t) in PASSIVE_AUXILIARIES), None)
            tokens = [who, bare_word(shared)] + tokens if shared else [who] + tokens
        elif _VERB_START.match(first) and first not in _PLURAL_VERBS \
                and not _not_the_subject(who, text, mention.start):
            tokens = [who] + tokens  # (not "were playing dice" of "he and Quavo, his uncle, were": one is not they)
        elif a == 0 and _tensed(first) and not first.endswith("ing") and text[:start].rstrip().endswith(",") \
                and text.lstrip().startswith(who):
            tokens = [who] + tokens  # "Jo Roe took over in April 2022, won the Cup in 2023": a verb of a list of the subject's
        elif aside and _tensed(first) and who not in " ".join(tokens):
            tokens = [who] + tokens  # ("Jo Roe, who presided over the trial, announced ...": past the aside, her verb)
        elif appositive and who not in " ".join(tokens):
            tokens = [who + ","] + tokens
    elif tokens and (a in coordinated or a in apart) and _tensed(bare_word(tokens[0])) \
            and (opener := _PRONOUN_OPENING.match(text, after_the_dateline(text))) is not None:
        tokens = [opener.group(1), *tokens]  # "He began his career in 2012 and joined Air India in 2017": "He joined"
    return _finished(tokens)


_SOMEONE_UNNAMED = re.compile(rf"\bthe\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(SOMEONE_UNNAMED_NOUNS))})\b")
_PRONOUN_OPENING = re.compile(r"(He|She|They|It)\s+[a-z]")


# After a verb, what opens its object or its adverb: a figure, a name, "-ly" ("killed 49", "met Roe", "sank quickly").
_WORDS_OPENING_AN_OBJECT = DETERMINERS | OBJECT_PREPOSITIONS | OBJECT_PRONOUNS_AND_PARTICLES
_OPENS_A_VERBS_OBJECT = re.compile(r"[\d$\u00a3\u20ac]|[A-Z]|[a-z]+ly\b")


NAME_WORDS_BEFORE_WHO = 4


def _not_the_subject(who: str, text: str, before: int) -> bool:
    """Whether a verb before `before` left without its subject is not `who`'s: their name is an
    owner's ("Kobe Bryant's helicopter pilot ... crashed into a hillside": the pilot did), or the
    verb is in what they said ("Jo Roe said that the strain is rare and had only occurred in Sudan
    in 1976": the strain had)."""
    at = text.find(who)
    return 0 <= at < before and (_POSSESSIVE.match(text, at + len(who)) is not None
                                  or _SAID_THAT.search(text, at + len(who), before) is not None)


_SAID_THAT = re.compile(rf"(?i)\b(?:{SPEECH_VERBS_REPORTED})\s+(?:[\w'\u2019-]+\s+){{0,3}}?that\b")


def _name_before_who(tokens: list[str], a: int, b: int) -> list[str]:
    """The name a "who" clause holding the date tells of, when the clause opens right after it
    and goes on with a verb: "... it is Glee star Naya Rivera who went missing six days ago" is
    labelled "Naya Rivera went missing", not with the sentence's other clause (nothing for "the
    men who", a common noun, nor "who May held talks with", another subject)."""
    if not (0 < a < b - 1 and tokens[a] == "who" and tokens[a + 1][:1].islower()):
        return []  # (not "The WHO earlier said", nor "FOUR MEN WHO went on trial")
    name = []
    for token in reversed(tokens[max(0, a - NAME_WORDS_BEFORE_WHO) : a]):
        if not token[:1].isupper() or (token.isupper() and len(bare_word(token)) > 1) or token[-1:] in ",;:":
            break  # (an initial, "C V Vishweshwara", is a name's)
        name.insert(0, token)
    if name and _tensed(bare_word(name[0])):
        return []  # "Alfred Nobel died" would read as a label cut from its subject ("Alfred" as a past tense)
    # ("Adil Ahmad from Kakapora in Pulwama who joined", "the Academy of Sciences who": the name
    # after a preposition is a place or a body's, not the one the clause tells of)
    before = tokens[a - len(name) - 1] if a - len(name) > 0 else ""
    return [] if bare_word(before) in PREPOSITIONS_OF_PLACE_OR_BODY else name


def _past_a_closing_aside(text: str, end: int) -> tuple[str, int]:
    """The sentence without a "which" or "who" clause set off by commas right after the clause
    ending at `end`, and where the clause ends then, when a verb goes on past it: "it was
    announced the Competition and Markets Authority (CMA), which is responsible for ..., had
    prevented the deal" is labelled "... Authority had prevented the deal", not cut before its
    verb. (The sentence and `end` as they are otherwise.)"""
    aside = _CLOSING_ASIDE.match(text, end)
    verb = _WORD.match(text, aside.end()) if aside else None
    if verb is None or not _tensed(verb.group(0).lower()):
        return text, end
    stop = _CLAUSE_STOP.search(text, aside.end())
    joined = text[:end] + " " + text[aside.end() :]
    return joined, end + 1 + (stop.start() if stop else len(text)) - aside.end()


# ", which is responsible for strengthening business competition in the UK, ", with the
# bracket before it ("(CMA)"), after a clause cut there.
_CLOSING_ASIDE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:which|who)\s[^,;.!?]{1,200},\s*")
_CLAUSE_STOP = re.compile(r"[,;:.!?\u2013\u2014]")


def _told_of(text: str, start: int, mention: DateMention) -> int | None:
    """Where a clause told of begins, when the date is in it: "Waters gave details about how the
    shooting transpired on Saturday", "a timeline of what Palmeter did Saturday", "explained what
    happened on Saturday"; or the people a participle tells of, the object of another verb:
    "Waters identified those shot in Saturday's attack". The happening dated is theirs, not the
    teller's; but "Spacey described how his world exploded in 2017" is still Spacey's (None:
    the date is in no such clause)."""
    low = max(start, mention.start - TOLD_OF_CHARS)
    harmed = _THOSE_HARMED_IN.search(text, low, mention.start)
    if harmed is not None and _tensed(harmed.group("verb").lower()):
        return harmed.start("those")
    found = list(_WH_WORD.finditer(text, low, mention.start))
    if not found:
        return None
    told = found[-1]
    words = [bare_word(w) for w in text[told.end() : mention.start].split()]
    if any(w in _THE_TELLERS_OWN for w in words):
        return None
    if words and _tensed(words[0]) and told.group().lower().startswith("what"):
        return told.start()  # ("what happened": "what" is the subject)
    opens = text[told.end() : told.end() + 1].isupper() or (words and words[0] in DETERMINERS | SUBJECT_PRONOUNS)
    return told.end() if opens and any(map(_tensed, words)) else None


# "identified those shot in", "named the people killed at": whom a participle harmed on the
# occasion named next, the object of another verb.
_THOSE_HARMED_IN = re.compile(
    rf"(?i)\b(?P<verb>[a-z]+)\s+(?P<those>(?:the\s+)?(?:those|people)\s+(?:[a-z]+ly\s+)?{_PARTICIPLE}\s+(?:in|during|at)\s+)"
    r"(?:the\s+)?$"
)
# A clause told of with the teller in it ("described how his world exploded").
_THE_TELLERS_OWN = HE_PRONOUNS | SHE_PRONOUNS | THEY_PRONOUNS
TOLD_OF_CHARS = 120  # how far before a date the "how" of the clause holding it is looked for
_WH_WORD = re.compile(r"(?i)\b(?:how|what|why)\s+")


def _past_an_aside(before: str, tokens: list[str], a: int, mark: int) -> int:
    """Where a clause opening on a "who" or "which" set off by commas goes on after it ("the
    missing man, who had been walking alone above the bay, was found on Sunday"): a date after
    the closing comma is the main clause's, which the label tells ("was found"), not the aside."""
    if not (a < mark and bare_word(tokens[a]) in ("who", "which")):
        return a
    if not (tokens[a - 1].endswith(",") if a > 0 else before.rstrip().endswith(",")):
        return a
    close = _aside_closes(tokens, a, mark - 1)
    return a if close is None else close + 1


def _aside_closes(tokens: list[str], opens: int, limit: int) -> int | None:
    """The token closing with a comma the aside that opens at `opens`, before `limit` and
    within ASIDE_WORDS (None: the aside does not close there)."""
    end = min(limit, opens + ASIDE_WORDS)
    close = next((j for j in range(opens + 1, end) if tokens[j].endswith(",")), None)
    if close is not None:
        # ("who presided over the trial in Brooklyn, New York, announced": a place's state or
        # country after its comma is the aside's still)
        place = next((k for k in range(close + 1, min(end, close + 4)) if tokens[k].endswith(",")), None)
        if place is not None and all(w[:1].isupper() for w in tokens[close + 1 : place + 1]):
            close = place
    return close


def _shares_the_subject(tokens: list[str], i: int) -> bool:
    """ "minutes after blasting off", "searching for survivors": a cut word before a gerund, or
    "for" after an -ing, opens no clause of its own."""
    word = bare_word(tokens[i])
    if word in WORDS_OPENING_A_GERUND_CLAUSE and i + 1 < len(tokens):
        return bare_word(tokens[i + 1]).endswith("ing")
    return word in PREPOSITIONS_AFTER_A_GERUND and bare_word(tokens[i - 1]).endswith("ing")


_OTHER_YEAR_OF_A_SPAN = re.compile(r"^\s*(?:and|to|through|until|[-\u2013])\s*(?:in\s+)?(?:1[6-9]|20|21)\d\d\b")
_AFTER_OR_BEFORE = re.compile(r"(?i)\s+(?:after|before)\b")


def _counts_a_span(word: str) -> bool:
    """ "two", "10", "a", "several": the number of a span's units."""
    word = bare_word(word)
    return word.isdigit() or word in NUMBER_WORDS or word in TIME_SPAN_COUNT_WORDS


def _finished(tokens: list[str]) -> str:
    """A label of at most LABEL_WORDS words, its quotation marks paired, its first letter capital,
    with no trace of the date it leaves out: no space before a comma ("Earlier , Trump posted"),
    no empty brackets, no preposition left hanging at its end ("disrupted since")."""
    if len(tokens) > LABEL_WORDS:
        tokens = tokens[:LABEL_WORDS] + ["\u2026"]
    else:
        tokens = _without_a_hanging_end(tokens)
    label = _EMPTY_BRACKETS.sub("", " ".join(_without_a_dated_opening(tokens)))
    label = label[tag.end() :] if (tag := TRANSCRIPT_TAG.match(label)) else label  # ("CHRIS LEE: The flight ...")
    label = label[place.end() :] if (place := PLACE_DATELINE.match(label)) else label  # ("LARISA, Greece \u2013 ...")
    label = _SPACE_BEFORE_PUNCTUATION.sub("", _MID_THEN_YEAR.sub("mid-", label))
    label = _REPEATED_COMMA.sub(",", label).strip(" ,;:\u2014\u2013-")
    if label.count("\u201c") != label.count("\u201d") or label.count('"') % 2:
        label = label.replace("\u201c", "").replace("\u201d", "").replace('"', "")
    label = label.rstrip(" ,;:.").strip()
    return label[:1].upper() + label[1:]


_EMPTY_BRACKETS = re.compile(r"\s*[(\[]\s*[)\]]")
_MID_THEN_YEAR = re.compile(r"\bmid-\s+(?=\d)")  # ("since mid-1996": the date's words, split from "mid-")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+(?=[,;:.!?)\]])")
_REPEATED_COMMA = re.compile(r",(?:\s*,)+")


def _opens_an_adverb(tokens: list[str]) -> bool:
    """ "So far 26 cases have been confirmed": "so" opens an adverb of two words, which a label keeps."""
    return len(tokens) > 1 and (bare_word(tokens[0]), bare_word(tokens[1])) in TWO_WORD_ADVERBS


def _without_a_hanging_end(tokens: list[str]) -> list[str]:
    """The label's words without what led to the date it leaves out: "scheduled for", "ran into
    the early hours of", "disappeared in mid-" (not "sworn in": a preposition goes only with
    the date's other words)."""
    end, cut = len(tokens), False
    while end:
        word = bare_word(tokens[end - 1])
        if word == "of" and end > 2 and bare_word(tokens[end - 2]) in PARTS_OF_A_DAY_OR_SPAN \
                and bare_word(tokens[end - 3]) in WORDS_BEFORE_A_PART_OF_A_DAY:
            end -= 2  # "the early hours of": the part of the day goes with the day
            while end and bare_word(tokens[end - 1]) in WORDS_BEFORE_A_PART_OF_A_DAY:
                end -= 1
        elif word in WORDS_BEFORE_A_LEFT_OUT_DATE or word.endswith("-") or (cut and word in PREPOSITIONS_OF_A_DATE):
            end -= 1
        elif not word:
            end -= 1
            continue  # a bracket or a quotation mark left alone: nothing of the date's
        else:
            break
        cut = True
    return tokens[:end]


def _without_a_dated_opening(tokens: list[str]) -> list[str]:
    """ "Earlier , Trump posted", "By , officers had": an opening word whose date is left out."""
    if len(tokens) > 1 and bare_word(tokens[0]) in WORDS_OPENING_ON_A_LEFT_OUT_DATE:
        if tokens[1] == ",":
            return tokens[2:]
        if tokens[0].endswith(","):
            return tokens[1:]
    return tokens


# "Gonsalves said", "confirmed earlier", "said in a court filing": who spoke, and how, not what.
_SAYING_ENDS = re.compile(
    # ("claimed victory": a doing; "the outbreak was confirmed": a passive, nothing left to say)
    rf"(?i)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    rf"\b(?:{SPEECH_VERBS_REPORTED})(?!\s+(?:{'|'.join(sorted(SAID_AS_A_THING))})\b)"
    rf"(?:(?:\s+\S+){{0,2}}|\s+(?:in|on|to|at|via|through|during)(?:\s+\S+){{1,4}})$"
    rf"|\b(?:{URGING_VERBS})$"  # ("The jury asked", what it asked for left behind)
)


def _fragment(label: str) -> bool:
    """A label that tells no happening: two words or fewer ("Erupted", "2017 ended"), or only
    who spoke ("Energy Minister Taner Yildiz said", "Barcelona confirmed earlier"), not what
    was said in quotation marks."""
    return len(label.split()) < 3 or (_SAYING_ENDS.search(label) is not None and not _QUOTE_MARK.search(label))


def _cut_off(label: str) -> bool:
    """A clause's label cut from what it tells: ending on the word that led to the date ("Red
    Lobster's roots date back to"), opening on a verb whose subject was left behind ("Said the
    vaccine should be given", "First made by GSK"), or a few words with no verb at all ("The
    first nine months", "However, Jo Roe", "Acme co-owner Thai Union Group")."""
    words = label.split()
    if words[-1] != "\u2026" and bare_word(words[-1]) in HANGING_PREPOSITIONS:
        return True
    told = next((i for i in range(len(words) - 1, max(-1, len(words) - 7), -1) if bare_word(words[i]) in VERBS_OF_MAKING_KNOWN), None)
    said = next((i for i in range(len(words) - 1, max(-1, len(words) - 6), -1) if bare_word(words[i]) in PLAIN_SAYING_VERBS), None)
    if words[-1] != "\u2026" and said is not None and 0 < len(words) - said - 1 and not _QUOTE_MARK.search(label) \
            and not any(_tensed(bare_word(w)) or bare_word(w).endswith("ing") for w in words[said + 1 :]):
        return True  # "The health minister said the death toll": what was said lost its verb
    if words[-1] != "\u2026" and told is not None and all(w[:1].isupper() or bare_word(w) in _OBJECT_WORDS for w in words[told + 1 :]) \
            and not (told > 0 and bare_word(words[told - 1]) in PASSIVE_AUXILIARIES):  # (not "the outbreak was confirmed")
        return True  # "Equifax disclosed", "Kim told Kremlin chief Vladimir Putin": what was made known is left behind
    opening = [bare_word(w) for w in words[:2]]
    if opening[0] in ("who", "whom", "whose"):
        return True  # "Who May held talks with": whom the clause tells of is left behind
    if opening[0] in ("and", "but", "or", "nor") and len(words) > 1 and _tensed(bare_word(words[1])):
        return True  # "And taken into custody": the second verb of a subject left behind
    if opening[0] in RELATIVE_PRONOUNS_OF_THINGS and len(words) > 1 and not _opens_a_clause(words[1]):
        return True  # "That began as part of an initiative": the thing it tells of is left behind
    if len(words) > 2 and opening[1] == "and" and _tensed(bare_word(words[2])):
        return True  # "Australia and retired" (of "debuted in 1992 for Australia and retired in 2007")
    if opening[0] in SUBORDINATE_CLAUSE_OPENINGS and "," not in label:
        return True  # "As he claimed victory early": the clause it leads into is left behind
    if _tensed(opening[0]) or (opening[0] in ADVERBS_BEFORE_A_VERB and _tensed(opening[1])):
        return True  # (not "Arriving in Kyiv": a participle opening tells who did what well enough)
    if opening[0] in OBJECT_PREPOSITIONS and not _a_finite_verb(words):
        return True  # "In a result announced by the party", "In midday trading": where or how, not what
    if "," in label and not any(map(_tensed, map(bare_word, words))):
        return True  # "Olusegun Obasanjo, in the first briefing on the peace talks": who and where, no verb
    if len(words) <= VERBLESS_LABEL_WORDS and all(w[:1].isupper() for w in words):
        return True  # "The Tortured Poets Department": a title set off by commas, whatever its words
    return len(words) <= VERBLESS_LABEL_WORDS and not any(_tensed(w) or w.endswith("ing") for w in map(bare_word, words))


# "Elected in 2019, the mayor resigned on Monday": a participle opening the sentence, its phrase
# ending at a comma, then the subject it tells of and that subject's verb.
_OPENING_PARTICIPLE = re.compile(
    rf"(?P<verb>(?!(?:{'|'.join(PARTICIPLES_OF_A_PREPOSITION)})\b)(?:[A-Z][a-z]{{2,}}ed|"
    rf"{'|'.join(w.capitalize() for w in IRREGULAR_PAST_PARTICIPLES if w not in ('been', 'said'))})\b)"
    r"(?P<rest>[^,;:\"\u201c\u201d]{0,160}?),\s+"
    r"(?P<subject>(?:the|a|an|The|A|An)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['\u2019]s\s+[a-z]+)?"
    r"|he|she|they|He|She|They)"
    r"\s+(?P<next>[a-z]+)\b"
)


_THINGS_CLAUSE_BEFORE = re.compile(r"\b(?P<words>(?:that|which)\s+(?:[a-z]+\s+){0,2}?[a-z]{3,}ed)\s+(?:on\s+)?$")
THINGS_CLAUSE_CHARS = 40  # how far before a date closing the sentence its "that expired" is read
_ASIDE_CLOSES_BEFORE_A_VERB = re.compile(r",\s+(?P<verb>[a-z]+)\b")
_WHEN_CLAUSE_AFTER = re.compile(r",\s+when\s+(?P<clause>[^,;:\u2014\u2013]{8,200}?)\s*(?:[,;:.!?\u2014\u2013]|$)")


def _opening_participle_label(text: str, mention: DateMention) -> str | None:
    """ "Elected in 2019, the mayor resigned on Monday": the date of a participle's phrase opening
    the sentence is its happening's, told of the subject after the comma ("The mayor was
    elected"), not of the subject's verb; with a subject that cannot be said so (a possessive:
    "Appointed as minister in 2019, Roe's title changed"), the phrase alone."""
    opening = _OPENING_PARTICIPLE.match(text, after_the_dateline(text))
    if opening is None or not (opening.end("verb") <= mention.start and mention.end <= opening.end("rest")):
        return None
    left = _without_the_dates_preposition(text[opening.end("verb") : mention.start], mention)
    phrase = [opening.group("verb").lower(), *left.split(), *text[mention.end : opening.end("rest")].split()]
    subject = opening.group("subject").split()
    if opening.group("next") in _WORDS_OPENING_AN_OBJECT or any(w.endswith(("'s", "\u2019s")) for w in subject):
        return _finished(phrase)  # (not a subject and its verb: "Acme of London", "Roe's title")
    plural = bare_word(subject[-1]).endswith("s") and not subject[-1][:1].isupper() or bare_word(subject[-1]) == "they"
    return _finished([*subject, "were" if plural else "was", *phrase])


def _names_its_days_happening(text: str, label: str, end: int, found) -> bool:
    """A label that is a noun phrase naming the happening of its date, kept though it has no
    verb: "The 2-1 defeat at Rovers" (of "Following the defeat at Rovers on Sunday, United
    announced ... on Monday", the sentence holding another day), "His side's loss to Aston
    Villa" (of "confirmed the sacking of Potter after his side's loss to Aston Villa on
    Saturday", the sacking coming after the loss)."""
    if _fragment(label):
        return False
    words = label.split()
    led = any(m.start >= end for m in found) and bare_word(words[0]) in ("the", "a", "an") and len(words) >= 3
    return led or _after_a_happening(text, label)


def _after_a_happening(text: str, label: str) -> bool:
    """A label that is the whole noun phrase after "after" or "following", no verb in it ("after
    his side's loss to Aston Villa on Saturday"): it names the earlier happening its date is of."""
    words = label.split()
    if words[-1] == "\u2026" or _a_finite_verb(words):
        return False
    phrase = " ".join([words[0][:1].lower() + words[0][1:], *words[1:]])
    return any(f"{word} {phrase}" in text for word in HAPPENING_BEFORE_WORDS)


def _opens_on_an_adverb_and_verb(label: str, text: str) -> bool:
    """ "Suddenly went bankrupt" (of "FTX, which suddenly went bankrupt"): a verb whose subject
    was left behind, after an adverb in "-ly" the sentence writes in lower case (not "Italy")."""
    words = [bare_word(w) for w in label.split()[:2]]
    return len(words) == 2 and words[0].endswith("ly") and _tensed(words[1]) and f" {words[0]} " in text


def _opens_inside_without_a_verb(label: str, text: str) -> bool:
    """A label opening inside its sentence on a consequence ("Prompting authorities to raise its
    status", of "... erupted Monday, December 9 prompting ...": what followed, not what happened),
    a preposition ("At short notice to replace the man who replaced Iger"), a quantifier ("Either
    as government spokesman or as foreign minister until early 2022"), a number ("7 and Alice
    Roe, 9, at a dance class") or the rest of a list ("Giro and Vuelta to sweep the women's major
    tours", of "won the Tour de France, Giro and Vuelta to sweep ..."), with no verb of its own
    outside a relative clause: a piece of the clause whose subject and verb it left behind."""
    words = label.split()
    if len(words) < 2 or words[-1] == "\u2026":
        return False
    first = bare_word(words[0])
    opening = " ".join(words[:2])
    at = text.find(opening[:1].lower() + opening[1:])
    if at > after_the_dateline(text):
        piece = first in CONSEQUENCE_PARTICIPLES or first in OBJECT_PREPOSITIONS or first in QUANTIFIERS or first[:1].isdigit()
    else:
        at = text.find(opening)
        piece = at > after_the_dateline(text) and text[:at].rstrip().endswith(",") and bare_word(words[1]) in ("and", "or")
    if not piece:
        return False
    relative = next((i for i, w in enumerate(words) if i > 2 and bare_word(w) in RELATIVE_CLAUSE_OPENINGS), len(words))
    # (a relative clause opening the label is its own, "32 of whom are to appear"; a compound's
    # "-ed" is no verb, "a Taylor Swift-themed dance class")
    return not _a_finite_verb([w for w in words[:relative] if "-" not in w])


def _a_finite_verb(words: list[str]) -> bool:
    """Whether a label's words hold a verb of a clause, not only a participle after a noun it
    describes ("a result announced by the party") or a gerund ("midday trading")."""
    bare = [bare_word(w) for w in words]
    return any(
        _tensed(word) and not (i >= 2 and bare[i - 2] in DETERMINERS and words[i - 1][:1].islower()
                               and bare[i - 1] not in AUXILIARY_VERBS)
        for i, word in enumerate(bare)
    )


# Who was told: "told Kremlin chief Vladimir Putin", "told reporters", "told the court".
_OBJECT_WORDS = DETERMINERS | ROLE_NOUNS | {"reporters", "journalists"}
VERBLESS_LABEL_WORDS = 8  # a longer label without a verb reads as a headline does
_KNOWN_VERBS = AUXILIARY_VERBS | frozenset(IRREGULAR_PAST_TENSES) | frozenset(IRREGULAR_PAST_PARTICIPLES) | frozenset(
    w for verbs in SPEECH_VERBS_REPORTED.split("|") for w in verbs.split()
)


def _tensed(word: str) -> bool:
    """A past tense or participle ("-ed", an irregular one), an auxiliary or a saying."""
    return word in _KNOWN_VERBS or (len(word) > 4 and word.endswith("ed")) or (len(word) == 4 and word.endswith("ied"))


def _with_a_subject(label: str, sentence: str) -> str:
    """A label cut from its subject ("That the runway had reopened", "Was found dead at his
    home"): what was said, without its "that", when a subject opens it; else the sentence from
    its start, if it holds the whole happening within a label's length; else the label as it is."""
    words = label.split()
    if bare_word(words[0]) in RELATIVE_PRONOUNS_OF_THINGS and len(words) > 2 and _opens_a_clause(words[1]):
        return _finished(words[1:])
    return label if sentence.endswith("\u2026") else sentence


def _opens_a_clause(word: str) -> bool:
    """Whether a word after "that" opens a clause of its own (a subject, or a conjunction before
    one: "that the runway had reopened", "that before the ship was towed"), not a relative
    clause's verb ("that was set off")."""
    return word[:1].isupper() or bare_word(word) in DETERMINERS | SUBJECT_PRONOUNS | WORDS_OPENING_A_CLAUSE


def _with_what_it_tells_of(text: str, start: int, label: str) -> str:
    """ "an intruder alarm that was set off shortly after midnight": a relative clause about a
    thing is labelled with the thing ("An intruder alarm was set off ..."), not "That was set
    off"."""
    words = label.split()
    if words and bare_word(words[0]) not in RELATIVE_PRONOUNS_OF_THINGS and _WHICH_OPENS.match(text, start):
        words = ["which", words[0][:1].lower() + words[0][1:], *words[1:]]  # (the label left "which" out)
    if len(words) < 2 or bare_word(words[0]) not in RELATIVE_PRONOUNS_OF_THINGS or _opens_a_clause(words[1]):
        return label  # ("a statement that it has no choice": what was said, not the statement)
    head = text[:start]
    if bare_word(words[0]) == "which":  # ("The ship, which sank in 1912,": the thing before the comma)
        head = head.rstrip().removesuffix(",") + " "
    thing = _NOUN_BEFORE.search(head, max(0, len(head) - NOUN_CHARS))
    if thing is None or _PLACE_AFTER_A_NOUN.search(head, max(0, thing.start() - 30), thing.start()) \
            or _OF_SOMETHING_BEFORE.search(head, max(0, thing.start() - 40), thing.start()) \
            or _OF_INSIDE.search(thing.group(0)):
        # ("talks in the capital that began": the talks began, or the capital?; "a statement
        # from the District Attorney's Office, which was issued": the statement or the office?;
        # "the owner of FTX, which went bankrupt": the owner or FTX?)
        return label
    rest = words[1:-1] if words[-1] == "\u2026" else words[1:]
    return _finished(head[thing.start() : thing.end()].split() + rest)


NOUN_CHARS = 80  # how far before a relative clause the thing it tells of is looked for
_WHICH_OPENS = re.compile(r"\s*which\s", re.IGNORECASE)
_OF_INSIDE = re.compile(r"\sof\s", re.IGNORECASE)
_OF_SOMETHING_BEFORE = re.compile(r"(?i)\b(?:from|of|by|for|with)\s+(?:[\w'\u2019.-]+\s+){0,3}$")


def _with_whom_it_tells_of(text: str, start: int, label: str) -> str:
    """ "the house of the 72-year-old party leader, who had already claimed victory on Thursday":
    a "who" clause about someone the rules cannot name is labelled with the words that describe
    them ("The 72-year-old party leader had already claimed victory"), or the name the registry
    does not hold ("Plummer, who was born in 1929": "Plummer was born"), not with the main clause."""
    if not _WHO_OPENS.match(text, start):
        return label
    someone = _SOMEONE_BEFORE.search(text, max(0, start - NOUN_CHARS), start)
    if someone is None:
        someone = _NAME_BEFORE_A_COMMA.search(text, max(0, start - NOUN_CHARS), start)
        if someone is not None and _PREPOSITION_AT_END.search(text, max(0, someone.start(1) - 12), someone.start(1)):
            return label  # ("The former First Minister of Scotland, who stepped down": not Scotland)
    if someone is None:
        return label
    words = label.split()
    return _finished(someone.group(1).split() + [words[0][:1].lower() + words[0][1:]] + words[1:])


_WHO_OPENS = re.compile(r"\s*who\s", re.IGNORECASE)
# "Plummer, who was born in 1929,": a name the registry does not hold, just before "who".
_NAME_BEFORE_A_COMMA = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][a-z][\w'\u2019-]*),\s*$")
_CONJUNCTION_THEN_IT = re.compile(r"(?i)\b(?:but|and|while|though|although|yet)\s+(?:it|they)\b")
# "the 72-year-old New Patriotic Party (NPP) leader, ": someone described, just before "who"
# (or by age alone: "the 47-year-old, ").
_SOMEONE_BEFORE = re.compile(
    r"\b((?:the|a|an)\s+(?:(?!(?:the|a|an|of|in|at|for|with|from)\s)[\w()'\u2019.-]+\s+){0,6}?[a-z\d][\w'\u2019-]*),\s*$",
    re.IGNORECASE,
)
# "talks in the capital": a noun (not "arrived in the town"), then a place's preposition.
_PLACE_AFTER_A_NOUN = re.compile(r"(?i)\b(?![a-z]+ed\s)[a-z]+\s+(?:in|of|at|from|on|near|outside)\s+(?:the\s+|a\s+|an\s+)?$")


_QUOTE_MARK = re.compile("[\"\u201c\u201d]")


_EARLY_OR_LATE_BEFORE = re.compile(r"(?i)(?:^|\s)(?:late|early|mid|later|earlier)(?:-|\s*)$")


_NOUN_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")


def _attributive_date(left: str, right: str, mention: DateMention) -> bool:
    """ "in the 1997 romantic comedy", "in the July 2021 assassination of", "in the May 18
    election": a year, a month of a year or a day written with its number, between "the" and a
    noun, which a label leaves out alone."""
    after = _NOUN_WORD_AFTER.match(right)
    written = (mention.precision in (YEAR, MONTH) and not mention.relative) or (
        mention.precision == DAY and any(c.isdigit() for c in mention.text)
    )
    return written and after is not None and after.group(1) not in STOPWORDS and _THE_BEFORE.search(left[-8:]) is not None


def _without_the_dates_preposition(left: str, mention: DateMention) -> str:
    """The words before a date without its preposition ("met on"), unless the date's words hold
    their own ("on Tuesday"): then one before them is the verb's ("will be sworn in on Tuesday");
    and without the "late" or "early" that went with it ("The late-Friday quake", "struck late
    on Friday night")."""
    left = _ITS_WEEKDAY_BEFORE.sub("", left)  # ("on Saturday, January 15": the date's own weekday)
    if _OWN_PREPOSITION.match(mention.text):
        return _BACK_AT_THE_START.sub("", _EARLY_OR_LATE_BEFORE.sub("", left))
    left = _BACK_AFTER_A_NAME.sub(r"\g<name>", _DROP_PREPOSITION.sub("", _SEASON_OF_BEFORE.sub("", left)))
    left = _BACK_AT_THE_START.sub("", left)
    without_early = _EARLY_OR_LATE_BEFORE.sub("", left)
    # ("struck late on Friday": the preposition before "late" too; not "stepped in in 2013",
    # whose first "in" is the verb's)
    left = _DROP_PREPOSITION.sub("", without_early) if without_early != left else left
    # ("had found few clues by late Monday": a weekday's bound, which a label without the day
    # does not keep hanging; nor "Just" of "Just last month, a judge blocked")
    return _HANGING_ADVERB.sub("", _BOUND_AT_END.sub("", left)) if mention.relative else left


def _sentence_label(text: str, mention: DateMention) -> str:
    """The sentence from its start as a label, without its dateline, and without its date ("on
    Friday") unless a word needs it ("date back to 1968, when", "the first months of 2023,")."""
    owns = _POSSESSIVE.match(text, mention.end) is not None or mention.text[-2:] in ("'s", "\u2019s")  # ("At Tuesday's ceremony")
    left = text[after_the_dateline(text) : mention.start]
    owns = owns or _day_holds_its_place(left, text[mention.end :], mention)
    left = left if owns else _without_the_dates_preposition(left, mention)
    needed = owns or bool(left.split()[-1:]) and bare_word(left.split()[-1]) in HANGING_PREPOSITIONS
    right = text[mention.start :] if needed else _DAY_PART.sub("", text[mention.end :], count=1)
    right = _without_the_dates_comma(left, right)
    tokens = _without_an_aside(left.split(), right.split())
    while tokens and bare_word(tokens[0]) in WORDS_NO_LABEL_OPENS_ON and not _opens_an_adverb(tokens):
        tokens = tokens[1:]
    return _finished(tokens) or _finished(text.split())


def _without_the_dates_comma(left: str, right: str) -> str:
    """The words after a date taken out of "the June 7, 2021, shooting": its closing comma goes with it."""
    words = left.split()
    if words and bare_word(words[-1]) in DETERMINERS and right.lstrip().startswith(","):
        return right.lstrip()[1:]
    return right


def _without_an_aside(left: list[str], right: list[str]) -> list[str]:
    """The words of a label too long to show whole, without a "who" or "which" clause set off
    by commas before the date's words: "The 67-year-old TV presenter and healthy living advocate,
    who has endorsed fasting and offered tips on sleep and diet, was last seen" is cut to what
    it tells ("... advocate was last seen at 1.30pm"), not before its verb."""
    if len(left) + len(right) <= LABEL_WORDS:
        return left + right
    for i in range(1, len(left)):
        if left[i - 1].endswith(",") and bare_word(left[i]) in ("who", "which"):
            close = _aside_closes(left, i, len(left) - 1)
            if close is not None:
                return left[: i - 1] + [left[i - 1][:-1]] + left[close + 1 :] + right
            break
    return left + right


ASIDE_WORDS = 30  # the longest "who" clause a label leaves out
