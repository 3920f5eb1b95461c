"""The review page (`review.html`, the editor's build only): what the rules were unsure of.

Every warning, every disagreement between sources (dates, counts, key facts) and every
quotation whose speaker the rules left unsaid, each with its sentence, what the rules
concluded, and a line to paste into `content/corrections.yaml` (or `timeline.yaml`, for dates)
that settles it. The published build never has this page: it is the editor's desk, not news.
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass

from ..base.errors import display_path
from ..base.text import fold
from ..extract.citations import Citation, find_sentence
from ..settings import ExplainerSettings
from ..story import Story
from .page import Page

QUOTE_WORDS = 6  # words quoted in a correction line: enough to find the sentence again
# Items listed per kind: a large story can have thousands, and the page must stay one a browser
# opens; the rest are counted, and come up as the listed ones are settled.
LISTED = 30
# Sentences listed per item (each with its correction line): a count that a hundred outlets give
# differently rests on a hundred sentences; the rest are counted, and the item links to the page
# that shows them all.
SENTENCES_LISTED = 6
# Outlets' values named in an item's conclusion, for the same reason.
VALUES_LISTED = 12
_NAME_WARNING = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<name>'[^']*'|\"[^\"]*\") looks like (?P<what>.*)$")
# What a plain YAML value cannot hold unquoted, and a citation's words need not.
_YAML_UNSAFE = re.compile(r"[\"\u201c\u201d:#\[\]{}]")


@dataclass(frozen=True)
class ReviewItem:
    """One thing to look at: the sentences it rests on, what the rules concluded, and the
    correction that would settle it (empty when there is none to write)."""

    concluded: str
    citations: tuple[Citation, ...] = ()
    correction: str = ""
    href: str = ""  # the page that shows it
    where: str = ""  # where it is, for an item without a sentence
    more_sentences: int = 0  # sentences it rests on that are not listed


@dataclass(frozen=True)
class ReviewGroup:
    key: str
    title: str
    note: str
    items: tuple[ReviewItem, ...]
    more: int = 0  # items of this kind not listed


def review_page(settings: ExplainerSettings, story: Story, pages: list[Page]) -> Page:
    """The page, with every open item grouped by kind."""
    _forget_other_texts(story)
    built = {page.save_as for page in pages}
    profile = {p.slug: settings.profile_save_as.format(slug=p.slug) for p in story.people}

    def href(save_as: str, fragment: str = "") -> str:
        return (save_as + (f"#{fragment}" if fragment else "")) if save_as in built else ""

    corrections = display_path(settings.corrections_path or os.path.join(settings.content_path, "corrections.yaml"))
    timeline_href, outlets_href = href(settings.timeline_save_as), href(settings.outlets_save_as)
    fact_hrefs = {slug: href(h, "facts") for slug, h in profile.items()}
    names = [(w, m) for w in story.warnings if (m := _NAME_WARNING.match(w))]
    groups = [
        _group(
            "names", "Names", "Warnings about names. If the warning is right, edit content/people; if the "
            "name is not a person (or not that person), paste the line.",
            names, lambda found: _name_item(story, found[1]),
        ),
        _group(
            "dates", "Dates the sources give differently", "Each date with its sentence. If they are two "
            "happenings, split them in content/timeline.yaml; if one report is wrong, hide it there.",
            [e for e in story.events if e.conflict], lambda event: _date_item(story, event, timeline_href),
        ),
        _group(
            "counts", "Counts the sources give differently", "If a number is not a count of the same "
            "thing, paste the line for that sentence.",
            list(story.conflicts), lambda conflict: _count_item(story, conflict, outlets_href),
        ),
        _group(
            "facts", "Key facts the sources disagree on", "If one value was misread, hide it or give "
            "the right value with the sentence that states it.",
            [f for f in story.facts if f.disagreement], lambda fact: _fact_item(story, fact, fact_hrefs),
        ),
        _group(
            "speakers", "Quotations without a speaker", "The rules found the words but could not say "
            "whose they are. Name the person's file, or `unnamed`, or `not a quotation`.",
            [q for q in story.quotes if q.speaker is None and (q.speaker_form or q.speaker_unread)],
            lambda q: _speaker_item(story, q),
        ),
        _group(
            "other", "Other warnings", "Including corrections that no longer match anything: correct "
            "their words or remove them.",
            [w for w in story.warnings if not _NAME_WARNING.match(w)], _other_item,
        ),
    ]
    count = sum(len(g.items) + g.more for g in groups)
    groups = [g for g in groups if g.items]
    return Page(
        save_as=settings.review_save_as,
        template="review",
        title="Review",
        values={"groups": groups, "item_count": count, "corrections_path": corrections},
        description="What the rules were unsure of, and the line that corrects each.",
        nav="review",
    )


def open_items(pages: list[Page]) -> tuple[int, str] | None:
    """(the number of open items, the review page's file), or None in a build without one."""
    for page in pages:
        if page.template == "review":
            return page.values["item_count"], page.save_as
    return None


# cited_words' answers by the text they were found in (its sha256, and its title, which decides
# whether the first line is a headline): `make devserver` builds the page again after every save,
# and only an edited source's answers are found again.
_answers_by_text: dict[tuple[str, str], dict[tuple[str, str, str | None], str]] = {}


def _forget_other_texts(story: Story) -> None:
    """Keep the kept answers to this story's texts, so that memory stays one story's worth."""
    texts = {(source.sha256, source.title) for source in story.sources}
    for text in [key for key in _answers_by_text if key not in texts]:
        del _answers_by_text[text]


def cited_words(story: Story, citation: Citation, words: str | None = None) -> str:
    """`004 "words"` naming the cited sentence for a correction line: `words` if they find it,
    else the fewest of the sentence's first words that do."""
    source = story.source_map[citation.source]
    answers = _answers_by_text.setdefault((source.sha256, source.title), {})
    key = (citation.source, citation.sentence, words)
    if key not in answers:
        answers[key] = _cited_words(source, citation, words)
    return answers[key]


def _cited_words(source, citation: Citation, words: str | None) -> str:
    candidates = []
    if words:
        candidates.append(" ".join(_YAML_UNSAFE.sub(" ", words).split()))
    parts = _YAML_UNSAFE.sub(" ", source.sentence(citation.sentence).text).split()
    candidates += [" ".join(parts[:n]) for n in range(QUOTE_WORDS, len(parts) + QUOTE_WORDS, QUOTE_WORDS)]
    candidates.append(" ".join(parts))
    for quoted in candidates:
        found = find_sentence(source, quoted) if quoted else None
        if found is not None and found.id == citation.sentence:
            return f'{citation.source} "{quoted}"'
    return f'{citation.source} "{" ".join(parts)}"'


def _group(key: str, title: str, note: str, things: list, item) -> ReviewGroup:
    """A kind of item: the first LISTED written out, the rest counted. Only the listed ones are
    made, since each correction line looks its sentence up again (`cited_words`)."""
    return ReviewGroup(key, title, note, tuple(item(thing) for thing in things[:LISTED]), max(0, len(things) - LISTED))


def _name_item(story: Story, match: re.Match) -> ReviewItem:
    name = ast.literal_eval(match.group("name"))
    citation = _sentence_naming(story, match.group("path"), int(match.group("line")), name)
    return ReviewItem(
        concluded=f"{name!r} looks like {match.group('what')}",
        citations=(citation,) if citation else (),
        correction=f'- not_a_person: "{name}"',
        where=f"{match.group('path')}:{match.group('line')}",
    )


def _other_item(warning: str) -> ReviewItem:
    where, _, what = warning.partition(": ")
    return ReviewItem(concluded=what or warning, where=where if what else "")


def _sentence_naming(story: Story, path: str, line: int, name: str) -> Citation | None:
    wanted = os.path.abspath(path)
    folded = fold(name)
    for source in story.sources:
        if os.path.abspath(source.path) != wanted:
            continue
        for sentence in source.sentences:
            if source.blocks[sentence.block].line == line and folded in fold(sentence.text):
                return Citation(source.id, sentence.id)
    return None


def _listed(citations: tuple) -> tuple[tuple, int]:
    """The first SENTENCES_LISTED of an item's citations, and how many are left out."""
    return citations[:SENTENCES_LISTED], max(0, len(citations) - SENTENCES_LISTED)


def _date_item(story: Story, event, timeline_href: str) -> ReviewItem:
    entries = event.conflict.entries or event.entries
    first = entries[0].citation if entries else event.citations[0]
    citations, more = _listed(tuple(e.link for e in entries) or event.citations)
    return ReviewItem(
        concluded=f"{event.label}: {event.conflict.note}",
        citations=citations,
        correction=f"# in timeline.yaml, under events:\n- cite: {cited_words(story, first)}\n  split: true",
        href=f"{timeline_href}#{event.id}" if timeline_href else "",
        more_sentences=more,
    )


def _count_item(story: Story, conflict, outlets_href: str) -> ReviewItem:
    values = "; ".join(f"{story.source_map[s].outlet}: {v}" for s, v in conflict.values[:VALUES_LISTED])
    if len(conflict.values) > VALUES_LISTED:
        values += f"; {len(conflict.values) - VALUES_LISTED:,} more"
    listed, more = _listed(conflict.citations)
    return ReviewItem(
        concluded=f"Counts of {conflict.what} differ ({values})",
        citations=tuple(Citation(c.source, c.sentence) for c in listed),
        correction="\n".join(
            ["# the line for the number that is not a count of the same thing:"]
            + [f"- not_a_count: {cited_words(story, c, c.quote)}" for c in listed]
        ),
        href=outlets_href,
        more_sentences=more,
    )


def _fact_item(story: Story, fact, hrefs: dict[str, str]) -> ReviewItem:
    name = story.person_map[fact.person].name if fact.person in story.person_map else fact.person
    citations, more = _listed(tuple(c for value in fact.values for c in value.citations))
    lines = [
        f"- fact: {fact.person}\n  kind: {fact.kind}\n  cite: {cited_words(story, c, c.quote)}\n  hide: true"
        for c in citations
    ]
    return ReviewItem(
        concluded=f"{name}, {fact.label.lower()}: {fact.disagreement}",
        citations=tuple(Citation(c.source, c.sentence) for c in citations),
        correction="\n".join(["# the line for the value that is wrong:"] * (len(lines) > 1) + lines),
        href=hrefs.get(fact.person, ""),
        more_sentences=more,
    )


def _speaker_item(story: Story, quote) -> ReviewItem:
    citation = Citation(quote.citation.source, quote.citation.sentence)
    return ReviewItem(
        concluded=f"Quoted words with no registered speaker; the source names them as \u201c{quote.speaker_form}\u201d"
                  if quote.speaker_form else "Quoted words whose speaker the rules could not read",
        citations=(citation,),
        correction=f"- speaker: {cited_words(story, citation, quote.text)}\n"
                   "  is: unnamed   # or a file name from content/people, or: not a quotation",
    )
