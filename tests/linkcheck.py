"""A link checker for what a generic one cannot know about this site.

It resolves every internal link and fragment, rejects root-relative and folder links (they
break under file://), and checks that every citation lands on a sentence that contains the
words the page quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from explainer.base.text import words


@dataclass
class ParsedPage:
    path: Path
    soup: BeautifulSoup
    ids: set


def parse_site(root: Path) -> dict[Path, ParsedPage]:
    pages = {}
    for path in sorted(root.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        ids = {tag["id"] for tag in soup.find_all(id=True)}
        pages[path.resolve()] = ParsedPage(path, soup, ids)
    return pages


def link_problems(root: Path, pages: dict[Path, ParsedPage] | None = None) -> list[str]:
    pages = pages or parse_site(root)
    problems = []
    for page in pages.values():
        for tag in page.soup.find_all(["a", "link"], href=True):
            problems += _check(root, pages, page, tag["href"])
    return problems


def _check(root, pages, page, href) -> list[str]:
    where = f"{page.path.relative_to(root)}: {href}"
    parts = urlsplit(href)
    if parts.scheme in ("http", "https", "mailto"):
        return []
    if parts.scheme or parts.netloc:
        return [f"{where}: unexpected scheme"]
    if href.startswith("/"):
        return [f"{where}: root-relative link breaks under file://"]
    target = (page.path.parent / unquote(parts.path)).resolve() if parts.path else page.path.resolve()
    if parts.path and (parts.path.endswith("/") or target.is_dir()):
        return [f"{where}: folder link breaks under file://"]
    if not target.exists():
        return [f"{where}: missing file"]
    if parts.fragment and target.suffix == ".html":
        if parts.fragment not in pages[target].ids:
            return [f"{where}: missing anchor"]
    return []


def citation_problems(root: Path, pages: dict[Path, ParsedPage] | None = None) -> list[str]:
    """Each citation link must land on a sentence; quoted words must be in that sentence."""
    pages = pages or parse_site(root)
    problems = []
    count = 0
    for page in pages.values():
        for cite in page.soup.select("span.cite"):
            link = cite.find("a")
            parts = urlsplit(link["href"])
            target = pages.get((page.path.parent / parts.path).resolve())
            sentence = target.soup.find(id=parts.fragment) if target else None
            if sentence is None or "sentence" not in sentence.get("class", []):
                problems.append(f"{page.path.relative_to(root)}: {link['href']} is not a sentence")
                continue
            count += 1
            quoted = cite.find_previous_sibling("q")
            if quoted is not None and quoted.find_next_sibling("span") is cite:
                needle = " ".join(words(quoted.get_text()))
                if needle not in " ".join(words(sentence.get_text())):
                    problems.append(f"{page.path.relative_to(root)}: {quoted.get_text()!r} not in {parts.fragment}")
    if count == 0:
        problems.append("no citation found anywhere")
    return problems


def unreachable_pages(root: Path, pages: dict[Path, ParsedPage] | None = None) -> list[str]:
    pages = pages or parse_site(root)
    start = (root / "index.html").resolve()
    seen, todo = {start}, [start]
    while todo:
        page = pages[todo.pop()]
        for tag in page.soup.find_all("a", href=True):
            parts = urlsplit(tag["href"])
            if parts.scheme or not parts.path:
                continue
            target = (page.path.parent / unquote(parts.path)).resolve()
            if target in pages and target not in seen:
                seen.add(target)
                todo.append(target)
    # A 404 page is served in place of a missing one: nothing links to it.
    error_page = (root / "404.html").resolve()
    return sorted(str(p.relative_to(root.resolve())) for p in pages if p not in seen and p != error_page)
