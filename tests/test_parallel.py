"""Two processes build what one would: same results, same order, same errors, no child left."""

import json
import os
import signal
import threading

import pytest

from conftest import EXAMPLE
from explainer import story as story_module
from explainer.base import parallel
from explainer.base.errors import ExplainerError
from explainer.base.parallel import alongside, can_split, map_sources
from explainer.extract import sources as sources_module
from explainer.story import build_story, story_data

ITEMS = list(range(2 * parallel.MIN_ITEMS_TO_SPLIT))


def waited_for(pid: int) -> bool:
    """Whether a child has ended and been waited for (POSIX waitpid, no /proc): one still running,
    or ended but never waited for, is stopped and reaped here so that it cannot outlive the test."""
    try:
        found, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # no such child any more: it was waited for
    if found == 0:  # still running
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return False


@pytest.fixture(autouse=True)
def no_child_left(monkeypatch):
    """Every process a test forks, listed as it is forked; none may be left when the test ends."""
    forked, fork = [], os.fork

    def recording_fork():
        pid = fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recording_fork)
    yield forked
    assert [pid for pid in forked if not waited_for(pid)] == []  # each ended and was waited for


def test_this_machine_can_split():
    assert can_split(), "these tests need Linux, two cores and no other thread in the test process"


def test_an_object_this_process_holds_comes_back_from_the_child_as_itself():
    held = [{"entry": item} for item in ITEMS]
    answers = map_sources(lambda item: (held[item], {"made": item}, os.getpid()), ITEMS, held=held)
    from_child = [a for a in answers if a[2] != os.getpid()]
    assert len(from_child) == len(ITEMS) // 2
    assert all(kept is held[made["made"]] for kept, made, _ in answers)  # the very object, not a copy
    assert [made for _, made, _ in answers] == [{"made": item} for item in ITEMS]  # the rest as values


def test_the_second_half_is_worked_out_in_a_child_and_comes_back_in_order():
    parent = os.getpid()
    answers = map_sources(lambda item, offset: (item + offset, os.getpid()), ITEMS, 1000)
    assert [value for value, _ in answers] == [item + 1000 for item in ITEMS]
    pids = [pid for _, pid in answers]
    half = len(ITEMS) // 2
    assert set(pids[:half]) == {parent}
    assert len(set(pids[half:])) == 1 and pids[-1] != parent


def test_few_items_stay_in_one_process():
    parent = os.getpid()
    few = ITEMS[: parallel.MIN_ITEMS_TO_SPLIT - 1]
    assert {pid for pid in map_sources(lambda item: os.getpid(), few)} == {parent}


def test_no_fork_while_another_thread_runs():
    parent = os.getpid()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert {pid for pid in map_sources(lambda item: os.getpid(), ITEMS)} == {parent}
    finally:
        stop.set()
        other.join()


def failing_at(*bad):
    def work(item):
        if item in bad:
            raise ValueError(f"item {item} is bad")
        return item

    return work


def test_an_error_in_the_childs_half_is_raised_here_as_one_process_would():
    with pytest.raises(ValueError, match=f"item {ITEMS[-2]} is bad"):
        map_sources(failing_at(ITEMS[-2]), ITEMS)


def test_the_first_error_in_item_order_wins_and_the_child_is_stopped():
    with pytest.raises(ValueError, match="item 3 is bad"):
        map_sources(failing_at(3, ITEMS[-1]), ITEMS)


def test_results_that_cannot_be_sent_back_are_worked_out_here():
    parent = os.getpid()
    answers = map_sources(lambda item: (lambda: item) if os.getpid() != parent else item, ITEMS)
    assert answers == ITEMS  # a lambda does not pickle: the child's half was redone here


