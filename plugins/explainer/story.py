"""The Story: one plain, immutable model of everything found in the seeds.

Pages and `data/story.json` are both views of it, so a page never re-derives what the Story
already holds. Later stages (people, timeline, comparison) add their findings here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .base.buildcache import BuildCaches
from .base.errors import display_path
from .base.parallel import Forked, map_sources
from .base.safefile import by_name
from .base.text import fold
from .extract.cleaning import CITABLE
from .extract.foreign import foreign_warning, written_for_another_story
from .extract.sources import Source, keyed_sources
from .findings.corrections import LoggedCorrection, read_corrections
from .findings.descriptors import Descriptor, source_descriptors
from .findings.facts import (
    Continuation,
    Fact,
    find_continuations,
    group_facts,
    source_facts,
)
from .findings.names import (
    NameClues,
    name_warnings,
    source_name_clues,
    sources_common_words,
)
from .findings.numbers import (
    Comparison,
    CountConflict,
    Number,
    compare_numbers,
    group_counts,
    source_counts,
)
from .findings.people import (
    Mention,
    NameMatcher,
    Person,
    company_names,
    load_registry,
    source_mentions,
    uncited_fact_warnings,
)
from .findings.quotes import Quote, align_quotes, source_quotes
from .findings.timeline.candidates import source_candidates
from .findings.timeline.events import build_events, busiest_day
from .findings.timeline.model import Event
from .findings.timeline.plan import read_plan


@dataclass(frozen=True)
class Story:
    sources: tuple[Source, ...]
    people: tuple[Person, ...] = ()
    mentions: tuple[Mention, ...] = ()
    warnings: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[Number, ...] = ()
    number_comparisons: tuple[Comparison, ...] = ()
    conflicts: tuple[CountConflict, ...] = ()
    descriptors: tuple[Descriptor, ...] = ()
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()
    continuations: tuple[Continuation, ...] = ()  # sentences about a person by "He"/"She"
    corrections_log: tuple[LoggedCorrection, ...] = ()  # the editor's published corrections

    @cached_property
    def source_map(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def outlet_count(self) -> int:
        """Distinct outlets: two articles from one outlet are one outlet's account."""
        return len({s.outlet for s in self.sources})

    @cached_property
    def updates(self) -> tuple[tuple, ...]:
        """(day, sources added that day), newest first: how the story grew."""
        days: dict = {}
        for source in self.sources:
            days.setdefault(source.added or source.published, []).append(source)
        return tuple((day, tuple(days[day])) for day in sorted(days, reverse=True))

    @property
    def last_updated(self):
        """The day the latest article was added (None: no sources)."""
        return self.updates[0][0] if self.updates else None

    @cached_property
    def person_map(self) -> dict[str, Person]:
        return {p.slug: p for p in self.people}

    @cached_property
    def mentions_by_person(self) -> dict[str, list[Mention]]:
        grouped: dict[str, list[Mention]] = {p.slug: [] for p in self.people}
        for mention in self.mentions:
            grouped[mention.person].append(mention)
        return grouped

    @cached_property
    def mentions_by_sentence(self) -> dict[tuple[str, str], list[Mention]]:
        return _by_sentence(self.mentions)

    @cached_property
    def facts_by_person(self) -> dict[str, list[Fact]]:
        grouped: dict[str, list[Fact]] = {p.slug: [] for p in self.people}
        for fact in self.facts:
            grouped.setdefault(fact.person, []).append(fact)
        return grouped

    @cached_property
    def busiest_day(self) -> str | None:
        return busiest_day(self.events, tuple(s.published for s in self.sources))

    @cached_property
    def events_by_person(self) -> dict[str, list[Event]]:
        grouped: dict[str, list[Event]] = {p.slug: [] for p in self.people}
        for event in self.events:
            for slug in event.people:
                grouped.setdefault(slug, []).append(event)
        return grouped


