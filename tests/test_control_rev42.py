"""Review h-rev42 (issue #15): the batch's 'government area once IS lost Maskanah' (4 Jun 2017)
checked for the plain west of the Khanasir - Ithriya road and south / south-east of al-Safira,
next to the rebels' and HTS's al-Hass plateau.

1. Corrected (rows edited by hand, tagged ``[rev42]``): al-Hubaishiyah (2.5 km from Tat, 4.9 km
   from the rebels' Burj al-Rumman) and Kharabrash (on the northern edge's parallel, 6.2 km from
   Tat, 7.1 km from Ja'arah) lie on the plateau's front, not in IS's area: gaps 1 Aug 2016 -
   14 Jan 2018, the government's from 15 Jan 2018 on SANA's claim of 14 Jan (confirmed by
   Qasioun, 31 Jan), as h-rev38 drew the northern edge south of al-Safira.
2. Kept, with the geographic argument in the row's note: Abu Jarin, Abu Darikhah, Hakla and Umm
   Amud (east of the plateau's eastern edge, 8.9 km or more from any rebel-held village), and
   Ain Assan, Abu Tabbah, al-Hatani and Tel Abur (inside the army's ring north of the al-Hader -
   al-Safira line, the army's from 1 Aug 2016).
3. Unsettled, left as drawn (reported in PERIOD-2016-2024.md): al-Qabtin, al-Humayrah,
   Min'aya and the road villages by Khanasir; the tests only pin what they are now."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer, assert_stored_gap

SANA_14_JAN = "sana-2018-01-14-northeast-of-khanasser-road"
QASIOUN_31_JAN = "qasioun-2018-01-31-al-hass"
AKHBAR_ALAAN = "akhbar_alaan-2016-03-16-jabal-al-hass"
SOHR_2_NOV = "sohr-2017-11-02-khanasir-south-west-ar"

CORRECTED = ("al_hubaishiyah", "kharabrash")
KEPT_PLAIN = ("abu_jarin", "abu_darikhah", "hakla", "umm_amud")
KEPT_RING = ("ain_assan", "abu_tabbah", "al_hatani", "tel_abur")


@pytest.mark.parametrize("locality", CORRECTED)
def test_plateau_edge_gap_to_14_jan_2018(atlas, locality):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2017, 6, 3), date(2017, 6, 4), date(2017, 9, 1),
                date(2017, 11, 2), date(2018, 1, 14)):  # fmt: skip
        assert_stored_gap(atlas, locality, day)
        record = history.record_on(locality, day)
        assert "[rev42]" in record.note, record
        assert AKHBAR_ALAAN in record.sources and SOHR_2_NOV in record.sources, record
        assert "Maskanah's fall says nothing of it" in record.note
    for day in (date(2018, 1, 15), date(2019, 10, 22)):
        record = assert_checked_answer(history, locality, day, "government", "held", (),
                                       SANA_14_JAN)  # fmt: skip
        assert QASIOUN_31_JAN in record.sources and "review h-rev42" in record.note
        assert "(SANA, state media)" in record.note
    assert history.state_of(locality, date(2020, 6, 1)).controller == "government"


def test_corrected_rows_no_longer_rest_on_maskanah(atlas):
    history = atlas.control.history
    for locality in CORRECTED:
        record = history.record_on(locality, date(2017, 6, 4))
        assert record.controller == "unknown"
        assert "government area once IS lost Maskanah, its last town" not in record.note


@pytest.mark.parametrize("locality", KEPT_PLAIN)
def test_plain_east_of_the_plateau_kept(atlas, locality):
    history = atlas.control.history
    assert_stored_gap(atlas, locality, date(2017, 6, 3))
    for day in (date(2017, 6, 4), date(2017, 9, 1), date(2018, 1, 14)):
        record = assert_checked_answer(history, locality, day, "government", "held", (), None)
        assert "review h-rev42, kept" in record.note and "km" in record.note, record


@pytest.mark.parametrize("locality", KEPT_RING)
def test_ring_north_of_the_hader_safira_line_kept(atlas, locality):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2017, 6, 3)):
        record = assert_checked_answer(history, locality, day, "government", "held", (), None)
        assert "sa_between_hader_and_safira" in record.note
    record = assert_checked_answer(history, locality, date(2017, 9, 1), "government", "held", (),
                                   None)  # fmt: skip
    assert "review h-rev42, kept" in record.note


def test_neighbours_unchanged(atlas):
    """The plateau villages round the corrected ones keep their answers (h-safira2, h-rev38)."""
    history = atlas.control.history
    for locality in ("burj_al_rumman", "aqrabah_al_safira", "jaarah"):
        state = history.state_of(locality, date(2017, 9, 1))
        assert (state.controller, state.with_parties) == ("opposition", ("hts",)), locality
    for locality in ("tat", "al_adnaniah", "jafrat_al_hass"):
        assert_stored_gap(atlas, locality, date(2017, 9, 1))
    # unsettled, left as drawn: pinned so that a change is seen
    for locality in ("al_qabtin", "al_humayrah_al_safira", "minaya", "jukha"):
        assert history.state_of(locality, date(2017, 9, 1)).controller == "government", locality
