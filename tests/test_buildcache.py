"""The build caches: a rebuild extracts only the seeds that changed, finds the Story again only
when what it is made from changed, and never answers stale."""

import hashlib
import re

import pytest

from conftest import copy_project, run_build
from explainer import story as story_module
from explainer.base.buildcache import BuildCache, BuildCaches
from explainer.base.errors import ExplainerError
from explainer.extract import sources as sources_module
from explainer.extract.sources import load_sources
from explainer.story import build_story

BBC = "004_7df2e0f2d1cf324f"


@pytest.fixture
def extractions(monkeypatch):
    """The seeds actually extracted (not served from the cache), in order."""
    seen = []
    real = sources_module.extract_source

    def counting(path, raw):
        seen.append(path.stem)
        return real(path, raw)

    monkeypatch.setattr(sources_module, "extract_source", counting)
    return seen


def accept_edit(seed, old: bytes, new: bytes) -> None:
    raw = seed.read_bytes().replace(old, new, 1)
    seed.write_bytes(raw)
    sidecar = seed.with_suffix(".yaml")
    text = re.sub(r"(?m)^sha256: .*$", f"sha256: {hashlib.sha256(raw).hexdigest()}", sidecar.read_text())
    sidecar.write_text(text)


def test_a_warm_load_extracts_nothing_and_gives_the_same_sources(project, tmp_path, extractions):
    seeds = project / "seeds"
    fresh = load_sources(seeds)
    extractions.clear()
    cold = load_sources(seeds, BuildCache(tmp_path / "cache"))
    assert sorted(extractions) == sorted(s.id for s in fresh)
    extractions.clear()
    warm = load_sources(seeds, BuildCache(tmp_path / "cache"))
    assert extractions == []
    assert warm == cold == fresh


def test_only_the_edited_seed_is_extracted_again_and_its_old_entry_goes(project, tmp_path, extractions):
    seeds, cache = project / "seeds", tmp_path / "cache"
    load_sources(seeds, BuildCache(cache))
    before = {p.name for p in cache.iterdir()}
    accept_edit(seeds / f"{BBC}.txt", b"123 prisoners", b"124 prisoners")
    extractions.clear()
    edited = {s.id: s for s in load_sources(seeds, BuildCache(cache))}
    assert extractions == [BBC]
    assert any("124 prisoners" in s.text for s in edited[BBC].sentences)
    after = {p.name for p in cache.iterdir()}
    assert len(after) == len(before) and len(after - before) == 1


def test_a_seed_edited_without_its_hash_still_stops_the_build(project, tmp_path):
    seeds = project / "seeds"
    load_sources(seeds, BuildCache(tmp_path / "cache"))
    seed = seeds / f"{BBC}.txt"
    seed.write_bytes(seed.read_bytes().replace(b"123 prisoners", b"124 prisoners", 1))
    with pytest.raises(ExplainerError, match="sha256"):
        load_sources(seeds, BuildCache(tmp_path / "cache"))


def test_other_code_never_reads_an_entry_written_by_this_code(project, tmp_path, extractions, monkeypatch):
    seeds = project / "seeds"
    load_sources(seeds, BuildCache(tmp_path / "cache"))
    monkeypatch.setattr("explainer.base.buildcache.code_version", lambda: "an edited plugin")
    extractions.clear()
    load_sources(seeds, BuildCache(tmp_path / "cache"))
    assert len(extractions) == len(list(seeds.glob("*.txt")))


def test_damaged_entries_are_extracted_again(project, tmp_path, extractions):
    seeds, cache = project / "seeds", tmp_path / "cache"
    fresh = load_sources(seeds, BuildCache(cache))
    for entry in cache.iterdir():
        entry.write_bytes(entry.read_bytes()[:40])
    extractions.clear()
    assert load_sources(seeds, BuildCache(cache)) == fresh
    assert len(extractions) == len(fresh)


def test_a_cold_and_a_warm_build_write_the_same_bytes_and_words(tmp_path):
    project = copy_project(tmp_path / "p")
    assert not (project / "cache").exists()
    said = []
    for output in ("cold", "warm"):
        result = run_build(project, "pelicanconf.py", output)
        assert result.returncode == 0, result.stderr
        said.append(result.stderr.replace(output, "OUTPUT"))
    assert said[0] == said[1] and "[explainer]" in said[0]  # the story's warnings, read back too
    entries = list((project / "cache" / "explainer-seeds").iterdir())
    assert len(entries) == len(list((project / "seeds").glob("*.txt")))
    assert len(list((project / "cache" / "explainer-story").iterdir())) == 1
    assert len(list((project / "cache" / "explainer-findings").iterdir())) == len(entries)
    cold = sorted(p.relative_to(project / "cold") for p in (project / "cold").rglob("*") if p.is_file())
    assert cold == sorted(p.relative_to(project / "warm") for p in (project / "warm").rglob("*") if p.is_file())
    for name in cold:
        assert (project / "cold" / name).read_bytes() == (project / "warm" / name).read_bytes(), name


