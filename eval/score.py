"""Score what a story's site states against the story's hand annotation (`gold.yaml`).

Each kind of claim the site states as fact is judged on its own: who said a quotation, which
people a dated happening is about, the date of each report of a happening, which reports are
grouped as one happening, a key fact's value and whose it is, a count or amount, text set aside
as not the article, and a disagreement between outlets. A claim is right only when the gold says
the same thing of the same sentence; a claim about a sentence the gold does not annotate is
wrong, because the gold lists are exhaustive. What the site shows without stating (a cited
sentence with no derived claim) is not a claim and costs nothing but recall.

Gold refers to a sentence by a run of its words; the words are found in the site's sentences
after folding case, quotation marks, dashes and spaces, so the gold never depends on the
plugin's sentence ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

ARTICLE_KINDS = frozenset({"body", "headline", "heading"})
CURRENCIES = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "AUD", "CAD", "CHF", "GBX", "BYN", "UAH"})
CATEGORIES = ("speaker", "event_people", "dates", "grouping", "facts", "numbers", "furniture", "disagreements")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub("[\u2018\u2019\u201a\u201b\u2032`\u00b4]", "'", text)
    text = re.sub("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", '"', text)
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Tally:
    """Precision counts claims the site states; recall counts gold items the site states."""

    right: int = 0
    stated: int = 0
    found: int = 0
    gold: int = 0
    wrong: list[str] = field(default_factory=list)

    def claim(self, ok: bool, what: str) -> None:
        self.stated += 1
        if ok:
            self.right += 1
        else:
            self.wrong.append(what)

    def recall_item(self, ok: bool) -> None:
        self.gold += 1
        self.found += ok

    @property
    def precision(self) -> float | None:
        return self.right / self.stated if self.stated else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    def to_json(self) -> dict:
        return {
            "precision": self.precision, "recall": self.recall, "right": self.right, "stated": self.stated,
            "found": self.found, "gold": self.gold, "wrong": self.wrong,
        }


def fold_words(text: str) -> str:
    """`fold` without quotation marks: an annotator may copy words with or without them."""
    return re.sub(r"\s+", " ", re.sub("[\"']", "", fold(text))).strip()


class Sentences:
    """The site's sentences of every source, found again by a run of their words."""

    def __init__(self, data: dict):
        self.text: dict[tuple[str, str], str] = {}
        self.by_source: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.kind: dict[tuple[str, str], str] = {}
        self.line: dict[tuple[str, str], int | None] = {}
        for source in data["sources"]:
            for s in source["sentences"]:
                key = (source["id"], s["id"])
                self.text[key] = s["text"]
                self.kind[key] = s["kind"]
                self.line[key] = s.get("line")
                self.by_source[source["id"]].append((s["id"], fold_words(s["text"])))
        self.missing: list[str] = []

    def find(self, source: str, words: str) -> set[tuple[str, str]]:
        """The sentences holding the words; failing that, those holding their first eight words
        (the site may cut a sentence the annotator read whole), then their last eight."""
        wanted = fold_words(words)
        for probe in (wanted, " ".join(wanted.split()[:8]), " ".join(wanted.split()[-8:])):
            hits = {(source, sid) for sid, text in self.by_source.get(source, ()) if probe and probe in text}
            if hits:
                return hits
        self.missing.append(f"{source}: {words!r}")
        return set()


def _date_ok(stated: str, gold: str) -> bool:
    """Right when equal, or when the site states less than the gold knows (2025-12 of 2025-12-13)."""
    return gold == stated or gold.startswith(stated + "-")


def _number(value) -> float | None:
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def score_story(data: dict, gold: dict) -> dict[str, Tally]:
    sentences = Sentences(data)
    tallies = {name: Tally() for name in CATEGORIES}
    slugs = {p["slug"] for p in data["people"]}
    _speakers(data, gold, sentences, tallies["speaker"], slugs)
    gold_events = _events(data, gold, sentences, tallies)
    _facts(data, gold, sentences, tallies["facts"])
    _numbers(data, gold, sentences, tallies["numbers"])
    _furniture(data, gold, tallies["furniture"])
    _disagreements(data, gold, sentences, tallies["disagreements"], gold_events)
    tallies["_missing"] = sentences.missing  # gold words no site sentence holds
    return tallies


