"""The people registry and every mention of each person in the sources.

The editor lists people in `content/people/<slug>.md` (`Title:` the name, `Aliases:` other
spellings and short forms, `Role:`, optionally `Group:`); outlets transliterate the same
Ruritanian or Russian name in different ways, so each spelling an outlet uses is an alias.
Mentions are found with one compiled matcher over all names at once, on folded text (no
accents, straight apostrophes, any case), so the cost stays one pass per sentence however many
people are registered.

A word that is almost a registered surname ("Dole" for "Doale") is counted as a mention too,
flagged `variant="near-spelling"`, and `names.py` warns about it until the editor adds it as an
alias: a misspelling in one outlet must not hide that outlet's reporting on the person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..base.errors import ExplainerError, display_path, first_line
from ..base.memo import KeptPerInput
from ..base.text import fold, fold_with_offsets, words
from ..extract.citations import Citation
from ..extract.editorial import (
    LOOSE_MARKER,
    MARKER,
    Document,
    markdown_converter,
    read_document,
    resolve_marker,
    split_metadata,
)
from ..extract.sources import Source
from ..language.dates import MONTH_WORDS
from ..language.lexicon import (
    COMPANY_WORDS,
    COURTESY_TITLES,
    DETERMINERS,
    FIRST_NAME_HONORIFICS,
    GENERATIONAL_SUFFIXES,
    GROUPS_A_PEOPLES_NAME_DESCRIBES,
    NAMED_PLACE_WORDS,
    NAMED_THING_WORDS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS_AFTER_A_PREPOSITION,
    QUANTIFIERS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SOMEONES_PEOPLE,
    STATED_FACT_WORDS,
    STOPWORDS,
    SURNAME_PARTICLES,
    TITLE_STATUS_WORDS,
)
from ..language.spelling import (
    CAPITALISED_WORD,
    NEAR_SPELLING,
    edit_distance,
    skeleton,
    word_key,
)

# Words that may stand before a name without being part of it; never matched alone.
TITLES = frozenset(
    "president prime minister mr mrs ms dr envoy leader sister brother wife husband".split()
)

# The longest sentence and the longest word the finders read (names, counts, quotations). The
# longest sentence of the evaluation stories has 371 characters and their longest word 26; a
# "sentence" of many thousands is a pasted table, list or page, not prose. It is shown and
# cited like any other, but not searched, and the build warns about it once (see
# `names.long_sentence_warnings`), so that no seed makes the finders' work grow without bound.
MAX_SENTENCE_CHARS = 5_000
MAX_WORD_CHARS = 60


# "her constituent", "his wife": someone of a person's, whom a "she" or "he" after it (and what is
# told of them) may stand for as well as the person (used by facts and the timeline's labels).
SOMEONE_OF_THEIRS = re.compile(rf"(?i)\b(?:his|her)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(SOMEONES_PEOPLE))})\b")


def analysed(text: str) -> bool:
    """Whether the finders read a sentence: not one longer than `MAX_SENTENCE_CHARS`."""
    return len(text) <= MAX_SENTENCE_CHARS


class Spans:
    """Spans of a text, (start, end), asked whether one holds an offset or overlaps a range:
    by bisection, so that asking about every word of a sentence costs a logarithm each, not a
    pass over the spans."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach: list[int] = []  # the farthest end of the spans up to each one
        farthest = -1
        for _, end in self.spans:
            farthest = max(farthest, end)
            self.reach.append(farthest)

    def holds(self, offset: int) -> bool:
        """Whether a span has `start <= offset < end`."""
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and self.reach[index] > offset

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span (a, b) has `a < end` and `start < b`."""
        index = bisect_left(self.starts, end) - 1
        return index >= 0 and self.reach[index] > start


@dataclass(frozen=True)
class Person:
    slug: str
    name: str
    aliases: tuple[str, ...]
    role: str
    group: str
    summary: Document
    path: str
    # The sentences `Role:` cites; a role without any is shown as the editor's description.
    role_citations: tuple[Citation, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Mention:
    """A person named in a sentence: `form` is the name exactly as the source wrote it.

    `in_post` marks a mention inside a social-media post pasted into the article: it counts
    for the person, but it is the post's author naming them, not the outlet. `variant` is
    "near-spelling" when the form is not a registered name but almost one.
    """

    source: str
    sentence: str
    person: str
    form: str
    start: int
    in_post: bool = False
    variant: str | None = None


def is_person_file(path: Path) -> bool:
    """Whether a file of the people folder registers a person: not a README, nor an example or
    note whose name starts with `_` (`make new-story` leaves `_example.md` there)."""
    return not path.name.startswith("_") and path.stem.lower() != "readme"


_FACT_SHAPE = re.compile(
    rf"\d|\b(?:{MONTH_WORDS})\b|\b(?:" + "|".join(sorted(STATED_FACT_WORDS)) + r")\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def uncited_fact_warnings(people: tuple[Person, ...]) -> tuple[str, ...]:
    """One warning per sentence of a person's summary that states a fact (a number, a date, an
    arrest or a death) and cites nothing: the site's promise is that nothing is written from
    memory, and the editor's own words keep it only when they cite or describe."""
    warnings = []
    for person in people:
        try:
            text = Path(person.path).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError):
            continue
        _, body, body_line = split_metadata(Path(person.path), text)
        position = 0
        for sentence in _SENTENCE_END.split(body):
            start = body.index(sentence, position)
            position = start + len(sentence)
            plain = MARKER.sub("", sentence)
            if _FACT_SHAPE.search(plain) and not MARKER.search(sentence) and plain.strip():
                line = body_line + body.count("\n", 0, start + len(sentence) - len(sentence.lstrip()))
                shown = " ".join(plain.split())
                shown = shown if len(shown) <= 70 else shown[:69] + "\u2026"
                warnings.append(
                    f"{display_path(person.path)}:{line}: {shown!r} states a fact without a citation; cite the "
                    "article it rests on with [cite 004 \"exact words\"], or reword it as your description"
                )
    return tuple(warnings)


