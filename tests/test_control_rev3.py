"""Review h-rev3 (issue #15): answers flagged as likely wrong, checked against dated reports.

- The Sherawa villages south of Afrin that Olive Branch did not take (Burj al-Qas, Gunde Mezin,
  Bashmara) were held by the Kurdish forces with regime forces beside them from Mar 2018 (Afrin
  Post 2019, SOHR 2020, North Press 2020/2024), not by HTS (autumn-2019 snapshot) or the army
  alone (the Feb 2020 region-level answer and the 2020-24 snapshot).
- Barad, Fafertin, Kabashin and Basufan were positions of Turkish-backed factions (Faylaq
  al-Sham) after Olive Branch (Baladi News 2018, SOHR 2019, North Press 2020, Afrin Post 2022),
  not army-held from 17 Feb 2020.
- Arima: the army's strip from Mar 2017 to 26 Nov 2024; the SDF row of 27 Nov - 7 Dec 2024 had no
  source for a change of holder and is a stored gap now.
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

AFRIN_POST_2019 = "afrin_post-2019-03-04-sherawa-eleven-villages"
SOHR_FEB_2020 = "sohr-2020-02-malikiya-menagh-kurdish-positions"
NORTH_PRESS_2020 = "north_press-2020-03-sherawa-villages-shelled"
NORTH_PRESS_2024 = "north_press-2024-burj-al-qas-mayasa-shelled"
BALADI_2018 = "baladi_news-2018-03-21-kimar-barad"
SOHR_2019 = "sohr-2019-07-25-fafirtin-sham-legion"
AFRIN_POST_2022 = "afrin_post-2022-12-faylaq-al-sham-sherawa-points"
UNOCCUPIED = ("bourj_el_qas", "gunde_mezin", "bashmara")


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev3.toml")


@pytest.mark.parametrize("locality", UNOCCUPIED)
@pytest.mark.parametrize(
    ("day", "cited"),
    [
        (date(2018, 3, 18), AFRIN_POST_2019),  # the day Afrin fell: Olive Branch stopped short
        (date(2019, 3, 4), AFRIN_POST_2019),  # 'not occupied', regime forces deployed
        (date(2019, 11, 15), AFRIN_POST_2019),  # the autumn-2019 snapshot's HTS zone overruled
        (date(2020, 2, 24), SOHR_FEB_2020),  # 'Kurdish-held areas in Burj Al-Qas'
    ],
)
def test_the_unoccupied_sherawa_villages_are_kurdish_held_beside_the_army(atlas, locality, day,
                                                                          cited):  # fmt: skip
    assert_checked_answer(atlas.control.history, locality, day, "sdf", "shared",
                          ("government",), cited)  # fmt: skip


@pytest.mark.parametrize("locality", UNOCCUPIED)
@pytest.mark.parametrize("day", [date(2020, 3, 6), date(2022, 5, 31), date(2023, 4, 25),
                                 date(2024, 11, 26)])  # fmt: skip
def test_from_the_ceasefire_they_are_drawn_with_the_tell_rifaat_pocket(atlas, locality, day):
    """As the pocket's own rows: the SDF shared with the government to 31 May 2022, the joint
    party (with the Russian presence first independently dated in June 2022) from 1 Jun."""
    history = atlas.control.history
    if day < date(2022, 6, 1):
        record = assert_checked_answer(history, locality, day, "sdf", "shared", ("government",),
                                       NORTH_PRESS_2024)  # fmt: skip
    else:
        record = assert_checked_answer(history, locality, day, "sdf_government", "held", (),
                                       NORTH_PRESS_2024)  # fmt: skip
    assert history.state_of("tell_rifaat", day).controller == record.controller
    assert "continuity inferred" in record.note
    assert "disagreement" in record.note


@pytest.mark.parametrize("locality", UNOCCUPIED)
def test_before_afrin_fell_they_are_a_gap_not_hts(atlas, locality):
    """The earlier HTS/rebel answer rested on the autumn-2019 snapshot's Idlib zone only."""
    assert_stored_gap(atlas, locality, date(2017, 6, 1))
    assert_stored_gap(atlas, locality, date(2018, 3, 17))


@pytest.mark.parametrize(
    ("locality", "day", "cited"),
    [
        ("barad", date(2018, 3, 21), BALADI_2018),
        ("barad", date(2019, 11, 15), BALADI_2018),
        ("barad", date(2022, 12, 15), AFRIN_POST_2022),
        ("fafertine", date(2019, 7, 23), SOHR_2019),
        ("fafertine", date(2020, 1, 10), SOHR_2019),
        ("fafertine", date(2020, 2, 20), NORTH_PRESS_2020),
        ("kabashin", date(2020, 3, 6), NORTH_PRESS_2020),
        # h-rev17: 21 Jun - 31 Dec 2022 is a gap after HTS's entry of 20 Jun 2022
        ("basufan", date(2023, 1, 15), AFRIN_POST_2022),
    ],
)
def test_turkish_backed_factions_hold_the_villages_west_of_the_pocket(atlas, locality, day,
                                                                      cited):  # fmt: skip
    assert_checked_answer(atlas.control.history, locality, day, "sna", "held", (), cited)


@pytest.mark.parametrize("locality", ["barad", "fafertine", "kabashin", "basufan"])
@pytest.mark.parametrize("day", [date(2020, 3, 6), date(2023, 4, 25), date(2024, 11, 26)])
def test_the_army_does_not_hold_them_in_2020_24(atlas, locality, day):
    assert atlas.control.history.state_of(locality, day).controller == "sna"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("barad", date(2018, 1, 1)),  # before the Olive Branch capture of 21 Mar 2018
        ("fafertine", date(2018, 3, 1)),  # before Anadolu's report of 23 Mar 2018 (h-rev13)
        ("kabashin", date(2020, 2, 20)),  # the army's 17 Feb list does not name it
        ("basufan", date(2020, 3, 1)),
    ],
)
def test_days_the_reports_leave_open_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_arima_is_the_armys_strip_to_26_november_2024(atlas):
    history = atlas.control.history
    record = assert_checked_answer(history, "arima", date(2018, 12, 30), "government", "held",
                                   (), "sohr-2018-12-30-regime-keeps-arima")  # fmt: skip
    assert "party claim" in record.note
    assert_checked_answer(history, "arima", date(2024, 11, 26), "government", "held", (),
                          "komnews-2017-03-03-arima-handover")  # fmt: skip


@pytest.mark.parametrize("day", [date(2024, 11, 27), date(2024, 12, 1), date(2024, 12, 7)])
def test_arimas_days_before_the_sna_capture_are_a_gap_not_the_sdf(atlas, day):
    """No source dates the army's leaving or an SDF takeover; TRT has the SNA in Arima by 8 Dec."""
    assert_stored_gap(atlas, "arima", day)


def test_arima_is_the_snas_from_8_december_2024(atlas):
    assert_checked_answer(atlas.control.history, "arima", date(2024, 12, 8), "sna", "held", (),
                          "trt-2024-12-08-sna-80-percent-manbij")  # fmt: skip


def test_the_review_sources_have_publishers():
    assert_registered_with_publisher([AFRIN_POST_2019, NORTH_PRESS_2020, NORTH_PRESS_2024,
                                      BALADI_2018, SOHR_2019, AFRIN_POST_2022])  # fmt: skip
