"""Review h-rev64 (issue #15): the stored gaps of 2021 - 2024 on the contact lines.

- Arab Hasan Kabir (``arab_hasan_kabir``), 8 Sep 2023 - 26 Nov 2024: h-rev28's gap after the
  tribal attacks answered: fought over on 8 Sep 2023 (the YPJ: the battles reached Arab Hassan
  to the morning of Friday 8 Sep), then the Manbij Military Council's shared with the government
  (Hawar News, 22 Jul 2024: an infiltration attempt "on the village of Arab Hassan" thwarted;
  government points on the Manbij front, 7 Sep 2024); party claims, continuity inferred.
- Yilanli (``ilan``), Arab Hasan Kabir and al-Qawuqli, 8 Feb - 26 Sep 2021: the Manbij Military
  Council's statement of Monday 8 Feb 2021 (Welati News, 9 Feb; ANF) names them among the
  residential areas shelled along the Sajur line: the council's shared with the government,
  continuity inferred to its statement of 27 Sep 2021 (the gaps before 8 Feb 2021 kept).
- Kabashin, 9 Dec 2023: HTS fired on Nubl and al-Zahraa from "its positions stationed in the
  village of Kabashin" (Afrin Post; SNHR dates the shelling): the factions' shared with HTS that
  day, h-rev17's SNA answer kept around it.
- al-Muhsinli, Qirata, Amarinah Tahtaniyah, Tukhar Kabir, Tall Malid and the other places of the
  brief keep their gaps: no dated report read names their holder (see PERIOD-2016-2024.md).
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

ARAB_HASAN = "arab_hasan_kabir"
YPJ_8_SEP_2023 = "ypj-2023-09-08-manbij-battles-arab-hassan"
HAWAR_22_JUL_2024 = "anha-2024-07-22-arab-hassan-jarad-infiltration"
HAWAR_7_SEP_2024 = "anha-2024-09-07-manbij-infiltration-dandaniya-government"
MMC_7_SEP_2023 = "sdf_command-2023-09-07-sajur-line-attacks-foiled"
WELATI_8_FEB_2021 = "welati_news-2021-02-09-manbij-council-infiltration-sajur-shelling"
ANF_8_FEB_2021 = "anf-2021-02-08-mmc-five-killed-sajur-villages-shelled"
MMC_27_SEP_2021 = "sdf_command-2021-09-27-manbij-north-september-shelling"
AFRIN_POST_9_DEC_2023 = "afrin_post-2023-12-10-hts-kabashin-nubl-zahraa"
SNHR_9_DEC_2023 = "snhr-2023-12-11-hts-rockets-nubl-zahraa"
FEB_2021_PLACES = ["ilan", ARAB_HASAN, "al_qawuqli"]


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev64.toml")
    assert_registered_with_publisher([YPJ_8_SEP_2023, HAWAR_22_JUL_2024, HAWAR_7_SEP_2024,
                                      WELATI_8_FEB_2021, ANF_8_FEB_2021, AFRIN_POST_9_DEC_2023,
                                      SNHR_9_DEC_2023])  # fmt: skip


# --- Kabashin: HTS positions on 9 Dec 2023 ----------------------------------------------------


def test_kabashin_is_shared_with_hts_on_9_december_2023(atlas):
    record = assert_checked_answer(atlas.control.history, "kabashin", date(2023, 12, 9), "sna",
                                   "shared", ["hts"], AFRIN_POST_9_DEC_2023)  # fmt: skip
    assert "[rev64]" in record.note and SNHR_9_DEC_2023 in record.sources


@pytest.mark.parametrize("day", [date(2023, 12, 8), date(2023, 12, 10), date(2024, 11, 26)])
def test_kabashin_around_it_keeps_h_rev17s_answer(atlas, day):
    record = assert_checked_answer(atlas.control.history, "kabashin", day, "sna", "held", [],
                                   "afrin_post-2022-12-faylaq-al-sham-sherawa-points")  # fmt: skip
    assert "[rev17]" in record.note


# --- Yilanli, Arab Hasan Kabir and al-Qawuqli from the council's statement of 8 Feb 2021 ----


@pytest.mark.parametrize("place", FEB_2021_PLACES)
def test_the_sajur_villages_are_a_gap_the_day_before_the_statement(atlas, place):
    assert_stored_gap(atlas, place, date(2021, 2, 7))
    assert_stored_gap(atlas, place, date(2021, 1, 1))


@pytest.mark.parametrize("place", FEB_2021_PLACES)
@pytest.mark.parametrize("day", [date(2021, 2, 8), date(2021, 6, 1), date(2021, 9, 26)])
def test_the_sajur_villages_are_the_councils_from_8_february_2021(atlas, place, day):
    record = assert_checked_answer(atlas.control.history, place, day, "sdf", "shared",
                                   ["government"], WELATI_8_FEB_2021)  # fmt: skip
    assert "[rev64]" in record.note and "party claim" in record.note
    assert "continuity inferred" in record.note and ANF_8_FEB_2021 in record.sources


@pytest.mark.parametrize("place", FEB_2021_PLACES)
def test_the_sajur_villages_keep_the_answer_from_27_september_2021(atlas, place):
    record = assert_checked_answer(atlas.control.history, place, date(2021, 9, 27), "sdf",
                                   "shared", ["government"], MMC_27_SEP_2021)  # fmt: skip
    assert "[rev64]" not in record.note


# --- Arab Hasan Kabir after the tribal attacks of Sep 2023 ---------------------------------


def test_arab_hasan_before_is_h_rev28s_fighting(atlas):
    record = assert_checked_answer(atlas.control.history, ARAB_HASAN, date(2023, 9, 7), "sdf",
                                   "contested", ["sna"], MMC_7_SEP_2023)  # fmt: skip
    assert "[rev28]" in record.note and "h-rev64" in record.note


def test_arab_hasan_is_fought_over_on_8_september_2023(atlas):
    record = assert_checked_answer(atlas.control.history, ARAB_HASAN, date(2023, 9, 8), "sdf",
                                   "contested", ["sna"], YPJ_8_SEP_2023)  # fmt: skip
    assert "[rev64]" in record.note and "party claim" in record.note


@pytest.mark.parametrize(
    "day", [date(2023, 9, 9), date(2024, 1, 1), date(2024, 7, 21), date(2024, 7, 22),
            date(2024, 7, 23), date(2024, 11, 26)],
)  # fmt: skip
def test_arab_hasan_is_the_councils_with_the_government(atlas, day):
    record = assert_checked_answer(atlas.control.history, ARAB_HASAN, day, "sdf", "shared",
                                   ["government"], HAWAR_22_JUL_2024)  # fmt: skip
    assert "[rev64]" in record.note
    assert "party claim" in record.note and "continuity inferred" in record.note
    assert YPJ_8_SEP_2023 in record.sources and HAWAR_7_SEP_2024 in record.sources


# --- gaps kept -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "day"),
    [("muhsinli", date(2023, 9, 8)), ("muhsinli", date(2024, 7, 22)),
     ("qirata", date(2022, 11, 21)), ("amarinah_tahtaniyah", date(2023, 1, 1)),
     ("tukhar_kabir", date(2024, 7, 21)), ("tall_malid", date(2022, 6, 1)),
     ("kefernebo", date(2022, 6, 1)), ("biye", date(2023, 6, 1)),
     ("ukayrishah", date(2022, 6, 1)), ("al_amaqiyah", date(2022, 6, 1)),
     ("ankawi", date(2022, 6, 1)), ("basufan", date(2022, 9, 1))],
)  # fmt: skip
def test_the_other_places_keep_their_gaps(atlas, place, day):
    assert_stored_gap(atlas, place, day)