def load_registry(people_dir: str | Path, sources: dict[str, Source]) -> tuple[Person, ...]:
    """Every person file, validated: a Title each, one file per slug, no alias shared.

    A file read by the last call in this process, with the same bytes, the same seeds (a
    citation names its seed by a short form the others must not share) and the seeds it cites
    unchanged, is not read again: in `make devserver` an edited seed does not convert every
    person file's Markdown again."""
    global _last_read
    people_dir = Path(people_dir)
    if not people_dir.is_dir():
        return ()
    people: list[Person] = []
    slugs: dict[str, str] = {}
    converter = markdown_converter()
    ids = frozenset(sources)
    kept = _last_read[1] if _last_read[0] == ids else {}
    _last_read = (ids, {})
    for path in sorted(people_dir.glob("*.md")):
        if not is_person_file(path):
            continue
        raw = path.read_bytes()
        last = kept.get(str(path))
        if last is not None and last[0] == raw and all(sources.get(i) == source for i, source in last[2].items()):
            _, person, cited = last
        else:
            person = _read_person(path, sources, converter)
            cited = {c.source: sources[c.source] for c in (*person.summary.citations, *person.role_citations)}
        _last_read[1][str(path)] = (raw, person, cited)
        if person.slug in slugs:
            raise ExplainerError(
                path, f"the slug {person.slug!r} is already used by {display_path(slugs[person.slug])}; rename one file"
            )
        slugs[person.slug] = str(path)
        people.append(person)
    _check_aliases(people)
    return tuple(people)


# The seeds' ids, and each person file's path -> (its bytes, the Person, the sources it cites),
# as the last call read them.
_last_read: tuple[frozenset, dict[str, tuple]] = (frozenset(), {})


