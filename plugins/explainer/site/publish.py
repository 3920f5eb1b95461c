"""What a published site carries besides its pages: addresses, metadata, 404, sitemap, robots.

Pages link to each other relatively, so one build opens from disk and from a GitHub Pages
sub-path. What must be absolute (canonical links, Open Graph, JSON-LD, the sitemap) is built
from `SITEURL` as the settings give it: with `RELATIVE_URLS` Pelican's writer replaces
`SITEURL` in each page's context with a relative path, so templates get the absolute address
as `explainer_site_url` instead, and get none at all when `SITEURL` is not an absolute address.

We write the sitemap ourselves rather than through pelican-sitemap: that plugin dates entries
without a date with the time of the build (two builds would differ), needs Pelican content
objects, and keeps module-level state that a failed build leaves stale, so that a later build
in the same process (`make devserver`) silently writes no sitemap.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote
from xml.sax.saxutils import escape

from ..base.errors import ExplainerError
from ..settings import DEFAULTS
from .page import Page

logger = logging.getLogger(__name__)
LOG_PREFIX = "[explainer]"

@dataclass(frozen=True)
class PublishSettings:
    site_url: str  # the absolute SITEURL without a trailing slash, or ""
    link_root: str  # SITEURL as given, which the 404 page links through
    site_name: str
    lang: str
    not_found_save_as: str | None
    sitemap_save_as: str | None
    robots_save_as: str | None
    feed_save_as: str | None = None


def publish_settings(settings: dict) -> PublishSettings:
    def get(key):
        value = settings.get(key, DEFAULTS[key])
        if value and (value.startswith("/") or value.endswith("/")):
            raise ExplainerError(None, f"{key} must be a relative file name such as 404.html")
        return value or None

    given = (settings.get("SITEURL") or "").rstrip("/")
    return PublishSettings(
        site_url=absolute_site_url(given),
        link_root=given,
        site_name=settings.get("SITENAME", ""),
        lang=settings.get("DEFAULT_LANG", "en"),
        not_found_save_as=get("EXPLAINER_NOT_FOUND_SAVE_AS"),
        sitemap_save_as=get("EXPLAINER_SITEMAP_SAVE_AS"),
        robots_save_as=get("EXPLAINER_ROBOTS_SAVE_AS"),
        feed_save_as=get("EXPLAINER_FEED_SAVE_AS"),
    )


def absolute_site_url(siteurl: str) -> str:
    siteurl = (siteurl or "").rstrip("/")
    return siteurl if siteurl.startswith(("https://", "http://")) else ""


def page_url(save_as: str) -> str:
    """The address of a page below the site's root: `index.html` is the folder itself."""
    path = quote(save_as, safe="/")
    if path == "index.html" or path.endswith("/index.html"):
        return path[: -len("index.html")]
    return path


def absolute_url(site_url: str, save_as: str) -> str:
    return f"{site_url}/{page_url(save_as)}" if site_url else ""


