"""Counts in the articles: what is a count, what it counts, and where outlets agree or differ."""

import datetime as dt

import pytest

from conftest import EXAMPLE, invented_story
from explainer.extract.citations import Citation
from explainer.findings.numbers import Number, collect_numbers, compare_numbers, find_counts, parse_number
from explainer.story import build_story

PUBLISHED = dt.date(2025, 12, 13)


@pytest.fixture(scope="module")
def full_story():
    return build_story(EXAMPLE / "seeds", EXAMPLE / "content" / "people")


def counts(text, previous=""):
    return [(c.value, c.what, c.qualifier) for c in find_counts(text, PUBLISHED, previous)]


def test_123_is_credited_to_all_five_outlets(full_story):
    sources = {c.source for n in full_story.numbers if n.value == 123 for c in n.citations}
    assert sources == {s.id for s in full_story.sources}
    assert {n.what for n in full_story.numbers if n.value == 123} == {"prisoners"}


def test_counts_in_digits_and_words_with_the_noun_they_govern():
    assert counts("Belarus released 123 political prisoners on 13 December.") == [(123, "prisoners", None)]
    assert counts("Viasna counted 1,227 political prisoners as of 12 December.") == [(1227, "prisoners", None)]
    assert counts("Zelenskyy confirmed that five Ukrainian citizens were among those freed.") == [(5, "Ukrainians", None)]
    assert counts("it received 114 civilians from Belarus — five of them Ukrainians accused") == [
        (114, "civilians", None), (5, "Ukrainians", None)]


def test_qualifiers_are_kept():
    assert counts("plus over 100 Belarusian political prisoners.") == [(100, "prisoners", "over")]
    assert counts("Kolesnikova was handed over along with 113 other prisoners.") == [(113, "prisoners", "other")]
    assert counts("free around 1,200 political prisoners") == [(1200, "prisoners", "around")]
    assert counts("nearly 40 journalists") == [(40, "journalists", "nearly")]


def test_named_person_and_n_others_is_read_together():
    (count,) = find_counts("Maria Kolesnikova and 113 other prisoners were transported to Ukraine.", PUBLISHED)
    assert count.total == 114


def test_dates_ages_durations_and_labels_are_not_counts():
    for text in (
        "the disputed 2020 presidential election",
        "released on 13 December, 2025",
        "Bialiatski, 63, founded the Viasna human rights center",
        "He was aged 63 when freed.",
        "The victims were all aged under 5.",
        "pupils aged 3 to 5",
        "had been sentenced to 10 years.",
        "She had been serving an 11-year sentence.",
        "a nine-year sentence concurrently",
        "The youngest Ukrainian freed is 25 years old.",
        "Prisoner No. 9 was moved.",
        "unfair elections five years ago",
        "after two days of negotiations",
        "As relations between the two countries normalise",
        "Belarus is one of the world's leading producers",
    ):
        assert counts(text) == [], text


def test_a_number_joined_to_a_measure_counts_nothing_after_it():
    assert counts("Bolt won three straight 100-meter titles.") == []
    assert counts("The leaders began two-day talks.") == []
    assert counts("The train carried 80-some passengers.") == [(80, "passengers", None)]


def test_a_number_sharing_a_later_scale_or_split_by_a_space_is_left_unsaid():
    """ "three and four million people respectively" is not 3 people; "4, 000 shelters" is not
    4 and 0 shelters; "December 13, 2025, 123 prisoners" is still 123."""
    assert counts("The islands are home to about three and four million people respectively.") == [
        (4000000, "people", None)
    ]
    assert counts("Evacuees are kept in over 4, 000 safer shelters.") == []
    assert counts("On December 13, 2025, 123 prisoners were released.") == [(123, "prisoners", None)]


def test_thousands_set_apart_by_a_space_are_one_number():
    assert counts("More than 720 000 Rohingya Muslims fled the crackdown.") == [(720000, "Muslims", "over")]
    assert counts("A total of 2\u00a0389 cases were recorded.") == [(2389, "cases", None)]
    assert counts("In 2018 200 people were evacuated.") == [(200, "people", None)]


def test_the_base_of_a_rate_or_a_term_of_a_sum_is_no_count():
    assert counts("The birthrate dropped to 6.77 per 1,000 people, the lowest on record.") == []
    assert [c for c in counts("A candidate must secure 50% plus 1 of the votes.", "days") if c[0] == 1] == []


def test_a_low_quotation_mark_between_digits_is_a_thousands_comma():
    assert counts("Households that use up to 6\u201a000 litres of water a month pay more.") == [(6000, "litres", "up to")]


def test_vague_amounts_are_not_counts():
    assert counts("Hundreds of people were arrested then") == []
    assert counts("Lukashenko agreed to free dozens of political detainees") == []


def test_a_count_with_no_noun_takes_the_noun_of_the_count_before():
    assert counts("The remaining nine were taken to Lithuania.", "prisoners") == [(9, "prisoners", "remaining")]
    assert counts("it had received 114 of those released.", "prisoners") == [(114, "prisoners", None)]


def test_number_words():
    assert parse_number("twenty-five") == 25
    assert parse_number("two hundred") == 200
    assert parse_number("1,227") == 1227
    assert parse_number("a dozen") == 12


def test_the_real_seeds_agree_on_every_count_they_share(full_story):
    assert full_story.conflicts == ()
    read_together = [c for c in full_story.number_comparisons if c.how == "read together"]
    # 114 received by Ukraine (000) is the BBC's "Kolesnikova and 113 other prisoners" (004).
    assert any({c.first[0].source[:3], c.second[0].source[:3]} == {"000", "004"} and 113 in (c.first[1], c.second[1])
               for c in read_together)


def test_an_earlier_release_is_not_a_conflict_with_this_one(full_story):
    fourteen = [c for c in full_story.number_comparisons if 14 in (c.first[1], c.second[1])]
    assert all(c.how != "differ" for c in fourteen)


def test_different_counts_of_the_same_event_are_a_conflict():
    texts = {
        ("a", "s1"): "Belarus released 123 political prisoners on Saturday after talks with a US envoy in Minsk.",
        ("b", "s1"): "Belarus released 125 political prisoners on Saturday after talks with the US envoy in Minsk.",
    }
    numbers = (
        Number(123, "prisoners", None, (Citation("a", "s1", "123 political prisoners"),)),
        Number(125, "prisoners", None, (Citation("b", "s1", "125 political prisoners"),)),
    )
    comparisons, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert [c.how for c in comparisons] == ["differ"]
    assert [dict(c.values) for c in conflicts] == [{"a": "123", "b": "125"}]


def test_a_figure_of_a_moment_of_the_day_is_no_rival_to_the_days_figure():
    close = "Shares of the bank fell 10 per cent on Monday and shares of the insurer fell 9 per cent on Monday."
    texts = {
        ("a", "s"): close,
        ("b", "s"): "Shares of the bank fell 12 per cent on Monday and shares of the insurer fell 9 per cent on Monday.",
        ("c", "s"): "Shares of the bank fell at one point by 12 per cent on Monday and shares of the insurer fell 9 per cent on Monday.",
    }

    def compared(other: str):
        numbers = (
            Number(10, "per cent", None, (Citation("a", "s", "10 per cent"),)),
            Number(12, "per cent", None, (Citation(other, "s", "12 per cent"),)),
        )
        return compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])[1]

    assert [dict(c.values) for c in compared("b")] == [{"a": "10", "b": "12"}]
    assert compared("c") == []


