"""Key facts about each person, as each outlet states them, and where outlets disagree.

A profile's key facts -- age, arrest, charges, prison sentence, when it was passed, where the
person was taken on release -- are read from the sentences that name them, by general English
shapes ("Ivanou, 63,", "sentenced to ten years", "an 11-year sentence", "arrested in July
2021", "taken to Lithuania"). Each value keeps the citation of every sentence that states it,
so outlets that agree are counted together and outlets that disagree are shown side by side.

A fact belongs to a person only when the sentence is about them, decided conservatively:
their name is the subject (it opens the sentence, after at most a short title such as "Lawyer"
or an opening phrase such as "In April 2023,"), or the fact sits in a clause right after their
name (", who was serving a 12-year sentence"), or the sentence opens with "He"/"She" or "The
<description>" and follows, in the same paragraph, a sentence about them. Anything else is left
out rather than risk giving one person's sentence to another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..base.text import phrase_alternation
from ..extract.citations import Citation
from ..extract.sources import Sentence, Source
from ..language.dates import (
    DETERMINER_BEFORE,
    MONTH_PATTERN,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    compatible,
    find_dates,
    format_date,
)
from ..language.lexicon import (
    ARREST_WORDS,
    CARE_WORDS,
    CHARGE_WORDS_NAMING_NO_CRIME,
    COUNT_QUALIFIERS,
    DUTY_GERUNDS,
    IRREGULAR_PAST_TENSES,
    NOT_A_TITLE_WORDS,
    OBJECT_PREPOSITIONS,
    PEOPLE_NOUNS_OF_A_DESCRIPTION,
    POSSESSIVE_PRONOUNS,
    POSSIBLE_TERM_WORDS,
    PRISON_WORDS,
    RELATION_NOUNS,
    RELEASE_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS_REPORTED,
    STOPWORDS,
    UNNAMED_GROUP_WORDS,
)
from .people import SOMEONE_OF_THEIRS

FACT_KINDS = {
    "age": "Age",
    "arrested": "Arrested",
    "charge": "Charges",
    "sentence": "Prison sentence",
    "sentenced": "Sentenced",
    "released_to": "Taken on release to",
}
# Charges are each outlet's description, so different wording is not a disagreement.
COMPARED = frozenset({"age", "arrested", "sentence", "sentenced", "released_to"})
MAX_QUOTE_CHARS = 90

_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if " " not in w and w not in ("a", "an")}


_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))


def _number(name: str) -> str:
    return rf"(?P<{name}>\d{{1,2}}|{_NUMBER_WORD})"


def _count(number: str) -> int:
    return int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]


# "sentenced on Wednesday to 23 years": the day between the verb and the term.
_DAY_WORDS = "|".join(sorted([*WEEKDAYS, *MONTHS, "today", "yesterday"], key=len, reverse=True))
# "almost", "more than": the words that make a count rough.
_QUALIFIER = f"(?:{phrase_alternation(COUNT_QUALIFIERS)})"
# "sentenced to ten years", "an 11-year prison sentence", "a sentence of 12 years"
# ("sentenced Reed to nine years": the one named after the verb, by case, as written.)
_DECIMAL_BEFORE = re.compile(r"\d[.,]$")
_TERM = re.compile(
    rf"(?i)\bsentenced\s+(?:(?:on|in|last)\s+)?(?:(?:{_DAY_WORDS})\s+)?"
    rf"(?:(?P<object>him|her|them)\s+|(?-i:(?P<named>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}}))\s+)?"
    rf"to\s+(?:serve\s+)?(?:{_QUALIFIER}\s+)?{_number('n')}\s+(?P<unit>years?|months?|days?)\b"
    rf"|\b{_number('n2')}[-\s](?P<unit2>years?|months?)(?:\s+(?:prison|jail|penal\s+colony))?\s+(?:sentence|(?P<term>term))\b"
    rf"|\b(?:sentence|term)\s+of\s+{_number('n3')}\s+years\b"
)
# "five years and eight months": the months of a term, which make it another term than five years.
_MONTHS_AFTER = re.compile(rf"(?i)\s+and\s+{_number('months')}\s+months?\b")
# "10 years of jail each for the three offences": a term for each count, not the sentence.
_EACH_AFTER = re.compile(r"(?i)(?:\s+(?:of|in)\s+(?:jail|prison|imprisonment))?\s+(?:each|apiece|(?:for|on)\s+each)\b")
# "an almost six-year jail term", "nearly 10 years": a term told roughly, which no exact term
# contradicts.
_QUALIFIER_BEFORE = re.compile(rf"(?i)\b{_QUALIFIER}\s+$")
# Words that make a "six-year term" one served in prison, not in office.
_PRISON_CONTEXT = re.compile(rf"(?i)\b(?:{'|'.join(PRISON_WORDS)})\b")
_RANGE_BEFORE = re.compile(r"(?i)(?:\d+|[a-z]+)\s*(?:-\s*to\s*-|\s+to\s+|[-\u2013])\s*$")
_CHARGE = re.compile(
    # ("on unproven charges of espionage": the words before "charges" describe them, "of" names them)
    # (not "pleaded guilty on Tuesday to federal charges": a day, then what they pleaded to)
    r"(?i)\b(?:on\s+(?P<on>(?:(?!(?:to|in|at|for|from|with)\b)[\w-]+\s+){0,3}?[\w-]+)\s+charges\b(?!\s+of\b)"
    r"|(?:charged\s+with|found\s+guilty\s+of|convicted\s+of|accused\s+of|faced\s+charges\s+of|"
    r"for\s+allegedly|for\s+alleged)\s+(?P<what>.+?)(?=\s*(?:[,;]|(?<![A-Z])\.)\s|\s*[,;.]?$|\s+and\s+(?:was\s+|later\s+)?"
    r"(?:sentenced|received|found|jailed|will|would|is|faces|appeared|appears|pleaded|began|has|had|served|spent"
    r"|denied|denies|remains|remained)\b|\s+after\s|\s+while\s|\s+before\s"
    # "accused of spying and arrested in March": a happening of its own (not "and attempted murder")
    r"|\s+and\s+(?!attempted\b)[a-z]{3,}ed\s+(?:in|on|at|by|after|for|to|last|this|when)\b"
    # "stealing data in what is one of the largest breaches ever": the outlet's words on the crime
    r"|\s+in\s+what\s"
    # "charged with eight counts of murder in a video appearance": how the charge was laid
    r"|\s+(?:in|at|during)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:appearance|hearing|court|courtroom|filing|statement)\b"
    # "found guilty of an anti-doping rule violation by the ITF following a two-day
    # investigation": who found it, and after what
    r"|\s+by\s+(?:the|an?)\s|\s+following\s))"
)
_NAMING_NO_CRIME = frozenset(CHARGE_WORDS_NAMING_NO_CRIME)
_WHEN_AT_THE_END = re.compile(rf"(?i)\s+(?:in|on|between|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{MONTH_PATTERN})\s+)?\d{{4}}$")
_DUTY_BEFORE = re.compile(r"(?i)\b(?:is|are)\s+(?:also\s+)?$")
# "the new leader, charged with reviving a faltering movement": a task, whoever was charged with it
_DUTY_AFTER = re.compile(rf"(?i)charged\s+with\s+(?:{'|'.join(DUTY_GERUNDS)})\b")
# "convicted of five of the six charges", "on both counts", "on each of three charges": how many
# charges, not which crime
# ("three counts of malicious wounding" names it).
_COUNT = rf"(?:\d+|{_NUMBER_WORD})"
_COUNT_OF_CHARGES = re.compile(
    rf"(?i)(?:(?:each|any|one)\s+of\s+(?:the\s+)?)?(?:all\s+{_COUNT}|all|both|{_COUNT})(?:\s+(?:of|out\s+of)\s+(?:the\s+)?{_COUNT})?"
    rf"(?:\s+(?:{'|'.join(CHARGE_WORDS_NAMING_NO_CRIME)})){{0,2}}\s+(?:charges|counts)\b(?!\s+of\b)"
)
_ARRESTED = re.compile(
    r"(?i)\b(?:arrested|detained|jailed|imprisoned|in\s+prison\s+since|behind\s+bars\s+since|"
    r"became\s+a\s+political\s+prisoner(?:\s+(?:himself|herself))?)\b"
)
_SENTENCED = re.compile(r"(?i)\bsentenced\b")
# The object of an active "sentenced" ("sentenced Collins", "sentenced him"), not a day after it.
_SOMEONE_AFTER = re.compile(rf"\s+(him|her|them|(?!(?i:{_DAY_WORDS})\b)[A-Z][\w'\u2019.-]*)\b")
# After "jailed": what for, perhaps after when ("jailed Wednesday for calling the protest",
# "jailed in 2004 for the attack", "jailed for five years"): a sentence passed, not an arrest.
_JAILED_FOR = re.compile(rf"(?i)(?:,?\s+(?:on|in|last|this)?\s*(?:{_DAY_WORDS}|\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?)\.?){{0,3}},?\s+for\b")
_GROUP = "|".join(sorted(UNNAMED_GROUP_WORDS, key=len, reverse=True))
# "147 of those arrested", "protesters detained", "police arrested 154 people": a count or a
# group was arrested, not the person named in the clause.
_BEEN = r"\s+(?:(?:who\s+)?(?:were|was|are|have\s+been|had\s+been)\s+)?$"
_GROUP_BEFORE = re.compile(rf"(?i)\b(?:{_GROUP}|\d(?:[\d,]*\d)?|they|we){_BEEN}")
# "men accused of misconduct", "when they were accused of": others' charges ("arrested in 2021
# for alleged smuggling" is the person's: a year is no count of people here).
# ("the officers were accused of": any plural noun with a plural verb; not "he has been")
_OTHERS_BEFORE = re.compile(
    rf"(?i)\b(?:{_GROUP}|they|we){_BEEN}"
    r"|\b(?-i:(?!(?:has|was|is|his|this|its|thus|plus|less|unless|perhaps|always|sometimes|afterwards)\b)[a-z]{2,}[^s\W]s)"
    r"\s+(?:who\s+)?(?:were|are|have\s+been|had\s+been)\s+$"
)
# Before "accused of", "convicted of": an unnamed one who is ("the man accused of killing", not
# "Frein, the man accused of"), or the thing a pronoun's person is accused of doing to ("the
# trooper he's accused of murdering"): either way, no one the clause's owner is.
_ANOTHER_ACCUSED_BEFORE = re.compile(r"(?<![A-Za-z\u2019'.],\s)\b(?i:the|an?)\s+((?:[a-z][\w-]*\s+){1,3}?)$")
# "demanding the release of a Pakistani neuroscientist who was convicted of ...": someone unnamed.
_SOMEONE_WHO_WAS_BEFORE = re.compile(
    r"\b(?i:the|an?)\s+((?:[\w-]+\s+){1,4}?)who\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+$"
)
_ACCUSED_OF_DOING_TO_BEFORE = re.compile(
    r"\b(?i:the|an?)\s+((?:[a-z][\w-]*\s+){1,3}?)"
    r"(?i:he|she|they)(?:['\u2019]s|\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been))\s+$"
)


# "where a suspected Islamic extremist from Syria is accused of stabbing three people": someone
# unnamed is the clause's subject, whoever the sentence opened on
# (a place or an origin may describe them: "from Syria"; no clause of its own may come between)
_SOMEONE_IS_BEFORE = re.compile(
    r"\b(?i:the|an?)\s+((?:(?!(?i:and|or|who|which|that|he|she|they|it)\b)[\w-]+\s+){1,6}?)"
    r"(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+$"
)


SOMEONE_IS_CHARS = 80  # how far before "accused" the unnamed subject and its verb are read


def _another_accused(text: str, window: int, start: int) -> bool:
    for pattern in (_ANOTHER_ACCUSED_BEFORE, _ACCUSED_OF_DOING_TO_BEFORE, _SOMEONE_WHO_WAS_BEFORE):
        found = pattern.search(text, window, start)
        if found is not None and not any(word in STOPWORDS for word in found.group(1).split()):
            return True
    # (read further back, its words may hold where the one is from: "a suspected extremist from Syria is")
    return _SOMEONE_IS_BEFORE.search(text, max(0, start - SOMEONE_IS_CHARS), start) is not None


# "46 years' imprisonment without parole", "a non-parole period of 46 years", "must serve at least":
# the least a life or longer sentence keeps one in prison, not the sentence passed.
_WITHOUT_PAROLE = re.compile(r"(?i)\b(?:without\s+(?:the\s+possibility\s+of\s+)?parole|non-parole|minimum\s+term)\b")
PAROLE_CHARS = 40
# "facing a maximum sentence of 29 years", "could get up to 10 years": a term that may be
# passed, not one that was.
_POSSIBLE_TERM_BEFORE = re.compile(
    r"(?i)\b(?:" + phrase_alternation(POSSIBLE_TERM_WORDS) + r")\b[^,;.]{0,30}$"
)
# "called the 23-year sentence obnoxious": a sentence already told of, whoever's it is.
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
# "Mrs Roe released a statement after her husband was sentenced": the relation's happening.
# ("Samar Badawi, whose brother Raif Badawi was arrested in 2012": the brother's, named or not.)
_RELATION_BEFORE = re.compile(
    r"(?i)\b(?:his|her|their|whose)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(RELATION_NOUNS, key=len, reverse=True))
    + r")\s+(?-i:(?:[A-Z][\w.'\u2019-]*\s+){0,3})(?:(?:was|were|had\s+been|has\s+been|is|being)\s+)?$"
)
_HE_OR_SHE = re.compile(r"(?i)\b(?:he|she)\b")
_GROUP_AFTER = re.compile(rf"(?i)\s+(?:(?:more\s+than|at\s+least|about|some|over|nearly)\s+)?(?:\d|{_GROUP}\b)")
_RELEASED_TO = re.compile(
    r"\b(?:(?:taken|transported|(?P<release>handed\s+over|deported|released|freed)|flown|driven|transferred)\s+to"
    r"|(?P<relocated>(?:brought|moved|sent)\s+to|arriv(?:ed|ing|es)\s+in))\s+"
    r"(?P<place>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)"
)
# "transferred to Price as a roof control specialist": sent somewhere to a new post.
_AS_A_POST_AFTER = re.compile(r"\s+as\s+(?:a|an|the|its|their|his|her)\s", re.IGNORECASE)
# Taken or flown somewhere is no release's in a sentence that tells of an arrest or of care;
# "brought to", "moved to", "sent to" and "arrived in" are a release's only where the sentence
# tells of one ("Trump, arriving in Riyadh, signed ...", "Pogba moved to Italy when United let him
# go", "a statement sent to USA TODAY").
# "will be sentenced on July 11", "was originally supposed to be sentenced in January", "is due
# to be released on Friday": a date set or a plan, not what happened.
_FUTURE_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:will|would|could|should|may|might|must|to)\s+(?:\w+\s+)?be\s+$")
_HELD_OR_IN_CARE = re.compile(rf"(?i)\b(?:{'|'.join(ARREST_WORDS + CARE_WORDS)})\b")
_RELEASE_CONTEXT = re.compile(rf"(?i)\b(?:{'|'.join(RELEASE_WORDS)})\b")
_AGE_AFTER_NAME = re.compile(r",\s+(?:aged\s+)?(?P<age>\d{1,3}),(?!\d)")  # (not "Liz Truss, 81,326")
_AGE = re.compile(r"\b(?:aged\s+(?P<a>\d{1,3})\b|(?P<b>\d{1,3})-year-old\b)")
# "was beaten by the 28-year-old who campaigned ...", "called the 39-year-old to concede": "the
# N-year-old" standing for a person, as a pronoun would, names someone the clause may not; whose
# age it is stays unsaid, as it does for "a 28-year-old organiser" (someone new). Set beside a
# name ("Roe, the 39-year-old former banker,", "Lee, a 32-year-old paralegal,") or before
# one ("the 39-year-old Roe") it is that person's.
# "Mr Roe, then aged 17,", "who joined the group in Syria aged 15": the age the person was when
# something was done, not now. ("died aged 76" is the age they reached.)
_THEN_BEFORE = re.compile(r"\bthen\s+$")
_THEN_JOINED = re.compile(r"(?i)\bthen[-\s]$")
# "the youngest since 18-year-old Boris Becker won in 1986", "when a 17-year-old Roe first
# played here": an age opening a clause of a time gone by, the age then.
_AGE_OF_A_TIME_GONE = re.compile(r"(?i)\b(?:since|when)\s+(?:(?:an?|the|then)\s+)?$")
_DONE_IN_A_CLAUSE_BEFORE = re.compile(r"(?i)\b(?:who|when|after|before)\s+(?!(?:[\w'\u2019-]+\s+){0,3}?(?:died|dies|death)\b)[^,;]{1,60}?[\w.'\u2019]\s+$")


def _age_at_the_time(text: str, start: int) -> bool:
    return bool(_THEN_BEFORE.search(text, max(0, start - 8), start)
                or _DONE_IN_A_CLAUSE_BEFORE.search(text, max(0, start - 80), start)
                or _DONE_BEFORE_IN_THE_CLAUSE.search(text, max(0, start - 60), start))


# "Kane joined Tottenham's academy aged 11": "aged" after what was done in its own clause is the
# age then (not "died aged 76", the age reached, nor "is aged 40").
_DONE_BEFORE_IN_THE_CLAUSE = re.compile(
    rf"\b(?!died\b)(?:[a-z]{{3,}}ed|{'|'.join(w for w in IRREGULAR_PAST_TENSES if w not in ('was', 'were', 'had'))})\b[^,;]{{0,50}}\s+$"
)
_SPACE = re.compile(r"\s+")
_A_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_OWNED_BEFORE = re.compile(rf"(?:\b(?i:{'|'.join(sorted(POSSESSIVE_PRONOUNS))}|whose)|[\w.][\'\u2019]s?)\s+$")
# "Roe, the 39-year-old former banker,", "Ranieri, its 64-year-old coach,": an age set beside a
# name, after its comma.
_SET_BESIDE_A_NAME = re.compile(rf",\s+(?:the\s+|(?:{'|'.join(sorted(POSSESSIVE_PRONOUNS))})\s+)?$")
# ", a 58-year-old", ", the 39-year-old", ", its 64-year-old": an age set off after a comma is of
# whoever the comma follows.
_BESIDE_SOMETHING = re.compile(rf",\s+(?:the|an?|{'|'.join(sorted(POSSESSIVE_PRONOUNS))})\s+$")
_DESCRIBING_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){1,4}")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w.'\u2019-]*\s+")
TITLE_WORDS_BEFORE_A_NAME = 3
_RANGE_AFTER = re.compile(r"\s*(?:[-\u2013]|to\s)\s*\d")
_AGE_AS_NOUN = re.compile(
    r"(?<![\w.'\u2019],\s)(?<![\w.'\u2019],)\b(?:[Tt]he\s+(?:[a-z]+\s+)?\d{1,3}-year-old\b(?!\s+[A-Z])|(?:[Aa]n?)\s+\d{1,3}-year-old\b)"
)
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?")
_OPENING = re.compile(
    r"(?:In|On|At|After|Before|During|Since|By|Speaking|Commenting|Though|Although|While|When|"
    r"Separately|Despite|Following|Meanwhile|Later|Earlier|Then|Also|However|Now|Today|Yesterday|"
    r"Last)\b[^,]{0,150},\s+"
)
_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")
# "The 47-year-old ...", "The former president ...", "The singer ...": a description of someone,
# not of a thing ("The first human case of bird flu ... was nearly nine months ago").
_DESCRIPTION = re.compile(
    r"[Tt]he\s+(?:[a-z][\w'\u2019-]*\s+){0,3}?(?:[\w]+-year-old\b|[a-z]{3,}(?:ist|ian)s?\b|(?:"
    + "|".join(sorted(ROLE_NOUNS | PEOPLE_NOUNS_OF_A_DESCRIPTION, key=len, reverse=True)) + r")s?\b)"
)
# "The Donald Trump administration signed ...": a bare article before a name and a noun after
# it make the name a modifier; the sentence is about the administration, not the person.
_ARTICLE_ONLY = re.compile(r"(?i)(?:the|an?)\s+")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_WHICH = re.compile(r",\s+which\b")
_INTRO_DATE = re.compile(r"(?:In|On|By)\s+$")
# A clause set off after a name: ", who ...", ", the former banker ...", ", 63,"; not the verb
# that follows an apposition (", was taken to ...").
_CLAUSE_START = re.compile(
    r",\s+(?!(?:and|or|but|then|while|as|was|were|is|are|has|had|have|will|would|could|can|may|"
    r"might|should|did|does|said|says|told|tells|added|according|also|who\s+said)\b)[a-z0-9]"
)
_PREPOSITION_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(OBJECT_PREPOSITIONS))})\s+$")
# (", detained this Thursday", ", held since March": a participle tells of the one named before it)
_OWN_CLAUSE = re.compile(r",\s+(?:who|whom|whose|a|an|the|\d|[a-z]+ed|held|taken|shot|kept|caught|seen|known|born|sent|jailed)\b")
# "in Vilnius, Lithuania": the first place lies in the second.
_PLACE_IN_PLACE = re.compile(r"\b(?:in|to|from|at)\s+([A-Z][^\W\d_]+),\s+([A-Z][^\W\d_]+)\b")
_MAX_TITLE_WORDS = 5
_MONTH_OR_DAY = re.compile(rf"(?i)^(?:{'|'.join([*MONTHS, *WEEKDAYS])})$")


@dataclass(frozen=True)
class FactValue:
    """One value of a fact, and every sentence (and so every outlet) that states it."""

    value: str  # comparable form: "63", "10", "2023-03", "Lithuania"
    display: str
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    person: str
    kind: str
    label: str
    values: tuple[FactValue, ...]
    disagreement: str = ""  # a note naming the values that cannot all be true

    def to_json(self, source_ids: set[str] | None = None) -> dict:
        conflict = None
        if self.disagreement:
            by_source = {}
            for value in self.values:
                for citation in value.citations:
                    by_source.setdefault(citation.source, value.value)
            conflict = {"note": self.disagreement, "values": dict(sorted(by_source.items()))}
        return {
            "kind": self.kind,
            "label": self.label,
            "values": [
                {
                    "value": v.value,
                    "display": v.display,
                    "outlets": list(v.outlets),
                    "citations": [c.to_json() for c in v.citations],
                }
                for v in self.values
            ],
            "conflict": conflict,
        }


@dataclass
class _Found:
    person: str
    kind: str
    value: str
    display: str
    citation: Citation
    outlet: str = field(compare=False)


def find_facts(sources: Iterable[Source], mentions_by_sentence: dict) -> tuple[Fact, ...]:
    """Every person's key facts, in the order of FACT_KINDS, people in first-found order."""
    sources = tuple(sources)
    return group_facts([found for source in sources for found in source_facts(source, mentions_by_sentence)], sources)


