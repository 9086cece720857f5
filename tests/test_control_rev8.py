"""Review h-rev8 (issue #15): two Euphrates Shield answers the sources contradict, corrected.

1. Kafr Ghan, Baraghida, al-Sheikh Rih and Ghazal (the gazetteer's Qizil Mazraah), north of
   Mare', were drawn the factions' from the 4 Sep 2016 'secured' statement by the border-strip rule
   (`es_border_azaz_al_rai`). Enab Baladi has the factions take them from IS on Monday 10 Oct 2016
   (Liwa al-Mu'tasim's Mustafa Sejari: party-side), its report of that afternoon still expecting an
   advance on them; Al-Hal (12 Oct) names Kafr Ghan taken before Kafra. Now: a gap 4 Sep - 9 Oct,
   contested (the factions with IS) on 10 Oct, the factions' from 11 Oct.
2. Karsanli and al-Haddabat, east of al-Rai (the factions' from 27/28 Aug 2016): Radio Rozana (1
   Sep) relays IS's Amaq claim to have retaken them (a party claim), so 1 - 3 Sep is contested;
   Akhbar Al Aan (21 Sep) has IS advance into them on 20 - 21 Sep and the factions regain them on
   21 Sep (party claim), so 20 - 21 Sep is contested too."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

ENAB_10_OCT = "enab_baladi-2016-10-10-ghazal-akhtarin"
ENAB_10_OCT_EIGHT = "enab_baladi-2016-10-10-eight-villages"
ALHAL_12_OCT = "al_hal-2016-10-12-kafra-duwaybiq"
ROZANA_1_SEP = "rozana-2016-09-01-west-of-jarablus-military-zone"
ARABY_27_AUG = "alaraby-2016-08-27-al-rai-hadabat"
ALAAN_21_SEP = "akhbar_alaan-2016-09-21-six-villages-al-rai"
NORTH_OF_MARE = ("kafr_ghan", "baraghidah", "ash_shaykh_rih", "qizil_mazraah")
RAI_EAST = ("karsanli", "haddabat")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev8.toml")


@pytest.mark.parametrize("locality", NORTH_OF_MARE)
@pytest.mark.parametrize("day", [date(2016, 9, 4), date(2016, 9, 20), date(2016, 10, 9)])
def test_north_of_mare_is_no_longer_the_factions_from_4_sep(atlas, locality, day):
    """The 'secured' statement of 4 Sep does not reach them: no dated report fixes their holder
    between 4 Sep and 9 Oct (IS held them on the morning of 10 Oct)."""
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize("locality", NORTH_OF_MARE)
def test_north_of_mare_fought_over_on_10_oct(atlas, locality):
    record = assert_checked_answer(atlas.control.history, locality, date(2016, 10, 10), "sna",
                                   "contested", ("isis",), ENAB_10_OCT_EIGHT)  # fmt: skip
    assert ENAB_10_OCT in record.sources
    assert "review h-rev8" in record.note and "party-side" in record.note
    assert "es_border_azaz_al_rai" not in record.note


@pytest.mark.parametrize("locality", NORTH_OF_MARE)
@pytest.mark.parametrize("day", [date(2016, 10, 11), date(2016, 11, 20), date(2017, 3, 2)])
def test_north_of_mare_is_the_factions_from_11_oct(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "sna")
    assert ENAB_10_OCT_EIGHT in record.sources and ALHAL_12_OCT in record.sources
    assert "continuity inferred" in record.note and record.status == "held"


@pytest.mark.parametrize("locality", RAI_EAST)
def test_rai_east_taken_in_late_august_stays(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2016, 8, 31), "sna")
    assert record.status == "held"
    assert_region_answer(atlas, "haddabat", date(2016, 8, 26), "isis")
    assert_region_answer(atlas, "karsanli", date(2016, 8, 27), "isis")


@pytest.mark.parametrize("locality", RAI_EAST)
@pytest.mark.parametrize("day", [date(2016, 9, 1), date(2016, 9, 3)])
def test_rai_east_contested_on_the_is_claim_of_1_sep(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sna", "contested",
                                   ("isis",), ROZANA_1_SEP)  # fmt: skip
    assert "party claim" in record.note


@pytest.mark.parametrize("locality", RAI_EAST)
def test_rai_east_after_the_secured_statement(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2016, 9, 4), "sna")
    assert record.status == "held"
    assert_region_answer(atlas, locality, date(2016, 9, 19), "sna")


@pytest.mark.parametrize("locality", RAI_EAST)
@pytest.mark.parametrize("day", [date(2016, 9, 20), date(2016, 9, 21)])
def test_rai_east_fought_over_on_20_21_sep(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sna", "contested",
                                   ("isis",), ALAAN_21_SEP)  # fmt: skip
    assert "party claim" in record.note


@pytest.mark.parametrize("locality", RAI_EAST)
@pytest.mark.parametrize("day", [date(2016, 9, 22), date(2017, 1, 15), date(2017, 3, 2)])
def test_rai_east_the_factions_from_22_sep(atlas, locality, day):
    record = assert_region_answer(atlas, locality, day, "sna")
    assert ALAAN_21_SEP in record.sources and record.status == "held"
    assert "continuity inferred" in record.note


def test_the_strip_rule_keeps_its_other_villages(atlas):
    """The strip's villages no dated report contradicts are kept as the rule draws them."""
    # (Yeni Yaban is a gap to 16 Oct 2016 since the review h-rev6: tests/test_control_rev6.py)
    for locality in ("dudiyan", "hawar_killis", "aykadah"):
        record = assert_region_answer(atlas, locality, date(2016, 9, 4), "sna")
        assert "es_border_azaz_al_rai" in record.note
