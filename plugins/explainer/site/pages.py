"""What pages the site has, and what each one shows.

Each builder turns the Story into `Page`s: a file name, a template and the values the template
loops over. Builders know nothing of Pelican, so the whole site can be assembled and inspected
in a test without writing a file. The citations a page shows are collected from its values
after the fact, so the "cited by" lists on source pages can never disagree with the pages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..extract.citations import Citation
from ..extract.editorial import Document, markdown_converter, read_document
from ..extract.sources import Source
from ..settings import ExplainerSettings
from ..story import Story
from .frontpage import front_page_values
from .outlets import outlet_pages
from .page import Page
from .profiles import people_pages, profile_hrefs
from .review import review_page
from .timeline_page import timeline_view


@dataclass(frozen=True)
class CitedBy:
    save_as: str
    title: str


def editorial_documents(settings: ExplainerSettings, story: Story) -> dict[str, Document]:
    """`content/index.md` and `content/pages/*.md`, keyed by slug; all optional."""
    content = Path(settings.content_path)
    documents: dict[str, Document] = {}
    candidates = [content / "index.md", *sorted((content / "pages").glob("*.md"))]
    converter = markdown_converter()
    for path in candidates:
        if path.is_file():
            document = read_document(path, story.source_map, converter)
            slug = document.metadata.get("slug") or path.stem
            documents[slug] = document
    return documents


def front_page(settings: ExplainerSettings, story: Story, documents: dict[str, Document]) -> Page:
    document = documents.get("index")
    title = document.metadata.get("title", "") if document else ""
    return Page(
        save_as="index.html",
        template="index",
        title=title or "The story, source by source",
        values={"document": document, "sources": story.sources, **front_page_values(story, settings)},
        description=document.metadata.get("summary", "") if document else "",
        nav="index",
    )


def editorial_pages(settings: ExplainerSettings, documents: dict[str, Document]) -> list[Page]:
    pages = []
    for slug, document in documents.items():
        if slug == "index":
            continue
        pages.append(
            Page(
                save_as=settings.page_save_as.format(slug=slug),
                template=document.metadata.get("template", "page"),
                title=document.metadata.get("title", slug),
                values={"document": document},
                description=document.metadata.get("summary", ""),
                nav=slug,
            )
        )
    return pages


@dataclass(frozen=True)
class OutletSources:
    outlet: str
    identified: str
    sources: tuple[Source, ...]


def sources_by_outlet(sources: Iterable[Source]) -> list[OutletSources]:
    """Sources grouped by outlet, outlets in order of their first source: the index stays
    one short line per article however many articles an outlet has."""
    grouped: dict[str, list[Source]] = {}
    for source in sources:
        grouped.setdefault(source.outlet, []).append(source)
    return [OutletSources(outlet, items[0].identified, tuple(items)) for outlet, items in grouped.items()]


def sources_index(settings: ExplainerSettings, story: Story) -> Page:
    return Page(
        save_as=settings.sources_save_as,
        template="sources",
        title="Sources",
        values={
            "outlets": sources_by_outlet(story.sources),
            "source_count": len(story.sources),
            "with_address": sum(1 for s in story.sources if s.url),
        },
        description="The articles this explainer is built from, and what is known of each.",
        nav="sources",
    )


def cited_by_index(pages: Iterable[Page]) -> dict[tuple[str, str], list[CitedBy]]:
    """For each (source, sentence), the pages that cite it, in page order."""
    index: dict[tuple[str, str], list[CitedBy]] = {}
    for page in pages:
        entry = CitedBy(page.save_as, page.title)
        cited = dict.fromkeys((c.source, c.sentence) for c in collect_citations(page.values))
        for key in cited:
            index.setdefault(key, []).append(entry)
    return index


_LEAVES = (str, int, float, bool, type(None))


def collect_citations(value) -> list[Citation]:
    """Every Citation inside a page's values (lists, dicts and dataclasses, not Sources), in order.

    A loop over a stack, not recursive generators: a large story's pages hold a million values.
    """
    found: list[Citation] = []
    stack = [value]
    while stack:
        value = stack.pop()
        if isinstance(value, _LEAVES):
            continue
        if isinstance(value, Citation):
            found.append(value)
        elif isinstance(value, dict):
            stack.extend(reversed(value.values()))
        elif isinstance(value, (list, tuple)):
            stack.extend(reversed(value))
        elif isinstance(value, (set, frozenset)):
            stack.extend(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, (Source, Story, type)):
            stack.extend(getattr(value, name) for name in reversed(_field_names(type(value))))
    return found


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@dataclass(frozen=True)
class ShownSentence:
    """A sentence on a source page; `gap_before` marks text left out of the published copy."""

    id: str
    text: str
    cited_by: tuple[CitedBy, ...]
    gap_before: bool = False


@dataclass(frozen=True)
class ShownBlock:
    kind: str
    text: str = ""
    sentences: tuple[ShownSentence, ...] = ()
    credit: str | None = None
    author: str | None = None
    handle: str | None = None
    posted: str | None = None
    repeats: int = 1
    list_item: bool = False


def source_page(
    settings: ExplainerSettings, source: Source, cited_by: dict[tuple[str, str], list[CitedBy]]
) -> Page:
    return Page(
        save_as=settings.source_save_as.format(id=source.id),
        template="source",
        title=f"{source.outlet}: {source.title}",
        values={"source": source, "blocks": source_blocks(source, cited_by, settings.source_text)},
        description=f"The text of the {source.outlet} report, sentence by sentence, as cited here.",
        nav="sources",
    )


def source_blocks(source: Source, cited_by, mode: str) -> list[ShownBlock]:
    """The paragraphs of a source page.

    "full" shows everything, non-article text marked; "cited" shows only cited sentences, in
    order, and marks each place where text was left out.
    """
    shown: list[ShownBlock] = []
    skipped = False
    for block, ids in zip(source.blocks, source.block_sentences):
        if mode == "cited" and not ids:
            skipped = skipped or block.kind not in ("headline", "dateline")
            continue
        sentences = []
        for sid in ids:
            refs = tuple(cited_by.get((source.id, sid), ()))
            if mode == "cited" and not refs:
                skipped = True
                continue
            sentences.append(ShownSentence(sid, source.sentence(sid).text, refs, gap_before=skipped))
            skipped = False
        if mode == "cited" and not sentences:
            continue
        previous = shown[-1] if shown else None
        if block.kind == "embed" and previous and previous.kind == "embed" and previous.handle == block.handle:
            # One post pasted as several paragraphs is shown as one quotation.
            shown[-1] = dataclasses.replace(previous, sentences=previous.sentences + tuple(sentences))
            continue
        fields = {f: getattr(block, f) for f in ("kind", "text", "credit", "author", "handle")}
        fields.update(posted=block.posted, repeats=block.repeats, list_item=block.list_item)
        shown.append(ShownBlock(sentences=tuple(sentences), **fields))
    if mode == "cited" and skipped:
        shown.append(ShownBlock(kind="gap"))
    return shown


SET_ASIDE_LABELS = {
    "script": "Script, not text",
    "furniture": "Page furniture",
    "label": "Caption label",
    "references": "Reference list",
    "dateline": "Dateline",
}
NAV_ORDER = ("index", "people", "timeline", "outlets", "sources", "review")
NAV_LABELS = {
    "index": "Home", "people": "People", "timeline": "Timeline", "outlets": "Outlets", "sources": "Sources",
    "review": "Review",
}


@dataclass(frozen=True)
class NavItem:
    key: str
    label: str
    save_as: str


def navigation(pages: list[Page]) -> list[NavItem]:
    """The site's menu: the sections that exist, in a fixed order, then editorial pages."""
    first = {}
    for page in pages:
        if page.nav and page.nav not in first:
            first[page.nav] = page
    known = [NavItem(k, NAV_LABELS[k], first[k].save_as) for k in NAV_ORDER if k in first]
    extra = [NavItem(k, p.title, p.save_as) for k, p in first.items() if k not in NAV_LABELS]
    return known + extra


