"""The thin layer between Pelican and the extraction core.

Pelican calls `generate_context()` to collect (here: read the seeds, build the Story and every
page's values) and later `generate_output(writer)` to render. Nothing of a story is kept in
memory between builds outside the generator instance, so `make devserver`'s rebuilds start
clean; what is kept on disk (extracted seeds, the Story, compiled templates, in Pelican's cache
folder) is keyed on everything it was made from.
"""

from __future__ import annotations

import gc
import logging
import os
from contextlib import contextmanager

from jinja2 import FileSystemBytecodeCache
from pelican.generators import Generator

from .base.buildcache import BuildCaches
from .base.parallel import alongside
from .rendering import install_template_helpers
from .settings import explainer_settings
from .site.export import downloads, story_tables, write_compact_json, write_tables
from .site.pages import SET_ASIDE_LABELS, build_pages, cited_by_index, navigation
from .site.publish import (
    attach_metadata,
    publish_settings,
    refuse_published_file_names,
    write_published_files,
)
from .story import build_story, story_data

logger = logging.getLogger(__name__)
LOG_PREFIX = "[explainer]"


class ExplainerGenerator(Generator):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Seed text is untrusted: escape everything unless a template says `|safe`.
        self.env.autoescape = True
        self.env.bytecode_cache = template_cache(self.settings["CACHE_PATH"])
        install_template_helpers(self.env)
        self.config = explainer_settings(self.settings)
        self.publish = publish_settings(self.settings)
        self.caches = build_caches(self.settings)
        self.story = None
        self.pages = []

    def generate_context(self):
        with collector_paused():
            self._collect()

    def _collect(self):
        self.story = build_story(
            self.config.seeds_path,
            self.config.people_path,
            timeline_path=self.config.timeline_path,
            corrections_path=self.config.corrections_path,
            caches=self.caches,
        )
        self.pages = build_pages(self.config, self.story)
        refuse_published_file_names(self.pages, self.publish)
        attach_metadata(self.pages, self.story, self.publish)
        # The published data holds only the sentences the pages cite.
        shown = set(cited_by_index(self.pages)) if self.config.source_text == "cited" else None
        self.data = story_data(self.story, shown)
        self.tables = story_tables(self.data)
        self.context.update(
            explainer_site_url=self.publish.site_url,
            # The feed is written only where its entries can have absolute addresses.
            explainer_feed_href=self.publish.feed_save_as if self.publish.site_url else None,
            explainer_downloads=downloads(self.config.data_save_as, self.data, self.tables),
            explainer_nav=navigation(self.pages),
            source_hrefs={s.id: self.config.source_save_as.format(id=s.id) for s in self.story.sources},
            source_index_href=self.config.sources_save_as,
            set_aside_labels=SET_ASIDE_LABELS,
            show_full_text=self.config.source_text == "full",
        )
        # Warnings come once the input is known to build, so an error is never lost among them.
        for warning in self.story.warnings:
            logger.warning("%s %s", LOG_PREFIX, warning)

    def generate_output(self, writer):
        with collector_paused():
            self._write(writer)

    def _write(self, writer):
        relative = self.settings.get("RELATIVE_URLS", True)
        # The data files need nothing from the pages: on a large story they are written by a
        # second process while this one renders.
        with alongside(self.write_data, items=len(self.story.sources)):
            for page in self.pages:
                writer.write_file(
                    page.save_as,
                    self.get_template(page.template),
                    self.context,
                    relative_urls=relative,
                    override_output=True,
                    page=page,
                    story=self.story,
                    **page.values,
                )
        logger.info("%s wrote %s", LOG_PREFIX, self.data_path)
        write_published_files(self, writer)

    @property
    def data_path(self) -> str:
        return os.path.join(self.output_path, self.config.data_save_as)

    def write_data(self):
        """The data files, and the cache entries this build made (queued until now so that
        neither delays the pages)."""
        path = self.data_path
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_compact_json(self.data, path)
        write_tables(self.tables, os.path.dirname(path))
        if self.caches is not None:
            self.caches.flush()


@contextmanager
def collector_paused():
    """No cyclic garbage collection while a phase of the build runs.

    A large story is millions of small objects that all live until the build ends, and every
    full collection walks them: at 1,000 articles fifteen of them cost 1.4 s, an eighth of the
    build. The phases make few reference cycles (about 30 MB more at the peak), and the
    collector is back on between phases and after them, so `make devserver` still frees them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def template_cache(cache_path: str) -> FileSystemBytecodeCache | None:
    """Compiled templates kept between builds, in Pelican's cache folder.

    Compiling the theme costs more than building a five-article story. Jinja checks each entry
    against the template's source and its own version, so an edited theme is recompiled. The
    folder is this generator's alone: its environment escapes, Pelican's own do not.
    """
    folder = os.path.join(cache_path, "explainer-templates")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None  # a read-only checkout builds, only slower
    return FileSystemBytecodeCache(folder)


def build_caches(settings: dict) -> BuildCaches | None:
    """What a build made, kept where, and as far as, Pelican keeps its own content cache;
    entries are written with the data files (`write_data`)."""
    read, write = bool(settings.get("LOAD_CONTENT_CACHE")), bool(settings.get("CACHE_CONTENT"))
    if not (read or write):
        return None
    return BuildCaches.in_folder(settings["CACHE_PATH"], read=read, write=write, deferred=True)


def get_generators(pelican_object):
    return ExplainerGenerator
