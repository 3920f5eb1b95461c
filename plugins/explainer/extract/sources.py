"""Loading the seed articles and what is known about them.

`seeds/<id>.txt` is exactly what the project was given, and `seeds/<id>.yaml` beside it says
what is known of it. Once the editor locks it (`make accept-seeds`), the sidecar records the
text's sha256: if the text changes, every anchor and quotation that depends on it may silently
drift, so a mismatch stops the build and tells the editor how to accept the change on purpose.
A sidecar without a hash is a new article, not an error: dropping it in is enough.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from ..base.buildcache import BuildCache
from ..base.errors import ExplainerError, Problems, display_path, first_line
from ..base.parallel import map_sources
from ..base.safefile import read_project_bytes, read_project_text
from ..base.yamlfile import MAX_YAML_BYTES, read_yaml
from .anchors import assign_anchors
from .cleaning import CITABLE, Block, classify
from .sentences import sentence_spans

REQUIRED_KEYS = ("outlet", "published")
KNOWN_KEYS = frozenset(
    {"outlet", "title", "url", "published", "added", "sha256", "identified", "evidence"}
    | {"published_basis", "notes"}
)
IDENTIFIED = ("stated", "inferred", "unknown")
ACCEPT_HINT = "make accept-seeds"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
# Ten times the longest news article: more is a whole site or a dump pasted by mistake, and
# would make a source page no phone can open.
MAX_SEED_BYTES = 1_000_000
REQUIRED_HINTS = {
    "outlet": "add a line `outlet: <the outlet's name>`",
    "published": "add a line `published: YYYY-MM-DD`",
}


@dataclass(frozen=True)
class Sentence:
    """A citable sentence: its anchor, its exact words, and whose words they are.

    `kind` is "body" (the outlet's own words), "caption", or "embed" (a post pasted into the
    article, whose words are `author`'s, not the outlet's).
    """

    id: str
    text: str
    kind: str
    block: int
    author: str | None = None

    @property
    def outlets_own(self) -> bool:
        """Whether the sentence is the outlet's own article text, the only text derived claims
        (dates, counts, key facts) are read from. A caption may show another moment than the
        article's, and a pasted post is its author's words: both are shown and cited, and a
        post's words are credited to its author, but neither is read for facts."""
        return self.kind == "body"


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    outlet: str
    title: str
    title_derived: bool
    url: str | None
    published: dt.date
    identified: str
    evidence: str
    published_basis: str
    notes: str
    sha256: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    block_sentences: tuple[tuple[str, ...], ...] = field(repr=False)
    # When the editor added the article to the site (the sidecar's `added:`, else the day it
    # was published): what the front page's "last updated", the feed and `dateModified` follow.
    added: dt.date | None = None

    @cached_property
    def _by_id(self) -> dict[str, Sentence]:
        return {s.id: s for s in self.sentences}

    def sentence(self, sentence_id: str) -> Sentence | None:
        return self._by_id.get(sentence_id)


def load_sources(seeds_dir: str | Path, cache: BuildCache | None = None) -> tuple[Source, ...]:
    """Every seed in the folder, in file-name order, checked against its sidecar.

    With `cache`, a seed whose text, sidecar and name are unchanged since a build that used the
    same code is not extracted again.
    """
    return tuple(source for _, source in keyed_sources(seeds_dir, cache))


def keyed_sources(seeds_dir: str | Path, cache: BuildCache | None = None) -> list[tuple[str | None, Source]]:
    """`load_sources`, each Source with its entry in `cache` (None without one): a name for
    exactly what it was made from, for keeping what is found in it.

    A story with no seeds yet (no folder, or no `*.txt` in it) has no sources. Every seed and
    sidecar is read before any problem stops the build, so that all of them are reported in one
    run: one problem alone is raised as it is, several as `Problems`.
    """
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        return []
    texts = sorted(seeds_dir.glob("*.txt"))
    problems = case_collisions(texts)
    twins = {p.path for p in problems}
    texts = [t for t in texts if str(t) not in twins]
    for sidecar in sorted(seeds_dir.glob("*.yaml")):
        if str(sidecar.with_suffix(".txt")) in twins:  # its article's name is the problem
            continue
        if not sidecar.with_suffix(".txt").exists():
            unpaired = [t for t in texts if not t.with_suffix(".yaml").exists()]
            hint = f" (was {unpaired[0].name} renamed?)" if len(unpaired) == 1 else ""
            if hint:  # one problem, not two: the renamed article's missing sidecar is this one
                texts.remove(unpaired[0])
            problems.append(ExplainerError(
                sidecar,
                f"no article {sidecar.stem}.txt beside this sidecar{hint}; "
                "give the sidecar the same name as its article, or remove it",
            ))
    loaded = []
    for result, problem in map_sources(_source_or_problem, texts, cache, held=cache.held() if cache else ()):
        if problem is not None:
            problems.append(ExplainerError(*problem))
        else:
            loaded.append(result)
    if problems:
        Problems.raise_any(problems)
    if cache is not None:
        for key, source, extracted in loaded:
            if key is not None:
                cache.used.add(key)  # a child's lookups are in its own memory
                if extracted:
                    cache.put(key, source)
        cache.prune()
    return [(key, source) for key, source, _ in loaded]


