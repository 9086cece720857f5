"""Deir ez-Zor, the fourth batch (issue #15, h-deir4: tools/regions_2016_2018_rules_deir4.py,
sources/2016-2019-deir4.toml): the holder a user sees on the days the reports bound - the Brigade
137 base the army's through the siege, Gharanij and Abu Hammam in the SDF's attack of Dec 2017,
Abu Hassan after al-Sousa fell (Jan 2019), al-Shajla in the clearance of Feb 2019 - and the days
they leave open, which stay gaps."""

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

SOHR_28_DEC = "sohr-2017-12-28-abu-hamam-fighting"
AP_SHAJALAH = "ap-2019-02-14-shajalah-baghouz-clearing"
MASDAR_137 = "al_masdar-2017-01-01-137th-brigade-reinforced"
DAILY_STAR = "daily_star_lb-2017-09-06-deir-corridor"
SOHR_SOUSA = "sohr-2019-01-sousa-taken"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # IS still held Gharanij and Abu Hammam on 28 Dec 2017 (SOHR via Roji Kurd)
        ("granij", date(2017, 12, 2), "isis", SOHR_28_DEC),
        ("granij", date(2017, 12, 28), "isis", SOHR_28_DEC),
        ("abu_hammam", date(2017, 12, 15), "isis", SOHR_28_DEC),
        # IS held only al-Baghuz Fawqani and its clusters after al-Sousa fell (15 Jan 2019)
        ("abu_hassan", date(2019, 1, 16), "sdf", SOHR_SOUSA),
        ("abu_hassan", date(2019, 3, 22), "sdf", SOHR_SOUSA),
        # the coalition: the SDF clearing Shajalah on 14 Feb 2019 (AP)
        ("ash_shajalah", date(2019, 2, 14), "sdf", AP_SHAJALAH),
        ("ash_shajalah", date(2019, 3, 1), "sdf", AP_SHAJALAH),
        # the Brigade 137 base held through the siege (Al-Masdar, Jan 2017; Daily Star, Sep 2017)
        ("hq_137th_artillery_brigades_base", date(2016, 8, 1), "government", MASDAR_137),
        ("hq_137th_artillery_brigades_base", date(2017, 9, 5), "government", DAILY_STAR),
        ("hq_137th_artillery_brigades_base", date(2017, 11, 18), "government", MASDAR_137),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "continuity inferred" in record.note or "fought over" in record.note


def test_abu_hammam_is_fought_over_on_28_december_2017(atlas):
    """SOHR (28 Dec 2017): the SDF advanced into the village, IS still counting it as held."""
    assert_checked_answer(atlas.control.history, "abu_hammam", date(2017, 12, 28), "isis",
                          "contested", ("sdf",), SOHR_28_DEC)  # fmt: skip


@pytest.mark.parametrize("locality", ["khasham", "khusham"])
def test_khasham_is_fought_over_on_19_september_2017(atlas, locality):
    """Al-Masdar News (19 Sep 2017): the army took at least half of Khasham (party-side claim)."""
    assert_checked_answer(atlas.control.history, locality, date(2017, 9, 19), "isis", "contested",
                          ("government",), "al_masdar-2017-09-19-marat-khasham")  # fmt: skip
    assert_stored_gap(atlas, locality, date(2017, 9, 20))


def test_the_armys_claim_is_marked_as_the_partys(atlas):
    base = "hq_137th_artillery_brigades_base"
    note = atlas.control.history.record_on(base, date(2017, 1, 1)).note
    assert "party-side claim" in note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # after the December 2017 reports, to the SDF's Hajin campaign: no dated report found
        ("granij", date(2017, 12, 29)),
        ("abu_hammam", date(2017, 12, 29)),
        ("abu_hammam", date(2018, 6, 1)),
        # the SDF's way down the pocket before the days the reports give
        ("abu_hassan", date(2019, 1, 15)),
        ("ash_shajalah", date(2019, 2, 13)),
        # the radar base by the airport: no dated report found
        ("radar_base_brigade_57", date(2017, 1, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-deir4.toml")
    cited = sources_cited_by(atlas, "> deir4_")
    assert {SOHR_28_DEC, AP_SHAJALAH, MASDAR_137, DAILY_STAR, SOHR_SOUSA} <= cited
