"""The front page: for a reader who knows nothing of the story, what matters first.

Everything on it is drawn from what the Story already holds and carries its citation: the
counts most outlets agree on, the people of the largest group of the registry (in a story of
a prisoner release, the freed prisoners) each with words an outlet used to describe them, and
the way into the timeline and the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..extract.citations import Citation
from ..findings.numbers import stated
from ..settings import ExplainerSettings
from ..story import Story
from .profiles import people_groups, profile_hrefs

KEY_NUMBERS = 4
FEATURED_PEOPLE = 8
CARD_CITATIONS = 5  # a count stated by hundreds of outlets links to the first few
FRONT_SOURCES = 12  # past this the front page links to the sources index instead
FRONT_LATEST = 5  # the articles of the latest update the front page names


@dataclass(frozen=True)
class NumberCard:
    figure: str
    what: str
    outlets: int
    citations: tuple[Citation, ...]  # one per outlet that states it, the first few
    more: int = 0


@dataclass(frozen=True)
class PersonCard:
    name: str
    href: str
    described_as: str | None
    citation: Citation | None


def key_numbers(story: Story) -> list[NumberCard]:
    """The counts stated by the most outlets, largest first among equals; only counts of a thing
    said ("around 44", of nothing said, tells a reader nothing on its own), and in a story told
    by several outlets only those two of them state: a figure one outlet gives may be another
    happening's, told for comparison ("since 1960, when a quake killed at least 12,000 people")."""
    least = min(2, len(story.sources))
    ranked = sorted((n for n in story.numbers if n.what and len(n.sources) >= least),
                    key=lambda n: (-len(n.sources), -n.value, n.what))
    cards = []
    for number in ranked[:KEY_NUMBERS]:
        first_per_source = {}
        for citation in number.citations:
            first_per_source.setdefault(citation.source, replace(citation, quote=None))
        firsts = tuple(first_per_source.values())
        cards.append(
            NumberCard(stated(number.value, number.qualifier, number.unit), number.what, len(firsts),
                       firsts[:CARD_CITATIONS], max(0, len(firsts) - CARD_CITATIONS))
        )
    return cards


def featured_people(story: Story, settings: ExplainerSettings) -> tuple[str, list[PersonCard]]:
    """The first group of the people index, each person with one outlet's description."""
    groups = people_groups(story, profile_hrefs(settings, story))
    if not groups:
        return "", []
    described: dict[str, object] = {}
    for descriptor in story.descriptors:
        if descriptor.where in ("after", "before") and not descriptor.cut and len(descriptor.text) <= 90:
            current = described.get(descriptor.person)
            if current is None or len(descriptor.text) > len(current.text):
                described[descriptor.person] = descriptor
    cards = []
    for entry in groups[0].people[:FEATURED_PEOPLE]:
        descriptor = described.get(entry.slug)
        cards.append(
            PersonCard(entry.name, entry.href, descriptor.text if descriptor else None,
                       replace(descriptor.citation, quote=None) if descriptor else None)
        )
    return groups[0].name, cards


def front_page_values(story: Story, settings: ExplainerSettings) -> dict:
    group, people = featured_people(story, settings)
    return {
        "key_numbers": key_numbers(story),
        "front_sources": FRONT_SOURCES,
        "featured_group": group,
        "featured_people": people,
        "event_count": len(story.events),
        "last_updated": story.last_updated,
        "latest_sources": story.updates[0][1][:FRONT_LATEST] if story.updates and len(story.updates) > 1 else (),
        "outlet_count": story.outlet_count,
        "people_href": settings.people_save_as,
        "timeline_href": settings.timeline_save_as,
        "outlets_href": settings.outlets_save_as,
    }
