"""`make bench`: how the plugin's build cost grows with the story, against plain Pelican.

For N = 5, 100 and 1,000 articles it generates a synthetic story deterministically -- articles
made by recombining the real seeds' sentences with generated names, dates and numbers, and a
people registry that grows with N -- then builds it with the plugin and builds the same texts as
plain Pelican Markdown articles with no plugin (the baseline). Runs alternate between the two so
that machine noise hits both alike; medians are reported. Both sides run with the same caches
(Pelican's content cache and compiled templates; the plugin's seed and story caches ride on the
first), and each is timed cold (caches emptied, as after a fresh checkout: the target's measure)
and warm (caches filled by the previous build). Each build runs in its own process so that its
peak memory is its own (with that of any child it forks). Each build is also timed as a whole
process, as the editor waits for it at the command line: Python starting, Pelican imported, the
build, the process gone.

For every N it times one cold build's fixed cost (importing the plugin, compiling the theme's
templates), and for the largest N each stage of that build (seconds, not profiler samples).

Honest measures (issue 19):
- every figure is given as wall seconds and CPU seconds (user + system, of the build's process
  and every child it waited for), since a wall figure can lean on a second core;
- the cores free during each size's runs: `os.cpu_count()`, the load average before and after,
  and how many cores other processes kept busy meanwhile (from /proc/stat, less our own CPU);
- beside plain Pelican on the same texts, a **fair baseline**: the same plain Pelican build
  extended with one Markdown page per profile, outlet and source page the plugin writes, holding
  that page's text (taken from the plugin's own output), so both write comparable pages;
- the **devserver loop**: `python -m explainer.devserver` (serving, as `make devserver`) on the
  story, timed from an editor's save to the rebuilt site for one seed, one person file, one
  template (`base.html`, which every page uses: a sentence every page shows, and a Jinja
  comment, which changes no page) and one editorial page changed.

The rebuild after one seed changes is `make html` again over the previous site (a warm build's),
so that pages whose inputs did not change are left as they are.

Usage: python bench/run.py [--sizes 5,100,1000] [--devserver-sizes 100] [--runs 3]
                           [--devserver-runs 3] [--keep DIR] [--json PATH]
Writes bench/results.json (for the default sizes, or to --json) and prints tables.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import json
import os
import queue
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from explainer.extract.sources import load_sources  # noqa: E402

SYLLABLES = "ka lo vi sa na ry ma te lu si ko va di ha ne to ra bu le mi zo an el ia".split()
OUTLET_WORDS = "Daily Morning Evening Free Baltic Northern Central Independent Weekly Voice Herald Post".split()
MONTHS = "January February March April May June July August September October November December".split()
# Issue 19's targets (replacing 1.5x plain Pelican): at 1,000 articles, against plain Pelican on
# the same texts, cold <= 3x wall and <= 4.5x CPU, warm <= 2.5x wall and <= 3x CPU; the devserver
# loop at 1,000 <= 2 s for a seed, 4 s for a person file, 3 s for a template, and every change
# <= 0.5 s at 100; at most 70 KB of output per article at 1,000. Kept from before: linear time,
# memory and page size.
TARGETS = {
    "cold_wall_ratio_at_1000": 3.0, "cold_cpu_ratio_at_1000": 4.5,
    "warm_wall_ratio_at_1000": 2.5, "warm_cpu_ratio_at_1000": 3.0,
    "devserver_seconds_at_1000": {"seed": 2.0, "person": 4.0, "template": 3.0},
    "devserver_seconds_at_100": 0.5,
    "output_kb_per_article_at_1000": 70,
    "growth_100_to_1000": 11.0, "peak_mb_at_1000": 1024, "largest_page_kb_at_1000": 300,
}
SIDES = {"plugin": "pelicanconf.py", "plain": "baselineconf.py", "fair": "fairconf.py"}
OUTPUTS = {"plugin": "out-plugin", "plain": "out-baseline", "fair": "out-fair"}

PLUGIN_SETTINGS = """
import os, runpy
globals().update({{k: v for k, v in runpy.run_path({conf!r}).items() if k.isupper()}})
here = os.path.dirname(os.path.abspath(__file__))
EXPLAINER_SEEDS_PATH = os.path.join(here, "seeds")
EXPLAINER_PEOPLE_PATH = os.path.join(here, "content", "people")
PATH = os.path.join(here, "content")
"""

BASELINE_SETTINGS = """
import os
HERE = os.path.dirname(os.path.abspath(__file__))
SITENAME = "Baseline"
PATH = os.path.join(HERE, {folder!r})
TIMEZONE = "UTC"
RELATIVE_URLS = True
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
# The fair baseline's hundreds of pages listed in every page's menu would make it quadratic.
DISPLAY_PAGES_ON_MENU = False
# The same caches the plugin's settings turn on: Pelican's content cache and compiled templates.
CACHE_PATH = os.path.join(HERE, {cache!r})
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
from jinja2 import FileSystemBytecodeCache
os.makedirs(os.path.join(CACHE_PATH, "templates"), exist_ok=True)
JINJA_ENVIRONMENT = {{"bytecode_cache": FileSystemBytecodeCache(os.path.join(CACHE_PATH, "templates"))}}
"""

CHILD = """
import resource, sys, time
sys.path.insert(0, {plugins!r})
from pelican import Pelican
from pelican.settings import read_settings
import logging
logging.disable(logging.WARNING)

