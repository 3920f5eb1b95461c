"""The timeline of the real seeds: events merged across outlets, conflicts kept, the page."""

import datetime as dt
import json
import textwrap

import pytest

from conftest import EXAMPLE, invented_story
from explainer.base.errors import ExplainerError
from explainer.extract.sources import load_sources
from explainer.findings.timeline import events as timeline
from explainer.findings.timeline import merge
from explainer.findings.timeline.candidates import find_candidates
from explainer.findings.timeline.events import build_events
from explainer.findings.timeline.merge import merge_candidates
from explainer.site.timeline_page import timeline_view
from explainer.story import build_story
from linkcheck import parse_site

PEOPLE = EXAMPLE / "content" / "people"


@pytest.fixture(scope="module")
def story():
    """The real seeds and people, without the editor's timeline file: the automatic timeline."""
    return build_story(EXAMPLE / "seeds", PEOPLE)


@pytest.fixture(scope="module")
def edited_story():
    return build_story(EXAMPLE / "seeds", PEOPLE, EXAMPLE / "content" / "timeline.yaml")


def event_citing(events, words, year=""):
    """The one event citing a sentence with these words (and in this year, for a sentence with two)."""
    found = [e for e in events if e.date.startswith(year) and any(words in r.citation.quote for r in e.entries)]
    assert len(found) == 1, (words, [e.label for e in found])
    return found[0]


def outlets_of(story, event):
    return {story.source_map[c.source].outlet for c in event.citations}


def test_july_2021_arrest_of_bialiatski_is_one_event_cited_by_each_outlet(story):
    event = event_citing(story.events, "Ales Bialiatski was arrested in July 2021")
    assert event.date == "2021-07" and event.precision == "month"
    assert event.people[0] == "ales-bialiatski"
    assert event is event_citing(story.events, "a political prisoner himself in July 2021")
    assert {"Presence News", "Euromaidan Press (repost)"} <= outlets_of(story, event)
    assert len(event.citations) >= 2
    assert event.conflict is None  # "in 2021" (DW) agrees with July 2021 at the coarser precision


def test_march_and_april_2023_sentencing_is_one_event_with_a_conflict(story):
    event = event_citing(story.events, "In March 2023, the winner of the Nobel Peace Prize was sentenced")
    assert event is event_citing(story.events, "In April 2023, Bialiatski was found guilty")
    assert "ales-bialiatski" in event.people
    dates = dict(event.conflict.dates)
    assert dates["002_25f6ded758b2df7f"] == "2023-03" and dates["003_0f156859665e8b4b"] == "2023-04"
    assert event.date == "2023" and event.precision == "year"  # what all the sources agree on
    assert "March 2023 (Presence News)" in event.conflict.note and "April 2023 (DW)" in event.conflict.note


def test_no_conflict_without_the_same_person_and_kind_of_happening(story):
    conflicted = [e for e in story.events if e.conflict]
    assert len(conflicted) == 1


def test_different_people_arrested_the_same_year_stay_apart(story):
    babaryka = event_citing(story.events, "the former banker arrested in 2020")
    znak = event_citing(story.events, "was arrested in September 2020")
    assert babaryka is not znak
    assert babaryka is event_citing(story.events, "who was arrested five years ago", "2020")


def test_the_same_election_named_three_ways_is_one_event(story):
    election = event_citing(story.events, "the disputed 2020 presidential election")
    assert election is event_citing(story.events, "following unfair elections five years ago")
    assert election is event_citing(story.events, "accused him of stealing the previous year", "2020")
    assert election.date == "2020"


def test_an_event_dated_only_by_relative_words_says_so(story):
    event = event_citing(story.events, "was also released on Saturday along with Marina Zolotova", "2025")
    assert event.date == "2025-12-13" and event.relative == "on Saturday"
    dated = event_citing(story.events, "Ales Bialiatski was arrested in July 2021")
    assert dated.relative is None


def test_two_dates_in_one_sentence_are_two_events_with_their_own_people(story):
    arrest = event_citing(story.events, "Bialiatski was arrested in 2021, during a crackdown", "2021")
    assert arrest.date.startswith("2021") and "ales-bialiatski" in arrest.people
    # "who was declared the winner ... the previous year" is about Lukashenko's election, 2020.
    assert any(e.date == "2020" and e.action == "election" for e in story.events if e is not arrest
               and any("stealing the previous year" in r.citation.quote for r in e.entries))


def test_labels_are_clauses_not_the_first_words_of_the_sentence(story):
    labels = {e.label for e in story.events}
    assert "Ales Bialiatski was arrested" in labels
    assert "Maxim Znak was arrested" in labels
    assert "The 2022 invasion of Ukraine" in labels
    for event in story.events:
        first = event.entries[0].citation.quote
        assert event.label and len(event.label.split()) <= 17
        assert not (len(first) > 80 and event.label == first[:80])


def test_dates_are_read_from_the_outlets_own_text_not_captions_or_pasted_posts(tmp_path):
    """A caption may show another moment and a post is its author's words: both stay citable,
    neither gives the timeline a dated happening."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Flood waters rose across the valley on Tuesday, officials said.\n\n"
        "Rescuers reach a stranded family on 3 March 2024. Photo: Reuters\n\n"
        "The levee failed in June 2023 and was never rebuilt.\n\n"
        "Today the levee broke again. pic.twitter.com/abc\n"
        "\u2014 Jane Roe (@janeroe) March 5, 2024\n",
        encoding="utf-8",
    )
    (seeds / "a.yaml").write_text("outlet: The Valley News\npublished: 2024-03-07\n", encoding="utf-8")
    sources = load_sources(seeds)
    kinds = {s.text[:12]: s.kind for s in sources[0].sentences}
    assert kinds["Rescuers rea"] == "caption" and kinds["Today the le"] == "embed"
    dated = {c.entry.citation.sentence: c.entry.value for c in find_candidates(sources, {})}
    by_text = {s.id: s.text for s in sources[0].sentences}
    assert sorted(by_text[sid][:12] for sid in dated) == ["Flood waters", "The levee fa"]


def test_the_busiest_day_is_organised_by_topic(story, edited_story):
    assert timeline.busiest_day(story.events) == "2025-12-13"
    view = timeline_view(story)
    assert view["busiest"].date == "2025-12-13"
    assert [t.name for t in view["busiest"].topics][0] == "What happened"  # the general default
    edited = timeline_view(edited_story)
    names = [t.name for t in edited["busiest"].topics]
    assert names == ["The release", "The sanctions", "Where the prisoners went", "Reactions"]


def test_events_are_in_date_order_and_ids_are_unique(story):
    keys = [timeline.event_order(e)[:3] for e in story.events]
    assert keys == sorted(keys)
    ids = [e.id for e in story.events]
    assert len(ids) == len(set(ids))


def test_events_for_a_person_feed_their_profile(story):
    mine = story.events_by_person["ales-bialiatski"]
    assert mine and all("ales-bialiatski" in e.people for e in mine)
    assert mine == [e for e in story.events if "ales-bialiatski" in e.people]  # all of them, in date order


def test_merging_compares_only_within_a_year_and_kind(story, monkeypatch):
    compared = []
    original = merge._same_happening

    def spy(candidate, group, common=frozenset()):
        compared.append((candidate.entry.value[:4], candidate.action, group.candidates[0].entry.value[:4], group.action))
        return original(candidate, group, common)

    monkeypatch.setattr(merge, "_same_happening", spy)
    monkeypatch.setattr(merge, "_last_blocks", {})  # no block is kept from an earlier merge
    merge_candidates(find_candidates(story.sources, story.mentions_by_sentence))
    assert compared
    assert all(a == c and b == d for a, b, c, d in compared)


def test_a_group_of_the_same_reports_has_the_last_builds_event_again(story, monkeypatch):
    monkeypatch.setattr(timeline, "_last_events", {})
    made = []
    original = timeline._event
    monkeypatch.setattr(timeline, "_event", lambda group, outlets: made.append(group) or original(group, outlets))
    candidates = find_candidates(story.sources, story.mentions_by_sentence)
    outlets = {s.id: s.outlet for s in story.sources}
    first = timeline._events(merge_candidates(candidates), outlets)
    assert len(made) == len(first)
    groups = merge_candidates(candidates)
    groups[0].label = "Relabelled by the editor"
    second = timeline._events(groups, outlets)
    assert len(made) == len(first) + 1  # only the relabelled group's event is made again
    assert second[0].label == "Relabelled by the editor" and second[1:] == first[1:]
    assert all(a is b for a, b in zip(first[1:], second[1:]))
    renamed = {source: f"{outlet} (renamed)" for source, outlet in outlets.items()}
    timeline._events(groups, renamed)
    assert len(made) == 2 * len(first) + 1  # an outlet renamed: every event names it anew


def test_the_timeline_is_the_same_on_every_run(story):
    again = build_events(story.sources, story.mentions_by_sentence, None, {p.slug: p.name for p in story.people})
    assert again == story.events


def test_without_people_the_timeline_still_builds():
    bare = build_story(EXAMPLE / "seeds")
    assert bare.events and all(e.people == () for e in bare.events)


# --- content/timeline.yaml ------------------------------------------------------------------


def write_plan(project, text):
    path = project / "content" / "timeline.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_editor_relabels_hides_and_adds_events(project):
    path = write_plan(
        project,
        """\
        events:
          - cite: 002 "Ales Bialiatski was arrested in July 2021"
            label: Bialiatski arrested
          - cite: 004 "Kolesnikova has been in prison since 2020"
            hide: true
          - cite: 004 "unfair elections five years ago"
            people: [alexander-lukashenko]
        add:
          - date: 2025-12-13
            label: Bialiatski reaches Vilnius
            people: ales-bialiatski
            cite: 004 "were transported to the Lithuanian capital"
        """,
    )
    story = build_story(project / "seeds", project / "content" / "people", path)
    assert event_citing(story.events, "Ales Bialiatski was arrested in July 2021").label == "Bialiatski arrested"
    assert not [e for e in story.events if any("in prison since 2020" in r.citation.quote for r in e.entries)]
    assert event_citing(story.events, "unfair elections five years ago").people == ("alexander-lukashenko",)
    added = [e for e in story.events if e.label == "Bialiatski reaches Vilnius"][0]
    assert added.editorial and added.people == ("ales-bialiatski",) and added.date == "2025-12-13"
    assert added.citations[0].source == "004_7df2e0f2d1cf324f"


def test_editor_splits_and_merges_events(project):
    path = write_plan(
        project,
        """\
        events:
          - cite: 003 "Bialiatski was arrested in 2021, during a crackdown"
            split: true
          - cite: 002 "This comes after talks that took place in November 2025"
            merge: 002 "follows earlier releases in November 2025"
        """,
    )
    story = build_story(project / "seeds", project / "content" / "people", path)
    july = event_citing(story.events, "Ales Bialiatski was arrested in July 2021")
    alone = event_citing(story.events, "Bialiatski was arrested in 2021, during a crackdown", "2021")
    assert alone is not july and alone.date == "2021"
    assert event_citing(story.events, "talks that took place") is event_citing(story.events, "earlier releases")


def test_a_misquote_in_the_timeline_file_names_file_and_line(project):
    path = write_plan(
        project,
        """\
        add:
          - date: 2025-12-13
            label: Something
            cite: 004 "words the article never used"
        """,
    )
    with pytest.raises(ExplainerError) as caught:
        build_story(project / "seeds", project / "content" / "people", path)
    message = str(caught.value)
    assert "timeline.yaml:2" in message and "misquote" in message


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("events:\n  - cite: 004 \"Kolesnikova has been in prison\"\n    colour: red\n", "unknown key 'colour'"),
        ("events:\n  - label: no citation\n", "`cite:` is required"),
        ("add:\n  - date: 13 December\n    label: x\n    cite: 004 \"Kolesnikova\"\n", "YYYY-MM-DD"),
        ("add:\n  - date: 2025\n    label: x\n    people: nobody\n    cite: 004 \"Kolesnikova\"\n", "no person 'nobody'"),
        ("events:\n  - cite: 004 \"Coale said\"\n    label: x\n", "gives no date"),
        ("events: [\n", "YAML"),
        ("timeline:\n  - x: 1\n", "unknown section"),
    ],
)
def test_timeline_file_mistakes_are_one_clear_line(project, text, complaint):
    path = write_plan(project, text)
    with pytest.raises(ExplainerError) as caught:
        build_story(project / "seeds", project / "content" / "people", path)
    assert complaint in str(caught.value) and "timeline.yaml" in str(caught.value)


# --- the page and the data ---------------------------------------------------------------------


def test_story_json_events_follow_the_interface(site):
    data = json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))
    assert data["events"]
    sentences = {(s["id"], x["id"]) for s in data["sources"] for x in s["sentences"]}
    for event in data["events"]:
        assert {"date", "precision", "label", "people", "citations", "conflict"} <= set(event)
        assert event["precision"] == ("year", "month", "day")[event["date"].count("-")]
        assert all((c["source"], c["sentence"]) in sentences for c in event["citations"])
    conflicts = [e["conflict"] for e in data["events"] if e["conflict"]]
    assert conflicts and all(set(c) == {"note", "dates"} and len(c["dates"]) >= 2 for c in conflicts)


def test_timeline_page_groups_years_and_cites_every_report(site, edited_story):
    page = parse_site(site)[(site / "timeline.html").resolve()].soup
    years = [h.get_text() for h in page.select("section.year > h2")]
    assert years == sorted(years) and "2020" in years and "2025" in years
    shown = {(a["href"].split("#")[0].split("/")[-1][:-5], a["href"].split("#")[1])
             for a in page.select("span.cite > a:first-child")}
    for event in edited_story.events:
        for citation in event.citations:
            assert (citation.source, citation.sentence) in shown
    assert page.select(".event.has-conflict .conflict")
    day = page.find(id="day-2025-12-13")
    assert day is not None and day.name == "h3"
    assert [h.get_text() for h in day.find_parent("li").select("h4")][:2] == ["The release", "The sanctions"]


def test_timeline_overview_is_an_accessible_image_without_script(site):
    html = (site / "timeline.html").read_text(encoding="utf-8")
    page = parse_site(site)[(site / "timeline.html").resolve()].soup
    svg = page.select_one("figure.overview svg")
    assert svg["role"] == "img"
    labelled = svg["aria-labelledby"].split()
    assert svg.find("title")["id"] in labelled and svg.find("desc")["id"] in labelled
    assert "2020" in svg.find("desc").get_text()
    assert "<script" not in html.replace('<script type="application/ld+json">', "")
    assert " style=" not in html  # the Content-Security-Policy forbids inline styles


def test_people_link_to_profiles_only_where_they_exist(site):
    page = parse_site(site)[(site / "timeline.html").resolve()].soup
    for link in page.select(".event .people a"):
        assert (site / link["href"]).is_file()


def test_past_the_page_limit_the_most_widely_reported_events_are_listed(story):
    view = timeline_view(story, limit=5)
    listed = [i.event for y in view["years"] for i in y.items if i.kind == "event"]
    listed += [e for t in (view["busiest"].topics if view["busiest"] else ()) for e in t.events]
    assert view["shown_count"] == len(listed) == 5 and view["event_count"] == len(story.events)
    assert any(e.conflict for e in listed)
    # Then the busiest day, its most widely reported events first.
    day = [e for e in listed if not e.conflict]
    assert all(e.date == "2025-12-13" for e in day)
    left_out = [e for e in story.events if e.date == "2025-12-13" and e not in listed]
    assert min(len(e.sources) for e in day) >= max(len(e.sources) for e in left_out)
    assert len(view["overview"].marks) == len(story.events)  # the overview still draws them all


def people_by_date(story) -> dict[str, tuple[str, ...]]:
    """The people of each dated happening, by its date."""
    return {e.date: e.people for e in story.events}


def candidate_dates(tmp_path, text: str, published: str) -> list[str]:
    """The dates the rules read in one invented article, sorted."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    (seeds / "a.yaml").write_text(f"outlet: The Example Times\npublished: {published}\n", encoding="utf-8")
    return sorted(c.entry.value for c in find_candidates(load_sources(seeds), {}))


def test_a_date_of_what_did_not_happen_is_no_happening(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "It is the sort of story that would have seemed preposterous 30 years ago.\n\n"
        "The club was promoted in 2014 after a long wait.\n",
        published="2016-05-02",
    )
    assert dates == ["2014"]


def test_a_sentence_telling_that_nothing_is_known_yet_is_no_happening(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "There were no immediate reports of injuries on Friday.\n\n"
        "It was unclear Sunday whether the ransom had been paid.\n\n"
        "The city council has not yet given any update on the outage on Thursday.\n\n"
        "It remained unclear what led the crowd to surge into the alley on Saturday night.\n\n"
        "There have been no new cases since March 25, and the last patient was sent home on April 1.\n\n"
        "The storm hit the coast on Tuesday and there were no reports of injuries.\n",
        published="2019-04-07",
    )
    assert dates == ["2019-03-25", "2019-04-01", "2019-04-02", "2019-04-06"]


def test_a_dated_sentence_in_the_present_tense_alone_is_cited_not_dated(tmp_path):
    """A picture's caption tells its day in the present tense; an article tells what happened
    in the past, what will happen in the future, or names the happening at its date."""
    dates = candidate_dates(
        tmp_path,
        "Rescuers carry a victim to a hospital in Springfield on Sunday.\n\n"
        "Rescuers carried two more victims to the hospital on Saturday.\n\n"
        "The vote follows earlier talks in November and comes after weeks of protests.\n\n"
        "The trial resumes on Thursday.\n\n"
        "\u201cWe are hopeful,\u201d the mayor said on Friday.\n",
        published="2024-03-04",
    )
    assert dates == ["2023-11", "2024-03-01", "2024-03-02", "2024-03-07"]


def test_a_present_passive_is_no_past_but_a_charge_is(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "A carry-on bag is rolled across a mat at a hotel in Springfield on Friday.\n\n"
        "Old cars are parked outside the plant on Saturday.\n\n"
        "She is accused of killing her former partner in June 2008.\n",
        published="2024-03-04",
    )
    assert dates == ["2008-06"]


def test_a_date_in_a_quotation_of_several_sentences_is_the_speakers(tmp_path):
    """The quotation opens in the paragraph's first sentence; "today" in its third is the
    speaker's word, not the outlet's, while the outlet's own "on Tuesday" after it is read."""
    dates = candidate_dates(
        tmp_path,
        "The striker said in a statement: \u201cI am very happy to join. The club always wanted me. "
        "From today, I will do everything to help my new team-mates.\u201d\n\n"
        "He signed a five-year contract on Tuesday. He met the squad later.\n",
        published="2017-08-04",
    )
    assert dates == ["2017-08-01"]


def test_a_happening_is_about_its_actor_not_an_owner_nor_a_name_in_quoted_words(tmp_path):
    from explainer.story import build_story

    seeds, people = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir()
    people.mkdir()
    (seeds / "a.txt").write_text(
        "Lee's envoy Bob Stone secured the release of 14 prisoners in June 2025.\n\n"
        "\u201cWe can't bring Ann back but we got the right verdict,\u201d Cal Diaz said on 5 May 2025.\n",
        encoding="utf-8",
    )
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2025-12-13\n", encoding="utf-8")
    for slug, name in {"amy-lee": "Amy Lee", "bob-stone": "Bob Stone", "ann-roe": "Ann Roe", "cal-diaz": "Cal Diaz"}.items():
        (people / f"{slug}.md").write_text(f"Title: {name}\nAliases: {name.split()[0]}\nRole: A person\n", encoding="utf-8")
    story = build_story(seeds, people)
    by_date = {e.date: e for e in story.events}
    assert by_date["2025-06"].people == ("bob-stone",)
    assert by_date["2025-05-05"].people == ("cal-diaz",)
    assert by_date["2025-05-05"].action == "statement"  # "verdict" is in the quoted words


def test_closed_and_shut_are_one_kind_of_happening_and_a_quake_another():
    from explainer.findings.timeline.candidates import _actions
    from explainer.language.dates import find_dates

    published = dt.date(2024, 3, 9)
    for sentence, kind in [
        ("The museum closed in February 2023 for repairs.", "closure"),
        ("The museum has been shut since January 2023.", "closure"),
        ("The museum reopened in March 2024.", "opening"),
        ("A magnitude 7.1 earthquake struck in September 2017.", "disaster"),
    ]:
        (mention,) = find_dates(sentence, published)
        assert _actions(sentence, 0, len(sentence), mention)[0] == kind, sentence