def _read_person(path: Path, sources: dict[str, Source], converter) -> Person:
    document = read_document(path, sources, converter)
    meta = document.metadata
    name = meta.get("title", "").strip()
    if not name:
        raise ExplainerError(
            path, "missing `Title:` (the person's name); make the first line `Title: Their Name`"
        )
    slug = meta.get("slug", path.stem).strip()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
        raise ExplainerError(path, f"the slug {slug!r} must be lower-case letters, digits and '-'")
    aliases = tuple(a.strip() for a in meta.get("aliases", "").split(",") if a.strip())
    for spelling, key in ((name, "Title"), *((alias, "Aliases") for alias in aliases)):
        if not words(spelling):
            raise ExplainerError(
                path, f"`{key}:` {spelling!r} has no letters once folded (only dashes, symbols or invisible "
                "characters), so it would match punctuation; write the name in letters",
                line=first_line(path, lambda line, key=key: line.lower().startswith(key.lower() + ":")),
            )
    role, role_citations = _role(path, meta.get("role", ""), sources)
    return Person(
        slug=slug,
        name=name,
        aliases=aliases,
        role=role,
        group=meta.get("group", "").strip(),
        summary=document,
        path=str(path),
        role_citations=role_citations,
    )


def _role(path: Path, role: str, sources: dict[str, Source]) -> tuple[str, tuple[Citation, ...]]:
    """`Role:` without its citations, and the citations, checked like an editorial page's: the
    site states no fact from memory, so a role either cites or is labelled the editor's."""
    if "[" not in role:
        return role.strip(), ()
    line = first_line(path, lambda text: text.lower().startswith("role:"))
    citations = tuple(resolve_marker(path, line, match, sources) for match in MARKER.finditer(role))
    text = MARKER.sub("", role)
    leftover = LOOSE_MARKER.search(text)
    if leftover:
        raise ExplainerError(
            path, f"cannot read {leftover.group(0)!r}; write citations as [cite 004 \"exact words\"]", line=line
        )
    return " ".join(text.split()).rstrip(" ,;"), citations


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
                    line=first_line(person.path, lambda line, form=form: form in line),
                )
            owner[key] = person


_DASHES_AS_SPACES = str.maketrans("\u2013\u2014", "  ")
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'\u2019-]*)")
# Days, months and the words of grammar ("Many thousands gathered" is no misspelling of Mary);
# the stop words hold the months' and the days' names.
_NOT_A_NAME_WORD = STOPWORDS | QUANTIFIERS


def _another_persons_name(text: str, end: int) -> bool:
    """Whether a one-word form ending at `end` is the first word of another person's name:
    "Eric Tucker" is not Eric Trump. (A day or a month after it is not a name's; a thing's word,
    "the Roux Prize", is left to `company_names` and the name warnings, which read it so.)"""
    after = _CAPITALISED_WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in _NOT_A_NAME_WORD and word not in COMPANY_WORDS and word not in NAMED_THING_WORDS \
        and word not in NAMED_PLACE_WORDS


