"""What each outlet said: the comparison pages, built from the Story.

Every cell of the comparison is a view of something the Story already found (mentions,
numbers, descriptions, quotes) and carries the citation of the sentence it comes from. The
editor may add `content/claims.yaml`, a list of questions to compare ("Where were the
prisoners taken?") with the words or patterns that answer them; for each outlet the page shows
the sentences that do, or says that the outlet does not mention it.

The comparison is built in two steps so that it scales by construction. `build_comparison`
finds everything, in work proportional to what the Story holds: everything is grouped once
(by person, by outlet, by value), and a people-by-outlets table stores only the cells an outlet
fills, never one per outlet per person. `summarise` then cuts it to what one page can show:
with a handful of outlets, everything side by side; with hundreds, the most widely reported
people, counts and quotations, a few outlets as columns, and a plain statement of how many more
there are -- all of which stay on each outlet's own page and in `data/story.json`.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import re2
import yaml

from ..base.errors import ExplainerError, display_path
from ..base.memo import KeptPerInput
from ..base.text import fold, words
from ..base.yamlfile import read_yaml
from ..extract.citations import Citation
from ..extract.editorial import Document, read_document
from ..extract.foreign import foreign_file, foreign_warning
from ..extract.sources import Source
from ..findings.numbers import stated
from ..findings.people import by_sentences
from ..findings.quotes import Quote
from ..language.spelling import edit_distance
from ..settings import ExplainerSettings
from ..story import Story
from .page import Page

logger = logging.getLogger(__name__)

MAX_ANSWERS = 3  # sentences shown per outlet and claim
NOTES_FILE = "outlets.md"  # optional editorial note shown with the names, in `content/`

# How much one page shows. Up to MAX_COLUMNS outlets are compared side by side, one column
# each, every cell complete. Past that, a table has a row per person with what the outlets
# say of them counted (spellings, who quotes them, how many name them) and at most MAX_CITES
# citations in a cell; what each outlet said stays on its own page. Either way the rows are
# cut to the most widely reported.
MAX_COLUMNS = 6  # outlets side by side in a table
MAX_CITES = 3  # citations in one cell, once the outlets no longer fit side by side
MAX_PEOPLE = 25  # people in Names, Voices and Coverage, and on an outlet's page
MAX_DESCRIBED = 12  # people in Descriptions
MAX_NUMBERS = 20  # counts, those that outlets dispute first
MAX_CHECKS = 12  # counts flagged as differing or agreeing once read together
MAX_ALIGNED = 10  # quotations reported by several outlets
MAX_OUTLET_ROWS = 20  # outlets in the glance table and in "left out"
MAX_QUOTES = 40  # quotations (and reported sayings) on an outlet's page


class ByOutlet(Sequence):
    """One cell per outlet, in source order, that stores only the cells an outlet fills.

    A row of a people-by-outlets table then costs what the outlets say about the person, not
    the number of outlets: with a thousand articles and a thousand people, a dense table would
    hold a million cells. It reads like a tuple (`row[column]`, `for cell in row`); `filled`
    maps a column to its cell, in column order.
    """

    __slots__ = ("filled", "width", "empty")

    def __init__(self, filled: dict[int, object], width: int, empty=None):
        self.filled = dict(sorted(filled.items()))
        self.width = width
        self.empty = empty

    def __len__(self) -> int:
        return self.width

    def __getitem__(self, column):
        if isinstance(column, slice):
            return tuple(self)[column]
        if column < 0:
            column += self.width
        if not 0 <= column < self.width:
            raise IndexError(column)
        return self.filled.get(column, self.empty)

    def __iter__(self):
        return (self.filled.get(column, self.empty) for column in range(self.width))

    def __eq__(self, other) -> bool:
        if isinstance(other, ByOutlet):
            return (self.width, self.empty, self.filled) == (other.width, other.empty, other.filled)
        return isinstance(other, tuple) and tuple(self) == other

    def __hash__(self) -> int:
        return hash((self.width, tuple(self.filled.items())))

    def __repr__(self) -> str:
        return f"ByOutlet({self.filled!r}, width={self.width})"

    def pick(self, columns: Iterable[int]) -> tuple:
        """The cells of the given columns, as a plain tuple."""
        return tuple(self.filled.get(column, self.empty) for column in columns)


@dataclass(frozen=True)
class Glance:
    source: Source
    href: str
    headline_citation: Citation | None  # the first sentence, when there is no headline
    words: int
    named: int
    quoted: int


@dataclass(frozen=True)
class OutletLink:
    """An outlet's page, in the list of every outlet."""

    href: str
    published: object  # datetime.date


@dataclass(frozen=True)
class OutletGroup:
    """An outlet's articles, in the list of every outlet."""

    outlet: str
    pages: tuple[OutletLink, ...]


@dataclass(frozen=True)
class Stated:
    """One outlet's statement of something, cited; `note` qualifies it."""

    source: str
    citation: Citation
    note: str = ""


@dataclass(frozen=True)
class NumberRow:
    value: str  # as stated: "over 100", "113 other"
    what: str
    statements: tuple[Stated, ...]
    read_as: int | None = None
    differs: bool = False  # another outlet gives a different count of the same thing
    more: int = 0  # statements not shown


@dataclass(frozen=True)
class NumberCheck:
    what: str
    how: str  # "same", "read together", "differ"
    first: Stated
    second: Stated
    first_value: str
    second_value: str


