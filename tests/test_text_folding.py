"""Text as it comes from the web: invisible characters, decomposed accents, letters accents do
not cover and other scripts fold away before names are matched and quotations checked, and a
sentence may start with a capital of any script."""

import unicodedata

from explainer.base.text import fold, slugify
from explainer.extract.editorial import read_document
from explainer.extract.sentences import sentence_spans
from explainer.story import build_story


def write_story(tmp_path, text, people):
    seeds, folder = tmp_path / "seeds", tmp_path / "people"
    seeds.mkdir()
    folder.mkdir()
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    (seeds / "a.yaml").write_text("outlet: The Example Times\npublished: 2025-12-13\n", encoding="utf-8")
    for slug, name in people.items():
        (folder / f"{slug}.md").write_text(f"Title: {name}\n", encoding="utf-8")
    return build_story(seeds, folder)


def test_invisible_characters_and_decomposed_accents_fold_away():
    assert fold("Bia\u00adliatski") == fold("Bia\u200bliatski") == fold("Bia\ufeffliatski") == "bialiatski"
    assert fold(unicodedata.normalize("NFD", "Émile Zoé")) == fold("Émile Zoé") == "emile zoe"
    assert fold("one\u2028two") == "one two"


def test_letters_without_accents_and_other_scripts_fold_to_latin():
    assert fold("Łukasz Øster Straße Đoković") == "lukasz oster strasse dokovic"
    assert fold("Лукашэнка") == "lukashenka"
    assert fold("€41m and 5%") == "€41m and 5%"  # symbols are not letters: they stay


def test_a_soft_hyphen_inside_a_name_is_still_that_name(tmp_path):
    story = write_story(tmp_path, "Ales Bia\u00adliatski was freed on Saturday.\n", {"ales-bialiatski": "Ales Bialiatski"})
    assert [m.person for m in story.mentions] == ["ales-bialiatski"]


def test_a_quotation_typed_without_the_invisible_characters_is_no_misquote(tmp_path):
    story = write_story(tmp_path, "He said the re\u00adlease was un\u200bexpected.\n", {})
    page = tmp_path / "p.md"
    page.write_text('Title: T\n\nHe said so [quote a "the release was unexpected"].\n', encoding="utf-8")
    [citation] = read_document(page, story.source_map).citations
    assert citation.source == "a"


def test_anchors_keep_words_of_other_scripts():
    assert slugify("Лукашэнка заявіў сёння") == "lukashenka-zaiaviu-sennia"
    assert slugify("Łódź protest") == "lodz-protest"


def test_a_sentence_may_start_with_a_capital_of_any_script():
    text = "He left Minsk. Łukasz said hello. Émile agreed. Über alles. Лукашэнка spoke. über nothing."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "He left Minsk.", "Łukasz said hello.", "Émile agreed.", "Über alles.", "Лукашэнка spoke. über nothing.",
    ]
