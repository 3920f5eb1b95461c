"""Names the registry does not know: near-spellings of registered people, and unregistered people.

Outlets spell Ruritanian and Russian names in many ways, and sometimes misspell them; a name
the registry lacks would silently drop out of the people pages. So the build warns, once per
name, about two things, and says which file to edit:

- a word that is almost a registered surname ("Dole" for "Doale", "Ivahshenka" for
  "Ivashenka"): a small edit distance, or the same name once the usual transliteration pairs
  are folded together (a/o, ia/ya, iu/yu, ie/e, ou/ov, i/y, kh/h). It is counted as a mention of
  that person (see `people.source_mentions`) but flagged until the editor adds it as an alias;
- a run of capitalised words that looks like a personal name and matches nobody. Organisations,
  prizes, places and outlets are told apart by general shapes only: an organisation word
  ("Committee", "Prize", "Times"), "of"/"for" inside the name, a word the articles use as a
  place ("in Vilnius", "taken to Lithuania") or its demonym, a word also written in lower case
  (so a common word), a word of an outlet's name, or a name introduced as one ("outlet Nasha
  Niva", "group Viasna"). Nothing here knows any story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..base.errors import display_path
from ..base.memo import KeptPerInput
from ..base.text import fold
from ..extract.sources import Source
from ..language.dates import MONTHS, WEEKDAYS
from ..language.lexicon import ORGANISATION_WORDS, PLACE_NOUNS_BEFORE_OF, TITLE_WORDS
from ..language.spelling import (
    CAPITALISED_WORD,
    word_key,
)
from .people import MAX_SENTENCE_CHARS, MAX_WORD_CHARS, PLACE_MARK, NameMatcher, Spans, analysed, by_sentences

# A lower-case noun just before capitalised words that makes them the name of a thing.
_INTRODUCED_AS_THING = re.compile(
    r"\b(?:outlet|newspaper|paper|agency|group|organi[sz]ation|site|website|channel|broadcaster|"
    r"station|company|party|magazine|media|network|movement|centre|center|foundation|committee|"
    r"union|airline|service|publication|daily|weekly|portal|platform|association|coalition|"
    r"ministry|fund|institute|bank|court|colony|prison|town|city|village|region|river|street|"
    r"square|district|province|operation)\s+$",
    re.IGNORECASE,
)
# Words that introduce a place: "in Vilnius", "taken to Lithuania", "arrived in Ukraine".
_PLACE_AFTER = re.compile(
    r"(?:\b(?:in|from|via|through|across|near|outside|inside|into)\s+|"
    # ("part of France", "the capital of Serbia": what a place is part or the capital of)
    rf"\b(?:{'|'.join(PLACE_NOUNS_BEFORE_OF)})\s+of\s+|"
    r"\b(?:taken|transported|handed\s+over|sent|moved|flown|driven|brought|deported|"
    r"transferred|returned|travell?ed|fled|went|go|going)\s+to\s+)"
    r"(?P<place>[A-Z][^\W\d_]+)(?![\w'\u2019])"
)
# Small words that may join the words of an institution's name: "Center for Open Archives".
_CONNECTOR = re.compile(r"\s+((?:of|for|on|the)(?:\s+(?:of|for|on|the))?)\s+")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
ALSO_SHOWN = 3  # other sources named in a warning before "and N more"
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z]+")


def common_words(texts: Iterable[str]) -> frozenset[str]:
    """Every word the texts write in lower case: a capitalised one of these is not a name. And,
    marked with PLACE_MARK, every word they use as a place ("in Canton"): never a near-spelling
    of a registered surname ("Cannon")."""
    found: set[str] = set()
    for text in texts:
        found.update(_LOWER_WORD.findall(text))
        found.update(PLACE_MARK + word_key(m.group("place")) for m in _PLACE_AFTER.finditer(text))
    return frozenset(found)


def sources_common_words(sources: Iterable[Source]) -> frozenset[str]:
    """`common_words` of every sentence of the sources. Each source's words are kept in this
    process by its sentences: in `make devserver` one edited seed is read again, not all."""
    found: set[str] = set()
    for words in _words_of.each(sources, by_sentences, _source_common_words):
        found.update(words)
    return frozenset(found)


def _source_common_words(source: Source) -> frozenset[str]:
    return common_words(sentence.text for sentence in source.sentences)


_words_of = KeptPerInput()  # a source's sentences -> the words they write in lower case


@dataclass
class _Finding:
    """One name to warn about, where it is first seen, and every source that uses it."""

    name: str
    path: str
    line: int
    sources: list[str]
    suggestions: tuple[tuple[str, str], ...] = ()  # (slug, registered spelling)


def name_warnings(
    sources: tuple[Source, ...],
    matcher: NameMatcher,
    clues: list[NameClues],
    common: frozenset[str],
    people_dir: str | Path | None,
    dismissed=None,
) -> tuple[str, ...]:
    """One line per name to look at: near-spellings first, then unregistered names; then one
    line per source with a sentence too long to be searched for names (`long_sentence_warnings`).

    `clues` are each source's `source_name_clues`, in the order of `sources`; `dismissed(name)`
    says the editor has dismissed a name's warning (`not_a_person` in the corrections file).
    """
    near: dict[str, _Finding] = {}
    runs: list[tuple[Source, object, list[tuple[str, int]], str]] = []
    places: set[str] = set()
    thing_words: set[str] = set()
    for source, found in zip(sources, clues):
        for key, word, index, suggestions in found.near:
            _note(near, key, word, source, source.sentences[index], suggestions)
        runs.extend((source, source.sentences[index], run, before) for index, run, before in found.runs)
        places |= found.places
        thing_words |= found.thing_words
    outlet_words = {fold(w) for s in sources for w in CAPITALISED_WORD.findall(s.outlet)}
    demonym_stems = tuple(sorted({fold(p)[:-1] for p in places if len(p) > 4}))

    answers: dict[str, bool] = {}  # a story writes the same words many times over

    def plain(word: str) -> bool:
        """A word that is not part of a personal name here: split the run at it."""
        answer = answers.get(word)
        if answer is None:
            folded = word_key(word)
            answer = answers[word] = (
                len(word) < 2 or word.isupper() or folded in TITLE_WORDS or folded in common
                or folded in _CALENDAR or folded in outlet_words or word in places
                or folded.startswith(demonym_stems) or bool(matcher.near(word))
            )
        return answer

    names_in: dict[tuple[str, ...], list[str]] = {}  # the names in a run of words, which many sources repeat

    def names(run) -> list[str]:
        words = tuple(w for w, position in run if position >= 0)
        found = names_in.get(words)
        if found is None:
            found = names_in[words] = [
                " ".join(piece) for piece in _split(list(words), plain)
                if not all(word_key(w) in thing_words for w in piece)
            ]
        return found

    unregistered: dict[str, _Finding] = {}
    for source, sentence, run, _before in runs:
        for name in names(run):
            _note(unregistered, fold(name), name, source, sentence)
    for source in sources:
        for block in source.blocks:
            if block.author and not matcher.find(block.author):
                for words in _split(CAPITALISED_WORD.findall(block.author), plain):
                    name = " ".join(words)
                    unregistered.setdefault(fold(name), _Finding(name, source.path, block.line, [source.id]))
    people_path = display_path(people_dir) if people_dir else "content/people"
    shown = (lambda f: not dismissed(f.name)) if dismissed else (lambda f: True)
    lines = [_near_line(f, matcher) for _, f in sorted(near.items()) if shown(f)]
    lines += [_unregistered_line(f, people_path) for _, f in sorted(unregistered.items()) if shown(f)]
    lines += long_sentence_warnings(sources)
    return tuple(lines)


def long_sentence_warnings(sources: Iterable[Source]) -> list[str]:
    """One line per source that has a sentence longer than the finders read (`analysed`):
    it is shown and cited, but no name, count or quotation is looked for in it."""
    lines = []
    for source in sources:
        long = [s for s in source.sentences if not analysed(s.text)]
        if not long:
            continue
        first = long[0]
        more = f" (and {len(long) - 1} more)" if len(long) > 1 else ""
        lines.append(
            f"{display_path(source.path)}:{source.blocks[first.block].line}: a sentence of "
            f"{len(first.text):,} characters{more} is longer than the {MAX_SENTENCE_CHARS:,} the build "
            "reads for names, counts and quotations, so it is shown and cited but not searched; "
            "check that the seed holds the article's text, with its full stops"
        )
    return lines


@dataclass
class NameClues:
    """What one source offers the warnings, found without looking at another source."""

    near: list[tuple[str, str, int, tuple]]  # (key, word, sentence index, suggestions)
    runs: list[tuple[int, list[tuple[str, int]], str]]  # (sentence index, run, the text before it)
    places: set[str]  # words the source uses as places ("in Vilnius")
    thing_words: set[str]  # words of names of things (organisations, prizes, outlets)


def source_name_clues(source: Source, matcher: NameMatcher, mentions_by_sentence: dict, common) -> NameClues:
    """Near-spellings, runs of capitalised words, places and names of things in one source;
    `mentions_by_sentence` holds its mentions by (source, sentence)."""
    clues = NameClues([], [], set(), set())
    for index, sentence in enumerate(source.sentences):
        text = sentence.text
        if not analysed(text):
            continue
        mentions = mentions_by_sentence.get((source.id, sentence.id), ())
        spans = Spans((m.start, m.start + len(m.form)) for m in mentions)
        registered = Spans((m.start, m.start + len(m.form)) for m in mentions if m.variant is None)
        clues.places.update(m.group("place") for m in _PLACE_AFTER.finditer(text))
        for match in CAPITALISED_WORD.finditer(text):
            word = match.group(0)
            if len(word) > MAX_WORD_CHARS or registered.holds(match.start()) or word_key(word) in common:
                continue
            suggestions = matcher.near(word)
            if suggestions:
                clues.near.append((word_key(word), word, index, tuple(suggestions)))
        for run, before in _capitalised_runs(text, spans):
            if _is_thing(run, before):
                clues.thing_words.update(word_key(w) for w, position in run if position >= 0)
            else:
                clues.runs.append((index, run, before))
    return clues


def _note(findings: dict[str, _Finding], key: str, name: str, source, sentence, suggestions=()) -> None:
    finding = findings.get(key)
    if finding is None:
        line = source.blocks[sentence.block].line
        findings[key] = _Finding(name, source.path, line, [source.id], tuple(suggestions))
    elif source.id not in finding.sources:
        finding.sources.append(source.id)


def _capitalised_runs(text: str, taken: Spans):
    """Runs of adjacent capitalised words outside registered names, with the text before each.

    A registered name, a possessive, punctuation or a lower-case word ends a run; "of", "for",
    "on" and "the" between capitalised words keep it going, as in the name of an institution.
    A word too long to be a name (`MAX_WORD_CHARS`) ends a run too.
    """
    run: list[tuple[str, int]] = []
    end = -1
    for match in CAPITALISED_WORD.finditer(text):
        start = match.start()
        word = match.group(0)
        if taken.holds(start) or word.isupper() and len(word) > 1 or len(word) > MAX_WORD_CHARS:
            if run:
                yield run, text[max(0, run[0][1] - 40) : run[0][1]]
            run, end = [], -1
            continue
        gap = text[end:start] if run else ""
        if run and not (gap == " " or _CONNECTOR.fullmatch(gap)):
            yield run, text[max(0, run[0][1] - 40) : run[0][1]]
            run = []
        if run and _CONNECTOR.fullmatch(gap):
            run.append((_CONNECTOR.fullmatch(gap).group(1), -1))
        run.append((match.group(0), start))
        end = match.end()
        if text[end : end + 2] in ("'s", "\u2019s") or text[end : end + 1] in ("'", "\u2019"):
            yield run, text[max(0, run[0][1] - 40) : run[0][1]]
            run = []
    if run:
        yield run, text[max(0, run[0][1] - 40) : run[0][1]]


def _is_thing(run: list[tuple[str, int]], before: str) -> bool:
    """An organisation, prize, outlet or institution rather than a person."""
    if any(word_key(w) in ORGANISATION_WORDS for w, _ in run):
        return True
    if any(position < 0 for _, position in run):
        # "Center for Open Archives" is an institution; "Envoy for Ruritania John Dole" a title.
        return not any(word_key(w) in TITLE_WORDS for w, _ in run)
    return bool(_INTRODUCED_AS_THING.search(before))


def _split(words: list[str], plain) -> list[list[str]]:
    """The runs of two to four name-like words left when `plain` words are taken out."""
    pieces: list[list[str]] = [[]]
    for word in words:
        if plain(word):
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [piece for piece in pieces if 2 <= len(piece) <= 4]


def _where(finding: _Finding) -> tuple[str, str]:
    others = finding.sources[1:]
    shown = ", ".join(others[:ALSO_SHOWN])
    if len(others) > ALSO_SHOWN:
        shown += f" and {len(others) - ALSO_SHOWN} more"
    also = f" (also in {shown})" if others else ""
    return f"{display_path(finding.path)}:{finding.line}", also


def _near_line(finding: _Finding, matcher: NameMatcher) -> str:
    where, also = _where(finding)
    options = []
    for slug, spelling in finding.suggestions:
        person = matcher.people[slug]
        options.append(f"{spelling!r} ({person.name}, {display_path(person.path)})")
    if len(finding.suggestions) == 1:
        person = matcher.people[finding.suggestions[0][0]]
        return (
            f"{where}: {finding.name!r} looks like a spelling of {options[0]}{also}; counted as "
            f"{person.name} -- if it is them, add {finding.name!r} to `Aliases:` in that file"
        )
    return (
        f"{where}: {finding.name!r} looks like a spelling of {' or '.join(options)}{also}; not "
        "counted for anyone -- add it to the right person's `Aliases:`"
    )


def _unregistered_line(finding: _Finding, people_path: str) -> str:
    where, also = _where(finding)
    slug = "-".join(fold(finding.name).replace("'", "").split())
    return (
        f"{where}: {finding.name!r} looks like a person's name but is not in {people_path}/{also}; "
        f"if they have a part in the story, add {people_path}/{slug}.md with `Title: {finding.name}`"
    )
