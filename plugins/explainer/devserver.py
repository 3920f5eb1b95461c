"""`make devserver`: rebuild whenever anything the site is built from changes, and serve it.

Pelican 4.12's autoreload (`pelican -r`, `wait_for_changes` in `pelican.utils`) watches only the
settings file, THEME, PATH and the STATIC_PATHS inside PATH, and has no setting for more. The
seeds live beside the content folder, not in it, so editing an article would not rebuild. This
loop watches every folder the explainer reads, and rebuilds through `explainer.build`, so a
mistake prints one line and the last good site stays in `output/` and keeps being served.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading

from pelican.settings import read_settings
from pelican.utils import FileChangeFilter

from .build import main as build_main
from .settings import explainer_settings


def watched_paths(settings_file: str, settings: dict) -> list[str]:
    """The settings file, content, people, seeds and theme: every input of a build that exists."""
    config = explainer_settings(settings)
    content = settings["PATH"]
    candidates = [
        settings_file,
        content,
        config.people_path,
        config.seeds_path,
        settings["THEME"],
        *(os.path.join(content, path) for path in settings.get("STATIC_PATHS", ())),
    ]
    paths: list[str] = []
    for path in map(os.path.abspath, candidates):
        if os.path.exists(path) and path not in paths:
            paths.append(path)
    # A folder inside another watched one is already watched.
    return [p for p in paths if not any(p != q and p.startswith(q + os.sep) for q in paths)]


def next_change(paths: list[str], ignore_files=(), stop_event: threading.Event | None = None) -> set[str]:
    """Block until something under `paths` changes; the changed paths (empty if stopped)."""
    import watchfiles

    for changes in watchfiles.watch(
        *paths,
        watch_filter=FileChangeFilter(ignore_file_patterns=set(ignore_files)),
        stop_event=stop_event,
        rust_timeout=0 if stop_event is None else 200,
    ):
        return {path for _, path in changes}
    return set()


def serve(output: str, bind: str, port: int) -> None:
    from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer

    RootedHTTPServer.allow_reuse_address = True
    httpd = RootedHTTPServer(output, (bind, port), ComplexHTTPRequestHandler)
    print(f"serving {output} on http://{bind}:{port}/ (Ctrl-C to stop)")
    threading.Thread(target=httpd.serve_forever, daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer.devserver", description=__doc__)
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("-b", "--bind", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=8000)
    parser.add_argument("--no-serve", action="store_true", help="only rebuild on change")
    args = parser.parse_args(argv)
    settings_file = os.path.abspath(args.settings)
    output = os.path.abspath(args.output)
    serving = False
    try:
        while True:
            if build_main(["-s", settings_file, "-o", output]) == 130:  # Ctrl-C during a build: stop
                return 0
            if not serving and not args.no_serve and os.path.isdir(output):
                try:
                    serve(output, args.bind, args.port)
                except OSError as err:
                    print(f"error: cannot serve on {args.bind}:{args.port} ({err.strerror}); "
                          "choose another port, e.g. make devserver PORT=8001", file=sys.stderr)
                    return 1
                serving = True
            try:
                settings = read_settings(settings_file)
                paths = watched_paths(settings_file, settings)
            except Exception:  # the build has already said what is wrong with the settings
                settings, paths = {}, [settings_file]
            print("watching " + ", ".join(os.path.relpath(p) for p in paths))
            changed = next_change(paths, settings.get("IGNORE_FILES", ()))
            print("changed " + ", ".join(sorted(os.path.relpath(p) for p in changed)) + "; rebuilding")
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
