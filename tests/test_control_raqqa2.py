"""The Raqqa campaign's stored gaps, a second batch of villages (issue #15, h-raqqa2:
tools/regions_2016_2018_rules_raqqa2.py, sources/2016-2019-raqqa2.toml): the holder a user sees
on the days dated reports name the village, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

SPC_11_DEC = "syrian_press_center-2016-12-11-six-villages-west-raqqa"
SPC_13_DEC = "syrian_press_center-2016-12-13-shallaliyah-mujabin"
SHAM_13_DEC = "sham_fm-2016-12-13-sdf-west-raqqa"
GHAD_22_DEC = "alghad_alsouri-2016-12-22-west-raqqa-villages"
SMART_19_FEB = "smart-2017-02-19-three-villages-two-days"
SMART_24_MAR = "smart-2017-03-24-ghassaniyah-fatsa"
SMART_18_APR = "smart-2017-04-18-kabash-gharbi"
SMART_11_MAY = "smart-2017-05-11-jalaa-royan"
SMART_22_MAY = "smart-2017-05-22-salhabiya-gharbiya"
MIRROR_18_JUN = "syrian_mirror-2017-06-18-karadi"
SOHR_19_JUN = "sohr-2017-06-19-shwihna-north-of-resafa"
AJ_22_FEB = "al_jazeera-2017-02-22-sdf-deir-villages"
SMART_11_FEB = "smart-2017-02-11-north-of-raqqa-silos"
SMART_24_APR = "smart-2017-04-24-fourth-phase-13-sites"
SMART_17_MAY = "smart-2017-05-17-rafiqa-mudar-qadisiyah"
SMART_24_MAY = "smart-2017-05-24-hamrat-balasim"
SMART_8_JUN = "smart-2017-06-08-dibsi-faraj-fukhaykha"
NEW_ARAB_16_JUL = "the_new_arab-2017-07-16-regime-oil-fields-raqqa"
REUTERS_17_JUL = "reuters-2017-07-17-daylaa-zamla-fields"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # the second phase west of Raqqa (Dec 2016)
        ("jubb_al_qidarah", date(2016, 12, 11), "sdf", SPC_11_DEC),
        ("mujaybinah", date(2016, 12, 13), "sdf", SPC_13_DEC),
        ("mujaybin_al_fatuh", date(2017, 1, 15), "sdf", SPC_13_DEC),
        ("bir_shallal_gharbi", date(2016, 12, 13), "sdf", SHAM_13_DEC),
        ("safakhir", date(2017, 1, 1), "sdf", SHAM_13_DEC),
        ("at_tuwayhinah", date(2016, 12, 21), "sdf", GHAD_22_DEC),
        ("abu_jubb", date(2017, 1, 15), "sdf", GHAD_22_DEC),
        # the third phase east of the city (Feb - Mar 2017)
        ("abu_wahl", date(2017, 2, 18), "sdf", SMART_19_FEB),
        ("lubaydan", date(2017, 2, 11), "sdf", SMART_11_FEB),
        ("abu_susah_ar_raqqah", date(2017, 3, 5), "sdf", SMART_11_FEB),
        ("hafayr", date(2017, 2, 11), "isis", SMART_11_FEB),
        ("abbara", date(2017, 2, 11), "isis", SMART_11_FEB),
        ("mahran", date(2017, 2, 22), "sdf", AJ_22_FEB),
        ("al_ghassaniyah", date(2017, 3, 24), "sdf", SMART_24_MAR),
        ("fatisat_abd_ismail", date(2017, 10, 16), "sdf", SMART_24_MAR),
        ("muddar", date(2017, 3, 24), "sdf", SMART_24_MAR),
        # north-west of Raqqa in the fourth phase (Apr - May 2017)
        ("kabash_gharbi", date(2017, 4, 18), "sdf", SMART_18_APR),
        ("royan", date(2017, 4, 24), "sdf", SMART_24_APR),
        ("royan", date(2017, 5, 11), "sdf", SMART_11_MAY),
        ("kabash_sharqi", date(2017, 6, 5), "sdf", SMART_24_APR),
        ("ar_ruhayyat", date(2017, 4, 24), "sdf", SMART_24_APR),
        ("muddar", date(2017, 5, 17), "sdf", SMART_17_MAY),
        ("al_qadisiyah", date(2017, 6, 5), "sdf", SMART_17_MAY),
        ("hamrat_balasim", date(2017, 5, 24), "sdf", SMART_24_MAY),
        ("salhabiyat_al_gharbiyah", date(2017, 5, 22), "sdf", SMART_22_MAY),
        # the desert south of the river (Jun 2017)
        ("fukhaykha", date(2017, 6, 8), "government", SMART_8_JUN),
        ("dibsi_faraj_water_pumping_station", date(2017, 7, 1), "government", SMART_8_JUN),
        ("al_karadi", date(2017, 6, 18), "government", MIRROR_18_JUN),
        ("al_karadi", date(2017, 7, 30), "government", MIRROR_18_JUN),
        ("shuwayhan", date(2017, 6, 19), "sdf", SOHR_19_JUN),
        ("waheb_oil_field", date(2017, 7, 15), "government", NEW_ARAB_16_JUL),
        ("bir_al_zamlah", date(2017, 7, 17), "government", REUTERS_17_JUL),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources


def test_party_claims_low_grade_reports_and_inferred_continuity_are_said(atlas):
    history = atlas.control.history
    assert "party claim" in history.record_on("abu_wahl", date(2017, 3, 1)).note
    assert "party media" in history.record_on("abu_jubb", date(2016, 12, 25)).note
    assert "low-grade" in history.record_on("ajaj", date(2016, 12, 20)).note
    assert "continuity inferred" in history.record_on("royan", date(2017, 5, 20)).note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the reported captures no dated report places the village
        ("jubb_al_qidarah", date(2016, 12, 10)),
        ("mujaybinah", date(2016, 12, 12)),
        ("ajaj", date(2016, 12, 12)),
        ("at_tuwayhinah", date(2016, 12, 20)),
        ("abu_wahl", date(2017, 2, 17)),
        ("al_ghassaniyah", date(2017, 3, 23)),
        ("kabash_gharbi", date(2017, 4, 17)),
        ("royan", date(2017, 4, 23)),
        ("mahran", date(2017, 2, 21)),
        ("lubaydan", date(2017, 2, 10)),
        ("hafayr", date(2017, 2, 12)),
        ("hamrat_balasim", date(2017, 5, 23)),
        ("fukhaykha", date(2017, 6, 7)),
        ("waheb_oil_field", date(2017, 7, 14)),
        ("salhabiyat_al_gharbiyah", date(2017, 5, 21)),
        ("al_karadi", date(2017, 6, 17)),
        # only the reported day: a later IS counter-attack nearby, the army's area from 31 Jul
        ("muddar", date(2017, 3, 25)),
        ("muddar", date(2017, 5, 16)),
        ("shuwayhan", date(2017, 6, 20)),
        # villages no report dates stay gaps
        ("tiyasa", date(2016, 12, 25)),  # Karawan: h-raqqa7's from a dated claim
        ("kudayran", date(2017, 5, 20)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-raqqa2.toml")
    cited = sources_cited_by(atlas, "> raqqa2_")
    expected = {SPC_11_DEC, SPC_13_DEC, SHAM_13_DEC, GHAD_22_DEC, SMART_19_FEB, SMART_24_MAR,
                SMART_18_APR, SMART_11_MAY, SMART_22_MAY, MIRROR_18_JUN, SOHR_19_JUN,
                AJ_22_FEB, SMART_11_FEB, SMART_24_APR, SMART_17_MAY, SMART_24_MAY,
                SMART_8_JUN, NEW_ARAB_16_JUL, REUTERS_17_JUL}  # fmt: skip
    assert expected <= cited
