"""An editor's file written for another story: it cites seeds, none of which this story has.

Dropping another story's articles into `seeds/` (or starting over without `make new-story`)
leaves the old story's front page, method page, timeline plan and corrections behind, each
citing seeds that are gone. Every citation failing at once is not a typo to stop the build for:
the file belongs to the story that was there before. Such a file is left out with one warning
saying so; a file with one unknown seed among known ones is still a typo, and still an error.
"""

from __future__ import annotations

import re

from .citations import resolve_source
from .sources import Source

# `004 "exact words"` wherever it stands: in a [cite ...] marker, after `cite:`, in a list.
_REFERENCE = re.compile(r"(?<![\w.-])(?P<source>[A-Za-z0-9][\w.-]{0,80})\s+[\"\u201c][^\"\u201c\u201d\n]{2,}[\"\u201d]")
# Two citations at least: a file with a single misspelt seed is a typo, reported as one.
FOREIGN_MINIMUM = 2


def written_for_another_story(text: str, sources: dict[str, Source]) -> bool:
    """Whether every citation in `text` names a seed this story does not have (and there are
    at least two)."""
    references = [m.group("source") for m in _REFERENCE.finditer(text)]
    if len(references) < FOREIGN_MINIMUM:
        return False
    return all(resolve_source(sources, reference) == [] for reference in references)


def foreign_file(path, sources: dict[str, Source]) -> bool:
    """`written_for_another_story` for a file (unreadable text is left to its reader to report)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return False
    return written_for_another_story(text, sources)


def foreign_warning(path: str) -> str:
    return (
        f"{path}: cites only seeds this story does not have (it was written for another story), so it "
        "is left out; rewrite it for this story's seeds, or delete it"
    )