def test_a_kind_of_happening_after_to_is_wanted_not_done():
    from explainer.findings.timeline.candidates import _actions
    from explainer.language.dates import find_dates

    published = dt.date(2024, 11, 13)
    for sentence, kind in [
        ("On Monday, the bishop called on Welby to resign.", "statement"),
        ("Welby resigned on Tuesday after the report.", "resignation"),
        ("The board agreed on Tuesday to release the men.", None),
        ("The men were released on Tuesday.", "release"),
        # Nor a kind asked for: ordering an arrest is no arrest, calling for a release no release.
        ("On Friday, the prime minister ordered the arrest of Rana.", None),
        ("The party on Friday called for his immediate release.", "statement"),
        ("Rana was arrested on Friday near the border.", "arrest"),
        # A thing released is published, not freed.
        ("The updated count released Wednesday increased her lead.", None),
        ("Numbers were released by the county clerk on Friday.", None),
        ("The ministry released a statement on Friday.", "statement"),
        ("The board released the men on Friday.", "release"),
        ("Police released a number of prisoners on Friday.", "release"),
    ]:
        (mention,) = find_dates(sentence, published)
        assert _actions(sentence, 0, len(sentence), mention)[0] == kind, sentence


# --- grouping and people: precision before recall (invented sentences) ----------------------


def _together(story, *words) -> bool:
    events = [next(e for e in story.events if any(w in c.sentence or w in _text(story, c) for c in e.citations))
              for w in words]
    return all(e is events[0] for e in events)


def _text(story, citation):
    return story.source_map[citation.source].sentence(citation.sentence).text


def test_a_days_unrelated_happenings_do_not_chain_through_the_story_name(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Acme Travel ceased trading on Monday after a rescue deal failed.\n",
        "b": "Acme Travel ceased trading at 2am on Monday, leaving customers abroad.\n",
        "c": "Acme Travel staff were told on Monday that 9,000 jobs would go at Acme Travel.\n",
        "d": "Acme Travel flights to Spain were cancelled on Monday by Acme Travel.\n",
    }, {}, published="2019-09-23")
    assert _together(story, "rescue deal failed", "leaving customers abroad")
    assert not _together(story, "rescue deal failed", "9,000 jobs")
    assert not _together(story, "9,000 jobs", "flights to Spain")


def test_one_persons_happenings_of_a_year_are_not_one_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Jean Roux, a former activist, joined the campaign in 2017.\n",
        "b": "Pictures of Roux at lavish dinners were taken in 2017.\n",
        "c": "Roux was arrested in March 2018 in Lyon.\n",
        "d": "Police detained Roux in March 2018.\n",
    }, {"jean-roux": "Jean Roux"})
    assert not _together(story, "joined the campaign", "lavish dinners")
    assert _together(story, "arrested in March 2018", "detained Roux")


def test_an_ally_of_a_person_is_not_that_person(tmp_path):
    story = invented_story(tmp_path, {
        "a": "A senior minister and close ally of President Anne Blanc resigned on Tuesday.\n\n"
             "The mother of Paul Noir died on Monday.\n",
    }, {"anne-blanc": "Anne Blanc", "paul-noir": "Paul Noir"})
    people = people_by_date(story)
    assert "anne-blanc" not in people["2019-07-16"]
    assert "paul-noir" not in people["2019-07-15"]


def test_a_persons_relations_doings_are_not_that_persons(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Tom Reed\u2019s parents lobbied for his release and met in March with President Anne Blanc.\n\n"
             "Tom Reed returned home on Monday.\n\n"
             "Reed attorney Paul Noir told reporters in Paris in June that he was stunned.\n",
    }, {"anne-blanc": "Anne Blanc", "tom-reed": "Tom Reed", "paul-noir": "Paul Noir"})
    people = people_by_date(story)
    assert "tom-reed" not in people["2019-03"] and "anne-blanc" in people["2019-03"]
    assert people["2019-07-15"] == ("tom-reed",)
    assert people["2019-06"] == ("paul-noir",)


def test_a_persons_titled_relations_doings_are_not_that_persons(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Anne Blanc’s chief economic adviser suggested on Monday that tariffs would follow.\n\n"
             "Anne Blanc’s adviser spoke in June.\n",
    }, {"anne-blanc": "Anne Blanc"})
    people = people_by_date(story)
    assert people["2019-07-15"] == () and people["2019-06"] == ()


def test_a_clause_whose_subject_is_a_name_found_for_no_one_is_not_the_sentence_subjects(tmp_path):
    # "Stone" alone could be either registered Stone, so it is found for no one; the second
    # clause's kidnapping is not Tom Reed's.
    story = invented_story(tmp_path, {
        "a": "Tom Reed went missing in Mali in 2012, while Stone was kidnapped in Niger in 2016.\n\n"
             "Mr Reed was freed in 2014, while Mr Stone was kidnapped again in 2017.\n",
    }, {"tom-reed": "Tom Reed", "amy-stone": "Amy Stone", "bob-stone": "Bob Stone"}, aliases={"amy-stone": "", "bob-stone": ""})
    people = people_by_date(story)
    assert people["2012"] == ("tom-reed",) and people["2014"] == ("tom-reed",)
    assert people["2016"] == () and people["2017"] == ()


def test_one_of_a_family_and_a_side_for_or_against_someone_are_not_that_person(tmp_path):
    story = invented_story(tmp_path, {
        "a": "A Reed has held the seat since 1969.\n\n"
             "Pro-Blanc demonstrators marched in the capital in May.\n\n"
             "Tom Reed won the seat in June.\n",
    }, {"anne-blanc": "Anne Blanc", "tom-reed": "Tom Reed"})
    people = people_by_date(story)
    assert people["1969"] == () and people["2019-05"] == ()
    assert people["2019-06"] == ("tom-reed",)


def test_which_points_back_to_a_thing_not_to_the_person_before_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Minister Roger Kamba said the deaths were among 53 cases in the outbreak, which was first "
             "announced in September in the town of Bulape.\n\n"
             "Kamba, who was named minister in May 2019, spoke in Kinshasa.\n",
    }, {"roger-kamba": "Roger Kamba"})
    people = people_by_date(story)
    assert "roger-kamba" not in people["2018-09"]
    assert people["2019-05"] == ("roger-kamba",)


def test_a_date_in_someones_quoted_words_is_cited_not_dated(tmp_path):
    story = invented_story(tmp_path, {
        "a": "\u201cLet that message go out today,\u201d the new leader, Ann Vale, said.\n\n"
             "Ann Vale was elected leader on Saturday.\n",
    }, {"ann-vale": "Ann Vale"}, published="2015-09-12")
    assert [(e.date, len(e.citations)) for e in story.events] == [("2015-09-12", 1)]
    assert "elected" in _text(story, story.events[0].citations[0])


def test_a_date_that_bounds_or_names_another_happening_does_not_date_this_one(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Police said eight people had been arrested following Sunday night's riot.\n\n"
             "Fans cheered to prolong the title race until Saturday, at least.\n\n"
             "Officials said many more would be arrested after Monday's vote.\n\n"
             "He entered the season without a contract beyond July 1.\n\n"
             "The airport was closed through at least Wednesday morning.\n",
    }, {}, published="2021-03-23")
    assert story.events == ()
    story = invented_story(_folder(tmp_path, "deadline"), {
        "a": "Ann Lee is visiting the United States this week in hopes she can persuade Bob Stone not to "
             "abandon the nuclear deal ahead of a May 12 deadline.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2018-04-24")
    assert story.events == ()


def test_the_year_a_term_runs_through_still_dates_it(tmp_path):
    dates = candidate_dates(tmp_path, "Ann Lee will remain in her role through 2021, the company said.\n", "2019-03-23")
    assert dates == ["2021"]


def test_a_day_naming_a_thing_acted_on_dates_that_thing_not_the_clause(tmp_path):
    """ "The court annulled his Aug. 8 victory" did not happen on 8 August; "killed in Sunday's
    attack" and "Friday's ruling was ..." did happen on their day."""
    dates = candidate_dates(
        tmp_path,
        "The court on Friday annulled his Aug. 8 reelection victory.\n\n"
        "The judges have declared the results of last month's election invalid.\n\n"
        "Two people were killed in Sunday's attack.\n\n"
        "Tuesday's ruling was a shock to the party.\n\n"
        "Plans went out of the window after 23 seconds of Thursday's final.\n",
        "2017-09-01",
    )
    assert dates == ["2017-08-27", "2017-08-29", "2017-08-31", "2017-09-01"]
    # (an age beside the name between the verb and the thing does not hide the verb)
    declared = "Officials declared Mia Roe, 70, the winner of Saturday's presidential election, keeping the party in power.\n"
    (tmp_path / "declared").mkdir()
    assert candidate_dates(tmp_path / "declared", declared, "2023-03-01") == []


def test_a_date_describing_a_thing_after_the_clauses_verb_does_not_date_the_clause(tmp_path):
    """ "Lee passed the mark held since April 1984", "... to pass Stone's mark of 38,387, set in
    1989." and "... of the Unity Party, only founded in 2019." happened on none of those dates;
    "The record was set in 1987", a first cut "since 2008" (a noun, not a participle) and a
    second happening after the first's year keep their dates."""
    dates = candidate_dates(
        tmp_path,
        "Lee passed the mark held since April 1984 by Stone, who watched from his seat.\n\n"
        "Lee scored 38 points in a defeat to pass Stone's mark of 38,387, set in 1989.\n\n"
        "Lee faced two rivals, among them Stone of the small Unity Party, only founded in 2019.\n\n"
        "The record was set in 1987.\n\n"
        "The cartel agreed its first output cut since 2008 after talks.\n\n"
        "Stone was elected in 2010, re-elected in 2014.\n",
        "2023-02-08",
    )
    assert dates == ["1987", "2008", "2010", "2014"]


def test_the_period_a_forecast_is_for_dates_nothing(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The bank held its growth forecasts at 1.6% for 2018 and 1.7% for 2019.\n\n"
             "The bank raised its rate on Thursday.\n",
    }, {}, published="2017-11-03")
    assert [e.date for e in story.events] == ["2017-11-02"]


def test_a_speaker_is_not_in_what_they_report_but_is_in_their_dated_saying(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Commissioner Sue Hale said many more people would be arrested in the coming days as officers "
             "examined footage of the clashes on Sunday.\n\n"
             "Sue Hale said on Monday that the force was stretched.\n",
    }, {"sue-hale": "Sue Hale"}, published="2021-03-23")
    people = people_by_date(story)
    assert people["2021-03-21"] == ()
    assert people["2021-03-22"] == ("sue-hale",)


def test_a_description_closed_by_who_is_about_the_one_named_before_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "\u201cMiracles do happen,\u201d said Jo Moss, mother of Amy Hale, the 35-year-old yoga teacher who "
             "was found alive Friday after 17 days in the forest.\n",
    }, {"jo-moss": "Jo Moss", "amy-hale": "Amy Hale"}, published="2019-05-26")
    assert people_by_date(story)["2019-05-24"] == ("amy-hale",)


def test_what_a_speaker_said_starting_straight_after_the_verb_is_not_theirs(tmp_path):
    """"Hale said figures on 2 March show ...": the date is in what Hale reported, however few
    the words between; "said in a statement on Friday" and "said he was arrested" are Hale's."""
    story = invented_story(tmp_path, {
        "a": "Sue Hale said figures on 2 March show that the outbreak had slowed.\n\n"
             "Sue Hale says the sanctions announced Thursday were overdue.\n\n"
             "Sue Hale said in a statement on Friday that the force was stretched.\n\n"
             "Sue Hale said he was arrested on Sunday.\n",
    }, {"sue-hale": "Sue Hale"}, published="2021-03-08")
    people = people_by_date(story)
    assert people["2021-03-02"] == ()
    assert people["2021-03-04"] == ()
    assert people["2021-03-05"] == ("sue-hale",)
    assert people["2021-03-07"] == ("sue-hale",)


def test_a_relation_named_further_on_is_not_in_the_happening_but_one_opening_it_is(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Jo Arden was found guilty on Wednesday of killing her ex-boyfriend Tim Alder.\n\n"
             "His wife Tess Ware died on Monday.\n\n"
             "Arden's client bought a painting for $5 million in 2008.\n\n"
             "Jo Arden was honoured in 2007 in a speech given by her husband Tim Alder.\n",
    }, {"jo-arden": "Jo Arden", "tim-alder": "Tim Alder", "tess-ware": "Tess Ware"}, published="2013-05-08")
    people = people_by_date(story)
    assert people["2013-05-08"] == ("jo-arden",)
    assert people["2013-05-06"] == ("tess-ware",)
    # someone's client is not that someone
    assert people["2008"] == ()
    # after "by", the relation named is the one who did it
    assert set(people["2007"]) == {"jo-arden", "tim-alder"}


def test_a_title_points_back_to_the_last_named_subject_but_not_past_an_unnamed_one(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Ann Lee was arrested in Lyon in March 2018.\n\n"
             "The activist was released on Monday.\n",
        "b": "Tom Ross has stood by the verdict.\n\n"
             "The 18-year-old was charged with homicide in 2020.\n\n"
             "But on Friday, the former cadet was acquitted of all charges.\n",
    }, {"ann-lee": "Ann Lee", "tom-ross": "Tom Ross"}, published="2021-11-20")
    people = people_by_date(story)
    assert people["2021-11-15"] == ("ann-lee",)
    assert people["2021-11-19"] == ()


def test_a_label_drops_the_part_of_the_day_with_the_day(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Officers arrested the suspect Wednesday afternoon in Harlem.\n\n"
             "Sunday night's match in the square drew a crowd.\n",
    }, {}, published="2022-07-14")
    labels = sorted(e.label for e in story.events)
    assert labels == ["Match in the square drew a crowd", "Officers arrested the suspect in Harlem"]


def test_the_data_gives_each_citation_of_an_event_the_people_of_its_own_clause(tmp_path):
    from explainer.story import story_data

    story = invented_story(tmp_path, {
        "a": "Jo Arden was arrested in March 2018 in Lyon.\n",
        "b": "Police detained Jo Arden and Tim Alder in March 2018.\n",
    }, {"jo-arden": "Jo Arden", "tim-alder": "Tim Alder"})
    [event] = [e for e in story_data(story)["events"] if e["date"] == "2018-03"]
    by_source = {c["source"]: c["people"] for c in event["citations"]}
    assert by_source == {"a": ["jo-arden"], "b": ["jo-arden", "tim-alder"]}
    assert set(event["people"]) == {"jo-arden", "tim-alder"}


def test_a_thousands_separator_makes_no_word_two_counts_share():
    from explainer.findings.timeline.candidates import content_words

    assert "000" not in content_words("22,000 jobs were lost and 180,000 customers stranded")
    assert "123" in content_words("123 prisoners were freed")


def test_a_concession_is_its_own_kind_of_happening_not_the_election(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Mayor Ann Vale on Sunday conceded defeat to Tom Ross in the second round of the city election.\n",
        "b": "Tom Ross won 73% of the vote and Ann Vale 24% in the second round of the city election on Sunday.\n",
        "c": "Ann Vale conceded on Sunday night and congratulated Tom Ross.\n",
    }, {"ann-vale": "Ann Vale", "tom-ross": "Tom Ross"}, published="2019-04-22")
    assert not _together(story, "conceded defeat", "won 73%")
    assert _together(story, "conceded defeat", "congratulated Tom Ross")


def test_one_persons_departure_and_anothers_appointment_the_same_day_are_two_happenings(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Paul Hart announced his departure as minister on Tuesday after a week of reports.\n",
        "b": "The palace announced late on Tuesday that Mia Lund had been appointed to replace Paul Hart as minister.\n",
        "c": "Paul Hart resigned on Tuesday after a week of reports about his dinners.\n",
    }, {"paul-hart": "Paul Hart", "mia-lund": "Mia Lund"}, published="2019-07-17")
    assert not _together(story, "his departure", "appointed to replace")
    assert _together(story, "his departure", "resigned on Tuesday")


def test_whom_someone_replaces_is_not_in_their_appointment(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Mia Lund was appointed on Tuesday to replace Paul Hart as minister.\n",
    }, {"paul-hart": "Paul Hart", "mia-lund": "Mia Lund"}, published="2019-07-17")
    [event] = story.events
    assert event.people == ("mia-lund",)


def test_a_happening_a_year_names_is_its_owners_not_the_sentences_subject(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Ann Reyes is among the Democrats who have worked to shift the party since Mia Lund's 2016 "
             "presidential election campaign.\n",
    }, {"ann-reyes": "Ann Reyes", "mia-lund": "Mia Lund"}, published="2018-06-27")
    [event] = [e for e in story.events if e.date == "2016"]
    assert event.people == ("mia-lund",)


def test_the_year_a_comparison_reaches_back_to_dates_nothing():
    from explainer.findings.timeline.candidates import _bounds_another
    from explainer.language.dates import find_dates

    sentence = "Groups ran amok on Saturday in the worst unrest since 1968, police said."
    bounded = [m.text for m in find_dates(sentence, dt.date(2018, 12, 2)) if _bounds_another(sentence, m)]
    assert bounded == ["1968"]
    sentence = "He has been in prison since 2020, his lawyer said."
    assert not any(_bounds_another(sentence, m) for m in find_dates(sentence, dt.date(2024, 3, 9)))
    sentence = "On the eve of Wednesday's meetings, the minister said prices were volatile."
    assert [m.text for m in find_dates(sentence, dt.date(2016, 11, 30)) if _bounds_another(sentence, m)] == ["Wednesday"]


def test_the_moment_a_change_is_measured_from_dates_nothing(tmp_path):
    story = invented_story(tmp_path, {
        "a": "By late Thursday, the euro was fetching 1.0035 francs, down about 16 per cent from the same time "
             "Wednesday.\n\n"
             "The inflation rate fell to 7.7% in November from 8.2% in October.\n",
    }, published="2015-01-16")
    assert sorted(e.date for e in story.events) == ["2014-11", "2015-01-15"]


def test_the_year_a_figure_is_compared_with_dates_nothing(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The population fell in 2022 to 1.411 billion, down some 850,000 people from the previous year.\n\n"
             "The birthrate in 2022 fell to 6.77 per 1,000 people, down from 7.52 the year before.\n\n"
             "The country had 850,000 fewer people at the end of 2022 than the previous year.\n\n"
             "The number of measles cases is more than doubling from 2017, the agency said.\n\n"
             "Cases rose by 160% in 2022, an increase from the same period of 2018.\n\n"
             "More cases were reported in 2022 than in all of 2019.\n",
    }, published="2023-01-17")
    assert {e.date for e in story.events} == {"2022"}


def test_a_year_naming_a_work_dates_the_work_not_what_the_sentence_tells_of_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "In the wake of his death, the actor's words from his 2022 memoir about how he would like to be "
             "remembered have circulated on social media.\n",
    }, published="2023-10-30")
    [event] = story.events
    assert event.date == "2022" and "circulated" not in event.label and "memoir" in event.label


def test_a_night_running_into_the_next_day_is_dated_by_its_start_and_another_clock_by_none(tmp_path):
    story = invented_story(tmp_path, {
        "a": "For much of Monday night and into the early hours of Tuesday, the square was eerily calm.\n",
        "b": "Police said the decision shortly after 2am local time (3pm Monday, Irish time) to enter the cafe was "
             "taken after shots were heard.\n",
        "c": "They reached the scene at 4:30 a.m. local time Tuesday (10:30 p.m. Monday ET) to find no one.\n",
    }, published="2014-12-16")
    dated = sorted((c.source, e.date) for e in story.events for c in e.citations)
    assert dated == [("a", "2014-12-15"), ("c", "2014-12-16")]


def test_a_bracket_after_a_name_tells_of_that_person_not_the_sentences_subject(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The departure of Ann Vale means three of the last four winners have gone, following Roy Hale "
             "(2012 winner, sacked May 2013) and Mia Lund (2015 winner, sacked December 2015).\n",
    }, {"ann-vale": "Ann Vale", "roy-hale": "Roy Hale", "mia-lund": "Mia Lund"}, published="2017-02-24")
    people = {e.date: e.people for e in story.events}
    assert people["2013-05"] == ("roy-hale",)
    assert people["2015-12"] == ("mia-lund",)


def test_a_day_after_a_sentence_giving_its_month_a_year_is_in_that_year(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The chats happened during the tri-series in January 2018.\n\n"
             "On January 23, the bookie made another approach to the player.\n",
    }, published="2019-10-30")
    assert "2018-01-23" in {e.date for e in story.events}


def test_a_happening_told_as_on_one_day_or_another_is_dated_by_neither(tmp_path):
    story = invented_story(tmp_path, {
        "b": "The two men escaped from the prison sometime late Friday or early Saturday through a sewer.\n",
    }, published="2015-06-07")
    assert story.events == ()


def test_a_which_clause_tells_of_the_thing_before_it_unless_its_own_he_did_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The ban will not see Roy Hale play in the 2020 World Cup in Australia which has been scheduled "
             "from October 18 to November 15.\n\n"
             "Roy Hale holds the record of 2:01:39, which he ran at the Berlin Marathon in September last year.\n",
    }, {"roy-hale": "Roy Hale"}, published="2019-10-30")
    people = {e.date: e.people for e in story.events}
    assert people["2020-10-18"] == ()
    assert people["2018-09"] == ("roy-hale",)