class NameMatcher:
    """All registered names in one regular expression, longest first; `companies` are one-word
    names the story also gives a company, which alone name no one."""

    def __init__(self, people: tuple[Person, ...], companies: frozenset[str] = frozenset()):
        self.people = {p.slug: p for p in people}
        self.companies = companies
        table: dict[str, str] = {}
        for person in people:
            for form in person.forms:
                table[fold(form)] = person.slug
        for surname, slug in unique_surnames(people).items():
            table.setdefault(surname, slug)
        for word in companies:
            table.pop(word, None)
        self.table = table
        self._index_surnames(people)
        if table:
            self.pattern = re.compile(rf"(?<![\w'])(?:{trie_pattern(table)})(?![\w-]|'\w\w)")
        else:
            self.pattern = None

    def find(self, text: str) -> list[tuple[str, str, int]]:
        """(slug, form as written, start offset) for each name in the text."""
        if self.pattern is None:
            return []
        # A dash between words is a break, not the hyphen of a double name, which folding
        # would make it: "CEO Jo Roe—a restructuring adviser—said" names Jo Roe.
        folded, offsets = fold_with_offsets(text.translate(_DASHES_AS_SPACES))
        found = []
        match = self.pattern.search(folded)
        while match is not None:
            match = self._longer_from_second_word(folded, match)
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            # ("王" of "王國材", read as "wang guo cai": the start of a word is no name of its own)
            if not text[end : end + 1].isalnum() and (" " in match.group(0) or not _another_persons_name(text, end)):
                found.append((self.table[match.group(0)], text[start:end], start))
            match = self.pattern.search(folded, match.end())
        return found

    def _longer_from_second_word(self, folded: str, match: re.Match) -> re.Match:
        """The name that starts at a match's second word and runs past its end, if there is one:
        in "the Queen Elizabeth II Centre" the alias "the Queen" is the start of the longer
        name "Queen Elizabeth II" (which, before "Centre", names the building)."""
        space = folded.find(" ", match.start(), match.end())
        if space < 0:
            return match
        longer = self.pattern.match(folded, space + 1)
        return longer if longer is not None and longer.end() > match.end() else match

    def _index_surnames(self, people: tuple[Person, ...]) -> None:
        """Registered surnames by skeleton and by (first letter, length), for near-spellings."""
        self.name_words = {w for form in self.table for w in form.split()}
        self.by_skeleton: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.by_block: dict[tuple[str, int], list[tuple[str, str, str]]] = defaultdict(list)
        self.first_names: dict[str, set[str]] = defaultdict(set)
        for person in people:
            for form in person.forms:
                words = _before_of(form.split(), person.name)
                if len(words) > 1:
                    self.first_names[person.slug].add(fold(words[0]))
                if _ends_in_a_place(words):
                    continue  # "Mayor of London": a place, nobody's surname to misspell
                surname = words[-1]
                key = fold(surname)
                if len(key) < NEAR_MIN_LENGTH or key in TITLES:
                    continue
                self.by_skeleton[skeleton(key)].add((person.slug, surname))
                entry = (key, person.slug, surname)
                if entry not in self.by_block[(key[0], len(key))]:
                    self.by_block[(key[0], len(key))].append(entry)
        self._near: dict[str, tuple[tuple[str, str], ...]] = {}

    def near(self, word: str) -> tuple[tuple[str, str], ...]:
        """(slug, registered spelling) of the people `word` is a near-spelling of; memoised.

        Blocked by first letter and length, so each distinct word costs a handful of
        comparisons however many people are registered.
        """
        key = word_key(word)
        cached = self._near.get(key)
        if cached is not None:
            return cached
        found: dict[tuple[str, str], int] = {}
        if (
            len(key) >= NEAR_MIN_LENGTH and key not in self.name_words and key not in self.companies and key.isalpha()
            and key not in _NOT_A_NAME_WORD  # "Friday 4th March" is not a near-spelling of Marsh
        ):
            for candidate in self.by_skeleton.get(skeleton(key), ()):
                found[candidate] = 0
            limit = 1 if len(key) < 8 else 2
            for length in range(len(key) - limit, len(key) + limit + 1):
                for surname, slug, shown in self.by_block.get((key[0], length), ()):
                    distance = edit_distance(key, surname, limit)
                    if distance <= limit:
                        found[(slug, shown)] = min(found.get((slug, shown), distance), distance)
        best = min(found.values(), default=None)
        closest: dict[str, str] = {}  # one suggestion per person
        for slug, shown in sorted(c for c, d in found.items() if d == best):
            closest.setdefault(slug, shown)
        result = tuple(closest.items())
        self._near[key] = result
        return result

    def find_near(self, text: str, found: list[tuple[str, str, int]], common: frozenset[str]):
        """(slug, form as written, start) for near-spellings of exactly one registered person.

        A registered first name just before the word is kept in the form ("John Dole").
        """
        taken = Spans((start, start + len(form)) for _, form, start in found)
        near = []
        for match in CAPITALISED_WORD.finditer(text):
            word, start = match.group(0), match.start()
            if not NEAR_MIN_LENGTH <= len(word) <= MAX_WORD_CHARS or taken.holds(start):
                continue
            if word_key(word) in common or PLACE_MARK + word_key(word) in common:
                continue  # a word written in lower case, or used as a place, in the story
            if _NAME_PARTICLE_BEFORE.search(text, max(0, start - 8), start):
                continue  # "Barrio de la Torre": the end of another name, not Torres misspelt
            suggestions = self.near(word)
            if len(suggestions) != 1:
                continue
            slug = suggestions[0][0]
            before = _FIRST_NAME_BEFORE.search(text, max(0, start - 40), start)
            if before and fold(before.group(1)) in self.first_names[slug]:
                start = before.start(1)
            elif (after := _CAPITALISED_WORD_AFTER.match(text, match.end())) and after.group(1).lower() not in _NOT_A_NAME_WORD:
                continue  # "Cape Town", not Cane: the first word of another name ("said Cole Saturday" is Coale)
            near.append((slug, text[start : match.end()], start))
        return near


