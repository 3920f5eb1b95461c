"""`make html`: build the site into a fresh folder and swap it in only when it is whole.

An editor must never be left with a half-written site, nor read a traceback: a problem in the
input is printed as one line (file, line, what to do) and the previous `output/` stays as it
was. Also `python -m explainer.build --accept-seeds` records edited seeds' new hashes.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .base.errors import ExplainerError, display_path

logger = logging.getLogger("explainer")


def build(settings_file: str, output: str, overrides: dict | None = None) -> None:
    """Build with Pelican into a temporary folder beside `output`, then swap it in."""
    from pelican import Pelican
    from pelican.settings import read_settings

    output_path = Path(output).resolve()
    output_path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output_path.name}-", dir=output_path.parent))
    try:
        settings = read_settings(
            settings_file,
            override={**(overrides or {}), "OUTPUT_PATH": str(staging), "DELETE_OUTPUT_DIRECTORY": False},
        )
        from pelican.log import console

        console.quiet = True  # Pelican's "Processed 0 articles" line; ours says what was built
        Pelican(settings).run()
        _readable(staging)
        _swap(staging, output_path)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _readable(folder: Path) -> None:
    """Folders 0755 and files 0644, whatever the umask and mkdtemp's 0700: a web server running
    as another user must read every file (`rsync -a` copies the modes to the server)."""
    folder.chmod(0o755)
    for parent, folders, files in os.walk(folder):
        for name in folders:
            os.chmod(os.path.join(parent, name), 0o755)
        for name in files:
            os.chmod(os.path.join(parent, name), 0o644)


def _swap(new: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}-old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        shutil.rmtree(old)


def accept_seeds(seeds_dir: str) -> int:
    from .extract.sources import accept_seed

    changed = [p for p in sorted(Path(seeds_dir).glob("*.txt")) if p.with_suffix(".yaml").exists() and accept_seed(p)]
    for path in changed:
        print(f"recorded the new sha256 of {display_path(path)}")
    if not changed:
        print("every seed already matches its recorded sha256")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer.build", description=__doc__)
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("-e", "--extra", action="append", default=[], metavar="KEY=VALUE",
                        help="override a setting, as Pelican's -e (e.g. SITEURL=https://...)")
    parser.add_argument("--accept-seeds", metavar="SEEDS_DIR")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.accept_seeds:
        return accept_seeds(args.accept_seeds)
    overrides = {}
    for item in args.extra:
        key, _, value = item.partition("=")
        overrides[key] = value
    summary = _BuildSummary()
    started = time.perf_counter()
    try:
        build(args.settings, args.output, overrides)
    except ExplainerError as err:
        for problem in getattr(err, "problems", (err,)):  # every problem of every seed, a line each
            print(f"error: {ExplainerError.__str__(problem)}", file=sys.stderr)
        print(f"error: the site was not rebuilt; {display_path(args.output)}/ is unchanged", file=sys.stderr)
        return 1
    except Exception as err:  # anything else is our bug, not the editor's: still one line
        if args.debug:
            raise
        where = ""
        tb = err.__traceback__
        while tb is not None:
            where = f" ({Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno})"
            tb = tb.tb_next
        what = " ".join(str(err).split())
        print(f"error: unexpected {type(err).__name__}: {what}{where}; run with DEBUG=1 for details",
              file=sys.stderr)
        print(f"error: the site was not rebuilt; {display_path(args.output)}/ is unchanged", file=sys.stderr)
        return 2
    print(summary.line(display_path(args.output), time.perf_counter() - started))
    if summary.review:
        count, save_as = summary.review
        print(f"{count} item{'' if count == 1 else 's'} to review: {display_path(args.output)}/{save_as}")
    return 0


class _BuildSummary:
    """What the build made, noted when Pelican has collected every page, for the plugin's own
    closing line (Pelican's "Processed 0 articles" says nothing of an explainer)."""

    def __init__(self):
        from pelican import signals

        self.counts: dict[str, int] = {}
        self.review = None
        signals.all_generators_finalized.connect(self.note)  # blinker keeps a weak reference

    def note(self, generators):
        from .site.review import open_items

        for generator in generators:
            story, pages = getattr(generator, "story", None), getattr(generator, "pages", None)
            if story is None or not isinstance(pages, list):
                continue
            self.counts = {
                "source": len(story.sources), "person": len(story.people), "event": len(story.events),
                "page": len(pages), "warning": len(story.warnings),
            }
            self.review = open_items(pages) or self.review

    def line(self, output: str, seconds: float) -> str:
        plural = {"person": "people"}
        parts = [f"{n:,} {noun if n == 1 else plural.get(noun, noun + 's')}" for noun, n in self.counts.items()]
        return f"built {output}/: {', '.join(parts)} in {seconds:.1f} s" if parts else f"built {output}/"


if __name__ == "__main__":
    sys.exit(main())