def _speakers(data, gold, sentences: Sentences, tally: Tally, slugs: set[str]) -> None:
    """Who said a quotation. A quotation of several sentences is annotated once, by words of one
    of them: a quotation whose own sentence has no gold entry is judged by the gold entries of
    its paragraph. Words of an embedded post are its author's (`posts:` in the gold)."""
    gold_at: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    gold_on_line: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    entries = [*(gold.get("quotes") or []), *({**p, "speaker": p["author"]} for p in gold.get("posts") or [])]
    for item in entries:
        hits = sentences.find(item["source"], item["words"])
        for key in hits:
            gold_at[key].append((fold(item["words"]), item["speaker"]))
            gold_on_line[(key[0], sentences.line[key])].append((fold(item["words"]), item["speaker"]))
        if item["speaker"] in slugs:
            said = {
                (q["citation"]["source"], q["citation"]["sentence"])
                for q in data["quotes"] if q["speaker"] == item["speaker"]
            }
            lines = {(k[0], sentences.line[k]) for k in hits}
            tally.recall_item(bool(said & hits) or any((k[0], sentences.line[k]) in lines for k in said))
    for quote in data["quotes"]:
        if not quote["speaker"]:
            continue  # shown without a speaker: no claim
        key = (quote["citation"]["source"], quote["citation"]["sentence"])
        here = gold_at.get(key) or gold_on_line.get((key[0], sentences.line.get(key)), [])
        text = fold(quote["text"])
        overlapping = [speaker for words, speaker in here if words in text or text in words] or [s for _, s in here]
        ok = quote["speaker"] in overlapping
        tally.claim(ok, f"{key[0]}: {quote['speaker']} said {quote['text'][:90]!r} (gold: {overlapping or 'no quotation'})")


def _events(data, gold, sentences: Sentences, tallies) -> list[dict]:
    """Dates, people and grouping of the site's events, against the gold's happenings."""
    gold_events = gold.get("events") or []
    at: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)  # sentence -> (gold event, date)
    for number, event in enumerate(gold_events):
        for cite in event.get("cites") or []:
            for key in sentences.find(cite["source"], cite["words"]):
                at[key].append((number, str(cite.get("date") or event["date"])))
    site_at: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for number, event in enumerate(data["events"]):
        for cite in event["citations"]:
            key = (cite["source"], cite["sentence"])
            site_at[key].append((number, cite["date"]))
            options = at.get(key, [])
            ok = any(_date_ok(cite["date"], date) for _, date in options)
            tallies["dates"].claim(ok, f"{key[0]}: {cite['date']} for {sentences.text[key][:90]!r} (gold: {[d for _, d in options] or 'not a dated happening'})")
        matched = {n for cite in event["citations"] for n, _ in at.get((cite["source"], cite["sentence"]), [])}
        about = set().union(*(set(gold_events[n].get("people") or []) for n in matched)) if matched else set()
        for person in event["people"]:
            tallies["event_people"].claim(person in about, f"{event['date']} {event['label']!r} is about {person} (gold: {sorted(about) or 'no such happening'})")
        keys = sorted({(c["source"], c["sentence"]) for c in event["citations"]})
        for a, b in combinations(keys, 2):
            if at.get(a) and at.get(b):
                same = {n for n, _ in at[a]} & {n for n, _ in at[b]}
                tallies["grouping"].claim(bool(same), f"grouped: {sentences.text[a][:60]!r} with {sentences.text[b][:60]!r}")
    for event in gold_events:
        keys = []
        for cite in event.get("cites") or []:
            hits = sentences.find(cite["source"], cite["words"])
            date = str(cite.get("date") or event["date"])
            tallies["dates"].recall_item(any(_date_ok(d, date) for key in hits for _, d in site_at.get(key, [])))
            keys.extend(sorted(hits)[:1])
        site_events_of = {key: {n for n, _ in site_at.get(key, [])} for key in keys}
        for person in event.get("people") or []:
            tallies["event_people"].recall_item(any(
                person in data["events"][n]["people"] for key in keys for n in site_events_of[key]
            ))
        for a, b in combinations(sorted(set(keys)), 2):
            tallies["grouping"].recall_item(bool(site_events_of[a] & site_events_of[b]))
    return gold_events


