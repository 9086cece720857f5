"""The villages north and north-east of Hama in the factions' offensive of Aug - Oct 2016 and the
army's push past Halfaya in Apr 2017, answered from dated Arabic reports (issue #15, h-hama6:
tools/regions_2016_2018_rules_hama6.py, sources/2016-2019-hama6.toml): the holder a user sees on
the days Enab Baladi, Zaman al-Wasl, Al Jazeera, SOHR and (party claims) Tasnim and SANA bound, and
the days they leave open, which stay gaps."""

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

SOHR_31_AUG = "sohr-2016-08-31-hama-offensive-villages"
MAAN_24_SEP = "enab_baladi-2016-09-24-maan"
AJ_25_SEP = "al_jazeera-2016-09-25-maan-kubbariyah"
SHATAH_27_SEP = "enab_baladi-2016-09-27-shatah-qahira"
FIVE_VILLAGES_8_OCT = "enab_baladi-2016-10-08-five-villages"
ZAMAN_8_OCT = "zaman_al_wasl-2016-10-08-villages-retaken"
MAAN_10_OCT = "enab_baladi-2016-10-10-maan-regained"
XINHUA_23_APR = "xinhua-2017-04-23-hama-losses-regained"
TASNIM_24_APR = "tasnim-2017-04-24-masasneh"
SANA_24_APR = "sana-2017-04-24-masasneh-zor-al-heisa"
KHATTAB_31_AUG = "enab_baladi-2016-08-31-khattab-gates"
SOHR_22_MAR = "sohr-2017-03-22-khattab-shir"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "status", "among", "source"),
    [
        # taken in the offensive begun at dawn on 29 Aug 2016 (SOHR, 31 Aug)
        ("zilaqiat", date(2016, 8, 28), "government", "held", (), SOHR_31_AUG),
        ("zilaqiat", date(2016, 8, 31), "opposition", "held", (), SOHR_31_AUG),
        ("zilaqiat", date(2017, 1, 15), "opposition", "held", (), SOHR_31_AUG),
        ("masasneh", date(2016, 8, 1), "government", "held", (), SOHR_31_AUG),
        ("masasneh", date(2016, 12, 1), "opposition", "held", (), SOHR_31_AUG),
        ("zor_al_heisa", date(2017, 3, 1), "opposition", "held", (), SOHR_31_AUG),
        ("btaysh", date(2016, 11, 1), "opposition", "held", (), SOHR_31_AUG),
        # the army back the day after Halfaya, 24 Apr 2017 (party claims)
        ("masasneh", date(2017, 4, 23), "opposition", "held", (), TASNIM_24_APR),
        ("masasneh", date(2017, 4, 24), "government", "held", (), TASNIM_24_APR),
        ("masasneh", date(2018, 6, 1), "government", "held", (), SANA_24_APR),
        ("zor_al_heisa", date(2017, 4, 24), "government", "held", (), SANA_24_APR),
        ("zor_al_heisa", date(2019, 4, 29), "government", "held", (), SANA_24_APR),
    ],
)  # fmt: skip
def test_the_western_villages_of_the_2016_offensive(atlas, locality, day, controller, status,
                                                    among, source):  # fmt: skip
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among, source)


@pytest.mark.parametrize(
    ("locality", "day", "controller", "status", "among", "source"),
    [
        ("maan", date(2016, 9, 23), "government", "held", (), MAAN_24_SEP),
        ("maan", date(2016, 9, 24), "opposition", "contested", ("government",), MAAN_24_SEP),
        ("maan", date(2016, 10, 8), "opposition", "held", (), MAAN_10_OCT),
        ("kubbariyah", date(2016, 8, 1), "government", "held", (), AJ_25_SEP),
        ("kubbariyah", date(2016, 9, 24), "opposition", "contested", ("government",), AJ_25_SEP),
        ("kubbariyah", date(2016, 10, 1), "opposition", "held", (), SHATAH_27_SEP),
        ("ash_shatah", date(2016, 9, 26), "government", "held", (), SHATAH_27_SEP),
        ("ash_shatah", date(2016, 9, 27), "opposition", "contested", ("government", "hts"),
         SHATAH_27_SEP),
        ("ash_shatah", date(2016, 10, 1), "opposition", "shared", ("hts",), SHATAH_27_SEP),
        ("ash_shatah", date(2016, 10, 8), "government", "held", (), ZAMAN_8_OCT),
        ("al_junaynah", date(2016, 9, 27), "government", "held", (), SHATAH_27_SEP),
        ("al_junaynah", date(2016, 10, 8), "government", "held", (), FIVE_VILLAGES_8_OCT),
        ("khafsin", date(2016, 10, 20), "government", "held", (), FIVE_VILLAGES_8_OCT),
    ],
)  # fmt: skip
def test_the_north_east_in_september_and_october_2016(atlas, locality, day, controller, status,
                                                      among, source):  # fmt: skip
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among, source)