def case_collisions(texts: list[Path]) -> list[ExplainerError]:
    """A problem for each seed whose name differs from an earlier one's only in letter case
    (`A.txt`, `a.txt`): on macOS and Windows the two are one file, and one would replace the
    other when the project is copied there."""
    first: dict[str, Path] = {}
    problems = []
    for path in texts:
        twin = first.setdefault(path.name.casefold(), path)
        if twin != path:
            problems.append(ExplainerError(
                path, f"the name differs from {twin.name} only in letter case, and the two would be one file "
                "on macOS and Windows; rename one of them (and its sidecar)",
            ))
    return problems


def _source_or_problem(path: Path, cache: BuildCache | None):
    """`_cached_source`, or the problem that stops it as (path, message, line): plain values,
    which a child process sends back as they are, so the build goes on to the next seed."""
    try:
        return _cached_source(path, cache), None
    except ExplainerError as err:
        return None, (err.path, err.message, err.line)


def _cached_source(path: Path, cache: BuildCache | None) -> tuple[str | None, Source, bool]:
    """(its cache key, the Source, whether it was extracted now) for one seed: with `cache`,
    the Source a build with the same text, sidecar, name and code made, if there is one."""
    raw = read_seed(path)
    if cache is None:
        return None, extract_source(path, raw), True
    try:
        key = cache.key(str(path), raw, read_project_bytes(path.with_suffix(".yaml"), MAX_YAML_BYTES, "sidecar"))
    except ExplainerError:
        return None, extract_source(path, raw), True  # which says what is wrong with the sidecar
    source = cache.get(key)
    if not isinstance(source, Source) or source.id != path.stem:  # a miss, or a damaged entry
        return key, extract_source(path, raw), True
    return key, source, False


def read_seed(path: Path) -> bytes:
    """The bytes of a seed whose name is one a source can have: a regular file inside the
    project, of at most MAX_SEED_BYTES (read no further than one byte past them)."""
    if not _ID.match(path.stem):
        raise ExplainerError(
            path, "the file name has characters other than letters, digits, '-', '_' or '.'; rename the file"
        )
    raw = read_project_bytes(path, MAX_SEED_BYTES, "article")
    if len(raw) > MAX_SEED_BYTES:
        size = max(len(raw), _size_on_disk(path))
        raise ExplainerError(
            path,
            f"the article is {size / 1e6:.1f} MB, more than the {MAX_SEED_BYTES / 1e6:g} MB any news "
            "article needs; check that the file holds one article's text",
        )
    return raw


