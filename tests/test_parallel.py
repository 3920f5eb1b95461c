"""Two processes build what one would: same results, same order, same errors, no child left."""

import json
import os
import threading
from pathlib import Path

import pytest

from conftest import EXAMPLE
from explainer.base import parallel
from explainer.base.errors import ExplainerError
from explainer.base.parallel import alongside, can_split, map_sources
from explainer.story import build_story, story_data

ITEMS = list(range(2 * parallel.MIN_ITEMS_TO_SPLIT))


def children() -> set[int]:
    """This process's children, running or finished but not yet waited for."""
    return {int(pid) for task in Path("/proc/self/task").iterdir() for pid in (task / "children").read_text().split()}


@pytest.fixture(autouse=True)
def no_child_left():
    before = children()
    yield
    assert children() == before  # every child the test made has ended and been waited for


def test_this_machine_can_split():
    assert can_split(), "these tests need Linux, two cores and no other thread in the test process"


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


def test_a_story_split_between_two_processes_is_the_story_one_process_finds(monkeypatch):
    paths = (EXAMPLE / "seeds", EXAMPLE / "content" / "people", EXAMPLE / "content" / "timeline.yaml")
    alone = build_story(*paths)
    monkeypatch.setattr(parallel, "MIN_ITEMS_TO_SPLIT", 2)
    split = build_story(*paths)
    assert split == alone
    assert json.dumps(story_data(split)) == json.dumps(story_data(alone))


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
