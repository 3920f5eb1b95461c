"""A timeline label the rules cannot vouch for, and the article's own words shown instead.

A label is a claim: "2003 — Head's century was the seventh in a World Cup final" says that
happened in 2003. When the date sits where the label's clause is not its happening (a year in a
list of years, in brackets after a name, on a thing the clause only mentions: "since their 2013
Champions Trophy win went up in smoke") or the label was cut where it no longer says anything
("Jurors at the US District Court in New York have"), the timeline shows the words around the
date in quotation marks: a citation, not a derived claim.
"""

from __future__ import annotations

import datetime as dt
import re

from ...base.text import bare_word, phrase_alternation
from ...language.dates import DAY, MONTH, WEEKDAY_NAMES, YEAR, YEAR_OF_A_TITLE_AFTER, DateMention
from ...language.lexicon import (
    AUXILIARY_VERBS,
    CLAIMING_VERBS,
    COMPARATIVE_WORDS,
    HANGING_PREPOSITIONS,
    MONTHS,
    NUMBER_WORDS,
    OBJECT_ONLY_PREPOSITIONS,
    PASSIVE_AUXILIARIES,
    SPEECH_VERBS_REPORTED,
    STOPWORDS,
    TIMES_SAID_RELATIVELY,
    VERBS_OF_DECIDING,
    VERBS_OF_MAKING_KNOWN,
    VERBS_OF_PROMISING,
    VERBS_OF_SHOWING,
    WORDS_A_LABEL_DOES_NOT_END_ON,
    WORDS_CLOSING_A_QUOTED_CLAUSE,
    WORDS_LEFT_BEFORE_A_CUT_DATE,
    WORDS_OF_A_SHORT_SPAN,
    WORDS_OPENING_A_PHRASE_OF_TIME,
    WORDS_OPENING_A_QUOTED_CLAUSE,
)