def group_facts(found: list[_Found], sources: tuple[Source, ...]) -> tuple[Fact, ...]:
    """The facts found in each source, as each person's key facts."""
    return _group(found, _places_within(sources))


def source_facts(source: Source, mentions_by_sentence: dict) -> list[_Found]:
    """The facts one source states, before they are grouped (see `find_facts`)."""
    found: list[_Found] = []
    for _, sentence, mentions, topic in _walk((source,), mentions_by_sentence):
        found.extend(facts_in_sentence(source, sentence, mentions, topic))
    return found


@dataclass(frozen=True)
class Continuation:
    """A sentence about a person that does not name them: "He denied the accusations."."""

    person: str
    source: str
    sentence: str


def find_continuations(sources: Iterable[Source], mentions_by_sentence: dict) -> tuple[Continuation, ...]:
    """Sentences that go on about the person the previous one was about, by "He"/"She"."""
    found = []
    for source, sentence, mentions, topic in _walk(sources, mentions_by_sentence):
        if topic and all(m.person != topic[0] for m in mentions):
            found.append(Continuation(topic[0], source.id, sentence.id))
    return tuple(found)


def _walk(sources: Iterable[Source], mentions_by_sentence: dict):
    """Each citable sentence of the outlets' own text, its mentions, and who it is about."""
    for source in sources:
        for ids in source.block_sentences:
            topic = None
            alone = True  # whether the sentence before named no one but its topic
            for sid in ids:
                sentence = source.sentence(sid)
                if not sentence.outlets_own:
                    topic = None
                    continue
                mentions = [m for m in mentions_by_sentence.get((source.id, sid), ()) if not m.in_post]
                topic = sentence_topic(sentence.text, mentions, topic, alone)
                alone = topic is None or all(m.person == topic[0] for m in mentions)
                yield source, sentence, mentions, topic


