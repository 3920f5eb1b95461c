"""The people registry and the mentions found in the real seeds."""

import pytest

from conftest import EXAMPLE, invented_story
from explainer.base.errors import ExplainerError
from explainer.extract.sources import load_sources
from explainer.findings.people import NameMatcher, load_registry
from explainer.story import build_story

# Which seeds name each person, counted by hand from the five articles (first three digits).
HAND_COUNT = {
    "ales-bialiatski": {"000", "001", "002", "003", "004"},
    "maria-kolesnikova": {"000", "001", "002", "003", "004"},
    "alexander-lukashenko": {"000", "001", "002", "003", "004"},
    "viktar-babaryka": {"000", "001", "002", "004"},
    "maksim-znak": {"001", "002"},
    "maryna-zalatava": {"001", "004"},
    "valyantsin-stefanovich": {"002"},
    "sviatlana-tsikhanouskaya": {"000", "001", "004"},
    "tatsiana-khomich": {"001", "003", "004"},
    "natallia-pinchuk": {"003"},
    "donald-trump": {"001", "003", "004"},
    "vladimir-putin": {"001", "004"},
    "keith-kellogg": {"001"},
    "kyrylo-budanov": {"001"},
    "volodymyr-zelenskyy": {"000"},
    "pavel-slunkin": {"000"},
    "franak-viacorka": {"001"},
    "valery-tsapkala": {"001"},
    "siarhei-tsikhanouski": {"001"},
    "john-coale": {"000", "001", "002", "003", "004"},  # DW spells him "Cole": a flagged near-spelling
}


@pytest.fixture(scope="module")
def full_story():
    return build_story(EXAMPLE / "seeds", EXAMPLE / "content" / "people")


@pytest.mark.parametrize("slug", sorted(HAND_COUNT))
def test_each_person_is_found_in_the_seeds_a_reader_would_count(full_story, slug):
    found = {m.source[:3] for m in full_story.mentions_by_person[slug]}
    assert found == HAND_COUNT[slug]


def test_kolesnikova_is_named_in_all_five_under_two_spellings(full_story):
    mentions = full_story.mentions_by_person["maria-kolesnikova"]
    assert len({m.source for m in mentions}) == 5
    surnames = {m.form.split()[-1] for m in mentions}
    assert surnames == {"Kolesnikova", "Kalesnikava"}


def test_possessives_and_titles_are_mentions_with_the_name_as_written(full_story):
    forms = [m.form for m in full_story.mentions_by_person["maria-kolesnikova"] if m.source.startswith("003")]
    assert "Kolesnikova" in forms  # from "Kolesnikova's sister" and "Kolesnikova said"
    lukashenko = {m.form for m in full_story.mentions_by_person["alexander-lukashenko"]}
    assert "President" not in " ".join(lukashenko)


def test_organisations_and_prizes_are_not_people(full_story):
    names = {p.name for p in full_story.people}
    for not_a_person in ("Nobel Peace Prize", "Center for Civil Liberties", "Nasha Niva", "Viasna"):
        assert not_a_person not in names


def test_mentions_inside_an_embedded_post_are_marked(full_story):
    in_posts = [m for m in full_story.mentions if m.in_post]
    assert any(m.person == "ales-bialiatski" for m in in_posts)
    assert all(m.source.startswith("000") for m in in_posts)


def test_matching_ignores_accents_case_and_curly_apostrophes():
    from explainer.extract.editorial import Document
    from explainer.findings.people import Person

    person = Person("a", "Aliaksandr Lukashenka", ("Lukašenka",), "", "", Document("x", {}, ()), "x")
    matcher = NameMatcher((person,))
    found = matcher.find("LUKASENKA\u2019s men met aliaksandr lukashenka.")
    assert [(slug, form) for slug, form, _ in found] == [("a", "LUKASENKA"), ("a", "aliaksandr lukashenka")]