EXCERPT_WORDS_BEFORE = 12  # the most words an excerpt quotes before the date
EXCERPT_WORDS_AFTER = 8  # and after it
LAST_WORDS = 8  # a label's last words, among which a clause after it may open
SHORT_HEAD_WORDS = 5  # fewer words before the date than this, and the excerpt goes on past one opening
SAYING_LABEL_WORDS = 6  # a label this short ending on its saying ("Interim analysis showed") says nothing yet
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")
# "(140 not out v India in 2003)": a bracket still open before the date
_OPEN_BRACKET = re.compile(r"\([^()]{0,80}$")
# "a famous botanical garden founded in 1931 was destroyed": a participle's date, then the
# sentence's own verb, which is another time's
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}(?:ed|en|wn|lt|ld)\s+(?:in|on)\s+$")
# ... or closing the sentence after a noun phrase the main clause's verb governs: "had agreed to
# activate a security cooperation agreement signed in 2001." (the signing's year, not the agreeing's)
_THING_WITH_ITS_PARTICIPLE_BEFORE = re.compile(
    r"\b(?i:a|an|the|its|his|her|their|this|that)\s+"
    rf"(?:(?!(?:{'|'.join(sorted(AUXILIARY_VERBS | PASSIVE_AUXILIARIES))}|who|which|that)\b)[a-z][\w-]*\s+){{0,3}}"
    # (and where: "the declaration of principles signed in Washington on April 25")
    r"[a-z]{3,}(?:ed|en|wn|lt|ld)\s+(?:(?:in|at)\s+(?:[A-Z][\w-]*\s+){1,3})?(?:in|on)\s+$"
)
_CLOSES_THE_SENTENCE = re.compile(r"[.!?]?[\"\u201d']?\s*$")
_FINITE_VERB_AFTER = re.compile(r"\s*,?\s+(?:(?:also|then|later|now)\s+)?(?:" + "|".join(sorted(AUXILIARY_VERBS)) + r"|[a-z]{3,}ed)\b")
# "its 2016 election campaign", "since their 2013 Champions Trophy win": a year naming what an
# owner did, inside a clause about something else
# (or a thing after a preposition: "compared the discharge to the 1989 Exxon Valdez oil tanker spill")
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my)|[\w.-]+['\u2019]s|\b(?:to|with|like|than|of)\s+the)\s+$")
_NOUN_AFTER = re.compile(r"\s+[A-Za-z][\w-]+")
_OWNERS_S = re.compile(r"\s+(['\u2019]s)\b")  # ("in Thursday's autumn statement": the date's "'s" is its own)
_LONE_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn|ld|lt)")
# "since its $81B acquisition of Mobil Oil in 1998": the thing after "since" owns the date
# (or someone's: "Europe's first winner of this event since Romania's Constantina Dita-Tomescu in 2008")
_SINCE_A_THING_BEFORE = re.compile(
    r"\bsince\s+(?:(?i:its|their|his|her|the|a|an)|[A-Z][\w.'\u2019-]*)\s+[^,;:()]{1,60}\s(?i:in|of)\s+$"
)
_WHEN_AFTER = re.compile(r",\s+when\s")  # ("the first since 1972, when two astronauts left ...": what happened then)
_FIRST_SINCE_BEFORE = re.compile(r"(?i)\bfirst(?:\s+[\w'\u2019-]+){0,5}\s+since\s+(?:the\s+)?$")
# A promise made, and what it is to do by the date: "He promised to hold elections in July 2023"
_PROMISED_BEFORE = re.compile(
    rf"(?i)\b({'|'.join(sorted(VERBS_OF_PROMISING))})\s+to\s+[a-z]+\b[^,;:]{{0,60}}$"
)
# "Mondlane claims the October 9 vote was rigged": what is claimed, not a happening the timeline
# may state without its claimer
_CLAIMED_BEFORE = re.compile(rf"(?i)\b({'|'.join(CLAIMING_VERBS)})\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){{0,5}}$")
# ("May" is also a name and a verb)
_A_TIME = (
    rf"(?:(?:1[6-9]|20)\d\d|{'|'.join(m.capitalize() for m in MONTHS if m != 'may')}|{'|'.join(WEEKDAY_NAMES)}"
    rf"|(?i:{phrase_alternation(TIMES_SAID_RELATIVELY)}))"
)
# "arrested in July, and convicted ...", "later this year or early next year": another time
# joined to the label's; or "from 13 per cent [in May 2022] to 18.75 per cent in July 2023": the
# other end of a change
_ANOTHER_TIME_JOINED = re.compile(
    rf"\b{_A_TIME}\b[^,;.]{{0,12}},?\s+(?:and|or)\s|\s(?:and|or)\s+(?:[\w-]+\s+){{0,2}}{_A_TIME}\b"
    rf"|\b(?:from|to)\s+[^,;]{{0,30}}\bin\s+{_A_TIME}\b"
)
# What opens another clause between a label cut short and its date: "informed officials that \u2026
# four fires were lit on Saturday night", "the exhaustion of Argentines ... and his radical
# proposals have catapulted him this Sunday" (not a comma or a bracket: "won big at the British
# Academy of Film and Television Arts (BAFTA) awards on Sunday" goes on with the same clause)
_ANOTHER_CLAUSE = re.compile(
    r"[;:\"\u201c\u201d]|\b(?:that|who|which|where|when|while|since|because|once)\b|\band\s+(?:his|her|their|its|the)\b"
    # ("led Villa to a 14th-place finish after arriving ... last November"; not "killed in a
    # stampede after a soccer match ... on Saturday night", one happening)
    r"|\b(?:after|before)\s+[a-z]+ing\b"
)
FAR_WORDS = 8  # past this many words between a label cut short and its date, the date is another clause's
# A saying or a finding made known just before the date ("authorities said Tuesday", "said during
# a Monday afternoon news conference", "a Park City jury found Thursday"): the date is the
# saying's, and the label the words reported (not a decision's verb, which may govern: "has ruled
# Mozambique since 1975")
_SAYING_BEFORE = re.compile(
    rf"(?i)\b(?:{SPEECH_VERBS_REPORTED}|{'|'.join(sorted(VERBS_OF_SHOWING | (VERBS_OF_MAKING_KNOWN - VERBS_OF_DECIDING)))})\b"
    r"(?:\s+[\w-]+){0,4}\s+$"
)
# Where a clause opens, going back from its date; and where one opens after it, going on
_OPENS_BEFORE = WORDS_OPENING_A_QUOTED_CLAUSE
_OPENS_AFTER = WORDS_CLOSING_A_QUOTED_CLAUSE


