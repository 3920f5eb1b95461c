"""Names the registry lacks, key facts with their sources, and the profile pages, on the real seeds."""

import json
import shutil

import pytest
from bs4 import BeautifulSoup

from conftest import EXAMPLE, invented_story
from explainer.findings.facts import find_facts
from explainer.story import build_story

PEOPLE = EXAMPLE / "content" / "people"


@pytest.fixture(scope="module")
def full_story():
    return build_story(EXAMPLE / "seeds", PEOPLE)


def registry_copy(tmp_path, drop=(), edit=None):
    folder = tmp_path / "people"
    shutil.copytree(PEOPLE, folder)
    for slug in drop:
        (folder / f"{slug}.md").unlink()
    for slug, (old, new) in (edit or {}).items():
        path = folder / f"{slug}.md"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return folder


def facts_of(story, slug, kind):
    return [f for f in story.facts_by_person[slug] if f.kind == kind]


# --- Names not in the registry -------------------------------------------------------------


def test_near_spellings_are_warned_with_the_registered_spelling_to_add_as_alias(full_story):
    lines = full_story.warnings
    lukashenka = [w for w in lines if "'Lukahshenka'" in w]
    cole = [w for w in lines if "'Cole'" in w]
    assert len(lukashenka) == 1 and "'Lukashenka'" in lukashenka[0] and "alexander-lukashenko.md" in lukashenka[0]
    assert len(cole) == 1 and "'Coale'" in cole[0] and "john-coale.md" in cole[0]
    assert lukashenka[0].startswith("tests/fixtures/example/seeds/001_181edfe7fb956e88.txt:")
    assert cole[0].startswith("tests/fixtures/example/seeds/003_0f156859665e8b4b.txt:")


def test_a_near_spelling_counts_for_the_person_but_is_flagged(full_story):
    dw = [m for m in full_story.mentions_by_person["john-coale"] if m.source.startswith("003")]
    assert {m.form for m in dw} == {"John Cole", "Cole"}
    assert all(m.variant == "near-spelling" for m in dw)
    all_five = {"000", "001", "002", "003", "004"}
    assert {m.source[:3] for m in full_story.mentions_by_person["john-coale"]} == all_five
    exact = [m for m in full_story.mentions if m.form in ("Coale", "John Coale")]
    assert exact and all(m.variant is None for m in exact)


def test_once_the_alias_is_added_the_warning_goes_and_the_mention_stays(tmp_path):
    alias = ("Title: John Coale\n", "Title: John Coale\nAliases: Cole\n")
    people = registry_copy(tmp_path, edit={"john-coale": alias})
    story = build_story(EXAMPLE / "seeds", people)
    assert not any("'Cole'" in w for w in story.warnings)
    dw = [m for m in story.mentions_by_person["john-coale"] if m.source.startswith("003")]
    assert dw and all(m.variant is None for m in dw)


@pytest.mark.parametrize("people", ["registry", "empty registry"])
def test_organisations_prizes_places_and_outlets_are_never_warned_about_as_people(people, tmp_path):
    folder = PEOPLE if people == "registry" else tmp_path
    warnings = " ".join(build_story(EXAMPLE / "seeds", folder).warnings)
    for not_a_person in ("Nobel Peace", "Center for Civil Liberties", "Civil Liberties", "Nasha Niva",
                         "Niva", "Moscow Times", "Coordination Headquarters", "European Union", "Vilnius",
                         "Main Intelligence", "Nobel Committee", "Presence News", "Bellavia"):
        assert f"'{not_a_person}" not in warnings


def test_with_no_registry_every_person_named_is_warned_about_and_nothing_else(tmp_path):
    warned = {w.split("'")[1] for w in build_story(EXAMPLE / "seeds", tmp_path).warnings}
    assert {"Pavel Slunkin", "Natallia Pinchuk", "Keith Kellogg", "Marina Zolotova", "Tatsiana Khomich",
            "Pavel Latushka", "Volodymyr Zelenskyy"} <= warned
    assert all(len(name.split()) >= 2 or name in ("Cole", "Lukahshenka") for name in warned)


def test_an_unregistered_person_is_warned_once_with_file_line_and_what_to_do(tmp_path):
    story = build_story(EXAMPLE / "seeds", registry_copy(tmp_path, drop=["pavel-slunkin"]))
    [line] = [w for w in story.warnings if "Pavel Slunkin" in w]
    assert line.startswith("tests/fixtures/example/seeds/000_c534272e422073ca.txt:")
    assert "pavel-slunkin.md" in line and "Title: Pavel Slunkin" in line


def test_warnings_and_flagged_mentions_are_in_story_json(site):
    data = json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))
    assert any("'Lukahshenka'" in w for w in data["warnings"])
    coale = next(p for p in data["people"] if p["slug"] == "john-coale")
    assert {"source", "sentence", "form", "variant"} <= set(coale["mentions"][0])
    assert any(m["form"] == "Cole" and m["variant"] == "near-spelling" for m in coale["mentions"])


# --- Key facts -----------------------------------------------------------------------------


def test_bialiatskis_age_is_cited_to_the_outlet_that_gives_it(full_story):
    [age] = facts_of(full_story, "ales-bialiatski", "age")
    [value] = age.values
    assert value.value == "63"
    [citation] = value.citations
    assert citation.source.startswith("001")
    assert "Bialiatski, 63," in full_story.source_map[citation.source].sentence(citation.sentence).text


def test_march_and_april_2023_for_bialiatskis_sentencing_are_shown_as_a_disagreement(full_story):
    [sentenced] = facts_of(full_story, "ales-bialiatski", "sentenced")
    by_value = {v.value: {c.source[:3] for c in v.citations} for v in sentenced.values}
    assert by_value["2023-03"] == {"002"} and by_value["2023-04"] == {"003"}
    assert "March 2023" in sentenced.disagreement and "April 2023" in sentenced.disagreement
    assert "2023:" not in sentenced.disagreement  # "in 2023" agrees with both


def test_ten_years_and_10_years_agree(full_story):
    [term] = facts_of(full_story, "ales-bialiatski", "sentence")
    [value] = term.values
    assert value.value == "10" and not term.disagreement
    assert {c.source[:3] for c in value.citations} == {"001", "002", "003"}


