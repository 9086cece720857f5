"""The checks the control-record tests share: a place answered by the region rules, a gap the
sources leave open, and the map drawing a record's holder at the place (issue #15)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from shapely.geometry import Point


def assert_region_answer(atlas, locality: str, day: date, controller: str):
    """The place has ``controller`` on ``day``, from a sourced row of the regions file; the
    record, for checks of its own."""
    history = atlas.control.history
    record = history.record_on(locality, day)
    assert history.state_of(locality, day).controller == controller, record
    assert record.sources and "2016-2018-regions.csv:" in record.file
    return record


def assert_stored_gap(atlas, locality: str, day: date) -> None:
    """The place is a stored gap on ``day``: an ``unknown`` row with its sources and a note."""
    record = atlas.control.history.record_on(locality, day)
    assert record is not None and record.controller == "unknown"
    assert record.sources and record.note


def assert_map_draws_holders(atlas, cases: Iterable[tuple[str, date, str]]) -> None:
    """The derived territory at (or, on a line, beside) each place is its record's holder."""
    for locality, day, controller in cases:
        place = atlas.control.history.localities[locality]
        point = Point(place.lon, place.lat)
        nearest = min(atlas.zones_at(day), key=lambda z: z.geometry.distance(point))
        assert nearest.geometry.distance(point) < 0.01, (locality, day)  # ~1 km
        assert nearest.controller == controller, (locality, day, nearest.id)


def sources_cited_by(atlas, *note_tags: str) -> set[str]:
    """The source ids the control rows cite whose note holds one of ``note_tags`` (a rule's
    ``> <rule prefix>`` tag)."""
    return {
        source
        for record in atlas.control.history.records
        if any(tag in (record.note or "") for tag in note_tags)
        for source in record.sources
    }


def assert_registered_with_publisher(source_ids: Iterable[str]) -> None:
    """Each id is a registry source with its publisher (what the panel shows a reader)."""
    from geodata.paths import data_dir
    from geodata.sources import load_registry

    registry = load_registry(data_dir())
    for source in source_ids:
        assert source in registry.sources, source
        assert registry.sources[source].publisher, source


def assert_source_file_registered(file_name: str) -> None:
    """Every source of ``sources/<file_name>`` is in the loaded registry, graded, with its kind
    and a publisher the registry knows."""
    import tomllib

    from geodata.paths import data_dir
    from geodata.sources import load_registry

    path = data_dir() / "sources" / file_name
    ids = [entry["id"] for entry in tomllib.loads(path.read_text(encoding="utf-8"))["source"]]
    registry = load_registry(data_dir())
    assert ids, file_name
    names = {publisher.name for publisher in registry.publishers.values()}
    for ident in ids:
        assert ident in registry.sources, ident
        source = registry.sources[ident]
        assert source.publisher in names and source.reliability and source.kind, ident


def assert_checked_answer(history, locality: str, day: date, controller: str, status: str,
                          among: Iterable[str], cited: str | None):  # fmt: skip
    """A fact-checked answer: the record of the day has this holder and status, names the
    parties ``among`` with it, and cites ``cited`` (None: any source); returns the record."""
    record = history.record_on(locality, day)
    assert record is not None and record.sources, (locality, day)
    assert (record.controller, record.status) == (controller, status), record
    assert set(among) <= set(record.with_parties), record
    assert cited is None or cited in record.sources, record
    return record


def assert_snapshot_answer(history, locality: str, day: date, zone: str = "government-2020-03-06"):
    """The place is the government's on ``day`` on the 2020-24 snapshot's word alone: its
    record cites that zone and nothing else (a spot-check's answer no report dates). The record,
    for checks of its own."""
    record = assert_checked_answer(history, locality, day, "government", "held", (), None)
    assert record.sources == (f"zone:{zone}",), record
    return record


def assert_no_answer(history, locality: str, day: date) -> None:
    """No holder on ``day``: no record, or a stored gap (a spot-check's skipped draw)."""
    record = history.record_on(locality, day)
    assert record is None or record.controller == "unknown", record


ANSWER_FIELDS = ("locality", "day", "controller", "status", "among", "cited")


def fact_check_tests(
    answers: Sequence[tuple], snapshot_cases: Sequence[tuple] = (), skipped: Sequence[tuple] = ()
) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """The three tests each fact-check module (``test_control_spotchecks_N``) runs over its own
    tables: every checked answer is what its report says (``ANSWER_FIELDS`` rows), every place
    answered by the 2020-24 snapshot alone cites that zone, and every skipped draw is no answer.
    Returned to be bound at the module's top level, where pytest collects them (with the
    module's own ``atlas`` fixture)."""
    import pytest

    @pytest.mark.parametrize(ANSWER_FIELDS, answers)
    def test_the_answer_is_what_the_report_says(
        atlas, locality, day, controller, status, among, cited
    ):
        assert_checked_answer(
            atlas.control.history, locality, day, controller, status, among, cited
        )

    @pytest.mark.parametrize(("locality", "day"), snapshot_cases)
    def test_the_snapshot_answer_cites_its_zone(atlas, locality, day):
        assert_snapshot_answer(atlas.control.history, locality, day)

    @pytest.mark.parametrize(("locality", "day"), skipped)
    def test_the_skipped_draws_are_gaps(atlas, locality, day):
        assert_no_answer(atlas.control.history, locality, day)

    return (
        test_the_answer_is_what_the_report_says,
        test_the_snapshot_answer_cites_its_zone,
        test_the_skipped_draws_are_gaps,
    )
