"""Settings for the editor's build (`make html`): every sentence of every source shown."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

SITENAME = "Explainer"
SITEURL = ""
PATH = os.path.join(HERE, "content")
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = os.path.join(HERE, "theme")
PLUGIN_PATHS = [os.path.join(HERE, "plugins")]
PLUGINS = ["explainer"]

# The explainer's own pages replace Pelican's blog: no articles, archives, tags or feeds.
ARTICLE_PATHS = []
PAGE_PATHS = []
STATIC_PATHS = []
DIRECT_TEMPLATES = []
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True

# One build works from disk (file://) and under a GitHub Pages sub-path.
RELATIVE_URLS = True

EXPLAINER_SEEDS_PATH = os.path.join(HERE, "seeds")
EXPLAINER_PEOPLE_PATH = os.path.join(HERE, "content", "people")
EXPLAINER_SOURCE_TEXT = "full"