@dataclass(frozen=True)
class PersonRow:
    """A person, and for each outlet (in source order) what the cell shows."""

    slug: str
    name: str
    cells: Sequence  # a ByOutlet in the comparison; a tuple over the shown columns on the page
    note: str = ""
    outlets: int = 0  # how many outlets fill a cell


@dataclass(frozen=True)
class NameForm:
    form: str
    citation: Citation
    variant: str | None = None


@dataclass(frozen=True)
class DescriptionBlock:
    slug: str
    name: str
    rows: tuple[tuple[str, tuple], ...]  # (source id, descriptors), for the outlets describing them
    more: int = 0  # describing outlets not shown


@dataclass(frozen=True)
class DiffSegment:
    kind: str  # "same", "del" (only in the first report), "ins" (only in this one)
    text: str


@dataclass(frozen=True)
class Version:
    quote: Quote
    segments: tuple[DiffSegment, ...]
    link: Citation  # the sentence, without repeating the words


@dataclass(frozen=True)
class AlignedQuote:
    speaker: str
    versions: tuple[Version, ...]
    outlets: int = 0  # how many outlets report it
    more: int = 0  # versions not shown


@dataclass(frozen=True)
class LeftOut:
    source: str
    people: tuple[tuple[str, str, int], ...]  # (slug, name, how many other outlets name them)
    numbers: tuple[tuple[str, str, int], ...]  # (value, what, how many other outlets state it)
    more: int = 0  # people and figures not shown

    @property
    def size(self) -> int:
        return len(self.people) + len(self.numbers) + self.more


@dataclass(frozen=True)
class ClaimRule:
    question: str
    words: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]
    line: int


@dataclass(frozen=True)
class ClaimAnswer:
    question: str
    answers: tuple[tuple[str, tuple[Citation, ...]], ...]  # (source id, sentences), per outlet
    more: int = 0  # answering outlets not shown
    silent: int = 0  # outlets not shown that do not mention it


# --- the sections ---------------------------------------------------------------------


def glance(story: Story, hrefs: dict[str, str]) -> list[Glance]:
    named: dict[str, set[str]] = defaultdict(set)
    for mention in story.mentions:
        if not mention.in_post:
            named[mention.source].add(mention.person)
    quoted: dict[str, set[str]] = defaultdict(set)
    for quote in story.quotes:
        if quote.speaker and quote.kind == "direct":
            quoted[quote.citation.source].add(quote.speaker)
    rows = []
    counts = _body_words.each(story.sources, by_sentences, _body_word_count)
    for source, count in zip(story.sources, counts):
        body = next((s for s in source.sentences if s.kind == "body"), None)
        first = Citation(source.id, body.id) if source.title_derived and body else None
        rows.append(
            Glance(
                source=source,
                href=hrefs[source.id],
                headline_citation=first,
                words=count,
                named=len(named[source.id]),
                quoted=len(quoted[source.id]),
            )
        )
    return rows


def _body_word_count(source: Source) -> int:
    return sum(len(words(s.text)) for s in source.sentences if s.kind == "body")


_body_words = KeptPerInput()  # a source's sentences -> how many words its article text has


def number_rows(story: Story) -> list[NumberRow]:
    """Every count, those that outlets dispute first, then the most widely stated; one cited
    statement per outlet."""
    disputed = set()
    for comparison in story.number_comparisons:
        if comparison.how == "differ":
            for _, value, qualifier, total in (comparison.first, comparison.second):
                disputed.add((value, comparison.what, qualifier, total))
    rows = []
    for number in story.numbers:
        statements, seen = [], set()
        for citation in number.citations:
            if citation.source not in seen:
                seen.add(citation.source)
                statements.append(Stated(citation.source, citation))
        differs = (number.value, number.what, number.qualifier, number.total) in disputed
        rows.append(
            NumberRow(
                stated(number.value, number.qualifier, number.unit), number.what or "(not said)", tuple(statements),
                number.total, differs,
            )
        )
    rows.sort(key=lambda r: (not r.differs, -len(r.statements), r.read_as or _value_of(r), r.what))
    return rows


def _value_of(row: NumberRow) -> int:
    return int(re.sub(r"\D", "", row.value) or 0)


def number_checks(story: Story) -> list[NumberCheck]:
    """The comparisons of counts, one per pair of outlets and pair of figures."""
    checks, seen = [], set()
    for comparison in story.number_comparisons:
        (ca, va, qa, ta), (cb, vb, qb, tb) = comparison.first, comparison.second
        key = (comparison.what, ca.source, stated(va, qa, comparison.unit), cb.source, stated(vb, qb, comparison.unit))
        if key in seen:
            continue
        seen.add(key)
        checks.append(
            NumberCheck(
                comparison.what, comparison.how, Stated(ca.source, ca, _read_as(va, qa, ta, comparison.unit)),
                Stated(cb.source, cb, _read_as(vb, qb, tb, comparison.unit)), stated(va, qa, comparison.unit), stated(vb, qb, comparison.unit),
            )
        )
    order = {"differ": 0, "read together": 1, "same": 2}
    checks.sort(key=lambda c: (order[c.how], c.what, c.first.source, c.second.source))
    return checks


def _read_as(value: int, qualifier: str | None, total: int | None, unit: str | None = None) -> str:
    if total is not None:
        return f"read as {total:,}, with the person named beside them"
    if qualifier in ("over", "nearly", "around", "at least", "up to", "under"):
        return f"read as a range ({stated(value, qualifier, unit)})"
    return ""


