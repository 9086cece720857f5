"""Review h-rev9 (issue #15): the Mount Simeon / Sherawa villages at the Afrin canton's southern
edge, 2016 - Mar 2018.

- Keferlebe (Kafr Lab, an uninhabited ruin between Basufan, Fafertin, Kabashin and Burj Suleiman:
  eSyria) and Baziher (2.4 km south of Basufan, 3.5 km east of Qal'at Sim'an, which the Nusra
  Front and Ahrar al-Sham held in Nov 2015: ARA News) showed the rebels/HTS from 1 Aug 2016 to
  22 Oct 2019 from the autumn-2019 snapshot's Idlib zone only: no dated source, stored gaps.
- Kimar: the Olive Branch operation room announced its capture on 21 Mar 2018 (Baladi News), so
  the Turkish-backed factions hold it from 21 Mar, not 18 Mar; the fighting weeks run to 20 Mar.
- Bashmara: the YPG reported a front there on 15 - 16 Jul 2017 (ANF, party media): the canton's
  from 15 Jul 2017 to 19 Jan 2018, continuity inferred; the days before and the Olive Branch weeks
  stay gaps.
- Shaykh Aqil and Qabtan al-Jabal: the rebel answer is right (Akhbar Al Aan, 26 Feb 2016).
"""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ESYRIA = "esyria-2014-05-17-kafr-lab"
ARA_2015 = "aranews-2015-11-nusra-bombs-basufan-baaya"
ANF_2017 = "anf-2017-07-ypg-basufan-bashmara-front"
AKHBAR_2016 = "akhbar_alaan-2016-02-26-sheikh-aqil"
BALADI_2018 = "baladi_news-2018-03-21-kimar-barad"
EDGE = ("keferlebe", "baziher")


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev9.toml")


def test_the_review_sources_have_publishers():
    assert_registered_with_publisher([ESYRIA, ARA_2015, ANF_2017, AKHBAR_2016])


@pytest.mark.parametrize("locality", EDGE)
@pytest.mark.parametrize(
    "day",
    [date(2016, 8, 1), date(2017, 7, 21), date(2018, 3, 18), date(2019, 1, 10),
     date(2019, 10, 22)],
)  # fmt: skip
def test_keferlebe_and_baziher_are_gaps_not_the_snapshots_rebels(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)
    record = atlas.control.history.record_on(locality, day)
    assert "rev9" in record.note and "no dated source" in record.note


def test_keferlebe_cites_where_it_lies(atlas):
    assert ESYRIA in atlas.control.history.record_on("keferlebe", date(2017, 1, 1)).sources


def test_baziher_cites_the_seam(atlas):
    assert ARA_2015 in atlas.control.history.record_on("baziher", date(2017, 1, 1)).sources


def test_their_autumn_2019_snapshot_answer_stays(atlas):
    assert atlas.control.history.state_of("baziher", date(2019, 11, 15)).controller == "hts"
    # review h-rev31: Keferlebe's snapshot weeks are a gap (its neighbours were the factions')
    assert_stored_gap(atlas, "keferlebe", date(2019, 11, 15))


@pytest.mark.parametrize("day", [date(2018, 1, 20), date(2018, 3, 18), date(2018, 3, 20)])
def test_kimar_is_fought_over_until_the_operation_room_took_it(atlas, day):
    assert_checked_answer(atlas.control.history, "kimare", day, "sdf", "contested",
                          ("sna", "turkey"), BALADI_2018)  # fmt: skip


@pytest.mark.parametrize("day", [date(2018, 3, 21), date(2019, 6, 1), date(2024, 11, 26)])
def test_kimar_is_the_factions_from_21_march_2018(atlas, day):
    record = assert_checked_answer(atlas.control.history, "kimare", day, "sna", "held", (),
                                   BALADI_2018)  # fmt: skip
    assert "rev9" in record.note


def test_kimar_was_the_cantons_before_olive_branch(atlas):
    assert atlas.control.history.state_of("kimare", date(2017, 6, 1)).controller == "sdf"


@pytest.mark.parametrize("day", [date(2017, 7, 15), date(2017, 11, 1), date(2018, 1, 19)])
def test_bashmara_is_the_cantons_from_the_ypg_front_report(atlas, day):
    record = assert_checked_answer(atlas.control.history, "bashmara", day, "sdf", "held", (),
                                   ANF_2017)  # fmt: skip
    assert "party media" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 7, 14), date(2018, 1, 20),
                                 date(2018, 3, 17)])  # fmt: skip
def test_bashmara_stays_a_gap_before_and_during_olive_branch(atlas, day):
    assert_stored_gap(atlas, "bashmara", day)


@pytest.mark.parametrize("locality", ("shaykh_aqil", "qabtan_al_jabal"))
def test_the_rebel_answer_south_of_the_seam_is_checked(atlas, locality):
    assert_checked_answer(atlas.control.history, locality, date(2016, 8, 1), "opposition",
                          "shared", ("hts",), AKHBAR_2016)  # fmt: skip
