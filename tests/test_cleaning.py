"""What is not the outlet's article never becomes a citable sentence (real seeds and invented ones)."""

import re
from pathlib import Path

from conftest import invented_story
from explainer.extract.cleaning import classify
from explainer.story import story_data

FURNITURE_WORDS = [
    "function(", "_mgq", "Visited 2 times", "About the Author", "Explore further",
    "Recommended For You", "Avatar photo", "Media caption", "Image caption", "Image source",
    "Edited by", "More from Presence News", "Disclaimer:", "pic.twitter.com", "(@",
    "Photo:", "Screenshot from broadcast",
]


def all_sentences(sources):
    return [(sid, s) for sid, src in sources.items() for s in src.sentences]


def test_no_script_furniture_or_label_text_in_any_sentence(sources):
    for sid, sentence in all_sentences(sources):
        for word in FURNITURE_WORDS:
            assert word not in sentence.text, (sid, sentence.text)


def test_script_and_furniture_stay_visible_as_set_aside_blocks(sources):
    kinds = {b.kind for b in sources["001_181edfe7fb956e88"].blocks}
    assert {"script", "furniture", "caption", "heading", "headline"} <= kinds
    furniture = [b.text for b in sources["001_181edfe7fb956e88"].blocks if b.kind == "furniture"]
    # "Explore further" takes the related headline after it along.
    assert any(t.startswith("Five years in exile") for t in furniture)
    assert "About the Author: News Hound" in furniture


def test_triplicated_caption_is_kept_once_and_marked_as_caption(sources):
    source = sources["001_181edfe7fb956e88"]
    raw = Path(source.path).read_text(encoding="utf-8")
    phrase = "en route through Ukraine on 13 December 2025"
    assert raw.count(phrase) == 3
    holders = [s for s in source.sentences if phrase in s.text]
    assert len(holders) == 1 and holders[0].kind == "caption"
    block = source.blocks[holders[0].block]
    assert block.repeats == 3 and block.credit.startswith("Photo:")


def test_the_lines_of_a_paragraphs_copies_are_reported_as_set_aside(story):
    phrase = "en route through Ukraine on 13 December 2025"
    [source] = [s for s in story.sources if s.id == "001_181edfe7fb956e88"]
    lines = [n for n, text in enumerate(Path(source.path).read_text(encoding="utf-8").splitlines(), 1) if phrase in text]
    [entry] = [s for s in story_data(story)["sources"] if s["id"] == source.id]
    copies = [(item["line"], item["copy_of"]) for item in entry["set_aside"] if item["kind"] == "copy"]
    assert copies == [(line, lines[0]) for line in lines[1:]] and len(lines) == 3


def test_a_captions_copies_are_set_aside_and_an_article_paragraph_printed_twice_is_the_articles(tmp_path):
    lead = "The council closed the bridge on Monday after engineers found cracks in its deck."
    caption = "Workers inspect the bridge in Dale. (Jane Roe/Wire)"
    story = invented_story(tmp_path, {"a": f"Bridge shut\n{lead}\n{caption}\n{lead}\n{caption}\nIt may reopen in May.\n"})
    [entry] = story_data(story)["sources"]
    assert [(i["line"], i["kind"], i.get("copy_of")) for i in entry["set_aside"]] == [
        (1, "headline", None), (5, "copy", 3),
    ]
    assert [s["line"] for s in entry["sentences"] if s["kind"] == "body"] == [2, 6]


def test_caption_credit_glued_to_a_sentence_is_split_off(sources):
    source = sources["004_7df2e0f2d1cf324f"]
    captions = [b for b in source.blocks if b.kind == "caption" and b.credit]
    assert [b.credit for b in captions] == [
        "Image source, Reuters",
        "Image source, Coordination Headquarters for the Treatment of Prisoners of War",
    ]
    assert all(b.text.endswith("2025") or b.text.endswith("2025.") for b in captions)
    # The caption after each "Image caption," label is a caption, not article text.
    labelled = [source.blocks[i + 1].kind for i, b in enumerate(source.blocks) if b.kind == "label"]
    assert labelled == ["caption", "caption", "caption"]


def test_posts_from_x_are_credited_to_their_authors_not_the_outlet(sources):
    source = sources["000_c534272e422073ca"]
    posts = [s for s in source.sentences if s.kind == "embed"]
    authors = {s.author for s in posts}
    assert authors == {"Sviatlana Tsikhanouskaya", "Pavel Latushka"}
    glad = next(s for s in posts if s.text.startswith("I am glad to see"))
    assert glad.author == "Pavel Latushka"
    brilliant = next(s for s in posts if "brilliant" in s.text)
    assert brilliant.author == "Sviatlana Tsikhanouskaya"
    # The outlet's own paragraphs around the posts stay the outlet's.
    own = [s for s in source.sentences if "Former Belarusian diplomat Pavel Slunkin" in s.text]
    assert own and own[0].kind == "body"


def test_edited_by_credit_and_dateline_are_not_sentences(sources):
    source = sources["003_0f156859665e8b4b"]
    kinds = {b.text: b.kind for b in source.blocks}
    assert kinds["Edited by: Karl Sexton"] == "furniture"
    assert kinds["December 13, 2025"] == "dateline"
    assert kinds["Who are some of the more prominent prisoners Belarus released?"] == "heading"


def test_section_headings_are_headings(sources):
    headings = [b.text for b in sources["002_25f6ded758b2df7f"].blocks if b.kind == "heading"]
    assert "Profiles of Key Prisoners" in headings
    assert "Release of Belarusian Prisoners as U.S. Sanctions Change" in headings
    assert all(not re.search(r"[.]$", h) for h in headings)


def test_reference_list_is_not_article_text(sources):
    source = sources["002_25f6ded758b2df7f"]
    refs = [b.text for b in source.blocks if b.kind == "references"]
    assert len(refs) == 4 and all("|" in r for r in refs)


def test_a_list_item_loses_its_bullet_but_stays_article_text(sources):
    source = sources["002_25f6ded758b2df7f"]
    items = [b for b in source.blocks if b.list_item]
    assert len(items) == 5
    assert items[1].text.startswith("Maria Kolesnikova led protests")


def test_classify_keeps_every_line_of_the_seed(sources):
    for source in sources.values():
        raw = Path(source.path).read_text(encoding="utf-8")
        nonempty = [line for line in raw.split("\n") if line.strip()]
        repeats = sum(b.repeats - 1 for b in source.blocks)
        assert len(source.blocks) + repeats == len(nonempty)


def test_classify_is_general_a_post_byline_in_any_article():
    text = "Officials met on Monday.\nGreat news for everyone & all @friends.\n— Jane Roe (@jroe) March 3, 2024\nThe talks went on."
    blocks = classify(text)
    assert [b.kind for b in blocks] == ["body", "embed", "byline", "body"]
    assert blocks[1].author == "Jane Roe" and blocks[1].handle == "jroe"


def test_two_posts_in_a_row_keep_their_own_authors():
    """A post's byline glued to its media link, and another post right under it: the second
    post does not take the first one's text."""
    text = (
        "Tributes came in on Friday.\n"
        "A voice like no other. Rest in peace. pic.twitter.com/Ab12Cd34\u2014 Jane Roe (@janeroe) March 3, 2024\n"
        "She sang at our wedding & we will miss her. pic.twitter.com/Ef56Gh78\u2014 John Doe (@jdoe) March 3, 2024\n"
        "The funeral will be private."
    )
    blocks = classify(text)
    assert [b.kind for b in blocks] == ["body", "embed", "embed", "body"]
    assert [blocks[1].author, blocks[2].author] == ["Jane Roe", "John Doe"]


def test_a_byline_alone_on_its_line_closes_the_post_just_above_marks_or_none():
    text = (
        "The commission declared the result on Friday night.\n"
        "We declare Ann Lee as President-Elect of our country. God bless the country. Thank you.\n"
        "\u2014 Electoral Commission (@ElectionsOffice) December 9, 2016\n"
        "Supporters cheered across the country."
    )
    blocks = classify(text)
    assert [b.kind for b in blocks] == ["body", "embed", "byline", "body"]
    assert blocks[1].author == "Electoral Commission"


def test_furniture_of_real_pages_is_recognised_by_its_shape():
    """Invented lines in the shapes real news pages put around an article."""
    page = "\n\n".join([
        "Crime & Safety",
        "Flood waters force hundreds from their homes in the valley",
        "By Jane Roe and John Doe",
        "4 days ago",
        "5th Dec 2018 13:58",
        "553",
        "3 of 30",
        "Residents of the valley were told to leave their homes on Tuesday as the river rose.",
        "Embed Flood Waters Force Hundreds From Homes 1:29 autoplay Copy this code to your website "
        "or blog <iframe src=\"https://example.com/widget/video-embed/123\" width=\"560\"",
        "A family waits on a roof for rescue. (Reuters: Ann Smith)",
        "Rescuers carry a child to safety near the bridgeAFP/Getty Images",
        "The mayor, pictured above, spoke to reporters at the town hall on Wednesday.",
        "GALLERY: The flood in pictures",
        "Multimedia   \u00b7   User Galleries   \u00b7   News in Pictures Send us your pictures",
        "PUBLISHED: | UPDATED:",
        "Subscribe now and get unlimited digital access, free for your first month.",
        "Continue reading...",
        "Whether $5 or $50, every contribution counts.",
        "Support us to deliver journalism without an agenda.",
        "More than 5,000 readers have already pitched in to keep free access to The Example.",
        "For the price of one cup of coffee each week you can help keep paywalls away.",
        "The river is expected to fall by the weekend, the weather service said.",
        "Print",
        "(Copyright 2024 The Example Press. All rights reserved.)",
    ])
    kinds = {b.text: b.kind for b in classify(page, "Flood waters force hundreds from their homes in the valley")}
    assert kinds["Flood waters force hundreds from their homes in the valley"] == "headline"
    article = [t for t, k in kinds.items() if k in ("body", "headline", "heading")]
    assert article == [
        "Flood waters force hundreds from their homes in the valley",
        "Residents of the valley were told to leave their homes on Tuesday as the river rose.",
        "The river is expected to fall by the weekend, the weather service said.",
    ]
    assert kinds["A family waits on a roof for rescue."] == "caption"
    assert kinds["Rescuers carry a child to safety near the bridge"] == "caption"


def test_whatever_stands_above_the_headline_is_the_pages_however_long():
    page = "\n\n".join([
        "Flu numbers by state Voting this year, explained How to tell the difference Register to vote",
        "Only $4.99 per month",
        "Dozens dead as volcano erupts",
        "The volcano erupted on Sunday, burying a village in ash and killing at least 25 people.",
        "Rescuers searched the village through the night, officials said.",
    ])
    kinds = [b.kind for b in classify(page, "Dozens dead as volcano erupts")]
    assert kinds == ["furniture", "furniture", "headline", "body", "body"]
    # Without a title to find, a long first line is not set aside.
    assert classify(page)[0].kind != "furniture"


def test_the_headline_the_sidecar_names_is_the_headline_however_long_under_the_sites_menu():
    title = "'It does not feel real' - The family of the cricketer speak of their pain and loss"
    page = "\n\n".join(["Home", "Cricket", "Scores", title,
                        "The family of the cricketer paid tribute to him on Sunday, saying they were heartbroken."])
    assert [b.kind for b in classify(page, title)] == ["furniture"] * 3 + ["headline", "body"]


def test_with_a_title_no_line_matches_a_stamp_or_a_byline_is_not_called_the_headline():
    """The sidecar's title is not on the page: "date 2023-01-15" or a byline above the text is
    set aside as the page's, not labelled the headline; a headline worded a little otherwise,
    or with the site's name after it, still is the headline."""
    body = "The volcano erupted on Sunday, burying a village in ash and killing at least 25 people."
    for stamp in ("date 2023-01-15", "By Jo Roe and Al Lee | The Daily Example"):
        page = "\n\n".join([stamp, body, "Rescuers searched the village through the night, officials said."])
        assert [b.kind for b in classify(page, "Dozens dead as volcano erupts")][:2] == ["furniture", "body"], stamp
    for headline in ("Dozens dead as the volcano erupts", "Dozens dead as volcano erupts | The Daily Example"):
        page = "\n\n".join([headline, body])
        assert [b.kind for b in classify(page, "Dozens dead as volcano erupts")] == ["headline", "body"], headline


def test_a_list_the_article_introduces_stays_article_text_at_its_end():
    page = "\n\n".join([
        "Moonlight wins best picture",
        "The film won three awards on a night of surprises, ending with a mix-up over the last envelope.",
        "Here are some of the other winners:",
        "\u2022 Best Original Screenplay: Manchester by the Sea",
        "\u2022 Best Animated Feature: Zootopia",
    ])
    assert [b.kind for b in classify(page)] == ["headline", "body", "body", "body", "body"]


def test_a_videos_label_and_description_are_furniture_however_long():
    teaser = ("WATCH ABOVE: Officials in New York are offering a reward in hopes of bringing two escaped killers "
              "back to prison, as hundreds of officers search the woods, roads and towns near the border with "
              "Canada for a third day.")
    page = "\n\n".join([
        "Manhunt goes on for escaped killers",
        teaser,
        "Hundreds of officers searched the woods near the prison on Sunday, the state police said.",
    ])
    assert [b.kind for b in classify(page)] == ["headline", "furniture", "body"]


def test_a_related_storys_link_ending_in_its_age_and_a_bar_is_furniture():
    page = "\n\n".join([
        "Shares fall after truck launch",
        "Shares of the company fell as much as 4.1% in early trading on Friday after the launch on Thursday.",
        "11 things the chief executive said the company would accomplish in 2020, and how those promises panned "
        "outBusiness Insider 4m |",
    ])
    assert [b.kind for b in classify(page)] == ["headline", "body", "furniture"]


def test_a_call_for_readers_contributions_is_furniture():
    page = "\n\n".join([
        "UN Security Council to meet on North Korea",
        "The UN Security Council will hold an emergency meeting on Monday to discuss the nuclear test.",
        "Contributions of 200 words or more will be considered for publication.",
    ])
    assert [b.kind for b in classify(page)] == ["headline", "body", "furniture"]


