"""Shared by the import fuzz tests (test_import_fuzz*.py): the property every import must keep,
the hypothesis settings, and the odds of corrupting a nearly valid value."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st

from geodata.errors import AtlasError
from geodata.importers import preview, read_file

FUZZ = settings(
    max_examples=1200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def import_must_not_crash(path: Path, **options) -> None:
    """The property: success, or an AtlasError with a one-line message naming the file."""
    for action in (read_file, preview):
        try:
            action(path, **options)
            event(f"{action.__name__} succeeded")
        except AtlasError as exc:
            message = str(exc)
            assert message and "\n" not in message.split(" (")[0]
            assert path.name in message or "--map" in message


#: Mostly valid: one value in 25 replaced by junk.
CORRUPT = st.sampled_from([False] * 24 + [True])
