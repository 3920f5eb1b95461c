"""Rebuilding only what changed: a page whose inputs are those of the last build's copy is that
copy, and the data files are the last build's while the Story is the same.

A page is rendered from its template (and every template that one extends, imports or
includes), the Jinja environment, the context names its templates read, the page itself (its
values, title and file name) and whatever the templates look up in the Story. All but the last
are known before rendering: they make the page's **key**, a digest (`PageKeys`). The Story's
lookups are known only by rendering: templates get the Story through a `StoryView`, which notes
each lookup (the source or person looked up, the number of sources, any other attribute), and
the page's record keeps each with a digest of what it found (`Dependencies`). A later build
copies a page, instead of rendering it, when its key is the record's and every lookup would
find what it found then. Sources and people are digested by their own fields, so a page that
shows a source's sentences changes when that source's text does, and no other page does.

The copy is the previous site's file: hard-linked into the folder the build writes (`build.py`
builds into a fresh folder beside `output/`, then swaps it in), or left where it is when the build
writes into the site's own folder. The record also keeps the file's identity (device, inode,
size, modification time) as it was written, so a file changed or replaced since is rendered again.

What a build recorded (`Manifest`) is kept in Pelican's cache folder, one entry per site folder,
keyed on the plugin's code like every cache. `make devserver` also keeps in memory, between its
rebuilds, the caches' entries and the digests of sources and people (`Memory`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import shutil
import stat
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MethodType

from ..extract.sources import Source
from ..findings.people import Person
from ..story import Story

# --- What `make devserver` keeps between builds -----------------------------------------------


class Memory:
    """What one long-running process (`make devserver`) keeps from a build for the next."""

    def __init__(self):
        self.caches: dict[str, dict] = {}  # each build cache's entries, by cache name
        self.digests: dict[int, tuple[object, bytes]] = {}  # id(source or person) -> (it, its digest)
        self.pages = None  # (key, story, pages, log records) of the last build's pages
        self.page_digests: dict[int, tuple] = {}  # id(page) -> (page, its fields, its digest)
        self.source_pages: dict[str, tuple] = {}  # source id -> (source, settings, citing pages, its Page)
        self.lookups: dict[tuple, tuple] = {}  # a Story lookup -> (the object it was made from, its digest)
        self.flushing = None  # a child writing the last build's cache entries (`parallel.Forked`)
        self.built = 0  # builds done so far

    def settle(self) -> None:
        """Wait for the child writing the last build's cache entries, if there is one."""
        flushing, self.flushing = self.flushing, None
        if flushing is not None:
            flushing.result()


_memory: Memory | None = None


def keep_in_memory() -> Memory:
    """From now on, builds in this process keep what the next can reuse (`make devserver`)."""
    global _memory
    if _memory is None:
        _memory = Memory()
    return _memory


def memory() -> Memory | None:
    return _memory


def forget_memory() -> None:
    global _memory
    _memory = None


# --- Where the previous site is ---------------------------------------------------------------

_site_folder: list[str] = []


@contextmanager
def building_site(folder: str):
    """The build that runs in this block makes the site that will replace `folder` (it writes
    elsewhere, then swaps): the previous site, whose unchanged pages it copies, is there."""
    _site_folder.append(os.path.abspath(folder))
    try:
        yield
    finally:
        _site_folder.pop()


def site_folder(output_path: str) -> str:
    """Where the site this build replaces lives: the folder `building_site` named, else the
    build's own output folder (Pelican writing over the previous site in place)."""
    return _site_folder[-1] if _site_folder else os.path.abspath(output_path)


# --- Digests -----------------------------------------------------------------------------------


class Unkeyable(Exception):
    """A value with no digest (it does not pickle, or holds the whole Story): a page made
    from it is always rendered."""


def _token(*parts):  # what a source or person stands for in a digest; never called
    return parts


