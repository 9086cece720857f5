"""Review h-rev65 (issue #15): leads this session's helpers left.

- The 2024-26 layer's Deir ez-Zor rows that follow a gazetteer point rather than the place the
  reports name: Kashkiyeh (point on the west bank, the village on the SDF's east bank) and Sabhah
  (point in the army's east-bank pocket, the al-Subha the reports name by al-Busayrah on the
  SDF's side) are gaps 27 Nov 2024 - 17 Jan 2026, as al-Quriyah (h-rev61) and as their own
  2016-2024 gaps; the transitional government's from 18 Jan 2026.
- The event of 13 Aug 2020: Russia's foreign ministry SAID the joint M4 patrols had been
  stopped; it now cites two sources and says that Turkey reported a 26th patrol on 25 Aug.
"""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)
from event_window import assert_event_as_reported, records

SHAAM_15_AUG_2020 = "shaam_news-2020-08-15-russia-suspends-m4-patrols"
SYRIA_TV_12_AUG_2020 = "syria_tv-2020-08-12-joint-patrol-m4-full-route"
SYRIALIZM = "syrializm-2020-08-15-m4-patrols-stopped"
EVENT = "2020-08-13-m4-joint-patrols-suspended"
TG = "transitional_government"


def test_the_review_sources_are_registered():
    assert_source_file_registered("2016-2024-rev65.toml")
    assert_registered_with_publisher([SHAAM_15_AUG_2020, SYRIA_TV_12_AUG_2020])


# --- Kashkiyeh and Sabhah in the 2024-26 layer ----------------------------------------------


@pytest.mark.parametrize("place", ["kashkiyeh", "sabhah"])
@pytest.mark.parametrize(
    "day", [date(2024, 11, 27), date(2024, 12, 5), date(2024, 12, 6), date(2024, 12, 10),
            date(2025, 6, 1), date(2026, 1, 17)],
)  # fmt: skip
def test_the_point_and_the_named_village_disagree_so_a_gap(atlas, place, day):
    assert_stored_gap(atlas, place, day)
    record = atlas.control.history.record_on(place, day)
    assert "[rev65]" in record.note


@pytest.mark.parametrize("place", ["kashkiyeh", "sabhah"])
def test_either_side_of_the_2024_26_gap(atlas, place):
    history = atlas.control.history
    assert_stored_gap(atlas, place, date(2024, 11, 26))  # the 2016-2024 gap (h-rev37 / h-rev54)
    assert history.state_of(place, date(2026, 1, 18)).controller == TG
    assert history.state_of(place, date(2026, 3, 1)).controller == TG


def test_the_west_bank_neighbours_keep_the_layers_answer(atlas):
    history = atlas.control.history
    assert history.state_of("al_mayadin", date(2024, 12, 1)).controller == "government"
    assert history.state_of("al_mayadin", date(2024, 12, 10)).controller == TG


# --- Tarbikh, Khafiyah, Abdo and Atme in the 2024-26 layer -----------------------------------


@pytest.mark.parametrize("place", ["tarbikh", "khafiyah_tell_abyad", "abdo"])
@pytest.mark.parametrize(
    "day", [date(2024, 11, 27), date(2024, 12, 9), date(2025, 1, 29), date(2026, 1, 18)]
)
def test_the_layer_and_the_snapshots_disagree_so_a_gap(atlas, place, day):
    assert_stored_gap(atlas, place, day)
    assert "[rev65]" in atlas.control.history.record_on(place, day).note


@pytest.mark.parametrize(
    ("place", "before"), [("tarbikh", "sdf"), ("khafiyah_tell_abyad", "sna"), ("abdo", "sna")]
)
def test_either_side_of_the_ain_issa_gaps(atlas, place, before):
    history = atlas.control.history
    assert history.state_of(place, date(2024, 11, 26)).controller == before
    assert history.state_of(place, date(2026, 1, 19)).controller == TG


@pytest.mark.parametrize(
    ("day", "holder"),
    [(date(2024, 11, 26), "hts"), (date(2024, 11, 27), "hts"), (date(2024, 12, 7), "hts"),
     (date(2024, 12, 8), TG), (date(2025, 1, 28), TG)],
)  # fmt: skip
def test_atme_stays_with_the_idlib_pocket(atlas, day, holder):
    assert atlas.control.history.state_of("atme", day).controller == holder


# --- The event of 13 Aug 2020 ----------------------------------------------------------------


def _event():
    return next(e for e in records().events if e.id == EVENT)


def test_the_event_says_what_moscow_said():
    assert_event_as_reported(EVENT, date(2020, 8, 13), {"russia", "turkey"}, "m4")
    event = _event()
    assert event.title.startswith("Russia's foreign ministry says")
    assert {SYRIALIZM, SHAAM_15_AUG_2020, SYRIA_TV_12_AUG_2020} <= {s.id for s in event.sources}
    assert "hts" not in event.participants  # the sources say 'militants', not HTS
    assert "26th joint patrol" in event.notes
    assert "2020-08-25-m4-joint-patrol-explosion" in event.notes
    assert "temporarily" not in event.title and "Sputnik" in event.notes


def test_the_patrol_of_25_august_2020_follows():
    later = next(e for e in records().events if e.id == "2020-08-25-m4-joint-patrol-explosion")
    assert later.date > _event().date
    assert "26th" in later.title
