"""North and east Aleppo in 2016-2017 answered from dated sources (issue #15, h-bab2:
tools/regions_2016_2018_rules_bab2.py, sources/2016-2019-bab2.toml): the holder the cited
reports give on days inside their periods, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_map_draws_holders,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

CASES = [
    # north of al-Bab, IS's 'northern bastion' (the SDF via AFP, 14 Aug 2016), before Euphrates
    # Shield began on 24 Aug; IS kept its last border strip until 4 Sep (AP)
    ("arab_wiran", date(2016, 8, 10), "isis"),
    ("zilif", date(2016, 8, 20), "isis"),
    ("tall_jurji", date(2016, 8, 1), "isis"),
    # named by SOHR among 11 villages the factions took from IS about ten weeks into the operation
    ("arab_wiran", date(2016, 9, 15), "isis"),
    ("tarhin", date(2016, 10, 20), "isis"),
    # the strip east of Deir Hafer (37.75-37.80 E): IS before the army's campaign of 17 Jan 2017
    ("jafirat_mansur", date(2016, 11, 1), "isis"),
    ("zaaraya", date(2016, 9, 1), "isis"),
    # ... the army's once Deir Hafer fell on 29 Mar 2017 (Reuters; SANA via Xinhua), within 10 km
    ("jafirat_mansur", date(2017, 4, 15), "government"),
    # ... and on its line to al-Khafsa (7 Mar 2017, SOHR via Reuters)
    ("zaaraya", date(2017, 3, 20), "government"),
    ("manatir_al_jarif", date(2017, 5, 1), "government"),
    ("abu_tawil", date(2017, 4, 1), "government"),
    ("balwah", date(2017, 3, 8), "government"),
    # south of Deir Hafer's latitude: IS to the army's advance of 18-19 Feb 2017 (Reuters)
    ("husun_hamudayn", date(2017, 2, 1), "isis"),
    # north of the Jirah airbase once the army took it on 13 May 2017 (Reuters; SOHR via AFP)
    ("qasr_hadlah", date(2017, 5, 20), "government"),
    ("hurriyah_manbij", date(2017, 6, 1), "government"),
    # west and south-west of al-Bab before the army's campaign of 17 Jan 2017 (SOHR) ...
    ("sarjah_kabirah", date(2016, 12, 1), "isis"),
    ("tel_rehal", date(2016, 9, 1), "isis"),
    # ... north of 36.35 N before the factions neared from the north-west (13 Nov 2016)
    ("zewyan", date(2016, 10, 1), "isis"),
    # between al-Bab and Manbij, on IS's road to Raqqa (SOHR via The Arab Weekly, Nov 2016)
    ("halasiyah", date(2016, 11, 13), "isis"),
    ("zuzurah", date(2017, 1, 10), "isis"),
    # south of al-Bab behind the army's advance of 18-19 Feb 2017 (SOHR via Reuters) ...
    ("khirbat_al_jahsh", date(2017, 2, 25), "government"),
    ("misrihah", date(2017, 3, 10), "government"),
    # ... and south-east of Tadif once it took Tadif and 18 villages on 27 Feb (AFP)
    ("abu_jabbar_kabir", date(2017, 3, 1), "government"),
    # three villages west of Manbij, east of the council's Nov 2016 front (party claims), until
    # the handover of the front-line villages at Arima (Mar 2017)
    ("battushiyah", date(2017, 1, 10), "sdf"),
    ("wuraydah", date(2016, 12, 15), "sdf"),
    ("jaqal_kabir", date(2017, 2, 20), "sdf"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_bab2_rules_answer_has_the_reported_holder(atlas, locality, day, controller):
    record = assert_region_answer(atlas, locality, day, controller)
    assert "> bab2_" in record.note


def test_the_answers_cite_the_reports_that_date_them(atlas):
    history = atlas.control.history
    cited = {
        ("arab_wiran", date(2016, 8, 10)): "afp-2016-08-14-al-bab-military-council",
        ("zilif", date(2016, 8, 20)): "ap-2016-09-04-is-loses-last-border-strip",
        ("tarhin", date(2016, 10, 20)): "sohr-2016-11-al-bab-11-villages",
        ("qasr_hadlah", date(2017, 5, 20)): "reuters-2017-05-13-jarrah-airport-enclave",
        ("zaaraya", date(2017, 3, 20)): "reuters-2017-03-07-khafsa",
        ("jafirat_mansur", date(2017, 4, 15)): "reuters-2017-03-29-deir-hafer",
        ("battushiyah", date(2017, 1, 10)): "kdn-2016-11-22-manbij-west-villages",
        ("sarjah_kabirah", date(2016, 12, 1)): "sohr-2017-02-03-bzaah-offensive",
        ("halasiyah", date(2016, 11, 13)): "arab_weekly-2016-11-13-al-bab",
    }
    for (locality, day), source in cited.items():
        assert source in history.record_on(locality, day).sources, locality


def test_the_new_sources_are_registered_with_their_publishers():
    assert_source_file_registered("2016-2019-bab2.toml")


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # north of al-Bab once Euphrates Shield began: the day each village changed hands is open
        ("bash_jurn", date(2016, 9, 15)),
        # (Shedar before the factions' 13 Nov front and al-Rai's border crossing in Aug 2016 were
        # gaps here; h-shield2 answered them from dated reports: tests/test_control_shield2.py)
        # east of Deir Hafer between the army's campaign (17 Jan) and the town's fall (29 Mar)
        ("jafirat_mansur", date(2017, 2, 15)),
        # on the line to al-Khafsa before the army reached the river (7 Mar)
        ("zaaraya", date(2017, 2, 1)),
        # (Balwah's 7 Mar is answered from SANA's list by h-ealeppo4: Tall Aswad instead)
        ("tall_aswad", date(2017, 3, 7)),
        # north of the Jirah airbase before it fell (13 May 2017)
        ("qasr_hadlah", date(2017, 4, 1)),
        # south of Deir Hafer's latitude after the army's February advance
        ("husun_hamudayn", date(2017, 4, 1)),
        # west of Manbij before the council's front there is first reported (22 Nov 2016)
        ("battushiyah", date(2016, 10, 1)),
        # ... and within 8 km of Arima once the council handed its front-line villages over
        ("jaqal_kabir", date(2018, 7, 1)),
        # west of al-Bab, north of 36.35 N, once the factions neared (13 Nov 2016)
        ("zewyan", date(2016, 12, 1)),
        # between al-Bab and Manbij during the army's campaign: the day is not stored
        ("halasiyah", date(2017, 2, 1)),
        # south-west of Manbij, where the batch has the SDF from Mar 2017: IS or SDF before
        ("jurunli", date(2016, 10, 1)),
        # south of al-Bab during the army's first month (17 Jan - 19 Feb 2017)
        ("khirbat_al_jahsh", date(2017, 2, 1)),
        ("abu_jabbar_kabir", date(2017, 2, 22)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_map_draws_the_answered_holder_at_the_place(atlas):
    assert_map_draws_holders(atlas, CASES[::3])