FACT_VALUE = re.compile(r"\d+")


def _fact_ok(kind: str, stated: str, gold: str) -> bool:
    if kind == "charge":
        gold = GOLD_NOTE.sub(" ", gold)  # the outcome the gold notes, "(guilty)", is not the charge
    stated, gold = fold(stated).replace("&", " and "), fold(gold).replace("&", " and ")
    if kind not in ("arrested", "sentenced", "died", "born"):
        stated, gold = (" ".join(re.findall(r"[a-z0-9]+", v)) for v in (stated, gold))
    if kind in ("arrested", "sentenced", "died", "born") and re.match(r"^\d{4}", stated):
        return _date_ok(stated, gold)
    if kind in ("age", "sentence"):
        return FACT_VALUE.findall(stated)[:1] == FACT_VALUE.findall(gold)[:1]
    if kind == "charge":
        return _charge_ok(stated, gold)
    return stated in gold or gold in stated


# Words a charge may be told with or without ("the premeditated murder of ...").
FILLER_WORDS = frozenset("the a an of and as well his her their its in on for to with".split())
GOLD_NOTE = re.compile(r"\([^)]*\)")


def _charge_ok(stated: str, gold: str) -> bool:
    """A charge is told in many words: "the premeditated murder of the Swedish journalist Kim
    Wall aboard his submarine" states the gold's "premeditated murder (guilty)". Right when
    one's words all appear in the other."""
    if stated in gold or gold in stated:
        return True
    words = [{w.removesuffix("s") for w in v.split() if w not in FILLER_WORDS} for v in (stated, gold)]
    return bool(words[0] and words[1]) and (words[1] <= words[0] or words[0] <= words[1])


def _facts(data, gold, sentences: Sentences, tally: Tally) -> None:
    gold_at: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for item in gold.get("facts") or []:
        for key in sentences.find(item["source"], item["words"]):
            gold_at[key].append(item)
    site_facts = []
    for person in data["people"]:
        for fact in person.get("facts", []):
            for value in fact["values"]:
                for cite in value["citations"]:
                    site_facts.append((person["slug"], fact["kind"], str(value["value"]), (cite["source"], cite["sentence"])))
    for slug, kind, value, key in site_facts:
        options = [g for g in gold_at.get(key, []) if g["person"] == slug and g["kind"] == kind]
        ok = any(_fact_ok(kind, value, str(g["value"])) for g in options)
        tally.claim(ok, f"{key[0]}: {slug} {kind} = {value!r} from {sentences.text[key][:80]!r} (gold: {[str(g['value']) for g in options] or 'none'})")
    for item in gold.get("facts") or []:
        hits = sentences.find(item["source"], item["words"])
        tally.recall_item(any(
            s == item["person"] and k == item["kind"] and key in hits and _fact_ok(k, v, str(item["value"]))
            for s, k, v, key in site_facts
        ))


def _numbers(data, gold, sentences: Sentences, tally: Tally) -> None:
    gold_at: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for item in gold.get("numbers") or []:
        for key in sentences.find(item["source"], item["words"]):
            gold_at[key].append(item)
    stated = []
    for number in data["numbers"]:
        value = _number(number["value"])
        for cite in number["citations"]:
            key = (cite["source"], cite["sentence"])
            stated.append((key, value))
            options = gold_at.get(key, [])
            ok = value is not None and any(_close(value, _number(g["value"]) or -1) for g in options)
            unit = number.get("unit") or number.get("what")
            tally.claim(ok, f"{key[0]}: {number['value']} {unit} from {sentences.text[key][:80]!r} (gold: {[g['value'] for g in options] or 'no figure'})")
    for item in gold.get("numbers") or []:
        hits = sentences.find(item["source"], item["words"])
        want = _number(item["value"])
        tally.recall_item(want is not None and any(key in hits and v is not None and _close(v, want) for key, v in stated))


