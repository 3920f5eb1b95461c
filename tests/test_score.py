"""The evaluation's scorer judges a key fact told in more words than the gold by its words."""

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))
from score import _fact_ok, _figure_in  # noqa: E402


@pytest.mark.parametrize("stated, gold", [
    ("the premeditated murder of the journalist Ann Roe aboard his boat", "premeditated murder (guilty)"),
    ("sexually abusing Roe", "sexually abusing Ann Roe (guilty)"),
    ("third-degree murder as well as manslaughter in the death of Ann Roe", "third-degree murder and manslaughter"),
    ("the manslaughter of his girlfriend", "manslaughter (not murder)"),
])
def test_a_charge_told_in_more_words_is_the_gold_charge(stated, gold):
    assert _fact_ok("charge", stated, gold)


@pytest.mark.parametrize("stated, gold", [
    ("the 1999 murder of Roe", "murder of Ann Roe"),  # a year the gold does not give, a name it does
    ("fraud", "premeditated murder (guilty)"),
    ("the murders of Tom Lee", "the murders of Ann Roe"),
    ("murder", "tax evasion (murder charge dropped)"),  # the note is no charge
])
def test_a_charge_with_words_the_other_lacks_on_both_sides_is_not_the_gold_charge(stated, gold):
    assert not _fact_ok("charge", stated, gold)


def test_a_figure_shown_with_its_unit_is_still_checked_against_the_golds_words():
    """ "1.3%" against the gold's "down 1.7%" is another figure, not "not a figure"."""
    assert not _figure_in("1.3%", "down 1.7 per cent")
    assert _figure_in("1.7%", "down 1.7 per cent")
    assert _figure_in("$150 million", "$150 million to reimburse")
    assert _figure_in(41000000, "EUR 41m")