def _in_a_list(found: list[DateMention], mention: DateMention, text: str) -> tuple[int, int] | None:
    """The span of a list of dates the mention is one of ("1987, 1999, 2003, 2007 and 2015"), or None."""
    ordered = sorted(found, key=lambda m: m.start)
    at = next((i for i, m in enumerate(ordered) if m is mention), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _LIST_GAP.fullmatch(text, ordered[first - 1].end, ordered[first].start):
        first -= 1
    while last + 1 < len(ordered) and _LIST_GAP.fullmatch(text, ordered[last].end, ordered[last + 1].start):
        last += 1
    return (ordered[first].start, ordered[last].end) if last > first else None


def unsure(text: str, mention: DateMention, label: str, found: list[DateMention]) -> bool:
    """Whether the label may tell another time's happening, or too little to be read as one."""
    before = text[max(0, mention.start - 120) : mention.start]
    listed = _in_a_list(found, mention, text)
    if listed is not None and text[listed[0] : listed[1]] not in label:
        return True  # (not "lost out in elections in 2008 and 2012": the label keeps the list)
    bracket = _OPEN_BRACKET.search(before)
    if bracket is not None and re.search(r"\b[a-z]{2,}", text[max(0, mention.start - 120) + bracket.start() : mention.start]):
        return True  # (not "The old mill (1994)", "tonight (Tuesday August 17)": a bracket of the date alone)
    if _PARTICIPLE_BEFORE.search(before) and _FINITE_VERB_AFTER.match(text, mention.end):
        return True
    thing = _THING_WITH_ITS_PARTICIPLE_BEFORE.search(before)
    if thing is not None and _CLOSES_THE_SENTENCE.match(text, mention.end) and not label.lower().startswith(thing.group(0)[:12].lower()):
        return True
    if mention.precision == YEAR and _OWNER_BEFORE.search(before) and _NOUN_AFTER.match(text, mention.end):
        return True
    if _SINCE_A_THING_BEFORE.search(before):
        return True
    if _FIRST_SINCE_BEFORE.search(before + ("since " if mention.text.lower().startswith("since ") else "")) \
            and not _WHEN_AFTER.match(text, mention.end):
        return True  # ("India won their first title since 2007": the year of the one before, not this win's)
    gerund = _GERUND_CLAUSE_BEFORE.search(before) if not _OPENS_ON_A_PARTICIPLE.match(text) else None
    if gerund is not None and not label.lower().startswith(gerund.group(1) or gerund.group(2)):
        return True  # "Kane joined Tottenham's academy aged 11 before making his senior debut" under 2011: the debut's year
    if _ORDINAL_TIME.search(label) and mention.text.lower().startswith(("this ", "last ", "earlier this ")):
        return True  # "It was the second time that ... has been battered" (of "the second time this month")
    if mention.precision == YEAR and YEAR_OF_A_TITLE_AFTER.match(text, mention.end) and not label.startswith(mention.text):
        return True  # ("defeated 2022 Wimbledon runner-up Ons Jabeur": the year of her title, not of the defeat)
    promised = _PROMISED_BEFORE.search(before)
    if promised is not None and promised.group(1).lower() in label.lower():
        return True  # ("He promised to hold elections in July 2023": the elections' month, not the promise's)
    if _AMONG_A_COUNT_AT_THE_END.search(label.rstrip(" .\u2026")):
        return True
    aside = _PARTICIPLE_ASIDE_BEFORE.search(before)
    if aside is not None and _ASIDE_CLOSES.match(text, mention.end) and not label.lower().startswith(aside.group(1).lower()):
        return True  # ("Rioting erupted over a new bill, adopted by lawmakers in Paris on Tuesday, that will ...": the bill's day)
    if _THAN_A_THING_BEFORE.search(before):
        return True  # ("Saturday's quake was far less damaging than the one in 2010": the older quake's year)
    if _INCLUDING_BEFORE.search(before) and not label.lower().startswith("including"):
        return True  # ("two botched repair works, including one in 2018 and one hours before the accident")
    claimed = _CLAIMED_BEFORE.search(before)
    if claimed is not None and claimed.group(1).lower() not in label.lower():
        return True  # ("Mondlane claims the October 9 vote was rigged": not "The vote was rigged")
    return _cut_short(label) or _opens_cut(label) or _stops_before_its_date(text, mention, label) \
        or _tells_another_date(label, mention) or _cut_at_a_bracket(text, label) \
        or _opens_inside_a_phrase(text, label) or _LEFT_OR_JOINED.search(label) is not None


# The date inside a clause of "before", "after" or "since" and a gerund: "before making his senior debut in 2011"
# (not "exploded minutes after blasting off on its first test flight Tuesday": the same day)
_GERUND_CLAUSE_BEFORE = re.compile(
    "(?i)" + "".join(rf"(?<!{word}\s)" for word in WORDS_OF_A_SHORT_SPAN)
    + r"\b(?:before|after|since|until)\s+([a-z]{3,}ing)\b[^,;.:]*$"
    # (and what someone is accused of doing, in its own clause: "the man accused of driving an
    # SUV into a crowd ... Saturday", not "charged with belonging to a group and had been due to
    # stand trial this month")
    + r"|\b(?:accused\s+of|suspected\s+of|charged\s+with|convicted\s+of)\s+([a-z]{3,}ing)\b(?:(?!\band\b)[^,;.:])*$"
)
# The date inside an aside of a participle after a noun, closed by a comma: ", adopted by lawmakers
# in Paris on Tuesday,".
_PARTICIPLE_ASIDE_BEFORE = re.compile(r"(?<=[a-z]),\s+([a-z]{3,}ed)\s+(?:by|in|at|on)\b[^,;:()\u2014\u2013]*$")
_ASIDE_CLOSES = re.compile(r"\s*,")
# The date of a thing named as what a comparison is set against: "far less damaging than the one
# in 2010", "bigger than the magnitude 7 earthquake 11 years ago".
_THAN_A_THING_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(COMPARATIVE_WORDS))})\b[^,;()]{{0,60}}?\bthan\s+(?:the|that|those|its|his|her|their)\s+"
    r"(?:[\w.-]+\s+){1,4}?(?:in\s+|of\s+)?$"
)
# The date inside what an ", including" names: one of the things the clause told of.
_INCLUDING_BEFORE = re.compile(r"(?i),\s+including\s+[^,;:()]*$")
# A label that names a group and no happening: "Ukraine's interior minister was among 16 people".
_AMONG_A_COUNT_AT_THE_END = re.compile(rf"(?i)\bamong\s+(?:the\s+)?(?:\d[\d,]*|{'|'.join(sorted(NUMBER_WORDS))})(?:\s+[\w-]+){{0,2}}$")
# ("Speaking via video after arriving in Ukraine on Saturday, Kolesnikova said": the opening
# phrase's time is the main clause's)
_OPENS_ON_A_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b")
_ORDINAL_TIME = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\b")
# A preposition the date's words were taken from, left before another ("in isolation since in a
# bid", of "since the start of November in a bid"); or another clause joined on by "but", told in
# another time ("arrived in Edinburgh but will now return to Sichuan").
_LEFT_OR_JOINED = re.compile(
    r"\b(?:since|from|until|till|before|after)\s+(?:in|on|at|to|for|with|as|and|but)\b"
    # ("In the parliamentary election at the beginning, both ...", of "at the beginning of July")
    r"|\b(?:at|by|from|since|until)\s+the\s+(?:beginning|end|start|middle|turn)\b(?!\s+of\b)"
    r"|\bbut\s+(?:will|would|is|are|has|have|had|was|were|now|then|later|[a-z]{3,}ed)\b"
    # ("deporting all illegal immigrants after, putting ...", "Beginning, Equifax will ...": the
    # word that led to the date, its date cut out)
    r"|\b(?i:after|before|since|until|till|from|beginning|starting)\s*,"
    # ("met on the set of \u2032s Gigli", of "2003\u2032s Gigli": the owner's mark left alone)
    r"|\s['\u2019\u2032]s\b"
)


