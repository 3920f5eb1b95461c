"""Profile pages, one per registered person, and the people index.

A profile shows what the Story already holds about one person -- key facts with every outlet
that states them, their own quoted words, each outlet's sentences about them, the spellings each
outlet used, and who is named alongside them -- as plain values carrying Citations, so that
source pages list the profiles that cite them. Templates only loop over these values.

The index groups people by their registry `Group:`. Groups are ordered by how much the sources
say about their members (all their mentions together), so the people a story is about come
first without any group name being written into code; people with no group come last.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..base.text import fold
from ..extract.citations import Citation
from ..findings.people import Person
from ..settings import ExplainerSettings
from ..story import Story
from .page import Page
from .timeline_page import shown_events

COMPANIONS_SHOWN = 8
NO_GROUP = "Others"


@dataclass(frozen=True)
class OwnWords:
    """One quotation or post: its sentences (each cited with the words), and who else ran it."""

    citations: tuple[Citation, ...]
    how: str  # "post embedded in ..." or how the outlet named the speaker
    same_as: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class SaidSentence:
    citation: Citation  # the whole sentence, quoted
    note: str = ""  # why it is listed when it does not name them, or whose post it is


@dataclass(frozen=True)
class OutletSaid:
    source: str
    outlet: str
    sentences: tuple[SaidSentence, ...]


@dataclass(frozen=True)
class NameUse:
    form: str
    near_spelling: bool
    citations: tuple[Citation, ...]  # one per source using the form: its first such sentence


@dataclass(frozen=True)
class Companion:
    slug: str
    name: str
    href: str
    sentences: int


@dataclass(frozen=True)
class PersonEntry:
    """A person on the index: plain values only, so the index cites nothing it does not show."""

    slug: str
    name: str
    role: str
    href: str
    outlets: int
    mentions: int
    role_cited: bool = False  # cited on the profile; if not, labelled the editor's description


@dataclass(frozen=True)
class PeopleGroup:
    name: str
    people: tuple[PersonEntry, ...]


def profile_hrefs(settings: ExplainerSettings, story: Story) -> dict[str, str]:
    """Each person's profile address, by slug."""
    return {p.slug: settings.profile_save_as.format(slug=p.slug) for p in story.people}


def people_pages(settings: ExplainerSettings, story: Story) -> list:
    """The people index and one profile per registered person, in registry order."""
    if not story.people:
        return []
    hrefs = profile_hrefs(settings, story)
    index = StoryIndex.of(story)
    on_timeline = {e.id for e in shown_events(story.events, busiest=story.busiest_day)}
    pages = [
        Page(
            save_as=settings.people_save_as,
            template="people",
            title="People",
            values={"groups": people_groups(story, hrefs), "outlet_count": story.outlet_count},
            description="Everyone the sources name who has a part in the story, and how many outlets name them.",
            nav="people",
        )
    ]
    for person in story.people:
        pages.append(
            Page(
                save_as=hrefs[person.slug],
                template="profile",
                title=person.name,
                values={
                    "person": person,
                    "people_href": settings.people_save_as,
                    **profile_values(story, person, hrefs, index),
                    "events": person_events(story, person, on_timeline),
                    "timeline_href": settings.timeline_save_as,
                },
                description=f"{person.name}: {person.role}" if person.role else person.name,
                nav="people",
            )
        )
    return pages


@dataclass(frozen=True)
class PersonEvent:
    """One of the person's events: its date, label and sources, and its place on the timeline."""

    display_date: str
    label: str
    conflict_note: str | None
    citations: tuple[Citation, ...]
    anchor: str | None  # the event's id on the timeline page, when the page lists it


def person_events(story: Story, person: Person, on_timeline: set[str]) -> list[PersonEvent]:
    return [
        PersonEvent(
            event.display_date,
            event.label,
            event.conflict.note if event.conflict else None,
            _first_citation_per_source(event),
            event.id if event.id in on_timeline else None,
        )
        for event in story.events_by_person.get(person.slug, [])
    ]


def _first_citation_per_source(event) -> tuple[Citation, ...]:
    first = {c.source: c for c in reversed(event.citations)}
    return tuple(first[s] for s in event.sources)


@dataclass(frozen=True)
class StoryIndex:
    """What every profile looks up, indexed once per build so that each profile costs only
    what it shows, however many people and articles there are."""

    quotes: dict
    continuations: dict
    position: dict  # (source, sentence) -> (source index, sentence index)

    @classmethod
    def of(cls, story: Story) -> StoryIndex:
        quotes: dict[str, list] = {}
        for quote in story.quotes:
            if quote.speaker and quote.kind == "direct":
                quotes.setdefault(quote.speaker, []).append(quote)
        continuations: dict[str, list] = {}
        for item in story.continuations:
            continuations.setdefault(item.person, []).append(item)
        position = {
            (source.id, sentence.id): (i, j)
            for i, source in enumerate(story.sources)
            for j, sentence in enumerate(source.sentences)
        }
        return cls(quotes, continuations, position)


def profile_values(story: Story, person: Person, hrefs: dict[str, str], index: StoryIndex) -> dict:
    mentions = story.mentions_by_person.get(person.slug, [])
    return {
        "facts": list(story.facts_by_person.get(person.slug, [])),
        "own_words": own_words(story, person, index),
        "said": outlet_sentences(story, person, index),
        "names": names_used(story, person, index),
        "companions": companions(story, person, hrefs),
        "named_in": named_in(story, mentions, index),
        "source_count": len(story.sources),
    }


def named_in(story: Story, mentions, index: StoryIndex) -> int:
    """How many sources name the person in their article text: a caption or a pasted post that
    names them is shown and cited, but it is not the outlet's article."""
    def outlets_own(mention) -> bool:
        i, j = index.position[(mention.source, mention.sentence)]
        return story.sources[i].sentences[j].outlets_own

    return len({m.source for m in mentions if outlets_own(m)})


