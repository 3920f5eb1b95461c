"""The folder the site is built in: one build at a time, nothing left behind by a killed build,
a read-only previous site that never wedges the next build, Ctrl-C as one line, and a damaged
cache that only makes the build slower."""

from __future__ import annotations

import errno
import os
import pickle
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import run_build
from explainer import build as build_module
from explainer.base.errors import ExplainerError
from explainer.build import build_lock, check_site_url

WARNING = re.compile(r"^WARNING: ")


def problem_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if not WARNING.match(line)]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def staging_left(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".output"))


@pytest.fixture
def built(project) -> Path:
    """A project with a site built in output/."""
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project


# --- One build at a time -------------------------------------------------------------------------


def test_a_build_while_another_holds_the_folder_says_so_in_one_line(built):
    before = snapshot(built / "output")
    with build_lock(built / "output"):
        result = run_build(built)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = problem_lines(result)
    assert len(lines) == 2 and "another build is running" in lines[0], result.stderr
    assert lines[0].startswith("error: output: ")
    assert snapshot(built / "output") == before
    assert staging_left(built) == []
    assert run_build(built).returncode == 0  # the lock went with its holder


def test_two_builds_at_once_never_fail_for_another_reason(built):
    command = [sys.executable, "-m", "explainer.build", "-s", str(built / "pelicanconf.py"), "-o", str(built / "output")]
    env = {"PYTHONPATH": str(built / "plugins"), "PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1765584000"}
    runs = [subprocess.Popen(command, cwd=built, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    assert any(code == 0 for code, _ in results), results
    for code, stderr in results:
        assert code == 0 or (code == 1 and "another build is running" in stderr), stderr
    assert (built / "output" / "index.html").is_file()
    assert staging_left(built) == []


# --- What killed builds leave ----------------------------------------------------------------------


def test_staging_folders_a_killed_build_left_are_removed_and_nothing_else(built, tmp_path):
    for name in (".output-abcd1234", ".output-old", ".output-old-0123abcd"):
        (built / name / "sources").mkdir(parents=True)
        (built / name / "sources" / "page.html").write_text("half a site", encoding="utf-8")
    (built / ".output-old-0123abcd" / "sources").chmod(0o555)  # a site made read-only
    (built / ".output-notes").mkdir()  # not a name a build gives
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("not the build's", encoding="utf-8")
    (built / ".output-zzzz9999").symlink_to(elsewhere, target_is_directory=True)  # a link: never followed

    result = run_build(built)

    assert result.returncode == 0, result.stderr
    assert staging_left(built) == [".output-notes", ".output-zzzz9999"]
    assert (elsewhere / "keep.txt").read_text(encoding="utf-8") == "not the build's"


# --- A previous site that cannot be removed --------------------------------------------------------


@pytest.fixture
def folder_permissions(monkeypatch):
    """Removing a name needs write permission on its folder, for root too: root ignores modes,
    so as root the rule is enforced here, in the build's own process."""
    if os.geteuid() != 0:
        return
    real_unlink, real_rmdir = os.unlink, os.rmdir

    def allowed(path, dir_fd):
        if dir_fd is not None:
            mode = os.fstat(dir_fd).st_mode
        else:
            mode = os.stat(os.path.dirname(os.path.abspath(path))).st_mode
        if not mode & stat.S_IWUSR:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)

    def unlink(path, *, dir_fd=None):
        allowed(path, dir_fd)
        return real_unlink(path, dir_fd=dir_fd)

    def rmdir(path, *, dir_fd=None):
        allowed(path, dir_fd)
        return real_rmdir(path, dir_fd=dir_fd)

    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "rmdir", rmdir)


