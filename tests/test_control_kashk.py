"""Review h-kashk (issue #15): gazetteer points on the wrong side of the Euphrates (no data change).

1. Kashkiyeh (al-Kishkiyah), an east-bank Shaitat village whose point (Wikipedia control-map module,
   34.805 N 40.601 E) lies west of the river: no openly licensed dataset reachable here gives a
   sourced coordinate for the village (the UCDP GED copy in Conflict-shapes-in-flux carries no place
   names; the Open-Syria repositories list the village without coordinates), so the point is not
   moved and h-rev37's east-bank answers are kept: IS's in Dec 2017, a gap in 2018, the SDF's from
   the fall of Hajin to Nov 2024.
2. al-Quriyah (`al_quriyah`, a west-bank town whose point lies east of the river) kept its
   government answer; Sabhah (`sabhah`) kept the government's default. Review h-rev54 made both
   points gaps (see test_control_rev54.py)."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from geodata.paths import data_dir


def _locality(place: str) -> dict[str, str]:
    with (data_dir() / "control" / "localities.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["id"] == place:
                return row
    raise AssertionError(place)


@pytest.mark.parametrize(
    ("place", "lat", "lon"),
    [("kashkiyeh", 34.805, 40.601), ("al_quriyah", 35.001, 40.511), ("sabhah", 35.3, 40.233)],
)
def test_the_points_are_not_moved_without_a_sourced_coordinate(place, lat, lon):
    row = _locality(place)
    assert row["coord_source"] == "wikipedia-control-map"
    assert (float(row["lat"]), float(row["lon"])) == (lat, lon)


# Kashkiyeh's answers: at integration the point became a gap from 19 Nov 2017 (the village's
# SDF answer drawn on the west bank painted the desert round al-Ward): test_control_rev37.py.


# al-Quriyah's and Sabhah's answers: review h-rev54 made both points gaps (al-Quriyah's from 28
# Nov 2017, a west-bank town drawn on the east bank; Sabhah's from 19 Nov 2017, most likely the
# SDF's al-Subha by al-Busayrah misplaced in the army's Khasham pocket): test_control_rev54.py.


@pytest.mark.parametrize("day", ["2017-12-15", "2018-06-01", "2019-06-01", "2023-04-25"])
def test_al_quriyah_and_sabhah_are_gaps_since_h_rev54(atlas, day):
    history = atlas.control.history
    for place in ("al_quriyah", "sabhah"):
        assert history.state_of(place, date.fromisoformat(day)).controller == "unknown", place