def _places_within(sources: Iterable[Source]) -> dict[str, set[str]]:
    within: dict[str, set[str]] = {}
    for source in sources:
        for sentence in source.sentences:
            for inner, outer in _PLACE_IN_PLACE.findall(sentence.text):
                within.setdefault(inner, set()).add(outer)
    return within


def sentence_topic(
    text: str, mentions: list, previous: tuple[str, int] | None, alone: bool = True
) -> tuple[str, int] | None:
    """(person, where the subject starts) if the sentence is about one registered person. A
    description ("The 47-year-old ...") points back to the last sentence's person only when that
    sentence named no one else: "X won, defeating the incumbent Y. The incumbent won 44%." """
    position = 0
    if text[:1] in "\u201c\"":
        close = _QUOTED.match(text)
        if not close or close.group(0)[-1:] not in "\u201d\"":
            return None
        position = close.end()
        while position < len(text) and text[position] in " ,":
            position += 1
    opening = _OPENING.match(text, position)
    if opening:
        position = opening.end()
    if _PRONOUN.match(text, position) or (_DESCRIPTION.match(text, position) and alone):
        return (previous[0], position) if previous else None
    subject = next((m for m in mentions if m.start >= position and not _possessive(text, m)), None)
    if subject is None:
        return None
    before = text[position : subject.start]
    if _ARTICLE_ONLY.fullmatch(before) and _NOUN_AFTER.match(text, subject.start + len(subject.form)):
        return None
    before = before.rsplit(":", 1)[-1]
    words = re.findall(r"[^\W\d_][\w'\u2019.-]*", before)
    if "," in before or len(words) > _MAX_TITLE_WORDS or any(w.lower() in NOT_A_TITLE_WORDS for w in words):
        return None
    return (subject.person, subject.start)