def test_qualified_counts_agree_as_ranges():
    texts = {("a", "s"): "Ukraine received over 100 prisoners from Belarus on Saturday.",
             ("b", "s"): "Ukraine received 114 prisoners from Belarus on Saturday."}
    numbers = (Number(100, "prisoners", "over", (Citation("a", "s"),)), Number(114, "prisoners", None, (Citation("b", "s"),)))
    comparisons, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert [c.how for c in comparisons] == ["read together"] and conflicts == []


def test_numbers_are_found_in_every_source_in_one_pass(full_story):
    again = collect_numbers(full_story.sources)
    assert again == full_story.numbers


@pytest.mark.parametrize(
    "sentence",
    [
        "The first attack happened at about 3 a.m. near the park.",
        "The verdict came at 1:49 p.m. after a long wait.",
        "The plan won the support of two-thirds of the voting rights.",
        "The deal creates one of the world's top 10 drug companies.",
        "Leicester were 5,000-1 outsiders at the start of the season.",
        "Chelsea drew 2-2 with Tottenham at Stamford Bridge.",
    ],
)
def test_times_fractions_ranks_odds_and_scores_are_not_counts(sentence):
    assert find_counts(sentence) == []


def test_a_compound_number_in_words_counts_its_ones():
    from explainer.findings.numbers import parse_number

    assert parse_number("Twenty-one") == 21
    assert parse_number("ninety one") == 91
    assert parse_number("one") is None  # alone, "one" is too often not a count


def test_a_range_is_stated_as_up_to_its_higher_end_and_a_new_figure_after_from_as_it_is():
    """"four to six bodies" is not six bodies: it is up to six; "between 200 and 300 homes" up to
    300. Its lower end is no count of its own."""
    assert counts("Divers said four to six bodies had been seen near the boat.") == [(6, "bodies", "up to")]
    assert counts("Between four and six victims were seen by the divers, the sheriff said.") == [(6, "victims", "up to")]
    assert counts("Between 200 and 300 homes were destroyed.") == [(300, "homes", "up to")]
    assert counts("Some 20 or 30 people gathered outside.") == [(30, "people", "up to")]
    assert counts("The toll rose from 20 to 30 people on Monday.") == [(30, "people", None)]
    assert counts("It carried 33 passengers and six crew members.") == [(33, "passengers", None), (6, "members", None)]


def test_a_count_of_two_groups_named_together_counts_both():
    assert counts("The boat caught fire with 39 passengers and crew on board.") == [(39, "passengers and crew", None)]
    assert counts("Police arrested 12 people and charged them.") == [(12, "people", None)]
    assert counts("It killed 20 people and injured 30 others.") == [(20, "people", None), (30, "others", None)]


def test_two_number_words_joined_by_a_hyphen_are_a_range_not_their_sum():
    assert [c.value for c in find_counts("We have rescued some three-four people from the site.") if c.what] == []
    assert [(c.value, c.what) for c in find_counts("Twenty-four people were rescued.")] == [(24, "people")]


def test_a_part_of_a_total_is_not_read_together_with_another_outlets_total(full_story):
    """The example's fact-check: '114 of those released' was read with 'over 100 Belarusian
    political prisoners', which the same sentence gives as a part of its 114 civilians."""
    pairs = [{c.first[1], c.second[1]} for c in full_story.number_comparisons]
    assert {114, 113} in pairs
    assert not any(100 in pair for pair in pairs)


def test_a_count_after_of_them_or_plus_is_a_part_of_the_larger_count_before_it():
    texts = {("a", "s"): "Ukraine received 114 civilians, five of them Ukrainians, plus over 100 political prisoners.",
             ("b", "s"): "Ukraine received about 110 political prisoners from Belarus."}
    numbers = (Number(100, "prisoners", "over", (Citation("a", "s", "over 100 political prisoners"),)),
               Number(110, "prisoners", "around", (Citation("b", "s", "about 110 political prisoners"),)))
    comparisons, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert comparisons == [] and conflicts == []


def test_billions_and_trillions_scale_a_count():
    [count] = find_counts("Light circles a disc of 100 billion kilometers, the team said.")
    assert (count.value, count.what) == (100_000_000_000, "kilometers")
    assert parse_number("two trillion") == 2_000_000_000_000


def test_a_numeral_in_a_name_is_not_a_count():
    assert find_counts("The Hayabusa 2 team celebrates after the touchdown.") == []
    assert find_counts("The Apollo 11 astronauts landed.") == []
    assert [(c.value, c.what) for c in find_counts("Some 300 people marched, police said.")] == [(300, "people")]


def test_a_whole_of_a_fraction_a_year_after_since_and_an_emergency_line_are_not_counts():
    assert find_counts("A recount is automatic within one-half of 1 percentage point.") == []
    assert find_counts("It was the worst violence since at least 2005, police said.") == []
    assert find_counts("Dispatchers answered 911 calls all night.") == []
    assert find_counts("She had called 911 amid fears a woman was being attacked.") == []
    assert find_counts("Dating back to around 1500, the painting is rare.") == []
    assert find_counts("The portrait, which dates to about 1480, was sold.") == []
    assert [(c.value, c.what) for c in find_counts("About 1500 people attended.")] == [(1500, "people")]
    assert find_counts("Both iPhone 8 versions will allow wireless charging.") == []
    assert [(c.value, c.what) for c in find_counts("The prosecution called 20 witnesses.")] == [(20, "witnesses")]
    assert find_counts("The Pan-STARRS 1 telescope found it.") == []
    assert [(c.value, c.what) for c in find_counts("Dispatchers answered 300 calls.")] == [(300, "calls")]


def test_hundreds_with_and_and_a_count_and_a_half():
    [count] = find_counts("A hundred and forty-one people were arrested overnight.")
    assert (count.value, count.what) == (141, "people")
    assert [(c.value, c.what) for c in find_counts("Two hundred and five homes burned.")] == [(205, "homes")]
    assert find_counts("It flew past three-and-a-half years ago.") == []


def test_a_number_with_its_unit_glued_on_is_not_read_as_its_first_digits():
    assert find_counts("It entered at a speed of at least 54,000km/h and broke up.") == []


def test_a_numbered_label_is_not_a_count():
    assert find_counts("Count 1 - Hale was found not guilty of murder.") == []
    assert [c.value for c in find_counts("A Category 4 storm hit 3 towns.")] == [3]


def test_a_running_tally_on_different_days_is_each_days_figure_not_a_disagreement(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Police said there are now 12 people known to have died in the tower fire.\n",
        "b": "Police said there are now 79 people known to have died in the tower fire.\n",
    }, published="2017-06-14")
    assert story.conflicts  # the same day: one of them is wrong
    (tmp_path / "seeds" / "b.yaml").write_text("outlet: Outlet b\npublished: 2017-06-19\n", encoding="utf-8")
    assert build_story(tmp_path / "seeds", tmp_path / "people").conflicts == ()


