"""Citations in the editor's Markdown are checked word for word at build time."""

from pathlib import Path

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


def test_a_misquote_fails_naming_the_file_and_line(tmp_path, story, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where the editor ran `make`: the file is named as they would type it
    page = write(tmp_path / "p.md", "Title: T\n\nFirst paragraph.\n\nHe said [cite 004 \"more and more sanctions will be dropped\"].\n")
    with pytest.raises(ExplainerError) as err:
        read_document(page, story.source_map)
    assert str(err.value).startswith("p.md:5: misquote: 'more and more sanctions will be dropped'"), str(err.value)


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


# --- editorial HTML by allow-list ----------------------------------------------------------

from explainer.extract.editorial import checked_html  # noqa: E402


def checked(markdown_body: str) -> str:
    from explainer.extract.editorial import markdown_converter

    body = "\n" + markdown_body + "\n"
    return checked_html(Path("content/pages/p.md"), body, 2, markdown_converter().convert(body))


def test_what_editorial_pages_need_passes_the_allow_list(tmp_path, story):
    page = write(tmp_path / "p.md", (
        "Title: T\n\n## Heading\n\n*Some* **words**, `code` and a [link](people.html), "
        "an [outbound one](https://example.org/) and <mailto:editor@example.org>.\n\n"
        "> A quotation [quote 004 \"more and more sanctions will be lifted\"].\n\n"
        "1. one\n2. two\n\n| left | right |\n|:--|--:|\n| a | b |\n\nA note[^1].\n\n[^1]: The note.\n"
    ))
    document = read_document(page, story.source_map)
    html = "".join(segment.html for segment in document.body)
    for kept in ("<h2>", "<em>Some</em>", "<strong>words</strong>", "<code>code</code>", '<a href="people.html">',
                 '<a href="https://example.org/" rel="noopener noreferrer">', "<blockquote>", "<ol>",
                 '<td align="right">b</td>', 'href="#fn:1"', 'id="fn:1"'):
        assert kept in html, kept
    # The citation's place survives the sanitiser: in the quotation, after its words.
    at = next(i for i, segment in enumerate(document.body) if segment.citation)
    assert document.body[at - 1].html.endswith("<blockquote>\n<p>A quotation ")


@pytest.mark.parametrize("markdown_body, says", [
    ('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', "<noscript>"),
    ('<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>', "<xmp>"),
    ('<noembed><p title="</noembed><img src=x onerror=alert(1)>"></noembed>', "<noembed>"),
    ('<noframes><p title="</noframes><img src=x onerror=alert(1)>"></noframes>', "<noframes>"),
    ('<textarea><p title="</textarea><img src=x onerror=alert(1)>"></textarea>', "<textarea>"),
    ('<title><p title="</title><img src=x onerror=alert(1)>"></title>', "<title>"),
    ("<!--><img src=x onerror=alert(1)>-->", "HTML comment"),
    ("<![CDATA[><img src=x onerror=alert(1)>]]>", "<![CDATA["),
    ('<img src="https://tracker.example/p.gif" alt="">', "<img>"),
    ('<video src="https://cdn.example/v.mp4"></video>', "<video>"),
    ('<audio src="https://cdn.example/a.mp3"></audio>', "<audio>"),
    ('<a href="https://example.org/" ping="https://tracker.example/">x</a>', "ping="),
    ('<a href="x.html" onclick="alert(1)">x</a>', "onclick="),
    ('<svg><a xlink:href="javascript:alert(1)">x</a></svg>', "<svg>"),
    ('<p title="a" title="b">Text</p>', "browsers read differently"),
])
def test_what_the_allow_list_would_remove_stops_the_build_with_its_line(markdown_body, says):
    with pytest.raises(ExplainerError) as err:
        checked("Some text.\n\n" + markdown_body)
    message = str(err.value)
    assert err.value.line == 5 and says in message and "is not allowed in editorial text" in message
    assert "\n" not in message


def test_nothing_the_allow_list_lacks_reaches_the_page():
    from explainer.extract.editorial import sanitised

    html = sanitised('<p>x<img src="https://t.example/p.gif"><video src="v.mp4"></video>'
                     '<a href="https://e.org/" ping="https://t.example/">y</a><!--><b onclick=1>z</b>--></p>')
    assert "<img" not in html and "<video" not in html and "ping" not in html and "onclick" not in html