def test_whom_someone_conceded_to_is_not_in_the_concession_and_two_refusals_are_two(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Roy Hale refused on Tuesday night to concede the Senate race to Democrat Ann Vale.\n",
        "b": "Roy Hale again refused to concede on Wednesday in a video to supporters.\n",
    }, {"roy-hale": "Roy Hale", "ann-vale": "Ann Vale"}, published="2017-12-14")
    tuesday = next(e for e in story.events if e.date == "2017-12-12")
    assert tuesday.people == ("roy-hale",)
    assert not _together(story, "Tuesday night", "in a video")
    assert not any(e.conflict for e in story.events)


def test_a_name_after_after_is_in_another_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Roy Hale on Wednesday night still had not conceded defeat after a bitter fight with Democrat Ann Vale.\n",
    }, {"roy-hale": "Roy Hale", "ann-vale": "Ann Vale"}, published="2017-12-14")
    [event] = story.events
    assert event.people == ("roy-hale",)


def test_a_sentence_opening_on_someone_new_does_not_carry_the_last_persons_name(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Ann Vale condemned the violence on Saturday.\n\n"
             "A 20-year-old man was charged on Saturday after he drove into the crowd.\n",
    }, {"ann-vale": "Ann Vale"}, published="2017-08-13")
    charged = next(e for e in story.events if any("charged" in _text(story, c) for c in e.citations))
    assert "ann-vale" not in charged.people


def test_a_name_in_a_relative_clause_after_the_happening_is_not_in_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "A rally took a deadly turn on Saturday when a car hit a crowd in a flare up of violence that "
             "challenged President Tom Hale.\n",
    }, {"tom-hale": "Tom Hale"}, published="2017-08-13")
    assert all("tom-hale" not in e.people for e in story.events)


def test_one_persons_two_doings_of_one_kind_on_one_day_need_a_word_in_common(tmp_path):
    # "Vale" is in every dated sentence: the story's common word, it tells no two reports apart.
    story = invented_story(tmp_path, {
        "a": "Ann Vale is the mayor. Vale scored the winning goal at the stadium on Tuesday.\n",
        "b": "Ann Vale is the mayor. Vale defeated Ross by 5,000 votes on Tuesday.\n",
        "c": "Ann Vale is the mayor. Ross was defeated by Vale by 5,000 votes on Tuesday, officials said.\n",
        "d": "Ann Vale is the mayor. Vale thanked her staff on Wednesday.\n",
        "e": "Ann Vale is the mayor. Vale met the council on Thursday.\n",
    }, {"ann-vale": "Ann Vale", "tom-ross": "Tom Ross"}, published="2019-11-08")
    assert not _together(story, "winning goal", "Vale defeated Ross")
    assert _together(story, "Vale defeated Ross", "officials said")


def test_an_unchanged_block_is_merged_as_last_time_and_its_groups_are_fresh_copies(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Jean Roux was arrested in March 2018 in Lyon.\n\nThe mill closed on 3 May 2019 after a fire.\n",
        "b": "Police detained Roux in March 2018.\n\nThe mill shut on 3 May 2019 after the fire.\n",
    }, {"jean-roux": "Jean Roux"})
    candidates = find_candidates(story.sources, story.mentions_by_sentence)
    merge._last_blocks = {}
    first = merge_candidates(candidates)
    first[0].candidates.clear()  # as the editor's plan may change a group
    again = merge_candidates(candidates)
    edited = [c for c in candidates if "after the fire" not in c.clause]  # one source's report gone
    kept = merge_candidates(edited)
    merge._last_blocks = {}
    assert [_shape(g) for g in again] == [_shape(g) for g in merge_candidates(candidates)]
    assert [_shape(g) for g in kept] == [_shape(g) for g in merge_candidates(edited)]
    assert all(g.candidates for g in again) and len(kept) == len(again)


def _shape(group):
    return (group.date, group.action, [c.order for c in group.candidates], sorted(group.people), group.conflict)


def test_a_relative_clause_after_a_thing_or_a_stranger_is_not_the_subjects_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Jean Roux promised an inquiry into the fire that would look at a refurbishment completed in 2016.\n\n"
             "Ann Vale praised the charismatic leader, who sparked a wave of support when she took over the party in 2017.\n\n"
             "Tom Ross \u2013 who has been the member for Dale since 1983 \u2013 is the new leader.\n\n"
             "Dale saw a third night of unrest on Thursday in the wake of the death of Tom Ross.\n",
    }, {"jean-roux": "Jean Roux", "ann-vale": "Ann Vale", "tom-ross": "Tom Ross"}, published="2017-06-17")
    people = people_by_date(story)
    assert people["2016"] == () and people["2017"] == ()
    assert "Ann Vale" not in next(e.label for e in story.events if e.date == "2017")
    assert people["1983"] == ("tom-ross",)
    assert "tom-ross" not in people["2017-06-15"]


def test_an_outlet_that_gives_both_dates_tells_two_happenings_not_a_disagreement(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Tom Hale was sentenced on Tuesday to ten years in prison.\n\n"
             "Tom Hale had been convicted in April of fraud at the firm.\n",
        "b": "Tom Hale was sentenced to ten years in prison on Tuesday in Dale.\n",
    }, {"tom-hale": "Tom Hale"}, published="2018-09-26")
    assert not any(e.conflict for e in story.events)
    assert not _together(story, "convicted in April", "sentenced on Tuesday")
    assert _together(story, "sentenced on Tuesday", "prison on Tuesday")


def test_a_day_a_speaker_gives_another_happening_is_not_the_speakers(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Prime Minister Tom Ross visited the town.\n\nOn Twitter, he said Tuesday's earthquake had been felt everywhere.\n",
    }, {"tom-ross": "Tom Ross"}, published="2020-12-30")
    [event] = [e for e in story.events if e.date == "2020-12-29"]
    assert event.people == ()


def test_a_pronoun_carries_no_one_into_a_happening(tmp_path):
    """Without knowing whom "he" means for sure, the sentence is cited and no one is stated:
    on stories scored as they arrived, people carried by a pronoun were right 20 times in 28."""
    story = invented_story(tmp_path, {
        "a": "Tom Ross spoke outside his office.\n\n"
             "He said that he thought his successor should be in place by October.\n\n"
             "He said the atmosphere at the resort was tense on Thursday night.\n\n"
             "Tom Ross resigned on Friday.\n",
    }, {"tom-ross": "Tom Ross"}, published="2016-06-24")
    people = people_by_date(story)
    assert people["2016-10"] == ()
    assert people["2016-06-23"] == ()
    assert people["2016-06-24"] == ("tom-ross",)


def test_whom_something_was_said_to_is_not_in_the_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "\u201cWe are relieved,\u201d Rob Vane told CNN\u2019s Piers Moran on Saturday.\n\n"
             "Ann Lee wrote to Tom Ross on Friday and resigned.\n\n"
             "Premier Dan Kim was among the many congratulating Tom Ross and Ann Lee on Thursday.\n\n"
             "The Gazette published a letter to Tom Ross on Wednesday.\n",
    }, {"rob-vane": "Rob Vane", "piers-moran": "Piers Moran", "ann-lee": "Ann Lee", "tom-ross": "Tom Ross",
        "dan-kim": "Dan Kim"}, published="2013-07-14")
    assert sorted(e.people for e in story.events) == [(), ("ann-lee",), ("dan-kim",), ("rob-vane",)]


def test_a_date_counted_back_no_finer_than_a_month_joins_no_dated_report(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Jo Acme agreed on Monday to buy Zedcorp for $44 billion.\n",
        "b": "Acme disclosed earlier this month that he had become Zedcorp's largest shareholder.\n",
        "c": "Acme agreed to buy Zedcorp on Monday after a rapid takeover battle.\n",
    }, {"jo-acme": "Jo Acme"}, published="2022-04-25")
    assert _together(story, "agreed on Monday", "rapid takeover")
    assert not _together(story, "agreed on Monday", "largest shareholder")


def test_a_conviction_counted_back_is_no_disagreement_with_a_dated_sentencing(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Last month, a jury convicted Tom Hale of fraud and assault.\n",
        "b": "Tom Hale was sentenced on Wednesday to 23 years in prison for fraud.\n",
        "c": "Tom Hale was sentenced to 23 years in prison on Wednesday.\n",
    }, {"tom-hale": "Tom Hale"}, published="2020-03-11")
    assert not any(e.conflict for e in story.events)
    assert not _together(story, "a jury convicted", "sentenced on Wednesday")


def test_what_unnamed_people_said_is_not_one_statement_for_sharing_words(tmp_path):
    story = invented_story(tmp_path, {
        "a": "\u201cThese are items of inestimable cultural value,\u201d the director said on Monday.\n",
        "b": "Officials said on Monday that thieves took jewels of great cultural value from the vault.\n",
    }, {}, published="2019-11-26")
    assert not _together(story, "inestimable cultural value", "thieves took jewels")


def test_a_month_inside_a_registered_name_dates_nothing(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The rooms hold 3,000 objects gathered by August the Strong, a ruler of Saxony.\n\n"
             "Thieves broke into the rooms on Monday and took jewels gathered by August the Strong.\n",
    }, {"august-the-strong": "August the Strong"}, published="2019-11-26")
    assert sorted(e.date for e in story.events) == ["2019-11-25"]


def test_a_date_a_happening_lasts_until_dates_nothing(tmp_path):
    assert candidate_dates(
        tmp_path, "The minister does not want him to stay until October, saying a leader is needed now.\n", "2022-07-07",
    ) == []


def test_a_parents_relative_clause_is_their_childs_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "\u201cWe will count them,\u201d said Tom Hale, whose 16-year-old daughter was among those "
             "kidnapped during the Feb. 19 attack.\n",
    }, {"tom-hale": "Tom Hale"}, published="2018-03-21")
    [event] = story.events
    assert event.date == "2018-02-19" and "tom-hale" not in event.people


def test_a_trailing_attribution_labels_its_event_by_what_it_reports(tmp_path):
    story = invented_story(tmp_path, {
        "a": "ACME will buy the chain of organic grocers for $13 billion, the companies announced Friday.\n",
    }, {}, published="2017-06-16")
    [event] = story.events
    assert event.date == "2017-06-16" and event.label.startswith("ACME will buy the chain")


def test_the_hours_of_a_day_do_not_make_two_reports_one_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Five schoolgirls were released in the early hours of Wednesday.\n",
        "b": "Two fishermen were freed by pirates in the early hours of Wednesday.\n",
    }, {}, published="2018-03-21")
    assert not _together(story, "Five schoolgirls", "Two fishermen")



def test_the_end_of_a_span_is_no_happenings_date(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "Trains were suspended between Saturday afternoon and early Sunday.\n\n"
        "The offices stayed shut from Monday to Wednesday.\n",
        "2019-10-14",
    )
    assert dates == ["2019-10-12", "2019-10-14"]


def test_a_source_a_sentence_cites_and_a_time_it_reaches_back_to_are_not_its_subjects(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Tom Hale enters office with more support than his rival, according to a survey published on Friday.\n\n"
             "At least 40 people were killed on Thursday in the worst attack since Tom Hale came to power.\n",
    }, {"tom-hale": "Tom Hale"}, published="2018-12-01")
    assert all("tom-hale" not in event.people for event in story.events), [(e.label, e.people) for e in story.events]



def test_an_owner_alone_is_in_a_happening_of_what_they_own_not_of_their_things(tmp_path):
    story = invented_story(tmp_path, {
        "a": "A rocket ship built by the entrepreneur Tom Hale\u2019s SpaceX company thundered away on Saturday.\n\n"
             "Tom Hale\u2019s arrest on Monday shocked the town.\n",
    }, {"tom-hale": "Tom Hale"}, published="2020-06-02")
    people = {event.date: event.people for event in story.events}
    assert people == {"2020-05-30": (), "2020-06-01": ("tom-hale",)}



def test_a_compound_adjective_is_no_past_tense_for_a_caption(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "Self-confessed killer Tom Hale speaks with a lawyer at a court in Oslo on Friday.\n\n"
        "Tom Hale confessed to the killings on Friday.\n",
        "2012-08-24",
    )
    assert dates == ["2012-08-24"]


def test_a_date_before_a_closing_attribution_belongs_to_the_words_before_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "A pipeline off the coast leaked 3,000 barrels of oil, which is about 126,000 gallons, "
             "on Saturday, said Mayor Ann Lee.\n",
    }, published="2021-10-04", people={"ann-lee": "Ann Lee"})
    [event] = story.events
    assert event.date == "2021-10-02" and event.people == ()
    assert "said" not in event.label.lower()



def test_a_move_is_its_owners_happening_not_the_subjects(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Dan Kim's return eclipsed the previous record - Bob Stone's move to Madrid from London in 2013 for 85 million.\n",
    }, published="2016-08-09", people={"dan-kim": "Dan Kim", "bob-stone": "Bob Stone"})
    assert people_by_date(story)["2013"] == ("bob-stone",)


def test_a_year_still_to_come_naming_a_thing_does_not_date_a_sentence_that_names_its_day(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The award of the 2030 Games to the joint bid on Wednesday was met with dismay in the rival city.\n\n"
             "Roy Hale was sentenced on Thursday for his 2004 assault on a neighbour.\n",
    }, {"roy-hale": "Roy Hale"}, published="2018-06-15")
    dates = {e.date for e in story.events}
    assert "2018-06-13" in dates and "2030" not in dates
    assert {"2018-06-14", "2004"} <= dates  # a year gone still dates the thing it names


def test_a_year_still_to_come_naming_a_thing_of_its_own_name_dates_nothing(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The 2030 World Games will be held in Vale and Dale, the federation announced.\n\n"
             "Roy Hale said he would step down before the 2020 election.\n",
    }, {"roy-hale": "Roy Hale"}, published="2018-06-15")
    assert {e.date for e in story.events} == {"2020"}


def test_whom_a_reaction_is_to_is_not_in_the_reaction(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Roy Hale lost his appeal in London.\n\n"
             "Finance minister Ann Vale on Monday welcomed the court's decision on Hale.\n\n"
             "Ann Vale met Roy Hale in Delhi on Tuesday.\n",
    }, {"roy-hale": "Roy Hale", "ann-vale": "Ann Vale"}, published="2018-12-12")
    people = {e.date: e.people for e in story.events}
    assert people["2018-12-10"] == ("ann-vale",)
    assert set(people["2018-12-11"]) == {"ann-vale", "roy-hale"}


def test_the_one_harmed_is_not_in_a_verdict_on_another(tmp_path):
    story = invented_story(tmp_path, {
        "a": "A jury found Roy Hale not guilty on Saturday in the shooting of Ann Vale.\n\n"
             "Roy Hale was convicted of murder in the July 2017 death of Ann Vale.\n\n"
             "Roy Hale shot Ann Vale on Friday.\n",
    }, {"roy-hale": "Roy Hale", "ann-vale": "Ann Vale"}, published="2019-07-15")
    people = {e.date: set(e.people) for e in story.events}
    assert people["2019-07-13"] == {"roy-hale"}
    # the harm's own date, and a harm told without a verdict, are the one harmed's too
    assert people["2017-07"] == people["2019-07-12"] == {"roy-hale", "ann-vale"}


def test_a_name_that_says_whose_role_the_next_person_holds_is_not_in_the_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Former Hale campaign chairman Bob Stone was sentenced on Thursday to four years in prison.\n\n"
             "Roy Hale met Bob Stone on Friday.\n\n"
             "Ann Vale unseated Rep. Bob Stone on Tuesday.\n",
    }, {"roy-hale": "Roy Hale", "bob-stone": "Bob Stone", "ann-vale": "Ann Vale"}, published="2019-03-09")
    people = {e.date: set(e.people) for e in story.events}
    assert people["2019-03-07"] == {"bob-stone"}
    assert people["2019-03-08"] == {"roy-hale", "bob-stone"}
    assert people["2019-03-05"] == {"ann-vale", "bob-stone"}  # a verb between: both are in it


def test_a_place_named_by_whose_homeland_it_is_does_not_put_that_person_in_the_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The senators on Thursday voted against the bill in the homeland of Pope Roy Hale.\n\n"
             "Pope Roy Hale on Friday prayed for the senators.\n",
    }, {"roy-hale": "Pope Roy Hale"}, published="2018-08-10")
    people = {e.date: e.people for e in story.events}
    assert people["2018-08-09"] == () and people["2018-08-10"] == ("roy-hale",)


def test_he_after_two_people_is_no_ones_and_the_label_names_no_one(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Prosecutors had asked Roy Hale to send Bob Stone to prison after he left his post in June 2009.\n\n"
             "Roy Hale was fined after he left the army in March 2010.\n",
    }, {"roy-hale": "Roy Hale", "bob-stone": "Bob Stone"}, published="2017-11-03")
    events = {e.date: e for e in story.events}
    assert events["2009-06"].people == () and "Hale" not in events["2009-06"].label
    assert events["2010-03"].people == ("roy-hale",)


def test_a_day_in_brackets_after_a_time_elsewhere_does_not_date_the_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Roy Hale said that at about 1am on Wednesday (1700 GMT Tuesday) officers broke down the door.\n",
    }, {"roy-hale": "Roy Hale"}, published="2021-11-03")
    assert [e.date for e in story.events] == ["2021-11-03"]


def test_a_weekday_written_as_a_possessive_is_the_day_not_a_word_two_reports_share(tmp_path):
    from explainer.findings.timeline.candidates import content_words

    assert "saturday\u2019s" not in content_words("Saturday\u2019s fair was a first.")
    assert "acme's" in content_words("Acme's fair was a first.")
    story = invented_story(tmp_path, {
        "a": "Volunteers handed out food parcels at Saturday's fair in Rivertown.\n",
        "b": "Traders complained about parking at Saturday's fair.\n",
    }, {}, published="2024-03-04")
    assert not _together(story, "food parcels", "about parking")


def _folder(tmp_path, name):
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_a_conviction_and_its_sentence_are_two_happenings_unless_told_together(tmp_path):
    people = {"carl-ruiz": "Carl Ruiz"}
    story = invented_story(_folder(tmp_path, "apart"), {
        "a": "Carl Ruiz was sentenced on Wednesday to 12 years in prison.\n",
        "b": "Ruiz was convicted on Feb. 24 of fraud by a jury in Albany.\n",
    }, people, published="2020-03-12")
    assert not _together(story, "sentenced on Wednesday", "convicted on Feb. 24")
    assert not any(e.conflict for e in story.events)
    # Told together, the two are the sentence: February against Wednesday is a disagreement.
    story = invented_story(_folder(tmp_path, "together"), {
        "a": "Carl Ruiz was sentenced on Wednesday to 12 years in prison.\n",
        "c": "Ruiz was found guilty of fraud and sentenced to 12 years in prison in February 2020.\n",
    }, people, published="2020-03-12")
    assert _together(story, "sentenced on Wednesday", "in February") and story.events[0].conflict is not None
    # The same day, a conviction and a sentence are one hearing.
    story = invented_story(_folder(tmp_path, "one-day"), {
        "a": "Carl Ruiz was sentenced on Wednesday to 12 years in prison.\n",
        "b": "Ruiz was convicted on Wednesday of fraud by a jury in Albany.\n",
    }, people, published="2020-03-12")
    assert _together(story, "sentenced on Wednesday", "convicted on Wednesday")


def test_a_speaker_set_after_a_dated_clause_is_not_in_it_but_one_after_a_bare_date_is(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The flood in Solai, near the city of Nakuru, occurred Wednesday evening, police chief Gideon Kibunjah "
              "told AFP by telephone, adding that 36 people were hurt.\n",
        "b": "On Wednesday, Gideon Kibunjah said the dam had burst after days of rain.\n",
        "c": "Visiting the dam on Thursday, Gideon Kibunjah said the search would go on.\n",
    }, {"gideon-kibunjah": "Gideon Kibunjah"}, published="2018-05-10")
    people = {e.entries[0].citation.source: e.people for e in story.events}
    assert people == {"a": (), "b": ("gideon-kibunjah",), "c": ("gideon-kibunjah",)}


def test_the_one_a_clause_is_told_on_the_word_of_is_not_in_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "According to Ann Vale, Tom Roe was sentenced to four years and was released from prison in 2011.\n",
        "b": "Tom Roe left the party in 2014, according to party secretary Ann Vale.\n",
    }, {"ann-vale": "Ann Vale"}, published="2019-07-16")
    assert [e.people for e in story.events] == [(), ()]


def test_a_clause_too_short_to_tell_what_happened_is_labelled_by_its_sentence(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Three days after a fire tore through a coal mine, 18 miners are feared still trapped, Energy "
             "Minister Ann Vale said Friday, as questions were raised.\n\n"
             "The La Soufriere volcano on the island, dormant for decades, erupted on Saturday.\n\n"
             "The strike started on Monday, with 300 schools shut.\n",
    }, {"ann-vale": "Ann Vale"}, published="2019-07-16")
    labels = {e.date: e.label for e in story.events}
    assert labels["2019-07-12"].startswith("Three days after a fire tore through a coal mine, 18 miners")
    assert labels["2019-07-13"] == "The La Soufriere volcano on the island, dormant for decades, erupted"
    assert labels["2019-07-15"] == "The strike started"  # a short clause that tells it keeps its label