# A saying and someone new as the subject of what was said: "said a man", "announced that the
# suspect", "told reporters two men".
_SOMEONE_ELSE_REPORTED = re.compile(
    rf"(?i)\b(?:{SPEECH_VERBS_REPORTED})\s+(?:(?:reporters|journalists)\s+)?(?:that\s+)?"
    r"(?:a|an|the|two|three|four|five|\d+)\s"
)


class _Owners:
    """Whose fact a position of the sentence states: the person whose clause holds it, or the
    paragraph's topic person when no one else is named between them; no one inside a quotation."""

    def __init__(self, text: str, mentions: list, topic):
        self.text, self.mentions, self.topic = text, mentions, topic
        self.quoted = [m.span() for m in _QUOTED.finditer(text)]
        self.clauses = {id(m): _clause(text, m) for m in mentions}

    def at(self, position: int) -> str | None:
        if any(a <= position < b for a, b in self.quoted):
            return None
        for mention in reversed(self.mentions):
            start, end = self.clauses[id(mention)]
            if start <= position < end:
                if _SOMEONE_ELSE_REPORTED.search(self.text, mention.start + len(mention.form), position):
                    return None  # "Commissioner Jo Roe said a man in his 20s had been charged": the man's
                return mention.person
        if self.topic is None:
            return None
        person, subject = self.topic
        if _WHICH.search(self.text, subject, position):
            return None  # "signed a deal with Saudi Arabia, which cut ties ... for allegedly ...": the thing's
        if subject < position and _SOMEONE_ELSE_REPORTED.search(self.text, subject, position):
            return None  # "Commissioner Jo Roe said a man in his 20s had been charged": the man's
        theirs = SOMEONE_OF_THEIRS.search(self.text, subject, position) if subject < position else None
        if theirs and _HE_OR_SHE.search(self.text, theirs.end(), position):
            return None  # "Jo Roe confirmed her constituent's departure from Iran, where she has been detained": whose?
        low, high = sorted((subject, position))
        topic_clause = [self.clauses[id(m)] for m in self.mentions if m.person == person and m.start >= subject]
        for mention in self.mentions:
            if mention.person == person or not low < mention.start < high:
                continue
            if any(a <= mention.start < b for a, b in topic_clause[:1]):
                continue
            return None
        return person


