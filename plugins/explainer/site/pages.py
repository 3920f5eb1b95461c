"""What pages the site has, and what each one shows.

Each builder turns the Story into `Page`s: a file name, a template and the values the template
loops over. Builders know nothing of Pelican, so the whole site can be assembled and inspected
in a test without writing a file. The citations a page shows are collected from its values
after the fact, so the "cited by" lists on source pages can never disagree with the pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..base.errors import ExplainerError, display_path, first_line
from ..extract.citations import Citation
from ..extract.editorial import Document, markdown_converter, read_document
from ..extract.foreign import foreign_file, foreign_warning
from ..extract.sources import Source
from ..settings import ExplainerSettings
from ..story import Story
from .frontpage import front_page_values
from .method import METHOD_SLUG, method_page
from .outlets import outlet_pages
from .page import Page
from .profiles import people_pages, profile_hrefs
from .review import review_page
from .timeline_page import timeline_view

logger = logging.getLogger(__name__)
LOG_PREFIX = "[explainer]"


@dataclass(frozen=True)
class CitedBy:
    save_as: str
    title: str


# Pelican's page statuses: a draft is neither published nor listed (the editor's build writes
# it under `drafts/` to preview it), a hidden page is published but not in the navigation.
STATUSES = ("published", "hidden", "draft")
DRAFT_SAVE_AS = "drafts/{slug}.html"
_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")


@dataclass(frozen=True)
class Editorial:
    """An editorial page as Pelican users write one: its Markdown and its metadata, read."""

    slug: str
    document: Document
    status: str = "published"
    date: dt.datetime | None = None
    modified: dt.datetime | None = None

    @property
    def metadata(self) -> dict[str, str]:
        return self.document.metadata


def editorial_documents(settings: ExplainerSettings, story: Story) -> dict[str, Editorial]:
    """`content/index.md` and `content/pages/*.md`, keyed by slug; all optional."""
    content = Path(settings.content_path)
    documents: dict[str, Editorial] = {}
    candidates = [content / "index.md", *sorted((content / "pages").glob("*.md"))]
    converter = markdown_converter(settings.markdown)
    for path in candidates:
        if path.is_file() and foreign_file(path, story.source_map):
            logger.warning("%s %s", LOG_PREFIX, foreign_warning(display_path(path)))
        elif path.is_file():
            document = read_document(path, story.source_map, converter)
            editorial = read_editorial(path, document, front=path.parent == content)
            if editorial.slug in documents:
                raise ExplainerError(
                    path, f"the page name {editorial.slug!r} is taken by {documents[editorial.slug].document.path}; "
                    "rename the file or give it another `Slug:`",
                )
            documents[editorial.slug] = editorial
    return documents


def read_editorial(path: Path, document: Document, front: bool = False) -> Editorial:
    """The metadata Pelican users give a page (`Slug`, `Status`, `Date`, `Modified`), checked."""
    meta = document.metadata

    def refuse(key: str, why: str):
        line = first_line(path, lambda text: text.lower().startswith(f"{key}:"))
        raise ExplainerError(path, why, line=line)

    slug = "index" if front else (meta.get("slug") or path.stem)
    if not _SLUG.match(slug):
        refuse("slug", f"the page name {slug!r} must be lower-case letters, digits, - and _; rename the file or set `Slug:`")
    if not front and slug == "index":
        refuse("slug", "a page named `index` would replace the front page; write the front page in content/index.md")
    status = (meta.get("status") or "published").lower()
    if status not in STATUSES:
        refuse("status", f"`Status: {meta['status']}` is not one of {', '.join(STATUSES)}")
    if front and status != "published":
        refuse("status", "the front page is always published; remove its `Status:` line")
    dates = {}
    for key in ("date", "modified"):
        text = meta.get(key)
        if not text:
            continue
        try:
            dates[key] = dt.datetime.fromisoformat(text)
        except ValueError:
            refuse(key, f"`{key.title()}: {text}` is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM")
    return Editorial(slug, document, status, dates.get("date"), dates.get("modified"))


def front_page(settings: ExplainerSettings, story: Story, documents: dict[str, Editorial]) -> Page:
    editorial = documents.get("index")
    document = editorial.document if editorial else None
    title = document.metadata.get("title", "") if document else ""
    return Page(
        save_as="index.html",
        template="index",
        title=title or "The story, source by source",
        values={
            "document": document, "sources": story.sources, "editorial": editorial,
            **front_page_values(story, settings),
        },
        description=document.metadata.get("summary", "") if document else "",
        nav="index",
    )


def editorial_pages(settings: ExplainerSettings, documents: dict[str, Editorial]) -> list[Page]:
    """The editor's pages; drafts only in the editor's build, under `drafts/`, never listed."""
    pages = []
    # The site's own pages, whether or not this story has them yet (a story without people
    # has no people.html until its first person file).
    reserved = {
        settings.people_save_as: "people index", settings.sources_save_as: "sources index",
        settings.timeline_save_as: "timeline", settings.outlets_save_as: "outlets comparison",
        settings.review_save_as: "review page", settings.data_save_as: "data file",
    }
    for slug, editorial in documents.items():
        if slug in ("index", METHOD_SLUG):
            continue
        draft = editorial.status == "draft"
        save_as = (DRAFT_SAVE_AS if draft else settings.page_save_as).format(slug=slug)
        if save_as in reserved:
            raise ExplainerError(
                editorial.document.path, f"this page would be written to {save_as}, the site's own "
                f"{reserved[save_as]}; rename the file or set `Slug:`",
            )
        if draft and settings.source_text != "full":
            continue
        pages.append(
            Page(
                save_as=save_as,
                template=editorial.metadata.get("template", "page"),
                title=editorial.metadata.get("title", slug),
                values={"document": editorial.document, "editorial": editorial},
                description=editorial.metadata.get("summary", ""),
                nav=None if editorial.status != "published" else slug,
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


def collect_citations(value) -> list[Citation]:
    """Every Citation inside a page's values (lists, dicts and dataclasses, not Sources), in order.

    A loop over a stack, not recursive generators: a large story's pages hold a million values,
    so each is told apart by its exact type first, the commonest kinds before any isinstance.
    """
    found: list[Citation] = []
    stack = [value]
    pop, push = stack.pop, stack.extend
    while stack:
        value = pop()
        kind = type(value)
        if kind is Citation:
            found.append(value)
        elif kind is tuple or kind is list:
            push(reversed(value))
        elif kind in _LEAF_TYPES:
            continue
        elif kind is dict:
            push(reversed(value.values()))
        else:
            fields = _FIELDS.get(kind)
            if fields is None:
                fields = _FIELDS[kind] = _fields_walked(kind)
            if fields:
                push([getattr(value, name) for name in fields])
            elif isinstance(value, Citation):
                found.append(value)
            elif isinstance(value, dict):
                push(reversed(value.values()))
            elif isinstance(value, (list, tuple)):
                push(reversed(value))
            elif isinstance(value, (set, frozenset)):
                push(value)
    return found


_LEAF_TYPES = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}  # a type -> the fields walked into, last first (none: not a dataclass walked)


def _fields_walked(kind: type) -> tuple[str, ...]:
    if isinstance(kind, type) and dataclasses.is_dataclass(kind) and not issubclass(kind, (Source, Story, Citation)):
        return tuple(f.name for f in reversed(dataclasses.fields(kind)))
    return ()


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
    marked: str | None = None  # what the editor's corrections say this paragraph is, if not the article


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


def _kept_source_page(settings: ExplainerSettings, source: Source, cited_by, kept: dict) -> Page:
    refs = tuple(tuple(cited_by.get((source.id, sid), ())) for ids in source.block_sentences for sid in ids)
    entry = kept.get(source.id)
    if entry is not None and entry[0] is source and entry[1] == settings and entry[2] == refs:
        return entry[3]
    page = source_page(settings, source, cited_by)
    kept[source.id] = (source, settings, refs, page)
    return page


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
        kinds = {source.sentence(sid).kind for sid in ids}
        if block.kind == "body" and len(kinds) == 1 and kinds <= set(EDITOR_MARKS):
            fields["marked"] = EDITOR_MARKS[kinds.pop()]
        shown.append(ShownBlock(sentences=tuple(sentences), **fields))
    if mode == "cited" and skipped:
        shown.append(ShownBlock(kind="gap"))
    return shown


# The kinds an editor's `not_article` correction gives a paragraph (a caption becomes one).
EDITOR_MARKS = {"teaser": "Teaser", "gallery": "Gallery", "credit": "Credit", "furniture": "Page furniture"}
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


def build_pages(settings: ExplainerSettings, story: Story, kept: dict | None = None) -> list[Page]:
    """Every page of the site, source pages last since they list who cites them.

    `kept` (`make devserver`) holds the last build's source pages: a source page made from the
    same source, settings and citing pages is that very page again, so that its key is not
    worked out again either (`generator._PageKeys`)."""
    if settings.source_text == "cited":
        story = confirmed_only(story)
    documents = editorial_documents(settings, story)
    method = documents.get(METHOD_SLUG)
    pages = [front_page(settings, story, documents), *editorial_pages(settings, documents)]
    pages.append(method_page(settings, story, method.document if method else None))
    pages.extend(people_pages(settings, story))
    pages.extend(outlet_pages(settings, story))
    pages.append(sources_index(settings, story))
    pages.append(timeline_page(settings, story, pages))
    cited_by = cited_by_index(pages)
    if kept is None:
        pages.extend(source_page(settings, source, cited_by) for source in story.sources)
    else:
        pages.extend(_kept_source_page(settings, source, cited_by, kept) for source in story.sources)
        for gone in kept.keys() - {source.id for source in story.sources}:
            del kept[gone]
    if settings.source_text == "full":  # the editor's desk, never published; cites nothing for "cited by"
        pages.append(review_page(settings, story, pages))
    refuse_collisions(pages)
    return pages


def confirmed_only(story: Story) -> Story:
    """The story as the published site states it: a near-spelling the rules counted for a
    person ("Dole" for Doale) is unconfirmed until the editor adds it to `Aliases:`, so the
    published pages do not count it; the editor's build shows it, marked, and the review page
    asks. (`data/story.json` keeps every mention, each variant marked.)"""
    if not any(m.variant for m in story.mentions):
        return story
    return dataclasses.replace(story, mentions=tuple(m for m in story.mentions if not m.variant))


def refuse_collisions(pages: list[Page]) -> None:
    """An editorial page whose file name is one of the site's own pages (`people`, `sources`,
    `timeline`, ...) would overwrite it, or be overwritten: refused, naming the file."""
    owners: dict[str, Page] = {}
    for page in pages:
        other = owners.setdefault(page.save_as, page)
        if other is page:
            continue
        editorial = page.values.get("editorial") or other.values.get("editorial")
        path = editorial.document.path if editorial else None
        raise ExplainerError(
            path, f"this page would be written to {page.save_as}, which the site's own "
            f"{(other if page.values.get('editorial') else page).title!r} page uses; rename the file or set `Slug:`",
        )

