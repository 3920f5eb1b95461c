"""Telling an outlet's article apart from everything pasted around it.

A seed is text copied from a web page: besides the article it carries the headline and
dateline, section headings, photo captions (sometimes repeated, sometimes with their credit
glued on), caption labels, tracking scripts, "Explore further" boxes, author boxes, credits,
reference lists and posts from social networks embedded in the story. None of that may be
cited as the outlet's own words, but most of it must stay visible on the source page so that a
reader can check the copy against the original. Each paragraph is therefore classified, never
silently dropped, by general shapes of web copy -- nothing here knows any outlet or story.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..base.text import fold, phrase_alternation
from ..language.dates import MONTH_PATTERN, tells_a_happening
from ..language.lexicon import (
    AFTER_A_SCENE_VERB,
    AFTER_A_SUBJECTS_HEAD,
    AUXILIARY_VERBS,
    CONTROL_LABELS_AFTER_PROSE,
    DETERMINERS,
    EDITORS_NOTES_OF_MORE_TO_COME,
    IRREGULAR_PAST_TENSES,
    LABELS_OVER_LINKS,
    LINK_LABELS,
    LINK_LIST_HEADINGS,
    NOT_A_SCENE_SUBJECT_OPENERS,
    NOT_IN_A_SCENE_SUBJECT,
    PAGE_CONTROL_PHRASES,
    PARTY_HOLDER_TITLES,
    PHOTO_CREDITS,
    PRESENT_PLURAL_SAYING_VERBS,
    PRESENT_SAYING_OR_STATE_VERBS,
    READER_APPEAL_PHRASES,
    READER_APPEAL_WORDS,
    READING_LINK_LABELS,
    SCENE_VERBS_ALSO_OF_A_STATE,
    SCENE_VERBS_PLURAL,
    SCENE_VERBS_SINGULAR,
    SOCIAL_NETWORKS,
    SPEECH_VERBS_BEFORE_QUOTE,
    SPEECH_VERBS_REPORTED,
    TIME_SPAN_UNITS,
    VIDEO_LABELS,
    WEEKDAY_NAMES,
    WIRE_INITIALS,
    WORDS_A_HEADING_DOES_NOT_END_ON,
    WORDS_IN_ING_DOING_NOTHING,
    WRITING_TRADES,
)
from ..language.spelling import in_title_case, looks_plural
from .sentences import sentence_spans

# Block kinds whose sentences can be cited. An embed is citable as its author's words.
CITABLE = frozenset({"body", "caption", "embed"})


@dataclass(frozen=True)
class Block:
    """One paragraph of a seed, classified.

    `line` is 1-based in the seed file, for error messages and for the editor.
    `credit` is a photo or page credit, or another page's link, split off the text; `author`, `handle` and `posted`
    describe an embedded social-media post; `copies` are the lines of identical copies set
    aside (a page that shows a caption twice), so what was set aside can still be seen.
    """

    kind: str
    text: str
    line: int
    list_item: bool = False
    credit: str | None = None
    author: str | None = None
    handle: str | None = None
    posted: str | None = None
    copies: tuple[int, ...] = ()

    @property
    def repeats(self) -> int:
        """How many times the page shows this paragraph."""
        return 1 + len(self.copies)


_MONTH = MONTH_PATTERN
_WEEKDAY = "|".join(WEEKDAY_NAMES)
_DATE_ONLY = re.compile(
    rf"^(?:[-*\u2022]\s*)?(?:\w+day,?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?(?:\s*[,|-].{0,20})?$",
    re.IGNORECASE,
)
# A wire's dateline on a line of its own, in capitals: "YEREVAN, FEBRUARY 5, ARMENPRESS."
_PLACE_DATE_AGENCY = re.compile(
    rf"^[A-Z][A-Z .'-]{{1,30}},\s+(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?,\s+[A-Z][A-Z .'-]{{1,30}}\.?$"
)
_CODE = re.compile(r"function\s*\(|=>|\)\s*\{|\};|(?<!\w)\w+\[\w+\]\s*=|</?script|window\.|document\.")
# A page template's field name left in the copied text before a caption.
# After the headline on its line, the site's section or name: " | Utah", " | World news | The Guardian".
_SECTION_AFTER_TITLE = re.compile(r"\s*[|\u2013\u2014-]\s*[^|.!?]{1,40}(?:\s*\|\s*[^|.!?]{1,40}){0,3}")
_NAME_ALONE = re.compile(r"[A-Z][\w'\u2019-]+(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'\u2019-]+){1,3}\.")  # ("Erik ten Hag.")
_TEMPLATE_CAPTION = re.compile(r"^[a-z_]+(?:\.[a-z_]+)*\.caption\s+")
_CAPTION_LABEL = re.compile(r"^(?:Media|Image|Video|Photo) caption,?$", re.IGNORECASE)
# A video's running time on a line of its own ("Duration: 44 seconds", "Video duration 1:23"):
# the paragraph under it describes the video.
_VIDEO_DURATION = re.compile(
    r"^(?:video\s+)?duration\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:hours?|minutes?|mins?|seconds?|secs?)"
    r"(?:,?\s*(?:and\s+)?\d+\s*(?:minutes?|mins?|seconds?|secs?)){0,2})$",
    re.IGNORECASE,
)
# The label and its caption on one line, as a page copied without its line breaks gives them.
# A video's player notice or a picture's copyright may come first, glued on the same line: "Media
# playback is unsupported on your device Media caption ...", "Image copyright AFP Image caption ...";
# the notice alone before the video's title says what follows is the video's.
_PLAYBACK_NOTICE = r"Media\s+playback\s+is\s+(?:unsupported\s+on\s+your|not\s+supported\s+on\s+this)\s+device"
_CAPTION_LABEL_BEFORE = re.compile(
    rf"(?:(?:{_PLAYBACK_NOTICE}|Image\s+copyright(?:\s+\S+){{0,4}}?)\s+)?(?:Media|Image|Video|Photo) caption,?\s+(?=\S)"
    rf"|{_PLAYBACK_NOTICE}\s+(?=\S)",
    re.IGNORECASE,
)
# "Pictured: FTX founder Sam Bankman-Fried is escorted from ...": a caption's label.
_PICTURED_LABEL = re.compile(r"^Pictured:\s+(?=\S)", re.IGNORECASE)
# A gallery's counter opening a picture's caption: "1 of 6. Police tape surrounds a home ...".
_GALLERY_COUNTER = re.compile(r"^\d{1,3}\s+of\s+\d{1,3}\.?\s+(?=[A-Z])")
# Where someone stands in the picture, after their name: "Yusuf Yerkel (L)", "Ann Lee (centre)".
_PLACED_IN_PICTURE = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]+\s+\((?P<where>L|R|C|left|right|centre|center|(?:second|far)\s+(?:left|right))\)"
    # (not a party: "Gov. Bill Haslam (R) said at a press conference")
    rf"(?!,?\s+(?:{SPEECH_VERBS_BEFORE_QUOTE})\b)"
)
# A credit at the end of a caption: "... 2025Image source, Reuters", "... Photo: tut.by",
# "... Screenshot from broadcast", "... replacement. (Video: Reuters)".
_CREDIT = re.compile(
    r"(?:(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s*|(?<=[\w)])(?=Image source)|(?<!\s)\s+(?=[\[(]?(?:Photos?|Pictures?|PICTURES?|PHOTOS?|Image|[Cc]redit):))"
    r"(?P<paren>\()?\[?(?P<credit>(?:Image source|Image(?=:)|(?:File )?Photo(?:graph)?s?(?: credit)?|File photo|(?:[A-Z]{1,6} )?PHOTOS?|Pictures?|PICTURES?|Pic|Video"
    r"|Screenshot|Screengrab|[Cc]redit|Source)"
    r"(?:[:,]\s*|\s+[-\u2013/]\s+|\s+(?:from|by)\s+)(?(paren)[^!?\[\]()]|[^!?\[\]]){1,80}"
    # "... on fire Monday morning. Courtesy Ventura County Fire Department"
    r"|(?<![(\[])Courtesy(?:\s+of)?\s+[A-Z][^!?\[\]()]{1,80}"
    # "... at the hospital on Saturday. Jane Roe/Massachusetts General Hospital": a photographer
    # and whose the picture is
    r"|(?<![(\[])[A-Z][a-z]+(?:\s+[A-Z][a-z.]*){1,2}\s?/\s?[A-Z][\w&.'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w&.'-]*){0,6})"
    r"\]?(?(paren)\))$"
)
_SOCIAL_NETWORK = "|".join(network.replace(" ", r"\s+") for network in SOCIAL_NETWORKS)
_FURNITURE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^source$",
        r"^visited \d+ times?\b",
        r"^recommended for you$",
        r"^avatar photo$",
        r"^about the author\b",
        r"^more from\b.{0,60}$",
        r"^(?:share|share this|advertisement|read more|related|follow us)\b.{0,40}$",
        r"^advert$",  # (an advertisement's place on the page, between paragraphs)
        r"^disclaimer:",
        # a note on the page's state: "Editor's note: This article has been updated ..."
        r"^editor['\u2019]s\s+note\s*:\s.{0,200}\b(?:updated|corrected|amended|changed|revised|clarif)",
        # a content warning over a gallery: "Warning: The images below may be upsetting for some readers."
        r"^(?:content\s+)?warning:?\s.{0,60}\b(?:images?|photos?|pictures?|video|footage)\b.{0,40}"
        r"\b(?:upsetting|disturbing|distressing|graphic)\b.{0,40}$",
        r"^this article is more than \w+ (?:years?|months?|weeks?|days?) old$",
        r"^(?:edited by|written by|reporting by|additional reporting by|produced by)\b.{0,80}$",
        # the reporters' credit: "This story was reported by Jo Roe and Al Ray. It was written by Roe."
        r"^this\s+(?:story|article|report)\s+was\s+(?:reported|written)\s+by\s+[^.!?]{1,120}\.(?:\s+it\s+was\s+written\s+by\s+[^.!?]{1,60}\.)?$",
        # the wire's credit in brackets, its close cut off: "(Report by Tito Correa and Ana Roe, written by Jo Lee."
        r"^\((?:report|reporting|additional reporting|writing)\s+by\s+[^()]{1,150}\)?\.?$",
        # a picture's credit: "Photo courtesy of Intel Corporation"
        r"^(?:photo|image|picture)s?\s+courtesy\s+of\s+[^.!?]{1,60}\.?$",
        # the wire's credit at an article's end: "CNN's Jane Roe and John Doe contributed to this report."
        r"^(?:[\w.'\u2019&,-]+\s+){1,12}contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\.?$",
        # a comment box's greeting and a video player's note: "Welcome to the discussion."
        r"^welcome\s+to\s+the\s+discussion\.?$",
        # a page's own notices: "Comments are closed.", "Something went wrong. Please try again
        # later.", "We are having trouble retrieving the article content.", a wire's reuse notice
        r"^(?:comments\s+are\s+closed|something\s+went\s+wrong|please\s+try\s+again(?:\s+later)?"
        r"|we\s+are\s+having\s+trouble\s+retrieving\s+the\s+article\s+content)[.!]?$",
        r"^this\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+redistributed\.?$",
        # a section's path: "World / plane crash" (not a photographer's credit, "Jo Roe / Reuters")
        r"^(?-i:[A-Z])[\w&'\u2019-]*(?:\s[\w&'\u2019-]+)?(?:\s/\s[\w&'\u2019-]+(?:\s[\w&'\u2019-]+){0,2}){0,2}"
        r"\s/\s(?-i:[a-z])[\w&'\u2019-]*(?:\s[\w&'\u2019-]+){0,2}$",
        # a picture's credit naming no agency, alone on its line: "Image: Apple" (an agency's,
        # "Photo: Reuters", marks the caption above it: `_mark_credited_captions`)
        rf"^(?:image|photo|picture)s?\s*:\s*(?!(?:{'|'.join(re.escape(a) for a in sorted(PHOTO_CREDITS, key=len, reverse=True))})\b)(?-i:[A-Z])[\w&'\u2019.-]*(?:\s(?-i:[A-Z])[\w&'\u2019.-]*){{0,2}}$",
        # a transcript's credit: "Transcript provided by NPR, Copyright NPR."
        r"^transcript\s+provided\s+by\b.{0,80}$",
        # "(This story has been updated to reflect the latest developments.)"
        r"^\(?this\s+(?:story|article|report)\s+has\s+been\s+updated\b[^()]{0,100}\)?$",
        # a link to more: "(More Romania stories.)", "Go deeper: Bridge collapse ..."
        r"^\(more\s+[^()]{1,40}\s+stories\.?\)$",
        r"^go\s+deeper\s*:.{0,120}$",
        # a wire's initials alone in brackets, signing the report off: "(ILKHA)"
        r"^\((?-i:[A-Z]{2,10})\)$",
        # a link alone: "https://p.dw.com/p/4ReWk"
        r"^https?://\S+$",
        # an archive's notice: "This was published 3 years ago"
        r"^this\s+(?:article\s+|story\s+|page\s+)?was\s+published\s+(?:more\s+than\s+|over\s+)?\d+\s+(?:years?|months?)\s+ago\.?$",
        # a feedback box's prompts: "Share your experiences ... on The Jakarta Post.", "We're here to listen."
        r"^(?:share\s+your\s+(?:experiences|thoughts|feedback|views)\b.{0,100}|we['\u2019]re\s+here\s+to\s+listen"
        r"|thank\s+you\s+for\s+sharing\s+your\s+(?:thoughts|feedback)|we\s+appreciate\s+your\s+feedback)[.!]?$",
        r"^please\s+use\s+\w+\s+browser\s+for\s+a\s+more\s+accessible\b.{0,40}$",
        # ("This is a developing story. Please check back soon for updates.": two notes on one line)
        rf"^(?:editor['\u2019]?s['\u2019]?\s+note\s*:\s*)?(?:(?:please\s+)?(?:{'|'.join(EDITORS_NOTES_OF_MORE_TO_COME)})[.\u2026!]*\s*(?:[-\u2013\u2014]\s*)?){{1,3}}$",
        # a time stamp's labels copied without their times: "PUBLISHED: | UPDATED:"
        r"^(?:published|updated|posted)\s*:?(?:\s*\|\s*(?:published|updated|posted)\s*:?)*$",
        r"^[\[(]?\s*(?:copyright|\u00a9)",
        # share and gallery counters: "553", "3 of 30", "12/40"
        r"^(?:\d[\d,.]*\s*[km]?|\d+\s*(?:of|/)\s*\d+)$",
        # bylines: "By Andy Mai", "Story by Jane Doe and John Roe"
        # ("By: Owen Fernau Loading...": a colon, and a player loading under it)
        r"^(?:by|words by|story by|posted by):?\s+[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019&,-]+){0,7}(?:\s+loading\s*(?:\.{2,3}|\u2026))?$",
        # the outlet's name and a bar before it: "90.5 WESA | By Doug Shugarts,"
        r"^[^|\n]{1,40}\|\s*by\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+[\w.'\u2019&,-]+){0,7}$",
        # a byline and its time stamp: "By Serina Sandhu Wednesday, 23rd October 2019, 11:07 am"
        r"^by\s+(?-i:[A-Z])[^.!?]{0,150}?\d(?:\s+|,\s*|\s+at\s+)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$",
        # a ticker of headlines or a menu on one line: "Storm hits coast • Minister resigns • Markets
        # fall", "Multimedia · User Galleries · News in Pictures"
        r"\S\s+[\u2022\u00b7]\s+[^\u2022\u00b7]+\s[\u2022\u00b7]\s+\S",
        # a related story's link ending in its age and a bar: "... promises panned outBusiness Insider 4m |"
        r"\s\d{1,2}\s?(?:m|h|d|min|mins|hr|hrs)\s*\|\s*$",
        # who wrote it and where it was taken from: "Source: Jane Roe, Jo Lee, https://example.com/..."
        r"^sources?\s*:\s.{0,300}https?://\S+\s*$",
        # a wire's tagline: "This report by The Canadian Press was first published April 16, 2024."
        r"^this\s+(?:report|story|article)\s+by\s+.{1,60}?\s+was\s+(?:first\s+)?published\b.{0,40}$",
        # a promotion of the outlet's other pages: "Follow the AP's live coverage."
        r"^follow\s+(?:the\s+|our\s+)?(?:[\w'\u2019]+\s+){0,3}?(?:live\s+)?(?:coverage|updates|blog)\b.{0,60}$",
        # an outlet asking to be followed elsewhere: "Follow Sky News on WhatsApp"
        rf"^follow\s+(?:[\w'\u2019.&-]+\s+){{1,4}}on\s+(?:{_SOCIAL_NETWORK})\b.{{0,40}}$",
        # the title of a box of links: "More on Ftx", "More on this story"
        r"^more\s+on\s+(?:this\s+story|(?-i:[A-Z])[\w'\u2019.&-]*(?:\s+[\w'\u2019.&-]+){0,3})$",
        # a related story's teaser ending in its section's name and a dash: "... after a train
        # derailed in Galicia in north-western Spain World News -"
        r"[a-z,]\s+(?-i:[A-Z][\w&'\u2019.]*)(?:\s+(?-i:[A-Z&][\w&'\u2019.]*)){0,2}\s+[-\u2013\u2014]\s*$",
        # a related story's link under its age: "2h agoI can't get free childcare ..."
        r"^\d{1,3}\s?(?:m|h|d|min|mins|hr|hrs)\s+ago(?:\b|(?-i:(?=[A-Z])))",
        # a story's age and its section: "1 hour ago - Energy & Environment"
        r"^\d{1,3}\s+(?:minutes?|hours?|days?)\s+ago\s*(?:$|[-|\u2022\u00b7\u2013\u2014]\s)",
        # the writer's box, their trade in brackets after their name: "Jo Roe (Political editor) Jo Roe is ..."
        r"^(?-i:[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3})\s+\([^()]{0,60}\b(?:" + "|".join(WRITING_TRADES) + r")s?\)\s",
        # an e-mail address alone, a writer's or the desk's: "Email: jo.roe@example.com"
        r"^e-?mail\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$",
        # the writer's note: "Catherine Garcia has worked as a senior writer at The Week since 2014."
        r"^(?-i:[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3})\s+(?:is|has\s+(?:worked|been)|joined)\s+(?:as\s+)?"
        r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(WRITING_TRADES) + r")\s+"
        r"(?:at|for|with)\s+(?:the\s+)?(?-i:[A-Z])[^.!?]{0,60}\.?$",
        # a video's link labelled after a dash: "Hiker hails rescuers after 17 days lost – video",
        # "PM calls general election for 8 June – full video statement"
        r"\s[\u2013\u2014]\s+(?:full\s+)?video(?:\s+(?:report|statement|explainer|interview|clip))?$",
        # a video's link with its running time: "Goya Foods faces backlash over CEO's support 01:13"
        # (not a time of day: "will start at 10:30")
        r"^(?:[^\s.!?]+\s+){4,40}?(?!(?:at|by|until|till|from|to|before|after|around|about|since|noon)\s)"
        r"[^\s\d,.!?]*[a-z\"'\u201d)]\s+\d{1,2}:[0-5]\d$",
        # a wire's line of stamps: "ANI | Washington DC | Updated: 15-11-2021 21:44 IST | Created: ..."
        r"\|\s*(?:updated|created|published|posted)\s*:\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}",
        # a box the page folds away, copied with its controls: "Timeline Amber Rudd's apologies Show Hide ..."
        r"^(?:[\w'\u2019-]+\s+){0,8}?Show\s+Hide\b",
        # a video's or a gallery's link: "Watch CBS News", "\u2022 RAW VIDEO OF THE VERDICT", "More photos
        # are available at example.com/trial/"
        r"^(?:[\u2022*-]\s*)?(?:watch|listen)(?:\s+[\w.'\u2019&-]+){1,3}$",
        r"^(?-i:(?=[^a-z]*$)[^a-z]*?\b(?:VIDEO|VIDEOS|PHOTOS|GALLERY|WATCH|LISTEN)\b)",
        r"^more\s+(?:photos|pictures|images|videos)\b.{0,80}$",
        # where an embedded post or video stood: "View post on X", "View this post on Instagram"
        r"^(?:view|see|watch)\s+(?:this\s+|the\s+(?:full\s+)?)?(?:post|tweet|video|photo|reel)\s+on\s+[\w.]{1,20}$",
        # an editor's note on the page's state: "THIS IS A BREAKING NEWS UPDATE.", "AP's earlier story follows below."
        r"^this\s+is\s+a\s+breaking\s+news\s+update\b.{0,80}$",
        # a note on an earlier version: "Correction & clarification: A previous version of this story ..."
        r"^(?:corrections?|clarifications?|corrections?\s*(?:&|and)\s*clarifications?)\s*:\s.{0,300}"
        r"\b(?:previous|earlier)\s+version\b",
        # a related story's link, its headline and teaser glued at a colon: "Equifax will pay
        # Americans hit by breach:Take these steps to file claim for $125 or more"
        r"^[^.!?:\n]{5,120}(?-i:[a-z]):(?-i:[A-Z])[^.!?\n]{3,120}$",
        # a video's caption dated in brackets at its end: "Jo Roe reports on the announcement. (12-12-2022)"
        r"\(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\)\s*$",
        # a video's link in brackets with its running time: "(Watch owners describe the rescue -- 8:08)"
        r"^\((?:watch|listen|see)\b[^()]{3,200}\)$",
        # a byline's second line: "Washington Post Staff Writers", "Times Staff Writer"
        r"^(?:[A-Z][\w.'\u2019&-]*\s+){0,4}staff\s+(?:writers?|reporters?)$",
        # a fact box of earlier events, one a line: "\u2022 2001: Explosions at a mine in Brookwood kill 13 people."
        r"^[\u2022*-]\s*(?:19|20)\d{2}\s*:\s",
        # a link to another story set in brackets on a line of its own: "[Jetliner was restricted
        # amid concerns over warning light]"
        r"^\[[^\[\]\n]{3,300}\]$",
        r"^(?:[\w'\u2019]+\s+){0,3}(?:earlier|previous|original)\s+(?:story|version|report)\s+(?:follows|is)\s+below\.?$",
        # the page's own markers between an article's parts: "Story continues below", "Article
        # content", "Web Notifications"
        r"^(?:story\s+continues\s+(?:below|after\s+(?:this\s+)?(?:advertisement|ad))|article\s+content|web\s+notifications)$",
        # a link to the outlet's other stories: "More from NextShark: South Korean court decision ..."
        r"^more\s+from\s+(?-i:[A-Z])[\w.'\u2019 -]{1,40}:\s*\S",
        # a live page's time stamp on a line of its own: "10:26 a.m."
        r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
        # a podcast's episode under the article: "On this week's episode of Inside Business, host ..."
        r"^(?:on|in)\s+(?:this|today['\u2019]s|this\s+week['\u2019]s|the\s+latest)\s+episode\s+of\s+(?-i:[A-Z])",
        # a link to the blog's next or previous post: "Next post NFL playoffs: ..."
        r"^(?:next|previous|prev)\s+(?:post|article|story)\b.{0,150}$",
        # a link to a video: "Watch her video address here:"
        r"^watch\b.{0,60}\bhere\s*[:.]?$",
        # a sponsor's line: "The Baltimore Banner thanks its sponsors. Become one."
        r"\bthanks\s+(?:its|our)\s+sponsors\b.{0,40}$",
        # a caption's wire credit after a bar: "... in Tokyo on Friday. | REUTERS"
        r"^[\u2022*]?\s*.{10,300}[.!?]\s*\|\s*(?-i:[A-Z]{2,}(?:[/ -][A-Z]{2,})*)\s*$",
        # a player or an advertisement still loading when the page was copied: "Loading audio...", "Ad Loading..."
        r"^(?:ad\s+)?loading(?:\s+(?:audio|video|player|ad|advertisement|comments))?\s*(?:\.{2,3}|\u2026)?$",
        # "Getting your Trinity Audio player ready...": the same, in a player's own words
        r"^getting\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}player\s+ready\s*(?:\.{2,3}|\u2026)?$",
        # a credit or a stamp whose name or time the copy lost: "Photo courtesy of", "Last updated"
        r"^(?:(?:photo|picture|image|video)s?\s+(?:courtesy(?:\s+of)?|credit|by)|courtesy\s+of|credits?)\s*:?$",
        # a credit in brackets on a line of its own: "(Image credit: Pool)", "(PTI)"
        r"^\((?:(?:photo|picture|image)s?\s+credit|credit|source)s?:\s*[^()]{1,60}\)$",
        rf"^\((?:{'|'.join(re.escape(a) for a in sorted((*PHOTO_CREDITS, *WIRE_INITIALS), key=len, reverse=True))})\)\.?$",
        # a call to subscribe on a line of its own: "Subscribe to The Week"
        r"^subscribe\s+to\s+(?-i:(?:the\s+|The\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})$",
        r"^(?:updated|published|posted|last\s+updated|first\s+published|last\s+modified)\s*:?$",
        # a reading time: "2 min to read", "5 minute read"
        r"^\d{1,2}\s*(?:min|mins|minutes?)\s+(?:to\s+)?read$",
        # a byline of reporters and wires: "Justin Roe, Frances Lee and agencies The Guardian 23 Dec 18;"
        r"^(?-i:[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){1,3})(?:,\s+(?-i:[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){1,3}))*"
        r"\s+and\s+agencies\b[^.!?]{0,60}$",
        # a broadcaster's video under its reporter's name, with no full stop: "..., Political
        # Correspondent Jo Roe reports"
        r"\s(?:correspondent|editor|reporter)\s+(?-i:[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){1,2})\s+reports$",
        # a photographer's credit with no colon: "Credit Jo Roe"
        r"^(?-i:Credit)\s+(?-i:[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})(?:\s*/\s*[\w .'-]{1,40})?$",
        # a photographer's credit with the agency it came through: "Photo by JO ROE/AFP via Getty Images."
        r"^(?:photo|picture|image)s?\s+by\s+[^.!?]{1,60}\s+via\s+[A-Z][\w ]{1,30}\.?$",
        # "4 days ago", "Updated 13:58 GMT"
        # (a count of views or comments after it: "7 hours ago 49")
        r"^(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago(?:\s+\d{1,7})?"
        # (the date glued on: "Published4 December 2023")
        r"|(?:updated|published|posted|last updated|first published)(?:\b|(?=\d))(?=.*\d).{0,60})$",
    )
]
# "GALLERY: The club's top moments", "More: Jane Roe", "Also Read | ...": a label and the
# link it introduces.
_LINK_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(LINK_LABELS, key=len, reverse=True)) + r")\s*[:|\u00bb\u203a]\s*\S",
    re.IGNORECASE,
)
# "RELATED Russian cosmonauts wrap up spacewalk": the label in capitals with no colon, the
# headline after it capitalised ("MORE than 100 people ..." is a sentence).
_LINK_LABEL_IN_CAPITALS = re.compile(
    r"^(?:" + "|".join(re.escape(w.upper()) for w in sorted(LINK_LABELS, key=len, reverse=True)) + r")\s+[A-Z\d\"\u201c]"
)
# A word's edge, or the seam where a menu copied without its line breaks glues one control to the
# next ("Skip to navigationSkip to content").
_WORD_EDGE = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
_PAGE_CONTROL = re.compile(
    rf"{_WORD_EDGE}(?:" + "|".join(re.escape(p) for p in sorted(PAGE_CONTROL_PHRASES, key=len, reverse=True)) + rf"){_WORD_EDGE}",
    re.IGNORECASE,
)
# A credit that closes a caption: "(Reuters: Darren Staples)", "(AP Photo/Matt York)", "(Source:
# Getty)", or an agency glued to the last word: "...takeover dealJIJI PRESS/AFP/Getty Images".
_AGENCIES = "|".join(re.escape(a) for a in sorted(PHOTO_CREDITS, key=len, reverse=True))
# A caption with its credit first, as some pages print it: "EPA This is what the full cave wall
# looks like", "Getty Images The picture shows ..." (the agency in its own spelling, then a capital)
_AGENCY_FIRST = re.compile(rf"^(?:{_AGENCIES})\s+(?:The|This|These|A|An|Here)\s")
_AGENCY_CREDIT = re.compile(
    # ("... approaching Mexico's Pacific coast (NOAA/AP)": a source's name and a slash before the agency)
    rf"(?:(?<!\s)\s{{0,3}}(?P<paren>\(\s?(?i:(?:source|photo|picture|image|credit)s?:\s*)?(?:[A-Z][\w.&-]{{1,20}}/)?(?i:{_AGENCIES})\b[^()]{{0,60}}\)"
    # ("... pulled from the rubble (Noticias SIN via AP)": who took it, through the agency)
    rf"|\([A-Z][^()]{{1,40}}\s+via\s+(?i:{_AGENCIES})\)"
    # ("... near Maumere on Monday [HANDOUT]", "... in Flores [EPA]": the agency in square brackets)
    rf"|\[(?i:{_AGENCIES}|handout)\]"
    # ("... damaged roadsImage: Carlos Garcia Rawlins/REUTERS": a labelled credit glued to the last word)
    rf"|(?<=[a-z.])(?:Image|Photo|Picture):\s?[A-Z][A-Za-z .'-]{{1,40}}/\s?(?i:{_AGENCIES})\b[^()]{{0,30}}"
    # ("... enduring voices in popular music HARRY MYERS/SHUTTERSTOCK/REX FEATURES": a photographer and
    # agencies in capitals, by slashes)
    r"|(?<=[a-z.])\s(?:[A-Z][A-Z.'-]+\s){1,3}?[A-Z][A-Z.'-]+(?:/[A-Z][A-Z .'-]{1,30}){1,3}"
    # ("... smashes the world record (Photo by Tobias Schwarz / AFP)")
    rf"|\((?i:photo|picture|image)s?\s+by\s+[^()/]{{1,50}}/\s*(?i:{_AGENCIES})[^()]{{0,30}}\)"
    # ("... in Surfside. [ LYNNE SLADKY | AP ]": the photographer and whose the picture is, by a bar)
    r"|\[\s?[A-Z][A-Za-z.'\u2019-]*(?:\s[A-Z][A-Za-z.'\u2019-]*){0,3}\s?\|\s?[A-Z][A-Za-z .&'\u2019-]{0,30}\s?\])"
    # (glued, the agency's name begins in capitals: "a map" does not end in AP's credit)
    # ("...too good to be true.Paulo Fridman—Bloomberg/Getty Images": the photographer by a dash)
    rf"|(?<=[a-z.])(?P<glued>(?:[A-Z][A-Za-z .'-]{{1,30}}[/\u2014\u2013]\s?)*(?=[A-Z])(?i:{_AGENCIES})(?:/[A-Za-z .'-]{{1,30}}){{0,3}})"
    # "Rescue operations are underway.(HT Photo)": an outlet's photo credit in brackets, glued
    r"|(?<=[.!?])\s?(?P<outlet_photo>\((?:[A-Z]{1,6}\s)?(?:Photo|PHOTO|File Photo|FILE PHOTO)\))"
    # "... in Vienna today \u00a9Getty Images": a copyright sign and whose the picture is
    r"|(?<!\s)\s{0,8}(?P<copyright>\u00a9\s?[A-Z][A-Za-z .'/:-]{1,40})"  # (and "\u00a9 Collage: REUTERS")
    # "... survivors have been taken to Kalamata REUTERS": an agency in capitals after the last
    # word, with no full stop (not a two-letter one: "... in PA" may be a state)
    rf"|(?<=[a-z])\s(?P<capitals>{'|'.join(re.escape(a.upper()) for a in sorted(PHOTO_CREDITS, key=len, reverse=True) if len(a) > 2)})"
    # "... after it crashed in Pokhara, Nepal, EPA": an agency after a comma, ending a line with no stop
    rf"|(?<=[a-z]),\s(?P<comma>(?=[A-Z])(?i:{_AGENCIES})))\s*$"
)
# A paragraph that opens with someone's words, and an agency's name alone in brackets at its end:
# the sign-off of a wire report, not a picture's credit.
_OPENING_QUOTES = ("\"", "\u201c")
_BARE_AGENCY = re.compile(rf"\((?i:{_AGENCIES})\)")
_AGENCY_ALONE = re.compile(rf"[(\[]?(?i:{_AGENCIES})[)\]]?\.?")
# A wire service signing off the report after its last sentence: "... before the vote. - Bernama".
# ("... a better prime minister.\u2013 PA": the dash may follow the full stop with no space)
# Another story's teaser: its byline, its opening words, cut off ("By Jo Roe | Agency The ... on...").
_BYLINED_TEASER = re.compile(
    r"^By\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:\s*\|\s*[^|]{1,40}?)?\s+[A-Z][^\n]{20,}?(?:\.\.\.|\u2026)$"
)
# "... next Tuesday. (Xinhua) \u2013 bny": the wire in brackets, then its editor's initials.
_WIRE_AND_EDITOR_AFTER = re.compile(r"(?<=[.!?\"\u201d])\s*\((?P<agency>[A-Z][A-Za-z]{1,15})\)\s*[-\u2013\u2014]\s*[a-z]{2,5}\s*$")
_WIRE_SIGN_OFF = re.compile(r"(?<=[.!?\"\u201d])\s*(?:[-\u2013\u2014]{1,2}|\|)\s*(?P<agency>[A-Z][A-Za-z]{1,15})\s*$")  # (or "... stranded. | BGNES")
# A capitalised word of a name, and a name of up to four of them ("Elaine Thompson", "Jane Roe").
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
_PERSON_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}"
# A wire caption's credit after its last sentence, agency first: "... 2019. REUTERS/Florion Goga",
# or, the agency in capitals, after a caption that does not end as a sentence: "... at the White
# House REUTERS/Carlos Barria".
_AGENCY_SLASH_CREDIT = re.compile(
    rf"(?:(?<=[.!?])\s+|(?<!\s)\s+(?=[A-Z]{{2,}}/))(?P<credit>(?i:{_AGENCIES})(?:/[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){{0,5}}){{1,4}})"
    r"\?*\s*$"  # (and the marks a copy garbled after it: "REUTERS/Mohammed Dabbous???")
)
_COPYRIGHT_AFTER = re.compile(
    # (a picture's "\u00a9 Getty" after a caption is its credit, not the page's notice)
    r"(?<=\S)\s*(?:[-\u2013\u2014]\s*)?(?P<notice>(?:Copyright\s+(?:\u00a9\s*)?|\u00a9\s*(?=\d{4}))(?:\d{4}\s+)?(?:[A-Z][\w.&'\u2019-]*\s*){1,6}(?:\d{4})?)\s*$"
)
# A page template's section tags left in the text: "{{^adFree}} {{/adFree}}" (not "{{ name }}",
# which a seed may quote and the page shows as written).
_TEMPLATE_TAG = re.compile(r"\{\{ ?[#^/][\w.-]{1,40} ?\}\}")  # (spaced or not: "{{ #verifyErrors }}")
# A label and the link it introduces, after a paragraph's last sentence: "... two ageing dams.
# Also read: Morocco earthquake death toll rises".
_LINK_AFTER_A_SENTENCE = re.compile(
    r"(?<=[.!?\"\u201d])\s+(?P<link>(?i:" + "|".join(re.escape(w) for w in sorted(READING_LINK_LABELS, key=len, reverse=True))
    + r")\s*[:|\u00bb\u203a]\s*[A-Z\d\"\u201c\u2018'][^\n]{0,200})$"
)
# An agency alone after a caption's last sentence: "Mark Roe, founder of Meta. Getty Images" (a
# report's own last sentence has a verb of prose before it, "... it said. Reuters").
# ("California Gov. Gavin Newsom. AP file photo.": the credit may say the picture is an old one)
_AGENCY_AFTER_A_CAPTION = re.compile(
    rf"(?<=[.!?])\s+(?P<credit>(?=[A-Z])(?i:{_AGENCIES})(?P<file>\s+file\s+(?:photo|picture|image))?)(?(file)\.?)\s*$"
)
# A credit opening a caption: "Sergei Gapon, AFP | Ukrainian comedian ... reacts".
_LEADING_CREDIT = re.compile(
    rf"^(?P<credit>{_PERSON_NAME},\s*(?i:{_AGENCIES}))\s*\|\s*(?=\S)"
    # "PHOTO/Agencia de Noticias Et\u00edope v\u00eda AP - Ethiopian military in an area near ..."
    r"|^(?:PHOTO|FOTO|IMAGE)/(?P<agency_line>[^\n\u2013\u2014]{1,80}?)\s+[-\u2013\u2014]\s+(?=\S)"
)
# A wire caption in the agencies' house style: "In this image provided by NASA on November 12,
# 2013, ...", "This September 13, 2017 image made available by NASA shows ...", "FILE - This photo
# released by ...": a picture named by "this", and where it came from or when it was taken.
_THIS_PICTURE = re.compile(
    r"(?i)^(?:file\s*[-\u2013\u2014:]\s*)?(?:in\s+)?th(?:is|ese)\s+(?:[\w,'\u2019-]+\s+){0,8}?"
    r"(?:photo(?:graph)?|image|picture|file\s+photo|frame\s+grab|video\s+grab|screen\s*shot|handout)s?\b"
)
# The label some pages put before a caption: "Image: Sifan Hassan celebrates ...".
_LABEL_BEFORE_A_CAPTION = r"(?:Image|Photo|Picture|IMAGE|PHOTO|PICTURE)\s*:\s+"
_LABEL_OPENING_A_CAPTION = re.compile("^" + _LABEL_BEFORE_A_CAPTION)
# A caption that says it is an old picture: "File photo taken in 2012 shows ...", "A file image of".
_FILE_PICTURE = re.compile(
    r"(?i)^(?:an?\s+)?(?:file\s+(?:photo(?:graph)?|picture|image)s?|screen\s*grab|screenshot|video\s+still|still\s+image|frame\s+grab)\b"
    # a caption labelled as one: "Image: Sifan Hassan celebrates a dramatic victory in Paris"
    # (not its credit: "Image: picture-alliance/Tass/Jane Roe", "Photo: AP")
    r"|^(?-i:" + _LABEL_BEFORE_A_CAPTION + r")(?![^/\n]*/)(?:\S+\s+){4,}\S"
)
# A caption marked as an old picture at its end: "... resulted in the accident. (file)".
_FILE_MARK_AT_THE_END = re.compile(r"\((?i:file|file\s+photo|file\s+image|archive\s+photo|representational\s+image|representative\s+image)\)\s*$")
# A caption that opens with its picture's file name: "180710-TH-rescue-top-620.jpg Thais celebrate ...".
_IMAGE_FILE_NAME = re.compile(r"(?i)^[\w.-]{1,80}\.(?:jpe?g|png|gif|webp)\b")
# Someone named, then what they are doing in the picture, with no verb of a sentence and no full stop.
_NAMED_THEN_DOING = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*(?<!['\u2019]s)\s+){2,6}(?:[a-z]+ly\s+)?"
    rf"(?!(?:{'|'.join(sorted(WORDS_IN_ING_DOING_NOTHING))})\b)[a-z]{{2,}}ing\s"
)  # (not "Jo Roe's handling of ...", a standfirst; nor "On Sunday evening, ...")
NAMED_DOING_WORDS = 8  # shorter, it may be a subheading ("Rescuers searching the rubble")
# A tabloid's caption: "Jane Roe, pictured, warned rates would rise" (no full stop; an article's
# sentence that says "pictured" ends as a sentence).
_PARTY_HOLDER_BEFORE = re.compile(
    rf"(?i)\b(?:{phrase_alternation(PARTY_HOLDER_TITLES)})\.?\s+(?:{_NAME_WORD}\s+){{0,2}}$"
)
_PICTURED_ASIDE = re.compile(r"(?i),\s+pictured\s*,")
# "Jane Roe was pictured outside the court in May" (no full stop), "The account posted this photo
# of the governor signing the bill": what a picture shows, told as a caption tells it.
_PICTURED_VERB = re.compile(r"(?i)\b(?:is|are|was|were)\s+pictured\b")
# "New SNP leader Jane Roe pictured with the health board's chairman during a visit last year.":
# a name, then "pictured" with no verb before it, opening the paragraph.
_NAME_PICTURED = re.compile(
    r"^(?:[\w.'\u2019-]+\s+){0,6}?(?-i:[A-Z])[\w'\u2019-]+\s+pictured\s+"
    r"(?:with|at|in|during|outside|inside|after|before|on|alongside|leaving|arriving)\b"
    # ("Jane Roe seen arriving to court on Friday with family members")
    r"|^(?:[\w.'\u2019-]+\s+){0,6}?(?-i:[A-Z])[\w'\u2019-]+\s+seen\s+(?:arriving|leaving|walking|entering|outside)\b"
)
_THIS_PICTURE_POSTED = re.compile(r"(?i)\b(?:posted|shared|tweeted)\s+th(?:is|ese)\s+(?:photo(?:graph)?|image|picture)s?\b")
# A photo's credit on a line of its own, under its caption: "Elaine Thompson AP",
# "Photo: Jane Doe/Reuters", "(Jane Doe / AFP/Getty Images)", "Credit: AP Photo/Jane Doe".
_CREDIT_LINE = re.compile(
    rf"^(?:(?i:photo|picture|image)s?:?\s+)?(?P<open>\()?{_PERSON_NAME}"
    rf"(?:\s*[/,|]\s*|\s+)(?:(?i:pool|handout)\s*/\s*)?(?i:{_AGENCIES})(?:\s*[/|]\s*(?i:{_AGENCIES}))?(?(open)\))$"  # (and "Jo Roe/Pool/Reuters", "Jo Roe | Bloomberg | Getty Images")
    # labelled, the agency first and who took it after: "Image: picture-alliance/Tass/Jane Roe"
    rf"|^(?i:photo|picture|image|credit)s?(?i:\s+credit)?:\s*(?i:{_AGENCIES})(?:\s?/\s?[A-Za-z .'-]{{1,30}}){{0,3}}$"
    # who gave it and the agency it came through: "NTSB via Reuters", "Jane Roe via Getty Images"
    rf"|^{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}\s+via\s+(?i:{_AGENCIES})$"
    # what the picture is and whose: "Video grabs/PTI", "File photo/Reuters"
    rf"|^(?i:(?:video|screen)\s*grabs?|file\s+(?:photo|image)s?|photos?)\s*/\s*(?i:{_AGENCIES})$"
    # the photographer and agencies after "via": "via JOANNA KORDINA/EPA/Shutterstock"
    rf"|^via\s+[A-Z][A-Za-z .'-]{{1,40}}(?:\s*/\s*(?i:{_AGENCIES}))+$"
    # the outlet's own photographer, in capitals: "ST PHOTO: JANE ROE", "AFP PHOTO / JO LEE"
    r"|^(?:[A-Z]{1,6}\s)?(?:PHOTO|PICTURE|IMAGE)S?\s?[:/]\s?[A-Z][A-Z .'\u2019-]{1,40}$"
    # who took it and for which paper, in square brackets: "[Jo Roe, Standard]"
    rf"|^\[{_PERSON_NAME},\s*{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}\]$"
    # in brackets, labelled: "(Credit: NASA/ Public Domain)"
    r"|^\((?i:(?:photo|image|picture)\s+)?(?i:credit|photo|image|picture)s?:\s*[^()]{1,60}\)$"  # (and "(Image credit: Getty Images)")
    # who took it for which outlet: "Photo by Jane Roe/VICE News"
    rf"|^(?i:photo|picture|image)s?\s+by\s+{_PERSON_NAME}\s*/\s*{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}\.?$"
)
_PICTURE_ORIGIN = re.compile(
    r"(?i)\b(?:provided|made\s+available|released|distributed|taken|courtesy)\s+(?:by|of)\b"
)
_PICTURED = re.compile(
    r"(?i)\bpictured\s+(?:above|below|left|right|here|centre|center|top|bottom)\b"
    # "Plaintiff Jane Roe, shown on July 9, listening to her attorney ...": when the picture was taken
    r"|,\s+(?:shown|seen)\s+(?:on|in|at|here|with|during|above|below|left|right)\b[^,.!?]{0,40},\s+[a-z]+ing\b"
    r"|\((?:(?:not\s+)?pictured(?:\s[^()]{1,30})?|above|below|left|right)\)"  # ("(pictured in 2014)")
    # "Takashi Kubota, right, senior researcher ...": people told apart by where they stand
    r"|,\s+(?:left|right|centre|center|second\s+(?:from\s+)?(?:left|right)|front|rear)\s*,"
    # "From left to right, Brad Roe, ...", "(L-R)": the people in the picture in order
    r"|^(?:from\s+)?left\s+to\s+right\b|\((?:L-R|R-L|from\s+left)\)"
    # "From top left, Kaylee Goncalves, Madison Mogen, ...": the same, from a corner
    r"|^from\s+(?:top|bottom|upper|lower)?\s*(?:left|right)\s*,"
)
# A photographer's credit in brackets closing a caption: "... 2025. (Jane Roe/The Chronicle via
# AP)", "... 2025. (Jane Roe for KQED)": a name, then the outlet it worked for.
# In square brackets, or after a bar, the sentence before need not end: "... against her
# wishes [Issei Kato/Reuters]", "... from Berlin to Moscow today | Kirill Kudryavtsev/AFP via
# Getty Images".
_PHOTOGRAPHER_CREDIT = re.compile(
    rf"(?<=[.!?])\s*\((?P<credit>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}\s*(?:/|\s(?:for|via)\s)[^()]{{2,60}}"
    # "(By Gene J. Puskar -- Associated Press)"
    rf"|[Bb]y\s{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}\s*(?:--|\u2014|\u2013|/)\s*[^()]{{2,60}})\)\s*$"
    rf"|\s\[(?P<square>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}/[^\[\]]{{2,60}})\]\s*$"
    rf"|\s\|\s(?P<bar>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}\s?/[^|/]{{2,60}}(?:/[^|/]{{2,60}})?)\s*$"
    # After a full stop, a source and a photographer, then the agency: "... takes place. UK
    # Parliament/Jessica Taylor via PA Media".
    rf"|(?<=[.!?])\s+(?P<via>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}\s?/\s?{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}"
    rf"\s+via\s+(?i:{_AGENCIES}))\s*$"
    # An agency's picture after a dash: "... August 21, 2018. — Reuters pic".
    rf"|(?<=[.!?])\s+[\u2014\u2013]\s+(?P<pic>(?i:{_AGENCIES})\s+(?i:pic|photo|picture))\s*$"
    # After a caption that does not end as a sentence, a known agency after the slash: "... in 2015
    # (John Walton/PA)".
    rf"|(?<!\s)\s\((?P<agency>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}\s*/\s*(?i:{_AGENCIES})(?:\s{_NAME_WORD}){{0,2}})\)\s*$"
    # After a full stop, a photographer and the paper and pool they shot for: "... for sentencing
    # on Friday. Joshua Boucher/The State/Pool".
    rf"|(?<=[.!?])\s+(?P<pooled>{_NAME_WORD}\s{_NAME_WORD}(?:\s{_NAME_WORD})?/(?:{_NAME_WORD}\s?){{1,4}}/(?i:pool))\s*$"
    # A picture owned by a station or paper, in brackets: "... on Nov. 23, 2021 (KMBC photo from video)".
    rf"|\s\((?P<owned>(?:{_NAME_WORD}\s){{1,3}}(?i:photo(?:graph)?|picture|image|video\s+grab|screenshot)"
    r"(?:\s(?i:from|by|via|courtesy\s+of)\s[^()]{1,40})?)\)\s*$"
)
# A wire photo's caption: "A spacecraft ... is seen during a presentation ... on December 17,
# 2018 in Yehud": what the picture shows, and the full date it was taken.
_SEEN = re.compile(r"(?i)\b(?:is|are)\s+(?:seen|pictured|shown)\b(?!\s+(?:as|to|by|that)\b)")
_MONTH_DAY_YEAR = rf"(?:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}"
_FULL_DATE = re.compile(rf"{_MONTH_DAY_YEAR}|\b\d{{1,2}}\s+(?:{_MONTH}),?\s+\d{{4}}")
# A wire photo's caption in the present tense: "A woman walks through floodwater near ... on
# Wednesday", "A large fire burns in Minneapolis Thursday", "A volunteer gets an injection in early
# September": someone or something singular, a verb in -s and where or what, with the day or
# month the picture was taken. (An article tells the day in the past; "A heatwave fuelling
# ferocious wildfires in Europe pushed ...": a participle in the subject, whose -s word is a noun.)
_NOT_A_SCENE = "|".join(PRESENT_SAYING_OR_STATE_VERBS)
_PRESENT_SCENE = re.compile(
    rf"^An?\s+(?:(?!of\b)(?![a-z]+ed\b)(?![a-z]+ing\b)[\w-]+\s+){{1,3}}?(?!(?:{_NOT_A_SCENE})\b)[a-z]{{2,}}[^\Wsu]s\s+"
    r"(?:across|through|in|into|near|at|past|outside|during|over|along|toward|towards|from|by|off|a|an|the|his|her|their)\b"
)
# The same kind of caption with someone named, or doing something to something, when it ends
# on the full date the picture was taken: "Jane Roe (in white) runs past the crowd in Vienna,
# Austria on October 12, 2019.", "A soldier inspects a street in Recife, Brazil, February 1, 2016."
_NAMED_SCENE = re.compile(
    r"^(?:An?\s+(?:(?!of\b)[\w-]+\s+){1,3}?|(?:[A-Z][\w.'\u2019-]+\s+){1,4}(?:\([^()]{1,40}\)\s+)?"
    # (the one named, and what they are: "Jeremy Corbyn, Leader of the Labour Party, talks during ...")
    r"|(?:[A-Z][\w.'\u2019-]+\s+){0,3}[A-Z][\w.'\u2019-]+,\s+[^,]{1,60},\s+)"
    # (not "Just minutes after launching ...": a span of time, no one doing anything)
    rf"(?!(?:{_NOT_A_SCENE}|{'|'.join(TIME_SPAN_UNITS)})\b)[a-z]+s\s"
)
# The same kind of caption with the one pictured named, or with several pictured, told by what
# they do ("Chihuahua state police guard the perimeter of a state prison in Juárez after a riot
# Sunday morning", "Army Sgt. Jane Roe arrives at the courthouse for a hearing on Oct. 31"): a
# subject of up to 16 words with no verb of its own (no auxiliary, no -ed or -ly word, no past
# tense), then a verb of what a photo shows (`SCENE_VERBS_*`), then where, what or when.
_SCENE_OPENERS = "|".join(word.capitalize() for word in NOT_A_SCENE_SUBJECT_OPENERS)
_SCENE_SUBJECT_STOPS = "|".join(NOT_IN_A_SCENE_SUBJECT + IRREGULAR_PAST_TENSES)
_SCENE_VERBS = sorted(SCENE_VERBS_SINGULAR + SCENE_VERBS_PLURAL, key=len, reverse=True)
_SCENE_WITH_PARTICLE = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _SCENE_VERBS if " " in v)
_SCENE_ALONE = "|".join(v for v in _SCENE_VERBS if " " not in v)
_SCENE = re.compile(
    rf"^(?!(?:{_SCENE_OPENERS})\b)(?=[A-Z])(?P<subject>(?:(?!(?:{_SCENE_SUBJECT_STOPS})\b)(?![a-z]+(?:ed|ly)\b)"
    r"[\w.'\u2019()-]+,?\s+){1,16}?)"
    # a verb with its particle ("break into", "looks on") then anything; a verb alone then where,
    # what or when
    rf"(?:(?P<verb>{_SCENE_WITH_PARTICLE})(?=[\s,.])|(?P<alone>{_SCENE_ALONE})"
    rf"(?=\s+(?:{'|'.join(AFTER_A_SCENE_VERB)})\b|[,.]))"
)
_PLURAL_SCENE_VERBS = frozenset(SCENE_VERBS_PLURAL)


def _scene_caption(text: str) -> bool:
    """A paragraph that opens as a wire photo's caption in the present tense (`_SCENE`) and names
    the day or month the picture was taken, or is one short sentence of it ("Leicester City fans
    celebrate a goal in a pub in Leicester."): a singular verb after anyone, a plural one only
    after people ("Relatives of prisoners ... break into tears", "Brigitte Roe and Melania Roe
    join their husbands"), so that "Sunday's march through ..." is not one."""
    size = len(text.split())
    if '"' in text or "\u201c" in text or size > _MAX_FURNITURE_WORDS:
        return False
    place = _PLACE_FIRST.match(text)
    if place:  # "At Santa Barbara Harbor, Jo Roe kneels in prayer."
        text = text[place.end() :]
    scene = _SCENE.match(text)
    if scene is None:
        return False
    verb = " ".join((scene.group("verb") or scene.group("alone")).split())
    if not _DAY_NAMED.search(text, 0, _first_sentence_end(text)) and (
        size > _SHORT_CAPTION_WORDS or not text.endswith(".") or verb in SCENE_VERBS_ALSO_OF_A_STATE
        or _INDEFINITE_START.match(text)
    ):
        return False  # ("A woman walks through the park every day.": someone, anyone, any day)
    subject = scene.group("subject")
    words = subject.split()
    if any(w.lower() in DETERMINERS and not (p.endswith(",") or p.lower() in _SCENE_HEAD_ENDS)
           for p, w in zip(words, words[1:])):
        return False  # a verb before "the" ("lawmakers quit the party on Monday over its ...")
    if verb not in _PLURAL_SCENE_VERBS:
        return True
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in _SCENE_HEAD_ENDS), words[-1])
    return " and " in subject or any(
        looks_plural(w.strip(",")) and not w.endswith(("'s", "\u2019s")) for w in (head, words[-1])
    )  # ("Sunday's march": a possessive is no plural)


