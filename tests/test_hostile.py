"""Hostile and broken input, and the static defences of every page the site writes.

The editor is not a programmer and the seeds are text copied from the web, so anything may
arrive: empty files, images saved as `.txt`, other encodings, markup, template syntax, URLs that
run code. Each case in `tests/hostile/*.yaml` describes one such input as data (what to change
in a copy of the real project, and what must happen), and one test runs them all as the editor
would: `python -m explainer.build` in a subprocess. A case either builds, with the hostile text
shown as text and never as markup, or stops with exit code 1 and one line naming the file (and
line) and what to do -- no traceback -- with the previous `output/` left byte for byte as it was.

The static checks at the end hold for every page of both real builds and of every hostile
build: a Content-Security-Policy that allows no script, no inline script or event handler, no
`javascript:`/`data:` address, and `rel="noopener noreferrer"` on every link leaving the site.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
import re
import shutil
import socket
import stat
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import html5lib
import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import copy_project, run_build
from linkcheck import citation_problems, link_problems, parse_site

CASES_DIR = Path(__file__).parent / "hostile"
CASES = sorted(CASES_DIR.glob("*.yaml"))
# `path:line: what is wrong; what to do` -- the one line an editor reads.
ERROR_LINE = re.compile(r"^error: (?P<file>[^:]+?)(?::(?P<line>\d+))?: (?P<what>[^;]+); (?P<todo>.+)$")
WARNING_LINE = re.compile(r"^WARNING: \[explainer\] \S+: .+$")
UNCHANGED_LINE = re.compile(r"^error: the site was not rebuilt; .+ is unchanged$")


def load_case(path: Path) -> dict:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert {"why", "expect"} <= set(case), f"{path.name}: a case needs `why:` and `expect:`"
    return case


def test_the_corpus_holds_at_least_twenty_bad_inputs():
    assert len(CASES) >= 20


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    """A real build of the real project: the `output/` a failed build must leave untouched."""
    project = copy_project(tmp_path_factory.mktemp("baseline") / "project")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project / "output"


@pytest.mark.parametrize("case_file", CASES, ids=[p.stem for p in CASES])
def test_hostile_input_builds_inert_or_stops_with_one_clear_line(case_file, baseline, tmp_path, monkeypatch):
    case = load_case(case_file)
    project = copy_project(tmp_path / "project")
    shutil.copytree(baseline, project / "output")
    before = snapshot(project / "output")
    apply_case(case, project)
    if "seconds" in case["expect"]:  # an input that could hang the build: stopped and failed after that
        monkeypatch.setattr(subprocess, "run", functools.partial(subprocess.run, timeout=case["expect"]["seconds"]))

    result = run_build(project)

    assert "Traceback" not in result.stderr + result.stdout
    expect = case["expect"]
    if expect["status"] == "refused":
        assert result.returncode == 1, f"expected a clear refusal, got {result.returncode}: {result.stderr}"
        # Warnings about the real seeds may come first: one line per problem, each its own.
        lines = [line for line in result.stderr.splitlines() if not WARNING_LINE.match(line)]
        assert len(lines) == 2 and UNCHANGED_LINE.match(lines[1]), result.stderr
        problem = lines[0]
        found = ERROR_LINE.match(problem)
        assert found, f"not `error: path[:line]: what is wrong; what to do`: {problem}"
        assert found["file"] == expect["file"], problem
        assert found["line"] == (str(expect["line"]) if "line" in expect else None), problem
        assert expect["says"] in problem, problem
        assert snapshot(project / "output") == before, "a refused build changed output/"
        assert not [p.name for p in project.iterdir() if p.name.startswith(".output")], "staging left behind"
    else:
        assert expect["status"] == "built", f"{case_file.name}: status is `built` or `refused`"
        assert result.returncode == 0, result.stderr
        output = project / "output"
        pages = parse_site(output)
        for check in expect.get("inert", []):
            soup = pages[(output / check["page"]).resolve()].soup
            shown = " ".join(soup.get_text(" ").split())
            for text in check["shows"]:
                assert " ".join(text.split()) in shown, f"{check['page']} does not show {text!r} as text"
        if "same_sentences_as_baseline" in expect:
            page = expect["same_sentences_as_baseline"]
            ids = [s["id"] for s in pages[(output / page).resolve()].soup.select("span.sentence")]
            old = BeautifulSoup((baseline / page).read_text(encoding="utf-8"), "html.parser")
            assert ids and ids == [s["id"] for s in old.select("span.sentence")]
        assert defence_problems(output, pages) == []
        assert link_problems(output, pages) == []
        assert citation_problems(output, pages) == []


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def apply_case(case: dict, project: Path) -> None:
    """Change the copy of the project as the case says, in a fixed order: a seed, files written,
    appended to, deleted, renamed and copied, then links (`link: {name: where it leads}`),
    special files (`make: {name: folder | fifo | socket | device}`) and modes (`chmod`)."""
    if case.get("skip_as_root") and os.geteuid() == 0:
        pytest.skip(f"as root: {case['skip_as_root']}")
    if "seed" in case:
        write_seed(case["seed"], project / "seeds")
    for name, text in (case.get("write") or {}).items():
        target = project / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for name, addition in (case.get("append") or {}).items():
        target = project / name
        target.write_text(target.read_text(encoding="utf-8") + addition, encoding="utf-8")
    for name in case.get("delete") or []:
        (project / name).unlink()
    for old, new in (case.get("rename") or {}).items():
        (project / old).rename(project / new)
    for old, new in (case.get("copy") or {}).items():
        if (project / new).exists():  # a file system that ignores letter case: it is the same file
            pytest.skip(f"{new} and {old} are one file here")
        shutil.copyfile(project / old, project / new)
    for name, target in (case.get("link") or {}).items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, project / name)
    for name, kind in (case.get("make") or {}).items():
        make_special(project / name, kind)
    for name, mode in (case.get("chmod") or {}).items():
        (project / name).chmod(mode)


def make_special(path: Path, kind: str) -> None:
    """A file that is not a regular file, under a name the build reads."""
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":  # bound by its short name: a socket's whole path may not pass 107 bytes
        here = os.getcwd()
        os.chdir(path.parent)
        try:
            with socket.socket(socket.AF_UNIX) as server:
                server.bind(path.name)
        finally:
            os.chdir(here)
    elif kind == "device":
        try:
            os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
        except PermissionError:
            pytest.skip("making a device needs root")
    else:
        raise AssertionError(f"make: {kind} is folder, fifo, socket or device")


def write_seed(spec: dict, seeds: Path) -> None:
    """A seed (new, or replacing a real one) and its sidecar recording the right sha256."""
    raw = seed_bytes(spec, seeds)
    text_path = seeds / f"{spec['id']}.txt"
    text_path.write_bytes(raw)
    digest = hashlib.sha256(raw).hexdigest()
    sidecar = text_path.with_suffix(".yaml")
    if "sidecar_text" in spec:
        text = spec["sidecar_text"].replace("{sha256}", digest)
        sidecar.write_bytes(text.encode(spec.get("sidecar_encoding", "utf-8")))
    elif spec.get("sidecar") == "keep":  # the real sidecar, with the new text's hash recorded
        kept = sidecar.read_text(encoding="utf-8")
        sidecar.write_text(re.sub(r"(?m)^sha256:.*$", f"sha256: {digest}", kept), encoding="utf-8")
    elif spec.get("sidecar", {}) is None:
        sidecar.unlink(missing_ok=True)
    else:
        fields = {"outlet": "Hostile Outlet", "published": "2025-12-13", **(spec.get("sidecar") or {})}
        fields.setdefault("sha256", digest)
        sidecar.write_text(yaml.safe_dump(fields, allow_unicode=True, sort_keys=False), encoding="utf-8")


def seed_bytes(spec: dict, seeds: Path) -> bytes:
    if "hex" in spec:
        return bytes.fromhex(spec["hex"])
    if "base64" in spec:
        return base64.b64decode(spec["base64"])
    text = (seeds / f"{spec['from']}.txt").read_text(encoding="utf-8") if "from" in spec else ""
    text += spec.get("text", "")
    if "grow_to_mb" in spec:
        text = grow(text, spec["grow_to_mb"])
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
    raw = text.encode(spec.get("encoding", "utf-8"))
    return (b"\xef\xbb\xbf" + raw) if spec.get("bom") else raw


def grow(text: str, megabytes: float) -> str:
    """The paragraphs of a real seed, numbered so none is a repeat, up to the given size."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    out, size, number = [], 0, 0
    while size < megabytes * 1024 * 1024:
        paragraph = f"{paragraphs[number % len(paragraphs)]} (copy {number}.)\n\n"
        out.append(paragraph)
        size += len(paragraph.encode("utf-8"))
        number += 1
    return "".join(out)