def cpu():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

start, started_cpu = time.perf_counter(), cpu()
Pelican(read_settings({settings!r}, override={{"OUTPUT_PATH": {output!r}}})).run()
print(time.perf_counter() - start, cpu() - started_cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def children_cpu() -> float:
    """CPU seconds (user + system) of every child process this one has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def system_busy() -> float | None:
    """CPU seconds all processes of the machine have spent busy since boot (Linux), or None."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle and waiting for I/O
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class Cores:
    """How many cores were free around a stretch of the benchmark: the load average before and
    after, and the cores other processes kept busy meanwhile (the machine's busy CPU seconds,
    less ours, over the wall seconds)."""

    def __init__(self):
        self.load_before, self.busy, self.ours = os.getloadavg(), system_busy(), children_cpu()
        self.started = time.perf_counter()

    def figures(self) -> dict:
        wall = time.perf_counter() - self.started
        count = os.cpu_count() or 1
        load_after, busy = os.getloadavg(), system_busy()
        others = None
        if self.busy is not None and busy is not None and wall > 0:
            others = max(0.0, (busy - self.busy) - (children_cpu() - self.ours)) / wall
        return {
            "cpu_count": count,
            "load_before": [round(v, 2) for v in self.load_before],
            "load_after": [round(v, 2) for v in load_after],
            "cores_free_before": round(max(0.0, count - self.load_before[0]), 2),
            "cores_free_after": round(max(0.0, count - load_after[0]), 2),
            "cores_busy_with_other_work": None if others is None else round(others, 2),
            "cores_free_during": None if others is None else round(max(0.0, count - others), 2),
            "seconds": round(wall, 1),
        }


# Where a build's time goes: the story's stages as build_story calls them, the generator's
# steps, and rendering (generate_output, which writes the data files alongside). Timed by wrapping each
# function in the child process, so the figures are seconds, not profiler samples.
STAGES = {
    "explainer.story": (
        "keyed_sources", "load_registry", "map_sources", "name_warnings", "align_quotes", "build_events",
        "group_facts", "group_counts", "compare_numbers", "find_continuations",
    ),
    "explainer.generator": ("build_pages", "story_data", "story_tables"),
}
# What the stages are called in the report, where the function's name does not say.
LABELS = {
    "keyed_sources": "keyed_sources (extracting the seeds)",
    "map_sources": "each source's mentions, quotes, dated clauses, counts, facts (per source)",
    "build_events": "build_events (merging dated clauses into events)",
}

CHILD_STAGES = """
import functools, json, sys, time
sys.path.insert(0, {plugins!r})
import logging
logging.disable(logging.WARNING)
from pelican import Pelican
from pelican.settings import read_settings
import importlib
spent = {{}}

def timed(name, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
    return wrapper

# What every cold build pays whatever the story's size: importing the plugin, and compiling the
# theme (every template compiled, by the plugin's environment or Pelican's, lazily included ones too).
import jinja2
started = time.perf_counter()
importlib.import_module("explainer")
fixed = {{"importing the plugin": time.perf_counter() - started, "compiling the theme's templates": 0.0}}
compile_template = jinja2.Environment.compile

def timed_compile(*args, **kwargs):
    started = time.perf_counter()
    try:
        return compile_template(*args, **kwargs)
    finally:
        fixed["compiling the theme's templates"] += time.perf_counter() - started

jinja2.Environment.compile = timed_compile
for module_name, names in {stages!r}.items():
    module = importlib.import_module(module_name)
    for name in names:
        setattr(module, name, timed(name, getattr(module, name)))
generator = importlib.import_module("explainer.generator").ExplainerGenerator
for name in ("generate_context", "generate_output"):
    setattr(generator, name, timed(name, getattr(generator, name)))
start = time.perf_counter()
Pelican(read_settings({settings!r}, override={{"OUTPUT_PATH": {output!r}}})).run()
spent["total"] = time.perf_counter() - start
print(json.dumps({{"stages": spent, "fixed": fixed}}))
"""


def stage_seconds(settings: Path, output: Path) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds per stage of one cold plugin build, largest first, with what is left over; and
    its fixed cost (importing the plugin, compiling the theme), which no story size changes.

    Cold, because a warm build reads the Story back and skips most stages.
    """
    if output.exists():
        shutil.rmtree(output)
    shutil.rmtree(settings.parent / CACHES[settings.name], ignore_errors=True)
    code = CHILD_STAGES.format(plugins=str(ROOT / "plugins"), stages=STAGES, settings=str(settings), output=str(output))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=settings.parent, env=env)
    if result.returncode != 0:
        raise SystemExit(f"stage timing failed:\n{result.stderr[-2000:]}")
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    spent, fixed = measured["stages"], measured["fixed"]
    story = sum(spent.get(name, 0.0) for name in STAGES["explainer.story"])
    steps = {LABELS.get(name, name): spent.get(name, 0.0) for names in STAGES.values() for name in names}
    steps["the rest of collecting"] = spent["generate_context"] - story - sum(
        spent.get(name, 0.0) for name in STAGES["explainer.generator"]
    )
    steps["rendering pages (story.json and CSVs written alongside)"] = spent["generate_output"]
    steps["Pelican itself (plugin imported before timing)"] = spent["total"] - spent["generate_context"] - spent["generate_output"]
    stages = {name: round(seconds, 3) for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1])}
    return stages, {name: round(seconds, 3) for name, seconds in fixed.items()}


def person_name(rng: random.Random) -> tuple[str, str]:
    def word(parts):
        return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()

    first, last = word(2), word(3)
    variant = last[:-1] + ("o" if last.endswith("a") else "a")
    return f"{first} {last}", f"{first} {variant}"


def generate(n: int, target: Path) -> None:
    """A synthetic story of n articles under target/{seeds,content,articles}."""
    rng = random.Random(n)
    pool = [s.text for src in load_sources(ROOT / "seeds") for s in src.sentences if s.kind == "body"]
    people = [person_name(rng) for _ in range(20 + n)]
    seeds, registry, articles = target / "seeds", target / "content" / "people", target / "articles"
    for folder in (seeds, registry, articles):
        folder.mkdir(parents=True)
    for index, (name, variant) in enumerate(people):
        (registry / f"p{index:05d}.md").write_text(
            f"Title: {name}\nAliases: {variant}\nRole: Person {index}\nGroup: Group {index % 4}\n\nA generated person.\n",
            encoding="utf-8",
        )
    outlets = [f"{rng.choice(OUTLET_WORDS)} {rng.choice(OUTLET_WORDS)} {i}" for i in range(max(5, n // 10))]
    name_pattern = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+(?:ka|ko|ki|va|ch|ak|ts)\b")
    for number in range(n):
        sentences = []
        for _ in range(rng.randint(20, 40)):
            sentence = rng.choice(pool)
            sentence = name_pattern.sub(lambda _: rng.choice(rng.choice(people)), sentence)
            sentence = re.sub(r"\b(19|20)\d\d\b", lambda _: str(rng.randint(2015, 2025)), sentence)
            sentence = re.sub(r"\b\d{1,3}\b", lambda _: str(rng.randint(2, 400)), sentence)
            if rng.random() < 0.1:
                sentence += f" It happened on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2018, 2025)}."
            sentences.append(sentence)
        text = "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)) + "\n"
        sid = f"{number:05d}_synthetic"
        raw = text.encode("utf-8")
        published = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (seeds / f"{sid}.txt").write_bytes(raw)
        (seeds / f"{sid}.yaml").write_text(
            f"outlet: {json.dumps(rng.choice(outlets))}\ntitle: null\nurl: null\npublished: {published}\n"
            f"identified: unknown\nsha256: {hashlib.sha256(raw).hexdigest()}\n",
            encoding="utf-8",
        )
        (articles / f"{sid}.md").write_text(
            f"Title: Article {number}\nDate: {published}\nCategory: News\n\n{text}", encoding="utf-8"
        )
    (target / "pelicanconf.py").write_text(PLUGIN_SETTINGS.format(conf=str(ROOT / "pelicanconf.py")), encoding="utf-8")
    (target / "baselineconf.py").write_text(
        BASELINE_SETTINGS.format(folder="articles", cache=CACHES["baselineconf.py"]), encoding="utf-8"
    )


CACHES = {"pelicanconf.py": "cache", "baselineconf.py": "cache-baseline", "fairconf.py": "cache-fair"}
# The plugin's pages that the fair baseline writes as Markdown pages: profiles, outlets, sources.
FAIR_KINDS = ("people", "outlets", "sources")
_BLOCKS = frozenset(
    "p li h1 h2 h3 h4 h5 h6 tr dt dd div section article blockquote figcaption caption table ul ol dl"
    " header footer nav aside details summary".split()
)


class _PageText(HTMLParser):
    """The text a reader sees in a page's <main>, as paragraphs, and its <h1>."""

    def __init__(self):
        super().__init__()
        self.inside, self.in_title = 0, False
        self.title, self.paragraphs, self.words = "", [], []

    def flush(self):
        text = " ".join("".join(self.words).split())
        if text:
            self.paragraphs.append(text)
        self.words = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.inside += 1
        elif tag in _BLOCKS:
            self.flush()
        self.in_title = self.in_title or (tag == "h1" and self.inside > 0)

    def handle_endtag(self, tag):
        if tag in _BLOCKS or tag == "main":
            self.flush()
        if tag == "main":
            self.inside -= 1
        if tag == "h1":
            self.in_title = False

    def handle_data(self, data):
        if self.inside:
            self.words.append(data)
            if self.in_title:
                self.title += data


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#])")


def fair_baseline(story: Path) -> dict:
    """The fair baseline's folder: the plain baseline's articles, and one Markdown page per
    profile, outlet and source page of the plugin's build in `out-plugin`, holding the text a
    reader sees on it. Pages per kind."""
    fair = story / "fair"
    shutil.rmtree(fair, ignore_errors=True)
    shutil.copytree(story / "articles", fair / "articles")
    (fair / "pages").mkdir()
    counts = {}
    for kind in FAIR_KINDS:
        pages = sorted((story / OUTPUTS["plugin"] / kind).glob("*.html"))
        for page in pages:
            parser = _PageText()
            parser.feed(page.read_text(encoding="utf-8"))
            parser.close()
            paragraphs = [_MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(p, quote=False)) for p in parser.paragraphs]
            title = " ".join(parser.title.split()) or page.stem
            (fair / "pages" / f"{kind}-{page.stem}.md").write_text(
                f"Title: {title}\nSlug: {kind}-{page.stem}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
            )
        counts[kind] = len(pages)
    (story / "fairconf.py").write_text(
        BASELINE_SETTINGS.format(folder="fair", cache=CACHES["fairconf.py"]), encoding="utf-8"
    )
    return counts


