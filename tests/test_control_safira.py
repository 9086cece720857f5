"""The al-Safira plain and the al-Hass plateau, Aug 2016 - Jun 2017 (issue #15, h-safira:
tools/regions_2016_2018_rules_safira.py, sources/2016-2019-safira.toml): Kafr Akkar on the
plateau's edge the rebels' and HTS's (SMART's "Kafr Kar, 8 km west of the defence factories";
the lists of 13 Jan 2018), Aqil, Kuways and al-Qulay'ah east of Khanasir IS's from its April 2016
offensive (Amaq via Qasioun; Al-Hal) to the batch's 4 Jun 2017, Tal al-Arba'in the army's hill
from Nov 2015 to the pocket's clearing and Buridah ("Burda") the army's from 13 Jan 2018; the days
no report reaches stay gaps."""

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

SMART = "smart-2018-01-11-hts-returns-to-jabal-al-hass"
QASIOUN = "qasioun-2016-04-is-18-villages-east-of-khanasir"
AL_HAL = "al_hal-2016-04-17-is-east-of-khanasir"
REUTERS = "reuters-2017-06-30-is-leaves-aleppo-province"
RADIO_ALKUL_2015 = "radio_alkul-2015-11-12-al-hader-tal-al-arbain"
STEP = "step-2018-01-13-tal-al-daman"


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 1, 15), date(2017, 6, 3)])
def test_kafr_akkar_is_on_the_rebel_plateau(atlas, day):
    """HTS left 'Kafr Kar (8 km west of the defence factories in al-Safira)' on 10 Jan 2018
    (SMART); the lists of 13 Jan 2018 name it; the plateau the rebels' from Mar 2016."""
    record = assert_checked_answer(atlas.control.history, "kafr_akkar", day, "opposition",
                                   "shared", ("hts",), SMART)  # fmt: skip
    assert "radio_alkul-2018-01-36-villages-south-aleppo" in record.sources
    assert "region-level" in record.note and "continuity inferred" in record.note
    assert "party claim" in record.note  # Tasnim's list
    assert "[g2016_east_aleppo_government > safira_" in record.note


def test_kafr_akkar_after_the_batchs_june_2017_day(atlas):
    """The batch's government rows from Maskanah's fall now start on 13 Jan 2018 (review h-rev19:
    tests/test_control_rev19.py)."""
    history = atlas.control.history
    assert history.state_of("kafr_akkar", date(2017, 6, 4)).controller == "opposition"
    assert history.state_of("kafr_akkar", date(2018, 1, 13)).controller == "government"


@pytest.mark.parametrize("locality", ["aqil", "kuways", "al_qulayah_al_safira"])
def test_east_of_khanasir_is_is_from_april_2016(atlas, locality):
    for day in (date(2016, 8, 1), date(2016, 12, 1), date(2017, 6, 3)):
        record = assert_region_answer(atlas, locality, day, "isis")
        assert {QASIOUN, AL_HAL, REUTERS} <= set(record.sources)
        assert "region-level" in record.note and "continuity inferred" in record.note
        assert "party claim" in record.note  # Amaq


def test_the_rev16_pocket_days_follow_on(atlas):
    history = atlas.control.history
    for locality in ("aqil", "al_qulayah_al_safira"):
        assert history.state_of(locality, date(2017, 6, 4)).controller == "isis"
    # Kuways too since review h-rev19 (the batch had it the army's from 4 Jun 2017)
    assert history.state_of("kuways", date(2017, 6, 4)).controller == "isis"


@pytest.mark.parametrize("day", [date(2016, 8, 1), date(2017, 6, 1), date(2018, 2, 8)])
def test_tal_al_arbain_is_the_armys_hill(atlas, day):
    """Taken with al-Hader on 12 Nov 2015 (Radio Alkul); the army's push of 13 Jan 2018 started
    'from its positions around Jabal al-Arbain' (war media via Step News: party claim)."""
    record = assert_region_answer(atlas, "tal_al_arbain", day, "government")
    assert {RADIO_ALKUL_2015, STEP} <= set(record.sources)
    assert "continuity inferred" in record.note and "party claim" in record.note
    assert "[fill_aleppo_south > safira_" in record.note


def test_burda_is_the_armys_from_13_january_2018(atlas):
    for day in (date(2018, 1, 13), date(2018, 2, 8)):
        record = assert_region_answer(atlas, "buridah", day, "government")
        assert STEP in record.sources and "party claim" in record.note
    assert_stored_gap(atlas, "buridah", date(2018, 1, 12))


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the plateau's northern edge: no list names them (al-Adnaniya in Hurriya Press only,
        # not matched with confidence)
        ("al_adnaniah", date(2017, 1, 1)),
        ("sadaya", date(2016, 10, 1)),
        ("rasm_as_safa", date(2017, 3, 1)),
        # the road north of Khanasir, fought over in Jan 2017 (no day per village stored)
        ("rasm_al_nafal", date(2017, 1, 26)),
        ("sirdah", date(2017, 6, 3)),
        # between al-Safira and the Jabbul lake
        ("abu_jarin", date(2016, 9, 1)),
        # Mount Simeon south of al-Hader (fill_aleppo_south)
        ("tall_dadin", date(2017, 1, 1)),
        ("umm_jurayn", date(2017, 9, 1)),
        # the air defence battalion and al-Qarassi: answered by h-asouth to 22 Oct 2016 (the
        # battalion also from 23 Oct); the rebels' offensive of 28 Oct - 11 Nov stays a gap
        ("army_missiles_brigade", date(2016, 11, 1)),
        ("al_qarassi", date(2016, 11, 1)),
        ("buridah", date(2016, 8, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-safira.toml")
    assert {SMART, QASIOUN, AL_HAL, RADIO_ALKUL_2015} <= sources_cited_by(atlas, "> safira_")
