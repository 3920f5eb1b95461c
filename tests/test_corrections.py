"""The editor's corrections (`content/corrections.yaml`): each kind changes what it names and
nothing else, a correction whose words are not in the seed stops the build with the file and
line, and one that no longer matches anything is reported.

Invented seeds, each sentence the shape of something the rules get wrong on real articles.
"""

from __future__ import annotations

import dataclasses
import html
import re

import pytest

from conftest import EXAMPLE, invented_story, run_build
from explainer.base.errors import ExplainerError, display_path
from explainer.extract.sources import load_sources
from explainer.findings.people import load_registry
from explainer.story import build_story

ARTICLE = (
    "Ann Lee, 52, was arrested in July 2021 along with 12 other activists, the court heard.\n\n"
    "Above: 40 prisoners freed in March 2022 wave to their families.\n\n"
    "\u201cWe will not stop,\u201d a spokesman for the group said.\n\n"
    "\u201cThe verdict is a disgrace,\u201d Bob Stone told reporters.\n\n"
    "Wendy Okafor Jones reported that Bob Stone was released. Bob Stone, 61, was freed on Monday.\n\n"
    "The group has 300 members in Minsk.\n"
)


def story_with(tmp_path, corrections: str | None):
    seeds, people = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir(exist_ok=True)
    people.mkdir(exist_ok=True)
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2024-05-08\n", encoding="utf-8")
    (people / "ann-lee.md").write_text("Title: Ann Lee\nRole: An activist\n", encoding="utf-8")
    (people / "bob-stone.md").write_text("Title: Bob Stone\nRole: A campaigner\n", encoding="utf-8")
    path = tmp_path / "corrections.yaml"
    if corrections is not None:
        path.write_text(corrections, encoding="utf-8")
    return build_story(seeds, people, corrections_path=path)


def findings(story) -> dict:
    """Everything the corrections may change, in comparable form."""
    return {
        "kinds": {s.text: s.kind for s in story.sources[0].sentences},
        "numbers": {(n.value, n.what) for n in story.numbers},
        "facts": {(f.person, f.kind, v.value) for f in story.facts for v in f.values},
        "quotes": {q.text: (q.speaker, q.speaker_form) for q in story.quotes},
        "events": {e.date for e in story.events},
        # Without the folder, which differs from test to test.
        "warnings": tuple(re.sub(r"\S*/(seeds|people)/", r"\1/", w) for w in story.warnings),
        "mentions": len(story.mentions),
    }


@pytest.fixture
def uncorrected(tmp_path_factory):
    return findings(story_with(tmp_path_factory.mktemp("plain"), None))


def changed(before: dict, after: dict) -> set[str]:
    return {key for key in before if before[key] != after[key]}


def test_without_corrections_the_rules_get_these_wrong(uncorrected):
    assert (40, "prisoners") in uncorrected["numbers"]
    assert "2022-03" in uncorrected["events"]
    assert uncorrected["quotes"]["We will not stop"] == (None, "")  # "for the group" is no speaker: left unread
    assert any("Wendy Okafor Jones" in w for w in uncorrected["warnings"])


def test_text_marked_not_the_article_is_read_for_nothing(tmp_path, uncorrected):
    story = story_with(tmp_path, '- not_article: a "40 prisoners freed in March 2022"\n  kind: caption\n')
    after = findings(story)
    assert after["kinds"]["Above: 40 prisoners freed in March 2022 wave to their families."] == "caption"
    assert (40, "prisoners") not in after["numbers"]
    assert "2022-03" not in after["events"]
    assert changed(uncorrected, after) == {"kinds", "numbers", "events"}
    assert [b.kind for b in story.sources[0].blocks].count("caption") == 1
    # Every other sentence keeps its kind.
    assert {k for t, k in after["kinds"].items() if "Above:" not in t} == {"body"}


def test_a_quotation_gets_the_editors_speaker(tmp_path, uncorrected):
    after = findings(story_with(tmp_path, '- speaker: a "We will not stop"\n  is: ann-lee\n'))
    assert after["quotes"]["We will not stop"] == ("ann-lee", "Ann Lee")
    assert changed(uncorrected, after) == {"quotes"}
    assert after["quotes"]["The verdict is a disgrace"] == ("bob-stone", "Bob Stone")