def _cut_at_a_bracket(text: str, label: str) -> bool:
    """A label cut where a bracket opens or closes inside a name: "Camp between Mana and
    Badrinath" (of "the Border Roads Organisation (BRO) camp between ..."), "... with the
    recovery of a Border Roads Organisation" (of "... Organisation (BRO) worker's body")."""
    words = label.split()
    if len(words) < 2 or words[-1] == "\u2026":
        return False
    at = _opening_at(text, words)
    if at > 0 and text[:at].rstrip().endswith(")"):
        return True
    closing = " ".join(words[-2:])
    end = text.find(closing)
    going_on = _BRACKET_INSIDE_A_NAME.match(text, end + len(closing)) if end != -1 else None
    return going_on is not None and (going_on.group("word") or "").lower() not in STOPWORDS  # (not "(JeM) and")


def _opens_inside_a_phrase(text: str, label: str) -> bool:
    """A label opening on what a preposition governs: "Its promulgation last year, doctors'
    licenses ..." (of "after its promulgation on May 19 last year, ..."), "Travel agencies to
    combine ..." (of "difficult for travel agencies to combine"), "Her Taser was sentenced ..."
    (of "mistaking her gun for her Taser was sentenced")."""
    words = label.split()
    if len(words) < 2 or words[-1] == "\u2026":
        return False
    at = _opening_at(text, words)
    before = _WORD_BEFORE.search(text, max(0, at - 16), at) if at > 0 else None
    if before is None:
        return False
    word = before.group(1).lower()
    if "," in label and word in HANGING_PREPOSITIONS | WORDS_OPENING_A_PHRASE_OF_TIME:
        return True  # a prepositional phrase joined to the main clause
    if word == "for" and _SUBJECT_THEN_TO.match(label):
        return True  # what was made hard, told as done
    verb = _A_FINITE_VERB.search(label) if word in OBJECT_ONLY_PREPOSITIONS else None
    # (the preposition's object made the subject of the verb after it; not "An alarm was set
    # off", of "to an alarm that was set off": a relative clause's own label)
    return verb is not None and (label[:1].lower() + label[1 : verb.end()]) in text