def timed_build(settings: Path, output: Path, cold: bool = False, keep_output: bool = False) -> dict:
    """Wall and CPU seconds, whole-process wall and CPU seconds and peak MB of one build into an
    empty `output` (with `keep_output`, over the site already there); `cold` empties its caches
    first.

    The seconds are the build's own, from Pelican's settings to its last file, with Pelican
    already imported: the target's measure. The whole-process seconds are what the editor waits
    for at the command line: Python starting, Pelican imported, the build, the process gone.
    CPU seconds are user + system time of the build's process and every child it waited for.
    The peak is the build's process plus the largest child it forked: an upper bound, since a
    forked child shares its parent's pages until either writes to them.
    """
    if output.exists() and not keep_output:
        shutil.rmtree(output)
    if cold:
        shutil.rmtree(settings.parent / CACHES[settings.name], ignore_errors=True)
    code = CHILD.format(plugins=str(ROOT / "plugins"), settings=str(settings), output=str(output))
    # Bytecode as an installed plugin has it: a session that forbids writing .pyc files would
    # otherwise charge the plugin for compiling its own source on every build.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started, started_cpu = time.perf_counter(), children_cpu()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=settings.parent, env=env)
    process_seconds, process_cpu = time.perf_counter() - started, children_cpu() - started_cpu
    if result.returncode != 0:
        raise SystemExit(f"build failed for {settings}:\n{result.stderr[-2000:]}")
    seconds, cpu, peak_kb, child_peak_kb = result.stdout.strip().splitlines()[-1].split()
    return {
        "wall": float(seconds), "cpu": float(cpu), "process_wall": process_seconds, "process_cpu": process_cpu,
        "peak_mb": (int(peak_kb) + int(child_peak_kb)) / 1024,
    }


