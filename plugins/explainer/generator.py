"""The thin layer between Pelican and the extraction core.

Pelican calls `generate_context()` to collect (here: read the seeds, build the Story and every
page's values) and later `generate_output(writer)` to render. What is kept on disk (extracted
seeds, the Story, compiled templates, what the last build wrote, in Pelican's cache folder) is
keyed on everything it was made from; `make devserver` also keeps the caches' entries in memory
between its rebuilds (`site/incremental.py`), under the same keys.

A page whose key and Story lookups are those of the previous site's copy is that copy, not
rendered again; the data files are the previous site's while the Story (and what the site
publishes of it) is the same. Pages are keyed and rendered in two processes on a large site.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
from contextlib import contextmanager
from pathlib import Path

import pelican
from jinja2 import FileSystemBytecodeCache
from pelican import signals
from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url, sanitised_join

from .base.buildcache import BuildCaches
from .base.parallel import MIN_ITEMS_TO_SPLIT, Forked, adaptive, alongside, map_shared
from .rendering import TemplateFacts, install_template_helpers
from .settings import explainer_settings
from .site.export import downloads, story_tables, write_compact_json, write_tables
from .site.incremental import (
    DataRecord,
    Dependencies,
    Digester,
    Manifest,
    PageRecord,
    Recorder,
    Site,
    StoryView,
    Unkeyable,
    digest,
    file_id,
    memory,
    reuse_file,
)
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
        self.memory = memory()  # what `make devserver` keeps between builds; None elsewhere
        self.caches = build_caches(self.settings, self.memory)
        self.story = None
        self.pages = []
        self.data = self.tables = None
        self.shown = None
        self.site: Site | None = None
        self.data_key: str | None = None
        self.reused_data: DataRecord | None = None
        self.data_job: Forked | None = None  # a child making and writing the data files
        self.data_written = False
        self.downloads: list | None = None
        self.rendered = 0  # pages rendered by this process (the others were copied, or rendered by a child)

    def generate_context(self):
        with collector_paused():
            self._collect()

    def _collect(self):
        # A rebuild that finds most of the story in memory keeps its work in this process.
        with adaptive() if self.memory is not None and self.memory.built else _nothing():
            self.story = build_story(
                self.config.seeds_path,
                self.config.people_path,
                timeline_path=self.config.timeline_path,
                corrections_path=self.config.corrections_path,
                caches=self.caches,
            )
        self.site = Site(self.output_path, self.caches.pages if self.caches else None)
        cited = self.config.source_text == "cited"
        try:
            if not cited:  # the data needs nothing from the pages: a child may make it meanwhile
                self._plan_data()
            self.pages = self._build_pages()
            refuse_published_file_names(self.pages, self.publish)
            attach_metadata(self.pages, self.story, self.publish)
            if cited:  # the published data holds only the sentences the pages cite
                self.shown = set(cited_by_index(self.pages))
                self._plan_data()
        except BaseException:
            if self.data_job is not None:
                self.data_job.cancel()
            raise
        self.context.update(
            explainer_site_url=self.publish.site_url,
            # The feed is written only where its entries can have absolute addresses.
            explainer_feed_href=self.publish.feed_save_as if self.publish.site_url else None,
            explainer_downloads=self.downloads,  # None until a child making the data answers
            explainer_nav=navigation(self.pages),
            source_hrefs={s.id: self.config.source_save_as.format(id=s.id) for s in self.story.sources},
            source_index_href=self.config.sources_save_as,
            set_aside_labels=SET_ASIDE_LABELS,
            show_full_text=self.config.source_text == "full",
        )
        # Warnings come once the input is known to build, so an error is never lost among them.
        for warning in self.story.warnings:
            logger.warning("%s %s", LOG_PREFIX, warning)

    def _build_pages(self):
        """`build_pages`; in `make devserver`, the last build's pages again when they were made
        from the same Story, settings and editorial files (and its warnings said again)."""
        if self.memory is None:
            return build_pages(self.config, self.story)
        key = self._pages_key()
        kept, self.memory.pages = self.memory.pages, None
        if key is not None and kept is not None and kept[0] == key and kept[1] is self.story:
            pages, records = kept[2], kept[3]
            for record in records:
                logging.getLogger(record.name).handle(record)
        else:
            kept = None  # not kept alive while the new pages are made
            with _logged() as records:
                pages = build_pages(self.config, self.story, self.memory.source_pages)
        if key is not None:
            self.memory.pages = (key, self.story, pages, records)
        return pages

    def _pages_key(self) -> bytes | None:
        """What the pages are made from besides the Story: the plugin's settings, and the bytes
        of the editorial pages and the claims file."""
        story_key = self.caches.story_key() if self.caches else None
        if story_key is None:
            return None
        content = Path(self.config.content_path)
        parts = [story_key, pickle.dumps(self.config, protocol=pickle.HIGHEST_PROTOCOL)]
        for path in [content / "index.md", *sorted((content / "pages").glob("*.md")), Path(self.config.claims_path)]:
            parts.append(str(path))
            try:
                parts.append(path.read_bytes() if path.is_file() else b"-")
            except OSError:
                return None
        return digest(*parts)

    def _plan_data(self) -> None:
        """The data files: the previous site's while the data is the same; on a large story
        made and written by a child while this process makes and renders the pages; else made
        here now, and written with the pages."""
        self.data_key = self._data_key()
        self.reused_data = self.site.data(self.data_key)
        if self.reused_data is not None:
            self.downloads = list(self.reused_data.downloads)
            return
        if len(self.story.sources) >= MIN_ITEMS_TO_SPLIT:
            job = Forked(self._write_data_files)
            if job.forked:
                self.data_job, self.data_written = job, True  # by the child (or, if it fails, here)
                return
        self._make_data()
        self.downloads = downloads(self.config.data_save_as, self.data, self.tables)

    def _data_key(self) -> str | None:
        """A name for exactly what the data files hold: the Story (by its cache key, which names
        every input and the code), what of it is published, and where."""
        story_key = self.caches.story_key() if self.caches else None
        if story_key is None:
            return None
        shown = "all" if self.shown is None else digest(*(f"{s}\x00{n}" for s, n in sorted(self.shown))).hex()
        return digest(story_key, self.config.data_save_as, self.config.source_text, shown).hex()

    def _make_data(self) -> None:
        if self.data is None:
            self.data = story_data(self.story, self.shown)
            self.tables = story_tables(self.data)

    def _write_data_files(self) -> list:
        """Make the data and write its files (never through a link to the previous site's);
        the list of downloads the method page shows."""
        self._make_data()
        path = self.data_path
        os.makedirs(os.path.dirname(path), exist_ok=True)
        listed = downloads(self.config.data_save_as, self.data, self.tables)
        if self.site.folder != os.path.abspath(self.output_path):
            for item in listed:
                target = os.path.join(self.output_path, item.save_as)
                if os.path.lexists(target):
                    os.unlink(target)
        write_compact_json(self.data, path)
        write_tables(self.tables, os.path.dirname(path))
        return listed

    def _downloads(self) -> list:
        """The downloads list, once the child making the data has answered."""
        if self.data_job is not None:
            job, self.data_job = self.data_job, None
            self.downloads = job.result()
            self.context["explainer_downloads"] = self.downloads
        return self.downloads

    def generate_output(self, writer):
        with collector_paused():
            self._write(writer)
        if self.memory is not None:
            self.memory.built += 1

    def _write(self, writer):
        relative = self.settings.get("RELATIVE_URLS", True)
        # The data files need nothing from the pages: on a large story they are written by a
        # second process while this one renders (if no child made them already). A child is
        # worth its fork only for the data or the cache entries: copying the previous site's
        # data files is done here.
        heavy = (not self.data_written and self.reused_data is None) or (self.caches is not None and not self._flush_later)
        with alongside(self.write_data, items=len(self.story.sources) if heavy else 0):
            pages = self._write_pages(writer, relative)
        data = self._data_record()
        logger.info("%s wrote %s", LOG_PREFIX, self.data_path)
        write_published_files(self, writer)
        self.site.save(Manifest(pages, data, self.keys.templates.used), now=not self._flush_later)
        if self.caches is not None and self._flush_later:
            # `make devserver`: the entries for a later `make html` are written by a child while
            # the editor reads this build's site (one such child at a time).
            self.memory.settle()
            self.memory.flushing = Forked(self.caches.flush, outlive=True)
            if not self.memory.flushing.forked:
                self.memory.flushing = None
                self.caches.flush()

    def _write_pages(self, writer, relative: bool) -> dict[str, PageRecord]:
        """Every page, rendered or copied from the previous site; what each was made from."""
        self.digester = Digester(self.memory.digests if self.memory is not None else None)
        self.recorder = Recorder()
        self.story_view = StoryView(self.story, self.recorder)
        self.dependencies = Dependencies(self.story, self.digester, self.memory.lookups if self.memory else None)
        self.keys = _PageKeys(self, relative)
        # A plugin that listens for each file written must see every page written here.
        copies = self.caches is not None and not signals.content_written.receivers
        if self.memory is not None:  # digests of sources and people made before a child could
            for item in (*self.story.sources, *self.story.people):
                self.digester.content(item)
        waiting = set()  # templates that show the downloads, which a child may still be making
        for name in dict.fromkeys(page.template for page in self.pages):  # read once, not in each process
            if "explainer_downloads" in self.keys.templates(self.get_template(name))[1]:
                waiting.add(name)
        # The costliest first (by the size of the previous site's copy), shared between this
        # process and a child; those showing the downloads here, last.
        first = [i for i in range(len(self.pages)) if self.pages[i].template not in waiting]
        if copies:
            first.sort(key=lambda i: -self._expected_cost(i))
        done = dict(zip(first, map_shared(self._page, first, writer, relative, copies)))
        last = [i for i in range(len(self.pages)) if self.pages[i].template in waiting]
        done.update((i, self._page(i, writer, relative, copies)) for i in last)
        records = {index: record for index, (record, _) in done.items()}
        for page in self.pages:  # some copied or written by the child: Pelican's writer must know them
            _written(writer, page.save_as)
        if self.memory is not None:  # the next build's, if it has these very pages again
            self.memory.page_digests = {
                id(page): (page, _fields(page), done[index][1]) for index, page in enumerate(self.pages)
                if done[index][1] is not None
            }
            self.dependencies.keep()
        if relative and self.pages:  # the context as Pelican's writer leaves it after the last page
            self.context["localsiteurl"] = path_to_url(get_relative_path(self.pages[-1].save_as))
        if self.memory is not None:
            self.digester.keep()
        pages = {}
        for index, page in enumerate(self.pages):
            record = records[index]
            if not isinstance(record, PageRecord):  # copied: the previous record holds
                before = self.site.previous.pages[page.save_as]
                record = PageRecord(before.key, before.dependencies, record)
            pages[page.save_as] = record
        return pages

    def _expected_cost(self, index: int) -> int:
        record = self.site.previous.pages.get(self.pages[index].save_as)
        return record.file[2] if record is not None and record.file is not None else 20_000

    def _page(self, index: int, writer, relative: bool, copies: bool) -> tuple:
        """Copy or render one page: (its new record, or for a copy the file's identity now; the
        digest of the page)."""
        page = self.pages[index]
        template = self.get_template(page.template)
        if self.data_job is not None and "explainer_downloads" in self.keys.templates(template)[1]:
            self._downloads()
        key, page_digest = self.keys.of(page, template) if copies else (None, None)
        before = self.site.previous.pages.get(page.save_as)
        if key is not None and before is not None and before.key == key and self.dependencies.hold(before.dependencies):
            found = reuse_file(self.site.folder, self.output_path, page.save_as, before.file)
            if found is not None:
                return found, page_digest  # the previous record holds, with the file as it is now
        with self.recorder.recording() as looked_up:
            writer.write_file(
                page.save_as,
                template,
                self.context,
                relative_urls=relative,
                override_output=True,
                page=page,
                story=self.story_view,
                **page.values,
            )
        self.rendered += 1
        return PageRecord(
            key, self.dependencies.digests(looked_up), file_id(sanitised_join(self.output_path, page.save_as))
        ), page_digest

    @property
    def _flush_later(self) -> bool:
        """Whether this build's cache entries are written after it, by a child it does not wait
        for: in `make devserver` after its first build (whose entries, every seed's, are
        written while its pages render, as `make html` writes them)."""
        return self.memory is not None and self.memory.built > 0

    @property
    def data_path(self) -> str:
        return os.path.join(self.output_path, self.config.data_save_as)

    def _data_files(self) -> list[str]:
        return [d.save_as for d in self._downloads()]

    def write_data(self):
        """The data files (the previous site's when the data is the same; already written when
        a child made them), and the cache entries this build made (queued until now so that
        neither delays the pages)."""
        if not self.data_written and (self.reused_data is None or self.site.reuse_data(self.reused_data) is None):
            self._write_data_files()
        if self.caches is not None and not self._flush_later:
            self.caches.flush()

    def _data_record(self) -> DataRecord | None:
        """What the data files are now, for the next build (None: they cannot be reused)."""
        if self.data_key is None:
            return None
        files = tuple((name, file_id(os.path.join(self.output_path, name))) for name in self._data_files())
        if any(found is None for _, found in files):
            return None
        return DataRecord(self.data_key, files, tuple(self._downloads()))


class _PageKeys:
    """A page's key: what it is rendered from, but for what its templates look up in the Story
    (see `site/incremental.py`). None when something in it has no digest."""

    def __init__(self, generator: ExplainerGenerator, relative: bool):
        self.generator, self.relative = generator, relative
        self.templates = TemplateFacts(generator.env, generator.site.previous.templates)
        self.base = digest(pelican.__version__, "relative" if relative else "absolute")
        self.shared: dict[tuple[str, int], tuple[object, bytes]] = {}

    def of(self, page, template) -> tuple[bytes | None, bytes | None]:
        """(the page's key, the digest of the page itself), None where there is none."""
        template_digest, names = self.templates(template)
        try:
            page_digest = self._page_digest(page)
            parts = [self.base, template_digest, page.save_as, page_digest]
            for name in sorted(names):
                if name in ("page", "story") or name in page.values:
                    continue  # the page's own values: in its digest; the Story: looked up
                parts += [name, self._digest(name, self._value(name, page.save_as))]
        except Unkeyable:
            return None, None
        return digest(*parts), page_digest

    def _page_digest(self, page) -> bytes:
        """The digest of a page; the last build's, in `make devserver`, when this build has the
        last build's very Page object (all of them, made from the same Story, settings and
        editorial files; or a source page made from the same source and citing pages)."""
        generator = self.generator
        if generator.memory is not None:
            kept = generator.memory.page_digests.get(id(page))
            if kept is not None and kept[0] is page and kept[1] == _fields(page):
                return kept[2]
        return generator.digester.of(page)

    def _value(self, name: str, save_as: str):
        """The value of a context name as Pelican's writer gives it to this page."""
        context = self.generator.context
        if name in ("SITEURL", "localsiteurl") and self.relative:
            return path_to_url(get_relative_path(save_as))
        if name == "localsiteurl":
            return context.get("localsiteurl")
        if name == "output_file":
            return save_as
        return context.get(name, _MISSING)

    def _digest(self, name: str, value) -> bytes:
        if isinstance(value, str):
            return digest(value)
        entry = self.shared.get((name, id(value)))
        if entry is None or entry[0] is not value:
            entry = self.shared[(name, id(value))] = (value, self.generator.digester.of(value))
        return entry[1]


def _fields(page) -> tuple:
    """A page's own fields as a build may set them again (its values by identity)."""
    return (page.save_as, page.template, page.title, page.description, page.nav, page.og_type, page.jsonld,
            id(page.values))


class _Missing:
    def __reduce__(self):
        return "_MISSING"


_MISSING = _Missing()


def _written(writer, save_as: str) -> None:
    """Tell Pelican's writer of a page written without it (copied, or by a child), as
    `write_file(..., override_output=True)` would: no later file may overwrite it."""
    path = sanitised_join(writer.output_path, save_as)
    for name in ("_written_files", "_overridden_files"):
        found = getattr(writer, name, None)
        if isinstance(found, set):
            found.add(path)


@contextmanager
def _nothing():
    yield


@contextmanager
def _logged():
    """The plugin's log records made in the block, in a list (they are still shown as ever)."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    keep = Keep()
    package = logging.getLogger(__name__.rpartition(".")[0] or __name__)
    package.addHandler(keep)
    try:
        yield records
    finally:
        package.removeHandler(keep)


@contextmanager
def collector_paused():
    """No cyclic garbage collection while a phase of the build runs.

    A large story is millions of small objects that all live until the build ends, and every
    full collection walks them: at 1,000 articles fifteen of them cost 1.4 s, an eighth of the
    build. The phases make few reference cycles (about 30 MB more at the peak), and the
    collector is back on between phases and after them. What a phase made is then frozen
    (`gc.freeze`): the collections that run between phases, and the first after the collector
    is back on, would otherwise walk every object the phase made; a child forked later does not
    touch (and copy) their memory either. `build.py` unfreezes them when the build ends, so that
    `make devserver` still frees the previous build's objects.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
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


def build_caches(settings: dict, kept=None) -> BuildCaches | None:
    """What a build made, kept where, and as far as, Pelican keeps its own content cache;
    entries are written with the data files (`write_data`). With `kept` (`make devserver`'s
    Memory), entries are also kept in memory for the next build."""
    read, write = bool(settings.get("LOAD_CONTENT_CACHE")), bool(settings.get("CACHE_CONTENT"))
    if not (read or write):
        return None
    caches = None if kept is None else kept.caches.setdefault(os.path.abspath(settings["CACHE_PATH"]), {})
    return BuildCaches.in_folder(settings["CACHE_PATH"], read=read, write=write, deferred=True, memory=caches)


def get_generators(pelican_object):
    return ExplainerGenerator
