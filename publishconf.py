"""Settings for the published site (`make publish`): only the cited sentences of each source.

We quote the articles, we do not republish them.
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = True
EXPLAINER_SOURCE_TEXT = "cited"
