"""The front page: what a reader new to the story sees first, all of it cited."""

from linkcheck import parse_site


def front(site):
    return parse_site(site)[(site / "index.html").resolve()].soup


def test_every_card_and_paragraph_on_the_front_page_is_cited(site):
    soup = front(site)
    cards = soup.select(".card")
    assert cards
    for card in cards:
        assert card.select("span.cite"), card.get_text(" ", strip=True)
    for paragraph in soup.select(".editorial p"):
        assert paragraph.select("span.cite"), paragraph.get_text(" ", strip=True)


def test_key_numbers_lead_with_the_count_every_outlet_states(site, story):
    first = front(site).select_one(".cards.numbers .card")
    assert first.select_one(".figure").get_text() == "123"
    outlets = {a.get_text() for a in first.select("span.cite a")}
    assert outlets == {s.outlet for s in story.sources}


def test_freed_prisoners_come_first_and_link_to_their_profiles(site):
    soup = front(site)
    heading = soup.select("section h2")[1].get_text()
    names = [a.get_text() for a in soup.select(".cards.people .name")]
    assert heading == "Freed prisoners"
    assert {"Ales Bialiatski", "Maria Kolesnikova"} <= set(names)
    for link in soup.select(".cards.people .name"):
        assert (site / link["href"]).exists()


def test_a_count_of_nothing_said_is_no_key_number(tmp_path):
    """"down more than 405 so far this year" (a typo for 40%) and "around 44" of nothing: a figure
    whose thing is not said is no key number, however many outlets give it."""
    from conftest import invented_story
    from explainer.site.frontpage import key_numbers

    story = invented_story(tmp_path, {
        "a": "The stake is worth a value that is down more than 405 so far this year. Officials freed 12 prisoners.\n",
        "b": "The value is down more than 405 so far this year, and 12 prisoners were freed.\n",
    })
    assert {n.what for n in story.numbers if n.value == 405} == {""}
    assert [card.what for card in key_numbers(story)] == ["prisoners"]


def test_a_count_one_outlet_of_several_gives_is_no_key_number(tmp_path):
    """"since 1960, when a quake killed at least 12,000 people": one outlet's figure may be another
    happening's, told for comparison; the key numbers are those two outlets or more state."""
    from conftest import invented_story
    from explainer.site.frontpage import key_numbers

    story = invented_story(tmp_path, {
        "a": "It was the deadliest quake since 1960, when a quake killed at least 12,000 people. "
             "Officials said at least 2,012 people died.\n",
        "b": "At least 2,012 people died in the quake, officials said.\n",
    })
    assert {n.value for n in story.numbers} >= {12000, 2012}
    assert [card.figure for card in key_numbers(story)] == ["at least 2,012"]
