"""Arabic-language reports on the largest stored gaps of Aleppo (issue #15, h-ar1:
sources/2016-2019-ar1.toml, rules in tools/regions_2016_2018_rules_ar1.py): the al-Hass plateau
villages the army took from HTS on 13 Jan 2018 are rebel-held before and government-held after,
Ramlah keeps its November 2017 back-and-forth, the Jarabulus crossing is the Turkish-backed
rebels' from the town's capture, and the days no report reaches stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

STEP = "step-2018-01-13-tal-al-daman"
AKHBAR = "akhbar_alaan-2016-03-16-jabal-al-hass"
SOHR_2_NOV = "sohr-2017-11-02-khanasir-south-west-ar"


@pytest.mark.parametrize(
    "locality",
    ["tall_al_daman", "jafr_mansur", "umm_ghubar", "banan", "rasm_amaysh", "abu_abdah", "huwair"],
)
def test_the_plateau_villages_are_rebel_held_until_the_army_takes_them_on_13_jan_2018(
    atlas, locality
):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2017, 6, 15), date(2018, 1, 12)):
        assert_checked_answer(history, locality, day, "opposition", "shared", ("hts",), AKHBAR)
    record = assert_checked_answer(
        history, locality, date(2018, 1, 12), "opposition", "shared", ("hts",), SOHR_2_NOV
    )
    assert "continuity inferred" in record.note and "region-level" in record.note
    assert_region_answer(atlas, locality, date(2018, 1, 13), "government")
    assert_checked_answer(history, locality, date(2018, 1, 13), "government", "held", (), STEP)


def test_the_plateau_villages_stay_the_armys_after_the_capture(atlas):
    """The Mount Simeon rows hand over to the fill's answer of 9 Feb, the Al-Safira rows to the
    plateau answer of 15 Jan (SANA's claim of 14 Jan): no gap and no switch back."""
    history = atlas.control.history
    for place in ("tall_al_daman", "umm_ghubar"):
        for day in (date(2018, 2, 8), date(2018, 2, 9)):
            assert history.state_of(place, day).controller == "government", (place, day)
    for day in (date(2018, 1, 14), date(2018, 1, 15)):
        assert history.state_of("banan", day).controller == "government", day


def test_ramlah_keeps_the_november_2017_fighting(atlas):
    history = atlas.control.history
    assert_checked_answer(
        history, "ramlah", date(2017, 11, 1), "opposition", "shared", ("hts",), SOHR_2_NOV
    )
    # the army took it some day in November (not stored), HTS retook it on 29 Nov
    assert_stored_gap(atlas, "ramlah", date(2017, 11, 2))
    assert_stored_gap(atlas, "ramlah", date(2017, 11, 28))
    assert_checked_answer(
        history, "ramlah", date(2017, 11, 29), "hts", "held", (),
        "newarab-2017-11-29-hts-retakes-ramlah",
    )  # fmt: skip
    assert_checked_answer(
        history, "ramlah", date(2018, 1, 13), "government", "held", (),
        "radio_alkul-2018-01-36-villages-south-aleppo",
    )  # fmt: skip


def test_al_rashadiyah_is_htss_only_on_the_reported_days_of_november_2017(atlas):
    history = atlas.control.history
    assert_checked_answer(
        history, "rashadiyah", date(2017, 11, 1), "opposition", "shared", ("hts",), SOHR_2_NOV
    )
    assert_checked_answer(
        history, "rashadiyah", date(2017, 11, 9), "hts", "held", (),
        "smart-2017-11-09-rajm-al-sawan",
    )  # fmt: skip
    assert_checked_answer(
        history, "rashadiyah", date(2017, 11, 30), "hts", "held", (),
        "newarab-2017-11-29-hts-retakes-ramlah",
    )  # fmt: skip
    assert_checked_answer(
        history, "rashadiyah", date(2017, 12, 2), "hts", "contested", ("government",),
        "smart-2017-12-02-khirbat-huwaysh",
    )  # fmt: skip
    # 2 - 8 Nov 2017: answered by the review h-rev38 (SMART, 3 Nov)
    for day in (date(2017, 11, 10), date(2017, 11, 20), date(2017, 12, 3), date(2018, 2, 8)):
        assert_stored_gap(atlas, "rashadiyah", day)
    assert history.state_of("rashadiyah", date(2018, 2, 9)).controller == "government"


def test_abu_ruwayl_hill_is_the_factions_until_the_armys_dawn_attack_of_10_jan_2018(atlas):
    history = atlas.control.history
    source = "newarab-2018-01-10-abu-ruwayl-retaken"
    assert_checked_answer(history, "abu_ruwayl", date(2017, 12, 1), "opposition", "shared",
                          ("hts",), source)  # fmt: skip
    assert_checked_answer(history, "abu_ruwayl", date(2018, 1, 10), "opposition", "contested",
                          ("government",), source)  # fmt: skip
    assert_stored_gap(atlas, "abu_ruwayl", date(2018, 1, 11))


def test_the_villages_north_east_of_the_road_leave_13_14_jan_as_gaps(atlas):
    history = atlas.control.history
    for place in ("al_naamaniyah", "buwaydah_al_kabirah"):
        assert_checked_answer(history, place, date(2018, 1, 12), "opposition", "shared",
                              ("hts",), AKHBAR)  # fmt: skip
        assert_stored_gap(atlas, place, date(2018, 1, 13))
        assert history.state_of(place, date(2018, 1, 15)).controller == "government"


@pytest.mark.parametrize("locality", ["khirbat_al_mazran", "rasm_al_hammam_al_gharbi"])
def test_the_villages_is_left_on_24_may_2017_are_its_until_then(atlas, locality):
    history = atlas.control.history
    source = "people_daily-2017-05-24-jirah-villages"
    assert_checked_answer(history, locality, date(2017, 4, 1), "isis", "held", (), source)
    assert_checked_answer(history, locality, date(2017, 5, 24), "government", "held", (), source)
    assert history.state_of(locality, date(2017, 6, 4)).controller == "government"


@pytest.mark.parametrize("locality", ["lalat_muhammad", "tall_aqulah", "tell_sous"])
def test_deir_hafers_eastern_villages_fall_on_23_mar_2017(atlas, locality):
    history = atlas.control.history
    source = "enab_baladi-2017-03-23-deir-hafer-siege"
    assert_checked_answer(history, locality, date(2017, 2, 15), "isis", "held", (), source)
    assert_checked_answer(history, locality, date(2017, 3, 23), "government", "held", (), source)
    assert history.state_of(locality, date(2017, 3, 29)).controller == "government"


@pytest.mark.parametrize("locality", ["atshanah_gharbiyah", "umm_al_karamil"])
def test_the_villages_south_of_al_hader_are_the_armys_from_1_feb_2018(atlas, locality):
    history = atlas.control.history
    assert_checked_answer(history, locality, date(2018, 2, 1), "government", "held", (),
                          "step-2018-02-02-tal-alloush")  # fmt: skip
    assert_stored_gap(atlas, locality, date(2018, 1, 31))
    assert history.state_of(locality, date(2018, 2, 9)).controller == "government"


def test_umm_al_amad_is_the_armys_by_13_jan_2018_with_12_jan_a_gap(atlas):
    history = atlas.control.history
    place, source = "umm_al_amad_mount_simeon", "hurriya_press-2018-01-13-tal-al-daman"
    assert_checked_answer(history, place, date(2018, 1, 11), "opposition", "shared", ("hts",),
                          source)  # fmt: skip
    assert_stored_gap(atlas, place, date(2018, 1, 12))
    assert_checked_answer(history, place, date(2018, 1, 13), "government", "held", (), source)


def test_the_jarabulus_crossing_is_the_rebels_from_the_towns_capture(atlas):
    history = atlas.control.history
    assert history.state_of("jarablus_border_crossing", date(2016, 8, 23)).controller == "isis"
    assert_checked_answer(
        history, "jarablus_border_crossing", date(2016, 8, 24), "sna", "held", (),
        "enab_baladi-2016-08-24-jarabulus-and-east",
    )  # fmt: skip
    assert_checked_answer(
        history, "jarablus_border_crossing", date(2016, 8, 28), "sna", "held", (),
        "yenisafak-2016-08-28-jarabulus-aid-karkamis",
    )  # fmt: skip
    for day in (date(2016, 9, 3), date(2016, 9, 4)):
        assert history.state_of("jarablus_border_crossing", day).controller == "sna", day


def test_the_plateau_villages_no_list_names_stay_gaps(atlas):
    """Uwaynat Kabirah and Majas (Mount Simeon, west of the plateau) are named in no dated list."""
    for place in ("uwaynat_kabirah", "majas"):
        assert_stored_gap(atlas, place, date(2017, 6, 15))


def test_the_sources_are_registered_with_their_publishers(atlas):
    assert_source_file_registered("2016-2019-ar1.toml")
    cited = sources_cited_by(atlas, "> ar1_")
    assert {AKHBAR, SOHR_2_NOV, STEP, "yenisafak-2016-08-28-jarabulus-aid-karkamis"} <= cited
    assert_registered_with_publisher(cited)