# "Bill Paxton in the film Twister.", "Jo Roe with his wife and children in 2011": someone named,
# then where or with whom, and no verb: a picture's caption.
_NAMED_THEN_WHERE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]+\s+){2,4}(?:in|at|with|during|outside|beside)\s+[^.!?;:\"\u201c\u201d]{3,100}\.?"
)
_A_VERB_OF_PROSE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(AUXILIARY_VERBS))}|{'|'.join(IRREGULAR_PAST_TENSES)}|{SPEECH_VERBS_REPORTED})\b"
    r"|\b[a-z]{3,}ed\b|\b[a-z]{3,}(?<!s)s\s+(?:the|a|an|his|her|their|to)\b"
    r"|\bsay\s+(?:they|it|he|she|we|that)\b"  # ("Activision and Microsoft say they plan to appeal")
)
NAMED_CAPTION_WORDS = 20


def _named_in_a_picture(text: str) -> bool:
    return len(text.split()) <= NAMED_CAPTION_WORDS and bool(_NAMED_THEN_WHERE.fullmatch(text)) \
        and not _A_VERB_OF_PROSE.search(text)


def _first_sentence_end(text: str) -> int:
    """Where a paragraph's first sentence ends: a picture's day is told with its scene ("Smoke
    rises ... on Sunday."), not in a sentence after it ("... at the ceremonies in December.")."""
    spans = sentence_spans(text)
    return spans[0][1] if spans else len(text)