@pytest.mark.parametrize(
    ("locality", "day", "controller", "status", "among", "source"),
    [
        # the factions at Khattab's gates on 30 Aug 2016, fighting inside it on 31 Aug
        ("khattab", date(2016, 8, 30), "government", "held", (), KHATTAB_31_AUG),
        ("khattab", date(2016, 8, 31), "government", "contested", ("opposition",),
         KHATTAB_31_AUG),
        # HTS took Khattab and Jaysh al-Izza al-Shir on 22 Mar 2017, the army back on 31 Mar
        ("khattab", date(2017, 3, 22), "opposition", "contested", ("government", "hts"),
         SOHR_22_MAR),
        ("khattab", date(2017, 3, 30), "opposition", "shared", ("hts",), SOHR_22_MAR),
        ("shir", date(2017, 3, 22), "opposition", "contested", ("government",), SOHR_22_MAR),
        ("shir", date(2017, 3, 26), "opposition", "held", (), SOHR_22_MAR),
        ("masasneh", date(2016, 9, 15), "opposition", "held", (), KHATTAB_31_AUG),
    ],
)  # fmt: skip
def test_the_offensives_first_days_at_khattab(atlas, locality, day, controller, status, among,
                                              source):  # fmt: skip
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among, source)


def test_the_earlier_rules_still_answer_their_days(atlas):
    history = atlas.control.history
    # the regime's side took Maan on 9 Oct, the factions back on 10 Oct (rules_hama3)
    assert history.state_of("maan", date(2016, 10, 9)).controller == "government"
    assert history.state_of("maan", date(2016, 10, 10)).controller == "opposition"
    # the army in al-Zalakiyat from 7 May 2017 (rules_hama3), in Soran's villages from 27 Oct 2016
    assert history.state_of("zilaqiat", date(2017, 5, 8)).controller == "government"
    assert history.state_of("ash_shatah", date(2016, 10, 27)).controller == "government"


def test_the_party_claims_say_so(atlas):
    history = atlas.control.history
    assert "party claim" in history.record_on("masasneh", date(2017, 4, 24)).note
    assert "party claim" in history.record_on("zor_al_heisa", date(2017, 5, 1)).note
    record = assert_region_answer(atlas, "zilaqiat", date(2016, 12, 1), "opposition")
    assert "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the days the offensive's first gains fell (29 - 30 Aug 2016) are not dated one by one
        ("zilaqiat", date(2016, 8, 29)),
        ("masasneh", date(2016, 8, 30)),
        ("btaysh", date(2016, 8, 29)),
        # al-Zalakiyat between SOHR's 'all regained' (23 Apr 2017) and the army's push of 6-7 May
        ("zilaqiat", date(2017, 4, 30)),
        # al-Junaynah after the factions took it (a relay's 28 Sep) to the army's return of 8 Oct
        ("al_junaynah", date(2016, 10, 1)),
        # Khattab and al-Shir between the offensives (Sep 2016 - 21 Mar 2017)
        ("khattab", date(2016, 10, 15)),
        ("shir", date(2017, 1, 15)),
        ("khattab", date(2017, 3, 21)),
        # Khafsin before 8 Oct 2016
        ("khafsin", date(2016, 9, 15)),
        # the name of SOHR's 'Zor al-Mahruqa' is not matched to the gazetteer's Mahruqah
        ("mahruqah", date(2016, 12, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-hama6.toml")
    cited = sources_cited_by(atlas, "> hama6_")
    assert {SOHR_31_AUG, MAAN_24_SEP, AJ_25_SEP, SHATAH_27_SEP, FIVE_VILLAGES_8_OCT, ZAMAN_8_OCT,
            MAAN_10_OCT, XINHUA_23_APR, TASNIM_24_APR, SANA_24_APR, KHATTAB_31_AUG,
            SOHR_22_MAR} <= cited  # fmt: skip
