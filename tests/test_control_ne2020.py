"""The Kobani countryside between the autumn-2019 and 2020 snapshots and the Tabqa airbase in Oct
2019 (issue #15, h-ne2020: tools/regions_2016_2018_rules_ne2020.py, sources/2016-2019-ne2020.toml):
the holder a user sees on the days the sources bound, and the days they leave open, which stay
gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SOHR_JAN_2020 = "sohr-2020-01-kobani-patrol-darbasiyah"
TASS_KOBANI = "tass-2019-10-24-kobani-base"
XINHUA = "xinhua-2019-10-14-tabqa"
MOSCOW_TIMES = "moscow_times-2019-10-22-tabqa-russian-helicopters"
SOHR_DEC_2019 = "sohr-2019-12-zurmaghar-sdf-positions"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("keikane", date(2019, 12, 19)),
        ("marzah_al_dawoud", date(2020, 1, 13)),
        ("kawran", date(2020, 2, 1)),
        ("bir_khalah", date(2020, 3, 5)),
        ("zor_alaveh", date(2020, 1, 1)),
    ],
)
def test_the_kobani_countryside_is_sdf_with_the_army_and_russia(atlas, locality, day):
    """SDF-administered with the army (16 Oct 2019) and Russian military police (23 Oct) present,
    as the town is recorded; SOHR's mid-January 2020 patrol report inside the span."""
    record = assert_region_answer(atlas, locality, day, "sdf")
    assert record.status == "shared"
    assert set(record.with_parties) == {"government", "russia"}
    assert {SOHR_JAN_2020, TASS_KOBANI} <= set(record.sources)
    assert "continuity inferred" in record.note and "Russia's own statement" in record.note


def test_the_tabqa_airbase_is_the_armys_from_its_entry_of_14_october_2019(atlas):
    """The army from 14 Oct 2019 (SANA via Xinhua), with Russia from 22 Oct (Zvezda via The
    Moscow Times) through the weeks between the snapshots, to SMART's report of June 2020."""
    history = atlas.control.history
    record = history.record_on("tabqa_airbase", date(2019, 10, 14))
    assert (record.controller, record.status) == ("government", "held")
    assert XINHUA in record.sources and "party claim" in record.note
    for day in (date(2019, 10, 22), date(2020, 1, 15)):
        russia = history.record_on("tabqa_airbase", day)
        assert (russia.controller, russia.status, russia.with_parties) == (
            "government", "shared", ("russia",))  # fmt: skip
        assert MOSCOW_TIMES in russia.sources and "continuity inferred" in russia.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the Sajur-front villages north of Manbij and the Arima villages: no dated source
        # between the snapshots (those west of Manbij are answered by h-shield4 and h-ne4)
        ("battushiyah", date(2020, 1, 15)),
        ("jat", date(2019, 12, 19)),
        ("rumaylah_manbij", date(2020, 2, 1)),
        ("abu_mandil", date(2020, 3, 5)),
        # the Mabrouka villages west of Tell Tamr stay open (as jazira4 left them)
        ("mebruka", date(2020, 1, 15)),
        # the Tell Rifaat pocket
        ("tell_al_zahra", date(2020, 1, 15)),
        # Fafin: answered by h-gapaz (the pocket's holder, region-level); Qaramil stays a gap
        ("qaramil", date(2020, 1, 15)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ne2020.toml")
    cited = sources_cited_by(atlas, "> ne2020_", "[spot6_tabqa_airbase]")
    assert {SOHR_JAN_2020, TASS_KOBANI, XINHUA, MOSCOW_TIMES, SOHR_DEC_2019} <= cited
