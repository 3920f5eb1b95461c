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
from collections import Counter
from dataclasses import replace

from ...base.text import slugify
from ...extract.citations import Citation
from ...extract.sources import Source
from ...language.dates import (
    DAY,
    precision_of,
)
from ...language.lexicon import DEFAULT_TOPICS
from ..people import Mention
from .candidates import content_words, find_candidates
from .merge import consensus, date_conflict, merge_candidates
from .model import Candidate, Event, Group
from .plan import Plan


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
    events = _events([group for group in groups + added if not group.hidden], outlets)
    events = _assign_topics(events, topics, source_map)
    return tuple(_unique_ids(sorted(events, key=event_order)))


def event_order(event: Event):
    """Chronological; a year-only event comes first in its year, a month-only one in its month."""
    parts = [int(p) for p in event.date.split("-")] + [0, 0]
    return (parts[0], parts[1], parts[2], event.citations[:1], event.label)


def _events(groups: list[Group], outlets: dict[str, str]) -> list[Event]:
    """Each group's event; a group of the very reports the last call in this process had, alike
    in all else, has that call's event again: in `make devserver` an edited seed's reports
    change, and most groups stay as they were."""
    global _last_events
    kept: dict[tuple, tuple[list[Candidate], Event]] = {}
    events = []
    for group in groups:
        key = (
            tuple(map(id, group.candidates)), group.date, group.action, group.conflict, group.label, group.topic,
            group.editorial, group.people_override, tuple(outlets.get(c.entry.citation.source) for c in group.candidates),
        )
        last = _last_events.get(key)
        event = last[1] if last is not None else _event(group, outlets)
        kept[key] = (group.candidates, event)  # the reports kept alive, so that no other report takes their ids
        events.append(event)
    _last_events = kept
    return events


# (the ids of a group's reports and all else its event is made from) -> (those reports, the event)
_last_events: dict[tuple, tuple[list[Candidate], Event]] = {}


def _event(group: Group, outlets: dict[str, str]) -> Event:
    entries = tuple(c.entry for c in sorted(group.candidates, key=lambda c: c.order))
    label_words = [set(content_words(c.label)) for c in group.candidates]
    counts = Counter(w for words in label_words for w in words)
    _, lead = max(
        zip(label_words, group.candidates),
        key=lambda pair: (pair[1].label_score, consensus(pair[0], counts), tuple(-x for x in pair[1].order)),
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


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: Counter = Counter()
    unique = []
    for event in events:
        slug = slugify(event.label, 5)
        base = "event-" + event.date + ("-" + slug if slug else "")
        seen[base] += 1
        unique.append(replace(event, id=base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return unique


def busiest_day(events, published: tuple[dt.date, ...] = ()) -> str | None:
    """The day most reports are about: the day the most outlets' reports tell of, then the one
    most sentences tell of. Of days as busy, the one nearest the reports' middle publication
    date (a death on Friday, reported over the weekend, rather than the family's statement on
    Monday), then the later."""
    counts = Counter()
    reports: dict[str, set] = {}
    for event in events:
        if event.precision == DAY:
            counts[event.date] += len(event.entries) or 1
            reports.setdefault(event.date, set()).update(event.sources)
    if not counts or max(len(told) for told in reports.values()) < 2:
        return None  # (a day told by one report, however many such days, is no day most reports are about)
    middle = sorted(published)[len(published) // 2] if published else None

    def distance(day: str) -> int:
        return abs((dt.date.fromisoformat(day) - middle).days) if middle else 0

    return max(counts, key=lambda d: (len(reports[d]), counts[d], -distance(d), d))


def _assign_topics(events: list[Event], topics, source_map) -> list[Event]:
    day = busiest_day(events, tuple(s.published for s in source_map.values()))
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
    # A happening of a known kind (a verdict, an arrest), or one whose label tells what happened
    # and not who said so ("Iger will serve as CEO again", of "..., Disney said in a statement"),
    # is not a reaction because its reports say who told of it: for it, the topic of sayings
    # counts the label's words alone.
    telling = event.action is not None and event.action != "statement"
    for name, words in rules:
        sayings = "said" in words or "wrote" in words
        labelled = any(_word_re(w).search(label) for w in words) or bool(_QUOTED.search(label + body))
        told = body if not (sayings and (telling or not labelled)) else ""
        score = sum(3 * len(_word_re(w).findall(label)) + len(_word_re(w).findall(told)) for w in words)
        if score > best_score:
            best, best_score = name, score
    return best


_QUOTED = re.compile("[\"\u201c\u201d]|(?:^|\\s)'\\s?\\w")  # someone's words, quoted in the label or its report


def _word_re(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word.lower())}\b")
