"""Citations: the link from a statement to the sentence it rests on.

Every claim the site shows carries a Citation from the moment it is found, and is rendered by
one Jinja macro (`theme/templates/macros.html`). Quoted words are found in a source by their
folded words, so case, curly or straight quotes, dashes between words and spacing never cause a
false misquote, but a changed word always does -- and so does a changed symbol that carries
meaning: a currency sign, a per cent sign, a plus or minus sign on a number, a comma inside a
number. "$123 prisoners" and "-123% prisoners" are not "123 prisoners", and "123" alone is not
quoted from "$123" or "123%": a quotation that drops such a sign says something else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from ..base.errors import ExplainerError
from ..base.text import collapse_space, fold, straighten, words
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
    """The first sentence of `source` that contains the quoted words, or None.

    Words and the symbols that carry meaning are compared folded (`meaning_tokens`), so only
    case, quotation marks, dashes between words and spacing may differ; and a quotation that
    starts or ends at a number keeps the sign, currency or per cent written against it.
    """
    if not words(quoted):
        return None
    wanted = meaning_tokens(quoted)
    for sentence in source.sentences:
        if _holds(*_tokens(sentence.text), wanted):
            return sentence
    return None


# A word as `base.text.words` reads it, or any one other character but a space.
_TOKEN = re.compile(r"[^\W_]+(?:['.][^\W_]+)*|[^\w\s]")
_ALWAYS_MEANT = frozenset("%\u2030\u2031+\u00b1")  # per cent, per mille, per ten thousand, plus, plus-minus


def meaning_tokens(text: str) -> list[str]:
    """The folded words of a text (`base.text.words`) and, among them, the symbols that carry
    meaning: currency signs, per cent and per mille, plus and plus-minus, a minus sign (a dash
    just before a digit and not just after a letter or digit: "-5", not "COVID-19" or "5-3"),
    and a comma inside a number ("1,227"). Other punctuation, and a dash between words, is
    left out."""
    return [token for token, _, _ in _tokens(text)[1]]


@lru_cache(maxsize=1 << 14)
def _tokens(text: str) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """The folded text, and its `meaning_tokens` with where each is in it."""
    folded = fold(text)
    found = []
    for match in _TOKEN.finditer(folded):
        token = match.group(0)
        if len(token) == 1 and not token.isalnum() and not _meant(folded, match.start()):
            continue
        found.append((token, match.start(), match.end()))
    return folded, tuple(found)


def _meant(folded: str, at: int) -> bool:
    """Whether the symbol at `folded[at]` carries meaning (see `meaning_tokens`)."""
    char = folded[at]
    if char in _ALWAYS_MEANT or unicodedata.category(char) == "Sc":
        return True
    before, after = folded[at - 1 : at], folded[at + 1 : at + 2]
    if char == "-":
        return after.isdigit() and not before.isalnum()
    return char == "," and before.isdigit() and after.isdigit()


def _holds(folded: str, tokens: tuple[tuple[str, int, int], ...], wanted: list[str]) -> bool:
    """Whether `wanted` is a run of a sentence's tokens that leaves no sign of its numbers
    behind. The last wanted word may stop before a possessive: "recognise Ivashenko" in
    "Ivashenko's"."""
    count, last = len(wanted), wanted[-1]
    for i in range(len(tokens) - count + 1):
        end = tokens[i + count - 1][0]
        if not (end == last or end.startswith(last + "'")):
            continue
        if any(tokens[i + j][0] != wanted[j] for j in range(count - 1)):
            continue
        if _joined(folded, tokens, i - 1, i) or _joined(folded, tokens, i + count - 1, i + count):
            continue  # "123" quoted from "$123" or "123%"
        return True
    return False


def _joined(folded: str, tokens, a: int, b: int) -> bool:
    """Whether tokens `a` and `b` (next to each other) are parts of one number as written:
    numbers or meaningful symbols, at least one a symbol, with at most spaces between."""
    if a < 0 or b >= len(tokens):
        return False
    first, second = tokens[a][0], tokens[b][0]
    if not (_numeric(first) and _numeric(second)) or first[0].isalnum() and second[0].isalnum():
        return False
    return not folded[tokens[a][2] : tokens[b][1]].strip()


def _numeric(token: str) -> bool:
    """A number ("123", "5bn", "1.5") or a symbol kept for its meaning ("$", "%", "-", ",")."""
    return token[0].isdigit() or not token[0].isalnum()


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
