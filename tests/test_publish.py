"""Publishing: the workflow, absolute addresses from SITEURL, 404/sitemap/robots, data, JSON-LD."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import EXAMPLE, ROOT, copy_project
from explainer.build import build
from explainer.devserver import next_change, watched_paths
from explainer.site.export import story_tables, write_compact_json, write_tables
from explainer.site.page import Page
from explainer.site.publish import attach_metadata, publish_settings, script_json
from explainer.story import build_story, story_data
from linkcheck import link_problems, parse_site, unreachable_pages

SITE = "https://example.github.io/explainer"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def live_site(tmp_path_factory, example_project) -> Path:
    """`make publish SITEURL=https://example.github.io/explainer`."""
    out = tmp_path_factory.mktemp("live") / "output"
    build(str(example_project / "publishconf.py"), str(out), {"SITEURL": SITE})
    return out


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content_pages(root: Path) -> list[Path]:
    return [p for p in sorted(root.rglob("*.html")) if p.name != "404.html"]


def address(root: Path, path: Path) -> str:
    relative = path.relative_to(root).as_posix()
    return f"{SITE}/{relative[: -len('index.html')] if relative.endswith('index.html') else relative}"


# make github -------------------------------------------------------------------------------
# (The Pages workflow is checked in tests/test_workflow.py.)

FAKE_TOOL = """#!/bin/sh
# {name}: records how it was called instead of publishing anything.
{{ printf '%s' "{name}"; for arg in "$@"; do printf '\\t%s' "$arg"; done; printf '\\n'; }} >> "$CALLS"
{extra}"""
# ghp-import is handed the folder to publish last: note what the published build put in it.
GHP_EXTRA = """for folder in "$@"; do :; done
for name in index.html 404.html robots.txt sitemap.xml; do
  [ -f "$folder/$name" ] && printf 'has\\t%s\\n' "$name" >> "$CALLS"
