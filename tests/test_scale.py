"""The comparison at scale: a synthetic story of a hundred articles stays readable and light,
and the real five-article site still shows everything; and the output grows with the story, not
faster: no table gains a column per source, no tooltip repeats a whole sentence."""

import csv
import html as html_module
import importlib.util
import re
from collections import defaultdict

import pytest

from conftest import EXAMPLE, ROOT
from explainer.build import build
from explainer.settings import explainer_settings
from explainer.site import outlets as compare
from explainer.site.export import story_tables
from explainer.site.outlets import ByOutlet, build_comparison, summarise
from explainer.story import build_story

ARTICLES = 100
SMALL = 25  # a second size, to see how the output grows
PAGE_LIMIT = 300 * 1024
MAX_CSV_COLUMNS = 12  # the widest table (sources.csv) has 10, whatever the number of sources
OUTPUT_PER_ARTICLE_LIMIT = 85 * 1024  # measured: 83 KB at 25 articles, 78 KB at 100, 64 KB at 1,000
# The citation macro's cap on the words of a sentence a tooltip repeats: 120 characters, cut at a
# space with an ellipsis, or a whole sentence of up to 125 (Jinja's `truncate` leeway).
TOOLTIP_CHARS = 125


def _bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The synthetic story recombines the example's sentences (tests/fixtures/example), not
    # those of whatever story the project's seeds/ holds.
    load_sources = module.load_sources
    module.load_sources = lambda seeds_dir, *rest: load_sources(EXAMPLE / "seeds", *rest)
    return module


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """The benchmark's synthetic story of ARTICLES articles, and its built site."""
    folder = tmp_path_factory.mktemp("synthetic") / "story"
    _bench().generate(ARTICLES, folder)
    # Pelican registers a settings file as a module named after it, and publishconf.py
    # imports `pelicanconf`: a second "pelicanconf" would stand in for the real one later on.
    settings = (folder / "pelicanconf.py").rename(folder / "synthetic_conf.py")
    build(str(settings), str(folder / "output"))
    return folder


@pytest.fixture(scope="module")
def small_synthetic(tmp_path_factory):
    """The benchmark's synthetic story of SMALL articles, built."""
    folder = tmp_path_factory.mktemp("synthetic_small") / "story"
    _bench().generate(SMALL, folder)
    settings = (folder / "pelicanconf.py").rename(folder / "synthetic_small_conf.py")
    build(str(settings), str(folder / "output"))
    return folder


