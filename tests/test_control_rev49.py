"""Review h-rev49 (issue #15): the al-Safira - Khanasir road villages h-rev42 left unsettled
(al-Qabtin, al-Humayrah, Min'aya, Jukha, Rasm al-Aysh, Rasm Hamad, Habs, al-Kara, Mughayrat,
al-Qurbatiya). No dated 2016 - 2018 report naming any of them, or placing the road's course
between Jukha and al-Safira, was found in the time of this review; no answer was changed. The
tests pin what the atlas answers now (a stored gap to 3 Jun 2017, the government's from 4 Jun 2017
on the batch's `[g2016_east_aleppo_government]` rows), so that a later correction is seen."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_stored_gap

UNSETTLED = (
    "al_qabtin",
    "al_humayrah_al_safira",
    "minaya",
    "jukha",
    "rasm_al_aysh",
    "rasm_hamad",
    "habs",
    "al_kara",
    "mughayrat_al_safira",
    "al_qurbatiya",
)
BATCH_TAG = "[g2016_east_aleppo_government]"


@pytest.mark.parametrize("locality", UNSETTLED)
def test_gap_before_maskanah(atlas, locality):
    for day in (date(2016, 8, 1), date(2017, 1, 15), date(2017, 6, 3)):
        assert_stored_gap(atlas, locality, day)
        record = atlas.control.history.record_on(locality, day)
        assert BATCH_TAG in record.note, record


@pytest.mark.parametrize("locality", UNSETTLED)
def test_government_from_4_jun_2017_as_drawn(atlas, locality):
    history = atlas.control.history
    for day in (date(2017, 6, 4), date(2017, 11, 2), date(2018, 1, 14), date(2018, 1, 15)):
        state = history.state_of(locality, day)
        assert (state.controller, state.with_parties) == ("government", ()), (locality, day)
        record = history.record_on(locality, day)
        assert BATCH_TAG in record.note and "Maskanah" in record.note, record
        assert "xinhua-2017-06-04-maskanah" in record.sources, record


def test_plateau_neighbours_unchanged(atlas):
    """The plateau places the distances were measured from keep their answers."""
    history = atlas.control.history
    for locality in ("burj_al_rumman", "aqrabah_al_safira", "jaarah"):
        state = history.state_of(locality, date(2017, 9, 1))
        assert (state.controller, state.with_parties) == ("opposition", ("hts",)), locality
    for locality in ("tat", "jafrat_al_hass", "al_hubaishiyah"):
        assert_stored_gap(atlas, locality, date(2017, 9, 1))


ALBAATH = "albaath-2016-02-26-khanasir-axis-villages"


@pytest.mark.parametrize("locality", ("minaya", "mughayrat_al_safira"))
def test_road_villages_kept_with_the_road_source(atlas, locality):
    """Min'aya and Mughayrat: Al-Baath (26 Feb 2016, party claim) has the army restore them 'on
    the Khanasir axis'; kept as drawn, the reason in the row's note; the gap before stays."""
    history = atlas.control.history
    assert_stored_gap(atlas, locality, date(2017, 6, 3))
    for day in (date(2017, 6, 4), date(2018, 1, 14)):
        record = history.record_on(locality, day)
        assert record.controller == "government", record
        assert "[rev49] kept" in record.note and "party claim" in record.note, record
        assert ALBAATH in record.sources, record
    assert ALBAATH not in history.record_on(locality, date(2017, 6, 3)).sources


def test_source_registered():
    from control_answers import assert_registered_with_publisher, assert_source_file_registered

    assert_registered_with_publisher([ALBAATH])
    assert_source_file_registered("2016-2019-rev49.toml")