# --- The static defences -------------------------------------------------------------------

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href")
# Attributes that make the browser fetch (or report to) their address as the page is shown or
# used: none may leave the site.
FETCHING_ATTRIBUTES = ("src", "srcset", "poster", "data", "action", "formaction", "ping", "background")
FORBIDDEN_TAGS = ("script", "iframe", "frame", "object", "embed", "form", "base")


def browser_tree(path: Path):
    """A page as a browser builds it: html5lib follows the WHATWG parsing algorithm, with
    scripting on as in Chromium (where <noscript> holds raw text). Python's html.parser reads
    `<noscript>`, `<xmp>`, `<title>`, `<!-->` or `<![CDATA[` otherwise, and would miss what a
    browser makes of them."""
    return html5lib.parse(path.read_text(encoding="utf-8"), treebuilder="etree", namespaceHTMLElements=False,
                          scripting=True)


def defence_problems(root: Path, pages=None) -> list[str]:
    """What a page must never carry, whatever the input: see the module docstring."""
    pages = pages or parse_site(root)
    problems = []
    for page in pages.values():
        where = str(page.path.relative_to(root))
        tree = browser_tree(page.path)
        problems += [f"{where}: {p}" for p in _csp_problems(tree)]
        for tag in tree.iter():
            if not isinstance(tag.tag, str):  # a comment
                continue
            if tag.tag in FORBIDDEN_TAGS and not _is_data_block(tag):
                problems.append(f"{where}: <{tag.tag}> element")
            for name, value in tag.attrib.items():
                name = name.rsplit("}", 1)[-1].lower()  # xlink:href arrives namespaced
                parts = urlsplit(str(value).strip())
                if name.startswith("on"):
                    problems.append(f"{where}: inline event handler {name}= on <{tag.tag}>")
                elif name == "style":
                    problems.append(f"{where}: inline style on <{tag.tag}> (the CSP blocks it)")
                elif name in URL_ATTRIBUTES and parts.scheme.lower() not in ("", "http", "https", "mailto"):
                    problems.append(f"{where}: {parts.scheme.lower()}: address in {name}= on <{tag.tag}>")
                elif name in FETCHING_ATTRIBUTES and (parts.scheme or parts.netloc or name == "ping"):
                    problems.append(f"{where}: {name}= on <{tag.tag}> loads from elsewhere ({value})")
            if tag.tag == "a" and tag.get("href") is not None:
                parts = urlsplit(tag.get("href").strip())
                if parts.scheme in ("http", "https") or parts.netloc:
                    if not {"noopener", "noreferrer"} <= set(tag.get("rel", "").split()):
                        problems.append(f"{where}: {tag.get('href')} leaves the site without rel=\"noopener noreferrer\"")
    return problems


