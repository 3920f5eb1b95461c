"""The one kind of error an editor sees.

The editor is not a programmer: a problem in their input is reported as one line naming the
file (and line) and what to do, never as a traceback. Everything the plugin rejects raises
ExplainerError; the build command prints it and leaves the previous site untouched.
"""

from __future__ import annotations

import os


class ExplainerError(Exception):
    def __init__(self, path: str | os.PathLike | None, message: str, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        # One line whatever the input held: a value quoted in the message may span lines.
        self.message = " ".join(message.split())
        super().__init__(str(self))

    def __str__(self) -> str:
        where = display_path(self.path) if self.path else ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class Problems(ExplainerError):
    """Several problems found in one run, reported one line each (`problems`)."""

    def __init__(self, problems: list[ExplainerError]):
        self.problems = tuple(problems)
        first = self.problems[0]
        super().__init__(first.path, first.message, first.line)

    def __str__(self) -> str:
        return "\n".join(ExplainerError.__str__(p) for p in self.problems)

    @staticmethod
    def raise_any(problems: list[ExplainerError]) -> None:
        """Raise nothing, the one problem as it is, or several as Problems."""
        if problems:
            raise problems[0] if len(problems) == 1 else Problems(problems)


# How a YAML syntax error in an editor's file is explained: the usual cause and its cure.
QUOTE_VALUES = "; check the YAML syntax (quote values containing ':' or '#')"


def yaml_error(path: str | os.PathLike, err: Exception, advice: str = "; check the YAML syntax") -> ExplainerError:
    """A YAML parser's complaint about an editor's file as the build's one line: the problem,
    the line it was found on, and `advice`."""
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or "invalid YAML"
    return ExplainerError(path, problem + advice, line=mark.line + 1 if mark else None)


def first_line(path: str | os.PathLike, wanted) -> int | None:
    """The number of the first line of a UTF-8 file for which `wanted(line)` is true: where to
    point the editor when the parsed value no longer says."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle.read().splitlines(), start=1):
            if wanted(line):
                return number
    return None


def display_path(path: str | os.PathLike) -> str:
    """A path as the editor would type it: relative to where they ran `make`."""
    path = os.fspath(path)
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith(".." + os.sep + "..") else relative