NEAR_MIN_LENGTH = 4
# Marks a word of the story's common words (`names.common_words`) as one used as a place.
PLACE_MARK = "@"


def trie_pattern(keys) -> str:
    """One regular expression for many strings, shaped as a trie of their characters.

    A flat alternation of a thousand names makes the regex engine try every name at every
    position; a trie tries one branch per character. Longer names win over their prefixes
    ("maria kolesnikova" over "maria"), as with a longest-first alternation.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_FIRST_NAME_BEFORE = re.compile(r"([^\W\d_]+) $")
_NAME_PARTICLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(SURNAME_PARTICLES))})\s+$")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\"\u201c])\s([A-Z][^\W\d_]*) $")
_MAY_STAND_BEFORE_A_FIRST_NAME = FIRST_NAME_HONORIFICS | STOPWORDS
_MAY_STAND_BEFORE_A_SURNAME = _MAY_STAND_BEFORE_A_FIRST_NAME | TITLES | COURTESY_TITLES | TITLE_STATUS_WORDS
_COUPLE_BEFORE = re.compile(r"([A-Z][^\W\d_]*)\s+and\s+$")
_TOLD_BEFORE = re.compile(r"\btold\s+$")


def _in_another_name(text: str, found: tuple[str, str, int], matcher: NameMatcher) -> bool:
    """Whether a one-word name that is its person's first name follows a capitalised word
    that is no honorific and no small word ("Blue Marilyn", not "Prince Harry" or "When Harry");
    or is a surname after a relative's first name ("his wife Vida Tahbaz", "his daughter Lydia
    Paxton": the relative, not the person registered)."""
    slug, form, start = found
    if _RELATIVE_NAMED_BEFORE.search(text, max(0, start - RELATIVE_CHARS), start):
        return True
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if fold(form) not in matcher.first_names.get(slug, ()):
        # A surname after another first name: "Karen Chen" is not Nathan Chen, "Muhammad
        # Siddiqui" not Aafia (a first name spelled another way, "Vladimir Zelensky" for
        # Volodymyr, starts with the same letter).
        if before is None or not matcher.first_names.get(slug):
            return False
        word = fold(before.group(1))
        couple = _COUPLE_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
        return (
            word not in _MAY_STAND_BEFORE_A_SURNAME and word.lower() not in ROLE_NOUNS
            and not any(_may_spell(word, first) for first in matcher.first_names[slug])
            and not (couple and fold(couple.group(1)) in matcher.first_names[slug])  # "George and Amal Clooney"
            and not _TOLD_BEFORE.search(text, max(0, before.start(1) - 12), before.start(1))  # "told Reuters Roe was"
        )
    return before is not None and fold(before.group(1)) not in _MAY_STAND_BEFORE_A_FIRST_NAME


