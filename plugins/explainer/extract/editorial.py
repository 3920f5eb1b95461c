"""Editorial Markdown: the editor's own words, which may cite the sources.

Files in `content/` use Pelican's Markdown metadata (`Key: value` lines, then a blank line,
then the body). In the body, `[cite 004 "words"]` marks the statement before it as resting on
the sentence of seed 004 that contains those words, and `[quote 004 "words"]` shows the words
as a quotation with the same link. The words are checked against the source at build time: a
misquote stops the build with the file and line, because a citation that does not say what
the page claims is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import nh3

from ..base.errors import ExplainerError
from .citations import Citation, find_sentence, resolve_source
from .sources import Source

MARKER = re.compile(
    r"\[(?P<verb>cite|quote)\s+(?P<source>[^\s\]\"\u201c]+)\s+"
    r"(?P<open>[\"\u201c])(?P<words>[^\"\u201c\u201d\]]+)[\"\u201d]\s*\]"
)
LOOSE_MARKER = re.compile(r"\[(?:cite|quote)\b[^\]]*\]?")
PLACEHOLDER = "\u2063CITE{}\u2063"
_PLACEHOLDER_RE = re.compile("\u2063CITE(\\d+)\u2063")
_META_LINE = re.compile(r"^(?P<key>[A-Za-z][\w -]*):\s*(?P<value>.*)$")
# What the plugin's pages need of Markdown whatever Pelican's `MARKDOWN` setting says: tables,
# footnotes and abbreviations (extra), lists as written, typographic quotes; a table column's
# alignment as `align=`, not an inline style (which the CSP would block).
MARKDOWN_CONFIGS = {
    "markdown.extensions.extra": {"tables": {"use_align_attribute": True}},
    "markdown.extensions.sane_lists": {},
    "markdown.extensions.smarty": {},
}
# Metadata is read by the plugin itself, with line numbers for its errors.
_NOT_FOR_BODIES = frozenset({"markdown.extensions.meta", "meta"})
# Markdown passes raw HTML and any link address through. The site runs no script and loads
# nothing from elsewhere (its Content-Security-Policy would block it, so it would only show up
# broken), and readers may be watched. So editorial HTML is cut to an allow-list of what an
# editorial page is made of (nh3, the Ammonia sanitiser, parsing as browsers do), and whatever
# it would remove stops the build with a line saying what: the editor learns what is not
# allowed instead of finding it silently gone.
ALLOWED_TAGS = frozenset(
    {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div"}  # div: footnotes
    | {"strong", "em", "b", "i", "s", "del", "ins", "sub", "sup", "small", "abbr", "q", "cite", "span"}
    | {"ul", "ol", "li", "dl", "dt", "dd", "a", "code", "pre", "kbd"}
    | {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"}
)
# Markdown's own attributes: footnotes' ids and classes, code's language class, titles.
GENERIC_ATTRIBUTES = frozenset({"id", "class", "title", "lang"})
TAG_ATTRIBUTES = {"a": frozenset({"href", "rel"}), "ol": frozenset({"start"}),
                  "th": frozenset({"colspan", "rowspan", "align"}), "td": frozenset({"colspan", "rowspan", "align"})}
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href"})
_SAFE_SCHEMES = frozenset({"", "http", "https", "mailto"})
_ALLOWED = "editorial text holds text, headings, lists, links, quotations, code and tables"
_WHY = "the site runs no script and loads nothing from elsewhere"
# Elements a browser adds by itself (a table's body), not the editor's.
_IMPLIED = frozenset({"tbody"})
EXTERNAL_REL = "noopener noreferrer"


@dataclass(frozen=True)
class Segment:
    """A piece of editorial HTML, or a citation to render between two pieces."""

    html: str = ""
    citation: Citation | None = None


@dataclass(frozen=True)
class Document:
    path: str
    metadata: dict[str, str]
    body: tuple[Segment, ...]

    @property
    def citations(self) -> list[Citation]:
        return [s.citation for s in self.body if s.citation]


def read_document(path: Path, sources: dict[str, Source], converter: markdown.Markdown | None = None) -> Document:
    """A Markdown file with its metadata and its citations resolved.

    `converter` (from `markdown_converter()`) is reset and reused when given.
    """
    try:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise ExplainerError(path, "not UTF-8; re-save the file as UTF-8 text") from None
    metadata, body, body_line = split_metadata(path, text)
    citations: list[Citation] = []

    def substitute(match: re.Match) -> str:
        line = body_line + body.count("\n", 0, match.start())
        citations.append(resolve_marker(path, line, match, sources))
        return PLACEHOLDER.format(len(citations) - 1)

    marked = MARKER.sub(substitute, body)
    leftover = LOOSE_MARKER.search(marked)
    if leftover:
        line = body_line + marked.count("\n", 0, leftover.start())
        raise ExplainerError(
            path,
            f"cannot read {leftover.group(0)!r}; write citations as [cite 004 \"exact words\"]",
            line=line,
        )
    html = (converter or markdown_converter()).reset().convert(marked)
    html = checked_html(path, body, body_line, html)
    return Document(str(path), metadata, tuple(split_segments(html, citations)))


@dataclass(frozen=True)
class MarkdownOptions:
    """Python-Markdown's extensions with their configuration, and the output format."""

    configs: dict = field(default_factory=lambda: dict(MARKDOWN_CONFIGS))
    output_format: str = "html"