def test_a_quotation_can_be_unnamed_or_not_a_quotation(tmp_path, uncorrected):
    after = findings(story_with(
        tmp_path,
        '- speaker: a "We will not stop"\n  is: unnamed\n'
        '- speaker: a "The verdict is a disgrace"\n  is: not a quotation\n',
    ))
    assert after["quotes"] == {"We will not stop": (None, "")}
    assert changed(uncorrected, after) == {"quotes"}


def test_a_key_fact_is_hidden_or_given_another_cited_value(tmp_path, uncorrected):
    hidden = findings(story_with(tmp_path, '- fact: bob-stone\n  kind: age\n  cite: a "Bob Stone, 61"\n  hide: true\n'))
    assert ("bob-stone", "age", "61") not in hidden["facts"]
    assert hidden["facts"] == uncorrected["facts"] - {("bob-stone", "age", "61")}
    assert changed(uncorrected, hidden) == {"facts"}
    (tmp_path / "again").mkdir()
    story = story_with(
        tmp_path / "again",
        '- fact: bob-stone\n  kind: age\n  cite: a "Bob Stone, 61"\n  value: 62\n'
        '  value_cite: a "Bob Stone was released"\n',
    )
    fact = next(f for f in story.facts if (f.person, f.kind) == ("bob-stone", "age"))
    assert [v.value for v in fact.values] == ["62"]
    assert fact.values[0].citations[0].sentence.startswith("wendy-okafor-jones-reported")
    assert changed(uncorrected, findings(story)) == {"facts"}


def test_a_name_that_is_not_a_person_is_not_warned_about(tmp_path, uncorrected):
    after = findings(story_with(tmp_path, '- not_a_person: "Wendy Okafor Jones"\n'))
    assert not any("Wendy Okafor Jones" in w for w in after["warnings"])
    assert changed(uncorrected, after) == {"warnings"}


def test_a_number_that_is_not_a_count_is_not_counted(tmp_path, uncorrected):
    after = findings(story_with(tmp_path, '- not_a_count: a "300 members"\n'))
    assert after["numbers"] == uncorrected["numbers"] - {(300, "members")}
    assert changed(uncorrected, after) == {"numbers"}


@pytest.mark.parametrize(
    "entry",
    [
        '- not_article: a "40 prisoners set free"\n',
        '- speaker: a "We shall not stop"\n  is: ann-lee\n',
        '- fact: bob-stone\n  kind: age\n  cite: a "Bob Stone, 16"\n  hide: true\n',
        '- not_a_count: a "3000 members"\n',
    ],
)
def test_words_not_in_the_seed_stop_the_build_with_file_and_line(tmp_path, entry):
    with pytest.raises(ExplainerError) as raised:
        story_with(tmp_path, '- not_a_person: "Wendy Okafor Jones"\n' + entry)
    assert raised.value.line == 2
    assert str(raised.value).startswith(f"{display_path(raised.value.path)}:2: misquote")
    assert raised.value.path.endswith("corrections.yaml")


def test_a_correction_that_matches_nothing_is_reported(tmp_path):
    # Every word is in the seed, but nothing the rules found is there any more.
    story = story_with(
        tmp_path,
        '- speaker: a "The group has 300 members"\n  is: ann-lee\n'
        '- not_a_person: "Carl Mendez"\n'
        '- not_a_count: a "Minsk"\n'
        '- fact: ann-lee\n  kind: age\n  cite: a "The group has 300 members"\n  hide: true\n',
    )
    stale = [w for w in story.warnings if "matches nothing" in w]
    assert [w.split(": ")[0].rsplit(":", 1)[1] for w in stale] == ["1", "3", "4", "5"]
    assert all(w.split(":")[0].endswith("corrections.yaml") for w in stale)