def test_a_city_inside_the_country_the_sources_name_is_no_disagreement(full_story):
    [went] = facts_of(full_story, "ales-bialiatski", "released_to")
    assert {v.value for v in went.values} >= {"Lithuania"} and not went.disagreement


@pytest.mark.parametrize(
    "slug, kind, value",
    [
        ("maria-kolesnikova", "age", "43"),
        ("maria-kolesnikova", "sentence", "11"),
        ("maria-kolesnikova", "released_to", "Ukraine"),
        ("viktar-babaryka", "sentence", "14"),
        ("viktar-babaryka", "arrested", "2020"),  # "arrested in 2020" and "arrested five years ago"
        ("maryna-zalatava", "sentence", "12"),  # ", who was serving a 12-year sentence"
        ("valyantsin-stefanovich", "sentence", "9"),  # "He ... received a nine-year sentence"
        ("maksim-znak", "arrested", "2020-09"),
    ],
)
def test_facts_go_to_the_person_the_sentence_is_about(full_story, slug, kind, value):
    [fact] = facts_of(full_story, slug, kind)
    assert value in {v.value for v in fact.values}


def test_facts_are_never_given_to_someone_merely_named_in_the_sentence(full_story):
    assert facts_of(full_story, "alexander-lukashenko", "released_to") == []
    assert facts_of(full_story, "alexander-lukashenko", "arrested") == []
    ages = {v.value for f in full_story.facts if f.kind == "age" for v in f.values}
    assert "25" not in ages  # "The youngest Ukrainian freed is 25 years old."
    assert {f.person for f in full_story.facts if f.kind == "sentence" for v in f.values if v.value == "9"} == {
        "valyantsin-stefanovich"
    }


def test_facts_are_the_same_on_every_run(full_story):
    again = find_facts(full_story.sources, full_story.mentions_by_sentence)
    assert again == full_story.facts


# --- Pages ---------------------------------------------------------------------------------


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_fact_on_a_profile_is_cited_and_the_disagreement_is_visible(site):
    page = soup(site / "people" / "ales-bialiatski.html")
    rows = page.select(".keyfacts .fact")
    assert len(rows) >= 5
    assert all(row.select("span.cite") for row in rows)
    disputed = page.select(".fact.disputed")
    assert len(disputed) == 1 and "March 2023" in disputed[0].get_text() and "April 2023" in disputed[0].get_text()
    assert disputed[0].select_one("[role=note]")


def test_profile_sections_show_own_words_outlets_names_and_companions(site):
    page = soup(site / "people" / "john-coale.html")
    text = page.get_text(" ")
    assert "In their own words" in text and page.select(".own-words span.cite")
    assert {h.get_text() for h in page.select("#said ~ h3")} >= {"DW", "BBC News"}
    names = {li.strong.get_text(): li for li in page.select(".names li")}
    assert "not a registered spelling" in names["Cole"].get_text()
    companions = page.select(".companions a")
    assert companions
    for link in companions:
        assert (site / "people" / link["href"]).resolve().is_file()


def test_people_index_groups_everyone_with_the_story_s_subjects_first(site, full_story):
    page = soup(site / "people.html")
    groups = [h.get_text() for h in page.select("main h2")]
    assert groups[0] == full_story.person_map["ales-bialiatski"].group
    links = {a["href"] for a in page.select(".people-list a")}
    assert links == {f"./people/{p.slug}.html" for p in full_story.people}


def test_a_source_sentence_lists_the_profile_that_cites_it(site):
    page = soup(site / "sources" / "001_181edfe7fb956e88.html")
    sentence = next(s for s in page.select("span.sentence") if s.get_text().startswith("Bialiatski, 63,"))
    back = sentence.find_next_sibling("span", class_="cited-by")
    assert back is not None and "../people/ales-bialiatski.html" in {a["href"] for a in back.select("a")}


def test_facts_are_in_story_json_with_their_conflict(site):
    data = json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))
    person = next(p for p in data["people"] if p["slug"] == "ales-bialiatski")
    sentenced = next(f for f in person["facts"] if f["kind"] == "sentenced")
    assert sentenced["conflict"]["values"]["002_25f6ded758b2df7f"] == "2023-03"
    assert sentenced["conflict"]["values"]["003_0f156859665e8b4b"] == "2023-04"


def test_a_profile_lists_the_persons_events_with_sources_and_conflicts(site):
    from linkcheck import parse_site

    page = parse_site(site)[(site / "people" / "ales-bialiatski.html").resolve()].soup
    items = page.select(".person-events li")
    texts = [li.get_text(" ", strip=True) for li in items]
    assert any(t.startswith("July 2021") for t in texts)
    assert all(li.select("span.cite") for li in items)
    conflicted = [li for li in items if li.select(".conflict-note")]
    assert conflicted and "April 2023" in conflicted[0].get_text() and "March 2023" in conflicted[0].get_text()


def test_the_n_year_old_standing_for_a_person_gives_no_one_an_age(tmp_path):
    people = {"tom-hale": "Tom Hale", "ann-reyes": "Ann Reyes"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale, a 10-term veteran, was beaten by the 28-year-old who campaigned for change.\n\n"
        "Tom Hale, 56, conceded on Tuesday night.\n\n"
        "The winner, Ann Reyes, a 28-year-old organiser, thanked her volunteers.\n"
    )}, people, published="2018-06-27")
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "age")] == ["56"]
    assert [f.values[0].value for f in facts_of(story, "ann-reyes", "age")] == ["28"]


def test_an_arrest_of_a_count_or_a_group_is_not_the_named_persons(tmp_path):
    people = {"ann-reyes": "Ann Reyes", "tom-hale": "Tom Hale", "sam-ode": "Sam Ode"}
    story = invented_story(tmp_path, {"a": (
        "Mayor Ann Reyes announced plans after police arrested 154 people on Sunday night.\n\n"
        "Chief Tom Hale said 147 of those arrested on Sunday were released.\n\n"
        "Sam Ode was arrested on Sunday night outside the office.\n"
    )}, people, published="2025-06-09")
    assert facts_of(story, "ann-reyes", "arrested") == [] and facts_of(story, "tom-hale", "arrested") == []
    assert [f.values[0].value for f in facts_of(story, "sam-ode", "arrested")] == ["2025-06-08"]