def test_a_story_split_between_two_processes_is_the_story_one_process_finds(monkeypatch, tmp_path, no_child_left):
    paths = (EXAMPLE / "seeds", EXAMPLE / "content" / "people", EXAMPLE / "content" / "timeline.yaml")
    alone = build_story(*paths)
    monkeypatch.setattr(parallel, "MIN_ITEMS_TO_SPLIT", 2)
    # Each piece of work (reading a source; finding what it says) leaves a line in a file named
    # after the process that did it: a file survives the child, which sends back only results.
    for module in (sources_module, story_module):
        folder = tmp_path / module.__name__
        folder.mkdir()

        def recording(function, items, *shared, folder=folder, **options):
            def work(*args):
                with open(folder / str(os.getpid()), "a", encoding="utf-8") as record:
                    record.write("done\n")
                return function(*args)

            return map_sources(work, items, *shared, **options)

        monkeypatch.setattr(module, "map_sources", recording)
    split = build_story(*paths)
    assert split == alone
    assert json.dumps(story_data(split)) == json.dumps(story_data(alone))
    count = len(alone.sources)
    assert count >= 2
    for module in (sources_module, story_module):
        done = {int(f.name): len(f.read_text(encoding="utf-8").split()) for f in (tmp_path / module.__name__).iterdir()}
        # The first half here, the second in one other process that really ran, none done twice.
        assert done.pop(os.getpid()) == (count + 1) // 2, module.__name__
        assert list(done.values()) == [count // 2], module.__name__
        assert set(done) <= set(no_child_left), module.__name__


def test_names_to_look_at_and_counts_compared_are_worked_out_in_a_child_meanwhile(monkeypatch, tmp_path, no_child_left):
    paths = (EXAMPLE / "seeds", EXAMPLE / "content" / "people", EXAMPLE / "content" / "timeline.yaml")
    alone = build_story(*paths)
    monkeypatch.setattr(parallel, "MIN_ITEMS_TO_SPLIT", 2)
    worker = story_module._warned_and_compared

    def recording(*args):
        (tmp_path / str(os.getpid())).write_text("done", encoding="utf-8")
        return worker(*args)

    monkeypatch.setattr(story_module, "_warned_and_compared", recording)
    split = build_story(*paths)
    assert (split.warnings, split.number_comparisons, split.conflicts) == (alone.warnings, alone.number_comparisons, alone.conflicts)
    assert alone.warnings and alone.number_comparisons  # there is something to compare
    (worked_in,) = [int(f.name) for f in tmp_path.iterdir()]
    assert worked_in != os.getpid() and worked_in in no_child_left


def test_alongside_runs_in_a_child_while_the_block_runs_here(tmp_path):
    parent, done = os.getpid(), tmp_path / "done"
    with alongside(lambda: done.write_text(str(os.getpid())), items=len(ITEMS)):
        pass
    assert int(done.read_text()) != parent


def test_alongside_redoes_here_what_the_child_failed_to_do(tmp_path):
    parent, done = os.getpid(), tmp_path / "done"

    def write():
        if os.getpid() != parent:
            raise OSError("no space left on the device")
        done.write_text(str(os.getpid()))

    with alongside(write, items=len(ITEMS)):
        pass
    assert int(done.read_text()) == parent


def test_alongside_stops_its_child_when_the_block_fails(tmp_path):
    with pytest.raises(RuntimeError):
        with alongside(threading.Event().wait, items=len(ITEMS)):  # a child that would wait forever
            raise RuntimeError("a template error")


def test_bad_input_in_the_childs_half_stops_the_build_with_the_one_process_error(project, monkeypatch):
    seeds = project / "seeds"
    originals = sorted(seeds.glob("*.txt"))
    for copy in range(parallel.MIN_ITEMS_TO_SPLIT // len(originals) + 1):
        for seed in originals:
            (seeds / f"z{copy:02d}_{seed.name}").write_bytes(seed.read_bytes())
            (seeds / f"z{copy:02d}_{seed.stem}.yaml").write_bytes(seed.with_suffix(".yaml").read_bytes())
    last = sorted(seeds.glob("*.txt"))[-1]
    last.write_bytes(last.read_bytes() + b"\xff an edit not accepted")
    errors = []
    for threshold in (10**9, 2):
        monkeypatch.setattr(parallel, "MIN_ITEMS_TO_SPLIT", threshold)
        with pytest.raises(ExplainerError) as raised:
            build_story(seeds, project / "content" / "people")
        errors.append(str(raised.value))
    assert errors[0] == errors[1] and last.name in errors[1], errors
