"""Starting a story of your own: `make new-story`, then articles, people and a front page.

Story-agnostic: these tests build stories of their own in copies of the project (the skeleton
of `make new-story`, then two invented articles), whatever story the project holds, and check
them with the checks of tests/test_any_story.py. Also here: every problem of every seed and
sidecar is reported in one run, and `make serve` without a build says to build first.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, run_build
from test_any_story import story_problems, unreadable

ERROR_LINE = re.compile(r"^error: (?P<file>[^:]+?)(?::(?P<line>\d+))?: (?P<what>[^;]+); (?P<todo>.+)$")

ARTICLES = {
    "01_harbour_gazette": (
        "outlet: Harbour Gazette\npublished: 2026-03-14\n",
        "Council approves new sea wall\n\n"
        "The town council voted on Friday to build a new sea wall along the harbour. "
        "Mayor Ingrid Solberg said the wall would protect 400 homes from winter storms.\n\n"
        "The work will cost 12 million euros and begin in May, the council said. "
        "Engineer Tomas Lindqvist, who drew up the plans, called the vote a relief.\n",
    ),
    "02_coast_radio": (
        "outlet: Coast Radio\npublished: 2026-03-15\n",
        "Sea wall vote splits the harbour\n\n"
        "Councillors approved the sea wall by seven votes to four on Friday. "
        "Mayor Solberg told Coast Radio that \"the harbour cannot wait another winter\".\n\n"
        "Some fishermen fear the wall will narrow the harbour mouth. "
        "Lindqvist said the design leaves the channel as wide as it is today.\n",
    ),
}
PEOPLE = {
    "ingrid-solberg.md": "Title: Ingrid Solberg\nAliases: Solberg\nRole: Mayor\nGroup: The council\n\n"
                         "The town's mayor [cite 01 \"Mayor Ingrid Solberg said the wall\"].\n",
    "tomas-lindqvist.md": "Title: Tomas Lindqvist\nAliases: Lindqvist\nRole: Engineer\nGroup: The engineers\n\n"
                          "He drew up the plans.\n",
}
FRONT_PAGE = (
    "Title: The harbour gets a sea wall\n\n"
    "The council voted for a new sea wall [cite 01 \"voted on Friday to build a new sea wall\"], by seven "
    "votes to four [cite 02 \"by seven votes to four\"]. The mayor said "
    "[quote 02 \"the harbour cannot wait another winter\"].\n"
)


def project_with_make(target: Path) -> Path:
    """A copy of the project that `make` can run in: the example story, the Makefile, the
    skeleton, and the repository's .venv (linked, so no target installs anything)."""
    project = copy_project(target, story=ROOT)
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy2(ROOT / name, project / name)
    shutil.copytree(ROOT / "skeleton", project / "skeleton")
    (project / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return project


def make(project: Path, *targets: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    return subprocess.run(["make", "--no-print-directory", *targets], cwd=project, capture_output=True,
                           text=True, env=env)


@pytest.fixture
def new_story(tmp_path) -> Path:
    project = project_with_make(tmp_path / "project")
    started = make(project, "new-story")
    assert started.returncode == 0, started.stderr
    return project


def test_new_story_moves_the_example_away_and_leaves_a_skeleton(new_story):
    assert sorted(p.name for p in (new_story / "examples" / "belarus" / "seeds").glob("*.txt")) == sorted(
        p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert (new_story / "examples" / "belarus" / "content" / "index.md").read_bytes() == (
        ROOT / "content" / "index.md").read_bytes()
    assert [p.name for p in (new_story / "seeds").iterdir()] == ["README.md"]
    assert [p.name for p in (new_story / "content" / "people").iterdir()] == ["_example.md"]
    index = (new_story / "content" / "index.md").read_text(encoding="utf-8")
    assert index.startswith("Title: ") and "[cite " in index and "SITENAME in pelicanconf.py" in index
    again = make(new_story, "new-story")
    assert again.returncode != 0 and "already exists" in again.stderr


def test_the_empty_skeleton_builds_a_clean_site_that_says_it_has_no_sources(new_story):
    assert story_problems(new_story, rebuild=False) == []
    front = (new_story / "output" / "index.html").read_text(encoding="utf-8")
    assert "no sources yet" in front
    # The commented example person is not published.
    assert not (new_story / "output" / "people").exists()
    assert "Example Person" not in "".join(p.read_text(encoding="utf-8") for p in (new_story / "output").rglob("*.html"))


def test_two_articles_two_people_and_a_front_page_build_a_site_that_passes_every_check(new_story):
    for sid, (sidecar, text) in ARTICLES.items():
        (new_story / "seeds" / f"{sid}.txt").write_text(text, encoding="utf-8")
        (new_story / "seeds" / f"{sid}.yaml").write_text(sidecar, encoding="utf-8")  # no sha256: new
    for name, text in PEOPLE.items():
        (new_story / "content" / "people" / name).write_text(text, encoding="utf-8")
    (new_story / "content" / "index.md").write_text(FRONT_PAGE, encoding="utf-8")

    assert story_problems(new_story) == []
    output = new_story / "output"
    assert sorted(p.stem for p in (output / "sources").glob("*.html")) == sorted(ARTICLES)
    assert sorted(p.stem for p in (output / "people").glob("*.html")) == ["ingrid-solberg", "tomas-lindqvist"]
    front = (output / "index.html").read_text(encoding="utf-8")
    assert "The harbour gets a sea wall" in front and "no sources yet" not in front
    assert "Harbour Gazette" in front and "Coast Radio" in front


def test_make_example_puts_the_example_back_only_over_an_untouched_skeleton(new_story):
    (new_story / "seeds" / "01_mine.txt").write_text("My article.\n", encoding="utf-8")
    refused = make(new_story, "example")
    assert refused.returncode != 0 and "holds your own story" in refused.stderr
    assert (new_story / "seeds" / "01_mine.txt").exists()
    (new_story / "seeds" / "01_mine.txt").unlink()
    restored = make(new_story, "example")
    assert restored.returncode == 0, restored.stderr
    assert not (new_story / "examples" / "belarus").exists()
    assert sorted(p.name for p in (new_story / "seeds").iterdir()) == sorted(p.name for p in (ROOT / "seeds").iterdir())


def test_every_problem_of_every_sidecar_is_reported_in_one_run(tmp_path):
    project = copy_project(tmp_path / "project")
    seeds = sorted((project / "seeds").glob("*.yaml"))
    seeds[0].write_text("published: 2025-12-13\n", encoding="utf-8")  # no outlet
    seeds[-1].write_text(seeds[-1].read_text(encoding="utf-8").replace("published: 2025-12-13", "published: 2025-13-45"),
                         encoding="utf-8")
    (project / "seeds" / "zz_stray.yaml").write_text("outlet: Nobody\npublished: 2025-12-13\n", encoding="utf-8")

    result = run_build(project)

    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == 4, result.stderr  # three problems, a line each, and "not rebuilt"
    named = [ERROR_LINE.match(line)["file"] for line in lines[:3]]
    assert named == [f"seeds/{n}" for n in ("zz_stray.yaml", seeds[0].name, seeds[-1].name)], result.stderr
    assert "outlet" in lines[1] and "2025-13-45" in lines[2]
    assert lines[3].startswith("error: the site was not rebuilt")


def test_the_built_site_is_readable_by_a_web_server(tmp_path):
    project = copy_project(tmp_path / "project")
    old = os.umask(0o077)  # a strict umask, as on a shared server: the build still opens it up
    try:
        result = run_build(project)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert unreadable(project / "output") == []
    assert (project / "output").stat().st_mode & 0o777 == 0o755


def test_make_serve_without_a_build_says_to_build_first(tmp_path):
    project = project_with_make(tmp_path / "project")
    result = make(project, "serve")
    assert result.returncode != 0
    assert "build the site first with make html" in result.stderr


def test_another_story_dropped_in_builds_and_names_each_file_written_for_the_old_one(tmp_path):
    """The README's promise for a fresh fork: replace seeds/ and content/people/ with another
    story's and build. The example's front page, method page, timeline plan and outlets note
    cite seeds that are gone: each is left out with a warning naming it, never a failed build."""
    from test_any_story import COURT

    project = copy_project(tmp_path / "project")
    for part in (project / "seeds", project / "content" / "people"):
        shutil.rmtree(part)
    shutil.copytree(COURT / "seeds", project / "seeds")
    shutil.copytree(COURT / "people", project / "content" / "people")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    for name in ("content/index.md", "content/pages/method.md", "content/timeline.yaml", "content/outlets.md"):
        assert f"{name}: cites only seeds this story does not have" in result.stderr, name
    front = (project / "output" / "index.html").read_text(encoding="utf-8")
    assert "Belarus" not in front and "Jodi Arias" in (project / "output" / "people.html").read_text(encoding="utf-8")
    assert story_problems(project, rebuild=False) == []


def test_a_single_unknown_seed_among_the_citations_is_still_an_error(tmp_path):
    project = copy_project(tmp_path / "project")
    index = project / "content" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + '\nAlso [cite 999 "Belarus"].\n', encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 1 and "source '999' is not a seed" in result.stderr