def _may_spell(word: str, first: str) -> bool:
    """Whether a first name may be another spelling or a short form of the registered one:
    "Vladimir" of Volodymyr, "Mike" of Michael, "Jim" of James (the same first letter, and the
    same opening or consonants), but not "Ella" of Evan."""
    if word[:1] != first[:1]:
        return False
    ours, theirs = _consonants(word), _consonants(first)
    return word[:2] == first[:2] or ours.startswith(theirs) or theirs.startswith(ours)


def _consonants(name: str) -> str:
    """A name's consonants, doubled ones once: "Volodymyr" and "Vladimir" are both "vldmr"."""
    name = name.lower().replace("x", "ks").replace("ph", "f")
    kept = [c for c in name if c.isalpha() and c not in "aeiouyhw"]
    return "".join(c for i, c in enumerate(kept) if i == 0 or c != kept[i - 1])


_RELATIVE_NAMED_BEFORE = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(RELATION_NOUNS, key=len, reverse=True))})),?\s+"  # ("his wife, Melania Trump")
    r"(?:[A-Z][^\W\d_]+(?:,\s+|\s+and\s+)){0,3}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)? $"  # ("children James and Lydia Paxton")
)
RELATIVE_CHARS = 60


def _before_of(words: list[str], name: str) -> list[str]:
    """A name's own words, without the place it is "of": "King Salman of Saudi Arabia" (for
    "King Salman") has no surname "Arabia". ("Secretary of State John Merrill" is a title before
    the name.) Nor its generation: "Roland Butler Jr." has the surname "Butler", not "Jr."."""
    at = words.index("of") if "of" in words[1:] else 0
    words = words[:at] if at and fold(words[at - 1]) == fold(name.split()[-1]) else words
    while len(words) > 2 and fold(words[-1]).strip(".,") in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    return words


_A_PLACE = ""  # the claimant of a word that ends a title of a place, which is no one


def _ends_in_a_place(words: list[str]) -> bool:
    """Whether a form ends in what it is "of": "Mayor of London", "Duke of Cambridge"."""
    return "of" in [fold(word) for word in words[-3:-1]]


def unique_surnames(people: tuple[Person, ...]) -> dict[str, str]:
    """The last word of each multi-word name, where it can only mean one person; not of a
    description an editor gave as an alias ("Mrs Thatcher's Chancellor" names no "Chancellor")."""
    claims: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for form in person.forms:
            parts = _before_of(fold(form).split(), person.name)
            if any(part.endswith("'s") for part in parts[:-1]):
                continue
            if _ends_in_a_place(parts):
                # "Mayor of London", "the Duke of Cambridge": a place, which no "Baby Cambridge"
                # makes anyone's surname either
                claims[parts[-1]].add(_A_PLACE)
                continue
            # (nor a generation: "RFK Jr." has no surname "Jr.", which would name him alone)
            if len(parts) > 1 and parts[-1] not in TITLES and len(parts[-1]) > 2 \
                    and parts[-1].strip(".,") not in GENERATIONAL_SUFFIXES:
                claims[parts[-1]].add(person.slug)
    full_forms = {fold(f): p.slug for p in people for f in p.forms}
    return {
        surname: next(iter(slugs))
        for surname, slugs in claims.items()
        if len(slugs) == 1 and _A_PLACE not in slugs and full_forms.get(surname, next(iter(slugs))) == next(iter(slugs))
    }


_PLACE_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:" + "|".join(sorted(w.title() for w in NAMED_PLACE_WORDS)) + r")\b")
# A one-word name that is also a word of grammar, opening the sentence before "the" or "his":
# "Among the protesters were ..." is the preposition, not Anita Among ("Among said" is she).
_A_WORD_OF_GRAMMAR_OPENING = re.compile(
    r"\s+(?:" + "|".join(sorted(DETERMINERS | POSSESSIVE_PRONOUNS | PRONOUNS_AFTER_A_PREPOSITION)) + r")\b",
    re.IGNORECASE,
)