def test_a_surname_shared_by_two_people_is_not_attributed_alone():
    from explainer.extract.editorial import Document
    from explainer.findings.people import Person

    doc = Document("x", {}, ())
    matcher = NameMatcher((Person("a", "Siarhei Tsikhanouski", (), "", "", doc, "a"),
                           Person("b", "Ihar Tsikhanouski", (), "", "", doc, "b")))
    assert matcher.find("Tsikhanouski spoke.") == []
    assert [s for s, _, _ in matcher.find("Ihar Tsikhanouski spoke.")] == ["b"]


def test_an_alias_claimed_by_two_people_fails_naming_both_files(tmp_path, sources):
    (tmp_path / "one.md").write_text("Title: Maria Kolesnikova\nAliases: Kalesnikava\n\nText.\n")
    (tmp_path / "two.md").write_text("Title: Someone Else\nAliases: Kalesnikava\n\nText.\n")
    with pytest.raises(ExplainerError) as err:
        load_registry(tmp_path, sources)
    assert "two.md" in str(err.value) and "one.md" in str(err.value)


def test_a_person_without_a_title_fails_naming_the_file(tmp_path, sources):
    (tmp_path / "nobody.md").write_text("Role: Someone\n\nText.\n")
    with pytest.raises(ExplainerError) as err:
        load_registry(tmp_path, sources)
    assert "nobody.md" in str(err.value) and "Title" in str(err.value)


def test_a_summary_sentence_stating_a_fact_without_a_citation_is_warned_about(tmp_path):
    from explainer.findings.people import uncited_fact_warnings

    folder = tmp_path / "people"
    folder.mkdir()
    (folder / "ann-lee.md").write_text(
        "Title: Ann Lee\nRole: An activist\n\n"
        "An activist from the north. She was arrested in 2021 and spent two years in prison.\n"
        "She was released on Saturday [cite 003 \"released 123 political prisoners on Saturday\"].\n",
        encoding="utf-8",
    )
    [warning] = uncited_fact_warnings(load_registry(folder, sources_of_example()))
    assert "ann-lee.md:4: 'She was arrested in 2021 and spent two years in prison.'" in warning
    assert "without a citation" in warning


def test_the_example_registry_states_no_uncited_fact():
    from explainer.findings.people import uncited_fact_warnings

    assert uncited_fact_warnings(load_registry(EXAMPLE / "content" / "people", sources_of_example())) == ()


def sources_of_example():
    return {s.id: s for s in load_sources(EXAMPLE / "seeds")}


def test_a_person_file_read_again_is_reused_until_it_or_a_seed_it_cites_changes(tmp_path):
    invented_story(tmp_path, {"a": "Jean Roux led the march on Monday.", "b": "The march ended at noon."})
    (tmp_path / "people" / "jean-roux.md").write_text(
        'Title: Jean Roux\nRole: Organiser [cite a "led the march"]\n\nHe led it.\n', encoding="utf-8"
    )
    first = load_registry(tmp_path / "people", {s.id: s for s in load_sources(tmp_path / "seeds")})
    again = load_registry(tmp_path / "people", {s.id: s for s in load_sources(tmp_path / "seeds")})
    assert again[0] is first[0]
    (tmp_path / "seeds" / "b.txt").write_text("The march ended at one.\n", encoding="utf-8")  # not cited
    assert load_registry(tmp_path / "people", {s.id: s for s in load_sources(tmp_path / "seeds")})[0] is first[0]
    (tmp_path / "seeds" / "a.txt").write_text("Jean Roux joined the march on Monday.\n", encoding="utf-8")
    with pytest.raises(ExplainerError, match="misquote"):
        load_registry(tmp_path / "people", {s.id: s for s in load_sources(tmp_path / "seeds")})
    (tmp_path / "seeds" / "a.txt").write_text("Jean Roux led the march on Monday.\n", encoding="utf-8")
    (tmp_path / "people" / "jean-roux.md").write_text("Title: Jean Rue\n", encoding="utf-8")
    assert load_registry(tmp_path / "people", {s.id: s for s in load_sources(tmp_path / "seeds")})[0].name == "Jean Rue"


