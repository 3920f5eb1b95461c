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
    registered names): when it changes, nothing is reused.

    A key is found first as the very object it was last time (an unchanged source's sentences
    are kept in memory between rebuilds), which costs nothing; only a key met as a new object
    is compared by value, and hashing a source's sentences costs as much as a small answer."""

    def __init__(self) -> None:
        self._context: Hashable = None
        self._kept: dict[int, tuple[Any, Any]] = {}  # id(key) -> (key, answer)

    def each(self, inputs: Iterable[Any], key: Callable[[Any], Hashable], make: Callable[[Any], Any],
             context: Hashable = None) -> list:
        last = self._kept if context == self._context else {}
        by_value: dict | None = None  # the last call's answers by key value, made on first need
        kept: dict[int, tuple[Any, Any]] = {}
        answers = []
        for item in inputs:
            k = key(item)
            entry = last.get(id(k))
            if entry is not None and entry[0] is k:
                answer = entry[1]
            else:
                if by_value is None:
                    by_value = {old: answer for old, answer in last.values()}
                answer = by_value[k] if k in by_value else make(item)
            kept[id(k)] = (k, answer)
            answers.append(answer)
        self._context, self._kept = context, kept
        return answers
