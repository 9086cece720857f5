"""The open review items of the 2016-2024 control history, settled (issue #15, h-review:
sources/2016-2019-review.toml, rows tagged ``[review ...]`` in records/2016-2024.csv, rules in
tools/regions_2016_2018_rules_review.py): the holder of the named places on the days the dated
reports reach, the snapshot disagreements documented, and the days no report reaches as gaps."""

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

from geodata.control.consistency import read_documented
from geodata.paths import data_dir

SOHR_20_NOV = "sohr-2019-11-20-mshirfah-contact-line"


# --- item 1: al-Mushayrifa (north) and Umm al-Khalakhil, Oct - Dec 2019 -------------------------
@pytest.mark.parametrize(
    ("locality", "day", "controller", "status", "cited"),
    [
        # the snapshot draws both government from 23 Oct; SOHR has the contact line there on 20 Nov
        ("mashrafah_maarrat_al_numan", date(2019, 10, 23), "hts", "held", SOHR_20_NOV),
        ("mashrafah_maarrat_al_numan", date(2019, 11, 19), "hts", "held", SOHR_20_NOV),
        ("mashrafah_maarrat_al_numan", date(2019, 11, 21), "hts", "contested", SOHR_20_NOV),
        ("mashrafah_maarrat_al_numan", date(2019, 11, 24), "government", "held",
         "ap-2019-11-24-msheirfeh"),
        ("umm_al_khalakhil", date(2019, 11, 1), "hts", "held", SOHR_20_NOV),
        ("umm_al_khalakhil", date(2019, 11, 24), "hts", "contested",
         "step-2019-11-24-umm-al-khalakhil"),
        ("umm_al_khalakhil", date(2019, 11, 25), "government", "held",
         "radio_alkul-2019-11-25-umm-al-khalakhil"),
    ],
)  # fmt: skip
def test_the_contact_line_villages_fall_on_the_reported_days(
    atlas, locality, day, controller, status, cited
):
    among = ("government",) if status == "contested" else ()
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among, cited)


def test_the_map_shows_no_rebel_gain_at_the_contact_line_after_the_snapshot(atlas):
    """The days from 19 Dec (the daily batch) stay the army's: the records hand over without a
    switch back to the rebels."""
    history = atlas.control.history
    for place in ("mashrafah_maarrat_al_numan", "umm_al_khalakhil"):
        for day in (date(2019, 12, 18), date(2019, 12, 19), date(2020, 1, 15)):
            assert history.state_of(place, day).controller == "government", (place, day)


def test_the_snapshot_disagreements_are_documented_with_the_records_right():
    documented = read_documented(data_dir())
    for place in ("mashrafah_maarrat_al_numan", "umm_al_khalakhil"):
        entry = documented[(place, "hts", "government")]
        assert entry.right == "records" and SOHR_20_NOV in entry.sources


# --- item 2: Furayji is not shown as AP's 'Freija' of 8 Jan 2018 ---------------------------------
@pytest.mark.parametrize("day", [date(2018, 1, 8), date(2018, 6, 1), date(2019, 9, 15)])
def test_furayji_is_a_stored_gap_where_only_a_name_match_answered(atlas, day):
    """AP's Freija is named with villages round Sinjar, 16 km away; the gazetteer's Furayji lies
    between Khuwayn and Umm al-Khalakhil, which the rebels took back on 11 Jan 2018."""
    assert_stored_gap(atlas, "furayji", day)
    record = atlas.control.history.record_on("furayji", day)
    assert "ap-2018-01-08-fourteen-villages-idlib" not in record.sources


# --- item 3: Dayr Sunbul shows no rebel gain on 19 Dec 2019 --------------------------------------
def test_dayr_sunbul_has_no_phantom_rebel_gain_between_the_snapshots(atlas):
    """The autumn-2019 snapshot's government answer is followed by a stored gap, not by HTS: the
    continuity from the 18 Dec snapshot's HTS area does not reach the gazetteer point."""
    history = atlas.control.history
    assert history.state_of("dayr_sunbul", date(2019, 12, 18)).controller == "government"
    for day in (date(2019, 12, 19), date(2020, 2, 15), date(2020, 2, 25)):
        assert_stored_gap(atlas, "dayr_sunbul", day)
    assert history.state_of("dayr_sunbul", date(2020, 2, 26)).controller == "government"


# --- item 4: Talaylat before 9 Feb 2018 stays a gap -----------------------------------------------
def test_talaylat_before_the_pocket_ended_stays_a_gap(atlas):
    """Qasioun's 'whole Al-Hoss mountain area' (31 Jan 2018) does not reach a village 2.6 km
    south-west of al-Hader, on the front with the HTS-held villages round al-Eis."""
    assert_stored_gap(atlas, "talaylat", date(2018, 1, 31))
    assert atlas.control.history.state_of("talaylat", date(2018, 2, 9)).controller == "government"


# --- item 5: SOHR's week of air strikes on HTS-held villages, 22 - 28 Oct 2017 ---------------
@pytest.mark.parametrize("place", ["arfah", "rabdah", "qasr_ash_shawi", "abu_dali", "hamdaniyah"])
def test_the_villages_sohr_calls_hts_held_that_week_are_hts(atlas, place):
    history = atlas.control.history
    record = assert_region_answer(atlas, place, date(2017, 10, 25), "hts")
    assert "sohr-2017-10-north-east-hama-air-strikes" in record.sources
    # the days after are not sourced (h-long answers al-Hamdaniyah's to 28 Dec from SOHR's list
    # and SANA's claim of 30 Dec; 29 Dec stays a gap there; h-rev26 answers Abu Dali's to 28 Dec
    # from the New Arab's and Enab Baladi's reports, 29 Dec a gap)
    gap_day = date(2017, 12, 29) if place in ("hamdaniyah", "abu_dali") else date(2017, 10, 29)
    assert_stored_gap(atlas, place, gap_day)
    assert history.state_of(place, date(2017, 10, 22)).controller == "hts"


def test_the_review_sources_resolve_in_the_registry(atlas):
    cited = sources_cited_by(atlas, "[review ", "> review_")
    assert {"step-2019-11-24-umm-al-khalakhil", "radio_alkul-2019-11-25-umm-al-khalakhil"} <= cited
    assert_registered_with_publisher(cited)
    assert_source_file_registered("2016-2019-review.toml")
