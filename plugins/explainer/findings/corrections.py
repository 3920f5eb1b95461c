"""The editor's corrections: `content/corrections.yaml`, one file for what the rules got wrong.

Optional. Seeds are locked byte for byte and the rules are general, so an editor who knows
better says so here, entry by entry, and each entry names what it corrects by words quoted
from a seed, checked like an editorial citation: words not in the seed stop the build with the
file and line. Each correction is applied where its finding is made (`story.py` calls the
`apply_*` methods in turn), and an entry that no longer matches anything (a seed changed, a
rule improved) is reported as a warning naming its line, never silently ignored.

```yaml
- not_article: 004 "Photo by the family"   # the paragraph holding the words
  kind: caption                            # caption | teaser | gallery | credit | furniture
- speaker: 003 "we will not stop"          # a quotation in that sentence
  is: jane-roe                             # a person's file name | unnamed | not a quotation
- fact: ales-ivanou
  kind: age                                # age, arrested, charge, sentence, sentenced, released_to
  cite: 002 "Ivanou, 62,"                  # where the rules read it
  hide: true                               # or: value: "63" with value_cite: 001 "..."
- not_a_person: "Daily Herald"             # the name's warning is dismissed
- not_a_count: 004 "the 2020 protests"     # the counts within these words are not counts
```

An entry with `published: YYYY-MM-DD` (and a `note:` for readers) is a published correction:
it is listed, with that date, in the corrections log on the method page, as newsrooms publish
theirs. The date is the editor's, never the clock's, so two builds are byte-identical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..base.errors import ExplainerError, display_path
from ..base.text import fold, words
from ..base.yamlfile import load_yaml
from ..extract.citations import Citation, checked_citation
from ..extract.sources import Source
from .facts import FACT_KINDS

LINE = "__line__"
# The key that says what an entry corrects, and the other keys it may have.
ENTRY_KEYS = {
    "not_article": frozenset({"kind", "note", "published"}),
    "speaker": frozenset({"is", "note", "published"}),
    "fact": frozenset({"kind", "cite", "hide", "value", "value_cite", "note", "published"}),
    "not_a_person": frozenset({"note", "published"}),
    "not_a_count": frozenset({"note", "published"}),
}
NOT_ARTICLE_KINDS = ("caption", "teaser", "gallery", "credit", "furniture")
UNNAMED = "unnamed"
NOT_A_QUOTATION = "not a quotation"


@dataclass
class Entry:
    """One correction: its line, what it names (a citation, a person, a name) and the rest."""

    kind: str
    line: int
    citation: Citation | None = None
    target: str = ""
    fields: dict = field(default_factory=dict)
    matched: bool = False
    published: dt.date | None = None  # a published correction: listed in the corrections log


@dataclass(frozen=True)
class LoggedCorrection:
    """A line of the corrections log: when, what was corrected, and the editor's note."""

    published: dt.date
    what: str
    note: str
    citation: Citation | None