def facts_in_sentence(source: Source, sentence: Sentence, mentions: list, topic) -> list[_Found]:
    if not mentions and topic is None:
        return []
    text = sentence.text
    owner = _Owners(text, mentions, topic).at

    def cite(start: int, end: int, short: tuple[int, int] | None = None) -> Citation:
        """The sentence, quoting the words that state the fact (or `short` of them if long)."""
        words = text[start:end].strip(" ,;")
        if len(words) > MAX_QUOTE_CHARS:
            words = text[short[0] : short[1]] if short else None
        return Citation(source.id, sentence.id, words)

    found: list[_Found] = []

    def add(person, kind, value, display, start, end, short=None):
        if person:
            found.append(_Found(person, kind, value, display, cite(start, end, short), source.outlet))

    for mention in mentions:
        end = mention.start + len(mention.form)
        age = _AGE_AFTER_NAME.match(text, end)
        if age and 0 < int(age.group("age")) < 120:
            add(mention.person, "age", age.group("age"), age.group("age"), mention.start, age.end("age"))
    as_noun = {m.end() for m in _AGE_AS_NOUN.finditer(text)}
    name_ends = {m.start + len(m.form) for m in mentions}
    named_after = {m.start: m for m in mentions}
    for match in _AGE.finditer(text):
        years = match.group("a") or match.group("b")
        if match.end() in as_noun or not 0 < int(years) < 120:
            continue
        if match.group("a") and _age_at_the_time(text, match.start()):
            continue  # "who joined IS in Syria aged 15", "Mr Roe, then aged 17,": an age once, not now
        if match.group("b") and (_THEN_JOINED.search(text, max(0, match.start() - 6), match.start())
                                 or _AGE_OF_A_TIME_GONE.search(text, max(0, match.start() - 16), match.start())):
            continue  # "the then-15-year-old Valieva", "since 18-year-old Becker won": the age at the time told of
        owned = _OWNED_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if (owned and not _SET_BESIDE_A_NAME.search(text, max(0, match.start() - 10), match.start())) \
                or _RANGE_AFTER.match(text, match.end()):
            continue  # "his 13-year-old daughter", "the girls, aged 11-19"; not "Ranieri, its 64-year-old coach"
        # "the 39-year-old Roe", "identified the victim as 23-year-old Sam Lee": the name
        # that follows is whose age it is; a capitalised word that is no registered name
        # ("the 23-year-old Briton", "23-year-old Jane Roe") is someone else's, and stays unsaid.
        # After "a" ("Roe, a 28-year-old John Doe organizer") a name that follows
        # describes: the age is the person the phrase is set beside.
        follows = None if _A_BEFORE.search(text, max(0, match.start() - 4), match.start()) else _SPACE.match(text, match.end())
        after = named_after.get(follows.end()) if follows else None
        beside = _BESIDE_SOMETHING.search(text, max(0, match.start() - 12), match.start())
        if after is None and beside and beside.start() not in name_ends:
            continue  # "The man, a 58-year-old male from Devonport,": beside someone unnamed
        if after is None and follows and text[follows.end() : follows.end() + 1].isupper():
            # "60-year-old Vice President Boluarte": a title in capitals, then a registered name
            at = follows.end()
            for _ in range(TITLE_WORDS_BEFORE_A_NAME):
                word = _CAPITALISED_WORD.match(text, at)
                if word is None or (after := named_after.get(word.end())) is not None:
                    break
                at = word.end()
            if after is None:
                continue
        if after is None and follows and match.group("b") and not _SET_BESIDE_A_NAME.search(text, max(0, match.start() - 10), match.start()):
            # "which targeted 66-year-old former spy Sergei Skripal": the age is the one the
            # description names, if it names a registered person before it ends; else no one's.
            ahead = _DESCRIBING_WORDS.match(text, follows.end())
            after = next((m for m in mentions if ahead and follows.end() < m.start <= ahead.end()), None)
            if after is None:
                continue
        add(after.person if after else owner(match.start()), "age", years, years, *match.span())
    for match in _TERM.finditer(text):
        if _DECIMAL_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue  # "the 24.25-year sentence": not 25 years, the end of another figure
        if _RANGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "a three-to-10 year sentence": a range, which no one value states
        if _POSSIBLE_TERM_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        if match.group("n2") and _THE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue
        if match.group("object") and any(m.start < match.start() for m in mentions):
            continue  # "Judge Roe sentenced him to 20 years": not the judge's sentence
        person = owner(match.start())
        if match.group("named"):
            # "a judge sentenced Reed to nine years": Reed's, if Reed is someone registered.
            person = next((m.person for m in mentions if m.start == match.start("named")), None)
        if match.group("term") and not _PRISON_CONTEXT.search(text):
            continue  # "embarks on a single six-year term": a term of office
        if _EACH_AFTER.match(text, match.end()):
            continue
        if _WITHOUT_PAROLE.search(text, max(0, match.start() - PAROLE_CHARS), match.end() + PAROLE_CHARS):
            continue  # "46 years' imprisonment without parole ... six life terms": the least served, not the term
        number = next(group for group in ("n", "n2", "n3") if match.group(group))
        years = _count(match.group(number))
        value, display, end = str(years), f"{years} years", match.end()
        unit = (match.group("unit") or match.group("unit2") or "years").lower().rstrip("s")
        months = _MONTHS_AFTER.match(text, end) if not match.group("n2") and unit == "year" else None
        if unit != "year":
            # "47 months", "30 days": a term in its own unit ("1 months" never: the count is its word's)
            value = display = f"{years} {unit}{'' if years == 1 else 's'}"
        elif months:
            value, display, end = f"{years} years {_count(months.group('months'))} months", \
                f"{years} years and {_count(months.group('months'))} months", months.end()
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, match.start(number) - 20), match.start(number))
        if qualifier:
            word = " ".join(qualifier.group(0).lower().split())
            value, display = f"{COUNT_QUALIFIERS[word]} {value}", f"{word} {display}"
        add(person, "sentence", value, display, match.start(), end)
    for match in _CHARGE.finditer(text):
        what = (match.group("on") + " charges") if match.group("on") else match.group("what")
        what = what.strip(" .,;")
        what = _WHEN_AT_THE_END.sub("", what)  # "raping a woman in Salford in 2003": the crime, not when
        if what.count("\u201c") != what.count("\u201d"):
            what = what.strip("\u201c\u201d")
        window = max(0, match.start() - 40)
        if _OTHERS_BEFORE.search(text, window, match.start()) or _RELATION_BEFORE.search(text, window, match.start()):
            continue
        if not match.group("on") and _another_accused(text, window, match.start()):
            continue  # "the man accused of ...", "the trooper he's accused of murdering": someone the clause does not name
        if match.group(0)[:7].lower() == "charged" and (
                _DUTY_BEFORE.search(text, window, match.start()) or _DUTY_AFTER.match(text, match.start())):
            continue  # "the Republican Guard that is charged with protecting Bongo": a duty
        if 2 < len(what) <= 120 and not _COUNT_OF_CHARGES.match(what) \
                and not set(what.casefold().split()) <= _NAMING_NO_CRIME:
            add(owner(match.start()), "charge", what.casefold(), what, *match.span())
    dates = None
    for pattern, kind in ((_ARRESTED, "arrested"), (_SENTENCED, "sentenced")):
        for match in pattern.finditer(text):
            if kind == "arrested" and match.group(0).lower() in ("jailed", "imprisoned") \
                    and _JAILED_FOR.match(text, match.end()):
                continue  # "jailed for five years in 2014", "jailed in 2004 for the attack": a sentence
            person = owner(match.start())
            sentenced = _SOMEONE_AFTER.match(text, match.end()) if kind == "sentenced" else None
            if sentenced and not any(m.start == sentenced.start(1) and m.person == person for m in mentions):
                continue  # "Judge Roe sentenced Doe Friday": Doe was, not the subject Roe
            window = max(0, match.start() - 40)
            if not person or _GROUP_BEFORE.search(text, window, match.start()) or _RELATION_BEFORE.search(
                text, window, match.start()
            ):
                continue
            if _GROUP_AFTER.match(text, match.end()):
                continue
            if _FUTURE_PASSIVE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "will be sentenced on July 11": a date set, not a sentence passed
            if dates is None:
                dates = find_dates(text, source.published)
            date = _date_of(text, match, dates, sentencing=kind == "sentenced")
            if date:
                start, end = min(match.start(), date.start), max(match.end(), date.end)
                shown = format_date(date.value, date.precision)
                add(person, kind, date.value, shown, start, end, (date.start, date.end))
    for match in _RELEASED_TO.finditer(text):
        if not match.group("release") and (
            _HELD_OR_IN_CARE.search(text)
            or (match.group("relocated") and not _RELEASE_CONTEXT.search(text))
        ):
            continue  # "brought to Dhaka a couple of hours into his arrest", "brought to the headquarters"
        if not match.group("release") and _AS_A_POST_AFTER.match(text, match.end()):
            continue  # "he was transferred to Price as a roof control specialist": a new post
        if _FUTURE_PASSIVE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "will eventually be taken to the county's jail": not yet, and maybe never
        place = match.group("place")
        place = place if not _MONTH_OR_DAY.match(place.split()[-1]) else place.split()[0]
        if _MONTH_OR_DAY.match(place):
            continue
        add(owner(match.start()), "released_to", place, place, match.start(), match.start("place") + len(place))
    return found


