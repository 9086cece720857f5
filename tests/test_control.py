"""The control history: records per locality, lineage, derived territory and its zones."""

from __future__ import annotations

from datetime import date

import pytest
import shapely
from control_fixture import make_control_dir

from geodata.atlas import load_atlas
from geodata.control.load import ControlDataError, load_control
from geodata.control.model import UNKNOWN


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return make_control_dir(tmp_path_factory.mktemp("control"))


@pytest.fixture(scope="module")
def atlas(data_dir):
    return load_atlas(data_dir)


def test_a_locality_changes_hands_on_the_recorded_days(atlas):
    history = atlas.control.history
    assert history.state_of("afrin", date(2018, 3, 17)).controller == "sdf"
    assert history.state_of("afrin", date(2018, 3, 18)).controller == "sna"
    # Saraqib, 2020: taken by the government, retaken, contested, taken again
    days = {
        date(2020, 2, 7): ("opposition", "held"),
        date(2020, 2, 8): ("government", "held"),
        date(2020, 2, 27): ("opposition", "contested"),
        date(2020, 3, 2): ("government", "held"),
    }
    for day, (controller, status) in days.items():
        state = history.state_of("saraqib", day)
        assert (state.controller, state.status) == (controller, status), day


def test_researched_records_take_precedence_over_migrated_snapshots(atlas):
    history = atlas.control.history
    # the 2020-03-06 snapshot puts Saraqib in the government area too; the research record
    # (government from 2020-03-02, open) is the one in force
    record = history.record_on("saraqib", date(2023, 4, 25))
    assert not record.baseline and record.sources == ("test-saraqib-4",)
    # Kobani has no research record: the migrated snapshot answers, citing its zone
    kobani = history.record_on("kobani", date(2023, 4, 25))
    assert kobani.baseline and kobani.sources[0].startswith("zone:")


def test_a_day_between_snapshots_without_records_is_a_gap(atlas):
    history = atlas.control.history
    # Kobani is only in the migrated snapshots: nothing between 18 Dec 2019 and 6 Mar 2020
    assert history.state_of("kobani", date(2020, 1, 15)).controller == UNKNOWN


def test_party_names_follow_the_day(atlas):
    parties = atlas.parties
    assert parties["government"].name_on(date(2019, 1, 1)) == "Syrian government (Assad)"
    caretaker = parties["transitional_government"].name_on(date(2025, 1, 10))
    assert caretaker == "Syrian caretaker government"
    later = parties["transitional_government"].name_on(date(2025, 4, 1))
    assert later == "Syrian transitional government"
    assert {link.party for link in parties["transitional_government"].successor_of} >= {
        "hts",
        "sna",
    }


def test_migrated_snapshot_days_derive_the_snapshot_zones(tmp_path):
    # only the migrated records: the derived zones are the snapshots, ids and shapes
    data = make_control_dir(tmp_path, researched=None)
    derived = load_atlas(data)
    stored = {z.id: z for z in derived.zones}
    for day in (date(2019, 11, 1), date(2023, 4, 25), date(2024, 12, 20)):
        zones = derived.zones_at(day)
        assert zones and all("derived from" in z.accuracy for z in zones)
        snapshot = [z for z in stored.values() if z.valid_on(day)]
        assert {z.id for z in zones} == {z.id for z in snapshot}
        for zone in zones:
            assert zone.geometry.symmetric_difference(stored[zone.id].geometry).area < 1e-6
            assert zone.controller == stored[zone.id].controller


def test_derived_territory_tiles_syria_without_overlap(atlas):
    outline, _ = __import__("geodata.control.derived", fromlist=["_outline"])._outline(
        atlas.control.data_dir
    )
    for day in (date(2018, 6, 1), date(2020, 2, 10), date(2023, 4, 25)):
        zones = atlas.zones_at(day)
        union = shapely.union_all([z.geometry for z in zones])
        assert union.symmetric_difference(outline).area < 1e-4 * outline.area, day
        total = sum(z.geometry.area for z in zones)
        assert total == pytest.approx(union.area, rel=1e-6), day