def read_only(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        path.chmod(0o444 if path.is_file() else 0o555)
    folder.chmod(0o555)


def test_a_read_only_site_is_replaced_and_never_wedges_the_next_build(built, folder_permissions, capsys):
    """`chmod -R a-w output` (or a site copied from a read-only medium) used to end every later
    build with a false "output/ is unchanged"."""
    for _ in range(2):
        read_only(built / "output")
        code = build_module.main(["-s", str(built / "pelicanconf.py"), "-o", str(built / "output")])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert out.startswith("built ") and "unchanged" not in err
        assert staging_left(built) == []
        assert os.stat(built / "output").st_mode & 0o777 == 0o755  # the new site, readable by a server


def test_a_previous_site_that_cannot_be_removed_is_a_warning_and_goes_next_time(built, monkeypatch, capsys, caplog):
    real = build_module._remove_tree

    def refuse(path):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(build_module, "_remove_tree", refuse)
    code = build_module.main(["-s", str(built / "pelicanconf.py"), "-o", str(built / "output")])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("built "), err
    assert "the previous site could not be removed (Permission denied); remove it by hand" in caplog.text
    [left] = staging_left(built)
    assert re.fullmatch(r"\.output-old-[0-9a-f]{8}", left)
    monkeypatch.setattr(build_module, "_remove_tree", real)
    assert build_module.main(["-s", str(built / "pelicanconf.py"), "-o", str(built / "output")]) == 0
    assert staging_left(built) == []


def test_output_that_is_a_file_is_refused_and_kept(project):
    (project / "output").write_text("my notes", encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 1
    lines = problem_lines(result)
    assert len(lines) == 2 and lines[0].startswith("error: output: is a file, not the site's folder; "), result.stderr
    assert (project / "output").read_text(encoding="utf-8") == "my notes"


# --- Ctrl-C ----------------------------------------------------------------------------------------


def test_ctrl_c_is_one_line_exit_130_and_the_previous_site_stays(built):
    before = snapshot(built / "output")
    command = [sys.executable, "-m", "explainer.build", "-s", str(built / "pelicanconf.py"), "-o", str(built / "output")]
    env = {"PYTHONPATH": str(built / "plugins"), "PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1765584000"}
    # Ctrl-C as the editor's terminal sends it, even when the tests run where SIGINT is ignored
    # (a job started with `&` from a script inherits that, and so would the build).
    run = subprocess.Popen(command, cwd=built, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not any(re.fullmatch(r"\.output-[a-z0-9_]{8}", name) for name in staging_left(built)):
        assert run.poll() is None and time.monotonic() < deadline, "the build ended before it was interrupted"
        time.sleep(0.005)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert "Traceback" not in err + out
    lines = [line for line in err.splitlines() if not WARNING.match(line)]
    assert lines == ["error: interrupted (Ctrl-C); the site was not rebuilt, output/ is unchanged"], err
    assert snapshot(built / "output") == before
    assert staging_left(built) == []


# --- A damaged cache ---------------------------------------------------------------------------------


def test_cache_entries_of_the_wrong_kind_only_make_the_build_slower(built):
    first = snapshot(built / "output")
    cache = built / "cache"
    damaged = 0
    for folder in ("explainer-seeds", "explainer-findings", "explainer-story"):
        for number, entry in enumerate(sorted((cache / folder).glob("*.pickle"))):
            entry.unlink()
            if number % 3 == 0:
                entry.write_bytes(pickle.dumps({"a": "dict"} if folder == "explainer-story" else [1, 2, 3]))
            elif number % 3 == 1:
                entry.write_bytes(pickle.dumps((frozenset(), frozenset(), "not findings")))
            else:
                os.mkfifo(entry)  # never waited on
            damaged += 1
    assert damaged >= 11

    result = run_build(built)

    assert result.returncode == 0, result.stderr
    assert problem_lines(result) == []
    assert snapshot(built / "output") == first


def test_a_cache_that_is_a_file_is_one_warning(built):
    first = snapshot(built / "output")
    shutil.rmtree(built / "cache")
    (built / "cache").write_text("not a folder", encoding="utf-8")
    result = run_build(built)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "cache" in line]
    assert warnings == ["WARNING: [explainer] cache: not a folder, so this build keeps no cache and is slower; "
                        "remove it (make clean)"], result.stderr
    assert snapshot(built / "output") == first


# --- The site's address --------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["", "https://user.github.io/repository", "http://127.0.0.1:8000/", "https://example.org/a_b-c.d~e/%7Ef"])
def test_a_site_url_is_a_web_address(url):
    check_site_url(url)


@pytest.mark.parametrize("url", [
    "https://example.org/&touch pwned&", "javascript:alert(1)", "example.org", "https://example.org/\"><script>",
    "https://example.org/$(id)", "https://example.org/`id`", "https://exa mple.org", "ftp://example.org",
    "https://example.org/?q=1", "https://example.org/a;b",
])
def test_anything_else_is_refused_in_one_line(url):
    with pytest.raises(ExplainerError) as err:
        check_site_url(url)
    message = str(err.value)
    assert "\n" not in message and message.count(";") == 1 and "SITEURL" in message


def test_a_bad_site_url_stops_the_build_before_anything_is_written(built):
    before = snapshot(built / "output")
    result = run_build(built, "publishconf.py", "output", "-e", "SITEURL=https://example.org/&touch pwned&")
    assert result.returncode == 1
    lines = problem_lines(result)
    assert len(lines) == 2 and lines[0].startswith("error: SITEURL 'https://example.org/&touch pwned&' is not"), lines
    assert snapshot(built / "output") == before
    assert not (built / "pwned").exists()
