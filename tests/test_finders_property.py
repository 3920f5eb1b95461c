"""Any text at all: no finder raises, and none takes more than a bounded time per character.

Hypothesis writes the texts: random characters, and mixes of what the finders look for --
digits and number words, currency signs and per cent, quotation marks of every style (many
left open), registered and unregistered capitalised names, "said" and the other attribution
verbs, pronouns, spaces and punctuation -- in short texts and in one unit repeated into a long
one, which is how a pattern that reads the text again for each match shows itself. Each text
is read as a seed is (paragraphs, their kinds, their sentences) and then by the finders of
people, names, counts and amounts, and quotations, as in tests/test_linear_time.py.

The examples are drawn the same way on every run (`derandomize`), and none is stored; what
Hypothesis caches of the code it reads goes to the system's temporary folder, so the suite
stays reproducible and leaves no folder in the project.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from explainer.extract.cleaning import CITABLE, classify
from explainer.extract.sentences import sentence_spans
from explainer.findings.amounts import find_amounts
from explainer.findings.numbers import find_counts
from explainer.findings.people import NameMatcher
from explainer.findings.quotes import quotation_spans
from test_linear_time import PUBLISHED, REGISTRY, find_everything, source_of

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "explainer-hypothesis")
MATCHER = NameMatcher(REGISTRY)
# What the finders react to, as pieces to put together in any order.
PIECES = [
    *"0123456789", "1,227", "4.5", "2025", "13:58", "123456789012345678901234567890", "-", "+", "$", "\u20ac",
    "\u00a3", "%", " per cent", " million", "bn", "nine", "twenty-five", "a dozen", " hundred", "over ",
    "about ", "more than ", "the remaining ", " other ", " of them", " prisoners", " people", " Ukrainians",
    " years", " December", "No. ", "aged ", "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab",
    "\u00bb", "Maria Kolesnikova", "Kolesnikova", "Kalesnikava", "Ales Bialiatski", "Bialiatski", "Cole",
    "John Coale", "Coale's", "Viktar Babaryka", "Nobel Peace Prize", "Centre for Human Rights", " said",
    " says", " told", " added", " that ", " he ", " she ", "He ", "She ", " also ", " to ", " of ", " in ",
    " Vilnius", "who ", " ", "  ", "\t", ". ", ", ", "; ", ": ", "! ", "? ", "...", " (", ")", " \u2014 ",
    "\n", "\n\n", " " * 300, "\u00a0" * 40, "A" * 70, "a" * 70,
]
pieces = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=120).map("".join)
SETTINGS = dict(deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
# Far more than any text needs (a few microseconds a character, measured), far less than
# reading the text again for each match would take on the long texts.
SECONDS = 0.2
SECONDS_PER_CHARACTER = 50e-6


def read_as_a_seed(text: str):
    """The text's paragraphs and sentences, as a seed's are read."""
    paragraphs = []
    for block in classify(text):
        if block.kind in CITABLE:
            sentences = [block.text[a:b] for a, b in sentence_spans(block.text)]
            if sentences:
                paragraphs.append(sentences)
    return source_of(paragraphs)


def find_in(text: str) -> float:
    """Every finder on the text (CPU seconds): as a seed, and each finder on the text whole."""
    source = read_as_a_seed(text)
    start = time.process_time()
    find_everything(source, MATCHER)
    find_counts(text, PUBLISHED, "prisoners")
    find_amounts(text)
    quotation_spans(text)
    MATCHER.find_near(text, MATCHER.find(text), frozenset())
    return time.process_time() - start


def assert_bounded(text: str, seconds: float) -> None:
    limit = SECONDS + SECONDS_PER_CHARACTER * len(text)
    assert seconds < limit, f"{seconds:.2f}s for {len(text):,} characters (at most {limit:.2f}s): {text[:200]!r}"


@settings(max_examples=60, **SETTINGS)
@given(st.one_of(pieces, st.text(max_size=300)))
def test_no_finder_raises_on_any_text(text):
    assert_bounded(text, find_in(text))


@settings(max_examples=10, **SETTINGS)
@given(pieces.filter(lambda unit: len(unit.strip()) >= 8), st.sampled_from(["", " ", ". ", "\n"]))
def test_no_finder_reads_a_long_text_again_for_each_match(unit, joint):
    text = joint.join([unit] * (10_000 // len(unit) + 1))
    assert_bounded(text, find_in(text))