def _output_bytes(folder) -> int:
    return sum(p.stat().st_size for p in (folder / "output").rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def synthetic_story(synthetic):
    return build_story(synthetic / "seeds", synthetic / "content" / "people")


@pytest.fixture(scope="module")
def real_story():
    return build_story(EXAMPLE / "seeds", EXAMPLE / "content" / "people")


def test_every_outlet_page_and_the_comparison_stay_under_300_kb(synthetic):
    pages = [synthetic / "output" / "outlets.html", *(synthetic / "output" / "outlets").glob("*.html")]
    assert len(pages) == ARTICLES + 1
    for page in pages:
        assert page.stat().st_size < PAGE_LIMIT, page


def test_the_large_comparison_says_what_it_left_out_and_where_it_is(synthetic):
    html = (synthetic / "output" / "outlets.html").read_text(encoding="utf-8")
    assert 'class="summary-note"' in html and 'href="./data/story.json"' in html
    assert re.search(r"[\d,]+ more people not shown here", html)
    for section in ("glance", "numbers", "names", "descriptions", "voices", "coverage"):
        assert f'id="{section}"' in html


def test_every_cut_list_says_how_many_it_left_out_in_figures_that_add_up(synthetic, synthetic_story):
    """Readers read "2,616 more of 2,628", and the three figures must agree with each other and
    with the story: the total of people is every registered person some outlet names."""
    html = (synthetic / "output" / "outlets.html").read_text(encoding="utf-8")
    figure = r"(?<![\d,])(\d{1,3}(?:,\d{3})*)(?![\d,])"
    notes = re.findall(figure + r" more ([\w ]+?) not shown here \(" + figure + " of " + figure + r"\)", html)
    assert notes
    totals = {}
    for more, what, shown, total in notes:
        more, shown, total = (int(n.replace(",", "")) for n in (more, shown, total))
        assert more + shown == total, (what, more, shown, total)
        totals[what] = total
    assert any(total >= 1000 for total in totals.values()), "no figure of four digits to read"
    assert totals["people"] == len({m.person for m in synthetic_story.mentions})


def test_every_outlet_page_is_linked_from_the_comparison(synthetic):
    html = (synthetic / "output" / "outlets.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="\./(outlets/[^"#]+\.html)"', html))
    assert linked == {f"outlets/{p.name}" for p in (synthetic / "output" / "outlets").glob("*.html")}


def test_a_large_summary_has_no_outlet_columns_and_cuts_every_list(synthetic, synthetic_story):
    settings = explainer_settings({"PATH": str(synthetic / "content")})
    summary = summarise(build_comparison(settings, synthetic_story), synthetic_story)
    assert not summary.side_by_side and summary.columns == () and summary.cut
    assert len(summary.names) <= compare.MAX_PEOPLE < summary.people_total
    assert len(summary.glance) == compare.MAX_OUTLET_ROWS
    assert sum(len(group.pages) for group in summary.index) == ARTICLES
    assert all(len(row.statements) <= compare.MAX_CITES for row in summary.numbers)
    assert all(len(g.versions) <= compare.MAX_CITES for g in summary.aligned)


def test_left_out_matches_its_definition_on_a_large_story(synthetic, synthetic_story):
    """The linear `left_out` gives what comparing every outlet with every other would."""
    comparison = build_comparison(explainer_settings({"PATH": str(synthetic / "content")}), synthetic_story)
    naming = defaultdict(set)
    for mention in synthetic_story.mentions:
        if not mention.in_post:
            naming[mention.person].add(mention.source)
    others = len(synthetic_story.sources) - 1
    for gap in comparison.left_out:
        expected = {slug for slug, who in naming.items() if gap.source not in who and len(who) * 2 > others}
        assert {slug for slug, _, _ in gap.people} == expected


def test_a_sparse_row_reads_like_a_tuple():
    row = ByOutlet({3: "c", 1: "a"}, 5, "")
    assert tuple(row) == ("", "a", "", "c", "") and len(row) == 5
    assert row[1] == "a" and row[-2] == "c" and row[0] == ""
    assert list(row.filled) == [1, 3] and row.pick([3, 4]) == ("c", "")
    with pytest.raises(IndexError):
        row[5]


def test_the_real_comparison_is_side_by_side_and_cuts_nothing(real_story):
    comparison = build_comparison(explainer_settings({"PATH": str(EXAMPLE / "content")}), real_story)
    summary = summarise(comparison, real_story)
    assert summary.side_by_side and not summary.cut and summary.index == ()
    assert len(summary.columns) == len(real_story.sources)
    assert len(summary.names) == summary.people_total == len(comparison.names)
    assert len(summary.numbers) == summary.numbers_total == len(comparison.numbers)
    assert len(summary.checks) == summary.checks_total
    assert len(summary.descriptions) == summary.descriptions_total
    assert len(summary.voices) == summary.voices_total and len(summary.aligned) == summary.aligned_total
    assert [len(row.cells) for row in summary.names] == [len(real_story.sources)] * len(summary.names)
    assert not any(row.more for row in summary.numbers) and not any(g.more for g in summary.aligned)


def test_the_real_outlets_page_lists_every_person_and_number_with_no_truncation_note(site, real_story):
    html = (site / "outlets.html").read_text(encoding="utf-8")
    names = html[html.index('id="names"') : html.index('id="descriptions"')]
    named = {m.person for m in real_story.mentions if not m.in_post}
    for slug in named:
        assert f'<th scope="row">{real_story.person_map[slug].name}' in names, slug
    numbers = html[html.index('id="numbers"') : html.index('id="names"')]
    assert numbers.count('<td class="num">') == len(real_story.numbers)
    assert "not shown here" not in html and "summary-note" not in html and "more outlet" not in html
    for page in (site / "outlets").glob("*.html"):
        assert "not shown here" not in page.read_text(encoding="utf-8"), page


# Output that grows linearly with the story ----------------------------------------------------


def test_no_csv_of_a_large_story_has_a_column_per_source(synthetic):
    ids = {p.stem for p in (synthetic / "seeds").glob("*.txt")}
    assert len(ids) == ARTICLES
    for path in (synthetic / "output" / "data").glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert len(header) <= MAX_CSV_COLUMNS, (path.name, len(header))
        assert not [c for c in header if any(part in ids for part in c.split("."))], path.name
    # What each source says where sources disagree is there, a row per source.
    with open(synthetic / "output" / "data" / "conflict_values.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {row["source"] for row in rows} <= ids and len({row["source"] for row in rows}) > 10


def test_a_thousand_sources_that_disagree_give_long_tables_not_wide_ones():
    """A conflict across 1,000 sources: 1,000 rows of three columns, never 1,000 columns."""
    n = 1000
    ids = [f"{i:04d}_source" for i in range(n)]
    data = {
        "sources": [{"id": i, "outlet": f"Outlet {i}", "sentences": [{"id": "s", "text": "Words."}]} for i in ids],
        "people": [{"slug": "p", "name": "P", "facts": [
            {"kind": "age", "label": "Age", "values": [{"value": "63", "citations": [{"source": ids[0], "sentence": "s"}]}],
             "conflict": {"note": "ages differ", "values": {i: str(40 + k % 30) for k, i in enumerate(ids)}}},
        ]}],
        "events": [{"id": "e", "date": "2020", "label": "Arrest", "citations": [{"source": i, "sentence": "s"} for i in ids],
                    "conflict": {"note": "years differ", "dates": {i: str(2000 + k % 20) for k, i in enumerate(ids)}}}],
        "conflicts": [{"what": "prisoners", "values": {i: str(k) for k, i in enumerate(ids)},
                       "citations": [{"source": i, "sentence": "s"} for i in ids]}],
    }
    tables = {t.name: t for t in story_tables(data)}
    assert max(len(t.columns) for t in tables.values()) <= MAX_CSV_COLUMNS
    assert tables["event_conflict_dates"].columns == ["event", "source", "date"]
    assert tables["fact_conflict_values"].columns == ["fact", "source", "value"]
    assert tables["conflict_values"].columns == ["conflict", "source", "value"]
    for name in ("event_conflict_dates", "fact_conflict_values", "conflict_values"):
        assert [row["source"] for row in tables[name].rows] == ids, name
    assert tables["citations"].columns == ["table", "row", "field", "source", "sentence"]


def test_output_per_article_stays_bounded_as_the_story_grows(synthetic, small_synthetic):
    """Bytes of output per article at 25 and 100 articles: at most linear growth (a little
    slack: at 25 articles some lists are still under their caps), and under a fixed bound."""
    small, large = _output_bytes(small_synthetic) / SMALL, _output_bytes(synthetic) / ARTICLES
    assert large <= 1.25 * small, (small, large)
    assert large <= OUTPUT_PER_ARTICLE_LIMIT, large


def test_a_citation_tooltip_repeats_only_the_first_words_of_its_sentence(synthetic):
    longest, cut = 0, 0
    for page in (synthetic / "output").rglob("*.html"):
        for title in re.findall(r'<a href="[^"]*#[^"]*" title="([^"]*)"', page.read_text(encoding="utf-8")):
            words = html_module.unescape(title).split(": ", 1)[-1]
            longest = max(longest, len(words))
            cut += words.endswith("…")
    assert 0 < longest <= TOOLTIP_CHARS and cut, (longest, cut)


def test_the_review_page_writes_out_only_the_items_it_lists_and_counts_the_rest(synthetic_story, monkeypatch):
    """A correction line looks its sentence up again: a large story's thousands of items must not
    each cost a search when only the first LISTED of each kind are shown."""
    from explainer.settings import explainer_settings
    from explainer.site import review

    looked_up = []
    cited_words = review.cited_words
    monkeypatch.setattr(review, "cited_words", lambda *a, **k: looked_up.append(a[1]) or cited_words(*a, **k))
    settings = explainer_settings({"PATH": "content", "EXPLAINER_SEEDS_PATH": "seeds"})
    page = review.review_page(settings, synthetic_story, [])
    groups = {g.key: g for g in page.values["groups"]}
    assert groups["counts"].more > 0, "the synthetic story must have more disagreements than are listed"
    assert len(groups["counts"].items) == review.LISTED
    assert groups["counts"].more == len(synthetic_story.conflicts) - review.LISTED
    assert page.values["item_count"] == sum(len(g.items) + g.more for g in groups.values())
    listed_citations = sum(len(item.citations) for g in groups.values() for item in g.items if g.key != "names")
    assert 0 < len(looked_up) <= listed_citations


def test_a_review_item_lists_a_few_of_its_sentences_and_counts_the_rest(synthetic_story):
    """A count a hundred outlets give differently rests on a hundred sentences: its review item
    lists the first few, each with its correction line, and says how many more there are."""
    from explainer.site import review

    settings = explainer_settings({"PATH": "content", "EXPLAINER_SEEDS_PATH": "seeds"})
    page = review.review_page(settings, synthetic_story, [])
    counts = {g.key: g for g in page.values["groups"]}["counts"]
    wide = [
        (item, conflict) for item, conflict in zip(counts.items, synthetic_story.conflicts)
        if len(conflict.citations) > review.SENTENCES_LISTED
    ]
    assert wide, "the synthetic story must have a count given differently in many sentences"
    for item, conflict in wide:
        assert len(item.citations) == review.SENTENCES_LISTED
        assert item.more_sentences == len(conflict.citations) - review.SENTENCES_LISTED
        assert item.correction.count("- not_a_count:") == review.SENTENCES_LISTED
        assert item.concluded.count(";") <= review.VALUES_LISTED


def test_every_page_of_the_large_story_stays_under_300_kb(synthetic):
    """The editor's review page too: it lists a fixed number of items, each with a fixed number
    of sentences, whatever the story's size."""
    output = synthetic / "output"
    sizes = {page.relative_to(output).as_posix(): page.stat().st_size for page in output.rglob("*.html")}
    assert "review.html" in sizes and len(sizes) > ARTICLES
    largest = max(sizes, key=sizes.get)
    assert sizes[largest] <= PAGE_LIMIT, (largest, sizes[largest])


def test_a_cut_list_says_its_rest_is_in_the_data_only_of_what_the_data_holds(synthetic):
    """The data holds people, counts, quotations and mentions; not the comparisons of two
    outlets' figures nor the descriptions compared, so their cut lists do not say it does."""
    html = (synthetic / "output" / "outlets.html").read_text(encoding="utf-8")
    notes = re.findall(r"more ([\w ]+?) not shown here \([^)]*\)([^<]*)", html)
    assert notes
    for what, after in notes:
        if what in ("comparisons", "people described by two outlets or more"):
            assert not after.startswith("; all of them"), what
        else:
            assert after.startswith("; all of them"), what
