"""What `timeline.html` shows: the events by year, the busiest day by topic, and an overview.

The events come from `timeline.py`; this module only chooses and arranges them for the page,
as `profiles.py` does for profiles. The overview is drawn at build time as SVG values, so the
page needs no script.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from ..base.text import slugify
from ..findings.timeline.events import event_order
from ..findings.timeline.model import Event
from ..language.dates import DAY, MONTH, YEAR, format_date
from ..story import Story

PAGE_EVENTS = 80  # the most events timeline.html lists; data/story.json has them all
MAX_MARKS = 400  # past this, the overview thins its marks

@dataclass(frozen=True)
class TopicGroup:
    name: str
    id: str
    events: tuple[Event, ...]


@dataclass(frozen=True)
class DayGroup:
    """The busiest day, shown as one day organised by topic rather than a run of events."""

    date: str
    display_date: str
    id: str
    topics: tuple[TopicGroup, ...]
    count: int


@dataclass(frozen=True)
class Item:
    kind: str  # "event" or "day"
    event: Event | None = None
    day: DayGroup | None = None


@dataclass(frozen=True)
class YearGroup:
    year: str
    id: str
    items: tuple[Item, ...]
    count: int


@dataclass(frozen=True)
class Mark:
    """One shape of the overview: a span for a year or month, a dot for a day."""

    shape: str  # "rect" or "circle"
    x: str
    y: str
    width: str
    height: str
    css: str


@dataclass(frozen=True)
class Tick:
    x: str
    label: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Overview:
    width: int
    height: int
    axis_y: int
    label_y: int
    axis_start: str
    axis_end: str
    ticks: tuple[Tick, ...]
    marks: tuple[Mark, ...]
    lanes: tuple[tuple[str, str], ...]  # (y, label) of each row
    highlight: Tick | None
    description: str


def shown_events(events, limit: int = PAGE_EVENTS, busiest: str | None = None) -> list[Event]:
    """The events the page lists: all of them, or past `limit` the most widely reported.

    A thousand articles give thousands of single-report dates; one page listing them all would
    be too heavy for a phone. Every event stays in `data/story.json`.
    """
    events = list(events)
    if len(events) <= limit:
        return events
    ranked = sorted(
        events,
        key=lambda e: (not e.editorial, e.conflict is None, e.date != busiest, -len(e.sources),
                       -len(e.citations), not e.people, event_order(e)),
    )
    keep = {e.id for e in ranked[:limit]}
    return [e for e in events if e.id in keep]


def timeline_view(story: Story, limit: int = PAGE_EVENTS) -> dict:
    """What `timeline.html` shows: events by year, the busiest day by topic, and an overview."""
    every = list(story.events)
    day = story.busiest_day
    events = shown_events(every, limit, day)
    years: dict[str, list[Item]] = {}
    day_events: list[Event] = []
    for event in events:
        items = years.setdefault(event.year, [])
        if event.date == day:
            if not day_events:
                items.append(Item("day"))  # placeholder, filled below
            day_events.append(event)
        else:
            items.append(Item("event", event=event))
    day_group = None
    if day_events:
        topics: dict[str, list[Event]] = {}
        for event in day_events:
            topics.setdefault(event.topic or "Other", []).append(event)
        rank = {e.topic or "Other": e.topic_rank for e in day_events}
        names = sorted(topics, key=lambda n: (rank[n], n))
        day_group = DayGroup(
            date=day,
            display_date=format_date(day, DAY),
            id=f"day-{day}",
            topics=tuple(TopicGroup(n, f"day-{day}-{slugify(n, 4) or index}", tuple(topics[n])) for index, n in enumerate(names)),
            count=len(day_events),
        )
    groups = []
    for year in sorted(years):
        items = tuple(Item("day", day=day_group) if i.kind == "day" else i for i in years[year])
        count = sum(i.day.count if i.kind == "day" else 1 for i in items)
        groups.append(YearGroup(year, f"year-{year}", items, count))
    return {
        "years": groups,
        "busiest": day_group,
        "overview": overview(every, day),
        "event_count": len(every),
        "shown_count": len(events),
        # A story small enough to list whole quotes three reports an event; past that, one.
        "quote_count": 3 if len(events) == len(every) else 1,
        "link_count": 50 if len(events) == len(every) else 5,
        "conflict_count": sum(1 for e in events if e.conflict),
    }


def _thin(marks: list[Mark]) -> list[Mark]:
    """At scale, one mark per few units of each row: the drawing stays small, the shape the same."""
    kept: dict[tuple, Mark] = {}
    for mark in sorted(marks, key=lambda m: ("conflict" not in m.css, "busiest" not in m.css)):
        key = (mark.shape, mark.y, int(float(mark.x) // 4), round(float(mark.width) / 4))
        kept.setdefault(key, mark)
    return list(kept.values())


def _position(date: dt.date, start: dt.date, end: dt.date, left: float, width: float) -> float:
    return left + (date - start).days / max((end - start).days, 1) * width


def _span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date at its precision can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = (dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(parts[0], parts[1], 1), last
    day = dt.date(*parts)
    return day, day


def overview(events: list[Event], busiest: str | None, width: int = 600) -> Overview:
    """The events on a proportional time axis, drawn at build time: spans for years and months."""
    lanes = {YEAR: 40, MONTH: 66, DAY: 92}
    left, right = 62, 20
    axis_y, label_y, height = 114, 140, 150
    if not events:
        return Overview(width, height, axis_y, label_y, "", "", (), (), (), None, "No dated events.")
    first = min(int(e.date[:4]) for e in events)
    last = max(int(e.date[:4]) for e in events)
    start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
    inner = width - left - right
    # At most about eight labelled years, on a round step (1, 2, 5, 10, 20, 50, 100, 200, ...).
    step = next(s * 10**k for k in range(6) for s in (1, 2, 5) if (last - first + 1) / (s * 10**k) <= 8)
    ticks = tuple(
        Tick(f"{_position(dt.date(y, 1, 1), start, end, left, inner):.1f}", str(y))
        for y in range(first, last + 1)
        if (y - first) % step == 0
    )
    marks = []
    for event in events:
        a, b = _span(event.date)
        x = _position(a, start, end, left, inner)
        css = "mark" + (" conflict" if event.conflict else "") + (" busiest" if event.date == busiest else "")
        if event.precision == DAY:
            marks.append(Mark("circle", f"{x:.1f}", str(lanes[DAY]), "5", "5", css))
        else:
            w = max(_position(b + dt.timedelta(days=1), start, end, left, inner) - x, 3)
            marks.append(Mark("rect", f"{x:.1f}", str(lanes[event.precision] - 7), f"{w:.1f}", "14", css))
    marks = _thin(marks) if len(marks) > MAX_MARKS else marks
    marks.sort(key=lambda m: (m.shape, float(m.x), m.y, m.css))
    highlight = None
    if busiest:
        x = _position(_span(busiest)[0], start, end, left, inner)
        highlight = Tick(f"{x:.1f}", format_date(busiest, DAY), "end" if x > width * 0.75 else "middle")
    per_year = Counter(e.year for e in events)
    description = (
        f"{len(events)} dated events from {first} to {last}: "
        + ", ".join(f"{y}: {n}" for y, n in sorted(per_year.items()))
        + (f". The busiest day is {format_date(busiest, DAY)}." if busiest else ".")
        + " Events known only to the year or month are drawn as spans, events on a known day as dots."
    )
    return Overview(
        width=width,
        height=height,
        axis_y=axis_y,
        label_y=label_y,
        axis_start=str(left),
        axis_end=str(width - right),
        ticks=ticks,
        marks=tuple(marks),
        lanes=tuple((str(lanes[p]), label) for p, label in ((YEAR, "year"), (MONTH, "month"), (DAY, "day"))),
        highlight=highlight,
        description=description,
    )

