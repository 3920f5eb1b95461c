"""Page weight of the real site: light enough for a slow or watched connection."""

import re


def test_css_is_small_and_there_is_no_script_or_web_font(site):
    css = sum(p.stat().st_size for p in site.rglob("*.css"))
    assert 0 < css < 20 * 1024
    scripts = [p for p in site.rglob("*") if p.suffix in {".js", ".mjs"}]
    assert scripts == []  # the theme ships no script: not one byte of JavaScript
    fonts = [p for p in site.rglob("*") if p.suffix in {".woff", ".woff2", ".ttf", ".otf", ".eot"}]
    assert fonts == []
    for sheet in site.rglob("*.css"):
        assert not re.search(r"@font-face|@import|url\(\s*['\"]?(https?:)?//", sheet.read_text(encoding="utf-8"))


def test_no_page_is_heavier_than_150_kb(site, published_site):
    for root in (site, published_site):
        for page in root.rglob("*.html"):
            assert page.stat().st_size < 150 * 1024, page


def test_pages_need_no_javascript(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*application/ld\+json)", html), page
