"""Who said what: quotations and reported speech, with their speakers.

A quotation in news copy is marked by quotation marks and tied to its speaker by an attribution
("'...,' X said", "X said: '...'", "'...' said X", "X told Y: '...'", "X wrote on X"). The
speaker may be a pronoun ("she said"), resolved to the person last referred to in the same or
the previous paragraph; a quotation may run over several paragraphs (a paragraph that opens a
quote without closing it continues into the next one that opens with a quote mark). Each piece
of a quotation is kept per sentence, so that it can be cited to the exact sentence.

Reported speech ("X said that ...") is kept too, as `kind="indirect"`, when its speaker is a
named person. Everything here is English attribution grammar; nothing knows any story.

Outlets report the same words differently ("normalise" / "normalize", a word dropped), so the
same quotation is aligned across outlets by a fuzzy comparison of speaker and words. Quotes are
first grouped by a key of the speaker's surname (blocking), and within a group only pairs that
share a content word are compared, so the cost never grows with all pairs of all quotes.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from ..base.text import bare_word, fold, phrase_alternation, words
from ..extract.citations import Citation
from ..extract.cleaning import NAME_AND_ROLE_LEAD_IN
from ..language.dates import after_the_dateline
from ..language.lexicon import (
    ADDING_VERBS,
    ADVERBS_BEFORE_A_SAYING,
    AUDIENCE_NOUNS,
    AUXILIARY_VERBS,
    CALLING_VERBS,
    CLAIM_NOUNS,
    CLAUSE_CONJUNCTIONS,
    COLLECTIVE_SPEAKERS,
    CONSEQUENCE_PARTICIPLES,
    CONTRASTING_CONJUNCTIONS,
    COURTESY_TITLES,
    CROWD_WORDS_BEFORE,
    DAY_PARTS,
    DETERMINERS,
    GENERATIONAL_SUFFIXES,
    GLOSS_WORDS_BEFORE,
    IDEA_NOUNS,
    IRREGULAR_PAST_TENSES,
    LABEL_CUT_WORDS,
    MEDIA_KIND_NOUNS,
    MONTHS,
    NAMING_WORDS,
    NOT_A_SPEAKER_AFTER_VERB,
    OBJECT_PREPOSITIONS,
    ONE_WORD_TIMES,
    OUTLET_KINDS_BEFORE_REPORTED,
    OWNED_BY_NAME_NOUNS,
    PARTICIPLES_GOING_ON_SAYING,
    POSSESSIVE_PRONOUNS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SAID_AS_A_THING,
    SAYING_CHANNELS,
    SENTENCE_OPENERS,
    SOMEONE_UNNAMED_NOUNS,
    SPEECH_VERBS_BEFORE_QUOTE,
    SPEECH_VERBS_REPORTED,
    STOPWORDS,
    SUBJECT_PRONOUNS,
    SUBORDINATE_CLAUSE_OPENINGS,
    TELLING_VERBS,
    TIME_OPENING_WORDS,
    TIMES_OPENED,
    TITLE_JOINING_WORDS,
    TITLE_SMALL_WORDS,
    URGING_VERBS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    WORDS_AFTER_A_SPEAKER,
    WORDS_BEFORE_A_CALLING_VERB,
)
from .people import analysed
from .pronouns import pronoun_of, source_pronouns

_VERB = re.compile(rf"\b(?:{SPEECH_VERBS_BEFORE_QUOTE})\b", re.IGNORECASE)
_INDIRECT = re.compile(rf"\b(?:{SPEECH_VERBS_REPORTED})\b", re.IGNORECASE)
# Between a close quote and the attribution: a comma or nothing.
_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?P<verb>{SPEECH_VERBS_BEFORE_QUOTE})\b", re.IGNORECASE)
# ("..." while Biden described ...: a conjunction opens a clause of its own, whose verb is not
# the quotation's attribution.)
_AFTER_SUBJECT_FIRST = re.compile(
    rf"^[\s,]*(?!(?:{'|'.join(CLAUSE_CONJUNCTIONS)})\b)(?P<subject>(?:[\w\u2019'.()-]+\s+){{0,9}}?)(?:also\s+)?(?P<verb>{SPEECH_VERBS_BEFORE_QUOTE})\b",
    re.IGNORECASE,
)
# '"...," Jo Roe, the company's chairman of the board, said in a press release', '"...," villager
# Jo Roe, 72, told AFP': the subject set off by an appositive between commas.
_AFTER_SUBJECT_SET_OFF = re.compile(
    rf"^[\s,]*(?P<subject>(?:[a-z][\w-]*\s+){{0,2}}[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){{0,3}}),\s+[^,.;:!?\"\u201c\u201d]{{1,80}},\s+"
    rf"(?:also\s+)?(?P<verb>(?i:{SPEECH_VERBS_BEFORE_QUOTE}))\b"
)
# '"...," the group's chair, Jo Roe, said': a description, then the name between commas.
_AFTER_DESCRIPTION_THEN_NAME = re.compile(
    rf"^[\s,]*(?:the|a|an|its|his|her|their)\s+[^,.;:!?\"\u201c\u201d]{{1,60}},\s+"
    rf"(?P<subject>[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){{0,3}}),\s+"
    rf"(?:also\s+)?(?P<verb>(?i:{SPEECH_VERBS_BEFORE_QUOTE}))\b"
)
_PRONOUN_END = re.compile(
    r"\b(?P<pronoun>he|she|He|She)\s+(?:(?:also|has|had|have|later|then|again|had\s+also)\s+){0,2}$"
)
# "..., the coup leaders said.": a sentence closed by an unnamed group's saying.
_UNNAMED_SAID_AT_END = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+(?:said|says)\s*[.!?]?\s*$"
)
# Nouns for people a sentence may name without a name: roles and anyone ("the magistrate", "a
# doctor"); and those with no title, who are likely no one named before ("the suspect").
_PERSON_NOUNS = "|".join(sorted(ROLE_NOUNS | SOMEONE_UNNAMED_NOUNS, key=len, reverse=True))
_UNTITLED_PERSON_NOUNS = "|".join(sorted(SOMEONE_UNNAMED_NOUNS, key=len, reverse=True))
# "But the magistrate also said he had difficulty understanding why Mr Pistorius ...": a sentence
# opened by someone unnamed saying; the names after are in what was said.
_UNNAMED_SAYS_AT_START = re.compile(
    r"\s*(?:(?:But|And|However|Yet),?\s+)?[Tt]he\s+(?:[a-z][\w-]*\s+)?(?:" + _PERSON_NOUNS
    + r")\s+(?:(?:also|later|then|again)\s+)?(?:said|says|told|added|insisted|warned)\b"
)
_AUDIENCE_START = re.compile(r"\s*(?:a|an|the)\s", re.IGNORECASE)
# Who heard a saying, where the reported words would be: "a news conference", "the local media".
_AUDIENCE = re.compile(
    rf"(?i)\s*(?:(?:a|an|the)\s+(?:[a-z'\u2019-]+\s+){{0,2}}?)?(?:{'|'.join(sorted(AUDIENCE_NOUNS))})\b"
)
# The last word of an outlet's name the pattern above left ("told BuzzFeed News, so ..."), the
# sentence going on past a comma.
_OUTLET_ENDS = re.compile(r"[A-Z][\w.]*(?=,\s+(?:so|and|but|as|while|adding|saying|although|though)\b)")
# After who heard it, no clause of its own: the sentence ends, goes on past a comma, or tells where.
_A_TIME = (
    rf"(?:{'|'.join(TIME_OPENING_WORDS)})\s+(?:{'|'.join((*TIMES_OPENED, *WEEKDAY_NAMES))})"
    rf"|(?:{'|'.join(ONE_WORD_TIMES)})"
)
_DAY_PART = "|".join(DAY_PARTS)
_WHEN_THEN_THAT = re.compile(
    # (a part of a day opening it: its day's name was read with "on", "on Monday | morning that")
    rf"(?i)(?:{_A_TIME}|(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)})|{_DAY_PART})(?:\s+(?:{_DAY_PART}))?,?\s+that\s+(?=\S)"
)
_THAT_AFTER_A_PLACE = re.compile(
    r"(?:from|in|at|on)\s+(?:[^\s,.;:\"\u201c]+\s+){1,12}?that\s+"
    rf"(?=[A-Z]|(?i:there|{'|'.join(sorted(SUBJECT_PRONOUNS | DETERMINERS))})\s)"
)
_WHEN_THEN_WHERE = re.compile(rf"(?:{_A_TIME}|(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)}))\s+(?=(?:from|in|at|on)\s)")
_AUDIENCE_TAIL = re.compile(
    r"\s*(?:[,.;]|$|(?:alongside|in|at|on|after|before|with|during|outside|via|from)\b"
    rf"|(?:{_A_TIME})\b)"  # ("told a news conference last night.": when, not what was said)
)
AUDIENCE_TAIL_CHARS = 120  # how far after who heard it a clause's verb is looked for
# After "told", who heard it: a noun phrase the next clause's subject or "that" ends ("told an
# Indonesian TV station he was dragged", "told the jury she had seen", "told the court that"); not
# one going on with "of" ("told the mother of the victim"), which is left as it was written.
_HEARER_OF_TOLD = re.compile(
    rf"(?i)\s*(?:{'|'.join(sorted(POSSESSIVE_PRONOUNS | {'a', 'an', 'the'}))})\s+"
    r"(?:(?!(?:of|for|to|with|that|who|which)\s)[\w'\u2019.&-]+\s+){0,3}?(?!(?:of|for|to|with)\b)[\w'\u2019.&-]+"
    rf"(?=\s*[,.;]|\s*$|\s+(?:that|in|at|on|there|{'|'.join(sorted(SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS | {'the', 'a', 'an'}))})\s)"
)
# After "told", who heard it named after its kind, with no article: "told broadcaster France24",
# "told state broadcaster RTS".
_KIND_THEN_OUTLET = re.compile(
    rf"\s*(?:[a-z]+\s+)?(?:{'|'.join(sorted(MEDIA_KIND_NOUNS))})\s+[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){{0,3}}"
)
# Where or when it was said, then "that" and the subject of what was said ("in a news
# conference Sunday night that the ..."; not "in the days that followed").
_THAT_AFTER_WHERE = re.compile(
    r"(?:[^\s,.;:\"\u201c]+\s+){1,8}?that\s+"
    rf"(?=[A-Z]|(?i:there|{'|'.join(sorted(SUBJECT_PRONOUNS | DETERMINERS))})\s)"
)
# What follows a saying's verb when it tells only when: "Wednesday morning.", "late Monday."
_ONLY_WHEN = re.compile(
    rf"(?i)\s*(?:(?:late|early|on)\s+)?(?:{'|'.join(WEEKDAY_NAMES)}|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*[.,;]?\s*"
)
# After who heard it, the subject of what was said ("... station he was dragged").
_SUBJECT_AFTER_HEARER = re.compile(
    rf"\s+(?=(?i:there|{'|'.join(sorted(SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS | {'the', 'a', 'an'}))})\s)"
)
# "told the Financial | Times of his intention": the hearer's name going on, then what was told of.
_NAME_GOES_ON_THEN_OF = re.compile(r"(?-i:[A-Z])[\w'\u2019.&-]*\s+of\s+(?=\S)")
_CAPITAL_WORD_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w'\u2019.&-]*\s+$")
_THAT_AFTER_AUDIENCE = re.compile(r"(?:\s+[^\s,.;:\"\u201c]+){0,6}?,?\s+that\s+(?=\S)")  # "... in Geneva that"
_SINCE_OR_THAN_BEFORE = re.compile(r"\b(?:since|until|than)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}$")
SINCE_OR_THAN_CHARS = 50
# "The Republican governor came to ...": a sentence whose subject is someone by a title, whom a
# "he" after it means.
_TITLED_SUBJECT_OPENS = re.compile(
    r"\s*(?:(?:But|And|However|Yet),?\s+)?The\s+(?:[\w-]+\s+){0,2}?(?i:" + _PERSON_NOUNS + r")\b(?![\w-]|\s+[A-Z])"
)
# "He said Manafort had ...": the name right after a saying is what was said, not who spoke.
_REPORTED_SUBJECT_BEFORE = re.compile(rf"(?i)\b(?:{SPEECH_VERBS_REPORTED})\s+(?:that\s+)?$")
# A sentence's subject pronoun: "He called ...", "And she dismissed ..." ("Another man said he
# was ..." has another subject).
_SUBJECT_PRONOUN = re.compile(rf"\s*(?:(?:{'|'.join(SENTENCE_OPENERS)}),?\s+)?(?:he|she|He|She)\b")
_OWNER_THEN_PRONOUN = re.compile(r"[A-Z][\w.-]*['\u2019]s?\s.{0,80}?\b(?:he|she)\b")
# "A doctor working in Idlib province, ...": a sentence that opens on someone new and unnamed.
# Or on one unnamed and no title, perhaps as what others report ("Police said the suspect was
# ...": not "The minister", who is likely someone named before).
_SOMEONE_UNNAMED = re.compile(
    r"\s*(?:(?:A|An)\s+(?:[\w-]+\s+){0,2}?(?:" + _PERSON_NOUNS + r")"
    r"|(?:[A-Z]\w+\s+(?:" + SPEECH_VERBS_REPORTED + r")\s+(?:that\s+)?)?[Tt]he\s+(?:[\w-]+\s+)?(?:"
    + _UNTITLED_PERSON_NOUNS + r"))\b"
)
# A capitalised name opening a sentence as its subject: set off by "who" or a description, or
# before a verb in the past ("Lai, who served as mayor, shared", "Roe arrived").
_NAME_SUBJECT_OPENS = re.compile(
    r"\s*(?P<first>[A-Z][a-z][\w'\u2019-]*)(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2}"
    r"(?:,\s+(?:who|whose|a|an|the)\s|\s+(?:[a-z]{3,}ed|was|has|had)\s)"
)
_NOT_A_NAME_OPENING = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(COLLECTIVE_SPEAKERS)
# A sentence whose subject is someone named after their role: "Sky News reporter Cordelia Lynch was".
_ROLE_THEN_A_NAME_SUBJECT = re.compile(
    rf"\s*(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}(?:{'|'.join(sorted(ROLE_NOUNS))})\s+"
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){1,2})\s+(?:was|is|has|had|[a-z]{3,}ed)\b"
)
# "During the briefing in Niamey, Woodke thanked ...": a phrase of time or place before the subject.
_PREPOSITIONS = "|".join(sorted(OBJECT_PREPOSITIONS))
_OPENING_PHRASE = re.compile(rf"\s*(?i:{_PREPOSITIONS})\s[^,.;:!?\u201c\u201d\"]{{1,60}},")


def _unregistered_subject(masked: str, start: int) -> bool:
    """Whether the sentence at `start` opens, perhaps after a phrase of time or place, on a name
    the registry did not find (the caller has found none), not a word that opens sentences
    ("The", "But", "In")."""
    opens = _NAME_SUBJECT_OPENS.match(masked, start)
    if opens is None:
        phrase = _OPENING_PHRASE.match(masked, start)
        opens = _NAME_SUBJECT_OPENS.match(masked, phrase.end()) if phrase else None
    if opens is None:
        return False
    first = opens.group("first")
    return first.lower() not in STOPWORDS and first not in SENTENCE_OPENERS and first.lower() not in _NOT_A_NAME_OPENING


_CAPITALISED = re.compile(r"[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2}")
_OPEN_MARKS = "\u201c\""
_QUOTATION_MARK = re.compile("[\u201c\u201d\"]")
# Matched where a name ends: "Roe's", and "the Roe campaign", "the Doe spokesman", where the
# name owns what speaks.
_OWNED = "|".join(sorted(OWNED_BY_NAME_NOUNS | RELATION_NOUNS, key=len, reverse=True))
_POSSESSIVE = re.compile(rf"['\u2019]s?\b|['\u2019]?\s+(?i:{_OWNED})\b")  # ("Combs' lawyer" too)
# Between a subject and its verb: an appositive set off by commas (", a friend of the victim,").
# Outlets often drop the closing comma; without it, a relative clause would own the verb
# ("Murphy, who the NYPD says is homeless"), so an unclosed one must not hold one, nor open on a
# verb or hold another subject ("The patient, Jo Roe, was ill and the hospital said": the
# hospital spoke).
_APPOSITIVE_GAP = re.compile(
    r"\s*,\s+(?!and\b|but\b|or\b)"
    rf"(?:(?:(?!(?:{'|'.join(sorted(AUXILIARY_VERBS))})\b)[^\s,.;:!?\u201c\u201d\"][^,.;:!?\u201c\u201d\"]{{0,159}},\s*){{1,2}}"
    # (two of them, and an adverb after: "Jo Roe, 38, who is pregnant, tearfully told"; not ",
    # 34, was arrested ..., says a source": the sentence's own verb)
    rf"(?:(?:[a-z]+ly|{'|'.join(sorted(ADVERBS_BEFORE_A_SAYING))})\s+)?"
    rf"|(?!(?:{'|'.join(sorted(AUXILIARY_VERBS))})\b)"
    r"(?![^,]*\b(?:who|whom|whose|which|that)\b|[^,]*\b(?:and|but|or)\s+(?:the|a|an|his|her|their|its)\s)"
    r"[^,.;:!?\u201c\u201d\"]{1,80})\s*"
)
# ", the agreement " before "said", no comma closing it: a thing of the sentence speaking ("Signed
# by X and Y, the agreement said ..."), not an appositive of the name before it, unless a
# person's noun is in it (", a friend of the victim said").
_A_THING_SPEAKS = re.compile(
    rf"\s*,\s+(?:the|a|an|this|its|their)\s+(?!(?:[\w'\u2019-]+\s+){{0,3}}?(?i:{_PERSON_NOUNS}|{_OWNED})\b)[^,]{{1,60}}"
)
# "Jo Roe of the winning party told AFP": a phrase after the name that says which Jo Roe.
_POSTMODIFIER_GAP = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[^,.;:!?\"\u201c\u201d]{1,60}?\s*")
_CLAUSE_WORD = re.compile(r"(?i)\b(?:and|but|or|while|when|after|before|because|although|though|then)\b|[;:]")
BEFORE_VERB_GAP_WORDS = 8  # at most this many words between "said" and an opening quote
# A name inside a relative clause set off by commas ("..., where X also worked, said"): not the
# subject of the verb after the clause ("..., where X said ...": X's own verb is inside it).
_IN_RELATIVE_CLAUSE = re.compile(r"(?i),\s*(?:where|who|whom|whose|which|when)\b[^,;]*$")
SUBJECT_GAP_WORDS = 2  # at most this many words between a speaker's name and "said"
# A name that is the object inside a relative clause ("A lawyer who has been assisting X said"):
# the clause's antecedent is the subject of the verb after it, not X.
_OBJECT_IN_RELATIVE_CLAUSE = re.compile(r"\bwho\s+(?:[a-z][\w'\u2019-]*\s+){1,8}(?:[A-Z][\w.]*\s+){0,2}$")


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker in one sentence of one source.

    `speaker` is a person's slug when the speaker is a registered person, else None;
    `speaker_form` is how the source named them ("" when no one is named, or, with
    `speaker_unread`, when the words before the saying could not be its speaker, so that the
    editor is asked whose the words are). `kind` is "direct" (the words in quotation
    marks, verbatim) or "indirect" (reported speech). `same_as` cites the same words as
    reported by other outlets; `group` numbers the set of quotes joined by those links (the
    position of its first quote in the Story's quotes), so that a view of the same words
    across outlets needs no second pass over the links.
    """

    speaker: str | None
    speaker_form: str
    text: str
    citation: Citation
    kind: str
    same_as: tuple[Citation, ...] = ()
    group: int | None = None
    speaker_unread: bool = False