def script_json(value) -> str:
    """JSON that can sit inside <script type="application/ld+json"> and never close it."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def attach_metadata(pages: list[Page], story, publish: PublishSettings) -> None:
    """JSON-LD and Open Graph type for the pages that have them: the explainer, each profile."""
    profiles = {
        getattr(page.values.get("person"), "slug", None): page for page in pages if page.template == "profile"
    }
    for page in pages:
        if page.template == "index":
            page.og_type = "article"
            page.jsonld = script_json(explainer_jsonld(page, story, publish, profiles))
        elif page.template == "profile" and page.values.get("person") is not None:
            page.og_type = "profile"
            page.jsonld = script_json(person_jsonld(page, page.values["person"], publish))


def _drop_empty(item: dict) -> dict:
    return {key: value for key, value in item.items() if value not in (None, "", [], {})}


def explainer_jsonld(page: Page, story, publish: PublishSettings, profiles: dict) -> dict:
    """schema.org NewsArticle: the explainer, with the articles it rests on as `citation`s."""
    citations = []
    for source in story.sources:
        citations.append(
            _drop_empty(
                {
                    "@type": "NewsArticle",
                    "name" if source.title_derived else "headline": source.title,
                    "publisher": {"@type": "Organization", "name": source.outlet},
                    "datePublished": source.published.isoformat() if source.published else None,
                    "url": source.url,  # only an address the sidecar records; never a guess
                }
            )
        )
    mentions = []
    for person in getattr(story, "people", ()):
        profile = profiles.get(person.slug)
        mentions.append(
            _drop_empty(
                {
                    "@type": "Person",
                    "name": person.name,
                    "url": absolute_url(publish.site_url, profile.save_as) if profile else None,
                }
            )
        )
    return _drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page.title,
            "description": page.description,
            "inLanguage": publish.lang,
            "url": absolute_url(publish.site_url, page.save_as),
            "publisher": {"@type": "Organization", "name": publish.site_name} if publish.site_name else None,
            "datePublished": _first_added(story),
            "dateModified": story.last_updated.isoformat() if getattr(story, "last_updated", None) else None,
            "mentions": mentions,
            "citation": citations,
        }
    )


def _first_added(story) -> str | None:
    days = [source.added or source.published for source in story.sources]
    return min(days).isoformat() if days else None


def person_jsonld(page: Page, person, publish: PublishSettings) -> dict:
    """schema.org Person for a profile page."""
    return _drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": getattr(person, "name", page.title),
            "alternateName": list(getattr(person, "aliases", ())),
            "description": getattr(person, "role", "") or page.description,
            "url": absolute_url(publish.site_url, page.save_as),
        }
    )


def refuse_published_file_names(pages: list[Page], publish: PublishSettings) -> None:
    """An editorial page named like the 404 page, the sitemap or robots.txt would be overwritten."""
    taken = {publish.not_found_save_as, publish.sitemap_save_as, publish.robots_save_as, publish.feed_save_as} - {None}
    for page in pages:
        if page.save_as in taken:
            document = page.values.get("document")
            raise ExplainerError(
                getattr(document, "path", None),
                f"this page would be written to {page.save_as}, which the published site uses for itself; "
                "rename the file or set `Slug:`",
            )


def not_found_page(publish: PublishSettings) -> Page:
    return Page(save_as=publish.not_found_save_as, template="404", title="Page not found")


def last_modified(page: Page, story) -> dt.date | None:
    """When a page last changed, from the input alone (never the clock): a source page when its
    article was added, an editorial page its `Modified:` or `Date:`, any other page when the
    story last grew."""
    source = page.values.get("source")
    if page.template == "source" and source is not None:
        return source.added or source.published
    editorial = page.values.get("editorial")
    stamp = editorial and (editorial.modified or editorial.date)
    if stamp:
        return stamp.date()
    return getattr(story, "last_updated", None)


def sitemap_xml(pages: list[Page], site_url: str, story=None) -> str:
    """Every page of the site, in page order, each with the day it last changed as the input
    says (so two builds of one input are byte-identical)."""
    seen = set()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for page in pages:
        if page.save_as in seen:
            continue
        seen.add(page.save_as)
        day = last_modified(page, story)
        lastmod = f"<lastmod>{day.isoformat()}</lastmod>" if day else ""
        lines.append(f"<url><loc>{escape(absolute_url(site_url, page.save_as))}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


FEED_ENTRIES = 50  # the newest additions; older ones are on the sources page


def updates_feed(story, publish: PublishSettings, source_href) -> str:
    """An Atom feed of the story's growth: one entry per article added, newest first, dated by
    the sidecars' `added:` (or publication) days, so it is the same on every build."""
    site = publish.site_url
    title = f"{publish.site_name}: updates" if publish.site_name else "Updates"
    updated = story.last_updated.isoformat() if story.last_updated else "1970-01-01"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{escape(publish.lang)}">',
        f"<title>{escape(title)}</title>",
        f'<link href="{escape(site)}/" rel="alternate"/>',
        f'<link href="{escape(absolute_url(site, publish.feed_save_as))}" rel="self"/>',
        f"<id>{escape(site)}/</id>",
        f"<updated>{updated}T00:00:00Z</updated>",
    ]
    entries = [(day, source) for day, sources in story.updates for source in sources][:FEED_ENTRIES]
    for day, source in entries:
        url = absolute_url(site, source_href(source))
        lines += [
            "<entry>",
            f"<title>{escape(f'Added: {source.outlet}: {source.title}')}</title>",
            f'<link href="{escape(url)}" rel="alternate"/>',
            f"<id>{escape(url)}</id>",
            f"<updated>{day.isoformat()}T00:00:00Z</updated>",
            f"<author><name>{escape(source.outlet)}</name></author>",
            f"<summary>{escape(f'Published by {source.outlet} on {source.published.isoformat()}; added to the site on {day.isoformat()}.')}</summary>",
            "</entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def robots_txt(site_url: str, sitemap_save_as: str | None) -> str:
    lines = ["User-agent: *", "Disallow:"]
    if site_url and sitemap_save_as:
        lines += ["", f"Sitemap: {site_url}/{page_url(sitemap_save_as)}"]
    return "\n".join(lines) + "\n"


def write_published_files(generator, writer) -> None:
    """The 404 page, sitemap.xml and robots.txt, when the settings name them."""
    publish = generator.publish
    if publish.not_found_save_as:
        # Served at any missing address, at any depth: links must not be relative to it.
        page = not_found_page(publish)
        writer.write_file(
            page.save_as,
            generator.get_template(page.template),
            generator.context,
            relative_urls=not publish.link_root,
            override_output=True,
            page=page,
            story=generator.story,
        )
    if publish.feed_save_as and publish.site_url:
        href = generator.context["source_hrefs"].__getitem__
        _write_text(
            generator.output_path, publish.feed_save_as,
            updates_feed(generator.story, publish, lambda source: href(source.id)),
        )
    if publish.sitemap_save_as:
        if publish.site_url:
            _write_text(
                generator.output_path, publish.sitemap_save_as,
                sitemap_xml(generator.pages, publish.site_url, generator.story),
            )
        else:
            logger.warning(
                "%s SITEURL is not an absolute address, so no %s was written and pages carry no "
                "canonical link; build with SITEURL=https://<user>.github.io/<repository>",
                LOG_PREFIX,
                publish.sitemap_save_as,
            )
    if publish.robots_save_as:
        _write_text(generator.output_path, publish.robots_save_as, robots_txt(publish.site_url, publish.sitemap_save_as))


def _write_text(output_path: str, save_as: str, text: str) -> None:
    path = os.path.join(output_path, save_as)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    logger.info("%s wrote %s", LOG_PREFIX, path)
