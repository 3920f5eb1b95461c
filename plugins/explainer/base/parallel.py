"""A large build on two cores: work that needs nothing from the rest, done in a forked child.

Most of a large build is work done for each source on its own (extracting it, finding its
mentions, dated clauses, quotations, numbers and facts) before the cross-source steps that
merge and compare; `map_sources` gives the second half of the sources to a child. And the data
files (and the build's cache entries) need nothing from the pages: `alongside` writes them in a
child while the pages render. A forked child sees the parent's memory as it was, so it needs
nothing sent to it; `map_sources`'s child sends back only its results, pickled through a pipe,
and they come back in the items' order, equal to what one process would make, so the site is
byte-identical either way.

The split happens only where it is safe and pays: on Linux, with more than one core, in a
process running a single thread (a forked child gets only the thread that forked, and locks
other threads held would stay held), and with enough items to outweigh the fork. A child that
fails for any reason leaves its half to the parent, which then meets the same error as a single
process would, in the same order, with the same message.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Callable, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Fewer items than this stay in one process. A fork and its pipe cost about 3 ms in a small
# build and more in a large one, a source's findings about 5 ms: below a few dozen sources the
# gain is lost in the noise, and small stories (the five-article site) keep the simpler path.
MIN_ITEMS_TO_SPLIT = 32


def map_sources(function: Callable[..., Result], items: Sequence[Item], *shared) -> list[Result]:
    """[function(item, *shared) for item in items], the second half worked out in a child."""
    if len(items) < MIN_ITEMS_TO_SPLIT or not can_split():
        return [function(item, *shared) for item in items]
    half = (len(items) + 1) // 2
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (runs in the child, which never returns)
        _child(writer, reader, function, items[half:], shared)
    os.close(writer)
    try:
        first = [function(item, *shared) for item in items[:half]]
        with os.fdopen(reader, "rb") as pipe:
            answer = pipe.read()
        reader = None
        _, status = os.waitpid(child, 0)
        child = None
    finally:
        if reader is not None:
            os.close(reader)
        if child is not None:  # the parent stopped first (bad input in its half)
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
    if status == 0 and answer:
        try:
            return first + pickle.loads(answer)
        except Exception:
            pass
    return first + [function(item, *shared) for item in items[half:]]


@contextmanager
def alongside(function: Callable[..., object], *args, items: int = MIN_ITEMS_TO_SPLIT):
    """Run function(*args) in a forked child while the `with` block runs here.

    `items` is the size of the job (sources, say): fewer than MIN_ITEMS_TO_SPLIT run the
    function here after the block. If the child fails, or cannot be forked, the function runs
    here too, so that its error (a full disk, say) is the parent's to report. If the block
    fails, the child is stopped.
    """
    child = os.fork() if items >= MIN_ITEMS_TO_SPLIT and can_split() else None
    if child == 0:  # pragma: no cover (runs in the child, which never returns)
        code = 1
        try:
            function(*args)
            code = 0
        finally:
            os._exit(code)
    try:
        yield
    except BaseException:
        if child is not None:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        raise
    status = os.waitpid(child, 0)[1] if child is not None else None
    if status != 0:
        function(*args)


def can_split() -> bool:
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def _child(writer: int, reader: int, function, items, shared) -> None:  # pragma: no cover
    """Work through `items`, send the pickled results, and leave without running any cleanup
    that belongs to the parent (atexit handlers, buffered output, Pelican's logging)."""
    code = 1
    try:
        os.close(reader)
        answer = pickle.dumps([function(item, *shared) for item in items], protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(answer)
        code = 0
    except BaseException:
        pass
    finally:
        os._exit(code)