_SCENE_HEAD_ENDS = frozenset(AFTER_A_SUBJECTS_HEAD)
_PLACE_FIRST = re.compile(r"(?:At|In|Near|Outside|Inside)\s+[^,.!?]{1,60},\s+(?=[A-Z])")
_SHORT_CAPTION_WORDS = 25  # a caption with no day named is one short sentence
_INDEFINITE_START = re.compile(r"An?\s")


# A wire photo's day and place, as its caption writes them: ", Tuesday, Sept. 25, 2018, in Dale",
# "... Stanley Cup Final Thursday, June 7, 2018, in Las Vegas".
_PHOTO_DATE = re.compile(rf"(?<!\s),?\s{{1,3}}(?:{_WEEKDAY}),\s+(?:{_MONTH})\.?\s+\d{{1,2}},\s+\d{{4}},\s+(?:in|at|near|outside)\s")
_DAY_NAMED = re.compile(rf"\b(?:{_WEEKDAY}|{_MONTH})\b|{_MONTH_DAY_YEAR}")
_ENDS_ON_THE_DAY_TAKEN = re.compile(
    rf"(?:{_MONTH_DAY_YEAR}|\b\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}})(?:,?\s+(?:in|at|near)\s+[A-Z][^.]{{0,40}})?\.?\s*$"
)
# What a picture shows done to the one named, in the present: "is sent off by referee Michael Oliver"
_DONE_TO_IN_THE_PICTURE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]+\s+){1,5}(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|nt)\b(?:\s+(?:off|out|up|down))?\s+by\b"
)
_A_SAYING = re.compile(rf"(?i)\b(?:{SPEECH_VERBS_REPORTED})\b")
# (or, with a photo's credit after it, on its weekday: "... in Ahmedabad, India, Sunday. - AP")
_ENDS_ON_A_DAY = re.compile(rf"(?:{_ENDS_ON_THE_DAY_TAKEN.pattern}|,\s+(?:{_WEEKDAY})\.?\s*$)")
_MAX_FURNITURE_WORDS = 40
_HEADLINE_MAX_WORDS = 14  # a headline's words at most, as pages write them
# A paragraph that ends on a weekday and a full date, as a wire photo's caption does ("... in
# Birmingham, Ala. on Tuesday December 12, 2017."), or on a full date in brackets; an article
# names a recent day by its weekday alone, or by its date.
_ENDS_WITH_FULL_DATE = re.compile(
    rf"\b(?:{_WEEKDAY}),?\s+(?:(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}})\.?\s*$"
    # "... hacked campaign documents. (May 7, 2017)": a video's caption, dated in brackets
    rf"|[.!?]\s*\((?:(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}})\)\s*$"
)
# A paragraph whose first sentence ends on a weekday and a full date, with the place after it, as
# a wire photo's caption does, before the caption's second sentence of background: "Rescuers
# recover a body at a beach near Cutro, southern Italy, Sunday, Feb. 26, 2023. Rescue officials
# say ...", "Bill Cosby arrives for his hearing at the courthouse, Tuesday, Sept. 25, 2018, in
# Norristown, Pa. Cosby left ...". An article's sentence names a recent day by its weekday alone,
# or by its date, and one in quotation marks is someone's words; one told in the past ("The vote
# was held on Tuesday, December 12, 2017.") is the article's, while a caption's past is in a
# clause of its own ("Protesters celebrate after the statue was toppled ...").
_OPENS_WITH_PHOTO_DAY = re.compile(
    rf"[^\u201c\u201d\"\n]{{20,400}}?\b(?:{_WEEKDAY}),?\s+(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    r"(?:,?\s+(?:in|at|near|outside)\s+[A-Z][^.\n]{0,60})?\.\s+(?=[A-Z(])"
)
_TOLD_IN_THE_PAST = re.compile(r"^(?:(?!\b(?:after|as|when|while|where|that|which|who|following|before)\b).)*?\b(?:was|were|had|did)\b")
# A heading that introduces something which is not the article: the block after it goes too.
_BOX_HEADINGS = re.compile(r"^(?:explore further|read more|related(?: stories)?|see also)$", re.I)
# A field's label alone on its line as an item of a list: "- Country:" (not "Overview:", a section's heading)
_FIELD_LABEL = re.compile(r"^[-\u2022*]\s*[A-Z][a-z]{2,15}\s*:$")
FIELD_VALUE_WORDS = 3  # "- Rwanda": the field's value under it
_LINK_LIST_HEADING = re.compile(
    r"^(?:" + phrase_alternation(LINK_LIST_HEADINGS) + r")\b[^.!?]{0,40}?(?:\.\.\.|\u2026|:)?$", re.IGNORECASE
)
LINK_LIST_HEADING_WORDS = 4  # "Recommended Videos", "People are also reading": a widget's heading alone
_REFERENCE_HEADINGS = re.compile(r"^(?:sources|references|further reading)$", re.I)
_REFERENCE_ITEM = re.compile(r"^[-*\u2022]\s+[^|]+\|\s*.+$")
# "— Name (@handle) December 13, 2025", alone or glued to the end of the post.
_POST_BYLINE = re.compile(
    rf"[\u2014\u2013-]\s*(?P<author>[^()\u2014]{{2,80}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*"
    rf"(?P<posted>{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\s*$"
)
# A Facebook post's byline under it: "Posted by Jane Roe on Wednesday, June 14, 2017".
_POSTED_BY = re.compile(
    rf"^Posted by (?P<author>[A-Z][^()\u2014]{{1,60}}?) on (?:(?:{_WEEKDAY}),\s+)?"
    rf"(?P<posted>{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})$"
)
_POST_MARKERS = re.compile(
    r"pic\.twitter\.com/|https?://t\.co/|(?<!\w)@\w{2,}|[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF]"
    r"|\s&\s|#\w+"
)
_POST_MEDIA = re.compile(r"(?<!\s)\s*(?:pic\.twitter\.com/|https?://t\.co/)\S*")
_LIST_MARK = re.compile(r"^[-*\u2022]\s+")
_MAX_POST_CHARS = 600
_HEADING_MAX_WORDS = 12
_LEAD_IN_MIN_WORDS = 8
LEAD_IN_WORDS = 3  # "The results:" may be a label; "The unofficial results:" leads into them
_STANDFIRST_MIN_WORDS = 4


def classify(text: str, title: str | None = None) -> list[Block]:
    """Every non-empty paragraph of a seed text, with what kind of text it is."""
    blocks = _joined_across_a_break([Block("body", para.strip(), line) for line, para in _paragraphs(text)])
    blocks = _mark_page_furniture(blocks, title)
    blocks = _mark_between_appeals(blocks)
    blocks = _mark_video_titles(blocks)
    blocks = _mark_credited_captions(blocks)
    blocks = _mark_caption_copies(blocks)
    blocks = _mark_posts(blocks)
    blocks = _mark_headings(blocks)
    blocks = _mark_edge_labels(blocks, title)
    blocks = _mark_cut_short_copies(blocks)
    blocks = _mark_links_between_stamps(blocks)
    blocks = _mark_runs_of_headlines(blocks)
    return _set_aside_repeats(blocks)


def _joined_across_a_break(blocks: list[Block]) -> list[Block]:
    """A sentence the page broke across two paragraphs ("Pellegrini became Slovakia's sixth
    president since the country gained" / "independence after the split ..."): one paragraph,
    on the first one's line. The first part ends on a lowercase word, with no stop; the rest
    opens on one and ends as a sentence ends (not a picture's alt text or a page's tags under a
    headline: "bank of england", "text size")."""
    out: list[Block] = []
    for block in blocks:
        if out and _BROKEN_OFF.search(out[-1].text) and _OPENS_LOWERCASE.match(block.text) \
                and len(out[-1].text.split()) >= BROKEN_LINE_WORDS and len(block.text.split()) >= BROKEN_LINE_WORDS \
                and _ends_as_sentence(block.text):
            out[-1] = Block("body", f"{out[-1].text} {block.text}", out[-1].line)
        else:
            out.append(block)
    return out


_BROKEN_OFF = re.compile(r"\s[a-z]+$")
_OPENS_LOWERCASE = re.compile(r"[a-z]+\s")
BROKEN_LINE_WORDS = 5  # (not "Read more" above a lowercase line)


def _paragraphs(text: str):
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


_READ_MORE = re.compile(r"(?i)^(?:read|see|watch)\s+more\b")
_A_STOP = re.compile(r"[.!?](?:\s|$)")
# An advertisement's marker glued to the start of the paragraph after it, as a copy without the
# advertisement's own line break gives it.
_AD_MARKER_GLUED = re.compile(
    r"^(?i:(?:article|story)\s+continues\s+(?:below|after\s+(?:this\s+)?(?:advertisement|ad)))\s*(?=\S)"
    r"|^(?:Advertisement|ADVERTISEMENT)(?=[A-Z\u201c\"])"
    r"|^Hide\s+Ad(?=[A-Z\u201c\"])"  # (the control that hides it: "Hide AdAxel Rudakubana arrived ...")
    r"|^(?i:click\s+to\s+(?:download|play|listen\s+to)\s+(?:the\s+)?audio)(?=[A-Z\u201c\"])"  # (an audio player's: "click to download audioBeshear said ...")
)


# "- Tom Schad" on a line of its own under the standfirst: the reporter's signature
_DASHED_NAME = re.compile(r"^-\s+[A-Z][\w.'\u2019-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w.'\u2019-]+){1,3}$")


def _signed_with_a_dash(blocks: list[Block], index: int) -> bool:
    """A name alone after a hyphen, not one of a list of them ("- Jo Roe" under "- Al Ray")."""
    return _DASHED_NAME.match(blocks[index].text) is not None and not any(
        0 <= other < len(blocks) and _LIST_MARK.match(blocks[other].text) for other in (index - 1, index + 1)
    )


def _labelled_headline(text: str) -> bool:
    """ "Related: King Charles III and More Royals Who Were Diagnosed With Cancer Several British
    royals have ...": a link's label, then another story's headline in title case (and its
    teaser, however long)."""
    label = _LINK_LABEL.match(text)
    if label is None:
        return False
    words = text[label.end() - 1 :].split()[:HEADLINE_CASE_WORDS]
    return len(words) == HEADLINE_CASE_WORDS and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= HEADLINE_CASE_WORDS - 1


HEADLINE_CASE_WORDS = 6  # the first words after a link's label, all but one capitalised: a headline


def _mark_page_furniture(blocks: list[Block], title: str | None) -> list[Block]:
    out: list[Block] = []
    expect: str | None = None  # what the previous block announced for this one
    for index, block in enumerate(blocks):
        announced, expect = expect, None
        text, credit, list_item = block.text, None, False
        if (marker := _AD_MARKER_GLUED.match(text)) and text[marker.end() :].strip():
            text = text[marker.end() :]  # "Article continues after this advertisement“Cinema has lost ...": the page's, then the article's
        if _CODE.search(text) and sum(text.count(c) for c in "{}[];=") >= 4:
            kind = "script"
        elif index == 0 and title and (fold(text) == fold(title) or (
            fold(text).startswith(fold(title)) and _SECTION_AFTER_TITLE.fullmatch(fold(text)[len(fold(title)) :])
        )):
            kind = "headline"  # (and "... ski crash trial | Utah": the site's section after it)
        elif _DATE_ONLY.match(text) or _PLACE_DATE_AGENCY.match(text):
            kind = "dateline"
        elif _AGENCY_ALONE.fullmatch(text):
            kind = "furniture"  # "Xinhua" on a line of its own between paragraphs: a picture's credit
        elif _TEMPLATE_CAPTION.match(text):
            kind, text = "caption", _TEMPLATE_CAPTION.sub("", text)  # "story.lead_photo.caption A rescuer ..."
        elif labelled := (_CAPTION_LABEL_BEFORE.match(text) or _PICTURED_LABEL.match(text)):
            kind, text = "caption", text[labelled.end() :]  # "Image caption More miners were buried ..."
        elif counted := _GALLERY_COUNTER.match(text):
            kind, text = "caption", text[counted.end() :]  # "1 of 6. Police tape surrounds a home ..."
        elif _placed_in_picture(text):
            kind = "caption"  # "A protester is kicked by Yusuf Yerkel (L), adviser to ..."
        elif index > 0 and _NAME_ALONE.fullmatch(text):
            kind = "caption"  # "Jose Mourinho." on a line of its own: the picture's, no sentence
        elif _CAPTION_LABEL.match(text):
            kind, expect = "label", "caption"
        elif _VIDEO_DURATION.match(text):
            kind, expect = "furniture", "caption"
        elif _BOX_HEADINGS.match(text):
            kind, expect = "furniture", "furniture"
        elif _LINK_LIST_HEADING.match(text) and index + 1 < len(blocks) and _LIST_MARK.match(blocks[index + 1].text):
            kind, expect = "furniture", "links"
        elif announced == "links" and _LIST_MARK.match(text):
            kind, expect = "furniture", "links"
        elif _listed_headline(text) and any(
            0 <= near < len(blocks) and _listed_headline(blocks[near].text) for near in (index - 1, index + 1)
        ):
            kind = "furniture"  # "- Pence Condemns Jacksonville Shooting: ...": links listed, one a line, in title case
        elif _LINK_LIST_HEADING.match(text) and len(text.split()) <= LINK_LIST_HEADING_WORDS:
            kind = "furniture"  # "Recommended Videos" over the article's next paragraph: its list not copied
        elif announced == "listed" and len(text.split()) <= _HEADLINE_MAX_WORDS + 6 and not _A_STOP.search(text.rstrip("\u2019'\"\u201d")):
            kind, expect = "furniture", "listed"  # (a headline may end on its quotation's closing mark)
        elif _REFERENCE_HEADINGS.match(text):
            kind, expect = "furniture", "references"
        elif announced == "references" and _REFERENCE_ITEM.match(text):
            kind, expect = "references", "references"
        elif announced == "caption" or (announced == "furniture" and not _is_paragraph_of_prose(text)):
            kind = announced  # ("Read more" over a paragraph of several sentences: a link missing)
            if announced == "furniture" and not _ends_as_sentence(text):
                expect = "headlines"  # "READ MORE" over a list of headlines, one a line, none a sentence
        elif announced == "headlines" and not _ends_as_sentence(text) and len(text.split()) >= LISTED_HEADLINE_WORDS:
            kind, expect = "furniture", "headlines"  # (not "Over 1,000 remain imprisoned": the article's own heading)
        elif announced == "headlines" and len(text.split()) <= _HEADLINE_MAX_WORDS + 6 and ". " not in text and index + 1 < len(blocks) \
                and not _ends_as_sentence(blocks[index + 1].text) and len(blocks[index + 1].text.split()) >= LISTED_HEADLINE_WORDS \
                and len(blocks[index + 1].text.split()) <= _HEADLINE_MAX_WORDS + 6:
            # ("Man who died ... was infected with Nipah virus: Kerala Health Minister Veena George."
            # between two listed headlines: one of the list, its full stop the site's)
            kind, expect = "furniture", "headlines"
        elif text.strip(" :\u00bb\u203a").lower() in LABELS_OVER_LINKS and index + 1 < len(blocks) \
                and not _ends_as_sentence(blocks[index + 1].text) and len(blocks[index + 1].text.split()) >= LISTED_HEADLINE_WORDS:
            kind, expect = "furniture", "headlines"  # "ALSO READ" over headlines, one a line
        elif _DASHED_CROSSHEAD.fullmatch(text) and not any(p.search(text.strip(" -\u2013\u2014")) for p in _FURNITURE):
            kind = "heading"  # "- Second woman president -": a wire report's crosshead (not "- Advertisement -")
        elif index > 0 and title and _said_twice(text, title):
            kind = "furniture"  # the headline printed twice, run together: the page's title, not the article's words
        elif _DOWNLOAD_AN_APP.match(text):
            kind = "furniture"  # "Download the SAN app today to stay up-to-date ...": the outlet's promotion
        elif _FIELD_LABEL.match(text):
            kind, expect = "furniture", "field"  # "- Country:" over "- Rwanda": the page's tags
        elif announced == "field" and len(text.split()) <= FIELD_VALUE_WORDS and not _ends_as_sentence(text):
            kind = "furniture"
        elif (trailing := _CONTROL_AFTER_A_SENTENCE.match(text)) and len(trailing.group("prose").split()) >= _LEAD_IN_MIN_WORDS \
                and not _is_page_control(trailing.group("prose")):
            kind, text = "body", trailing.group("prose")  # "... contrary to the forecasts. Show more": a button's label after it
        elif any(p.search(text) for p in _FURNITURE) or (_LIST_MARK.match(text) and any(p.search(_LIST_MARK.sub("", text, count=1)) for p in _FURNITURE)) \
                or _is_page_control(text) or _appeals_to_the_reader(text) \
                or _BYLINED_TEASER.match(text) or _labelled_headline(text) or _signed_with_a_dash(blocks, index):
            kind = "furniture"  # (and "By Jo Roe The ministry on Friday announced that ...": another story's teaser)
            if text.endswith(":") and _READ_MORE.match(text):
                expect = "listed"  # "Read more from Sky News:" over links to other stories, one a line
        else:
            kind = "body"
        if kind == "body" and _TEMPLATE_TAG.search(text):
            # "... still missing. {{^adFree}} {{/adFree}}": the page's template, cut from the text,
            # or the whole line when it holds nothing else ("{{#rendered}} {{/rendered}}")
            kept = " ".join(_TEMPLATE_TAG.sub(" ", text).split())
            text, kind = (kept, kind) if kept else (text, "furniture")
        if kind == "body" and (link := _LINK_AFTER_A_SENTENCE.search(text)):
            # "... after the breach of two ageing dams. Also read: Morocco earthquake death toll
            # rises": another page's link glued after the paragraph's last sentence
            text, credit = text[: link.start()].rstrip(), link.group("link")
        if kind == "body" and (notice := _COPYRIGHT_AFTER.search(text)) and _ends_as_sentence(text[: notice.start()]):
            # "... since March 2020. - Copyright The Financial Times Limited 2024": the page's notice
            # glued to the article's last sentence, not a sentence of it
            text, credit = text[: notice.start()].rstrip(), notice.group("notice")
        if kind in ("body", "caption"):
            found = _CREDIT.search(text)
            agency = None if found else _AGENCY_CREDIT.search(text)
            if agency and text.startswith(_OPENING_QUOTES) and _BARE_AGENCY.fullmatch(agency.group(0).strip()):
                agency = None  # '"I just hope for the best," added Hannah. (AFP)': a wire report's words
            if found and len(text) > len(found.group("credit")) + 10:
                kind, credit = "caption", found.group("credit").strip()
                text = text[: found.start()].rstrip()
            elif agency and len(text) > len(agency.group(0)) + 10:
                kind, credit = "caption", (agency.group("paren") or agency.group("glued") or agency.group("copyright") or agency.group("capitals")
                                           or agency.group("comma") or agency.group("outlet_photo")).strip("()[] \u00a9")
                text = text[: agency.start()].rstrip()
            elif (bracket := _PHOTOGRAPHER_CREDIT.search(text)) and len(text) > len(bracket.group(0)) + 10:
                kind, credit = "caption", next(group for group in bracket.groups() if group)
                text = text[: bracket.start()].rstrip()
            elif (trailing := _AGENCY_AFTER_A_CAPTION.search(text)) and len(text.split()) <= _MAX_FURNITURE_WORDS \
                    and not text.startswith(_OPENING_QUOTES) and not _A_VERB_OF_PROSE.search(text, 0, trailing.start()):
                kind, credit = "caption", trailing.group("credit")  # "Rescuers at the site of the crash. Reuters"
                text = text[: trailing.start()].rstrip()
            elif (slash := _AGENCY_SLASH_CREDIT.search(text)) and len(text) > len(slash.group(0)) + 10:
                kind, credit = "caption", slash.group("credit")
                text = text[: slash.start()].rstrip()
            elif (leading := _LEADING_CREDIT.match(text)) and len(text) > leading.end() + 10:
                kind, credit = "caption", leading.group("credit") or leading.group("agency_line")
                text = text[leading.end() :]
            elif _THIS_PICTURE.match(text) and (_PICTURE_ORIGIN.search(text) or _FULL_DATE.search(text)):
                kind = "caption"
            elif _ENDS_WITH_FULL_DATE.search(text) and len(text.split()) <= _MAX_FURNITURE_WORDS and not _POST_BYLINE.search(text):
                kind = "caption"  # "... greet supporters at his watch party on Tuesday December 12, 2017."
            elif (opening := _OPENS_WITH_PHOTO_DAY.match(text)) and not _TOLD_IN_THE_PAST.match(opening.group(0)):
                kind = "caption"  # "... near Cutro, southern Italy, Sunday, Feb. 26, 2023. Rescue officials say ..."
            elif index > 0 and not _ends_as_sentence(text) and _FULL_DATE.search(text) and not _POST_BYLINE.search(text):
                kind = "caption"  # "The last science group meeting on Sept. 12, 2017, at Caltech"
            elif _AGENCY_FIRST.match(text) and len(text.split()) <= _MAX_FURNITURE_WORDS:
                kind = "caption"  # "EPA This is what the full cave wall looks like": the picture's credit first
            elif _FILE_PICTURE.match(text) or _IMAGE_FILE_NAME.match(text) or _THIS_PICTURE_POSTED.search(text) \
                    or (_FILE_MARK_AT_THE_END.search(text) and len(text.split()) <= _MAX_FURNITURE_WORDS) \
                    or _NAME_PICTURED.match(text) \
                    or ((_PICTURED_ASIDE.search(text) or _PICTURED_VERB.search(text)) and not _ends_as_sentence(text)):
                kind = "caption"
            elif _PICTURED.search(text) or (_SEEN.search(text) and _FULL_DATE.search(text)):
                kind = "caption"
            elif index > 0 and not _ends_as_sentence(text) and _NAMED_THEN_DOING.match(text) \
                    and len(text.split()) >= NAMED_DOING_WORDS:
                kind = "caption"  # "First Minister Jo Roe speaking during the press conference at Bute House as she resigned"
            elif _PRESENT_SCENE.match(text) and _DAY_NAMED.search(text) and len(text.split()) <= _MAX_FURNITURE_WORDS:
                kind = "caption"
            elif _NAMED_SCENE.match(text) and _ENDS_ON_THE_DAY_TAKEN.search(text) and len(text.split()) <= _MAX_FURNITURE_WORDS:
                kind = "caption"
            elif _scene_caption(text) or _named_in_a_picture(text):
                kind = "caption"
            elif _PHOTO_DATE.search(text) and len(text.split()) <= _MAX_FURNITURE_WORDS:
                kind = "caption"  # "... departs after the hearing at the courthouse, Tuesday, Sept. 25, 2018, in Dale"
            elif kind == "body" and (sign_off := _WIRE_SIGN_OFF.search(text)) and _NAMED_SCENE.match(text) \
                    and _ENDS_ON_A_DAY.search(text, 0, sign_off.start()) and len(text.split()) <= _MAX_FURNITURE_WORDS:
                kind = "caption"  # "Jo Roe plays a shot during the final in Ahmedabad, India, Sunday. - AP": the photo's credit
            elif kind == "body" and (sign_off := _WIRE_SIGN_OFF.search(text) or _WIRE_AND_EDITOR_AFTER.search(text)):
                text, credit = text[: sign_off.start()].rstrip(), sign_off.group("agency")
            elif kind == "body" and (sign_off := _AGENCY_AFTER_A_CAPTION.search(text)) \
                    and _DONE_TO_IN_THE_PICTURE.match(text, 0, sign_off.start()) and ". " not in text[: sign_off.start()] \
                    and not _A_SAYING.search(text):
                kind = "caption"  # "Aston Villa's Douglas Luiz is sent off by referee Michael Oliver. PA"
            elif kind == "body" and (sign_off := _AGENCY_AFTER_A_CAPTION.search(text)):
                # "Activision and Microsoft say they plan to appeal the decision. Reuters": prose,
                # the wire's name after it signing the report off
                text, credit = text[: sign_off.start()].rstrip(), sign_off.group("credit")
        if kind == "body" and _LIST_MARK.match(text):
            text, list_item = _LIST_MARK.sub("", text), True
        out.append(Block(kind, text, block.line, list_item=list_item, credit=credit))
    return out


# A video's running time under its title, with where it came from: "03:07 - Source: CNN".
_RUNNING_TIME = re.compile(r"^\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s*[-\u2013\u2014|]\s*(?:Source\s*:\s*)?[\w .&'\u2019]{1,40})?$")


def _mark_between_appeals(blocks: list[Block]) -> list[Block]:
    """The paragraphs between two lines of the outlet's donation appeal a few paragraphs apart
    ("Your support helps us to tell the story" ... "Your support makes all the difference.") are
    the appeal's, however much they read as prose ("From reproductive rights to climate change,
    The Independent is on the ground ...")."""
    out = list(blocks)
    appeals = [i for i, b in enumerate(blocks) if b.kind == "furniture" and _READER_APPEAL_LINE.search(b.text)]
    for first, last in zip(appeals, appeals[1:]):
        if 1 < last - first <= APPEAL_GAP_BLOCKS + 1 and all(b.kind in ("body", "furniture") for b in blocks[first + 1 : last]):
            for index in range(first + 1, last):
                out[index] = dataclasses.replace(blocks[index], kind="furniture")
    return out


APPEAL_GAP_BLOCKS = 3  # the most paragraphs an appeal holds between its opening and closing lines
_READER_APPEAL_LINE = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(p) for p in sorted(READER_APPEAL_PHRASES, key=len, reverse=True)) + r")\b"
)