def test_a_toll_on_different_days_is_each_days_figure_and_a_fixed_count_still_differs(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The plane crashed on Friday and 17 people were killed, officials said.\n\n"
             "The plane carried 190 passengers, officials said.\n",
        "b": "The plane crashed on Friday and 18 people were killed, officials said.\n\n"
             "The plane carried 184 passengers, officials said.\n",
    }, published="2020-08-07")
    assert len(story.conflicts) == 2  # the same day: both are told two ways
    (tmp_path / "seeds" / "b.yaml").write_text("outlet: Outlet b\npublished: 2020-08-08\n", encoding="utf-8")
    later = build_story(tmp_path / "seeds", tmp_path / "people")
    assert [sorted(dict(c.values).values()) for c in later.conflicts] == [["184", "190"]]


def test_the_dead_and_the_missing_are_two_tolls_not_one_told_two_ways():
    texts = {
        ("a", "s"): "Rescuers said 11 hikers have died and 12 are still missing after the eruption on the mountain.",
        ("b", "s"): "Rescuers on the mountain said 12 hikers were still missing after the eruption.",
        ("c", "s"): "Rescuers on the mountain said 14 hikers were still missing after the eruption.",
    }
    numbers = (
        Number(11, "hikers", None, (Citation("a", "s", "11 hikers"),)),
        Number(12, "hikers", None, (Citation("b", "s", "12 hikers"),)),
        Number(14, "hikers", None, (Citation("c", "s", "14 hikers"),)),
    )
    _, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert [dict(c.values) for c in conflicts] == [{"b": "12", "c": "14"}]  # the missing told two ways


def test_the_tolls_verb_before_a_count_says_which_toll_it_is():
    """"killing 1,000 and injuring over 1,500 people" against "killed more than 1,000 people":
    the hurt and the dead, not one figure read together."""
    texts = {
        ("a", "s"): "A powerful earthquake struck the region on Wednesday, injuring over 1,500 people, officials said.",
        ("b", "s"): "A powerful earthquake in the region killed more than 1,000 people on Wednesday, officials said.",
        ("c", "s"): "A powerful earthquake struck the region on Wednesday, killing over 1,200 people, officials said.",
    }
    numbers = (
        Number(1500, "people", "over", (Citation("a", "s", "over 1,500 people"),)),
        Number(1000, "people", "over", (Citation("b", "s", "more than 1,000 people"),)),
        Number(1200, "people", "over", (Citation("c", "s", "over 1,200 people"),)),
    )
    comparisons, _ = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert [{c.first[0].source, c.second[0].source} for c in comparisons] == [{"b", "c"}]


def test_of_two_figures_in_one_sentence_the_one_told_with_the_same_words_is_the_counterpart(tmp_path):
    """"$55 million in economic damages and another $60 million for emotional distress" against
    "$65 million for emotional distress": 60 and 65 differ, not 55 and 65."""
    story = invented_story(tmp_path, {
        "a": "Jurors awarded Ann Lee $55 million in economic damages and another $60 million for emotional distress.\n",
        "b": "Ann Lee was awarded $2 for economic injuries and $65 million for emotional distress by the jurors.\n",
    })
    assert [sorted(dict(c.values).values()) for c in story.conflicts] == [["$60 million", "$65 million"]]


def test_those_aboard_and_the_dead_among_them_are_two_counts():
    texts = {
        ("a", "s"): "The fire left at least 4 people dead on the boat, officials said.",
        ("b", "s"): "The boat sank with 34 people aboard near the island, officials said.",
        ("c", "s"): "The boat sank with 39 people on board near the island, officials said.",
    }
    numbers = (
        Number(4, "people", "at least", (Citation("a", "s", "at least 4 people"),)),
        Number(34, "people", None, (Citation("b", "s", "34 people"),)),
        Number(39, "people", None, (Citation("c", "s", "39 people"),)),
    )
    comparisons, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert [dict(c.values) for c in conflicts] == [{"b": "34", "c": "39"}]  # those aboard told two ways
    assert not [c for c in comparisons if {c.first[0].source, c.second[0].source} & {"a"} and c.how == "read together"]


def test_counts_told_in_parts_or_beside_a_figure_the_other_outlet_gives_do_not_differ():
    texts = {
        ("a", "s"): "The minister said 53 confirmed cases were recorded in the outbreak in the province.",
        ("b", "s"): "Some 64 cases (53 confirmed, 11 probable) were recorded in the outbreak in the province.",
        ("c", "s"): "At the factories, 3,000 workers could lose jobs in Canada and another 3,600 in the US.",
        ("d", "s"): "About 6,000 factory workers could lose jobs at the factories in the US and Canada.",
        ("e", "s"): "Jeremy Bush and four other people escaped from the house when the sinkhole opened.",
        ("f", "s"): "Six people escaped from the house when the sinkhole opened, police said.",
        ("g", "s"): "Seven people escaped from the house when the sinkhole opened, police said.",
    }
    numbers = (
        Number(53, "cases", None, (Citation("a", "s", "53 confirmed cases"),)),
        Number(64, "cases", "around", (Citation("b", "s", "Some 64 cases"),)),
        Number(3000, "workers", None, (Citation("c", "s", "3,000 workers"),)),
        Number(6000, "workers", "around", (Citation("d", "s", "About 6,000 factory workers"),)),
        Number(4, "people", "other", (Citation("e", "s", "four other people"),), total=5),
        Number(6, "people", None, (Citation("f", "s", "Six people"),)),
        Number(7, "people", None, (Citation("g", "s", "Seven people"),)),
    )
    _, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert [dict(c.values) for c in conflicts] == [{"f": "6", "g": "7"}]  # six and seven still differ


def test_a_races_distance_is_its_name_not_a_count():
    assert counts("He broke the 60 metres world record and ran the year's fastest 100 metres.") == []
    assert counts("He ran the 4 x 100 meters relay.") == []
    assert [v for v, *_ in counts("The lava flowed 300 metres down the slope.")] == [300]


def test_a_distance_in_an_abbreviated_unit_is_a_count_of_that_unit():
    """"about 44 km (27 miles)": 44 of km, not a figure of nothing."""
    found = [(c.value, c.what) for c in find_counts("It struck about 44 km (27 miles) from the city, 50 km from the border.")]
    assert found == [(44, "km"), (27, "miles"), (50, "km")]


def test_distances_from_somewhere_are_not_set_against_each_other(tmp_path):
    """"some 50 km southwest of the city" (one agency) and "about 44 km from the city" (another):
    a distance is from a point each outlet chooses, so neither agreement nor disagreement."""
    story = invented_story(tmp_path, {
        "a": "The quake's epicentre was some 50 km southwest of the city, the agency said.\n",
        "b": "The quake's epicentre was about 44 km from the city, the survey said.\n",
        "c": "The quake's epicentre was 80 km from the city, the survey said.\n",
    })
    assert {n.what for n in story.numbers} == {"km"}
    assert not [c for c in story.number_comparisons if c.what == "km"]
    assert story.conflicts == ()


