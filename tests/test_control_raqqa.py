"""The Raqqa campaign's stored gaps answered village by village (issue #15, h-raqqa:
tools/regions_2016_2018_rules_raqqa.py, sources/2016-2019-raqqa.toml): the holder a user sees on
the days dated reports name the village, and the days they leave open, which stay gaps."""

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

AFP_13_JUN = "afp-2017-06-13-army-west-of-raqqa"
AP_MANSOURA = "ap-2017-06-03-mansoura"
MIRROR_11_FEB = "syrian_mirror-2017-02-11-badraniyah-mulayhan"
MIRROR_22_FEB = "syrian_mirror-2017-02-22-jarwan-hamidi"
BALADI_11_NOV = "baladi_news-2016-11-11-sheikh-hasan"
AKHBAR_12_NOV = "akhbar_alaan-2016-11-12-haysha-khunayz"
MASDAR_21_APR = "al_masdar-2017-04-21-hazimah"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # the first week north of Raqqa (Nov 2016)
        ("ash_shaykh_hasan", date(2016, 11, 11), "sdf", BALADI_11_NOV),
        ("al_hishah", date(2016, 11, 12), "sdf", AKHBAR_12_NOV),
        ("al_heisha", date(2016, 11, 15), "sdf", AKHBAR_12_NOV),
        ("khunayz_fawqani", date(2016, 11, 12), "sdf", AKHBAR_12_NOV),
        # the third phase north-east of the city (Feb 2017)
        ("badrani", date(2017, 2, 11), "sdf", MIRROR_11_FEB),
        ("mulayhan", date(2017, 6, 5), "sdf", MIRROR_11_FEB),
        ("hamidi_ar_raqqah", date(2017, 2, 22), "sdf", MIRROR_22_FEB),
        # the northern push (Apr 2017)
        ("al_hazimah", date(2017, 4, 21), "sdf", MASDAR_21_APR),
        # Mansurah IS-held before the SDF reached it
        ("al_mansurah", date(2017, 3, 22), "isis", AP_MANSOURA),
        ("al_mansurah", date(2017, 5, 31), "isis", AP_MANSOURA),
        # the army's desert villages west of Raqqa, claimed on 13 Jun 2017
        ("rajm_askar", date(2017, 6, 13), "government", AFP_13_JUN),
        ("jubb_ghanim", date(2017, 7, 30), "government", AFP_13_JUN),
        ("jubb_abd_al_aziz", date(2017, 6, 20), "government", AFP_13_JUN),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources


def test_mansurah_is_fought_over_on_3_june_2017(atlas):
    """AP: the SDF said it held 90 percent of Mansoura on 3 Jun, SOHR fighting around it."""
    record = assert_checked_answer(atlas.control.history, "al_mansurah", date(2017, 6, 3), "sdf",
                                   "contested", ("isis",), AP_MANSOURA)  # fmt: skip
    assert "anf-2017-06-mansurah-largely-sdf" in record.sources


def test_karamah_is_fought_over_on_18_and_19_march_2017(atlas):
    """ANHA: clashes since Saturday 18 Mar; Reuters, Sunday 19 Mar: the SDF says it captured
    Karama, SOHR that clashes were still going on; ANF, 3 Apr: IS attacks on Karama repelled."""
    history = atlas.control.history
    assert_checked_answer(history, "al_karamah_ar_raqqah", date(2017, 3, 18), "isis", "contested",
                          ("sdf",), "anha-2017-03-19-karama-large-parts")  # fmt: skip
    assert_checked_answer(history, "al_karamah_ar_raqqah", date(2017, 3, 19), "sdf", "contested",
                          ("isis",), "reuters-2017-03-19-karama")  # fmt: skip
    assert_checked_answer(history, "al_karamah_ar_raqqah", date(2017, 4, 3), "sdf", "held", (),
                          "anf-2017-04-03-karama-attack-repelled")  # fmt: skip
    assert_region_answer(atlas, "al_karamah_ar_raqqah", date(2017, 3, 1), "isis")
    assert_stored_gap(atlas, "al_karamah_ar_raqqah", date(2017, 3, 25))


def test_party_claims_and_inferred_continuity_are_said(atlas):
    desert = atlas.control.history.record_on("bir_inbaj", date(2017, 6, 14))
    assert "party claim" in desert.note and "continuity inferred" in desert.note
    badraniyah = atlas.control.history.record_on("badrani", date(2017, 4, 1))
    assert "continuity inferred" in badraniyah.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the reported captures no dated report places the village
        ("ash_shaykh_hasan", date(2016, 11, 10)),
        ("al_heisha", date(2016, 11, 8)),
        ("khunayz_fawqani", date(2016, 11, 11)),
        ("badrani", date(2017, 2, 10)),
        ("mulayhan", date(2017, 2, 4)),
        ("hamidi_ar_raqqah", date(2017, 2, 21)),
        ("al_hazimah", date(2017, 4, 20)),
        # the day the SDF entered Mansurah, and the days before the whole south bank was its
        ("al_mansurah", date(2017, 6, 2)),
        ("al_mansurah", date(2017, 6, 10)),
        # the desert villages before the army's claim of 13 Jun
        ("rajm_askar", date(2017, 6, 12)),
        # villages no report names stay gaps
        # (Wihdeh, "Mazraat al-Hukumia", is the SDF's from 21 Apr 2017: h-raqqa3)
        ("wihdeh", date(2017, 4, 15)),
        # (Hunaydah is the SDF's from 4 Jun 2017, SMART: h-raqqa4)
        ("hunaydah", date(2017, 6, 2)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-raqqa.toml")
    cited = sources_cited_by(atlas, "> raqqa_")
    assert {AFP_13_JUN, AP_MANSOURA, MIRROR_11_FEB, MIRROR_22_FEB, BALADI_11_NOV, AKHBAR_12_NOV,
            MASDAR_21_APR, "baladi_news-2017-06-04-baath-dam"} <= cited  # fmt: skip