@dataclass(frozen=True)
class _Span:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or len(text) when the paragraph leaves it open
    closed: bool


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    slug: str
    form: str
    possessive: bool


def source_quotes(source, by_sentence, resolve_name=None) -> list[Quote]:
    """Every attributed quotation and named reported speech in one source, in text order.

    `by_sentence` holds its mentions (with sentence offsets) by (source, sentence);
    `resolve_name(name)` turns a post author's name into a person's slug, or None. An over-long
    sentence (see `people.analysed`) is no quotation, and its paragraph is read without it.
    """
    found: list[Quote] = []
    carry: tuple[str | None, str] | None = None  # speaker of a quotation left open
    referents: list[_Referent] = []  # who was named (or heard) in the sentences so far
    pronouns = source_pronouns(source, by_sentence)
    went_on: tuple[str, str] | None = None  # (slug, form) whose quotation closed the paragraph before
    for index, (block, ids) in enumerate(zip(source.blocks, source.block_sentences)):
        heard_last, went_on = went_on, None
        if not ids:
            carry = None
            continue
        if block.kind == "embed":
            carry = None
            slug = resolve_name(block.author) if (resolve_name and block.author) else None
            for sid in ids:
                sentence = source.sentence(sid)
                if not analysed(sentence.text):
                    continue
                citation = Citation(source.id, sid, sentence.text)
                found.append(Quote(slug, block.author or "", sentence.text, citation, "direct"))
            continue
        if not any(source.sentence(sid).outlets_own for sid in ids):
            # A caption (or text the editor marked as not the article) may quote someone, but
            # it is not the outlet's report of who said what: cited where shown, never credited.
            carry = None
            continue
        tag = TRANSCRIPT_TAG.match(block.text)
        speaker = resolve_name(_spoken_name(tag.group("name"))) if (tag and resolve_name) else None
        if speaker is not None:
            # "HAVARD GRIP: To see it now finally happen on Mars ...": a transcript's line, all of
            # it the words of the registered person its tag names.
            carry = None
            found.extend(_transcript_quotes(source, ids, speaker, _spoken_name(tag.group("name"))))
            continue
        paragraph = _Paragraph(source, block.text, ids, by_sentence, pronouns)
        quotes, carry = _paragraph_quotes(source.id, paragraph, carry, referents, index)
        if not quotes and heard_last is not None and _ALL_QUOTED.fullmatch(block.text):
            # '"I am proud of them," Kolisi said.' then '"Credit to my boys too ..."': a paragraph
            # that is all one quotation, after one closing the paragraph before (or a line that
            # names its speaker and leads into it), goes on with it.
            quotes = _quotation_going_on(source, ids, *heard_last)
        quotes = [_unread_when_named_inside(q, source, by_sentence) for q in quotes]
        found.extend(quotes)
        last = quotes[-1] if quotes else None
        if last is not None and last.speaker and last.kind == "direct" and last.citation.sentence == ids[-1]:
            went_on = last.speaker, last.speaker_form
        elif not quotes and resolve_name and (lead := _NAME_AND_ROLE_LEAD_IN.match(block.text)):
            # "Shawn Siu, Evergrande Chief Executive Officer:" over the quotations he gave
            slug = resolve_name(lead.group("name"))
            went_on = (slug, lead.group("name")) if slug is not None else None
    return found


def _unread_when_named_inside(quote: Quote, source, by_sentence) -> Quote:
    """A quotation whose own words name its speaker with a courtesy title ("... my overall
    judgement that Mr Zahawi's conduct as a minister has fallen below the high standards", given
    to Zahawi by "he said") is someone else's words about them: the rules cannot tell whose, so
    no one is named."""
    if quote.speaker is None or quote.kind != "direct":
        return quote
    sentence = source.sentence(quote.citation.sentence).text
    at = sentence.find(quote.text)
    if at < 0:
        return quote
    named = by_sentence.get((quote.citation.source, quote.citation.sentence), ())
    if any(m.person == quote.speaker and at <= m.start < at + len(quote.text)
           and (_COURTESY_TITLE_BEFORE.search(sentence, max(0, m.start - 6), m.start) or _COURTESY_TITLE_OPENS.match(m.form))
           for m in named):
        return replace(quote, speaker=None, speaker_form="", speaker_unread=True)
    return quote


# "Mr Zahawi" in someone's words is spoken of, not speaking ("the Nash's will be rooting",
# "my duties as the Emperor" may be the speaker's own).
_COURTESY_TITLE = rf"(?i:{'|'.join(sorted({t.rstrip('.') for t in COURTESY_TITLES}))})\.?"
_COURTESY_TITLE_BEFORE = re.compile(rf"\b{_COURTESY_TITLE}\s+$")
_COURTESY_TITLE_OPENS = re.compile(rf"{_COURTESY_TITLE}\s")


_NAME_AND_ROLE_LEAD_IN = re.compile(NAME_AND_ROLE_LEAD_IN)
# A paragraph that is one quotation and nothing else, marks and all.
_ALL_QUOTED = re.compile(r"\s*[\u201c\"][^\u201c\u201d\"]+[\u201d\"]\s*")


def _quotation_going_on(source, ids, speaker: str, form: str) -> list[Quote]:
    """Each sentence of a paragraph that is one quotation, as the words of who spoke before it."""
    quotes = []
    for sid in ids:
        text = source.sentence(sid).text
        words = text.strip().strip("\u201c\u201d\"").strip()
        if analysed(text) and words:
            quotes.append(Quote(speaker, form, words, Citation(source.id, sid, text), "direct"))
    return quotes


# A transcript's speaker tag opening a line: a name in capitals, two to four words, and a colon.
TRANSCRIPT_TAG = re.compile(r"(?P<name>[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]*){1,3}):\s+(?=\S)")


def _spoken_name(tag: str) -> str:
    return " ".join(word[:1] + word[1:].lower() for word in tag.split())


def _transcript_quotes(source, ids, speaker: str, form: str) -> list[Quote]:
    """Each sentence of a transcript's line as its speaker's words, the tag left out."""
    quotes = []
    for sid in ids:
        text = source.sentence(sid).text
        if not analysed(text):
            continue
        tag = TRANSCRIPT_TAG.match(text)
        words = text[tag.end() :].strip() if tag else text
        if words:
            quotes.append(Quote(speaker, form, words, Citation(source.id, sid, text), "direct"))
    return quotes


# "Long said on \u201cToday.\u201d", "told CBS's \u201cFace the Nation\u201d": a programme's or a paper's name.
# (and "NBC News' "; "a reporter for \u201cVijesti\u201d", "from \u201cThe Times\u201d")
_TITLE_BEFORE = re.compile(rf"(?i)(?:\bon|['\u2019]s|(?<=s)['\u2019]|\btold|\bin|\bfor|\bfrom|\b(?:{NAMING_WORDS}))\s*$")
TITLE_MAX_WORDS = 4
# Titles listed: "whose hits include “Early Morning Rain” and “The Wreck of the Edmund
# Fitzgerald”": after the works' noun and "include", or after another title and "and".
_TITLES_LISTED_BEFORE = re.compile(r"(?i)\b(?:hits|songs|works|films|books|albums|titles|singles)\s+(?:such\s+as|like|including|include[sd]?)\s*$")
_ANOTHER_TITLE_BEFORE = re.compile(r"[\u201d\"],?\s+(?:and|or)\s*$")
LISTED_TITLE_MAX_WORDS = 8


