"""Citations: the link from a statement to the sentence it rests on.

Every claim the site shows carries a Citation from the moment it is found, and is rendered by
one Jinja macro (`theme/templates/macros.html`). Quoted words are found in a source by their
folded words, so curly or straight quotes, dashes and spacing never cause a false misquote, but
a changed word always does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from ..base.errors import ExplainerError
from ..base.text import collapse_space, straighten, words
from .sources import Source

FRAGMENT_WORDS = 5


@dataclass(frozen=True, order=True)
class Citation:
    """A sentence of a source, and optionally the words quoted from it."""

    source: str
    sentence: str
    quote: str | None = None

    def to_json(self) -> dict:
        return {"source": self.source, "sentence": self.sentence}


def find_sentence(source: Source, quoted: str):
    """The first sentence of `source` that contains the quoted words, or None."""
    wanted = words(quoted)
    if not wanted:
        return None
    # The last quoted word may stop before a possessive: "recognise Lukashenko" in "Lukashenko's".
    needle = re.compile(r"(?:^| )" + re.escape(" ".join(wanted)) + r"(?=$| |')")
    for sentence in source.sentences:
        if needle.search(" ".join(words(sentence.text))):
            return sentence
    return None


def resolve_source(sources: dict[str, Source], reference: str) -> Source | list[str]:
    """A source by id or unique id prefix ("004"); otherwise the candidates it could mean."""
    if reference in sources:
        return sources[reference]
    matches = [sid for sid in sources if sid.startswith(reference)]
    if len(matches) == 1:
        return sources[matches[0]]
    return matches


def text_fragment(text: str) -> str:
    """A `#:~:text=` fragment that finds the sentence on the original page."""
    plain = collapse_space(straighten(text))
    parts = plain.split(" ")
    if len(parts) <= 2 * FRAGMENT_WORDS:
        spec = _encode(plain)
    else:
        spec = _encode(" ".join(parts[:FRAGMENT_WORDS])) + "," + _encode(" ".join(parts[-FRAGMENT_WORDS:]))
    return ":~:text=" + spec


def _encode(text: str) -> str:
    return quote(text, safe="").replace("-", "%2D")


# A citation in an editor's YAML file: `004 "exact words"` (the seed, or a unique start of it).
CITE_REFERENCE = re.compile(r"^\s*(?P<source>[^\s\"\u201c]+)\s+[\"\u201c](?P<words>[^\"\u201c\u201d]+)[\"\u201d]\s*$")


def checked_citation(path, line: int | None, value, sources: dict[str, Source]) -> Citation:
    """`004 "exact words"` from an editor's file, checked against the source: a misquote, an
    unknown or ambiguous seed, or an unreadable value stops the build with the file and line."""
    match = CITE_REFERENCE.match(value) if isinstance(value, str) else None
    if not match:
        raise ExplainerError(path, f"cannot read {value!r}; write a citation as 004 \"exact words\"", line=line)
    found = resolve_source(sources, match.group("source"))
    if isinstance(found, list):
        what = "is ambiguous" if found else "is not a seed"
        raise ExplainerError(
            path, f"source {match.group('source')!r} {what}; use one of: {', '.join(sorted(found or sources))}", line=line
        )
    sentence = find_sentence(found, match.group("words"))
    if sentence is None:
        raise ExplainerError(
            path,
            f"misquote: {match.group('words')!r} is not in any sentence of {found.id} ({found.outlet}); "
            "copy the words exactly from the source",
            line=line,
        )
    return Citation(found.id, sentence.id, match.group("words"))
