"""The north-western Deir ez-Zor desert during Jazira Storm, Abu Fas, the villages between Tall
al-Shayer and al-Dashisha and the Tall Safuq border post (issue #15, h-hasak:
tools/regions_2016_2018_rules_hasak.py, sources/2016-2019-hasak.toml): the holder a user sees on
the days the reports bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

AFP_22_FEB = "afp-2017-02-22-sdf-deir-breakthrough"
REUTERS_10_SEP = "reuters-2017-09-10-deir-industrial-zone"
SHAAM_8_JUN = "shaam_news-2018-06-08-hamidiya"
ANHA_HAMIDIYA = "anha-2018-06-hamidiya"
MASDAR_22_JUN = "al_masdar-2018-06-22-tal-safouk"
STEP_25_JUN = "step_news-2018-06-25-tall-safuq"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("fetatish", date(2017, 9, 9)),
        ("nufayl", date(2017, 10, 1)),
        ("salhiya", date(2017, 10, 30)),
        ("thius", date(2017, 9, 20)),
        ("bardan_gharbi", date(2017, 10, 15)),
        ("as_shamiyah", date(2017, 9, 9)),
        ("abdul_mutanabi", date(2017, 10, 30)),
    ],
)
def test_the_north_western_desert_is_behind_the_sdfs_lines_of_early_2017(atlas, locality, day):
    """The SDF's Feb - Mar 2017 push took Jarwan, Adman, Kuwaytir, Makman's surroundings, Bir
    Hussein and the villages by Abu Khashab (SMART, AFP, Al Jazeera, Enab Baladi, Syria Direct);
    IS's last western strongholds in Sep 2017 lay by the river (Step News)."""
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert AFP_22_FEB in record.sources and "step-2017-09-26-kubar" in record.sources
    assert "region-level" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # by the river, near al-Kubar, IS's into Sep - Oct 2017: not answered
        ("al_hajjaj", date(2017, 9, 20)),
        ("al_jezrah", date(2017, 10, 1)),
        ("matab", date(2017, 10, 1)),
        ("hilo", date(2017, 9, 20)),
        # farther than 10 km from the villages the reports name
        ("butayman", date(2017, 9, 20)),
        ("bir_alandah", date(2017, 10, 1)),
        # Abu Fas before the Reuters photograph of 9 Sep 2017
        ("fas", date(2017, 9, 8)),
        ("fas", date(2016, 8, 1)),
        # the day between Tall al-Shayer (16 Jun evening) and al-Dashisha (17 Jun)
        ("abou_sakhra_janoubi", date(2018, 6, 16)),
        ("showeykhan", date(2018, 6, 16)),
        # before the SDF's statement of 5 Jun 2018 on IS's Dashisha pocket
        ("abou_sakhra_janoubi", date(2018, 6, 4)),
        ("showeykhan", date(2017, 6, 1)),
        # south of al-Dashisha, where IS kept ground on the border into July 2018 (h-rev40
        # answers IS's 5 - 30 Jun and the SDF's from 20 Jul: the days between stay gaps)
        ("houweija", date(2018, 7, 10)),
        ("kalka", date(2018, 7, 1)),
        # the gazetteer's Abu Hamdah lies 16 km from al-Dashisha, not the reports' 'less than 5 km'
        ("abu_hamdah", date(2018, 6, 10)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_abu_fas_is_the_sdfs_staging_village_from_9_september_2017(atlas):
    for day in (date(2017, 9, 9), date(2017, 12, 1), date(2018, 6, 16)):
        record = assert_region_answer(atlas, "fas", day, "sdf")
        assert REUTERS_10_SEP in record.sources and "continuity inferred" in record.note
    assert atlas.control.history.state_of("fas", date(2018, 6, 17)).controller == "sdf"


@pytest.mark.parametrize("locality", ["abou_sakhra_janoubi", "showeykhan"])
def test_the_villages_by_dashisha_are_is_held_until_the_sdf_takes_the_town(atlas, locality):
    """IS's centre al-Dashisha (SDF via Qasioun, 5 Jun 2018), al-Hamidiya taken on 8 Jun (Shaam
    News), Tall al-Shayer on 16 Jun and al-Dashisha on 17 Jun (Syria TV; AP)."""
    for day in (date(2018, 6, 5), date(2018, 6, 15)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert SHAAM_8_JUN in record.sources and ANHA_HAMIDIYA in record.sources
        assert "party media" in record.note
    for day in (date(2018, 6, 17), date(2018, 12, 11)):
        record = assert_region_answer(atlas, locality, day, "sdf")
        assert "ap-2018-06-17-dashishah" in record.sources


def test_tall_safuq_is_fought_over_on_the_days_the_reports_differ_on(atlas):
    history = atlas.control.history
    for day in (date(2018, 6, 21), date(2018, 6, 22)):
        record = assert_checked_answer(history, "tal_safouq", day, "sdf", "contested", ("isis",),
                                       MASDAR_22_JUN)  # fmt: skip
        assert STEP_25_JUN in record.sources and "both accounts recorded" in record.note
    # h-deir2's answers on either side stay as they were
    assert history.state_of("tal_safouq", date(2018, 6, 20)).controller == "isis"
    # (23 Jun contested too since h-rev20: tests/test_control_rev20.py)
    assert history.state_of("tal_safouq", date(2018, 6, 24)).controller == "sdf"


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-hasak.toml")
    cited = sources_cited_by(atlas, "> hasak_")
    assert {AFP_22_FEB, REUTERS_10_SEP, SHAAM_8_JUN, ANHA_HAMIDIYA, MASDAR_22_JUN,
            STEP_25_JUN} <= cited  # fmt: skip