def _names_a_title(text: str, span) -> bool:
    """Whether the quotation marks hold a title after "on", "told" or a possessive: a few
    words, each capitalised but the small ones and signs ("&")."""
    inner = text[span.open + 1 : span.close].strip().rstrip(".,")
    parts = inner.split()
    listed = _ANOTHER_TITLE_BEFORE.search(text, max(0, span.open - 20), span.open) is not None \
        or _TITLES_LISTED_BEFORE.search(text, max(0, span.open - 20), span.open) is not None
    if not 1 <= len(parts) <= (LISTED_TITLE_MAX_WORDS if listed else TITLE_MAX_WORDS) \
            or not (parts[0][:1].isupper() or parts[0][:1].isdigit()):
        return False  # (a title may open on a figure: "60 Minutes")
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS or not any(c.isalpha() for c in w) for w in parts):
        return False  # ("Varney & Company": a sign between capitalised words is no word of speech)
    if listed or _TITLE_BEFORE.search(text, max(0, span.open - 20), span.open):
        return True
    # "part of the \u201cBlack Lives Matter\u201d movement", "the \u201cStudents in Blockade\u201d Instagram page": a
    # name between a determiner and the noun it names
    noun = _NOUN_RIGHT_AFTER.match(text, span.close + 1)
    return bool(noun and _DETERMINER_RIGHT_BEFORE.search(text, max(0, span.open - 8), span.open)
                and not _INDIRECT.fullmatch(noun.group(1)))


# "Sources said to be “close to the investigation”": the outlet's words for them, not theirs
_SAID_TO_BE_BEFORE = re.compile(r"(?i)\b(?:said|thought|believed|reported|understood)\s+to\s+be\s*$")
SAID_TO_BE_CHARS = 30
_NOUN_RIGHT_AFTER = re.compile(r"[ \t]+([A-Za-z]{3,})\b")  # ("the \u201cStudents in Blockade\u201d Instagram page")
_DETERMINER_RIGHT_BEFORE = re.compile(r"(?i)\b(?:the|an?|its|his|her|their)\s+$")
_CROWD_BEFORE = re.compile(rf"(?i)\b(?:{CROWD_WORDS_BEFORE})\s*:?\s*$")


def _crowds_words(text: str, span) -> bool:
    """Whether the quotation marks hold what a crowd chanted or a sign read ("to chants of
    \u201cStrike!\u201d"): no one person's words, whoever the sentence says spoke."""
    return bool(_CROWD_BEFORE.search(text, max(0, span.open - 30), span.open))


_GLOSS_BEFORE = re.compile(rf"(?:(?i:\b(?:{phrase_alternation(GLOSS_WORDS_BEFORE)}))\s*:?|\()\s*$")


def _glosses_a_word(text: str, span) -> bool:
    """Whether the quotation marks give what a word or a name means ("a nickname for “Yours
    Only George”", "#NiUnaMenos (“Not one woman less”)"): nobody's words."""
    return bool(_GLOSS_BEFORE.search(text, max(0, span.open - 30), span.open)) \
        or bool(_GLOSSED_LIST_BEFORE.search(text, max(0, span.open - GLOSSED_LIST_CHARS), span.open))


# 'used the terms “bird strike” and “go-around,”': the second of the terms named is no one's words either
GLOSSED_LIST_CHARS = 90
_GLOSSED_LIST_BEFORE = re.compile(
    rf"(?i:\b(?:{phrase_alternation(GLOSS_WORDS_BEFORE)}))\s*:?\s*[\u201c\"][^\u201c\u201d\"]{{1,40}}[\u201d\"],?\s+(?:and|or)\s+$"
)


_FIRST_NAME_BEFORE = re.compile(r"\b[A-Z][a-z'\u2019.-]+\s*$")
_SURNAME_AFTER = re.compile(r"\s*[A-Z][a-z]")
NICKNAME_WORDS = 2


def _a_nickname(text: str, span) -> bool:
    """Whether the quotation marks hold a nickname inside a name (Cerelyn “CJ” Davis): a
    word or two, capitalised, between a first name and a surname; nobody's words."""
    inner = text[span.open + 1 : span.close].split()
    return (
        1 <= len(inner) <= NICKNAME_WORDS
        and all(w[:1].isupper() for w in inner)
        and bool(_FIRST_NAME_BEFORE.search(text, max(0, span.open - 30), span.open))
        and bool(_SURNAME_AFTER.match(text, span.close + 1))
    )


# "Jiang said the ministry's claim that the embassy “brought Chen in” is absurd": words the
# sentence gives to another's claim, not to whoever says the sentence.
_ANOTHERS_CLAIM_BEFORE = re.compile(
    rf"(?i)['\u2019]s?\s+(?:{phrase_alternation(CLAIM_NOUNS)})\s+that\s+(?:[^\s\"\u201c\u201d]+\s+){{0,8}}$"
)
ANOTHERS_CLAIM_CHARS = 90


def _anothers_claim(text: str, span) -> bool:
    return bool(_ANOTHERS_CLAIM_BEFORE.search(text, max(0, span.open - ANOTHERS_CLAIM_CHARS), span.open))


# "Tillerson had privately called the president a \u201cmoron.\u201d": the word is what the one
# named before "called" called someone, whoever else the sentence quotes.
_CALLED_BEFORE = re.compile(
    rf"(?:\s+(?:{'|'.join(WORDS_BEFORE_A_CALLING_VERB)})){{0,3}}"
    rf"\s+(?:{'|'.join(CALLING_VERBS)})\s+(?:[^\s\"\u201c\u201d]+\s+){{0,6}}"
)
CALLER_CHARS = 120
_PARTICIPLE_OPENS = re.compile(r"[\"\u201c]\s*[a-z]+ing\b")
CALLER_NAMES_BACK = 3


def _caller(para, span):
    """The registered person named just before "called ... a \u201c...\u201d" when the quotation is
    what they called someone (a name between them is the one called: "called Trump a
    \u201cmoron\u201d"). Words opening on a participle are no name for anyone: "X called him
    \u201ccongratulating me\u201d" tells of a call, in the words of whoever reports it."""
    if _PARTICIPLE_OPENS.match(para.text, span.open):
        return None
    for tried, name in enumerate(para.names_back(max(0, span.open - CALLER_CHARS), span.open)):
        if tried == CALLER_NAMES_BACK:
            break
        if _CALLED_BEFORE.fullmatch(para.text, name.end, span.open):
            return name
    return None


# "Addressing Netanyahu, he said": the person a sentence's opening participle acts on, whom the
# "he" that follows is speaking to, not the "he".
_OPENING_PARTICIPLE = re.compile(r"\s*[\"\u201c]?[A-Z][a-z]+ing\s+(?:(?:the|his|her|[A-Z][a-z]*\.?)\s+){0,3}")
OPENING_PARTICIPLE_CHARS = 60


def _acted_on_by_an_opening_participle(text: str, start: int, at: int) -> bool:
    """Whether the name at `at` is what the participle opening the sentence at `start` acts on
    ("Defending the Bairstow dismissal, he added"), not a subject."""
    return at - start <= OPENING_PARTICIPLE_CHARS and _OPENING_PARTICIPLE.fullmatch(text, start, at) is not None

_WORD_RUN = re.compile(r"\S+")
_BLANK = re.compile(r"\s*")
# How far before an attribution verb its speaker is looked for: a name whose gap to the verb
# is at most two words or one appositive (", a friend of the victim,") is nearer than this.
SPEAKER_CHARS = 300


