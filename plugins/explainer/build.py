"""`make html`: build the site into a fresh folder and swap it in only when it is whole.

An editor must never be left with a half-written site, nor read a traceback: a problem in the
input is printed as one line (file, line, what to do) and the previous `output/` stays as it
was. Also `python -m explainer.build --accept-seeds` records edited seeds' new hashes.

The folder the site is built in is the build's own while it runs: one build at a time takes it
(a second says that another build is running), staging folders a killed build left behind are
removed, a previous site that cannot be removed (made read-only) never stops the new one, and
Ctrl-C stops the build with one line and the previous site in place. Before Pelican runs,
every file the build will read is checked (`base/safefile.py`): nothing from outside the
project, nothing that is not a regular file.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import re
import secrets
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from .base.errors import ExplainerError, Problems, display_path
from .base.parallel import reap
from .base.safefile import MAX_PAGE_BYTES, input_problems, project_roots

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock
    fcntl = None

logger = logging.getLogger("explainer")

# The address a published site is built for: a web address of a host and a path, nothing a
# shell or a page could read as anything else.
_SITE_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%/+-]*)?", re.IGNORECASE)


def build(settings_file: str, output: str, overrides: dict | None = None) -> None:
    """Build with Pelican into a temporary folder beside `output`, then swap it in."""
    from pelican import Pelican
    from pelican.settings import read_settings

    from .site.incremental import building_site, memory

    output_path = Path(output).resolve()
    if output_path.exists() and not output_path.is_dir():
        raise ExplainerError(output, "is a file, not the site's folder; move the file away, or build into another folder")
    try:
        output_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExplainerError(output_path.parent, f"cannot be created ({err.strerror}); build into another folder") from None
    with build_lock(output_path):
        _removing.wait()  # the previous site of the last build in this process, if still going
        remove_stale_staging(output_path)
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{output_path.name}-", dir=output_path.parent))
        except OSError as err:
            raise ExplainerError(
                output_path.parent, f"cannot be written to ({err.strerror}); make the folder writable, "
                "or build into another folder"
            ) from None
        try:
            settings = read_settings(
                settings_file,
                override={**(overrides or {}), "OUTPUT_PATH": str(staging), "DELETE_OUTPUT_DIRECTORY": False},
            )
            check_site_url(settings.get("SITEURL"))
            _without_a_broken_cache(settings)
            roots = input_roots(settings_file, settings)
            with project_roots(*roots):
                Problems.raise_any(input_problems(*inputs(settings)))
                from pelican.log import console

                console.quiet = True  # Pelican's "Processed 0 articles" line; ours says what was built
                forget_shown_warnings()
                # The site the build replaces is output/: its unchanged pages are copied from there.
                with building_site(str(output_path)):
                    Pelican(settings).run()
            _readable(staging)
            # `make devserver` removes the previous site while the editor reads the new one.
            _swap(staging, output_path, later=memory() is not None)
        finally:
            reap()  # a child a stopped build left making its files
            gc.unfreeze()  # what the build's phases froze (`generator.collector_paused`) can go
            if staging.exists():
                _remove_quietly(staging)


def forget_shown_warnings() -> None:
    """Pelican's log filter drops a warning it has shown before in the same process: in `make
    devserver` every rebuild after the first would look clean while its problems remain. Each
    build starts with the filter's memory empty."""
    from pelican.log import LimitFilter

    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


def check_site_url(site_url) -> None:
    """The site's address (`make publish SITEURL=...`) is empty (a site for the disk) or a web
    address: anything else would end up in every page's links, and came from a command line."""
    if site_url and not (isinstance(site_url, str) and _SITE_URL.fullmatch(site_url)):
        shown = " ".join(str(site_url).split()).replace(";", ",")
        raise ExplainerError(
            None, f"SITEURL {shown!r} is not a web address; give the site's address as https://host/path, "
            "e.g. make publish SITEURL=https://user.github.io/repository"
        )


def _without_a_broken_cache(settings: dict) -> None:
    """A cache folder that is a file (or anything but a folder) only makes the build slower:
    one line says so, instead of Pelican's two for each of its caches."""
    cache = settings.get("CACHE_PATH")
    if cache and os.path.lexists(cache) and not os.path.isdir(cache):
        logger.warning("[explainer] %s: not a folder, so this build keeps no cache and is slower; remove it "
                       "(make clean)", display_path(cache))
        settings["CACHE_CONTENT"] = settings["LOAD_CONTENT_CACHE"] = False


def input_roots(settings_file: str, settings: dict) -> list[str]:
    """Where a link in the input may lead: the project (the settings file's folder) and every
    folder the settings name as an input."""
    from .settings import explainer_settings

    config = explainer_settings(settings)
    return [
        os.path.dirname(os.path.abspath(settings_file)), config.content_path, config.seeds_path, config.people_path,
        *(os.path.dirname(p) for p in (config.timeline_path, config.claims_path, config.corrections_path)),
    ]


def inputs(settings: dict):
    """(each file or glob of files the build reads, what it is, its size limit or None when
    its reader bounds it), and the folders whose every file the build hashes."""
    from .settings import explainer_settings

    config = explainer_settings(settings)
    content, seeds, people = Path(config.content_path), Path(config.seeds_path), Path(config.people_path)
    named = [
        (seeds / "*.txt", "article", None), (seeds / "*.yaml", "sidecar", None),
        (people / "*.md", "person file", MAX_PAGE_BYTES),
        (content / "*.md", "page", MAX_PAGE_BYTES), (content / "pages" / "*.md", "page", MAX_PAGE_BYTES),
        (content / "*.yaml", "file", None),
        *((Path(p), "file", None) for p in (config.timeline_path, config.claims_path, config.corrections_path)),
    ]
    return named, [seeds, people]


def _clean_after_interrupt(output: str) -> None:
    """A Ctrl-C that lands between the staging folder's creation and the code that removes it
    would leave it behind: after any interrupt, remove this build's leftovers now (under the
    lock, so never another build's), not only at the next build."""
    path = Path(output).resolve()
    try:
        with build_lock(path):
            _removing.wait()
            remove_stale_staging(path)
    except (ExplainerError, OSError, KeyboardInterrupt):
        pass


@contextmanager
def build_lock(output: Path):
    """Hold the folder `output` is built in for this build alone: two builds swapping sites in
    one folder at once would each remove what the other wrote. The lock is the folder's own
    (flock on it), so nothing is left behind, and it goes with the process however it ends."""
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(output.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:  # a folder that cannot be opened cannot be built in either: mkdtemp says why
        yield
        return
    _held_locks.add(fd)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ExplainerError(
                output, "another build is running into this folder; wait for it to finish, then build again"
            ) from None
        except OSError:  # a file system without locks: build as before
            pass
        yield
    finally:
        _held_locks.discard(fd)
        try:  # released for any child the build left running too (they share the open file)
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
        os.close(fd)


# A child forked during a build (`base/parallel.py`) must not hold the build's lock: it may
# outlive the build (writing the caches), and a lock is held while any copy of it is open.
_held_locks: set[int] = set()


def _close_held_locks() -> None:
    for fd in list(_held_locks):
        try:
            os.close(fd)
        except OSError:
            pass
    _held_locks.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_held_locks)


def staging_names(output: Path) -> re.Pattern:
    """The names of the folders a build of `output` makes beside it: `.output-XXXXXXXX` where
    the new site is built (tempfile's eight letters), `.output-old-XXXXXXXX` where the previous
    one waits to be removed, and `.output-old` (older builds)."""
    name = re.escape(output.name)
    return re.compile(rf"\.{name}-(?:old-)?[a-z0-9_]{{8}}|\.{name}-old")


def remove_stale_staging(output: Path) -> None:
    """Remove what killed builds left beside `output`. Only called with the lock held, so no
    other build is using any of them; only folders (never a link) of this user."""
    pattern = staging_names(output)
    try:
        entries = list(os.scandir(output.parent))
    except OSError:
        return
    for entry in entries:
        try:
            if not (pattern.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)):
                continue
            if hasattr(os, "geteuid") and entry.stat(follow_symlinks=False).st_uid != os.geteuid():
                continue
        except OSError:
            continue
        _remove_quietly(Path(entry.path), "a folder an interrupted build left")


def _readable(folder: Path) -> None:
    """Folders 0755 and files 0644, whatever the umask and mkdtemp's 0700: a web server running
    as another user must read every file (`rsync -a` copies the modes to the server)."""
    folder.chmod(0o755)
    for parent, folders, files in os.walk(folder):
        for name in folders:
            os.chmod(os.path.join(parent, name), 0o755)
        for name in files:
            os.chmod(os.path.join(parent, name), 0o644)


class _Removing:
    """The previous site being removed by a child (`_swap(..., later=True)`)."""

    def __init__(self):
        self.job = None

    def start(self, folder: Path) -> bool:
        from .base.parallel import Forked

        job = Forked(_remove_quietly, folder, "the previous site", outlive=True)
        self.job = job if job.forked else None
        return self.job is not None

    def wait(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.result()


_removing = _Removing()


def _swap(new: Path, target: Path, later: bool = False) -> None:
    """Put the site built in `new` at `target`: two renames no Ctrl-C comes between, then the
    previous site removed, which may fail (a site made read-only) without failing the build.
    With `later`, a child removes it while this process goes on; the next build waits for it."""
    old = target.with_name(f".{target.name}-old-{secrets.token_hex(4)}")
    with _no_interrupt():
        moved = os.path.lexists(target)
        if moved:
            os.replace(target, old)
        try:
            os.replace(new, target)
        except BaseException:
            if moved:
                os.replace(old, target)
            raise
    if moved:
        try:
            if not (later and _removing.start(old)):
                _remove_quietly(old, "the previous site")
        except KeyboardInterrupt:  # the new site is in place; the next build removes the old one
            pass


@contextmanager
def _no_interrupt():
    """Ctrl-C ignored while the block runs (in the main thread; elsewhere it never arrives)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _remove_quietly(path: Path, what: str = "a staging folder") -> None:
    """Remove a folder the build made, even one made read-only since; a warning if it stays."""
    try:
        _remove_tree(path)
    except OSError as err:
        logger.warning(
            "[explainer] %s: %s could not be removed (%s); remove it by hand", display_path(path), what,
            err.strerror or err,
        )


def _remove_tree(path: Path) -> None:
    def retry(function, name, _):
        if function in (os.open, os.scandir, os.lstat):  # a folder that cannot be read: open it
            _add_owner_rights(name)
            shutil.rmtree(name, onerror=retry)
            return
        _add_owner_rights(os.path.dirname(name))  # its folder did not allow removing it
        try:
            function(name)
        except FileNotFoundError:
            pass

    shutil.rmtree(path, onerror=retry)


def _add_owner_rights(folder: str) -> None:
    os.chmod(folder, stat.S_IMODE(os.lstat(folder).st_mode) | stat.S_IRWXU)


def accept_seeds(seeds_dir: str) -> int:
    """Record the sha256 of every seed whose sidecar records another: every seed and sidecar
    read first, as the build reads them, so that a refused one changes nothing."""
    from .extract.sources import accepted_sidecar, case_collisions

    seeds = Path(seeds_dir)
    texts = sorted(seeds.glob("*.txt"))
    problems = case_collisions(texts)
    changes = []
    with project_roots(seeds.absolute().parent, seeds):
        for text in texts:
            if not os.path.lexists(text.with_suffix(".yaml")) or any(p.path == str(text) for p in problems):
                continue
            try:
                sidecar, new = accepted_sidecar(text)
            except ExplainerError as err:
                problems.append(err)
                continue
            if new is not None:
                changes.append((text, sidecar, new))
    Problems.raise_any(problems)
    for text, sidecar, new in changes:
        sidecar.write_text(new, encoding="utf-8")
        print(f"recorded the new sha256 of {display_path(text)}")
    if not changes:
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
        try:
            return accept_seeds(args.accept_seeds)
        except ExplainerError as err:
            _print_problems(err)
            print("error: no sha256 was recorded", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("error: interrupted (Ctrl-C); no sha256 was recorded", file=sys.stderr)
            return 130
    overrides = {}
    for item in args.extra:
        key, _, value = item.partition("=")
        overrides[key] = value
    unchanged = f"error: the site was not rebuilt; {display_path(args.output)}/ is unchanged"
    started = time.perf_counter()
    try:
        summary = _BuildSummary()
        build(args.settings, args.output, overrides)
    except KeyboardInterrupt:
        _clean_after_interrupt(args.output)
        print(f"error: interrupted (Ctrl-C); the site was not rebuilt, {display_path(args.output)}/ is unchanged",
              file=sys.stderr)
        return 130
    except ExplainerError as err:
        _print_problems(err)
        print(unchanged, file=sys.stderr)
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
        print(unchanged, file=sys.stderr)
        return 2
    print(summary.line(display_path(args.output), time.perf_counter() - started))
    if summary.review:
        count, save_as = summary.review
        print(f"{count} item{'' if count == 1 else 's'} to review: {display_path(args.output)}/{save_as}")
    return 0


def _print_problems(err: ExplainerError) -> None:
    for problem in getattr(err, "problems", (err,)):  # every problem of every seed, a line each
        print(f"error: {ExplainerError.__str__(problem)}", file=sys.stderr)


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
