"""The review h-rev15 (issue #15: tools/regions_2016_2018_rules_rev15.py): answers other helpers
flagged as contradicted by dated reports, and what a user now sees on those days."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    sources_cited_by,
)

SMART_9_FEB = "smart-2018-02-09-is-takes-villages-from-regime"
SOHR_CORRIDOR = "sohr-2018-02-is-hama-aleppo-pocket-ended"
SYRIA_DIRECT_13_FEB = "syria_direct-2018-02-13-is-surrender-idlib"


# --- item 1: IS's passage through Duma, Rabdah and Qasr Shawi, night of 8 - 9 Feb 2018 ---------
@pytest.mark.parametrize("place", ["duma_hama", "rabdah", "qasr_ash_shawi"])
def test_the_night_is_passed_through_is_a_fought_over_day(atlas, place):
    """SMART: IS took them on the night of 8 - 9 Feb after the army withdrew; SOHR: the army held
    the whole circle, IS going on to Umm al-Khalakhil: 9 Feb is contested, not plain government."""
    history = atlas.control.history
    record = assert_checked_answer(history, place, date(2018, 2, 9), "government", "contested",
                                   ("isis",), SMART_9_FEB)  # fmt: skip
    assert SOHR_CORRIDOR in record.sources
    # the army's on the Thursday before (SMART), and again from 10 Feb (continuity inferred)
    assert history.state_of(place, date(2018, 2, 8)).controller == "government"
    after = assert_region_answer(atlas, place, date(2018, 2, 10), "government")
    assert SYRIA_DIRECT_13_FEB in after.sources and "continuity inferred" in after.note
    assert history.record_on(place, date(2018, 2, 10)).status == "held"


def test_the_later_days_are_still_the_governments(atlas):
    assert_region_answer(atlas, "duma_hama", date(2018, 5, 15), "government")
    assert_region_answer(atlas, "rabdah", date(2019, 4, 29), "government")
    assert_region_answer(atlas, "qasr_ash_shawi", date(2019, 10, 22), "government")


def test_the_review_sources_resolve_in_the_registry(atlas):
    cited = sources_cited_by(atlas, "> rev15_")
    assert {SMART_9_FEB, SOHR_CORRIDOR, SYRIA_DIRECT_13_FEB} <= cited
    assert_registered_with_publisher(cited)


# --- item 2: Tall Halawah, taken from IS on Wednesday 7 Feb 2018 (Shaam News) ---------------
def test_tall_halawah_is_the_armys_from_7_february(atlas):
    history = atlas.control.history
    assert history.state_of("tall_halawah", date(2018, 2, 6)).controller == "isis"
    for day in (date(2018, 2, 7), date(2018, 2, 8)):
        record = assert_region_answer(atlas, "tall_halawah", day, "government")
        assert "shaam_news-2018-02-07-is-hands-50-villages" in record.sources
    assert_region_answer(atlas, "tall_halawah", date(2018, 2, 9), "government")


# --- item 4: Kafr Basin on 23 Dec 2019, taken before that evening (Rozana) -------------------
def test_kafr_basin_23_december_is_contested(atlas):
    history = atlas.control.history
    place = "kafr_bissin_maarrat_al_numan"
    assert_checked_answer(history, place, date(2019, 12, 23), "hts", "contested", ("government",),
                          "rozana-2019-12-24-jarjanaz-kafr-basin")  # fmt: skip
    assert history.state_of(place, date(2019, 12, 22)).controller == "hts"
    assert history.record_on(place, date(2019, 12, 22)).status == "held"
    assert history.state_of(place, date(2019, 12, 24)).controller == "government"


# --- item 5: Biye (Ba'iya), entered by HTS from the Sham Legion on 20 Jun 2022 ---------------
def test_biye_is_htss_on_20_june_2022_only(atlas):
    history = atlas.control.history
    record = history.record_on("biye", date(2022, 6, 20))
    assert history.state_of("biye", date(2022, 6, 20)).controller == "hts"
    assert "the_new_arab-2022-06-20-hts-villages-near-afrin" in record.sources
    assert "asharq_al_awsat-2022-06-hts-five-sites-afrin" in record.sources
    assert history.record_on("biye", date(2022, 6, 19)).controller == "unknown"
    assert history.record_on("biye", date(2022, 6, 21)).controller == "unknown"


def test_the_rev15_sources_file_is_registered():
    from control_answers import assert_source_file_registered

    assert_source_file_registered("2016-2019-rev15.toml")


# --- item 4 (cont.): Jarjanaz fought over on 28 Dec 2019 (Syria TV) -------------------------
def test_jarjanaz_28_december_is_contested(atlas):
    history = atlas.control.history
    assert_checked_answer(history, "jarjanaz", date(2019, 12, 28), "government", "contested",
                          ("opposition", "hts"),
                          "syria_tv-2019-12-28-factions-advance-in-jarjanaz")  # fmt: skip
    for day in (date(2019, 12, 27), date(2019, 12, 29)):
        assert history.record_on("jarjanaz", day).status == "held"
        assert history.state_of("jarjanaz", day).controller == "government"