class _Paragraph:
    """One paragraph: its text, its sentences' offsets, names and quotation spans.

    Whatever is asked of it -- the sentence that holds an offset, whether an offset is quoted,
    the names in a range, the last attribution verb before a quotation, the words between two
    offsets -- is answered by bisection over lists made once, so that a paragraph of many
    quotations, names or "said"s is read in time proportional to its length. An over-long
    sentence (`analysed`) is blanked out: it holds no quotation mark, name or sentence to cite.
    """

    def __init__(self, source, text, ids, by_sentence, pronouns: dict[str, str] | None = None):
        self.pronouns = pronouns or {}  # {slug: "he" or "she"}, where the source shows it
        self.sentences: list[tuple[int, int, str]] = []
        blanked: list[tuple[int, int]] = []
        cursor = 0
        for sid in ids:
            sentence_text = source.sentence(sid).text
            start = text.find(sentence_text, cursor)
            if start < 0:
                start = cursor
            if analysed(sentence_text):
                self.sentences.append((start, start + len(sentence_text), sid))
            else:
                blanked.append((start, min(start + len(sentence_text), len(text))))
            cursor = start + len(sentence_text)
        if blanked:
            pieces, kept = [], 0
            for start, end in blanked:
                pieces += [text[kept:start], " " * (end - start)]
                kept = end
            text = "".join(pieces) + text[kept:]
        self.text = text
        self.ends = [end for _, end, _ in self.sentences]
        self.names: list[_Name] = []
        for start, _, sid in self.sentences:
            for m in by_sentence.get((source.id, sid), ()):
                begin = start + m.start
                end = begin + len(m.form)
                self.names.append(_Name(begin, end, m.person, m.form, bool(_POSSESSIVE.match(text, end))))
        self.names.sort(key=lambda n: n.start)  # in text order already; bisection relies on it
        self.name_starts = [n.start for n in self.names]
        self.spans = quotation_spans(text)
        self.opens = [s.open for s in self.spans]
        self.closes = [min(s.close, len(text) - 1) for s in self.spans]  # where each is read as closed
        masked = list(text)
        for span in self.spans:
            for i in range(span.open + 1, min(span.close, len(text))):
                masked[i] = " "
        self.masked = "".join(masked)
        self._verbs: tuple[list[int], list[int]] | None = None  # made when first asked for
        self._words: tuple[list[int], list[int]] | None = None
        self._subjects: dict[int, tuple] = {}

    def sentence_at(self, offset: int) -> tuple[int, int, str]:
        index = bisect_right(self.ends, offset)
        return self.sentences[index] if index < len(self.sentences) else self.sentences[-1]

    def quoted(self, offset: int) -> bool:
        # The spans are in order and apart: only the last to open before `offset` may hold it.
        index = bisect_left(self.opens, offset) - 1
        return index >= 0 and offset < self.spans[index].close

    def spans_in(self, start: int, end: int) -> list[int]:
        """The quotations that open or close (as `closes` reads it) in text[start:end], in order."""
        opening = range(bisect_left(self.opens, start), bisect_left(self.opens, end))
        closing = range(bisect_left(self.closes, start), bisect_left(self.closes, end))
        return sorted(set(opening) | set(closing))

    def names_between(self, start: int, end: int) -> list[_Name]:
        found = []
        for index in range(bisect_left(self.name_starts, start), len(self.names)):
            name = self.names[index]
            if name.start > end:
                break
            if name.end <= end and not self.quoted(name.start):
                found.append(name)
        return found

    def names_back(self, start: int, end: int):
        """`names_between(start, end)` from the last, one at a time."""
        index = bisect_right(self.name_starts, end)
        while index > 0:
            index -= 1
            name = self.names[index]
            if name.start < start:
                return
            if name.end <= end and not self.quoted(name.start):
                yield name

    def last_verb(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the last attribution verb in masked[start:end], or None."""
        if self._verbs is None:
            found = [m.span() for m in _VERB.finditer(self.masked)]
            self._verbs = [a for a, _ in found], [b for _, b in found]
        starts, ends = self._verbs
        index = bisect_right(ends, end) - 1
        return (starts[index], ends[index]) if index >= 0 and starts[index] >= start else None

    def words_in(self, start: int, end: int) -> int:
        """len(masked[start:end].split()), counted by bisection."""
        if start >= end:
            return 0
        if self._words is None:
            found = [m.span() for m in _WORD_RUN.finditer(self.masked)]
            self._words = [a for a, _ in found], [b for _, b in found]
        starts, ends = self._words
        return max(0, bisect_left(starts, end) - bisect_right(ends, start))

    def _may_be_subject(self, name: _Name, start: int) -> bool:
        """Not a possessive, not the object of a preposition, not the subject of reported words
        ("He said Manafort had committed crimes": Manafort is what he said)."""
        return not (
            name.possessive or _object_of_preposition(self.text, name.start, start)
            or _REPORTED_SUBJECT_BEFORE.search(self.text, max(start, name.start - 16), name.start)
            or _acted_on_by_an_opening_participle(self.text, start, name.start)
        )

    def subjects_before(self, at: int):
        """The last name before `at` in its sentence that may be the sentence's subject (not a
        possessive, not the object of a preposition), and whether all such names are one
        person's; None when there is none. Each sentence's names are read once."""
        start, end, _ = self.sentence_at(at)
        if at > end:
            names = [n for n in self.names_between(start, at) if self._may_be_subject(n, start)]
            return (names[-1], len({n.slug for n in names}) == 1) if names else None
        entry = self._subjects.get(start)
        if entry is None:
            names = [n for n in self.names_between(start, end) if self._may_be_subject(n, start)]
            reach, one_person, farthest = [], [], -1
            for name in names:
                farthest = max(farthest, name.end)
                reach.append(farthest)
                one_person.append((not one_person or one_person[-1]) and name.slug == names[0].slug)
            entry = self._subjects[start] = (names, [n.start for n in names], reach, one_person)
        names, starts, reach, one_person = entry
        count = bisect_right(starts, at)
        if count and reach[count - 1] > at:  # a name runs past `at`: leave it out
            names = [n for n in names[:count] if n.end <= at]
            return (names[-1], len({n.slug for n in names}) == 1) if names else None
        return (names[count - 1], one_person[count - 1]) if count else None


def quotation_spans(text: str) -> list[_Span]:
    """Where quotation marks open and close in a paragraph (curly or straight)."""
    spans = []
    open_at = None
    marks = [(m.start(), m.group()) for m in _QUOTATION_MARK.finditer(text)]  # only the marks
    nested = 0
    for n, (i, ch) in enumerate(marks):
        if open_at is None:
            # (a straight mark after a word, or after a stop and before who said it, closes a
            # quotation, never opens one: "'That's what friends are for," Jaishankar replied")
            if ch in _OPEN_MARKS and not (ch == '"' and i > 0 and (
                    text[i - 1].isalnum() or text[i - 1] in ",.!?;" and _NAME_THEN_SAYING.match(text, i + 1))):
                open_at = i
        elif ch == "\u201c" and text[open_at] == "\u201c" and _nested(marks, n):
            nested += 1  # 'Shrimp (\u201cUES\u201d) promotion was ...\u201d': a short quotation inside the long one
        elif ch in "\u201d\"" and nested:
            nested -= 1
        elif ch in "\u201d\"":
            spans.append(_Span(open_at, i, True))
            open_at = None
    if open_at is not None:
        # A noun phrase quoted after its article, never closed ('which she said was the "lowest
        # possible outcome. It is now spent'): it ends with its sentence, and the outlet's next
        # sentence is no one's words. (A quotation after a saying, '... said "we were the better
        # team. Unfortunately ...', may run on to the next paragraph, as outlets write a long one.)
        phrase_end = _PHRASE_END.search(text, open_at) \
            if _LOWER_CASE_OPENING.match(text, open_at + 1) and _DETERMINER_BEFORE.search(text, max(0, open_at - 8), open_at) \
            else None
        spans.append(_Span(open_at, phrase_end.start(), True) if phrase_end else _Span(open_at, len(text), False))
    return spans


_LOWER_CASE_OPENING = re.compile(r"[a-z]")
_NAME_THEN_SAYING = re.compile(rf"\s+(?:[A-Z][\w.'\u2019-]*\s+){{1,3}}(?:{SPEECH_VERBS_REPORTED}|replied|wrote|asked)\b")
_DETERMINER_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(DETERMINERS))})\s+$")
_PHRASE_END = re.compile(r"[.!?](?=\s|$)")


NESTED_QUOTE_CHARS = 40  # a quotation inside another is a few words: a name, a term


def _nested(marks: list[tuple[int, str]], n: int) -> bool:
    """Whether the opening mark `marks[n]`, inside an open quotation, opens a short one within it:
    it closes soon, and another closing mark follows for the outer one."""
    return (
        n + 2 < len(marks) and marks[n + 1][1] == "\u201d" and marks[n + 1][0] - marks[n][0] <= NESTED_QUOTE_CHARS
        and marks[n + 2][1] == "\u201d"
    )


def _paragraph_quotes(source_id, para: _Paragraph, carry, referents, block_index):
    """The quotes of one paragraph, sentence by sentence, so that a pronoun is resolved
    against the people named (or heard) in the sentences before it."""
    text = para.text
    speakers: list[tuple[str | None, str] | None] = [None] * len(para.spans)
    quotes: list[tuple[Quote, int]] = []  # each with where its words start in the paragraph
    for start, end, sid in para.sentences:
        heard: list[tuple[str, str]] = []
        in_sentence = para.spans_in(start, end)
        for number in in_sentence:
            span = para.spans[number]
            if speakers[number] is not None or not (start <= para.closes[number] < end):
                continue
            speaker = _attribution(para, number, referents, block_index)
            if speaker is None and number == 0 and carry and not text[: span.open].strip():
                speaker = carry
            speakers[number] = speaker
        # A quote with no attribution of its own shares the speaker of another quote in the
        # same sentence ("'very happy' and 'thankful,' Khomich told Reuters"); one that opens
        # a sentence goes on from the quote before it in the paragraph.
        first = next((i for i, o in enumerate(in_sentence) if speakers[o]), None)  # the first heard
        for position, number in enumerate(in_sentence):
            span = para.spans[number]
            if speakers[number] is not None or not (start <= para.closes[number] < end):
                continue
            shared = speakers[in_sentence[first]] if first is not None else None
            if shared is not None and _another_subject_between(text, span, para.spans[in_sentence[first]]):
                shared = None  # "X warned it 'made a mistake', as Tehran condemned the 'aggression'"
            if shared is None and number > 0 and speakers[number - 1]:
                opened_at = para.sentence_at(span.open)[0]
                if (opened_at >= span.open or _BLANK.match(para.masked, opened_at, span.open).end() == span.open) \
                        and not _another_heard_since(referents, speakers[number - 1], sid):
                    shared = speakers[number - 1]
            speakers[number] = shared
            if shared and (first is None or position < first):
                first = position
        for number in in_sentence:
            if speakers[number] and speakers[number][0]:
                heard.append(speakers[number])
        clause_at = end
        if not in_sentence:
            reported = _indirect(source_id, para, start, end, sid, referents, block_index)
            if reported:
                clause_at = text.find(reported.text, start)
                quotes.append((reported, clause_at))
                heard.append((reported.speaker, reported.speaker_form))
        asides = _asides(text, start, end)
        named = [n for n in para.names_between(start, clause_at)
                 if not n.possessive and not _object_of_preposition(text, n.start, start)
                 and not any(a <= n.start < b for a, b in asides)
                 # ("Defending the Bairstow dismissal, he added": what the opening participle acts on)
                 and not _acted_on_by_an_opening_participle(text, start, n.start)]
        # "And he dismissed concerns about X. He said ...": a sentence whose subject is a
        # pronoun names its X as an object, so the next "he" is the pronoun's person (as far as
        # it can be told), or no one, not X alone.
        pronoun = None if heard else _SUBJECT_PRONOUN.match(para.masked, start, named[0].start if named else clause_at)
        if pronoun is not None:
            resolved = _resolve_pronoun(para, pronoun.start(), referents, block_index, pronoun.group().split()[-1])
            referents.append(_Referent(block_index, sid, resolved[0] if resolved else None, pronoun.group(), heard=False))
        if pronoun is None and not heard and not named and _OWNER_THEN_PRONOUN.search(para.masked, start, clause_at):
            # "When it was Osaka's turn she seemed at a loss.": the "she" is likely the owner,
            # not whoever was heard before; the next "she said" is left unsaid.
            referents.append(_Referent(block_index, sid, None, "", heard=False))
        elif pronoun is None and not heard and not named and _unregistered_subject(para.masked, start):
            # "Lai, who previously served as mayor, shared his goals. He pledged ...": the "he" is
            # likely that one, whom the registry does not know, not whoever was named before.
            referents.append(_Referent(block_index, sid, None, "", heard=False))
        elif pronoun is None and not heard and not named and _SOMEONE_UNNAMED.match(para.masked, start):
            # "A doctor working in Idlib ... posted a video. He claims ...": the "he" is likely the
            # doctor, not whoever was named before; the next "he said" is left unsaid.
            referents.append(_Referent(block_index, sid, None, "", heard=False))
        if not heard and named and (role := _ROLE_THEN_A_NAME_SUBJECT.match(para.masked, start)) is not None \
                and not any(n.end > role.start("name") for n in para.names_between(start, role.end("name"))):
            # "Sky News reporter Cordelia Lynch was on the scene, having just interviewed Khan":
            # the subject, whom the registry does not know, may be the next "she said", not Khan
            referents.append(_Referent(block_index, sid, None, "", heard=False))
        for name in named:
            if _SINCE_OR_THAN_BEFORE.search(text, max(start, name.start - SINCE_OR_THAN_CHARS), name.start):
                # "the first time since Morocco's Khalid Khannouchi in 1999": someone of another
                # time, not whom the next "he said" means; that "he" is left unsaid.
                referents.append(_Referent(block_index, sid, None, "", heard=False))
            else:
                referents.append(_Referent(block_index, sid, name.slug, name.form, heard=False))
        if not heard and (_UNNAMED_SAID_AT_END.search(para.masked, start, end)
                          or (named and _UNNAMED_SAYS_AT_START.match(para.masked, start, end))):
            # "..., the coup leaders said.", "But the magistrate also said ... Mr Pistorius ...": the
            # last heard were unnamed; a "he said" after them is not the person the sentence named.
            referents.append(_Referent(block_index, sid, None, "", heard=True))
        for slug, form in heard:
            referents.append(_Referent(block_index, sid, slug, form, heard=True))
    for span, speaker in zip(para.spans, speakers):
        if speaker is None or _names_a_title(text, span) or _crowds_words(text, span) or _glosses_a_word(text, span) \
                or _anothers_claim(text, span) or _a_nickname(text, span) \
                or _SAID_TO_BE_BEFORE.search(text, max(0, span.open - SAID_TO_BE_CHARS), span.open):
            continue
        caller = _caller(para, span)
        if caller is not None:
            speaker = (caller.slug, caller.form)
        slug, form = speaker
        unread = False
        if slug is None:
            form = speaker_phrase(form)
            unread = not form
        for index in range(bisect_right(para.ends, span.open + 1), len(para.sentences)):
            start, end, sid = para.sentences[index]
            if start >= span.close:
                break
            a, b = max(span.open + 1, start), min(span.close, end)
            if a >= b:
                continue
            piece = text[a:b].strip().strip('"\u201c\u201d').strip().rstrip(",").strip()
            if not words(piece):
                continue
            quote = Quote(slug, form, piece, Citation(source_id, sid, piece), "direct", speaker_unread=unread)
            quotes.append((quote, text.find(piece, a)))
    order = {sid: i for i, (_, _, sid) in enumerate(para.sentences)}
    quotes.sort(key=lambda pair: (order[pair[0].citation.sentence], pair[1]))
    last = para.spans[-1] if para.spans else None
    carry = speakers[-1] if last is not None and not last.closed else None
    return [quote for quote, _ in quotes], carry


# ", as Tehran condemned", ", while the ministry called": a clause with a subject of its own,
# whose quotation is not the other clause's speaker's.
# (", while the main opposition Democratic Party welcomed it": a subject after "the", in any case)
_ANOTHER_SUBJECT = re.compile(
    rf",\s+(?:{'|'.join(CONTRASTING_CONJUNCTIONS)})\s+"
    r"(?:the\s+(?:[\w'\u2019.-]+\s+){0,4}?|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+"
    # ("while Dublin's lord mayor described it as": an owner and the title of the one it owns)
    r"|[A-Z][\w.-]*['\u2019]s\s+(?:[a-z][\w-]*\s+){1,3}?)"
    r"(?:[a-z]+ed|[a-z]+s)\b"
)


def _another_subject_between(text: str, span, other) -> bool:
    """ "..., as Tehran condemned", or a saying that opens the later quotation with a colon
    ('writing: “Simply the best” while actor Jo Roe tweeted: “Long live the Queen!”')."""
    a, b = (other.close, span.open) if other.close < span.open else (span.close, other.open)
    return _ANOTHER_SUBJECT.search(text, a, b) is not None or _ANOTHERS_SAYING_OPENS.match(text[a + 1 : b]) is not None


# ' while actor Jo Roe tweeted: ': another clause's saying, its colon opening the next quotation
# (not ' Scholz said in English, then continued in German: ', the same speaker's).
_ANOTHERS_SAYING_OPENS = re.compile(
    rf"[\s,]*(?:{'|'.join(CONTRASTING_CONJUNCTIONS)})\s[^\"\u201c\u201d.;]{{0,80}}?\b(?:{SPEECH_VERBS_BEFORE_QUOTE})\s*:\s*$",
    re.IGNORECASE,
)


_ASIDE_MARK = re.compile(r"\s[-\u2013\u2014]\s|[()]")


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The asides of a sentence, between two spaced dashes or in brackets ("the third man - after
    Brazil's Mario Zagallo and Germany's Franz Beckenbauer - to win it"): who is named there is
    not whom a later "he" means."""
    found, opened = [], None
    for mark in _ASIDE_MARK.finditer(text, start, end):
        sign = mark.group().strip()
        if sign == "(":
            opened = mark.start()
        elif sign == ")":
            if opened is not None:
                found.append((opened, mark.end()))
            opened = None
        elif opened is None:
            opened = mark.start()
        elif text[opened] != "(":
            found.append((opened, mark.end()))
            opened = None
    return found


def _another_heard_since(referents, speaker, sid: str) -> bool:
    """ "'...,' he added. Coach Jo Roe said they were sad. 'We played well ...'": someone else
    was heard in a sentence between a quotation and the one that opens after it."""
    last = referents[-1] if referents else None
    return last is not None and last.heard and last.sentence != sid and last.slug != speaker[0]


@dataclass(frozen=True)
class _Referent:
    """A person a later "he" or "she" may mean: named in, or heard speaking in, one sentence."""

    block: int
    sentence: str
    slug: str | None
    form: str
    heard: bool


