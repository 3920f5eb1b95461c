"""A quotation keeps the source's meaning: its signs, currencies and per cents are checked too.

The quote check ignores what a reader does not read as meaning -- case, the style of quotation
marks, a dash between words, spacing -- but not a currency sign, a per cent sign, a plus or
minus sign on a number, or a comma inside one: `[quote 004 "Belarus has freed $123
prisoners"]` is not what seed 004 says ("Belarus has freed 123 prisoners").
"""

import pytest

from explainer.base.errors import ExplainerError
from explainer.extract.citations import checked_citation, meaning_tokens
from explainer.extract.editorial import read_document
from explainer.extract.sources import load_sources

SAID = "Belarus has freed 123 prisoners, including prominent opposition activist Maria Kolesnikova"
MONEY = "Officials said the deal was worth $1,227 million, up 5% on last year, as temperatures fell to -5 degrees."


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def money(tmp_path):
    """A source of one sentence with a currency, a thousands comma, a per cent and a minus."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds / "100_money.txt", MONEY + "\n")
    write(seeds / "100_money.yaml", "outlet: Test Outlet\npublished: 2025-12-13\n")
    return {s.id: s for s in load_sources(seeds)}


def page_citing(tmp_path, verb, source, words):
    return write(tmp_path / "p.md", f"Title: T\n\nIt was said [{verb} {source} \u201c{words}\u201d].\n")


@pytest.mark.parametrize("verb", ["quote", "cite"])
@pytest.mark.parametrize(
    "words",
    [
        "Belarus has freed $123 prisoners",
        "-123% prisoners?!",
        "+123 prisoners",
        "freed 123% prisoners",
        "freed \u20ac123 prisoners",
        "freed 1,23 prisoners",
        "freed 124 prisoners",
    ],
)
def test_a_sign_currency_or_per_cent_the_source_does_not_write_is_a_misquote(tmp_path, story, verb, words):
    page = page_citing(tmp_path, verb, "004", words)
    with pytest.raises(ExplainerError) as err:
        read_document(page, story.source_map)
    assert f":3: misquote: {words!r} is not in any sentence of 004_" in str(err.value), str(err.value)


def test_case_quote_style_dashes_between_words_and_spacing_still_pass(tmp_path, story):
    words = "BELARUS has  freed 123 prisoners \u2014 including prominent opposition \u2018activist\u2019"
    [citation] = read_document(page_citing(tmp_path, "quote", "004", words), story.source_map).citations
    assert SAID in story.source_map[citation.source].sentence(citation.sentence).text
    assert citation.quote == words


@pytest.mark.parametrize(
    "words",
    [
        "worth $1,227 million, up 5% on last year",
        "worth $ 1,227 million -- up 5 % on last year",  # spaces around a sign are spacing
        "temperatures fell to \u22125 degrees",  # a typographic minus is a minus
        "WORTH $1,227 MILLION",
        "Officials said the deal",
    ],
)
def test_a_quotation_that_keeps_the_signs_passes(tmp_path, money, words):
    [citation] = read_document(page_citing(tmp_path, "quote", "100", words), money).citations
    assert citation.source == "100_money"


@pytest.mark.parametrize(
    "words",
    [
        "worth 1,227 million",  # the dollar sign left out
        "worth \u00a31,227 million",  # another currency
        "worth $1227 million",  # the thousands comma left out
        "worth $1.227 million",  # a decimal point is not a thousands comma
        "227 million",  # part of the number
        "worth $1",  # part of the number
        "up 5 on last year",  # the per cent sign left out
        "up 5",  # ends where the source goes on with "%"
        "temperatures fell to 5 degrees",  # the minus left out
        "temperatures fell to +5 degrees",
    ],
)
def test_a_quotation_that_drops_or_changes_a_sign_is_a_misquote(tmp_path, money, words):
    with pytest.raises(ExplainerError, match="misquote"):
        read_document(page_citing(tmp_path, "quote", "100", words), money)


def test_the_citations_of_yaml_files_are_checked_the_same_way(story, money):
    checked_citation("claims.yaml", 4, '004 "Belarus has freed 123 prisoners"', story.source_map)
    checked_citation("claims.yaml", 4, '100 "up 5% on last year"', money)
    with pytest.raises(ExplainerError, match="claims.yaml:4: misquote"):
        checked_citation("claims.yaml", 4, '004 "Belarus has freed $123 prisoners"', story.source_map)
    with pytest.raises(ExplainerError, match="claims.yaml:4: misquote"):
        checked_citation("claims.yaml", 4, '100 "up 5 on last year"', money)


def test_what_carries_meaning():
    assert meaning_tokens("Belarus has freed $123 prisoners") == ["belarus", "has", "freed", "$", "123", "prisoners"]
    assert meaning_tokens("\u201c-123% prisoners?!\u201d") == ["-", "123", "%", "prisoners"]
    assert meaning_tokens("1,227 people, +5 and \u00b12 \u2030") == ["1", ",", "227", "people", "+", "5", "and", "\u00b1", "2", "\u2030"]
    # A dash between words or numbers, or after a letter, is punctuation, not a minus sign.
    assert meaning_tokens("COVID-19 cases \u2013 a 5-3 win - or 2,000") == ["covid", "19", "cases", "a", "5", "3", "win", "or", "2", ",", "000"]
