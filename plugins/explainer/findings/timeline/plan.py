"""The editor's control of the timeline: `content/timeline.yaml`.

Optional: without the file the timeline is automatic. With it the editor can relabel, hide,
split or merge the events the articles give, set topics, and add events of their own. Every
event is named by a sentence it cites, written as in the editorial pages (`004 "exact words"`)
and checked against the article, so a misquote stops the build with the file and line.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ...base.errors import ExplainerError
from ...base.text import words as folded_words
from ...base.yamlfile import load_yaml
from ...extract.citations import Citation, checked_citation
from ...extract.sources import Source
from ...language.dates import precision_of
from .merge import date_conflict, merged_date
from .model import Candidate, Entry, Group

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
EDIT_KEYS = frozenset({"cite", "label", "hide", "split", "merge", "topic", "people", "note"})
ADD_KEYS = frozenset({"date", "label", "cite", "people", "topic", "note"})


@dataclass
class Plan:
    """The editor's `timeline.yaml`, read and checked: every citation found in its source."""

    path: Path
    edits: list[dict]
    additions: list[dict]
    topics: tuple[tuple[str, tuple[str, ...]], ...]

    def apply(self, groups: list[Group]) -> tuple[list[Group], list[Group]]:
        """The merged reports after the edits, and the events the editor added."""
        return apply_plan(self, groups)


def read_plan(path: Path, sources: dict[str, Source], person_slugs: set[str] | None) -> Plan:
    # Each mapping keeps its line under "__line__", for error messages.
    data = load_yaml(path, line_key="__line__")
    if data is None:
        return Plan(path, [], [], ())
    if not isinstance(data, dict):
        raise ExplainerError(path, "expected `topics:`, `events:` and `add:` sections", line=1)
    unknown = set(data) - {"topics", "events", "add", "__line__"}
    if unknown:
        raise ExplainerError(path, f"unknown section {sorted(unknown)[0]!r}; use topics, events or add", line=data["__line__"])
    topics = tuple(_read_topic(path, item) for item in _list(path, data, "topics"))
    edits = []
    for item in _list(path, data, "events"):
        _check_keys(path, item, EDIT_KEYS, "cite")
        edit = dict(item)
        edit["cite"] = checked_citation(path, item["__line__"], item["cite"], sources)
        if "merge" in item:
            edit["merge"] = checked_citation(path, item["__line__"], item["merge"], sources)
        for key in ("label", "topic"):
            if key in item and not isinstance(item[key], str):
                raise ExplainerError(path, f"`{key}:` must be text", line=item["__line__"])
        if "people" in item:
            edit["people"] = _people(path, item, person_slugs)
        edits.append(edit)
    additions = []
    for item in _list(path, data, "add"):
        _check_keys(path, item, ADD_KEYS, "date", "label", "cite")
        date = str(item["date"]).strip()
        if not _DATE.match(date) or not _real_date(date):
            raise ExplainerError(path, f"`date: {date}` must be YYYY, YYYY-MM or YYYY-MM-DD", line=item["__line__"])
        cites = item["cite"] if isinstance(item["cite"], list) else [item["cite"]]
        people = _people(path, item, person_slugs)
        additions.append(
            {**item, "date": date, "people": people, "cite": [checked_citation(path, item["__line__"], c, sources) for c in cites]}
        )
    return Plan(path, edits, additions, topics)


def _people(path: Path, item: dict, person_slugs: set[str] | None) -> list[str]:
    people = item.get("people") or []
    if isinstance(people, str):
        people = [p.strip() for p in people.split(",") if p.strip()]
    if not isinstance(people, list):
        raise ExplainerError(path, "`people:` must be a list of file names from content/people", line=item["__line__"])
    for slug in people:
        if person_slugs is not None and slug not in person_slugs:
            raise ExplainerError(
                path, f"no person {slug!r} in content/people; use a file name from there", line=item["__line__"]
            )
    return [str(p) for p in people]


def _list(path: Path, data: dict, key: str) -> list:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ExplainerError(path, f"`{key}:` must be a list of entries starting with `- `", line=data["__line__"])
    return value