done
exit 0
"""


def fake_tool(path: Path, name: str, extra: str = "") -> None:
    path.write_text(FAKE_TOOL.format(name=name, extra=extra), encoding="utf-8")
    path.chmod(0o755)


def test_make_github_publishes_the_published_build_with_ghp_import(tmp_path):
    """`make github` as the editor runs it, in a copy of the project whose .venv holds a
    ghp-import, and whose PATH a git, that only record what they were asked to do."""
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy2(ROOT / name, project / name)
    venv_bin = project / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    (venv_bin / "python").chmod(0o755)
    fake_tool(venv_bin / "ghp-import", "ghp-import", GHP_EXTRA)
    on_path = tmp_path / "bin"
    on_path.mkdir()
    fake_tool(on_path / "git", "git")
    # The stamp `make` leaves once requirements.txt is installed: this .venv counts as set up.
    checksum = subprocess.run("cksum < requirements.txt", shell=True, cwd=project, capture_output=True, text=True)
    (project / ".venv" / f".installed-{checksum.stdout.split()[0]}").touch()
    calls = tmp_path / "calls"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    env.update(PATH=f"{on_path}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}", CALLS=str(calls))
    result = subprocess.run(["make", "github", f"SITEURL={SITE}"], cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pip" not in result.stdout  # nothing was installed: the copy's .venv was used as it is
    recorded = [line.split("\t") for line in calls.read_text(encoding="utf-8").splitlines()]
    commands = [call for call in recorded if call[0] != "has"]
    assert [call[0] for call in commands] == ["ghp-import", "git"], commands  # publish, then push
    ghp, git = commands
    assert "-n" in ghp and ghp[ghp.index("-b") + 1] == "gh-pages" and ghp[-1] == str(project / "output"), ghp
    # The folder handed over was the published build for the site's address, not the editor's.
    assert [call[1] for call in recorded if call[0] == "has"] == ["index.html", "404.html", "robots.txt", "sitemap.xml"]
    assert git == ["git", "push", "origin", "gh-pages"]


# Addresses ----------------------------------------------------------------------------------


def test_canonical_and_open_graph_addresses_are_absolute_under_the_site_url(live_site):
    for path in content_pages(live_site):
        page = soup(path)
        assert page.find("link", rel="canonical")["href"] == address(live_site, path), path
        assert page.find("meta", property="og:url")["content"] == address(live_site, path), path
        assert page.find("meta", property="og:title")["content"]
        assert page.title.get_text().strip()


def test_page_links_stay_relative_when_the_site_url_is_set(live_site):
    pages = parse_site(live_site)
    for path in content_pages(live_site):
        for tag in pages[path.resolve()].soup.find_all(["a", "link"], href=True):
            href = tag["href"]
            if tag.name == "link" and tag.get("rel") == ["canonical"]:
                continue
            assert not href.startswith(SITE) and not href.startswith("/"), (path, href)
    assert link_problems(live_site, pages) == []
    assert unreachable_pages(live_site, pages) == []


def test_the_editors_build_has_no_canonical_address(site):
    page = soup(site / "index.html")
    assert page.find("link", rel="canonical") is None and page.find("meta", property="og:url") is None
    assert page.find("meta", property="og:title")["content"]


def test_sitemap_lists_every_page_at_its_absolute_address(live_site):
    tree = ET.parse(live_site / "sitemap.xml")
    locs = [loc.text for loc in tree.getroot().iter(f"{SITEMAP_NS}loc")]
    assert sorted(locs) == sorted(address(live_site, p) for p in content_pages(live_site))
    # Each page's day comes from the input (the sidecars), never the build's clock.
    lastmods = {m.text for m in tree.getroot().iter(f"{SITEMAP_NS}lastmod")}
    assert lastmods == {"2025-12-13"} and len(list(tree.getroot().iter(f"{SITEMAP_NS}lastmod"))) == len(locs)
    robots = (live_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE}/sitemap.xml" in robots.splitlines()


def test_404_robots_and_sitemap_are_in_the_published_build_only(site, published_site, live_site):
    for name in ("404.html", "robots.txt", "sitemap.xml"):
        assert not (site / name).exists(), name
    assert (published_site / "404.html").exists() and (published_site / "robots.txt").exists()
    assert not (published_site / "sitemap.xml").exists()  # no SITEURL, no full addresses
    for name in ("404.html", "robots.txt", "sitemap.xml"):
        assert (live_site / name).exists(), name


def test_the_404_page_links_through_the_site_url_so_it_works_at_any_depth(live_site, published_site):
    live = soup(live_site / "404.html")
    assert live.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert live.find("link", rel="canonical") is None
    hrefs = [a["href"] for a in live.find_all("a", href=True) if not a["href"].startswith("#")]
    assert hrefs and all(h.startswith(f"{SITE}/") for h in hrefs)
    # Without a SITEURL the 404 page is still a working page of the disk build.
    assert link_problems(published_site) == []


def test_two_published_builds_are_byte_identical(tmp_path, example_project):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        build(str(example_project / "publishconf.py"), str(out), {"SITEURL": SITE})
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


# Data downloads -----------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["story", "empty", "empty lists", "scalars"])
def test_story_json_written_piece_by_piece_is_what_one_dumps_gives(story, tmp_path, shape):
    data = {
        "story": lambda: story_data(story),
        "empty": dict,
        "empty lists": lambda: {"sources": [], "people": [{"name": "Łukasz \"Ł\" </script>"}], "x": []},
        "scalars": lambda: {"count": 3, "note": None, "nested": {"a": [1, {"b": "ü"}]}},
    }[shape]()
    path = tmp_path / "story.json"
    write_compact_json(data, str(path))
    expected = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert path.read_text(encoding="utf-8") == expected
    assert json.loads(path.read_text(encoding="utf-8")) == data


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows and rows[0] and all(rows[0]), f"{path.name}: no header row"
    assert all(len(row) == len(rows[0]) for row in rows), f"{path.name}: ragged rows"
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def count_citations(value) -> int:
    if isinstance(value, dict):
        found = 1 if {"source", "sentence"} <= value.keys() else 0
        return found + sum(count_citations(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_citations(v) for v in value)
    return 0


# What the example story's tables must hold, known from its files rather than from the build:
# the outlets its sidecars name, and mentions counted by hand in its seeds (`grep -o Bialiatski`
# gives 3, 5, 4, 5 and 5, the only spelling of his name they use; Babaryka is named once in the
# Unattributed report, twice, in full and by surname, by Euromaidan Press and by Presence News,
# and once, as "Viktor Babaryko", by the BBC).
EXAMPLE_OUTLETS = {
    "000_c534272e422073ca": "Unattributed report",
    "001_181edfe7fb956e88": "Euromaidan Press (repost)",
    "002_25f6ded758b2df7f": "Presence News",
    "003_0f156859665e8b4b": "DW",
    "004_7df2e0f2d1cf324f": "BBC News",
}
BIALIATSKI_MENTIONS = {"000": 3, "001": 5, "002": 4, "003": 5, "004": 5}
BABARYKA_FORMS = [
    ("000", "Viktar Babaryka"), ("001", "Viktar Babaryka"), ("001", "Babaryka"),
    ("002", "Viktar Babaryka"), ("002", "Babaryka"), ("004", "Viktor Babaryko"),
]
# When Bialiatski was sentenced, as each outlet that dates it says: "2023", "In March 2023",
# "In April 2023" -- the story's one disputed date.
SENTENCED = [("001", "2023"), ("002", "2023-03"), ("003", "2023-04")]


@pytest.mark.parametrize("which", ["site", "published_site"])
def test_every_csv_has_a_header_and_the_rows_the_example_story_holds(which, request):
    root = request.getfixturevalue(which)
    tables = {p.stem: read_csv(p) for p in sorted((root / "data").glob("*.csv"))}  # header, not ragged
    assert {"sources", "sentences", "people", "mentions", "citations", "events", "event_conflict_dates"} <= set(tables)
    _, sources = tables["sources"]
    assert {r["id"]: r["outlet"] for r in sources} == EXAMPLE_OUTLETS
    assert len(sources) == len(EXAMPLE_OUTLETS)
    _, people = tables["people"]
    registry = sorted(p.stem for p in (EXAMPLE / "content" / "people").glob("*.md") if not p.name.startswith("_"))
    assert len(registry) == 21 and sorted(r["slug"] for r in people) == registry
    _, mentions = tables["mentions"]
    counted = {}
    for row in mentions:
        if row["person"] == "ales-bialiatski":
            counted[row["source"][:3]] = counted.get(row["source"][:3], 0) + 1
    assert counted == BIALIATSKI_MENTIONS
    assert [(r["source"][:3], r["form"]) for r in mentions if r["person"] == "viktar-babaryka"] == BABARYKA_FORMS
    header, disputed = tables["event_conflict_dates"]
    assert header == ["event", "source", "date"]
    assert [(r["source"][:3], r["date"]) for r in disputed] == SENTENCED
    assert len({r["event"] for r in disputed}) == 1
    _, citations = tables["citations"]
    assert len(citations) > len(mentions)  # a row for each mention's citation, and for the rest


def test_sentences_csv_holds_the_articles_sentences_and_the_published_one_only_the_cited(site, published_site):
    """The editor's build: every sentence of the Unattributed report's text, line by line (its
    line 7 is a byline, set aside; the three sentences of its line 4 read as written). The
    published build: the sentence the front page cites, and not one nobody cites."""
    _, sentences = read_csv(site / "data" / "sentences.csv")
    report = [r for r in sentences if r["source"] == "000_c534272e422073ca"]
    assert sorted({int(r["line"]) for r in report}) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15]
    assert [r["text"] for r in report if r["line"] == "4"] == [
        "Ukraine\u2019s prisoner of war coordination centre said it had received 114 of those released, "
        "including Ukrainian citizens accused of working for Ukrainian intelligence and Belarusian political prisoners.",
        "The remaining nine were taken to Lithuania.",
        "Ukrainian President Volodymyr Zelenskyy confirmed that five Ukrainian citizens were among those freed.",
    ]
    uncited = ("000_c534272e422073ca", "His wife said he was in good health.")
    cited = "On December 13, 2025, Belarus released 123 prisoners"  # [cite 002 ...] in content/index.md
    assert cited in (EXAMPLE / "content" / "index.md").read_text(encoding="utf-8")
    assert uncited in {(r["source"], r["text"]) for r in sentences}
    _, published = read_csv(published_site / "data" / "sentences.csv")
    assert uncited not in {(r["source"], r["text"]) for r in published}
    assert any(r["source"] == "002_25f6ded758b2df7f" and cited in r["text"] for r in published)
    assert {(r["source"], r["id"]) for r in published} < {(r["source"], r["id"]) for r in sentences}


def test_citations_csv_names_each_cited_sentence_of_sentences_csv_by_its_key(site):
    """Every citation finds its sentence's words in sentences.csv, which citations.csv does not repeat."""
    _, sentences = read_csv(site / "data" / "sentences.csv")
    words = {(r["source"], r["id"]): r["text"] for r in sentences}
    header, rows = read_csv(site / "data" / "citations.csv")
    assert rows and header == ["table", "row", "field", "source", "sentence"]
    for row in rows:
        assert words[(row["source"], row["sentence"])]


