"""Pass h-gap2020 (issue #15): the last stored gaps round the Dec 2019 - Mar 2020 offensive
(rules in tools/regions_2016_2018_rules_gap2020.py, sources in sources/2016-2024-gap2020.toml):
al-Qasabiyah the army's from 21 Jul 2019 (Xinhua, SMART) and contested on 3 Jun 2019 (Jisr TV's
denial beside SOHR and the army's media); Khan al-Sibel the factions' 24 Dec 2019 - 26 Jan 2020
and Basida on 21 - 22 Jan 2020 (Oman Daily); the blocks no dated report reached stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_snapshot_answer,
    assert_source_file_registered,
    assert_stored_gap,
)

XINHUA_21_JUL = "xinhua-2019-07-21-qasabiyah-attack-repelled"
SMART_11_AUG = "smart-2019-08-11-hbit-mughr-al-hamam"
JISR_3_JUN = "jisr_tv-2019-06-03-qasabiyah-denial"
OMAN_22_JAN = "oman_daily-2020-01-22-idlib-aleppo-shelling"


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-gap2020.toml")


def test_qasabiyah_is_the_armys_from_21_jul_2019(atlas):
    history = atlas.control.history
    # 3 Jun: SOHR and the army's media have it taken, Jisr TV's correspondent denies it
    record = assert_checked_answer(history, "qasabiyah", date(2019, 6, 3), "government",
                                   "contested", ("hts",), JISR_3_JUN)  # fmt: skip
    assert "ap-2019-06-03-qassabiyeh" in record.sources
    for day in (date(2019, 6, 4), date(2019, 7, 20)):
        assert_stored_gap(atlas, "qasabiyah", day)
    for day in (date(2019, 7, 21), date(2019, 8, 11), date(2019, 10, 22)):
        record = assert_region_answer(atlas, "qasabiyah", day, "government")
        assert {XINHUA_21_JUL, SMART_11_AUG} <= set(record.sources)
        assert "continuity inferred" in record.note
    # the autumn-2019 snapshot follows; the offensive's weeks stay a gap
    assert history.state_of("qasabiyah", date(2019, 10, 23)).controller == "government"
    for day in (date(2019, 12, 19), date(2020, 2, 1), date(2020, 3, 5)):
        assert_stored_gap(atlas, "qasabiyah", day)


def test_khan_al_sibel_is_the_factions_to_26_jan_2020(atlas):
    history = atlas.control.history
    assert history.state_of("khan_al_sibel", date(2019, 12, 23)).controller == "hts"
    for day in (date(2019, 12, 24), date(2020, 1, 21), date(2020, 1, 26)):
        record = assert_region_answer(atlas, "khan_al_sibel", day, "hts")
        assert OMAN_22_JAN in record.sources and "continuity inferred" in record.note
    # h-gapidl answers 27 - 28 Jan (the factions') and 30 Jan - 10 Feb (the army's, Geiroon):
    # the night it fell, 29 Jan, stays a gap
    assert_stored_gap(atlas, "khan_al_sibel", date(2020, 1, 29))
    assert history.state_of("khan_al_sibel", date(2020, 2, 11)).controller == "government"


def test_basida_is_the_factions_on_21_and_22_jan_2020_only(atlas):
    history = atlas.control.history
    for day in (date(2019, 12, 24), date(2020, 1, 20), date(2020, 1, 23), date(2020, 1, 27)):
        assert_stored_gap(atlas, "dar_basidah", day)
    for day in (date(2020, 1, 21), date(2020, 1, 22)):
        record = assert_region_answer(atlas, "dar_basidah", day, "hts")
        assert record.sources[0] == OMAN_22_JAN
    assert history.state_of("dar_basidah", date(2020, 1, 28)).controller == "government"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # no dated report of the offensive's weeks names them (PERIOD-2016-2024.md, h-gap2020)
        ("nubl", date(2020, 1, 15)),
        ("al_zahraa", date(2020, 2, 16)),
        # Umm Hosh (maarat_umm_hawsh): answered by h-gapaz, the pocket's holder
        ("mayer", date(2020, 1, 15)),
        ("tukhar_kabir", date(2020, 2, 1)),
        ("abu_duan", date(2020, 2, 1)),
        ("mebruka", date(2020, 1, 1)),
        ("kinnsibba", date(2020, 1, 15)),
        ("division_17", date(2020, 1, 15)),
        ("jabriya", date(2020, 1, 15)),
        # Deir Sunbul: Oman Daily names a 'Deir Sunbul', but which place is open (spot5)
        ("dayr_sunbul", date(2020, 1, 22)),
    ],
)
def test_places_no_dated_report_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.parametrize("locality", ["nubl", "kinnsibba"])
def test_the_snapshots_round_the_gap_are_unchanged(atlas, locality):
    history = atlas.control.history
    assert history.state_of(locality, date(2019, 12, 18)).controller == "government"
    assert_snapshot_answer(history, locality, date(2020, 3, 6))


STEP_27_FEB_2020 = "step_news-2020-02-27-saraqib-ghab-villages"


# Khirbat al-Naqus: h-gap2020 made 19 Dec 2019 - 5 Mar 2020 a gap; h-rev43 widened it to 23 Oct
# 2019 - 26 Nov 2024 round the factions' front of 5 Feb 2021 (test_control_rev43.py).


# al-Ankawi and Qulaydin, 23 Oct 2019 - Mar 2020: h-gap2020 and h-rev39 researched them side by
# side; rev39's days were kept at integration (they also have the factions' retaking of 29 Feb -
# 1 Mar 2020) and are tested in test_control_rev39.py.


AL_HAL_27_FEB = "al_hal-2020-02-27-ghab-zawiya-villages"
STEP_MAP_27_FEB = "step_news-2020-02-27-shahshabu-map"


def test_al_fatirah_is_the_factions_to_the_eve_of_its_capture(atlas):
    history = atlas.control.history
    assert history.state_of("al_fatirah", date(2020, 2, 22)).controller == "hts"
    for day in (date(2020, 2, 23), date(2020, 2, 26)):
        record = assert_region_answer(atlas, "al_fatirah", day, "hts")
        assert AL_HAL_27_FEB in record.sources
    assert history.state_of("al_fatirah", date(2020, 2, 27)).controller == "government"


@pytest.mark.parametrize("locality", ["kansafrah", "mawzarah"])
def test_kansafra_and_al_mawzarah_are_fought_over_on_27_feb_2020(atlas, locality):
    """The army's sources (Al-Hal) have them taken on the morning of 27 Feb 2020; Step News has
    the factions retake Kansafra that day; HTS's on either side."""
    history = atlas.control.history
    assert history.state_of(locality, date(2020, 2, 26)).controller == "hts"
    record = assert_checked_answer(history, locality, date(2020, 2, 27), "government",
                                   "contested", ("hts",), AL_HAL_27_FEB)  # fmt: skip
    assert STEP_MAP_27_FEB in record.sources and "[gap2020]" in record.note
    assert history.state_of(locality, date(2020, 2, 28)).controller == "hts"
    assert history.state_of(locality, date(2020, 3, 6)).controller == "hts"