def mentioned_people(story: Story) -> list[str]:
    """Slugs of the people any outlet names in its own words, most widely named first."""
    outlets: dict[str, set[str]] = defaultdict(set)
    for mention in story.mentions:
        if not mention.in_post:
            outlets[mention.person].add(mention.source)
    order = {p.slug: i for i, p in enumerate(story.people)}
    return sorted(outlets, key=lambda slug: (-len(outlets[slug]), order.get(slug, 0)))


def _columns(story: Story) -> dict[str, int]:
    return {s.id: column for column, s in enumerate(story.sources)}


SPELLING_DISTANCE = 2  # "Musaad" and "Musaed", "Kolesnikova" and "Kalesnikava": one name spelled two ways
SPELLING_MIN_CHARS = 4


def _spelled_differently(forms: list) -> bool:
    """Whether the forms outlets use spell a word of the name two ways, or one is a near-spelling:
    not a short form beside the full one ("Wang" and "Wang Yi", "Nimr" and "Nimr al-Nimr")."""
    if any(f.variant == "near-spelling" for f in forms):
        return True
    # Each word with the forms it is in: two words of one form ("Luiz" and "Lula" of "Luiz Inacio
    # Lula da Silva") are two words, not one spelled two ways.
    found: dict[str, set[int]] = defaultdict(set)
    for index, f in enumerate(forms):
        for w in fold(f.form).split():
            if len(w) >= SPELLING_MIN_CHARS:
                found[w].add(index)
    words_ = sorted(found)
    return any(
        not found[a] & found[b] and 0 < edit_distance(a, b, SPELLING_DISTANCE) <= SPELLING_DISTANCE
        for i, a in enumerate(words_) for b in words_[i + 1 :]
    )


def name_rows(story: Story, people: list[str]) -> list[PersonRow]:
    """For each person, the spellings each outlet uses, cited at their first use."""
    column_of = _columns(story)
    forms: dict[str, dict[int, dict[str, NameForm]]] = defaultdict(lambda: defaultdict(dict))
    for mention in story.mentions:
        if mention.in_post:
            continue
        shown = forms[mention.person][column_of[mention.source]]
        key = fold(mention.form)
        if key not in shown:
            shown[key] = NameForm(mention.form, Citation(mention.source, mention.sentence), mention.variant)
    rows = []
    for slug in people:
        filled = {column: tuple(found.values()) for column, found in forms.get(slug, {}).items()}
        note = "spelled differently" if _spelled_differently([f for cell in filled.values() for f in cell]) else ""
        cells = ByOutlet(filled, len(story.sources), ())
        rows.append(PersonRow(slug, story.person_map[slug].name, cells, note, len(filled)))
    rows.sort(key=lambda r: (not r.note,))
    return rows


def description_blocks(story: Story, people: list[str]) -> list[DescriptionBlock]:
    """How each outlet describes each person that at least two outlets describe; a block's
    rows are the outlets that describe them, in source order."""
    column_of = _columns(story)
    by_person: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    seen = set()
    for descriptor in story.descriptors:
        key = (descriptor.person, descriptor.source, fold(descriptor.text))
        if key not in seen:  # a caption repeating the text's words adds nothing
            seen.add(key)
            by_person[descriptor.person][descriptor.source].append(descriptor)
    blocks = []
    for slug in people:
        described = by_person.get(slug, {})
        if len(described) < 2:
            continue
        in_order = sorted(described.items(), key=lambda item: column_of[item[0]])
        rows = tuple((sid, tuple(found)) for sid, found in in_order)
        blocks.append(DescriptionBlock(slug, story.person_map[slug].name, rows))
    return blocks


def voice_rows(story: Story) -> list[PersonRow]:
    """For each person quoted anywhere, per outlet: quoted directly, only reported, or neither.
    A cell is ("direct" | "indirect" | "", citation of the first such quote or None)."""
    column_of = _columns(story)
    first: dict[tuple[str, str, str], Citation] = {}
    by_speaker: dict[str, set[int]] = {}
    for quote in story.quotes:
        if quote.speaker:
            first.setdefault((quote.speaker, quote.citation.source, quote.kind), quote.citation)
            by_speaker.setdefault(quote.speaker, set()).add(column_of[quote.citation.source])
    rows = []
    for slug, columns in by_speaker.items():
        filled = {}
        for column in columns:
            sid = story.sources[column].id
            direct = first.get((slug, sid, "direct"))
            if direct:
                filled[column] = ("direct", Citation(direct.source, direct.sentence))
            else:
                filled[column] = ("indirect", first[(slug, sid, "indirect")])
        cells = ByOutlet(filled, len(story.sources), ("", None))
        rows.append(PersonRow(slug, story.person_map[slug].name, cells, outlets=len(filled)))
    rows.sort(key=lambda r: -r.outlets)
    return rows


