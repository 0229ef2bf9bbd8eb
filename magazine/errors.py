"""The one place for the build's problems and exceptions.

Only the CLI prints them and chooses an exit code: content problems exit 1,
configuration and usage errors exit 2.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, shown as ``path:line: message``."""

    path: str  # relative to the project, with forward slashes
    line: int  # 1-based; a problem with the file as a whole is on line 1
    message: str  # plain Dutch for contributors, ending with the fix

    def __post_init__(self):
        # Every problem has the same shape, path:line: message, so that it becomes an annotation.
        if self.line < 1:
            object.__setattr__(self, "line", 1)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class MagazineError(Exception):
    """Base class of every error the build reports."""


class ContentError(MagazineError):
    """The content has problems; all of them are listed, sorted by file and line."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], shown: str = ""):
        self.problems = tuple(sorted(set(problems)))
        self.shown = shown  # what was written all the same for the contributor to look at (preview), if anything
        super().__init__(f"{len(self.problems)} problem(s)")

    def __reduce__(self):  # raised in a worker process, re-raised in the build
        return (type(self), (self.problems, self.shown))


class ConfigError(MagazineError):
    """The edition configuration, the templates, the command line or the machine is not usable.

    Problems in a file (magazine.yml, data/*.yml, a template) are listed as `problems`, each
    with its path and line; other errors have only a message.
    """

    def __init__(self, message: str = "", problems: list[Problem] | tuple[Problem, ...] = ()):
        self.problems = tuple(sorted(set(problems)))
        self.message = message
        super().__init__(message or "\n".join(map(str, self.problems)))

    def __reduce__(self):
        return (type(self), (self.message, self.problems))