class Digester:
    """Digests of values, as their pickle in fast mode (no memo: equal values give equal bytes
    however their objects are shared). A source or person stands in a digest for its id and the
    digest of its own fields (worked out once per object); the Story cannot be digested as a
    value, only through the lookups a StoryView notes."""

    def __init__(self, known: dict[int, tuple[object, bytes]] | None = None):
        self.known = {} if known is None else known  # kept between builds in `make devserver`
        self.used: dict[int, tuple[object, bytes]] = {}
        self.table = {Source: self._reduce_source, Person: self._reduce_person, Story: self._refuse}

    def of(self, value) -> bytes:
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True
        pickler.dispatch_table = self.table
        try:
            pickler.dump(value)
        except Unkeyable:
            raise
        except Exception as error:  # unpicklable, cyclic, too deep
            raise Unkeyable(str(error)) from None
        return hashlib.sha256(buffer.getbuffer()).digest()

    def content(self, item) -> bytes:
        """The digest of a source's or a person's own fields (cached values left out)."""
        entry = self.used.get(id(item)) or self.known.get(id(item))
        if entry is None or entry[0] is not item:
            fields = tuple(getattr(item, f.name) for f in dataclasses.fields(item))
            entry = (item, self.of((type(item).__qualname__, fields)))
        self.used[id(item)] = entry
        return entry[1]

    def keep(self) -> None:
        """Keep for the next build only the digests this one used (their objects live on)."""
        self.known.clear()
        self.known.update(self.used)

    def _reduce_source(self, source: Source):
        return _token, ("source", source.id, self.content(source))

    def _reduce_person(self, person: Person):
        return _token, ("person", person.slug, self.content(person))

    def _refuse(self, story):
        raise Unkeyable("the whole Story")


def digest(*parts: bytes | str) -> bytes:
    value = hashlib.sha256()
    for part in parts:
        part = part.encode() if isinstance(part, str) else part
        value.update(len(part).to_bytes(8, "big"))
        value.update(part)
    return value.digest()


# --- What templates look up in the Story --------------------------------------------------------


class Recorder:
    """The Story lookups made while a page renders (`recording`)."""

    def __init__(self):
        self.current: set | None = None

    def note(self, dependency: tuple) -> None:
        if self.current is not None:
            self.current.add(dependency)

    def note_all(self, dependencies) -> None:
        if self.current is not None:
            self.current.update(dependencies)

    @contextmanager
    def recording(self):
        """The lookups made in the block, as a set; they count for an enclosing block too."""
        outer, self.current = self.current, set()
        deps = self.current
        try:
            yield deps
        finally:
            self.current = outer
            if outer is not None:
                outer.update(deps)


class StoryView:
    """The Story as the templates get it: the same attributes, each lookup noted.

    `story.source_map[id]` and `story.person_map[slug]` give the source or person as an
    `_NotedItem`, which notes each attribute read and each method called (`src.outlet`,
    `src.sentence(id)`), so that a page depends on the words of the sentences it cites, not on
    the whole article; `story.sources|length` notes the number of sources; any other use of an
    attribute of the Story notes the whole attribute."""

    __slots__ = ("_story", "_recorder", "sources", "source_map", "person_map")

    def __init__(self, story: Story, recorder: Recorder):
        self._story, self._recorder = story, recorder
        # Attributes, not looked up through `__getattr__`: a large story's pages read them
        # hundreds of thousands of times.
        self.sources = _NotedSequence(story.sources, recorder, "sources")
        self.source_map = _NotedMapping(story.source_map, recorder, "source", "source_map")
        self.person_map = _NotedMapping(story.person_map, recorder, "person", "person_map")

    def __getattr__(self, name: str):
        self._recorder.note(("attr", name))
        return getattr(self._story, name)

    @property
    def recorder(self) -> Recorder:
        return self._recorder


def recorder_of(story) -> Recorder | None:
    """The recorder behind a template's `story`, if it is a StoryView."""
    return story.recorder if isinstance(story, StoryView) else None


class _NotedMapping(Mapping):
    """`story.source_map` or `story.person_map`: an item looked up is given as an `_NotedItem`;
    a key that is not there notes its absence; anything else notes the whole mapping."""

    def __init__(self, mapping: Mapping, recorder: Recorder, kind: str, name: str):
        self._mapping, self._recorder, self._kind, self._name = mapping, recorder, kind, name
        self._items: dict = {}  # an _NotedItem per key, made once

    def __getitem__(self, key):
        try:
            return self._items[key]
        except KeyError:
            pass
        except TypeError:  # unhashable: as the mapping itself would say
            return self._mapping[key]
        try:
            item = self._items[key] = _NotedItem(self._mapping[key], self._recorder, self._kind, key)
        except KeyError:
            self._recorder.note((self._kind, key))
            raise
        return item

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key) -> bool:
        self._recorder.note((self._kind, key))
        return key in self._mapping

    def __iter__(self):
        self._recorder.note(("attr", self._name))
        return iter(self._mapping)

    def __len__(self) -> int:
        self._recorder.note(("attr", self._name))
        return len(self._mapping)

    def __eq__(self, other) -> bool:
        self._recorder.note(("attr", self._name))
        return self._mapping == other

    __hash__ = None

    def __repr__(self) -> str:
        self._recorder.note(("attr", self._name))
        return repr(self._mapping)