def test_the_n_year_old_as_an_object_gives_no_one_an_age_but_beside_a_name_it_does(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Mia Lund quickly called the 39-year-old to concede defeat.\n\n"
        "Tom Hale, the 39-year-old former banker, thanked his voters.\n"
    )}, people, published="2017-05-08")
    assert facts_of(story, "mia-lund", "age") == []
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "age")] == ["39"]


def test_a_figure_after_a_name_is_an_age_only_when_it_stands_alone(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "\u201cTom Hale scores 60,399, Mia Lund, 81,326,\u201d the returning officer said.\n\n"
        "Tom Hale, 39, thanked his voters.\n"
    )}, people, published="2022-09-05")
    assert facts_of(story, "mia-lund", "age") == []
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "age")] == ["39"]


def test_an_age_set_beside_someone_unnamed_is_no_ones(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Mia Lund said the case was found on Tuesday.\n\n"
        "The man, a 58-year-old from the harbour district, lives with his wife.\n\n"
        "Mia Lund said officials assumed the patient, a 58-year-old man, had the new variant.\n\n"
        "Tom Hale, a 61-year-old doctor, led the briefing.\n"
    )}, people, published="2021-08-17")
    assert facts_of(story, "mia-lund", "age") == []
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "age")] == ["61"]


def test_the_n_year_old_before_a_name_is_that_persons_age_and_a_new_persons_is_no_ones(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund", "ann-reyes": "Ann Reyes"}
    story = invented_story(tmp_path, {"a": (
        "Mia Lund quickly called the 39-year-old Tom Hale to concede.\n\n"
        "Mia Lund was beaten by Ann Reyes, a 28-year-old Tom Hale organiser.\n\n"
        "Police said the car hit Mia Lund and killed a 32-year-old woman.\n\n"
        "Mia Lund said prosecutors had promised justice for the slain 17-year-old.\n"
    )}, people, published="2017-05-08")
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "age")] == ["39"]
    assert facts_of(story, "mia-lund", "age") == []
    assert [f.values[0].value for f in facts_of(story, "ann-reyes", "age")] == ["28"]


def test_the_n_year_old_without_the_before_a_name_is_that_persons_and_before_a_stranger_no_ones(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Commander Mia Lund warned the toll could rise as she identified a first victim as 23-year-old Tom Hale.\n\n"
        "Commander Mia Lund said the second victim was 31-year-old Jane Roe.\n"
    )}, people, published="2017-06-17")
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "age")] == ["23"]
    assert facts_of(story, "mia-lund", "age") == []


def test_the_n_year_old_before_a_title_in_capitals_and_a_name_is_that_persons(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "The council called on 60-year-old Vice President Tom Hale to take office.\n\n"
        "Mia Lund said the victim was 31-year-old Briton Jane Roe.\n"
    )}, people, published="2017-06-17")
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "age")] == ["60"]
    assert facts_of(story, "mia-lund", "age") == []


def test_a_relations_sentencing_after_a_name_is_not_that_persons(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Mia Lund released a statement after her husband was sentenced on Tuesday.\n\n"
        "Tom Hale was sentenced on Tuesday in Dale.\n\n"
        "Among those arrested is Mia Lund, whose brother Raif Lund was arrested in 2012.\n"
    )}, people, published="2018-09-26")
    assert facts_of(story, "mia-lund", "sentenced") == []
    assert facts_of(story, "mia-lund", "arrested") == []
    assert [f.values[0].value for f in facts_of(story, "tom-hale", "sentenced")] == ["2018-09-25"]


def test_a_term_passed_by_a_judge_a_possible_term_and_the_term_told_of_are_no_ones_sentence(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund", "ann-reyes": "Ann Reyes"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale was sentenced on Wednesday to 23 years in prison.\n\n"
        "Judge Mia Lund sentenced him to 20 years for the first count.\n\n"
        "Tom Hale arrived in a wheelchair, facing a maximum sentence of 29 years.\n\n"
        "Defence lawyer Ann Reyes called the 23-year sentence obnoxious.\n"
    )}, people, published="2020-03-11")
    assert [v.value for f in facts_of(story, "tom-hale", "sentence") for v in f.values] == ["23"]
    assert facts_of(story, "mia-lund", "sentence") == [] and facts_of(story, "ann-reyes", "sentence") == []


def test_a_term_in_years_and_months_and_a_rough_term_are_read_whole_and_not_set_against_each_other(tmp_path):
    people = {"tom-hale": "Tom Hale"}
    (tmp_path / "one").mkdir()
    (tmp_path / "other").mkdir()
    story = invented_story(tmp_path / "one", {
        "a": "A court handed Tom Hale a prison term of five years and eight months for fraud.\n",
        "b": "Tom Hale was sentenced in December to an almost six-year jail term.\n",
        "c": "Tom Hale was sentenced to nearly six years in prison.\n",
    }, people, published="2021-02-10")
    (fact,) = facts_of(story, "tom-hale", "sentence")
    # "almost" and "nearly" six years are one value, told by both.
    assert sorted((v.display, len(v.citations)) for v in fact.values) == [("5 years and 8 months", 1), ("almost 6 years", 2)]
    assert fact.disagreement == ""
    other = invented_story(tmp_path / "other", {
        "a": "A court handed Tom Hale a prison term of five years and eight months for fraud.\n",
        "b": "Tom Hale was sentenced in December to six years in prison.\n",
        "c": "A court handed Tom Hale a prison term of five years and six months for fraud.\n",
    }, people, published="2021-02-10")
    (fact,) = facts_of(other, "tom-hale", "sentence")
    # Terms told alike are compared; "6 years" rounds the others rather than contradicting them.
    assert "5 years and 8 months" in fact.disagreement and "5 years and 6 months" in fact.disagreement
    assert "6 years" not in fact.disagreement.replace("5 years and 6 months", "")