def _possessive(text: str, mention) -> bool:
    after = text[mention.start + len(mention.form) : mention.start + len(mention.form) + 2]
    return after[:1] in ("'", "\u2019")


def _clause(text: str, mention) -> tuple[int, int]:
    """The clause set off right after a name (", who ...,", ", the former banker ...,"). After
    a name that is the object of a preposition, only a relative clause, a description or a
    participle is the name's: in "Allison Jean, mother of Botham Jean, hugs ..." the verb is
    the mother's."""
    end = mention.start + len(mention.form)
    match = _CLAUSE_START.match(text, end)
    if not match:
        return (-1, -1)
    if _PREPOSITION_BEFORE.search(text, max(0, mention.start - 12), mention.start) and not _OWN_CLAUSE.match(text, end):
        return (-1, -1)
    close = text.find(",", match.end())
    return (end, close if close != -1 else len(text))


# "jailed pending a hearing scheduled on Wednesday": the date is the hearing's; "sentenced to 52
# years for the attacks in July last year": the crime's.
_ANOTHER_HAPPENING_GAP = re.compile(
    r"(?i)\b(?:pending|until|awaiting|ahead\s+of|before|after|scheduled"
    rf"|for\s+(?:the|an?|{'|'.join(sorted(POSSESSIVE_PRONOUNS))})\s)\b"
)


