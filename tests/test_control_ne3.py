"""The Brigade 93 base by Ain Issa (Oct 2019 - Mar 2020), Tell al-Zahra by al-Zahraa (2016-19) and
the Jabal Abd al-Aziz radio tower (2016-18) (issue #15, h-ne3: tools/regions_2016_2018_rules_ne3.py,
sources/2016-2019-ne3.toml): the holder a user sees on the days the sources bound, and the days
they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

MEI = "mei-2019-12-02-syrian-army-northeast-deployments"
ARABIYA = "al_arabiya-2019-10-14-tabqa-ain-issa"
SOHR_FEB_2020 = "sohr-2020-02-ain-issa-regime-reinforcements"
REUTERS_NUBL = "reuters-2016-02-03-nubl-zahraa"
KURDWATCH_MAY_2015 = "kurdwatch-2015-05-22-jabal-abdulaziz"
ARA_MAR_2016 = "aranews-2016-03-mount-abdulaziz-families-return"
SOHR_23_DEC = "sohr-2019-12-23-31-areas"
RFERL_26_JAN = "rferl-2020-01-26-maaret-outskirts"
REUTERS_TAFTANAZ = "reuters-2020-02-10-taftanaz-turkish-post"


@pytest.mark.parametrize("day", [date(2019, 10, 14), date(2019, 10, 22)])
def test_brigade_93_is_the_armys_from_its_return_of_14_october_2019(atlas, day):
    """MEI: the army returned to the base on 14 Oct 2019 under the SDF-Damascus deal."""
    record = assert_region_answer(atlas, "brigade_93", day, "government")
    assert record.status == "held"
    assert {MEI, ARABIYA} <= set(record.sources)


@pytest.mark.parametrize("day", [date(2019, 12, 19), date(2020, 1, 20), date(2020, 3, 5)])
def test_brigade_93_stays_the_armys_between_the_snapshots(atlas, day):
    record = assert_region_answer(atlas, "brigade_93", day, "government")
    assert {MEI, SOHR_FEB_2020} <= set(record.sources)
    assert "continuity inferred" in record.note


@pytest.mark.parametrize("day", [date(2019, 10, 23), date(2019, 12, 18)])
def test_brigade_93_does_not_flip_to_the_sdf_on_the_autumn_snapshots_days(atlas, day):
    """The snapshot draws the SDF-held ground round the base, not the base: the researched
    row (the army's from 14 Oct 2019) wins, so the base is not the army's, then the SDF's,
    then the army's again across Oct 2019 - Mar 2020."""
    history = atlas.control.history
    record = history.record_on("brigade_93", day)
    assert history.state_of("brigade_93", day).controller == "government", record
    assert MEI in record.sources and "continuity inferred" in record.note


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2018, 1, 1), date(2019, 10, 22)])
def test_tell_al_zahra_is_the_governments_with_al_zahraa_and_mayer(atlas, day):
    record = assert_region_answer(atlas, "tell_al_zahra", day, "government")
    assert REUTERS_NUBL in record.sources
    assert "region-level" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 6, 1), date(2018, 12, 11)])
def test_the_jabal_abd_al_aziz_tower_is_sdf_held(atlas, day):
    record = assert_region_answer(atlas, "communications_facility_al_hasakah", day, "sdf")
    assert {KURDWATCH_MAY_2015, ARA_MAR_2016} <= set(record.sources)
    assert "Kurdish side's account" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [("al_shamsani", date(2016, 8, 1)), ("ziyanat", date(2016, 8, 10)),
     ("kashkash_jabbour", date(2016, 8, 22)), ("aazawi", date(2016, 8, 22))],
)  # fmt: skip
def test_markada_outskirts_are_sdf_held_to_23_aug_2016(atlas, locality, day):
    """Kurdistan 24 (spring 2016): the SDF took Shamsani, Hamrah, Zenat and Kashkash; Zaiton: IS
    took Kashkash and parts of al-Azzawi from the SDF on 23 Aug 2016."""
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert "zaiton-2016-08-24-shaddadi-attack" in record.sources
    assert "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("babila_maarrat_al_numan", date(2019, 12, 24)),
        ("kafr_battikh", date(2020, 1, 10)),
        ("afis", date(2020, 1, 25)),
    ],
)
def test_north_of_maarat_stays_with_the_rebels_until_the_army_reaches_it(atlas, locality, day):
    """RFE/RL (SOHR): the army reached Maarat al-Numan's outskirts only on 26 Jan 2020."""
    record = assert_region_answer(atlas, locality, day, "hts")
    assert {SOHR_23_DEC, RFERL_26_JAN} <= set(record.sources)
    assert "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [("kawkabah", date(2019, 12, 24)), ("sfuhun", date(2020, 2, 1)), ("kursaa", date(2020, 2, 22))],
)
def test_west_of_kafr_nabl_stays_with_the_rebels_until_the_push_of_23_february(
    atlas, locality, day
):
    record = assert_region_answer(atlas, locality, day, "hts")
    assert "newarab-2020-02-25-kafranbel" in record.sources


def test_taftanaz_airbase_is_rebel_held_with_a_turkish_post_from_10_february_2020(atlas):
    history = atlas.control.history
    before = history.record_on("taftanaz_air_base", date(2020, 2, 1))
    assert (before.controller, before.status) == ("hts", "held")
    after = history.record_on("taftanaz_air_base", date(2020, 2, 20))
    assert (after.controller, after.status, after.with_parties) == ("hts", "shared", ("turkey",))
    assert REUTERS_TAFTANAZ in after.sources


def test_idlib_central_prison_stays_in_the_hts_led_area(atlas):
    record = assert_region_answer(atlas, "idlib_central_prison", date(2020, 2, 15), "hts")
    assert "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # after IS's attack of 23 Aug 2016 south of al-Shaddadi
        ("kashkash_jabbour", date(2016, 9, 1)),
        ("al_shamsani", date(2017, 1, 1)),
        # the days between the sourced bounds and each place's dated capture
        ("afis", date(2020, 1, 30)),
        ("kursaa", date(2020, 2, 24)),
        # Brigade 93 before the army's return: who garrisoned it is not sourced
        ("brigade_93", date(2019, 6, 1)),
        # the other military sites between the snapshots
        ("division_17", date(2020, 1, 15)),
        ("abu_hajar_airport", date(2020, 1, 15)),
        # Tell al-Zahra between the snapshots, as Nubl and al-Zahraa themselves
        ("tell_al_zahra", date(2020, 1, 15)),
        # the Shahba villages east of Tell Rifaat
        ("halisah", date(2017, 6, 1)),
        # the Khabur villages south of al-Shaddadi before June 2018
        ("jalifah", date(2017, 12, 1)),
        # the Mabrouka villages in the Peace Spring days
        ("mebruka", date(2019, 10, 15)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ne3.toml")
    cited = sources_cited_by(atlas, "> ne3_")
    assert {MEI, KURDWATCH_MAY_2015, ARA_MAR_2016, REUTERS_TAFTANAZ} <= cited
