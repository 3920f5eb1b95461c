"""Whole builds of the example site (tests/fixtures/example): links, citations, published copy,
data, determinism. The same checks over the project's own story are in test_any_story.py."""

import gc
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_build
from explainer.base.errors import ExplainerError
from explainer.build import build
from linkcheck import citation_problems, link_problems, parse_site, unreachable_pages


@pytest.mark.parametrize("which", ["site", "published_site"])
def test_every_internal_link_and_anchor_resolves(which, request):
    root = request.getfixturevalue(which)
    pages = parse_site(root)
    assert link_problems(root, pages) == []
    assert unreachable_pages(root, pages) == []


@pytest.mark.parametrize("which", ["site", "published_site"])
def test_lychee_finds_no_broken_link_or_fragment(which, request):
    root = request.getfixturevalue(which)
    lychee = shutil.which("lychee") or str(ROOT / ".venv" / "bin" / "lychee")
    result = subprocess.run(
        [lychee, "--offline", "--include-fragments", "--no-progress", "--index-files", "",
         "--root-dir", str(root), *map(str, sorted(root.rglob("*.html")))],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("which", ["site", "published_site"])
def test_every_citation_lands_on_a_sentence_containing_its_words(which, request):
    root = request.getfixturevalue(which)
    assert citation_problems(root) == []


def test_source_page_lists_every_sentence_with_its_anchor(site, sources):
    pages = parse_site(site)
    for source in sources.values():
        page = pages[(site / "sources" / f"{source.id}.html").resolve()]
        shown = [s["id"] for s in page.soup.select("span.sentence")]
        assert shown == [s.id for s in source.sentences]


def test_a_cited_sentence_lists_the_page_that_cites_it(site):
    pages = parse_site(site)
    index = pages[(site / "index.html").resolve()]
    link = index.soup.select_one("span.cite a")["href"]
    target_file, anchor = link.split("#")
    target = pages[(site / target_file).resolve()]
    back = target.soup.find(id=anchor).find_next_sibling("span", class_="cited-by")
    assert back is not None and back.find("a")["href"] == "../index.html"


def test_published_copy_shows_only_cited_sentences_with_gaps_marked(site, published_site):
    full, cited = parse_site(site), parse_site(published_site)
    for path in sorted((published_site / "sources").glob("*.html")):
        page = cited[path.resolve()]
        shown = page.soup.select("span.sentence")
        assert all(s.find_next_sibling("span", class_="cited-by") for s in shown)
        everything = full[(site / "sources" / path.name).resolve()].soup.select("span.sentence")
        assert len(shown) < len(everything)
        assert page.soup.select(".gap")
        assert not page.soup.select(".set-aside code")  # no script text in the published copy


def test_published_data_holds_only_cited_sentences(site, published_site):
    full = json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))
    cited = json.loads((published_site / "data" / "story.json").read_text(encoding="utf-8"))
    assert sum(len(s["sentences"]) for s in cited["sources"]) < sum(len(s["sentences"]) for s in full["sources"])


def test_story_json_sources_follow_the_interface(site, sources):
    data = json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sources"]] == sorted(sources)
    for entry in data["sources"]:
        assert {"id", "outlet", "title", "url", "published", "sha256", "sentences"} <= set(entry)
        source = sources[entry["id"]]
        assert entry["sha256"] == source.sha256
        assert [(s["id"], s["text"]) for s in entry["sentences"]] == [(s.id, s.text) for s in source.sentences]