def build_story(
    seeds_dir: str | Path,
    people_dir: str | Path | None = None,
    timeline_path: str | Path | None = None,
    caches: BuildCaches | None = None,
    corrections_path: str | Path | None = None,
) -> Story:
    """The Story of the seeds, the people files, the timeline plan and the editor's corrections
    (`corrections_path`; by default `corrections.yaml` beside the timeline plan, if there is one).

    With `caches`, a build whose inputs are byte for byte those of an earlier build with the
    same code reads that build's Story back: a change to a template, an editorial page or a
    setting does not find every mention, quotation and date again. A Story that must be found
    again extracts only the seeds that changed, and reads back what each unchanged source says.
    """
    if corrections_path is None and timeline_path:
        corrections_path = Path(timeline_path).with_name("corrections.yaml")
    if caches is None:
        return _find_story(seeds_dir, people_dir, timeline_path, None, corrections_path)
    key = caches.story.key(*story_inputs(seeds_dir, people_dir, timeline_path, corrections_path))
    story = caches.story.get(key)
    if story is None:
        story = _find_story(seeds_dir, people_dir, timeline_path, caches, corrections_path)
        caches.story.put(key, story)
    caches.story.prune()
    return story


def story_inputs(
    seeds_dir: str | Path,
    people_dir: str | Path | None,
    timeline_path: str | Path | None,
    corrections_path: str | Path | None = None,
):
    """The name and bytes of every file a Story is made from, in a fixed order.

    Whole folders, not only the files read, so that a file added, removed or renamed (which may
    be an error the build must report) is a change too. A missing folder or file is a change
    from a present one.
    """
    for label, folder in (("seeds", seeds_dir), ("people", people_dir)):
        files = by_name(p for p in Path(folder).iterdir() if p.is_file()) if folder and Path(folder).is_dir() else ()
        yield f"{label}:{folder}:{len(files)}"
        for path in files:
            yield path.name
            yield path.read_bytes()
    for label, path in (("timeline", timeline_path), ("corrections", corrections_path)):
        file = Path(path) if path else None
        present = file is not None and file.is_file()
        yield f"{label}:{path}:{present}"
        yield file.read_bytes() if present else b""


def _find_story(seeds_dir, people_dir, timeline_path, caches: BuildCaches | None, corrections_path=None) -> Story:
    keyed = keyed_sources(seeds_dir, caches.seeds if caches else None)
    sources = tuple(source for _, source in keyed)
    source_map = {s.id: s for s in sources}
    people = load_registry(people_dir, source_map) if people_dir else ()
    matcher = NameMatcher(people)
    companies = company_names(sources, matcher)
    if companies:
        matcher = NameMatcher(people, companies)
    common = sources_common_words(sources)
    names = {p.slug: p.name for p in people}
    corrections_path, timeline_path, foreign = _this_storys_files(source_map, corrections_path, timeline_path)
    corrections = read_corrections(Path(corrections_path) if corrections_path else None, source_map, set(names))
    # Text the editor marked as not the article is read for nothing derived, like a caption:
    # its sentences' kinds change before anything is found, and key what each source finds.
    sources, marked = corrections.apply_not_article(sources)
    if marked:
        keyed = [
            (f"{key}|not-article:{sorted(marked[source.id].items())}" if key and source.id in marked else key, source)
            for (key, _), source in zip(keyed, sources)
        ]
        source_map = {s.id: s for s in sources}
    # Everything found in one source without looking at another, the sources shared between
    # two processes when there are many; then the steps that merge and compare across sources.
    finder = _FindingsFinder(matcher, common, _name_resolver(matcher), names, caches.findings if caches else None)
    keyed_findings = map_sources(
        finder.findings, [(index, source, key) for index, (key, source) in enumerate(keyed)], held=finder.held()
    )
    if caches:
        for key, entry, _ in keyed_findings:
            if key is not None:
                caches.findings.used.add(key)  # a child's lookups are in its own memory
                if entry is not None:
                    caches.findings.put(key, entry)
        caches.findings.prune()
    found = [findings for _, _, findings in keyed_findings]
    not_people = corrections.dismissed_forms()
    mentions = tuple(m for each in found for m in each.mentions if not (m.variant and fold(m.form) in not_people))
    if len(mentions) < sum(len(each.mentions) for each in found):  # the editor dismissed a spelling: found again
        continuations = find_continuations(sources, _by_sentence(mentions))
    else:
        continuations = tuple(c for each in found for c in each.continuations)
    numbers = group_counts(corrections.apply_counts([c for each in found for c in each.counts]))
    # The names to look at and the counts compared need nothing the steps below make: in a
    # story of many sources a child works them out on the second core meanwhile.
    side = Forked(
        _warned_and_compared, sources, source_map, matcher, [each.name_clues for each in found], common,
        people_dir, corrections.dismissed if not_people else None, numbers, items=len(sources),
    )
    quotes = align_quotes(tuple(corrections.apply_speakers((q for each in found for q in each.quotes), names)), names)
    story = Story(sources=sources, people=people, mentions=mentions, quotes=quotes)
    plan_file = Path(timeline_path) if timeline_path else None
    plan = read_plan(plan_file, source_map, set(names)) if plan_file and plan_file.is_file() else None
    events = build_events(
        sources, story.mentions_by_sentence, plan, names, candidates=[c for each in found for c in each.candidates]
    )
    facts = group_facts(corrections.apply_facts([f for each in found for f in each.facts], source_map), sources)
    warnings, (comparisons, conflicts) = side.result()
    return dataclasses.replace(
        story, events=events, facts=facts, numbers=numbers, number_comparisons=tuple(comparisons),
        conflicts=tuple(conflicts), descriptors=tuple(d for each in found for d in each.descriptors),
        continuations=continuations,
        warnings=foreign + warnings + uncited_fact_warnings(people) + corrections.stale(),
        corrections_log=corrections.log(names),
    )


