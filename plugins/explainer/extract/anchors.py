"""Stable anchors for sentences.

A citation is a link to `sources/<id>.html#<anchor>`, and links from outside the site must keep
working when the editor adds or removes a paragraph. So an anchor is derived from the sentence's
own words -- a readable slug of its first words and a short hash of its folded text -- and never
from its position. Only a sentence repeated word for word in one source needs a tie-break,
which is its order among its identical twins.
"""

from __future__ import annotations

import hashlib

from ..base.text import fold, slugify

SLUG_WORDS = 5
HASH_CHARS = 6


def sentence_anchor(text: str) -> str:
    digest = hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:HASH_CHARS]
    slug = slugify(text, SLUG_WORDS) or "s"
    return f"{slug}-{digest}"


def assign_anchors(texts: list[str]) -> list[str]:
    """Anchors for the sentences of one source, unique within it."""
    seen: dict[str, int] = {}
    anchors = []
    for text in texts:
        anchor = sentence_anchor(text)
        seen[anchor] = seen.get(anchor, 0) + 1
        anchors.append(anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}")
    return anchors