def markdown_options(setting: dict | None) -> MarkdownOptions:
    """Pelican's `MARKDOWN` setting (`extension_configs`, `output_format`) with what the
    plugin's pages need added: the editor's extensions apply, and the plugin's cannot be lost."""
    setting = setting or {}
    configs: dict = {}
    for name, config in dict(setting.get("extension_configs") or {}).items():
        if isinstance(name, str) and name not in _NOT_FOR_BODIES:
            configs[name if "." in name else f"markdown.extensions.{name}"] = dict(config or {})
    for name, config in MARKDOWN_CONFIGS.items():
        configs[name] = {**configs.get(name, {}), **config}
    return MarkdownOptions(configs, str(setting.get("output_format") or "html"))


def markdown_converter(options: MarkdownOptions | None = None) -> markdown.Markdown:
    """A converter to share among the files of one folder: building one loads its extensions,
    which costs more than converting a short person file."""
    options = options or MarkdownOptions()
    try:
        return markdown.Markdown(
            extensions=list(options.configs), extension_configs=options.configs, output_format=options.output_format
        )
    except (ImportError, AttributeError, TypeError, KeyError, ValueError) as err:
        raise ExplainerError(
            None, f"the MARKDOWN setting cannot be used ({err}); name installed Python-Markdown extensions"
        ) from None


def allowed_attribute(tag: str, name: str) -> bool:
    return name in GENERIC_ATTRIBUTES or name in TAG_ATTRIBUTES.get(tag, ())


class _HtmlScan(HTMLParser):
    """The first thing in editorial HTML that the allow-list does not hold, and outbound links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problem: tuple[str, str, str] | None = None  # (what, why, text to find it by in the source)
        self.outbound: list[tuple[str, bool]] = []  # (start tag as written, has a rel= already)

    def _refuse(self, what: str, why: str, needle: str) -> None:
        if not self.problem:
            self.problem = (what, why, needle)

    def handle_starttag(self, tag, attrs):
        # What would run or load is named first (`onerror=` says more than `<img>`), then
        # whatever else the allow-list does not hold.
        for name, value in attrs:
            scheme = urlsplit((value or "").strip()).scheme.lower()
            if name.startswith("on") or name == "style":
                self._refuse(f"the {name}= attribute", _WHY, name)
            elif name in _URL_ATTRIBUTES and scheme not in _SAFE_SCHEMES:
                self._refuse(f"the {scheme}: address", _WHY, f"{scheme}:")
        if tag not in ALLOWED_TAGS:
            self._refuse(f"<{tag}>", _ALLOWED, f"<{tag}")
        for name, _ in attrs:
            if not allowed_attribute(tag, name):
                self._refuse(f"the {name}= attribute on <{tag}>", _ALLOWED, name)
        href = urlsplit((dict(attrs).get("href") or "").strip())
        if tag == "a" and (href.scheme in ("http", "https") or href.netloc):
            self.outbound.append((self.get_starttag_text(), "rel" in dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_comment(self, data):
        self._refuse("an HTML comment", "a browser may read where it ends differently", "<!--")

    def handle_decl(self, decl):
        self._refuse(f"<!{decl.split()[0] if decl.split() else ''}>", _ALLOWED, "<!")

    def unknown_decl(self, data):
        self._refuse(f"<![{data.split('[')[0]}[", "a browser reads it as something else", "<![")

    def handle_pi(self, data):
        self._refuse("<?...>", "a browser reads it as something else", "<?")


class _Events(HTMLParser):
    """HTML as its start tags (attributes sorted) and its text: what a sanitiser may remove."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag not in _IMPLIED:
            self.events.append(("tag", tag, tuple(sorted((n, v or "") for n, v in attrs))))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        # Spaces aside: a browser drops the line break that opens a <pre>, and that hides nothing.
        if self.events and self.events[-1][0] == "text":
            self.events[-1] = ("text", " ".join((self.events[-1][1] + " " + data).split()))
        elif data.split():
            self.events.append(("text", " ".join(data.split())))


