"""Sentence splitting around abbreviations, initials, decimals and quotations."""

from pathlib import Path

from explainer.extract.sentences import sentence_spans


def test_no_sentence_of_any_seed_ends_in_us(sources):
    for source in sources.values():
        for sentence in source.sentences:
            assert not sentence.text.endswith("U.S."), sentence.text


def test_us_inside_a_sentence_does_not_split_it(sources):
    texts = [s.text for s in sources["002_25f6ded758b2df7f"].sentences]
    assert "John Coale, the U.S. special envoy to Belarus, facilitated talks between the United States and Belarus." in texts
    assert any(t.startswith("The U.S. could lose the power") for t in texts)


def test_initials_decimals_and_titles_do_not_split():
    text = "John P. Coale met Dr. Smith at 10.30 on Dec. 13 in Washington, D.C. with 1.5 million in aid. Then he left."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "John P. Coale met Dr. Smith at 10.30 on Dec. 13 in Washington, D.C. with 1.5 million in aid.",
        "Then he left.",
    ]


def test_a_mountain_shortened_to_mt_does_not_split():
    text = "Ash rose from the crater of Mt. Kanlaon on Monday. Flights avoided Mt. Kanlaon. Then it rained."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Ash rose from the crater of Mt. Kanlaon on Monday.", "Flights avoided Mt. Kanlaon.", "Then it rained.",
    ]


def test_a_datelines_shortened_state_does_not_split():
    text = "RIVERTON, Ore. (KTVX) \u2014 The airline grounded its jets. Then it said so. He was ill. Then he left."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "RIVERTON, Ore. (KTVX) \u2014 The airline grounded its jets.", "Then it said so.", "He was ill.", "Then he left.",
    ]


def test_a_datelines_dotted_state_does_not_split():
    text = "RIVERTON, W.Va. (AP) -- A coal mine explosion trapped 13 miners. Rescuers went in."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "RIVERTON, W.Va. (AP) -- A coal mine explosion trapped 13 miners.", "Rescuers went in."]


def test_quotation_ending_a_sentence_inside_the_quote_marks(sources):
    texts = [s.text for s in sources["003_0f156859665e8b4b"].sentences]
    assert '"There were suggestions he should leave," she said.' in texts
    assert '"His colleagues were arrested.' in texts
    assert texts[texts.index('"His colleagues were arrested.') + 1].startswith("And he said on principle")


def test_exclamations_inside_a_quote_followed_by_the_speaker_stay_one_sentence(sources):
    texts = [s.text for s in sources["001_181edfe7fb956e88"].sentences]
    joined = [t for t in texts if t.startswith("\u201cShe is free!")]
    assert len(joined) == 1 and joined[0].endswith("after speaking with her by video.")


def test_missing_space_after_a_full_stop_still_splits_two_sentences(sources):
    texts = [s.text for s in sources["002_25f6ded758b2df7f"].sentences]
    assert any(t.endswith("to promote democracy and human rights.") for t in texts)
    assert any(t.startswith("Bialiatski is also the founder of Viasna") for t in texts)


def test_sentences_are_exact_substrings_of_the_seed(sources):
    for source in sources.values():
        raw = Path(source.path).read_text(encoding="utf-8")
        for sentence in source.sentences:
            assert sentence.text in raw


def test_the_titles_of_prosecutors_and_police_do_not_split():
    text = "He was arrested by agents of U.S. Atty. Patrick Fitzgerald and Det. Supt. Ann Lee. Then he left."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "He was arrested by agents of U.S. Atty. Patrick Fitzgerald and Det. Supt. Ann Lee.",
        "Then he left.",
    ]


def test_a_constables_rank_and_a_two_letter_middle_initial_do_not_split():
    text = ('"Further charges are anticipated," said Const. Tania Roe. Interim Chief Const. Steve Rai spoke. '
            'She will replace Gudni Th. Johannesson in August. Then he left.')
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        '"Further charges are anticipated," said Const. Tania Roe.',
        "Interim Chief Const. Steve Rai spoke.",
        "She will replace Gudni Th. Johannesson in August.",
        "Then he left.",
    ]


def test_a_dotted_acronym_ends_the_sentence_when_a_quotation_opens_after_it():
    text = ('By 2050, that group is projected to rise to almost 13 million in the U.S. "This is real progress," '
            'said Joanne Pike. The U.S. Senate agreed.')
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "By 2050, that group is projected to rise to almost 13 million in the U.S.",
        '"This is real progress," said Joanne Pike.',
        "The U.S. Senate agreed.",
    ]


def test_a_share_with_a_space_typed_after_its_decimal_point_is_one_sentence():
    text = "Premadasa secured 33. 98% of the vote. Turnout was high."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Premadasa secured 33. 98% of the vote.", "Turnout was high."]


def test_a_capital_letter_alone_then_a_pronoun_ends_a_sentence():
    """ "... on X. They stated ...": X is a name ending the sentence; "John P. Doale" is an initial."""
    text = "Police shared visuals of the extradition on X. They stated that he was safe. John P. Doale said it."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Police shared visuals of the extradition on X.", "They stated that he was safe.", "John P. Doale said it."]
