"""Review rev58 (issue #15): leads this morning's reviews reported. Qulaydin on 29 Feb 2020 (the
NLF's recapture: hand row tagged [rev58] in records/2016-2024.csv), Tall Turin and Qarah west of
al-Arimah in Mar 2017 (edits of `euph_tal_turin_qara` and `ea_arima_strip`, the rule
`rev58_tall_turin_qara_mar_jun_2017`, hand rows for 3 - 8 Mar); al-Aliya, Wasta and Rahifiyah
reviewed and left unchanged. Sources in sources/2016-2024-rev58.toml."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

SOHR_REGAINED = "sohr-2017-03-tal-turin-qara-regained"
AFP_1_MAR = "afp-2017-03-01-tal-turin-qara"
AL_HAL_2_MAR = "al_hal-2017-03-02-jablat-al-hamra-tal-turin"
SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"
XINHUA_MASKANAH = "xinhua-2017-06-04-maskanah"
ARABY = "alaraby-2020-02-29-nlf-five-villages"
STEP_NEWS = "step_news-2020-02-27-saraqib-ghab-villages"
VILLAGES = ("tall_turin", "qarah_al_bab")


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev58.toml")
    assert_registered_with_publisher([SOHR_REGAINED])


@pytest.mark.parametrize("place", VILLAGES)
def test_tall_turin_and_qarah_fought_over_on_1_and_2_mar_2017(atlas, place):
    history = atlas.control.history
    # before the factions' attack: the east Aleppo block's gap, unchanged
    assert_stored_gap(atlas, place, date(2017, 2, 28))
    record = assert_checked_answer(
        history, place, date(2017, 3, 1), "sna", "contested", ("sdf",), AFP_1_MAR
    )
    assert SOHR_REGAINED in record.sources and "h-rev58" in record.note
    record = assert_checked_answer(
        history, place, date(2017, 3, 2), "sdf", "contested", ("sna",), SOHR_REGAINED
    )
    assert AL_HAL_2_MAR in record.sources and "edges of the village of Tall Turin" in record.note


@pytest.mark.parametrize("place", VILLAGES)
def test_tall_turin_and_qarah_a_gap_until_the_handover_of_9_mar_2017(atlas, place):
    history = atlas.control.history
    for day in (date(2017, 3, 3), date(2017, 3, 8)):
        assert_stored_gap(atlas, place, day)
        assert "[rev58]" in history.record_on(place, day).note
    for day in (date(2017, 3, 9), date(2017, 6, 3)):
        record = assert_checked_answer(history, place, day, "government", "held", (), SMART_9_MAR)
        assert "continuity inferred" in record.note and "region-level" in record.note
    # the Maskanah answer from 4 Jun, unchanged
    assert_checked_answer(
        history, place, date(2017, 6, 4), "government", "held", (), XINHUA_MASKANAH
    )


def test_the_arima_strip_keeps_its_other_villages(atlas):
    # Jubb al Hamir (h-rev57) keeps its gap of 3 - 8 Mar; Hutah the strip's answer
    assert_stored_gap(atlas, "jubb_al_hamir", date(2017, 3, 5))
    record = atlas.control.history.record_on("hutah", date(2017, 3, 5))
    assert record.controller == "government" and "> ea_arima_strip]" in record.note


def test_qulaydin_retaken_by_the_nlf_on_29_feb_2020(atlas):
    history = atlas.control.history
    assert_checked_answer(
        history, "qulaydin", date(2020, 2, 28), "government", "held", (), STEP_NEWS
    )
    record = assert_checked_answer(
        history, "qulaydin", date(2020, 2, 29), "opposition", "contested", ("government",), ARABY
    )
    assert "[rev58]" in record.note and "National Front for Liberation" in record.note
    # from 1 Mar the HTS-led area's row, unchanged
    record = history.record_on("qulaydin", date(2020, 3, 1))
    assert record.controller == "hts" and record.status == "held"


def test_aliya_wasta_and_rahifiyah_left_unchanged(atlas):
    history = atlas.control.history
    # al-Aliya: shared with the army 1 - 18 Dec 2019 (h-rev55); no dated report read has the
    # army at the silos after 18 Dec, so the SDF-alone row stays
    record = history.record_on("aliya", date(2019, 12, 18))
    assert (record.controller, record.status) == ("sdf", "shared")
    record = history.record_on("aliya", date(2019, 12, 19))
    assert (record.controller, record.status) == ("sdf", "held")
    # Wasta and Rahifiyah by Shirkrak: no dated report found; the region-level SDF rows stay
    for place in ("wasta_tell_abyad", "rahifiyah"):
        assert_stored_gap(atlas, place, date(2019, 10, 22))
        record = history.record_on(place, date(2019, 10, 23))
        assert (record.controller, record.status) == ("sdf", "held")