def _attribution(para: _Paragraph, number: int, referents, block_index):
    """The speaker the paragraph's quotation `number` is attributed to, as (slug or None,
    form), or None."""
    text = para.text
    span = para.spans[number]
    start, _, _ = para.sentence_at(span.open)
    verb = para.last_verb(start, span.open)
    if verb is not None and _PASSIVE_BEFORE.search(text, max(start, verb[0] - 20), verb[0]):
        # 'All four hostages were declared "out alive and safe" by Governor Jo Roe': the speaker
        # is the one after "by", not the subject the words were said of
        by = _BY_AFTER.match(text, span.close + 1) if span.closed else None
        if by is None:
            return None
        _, end, _ = para.sentence_at(span.close)
        return _speaker_after(para, by.end(), end)
    if verb is not None and _ANOTHER_HEARD_SAYING.search(text, verb[1], span.open):
        # 'Van Breen told KPIX 5 he heard someone shout, "Why are you doing this?"', 'He said the
        # person responded, "..."': the words of whoever the teller heard, not the teller's
        return None, ""
    if verb is not None and para.words_in(verb[1], span.open) == 0:
        # 'the extremists said "this is a warning," resident X told reporters': words quoted
        # right after a saying are that speaker's; the attribution after them reports the whole.
        return _speaker_before(para, start, verb[0], referents, block_index)
    if span.closed:
        _, end, _ = para.sentence_at(span.close)
        after_start = span.close + 1
        next_open = para.opens[number + 1] if number + 1 < len(para.opens) else len(text)
        region_end = min(end, next_open)
        region = text[after_start:region_end]
        if next_open == region_end < end and _ANOTHERS_SAYING_OPENS.match(region):
            region = ""  # the attribution after these words opens the next quotation (see below)
        first = _AFTER_VERB_FIRST.match(region)
        if first:
            return _speaker_after(para, after_start + first.end(), region_end)
        subject = _AFTER_SUBJECT_FIRST.match(region)
        if subject:
            verb_at = after_start + subject.start("verb")
            return _speaker_before(para, after_start, verb_at, referents, block_index)
        set_off = _AFTER_SUBJECT_SET_OFF.match(region)
        if set_off:  # the subject before its appositive, not a name inside it ("an early Basquiat collector")
            return _speaker_before(para, after_start, after_start + set_off.end("subject"), referents, block_index)
        described = _AFTER_DESCRIPTION_THEN_NAME.match(region)
        if described:  # '"...," the group's chair, Jo Roe, said': the name set off after its title
            return _speaker_before(para, after_start + described.start("subject"),
                                   after_start + described.end("subject"), referents, block_index)
    if verb is not None and para.words_in(verb[1], span.open) <= BEFORE_VERB_GAP_WORDS:
        return _speaker_before(para, start, verb[0], referents, block_index)
    return None


_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$")
# An unnamed one's outcry or answer the teller reports, just before the quotation.
_ANOTHER_HEARD_SAYING = re.compile(
    r"\b(?:someone|somebody|(?:the|a|an)\s+(?:person|man|woman|boy|girl|gunman|crowd|voice|stranger))\s+"
    r"(?:shout(?:ed|ing)?|scream(?:ed|ing)?|yell(?:ed|ing)?|cr(?:y|ied|ying)|respond(?:ed)?|repl(?:y|ied)|ask(?:ed)?)"
    r"\s*[,:]?\s*$"
)
_BY_AFTER = re.compile(r"[,\s]*by\s+")
_TRAILING_CAPITALS = re.compile(r"((?:[A-Z][\w\u2019'.-]*\s+){1,3})(?:also\s+)?$")


# A verb's object: a name right after a word in lower case that is no preposition, article,
# pronoun or conjunction ("fatally shot Botham Jean", not "Thomas Markle and Doria Ragland").
_VERB_JUST_BEFORE = re.compile(
    rf"\b(?!(?:{'|'.join(sorted(OBJECT_PREPOSITIONS | DETERMINERS | set(CLAUSE_CONJUNCTIONS)))})\b)"
    r"[a-z]{3,}\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}$"
)
_GENERATION_AFTER = re.compile(rf"^,?\s*(?i:{'|'.join(sorted(GENERATIONAL_SUFFIXES))})\.?(?=[,\s])")
# A preposition whose object runs on to the name, with no naming verb or "as" between (not "a
# young man in his 20s identified as Kim": Kim is the man himself).
_GOVERNED_NAME = re.compile(
    rf"\s(?:{_PREPOSITIONS})(?:\s+(?!as\b|[a-z]+ed\b)[\w'\u2019.-]+)*\s+$"
)
_AND_BEFORE_THE_VERB = re.compile(r"\b(?:and\s+(?:(?:also|then|later)\s+)?|then\s+)$")  # "... and said": a second verb of the subject


def _speaker_before(para: _Paragraph, region_start: int, verb_at: int, referents, block_index):
    """The speaker named just before an attribution verb: a name, a pronoun or capitals.

    The speaker is the subject of the attribution, not the nearest name: a name that is the
    object of a preposition ("a friend of victim Sam Moss") or stands inside a clause
    set off by commas, dashes or brackets is skipped, and a subject farther from the verb than a short gap or an
    appositive is not guessed at. Only the text just before the verb is read
    (`SPEAKER_CHARS`), so a sentence of many verbs is not read again for each.
    """
    text, masked = para.text, para.masked
    window = max(region_start, verb_at - SPEAKER_CHARS)
    pronoun = _PRONOUN_END.search(masked, window, verb_at)
    if pronoun:
        return _resolve_pronoun(para, pronoun.start(), referents, block_index, pronoun.group("pronoun"))
    asides = None
    appositive_from = verb_at  # where an appositive closing just before the verb opens
    for name in para.names_back(region_start, verb_at):
        if name.start < window:
            return None  # too far from the verb to be its subject
        if name.possessive or name.start > appositive_from:
            continue
        if text[name.end : verb_at].strip() == ",":
            opening = text.rfind(",", region_start, name.start)
            governing = opening >= 0 and _GOVERNED_NAME.search(text, max(opening, name.start - SPEAKER_CHARS), name.start)
            if governing:
                # "Haigh, a senior figure under both Starmer and Labour leader Jeremy Corbyn,
                # described": the names inside the appositive are no subject of the verb
                appositive_from = opening
                continue
        if asides is None:
            asides = _asides(text, window, verb_at)
        if any(a <= name.start < b for a, b in asides):
            continue  # "The university - where Professor He works - said": the aside's name did not speak
        if _object_of_preposition(text, name.start, region_start):
            continue
        gap = _GENERATION_AFTER.sub("", text[name.end : verb_at], count=1)  # ("Robert F. Kennedy, Jr., had said")
        if "," in gap and _IN_RELATIVE_CLAUSE.search(text, max(region_start, name.start - 60), name.start):
            continue  # "Ms Simon, the president of the university, where Nassar also worked, said"
        if _OBJECT_IN_RELATIVE_CLAUSE.search(text, max(region_start, name.start - 60), name.start):
            return None  # "A Russian lawyer who has been assisting Snowden said": the lawyer spoke
        if _AND_BEFORE_THE_VERB.search(gap) and (
            _A_VERB.search(text, region_start, name.start) or _VERB_JUST_BEFORE.search(text, region_start, name.start)
        ):
            # "The government summoned the ambassador, Jo Roe, on Monday and said", "Guyger fatally
            # shot Botham Jean, 26, in his apartment, then claimed": the subject spoke, not its object
            return None
        if (len(gap.split()) <= SUBJECT_GAP_WORDS or _POSTMODIFIER_GAP.fullmatch(gap)) and not _CLAUSE_WORD.search(gap) or (
            _APPOSITIVE_GAP.fullmatch(gap) and not _A_THING_SPEAKS.fullmatch(gap)
        ):
            return name.slug, name.form
        return None
    trailing = _TRAILING_CAPITALS.search(masked, window, verb_at)
    if trailing:
        if _object_of_preposition(text, trailing.start(1), region_start):
            # "Her letter to the Prime Minister said", "a trader in western Kenya said": the
            # capitals close a phrase of the subject, whose head is not read here.
            return None, ""
        form = _name_words(trailing.group(1))
        if form:
            return None, form
    phrase = _last_words(masked, region_start, verb_at)
    if phrase is None:
        return None, ""  # the subject's head is farther back than its last words: not read
    return (None, phrase) if phrase else None


def speaker_phrase(form: str) -> str:
    """An unregistered speaker's words as the site may show them, or "" when they cannot be the
    one speaking: the words before a saying are read blind, and "raised her fists in the air and
    said" leaves "the air and", "a vessel once described by" leaves "vessel once". A subject
    ends on neither a conjunction nor a preposition, opens on no preposition, holds no figure
    or quotation mark, and is not a lone pronoun ("It said": whose words is not told here)."""
    words = form.split()
    while words and words[-1].lower() in ADVERBS_BEFORE_A_SAYING:
        words.pop()
    if not words or any(ch.isdigit() or ch in "\"\u201c\u201d" for ch in form):
        return ""
    while words and (words[0].lower() in RELATIVE_PRONOUNS or words[0].lower() in CLAUSE_CONJUNCTIONS
                     or words[0].lower() == "what"):
        words = words[1:]  # "which police said", "but police said", "after what police described as": police
    # ("carried out what it described as": "it", the words before "what" another clause's)
    words = words[max((i + 1 for i, w in enumerate(words) if w.lower() == "what"), default=0) :]
    if not words or words[-1].strip("-\u2013\u2014") == "":
        return ""  # (nor "The group –" of "The group – declared “persona non grata” –": set off, not speaking)
    first, last = words[0].lower(), words[-1].lower()
    if len(words) == 1 and form.islower() and not (first.endswith("s") or first in ROLE_NOUNS or first in RELATION_NOUNS
                                                   or first in COLLECTIVE_SPEAKERS):
        return ""  # "Still, hey added": a lone word that names no one who speaks
    if last in _NOT_A_SUBJECTS_END or first in OBJECT_PREPOSITIONS or first in CLAUSE_CONJUNCTIONS:
        return ""
    if len(words) == 1 and first in (*SUBJECT_PRONOUNS, "this", "that"):
        return ""
    if last.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return ""  # "by Africa’s top health body" read as far as "Africa’s": whose, not who
    return " ".join(words)


# (nor an auxiliary: "but has warned" leaves "has")
_NOT_A_SUBJECTS_END = frozenset(CLAUSE_CONJUNCTIONS) | OBJECT_PREPOSITIONS | AUXILIARY_VERBS | {"to", "be", "that", "which", "who"}


def _last_words(text: str, start: int, end: int, count: int = 3) -> str | None:
    """The last `count` words of text[start:end] after its last comma ("the shooting, which
    police said", "Still, he added": the words before the comma are another phrase), reading
    back from `end` only as far as they go; None when they are a preposition's object."""
    size = 64
    while True:
        window = max(start, end - size)
        segment = text[window:end]
        found = segment[segment.rfind(",") + 1 :].split()
        if window == start or len(found) > count or "," in segment:  # the first may be cut at `window`
            if len(found) > count and found[-count - 1].lower() in OBJECT_PREPOSITIONS:
                return None  # "Another passenger from the fifth carriage said": the words end a phrase of the subject
            # A name's capitalised words run on past three: "the International Tennis Integrity
            # Agency (ITIA) said" is the agency, not "Integrity Agency (ITIA)". (Not the first
            # word read when the window may have cut it.)
            taken = count
            if all(_in_a_name(w) for w in found[-count:]):
                # (through "and", "of", "for" between capitals: "the Center for Volcanology and
                # Geological Disaster Mitigation (PVMG) said"; a name running on past what is read
                # is not cut short, but left unread)
                limit = len(found) - (window != start)
                while taken < limit and (_in_a_name(found[-taken - 1]) or (
                        found[-taken - 1] in NAME_CONNECTORS and taken + 1 < limit and _in_a_name(found[-taken - 2]))):
                    taken += 1
                    if taken > NAME_RUN_WORDS:
                        return ""
                if taken >= limit - 1 and window != start and "," not in segment:
                    size *= 4  # the name may run on before what was read
                    continue
            if len(found) > taken and found[-taken][:1].isupper() and _in_a_name(found[-taken - 1]):
                return ""  # "Organisers of the Start Me Up mission said": a name cut, not who spoke
            return " ".join(found[-taken:])
        size *= 4


NAME_RUN_WORDS = 10  # the most words read back as one unregistered speaker's name
NAME_CONNECTORS = ("and", "of", "for")  # lower-case words inside a body's name


def _in_a_name(word: str) -> bool:
    """A capitalised word, or an acronym in brackets after a name ("(ITIA)")."""
    return word[:1].isupper() or word.startswith("(")


def _object_of_preposition(text: str, at: int, floor: int) -> bool:
    """Whether the name at `at` follows a preposition, perhaps past a lower-case title
    ("of victim Sam Moss", "to Moss"): then it is not the clause's subject.
    Past a capitalised title too when a relation owns the preposition ("lawyers for former
    Acme Chairman Jo Roe"), but not after a title ("envoy for Ruritania Jo Roe")."""
    before = text[max(floor, at - 90) : at].split()[-7:]
    titled = False
    related = any(
        word.lower() in OBJECT_PREPOSITIONS and place > 0 and before[place - 1].lower() in RELATION_NOUNS
        for place, word in enumerate(before)
    )
    for place in range(len(before) - 1, -1, -1):
        word, back = before[place], len(before) - place
        if word[-1] in ",;:)":
            return False  # a clause ends there: the name opens the next one
        bare = word.strip("(").lower()
        if back == 1 and bare in ("and", "but") and place > 0 and before[place - 1][:1].islower():
            return False  # "chatted from time to time and Jo Roe said": the name opens a clause of its own
        if not titled and back > 3 and not (related and all(w.isalpha() and w.islower() for w in before[place + 1 :])):
            # (past more than three words only when they are a lower-case title after a relation's
            # "of": "The widow of TV doctor and columnist Michael Mosley said": the widow spoke)
            return False
        if bare in OBJECT_PREPOSITIONS:
            owner = before[place - 1] if place > 0 else ""
            return not titled or (owner[:1].islower() and owner in RELATION_NOUNS)
        if not bare.isalpha():
            return False
        if not word[:1].islower():
            if place == 0 or back > 4 or bare in NOT_A_SPEAKER_AFTER_VERB:
                return False
            # (a role's title is the name's own: "her letter to Judge Jo Roe" is to Jo Roe)
            titled = titled or bare.rstrip(".") not in ROLE_NOUNS
    return False


