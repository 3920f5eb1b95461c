"""Derived claims come from the outlet's own article text: a photo caption (which may show
another moment) and a pasted post (its author's words) are shown and cited, never mined for
counts or key facts."""

from __future__ import annotations

from explainer.story import build_story


def test_counts_and_facts_are_not_read_from_captions_or_posts(tmp_path):
    seeds, people = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir()
    people.mkdir()
    (seeds / "a.txt").write_text(
        "Ann Lee, 52, was arrested in July 2021 along with 12 other activists, the court heard.\n\n"
        "Ann Lee and 113 other prisoners are taken to Ukraine. Photo: Reuters\n\n"
        "We must free all 1,200 political prisoners now. pic.twitter.com/x1\n"
        "\u2014 Bob Stone (@bobstone) May 8, 2024\n",
        encoding="utf-8",
    )
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2024-05-08\n", encoding="utf-8")
    (people / "ann-lee.md").write_text("Title: Ann Lee\nRole: An activist\n", encoding="utf-8")
    (people / "bob-stone.md").write_text("Title: Bob Stone\nRole: A campaigner\n", encoding="utf-8")
    story = build_story(seeds, people)
    assert {s.kind for s in story.sources[0].sentences} == {"body", "caption", "embed"}
    counted = {n.value for n in story.numbers}
    assert 12 in counted
    assert not counted & {113, 1200}
    facts = {(f.person, f.kind, v.value) for f in story.facts for v in f.values}
    assert ("ann-lee", "age", "52") in facts
    assert not any(kind == "released_to" for _, kind, _ in facts)
    # The post is still its author's words.
    assert any(q.speaker == "bob-stone" for q in story.quotes)
