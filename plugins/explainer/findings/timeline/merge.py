"""Reports of the same happening become one group: compared only within a block (the same year
and the same kind of happening), and within a block only with groups that share a person or a
rare key word, so the work stays close to one pass over the sentences however many articles
there are. Sources that date one happening differently keep both dates, in a conflict."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from ...language.dates import (
    DAY,
    YEAR,
    coarser,
    compatible,
)
from ...language.lexicon import HAPPENING_KINDS, ONCE_PER_PERSON_KINDS, SAME_OCCASION_KINDS
from .model import Candidate, DateConflict, Entry, Group

# Past this many groups sharing a key word, the word is too common to say two reports match.
KEYWORD_POSTING_LIMIT = 50


def merge_candidates(candidates: list[Candidate]) -> list[Group]:
    """Reports of the same happening become one group; compared only within (year, kind).

    A block whose reports are those of the last merge in this process, with the same
    story-wide words, merges as it did then: in `make devserver` an edited seed's reports
    change, the others' stay equal, so only the blocks it touches are merged again."""
    global _last_blocks
    common = story_wide_words(candidates)
    ordered = sorted(candidates, key=lambda c: (c.entry.value[:4], _occasion(c) or "", len(c.entry.value), c.entry.value, c.order))
    blocks: dict[tuple[str, str | None], list[Candidate]] = {}
    for candidate in ordered:
        blocks.setdefault((candidate.entry.value[:4], _occasion(candidate)), []).append(candidate)
    kept: dict[tuple, tuple] = {}
    groups: list[Group] = []
    for key, block in blocks.items():
        last = _last_blocks.get(key)
        if last is not None and last[0] == common and last[1] == block:
            made = last[2]
        else:
            made = _merge_block(block, common)
        kept[key] = (common, block, made)
        groups.extend(_copy(group) for group in made)  # the editor's plan changes groups in place
    _last_blocks = kept
    return groups


def _occasion(candidate: Candidate) -> str | None:
    """The kind a report is grouped by: a conviction with the sentence it is often told with."""
    return SAME_OCCASION_KINDS.get(candidate.action, candidate.action)


# (year, kind) -> (the story-wide words, the block's candidates, its groups) of the last merge.
_last_blocks: dict[tuple, tuple] = {}


def _copy(group: Group) -> Group:
    return replace(
        group, candidates=list(group.candidates), people=set(group.people), keywords=Counter(group.keywords),
        sentences=set(group.sentences), dates=dict(group.dates),
    )


def _merge_block(block: list[Candidate], common: frozenset[str]) -> list[Group]:
    """One block's reports, in order, each joined to the first alike group or starting one."""
    by_person: dict[str, list[Group]] = defaultdict(list)  # the block's groups by person and word
    by_word: dict[str, list[Group]] = defaultdict(list)
    groups: list[Group] = []
    for candidate in block:
        nearby: dict[int, Group] = {}
        for person in candidate.people:
            for group in by_person.get(person, ()):
                nearby.setdefault(id(group), group)
        for word in candidate.keywords:
            posting = by_word.get(word, ())
            if len(posting) <= KEYWORD_POSTING_LIMIT:
                for group in posting:
                    nearby.setdefault(id(group), group)
        if not HAPPENING_KINDS.get(candidate.action, (True,))[0]:
            for group in groups[:KEYWORD_POSTING_LIMIT]:
                nearby.setdefault(id(group), group)
        target = None
        for group in sorted(nearby.values(), key=lambda g: g.candidates[0].order):
            verdict = _same_happening(candidate, group, common)
            if verdict:
                target = group
                if verdict == "conflict":
                    group.conflict = True
                break
        if target is None:
            target = Group([], candidate.entry.value, candidate.action)
            groups.append(target)
        _add(target, candidate, by_person, by_word)
    return [part for group in groups for part in _as_the_sources_tell_it(group)]


def _as_the_sources_tell_it(group: Group) -> list[Group]:
    """A group whose dates differ is one happening the sources date differently, unless one
    source gives both dates: an outlet does not contradict itself, so its "convicted in April"
    and "sentenced on Tuesday" are two happenings. Such a group is split by date."""
    if not group.conflict:
        return [group]
    values: dict[str, set[str]] = defaultdict(set)
    for candidate in group.candidates:
        values[candidate.entry.citation.source].add(candidate.entry.value)
    if not any(not all(compatible(a, b) for a in dates for b in dates) for dates in values.values()):
        return [group]
    parts: list[Group] = []
    for candidate in group.candidates:
        part = next((p for p in parts if all(compatible(v, candidate.entry.value) for v in p.dates)), None)
        if part is None:
            part = Group([], candidate.entry.value, candidate.action)
            parts.append(part)
        _add(part, candidate)
    return parts


def _add(group: Group, candidate: Candidate, by_person=None, by_word=None) -> None:
    """The report joins the group; with the block's indexes, they learn its new people and words."""
    group.candidates.append(candidate)
    group.sentences.add(candidate.order[:2])
    entry = candidate.entry
    vague = _vague(entry)
    group.dates[entry.value] = group.dates.get(entry.value, vague) and vague
    group.date = merged_date(group.date, entry.value)
    for person in candidate.people:
        if person not in group.people:
            group.people.add(person)
            if by_person is not None:
                by_person[person].append(group)
    for word in candidate.keywords:
        if word not in group.keywords and by_word is not None:
            by_word[word].append(group)
        group.keywords[word] += 1