def _is_data_block(tag) -> bool:
    """JSON-LD for search engines is data, never run; it must not be able to close its tag."""
    if tag.tag != "script" or tag.get("type") != "application/ld+json" or tag.attrib.keys() - {"type"} or len(tag):
        return False
    text = tag.text or ""
    try:
        json.loads(text)
    except ValueError:
        return False
    return "<" not in text


def _csp_problems(tree) -> list[str]:
    head = tree.find("head")
    metas = [m for m in tree.iter("meta") if m.get("http-equiv", "").lower() == "content-security-policy"]
    if len(metas) != 1 or head is None or metas[0] not in list(head):
        return ["no single Content-Security-Policy meta in <head>"]
    policy = {}
    for directive in metas[0].get("content", "").split(";"):
        name, *values = directive.split() or [""]
        policy[name.lower()] = values
    script = policy.get("script-src", policy.get("default-src"))
    problems = []
    if script != ["'none'"]:
        problems.append(f"script-src is {script}, not 'none'")
    if policy.get("default-src") != ["'none'"]:
        problems.append("default-src is not 'none'")
    for name, values in policy.items():
        if any(v.startswith(("http:", "https:", "data:", "*")) or "unsafe" in v or "." in v for v in values):
            problems.append(f"{name} allows {values}")
    return problems


