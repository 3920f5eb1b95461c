"""Shared fixtures: the real seeds, the real story, and whole builds of the real site."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from explainer.build import build  # noqa: E402
from explainer.sources import load_sources  # noqa: E402
from explainer.story import build_story  # noqa: E402

PROJECT_PARTS = ("pelicanconf.py", "publishconf.py", "seeds", "content", "theme", "plugins")


@pytest.fixture(scope="session")
def sources():
    return {s.id: s for s in load_sources(ROOT / "seeds")}


@pytest.fixture(scope="session")
def story():
    return build_story(ROOT / "seeds")


def copy_project(target: Path) -> Path:
    """A copy of the project that a test may break without touching the real one."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def run_build(project_dir: Path, settings: str = "pelicanconf.py", output: str = "output", *extra: str):
    """`make html` as the editor runs it: a subprocess, its exit code and its words."""
    return subprocess.run(
        [sys.executable, "-m", "explainer.build", "-s", str(project_dir / settings), "-o",
         str(project_dir / output), *extra],
        cwd=project_dir, capture_output=True, text=True,
        env={"PYTHONPATH": str(project_dir / "plugins"), "PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1765584000"},
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The editor's build of the real site."""
    out = tmp_path_factory.mktemp("site") / "output"
    build(str(ROOT / "pelicanconf.py"), str(out))
    return out


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The published build: only cited sentences of each source."""
    out = tmp_path_factory.mktemp("published") / "output"
    build(str(ROOT / "publishconf.py"), str(out))
    return out