def test_the_words_written_in_lower_case_follow_an_edited_seed(tmp_path):
    from explainer.findings.names import sources_common_words

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2024-05-08\n", encoding="utf-8")
    (seeds / "a.txt").write_text("The harbour was closed on Monday.\n", encoding="utf-8")
    first = sources_common_words(load_sources(seeds))
    (seeds / "a.txt").write_text("The bridge was reopened on Monday.\n", encoding="utf-8")
    second = sources_common_words(load_sources(seeds))
    assert "harbour" in first and "harbour" not in second
    assert "bridge" in second and "reopened" in second



def test_a_place_named_after_a_surname_is_not_the_person(tmp_path):
    from conftest import invented_story

    story = invented_story(tmp_path, {"a": (
        "Sohel Rana owns the building.\n\n"
        "The Rana Plaza building caved in on Wednesday.\n\n"
        "Rana fled to the border, with Rana building his defence.\n\n"
        "The Rana Dam burst its banks on Wednesday night.\n"
    )}, {"sohel-rana": "Sohel Rana"})
    forms = [m.form for m in story.mentions]
    assert forms == ["Sohel Rana", "Rana", "Rana"]



def test_the_place_a_name_is_of_is_not_its_surname(tmp_path):
    from conftest import invented_story

    story = invented_story(tmp_path, {"a": (
        "King Roy of Vale Arabia met the envoy on Monday.\n\n"
        "The deal with Vale Arabia was signed in May, and King Roy praised it.\n"
    )}, {"king-roy": "King Roy"}, aliases={"king-roy": "King Roy of Vale Arabia"})
    assert [m.form for m in story.mentions] == ["King Roy of Vale Arabia", "King Roy"]


def test_a_full_name_before_a_place_word_names_the_place(tmp_path):
    from conftest import invented_story

    story = invented_story(tmp_path, {"a": (
        "Ann Lee spoke at the new Steve Jobs Theater in the city on Tuesday.\n\n"
        "Steve Jobs founded the company, and Steve Jobs hall-monitors were mentioned.\n"
    )}, {"ann-lee": "Ann Lee", "steve-jobs": "Steve Jobs"})
    assert [m.form for m in story.mentions] == ["Ann Lee", "Steve Jobs", "Steve Jobs"]


def test_an_alias_that_starts_a_longer_name_gives_way_to_it(tmp_path):
    """"the Queen" is an alias, but in "the Queen Mara II Centre" the longer name "Queen Mara II"
    starts inside it, and that name before "Centre" is the building's."""
    from conftest import invented_story

    story = invented_story(tmp_path, {"a": (
        "The vote was announced at the Queen Mara II Centre on Monday.\n\n"
        "The Queen Mara II visited the town, and the Queen spoke on Tuesday.\n"
    )}, {"queen-mara-ii": "Queen Mara II"}, aliases={"queen-mara-ii": "the Queen, Queen Mara"})
    assert [m.form for m in story.mentions] == ["Queen Mara II", "the Queen"]


def test_a_one_word_name_in_lower_case_is_the_word(tmp_path):
    from conftest import invented_story

    story = invented_story(tmp_path, {"a": (
        "Rosa North spoke for the Red Cross.\n\n"
        "Rescuers found destruction across the north of the island.\n\n"
        "North said the teams were tired.\n"
    )}, {"rosa-north": "Rosa North"})
    assert [m.form for m in story.mentions] == ["Rosa North", "North"]


def test_a_one_word_name_that_is_a_word_of_grammar_opening_a_sentence_is_the_word(tmp_path):
    """ "Among the protesters" opens with the preposition; "Among said" and a mid-sentence
    "Among" are the speaker of Parliament."""
    from conftest import invented_story

    story = invented_story(tmp_path, {"a": (
        "Protesters marched against Speaker Rita Among on Tuesday.\n\n"
        "Among the protesters arrested were a doctor and a journalist.\n\n"
        "\u201cAmong those charged was my brother,\u201d a woman said.\n\n"
        "Among said the march was illegal.\n"
    )}, {"rita-among": "Rita Among"})
    assert [(m.form, m.start) for m in story.mentions] == [("Rita Among", 35), ("Among", 0)]