def test_two_dates_are_a_disagreement_only_where_each_is_the_kinds_own(tmp_path):
    people = {"ann-roe": "Ann Roe"}
    story = invented_story(_folder(tmp_path, "not-its-own"), {
        "a": "Ann Roe appeared in federal court late Monday following her weekend arrest in Washington.\n",
        "b": "Roe, 29, was arrested on Sunday and jailed pending a hearing.\n",
    }, people, published="2018-07-18")
    assert not any(e.conflict for e in story.events)
    story = invented_story(_folder(tmp_path, "its-own"), {
        "a": "On Monday, Ann Roe was arrested in Washington.\n",
        "b": "Roe, 29, was arrested on Sunday and jailed pending a hearing.\n",
    }, people, published="2018-07-18")
    assert [e.conflict is not None for e in story.events] == [True]


def test_an_announced_departure_is_no_disagreement_with_the_departures_own_date(tmp_path):
    """"announced his departure on Monday" dates the announcing; the departure itself, dated
    the day before by another outlet, is not contradicted."""
    people = {"pat-roe": "Pat Roe"}
    story = invented_story(_folder(tmp_path, "announced"), {
        "a": "Pat Roe, 63, announced his departure on Monday, halfway through his plan.\n",
        "b": "Roe officially stepped down on 1 December 2024.\n",
    }, people, published="2024-12-03")
    assert not any(e.conflict for e in story.events)
    story = invented_story(_folder(tmp_path, "departed"), {
        "a": "Pat Roe, 63, stepped down on Monday, halfway through his plan.\n",
        "b": "Roe officially stepped down on 1 December 2024.\n",
    }, people, published="2024-12-03")
    assert [e.conflict is not None for e in story.events] == [True]


def test_reports_with_no_one_in_common_are_one_happening_by_the_words_near_their_dates(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Floods hit the coastal towns on Sunday.\n",
        "b": "The storm struck on Sunday, and in the days that followed, rescuers and soldiers slowly "
             "reached the coastal towns.\n",
        "c": "On Sunday a storm struck the coastal towns.\n",
    }, {}, published="2024-03-04")
    # Two words in common, but far from one's date, outside its clause: maybe another happening's.
    assert not _together(story, "Floods hit", "rescuers and soldiers")
    # The same two words close to both dates: one happening.
    assert _together(story, "Floods hit", "On Sunday a storm")


def test_a_label_keeps_no_trace_of_the_date_it_leaves_out(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Earlier today, Ann Lee met victims of the blaze at the town hall.\n\n"
             "The old mill (1994) and the harbour were rebuilt by the town.\n\n"
             "Flights have been disrupted since Wednesday night.\n\n"
             "The blaze at the old mill started in the early hours of Monday.\n\n"
             "The bidding deadline was extended until the end of May.\n\n"
             "An impassioned debate ran into the early hours of Thursday.\n\n"
             "The cyclone reached the coast on the intervening night of Wednesday.\n\n"
             "The new mayor will be sworn in on Friday.\n\n"
             "The mix-up at the end of Sunday's ceremony added to the questions surrounding the jury.\n",
    }, {"ann-lee": "Ann Lee"}, published="2023-06-29")
    labels = sorted(e.label for e in story.events)
    assert [label for label in labels if "ceremony" not in label] == [
        "An impassioned debate ran",
        "Ann Lee met victims of the blaze at the town hall",
        "Flights have been disrupted",
        "The bidding deadline was extended",
        "The blaze at the old mill started",
        "The cyclone reached the coast on the intervening night",
        "The new mayor will be sworn in",  # a particle, not the date's "on"
        "The old mill and the harbour were rebuilt by the town",
    ]
    # "at the end of" tells of the ceremony that "Sunday's" names, not of the day: it stays
    [ceremony] = [label for label in labels if "ceremony" in label]
    assert "at the end of" in ceremony


def test_a_label_is_not_a_clause_cut_from_its_subject(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Firefighters failed to respond to an alarm that was set off at the old mill on Monday.\n\n"
             "A hiker who was found alive in the forest on Tuesday has said she never gave up.\n\n"
             "Karam, a television host and friend of the family, told reporters that Hale arrived in "
             "Beirut on Wednesday.\n",
    }, {}, published="2023-06-29")
    labels = {e.date: e.label for e in story.events}
    # a relative clause about a thing, labelled with the thing
    assert labels["2023-06-26"] == "An alarm was set off at the old mill"
    # one about someone unnamed: the sentence from its start says who
    assert labels["2023-06-27"].startswith("A hiker who was found alive in the forest")
    # what someone said, without its "that"
    assert labels["2023-06-28"] == "Hale arrived in Beirut"


def test_a_label_cut_from_what_it_tells_is_the_sentence_from_its_start(tmp_path):
    """Labels found cut on real pages: a preposition left hanging, a verb without its subject,
    a few words with no verb, a saying without what was said, a list cut at its first comma."""
    story = invented_story(tmp_path, {
        "a": "Acme's roots date back to 1968, when the first shop opened in Lakeland.\n\n"
             "For the first nine months of 2023, the company reported a loss of $19 million.\n\n"
             "In May 2023, however, Ann Lee, the former chief executive, made the decision to add the item.\n\n"
             "Earlier this year, Acme co-owner Thai Union Group, a seafood supplier, announced its exit.\n\n"
             "NAIROBI, Oct 6 (Reuters) \u2013 The World Health Organization (WHO) said on Wednesday the "
             "vaccine should be given widely.\n\n"
             "The chain said in a court filing late Sunday that it has more than 100,000 creditors.\n\n"
             "Since 2019, doses have been given to infants in Ghana, Kenya and Malawi in a pilot.\n\n"
             "Arriving in Kyiv on Monday, she thanked the mediators.\n\n"
             "Roe met the premier, Bob Stone, who May held talks with last month before the visit.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2024-05-08")
    labels = sorted(e.label for e in story.events)
    assert labels == [
        "Acme co-owner Thai Union Group, a seafood supplier, announced its exit",
        "Acme's roots date back to 1968, when the first shop opened in Lakeland",
        "Arriving in Kyiv, she thanked the mediators",
        "For the first nine months of 2023, the company reported a loss of $19 million",
        "However, Ann Lee, the former chief executive, made the decision to add the item",
        "Roe met the premier, Bob Stone, who May held talks with last month before the visit",
        "Since 2019, doses have been given to infants in Ghana, Kenya and Malawi",
        "The World Health Organization (WHO) said the vaccine should be given widely",
        "The chain said in a court filing that it has more than 100,000 creditors",
    ]


def test_those_listed_after_an_object_of_with_or_over_are_not_in_the_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The minister resigned on Wednesday over meetings with foreign politicians, including Bob Stone.\n\n"
             "The regime freed 123 prisoners on Saturday, including Ann Lee.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2024-05-08")
    assert sorted((e.date, e.people) for e in story.events) == [("2024-05-04", ("ann-lee",)), ("2024-05-08", ())]


def test_what_was_only_expected_or_is_supposed_is_not_dated_as_a_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "After the judge told the courtroom the jury would be dismissed, the expectation was that "
             "the jurors would resume their deliberations on Friday.\n\n"
             "The verdict does not stop him from returning to the White House should he win in November.\n\n"
             "The jurors reached a verdict on Thursday.\n",
    }, {}, published="2024-05-31")
    assert [e.date for e in story.events] == ["2024-05-30"]


def test_a_happening_of_a_known_kind_is_no_reaction_because_its_report_says_who_told_of_it(tmp_path):
    """Nor is a label telling what happened ("Tom Hale will serve as chief again, the company
    said"), nor a strike "near the border" a journey; someone's quoted words stay a reaction."""
    story = invented_story(tmp_path, {
        "a": "A jury convicted Ann Lee on Thursday of all 34 counts, prosecutors said.\n",
        "b": "Ann Lee was convicted on Thursday, the court said in a statement.\n",
        "c": "Bob Stone said on Thursday he welcomed the verdict.\n",
        "d": "A powerful earthquake struck a mountain region near the border on Thursday, killing 1,000 people.\n",
        "e": "Tom Hale will serve as chief executive again, the company said in a statement on Thursday.\n",
        "f": "\u201cThis is a very sad day for all of us,\u201d Dan Kim said on Thursday.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone", "tom-hale": "Tom Hale", "dan-kim": "Dan Kim"},
        published="2024-05-31")
    topics = {e.label: e.topic for e in story.events if e.date == "2024-05-30"}
    assert [topic for label, topic in topics.items() if "convicted" in label] == ["What happened"]
    assert [topic for label, topic in topics.items() if "welcomed" in label] == ["Reactions"]
    assert [topic for label, topic in topics.items() if "earthquake" in label] == ["What happened"]
    assert [topic for label, topic in topics.items() if "chief executive" in label] == ["What happened"]
    assert [topic for label, topic in topics.items() if "sad day" in label or "Kim" in label] == ["Reactions"]


def test_a_label_ending_on_asked_is_the_sentence_from_its_start(tmp_path):
    story = invented_story(tmp_path, {
        "a": "On Tuesday morning, the jury asked for the court for a rereading of the testimony.\n",
    }, {}, published="2024-05-08")
    assert [e.label for e in story.events] == ["The jury asked for the court for a rereading of the testimony"]


def test_a_label_of_a_day_set_for_something_says_the_day_set(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Judge Ann Lee set sentencing for July 11, just days before the convention.\n\n"
             "The vote was set for Friday.\n",
    }, {"ann-lee": "Ann Lee"}, published="2024-05-08")
    assert sorted(e.label for e in story.events) == ["Judge Ann Lee set sentencing for July 11", "The vote was set for Friday"]


def test_a_label_leaves_out_a_span_of_days_whole_keeps_a_span_of_years_and_a_month_with_its_part(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Talks between the two were held March 6-10 by top security officials in the capital.\n\n"
             "It was Ann Lee's third bid after she narrowly lost out in elections in 2008 and 2012.\n\n"
             "Since Bob Stone took over as chief executive in late February 2020, the shares have fallen.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2023-03-11")
    labels = {e.date: e.label for e in story.events}
    assert labels["2023-03-06"] == "Talks between the two were held by top security officials in the capital"
    assert labels["2008"] == "Ann Lee narrowly lost out in elections in 2008 and 2012"
    assert labels["2020-02"] == "Since Bob Stone took over as chief executive"


def test_a_label_cut_from_its_subject_or_left_on_a_span_measuring_what_follows_is_not_shown(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The deal was a result of talks in the capital that began Monday as part of an initiative by the envoy.\n\n"
             "Ann Lee debuted in 1992 for Australia and retired in 2007.\n\n"
             "Bob Stone conceded defeat on Wednesday two days after a hotly contested election.\n\n"
             "The court on Tuesday ordered a new vote within 60 days after the ruling.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone", "tom-hale": "Tom Hale"}, published="2023-03-11")
    labels = {e.date: e.label for e in story.events}
    assert labels["2023-03-06"].startswith("The deal was a result of talks in the capital that began")
    assert labels["2007"] == "Ann Lee retired"  # (not "Australia and retired", nor the 1992 debut under 2007)
    assert labels["2023-03-08"] == "Bob Stone conceded defeat"
    assert labels["2023-03-07"] == "The court ordered a new vote within 60 days"


def test_the_date_of_a_saying_set_after_a_report_that_opens_on_its_own_date_dates_nothing(tmp_path):
    """"On Saturday, surgeons completed the operation, doctors said Thursday morning": one
    happening, on Saturday; an attribution's "issued on Sunday night in the US" ends the sentence."""
    story = invented_story(tmp_path, {
        "a": "On Saturday, a team of surgeons completed a four-hour operation, doctors said at a press "
             "conference Thursday morning.\n\n"
             "Ann Lee will serve as chief executive for the next two years, the company said in a statement "
             "issued on Sunday night in the US.\n",
    }, {"ann-lee": "Ann Lee"}, published="2024-03-21")
    assert {e.date: e.label for e in story.events} == {
        "2024-03-16": "A team of surgeons completed a four-hour operation",
        "2024-03-17": "Ann Lee will serve as chief executive",
    }



def test_of_two_days_as_busy_the_busiest_is_the_one_nearest_the_reports(tmp_path):
    """A death on Friday told by reports of the weekend, and a family's statement on Monday told
    by a report of Tuesday: the story's day is Friday, not the later Monday."""
    from explainer.findings.timeline.events import busiest_day

    story = invented_story(tmp_path, {
        "a": "Ann Lee died on Friday in a hotel, her manager said.\n",
        "b": "Tributes were paid to the cricketer across the country.\n",
        "c": "The family of the cricketer thanked the public on Monday.\n",
    }, {"ann-lee": "Ann Lee"}, published="2022-03-05")
    (tmp_path / "seeds" / "c.yaml").write_text("outlet: Outlet c\npublished: 2022-03-08\n", encoding="utf-8")
    story = build_story(tmp_path / "seeds", tmp_path / "people")
    assert sorted(e.date for e in story.events) == ["2022-03-04", "2022-03-07"]
    # One sentence a day is no day most reports are about.
    assert busiest_day(story.events, tuple(s.published for s in story.sources)) is None
    (tmp_path / "seeds" / "b.txt").write_text("Ann Lee was found dead on Friday in a hotel room.\n", encoding="utf-8")
    (tmp_path / "seeds" / "c.txt").write_text(
        "The family of the cricketer thanked the public on Monday.\n\nThe family spoke on Monday of their grief.\n",
        encoding="utf-8")
    story = build_story(tmp_path / "seeds", tmp_path / "people")
    assert busiest_day(story.events, tuple(s.published for s in story.sources)) == "2022-03-04"
    assert story.busiest_day == "2022-03-04"


def test_a_who_clause_about_someone_unnamed_is_labelled_with_their_description(tmp_path):
    """"..., the 72-year-old party leader, who had already claimed victory on Thursday": the
    leader claimed victory (not the crowds of the main clause, nor a saying "claimed ...");
    "As he claimed victory early" alone has left behind the clause it leads into."""
    story = invented_story(tmp_path, {
        "a": "Crowds gathered outside the house of the 72-year-old party leader, who had already claimed "
             "victory on Thursday, a day after the vote.\n",
        "b": "As he claimed victory early on Wednesday, the winner urged voters to come together.\n",
    }, {}, published="2016-12-10")
    labels = {e.date: e.label for e in story.events}
    assert labels["2016-12-08"] == "The 72-year-old party leader had already claimed victory"
    assert labels["2016-12-07"].startswith("As he claimed victory, the winner urged voters")


def test_a_label_holds_the_happening_not_the_phrase_leading_into_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "In a motion filed on Monday, prosecutors requested a bond of $1 million for Ann Vale.\n\n"
             "One month after the fatal shooting of the singer, police arrested a man, the chief announced Friday.\n\n"
             "At Thursday's press conference, the sergeant said the singer was a bystander.\n\n"
             "She stood in the elections two years later, in 2017, however she was unsuccessful in obtaining a seat.\n\n"
             "The council called on the deputy to take office through 2020.\n\n"
             "Jo Roe scored all the points for a side which repeated its 1995 success over the champions and denied "
             "them a title.\n",
    }, {"ann-vale": "Ann Vale"}, published="2019-07-16")
    labels = {e.date: e.label for e in story.events}
    assert labels["2019-07-15"].startswith("In a motion filed, prosecutors requested a bond")
    assert labels["2019-07-12"] == "Police arrested a man"
    assert labels["2019-07-11"].startswith("At Thursday's press conference, the sergeant said")
    assert labels["2017"] == "She stood in the elections two years later"
    assert labels["2020"] == "The council called on the deputy to take office"
    assert labels["1995"].startswith("The 1995 success over the champions")


def test_a_plural_verb_after_two_people_is_not_labelled_with_one_of_them(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Jo Roe, 35, and Ann Vale, 63, were offered the chance to greet passengers on Monday.\n",
    }, {"ann-vale": "Ann Vale"}, published="2019-07-16")
    [event] = story.events
    assert not event.label.startswith("Ann Vale were") and "Jo Roe" in event.label


def test_a_transcripts_speaker_tag_is_no_part_of_a_label(tmp_path):
    story = invented_story(tmp_path, {"a": "JO ROE: The flight was recorded by the rover on Monday.\n"}, {},
                           published="2019-07-16")
    assert [e.label for e in story.events] == ["The flight was recorded by the rover"]


def test_an_age_beside_a_name_does_not_cut_the_clause_and_a_harm_against_someone_is_not_theirs(tmp_path):
    people = {"ann-vale": "Ann Vale", "tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Chief Mia Lund revealed at a news conference Friday that officers had arrested Tom Hale, 33, Thursday "
        "night on a murder charge.\n\n"
        "Last month, a jury convicted Tom Hale, 67, of third-degree rape against former actress Ann Vale.\n"
    )}, people, published="2019-07-16")
    thursday = next(e for e in story.events if e.date == "2019-07-11")
    assert "tom-hale" in thursday.people
    june = next(e for e in story.events if e.date == "2019-06")
    assert june.people == ("tom-hale",)


def test_a_dateline_naming_only_the_place_is_no_part_of_a_label(tmp_path):
    story = invented_story(tmp_path, {"a": "LARISA, Greece \u2013 Rescuers searched on Monday for survivors of the crash.\n"},
                           {}, published="2019-07-16")
    assert [e.label for e in story.events] == ["Rescuers searched for survivors of the crash"]


@pytest.mark.parametrize("dateline", ["RIVERTON, Ore. (KTVX) \u2014 ", "RIVERTON, Oregon (Reuters) -", "RIVERTON-"])
def test_a_dateline_with_a_shortened_state_or_an_unspaced_dash_is_no_part_of_a_label(tmp_path, dateline):
    story = invented_story(tmp_path, {"a": dateline + "Rescuers searched on Monday for survivors of the crash.\n"},
                           {}, published="2019-07-16")
    assert [e.label for e in story.events] == ["Rescuers searched for survivors of the crash"]


def test_a_label_keeps_no_local_time_an_opening_circumstance_or_a_subjectless_died(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "They were flown out of Tehran on a jet to Doha on Monday afternoon local time, the official said.\n\n"
        "Under yet unclarified circumstances near the city on Sunday night, a passenger train ended up on "
        "a freight train's track.\n\n"
        "The singer, whose career spanned seven decades, died at her home in Detroit at 9.50am on Saturday, "
        "her publicist said.\n"
    )}, {}, published="2019-07-16")
    labels = {e.date: e.label for e in story.events}
    assert labels["2019-07-15"] == "They were flown out of Tehran on a jet to Doha"
    assert labels["2019-07-14"].startswith("Under yet unclarified circumstances near the city, a passenger train")
    assert labels["2019-07-13"].startswith("The singer")


def test_the_place_a_place_lies_in_does_not_cut_the_clause(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "The freed citizens landed in Fort Belvoir, Va., before dawn Monday and were greeted by loved ones.\n"
    )}, {}, published="2019-07-16")
    [event] = story.events
    assert event.label.startswith("The freed citizens landed in Fort Belvoir")


def test_a_label_leaves_no_late_or_early_of_its_date_and_keeps_the_subject_of_a_gerund(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The late-Friday earthquake cracked open buildings made of mud brick, stone and wood.\n\n"
             "The quake that struck in the mountains late on Thursday night damaged old buildings in the city.\n",
        "b": "Rescuers searching for survivors dug through the rubble of collapsed houses on Wednesday.\n\n"
             "The giant new rocket exploded minutes after blasting off on its first test flight Tuesday and "
             "crashed into the sea.\n",
    }, {}, published="2023-09-09")
    labels = {e.date: e.label for e in story.events}
    assert labels["2023-09-08"] == "The earthquake cracked open buildings made of mud brick"
    assert labels["2023-09-07"] == "The quake that struck in the mountains damaged old buildings in the city"
    assert labels["2023-09-06"] == "Rescuers searching for survivors dug through the rubble of collapsed houses"
    assert labels["2023-09-05"].startswith("The giant new rocket exploded minutes after blasting off")


def test_a_denial_in_what_someone_said_dates_nothing_it_denies(tmp_path):
    """ "Lee maintained he had not pulled the trigger ... on June 7, 2021" tells no happening on
    7 June 2021; the statement itself, "at the courthouse Friday", did happen."""
    dates = candidate_dates(
        tmp_path,
        "In a short statement at the courthouse Friday, Lee maintained he had not pulled the trigger "
        "at the family's estate on June 7, 2021.\n\n"
        "Stone said he was arrested on June 8, 2021.\n",
        "2023-03-04",
    )
    assert dates == ["2021-06-08", "2023-03-03"]


def test_a_day_a_plan_was_originally_set_for_dates_nothing(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "Lawmakers voted 76-13 to approve the bill on Tuesday, in a ballot originally scheduled for March 9 "
        "but moved up.\n\n"
        "The final vote is scheduled for March 16.\n",
        "2023-03-08",
    )
    assert dates == ["2023-03-07", "2023-03-16"]


