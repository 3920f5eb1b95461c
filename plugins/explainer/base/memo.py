"""What each input gave the last time, kept in the process while it stays the same.

`make devserver` builds again in the same process after every save, and most of a story's seeds
are unchanged: a pass over every source that keeps each source's answer, keyed by what the
answer was made from, reads again only the sources that changed. Only the last call's inputs are
kept, so the memory stays one story's worth.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any


class KeptPerInput:
    """`each(inputs, key, make)`: make(item) for every item, reusing the last call's answer for
    an item whose key is unchanged. `context` is what every answer also depends on (the
    registered names): when it changes, nothing is reused."""

    def __init__(self) -> None:
        self._context: Hashable = None
        self._kept: dict = {}

    def each(self, inputs: Iterable[Any], key: Callable[[Any], Hashable], make: Callable[[Any], Any],
             context: Hashable = None) -> list:
        last = self._kept if context == self._context else {}
        kept: dict = {}
        answers = []
        for item in inputs:
            k = key(item)
            answer = last[k] if k in last else make(item)
            kept[k] = answer
            answers.append(answer)
        self._context, self._kept = context, kept
        return answers
