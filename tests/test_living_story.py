"""A story grows: each article says when it was added (`added:` in its sidecar, never the
clock), and the front page, the Atom feed, JSON-LD and the sitemap follow."""

import json
import os
import re
import subprocess
import sys
from xml.etree import ElementTree

from bs4 import BeautifulSoup

from conftest import run_build

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://example.org/story"
LATE = "004_7df2e0f2d1cf324f"


def publish(project):
    return subprocess.run(
        [sys.executable, "-m", "explainer.build", "-s", str(project / "publishconf.py"), "-o", str(project / "output")],
        cwd=project, capture_output=True, text=True,
        env={"PYTHONPATH": str(project / "plugins"), "PATH": "/usr/bin:/bin", "SITEURL": SITE,
             "SOURCE_DATE_EPOCH": "1765584000"},
    )


def add_line(sidecar, line):
    sidecar.write_text(sidecar.read_text(encoding="utf-8").rstrip("\n") + f"\n{line}\n", encoding="utf-8")


def test_an_article_added_later_shows_on_the_front_page_in_the_feed_and_the_metadata(project):
    add_line(project / "seeds" / f"{LATE}.yaml", "added: 2025-12-20")
    result = publish(project)
    assert result.returncode == 0, result.stderr
    out = project / "output"

    front = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    updated = front.select_one("p.updated")
    assert updated.time["datetime"] == "2025-12-20"
    assert [a["href"].removeprefix("./") for a in updated.find_all("a")] == [f"sources/{LATE}.html"]

    feed = ElementTree.parse(out / "feeds" / "updates.atom.xml").getroot()
    assert feed.findtext(f"{ATOM}updated") == "2025-12-20T00:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 5
    assert entries[0].findtext(f"{ATOM}id") == f"{SITE}/sources/{LATE}.html"
    assert [e.findtext(f"{ATOM}updated")[:10] for e in entries] == ["2025-12-20"] + ["2025-12-13"] * 4
    assert front.find("link", rel="alternate", type="application/atom+xml")["href"].removeprefix("./") == "feeds/updates.atom.xml"

    jsonld = json.loads(front.find("script", type="application/ld+json").string)
    assert (jsonld["datePublished"], jsonld["dateModified"]) == ("2025-12-13", "2025-12-20")

    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    late = re.search(rf"<loc>{re.escape(SITE)}/sources/{LATE}\.html</loc><lastmod>([\d-]+)</lastmod>", sitemap)
    early = re.search(rf"<loc>{re.escape(SITE)}/sources/000_c534272e422073ca\.html</loc><lastmod>([\d-]+)</lastmod>", sitemap)
    assert (late.group(1), early.group(1)) == ("2025-12-20", "2025-12-13")
    assert f"<loc>{SITE}/</loc><lastmod>2025-12-20</lastmod>" in sitemap


def test_a_story_added_in_one_go_says_when_without_listing_every_article(project):
    result = publish(project)
    assert result.returncode == 0, result.stderr
    updated = BeautifulSoup((project / "output" / "index.html").read_text(encoding="utf-8"), "html.parser").select_one("p.updated")
    assert updated.time["datetime"] == "2025-12-13" and not updated.find_all("a")


def test_a_bad_added_date_names_its_line(project):
    add_line(project / "seeds" / f"{LATE}.yaml", "added: last week")
    result = run_build(project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = (project / "seeds" / f"{LATE}.yaml").read_text(encoding="utf-8").splitlines()
    assert f"{LATE}.yaml:{len(lines)}: `added: last week` is not a real date" in result.stderr


def test_the_editors_build_writes_no_feed(site):
    assert not (site / "feeds").exists()
    assert os.path.isfile(site / "index.html")
