"""Review h-rev7 (issue #15): answers flagged as contradicted by dated reports.

1. Jarwan, Kuwaytar and the two Fanajin (north-western Deir ez-Zor) were IS-held to 8 Sep 2017
   in the batch; Al Jazeera (22 Feb 2017) names Jarwan taken, Enab Baladi (24 Feb) lists Jarwan,
   Kuwaitir and Fnijin among the villages the SDF took since mid-February. IS to 14 Feb, a gap,
   the SDF from 22 Feb (Jarwan) / 24 Feb (the others) to 30 Oct (continuity inferred).
2. Taiha and Halisiyah: the Tadef rule had them the army's from 27 Feb; Al-Masdar has them taken
   on 28 Feb. 27 Feb is a gap, the army's from 28 Feb.
3. Abu Tinah and al-Ismailiyah: no allowed report names them; 27 Feb - 7 Mar a gap, the army's
   from 8 Mar (region-level, after al-Khafsa).
4. Umm Zulaylah, Tall Ayyub, Hazarah and al-Karayn taken on 15 Mar 2017 (Al-Masdar; SOHR's
   "yesterday"), the two Humaymah from SOHR's report day, 16 Mar."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

ENAB = "enab_baladi-2017-02-24-sdf-north-deir-villages"
JAZEERA = "al_jazeera-2017-02-22-sdf-deir-villages"
MASDAR_28_FEB = "al_masdar-2017-02-28-taiha-halisiyah"
MASDAR_15_MAR = "al_masdar-2017-03-15-four-villages-deir-hafer"
SOHR_HMIMEH = "sohr-2017-03-16-hmimeh-deir-hafer"


def test_sources_registered():
    assert_source_file_registered("2016-2024-rev7.toml")


@pytest.mark.parametrize(
    ("locality", "first_sdf", "source"),
    [
        ("jarwan", date(2017, 2, 22), JAZEERA),
        ("kuwaytar", date(2017, 2, 24), ENAB),
        ("fanajin_al_gharbi", date(2017, 2, 24), ENAB),
        ("fanajin_al_sharqi", date(2017, 2, 24), ENAB),
    ],
)
def test_north_western_deir_villages_sdf_from_february_2017(atlas, locality, first_sdf, source):
    history = atlas.control.history
    assert history.state_of(locality, date(2017, 2, 14)).controller == "isis"
    for day in (date(2017, 2, 15), date.fromordinal(first_sdf.toordinal() - 1)):
        record = history.record_on(locality, day)
        assert record.controller == "unknown" and "[review_rev7]" in record.note
        assert record.sources
    for day in (first_sdf, date(2017, 6, 1), date(2017, 9, 8)):
        record = history.record_on(locality, day)
        assert history.state_of(locality, day).controller == "sdf", record
        assert source in record.sources and ENAB in record.sources
        assert "continuity inferred" in record.note
    # Jazira Storm's days (h-deir3's region rows from 9 Sep) and the rows from 31 Oct go on
    assert history.state_of(locality, date(2017, 10, 30)).controller == "sdf"
    assert history.state_of(locality, date(2017, 11, 15)).controller == "sdf"


@pytest.mark.parametrize("locality", ("taiha_twimat", "halasiyah"))
def test_taiha_and_halisiyah_from_28_feb(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 2, 27))
    for day in (date(2017, 2, 28), date(2017, 6, 3)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert "> rev7_taiha_halisiyah_28_feb]" in record.note
        assert MASDAR_28_FEB in record.sources


@pytest.mark.parametrize("locality", ("abu_tinah_al_bab", "mashrafah_ismaeliyah"))
def test_abu_tinah_and_ismailiyah_gap_until_khafsa(atlas, locality):
    # h-rev24 answers 6 - 7 Mar from SANA's list (via Al-Alam): 3 and 5 Mar are still gaps
    for day in (date(2017, 2, 27), date(2017, 3, 3), date(2017, 3, 5)):
        assert_stored_gap(atlas, locality, day)
    for day in (date(2017, 3, 8), date(2017, 6, 3)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert "> rev7_abu_tinah_ismailiyah]" in record.note
        assert "region-level" in record.note


@pytest.mark.parametrize("locality", ("umm_zulaylah", "tall_ayyub", "hazarah", "al_karayn"))
def test_four_villages_near_deir_hafer_from_15_mar(atlas, locality):
    # h-ealeppo4 answers al-Karayn IS's from 31 Jan to 14 Mar (Syria News Desk): a day before
    assert_stored_gap(atlas, locality, date(2017, 1, 20))
    for day in (date(2017, 3, 15), date(2017, 3, 28)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert "> rev7_deir_hafer_four_15_mar]" in record.note
        assert MASDAR_15_MAR in record.sources
    assert atlas.control.history.state_of(locality, date(2017, 3, 29)).controller == "government"


@pytest.mark.parametrize("locality", ("humaymah_al_kabirah", "hamaymah_as_saghirah"))
def test_humaymah_from_sohrs_report_day(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 3, 15))
    record = assert_region_answer(atlas, locality, date(2017, 3, 16), "government")
    assert "> rev7_humaymah_16_mar]" in record.note and SOHR_HMIMEH in record.sources
