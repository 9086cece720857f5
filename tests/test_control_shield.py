"""Euphrates Shield's villages east and south of al-Rai and west of Jarablus (Aug - Sep 2016) and
between Akhtarin, Mare' and Dabiq (8 - 16 Oct 2016), answered from dated Arabic-language reports
(issue #15, h-shield: tools/regions_2016_2018_rules_shield.py, sources/2016-2019-shield.toml):
the holder a user sees on the days Enab Baladi, Al-Araby al-Jadeed, Orient News, Radio Rozana and
SOHR bound, and the days they leave open, which stay gaps."""

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

ENAB_28_AUG = "enab_baladi-2016-08-28-ayyasha-karsanli"
ARABY_3_SEP = "alaraby-2016-09-03-four-villages-al-rai"
ORIENT_4_SEP = "orient-2016-09-04-border-cleared"
ENAB_10_OCT = "enab_baladi-2016-10-10-ghazal-akhtarin"
ENAB_11_OCT = "enab_baladi-2016-10-11-ihtaimlat-duwaybiq"
ENAB_12_OCT = "enab_baladi-2016-10-12-kafra"
ENAB_16_OCT = "enab_baladi-2016-10-16-south-of-dabiq"
ROZANA_16_OCT = "rozana-2016-10-16-dabiq-talalin"
SOHR_16_OCT = "sohr-2016-10-16-dabiq-sawran-ihtaimlat"
REUTERS_8_OCT = "reuters-2016-10-08-is-counterattack-akhtarin"
ENAB_27_AUG = "enab_baladi-2016-08-27-west-of-jarablus"
ALAAN_28_AUG = "akhbar_alaan-2016-08-28-jarablus-south"
ARABY_4_OCT = "alaraby-2016-10-04-turkman-bareh-kaibah"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # west of Jarablus and east of al-Rai: taken from IS on Saturday 27 Aug
        ("al_bir_fawqani", date(2016, 8, 26), "isis", ENAB_27_AUG),
        ("al_hilwaniyah", date(2016, 8, 27), "sna", ENAB_27_AUG),
        ("haddabat", date(2016, 8, 31), "sna", ENAB_27_AUG),  # h-rev8: 1 - 3 Sep contested
        # south of Jarablus: taken from the SDF on 28 Aug (the earlier rules from 30 Aug)
        ("balaban", date(2016, 8, 28), "sna", ALAAN_28_AUG),
        ("jubb_al_kusa", date(2016, 8, 29), "sna", ALAAN_28_AUG),
        # Ka'iba, south of al-Rai: taken from IS on Tuesday 4 Oct
        ("kaibah", date(2016, 10, 5), "sna", ARABY_4_OCT),
        # Ayyasha and Karsanli, east of al-Rai: taken from IS at noon on Sunday 28 Aug
        ("ayyashah", date(2016, 8, 24), "isis", ENAB_28_AUG),
        ("karsanli", date(2016, 8, 27), "isis", ENAB_28_AUG),
        ("karsanli", date(2016, 8, 28), "sna", ENAB_28_AUG),
        ("ayyashah", date(2016, 9, 3), "sna", ENAB_28_AUG),
        # al-Nahda and al-Muthminah: IS expelled on the evening of Saturday 3 Sep
        ("nahda", date(2016, 9, 2), "isis", ARABY_3_SEP),
        ("al_muthminah", date(2016, 9, 3), "sna", ARABY_3_SEP),
        ("al_waqf", date(2016, 9, 19), "sna", ARABY_3_SEP),
        ("athariyah", date(2016, 9, 10), "sna", ARABY_3_SEP),
        ("fursan", date(2016, 9, 2), "isis", ARABY_3_SEP),
        ("fursan", date(2016, 9, 3), "sna", ARABY_3_SEP),
        # Ghandoura, Ghanama, Tuwayran: taken from IS on Sunday 4 Sep (the h-bab rules after)
        ("ghandoura", date(2016, 8, 24), "isis", ORIENT_4_SEP),
        ("tuwayran", date(2016, 9, 3), "isis", ORIENT_4_SEP),
        # from Akhtarin to Dabiq
        ("qabtan", date(2016, 10, 9), "sna", ENAB_10_OCT),
        ("aziziyah_azaz", date(2016, 10, 16), "sna", ROZANA_16_OCT),
        ("al_tughali", date(2016, 10, 10), "sna", ENAB_11_OCT),
        ("al_ball", date(2016, 10, 16), "sna", ENAB_12_OCT),
        ("yahmul", date(2016, 10, 11), "sna", ENAB_12_OCT),
        ("kafrah", date(2016, 10, 12), "sna", ENAB_12_OCT),
        ("ihtaimlat", date(2016, 10, 16), "sna", SOHR_16_OCT),
        ("til_alyan", date(2016, 10, 16), "sna", ROZANA_16_OCT),
        ("masoudiyah", date(2016, 10, 16), "sna", ENAB_16_OCT),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources


