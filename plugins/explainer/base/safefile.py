"""Reading an editor's file, and nothing from outside the project.

Every file the build reads is named by where it sits in the project (`seeds/<id>.txt`,
`content/people/<slug>.md`, ...), but a name can be a link, and a link can lead anywhere: to
`/proc/self/environ` (a page would publish the build's environment), to `/dev/zero` (a seed
that never ends), to a named pipe (a build that waits forever). So a file is read only when it
is a regular file inside the project, and at most one byte more than its limit is read
whatever its size claims to be (files under /proc claim 0 bytes). What is refused is said in
one line naming the file and what to do, as every other problem of the input.

A link is fine while it leads to a file inside the project: the folder of the settings file,
or a folder the settings name as an input (`PATH`, `EXPLAINER_SEEDS_PATH`, ...), which the
build sets with `project_roots`. Without one (a test reading a folder directly), the folder
that holds the file's folder counts as the project (`seeds/..`).
"""

from __future__ import annotations

import contextvars
import errno
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import ExplainerError

# The folders a link may lead into, for the build under way (realpaths). A forked child
# (base/parallel.py) sees the parent's.
_ROOTS: contextvars.ContextVar[tuple[str, ...] | None] = contextvars.ContextVar("explainer_roots", default=None)

# What `input_problems` allows a file the plugin reads whole with no limit of its own: an
# editorial page or a person file (the example's longest is 9 KB), and any other file of the
# seeds and people folders, which the build hashes to know whether its input changed.
MAX_PAGE_BYTES = 1_000_000
MAX_OTHER_BYTES = 20_000_000

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


@contextmanager
def project_roots(*roots: str | os.PathLike) -> Iterator[None]:
    """While the block runs, links may lead into these folders (and nowhere else)."""
    token = _ROOTS.set(tuple(dict.fromkeys(os.path.realpath(r) for r in roots)))
    try:
        yield
    finally:
        _ROOTS.reset(token)


def allowed_roots(path: str | os.PathLike) -> tuple[str, ...]:
    roots = _ROOTS.get()
    if roots is not None:
        return roots
    return (os.path.realpath(os.path.dirname(os.path.dirname(os.path.abspath(path)))),)


def _inside(real: str, roots: Iterable[str]) -> bool:
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in the editor's words (None: regular)."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def _refuse_kind(path, mode: int, what: str) -> None:
    kind = _kind(mode)
    if kind is not None:
        raise ExplainerError(path, f"is {kind}, not a regular file; replace it with {_a(what)} of plain text, or remove it")


def _a(what: str) -> str:
    return f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"


def _unreadable(path, err: OSError) -> ExplainerError:
    return ExplainerError(
        path, f"cannot be read ({err.strerror or err}); check the file's permissions (e.g. chmod a+r on it)"
    )