def test_an_alias_that_is_a_description_gives_no_surname(tmp_path):
    """An editor's alias "Mrs Thatcher's Chancellor" is a description: "The Chancellor" of another
    sentence is not that person."""
    seeds, people = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir()
    people.mkdir()
    (seeds / "a.txt").write_text(
        "The plan goes further than Mrs Thatcher's Chancellor went in 1988.\n\n"
        "The Chancellor also said he would abolish the top rate of income tax.\n", encoding="utf-8")
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2022-09-23\n", encoding="utf-8")
    (people / "nigel-lawson.md").write_text(
        "Title: Nigel Lawson\nAliases: Lawson, Mrs Thatcher's Chancellor\n", encoding="utf-8")
    story = build_story(seeds, people)
    assert [m.form for m in story.mentions] == ["Mrs Thatcher's Chancellor"]


def test_a_first_name_after_a_capitalised_word_that_is_no_honorific_is_part_of_another_name(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "The painting Shot Sage Blue Marilyn was sold on Monday. When Marilyn sang, they cheered.\n\n"
        "Prince Harry spoke, and Queen Camilla smiled.\n"
    )}, {"marilyn-monroe": "Marilyn Monroe", "camilla-parker": "Camilla Parker"}, published="2022-05-10",
        aliases={"marilyn-monroe": "Monroe, Marilyn", "camilla-parker": "Camilla"})
    assert [(m.person, m.form) for m in story.mentions] == [("marilyn-monroe", "Marilyn"), ("camilla-parker", "Camilla")]


def test_a_title_of_a_place_makes_the_place_nobodys_surname(tmp_path):
    """"Mayor of London" and "Baby Cambridge" as aliases: "London" and "Cambridge" alone are the
    places, not the mayor or the baby."""
    seeds, people = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir()
    people.mkdir()
    (seeds / "a.txt").write_text(
        "The Mayor of London spoke as the baby was born.\n\n"
        "The girl lived in south London and her parents studied in Cambridge.\n", encoding="utf-8")
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2020-12-16\n", encoding="utf-8")
    (people / "sam-khan.md").write_text("Title: Sam Khan\nAliases: Khan, Mayor of London\n", encoding="utf-8")
    (people / "baby-george.md").write_text("Title: Prince George of Cambridge\nAliases: Baby Cambridge\n", encoding="utf-8")
    (people / "kate-roe.md").write_text("Title: Kate Roe\nAliases: Duchess of Cambridge\n", encoding="utf-8")
    story = build_story(seeds, people)
    assert [(m.person, m.form) for m in story.mentions] == [("sam-khan", "Mayor of London")]


def test_a_name_before_an_unspaced_dash_is_found_and_a_double_name_is_not_a_shorter_one(tmp_path):
    story = invented_story(tmp_path, {
        "a1": "Incoming CEO Ann Lee\u2014a restructuring adviser\u2014is picking over the decisions.",
        "a2": "Bob Stone\u2013the mayor\u2013said no. Ann Lee-Smith, another adviser, spoke too.",
    }, {"ann-lee": "Ann Lee", "bob-stone": "Bob Stone"})
    found = sorted((m.source, m.person, m.form) for m in story.mentions)
    assert found == [("a1", "ann-lee", "Ann Lee"), ("a2", "bob-stone", "Bob Stone")]
    assert not any("Ann Lee" in str(w) and "a1" in str(w) for w in story.warnings)


def test_a_one_word_form_before_another_capitalised_name_word_is_another_name(tmp_path):
    story = invented_story(tmp_path, {
        "a1": "Source: Jill Colvin, Eric Tucker and Jane Roe. Eric said he was proud.",
        "a2": "The Trump Organization said no. Asked again, Trump Monday said no.",
    }, {"eric-trump": "Eric Trump", "donald-trump": "Donald Trump"},
        aliases={"eric-trump": "Eric", "donald-trump": "Trump"})
    found = sorted((m.source, m.person, m.form) for m in story.mentions)
    assert found == [("a1", "eric-trump", "Eric"), ("a2", "donald-trump", "Trump")]


