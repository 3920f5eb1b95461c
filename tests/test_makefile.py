"""The Makefile quotes every path and value it gives a command: a checkout in a folder whose name
has a space (or an apostrophe) builds, and a value typed on the command line is handed over as
text, never run (`make publish SITEURL='...&touch x&'` runs no command and says what is wrong)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make")


@pytest.fixture(scope="module")
def spaced_project(tmp_path_factory) -> Path:
    """The project copied into a folder named with a space and an apostrophe, its .venv this
    interpreter (set up: the stamp `make` leaves once requirements.txt is installed is there)."""
    project = copy_project(tmp_path_factory.mktemp("make") / "the editor's projects" / "my story")
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy2(ROOT / name, project / name)
    venv_bin = project / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    (venv_bin / "python").chmod(0o755)
    checksum = subprocess.run("cksum < requirements.txt", shell=True, cwd=project, capture_output=True, text=True)
    (project / ".venv" / f".installed-{checksum.stdout.split()[0]}").touch()
    return project


def make(project: Path, *args: str, timeout: int = 300):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE") and k not in ("SITEURL", "PYTHONPATH")}
    env["SOURCE_DATE_EPOCH"] = "1765584000"
    return subprocess.run(["make", "--no-print-directory", *args], cwd=project, env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_make_html_builds_in_a_folder_whose_name_has_a_space_and_an_apostrophe(spaced_project):
    result = make(spaced_project, "html")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "built output/" in result.stdout
    assert (spaced_project / "output" / "index.html").is_file()


@pytest.mark.parametrize("siteurl", [
    "https://example.org/&touch pwned&",
    "https://example.org/;touch pwned",
    "https://example.org/$(touch pwned)",
    "https://example.org/`touch pwned`",
    "https://example.org/'; touch pwned; '",
    "$(shell touch pwned)",
])
def test_make_publish_runs_nothing_a_site_url_holds_and_says_what_is_wrong(spaced_project, siteurl):
    (spaced_project / "output").mkdir(exist_ok=True)
    (spaced_project / "output" / "marker.html").write_text("the previous site", encoding="utf-8")
    result = make(spaced_project, "publish", f"SITEURL={siteurl}")
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2 and errors[0].startswith("error: SITEURL ") and "is not a web address" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not list(spaced_project.rglob("pwned")) and not Path("pwned").exists()
    assert (spaced_project / "output" / "marker.html").read_text(encoding="utf-8") == "the previous site"


def test_a_port_is_handed_over_as_text(spaced_project):
    (spaced_project / "output").mkdir(exist_ok=True)
    result = make(spaced_project, "serve", "PORT=1;touch pwned", timeout=60)
    assert result.returncode != 0
    assert not list(spaced_project.rglob("pwned"))
