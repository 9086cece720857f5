"""The Latakia front south and west of Kabani (issue #15, h-latakia2:
tools/regions_2016_2018_rules_latakia2.py, sources/2016-2019-latakia2.toml): the holder a user
sees on the days the Russian reconciliation centre's lists bound (party claims, via TASS), and
the days no dated allowed report reaches, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

TASS_IKKO = "tass-2018-10-05-ikko-shelled"
TASS_KERMEL_MAY = "tass-2019-05-14-kermel-shelled"
TASS_KERMEL_SEP = "tass-2019-09-24-kermel-shelled"
ALL = (TASS_IKKO, TASS_KERMEL_MAY, TASS_KERMEL_SEP)


def test_karmil_is_the_armys_from_the_centres_claim_of_14_may_2019(atlas):
    for day in (date(2019, 5, 14), date(2019, 9, 23), date(2019, 10, 22)):
        record = assert_region_answer(atlas, "karmil", day, "government")
        assert TASS_KERMEL_MAY in record.sources and TASS_KERMEL_SEP in record.sources
        assert "party claim" in record.note and "continuity inferred" in record.note
    for day in (date(2016, 8, 1), date(2019, 5, 13)):
        assert_stored_gap(atlas, "karmil", day)
    # the autumn-2019 snapshot answers from 23 Oct
    later = atlas.control.history.record_on("karmil", date(2019, 10, 23))
    assert "latakia2_" not in later.note


def test_ikko_is_the_armys_from_the_centres_claim_of_5_october_2018(atlas):
    for day in (date(2018, 10, 5), date(2019, 5, 1), date(2019, 10, 22)):
        record = assert_region_answer(atlas, "ikko", day, "government")
        assert TASS_IKKO in record.sources
        assert "party claim" in record.note and "PanARMENIAN" in record.note
    for day in (date(2016, 8, 1), date(2018, 10, 4)):
        assert_stored_gap(atlas, "ikko", day)


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the al-Haffah villages by the front no dated allowed report names
        ("tardin", date(2017, 6, 1)),
        ("mazghulah", date(2018, 6, 1)),
        ("ain_al_hawr_al_haffah", date(2019, 1, 1)),
        ("tauma", date(2019, 6, 1)),
        ("binjazi", date(2016, 9, 1)),
        ("duwayrikah", date(2019, 10, 22)),
        ("ayn_al_ashara", date(2018, 1, 1)),
        # Dec 2019 - Mar 2020 on this front: no dated report in the window names these
        ("kinnsibba", date(2020, 1, 15)),
        ("ikko", date(2019, 12, 19)),
        ("karmil", date(2020, 3, 5)),
        ("tardin", date(2020, 2, 1)),
        ("jabriya", date(2020, 2, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-latakia2.toml")
    assert_registered_with_publisher(ALL)
    assert set(ALL) <= sources_cited_by(atlas, "> latakia2_")
