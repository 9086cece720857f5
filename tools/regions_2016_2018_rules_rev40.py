"""Region rules of the review h-rev40 (issue #15): older leads on answers flagged as possibly
wrong, here the gap days the reports settle.

1. Habboubah Kabira (``habboubah_kabira``, 1 km from Habboubah Saghira, which the gazetteer
   folds into it): the army's 8 - 10 Mar 2017 (h-ealeppo4: Al-Watan and Syria News, party
   claims), a gap from 11 Mar to the batch's answer of 14 May. On Saturday 11 Mar IS retook
   Habboubah Saghira and seven other villages north of Deir Hafer in a sandstorm, with clashes
   "round Habboubah near the water pumping station" (the Syria's Tomorrow Movement's site, 12
   Mar): fought over that day, the army's contested by IS. The days after stay gaps (SMART's
   "Habboubah" of 17 Mar was not found in the stored pages).
2. Khirbat Abkiyah (``khirbat_abkiyah``, al-Abaja, 5.3 km north-north-west of the Jirah airbase):
   the army's on 7 Mar 2017 (Step News relaying pro-government sites, h-rev24), a gap from 8 Mar.
   Now the army's 8 - 10 Mar, continuity inferred: on Thursday 9 Mar the army entered the airbase
   beyond it (Enab Baladi; al-Masdar Online relaying Al-Watan), and IS's counter-attack that took
   back the airbase and villages round it came on Saturday 11 Mar; from 11 Mar a gap, as before.
3. Houweija and Kalka (``houweija``, ``kalka``: 5 and 10 km south of al-Dashisha, 4 - 6 km from
   the Iraqi border), gaps to 11 Dec 2018: IS's 5 - 30 Jun 2018 (region-level: the SDF General
   Command's statement of June 2018, relayed by Qasioun on 5 Jun, has IS hold 3,000 km2 of
   al-Hasakah with al-Dashisha its main stronghold; the SDF took the town on 17 Jun and began
   advancing south of it only on Sunday 1 Jul, the YPG's press office; Rudaw, 2 Jul: "seven
   kilometers" of IS land left in the border sector), 1 - 19 Jul gaps, the SDF's from 20 Jul
   (region-level: the coalition congratulated the SDF that day on "their successful clearance of
   Dashishah", the SDF "now progressing in the northern Dayr az Zawr countryside"), continuity
   inferred to the batch's answer of 12 Dec 2018.

Other items of the review are hand rows tagged ``[rev40]`` in ``records/2016-2024.csv`` (Dhiban
2018, Tadef, Kurhyuk, al-Bughaz, al-Qawuqli, the western Mabrouka's source) or edits to other
modules (``named_jirah_airbase`` in ``_aleppo.py``: 9 - 11 Mar 2017; ``_manbij2.py``: the
Mabrouka rule withdrawn). Same shape as ``tools/regions_2016_2018_rules_rev21.py``; ``REV40``
is added at the end of ``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2024-rev40.toml``, ``sources/2016-2019-maskan.toml``,
``sources/2016-2019-ealeppo4.toml`` and the earlier Hasakah files. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV40"]

BLOCK = "g2016_east_aleppo_government"
ALGHAD_12_MAR = "alghad_alsouri-2017-03-12-is-retakes-villages-east-aleppo"
SMART_17_MAR = "smart-2017-03-17-deir-hafer-villages"
STEP_7_MAR = "step_news-2017-03-07-khafsa-north-west-villages"
ENAB_9_MAR = "enab_baladi-2017-03-09-jirah-airbase"
MASDAR_9_MAR = "almasdar_online-2017-03-09-jirah-airbase"

HABBOUBAH_11_MAR_NOTE = (
    "[rev40] fought over: the army's since Wednesday 8 Mar 2017 (Al-Watan, Syria News: party "
    "claims); on Saturday 11 Mar IS retook 'Habboubah Saghira' (1 km away, folded into this "
    "point in the gazetteer) and seven other villages north of Deir Hafer in a sandstorm, with "
    "clashes 'round Habboubah near the water pumping station' (the Syria's Tomorrow Movement's "
    "site, 12 Mar: party media, not a party to this fight; translated); SMART (17 Mar) has IS "
    "retake the Jirah airbase and villages round it that day: the army's, contested by IS; the "
    "days after stay gaps"
)

HASAKAH_BLOCK = "g2016_hasakah_district"
SDF_JUN_2018 = "sdf_command-2018-06-dashisha-operation"
QASIOUN_5_JUN = "qasioun-2018-06-05-dashisha"
AP_17_JUN = "ap-2018-06-17-dashishah"
YPG_1_JUL = "ypg_press-2018-07-01-south-of-dashisha"
RUDAW_2_JUL = "rudaw-2018-07-02-dashisha"
CJTF_20_JUL = "cjtf_oir-2018-07-20-dashishah-cleared"
AFP_12_DEC = "afp-2018-12-12-east-of-euphrates"

SOUTH_OF_DASHISHA_IS_NOTE = (
    "[rev40] region-level, continuity inferred: the SDF General Command's statement of June 2018 "
    "(relayed by Qasioun on 5 Jun) has IS 'still holeding up 3,000 km2 of Al-Hasakah "
    "governorate', al-Dashisha its main stronghold (party media); the SDF took Dashisha town on "
    "Sunday 17 Jun (AP) and began advancing 'in the territory south of al-Dashisha town starting "
    "from Sunday' 1 Jul (the YPG's press office: party media); on 2 Jul an SDF commander still "
    "had 'seven kilometers' of IS land in the sector by the Iraqi border (Rudaw); this place lies "
    "5 - 10 km south of Dashisha and 4 - 6 km from the border: IS's to 30 Jun, 1 - 19 Jul a gap"
)
SOUTH_OF_DASHISHA_SDF_NOTE = (
    "[rev40] region-level, continuity inferred: on Friday 20 Jul 2018 the US-led coalition "
    "congratulated the SDF 'on their successful clearance of Dashishah', IS's remnants 'isolated "
    "by a strong Iraqi border presence', and the SDF's spokesman said it had 'cleared "
    "al-Dashishah' and was 'now progressing in the northern Dayr az Zawr countryside' (CJTF-OIR: "
    "the coalition's and the SDF's word, both parties); the SDF's advance south of Dashisha to "
    "the border had begun on 1 Jul (YPG press office); no IS return reported before AFP's account "
    "of the territory the SDF held in Dec 2018"
)

ABKIYAH_NOTE = (
    "[rev40] region-level, continuity inferred: Step News (relaying pro-government sites: a "
    "government-side claim) has the army take 'al-Abaja' on Tuesday 7 Mar 2017; on Thursday 9 "
    "Mar it entered the Jirah airbase 5.3 km to the south-south-east after IS withdrew ('matching "
    "media sources' via Enab Baladi; the regime's claim via Al-Watan Online, reported by al-Masdar "
    "Online); IS's counter-attack that retook the airbase and villages round it came on Saturday "
    "11 Mar (the Syria's Tomorrow site; SMART), which names no village here: the army's 8 - 10 "
    "Mar, a gap from 11 Mar"
)

REV40: tuple[RegionRule, ...] = (
    RegionRule("rev40_habboubah_11_mar_2017", BLOCK, lambda p, _w: p.id == "habboubah_kabira", (
        Span(day("2017-03-11"), day("2017-03-11"), "government", (ALGHAD_12_MAR, SMART_17_MAR),
             HABBOUBAH_11_MAR_NOTE, status="contested", with_parties=("isis",)),
    )),
    RegionRule("rev40_abkiyah_8_10_mar_2017", BLOCK, lambda p, _w: p.id == "khirbat_abkiyah", (
        Span(day("2017-03-08"), day("2017-03-10"), "government",
             (STEP_7_MAR, ENAB_9_MAR, MASDAR_9_MAR, ALGHAD_12_MAR), ABKIYAH_NOTE),
    )),
    RegionRule("rev40_south_of_dashisha_2018", HASAKAH_BLOCK,
               lambda p, _w: p.id in {"houweija", "kalka"}, (
        Span(day("2018-06-05"), day("2018-06-30"), "isis",
             (SDF_JUN_2018, QASIOUN_5_JUN, AP_17_JUN, YPG_1_JUL, RUDAW_2_JUL),
             SOUTH_OF_DASHISHA_IS_NOTE),
        Span(day("2018-07-20"), day("2018-12-11"), "sdf", (CJTF_20_JUL, YPG_1_JUL, AFP_12_DEC),
             SOUTH_OF_DASHISHA_SDF_NOTE),
    )),
)  # fmt: skip
