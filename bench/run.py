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

Usage: python bench/run.py [--sizes 5,100,1000] [--runs 3] [--keep DIR]
Writes bench/results.json and prints a table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from explainer.extract.sources import load_sources  # noqa: E402

SYLLABLES = "ka lo vi sa na ry ma te lu si ko va di ha ne to ra bu le mi zo an el ia".split()
OUTLET_WORDS = "Daily Morning Evening Free Baltic Northern Central Independent Weekly Voice Herald Post".split()
MONTHS = "January February March April May June July August September October November December".split()
TARGETS = {"ratio": 1.5, "growth_100_to_1000": 11.0, "peak_mb_at_1000": 1024, "largest_page_kb_at_1000": 300}

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
PATH = os.path.join(HERE, "articles")
TIMEZONE = "UTC"
RELATIVE_URLS = True
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
# The same caches the plugin's settings turn on: Pelican's content cache and compiled templates.
CACHE_PATH = os.path.join(HERE, "cache-baseline")
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
from jinja2 import FileSystemBytecodeCache
os.makedirs(os.path.join(CACHE_PATH, "templates"), exist_ok=True)
JINJA_ENVIRONMENT = {"bytecode_cache": FileSystemBytecodeCache(os.path.join(CACHE_PATH, "templates"))}
"""

CHILD = """
import resource, sys, time
sys.path.insert(0, {plugins!r})
from pelican import Pelican
from pelican.settings import read_settings
import logging
logging.disable(logging.WARNING)
start = time.perf_counter()
Pelican(read_settings({settings!r}, override={{"OUTPUT_PATH": {output!r}}})).run()
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


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
    (target / "baselineconf.py").write_text(BASELINE_SETTINGS, encoding="utf-8")


CACHES = {"pelicanconf.py": "cache", "baselineconf.py": "cache-baseline"}


def timed_build(settings: Path, output: Path, cold: bool = False) -> tuple[float, float, float]:
    """Seconds, whole-process seconds and peak MB of one build into an empty `output`; `cold`
    empties its caches first.

    The seconds are the build's own, from Pelican's settings to its last file, with Pelican
    already imported: the target's measure. The whole-process seconds are what the editor waits
    for at the command line: Python starting, Pelican imported, the build, the process gone.
    The peak is the build's process plus the largest child it forked: an upper bound, since a
    forked child shares its parent's pages until either writes to them.
    """
    if output.exists():
        shutil.rmtree(output)
    if cold:
        shutil.rmtree(settings.parent / CACHES[settings.name], ignore_errors=True)
    code = CHILD.format(plugins=str(ROOT / "plugins"), settings=str(settings), output=str(output))
    # Bytecode as an installed plugin has it: a session that forbids writing .pyc files would
    # otherwise charge the plugin for compiling its own source on every build.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=settings.parent, env=env)
    process_seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed for {settings}:\n{result.stderr[-2000:]}")
    seconds, peak_kb, child_peak_kb = result.stdout.strip().splitlines()[-1].split()
    return float(seconds), process_seconds, (int(peak_kb) + int(child_peak_kb)) / 1024