def test_half_a_dozen_is_no_count():
    assert [c.value for c in find_counts("Looters hit at least half a dozen stores and burned a dozen cars.")] == [12]


def test_a_ratio_is_no_count():
    assert counts("The boss said around 1 in 5 workers reported for their shift, and one in four trains ran.") == []
    assert counts("A two-to-one landslide repeals the amendment; the board voted 2 to 1.") == []
    assert counts("Four out of five junior doctors took part in the strike.") == []


def test_south_asian_scales_count_too():
    assert [v for v, *_ in counts("More than 12 lakh people were evacuated.")] == [1_200_000]
    assert counts("The boss said 5 workers reported for their shift.") != []
    assert [v for v, *_ in counts("The storm killed 45 people in 2017 and 12 more people in 24 hours.")] == [45, 12]


def test_figures_an_order_of_magnitude_apart_are_two_figures_not_a_disagreement(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The plane had 190 people on board when it crashed on Friday.\n",
        "b": "The plane crashed on Friday, killing 17 people on board.\n",
        "c": "The plane crashed on Friday with 184 people on board.\n",
    }, {}, published="2020-08-08")
    assert [sorted(dict(c.values)) for c in story.conflicts] == [["a", "c"]]


def test_a_numeral_in_a_name_opening_the_sentence_and_a_mixed_fraction_are_not_counts():
    assert counts("Channel 2 Sports Director Zach Klein will have full highlights.") == []
    assert counts("He had gone more than 2 1/2 rounds without a bogey.") == []
    assert counts("About 300 Ukrainians were freed.") == [(300, "Ukrainians", "around")]
    assert counts("Some 300 people were hurt.") == [(300, "people", "around")]


def test_a_capitalised_number_word_inside_a_sentence_is_a_names_and_dozens_are_twelves():
    assert counts("A historic strike at the Detroit Three automakers is now underway.") == []
    assert counts("Three automakers were struck.") == [(3, "automakers", None)]
    assert counts("The blast left more than two dozen people missing.") == [(24, "people", "over")]
    assert counts("Half a dozen people were hurt.") == []


def test_a_count_of_one_kind_is_no_rival_to_a_count_of_all(tmp_path):
    def conflicts(first: str, second: str):
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        story = invented_story(folder, {"a": first + "\n", "b": second + "\n"}, {"bob-stone": "Bob Stone"},
                               published="2018-08-21")
        return [c.values for c in story.conflicts]

    assert conflicts("Bob Stone pleaded guilty to five counts of tax evasion, and one count each of false statements.",
                     "Bob Stone pleaded guilty to eight counts in all, including tax evasion.") == []
    assert conflicts("Bob Stone pleaded guilty to five counts of tax evasion on Tuesday in New York.",
                     "Bob Stone pleaded guilty to six counts of tax evasion on Tuesday in New York.") \
        == [(("a", "5"), ("b", "6"))]


def test_a_thing_named_with_a_number_and_a_saying_count_nothing():
    assert find_counts("Two large 18-wheelers that carry grain were flipped.") == []
    assert [(c.value, c.what) for c in find_counts("The storm flipped 18 trucks.")] == [(18, "trucks")]
    assert [(c.value, c.what) for c in find_counts("The union's 30,000-plus members walked out.")] == [
        (30000, "members")
    ]
    assert find_counts("The manager added his two cents on the sacking.") == []
    assert find_counts("Voters chose the lesser of two evils.") == []
    assert [(c.value, c.what) for c in find_counts("Two cents were found in the till.")] == [(2, "cents")]


def test_a_hyphenated_scale_scales_the_count():
    assert counts("more than 2-million doses of this vaccine were given") == [(2_000_000, "doses", "over")]


def test_over_after_a_word_of_blame_may_be_the_cause_so_no_count_is_stated():
    assert counts("The prime minister admonished her on Monday over 12 unauthorised meetings.") == []
    assert counts("He resigned over 40 undeclared payments.") == []
    assert counts("He accepted a three-month ban over two positive drug tests.") == []
    assert counts("The storm killed over 100 people.") == [(100, "people", "over")]
    assert counts("Protesters gathered, and over 1,000 people marched.") == [(1000, "people", "over")]


def test_an_open_range_says_nothing_of_a_figure_far_beyond_its_bound():
    """ "more than 20 league goals" (a season) and "213 goals" (in all) are not one figure read
    together; neither are "more than 500 passengers" and "more than 200 other passengers"."""
    texts = {("a", "s"): "Kane scored more than 20 league goals for Tottenham in most seasons.",
             ("b", "s"): "Kane scored 213 goals for Tottenham in the league.",
             ("c", "s"): "Kane scored over 200 goals for Tottenham in the league."}
    numbers = (Number(20, "goals", "over", (Citation("a", "s"),)), Number(213, "goals", None, (Citation("b", "s"),)),
               Number(200, "goals", "over", (Citation("c", "s"),)))
    comparisons, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    told = {(c.first[0].source, c.second[0].source): c.how for c in comparisons}
    assert told == {("b", "c"): "read together"} and conflicts == []


def test_a_count_far_below_an_open_ranges_bound_is_no_rival_to_it():
    texts = {("a", "s"): "Kane is the all-time record goalscorer, having scored over 300 goals for club and country.",
             ("b", "s"): "Kane is the all-time leading scorer with 58 international goals for his country."}
    numbers = (Number(300, "goals", "over", (Citation("a", "s"),)), Number(58, "goals", None, (Citation("b", "s"),)))
    comparisons, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    assert comparisons == [] and conflicts == []


def test_a_part_of_a_whole_counted_in_its_own_words_is_not_of_the_thing_counted_before():
    assert counts("He scored more than 20 league goals in all but three of the past nine seasons.") == [
        (20, "goals", "over"), (9, "seasons", None)]


def test_a_height_or_length_is_counted_in_its_unit_and_an_odd_length_of_time_is_no_count():
    assert counts("It hovered 10 feet above Mars, showing its shadow.") == [(10, "feet", None)]
    assert counts("It hovered at a height of some 10 feet.") == [(10, "feet", "around")]
    assert counts("The 6-foot, 7-inch swimmer won.") == []
    assert counts("They played with 14 men for the last 50-odd minutes.") == [(14, "men", None)]


def test_a_part_of_a_counted_whole_counts_the_wholes_noun_and_a_list_before_other_sets_no_total():
    assert counts("Two of the five Iranian prisoners had arrived in Tehran.", "Americans") == [(2, "prisoners", None)]
    assert counts("Two of those had arrived in Tehran.", "Americans") == [(2, "Americans", None)]
    [found] = find_counts("They include Jo Roe, a conservationist; Ann Lee, a businessman; and two other people.", PUBLISHED)
    assert (found.value, found.qualifier, found.total) == (2, "other", None)
    [found] = find_counts("Jo Roe and two other activists were freed.", PUBLISHED)
    assert found.total == 3


