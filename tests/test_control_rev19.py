"""Review h-rev19 (issue #15): answers other helpers flagged as possibly wrong.

1. Kafr Akkar (the lists' "Kafr Kar"): HTS's and the rebels' until the army's capture of 13 Jan
   2018 (SMART, 11 Jan 2018; Radio Alkul, Hurriya Press, Tasnim), not the army's from Maskanah's
   fall (4 Jun 2017); 10 Jan 2018, when HTS was out for the day, a gap.
2. Kuways, Mas'udiyah, Rasm Askar and Shuraymah, 7 - 12 km east of Khanasir: IS's 4 - 29 Jun 2017
   (region-level, as h-rev16's Aqil and Sirdah; SOHR via Reuters and AFP), the army's from 30 Jun.
3. Uqayribat: the army's on 1 Sep 2017 (Reuters), lost at a day not reported and retaken in the 48
   hours before 15 Sep (SOHR): 2 - 14 Sep a gap.
4. Ja'bar al-Sharqi: the SDF's from 25 Dec 2016, contested by IS 26 Dec - 5 Jan 2017 (IS's night
   attack and the pro-IS claim of its retaking, via Enab Baladi; the SDF's repulses, Syrian
   Mirror, Rojnews and the Syrian Press Center), the SDF's from 6 Jan.
5. Umm Miyal (al-Bab district): not the army's on 27 Feb 2017; IS's, contested, on 28 Feb
   (Al-Masdar: being stormed), the army's from SANA's claim of 5 Mar."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SMART = "smart-2018-01-11-hts-returns-to-jabal-al-hass"
RADIO_ALKUL = "radio_alkul-2018-01-36-villages-south-aleppo"
REUTERS_POCKET = "reuters-2017-06-30-is-leaves-aleppo-province"
SOHR_UQAYRIBAT = "sohr-2017-09-15-uqayribat-retaken"
ENAB_JABAR = "enab_baladi-2016-12-27-jabar-is-counter-attack"
SPC_JABAR = "syrian_press_center-2017-01-06-jabar-castle"
AL_MASDAR = "al_masdar-2017-02-28-taiha-halisiyah"
SANA_5_MAR = "sana-2017-03-05-north-east-aleppo-villages"
POCKET_MORE = ["kuways", "masudiyah_al_safira", "rasm_askar", "shuraymah_al_safira"]


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev19.toml")


@pytest.mark.parametrize("day", [date(2017, 6, 4), date(2017, 11, 2), date(2018, 1, 9),
                                 date(2018, 1, 11), date(2018, 1, 12)])  # fmt: skip
def test_kafr_akkar_stays_on_the_rebel_plateau(atlas, day):
    record = assert_checked_answer(atlas.control.history, "kafr_akkar", day, "opposition",
                                   "shared", ("hts",), SMART)  # fmt: skip
    assert RADIO_ALKUL in record.sources
    assert "[g2016_east_aleppo_government > rev19_" in record.note
    assert "region-level" in record.note and "continuity inferred" in record.note


def test_kafr_akkar_army_from_13_jan_2018(atlas):
    assert_stored_gap(atlas, "kafr_akkar", date(2018, 1, 10))
    history = atlas.control.history
    for day in (date(2018, 1, 13), date(2019, 6, 1)):
        assert history.state_of("kafr_akkar", day).controller == "government"
        record = history.record_on("kafr_akkar", day)
        assert RADIO_ALKUL in record.sources and "[rev19]" in record.note


@pytest.mark.parametrize("locality", POCKET_MORE)
def test_khanasir_pocket_to_29_jun_2017(atlas, locality):
    for day in (date(2017, 6, 4), date(2017, 6, 29)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert REUTERS_POCKET in record.sources and "region-level" in record.note
        assert "> rev19_khanasir_pocket" in record.note
    history = atlas.control.history
    assert history.state_of(locality, date(2017, 6, 30)).controller == "government"
    assert REUTERS_POCKET in history.record_on(locality, date(2017, 6, 30)).sources


@pytest.mark.parametrize("locality", ["masudiyah_al_safira", "rasm_askar",
                                      "shuraymah_al_safira"])  # fmt: skip
def test_khanasir_pocket_before_4_jun_stays_a_gap(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 6, 3))


def test_uqayribat_lost_and_retaken_sep_2017(atlas):
    history = atlas.control.history
    assert history.state_of("uqayribat", date(2017, 9, 1)).controller == "government"
    for day in (date(2017, 9, 2), date(2017, 9, 8), date(2017, 9, 14)):
        assert_stored_gap(atlas, "uqayribat", day)
        assert SOHR_UQAYRIBAT in history.record_on("uqayribat", day).sources
    for day in (date(2017, 9, 15), date(2017, 10, 4)):
        assert history.state_of("uqayribat", day).controller == "government"
        assert SOHR_UQAYRIBAT in history.record_on("uqayribat", day).sources


def test_jabar_sharqi_contested_26_dec_2016_to_5_jan_2017(atlas):
    history = atlas.control.history
    for day in (date(2016, 12, 26), date(2016, 12, 28), date(2017, 1, 5)):
        record = assert_checked_answer(history, "jabar_sharqi", day, "sdf", "contested",
                                       ("isis",), ENAB_JABAR)  # fmt: skip
        assert "party claim" in record.note and "the sources disagree" in record.note
        assert SPC_JABAR in record.sources
    for day in (date(2016, 12, 25), date(2017, 1, 6), date(2017, 2, 3)):
        assert_checked_answer(history, "jabar_sharqi", day, "sdf", "held", (), None)


def test_umm_miyal_stormed_28_feb_2017(atlas):
    assert_stored_gap(atlas, "umm_miyal_al_bab", date(2017, 2, 27))
    record = assert_checked_answer(atlas.control.history, "umm_miyal_al_bab", date(2017, 2, 28),
                                   "isis", "contested", ("government",), AL_MASDAR)  # fmt: skip
    assert "storming Um Mayal" in record.note
    for day in (date(2017, 3, 1), date(2017, 3, 4)):
        assert_stored_gap(atlas, "umm_miyal_al_bab", day)
    for day in (date(2017, 3, 5), date(2017, 6, 3)):
        record = assert_region_answer(atlas, "umm_miyal_al_bab", day, "government")
        assert SANA_5_MAR in record.sources and "party claim" in record.note