class _NotedItem:
    """A source or person a template looked up: each attribute read notes (kind, key, name),
    each method called notes (kind, key, name, arguments); any other use notes the whole item."""

    __slots__ = ("_item", "_recorder", "_kind", "_key", "_methods")

    def __init__(self, item, recorder: Recorder, kind: str, key):
        self._item, self._recorder, self._kind, self._key = item, recorder, kind, key
        self._methods: dict = {}

    def __getattr__(self, name: str):
        method = self._methods.get(name)
        if method is not None:
            return method
        value = getattr(self._item, name)
        if type(value) is MethodType and value.__self__ is self._item:
            method = self._methods[name] = _NotedMethod(value, self._recorder, (self._kind, self._key, name))
            return method
        current = self._recorder.current
        if current is not None:
            current.add((self._kind, self._key, name))
        return value

    def _whole(self):
        self._recorder.note((self._kind, self._key))
        return self._item

    def __eq__(self, other) -> bool:
        return self._whole() == (other._whole() if isinstance(other, _NotedItem) else other)

    def __hash__(self) -> int:
        return hash(self._whole())

    def __str__(self) -> str:
        return str(self._whole())

    def __repr__(self) -> str:
        return repr(self._whole())


class _NotedMethod:
    __slots__ = ("_method", "_recorder", "_where")

    def __init__(self, method, recorder: Recorder, where: tuple):
        self._method, self._recorder, self._where = method, recorder, where

    def __call__(self, *args, **kwargs):
        if kwargs:
            self._recorder.note(self._where[:2])
        else:
            try:
                self._recorder.note((*self._where, args))
            except TypeError:  # arguments that cannot be noted: the whole item
                self._recorder.note(self._where[:2])
        return self._method(*args, **kwargs)


class _NotedSequence(Sequence):
    def __init__(self, items: tuple, recorder: Recorder, name: str):
        self._items, self._recorder, self._name = items, recorder, name

    def __len__(self) -> int:
        self._recorder.note(("len", self._name))
        return len(self._items)

    def __bool__(self) -> bool:
        return len(self) > 0

    def _whole(self) -> tuple:
        self._recorder.note(("attr", self._name))
        return self._items

    def __getitem__(self, index):
        return self._whole()[index]

    def __iter__(self):
        return iter(self._whole())

    def __reversed__(self):
        return reversed(self._whole())

    def __contains__(self, item) -> bool:
        return item in self._whole()

    def index(self, *args):
        return self._whole().index(*args)

    def count(self, item) -> int:
        return self._whole().count(item)

    def __eq__(self, other) -> bool:
        return self._whole() == other

    __hash__ = None

    def __add__(self, other):
        return self._whole() + other

    def __repr__(self) -> str:
        return repr(self._whole())


class Dependencies:
    """The digest of what each noted lookup finds in this build's Story (None: no digest, so a
    page that made the lookup is always rendered again).

    With `kept` (`make devserver`), a lookup's digest is kept between builds with the object it
    was found in (the source, the person, the Story): while the next build's Story holds the
    very same object, the digest is the same."""

    def __init__(self, story: Story, digester: Digester, kept: dict | None = None):
        self.story, self.digester, self.kept = story, digester, kept
        self.found: dict[tuple, bytes | None] = {}

    def of(self, dependency: tuple) -> bytes | None:
        try:
            return self.found[dependency]
        except KeyError:
            pass
        except TypeError:  # an unhashable key looked up: no digest
            return None
        anchor = self._anchor(dependency)
        entry = self.kept.get(dependency) if self.kept is not None and anchor is not None else None
        if entry is not None and entry[0] is anchor:
            found = entry[1]
        else:
            try:
                found = self._find(dependency)
            except (Unkeyable, TypeError, ValueError):
                found = None
            except Exception:  # a method that fails on this Story: the page renders again, and says why
                found = None
            if self.kept is not None and anchor is not None and found is not None:
                self.kept[dependency] = (anchor, found)
        self.found[dependency] = found
        return found

    def _anchor(self, dependency: tuple):
        """The object a lookup's answer is made from, or None."""
        kind, key = dependency[0], dependency[1]
        if kind in ("source", "person"):
            try:
                return (self.story.source_map if kind == "source" else self.story.person_map).get(key)
            except TypeError:
                return None
        return self.story if kind in ("len", "attr") else None

    def keep(self) -> None:
        """Keep for the next build only the digests of lookups this build made."""
        if self.kept is not None:
            for dependency in [d for d in self.kept if d not in self.found]:
                del self.kept[dependency]

    def _find(self, dependency: tuple) -> bytes | None:
        kind, key, *detail = dependency
        if kind in ("source", "person"):
            item = (self.story.source_map if kind == "source" else self.story.person_map).get(key)
            if item is None:
                return b"-"
            if not detail:
                return self.digester.content(item)
            name = detail[0]
            if not hasattr(item, name):
                return b"!"
            value = getattr(item, name)
            if len(detail) == 2:
                value = value(*detail[1])
            return self.digester.of(value)
        if kind == "len":
            return str(len(getattr(self.story, key))).encode()
        if kind == "attr":
            return self.digester.of(getattr(self.story, key)) if hasattr(self.story, key) else b"-"
        return None

    def digests(self, dependencies) -> tuple[tuple[tuple, bytes | None], ...]:
        found, of = self.found, self.of
        return tuple((dependency, found[dependency] if dependency in found else of(dependency)) for dependency in dependencies)

    def hold(self, recorded) -> bool:
        known, of = self.found, self.of
        for dependency, found in recorded:
            if found is None or (known[dependency] if dependency in known else of(dependency)) != found:
                return False
        return True