def _opens_the_sentence_as_a_word(text: str, start: int, form: str) -> bool:
    return form.lower() in STOPWORDS and not text[:start].strip(" \"'\u201c\u2018(") \
        and _A_WORD_OF_GRAMMAR_OPENING.match(text, start + len(form)) is not None


# "Baloch militants", "Baloch political prisoners", "Baloch Liberation Army": a people's name
# before a group it describes, not the registered Baloch.
_A_GROUP_DESCRIBED_AFTER = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(GROUPS_A_PEOPLES_NAME_DESCRIBES)) + r")\b"
)
_NAMED_FOR_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(w.title() for w in NAMED_PLACE_WORDS | NAMED_THING_WORDS)) + r")\b"
)
_COMPANY_AFTER = re.compile(
    r"(?:['\u2019]s?)?\s+(?:" + "|".join(sorted(COMPANY_WORDS, key=len, reverse=True)) + r")\b\.?"
    r"|\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:" + "|".join(sorted(NAMED_THING_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def company_names(sources: Iterable[Source], matcher: NameMatcher) -> frozenset[str]:
    """The one-word names of registered people that the story writes as a company's ("Acme
    Holdings", "Acme stores") or a thing's named after them ("the Nobel Peace Prize") at least
    as often as it names the person in full: there "Acme" alone is more likely the company, so
    it names no one (the founder, "Jo Acme", is still
    found by full name). A story about a person that mentions their company once still counts
    the name as theirs.

    What each source says is kept in this process while the registered names stay the same:
    in `make devserver` one edited seed is read again, not every seed."""
    as_company: dict[str, int] = defaultdict(int)
    in_full: dict[str, int] = defaultdict(int)
    owner: dict[str, str] = {}
    names = tuple(sorted(matcher.table.items()))
    for counts in _company_counts.each(
        sources, by_sentences, lambda source: _source_company_counts(source, matcher), context=names
    ):
        for key, slug, company in counts:
            if company:
                as_company[key] += 1
                owner[key] = slug
            else:
                in_full[slug] += 1
    return frozenset(key for key, count in as_company.items() if count >= in_full[owner[key]])


def by_sentences(source: Source):
    """What a source's findings are made from, as a key: its sentences, kinds included."""
    return source.sentences


_company_counts = KeptPerInput()  # a source's sentences -> what they say of names and companies


def _source_company_counts(source: Source, matcher: NameMatcher) -> tuple[tuple[str, str, bool], ...]:
    """(name, slug, written as a company's) for each full name and each one-word name before a
    company word in the source."""
    found = []
    for sentence in source.sentences:
        for slug, form, start in matcher.find(sentence.text):
            key = fold(form)
            if " " in key:
                found.append((key, slug, False))
                # "Ford CEO Jim Farley", an alias of Farley's: the company is in another's name.
                first = key.split()[0]
                other = matcher.table.get(first)
                if other is not None and other != slug and _COMPANY_AFTER.match(form, len(form.split()[0])):
                    found.append((first, other, True))
            elif _COMPANY_AFTER.match(sentence.text, start + len(form)):
                found.append((key, slug, True))
    return tuple(found)


_COUPLE = re.compile(r"\b([A-Z][^\W\d_]+)\s+and\s+(?:[A-Z][^\W\d_]+\s+){1,2}([A-Z][^\W\d_]+)\b")


def _with_a_couples_first_name(text: str, found: list[tuple[str, str, int]], matcher: NameMatcher) -> list[tuple[str, str, int]]:
    """ "her parents, James and Denise Closs": James Closs is named too, by his first name
    before the surname the two share."""
    added = []
    for couple in _COUPLE.finditer(text):
        slug = matcher.table.get(fold(f"{couple.group(1)} {couple.group(2)}"))
        # (not when the pair's surname is already read as theirs: "Nathan and Amal Chen")
        if slug is not None and not any(
            start == couple.start(1) or (named == slug and couple.start() <= start < couple.end()) for named, _, start in found
        ):
            added.append((slug, couple.group(1), couple.start(1)))
    return sorted(found + added, key=lambda name: name[2]) if added else found


def _without_another_holders_surname(
    text: str, found: list[tuple[str, str, int]], matcher: NameMatcher, held_by_another: set[str]
) -> list[tuple[str, str, int]]:
    """A surname alone stands for the person last named in full with it: after "Adenike Mutiat
    Abubakar, a supporter, ...", "said Abubakar" is she, not the registered Atiku Abubakar, until
    his full name is written again. A sentence that names the registered person in full keeps
    the surname theirs whoever else it names ("Victoria Yeager, the widow of Chuck Yeager"), and
    a relative named as one ("His wife Vida Tahbaz was also freed.") leaves it to the person
    written about. `held_by_another` carries the surnames another's full name took, from
    sentence to sentence of one source, and is updated here."""
    in_full = {fold(form.split()[-1]) for _, form, _ in found if " " in form}
    held_by_another.difference_update(in_full)
    kept = []
    for found_name in found:
        slug, form, start = found_name
        key = fold(form)
        if " " not in form and key not in matcher.first_names.get(slug, ()):
            if _in_another_name(text, found_name, matcher):
                if key not in in_full and not _RELATIVE_NAMED_BEFORE.search(text, max(0, start - RELATIVE_CHARS), start):
                    held_by_another.add(key)
            elif key in held_by_another:
                continue
        kept.append(found_name)
    return kept


def source_mentions(source: Source, matcher: NameMatcher, common: frozenset[str] | None = None) -> list[Mention]:
    """Every mention of every registered person in one source, in sentence order.

    With `common` (the words the texts also write in lower case), near-spellings of registered
    surnames are mentions too, flagged; a capitalised common word ("Coal") never is one. An
    over-long sentence (see `analysed`) names nobody.
    """
    mentions = []
    held_by_another: set[str] = set()  # surnames the last full name written with them gave another person
    for sentence in source.sentences:
        if not analysed(sentence.text):
            continue
        in_post = sentence.kind == "embed"
        found = _without_another_holders_surname(sentence.text, matcher.find(sentence.text), matcher, held_by_another)
        found = _with_a_couples_first_name(sentence.text, found, matcher)
        near = matcher.find_near(sentence.text, found, common) if common is not None else []
        # ("actresses Angela Bassett and Viola Davis" is no near-spelling of Roger Davies)
        near = [n for n in near if " " in n[1] or not (_in_another_name(sentence.text, n, matcher)
                                                       or _A_GROUP_DESCRIBED_AFTER.match(sentence.text, n[2] + len(n[1])))]
        # A one-word name before a place word ("the Rana Plaza building") names the place, and
        # one written in lower case ("the north of the island") is the word, not North.
        # A full name right before such a word names what was named after them ("the Steve Jobs
        # Theater").
        # A first name after a capitalised word that is no honorific ("Shot Sage Blue Marilyn")
        # is part of another name.
        found = [
            f for f in found
            if (" " in f[1] and not _NAMED_FOR_AFTER.match(sentence.text, f[2] + len(f[1])))
            or (" " not in f[1] and not (f[1].islower() or _PLACE_AFTER.match(sentence.text, f[2] + len(f[1]))
                                          or _A_GROUP_DESCRIBED_AFTER.match(sentence.text, f[2] + len(f[1])))
                and not _in_another_name(sentence.text, f, matcher)
                and not _opens_the_sentence_as_a_word(sentence.text, f[2], f[1]))
        ]
        for slug, form, start in found:
            mentions.append(Mention(source.id, sentence.id, slug, form, start, in_post=in_post))
        for slug, form, start in near:
            mentions.append(
                Mention(source.id, sentence.id, slug, form, start, in_post=in_post, variant=NEAR_SPELLING)
            )
        if near:
            mentions[len(mentions) - len(found) - len(near) :] = sorted(
                mentions[len(mentions) - len(found) - len(near) :], key=lambda m: m.start
            )
    return mentions
