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
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import markdown

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
MARKDOWN_EXTENSIONS = ["extra", "sane_lists", "smarty"]
# Markdown passes raw HTML and any link address through. The site runs no script and loads
# nothing from elsewhere (its Content-Security-Policy would block it, so it would only show up
# broken), and readers may be watched: editorial HTML carrying any of this stops the build.
_FORBIDDEN_TAGS = frozenset(
    {"script", "style", "iframe", "frame", "object", "embed", "form", "link", "meta", "base"}
)
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href"})
_SAFE_SCHEMES = frozenset({"", "http", "https", "mailto"})
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


def markdown_converter() -> markdown.Markdown:
    """A converter to share among the files of one folder: building one loads its extensions,
    which costs more than converting a short person file."""
    return markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html")


class _HtmlScan(HTMLParser):
    """The first thing in editorial HTML that could run or load something, and outbound links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problem: tuple[str, str] | None = None  # (what, text to find it by in the source)
        self.outbound: list[tuple[str, bool]] = []  # (start tag as written, has a rel= already)

    def handle_starttag(self, tag, attrs):
        if self.problem:
            return
        if tag in _FORBIDDEN_TAGS:
            self.problem = (f"<{tag}>", f"<{tag}")
            return
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problem = (f"the {name}= attribute", name)
                return
            scheme = urlsplit((value or "").strip()).scheme.lower()
            if name in _URL_ATTRIBUTES and scheme not in _SAFE_SCHEMES:
                self.problem = (f"the {scheme}: address", f"{scheme}:")
                return
        href = urlsplit((dict(attrs).get("href") or "").strip())
        if tag == "a" and (href.scheme in ("http", "https") or href.netloc):
            self.outbound.append((self.get_starttag_text(), "rel" in dict(attrs)))

    handle_startendtag = handle_starttag


def checked_html(path: Path, body: str, body_line: int, html: str) -> str:
    """The page's HTML with outbound links marked `rel="noopener noreferrer"`, or a clear error."""
    scan = _HtmlScan()
    scan.feed(html)
    scan.close()
    if scan.problem:
        what, needle = scan.problem
        at = body.lower().find(needle.lower())
        raise ExplainerError(
            path,
            f"{what} is not allowed in editorial text (the site runs no script and loads nothing "
            "from elsewhere); remove it, and write links as [words](https://...)",
            line=body_line + body.count("\n", 0, at) if at >= 0 else None,
        )
    for tag, has_rel in dict.fromkeys(scan.outbound):
        if has_rel and not all(word in tag for word in EXTERNAL_REL.split()):
            at = body.find(tag[:-1])
            raise ExplainerError(
                path,
                f"the link {tag} leaves the site without rel=\"{EXTERNAL_REL}\"; remove its rel= attribute",
                line=body_line + body.count("\n", 0, at) if at >= 0 else None,
            )
        if not has_rel:
            end = -2 if tag.endswith("/>") else -1
            html = html.replace(tag, f'{tag[:end].rstrip()} rel="{EXTERNAL_REL}"{tag[end:]}')
    return html


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