def change_seed(story: Path, number: int = 0) -> Path:
    """The editor changes the first seed (a sentence added, its hash accepted)."""
    seed = sorted((story / "seeds").glob("*.txt"))[0]
    raw = seed.read_bytes() + f"\nAn editor added sentence number {number + 1} here.\n".encode()
    seed.write_bytes(raw)
    sidecar = seed.with_suffix(".yaml")
    text = re.sub(r"(?m)^sha256: .*$", f"sha256: {hashlib.sha256(raw).hexdigest()}", sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(text, encoding="utf-8")
    return seed


def change_person(story: Path, number: int = 0) -> Path:
    """The editor rewords the first person's role."""
    person = sorted((story / "content" / "people").glob("*.md"))[0]
    text = re.sub(r"(?m)^Role: .*$", f"Role: Person 0, reworded {number + 1} times", person.read_text(encoding="utf-8"))
    person.write_text(text, encoding="utf-8")
    return person


def change_template(story: Path, number: int = 0) -> Path:
    """The editor edits `base.html`, which every page extends: a sentence of the footer, so
    that every page changes and is rendered again (the worst case of a template edit)."""
    template = story / "theme" / "templates" / "base.html"
    text = re.sub(r"<footer([^>]*)>(?:<p class=\"edited\">[^<]*</p>)?", lambda m: f'<footer{m.group(1)}><p class="edited">Edited {number + 1} times.</p>',
                  template.read_text(encoding="utf-8"), count=1)
    template.write_text(text, encoding="utf-8")
    return template


def change_template_comment(story: Path, number: int = 0) -> Path:
    """The editor edits a Jinja comment in `base.html`'s footer: no page's output changes, and
    none is rendered again. (Before issue 19's item 2 this benchmark appended a comment and a
    line end to the file, which adds a line end to every page: `template` is that case now.)"""
    template = story / "theme" / "templates" / "base.html"
    text = re.sub(r"(?:\{# edited \d+ #\})?</footer>", f"{{# edited {number + 1} #}}</footer>",
                  template.read_text(encoding="utf-8"), count=1)
    template.write_text(text, encoding="utf-8")
    return template


def change_page(story: Path, number: int = 0) -> Path:
    """The editor rewrites a sentence of an editorial page."""
    page = story / "content" / "pages" / "background.md"
    page.write_text(EDITORIAL_PAGE.format(version=number + 1), encoding="utf-8")
    return page


EDITORIAL_PAGE = "Title: Background\n\nAn editor's note on this story, version {version}.\n"
CHANGES = {
    "seed": change_seed, "person": change_person, "template": change_template,
    "template comment": change_template_comment, "page": change_page,
}


def rebuild_after_one_seed_changes(story: Path) -> dict:
    """A build after the editor changes one seed (its hash accepted), over the previous site
    (the last warm build's): `make html` again, pages whose inputs did not change left as they
    are."""
    change_seed(story)
    return timed_build(story / "pelicanconf.py", story / OUTPUTS["plugin"], keep_output=True)


def process_cpu(pid: int) -> float | None:
    """CPU seconds of a running process and the children it has waited for (Linux), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


class _Lines:
    """A process's output lines, each with the moment it was read, through a queue."""

    def __init__(self, stream):
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            self.lines.put((time.perf_counter(), line))
        self.lines.put((time.perf_counter(), None))

    def wait_for(self, prefix: str, timeout: float) -> float | None:
        """When the next line starting with `prefix` came, or None after `timeout` seconds."""
        deadline = time.perf_counter() + timeout
        while True:
            try:
                moment, line = self.lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                return None
            if line is None:
                raise SystemExit("the devserver stopped")
            if line.startswith(prefix):
                return moment


def devserver_loop(story: Path, runs: int) -> dict:
    """`make devserver` on the story: seconds from an editor's save to the rebuilt site.

    The devserver runs as `make devserver` runs it (serving, on a free port), on a copy of the
    theme and with one editorial page, so that changing them touches nothing of the project.
    For each kind of change, `runs` saves one after another, each waited for: `wait` from the
    save to the devserver's "watching" line (the site rebuilt and swapped in; what the editor
    waits for, the watcher's noticing included), `rebuild` from its "changed" line, and the CPU
    seconds the devserver spent meanwhile. Medians.
    """
    shutil.rmtree(story / "theme", ignore_errors=True)
    shutil.copytree(ROOT / "theme", story / "theme")
    (story / "content" / "pages").mkdir(exist_ok=True)
    change_page(story, -1)
    settings = story / "devserverconf.py"
    settings.write_text(
        PLUGIN_SETTINGS.format(conf=str(ROOT / "pelicanconf.py")) + 'THEME = os.path.join(here, "theme")\n',
        encoding="utf-8",
    )
    output = story / "out-devserver"
    shutil.rmtree(output, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONPATH"] = str(ROOT / "plugins") + os.pathsep + env.get("PYTHONPATH", "")
    errors = story / "devserver-stderr.txt"
    with open(errors, "w", encoding="utf-8") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-m", "explainer.devserver", "-s", str(settings), "-o", str(output), "-b", "127.0.0.1", "-p", "0"],
            cwd=story, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True,
        )
    lines = _Lines(server.stdout)
    started = time.perf_counter()
    figures: dict = {}
    try:
        done = lines.wait_for("watching", 600)
        if done is None:
            raise SystemExit("the devserver's first build did not finish in 10 minutes")
        figures["first_build_seconds"] = round(done - started, 3)
        for kind, change in CHANGES.items():
            measured = {"wait": [], "rebuild": [], "cpu": []}
            for number in range(runs):
                time.sleep(0.5)  # the watcher starts after its "watching" line
                failed_before = errors.read_text(encoding="utf-8").count("error:")
                cpu = process_cpu(server.pid)
                saved = time.perf_counter()
                path = change(story, number)
                noticed = lines.wait_for("changed", 5)
                while noticed is None:  # a save made while the watcher was starting: save again
                    path.write_bytes(path.read_bytes())
                    saved = time.perf_counter()
                    noticed = lines.wait_for("changed", 5)
                done = lines.wait_for("watching", 600)
                if done is None:
                    raise SystemExit(f"the devserver did not rebuild after a {kind} change in 10 minutes")
                if errors.read_text(encoding="utf-8").count("error:") > failed_before:
                    raise SystemExit(f"the devserver's rebuild after a {kind} change failed:\n"
                                     + errors.read_text(encoding="utf-8")[-2000:])
                after = process_cpu(server.pid)
                measured["wait"].append(done - saved)
                measured["rebuild"].append(done - noticed)
                if cpu is not None and after is not None:
                    measured["cpu"].append(after - cpu)
            figures[kind] = {
                key: round(statistics.median(values), 3) for key, values in measured.items() if values
            }
            figures[kind]["runs"] = runs
    finally:
        server.terminate()
        server.wait(timeout=30)
    figures["changed"] = {
        "seed": "one seed: a sentence added, its hash accepted",
        "person": "one person file: the role reworded",
        "template": "base.html, which every page extends: a sentence of its footer reworded (every page changes)",
        "template comment": "base.html: a Jinja comment added (no page changes)",
        "page": "one editorial page (content/pages/background.md): a sentence rewritten",
    }
    return figures


def output_figures(output: Path, articles: int) -> dict:
    files = [p for p in output.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    total = sum(p.stat().st_size for p in files)
    data = [p for p in files if p.parent.name == "data"]
    return {
        "pages": len(pages),
        "largest_page": str(largest.relative_to(output)),
        "largest_page_bytes": largest.stat().st_size,
        "total_bytes": total,
        "bytes_per_article": round(total / articles),
        "data_bytes": sum(p.stat().st_size for p in data),
        "widest_csv_columns": max((_csv_columns(p) for p in data if p.suffix == ".csv"), default=0),
    }


def _csv_columns(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as handle:
        return len(next(csv.reader(handle), []))


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def bench(sizes: list[int], runs: int, keep: Path | None, devserver_sizes: list[int], devserver_runs: int) -> dict:
    results = {}
    work = keep or Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    for n in sizes:
        cores = Cores()
        story = work / f"n{n}"
        if story.exists():
            shutil.rmtree(story)
        generate(n, story)
        # One untimed build: the fair baseline's pages are the text of the plugin's pages.
        timed_build(story / SIDES["plugin"], story / OUTPUTS["plugin"], cold=True)
        fair_pages = fair_baseline(story)
        measured: dict[tuple[str, str], list[dict]] = {}
        for _ in range(runs):
            for warmth in ("cold", "warm"):
                for side, settings in SIDES.items():
                    figures = timed_build(story / settings, story / OUTPUTS[side], cold=warmth == "cold")
                    measured.setdefault((warmth, side), []).append(figures)
        outputs = {side: output_figures(story / OUTPUTS[side], n) for side in SIDES}
        rebuild = rebuild_after_one_seed_changes(story)
        stages, fixed = stage_seconds(story / "pelicanconf.py", story / "out-stages")

        def median(warmth, side, key, measured=measured):
            return statistics.median(f[key] for f in measured[(warmth, side)])

        timings = {}
        for kind, wall, cpu in (("in_process", "wall", "cpu"), ("whole_process", "process_wall", "process_cpu")):
            timings[kind] = {}
            for warmth in ("cold", "warm"):
                row = {side: {"wall": round(median(warmth, side, wall), 3), "cpu": round(median(warmth, side, cpu), 3)}
                       for side in SIDES}
                for base in ("plain", "fair"):
                    row[f"ratio_to_{base}"] = {
                        measure: _ratio(row["plugin"][measure], row[base][measure]) for measure in ("wall", "cpu")
                    }
                timings[kind][warmth] = row
        cold, warm = timings["in_process"]["cold"], timings["in_process"]["warm"]
        results[n] = {
            "articles": n,
            # As before: in-process wall seconds against plain Pelican on the same texts.
            "plugin_seconds": cold["plugin"]["wall"],
            "baseline_seconds": cold["plain"]["wall"],
            "ratio": cold["ratio_to_plain"]["wall"],
            "plugin_warm_seconds": warm["plugin"]["wall"],
            "baseline_warm_seconds": warm["plain"]["wall"],
            "warm_ratio": warm["ratio_to_plain"]["wall"],
            "seconds": timings,
            "fair_baseline_pages": fair_pages,
            "fixed_cost_seconds": fixed,
            "peak_mb": round(max(f["peak_mb"] for f in measured[("cold", "plugin")] + measured[("warm", "plugin")]), 1),
            "rebuild_one_seed_seconds": round(rebuild["wall"], 3),
            "rebuild_one_seed_cpu_seconds": round(rebuild["cpu"], 3),
            "runs": runs,
            **({"cold_stage_seconds": stages} if n == max(sizes) else {}),
            **outputs["plugin"],
            "baseline_output": {side: outputs[side] for side in ("plain", "fair")},
        }
        if n in devserver_sizes:
            results[n]["devserver"] = devserver_loop(story, devserver_runs)
        results[n]["cores"] = cores.figures()
        print(f"n={n}: {json.dumps(results[n])}", file=sys.stderr)
    for n in devserver_sizes:
        if n in sizes:
            continue
        cores = Cores()
        story = work / f"n{n}"
        if story.exists():
            shutil.rmtree(story)
        generate(n, story)
        change_seed(story)  # as the sizes above are changed before their loop
        results[n] = {"articles": n, "devserver": devserver_loop(story, devserver_runs), "cores": cores.figures()}
        print(f"n={n}: {json.dumps(results[n])}", file=sys.stderr)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return results


def report(summary: dict) -> None:
    timed = summary["sizes"]
    results = {n: r for n, r in timed.items() if "seconds" in r}  # sizes timed beyond the devserver loop
    for kind, label in (("in_process", "in the build's process, Pelican imported"),
                        ("whole_process", "as whole processes (Python starting, Pelican imported, the build, exit)")):
        print(f"seconds {label}: wall / CPU (user+system, children included)")
        print(f"{'N':>6} {'':>5} {'plugin':>13} {'plain':>13} {'fair':>13} {'x plain':>11} {'x fair':>11}")
        for n, r in results.items():
            for warmth in ("cold", "warm"):
                row = r["seconds"][kind][warmth]
                cells = [f"{row[side]['wall']:>6.2f}/{row[side]['cpu']:<6.2f}" for side in SIDES]
                ratios = [f"{row[f'ratio_to_{b}']['wall']:>5.2f}/{row[f'ratio_to_{b}']['cpu']:<5.2f}" for b in ("plain", "fair")]
                print(f"{n:>6} {warmth:>5} " + " ".join(cells) + " " + " ".join(ratios))
    print(f"{'N':>6} {'rebuild s':>10} {'pages':>6} {'largest KB':>11} {'total MB':>9} {'KB/article':>11} "
          f"{'widest CSV':>11} {'peak MB':>8} {'fair pages':>11}")
    for n, r in results.items():
        print(f"{n:>6} {r['rebuild_one_seed_seconds']:>10.2f} {r['pages']:>6} {r['largest_page_bytes'] / 1024:>11.1f} "
              f"{r['total_bytes'] / 2**20:>9.1f} {r['bytes_per_article'] / 1024:>11.1f} {r['widest_csv_columns']:>11} "
              f"{r['peak_mb']:>8.0f} {r['baseline_output']['fair']['pages']:>11}")
    for n, r in timed.items():
        if "devserver" in r:
            loop = r["devserver"]
            print(f"devserver loop at {int(n):,} articles (first build {loop['first_build_seconds']:.2f} s): "
                  "seconds from save to rebuilt site, wall / CPU [rebuild alone]")
            for kind in CHANGES:
                f = loop[kind]
                print(f"{kind:>16} {f['wait']:>7.2f} / {f.get('cpu', float('nan')):<6.2f} [{f['rebuild']:.2f}]")
    for n, r in timed.items():
        c = r["cores"]
        print(f"{n:>6} articles: {c['cpu_count']} cores; load {c['load_before'][0]} before, {c['load_after'][0]} after; "
              f"other work kept {c['cores_busy_with_other_work']} cores busy on average over {c['seconds']:.0f} s "
              f"({c['cores_free_during']} free)")
    for n, r in results.items():
        fixed = r["fixed_cost_seconds"]
        print(f"{n:>6} articles, fixed cost of a cold build: "
              + " + ".join(f"{name} {seconds:.3f} s" for name, seconds in fixed.items())
              + f" = {sum(fixed.values()):.3f} s")
    for n, r in results.items():
        if "cold_stage_seconds" in r:
            print(f"where a cold build of {int(n):,} articles spends its {r['plugin_seconds']:.1f} s:")
            for name, seconds in r["cold_stage_seconds"].items():
                print(f"{seconds:>9.2f}  {name}")
    if "growth_100_to_1000" in summary:
        print(f"time growth from 100 to 1,000 articles: {summary['growth_100_to_1000']}x (target <= 11x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,100,1000")
    parser.add_argument("--devserver-sizes", default="100",
                        help="sizes at which to time the devserver loop ('' for none); one not among --sizes "
                        "is generated for the loop alone; 100,1000 adds about 4 minutes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--devserver-runs", type=int, default=3, help="saves timed per kind of change")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--json", type=Path, help="where to write the figures (default: bench/results.json, "
                        "for the default sizes only)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    devserver_sizes = [int(s) for s in args.devserver_sizes.split(",") if s.strip()]
    started = time.time()
    cores = Cores()
    results = bench(sizes, args.runs, args.keep, devserver_sizes, args.devserver_runs)
    summary = {
        "command": " ".join(["bench/run.py", *sys.argv[1:]]), "runs": args.runs, "devserver_runs": args.devserver_runs,
        "targets": TARGETS, "cores": cores.figures(), "sizes": {str(k): v for k, v in results.items()},
    }
    if "plugin_seconds" in results.get(100, {}) and "plugin_seconds" in results.get(1000, {}):
        summary["growth_100_to_1000"] = round(results[1000]["plugin_seconds"] / results[100]["plugin_seconds"], 2)
    report(summary)
    print(f"benchmark took {time.time() - started:.0f} s")
    target = args.json or (ROOT / "bench" / "results.json" if args.sizes == parser.get_default("sizes") else None)
    if target:
        target.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
        print(f"figures written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
