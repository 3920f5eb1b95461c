"""Rebuilding only what changed (`site/incremental.py`): a rebuild after any kind of change is
the site a clean build of the same inputs makes, byte for byte, whether it is `make html`
(each build its own process, what it keeps on disk) or `make devserver` (one process keeping
what it can in memory, its work shared with forked children); a page whose inputs did not
change is copied from the previous site, not rendered again, and a changed one is rendered."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import copy_project
from explainer import build as build_module
from explainer import generator as generator_module
from explainer.base import parallel
from explainer.base.buildcache import BuildCache
from explainer.build import build
from explainer.site import incremental
from explainer.site.incremental import Dependencies, Digester, Recorder, StoryView
from explainer.story import build_story

BBC = "004_7df2e0f2d1cf324f"
PROFILE = "people/maria-kolesnikova.html"


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_site(built: Path, clean: Path) -> None:
    made, expected = files(built), files(clean)
    assert sorted(made) == sorted(expected), set(made) ^ set(expected)
    differ = [name for name in expected if made[name] != expected[name]]
    assert differ == [], f"differ from a clean build: {differ}"


def accept_edit(seed: Path, old: bytes, new: bytes) -> None:
    raw = seed.read_bytes()
    assert old in raw
    raw = raw.replace(old, new, 1)
    seed.write_bytes(raw)
    sidecar = seed.with_suffix(".yaml")
    text = re.sub(r"(?m)^sha256: .*$", f"sha256: {hashlib.sha256(raw).hexdigest()}", sidecar.read_text())
    sidecar.write_text(text)


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# Each kind of change an editor makes, as (what it does, the settings file built after it).
CHANGES = {
    "seed": lambda p: accept_edit(p / "seeds" / f"{BBC}.txt", b"a major achievement", b"a big achievement"),
    "person": lambda p: replace(p / "content" / "people" / "maria-kolesnikova.md", "Group: Freed prisoners",
                                "Group: Released prisoners"),
    "template": lambda p: replace(p / "theme" / "templates" / "profile.html", ">People</a>", ">Everyone</a>"),
    "base template": lambda p: replace(p / "theme" / "templates" / "base.html", "</footer>", "<p>Edited.</p></footer>"),
    "editorial page": lambda p: replace(p / "content" / "index.md", ' [cite 000 "received 114 of those released"]', ""),
    "setting": lambda p: (p / "pelicanconf.py").write_text(
        (p / "pelicanconf.py").read_text() + '\nSITENAME = "Another explainer"\n'
    ),
}


@pytest.fixture
def devserver(monkeypatch):
    """`make devserver`'s way of building: one process keeping what it can in memory, and (the
    example story being small) forking for every piece of work it may share with a child."""
    kept = incremental.Memory()
    monkeypatch.setattr(incremental, "_memory", kept)
    monkeypatch.setattr(parallel, "MIN_ITEMS_TO_SPLIT", 2)
    monkeypatch.setattr(generator_module, "MIN_ITEMS_TO_SPLIT", 2)
    yield kept
    kept.settle()  # the child writing the cache entries
    build_module._removing.wait()  # the child removing the previous site


def clean_build(project: Path, output: Path, monkeypatch, settings: str = "pelicanconf.py") -> Path:
    """A build that reuses nothing: no memory, a cache of its own, a new folder."""
    with monkeypatch.context() as m:
        m.setattr(incremental, "_memory", None)
        build(str(project / settings), str(output), {"CACHE_PATH": str(output.parent / (output.name + "-cache"))})
    return output


@pytest.mark.parametrize("kind", list(CHANGES))
@pytest.mark.parametrize("mode", ["make html", "make devserver"])
def test_a_rebuild_after_each_kind_of_change_is_the_clean_build(kind, mode, tmp_path, monkeypatch, request):
    if mode == "make devserver":
        request.getfixturevalue("devserver")
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    before = files(output)
    CHANGES[kind](project)
    build(str(project / "pelicanconf.py"), str(output))
    assert files(output) != before, "the change changed nothing: the test would prove nothing"
    assert_same_site(output, clean_build(project, tmp_path / "clean", monkeypatch))


@pytest.mark.parametrize("mode", ["make html", "make devserver"])
def test_switching_to_the_published_settings_and_back_rebuilds_as_clean_builds(mode, tmp_path, monkeypatch, request):
    if mode == "make devserver":
        request.getfixturevalue("devserver")
    project = copy_project(tmp_path / "project")
    output = project / "output"
    for settings in ("pelicanconf.py", "publishconf.py", "pelicanconf.py"):
        build(str(project / settings), str(output))
        assert_same_site(output, clean_build(project, tmp_path / f"clean-{settings}", monkeypatch, settings))


def test_pages_made_again_from_memory_say_their_warnings_again(tmp_path, monkeypatch, devserver, caplog):
    """`make devserver` reuses the last build's pages when nothing they are made from changed:
    what making them warned about is said again, as a build that made them would."""
    import logging

    real = generator_module.build_pages

    def warning_pages(config, story, *kept):
        logging.getLogger("explainer.site.pages").warning("[explainer] a page builder's warning")
        return real(config, story, *kept)

    monkeypatch.setattr(generator_module, "build_pages", warning_pages)
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    CHANGES["template"](project)
    calls = []
    monkeypatch.setattr(generator_module, "build_pages", lambda *a: calls.append(1) or warning_pages(*a))
    caplog.clear()
    build(str(project / "pelicanconf.py"), str(output))
    assert calls == []  # the pages were the last build's
    assert caplog.text.count("a page builder's warning") == 1


def test_rebuilding_unchanged_inputs_writes_the_same_site(tmp_path, monkeypatch, devserver):
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    first = files(output)
    build(str(project / "pelicanconf.py"), str(output))
    assert files(output) == first


def test_after_one_seed_changes_the_devserver_keeps_the_other_source_pages_and_their_keys(tmp_path, monkeypatch, devserver):
    """Only the edited source's page is made and digested again; the site is still a clean build's."""
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    before = {source_id: entry[3] for source_id, entry in devserver.source_pages.items()}
    digested = []
    real = incremental.Digester.of
    monkeypatch.setattr(incremental.Digester, "of", lambda self, value: digested.append(value) or real(self, value))
    CHANGES["seed"](project)
    monkeypatch.setattr(parallel, "can_split", lambda: False)  # every page keyed in this process
    build(str(project / "pelicanconf.py"), str(output))
    after = {source_id: entry[3] for source_id, entry in devserver.source_pages.items()}
    assert len(before) == len(after) > 1
    assert [i for i in after if after[i] is not before[i]] == [BBC]
    source_pages = [v for v in digested if getattr(v, "template", None) == "source"]
    assert [page.save_as for page in source_pages] == [after[BBC].save_as]
    assert_same_site(output, clean_build(project, tmp_path / "clean", monkeypatch))


@pytest.fixture
def rendered(monkeypatch):
    """The pages rendered (by Pelican's writer), in one process: no child takes a share."""
    from pelican.writers import Writer

    names: list[str] = []
    real = Writer.write_file

    def counting(self, name, *args, **kwargs):
        names.append(name)
        return real(self, name, *args, **kwargs)

    monkeypatch.setattr(Writer, "write_file", counting)
    monkeypatch.setattr(parallel, "can_split", lambda: False)
    return names


def inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*.html")}


def test_unchanged_pages_are_copied_and_changed_ones_rendered(tmp_path, rendered):
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    pages = set(rendered)
    assert PROFILE in pages and f"sources/{BBC}.html" in pages and len(pages) > 30

    rendered.clear()
    first = inodes(output)
    build(str(project / "pelicanconf.py"), str(output))
    assert rendered == []  # nothing changed: every page copied
    assert inodes(output) == first  # the very files, hard-linked into the new site

    rendered.clear()
    CHANGES["template"](project)  # profile.html: the profiles, and nothing else
    build(str(project / "pelicanconf.py"), str(output))
    assert PROFILE in rendered
    assert set(rendered) == {name for name in pages if name.startswith("people/")}
    kept = inodes(output)
    assert all(kept[name] == first[name] for name in first if not name.startswith("people/"))
    assert kept[PROFILE] != first[PROFILE]

    rendered.clear()
    CHANGES["seed"](project)  # one number in the BBC's article
    build(str(project / "pelicanconf.py"), str(output))
    assert f"sources/{BBC}.html" in rendered
    assert "sources/000_c534272e422073ca.html" not in rendered  # another outlet's article
    assert len(rendered) < len(pages) / 2, rendered


def test_a_template_edit_that_changes_no_output_renders_nothing(tmp_path, rendered):
    """What a template says is its syntax tree: a comment is not part of it."""
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    before = files(output)
    base = project / "theme" / "templates" / "base.html"
    replace(base, "</footer>", "{# an editor's note #}</footer>")
    rendered.clear()
    build(str(project / "pelicanconf.py"), str(output))
    assert rendered == []
    assert files(output) == before


def test_a_page_changed_in_the_site_by_hand_is_rendered_again(tmp_path, rendered):
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    page = output / PROFILE
    clean = page.read_bytes()
    page.write_bytes(clean.replace(b"<h1>", b"<h1>Edited by hand: "))
    rendered.clear()
    build(str(project / "pelicanconf.py"), str(output))
    assert rendered == [PROFILE]
    assert page.read_bytes() == clean


def test_the_data_files_are_copied_while_the_story_is_the_same(tmp_path, rendered):
    project = copy_project(tmp_path / "project")
    output = project / "output"
    build(str(project / "pelicanconf.py"), str(output))
    data = {p.name: p.stat().st_ino for p in (output / "data").iterdir()}
    CHANGES["template"](project)
    build(str(project / "pelicanconf.py"), str(output))
    assert {p.name: p.stat().st_ino for p in (output / "data").iterdir()} == data
    CHANGES["seed"](project)
    build(str(project / "pelicanconf.py"), str(output))
    assert (output / "data" / "story.json").stat().st_ino != data["story.json"]
    assert b"a big achievement" in (output / "data" / "story.json").read_bytes()


def test_pelican_run_directly_leaves_unchanged_pages_in_place(tmp_path, rendered):
    """Without `build.py` (Pelican writing into its output folder), a page whose inputs did not
    change is not written at all."""
    from pelican import Pelican
    from pelican.settings import read_settings

    project = copy_project(tmp_path / "project")
    settings = read_settings(str(project / "pelicanconf.py"), override={"OUTPUT_PATH": str(project / "output")})
    Pelican(settings).run()
    first = {p: p.stat().st_mtime_ns for p in (project / "output").rglob("*.html")}
    rendered.clear()
    Pelican(read_settings(str(project / "pelicanconf.py"), override={"OUTPUT_PATH": str(project / "output")})).run()
    assert rendered == []
    assert {p: p.stat().st_mtime_ns for p in (project / "output").rglob("*.html")} == first


# What the templates look up in the Story ------------------------------------------------------


def test_a_page_depends_on_the_sentences_it_cites_not_on_the_whole_article(tmp_path):
    project = copy_project(tmp_path / "project")
    seeds, people = project / "seeds", project / "content" / "people"
    story = build_story(seeds, people)
    recorder = Recorder()
    view = StoryView(story, recorder)
    source = story.source_map[BBC]
    cited, other = source.sentences[0].id, next(s for s in source.sentences if "123 prisoners" in s.text).id
    with recorder.recording() as looked_up:
        assert view.source_map[BBC].outlet == source.outlet
        assert view.source_map[BBC].sentence(cited).text == source.sentence(cited).text
        assert len(view.sources) == len(story.sources)
    assert looked_up == {("source", BBC, "outlet"), ("source", BBC, "sentence", (cited,)), ("len", "sources")}
    recorded = Dependencies(story, Digester()).digests(looked_up)
    accept_edit(seeds / f"{BBC}.txt", b"123 prisoners", b"124 prisoners")
    edited = build_story(seeds, people)
    assert cited != other and edited.source_map[BBC] != source
    assert Dependencies(edited, Digester()).hold(recorded)  # another sentence changed: still holds
    with recorder.recording() as looked_up:
        view.source_map[BBC].sentence(other)
    recorded = Dependencies(story, Digester()).digests(looked_up)
    assert not Dependencies(edited, Digester()).hold(recorded)  # the sentence it shows changed


def test_a_value_that_holds_the_whole_story_has_no_key(story):
    with pytest.raises(incremental.Unkeyable):
        Digester().of({"story": story})


def test_equal_values_have_equal_digests_however_their_objects_are_shared():
    word = "".join(["shared", " word"])
    shared = [word, word]
    separate = ["".join(["shared", " word"]), "".join(["shared", " word"])]
    assert Digester().of(shared) == Digester().of(separate)


# The caches in memory -------------------------------------------------------------------------


def test_a_cache_in_memory_gives_back_the_object_it_was_given_and_forgets_what_a_build_left(tmp_path):
    kept: dict = {}
    cache = BuildCache(tmp_path / "cache", memory=kept)
    value = {"made": "once"}
    cache.put(cache.key("a"), value)
    again = BuildCache(tmp_path / "cache", memory=kept)
    assert again.get(again.key("a")) is value
    again.prune()
    assert list(kept.values()) == [value]
    third = BuildCache(tmp_path / "cache", memory=kept)
    third.key("b")
    third.prune()
    assert kept == {}


# Work shared with a child -----------------------------------------------------------------------


def test_shared_work_comes_back_in_order_whoever_did_it():
    items = list(range(200))
    assert parallel.map_shared(lambda item, offset: item + offset, items, 5) == [i + 5 for i in items]


def test_shared_work_longer_than_a_pipe_holds_is_shared_too():
    items = list(range(30_000))  # a queue of 120 KB: more than a pipe holds unless grown
    assert parallel.map_shared(lambda item: item + 1, items) == [item + 1 for item in items]


def test_shared_work_a_child_failed_is_done_here(monkeypatch):
    parent = os.getpid()

    def work(item):
        if os.getpid() != parent:
            os._exit(3)  # the child dies mid-way
        return item * 2

    assert parallel.map_shared(work, list(range(100))) == [i * 2 for i in range(100)]


def test_an_error_in_shared_work_is_raised_here():
    def work(item):
        if item == 7:
            raise ValueError("item 7 is bad")
        return item

    with pytest.raises(ValueError, match="item 7 is bad"):
        parallel.map_shared(work, list(range(100)))


def test_a_forked_job_answers_and_a_failed_one_is_done_here(tmp_path):
    parent = os.getpid()
    assert parallel.Forked(lambda a, b: (a + b, os.getpid() != parent), 2, 3).result() == (5, True)

    def fails_in_the_child():
        if os.getpid() != parent:
            raise OSError("no space left on the device")
        return "done here"

    assert parallel.Forked(fails_in_the_child).result() == "done here"


def test_a_forked_job_nobody_waited_for_is_stopped():
    import threading

    job = parallel.Forked(threading.Event().wait)  # a child that would wait forever
    assert job.forked
    pid = job.pid
    parallel.reap()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_adaptive_work_answered_at_once_stays_in_this_process():
    parent = os.getpid()
    with parallel.adaptive():
        assert {pid for pid in parallel.map_sources(lambda item: os.getpid(), list(range(200)))} == {parent}


def test_adaptive_work_with_one_slow_item_among_quick_ones_stays_in_this_process():
    parent = os.getpid()

    def edited_one_slow(item):  # the one edited seed, read again among answers kept in memory
        if item == 2:
            time.sleep(0.3)
        return os.getpid()

    with parallel.adaptive():
        assert set(parallel.map_sources(edited_one_slow, list(range(200)))) == {parent}


def test_adaptive_work_that_takes_time_is_shared():
    parent = os.getpid()

    def slow(item):
        time.sleep(0.01)
        return os.getpid()

    with parallel.adaptive():
        pids = parallel.map_sources(slow, list(range(100)))
    assert pids[0] == parent and len(set(pids)) == 2


# make devserver ---------------------------------------------------------------------------------


def test_the_devserver_serves_from_a_child_rebuilds_as_a_clean_build_and_leaves_nothing_running(
    tmp_path, monkeypatch
):
    project = copy_project(tmp_path / "project")
    output = project / "output"
    monkeypatch.chdir(project)  # the clean builds' warnings name files as the devserver's do
    env = {**os.environ, "PYTHONPATH": str(project / "plugins"), "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "explainer.devserver", "-s", str(project / "pelicanconf.py"), "-o", str(output),
         "-b", "127.0.0.1", "-p", "0"],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = []

        def wait_for(prefix: str) -> str:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                line = server.stdout.readline()
                assert line, f"the devserver stopped: {lines}"
                lines.append(line)
                if line.startswith(prefix):
                    return line
            raise AssertionError(f"no {prefix!r} line: {lines}")

        serving = wait_for("serving")
        port = int(re.search(r":(\d+)/", serving).group(1))
        wait_for("watching")
        with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
            connection.sendall(b"GET /index.html HTTP/1.0\r\n\r\n")
            assert connection.recv(100).startswith(b"HTTP/1.0 200")
        for kind in ("template", "seed"):
            time.sleep(0.5)  # the watcher starts after its line
            CHANGES[kind](project)
            wait_for("changed")
            wait_for("watching")
            assert_same_site(output, clean_build(project, tmp_path / f"clean-{kind}", monkeypatch))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        errors = server.stderr.read()
        server.stdout.close()
        server.stderr.close()
    assert server.returncode == 0, errors
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the serving child goes with the devserver
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the site is still served after the devserver stopped")
