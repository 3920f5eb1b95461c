"""Shared fixtures: the example story (a frozen copy under tests/fixtures/example/), and whole
builds of it.

The plugin's own tests read the fixture, never the project's seeds/ and content/, which hold
whatever story the editor is telling: `EXAMPLE` is the example story (its seeds/ and content/),
`copy_project` a project made of the repository's plugins, theme and settings with a story's
seeds/ and content/ (the example's unless told otherwise). The checks that hold for any story
run over the project's own story in tests/test_any_story.py.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from explainer.build import build  # noqa: E402
from explainer.extract.sources import load_sources  # noqa: E402
from explainer.story import build_story  # noqa: E402

# The example story, frozen: the plugin's tests assert facts of its five articles.
EXAMPLE = ROOT / "tests" / "fixtures" / "example"
CODE_PARTS = ("pelicanconf.py", "publishconf.py", "theme", "plugins")
STORY_PARTS = ("seeds", "content")
PROJECT_PARTS = CODE_PARTS + STORY_PARTS


@pytest.fixture(scope="session")
def sources():
    return {s.id: s for s in load_sources(EXAMPLE / "seeds")}


@pytest.fixture(scope="session")
def story():
    return build_story(EXAMPLE / "seeds")


def invented_story(tmp_path: Path, articles: dict[str, str], people: dict[str, str] | None = None,
                   published: str = "2019-07-16", aliases: dict[str, str] | None = None):
    """A story of one invented seed per outlet (`articles`: id -> text) and registered `people`
    (slug -> name, each with the surname as an alias, or the `aliases` line given for its slug)."""
    seeds, folder = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir()
    folder.mkdir()
    for sid, text in articles.items():
        (seeds / f"{sid}.txt").write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        (seeds / f"{sid}.yaml").write_text(f"outlet: Outlet {sid}\npublished: {published}\n", encoding="utf-8")
    for slug, name in (people or {}).items():
        alias = (aliases or {}).get(slug, name.split()[-1])
        (folder / f"{slug}.md").write_text(f"Title: {name}\n" + (f"Aliases: {alias}\n" if alias else ""), encoding="utf-8")
    return build_story(seeds, folder)


def copy_project(target: Path, story: Path = EXAMPLE) -> Path:
    """A project a test may break without touching the real one: the repository's plugins,
    theme and settings with `story`'s seeds/ and content/ (the example story by default; pass
    ROOT for the story the project holds now)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = (ROOT if part in CODE_PARTS else story) / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


@pytest.fixture(scope="session")
def example_project(tmp_path_factory) -> Path:
    """One copy of the project with the example story, for builds that only read it."""
    return copy_project(tmp_path_factory.mktemp("example") / "project")


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
def site(tmp_path_factory, example_project) -> Path:
    """The editor's build of the example site."""
    out = tmp_path_factory.mktemp("site") / "output"
    build(str(example_project / "pelicanconf.py"), str(out))
    return out


@pytest.fixture(scope="session")
def published_site(tmp_path_factory, example_project) -> Path:
    """The published build of the example: only cited sentences of each source."""
    out = tmp_path_factory.mktemp("published") / "output"
    build(str(example_project / "publishconf.py"), str(out))
    return out


# --- A real browser (Debian's chromium driven by Playwright), one per test module -----------

def find_chromium(environ=None) -> str:
    """The browser to drive: EXPLAINER_CHROMIUM if set, else `chromium` on the PATH, else where
    Debian puts it (where require_chromium then says it is missing)."""
    environ = os.environ if environ is None else environ
    return environ.get("EXPLAINER_CHROMIUM") or shutil.which("chromium", path=environ.get("PATH")) or "/usr/bin/chromium"


CHROMIUM = find_chromium()
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update",
]


def require_chromium(path: str = CHROMIUM, environ=None) -> None:
    """Fail in CI, skip with the reason elsewhere, when the browser tests cannot run.

    CI must prove the pages work in a real browser, so a missing chromium there is a failure;
    on an editor's machine without it the rest of the suite still has something to say.
    """
    environ = os.environ if environ is None else environ
    problem = None
    if not Path(path).exists():
        problem = f"no chromium at {path}"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "Playwright for Python is not installed"
    if problem is None:
        return
    if environ.get("CI"):
        pytest.fail(f"{problem}; CI must run the browser tests: install Debian's chromium", pytrace=False)
    pytest.skip(f"{problem}: browser tests skipped (install Debian's `chromium` to run them; "
                "they fail instead of skipping when CI is set)")


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: closed, with its threads and processes, before the next module's tests
    (which fork only in a process running a single thread)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@contextlib.contextmanager
def serve(folder: Path, prefix: str = "explainer"):
    """`folder` over HTTP on 127.0.0.1 under `/<prefix>/`, as GitHub Pages serves a project site.

    Yields the site's base URL. The server runs in a thread on a free port and is shut down
    when the block ends.
    """
    root = Path(tempfile.mkdtemp(prefix="served-"))
    (root / prefix).symlink_to(folder.resolve(), target_is_directory=True)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{prefix}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
        shutil.rmtree(root)
