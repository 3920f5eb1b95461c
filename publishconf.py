"""Settings for the published site (`make publish`): only the cited sentences of each source.

We quote the articles, we do not republish them.
"""

import os
import runpy

# The editor's settings beside this file, read by path: `from pelicanconf import *` would take
# whichever module named pelicanconf a process imported first, which need not be this one's.
globals().update(
    {
        key: value
        for key, value in runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pelicanconf.py")).items()
        if key.isupper()
    }
)

SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = True
EXPLAINER_SOURCE_TEXT = "cited"

# What a published site carries besides its pages. SITEURL (e.g. https://user.github.io/repo,
# given as `make publish SITEURL=...`) makes canonical links, Open Graph and the sitemap absolute;
# page links stay relative either way.
EXPLAINER_NOT_FOUND_SAVE_AS = "404.html"
EXPLAINER_SITEMAP_SAVE_AS = "sitemap.xml"
EXPLAINER_ROBOTS_SAVE_AS = "robots.txt"
# An Atom feed of the articles added to the story, each dated by its sidecar's `added:` (Pelican's
# own FEED_* settings stay off: the site has no Pelican articles for them to list).
EXPLAINER_FEED_SAVE_AS = "feeds/updates.atom.xml"
