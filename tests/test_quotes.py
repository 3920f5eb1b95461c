"""Quotations and reported speech in the real seeds: speakers, pieces, and alignment."""

import pytest

from conftest import EXAMPLE, invented_story
from explainer.base.text import words
from explainer.extract.citations import Citation
from explainer.findings.quotes import Quote, align_quotes, comparison_words, quotation_spans, quotes_match, speaker_key
from explainer.story import build_story


@pytest.fixture(scope="module")
def full_story():
    return build_story(EXAMPLE / "seeds", EXAMPLE / "content" / "people")


def by(story, prefix, speaker=None, kind=None):
    return [
        q for q in story.quotes
        if q.citation.source.startswith(prefix)
        and (speaker is None or q.speaker == speaker)
        and (kind is None or q.kind == kind)
    ]


def test_every_direct_quote_is_verbatim_in_the_sentence_it_cites(full_story):
    for quote in full_story.quotes:
        sentence = full_story.source_map[quote.citation.source].sentence(quote.citation.sentence)
        assert " ".join(words(quote.text)) in " ".join(words(sentence.text)), quote
        if quote.kind == "direct":
            assert quote.citation.quote == quote.text


def test_coales_words_on_more_sanctions_are_aligned_across_the_two_outlets(full_story):
    bbc = [q for q in by(full_story, "004", "john-coale", "direct") if "normalise" in q.text]
    dw = [q for q in by(full_story, "003", kind="direct") if "normalize" in q.text]
    assert len(bbc) == 1 and len(dw) == 1
    assert dw[0].speaker_form == "Cole"  # DW's spelling
    assert Citation(dw[0].citation.source, dw[0].citation.sentence) in bbc[0].same_as
    assert Citation(bbc[0].citation.source, bbc[0].citation.sentence) in dw[0].same_as
    # In the data, the copies are told by a shared group, not listed in each copy.
    from explainer.story import story_data

    data = {(q["citation"]["source"], q["text"]): q for q in story_data(full_story)["quotes"]}
    mine, theirs = data[(bbc[0].citation.source, bbc[0].text)], data[(dw[0].citation.source, dw[0].text)]
    assert mine["group"] is not None and mine["group"] == theirs["group"]
    assert mine["same_as_count"] >= 1 and "same_as" not in mine


def test_a_pronoun_speaker_is_the_person_named_just_before(full_story):
    # "'There were suggestions he should leave,' she said." follows Natallia Pinchuk's words.
    quote = next(q for q in by(full_story, "003") if q.text.startswith("There were suggestions"))
    assert quote.speaker == "natallia-pinchuk"
    # "Speaking after her release, she described ..." follows "Kolesnikova has been in prison".
    quote = next(q for q in by(full_story, "004") if q.text == "a feeling of unbelievable happiness")
    assert quote.speaker == "maria-kolesnikova"


def test_a_quote_running_over_paragraphs_keeps_its_speaker_sentence_by_sentence(full_story):
    pieces = [q for q in by(full_story, "004", "sviatlana-tsikhanouskaya", "direct")]
    texts = [q.text for q in pieces]
    assert "Of course, it is the price." in texts
    assert "They can lift them tomorrow if some deals are not fulfilled." in texts
    assert len({q.citation.sentence for q in pieces}) == len(pieces)


def test_words_inside_a_quotation_are_not_taken_as_an_attribution(full_story):
    # "And he said on principle he was responsible ..." is Pinchuk quoting, not a new speaker.
    quote = next(q for q in by(full_story, "003") if q.text.startswith("And he said on principle"))
    assert quote.speaker == "natallia-pinchuk" and quote.kind == "direct"


def test_said_before_the_possessive_names_the_speaker_not_the_owner(full_story):
    quote = next(q for q in by(full_story, "003") if q.text.startswith("She thanked the United States"))
    assert quote.speaker == "tatsiana-khomich"


def test_scare_quotes_without_a_speaker_are_not_quotations(full_story):
    texts = {q.text for q in full_story.quotes}
    assert "Bellavia Airlines sanctions" not in texts
    assert not any("hiding income" in t for t in texts)


def test_reported_speech_is_indirect_with_its_named_speaker(full_story):
    slunkin = by(full_story, "000", "pavel-slunkin", "indirect")
    assert len(slunkin) == 2  # "... said the prisoner release ..." and "He added that ..."
    assert all(q.citation.quote is None for q in slunkin)


def test_embedded_posts_are_their_authors_own_words(full_story):
    posts = by(full_story, "000", "pavel-latushka", "direct")
    assert posts and all(full_story.source_map[q.citation.source].sentence(q.citation.sentence).kind == "embed" for q in posts)


