"""Review h-rev16 (issue #15): answers flagged as contradicted by dated reports.

1. The Khanasir pocket: Aqil, Sirdah, al-Hawaz and al-Qulay'ah, 5 - 12 km east of Khanasir, were
   drawn the army's from Maskanah's fall on 4 Jun 2017; SOHR (via Reuters and AFP, 30 Jun 2017)
   has IS leave its last Aleppo territory, east of Khanaser, after the army took the Ithriya -
   Rasafa road late on 29 Jun. IS's 4 - 29 Jun (region-level), the army's from 30 Jun; before
   4 Jun the stored gap stays."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_region_answer, assert_stored_gap

REUTERS = "reuters-2017-06-30-is-leaves-aleppo-province"
#: al-Hawaz left out by h-rev47 (4 - 29 Jun 2017 a stored gap: tests/test_control_rev47.py).
POCKET = ["aqil", "sirdah", "al_qulayah_al_safira"]
#: Answered before 4 Jun 2017 by h-safira (tools/regions_2016_2018_rules_safira.py).
SAFIRA_ANSWERED = {"aqil", "al_qulayah_al_safira"}


@pytest.mark.parametrize("locality", POCKET)
def test_khanasir_pocket_is_until_29_jun_2017(atlas, locality):
    if locality in SAFIRA_ANSWERED:  # h-safira: IS's from Apr 2016 (Amaq via Qasioun; Al-Hal)
        assert atlas.control.history.state_of(locality, date(2017, 6, 3)).controller == "isis"
    else:
        assert_stored_gap(atlas, locality, date(2017, 6, 3))
    for day in (date(2017, 6, 4), date(2017, 6, 15), date(2017, 6, 29)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert REUTERS in record.sources
        assert "[g2016_east_aleppo_government > rev16_" in record.note
        assert "region-level" in record.note
    for day in (date(2017, 6, 30), date(2018, 6, 1)):
        history = atlas.control.history
        assert history.state_of(locality, day).controller == "government"
        assert REUTERS in history.record_on(locality, day).sources