def _mark_video_titles(blocks: list[Block]) -> list[Block]:
    """A running time on a line of its own, and the title of the video it closes: "'An icon':
    Thousands of fans lined up to honor life of Takeoff" over "03:07 - Source: CNN" is a link to
    a video, not the article's words."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if not _RUNNING_TIME.match(block.text):
            continue
        out[index] = dataclasses.replace(block, kind="furniture")
        before = out[index - 1] if index > 0 else None
        if before is not None and before.kind == "body" and not before.text.rstrip().endswith(".") \
                and len(before.text.split()) <= _HEADLINE_MAX_WORDS + 6:
            out[index - 1] = dataclasses.replace(before, kind="furniture")
    return out


def _mark_credited_captions(blocks: list[Block]) -> list[Block]:
    """A credit on a line of its own is the photo's; the short paragraph above it is the photo's
    caption, and so is a copy of that caption just below it (the picture's alt text). Right
    under the headline's standfirst, a short paragraph below the credit in the present tense is
    the caption instead."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind not in ("body", "heading", "headline", "furniture") or not _CREDIT_LINE.match(block.text):
            continue
        if block.kind == "furniture" and not block.text.startswith(("[", "(")) \
                and (index == 0 or _ends_as_sentence(blocks[index - 1].text)):
            # (a credit set aside already, under a paragraph: "... economic expansion. / Photo:
            # Kyodo"; but "[Jo Roe, Standard]" or "(Image credit: Getty Images)" is a picture's
            # credit wherever it stands)
            continue
        out[index] = Block("furniture", block.text, block.line)
        if index == 0:
            continue
        above = blocks[index - 1]
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if (index >= 2 and blocks[index - 2].kind == "headline" and _is_standfirst(above.text) and below is not None
                and below.kind in ("body", "caption") and len(below.text.split()) <= _MAX_FURNITURE_WORDS
                and not tells_a_happening(below.text)):
            # The line under the headline sums the story up, and the picture's caption, in the
            # present as captions are, is the line below the credit.
            out[index + 1] = Block("caption", below.text, below.line, credit=block.text)
            continue
        if above.kind == "body" and len(above.text.split()) <= _MAX_FURNITURE_WORDS:
            out[index - 1] = Block("caption", above.text, above.line, credit=block.text)
            if index + 1 < len(blocks) and fold(blocks[index + 1].text) == fold(above.text):
                below = blocks[index + 1]
                out[index + 1] = Block("caption", below.text, below.line, credit=block.text)
    return out


CREDIT_CHARS = 60  # the longest credit a caption's copy may have after the words it repeats
ALT_TEXT_WORDS = 25  # the most words of a picture's alt text worded otherwise than its caption


def _mark_caption_copies(blocks: list[Block]) -> list[Block]:
    """A paragraph that repeats the caption next to it (a picture's alt text, then its caption
    with the credit), or its first words cut off by "...", is that caption too; and a paragraph
    said twice in a row that does not end as a sentence ends ("... in the center of Moscow,
    Russia, Saturday, July 27,") or tells no happening is a picture's alt text and caption."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind != "body":
            continue
        # (Not a headline said twice: a caption says more than a headline does.)
        twin = next((b for b in blocks[max(1, index - 1) : index + 2] if b is not block and b.text == block.text), None)
        if index and twin is not None and twin.kind in ("body", "caption") \
                and (not _ends_as_sentence(block.text) or not tells_a_happening(block.text)) \
                and len(block.text.split()) > _HEADLINE_MAX_WORDS:
            # (or said in the present, as captions are: "Survivors receive first aid ... on June 14, 2023.")
            out[index] = Block("caption", block.text, block.line, credit=twin.credit)
            continue
        if index == 1 and blocks[0].kind == "headline" and _is_prose(block.text) and not block.text.endswith("..") \
                and tells_a_happening(block.text) and not _ENDS_ON_THE_DAY_TAKEN.search(block.text):
            # the standfirst, which a page may repeat as the picture's caption under it (not a
            # caption's own words, "... on August 27, 2023 in Jacksonville, Florida.")
            continue
        cut = block.text.rstrip().endswith(("...", "\u2026"))  # ("... as she arrives ...": the alt text cut short)
        mine = fold(block.text).rstrip(" .\u2026")
        for other in blocks[max(0, index - 1) : index + 2]:
            # (a caption labelled as one repeats the alt text after its label: "Image: Jo Roe races ...")
            labelled = _LABEL_OPENING_A_CAPTION.match(other.text) if other.kind == "caption" else None
            theirs = fold(other.text[labelled.end() :] if labelled else other.text).rstrip(" .")
            # (or the caption with its credit still after it: "... Florida. Photo credit Jo Roe/Getty Images")
            if other.kind == "caption" and (theirs == mine or (len(mine) > 20 and theirs.startswith(mine) and (
                    cut or len(theirs) - len(mine) <= CREDIT_CHARS))):
                out[index] = Block("caption", block.text, block.line, credit=other.credit)
                break
            if other.kind == "caption" and (other.credit or labelled) and index + 1 < len(blocks) and other is blocks[index + 1] \
                    and len(block.text.split()) <= ALT_TEXT_WORDS and _shares_most_words(block.text, other.text):
                # the picture's alt text, worded a little otherwise than the credited caption it
                # stands over ("Rescuers help passengers from the capsized ferry." over "Rescuers
                # help passengers from the ferry. Photograph: Jo Roe/AP"; not the article's first
                # sentence under a caption, "Jo Roe has been granted bail ...")
                out[index] = Block("caption", block.text, block.line, credit=other.credit)
                break
    return out


_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


_VIDEO_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(VIDEO_LABELS, key=len, reverse=True)) + r")\s*:\s*\S", re.IGNORECASE
)
# A page's code pasted with its text: a video player's "Copy this code ... <iframe src=...>".
_MARKUP = re.compile(r"<(?:iframe|script|embed|object|video|div|span|img|a)(?:\s+[\w-]+\s*=|\s*/?>)", re.IGNORECASE)


_TO_THE_READER = re.compile(r"(?i)\b(?:you|your|you['\u2019](?:re|ve|ll))\b")
_READER_APPEAL = re.compile(rf"(?i)\b(?:{phrase_alternation(READER_APPEAL_WORDS)})\b")
_ANY_QUOTATION_MARK = re.compile(r"[\"\u201c\u201d]")


def _appeals_to_the_reader(text: str) -> bool:
    """A paragraph that speaks to the reader about the outlet's trade (its journalism, its
    newsletter, a donation, its cookies): the page asking, not the article telling. Only where
    no one is quoted: "you" in quotation marks is someone speaking."""
    return bool(_TO_THE_READER.search(text) and _READER_APPEAL.search(text) and not _ANY_QUOTATION_MARK.search(text))


# A wire report's crosshead between dashes: "- Second woman president -".
_DASHED_CROSSHEAD = re.compile(r"[-\u2013\u2014]\s+[^\s.!?\-\u2013\u2014][^.!?\n]{0,80}?\s+[-\u2013\u2014]")
# A call to install the outlet's app, opening a block: "Download the SAN app today ...".
_DOWNLOAD_AN_APP = re.compile(r"(?i:download|get|install)\s+(?:the|our)\s+(?:[\w&'\u2019-]+\s+){0,3}app\b")


def _said_twice(text: str, title: str) -> bool:
    """Whether a block is the headline twice over, with or without a space between."""
    headline = fold(title).replace(" ", "")
    return bool(headline) and fold(text).replace(" ", "") == 2 * headline


def _is_page_control(text: str) -> bool:
    """A short block that links elsewhere or asks the reader to do something on the site (not
    someone's quoted words that happen to say "latest news"), or any block holding the page's
    markup, which no article's sentence does."""
    if _MARKUP.search(text) or _VIDEO_LABEL.match(text):
        return True
    if len(text.split()) > _MAX_FURNITURE_WORDS:
        # (however long, a page's footer or menu glued into one line: "Log InCreate free
        # account...Terms & Conditions...Privacy Policy...All rights reserved.")
        return len({m.group(0).lower() for m in _PAGE_CONTROL.finditer(text)}) >= CONTROLS_OF_A_FOOTER

    if _LINK_LABEL.match(text) or _LINK_LABEL_IN_CAPITALS.match(text):
        return True
    unquoted = _QUOTED.sub(" ", text)
    return any(
        not _VERB_LEADS_BEFORE.search(unquoted, max(0, control.start() - 12), control.start())
        for control in _PAGE_CONTROL.finditer(unquoted)
    )  # (not "she could not share this moment", "hoping to sign up for": a verb in prose, no button)


CONTROLS_OF_A_FOOTER = 3
# A paragraph of prose with a control's label glued after its last sentence.
_CONTROL_AFTER_A_SENTENCE = re.compile(
    r"(?P<prose>[A-Z\"\u201c][^\n]*?[a-z\d\"\u201d)][.!?][\"\u201d]?)\s*(?i:"  # (or glued on: "... services.Quick Guide")
    + "|".join(re.escape(p) for p in CONTROL_LABELS_AFTER_PROSE)
    + r"|\(more\s+[^()\n]{1,40}\s+stories\.?\))\s*$"  # ("... three years ago. (More Peloton stories.)")
)
_VERB_LEADS_BEFORE = re.compile(r"(?i)(?:\b(?:to|not|could|can|would|will|should|may|might|must|did|does|do)|n't)\s*$")


def _mark_posts(blocks: list[Block]) -> list[Block]:
    """Find embedded social-media posts by their byline and take back the post's text.

    The byline ("— Name (@handle) date") closes the post; the post's text is the few short
    paragraphs just before it that carry the marks of a post (a media link, @mentions, emoji,
    an ampersand), never more than a post can hold.
    """
    out = list(blocks)
    for index, block in enumerate(blocks):
        posted = _POSTED_BY.match(block.text)
        if posted and index > 0 and blocks[index - 1].kind == "body" and len(blocks[index - 1].text) <= _MAX_POST_CHARS:
            # The post is the paragraph above its byline; a byline names no handle.
            meta = dict(author=posted.group("author").strip(), handle=None, posted=posted.group("posted"))
            out[index - 1] = Block("embed", blocks[index - 1].text, blocks[index - 1].line, **meta)
            out[index] = Block("byline", block.text, block.line, **meta)
            continue
        if block.kind != "body":
            continue
        byline = _POST_BYLINE.search(block.text)
        if not byline:
            continue
        author = byline.group("author").strip()
        meta = dict(author=author, handle=byline.group("handle"), posted=byline.group("posted"))
        own_text = _POST_MEDIA.sub("", block.text[: byline.start()]).strip()
        members = [index] if own_text else []
        size = len(own_text)
        cursor = index - 1
        while cursor >= 0:
            previous = out[cursor]  # a post just above is its own, not this one's
            if previous.kind != "body" or not _POST_MARKERS.search(previous.text):
                break
            if size + len(previous.text) > _MAX_POST_CHARS:
                break
            size += len(previous.text)
            members.insert(0, cursor)
            cursor -= 1
        if not members and index > 0 and out[index - 1].kind == "body" and len(out[index - 1].text) <= _MAX_POST_CHARS:
            # A byline alone on its line closes the post just above it, marks or none ("We declare
            # X as President-Elect of our Ghana. God bless Ghana. Thank you.")
            members = [index - 1]
        for member in members:
            text = blocks[member].text
            if member == index:
                text = own_text
            out[member] = Block("embed", _POST_MEDIA.sub("", text).strip(), blocks[member].line, **meta)
        if own_text == "":
            out[index] = Block("byline", block.text.strip("\u2014\u2013- "), block.line, **meta)
    return out


def _mark_headings(blocks: list[Block]) -> list[Block]:
    """Short standalone lines without a full stop are headings (or, first, the headline)."""
    boxed = _figure_box(blocks)
    out = []
    for index, block in enumerate(blocks):
        if block.kind == "body" and not block.list_item and _looks_like_heading(block.text) \
                and not _is_lead_in(block.text) and index not in boxed:
            kind = "headline" if index == 0 and not block.text.endswith(":") else "heading"
            block = Block(kind, block.text, block.line)
        out.append(block)
    return out


def _mark_edge_labels(blocks: list[Block], title: str | None) -> list[Block]:
    """Short labels above the article's first paragraph or below its last are the page's, not
    the article's: section names, tags, the outlet's name, "Print". A subheading stands between
    paragraphs; the headline is the first line, or the line that matches the sidecar's title,
    and whatever stands above that line, however long, is the page's too."""
    prose = [i for i, b in enumerate(blocks) if b.kind == "body" and _is_prose(b.text)]
    if not prose:
        return blocks
    first, last = prose[0], prose[-1]
    titled = next((i for i, b in enumerate(blocks[: first + 1]) if title and fold(b.text) == fold(title)), None)
    if title and titled is None:
        # The sidecar's title written a little otherwise on the page ("Lopez Obrador" for
        # "López Obrador", a word more or less): the line that shares most of its words.
        titled = next((i for i, b in enumerate(blocks[:first]) if _shares_most_words(b.text, title)
                       or fold(b.text).startswith(fold(title))), None)
    if titled == first:  # a headline long enough to read as a paragraph, under the site's menu
        if len(prose) == 1:
            return blocks
        first = prose[1]
    top = [i for i, b in enumerate(blocks[:first]) if b.kind in ("headline", "heading")]
    # Without a title to go by, the headline is the longest line above the text (a section
    # name or a tag above it is a word or two). With one that no line matches, no line is
    # called the headline: "Listen 3 min Comment Share" or "date 2023-01-15" may be the longest.
    headline = titled if titled is not None else max(top, key=lambda i: (len(blocks[i].text.split()), -i), default=None)
    if titled is None and title and headline is not None and not _reads_as_a_headline(blocks[headline].text):
        headline = None
    listed = _led_in_lists(blocks) | _figure_box(blocks) | _summary_points(blocks, headline)
    # A page copied as stored may stop at a subheading ("Breaking the deadlock", "Media
    # crackdown"): one line in sentence case straight after the last paragraph, ending the page,
    # is the article's next section, not a label of the page's.
    cut_short = len(blocks) - 1 if len(blocks) - 1 == last + 1 and _a_subheading(blocks[-1].text) else None
    headline_text = fold(blocks[headline].text) if headline is not None else None
    out = []
    for index, block in enumerate(blocks):
        edge = (index < first or index > last) and index not in listed and index != cut_short
        standfirst = (headline is not None and index == headline + 1 and _is_standfirst(block.text)
                      and fold(block.text) != headline_text)
        above_title = titled is not None and index < titled  # a site's banner, menu or offer
        # the headline again over the picture, down the page: no subheading of the article's (over
        # the byline, it is where the article's own headline stands: when the page's first line
        # stood so already, "... This was published 1 year ago", it again, "By Jo Roe", it is the
        # headline again, not a paragraph); or again right under it, as a page may print it twice
        after = blocks[index + 1].kind if index + 1 < len(blocks) else None
        repeated = (headline is not None and fold(block.text) == headline_text and (
            index == headline + 1 or (index > max(headline, first) and after == "caption")))
        if block.kind in ("headline", "heading", "body") and (above_title or repeated or (
                edge and index != headline and not standfirst
                and _looks_like_heading(block.text) and not _is_lead_in(block.text))):
            block = Block("furniture", block.text, block.line)
        elif headline == 0 < index and block.kind == "body" and fold(block.text) == headline_text \
                and after in ("caption", "furniture", "byline"):
            block = Block("headline", block.text, block.line)  # the headline printed again
        elif index == headline and (block.kind == "heading" or index == titled):
            block = Block("headline", block.text, block.line)
        out.append(block)
    return out


HEADLINE_LEAST_WORDS = 4


def _reads_as_a_headline(text: str) -> bool:
    """A line that may be a headline worded otherwise than the sidecar's title: four words or
    more, not in capitals, not a date stamp ("date 2017-11-15", "CHRISTIE'S IMAGES LTD. 2017"),
    a byline or a template."""
    found = text.split()
    if _NO_HEADLINE_SHAPE.search(text):
        return False  # "By Jo Roe | Washington Post", "[[title]] [[text]]": a byline, a form's template
    return len(found) >= HEADLINE_LEAST_WORDS and not text.isupper() and sum(w[:1].isalpha() for w in found) >= HEADLINE_LEAST_WORDS


_NO_HEADLINE_SHAPE = re.compile(r"^By\s|[|\[\]{}]")


TITLE_WORDS_SHARED = 0.6  # the share of the title's words, and of the line's, a headline written otherwise keeps


def _shares_most_words(line: str, title: str) -> bool:
    mine, its = set(fold(line).split()), set(fold(title).split())
    shared = len(mine & its)
    return bool(its) and shared >= TITLE_WORDS_SHARED * len(its) and shared >= TITLE_WORDS_SHARED * len(mine)


# "Video report by ITV News Correspondent Jane Roe", "Jane Roe, with contributions by John Doe":
# who made the page's video or report, not what the story says.
_CREDITED = re.compile(r"\bby\s+[A-Z]")


def _is_lead_in(text: str) -> bool:
    """A sentence-case line ending in a colon ("Here are some of the other winners:", "The
    statement in full:") introduces what the article goes on to give, unlike a "Related:" label
    or a page control."""
    return (text.endswith(":") and len(text.split()) >= LEAD_IN_WORDS
            and sum(1 for w in text.split() if w[:1].islower()) >= 2 and not _is_page_control(text))


def _leads_into_list(blocks: list[Block], index: int) -> bool:
    """A lead-in right above a list: the list is the article's own."""
    return index + 1 < len(blocks) and blocks[index + 1].list_item and _is_lead_in(blocks[index].text)


# "3 - Grand slam titles", "$US61,055,135 ($A85 million) - Career prize money": a row of a box of
# figures, which a run of three or more such lines makes.
# So does a table's row of a name and its figure: "Keir Starmer \u2013 275,780 (56.2%)", "Members \u2013
# 72.6% (401,564 out of 552,835)".
_FIGURE_ROW = re.compile(
    r"^(?:(?:[A-Z]{0,2}[$\u20ac\u00a3][A-Z]{0,2})?\d[\d,.]*(?:\s*\([^()]{1,30}\))?\s+[-\u2013\u2014]\s+\S"
    r"|[A-Z][^\n.!?:;]{1,50}?\s+[-\u2013\u2014]\s+(?:[$\u20ac\u00a3])?\d[\d,.]*%?(?:\s*\([^()]{1,40}\))?$)"
)
FIGURE_ROWS = 3


def _figure_box(blocks: list[Block]) -> set[int]:
    """The lines of each box of figures ("41 - Weeks at world No.1"): the article's, however short."""
    rows, run = set(), []
    for index, block in enumerate([*blocks, None]):
        if block is not None and block.kind in ("body", "heading") and _FIGURE_ROW.match(block.text):
            run.append(index)
            continue
        if len(run) >= FIGURE_ROWS:
            rows.update(run)
        run = []
    return rows


def _led_in_lists(blocks: list[Block]) -> set[int]:
    """The lines of each list an article's sentence introduces, with that sentence."""
    listed: set[int] = set()
    for index in range(len(blocks)):
        if _leads_into_list(blocks, index):
            listed.add(index)
            following = index + 1
            while following < len(blocks) and blocks[following].list_item:
                listed.add(following)
                following += 1
    return listed


def _summary_points(blocks: list[Block], headline: int | None) -> set[int]:
    """The bulleted points under a headline that sum the story up ("• Prime minister asks
    parliament for snap vote on 8 June"), past the page's labels, bylines and pictures between
    them ("This article is more than 2 years old"): the outlet's own words, each a standfirst."""
    if headline is None:
        return set()
    index = headline + 1
    while index < len(blocks) and blocks[index].kind != "body":
        text = blocks[index].text
        if _LIST_MARK.match(text) or _BOX_HEADINGS.match(text) or _LINK_LIST_HEADING.match(text):
            return set()  # a list the page announced ("Related stories"): its links, not a summary
        index += 1  # past a label, a byline, a picture and its caption
    points = set()
    while index < len(blocks) and blocks[index].list_item and _is_standfirst(blocks[index].text):
        points.add(index)
        index += 1
    return points if len(points) >= 2 else set()


def _is_standfirst(text: str) -> bool:
    """The line under the headline that sums the story up ("Blast leaves 300,000 homeless"):
    written in sentence case, with a verb's worth of lower-case words, unlike a section name,
    a tag or a Title Case link to another story."""
    words = text.split()
    if len(words) < _STANDFIRST_MIN_WORDS or _CREDITED.search(text):
        return False
    return sum(1 for w in words if w[:1].islower()) >= 2


def _placed_in_picture(text: str) -> bool:
    """Someone named with where they stand in the picture ("Yusuf Yerkel (L)"); "(R)" or "(D)"
    after a lawmaker's or governor's title is a party."""
    for match in _PLACED_IN_PICTURE.finditer(text):
        if match.group("where") in ("R", "D") and _PARTY_HOLDER_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        return True
    return False


def _is_paragraph_of_prose(text: str) -> bool:
    """Far more words than a linked headline has, ending as a sentence ends; or more than a
    headline has, ending in a full stop, which headlines do not."""
    words = len(text.split())
    return (words > 2 * _HEADLINE_MAX_WORDS and _ends_as_sentence(text)) or (
        words > _HEADLINE_MAX_WORDS and text.rstrip().endswith(".") and not text.rstrip().endswith("..")
    )


def _ends_as_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ")", ":"))