def _size_on_disk(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def extract_source(path: Path, raw: bytes) -> Source:
    """The work the cache saves: `raw` (the seed's bytes, its name and size checked) made a Source."""
    sid = path.stem
    meta = read_sidecar(path.with_suffix(".yaml"))
    digest = hashlib.sha256(raw).hexdigest()
    if meta.get("sha256") is not None and digest != meta["sha256"]:
        raise ExplainerError(
            path,
            f"the text no longer matches the sha256 in {display_path(path.with_suffix('.yaml'))}, "
            f"so citations of it may have moved; if the change is intended, run `{ACCEPT_HINT}` "
            "to record the new hash",
        )
    text = decode_seed(path, raw)
    title = meta.get("title")
    blocks = tuple(classify(text, title))
    texts, kinds, owners, authors = [], [], [], []
    for index, block in enumerate(blocks):
        if block.kind not in CITABLE:
            continue
        for start, end in sentence_spans(block.text):
            texts.append(block.text[start:end])
            kinds.append(block.kind)
            owners.append(index)
            authors.append(block.author)
    if not texts:
        raise ExplainerError(path, "no sentence of article text was found; check that this is an article")
    anchors = assign_anchors(texts)
    sentences = tuple(
        Sentence(a, t, k, b, au) for a, t, k, b, au in zip(anchors, texts, kinds, owners, authors)
    )
    per_block: list[list[str]] = [[] for _ in blocks]
    for sentence in sentences:
        per_block[sentence.block].append(sentence.id)
    derived = not title
    if derived:
        title = derive_title(sentences)
    return Source(
        id=sid,
        path=str(path),
        outlet=meta["outlet"],
        title=title,
        title_derived=derived,
        url=meta.get("url"),
        published=meta["published"],
        added=meta.get("added") or meta["published"],
        identified=meta.get("identified") or "unknown",
        evidence=meta.get("evidence") or "",
        published_basis=meta.get("published_basis") or "",
        notes=meta.get("notes") or "",
        sha256=digest,
        blocks=blocks,
        sentences=sentences,
        block_sentences=tuple(tuple(ids) for ids in per_block),
    )


def decode_seed(path: Path, raw: bytes) -> str:
    """The seed's text with line ends made uniform; a clear error if it is not UTF-8 text."""
    if not raw.strip():
        raise ExplainerError(path, "the article is empty; paste the article text or remove the file")
    if b"\x00" in raw:
        raise ExplainerError(path, "this is not a text file (it contains NUL bytes); save the article as UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ExplainerError(
            path, f"byte {err.start} is not UTF-8; re-save the file as UTF-8 text", line=line
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def derive_title(sentences: tuple[Sentence, ...]) -> str:
    """A headline from the first sentence of the outlet's own text, when it has none."""
    first = next((s.text for s in sentences if s.kind == "body"), sentences[0].text)
    words = first.split()
    return first if len(words) <= 16 else " ".join(words[:14]) + "\u2026"


def read_sidecar(path: Path) -> dict:
    if not os.path.lexists(path):  # a link to nothing is not missing: read_yaml names it
        raise ExplainerError(
            path, "missing sidecar; create it with at least `outlet:` and `published:`"
        )
    sidecar = read_yaml(path, "sidecar")
    if not isinstance(sidecar.root, yaml.MappingNode):
        raise ExplainerError(
            path, "the sidecar is empty or not `key: value` lines; write one `key: value` per line, "
            "with at least `outlet:` and `published:`"
        )
    # The keys before the values: an unknown key is named as such whatever its value holds.
    for key_node, _ in sidecar.root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        if key not in KNOWN_KEYS:
            raise ExplainerError(
                path,
                f"unknown key {key!r}; allowed keys are {', '.join(sorted(KNOWN_KEYS))} "
                "(put free text under `notes:`)",
                line=sidecar.line(key_node),
            )
    meta = sidecar.value()
    for key in ("outlet", "title", "url", "identified", "evidence", "published_basis", "notes"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise ExplainerError(
                path, f"`{key}:` is not text; put the value in quotes", line=_line_of(path, key)
            )
    for key in REQUIRED_KEYS:
        if meta.get(key) is None or not str(meta[key]).strip():
            raise ExplainerError(
                path, f"`{key}:` is required but missing or blank; {REQUIRED_HINTS[key]}", line=_line_of(path, key)
            )
    meta["outlet"] = meta["outlet"].strip()
    meta["published"] = _parse_published(path, meta["published"])
    if meta.get("added") is not None:
        meta["added"] = _parse_published(path, meta["added"], key="added")
    if meta.get("url") is not None:
        # An apostrophe is common in real addresses ("takeda's-shire-deal"): kept, percent-encoded.
        meta["url"] = meta["url"].strip().replace("'", "%27")
    if meta.get("url") is not None and not _SAFE_URL.match(meta["url"]):
        raise ExplainerError(
            path, "`url:` must be an http:// or https:// address; write the article's address, or null "
            "when it is not known", line=_line_of(path, "url"),
        )
    if meta.get("identified") and meta["identified"] not in IDENTIFIED:
        raise ExplainerError(
            path, f"`identified:` is not one of {', '.join(IDENTIFIED)}; write one of them",
            line=_line_of(path, "identified"),
        )
    if meta.get("sha256") is not None and not _SHA256.match(str(meta["sha256"])):
        raise ExplainerError(
            path, f"`sha256:` must be 64 hex digits; run `{ACCEPT_HINT}` to record it", line=_line_of(path, "sha256")
        )
    return meta


# A news article's publication: anything outside these years is a typo, and dates worked out
# from it ("900 years ago", "last year") would fall off the calendar.
PUBLISHED_YEARS = range(1800, 2200)


def _parse_published(path: Path, value, key: str = "published") -> dt.date:
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ExplainerError(
                path, f"`{key}: {str(value).strip()}` is not a real date; write it as YYYY-MM-DD",
                line=_line_of(path, key),
            ) from None
    if day.year not in PUBLISHED_YEARS:
        raise ExplainerError(
            path, f"`{key}: {day.isoformat()}` is not a plausible date; write the year in full "
            f"({PUBLISHED_YEARS.start} to {PUBLISHED_YEARS.stop - 1})", line=_line_of(path, key),
        )
    return day


def _line_of(path: Path, key: str) -> int | None:
    return first_line(path, lambda line: line.startswith(f"{key}:"))


def accept_seed(text_path: Path) -> bool:
    """Record the current hash of a seed in its sidecar; True if it changed."""
    sidecar, new = accepted_sidecar(text_path)
    if new is None:
        return False
    sidecar.write_text(new, encoding="utf-8")
    return True


def accepted_sidecar(text_path: Path) -> tuple[Path, str | None]:
    """The seed's sidecar, and its text with the seed's current hash recorded (None when it is
    recorded already): both files read as the build reads them, and refused in the same words."""
    sidecar = text_path.with_suffix(".yaml")
    digest = hashlib.sha256(read_seed(text_path)).hexdigest()
    content = read_project_text(sidecar, MAX_YAML_BYTES, "sidecar").replace("\r\n", "\n").replace("\r", "\n")
    new, count = re.subn(r"(?m)^sha256:.*$", f"sha256: {digest}", content)
    if count == 0:
        new = content.rstrip("\n") + f"\nsha256: {digest}\n"
    return sidecar, (new if new != content else None)
