"""Web copy is hostile: cleaning a page, and finding names, counts and quotations in it, take
time in proportion to its length, whatever its shape.

Each shape once made a pattern backtrack over the whole text from every position (quadratic):
a long run of spaces, one long word, a long run of capitals. Four times the text may take at
most about four times as long (allowing noise), where quadratic work would take sixteen.

The finders (people, names, counts and amounts, quotations) once read the whole text before
each match again: a qualifier searched for over everything before each number, every mention
compared with every capitalised word, every "said" reading on to the end of its sentence,
every quotation looking through all the others, a run of spaces after a number tried in every
way two quantifiers side by side can share it. Twice the text may take at most about 2.5
times as long, where quadratic work would take four. They are timed on one over-long sentence
or paragraph with the sentence bound lifted (`people.MAX_SENTENCE_CHARS`), so that what is
measured is the algorithms; with the bound, a sentence longer than it is not searched at all,
and the build warns about it once.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import time

import pytest

from explainer.extract.cleaning import Block, classify
from explainer.extract.sentences import sentence_spans
from explainer.extract.sources import Sentence, Source
from explainer.findings import people
from explainer.findings.names import common_words, name_warnings, source_name_clues
from explainer.findings.numbers import compare_numbers, group_counts, source_counts
from explainer.findings.people import NameMatcher, Person, source_mentions
from explainer.findings.quotes import align_quotes, source_quotes

SHAPES = {
    "a run of spaces": lambda n: "x" + " " * n + "y.",
    "one long word": lambda n: "a" * n,
    "a run of capitals": lambda n: "A" * n + "/",
    "spaces before a photo credit": lambda n: "Caption." + " " * n + "Photo: x",
    "spaces before a media link": lambda n: "Post" + " " * n + "pic.twitter.com/x",
}


def _explainer_caches() -> list:
    """The plugin's memoised functions: a text's second run would hit them, and a small text's
    more often than a large one's (they have a fixed size), which is not the finder's time."""
    return [f for f in gc.get_objects() if isinstance(f, functools._lru_cache_wrapper)
            and getattr(f, "__module__", "").startswith("explainer.")]


def _cpu_seconds(function, *args) -> float:
    """The best of five runs of function(*args), each with the plugin's caches empty, in this
    process's CPU time, the garbage collector paused: neither other work on the machine nor
    what earlier tests left behind."""
    best = float("inf")
    gc.collect()
    caches = _explainer_caches()
    gc.disable()
    try:
        for _ in range(5):
            for cache in caches:
                cache.cache_clear()
            start = time.process_time()
            function(*args)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def _seconds(text: str) -> float:
    return _cpu_seconds(classify, text)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_cleaning_takes_linear_time_on_hostile_shapes(shape):
    make = SHAPES[shape]
    small, large = _seconds(make(20_000)), _seconds(make(80_000))
    assert large < 8 * small + 0.05, f"{shape}: {small:.3f}s for 20,000 characters, {large:.3f}s for 80,000"


SPLITTER_SHAPES = {
    "an unclosed quotation before many stops": lambda n: '"' + "He left. " * (n // 9),
    "many quotations each opened and closed": lambda n: 'She said "no." Then. ' * (n // 21),
    "stops inside unbalanced curly quotes": lambda n: "\u201cOne. Two! " * (n // 10),
}


@pytest.mark.parametrize("shape", sorted(SPLITTER_SHAPES))
def test_sentence_splitting_takes_linear_time_on_quotation_shapes(shape):
    make = SPLITTER_SHAPES[shape]

    def seconds(text):
        return _cpu_seconds(lambda: sentence_spans(text))

    small, large = seconds(make(50_000)), seconds(make(200_000))
    assert large < 8 * small + 0.05, f"{shape}: {small:.3f}s for 50,000 characters, {large:.3f}s for 200,000"


# --- the finders ------------------------------------------------------------------------

REGISTRY = (
    Person("maria-kolesnikova", "Maria Kolesnikova", ("Kalesnikava",), "", "", None, "maria-kolesnikova.md"),
    Person("ales-bialiatski", "Ales Bialiatski", ("Byalyatski",), "", "", None, "ales-bialiatski.md"),
    Person("john-coale", "John Coale", (), "", "", None, "john-coale.md"),
)
PUBLISHED = dt.date(2025, 12, 13)


def _repeat(unit: str, n: int) -> str:
    """`unit` again and again, about `n` characters of it, cut after a word."""
    return (unit * (n // len(unit) + 1))[:n].rsplit(" ", 1)[0] + " "


def _made_up(i: int, count: int = 4) -> str:
    """`count` words made up for `i` ("bako lemi ..."), the same for no other `i`."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    made = []
    for k in range(count):
        value, word = i * count + k, ""
        for _ in range(3):
            value, digit = divmod(value, len(syllables))
            word += syllables[digit]
        made.append(word)
    return " ".join(made)


