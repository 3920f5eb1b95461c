"""What a build made, kept for the next build: extracted seeds, what each source says on its
own, and the whole Story.

Extracting a seed depends only on its text, its sidecar, its file name and this plugin's code;
the Story only on every file of the seeds and people folders, `timeline.yaml` and the code. So
an entry is keyed on the bytes of all it was made from and a digest of the code: any change is
a miss, never a stale answer. (A source's findings also depend on words any seed can change;
`story._FindingsFinder` records and checks those.) A rebuild after the editor changes one seed
extracts and reads that seed alone; a rebuild after a change to a template or an editorial page
reads the Story back instead of finding it again. Entries the build did not use are removed, so each folder holds what the
last build used. A missing, unwritable or damaged cache only makes the build slower. In
`make devserver`, whose process builds again and again, each folder also keeps its entries in
memory (`memory`): a rebuild takes the very objects the last build made or read instead of
unpickling them again. Entries
are pickles: the folder is trusted as the plugin's own code is, and lives in the project's
Pelican cache folder, never in anything published. An entry that is not a regular file, or
holds something else than its cache keeps (`ENTRY_SHAPES`), is a miss too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import markdown
import yaml

logger = logging.getLogger(__name__)

SUFFIX = ".pickle"
STALE_WRITE_SECONDS = 600  # a half-written entry older than this was left by a killed build
# The plugin package: this module sits one folder below it.
PACKAGE_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = __name__.rsplit(".", 2)[0]

# What the entries of each cache are, by name (this layer cannot import the classes): an entry
# of another kind (a file from elsewhere, or damaged into something else) is a miss, never a
# crash later in the build. A class named here must keep its name; a test of the warm build
# fails if it does not.
ENTRY_SHAPES = {
    "seeds": "extract.sources.Source",
    "findings": ("frozenset", "frozenset", "story._SourceFindings"),
    "story": "story.Story",
    "pages": "site.incremental.Manifest",
}


def code_version() -> str:
    """A digest of every module of the whole plugin package (every subfolder, not only this
    one: a cache must miss after an edit anywhere), and of the libraries whose output the caches
    hold: YAML parses the sidecars and the timeline plan, Markdown the person files."""
    versions = f"{sys.version}|{yaml.__version__}|{markdown.__version__}|{pickle.HIGHEST_PROTOCOL}"
    digest = hashlib.sha256(versions.encode())
    package = PACKAGE_ROOT
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode())
        digest.update(module.read_bytes())
    return digest.hexdigest()


class BuildCache:
    """One folder of entries. With `deferred`, `put` only queues an entry and `flush` writes
    the queue: a build can then write its entries from the process that writes the data files
    while the pages render, instead of before rendering."""

    def __init__(
        self, folder: str | Path, read: bool = True, write: bool = True, version: str | None = None,
        deferred: bool = False, shape=None, memory: dict | None = None,
    ):
        self.folder = Path(folder)
        # Entries by key, kept by the caller between builds of one process (None: none kept).
        # What a build reads or makes goes in; what a build did not ask for goes (`prune`).
        self.memory = memory
        self.read, self.write, self.deferred = read, write, deferred
        self.shape = shape  # what an entry must be (see ENTRY_SHAPES); None: anything
        self.version = version or code_version()
        self.used: set[str] = set()
        self.pending: list[tuple[str, object]] = []

    def key(self, *parts: str | bytes) -> str:
        """The entry for what was made from exactly these names and bytes (and this code)."""
        digest = hashlib.sha256(self.version.encode())
        for part in parts:
            part = part.encode() if isinstance(part, str) else part
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        key = digest.hexdigest()
        self.used.add(key)
        return key

    def held(self) -> list:
        """The entries this process holds in memory (a rebuild's), for a child to refer to."""
        return list(self.memory.values()) if self.memory else []

    def get(self, key: str):
        if not self.read:
            return None
        if self.memory is not None and key in self.memory:
            return self.memory[key]
        value = self._read(key)
        if value is not None and self.memory is not None:
            self.memory[key] = value
        return value

    def _read(self, key: str):
        try:
            # Never a wait on a named pipe, nor a read of what a link leads to.
            fd = os.open(self.folder / (key + SUFFIX), os.O_RDONLY | _NONBLOCK | _NOFOLLOW)
        except FileNotFoundError:
            return None
        except OSError as error:
            logger.debug("[explainer] ignoring cache entry %s: %s", key, error)
            return None
        try:
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    raise ValueError("not a regular file")
                value = pickle.load(handle)
            if not fits(value, self.shape):
                raise TypeError(f"holds {type(value).__name__}, not {self.shape}")
            return value
        except Exception as error:  # a damaged entry is a miss; the entry is rewritten
            logger.debug("[explainer] ignoring cache entry %s: %s", key, error)
            return None

    def put(self, key: str, value) -> None:
        if self.memory is not None and self.read:
            self.memory[key] = value
        if not self.write:
            return
        if self.deferred:
            self.pending.append((key, value))
            return
        self._write(key, value)

    def flush(self) -> None:
        """Write the entries `put` queued."""
        for key, value in self.pending:
            self._write(key, value)
        self.pending.clear()

    def put_now(self, key: str, value) -> None:
        """`put`, written at once even when the cache defers its writes."""
        if self.memory is not None and self.read:
            self.memory[key] = value
        if self.write:
            self._write(key, value)

    def _write(self, key: str, value) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / (key + SUFFIX))
        except OSError as error:
            logger.debug("[explainer] cannot write the cache in %s: %s", self.folder, error)

    def prune(self) -> None:
        """Remove the entries this build did not ask for (inputs since edited or removed)."""
        if self.memory is not None:
            for key in [k for k in self.memory if k not in self.used]:
                del self.memory[key]
        if not self.write or not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.suffix in (SUFFIX, ".tmp") and entry.stem not in self.used:
                try:
                    # An entry being written (by `make devserver`'s child writing the last
                    # build's entries) is left alone; one a killed build left goes later.
                    if entry.suffix == ".tmp" and time.time() - entry.stat().st_mtime < STALE_WRITE_SECONDS:
                        continue
                    entry.unlink()
                except OSError:
                    pass


    def prune_beyond(self, keep: int) -> None:
        """Remove all but the `keep` entries written last (and those this build used)."""
        if not self.write or not self.folder.is_dir():
            return
        entries = []
        for entry in self.folder.iterdir():
            try:
                entries.append((entry.stat().st_mtime_ns, entry))
            except OSError:
                pass
        entries.sort(reverse=True)
        for _, entry in entries[keep:]:
            if entry.stem not in self.used:
                try:
                    entry.unlink()
                except OSError:
                    pass


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def fits(value, shape) -> bool:
    """Whether `value` is what `shape` names: a class of this package by its dotted name below
    the package, a built-in type by its name, or a tuple of such shapes."""
    if shape is None:
        return True
    if isinstance(shape, tuple):
        return isinstance(value, tuple) and len(value) == len(shape) and all(map(fits, value, shape))
    kind = type(value)
    if kind.__module__ == "builtins":
        return kind.__qualname__ == shape
    return f"{kind.__module__}.{kind.__qualname__}" == f"{PACKAGE}.{shape}"