def _name_words(run: str) -> str:
    """A run of capitalised words without trailing punctuation, days, months or articles."""
    kept = []
    for word in run.split():
        bare = word.strip(".,;:")
        if bare.casefold() in NOT_A_SPEAKER_AFTER_VERB:
            break
        kept.append(bare)
    return " ".join(kept)


_ROLE_THEN_NAME = re.compile(r"\s+((?:[a-z][a-z-]*\s+){1,3})(?=[A-Z])")
# "a spokesperson for Chief Whip", "a lawyer for": the name after is whose the speaker is.
_RELATION_OF_NAME_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(RELATION_NOUNS, key=len, reverse=True))})\s+(?:for|of|to)\s+(?:[A-Z][\w.-]*\s+){{0,3}}$"
)
RELATION_OF_NAME_CHARS = 70


def _speaker_after(para: _Paragraph, region_start: int, region_end: int):
    """The speaker named just after an attribution verb ("... said Dole Saturday")."""
    text = para.text
    words_after = text[region_start:region_end].split()
    window_end = region_start + len(" ".join(words_after[:6])) + 1
    for name in para.names_between(region_start, min(region_end, window_end)):
        if name.possessive:
            continue
        if _RELATION_OF_NAME_BEFORE.search(text, max(region_start, name.start - RELATION_OF_NAME_CHARS), name.start):
            break  # "said a spokesperson for Jo Roe": the one speaking is unnamed
        if _object_of_preposition(text, name.start, region_start):
            return None, ""  # "a survivor ... said to Kelly": the one spoken to, not the one speaking
        role = _ROLE_THEN_NAME.match(text, name.end, region_end)
        if role is not None and not STOPWORDS.intersection(role.group(1).split()):
            # "said Zimmerman co-counsel Don West": the name says whose the one speaking is.
            later = [n for n in para.names_between(role.end(), region_end) if n.start == role.end()]
            if later:
                return later[0].slug, later[0].form
            return None, _name_words(_CAPITALISED.match(text, role.end(), region_end).group(0))
        return name.slug, name.form
    titled = _after_a_title(para, region_start, region_end, words_after)
    if titled is not None:
        return titled.slug, titled.form
    run = _CAPITALISED.match(text[region_start:region_end].lstrip())
    if run:
        form = _name_words(run.group(0))
        if form:
            return None, form
    taken = words_after[:3]
    if len(taken) == 3 and taken[-1][:1].isupper() and taken[-1][-1:].isalnum() and len(words_after) > 3 \
            and _HEAD_NOUN.fullmatch(words_after[3].rstrip(".,")) and words_after[3].rstrip(".,") not in STOPWORDS:
        taken.append(words_after[3])  # "noted the Australian Open champion": the champion, not the tournament
    following = words_after[len(taken)] if len(words_after) > len(taken) else ""
    if following[:1].islower() and not taken[-1].endswith((",", ".", ";", ":")) \
            and bare_word(following) not in WORDS_AFTER_A_SPEAKER:
        return None  # "..., said the talks covered issues such as ...": what was said, not who said it
    phrase = " ".join(taken).rstrip(".,")
    return (None, phrase) if phrase else None



_HEAD_NOUN = re.compile(r"[a-z]+(?<!ed)(?<!ly)(?<!ing)")


TITLE_WORDS = 10  # "said SpaceX livestream commentator and engineer John Insprucker"
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*\.?")


def _after_a_title(para: _Paragraph, region_start: int, region_end: int, words_after: list[str]):
    """A registered name after a long title with nothing but title words before it ("said
    SpaceX livestream commentator and engineer John Insprucker": Insprucker speaks, not
    SpaceX); None when a comma, a clause word or a name of someone else's comes between."""
    window_end = region_start + len(" ".join(words_after[:TITLE_WORDS])) + 1
    for name in para.names_between(region_start, min(region_end, window_end)):
        gap = para.text[region_start:name.start].split()
        if name.possessive or not gap or not all(_TITLE_WORD.fullmatch(w) for w in gap):
            return None
        if any(w.islower() and w in STOPWORDS and w not in TITLE_JOINING_WORDS for w in gap):
            return None
        return name
    return None


_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _resolve_pronoun(para: _Paragraph, at: int, referents, block_index, word: str):
    """The person a "he" or "she" (`word`) at `at` means, when only one reading is likely.

    A person named earlier in the same sentence comes first ("Dan Kim thought ...; he said");
    otherwise the person heard speaking in the sentence before, or the one person it named.
    Two candidates, or none in this paragraph or the one before, and the speaker is left unsaid.
    So is a person the source shows to take the other pronoun (`pronouns.py`).
    """
    found = _pronoun_referent(para, at, referents, block_index)
    if found is None or found[0] is None:
        return found
    said, known = pronoun_of(word), para.pronouns
    opened = para.sentence_at(at)[0]
    if any(pronoun_of(w.lower()) not in (None, said) for w in _HE_OR_SHE.findall(para.masked, opened, at)):
        # "She was recalled ... when he told the committee", "Judge Roe said he had to jail Doe
        # after she insisted": the sentence has a "he" and a "she", and which is whom is unsure.
        return None
    return None if known.get(found[0], said) != said else found


# "The gorilla, a male named Harambe weighing 180kg, "went down and got him", he said": the
# quotation goes on from the name as what that one did, so the "he" who said it is another.
_QUOTED_PREDICATE_AFTER = re.compile(r"[^\"\u201c\u201d.;:]{0,80}?,\s*[\"\u201c](?=[a-z])")


def _pronoun_referent(para: _Paragraph, at: int, referents, block_index):
    here = para.subjects_before(at)
    if here:
        gap = _QUOTED_PREDICATE_AFTER.match(para.text, here[0].end, at)
        if gap is not None and not _INDIRECT.search(gap.group()):
            here = None
    if here:
        last, one_person = here
        return (last.slug, last.form) if one_person else None
    if not referents or referents[-1].block < block_index - 1:
        return None
    opened = para.sentence_at(at)[0]
    if not _OPENING_PARTICIPLE.match(para.text, opened) and any(
        _object_of_preposition(para.text, n.start, opened) for n in para.names_between(opened, at)
    ):
        # "... most notably from Christine Ford, who testified ... in which she said": hers, or the
        # last one's? (Not "Referring to Michael as 'Yog', he added": the "he" opens the clause.)
        return None
    if _TITLED_SUBJECT_OPENS.match(para.text, opened, at):
        return None  # "The governor came to the decision ..., he said": he is the governor, named or not
    # The last sentence's referents are the end of the list (each sentence adds its own at once).
    key = (referents[-1].block, referents[-1].sentence)
    count = 0
    while count < len(referents) and (referents[-1 - count].block, referents[-1 - count].sentence) == key:
        count += 1
    last = referents[-count:]
    heard = [r for r in last if r.heard]
    if heard:
        return (heard[-1].slug, heard[-1].form) if heard[-1].slug is not None else None
    if len({r.slug for r in last}) == 1 and last[-1].slug is not None:
        return last[-1].slug, last[-1].form
    return None


_INDIRECT_CLAUSE = re.compile(
    rf"\b(?P<verb>{SPEECH_VERBS_REPORTED})\b(?:\s+(?:the\s+)?(?:"
    # (who heard it, named: "told Greece's Skai Television the two trains collided")
    r"[A-Z][\w.]*['\u2019]s(?:\s+[A-Z][\w.&]*){1,3}(?=\s+(?:that\s+)?(?:the|a|an|he|she|it|they|we|his|her|their|its|there)\s)"
    # (who heard it, after "told": "told Sky News that", "told CNN affiliate SBS News the ...";
    # else its name's first word, "told Reuters Biden was wrong")
    r"|(?:(?<=told )|(?<=tells )|(?<=told the )|(?<=tells the ))(?:"
    r"(?:[A-Z][\w.&'\u2019-]*\s+(?:affiliate\s+)?){0,3}?[A-Z][\w.&-]*"
    rf"(?:\s+(?:{'|'.join(sorted(MEDIA_KIND_NOUNS))}))?"  # ("told YTN television that ...")
    # (where it heard it may follow: "told KMBC-TV in Kansas City that ...")
    r"(?=(?:\s+(?:on|in)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?,?\s+(?:that|there|I|he|she|it|they|we|the|a|an|his|her|their|its)\s)"
    r"|[A-Z][\w.]*)"
    # (after another verb, only when: "said Monday the ..."; "said New Zealand knew" is what was said)
    rf"|(?:{'|'.join(WEEKDAY_NAMES)})\b"
    r"|reporters|journalists|media))?"
    r"(?P<place>\s+(?:on|in)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?,?\s+(?:that\s+)?(?P<clause>[a-zA-Z].{12,})$"
)
# The same, for a sentence on one line, where the clause runs to its end: only its first 13
# characters are matched, so that each "said" of a sentence does not read on to the end again.
_INDIRECT_HEAD = re.compile(_INDIRECT_CLAUSE.pattern.removesuffix(",})$") + "})")


# Capitalised words to the sentence's end: the rest of a name ("The Associated Press.").
_A_NAME_TO_THE_END = re.compile(r"[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*[!?]?[\"\u201d]?\s*")
_AN_AUDIENCE_TO_THE_END = re.compile(
    rf"(?i)(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(AUDIENCE_NOUNS))})[.!?]?[\"\u201d]?\s*"
)
# "X told him ..., and Y urged ...", "..., where Washington has demanded ...", "..., but another
# official put the toll at ...": where another's saying begins, the reported words end.
_ANOTHER_SAYS = re.compile(
    rf"[,;]\s+(?:and|or|while|but|whereas|where)\s+(?:[\w\u2019'.-]+\s+){{1,6}}?(?:{SPEECH_VERBS_REPORTED}|{URGING_VERBS})\b"
    r"|[,;]\s+but\s+(?:another|other|the|a|an)\s"
    # "what he said was a bungled state response, while Russia's Prosecutor General's office on
    # Friday ordered ...": the outlet's next clause
    r"|,\s+while\s+(?:[\w\u2019'.-]+\s+){0,4}?(?:[\w\u2019'.-]+['\u2019]s|the|a|an)\s"
    # "he will cede his post, but, according to The Wall Street Journal, will keep his stake": another source
    r"|,?\s+(?:(?:and|but)\s*,?\s+)?according\s+to\b"
    # "in what Jo Roe said was a terror attack, forcing the government to ...": what followed, the
    # outlet's telling
    rf"|,\s+(?:{'|'.join(CONSEQUENCE_PARTICIPLES)})\s",
    re.IGNORECASE,
)


# Verbs that take a thing as readily as a statement: "announced his departure", "confirmed the
# deaths" say what happened, not what was said. Only "that" or a pronoun after them makes the
# rest a statement ("announced that", "confirmed he would").
_THING_OR_STATEMENT = frozenset(
    "announced announces confirmed confirms stressed noted indicated suggested claimed claims emphasized emphasised "
    "explained".split()
)
# "explained in a tweet Friday that ...": how or when it was said, then the statement.
_HOW_THEN_THAT = re.compile(r"(?i)(?:in|on|at|to|during|via|through|over)\s+(?:\S+\s+){0,5}?that\b")
_STATEMENT_START = re.compile(r"(?i)(?:that|he|she|they|it|we|i|there|this|these)\b")
# "was told", "had been asked", "is expected to be announced": a saying in the passive, whose
# subject is who heard it or what was said, never the speaker.
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:also\s+|later\s+|then\s+|reportedly\s+)?$")
# A clause that tells when or why, set off after "he said,": the outlet's narrative, not what he said.
_NARRATIVE_START = re.compile(r"(?i)(?:after|as|before|when|while|because|since|though|although|amid|until)\b")
# ", he said, according to the news outlet": where the outlet had it from, not what was said
_SOURCE_OF_THE_REPORT = re.compile(r"(?i)according\s+to\b")


def _names_a_thing(verb: str, sentence: str, clause_start: int) -> bool:
    if verb.lower() not in _THING_OR_STATEMENT:
        return False
    between = sentence[: clause_start]
    return not (re.search(r"(?i)\bthat\s*$", between) or _STATEMENT_START.match(sentence, clause_start)
                or _HOW_THEN_THAT.match(sentence, clause_start))


# A dash in reported words: "... on Mr Putin's orders - an accusation Mr Putin denies" (the
# outlet's aside), "she heard gunshots — police said it started at 10 — then ...".
_DASH = re.compile(r"\s+[-–—]{1,2}\s+|—")


def _without_aside(words: str) -> str:
    """Reported words up to a dash that opens the outlet's aside or another's words: a last
    dash, or a pair of dashes around another saying. A pair around anything else ("the plan
    — agreed in May — stands") is the speaker's own aside and stays."""
    first = _DASH.search(words)
    if first is None:
        return words
    second = _DASH.search(words, first.end())
    if second is None or _INDIRECT.search(words, first.end(), second.start()):
        return words[: first.start()]
    return words


