"""The Story: one plain, immutable model of everything found in the seeds.

Pages and `data/story.json` are both views of it, so a page never re-derives what the Story
already holds. Later stages (people, timeline, comparison) add their findings here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .sources import Source, load_sources


@dataclass(frozen=True)
class Story:
    sources: tuple[Source, ...]
    warnings: tuple[str, ...] = ()

    @cached_property
    def source_map(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}


def build_story(seeds_dir: str | Path) -> Story:
    return Story(sources=load_sources(seeds_dir))


def story_data(story: Story, shown: set[tuple[str, str]] | None = None) -> dict:
    """The Story as `data/story.json`.

    With `shown` (the published build), only the sentences the site cites are included: the
    site quotes the articles, it does not republish them.
    """
    sources = []
    for source in story.sources:
        sentences = [
            {"id": s.id, "text": s.text, "kind": s.kind, **({"author": s.author} if s.author else {})}
            for s in source.sentences
            if shown is None or (source.id, s.id) in shown
        ]
        sources.append(
            {
                "id": source.id,
                "outlet": source.outlet,
                "title": source.title,
                "title_derived": source.title_derived,
                "url": source.url,
                "published": source.published.isoformat(),
                "identified": source.identified,
                "sha256": source.sha256,
                "text": "full" if shown is None else "cited sentences only",
                "sentences": sentences,
            }
        )
    return {"sources": sources, "warnings": list(story.warnings)}
