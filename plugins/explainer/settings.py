"""The plugin's settings: defaults in one place, validated once, never written back.

Addresses follow Pelican's `{CLASS}_URL` / `{CLASS}_SAVE_AS` convention and are relative so
the site opens from disk and from a sub-path alike.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .base.errors import ExplainerError
from .extract.editorial import MarkdownOptions, markdown_options

DEFAULTS = {
    "EXPLAINER_SEEDS_PATH": None,  # default: a `seeds` folder beside the content folder
    "EXPLAINER_PEOPLE_PATH": None,  # default: `people` inside the content folder
    "EXPLAINER_SOURCE_TEXT": "full",  # "full" for the editor, "cited" for publishing
    "EXPLAINER_SOURCE_SAVE_AS": "sources/{id}.html",
    "EXPLAINER_SOURCES_SAVE_AS": "sources.html",
    "EXPLAINER_PAGE_SAVE_AS": "{slug}.html",
    "EXPLAINER_DATA_SAVE_AS": "data/story.json",
    "EXPLAINER_PROFILE_SAVE_AS": "people/{slug}.html",
    "EXPLAINER_PEOPLE_SAVE_AS": "people.html",
    "EXPLAINER_TIMELINE_SAVE_AS": "timeline.html",
    "EXPLAINER_TIMELINE_PATH": None,  # default: `timeline.yaml` inside the content folder (optional)
    "EXPLAINER_OUTLETS_SAVE_AS": "outlets.html",
    "EXPLAINER_OUTLET_SAVE_AS": "outlets/{id}.html",
    "EXPLAINER_CLAIMS_PATH": None,  # default: `claims.yaml` inside the content folder (optional)
    "EXPLAINER_CORRECTIONS_PATH": None,  # default: `corrections.yaml` inside the content folder (optional)
    "EXPLAINER_REVIEW_SAVE_AS": "review.html",  # written only when EXPLAINER_SOURCE_TEXT is "full"
    # Nothing extra by default; publishconf.py names the files the published site carries.
    "EXPLAINER_NOT_FOUND_SAVE_AS": None,
    "EXPLAINER_SITEMAP_SAVE_AS": None,
    "EXPLAINER_ROBOTS_SAVE_AS": None,
    "EXPLAINER_FEED_SAVE_AS": None,  # the Atom feed of articles added to the story
}
SOURCE_TEXT_MODES = ("full", "cited")


@dataclass(frozen=True)
class ExplainerSettings:
    content_path: str
    seeds_path: str
    people_path: str
    source_text: str
    source_save_as: str
    sources_save_as: str
    page_save_as: str
    data_save_as: str
    profile_save_as: str
    people_save_as: str
    timeline_save_as: str
    timeline_path: str
    outlets_save_as: str
    outlet_save_as: str
    claims_path: str
    corrections_path: str
    review_save_as: str
    markdown: MarkdownOptions = field(default_factory=MarkdownOptions)  # Pelican's MARKDOWN, for editorial pages


def explainer_settings(settings: dict) -> ExplainerSettings:
    def get(key):
        return settings.get(key, DEFAULTS[key])

    content = os.path.abspath(settings["PATH"])
    mode = get("EXPLAINER_SOURCE_TEXT")
    if mode not in SOURCE_TEXT_MODES:
        raise ExplainerError(
            None, f"EXPLAINER_SOURCE_TEXT is {mode!r}; set it to one of {', '.join(SOURCE_TEXT_MODES)}"
        )
    for key in DEFAULTS:
        if key.endswith("_SAVE_AS") and get(key) and (get(key).startswith("/") or get(key).endswith("/")):
            raise ExplainerError(None, f"{key} must be a relative file name ending in .html or .json")
    return ExplainerSettings(
        content_path=content,
        seeds_path=os.path.abspath(get("EXPLAINER_SEEDS_PATH") or os.path.join(content, "..", "seeds")),
        people_path=os.path.abspath(get("EXPLAINER_PEOPLE_PATH") or os.path.join(content, "people")),
        source_text=mode,
        source_save_as=get("EXPLAINER_SOURCE_SAVE_AS"),
        sources_save_as=get("EXPLAINER_SOURCES_SAVE_AS"),
        page_save_as=get("EXPLAINER_PAGE_SAVE_AS"),
        data_save_as=get("EXPLAINER_DATA_SAVE_AS"),
        profile_save_as=get("EXPLAINER_PROFILE_SAVE_AS"),
        people_save_as=get("EXPLAINER_PEOPLE_SAVE_AS"),
        timeline_save_as=get("EXPLAINER_TIMELINE_SAVE_AS"),
        timeline_path=os.path.abspath(get("EXPLAINER_TIMELINE_PATH") or os.path.join(content, "timeline.yaml")),
        outlets_save_as=get("EXPLAINER_OUTLETS_SAVE_AS"),
        outlet_save_as=get("EXPLAINER_OUTLET_SAVE_AS"),
        claims_path=os.path.abspath(get("EXPLAINER_CLAIMS_PATH") or os.path.join(content, "claims.yaml")),
        corrections_path=os.path.abspath(
            get("EXPLAINER_CORRECTIONS_PATH") or os.path.join(content, "corrections.yaml")
        ),
        review_save_as=get("EXPLAINER_REVIEW_SAVE_AS"),
        markdown=markdown_options(settings.get("MARKDOWN")),
    )