def _warned_and_compared(sources, source_map, matcher, clues, common, people_dir, dismissed, numbers):
    """`name_warnings` and `compare_numbers`, the cross-source steps that read only the sources."""
    warnings = name_warnings(sources, matcher, clues, common, people_dir, dismissed=dismissed)
    compared = compare_numbers(
        numbers, lambda c: source_map[c.source].sentence(c.sentence).text, {s.id: s.published for s in sources}
    )
    return warnings, compared


def _this_storys_files(source_map: dict[str, Source], *paths):
    """The editor's YAML files (corrections, timeline plan) that belong to this story, None for
    one written for another story, and a warning for each of those."""
    kept, warnings = [], []
    for path in paths:
        file = Path(path) if path else None
        if file is not None and file.is_file() and written_for_another_story(
            file.read_text(encoding="utf-8", errors="replace"), source_map
        ):
            warnings.append(foreign_warning(display_path(file)))
            file = None
        kept.append(file)
    return (*kept, tuple(warnings))


@dataclass(frozen=True)
class _SourceFindings:
    """What one source says, found without looking at any other source."""

    mentions: list[Mention]
    quotes: list[Quote]
    candidates: list
    facts: list
    counts: list
    descriptors: list[Descriptor]
    name_clues: NameClues
    continuations: tuple[Continuation, ...]


class _FindingsFinder:
    """What each source says on its own, kept between builds when there is a cache.

    A source's findings depend on its text (its seed's cache entry), its place among the
    sources, the registered names, and which words the texts write in lower case, which any
    seed can change. So each entry records every word the finding asked about and the answer
    it got; an entry is used only while every answer is still the same, so one edited seed is
    found again alone unless it changes what another source's findings asked.
    """

    def __init__(self, matcher: NameMatcher, common: frozenset[str], resolve_name, names: dict[str, str], cache):
        self.matcher, self.common, self.resolve_name, self.names, self.cache = matcher, common, resolve_name, names, cache
        self.registry = repr(
            ([(slug, name, matcher.people[slug].aliases) for slug, name in names.items()], sorted(matcher.companies))
        )

    def held(self) -> list[_SourceFindings]:
        """The findings this process keeps in memory from the last build (its entries are
        (common words asked, rare words asked, findings)), for a child to refer to."""
        return [entry[2] for entry in self.cache.held()] if self.cache is not None else []

    def findings(self, item: tuple[int, Source, str | None]):
        """(its cache key, a new entry to keep or None, the findings) for one source."""
        index, source, seed_key = item
        if self.cache is None or seed_key is None:
            return None, None, self.find(index, source, self.common)
        key = self.cache.key(seed_key, str(index), self.registry)
        kept = self.cache.get(key)
        if kept is not None:
            common_then, rare_then, findings = kept
            if common_then <= self.common and self.common.isdisjoint(rare_then):
                return key, None, findings
        recorded = _RecordedWords(self.common)
        findings = self.find(index, source, recorded)
        return key, (frozenset(recorded.common), frozenset(recorded.rare), findings), findings

    def find(self, index: int, source: Source, common) -> _SourceFindings:
        mentions = source_mentions(source, self.matcher, common)
        by_sentence = _by_sentence(mentions)
        return _SourceFindings(
            mentions=mentions,
            quotes=source_quotes(source, by_sentence, self.resolve_name),
            candidates=source_candidates((index, source), by_sentence, self.names),
            facts=source_facts(source, by_sentence),
            counts=source_counts(source),
            descriptors=source_descriptors(source, by_sentence),
            name_clues=source_name_clues(source, self.matcher, by_sentence, common),
            continuations=find_continuations((source,), by_sentence),
        )