@dataclass(frozen=True)
class BuildCaches:
    """A build's caches, each in its own folder under one (Pelican's cache folder).

    `seeds`: each seed extracted. `findings`: what each source says on its own (mentions,
    quotations, dated clauses...), so a rebuild after one seed changes reads the others' back.
    `story`: the whole Story, so a rebuild after a change outside the seeds and people finds
    nothing again.
    """

    seeds: BuildCache
    findings: BuildCache
    story: BuildCache
    pages: BuildCache | None = None  # what the last build into each site folder wrote (`site/incremental.py`)

    @classmethod
    def in_folder(
        cls, folder: str | Path, read: bool = True, write: bool = True, deferred: bool = False,
        memory: dict[str, dict] | None = None,
    ) -> BuildCaches:
        """The caches in `folder`; with `memory` (a dict the caller keeps between builds), each
        also keeps its entries in memory, in `memory[name]`."""
        version = code_version()
        return cls(*(
            BuildCache(
                Path(folder) / f"explainer-{name}", read, write, version, deferred, ENTRY_SHAPES[name],
                None if memory is None else memory.setdefault(name, {}),
            )
            for name in ("seeds", "findings", "story", "pages")
        ))

    def flush(self) -> None:
        for cache in (self.seeds, self.findings, self.story, self.pages):
            if cache is not None:
                cache.flush()

    def story_key(self) -> str | None:
        """The key of the Story this build used (read back or found), a name for exactly
        what the Story was made from: None before `build_story`."""
        return next(iter(self.story.used)) if len(self.story.used) == 1 else None