def test_a_term_in_months_or_days_and_one_passed_on_someone_named_after_the_verb(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund", "ann-reyes": "Ann Reyes"}
    story = invented_story(tmp_path, {"a": (
        "Judge Mia Lund sentenced Tom Hale to 47 months in prison.\n\n"
        "Ann Reyes was sentenced on Wednesday to 30 days in jail.\n\n"
        "Tom Hale was sentenced to nearly four years in prison.\n\n"
        "A judge sentenced Roy Vale to nine years.\n\n"
        "The judge also sentenced Ann Reyes to 10 years of jail each for the three fraud offences.\n"
    )}, people, published="2019-03-08")
    (fact,) = facts_of(story, "tom-hale", "sentence")
    assert sorted(v.display for v in fact.values) == ["47 months", "nearly 4 years"] and fact.disagreement == ""
    assert [v.display for f in facts_of(story, "ann-reyes", "sentence") for v in f.values] == ["30 days"]
    assert facts_of(story, "mia-lund", "sentence") == []  # the judge's, and Roy Vale is no one registered


def test_others_accused_in_a_persons_sentence_are_not_that_persons_charges(tmp_path):
    people = {"tom-hale": "Tom Hale"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale spoke in sympathy with men accused of misconduct.\n\n"
        "Tom Hale said careers were destroyed when they were accused of being spies.\n\n"
        "Tom Hale said in a statement that an inquiry by the police revealed that the officers were accused of "
        "breaking several rules.\n\n"
        "Tom Hale was charged with fraud.\n"
    )}, people, published="2020-03-11")
    assert [v.value for f in facts_of(story, "tom-hale", "charge") for v in f.values] == ["fraud"]


def test_a_name_the_story_also_gives_a_company_names_no_one_alone(tmp_path):
    from explainer.story import build_story

    people = {"jo-acme": "Jo Acme", "eddie-lamb": "Eddie Lamb"}
    story = invented_story(tmp_path, {"a": (
        "Acme Holdings filed for bankruptcy on Monday.\n\n"
        "Acme stores will close, and Acme said Eddie Lamb stepped down on Monday.\n\n"
        "Jo Acme founded the business in 1886.\n"
    )}, people, published="2018-10-16")
    named = {(m.person, m.form) for m in story.mentions}
    assert ("jo-acme", "Jo Acme") in named
    assert not any(form == "Acme" for _, form in named)
    assert all("jo-acme" not in e.people for e in story.events if e.date.startswith("2018"))
    # The same seed edited to drop the company's words: read again, the name is the person's.
    (tmp_path / "seeds" / "a.txt").write_text("Acme said on Monday that he would stay.\n", encoding="utf-8")
    edited = build_story(tmp_path / "seeds", tmp_path / "people")
    assert {(m.person, m.form) for m in edited.mentions} == {("jo-acme", "Acme")}
    # Without the company's words, the one-word name is the person's, as before.
    (tmp_path / "other").mkdir()
    other = invented_story(tmp_path / "other", {"a": "Acme said on Monday that he would stay.\n"}, people,
                           published="2018-10-16")
    assert {(m.person, m.form) for m in other.mentions} == {("jo-acme", "Acme")}
    # Named in full more often than as a company, the one-word name is still the person's.
    (tmp_path / "third").mkdir()
    third = invented_story(tmp_path / "third", {"a": (
        "Jo Acme was sentenced on Monday.\n\nJo Acme had run Acme Holdings.\n\n"
        "Acme said on Monday that he would appeal.\n"
    )}, people, published="2018-10-16")
    assert ("jo-acme", "Acme") in {(m.person, m.form) for m in third.mentions}


def test_a_company_in_another_persons_alias_or_before_its_officers_is_a_company(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Acme CEO Jim Roe spoke on Wednesday.\n\nAcme executives cheered and Acme said the truck will be profitable.\n\n"
        "Bill Acme, the chairman, thanked the workers.\n\nAcme CEO Jim Roe left.\n"
    )}, {"bill-acme": "Bill Acme", "jim-roe": "Jim Roe"}, published="2021-05-20",
        aliases={"bill-acme": "", "jim-roe": "Acme CEO Jim Roe"})
    named = [(m.person, m.form) for m in story.mentions]
    assert ("bill-acme", "Bill Acme") in named and ("bill-acme", "Acme") not in named
    assert "bill-acme" not in {q.speaker for q in story.quotes}


def test_how_many_charges_is_not_which_charge(tmp_path):
    people = {"tom-hale": "Tom Hale"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale was convicted of five of the six charges against him on Wednesday.\n\n"
        "Hale was found guilty on both counts.\n\n"
        "Hale also received 10 years in jail on each of three charges of criminal breach of trust.\n\n"
        "Hale was charged with three counts of fraud.\n"
    )}, people, published="2021-12-30")
    assert [v.value for f in facts_of(story, "tom-hale", "charge") for v in f.values] == ["three counts of fraud"]


def test_charges_told_only_by_their_kind_name_no_crime(tmp_path):
    people = {"tom-hale": "Tom Hale"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale had been rearrested on additional charges after an earlier release.\n\n"
        "Hale was jailed in 2021 on politically motivated charges.\n\n"
        "Hale was later jailed on tax evasion charges.\n"
    )}, people, published="2021-12-30")
    assert [v.value for f in facts_of(story, "tom-hale", "charge") for v in f.values] == ["tax evasion charges"]


def test_a_crime_unnamed_is_no_charge_and_how_a_charge_was_laid_is_no_part_of_it(tmp_path):
    """ "expelled without having first been convicted of a crime" names no crime; "charged with
    eight counts of second degree murder in a video appearance" with eight counts of murder;
    "found guilty of an anti-doping rule violation by the ITF following a two-day investigation"
    of the violation."""
    people = {"tom-hale": "Tom Hale", "kai-lo": "Kai Lo", "ann-roe": "Ann Roe"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale is the first member to be expelled without having first been convicted of a crime.\n\n"
        "Kai Lo was charged with eight counts of second degree murder in a video appearance before a judge on Sunday.\n\n"
        "Ann Roe was found guilty of an anti-doping rule violation by the ITF following a two-day investigation.\n"
    )}, people, published="2025-04-28")
    assert facts_of(story, "tom-hale", "charge") == []
    assert [v.value for f in facts_of(story, "kai-lo", "charge") for v in f.values] == ["eight counts of second degree murder"]
    assert [v.value for f in facts_of(story, "ann-roe", "charge") for v in f.values] == ["an anti-doping rule violation"]


def test_a_charge_is_no_day_and_ends_before_another_happening(tmp_path):
    """ "pleaded guilty on Tuesday to federal charges" names no charge; "accused of spying and
    arrested in March" is accused of spying; "convicted of fraud and attempted murder" of both."""
    people = {"tom-hale": "Tom Hale", "ann-roe": "Ann Roe", "al-lee": "Al Lee"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale pleaded guilty on Tuesday to federal charges in a watershed moment.\n\n"
        "Ann Roe, a reporter, was accused of spying and arrested in March 2023.\n\n"
        "Al Lee was convicted of fraud and attempted murder.\n"
    )}, people, published="2023-11-23")
    assert facts_of(story, "tom-hale", "charge") == []
    assert [v.value for f in facts_of(story, "ann-roe", "charge") for v in f.values] == ["spying"]
    assert [v.value for f in facts_of(story, "al-lee", "charge") for v in f.values] == ["fraud and attempted murder"]