def rebuild_after_one_seed_changes(story: Path) -> float:
    """A build after the editor changes one seed (its hash accepted), into the same output."""
    seed = sorted((story / "seeds").glob("*.txt"))[0]
    raw = seed.read_bytes() + b"\nAn editor added this sentence.\n"
    seed.write_bytes(raw)
    sidecar = seed.with_suffix(".yaml")
    text = re.sub(r"(?m)^sha256: .*$", f"sha256: {hashlib.sha256(raw).hexdigest()}", sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(text, encoding="utf-8")
    seconds, _, _ = timed_build(story / "pelicanconf.py", story / "out-plugin")
    return seconds


def output_figures(output: Path) -> dict:
    files = [p for p in output.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return {
        "pages": len(pages),
        "largest_page": str(largest.relative_to(output)),
        "largest_page_bytes": largest.stat().st_size,
        "total_bytes": sum(p.stat().st_size for p in files),
    }


def bench(sizes: list[int], runs: int, keep: Path | None) -> dict:
    results = {}
    work = keep or Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    for n in sizes:
        story = work / f"n{n}"
        if story.exists():
            shutil.rmtree(story)
        generate(n, story)
        timings: dict[str, list[float]] = {}
        peaks = []
        for _ in range(runs):
            for warmth in ("cold", "warm"):
                for side, settings in (("", "pelicanconf.py"), ("_base", "baselineconf.py")):
                    output = story / ("out-baseline" if side else "out-plugin")
                    seconds, process, peak = timed_build(story / settings, output, cold=warmth == "cold")
                    timings.setdefault(warmth + side, []).append(seconds)
                    timings.setdefault(warmth + side + "_process", []).append(process)
                    if not side:
                        peaks.append(peak)
        rebuild = rebuild_after_one_seed_changes(story)
        stages, fixed = stage_seconds(story / "pelicanconf.py", story / "out-stages")
        median = {key: statistics.median(values) for key, values in timings.items()}
        results[n] = {
            "articles": n,
            "plugin_seconds": round(median["cold"], 3),
            "baseline_seconds": round(median["cold_base"], 3),
            "ratio": round(median["cold"] / median["cold_base"], 2),
            "plugin_warm_seconds": round(median["warm"], 3),
            "baseline_warm_seconds": round(median["warm_base"], 3),
            "warm_ratio": round(median["warm"] / median["warm_base"], 2),
            "process_seconds": {
                warmth: {
                    "plugin": round(median[f"{warmth}_process"], 3),
                    "baseline": round(median[f"{warmth}_base_process"], 3),
                    "ratio": round(median[f"{warmth}_process"] / median[f"{warmth}_base_process"], 2),
                }
                for warmth in ("cold", "warm")
            },
            "fixed_cost_seconds": fixed,
            "peak_mb": round(max(peaks), 1),
            "rebuild_one_seed_seconds": round(rebuild, 3),
            "runs": len(timings["cold"]),
            **({"cold_stage_seconds": stages} if n == max(sizes) else {}),
            **output_figures(story / "out-plugin"),
        }
        print(f"n={n}: {results[n]}", file=sys.stderr)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,100,1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.time()
    results = bench(sizes, args.runs, args.keep)
    summary = {"targets": TARGETS, "sizes": {str(k): v for k, v in results.items()}}
    if 100 in results and 1000 in results:
        summary["growth_100_to_1000"] = round(results[1000]["plugin_seconds"] / results[100]["plugin_seconds"], 2)
    print(f"{'':>6} {'cold: no caches':^30} {'warm: caches filled':^30}")
    print(f"{'N':>6} {'plugin s':>9} {'baseline s':>11} {'ratio':>8} {'plugin s':>9} {'baseline s':>11} {'ratio':>8} "
          f"{'rebuild s':>10} {'pages':>6} {'largest KB':>11} {'total MB':>9} {'peak MB':>8}")
    for n, r in results.items():
        print(f"{n:>6} {r['plugin_seconds']:>9.2f} {r['baseline_seconds']:>11.2f} {r['ratio']:>8.2f} "
              f"{r['plugin_warm_seconds']:>9.2f} {r['baseline_warm_seconds']:>11.2f} {r['warm_ratio']:>8.2f} "
              f"{r['rebuild_one_seed_seconds']:>10.2f} {r['pages']:>6} "
              f"{r['largest_page_bytes'] / 1024:>11.1f} {r['total_bytes'] / 2**20:>9.1f} {r['peak_mb']:>8.0f}")
    print("the same, timing the whole process as at the command line (Python starting, Pelican imported, the build, exit):")
    for n, r in results.items():
        cold, warm = r["process_seconds"]["cold"], r["process_seconds"]["warm"]
        print(f"{n:>6} {cold['plugin']:>9.2f} {cold['baseline']:>11.2f} {cold['ratio']:>8.2f} "
              f"{warm['plugin']:>9.2f} {warm['baseline']:>11.2f} {warm['ratio']:>8.2f}")
    for n, r in results.items():
        fixed = r["fixed_cost_seconds"]
        print(f"{n:>6} articles, fixed cost of a cold build: "
              + " + ".join(f"{name} {seconds:.3f} s" for name, seconds in fixed.items())
              + f" = {sum(fixed.values()):.3f} s; the target allows the whole build "
              f"{TARGETS['ratio'] * r['baseline_seconds']:.3f} s cold, {TARGETS['ratio'] * r['baseline_warm_seconds']:.3f} s warm")
    for n, r in results.items():
        if "cold_stage_seconds" in r:
            print(f"where a cold build of {n:,} articles spends its {r['plugin_seconds']:.1f} s:")
            for name, seconds in r["cold_stage_seconds"].items():
                print(f"{seconds:>9.2f}  {name}")
    if "growth_100_to_1000" in summary:
        print(f"time growth from 100 to 1,000 articles: {summary['growth_100_to_1000']}x (target <= 11x)")
    print(f"benchmark took {time.time() - started:.0f} s")
    if sizes == [5, 100, 1000]:
        (ROOT / "bench" / "results.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
