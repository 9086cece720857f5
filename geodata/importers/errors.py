"""Import errors: every message names the file, the row or feature, and the problem.

An import is all or nothing, so a reader collects problems (up to ``MAX_PROBLEMS``) and then
fails once with all of them; the first line alone is a complete sentence for the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geodata.errors import AtlasError, Cancelled

#: A reader stops collecting after this many problems: the user fixes the file and retries.
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one row or feature (``where`` is e.g. "row 17" or "feature 3")."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ImportFailed(AtlasError):  # noqa: N818 - the name reads as what happened
    """The file cannot be imported; nothing was written anywhere."""

    def __init__(self, path: str | Path, problems: list[Problem], truncated: bool = False) -> None:
        self.path = Path(path)
        self.problems = list(problems)
        self.truncated = truncated
        super().__init__(self._one_line())

    def _one_line(self) -> str:
        first = f"{self.path.name}: {self.problems[0]}" if self.problems else self.path.name
        rest = len(self.problems) - 1
        if rest <= 0:
            return first
        more = "; ".join(str(p) for p in self.problems[1:4])
        counted = f"{rest}{'+' if self.truncated else ''} more problem{'s' if rest > 1 else ''}"
        return f"{first} ({counted}: {more}{'; ...' if rest > 3 else ''})"


class ImportCancelled(Cancelled):  # noqa: N818
    """Raised by a progress callback to stop an import (the GUI's Cancel button)."""


def fail(path: str | Path, where: str, message: str) -> ImportFailed:
    """One-problem failure, for ``raise fail(path, "row 3", "...")``."""
    return ImportFailed(path, [Problem(where, message)])


class ProblemList:
    """Collects problems while a reader goes on, so one run reports many of them."""

    def __init__(self, path: str | Path, limit: int = MAX_PROBLEMS) -> None:
        self.path = path
        self.limit = limit
        self.items: list[Problem] = []
        self.truncated = False

    def add(self, where: str, message: str) -> None:
        if len(self.items) >= self.limit:
            self.truncated = True
            raise self.error()
        self.items.append(Problem(where, message))

    def error(self) -> ImportFailed:
        return ImportFailed(self.path, self.items, self.truncated)

    def raise_if_any(self) -> None:
        if self.items:
            raise self.error()

    def __bool__(self) -> bool:
        return bool(self.items)
