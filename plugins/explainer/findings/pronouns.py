"""Which pronoun an article uses for each person it names, where the article itself says.

A "she said" must not be given to a man: resolving a pronoun to the person named last is only
safe when that person can be "she". An article shows it by a title or a relation written just
before the name or as part of it ("Mrs Roe", "his wife, Jennifer", "mother Sybrina Fulton", "the
Queen"), or by the pronouns of a sentence about that person alone, none before the name,
outside quotation marks ("Angela Corey held a press conference alongside her team"). The signs
must agree: a person with signs both ways has no known pronoun. Only one source is read, so
what is known follows that source's own findings (and their cache entry).
"""

from __future__ import annotations

import re

from ..language.lexicon import (
    ATTRIBUTION_VERBS_AFTER_A_NAME,
    HE_PRONOUNS,
    HE_TITLES_AND_RELATIONS,
    SHE_PRONOUNS,
    SHE_TITLES_AND_RELATIONS,
)

HE, SHE = "he", "she"
# The word just before a name, with an optional full stop and comma: "Mr. Roe", "wife, Jennifer".
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?,?\s+$")
_WORDS = re.compile(r"[A-Za-z]+")
_SAYS_AFTER = re.compile(rf"\s+(?:{'|'.join(ATTRIBUTION_VERBS_AFTER_A_NAME)})\b")
_QUOTE_MARK = re.compile('["\u201c\u201d\u00ab\u00bb]')
# How far before a name its title or relation is looked for.
_BEFORE_CHARS = 24


def pronoun_of(word: str) -> str | None:
    """HE or SHE for a third-person pronoun, else None."""
    word = word.lower()
    return HE if word in HE_PRONOUNS else SHE if word in SHE_PRONOUNS else None


def source_pronouns(source, by_sentence) -> dict[str, str]:
    """{slug: HE or SHE} for the people this source shows the pronoun of."""
    signs: dict[str, set[str]] = {}
    for sentence in source.sentences:
        mentions = by_sentence.get((source.id, sentence.id))
        if not mentions:
            continue
        text = sentence.text
        for mention in mentions:
            before = _WORD_BEFORE.search(text, max(0, mention.start - _BEFORE_CHARS), mention.start)
            words = [before.group(1)] if before is not None and before.end() == mention.start else []
            if words and "," in before.group(0) and _SAYS_AFTER.match(text, mention.start + len(mention.form)):
                words = []  # "survived by his widowed mom, Flem said": the name opens the attribution
            # The title may be written as part of the name: "the Queen", "Sir Tom".
            words += _WORDS.findall(mention.form) if " " in mention.form else []
            for word in words:
                word = word.lower()
                sign = HE if word in HE_TITLES_AND_RELATIONS else SHE if word in SHE_TITLES_AND_RELATIONS else None
                if sign is not None:
                    signs.setdefault(mention.person, set()).add(sign)
        people = {m.person for m in mentions}
        # Not a speaker's "my sister and her husband"; and not a sentence with a pronoun before
        # the person is named: in "Steenkamp said she had forgiven Pistorius" the "she" is
        # someone the registry does not hold.
        if len(people) == 1 and not _QUOTE_MARK.search(text):
            first = min(m.start for m in mentions)
            if any(pronoun_of(w) for w in _WORDS.findall(text, 0, first)):
                continue
            used = {pronoun_of(w) for w in _WORDS.findall(text)} - {None}
            if len(used) == 1:
                signs.setdefault(people.pop(), set()).update(used)
    return {slug: next(iter(seen)) for slug, seen in signs.items() if len(seen) == 1}