def test_seed_text_is_escaped_never_markup(project):
    import hashlib

    seed = project / "seeds" / "003_0f156859665e8b4b.txt"
    seed.write_bytes(seed.read_bytes() + b"\nHe wrote <script>alert(1)</script> and <b>bold</b> {{ SITENAME }}.\n")
    sidecar = seed.with_suffix(".yaml")
    text = sidecar.read_text(encoding="utf-8")
    sidecar.write_text(text.rsplit("sha256:", 1)[0] + "sha256: " + hashlib.sha256(seed.read_bytes()).hexdigest() + "\n")
    build(str(project / "pelicanconf.py"), str(project / "output"))
    html = (project / "output" / "sources" / "003_0f156859665e8b4b.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "{{ SITENAME }}" in html


def test_a_build_leaves_the_garbage_collector_on_even_when_it_stops(project, tmp_path):
    """The build pauses the collector while it works; `make devserver` runs build after build."""
    build(str(project / "pelicanconf.py"), str(tmp_path / "ok"))
    assert gc.isenabled()
    sidecar = project / "seeds" / "004_7df2e0f2d1cf324f.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("outlet:", "outlet: [", 1), encoding="utf-8")
    with pytest.raises(ExplainerError):
        build(str(project / "pelicanconf.py"), str(tmp_path / "broken"))
    assert gc.isenabled()


def test_two_builds_are_byte_identical(tmp_path, example_project):
    first, second = tmp_path / "a", tmp_path / "b"
    build(str(example_project / "pelicanconf.py"), str(first))
    build(str(example_project / "pelicanconf.py"), str(second))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.mark.parametrize("settings", ["pelicanconf.py", "publishconf.py"])
def test_builds_in_processes_with_different_hash_seeds_are_byte_identical(settings, tmp_path, example_project):
    """Set and dict ordering that leaks into the output differs between processes, not within one.
    Each build has caches of its own: the project's would hand both the same Story."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(example_project / "plugins"),
               "SOURCE_DATE_EPOCH": "1765584000"}
        command = [sys.executable, "-m", "explainer.build", "-s", str(example_project / settings), "-o", str(out),
                   "-e", f"CACHE_PATH={tmp_path / (seed + '-cache')}"]
        result = subprocess.run(command, cwd=example_project, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        outputs.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0].keys() == outputs[1].keys()
    assert [name for name in outputs[0] if outputs[0][name] != outputs[1][name]] == []


def test_a_day_reads_the_same_on_the_timeline_and_in_the_comparison(site):
    """Both write a day short ("13 Dec. 2025"); the comparison used strftime's "13 Dec 2025"."""
    pages = parse_site(site)

    def days(page):
        found = {}
        for tag in pages[(site / page).resolve()].soup.find_all("time"):
            if len(tag["datetime"]) == len("2025-12-13"):
                found.setdefault(tag["datetime"], set()).add(tag.get_text())
        return found

    timeline, comparison = days("timeline.html"), days("outlets.html")
    shared = timeline.keys() & comparison.keys()
    assert shared
    for day in shared:
        assert timeline[day] == comparison[day], day


GERMAN_SOURCES = Path("/usr/share/i18n/locales/de_DE")


def require_locales(sources: Path = GERMAN_SOURCES, environ=None) -> None:
    """Fail in CI, skip with the reason elsewhere, when no German locale can be compiled.

    `make test` (and .ci/run) install Debian's `locales` package where they may, so in CI a
    missing one means the German machine went untested: a failure, not a skip."""
    environ = os.environ if environ is None else environ
    if shutil.which("localedef") and sources.is_file():
        return
    problem = f"no localedef or no {sources}: Debian's `locales` package is not installed"
    if environ.get("CI"):
        pytest.fail(f"{problem}; CI must build the site on a German machine: install `locales`", pytrace=False)
    pytest.skip(f"{problem} (install it to run this test; it fails instead of skipping when CI is set)")


def test_missing_locales_fail_in_ci_and_skip_elsewhere(tmp_path):
    missing = tmp_path / "no-locale-sources"
    with pytest.raises(pytest.fail.Exception, match="CI must build the site on a German machine"):
        require_locales(missing, {"CI": "true"})
    with pytest.raises(pytest.skip.Exception, match="install it to run this test"):
        require_locales(missing, {})


def _process_in_german(folder: Path) -> dict[str, str]:
    """The environment of a process whose locale is German, compiled by `localedef` into `folder`
    (no root, nothing installed): how an editor's machine in Germany runs Pelican."""
    require_locales()
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8", str(folder / "de_DE.UTF-8")], capture_output=True)
    env = {"LOCPATH": str(folder), "LC_ALL": "de_DE.UTF-8"}
    probe = "import calendar, locale; locale.setlocale(locale.LC_ALL, ''); print(calendar.month_name[12])"
    named = subprocess.run([sys.executable, "-c", probe], env={**os.environ, **env}, capture_output=True, text=True)
    assert named.stdout.strip() == "Dezember", named.stderr  # else the test below proves nothing
    return env


def test_a_machine_in_another_language_builds_the_same_site(tmp_path, example_project):
    """Pelican sets the machine's locale (its LOCALE setting) and then loads the plugin: month and
    weekday names taken from the locale made a German machine find no date in an English article,
    stop on the editor's timeline.yaml, and write "13 Dez 2025" on the pages. Plain `pelican`,
    with caches of its own, so both builds read every seed."""
    outputs = []
    for name, locale_env in (("c", {"LC_ALL": "C.UTF-8"}), ("de", _process_in_german(tmp_path / "locales"))):
        out = tmp_path / name
        env = {**os.environ, "PYTHONPATH": str(example_project / "plugins"), "SOURCE_DATE_EPOCH": "1765584000", **locale_env}
        command = [sys.executable, "-m", "pelican", "-q", "-s", str(example_project / "pelicanconf.py"), "-o", str(out),
                   "-e", f'CACHE_PATH="{tmp_path / (name + "-cache")}"']
        result = subprocess.run(command, cwd=example_project, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        outputs.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0].keys() == outputs[1].keys()
    assert [name for name in outputs[0] if outputs[0][name] != outputs[1][name]] == []


def test_pages_load_nothing_from_third_parties(site):
    pages = parse_site(site)
    assert len(pages) > 1
    for page in pages.values():
        assert page.soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"}), page.path
        for tag in page.soup.find_all(["script", "iframe", "img", "link"]):
            src = tag.get("src") or tag.get("href") or ""
            assert not src.startswith(("http:", "https:", "//")), (page.path, src)


def test_publish_settings_read_their_own_pelicanconf_in_a_busy_process(tmp_path):
    from conftest import copy_project

    first, second = copy_project(tmp_path / "a"), copy_project(tmp_path / "b")
    sidecar = second / "seeds" / "003_0f156859665e8b4b.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('outlet: "DW"', 'outlet: "Renamed Outlet"'), encoding="utf-8")
    build(str(first / "pelicanconf.py"), str(first / "output"))
    build(str(second / "publishconf.py"), str(second / "output"))
    assert "Renamed Outlet" in (second / "output" / "sources.html").read_text(encoding="utf-8")


def test_the_build_ends_with_what_it_built(project):
    """One line of the plugin's own (not Pelican's "Processed 0 articles"), its counts those
    of the story the site was built from."""
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    assert "Processed 0 articles" not in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("built "))
    data = json.loads((project / "output" / "data" / "story.json").read_text(encoding="utf-8"))
    assert f"{len(data['sources'])} sources, {len(data['people'])} people, {len(data['events'])} events" in line
    assert f"{len(data['warnings'])} warning" in line and line.endswith(" s")


_ABSENCE_AS_FACT = re.compile(
    r"(?:^|[.>]\s*)No (?:direct|reported|quotations?|descriptions?|person|two outlets)\b|\bsources state no\b|\bno description\b"
    # (a byline or a photo credit names its journalist: the count is of the articles' text)
    r"|\bNamed in \d+ of\b|\bNo source names\b"
)


def test_what_the_rules_did_not_find_is_said_as_theirs_not_as_the_sources(site):
    """"No direct quotations" on an outlet's page was false where the rules missed one: an
    absence is what the rules found, never a statement about what the articles say."""
    told = 0
    for page in site.rglob("*.html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))
        text = " ".join(text.split())
        assert not _ABSENCE_AS_FACT.search(text), (page.name, _ABSENCE_AS_FACT.search(text).group(0))
        told += text.count("The rules found no") + text.count("The rules attributed no")
    assert told, "the example site must show at least one absence"