@dataclass
class Corrections:
    """The corrections file read and checked; `apply_*` change findings and note what matched."""

    path: Path | None
    entries: list[Entry] = field(default_factory=list)

    def of(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    def marked_sentences(self, sources: tuple[Source, ...]) -> dict[str, dict[str, str]]:
        """source id -> {sentence id: the kind the editor gave}: every sentence of each
        paragraph marked not the article."""
        marked: dict[str, dict[str, str]] = {}
        by_id = {s.id: s for s in sources}
        for entry in self.of("not_article"):
            source = by_id.get(entry.citation.source)
            sentence = source.sentence(entry.citation.sentence) if source else None
            if sentence is None:
                continue
            ids = source.block_sentences[sentence.block]
            kind = entry.fields.get("kind", "furniture")
            changed = {sid: kind for sid in ids if source.sentence(sid).kind != kind}
            entry.matched = bool(changed) or entry.matched
            marked.setdefault(source.id, {}).update(changed)
        return marked

    def apply_not_article(self, sources: tuple[Source, ...]) -> tuple[tuple[Source, ...], dict[str, dict[str, str]]]:
        """The sources with marked sentences given the editor's kind (so no longer the outlet's
        own text, read for nothing derived, as a caption), and what was marked."""
        marked = self.marked_sentences(sources)
        if not marked:
            return sources, marked
        changed = []
        for source in sources:
            kinds = marked.get(source.id)
            if not kinds:
                changed.append(source)
                continue
            sentences = tuple(
                dataclasses.replace(s, kind=kinds[s.id]) if s.id in kinds else s for s in source.sentences
            )
            captions = {source.sentence(sid).block for sid, kind in kinds.items() if kind == "caption"}
            blocks = tuple(
                dataclasses.replace(b, kind="caption") if i in captions else b for i, b in enumerate(source.blocks)
            )
            changed.append(dataclasses.replace(source, sentences=sentences, blocks=blocks))
        return tuple(changed), marked

    def apply_speakers(self, quotes, names: dict[str, str]) -> list:
        """The quotations with the editor's speakers: a person, nobody named, or none at all."""
        quotes = list(quotes)
        for entry in self.of("speaker"):
            wanted = " ".join(words(entry.citation.quote or ""))
            kept = []
            for quote in quotes:
                said = " ".join(words(quote.text))
                if (
                    (quote.citation.source, quote.citation.sentence) == (entry.citation.source, entry.citation.sentence)
                    and said and (wanted in said or said in wanted)
                ):
                    entry.matched = True
                    who = entry.target
                    if who == NOT_A_QUOTATION:
                        continue
                    if who == UNNAMED:
                        quote = dataclasses.replace(quote, speaker=None, speaker_form="", speaker_unread=False)
                    else:
                        quote = dataclasses.replace(
                            quote, speaker=who, speaker_form=quote.speaker_form or names[who], speaker_unread=False
                        )
                kept.append(quote)
            quotes = kept
        return quotes

    def apply_facts(self, found: list, sources: dict[str, Source]) -> list:
        """The facts each source states (before grouping) with the editor's hidden or changed
        values: a changed value is cited to the sentence the editor gave."""
        found = list(found)
        for entry in self.of("fact"):
            kept = []
            for item in found:
                if (
                    item.person == entry.target and item.kind == entry.fields["kind"]
                    and (item.citation.source, item.citation.sentence) == (entry.citation.source, entry.citation.sentence)
                ):
                    entry.matched = True
                    if entry.fields.get("hide"):
                        continue
                    cited = entry.fields["value_cite"]
                    value = str(entry.fields["value"]).strip()
                    item = dataclasses.replace(
                        item, value=value, display=value, citation=cited, outlet=sources[cited.source].outlet
                    )
                kept.append(item)
            found = kept
        return found

    def apply_counts(self, counted: list) -> list:
        """The counts (key, citation) without those within the words of a `not_a_count`."""
        kept = []
        for key, citation in counted:
            dropped = False
            for entry in self.of("not_a_count"):
                if (citation.source, citation.sentence) != (entry.citation.source, entry.citation.sentence):
                    continue
                phrase = " ".join(words(citation.quote or ""))
                if phrase and phrase in " ".join(words(entry.citation.quote or "")):
                    entry.matched = dropped = True
            if not dropped:
                kept.append((key, citation))
        return kept

    def dismissed(self, name: str) -> bool:
        """Whether a name's warning is dismissed (`not_a_person`); noted as a match."""
        for entry in self.of("not_a_person"):
            if fold(entry.target) == fold(name):
                entry.matched = True
                return True
        return False

    def dismissed_forms(self) -> frozenset[str]:
        return frozenset(fold(e.target) for e in self.of("not_a_person"))

    def log(self, names: dict[str, str]) -> tuple[LoggedCorrection, ...]:
        """The published corrections, newest first (file order among one day's)."""
        logged = [
            LoggedCorrection(e.published, _described(e, names), str(e.fields.get("note") or "").strip(), e.citation)
            for e in self.entries
            if e.published is not None
        ]
        return tuple(sorted(logged, key=lambda item: item.published, reverse=True))

    def stale(self) -> tuple[str, ...]:
        """One warning per entry that matched nothing."""
        if self.path is None:
            return ()
        return tuple(
            f"{display_path(self.path)}:{entry.line}: this `{entry.kind}:` correction matches nothing the rules "
            f"found (did a seed change?); correct its words or remove it"
            for entry in self.entries
            if not entry.matched
        )


def read_corrections(path: Path | None, sources: dict[str, Source], person_slugs: set[str]) -> Corrections:
    """The file checked: every quoted word found in its seed, every person registered."""
    if path is None or not Path(path).is_file():
        return Corrections(None)
    path = Path(path)
    data = load_yaml(path, line_key=LINE)
    if data is None:
        return Corrections(path)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ExplainerError(path, "expected a list of corrections, each starting with `- `", line=1)
    corrections = Corrections(path)
    for item in data:
        corrections.entries.append(_entry(path, item, sources, person_slugs))
    return corrections


def _described(entry: Entry, names: dict[str, str]) -> str:
    """What a correction changed, in a reader's words."""
    if entry.kind == "not_article":
        return f"Text marked as not the article ({entry.fields['kind']}): no longer read as the outlet's words"
    if entry.kind == "speaker":
        if entry.target == NOT_A_QUOTATION:
            return "Words no longer shown as a quotation"
        if entry.target == UNNAMED:
            return "A quotation no longer credited to a named person"
        return f"A quotation now credited to {names.get(entry.target, entry.target)}"
    if entry.kind == "fact":
        who = names.get(entry.target, entry.target)
        label = entry.fields["kind"].replace("_", " ")
        if entry.fields.get("hide"):
            return f"A key fact ({label}) of {who} withdrawn"
        return f"A key fact ({label}) of {who} corrected to {str(entry.fields['value']).strip()}"
    if entry.kind == "not_a_person":
        return f"\u201c{entry.target}\u201d is no longer taken for a person"
    return "A number no longer counted as a figure"


def _published(path: Path, line: int, value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ExplainerError(path, f"`published: {value}` is not a date; write it as YYYY-MM-DD", line=line) from None


def _entry(path: Path, item: dict, sources: dict[str, Source], person_slugs: set[str]) -> Entry:
    line = item[LINE]
    kinds = [key for key in item if key in ENTRY_KEYS]
    if len(kinds) != 1:
        raise ExplainerError(
            path, f"each correction starts with one of {', '.join(ENTRY_KEYS)}", line=line
        )
    kind = kinds[0]
    for key in item:
        if key not in (LINE, kind) and key not in ENTRY_KEYS[kind]:
            allowed = ", ".join(sorted(ENTRY_KEYS[kind])) or "nothing else"
            raise ExplainerError(path, f"unknown key {key!r} in a `{kind}:` correction; allowed: {allowed}", line=line)
    fields = {k: v for k, v in item.items() if k not in (LINE, kind)}
    entry = Entry(kind, line, fields=fields, published=_published(path, line, fields.pop("published", None)))
    if kind == "not_article":
        entry.citation = checked_citation(path, line, item[kind], sources)
        if str(fields.get("kind", "furniture")) not in NOT_ARTICLE_KINDS:
            raise ExplainerError(path, f"`kind:` must be one of {', '.join(NOT_ARTICLE_KINDS)}", line=line)
        fields["kind"] = str(fields.get("kind", "furniture"))
    elif kind == "speaker":
        entry.citation = checked_citation(path, line, item[kind], sources)
        who = str(fields.get("is") or "").strip()
        if who not in (UNNAMED, NOT_A_QUOTATION) and who not in person_slugs:
            raise ExplainerError(
                path, f"`is: {who}` must be a file name from content/people, `{UNNAMED}` or `{NOT_A_QUOTATION}`",
                line=line,
            )
        entry.target = who
    elif kind == "fact":
        entry.target = str(item[kind] or "").strip()
        if entry.target not in person_slugs:
            raise ExplainerError(path, f"no person {entry.target!r} in content/people; use a file name from there", line=line)
        if fields.get("kind") not in FACT_KINDS:
            raise ExplainerError(path, f"`kind:` must be one of {', '.join(FACT_KINDS)}", line=line)
        if "cite" not in fields:
            raise ExplainerError(path, "`cite:` is required: the sentence the fact was read from", line=line)
        entry.citation = checked_citation(path, line, fields["cite"], sources)
        if fields.get("hide") is True:
            if "value" in fields or "value_cite" in fields:
                raise ExplainerError(path, "give either `hide: true` or `value:` with `value_cite:`, not both", line=line)
        elif "value" in fields and "value_cite" in fields:
            fields["value_cite"] = checked_citation(path, line, fields["value_cite"], sources)
        else:
            raise ExplainerError(
                path, "say what to do: `hide: true`, or `value:` with `value_cite:` (where a source states it)", line=line
            )
    elif kind == "not_a_person":
        entry.target = str(item[kind] or "").strip()
        if not entry.target:
            raise ExplainerError(path, "`not_a_person:` needs the name as the warning gives it", line=line)
    else:
        entry.citation = checked_citation(path, line, item[kind], sources)
    return entry


