"""Manbij's grain silos in the city's last week before it fell (6 - 11 Aug 2016) and Mabrouka and
al-Aliya in the Peace Spring days of Oct 2019 (issue #15, h-manbij2:
tools/regions_2016_2018_rules_manbij2.py, sources/2016-2019-manbij2.toml): the holder a user sees
on the days Reuters, Stratfor, Al-Akhbar, Sham FM and SMART bound, and the days they leave open,
which stay gaps."""

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

REUTERS = "reuters-2016-08-06-manbij-almost-complete-control"
STRATFOR = "stratfor-2016-08-06-manbij-80-percent"
AKHBAR = "al_akhbar-2016-08-13-manbij-in-kurdish-hands"
AKHBAR_ALAAN = "akhbar_alaan-2016-06-25-khattaf-silos"
SHAM_FM = "sham_fm-2019-10-13-ras-al-ain-villages"
SMART = "smart-2019-10-16-sna-14-villages"
SILOS = ("manbij_southern_grain_silo_complex", "manbij_eastern_grain_silo_complex")


@pytest.mark.parametrize("locality", SILOS)
@pytest.mark.parametrize("day", [date(2016, 8, 6), date(2016, 8, 9), date(2016, 8, 11)])
def test_the_city_edge_silos_are_the_sdfs_in_the_citys_last_week(atlas, locality, day):
    """SOHR: 'almost complete control' of the city on 6 Aug, IS pockets in the centre (Reuters);
    the last IS districts were in the north (Anadolu via Al-Akhbar)."""
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert {REUTERS, STRATFOR, AKHBAR} <= set(record.sources)
    assert "continuity inferred" in record.note and "region-level" in record.note


@pytest.mark.parametrize("locality", SILOS)
def test_the_silos_run_on_into_the_city_ring_rule(atlas, locality):
    """From 12 Aug the earlier ring rule answers (SDF): no change of holder at the city's fall."""
    history = atlas.control.history
    assert history.state_of(locality, date(2016, 8, 11)).controller == "sdf"
    assert history.state_of(locality, date(2016, 8, 12)).controller == "sdf"


def test_sham_fms_mabrouka_is_the_western_town_not_mebruka(atlas):
    """Sham FM (pro-government) names Mabrouka among the villages 'occupied' by 13 Oct, beside
    Raj'an west of Ras al-Ayn: the western town (``mabrouka``), not ``mebruka`` on the M4, which
    is a gap that day (review h-rev40)."""
    assert_stored_gap(atlas, "mebruka", date(2019, 10, 13))
    history = atlas.control.history
    assert_checked_answer(history, "mabrouka", date(2019, 10, 13), "sna", "held", (), SHAM_FM)


def test_al_aliya_is_fought_over_on_16_october_2019(atlas):
    """The SNA's claim of 16 Oct (SMART): contested with the SDF, marked a party claim."""
    record = assert_checked_answer(atlas.control.history, "aliya", date(2019, 10, 16), "sna",
                                   "contested", ("sdf",), SMART)  # fmt: skip
    assert "party claim" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the silos before 6 Aug 2016: they changed hands in late June; h-manbij16 answers the
        # southern complex from Enab Baladi's visit of 17 Jul, the eastern one stays a gap
        ("manbij_eastern_grain_silo_complex", date(2016, 8, 5)),
        ("manbij_eastern_grain_silo_complex", date(2016, 8, 1)),
        # the villages round the city: IS's counter-attacks of 20 Jun, 2 - 3 Jul and 18 Jul took
        # some back (Enab Baladi, Al-Araby al-Jadeed); none dated in August
        ("al_khataf", date(2016, 8, 5)),
        ("jubb_nahid", date(2016, 8, 5)),
        ("qura_saghira", date(2016, 8, 11)),
        # Mabrouka and al-Aliya beyond their single days
        ("mebruka", date(2019, 10, 12)),
        ("mebruka", date(2019, 10, 14)),
        ("aliya", date(2019, 10, 17)),
        # the other Peace Spring villages south of Ras al-Ayn
        ("mabroukah_electrical_substation", date(2019, 10, 12)),  # contested from 13 Oct: rev13
        ("grain_cotton_depot", date(2019, 10, 16)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-manbij2.toml")
    cited = sources_cited_by(atlas, "> manbij2_")
    assert {REUTERS, STRATFOR, AKHBAR, AKHBAR_ALAAN, SMART} <= cited
    # Sham FM's list is cited by the western Mabrouka's row since the review h-rev40
    assert SHAM_FM in sources_cited_by(atlas, "[daily 2019]")