def _vague(entry: Entry) -> bool:
    """A date counted back from the report ("earlier this year", "earlier this month"), no
    finer than a month: it says the happening was some time before, not which day."""
    return entry.relative and entry.precision != DAY


def _vague_against(value: str, vague: bool, entry: Entry) -> bool:
    """ "earlier this year" cannot say which month, nor "earlier this month" which day: such a
    report never pins down a report dated more finely."""
    if len(value) < len(entry.value):
        return vague
    if len(entry.value) < len(value):
        return _vague(entry)
    return False


def consensus(mine: set[str], counts: Counter) -> int:
    """How many of the other reports' labels share each word of this one: the most typical label."""
    return sum(counts[w] - 1 for w in mine)


def merged_date(date: str, value: str) -> str:
    """The date of a happening so far reported as `date`, once a report says `value`: the more
    precise of the two when they agree, else the part they share (at least the first's year)."""
    if compatible(date, value):
        return value if len(value) > len(date) else date
    return coarser(date, value) or date[:4]


# A word in more than this share of the story's dated sentences (the company's name in a story
# about the company) says nothing about which happening two sentences report.
COMMON_SHARE = 0.2
COMMON_FLOOR = 3


def story_wide_words(candidates: list[Candidate]) -> frozenset[str]:
    """The words too common in this story's dated sentences to tell two happenings apart."""
    seen: dict[tuple, frozenset[str]] = {}
    for candidate in candidates:
        seen.setdefault(candidate.order[:2], candidate.keywords)
    counts = Counter(word for words in seen.values() for word in words)
    limit = max(COMMON_FLOOR, COMMON_SHARE * len(seen))
    return frozenset(word for word, count in counts.items() if count > limit)


def _same_happening(candidate: Candidate, group: Group, common: frozenset[str] = frozenset()) -> str | None:
    """"same", "conflict" (the same happening, dated differently) or None.

    Words are compared with the report that started the group, not with every word the group
    has gathered: otherwise each report added makes the next unrelated one look alike, and a
    day's unrelated happenings chain into one."""
    personal = HAPPENING_KINDS.get(candidate.action, (True,))[0]
    if candidate.order[:2] in group.sentences:
        return None  # two dates in one sentence are two happenings
    entry = candidate.entry
    shared_people = not group.people.isdisjoint(candidate.people)
    founder = group.candidates[0]
    shared = [w for w in candidate.keywords if w in founder.keywords and w not in common]
    shared_words = len(shared)
    dates_agree = all(compatible(value, entry.value) for value in group.dates)
    if dates_agree and any(_vague_against(value, vague, entry) for value, vague in group.dates.items()):
        return None
    if personal:
        if candidate.people and group.people:
            # One person's arrest in a month is one arrest; other doings of a known kind in a
            # month need a word in common ("claimed victory" and "defeated" are two things a
            # winner did that day); what a person said, or did of no known kind, in one year
            # are many things: those need two words in common.
            specific = entry.precision != YEAR and candidate.action not in (None, "statement")
            needed = 0 if candidate.action in ONCE_PER_PERSON_KINDS else 1
            alike = shared_people and ((specific and shared_words >= needed) or shared_words >= 2)
        else:
            # No one named on one side: the reports are known by their words alone. What someone
            # unnamed said is one of many things said that day, so a statement needs three.
            alike = candidate.action != "statement" and _alike_in_words(shared, candidate, founder)
    else:
        # A collective happening (a closure, a disaster) names no one in particular, so it is
        # known by its words.
        alike = shared_people or _alike_in_words(shared, candidate, founder)
    if not alike or _other_shares(candidate, founder):
        return None
    if dates_agree:
        return "same"
    # Different dates for one person's arrest or sentence in the same year: a disagreement,
    # unless a date is only counted back ("last month"), which cannot contradict a dated report,
    # or the two are of kinds only told of one occasion (a conviction, a sentence), or a date is
    # not the kind's own ("appeared in court Monday following her weekend arrest").
    if personal and shared_people and candidate.action in ONCE_PER_PERSON_KINDS and not _vague(entry) \
            and not any(group.dates.values()) \
            and all(c.action == candidate.action and c.kind_at_date
                    for c in group.candidates if not compatible(c.entry.value, entry.value)) \
            and candidate.kind_at_date:
        return "conflict"
    return None


_PERCENTAGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


def _other_shares(candidate: Candidate, founder: Candidate) -> bool:
    """ "Shares in Pioneer rose about 3% in premarket trading" and "Exxon dropped by more than
    4% ..., while Pioneer ticked up by a little under 1%": clauses that each give a share, none
    the same, tell of two movements, however many words they share."""
    mine = set(_PERCENTAGE.findall(candidate.clause))
    theirs = set(_PERCENTAGE.findall(founder.clause))
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _alike_in_words(shared: list[str], candidate: Candidate, founder: Candidate) -> bool:
    """Two reports with no one in common are one happening by their words, beyond the story's
    common ones: three, or two that both write near the date (in its clause or close by). Two
    words shared further off may be another happening's: "Floods hit the coastal towns on
    Sunday" is not "The storm struck on Sunday, and in the days that followed, rescuers and
    soldiers slowly reached the coastal towns"."""
    if len(shared) >= 3:
        return True
    return len(shared) == 2 and all(w in candidate.near_keywords and w in founder.near_keywords for w in shared)


def date_conflict(entries: tuple[Entry, ...], outlets: dict[str, str] | None = None) -> DateConflict | None:
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
    return DateConflict(note=note, dates=tuple((e.citation.source, e.value) for e in listed), entries=tuple(listed))