def aligned_quotes(story: Story) -> list[AlignedQuote]:
    """The same words reported by several outlets, each version marked against the first.

    The Story already groups the quotes that report the same words (`Quote.group`); a group
    is read in one pass over the quotes, never through the links between every two reports."""
    quotes = story.quotes
    groups: dict[int, list[int]] = defaultdict(list)
    for number, quote in enumerate(quotes):
        if quote.group is not None:
            groups[quote.group].append(number)
    diffs: dict[tuple[str, str], tuple[DiffSegment, ...]] = {}  # outlets often carry the same words
    aligned = []
    for members in groups.values():
        outlets = len({quotes[m].citation.source for m in members})
        if outlets < 2:
            continue
        group = [quotes[m] for m in members]
        base = group[0]
        versions = [Version(base, (DiffSegment("same", base.text),), _link(base))]
        for quote in group[1:]:
            pair = (base.text, quote.text)
            if pair not in diffs:
                diffs[pair] = word_diff(*pair)
            versions.append(Version(quote, diffs[pair], _link(quote)))
        speaker = next((story.person_map[q.speaker].name for q in group if q.speaker in story.person_map), base.speaker_form)
        aligned.append(AlignedQuote(speaker, tuple(versions), outlets))
    return aligned


def _link(quote: Quote) -> Citation:
    return Citation(quote.citation.source, quote.citation.sentence)