def test_a_lead_in_ending_the_copy_is_article_text_but_a_breadcrumb_is_not():
    page = "\n\n".join([
        "You are here:",
        "Club sacks its manager",
        "The club dismissed its manager on Thursday night, nine months after he won the league title.",
        "The club statement in full:",
    ])
    assert [b.kind for b in classify(page)] == ["furniture", "headline", "body", "body"]


def test_a_subheading_between_paragraphs_and_sentences_about_subscriptions_stay_article():
    page = "\n\n".join([
        "Streaming service loses subscribers",
        "The company said its subscription revenue fell by a tenth in the quarter to June.",
        "What comes next",
        "Analysts expect the newsletter business to be sold, three people familiar with the talks said.",
    ])
    assert [b.kind for b in classify(page)] == ["headline", "body", "heading", "body"]


def test_a_subheading_ending_a_copy_cut_short_is_the_articles_but_a_pages_label_is_not():
    """A stored page may stop at the article's next subheading; a credit, a control or a
    teaser's "..., sources say" below the last paragraph is still the page's."""
    def last_kind(line):
        page = "\n\n".join([
            "Club sacks its manager",
            "The club dismissed its manager on Thursday night, nine months after he won the league title.",
            line,
        ])
        return classify(page)[-1].kind

    assert last_kind("Breaking the deadlock") == "heading"
    assert last_kind("Why has the coach been banned?") == "heading"
    assert last_kind("Based on reporting by Reuters and AP") == "furniture"
    assert last_kind("Rival club opposes the move, sources say") == "furniture"
    assert last_kind("What do you think of the decision?") == "furniture"


def test_an_editors_note_of_more_to_come_is_furniture_and_a_line_broken_mid_sentence_is_not():
    page = "\n\n".join([
        "Chief returns to the studio",
        "Dear colleagues,",
        "It is with an incredible sense of gratitude and",
        "humility that I write to you this evening with the news that I am returning as chief executive.",
        "Asked if he expected more to come out, the chief said the culture had changed over the years.",
        "More to come",
    ])
    blocks = classify(page)
    assert [b.kind for b in blocks] == ["headline", "body", "body", "body", "furniture"]
    assert blocks[2].text.startswith("It is with an incredible sense of gratitude and humility that I write")


def test_a_caption_closed_by_photo_by_and_a_credit_is_a_caption():
    [block] = classify('The minister said he faced a "media storm." Photo by Jan Nowak/EPA-EFE')
    assert (block.kind, block.credit) == ("caption", "Photo by Jan Nowak/EPA-EFE")
    [body] = classify("He said it was fine. By then the photo by the lake had gone.")
    assert body.kind == "body"
    # A file photo's credit, a chart's source in brackets, a photographer and whose the picture is.
    for caption, credit in [
        ("The hospital announced the transplant on Thursday. File photo by Jo Roe/UPI", "File photo by Jo Roe/UPI"),
        ("Shares lagged the index during his tenure. (Source: Acme Finance)", "Source: Acme Finance"),
        ("Surgeons operated on Saturday, March 16. Jo Roe/Massachusetts General Hospital",
         "Jo Roe/Massachusetts General Hospital"),
    ]:
        [block] = classify(caption)
        assert (block.kind, block.credit) == ("caption", credit)
    [body] = classify("The vote was tied on Tuesday. It was a close call for Ann Lee/Bob Stone.")
    assert body.kind == "body"


def test_a_link_label_with_a_bar_is_furniture():
    [block] = classify("Also Read | Minister bars rival from 2026 summit")
    assert block.kind == "furniture"
    [body] = classify("Also, read the report: it says the summit was in 2026.")
    assert body.kind == "body"


def test_a_link_label_in_capitals_without_a_colon_is_furniture():
    [block] = classify("RELATED Cyclone Amphan: More than 1 million to be evacuated in India")
    assert block.kind == "furniture"
    [body] = classify("MORE than 1 million people were told to leave, officials said.")
    assert body.kind == "body"


def test_the_list_under_a_heading_of_links_to_other_pages_is_the_pages():
    blocks = classify(
        "E. coli linked to the burgers has sickened 49 people in 10 states, officials said on Tuesday.\n\n"
        "People are also reading\u2026\n\n- Woman admits embezzling from a charity\n\n"
        "- Jake Humphrey scores five touchdowns to lead Montana Western\n\n"
        "State health officials are also investigating the outbreak, the agency said.\n\n"
        "The outlets named three chains:\n\n- Acme Burgers\n\n- Roe Foods\n"
    )
    assert [b.kind for b in blocks] == ["body", "furniture", "furniture", "furniture", "body", "body", "body", "body"]


def test_a_wire_photos_description_with_its_full_date_is_a_caption():
    [block] = classify("A lander weighing 585 kilogrammes is seen during a presentation in Yehud on December 17, 2018.")
    assert block.kind == "caption"
    [body] = classify("The lander is seen as a symbol of the programme, launched on February 21, 2019.")
    assert body.kind == "body"


def test_the_alt_text_beside_its_caption_is_the_caption_too():
    blocks = classify("Police cars were set alight in the city on Sunday\n"
                      "Police cars were set alight in the city on Sunday. Picture: PA Images\n"
                      "The chief constable condemned the violence.")
    assert [(b.kind, b.credit) for b in blocks] == [
        ("caption", "Picture: PA Images"), ("caption", "Picture: PA Images"), ("body", None)
    ]


def test_a_page_control_phrase_in_someones_quoted_words_is_not_furniture():
    [block] = classify("A spokesman told AFP that \u201cthe latest news from the ground is that 34 people died.\u201d")
    assert block.kind == "body"


def test_wire_captions_in_the_agencies_house_style_are_captions():
    for caption in (
        "In this photo provided by the Fire Service on March 3, 2021, crews work at the mill.",
        "This March 2, 2021 image made available by the Fire Service shows the mill at night.",
        "This image released Tuesday, March 2, 2021, by the city shows the burnt roof.",
        "FILE - This photo released by the Fire Service shows the mill on fire in Dale, March 2, 2021.",
        "210302-mill-fire-620.jpg Firefighters douse the roof of the mill as crowds watch.",
    ):
        assert [b.kind for b in classify(caption)] == ["caption"], caption
    for body in (
        "\u201cThis is the largest fire in 100 years,\u201d Gov. Tom Hale (R) said at a news conference.",
        "This image of the mill, the mayor said, will stay with the town for years.",
        "A heatwave fuelling ferocious wildfires in Europe pushed temperatures over 40C on Tuesday.",
        "In this photo the mayor is smiling, but he was angry, aides said.",
    ):
        assert [b.kind for b in classify(body)] == ["body"], body


def test_a_wire_credit_before_or_after_its_caption_is_split_off():
    [after] = classify("Firefighters work at the mill in Dale on March 3, 2021. REUTERS/Jane Roe")
    assert (after.kind, after.credit) == ("caption", "REUTERS/Jane Roe")
    [before] = classify("Jane Roe, AFP | The mayor reacts after the results were announced")
    assert (before.kind, before.credit, before.text) == (
        "caption", "Jane Roe, AFP", "The mayor reacts after the results were announced"
    )
    [body] = classify("He said the story was first reported by Reuters. AP/Staff had it later.")
    assert body.kind == "body"
    [caption] = classify("Jo Roe toasts Tom Hale during Tuesday's dinner at the palace\n"
                         "Jo Roe toasts Tom Hale during Tuesday's dinner at the palace REUTERS/Jane Roe")
    assert (caption.kind, caption.credit, caption.repeats) == ("caption", "REUTERS/Jane Roe", 2)


def test_a_credit_on_its_own_line_makes_the_line_above_and_its_copy_a_caption():
    blocks = classify("Crews work at the burning mill on Monday in Dale\nJane Roe AP\n"
                      "Crews work at the burning mill on Monday in Dale\n"
                      "The fire started in the boiler room, the chief said on Monday.")
    assert [b.kind for b in blocks][:2] == ["caption", "furniture"]
    assert blocks[-1].kind == "body"
    assert [b.kind for b in classify("Some heading\nInterview with Reuters\nThe chief spoke.")][1] == "heading"


def test_a_line_ending_in_an_agencys_letters_in_lower_case_is_not_a_credited_caption():
    """"cap", "map" and "swap" end in AP's and PA's letters: an agency glued to a caption's last
    word is written as the agency writes its name, not inside a lower-case word."""
    blocks = classify("Bank removes cap on the franc\nDetails and possibility of swap\n"
                      "The bank said on Thursday that it would end the cap, surprising traders.")
    assert [(b.kind, b.credit) for b in blocks] == [("headline", None), ("heading", None), ("body", None)]
    [glued] = classify("Traders watch the screens at the exchange in Dale on Thursday dealAFP")
    assert (glued.kind, glued.credit) == ("caption", "AFP")


def test_a_labelled_credit_naming_the_agency_first_makes_the_line_above_a_caption():
    blocks = classify("Fishermen on the river near the old bridge\nImage: picture-alliance/Tass/Jane Roe\n"
                      "The ferry sank on Thursday with more than a hundred people on board, officials said.")
    assert [b.kind for b in blocks] == ["caption", "furniture", "body"]
    assert blocks[0].credit == "Image: picture-alliance/Tass/Jane Roe"


def test_a_dated_line_that_is_no_sentence_is_a_caption_and_a_lead_in_is_article_text():
    blocks = classify("The mill burned for six hours, the chief said on Monday.\n"
                      "The last meeting of the mill's owners on Sept. 12, 2017, at the town hall\n"
                      "The owners had planned to sell the mill, according to the mayor.\n"
                      "The chief of the fire service made the official statement on Monday morning:")
    assert [b.kind for b in blocks] == ["body", "caption", "body", "body"]
    assert [b.kind for b in classify("\u2022 Apr. 10, 2019 12:00 a.m.")] == ["dateline"]


def test_a_photographers_credit_in_brackets_and_people_told_apart_by_place_make_captions():
    for caption, credit in (
        ("Officers face protesters on Sunday, June 8, 2025, in Dale. (Jane Roe/The Dale Chronicle via AP)",
         "Jane Roe/The Dale Chronicle via AP"),
        ("Protesters link arms during a march on June 8, 2025. (Jane Roe for Dale Radio)", "Jane Roe for Dale Radio"),
    ):
        [block] = classify(caption)
        assert (block.kind, block.credit) == ("caption", credit)
    [via] = classify('Tom Hale said he will "recuse" himself while the inquiry takes place. Dale Council/Jane Roe via PA Media')
    assert (via.kind, via.credit) == ("caption", "Dale Council/Jane Roe via PA Media")
    [owned] = classify("Tom Hale as he is released from state prison on Nov. 23, 2021 (KDLE photo from video)")
    assert (owned.kind, owned.credit) == ("caption", "KDLE photo from video")
    [block] = classify("Tom Hale, right, senior researcher at the institute, speaks to reporters in Dale.")
    assert block.kind == "caption"
    [body] = classify("Tom Hale, who stood on the right, said the march was peaceful (and it was).")
    assert body.kind == "body"


def test_a_bracketed_photo_credit_a_paragraph_ending_on_a_full_date_and_a_paywall_line():
    [credited] = classify("Tom Hale speaks to reporters after casting his ballot Tuesday. [Photo: Courtesy]")
    assert (credited.kind, credited.credit) == ("caption", "Photo: Courtesy")
    blocks = classify("Hale wins the vote\n"
                      "Tom Hale and his wife greet supporters at his party in Dale on Tuesday December 12, 2017.\n"
                      "The vote was held on Tuesday, December 12, 2017, and Hale won it.\n"
                      "Get access to 7 premium stories every month for FREE!")
    assert [b.kind for b in blocks] == ["headline", "caption", "body", "furniture"]
    blocks = classify("Hale wins\nThe match was held in Dale, officials said.\n"
                      "Tom Hale from Vale plays during the first game of the match in Dale on 9 April, 2023\n"
                      "Hale won on Sunday.")
    assert [b.kind for b in blocks] == ["headline", "body", "caption", "body"]


def test_a_paragraph_dated_in_brackets_is_a_caption_and_a_papers_menu_is_furniture():
    blocks = classify("Macron wins\nMacron wins as hackers leak campaign documents. (May 7, 2017)\n"
                      "Today's Paper Obits Newsletters What's Up!\nMacron won the run-off on Sunday, officials said.")
    assert [b.kind for b in blocks] == ["headline", "caption", "furniture", "body"]


def test_a_photograph_credit_and_a_bracketed_credit_line_make_captions():
    [block] = classify("A view shows the port of Dale on August 5th, 2020. Photograph: Jane Roe/AFP via Getty Images")
    assert (block.kind, block.credit) == ("caption", "Photograph: Jane Roe/AFP via Getty Images")
    blocks = classify("Rocket lifts off\nA rocket lifts off from Dale on Oct. 11.\nA rocket lifts off from Dale on Oct. 11.\n"
                      "(Jane Roe / AFP/Getty Images)\n"
                      "Two crew were safe on Thursday after an emergency landing in the steppe, officials said.")
    assert [b.kind for b in blocks] == ["headline", "caption", "furniture", "body"]
    assert blocks[1].repeats == 2  # the picture's alt text, then its caption


def test_the_line_under_the_headline_is_the_standfirst_but_a_credit_or_a_copy_is_not():
    for standfirst in ("Blast leaves 300,000 homeless, destroys most grain stocks", "Mayor Hale claims victory"):
        blocks = classify(f"Port officials held as toll rises to 135\n{standfirst}\n"
                          "Lebanon has imposed a two-week emergency in the city as the toll from the blast rose.")
        assert [b.kind for b in blocks][1] != "furniture", standfirst
    for furniture in ("Video report by Dale News Correspondent Jane Roe", "Port officials held as toll rises to 135",
                      "World News", "This article is more than 4 years old", "Access to the comments Comments"):
        blocks = classify(f"Port officials held as toll rises to 135\n{furniture}\n"
                          "Lebanon has imposed a two-week emergency in the city as the toll from the blast rose.")
        assert [b.kind for b in blocks][1] == "furniture", furniture


