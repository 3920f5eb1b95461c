"""Web copy is hostile: cleaning a page takes time in proportion to its length, whatever its shape.

Each shape once made a pattern backtrack over the whole text from every position (quadratic):
a long run of spaces, one long word, a long run of capitals. Four times the text may take at
most about four times as long (allowing noise), where quadratic work would take sixteen.
"""

from __future__ import annotations

import time

import pytest

from explainer.extract.cleaning import classify

SHAPES = {
    "a run of spaces": lambda n: "x" + " " * n + "y.",
    "one long word": lambda n: "a" * n,
    "a run of capitals": lambda n: "A" * n + "/",
    "spaces before a photo credit": lambda n: "Caption." + " " * n + "Photo: x",
    "spaces before a media link": lambda n: "Post" + " " * n + "pic.twitter.com/x",
}


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        classify(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_cleaning_takes_linear_time_on_hostile_shapes(shape):
    make = SHAPES[shape]
    small, large = _seconds(make(20_000)), _seconds(make(80_000))
    assert large < 8 * small + 0.05, f"{shape}: {small:.3f}s for 20,000 characters, {large:.3f}s for 80,000"