def _is_prose(text: str) -> bool:
    """A paragraph of the article: a few words that end as a sentence ends."""
    return len(text.split()) >= 8 and text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ")"))


_GOES_ON = re.compile(rf"\s(?:{'|'.join(WORDS_A_HEADING_DOES_NOT_END_ON)})$")


def _a_subheading(text: str) -> bool:
    """A line that may head the article's next section: in sentence case (its first word
    capitalised, most others not), speaking to no reader, naming no one's reporting or saying
    ("Based on reporting by AP", "..., sources say"), no post's tag, no control of the page."""
    words = text.split()
    return (
        len(words) >= 2 and words[0][:1].isupper() and sum(w[:1].islower() for w in words[1:]) * 2 >= len(words) - 1
        and not _TO_THE_READER.search(text) and not _CREDITED.search(text) and not _SUBHEADING_NEVER.search(text)
        and not _is_page_control(text)
    )


_SUBHEADING_NEVER = re.compile(
    rf"[#@]|\b(?:{SPEECH_VERBS_REPORTED}|{'|'.join(PRESENT_PLURAL_SAYING_VERBS)}|from)\b", re.IGNORECASE
)


# Someone named, their role after a comma, and a colon: the words under it are theirs.
NAME_AND_ROLE_LEAD_IN = r"(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}),\s+[^:\n]{1,120}:\s*$"
_NAME_AND_ROLE_LEAD_IN = re.compile(NAME_AND_ROLE_LEAD_IN)