def test_a_video_link_labelled_after_a_dash_is_furniture():
    page = ("Mayor calls early vote to secure mandate\n"
            "The mayor stunned the council on Tuesday by demanding an early vote.\n"
            "Mayor calls early vote for 8 June \u2013 full video statement\n"
            "Hiker hails rescuers after 17 days lost in the forest \u2013 video\n"
            "The council will vote on Wednesday, and the video of the meeting was shown live.\n")
    assert [b.kind for b in classify(page)] == ["headline", "body", "furniture", "furniture", "body"]


def test_bulleted_points_under_the_headline_sum_the_story_up_past_a_label_between():
    page = ("Mayor calls early vote to secure mandate\n"
            "This article is more than 2 years old\n"
            "  \u2022 Mayor asks the council for a snap vote on 8 June\n"
            "  \u2022 Rival backs the move despite trailing in the polls\n"
            "The mayor stunned the council on Tuesday by demanding an early vote.\n")
    assert [b.kind for b in classify(page)] == ["headline", "furniture", "body", "body", "body"]
    # Under a byline and a picture's caption, the points still sum the story up.
    page = ("Tornado kills 51 in Moore\nJane Roe and John Doe\n"
            "A woman carries her child through a field near the school in Moore on Monday.\n"
            "\u2022 Students rescued from rubble of elementary school\n\u2022 Massive twister was on ground for 40 minutes\n"
            "A massive tornado killed at least 51 people on Monday afternoon.\n")
    assert [b.kind for b in classify(page)][3:5] == ["body", "body"]
    # Links to other stories under "Related stories" are no summary, however they are written.
    page = ("Mayor calls early vote to secure mandate\nRelated stories\n  \u2022 Storm hits the coast as thousands flee\n"
            "  \u2022 Minister quits over a row with the party\n  \u2022 Markets fall after the rate rise\n"
            "The mayor stunned the council on Tuesday by demanding an early vote.\n")
    assert [b.kind for b in classify(page)][2:5] == ["furniture", "furniture", "furniture"]
    # Links to other stories in Title Case are no summary: the page's.
    page = ("Mayor calls early vote to secure mandate\nWorld News\n  \u2022 Storm Hits The Coast\n"
            "  \u2022 Minister Quits Over Row\nThe mayor stunned the council on Tuesday by demanding an early vote.\n")
    assert [b.kind for b in classify(page)][2:4] == ["furniture", "furniture"]


def test_a_facebook_post_above_its_posted_by_line_is_the_authors_and_a_spaced_agency_credit_closes_a_caption():
    blocks = classify("The mayor said the rescue had moved to recovery, as crews searched the wreckage on Wednesday.\n"
                      "Sadly, it has been confirmed that 12 people are now known to have died in the fire...\n"
                      "Posted by Jane Roe on Wednesday, June 14, 2017\n"
                      "The commander said there are now 12 people that have died.")
    assert [(b.kind, b.author) for b in blocks] == [
        ("body", None), ("embed", "Jane Roe"), ("byline", "Jane Roe"), ("body", None)
    ]
    [caption] = classify("Tom Hale leaves the court in Dale on September 12, 2014 after the verdict.  (AFP: Jane Roe)")
    assert (caption.kind, caption.credit) == ("caption", "AFP: Jane Roe")


def test_a_wire_caption_in_the_present_tense_with_its_day_is_a_caption():
    for caption in ("A large fire burns in Dale Thursday during a third night of unrest.",
                    "A woman walks through floodwater near a damaged home on Wednesday in Dale."):
        assert classify(caption)[0].kind == "caption", caption
    for body in ("A man was in Dale on Monday for the talks.", "A spokesman says in a statement on Monday that it is out.",
                 "A group of protesters in Dale clashed with police on Saturday.", "A woman walks through the park every day."):
        assert classify(body)[0].kind == "body", body


def test_a_caption_in_the_present_ending_on_the_day_the_picture_was_taken_is_set_aside():
    text = "\n".join([
        "Runner breaks the record",
        "Jane Roe (in white singlet) runs flanked by pacesetters at the park in Vienna, Austria on October 12, 2019.",
        "A soldier conducts an inspection for mosquitoes on a street in Recife, Brazil, February 1, 2016.",
        "Jane Roe sets a historic mark in Vienna today \u00a9Getty Images",
        "Roe holds the official world record of 2:01:39 set in Berlin on September 16, 2018.",
        "Jane Roe ran the distance in Vienna on October 12, 2019.",
        "The minister says the vote is set for October 12, 2019.",
        "The Capitals celebrate their 4-3 win in Game 5 of the Final Thursday, June 7, 2018, in Las Vegas.",
        "A court heard the case on Monday.",
    ])
    blocks = classify(text, "Runner breaks the record")
    assert [b.kind for b in blocks] == ["headline", "caption", "caption", "caption", "body", "body", "body", "caption", "body"]
    assert blocks[3].credit == "Getty Images" and blocks[3].text.endswith("in Vienna today")


def test_a_ticker_of_headlines_on_one_line_is_furniture():
    text = "Leader removed\nStorm hits the coast  \u2022 Minister declares a holiday  \u2022 Markets fall\nThe senate voted 61 to 20.\n"
    assert [b.kind for b in classify(text, "Leader removed")] == ["headline", "furniture", "body"]


def test_a_past_tense_sentence_is_no_caption():
    text = "\n".join([
        "Tornado kills 51",
        "A woman walks through a field near the school in Moore, Okla., on Monday.",
        "A neo-Nazi plowed his car into protesters who had gathered on Saturday, killing a woman.",
    ])
    assert [b.kind for b in classify(text, "Tornado kills 51")] == ["headline", "caption", "body"]


def test_a_present_tense_scene_doing_something_in_a_named_month_is_a_caption():
    page = "\n\n".join([
        "The trial enrolled more than forty thousand people across six countries, the company said.",
        "A volunteer in Springfield gets an injection in early September as part of the trial.",
        "A new poll shows the mayor ahead in March.",
    ])
    assert [b.kind for b in classify(page)] == ["body", "caption", "body"]


def test_a_named_scene_with_what_the_one_named_is_ending_on_its_full_date_is_a_caption():
    page = "\n\n".join([
        "The leader spoke in London on Monday to the party.",
        "Dan Kim, Leader of the Party, talks during a debate after Parliament rejected the deal, in London, Jan. 16, 2019.",
        "Ann Lee, the mayor, said the vote was fair, and it was held on Jan. 16, 2019.",
    ])
    assert [b.kind for b in classify(page)] == ["body", "caption", "body"]



def test_a_scene_of_someone_named_or_of_people_doing_something_on_a_named_day_is_a_caption():
    captions = [
        "State police guard the gate of the prison in Dale after a riot Sunday morning after two guards died.",
        "Relatives of the miners at the Dale pit break into tears awaiting news on Sunday.",
        "Army Sgt. Jane Roe arrives at the courthouse for a hearing on Oct. 31, 2017, in Dale.",
        "Dan Kim, director of the agency, speaks at a Feb. 1 news conference in Dale on the outbreak.",
        "Ann Lee and Mary Lee join their husbands on the balcony Tuesday during the ceremony.",
        "Rescuers dig for survivors at the hotel Thursday following the avalanche.",
        # one short sentence needs no day
        "City fans celebrate a goal in a pub in Dale.",
        "Rep. Jane Roe leaves her office ahead of the vote to censure her.",
    ]
    for caption in captions:
        assert classify(caption)[0].kind == "caption", caption
    bodies = [
        "Sunday's march through Dale was peaceful, though tensions flared later.",  # a noun, not "they march"
        "On Monday, rescuers dig through the rubble in Dale, officials said.",  # opens on when, as an article does
        "Jane Roe speaks about the verdict in an interview with the paper, which she hopes will settle the"
        " matter for the families of the victims and for the town.",  # no day, and too long for a caption
        "The charge carries up to 65 years in prison.",  # no day, and a verb of a state as well
        "The rescue teams were searching the hotel on Thursday.",  # an auxiliary: the article's past
        "Dan Kim, who leads the agency, speaks to reporters on Monday.",  # a relative clause in the subject
        "Supporters of Jane Roe said they gather at the square every Sunday.",  # someone's saying
        '"We wait for news," Ann Lee said on Monday.',  # someone's words
        "Jane Roe visits Dale on Tuesday for talks.",  # a plan told in the present
        "Seven lawmakers quit the party on Monday over its approach to the deal.",  # a verb before "the"
    ]
    for body in bodies:
        assert classify(body)[0].kind == "body", body
    # no day, and no full stop: a heading, not a caption
    assert classify("Dale\nJane Roe speaks about the verdict in an interview\nThe court sat.")[1].kind != "caption"

def test_an_old_file_picture_a_tabloids_pictured_aside_and_a_source_credit_make_captions():
    page = "\n".join([
        "Rates rise",
        "File photo taken in 2012 shows the headquarters of the bank in Springfield.",
        "Governor Jane Roe, pictured, warned rates would continue to rise",
        "The bank raised its rate to 0.5 per cent on Thursday, the first rise in a decade.",
        "Governor Jane Roe, pictured, told reporters the rise was overdue, and the mayor agreed.",
        "Savers hold 45 per cent of the deposits (Source: Getty)",
        "Governor Jane Roe travels with her deputy (not pictured) to the bank's headquarters in the city",
    ])
    blocks = classify(page, "Rates rise")
    assert [b.kind for b in blocks] == ["headline", "caption", "caption", "body", "body", "caption", "caption"]
    assert blocks[5].credit == "Source: Getty"


def test_a_bulleted_point_is_not_a_heading():
    page = "\n\n".join([
        "The council met for six hours on Monday and agreed the following points.",
        "\u2022 Rents frozen until June",
        "\u2022 Two new schools to open",
        "The mayor said the plan would be reviewed in a year.",
    ])
    blocks = classify(page)
    assert [(b.kind, b.list_item) for b in blocks[1:3]] == [("body", True), ("body", True)]


def test_a_video_credit_in_brackets_closes_a_caption_but_an_agency_sign_off_after_a_quotation_does_not():
    [video] = classify("Ann Blanc resigned as party leader on July 7. She stays on until a successor is chosen. (Video: Reuters)")
    assert (video.kind, video.credit) == ("caption", "Video: Reuters")
    [quoted] = classify("\u201cI am waiting for my colleague, I just hope for the best,\u201d added Hannah, a student. (AFP)")
    assert quoted.kind == "body"
    [picture] = classify("Rescuers search the rubble of a hotel in the old town on Sunday. (AFP)")
    assert (picture.kind, picture.credit) == ("caption", "AFP")


def test_a_photographers_credit_in_square_brackets_or_after_a_bar_closes_a_caption_without_a_full_stop():
    [picture] = classify("The sprinter refused to board a flight home that she said she was forced to take [Issei Kato/Reuters]")
    assert (picture.kind, picture.credit) == ("caption", "Issei Kato/Reuters")
    [aside] = classify("The senator said the vote [in the House/Senate] would pass on Friday.")
    assert aside.kind == "body"
    [barred] = classify("Ann Lee boarded a plane taking her from Berlin to Moscow today | Jo Roe/AFP via Getty Images")
    assert (barred.kind, barred.credit) == ("caption", "Jo Roe/AFP via Getty Images")


def test_a_picture_credit_in_brackets_or_a_gallery_counter_makes_a_caption():
    [picture] = classify("Only ten flights were shown as departing from Terminal five today (Picture: Nick Dixon)")
    assert (picture.kind, picture.credit) == ("caption", "Picture: Nick Dixon")
    [photo] = classify("The toilet drew large crowds when it was shown in New York in 2016 (Photo: Jo Lee/AFP/Getty Images)")
    assert (photo.kind, photo.credit) == ("caption", "Photo: Jo Lee/AFP/Getty Images")
    [aside] = classify("The minister said the photo (Photo: a file) was old and never used in the campaign.")
    assert aside.kind == "body"
    [upper] = classify("Jo Roe departs from Cape Town International Airport on Tuesday.PHOTO: EPA-EFE")
    assert (upper.kind, upper.credit) == ("caption", "PHOTO: EPA-EFE")
    standfirst = "Equifax was hit by hackers, potentially affecting 143 million US customers."
    page = "\n".join(["Hackers hit Equifax", standfirst, standfirst + "PHOTO: BLOOMBERG", "Equifax said on Thursday it was hacked."])
    assert [b.kind for b in classify(page, "Hackers hit Equifax")] == ["headline", "body", "caption", "body"]
    alt = "Police vehicles were set alight during the protests in Bristol on Sunday"
    page = "\n".join(["Seven arrested", alt, alt + ". Picture: PA Images", "Police said seven people were arrested."])
    assert [b.kind for b in classify(page, "Seven arrested")] == ["headline", "caption", "caption", "body"]
    alt = "President Roy Hale (right) speaks during a meeting at the guesthouse in the capital."
    page = "\n".join(["Hale rejects ruling", alt, alt + " PHOTO: EPA", "Hale said the islands were his country's."])
    assert [b.kind for b in classify(page, "Hale rejects ruling")] == ["headline", "caption", "body"]  # (the copy set aside)
    [gallery] = classify("1 of 6. Police tape surrounds a home where a sinkhole opened up in Seffner, Florida.")
    assert (gallery.kind, gallery.text) == ("caption", "Police tape surrounds a home where a sinkhole opened up in Seffner, Florida.")
    [count] = classify("3 of 30 passengers were rescued on Tuesday.")
    assert count.kind == "body"


def test_a_caption_label_on_its_captions_line_and_a_place_in_the_picture_make_a_caption():
    [labelled] = classify("Image caption More miners were buried on Saturday after their bodies were recovered")
    assert (labelled.kind, labelled.text) == ("caption", "More miners were buried on Saturday after their bodies were recovered")
    [placed] = classify("A protester is kicked by Tom Reed (L), an adviser, as police detain him on Thursday.")
    assert placed.kind == "caption"
    [body] = classify("The left (L) wing of the party voted against the plan on Thursday.")
    assert body.kind == "body"


