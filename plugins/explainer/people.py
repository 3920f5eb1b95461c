"""The people registry and every mention of each person in the sources.

The editor lists people in `content/people/<slug>.md` (`Title:` the name, `Aliases:` other
spellings and short forms, `Role:`, optionally `Group:`); outlets transliterate the same
Belarusian or Russian name in different ways, so each spelling an outlet uses is an alias.
Mentions are found with one compiled matcher over all names at once, on folded text (no
accents, straight apostrophes, any case), so the cost stays one pass per sentence however many
people are registered.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .editorial import Document, read_document
from .errors import ExplainerError, display_path
from .sources import Source
from .text import fold, fold_with_offsets

# Words that may stand before a name without being part of it; never matched alone.
TITLES = frozenset(
    "president prime minister mr mrs ms dr envoy leader sister brother wife husband".split()
)


@dataclass(frozen=True)
class Person:
    slug: str
    name: str
    aliases: tuple[str, ...]
    role: str
    group: str
    summary: Document
    path: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Mention:
    """A person named in a sentence: `form` is the name exactly as the source wrote it.

    `in_post` marks a mention inside a social-media post pasted into the article: it counts
    for the person, but it is the post's author naming them, not the outlet.
    """

    source: str
    sentence: str
    person: str
    form: str
    start: int
    in_post: bool = False


def load_registry(people_dir: str | Path, sources: dict[str, Source]) -> tuple[Person, ...]:
    """Every person file, validated: a Title each, one file per slug, no alias shared."""
    people_dir = Path(people_dir)
    if not people_dir.is_dir():
        return ()
    people: list[Person] = []
    slugs: dict[str, str] = {}
    for path in sorted(people_dir.glob("*.md")):
        document = read_document(path, sources)
        meta = document.metadata
        name = meta.get("title", "").strip()
        if not name:
            raise ExplainerError(path, "missing `Title:` (the person's name) on the first lines")
        slug = meta.get("slug", path.stem).strip()
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
            raise ExplainerError(path, f"the slug {slug!r} must be lower-case letters, digits and '-'")
        if slug in slugs:
            raise ExplainerError(path, f"the slug {slug!r} is already used by {display_path(slugs[slug])}; rename one file")
        slugs[slug] = str(path)
        aliases = tuple(a.strip() for a in meta.get("aliases", "").split(",") if a.strip())
        people.append(
            Person(
                slug=slug,
                name=name,
                aliases=aliases,
                role=meta.get("role", "").strip(),
                group=meta.get("group", "").strip(),
                summary=document,
                path=str(path),
            )
        )
    _check_aliases(people)
    return tuple(people)


def _check_aliases(people: list[Person]) -> None:
    owner: dict[str, Person] = {}
    for person in people:
        for form in person.forms:
            key = fold(form)
            other = owner.get(key)
            if other is not None and other.slug != person.slug:
                raise ExplainerError(
                    person.path,
                    f"the name {form!r} is also claimed by {display_path(other.path)}; "
                    "keep it in one person's file only",
                    line=_line_of_metadata(person.path, form),
                )
            owner[key] = person


def _line_of_metadata(path: str, form: str) -> int | None:
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if form in line:
            return number
    return None


class NameMatcher:
    """All registered names in one regular expression, longest first."""

    def __init__(self, people: tuple[Person, ...]):
        self.people = {p.slug: p for p in people}
        table: dict[str, str] = {}
        for person in people:
            for form in person.forms:
                table[fold(form)] = person.slug
        for surname, slug in unique_surnames(people).items():
            table.setdefault(surname, slug)
        self.table = table
        if table:
            alternatives = "|".join(re.escape(k) for k in sorted(table, key=lambda k: (-len(k), k)))
            self.pattern = re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w-]|'\w\w)")
        else:
            self.pattern = None

    def find(self, text: str) -> list[tuple[str, str, int]]:
        """(slug, form as written, start offset) for each name in the text."""
        if self.pattern is None:
            return []
        folded, offsets = fold_with_offsets(text)
        found = []
        for match in self.pattern.finditer(folded):
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            found.append((self.table[match.group(0)], text[start:end], start))
        return found


def unique_surnames(people: tuple[Person, ...]) -> dict[str, str]:
    """The last word of each multi-word name, where it can only mean one person."""
    claims: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for form in person.forms:
            parts = fold(form).split()
            if len(parts) > 1 and parts[-1] not in TITLES and len(parts[-1]) > 2:
                claims[parts[-1]].add(person.slug)
    full_forms = {fold(f): p.slug for p in people for f in p.forms}
    return {
        surname: next(iter(slugs))
        for surname, slugs in claims.items()
        if len(slugs) == 1 and full_forms.get(surname, next(iter(slugs))) == next(iter(slugs))
    }


def find_mentions(sources: tuple[Source, ...], matcher: NameMatcher) -> tuple[Mention, ...]:
    """Every mention of every registered person, in source and sentence order."""
    mentions = []
    for source in sources:
        for sentence in source.sentences:
            for slug, form, start in matcher.find(sentence.text):
                mentions.append(
                    Mention(source.id, sentence.id, slug, form, start, in_post=sentence.kind == "embed")
                )
    return tuple(mentions)