_HEARD_THEN_SINGLE_QUOTED = re.compile(r"(?:the|a|an)\s[^:\u2018\u2019]{1,50}:\s*\u2018(?P<words>[^\u2018]+?)\u2019\s*$", re.IGNORECASE)
_FOR_A_REASON = re.compile(
    r"(?:(?:her|him|them|me|us|it|[A-Z][\w.'\u2019-]*)\s+){0,3}"
    r"(?:(?:in|during|at|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?for\s+[a-z]+ing\b"
)
_RELAYED_BY_RELATION = re.compile(
    rf"(?i),\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(RELATION_NOUNS, key=len, reverse=True))})"
    rf"\s+(?:{SPEECH_VERBS_REPORTED})\s*[.!?]?\s*$"
)


_THAT = re.compile(r"\bthat\b")
# A clause's verb in the words after a saying ("in Geneva the talks had failed"): what was said.
_A_VERB = re.compile(rf"(?i)\b(?:{'|'.join(sorted(AUXILIARY_VERBS))}|[a-z]{{3,}}ed)\b")
# Where or when a saying was made, after its verb: "at a briefing Monday", "in a statement", "on
# Wednesday" (not "at least 10 people had died", a clause).
_WHERE_OR_WHEN = re.compile(
    rf"(?i)(?:in|on|at|during|after|before|via|through)\s+(?:(?:{'|'.join(sorted(DETERMINERS))})\b|(?-i:[A-Z0-9]))"
    rf"|(?i:on|via)\s+(?:{phrase_alternation(SAYING_CHANNELS)})\b"
)


def _said_before(sentence: str, form: str, verb_at: int) -> str:
    """The clause before ", <speaker> said ..." (the speaker a few words before the verb, or set
    off by commas: ", the team leader, Jo Roe, said"; the clause a few words at least, with no
    quotation mark), or "" when the sentence does not open with one, or when the saying is a
    relative clause's ("echoed by Health Secretary Jo Roe, who said in Parliament:"): the words
    before it tell who spoke, never what was said."""
    if _WHO_JUST_BEFORE.search(sentence, max(0, verb_at - WHO_CHARS), verb_at):
        return ""
    comma = sentence.rfind(",", max(0, verb_at - 100), verb_at)
    if comma > 0 and not sentence[comma + 1 : verb_at].strip():  # ", Jo Roe, said"
        at = sentence.rfind(form, max(0, comma - 100), comma)
        comma = sentence.rfind(",", max(0, at - 100), at) if at > 0 else -1
        before = sentence.rfind(",", max(0, comma - 100), comma) if comma > 0 else -1
        if before > 0 and _APPOSITIVE_OPENS.match(sentence, before + 1, comma):  # ", the team leader, Jo Roe,"
            comma = before
    if comma <= 0 or len(sentence[comma + 1 : verb_at].split()) > SPEAKER_PHRASE_WORDS:
        return ""
    words = sentence[after_the_dateline(sentence) : comma].strip()  # ("Belgrade, Mar. 16, (dpa/GNA) – Fifty-nine ...")
    if len(words.split(None, 3)) < 3 or any(mark in words for mark in _OPEN_MARKS + "\u201d"):
        return ""
    return words


SPEAKER_PHRASE_WORDS = 12  # "the social media company's former security chief Jo Roe"
_FOLLOWING = re.compile(r"(?i)following\b")


def _tells_how_or_when(sentence: str, at: int) -> bool:
    """Whether the words after a saying's verb open on where, when or why it was said ("in a
    statement released by ...", "on Friday, following the coup"), not on what was said."""
    return any(pattern.match(sentence, at) for pattern in (_WHERE_OR_WHEN, _NARRATIVE_START, _FOLLOWING))
_PARTICIPLE_OPENING = re.compile(r"([A-Za-z]{2,}ing)\b")
_NOT_A_MAIN_CLAUSE_OPENING = OBJECT_PREPOSITIONS | frozenset(CLAUSE_CONJUNCTIONS) | LABEL_CUT_WORDS
_APPOSITIVE_OPENS = re.compile(rf"\s*(?:{'|'.join(sorted(DETERMINERS))})\s+[^,]{{1,60}}$")


# The sentence's own verb after a relative saying's words: ", resigned.", ", then left the city."
_MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?:(?:then|later|also)\s+)?[a-z]+(?:ed|s)\b[^,]*$")
_WHO_JUST_BEFORE = re.compile(r"(?i)\bwho\s+(?:(?:also|later|then|had|has)\s+)?$")
WHO_CHARS = 16


# "adds these medals to her two golds", "added 2,000 jobs to the payroll": what is added, and to what
_ADDED_TO = re.compile(
    rf"(?:these|this|those|the|a|an|his|her|their|its|\d[\d,.]*)\s+"
    rf"(?:(?!(?:{'|'.join(sorted(AUXILIARY_VERBS))}|that)\b)[\w'\u2019-]+\s+){{0,5}}?to\s+(?:his|her|their|its|the|a|an)\b",
    re.IGNORECASE,
)


def _indirect(source_id, para: _Paragraph, start, end, sid, referents, block_index) -> Quote | None:
    """Reported speech by a named person: "X said (that) ...", "He added that ..."."""
    sentence = para.text[start:end]
    pattern = _INDIRECT_CLAUSE if "\n" in sentence else _INDIRECT_HEAD
    said_end = -1  # where the last saying read ends
    for match in _INDIRECT.finditer(sentence):
        if said_end >= 0 and _PRONOUN_ONLY.fullmatch(sentence, said_end, match.start()):
            continue  # "Roe's lawyer says he believes ...": "he" is the one saying, not someone named before
        said_end = match.end()
        clause = pattern.match(sentence, match.start())
        if not clause or _names_a_thing(match.group(0), sentence, clause.start("clause")):
            continue
        opening = sentence[clause.start("clause") :].split(None, 2)
        if opening[0].lower() in DETERMINERS and len(opening) > 1:
            opening = opening[1:]
        if opening[0].lower().strip(".,") in SAID_AS_A_THING:
            continue  # "said goodbye to ...", "tells the stories of ..."
        if clause.group("verb").lower() in ADDING_VERBS and _ADDED_TO.match(sentence, clause.start("clause")):
            continue  # "She adds these medals to her two golds": a thing added to others, nothing said
        head = sentence[clause.start("clause") : clause.start("clause") + 120]
        if clause.group("place") and head[:1].islower():
            # "said on Czech television on Friday": the capital opened where it was said, not a place
            head = sentence[clause.start("place") :].lstrip()[:120]
        where_or_when = _WHERE_OR_WHEN.match(head) and len(head.split(None, 6)) <= 6 and not _THAT.search(head) \
            and not _A_VERB.search(head)
        if _FOR_A_REASON.match(sentence, clause.start("clause")):
            continue  # "warned her for receiving coaching", "thanked them for coming": why, not what
        if _ABOUT_A_THING.match(sentence, clause.start("clause")):
            continue  # "Foster said about the 28th-minute yellow card ...": what it was about, not what was said
        if clause.group("verb").lower() in TELLING_VERBS and _TOLD_SOMEONE_TO.match(sentence, clause.end("verb")):
            continue  # "told Prime Minister Mostafa Madbouly to head to the site": an order, not what was said
        if _PASSIVE_BEFORE.search(sentence, max(0, match.start() - 24), match.start()):
            continue  # "X was told he had a few years to live": X heard it, someone else said it
        if "," in sentence[match.end() : clause.start("clause")] and _NARRATIVE_START.match(sentence, clause.start("clause")):
            continue  # "..., he said, after officers warned that ...": the words after are the outlet's
        speaker = _speaker_before(para, start, start + match.start(), referents, block_index)
        if speaker is None or speaker[0] is None:
            continue  # reported speech is kept only for a registered person
        slug, form = speaker
        relative = _WHO_JUST_BEFORE.search(sentence, max(0, match.start() - WHO_CHARS), match.start()) is not None
        going_on = _PARTICIPLE_OPENING.match(sentence, clause.start("clause"))
        if "," in sentence[match.end() : clause.start("clause")] and going_on and going_on.group(1).lower() not in PARTICIPLES_GOING_ON_SAYING:
            # "Otis is stronger than Pauline, Ms Lopez said, destroying large areas of the city":
            # the participle goes on with the clause before the saying, which is what was said
            if (before := _quote_said_before(sentence, form, match.start(), slug, Citation(source_id, sid))) is not None:
                return before
            continue
        said_that = _THAT.search(sentence, match.end(), clause.start("clause")) is not None
        # ("..., Aktoprak told The Associated Press.", "told a news conference.": who heard it)
        heard_only = _A_NAME_TO_THE_END.fullmatch(sentence, clause.start("clause")) \
            or _AN_AUDIENCE_TO_THE_END.fullmatch(sentence, clause.start("clause"))
        if (where_or_when or heard_only or _SOURCE_OF_THE_REPORT.match(sentence, clause.start("clause"))) and not said_that:
            # "Five of the crew were awake, Jo Roe told media at a briefing Monday.": where and
            # when follow the saying; what was said is the clause before the speaker. So too
            # before ", he said, according to the news outlet".
            if (before := _quote_said_before(sentence, form, match.start(), slug, Citation(source_id, sid))) is not None:
                return before
            continue
        if _tells_how_or_when(sentence, clause.start("clause")) and not said_that:
            # (not "said that as many as 23 patients have died": what follows "that" was said)
            # "Her doctors suggested a transplant, Jo Roe said in a statement released by the
            # hospital", "The talks are a victory, Jo Roe said on Friday, following the coup": how,
            # when or why it was said follows the verb; what was said is the main clause before.
            words = _said_before(sentence, form, match.start())
            main = words.rsplit(",", 1)[-1].split(None, 1)
            if main and main[0].lower() not in _NOT_A_MAIN_CLAUSE_OPENING:
                return Quote(slug, form, words, Citation(source_id, sid), "indirect")
            if not _THAT.search(head) and not _A_VERB.search(head):
                continue  # "..., Judge Roe said in the High Court on Monday.": where and when, not what
        words = sentence[clause.start("clause") :]
        if _SPEAKER_NAMED_AFTER.match(words) and sentence[: match.start()].rstrip().endswith(","):
            continue  # "..., said Chatchom Akapin, the director general ...": the speaker follows the verb
        if clause.group("verb").lower() in TELLING_VERBS and sentence[clause.end("verb") : clause.start("clause")].strip()[:1].isupper() \
                and (kind := _MEDIA_KIND_FIRST.match(words)) is not None:
            words = words[kind.end() :]  # "told TeleMadrid television at least six ...": the rest of whom it was told
        if (when := _WHEN_THEN_THAT.match(words)) is not None:
            words = words[when.end() :]  # "told reporters last night that ...": when, then what was said
        elif clause.group("verb").lower() in TELLING_VERBS and (when := _NAME_THEN_WHEN_THAT.match(words)) is not None:
            words = words[when.end() :]  # "told The Associated Press last week that ...": whom, when, then what
        elif (when := _WHEN_THEN_WHERE.match(words)) is not None and (that := _THAT_AFTER_A_PLACE.match(words, when.end())):
            words = words[that.end() :]  # "announced this Saturday from the O'Higgins room of La Moneda that ..."
        if (other := _ANOTHER_SAYS.search(words)) is not None:
            words = words[: other.start()]
        if (opening := sentence[: match.start()].split(None, 1)) and opening[0].lower().strip(",") in SUBORDINATE_CLAUSE_OPENINGS \
                and "," not in sentence[: match.start()] and (comma := words.find(", ")) > 0:
            # "Although Adzic said they were still awaiting confirmation, South Korean police
            # identified the man ...": the saying is the subordinate clause's, and ends at its comma
            words = words[:comma]
        if _RELAYED_BY_RELATION.search(words):
            continue  # "Breivik said he would not appeal, his lawyer said": the lawyer's telling
        words = _without_aside(words)
        if (told_of := _NAME_GOES_ON_THEN_OF.match(words)) \
                and _CAPITAL_WORD_BEFORE.search(sentence, max(0, clause.start("clause") - 40), clause.start("clause")):
            words = words[told_of.end() :]  # "told the Financial Times of his intention": what he told of, not "Times"
        if relative and (resumed := _MAIN_CLAUSE_RESUMES.search(words)) is not None:
            words = words[: resumed.start()]  # "Jo Roe, who said that the fire was out, resigned": not "resigned"
        if _ONLY_WHEN.fullmatch(words):
            # "1,600 homes had been destroyed, Premier Jo Roe said Wednesday morning.": when she said it
            if (before := _quote_said_before(sentence, form, match.start(), slug, Citation(source_id, sid))) is not None:
                return before
            continue
        audience = _AUDIENCE.match(words)
        if audience is None and clause.group("verb").lower() in TELLING_VERBS and not sentence[
            clause.end("verb") : clause.start("clause")
        ].strip():  # (who heard it not read already: "told the BBC the water rose")
            audience = _HEARER_OF_TOLD.match(words) or _KIND_THEN_OUTLET.match(words)
        outlet = None if audience else _OUTLET_ENDS.match(words)
        heard_by = audience or outlet
        if heard_by is None and _WHERE_OR_WHEN.match(words) and (that := _THAT_AFTER_WHERE.match(words)):
            words = words[that.end() :]  # "said in a news conference Sunday night that ..."
        elif heard_by is not None and (that := _THAT_AFTER_AUDIENCE.match(words, heard_by.end())):
            words = words[that.end() :]  # "told the meeting in Geneva that ..."
        elif audience is not None and (subject := _SUBJECT_AFTER_HEARER.match(words, audience.end())):
            words = words[subject.end() :]  # "told an Indonesian TV station he was dragged ..."
        elif heard_by is not None and _AUDIENCE_TAIL.match(words, heard_by.end()) and (
            outlet is not None or not _A_VERB.search(words, heard_by.end(), heard_by.end() + AUDIENCE_TAIL_CHARS)
        ):
            # "..., Jo Roe told a news conference alongside the mayor.", "..., Jo Roe told
            # BuzzFeed News, so ...": who heard it follows the verb; what was said is before.
            if (before := _quote_said_before(sentence, form, match.start(), slug, Citation(source_id, sid))) is not None:
                return before
            continue
        if words.rstrip().endswith(":") and _AUDIENCE_START.match(words):
            continue  # "X told a news conference in Niagara:": who heard it, before the words themselves
        if (heard_then_quoted := _HEARD_THEN_SINGLE_QUOTED.match(words)) is not None:
            # "told the Commons: ‘The House has spoken.’": who heard it, then the words in single marks
            return Quote(slug, form, heard_then_quoted.group("words").strip(), Citation(source_id, sid), "direct")
        heard = sentence[clause.end("verb") : clause.start("clause")]
        if _OBJECT_THEN_WHERE.match(words) and len(words.split()) <= NO_VERB_WORDS and not _A_VERB.search(words):
            continue  # "before Buckingham Palace announced it to the public": the thing made known, not words said
        if len(words.split()) <= NO_VERB_WORDS and not _SIGN_OF_A_CLAUSE.search(words) and (
            (clause.group("verb").lower() in TELLING_VERBS and heard.strip() and not _THAT.search(heard)
             and not _A_VERB.search(words))
            or _OPENS_ON_A_PREPOSITION.match(words)
        ):
            # "..., Jo Roe told the Associated Press news agency.": the rest of who heard it;
            # "..., police officer Jo Roe said in a televised briefing.": how it was said; what was
            # said is the clause before
            if (before := _quote_said_before(sentence, form, match.start(), slug, Citation(source_id, sid))) is not None:
                return before
            continue
        return Quote(slug, form, _only_what_was_said(words).strip(), Citation(source_id, sid), "indirect")
    return None