def test_a_cache_that_cannot_be_written_only_costs_time(project, tmp_path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    fresh = load_sources(project / "seeds")
    assert load_sources(project / "seeds", BuildCache(blocked)) == fresh
    assert blocked.read_text() == "a file where the cache folder should be"


@pytest.fixture
def findings(monkeypatch):
    """How many times a Story was found from its inputs rather than read back."""
    count = []
    real = story_module.name_warnings

    def counting(*args, **kwargs):
        count.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(story_module, "name_warnings", counting)
    return count


def story_of(project, tmp_path):
    return build_story(
        project / "seeds", project / "content" / "people", project / "content" / "timeline.yaml",
        caches=BuildCaches.in_folder(tmp_path / "cache"),
    )


def test_a_story_with_unchanged_inputs_is_read_back_not_found_again(project, tmp_path, findings):
    fresh = build_story(project / "seeds", project / "content" / "people", project / "content" / "timeline.yaml")
    findings.clear()
    assert story_of(project, tmp_path) == fresh
    assert findings == [1]
    assert story_of(project, tmp_path) == fresh
    assert findings == [1]


@pytest.mark.parametrize(
    "where, old, new",
    [
        ("content/people/maria-kolesnikova.md", b"Aliases: ", b"Aliases: Masha K, "),
        ("content/timeline.yaml", b"\n", b"\n# an editor's comment\n"),
    ],
)
def test_an_edited_people_file_or_timeline_plan_finds_the_story_again(project, tmp_path, findings, where, old, new):
    story_of(project, tmp_path)
    path = project / where
    assert old in path.read_bytes()
    path.write_bytes(path.read_bytes().replace(old, new, 1))
    findings.clear()
    edited = story_of(project, tmp_path)
    assert findings == [1]
    if where.endswith(".md"):
        assert "Masha K" in next(p for p in edited.people if p.slug == "maria-kolesnikova").aliases
    assert len(list((tmp_path / "cache" / "explainer-story").iterdir())) == 1


def test_a_file_added_to_the_seeds_still_gets_its_error_after_a_cached_build(project, tmp_path):
    story_of(project, tmp_path)
    (project / "seeds" / "stray.yaml").write_text("outlet: Nobody\n")
    with pytest.raises(ExplainerError, match="no article stray.txt"):
        story_of(project, tmp_path)


def test_a_seed_edited_without_its_hash_stops_even_a_cached_build(project, tmp_path):
    story_of(project, tmp_path)
    seed = project / "seeds" / f"{BBC}.txt"
    seed.write_bytes(seed.read_bytes().replace(b"123 prisoners", b"124 prisoners", 1))
    with pytest.raises(ExplainerError, match="sha256"):
        story_of(project, tmp_path)


@pytest.fixture
def sources_read(monkeypatch):
    """The sources whose findings were worked out (not read back from the cache), in order."""
    seen = []
    real = story_module.source_mentions

    def counting(source, *args, **kwargs):
        seen.append(source.id)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(story_module, "source_mentions", counting)
    return seen


def fresh_story(project):
    return build_story(project / "seeds", project / "content" / "people", project / "content" / "timeline.yaml")


def test_after_one_seed_changes_only_its_findings_are_worked_out_again(project, tmp_path, sources_read):
    story_of(project, tmp_path)
    accept_edit(project / "seeds" / f"{BBC}.txt", b"123 prisoners", b"124 prisoners")
    sources_read.clear()
    edited = story_of(project, tmp_path)
    assert sources_read == [BBC]
    sources_read.clear()
    assert edited == fresh_story(project)


def test_a_seed_that_makes_a_word_common_gets_the_sources_that_asked_about_it_read_again(
    project, tmp_path, sources_read
):
    """003 writes "Cole", a near-spelling of the registered Coale; once another seed writes
    "cole" in lower case it is a common word, and 003's near-spelling mentions must go."""
    cole = "003_0f156859665e8b4b"
    before = story_of(project, tmp_path)
    assert any(m.source == cole and m.form.endswith("Cole") for m in before.mentions)
    accept_edit(project / "seeds" / f"{BBC}.txt", b"123 prisoners", b"123 prisoners (a cole miner among them)")
    sources_read.clear()
    edited = story_of(project, tmp_path)
    assert sorted(sources_read) == sorted([BBC, cole])
    assert not any(m.source == cole and m.form.endswith("Cole") for m in edited.mentions)
    sources_read.clear()
    assert edited == fresh_story(project)


def test_a_deferred_cache_writes_its_entries_only_when_flushed(project, tmp_path, findings):
    caches = BuildCaches.in_folder(tmp_path / "cache", deferred=True)
    story = build_story(project / "seeds", project / "content" / "people", caches=caches)
    assert not any(p.is_file() for p in (tmp_path / "cache").rglob("*"))  # nothing yet: the pages come first
    caches.flush()
    for name in ("seeds", "findings"):
        assert len(list((tmp_path / "cache" / f"explainer-{name}").iterdir())) == len(story.sources)
    findings.clear()
    assert build_story(project / "seeds", project / "content" / "people", caches=BuildCaches.in_folder(tmp_path / "cache")) == story
    assert findings == []  # the Story was read back


def test_another_version_of_a_library_whose_output_is_cached_is_another_cache(monkeypatch):
    from explainer.base.buildcache import code_version

    before = code_version()
    monkeypatch.setattr("markdown.__version__", "0.0-another")
    assert code_version() != before


def test_an_edit_to_a_module_in_another_folder_of_the_package_is_another_cache(tmp_path, monkeypatch):
    """The digest covers the whole package: buildcache.py lives in base/, the finders elsewhere."""
    import shutil

    from explainer.base import buildcache

    package = tmp_path / "explainer"
    shutil.copytree(buildcache.PACKAGE_ROOT, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(buildcache, "PACKAGE_ROOT", package)
    before = buildcache.code_version()
    finder = package / "findings" / "quotes.py"
    assert finder.parent != package / "base"
    finder.write_text(finder.read_text() + "\n# an edit\n")
    assert buildcache.code_version() != before