def _looks_like_heading(text: str) -> bool:
    if text.endswith((".", '"', "\u201d", "'", "\u2019", ";", ",")) or _LIST_MARK.match(text):
        return False
    if _GOES_ON.search(text):
        return False  # "It is with an incredible sense of gratitude and": a sentence broken across lines
    if text.endswith(":") and (len(text.split()) >= _LEAD_IN_MIN_WORDS or _NAME_AND_ROLE_LEAD_IN.match(text)):
        # "The manager made the official pronouncement Friday morning:", "Shawn Siu, Evergrande
        # Chief Executive Officer:": each leads into what was said
        return False
    words = len(text.split())
    if text.endswith("?") and words <= _HEADLINE_MAX_WORDS + 6 and _ASKS.match(text) and not _QUOTE_MARKS.search(text):
        return True  # "Who are the 4 hostages rescued by Israeli forces from captivity in Gaza?": a heading or a link
    return words <= _HEADING_MAX_WORDS or (words <= _HEADLINE_MAX_WORDS + 6 and in_title_case(text))


# A question alone on its line, as a heading asks it.
_ASKS = re.compile(r"(?:Who|What|Why|How|When|Where|Which)\s")
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u2018\u2019]")


_CUT_SHORT = re.compile(r"(?:\u2026|\.\.\.)\s*$")
CUT_SHORT_MIN_WORDS = 6
CUT_SHORT_LOOKAHEAD = 3  # how many paragraphs below a teaser its full copy may stand


