"""The timeline: what happened when, in the sources' own words, each date cited.

Every dated sentence is a candidate: its citation, the date as the source wrote it, the people
the clause is about and the kind of happening (an arrest, a sentence, an election...). Reports
from different sources about the same happening become one event with several citations;
when they date it differently the event keeps both dates and says so, rather than picking one.

Candidates are compared only within a block (the same year and the same kind of happening),
and within a block only with events that share a person or a rare key word, so the work stays
close to one pass over the sentences however many articles there are.

The editor can relabel, hide, split, merge or add events in `content/timeline.yaml`
(`timeline_plan.py`); without that file everything is automatic. Only general English rules
live here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .citations import Citation
from .dates import DAY, YEAR, DateMention, coarser, compatible, find_dates, format_date, precision_of
from .text import slugify

if TYPE_CHECKING:
    from .people import Mention
    from .sources import Source
    from .timeline_plan import Plan

# Kinds of happening, by the words that name them. "Personal" kinds happen to someone: two
# reports are the same arrest only if they are about the same person. Collective ones (an
# election, a war) are one happening for everyone named in them.
ACTIONS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "sentence": (True, ("sentenced", "convicted", "found guilty", "verdict", "jailed for", "given a")),
    "arrest": (True, ("arrested", "arrest", "detained", "detention", "jailed", "imprisoned", "in prison",
                      "political prisoner", "behind bars", "abducted", "kidnapped", "seized")),
    "release": (True, ("released", "release", "releases", "freed", "pardoned", "set free", "walked free")),
    "award": (True, ("prize", "award", "awarded", "honoured", "honored", "medal")),
    "move": (True, ("transported", "transferred", "taken to", "handed over", "arrived", "arriving",
                    "arrives", "en route", "transiting", "deport", "deported", "expelled", "exiled",
                    "fled", "crossed", "flown", "returned")),
    "death": (True, ("died", "killed", "death", "dead")),
    "founding": (True, ("founded", "established", "set up", "launched")),
    "election": (False, ("election", "elections", "vote", "voted", "elected", "ballot", "referendum")),
    "protest": (False, ("protest", "protests", "protesters", "demonstration", "demonstrations", "rally",
                        "uprising", "strike")),
    "war": (False, ("invasion", "invaded", "war", "offensive", "attack", "attacked", "troops")),
    "sanctions": (False, ("sanction", "sanctions", "embargo", "restrictions", "tariff", "tariffs", "lifted",
                          "lifting", "imposed", "eased", "easing")),
    "talks": (False, ("talks", "negotiations", "negotiated", "meeting", "meetings", "summit", "met",
                      "meet", "meets", "visit", "visited")),
    "statement": (True, ("said", "says", "told", "announced", "wrote", "posted", "statement", "speaking",
                         "speaks", "spoke", "thanked", "welcomed", "comments", "urged", "called")),
}
# When several kinds are named, the nearest to the date wins; on a tie, the earlier kind here.
ACTION_ORDER = tuple(ACTIONS)
_ACTION_PATTERN = re.compile(
    r"(?i)\b(?:" + "|".join(
        sorted({re.escape(w) for _, words in ACTIONS.values() for w in words}, key=len, reverse=True)
    ) + r")\b"
)
_ACTION_OF = {w: name for name, (_, words) in ACTIONS.items() for w in words}

# How the busiest day is organised when content/timeline.yaml names no topics.
DEFAULT_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("What happened", ("released", "freed", "release", "arrested", "detained", "killed", "died", "signed",
                       "began", "ended", "held", "happened", "took place", "won", "elected")),
    ("Decisions and deals", ("sanction", "sanctions", "deal", "agreed", "agreement", "lift", "lifted",
                             "lifting", "talks", "negotiations", "envoy", "relief", "easing")),
    ("Who went where", ("transported", "transferred", "taken to", "handed over", "arrived", "arriving",
                        "arrives", "en route", "transiting", "border", "crossed", "flown", "left")),
    ("Reactions", ("said", "says", "told", "thanked", "welcomed", "wrote", "statement", "speaking",
                   "speaks", "spoke", "comments", "reacted", "praised", "condemned", "urged")),
)

STOPWORDS = frozenset(
    """a about after again against all also among an and any are as at be been before being between
    both but by could did do does during each for from had has have he her hers him his how i if in
    into is it its itself just may me might more most much my no nor not now of off on once only or
    other our out over own same she should so some such than that the their them then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your said says told according reported report reports year years
    day days month months week weeks ago earlier later last previous eve saturday sunday monday
    tuesday wednesday thursday friday january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec since including""".split()
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_BOUNDARY = re.compile(r"\s*(?:[;:()\[\]\u2014\u2013]|\s-\s|,(?=\s))\s*")
_PRONOUN = re.compile(r"(?i)\b(?:he|she|his|her|him|hers|himself|herself)\b")
_ROLE_NOUN = re.compile(
    r"(?i)\bthe\s+(?:\w+\s+){0,2}(?:winner|laureate|activist|lawyer|leader|founder|politician|journalist|"
    r"editor|musician|dissident|candidate|former|opposition figure|prisoner)\b"
)
_RELATIVE_START = re.compile(r"(?i)^(?:who|whom|whose|which|that)\b")
_POSSESSIVE = re.compile(r"['\u2019]")
_INCLUDING = re.compile(r"(?i)^(?:including|among them|along with|together with|such as)\b")
_DROP_PREPOSITION = re.compile(r"(?i)\s*\b(?:in|on|during|as of|as at|at)(?:\s+the)?\s*$")
_KEEP_DATE = re.compile(r"(?i)\b(?:since|by|until|till|before|after|from)\s*$")
_LEAD_PREPOSITION = re.compile(r"(?i)\b(?:in|on|since|by|from|until|of|during|before|after|as of)\s*$")
_NOUN_AFTER = re.compile(
    r"\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"(?=\s+(?:of|against|in|on|over|with|that|which|who|by|for|and|to)\b|[,.;:\u2014\u2013)]|$)"
)
_NOUN_TAIL = re.compile(
    r"\s+(?:(?:of|against|over)\s+[^,.;:\u2014\u2013()]{1,40}?|(?:that|which)\s+[^,.;:\u2014\u2013()]{1,60}?)"
    r"(?=[,.;:\u2014\u2013()]|\s+(?:and|but|while|when)\b|$)"
)
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its)|[\w.-]+['\u2019]s?)(?:\s+[\w-]+){0,3}\s+$")
_CUT_WORDS = frozenset(
    "after for while because though although when where following despite during until amid which "
    "who whose including".split()
)
_LEADING = frozenset("then and but so also".split())
_VERB_START = re.compile(r"^(?:was|were|is|are|has|had|have|will|would|became|been|being|also)$")
_WEAK_START = re.compile(r"(?i)^(?:he|she|they|it|his|her|their|its|who|which|that|then|and|but|this|these)\b")
# Action words that are nouns: a verb near the date says more about what happened then.
NOUNS = frozenset(
    """prize award election elections vote ballot referendum protest protests protesters demonstration
    demonstrations rally uprising strike invasion war offensive attack troops sanction sanctions embargo
    restrictions tariff tariffs talks negotiations meeting meetings summit release releases arrest
    detention death dead statement comments""".split()
) | {"political prisoner", "in prison", "behind bars", "en route"}
LABEL_WORDS = 16
KEYWORD_POSTING_LIMIT = 50


@dataclass(frozen=True)
class Entry:
    """One source's report of an event: the sentence, and the date in the source's words."""

    citation: Citation
    value: str
    precision: str
    words: str
    relative: bool
    kind: str  # "body", "caption" or "embed" (a post pasted into the article: its author's words)
    author: str | None = None

    @property
    def display_date(self) -> str:
        return format_date(self.value, self.precision)

    @property
    def link(self) -> Citation:
        """The citation without the quoted words, where the page shows the words elsewhere."""
        return Citation(self.citation.source, self.citation.sentence)


@dataclass(frozen=True)
class Conflict:
    """Sources that date the same happening differently; `dates` is (source id, date) pairs."""

    note: str
    dates: tuple[tuple[str, str], ...]
    entries: tuple[Entry, ...] = ()

    def to_json(self) -> dict:
        return {"note": self.note, "dates": dict(self.dates)}


@dataclass(frozen=True)
class Event:
    id: str
    date: str
    precision: str
    label: str
    people: tuple[str, ...]
    citations: tuple[Citation, ...]
    conflict: Conflict | None = None
    relative: str | None = None  # the source's words when every report dates it relatively
    topic: str | None = None
    entries: tuple[Entry, ...] = ()
    action: str | None = None
    topic_rank: int = 0  # the topic's place in the list of topics, for the page's order
    editorial: bool = False  # added or relabelled in content/timeline.yaml

    @property
    def display_date(self) -> str:
        return format_date(self.date, self.precision)

    @property
    def year(self) -> str:
        return self.date[:4]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.citations))

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "date": self.date,
            "precision": self.precision,
            "label": self.label,
            "people": list(self.people),
            "citations": [
                {**e.citation.to_json(), "date": e.value, "words": e.words, "relative": e.relative}
                for e in self.entries
            ],
            "conflict": self.conflict.to_json() if self.conflict else None,
            "relative": self.relative,
            "topic": self.topic,
        }


@dataclass
class Candidate:
    """A dated clause of one sentence, before reports are merged into events."""

    entry: Entry
    order: tuple[int, int, int]
    people: tuple[str, ...]
    action: str | None
    actions: frozenset[str]
    keywords: frozenset[str]
    label: str
    clause: str
    label_score: tuple


@dataclass
class Group:
    candidates: list[Candidate]
    date: str
    action: str | None
    people: set[str] = field(default_factory=set)
    keywords: Counter = field(default_factory=Counter)
    conflict: bool = False
    hidden: bool = False
    label: str | None = None
    topic: str | None = None
    editorial: bool = False
    people_override: tuple[str, ...] | None = None
    sentences: set = field(default_factory=set)  # (source index, sentence index) of each report
    dates: dict = field(default_factory=dict)  # each distinct date value: is it a vague relative year


# --- candidates -------------------------------------------------------------------------


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
    posted = _posted_dates(source)
    recent: tuple[int, str] | None = None  # (sentence index, slug) of the last subject
    for index, sentence in enumerate(source.sentences):
        mentions = sorted(mentions_by_sentence.get((source.id, sentence.id), ()), key=lambda m: m.start)
        subject = _subject(sentence.text, mentions, recent, index)
        if sentence.kind != "embed" and subject:
            recent = (index, subject)
        reference = posted.get(sentence.block, source.published)
        dated = _distinct(find_dates(sentence.text, reference))
        if not dated:
            continue
        # Worked out once per sentence, shared by each date in it.
        shared = (
            _segments(sentence.text, dated),
            frozenset(_stem(w) for w in _content_words(sentence.text)),
        )
        for number, mention in enumerate(dated):
            candidates.append(
                _candidate(source, sentence, mention, shared, mentions, subject, (source_index, index, number), names)
            )
    return candidates


def _posted_dates(source: Source) -> dict[int, dt.date]:
    """The day each pasted post was posted, when the copy says: its "today" is that day."""
    posted = {}
    for index, block in enumerate(source.blocks):
        when = block.posted
        if block.kind == "embed" and when:
            days = [m for m in find_dates(when, source.published) if m.precision == DAY]
            if days:
                posted[index] = days[0].day()
    return posted


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
    """Who the sentence is about: a name at its start, else the person a pronoun points back to."""
    if mentions and len(text[: mentions[0].start].split()) <= 5:
        return mentions[0].person
    if recent and index - recent[0] <= 3:
        head = text[: mentions[0].start] if mentions else text
        if _PRONOUN.search(head) or _ROLE_NOUN.search(" ".join(head.split()[:10])):
            return recent[1]
    return None


def _segments(text: str, dated: list[DateMention]) -> list[tuple[int, int]]:
    """The sentence cut at commas, dashes and brackets, never inside a date."""
    cuts = [
        m for m in _BOUNDARY.finditer(text)
        if not any(d.start < m.end() and m.start() < d.end for d in dated)
    ]
    spans, start = [], 0
    for cut in cuts:
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _content_words(text: str) -> list[str]:
    """Words that can tell two happenings apart; numbers count ("123" prisoners), years do not."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and (not w.isdigit() or len(w) < 4)]