def _opening_at(text: str, words: list[str]) -> int:
    """Where a label's first two words stand in its sentence (its capital lowered), or -1."""
    opening = " ".join(words[:2])
    return text.find(opening[:1].lower() + opening[1:])


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
# (not a participle after an article: "The retired optometrist")
_A_FINITE_VERB = re.compile(r"(?<!\b(?i:the))(?<!\b(?i:an))(?<!\b(?i:a))\s(?:" + "|".join(sorted(AUXILIARY_VERBS)) + r"|[a-z]{3,}ed)\b")
# (a noun phrase, not a verb's words: "Allegedly conspiring to seize power" is no subject)
_SUBJECT_THEN_TO = re.compile(r"(?:(?![\w'-]*(?:ing|ly|ed)\s)\S+\s+){1,4}to\s+[a-z]")
# A bracket after a name, and the name's noun phrase going on after it: " (BRO) worker's body".
_BRACKET_INSIDE_A_NAME = re.compile(r"\s*\([^()]{1,12}\)\s*(?:['\u2019]s\b|(?P<word>[a-z]+))")


# "32 of whom are to appear in court", "Their release while giving a deadline": a label opening
# inside a clause whose subject was left behind
_OPENS_INSIDE = re.compile(
    r"^(?:\S+\s+of\s+(?:whom|which)|(?:Their|His|Her|Its)\s+[a-z]+\s+(?:while|whereas))\b"
    # ("October, were cancelled", of "due to take place in September and October, were cancelled in July")
    rf"|^{_A_TIME},"
    # ("\u2018 was a bad day but ...", of "\u2018Today was a bad day but ...": a quotation mark left alone)
    r"|^[\u2018\u201c'\"]\s"
    # ("In Woodstock, Oxfordshire, was closed", of "The palace, in Woodstock, Oxfordshire, was closed today")
    r"|^(?:In|At|On|Near|From)\s[^,]{1,40}(?:,\s[^,]{1,30})?,\s+(?:was|were|is|are|has|have|had)\b"
)


def _opens_cut(label: str) -> bool:
    """A label opening inside a clause: "32 of whom are to appear", "Their release while giving a
    deadline" (of "demanded N1 billion for their release while giving a deadline of March 27")."""
    return _OPENS_INSIDE.match(label) is not None