# --- What a build recorded ------------------------------------------------------------------------


FileId = tuple  # (device, inode, size, modification time in ns) of a file as the build left it


@dataclass(frozen=True)
class PageRecord:
    key: bytes | None  # None: the page had no key, and is always rendered
    dependencies: tuple  # ((lookup, digest of what it found), ...)
    file: FileId | None


@dataclass(frozen=True)
class DataRecord:
    key: str
    files: tuple[tuple[str, FileId], ...]  # (file name below the site, its identity)
    downloads: tuple  # the downloads list of the method page, as it was made


@dataclass
class Manifest:
    """What the last build into one site folder wrote: each page's record, the data files'."""

    pages: dict[str, PageRecord] = field(default_factory=dict)
    data: DataRecord | None = None
    templates: dict = field(default_factory=dict)  # what each template's source reads (`TemplateFacts`)


def file_id(path: str) -> FileId | None:
    try:
        found = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)


def reuse_file(site: str, output: str, name: str, recorded: FileId | None) -> FileId | None:
    """Put the previous site's `name` in `output` as it is, if it is still the file the build
    that recorded `recorded` wrote: hard-linked (copied where links are refused), or left where
    it is when `output` is the site's own folder. Its identity now, or None (render it)."""
    if recorded is None:
        return None
    source = os.path.join(site, name)
    if file_id(source) != recorded:
        return None
    target = os.path.join(output, name)
    if os.path.abspath(source) == os.path.abspath(target):
        return recorded
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.lexists(target):
            os.unlink(target)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
    except OSError:
        return None
    return file_id(target)


class Site:
    """One build's view of the previous site: its folder, the folder this build writes, and the
    manifest the last build into that site left (in memory, or in the cache folder)."""

    def __init__(self, output: str, cache):
        self.output = os.path.abspath(output)
        self.folder = site_folder(output)
        self.cache = cache  # the `pages` BuildCache, or None (no cache: everything is rendered)
        self.key = cache.key("site", self.folder) if cache is not None else None
        previous = cache.get(self.key) if cache is not None else None
        self.previous = previous if isinstance(previous, Manifest) else Manifest()

    def data(self, key: str | None) -> DataRecord | None:
        """The last build's data record, if its key is `key` and its files are all still there."""
        record = self.previous.data
        if key is None or record is None or record.key != key:
            return None
        if any(file_id(os.path.join(self.folder, name)) != recorded for name, recorded in record.files):
            return None
        return record

    def reuse_data(self, record: DataRecord) -> DataRecord | None:
        """The data files of `record` put in this build's folder; the record as they now are."""
        files = []
        for name, recorded in record.files:
            now = reuse_file(self.folder, self.output, name, recorded)
            if now is None:
                return None
            files.append((name, now))
        return dataclasses.replace(record, files=tuple(files))

    def save(self, manifest: Manifest, now: bool = True) -> None:
        """Keep `manifest` for the next build into this site folder: written at once, or (not
        `now`) with the cache's other entries when they are flushed."""
        if self.cache is not None:
            (self.cache.put_now if now else self.cache.put)(self.key, manifest)
            self.cache.prune_beyond(8)