def test_a_date_after_someones_happening_that_bounds_the_clause_does_not_date_it(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "Prior to Stone's arrest earlier this year, he accused Lee of causing the collapse of his firm.\n\n"
        "Lee was arrested earlier this year.\n",
        "2023-11-22",
    )
    assert dates == ["2023"]


def test_a_trailing_according_to_with_its_date_labels_the_event_by_what_it_reports(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The exchange has agreed to pay about $4.3 billion to settle the inquiries, according to a press "
             "release from the agency on Tuesday.\n",
    }, {}, published="2023-11-22")
    [event] = story.events
    assert (event.date, event.label) == ("2023-11-21", "The exchange has agreed to pay about $4.3 billion to settle the inquiries")


def test_whom_a_question_is_about_is_not_in_the_happening(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Ann Lee ignored questions about Bob Stone as she arrived at the rally on Tuesday.\n\n"
             "Ann Lee met Bob Stone on Wednesday.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2018-08-23")
    people = people_by_date(story)
    assert people["2018-08-21"] == ("ann-lee",)
    assert people["2018-08-22"] == ("ann-lee", "bob-stone")


def test_the_subject_after_a_dateline_is_in_the_happening(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "RIVERTON, Ore. (KTVX) - Former Riverton Governor Jo Roe and his wife, Mary, were found guilty in "
        "federal court Thursday of conspiring to use the office for gain.\n")},
        {"jo-roe": "Jo Roe"}, published="2019-07-16")
    assert [e.people for e in story.events] == [("jo-roe",)]


def test_a_weekday_that_is_the_subject_or_names_a_thing_stays_in_the_label(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "A gunman killed 49 people and wounded more than 20 during Friday prayers at two mosques in the "
        "country's worst ever mass shooting.\n\n"
        "The crowd met on Friday at the square.\n\n"
        "Ms Lee said Friday was one of the darkest days.\n")}, {}, published="2019-03-16")
    assert sorted(e.label for e in story.events) == [
        "A gunman killed 49 people and wounded more than 20",  # (not "... more than 20 prayers")
        "Ms Lee said Friday was one of the darkest days",
        "The crowd met at the square",
    ]


def test_a_label_keeps_what_was_made_known(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "In 2017, the credit company Acme disclosed that hackers had stolen the data of 147 million people.\n\n"
        "The leader told Acme chief Bob Stone on Wednesday that the country was at war.\n")},
        {}, published="2019-07-29")
    labels = sorted(e.label for e in story.events)
    assert labels[0].startswith("The credit company Acme disclosed that hackers had stolen")
    assert labels[1].startswith("The leader told Acme chief Bob Stone that the country was at war")


def test_a_label_keeps_a_span_of_days_and_drops_a_quarter_of_the_year_left_out(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "The surge of water overnight from Sunday to Monday broke two dams upstream, residents reported.\n\n"
        "The sale is expected to close in the second or third quarter of next year and is still subject to a vote.\n")},
        {}, published="2023-09-14")
    assert sorted(e.label for e in story.events) == [
        "The sale is expected to close and is still subject to a vote",
        "The surge of water overnight from Sunday to Monday broke two dams upstream",
    ]


def test_a_label_keeps_what_a_jury_determined(tmp_path):
    story = invented_story(tmp_path, {"a": "A federal jury on Friday determined that Bob Stone must pay $148 million.\n"},
                           {}, published="2023-12-16")
    assert [e.label for e in story.events] == ["A federal jury determined that Bob Stone must pay $148 million"]


def test_a_dateline_with_a_dotted_agency_and_a_dates_own_weekday_are_no_part_of_a_label(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "RIVERTON, Texas (KTVX.COM) - A standoff at a church in Riverton on Saturday, January 15 ended after "
        "nearly 11 hours.\n")}, {}, published="2022-01-16")
    assert [e.label for e in story.events] == ["A standoff at a church in Riverton ended after nearly 11 hours"]


def test_a_datelines_date_after_a_shortened_state_is_no_part_of_a_label(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "RIVERTON, W.Va., Jan. 2 -- An early-morning explosion at a coal mine Monday trapped 13 miners.\n")},
        {}, published="2006-01-03")
    assert [e.label for e in story.events] == ["An early-morning explosion at a coal mine trapped 13 miners"]


def test_alone_left_of_a_left_out_year_is_dropped_from_the_label(tmp_path):
    story = invented_story(tmp_path, {"a": "In 2021 alone, Acme spent more than $26 billion on such deals.\n"},
                           {}, published="2024-08-06")
    assert [e.label for e in story.events] == ["Acme spent more than $26 billion on such deals"]


def test_a_participle_closing_the_sentence_after_its_date_is_not_the_label(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Ann Lee scored the only goal in the final, in Riverton on Saturday, June 10, securing a historic treble.\n\n"
        "Arriving in Riverton on June 5, the minister met troops.\n")},
        {"ann-lee": "Ann Lee"}, published="2023-06-11")
    labels = {e.date: e.label for e in story.events}
    assert labels["2023-06-10"].startswith("Ann Lee scored the only goal in the final")
    assert labels["2023-06-05"] == "Arriving in Riverton, the minister met troops"  # (the opening leads into the happening)


def test_a_title_opening_a_sentence_is_the_one_named_after_it_not_the_last_subject(tmp_path):
    people = {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}
    story = invented_story(tmp_path, {
        "a": "The country's president, Ann Lee, is being held by the army.\n\n"
             "The president has not been seen since Sunday morning.\n\n"
             "The coup leader, also head of the special forces, Col Bob Stone, announced on Sunday that the "
             "constitution had been suspended.\n",
    }, people, published="2021-09-06")
    [announced] = [e for e in story.events if "announced" in e.label]
    assert announced.people == ("bob-stone",)


def test_a_day_naming_what_was_being_done_stays_in_the_label(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Pastor Bob Stone was teaching Sunday school at the church when he heard a helicopter pass overhead.\n",
    }, {"bob-stone": "Bob Stone"}, published="2020-01-27")
    [event] = story.events
    assert event.date == "2020-01-26" and "Sunday school" in event.label


def test_two_verbs_of_one_subject_are_each_their_own_dates_label(tmp_path):
    people = {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}
    story = invented_story(tmp_path, {
        "a": "Ann Lee starred opposite Bob Stone in the 1997 romantic comedy Fools Rush In and appeared with Jo "
             "Roe in the 2009 comedy drama 17 Again.\n\n"
             "Bob Stone was stabbed repeatedly and shot in 2008.\n\n"
             "Ann Lee was convicted of tax evasion and attempted tax evasion in 2002.\n",
    }, people, published="2023-10-29")
    labels = {e.date: e.label for e in story.events}
    assert labels["1997"] == "Ann Lee starred opposite Bob Stone in the romantic comedy Fools Rush In"
    assert labels["2009"] == "Ann Lee appeared with Jo Roe in the comedy drama 17 Again"
    assert labels["2008"] == "Bob Stone was shot"
    assert "attempted" not in labels["2002"].split()[:3]  # (a list after "of", not a second verb)


def test_a_title_case_dateline_is_no_part_of_a_label(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Calais, France \u2013 On Wednesday, the Supreme Court unanimously ruled that the plan is unlawful.\n",
        "b": "Jakarta (AsiaNews) - More than 160 people died when a tsunami struck the coast on Sunday.\n",
    }, published="2023-11-16")
    labels = sorted(e.label for e in story.events)
    assert labels == ["A tsunami struck the coast", "The Supreme Court unanimously ruled that the plan is unlawful"]


def test_a_which_clause_after_a_comma_is_labelled_with_the_thing_before_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The team bought the stadium, which opened in 1990.\n\n"
             "The committee raised the rate, which has remained under 1 percent since 2009.\n\n"
             "PSG triggered the release clause in the forward's contract, which was more than double the record "
             "set in 2017.\n",
    }, published="2023-01-21")
    labels = {e.date: e.label for e in story.events}
    assert labels["1990"] == "The stadium opened"
    assert labels["2009"].startswith("The rate has remained under 1 percent")
    assert not labels["2017"].startswith("Forward's contract")  # (the clause or the contract: unsure)


def test_who_after_someone_else_is_not_the_sentences_subject_in_a_label(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Bob Stone said he was told the men who broke into the home on Tuesday had guns.\n",
    }, {"bob-stone": "Bob Stone"}, published="2014-08-20")
    assert not any(e.label.startswith("Bob Stone broke into") for e in story.events)


def test_a_verbs_particle_and_a_months_year_are_no_part_of_the_date_left_out(tmp_path):
    story = invented_story(tmp_path, {
        "a": "France stepped in in 2013 to drive back the rebels.\n\n"
             "The last vote took place in May of last year.\n\n"
             "Ann Lee will be sworn in in January.\n",
    }, {"ann-lee": "Ann Lee"}, published="2022-01-31")
    labels = sorted(e.label for e in story.events)
    assert labels == ["Ann Lee will be sworn in", "France stepped in to drive back the rebels", "The last vote took place"]


def test_for_inside_the_subject_before_any_verb_does_not_cut_the_label(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The representative for the West African bloc was also expelled from the country earlier this month.\n",
    }, published="2022-01-31")
    [event] = story.events
    assert event.label.startswith("The representative for the West African bloc was also expelled")


def test_a_who_clause_holding_the_date_is_labelled_with_the_name_before_it(tmp_path):
    """ "... it is the actor Mia Roe who went missing six days ago": she went missing then, not
    the body found today; nothing of the kind for a place before "who" ("from Dale in Kent who")."""
    story = invented_story(tmp_path, {
        "a": "Police have confirmed they have found a body in the lake and they are confident it is the actor Mia Roe "
             "who went missing six days ago.\n\n"
             "The bomber was a man from Dale in Kent who joined the group in 2018.\n",
    }, published="2020-07-14")
    labels = {e.date: e.label for e in story.events}
    assert labels["2020-07-08"] == "Mia Roe went missing"
    assert not labels.get("2018", "").startswith("Kent")


def test_what_the_outlet_calls_false_dates_no_happening(tmp_path):
    """ "lies that the shooting was a hoax", "incorrectly telling police that a phone was stolen in
    2013": the site must not state the lie as a happening; "wrongly convicted in 1999" happened,
    and a year naming a thing inside the lie ("the 2020 election") still names it."""
    story = invented_story(tmp_path, {
        "a": "A jury decided on Wednesday that Roe must pay $965 million for spewing lies that the 2012 Dale Hill "
             "elementary school shooting was a hoax.\n\n"
             "Lee resigned after admitting a criminal offence tied to her incorrectly telling police that a work phone "
             "was stolen in 2013.\n\n"
             "He was wrongly convicted in 1999.\n\n"
             "He repeated false claims that fraud had decided the 2020 presidential election.\n",
    }, published="2022-10-12")
    labels = {e.date: e.label for e in story.events}
    assert "2013" not in labels and "hoax" not in labels.get("2012", "")
    assert "1999" in labels and "2020" in labels


def test_a_closing_having_clause_after_another_subjects_with_clause_is_not_the_subjects(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Bob Stone pulled a goal back late on, with Ann Lee going on to clinch her second trophy as manager, "
             "having taken over in July 2022.\n\n"
             "Dan Kim paid tribute to Professor Bob Stone this morning, having won an award in 2015 for playing him.\n",
    }, {"bob-stone": "Bob Stone", "ann-lee": "Ann Lee", "dan-kim": "Dan Kim"}, published="2024-05-25")
    people = {e.date: e.people for e in story.events}
    assert "bob-stone" not in people["2022-07"]
    assert people["2015"] == ("dan-kim",)


def test_an_opening_participle_phrase_holding_the_date_leads_into_the_labelled_clause(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Speaking to the media on Friday morning, Ann Lee described the rioters as violence-loving cowards.\n",
    }, {"ann-lee": "Ann Lee"}, published="2023-11-24")
    [event] = story.events
    assert event.label.startswith("Speaking to the media, Ann Lee described the rioters")


def test_a_harm_named_with_its_date_after_another_verb_labels_the_event(tmp_path):
    """ "found guilty ... of the fatal shooting of Akai Roe in November 2014": November 2014 is
    the shooting's, so the event under it is the shooting, not the verdict."""
    story = invented_story(tmp_path, {
        "a": "Pat Lee was also found guilty of official misconduct in relation to the fatal shooting of "
             "Akai Roe in November 2014.\n\nPat Lee shot Akai Roe in November 2014.\n",
    }, {"pat-lee": "Pat Lee", "akai-roe": "Akai Roe"}, published="2016-02-11")
    labels = sorted(e.label for e in story.events)
    assert labels == ["Pat Lee shot Akai Roe", "The fatal shooting of Akai Roe"]


def test_a_year_naming_a_thing_before_a_spaced_hyphen_labels_that_thing(tmp_path):
    """ "24,000 more than Mr Roe's 2015 total - while ...": 2015 is the total's, not the votes'."""
    story = invented_story(tmp_path, {
        "a": "Ann Lee racked up 275,780 votes in total - 24,000 more than Mr Roe\u2019s 2015 total - while "
             "Bob Stone came third.\n",
    }, {"ann-lee": "Ann Lee", "jo-roe": "Jo Roe", "bob-stone": "Bob Stone"}, published="2020-04-04")
    assert [(e.date, e.label) for e in story.events] == [("2015", "Roe\u2019s 2015 total")]


def test_a_datelines_bullet_is_no_part_of_a_label(tmp_path):
    """ "HARARE \u2022 Zimbabwe's military seized power on Tuesday": the place and its bullet are the
    report's dateline, as a dash is."""
    story = invented_story(tmp_path, {
        "a": "HARARE \u2022 Zimbabwe's military seized power on Tuesday.\n\n"
             "GILROY, Calif. \u2022 A gunman opened fire on Sunday.\n",
    }, {}, published="2017-11-16")
    assert sorted(e.label for e in story.events) == ["A gunman opened fire", "Zimbabwe's military seized power"]


def test_a_record_a_year_alternative_and_a_period_told_again_date_nothing():
    """ "the youngest champion since 1986" reaches back as "the worst since 1968" does; "the
    vintages of 1980 or 2008" is one year or the other; "through the first quarter of 2023" is
    the part of a year a state lasts to, and ", which equates to the end of March" tells it again."""
    from explainer.findings.timeline.candidates import _alternatives, _bounds_another
    from explainer.language.dates import find_dates

    published = dt.date(2023, 7, 16)
    record = "He became the youngest man to lift the trophy since 1986."
    assert [m.text for m in find_dates(record, published) if _bounds_another(record, m)] == ["1986"]
    either = "It was not a classic from the rare vintages of 1980 or 2008, but a fine final."
    found = find_dates(either, published)
    assert found and _alternatives(either, found) == found
    frozen = "Meta will extend its hiring freeze through the first quarter of 2023, which equates to the end of March."
    assert all(_bounds_another(frozen, m) for m in find_dates(frozen, dt.date(2022, 11, 9)))
    assert find_dates(frozen, dt.date(2022, 11, 9))
    held = "He has been in prison since 2020 and was moved in March, which angered his family."
    assert not any(_bounds_another(held, m) for m in find_dates(held, dt.date(2024, 3, 9)))


def test_the_latter_is_not_the_subject_of_the_sentence(tmp_path):
    """ "as the latter never lost on its court since 2015" is not about the sentence's subject."""
    story = invented_story(tmp_path, {"a": (
        "With this, Ann Ray ended Bob Lee's long reign at the club, as the latter never lost on its court since 2015.\n"
    )}, {"bob-lee": "Bob Lee", "ann-ray": "Ann Ray"}, published="2025-07-28")
    [reign] = [e for e in story.events if e.date == "2015"]
    assert "ann-ray" not in reign.people


def test_the_level_a_change_is_measured_from_and_a_harm_to_someone_unnamed(tmp_path):
    """ "increased by $1111, from $2697 in April 2022", "a jump from the $2,306 level of early May
    2022" and "will add $1000 compared with repayments in April 2022": the moment a change is
    measured from, no happening; "arrested two men in the fatal shooting of an officer Thursday
    night": Thursday is the shooting's, not the arrest's. A figure of its own after "compared with"
    ("10.62 million in 2021") is dated by its year."""
    story = invented_story(tmp_path, {"a": (
        "The hike will add more than $1000 to the average monthly mortgage compared with repayments in April 2022.\n\n"
        "The average monthly repayment has increased by $1111, from $2697 in April 2022 to $3808 in March 2023.\n\n"
        "Repayments will climb by $93, marking a 46 per cent jump from the $2,306 level of early May 2022.\n\n"
        "Some 9.56 million babies were born last year, compared with 10.62 million in 2021.\n\n"
        "State police have arrested two men in the fatal shooting of an officer Thursday night, the agency said.\n"
    )}, published="2023-03-10")  # a Friday
    assert sorted(e.date for e in story.events) == ["2021", "2022", "2023-03", "2023-03-09"]
    [shooting] = [e for e in story.events if e.date == "2023-03-09"]
    assert "arrested" not in shooting.label and "shooting" in shooting.label


def test_a_reaction_to_a_happening_is_another_happening(tmp_path):
    """ "Ann Ray congratulated India on Wednesday on the success of the probe" is her
    congratulation, not the probe's landing that Wednesday."""
    story = invented_story(tmp_path, {"a": (
        "India's probe reached the Moon's surface on Wednesday, making India the fourth country to land there.\n\n"
        "President Ann Ray congratulated India on Wednesday on the success of the probe, calling it a great day.\n"
    )}, {"ann-ray": "Ann Ray"}, published="2023-08-23")
    wednesday = [e for e in story.events if e.date == "2023-08-23"]
    assert len(wednesday) == 2
    [landing] = [e for e in wednesday if "reached" in e.label]
    assert "ann-ray" not in landing.people


def test_an_initialisms_stops_do_not_cut_the_thing_a_year_names(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "In winning his first title, to go with his 2022 U.S. Open triumph against Bob Lee, Roe erased any doubts.\n"
    )}, published="2023-07-16")
    [event] = [e for e in story.events if e.date == "2022"]
    assert event.label.startswith("His 2022 U.S. Open triumph")


def test_a_day_before_after_being_tells_of_another_happening_and_makes_no_disagreement(tmp_path):
    """ "was on her way home on Friday after being released" dates the journey, not the release
    another outlet dates Thursday: no disagreement between the two."""
    story = invented_story(tmp_path, {
        "a": "Jane Roe was released on Thursday in a one-for-one prisoner swap, officials said.\n",
        "b": "Jane Roe was on her way back home on Friday after being released from a prison in exchange for a dealer.\n",
    }, {"jane-roe": "Jane Roe"}, published="2022-12-09")
    assert not any(e.conflict for e in story.events)



def test_the_year_a_beaten_record_was_set_dates_nothing_the_sentence_tells(tmp_path):
    """ "eclipsing the 1:52.98 set by Ann Ray in 2009" and "bettering Bob Lee's 7:38.65 in 2005":
    the year the record beaten was set, not the year it was beaten, nor anything its setter did
    with the swimmer who beat it."""
    story = invented_story(tmp_path, {"a": (
        "Roe clocked one minute 52.85 seconds, eclipsing the 1:52.98 set by Italian Ann Ray in the supersuit era in 2009.\n\n"
        "Jo Short touched in 7:37.76, bettering Bob Lee's 7:38.65 in 2005.\n\n"
        "Lee's time in 2005 was 7:38.65.\n"
    )}, {"jane-roe": "Jane Roe", "ann-ray": "Ann Ray", "bob-lee": "Bob Lee"}, published="2023-07-27")
    assert [e.date for e in story.events] == ["2005"]
    assert "Lee's time" in story.events[0].label


def test_up_to_and_including_a_day_is_a_bound():
    from explainer.findings.timeline.candidates import _bounds_another
    from explainer.language.dates import find_dates

    published = dt.date(2023, 7, 23)
    for sentence in ("Jet2 cancelled all flights to Rhodes up to and including on Tuesday.",
                     "TUI has cancelled all flights up to and including July 25."):
        found = find_dates(sentence, published)
        assert found and all(_bounds_another(sentence, m) for m in found)


def test_a_label_leaves_no_preposition_before_a_cut_relative_clause_no_spans_approximation_and_is_no_title_alone(tmp_path):
    story = invented_story(tmp_path, {
        "a": "In February, Acme disclosed a hack in which around $1.5 billion of tokens were stolen.\n\n"
             "Jo Roe, who was abducted almost two years ago in neighbouring Mali, was freed.\n\n"
             "Roe will release her 11th studio album, The Tortured Poets Department, on April 19.\n\n"
             "Investigators had found few clues by late Monday beyond a burnt-out car near the museum.\n",
    }, {"jo-roe": "Jo Roe"}, published="2023-03-21")
    labels = {e.date: e.label for e in story.events}
    assert labels["2023-02"] == "Acme disclosed a hack"
    assert labels["2021"] == "Jo Roe was abducted in neighbouring Mali"
    assert labels["2023-04-19"].startswith("Roe will release her 11th studio album")
    assert labels["2023-03-20"] == "Investigators had found few clues beyond a burnt-out car near the museum"


