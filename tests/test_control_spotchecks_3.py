"""A third independent fact-check of the control answers (issue #15): 30 (place, day) pairs drawn
at random (seed 20261204) from the region-level and fill rows of 2016-2019, each checked
against dated reports in the stored news pages. Each case asserts what its report says (in the
comment; registry ids in sources/*.toml, this check's own in sources/verify-2016-2024-3.toml).
The one answer the reports contradicted (the 46th Regiment base in 2018) is asserted as fixed:
the day a report dates, and a stored gap where none reaches."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer


@pytest.fixture(scope="module")
def history():
    from geodata.atlas import load_atlas

    return load_atlas().control.history


# (locality, day, controller, status, parties that must be among `with`, a source it must cite)
CASES = [
    # Soran regained 'on Thursday' 27 Oct 2016 with the farms round it (Reuters; SOHR)
    ("suran_hama", date(2016, 11, 1), "government", "held", (), "reuters-2016-soran-retaken"),
    # Fafin: IS took it in Oct 2015 (Anadolu via NOW) and held it 'more than a year' (SOHR)
    ("fafin", date(2016, 8, 4), "isis", "held", (), "sohr-2016-is-leaves-infantry-school"),
    # Jirah airbase: IS-held from Jan 2014 until the army took it on 13 May 2017 (SOHR via AFP)
    ("jirah_airbase", date(2016, 8, 7), "isis", "held", (), "afp-2017-03-07-jirah-airbase"),
    # Tabqa airbase: the SDF fully controlled it on Sunday 26 Mar 2017 (SDF statement via UPI)
    ("tabqa_airbase", date(2017, 4, 1), "sdf", "held", (), "upi-2017-03-27-tabqa-airbase"),
    # al-Majdal retaken on Friday 31 Mar 2017 (al-Masdar names it; SOHR via Reuters: 16 villages)
    ("al_majdal", date(2017, 4, 2), "government", "held", (), "reuters-2017-03-31-hama-villages"),
    # al-Jalaa, between al-Mayadin and Albu Kamal: IS fell back downstream (Reuters, Oct 2017)
    # and left the west bank only in early Dec (SOHR via AFP, 7 Dec 2017)
    ("al_jalaa", date(2017, 9, 22), "isis", "held", (), "afp-2017-12-07-west-of-euphrates-cleared"),
    # Deir ez-Zor airport: besieged, never taken by IS (The New Arab, Jan 2017; Daily Star)
    ("deir_ez_zor_airport", date(2017, 11, 12), "government", "held", (), None),
    # Kurnaz: 'the Karnaz area', the Mhardeh barrier next to three army bases (Enab Baladi)
    ("kurnaz", date(2019, 7, 14), "government", "held", (), "enab_baladi-2019-07-10-hamamiyat"),
    # Morek: the rebels held it until the army's capture of 23 Aug 2019 (state TV, SOHR via AP)
    ("murak", date(2019, 4, 26), "opposition", "shared", ("hts",), "ap-2019-08-23-northern-hama"),
    # the border east of al-Rai: IS's last stretch until Euphrates Shield (The National)
    ("kulliyah", date(2016, 8, 6), "isis", "held", (), "the_national-2016-09-is-loses-border"),
    # ... 'secured' from Azaz to Jarablus on Sunday 4 Sep 2016 (Anadolu via Reuters)
    ("ayyashah", date(2016, 9, 16), "sna", "held", (), "reuters-2016-09-04-azaz-jarablus-secured"),
    # west of Deir Hafer, behind the army's front of 29 Mar 2017 (Reuters; SANA via Xinhua)
    ("abbudiyah", date(2017, 5, 31), "government", "held", (), "reuters-2017-03-29-deir-hafer"),
    # the Manbij ring, SDF-held from 12 Aug 2016 (ISW; the Military Council, Reuters Mar 2017);
    # h-rev12: Abu Qilqil for Gharrah as-Saghirah, taken after the city fell (ANF)
    ("abu_qilqil", date(2017, 2, 25), "sdf", "held", (), "isw-2016-08-18-manbij"),
    # the SDF had Raqqa 'surrounded from the east, north and west' on 6 Jun 2017 (AP)
    ("sheikh_daham", date(2017, 7, 29), "sdf", "held", (), "ap-2017-06-06-raqqa-battle"),
    # the SDF's 'last bastion stronghold in the western countryside of Deir al-Zour' (Oct 2017)
    ("jabal_muayzilah", date(2017, 12, 28), "sdf", "held", (), None),
    # the north of al-Hasakah province Kurdish-held (KurdWatch 2015; AFP Aug 2016)
    ("umm_ma_shiyah", date(2018, 5, 26), "sdf", "held", (), "afp-2016-08-23-hasakeh-truce"),
    ("mabrouka", date(2016, 8, 3), "sdf", "held", (), None),
    ("shar_karak_shuweyhan", date(2016, 8, 2), "sdf", "held", (), "rferl-2015-06-ain-issa"),
    ("rumaylat_janoobi", date(2018, 12, 7), "sdf", "held", (), "afp-2015-12-26-tishreen-dam"),
    # the rebel area after the July 2017 infighting: HTS-led, other factions keeping areas
    ("huwa", date(2017, 7, 22), "hts", "shared", ("opposition",), "aljazeera-2017-07-23-hts-idlib"),
    ("khirbat_murshid", date(2017, 7, 26), "hts", "shared", ("opposition",), None),
    ("taftanaz_air_base", date(2017, 7, 27), "hts", "shared", ("opposition",), None),
    # the government's hinterland (region-level rows; no change of hands reported)
    ("baarin", date(2016, 8, 6), "government", "held", (), None),
    # (sabiqiyah, 13 Feb 2018: a stored gap since h-rev43, tests/test_control_rev43.py)
    ("abdat_ash_shaykh", date(2019, 5, 1), "government", "held", (), None),
    ("mushayrifah_al_salamiyah", date(2018, 5, 16), "government", "held", (), None),
    ("umm_tuwaynah_al_salamiyah", date(2019, 10, 18), "government", "held", (), None),
    ("sarha", date(2019, 12, 29), "government", "held", (), None),
    ("saharij_al_wahhab", date(2017, 11, 20), "government", "held", (),
     "rferl-2017-11-19-albu-kamal"),
    # 46th Regiment (fixed): HTS-held on 26 Feb 2018; Jabhat Tahrir Souria took it on the
    # morning of Tuesday 27 Feb 2018 (al-Masdar, low-graded); HTS had taken west Aleppo by
    # 6 Jan 2019 (SOHR via MEE; al-Atarib, SMART)
    ("46th_regiment", date(2018, 2, 26), "hts", "shared", ("opposition",), None),
    ("46th_regiment", date(2018, 2, 27), "opposition", "held", (),
     "almasdar-2018-02-27-jts-46th-regiment"),
    ("46th_regiment", date(2019, 1, 9), "hts", "held", (), "mee-2019-01-hts-western-aleppo"),
]  # fmt: skip


@pytest.mark.parametrize(("locality", "day", "controller", "status", "among", "cited"), CASES)
def test_the_answer_is_what_the_report_says(
    history, locality, day, controller, status, among, cited
):
    assert_checked_answer(history, locality, day, controller, status, among, cited)


def test_no_source_reaches_the_46th_regiment_after_its_capture(history):
    """After 27 Feb 2018 the HTS - Jabhat Tahrir Souria war went on to April and no source says
    who held the base until Jan 2019: a stored gap, not HTS by region."""
    for day in (date(2018, 2, 28), date(2018, 7, 1), date(2019, 1, 5)):
        record = history.record_on("46th_regiment", day)
        assert record.controller == "unknown", record
        assert "smart-2018-04-07-hts-slf-ceasefire" in record.sources
        assert "stored gap" in record.note


def test_a_low_graded_report_says_so(history):
    """The 27 Feb 2018 row rests on al-Masdar alone: its note says the report is low-graded."""
    record = history.record_on("46th_regiment", date(2018, 2, 27))
    assert record.sources == ("almasdar-2018-02-27-jts-46th-regiment",)
    assert "low-graded" in record.note
