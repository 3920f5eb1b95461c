"""The method page: how the site is made, in the plugin's own words, for any story.

What the rules do and what can go wrong with them is the same whatever the story, so it is the
plugin's text (the theme's `method.html`), kept true as the rules change. The story's
particulars (who made the site, how the sources were gathered, how to reach the editor, the
corrections policy) are the editor's, in `content/pages/method.md`, shown on the same page.
The editor's published corrections are listed with their dates, as newsrooms publish theirs.
"""

from __future__ import annotations

from ..extract.editorial import Document
from ..settings import ExplainerSettings
from ..story import Story
from .page import Page

METHOD_SLUG = "method"


def method_page(settings: ExplainerSettings, story: Story, document: Document | None) -> Page:
    metadata = document.metadata if document else {}
    return Page(
        save_as=settings.page_save_as.format(slug=METHOD_SLUG),
        template=metadata.get("template", "method"),
        title=metadata.get("title", "How this site is made"),
        values={
            "document": document,
            "source_count": len(story.sources),
            "outlet_count": story.outlet_count,
            "corrections_log": story.corrections_log,
            "published_build": settings.source_text == "cited",
        },
        description=metadata.get("summary")
        or "How this site is made from its sources, what can go wrong, how to report an error, and the data to check it.",
        nav=METHOD_SLUG,
    )