def word_diff(first: str, second: str) -> tuple[DiffSegment, ...]:
    """`second` against `first`, word by word: words only in `first` are "del", words only in
    `second` are "ins". Case and punctuation around a word do not count as a difference."""
    a, b = first.split(), second.split()
    key = lambda w: " ".join(words(w))  # noqa: E731
    matcher = SequenceMatcher(None, [key(w) for w in a], [key(w) for w in b], autojunk=False)
    segments: list[DiffSegment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(DiffSegment("same", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            segments.append(DiffSegment("del", " ".join(a[i1:i2])))
        if j2 > j1:
            segments.append(DiffSegment("ins", " ".join(b[j1:j2])))
    return tuple(segments)


def coverage_rows(story: Story, people: list[str]) -> list[PersonRow]:
    """People x outlets: the first sentence in which each outlet names each person."""
    column_of = _columns(story)
    first: dict[str, dict[int, Citation]] = defaultdict(dict)
    for mention in story.mentions:
        if not mention.in_post:
            first[mention.person].setdefault(column_of[mention.source], Citation(mention.source, mention.sentence))
    width = len(story.sources)
    return [
        PersonRow(slug, story.person_map[slug].name, ByOutlet(first[slug], width, None), outlets=len(first[slug]))
        for slug in people
    ]


def left_out(story: Story, coverage: list[PersonRow]) -> list[LeftOut]:
    """For each outlet, the people and counts that most of the other outlets report and it
    does not ("most" is more than half of the others).

    Only a person or figure reported by more than half of the outlets can be missing from one,
    and there are at most twice as many of those as an average outlet reports, so the work is
    the outlets times that: linear in what the outlets say."""
    sources = [s.id for s in story.sources]
    others = len(sources) - 1
    widely_named = [row for row in coverage if row.outlets * 2 > others]
    # A figure, read together, of one thing, and who gives it: "$20" and "20 states" are two
    # figures, and an outlet giving one of them does not leave out the other.
    stated_by: dict[tuple[int, str], set[str]] = defaultdict(set)
    for number in story.numbers:
        if number.what:
            stated_by[(number.total or number.value, number.what)].update(c.source for c in number.citations)
    widely_stated = [(value, what, who) for (value, what), who in sorted(stated_by.items()) if len(who) * 2 > others]
    result = []
    for column, source in enumerate(sources):
        missing_people = tuple(
            (row.slug, row.name, row.outlets) for row in widely_named if column not in row.cells.filled
        )
        missing_numbers = tuple(
            (f"{value:,}", what, len(who)) for value, what, who in widely_stated if source not in who
        )
        result.append(LeftOut(source, missing_people, missing_numbers))
    return result


# --- claims ---------------------------------------------------------------------------


def load_claims(path: str | Path) -> list[ClaimRule]:
    """`content/claims.yaml`, if there is one: a list of questions, each with `words:` (phrases
    to look for, any case) and/or `patterns:` (regular expressions, run in linear time: see
    `compile_pattern`)."""
    path = Path(path)
    if not path.is_file():
        return []
    claims = read_yaml(path)
    root = claims.root
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise ExplainerError(path, "the file must be a list of questions, each starting with `- question:`", line=claims.line(root))
    rules = []
    for node in root.value:
        line = claims.line(node)
        if not isinstance(node, yaml.MappingNode):
            raise ExplainerError(path, "each item must have `question:` and `words:` or `patterns:`", line=line)
        item = claims.value(node)
        unknown = set(item) - {"question", "words", "patterns"}
        if unknown:
            raise ExplainerError(path, f"unknown key {sorted(unknown)[0]!r}; use question, words, patterns", line=line)
        question = item.get("question")
        if not isinstance(question, str) or not question.strip():
            raise ExplainerError(path, "`question:` is missing or not text", line=line)
        found_words = _text_list(path, item.get("words"), "words", line)
        found_patterns = _text_list(path, item.get("patterns"), "patterns", line)
        if not found_words and not found_patterns:
            raise ExplainerError(path, f"the question {question!r} needs `words:` or `patterns:` to look for", line=line)
        lines = _pattern_lines(node, len(found_patterns), line)
        compiled = tuple(compile_pattern(path, p, at) for p, at in zip(found_patterns, lines))
        rules.append(ClaimRule(question.strip(), tuple(found_words), compiled, line))
    return rules


# An editor's regular expression runs on every sentence of every article. Python's `re`
# backtracks, so a pattern such as '^(\w+\s?)+$' takes exponential time on a long sentence and
# the build never ends; RE2 runs any pattern in time linear in the text, and refuses what it
# cannot run so (back-references, look-arounds), which we report with the file and line.
# RE2's \w, \d and \s know only ASCII, Python's know every script: they are widened to match
# as Python's do (RE2's \b still marks ASCII word edges only).
_UNICODE_CLASSES = {"w": r"\p{L}\p{N}_", "d": r"\p{Nd}", "s": r"\s\v\p{Z}\x{85}"}
# \b or \B beside a letter outside ASCII: RE2 would never see a word edge there, and the pattern
# would silently find nothing.
_UNICODE_EDGE = re.compile(r"\\[bB](?P<after>[^\x00-\x7f])|(?P<before>[^\x00-\x7f])\\[bB]")
# Far beyond any question's pattern; bounds the memory RE2 may take for one.
_PATTERN_MEMORY = 8 << 20


def compile_pattern(path: Path, pattern: str, line: int):
    """The editor's `pattern`, any case, compiled by RE2 (linear time on any text), or the
    build's one line saying why it cannot be used."""
    try:
        re.compile(pattern)
    except re.error as err:
        raise ExplainerError(
            path, f"the pattern {pattern!r} is not a valid regular expression ({err.msg}); correct it, "
            "or list the phrases under `words:`", line=line,
        ) from None
    edge = _UNICODE_EDGE.search(pattern)
    if edge:
        raise ExplainerError(
            path, f"the pattern {pattern!r} puts \\b or \\B beside {edge.group('after') or edge.group('before')!r}, and patterns' word edges "
            "know only the letters a to z; drop the \\b, or list the phrase under `words:`", line=line,
        )
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.max_mem = _PATTERN_MEMORY
    try:
        return re2.compile(_unicode_classes(pattern), options)
    except re2.error as err:
        reason = err.args[0].decode("utf-8", "replace") if err.args and isinstance(err.args[0], bytes) else str(err)
        reason = reason.split(": ")[0]
        raise ExplainerError(
            path,
            f"the pattern {pattern!r} cannot be used ({reason}): patterns run in linear time, without "
            "back-references (\\1) or look-arounds (?=, ?!, ?<=, ?<!); rewrite it, or list the phrases under `words:`",
            line=line,
        ) from None


def _unicode_classes(pattern: str) -> str:
    r"""`pattern` with \w, \d and \s (and, outside brackets, \W, \D and \S) as Python reads
    them in text: any script's letters, digits and spaces."""
    out, index, in_class = [], 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            body = _UNICODE_CLASSES.get(escaped.lower())
            if body and in_class and escaped.islower():
                out.append(body)
            elif body and not in_class:
                out.append(f"[{body}]" if escaped.islower() else f"[^{body}]")
            else:
                out.append(char + escaped)
            index += 2
            continue
        if in_class and char == "]":
            in_class = False
        elif not in_class and char == "[":
            in_class = True
            out.append(char)
            index += 1
            for opening in ("^", "]"):  # `[^...]` and a leading `]` are part of the opening
                if pattern.startswith(opening, index):
                    out.append(opening)
                    index += 1
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _text_list(path, value, key: str, line: int) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ExplainerError(path, f"`{key}:` must be a list of text", line=line)
    return [v.strip() for v in value]


def _pattern_lines(node: yaml.MappingNode, count: int, default: int) -> list[int]:
    """The line of each of the item's `patterns:` (one pattern, or each in the list)."""
    for key_node, value_node in node.value:
        if key_node.value == "patterns":
            items = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            return [item.start_mark.line + 1 for item in items][:count]
    return [default] * count


def answer_claims(story: Story, rules: list[ClaimRule]) -> list[ClaimAnswer]:
    """For each question and outlet, the outlet's own sentences that answer it (one pass over
    the sentences per question, with all its words in one expression)."""
    answers = []
    for rule in rules:
        phrases = [" ".join(words(w)) for w in rule.words if words(w)]
        word_re = re.compile(r"(?:^| )(?:" + "|".join(re.escape(p) for p in phrases) + r")(?= |$)") if phrases else None
        per_source = []
        for source in story.sources:
            found = []
            for sentence in source.sentences:
                if sentence.kind == "embed":
                    continue
                folded = " ".join(words(sentence.text))
                if (word_re and word_re.search(folded)) or any(p.search(sentence.text) for p in rule.patterns):
                    found.append(Citation(source.id, sentence.id, sentence.text))
                    if len(found) == MAX_ANSWERS:
                        break
            per_source.append((source.id, tuple(found)))
        answers.append(ClaimAnswer(rule.question, tuple(per_source)))
    return answers


# --- pages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OutletComparison:
    """Everything the outlet pages show, built once."""

    glance: tuple[Glance, ...]
    numbers: tuple[NumberRow, ...]
    checks: tuple[NumberCheck, ...]
    names: tuple[PersonRow, ...]
    descriptions: tuple[DescriptionBlock, ...]
    voices: tuple[PersonRow, ...]
    aligned: tuple[AlignedQuote, ...]
    coverage: tuple[PersonRow, ...]
    left_out: tuple[LeftOut, ...]
    claims: tuple[ClaimAnswer, ...]
    notes: Document | None = None  # `content/outlets.md`: the editor's note on names


def build_comparison(settings: ExplainerSettings, story: Story) -> OutletComparison:
    hrefs = {s.id: settings.outlet_save_as.format(id=s.id) for s in story.sources}
    people = mentioned_people(story)
    coverage = coverage_rows(story, people)
    return OutletComparison(
        glance=tuple(glance(story, hrefs)),
        numbers=tuple(number_rows(story)),
        checks=tuple(number_checks(story)),
        names=tuple(name_rows(story, people)),
        descriptions=tuple(description_blocks(story, people)),
        voices=tuple(voice_rows(story)),
        aligned=tuple(aligned_quotes(story)),
        coverage=tuple(coverage),
        left_out=tuple(left_out(story, coverage)),
        claims=tuple(answer_claims(story, load_claims(settings.claims_path))),
        notes=_notes(settings, story),
    )


def _notes(settings: ExplainerSettings, story: Story) -> Document | None:
    path = Path(settings.content_path) / NOTES_FILE
    if path.is_file() and foreign_file(path, story.source_map):
        logger.warning("[explainer] %s", foreign_warning(display_path(path)))
        return None
    return read_document(path, story.source_map) if path.is_file() else None


@dataclass(frozen=True)
class Spelling:
    """One way of writing a person's name, at its first use, and how many outlets use it."""

    form: NameForm
    outlets: int


@dataclass(frozen=True)
class PersonSummary:
    """A person as a row of the comparison once the outlets are too many to be columns:
    the spellings the outlets use (Names), or the outlets quoting them directly and only
    reporting them (Voices), counted, with the first few citations."""

    slug: str
    name: str
    outlets: int  # outlets naming (or quoting or reporting) them
    note: str = ""
    spellings: tuple[Spelling, ...] = ()
    more: int = 0  # spellings not shown
    quoted: tuple[Citation, ...] = ()
    quoted_by: int = 0
    reported: tuple[Citation, ...] = ()
    reported_by: int = 0


@dataclass(frozen=True)
class OutletsSummary:
    """What `outlets.html` shows: the comparison cut to one page, and how much each section
    left out (`*_total` counts everything the comparison holds)."""

    outlets: int
    side_by_side: bool  # every outlet is a column, and every cell is complete
    glance: tuple[Glance, ...]
    index: tuple[OutletGroup, ...]  # every outlet's pages, when the glance table is cut
    columns: tuple[tuple[str, str, str], ...]  # (source id, outlet, href); none past MAX_COLUMNS
    numbers: tuple[NumberRow, ...]
    numbers_total: int
    checks: tuple[NumberCheck, ...]  # the flagged ones: differing, or agreeing once read together
    checks_total: int
    differ: bool  # any two outlets give different counts of the same thing
    names: tuple[PersonRow | PersonSummary, ...]  # rows by outlet while side by side
    people_total: int
    descriptions: tuple[DescriptionBlock, ...]
    descriptions_total: int
    voices: tuple[PersonRow | PersonSummary, ...]
    voices_total: int
    aligned: tuple[AlignedQuote, ...]
    aligned_total: int
    coverage: tuple[PersonRow, ...]  # without cells past MAX_COLUMNS: how many outlets name them
    left_out: tuple[LeftOut, ...]
    left_out_total: int  # outlets that leave something out
    claims: tuple[ClaimAnswer, ...]
    notes: Document | None = None

    @property
    def cut(self) -> bool:
        """Whether the page leaves anything out."""
        shown = (
            (len(self.numbers), self.numbers_total), (len(self.checks), self.checks_total),
            (len(self.names), self.people_total), (len(self.descriptions), self.descriptions_total),
            (len(self.voices), self.voices_total), (len(self.aligned), self.aligned_total),
        )
        return not self.side_by_side or any(a < b for a, b in shown)


def _top(items, limit: int, key=None) -> tuple:
    """The first `limit` items by `key` (all of them when they fit), kept in their order."""
    items = list(items)
    if len(items) <= limit:
        return tuple(items)
    if key is None:
        return tuple(items[:limit])
    chosen = sorted(range(len(items)), key=lambda i: (key(items[i]), i))[:limit]
    return tuple(items[i] for i in sorted(chosen))


def summarise(comparison: OutletComparison, story: Story) -> OutletsSummary:
    """The comparison as one page shows it: while the outlets fit side by side, every one is
    a column and every cell is complete; past that, a row per person counts what the outlets
    say of them. Either way the rows are cut to the most widely reported."""
    sources = story.sources
    side_by_side = len(sources) <= MAX_COLUMNS
    cell = None if side_by_side else MAX_CITES
    names = comparison.names if len(comparison.names) <= MAX_PEOPLE else _first_people(comparison)
    shown_people = {row.slug for row in names}
    coverage = tuple(row for row in comparison.coverage if row.slug in shown_people)
    voices = comparison.voices[:MAX_PEOPLE]
    glance_rows, index = comparison.glance, ()
    if len(glance_rows) > MAX_OUTLET_ROWS:
        named_shown: dict[str, int] = defaultdict(int)
        for row in coverage:
            for column in row.cells.filled:
                named_shown[sources[column].id] += 1
        glance_rows = _top(glance_rows, MAX_OUTLET_ROWS, key=lambda g: (-named_shown[g.source.id], -g.named))
        index = _outlet_index(comparison.glance)
    if side_by_side:
        columns = tuple(range(len(sources)))
        names = tuple(_pick(row, columns) for row in names)
        voices = tuple(_pick(row, columns) for row in voices)
        coverage = tuple(_pick(row, columns) for row in coverage)
    else:
        columns = ()
        names = tuple(_spellings(row) for row in names)
        voices = tuple(_voice(row) for row in voices)
        coverage = tuple(dataclasses.replace(row, cells=()) for row in coverage)
    flagged = [c for c in comparison.checks if c.how != "same"]
    gaps = list(comparison.left_out)
    if len(gaps) > MAX_OUTLET_ROWS:
        gaps = [gap for gap in gaps if gap.size]
        gaps = sorted(gaps, key=lambda gap: -gap.size)[:MAX_OUTLET_ROWS]
    return OutletsSummary(
        outlets=len(sources),
        side_by_side=side_by_side,
        glance=tuple(glance_rows),
        index=index,
        columns=tuple((sources[c].id, sources[c].outlet, comparison.glance[c].href) for c in columns),
        numbers=tuple(_cut_statements(row, cell) for row in comparison.numbers[:MAX_NUMBERS]),
        numbers_total=len(comparison.numbers),
        checks=tuple(flagged[:MAX_CHECKS]),
        checks_total=len(flagged),
        differ=any(c.how == "differ" for c in comparison.checks),
        names=names,
        people_total=len(comparison.names),
        descriptions=tuple(
            _cut_block(block, sources, cell)
            for block in _top(comparison.descriptions, MAX_DESCRIBED, key=lambda b: -len(b.rows))
        ),
        descriptions_total=len(comparison.descriptions),
        voices=voices,
        voices_total=len(comparison.voices),
        aligned=tuple(
            _cut_versions(group, cell) for group in _top(comparison.aligned, MAX_ALIGNED, key=lambda g: -g.outlets)
        ),
        aligned_total=len(comparison.aligned),
        coverage=coverage,
        left_out=tuple(_cut_gap(gap, cell) for gap in gaps),
        left_out_total=sum(1 for gap in comparison.left_out if gap.size),
        claims=tuple(_cut_answers(claim, cell) for claim in comparison.claims),
        notes=comparison.notes,
    )


def _outlet_index(glance_rows) -> tuple[OutletGroup, ...]:
    """Every outlet's pages, grouped by outlet in alphabetical order, each by date."""
    pages: dict[str, list[OutletLink]] = defaultdict(list)
    for row in glance_rows:
        pages[row.source.outlet].append(OutletLink(row.href, row.source.published))
    return tuple(
        OutletGroup(outlet, tuple(sorted(pages[outlet], key=lambda link: (link.published, link.href))))
        for outlet in sorted(pages, key=lambda o: (fold(o), o))
    )


def _spellings(row: PersonRow) -> PersonSummary:
    """A Names row as counts: each spelling at its first use, with how many outlets use it."""
    first: dict[str, NameForm] = {}
    count: dict[str, int] = defaultdict(int)
    for forms in row.cells.filled.values():
        for form in forms:
            key = fold(form.form)
            first.setdefault(key, form)
            count[key] += 1
    ranked = sorted(first, key=lambda key: -count[key])
    spellings = tuple(Spelling(first[key], count[key]) for key in ranked[:MAX_CITES])
    return PersonSummary(row.slug, row.name, row.outlets, row.note, spellings, max(0, len(ranked) - MAX_CITES))


def _voice(row: PersonRow) -> PersonSummary:
    """A Voices row as counts: the outlets quoting the person, and those only reporting them."""
    quoted = [citation for kind, citation in row.cells.filled.values() if kind == "direct"]
    reported = [citation for kind, citation in row.cells.filled.values() if kind == "indirect"]
    return PersonSummary(
        row.slug, row.name, row.outlets, quoted=tuple(quoted[:MAX_CITES]), quoted_by=len(quoted),
        reported=tuple(reported[:MAX_CITES]), reported_by=len(reported),
    )


def _first_people(comparison: OutletComparison) -> tuple[PersonRow, ...]:
    """The MAX_PEOPLE most widely named people, in the order of the Names table."""
    most = {row.slug for row in comparison.coverage[:MAX_PEOPLE]}
    return tuple(row for row in comparison.names if row.slug in most)


def _pick(row: PersonRow, columns: tuple[int, ...]) -> PersonRow:
    return dataclasses.replace(row, cells=row.cells.pick(columns))


def _cut_statements(row: NumberRow, limit: int | None) -> NumberRow:
    if limit is None or len(row.statements) <= limit:
        return row
    return dataclasses.replace(row, statements=row.statements[:limit], more=len(row.statements) - limit)


def _cut_block(block: DescriptionBlock, sources, limit: int | None) -> DescriptionBlock:
    """Side by side, every outlet has a row ("no description" when it gives none); otherwise
    the first describing outlets, each with at most `limit` descriptions."""
    if limit is None:
        described = dict(block.rows)
        return dataclasses.replace(block, rows=tuple((s.id, described.get(s.id, ())) for s in sources))
    rows = tuple((sid, found[:limit]) for sid, found in block.rows[:limit])
    return dataclasses.replace(block, rows=rows, more=len(block.rows) - len(rows))


def _cut_versions(group: AlignedQuote, limit: int | None) -> AlignedQuote:
    """The versions of a quotation, without the Story's links to every other report; past
    `limit`, the first version and then one per different wording before repeated ones."""
    versions = [dataclasses.replace(v, quote=dataclasses.replace(v.quote, same_as=())) for v in group.versions]
    if limit is None or len(versions) <= limit:
        return dataclasses.replace(group, versions=tuple(versions))
    seen, distinct, repeated = set(), [], []
    for number, version in enumerate(versions):
        wording = fold(version.quote.text)
        (repeated if wording in seen else distinct).append(number)
        seen.add(wording)
    chosen = sorted((distinct + repeated)[:limit])
    return dataclasses.replace(group, versions=tuple(versions[i] for i in chosen), more=len(versions) - len(chosen))


def _cut_gap(gap: LeftOut, limit: int | None) -> LeftOut:
    if limit is None:
        return gap
    people = gap.people[:limit]
    numbers = gap.numbers[: max(0, limit - len(people))]
    return LeftOut(gap.source, people, numbers, gap.size - len(people) - len(numbers))


def _cut_answers(claim: ClaimAnswer, limit: int | None) -> ClaimAnswer:
    """Side by side, every outlet's answer or "not mentioned"; otherwise the first `limit`
    outlets that answer, and how many more do and do not."""
    if limit is None:
        return claim
    answering = [(sid, found) for sid, found in claim.answers if found]
    return dataclasses.replace(
        claim, answers=tuple(answering[:limit]), more=max(0, len(answering) - limit),
        silent=len(claim.answers) - len(answering),
    )


@dataclass(frozen=True)
class OutletNumber:
    """A count as one outlet states it, and how many other outlets state it too."""

    citations: tuple[Citation, ...]
    others: int


@dataclass(frozen=True)
class OutletQuote:
    """A quotation on an outlet's page, with (some of) the other outlets reporting it."""

    speaker: str
    text: str
    citation: Citation
    also: tuple[Citation, ...] = ()
    more: int = 0  # other outlets' reports not shown
    speaker_unread: bool = False  # no one named: the words before the saying could not be its speaker


@dataclass(frozen=True)
class Listed:
    """A list on an outlet's page, and how many items it leaves out."""

    items: tuple
    more: int = 0

    @classmethod
    def of(cls, items, limit: int) -> Listed:
        items = list(items)
        return cls(tuple(items[:limit]), max(0, len(items) - limit))


def outlet_pages(settings: ExplainerSettings, story: Story) -> list:
    """`outlets.html` and one page per outlet.

    Each outlet's share of the comparison is gathered in one pass over what the Story holds,
    grouped by outlet, and a page carries only what it shows: its own statements, and of the
    other outlets' reports of the same words, their number and the first few."""
    comparison = build_comparison(settings, story)
    summary = summarise(comparison, story)
    hrefs = {s.id: settings.outlet_save_as.format(id=s.id) for s in story.sources}
    numbers_by: dict[str, list[OutletNumber]] = defaultdict(list)
    for number in story.numbers:
        own: dict[str, list[Citation]] = defaultdict(list)
        for citation in number.citations:
            own[citation.source].append(citation)
        for sid, citations in own.items():
            numbers_by[sid].append(OutletNumber(tuple(citations), len(own) - 1))
    names = {p.slug: p.name for p in story.people}
    quotes_by: dict[tuple[str, str], list[OutletQuote]] = defaultdict(list)
    for quote in story.quotes:
        also = quote.same_as if quote.kind == "direct" else ()
        quotes_by[(quote.citation.source, quote.kind)].append(
            OutletQuote(names.get(quote.speaker, quote.speaker_form), quote.text, quote.citation,
                        also[:MAX_CITES], max(0, len(also) - MAX_CITES), quote.speaker_unread)
        )
    column_of = _columns(story)
    names_by: dict[int, list] = defaultdict(list)
    for row in comparison.names:
        for column, forms in row.cells.filled.items():
            names_by[column].append((row.name, forms))
    order = {slug: i for i, slug in enumerate(mentioned_people(story))}
    described: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for descriptor in story.descriptors:
        described[descriptor.source][descriptor.person].append(descriptor)
    pages = [
        Page(
            save_as=settings.outlets_save_as,
            template="outlets",
            title="What each outlet said",
            values={"comparison": summary, "columns": summary.columns, "outlet_hrefs": hrefs,
                    "data_href": settings.data_save_as},
            description="The outlets side by side: headlines, numbers, names, descriptions, voices and what each left out.",
            nav="outlets",
        )
    ]
    for source in story.sources:
        sid = source.id
        column = column_of[sid]
        descriptions = [
            (story.person_map[slug].name, tuple(found))
            for slug, found in sorted(described[sid].items(), key=lambda item: order.get(item[0], 0))
        ]
        pages.append(
            Page(
                save_as=hrefs[sid],
                template="outlet",
                title=f"What {source.outlet} said",
                values={
                    "source": source,
                    "outlets_href": settings.outlets_save_as,
                    "data_href": settings.data_save_as,
                    "at_a_glance": comparison.glance[column],
                    "numbers": Listed.of(numbers_by[sid], MAX_NUMBERS),
                    "names": Listed.of(names_by[column], MAX_PEOPLE),
                    "descriptions": Listed.of(descriptions, MAX_PEOPLE),
                    "direct": Listed.of(quotes_by[(sid, "direct")], MAX_QUOTES),
                    "indirect": Listed.of(quotes_by[(sid, "indirect")], MAX_QUOTES),
                    "missing": _cut_gap(comparison.left_out[column], MAX_PEOPLE),
                    "claims": [(c.question, c.answers[column][1]) for c in comparison.claims],
                },
                description=f"What {source.outlet} reported, set against the other outlets.",
                nav="outlets",
            )
        )
    return pages
