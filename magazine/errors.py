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
    line: int  # 1-based; 0 when the problem is about the file as a whole
    message: str  # plain Dutch for contributors, ending with the fix

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class MagazineError(Exception):
    """Base class of every error the build reports."""


class ContentError(MagazineError):
    """The content has problems; all of them are listed, sorted by file and line."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(sorted(set(problems)))
        super().__init__(f"{len(self.problems)} problem(s)")


class ConfigError(MagazineError):
    """The edition configuration, the command line or the machine is not usable."""