def test_no_csv_has_a_column_per_source(site):
    """What each source says where sources disagree is a row per source, not a column."""
    data = json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))
    ids = {s["id"] for s in data["sources"]}
    for path in (site / "data").glob("*.csv"):
        header, _ = read_csv(path)
        assert not [c for c in header if any(part in ids for part in c.split("."))], path.name
    header, rows = read_csv(site / "data" / "event_conflict_dates.csv")
    assert header == ["event", "source", "date"] and rows
    events = {r["id"] for r in read_csv(site / "data" / "events.csv")[1]}
    assert all(r["event"] in events and r["source"] in ids for r in rows)


def test_tables_follow_the_shape_of_the_data_not_its_names(tmp_path):
    """Events, numbers and quotes as the interface describes them, before the site has them."""
    cite = {"source": "004", "sentence": "s-1"}
    data = {
        "sources": [{"id": "003", "outlet": "DW", "sentences": []},
                    {"id": "004", "outlet": "BBC News", "sentences": [{"id": "s-1", "text": "One."}]}],
        "events": [
            {"date": "2025-12-13", "precision": "day", "label": "Release", "people": ["a", "b"],
             "citations": [cite, {"source": "004", "sentence": "s-2"}], "conflict": None},
            {"date": "2020", "precision": "year", "label": "Arrest", "people": [], "citations": [cite],
             "conflict": {"note": "years differ", "dates": {"003": "2020", "004": "2021"}}},
            {"date": "2025-06", "precision": "month", "label": "Earlier release", "people": [],
             "citations": [{**cite, "words": "in June"}], "conflict": None},
        ],
        "numbers": [{"value": 123, "what": "prisoners freed", "citations": [cite]}],
        "quotes": [{"speaker": "x", "text": "One.", "citation": cite, "same_as": [cite]}],
        "warnings": [],
    }
    tables = {t.name: t for t in story_tables(data)}
    assert list(tables) == [
        "sources", "sentences", "events", "event_conflict_dates", "event_citations", "numbers", "quotes",
        "warnings", "citations",
    ]
    # One event's citations carry more than an address, so every event's become rows of their own.
    assert [(r["event"], r["sentence"]) for r in tables["event_citations"].rows] == [
        ("1", "s-1"), ("1", "s-2"), ("2", "s-1"), ("3", "s-1")
    ]
    events = tables["events"]
    assert events.rows[0]["people"] == "a; b" and "citations" not in events.columns
    assert tables["numbers"].rows[0]["citations"] == "004#s-1"
    # A record keyed by source is a row per source, never a column per source.
    assert events.rows[1]["conflict.note"] == "years differ" and "conflict" not in events.columns
    assert not any(column.startswith("conflict.dates") for column in events.columns)
    assert tables["event_conflict_dates"].columns == ["event", "source", "date"]
    assert tables["event_conflict_dates"].rows == [
        {"event": "2", "source": "003", "date": "2020"}, {"event": "2", "source": "004", "date": "2021"}
    ]
    assert tables["numbers"].rows[0]["value"] == "123"
    assert tables["quotes"].rows[0]["citation.source"] == "004"
    assert tables["sentences"].rows == [{"source": "004", "id": "s-1", "text": "One."}]
    assert tables["warnings"].columns == ["warning"] and tables["warnings"].rows == []
    citations = tables["citations"].rows
    assert len(citations) == count_citations(data) == 7
    assert citations[1]["table"] == "event_citations" and citations[1]["row"] == "2"
    assert {(c["table"], c["field"]) for c in citations} >= {("quotes", "citation"), ("quotes", "same_as")}
    assert citations[0] == {"table": "event_citations", "row": "1", "field": "", "source": "004", "sentence": "s-1"}
    write_tables(list(tables.values()), str(tmp_path))
    header, rows = read_csv(tmp_path / "events.csv")
    assert header == events.columns and len(rows) == 3