def test_every_locality_lies_in_its_controllers_zone(atlas):
    history = atlas.control.history
    day = date(2020, 2, 10)  # Saraqib government-held, Idlib HTS
    for locality_id in ("saraqib", "idlib", "afrin", "aleppo"):
        locality = history.localities[locality_id]
        zone = atlas.controller_at(locality.lon, locality.lat, day)
        assert zone is not None
        assert zone.controller == history.state_of(locality_id, day).controller


def test_days_without_change_share_the_derived_result(atlas):
    control = atlas.control
    first = control.zones_on(date(2021, 5, 1))
    assert control.zones_on(date(2022, 8, 9)) is first


def test_derived_zones_carry_their_localities_sources(atlas):
    zone = atlas.controller_at(36.80, 35.82, date(2020, 2, 10))  # Saraqib
    assert zone.controller == "government"
    assert "test-saraqib-2" in [s.id for s in zone.sources]  # resolved through the registry


def test_a_record_without_sources_is_refused_naming_file_and_row(tmp_path):
    bad = "locality,controller,from,to,status,with,sources,note\nafrin,sna,2018-03-18,,held,,,\n"
    data = make_control_dir(tmp_path, researched=bad)
    with pytest.raises(ControlDataError, match=r"control/records/test-research.csv:2: sources"):
        load_control(data)


def test_an_enclave_comes_out_because_it_is_a_locality(tmp_path):
    # Qamishli airport, government-held inside the SDF's north-east (test record, real place
    # from the bundled gazetteer): a government enclave in the SDF area, Qamishli city SDF.
    research = (
        "locality,controller,from,to,status,with,sources,note\n"
        "qamishli_airport,government,2020-03-06,2024-11-26,held,,test-qamishli,\n"
    )
    atlas = load_atlas(make_control_dir(tmp_path, research, bundled_gazetteer=True))
    day = date(2023, 4, 25)
    airport = atlas.controller_at(41.191, 37.010, day)
    assert airport.controller == "government"
    assert atlas.controller_at(41.23142, 37.05215, day).controller == "sdf"  # Qamishli
    main_area = atlas.controller_at(37.16117, 36.20124, day)  # Aleppo: the government's
    assert main_area.controller == "government" and main_area.id != airport.id
    assert not airport.geometry.intersects(main_area.geometry)
    assert airport.geometry.area < 0.01  # a few km around the airport, not a region


def test_moving_forward_day_by_day_gives_the_same_states_as_a_fresh_look(data_dir):
    from datetime import timedelta

    from geodata.control.history import ControlHistory
    from geodata.control.load import load_control

    files = load_control(data_dir)
    walked = ControlHistory(files.localities, files.records, files.coverage)
    day = date(2018, 1, 1)
    while day <= date(2020, 4, 1):  # through Afrin 2018 and Saraqib 2020, one day at a time
        fresh = ControlHistory(files.localities, files.records, files.coverage)
        if day.day in (1, 8, 27) or day.month == 3:
            assert walked.states_on(day) == tuple(
                fresh.state_of(lid, day) for lid in fresh.order
            ), day
        else:
            walked.states_on(day)
        day += timedelta(days=1)


def test_days_derived_on_two_threads_at_once_equal_a_fresh_derivation(data_dir):
    import threading
    from datetime import timedelta

    days = [date(2019, 11, 1) + timedelta(days=37 * k) for k in range(12)]
    shared = load_atlas(data_dir).control
    worker = threading.Thread(target=shared.prepare, args=(days,))
    worker.start()
    mine = {day: shared.zones_on(day) for day in reversed(days)}  # meanwhile, from the end
    worker.join()
    assert all(shared.is_cached(day) for day in days if shared.covers(day))
    fresh = load_atlas(data_dir).control
    for day in days:
        expected = fresh.zones_on(day)
        assert [z.id for z in mine[day]] == [z.id for z in expected], day
        for ours, theirs in zip(mine[day], expected, strict=True):
            assert ours.geometry.symmetric_difference(theirs.geometry).area < 1e-9, day