# A date between a determiner and a noun ("the 2013 attack", "his 1999 arrest") names a thing by
# when it was, and dates nothing else in the sentence.
_DATE_NAMING_A_THING = re.compile(r"\s+[a-z]")


def _date_of(text: str, trigger: re.Match, dates, sentencing: bool):
    """The date an event word refers to: just after it ("arrested in July 2021"), or, for a
    sentencing, the sentence's opening date ("In March 2023, ... was sentenced") and never the
    crime's ("sentenced for the 2013 attack")."""
    for date in dates:
        if date.start >= trigger.end():
            gap = text[trigger.end() : date.start]
            if sentencing and _DATE_NAMING_A_THING.match(text, date.end) and DETERMINER_BEFORE.search(gap):
                break  # "sentenced him to death for the 2013 attack": the attack's year
            if len(gap) <= 40 and not re.search(r"[,;:.]", gap) and not _ANOTHER_HAPPENING_GAP.search(gap):
                return date
            break
    if sentencing:
        for date in dates:
            opens = _INTRO_DATE.fullmatch(text[: date.start]) and text[date.end : date.end + 1] == ","
            if date.start < trigger.start() and opens:
                return date
    return None


def _group(found: list[_Found], within: dict[str, set[str]]) -> tuple[Fact, ...]:
    people: dict[str, None] = {}
    by_fact: dict[tuple[str, str], dict[str, list[_Found]]] = {}
    for item in found:
        people.setdefault(item.person)
        values = by_fact.setdefault((item.person, item.kind), {})
        bucket = values.setdefault(item.value, [])
        if item.citation not in [f.citation for f in bucket]:
            bucket.append(item)
    facts = []
    for person in people:
        for kind, label in FACT_KINDS.items():
            values = by_fact.get((person, kind))
            if not values:
                continue
            shown = [
                FactValue(
                    value=value,
                    display=items[0].display,
                    citations=tuple(i.citation for i in items),
                    outlets=tuple(dict.fromkeys(i.outlet for i in items)),
                )
                for value, items in values.items()
            ]
            if kind in COMPARED:
                shown.sort(key=lambda v: (-len(v.outlets), v.value))
            facts.append(Fact(person, kind, label, tuple(shown), _disagreement(kind, shown, within)))
    return tuple(facts)


