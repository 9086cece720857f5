"""The Manbij front between the snapshots, fourth north-east pass (issue #15, h-ne4:
tools/regions_2016_2018_rules_ne4.py, sources/2016-2019-ne4.toml): the six villages west and
north-west of Manbij answered region-level as the SDF's shared with the army from 19 Dec 2019 to
5 Mar 2020, the snapshots' answers on the days either side, and the places no dated report of
those weeks reaches, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SOHR_FEB_2020 = "sohr-2020-02-manbij-west-villages-regime-wounded"
ANHA_17_FEB_2020 = "anha-2020-02-17-manbij-west-hundred-shells"
MASDAR_23_FEB_2020 = "al_masdar-2020-02-23-saa-sdf-foil-attack"
SOHR_OCT_2019 = "sohr-2019-10-manbij-al-farat-shelled"
ANSWERED = (
    "jamusiya",
    "begrewan",
    "khirbat_nafakh",
    "zunqul_sharqi",
    "mashrafat_al_buwayr_al_shamali",
    "wuraydah",
)


@pytest.mark.parametrize("locality", ANSWERED)
def test_the_villages_west_of_manbij_are_the_sdfs_shared_with_the_army(atlas, locality):
    history = atlas.control.history
    for day in (date(2019, 12, 19), date(2020, 1, 15), date(2020, 2, 16), date(2020, 3, 5)):
        record = assert_region_answer(atlas, locality, day, "sdf")
        assert_checked_answer(history, locality, day, "sdf", "shared", ("government",),
                              SOHR_FEB_2020)  # fmt: skip
        assert "region-level" in record.note and "continuity inferred" in record.note
        assert "party claim" in record.note and "ne4_manbij_west_" in record.note


@pytest.mark.parametrize("locality", ANSWERED)
def test_the_snapshots_answer_the_days_either_side(atlas, locality):
    history = atlas.control.history
    for day in (date(2019, 12, 18), date(2020, 3, 6)):
        record = history.record_on(locality, day)
        assert history.state_of(locality, day).controller == "sdf", record
        assert "ne4_" not in (record.note or "")


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the Sajur villages north of Manbij: no report of those weeks names them
        ("jat", date(2020, 1, 15)),
        ("tukhar_kabir", date(2020, 2, 16)),
        ("awn_al_dadat", date(2020, 1, 15)),
        ("qirata", date(2020, 2, 1)),
        # by Arima, 8 - 9 km from the villages the reports name
        ("battushiyah", date(2020, 2, 16)),
        ("jaqal_kabir", date(2020, 2, 16)),
        ("abu_mandil", date(2020, 2, 1)),
        # east of the Euphrates by the Tishrin dam, Aqbash, the Mabrouka villages
        ("hajj_ali", date(2020, 1, 15)),
        ("aqbash", date(2020, 1, 15)),
        ("mebruka", date(2020, 1, 15)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ne4.toml")
    cited = sources_cited_by(atlas, "> ne4_")
    assert {SOHR_FEB_2020, ANHA_17_FEB_2020, MASDAR_23_FEB_2020, SOHR_OCT_2019} <= cited
    assert_registered_with_publisher(cited)