def own_words(story: Story, person: Person, index: StoryIndex) -> list[OwnWords]:
    """Their direct quotations and posts, one entry per quotation, each cited once.

    The sentences of one quotation (same source, same paragraph) or post make one entry; a
    quotation other outlets also ran is shown once, with theirs as "also reported by".
    """
    entries: list[OwnWords] = []
    seen: set[tuple[str, str]] = set()
    group_key = None
    for quote in index.quotes.get(person.slug, ()):
        cited = quote.citation
        if (cited.source, cited.sentence) in seen:
            continue
        citation = cited if cited.quote else replace(cited, quote=quote.text)
        seen.update((c.source, c.sentence) for c in (cited, *quote.same_as))
        source = story.source_map[cited.source]
        sentence = source.sentence(cited.sentence)
        key = (cited.source, sentence.block)
        if sentence.kind == "embed":  # a post pasted as several paragraphs is one post
            block = source.blocks[sentence.block]
            key = (cited.source, block.handle, block.posted)
        same_as = tuple(Citation(c.source, c.sentence) for c in quote.same_as)
        if entries and key == group_key and not same_as:
            last = entries[-1]
            entries[-1] = replace(last, citations=last.citations + (citation,))
            continue
        group_key = key
        entries.append(OwnWords((citation,), _how(story, cited.source, sentence, quote.speaker_form), same_as))
    return entries


def _how(story: Story, source_id: str, sentence, speaker_form: str) -> str:
    outlet = story.source_map[source_id].outlet
    if sentence.kind == "embed":
        return f"Post by {sentence.author or speaker_form}, embedded in {outlet}"
    return f"{speaker_form}, quoted by {outlet}" if speaker_form else f"Quoted by {outlet}"


def outlet_sentences(story: Story, person: Person, index: StoryIndex) -> list[OutletSaid]:
    """Per source, in source order, every sentence that names them or goes on about them."""
    about: dict[tuple[str, str], str] = {}
    for mention in story.mentions_by_person.get(person.slug, []):
        sentence = story.source_map[mention.source].sentence(mention.sentence)
        note = f"in a post by {sentence.author}" if mention.in_post and sentence.author else ""
        about.setdefault((mention.source, mention.sentence), note)
    for item in index.continuations.get(person.slug, ()):
        about.setdefault((item.source, item.sentence), "follows on from a sentence naming them")
    said: list[OutletSaid] = []
    for source_id, sentence_id in sorted(about, key=index.position.__getitem__):
        source = story.source_map[source_id]
        words = source.sentence(sentence_id).text
        item = SaidSentence(Citation(source_id, sentence_id, words), about[(source_id, sentence_id)])
        if said and said[-1].source == source_id:
            said[-1] = replace(said[-1], sentences=said[-1].sentences + (item,))
        else:
            said.append(OutletSaid(source_id, source.outlet, (item,)))
    return said


def names_used(story: Story, person: Person, index: StoryIndex) -> list[NameUse]:
    """Each spelling or form the outlets used for them, with the sources that use it."""
    forms: dict[str, tuple[str, bool]] = {}
    first: dict[str, dict[str, Citation]] = {}
    for mention in story.mentions_by_person.get(person.slug, []):
        if mention.in_post:
            continue
        key = fold(mention.form)
        forms.setdefault(key, (mention.form, mention.variant is not None))
        first.setdefault(key, {}).setdefault(mention.source, Citation(mention.source, mention.sentence))
    uses = [
        NameUse(form, near, tuple(sorted(first[key].values(), key=lambda c: index.position[c.source, c.sentence])))
        for key, (form, near) in forms.items()
    ]
    uses.sort(key=lambda u: (-len(u.citations), fold(u.form)))
    return uses


def companions(story: Story, person: Person, hrefs: dict[str, str]) -> list[Companion]:
    """The people most often named in the same sentences as them."""
    # Each sentence counts once, however often it names them.
    sentences = {(m.source, m.sentence) for m in story.mentions_by_person.get(person.slug, [])}
    counts: Counter[str] = Counter()
    for key in sentences:
        counts.update({m.person for m in story.mentions_by_sentence[key]} - {person.slug})
    ranked = sorted(counts.items(), key=lambda item: (-item[1], story.person_map[item[0]].name))
    return [
        Companion(slug, story.person_map[slug].name, hrefs[slug], count)
        for slug, count in ranked[:COMPANIONS_SHOWN]
    ]


def people_groups(story: Story, hrefs: dict[str, str]) -> list[PeopleGroup]:
    entries: dict[str, list[PersonEntry]] = {}
    weight: Counter[str] = Counter()
    quoted: dict[str, set[str]] = {}
    for quote in story.quotes:
        if quote.speaker:
            quoted.setdefault(quote.speaker, set()).add(quote.citation.source)
    for person in story.people:
        mentions = story.mentions_by_person.get(person.slug, [])
        sources = {m.source for m in mentions} | quoted.get(person.slug, set())
        outlets = {story.source_map[s].outlet for s in sources}
        group = person.group or NO_GROUP
        weight[group] += len(mentions)
        entries.setdefault(group, []).append(
            PersonEntry(
                person.slug, person.name, person.role, hrefs[person.slug], len(outlets), len(mentions),
                bool(person.role_citations),
            )
        )
    order = sorted(entries, key=lambda g: (g == NO_GROUP, -weight[g], g))
    return [
        PeopleGroup(group, tuple(sorted(entries[group], key=lambda e: (-e.outlets, -e.mentions, e.name))))
        for group in order
    ]