def test_under_the_standfirst_a_credit_line_belongs_to_the_caption_below_it():
    blocks = classify(
        "Hopes fade for the trapped miners\n"
        "Miners are taking the lead in the search because they know the tunnels best.\n"
        "Jan Nowak/AP\n"
        "Riot police try to stop protesters at the party's offices in the town, Wednesday.\n"
        "At the mouth of the mine today, smoke drifted over hundreds of exhausted rescue workers and relatives.",
        title="Hopes fade for the trapped miners",
    )
    assert [b.kind for b in blocks] == ["headline", "body", "furniture", "caption", "body"]
    # A caption right under the headline, and the article's first sentence below the credit.
    blocks = classify(
        "Protesters dump statue of a trader in the river\n"
        "The bronze statue of the trader being pulled down by protesters yesterday\n"
        "(Jan Nowak/PA)\n"
        "Protesters in the city yesterday toppled a statue of a slave trader and threw it in the river.",
        title="Protesters dump statue of a trader in the river",
    )
    assert [b.kind for b in blocks] == ["headline", "caption", "furniture", "body"]


def test_a_paragraph_said_twice_that_does_not_end_as_a_sentence_is_a_caption():
    line = "Newly sworn-in President Tom Hale speaks during his inaugural ceremony Saturday at the National Congress in Mexico City,"
    blocks = classify(f"Hale sworn in\n{line}\n{line}\nHale was sworn in on Saturday.\nHe spoke for an hour.\nHe spoke for an hour.")
    assert [b.kind for b in blocks if "ceremony" in b.text] == ["caption"]
    assert [b.kind for b in blocks if "an hour" in b.text] != ["caption"]
    # A headline said twice is no caption.
    blocks = classify("Posted on\nDeath toll rises to 38 in bridge collapse\nDeath toll rises to 38 in bridge collapse\n"
                      "The toll rose to 38 on Wednesday, officials said.")
    assert "caption" not in [b.kind for b in blocks]


def test_a_box_of_figures_is_the_articles_however_short_its_lines():
    page = "\n\n".join([
        "Murray to retire this year",
        "The former world No.1 said on Friday that his hip would force him to retire this year.",
        "3 - Grand slam titles",
        "45 - Career singles titles",
        "$US61,055,135 ($A85 million) - Career prize money",
        "2 - Olympic singles gold medals",
    ])
    assert [b.kind for b in classify(page)] == ["headline", "body", "body", "body", "body", "body"]


def test_a_table_of_names_and_their_figures_is_the_articles():
    page = "\n\n".join([
        "Starmer elected Labour leader",
        "Keir Starmer has been elected leader of the Labour Party, winning in the first round.",
        "Labour leadership results:",
        "Round 1",
        "Keir Starmer \u2013 275,780 (56.2%)",
        "Rebecca Long-Bailey \u2013 135,218 (27.6%)",
        "Lisa Nandy \u2013 79,597 (16.2%)",
    ])
    assert [b.kind for b in classify(page, "Starmer elected Labour leader")][-3:] == ["body", "body", "body"]


def test_the_paragraph_under_a_videos_running_time_describes_the_video():
    page = "\n".join([
        "Ferry sinks off the coast",
        "Watch",
        "Duration: 1 minute 12 seconds",
        "Rescuers have pulled 14 passengers from the water, with divers still searching for 3 more.",
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "Duration of the search was not given.",
    ])
    kinds = [b.kind for b in classify(page, "Ferry sinks off the coast")]
    assert kinds == ["headline", "furniture", "furniture", "caption", "body", "body"]


def test_a_videos_link_ending_in_its_running_time_is_furniture_but_a_time_of_day_is_not():
    page = "\n".join([
        "Ferry sinks off the coast",
        "Coast guard arrests captain of the ferry that sank in the strait 00:33",
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "The inquiry into the sinking, the minister said, opens on Monday at 10:30",
        "Divers are still searching for three more passengers.",
    ])
    kinds = [b.kind for b in classify(page, "Ferry sinks off the coast")]
    assert kinds == ["headline", "furniture", "body", "body", "body"]


def test_a_byline_with_its_time_stamp_is_furniture_but_a_sentence_opening_by_a_day_is_not():
    page = "\n".join([
        "Ferry sinks off the coast",
        "By Jane Roe Wednesday, 23rd October 2019, 11:07 am Updated Wednesday, 23rd October 2019, 11:08 am",
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "By Wednesday, 23 October, the river had risen by 5 metres at 10:30",
        "Divers are still searching for three more passengers.",
    ])
    kinds = [b.kind for b in classify(page, "Ferry sinks off the coast")]
    assert kinds == ["headline", "furniture", "body", "body", "body"]


def test_a_menu_glued_into_one_line_and_a_gift_offer_to_subscribers_are_page_controls():
    page = "\n".join([
        "Skip to navigationSkip to contentSkip to footerHelp using this website",
        "Ferry sinks off the coast",
        "Gift 5 articles to anyone you choose each month when you subscribe.",
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "A Skip to contents list in a manual was not what the inspectors read first, the minister said.",
    ])
    kinds = [b.kind for b in classify(page, "Ferry sinks off the coast")]
    assert kinds == ["furniture", "headline", "furniture", "body", "body"]


def test_a_latest_strip_of_links_under_their_age_and_the_writers_note_are_furniture():
    page = "\n".join([
        "Ferry sinks off the coast",
        "2h agoI can't get free childcare \u2013 and the bills have gone up \u00a31,400",
        "15m ago Raw sewage pumped into the lake",
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "The man is a reporter for the local paper and saw the ferry go down.",
        "Jane Roe has worked as a senior writer at The Daily Example since 2014.",
    ])
    kinds = [b.kind for b in classify(page, "Ferry sinks off the coast")]
    assert kinds == ["headline", "furniture", "furniture", "body", "body", "furniture"]


def test_credits_a_caption_ends_on_without_a_full_stop_make_captions():
    page = "\n".join([
        "Ferry sinks off the coast",
        "Jane Roe said she spent five months looking for the ferry's owners Credit: PA",
        "Jane Roe helped start the ferry line as a charity in 2015 (John Doe/PA)",
        "The captain arrives at the court for a hearing on Nov. 3.Gerry Smith / AP",
        "School friends Ann Lee, May Low and Jane Roe (far right) left the island in February 2015",
        "Jane Roe was pictured outside the court in May",
        "The ferry line's account posted this photo of the captain on the bridge on Wednesday.",
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
    ])
    kinds = [b.kind for b in classify(page, "Ferry sinks off the coast")]
    assert kinds == ["headline", *["caption"] * 6, "body"]


def test_a_party_after_a_governors_name_is_no_place_in_a_picture():
    page = "\n".join([
        "Arizona Gov. Jane Roe (R) vetoed a bill on Wednesday that would have let shops refuse service.",
        "Jane Roe (R) and John Doe (L) pose for a picture before the vote",
    ])
    assert [b.kind for b in classify(page)] == ["body", "caption"]


def test_a_paragraph_of_prose_under_read_more_is_the_articles():
    page = "\n".join([
        "Read More",
        "Ferry owner charged over sinking",
        "Read More",
        "\u201cThese leaks began in 2017. They went on for almost two years, intruding on my privacy and that"
        " of my family. Although I bear her no ill-will, the judgment makes clear that I was right in what I"
        " said.\u201d",
    ])
    assert [b.kind for b in classify(page)] == ["furniture", "furniture", "furniture", "body"]
    # one sentence of more words than a headline has, ending in a full stop
    page = "\n".join([
        "READ MORE",
        "But it is far from certain that the authorities, nervous before a congress later this year, will let him go.",
        "He left the embassy on Wednesday, officials said.",
    ])
    assert [b.kind for b in classify(page)] == ["furniture", "body", "body"]
    page = "\n".join(["READ MORE", "Ferry owner charged over sinking of the Sea Star off the island, police say",
                       "He left the embassy on Wednesday, officials said."])
    assert [b.kind for b in classify(page)] == ["furniture", "furniture", "body"]


def test_a_photographers_credit_glued_to_the_full_stop_makes_the_caption_and_its_copy_captions():
    page = "\n".join([
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "The captain boards a police van on Wednesday at the harbour office.",
        "The captain boards a police van on Wednesday at the harbour office.(JANE ROE/AFP/Getty Images)",
        "Divers are still searching for three more passengers.",
    ])
    blocks = classify(page)
    assert [b.kind for b in blocks if b.kind == "body"] == ["body", "body"]
    assert [b.credit for b in blocks if b.kind == "caption"] == ["JANE ROE/AFP/Getty Images"]


def test_a_player_notice_a_copyright_or_a_pictured_label_before_a_caption_makes_a_caption():
    page = "\n".join([
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "Image copyright Getty Images Image caption The captain was jailed for life for the sinking",
        "Media playback is unsupported on your device Media caption The captain talks about the storm",
        "Media playback is not supported on this device Watch the moment the ferry went down",
        "Pictured: the captain is escorted from a police van as he arrives at the court",
        "New harbour chief Jane Roe pictured with the mayor during her visit to the port last year.",
        "Divers are still searching for three more passengers.",
    ])
    blocks = classify(page)
    assert [b.kind for b in blocks] == ["body", *["caption"] * 5, "body"]
    assert blocks[1].text == "The captain was jailed for life for the sinking"


def test_an_agencys_credit_after_a_bar_a_dash_or_glued_to_the_full_stop_closes_a_caption():
    page = "\n".join([
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "The captain leaves the court in New York City, Tuesday. | JOHN DOE / VIA REUTERS",
        "The captain leaves the court in New York August 21, 2018. \u2014 Reuters pic",
        "The new harbour chief speaks at the port, on March 27.John Doe/The Associated Press",
        "Divers are still searching for three more passengers.",
    ])
    blocks = classify(page)
    assert [b.credit for b in blocks] == [None, "JOHN DOE / VIA REUTERS", "Reuters pic", "John Doe/The Associated Press", None]
    assert [b.kind for b in blocks] == ["body", "caption", "caption", "caption", "body"]


def test_a_wires_line_of_stamps_is_furniture_and_a_name_shown_on_a_day_doing_something_is_a_caption():
    page = "\n".join([
        "ANI | Washington DC | Updated: 15-11-2021 21:44 IST | Created: 15-11-2021 21:44 IST",
        "Plaintiff Jane Roe, shown on July 9, listening to her attorney speak about her illness. On"
        " Friday, a jury awarded her $289 million.",
        "Jane Roe, shown as a child in the film, later became a teacher, her brother said.",
    ])
    assert [b.kind for b in classify(page)] == ["furniture", "caption", "body"]


def test_people_named_left_to_right_a_screengrab_and_a_folded_box_are_not_the_articles():
    page = "\n".join([
        "Rescuers pulled 14 passengers from the water after the ferry sank on Tuesday, officials said.",
        "From left to right, Brad Roe, Liz Lee and Jim Roe, the brother, mother and father of the captain",
        "A screengrab from a video showing the captain outside the court in Washington",
        "The ferry capsized on the river during the celebrations. (Screengrab - social media)",
        "Timeline The captain's apologies Show Hide The captain has apologised five times in a week.",
        "Divers are still searching for three more passengers.",
    ])
    assert [b.kind for b in classify(page)] == ["body", "caption", "caption", "caption", "furniture", "body"]


def test_a_caption_whose_first_sentence_ends_on_the_day_and_place_the_photo_was_taken():
    blocks = classify(
        "Hale wins the vote\n"
        "Rescuers search the rubble of a hotel in Dale, Vale, Sunday, Feb. 26, 2023. Officials say dozens died.\n"
        "Tom Hale leaves the courthouse, Tuesday, Sept. 25, 2018, in Dale, Va. Hale was taken away in handcuffs.\n"
        "Early Wednesday August 30, 2023, at 4:00am, Hale was declared the winner. He thanked his voters.\n"
        "The agency said: \u201cDale recorded 50C on Sunday, August 16, 2020. It is a record.\u201d\n"
        "The vote was held on Tuesday, December 12, 2017. Hale won it."
    )
    assert [b.kind for b in blocks] == ["headline", "caption", "caption", "body", "body", "body"]


def test_a_paragraph_asking_the_reader_to_support_the_outlet_is_furniture():
    blocks = classify(
        "Hale wins the vote\n"
        "Your donation allows us to keep sending journalists to Dale.\n"
        "Get the best of The Daily delivered straight to your inbox.\n"
        "This site uses cookies to improve your experience.\n"
        "The paper's owner said subscriptions had doubled since March.\n"
        "\u201cYour subscription pays for our journalism,\u201d the editor told readers.\n"
        "Hale said the vote was fair."
    )
    assert [b.kind for b in blocks] == ["headline", "furniture", "furniture", "furniture", "body", "body", "body"]


def test_a_video_or_gallery_link_a_lower_case_credit_and_a_courtesy_credit_are_not_the_articles():
    blocks = classify("\n".join([
        "Watch Example News",
        "Jury Finds Former Officer Jane Roe Guilty Of Murdering Her Neighbour John Doe In His Flat",
        "A jury found former officer Jane Roe guilty of murder on Tuesday, the court said.",
        "\u2022 RAW VIDEO OF THE VERDICT",
        "Jane Roe's mug shot was released shortly before 6 p.m. (credit: Dale County Jail)",
        "The boat on fire Monday morning. Courtesy Dale County Fire Department",
        "At Dale Harbor near the old dock, John Doe kneels in prayer.",
        "Ann Lee, mother of John Doe, hugs a supporter Tuesday after Jane Roe was convicted of murder.",
        "More photos are available at example.com/trial/",
        "The jury deliberated for about five hours before reaching its verdict on Tuesday morning.",
    ]))
    assert [(b.kind, b.credit) for b in blocks] == [
        ("furniture", None), ("headline", None), ("body", None), ("furniture", None),
        ("caption", "credit: Dale County Jail"), ("caption", "Courtesy Dale County Fire Department"),
        ("caption", None), ("caption", None), ("furniture", None), ("body", None),
    ]
    # a sentence in the present with a place first is the article's when it is no scene
    [body] = classify("In Dale, the council says the harbour will reopen next year, officials said.")
    assert body.kind == "body"