def _clause(text: str, mention: DateMention, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The clause around a date, grown until it says something beyond the date itself."""
    at = next((i for i, (a, b) in enumerate(spans) if a <= mention.start < b), len(spans) - 1)
    first = last = at

    def substance(a: int, b: int) -> int:
        rest = text[a : mention.start] + " " + text[mention.end : b] if a <= mention.start < b else text[a:b]
        words = [w for w in _WORD.findall(rest.lower()) if w not in STOPWORDS]
        return len(words) + len(_ACTION_PATTERN.findall(rest))

    while substance(spans[first][0], spans[last][1]) < 2:
        if last + 1 < len(spans):
            last += 1
        elif first > 0:
            first -= 1
        else:
            break
    return spans[first][0], spans[last][1]


def _with_inclusions(text: str, end: int, spans: list[tuple[int, int]]) -> int:
    """The clause's end, extended over "including X and Y" or "along with X" that follow it."""
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


def _candidate(source, sentence, mention, shared, mentions, subject, order, names) -> Candidate:
    spans, keywords = shared
    text = sentence.text
    phrase = _noun_phrase(text, mention)
    start, end = phrase or _clause(text, mention, spans)
    clause = text[start:end]
    scope_end = _with_inclusions(text, end, spans)
    own = [m for m in mentions if start <= m.start < scope_end]
    antecedent = None
    if phrase is None and _RELATIVE_START.match(clause.lstrip()):
        before = [m for m in mentions if m.start < start]
        antecedent = before[-1] if before else None
    people = [m.person for m in own]
    opens_with_name = own and len(text[start : own[0].start].split()) <= 2
    if antecedent:
        people.insert(0, antecedent.person)
    elif subject and not opens_with_name:
        people.insert(0, subject)
    if not people:
        # No one in the clause: whoever the sentence names, except as an owner ("X's regime").
        people = [m.person for m in mentions if not _POSSESSIVE.match(text, m.start + len(m.form))]
    people = tuple(dict.fromkeys(people))
    action, actions = _actions(text, start, end, mention)
    who = antecedent or next((m for m in mentions if m.person == subject), None)
    who_name = (who.form if who else names.get(subject)) if (who or subject) else None
    label = _noun_label(clause) if phrase else _label(text, start, end, mention, who_name)
    entry = Entry(
        citation=Citation(source.id, sentence.id, text),
        value=mention.value,
        precision=mention.precision,
        words=mention.text,
        relative=mention.relative,
        kind=sentence.kind,
        author=sentence.author,
    )
    size = len(label.split())
    score = (
        sentence.kind == "body",
        not _WEAK_START.match(label),
        4 <= size <= LABEL_WORDS,
        not mention.relative,
        bool(phrase) or action is not None,
    )
    return Candidate(entry, order, people, action, actions, keywords, label, clause, score)


def _actions(text: str, start: int, end: int, mention: DateMention) -> tuple[str | None, frozenset[str]]:
    """The kind of happening the date belongs to: a verb near it before a noun near it."""
    found = []
    for match in _ACTION_PATTERN.finditer(text, start, end):
        word = match.group(0).lower()
        name = _ACTION_OF[word]
        gap = text[match.end() : mention.start] if match.end() <= mention.start else text[mention.end : match.start()]
        distance = len(_WORD.findall(gap))
        found.append((distance > 10, name == "statement", word in NOUNS, distance, ACTION_ORDER.index(name), name))
    names = frozenset(f[-1] for f in found)
    if not found:
        # Nothing in the clause: the nearest kind named anywhere in the sentence.
        for match in _ACTION_PATTERN.finditer(text):
            name = _ACTION_OF[match.group(0).lower()]
            far = min(abs(match.start() - mention.end), abs(mention.start - match.end()))
            found.append((True, name == "statement", False, far, ACTION_ORDER.index(name), name))
    best = min(found, default=None)
    return (best[-1] if best else None), names


def _stem(word: str) -> str:
    word = word.replace("\u2019", "'").removesuffix("'s")
    return word[:6]


def _noun_label(phrase: str) -> str:
    label = phrase.strip(" ,;:\u2014\u2013-")
    return label[:1].upper() + label[1:]


def _label(text: str, start: int, end: int, mention: DateMention, who: str | None) -> str:
    """The clause around the date, cut to the part that holds it, with who did it."""
    # "Viktar Babaryka, the former banker arrested in 2020": the clause describes a name.
    # String tests, not a pattern per name: a thousand names would thrash re's compile cache.
    appositive = bool(who) and text[:start].rstrip().endswith(who + ",")
    left, right = text[start : mention.start], text[mention.end : end]
    keep_date = not mention.relative and _KEEP_DATE.search(left)
    if not keep_date:
        left = _DROP_PREPOSITION.sub("", left)
    left_tokens = left.split()
    tokens = left_tokens + (mention.text.split() if keep_date else []) + right.split()
    mark = len(left_tokens)
    cuts = [i for i, t in enumerate(tokens) if i > 0 and _bare(t) in _CUT_WORDS]
    bounds = [0, *cuts, len(tokens)]
    a, b = 0, len(tokens)
    for low, high in zip(bounds, bounds[1:]):
        if low <= max(mark - 1, 0) < high or (mark == 0 and low == 0):
            a, b = low, high
            break
    while len([t for t in tokens[a:b] if _bare(t) not in _CUT_WORDS]) < 4 and a > 0:
        a = max(c for c in [0, *cuts] if c < a)
    tokens = tokens[a:b]
    if tokens and who and _bare(tokens[0]) in ("who", "he", "she"):
        tokens = [who] + tokens[1:]
    while tokens and _bare(tokens[0]) in _CUT_WORDS | _LEADING:
        tokens = tokens[1:]
    if tokens and who:
        first = _bare(tokens[0])
        if first in ("he", "she"):
            tokens = [who] + tokens[1:]
        elif _VERB_START.match(first):
            tokens = [who] + tokens
        elif appositive and who not in " ".join(tokens):
            tokens = [who + ","] + tokens
    if len(tokens) > LABEL_WORDS:
        tokens = tokens[:LABEL_WORDS] + ["\u2026"]
    label = " ".join(tokens).strip(" ,;:\u2014\u2013-")
    if label.count("\u201c") != label.count("\u201d") or label.count('"') % 2:
        label = label.replace("\u201c", "").replace("\u201d", "").replace('"', "")
    label = label.rstrip(" ,;:.").strip()
    return label[:1].upper() + label[1:]


def _bare(token: str) -> str:
    return token.lower().strip(",.;:\"'\u201c\u201d\u2018\u2019()")


# --- merging ------------------------------------------------------------------------------


def merge_candidates(candidates: list[Candidate]) -> list[Group]:
    """Reports of the same happening become one group; compared only within (year, kind)."""
    blocks: dict[tuple[str, str | None], list[Group]] = defaultdict(list)
    by_person: dict[tuple, list[Group]] = defaultdict(list)
    by_word: dict[tuple, list[Group]] = defaultdict(list)
    groups: list[Group] = []
    ordered = sorted(candidates, key=lambda c: (c.entry.value[:4], c.action or "", len(c.entry.value), c.entry.value, c.order))
    for candidate in ordered:
        key = (candidate.entry.value[:4], candidate.action)
        nearby: dict[int, Group] = {}
        for person in candidate.people:
            for group in by_person.get((key, person), ()):
                nearby.setdefault(id(group), group)
        for word in candidate.keywords:
            posting = by_word.get((key, word), ())
            if len(posting) <= KEYWORD_POSTING_LIMIT:
                for group in posting:
                    nearby.setdefault(id(group), group)
        if not ACTIONS.get(candidate.action, (True,))[0]:
            for group in blocks.get(key, ())[:KEYWORD_POSTING_LIMIT]:
                nearby.setdefault(id(group), group)
        target = None
        for group in sorted(nearby.values(), key=lambda g: g.candidates[0].order):
            verdict = _same_happening(candidate, group)
            if verdict:
                target = group
                if verdict == "conflict":
                    group.conflict = True
                break
        if target is None:
            target = Group([], candidate.entry.value, candidate.action)
            blocks[key].append(target)
            groups.append(target)
        _add(target, candidate, key, by_person, by_word)
    return groups


def _add(group: Group, candidate: Candidate, key, by_person, by_word) -> None:
    group.candidates.append(candidate)
    group.sentences.add(candidate.order[:2])
    entry = candidate.entry
    vague = entry.relative and entry.precision == YEAR
    group.dates[entry.value] = group.dates.get(entry.value, vague) and vague
    group.date = merged_date(group.date, entry.value)
    for person in candidate.people:
        if person not in group.people:
            group.people.add(person)
            by_person[(key, person)].append(group)
    for word in candidate.keywords:
        if word not in group.keywords:
            by_word[(key, word)].append(group)
        group.keywords[word] += 1


def _vague_against(value: str, vague: bool, entry: Entry) -> bool:
    """ "earlier this year" cannot say which month: it never pins down a month-dated report."""
    if len(value) < len(entry.value):
        return vague
    if len(entry.value) < len(value):
        return entry.relative and entry.precision == YEAR
    return False


def _consensus(mine: set[str], counts: Counter) -> int:
    """How many of the other reports' labels share each word of this one: the most typical label."""
    return sum(counts[w] - 1 for w in mine)


def merged_date(date: str, value: str) -> str:
    """The date of a happening so far reported as `date`, once a report says `value`: the more
    precise of the two when they agree, else the part they share (at least the first's year)."""
    if compatible(date, value):
        return value if len(value) > len(date) else date
    return coarser(date, value) or date[:4]


def _same_happening(candidate: Candidate, group: Group) -> str | None:
    """"same", "conflict" (the same happening, dated differently) or None."""
    personal = ACTIONS.get(candidate.action, (True,))[0]
    if candidate.order[:2] in group.sentences:
        return None  # two dates in one sentence are two happenings
    entry = candidate.entry
    shared_people = not group.people.isdisjoint(candidate.people)
    shared_words = sum(1 for w in candidate.keywords if w in group.keywords)
    dates_agree = all(compatible(value, entry.value) for value in group.dates)
    if dates_agree and any(_vague_against(value, vague, entry) for value, vague in group.dates.items()):
        return None
    if personal:
        if candidate.people and group.people:
            alike = shared_people
        else:
            alike = shared_words >= 3
    else:
        alike = shared_people or shared_words >= 1 or not candidate.people or not group.people
    if not alike:
        return None
    if dates_agree:
        return "same"
    # Different dates for one person's arrest or sentence in the same year: a disagreement.
    if personal and shared_people and candidate.action not in (None, "statement", "move"):
        return "conflict"
    return None


# --- events -------------------------------------------------------------------------------


def build_events(
    sources: tuple[Source, ...],
    mentions_by_sentence: dict[tuple[str, str], list[Mention]],
    plan: Plan | None = None,
    names: dict[str, str] | None = None,
    candidates: list[Candidate] | None = None,
) -> tuple[Event, ...]:
    """Every event of the story, in date order, after the editor's `plan` if any.

    `names` maps each registered person's slug to their name, for labels that need to say who;
    `candidates` are the sources' dated clauses, when they were found already.
    """
    names = names or {}
    if candidates is None:
        candidates = find_candidates(sources, mentions_by_sentence, names)
    groups = merge_candidates(candidates)
    source_map = {s.id: s for s in sources}
    topics = DEFAULT_TOPICS
    added: list[Group] = []
    if plan is not None:
        groups, added = plan.apply(groups)
        topics = plan.topics or topics
    outlets = {s.id: s.outlet for s in sources}
    events = [_event(group, outlets) for group in groups + added if not group.hidden]
    events = _assign_topics(events, topics, source_map)
    return tuple(_unique_ids(sorted(events, key=event_order)))


def event_order(event: Event):
    """Chronological; a year-only event comes first in its year, a month-only one in its month."""
    parts = [int(p) for p in event.date.split("-")] + [0, 0]
    return (parts[0], parts[1], parts[2], event.citations[:1], event.label)


def _event(group: Group, outlets: dict[str, str]) -> Event:
    entries = tuple(c.entry for c in sorted(group.candidates, key=lambda c: c.order))
    label_words = [set(_content_words(c.label)) for c in group.candidates]
    counts = Counter(w for words in label_words for w in words)
    _, lead = max(
        zip(label_words, group.candidates),
        key=lambda pair: (pair[1].label_score, _consensus(pair[0], counts), tuple(-x for x in pair[1].order)),
    )
    people: list[str] = []
    for candidate in sorted(group.candidates, key=lambda c: c.order):
        people.extend(candidate.people)
    people = list(dict.fromkeys(people)) if group.people_override is None else list(group.people_override)
    relative = None
    if entries and all(e.relative for e in entries):
        relative = entries[0].words
    conflict = date_conflict(entries, outlets) if group.conflict else None
    citations = tuple(dict.fromkeys(Citation(e.citation.source, e.citation.sentence) for e in entries))
    return Event(
        id="",
        date=group.date,
        precision=precision_of(group.date),
        label=group.label or _attributed(lead),
        people=tuple(people),
        citations=citations,
        conflict=conflict,
        relative=relative,
        topic=group.topic,
        entries=entries,
        action=group.action,
        editorial=group.editorial,
    )


def _attributed(candidate: Candidate) -> str:
    """A post's words are its author's: the label says whose they are."""
    entry = candidate.entry
    if entry.kind == "embed" and entry.author and entry.author not in candidate.label:
        return f"{entry.author}: {candidate.label}"
    return candidate.label


def date_conflict(entries: tuple[Entry, ...], outlets: dict[str, str] | None = None) -> Conflict | None:
    dates: dict[str, Entry] = {}
    for entry in entries:
        dates.setdefault(entry.citation.source, entry)
    values = sorted({e.value for e in dates.values()})
    finest = [v for v in values if not any(o != v and o.startswith(v) for o in values)]
    if len(finest) < 2:
        return None
    listed = sorted(dates.values(), key=lambda e: (e.value, e.citation.source))
    note = "The sources give different dates: " + "; ".join(
        f"{e.display_date} ({(outlets or {}).get(e.citation.source, e.citation.source)})" for e in listed
    )
    return Conflict(note=note, dates=tuple((e.citation.source, e.value) for e in listed), entries=tuple(listed))


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: Counter = Counter()
    unique = []
    for event in events:
        base = "event-" + event.date + ("-" + slugify(event.label, 5) if slugify(event.label, 5) else "")
        seen[base] += 1
        unique.append(replace(event, id=base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return unique


def busiest_day(events) -> str | None:
    """The day most reports are about: on a story's day of news, most sentences are."""
    counts = Counter()
    for event in events:
        if event.precision == DAY:
            counts[event.date] += len(event.entries) or 1
    if not counts:
        return None
    return max(counts, key=lambda d: (counts[d], d))


def _assign_topics(events: list[Event], topics, source_map) -> list[Event]:
    day = busiest_day(events)
    if day is None:
        return events
    rules = [(name, tuple(w.lower() for w in words)) for name, words in topics]
    fallback = rules[0][0]
    rank = {name: index for index, (name, _) in enumerate(rules)}
    assigned = []
    for event in events:
        if event.date == day and not event.topic:
            event = replace(event, topic=_topic_of(event, rules, fallback))
        if event.topic:
            event = replace(event, topic_rank=rank.get(event.topic, len(rank)))
        assigned.append(event)
    return assigned


def _topic_of(event: Event, rules, fallback: str) -> str:
    """The topic whose words the label (three times over) and the reports use most."""
    if event.entries and all(e.kind == "embed" for e in event.entries):
        # A post pasted into an article is someone's reaction.
        for name, words in rules:
            if "said" in words or "wrote" in words:
                return name
    label = event.label.lower()
    body = " ".join(e.citation.quote.lower() for e in event.entries[:3] if e.citation.quote)
    best, best_score = fallback, 0
    for name, words in rules:
        score = sum(3 * len(_word_re(w).findall(label)) + len(_word_re(w).findall(body)) for w in words)
        if score > best_score:
            best, best_score = name, score
    return best


def _word_re(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word.lower())}\b")
