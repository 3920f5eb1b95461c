"""Editorial pages follow Pelican's conventions (Status, Date, Modified, Summary, Slug and the
MARKDOWN setting), and the method page is the plugin's own text plus the editor's particulars."""

from pathlib import Path

import pytest

from conftest import EXAMPLE, run_build
from explainer.base.errors import ExplainerError
from explainer.settings import explainer_settings
from explainer.site.pages import build_pages


def content(tmp_path: Path, pages: dict[str, str], index: str | None = None) -> Path:
    folder = tmp_path / "content"
    (folder / "pages").mkdir(parents=True)
    for name, text in pages.items():
        (folder / "pages" / name).write_text(text, encoding="utf-8")
    if index is not None:
        (folder / "index.md").write_text(index, encoding="utf-8")
    return folder


def pages_of(folder: Path, story, **settings):
    return build_pages(explainer_settings({"PATH": str(folder), **settings}), story)


def by_save_as(pages):
    return {page.save_as: page for page in pages}


def nav_keys(pages):
    from explainer.site.pages import navigation

    return [item.key for item in navigation(pages)]


def test_a_draft_is_previewed_in_the_editors_build_and_absent_from_the_published_one(tmp_path, story):
    folder = content(tmp_path, {"about.md": "Title: About\nStatus: draft\n\nNot yet.\n"})
    editor = by_save_as(pages_of(folder, story))
    assert "drafts/about.html" in editor and "about.html" not in editor
    assert "about" not in nav_keys(editor.values())
    published = by_save_as(pages_of(folder, story, EXPLAINER_SOURCE_TEXT="cited"))
    assert not any("about" in save_as for save_as in published)


def test_a_hidden_page_is_published_but_not_listed(tmp_path, story):
    folder = content(tmp_path, {"about.md": "Title: About\nStatus: hidden\n\nHere.\n",
                                "team.md": "Title: Team\n\nUs.\n"})
    pages = by_save_as(pages_of(folder, story, EXPLAINER_SOURCE_TEXT="cited"))
    assert "about.html" in pages and "team.html" in pages
    keys = nav_keys(pages.values())
    assert "team" in keys and "about" not in keys


def test_an_unknown_status_names_the_file_and_line(tmp_path, story):
    folder = content(tmp_path, {"about.md": "Title: About\nStatus: secret\n\nHere.\n"})
    with pytest.raises(ExplainerError) as err:
        pages_of(folder, story)
    assert "about.md:2:" in str(err.value) and "published, hidden, draft" in str(err.value)


def test_date_and_modified_are_read_and_a_bad_one_names_its_line(tmp_path, story):
    folder = content(tmp_path, {"about.md": "Title: About\nDate: 2026-03-02 10:20\nModified: 2026-04-05\n\nHere.\n"})
    page = by_save_as(pages_of(folder, story))["about.html"]
    editorial = page.values["editorial"]
    assert (editorial.date.isoformat(), editorial.modified.date().isoformat()) == ("2026-03-02T10:20:00", "2026-04-05")
    (folder / "pages" / "about.md").write_text("Title: About\nSummary: s\nDate: last Tuesday\n\nHere.\n", encoding="utf-8")
    with pytest.raises(ExplainerError) as err:
        pages_of(folder, story)
    assert "about.md:3:" in str(err.value) and "YYYY-MM-DD" in str(err.value)


def test_the_summary_is_the_pages_description(tmp_path, story):
    folder = content(tmp_path, {"about.md": "Title: About\nSummary: Who we are.\n\nHere.\n"})
    assert by_save_as(pages_of(folder, story))["about.html"].description == "Who we are."


@pytest.mark.parametrize("name", ["people.md", "sources.md", "timeline.md", "outlets.md"])
def test_a_page_named_like_a_site_page_is_refused_with_its_file(tmp_path, story, name):
    folder = content(tmp_path, {name: "Title: Mine\n\nHere.\n"})
    with pytest.raises(ExplainerError) as err:
        pages_of(folder, story)
    assert name in str(err.value) and "rename the file" in str(err.value)