def _stops_before_its_date(text: str, mention: DateMention, label: str) -> bool:
    """ "He said the Corporación Nacional Forestal, ..., informed officials that …" (of "...
    that four fires were lit on Saturday night"): a label cut to length before the clause that
    holds its date tells another clause's happening."""
    words = label.split()
    if len(words) < 3 or words[-1] != "…":
        return False
    last = " ".join(words[-3:-1])
    at = text.find(last)
    # (the clause may open among the label's last words: "... informed officials that \u2026")
    near = text.rfind(" ".join(words[-LAST_WORDS - 1 : -1]), 0, at + len(last)) if len(words) > LAST_WORDS else -1
    if at == -1 or at + len(last) > mention.start or _SAYING_BEFORE.search(text, max(0, mention.start - 60), mention.start):
        return False
    return _ANOTHER_CLAUSE.search(text, near if near != -1 else at, mention.start) is not None \
        or len(text[at + len(last) : mention.start].split()) > FAR_WORDS


_NUMBER = rf"(?:\d+|{'|'.join(sorted(NUMBER_WORDS))})"
_A_COUNT_OR = re.compile(rf"(?i)\b{_NUMBER}\s+or\b(?!\s+(?:more|so|less|fewer)\b)")
_COUNT_OPENING = re.compile(rf"(?i){_NUMBER}\s")
# "in 1989" in a label under 1971: the label tells that year's happening
_IN_A_YEAR = re.compile(r"\b(?:in|since)\s+(?:(?:early|late|mid)[\s-]+)?((?:1[6-9]|20)\d\d)\b")


def _weekday_of(value: str) -> str | None:
    try:
        return WEEKDAY_NAMES[dt.date.fromisoformat(value).weekday()]
    except ValueError:
        return None


_A_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAY_NAMES)})\b")
_IN_A_MONTH = re.compile(rf"\bin\s+(?:(?:early|late|mid)[\s-]+)?({'|'.join(m.capitalize() for m in MONTHS)})\b(?!,?\s+\d)")


def _tells_another_date(label: str, mention: DateMention) -> bool:
    """ "He was eventually arrested in July, and convicted of racketeering" under September 2021,
    "share more data or early next year" under this year: a label with another time in it may
    tell that time's happening."""
    if not mention.text or mention.text in label:
        return False  # (a date the label keeps: "The record held since April 1984 was broken")
    if mention.precision == DAY and any(day != _weekday_of(mention.value) for day in _A_WEEKDAY.findall(label)):
        return True  # ("Mountainous Gofa zone on Sunday evening" under Monday, of "on Sunday evening and Monday morning")
    if _A_COUNT_OR.search(label) and _COUNT_OPENING.match(mention.text):
        return True  # ("left Turkey three or [four days ago]": the other count of the date's span)
    # (a year's label with another year in it; a day's may name a year as background: "a garden
    # founded in 1931 was destroyed by the flames" on Sunday)
    return _ANOTHER_TIME_JOINED.search(label) is not None or mention.precision == YEAR and any(
        year != mention.value[:4] for year in _IN_A_YEAR.findall(label)) or mention.precision == MONTH and any(
        MONTHS[month.lower()] != int(mention.value[5:7]) for month in _IN_A_MONTH.findall(label))
        # ("Talks broke down in January, prompting the government to announce ..." under February)


def _cut_short(label: str) -> bool:
    """A label ending where its clause had more to say: on an auxiliary ("... in New York
    have"), a verb of showing or saying with nothing after it ("Interim analysis showed"), or a
    comparison or a list left open ("as soon as", "more data or")."""
    words = label.split()
    if not words:
        return False
    if words[-1] == "\u2026":  # ("... was nearly, \u2026": the words before the cut)
        return len(words) > 1 and bare_word(words[-2]) in WORDS_LEFT_BEFORE_A_CUT_DATE
    last = bare_word(words[-1])
    if last in AUXILIARY_VERBS or last in WORDS_A_LABEL_DOES_NOT_END_ON or last in WORDS_LEFT_BEFORE_A_CUT_DATE \
            or last in HANGING_PREPOSITIONS:
        return True
    if (last in VERBS_OF_SHOWING or last in VERBS_OF_MAKING_KNOWN) and len(words) <= SAYING_LABEL_WORDS \
            and not re.search("[\"\u201c\u201d]", label) and not (len(words) > 1 and bare_word(words[-2]) in PASSIVE_AUXILIARIES):
        # (not "\u201cWe will win,\u201d Biden said": what was said is in the label; nor "Paltrow was not
        # at fault for the ski crash that a Utah man said": the clause told is, but its last words)
        return True
    return False