def test_a_near_spelling_opening_another_name_is_not_that_person(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Sam Cane was sent off early.\n\n"
        "Fans cheered in Johannesburg, Cape Town and everywhere else.\n\n"
        "More sanctions will be lifted, said Cone Saturday.\n"
    )}, {"sam-cane": "Sam Cane"})
    forms = [m.form for m in story.mentions]
    assert "Cape" not in forms and "Cone" in forms  # a day after the word is not another name


def test_a_country_a_place_is_part_of_is_no_near_spelling_of_a_surname(tmp_path):
    """ "part of France" makes France a place in the story: "France ordered troops" is not High
    Commissioner Louis Le Franc."""
    story = invented_story(tmp_path, {"a": (
        "High Commissioner Louis Le Franc said 200 people were arrested.\n\n"
        "France ordered troops to guard ports and the airport.\n\n"
        "The territory remains part of France in the post-colonial era.\n"
    )}, {"louis-le-franc": "Louis Le Franc"}, aliases={"louis-le-franc": "Le Franc"})
    assert [m.form for m in story.mentions] == ["Louis Le Franc"]


def test_the_end_of_a_name_after_a_particle_is_no_near_spelling_of_a_surname(tmp_path):
    """ "a bar in Barrio de la Torre" is not Minister Angel Torres."""
    story = invented_story(tmp_path, {"a": (
        "Minister Angel Torres said the toll would rise.\n\n"
        "Residents of Barrio de la Torre cleared the mud.\n"
    )}, {"angel-torres": "Angel Torres"})
    assert [m.form for m in story.mentions] == ["Angel Torres"]


def test_a_near_spelling_after_another_first_name_is_another_person(tmp_path):
    """ "actresses Angela Bassett and Viola Davis" is no near-spelling of Roger Davies; "Mr
    Davis" may be."""
    story = invented_story(tmp_path, {"a": (
        "Her manager Roger Davies said she was at peace.\n\n"
        "Also paying tribute were actresses Angela Bassett and Viola Davis.\n\n"
        "Mr Davis said later he was sad.\n"
    )}, {"roger-davies": "Roger Davies"})
    forms = [m.form for m in story.mentions]
    assert forms == ["Roger Davies", "Davis"]


def test_a_surname_after_a_relatives_first_name_is_the_relative_not_the_person(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Morad Tahbaz was freed on Monday.\n\n"
        "His wife Vida Tahbaz was also allowed to leave.\n\n"
        "Tahbaz thanked the negotiators.\n"
    )}, {"morad-tahbaz": "Morad Tahbaz"})
    forms = [(m.form, m.start) for m in story.mentions]
    assert forms == [("Morad Tahbaz", 0), ("Tahbaz", 0)]
    assert not any("Vida" in d.text for d in story.descriptors)


def test_a_surname_after_another_first_name_is_someone_else(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "The new champions are Evan Bates, Karen Chen, Nathan Chen and Vincent Zhou.\n\n"
        "Champion Chen said he was thrilled, and former Chen coach Natan Chen agreed.\n\n"
        "Nathan and Amal Chen did not attend, Lee told Reuters Chen was safe.\n"
    )}, {"nathan-chen": "Nathan Chen"})
    forms = [(m.form, m.sentence) for m in story.mentions]
    sentences = [s.id for s in story.sources[0].sentences]
    assert [f for f, s in forms if s == sentences[0]] == ["Nathan Chen"]  # not Karen Chen
    # A title, a status word, a first name spelled another way, a couple's surname after their
    # registered first name and an audience after "told" stand before the person's own surname.
    assert [f for f, s in forms if s == sentences[1]] == ["Chen", "Chen", "Chen"]
    assert len([f for f, s in forms if s == sentences[2]]) == 2


def test_another_first_name_with_the_same_initial_is_someone_else_but_a_short_form_or_spelling_is_not(tmp_path):
    """ "Mikhail and Ella Gershkovich", his parents, are not Evan Gershkovich; "Ev Gershkovich"
    and "Evan" spelled "Ewan" may be him."""
    story = invented_story(tmp_path, {"a": (
        "Ev Gershkovich was freed.\n\n"
        "Ewan Gershkovich thanked them.\n\n"
        "My constituents Mikhail and Ella Gershkovich have endured the unimaginable.\n"
    )}, {"evan-gershkovich": "Evan Gershkovich"})
    sentences = [s.id for s in story.sources[0].sentences]
    assert sorted({sentences.index(m.sentence) for m in story.mentions}) == [0, 1]


