"""One reader for the editor's YAML files: sidecars, timeline.yaml and claims.yaml refuse the
same things with the same one line (file, line, what to do)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

import explainer
from explainer.base.errors import ExplainerError
from explainer.base.yamlfile import MAX_DEPTH, MAX_YAML_BYTES, load_yaml, read_yaml
from explainer.extract.sources import read_sidecar
from explainer.findings.timeline.plan import read_plan
from explainer.site.outlets import answer_claims, load_claims

BOMB = (
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
    + "j: [*i, *i, *i, *i, *i, *i, *i, *i, *i]\n"
)


def refusal(path, text, read=load_yaml) -> ExplainerError:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExplainerError) as err:
        read(path)
    assert "\n" not in str(err.value) and "; " in str(err.value)
    return err.value


def test_values_dates_as_text_and_lines(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("a: 1\nwhen: 2025-12-13\nitems:\n  - name: x\n    hide: yes\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 1, "when": "2025-12-13", "items": [{"name": "x", "hide": True}]}
    data = load_yaml(path, line_key="__line__")
    assert data["__line__"] == 1 and data["items"][0]["__line__"] == 4
    document = read_yaml(path)
    assert [document.line(key) for key, _ in document.root.value] == [1, 2, 3]


def test_an_empty_file_is_none(tmp_path):
    (tmp_path / "f.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert load_yaml(tmp_path / "f.yaml") is None


@pytest.mark.parametrize("text, line, says", [
    ("a: 1\nb: 2\na: 3\n", 3, "`a:` appears twice"),
    ("items:\n  - a: 1\n    a: 2\n", 3, "`a:` appears twice"),
    ("a: !!python/object/apply:os.system [\"touch pwned\"]\n", 1, "YAML tag '!!python/object/apply:os.system'"),
    ("a: !custom x\n", 1, "YAML tag '!custom'"),
    ("a: &x [1, 2]\nb: *x\n", 2, "aliases"),
    ("a: &x {k: 1}\nb:\n  <<: *x\n", 3, "aliases"),
    ("a: &x [*x]\n", 1, "aliases"),
    (BOMB, 2, "aliases"),
    ("a: [unclosed\nb: 2\n", 2, "check the YAML syntax"),
    ("a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n", 1, f"more than {MAX_DEPTH} levels"),
])
def test_what_is_refused_is_named_with_its_line(tmp_path, text, line, says):
    started = time.perf_counter()
    err = refusal(tmp_path / "f.yaml", text)
    assert time.perf_counter() - started < 2
    assert err.line == line and says in err.message, str(err)


def test_deep_nesting_is_refused_not_a_crash(tmp_path):
    err = refusal(tmp_path / "f.yaml", "a: " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert "levels" in err.message


def test_size_and_encoding_are_checked(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("notes: '" + "x" * MAX_YAML_BYTES + "'\n", encoding="utf-8")
    with pytest.raises(ExplainerError, match="larger than"):
        load_yaml(path)
    path.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(ExplainerError, match="not UTF-8") as err:
        load_yaml(path)
    assert err.value.line == 2
    with pytest.raises(ExplainerError, match="not a regular file"):
        load_yaml(tmp_path)


# --- the three files, each through the one reader ----------------------------------------------


def test_a_sidecar_names_an_unknown_key_before_reading_its_values(tmp_path):
    err = refusal(tmp_path / "s.yaml", "outlet: Reuters\npublished: 2025-12-13\n" + BOMB, read_sidecar)
    assert err.line == 3 and "unknown key 'a'" in err.message


def test_a_sidecar_refuses_an_alias_in_a_known_key(tmp_path):
    err = refusal(tmp_path / "s.yaml", "outlet: &o Reuters\ntitle: *o\npublished: 2025-12-13\n", read_sidecar)
    assert err.line == 2 and "aliases" in err.message


def test_timeline_yaml_refuses_a_duplicate_key_an_alias_and_a_tag(tmp_path, story):
    def read(path):
        return read_plan(path, story.source_map, None)

    err = refusal(tmp_path / "t.yaml", "events:\n  - cite: 002 \"x\"\n    label: A\n    label: B\n", read)
    assert err.line == 4 and "twice" in err.message
    err = refusal(tmp_path / "t.yaml", "topics:\n  - name: A\n    words: &w [a, b]\n  - name: B\n    words: *w\n", read)
    assert err.line == 5 and "aliases" in err.message
    err = refusal(tmp_path / "t.yaml", "topics:\n  - name: !!python/name:os.system\n", read)
    assert err.line == 2 and "YAML tag" in err.message


def test_timeline_yaml_alias_bomb_is_refused_at_once(tmp_path, story):
    started = time.perf_counter()
    text = "topics:\n  - name: A\n    words: [" + ", ".join(["*i"] * 9) + "]\n"
    err = refusal(tmp_path / "t.yaml", BOMB + text, lambda p: read_plan(p, story.source_map, None))
    assert "aliases" in err.message and time.perf_counter() - started < 2


def test_claims_yaml_refuses_a_duplicate_key_and_a_tag(tmp_path):
    err = refusal(tmp_path / "c.yaml", "- question: Where?\n  words: [a]\n  words: [b]\n", load_claims)
    assert err.line == 3 and "twice" in err.message
    err = refusal(tmp_path / "c.yaml", "- question: Where?\n  words: !!python/object/apply:os.system [x]\n",
                  load_claims)
    assert err.line == 2 and "YAML tag" in err.message


# --- the editor's patterns run in linear time ------------------------------------------------------


def test_a_catastrophic_pattern_runs_in_linear_time(tmp_path, story):
    path = tmp_path / "c.yaml"
    path.write_text("- question: Only words?\n  patterns: ['^(\\w+\\s?)+$']\n", encoding="utf-8")
    (rule,) = load_claims(path)
    assert rule.patterns[0].search("Only words here") is not None
    # Python's re has 2^20000 ways to fail on this sentence: in a process of its own, stopped if slow.
    search = ("import sys; from explainer.site.outlets import load_claims; (rule,) = load_claims(sys.argv[1]); "
              "assert rule.patterns[0].search('word ' * 20000 + '!') is None")
    plugins = str(Path(explainer.__file__).parent.parent)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", search, str(path)], check=True, timeout=30, env={"PYTHONPATH": plugins})
    answer_claims(story, [rule])
    assert time.perf_counter() - started < 10


def test_patterns_keep_pythons_meaning_of_letters_any_case(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("- question: Who?\n  patterns: ['Łukasz\\w*', '\\d+ prisoners', 'a\\sb', '[\\w-]+ski']\n",
                    encoding="utf-8")
    (rule,) = load_claims(path)
    name, number, space, surname = rule.patterns
    assert name.search("Then ŁUKASZEWICZ spoke").group(0) == "ŁUKASZEWICZ" and number.search("١٢٣ prisoners")
    assert space.search("a\u00a0b") and surname.search("Bia\u0142-iatski").group(0) == "Bia\u0142-iatski"


@pytest.mark.parametrize("pattern, says", [
    ("(\\w+) \\1", "back-references"),
    ("(?<=envoy )said", "look-arounds"),
    ("(unclosed", "not a valid regular expression"),
    ("\\bŁukasz", "word edges know only the letters a to z"),
])
def test_a_pattern_that_cannot_run_in_linear_time_is_refused_at_its_line(tmp_path, pattern, says):
    text = f"- question: Where?\n  patterns:\n    - 'taken to'\n    - '{pattern}'\n"
    err = refusal(tmp_path / "c.yaml", text, load_claims)
    assert err.line == 4 and says in err.message and repr(pattern) in err.message
