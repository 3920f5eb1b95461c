"""How an outlet describes a person: the words it sets beside the name.

News style names a person with a title or description before the name ("self-proclaimed
President Aliaksandr Ivashenka", "Nobel Peace Prize laureate Ales Ivanou", "his wife
Natallia Ivanova"), with an appositive after it ("Viktar Sidarau, the former banker arrested
in 2020, ..."), with a predicate ("Sidarava was a key figure in 2020 protests"), or with
what others call them ("call President Ivashenko 'Europe's last dictator'"). Each is read
from the words around a mention, in one pass over each sentence. The rules are English news
grammar; the vocabulary of titles is general, nothing here knows a story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.citations import Citation
from ..language.lexicon import (
    ABBREVIATIONS,
    ADJECTIVE_ENDINGS,
    ADVERBS_BEFORE_A_VERB,
    APPOSITIVE_OPENERS,
    AUXILIARY_VERBS,
    COURTESY_TITLES,
    DEPARTMENT_WORDS,
    DESCRIPTION_STOP_WORDS,
    FIRST_NAME_HONORIFICS,
    INSTITUTION_HEAD_WORDS,
    NOT_APPOSITIVE_OPENERS,
    NUMBER_WORDS,
    OPENING_PHRASE_WORDS,
    POSSESSIVE_PRONOUNS,
    RELATION_NOUNS,
    RELATIVE_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS_REPORTED,
    STOPWORDS,
    TIME_SPAN_UNITS,
    TITLE_PARTICIPLES,
    TITLE_STATUS_WORDS,
    WORDS_A_TITLE_RUNS_ON_WITH,
)
from ..language.spelling import in_title_case
from .quotes import quotation_spans

_AUXILIARIES = frozenset(AUXILIARY_VERBS | {"be", "been", "being", "did", "does", "do"})
_ADVERBS_AFTER_AN_AUXILIARY = frozenset(ADVERBS_BEFORE_A_VERB)
_TOKEN = re.compile(r"[\w\u2019'.-]+|[^\w\s]")
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)$")
_COPULA = re.compile(r"^\s+(?:is|was|has\s+been|had\s+been|remains|became)\s+(?:also\s+|now\s+)?(?=(?:a|an|the)\s)")
_CLOSES_FIRST = re.compile(r"[^\"\u201c\u201d]*\u201d")
# A capitalised word (not an owner's), not opening the sentence, right before a word in -ed: a
# subject and its verb (not "South Africa's beloved former president").
_SUBJECT_BEFORE_A_VERB = re.compile(r"\S\s+[A-Z][\w-]*(?<!['\u2019]s)\s+$")
# A sentence opening on a participle's phrase that a comma closes: "Addressing Jo Roe, he said".
_CLAUSE_SUBJECT_BEFORE = re.compile(
    r"(?:[-\u2013\u2014)]|\b(?:they|he|she|we|it|who|which|have|has|had|[a-z]{3,}[^s\W]s)|\b(?i:the|a|an)\s+[a-z]{3,})\s+$"
)  # ("The capsule carried NASA astronaut": a noun after its article, then its verb; "have warned": a perfect)
_OPENING_PARTICIPLE_PHRASE = re.compile(r"[A-Z][a-z]{2,}ing\s[^,;:.!?]{1,80},\s")
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:with|of|for|to|about|against|between|by|from|on|at|in)\s+$")
# Someone else named with a title inside what would be an apposition: "defense chief Al Lee and"
# (not "the lawyer for President Jo Biden": a title after a preposition is whose, not who).
_TITLED_NAME = re.compile(
    rf"(?<![Ff]or\s)(?<![Oo]f\s)(?<![Tt]o\s)(?<![Ww]ith\s)\b(?i:{'|'.join(sorted(ROLE_NOUNS, key=len, reverse=True))})"
    r"\s+[A-Z][\w.-]+\s+[A-Z][\w-]+(?:,\s+|\s+and\s+)(?:[a-z]+\s+){0,3}?[A-Z]"
)
_FOR_A_COURTESY_TITLE = re.compile(r"(?i)\b(?:for|of|to|with)\s+(?:mr|mrs|ms|miss|dr)\.?$")
_TO_BECOME_BEFORE = re.compile(r"(?i)\b(?:to\s+become|to\s+be|will\s+be|would\s+be|becoming)\s+$")
_CALLED_BEFORE = re.compile(r"(?i)\b(?:call|calls|called|dub|dubs|dubbed|brand|brands|branded|nicknamed|labelled|labeled)\s+(?:\w+\s+){0,2}$")
_QUOTED_AFTER = re.compile(r"^\s*[\"\u201c](?P<text>[^\"\u201d]{2,80}?)[,.]?[\"\u201d]")
MAX_WORDS = 16
MAX_TITLE_WORDS = 7


@dataclass(frozen=True)
class Descriptor:
    """Words an outlet sets beside a person's name, verbatim, with where they stand.

    `where` is "before" (a title), "after" (an appositive or a clause), "predicate" ("X was a
    ...") or "called" (what X is called). `cut` marks a long description shortened to its
    first words.
    """

    person: str
    source: str
    text: str
    where: str
    citation: Citation
    cut: bool = False


def source_descriptors(source, by_sentence: dict) -> list[Descriptor]:
    """Every description of every mentioned person in one outlet's own sentences.

    `by_sentence` holds the source's mentions by (source, sentence).
    """
    found: list[Descriptor] = []
    seen: set[Descriptor] = set()  # a descriptor names its source: repeats are within one
    for sentence in source.sentences:
        if sentence.kind == "embed":
            continue  # a post's words are its author's, not the outlet's
        if in_title_case(sentence.text):
            continue  # "Jury Finds Former Officer Jane Roe Guilty Of Murdering ...": every word a capital
        names = by_sentence.get((source.id, sentence.id), [])
        spans = [(m.start, m.start + len(m.form)) for m in names]
        quoted = [(q.open, q.close) for q in quotation_spans(sentence.text)]
        closing = _CLOSES_FIRST.match(sentence.text)
        if closing and not _SAYING.search(sentence.text, 0, closing.end()):
            quoted.append((-1, closing.end()))  # "RIP Jo, I loved every minute.”": a quotation opened before
        for mention in names:
            if any(a < mention.start < b for a, b in quoted):
                continue  # inside a quotation: the speaker's words, not the outlet's
            for text, where in describe(sentence.text, mention.start, mention.form, spans):
                cut = len(text.split()) > MAX_WORDS
                if cut:
                    text = " ".join(text.split()[:MAX_WORDS])
                citation = Citation(source.id, sentence.id, text)
                descriptor = Descriptor(mention.person, source.id, text, where, citation, cut)
                if descriptor not in seen:
                    seen.add(descriptor)
                    found.append(descriptor)
    return found


def describe(text: str, start: int, form: str, names: list[tuple[int, int]] = ()) -> list[tuple[str, str]]:
    """(words, where) for the descriptions beside the name at `start` in `text`."""
    end = start + len(form)
    found = []
    possessive = bool(re.match(r"['\u2019]", text[end : end + 1]))
    # (no title before a form that opens on its own article: "God Save the Queen" for "the Queen")
    title = None if form[:4].lower() == "the " else _title_before(text, start, names)
    if title and " " not in form.strip():
        title = _without_a_first_name(title)
    if title and " " not in title and (title.lower() in NUMBER_WORDS or title.lower() in STOPWORDS):
        title = None  # "Four Handre Pollard penalties", a misspelt "Same Cane": a word before the name, no title
    if title:
        found.append((title, "before"))
    elif re.search(r",\s*$", text[:start]) and re.match(r"\s*[,.]", text[end:]):
        # "Ruritania's president, Alexander Ivashenko, is ...": the name stands in apposition.
        comma = text[:start].rstrip().rstrip(",")
        title = _title_before(text, len(comma) + 1, names, leading=comma)
        if title:
            found.append((title, "before"))
    if possessive:
        return found
    after = _appositive_after(text, end, names)
    if after and form.split()[-1] in after.split():
        after = None  # "former President Trump, the Trump campaign, the network": the next item of a list
    if after and _joint_relative(after, text, start):
        after = None  # "Al Lee and cosmonaut Jo Roe, who comprised the rest of the crew": both, not Roe alone
    if after:
        found.append((after, "after"))
    predicate = _COPULA.match(text[end:])
    if predicate and not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        # (not "the meeting with Kim is an opportunity": the subject is what the name follows)
        clause = _clause(text, end + predicate.end())
        if clause:
            # "became the new No. 1 on a jumper with 10.9 seconds left": how or when, not what
            clause = _ADVERBIAL.split(clause, 1)[0] or None
        if clause:
            found.append((clause, "predicate"))
    called = _QUOTED_AFTER.match(text[end:])
    if called and _CALLED_BEFORE.search(text[:start]):
        found.append((called.group("text").strip(), "called"))
    return found


def _without_a_first_name(title: str) -> str | None:
    """ "Police Chief James" before a surname found alone ("Cevera", a misspelling registered as
    an alias): a capitalised word that is no role or honorific is the first name, not the title."""
    words = title.split()
    last = words[-1].rstrip(".").lower()
    if len(words) == 1 or not words[-1][:1].isupper() or last in ROLE_NOUNS or last in FIRST_NAME_HONORIFICS or last in COURTESY_TITLES:
        return title
    rest = words[:-1]
    if rest and rest[-1].lower() in WORDS_A_TITLE_RUNS_ON_WITH:
        return title  # "Secretary of State": one title
    if not any(w.rstrip(".").lower() in ROLE_NOUNS or w.rstrip(".").lower() in FIRST_NAME_HONORIFICS for w in rest):
        return None  # "US Postal", "Christmas Day", "2015 Renu": no title is left, only other words
    return " ".join(rest)


def _department_before(tokens: list[re.Match], token: re.Match) -> bool:
    """Whether the word before this "and" is a department's, capitalised ("Health and")."""
    word = _word_before(tokens, token)
    return word[:1].isupper() and word.lower() in DEPARTMENT_WORDS


def _title_before(text: str, start: int, names, leading: str | None = None) -> str | None:
    """The title or description that ends just before `start`, read backwards."""
    head = leading if leading is not None else text[:start]
    if head and not head[-1:].isspace() and leading is None:
        return None
    tokens = list(_TOKEN.finditer(head))
    kept: list[re.Match] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        word = token.group(0)
        bare = word.lower()
        if not re.match(r"\w", word):
            break
        before = tokens[at - 1].group(0).lower() if at else ""
        if word[:1].islower() and bare not in ROLE_NOUNS and bare not in TITLE_STATUS_WORDS and (
            before == "to" or before in _AUXILIARIES or (before in _ADVERBS_AFTER_AN_AUXILIARY and at > 1 and tokens[at - 2].group(0).lower() in _AUXILIARIES)
        ):
            break  # "to remove dangerous India captain", "has also dismissed Attorney-General": a verb, not a title
        if word[:1].isupper() and len(bare) > 5 and bare.endswith("ing") and bare not in TITLE_PARTICIPLES and bare not in ROLE_NOUNS:
            break  # "the documentary Surviving R Kelly": a title's verb, not what the person is
        if any(a <= token.start() < b for a, b in names) and not _POSSESSIVE.search(word):
            break  # another person's name, not a description
        if bare in TITLE_STATUS_WORDS and kept and (word[:1].islower() or bare not in DESCRIPTION_STOP_WORDS):
            # "former Dallas Police Officer": without it, the title is false ("then US Secretary of
            # State" too, not "Then Roe went")
            kept.append(token)
            continue
        if bare == "all" and kept and kept[-1].group(0)[:1].isupper() and word[:1].isupper():
            kept.append(token)  # "All Blacks captain": a name's first word, not a determiner
            continue
        if bare in DESCRIPTION_STOP_WORDS:
            if bare in ("for", "of") and kept and kept[-1].group(0)[:1].isupper() and _lower_role_before(tokens, token):
                kept.append(token)
                continue
            if bare == "and" and kept and kept[-1].group(0)[:1].isupper() and _department_before(tokens, token):
                kept.append(token)  # "Health and Human Services Secretary": one department's title
                continue
            break
        if bare in POSSESSIVE_PRONOUNS or _POSSESSIVE.search(word):
            owner = next(((a, b) for a, b in names if a <= token.start() < b), None)
            if owner:
                kept.append(next(t for t in tokens if t.start() == owner[0]) if any(t.start() == owner[0] for t in tokens) else token)
                kept[-1] = _span_token(head, owner[0], token.end())
            else:
                kept.append(token)
                kept.extend(_owner_words_before(head, tokens, token))
            break
        if word[:1].islower() and bare.endswith("ed") and "-" not in bare and bare not in ROLE_NOUNS and (
            _SUBJECT_BEFORE_A_VERB.search(head, 0, token.start()) or _CLAUSE_SUBJECT_BEFORE.search(head, 0, token.start())
        ):
            # "Kim Jong Un peppered Russian President", "where they filmed 83-year-old", "videos
            # - which no one could authenticate - showed President": the verb after its subject
            break
        if word[:1].isupper() and bare.endswith("ing") and bare not in TITLE_PARTICIPLES \
                and not head[: token.start()].strip() and _OPENING_PARTICIPLE_PHRASE.match(text, token.start()):
            break  # "Meeting Russian President Jo Roe at the spaceport, ...": the sentence's opening verb
        if word[:1].islower() and bare not in ROLE_NOUNS:
            if not kept or bare.endswith(("ing", "ly")):
                break
            if not _after_role(kept) and not (bare.endswith(ADJECTIVE_ENDINGS) or "-" in bare):
                break
        kept.append(token)
        if len(kept) >= MAX_TITLE_WORDS:
            break
    while kept and (kept[-1].group(0).lower() in ("for", "of")):
        kept.pop()
    if not kept:
        return None
    first, last = kept[-1].start(), kept[0].end()
    if _FOR_A_COURTESY_TITLE.search(head[first:last]):
        return None  # "a spokeswoman for Mr Manchin said": the one for whom, not who
    if _TO_BECOME_BEFORE.search(head, max(0, first - 20), first):
        return None  # "the front-runner to become Acme's new chief, Jo Roe,": what one may become
    phrase = head[first:last]
    words_ = phrase.split()
    if any(w.endswith(("\u2019", "\u201d")) and not w.endswith("s\u2019") for w in words_) \
            and not any(m in phrase for m in "\u2018\u201c"):
        return None  # "The \u2018soft left\u2019 candidate": the quoted words cut, not a title
    if words_[-1].lower() in COURTESY_TITLES:
        return None  # "A jubilant Mr Wilders": a mood before a courtesy title, not who he is
    if _NAME_OF_BEFORE.search(head, max(0, first - NAME_OF_CHARS), first) and not any(_is_role(w) for w in words_):
        return None  # "Envoy for the Horn of Africa Jo Roe": the end of a longer name, not a title
    if all(w.replace(",", "").isdigit() for w in words_):
        return None  # "allowing about 100 Spears fans": a count before the name, no title
    if words_[0].isdigit() and len(words_[0]) <= 2:
        # "on Friday evening, September 21 President Jo Roe": the day's number, not the title's
        # (not "1922 Committee chair", a name's)
        words_ = words_[1:]
        if not words_:
            return None
        phrase = phrase[phrase.index(words_[0]) :]
    if _POSSESSIVE.search(words_[-1]) or len(words_) == 1 and words_[0].lower() in POSSESSIVE_PRONOUNS:
        return None  # "Sierra Leone's Jo Roe": whose, not who
    if all(w.lower() in COURTESY_TITLES for w in words_):
        return None
    if leading is not None and not any(w[:1].islower() or _is_role(w) for w in words_):
        return None  # "In Malawi's capital, Lilongwe, Jo Roe, ...": a place before the name, not a title
    return phrase


# A capitalised word and "of" or "for" (and "the") before a title: the title's words end a
# longer name ("the Horn of Africa", "Supervisor of Elections"), not "the killing of 32-year-old".
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w.'\u2019-]*\s+(?:of|for)\s+(?:the\s+)?$")
NAME_OF_CHARS = 40


def _is_role(word: str) -> bool:
    return bool(ROLE_NOUNS.intersection(word.rstrip(".").lower().split("-")))


OWNER_WORDS = 2  # "Saudi Arabia's", "New Zealand's": the owner's words before its last


def _owner_words_before(head: str, tokens, token) -> list:
    """The capitalised words just before an owner's last word ("Saudi" of "Saudi Arabia's
    Minister of State"), nearest first: without them the title names another owner."""
    index = next(i for i, t in enumerate(tokens) if t.start() == token.start())
    found = []
    for previous in reversed(tokens[max(0, index - OWNER_WORDS) : index]):
        word = previous.group(0)
        if (
            not word[:1].isupper() or word.isupper() or word.lower() in DESCRIPTION_STOP_WORDS
            or head[previous.end() : token.start()].strip(" ")
        ):
            break
        found.append(previous)
        token = previous
    return found


class _span_token:
    """A token-like span covering a possessive name of several words ("Jane Roe's")."""

    def __init__(self, text, start, end):
        self._text, self._start, self._end = text, start, end

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self, _=0):
        return self._text[self._start : self._end]


