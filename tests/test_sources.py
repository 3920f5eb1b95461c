"""Seeds and sidecars: what is read, and the clear errors for what cannot be."""

import hashlib
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_build
from explainer.base.errors import ExplainerError
from explainer.extract.sources import load_sources


def seed_source(seed):
    """The Source of one seed, read as the build reads every seed of its folder."""
    return next(s for s in load_sources(seed.parent) if s.id == seed.stem)


# The sha256 of each example article as it was handed to the project (the shared copy, in
# ../shared/seeds/ on the machine the project began on), kept here so that every clone checks
# against them: editing a seed and running `make accept-seeds` changes its sidecar, not these.
HANDED_OVER = {
    "000_c534272e422073ca": "877ac210c48df97fb08b1b5f64fe9c35f222fb8b1ab9e4623535d2746e471a3c",
    "001_181edfe7fb956e88": "7db97a5d10893750f39398962a1edfb1b794da46614f23f156f5fd6a118f3bbd",
    "002_25f6ded758b2df7f": "1ddd15e46cff288afee989c68f0c67aba953e213d85784901d3ca89467924643",
    "003_0f156859665e8b4b": "312d09893d444dcbd246578429eba3e221e47598824da107eab1c51c8989acbd",
    "004_7df2e0f2d1cf324f": "b263cdd15341c250b60a4bfc102fc8e65f84f8a3e6881d5390dc3afbb7c7661e",
}


def test_every_seed_is_byte_identical_to_the_shared_copy_and_recorded(sources):
    """The frozen copy (tests/fixtures/example/seeds/) is what was handed over, byte for byte, and
    its sidecars record exactly that; so is any copy of the example the project holds (seeds/,
    or examples/belarus/seeds/ after `make new-story`), and the shared copy where it exists."""
    assert sorted(sources) == sorted(HANDED_OVER)
    copies = [ROOT / "seeds", ROOT / "examples" / "belarus" / "seeds", ROOT.parent / "shared" / "seeds"]
    for source in sources.values():
        given = Path(source.path).read_bytes()
        assert hashlib.sha256(given).hexdigest() == HANDED_OVER[source.id], f"{source.path} was edited"
        sidecar = yaml.safe_load(Path(source.path).with_suffix(".yaml").read_text(encoding="utf-8"))
        assert sidecar["sha256"] == source.sha256 == HANDED_OVER[source.id], f"{source.id}: recorded sha256"
        for folder in copies:
            copy = folder / f"{source.id}.txt"
            if copy.exists():  # another story in seeds/, or no shared copy: the frozen one is checked
                assert copy.read_bytes() == given, f"{copy} differs from the article as handed over"


def test_sidecars_carry_outlet_date_and_no_invented_address(sources):
    assert {s.outlet for s in sources.values()} >= {"BBC News", "DW", "Presence News"}
    assert all(s.url is None for s in sources.values())
    assert all(s.published.isoformat() == "2025-12-13" for s in sources.values())


def test_a_source_without_headline_gets_one_derived_and_marked(sources):
    bbc = sources["004_7df2e0f2d1cf324f"]
    assert bbc.title_derived and bbc.title.startswith("Belarus has freed 123 prisoners")
    dw = sources["003_0f156859665e8b4b"]
    assert not dw.title_derived and dw.title == "Belarus releases political prisoners including Nobel winner"


def test_an_edited_seed_fails_with_the_hash_message(project):
    seed = project / "seeds" / "004_7df2e0f2d1cf324f.txt"
    seed.write_bytes(seed.read_bytes().replace(b"123 prisoners", b"124 prisoners", 1))
    with pytest.raises(ExplainerError) as err:
        seed_source(seed)
    message = str(err.value)
    assert "004_7df2e0f2d1cf324f.txt" in message and "sha256" in message
    assert "make accept-seeds" in message


def test_a_new_seed_without_a_recorded_hash_is_read_and_an_edited_locked_one_is_not(tmp_path):
    """Dropping in an article with a sidecar that names its outlet is enough; a recorded hash
    that no longer matches still stops the build."""
    import hashlib

    seed = tmp_path / "new.txt"
    seed.write_text("A dam burst on Friday. Nobody was hurt, officials said.\n", encoding="utf-8")
    seed.with_suffix(".yaml").write_text("outlet: The Daily Example\npublished: 2024-03-09\n", encoding="utf-8")
    (source,) = load_sources(tmp_path)
    assert source.outlet == "The Daily Example"
    assert source.sha256 == hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.with_suffix(".yaml").write_text(
        f"outlet: The Daily Example\npublished: 2024-03-09\nsha256: {'ab' * 32}\n", encoding="utf-8"
    )
    with pytest.raises(ExplainerError, match="no longer matches the sha256"):
        load_sources(tmp_path)


@pytest.mark.parametrize(
    "sidecar, expected",
    [
        ("published: 2025-12-13\nsha256: {h}\n", "`outlet:` is required"),
        ("outlet: X\npublished: 2025-12-13\nsha256: 12ab\n", "64 hex digits"),
        ("outlet: X\npublished: 2025-02-30\nsha256: {h}\n", "not a real date"),
        ("outlet: X\npublished: 2025-12-13\nsha256: {h}\noutlett: Y\n", "unknown key 'outlett'"),
        ("outlet: X\npublished: 2025-12-13\nsha256: {h}\nurl: javascript:alert(1)\n", "`url:` must be"),
        ("outlet: [unclosed\npublished: 2025-12-13\n", "check the YAML syntax"),
    ],
)
def test_a_broken_sidecar_is_one_clear_error(project, sidecar, expected):
    import hashlib

    seed = project / "seeds" / "003_0f156859665e8b4b.txt"
    digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.with_suffix(".yaml").write_text(sidecar.format(h=digest), encoding="utf-8")
    with pytest.raises(ExplainerError) as err:
        seed_source(seed)
    assert expected in str(err.value) and "003_0f156859665e8b4b.yaml" in str(err.value)


def test_non_utf8_seed_names_the_file_and_line(tmp_path):
    seed = tmp_path / "bad.txt"
    seed.write_bytes(b"First line.\nSecond \xff line.\n")
    (tmp_path / "bad.yaml").write_text("outlet: X\npublished: 2024-01-01\nsha256: " + __import__("hashlib").sha256(seed.read_bytes()).hexdigest())
    with pytest.raises(ExplainerError) as err:
        load_sources(tmp_path)
    assert "bad.txt:2:" in str(err.value) and "UTF-8" in str(err.value)


def test_missing_sidecar_fails_and_the_previous_output_is_left_intact(project):
    first = run_build(project)
    assert first.returncode == 0, first.stderr
    before = {p: p.read_bytes() for p in (project / "output").rglob("*") if p.is_file()}
    (project / "seeds" / "002_25f6ded758b2df7f.yaml").unlink()
    second = run_build(project)
    assert second.returncode == 1
    assert "Traceback" not in second.stderr
    assert "002_25f6ded758b2df7f.yaml: missing sidecar" in second.stderr.splitlines()[0]
    after = {p: p.read_bytes() for p in (project / "output").rglob("*") if p.is_file()}
    assert after == before