def test_a_measure_joined_to_its_number_or_a_speed_is_its_unit_and_a_list_of_guesses_or_split_ways_no_count():
    assert counts("The nearly 400-foot rocket carried no people.") == [(400, "feet", "nearly")]
    assert counts("It reached a top speed of about 1,300 mph over the sea.") == [(1300, "mph", "around")]
    assert counts("The judge asked if he took 15, 20, 30, 40, 50, 60 pills a day.") == []
    assert counts("On December 13, 2025, 123 prisoners were released.") == [(123, "prisoners", None)]
    assert counts("Undecided voters split three ways among the candidates.") == []
    assert counts("He ran his final 100-meter race in London.") == []


def test_one_of_the_most_counts_nothing_and_an_aside_after_a_dash_names_no_noun():
    assert counts("These are two of the most important characteristics of our system.", "justices") == []
    assert counts("MPs rejected the deal by a majority of 230 - the biggest Commons defeat.") == []
    assert counts("It lost 230 seats - the most in a century.") == [(230, "seats", None)]


def test_a_margin_is_not_set_against_another_outlets_tally(tmp_path):
    """"by 230 votes" is the gap between two tallies; "by 432 votes to 202" a tally with its rival."""
    (tmp_path / "margin").mkdir()
    margin = invented_story(tmp_path / "margin", {
        "a": "The council's plan was defeated in the assembly by 432 votes to 202 on Tuesday night.",
        "b": "The council's plan was defeated in the assembly by 230 votes on Tuesday night.",
    }, published="2019-01-16")
    assert not margin.conflicts
    assert {(n.value, n.what) for n in margin.numbers} >= {(432, "votes"), (230, "votes")}  # both still counted
    (tmp_path / "tallies").mkdir()
    tallies = invented_story(tmp_path / "tallies", {
        "a": "The council's plan was defeated in the assembly by 432 votes to 202 on Tuesday night.",
        "b": "The council's plan was defeated in the assembly by 412 votes to 202 on Tuesday night.",
    }, published="2019-01-16")
    assert tallies.conflicts  # two tallies that differ still differ


def test_a_count_of_aircraft_exceeding_a_figure_and_a_pronoun_for_a_noun():
    assert counts("The order grounded some 171 aircraft on Saturday.") == [(171, "aircraft", "around")]
    assert counts("Officials gave tolls exceeding 2,600 deaths on Tuesday.") == [(2600, "deaths", "over")]
    assert counts("“An old friend is better than two new ones,” he said.") == []
    assert counts("He bought two new cars and sold three old ones.") == [(2, "cars", None)]


def test_as_many_as_is_an_upper_bound():
    assert counts("The trawler may have carried as many as 750 passengers.") == [(750, "passengers", "up to")]


def test_handed_over_is_no_bound():
    assert counts("Rebels handed over 20 bodies on Friday.") == [(20, "bodies", None)]
    assert counts("Rebels killed over 20 soldiers on Friday.") == [(20, "soldiers", "over")]


def test_a_temperature_sign_is_degrees_and_a_clocks_minutes_count_nothing():
    assert counts("Temperatures could reach up to 40\u00b0C on Friday.") == [(40, "degrees", "up to")]
    assert counts("Watch the video 0:45 of the fires.") == []
    assert counts("Two C-130 planes and 12 F-16 jets flew.") == [(2, "planes", None), (12, "jets", None)]


def test_over_after_a_verb_of_moving_an_age_after_who_was_and_others_after_a_list():
    assert counts("A tsunami swept over three tourist resorts on the coast.") == [(3, "resorts", None)]
    assert counts("Officials said over three resorts were hit.") == [(3, "resorts", "over")]
    assert counts("His daughter, Alyssa, who was about 13, played on the team.") == []
    assert [c.total for c in find_counts("A helicopter carrying Jo Roe, his daughter and seven other people crashed.")] == [
        None]
    assert [c.total for c in find_counts("Jo Roe, 45, and two other men were arrested.")] == [3]


def test_others_after_two_names_joined_by_and_are_not_read_as_one_more():
    assert [c.total for c in find_counts("Jo Roe and Al Lee and two other astronauts splashed down.")] == [None]


def test_an_open_share_reaches_a_few_points_not_half_again():
    texts = {("a", "s"): "Massa won just over 44% of the vote.", ("b", "s"): "Milei won 56% of the vote.",
             ("c", "s"): "Massa won 46% of the vote."}

    def how(first, second):
        numbers = (
            Number(44, "per cent", "over", (Citation("a", "s", "over 44%"),), unit="%", step=1.0),
            Number(second, "per cent", None, (Citation(first, "s", f"{second}%"),), unit="%", step=1.0),
        )
        return [c.how for c in compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])[0]]

    assert "read together" not in how("b", 56)
    assert how("c", 46) == ["read together"]


def test_two_peoples_weights_in_one_sentence_are_not_weighed_against_another_outlets(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Police said the suspect Myles Roe is described as six feet tall and 240 pounds, with brown eyes.\n",
        "b": "Police said the suspect Damien Roe is described as 155 pounds, and Myles Roe as six feet tall and "
             "200 pounds, with brown eyes.\n",
    }, published="2022-09-05")
    assert not [c for c in story.conflicts if "155" in str(c.values)]


def test_an_area_is_counted_in_square_units_not_as_a_distance():
    assert counts("The fire covered about 75 square kilometres by Wednesday.") == [(75, "square kilometres", "around")]
    assert counts("The town is 75 kilometres north of the city.") == [(75, "kilometres", None)]


def test_a_number_word_inside_a_surname_is_no_count():
    assert counts("Jan ten Brink puts his future to one side.") == []
    assert counts("It was ten Brink's finest hour, and ten United players ran to the fans.") == [(10, "players", None)]
    assert counts("On Monday ten Republican senators voted, and How six City analysts reacted.") == [
        (10, "senators", None), (6, "analysts", None)]


def test_a_plural_naming_the_kind_of_the_next_is_not_what_is_counted():
    assert counts("At least 11 police vehicles were damaged, and three police officers were hurt.") == [
        (11, "vehicles", "at least"), (3, "officers", None)]
    assert counts("She won 24 singles titles, and eleven police were injured.") == [(24, "titles", None), (11, "police", None)]
    assert counts("The mission carrying the actor and three others launches today.") == [(3, "others", None)]


def test_a_ranks_first_word_is_part_of_what_is_counted():
    assert counts("Kaili, one of 14 vice presidents, was arrested, and three deputy ministers and 20 ministers resigned.") == [
        (14, "vice presidents", None), (3, "deputy ministers", None), (20, "ministers", None)]


def test_a_distance_counted_per_hour_is_a_speed():
    """ "110 miles per hour" is a speed, compared with "110 mph", not 110 miles; a conversion in
    brackets between the figure and its "per hour" does not hide it."""
    said = "Winds gusted up to 110 miles per hour, about 177 kilometers an hour, and the fire spread over 6 miles."
    assert [(c.value, c.what) for c in find_counts(said)] == [(110, "mph"), (177, "km/h"), (6, "miles")]
    lava = "Lava flowed at 700 meters (2,300 feet) per hour."
    assert [(c.value, c.what) for c in find_counts(lava)] == [(700, "meters per hour"), (2300, "feet per hour")]