def test_quotation_marks_left_open_run_to_the_end_of_the_paragraph():
    spans = quotation_spans('She said: "It\'s a huge happiness.')
    assert len(spans) == 1 and not spans[0].closed


def test_british_and_american_spellings_compare_equal():
    assert comparison_words("normalise") == comparison_words("normalize")
    assert speaker_key("Coale") == speaker_key("Cole")


def test_alignment_compares_only_within_a_speaker_block():
    a = Quote("x", "X", "we will keep going until everyone is free", Citation("a", "s1", "t"), "direct")
    b = Quote("y", "Y", "we will keep going until everyone is free", Citation("b", "s1", "t"), "direct")
    c = Quote("x", "X", "We will keep going until everyone is free!", Citation("c", "s1", "t"), "direct")
    aligned = align_quotes((a, b, c), {"x": "Anna Xu", "y": "Bob Yates"})
    assert aligned[0].same_as == (Citation("c", "s1"),)
    assert aligned[1].same_as == ()


def test_different_words_from_the_same_speaker_are_not_aligned():
    assert not quotes_match(comparison_words("Our fight continues"), comparison_words("I drove through all of Belarus blindfolded"))


def test_a_word_or_two_quoted_by_two_outlets_are_not_the_same_words_reported():
    """May said it was "right" that ties were close; elsewhere, "right" that Patel resigned."""
    a = Quote("x", "X", "right", Citation("a", "s1", "t"), "direct")
    b = Quote("x", "X", "right", Citation("b", "s1", "t"), "direct")
    c = Quote("x", "X", "a very difficult storm", Citation("a", "s2", "t"), "direct")
    d = Quote("x", "X", "a very difficult storm", Citation("b", "s2", "t"), "direct")
    aligned = align_quotes((a, b, c, d), {"x": "Anna Xu"})
    assert [q.same_as for q in aligned] == [(), (), (Citation("b", "s2"),), (Citation("a", "s2"),)]
    assert not quotes_match(comparison_words("very difficult"), comparison_words("very difficult"))


def test_a_short_quotation_inside_a_long_one_does_not_end_it():
    text = ("Lee wrote: \u201cHistorically, the Ultimate Endless Shrimp (\u201cUES\u201d) promotion was a "
            "limited-time offer.\u201d Then \u201cWe will win,\u201d she said.")
    spans = [(text[s.open + 1 : s.close], s.closed) for s in quotation_spans(text)]
    assert spans == [("Historically, the Ultimate Endless Shrimp (\u201cUES\u201d) promotion was a limited-time offer.", True),
                     ("We will win,", True)]
    # A quotation left open before the next one is not read as holding it.
    left_open = "\u201cWe will win, Lee said. \u201cThey lost,\u201d Stone said."
    assert [(left_open[s.open + 1 : s.close]) for s in quotation_spans(left_open)] == ["We will win, Lee said. \u201cThey lost,"]


def test_a_quotation_sharing_only_small_words_with_another_is_not_the_same_words():
    short = comparison_words("We have to wake up.")
    long = comparison_words("After taking the president, we have decided to dissolve the government and close the borders.")
    assert not quotes_match(short, long)
    assert quotes_match(comparison_words("Meng is sought for extradition by the US."),
                        comparison_words("She is sought for extradition by the United States, and a bail hearing is set."))


def test_a_wires_dateline_is_not_part_of_the_words_reported(tmp_path):
    """ "Belgrade, Mar. 16, (dpa/GNA) – Fifty-nine people have died ..., Interior Minister Pance
    Toskovski said": the words start after the dateline."""
    story = invented_story(tmp_path, {"a": (
        "Belgrade, Mar. 16, (dpa/GNA) – Fifty-nine people have died in a nightclub fire in North Macedonia, "
        "Interior Minister Pance Toskovski said at a press conference on Sunday.\n"
    )}, people={"pance-toskovski": "Pance Toskovski"})
    said = [q.text for q in story.quotes if q.speaker == "pance-toskovski"]
    assert said == ["Fifty-nine people have died in a nightclub fire in North Macedonia"]