# "told Murdaugh, 54, who was found guilty ..., that he would serve": whom it was told, an aside
# on them, then what was said.
_HEARER_ASIDE_THEN_THAT = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s[^\"\u201c\u201d]*?,\s+that\s+")
_MEDIA_KIND_FIRST = re.compile(rf"(?:{'|'.join(sorted(MEDIA_KIND_NOUNS))})\s+(?:that\s+)?(?=\S)")
_ABOUT_A_THING = re.compile(r"(?i)about\s+(?:the|a|an|his|her|their|its|this|that|it|him|them)\s")
_NAME_THEN_WHEN_THAT = re.compile(r"(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:last|this|earlier|late|early)\s+[a-z]+\s+that\s+(?=\S)")
# Whom the telling was to, then what they were to do: "told Prime Minister Jo Roe to head ...",
# "told them to leave".
_TOLD_SOMEONE_TO = re.compile(r"\s+(?:(?:[A-Z][\w.'\u2019-]*\s+){1,5}|(?:him|her|them|us|me)\s+)to\s+[a-z]")
# "..., The Hindu newspaper reported.": the outlet's source, named after the reported words.
# (", South Korean news agency Yonhap reported": what kind of outlet it is may stand among its names)
_REPORTED_BY_AFTER = re.compile(
    rf",\s+(?P<by>(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}(?:(?:{phrase_alternation(OUTLET_KINDS_BEFORE_REPORTED)})\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3})(?:reported|reports)\s*[.!?]?\s*$"
)
# ", unlike Korcok who argued ...": the outlet's contrast with another, not the speaker's words;
# ", a theory that had also been mentioned by ...": the outlet's comment on them.
_CONTRAST_AFTER = re.compile(
    rf",\s+(?:unlike|whereas)\s|,\s+(?:a|an|the)\s+(?:{'|'.join(sorted(set(CLAIM_NOUNS) | set(IDEA_NOUNS)))})\s+(?:that|which)\s"
)


def _only_what_was_said(words: str) -> str:
    """Reported words without whom they were told and an aside on them before "that", the
    outlet's naming of its source after them, or a contrast it draws with someone else."""
    if (hearer := _HEARER_ASIDE_THEN_THAT.match(words)) is not None:
        words = words[hearer.end() :]
    if (reported := _REPORTED_BY_AFTER.search(words)) is not None \
            and (reported.group("by")[:1].isupper() or reported.group("by").startswith("state ")):
        words = words[: reported.start()] + "."
    if (contrast := _CONTRAST_AFTER.search(words)) is not None:
        words = words[: contrast.start()] + "."
    return words


_OPENS_ON_A_PREPOSITION = re.compile(rf"\s*(?:{_PREPOSITIONS})\s", re.IGNORECASE)


def _quote_said_before(sentence: str, form: str, verb_at: int, slug: str, citation: Citation) -> Quote | None:
    """The clause before the saying as the speaker's reported words ("Five of the crew were
    awake, Jo Roe told media at a briefing Monday."), or None when there is none."""
    words = _said_before(sentence, form, verb_at)
    return Quote(slug, form, words, citation, "indirect") if words else None


_PRONOUN_ONLY = re.compile(r"\s+(?:that\s+)?(?:he|she|they)\s+")
# "said Chatchom Akapin, the director general", "said Jo Roe.": a full name right after the verb,
# then an aside or the sentence's end, is who said it.
_SPEAKER_NAMED_AFTER = re.compile(r"(?:[A-Z][\w'\u2019.-]+\s+){1,3}[A-Z][\w'\u2019.-]+\s*(?:,|[.!?]?\s*$)")
NO_VERB_WORDS = 6  # reported words this short with no verb say who heard, not what was said
_OBJECT_THEN_WHERE = re.compile(r"(?i)(?:it|them|this|that)\s+(?:to|on|in|at|for|via|through)\s")
_SIGN_OF_A_CLAUSE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(SUBJECT_PRONOUNS | AUXILIARY_VERBS))}|{'|'.join(IRREGULAR_PAST_TENSES)}"
    r"|there|this|that|shall|do|does|did|not|no)\b"
)


# --- aligning the same words across outlets ---------------------------------------------

ALIGN_RATIO = 0.6  # share of words in common, over both quotations
ALIGN_CONTAINED = 0.6  # share of the shorter quotation found in the longer
MIN_CONTAINED_WORDS = 5
MIN_CONTAINED_CONTENT_WORDS = 2
# A quotation of fewer words ("right", "very difficult") may be said of many things: two outlets
# quoting it are not shown as reporting the same words.
MIN_ALIGNED_WORDS = 3
SPEAKER_SIMILARITY = 0.75
_SPELLING = re.compile(r"is(e|es|ed|ing|ation|ations)$")


@lru_cache(maxsize=1 << 16)
def comparison_words(text: str) -> tuple[str, ...]:
    """Folded words with British -ise spellings made -ize, for comparing two reports.

    Cached: `make devserver` aligns every quotation again after each save, and the quotations
    of the unchanged seeds are the same texts."""
    return tuple(_SPELLING.sub(r"iz\1", w) for w in words(text))


def speaker_key(surname: str) -> str:
    """A Soundex code of a surname: "Doale" and "Dole" share a block, as do transliterations."""
    letters = [c for c in fold(surname) if c.isalpha() and c.isascii()]
    if not letters:
        return fold(surname)
    codes = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"),
             "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}
    key, last = letters[0], codes.get(letters[0], "")
    for char in letters[1:]:
        code = codes.get(char, "")
        if code and code != last:
            key += code
        if char not in "hw":
            last = code
    return (key + "000")[:4]


def align_quotes(quotes: tuple[Quote, ...], names: dict[str, str] | None = None) -> tuple[Quote, ...]:
    """The quotes with `same_as` filled: the same words as reported by other outlets.

    `names` maps a speaker's slug to their registered name, whose surname is the blocking key.
    """
    names = names or {}

    def surname(quote: Quote) -> str:
        name = names.get(quote.speaker, "") if quote.speaker else ""
        parts = (name or quote.speaker_form).split()
        return parts[-1] if parts else ""

    blocks: dict[str, list[int]] = defaultdict(list)
    for index, quote in enumerate(quotes):
        if quote.speaker or quote.speaker_form:
            blocks[speaker_key(surname(quote))].append(index)
    compared = {i: comparison_words(q.text) for i, q in enumerate(quotes)}
    # Quotes with the same words from the same speaker form a group, compared once however
    # many outlets carry them; matching is then recorded between groups, and each quote's
    # `same_as` is read off its group's links, so the work is that of writing `same_as` out.
    members_of: dict[int, list[int]] = {}  # a group's first quote -> the group
    head_of: dict[int, int] = {}
    links: dict[int, set[int]] = defaultdict(set)  # a group -> the groups with the same words
    for members in blocks.values():
        groups: dict[tuple, list[int]] = defaultdict(list)
        for member in members:
            who = quotes[member].speaker or fold(surname(quotes[member]))
            groups[(who, compared[member])].append(member)
        heads = [group[0] for group in groups.values()]
        for group in groups.values():
            members_of[group[0]] = group
            head_of.update(dict.fromkeys(group, group[0]))
            if len(group) > 1 and len(compared[group[0]]) >= MIN_ALIGNED_WORDS:
                links[group[0]].add(group[0])
        for a, b in _candidate_pairs(heads, compared):
            if _same_speaker(quotes[a], quotes[b], surname) and quotes_match(compared[a], compared[b]):
                links[a].add(b)
                links[b].add(a)
    reported: dict[int, tuple[list[Citation], dict[str, tuple[int, int]]]] = {}
    for head, linked in links.items():
        found = sorted({_sentence_of(quotes[y]) for group in linked for y in members_of[group]})
        # Citations sort by source first, so each source's are one run: a quote's `same_as` is
        # the list without its own source's run, cut out at once however long that run is.
        runs: dict[str, tuple[int, int]] = {}
        for position, citation in enumerate(found):
            runs[citation.source] = (runs.get(citation.source, (position,))[0], position + 1)
        reported[head] = found, runs
    first = _components(links)
    out = []
    for index, quote in enumerate(quotes):
        found, runs = reported.get(head_of.get(index, -1), ((), {}))
        lo, hi = runs.get(quote.citation.source, (0, 0))
        same = (*found[:lo], *found[hi:])
        out.append(replace(quote, same_as=same, group=first[head_of[index]]) if same else quote)
    return tuple(out)


def _components(links: dict[int, set[int]]) -> dict[int, int]:
    """For each linked group, the smallest group joined to it through any chain of links."""
    parent = {node: node for node in links}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for node, linked in links.items():
        for other in linked:
            a, b = root(node), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {node: root(node) for node in links}


def _sentence_of(quote: Quote) -> Citation:
    return Citation(quote.citation.source, quote.citation.sentence)


RAREST_WORDS = 2  # at least this many of a quotation's rarest words are index keys


def _candidate_pairs(members: list[int], compared: dict[int, tuple[str, ...]]):
    """Pairs within a speaker block worth comparing: each quotation is probed, through an
    index of words, only with its rarest few words (prefix filtering: a quotation whose words
    are mostly in another shares at least one of its rarest few with it). A second level of
    blocking that keeps the work near linear even when one speaker is quoted thousands of
    times."""
    frequency: dict[str, int] = defaultdict(int)
    content = {m: sorted(set(compared[m])) for m in members}
    for member in members:
        for word in content[member]:
            frequency[word] += 1
    index: dict[str, list[int]] = defaultdict(list)
    for member in members:
        for word in content[member]:
            index[word].append(member)
    pairs = set()
    for member in members:
        words_ = content[member]
        prefix = max(RAREST_WORDS, len(words_) - math.ceil(ALIGN_CONTAINED * len(words_)) + 1)
        for word in sorted(words_, key=lambda w: (frequency[w], w))[:prefix]:
            for other in index[word]:
                if other != member:
                    pairs.add((min(member, other), max(member, other)))
    return sorted(pairs)


def _same_speaker(a: Quote, b: Quote, surname) -> bool:
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    x, y = fold(surname(a)), fold(surname(b))
    return bool(x and y) and SequenceMatcher(None, x, y).ratio() >= SPEAKER_SIMILARITY


def quotes_match(a: Sequence[str], b: Sequence[str]) -> bool:
    if min(len(a), len(b)) < MIN_ALIGNED_WORDS:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() >= ALIGN_RATIO:
        return True
    shorter = min(len(a), len(b))
    if shorter < MIN_CONTAINED_WORDS:
        return False
    blocks = matcher.get_matching_blocks()
    if sum(block.size for block in blocks) / shorter < ALIGN_CONTAINED:
        return False
    # The words in common must carry the sense, not only its small words: "We have to wake up"
    # is not in "we have decided to dissolve the government" ("we", "have", "to").
    small, matched = (a, [(block.a, block.size) for block in blocks]) if len(a) <= len(b) else (b, [(block.b, block.size) for block in blocks])
    common = sum(1 for start, size in matched for w in small[start : start + size] if w not in STOPWORDS)
    return common >= MIN_CONTAINED_CONTENT_WORDS