def test_the_year_a_superlative_ranks_within_dates_nothing(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "The biggest-selling song of 2023 in the UK also won her the award on Sunday.\n\n"
        "The most watched final of the year 2022 also brought her a prize, and she won the award in 2021.\n\n"
        "Jo Roe ran 9.82 seconds, the fastest 100m of 2017, at the collegiate meeting.\n",
        "2024-02-06",
    )
    # (after a verb, the superlative ranks what the clause tells: Roe's run was 2017's)
    assert dates == ["2017", "2021", "2024-02-04"]


def test_a_year_just_gone_after_a_plural_in_a_present_perfect_clause_dates_nothing(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "Jo Roe has been handed an immediate three-month ban over two positive drug tests last year.\n\n"
        "Jo Roe won two titles last year.\n",
        "2025-02-16",
    )
    assert dates == ["2024"]


def _quoted(label: str) -> bool:
    """Whether a label is the article's own words in quotation marks: what the rules show when
    they are unsure what happened on the date."""
    return label.startswith("\u201c")


def _dated(story) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each event's date -> (its label, the people its reports are about)."""
    return {e.date: (e.label, tuple(sorted({p for entry in e.entries for p in entry.people}))) for e in story.events}


def test_a_label_leaves_out_a_who_or_which_clause_set_off_by_commas_and_goes_on_past_one(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The 67-year-old TV presenter and healthy living advocate, who has endorsed fasting and offered tips "
             "on sleep and diet, was last seen at 1.30pm on Wednesday.\n\n"
             "Police said the missing man, who had been walking alone on a path above the bay in the afternoon "
             "heat, was found on Sunday.\n\n"
             "However, in May it was announced the Competition Authority, which is responsible for strengthening "
             "business competition in the country, had blocked the deal.\n",
    }, published="2024-06-07")
    labels = {date: label for date, (label, _) in _dated(story).items()}
    assert labels["2024-06-05"] == "The 67-year-old TV presenter and healthy living advocate was last seen at 1.30pm"
    assert labels["2024-06-02"] == "The missing man was found"
    assert labels["2024-05"] == "It was announced the Competition Authority had blocked the deal"


def test_a_date_in_a_clause_told_of_is_that_clauses_not_the_tellers(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Waters gave details about how the shooting transpired on Saturday.\n\n"
             "Waters identified those shot in Friday's attack at the store as Ann Lee, 52.\n\n"
             "Dan Kim described how his world exploded in 2017.\n",
    }, {"tk-waters": "T.K. Waters", "ann-lee": "Ann Lee", "dan-kim": "Dan Kim"}, published="2023-08-28")
    dated = _dated(story)
    assert dated["2023-08-26"] == ("The shooting transpired", ())
    assert "tk-waters" not in dated["2023-08-25"][1] and dated["2023-08-25"][0].startswith("Those shot in the attack")
    assert dated["2017"][1] == ("dan-kim",)  # (his world: the teller's own)


def test_a_label_tells_the_clause_after_since_a_saying_participles_clause_and_what_was_said_not_who_said_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The army said four hostages were rescued in the largest rescue since the war in Gaza began on October 7.\n\n"
             "In November, Mr Orr announced a triple-hike of 75 basis points, declaring he would do so again this month.\n\n"
             "Assistant City Manager Dave Sykes said officials first became aware of the rising water late Tuesday.\n\n"
             "Hostages kidnapped from the Nova festival during the group's 8 April attacks have been rescued.\n\n"
             "Acme was the owner of FTX, which suddenly went bankrupt in November 2022.\n",
    }, published="2024-02-22")
    labels = {date: label for date, (label, _) in _dated(story).items()}
    assert labels["2023-10-07"] == "The war in Gaza began"
    assert labels["2024-02"] == "Declaring he would do so again"
    assert labels["2024-02-20"] == "Officials first became aware of the rising water"
    assert labels["2023-04-08"] == "Hostages kidnapped from the Nova festival during the group's attacks"
    assert labels["2022-11"] == "Acme was the owner of FTX, which suddenly went bankrupt"


def test_a_label_keeps_no_second_date_just_or_bare_noun_where_a_date_was_and_the_day_before_dates_nothing(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Waters said the guns were purchased in April and in June, with the dealers following all laws.\n\n"
             "On Saturday, he drove from Clay County to the university in Jacksonville just after 11:30 a.m.\n\n"
             "Two people were killed in Friday's attack at a store.\n\n"
             "A van is parked outside the store where three people were shot the day before on August 20, 2023.\n",
    }, published="2023-08-28")
    labels = {date: label for date, (label, _) in _dated(story).items()}
    assert labels["2023-04"] == "The guns were purchased"
    assert labels["2023-08-26"] == "He drove from Clay County to the university in Jacksonville"
    assert labels["2023-08-25"] == "Two people were killed in the attack at a store"
    assert "2023-08-20" not in labels


def test_a_pages_date_stamp_glued_to_the_first_word_is_a_dateline(tmp_path):
    dates = candidate_dates(
        tmp_path,
        "February 22, 2017Thousands of residents have been forced from their homes after floods on Tuesday.\n",
        "2017-02-22",
    )
    assert dates == ["2017-02-21"]


def test_a_label_is_no_phrase_of_where_or_how_alone_nor_cut_inside_a_figure_nor_left_hanging(tmp_path):
    story = invented_story(tmp_path, {
        "a": "In midday trading on Wednesday, Acme shares were down almost 15%.\n\n"
             "Jo Roe takes over from Ann Lee as leader after winning 53,806 votes, in a result announced by the "
             "party on Saturday morning.\n\n"
             "Former President Dan Kim, in the first briefing on the peace talks on Thursday, said both sides agreed.\n\n"
             "It was the worst quake in eight years since the devastating 2015 tremors that killed about 9,000 people.\n\n"
             "Members were asked to cast their votes between Oct. 15 and Oct. 31 to decide the winner.\n\n"
             "Acme is best known for its bikes, but it introduced the treadmill about three years ago.\n\n"
             "Those who stayed included 18 soldiers accused of working as mercenaries in the July 2021 "
             "assassination of the president.\n\n"
             "Jo Roe is taking over from Ann Lee who has led the party since 2014.\n",
    }, {"jo-roe": "Jo Roe", "ann-lee": "Ann Lee", "dan-kim": "Dan Kim"}, published="2023-11-06")
    dated = _dated(story)
    assert "ann-lee" in dated["2014"][1]  # (the clause after her name is hers)
    assert dated["2023-11-01"][0] == "In midday trading, Acme shares were down almost 15%"
    assert dated["2023-11-04"][0].startswith("Jo Roe takes over from Ann Lee as leader after winning 53,806 votes")
    assert "ann-lee" not in dated["2023-11-04"][1]  # (whom she takes over from)
    assert dated["2023-11-02"][0].startswith("Former President Dan Kim, in the first briefing on the peace talks, said")
    assert dated["2015"][0] == "The devastating 2015 tremors that killed about 9,000 people"
    assert dated["2023-10"][0] == "Members were asked to cast their votes to decide the winner"
    assert dated["2020"][0] == "Acme is best known for its bikes, but it introduced the treadmill"
    assert "mercenaries in the" in dated["2021-07"][0]


def test_a_label_holds_no_conjunct_of_another_date_and_an_opening_phrase_with_its_own_day_is_its_own(tmp_path):
    """ "winning the Cup in 2023 and the Shield in 2024": each year's label is its own conjunct,
    with the verb they share; "took over in April 2022, won the Cup in 2023": not the takeover
    under 2023; "Following the defeat on Sunday, United announced ... on Monday": Sunday's label
    is the defeat, not the announcement."""
    story = invented_story(tmp_path, {
        "a": "Jo Roe was appointed in April 2022 and led the club to two trophies, winning the Cup in 2023 "
             "and the Shield in 2024.\n\n"
             "Following the 2-1 defeat at Rovers on Sunday, Acme United announced the departure of its coach on "
             "Monday afternoon.\n",
    }, {"jo-roe": "Jo Roe"}, published="2024-10-28")
    labels = {date: label for date, (label, _) in _dated(story).items()}
    assert labels["2023"] == "Winning the Cup"
    assert labels["2024"] == "Winning the Shield"
    assert "2024" not in labels["2022-04"] and "Cup" not in labels["2022-04"]
    (tmp_path / "b").mkdir()
    story = invented_story(tmp_path / "b", {
        "a": "Jo Roe took over the team in April 2022, won the Cup in 2023 and triumphed in the Shield last season.\n",
    }, {"jo-roe": "Jo Roe"}, published="2024-10-28")
    assert _dated(story)["2023"][0] == "Jo Roe won the Cup"
    assert "announced" not in labels["2024-10-27"]
    assert labels["2024-10-28"] == "Acme United announced the departure of its coach"


def test_a_label_keeps_since_with_its_day_the_in_of_a_days_thing_and_the_verb_before_a_list(tmp_path):
    """ "have died since August 30 in the outbreak": not "died since in"; "conceded defeat in
    yesterday's runoff": "in the runoff"; "Kerala shut some schools, offices and transport on
    Wednesday": the verb before the list, not "Offices and transport"; "the June 7, 2021,
    shooting": no comma left where the date was."""
    story = invented_story(tmp_path, {
        "a": "Two infected people have died since August 30 in the state's latest outbreak of the virus.\n\n"
             "Diplomat Ivan Korcok conceded defeat in yesterday's presidential election runoff.\n\n"
             "The southern state of Kerala closed some schools, offices and public transport on Wednesday in a race "
             "to stop the virus.\n\n"
             "Police said the June 7, 2021, shooting happened at night.\n",
    }, published="2023-09-15")
    labels = {date: label for date, (label, _) in _dated(story).items()}
    assert labels["2023-08-30"] == "Two infected people have died since August 30 in the state's latest outbreak of the virus"
    assert labels["2023-09-14"] == "Diplomat Ivan Korcok conceded defeat in the presidential election runoff"
    assert labels["2023-09-13"].startswith("The southern state of Kerala closed some schools, offices and public transport")
    assert labels["2021-06-07"] == "Police said the shooting happened at night"


def test_a_new_subject_after_and_opens_a_happening_of_its_own(tmp_path):
    """ "Lee was arrested in 2022 and Roe had been behind bars for years": the 2022 arrest is
    Lee's alone; "Roe and Lee were arrested in 2019" and "a crowd that included Kim and Lee
    watched on Thursday": both."""
    story = invented_story(tmp_path, {
        "a": "Kim was arrested earlier this year, Al Lee was arrested in 2022 and Jo Roe had been behind bars for "
             "more than five years.\n\n"
             "A large crowd that included President Dan Kim and Al Lee watched on Thursday as the swap ended.\n\n"
             "Jo Roe and Al Lee were arrested in 2019 in Moscow.\n",
    }, {"jo-roe": "Jo Roe", "al-lee": "Al Lee", "dan-kim": "Dan Kim"}, published="2024-08-02")
    dated = _dated(story)
    assert dated["2022"] == ("Al Lee was arrested", ("al-lee",))
    assert dated["2024-08-01"][1] == ("al-lee", "dan-kim")
    assert dated["2019"][1] == ("al-lee", "jo-roe")


def test_a_label_is_not_cut_inside_the_subject_at_during_nor_left_on_later(tmp_path):
    """ "The attorneys who represented Roe during his trial have said they plan to speak Friday":
    not "His trial have said ..."; "in a phone call later Thursday": no "later" left hanging; a
    dateline with its wires ("WALTERBORO, S.C. (WCSC/AP) -") is no part of a label."""
    story = invented_story(tmp_path, {
        "a": "WALTERBORO, S.C. (WCSC/AP) - The defense attorneys who represented Jo Roe during his murder trial "
             "have said they plan to speak with reporters Friday.\n\n"
             "Dan Kim thanked the Turkish president for his help in a phone call later Thursday.\n",
    }, {"jo-roe": "Jo Roe", "dan-kim": "Dan Kim"}, published="2023-03-03")
    labels = {date: label for date, (label, _) in _dated(story).items()}
    assert labels["2023-03-03"].startswith("The defense attorneys who represented Jo Roe during his murder trial")
    assert labels["2023-03-02"] == "Dan Kim thanked the Turkish president for his help in a phone call"


def test_a_dateline_with_a_colon_or_a_wires_bracket_is_no_part_of_a_label(tmp_path):
    story = invented_story(tmp_path, {
        "a": "MOULAY BRAHIM, MOROCCO: In a mountain village on Sunday, rescuers searched through rubble.\n\n"
             "(MENAFN- IANS) London, In a statement on Thursday, the Bank of England lowered interest rates.\n",
    }, published="2023-09-10")
    labels = {date: label for date, (label, _) in _dated(story).items()}
    assert labels["2023-09-10"] == "In a mountain village, rescuers searched through rubble"
    assert labels["2023-09-07"] == "In a statement, the Bank of England lowered interest rates"


def test_a_label_leaves_no_just_where_a_relative_date_was(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Just last month, a federal judge in Massachusetts blocked the deal.\n",
    }, published="2024-02-20")
    assert _dated(story)["2024-01"][0] == "A federal judge in Massachusetts blocked the deal"


