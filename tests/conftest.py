"""Shared fixtures: the real seeds, the real story, and whole builds of the real site."""

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


# --- A real browser (Debian's chromium driven by Playwright), one per test module -----------

CHROMIUM = "/usr/bin/chromium"
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
