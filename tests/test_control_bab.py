"""North and east Aleppo in 2016-2018 answered from dated sources (issue #15, h-bab:
tools/regions_2016_2018_rules_bab.py, sources/2016-2019-bab.toml): the holder the cited reports
give on days inside their periods, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_map_draws_holders, assert_region_answer, assert_stored_gap

CASES = [
    # the Azaz - Mare' road, retaken from IS on 8 Jun 2016 (SOHR via AFP and Reuters) ...
    ("kafr_kalbin", date(2016, 8, 20), "opposition"),
    ("kaljibrin", date(2016, 8, 1), "opposition"),
    # ... counted with the Turkish-backed rebels once the Azaz - Jarablus strip was secured
    ("sandaf", date(2016, 12, 1), "sna"),
    # between the road, Dabiq and al-Rai once Dabiq fell on 16 Oct 2016 (AFP; Jusoor's map)
    ("yahmul", date(2016, 11, 1), "sna"),
    ("til_alyan", date(2017, 1, 15), "sna"),
    # north of the Sajur, east of Ghandoura: the factions' from 4 Sep 2016 (Orient News; Reuters)
    ("ghandoura", date(2016, 10, 1), "sna"),
    ("yusuf_bayk", date(2017, 1, 1), "sna"),
    # Tuwayran named on 4 Sep, Ghaytun on 15 Oct 2016 (SOHR via Reuters)
    ("tuwayran", date(2016, 10, 1), "sna"),
    ("ghaytun", date(2016, 10, 20), "sna"),
    # the army took Tadif and 18 villages on 27 Feb 2017 (AFP): west and south-west of al-Bab
    ("sarjah_kabirah", date(2017, 3, 10), "government"),
    ("tel_rehal", date(2017, 5, 1), "government"),
    # and moved into the villages IS abandoned near Manbij that day (SOHR via AFP)
    ("jubb_al_sultan", date(2017, 4, 1), "government"),  # Taiha: h-rev7 (28 Feb, Al-Masdar)
    # west of Manbij along the Aleppo road, behind the council's front of Nov 2016 (party claims)
    ("umm_mayyal", date(2017, 1, 10), "sdf"),
    # north of al-Khafsa, once the army held the river bank (SOHR via Reuters; Syria Direct)
    ("jubb_hamad_ash_shallal", date(2017, 4, 15), "government"),
    # between Manbij and the Euphrates, the SDF's from Manbij's fall (ISW) to Dec 2018 (AFP) ...
    ("mukmar", date(2016, 9, 1), "sdf"),
    # ... and by the Sajur's mouth from the Jarablus council's withdrawal south of it (AP)
    ("qaber_imu", date(2017, 9, 1), "sdf"),
    # Afrin-district villages of the later Tell Rifaat pocket: the YPG's Afrin until Olive Branch
    ("aqiba", date(2017, 6, 1), "sdf"),
    # west of Azaz, in the area Olive Branch later took from the YPG
    ("sewarxa", date(2017, 6, 1), "sdf"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_bab_rules_answer_has_the_reported_holder(atlas, locality, day, controller):
    record = assert_region_answer(atlas, locality, day, controller)
    assert "> bab_" in record.note


def test_the_answers_cite_the_reports_that_date_them(atlas):
    history = atlas.control.history
    cited = {
        ("kafr_kalbin", date(2016, 8, 20)): "afp-2016-06-08-marea-azaz-road",
        ("ghandoura", date(2016, 10, 1)): "orient-2016-09-04-border-cleared",
        ("yahmul", date(2016, 11, 1)): "jusoor-2016-10-18-euphrates-shield-map",
        ("sarjah_kabirah", date(2017, 3, 10)): "afp-2017-02-27-army-presses-is-north",
        ("aqiba", date(2017, 6, 1)): "trt-2018-01-21-olive-branch-launched",
    }
    for (locality, day), source in cited.items():
        assert source in history.record_on(locality, day).sources, locality


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # Ghandoura before the factions' report of 4 Sep 2016
        ("ghandoura", date(2016, 8, 20)),
        # west of the Sajur dam: the day the factions reached it is not stored
        ("al_humayrah_jarabulus", date(2016, 12, 1)),
        # north of the Mare' - Dabiq line before Dabiq fell: the day each village fell is open
        ("yahmul", date(2016, 10, 1)),
        # south-west of Manbij before IS abandoned the villages
        ("taiha_twimat", date(2017, 2, 10)),
        # north of al-Khafsa between the army's advance east (20 Feb) and its arrival (7 Mar)
        ("jubb_hamad_ash_shallal", date(2017, 3, 1)),
        # west of Manbij before the council's front there is first reported (22 Nov 2016)
        ("umm_mayyal", date(2016, 10, 1)),
        # by the Sajur's mouth before the Kurdish-led forces' villages were reported (25 Aug 2016)
        ("jutah", date(2016, 8, 15)),
        # the Afrin pocket villages during Olive Branch and after it: no dated source
        ("baselhaya", date(2018, 2, 1)),  # Aqiba: answered by h-shield3 (never seized)
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_map_draws_the_answered_holder_at_the_place(atlas):
    assert_map_draws_holders(atlas, CASES[::3])


def test_tadif_is_the_army_s_from_its_report_of_27_february_2017(atlas):
    """A Syrian military source told AFP troops seized 'the town of Taduf' on Monday 27 Feb
    2017; the days since IS's withdrawal there (23 Feb) stay a gap."""
    history = atlas.control.history
    record = history.record_on("tadif", date(2017, 2, 28))
    assert record.controller == "government"
    assert "afp-2017-02-27-army-presses-is-north" in record.sources
    assert_stored_gap(atlas, "tadif", date(2017, 2, 25))