def test_someone_unnamed_who_was_convicted_is_no_ones_charge_and_a_charge_reads_past_an_initialism(tmp_path):
    """ "demanding the release of a neuroscientist who was convicted of ..." is not the subject's
    charge; "convicted of trying to kill U.S. Army officers" does not stop at "U.S"."""
    people = {"tom-hale": "Tom Hale", "ann-roe": "Ann Roe"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale was demanding the release of a Pakistani neuroscientist who was convicted of trying to kill "
        "U.S. Army officers in Afghanistan.\n\n"
        "Ann Roe was convicted of trying to kill U.S. Army officers in Afghanistan.\n"
    )}, people, published="2022-01-16")
    assert facts_of(story, "tom-hale", "charge") == []
    assert [v.value for f in facts_of(story, "ann-roe", "charge") for v in f.values] == [
        "trying to kill u.s. army officers in afghanistan"]


def test_a_name_the_story_gives_a_prize_or_a_committee_names_no_one_alone(tmp_path):
    people = {"alfred-roux": "Alfred Roux", "ann-blanc": "Ann Blanc"}
    story = invented_story(tmp_path, {"a": (
        "Ann Blanc won the Roux Peace Prize on Friday.\n\n"
        "The Norwegian Roux Committee said Blanc was a worthy laureate.\n\n"
        "Roux said in his will that the prize should go to peacemakers.\n"
    )}, people, published="2018-10-05")
    assert not any(m.person == "alfred-roux" for m in story.mentions)
    assert all("alfred-roux" not in e.people for e in story.events)


def test_the_age_of_someones_relation_or_of_a_group_is_no_named_persons(tmp_path):
    """ "Tom Hale, reunited with his 13-year-old daughter", "whose 16-year-old son", "the girls,
    aged 11-19": the age is the daughter's, the son's, the girls'; a name's own age still counts."""
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund", "ann-reyes": "Ann Reyes"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale, reunited with his 13-year-old daughter, thanked the soldiers.\n\n"
        "\u201cWe will count them,\u201d said Mia Lund, whose 16-year-old son was taken.\n\n"
        "Ann Reyes visited the town and said the girls, aged 11-19, would come home.\n\n"
        "Ann Reyes, 62, flew back on Friday.\n"
    )}, people, published="2018-03-21")
    assert facts_of(story, "tom-hale", "age") == [] and facts_of(story, "mia-lund", "age") == []
    assert [f.values[0].value for f in facts_of(story, "ann-reyes", "age")] == ["62"]



def test_a_term_of_office_is_no_prison_sentence(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale, who turned 65 last month, embarks on a single six-year term.\n\n"
        "Mia Lund was jailed on Monday and is serving a six-year term.\n"
    )}, people, published="2018-12-01")
    assert facts_of(story, "tom-hale", "sentence") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "sentence")] == ["6"]


def test_being_brought_somewhere_under_arrest_is_no_release(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale was brought to Dhaka on Sunday, a few hours into his arrest.\n\n"
        "Tom Hale has been brought to RAB headquarters in the capital.\n\n"
        "Tom Hale was being taken to Moscow for a court hearing and the case was handled by the service.\n\n"
        "Mia Lund, freed on Saturday, was taken to Lithuania.\n"
    )}, people, published="2013-04-28")
    assert facts_of(story, "tom-hale", "released_to") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "released_to")] == ["Lithuania"]


def test_being_transferred_somewhere_to_a_new_post_is_no_release(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "In July 2003, Tom Hale was transferred to Price as a roof control specialist.\n\n"
        "Mia Lund was released from prison and flown to Vilnius.\n"
    )}, people, published="2007-08-17")
    assert facts_of(story, "tom-hale", "released_to") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "released_to")] == ["Vilnius"]


def test_being_taken_somewhere_for_care_is_no_release(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "In January 2011, Tom Hale was taken to Milpark Hospital for routine tests.\n\n"
        "Tom Hale was admitted into hospital at 1.30am and was later transferred to Pretoria.\n\n"
        "Mia Lund, freed on Saturday, was taken to Lithuania.\n"
    )}, people, published="2013-06-08")
    assert facts_of(story, "tom-hale", "released_to") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "released_to")] == ["Lithuania"]


def test_moving_somewhere_or_being_taken_there_later_is_no_release(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale moved to Italy when his club let him go in 2012.\n\n"
        "Tom Hale will eventually be taken to Vale County Jail, the sheriff said.\n\n"
        "Tom Hale said in a statement sent to Vale Times that he was grateful.\n\n"
        "Mia Lund was freed on Saturday and moved to Lithuania.\n"
    )}, people, published="2013-04-28")
    assert facts_of(story, "tom-hale", "released_to") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "released_to")] == ["Lithuania"]



def test_an_age_before_a_description_is_the_age_of_the_one_it_describes(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund", "ann-reyes": "Ann Reyes"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale said the attack targeted a 66-year-old former officer and his daughter.\n\n"
        "Police said the attack targeted 66-year-old former officer Mia Lund.\n\n"
        "Ann Reyes, its 64-year-old coach, had never won a title.\n"
    )}, people, published="2018-03-14")
    assert facts_of(story, "tom-hale", "age") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "age")] == ["66"]
    assert [f.values[0].value for f in facts_of(story, "ann-reyes", "age")] == ["64"]



def test_a_body_charged_with_a_duty_is_no_charge(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "General Tom Hale, head of the guard that is charged with protecting the president, spoke.\n\n"
        "Mia Lund was charged with fraud.\n"
    )}, people, published="2023-08-30")
    assert facts_of(story, "tom-hale", "charge") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "charge")] == ["fraud"]



def test_arriving_somewhere_is_a_release_only_where_one_is_told(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale, arriving in Riyadh on Saturday, signed an arms deal.\n\n"
        "Mia Lund, freed on Saturday, arrived in Vilnius.\n"
    )}, people, published="2017-05-21")
    assert facts_of(story, "tom-hale", "released_to") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "released_to")] == ["Vilnius"]


