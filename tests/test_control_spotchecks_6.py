"""A sixth independent fact-check of the control answers (issue #15): 30 (place, day) pairs drawn
with seed 20261204 (``python -m tools.spotcheck_draw --seed 20261204 --count 30``), 11 rows of
the rules modules added last (bab2, hama4, ghab2, azaz2, jazira4, jazira4_sites, idlib3,
review, ar1, ar2) and the government sites inside the SDF area (the site cells capped by
``SITE_REACH_KM``). Each case asserts what its reports say (in the comment; registry ids in
sources/*.toml). Fixed: the Tabqa air base (the government's from 14 Oct 2019, with Russian
forces, not the SDF of the snapshots), Qamishli airport (Russian forces from 14 Nov 2019) and
Kafr Takharim (Faylaq al-Sham's town until HTS stormed it on 6-7 Nov 2019)."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import fact_check_tests


@pytest.fixture(scope="module")
def atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


# (locality, day, controller, status, parties that must be among `with`, a source it must cite)
DRAWN = [
    # the army came within 25 km of Lake Assad only on 18-19 Feb 2017 (SOHR via Reuters)
    ("mustarihah", date(2016, 9, 14), "isis", "held", (), "reuters-2017-02-21-army-east-of-al-bab"),
    # HTS dominant in Idlib after the July 2017 infighting (Al Jazeera); other factions stayed
    ("bab_allah", date(2017, 10, 3), "hts", "shared", ("opposition",),
     "aljazeera-2017-07-23-hts-idlib"),
    # Raqqa 'surrounded from the east, north and west' on 6 Jun 2017 (SDF via AP)
    ("al_sayer", date(2017, 9, 13), "sdf", "held", (), "ap-2017-06-06-raqqa-battle"),
    # Olive Branch from 20 Jan 2018: village days not stored (group row); Afrin fell 18 Mar
    ("qolike", date(2018, 2, 15), "sdf", "contested", ("sna", "turkey"),
     "newarab-2018-03-08-jinderes"),
    # south Aleppo government-held from Feb 2018 (SOHR); the 2019 fighting in Hama/Idlib (AP)
    ("mustarihah_mount_simeon", date(2019, 7, 21), "government", "held", (),
     "ap-2019-08-23-northern-hama"),
    # Peace Spring from 9 Oct 2019; Tal Abyad taken 13 Oct (AFP); village days not stored
    ("isawi", date(2019, 10, 9), "sdf", "contested", ("sna",), "afp-2019-10-13-tal-abyad"),
    ("tell_asafir", date(2019, 10, 20), "sdf", "contested", ("sna",), "afp-2019-10-20-ras-al-ain"),
    # the Raqqa desert the army's once IS lost Albu Kamal (RFE/RL, 19 Nov 2017)
    ("jadin_saghirah", date(2019, 12, 28), "government", "held", (), "rferl-2017-11-19-albu-kamal"),
    # Aleppo retaken in Dec 2016 (Reuters, RFE/RL)
    ("aleppo", date(2024, 5, 1), "government", "held", (), "reuters-2016-12-22-aleppo-retaken"),
    # recaptured on Tuesday 25 Feb 2020 (SOHR via AFP)
    ("kafr_nabl", date(2023, 3, 13), "government", "held", (), "afp-2020-02-26-kafranbel"),
    # the Afrin enclave taken on 18 Mar 2018 (EFE, DW)
    ("afrin", date(2021, 10, 28), "sna", "held", (), "efe-2018-03-18-afrin-city"),
    ("afrin", date(2022, 12, 2), "sna", "held", (), "dw-2018-03-18-afrin"),
    # HTS dominant after July 2017, other factions kept areas (Al Jazeera; The New Arab); in 2019
    # Faylaq al-Sham held this town (Geiroon): the 2018 leading party is not dated
    ("kafr_takharim", date(2018, 10, 13), "hts", "shared", ("opposition",),
     "aljazeera-2017-07-23-hts-idlib"),
    # the 'regime-held province', rebels only in the eastern Jebel Akrad (The New Arab, 2018)
    ("kifartah", date(2016, 10, 8), "government", "held", (), "newarab-2018-01-07-hmeimim-drones"),
    ("al_mesherfeh", date(2022, 1, 28), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    # the Kobani countryside SDF-held since 2015 (The Defense Post; SDF statement)
    ("buz_huyuk_tahtani", date(2016, 12, 6), "sdf", "held", (),
     "anf-2016-11-06-sdf-raqqa-statement"),
    ("hiyali_kuyuk", date(2021, 3, 9), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    # east Aleppo the army's once IS lost Maskanah (4 Jun 2017: SOHR via Xinhua; Al-Monitor)
    ("al_hammam", date(2017, 10, 21), "government", "held", (), "al_monitor-2017-06-maskanah"),
    ("habs", date(2018, 2, 10), "government", "held", (), "al_monitor-2017-06-maskanah"),
    ("jida_saghira", date(2024, 3, 6), "government", "held", (), "al_monitor-2017-06-maskanah"),
    # the SDF's Raqqa from the city's fall (Channel 4, 17 Oct 2017)
    ("abu_serra", date(2020, 5, 14), "sdf", "held", (), "channel4-2017-10-17-raqqa"),
    ("jabar_sharqi", date(2023, 9, 4), "sdf", "held", (), "channel4-2017-10-17-raqqa"),
    # al-Hasakah's countryside the SDF's; IS's last land lost at Baghuz (Kurdistan 24)
    ("haji_qadri", date(2020, 11, 6), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    ("khazanah", date(2024, 11, 10), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    # Jabal al-Hass the army's from 13-14 Jan 2018 (SANA; Qasioun, 31 Jan 2018)
    ("abu_mousa", date(2021, 12, 19), "government", "held", (), "qasioun-2018-01-31-al-hass"),
    # the Qamishli countryside SDF/Asayish-held (ARA News 2016; Enab Baladi 2023)
    ("tall_hayid", date(2023, 5, 4), "sdf", "held", (),
     "enab_baladi-2023-10-northern-syria-security-squares-manage-s"),
    # the Euphrates Shield area with al-Bab (BBC, 23 Feb 2017) and the Arima handover (Reuters)
    ("mazraat_jarez", date(2018, 8, 31), "sna", "held", (), "bbc-2017-02-23-al-bab-near-complete"),
]  # fmt: skip

#: Drawn places the 2020-24 snapshot answers, far from any front (the map frozen, NYT).
SNAPSHOT_CASES = [
    ("masyaf", date(2022, 10, 9)),
    ("esh_al_warwar", date(2020, 7, 17)),
    ("umm_ruwaq", date(2024, 3, 21)),
]

#: Rows of the rules modules added last, one or two each.
NEW_RULES = [
    # bab2: on Mon 27 Feb 2017 the army took Tadif and 18 villages (a military source via AFP);
    # Syrian Mirror: Tadif entered on Sun 26 Feb as IS withdrew
    ("umm_kharaz", date(2017, 3, 1), "government", "held", (),
     "afp-2017-02-27-army-presses-is-north"),
    # hama4: the Uqayribat pocket closed on Fri 18 Aug 2017 (SANA, Hezbollah media, SOHR via
    # Reuters, read on the Jordan Times)
    ("khalid_hilal", date(2017, 8, 10), "isis", "held", (),
     "reuters-2017-08-18-uqayribat-encircled"),
    # azaz2: the Sherawa villages Turkey did not take in 2018; Soghana 'taken over by the Syrian
    # government forces after the withdrawal of the YPG' (North Press)
    # (Cilbire was the check here until the review h-rev4 put it on the Turkish-held side)
    ("soxaneke", date(2018, 6, 1), "sdf", "shared", ("government",),
     "sohr-2020-sherawa-shera-kurdish-held"),
    # idlib3: not among SOHR's 31 areas captured 19-23 Dec 2019 (SOHR, 23 Dec)
    ("kafr_bissin_maarrat_al_numan", date(2019, 12, 21), "hts", "held", (),
     "sohr-2019-12-23-31-areas"),
    # review: among the villages 'controlled by Tahrir Al-Sham' struck 22-28 Oct 2017 (SOHR)
    ("rabdah", date(2017, 10, 25), "hts", "held", (), "sohr-2017-10-north-east-hama-air-strikes"),
    # ar1: al-Rashadiyah 'subject to the control of Tahrir al-Sham' on Thu 9 Nov 2017 (SMART)
    ("rashadiyah", date(2017, 11, 9), "hts", "held", (), "smart-2017-11-09-rajm-al-sawan"),
    # ar2: Abu Raidh taken, Hasraya left within hours on Thu 1 Aug 2019 (SMART)
    ("abu_raidh", date(2019, 8, 1), "government", "contested", ("opposition",),
     "smart-2019-08-01-hasraya-withdrawal"),
    ("talaf", date(2017, 6, 4), "opposition", "held", (), "smart-2017-06-04-talaf-shelled"),
    # jazira4_sites: the Asayish took the prison on 21 Apr 2016 (KurdWatch, 28 Apr 2016)
    ("allaya_prison", date(2017, 1, 1), "sdf", "held", (), "kurdwatch-2016-04-28-qamishli-prison"),
    # jazira4: west of the strip the Wrath of Euphrates' first phase took (ANF: party claim)
    ("khirbet_hadla", date(2016, 11, 20), "isis", "held", (),
     "anf-2016-11-wrath-of-euphrates-ten-days"),
    # ghab2: the rebels' al-Arbaeen - Kafr Zita - al-Lataminah triangle (STJ; AFP, Aug 2019)
    ("al_mantar", date(2019, 6, 1), "opposition", "shared", ("hts",),
     "afp-2019-08-08-zakah-arbaeen"),
]  # fmt: skip

#: Government sites inside SDF country and the country round them.
SITES = [
    # 'under the control of the regime throughout the conflict' (The New Arab, 14 Nov 2019)
    ("qamishli_airport", date(2019, 11, 1), "government", "held", (),
     "newarab-2019-11-14-russia-qamishli-airport"),
    # Russia's helicopter base from Thu 14 Nov 2019 (Zvezda via The Defense Post/AFP)
    ("qamishli_airport", date(2021, 6, 1), "government", "shared", ("russia",),
     "defensepost-2019-11-14-qamishli-helicopter-base"),
    # the security square kept by the truce of 23 Aug 2016 (AFP); the siege of Jan 2021
    ("hasakah_security_box", date(2020, 6, 1), "government", "held", (),
     "mercycorps-2021-02-02-security-squares"),
    ("al_hasakah", date(2020, 6, 1), "sdf", "shared", ("government",),
     "afp-2016-08-23-hasakeh-truce"),
    # the army entered the base on Mon 14 Oct 2019 (SANA via Xinhua); Russian reinforcements
    # on Thu 25 Jun 2020 (SMART); a Russian base inside the SDF area in Dec 2022 (Eye of Euphrates)
    ("tabqa_airbase", date(2019, 10, 16), "government", "held", (), "xinhua-2019-10-14-tabqa"),
    ("tabqa_airbase", date(2021, 6, 1), "government", "shared", ("russia",),
     "smart-2020-06-25-tabqa-airbase-russian-reinforcements"),
    # the YPG took Menagh from Nusra on 10 Feb 2016 (MEE)
    ("minakh_airbase", date(2017, 6, 1), "sdf", "held", (), "mee-2016-02-13-menagh-shelled"),
    # besieged by IS, never taken (The New Arab, Jan 2017)
    ("deir_ez_zor_airport", date(2016, 9, 20), "government", "held", (),
     "newarab-2017-01-17-deir-airbase-surrounded"),
    # IS's siege broken on 10 Nov 2015 (state TV and SOHR via Reuters)
    ("kuweires_airbase", date(2016, 9, 1), "government", "held", (), "reuters-2015-11-10-kweires"),
    # captured by the army on 13 May 2017 (SOHR; a military source via AFP)
    ("jirah_airbase", date(2017, 6, 1), "government", "held", (), "afp-2017-05-13-jarrah-airbase"),
]  # fmt: skip

#: Kafr Takharim in 2019: Faylaq al-Sham's town (Geiroon; Zaman al-Wasl), stormed by HTS on
#: 6-7 Nov (Enab Baladi: HTS columns from the evening of 6 Nov, an agreement on 7 Nov), HTS
#: holding its military and security headquarters after (Zaman al-Wasl, 7 Nov).
KAFR_TAKHARIM = [
    ("kafr_takharim", date(2019, 6, 1), "opposition", "shared", ("hts",),
     "geiroon-2019-11-07-hts-storms-kafr-takharim"),
    ("kafr_takharim", date(2019, 11, 6), "hts", "contested", ("opposition",),
     "enab_baladi-2019-11-kafr-takharim-agreement"),
    ("kafr_takharim", date(2019, 11, 7), "hts", "contested", ("opposition",),
     "zaman_al_wasl-2019-11-07-hts-kafr-takharim"),
    ("kafr_takharim", date(2019, 11, 8), "hts", "held", (),
     "zaman_al_wasl-2019-11-08-kafr-takharim-protests"),
    ("kafr_takharim", date(2022, 6, 1), "hts", "held", (),
     "zaman_al_wasl-2019-11-07-hts-kafr-takharim"),
]  # fmt: skip


# (no draw was skipped in this check)
test_the_answer_is_what_the_report_says, test_the_snapshot_answer_cites_its_zone = fact_check_tests(
    DRAWN + NEW_RULES + SITES + KAFR_TAKHARIM, SNAPSHOT_CASES
)[:2]


def _query(atlas, lat: float, lon: float, day: date) -> dict:
    from geodata.cli.query import controller_json

    return controller_json(atlas, lon, lat, day)["control_records"]


@pytest.mark.parametrize(
    ("lat", "lon", "day", "locality", "controller"),
    [
        # at the airport's point and 2.7 km west of it: the site; 3.6 km west: the SDF village
        (37.01, 41.191, date(2021, 6, 1), "qamishli_airport", "government"),
        (37.01, 41.16, date(2021, 6, 1), "qamishli_airport", "government"),
        (37.01, 41.15, date(2021, 6, 1), "girbawi", "sdf"),
        # the security square and 1.2 km north of it, in the SDF's city
        (36.499, 40.74, date(2020, 6, 1), "hasakah_security_box", "government"),
        (36.51, 40.74, date(2020, 6, 1), "al_hasakah", "sdf"),
        # the Tabqa air base, at its point and 2.4 km west
        (35.755, 38.567, date(2021, 6, 1), "tabqa_airbase", "government"),
        (35.755, 38.54, date(2021, 6, 1), "tabqa_airbase", "government"),
    ],
)
def test_query_controller_near_a_site(atlas, lat, lon, day, locality, controller):
    records = _query(atlas, lat, lon, day)
    assert records["locality"]["id"] == locality
    assert records["record"]["controller"] == controller


def test_the_snapshot_disagreements_are_documented():
    import csv

    from geodata.paths import data_dir

    path = data_dir() / "control" / "snapshot-disagreements.csv"
    rows = {row["locality"]: row for row in csv.DictReader(path.open(encoding="utf-8"))}
    assert (rows["tabqa_airbase"]["researched"], rows["tabqa_airbase"]["snapshot"]) == (
        "government",
        "sdf",
    )
    # Kafr Takharim's opposition shared with HTS agrees with the snapshot's HTS zone
    assert "kafr_takharim" not in rows


def test_the_new_sources_are_registered():
    from control_answers import assert_source_file_registered

    assert_source_file_registered("verify-2016-2024-6.toml")
