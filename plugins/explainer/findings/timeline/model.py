"""What the timeline is made of: one source's dated report, the happening it belongs to, and the
event a reader sees, each with the citations that support it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...extract.citations import Citation
from ...language.dates import (
    format_date,
)


@dataclass(frozen=True)
class Entry:
    """One source's report of an event: the sentence, and the date in the source's words."""

    citation: Citation
    value: str
    precision: str
    words: str
    relative: bool
    kind: str  # "body", "caption" or "embed" (a post pasted into the article: its author's words)
    author: str | None = None
    people: tuple[str, ...] = ()  # whom this report's clause is about, before reports are merged

    @property
    def display_date(self) -> str:
        return format_date(self.value, self.precision)

    @property
    def link(self) -> Citation:
        """The citation without the quoted words, where the page shows the words elsewhere."""
        return Citation(self.citation.source, self.citation.sentence)


@dataclass(frozen=True)
class DateConflict:
    """Sources that date the same happening differently; `dates` is (source id, date) pairs."""

    note: str
    dates: tuple[tuple[str, str], ...]
    entries: tuple[Entry, ...] = ()

    def to_json(self) -> dict:
        return {"note": self.note, "dates": dict(self.dates)}


@dataclass(frozen=True)
class Event:
    id: str
    date: str
    precision: str
    label: str
    people: tuple[str, ...]
    citations: tuple[Citation, ...]
    conflict: DateConflict | None = None
    relative: str | None = None  # the source's words when every report dates it relatively
    topic: str | None = None
    entries: tuple[Entry, ...] = ()
    action: str | None = None
    topic_rank: int = 0  # the topic's place in the list of topics, for the page's order
    editorial: bool = False  # added or relabelled in content/timeline.yaml

    @property
    def display_date(self) -> str:
        return format_date(self.date, self.precision)

    @property
    def year(self) -> str:
        return self.date[:4]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.citations))

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "date": self.date,
            "precision": self.precision,
            "label": self.label,
            "people": list(self.people),
            "citations": [
                {**e.citation.to_json(), "date": e.value, "words": e.words, "relative": e.relative,
                 "people": list(e.people)}
                for e in self.entries
            ],
            "conflict": self.conflict.to_json() if self.conflict else None,
            "relative": self.relative,
            "topic": self.topic,
        }


@dataclass
class Candidate:
    """A dated clause of one sentence, before reports are merged into events."""

    entry: Entry
    order: tuple[int, int, int]
    people: tuple[str, ...]
    action: str | None
    actions: frozenset[str]
    keywords: frozenset[str]
    label: str
    clause: str
    label_score: tuple
    # The word naming its kind is the date's own: no other verb stands between them ("appeared
    # in court late Monday following her weekend arrest": Monday is not the arrest's).
    kind_at_date: bool = True
    # The key words of the dated clause and of the words either side of the date: further off, a
    # long sentence may tell of another happening.
    near_keywords: frozenset[str] = frozenset()


@dataclass
class Group:
    candidates: list[Candidate]
    date: str
    action: str | None
    people: set[str] = field(default_factory=set)
    keywords: Counter = field(default_factory=Counter)
    conflict: bool = False
    hidden: bool = False
    label: str | None = None
    topic: str | None = None
    editorial: bool = False
    people_override: tuple[str, ...] | None = None
    sentences: set = field(default_factory=set)  # (source index, sentence index) of each report
    dates: dict = field(default_factory=dict)  # each distinct date value: is it a vague relative year