def test_fought_over_days_are_contested(atlas):
    """8 Oct: IS's counter-attack on Akhtarin (SOHR via Reuters) and the factions' retaking of it
    and the villages north-east (Enab Baladi); 10 Oct: Yahmul fought for; 11 Oct: Kafra's western
    edge and Duwaybiq; Ihtimaylat claimed on 11 Oct by a faction, taken on 16 Oct per SOHR."""
    history = atlas.control.history
    record = assert_checked_answer(history, "mazrah_al_ala", date(2016, 10, 8), "sna",
                                   "contested", ("isis",), ENAB_10_OCT)  # fmt: skip
    assert REUTERS_8_OCT in record.sources
    assert_checked_answer(history, "yahmul", date(2016, 10, 10), "sna", "contested", ("isis",),
                          ENAB_10_OCT)  # fmt: skip
    assert_checked_answer(history, "kafrah", date(2016, 10, 11), "isis", "contested", ("sna",),
                          ENAB_11_OCT)  # fmt: skip
    assert_checked_answer(history, "duwaybiq", date(2016, 10, 11), "isis", "contested", ("sna",),
                          ENAB_11_OCT)  # fmt: skip
    record = assert_checked_answer(history, "ihtaimlat", date(2016, 10, 13), "sna", "contested",
                                   ("isis",), ENAB_11_OCT)  # fmt: skip
    assert SOHR_16_OCT in record.sources and "disagree" in record.note


def test_faction_officials_are_marked_party_side(atlas):
    for locality, day in (("nahda", date(2016, 9, 5)), ("kafrah", date(2016, 10, 14))):
        record = atlas.control.history.record_on(locality, day)
        assert "party-side" in record.note and "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the operation no dated report found places these villages
        ("balaban", date(2016, 8, 27)),
        ("kaibah", date(2016, 10, 8)),
        ("ghandoura", date(2016, 8, 23)),
        ("al_ball", date(2016, 9, 15)),
        ("kafrah", date(2016, 8, 1)),
        # al-Athariyah before 3 Sep (reports disagree); the al-Rai villages after 19 Sep
        ("athariyah", date(2016, 8, 30)),
        ("nahda", date(2016, 9, 20)),
        ("al_waqf", date(2016, 10, 1)),
        # Duwaybiq from 12 Oct, Ihtimaylat before 11 Oct; Qabtan after Dabiq's fall
        ("duwaybiq", date(2016, 10, 13)),
        ("ihtaimlat", date(2016, 10, 10)),
        ("qabtan", date(2016, 10, 20)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-shield.toml")
    cited = sources_cited_by(atlas, "> shield_")
    assert {ENAB_28_AUG, ARABY_3_SEP, ORIENT_4_SEP, ENAB_10_OCT, ENAB_11_OCT, ENAB_12_OCT,
            ENAB_16_OCT, ROZANA_16_OCT, SOHR_16_OCT, ENAB_27_AUG, ALAAN_28_AUG,
            ARABY_4_OCT} <= cited  # fmt: skip
