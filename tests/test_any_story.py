"""Story-agnostic: what must hold for any story, checked over the story the project holds now.

Every other test module checks the plugin on the example story frozen in tests/fixtures/example/;
this one runs over the project's own seeds/ and content/, whatever story is there, so that
`make test` passes on any story that builds and fails when the editor's site is broken:

- it builds, as the editor builds it (`make html`) and as it is published (`make publish`);
- every internal link and #fragment resolves, by our checker and by lychee, and every page is
  reachable from the front page;
- every citation lands on a sentence containing the words it quotes;
- no page can run script or load anything from a third party (one Content-Security-Policy);
- page weight: little CSS, no script or web font, no page over 150 KB;
- in a browser (`-m browser`): no console error, no request leaving the site, nothing wider
  than a phone, the stylesheet applied, citations landing highlighted, axe, keyboard focus;
- a rebuild, in another process, is byte-identical, and output/ is readable by a web server.

The browser checks skip when the project's seeds/ and content/ are the example's byte for byte
(tests/test_browser.py has toured that very site); any other story is toured here too.

The checks are the existing tests of those modules, imported here: pytest runs them again with
this module's `site` and `published_site`, builds of the project's own story. `story_problems`
runs the same static checks on any project folder; `test_another_story_passes_the_same_checks`
uses it on a copy of the project holding another story (eval/stories/court), and
tests/test_new_story.py on a story started with `make new-story`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import test_browser
from conftest import EXAMPLE, ROOT, copy_project, run_build
from linkcheck import citation_problems, link_problems, parse_site, unreachable_pages
from test_browser import (  # noqa: F401  (collected again, over this module's builds)
    test_axe_finds_no_serious_accessibility_violation,
    test_keyboard_focus_is_visible_and_follows_the_page_order,
    test_no_page_logs_a_console_error_or_fails_to_load_a_file,
    test_no_request_leaves_the_site,
    test_nothing_is_wider_than_a_phone_screen,
    test_the_stylesheet_applies_under_the_content_security_policy,
    tours,
)
from test_hostile import (
    defence_problems,
    test_no_page_can_run_script_or_load_from_elsewhere,  # noqa: F401
)
from test_site import (  # noqa: F401
    test_every_internal_link_and_anchor_resolves,
    test_lychee_finds_no_broken_link_or_fragment,
    test_pages_load_nothing_from_third_parties,
)
from test_weight import (  # noqa: F401
    test_css_is_small_and_there_is_no_script_or_web_font,
    test_no_page_is_heavier_than_150_kb,
    test_pages_need_no_javascript,
)

NO_CITATION = "no citation found anywhere"
COURT = ROOT / "eval" / "stories" / "court"


@pytest.fixture(scope="module")
def current_project(tmp_path_factory) -> Path:
    """The project's own story (its seeds/ and content/) with the repository's code, copied so
    that the builds keep their caches out of the editor's cache/."""
    return copy_project(tmp_path_factory.mktemp("current") / "project", story=ROOT)


def _built(project: Path, settings: str, output: str) -> Path:
    result = run_build(project, settings, output)
    assert result.returncode == 0, f"{settings}: the project's story does not build:\n{result.stderr}"
    return project / output


@pytest.fixture(scope="module")
def site(current_project) -> Path:
    """`make html` of the project's own story (overrides conftest's example build here)."""
    return _built(current_project, "pelicanconf.py", "output")


@pytest.fixture(scope="module")
def published_site(current_project) -> Path:
    """`make publish` of the project's own story."""
    return _built(current_project, "publishconf.py", "published")