def test_a_day_naming_a_thing_keeps_its_the_a_wire_dateline_leaves_a_reported_label_and_while_opens_a_clause(tmp_path):
    """ "returned to his post in the May 18 election": "in the election"; "CHITTAGONG, Bangladesh --
    At least five people died ..., officials said Sunday": no dateline in the label; "Pichai has led
    the company since 2015 while Lina Khan, the FTC chair, was appointed by Biden in 2021": the
    appointment is not Pichai's, nor the leading Khan's."""
    story = invented_story(tmp_path, {
        "a": "Yet Jo Roe was returned to his post in the May 18 election with an increased majority.\n\n"
             "CHITTAGONG, Bangladesh -- At least five people died in a fire at a container depot, officials said "
             "Sunday.\n\n"
             "Google's chief, Dan Kim, has been leading the company since 2015 while Ann Lee, the FTC chair, was "
             "appointed by President Bob Stone in 2021.\n",
    }, {"jo-roe": "Jo Roe", "dan-kim": "Dan Kim", "ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2019-06-05")
    dated = _dated(story)
    assert dated["2019-05-18"][0] == "Yet Jo Roe was returned to his post in the election with an increased majority"
    assert dated["2019-06-02"][0].startswith("At least five people died")
    assert "dan-kim" not in dated["2021"][1] and "Dan Kim was appointed" not in dated["2021"][0]
    assert "ann-lee" not in dated["2015"][1]


def test_a_clause_about_someone_described_by_age_a_phrase_after_after_a_leading_however_and_a_periods_end_are_read(tmp_path):
    """ "a replacement for the 47-year-old, who replaced Jo Roe in September": the 47-year-old
    replaced Roe then, not what the club announced; "confirmed the sacking of Dan Kim after his
    side's loss to Rovers on Saturday": the loss was on Saturday; "Tuesday however, she spoke": no
    "However" label; "in the year to January 2022": the date the period ends on stays."""
    story = invented_story(tmp_path, {
        "a": "The club have announced his assistant will take charge of the team for the clash against Rovers "
             "while they hunt for a replacement for the 47-year-old, who replaced Jo Roe in September.\n\n"
             "The club have confirmed the sacking of manager Dan Kim after his side's loss to Rovers on Saturday.\n\n"
             "Wednesday however, she spoke out in court to the victims before the sentence was handed down.\n\n"
             "It fell to a pretax loss in the year to January 2022 from a profit the year before.\n",
    }, {"jo-roe": "Jo Roe", "dan-kim": "Dan Kim", "ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2023-04-06")
    dated = _dated(story)
    assert dated["2022-09"][0] == "The 47-year-old replaced Jo Roe"
    assert dated["2023-04-01"][0] == "His side's loss to Rovers"
    assert dated["2023-04-05"][0].startswith("She spoke out in court")
    assert "January 2022" in dated["2022-01"][0]


def test_the_date_of_a_participle_opening_the_sentence_is_its_own_happenings(tmp_path):
    """ "Elected in 2019, Ann Lee resigned on Monday": 2019 is when she was elected, not when she
    resigned; with a possessive subject the phrase stands alone."""
    story = invented_story(tmp_path, {
        "a": "Elected in 2019, the mayor resigned on Monday.\n\n"
             "Appointed as Minister of Health in 2018, Jo Roe\u2019s designation had changed earlier this year.\n\n"
             "Compared with 2017, sales rose by a third.\n",
    }, {"jo-roe": "Jo Roe"}, published="2021-07-08")
    dated = _dated(story)
    assert dated["2019"][0] == "The mayor was elected"
    assert dated["2018"][0] == "Appointed as Minister of Health"
    assert dated["2021-07-05"][0] == "The mayor resigned"


def test_a_print_wires_dateline_and_a_thing_named_with_a_demonstrative_are_read(tmp_path):
    """ "DERNA, LIBYA >> Search teams combed ...": no dateline in the label; "these dams, which
    were last checked in 2002": the dams were checked then."""
    story = invented_story(tmp_path, {
        "a": "DERNA, LIBYA >> Search teams combed the streets on Wednesday to look for bodies.\n\n"
             "Officials inspected these dams, which were last given a maintenance check in 2002, the analyst said.\n",
    }, published="2023-09-14")
    dated = _dated(story)
    assert dated["2023-09-13"][0].startswith("Search teams combed the streets")
    assert dated["2002"][0] == "These dams were last given a maintenance check"


def test_an_arraignment_ahead_is_to_come_and_a_she_after_someone_of_hers_is_not_named(tmp_path):
    """ "ahead of his arraignment on Monday": the coming Monday; "Ann Lee ... confirmed her
    constituent's departure from Iran, where she has been detained since 2016": "she" may be the
    constituent, so the label does not name Ann Lee, nor is she given an arrest."""
    story = invented_story(tmp_path, {
        "a": "Officials identified the suspect as Bob Stone on Thursday evening, ahead of his arraignment on Monday.\n\n"
             "Lawmaker Ann Lee also confirmed her constituent's departure from Iran, where she has been detained "
             "since 2016.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2024-07-27")
    dated = _dated(story)
    assert "2024-07-29" in dated and "2024-07-22" not in dated
    assert "Ann Lee" not in dated["2016"][0]
    assert not [f for f in story.facts if f.person == "ann-lee" and f.kind == "arrested"]


def test_a_since_clause_with_its_own_date_keeps_its_people_and_its_label(tmp_path):
    """ "Saturday's election is the first since mass protests led to the ousting of Jo Roe in
    2022": Roe's ousting is 2022's; the election is not about Roe."""
    story = invented_story(tmp_path, {
        "a": "Saturday\u2019s election is significant for the country as the first election since mass protests led "
             "to the ousting of former leader Jo Roe in 2022, following the worst economic crisis.\n",
    }, {"jo-roe": "Jo Roe"}, published="2024-09-22")
    dated = _dated(story)
    assert dated["2022"] == ("Mass protests led to the ousting of former leader Jo Roe", ("jo-roe",))
    assert dated["2024-09-21"][1] == ()


def test_a_subject_described_by_a_state_since_a_date_is_not_that_dates_happening(tmp_path):
    """ "A woman detained by Iran since 2016 was released on Wednesday": nothing happened in
    2016 that the label tells; "The record held since April 1984 was broken on Sunday": the
    record was broken, not "April 1984"."""
    story = invented_story(tmp_path, {
        "a": "A British-Iranian woman detained by Iran since 2016 was released on Wednesday.\n\n"
             "The record held since April 1984 was broken on Sunday.\n",
    }, published="2022-03-17")
    dated = _dated(story)
    assert "2016" not in dated and "1984-04" not in dated
    assert dated["2022-03-13"][0] == "The record held since April 1984 was broken"


def test_the_speaker_after_a_quotation_that_closes_on_a_comma_is_not_in_what_it_dates(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The bank's easing campaign that lasted for 11 years from April 2013 \"has fulfilled its role,\" Jo Roe "
             "said.\n",
    }, {"jo-roe": "Jo Roe"}, published="2024-03-19")
    assert _dated(story)["2013-04"][1] == ()


def test_a_date_after_since_with_a_when_clause_is_labelled_by_what_happened_then(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The lander's descent was the first for the country since 1972, when two astronauts left the last "
             "bootprints in the dust.\n\nThe company was founded in 1998, when two students started it in a garage.\n",
    }, published="2024-02-23")
    dated = _dated(story)
    assert dated["1972"][0] == "Two astronauts left the last bootprints in the dust"
    assert dated["1998"][0].startswith("The company was founded")


def test_the_second_of_two_dated_verbs_after_he_keeps_its_subject_a_wires_bracket_and_an_asides_future_are_read(tmp_path):
    """ "He began his career in 2012 and joined Air India in 2017": "He joined Air India";
    "(Reuters) - " opens no label; "Jo Roe, who will turn 31 in March, was an unused substitute on
    20 August": the August gone."""
    story = invented_story(tmp_path, {
        "a": "He began his career in 2012 and joined the airline in 2017.\n\n"
             "(Reuters) - The military has taken charge of the country on Tuesday, a colonel said.\n\n"
             "Jo Roe, who will turn 31 in March, was an unused substitute in a game against Rovers on 20 August.\n",
    }, {"jo-roe": "Jo Roe"}, published="2024-02-29")
    dated = _dated(story)
    assert dated["2017"][0] == "He joined the airline"
    assert dated["2024-02-27"][0].startswith("The military has taken charge")
    assert "2023-08-20" in dated and "2024-08-20" not in dated


def test_a_date_closing_a_clause_about_the_thing_before_it_dates_that_thing(tmp_path):
    story = invented_story(tmp_path, {"a": "The employers said they had asked the union to extend the agreement that "
                                           "expired Oct. 1.\n"}, published="2024-10-02")
    assert _dated(story)["2024-10-01"][0] == "The agreement expired"


def test_a_name_after_although_is_not_in_the_dated_happening_before_it(tmp_path):
    story = invented_story(tmp_path, {
        "a": "A source said that Jo Roe left the country on Sunday on board an army aircraft although President "
             "Ann Lee refused to confirm that her government had played a role.\n",
    }, {"jo-roe": "Jo Roe", "ann-lee": "Ann Lee"}, published="2025-10-14")
    assert _dated(story)["2025-10-12"][1] == ("jo-roe",)


def test_a_label_that_may_tell_another_times_happening_is_the_dates_own_words_quoted(tmp_path):
    """Labels found false on real pages: a year in a list of years, a year in a bracket after a
    name, a year on a thing the clause only mentions ("since their 2013 Cup win went up in
    smoke", "garden founded in 1931 was destroyed"), a label cut to length before the clause
    holding its date. The timeline quotes the words around the date instead of stating a
    happening they do not tell."""
    story = invented_story(tmp_path, {
        "a": "That confirmed the side's place in history, joining the teams of 1987, 1999 and 2003 in lifting the trophy.\n\n"
             "His century was the third by an Australian after Rob Lane (140 not out v India in 1975).\n\n"
             "India's hopes of ending a drought since their 1968 Shield win went up in smoke once Roe got going.\n\n"
             "The fire reached the city, where a famous garden founded in 1931 was destroyed by the flames on Sunday.\n\n"
             "If completed, the deal would be the largest of the year and the company's most substantial since its "
             "$81B acquisition of Mobil Oil in 1998.\n\n"
             "He said the forest agency, a state-owned nonprofit for managing forests across the region, informed "
             "officials that four fires were lit intentionally and quickly contained on Saturday night.\n",
    }, published="2024-02-05")
    dated = _dated(story)
    assert dated["1987"][0] == dated["1999"][0] == (
        "\u201c\u2026confirmed the side's place in history, joining the teams of 1987, 1999 and 2003 in lifting the trophy\u201d")
    assert dated["1975"][0] == "\u201c\u2026Rob Lane (140 not out v India in 1975)\u201d"
    assert dated["1968"][0] == "\u201cIndia's hopes of ending a drought since their 1968 Shield win went up in smoke\u2026\u201d"
    assert dated["1931"][0] == "\u201c\u2026a famous garden founded in 1931\u2026\u201d"
    assert dated["1998"][0] == "\u201c\u2026its $81B acquisition of Mobil Oil in 1998\u201d"
    assert dated["2024-02-03"][0] == "\u201c\u2026four fires were lit intentionally and quickly contained on Saturday night\u201d"
    # the sentence's own happening keeps its label
    assert dated["2024-02-04"][0] == "A famous garden founded in 1931 was destroyed by the flames"


def test_a_label_cut_where_it_says_nothing_yet_is_the_dates_own_words_quoted(tmp_path):
    """ "Jurors at the court in New York have", "Interim analysis showed", "could reach the market
    as soon as", "share more data or early next year", "arrested in July, and convicted ..." under
    September: a label ending where its clause had more to say, or joined to another time, is
    quoted; a saying's label whose words are quoted, and a passive's, are not cut short."""
    story = invented_story(tmp_path, {
        "a": "However, jurors at the court in New York have today (29 June) sentenced him to three decades behind bars.\n\n"
             "In March, interim analysis showed that the drug prevented every infection among the women.\n\n"
             "If the results are positive, the drug could reach the market as soon as late 2027.\n\n"
             "The company expects to share more data later this year or early next year.\n\n"
             "He was arrested in July, and convicted of racketeering and fraud in September 2021.\n\n"
             "\u201cWe will appeal,\u201d his lawyer said on Tuesday.\n\n"
             "The missing man, who had been walking alone, was found on Sunday.\n",
    }, published="2022-06-29")
    dated = _dated(story)
    assert dated["2022-06-29"][0] == (
        "\u201c\u2026jurors at the court in New York have today (29 June) sentenced him to three decades behind\u2026\u201d")
    assert dated["2022-03"][0] == "\u201cIn March, interim analysis showed that the drug prevented every\u2026\u201d"
    assert dated["2027"][0] == "\u201c\u2026the drug could reach the market as soon as late 2027\u201d"
    assert dated["2022"][0] == "\u201cThe company expects to share more data later this year or early next year\u201d"
    assert dated["2021-09"][0] == "\u201c\u2026convicted of racketeering and fraud in September 2021\u201d"
    assert dated["2022-06-28"][0] == "\u201cWe will appeal,\u201d his lawyer said"
    assert dated["2022-06-26"][0] == "The missing man was found"


def test_a_label_ending_on_beginning_is_quoted(tmp_path):
    """ "... could hit screens at the Venice Film Festival beginning" (of "beginning on 30 August"):
    the label ends where its date's words begin, and is quoted."""
    story = invented_story(tmp_path, {
        "a": "Friedkin died before his latest movie, The Caine Mutiny Court-Martial, could hit screens at the "
             "Venice Film Festival beginning on 30 August.\n",
    }, {"william-friedkin": "William Friedkin"}, published="2023-08-08")
    assert _dated(story)["2023-08-30"][0] == "\u201c\u2026could hit screens at the Venice Film Festival beginning on 30 August\u201d"


def test_a_label_cut_at_a_bracket_inside_a_name_is_quoted(tmp_path):
    """ "Camp between Mana and Badrinath" (of "the Border Roads Organisation (BRO) camp between
    ..."), "... the recovery of a Border Roads Organisation" (of "... (BRO) worker's body"): cut
    inside a name, so quoted; a bracket the label keeps whole is no cut."""
    story = invented_story(tmp_path, {
        "a": "The avalanche hit the Border Roads Organisation (BRO) camp between Mana and Badrinath between "
             "5:30 am and 6 am on Friday, burying 55 workers inside eight containers, according to the Army.\n\n"
             "Sunday's rescue efforts began with the recovery of a Border Roads Organisation (BRO) worker's body, "
             "followed by two more.\n\n"
             "The National Disaster Response Force (NDRF) on Thursday said it has rushed four teams to the district.\n",
    }, published="2025-03-03")
    dated = _dated(story)
    assert _quoted(dated["2025-02-28"][0]) and _quoted(dated["2025-03-02"][0])
    assert dated["2025-02-27"][0] == "The National Disaster Response Force (NDRF) said it has rushed four teams to the district"


def test_a_label_opening_inside_a_prepositional_phrase_is_quoted(tmp_path):
    """ "Its promulgation last year, doctors' licenses can be revoked" (of "... after its
    promulgation on May 19 last year, doctors' licenses can be revoked"), "Travel agencies to
    combine its flights" (of "made it difficult for travel agencies to combine ..."), "Her Taser
    was sentenced" (of "mistaking her gun for her Taser was sentenced"): quoted."""
    story = invented_story(tmp_path, {
        "a": "Following an amendment to the Medical Act that came into effect immediately after its promulgation "
             "on May 19 last year, doctors' licenses can be revoked if patients are fatally harmed.\n",
    }, published="2024-02-20")
    assert _dated(story)["2023-05-19"][0].startswith("\u201c\u2026came into effect immediately after its promulgation")
    (tmp_path / "b").mkdir()
    story = invented_story(tmp_path / "b", {
        "a": "The regulator said the airline made it difficult for travel agencies to combine its flights with other "
             "services between 2023 and at least April 2025.\n",
    }, published="2025-12-23")
    assert _quoted(_dated(story)["2023"][0])  # not "Travel agencies to combine its flights ..."
    (tmp_path / "c").mkdir()
    story = invented_story(tmp_path / "c", {
        "a": "A former police officer who shot dead a young man after mistaking her gun for her Taser was sentenced "
             "to two years in prison on Friday after an emotional court hearing.\n",
    }, published="2022-02-19")
    assert _quoted(_dated(story)["2022-02-18"][0])  # not "Her Taser was sentenced to two years in prison"


def test_a_place_in_capitals_and_a_comma_opening_the_sentence_is_no_part_of_a_label(tmp_path):
    story = invented_story(tmp_path, {
        "a": "SEOUL, More than 6,400 trainee doctors have submitted their resignations in protest of the plan to boost "
             "the number of medical students, officials said Tuesday, as worries mount.\n",
    }, published="2024-02-20")
    [label] = [e.label for e in story.events]
    assert label.startswith("More than 6,400 trainee doctors have submitted their resignations")


def test_a_label_with_a_preposition_left_or_a_later_clause_joined_by_but_is_quoted(tmp_path):
    """ "in isolation in Scotland since in a bid" (of "since the start of November in a bid"),
    "arrived in Edinburgh but will now return to Sichuan" under December 2011: quoted."""
    story = invented_story(tmp_path, {
        "a": "The pandas have been in isolation in Scotland since the start of November in a bid to lessen the risk "
             "of catching any diseases.\n\n"
             "The pair arrived in Edinburgh in December 2011 but will now return to Sichuan after their loan ended.\n\n"
             "Dubois was knocked out in a controversial fight in August 2023 but stormed the ring after the victory.\n",
    }, published="2023-12-04")
    dated = _dated(story)
    assert dated["2023-11"][0].startswith("\u201cThe pandas have been in isolation in Scotland since the start of November")
    assert dated["2011-12"][0] == "\u201cThe pair arrived in Edinburgh in December 2011\u2026\u201d"
    assert _quoted(dated["2023-08"][0])  # not "Dubois was knocked out in a controversial fight but stormed the ring"


def test_a_label_that_says_nothing_or_loses_what_its_date_words_meant_is_quoted(tmp_path):
    """ "Barnier will do" (of "what Barnier will do on Thursday"), "In the parliamentary election
    at the beginning, ..." (of "at the beginning of July"), "It was the second time that ..." (of
    "the second time this month"): quoted; "scored for the first time" under 2019 is not."""
    story = invented_story(tmp_path, {
        "a": "This is exactly what Barnier will do on Thursday.\n\n"
             "In the parliamentary election at the beginning of July, both the left and the far right gained seats.\n\n"
             "It was the second time this month that the region has been battered by bad weather.\n\n"
             "Kane scored for the first time in 2019 against Bulgaria.\n",
    }, {"michel-barnier": "Michel Barnier"}, published="2024-12-04")
    dated = _dated(story)
    assert all(_quoted(dated[day][0]) for day in ("2024-12-05", "2024-07", "2024-12"))
    assert dated["2019"][0] == "Kane scored for the first time against Bulgaria"


def test_a_year_naming_a_thing_compared_to_is_not_the_comparisons(tmp_path):
    """ "compared the discharge to the 1989 Exxon Valdez oil tanker spill": under 1989 the label
    is quoted, not "Greenpeace compared the discharge to ..."."""
    story = invented_story(tmp_path, {
        "a": "In a statement, Greenpeace Russia compared the discharge to the 1989 Exxon Valdez oil tanker spill in Alaska.\n",
    }, published="2020-06-05")
    assert _quoted(_dated(story)["1989"][0])


def test_a_label_of_a_place_and_a_verb_with_its_subject_left_behind_is_quoted(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The palace, in Woodstock, Oxfordshire, was closed today as forensic investigations continued, police said.\n",
    }, published="2019-09-14")
    assert _quoted(_dated(story)["2019-09-14"][0])  # not "In Woodstock, Oxfordshire, was closed"


def test_a_label_left_with_a_lone_quotation_mark_is_quoted_as_written(tmp_path):
    """ "\u2018 was a bad day but every other day we deliver on" (of "\u2018Today was a bad day
    ..."): quoted, the mark kept against its word as the sentence writes it."""
    story = invented_story(tmp_path, {
        "a": "\u2018Today was a bad day but every other day we deliver on that promise for our customers, "
             "and we will continue to.\u2019\n",
    }, published="2023-11-08")
    assert _dated(story)["2023-11-08"][0] == "\u201c\u2018Today was a bad day\u2026\u201d"
    (tmp_path / "b").mkdir()
    story = invented_story(tmp_path / "b", {"a": "The pair, who met on the set of 2003\u2032s Gigli, were engaged.\n"},
                           published="2024-08-21")
    assert _dated(story)["2003"][0] == "\u201c\u2026met on the set of 2003\u2032s Gigli\u2026\u201d"  # not "... of \u2032s Gigli"


def test_a_date_in_a_gerund_clause_after_before_is_not_the_main_clauses(tmp_path):
    """ "Kane joined Tottenham's academy aged 11 before making his senior debut in 2011": under
    2011 the words are quoted, not "Kane joined Tottenham's academy ..."."""
    story = invented_story(tmp_path, {
        "a": "Kane joined Tottenham's academy aged 11 before making his senior debut in 2011.\n",
    }, {"harry-kane": "Harry Kane"}, published="2023-08-12")
    assert _dated(story)["2011"][0] == "\u201c\u2026making his senior debut in 2011\u201d"


def test_a_websites_name_and_a_wires_time_stamp_before_a_dash_are_no_part_of_a_label(tmp_path):
    """ "Investing.com -- Acme announced ...", "11:43 AM EDT, 07/24/2024 (MT Newswires) -- Acme
    said ...": the page's and the wire's stamps open the sentence, not the happening."""
    story = invented_story(tmp_path, {
        "a": "Investing.com -- Acme Corp announced today the acquisition of its rival Bolt for $59.5 billion.\n\n"
             "11:43 AM EDT, 07/23/2024 (MT Newswires) -- Bolt Inc said Tuesday that its profits had doubled.\n",
    }, published="2024-07-24")
    labels = sorted(e.label for e in story.events)
    assert labels == ["Acme Corp announced the acquisition of its rival Bolt",
                      "Bolt Inc said that its profits had doubled"]


def test_reports_of_different_shares_on_one_day_are_two_happenings(tmp_path):
    """ "Shares in Pioneer rose about 3% in premarket trading on Wednesday" and "Shares in Exxon
    dropped by more than 4% in early U.S. trading on Wednesday, while Pioneer stock ticked up by
    a little under 1%": two movements, however many words they share."""
    story = invented_story(tmp_path, {
        "a": "Shares in Pioneer rose about 3% in premarket trading on Wednesday.\n",
        "b": "Shares in Exxon dropped by more than 4% in early U.S. trading on Wednesday, while Pioneer stock "
             "ticked up by a little under 1%.\n",
    }, published="2023-10-11")
    assert sorted(sorted(c.source for c in e.citations) for e in story.events) == [["a"], ["b"]]



def test_a_label_leaves_out_a_plain_sayings_participle_and_an_aside_ends_after_its_places_state(tmp_path):
    """ "..., Soylu said, adding a total of 110 workers were at the mine on Friday evening": what
    was added is the happening, not "Adding ..."; "Jo Roe, who presided over the trial in
    Brooklyn, New York, announced the sentence Wednesday": the aside ends after "New York,"."""
    story = invented_story(tmp_path, {
        "a": "Fifty-eight others were rescued, the minister said, adding a total of 110 workers were at the mine at the "
             "time of the explosion on Friday evening.\n\n"
             "Jo Roe, who presided over the trial in Brooklyn, New York, announced the sentence Wednesday after "
             "hearing from the victims.\n",
    }, {"jo-roe": "Jo Roe", "al-ray": "Al Ray"}, published="2024-07-12")
    dated = _dated(story)
    assert dated["2024-07-12"][0] == "A total of 110 workers were at the mine at the time of the explosion \u2026"
    assert dated["2024-07-10"][0] == "Jo Roe announced the sentence after hearing from the victims"


def test_a_superlatives_since_with_part_of_a_year_is_a_baseline_not_a_happening(tmp_path):
    """ "its highest since mid-1996": nothing the sentence tells happened in 1996; "has lived in
    Paris since mid-1996" keeps its date, written whole."""
    story = invented_story(tmp_path, {
        "a": "The rise took the benchmark rate to its highest since mid-1996.\n\n"
             "Jo Roe has lived in Paris since mid-1996.\n",
    }, published="2024-02-27")
    assert [(e.date, e.label) for e in story.events] == [("1996", "Jo Roe has lived in Paris since mid-1996")]


def test_labels_found_false_on_a_second_round_of_real_pages(tmp_path):
    """ "So far 26 cases ...": not "Far 26 cases"; "since the outbreak was confirmed on Friday": the
    confirming is Friday's, not the count's; a "who" clause holding its date is labelled as its
    own (not the jury's award), the other end of a change ("from 13 per cent in May 2022 to 18.75 per cent in July
    2023") and a year after "since" and a name are quoted."""
    story = invented_story(tmp_path, {
        "a": "So far 26 cases have been confirmed, and eight of the sickened people have died, the minister said on Sunday night.\n\n"
             "Twenty cases have been identified since the outbreak was confirmed on Friday.\n\n"
             "The jury awarded the movie star the symbolic $1 that she asked for in her countersuit against the retired "
             "optometrist, who originally sued her in 2019, arguing that she caused the wreck.\n\n"
             "Since then, the rate has risen from 13 per cent in May 2022 to 18.75 per cent in July 2023.\n\n"
             "The runner became Europe's first winner of this event since Romania's Ana Lupu in 2008.\n",
    }, published="2024-09-30")
    dated = _dated(story)
    assert dated["2024-09-29"][0].startswith("So far 26 cases have been confirmed")
    assert dated["2024-09-27"][0] == "The outbreak was confirmed"
    assert dated["2019"][0] == "The retired optometrist originally sued her"
    assert _quoted(dated["2022-05"][0]) and dated["2023-07"][0].startswith("The rate has risen")
    assert dated["2008"][0] == "\u201c\u2026became Europe's first winner of this event since Romania's Ana Lupu in 2008\u201d"


def test_a_label_opening_inside_a_clause_left_behind_is_quoted(tmp_path):
    """ "32 of whom are to appear in court on Saturday", "Their release while giving a deadline"
    (of "demanded N1 billion for their release while giving a deadline of March 27"): the clause's
    subject is left behind; "His trial began on Monday" is whole."""
    story = invented_story(tmp_path, {
        "a": "The abductors demanded N1 billion for their release while giving a deadline of March 27, 2024, for the payment.\n\n"
             "Police arrested 34 people, 32 of whom are to appear in the Criminal Courts of Justice on Saturday, police said.\n\n"
             "His trial began on Monday in Paris.\n",
    }, published="2024-03-22")
    dated = _dated(story)
    assert _quoted(dated["2024-03-27"][0]) and "N1 billion for their release" in dated["2024-03-27"][0]
    assert _quoted(dated["2024-03-23"][0])
    assert dated["2024-03-18"][0] == "His trial began in Paris"


def test_effective_and_across_go_with_their_date_and_he_after_an_unnamed_one_is_not_the_subject(tmp_path):
    """ "will retire, effective Dec. 1", "Across 2022, he managed": not a dangling "effective" or
    "Across"; "Jo Roe told media that detectives questioned the man ... after he was taken into
    custody yesterday": "he" may be the man, so it is not Roe."""
    story = invented_story(tmp_path, {
        "a": "Acme said its chief Bob Stone will retire, effective Dec. 1, after four years in the job.\n\n"
             "Across 2022, the side managed just eight wins in the league.\n\n"
             "Jo Roe told media that detectives questioned the man for 30 hours after he was taken into custody yesterday.\n",
    }, {"jo-roe": "Jo Roe", "bob-stone": "Bob Stone"}, published="2024-11-25")
    labels = {e.date: e.label for e in story.events}
    assert "effective" not in labels["2024-12-01"] and not labels["2022"].startswith("Across")
    assert labels["2024-12-01"].startswith("Acme said its chief Bob Stone will retire")
    assert labels["2024-11-24"] == "He was taken into custody"