def test_a_surname_closing_a_list_of_a_relatives_first_names_is_theirs(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Bill Paxton with his wife Louise Newbury and children James and Lydia Paxton in 2011.\n"
    )}, {"bill-paxton": "Bill Paxton"})
    assert [m.form for m in story.mentions] == ["Bill Paxton"]


def test_a_generation_is_no_surname_and_a_departments_and_stays_in_its_title(tmp_path):
    """ "RFK Jr." given as an alias makes no lone "Jr." a mention; "Robert F. Kennedy, Jr., had said"
    is his saying; "Health and Human Services Secretary" is one title, not "Human Services Secretary"."""
    story = invented_story(tmp_path, {"a": (
        "Speaking with his cabinet members, Health and Human Services Secretary Robert F. Kennedy, Jr., had said "
        "that there were two deaths.\n\n"
        "Martin Luther King Jr. was quoted by Sam Jr. at the rally.\n"
    )}, {"rfk": "Robert F. Kennedy Jr."}, aliases={"rfk": "Robert F. Kennedy, Kennedy, RFK Jr."})
    assert [m.form for m in story.mentions] == ["Robert F. Kennedy"]
    assert [(q.speaker, q.text) for q in story.quotes] == [("rfk", "there were two deaths.")]
    assert [d.text for d in story.descriptors] == ["Health and Human Services Secretary"]


def test_a_first_name_before_a_couples_shared_surname_names_that_person(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Jayme had been missing since her parents, James and Denise Roe, were found dead.\n\n"
        "Donald and Melania Trump were not there.\n"
    )}, {"james-roe": "James Roe", "denise-roe": "Denise Roe"}, aliases={"james-roe": "", "denise-roe": ""})
    assert [(m.person, m.form) for m in story.mentions] == [("james-roe", "James"), ("denise-roe", "Denise Roe")]


def test_the_first_character_of_a_name_in_another_script_is_no_name_of_its_own(tmp_path):
    story = invented_story(tmp_path, {"a": "Deputy Minister Wang Kwo-tsai (\u738b\u570b\u6750) spoke on Friday.\n"},
                           {"wang": "Wang Kwo-tsai"})
    assert [m.form for m in story.mentions] == ["Wang Kwo-tsai"]


def test_a_relative_named_after_a_comma_leaves_the_surname_to_the_person_written_about(tmp_path):
    """ "to reassure his wife, Melania Trump": she is named as his relative, so the next "Trump"
    is still the registered Mr Trump (whose registered names begin with an "M" too: "Mr Trump")."""
    story = invented_story(tmp_path, {"a": (
        "Trump denied it, and said he wanted to reassure his wife, Melania Trump.\n\n"
        "Trump fired Comey in May.\n"
    )}, {"donald-trump": "Donald Trump"})
    sentences = [s.id for s in story.sources[0].sentences]
    assert [(m.form, sentences.index(m.sentence)) for m in story.mentions] == [("Trump", 0), ("Trump", 1)]


def test_a_peoples_name_before_a_group_it_describes_is_not_the_person_of_that_surname(tmp_path):
    """ "Baloch militants", "the Baloch Liberation Army", "Baloch political prisoners", "Balochi
    militants": not the spokesman Jeeyand Baloch; "Baloch said" is him."""
    story = invented_story(tmp_path, {"a": (
        "Jeeyand Baloch said the group was responsible.\n\n"
        "Baloch militants attacked the train.\n\n"
        "The Baloch Liberation Army claimed it.\n\n"
        "They demanded the release of Baloch political prisoners.\n\n"
        "Balochi militants blew up the track.\n\n"
        "Baloch said the hostages were safe.\n"
    )}, {"jeeyand-baloch": "Jeeyand Baloch"})
    assert [m.form for m in story.mentions] == ["Jeeyand Baloch", "Baloch"]