# A term's value as written by `facts_in_sentence`: "6" (years), "5 years 8 months", "47 months",
# "30 days"; one told roughly ("nearly 6") starts with its qualifier and matches none of these.
_TERM_VALUE = re.compile(r"\d+(?P<form> years \d+ months| months?| days?)?")


def _term_form(value: str) -> str | None:
    """How a term is told: in years, in years and months, in months or in days; None for a term
    told roughly."""
    match = _TERM_VALUE.fullmatch(value)
    if match is None:
        return None
    form = match.group("form") or "years"
    return "years and months" if " years " in form else form.strip().rstrip("s")


def _disagreement(kind: str, values: list[FactValue], within: dict[str, set[str]]) -> str:
    """A note when two values cannot both be true.

    "2023" and "March 2023" can both be true, and so can "Vilnius" and "Lithuania" when the
    sources say Vilnius is in Lithuania.
    """
    if kind not in COMPARED or len(values) < 2:
        return ""

    def agree(a: str, b: str) -> bool:
        if kind == "sentence":
            # Only terms told alike are compared: "nearly 6 years", "6 years" and "47 months"
            # round "5 years and 8 months" and "nearly four years", not contradict them.
            first, second = _term_form(a), _term_form(b)
            return first is None or first != second or a == b
        if kind in ("arrested", "sentenced"):
            return compatible(a, b)
        if kind == "released_to":
            return a == b or a in within.get(b, ()) or b in within.get(a, ())
        return a == b

    clashing = [a for a in values if any(not agree(a.value, b.value) for b in values if b is not a)]
    if not clashing:
        return ""

    def says(value: FactValue) -> str:
        outlets = list(value.outlets)
        who = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
        return f"{who} {'says' if len(outlets) == 1 else 'say'} {value.display}"

    return "; ".join(says(v) for v in clashing) + "."