def test_a_label_opening_on_another_date_or_holding_another_year_or_an_after_clause_before_its_date_is_quoted(tmp_path):
    """ "October, were cancelled" (of "due in September and October, were cancelled in July"); a
    year's label holding another year ("moved to Dublin in 1971 and joined the band" under 1989);
    "led Villa to a 14th-place finish last term after arriving ... last November": each tells
    another time's happening. ("Born ... in 1971, the singer joined the band in 1989": the
    participle's phrase is 1971's, told of its subject.)"""
    story = invented_story(tmp_path, {
        "a": "A further set of shows in North America, due to take place in September and October, were cancelled in July.\n\n"
             "Born Dolores Roe in Ireland in 1971, the singer joined the band in 1989, replacing Niall Quinn after an ad.\n\n"
             "The drummer moved to Dublin in 1968 and joined the band in 1990, replacing Al Ray.\n\n"
             "Gerrard led Villa to a 14th-place finish last term after arriving from Rangers to replace the sacked Dean "
             "Smith last November on a three-and-a-half year contract.\n",
    }, published="2022-10-21")
    dated = _dated(story)
    assert all(_quoted(dated[d][0]) for d in ("2022-07", "2021-11")), dated
    assert dated["1971"][0] == "The singer was born Dolores Roe in Ireland"  # (the participle's phrase, told of its subject)
    assert dated["1989"][0] == "The singer joined the band"
    assert _quoted(dated["1990"][0])


def test_what_one_side_claims_is_quoted_with_its_claimer(tmp_path):
    """ "Mondlane claims the October 9 vote was rigged in favour of Frelimo": not "The vote was
    rigged", a claim stated as fact."""
    story = invented_story(tmp_path, {
        "a": "Mondlane claims the October 9 vote was rigged in favour of Frelimo, the ruling party.\n",
    }, published="2024-12-24")
    assert [e.label for e in story.events] == ["\u201cMondlane claims the October 9 vote was rigged in favour of Frelimo\u2026\u201d"]


def test_born_opens_a_participles_phrase_and_an_outlets_name_and_slash_is_no_part_of_a_label(tmp_path):
    """ "Born in Kent in 1938, he served as an RAF pilot": 1938 is the birth, not the service;
    "Shafaq News/ Turkish President ... dismissed": the outlet's name opens the sentence."""
    story = invented_story(tmp_path, {
        "a": "Born in Kent in 1938, he served as an RAF pilot and then became a journalist.\n\n"
             "Shafaq News/ The president dismissed the central bank governor on Saturday.\n",
    }, published="2021-03-21")
    labels = {e.date: e.label for e in story.events}
    assert labels["1938"] == "He was born in Kent"
    assert labels["2021-03-20"] == "The president dismissed the central bank governor"


def test_the_other_count_of_a_dates_span_left_in_a_label_makes_it_quoted(tmp_path):
    """ "The boat left Turkey three or four days ago": not "The boat left Turkey three or with ..."."""
    story = invented_story(tmp_path, {
        "a": "The boat left Turkey three or four days ago with about 150 people on board, rescuers said.\n",
    }, published="2023-02-27")
    [event] = story.events
    assert _quoted(event.label) and "three or four days ago" in event.label


def test_one_quoted_as_saying_is_not_in_what_they_said(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The chief executive Tom Roe was quoted as saying that when the airline first started in 1985, "
             "20 percent of ticket revenues went to travel agencies.\n",
    }, {"tom-roe": "Tom Roe"}, published="2025-12-23")
    assert [e.people for e in story.events] == [()]


def test_the_busiest_day_is_the_one_most_outlets_tell_of_not_most_sentences(tmp_path):
    """Three sentences of one report on 5 June are not "the day most reports are about" when
    two reports tell of 29 May; one report alone makes no such day."""
    from explainer.findings.timeline.events import busiest_day

    story = invented_story(tmp_path, {
        "a": "The fuel tank collapsed on May 29, spilling diesel into the river.\n",
        "b": "Diesel leaked into the river after a tank collapsed on May 29.\n",
        "c": "Putin declared an emergency on June 5.\n\nThe governor spoke on June 5 of the clean-up.\n\n"
             "Officials met on June 5 to plan the clean-up.\n",
    }, published="2020-06-06")
    assert busiest_day(story.events, tuple(s.published for s in story.sources)) == "2020-05-29"
    (tmp_path / "seeds" / "a.txt").write_text("The fuel tank held diesel.\n", encoding="utf-8")
    (tmp_path / "seeds" / "b.txt").write_text("Diesel is a fuel.\n", encoding="utf-8")
    story = build_story(tmp_path / "seeds", tmp_path / "people")
    assert busiest_day(story.events, tuple(s.published for s in story.sources)) is None


def test_a_label_of_a_piece_of_its_sentence_with_no_verb_of_its_own_is_not_stated_as_the_happening(tmp_path):
    """ "Prompting authorities to raise its status" (what followed the eruption), "Giro and Vuelta
    to sweep the tours" (the rest of a list), "7 and Al Ray, 9, at a dance class" (the rest of a
    list of ages), "At short notice to replace the man who replaced Bob Lee" (a verb only in the
    relative clause): each leaves behind the clause it is a piece of. ("Killing two men in
    Kenosha in 2020", the gerund of what the date dates, stays.)"""
    story = invented_story(tmp_path, {
        "a": "Kanlaon Volcano erupted Monday afternoon, December 9 prompting authorities to raise its status to Alert Level 3.\n\n"
             "The Movistar rider won the Tour de France, Giro and Vuelta to sweep the women's major tours in 2021.\n\n"
             "Tom Roe will serve life for the murders of Ann Lee, 6, Eve Stone, 7 and Al Ray, 9, at a dance class in Southport last March.\n\n"
             "Acme has brought back its old chief, Bob Lee, at short notice to replace the man who replaced Lee two years ago.\n\n"
             "The man was charged with homicide and recklessly endangering safety for killing two men and wounding a "
             "third with a rifle in Kenosha in 2020.\n",
    }, published="2024-12-10")
    dated = _dated(story)
    assert dated["2024-12-09"][0].startswith("Kanlaon Volcano erupted")
    assert dated["2021"][0].startswith("The Movistar rider won the Tour de France")
    assert _quoted(dated["2024-03"][0])
    assert _quoted(dated["2022"][0])
    assert dated["2020"][0] == "Killing two men and wounding a third with a rifle in Kenosha"


def test_a_label_keeps_no_word_of_its_date_and_a_thing_dated_by_its_participle_is_quoted(tmp_path):
    """ "separated from Acme near the end of last year", "took over from Al Ray back in 2005":
    "near" and "back" go with the date ("to bring Roe back in 2014" keeps the verb's); "had agreed
    to activate an agreement signed in 2001": 2001 is the signing's, not the agreeing; a label
    ending on "means" is cut from what it means."""
    story = invented_story(tmp_path, {
        "a": "Bob Lee separated completely from Acme near the end of last year after two years as chairman.\n\n"
             "He took over as chief executive from Al Ray back in 2005.\n\n"
             "President Jo Roe traded five prisoners to bring Tom Roe back in 2014, drawing criticism.\n\n"
             "The statement also said the two states had agreed to activate a security agreement signed in 2001.\n\n"
             "The announcement on Monday night of the latest body to be discovered means that 150 people remain missing.\n",
    }, published="2022-11-21")
    dated = _dated(story)
    assert dated["2021"][0] == "Bob Lee separated completely from Acme"
    assert dated["2005"][0] == "He took over as chief executive from Al Ray"
    assert dated["2014"][0] == "President Jo Roe traded five prisoners to bring Tom Roe back"
    assert _quoted(dated["2001"][0]) and dated["2001"][0].endswith("signed in 2001\u201d")
    assert _quoted(dated["2022-11-21"][0])


def test_the_year_of_the_one_before_a_first_since_is_quoted_and_a_full_date_naming_a_thing_dates_nothing(tmp_path):
    """ "their second title and first since 2007": 2007 is the last title's, so the label that
    tells this win is quoted under it; "to settle on an official cause of the January 26, 2020,
    crash": the crash's day, not the meeting's ("killed in the June 7, 2021, attack" is the
    killing's)."""
    story = invented_story(tmp_path, {
        "a": "India edged South Africa to win their second title and first since 2007 as a catch from Jo Roe clinched it.\n\n"
             "They spoke at a meeting of the board to settle on an official cause of the January 26, 2020, crash.\n\n"
             "Three people were killed in the June 7, 2021, attack on the mosque.\n",
    }, {"jo-roe": "Jo Roe"}, published="2024-06-30")
    assert sorted(e.date for e in story.events) == ["2007", "2021-06-07"]
    assert _quoted(_dated(story)["2007"][0])


def test_a_label_takes_no_subject_from_a_place_a_possessive_or_the_sayer_of_a_clause(tmp_path):
    """ "The former First Minister of Scotland, who stepped down": not "Scotland stepped down";
    "Jo Roe's helicopter pilot ... crashed into a hillside": not "Jo Roe crashed"; "Al Ray said that
    the strain is rare and had only occurred in Sudan in 1976": not "Al Ray had only occurred";
    "... was arrested on Sunday, June 11, and taken into custody": no label opening on "And"."""
    story = invented_story(tmp_path, {
        "a": "The former First Minister of Scotland, who stepped down earlier this year, was arrested just after 10am "
             "on Sunday, June 11, and taken into custody for questioning.\n\n"
             "Basketball legend Jo Roe's helicopter pilot became disoriented in the clouds and crashed into a "
             "hillside last year, investigators said.\n\n"
             "Al Ray, head of disease control at the office, said that the strain is rare and had only occurred "
             "in Sudan in 1976.\n",
    }, {"jo-roe": "Jo Roe", "al-ray": "Al Ray"}, published="2023-06-12")
    dated = _dated(story)
    assert "Scotland stepped" not in dated["2023"][0]
    assert not dated["2023-06-11"][0].startswith("And")
    assert not dated["2022"][0].startswith("Jo Roe crashed")
    assert not dated["1976"][0].startswith("Al Ray had")


def test_a_label_telling_another_month_a_figure_set_against_last_year_and_a_saying_without_its_verb_are_not_stated(tmp_path):
    """ "Talks broke down in January, prompting the government to announce in February": February's
    label does not tell January's happening; "1.8 million pilgrims took part this year, a similar
    number to last year": last year is what the figure is set against; "The health minister said on
    Sunday the death toll during this year's Hajj reached 1,301": not "... said the death toll"."""
    story = invented_story(tmp_path, {
        "a": "Talks between the government and the doctors' union broke down in January, prompting the government "
             "to announce in February that it would impose the new contract by force.\n\n"
             "Saudi officials said 1.8 million pilgrims took part this year, a similar number to last year.\n\n"
             "The health minister said on Sunday the death toll during this year's Hajj pilgrimage reached 1,301.\n",
    }, published="2024-06-24")
    dated = _dated(story)
    assert "January" not in dated["2024-02"][0] or _quoted(dated["2024-02"][0])
    assert "2023" not in dated
    assert dated["2024-06-23"][0] != "The health minister said the death toll"


def test_a_low_since_a_month_dates_nothing(tmp_path):
    """ "their lowest level since November" is what the fall is measured against."""
    story = invented_story(tmp_path, {
        "a": "Shares fell as much as 3.1 per cent in New York to their lowest level since November.\n",
    }, published="2024-03-05")
    assert "2023-11" not in _dated(story)


def test_a_label_holding_another_weekday_or_a_sayings_day_over_what_has_its_own_is_quoted(tmp_path):
    """ "struck the Gofa zone on Sunday evening and Monday morning": Monday's label is not "Gofa zone
    on Sunday evening"; "The first landslide occurred on Monday ..., officials said on Tuesday": on
    Tuesday the officials said it, the landslide was Monday's."""
    story = invented_story(tmp_path, {
        "a": "The landslides, triggered by heavy rains, struck the remote, mountainous Gofa zone on Sunday evening "
             "and Monday morning.\n",
        "b": "The first landslide, triggered by heavy rains in a remote region, occurred on Monday and was followed by "
             "a second one, state officials said on Tuesday.\n",
    }, published="2024-07-24")
    labels = {(e.date, c.source[:1]): e.label for e in story.events for c in e.citations}
    assert "Sunday" not in labels[("2024-07-22", "a")] or _quoted(labels[("2024-07-22", "a")])
    assert _quoted(labels[("2024-07-23", "b")])


def test_a_year_naming_a_title_a_promise_a_date_a_verb_left_hanging_and_a_thing_signed_somewhere_are_read(tmp_path):
    """ "defeated 2022 Wimbledon runner-up Ons Jabeur": 2022 is her title's, so the label telling
    the defeat is quoted under it; "He promised to
    hold elections in July 2023": the promise was not made in July 2023; "forfeited half his salary
    beginning this month to demonstrate ...": no "beginning" left hanging; "builds on the
    declaration of principles signed in Washington on April 25": April 25 is the signing's."""
    story = invented_story(tmp_path, {
        "a": "Marketa Roe who is ranked 42nd defeated 2022 Wimbledon runner-up Tunisia's Ons Lee 6-4, 6-4 on Saturday.\n\n"
             "He promised to hold elections in July 2023 and hand over to an elected civilian government then.\n\n"
             "The chief executive forfeited 50% of his monthly salary beginning this month to demonstrate the firm's commitment.\n\n"
             "The agreement builds on the declaration of principles signed in Washington on April 25.\n",
    }, published="2023-07-16")
    dated = _dated(story)
    assert _quoted(dated["2022"][0])
    assert _quoted(dated["2023-07"][0]) or "promised" not in dated["2023-07"][0]
    assert "beginning" not in dated["2023-07"][0] or _quoted(dated["2023-07"][0])
    assert _quoted(dated["2023-04-25"][0])


def test_a_season_and_a_back_opening_go_with_their_date(tmp_path):
    """ "adjusting her supplements in the summer of 2022 on the advice of ...": not "in the summer
    of on the advice"; "Back in October, Halep said ...": not "Back, Halep said"."""
    story = invented_story(tmp_path, {
        "a": "Halep has acknowledged adjusting her nutritional supplements in the summer of 2022 on the advice of her team.\n\n"
             "Back in October, Halep said the positive test was the biggest shock of her life.\n\n"
             "The shootings took place during a night of protests in the tumultuous summer of 2020.\n",
    }, published="2023-09-12")
    dated = _dated(story)
    assert "summer of" not in dated["2022"][0]
    assert not dated["2020"][0].endswith("tumultuous")
    assert dated["2022-10"][0].startswith("Halep said")


def test_a_label_naming_a_group_or_left_at_nearly_or_in_what_someone_is_accused_of_is_quoted(tmp_path):
    """ "the man accused of driving an SUV into a crowd ... Saturday": the driving's day, not the
    charging's; "was among 16 people, including two children, who were killed": no happening in
    "was among 16 people"; "was nearly nine months ago" with its date cut out leaves "was
    nearly". "Trump, who took office in December" still tells the taking of office, and "had been
    charged with belonging to a group and had been due to stand trial this month" the trial due;
    "two botched repair works, including one in 2018": the 2018 repair, not the probe's finding;
    "Rioting erupted over a new bill, adopted by lawmakers in Paris on Friday,": the bill's day."""
    story = invented_story(tmp_path, {
        "a": "Murder charges have been laid against the man accused of driving an SUV into a crowd celebrating at a "
             "street festival Saturday.\n\n"
             "Ukraine's interior minister was among 16 people, including two children, who were killed when a "
             "helicopter crashed outside the capital, officials said Wednesday.\n\n"
             "The first human case of bird flu that was detected in the U.S. was nearly nine months ago, the virus "
             "has continued to spread since.\n\n"
             "Trump, who took office in December, has called for tariffs.\n\n"
             "Adnan had been charged with belonging to a terrorist group and had been due to stand trial this month.\n\n"
             "The probe found faulty signalling due to two botched repair works, including one in 2018 and one hours "
             "before the accident.\n\n"
             "Rioting erupted over a new bill, adopted by lawmakers in Paris on Friday, that will let residents vote.\n",
    }, published="2025-01-12")
    dated = _dated(story)
    assert all(_quoted(dated[day][0]) for day in ("2025-01-11", "2025-01-08", "2024-04", "2018", "2025-01-10")), dated
    assert dated["2024-12"][0] == "Trump took office" and not _quoted(dated["2025-01"][0])


def test_those_named_in_what_a_happening_came_after_or_before_or_beside_an_unnamed_subject_are_not_in_it(tmp_path):
    """ "Two weeks after President Erdogan appointed Erkan as governor, the central bank delivered
    a hike on Thursday": not Erdogan's; "Lightfoot wrote the ballad after reading about the
    drowning of 29 sailors when an iron-ore freight ship sank ... on November 10, 1975": the
    sinking is not Lightfoot's. "After the vote, Erkan raised rates on Friday" is hers."""
    people = {"recep-erdogan": "Recep Erdogan", "hafize-erkan": "Hafize Erkan", "gordon-lightfoot": "Gordon Lightfoot"}
    story = invented_story(tmp_path, {
        "a": "Two weeks after President Recep Erdogan appointed banker Hafize Erkan as governor, the central bank "
             "delivered a 6.5-point interest rate hike on Thursday.\n\n"
             "Lightfoot wrote the haunting ballad after reading a Newsweek article about the drowning of 29 sailors "
             "when an iron-ore freight ship sank in Lake Superior on November 10, 1975.\n\n"
             "After the vote, Hafize Erkan raised rates on Friday.\n",
    }, people, published="2023-06-23")
    dated = _dated(story)
    assert dated["2023-06-22"][1] == () and dated["1975-11-10"][1] == ()
    assert dated["2023-06-23"][1] == ("hafize-erkan",)


def test_a_figure_unchanged_versus_the_year_before_and_a_happening_named_with_its_place_date_nothing_else(tmp_path):
    """ "revenues for the fiscal year ended March 31, 2023, roughly unchanged versus the previous
    year": 2022 is what the figure is set against; "The agency today arrested three employees over
    the train accident in Odisha's Balasore last month": last month is the accident's, not the
    arrest's; "the fiscal year ending March 2024" is a period's end."""
    story = invented_story(tmp_path, {
        "a": "Vodafone reported 45.7bn euros of revenues for the fiscal year ended March 31, 2023, roughly unchanged "
             "versus the previous year.\n\n"
             "The Central Bureau of Investigation today arrested three railway employees in connection with the "
             "horrific train accident in Odisha's Balasore last month.\n\n"
             "But it issued a pessimistic guidance for the fiscal year ending March 2024, saying free cash flow would fall.\n",
    }, published="2023-07-07")
    dated = _dated(story)
    assert "2022" not in dated and "2023-06" not in dated and "2023-07-07" in dated
    assert "2024-03" not in dated  # the end of a fiscal year to come, no happening


def test_a_years_label_holding_another_year_after_since_is_quoted(tmp_path):
    """ "He had been detained since 2017, ... before his extradition to the U.S. in 2022": 2022's
    label is not "He had been detained since 2017"."""
    story = invented_story(tmp_path, {
        "a": "He had been detained since 2017, first in Greece and then in France, before his extradition to the "
             "U.S. in 2022 at the age of 42.\n",
    }, published="2025-02-12")
    assert _quoted(_dated(story)["2022"][0])


def test_a_label_left_with_the_word_that_led_to_its_date_before_a_comma_is_quoted(tmp_path):
    """ "Beginning in January 2020, Equifax will also provide ...": not "Beginning, Equifax will
    ..."; "... will start deporting all illegal immigrants after November 1, putting ...": not
    "... after, putting"."""
    story = invented_story(tmp_path, {
        "a": "Beginning in January 2020, Equifax will also provide all consumers with six free credit reports each year.\n\n"
             "Pakistan will start deporting all illegal immigrants after November 1, putting pressure on Afghans.\n",
    }, published="2019-10-30")
    dated = _dated(story)
    assert _quoted(dated["2020-01"][0]) and _quoted(dated["2019-11-01"][0])


def test_who_states_what_happened_is_not_in_it(tmp_path):
    """ "Mal Lanyon stated that the men had resided in a house in Bonnyrigg, also raided on Sunday
    night": the raid is not the commissioner's, as it would not be after "said that"."""
    story = invented_story(tmp_path, {
        "a": "NSW Police Commissioner Mal Lanyon stated that the men had previously resided in a house in Bonnyrigg, "
             "also raided on Sunday night.\n",
    }, {"mal-lanyon": "Mal Lanyon"}, published="2025-12-16")
    assert _dated(story)["2025-12-14"][1] == ()


def test_what_a_comparison_is_set_against_by_name_is_quoted_under_its_date(tmp_path):
    """ "Saturday's quake was far less damaging than the one in 2010" and "bigger and shallower
    than the magnitude 7 earthquake 11 years ago": the older quake's year, not when "Saturday's
    quake was far less damaging" or "the earthquake was bigger"."""
    story = invented_story(tmp_path, {
        "a": "Saturday's quake was far less damaging than the one in 2010.\n\n"
             "It is believed the earthquake was potentially bigger and shallower than the magnitude 7 earthquake 11 years "
             "ago that killed tens of thousands.\n",
    }, published="2021-08-15")
    assert all(_quoted(label) for date, label in ((e.date, e.label) for e in story.events) if date == "2010")
    assert "2010" in _dated(story)
