"""Review h-rev26 (issue #15): answers other helpers flagged as doubtful.

1. Abu Dali (north-east Hama / south-east Idlib line): the army's 1 - 5 Oct 2017 (continuity
   inferred), contested by HTS 6 - 7 Oct, HTS's 8 Oct - 15 Dec (the New Arab of 8 Oct; Enab Baladi
   of 10 Dec; the New Arab of 15 Dec), HTS's contested by the army 16 - 28 Dec (the New Arab of
   16 Dec; Enab Baladi of 28 Dec), around h-review's SOHR week of 22 - 28 Oct; from 29 Dec a gap.
2. East of al-Bab: Step News's other villages of 27 Feb 2017 the Euphrates Shield factions'
   (``sna``) that day (faction claim); Sukkariyah Kabirah and Umm Adasah taken out of
   ``ea_arima_strip``: 3 Mar - 3 Jun 2017 a gap; the strip's other villages still the army's."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

ENAB_10_DEC = "enab_baladi-2017-12-10-army-towards-abu-dali"
ALARABY_15_DEC = "alaraby-2017-12-15-syriatel-hill-near-abu-dali"
ALARABY_8_OCT = "alaraby-2017-10-08-hts-takes-abu-dali"
ALARABY_16_DEC = "alaraby-2017-12-16-army-attacks-abu-dali"
ENAB_28_DEC = "enab_baladi-2017-12-28-fighting-reaches-abu-dali"
STEP_27_FEB = "step_news-2017-02-27-sukkariyah-east-of-al-bab"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev26.toml")
    assert_registered_with_publisher(
        [ENAB_10_DEC, ALARABY_15_DEC, ALARABY_8_OCT, ALARABY_16_DEC, ENAB_28_DEC, STEP_27_FEB]
    )


def test_abu_dali_hts_8_oct_15_dec_2017(atlas):
    history = atlas.control.history
    for day in (date(2017, 10, 8), date(2017, 10, 21), date(2017, 10, 29), date(2017, 12, 15)):
        record = assert_checked_answer(history, "abu_dali", day, "hts", "held", (), ALARABY_8_OCT)
        assert ENAB_10_DEC in record.sources and ALARABY_15_DEC in record.sources
        assert "continuity inferred" in record.note and "faction claim" in record.note
        assert "> rev26_abu_dali_oct_dec_2017]" in record.note
    # h-review's week (SOHR) is left as it was
    record = assert_checked_answer(history, "abu_dali", date(2017, 10, 25), "hts", "held", (),
                                   "sohr-2017-10-north-east-hama-air-strikes")  # fmt: skip
    assert "rev26" not in record.note


def test_abu_dali_before_hts_took_it(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "abu_dali", date(2017, 9, 30), "government", "held",
                                   (), None)  # fmt: skip
    assert "rev26" not in record.note
    for day in (date(2017, 10, 1), date(2017, 10, 5)):
        record = assert_checked_answer(history, "abu_dali", day, "government", "held", (),
                                       ALARABY_8_OCT)  # fmt: skip
        assert "continuity inferred" in record.note
    for day in (date(2017, 10, 6), date(2017, 10, 7)):
        assert_checked_answer(history, "abu_dali", day, "government", "contested", ("hts",),
                              ENAB_28_DEC)  # fmt: skip


def test_abu_dali_the_armys_assault_and_after(atlas):
    history = atlas.control.history
    for day in (date(2017, 12, 16), date(2017, 12, 28)):
        assert_checked_answer(history, "abu_dali", day, "hts", "contested", ("government",),
                              ALARABY_16_DEC)  # fmt: skip
    record = history.record_on("abu_dali", date(2017, 12, 28))
    assert ENAB_28_DEC in record.sources
    for day in (date(2017, 12, 29), date(2018, 6, 1)):
        assert_stored_gap(atlas, "abu_dali", day)


@pytest.mark.parametrize(
    "locality",
    ("fikhah_kabirah", "jubb_nasane", "zammar_al_bab", "umm_shukayf", "umm_adasah_aleppo",
     "tafriat_saghirah"),
)  # fmt: skip
def test_step_news_villages_the_factions_on_27_feb_2017(atlas, locality):
    history = atlas.control.history
    record = assert_checked_answer(history, locality, date(2017, 2, 27), "sna", "held", (),
                                   STEP_27_FEB)  # fmt: skip
    assert "faction claim" in record.note and f"> rev26_{locality}_27_feb_2017]" in record.note
    assert_stored_gap(atlas, locality, date(2017, 2, 26))
    assert_stored_gap(atlas, locality, date(2017, 2, 28))


@pytest.mark.parametrize("locality", ("sukkariyah_kabirah", "umm_adasah_aleppo"))
def test_out_of_the_arima_strip(atlas, locality):
    for day in (date(2017, 3, 3), date(2017, 4, 15), date(2017, 6, 3)):
        assert_stored_gap(atlas, locality, day)
    # the region-level answer from 4 Jun 2017 became a gap to 22 Oct 2019 (review h-rev29)
    assert_stored_gap(atlas, locality, date(2017, 6, 4))


# Tall Turin and Qarah left the strip in review h-rev58 (3 - 8 Mar a gap): two other villages
@pytest.mark.parametrize("locality", ("hutah", "labidah"))
def test_rest_of_the_arima_strip_unchanged(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 3, 3), "government")
    assert "> ea_arima_strip]" in record.note