def test_a_page_named_index_would_replace_the_front_page_and_is_refused(tmp_path, story):
    folder = content(tmp_path, {"index.md": "Title: Mine\n\nHere.\n"}, index="Title: Front\n\nThe story.\n")
    with pytest.raises(ExplainerError) as err:
        pages_of(folder, story)
    assert "pages/index.md" in str(err.value) and "front page" in str(err.value)


def test_a_slug_cannot_leave_the_output_folder(tmp_path, story):
    folder = content(tmp_path, {"about.md": "Title: About\nSlug: ../../etc/x\n\nHere.\n"})
    with pytest.raises(ExplainerError) as err:
        pages_of(folder, story)
    assert "about.md:2:" in str(err.value)


def test_the_markdown_setting_applies_to_editorial_pages(tmp_path, story):
    folder = content(tmp_path, {"about.md": "Title: About\n\n## A heading\n\nText.\n"})
    plain = by_save_as(pages_of(folder, story))["about.html"].values["document"]
    toc = {"extension_configs": {"markdown.extensions.toc": {}}, "output_format": "html5"}
    with_toc = by_save_as(pages_of(folder, story, MARKDOWN=toc))["about.html"].values["document"]
    html = "".join(s.html for s in with_toc.body)
    assert '<h2 id="a-heading">' in html
    assert 'id="a-heading"' not in "".join(s.html for s in plain.body)
    # the plugin's own extensions stay: typographic quotes (smarty) whatever the setting says
    (folder / "pages" / "about.md").write_text('Title: About\n\n"Quoted"\n', encoding="utf-8")
    quoted = by_save_as(pages_of(folder, story, MARKDOWN=toc))["about.html"].values["document"]
    assert "\u201cQuoted\u201d" in "".join(s.html for s in quoted.body)


def test_the_method_page_is_built_without_an_editors_file(tmp_path, story):
    folder = content(tmp_path, {})
    page = by_save_as(pages_of(folder, story))["method.html"]
    assert page.template == "method" and page.values["document"] is None
    assert page.values["source_count"] == len(story.sources)


def test_the_method_page_carries_the_editors_particulars(tmp_path, story):
    folder = content(tmp_path, {"method.md": "Title: How we work\n\nWrite to us at desk@example.org.\n"})
    pages = by_save_as(pages_of(folder, story))
    page = pages["method.html"]
    assert page.title == "How we work"
    assert "desk@example.org" in "".join(s.html for s in page.values["document"].body)
    assert sum(1 for p in pages.values() if p.save_as == "method.html") == 1


def test_a_published_correction_is_logged_on_the_method_page(project):
    (project / "content" / "corrections.yaml").write_text(
        '- not_a_count: 004 "five years ago"\n'
        "  published: 2026-11-30\n"
        "  note: The years since the election are not a count.\n"
        '- speaker: 004 "the decision to send them to Ukraine was unexpected"\n'
        "  is: sviatlana-tsikhanouskaya\n",
        encoding="utf-8",
    )
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    html = (project / "output" / "method.html").read_text(encoding="utf-8")
    log = html[html.index('class="corrections-log"'):]
    log = log[: log.index("</ul>")]
    assert 'datetime="2026-11-30"' in log and "The years since the election are not a count." in log
    assert log.count("<li>") == 1  # the entry without `published:` is a correction, not a logged one


def test_the_example_method_page_has_the_plugins_text_and_the_editors(site):
    html = (site / "method.html").read_text(encoding="utf-8")
    editor = (EXAMPLE / "content" / "pages" / "method.md").read_text(encoding="utf-8")
    assert "## How the sources were gathered" in editor and "How the sources were gathered</h2>" in html
    assert 'id="cautious"' in html and 'id="corrections"' in html


def test_a_page_named_404_is_refused_in_the_published_build(project):
    (project / "content" / "pages" / "404.md").write_text("Title: Lost\n\nHere.\n", encoding="utf-8")
    result = run_build(project, "publishconf.py")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "content/pages/404.md" in result.stderr and "404.html" in result.stderr
