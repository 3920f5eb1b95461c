"""`make eval`: build a site for every story of the corpus and score what it states.

Each story is built as a new user would build it (its seeds and its people files, nothing else)
in a temporary folder, by the real build in a process of its own; its `data/story.json` is then
scored against the story's `gold.yaml` (see `score.py`). Prints precision and recall per kind of
claim, per story and pooled over the development and the held-back stories, and writes
`eval/results.json`. `--wrong` adds one line per wrong claim of the development stories (a
held-back story's are counted, never shown or written); `--story NAME` scores one story.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from score import CATEGORIES, Tally, score_story  # noqa: E402

BUILD = """
import sys
from explainer.build import build
from explainer.base.errors import ExplainerError
content, seeds, people, cache, out = sys.argv[1:6]
try:
    build(sys.argv[6], out, {
        "PATH": content, "EXPLAINER_SEEDS_PATH": seeds, "EXPLAINER_PEOPLE_PATH": people,
        "CACHE_PATH": cache, "CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False,
    })
except ExplainerError as err:
    print(err, file=sys.stderr)
    sys.exit(1)
"""


def build_story(story: Path, work: Path) -> dict:
    content = work / "content"
    content.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(content), str(story / "seeds"), str(story / "people"),
         str(work / "cache"), str(work / "output"), str(ROOT / "pelicanconf.py")],
        capture_output=True, text=True, env=env, cwd=work,
    )
    if done.returncode:
        raise RuntimeError((done.stderr.strip().splitlines() or ["the build failed"])[-1])
    return json.loads((work / "output" / "data" / "story.json").read_text(encoding="utf-8"))


HELD_BACK = "held_back"


def _unread(figures: dict, split: str) -> dict:
    """A held-back story's wrong claims are counted, never written out: rules are not chosen
    on them, so neither `--wrong` nor `results.json` shows them."""
    return {**figures, "wrong": len(figures["wrong"])} if split == HELD_BACK else figures


def cell(tally: Tally) -> str:
    p = "  -  " if tally.precision is None else f"{tally.precision:.2f} "
    r = "  -  " if tally.recall is None else f"{tally.recall:.2f} "
    return f"{p}{r}".ljust(11)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="print one line per wrong claim of the development stories")
    parser.add_argument("--story", help="score only this story")
    args = parser.parse_args(argv)
    splits = yaml.safe_load((HERE / "splits.yaml").read_text(encoding="utf-8"))
    split_of = {name: split for split, names in splits.items() for name in names}
    stories = sorted(p for p in (HERE / "stories").iterdir() if (p / "gold.yaml").is_file())
    if args.story:
        stories = [p for p in stories if p.name == args.story]
    unsplit = [p.name for p in stories if p.name not in split_of]
    if unsplit:
        print(f"eval/splits.yaml: put {', '.join(unsplit)} under development or held_back", file=sys.stderr)
        return 2
    results: dict = {"stories": {}, "pooled": {}}
    pooled = {split: {c: Tally() for c in CATEGORIES} for split in ("development", "held_back", "all")}
    header = "story".ljust(22) + "".join(c[:10].ljust(11) for c in CATEGORIES)
    print("precision and recall per kind of claim (P R; '-' where nothing was stated or annotated)")
    print(header)
    wrong_lines: list[str] = []
    for story in stories:
        gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory(prefix="eval-") as work:
            try:
                data = build_story(story, Path(work))
            except RuntimeError as err:
                print(f"{story.name.ljust(22)}build failed: {err}")
                results["stories"][story.name] = {"error": str(err)}
                continue
        tallies = score_story(data, gold)
        missing = tallies.pop("_missing")
        print(story.name[:21].ljust(22) + "".join(cell(tallies[c]) for c in CATEGORIES) + f" {split_of[story.name]}")
        for category in CATEGORIES:
            for split in (split_of[story.name], "all"):
                target = pooled[split][category]
                source = tallies[category]
                target.right += source.right
                target.stated += source.stated
                target.found += source.found
                target.gold += source.gold
            if split_of[story.name] != HELD_BACK:
                wrong_lines.extend(f"{story.name} {category}: {w}" for w in tallies[category].wrong)
        results["stories"][story.name] = {
            "split": split_of[story.name],
            "gold_words_not_found": sorted(set(missing)) if split_of[story.name] != HELD_BACK else len(set(missing)),
            **{c: _unread(tallies[c].to_json(), split_of[story.name]) for c in CATEGORIES},
        }
    print("-" * len(header))
    for split in ("development", "held_back", "all"):
        print(split.ljust(22) + "".join(cell(pooled[split][c]) for c in CATEGORIES))
        results["pooled"][split] = {c: {k: v for k, v in pooled[split][c].to_json().items() if k != "wrong"}
                                    for c in CATEGORIES}
    if args.wrong:
        print()
        print("\n".join(wrong_lines) or "no wrong claims")
        print("(the held-back stories' wrong claims are counted above and not shown)")
    if not args.story:
        (HERE / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