def excerpt(text: str, mention: DateMention, found: list[DateMention]) -> str:
    """The words around the date in quotation marks: back to where its clause opens, on to where
    it closes (at most EXCERPT_WORDS_BEFORE and EXCERPT_WORDS_AFTER words), a list of dates or a
    bracket whole, with "…" where the sentence goes on."""
    first, last = _in_a_list(found, mention, text) or (mention.start, mention.end)
    bracket = _OPEN_BRACKET.search(text, max(0, first - 120), first)
    if bracket is not None:
        close = text.find(")", last)
        last = close + 1 if close != -1 else last
        first = bracket.start()
    before = text[:first].split()
    taken, commas = 0, 0
    while taken < len(before) and taken < EXCERPT_WORDS_BEFORE:
        word = before[-1 - taken]
        if word.endswith(",") and taken == 1 and not commas and _LONE_PARTICIPLE.fullmatch(before[-1]):
            commas += 1  # ("the first round of the elections, held on October 22": the participle's noun too)
        elif word.endswith((",", ";", ":", "(", "\u2014", "\u2013")) or word in ("-", "\u2014", "\u2013") \
                or bare_word(word) in _OPENS_BEFORE or word[:1] in "\"\u201c\u201d":
            break
        taken += 1
    if bracket is not None:
        # the name the bracket follows: "Ricky Ponting (140 not out v India in 2003)"
        taken = 0
        while taken < len(before) and taken < 3 and before[-1 - taken][:1].isupper() and not before[-1 - taken].endswith(","):
            taken += 1
    if bracket is None and taken < min(SHORT_HEAD_WORDS, len(before)):
        # ("\u2026in November", "\u2026just after midnight Tuesday"): too few words to read; on past one opening
        taken += 1
        while taken < len(before) and taken < EXCERPT_WORDS_BEFORE and not before[-1 - taken].endswith((",", ";", ":", "\u2014", "\u2013")) \
                and bare_word(before[-1 - taken]) not in _OPENS_BEFORE and before[-1 - taken][:1] not in "\"\u201c\u201d":
            taken += 1
    head = before[len(before) - taken :] if taken else []
    while head and bare_word(head[0]) in ("and", "but", "or"):
        head = head[1:]  # ("..., and his radical proposals ...": the clause, not what joins it)
    after = text[last:].split()
    stop_at_verb = _PARTICIPLE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
    dated = text[first:last].split()
    glued_after = last < len(text) and not text[last].isspace()  # ("2003\u2032s Gigli")
    if len(head) <= 1 and after[:1] == [","]:
        # ("In June, interim analysis showed ...": what the date opens follows it)
        after, dated = after[1:], [*dated[:-1], dated[-1] + ","]
        glued_after = False
    tail: list[str] = []
    for i, word in enumerate(after[: 0 if bracket is not None else EXCERPT_WORDS_AFTER]):
        if bare_word(word) in _OPENS_AFTER or word[:1] in ",;:\u2014\u2013" \
                or (stop_at_verb and (bare_word(word) in AUXILIARY_VERBS or not tail and word.endswith("ed"))):
            break
        tail.append(word)
        if word.endswith((".", "!", "?", ";", ":", "\u2014", "\u2013")):
            break
        if word.endswith(",") and (i + 1 >= len(after) or not after[i + 1][:1].isdigit()):
            break  # (a list of figures goes on: "1.3, 2.1 and 4.0")
    opened = len(head) < len(before)
    closed = any(any(c.isalnum() for c in word) for word in after[len(tail) :])
    if head and dated and first > 0 and not text[first - 1].isspace():
        head, dated = head[:-1], [head[-1] + dated[0], *dated[1:]]  # ("\u2018Today was ...": a mark glued to the date's words)
    if tail and dated and glued_after:
        dated, tail = [*dated[:-1], dated[-1] + tail[0]], tail[1:]  # (what is glued after the date's words)
    words = head + dated + tail
    quoted = _OWNERS_S.sub(r"\1", " ".join(words)).strip(" ,;:.\u2014\u2013-\"\u201c\u201d")
    return "\u201c" + ("\u2026" if opened else "") + quoted + ("\u2026" if closed else "") + "\u201d"