class _RecordedWords:
    """The common words as one source's findings see them: each word asked about goes into
    `common` or `rare` by the answer it got."""

    def __init__(self, words: frozenset[str]):
        self.words = words
        self.common: set[str] = set()
        self.rare: set[str] = set()

    def __contains__(self, word: str) -> bool:
        answer = word in self.words
        (self.common if answer else self.rare).add(word)
        return answer


def _by_sentence(mentions) -> dict[tuple[str, str], list[Mention]]:
    grouped: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault((mention.source, mention.sentence), []).append(mention)
    return grouped


def _name_resolver(matcher: NameMatcher):
    """A person's slug for a name as written (a post's author), or None."""

    def resolve(name: str) -> str | None:
        found = matcher.find(name)
        return found[0][0] if len(found) == 1 else None

    return resolve


def story_data(story: Story, shown: set[tuple[str, str]] | None = None) -> dict:
    """The Story as `data/story.json`.

    With `shown` (the published build), only the sentences the site cites are included: the
    site quotes the articles, it does not republish them.
    """
    sources = []
    for source in story.sources:
        sentences = [
            {
                "id": s.id, "text": s.text, "kind": s.kind, "line": source.blocks[s.block].line,
                **({"author": s.author} if s.author else {}),
            }
            for s in source.sentences
            if shown is None or (source.id, s.id) in shown
        ]
        # What the site shows but does not cite as the article (headlines, captions' labels,
        # page furniture, scripts, a caption's second copy), with its kind, so text set aside by
        # mistake can be seen. A paragraph of the article printed twice is the article's text,
        # cited once where it first stands.
        set_aside = sorted(
            [{"line": b.line, "kind": b.kind, "text": b.text} for b in source.blocks if b.kind not in CITABLE]
            + [
                {"line": line, "kind": "copy", "copy_of": b.line}
                for b in source.blocks if b.kind != "body" for line in b.copies
            ],
            key=lambda item: item["line"],
        ) if shown is None else []
        sources.append(
            {
                "id": source.id,
                "outlet": source.outlet,
                "title": source.title,
                "title_derived": source.title_derived,
                "url": source.url,
                "published": source.published.isoformat(),
                "added": (source.added or source.published).isoformat(),
                "identified": source.identified,
                "sha256": source.sha256,
                "text": "full" if shown is None else "cited sentences only",
                "sentences": sentences,
                **({"set_aside": set_aside} if shown is None else {}),
            }
        )
    people = [
        {
            "slug": person.slug,
            "name": person.name,
            "aliases": list(person.aliases),
            "role": person.role,
            "group": person.group,
            "mentions": [
                {"source": m.source, "sentence": m.sentence, "form": m.form, "in_post": m.in_post, "variant": m.variant}
                for m in story.mentions_by_person[person.slug]
            ],
            "facts": [fact.to_json() for fact in story.facts_by_person[person.slug]],
        }
        for person in story.people
    ]
    data = {"sources": sources, "people": people, "warnings": list(story.warnings)}
    data["events"] = [
        event.to_json()
        for event in story.events
        if shown is None or all((c.source, c.sentence) in shown for c in event.citations)
    ]
    data["numbers"] = [number.to_json() for number in story.numbers]
    data["quotes"] = [
        {
            "speaker": q.speaker, "speaker_form": q.speaker_form, "kind": q.kind, "text": q.text,
            "citation": q.citation.to_json(),
            # The other outlets' copies are the quotes of the same `group`: listing them in each
            # copy would repeat the words of a quotation many outlets carry many times over.
            "same_as_count": len(q.same_as),
            "group": q.group,
        }
        for q in story.quotes
        if shown is None or (q.citation.source, q.citation.sentence) in shown
    ]
    data["conflicts"] = [conflict.to_json() for conflict in story.conflicts]
    data["corrections"] = [
        {
            "published": item.published.isoformat(), "what": item.what, "note": item.note,
            "citation": item.citation.to_json() if item.citation else None,
        }
        for item in story.corrections_log
    ]
    return data
