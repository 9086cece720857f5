"""The Hama blocks left open, answered from dated reports (issue #15, h-hamadesert:
tools/regions_2016_2018_rules_hamadesert.py, sources/2016-2019-hamadesert.toml): the holder a user
sees on the days the reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SANA_ZARA = "sana-2017-07-21-zara-power-plant"
ALL = (SANA_ZARA,)


def test_the_zara_power_plant_is_the_governments_on_the_day_sana_reports(atlas):
    record = assert_region_answer(atlas, "al_zara_thermal_power_plant", date(2017, 7, 21),
                                  "government")  # fmt: skip
    assert record.sources == (SANA_ZARA,) and "party claim" in record.note
    assert "hamadesert_" in record.note


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 7, 20), date(2017, 7, 22),
                                 date(2018, 5, 15)])  # fmt: skip
def test_the_days_around_sanas_report_are_h_gapsites_continuity(atlas, day):
    """Once gaps here; h-gapsite answers them from Radio Rozana's report of 9 Jul 2016 and the
    pocket's end (16 May 2018), continuity inferred (tests/test_control_gapsite.py)."""
    record = assert_region_answer(atlas, "al_zara_thermal_power_plant", day, "government")
    assert "gapsite_" in record.note and "continuity inferred" in record.note


def test_the_zara_power_plant_is_the_governments_after_the_pocket_ended(atlas):
    # the fill batch's region-level answer from 16 May 2018 is unchanged
    state = atlas.control.history.state_of("al_zara_thermal_power_plant", date(2018, 5, 16))
    assert state.controller == "government"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the northern edge of the northern Homs / southern Hama pocket: opposition outlets have
        # the army take Deir al-Fardis and the rebels hold it, both on pages with no date
        ("deir_al_fardis", date(2017, 1, 1)),
        ("kafr_qadah", date(2017, 6, 1)),
        # north of Hama in the rebels' offensive of Sep - Oct 2016: no dated report names them
        ("kafraa", date(2016, 9, 15)),
        ("brigade_87", date(2016, 10, 1)),
        ("maar_shahour", date(2016, 10, 26)),
        # the desert north of Salamiyah and east of Ithriya: no dated report names them
        ("al_hamraa_hama", date(2017, 6, 1)),
        # SMART's 'Rasm al-Tina' taken by IS on 9 Jan 2018 lies by Qasr Ibn Wardan, not here
        ("rasm_al_tineh", date(2018, 1, 10)),
    ],
)
def test_days_no_dated_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-hamadesert.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> hamadesert_")
