"""Amounts of money and percentages: currency, scale, the step an outlet rounded to, and
comparison across outlets with that rounding. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import invented_story
from explainer.findings.amounts import find_amounts


def how_compared(story) -> dict[frozenset, str]:
    """How each pair of sources' counts of one thing compare, by the pair's source ids."""
    return {frozenset((c.first[0].source, c.second[0].source)): c.how for c in story.number_comparisons}


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The bridge cost €41 million to build.", 41_000_000, "EUR"),
        ("It was a $2.3bn deal.", 2_300_000_000, "dollars"),
        ("It was a US$2.3bn deal.", 2_300_000_000, "USD"),
        ("It was an A$2.3bn deal.", 2_300_000_000, "AUD"),
        ("The club was fined £500,000 on Monday.", 500_000, "GBP"),
        ("The 7-trillion-yen acquisition closed.", 7_000_000_000_000, "JPY"),
        ("At least 88% of the votes were in favour.", 88, "%"),
        ("Turnout fell to 30 per cent.", 30, "%"),
        ("Regulators Hit It With Record $2.7B Fine", 2_700_000_000, "dollars"),
        ("He defaulted on loans worth Rs 9,000 crore.", 90_000_000_000, "INR"),
        ("The stake is worth \u20b925 lakh.", 2_500_000, "INR"),
    ],
)
def test_an_amount_has_its_currency_and_its_scale(sentence, value, unit):
    (amount,) = find_amounts(sentence)
    assert (amount.value, amount.unit) == (value, unit)


def test_a_weight_and_a_bare_number_are_not_amounts():
    assert find_amounts("He lost 5 pounds in a week and walked 12 miles.") == []


def test_outlets_agree_once_rounded_and_differ_when_they_do(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The new bridge over the river cost €41 million, the city said.",
        "b": "The new bridge over the river cost €40.8 million, the city said.",
        "c": "The new bridge over the river cost €22 million, the city said.",
    }, published="2024-03-09")
    assert sorted((n.value, n.unit) for n in story.numbers) == [
        (22_000_000, "EUR"), (40_800_000, "EUR"), (41_000_000, "EUR"),
    ]
    how = how_compared(story)
    assert how[frozenset("ab")] == "read together"
    assert how.get(frozenset("ac")) == "differ" or how.get(frozenset("bc")) == "differ"
    assert story.conflicts and all("c" in dict(c.values) for c in story.conflicts)  # a and b never
    assert all(dict(c.values)["c"] == "€22 million" for c in story.conflicts)


def test_a_rounded_share_and_over_that_share_agree_and_a_lower_one_does_not(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The mayor won 73% of the vote in the city election, officials said.",
        "b": "The mayor won over 73% of the vote in the city election, officials said.",
        "c": "The mayor won 61% of the vote in the city election, officials said.",
    }, published="2024-03-09")
    how = how_compared(story)
    assert how[frozenset("ab")] == "read together"
    assert how[frozenset("bc")] == "differ"
    assert story.conflicts and all("c" in dict(c.values) for c in story.conflicts)


def test_the_whole_a_fraction_is_taken_of_is_not_an_amount():
    assert find_amounts("A recount is automatic if the race is within one-half of 1 percent.") == []
    assert [a.value for a in find_amounts("He won 49.9 percent of the vote.")] == [49.9]


def test_billions_of_a_currency_is_an_amount():
    [amount] = find_amounts("The telescope took three decades and 10 billions of dollars to build.")
    assert (amount.value, amount.unit) == (10_000_000_000, "dollars")


def test_a_decimal_is_never_read_as_its_first_digits():
    assert [a.value for a in find_amounts("A fine of $2.7X was floated.")] == []


def test_a_round_sum_is_a_rounded_one_and_a_percentage_is_not(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The club paid a fee of £198 million for the striker, the club said.",
        "b": "The club paid a fee of £200 million for the striker, the club said.",
        "c": "The club paid a fee of £340 million for the striker, the club said.",
        "d": "The club paid a fee of £300 million for the striker, the club said.",
    }, published="2024-03-09")
    how = how_compared(story)
    assert how[frozenset("ab")] == "read together"
    assert "differ" in {how.get(frozenset("cd")), how.get(frozenset("ac")), how.get(frozenset("bc"))}
    assert not any({"a", "b"} == set(dict(c.values)) for c in story.conflicts)
    assert any({"c", "d"} <= set(dict(c.values)) or "c" in dict(c.values) for c in story.conflicts)
    [ninety, ninety_four] = find_amounts("It was 90% effective, not 94% as first said.")
    assert (ninety.step, ninety_four.step) == (1, 1)


def test_a_conversion_in_brackets_is_not_set_against_another_outlets_figure(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The shares opened at 35.2 riyals (US$9.39) apiece, above the offering price of 32 riyals.",
        "b": "The company had priced the offering of shares at 32 riyals ($8.53) apiece.",
    }, published="2019-12-11")
    assert not story.conflicts
    assert {"USD"} <= {n.unit for n in story.numbers}  # the conversions are still counted as said


def test_an_amount_sharing_the_next_ones_scale_is_left_unsaid():
    assert [(a.value, a.unit) for a in find_amounts("the bid went from $332 to $350 million in one step")] == [
        (350000000, "dollars")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three dealers said the collector bought the painting for $127.5 milion in 2013.",
        "The jackpot of $2.04 billion amounts to Rs 16.68 thousand crore, the paper said.",
        "After five bidders, the painting sold for a grand total of $450,312,500 million on Wednesday.",
    ],
)
def test_an_amount_whose_scale_is_in_doubt_is_cited_but_not_stated(tmp_path, sentence):
    """A misspelled scale, a second scale after the first, or a scale after a figure already
    written out in full: the rules cannot tell the amount's size, so neither it nor its number
    read as a count is stated."""
    story = invented_story(tmp_path, {"a": sentence}, published="2024-03-09")
    doubtful = {127.5, 16_680, 450_312_500_000_000, 127, 16, 450_312_500}
    assert story.numbers, "the sentence's other figures are still read"
    assert not [n for n in story.numbers if n.value in doubtful]
    assert not [n for n in story.numbers if n.what in ("milion", "crore", "thousand", "million")]


def test_the_end_of_a_range_whose_start_shares_its_unit_is_not_stated_as_a_figure():
    assert [a.sure for a in find_amounts("We were at 5 or 6% in this district, he complained.")] == [False]
    assert [a.sure for a in find_amounts("Growth of 2-3% is expected.")] == [False]
    assert [(a.value, a.sure) for a in find_amounts("The rate rose from 4 to 5% in May.")] == [(5, True)]
    assert [(a.value, a.sure) for a in find_amounts("Prices of $699 and $799 were set.")] == [(699, True), (799, True)]


def test_a_rise_and_a_fall_of_one_size_are_two_figures_never_read_together(tmp_path):
    """"a 10 percent jump" and "down ... 10% since": two changes, not one figure two outlets give;
    "up around 34%" (one index) and "fallen about 41%" (one share) are not one figure read together."""
    story = invented_story(tmp_path, {
        "a": "Shares of the studio closed with a 10 percent jump in trading on Monday after the news.\n\n"
             "The index is up around 34% since the studio chief took over in 2020.\n",
        "b": "Shares of the studio are down 40% this year and 10% since the results in trading.\n\n"
             "Shares of the studio have fallen about 41% since the studio chief took over in 2020.\n",
    }, published="2022-11-21")
    tens = [n for n in story.numbers if n.value == 10]
    assert sorted(n.sources for n in tens) == [("a",), ("b",)]
    assert {n.direction for n in tens} == {"up", "down"}
    assert not [c for c in story.number_comparisons if {c.first[1], c.second[1]} in ({10}, {34, 41})]


def test_an_amounts_qualifier_is_read_however_many_words_it_has():
    assert [(a.value, a.qualifier) for a in find_amounts("The fine could reach as much as $5 million.")] == [
        (5_000_000, "up to")]
    assert [(a.value, a.qualifier) for a in find_amounts("It cost more than $3 million.")] == [(3_000_000, "over")]
    # ("beyond £450 million", "over the £400m mark": bounds, not the figures)
    assert [(a.value, a.qualifier) for a in find_amounts("They have spent beyond £450 million.")] == [(450_000_000, "over")]
    assert [(a.value, a.qualifier) for a in find_amounts("It took spending past the £400m mark.")] == [(400_000_000, "over")]
    assert [(a.value, a.qualifier) for a in find_amounts("He paid the £400m fee.")] == [(400_000_000, None)]
    # ("tariffs as high as 25 percent": a rate threatened at most, not the 25% already charged)
    assert [(a.value, a.qualifier) for a in find_amounts("He threatened tariffs as high as 25 percent.")] == [(25, "up to")]


def test_up_to_before_an_amount_is_a_bound_not_a_rise(tmp_path):
    story = invented_story(tmp_path, {
        "a": "She could face up to 5 years in prison and a $250,000 fine, prosecutors said.",
        "b": "She faces a maximum of five years in prison and a $250,000 fine.",
    }, published="2019-07-29")
    [fine] = [n for n in story.numbers if n.value == 250_000]
    assert (fine.direction, set(fine.sources)) == (None, {"a", "b"})


def test_about_an_amount_agrees_with_what_rounds_to_it_and_no_further(tmp_path):
    """ "about $14 billion" is $14.1 billion rounded; $14.9 billion rounds to 15, maybe another
    measure of the deal (with debt), so the two are stated neither to agree nor to differ."""
    story = invented_story(tmp_path, {
        "a": "Acme said it will buy the steelmaker for about $14 billion in cash, the company said.",
        "b": "Acme said it will buy the steelmaker for $14.1 billion in cash, the company said.",
        "c": "Acme said it will buy the steelmaker for $14.9 billion in cash, the company said.",
    }, published="2023-12-18")
    how = how_compared(story)
    assert how.get(frozenset("ab")) == "read together"
    assert how.get(frozenset("ac")) in (None, "unsaid")
    assert not any("a" in dict(c.values) for c in story.conflicts)


def test_a_round_amount_a_few_per_cent_off_a_finer_one_is_no_rival_figure(tmp_path):
    """ "$14 billion" (the equity value, rounded) and "$14.9 billion" (with debt): not stated to
    differ; two figures of one fineness, or further apart, still are."""
    story = invented_story(tmp_path, {
        "a": "Acme said it will buy the steelmaker in a $14 billion deal, the company said.",
        "b": "Acme said it will buy the steelmaker in a $14.9 billion deal, the company said.",
        "c": "Acme said it will buy the steelmaker in a $16 billion deal, the company said.",
        "d": "Acme said it will buy the steelmaker in a $14.2 billion deal, the company said.",
    }, published="2023-12-18")
    how = how_compared(story)
    assert how.get(frozenset("ab")) in (None, "unsaid")
    assert how.get(frozenset("bd")) == "differ" and how.get(frozenset("ac")) == "differ"


def test_amounts_told_in_parts_are_no_rivals_of_a_total(tmp_path):
    story = invented_story(tmp_path, {
        "a": "The jury awarded Roe $10 million in compensatory damages and $5 million in punitive damages.",
        "b": "The jury awarded Roe $15 million in damages in all.",
        "c": "The jury awarded Roe $12 million in damages in all.",
        "d": "The jury awarded Roe $15 million in damages, but Lee will only have to pay $10.35 million.",
    }, published="2022-06-02")
    how = how_compared(story)
    assert how.get(frozenset("ab")) in (None, "unsaid") and how.get(frozenset("ac")) in (None, "unsaid")
    assert how.get(frozenset("ad")) in (None, "unsaid", "read together")
    assert how.get(frozenset("bc")) == "differ"


def test_a_verbs_over_is_no_bound_and_approximately_is_around():
    assert [(a.value, a.qualifier) for a in find_amounts("He must fork over $148 million in damages.")] == [
        (148_000_000, None)]
    assert [(a.value, a.qualifier) for a in find_amounts("He paid over $148 million in damages.")] == [
        (148_000_000, "over")]
    assert [(a.value, a.qualifier) for a in find_amounts("They will get approximately $75 million apiece.")] == [
        (75_000_000, "around")]


def test_a_dollar_amount_says_which_dollar_after_it():
    assert [(a.value, a.unit) for a in find_amounts("They carried $29,000 US ($37,595 Cdn) in cash.")] == [
        (29_000, "USD"), (37_595, "CAD")]


def test_under_and_below_bound_an_amount():
    assert [(a.value, a.qualifier) for a in find_amounts("Vaccination fell to under 30% last year.")] == [(30, "under")]
    assert [(a.value, a.qualifier) for a in find_amounts("It sold for below $3 million.")] == [(3_000_000, "under")]


def test_exceeded_bounds_an_amount():
    assert [(a.value, a.qualifier) for a in find_amounts("Malnutrition rates exceeded 30 percent.")] == [(30, "over")]


def test_a_banknote_a_whole_share_of_conviction_and_a_ranges_end_are_no_figures_stated():
    """ "as phony as a $3 bill" and "100% real" tell no sum or share of the story; the end of
    "between $135 and $270 million" is no figure alone (the start shares its scale)."""
    assert find_amounts("He said the shooting was as phony as a $3 bill.") == []
    assert find_amounts("He admitted he believes it was 100% real.") == []
    assert [(a.value, a.sure) for a in find_amounts("An economist put its worth at between $135 and $270 million.")] == [
        (270_000_000, False)]
    kept = find_amounts("A $5,000 bill came, 100% of the vote was counted and he paid $20 for notes.")
    assert [(a.value, a.unit) for a in kept] == [(5000, "dollars"), (100, "%"), (20, "dollars")]


def test_a_qualified_round_sum_is_not_widened_by_its_whole_first_digit(tmp_path):
    """ "nearly $1 billion" is rounded, but its "nearly" already says so: it is not anything from
    $400 million, so "more than $500 million" (asked for) is not read together with it."""
    story = invented_story(tmp_path, {
        "a": "The lawyers had asked the jury to order Jones to pay more than $500 million in damages.",
        "b": "The jury determined that Jones will have to pay nearly $1 billion in damages.",
        "c": "The jury determined that Jones will have to pay $960 million in damages.",
    }, published="2022-10-12")
    how = how_compared(story)
    assert how.get(frozenset("ab")) in (None, "unsaid", "differ")
    assert how.get(frozenset("bc")) == "read together"


def test_about_a_share_allows_a_few_points_not_a_tenth_of_it(tmp_path):
    """ "nearly 70 per cent" (of the votes counted) and "around 59 per cent" (of No votes) are not
    one share read two ways; "around 59 per cent" and "59.4 per cent" are."""
    story = invented_story(tmp_path, {
        "a": "With nearly 70 per cent of the vote counted, the proposal was defeated in the national vote.",
        "b": "With around 59 per cent of the vote counted, the proposal was defeated in the national vote.",
        "c": "With 59.4 per cent of the vote counted, the proposal was defeated in the national vote.",
    }, published="2023-10-14")
    how = how_compared(story)
    assert how.get(frozenset("ab")) != "read together"
    assert how.get(frozenset("bc")) == "read together"


def test_a_percentage_quoted_alone_says_wholly():
    """ 'he was "100%" a bully', '“110 per cent” committed': a way of saying "wholly", no figure;
    "Turnout was 100%" and "cancel ‘nearly 100%’ of flights" are figures."""
    assert find_amounts('One former official claimed he was "100%" a bully.') == []
    assert find_amounts("He is \u201c110 per cent\u201d committed.") == []
    assert [a.value for a in find_amounts("Turnout was 100% in the village.")] == [100]
    assert [a.value for a in find_amounts("It had to cancel ‘nearly 100%’ of flights.")] == [100]


def test_above_an_amount_is_a_bound():
    """ "above €2 billion" is more than €2bn, not exactly it (as "below 2%" is less than 2%)."""
    assert [(a.value, a.qualifier) for a in find_amounts("The total could rise above \u20ac2 billion.")] == [
        (2_000_000_000, "over")]


def test_close_to_an_amount_is_nearly_it():
    assert [(a.value, a.qualifier) for a in find_amounts("Dan had close to 46 percent of the vote.")] == [(46, "nearly")]


def test_a_part_of_a_whole_is_no_rival_to_another_outlets_count_of_the_whole(tmp_path):
    story = invented_story(tmp_path, {
        "a": "Three of the victims of the crash on Monday were children, police said.",
        "b": "Seven victims of the crash on Monday were named by police.",
    }, published="2022-06-28")
    assert not story.conflicts
    assert how_compared(story).get(frozenset("ab")) in (None, "unsaid")


def test_a_hundred_per_cent_of_a_quality_is_wholly_so_and_us_dollars_written_out_are_money():
    assert find_amounts("\u201cHe was 100 percent lucid,\u201d the sheriff said.") == []
    assert [(a.value, a.unit) for a in find_amounts("Turnout was 100 percent in the village.")] == [(100, "%")]
    assert [(a.value, a.unit) for a in find_amounts("The firm is 100 percent owned by the state.")] == [(100, "%")]
    assert [(a.value, a.unit) for a in find_amounts("He stole 8 billion US Dollars from customers.")] == [
        (8_000_000_000, "USD")]


def test_a_bound_under_a_negation_is_the_other_bound_and_a_qualifier_may_stand_before_a():
    assert [(a.value, a.qualifier) for a in find_amounts("The team could not carry more than $1.1 billion in debt.")] == [
        (1_100_000_000, "up to")]
    assert [(a.value, a.qualifier) for a in find_amounts("It cost more than $5 million, not counting fees.")] == [
        (5_000_000, "over")]
    assert [(a.value, a.qualifier) for a in find_amounts("Jo Roe will net almost a 700 percent return.")] == [(700, "nearly")]


def test_per_cent_points_are_a_change_in_points_not_a_percentage():
    said = "The bank cut rates by 0.25 per cent points to 5 per cent."
    assert [(a.value, a.unit) for a in find_amounts(said)] == [(5, "%")]


def test_went_up_to_a_figure_is_where_it_rose_to_not_a_bound():
    assert [(a.value, a.qualifier) for a in find_amounts("His first-serve rate went up to 78% in the third set.")] \
        == [(78, None)]
    assert [(a.value, a.qualifier) for a in find_amounts("The fine could be up to 10% of turnover.")] == [(10, "up to")]


def test_the_end_of_a_range_between_two_figures_is_no_figure_alone():
    """ "between 70 and 100% of government revenue": not 100%."""
    assert [(a.value, a.sure) for a in find_amounts("Interest takes up between 70 and 100% of government revenue.")] == [
        (100, False)]
    assert [(a.value, a.sure) for a in find_amounts("Inflation rose to 100% last year.")] == [(100, True)]


def test_over_a_figure_after_an_article_is_what_about_not_a_bound():
    """ "under investigation for years over a $750,000 donation": about the donation; "paid over
    $750,000" and "almost a 700 percent return" are bounds."""
    assert [(a.value, a.qualifier) for a in find_amounts("The party has been under investigation over a $750,000 donation.")] == [
        (750_000, None)]
    assert [(a.value, a.qualifier) for a in find_amounts("They paid over $750,000.")] == [(750_000, "over")]
    assert [(a.value, a.qualifier) for a in find_amounts("Jo Roe will net almost a 700 percent return.")] == [(700, "nearly")]