def test_a_bound_denied_is_the_other_bound():
    """ "no fewer than 20" is at least 20 and "no more than $7.70" up to it, never "under" or "over"."""
    assert [(c.value, c.qualifier) for c in find_counts("No fewer than 20 people died.")] == [(20, "at least")]
    assert [(c.value, c.qualifier) for c in find_counts("Not more than 30 homes were lost.")] == [(30, "up to")]
    from explainer.findings.amounts import find_amounts
    assert [(a.value, a.qualifier) for a in find_amounts("It will cost no more than $7.70 each.")] == [(7.7, "up to")]


def test_a_thousands_group_split_by_a_space_is_no_count_and_a_measure_keeps_its_kind():
    """ "275, 780 votes" is one figure mistyped, not 780 votes; "100, 200 and 300 points" is a
    list; "240 nautical miles" are not 240 miles."""
    assert find_counts("Starmer won 275, 780 votes in the first round.") == []
    assert [(c.value, c.what) for c in find_counts("They scored 100, 200 and 300 points.")] == [(300, "points")]
    assert [(c.value, c.what) for c in find_counts("The search covered some 240 nautical miles.")] == [
        (240, "nautical miles")]


def test_under_after_a_verb_of_the_law_is_no_bound_and_a_clause_after_and_is_not_counted():
    """ "convicted in January under three felony counts" is three counts, not fewer than three
    ("jailed for under two years" and "Under 300 people came" are bounds); "four fraud counts
    and jurors deadlocked on three" counts counts, not "counts and jurors" ("39 passengers and
    crew were rescued" counts both)."""
    said = "Holmes was convicted in January under three felony counts of wire fraud."
    assert [(c.value, c.what, c.qualifier) for c in find_counts(said)] == [(3, "counts", None)]
    assert [(c.value, c.qualifier) for c in find_counts("Under 300 people came.")] == [(300, "under")]
    from explainer.findings.amounts import find_amounts
    assert [(a.value, a.qualifier) for a in find_amounts("He was charged under a $5,000 rule.")] == [(5000, None)]
    assert [(a.value, a.qualifier) for a in find_amounts("He paid under $5,000.")] == [(5000, "under")]
    split = "She was acquitted of four fraud counts and jurors deadlocked on three others."
    assert [(c.value, c.what) for c in find_counts(split)][:1] == [(4, "counts")]
    both = "About 39 passengers and crew were rescued."
    assert [(c.value, c.what) for c in find_counts(both)] == [(39, "passengers and crew")]


def test_a_size_in_basis_points_before_a_plural_and_a_range_with_an_en_dash():
    """ "two further 25 basis point hikes" is a size of 25 basis points, not 25 hikes; "25 basis
    points" are not 25 points; "the 2–3 per cent target range" is a range, no figure of 3%."""
    hikes = "Analysts see a potential two further 25 basis point hikes before rates are paused."
    assert [(c.value, c.what) for c in find_counts(hikes) if c.value == 25] == [(25, "basis points")]
    lifted = "The bank lifted the cash rate by another 25 basis points on Tuesday."
    assert [(c.value, c.what) for c in find_counts(lifted)] == [(25, "basis points")]
    from explainer.findings.amounts import find_amounts
    ranged = "The board is seeking to return inflation to the 2\u20133 per cent target range."
    assert [a.value for a in find_amounts(ranged) if a.sure] == []


def test_a_part_of_a_whole_is_never_a_part_of_a_measure():
    # "two of the dead" after a depth in feet: nothing, not feet; a whole named counts itself.
    assert counts("Four of the miners were from the town.", "feet") == [(4, "miners", None)]
    assert counts("Two of the people who died were on the train.", "members") == [(2, "people", None)]
    assert counts("Eight of the train's cars derailed.", "investigators") == [(8, "cars", None)]
    # (an age beside the part is no count: "around three")
    assert counts("Two of the children, both aged around three, were hurt.") == [(2, "children", None)]
    assert counts("Two of the dead have been identified by family.", "feet") == []
    assert counts("Two of them were found on Friday.", "miles") == []
    assert counts("Two of them were found on Friday.", "miners") == [(2, "miners", None)]
    # a plural after a number is the thing counted, not a word such as "towards"
    assert counts("It carried nine small satellites towards space.") == [(9, "satellites", None)]


def test_a_count_of_what_someone_was_nominated_for_counts_nominations():
    assert counts("SZA won three prizes, having been nominated for nine Grammys.") == [
        (3, "prizes", None), (9, "nominations", None)]


def test_no_noun_is_counted_from_a_clause_after_the_number():
    assert counts("It holds 116 hostages, including 41 the army says are dead.") == [(116, "hostages", None)]


def test_a_part_of_a_whole_with_its_own_qualifier_counts_the_wholes_noun():
    assert counts("Fewer than 100 of the nearly 4,000 inmates remained behind bars.", "men") == [
        (100, "inmates", "under"), (4000, "inmates", "nearly")]


def test_a_denied_bound_a_speed_in_kilometres_an_hour_and_a_span_ago_are_read_as_they_are():
    assert counts("He is not allowed to move more than 60 miles away.") == [(60, "miles", "up to")]
    assert counts("Winds reached 165 mph (270 km/h) on Wednesday.") == [(165, "mph", None), (270, "km/h", None)]
    assert counts("Protesters gathered two mornings ago, and 20 people were hurt.") == [(20, "people", None)]
    assert counts("The probe flew by Pluto 1 billion miles ago.") == [(1_000_000_000, "miles", None)]
    assert counts("The march began at around 19: 00 in the square.") == []


def test_a_capitalised_number_word_owning_a_thing_with_the_word_after_it_is_a_surname():
    """ "Ten Hag's sacking comes after ...": a surname opening the sentence, no count of ten; "Ten
    Britons were killed" and "Two Americans' bodies" are counts."""
    assert counts("Ten Hag's sacking comes after the team's defeat to West Ham on Sunday.") == []
    assert [c.value for c in find_counts("Ten Britons were killed in the crash.")] == [10]
    assert [c.value for c in find_counts("Two Americans' bodies were found on Sunday.")] == [2]


def test_a_count_of_two_groups_joined_by_and_counts_both_whatever_the_seconds_nationality():
    said = "In addition to the Americans, 12 prominent Russian dissidents and German nationals were released."
    assert [(c.value, c.what) for c in find_counts(said)] == [(12, "dissidents and nationals")]
    assert [(c.value, c.what) for c in find_counts("Police said 12 people and Smith were hurt.")] == [(12, "people")]
    assert [(c.value, c.what) for c in find_counts("UHS runs 400 hospitals and other clinical care facilities.")] \
        == [(400, "hospitals and facilities")]
    assert [(c.value, c.what) for c in find_counts("The storm killed 12 people and left thousands homeless.")] \
        == [(12, "people")]


def test_a_count_within_so_many_others_is_a_count_of_its_own():
    """ "three wins in their previous 12 matches" and "three wins from nine games" count different
    things; "12 people in 24 hours" is a count of people."""
    assert [(c.value, c.what) for c in find_counts("United have just three wins in their previous 12 matches.")][0] \
        == (3, "wins in 12 matches")
    assert [(c.value, c.what) for c in find_counts("They have only three wins from nine games.")][0] == (3, "wins in 9 games")
    assert [(c.value, c.what) for c in find_counts("The storm killed 12 people in 24 hours.")] == [(12, "people")]