HAS_SOURCES = any((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("which", ["site", "published_site"])
def test_every_citation_lands_on_a_sentence_containing_its_words(which, request):
    """As in test_site.py; a story with no sources yet (`make new-story`) has nothing to cite."""
    root = request.getfixturevalue(which)
    problems = citation_problems(root)
    assert (problems if HAS_SOURCES else [p for p in problems if p != NO_CITATION]) == []


@pytest.mark.browser
@test_browser.combos()
def test_following_a_citation_lands_on_the_highlighted_sentence(tours, build, origin):  # noqa: F811
    if not HAS_SOURCES:
        pytest.skip("the story has no sources yet: no page cites anything")
    test_browser.test_following_a_citation_lands_on_the_highlighted_sentence(tours, build, origin)


# --- The same checks on any project folder --------------------------------------------------


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def unreadable(root: Path) -> list[str]:
    """`find root ! -perm -o=r`: what a web server running as another user could not read."""
    found = subprocess.run(["find", str(root), "!", "-perm", "-o=r"], capture_output=True, text=True, check=True)
    return found.stdout.splitlines()


def story_problems(project: Path, *, rebuild: bool = True) -> list[str]:
    """Every story-agnostic problem of the story in `project`: both builds, as the editor runs
    them, link-checked, citation-checked and checked for what no page may load or run; with
    `rebuild`, each built again in another process (another hash seed), byte for byte."""
    has_sources = any((project / "seeds").glob("*.txt"))
    problems = []
    for settings, output in (("pelicanconf.py", "output"), ("publishconf.py", "published")):
        result = run_build(project, settings, output)
        if result.returncode != 0:
            problems.append(f"{settings}: build failed: {result.stderr.strip()}")
            continue
        root = project / output
        pages = parse_site(root)
        where = f"{settings}: "
        problems += [where + p for p in link_problems(root, pages)]
        problems += [where + f"unreachable {p}" for p in unreachable_pages(root, pages)]
        # A story with no sources yet has nothing to cite; one with sources must cite them.
        problems += [where + p for p in citation_problems(root, pages) if has_sources or p != NO_CITATION]
        problems += [where + p for p in defence_problems(root, pages)]
        for page in pages.values():
            for tag in page.soup.find_all(["script", "iframe", "img", "link", "source", "video", "audio"]):
                src = tag.get("src") or tag.get("href") or ""
                if re.match(r"(https?:)?//", src):
                    problems.append(f"{where}{page.path.relative_to(root)} loads {src} from elsewhere")
        problems += [where + f"not readable by a web server: {p}" for p in unreadable(root)]
        if rebuild:
            again = run_build(project, settings, output + "-again")
            if again.returncode != 0:
                problems.append(f"{settings}: the second build failed: {again.stderr.strip()}")
            else:
                first, second = _files(root), _files(project / (output + "-again"))
                if first.keys() != second.keys():
                    problems.append(f"{settings}: a rebuild wrote other files: {sorted(first.keys() ^ second.keys())}")
                problems += [f"{settings}: a rebuild changed {name}"
                             for name in sorted(first.keys() & second.keys()) if first[name] != second[name]]
    return problems


def test_a_rebuild_of_the_projects_story_is_byte_identical(site, published_site, current_project):
    """Built again in another process (another hash seed, the caches the first build left)."""
    for settings, first in (("pelicanconf.py", site), ("publishconf.py", published_site)):
        again = _built(current_project, settings, first.name + "-again")
        before, after = _files(first), _files(again)
        assert before.keys() == after.keys()
        assert [name for name in before if before[name] != after[name]] == []


def test_the_projects_site_is_readable_by_a_web_server(site, published_site):
    assert unreadable(site) == [] and unreadable(published_site) == []


def _story_files(root: Path) -> dict[str, bytes]:
    return {f"{part}/{name}": data for part in ("seeds", "content") for name, data in _files(root / part).items()}


@pytest.fixture(scope="module")
def browser(browser):
    """conftest's browser, for a story the example's browser tests have not seen already: the
    same inputs build the same site (byte-identical, tested), so touring it twice proves nothing."""
    if _story_files(ROOT) == _story_files(EXAMPLE):
        pytest.skip("the project holds the example story, which test_browser.py tours")
    return browser


def use_story(project: Path, seeds: Path, people: Path, index: str) -> Path:
    """Put another story in `project`: its seeds, its people, a front page; drop the example's
    optional files (they cite the example's seeds)."""
    for part in (project / "seeds", project / "content" / "people"):
        shutil.rmtree(part, ignore_errors=True)
    for name in ("timeline.yaml", "claims.yaml", "outlets.md"):
        (project / "content" / name).unlink(missing_ok=True)
    shutil.copytree(seeds, project / "seeds")
    shutil.copytree(people, project / "content" / "people")
    (project / "content" / "index.md").write_text(index, encoding="utf-8")
    # The method page of the example cites its seeds; another story's editor rewrites it.
    method = project / "content" / "pages" / "method.md"
    if method.exists():
        text = re.sub(r' ?\[(?:cite|quote) [^\]"]+"[^"]*"\]', "", method.read_text(encoding="utf-8"))
        method.write_text(text, encoding="utf-8")
    return project


def test_another_story_passes_the_same_checks(tmp_path):
    """The project with the court story of the evaluation corpus in place of the example, and a
    front page that cites nothing: it builds, and every check above holds."""
    project = use_story(
        copy_project(tmp_path / "project", story=ROOT), COURT / "seeds", COURT / "people",
        "Title: The verdict\n\nA jury reached its verdict. The other pages link each statement to its source.\n",
    )
    assert story_problems(project) == []
    assert len(list((project / "output" / "sources").glob("*.html"))) == len(list((COURT / "seeds").glob("*.txt")))