def test_the_method_page_links_every_download(site):
    method = soup(site / "method.html")
    linked = {(site / a["href"]).resolve() for a in method.find_all("a", href=True)}
    downloads = {p.resolve() for p in (site / "data").iterdir()}
    assert downloads and downloads <= linked


def test_the_method_page_says_what_is_not_known_and_how_to_report_an_error(site):
    text = soup(site / "method.html").get_text(" ")
    assert "original web address" in text and "report an error" in text.lower()
    assert soup(site / "method.html").select("span.cite")


# JSON-LD ------------------------------------------------------------------------------------


def jsonld(path: Path) -> dict | None:
    script = soup(path).find("script", type="application/ld+json")
    return json.loads(script.string) if script else None


def test_front_page_json_ld_is_a_news_article_citing_every_source(live_site, sources):
    data = jsonld(live_site / "index.html")
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["url"] == f"{SITE}/"
    assert [c["publisher"]["name"] for c in data["citation"]] == [s.outlet for s in sources.values()]
    assert all("url" not in c for c in data["citation"])  # no original address is recorded: none is invented


def test_profile_pages_carry_person_json_ld(live_site):
    story = build_story(EXAMPLE / "seeds", EXAMPLE / "content" / "people")
    person = story.people[0]
    page = Page(save_as=f"people/{person.slug}.html", template="profile", title=person.name,
                values={"person": person})
    attach_metadata([page], story, publish_settings({"SITEURL": SITE + "/", "SITENAME": "X"}))
    data = json.loads(page.jsonld)
    assert data["@type"] == "Person" and data["name"] == person.name
    assert data["url"] == f"{SITE}/people/{person.slug}.html" and page.og_type == "profile"
    profiles = sorted((live_site / "people").glob("*.html"))
    registry = sorted(p.stem for p in (EXAMPLE / "content" / "people").glob("*.md") if not p.name.startswith("_"))
    assert len(registry) == 21 and [p.stem for p in profiles] == registry  # a page for each person
    for path in profiles:
        assert jsonld(path)["@type"] == "Person", path