def test_a_counts_bounds_nationality_verb_and_whole_are_read_as_written():
    """ "a minimum of 6,750 hectares" is at least; "30-plus degrees" over 30; "four British
    nationals" are British nationals, not "Britishs"; "six missing people includes Mike Lynch"
    counts people; "Four of the missing passengers" counts passengers, not the last sentence's noun."""
    assert counts("The fire covered a minimum of 6,750 hectares.") == [(6750, "hectares", "at least")]
    assert counts("Temperatures hit 30-plus degrees Celsius.") == [(30, "degrees", "over")]
    assert counts("The storm stranded four British nationals.") == [(4, "British nationals", None)]
    assert counts("The list of six missing people includes Mike Lynch.") == [(6, "people", None)]
    assert counts("Four of the missing passengers are British.", "tourists") == [(4, "passengers", None)]


def test_millennia_are_counted():
    """ "more than three millennia": millennia, not a bare figure."""
    assert counts("The cave dates back more than three millennia.") == [(3, "millennia", "over")]


def test_an_age_bounding_people_is_no_count_and_a_ships_company_closes_a_count():
    """ "children under 5" is an age; "189 passengers and crew capsized" counts all aboard (not
    "five protesters and police clashed", where police open a clause of their own)."""
    assert counts("Malaria kills over 600,000 a year, most of them children under 5.") == [(600000, "", "over")]
    assert counts("A ferry carrying 189 passengers and crew capsized in the bay yesterday.") == [
        (189, "passengers and crew", None)]
    assert counts("They charged five protesters and police clashed in the square.") == [(5, "protesters", None)]


def test_a_fires_containment_is_the_days_figure_no_rival_to_anothers():
    texts = {
        ("a", "s"): "Firefighters have contained just 3 percent of the blaze in the hills, officials said.",
        ("b", "s"): "The blaze in the hills was 14 percent contained as of Tuesday afternoon, officials said.",
    }
    numbers = (
        Number(3, "percent", None, (Citation("a", "s", "3 percent"),)),
        Number(14, "percent", None, (Citation("b", "s", "14 percent"),)),
    )
    published = {"a": dt.date(2024, 7, 26), "b": dt.date(2024, 7, 31)}
    assert compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)], published)[1] == []


def test_a_group_naming_the_kind_of_a_noun_after_it_is_not_what_is_counted():
    assert counts("Four fully marked police patrol vehicles were hit by gunfire.") == []
    assert counts("Four armed police stood guard outside.") == [(4, "police", None)]


def test_from_one_figure_to_another_is_a_range_unless_a_verb_of_change_leads_to_it():
    assert counts("He was seen driving from 30 to 50 miles per hour in the park.") == [(50, "mph", "up to")]
    assert counts("The fire grew from 30 to 50 acres overnight.") == [(50, "acres", None)]
    assert counts("The toll was revised from 30 to 50 people.") == [(50, "people", None)]


def test_a_verb_going_on_after_and_is_no_second_group_of_the_count():
    assert counts("The storm hit the city, downing 10 power lines and knocking down trees.") == [(10, "lines", None)]


def test_a_count_told_beside_one_of_another_kind_is_a_part_of_the_total_another_outlet_gives():
    """ "one count of racketeering and eight counts of sex trafficking" against "nine counts of
    sex trafficking and racketeering": eight and the one make nine; no disagreement. Nine
    against ten still differs."""
    texts = {
        ("a", "s"): "He was found guilty of nine counts of sex trafficking and racketeering in September.",
        ("b", "s"): "In September, the singer was found guilty of one count of racketeering and eight counts of sex trafficking.",
        ("c", "s"): "He was found guilty of ten counts of sex trafficking and racketeering in September.",
    }
    numbers = (
        Number(9, "counts", None, (Citation("a", "s", "nine counts"),)),
        Number(8, "counts", None, (Citation("b", "s", "eight counts"),)),
        Number(10, "counts", None, (Citation("c", "s", "ten counts"),)),
    )
    _, conflicts = compare_numbers(numbers, lambda c: texts[(c.source, c.sentence)])
    pairs = [set(dict(c.values)) for c in conflicts]
    assert {"a", "b"} not in pairs and {"a", "c"} in pairs


def test_owners_before_what_they_own_are_counted_and_a_named_games_distance_is_a_race():
    """ "seven million people's dates of birth", "9,000 customers' passport numbers": the owners
    are counted; "bronze in the Paris 5,000 metres": a race's name, as "the 10,000 metres" is."""
    assert [(v, what) for v, what, *_ in counts("About seven million people's dates of birth were exposed.")] == [
        (7000000, "people")]
    assert [(v, what) for v, what, *_ in counts("About 9,000 customers' passport numbers were exposed.")] == [
        (9000, "customers")]
    assert counts("She won bronze in the Paris 5,000 metres and gold in the Olympic 10,000 metres.") == []
    assert [v for v, *_ in counts("She ran 5,000 metres in training.")] == [5000]


def test_an_owner_after_of_the_is_not_what_a_part_counts():
    """ "13 of the country's 24 provinces": 13 provinces, not 13 of "country's"."""
    assert [(v, what) for v, what, *_ in counts("Rains have hit 13 of the country's 24 provinces.")] == [
        (13, "provinces"), (24, "provinces")]
    assert [(v, what) for v, what, *_ in counts("Thirteen of the train's 14 cars came off the tracks.")] == [
        (13, "cars"), (14, "cars")]


def test_a_scale_of_a_scale_in_words_is_read_whole():
    """ "As many as a hundred thousand Danes", "two hundred thousand people": not 100 and 200."""
    assert [v for v, *_ in counts("As many as a hundred thousand Danes gathered outside the palace.")] == [100000]
    assert [v for v, *_ in counts("Some two hundred thousand people marched.")] == [200000]
    assert [v for v, *_ in counts("Two hundred people came.")] == [200]


def test_a_names_plural_word_before_what_is_counted_is_not_what_is_counted():
    """ "three Eras Tour concerts": concerts, not "Eras"; "Three Democrats voted" still counts Democrats."""
    assert [(v, what) for v, what, *_ in counts("Her three Eras Tour concerts in Vienna were cancelled.")] == [(3, "concerts")]
    assert [(v, what) for v, what, *_ in counts("Three Democrats voted against the bill.")] == [(3, "Democrats")]


