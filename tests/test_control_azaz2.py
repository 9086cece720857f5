"""North-west Aleppo answered from dated sources (issue #15, h-azaz:
tools/regions_2016_2018_rules_azaz2.py, sources/2016-2019-azaz2.toml, the reviewed Malikia rows of
records/2016-2024.csv): the Sherawa and Shera villages Olive Branch did not take stay in the Tell
Rifaat pocket, Malikia is the pocket's, not Euphrates Shield's, and the days no source reaches stay
gaps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

CASES = [
    # Sherawa villages after Afrin fell (18 Mar 2018): 'Turkey did not manage to seize' them
    ("aqiba", date(2018, 3, 18), "sdf"),
    ("soxaneke", date(2018, 11, 1), "sdf"),
    ("ibina", date(2019, 6, 1), "sdf"),
    ("aqiba", date(2019, 10, 22), "sdf"),
    # ... and between the snapshots of Dec 2019 and Mar 2020 (SOHR, 24 Feb 2020: Kurdish-held);
    # Cilbire and Baselhaya, once here, are on the Turkish-held side (review h-rev4)
    ("ibina", date(2020, 2, 24), "sdf"),
    # Shawarigha (Sewarxa): 'under the control of the Kurdish Forces' (SOHR, autumn 2019)
    ("sewarxa", date(2019, 1, 1), "sdf"),
    ("sewarxa", date(2020, 1, 15), "sdf"),
    # Menagh airbase between the snapshots: Kurdish positions there (SOHR, autumn 2019 - Feb 2020)
    ("minakh_airbase", date(2020, 1, 16), "sdf"),
    # Malikia before Mar 2017: the YPG's villages between Azaz and Afrin since Feb 2016
    ("malikia", date(2016, 10, 1), "sdf"),
    # the Shahba villages the SDF took from IS: Umm Hosh on 30 Aug 2016 (ARA News) ...
    ("maarat_umm_hawsh", date(2016, 8, 30), "sdf"),
    ("maarat_umm_hawsh", date(2018, 6, 1), "sdf"),
    # ... al-Hassiyah and Hasajek on 19 Oct 2016 (SOHR via AP; Aleppo 24)
    ("hasiyah", date(2016, 10, 19), "sdf"),
    ("hosniyeh_hsajek", date(2019, 10, 22), "sdf"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_pocket_village_is_the_sdf_s_with_the_government_present(
    atlas, locality, day, controller
):
    record = assert_region_answer(atlas, locality, day, controller)
    assert "> azaz2_" in record.note
    assert record.status == "shared" and "government" in record.with_parties


def test_the_answers_cite_the_reports_that_place_the_villages(atlas):
    history = atlas.control.history
    cited = {
        ("aqiba", date(2018, 6, 1)): "north_press-2022-02-22-afrin-idps-sherawa",
        ("soxaneke", date(2020, 2, 1)): "sohr-2020-02-malikiya-menagh-kurdish-positions",
        ("sewarxa", date(2018, 6, 1)): "sohr-2019-shawargha-malkiyyeh-kurdish-control",
        ("malikia", date(2016, 10, 1)): "kurdwatch-2016-02-16-ypg-villages-azaz-afrin",
        ("hosniyeh_hsajek", date(2017, 1, 1)): "ap-2016-10-19-hassajek",
        ("maarat_umm_hawsh", date(2017, 1, 1)): "aranews-2016-08-30-sdf-umm-hosh-harbal",
    }
    for (locality, day), source in cited.items():
        assert source in history.record_on(locality, day).sources, locality


def test_the_shahba_villages_were_the_islamic_state_s_until_the_day_the_sdf_took_them(atlas):
    history = atlas.control.history
    assert history.state_of("maarat_umm_hawsh", date(2016, 8, 29)).controller == "isis"
    assert history.state_of("hosniyeh_hsajek", date(2016, 10, 18)).controller == "isis"
    assert history.state_of("hosniyeh_hsajek", date(2016, 10, 19)).controller == "sdf"
    record = history.record_on("hasiyah", date(2016, 9, 15))
    assert record.controller == "isis" and "sohr-2016-is-leaves-infantry-school" in record.sources


@pytest.mark.parametrize("locality", ["shamer", "afrin_mount_simeon", "al_safiyah"])
def test_east_of_the_city_is_the_army_s_from_its_command_s_list_of_20_february_2017(
    atlas, locality
):
    """The General Command named Ifrin and Shamer among 44 villages 'restored' on 20 Feb 2017
    (SANA, the government's account); the days before stay a gap."""
    record = assert_region_answer(atlas, locality, date(2017, 2, 20), "government")
    assert "sana-2017-02-20-east-aleppo-44-villages" in record.sources
    assert "party claim" in record.note
    assert atlas.control.history.state_of(locality, date(2017, 9, 1)).controller == "government"
    assert_stored_gap(atlas, locality, date(2017, 2, 19))


@pytest.mark.parametrize(
    ("locality", "first", "source"),
    [
        ("hawbar", date(2018, 1, 15), "sana-2018-01-15-houber-sheikh-khalil"),
        ("atshanah_sharqiyah", date(2018, 1, 31), "qasioun-2018-01-31-al-hass"),
        ("tall_allush", date(2018, 2, 2), "sana-2018-02-02-tal-alloush"),
    ],
)
def test_a_village_of_the_push_south_of_al_hader_is_the_army_s_from_its_dated_report(
    atlas, locality, first, source
):
    record = assert_region_answer(atlas, locality, first, "government")
    assert source in record.sources
    assert_stored_gap(atlas, locality, first - timedelta(days=1))


@pytest.mark.parametrize("locality", ["brigade_135", "tilife_airbase"])
def test_a_military_site_inside_the_afrin_enclave_follows_the_enclave(atlas, locality):
    """The YPG's until Olive Branch, fought over from 20 Jan 2018, the Turkish-led forces' from
    the fall of Afrin town on 18 Mar 2018 (Syria Direct; EFE)."""
    history = atlas.control.history
    assert_region_answer(atlas, locality, date(2017, 5, 1), "sdf")
    assert_checked_answer(history, locality, date(2018, 2, 15), "sdf", "contested",
                          ["sna", "turkey"], "trt_world-2018-03-03-rajo")  # fmt: skip
    record = assert_region_answer(atlas, locality, date(2018, 3, 18), "sna")
    assert "syria_direct-2018-03-18-afrin-full-control" in record.sources
    assert_region_answer(atlas, locality, date(2020, 1, 20), "sna")


def test_malikia_is_the_pocket_s_not_euphrates_shield_s(atlas):
    """The batch had Malikia SNA from 3 Mar 2017; the Turkish side itself said the FSA took it
    'from the YPG/PKK' on 4-5 May 2019 and withdrew within hours (Orient News)."""
    history = atlas.control.history
    assert_checked_answer(history, "malikia", date(2018, 1, 1), "sdf", "shared",
                          ["government"], "sohr-2017-menagh-maranaz-sdf-areas")  # fmt: skip
    assert_checked_answer(history, "malikia", date(2019, 5, 4), "sdf", "contested", ["sna"],
                          "anadolu-2019-05-05-maranaz-malikiyah")  # fmt: skip
    feb_2020 = "sohr-2020-02-malikiya-menagh-kurdish-positions"
    assert_checked_answer(history, "malikia", date(2020, 2, 20), "sdf", "shared",
                          ["government"], feb_2020)  # fmt: skip
    assert history.state_of("malikia", date(2023, 4, 25)).controller == "sdf_government"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the Olive Branch weeks: the Sherawa and Shera villages' days are not dated
        # (Aqiba, Soxaneke, Ibina and Sewarxa, which Olive Branch did not take: h-shield3)
        ("baselhaya", date(2018, 2, 1)),
        ("cilbire", date(2018, 3, 1)),
        # the villages round the Shahba dam and Nubl: no dated per-village source
        ("tuways", date(2018, 6, 1)),  # the dam itself: answered by h-shield3 (with Qulsuruj)
        ("mashrafah", date(2017, 6, 1)),  # Tell al-Zahra: answered by h-ne3 (region-level)
        # after IS left the Infantry School area: the Juvenile Prison no source names (Tell Qarah
        # and Kafr Qaris: h-shield3, the SDF with the government, both accounts in the note)
        ("aleppo_juvenile_prison", date(2017, 6, 1)),
        # between the snapshots of Dec 2019 and Mar 2020 Umm Hosh is answered by h-gapaz (the
        # pocket's holder); al-Zahraa, which no report of those weeks names, stays a gap
        ("al_zahraa", date(2020, 1, 15)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_the_rules_cite_is_registered_and_graded(atlas):
    assert_source_file_registered("2016-2019-azaz2.toml")
    cited = sources_cited_by(atlas, "> azaz2_", "[review_malikia]")
    assert "anadolu-2019-05-05-maranaz-malikiyah" in cited