def test_an_arrest_is_not_dated_by_the_hearing_it_is_held_for(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Tom Hale, 29, was arrested on Sunday and jailed pending a hearing scheduled on Wednesday.\n"
    )}, {"tom-hale": "Tom Hale"}, published="2018-07-16")
    assert [v.value for f in facts_of(story, "tom-hale", "arrested") for v in f.values] == ["2018-07-15"]


def test_a_sentence_is_not_dated_by_the_crime_it_was_passed_for(tmp_path):
    """ "sentenced to 52 years for the attacks in July last year": the attacks' month; "sentenced
    to life in January" is the sentence's."""
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "Tom Hale has been sentenced to 52 years for the attacks in July last year.\n\n"
        "Mia Lund was sentenced to life in January.\n"
    )}, people, published="2025-01-23")
    assert facts_of(story, "tom-hale", "sentenced") == []
    assert [v.value for f in facts_of(story, "mia-lund", "sentenced") for v in f.values] == ["2025-01"]


def test_a_name_used_as_a_modifier_or_a_thing_s_clause_gives_the_person_no_charge(tmp_path):
    people = {"tom-hale": "Tom Hale", "mia-lund": "Mia Lund"}
    story = invented_story(tmp_path, {"a": (
        "The Tom Hale administration was accused of hiding the deficit.\n\n"
        "Mia Lund signed a deal with Ruritania, which cut ties with Freedonia for allegedly funding rebels.\n\n"
        "Mia Lund was accused of bribery.\n"
    )}, people, published="2023-08-30")
    assert facts_of(story, "tom-hale", "charge") == []
    assert [f.values[0].value for f in facts_of(story, "mia-lund", "charge")] == ["bribery"]


def test_the_verb_after_an_apposition_is_not_the_clause_of_the_name_inside_it(tmp_path):
    """"Ann Lee, mother of Bob Stone, hugs ... after Jane Roe was convicted of murder in the
    death of Stone's son": the conviction is neither the son's nor the mother's; a relative
    clause after "of" still tells of the one named there."""
    people = {"jane-roe": "Jane Roe", "bob-stone": "Bob Stone", "ann-lee": "Ann Lee"}
    story = invented_story(tmp_path, {"a": (
        "Ann Lee, mother of Bob Stone, hugs a supporter after former officer Jane Roe was convicted "
        "of murder in the death of Stone's son.\n\n"
        "Protesters called for the release of Bob Stone, who was charged with treason.\n\n"
        "The committee demanded the release of Ann Lee, detained on Monday in the capital.\n"
    )}, people, published="2019-10-01")
    assert [f.values[0].value for f in facts_of(story, "bob-stone", "charge")] == ["treason"]
    assert [f.values[0].value for f in facts_of(story, "ann-lee", "arrested")] == ["2019-09-30"]
    assert facts_of(story, "ann-lee", "charge") == []


def test_an_age_told_after_what_was_done_or_after_then_is_no_age_now(tmp_path):
    people = {"jane-roe": "Jane Roe", "bob-stone": "Bob Stone"}
    story = invented_story(tmp_path, {"a": (
        "Jane Roe, who joined the group in Syria aged 15, is to lose her citizenship.\n\n"
        "Bob Stone, then aged 17, travelled to the city.\n\n"
        "Bob Stone, aged 18, was acquitted.\n\n"
        "A lawyer says 19-year-old Jane Roe will appeal.\n\n"
        "Ann Lee, who died aged 76 in May, was his teacher.\n\n"
        "Jane Roe joined the club's academy aged 11 before making her debut in 2011.\n"
    )}, {**people, "ann-lee": "Ann Lee"}, published="2019-02-19")
    assert [v.value for f in facts_of(story, "jane-roe", "age") for v in f.values] == ["19"]
    assert [v.value for f in facts_of(story, "bob-stone", "age") for v in f.values] == ["18"]
    assert [v.value for f in facts_of(story, "ann-lee", "age") for v in f.values] == ["76"]


def test_a_then_age_is_the_age_at_the_time_told_of_not_now(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The board held no ceremony where the then-15-year-old Jane Roe was the star skater.\n",
        "b": "The ban ends a saga with the 17-year-old Jane Roe.\n",
    }, {"jane-roe": "Jane Roe"}, published="2024-01-29")
    assert [v.value for f in facts_of(story, "jane-roe", "age") for v in f.values] == ["17"]


def test_an_age_opening_a_clause_of_a_time_gone_is_the_age_then(tmp_path):
    """ "the youngest champion since 18-year-old Bob Stone won in 1986": Stone's age in 1986."""
    story = invented_story(tmp_path, {
        "a": "Roe became the youngest champion since 18-year-old Bob Stone won the title in 1986.\n",
        "b": "The 55-year-old Bob Stone watched from the stands.\n",
    }, {"bob-stone": "Bob Stone"}, published="2023-07-16")
    assert [v.value for f in facts_of(story, "bob-stone", "age") for v in f.values] == ["55"]


def test_a_task_one_is_charged_with_or_a_count_of_criminal_counts_is_no_charge(tmp_path):
    people = {"jane-roe": "Jane Roe", "bob-stone": "Bob Stone"}
    story = invented_story(tmp_path, {"a": (
        "Jane Roe has won the race to become the new leader, charged with reviving a faltering movement.\n\n"
        "Bob Stone was convicted of all seven criminal counts that he faced at his trial.\n\n"
        "Bob Stone was also charged with running a brothel.\n"
    )}, people, published="2019-11-15")
    assert facts_of(story, "jane-roe", "charge") == []
    assert [v.value for f in facts_of(story, "bob-stone", "charge") for v in f.values] == ["running a brothel"]


def test_when_a_crime_was_done_is_not_part_of_the_charge(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Bob Stone, 57, was found guilty of raping a woman in Greater Manchester in 2003.\n\n"
        "Bob Stone was also convicted of attacking a woman in Salford in July 2002.\n"
    )}, {"bob-stone": "Bob Stone"}, published="2023-07-26")
    assert sorted(v.value for f in facts_of(story, "bob-stone", "charge") for v in f.values) == [
        "attacking a woman in salford", "raping a woman in greater manchester"]


