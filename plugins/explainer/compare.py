"""What each outlet said: the comparison pages, built from the Story.

Every cell of the comparison is a view of something the Story already found (mentions,
numbers, descriptions, quotes) and carries the citation of the sentence it comes from. The
editor may add `content/claims.yaml`, a list of questions to compare ("Where were the
prisoners taken?") with the words or patterns that answer them; for each outlet the page shows
the sentences that do, or says that the outlet does not mention it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import yaml

from .citations import Citation
from .editorial import Document, read_document
from .errors import ExplainerError
from .numbers import stated
from .quotes import Quote
from .settings import ExplainerSettings
from .sources import Source
from .story import Story
from .text import fold, words

MAX_ANSWERS = 3  # sentences shown per outlet and claim
NOTES_FILE = "outlets.md"  # optional editorial note shown with the names, in `content/`


@dataclass(frozen=True)
class Glance:
    source: Source
    href: str
    headline_citation: Citation | None  # the first sentence, when there is no headline
    words: int
    named: int
    quoted: int


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
    cells: tuple[tuple, ...]
    note: str = ""


@dataclass(frozen=True)
class NameForm:
    form: str
    citation: Citation
    variant: str | None = None


@dataclass(frozen=True)
class DescriptionBlock:
    slug: str
    name: str
    rows: tuple[tuple[str, tuple], ...]  # (source id, descriptors)


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "del" (only in the first report), "ins" (only in this one)
    text: str


@dataclass(frozen=True)
class Version:
    quote: Quote
    segments: tuple[Segment, ...]
    link: Citation  # the sentence, without repeating the words


@dataclass(frozen=True)
class AlignedQuote:
    speaker: str
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class LeftOut:
    source: str
    people: tuple[tuple[str, str, int], ...]  # (slug, name, how many other outlets name them)
    numbers: tuple[tuple[str, str, int], ...]  # (value, what, how many other outlets state it)


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
    for source in story.sources:
        body = [s for s in source.sentences if s.kind == "body"]
        first = Citation(source.id, body[0].id) if source.title_derived and body else None
        rows.append(
            Glance(
                source=source,
                href=hrefs[source.id],
                headline_citation=first,
                words=sum(len(words(s.text)) for s in body),
                named=len(named[source.id]),
                quoted=len(quoted[source.id]),
            )
        )
    return rows


def number_rows(story: Story) -> list[NumberRow]:
    """Every count, most widely stated first; one cited statement per outlet."""
    rows = []
    for number in story.numbers:
        statements, seen = [], set()
        for citation in number.citations:
            if citation.source not in seen:
                seen.add(citation.source)
                statements.append(Stated(citation.source, citation))
        rows.append(
            NumberRow(stated(number.value, number.qualifier), number.what or "(not said)", tuple(statements), number.total)
        )
    rows.sort(key=lambda r: (-len(r.statements), r.read_as or _value_of(r), r.what))
    return rows


def _value_of(row: NumberRow) -> int:
    return int(re.sub(r"\D", "", row.value) or 0)


def number_checks(story: Story) -> list[NumberCheck]:
    """The comparisons of counts, one per pair of outlets and pair of figures."""
    checks, seen = [], set()
    for comparison in story.number_comparisons:
        (ca, va, qa, ta), (cb, vb, qb, tb) = comparison.first, comparison.second
        key = (comparison.what, ca.source, stated(va, qa), cb.source, stated(vb, qb))
        if key in seen:
            continue
        seen.add(key)
        checks.append(
            NumberCheck(
                comparison.what, comparison.how, Stated(ca.source, ca, _read_as(va, qa, ta)),
                Stated(cb.source, cb, _read_as(vb, qb, tb)), stated(va, qa), stated(vb, qb),
            )
        )
    order = {"differ": 0, "read together": 1, "same": 2}
    checks.sort(key=lambda c: (order[c.how], c.what, c.first.source, c.second.source))
    return checks


def _read_as(value: int, qualifier: str | None, total: int | None) -> str:
    if total is not None:
        return f"read as {total:,}, with the person named beside them"
    if qualifier in ("over", "nearly", "around", "at least", "up to", "under"):
        return f"read as a range ({qualifier} {value:,})"
    return ""


def mentioned_people(story: Story) -> list[str]:
    """Slugs of the people any outlet names in its own words, most widely named first."""
    outlets: dict[str, set[str]] = defaultdict(set)
    for mention in story.mentions:
        if not mention.in_post:
            outlets[mention.person].add(mention.source)
    order = {p.slug: i for i, p in enumerate(story.people)}
    return sorted(outlets, key=lambda slug: (-len(outlets[slug]), order.get(slug, 0)))


def name_rows(story: Story, people: list[str]) -> list[PersonRow]:
    """For each person, the spellings each outlet uses, cited at their first use."""
    forms: dict[tuple[str, str], dict[str, NameForm]] = defaultdict(dict)
    for mention in story.mentions:
        if mention.in_post:
            continue
        shown = forms[(mention.person, mention.source)]
        key = fold(mention.form)
        if key not in shown:
            shown[key] = NameForm(mention.form, Citation(mention.source, mention.sentence), getattr(mention, "variant", None))
    rows = []
    for slug in people:
        cells = tuple(tuple(forms[(slug, s.id)].values()) for s in story.sources)
        surnames = {fold(f.form.split()[-1]) for cell in cells for f in cell}
        note = "spelled differently" if len(surnames) > 1 else ""
        rows.append(PersonRow(slug, story.person_map[slug].name, cells, note))
    rows.sort(key=lambda r: (not r.note,))
    return rows


def description_blocks(story: Story, people: list[str]) -> list[DescriptionBlock]:
    """How each outlet describes each person that at least two outlets describe."""
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
        rows = tuple((s.id, tuple(described.get(s.id, ()))) for s in story.sources)
        blocks.append(DescriptionBlock(slug, story.person_map[slug].name, rows))
    return blocks


def voice_rows(story: Story) -> list[PersonRow]:
    """For each person quoted anywhere, per outlet: quoted directly, only reported, or neither.
    A cell is ("direct" | "indirect" | "", citation of the first such quote or None)."""
    first: dict[tuple[str, str, str], Citation] = {}
    for quote in story.quotes:
        if quote.speaker:
            first.setdefault((quote.speaker, quote.citation.source, quote.kind), quote.citation)
    speakers = list(dict.fromkeys(q.speaker for q in story.quotes if q.speaker))
    rows = []
    for slug in speakers:
        cells = []
        for source in story.sources:
            direct = first.get((slug, source.id, "direct"))
            indirect = first.get((slug, source.id, "indirect"))
            if direct:
                cells.append(("direct", Citation(direct.source, direct.sentence)))
            elif indirect:
                cells.append(("indirect", indirect))
            else:
                cells.append(("", None))
        rows.append(PersonRow(slug, story.person_map[slug].name, tuple(cells)))
    rows.sort(key=lambda r: -sum(1 for kind, _ in r.cells if kind))
    return rows


def aligned_quotes(story: Story) -> list[AlignedQuote]:
    """The same words reported by several outlets, each version marked against the first."""
    index = {(q.citation.source, q.citation.sentence): [] for q in story.quotes}
    for number, quote in enumerate(story.quotes):
        index[(quote.citation.source, quote.citation.sentence)].append(number)
    parent = list(range(len(story.quotes)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for number, quote in enumerate(story.quotes):
        for citation in quote.same_as:
            for other in index.get((citation.source, citation.sentence), ()):
                if _cites(story.quotes[other], quote):
                    parent[root(other)] = root(number)
    groups: dict[int, list[int]] = defaultdict(list)
    for number in range(len(story.quotes)):
        groups[root(number)].append(number)
    aligned = []
    for members in groups.values():
        if len({story.quotes[m].citation.source for m in members}) < 2:
            continue
        quotes = [story.quotes[m] for m in members]
        base = quotes[0]
        versions = [Version(base, (Segment("same", base.text),), _link(base))]
        versions += [Version(q, word_diff(base.text, q.text), _link(q)) for q in quotes[1:]]
        speaker = next((story.person_map[q.speaker].name for q in quotes if q.speaker in story.person_map), base.speaker_form)
        aligned.append(AlignedQuote(speaker, tuple(versions)))
    return aligned


def _link(quote: Quote) -> Citation:
    return Citation(quote.citation.source, quote.citation.sentence)


def _cites(quote: Quote, other: Quote) -> bool:
    return Citation(other.citation.source, other.citation.sentence) in quote.same_as


def word_diff(first: str, second: str) -> tuple[Segment, ...]:
    """`second` against `first`, word by word: words only in `first` are "del", words only in
    `second` are "ins". Case and punctuation around a word do not count as a difference."""
    a, b = first.split(), second.split()
    key = lambda w: " ".join(words(w))  # noqa: E731
    matcher = SequenceMatcher(None, [key(w) for w in a], [key(w) for w in b], autojunk=False)
    segments: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(Segment("same", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            segments.append(Segment("del", " ".join(a[i1:i2])))
        if j2 > j1:
            segments.append(Segment("ins", " ".join(b[j1:j2])))
    return tuple(segments)


def coverage_rows(story: Story, people: list[str]) -> list[PersonRow]:
    """People x outlets: the first sentence in which each outlet names each person."""
    first: dict[tuple[str, str], Citation] = {}
    for mention in story.mentions:
        if not mention.in_post:
            first.setdefault((mention.person, mention.source), Citation(mention.source, mention.sentence))
    return [
        PersonRow(slug, story.person_map[slug].name, tuple(first.get((slug, s.id)) for s in story.sources))
        for slug in people
    ]


def left_out(story: Story, coverage: list[PersonRow]) -> list[LeftOut]:
    """For each outlet, the people and counts that most of the other outlets report and it
    does not ("most" is more than half of the others)."""
    sources = [s.id for s in story.sources]
    others = len(sources) - 1
    stated_by: dict[int, set[str]] = defaultdict(set)  # a figure, read together, and who gives it
    things: dict[int, set[str]] = defaultdict(set)
    for number in story.numbers:
        if not number.what:
            continue
        value = number.total or number.value
        things[value].add(number.what)
        stated_by[value].update(c.source for c in number.citations)
    result = []
    for column, source in enumerate(sources):
        missing_people = tuple(
            (row.slug, row.name, sum(1 for c in row.cells if c))
            for row in coverage
            if row.cells[column] is None and sum(1 for c in row.cells if c) * 2 > others
        )
        missing_numbers = [
            (f"{value:,}", " / ".join(sorted(things[value])), len(who))
            for value, who in sorted(stated_by.items())
            if source not in who and len(who) * 2 > others
        ]
        result.append(LeftOut(source, missing_people, tuple(missing_numbers)))
    return result


# --- claims ---------------------------------------------------------------------------


def load_claims(path: str | Path) -> list[ClaimRule]:
    """`content/claims.yaml`, if there is one: a list of questions, each with `words:` (phrases
    to look for, any case) and/or `patterns:` (regular expressions)."""
    path = Path(path)
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except UnicodeDecodeError:
        raise ExplainerError(path, "not UTF-8; re-save the file as UTF-8 text") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ExplainerError(
            path, f"{getattr(err, 'problem', None) or 'invalid YAML'}; check the YAML syntax "
            "(quote values containing ':' or '#')", line=mark.line + 1 if mark else None,
        ) from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise ExplainerError(path, "the file must be a list of questions, each starting with `- question:`", line=root.start_mark.line + 1)
    rules = []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise ExplainerError(path, "each item must have `question:` and `words:` or `patterns:`", line=line)
        item = _construct(node)
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
        compiled = []
        for pattern in found_patterns:
            try:
                compiled.append(re.compile(pattern, re.IGNORECASE))
            except re.error as err:
                raise ExplainerError(path, f"the pattern {pattern!r} is not a valid regular expression ({err.msg})", line=_line_in(node, "patterns", line)) from None
        rules.append(ClaimRule(question.strip(), tuple(found_words), tuple(compiled), line))
    return rules


def _construct(node: yaml.MappingNode) -> dict:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_mapping(node, deep=True)
    finally:
        loader.dispose()


def _text_list(path, value, key: str, line: int) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ExplainerError(path, f"`{key}:` must be a list of text", line=line)
    return [v.strip() for v in value]


def _line_in(node: yaml.MappingNode, key: str, default: int) -> int:
    for key_node, value_node in node.value:
        if key_node.value == key:
            return value_node.start_mark.line + 1
    return default


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
    return read_document(path, story.source_map) if path.is_file() else None


def outlet_pages(settings: ExplainerSettings, story: Story) -> list:
    """`outlets.html` and one page per outlet."""
    from .pages import Page

    comparison = build_comparison(settings, story)
    hrefs = {s.id: settings.outlet_save_as.format(id=s.id) for s in story.sources}
    numbers_by, quotes_by, described = defaultdict(list), defaultdict(list), defaultdict(lambda: defaultdict(list))
    for number in story.numbers:
        for sid in number.sources:
            numbers_by[sid].append(number)
    for quote in story.quotes:
        quotes_by[(quote.citation.source, quote.kind)].append(quote)
    for descriptor in story.descriptors:
        described[descriptor.source][descriptor.person].append(descriptor)
    order = {slug: i for i, slug in enumerate(mentioned_people(story))}
    columns = [(s.id, s.outlet, hrefs[s.id]) for s in story.sources]
    pages = [
        Page(
            save_as=settings.outlets_save_as,
            template="outlets",
            title="What each outlet said",
            values={"comparison": comparison, "columns": columns, "outlet_hrefs": hrefs},
            description="The outlets side by side: headlines, numbers, names, descriptions, voices and what each left out.",
            nav="outlets",
        )
    ]
    for column, source in enumerate(story.sources):
        sid = source.id
        pages.append(
            Page(
                save_as=hrefs[sid],
                template="outlet",
                title=f"What {source.outlet} said",
                values={
                    "source": source,
                    "outlets_href": settings.outlets_save_as,
                    "at_a_glance": comparison.glance[column],
                    "numbers": numbers_by[sid],
                    "names": [(r, r.cells[column]) for r in comparison.names if r.cells[column]],
                    "descriptions": [
                        (story.person_map[slug].name, tuple(found))
                        for slug, found in sorted(described[sid].items(), key=lambda item: order.get(item[0], 0))
                    ],
                    "direct": quotes_by[(sid, "direct")],
                    "indirect": quotes_by[(sid, "indirect")],
                    "speaker_names": {p.slug: p.name for p in story.people},
                    "missing": comparison.left_out[column],
                    "claims": [(c.question, c.answers[column][1]) for c in comparison.claims],
                },
                description=f"What {source.outlet} reported, set against the other outlets.",
                nav="outlets",
            )
        )
    return pages
