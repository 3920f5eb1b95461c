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

import io
import os
import pickle
import signal
import sys
import threading
import time
from contextlib import contextmanager
from typing import Callable, Sequence, TypeVar

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows, where nothing is split
    fcntl = None

Item = TypeVar("Item")
Result = TypeVar("Result")

# Fewer items than this stay in one process. A fork and its pipe cost about 3 ms in a small
# build and more in a large one, a source's findings about 5 ms: below a few dozen sources the
# gain is lost in the noise, and small stories (the five-article site) keep the simpler path.
MIN_ITEMS_TO_SPLIT = 32


def map_sources(function: Callable[..., Result], items: Sequence[Item], *shared, held: Sequence = ()) -> list[Result]:
    """[function(item, *shared) for item in items], the second half worked out in a child.

    `held` are objects this process holds before the split (a rebuild's entries kept in
    memory): one of them in the child's results comes back as this process's very object,
    not as a pickled copy, so what it keeps per object stays valid and nothing is copied twice.

    Within `adaptive()` (`make devserver`'s rebuilds, whose items are mostly answered from
    memory) the items are first worked out here, and a child takes half of what is left only
    once what is left looks worth a fork (`WORTH_A_FORK` seconds at the typical pace so far): a child
    that sends back answers this process already holds only costs their pickling.
    """
    if len(items) < MIN_ITEMS_TO_SPLIT or not can_split():
        return [function(item, *shared) for item in items]
    done: list[Result] = []
    if _adaptive:
        durations: list[float] = []
        judged_at = PROBE_ITEMS
        for index, item in enumerate(items):
            if index == judged_at:
                if _typical(durations) * (len(items) - index) > WORTH_A_FORK:
                    break
                judged_at *= 2
            started = time.perf_counter()
            done.append(function(item, *shared))
            durations.append(time.perf_counter() - started)
        else:
            return done
        items = items[len(done):]
    half = (len(items) + 1) // 2
    here, there = map_halves(function, items[:half], items[half:], *shared, held=held)
    return done + here + there


def map_halves(
    function: Callable[..., Result], here: Sequence[Item], there: Sequence[Item], *shared, held: Sequence = ()
) -> tuple[list[Result], list[Result]]:
    """([function(item, *shared) for item in here], the same for `there`), `there` worked out
    in a child when a split is allowed (`can_split`). If the child fails, or its results do not
    pickle, the parent works out `there` too, meeting any error one process would meet, in the
    same order."""
    if not there or not can_split():
        return [function(item, *shared) for item in here], [function(item, *shared) for item in there]
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (runs in the child, which never returns)
        _child(writer, reader, function, there, shared, held=held)
    os.close(writer)
    try:
        first = [function(item, *shared) for item in here]
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
            return first, _HeldUnpickler(io.BytesIO(answer), held).load()
        except Exception:
            pass
    return first, [function(item, *shared) for item in there]


class _HeldPickler(pickle.Pickler):
    """Pickles a held object (one the parent also holds) as its place in `held`."""

    def __init__(self, file, held: Sequence):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.places = {id(value): place for place, value in enumerate(held)}

    def persistent_id(self, obj):
        return self.places.get(id(obj))


class _HeldUnpickler(pickle.Unpickler):
    def __init__(self, file, held: Sequence):
        super().__init__(file)
        self.held = held

    def persistent_load(self, place):
        return self.held[place]


def map_shared(function: Callable[..., Result], items: Sequence[Item], *shared) -> list[Result]:
    """[function(item, *shared) for item in items], the items shared out between this process
    and a child as each is free: both take the next item from one queue (a pipe both read, four
    bytes an item), so the work is balanced however unequal the items are. Give the costliest
    first. If the child fails, this process works out whatever the child did not send back; if
    this process fails, the child is stopped."""
    count = len(items)
    if count < MIN_ITEMS_TO_SPLIT or not can_split():
        return [function(item, *shared) for item in items]
    queue_reader, queue_writer = os.pipe()
    if not _filled(queue_writer, b"".join(index.to_bytes(4, "big") for index in range(count))):
        os.close(queue_reader)
        return [function(item, *shared) for item in items]
    answer_reader, answer_writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (runs in the child, which never returns)
        os.close(answer_reader)
        _child(answer_writer, queue_reader, function, items, shared, queue=True)
    os.close(answer_writer)
    results: dict[int, Result] = {}
    try:
        _work_through(queue_reader, function, items, shared, results)
        with os.fdopen(answer_reader, "rb") as pipe:
            answer = pipe.read()
        answer_reader = None
        _, status = os.waitpid(child, 0)
        child = None
    finally:
        os.close(queue_reader)
        if answer_reader is not None:
            os.close(answer_reader)
        if child is not None:  # this process stopped first
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
    if status == 0 and answer:
        try:
            results.update(pickle.loads(answer))
        except Exception:
            pass
    return [results[index] if index in results else function(items[index], *shared) for index in range(count)]