def test_the_crimes_year_does_not_date_a_sentence_nor_a_term_served_an_arrest(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Bob Stone apologized on Wednesday shortly before a judge formally sentenced him to death for the 2013 attack.\n\n"
        "Tom Hale was initially jailed for five years in 2014 for culpable homicide.\n\n"
        "Tom Hale was arrested in March 2013 at his home.\n\n"
        "Ann Lee was arrested for the 1999 murder of a businessman.\n\n"
        "Bob Stone was jailed in 2004 for the attack on a woman, serving 17 years.\n\n"
        "Dan Kim was jailed Wednesday for calling the protest. Dan Kim has been jailed three times this year.\n"
    )}, {"bob-stone": "Bob Stone", "tom-hale": "Tom Hale", "ann-lee": "Ann Lee", "dan-kim": "Dan Kim"},
        published="2015-06-25")
    assert [v.value for f in facts_of(story, "bob-stone", "sentenced") for v in f.values] != ["2013"]
    assert facts_of(story, "bob-stone", "arrested") == []
    assert [v.value for f in facts_of(story, "dan-kim", "arrested") for v in f.values] == ["2015"]
    assert [v.value for f in facts_of(story, "tom-hale", "arrested") for v in f.values] == ["2013-03"]
    # An arrest for a crime is often in the crime's year: what the outlets' readers take it to say.
    assert [v.value for f in facts_of(story, "ann-lee", "arrested") for v in f.values] == ["1999"]


def test_a_word_the_story_uses_as_a_place_is_no_near_spelling_of_a_surname(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Judge Ann Cannon declared a mistrial. Tom Hale died on a snowy night in Canton.\n",
        "b": "Tom Hale was found outside the Canton home of a friend. Judge Canon thanked the jurors.\n",
    }, {"ann-cannon": "Ann Cannon", "tom-hale": "Tom Hale"})
    forms = {m.form for m in story.mentions if m.person == "ann-cannon"}
    assert "Canton" not in forms
    assert "Canon" in forms  # a misspelling that is no place is still hers, flagged


def test_a_month_or_a_weekday_is_no_near_spelling_of_a_surname(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Tom Hale died today, Friday 4th March, the statement said.\n",
        "b": "The death came a day after that of Rod Marsh. Rod Mash was a wicketkeeper.\n",
    }, {"rod-marsh": "Rod Marsh", "tom-hale": "Tom Hale"}, published="2022-03-04")
    forms = {m.form for m in story.mentions if m.person == "rod-marsh"}
    assert "March" not in forms
    assert "Rod Mash" in forms  # a misspelling that is no month is still his, flagged


def test_a_word_of_how_many_is_no_near_spelling_of_a_name(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Many thousands of people gathered outside the palace. Queen Mary waved to them.\n",
        "b": "Queen Marry, as one outlet spelled her, waved.\n",
    }, {"queen-mary": "Queen Mary"}, published="2024-01-14")
    forms = {m.form for m in story.mentions if m.person == "queen-mary"}
    assert "Many" not in forms
    assert "Queen Marry" in forms or "Marry" in forms  # a misspelling that is no word of grammar is still hers


def test_the_judge_who_sentenced_someone_was_not_sentenced(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Judge Vernon Roe sentenced Tom Hale Friday evening in Manhattan.\n\n"
        "Tom Hale was sentenced Friday to 26 months in prison.\n\n"
        "Ann Lee was arrested in Moscow. In 2020, a judge sentenced Ann Lee to 9 years in a prison camp.\n"
    )}, {"vernon-roe": "Vernon Roe", "tom-hale": "Tom Hale", "ann-lee": "Ann Lee"}, published="2020-01-18")
    assert facts_of(story, "vernon-roe", "sentenced") == []
    assert [v.value for f in facts_of(story, "tom-hale", "sentenced") for v in f.values] == ["2020-01-17"]
    assert [v.value for f in facts_of(story, "ann-lee", "sentenced") for v in f.values] == ["2020"]


def test_a_sentencing_still_to_come_is_no_sentence_passed(tmp_path):
    from conftest import invented_story

    story = invented_story(tmp_path, {
        "a": "Ann Lee will be sentenced on July 11 by the judge.\n\n"
             "Lee was originally supposed to be sentenced in January but the hearing was delayed.\n\n"
             "Lee is expected to be sentenced in March.\n",
        "b": "Bob Stone was sentenced on Friday to ten years.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"}, published="2024-05-31")
    assert facts_of(story, "ann-lee", "sentenced") == []
    assert [v.value for f in facts_of(story, "bob-stone", "sentenced") for v in f.values] == ["2024-05-31"]