def parse_lines(spec) -> set[int]:
    lines: set[int] = set()
    for part in str(spec or "").split(","):
        part = part.strip()
        if not part:
            continue
        first, _, last = part.partition("-")
        lines.update(range(int(first), int(last or first) + 1))
    return lines


def _furniture(data, gold, tally: Tally) -> None:
    """Per line of each seed: does the site set it aside as not the article, and is it furniture?"""
    furniture = {sid: parse_lines(spec) for sid, spec in (gold.get("furniture") or {}).items()}
    for source in data["sources"]:
        set_aside: dict[int, str] = {}
        for item in [*source.get("set_aside", []), *source["sentences"]]:
            if item.get("line") is not None and item["kind"] not in ARTICLE_KINDS:
                set_aside.setdefault(item["line"], item["kind"])
        gold_lines = furniture.get(source["id"], set())
        for line, kind in sorted(set_aside.items()):
            tally.claim(line in gold_lines, f"{source['id']}:{line} set aside as {kind}, but it is article text")
        for line in sorted(gold_lines):
            tally.recall_item(line in set_aside)


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figure_in(value, text: str) -> bool:
    """Whether a figure the site shows ("422,664", 41000000) is one the gold's words give
    ("422,664", "EUR 41m", "about 15 hours"), at any scale the words may write it in."""
    figure = _FIGURE.search(str(value))  # "1.3%", "$150 million", 41000000
    shown = _number(figure.group(0)) if figure else None
    if shown is None:
        return True  # not a figure: judged by its outlets alone
    given = [_number(n) for n in _FIGURE.findall(str(text))]
    return any(g is not None and any(_close(shown, g * scale) for scale in (1, 1e3, 1e6, 1e9)) for g in given)


def _disagreements(data, gold, sentences: Sentences, tally: Tally, gold_events) -> None:
    """A disagreement the site shows is right when at least two of the sources it sets against
    each other are set against each other by one gold disagreement (or one gold event's dates),
    and, for a count or an amount, the figures it shows for them are the ones the gold gives
    ("207 votes" against "422,664" is not the gold's 540,272 against 554,572)."""
    gold_sets: list[tuple[str, set[str], dict[str, list[str]]]] = []
    for item in gold.get("disagreements") or []:
        values: dict[str, list[str]] = defaultdict(list)
        for c in item.get("cites") or []:
            values[c["source"]].append(str(c.get("value", "")))
        gold_sets.append((item.get("what", ""), set(values), values))
    shown: list[tuple[str, set[str], dict | None]] = []
    for event in data["events"]:
        if event.get("conflict"):
            shown.append((f"dates of {event['label']!r}", set(event["conflict"]["dates"]), None))
    for conflict in data.get("conflicts", []):
        values = conflict.get("values", {})
        shown.append((f"{conflict.get('what', 'a figure')} {values}", set(values), values))
    for person in data["people"]:
        for fact in person.get("facts", []):
            if fact.get("conflict"):
                shown.append((f"{person['slug']} {fact['kind']}", set(fact["conflict"].get("values", {})), None))

    def matches(sources: set[str], figures: dict | None, gold_sources: set[str], gold_values) -> bool:
        shared = sources & gold_sources
        if figures is not None:
            shared = {s for s in shared if any(_figure_in(figures[s], v) for v in gold_values[s])}
        return len(shared) >= 2

    for what, sources, figures in shown:
        ok = any(matches(sources, figures, g_sources, g_values) for _, g_sources, g_values in gold_sets)
        tally.claim(ok, f"disagreement shown: {what} between {sorted(sources)}")
    for _, g_sources, g_values in gold_sets:
        tally.recall_item(any(matches(sources, figures, g_sources, g_values) for _, sources, figures in shown))