def test_a_credit_glued_on_with_the_photographer_before_a_dash_and_a_pictured_aside_make_captions():
    [glued] = classify("Customers (seen here) liked the $20 offer, but it was too good to be true."
                       "Jo Roe\u2014Bloomberg/Getty Images")
    assert (glued.kind, glued.credit) == ("caption", "Jo Roe\u2014Bloomberg/Getty Images")
    [pictured] = classify("Customers (pictured in 2014) were fans of a $20 unlimited shrimp offer.")
    assert pictured.kind == "caption"
    [body] = classify("Customers were fans of the offer in 2014, the company said.")
    assert body.kind == "body"


def test_a_related_storys_teaser_ending_in_its_sections_name_and_a_dash_is_furniture():
    blocks = classify("The toll rose to 120 on Monday.\nFour killed in Spanish train crash\n"
                      "At least four people died on Friday after a train derailed in Galicia in Spain World News -\n"
                      "The minister said the toll would rise - and it did.")
    assert [b.kind for b in blocks][-2:] == ["furniture", "body"]
    assert blocks[0].kind == "body"


def test_a_source_line_with_its_address_and_a_follow_our_coverage_line_are_furniture():
    blocks = classify("The jury found him guilty on Thursday.\n"
                      "Source: Jane Roe, Jo Lee and Ann Kay, https://example.com/article/verdict-123\n"
                      "Follow the AP's live coverage.\n"
                      "Follow the money, he said, and you find the coverage.")
    assert [b.kind for b in blocks] == ["body", "furniture", "furniture", "body"]


def test_an_embedded_posts_placeholder_an_editors_note_and_a_video_title_over_its_running_time_are_furniture():
    blocks = classify(
        "Police arrested a man on Thursday, officials said.\n"
        "View post on X\n"
        "THIS IS A BREAKING NEWS UPDATE. AP\u2019s earlier story follows below.\n"
        "'An icon': Thousands of fans lined up in Atlanta to honor his life\n"
        "03:07 - Source: CNN\n"
        "The suspect was charged with murder on Friday, police said.\n"
        "The vote was held at 10:30"
    )
    assert [b.kind for b in blocks][:6] == ["body", "furniture", "furniture", "furniture", "furniture", "body"]
    assert blocks[-1].kind != "furniture"


def test_a_wire_services_sign_off_after_the_last_sentence_is_its_credit():
    [block] = classify("In 2018, Jo Roe faced an impeachment motion but resigned before the vote. - Bernama")
    assert (block.kind, block.text, block.credit) == (
        "body", "In 2018, Jo Roe faced an impeachment motion but resigned before the vote.", "Bernama")
    [dash] = classify("The vote - held in secret - went ahead.")
    assert (dash.text, dash.credit) == ("The vote - held in secret - went ahead.", None)


def test_a_pictures_alt_text_cut_short_before_its_caption_is_that_caption():
    blocks = classify(
        "Jo Roe goes through a security checkpoint as she arrives ...\n"
        "Jo Roe goes through a security checkpoint as she arrives at the court on December 17, 2021 in San Jose.\n"
        "(Photo by Ann Lee/Getty Images)\n"
        "A judge on Friday sentenced Jo Roe to more than 11 years in prison.\n"
        "The judge said ...\n"
    )
    assert [b.kind for b in blocks][:2] == ["caption", "caption"]
    assert blocks[3].kind == "body" and blocks[-1].kind != "caption"


def test_someone_named_then_where_or_with_whom_and_no_verb_is_a_caption():
    blocks = classify(
        "Bill Paxton died on Saturday, his family said.\n"
        "Bill Paxton in the film Twister.\n"
        "Bill Paxton with his wife Louise Newbury and children James and Lydia Paxton in 2011\n"
        "Police in Texas said the man was arrested.\n"
        "Unlike during a total eclipse, the moon does not cover the sun.\n"
        "Ann Lee in 2016 won the election.\n"
    )
    assert [b.kind for b in blocks] == ["body", "caption", "caption", "body", "body", "body"]


def test_a_labelled_credit_a_pool_credit_a_headline_over_a_picture_and_a_teaser_for_more_coverage_are_furniture():
    title = "Lee Wins Presidency, Falls Short in Parliament"
    text = (
        f"{title}\n\n"
        "Lee won with a plurality, largely due to a divided opposition. But the loss of the party's majority is a warning.\n\n"
        f"{title}\n\n"
        "President-elect Ann Lee, left, celebrates her victory in the capital, Jan. 13, 2024.\n\n"
        "Credit: AP Photo/Jane Roe\n\n"
        "Ann Lee won the presidential election on January 13. She took 40 percent of the votes cast.\n\n"
        "Ann Lee is taken to the courthouse for sentencing on Friday. Joshua Boucher/The State/Pool\n\n"
        "Get caught up on the Ann Lee investigations\n\n"
        "Lee was convicted on Thursday after a six-week trial. Jurors took less than three hours to decide.\n"
    )
    kinds = {b.text: (b.kind, b.credit) for b in classify(text, title)}
    assert [b.kind for b in classify(text, title) if b.text == title] == ["headline", "furniture"]
    assert kinds["Credit: AP Photo/Jane Roe"][0] == "furniture"
    assert kinds["Ann Lee is taken to the courthouse for sentencing on Friday."] == ("caption", "Joshua Boucher/The State/Pool")
    assert kinds["Get caught up on the Ann Lee investigations"][0] == "furniture"
    assert kinds["Ann Lee won the presidential election on January 13. She took 40 percent of the votes cast."][0] == "body"


def test_a_content_warning_over_pictures_is_furniture_and_a_sentence_about_a_warning_is_not():
    text = (
        "Warning: The images below may be upsetting for some readers.\n\n"
        "Police warned that the video was disturbing, and said the man was arrested on Tuesday near the city hall.\n"
    )
    assert [b.kind for b in classify(text)] == ["furniture", "body"]


def test_a_lede_opening_on_a_span_of_time_and_ending_on_a_full_date_is_no_caption():
    text = (
        "Just minutes after launching from the island, the rocket exploded and crashed into the sea, April 20, 2023.\n\n"
        "Ann Lee walks to the launch pad in Boca Chica, April 20, 2023.\n\n"
        "The company said it had learned a lot from the test and would fly again within months.\n"
    )
    assert [b.kind for b in classify(text)] == ["body", "caption", "body"]


def test_a_notes_line_a_barred_byline_a_bracketed_link_and_a_credit_through_an_agency_are_furniture():
    blocks = classify(
        "The airline grounded its fleet on Saturday after a panel blew out, officials said.\n\n"
        "[Jetliner was restricted amid concerns over warning light]\n\n"
        "Investigators examine the plug area of the jet in Portland, Oregon.\n\n"
        "NTSB via Reuters\n\n"
        "The plug was found in a garden on Sunday.\n\n"
        "This is a developing story. Please check back soon for updates.\n\n"
        "90.5 WKRP | By Doug Roe,"
    )
    assert [b.kind for b in blocks] == ["body", "furniture", "caption", "furniture", "body", "furniture", "furniture"]
    assert blocks[2].credit == "NTSB via Reuters"
    # Words in brackets inside a paragraph, and a bar inside a sentence, are the article's.
    assert [b.kind for b in classify("He said [the minister] was wrong.\n\nThe vote | by then lost | was close.")] == [
        "body", "body"]


def test_a_related_storys_headline_glued_to_its_teaser_and_a_learn_more_link_are_furniture():
    blocks = classify(
        "Hackers stole data on Monday, the bank said.\n\n"
        "Acme will pay people hit by breach:Take these steps to file claim for $125 or more\n\n"
        "Learn more: Best credit cards of 2023\n\n"
        "The time was 10:30 when it began, she said."
    )
    assert [b.kind for b in blocks] == ["body", "furniture", "furniture", "body"]


def test_a_widgets_heading_alone_and_a_present_tense_paragraph_said_twice_are_furniture_and_caption():
    blocks = classify(
        "Migrants dead after boat sinks\n\n"
        "Survivors receive first aid after a rescue at the port in Kalamata town, southwest of Athens, on June 14, 2023.\n\n"
        "Survivors receive first aid after a rescue at the port in Kalamata town, southwest of Athens, on June 14, 2023.\n\n"
        "A fishing boat capsized and sank off the coast on Wednesday, authorities said.\n\n"
        "Recommended Videos\n\n"
        "A huge search operation recovered 78 bodies on Friday.\n\n"
        "A huge search operation recovered 78 bodies on Friday.\n"
    )
    assert [(b.kind, b.repeats) for b in blocks] == [
        ("headline", 1), ("caption", 2), ("body", 1), ("furniture", 1), ("body", 2)]


def test_a_video_caption_dated_in_brackets_is_furniture():
    blocks = classify(
        "The lab announced a breakthrough on Tuesday, officials said.\n\n"
        "Jo Roe reports on anticipation for an announcement on a breakthrough at the lab (12-12-2022)\n\n"
        "The result (reached on 12-12-2022) was confirmed."
    )
    assert [b.kind for b in blocks] == ["body", "furniture", "body"]


def test_a_byline_second_line_a_fact_box_a_video_link_and_a_by_credit_are_set_aside():
    blocks = classify(
        "Rescuers reached the mine on Monday, officials said.\n\n"
        "Gov. Jo Roe visits families at the church in Riverton, W.Va. (By Al Lee -- Associated Press)\n\n"
        "Washington Post Staff Writers\n\n"
        "\u2022 2001: Explosions at a mine in Brookwood, Alabama, kill 13 people.\n\n"
        "(Watch mine owners describe the slow approach of rescue teams -- 8:08)\n\n"
        "The staff writers union said it would strike."
    )
    assert [b.kind for b in blocks] == ["body", "caption", "furniture", "furniture", "furniture", "body"]
    assert blocks[1].credit == "By Al Lee -- Associated Press"


def test_a_note_on_an_earlier_version_is_furniture():
    blocks = classify(
        "The bank said data was stolen on Monday.\n\n"
        "Correction & clarification: A previous version of this story misstated the number of people affected.\n\n"
        "Correction officers said the inmate escaped."
    )
    assert [b.kind for b in blocks] == ["body", "furniture", "body"]


def test_a_control_phrase_after_a_verb_and_a_month_in_a_later_sentence_leave_a_paragraph_the_articles():
    page = "\n\n".join([
        "Activist wins peace prize",
        "The jailed activist won the prize on Friday, the committee said in Oslo.",
        "Her family said the prize was \u201chistoric\u201d but regretted that she could not share this \u201cmoment\u201d.",
        "The prizes carry a cash award of 11 million kronor. Winners also receive a medal at the ceremonies in December.",
        "Share this article",
        "Rescuers search the rubble in Derna, Libya, on Sunday. Thousands are missing.",
    ])
    assert [b.kind for b in classify(page)] == ["headline", "body", "body", "body", "furniture", "caption"]


def test_a_teaser_cut_short_over_its_full_copy_links_between_stamps_and_loading_lines_are_the_pages():
    page = "\n\n".join([
        "Leaders condemn the coup",
        "The United Nations and the African Union have unanimously condemned Sunday's\u2026",
        "The United Nations and the African Union have unanimously condemned Sunday's coup in the capital.",
        "Jo Roe, Al Lee and agencies The Daily Example 23 Dec 18;",
        "Mourners outside the actor's house in Los Angeles. ( AP: Jane Doe )",
        "Loading audio...",
        "Editor's note: This article has been updated with new details.",
        "2 min to read",
        "Ad Loading...",
        "The minister said he would appeal the ruling, Political Correspondent Jane Doe reports",
        "Soldiers guarded the palace all night, residents said.",
        "See also",
        "24/12/2018 14:02",
        "Death toll in tsunami reaches 281. Experts warn of another possible tsunami",
        "29/12/2018 08:08",
    ])
    assert [b.kind for b in classify(page, "Leaders condemn the coup")] == [
        "headline", "furniture", "body", "furniture", "caption", "furniture", "furniture", "furniture", "furniture",
        "furniture",
        "body", "furniture", "furniture", "furniture", "furniture",
    ]


def test_a_headline_with_the_sites_section_a_name_alone_and_a_long_slash_credit_are_the_pages():
    page = "\n\n".join([
        "Star found not at fault in ski crash trial | Utah",
        "A jury found the actor not at fault on Thursday, and awarded her $1.",
        "Jo Roe.",
        "A woman holds her baby in a camp in the capital yesterday. REUTERS/African Union-United Nations "
        "Information Support Team/Jane Doe/Handout",
        "The club thanked Jo Roe for his work.",
    ])
    assert [b.kind for b in classify(page, "Star found not at fault in ski crash trial")] == [
        "headline", "body", "caption", "caption", "body"]


def test_a_footer_glued_into_one_long_line_is_the_pages_however_long():
    footer = ("Log InCreate free accountCheck Following for new articlesTerms & ConditionsCommunity Guidelines"
              "Privacy PolicyDisclaimerSkip footer navigationSubscribe" + " Digital Access Globe" * 12
              + " \u00a9 Copyright 2023 The Daily Example Inc. All rights reserved. 351 King Street East, Suite 1600")
    prose = ("The company said its new privacy policy, which took effect on Monday, would let users delete their "
             "data, and that regulators had asked for the change after a long inquiry into how the firm stored "
             "messages, photographs and the contacts of millions of people who had never agreed to it.")
    page = "\n\n".join(["Company changes its rules", prose, footer])
    assert [b.kind for b in classify(page, "Company changes its rules")] == ["headline", "body", "furniture"]