def _filled(writer: int, queue: bytes) -> bool:
    """Write the whole queue into the pipe and close it, the pipe grown to hold it if need be;
    False (the pipe closed) if it cannot hold it: never a write that waits for a reader."""
    try:
        if len(queue) > fcntl.fcntl(writer, fcntl.F_GETPIPE_SZ):
            fcntl.fcntl(writer, fcntl.F_SETPIPE_SZ, len(queue))
        os.set_blocking(writer, False)
        written = os.write(writer, queue)
    except (OSError, AttributeError):
        written = 0
    finally:
        os.close(writer)  # read to the end, the queue is empty
    return written == len(queue)


# In `adaptive()`: how many items are worked out before the pace is first judged (again after
# twice as many, and so on), and how many seconds of work left are worth a fork (a fork of a
# large build, and the answers pickled back, cost a tenth of a second and more).
PROBE_ITEMS = 8
WORTH_A_FORK = 0.25
_adaptive = False


def _typical(durations: list[float]) -> float:
    """The median time an item took: the one edited seed, read again among hundreds answered
    from memory, is not the pace of the rest."""
    ordered = sorted(durations)
    return ordered[len(ordered) // 2]


@contextmanager
def adaptive():
    """`map_sources` forks only when the work left is worth it, judged on the way (see there)."""
    global _adaptive
    before, _adaptive = _adaptive, True
    try:
        yield
    finally:
        _adaptive = before


class Forked:
    """function(*args) worked out in a forked child while this process goes on; `result()`
    waits for its answer, which comes back pickled. Where no split is allowed, or the child
    fails, or its answer does not pickle, `result()` runs the function here instead, meeting
    any error one process would. `cancel()` (or `reap()`, for every job not yet waited for)
    stops the child of a build that stopped before it needed the answer; a job started with
    `outlive=True` (work a next build waits for, not this one) is left out of `reap()`. `items`,
    when given, is the size of the job (sources, say): below MIN_ITEMS_TO_SPLIT it is not
    worth a fork, and `result()` works it out here."""

    def __init__(self, function: Callable[..., Result], *args, outlive: bool = False, items: int | None = None):
        self.function, self.args = function, args
        self.pid = self.reader = None
        if can_split() and (items is None or items >= MIN_ITEMS_TO_SPLIT):
            reader, writer = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover (runs in the child, which never returns)
                _child(writer, reader, lambda item: function(*item), [args], ())
            os.close(writer)
            self.pid, self.reader = pid, reader
            if not outlive:
                _pending.add(self)

    @property
    def forked(self) -> bool:
        return self.pid is not None

    def result(self) -> Result:
        if self.pid is not None:
            try:
                with os.fdopen(self.reader, "rb") as pipe:
                    answer = pipe.read()
                self.reader = None
                status = os.waitpid(self.pid, 0)[1]
                self.pid = None
            finally:
                self.cancel()
            if status == 0 and answer:
                try:
                    return pickle.loads(answer)[0]
                except Exception:
                    pass
        return self.function(*self.args)

    def cancel(self) -> None:
        if self.reader is not None:
            os.close(self.reader)
            self.reader = None
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = None
        _pending.discard(self)


_pending: set[Forked] = set()


def reap() -> None:
    """Stop every forked job whose answer nobody waited for (a build that stopped early)."""
    for job in list(_pending):
        job.cancel()


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


def _work_through(queue: int, function, items, shared, into: dict) -> None:
    """Take item numbers from the queue (four bytes each) until it is empty, doing each one."""
    while True:
        taken = os.read(queue, 4)
        if len(taken) < 4:
            return
        index = int.from_bytes(taken, "big")
        into[index] = function(items[index], *shared)


def _child(writer: int, reader: int, function, items, shared, queue: bool = False, held: Sequence = ()) -> None:  # pragma: no cover
    """Work through `items` (with `queue`, those it takes from the queue `reader`), send the
    pickled results, and leave without running any cleanup that belongs to the parent (atexit
    handlers, buffered output, Pelican's logging)."""
    code = 1
    try:
        if queue:
            done = {}
            _work_through(reader, function, items, shared, done)
            answer = pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)
        else:
            os.close(reader)
            results = [function(item, *shared) for item in items]
            if held:
                buffer = io.BytesIO()
                _HeldPickler(buffer, held).dump(results)
                answer = buffer.getvalue()
            else:
                answer = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(answer)
        code = 0
    except BaseException:
        pass
    finally:
        os._exit(code)
