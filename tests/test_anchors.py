"""Sentence anchors depend on the sentence's words, not on its position."""

from explainer.build import accept_seeds
from explainer.extract.sources import load_sources


def seed_source(seed):
    """The Source of one seed, read as the build reads every seed of its folder."""
    return next(s for s in load_sources(seed.parent) if s.id == seed.stem)


def test_anchors_are_unique_within_each_source(sources):
    for source in sources.values():
        ids = [s.id for s in source.sentences]
        assert len(ids) == len(set(ids))


def test_a_sentence_keeps_its_anchor_after_a_paragraph_is_inserted_before_it(project, sources):
    seed = project / "seeds" / "003_0f156859665e8b4b.txt"
    before = {s.text: s.id for s in sources["003_0f156859665e8b4b"].sentences}
    text = seed.read_text(encoding="utf-8")
    marker = "The move comes as Minsk"
    seed.write_text(text.replace(marker, "An editor added this paragraph. It says nothing.\n" + marker), encoding="utf-8")
    accept_seeds(str(project / "seeds"))
    after = {s.text: s.id for s in seed_source(seed).sentences}
    assert "An editor added this paragraph." in after
    for sentence_text, anchor in before.items():
        assert after[sentence_text] == anchor


def test_identical_sentences_get_a_deterministic_tie_break(tmp_path):
    seed = tmp_path / "x.txt"
    seed.write_text("It rained. It rained.\nThen it stopped.\n", encoding="utf-8")
    (tmp_path / "x.yaml").write_text("outlet: Test\npublished: 2024-01-01\nsha256: " + "0" * 64 + "\n")
    accept_seeds(str(tmp_path))
    ids = [s.id for s in seed_source(seed).sentences]
    assert ids[1] == ids[0] + "-2" and len(set(ids)) == 3