def test_the_pages_markers_post_links_video_links_sponsors_and_a_barred_wire_credit_are_the_pages():
    lines = ["Story continues below", "Article content", "\u2022 A woman looks at the new drug in Tokyo on Friday. | REUTERS",
             "Next post NFL playoffs: what to watch", "Watch her video address here:", "Web Notifications",
             "The Daily Example thanks its sponsors. Become one."]
    page = "\n\n".join(["Drug approved", "The drug was approved on Friday by regulators, officials said.", *lines,
                        "The company said sales would start soon, and thanked the doctors who ran the trial."])
    kinds = [b.kind for b in classify(page, "Drug approved")]
    assert kinds == ["headline", "body", *["furniture"] * len(lines), "body"]


def test_an_agency_after_a_captions_sentence_a_seen_caption_and_a_pages_notes_are_not_the_article():
    """ "Mark Roe, founder of Meta. Getty Images", "... in 1985. Photo / AP", "... ST PHOTO: ANN
    RAY" and "Jane Roe seen arriving to court on Friday with family members" are captions; an
    affiliate note, a wire's "contributed to this report", a comment box's greeting, a video
    player's note, a feedback box's prompts, an error box, a reuse notice and a link alone are the
    page's; a report's own last sentence
    before an agency's name ("It said it would appeal. Reuters") is not a caption."""
    captions = ["Mark Roe, founder of Meta. Getty Images", "Tina Roe performs at Live Aid in 1985. Photo / AP",
                "Jo Lee managed to save his wife with the help of neighbours. ST PHOTO: ANN RAY",
                "Mollie Roe of Australia sets a new world record in the 200m freestyle on Wednesday.",
                "Jo Lee had traveled to Seoul days before the crash Image: AP Photo/picture alliance/dpa",
                "Residents flee as the volcano erupts near Maumere on Monday [HANDOUT]",
                "Jane Roe seen arriving to court on Friday with family members"]
    notes = ["We may earn a commission from links on this page.", "CNN's Jo Lee and Al Ray contributed to this report.",
             "Welcome to the discussion.", "Please use Chrome browser for a more accessible video player",
             "Share your experiences, suggestions, and any issues you've encountered on The Daily Example.",
             "We're here to listen.", "Thank you for sharing your thoughts.", "Comments are closed.",
             "Something went wrong.", "Please try again later.", "We are having trouble retrieving the article content.",
             "This material may not be published, broadcast, rewritten or redistributed.", "https://p.example.com/p/4ReWk",
             "(More Romania stories.)", "Go deeper: What we know about the collapse", "(ILKHA)",
             "This is a breaking news story.", "This is a breaking story \u2013 more to follow..."]
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    for line in captions:
        page = "\n\n".join(["Meta cuts jobs", prose, line, prose.replace("Friday", "Monday")])
        assert [b.kind for b in classify(page, "Meta cuts jobs")] == ["headline", "body", "caption", "body"], line
    for line in notes:
        page = "\n\n".join(["Meta cuts jobs", prose, line, prose.replace("Friday", "Monday")])
        assert [b.kind for b in classify(page, "Meta cuts jobs")] == ["headline", "body", "furniture", "body"], line
    signed = "The company said on Friday it had done nothing wrong and would appeal against the ruling. Reuters"
    page = "\n\n".join(["Meta cuts jobs", prose, signed, prose.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Meta cuts jobs")][2] not in ("caption", "furniture")


def test_a_buttons_label_after_a_paragraphs_last_sentence_leaves_the_paragraph_the_articles():
    """ "... contrary to the forecasts. Show more": the paragraph is the article's, the label not."""
    body = "Dan won the runoff on Sunday with 54 percent of the vote, officials said."
    line = ("The defeated candidate had declared himself the winner well before the end of the count and "
            "contrary to the forecasts. Show more")
    blocks = classify("\n\n".join(["Dan wins", body, line, body.replace("Sunday", "Monday")]), "Dan wins")
    assert [b.kind for b in blocks] == ["headline", "body", "body", "body"]
    assert blocks[2].text.endswith("contrary to the forecasts.")


def test_a_photo_credit_line_is_the_pages_and_a_state_in_the_present_is_no_caption():
    """ "Photo credit: Reuters" on its own line credits the caption above it; "The company sets
    its prices every day." is prose, no picture's scene."""
    body = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    page = "\n\n".join(["Meta cuts jobs", body, "Workers leave the office in Menlo Park.", "Photo credit: Reuters",
                         "The company sets its prices every day.", body.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Meta cuts jobs")] == ["headline", "body", "caption", "furniture", "body", "body"]



def test_a_teaser_running_on_into_the_next_sentence_stamps_and_credits_without_their_words_are_the_pages():
    lede = "NIAMEY (AP) \u2014 An aid worker and a journalist held by extremists were freed on Monday."
    page = "\n\n".join([
        "Two hostages freed",
        lede + " U.S.",
        "Getting your Trinity Audio player ready...",
        "Photo courtesy of",
        lede,
        "Last updated",
        "About 400 migrants are thought to have been on board the vessel; survivors were taken to Kalamata REUTERS",
        "YEREVAN, FEBRUARY 5, ARMENPRESS.",
        "Officials said the two men were in good health and thanked the government of Niger.",
    ])
    blocks = classify(page, "Two hostages freed")
    assert [b.kind for b in blocks] == [
        "headline", "furniture", "furniture", "furniture", "body", "furniture", "caption", "dateline", "body"]
    assert blocks[6].credit == "REUTERS" and blocks[6].text.endswith("taken to Kalamata")


def test_a_list_of_headlines_under_read_more_an_appeal_and_a_credit_through_an_agency_are_the_pages():
    appeal = ("Your support helps us to tell the story Read more Support Now From climate change to Big Tech, "
              "The Daily Example is on the ground when the story is developing. At such a critical moment, we "
              "need reporters on the ground. Your donation allows us to keep sending journalists out. Read more")
    page = "\n\n".join([
        "Museum robbed",
        appeal,
        "Thieves blew open a door of the museum early on Saturday and took a golden helmet.",
        "Photo by JO ROE/AFP via Getty Images.",
        "READ MORE",
        "Systems upgrade to up efficiency at port cargo operations unit, logistics",
        "Tax agency downplays claims of rampant illicit financial flows",
        "Three remain at large",
        "Police said three suspects had been arrested in the north of the country.",
        "Also: The new space race will drive innovation. Here's where it goes next",
        "Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives.",
        "Credit Jo Roe",
        "Please log in using one of these methods to post your comment:",
        "Email newsletter signup",
        "For the latest headlines, follow our Google News channel online or via the app.",
        "Subscribe to The Week",
        "(Image credit: Pool)",
        "Credit:",
        "(PTI)",
        "Readers subscribe to The Week for its analysis.",
    ])
    assert [b.kind for b in classify(page, "Museum robbed")] == [
        "headline", "furniture", "body", "furniture", "furniture", "furniture", "furniture", "heading", "body",
        "furniture", "furniture", "furniture", "furniture", "furniture", "furniture", "furniture", "furniture",
        "furniture", "furniture", "body"]


def test_the_paragraphs_between_two_lines_of_a_donation_appeal_are_the_appeals():
    page = "\n\n".join([
        "Heat kills rider",
        "Your support helps us to tell the story",
        "From climate change to Big Tech, The Daily Example is on the ground when the story is developing.",
        "The Daily Example is trusted by readers across the political spectrum, and we keep our reporting free.",
        "Your support makes all the difference.",
        "A motorcyclist died from extreme heat while riding through the park, officials said.",
        "Rangers said the rider was found on Saturday.",
        "The park urged visitors to drink water.",
        "It was the second death this summer.",
        "Your support makes all the difference.",
    ])
    assert [b.kind for b in classify(page, "Heat kills rider")] == [
        "headline", "furniture", "furniture", "furniture", "furniture", "body", "body", "body", "body", "furniture"]


def test_link_boxes_promotions_listed_headlines_and_question_links_are_not_the_articles_prose():
    page = "\n\n".join([
        "Gunman kills three",
        "A gunman shot dead three people at a store on Saturday, the sheriff said on Sunday.",
        "Who are the three victims of the shooting at the store in the city?",
        "The sheriff said the gunman acted alone and had bought his guns legally this year.",
        "- Gunman Who Fatally Shot 3 at Store Was Out To Kill Black People: Sheriff",
        "- Dad of Mass Shooter Called Police on Him as He Was Opening Fire on Customers",
        "- Pence Condemns Shooting: \u2018That Was An Act of Evil\u2019",
        "More on Shootings",
        "Follow Example News on WhatsApp",
        "The store will stay closed while investigators work at the scene, the company said.",
        "- The victims were a customer, an employee and a driver.",
    ])
    assert [b.kind for b in classify(page, "Gunman kills three")] == [
        "headline", "body", "heading", "body", "furniture", "furniture", "furniture", "furniture", "furniture",
        "body", "body"]


def test_a_wires_name_after_prose_signs_it_off():
    page = "\n\n".join([
        "Deal blocked",
        "The regulator blocked the takeover on Wednesday, citing concerns over cloud gaming.",
        "Both companies say they plan to appeal the decision. Reuters",
    ])
    blocks = classify(page, "Deal blocked")
    assert [b.kind for b in blocks] == ["headline", "body", "body"]
    assert blocks[-1].text == "Both companies say they plan to appeal the decision." and blocks[-1].credit == "Reuters"


def test_a_caption_ending_on_the_day_and_place_taken_is_a_caption_right_under_the_headline_too():
    page = "\n\n".join([
        "Three killed at store",
        "A van is parked outside the store where three people were shot and killed the day before on "
        "August 27, 2023 in Jacksonville, Florida.",
        "A van is parked outside the store where three people were shot and killed the day before on "
        "August 27, 2023 in Jacksonville, Florida. Photo credit Jo Roe/Getty Images",
        "Federal authorities have opened a hate crime inquiry into the shooting at the store on Saturday.",
    ])
    assert [b.kind for b in classify(page, "Three killed at store")] == ["headline", "caption", "caption", "body"]


def test_section_paths_update_notes_placeholders_links_after_prose_glued_wire_credits_and_photo_credit_prefixes():
    page = "\n\n".join([
        "Plane crash",
        "World / plane crash",
        "The plane crashed on landing on Sunday, killing 179 of the 181 people aboard.",
        "Acme is best known for its bikes, but it introduced the treadmill three years ago. (More Acme stories.)",
        "A poll found four in 10 voters had an unfavourable view of the new leader.\u2013 PA",
        "PHOTO/Agencia de Noticias v\u00eda AP - Soldiers in an area near the border of the two regions",
        "Three bodies with gunshot wounds lay at the prison entrance, which was wide open.",
        "(This story has been updated to reflect the latest developments.)",
        "More details soon \u2026",
    ])
    blocks = classify(page, "Plane crash")
    assert [b.kind for b in blocks] == [
        "headline", "furniture", "body", "body", "body", "caption", "body", "furniture", "furniture"]
    assert blocks[3].text.endswith("three years ago.")
    assert (blocks[4].text, blocks[4].credit) == ("A poll found four in 10 voters had an unfavourable view of the new leader.", "PA")
    assert blocks[5].text == "Soldiers in an area near the border of the two regions"


def test_a_sources_and_agencys_credit_in_brackets_a_transcripts_credit_and_a_machine_summary_are_the_pages():
    page = "\n\n".join([
        "Storm nears coast",
        "A satellite image from Tuesday shows the storm approaching the Pacific coast (NOAA/AP)",
        "The storm hit the city on Wednesday, killing 27 people and leaving four missing.",
        "This is AI generated summarization, which may have errors.",
        "For context, always refer to the full article.",
        "Transcript provided by NPR, Copyright NPR.",
    ])
    blocks = classify(page, "Storm nears coast")
    assert [b.kind for b in blocks] == ["headline", "caption", "body", "furniture", "furniture", "furniture"]
    assert blocks[1].credit == "NOAA/AP"


def test_a_pictures_credit_naming_no_agency_alone_on_its_line_is_the_pages():
    page = "\n\n".join([
        "Headset unveiled",
        "The device is made from a single piece of glass with an aluminium frame that curves around the face.",
        "Image: Acme",
        "In a press release celebrating the unveiling, the chief executive said it marked a new era.",
    ])
    assert [b.kind for b in classify(page, "Headset unveiled")] == ["headline", "body", "furniture", "body"]


def test_a_sentence_the_page_broke_across_two_paragraphs_is_one():
    blocks = classify(
        "Pellegrini won the runoff.\n\n"
        "Pellegrini became Slovakia's sixth president since the country gained\n\n"
        "independence after the split of Czechoslovakia in 1993.\n\n"
        "Read more\n\n"
        "about the election.\n"
    )
    assert [(b.kind, b.line) for b in blocks[:2]] == [("body", 1), ("body", 3)]
    assert blocks[1].text.endswith("gained independence after the split of Czechoslovakia in 1993.")
    assert blocks[-1].text == "about the election."  # (a short line is no sentence broken off)


def test_an_agency_after_a_comma_ends_a_caption_with_no_stop():
    page = ("Search resumes\n\n"
            "The plane crashed on Sunday with 72 people on board, officials said.\n\n"
            "Rescue teams working at the wreckage of the aircraft after it crashed in Pokhara, Nepal, EPA\n\n"
            "The teams worked through the night, the army said, AP reported.\n")
    blocks = classify(page)
    assert (blocks[2].kind, blocks[2].credit) == ("caption", "EPA")
    assert blocks[3].kind == "body"  # (a sentence ends on its stop)


def test_a_name_alone_closed_by_a_stop_is_a_pictures_caption():
    page = ("United sack their manager\n\n"
            "Manchester United sacked Erik ten Hag on Monday after a poor start to the season, the club said.\n\n"
            "Erik ten Hag.\n\n"
            "Not again.\n\n"
            "The club thanked him for his work.\n")
    assert [b.kind for b in classify(page)] == ["headline", "body", "caption", "body", "body"]


def test_a_pages_notices_glued_to_the_article_and_another_storys_bylined_teaser_are_not_its_words():
    page = ("Rates cut\n\n"
            "Powered by automated translation\n\n"
            "The bank cut rates for the first time since March 2020. - Copyright The Financial Times Limited 2024\n\n"
            "The opposition has planned a no-confidence vote next Tuesday. (Xinhua) \u2013 bny\n\n"
            "Popular\n\n"
            "By Brian Campued The Department of Budget and Management on Friday announced that it has approved a "
            "P2,000 increase in the compensation of...\n")
    blocks = classify(page)
    assert [b.kind for b in blocks] == ["headline", "furniture", "body", "body", "furniture", "furniture"]
    assert (blocks[2].text, blocks[2].credit) == (
        "The bank cut rates for the first time since March 2020.", "Copyright The Financial Times Limited 2024")
    assert (blocks[3].text, blocks[3].credit) == ("The opposition has planned a no-confidence vote next Tuesday.", "Xinhua")


def test_a_copyright_credit_with_a_colon_closes_a_caption():
    [_, block] = classify("Headline of the story\n\nYoon Suk Yeol (l.) had his impeachment upheld by the court on "
                          "Friday. \u00a9 Collage: REUTERS\n")
    assert (block.kind, block.credit) == ("caption", "Collage: REUTERS")
    [_, block] = classify("Headline of the story\n\nBreakaway: Chris Leslie says that Labour \u201chas now been "
                          "hijacked\u201d. \u00a9 Getty\n")
    assert (block.kind, block.credit) == ("caption", "Getty")  # (a picture's credit, not the page's notice)


def test_a_reporters_note_a_live_blogs_promotion_an_aggregators_prompt_and_a_corners_caption_are_the_pages():
    page = ("Headline of the story\n\n"
            "Capital One agreed to buy Discover for $35.3 billion on Monday, the companies said.\n\n"
            "This is a developing story and will be updated.\n\n"
            "Gabe Hauari is a national trending news reporter at USA TODAY. You can follow him on X @GabeHauari.\n\n"
            "For updates on this story, follow The Independent's live blog.\n\n"
            "Click the button to request GPT analysis of this article.\n\n"
            "Don't miss out on what's happening!\n\n"
            "From top left, Kaylee Goncalves, Madison Mogen, Ethan Chapin and Xana Kernodle.\n\n"
            "\u201cWe don't miss out on anything,\u201d he said of the team on Monday.\n")
    assert [b.kind for b in classify(page)] == [
        "headline", "body", "furniture", "furniture", "furniture", "furniture", "furniture", "caption", "body"]


def test_a_credit_to_several_agencies_after_pictures_closes_a_caption():
    [_, block] = classify("Headline of the story\n\nMoment of truth: The prime minister clutches the despatch box "
                          "as she waits for the result PICTURES: MARK DUFFY/AP/PA/GETTY\n")
    assert (block.kind, block.credit) == ("caption", "PICTURES: MARK DUFFY/AP/PA/GETTY")


def test_a_wires_first_published_tagline_is_the_pages():
    page = ("Budget day\n\nFreeland tabled the budget on Tuesday in Ottawa, officials said.\n\n"
            "This report by The Canadian Press was first published April 16, 2024.\n")
    assert [b.kind for b in classify(page)] == ["headline", "body", "furniture"]


def test_the_headline_printed_twice_over_the_text_is_the_pages():
    title = "Jo Roe says the plan has come to fruition as the council backs the scheme"
    page = f"{title}\n\n{title}\n\nJo Roe added that the scheme will help save lives in the town.\n"
    assert [b.kind for b in classify(page, title)] == ["headline", "furniture", "body"]


def test_another_pages_link_and_template_tags_glued_after_a_paragraph_are_cut_from_it():
    page = ("Headline of the story\n\n"
            "The city was cut off after the breach of two ageing dams. Also read: Quake death toll rises to 2,800 "
            "as search continues\n\n"
            "Reports say around 10,000 people are still missing. {{^adFree}} {{/adFree}}\n\n"
            "The minister said more was needed. More: the plan costs five million.\n\n"
            "{{#rendered}} {{/rendered}}\n")
    [_, linked, tagged, prose, template] = classify(page)
    assert (linked.kind, linked.text) == ("body", "The city was cut off after the breach of two ageing dams.")
    assert linked.credit == "Also read: Quake death toll rises to 2,800 as search continues"
    assert (tagged.kind, tagged.text) == ("body", "Reports say around 10,000 people are still missing.")
    assert prose.text.endswith("More: the plan costs five million.")  # (no link's label: prose goes on)
    assert (template.kind, template.text) == ("furniture", "{{#rendered}} {{/rendered}}")  # (tags alone: the page's line)


def test_a_photographers_credit_for_an_outlet_alone_on_its_line_is_the_pages():
    page = ("Headline of the story\n\nMasked protesters marched through central London on Thursday night.\n\n"
            "Photo by Jane Roe/VICE News\n\nPolice said 50 people were arrested by midnight on Thursday.\n")
    assert [b.kind for b in classify(page)][2] == "furniture"


def test_a_pictures_alt_text_worded_a_little_otherwise_than_its_credited_caption_is_a_caption():
    page = ("Headline of the story\n\n"
            "The coastguard said 36 bodies had been recovered and 127 people rescued.\n\n"
            "Rescuers help passengers from the capsized Philippines ferry.\n\n"
            "Rescuers help passengers from the ferry. Photograph: Jo Roe/AP\n\n"
            "The ferry left the port at noon on Thursday.\n")
    assert [b.kind for b in classify(page)] == ["headline", "body", "caption", "caption", "body"]


def test_teasers_above_their_time_stamps_in_a_list_of_other_stories_are_the_pages():
    page = ("Headline of the story\n\nThe retailer collapsed into administration, putting 12,000 jobs at risk.\n\n"
            "Read more from UK News\n\n"
            "Shop accused of racism removes tobacco plantation image\n"
            "The shop in Cobham, Surrey has apologised unreservedly.\n"
            "in 26 minutes\n"
            "Raised blood sugar levels could increase heart disease risk\n"
            "According to the study, the lower the better in protecting against heart disease.\n"
            "43 minutes ago\n"
            "Met Office predicts confusing weather for the coming weeks\n"
            "Forecasters have warned that the warmer weather on Wednesday will be short-lived.\n"
            "about 2 hours ago\n")
    kinds = [b.kind for b in classify(page)]
    assert kinds[:2] == ["headline", "body"] and "body" not in kinds[2:]


def test_a_run_of_other_stories_headlines_among_the_paragraphs_is_the_pages():
    page = ("Retailer collapses\n\nThe retailer collapsed into administration on Thursday, putting jobs at risk.\n\n"
            "The great beer shortage has lessons for brewers\n\n"
            "Ireland has won the corporation tax game for now, but will that last?\n\n"
            "Corkman leading development of power station: \u2018We\u2019ve created a place to live\u2019\n\n"
            "Elf doors and boat cruises: Christmas in five-star hotels\n\n"
            "The chain started life from a single hardware store in 1930 in Leicester.\n\n"
            "Why it failed\n\n"
            "The company faced competition from nimbler rivals, its chief said.\n")
    assert [b.kind for b in classify(page)] == [
        "headline", "body", "furniture", "furniture", "furniture", "furniture", "body", "heading", "body"]


def test_the_articles_own_list_of_named_things_is_no_box_of_headlines():
    page = ("Hacker charged\n\nThe teenager is expected to make his first court appearance on Saturday.\n\n"
            "Communications fraud (17 counts)\n\n"
            "Fraudulent use of personal information (over $100,000 or 30 or more victims) (1 count)\n\n"
            "Fraudulent use of personal information (10 counts)\n\n"
            "Access computer or electronic device without authority (1 count)\n\n"
            "Twitter released a statement on Friday afternoon, thanking law enforcement.\n")
    assert "furniture" not in [b.kind for b in classify(page)]


def test_an_agencys_name_alone_between_paragraphs_is_the_pages():
    page = ("Headline of the story here\n\nThe bank raised rates on Tuesday, officials said.\n\nXinhua\n\n"
            "The move was expected by markets, analysts said.\n")
    assert [b.kind for b in classify(page)] == ["headline", "body", "furniture", "body"]


def test_a_credit_in_brackets_on_its_own_line_makes_the_line_over_it_a_caption():
    page = ("Lander touches down on the Moon\n\n"
            "The company's lunar lander on display at the space centre\n(Credit: NASA/ Public Domain)\n\n"
            "A week after launching aboard a rocket, the lander touched down near the south pole on Thursday.\n")
    assert [b.kind for b in classify(page)] == ["headline", "caption", "furniture", "body"]


def test_a_photographers_credit_in_square_brackets_makes_the_line_over_it_a_caption():
    page = ("Dam burst kills dozens\n\nThe dam burst on Monday, killing at least 40 people, officials said.\n\n"
            "A car lodged in a tree in the village.\n\n[Jo Roe, Standard]\n\nRescuers searched the village on Tuesday.\n")
    assert [b.kind for b in classify(page)] == ["headline", "body", "caption", "furniture", "body"]


def test_a_pages_notes_promotions_and_writers_box_are_set_aside_and_prose_like_them_is_not():
    """Lines found kept as article text on real pages: a breaking story's notes ("More
    follows...", "Editor's note: ... Check back for updates."), a story's age over its section, a
    page control, a membership offer, the writer's box with their trade in brackets and their
    address; not a sentence that opens on how long ago something happened."""
    notes = ["More follows...", "Editor's note: This is a breaking news story. Check back for updates.",
             "1 hour ago - Energy & Environment", "Change text size:",
             "Limited-time offer: Big stories, small price. Keep independent media alive. Become a Scroll member today!",
             "Jo Roe (Political and current affairs editor) Jo Roe is a political editor at Example.co.ke. "
             "He holds a degree from Maseno University. Email: jo.roe@example.co.ke",
             "Email: desk@example.com"]
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    for line in notes:
        page = "\n\n".join(["Meta cuts jobs", prose, line, prose.replace("Friday", "Monday")])
        assert [b.kind for b in classify(page, "Meta cuts jobs")] == ["headline", "body", "furniture", "body"], line
    for line in ["3 days ago, the police said they had found him alive in a forest near the border.",
                 "Jo Roe (the chief executive) said the offer would stand until Friday."]:
        page = "\n\n".join(["Meta cuts jobs", prose, line, prose.replace("Friday", "Monday")])
        assert [b.kind for b in classify(page, "Meta cuts jobs")][2] == "body", line


def test_a_present_scene_ending_on_its_weekday_with_a_wires_credit_is_a_caption():
    """ "Jo Roe plays a shot during the final in Ahmedabad, India, Sunday. - AP": the picture's
    credit; a report's sentence signed off by its wire ("... on Sunday. - AFP") stays prose."""
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    caption = "Australia's Jo Roe plays a shot during the final against India in Ahmedabad, India, Sunday. - AP"
    page = "\n\n".join(["Roe wins the final", caption, prose])
    assert [b.kind for b in classify(page, "Roe wins the final")] == ["headline", "caption", "body"]
    signed = "India's captain Bob Stone says the team is heartbroken after the loss on Sunday. - AFP"
    page = "\n\n".join(["Roe wins the final", prose, signed])
    assert [b.kind for b in classify(page, "Roe wins the final")] == ["headline", "body", "body"]


def test_a_line_labelled_image_is_a_caption():
    """ "Image: Sifan Hassan celebrates a dramatic victory in Paris": the page says what it is."""
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    page = "\n\n".join(["Roe wins", prose, "Image: Jo Roe celebrates a dramatic victory in the marathon in Paris",
                         prose.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Roe wins")] == ["headline", "body", "caption", "body"]


def test_a_pages_tags_and_a_list_of_headlines_under_also_read_are_set_aside():
    """ "- Country:" over "- Rwanda": the page's tags; "ALSO READ" over headlines, one a line, one
    of them with a full stop ("Man who died ... was infected with Nipah virus: Kerala Health
    Minister Veena George."): the outlet's other stories. Prose under "Read more" stays."""
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    page = "\n\n".join([
        "Meta cuts jobs", prose, "- Country:", "- Rwanda", prose.replace("Friday", "Monday"), "ALSO READ",
        "Suspected Nipah Virus Death in Malappuram Under Investigation",
        "Man who died recently in Malappuram was infected with Nipah virus: Kerala Health Minister Veena George.",
        "Kerala Faces Nipah Virus Outbreak: Second Death Reported",
    ])
    assert [b.kind for b in classify(page, "Meta cuts jobs")] == [
        "headline", "body", "furniture", "furniture", "body", "furniture", "furniture", "furniture", "furniture"]
    page = "\n\n".join(["Meta cuts jobs", prose, "Read more", prose.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Meta cuts jobs")] == ["headline", "body", "furniture", "body"]


def test_a_wires_bracketed_credit_a_pictures_credit_and_a_widgets_notice_are_set_aside():
    """Found kept as article text on real pages: "(Report by Tito Correa ..., written by ...",
    "Photo courtesy of Intel Corporation", "We're sorry, this feature is currently unavailable.",
    "This was published 3 years ago". (A kicker in capitals, "\u2018UNACCEPTABLE\u2019", is the
    article's own heading.)"""
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    for line in ["(Report by Tito Correa and Alexandra Valencia, written by Katharina Loesche.",
                 "Photo courtesy of Intel Corporation",
                 "We're sorry, this feature is currently unavailable. We're working to restore it.",
                 "This was published 3 years ago"]:
        page = "\n\n".join(["Meta cuts jobs", prose, line, prose.replace("Friday", "Monday")])
        assert [b.kind for b in classify(page, "Meta cuts jobs")] == ["headline", "body", "furniture", "body"], line
    quoted = "\u2018We will not give up on this,\u2019 the chief executive told staff."
    page = "\n\n".join(["Meta cuts jobs", prose, quoted, prose.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Meta cuts jobs")][2] == "body"


def test_one_named_having_something_done_to_them_with_an_agencys_credit_after_is_a_caption():
    """ "Aston Villa's Douglas Luiz is sent off by referee Michael Oliver. PA": the picture's
    caption; "Jo Roe is backed by the board, the chairman said. PA" is a report signed off."""
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    page = "\n\n".join(["Roe sacked", prose, "Aston Villa's Jo Roe is sent off by referee Al Ray. PA",
                        prose.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Roe sacked")] == ["headline", "body", "caption", "body"]
    page = "\n\n".join(["Roe sacked", prose, "Jo Roe is backed by the board, the chairman said. PA",
                        prose.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Roe sacked")][2] == "body"


def test_the_reporters_credit_told_as_sentences_is_set_aside():
    """ "This story was reported by Jo Roe, Al Ray and Ann Lee. It was written by Roe.": the page's."""
    prose = "The company said on Friday that it would cut 11,000 jobs, about 13 per cent of its staff, after a poor year."
    page = "\n\n".join(["Meta cuts jobs", prose, "This story was reported by Jo Roe, Al Ray and Ann Lee. It was written by Roe.",
                        prose.replace("Friday", "Monday")])
    assert [b.kind for b in classify(page, "Meta cuts jobs")] == ["headline", "body", "furniture", "body"]


def test_a_caption_closed_by_a_photographers_credit_in_square_brackets_and_its_copy_are_not_the_article():
    caption = "Rescue workers search Monday in the rubble of the tower in Surfside. The death toll has reached 10."
    prose = "The fifth day of the search brought only grim news, officials said on Monday night."
    dek = "Rescuers used a crane to remove a 25,000-pound chunk of concrete."
    blocks = classify("\n\n".join(["Toll rises", dek, caption, caption + " [ JO ROE | AP ]", prose]), "Toll rises")
    assert [(b.kind, b.text) for b in blocks if b.kind != "headline"] == [
        ("body", dek), ("caption", caption), ("body", prose)]


def test_the_headline_again_over_the_byline_and_alt_text_over_a_labelled_caption_are_not_the_article():
    """A page that prints its headline first, then "This was published 1 year ago", the headline
    again and the byline; a picture's alt text over its caption labelled "Image:", the same words
    or nearly."""
    headline = "\u2018It was hell\u2019: Dutch rider ignores broken elbow to claim world crown in Wollongong"
    alt = "Jo Roe looks at her gold medal after winning the elite women's road race"
    prose = ["Jo Roe won the road race on Saturday despite cycling with a fractured elbow.",
             "The 39-year-old was a major doubt for the race after a crash on Wednesday."]
    page = "\n\n".join([headline, "This was published 1 year ago", headline, "By Al Ray", prose[0], alt,
                        "Image: Jo Roe looks at her gold medal after winning the race", prose[1]])
    assert [b.text for b in classify(page, headline) if b.kind == "body"] == prose


def test_the_control_hiding_an_advertisement_glued_to_a_paragraph_is_not_its_text():
    blocks = classify(
        "Killer sentenced\n\nAdvertisement\n\nHide AdAdvertisement\n\n"
        "Hide AdJo Roe arrived at the court at around 11am for sentencing.\n\n"
        "Hide and seek was his favourite game, a neighbour said.\n",
        "Killer sentenced",
    )
    assert [b.text for b in blocks if b.kind == "body"] == [
        "Jo Roe arrived at the court at around 11am for sentencing.",
        "Hide and seek was his favourite game, a neighbour said.",
    ]


def test_markers_credits_and_stamps_new_users_pasted_are_not_the_article():
    """An advertisement's marker glued to the paragraph after it, an old picture's credit
    ("AP file photo."), a stamp with its count of views, a comment form's heading, a
    membership appeal, a podcast's episode, a byline with a player loading, a date glued to
    "Published" in a list, and links to other stories; the article's own sentences around them stay."""
    blocks = classify(
        "Newsom wins\n\nCalifornia Gov. Gavin Newsom. AP file photo.\n\n"
        "Article continues after this advertisement\u201cCinema has lost a true Scholar,\u201d he wrote.\n\n"
        "Read more from Sky News:\nFBI disrupts hacking network \u2018linked to Russian intelligence services\u2019\n"
        "Russia \u2018developing space-based nuclear weapon\u2019\n\n"
        "7 hours ago 49\n\nLeave a Reply\n\n10:26 a.m.\n\nThis is breaking news.\n\n"
        "Related: King Charles III and More Royals Who Were Diagnosed With Cancer Several British royals have been "
        "diagnosed with various forms of cancer since the start of their family\u2019s reign. Buckingham Palace "
        "announced in February 2024 that King Charles III received a cancer diagnosis one week after he was admitted "
        "to The London Clinic to undergo treatment for an enlarged prostate, a spokesman for the palace said.\n\n"
        "(At The Quint, we question everything. Play an active role in shaping our journalism by becoming a member today.)\n\n"
        "On this week\u2019s episode of Inside Business, host Jo Roe is joined by Tom Lee to discuss the budget.\n\n"
        "By: Owen Fernau Loading...\n\n- Published4 December 2023\n\n"
        "More from NextShark: 92-year-old man required 9 staples to his head after an attack at a station\n\n"

        "The recall failed by a wide margin on Tuesday.Quick Guide\n\n"
        "The quake struck at about 7 a.m. local time. Advertisement\n",
        "Newsom wins",
    )
    assert [(b.kind, b.text) for b in blocks if b.kind == "body"] == [
        ("body", "\u201cCinema has lost a true Scholar,\u201d he wrote."),
        ("body", "The recall failed by a wide margin on Tuesday."),
        ("body", "The quake struck at about 7 a.m. local time."),
    ]
    assert [b.kind for b in blocks][1] == "caption"


def test_a_closed_comment_form_is_not_the_article():
    blocks = classify("Toilet stolen\n\nThe toilet was taken on Saturday.\n\n"
                      "Sorry, we are not accepting comments on this article.\n", "Toilet stolen")
    assert [b.kind for b in blocks] == ["headline", "body", "furniture"]


def test_a_reporters_dashed_signature_widget_labels_credits_and_a_named_doing_caption_are_not_the_article():
    """ "- Tom Schad" under the standfirst; "In this article:" and "You may like"; a credit with
    "Pool" in it, or with marks a copy garbled after it; "First Minister Jo Roe speaking during the
    press conference ..." with no verb of a sentence and no full stop. A list of names stays."""
    prose = [
        "The board concluded on Tuesday that the pilot's poor decisions were the likely cause of the crash.",
        "Investigators also blamed the company that operated the flight for its lax safety policies.",
    ]
    page = "\n\n".join([
        "Crash caused by pilot's decisions", "The board has released its conclusions about the accident.",
        "- Tom Schad", "In this article:", prose[0],
        "Jo Roe and Al Ray arrive at Doha International Airport, Qatar September 18, 2023. REUTERS/Jane Doe???",
        "Daniel Lee/Pool/Reuters", "You may like",
        "First Minister Jo Roe speaking during the press conference at Bute House as she resigned as First Minister",
        prose[1], "The freed men:", "- Jo Roe", "- Al Ray",
    ])
    blocks = classify(page, "Crash caused by pilot's decisions")
    assert [b.text for b in blocks if b.kind == "body"] == [
        "The board has released its conclusions about the accident.", prose[0], prose[1], "The freed men:", "Jo Roe", "Al Ray"]


def test_a_newsrooms_standing_appeals_a_removed_videos_notice_and_a_photo_by_credit_are_not_the_article():
    prose = "MPs voted by 330 to 275 in favour of the bill at its second reading on Friday afternoon."
    page = "\n\n".join([
        "MPs back assisted dying bill", prose,
        "SHARE: If you have anything to share that we should be looking into or publishing about this story, contact us.",
        "PARTNER: If you or your organisation might be interested in partnering with us on sponsored events, email us.",
        "This video has been removed. This could be because it launched early, our rights have expired, there was a "
        "legal issue, or for another reason.",
        "Ethiopia's Tigst Bay smashes the women's marathon world record (Photo by Jo Roe / AFP)",
        prose.replace("Friday", "Thursday"),
    ])
    blocks = classify(page, "MPs back assisted dying bill")
    assert [b.text for b in blocks if b.kind == "body"] == [prose, prose.replace("Friday", "Thursday")]


def test_a_credit_glued_to_a_captions_last_word_or_in_capitals_by_slashes_and_a_share_link_are_not_the_article():
    prose = "Typhoon Koinu hit southern Taiwan with heavy rains and winds on Wednesday, officials said."
    page = "\n\n".join([
        "Typhoon hits Taiwan", prose,
        "The centre has recorded around 120 accidents, including uprooted trees and damaged roadsImage: Jo Roe/REUTERS",
        "Bennett in 1967: his was one of the most enduring voices in popular music HARRY MYERS/SHUTTERSTOCK/REX FEATURES",
        "Send a link to a friend", prose.replace("Wednesday", "Thursday"),
    ])
    blocks = classify(page, "Typhoon hits Taiwan")
    assert [b.text for b in blocks if b.kind in ("body", "heading")] == [prose, prose.replace("Wednesday", "Thursday")]


def test_an_audio_players_label_glued_to_a_paragraph_and_a_pictures_label_are_not_the_article():
    blocks = classify(
        "Tornadoes hit\n\nclick to download audioBeshear said at least four tornadoes caused damage.\n\n"
        "Supporting image for story: Activist released from prison after receiving pardon\n", "Tornadoes hit")
    assert [b.text for b in blocks if b.kind in ("body", "heading")] == ["Beshear said at least four tornadoes caused damage."]


def test_an_apps_promotion_a_comment_forms_notice_a_dashed_crosshead_a_doubled_headline_and_a_spaced_copyright_credit():
    prose = "Turkey's central bank delivered a 6.5-point interest rate hike on Thursday, officials said."
    title = "Family of 5 dies in hurricane, officials say"
    page = "\n\n".join([
        title, title + title, prose,
        "Jo Roe, the new central bank governor, receives flowers from her predecessor during a handover ceremony "
        "on June 9 in Ankara.     \u00a9 Getty Images",
        "Add your comment", "Your email address will not be published.",
        "Want to see more of NewsNation? Get 24/7 fact-based news coverage with the NewsNation app or add NewsNation "
        "as a preferred source on Google!",
        "Download the SAN app today to stay up-to-date with Unbiased. Straight Facts\u2122.",
        "- Second woman president -", prose.replace("Thursday", "Friday"),
    ])
    blocks = classify(page, title)
    assert [b.text for b in blocks if b.kind == "body"] == [prose, prose.replace("Thursday", "Friday")]
    assert [b.text for b in blocks if b.kind == "heading"] == ["- Second woman president -"]
    assert [b.credit for b in blocks if b.kind == "caption"] == ["Getty Images"]


def test_a_credit_line_of_a_photographer_and_two_agencies_by_bars_and_a_caption_marked_file_are_not_the_article():
    prose = "Vodafone will cut 11,000 jobs over three years, its new chief executive said on Tuesday."
    blocks = classify("\n\n".join([
        "Vodafone to cut jobs", prose,
        "Vodafone announced plans to cut 11,000 jobs as part of a turnaround plan.",
        "Paul Hanna | Bloomberg | Getty Images",
        "Odisha Train Accident: Sources say the actions of these three resulted in the accident. (file)",
        prose.replace("Tuesday", "Wednesday"),
    ]), "Vodafone to cut jobs")
    assert [b.text for b in blocks if b.kind in ("body", "heading")] == [prose, prose.replace("Tuesday", "Wednesday")]


def test_a_sign_up_boxs_error_message_an_advert_line_a_caption_over_a_bracketed_image_credit_and_a_barred_sign_off_are_not_the_article():
    prose = "Lucy Letby was sentenced to a whole-life order on Monday, the court heard."
    # (a paragraph of several sentences signed off by its wire after a bar; a short one so
    # signed is a caption's credit)
    signed = ("The head of the fire services said that rescues had been carried out through the night. He estimated "
              "that around 5,000 vehicles were still stranded on the roads. Officials said more rain was expected on "
              "Wednesday and that schools in the province would stay closed until further notice. The regional "
              "government declared three days of mourning.")
    blocks = classify("\n\n".join([
        "Letby sentenced",
        "Pascale Jones of the Crown Prosecution Service and Janet Moore read out statements outside the court.",
        "(Image credit: Getty Images)", prose,
        "Breaking News email {{ #verifyErrors }} {{ message }} {{ /verifyErrors }} {{ ^verifyErrors }} Something went "
        "wrong. Please try again later {{ /verifyErrors }}",
        "Advert", signed + " | BGNES", prose.replace("Monday", "Tuesday"),
    ]), "Letby sentenced")
    assert [b.text for b in blocks if b.kind in ("body", "heading")] == [prose, signed, prose.replace("Monday", "Tuesday")]


def test_a_credit_after_via_and_a_dashed_advertisement_are_not_the_article():
    prose = "Two gunmen opened fire at a Hanukkah event on Sunday, killing 15 people, police said."
    blocks = classify("\n\n".join([
        "Bondi attack", prose, "Bondi Beach attack", "via JOANNA KORDINA/EPA/Shutterstock", "- Advertisement -",
        prose.replace("Sunday", "Monday"),
    ]), "Bondi attack")
    assert [b.text for b in blocks if b.kind in ("body", "heading")] == [prose, prose.replace("Sunday", "Monday")]


def test_an_outlets_photo_credit_glued_to_a_caption_and_a_video_grab_credit_line_are_not_the_article():
    prose = "Forty workers were trapped when the tunnel collapsed on Sunday, officials said."
    blocks = classify("\n\n".join([
        "Tunnel collapse", prose, "Rescue operations are underway.(HT Photo)", "Video grabs/PTI",
        prose.replace("Sunday", "Monday"),
    ]), "Tunnel collapse")
    assert [b.text for b in blocks if b.kind in ("body", "heading")] == [prose, prose.replace("Sunday", "Monday")]


def test_a_caption_credited_through_an_agency_in_brackets_is_not_the_article():
    prose = "The roof of the Jet Set nightclub collapsed early on Tuesday, killing 98 people, officials said."
    blocks = classify("\n\n".join([
        "Roof collapse", prose,
        "Rescuers search for survivors at the Jet Set nightclub in Santo Domingo, Tuesday. (Noticias SIN via AP)",
        prose.replace("Tuesday", "Wednesday"),
    ]), "Roof collapse")
    assert [b.text for b in blocks if b.kind in ("body", "heading")] == [prose, prose.replace("Tuesday", "Wednesday")]
