"""Review h-rev25 (issue #15): answers other helpers flagged as possibly wrong.

1. al-Si'in, north of the Aleppo thermal power plant: the army's 1 Aug 2016 - 19 Feb 2017 (IS
   took it on 7 Feb 2016, al-Masdar; the army took it on 18 Feb 2016, Enab Baladi; continuity
   inferred to SANA's list of 20 Feb 2017, party claim).
2. Rasm al-Alam, taken by IS with al-Si'in on 7 Feb 2016, stays IS's by the earlier region rule;
   Abbudiyah, Multafitah, Ayn al-Jamajimah and Jarouf stay gaps (no dated report names them)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

AM_7_FEB = "al_masdar-2016-02-07-isis-recaptures-al-siin"
ENAB_18_FEB = "enab_baladi-2016-02-18-army-takes-al-sin"
SANA_20_FEB_2017 = "sana-2017-02-20-general-command-44-villages"


def test_sources_registered():
    assert_source_file_registered("2016-2019-rev25.toml")
    assert_registered_with_publisher([AM_7_FEB, ENAB_18_FEB])


def test_al_sin_the_armys_aug_2016_feb_2017(atlas):
    history = atlas.control.history
    for day in (date(2016, 8, 1), date(2016, 11, 15), date(2017, 1, 16), date(2017, 2, 19)):
        record = assert_checked_answer(history, "al_sin", day, "government", "held", (),
                                       ENAB_18_FEB)  # fmt: skip
        assert AM_7_FEB in record.sources and SANA_20_FEB_2017 in record.sources
        assert "party claim" in record.note and "continuity inferred" in record.note
        assert "> rev25_al_sin_aug_2016_feb_2017]" in record.note
    # the earlier rules' answers from 20 Feb 2017 are kept
    record = assert_checked_answer(history, "al_sin", date(2017, 2, 20), "government", "held", (),
                                   SANA_20_FEB_2017)  # fmt: skip
    assert "rev25" not in record.note


def test_rasm_al_alam_stays_is_by_the_earlier_rule(atlas):
    record = atlas.control.history.record_on("rasm_al_alam", date(2016, 10, 1))
    assert record.controller == "isis" and "rev25" not in record.note
    assert_stored_gap(atlas, "rasm_al_alam", date(2017, 1, 17))


@pytest.mark.parametrize("locality", ["abbudiyah", "multafitah", "ayn_al_jamajimah", "jarouf"])
@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2016, 12, 1), date(2017, 2, 19)])
def test_kweires_neighbours_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)
