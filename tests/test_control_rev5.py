"""Review h-rev5 (issue #15): two answers flagged as possibly wrong.

1. The Manbij ring rule (`manbij_east_and_ring`, rules_aleppo) drew every place east of the
   city's meridian SDF-held from the city's fall (12 Aug 2016), including villages 20 - 33 km
   south and south-east of it, at the latitude of al-Mashi, al-Atshana and Tall Hudhan, which IS
   held until 19 - 20 Aug (Baladi News). No dated report names them; they are SDF from 21 Aug
   (after the southern push, region-level) and 12 - 20 Aug is a gap. Shash and the villages
   nearer the dam and the city stay with the ring.
2. Abu Khashab (Deir ez-Zor) was IS-held to 8 Sep 2017 in the batch; Syria Direct (6 Mar 2017,
   on an SDF statement) has the SDF take seven villages 'in Abu Khashab and Bir al-Hibah'; Al
   Jazeera (22 Feb 2017) has the SDF reach Deir ez-Zor province for the first time. IS to 21 Feb,
   a gap 22 Feb - 5 Mar, the SDF from 6 Mar 2017 (continuity inferred to Oct 2017)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

SOUTH_UNDATED = ("ar_rummanah", "jubb_al_khamis", "jubb_hamam_al_mustahi", "khirbat_jurm",
                 "khirbat_zammalah", "qabbasin", "rasm_al_mistahah", "turaykiyat_al_humr",
                 "umm_izam")  # fmt: skip
SYRIA_DIRECT = "syria_direct-2017-03-06-raqqa-last-lifeline"
AL_JAZEERA = "al_jazeera-2017-02-22-sdf-deir-villages"


@pytest.mark.parametrize("locality", SOUTH_UNDATED)
def test_south_manbij_villages_gap_until_the_southern_push(atlas, locality):
    for day in (date(2016, 8, 12), date(2016, 8, 20)):
        assert_stored_gap(atlas, locality, day)
    for day in (date(2016, 8, 21), date(2017, 3, 1)):
        record = assert_region_answer(atlas, locality, day, "sdf")
        assert "> manbij_south_after_push]" in record.note
        assert "baladi_news-2016-08-20-tall-hudhan" in record.sources
        assert "continuity inferred" in record.note


# h-rev46: Shash, Sandaliyah, Saadiya and the Tishrin village left the ring (12 - 20 Aug a gap,
# the SDF's from 21 Aug: tests/test_control_rev46.py); Abu Qilqil stays with it
@pytest.mark.parametrize("locality", ("abu_qilqil", "khirbat_bashar"))
def test_ring_kept_for_the_dam_side_villages(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2016, 8, 12), "sdf")
    assert "> manbij_east_and_ring]" in record.note


def test_abu_khashab(atlas):
    history = atlas.control.history
    assert history.state_of("abu_khashab", date(2017, 2, 21)).controller == "isis"
    for day in (date(2017, 2, 22), date(2017, 3, 5)):
        record = history.record_on("abu_khashab", day)
        assert record.controller == "unknown" and "[review_abu_khashab]" in record.note
    for day in (date(2017, 3, 6), date(2017, 9, 8), date(2017, 9, 20), date(2017, 10, 30)):
        record = history.record_on("abu_khashab", day)
        assert history.state_of("abu_khashab", day).controller == "sdf", record
        assert SYRIA_DIRECT in record.sources and "continuity inferred" in record.note
    # the region rows from 31 Oct are unchanged
    assert history.state_of("abu_khashab", date(2017, 11, 15)).controller == "sdf"


def test_sources_registered():
    assert_source_file_registered("2016-2024-rev5.toml")
    from control_answers import assert_registered_with_publisher

    assert_registered_with_publisher([AL_JAZEERA, SYRIA_DIRECT])