def test_the_corrections_file_keys_the_story_cache(tmp_path):
    from explainer.base.buildcache import BuildCaches

    seeds = tmp_path / "seeds"
    story_with(tmp_path, None)
    caches = BuildCaches.in_folder(tmp_path / "cache", read=True, write=True)
    timeline = tmp_path / "timeline.yaml"  # absent; the corrections file beside it is found
    first = build_story(seeds, tmp_path / "people", timeline, caches)
    (tmp_path / "corrections.yaml").write_text('- not_a_count: a "300 members"\n', encoding="utf-8")
    second = build_story(seeds, tmp_path / "people", timeline, caches)
    assert (300, "members") in {(n.value, n.what) for n in first.numbers}
    assert (300, "members") not in {(n.value, n.what) for n in second.numbers}
    assert dataclasses.is_dataclass(second)


# --- The review page, in the editor's build only ---------------------------------------------


def review_of(story, tmp_path):
    from explainer.settings import explainer_settings
    from explainer.site.review import review_page

    settings = explainer_settings({"PATH": str(tmp_path), "EXPLAINER_SEEDS_PATH": str(tmp_path / "seeds")})
    return {g.key: g.items for g in review_page(settings, story, []).values["groups"]}


def test_the_review_lists_what_the_rules_were_unsure_of_with_lines_that_settle_it(tmp_path):
    review = review_of(story_with(tmp_path, None), tmp_path)
    (speaker,) = review["speakers"]
    assert speaker.correction.startswith('- speaker: a "We will not stop"\n  is: unnamed')
    assert speaker.citations[0].sentence.startswith("we-will-not-stop")
    (name,) = review["names"]
    assert name.correction == '- not_a_person: "Wendy Okafor Jones"'
    assert name.citations[0].sentence.startswith("wendy-okafor-jones-reported")
    # Pasted as they are, the lines settle their items and match something.
    lines = "\n".join(item.correction for items in review.values() for item in items)
    settled = story_with(tmp_path, lines)
    assert not any("matches nothing" in w for w in settled.warnings)
    assert review_of(settled, tmp_path) == {}


def test_quoted_words_whose_speaker_could_not_be_read_are_put_to_the_editor(tmp_path):
    """The words before "said" that cannot be a speaker ("the air and") are not shown as one; the
    quotation still waits on the review page for the editor to name whose it is."""
    story = invented_story(tmp_path, {
        "a": 'Jo was shot in his flat, while his mother raised her fists in the air and said, "God is good."\n',
    }, {"tom-hale": "Tom Hale"}, published="2025-12-13")
    (item,) = review_of(story, tmp_path)["speakers"]
    assert item.concluded == "Quoted words whose speaker the rules could not read"
    assert item.correction.startswith('- speaker: a "God is good."') and "is: unnamed" in item.correction


def test_the_review_offers_to_split_a_happening_the_sources_date_differently(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Tom Hale was sentenced to ten years in prison in March 2023.\n",
        "b": "Tom Hale was sentenced to ten years in April 2023.\n",
    }, {"tom-hale": "Tom Hale"}, published="2025-12-13")
    (item,) = review_of(story, tmp_path)["dates"]
    assert item.correction.endswith("split: true") and "March 2023" in item.concluded and "April 2023" in item.concluded


def test_review_page_is_in_the_editors_build_only(site, published_site):
    assert (site / "review.html").is_file()
    assert 'href="./review.html"' in (site / "index.html").read_text(encoding="utf-8")
    page = (site / "review.html").read_text(encoding="utf-8")
    assert "- not_a_person: &#34;Cole&#34;" in page  # the example's near-spelling warning
    assert "split: true" in page  # the example's Bialiatski sentencing dates differ
    assert not (published_site / "review.html").exists()
    assert "review.html" not in (published_site / "index.html").read_text(encoding="utf-8")


def test_roles_are_cited_or_labelled_as_the_editors_description(site):
    registry = load_registry(EXAMPLE / "content" / "people", {s.id: s for s in load_sources(EXAMPLE / "seeds")})
    people = (site / "people.html").read_text(encoding="utf-8")
    assert people.count("editor&rsquo;s description") == sum(1 for p in registry if p.role and not p.role_citations)
    for person in registry:
        page = (site / "people" / f"{person.slug}.html").read_text(encoding="utf-8")
        role = html.unescape(page.split('<p class="role">', 1)[1].split("</p>", 1)[0])
        if person.role_citations:
            assert role.startswith(person.role + '<span class="cite">'), person.slug
            assert role.count('<span class="cite">') == len(person.role_citations)
            assert "editor\u2019s description" not in role
        else:
            assert role == f'{person.role} <span class="tag editor-label">editor\u2019s description</span>'