def check_project_file(path: str | os.PathLike, what: str = "file") -> str:
    """The path to open for `path`: itself, or the file its link leads to. Refused with the
    build's one line: a link leading outside the project or to nothing, and anything that is
    not a regular file (a folder, a named pipe, a socket, a device). `what` names the file in
    the advice ("article", "sidecar", "page")."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise ExplainerError(path, f"does not exist; create the {what}, or remove what names it") from None
    except OSError as err:
        raise _unreadable(path, err) from None
    real = os.fspath(path)
    if stat.S_ISLNK(info.st_mode):
        target = os.readlink(path)
        try:
            real = os.path.realpath(path, strict=True)
            info = os.stat(real)
        except OSError:
            raise ExplainerError(
                path, f"is a link to {target}, which leads to no file; replace the link with the {what} itself, "
                "or remove it"
            ) from None
        if not _inside(real, allowed_roots(path)):
            raise ExplainerError(
                path, f"is a link to {target}, outside the project, and nothing outside the project is read; "
                f"copy the {what} into the project instead of linking to it"
            )
    _refuse_kind(path, info.st_mode, what)
    return real


def read_project_bytes(path: str | os.PathLike, limit: int, what: str = "file") -> bytes:
    """The bytes of the file at `path`, checked as `check_project_file` does: at most
    `limit + 1` of them, so that more than `limit` means the file is too large (the caller
    says so in its own words), whatever its size claims to be."""
    real = check_project_file(path, what)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(real, flags)
    except OSError as err:
        if err.errno == errno.ELOOP:  # became a link since it was checked
            raise ExplainerError(path, f"changed while it was read; build again once the {what} is saved") from None
        raise _unreadable(path, err) from None
    try:
        _refuse_kind(path, os.fstat(fd).st_mode, what)  # what was opened, not what was looked at
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as err:
        raise _unreadable(path, err) from None
    finally:
        os.close(fd)


def read_project_text(path: str | os.PathLike, limit: int, what: str = "file") -> str:
    """`read_project_bytes` as UTF-8 text (a BOM dropped, line ends as written), refused with
    one line when larger than `limit` bytes or not UTF-8."""
    raw = read_project_bytes(path, limit, what)
    if len(raw) > limit:
        raise ExplainerError(path, f"is larger than {_size(limit)}, far more than {_a(what)} needs; check that it is the right file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ExplainerError(path, f"not UTF-8; re-save the {what} as UTF-8 text", line=line) from None


def _size(limit: int) -> str:
    return f"{limit / 1e6:g} MB" if limit >= 1_000_000 else f"{limit // 1000} KB"


def by_name(paths: Iterable[Path]) -> list[Path]:
    """Files of one folder in the order Paths sort in, by their names: comparing Paths builds
    their parts on every comparison (70 ms a rebuild at 2,000 seeds, against 7)."""
    return sorted(paths, key=lambda path: path.name)


def input_problems(
    named: Iterable[tuple[Path, str, int | None]], folders: Iterable[Path] = ()
) -> list[ExplainerError]:
    """What stops the build among the files it will read, one problem per file, checked before
    anything is read: a link leading outside the project or to nothing, a file that is not a
    regular file, a file larger than its limit.

    `named` holds (a file or a glob such as `seeds/*.txt`, what such a file is, its size limit
    or None when its reader bounds it); anything that exists under such a name is checked.
    `folders` are read whole (every file in them is hashed to know whether the input changed):
    in them, a regular file or a link to one that no name covers must not lead outside the
    project nor exceed MAX_OTHER_BYTES. A missing file or folder is not a problem here.
    """
    problems: dict[str, ExplainerError] = {}
    covered: set[str] = set()
    folders = list(folders)
    for folder in dict.fromkeys([*(pattern.parent for pattern, _, _ in named), *folders]):
        try:
            if folder.is_dir():
                os.listdir(folder)
        except OSError as err:  # a folder that cannot be listed would look empty
            problems[str(folder)] = ExplainerError(
                folder, f"cannot be read ({err.strerror or err}); check the folder's permissions (e.g. chmod a+rx on it)"
            )
    for pattern, what, limit in named:
        if str(pattern.parent) in problems:
            continue
        matches = by_name(pattern.parent.glob(pattern.name)) if "*" in pattern.name else [pattern]
        for path in matches:
            if not os.path.lexists(path) or str(path) in covered:
                continue
            covered.add(str(path))
            try:
                real = check_project_file(path, what)
                size = _readable_size(path, real)
                if limit is not None and size > limit:
                    raise ExplainerError(
                        path, f"is {size / 1e6:.1f} MB, far more than {_a(what)} needs ({_size(limit)} at most); "
                        "check that it is the right file"
                    )
            except ExplainerError as err:
                problems.setdefault(str(path), err)
    for folder in folders:
        if not folder.is_dir() or str(folder) in problems:
            continue
        for path in by_name(folder.iterdir()):
            if str(path) in covered or not path.is_file():  # what the build does not read
                continue
            try:
                real = check_project_file(path)
                size = _readable_size(path, real)
                if size > MAX_OTHER_BYTES:
                    raise ExplainerError(
                        path, f"is {size / 1e6:.1f} MB, and every file in {folder.name}/ is read at each build; "
                        f"move it out of {folder.name}/"
                    )
            except ExplainerError as err:
                problems.setdefault(str(path), err)
    return list(problems.values())


def _readable_size(path, real: str) -> int:
    """The size of a regular file that can be opened for reading (tried, not guessed from its
    mode: root reads what its mode forbids, and a file system may say no for its own reasons)."""
    try:
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise _unreadable(path, err) from None
    try:
        return os.fstat(fd).st_size
    finally:
        os.close(fd)
