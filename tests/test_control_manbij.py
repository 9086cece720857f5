"""The band east of Manbij on 1-11 Aug 2016, before the city fell, and Darbasiyah in the Peace
Spring days of Oct 2019 (issue #15, h-manbij: tools/regions_2016_2018_rules_manbij.py,
sources/2016-2019-manbij.toml): the holder a user sees on the days Baladi News, Watan FM,
Reuters, Stratfor, ISW and VOA bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

BALADI = "baladi_news-2016-06-04-hayya-saghir"
WATAN = "watan_fm-2016-06-07-abu-qalqal"
STRATFOR = "stratfor-2016-08-06-manbij-80-percent"
VOA = "voa-2019-10-22-darbasiyah-ceasefire-expires"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # Abu Qalqal, al-Allush: taken by 6 Jun 2016 (Watan FM)
        ("abu_qilqil", date(2016, 8, 1)),
        ("al_allush", date(2016, 8, 11)),
        # between the city and the river
        ("qukhar", date(2016, 8, 5)),
        ("madasah", date(2016, 8, 11)),
        ("jurn_kabir", date(2016, 8, 1)),
        # west of the river, east of the band: the edges block
        ("mukmar", date(2016, 8, 1)),
    ],
)
def test_the_band_east_of_manbij_is_the_sdfs_before_the_city_fell(atlas, locality, day):
    """Villages east of 38.05 E taken in early June (Baladi News, Watan FM), the city encircled on
    10 Jun (Reuters) and fought over inside on 6 Aug (Stratfor), taken whole on 12 Aug (ISW)."""
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert {WATAN, STRATFOR} <= set(record.sources)
    assert "continuity inferred" in record.note


def test_the_band_runs_on_into_the_city_ring_rule(atlas):
    """From 12 Aug the earlier ring rule answers (SDF): no change of holder at the city's fall."""
    history = atlas.control.history
    for locality in ("abu_qilqil", "madasah", "mukmar"):
        assert history.state_of(locality, date(2016, 8, 11)).controller == "sdf"
        assert history.state_of(locality, date(2016, 8, 12)).controller == "sdf"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # nearer the city: villages on its edge were still being taken in August
        ("najawa", date(2016, 8, 5)),
        ("mankubah", date(2016, 8, 1)),
        # Jubb Nashama, south of the city (38.037 E), was reported taken only in August
        ("jubb_nashama", date(2016, 8, 1)),
        # west of the city
        ("sheikh_yahya", date(2016, 8, 1)),
        # the band's north-east corner: IS was reported back in the northern countryside on 11 Aug
        ("hayya_kabirat", date(2016, 8, 5)),
        ("kharfan", date(2016, 8, 11)),
        # the lake's west bank further south: al-Mashi, al-Atshana, Tall Hudhan taken after the
        # city fell (Baladi News); the villages 20 km south-east
        ("al_mashi", date(2016, 8, 5)),
        ("qabbasin", date(2016, 8, 1)),
        ("tishrin", date(2016, 8, 5)),
        ("sandaliyah_al_kabirah", date(2016, 8, 11)),
        # the Peace Spring days in the villages near Ras al-Ayn and Darbasiyah
        ("tell_beydar", date(2019, 10, 15)),
        # (al-Salihiyah: contested from the SNA claim of 14 Oct, review h-rev13)
        ("al_salihiyah_ras_al_ayn", date(2019, 10, 12)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize("locality", ["ad_darbasiyah", "darbasiyah_border_crossing"])
@pytest.mark.parametrize("day", [date(2019, 10, 9), date(2019, 10, 15), date(2019, 10, 22)])
def test_darbasiyah_stays_the_sdfs_through_peace_spring(atlas, locality, day):
    """VOA reported from the 'nearly-abandoned border city' on 22 Oct 2019, no Turkish-backed
    force in it, while Ras al-Ayn was theirs."""
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert VOA in record.sources and "continuity inferred" in record.note


def test_opposition_outlets_are_marked_as_such(atlas):
    record = atlas.control.history.record_on("abu_qilqil", date(2016, 8, 1))
    assert "opposition outlets" in record.note and BALADI in record.sources


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-manbij.toml")
    cited = sources_cited_by(atlas, "> manbij_east_b", "> darbasiyah_peace_spring")
    assert {BALADI, WATAN, STRATFOR, VOA} <= cited