def _check_keys(path: Path, item: dict, allowed, *required) -> None:
    for key in item:
        if key != "__line__" and key not in allowed:
            raise ExplainerError(path, f"unknown key {key!r}; allowed: {', '.join(sorted(allowed))}", line=item["__line__"])
    for key in required:
        if item.get(key) in (None, "", []):
            raise ExplainerError(path, f"`{key}:` is required here", line=item["__line__"])


def _read_topic(path: Path, item: dict) -> tuple[str, tuple[str, ...]]:
    _check_keys(path, item, {"name", "words"}, "name")
    words = item.get("words") or []
    if isinstance(words, str):
        words = [w.strip() for w in words.split(",") if w.strip()]
    return str(item["name"]), tuple(str(w) for w in words)


def _real_date(value: str) -> bool:
    try:
        dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        return False
    return True


def apply_plan(plan: Plan, groups: list[Group]) -> tuple[list[Group], list[Group]]:
    """The editor's changes, in file order; each names its event by a sentence it cites."""
    groups = list(groups)

    def holding(citation: Citation, item: dict) -> Group:
        # A sentence with two dates is in two events: the quoted words say which clause is meant.
        found = [
            (not _quotes_clause(c, citation), index, group)
            for index, group in enumerate(groups)
            for c in group.candidates
            if _same_sentence(c.entry.citation, citation)
        ]
        if found:
            return min(found, key=lambda f: f[:2])[2]
        raise ExplainerError(
            plan.path, f"no timeline event cites {citation.source} \"{citation.quote}\" "
            "(that sentence gives no date); cite a dated sentence, or use `add:`", line=item["__line__"],
        )

    for edit in plan.edits:
        group = holding(edit["cite"], edit)
        if edit.get("split"):
            inside = [c for c in group.candidates if _same_sentence(c.entry.citation, edit["cite"])]
            if len(inside) < len(group.candidates):
                group.candidates = [c for c in group.candidates if c not in inside]
                group.date = _date_of(group.candidates)
                group.conflict = group.conflict and date_conflict(tuple(c.entry for c in group.candidates)) is not None
                group = Group(inside, _date_of(inside), inside[0].action)
                groups.append(group)
        if "merge" in edit:
            other = holding(edit["merge"], edit)
            if other is not group:
                group.candidates += other.candidates
                group.date = _date_of(group.candidates)
                group.conflict = date_conflict(tuple(c.entry for c in group.candidates)) is not None
                group.label = group.label or other.label
                groups.remove(other)
        if edit.get("hide"):
            group.hidden = True
        if edit.get("label"):
            group.label = edit["label"].strip()
            group.editorial = True
        if edit.get("topic"):
            group.topic = edit["topic"].strip()
        if "people" in edit:
            group.people_override = tuple(edit["people"])
    added = []
    for item in plan.additions:
        entries = [
            Candidate(
                entry=Entry(Citation(c.source, c.sentence, c.quote), item["date"], precision_of(item["date"]),
                            item["date"], False, "body", people=tuple(item["people"])),
                order=(-1, item["__line__"], n), people=tuple(item["people"]), action=None,
                actions=frozenset(), keywords=frozenset(), label=item["label"], clause="", label_score=(),
            )
            for n, c in enumerate(item["cite"])
        ]
        group = Group(entries, item["date"], None, set(item["people"]), label=str(item["label"]).strip(),
                       topic=item.get("topic"), editorial=True)
        added.append(group)
    return groups, added


def _quotes_clause(candidate: Candidate, citation: Citation) -> bool:
    wanted = " ".join(folded_words(citation.quote or ""))
    clause = " ".join(folded_words(candidate.clause))
    return bool(wanted) and (wanted in clause or clause in wanted)


def _same_sentence(a: Citation, b: Citation) -> bool:
    return a.source == b.source and a.sentence == b.sentence


def _date_of(candidates: list[Candidate]) -> str:
    return functools.reduce(merged_date, (c.entry.value for c in candidates))
