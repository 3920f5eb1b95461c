"""Every page of both builds in a real browser, from disk and from a web server.

Static checks cannot see what a reader's browser does: a stylesheet the Content-Security-Policy
blocks under file://, a layout that scrolls sideways on a phone, a highlight that never shows,
a focus ring that is invisible. So Debian's chromium, driven by Playwright, opens every page of
the editor's build and of the published build, once from `file://` and once from a local HTTP
server that serves the site under a sub-path as GitHub Pages does, at a phone's 360 px width,
and records what happens. axe-core (bundled by axe-playwright-python) checks accessibility, in
the light and the dark colour scheme.

One browser serves the whole session and each (build, origin) pair is toured once, by one page
object, so the suite stays quick however many tests read the results. What depends on the
template rather than the text (following a citation, the keyboard walk, dark-scheme contrast)
is tried on one page of each template: every top-level page and the first of each folder.
axe runs on every page, once: a published page whose <body> is the editor's exactly is not
checked twice. Set EXPLAINER_SCREENSHOTS=<folder> to keep a 360 px and a 1280 px screenshot of
every page.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import require_chromium, serve

COMBOS = [("site", "file"), ("site", "http"), ("published_site", "file"), ("published_site", "http")]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
SERIOUS = ("serious", "critical")
# Tab stops walked per page: the header, the menu and well into the content. A page of 300
# links would otherwise cost seconds to prove what its first 60 already show.
TAB_STOPS = 60

# Every element a keyboard user can reach, in DOM order, as the browser's Tab order should be.
FOCUSABLE_JS = """() => Array.from(document.querySelectorAll(
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex]'))
  .filter(el => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0)
  .map((el, i) => { el.dataset.tabOrder = i; return i; }).length"""
FOCUSED_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || !('tabOrder' in el.dataset)) return null;
  const style = getComputedStyle(el), rect = el.getBoundingClientRect();
  return {order: Number(el.dataset.tabOrder), html: el.outerHTML.slice(0, 80),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          shadow: style.boxShadow !== 'none',
          shown: rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0
                 && rect.left < innerWidth && rect.top < innerHeight};
}"""
TARGET_JS = """() => {
  const el = document.querySelector(':target');
  if (!el) return null;
  const style = getComputedStyle(el), rect = el.getBoundingClientRect();
  const other = Array.from(document.querySelectorAll('.sentence')).find(s => s !== el);
  return {id: el.id, sentence: el.classList.contains('sentence'),
          background: style.backgroundColor, outline: style.outlineStyle,
          plain: other ? getComputedStyle(other).backgroundColor : 'rgba(0, 0, 0, 0)',
          visible: rect.top >= 0 && rect.top < innerHeight};
}"""
# True when site.css applied: its rules, not the browser's defaults, decide these values.
STYLED_JS = """() => Array.from(document.querySelectorAll('link[rel=stylesheet]')).every(l => l.sheet)
  && document.querySelectorAll('link[rel=stylesheet]').length > 0
  && getComputedStyle(document.body).marginTop === '0px'"""


@dataclass
class Visit:
    """What the browser saw on one page."""

    page: str
    console: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    scroll_width: int = 0
    styled: bool = False
    axe: list[str] = field(default_factory=list)
    axe_ran: bool = False
    axe_as: str | None = None  # not run: the page's body is identical to this build's copy
    citation: dict | None = None
    focus: dict | None = None


@dataclass
class Tour:
    build: str
    origin: str
    base: str
    visits: list[Visit]


def site_pages(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


def representatives(pages: list[str]) -> set[str]:
    """Every top-level page and the first page of each folder: one of each template."""
    chosen, folders = set(), set()
    for page in pages:
        folder = page.rpartition("/")[0]
        if not folder or folder not in folders:
            chosen.add(page)
            folders.add(folder)
    return chosen


class Recorder:
    """Console errors, requests and failures of one browser page, per visit."""

    def __init__(self, page, base: str):
        self.base = base
        self.visit = Visit("")
        page.on("console", lambda m: m.type == "error" and self.visit.console.append(m.text))
        page.on("pageerror", lambda e: self.visit.console.append(f"uncaught: {e}"))
        page.on("request", self._request)
        page.on("requestfailed", self._failed)
        page.on("response", lambda r: r.status >= 400 and self.visit.failed.append(f"{r.url} ({r.status})"))

    def _failed(self, request):
        # ERR_ABORTED is a load cut short by the next navigation (the favicon, typically);
        # a missing file fails as ERR_FILE_NOT_FOUND or 404, a stopped outside request as ERR_FAILED.
        if request.failure != "net::ERR_ABORTED":
            self.visit.failed.append(f"{request.url} ({request.failure})")

    def _request(self, request):
        if not request.url.startswith(self.base):
            self.visit.outside.append(request.url)


def same_body(root: Path, other: Path | None) -> set[str]:
    """Pages whose <body> is byte-identical in another build: the same DOM under the same CSS."""
    def body(path: Path) -> str:
        text = path.read_text(encoding="utf-8")
        return text[text.find("<body"):]

    if other is None:
        return set()
    return {
        name for name in site_pages(root)
        if (other / name).is_file() and body(root / name) == body(other / name)
    }


def take_tour(
    browser, root: Path, base: str, *, axe: bool, focus: bool, checked: set[str] = frozenset()
) -> list[Visit]:
    """Visit every page; run axe (and walk the keyboard) except on pages `checked` elsewhere."""
    context = browser.new_context(viewport=PHONE, service_workers="block")
    # Nothing may leave the site; should a page try, the attempt is recorded and stopped here.
    # (Only addresses outside the site are routed: routing file:// itself trips the CSP.)
    context.route(lambda url: not url.startswith(base), lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(15_000)
    recorder = Recorder(page, base)
    pages = site_pages(root)
    sample = representatives(pages)
    checker = None
    if axe:
        from axe_playwright_python.sync_playwright import Axe

        checker = Axe()
    visits = []
    shots = os.environ.get("EXPLAINER_SCREENSHOTS")
    try:
        for name in pages:
            visit = recorder.visit = Visit(name)
            page.goto(base + name, wait_until="load")
            visit.scroll_width = page.evaluate("document.documentElement.scrollWidth")
            visit.styled = page.evaluate(STYLED_JS)
            if shots:
                screenshots(page, Path(shots) / Path(root).parent.name / name)
            if checker and name in checked:
                visit.axe_as = "site"
            elif checker:
                visit.axe, visit.axe_ran = axe_problems(page, checker, dark=name in sample)
            if name in sample:  # the highlight is the template's and the stylesheet's doing
                visit.citation = follow_first_citation(page)
            if focus and name in sample and name not in checked:
                page.goto(base + name, wait_until="load")
                visit.focus = walk_focus(page)
            visits.append(visit)
    finally:
        context.close()
    return visits


def screenshots(page, stem: Path) -> None:
    stem.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=f"{stem}-360.png", full_page=True)
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=f"{stem}-1280.png", full_page=True)
    page.set_viewport_size(PHONE)


def axe_problems(page, checker, dark: bool) -> tuple[list[str], bool]:
    """Serious and critical axe violations: every rule in the light scheme, and with `dark`
    contrast in the dark one too (colours come from the stylesheet, so one page per template).
    """
    page.evaluate(checker.axe_script)
    problems, ran = [], True
    for scheme, only in (("light", None), ("dark", ["color-contrast"]))[: 2 if dark else 1]:
        page.emulate_media(color_scheme=scheme)
        options = {"resultTypes": ["violations"], **({"runOnly": only} if only else {})}
        result = page.evaluate("options => axe.run(document, options)", options)
        ran = ran and bool(result.get("passes"))
        for violation in result["violations"]:
            if violation["impact"] in SERIOUS:
                targets = ", ".join(str(n["target"]) for n in violation["nodes"][:3])
                problems.append(f"{scheme}: {violation['id']} ({violation['impact']}): {targets}")
    page.emulate_media(color_scheme="light")
    return problems, ran


def follow_first_citation(page) -> dict | None:
    """Click the page's first citation as a reader would; what the landing page highlights."""
    link = page.locator("span.cite a:not(.original)").first
    if not link.count():
        return None
    href = link.get_attribute("href")
    with page.expect_navigation(wait_until="load"):
        link.click()
    return {"href": href, "hash": page.evaluate("location.hash"), "target": page.evaluate(TARGET_JS)}


def walk_focus(page) -> dict:
    """Tab through the page: the order reached, and any focus that could not be seen."""
    expected = min(page.evaluate(FOCUSABLE_JS), TAB_STOPS)
    order, unseen = [], []
    for _ in range(expected if expected == TAB_STOPS else expected + 1):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused is None or (order and focused["order"] == order[0]):
            break
        order.append(focused["order"])
        if not ((focused["outline"] or focused["shadow"]) and focused["shown"]):
            unseen.append(focused["html"])
    skip = None
    if expected:
        page.reload(wait_until="load")
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('skip')"):
            page.keyboard.press("Enter")
            skip = page.evaluate("document.activeElement.id")
    return {"expected": list(range(expected)), "order": order, "unseen": unseen, "skip_lands_on": skip}


@pytest.fixture(scope="module")
def tours(browser, request):
    """Each (build, origin) pair toured once, on first use."""
    cache: dict[tuple[str, str], Tour] = {}

    def tour(build: str, origin: str) -> Tour:
        if (build, origin) not in cache:
            root = request.getfixturevalue(build)
            with contextlib.ExitStack() as stack:
                base = root.resolve().as_uri() + "/" if origin == "file" else stack.enter_context(serve(root))
                # axe and the keyboard depend on the page, not on where it came from: once per build,
                # over HTTP, where axe can read the stylesheet (under file:// it is another origin),
                # and only once for a page the editor's build already has exactly.
                checked = same_body(root, request.getfixturevalue("site")) if build != "site" else set()
                visits = take_tour(browser, root, base, axe=origin == "http", focus=origin == "http",
                                   checked=checked)
            cache[build, origin] = Tour(build, origin, base, visits)
        return cache[build, origin]

    return tour


def combos():
    return pytest.mark.parametrize("build, origin", COMBOS, ids=[f"{b}-{o}" for b, o in COMBOS])


@pytest.mark.browser
@combos()
def test_no_page_logs_a_console_error_or_fails_to_load_a_file(tours, build, origin):
    tour = tours(build, origin)
    assert len(tour.visits) >= 2
    assert {v.page: v.console + v.failed for v in tour.visits if v.console or v.failed} == {}


@pytest.mark.browser
@combos()
def test_no_request_leaves_the_site(tours, build, origin):
    tour = tours(build, origin)
    assert {v.page: v.outside for v in tour.visits if v.outside} == {}


@pytest.mark.browser
@combos()
def test_nothing_is_wider_than_a_phone_screen(tours, build, origin):
    tour = tours(build, origin)
    assert {v.page: v.scroll_width for v in tour.visits if v.scroll_width > PHONE["width"]} == {}


@pytest.mark.browser
@combos()
def test_the_stylesheet_applies_under_the_content_security_policy(tours, build, origin):
    tour = tours(build, origin)
    assert [v.page for v in tour.visits if not v.styled] == []


@pytest.mark.browser
@combos()
def test_following_a_citation_lands_on_the_highlighted_sentence(tours, build, origin):
    tour = tours(build, origin)
    followed = [v for v in tour.visits if v.citation]
    assert len(followed) >= 2, "fewer than two page templates show a citation"
    for visit in followed:
        cite, target = visit.citation, visit.citation["target"]
        where = f"{visit.page} -> {cite['href']}"
        assert target is not None, f"{where}: nothing is :target"
        assert cite["hash"] == "#" + target["id"] == "#" + cite["href"].rpartition("#")[2], where
        assert target["sentence"], f"{where}: the target is not a sentence"
        assert target["background"] not in ("rgba(0, 0, 0, 0)", target["plain"]), f"{where}: not highlighted"
        assert target["outline"] != "none", f"{where}: no outline on the target"
        assert target["visible"], f"{where}: the sentence is not scrolled into view"


@pytest.mark.browser
@pytest.mark.parametrize("build", ["site", "published_site"])
def test_axe_finds_no_serious_accessibility_violation(tours, build):
    tour = tours(build, "http")
    editor = {v.page: v for v in tours("site", "http").visits}
    for visit in tour.visits:
        checked = editor[visit.page] if visit.axe_as else visit
        assert checked.axe_ran, f"axe-core did not run on {visit.page}"
    assert {v.page: v.axe for v in tour.visits if v.axe} == {}


@pytest.mark.browser
@pytest.mark.parametrize("build", ["site", "published_site"])
def test_keyboard_focus_is_visible_and_follows_the_page_order(tours, build):
    tour = tours(build, "http")
    walked = [v for v in tour.visits if v.focus]
    assert len(walked) >= 2
    for visit in walked:
        focus = visit.focus
        assert focus["order"] == focus["expected"], f"{visit.page}: Tab order differs from the page order"
        assert focus["unseen"] == [], f"{visit.page}: focus not visible on these"
        assert focus["skip_lands_on"] == "main", f"{visit.page}: the skip link does not reach the content"


@pytest.mark.browser
def test_the_browser_checks_catch_a_broken_page(browser, tmp_path):
    """The harness itself can fail: each fault of a deliberately broken page is reported."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html><head><title>Broken</title></head><body>'
        '<img src="https://example.invalid/tracker.png">'
        '<div style="width: 900px">too wide</div>'
        '<p style="color: #eee; background: #fff">hard to read</p>'
        '<a href="#">focus me</a><style>a:focus { outline: none }</style>'
        '<script>console.error("boom")</script></body></html>',
        encoding="utf-8",
    )
    [visit] = take_tour(browser, tmp_path, tmp_path.resolve().as_uri() + "/", axe=True, focus=True)
    assert any("boom" in message for message in visit.console)
    assert set(visit.outside) == {"https://example.invalid/tracker.png"}
    assert visit.scroll_width > PHONE["width"]
    assert not visit.styled
    assert visit.axe_ran
    assert any("image-alt" in p for p in visit.axe) and any("color-contrast" in p for p in visit.axe)
    assert visit.focus["unseen"] and visit.focus["skip_lands_on"] is None


def test_missing_chromium_fails_in_ci_and_skips_elsewhere(tmp_path):
    missing = str(tmp_path / "no-chromium")
    with pytest.raises(pytest.fail.Exception, match="CI must run the browser tests"):
        require_chromium(missing, {"CI": "true"})
    with pytest.raises(pytest.skip.Exception, match="browser tests skipped"):
        require_chromium(missing, {})