def _listed_headline(text: str) -> bool:
    """A line marked as a list's item that reads as a headline: in title case, long, no sentence."""
    item = _LIST_MARK.match(text)
    # (a headline may end on a quotation: "... Shooting: ‘That Was An Act of Evil’")
    return item is not None and len(text.split()) > LISTED_HEADLINE_WORDS and in_title_case(text[item.end() :]) \
        and not _ends_as_sentence(text.rstrip(_CLOSING_QUOTES))


_CLOSING_QUOTES = "\"'\u201d\u2019 "
LISTED_HEADLINE_WORDS = 7  # a headline in a list of links is longer than an article's own heading
CUT_OFF_WORDS = 3  # the words of a next sentence a teaser may run on into before it stops


def _mark_cut_short_copies(blocks: list[Block]) -> list[Block]:
    """A paragraph cut short with an ellipsis whose words open one of the next few paragraphs
    ("... have unanimously condemned Sunday's…" over the whole sentence), or one that is a
    paragraph below with a few words of a next sentence after it ("... visited the country.
    U.S."): the page's teaser of its own lead, not a sentence of the article; the full copy
    below is."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind not in ("body", "heading"):
            continue
        below = blocks[index + 1 : index + 1 + CUT_SHORT_LOOKAHEAD]
        if not (cut := _CUT_SHORT.search(block.text)):
            whole = fold(block.text)
            if any(
                other.kind == "body" and len(other.text.split()) >= CUT_SHORT_MIN_WORDS and whole.startswith(fold(other.text))
                and 0 < len(whole[len(fold(other.text)) :].split()) <= CUT_OFF_WORDS and _ends_as_sentence(other.text)
                for other in below
            ):
                out[index] = dataclasses.replace(block, kind="furniture")
            continue
        opening = fold(block.text[: cut.start()])
        if len(opening.split()) < CUT_SHORT_MIN_WORDS:
            continue
        if any(other.kind == "body" and fold(other.text).startswith(opening) for other in below):
            out[index] = dataclasses.replace(block, kind="furniture")
    return out


# A link's date and time on a line of its own under its headline: "27/12/2018 10:36".
_LINK_STAMP = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}$")


# How long ago a link in a list was posted: "43 minutes ago", "about 2 hours ago", "in 26 minutes".
_TIME_AGO_STAMP = re.compile(
    r"(?i)^(?:about\s+|in\s+)?(?:an?|\d{1,3})\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)(?:\s+ago)?$"
)
TEASER_LINES = 2  # a listed link's lines above its stamp: its headline and the line under it


def _mark_links_between_stamps(blocks: list[Block]) -> list[Block]:
    """A line between two links' date stamps is a link's headline in the list, however much it
    reads as a sentence ("Death toll in tsunami reaches 281. Experts warn of ..."); so are the
    headline and the line under it above a link's "43 minutes ago", after another link's stamp
    or a line already set aside or read as a heading ("Shop apologises ... / Farrants in Cobham
    has apologised. / in 26 minutes")."""
    out = list(blocks)
    for index in range(1, len(blocks) - 1):
        if blocks[index].kind == "body" and all(
            _LINK_STAMP.match(blocks[i].text) for i in (index - 1, index + 1)
        ):
            out[index] = dataclasses.replace(blocks[index], kind="furniture")
    for index, block in enumerate(blocks):
        if not _TIME_AGO_STAMP.match(block.text):
            continue
        teaser = index
        while teaser > 0 and index - teaser < TEASER_LINES and out[teaser - 1].kind == "body" \
                and len(out[teaser - 1].text.split()) <= _MAX_FURNITURE_WORDS:
            teaser -= 1
        if 0 < teaser < index and (out[teaser - 1].kind in ("furniture", "heading") or _TIME_AGO_STAMP.match(blocks[teaser - 1].text)):
            for member in range(teaser, index):
                out[member] = dataclasses.replace(out[member], kind="furniture")
    return out


_FULL_STOP_AT_END = re.compile(r"\.[\"'\u201d\u2019)]*\s*$")  # ('... the investigation."')
HEADLINE_RUN = 4  # lines in a row that read as headlines, among an article's paragraphs, a box of links has (three may be its "key points")
HEADLINE_RUN_WORDS = 25  # the most words of a linked headline in such a box


def _mark_runs_of_headlines(blocks: list[Block]) -> list[Block]:
    """Lines in a row, each as long as a headline and none a paragraph ending on a full stop, at
    least two of them read as subheadings, are a box of links to other stories set among the
    paragraphs ("The great Guinness shortage has lessons for Diageo / Ireland has won the
    corporation tax game for now, but will that last? / ..."): an article's subheading stands
    alone over its paragraph, and the items of its own lists name things, telling nothing
    ("Fraudulent use of personal information (10 counts)")."""
    out = list(blocks)
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and blocks[end].kind in ("body", "heading") \
                and LISTED_HEADLINE_WORDS <= len(blocks[end].text.split()) <= HEADLINE_RUN_WORDS \
                and not _FULL_STOP_AT_END.search(blocks[end].text) and not blocks[end].text.rstrip().endswith(":"):
            end += 1
        run = blocks[index:end]
        announced = index > 0 and blocks[index - 1].text.rstrip().endswith(":")  # ("The charges he faces are:")
        told = sum(_A_VERB_OF_PROSE.search(b.text) is not None for b in run)  # (headlines tell; list items name)
        if len(run) >= HEADLINE_RUN and sum(b.kind == "heading" for b in run) >= 2 and told >= 2 and not announced:
            for member in range(index, end):
                out[member] = dataclasses.replace(blocks[member], kind="furniture")
        index = max(end, index + 1)
    return out


def _set_aside_repeats(blocks: list[Block]) -> list[Block]:
    """Keep the first of identical captions or paragraphs and count the copies."""
    first: dict[tuple[str, str], int] = {}
    out: list[Block] = []
    for block in blocks:
        key = (block.kind, fold(block.text))
        if block.kind in CITABLE and key in first:
            kept = out[first[key]]
            out[first[key]] = Block(**{**kept.__dict__, "copies": (*kept.copies, block.line)})
            continue
        first[key] = len(out)
        out.append(block)
    return out