def test_the_editors_build_ends_with_the_count_of_items_to_review(example_project, tmp_path):
    result = run_build(example_project, "pelicanconf.py", str(tmp_path / "output"))
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+ items? to review: \S*output/review.html", result.stdout.splitlines()[-1])
    assert result.stdout.splitlines()[-2].startswith("built ")
    published = run_build(example_project, "publishconf.py", str(tmp_path / "published"))
    assert published.stdout.splitlines()[-1].startswith("built ")


def test_a_role_citation_is_checked_like_an_editorial_one(tmp_path):
    story_with(tmp_path, None)
    (tmp_path / "people" / "ann-lee.md").write_text(
        'Title: Ann Lee\nRole: An activist [cite a "arrested in July 2021"]\n', encoding="utf-8"
    )
    (person,) = [p for p in build_story(tmp_path / "seeds", tmp_path / "people").people if p.slug == "ann-lee"]
    assert person.role == "An activist"
    assert person.role_citations[0].sentence.startswith("ann-lee-52-was-arrested")
    (tmp_path / "people" / "ann-lee.md").write_text(
        'Title: Ann Lee\nRole: An activist [cite a "arrested in June 2021"]\n', encoding="utf-8"
    )
    with pytest.raises(ExplainerError) as raised:
        build_story(tmp_path / "seeds", tmp_path / "people")
    assert str(raised.value).startswith(f"{display_path(raised.value.path)}:2: misquote")


def test_a_paragraph_the_editor_marks_as_a_teaser_is_labelled_on_its_source_page(tmp_path):
    from explainer.settings import explainer_settings
    from explainer.site.pages import source_blocks

    story = story_with(tmp_path, '- not_article: a "The group has 300 members in Minsk"\n  kind: teaser\n')
    blocks = source_blocks(story.sources[0], {}, "full")
    marked = {b.sentences[0].text: b.marked for b in blocks if b.sentences}
    assert marked["The group has 300 members in Minsk."] == "Teaser"
    assert marked["\u201cThe verdict is a disgrace,\u201d Bob Stone told reporters."] is None
    assert explainer_settings({"PATH": str(tmp_path)}).source_save_as  # the page these blocks are shown on


def test_the_published_site_does_not_count_an_unconfirmed_near_spelling():
    """'Cole' (DW) is counted as John Coale with a warning: the editor's build shows it, marked;
    the published pages state only what is confirmed, so they leave it out."""
    from explainer.settings import explainer_settings
    from explainer.site.pages import build_pages

    def coale_forms(mode):
        pages = build_pages(explainer_settings({"PATH": str(EXAMPLE / "content"), "EXPLAINER_SOURCE_TEXT": mode}),
                            full_story())
        profile = next(p for p in pages if p.save_as == "people/john-coale.html")
        return repr(profile.values)

    assert "'Cole'" in coale_forms("full")
    assert "'Cole'" not in coale_forms("cited")


def full_story():
    return build_story(EXAMPLE / "seeds", EXAMPLE / "content" / "people")


def test_a_dismissed_spelling_starts_no_run_of_he_and_she(tmp_path):
    seeds, people = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir()
    people.mkdir()
    (seeds / "a.txt").write_text("Coale said little. Cole was freed on Monday. He thanked his lawyers.\n", encoding="utf-8")
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2024-05-08\n", encoding="utf-8")
    (people / "john-coale.md").write_text("Title: John Coale\nRole: A campaigner\n", encoding="utf-8")
    path = tmp_path / "corrections.yaml"
    before = build_story(seeds, people, corrections_path=path)
    assert [c.person for c in before.continuations] == ["john-coale"]  # "He" after the near-spelling "Cole"
    path.write_text('- not_a_person: "Cole"\n', encoding="utf-8")
    after = build_story(seeds, people, corrections_path=path)
    assert after.continuations == ()