def timeline_page(settings: ExplainerSettings, story: Story, pages: list[Page]) -> Page:
    """The story's events by date; people link to their profiles where those pages exist."""
    built = {page.save_as for page in pages}
    profiles = {slug: href for slug, href in profile_hrefs(settings, story).items() if href in built}
    return Page(
        save_as=settings.timeline_save_as,
        template="timeline",
        title="Timeline",
        values={**timeline_view(story), "profile_hrefs": profiles, "data_href": settings.data_save_as},
        description="What happened when, dated by the articles' own words, each date cited.",
        nav="timeline",
    )


def build_pages(settings: ExplainerSettings, story: Story) -> list[Page]:
    """Every page of the site, source pages last since they list who cites them."""
    documents = editorial_documents(settings, story)
    pages = [front_page(settings, story, documents), *editorial_pages(settings, documents)]
    pages.extend(people_pages(settings, story))
    pages.extend(outlet_pages(settings, story))
    pages.append(sources_index(settings, story))
    pages.append(timeline_page(settings, story, pages))
    cited_by = cited_by_index(pages)
    pages.extend(source_page(settings, source, cited_by) for source in story.sources)
    if settings.source_text == "full":  # the editor's desk, never published; cites nothing for "cited by"
        pages.append(review_page(settings, story, pages))
    return pages