def _numbered(units: list[str], n: int) -> list[str]:
    """Distinct sentences (their numbers and made-up words differ) until they hold `n` characters."""
    out, size, i = [], 0, 0
    while size < n:
        out.append(units[i % len(units)].format(i=i, w=_made_up(i)))
        size += len(out[-1]) + 1
        i += 1
    return out


# Each shape is a list of paragraphs, each a list of sentences.
FINDER_SHAPES = {
    "numbers in one sentence": lambda n: [[
        "Officials said " + " ".join(_numbered([
            "{i} prisoners, about 1,{i:03d} detainees, the remaining 9 and 113 other people,",
            "over $4.{i} million and 30 per cent on 13 December, aged 63, No. {i},",
            "nine of them, 5-2, at 3 a.m. and twenty-five Ukrainians,",
        ], n)) + " were counted."
    ]],
    # Thousands set apart by spaces ("720 000"), in a run that no reading closes.
    "digits in groups of three": lambda n: [[
        "Kolesnikova said 5 prisoners and 1 " + "000 " * (n // 4) + "0000 people were counted."
    ]],
    "names in one sentence": lambda n: [[
        _repeat("Maria Kolesnikova, Ales Bialiatski, John Cole and Kalesnikava met Viktar Babaryka of the "
                "Viasna Centre for Human Rights in Vilnius with Lukashenko's envoy and ", n) + "others."
    ]],
    "said-chains": lambda n: [[
        "Kolesnikova's lawyer said that " + _repeat(
            "they said that the official said that she told reporters that to Bialiatski he said that ", n
        ) + "it was over."
    ]],
    # Quotations in words of their own: the same words said again are one group however many
    # times, but near-identical ones are compared pair by pair (see `quotes.align_quotes`).
    "many quotations in one paragraph": lambda n: [_numbered([
        "\u201cWe are free, {w},\u201d Kolesnikova said.",
        "\u201cIt is over,\u201d she told reporters, adding: \u201c{w}.\u201d",
        "Bialiatski said: \"{w} {i}.\"",
        "\u201cYes,\u201d \u201cno\u201d and \u201c{w},\u201d said John Coale.",
    ], n)],
    "runs of spaces between the words": lambda n: [[
        "Kolesnikova said" + " " * (n // 8) + "that 5" + " " * (n // 8) + "prisoners, about" + " " * (n // 8)
        + "$5" + " " * (n // 8) + "million and \u201cwe are free\u201d," + " " * (n // 8) + "she said" + " " * (n // 8)
        + "to John" + " " * (n // 8) + "Coale of the" + " " * (n // 8) + "Viasna Centre."
    ]],
    "unbalanced quotation marks": lambda n: [_numbered([
        "Kolesnikova said: \u201cwe are free, {w}.",
        "\u201d She added that \"it is over, {w}.",
        "He said \u201c\u201c\u201c {w} \" and Coale said \u201d.",
    ], n)],
}


def source_of(paragraphs: list[list[str]]) -> Source:
    """A source of these paragraphs, each a list of its sentences."""
    blocks, sentences, per_block = [], [], []
    for index, paragraph in enumerate(paragraphs):
        blocks.append(Block("body", " ".join(paragraph), index + 1))
        ids = []
        for text in paragraph:
            ids.append(f"s{len(sentences)}")
            sentences.append(Sentence(ids[-1], text, "body", index))
        per_block.append(tuple(ids))
    return Source(
        id="900_hostile", path="seeds/900_hostile.txt", outlet="Hostile Outlet", title="Hostile",
        title_derived=False, url=None, published=PUBLISHED, identified="unknown", evidence="",
        published_basis="", notes="", sha256="", blocks=tuple(blocks), sentences=tuple(sentences),
        block_sentences=tuple(per_block),
    )


def find_everything(source: Source, matcher: NameMatcher) -> dict:
    """What the build finds in one source with the finders of people, names, counts and quotes."""
    common = common_words(s.text for s in source.sentences)
    mentions = source_mentions(source, matcher, common)
    by_sentence: dict = {}
    for mention in mentions:
        by_sentence.setdefault((mention.source, mention.sentence), []).append(mention)
    clues = source_name_clues(source, matcher, by_sentence, common)
    warnings = name_warnings((source,), matcher, [clues], common, None)
    quotes = align_quotes(tuple(source_quotes(source, by_sentence)), {p.slug: p.name for p in REGISTRY})
    numbers = group_counts(source_counts(source))
    compare_numbers(numbers, lambda c: source.sentence(c.sentence).text)
    return {"mentions": mentions, "quotes": quotes, "numbers": numbers, "warnings": warnings}


def _finder_seconds(source: Source, matcher: NameMatcher) -> float:
    return _cpu_seconds(find_everything, source, matcher)


@pytest.mark.parametrize("shape", sorted(FINDER_SHAPES))
def test_the_finders_take_linear_time_on_hostile_shapes(shape, monkeypatch):
    monkeypatch.setattr(people, "MAX_SENTENCE_CHARS", 10**9)
    matcher = NameMatcher(REGISTRY)
    small_source, large_source = (source_of(FINDER_SHAPES[shape](n)) for n in (30_000, 120_000))
    found = find_everything(small_source, matcher)
    assert found["mentions"] or found["quotes"] or found["numbers"], f"{shape}: the shape finds nothing"
    small, large = _finder_seconds(small_source, matcher), _finder_seconds(large_source, matcher)
    # Four times the text: linear is 4x, quadratic 16x; the margin absorbs a busy machine.
    assert large < 7 * small + 0.1, f"{shape}: {small:.3f}s for 30,000 characters, {large:.3f}s for 120,000"


def test_an_over_long_sentence_is_cited_but_not_searched_and_warned_about_once():
    long = FINDER_SHAPES["names in one sentence"](people.MAX_SENTENCE_CHARS + 1)[0][0]
    longer = FINDER_SHAPES["numbers in one sentence"](2 * people.MAX_SENTENCE_CHARS)[0][0]
    source = source_of([
        ["Maria Kolesnikova said 123 prisoners were freed.", long],
        ["\u201cWe are free,\u201d Kolesnikova said.", longer, "\u201cYes,\u201d said Bialiatski."],
    ])
    found = find_everything(source, NameMatcher(REGISTRY))
    assert {m.sentence for m in found["mentions"]} == {"s0", "s2", "s4"}
    assert {q.citation.sentence for q in found["quotes"]} == {"s2", "s4"}
    assert {c.sentence for n in found["numbers"] for c in n.citations} == {"s0"}
    (warning,) = [w for w in found["warnings"] if "longer than" in w]
    assert warning.startswith("seeds/900_hostile.txt:1: a sentence of ")
    assert f"{len(long):,} characters (and 1 more)" in warning
