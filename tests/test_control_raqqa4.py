"""The Raqqa campaign's stored gaps, a fourth batch (issue #15, h-raqqa4:
tools/regions_2016_2018_rules_raqqa4.py, sources/2016-2019-raqqa4.toml): Tell al-Samn, Jubb
al-Sha'ir and Dahlan, the band west of the city in late May 2017, Hunaydah, the north bank east of
the city from 24 May 2017 and the army's first desert villages, on the days dated reports name
them; the days before, which stay gaps; and the region rules taking over where they did."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

ENAB_16_NOV = "enabbaladi-2016-11-16-tal-saman"
AL_HAL_10_JAN = "al_hal-2017-01-10-jubb-shaeer-dahlan"
AL_HAL_15_DEC = "al_hal-2016-12-15-abu-raddani"
AL_HAL_22_DEC = "al_hal-2016-12-22-jabar-abu-jubb"
AL_HAL_11_JAN = "al_hal-2017-01-11-mahmudli"
MIRROR_28_DEC = "syrian_mirror-2016-12-28-hadaj-jabar-sharqi"
AL_HAL_12_JAN = "al_hal-2017-01-12-karmanju-huwayj"
MIRROR_20_MAY = "syrian_mirror-2017-05-20-is-attacks-mazlum"
ENAB_18_MAY = "enab_baladi-2017-05-18-hamrat-ghanam-mazlum-andalus"
XINHUA_5_JUN = "xinhua-2017-06-05-rabia-adnaniya-sakura"
SPC_22_MAY = "syrian_press_center-2017-05-22-salhabiya-again"
MIRROR_26_MAY = "syrian_mirror-2017-05-26-kudayran"
SMART_26_MAY = "smart-2017-05-26-north-of-baath-dam"
SPC_1_JUN = "syrian_press_center-2017-06-01-field-events"
SMART_4_JUN = "smart-2017-06-04-baath-dam-baruda-hunaydah"
SOHR_HAMRATS = "sohr-2017-05-hamrat-last-villages-east-raqqa"
SOHR_6_JUN = "sohr-2017-06-06-khirbat-muhsin-khirbat-sab"
SMART_19_JUN = "smart-2017-06-19-regime-takes-resafa"
BALADI_19_JUN = "baladi_news-2017-06-19-resafa-jadin"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # IS-held until the SDF entered Tell al-Samn at noon on 16 Nov 2016 (Enab Baladi)
        ("tall_al_siman", date(2016, 11, 6), "isis", ENAB_16_NOV),
        ("tall_al_siman", date(2016, 11, 15), "isis", ENAB_16_NOV),
        # Jubb al-Sha'ir, Dahlan taken (the campaign via Al-Hal, 10 Jan 2017)
        ("job_shaeer", date(2017, 1, 10), "sdf", AL_HAL_10_JAN),
        ("al_dahlan", date(2017, 3, 15), "sdf", AL_HAL_10_JAN),
        ("job_shaeer", date(2017, 6, 5), "sdf", AL_HAL_10_JAN),
        # the second phase: Ja'bar al-Sharqi (25 Dec 2016), Hadaj (28 Dec), Huwayj (11 Jan 2017)
        ("jabar_sharqi", date(2016, 12, 25), "sdf", MIRROR_28_DEC),
        ("jabar_sharqi", date(2017, 2, 3), "sdf", MIRROR_28_DEC),
        ("hadaj_al_thawrah", date(2016, 12, 28), "sdf", MIRROR_28_DEC),
        ("hewaj", date(2017, 1, 11), "sdf", AL_HAL_12_JAN),
        ("jabar_sharqi", date(2017, 1, 1), "sdf", AL_HAL_22_DEC),
        # Abu Raddani by 15 Dec 2016, al-Mahmudli taken eight days before 11 Jan 2017 (RBSS)
        ("abo_al_rdani", date(2016, 12, 15), "sdf", AL_HAL_15_DEC),
        ("abo_al_rdani", date(2017, 1, 15), "sdf", AL_HAL_15_DEC),
        ("mahmudli", date(2017, 1, 3), "sdf", AL_HAL_11_JAN),
        ("hewaj", date(2017, 4, 1), "sdf", AL_HAL_12_JAN),
        # al-Andalus and Mazlum taken on the evening of 17 May 2017 (Syrian Mirror)
        ("al_andalus", date(2017, 5, 18), "sdf", SPC_22_MAY),
        ("mazlum_grain_storage_silos", date(2017, 5, 20), "sdf", MIRROR_20_MAY),
        # Kudayran by the Baath dam, Friday 26 May 2017 (Syrian Mirror; SMART)
        ("kudayran", date(2017, 5, 26), "sdf", MIRROR_26_MAY),
        ("kudayran", date(2017, 6, 5), "sdf", SMART_26_MAY),
        # Bir al-Hashim, Sakura, Mazraat Yaarub on 1 Jun 2017 (the Syrian Press Center)
        ("bir_al_hashim", date(2017, 6, 1), "sdf", SPC_1_JUN),
        ("sakuriyah", date(2017, 6, 3), "sdf", SPC_1_JUN),
        ("yaarub", date(2017, 6, 5), "sdf", SPC_1_JUN),
        ("sakuriyah", date(2017, 6, 5), "sdf", XINHUA_5_JUN),
        ("adnaniyeh", date(2017, 6, 5), "sdf", XINHUA_5_JUN),
        ("hamrat_ghanam", date(2017, 5, 18), "sdf", ENAB_18_MAY),
        ("mazlum_grain_storage_silos", date(2017, 5, 18), "sdf", ENAB_18_MAY),
        # Hunaydah on the south bank, 4 Jun 2017 (local sources to SMART)
        ("hunaydah", date(2017, 6, 4), "sdf", SMART_4_JUN),
        ("hunaydah", date(2017, 6, 28), "sdf", SMART_4_JUN),
        # the north bank east of the city from the fall of the last two Hamrats (24 May 2017)
        ("muayzilah", date(2017, 5, 24), "sdf", SOHR_HAMRATS),
        ("cement_plant", date(2017, 6, 1), "sdf", SOHR_HAMRATS),
        ("tawi", date(2017, 6, 5), "sdf", SOHR_HAMRATS),
        # the army's first villages inside Raqqa province (SOHR, 6 Jun 2017) and al-Issawi
        ("khirbat_muhsin", date(2017, 6, 6), "government", SOHR_6_JUN),
        ("khirbat_as_sab", date(2017, 7, 30), "government", SOHR_6_JUN),
        ("al_issawi", date(2017, 6, 19), "government", SMART_19_JUN),
        ("al_issawi", date(2017, 7, 30), "government", SMART_19_JUN),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "> raqqa4_" in record.note, record.note


def test_al_andalus_is_contested_on_18_may_only(atlas):
    record = assert_region_answer(atlas, "al_andalus", date(2017, 5, 18), "sdf")
    assert record.status == "contested" and "isis" in record.with_parties
    assert "the sources disagree" in record.note


def test_sakura_is_contested_while_its_day_is_reported_differently(atlas):
    record = assert_region_answer(atlas, "sakuriyah", date(2017, 6, 2), "sdf")
    assert record.status == "contested" and "reported differently" in record.note
    assert atlas.control.history.state_of("sakuriyah", date(2017, 6, 5)).status == "held"


def test_jadin_is_fought_over_on_the_reported_day_only(atlas):
    history = atlas.control.history
    for place in ("jadin_kabira", "jadin_saghirah"):
        record = assert_region_answer(atlas, place, date(2017, 6, 19), "sdf")
        assert record.status == "contested" and "government" in record.with_parties
        assert BALADI_19_JUN in record.sources
        assert "the SDF's claim" in history.record_on(place, date(2017, 6, 19)).note
        assert_stored_gap(atlas, place, date(2017, 6, 18))
        assert_stored_gap(atlas, place, date(2017, 6, 20))


def test_party_claims_and_inferred_continuity_are_said(atlas):
    history = atlas.control.history
    for place, day in (
        ("job_shaeer", date(2017, 2, 1)),
        ("mazlum_grain_storage_silos", date(2017, 5, 25)),
        ("bir_al_hashim", date(2017, 6, 2)),
        ("hunaydah", date(2017, 6, 10)),
    ):
        note = history.record_on(place, day).note
        assert "party claim" in note and "continuity inferred" in note, (place, note)
    east = history.record_on("khan_dal", date(2017, 5, 30)).note
    assert "region-level" in east and "continuity inferred" in east
    assert "continuity inferred" in history.record_on("tall_al_siman", date(2016, 11, 8)).note
    assert "opposition-aligned" in history.record_on("khirbat_muhsin", date(2017, 7, 1)).note


@pytest.mark.parametrize(
    ("locality", "day", "controller", "rule"),
    [
        # the rules earlier in RULES answer the days after these spans
        ("tall_al_siman", date(2016, 11, 16), "isis", "jaz3_tal_saman"),
        ("job_shaeer", date(2017, 6, 6), "sdf", "raqqa_north_countryside"),
        ("jabar_sharqi", date(2017, 2, 4), "sdf", "euph_raqqa_north_shore_named"),
        ("hadaj_al_thawrah", date(2017, 1, 16), "sdf", "jaz3_west_after_phase_two_statement"),
        ("hunaydah", date(2017, 6, 29), "sdf", None),
        ("khirbat_muhsin", date(2017, 7, 31), "government", None),
    ],
)
def test_the_earlier_rules_take_over_after(atlas, locality, day, controller, rule):
    record = assert_region_answer(atlas, locality, day, controller)
    assert "> raqqa4_" not in record.note, record.note
    if rule:
        assert f"> {rule}]" in record.note, record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # between the phase's start and the reported capture no report places the place
        ("job_shaeer", date(2016, 12, 10)),
        ("al_dahlan", date(2017, 1, 9)),
        ("al_andalus", date(2017, 5, 17)),
        ("al_andalus", date(2017, 5, 19)),  # the SDF's return after 18 May not reported
        ("mazlum_grain_storage_silos", date(2017, 1, 15)),
        ("jabar_sharqi", date(2016, 12, 24)),
        ("hadaj_al_thawrah", date(2016, 12, 27)),
        ("hewaj", date(2017, 1, 10)),
        ("adnaniyeh", date(2017, 6, 4)),
        ("hamrat_ghanam", date(2017, 5, 17)),
        ("kerman", date(2017, 1, 12)),  # Karmanju not matched with confidence
        ("abo_al_rdani", date(2016, 12, 14)),
        ("mahmudli", date(2017, 1, 2)),
        ("kudayran", date(2017, 5, 25)),
        ("yaarub", date(2017, 5, 31)),
        ("hunaydah", date(2017, 6, 3)),
        # the north bank east of the city from the third phase to the last Hamrats' fall
        ("abu_kabra", date(2017, 5, 23)),
        ("nasirah", date(2017, 3, 15)),
        # the desert between the army's first villages and SOHR's late-July statement
        ("al_issawi", date(2017, 6, 18)),
        ("hidaj", date(2017, 7, 1)),
        ("thawrah_oil_field", date(2017, 6, 20)),
    ],
)
def test_days_before_the_reports_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-raqqa4.toml")
    cited = sources_cited_by(atlas, "> raqqa4_")
    assert {
        ENAB_16_NOV,
        AL_HAL_10_JAN,
        MIRROR_28_DEC,
        AL_HAL_12_JAN,
        AL_HAL_15_DEC,
        AL_HAL_22_DEC,
        AL_HAL_11_JAN,
        MIRROR_20_MAY,
        MIRROR_26_MAY,
        SMART_26_MAY,
        SPC_22_MAY,
        ENAB_18_MAY,
        XINHUA_5_JUN,
        SPC_1_JUN,
        SMART_4_JUN,
        SOHR_HAMRATS,
        SOHR_6_JUN,
        SMART_19_JUN,
        BALADI_19_JUN,
    } <= cited
