"""Shared by the `validate` tests: the minimal valid data set (copied by conftest's `data`
fixture), a way to break one line of it, and the problems `validate` reports."""

from __future__ import annotations

from pathlib import Path

from geodata.validate import validate_dir

MINI = Path(__file__).parent / "fixtures" / "mini_data"


def problems(path: Path) -> list[str]:
    return [str(p) for p in validate_dir(path)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
