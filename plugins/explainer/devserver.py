"""`make devserver`: rebuild whenever anything the site is built from changes, and serve it.

Pelican 4.12's autoreload (`pelican -r`, `wait_for_changes` in `pelican.utils`) watches only the
settings file, THEME, PATH and the STATIC_PATHS inside PATH, and has no setting for more. The
seeds live beside the content folder, not in it, so editing an article would not rebuild. This
loop watches every folder the explainer reads, and rebuilds through `explainer.build`, so a
mistake prints one line and the last good site stays in `output/` and keeps being served.

Its rebuilds keep what they can reuse in memory (`site/incremental.py`): the caches' entries,
which a rebuild takes as they are instead of reading them from disk; and they copy every page
whose inputs did not change from the site being served. The site is served by a child process,
so that the builds run in a process of one thread, which may fork a second to use the second
core (`base/parallel.py`).
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
import time

from pelican.settings import read_settings
from pelican.utils import FileChangeFilter

from .build import main as build_main
from .settings import explainer_settings
from .site.incremental import keep_in_memory


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


# How long nothing must change before `next_change` calls its `idle` (milliseconds).
IDLE_MS = 1000


def next_change(
    paths: list[str], ignore_files=(), stop_event: threading.Event | None = None, idle=None
) -> set[str]:
    """Block until something under `paths` changes; the changed paths (empty if stopped).

    `idle`, when given, is called once nothing has changed for IDLE_MS: what changes while it
    runs is seen all the same, and returned once it is done."""
    import watchfiles

    for changes in watchfiles.watch(
        *paths,
        watch_filter=FileChangeFilter(ignore_file_patterns=set(ignore_files)),
        stop_event=stop_event,
        rust_timeout=IDLE_MS if idle is not None else 0 if stop_event is None else 200,
        yield_on_timeout=idle is not None,
    ):
        if changes:
            return {path for _, path in changes}
        if idle is not None:
            idle()
            idle = None
    return set()


class Server:
    """The site served by a child process (or, where there is no fork, by a thread)."""

    def __init__(self, httpd):
        self.pid = None
        self.port = httpd.server_address[1]  # the port asked for, or the one given for port 0
        if not hasattr(os, "fork"):  # pragma: no cover (Windows)
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            return
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # pragma: no cover (runs in the child, which never returns)
            _serve_in_child(httpd, parent)
        httpd.server_close()  # the child holds the socket now
        self.pid = pid

    def stop(self) -> None:
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = None


def _serve_in_child(httpd, parent: int) -> None:  # pragma: no cover
    """Serve until told to stop, or until the devserver is gone however it ended."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the devserver's to handle
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

        def watch():
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(0)

        threading.Thread(target=watch, daemon=True).start()
        httpd.serve_forever()
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def serve(output: str, bind: str, port: int) -> Server:
    """Serve `output` (whatever is there, as it changes) from now on. Started before the first
    build, so that the serving process is small: a process forked later would keep its own copy
    of every page of memory the builds go on to change."""
    from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer

    RootedHTTPServer.allow_reuse_address = True
    httpd = RootedHTTPServer(output, (bind, port), ComplexHTTPRequestHandler)
    sys.stdout.flush()
    return Server(httpd)


def _stop_on_terminate(signum, frame):
    raise SystemExit(0)


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
    server, announced = None, args.no_serve
    keep_in_memory()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop_on_terminate)  # the server child stops with the devserver
    try:
        if not args.no_serve:
            try:
                server = serve(output, args.bind, args.port)
            except OSError as err:
                print(f"error: cannot serve on {args.bind}:{args.port} ({err.strerror}); "
                      "choose another port, e.g. make devserver PORT=8001", file=sys.stderr)
                return 1
        while True:
            if build_main(["-s", settings_file, "-o", output]) == 130:  # Ctrl-C during a build: stop
                return 0
            if not announced and os.path.isdir(output):
                print(f"serving {output} on http://{args.bind}:{server.port}/ (Ctrl-C to stop)")
                announced = True
            try:
                settings = read_settings(settings_file)
                paths = watched_paths(settings_file, settings)
            except Exception:  # the build has already said what is wrong with the settings
                settings, paths = {}, [settings_file]
            print("watching " + ", ".join(os.path.relpath(p) for p in paths))
            # The last build's garbage is collected while the editor reads its site: a full
            # collection walks every object the builds keep, a second or two at 1,000 articles.
            changed = next_change(paths, settings.get("IGNORE_FILES", ()), idle=gc.collect)
            print("changed " + ", ".join(sorted(os.path.relpath(p) for p in changed)) + "; rebuilding")
    except KeyboardInterrupt:
        return 0
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
