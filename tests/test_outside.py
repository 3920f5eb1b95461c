"""Nothing is read from outside the project, nor anything that is not a regular file, nor more
than a file's limit: links, devices, named pipes and sockets are refused with one line, in the
build and in `make accept-seeds` alike. (The hostile corpus holds a case for each kind of file
the build reads; these are the reader itself, and what the corpus cannot lay out.)"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_build
from explainer.base.errors import ExplainerError, display_path
from explainer.base.safefile import (
    MAX_OTHER_BYTES,
    MAX_PAGE_BYTES,
    check_project_file,
    project_roots,
    read_project_bytes,
    read_project_text,
)
from explainer.extract.sources import load_sources

BBC = "004_7df2e0f2d1cf324f"
WARNING = re.compile(r"^WARNING: ")


def refusal(path, *args, reader=read_project_bytes) -> str:
    with pytest.raises(ExplainerError) as err:
        reader(path, *args)
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{display_path(path)}: ")
    return message


# --- The reader ------------------------------------------------------------------------------------


def test_a_regular_file_and_a_link_inside_the_project_are_read(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "a.txt").write_bytes(b"The text.")
    (tmp_path / "seeds" / "a.txt").symlink_to("../archive/a.txt")
    assert read_project_bytes(tmp_path / "archive" / "a.txt", 100) == b"The text."
    assert read_project_bytes(tmp_path / "seeds" / "a.txt", 100) == b"The text."  # seeds/.. is the project


def test_a_link_leading_outside_the_project_is_refused(tmp_path):
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    (project / "content").mkdir(parents=True)
    elsewhere.mkdir()
    (elsewhere / "secret.md").write_text("Title: A secret\n", encoding="utf-8")
    (project / "content" / "page.md").symlink_to(elsewhere / "secret.md")
    with project_roots(project):
        message = refusal(project / "content" / "page.md", 100, "page")
    assert "is a link to" in message and "outside the project" in message and "copy the page into the project" in message
    with project_roots(project, elsewhere):  # a folder the settings name as an input is the project too
        assert read_project_bytes(project / "content" / "page.md", 100) == b"Title: A secret\n"


def test_a_link_that_leads_nowhere_or_in_a_loop_is_refused(tmp_path):
    (tmp_path / "gone.txt").symlink_to("deleted-since.txt")
    assert "leads to no file" in refusal(tmp_path / "gone.txt", 10)
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    assert "leads to no file" in refusal(tmp_path / "a.txt", 10)


def test_what_is_not_a_regular_file_is_named_and_never_opened(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer forever
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind("socket.txt")
    finally:
        os.chdir(here)
    assert "is a folder, not a regular file" in refusal(tmp_path / "folder.txt", 10, "article")
    assert "is a named pipe (FIFO)" in refusal(tmp_path / "pipe.txt", 10, "article")
    assert "is a socket" in refusal(tmp_path / "socket.txt", 10, "article")
    assert "does not exist" in refusal(tmp_path / "missing.txt", 10, "article")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_even_inside_the_roots(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with project_roots(tmp_path, "/dev"):
        assert "is a device" in refusal(tmp_path / "zero.txt", 10)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="no /proc")
def test_a_file_is_read_no_further_than_one_byte_past_its_limit_whatever_its_size_claims(tmp_path):
    """Files under /proc say they hold 0 bytes: the size is what is read, not what stat says."""
    (tmp_path / "environ.md").symlink_to("/proc/self/environ")
    assert os.stat("/proc/self/environ").st_size == 0
    with project_roots(tmp_path, "/proc"):
        assert len(read_project_bytes(tmp_path / "environ.md", 3)) == 4
        assert "larger than" in refusal(tmp_path / "environ.md", 3, "page", reader=read_project_text)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_file_says_so(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    assert "cannot be read (Permission denied); check the file's permissions" in refusal(path, 10)


def test_check_project_file_gives_the_file_to_open(tmp_path):
    (tmp_path / "real.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert check_project_file(tmp_path / "real.txt") == str(tmp_path / "real.txt")
    assert check_project_file(tmp_path / "link.txt") == os.path.realpath(tmp_path / "real.txt")


# --- Reading a folder of seeds directly ------------------------------------------------------------


def test_every_bad_seed_of_a_folder_is_named_in_one_run(project):
    seeds = project / "seeds"
    (seeds / "900_folder.txt").mkdir()
    (seeds / "901_gone.txt").symlink_to("901_deleted.txt")
    (seeds / "902_zero.txt").symlink_to("/dev/zero")
    os.mkfifo(seeds / "903_pipe.txt")
    with pytest.raises(ExplainerError) as err:
        load_sources(seeds)
    lines = str(err.value).splitlines()
    assert [line.split(":")[0] for line in lines] == [
        display_path(seeds / name) for name in ("900_folder.txt", "901_gone.txt", "902_zero.txt", "903_pipe.txt")
    ]


def test_seeds_whose_names_differ_only_in_letter_case_are_refused(project):
    seeds = project / "seeds"
    for suffix in (".txt", ".yaml"):
        (seeds / f"{BBC.upper()}{suffix}").write_bytes((seeds / f"{BBC}{suffix}").read_bytes())
    if (seeds / f"{BBC}.txt").samefile(seeds / f"{BBC.upper()}.txt"):
        pytest.skip("this file system ignores letter case")
    with pytest.raises(ExplainerError) as err:
        load_sources(seeds)
    assert str(err.value) == (
        f"{display_path(seeds / BBC)}.txt: the name differs from {BBC.upper()}.txt only in letter case, and the two would be "
        "one file on macOS and Windows; rename one of them (and its sidecar)"
    )


# --- Whole builds ----------------------------------------------------------------------------------


def refused(project: Path, *extra: str) -> str:
    result = run_build(project, "pelicanconf.py", "output", *extra)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if not WARNING.match(line)]
    assert len(lines) == 2 and lines[1].startswith("error: the site was not rebuilt"), result.stderr
    return lines[0]


def test_a_page_larger_than_any_page_needs_is_refused_before_it_is_read(project):
    (project / "content" / "pages" / "dump.md").write_text("Title: Dump\n\n" + "x" * MAX_PAGE_BYTES, encoding="utf-8")
    assert refused(project) == (
        "error: content/pages/dump.md: is 1.0 MB, far more than a page needs (1 MB at most); check that it is the right file"
    )


def test_a_huge_file_in_the_people_folder_is_refused_unread(project):
    video = project / "content" / "people" / "interview.mp4"
    with open(video, "wb") as handle:
        handle.truncate(MAX_OTHER_BYTES + 1)  # sparse: nothing is written, nor read
    assert refused(project) == (
        "error: content/people/interview.mp4: is 20.0 MB, and every file in people/ is read at each build; "
        "move it out of people/"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_page_and_folder_are_one_line_each(project):
    (project / "content" / "pages" / "method.md").chmod(0)
    assert refused(project).startswith("error: content/pages/method.md: cannot be read (Permission denied); ")
    (project / "content" / "pages" / "method.md").chmod(0o644)
    (project / "content" / "people").chmod(0)
    try:
        assert refused(project).startswith("error: content/people: cannot be read (Permission denied); ")
    finally:
        (project / "content" / "people").chmod(0o755)


def test_links_inside_the_project_build(project):
    (project / "notes").mkdir()
    (project / "content" / "pages" / "method.md").rename(project / "notes" / "method.md")
    (project / "content" / "pages" / "method.md").symlink_to("../../notes/method.md")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    assert (project / "output" / "method.html").is_file()


# --- make accept-seeds -----------------------------------------------------------------------------


def accept(project: Path):
    return subprocess.run(
        [sys.executable, "-m", "explainer.build", "--accept-seeds", "seeds"], cwd=project, capture_output=True,
        text=True, env={"PYTHONPATH": str(project / "plugins"), "PATH": "/usr/bin:/bin"},
    )


def sidecars(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "seeds").glob("*.yaml")) if p.is_file()}


@pytest.mark.parametrize("damage, says", [
    (lambda seeds: (seeds / f"{BBC}.txt").unlink() or (seeds / f"{BBC}.txt").symlink_to("/etc/passwd"),
     f"seeds/{BBC}.txt: is a link to /etc/passwd, outside the project"),
    (lambda seeds: (seeds / f"{BBC}.yaml").unlink() or os.mkfifo(seeds / f"{BBC}.yaml"),
     f"seeds/{BBC}.yaml: is a named pipe (FIFO), not a regular file"),
    (lambda seeds: (seeds / f"{BBC}.yaml").unlink() or (seeds / f"{BBC}.yaml").symlink_to("/dev/zero"),
     f"seeds/{BBC}.yaml: is a link to /dev/zero, outside the project"),
])
def test_accept_seeds_refuses_the_same_and_records_nothing(project, damage, says):
    seeds = project / "seeds"
    edited = seeds / "003_0f156859665e8b4b.txt"
    edited.write_bytes(edited.read_bytes() + b"\nAn added line.\n")  # a hash that would be recorded
    damage(seeds)
    before = sidecars(project)
    result = accept(project)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"error: {says}"), result.stderr
    assert result.stderr.splitlines()[1:] == ["error: no sha256 was recorded"]
    assert sidecars(project) == before


def test_accept_seeds_records_a_seed_read_through_a_link_inside_the_project(project):
    seeds = project / "seeds"
    (project / "archive").mkdir()
    (seeds / f"{BBC}.txt").rename(project / "archive" / f"{BBC}.txt")
    (seeds / f"{BBC}.txt").symlink_to(f"../archive/{BBC}.txt")
    article = project / "archive" / f"{BBC}.txt"
    article.write_bytes(article.read_bytes() + b"\nAn added line.\n")
    result = accept(project)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"recorded the new sha256 of seeds/{BBC}.txt\n"
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    assert f"sha256: {digest}\n" in (seeds / f"{BBC}.yaml").read_text(encoding="utf-8")