def sanitised(html: str) -> str:
    """`html` with only what the allow-list holds, parsed as a browser parses it."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={"*": set(GENERIC_ATTRIBUTES), **{tag: set(names) for tag, names in TAG_ATTRIBUTES.items()}},
        url_schemes=set(_SAFE_SCHEMES - {""}),
        link_rel=None,  # outbound links get theirs below; links within the site need none
        strip_comments=True,
    )


def checked_html(path: Path, body: str, body_line: int, html: str) -> str:
    """The page's HTML, sanitised, with outbound links marked `rel="noopener noreferrer"`, or a
    clear error naming what the allow-list would have removed."""

    def refuse(what: str, why: str, needle: str):
        at = body.lower().find(needle.lower()) if needle else -1
        todo = "write links as [words](https://...)" if "address" in what else "write it in Markdown"
        return ExplainerError(
            path,
            f"{what} is not allowed in editorial text ({why}); remove it, or {todo}",
            line=body_line + body.count("\n", 0, at) if at >= 0 else None,
        )

    scan = _HtmlScan()
    scan.feed(html)
    scan.close()
    if scan.problem:
        raise refuse(*scan.problem)
    for tag, has_rel in dict.fromkeys(scan.outbound):
        if has_rel and not all(word in tag for word in EXTERNAL_REL.split()):
            at = body.find(tag[:-1])
            raise ExplainerError(
                path,
                f"the link {tag} leaves the site without rel=\"{EXTERNAL_REL}\"; remove its rel= attribute",
                line=body_line + body.count("\n", 0, at) if at >= 0 else None,
            )
    clean = sanitised(html)
    # The scan saw nothing to remove, yet the sanitiser, which parses as browsers do, may: HTML
    # that a browser reads otherwise than Python does is refused too.
    before, after = _Events(html).events, _Events(clean).events
    if before != after:
        index = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), min(len(before), len(after)))
        event = before[index] if index < len(before) else after[index]
        needle = f"<{event[1]}" if event[0] == "tag" else event[1].strip()[:20]
        raise refuse("HTML that browsers read differently", "it would not show as written", needle)
    scan = _HtmlScan()  # the links again, as the sanitiser wrote them
    scan.feed(clean)
    scan.close()
    for tag, has_rel in dict.fromkeys(scan.outbound):
        if not has_rel:
            end = -2 if tag.endswith("/>") else -1
            clean = clean.replace(tag, f'{tag[:end].rstrip()} rel="{EXTERNAL_REL}"{tag[end:]}')
    return clean


def split_metadata(path: Path, text: str) -> tuple[dict[str, str], str, int]:
    """Pelican-style `Key: value` header lines, the body, and the body's first line number."""
    metadata: dict[str, str] = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines) and lines[index].strip():
        match = _META_LINE.match(lines[index])
        if not match:
            if index == 0:
                break
            raise ExplainerError(
                path, "expected `Key: value` metadata or a blank line before the text", line=index + 1
            )
        metadata[match.group("key").strip().lower()] = match.group("value").strip()
        index += 1
    body = "\n".join(lines[index:])
    return metadata, body, index + 1


def resolve_marker(path: Path, line: int, match: re.Match, sources: dict[str, Source]) -> Citation:
    reference, quoted = match.group("source"), match.group("words")
    found = resolve_source(sources, reference)
    if isinstance(found, list):
        known = ", ".join(sorted(found or sources))
        what = "is ambiguous" if found else "is not a seed"
        raise ExplainerError(path, f"source {reference!r} {what}; use one of: {known}", line=line)
    sentence = find_sentence(found, quoted)
    if sentence is None:
        raise ExplainerError(
            path,
            f"misquote: {quoted!r} is not in any sentence of {found.id} ({found.outlet}); "
            "copy the words exactly from the source",
            line=line,
        )
    return Citation(found.id, sentence.id, quoted if match.group("verb") == "quote" else None)


def split_segments(html: str, citations: list[Citation]) -> list[Segment]:
    segments: list[Segment] = []
    position = 0
    for match in _PLACEHOLDER_RE.finditer(html):
        if match.start() > position:
            segments.append(Segment(html=html[position : match.start()]))
        segments.append(Segment(citation=citations[int(match.group(1))]))
        position = match.end()
    if position < len(html):
        segments.append(Segment(html=html[position:]))
    return segments