def _after_role(kept) -> bool:
    """True when the words already read include a role noun: lower-case modifiers of a role
    ("street protest leader") are part of the title."""
    return any(t.group(0) in ROLE_NOUNS for t in kept)


def _lower_role_before(tokens, connector) -> bool:
    """"envoy for Ruritania": a connector is part of a title only after a role noun or the head
    of an institution's name."""
    word = _word_before(tokens, connector)
    if word[:1].isupper() and word.lower() in INSTITUTION_HEAD_WORDS:
        return True  # "Bank of Japan Governor": an institution's name
    if word.lower() in RELATION_NOUNS:
        return False  # "The younger brother of Orange Coast College coach Jo Roe": the brother is someone else
    return word.lower() in ROLE_NOUNS


def _word_before(tokens: list[re.Match], connector: re.Match) -> str:
    """The word just before a connector among a title's tokens ("" when it opens them)."""
    previous = [t for t in tokens if t.end() <= connector.start()]
    return previous[-1].group(0) if previous else ""


def _appositive_after(text: str, end: int, names) -> str | None:
    """", the former banker arrested in 2020," or " -- an orchestra musician by profession --"."""
    match = re.match(r"\s*(?P<mark>,|\u2014|\u2013|--)\s*", text[end:])
    if not match:
        return None
    begin = end + match.end()
    first = re.match(r"[\w\u2019'.-]+", text[begin:])
    if not first:
        return None
    word = first.group(0)
    if word.lower() in NOT_APPOSITIVE_OPENERS or word[:1].isdigit():
        return None
    if word[:1].islower() and word not in APPOSITIVE_OPENERS and word not in ROLE_NOUNS:
        if word.endswith(("ing", "ly", "ed")) or not word.endswith(ADJECTIVE_ENDINGS):
            return None
    owner = next((b for a, b in names if a == begin), None)
    if owner is not None and text[owner : owner + 1] not in ("'", "\u2019"):
        return None  # a list of names, not a description
    if word[:1].isupper() and word.lower() not in ("a", "an", "the") and not _POSSESSIVE.search(word):
        if not any(a == begin for a, _ in names):
            return None
    closer = "\u2014" if match.group("mark") in ("\u2014", "--") else ("\u2013" if match.group("mark") == "\u2013" else ",")
    stop = _closer_at(text, closer, begin)
    clause_end = _clause_end(text, begin, through_quotes=True)
    if not 0 <= stop < clause_end and end <= OPENING_PHRASE_CHARS and _OPENING_PHRASE.fullmatch(text, 0, end):
        return None  # "After meeting Jo Roe, the office released ...": the sentence goes on, no apposition
    if end <= OPENING_PHRASE_CHARS and _OPENING_GERUND_PHRASE.fullmatch(text, 0, end):
        return None  # "In detaining Hamdok, the military tore up a deal": the name is the gerund's object
    stop = clause_end if stop < 0 else min(stop, clause_end)
    parallel = _THING_OF.match(text, begin)
    if parallel and _LIST_GOES_ON.match(text, stop) and f" {parallel.group(1)} of " in text[max(0, end - PARALLEL_CHARS) : end]:
        return None  # "the murder of his wife Jo Roe, the murder of his son Al Roe, and two counts": a list
    phrase = text[begin:stop].strip()
    if len(phrase.split()) < 1 or phrase.split()[0].lower() in ("is", "was", "were", "has", "had"):
        return None
    if _TITLED_NAME.search(phrase):
        return None  # "Jo Roe, the country's defense chief Al Lee and Transport Minister ...": a list of officials
    saying = _SAYING.search(phrase)
    if saying and not _RELATIVE.search(phrase, 0, saying.start()) and not _ARTICLE_BEFORE.search(phrase, 0, saying.start()):
        return None  # "defeating John Mahama, electoral commissioner Jo Roe said": the sentence's own saying
    if _OPENING_PHRASE.fullmatch(text, 0, end) and _OWNER_OPENS.match(phrase):
        return None  # "Under Mahama, Ghana's economy, hit by ..., has stuttered": the subject, not an apposition
    if _OPENING_PHRASE.fullmatch(text, 0, end) and (verb := _FINITE.search(phrase)) and not _RELATIVE.search(phrase, 0, verb.start()):
        return None  # "According to Fire Chief Jo Roe, the fire was reported at 9:47 a.m., and ...": the main clause
    if phrase.lower() in RELATIVE_WORDS:
        return None  # "He gave thanks to Jo Roe, who" (the page cut off): no description
    joined = next((
        (a, b) for a, b in names
        if begin < a < stop and _AND_RIGHT_BEFORE.search(text, begin, a) and _DESCRIBED_AFTER.match(text, b)
    ), None)
    if joined is not None:
        # "who was hurled from his pram and landed 68m from impact and Tahlia Hakin, 10, who":
        # the next person of a list, described in turn, not part of this one's description
        phrase = text[begin : _AND_RIGHT_BEFORE.search(text, begin, joined[0]).start()].strip()
    return phrase or None