def test_a_part_of_them_after_two_things_counted_is_not_given_either(tmp_path):
    """ "6,415 doctors at 100 hospitals, with about 1,600 of them walking out": doctors, not
    hospitals, and the rules cannot tell which; so too across sentences ("55 workers inside
    eight containers. Thirty-three of them were rescued"). After one thing counted, "of them"
    is a part of it."""
    assert (1600, "hospitals") not in [(v, what) for v, what, _ in counts(
        "As of Monday, 6,415 trainee doctors at 100 hospitals submitted their resignations, "
        "with about 1,600 of them walking off the job.")]
    story = invented_story(tmp_path, {"a": (
        "The avalanche hit the camp on Friday, burying 55 workers inside eight containers and a shed.\n\n"
        "Thirty-three of them were rescued by Friday night.\n\n"
        "Officials freed 123 prisoners on Saturday.\n\n"
        "Nine of them were flown to Vilnius.\n"
    )})
    stated = {(n.value, n.what) for n in story.numbers}
    assert (33, "containers") not in stated and (9, "prisoners") in stated
    assert (114, "prisoners") in {(v, what) for v, what, _ in counts("Officials freed 123 prisoners, and 114 of them left.")}


def test_a_verb_with_its_object_after_and_is_not_a_second_group_counted():
    """ "23 victories and further strengthens his claim": victories; "39 passengers and crew" both."""
    assert counts("Victory extends his record to 23 victories and further strengthens his claim as the greatest.") == [
        (23, "victories", None)]
    assert counts("The ship carried 39 passengers and crew.") == [(39, "passengers and crew", None)]


def test_a_possessive_naming_a_kind_is_not_who_is_counted():
    """ "two women's singles titles": titles of a kind, not two women; "seven million people's
    dates of birth" still counts people."""
    assert counts("She has won two women's singles titles.") == [(2, "titles", None)]
    assert (4, "men", None) not in counts("South Africa won a record four men's Rugby World Cup titles.")
    assert counts("Seven million people's dates of birth were exposed.") == [(7000000, "people", None)]


def test_around_after_a_verb_it_goes_with_and_an_attempted_kind_are_read():
    """ "revolved around six charges", "take you around 100 farms": exactly so many; "four
    attempted murders" are attempted murders, not murders."""
    assert counts("The trial revolved around six murders and four attempted murders.") == [
        (6, "murders", None), (4, "attempted murders", None)]
    assert counts("I'll take you around 100 farms.") == [(100, "farms", None)]
    assert counts("Around 100 farms were flooded.") == [(100, "farms", "around")]


def test_a_figure_for_a_list_of_things_a_restated_figure_and_an_age_bound_are_read_as_written():
    """ "18 public schools, coliseums, and gymnasiums" are 18 places of three kinds, not 18
    schools; "3,428, or 11,564 individuals" gives one figure again, not a range; "residents from
    two cities and four towns" says where they came from; "who are under 18" is an age; "the
    remaining 57 kms" is a distance."""
    assert counts("The displaced were housed in 18 different public schools, coliseums, and gymnasiums.") == [
        (18, "schools, coliseums and gymnasiums", None)]
    assert counts("As of Tuesday, 3,428, or 11,564 individuals, were sheltered.") == [(11564, "individuals", None)]
    assert counts("Some 20 or 30 people came.") == [(30, "people", "up to")]
    assert counts("At least 11,564 residents from two cities and four towns left.") == [
        (11564, "residents", "at least"), (2, "cities", None), (4, "towns", None)]
    assert counts("The law does not permit it for offenders who are under 18 when they offend.") == []
    assert counts("She attacked with the remaining 57 kms to go.") == [(57, "kms", "remaining")]


def test_suspected_cases_and_the_first_of_a_kind_are_read_as_written():
    """ "eight suspected cases" are not eight cases; "lofted the first six of the match" after
    "four boundaries" is which one, not six boundaries."""
    assert counts("There are currently eight suspected cases in a health facility.") == [(8, "suspected cases", None)]
    assert counts("Axar Patel lofted the first six of the match over mid-wicket.", "boundaries") == []
    assert counts("The first two of the suspects were charged.", "boundaries") == [(2, "suspects", None)]


def test_about_after_talking_is_what_is_talked_about():
    """ "we are talking about 96 deaths": exactly 96; "About 96 people died": around 96."""
    assert counts("We are talking about 96 deaths, the minister said.") == [(96, "deaths", None)]
    assert counts("About 96 people died.") == [(96, "people", "around")]


def test_a_year_naming_a_title_holder_is_no_count():
    assert counts("She came back for a 6-4, 6-4 victory over 2022 runner-up Ons Jabeur in the final.") == []


def test_over_after_an_alert_is_what_it_is_about():
    assert counts("The WHO issued an alert over four cough and cold syrups made in India.") == []


def test_the_dead_with_their_ages_and_a_part_of_a_total_in_words_are_no_rivals_of_another_count(tmp_path):
    """"Eleven people, aged five to 65, were killed" against "injured more than 20 people": the
    dead and the hurt; "Twenty-two people were hospitalised including 10 children" against
    "Twenty-five people, including 11 children, were injured": parts of two totals, and the
    totals, those in hospital and the hurt. A count of the same dead still differs."""
    killed = "Eleven people, aged five to 65, were killed Saturday at the Lapu Lapu festival in the city.\n"
    for number, texts in enumerate((
        {"a": killed, "b": "The attack at the Lapu Lapu festival in the city on Saturday also injured more than 20 people.\n"},
        {"a": "Twenty-two people were hospitalised including 10 children after the helicopter crash in Brovary.\n",
         "b": "Twenty-five people, including 11 children, were also injured in the helicopter crash in Brovary.\n"},
    )):
        (tmp_path / str(number)).mkdir()
        assert invented_story(tmp_path / str(number), texts).conflicts == ()
    (tmp_path / "same").mkdir()
    story = invented_story(tmp_path / "same", {"a": killed, "c": "Twelve people were killed on Saturday at the Lapu Lapu festival in the city.\n"})
    assert [sorted(dict(c.values).values()) for c in story.conflicts] == [["11", "12"]]


def test_a_golf_score_against_par_and_a_stock_indexs_name_are_no_counts(tmp_path):
    """ "signed for a 5-under 66", "at 12-under 130": strokes, not "under 66" of anything; "S&P 500
    futures fell": no 500 futures; "Two ... Sheriff's Department deputies": no two Sheriff's."""
    story = invented_story(tmp_path, {"a": "Scheffler signed for a 5-under 66 after his arrest.\n\n"
                                           "Schauffele was at 12-under 130 after two rounds, and under 20 people saw it.\n\n"
                                           "Dow futures dropped by 383 points, while S&P 500 futures fell.\n\n"
                                           "Two Sangamon County Sheriff's Department deputies responded.\n"})
    assert sorted((n.value, n.qualifier) for n in story.numbers if n.qualifier) == [(20, "under")]
    assert not any(n.what.endswith("'s") for n in story.numbers)  # (an owner's word counts nothing)
    assert 500 not in [n.value for n in story.numbers] and 383 in [n.value for n in story.numbers]


def test_counts_listed_after_a_qualified_one_are_bounded_by_its_qualifier(tmp_path):
    """ "at least 500 points, 250 rebounds and 150 assists": at least each."""
    story = invented_story(tmp_path, {"a": "Jokic was the first to record at least 500 points, 250 rebounds and 150 "
                                           "assists in a single postseason.\n"})
    assert sorted((n.value, n.what, n.qualifier) for n in story.numbers) == [
        (150, "assists", "at least"), (250, "rebounds", "at least"), (500, "points", "at least")]