def test_reported_words_stop_at_the_outlets_source_and_skip_whom_and_when_they_were_told(tmp_path):
    """ ", Egypt's Ahramonline website reports" and ", state television reported" are the
    outlet's; "told The Associated Press last week that" says whom and when; "told Prime
    Minister Jo Roe to head to the site" is an order and "said about the yellow card" a topic,
    neither what was said."""
    story = invented_story(tmp_path, {"a": (
        "Tom Lee said the government would upgrade railway projects, Egypt\u2019s Ahramonline website reports.\n\n"
        "Ann Vale said the toll had risen to 32, state television reported.\n\n"
        "The manager, Ben Hart, told The Associated Press last week that no other guests had reported any issues.\n\n"
        "Ann Vale told Prime Minister Tom Lee to head to the site of the crash.\n\n"
        "\u201cThere will be plenty of time to analyse that,\u201d Ben Hart said about the yellow card that was upgraded to red.\n"
    )}, people={"tom-lee": "Tom Lee", "ann-vale": "Ann Vale", "ben-hart": "Ben Hart"})
    said = sorted((q.speaker, q.text) for q in story.quotes)
    assert said == [
        ("ann-vale", "the toll had risen to 32."),
        ("ben-hart", "There will be plenty of time to analyse that"),
        ("ben-hart", "no other guests had reported any issues."),
        ("tom-lee", "the government would upgrade railway projects."),
    ]


def test_reported_words_stop_where_the_outlets_next_clause_opens_on_while(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Ann Vale complained of what she said was a bungled state response, while the prosecutor's office "
        "on Friday ordered a review of all hazardous objects.\n"
    )}, people={"ann-vale": "Ann Vale"})
    assert [q.text for q in story.quotes] == ["was a bungled state response"]


def test_a_saying_in_a_clause_leading_into_another_ends_at_its_comma(tmp_path):
    """ "Although Filip Adzic said they were still awaiting confirmation, South Korean police
    identified the man ...": the police's finding is not Adzic's words."""
    story = invented_story(tmp_path, {"a": (
        "Although Filip Adzic said they were still awaiting confirmation from local authorities, South Korean police "
        "identified the man detained at the airport as Kwon.\n\n"
        "Filip Adzic said that although they were awaiting confirmation, they believe they have the man.\n"
    )}, people={"filip-adzic": "Filip Adzic"})
    assert [q.text for q in story.quotes] == [
        "they were still awaiting confirmation from local authorities",
        "although they were awaiting confirmation, they believe they have the man.",
    ]


def test_a_straight_mark_after_a_stop_closes_and_never_opens_a_quotation(tmp_path):
    """ "'That's what friends are for," Jaishankar replied.": opened with one mark, closed with the
    other; the outlet's next sentence is not the last speaker's words."""
    story = invented_story(tmp_path, {"a": (
        "\"We continue to work together to protect lives of the crew,\" Bulgarian minister Mariya Gabriel posted on X. "
        "'That's what friends are for,\" Jaishankar replied. Jaishankar replied to the minister who thanked India.\n"
    )}, people={"mariya-gabriel": "Mariya Gabriel"})
    assert [q.text for q in story.quotes if q.speaker == "mariya-gabriel"] == [
        "We continue to work together to protect lives of the crew"]


def test_a_she_after_a_sentence_whose_subject_is_someone_unregistered_is_not_the_registered_one(tmp_path):
    """ "Sky News reporter Cordelia Lynch was on the scene, having just interviewed Imran Khan ...
    She said: ..." is the reporter's, not Khan's; "Imran Khan was on the scene ... He said" is his."""
    story = invented_story(tmp_path, {
        "a": "Sky News reporter Cordelia Lynch was on the scene, having just interviewed Imran Khan, and said there "
             "was a sudden commotion.\n\nShe said: \"The injured were taken into an ambulance.\"\n",
        "b": "Imran Khan was on the scene, having just spoken to supporters.\n\n"
             "He said: \"The injured were taken into an ambulance.\"\n",
    }, people={"imran-khan": "Imran Khan"})
    assert [(q.citation.source, q.speaker) for q in story.quotes if q.speaker] == [("b", "imran-khan")]


def test_told_an_outlet_then_its_kind_is_whom_it_was_told(tmp_path):
    story = invented_story(tmp_path, {"a": (
        "Interior Minister Tom Lee, who also came to the scene, told TeleMadrid television at least six people were "
        "injured, one of them seriously.\n"
    )}, people={"tom-lee": "Tom Lee"})
    assert [q.text for q in story.quotes] == ["at least six people were injured, one of them seriously."]


def test_what_was_made_known_then_where_is_no_words_said(tmp_path):
    """ "... before Buckingham Palace announced it to the public.": no words of Prince William's."""
    story = invented_story(tmp_path, {"a": (
        "King Charles III personally informed his sons, Prince Harry and Prince William, about his cancer diagnosis "
        "before Buckingham Palace announced it to the public.\n"
    )}, people={"prince-william": "Prince William", "prince-harry": "Prince Harry"})
    assert [q.text for q in story.quotes] == []
