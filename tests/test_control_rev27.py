"""Review h-rev27 (issue #15): answers other helpers flagged as possibly wrong.

1. Judaydah east of Khanasir: IS's 4 - 29 Jun 2017 (region-level, SOHR via Reuters and AFP) like
   its neighbours Sirdah and Rasm Askar, the army's from 30 Jun (was from 4 Jun); Sirdah and
   al-Hawaz kept (h-rev16).
2. The Carton Factory and the Minyan sawmills west of Aleppo: the army's on 12 Nov 2016 (SOHR via
   AFP, region-level); the rebels' / HTS's answer of Aug 2016 - Oct 2019 is now a stored gap on
   the other days (the batch's hand rows edited; the autumn-2019 snapshot is unchanged).
3. The Aleppo Juvenile Prison: IS's answer of 1 Aug - 9 Oct 2016 (SOHR) is now a stored gap naming
   All4Syria's report of the army taking it on 11 Oct 2015 (fill rule edited)."""

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

AFP_12_NOV = "afp-2016-11-12-regime-rolls-back-aleppo-gains"
SOHR_MINYAN = "sohr-2016-11-minyan-and-factories-regained"
ALL4SYRIA = "all4syria-2015-10-12-army-takes-juvenile-prison"
REUTERS = "reuters-2017-06-30-is-leaves-aleppo-province"
FACTORIES = ["carton_factory", "minyan_sawmills_1", "minyan_sawmills_2"]


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev27.toml")
    assert_registered_with_publisher([AFP_12_NOV, SOHR_MINYAN, ALL4SYRIA])


def test_judaydah_is_until_29_jun_2017(atlas):
    assert_stored_gap(atlas, "judaydah_aleppo", date(2017, 6, 3))
    for day in (date(2017, 6, 4), date(2017, 6, 15), date(2017, 6, 29)):
        record = assert_region_answer(atlas, "judaydah_aleppo", day, "isis")
        assert REUTERS in record.sources
        assert "> rev27_judaydah_" in record.note and "region-level" in record.note
    history = atlas.control.history
    for day in (date(2017, 6, 30), date(2018, 6, 1)):
        record = assert_checked_answer(history, "judaydah_aleppo", day, "government", "held",
                                       (), REUTERS)  # fmt: skip
        assert "[rev27]" in record.note


@pytest.mark.parametrize("locality", ["sirdah"])  # al-Hawaz: h-rev47 (a gap 4 - 29 Jun)
def test_sirdah_and_hawaz_kept(atlas, locality):
    history = atlas.control.history
    assert history.state_of(locality, date(2017, 6, 29)).controller == "isis"
    assert_checked_answer(history, locality, date(2017, 6, 30), "government", "held", (), REUTERS)


@pytest.mark.parametrize("locality", FACTORIES)
def test_minyan_factories_army_on_12_nov_2016(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2016, 11, 12), "government")
    assert AFP_12_NOV in record.sources and SOHR_MINYAN in record.sources
    assert "> rev27_minyan_factories_12_nov_2016]" in record.note
    assert "region-level" in record.note
    for day in (date(2016, 8, 1), date(2016, 11, 11), date(2016, 11, 13), date(2017, 8, 1),
                date(2019, 10, 22)):  # fmt: skip
        assert_stored_gap(atlas, locality, day)
        assert AFP_12_NOV in atlas.control.history.record_on(locality, day).sources
    # the autumn-2019 snapshot is left as it was
    assert atlas.control.history.state_of(locality, date(2019, 10, 23)).controller == "hts"


def test_juvenile_prison_gap_names_both_accounts(atlas):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2016, 10, 9), date(2016, 10, 10), date(2017, 6, 1)):
        assert_stored_gap(atlas, "aleppo_juvenile_prison", day)
        record = history.record_on("aleppo_juvenile_prison", day)
        assert ALL4SYRIA in record.sources
        assert "sohr-2016-is-leaves-infantry-school" in record.sources
    # the Infantry School keeps SOHR's IS year
    assert history.state_of("aleppo_infantry_academy", date(2016, 10, 9)).controller == "isis"
    assert history.state_of("aleppo_juvenile_prison", date(2019, 10, 23)).controller == (
        "government"
    )