def test_a_description_goes_on_about_the_last_sentences_person_only_when_it_named_no_one_else(tmp_path):
    """"Ann Lee won, defeating the incumbent Bob Stone. The incumbent won 44%." is not about Ann
    Lee; "The veteran lawyer thanked voters." after a sentence naming only her is."""
    story = invented_story(tmp_path, {
        "a": "Ann Lee won the election, defeating the incumbent Bob Stone. The incumbent won just 44.4% of the vote.\n\n"
             "Ann Lee was declared the winner on Friday. The veteran lawyer thanked her voters.\n",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"})
    text = {s.id: s.text for s in story.sources[0].sentences}
    assert [(c.person, text[c.sentence]) for c in story.continuations] == [("ann-lee", "The veteran lawyer thanked her voters.")]


def test_a_thing_described_after_a_persons_sentence_does_not_go_on_about_them(tmp_path):
    """ "The first human case of bird flu ... was nearly nine months ago" after a sentence naming
    Jo Roe is about the case; "The epidemiologist warned ..." after one is about her."""
    story = invented_story(tmp_path, {
        "a": "Jo Roe said the risk was low. The first human case of bird flu was nearly nine months ago.\n\n"
             "Jo Roe spoke on Monday. The epidemiologist warned of more cases.\n",
    }, {"jo-roe": "Jo Roe"})
    text = {s.id: s.text for s in story.sources[0].sentences}
    assert [(c.person, text[c.sentence]) for c in story.continuations] == [("jo-roe", "The epidemiologist warned of more cases.")]


def test_a_charge_in_what_someone_said_of_someone_new_is_not_the_speakers(tmp_path):
    people = {"jane-roe": "Jane Roe", "bob-stone": "Bob Stone"}
    story = invented_story(tmp_path, {"a": (
        "Police Commissioner Bob Stone said a man in his late 20s had been charged with murder and will appear "
        "in court on Saturday.\n\n"
        "Jane Roe, 33, is accused of stealing data from card applications in what is one of the largest breaches ever.\n"
    )}, people, published="2019-03-16")
    assert facts_of(story, "bob-stone", "charge") == []
    assert [v.value for f in facts_of(story, "jane-roe", "charge") for v in f.values] == [
        "stealing data from card applications"]


def test_the_end_of_a_decimal_figure_is_no_sentence(tmp_path):
    people = {"tom-hale": "Tom Hale", "ann-lee": "Ann Lee"}
    story = invented_story(tmp_path, {"a": (
        "Judge Ann Lee on Thursday handed down the 24.25-year sentence to Tom Hale.\n\n"
        "Tom Hale was sentenced to 25 years in prison.\n"
    )}, people, published="2024-03-29")
    assert facts_of(story, "ann-lee", "sentence") == []
    assert [v.value for f in facts_of(story, "tom-hale", "sentence") for v in f.values] == ["25"]


def test_a_charge_of_an_unnamed_accused_is_no_named_persons(tmp_path):
    """ "the capture of the man accused of killing ...": the man, not the marshal named before;
    "the trooper he's accused of murdering": the trooper is no accused; an apposition
    ("Tom Hale, the man accused of killing a trooper") is the named person's charge."""
    story = invented_story(tmp_path, {"a": (
        "Said Vernon Roe, one of the men involved in the capture of the man accused of killing one trooper.\n\n"
        "He was handcuffed with the handcuffs of Cpl. Ann Lee, the trooper he's accused of murdering.\n\n"
        "Tom Hale, the man accused of killing a trooper, was caught on Thursday.\n"
    )}, {"vernon-roe": "Vernon Roe", "tom-hale": "Tom Hale", "ann-lee": "Ann Lee"}, published="2014-10-31")
    assert facts_of(story, "vernon-roe", "charge") == []
    assert facts_of(story, "ann-lee", "charge") == []
    assert [v.value for f in facts_of(story, "tom-hale", "charge") for v in f.values] == ["killing a trooper"]


def test_a_term_without_parole_is_not_the_sentence_passed(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Tom Hale was sentenced on Friday to 46 years' imprisonment without parole, serving six life terms.\n\n"
        "Ann Lee was sentenced to 12 years in prison.\n"
    )}, {"tom-hale": "Tom Hale", "ann-lee": "Ann Lee"}, published="2019-02-26")
    assert facts_of(story, "tom-hale", "sentence") == []
    assert [v.value for f in facts_of(story, "ann-lee", "sentence") for v in f.values] == ["12"]


def test_a_charge_ends_before_a_second_verb_and_words_describing_charges_are_no_charge(tmp_path):
    """ "convicted of conspiring to kill Americans and began his 25-year sentence" is charged
    with the conspiracy alone; "held on unproven charges of espionage" names no charge
    "unproven"."""
    story = invented_story(tmp_path, {"a": (
        "Bob Stone was convicted of conspiring to kill Americans and began his 25-year sentence a decade ago.\n\n"
        "Jane Roe has been held since 2018 on unproven charges of espionage.\n"
    )}, {"bob-stone": "Bob Stone", "jane-roe": "Jane Roe"}, published="2022-12-09")
    assert [v.value for f in facts_of(story, "bob-stone", "charge") for v in f.values] == ["conspiring to kill americans"]
    assert facts_of(story, "jane-roe", "charge") == []


def test_someone_unnamed_accused_in_a_clause_is_not_the_sentences_named_subject(tmp_path):
    """ "Chancellor Jo Roe visited Solingen, where a suspected extremist from Syria is accused of
    stabbing three people to death": Roe is charged with nothing; "Bob Stone is accused of fraud"
    is Stone's charge."""
    story = invented_story(tmp_path, {
        "a": "Chancellor Jo Roe visited Solingen, where a suspected extremist from Syria is accused of stabbing "
             "three people to death.\n\nBob Stone, a former teacher, is accused of fraud.\n",
    }, {"jo-roe": "Jo Roe", "bob-stone": "Bob Stone"}, published="2024-08-26")
    assert facts_of(story, "jo-roe", "charge") == []
    assert [v.value for f in facts_of(story, "bob-stone", "charge") for v in f.values] == ["fraud"]


def test_a_sentence_a_judge_proposed_is_not_the_judges(tmp_path):
    """ "dissenting Judge Jo Roe proposed a joint sentence of 30 years": no term of Roe's;
    "Bob Stone was sentenced to 25 years" is Stone's."""
    story = invented_story(tmp_path, {
        "a": "However, dissenting Judge Jo Roe proposed a joint sentence of 30 years.\n\n"
             "Bob Stone was sentenced to 25 years in prison on Thursday.\n",
    }, {"jo-roe": "Jo Roe", "bob-stone": "Bob Stone"}, published="2021-05-07")
    assert facts_of(story, "jo-roe", "sentence") == []
    assert [v.value for f in facts_of(story, "bob-stone", "sentence") for v in f.values] == ["25"]



def test_a_person_named_only_in_a_caption_is_not_named_in_the_article_text(tmp_path):
    """The profile's "Named in the article text of N sources": a photo caption that names Xi is
    the picture's, not the outlet's article."""
    from explainer.site.profiles import StoryIndex, profile_values

    people = {"xi-jinping": "Xi Jinping", "wang-yi": "Wang Yi"}
    story = invented_story(tmp_path, {
        "a": "Wang Yi hosted the talks in Beijing on Friday, officials said.\n\n"
             "Xi Jinping greets delegates at the Great Hall of the People in Beijing, China, March 10, 2023. REUTERS/Jo Roe\n\n"
             "The two sides agreed to reopen their embassies within two months.\n",
        "b": "Xi Jinping welcomed the deal, which Wang Yi brokered on Friday.\n",
    }, people, published="2023-03-11")
    index, hrefs = StoryIndex.of(story), {slug: f"{slug}.html" for slug in people}
    person = {p.slug: p for p in story.people}
    assert profile_values(story, person["xi-jinping"], hrefs, index)["named_in"] == 1
    assert profile_values(story, person["wang-yi"], hrefs, index)["named_in"] == 2
    assert len({m.source for m in story.mentions_by_person["xi-jinping"]}) == 2
