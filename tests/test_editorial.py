"""Citations in the editor's Markdown are checked word for word at build time."""

import pytest

from conftest import run_build
from explainer.base.errors import ExplainerError
from explainer.extract.editorial import read_document


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_quote_marks_dashes_and_case_do_not_make_a_misquote(tmp_path, story):
    page = write(tmp_path / "p.md", "Title: T\n\nHe said [quote 004 \u201cAs relations between the two countries normalise, MORE and more sanctions will be lifted\u201d].\n")
    document = read_document(page, story.source_map)
    [citation] = document.citations
    assert citation.source == "004_7df2e0f2d1cf324f"
    sentence = story.source_map[citation.source].sentence(citation.sentence)
    assert "more and more sanctions will be lifted" in sentence.text


def test_a_misquote_fails_naming_the_file_and_line(tmp_path, story):
    page = write(tmp_path / "p.md", "Title: T\n\nFirst paragraph.\n\nHe said [cite 004 \"more and more sanctions will be dropped\"].\n")
    with pytest.raises(ExplainerError) as err:
        read_document(page, story.source_map)
    assert str(err.value).startswith(f"{page}:5: misquote") or ":5: misquote" in str(err.value)


def test_an_unknown_source_lists_the_known_ones(tmp_path, story):
    page = write(tmp_path / "p.md", "Title: T\n\nX [cite 999 \"Belarus\"].\n")
    with pytest.raises(ExplainerError) as err:
        read_document(page, story.source_map)
    assert ":3:" in str(err.value) and "004_7df2e0f2d1cf324f" in str(err.value)


def test_a_malformed_marker_is_not_silently_shown(tmp_path, story):
    page = write(tmp_path / "p.md", "Title: T\n\nX [cite 004 unquoted words].\n")
    with pytest.raises(ExplainerError) as err:
        read_document(page, story.source_map)
    assert ":3:" in str(err.value)


def test_a_misquote_in_the_front_page_stops_the_build(project):
    index = project / "content" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nExtra [cite 003 \"Lukashenko resigned\"].\n", encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = len(index.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    assert f"content/index.md:{line}: misquote" in result.stderr
