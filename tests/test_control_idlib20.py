"""The Dec 2019 - Mar 2020 Idlib offensive, gaps of the daily batch answered from dated reports
(issue #15, h-idlib20: tools/regions_2016_2018_rules_idlib20.py, sources/2019-2020-idlib20.toml):
the holder before and after a dated capture, and the days no report reaches, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_stored_gap,
    sources_cited_by,
)

CASES = [
    # Deir Sharqi and Deir Gharbi, south of Maarat al-Numan: taken on Friday 24 Jan 2020 (SOHR
    # via The New Arab), five days before the army's list of 29 Jan the batch had
    ("deir_sharqi", date(2019, 12, 25), "hts"),
    ("dayr_al_gharbi", date(2020, 1, 12), "hts"),
    ("deir_sharqi", date(2020, 1, 23), "hts"),
    ("deir_sharqi", date(2020, 1, 24), "government"),
    ("dayr_al_gharbi", date(2020, 1, 28), "government"),
    # north of the city on the M5: the rebels' until Maarat fell (army account of 30 Jan)
    ("jubus", date(2020, 1, 10), "hts"),
    ("tall_mardikh", date(2020, 1, 27), "hts"),
    ("maar_dibsah", date(2019, 12, 30), "hts"),
    # Maar Dibsah: the army's claim of 30 Jan (party claim), SOHR's whole M5 on 11 Feb
    ("maar_dibsah", date(2020, 2, 5), "government"),
    # captures dated to the day: the rebels' until the day before
    ("lislamin", date(2020, 2, 4), "hts"),
    ("rayyan_idlib", date(2020, 1, 1), "hts"),
    ("jazraya", date(2020, 2, 1), "hts"),
    ("birnah", date(2020, 2, 6), "hts"),
    ("huwayr_al_eis", date(2020, 1, 30), "hts"),
    ("kfar_dael", date(2020, 2, 15), "hts"),
    ("babis", date(2020, 2, 10), "hts"),
    # north of Kafr Daal: the push north-west of Aleppo began on 16 Feb ('day one', SOHR)
    ("kafr_bissin", date(2020, 2, 15), "hts"),
    ("qabtan_al_jabal", date(2020, 2, 1), "hts"),
    # southern Jabal al-Zawiya: among SOHR's 24 villages taken from 23 Feb (Al-Liwaa, 26 Feb)
    ("maarzita", date(2020, 2, 1), "hts"),
    ("jibala", date(2020, 2, 22), "hts"),
    ("hass", date(2020, 1, 1), "hts"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_idlib20_rules_answer_has_the_reported_holder(atlas, locality, day, controller):
    assert_region_answer(atlas, locality, day, controller)


def test_the_capture_day_is_the_armys_from_the_batch(atlas):
    """The rules stop the day before a dated capture; the batch's row names the army after it."""
    history = atlas.control.history
    assert history.state_of("birnah", date(2020, 2, 7)).controller == "government"
    assert history.state_of("lislamin", date(2020, 2, 5)).controller == "government"
    assert history.state_of("deir_sharqi", date(2020, 1, 29)).controller == "government"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # Maarat fell on 28 Jan; the day Joubas and Maar Dibsah fell (28 or 29 Jan) is not dated
        ("jubus", date(2020, 1, 28)),
        ("maar_dibsah", date(2020, 1, 29)),
        # north of Kafr Daal: the day each place fell (16 or 17 Feb) is not dated
        ("kafr_bissin", date(2020, 2, 16)),
        # the 24 villages of 23-26 Feb: the day each fell is not dated
        ("maarzita", date(2020, 2, 23)),
        ("hass", date(2020, 2, 24)),
        # Kafr Naha and the villages west of Aleppo once the army's push began: no dated report
        # (Kafr Naha: h-gapidl answers it to 14 Feb and from 16 Feb, h-rev66 15 Feb by SANA's claim)
        # the Jebel Akrad front and southern Idlib west of the M5: no dated source
        ("kinnsibba", date(2020, 1, 15)),
        ("maar_hitat", date(2020, 1, 15)),
    ],
)
def test_where_no_report_reaches_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_idlib20_sources_resolve_in_the_registry(atlas):
    """Every source the rows of these rules cite is a registry entry with a publisher."""
    cited = sources_cited_by(atlas, "> idlib20_")
    assert "newarab-2020-01-25-deir-sharqi-gharbi" in cited
    assert "tishreen-2020-01-30-joubas-mardikh-maardibseh" in cited
    assert_registered_with_publisher(cited)
