"""Review rev40 (issue #15): older leads on answers flagged as possibly wrong (hand rows tagged
[rev40] in records/2016-2024.csv, an edit to ``named_jirah_airbase`` in
tools/regions_2016_2018_rules_aleppo.py, sources in sources/2016-2024-rev40.toml).

- Dhiban (east bank of the Euphrates, Deir ez-Zor): the SDF's 31 Dec 2017 - 22 Mar 2019
  (region-level, as its neighbours al-Hawaij and al-Tayyanah), was a gap.
- Tadef: the army's from Sunday 26 Feb 2017 (SMART, Syrian Mirror, Baladi News), a day earlier
  than AFP's military source; the long government row also cites Syria TV of 21 Sep 2018.
- The Jirah airbase: the army's contested by IS on 9 - 10 Mar 2017 (it entered on 9 Mar), IS's
  contested by the army on 11 Mar (IS retook it), IS's again from 12 Mar; was IS's throughout.
- Kurhyuk, al-Bughaz and al-Qawuqli (west of al-Arimah): the Manbij Military Council's, shared
  with the government, from its statement of 27 Sep 2021, a gap before (were the snapshots'
  factions' from 23 Oct 2019; al-Qawuqli the factions' from 3 Mar 2017).
- Mebruka (on the M4 south of Ras al-Ayn): a gap on 13 Oct 2019 (Sham FM's Mabrouka is the
  western town).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from control_answers import (
    assert_checked_answer,
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
)

SOHR_DEC_2017 = "sohr-2017-12-east-bank-last-villages"
SOHR_MAY_2018 = "sohr-2018-05-04-abu-hamam-sdf-nukhba"
SMART_TADEF = "smart-2017-02-26-tadef"
SYRIA_TV_2018 = "syria_tv-2018-09-21-tadef-shelling-al-bab"
AFP_27_FEB = "afp-2017-02-27-army-presses-is-north"
ENAB_JIRAH = "enab_baladi-2017-03-09-jirah-airbase"
ALGHAD_JIRAH = "alghad_alsouri-2017-03-12-is-retakes-villages-east-aleppo"
NEW_SOURCES = (
    SOHR_MAY_2018,
    SYRIA_TV_2018,
    SMART_TADEF,
    "syrian_mirror-2017-02-26-tadef",
    "baladi_news-2017-02-26-tadef-roundabout",
    ENAB_JIRAH,
    "almasdar_online-2017-03-09-jirah-airbase",
    "al_watan_sy-2017-05-13-jirah-airbase-walls",
    "cjtf_oir-2018-07-20-dashishah-cleared",
    "sdf_command-2018-06-dashisha-operation",
    "ypg_press-2018-07-01-south-of-dashisha",
)


def test_the_sources_file_is_registered():
    assert_source_file_registered("2016-2024-rev40.toml")
    assert_registered_with_publisher(NEW_SOURCES)


def test_dhiban_is_the_sdfs_through_2018(atlas):
    history = atlas.control.history
    # the day before: the rev14 row (the SDF's from 17 Nov 2017), unchanged
    assert_checked_answer(history, "diban", date(2017, 12, 30), "sdf", "held", (), SOHR_DEC_2017)
    for day in (date(2017, 12, 31), date(2018, 5, 4), date(2018, 10, 15), date(2019, 3, 22)):
        record = assert_checked_answer(history, "diban", day, "sdf", "held", (), SOHR_DEC_2017)
        assert SOHR_MAY_2018 in record.sources
        assert "[rev40]" in record.note and "region-level" in record.note
    # the day after: the batch's answer from Baghuz
    record = history.record_on("diban", date(2019, 3, 23))
    assert record.controller == "sdf" and "kurdistan24-2019-03-23-baghouz" in record.sources
    # its neighbours on the same bank answer the same
    for place in ("hawaij", "tayyaneh"):
        assert history.state_of(place, date(2018, 6, 1)).controller == "sdf", place


def test_tadef_is_the_armys_from_26_february_2017(atlas):
    history = atlas.control.history
    assert_stored_gap(atlas, "tadif", date(2017, 2, 24))
    assert_stored_gap(atlas, "tadif", date(2017, 2, 25))
    record = assert_checked_answer(history, "tadif", date(2017, 2, 26), "government", "held", (),
                                   SMART_TADEF)  # fmt: skip
    assert "party claim" in record.note and "[rev40]" in record.note
    assert_checked_answer(history, "tadif", date(2017, 2, 27), "government", "held", (), AFP_27_FEB)
    for day in (date(2017, 3, 3), date(2018, 9, 21), date(2024, 11, 26)):
        assert_checked_answer(history, "tadif", day, "government", "held", (), SYRIA_TV_2018)


def test_the_jirah_airbase_changed_hands_twice_in_march_2017(atlas):
    history = atlas.control.history
    assert_checked_answer(
        history,
        "jirah_airbase",
        date(2017, 3, 8),
        "isis",
        "held",
        (),
        "afp-2017-03-07-jirah-airbase",
    )
    for day in (date(2017, 3, 9), date(2017, 3, 10)):
        record = assert_checked_answer(
            history, "jirah_airbase", day, "government", "contested", ("isis",), ENAB_JIRAH
        )
        assert "[rev40]" in record.note
    assert_checked_answer(
        history,
        "jirah_airbase",
        date(2017, 3, 11),
        "isis",
        "contested",
        ("government",),
        ALGHAD_JIRAH,
    )
    for day in (date(2017, 3, 12), date(2017, 5, 11)):
        assert_checked_answer(history, "jirah_airbase", day, "isis", "held", (), None)
    # rev21's 12 May and the army's capture of 13 May are unchanged
    assert_checked_answer(
        history, "jirah_airbase", date(2017, 5, 12), "isis", "contested", ("government",), None
    )
    assert_checked_answer(
        history, "jirah_airbase", date(2017, 5, 13), "government", "held", (), None
    )


SDF_27_SEP_2021 = "sdf_command-2021-09-27-manbij-north-september-shelling"
NORTH_PRESS_2022 = "north_press-2022-11-24-manbij-contact-line-shelling"
ARIMAH_VILLAGES = ("kurhyuk", "bughaz", "al_qawuqli")


def test_the_arimah_villages_are_the_councils_from_its_september_2021_statement(atlas):
    history = atlas.control.history
    for place in ARIMAH_VILLAGES:
        assert_stored_gap(atlas, place, date(2019, 10, 23))
        # h-rev64 answers al-Qawuqli from 8 Feb 2021 (tests/test_control_rev64.py)
        assert_stored_gap(
            atlas, place, date(2021, 2, 7) if place == "al_qawuqli" else date(2021, 9, 26)
        )
        for day in (date(2021, 9, 27), date(2023, 4, 25), date(2024, 11, 26)):
            record = assert_checked_answer(
                history, place, day, "sdf", "shared", ("government",), SDF_27_SEP_2021
            )
            assert "party claim" in record.note and "[rev40]" in record.note
    assert NORTH_PRESS_2022 in history.record_on("al_qawuqli", date(2022, 11, 24)).sources
    # al-Qawuqli was the factions' from 3 Mar 2017 on the Euphrates Shield default: now a gap
    assert_stored_gap(atlas, "al_qawuqli", date(2017, 3, 3))
    assert_stored_gap(atlas, "al_qawuqli", date(2019, 1, 1))
    # the snapshots' drawing is documented as a disagreement
    path = Path(__file__).resolve().parents[1] / "geodata/data/control/snapshot-disagreements.csv"
    text = path.read_text(encoding="utf-8")
    for place in ARIMAH_VILLAGES:
        assert f"{place},sdf,sna,records," in text and f"{place},unknown,sna,open," in text


def test_mebruka_is_a_gap_in_the_peace_spring_days(atlas):
    for day in (date(2019, 10, 9), date(2019, 10, 13), date(2019, 10, 22)):
        assert_stored_gap(atlas, "mebruka", day)
    assert atlas.control.history.state_of("mebruka", date(2019, 10, 8)).controller == "sdf"


def test_habboubah_kabira_is_fought_over_on_11_march_2017(atlas):
    history = atlas.control.history
    assert history.state_of("habboubah_kabira", date(2017, 3, 10)).controller == "government"
    record = assert_checked_answer(
        history, "habboubah_kabira", date(2017, 3, 11), "government", "contested", ("isis",),
        ALGHAD_JIRAH,
    )  # fmt: skip
    assert "[rev40]" in record.note and "> rev40_habboubah_11_mar_2017]" in record.note
    assert_stored_gap(atlas, "habboubah_kabira", date(2017, 3, 12))
    assert_stored_gap(atlas, "habboubah_kabira", date(2017, 5, 13))


def test_khirbat_abkiyah_is_the_armys_until_is_counter_attack(atlas):
    history = atlas.control.history
    assert_checked_answer(
        history, "khirbat_abkiyah", date(2017, 3, 7), "government", "held", (), None
    )
    for day in (date(2017, 3, 8), date(2017, 3, 10)):
        record = assert_checked_answer(
            history, "khirbat_abkiyah", day, "government", "held", (), ENAB_JIRAH
        )
        assert "continuity inferred" in record.note and "[rev40]" in record.note
    assert_stored_gap(atlas, "khirbat_abkiyah", date(2017, 3, 11))
    assert_stored_gap(atlas, "khirbat_abkiyah", date(2017, 5, 13))


CJTF_20_JUL = "cjtf_oir-2018-07-20-dashishah-cleared"
SDF_JUN_2018 = "sdf_command-2018-06-dashisha-operation"


@pytest.mark.parametrize("place", ["houweija", "kalka"])
def test_the_villages_south_of_dashisha_in_2018(atlas, place):
    history = atlas.control.history
    assert_stored_gap(atlas, place, date(2018, 6, 4))
    for day in (date(2018, 6, 5), date(2018, 6, 30)):
        record = assert_region_answer(atlas, place, day, "isis")
        assert SDF_JUN_2018 in record.sources and "region-level" in record.note
    assert_stored_gap(atlas, place, date(2018, 7, 1))
    assert_stored_gap(atlas, place, date(2018, 7, 19))
    for day in (date(2018, 7, 20), date(2018, 12, 11)):
        record = assert_region_answer(atlas, place, day, "sdf")
        assert CJTF_20_JUL in record.sources and "[rev40]" in record.note
    assert history.state_of(place, date(2018, 12, 12)).controller == "sdf"