_ADVERBIAL = re.compile(
    r"\s+(?:on\s+(?=(?:a|an|the|\d|[A-Z]))|by\s+(?=[a-z]+ing\b)|after\s|before\s|during\s|when\s|while\s"
    # "was the star skater hours before her test": a span before or after is when, not what
    rf"|(?:{'|'.join(sorted(TIME_SPAN_UNITS))})\s+(?:before|after|earlier|later)\b)"
)
_LIST_GOES_ON = re.compile(r",\s+(?:and|or)\s")
_THING_OF = re.compile(r"the\s+([a-z]+)\s+of\s")
PARALLEL_CHARS = 60  # how far before the name the same "murder of" is looked for
_SAYING = re.compile(rf"\b(?:{SPEECH_VERBS_REPORTED})\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")  # "a noted art dealer": no saying
_RELATIVE = re.compile(r"\b(?:who|which|that|whose)\b")
_AND_BEFORE = re.compile(r"\band\s+(?:[\w.'\u2019-]+\s+){0,4}$")
_NAME_AND_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*\s+and\s+(?:[\w.'\u2019-]+\s+){0,3}$")
AND_BEFORE_CHARS = 60
_PLURAL_RELATIVE = re.compile(r"(?i)(?:who|which)\s+(?:were|are|have|both)\b")
_SINGULAR_RELATIVE = re.compile(r"(?i)(?:who|which)\s+(?:was|is|has)\b")


def _closer_at(text: str, closer: str, begin: int) -> int:
    """Where the mark closing an apposition stands, -1 if none: not a comma between digits
    ("which looked at almost 1,600 incidents")."""
    stop = text.find(closer, begin)
    while closer == "," and 0 < stop < len(text) - 1 and text[stop - 1].isdigit() and text[stop + 1].isdigit():
        stop = text.find(closer, stop + 1)
    return stop


def _joint_relative(after: str, text: str, start: int) -> bool:
    """Whether a "who" clause after a name tells of it and the name joined to it by "and": one in
    the plural ("Koch and Meir, who were"), or, not in the singular, after two names ("Al Lee
    and cosmonaut Jo Roe, who comprised"); not "and his wife Jo Roe, who has been married"."""
    if not _RELATIVE.match(after):
        return False
    window = max(0, start - AND_BEFORE_CHARS)
    if _PLURAL_RELATIVE.match(after):
        return _AND_BEFORE.search(text, window, start) is not None
    return not _SINGULAR_RELATIVE.match(after) and _NAME_AND_BEFORE.search(text, window, start) is not None
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will)\b")
_OWNER_OPENS = re.compile(r"[A-Z][\w.-]*['\u2019]s?\s")


# A sentence opening on a phrase that ends at the name ("After meeting Jo Roe,", "Unlike Roe,"):
# what follows its comma is the sentence itself, unless a second comma closes an apposition.
OPENING_PHRASE_CHARS = 150  # an opening phrase is read only this far, so each name costs little
_OPENING_PHRASE = re.compile(rf"\s*(?:{'|'.join(OPENING_PHRASE_WORDS)})\b[^,;:]*")
_OPENING_GERUND_PHRASE = re.compile(rf"\s*(?:{'|'.join(OPENING_PHRASE_WORDS)})\s+[a-z]+ing\b[^,;:]*")
_AND_RIGHT_BEFORE = re.compile(r"\s+and\s+$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:\d|(?:who|a|an|the)\b)")


def _clause(text: str, begin: int) -> str | None:
    stop = _clause_end(text, begin)
    comma = text.find(",", begin)
    if 0 <= comma < stop:
        stop = comma
    phrase = text[begin:stop].strip()
    if phrase.lower() in ("a", "an", "the"):
        return None  # "was an “innocent bystander”": the quoted words are the description, not read here
    return phrase or None


def _clause_end(text: str, begin: int, through_quotes: bool = False) -> int:
    """Where the clause from `begin` ends: a stop, a colon or semicolon, or a quotation mark;
    but in an apposition (`through_quotes`) a few quoted words inside it ("who committed one of
    Australia's “worst examples of mass murder”.") are part of it, up to their closing mark, and
    the clause goes on after them to its end or to the next quotation."""
    match = _first_clause_end(text, begin)
    if not through_quotes or text[match.start() : match.start() + 1] != "\u201c":
        return match.start()
    close = text.find("\u201d", match.end(), match.end() + QUOTED_WORDS_CHARS)
    if close < 0 or _CLAUSE_END_INSIDE.search(text, match.end(), close):
        return match.start()
    after = _CLAUSE_END.search(text, close + 1)
    if after.start() < len(text) and text[after.start()] in "\"\u201c\u201d":
        return close + 1  # a second quotation after the first ends the clause at the first's close
    return after.start()


def _first_clause_end(text: str, begin: int) -> re.Match:
    """The first end of a clause from `begin`, past the stops of abbreviations ("acting governor
    while Gov. Greg Abbott is out of the country")."""
    for match in _CLAUSE_END.finditer(text, begin):
        word = _WORD_BEFORE_A_STOP.search(text, max(begin, match.start() - ABBREVIATION_CHARS), match.start())
        if not (text.startswith(".", match.start()) and word and word.group(0).lower() in ABBREVIATIONS):
            return match
    return _CLAUSE_END.search(text, len(text))


_WORD_BEFORE_A_STOP = re.compile(r"\b\w+$")
ABBREVIATION_CHARS = 8  # the longest abbreviation read before a stop


# (not "the new No. 1": a stop before a figure ends an abbreviation, not the clause)
_CLAUSE_END = re.compile(r"(?:(?<!\b[A-Z])\.(?!\s\d)|[;:!?])(?:\s|$)|[\"\u201c\u201d]|$")
_CLAUSE_END_INSIDE = re.compile(r"[.;:!?\"\u201c]")
QUOTED_WORDS_CHARS = 60  # a few words quoted inside a description, not a quotation of its own