@pytest.mark.parametrize("which", ["site", "published_site"])
def test_no_page_can_run_script_or_load_from_elsewhere(which, request):
    root = request.getfixturevalue(which)
    pages = parse_site(root)
    assert len(pages) >= 2
    assert defence_problems(root, pages) == []


def test_the_defence_check_catches_what_it_must(tmp_path):
    """The checker itself can fail: a page with each forbidden thing is reported for each."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; script-src 'self' 'unsafe-inline'\"></head><body>"
        '<script>alert(1)</script><a href="x.html" onclick="alert(1)">x</a>'
        '<a href="https://example.org/">out</a><a href="javascript:alert(1)">js</a>'
        '<p style="color:red">red</p></body></html>',
        encoding="utf-8",
    )
    found = "\n".join(defence_problems(tmp_path))
    for expected in ("script-src is", "unsafe-inline", "<script>", "onclick=", "without rel=",
                     "javascript: address", "inline style"):
        assert expected in found, expected


# Markup that Python's html.parser and a browser read differently: each hides, from the first,
# an <img onerror> that Chromium builds.
PARSER_DIFFERENCES = {
    "noscript": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "xmp": '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>',
    "noembed": '<noembed><p title="</noembed><img src=x onerror=alert(1)>"></noembed>',
    "noframes": '<noframes><p title="</noframes><img src=x onerror=alert(1)>"></noframes>',
    "textarea": '<textarea><p title="</textarea><img src=x onerror=alert(1)>"></textarea>',
    "title": '<title><p title="</title><img src=x onerror=alert(1)>"></title>',
    "abrupt comment": "<!--><img src=x onerror=alert(1)>-->",
    "cdata": "<![CDATA[><img src=x onerror=alert(1)>]]>",
}


@pytest.mark.parametrize("payload", PARSER_DIFFERENCES.values(), ids=PARSER_DIFFERENCES.keys())
def test_the_defence_check_reads_pages_as_a_browser_does(payload, tmp_path):
    (tmp_path / "index.html").write_text(
        '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" '
        f"content=\"default-src 'none'\"></head><body><p>Text.</p>{payload}</body></html>",
        encoding="utf-8",
    )
    assert "inline event handler onerror= on <img>" in "\n".join(defence_problems(tmp_path))


def test_the_defence_check_catches_loads_from_elsewhere(tmp_path):
    (tmp_path / "index.html").write_text(
        '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'\"></head><body><img src=\"https://tracker.example/p.gif\" alt=\"\">"
        '<video src="//cdn.example/v.mp4"></video><a href="x.html" ping="https://tracker.example/">x</a>'
        "</body></html>",
        encoding="utf-8",
    )
    found = "\n".join(defence_problems(tmp_path))
    for expected in ("src= on <img>", "src= on <video>", "ping= on <a>"):
        assert expected in found, expected