def test_json_ld_cannot_close_its_script_element():
    hostile = {"name": "</script><script>alert(1)</script> & <!--"}
    text = script_json(hostile)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == hostile


# make devserver -----------------------------------------------------------------------------


def test_devserver_watches_seeds_people_content_theme_and_settings():
    from pelican.settings import read_settings

    settings_file = str(ROOT / "pelicanconf.py")
    paths = watched_paths(settings_file, read_settings(settings_file))
    for part in ("pelicanconf.py", "seeds", "content", "theme"):
        assert str(ROOT / part) in paths
    people = ROOT / "content" / "people"
    assert any(people == Path(p) or Path(p) in people.parents for p in paths)


def test_editing_a_seed_wakes_the_devserver(tmp_path):
    from pelican.settings import read_settings

    project = copy_project(tmp_path / "project")
    settings_file = str(project / "pelicanconf.py")
    paths = watched_paths(settings_file, read_settings(settings_file))
    stop, changed = threading.Event(), []
    watcher = threading.Thread(target=lambda: changed.append(next_change(paths, stop_event=stop)))
    watcher.start()
    seed = next((project / "seeds").glob("*.txt"))
    try:
        deadline = time.monotonic() + 10
        while watcher.is_alive() and time.monotonic() < deadline:
            seed.write_bytes(seed.read_bytes())
            time.sleep(0.1)
    finally:
        stop.set()
        watcher.join(5)
    assert changed and str(seed) in changed[0]
    shutil.rmtree(project)


def test_a_seed_sentence_that_looks_like_a_formula_is_inert_in_the_csv(project):
    import csv
    import hashlib

    from explainer.build import build

    seed = project / "seeds" / "003_0f156859665e8b4b.txt"
    seed.write_bytes(seed.read_bytes() + b'\n=HYPERLINK("http://example.invalid","click") was typed here.\n')
    sidecar = seed.with_suffix(".yaml")
    text = sidecar.read_text(encoding="utf-8")
    sidecar.write_text(text.rsplit("sha256:", 1)[0] + "sha256: " + hashlib.sha256(seed.read_bytes()).hexdigest() + "\n", encoding="utf-8")
    build(str(project / "pelicanconf.py"), str(project / "output"))
    with open(project / "output" / "data" / "sentences.csv", encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    formula = [t for t in texts if "HYPERLINK" in t]
    assert formula and all(t.startswith("'=") for t in formula)


def test_every_rebuild_in_one_process_shows_its_warnings_again(example_project, tmp_path):
    """`make devserver` builds again and again in one process: the second build's warnings are
    as real as the first's, and must be printed too."""
    script = (
        "import sys\nfrom explainer.build import main\n"
        "for _ in range(2):\n"
        "    assert main(['-s', sys.argv[1], '-o', sys.argv[2]]) == 0\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(example_project / "pelicanconf.py"), str(tmp_path / "output")],
        cwd=example_project, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(example_project / "plugins")},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("'Cole' looks like a spelling of 'Coale'") == 2, done.stderr
