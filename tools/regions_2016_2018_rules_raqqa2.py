"""Region rules for the Raqqa campaign's stored gaps, a second batch (issue #15, h-raqqa2).

Same shape as `tools/regions_2016_2018_rules_raqqa.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA2`` at the end of ``RULES``, so these answer only the days earlier rules leave. Each rule
names the villages a dated Arabic-language report names: the second phase's first fortnight west
of Raqqa (Dec 2016: the Syrian Press Center, Sham FM, the al-Ghad al-Souri movement's site), the
third phase east of the city (Feb - Mar 2017: SMART), the band north-west of Raqqa in the fourth
phase (Apr - May 2017: SMART) and the desert south of the Euphrates in June 2017 (Syrian Mirror,
SOHR). Most are the SDF's own announcements relayed by the outlet: party claims, said so in each
note. Sources in ``sources/2016-2019-raqqa2.toml``. The days before a reported capture stay gaps
where no report places the village. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

DESERT, SDF_BLOCK = "fill_raqqa_desert", "g2016_raqqa_sdf"
AP_6_JUN = "ap-2017-06-06-raqqa-battle"
PHASE_TWO_STATEMENT = "the batch's rule from 16 Jan 2017 (the SDF's statement on the second phase)"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


# --- the second phase, west of Raqqa (Dec 2016) -----------------------------------------------
JUBB_KARRAJAH_NOTE = (
    "on 'today, Sunday' (11 Dec 2016), the second day of the second phase, the SDF took six "
    "villages of the western Raqqa countryside, among them 'Jubb Karrajah' (the Syrian Press "
    "Center, citing sources loyal to the SDF: in effect the SDF's claim; translated), the "
    "gazetteer's Jubb al-Qidarah, whose other name is Karrajah; held to 15 Jan 2017 (continuity "
    f"inferred; no IS return reported), then {PHASE_TWO_STATEMENT}; before 11 Dec a gap"
)
MUJAYBIN_NOTE = (
    "the SDF 'took the villages of Shallaliyah and Mujabin, 50 km west of Raqqa' on the evening "
    "of Monday 12 Dec 2016 (the Syrian Press Center on 13 Dec, citing Kurdish media: in effect the "
    "SDF's claim; translated); Mujabin is matched to the gazetteer's two Mujaybin points "
    "(Mujaybinah and Mujaybin al-Fatuh, 3 km apart); held from 13 Dec (the first whole day) to 15 "
    f"Jan 2017 (continuity inferred), then {PHASE_TWO_STATEMENT}; before 13 Dec a gap"
)
BIR_SHALLAL_NOTE = (
    "Sham FM (a pro-government station, graded D) reported on 13 Dec 2016 (the time stamp of its "
    "address) that its sources in Raqqa said the SDF had taken 'the villages of Bir Shallal, Umm "
    "Salim, Ajaj and Safakhir' in the north-western countryside (translated): the gazetteer's "
    "two Bir Shallal points (west and east), Bir Umm Salim, Ajaj and Safakhir, all within 15 km "
    "of Mujabin, taken the evening before (the Syrian Press Center); a single low-grade report; "
    f"held to 15 Jan 2017 (continuity inferred), then {PHASE_TWO_STATEMENT}; before 13 Dec a gap"
)
TUWAYHINAH_NOTE = (
    "on 'yesterday, Wednesday' (21 Dec 2016) the SDF took 'al-Tuwayhinah, al-Muwaylih, Abu "
    "Sakhrah, Dur Sayil, Haniyah, Bir Zahir and Bir Zayid' on the western fronts, and announced "
    "'the village of Abu Jubb' (the site of the al-Ghad al-Souri movement, whose Elite Forces "
    "fought beside the SDF: party media; translated); held to 15 Jan 2017 (continuity inferred), "
    f"then {PHASE_TWO_STATEMENT}; 10-20 Dec a gap"
)

# --- the third phase, east of Raqqa (Feb - Mar 2017) ------------------------------------------
SHUWAYHAN_NOTE = (
    "the SDF announced on Sunday 19 Feb 2017 (its Facebook page, via SMART: party claim; "
    "translated) that it took 'the village of Shuwayhan, south-east of the village of Mulayhan' "
    "'yesterday' (18 Feb): the gazetteer's Abu Wahl, also named Shuwayhan, 5 km south-east of "
    "Mulayhan; the SDF had Raqqa 'surrounded from the east, north and west' when its assault "
    "began on 6 Jun (AP): held between (continuity inferred); 4-17 Feb a gap"
)
GHASSANIYAH_NOTE = (
    "a local source told SMART on Friday 24 Mar 2017 that the SDF had taken 'the villages of "
    "al-Ghassaniyah and al-Fatsa east of the town of al-Karamah' (translated): the gazetteer's "
    "al-Ghassaniyah and Fatisat Abd Ismail, the Fatsa east of al-Karamah (Fatsat al-Kusun lies "
    "west of it); the SDF had Raqqa surrounded from the east when its assault began on 6 Jun (AP) "
    "and held the north bank east of the city until it fell on 17 Oct: held from 24 Mar to 16 Oct "
    "(continuity inferred; no IS return reported); 4 Feb - 23 Mar a gap"
)
MUDDAR_NOTE = (
    "a local source told SMART on Friday 24 Mar 2017 that the SDF had taken 'the Mudar farm west "
    "of Jabal Munkhar' (translated); SMART later reported IS retaking the Munkhar Gharbi hill "
    "nearby (the day is not shown), so only the reported day is answered"
)

# --- north-west of Raqqa, the fourth phase (Apr - May 2017) -----------------------------------
KABASH_NOTE = (
    "the SDF announced on Tuesday 18 Apr 2017 (a video on its Facebook page, via SMART: party "
    "claim; translated) that it had cleared 'the village of Kabash al-Gharbi entirely' of mines "
    "and IS fighters; the SDF had Raqqa surrounded from the west when its assault began on 6 Jun "
    "(AP): held between (continuity inferred); before 18 Apr a gap"
)
ROYAN_NOTE = (
    "several sources told SMART on Thursday 11 May 2017 that the SDF was advancing on Mazraat "
    "al-Ansar and Jisr Shanina 'from its positions in the village of Royan (40 km north-west of "
    "Raqqa city)' (translated); held to 5 Jun (continuity inferred), the SDF having Raqqa "
    "surrounded from the west when its assault began on 6 Jun (AP); before 11 May a gap"
)
SALHABIYA_NOTE = (
    "the SDF announced on Monday 22 May 2017 (its Facebook page, via SMART: party claim; "
    "translated) that it took 'the village of al-Salhabiya al-Gharbiya (20 km north-west of "
    "Raqqa city)' 'yesterday evening' (21 May), 2 km from the Baath dam, after two days of "
    "clashes (activists); held from 22 May (the first whole day) to 5 Jun (continuity "
    "inferred; AP, 6 Jun: the city surrounded from the west); before a gap (SMART had the SDF "
    "attacking the village on 11 May)"
)

# --- the desert south of the Euphrates (Jun 2017) ---------------------------------------------
KARADI_NOTE = (
    "on Sunday 18 Jun 2017 field activists told Syrian Mirror that the regime forces stormed "
    "'the town of al-Karadi' in the western Raqqa countryside 'and entered it' after losses on "
    "both sides (translated); SOHR had the army take al-Resafa, 10 km east of it, by 19 Jun "
    "and hold the province's south-western countryside in late July: held between (continuity "
    "inferred; no IS return reported); 6-17 Jun a gap"
)
SHUWAYHAN_DESERT_NOTE = (
    "SOHR (19 Jun 2017): the SDF 'advanced in the north of al-Resafa city and controlled "
    "al-Shwihna village located at about 4 km north of al-Resafa city, which was controlled by "
    "the \"Islamic State\" organization', hours after the army took al-Resafa (the gazetteer's "
    "Shuwayhan lies 5 km north of it); only the reported day is answered: no later report "
    "places the village, and the batch's rule from 31 Jul gives the area to the army"
)

RAQQA2: tuple[RegionRule, ...] = (
    RegionRule("raqqa2_jubb_karrajah_11_dec_2016", SDF_BLOCK, _ids("jubb_al_qidarah"), (
        Span(day("2016-12-11"), day("2017-01-15"), "sdf",
             ("syrian_press_center-2016-12-11-six-villages-west-raqqa",), JUBB_KARRAJAH_NOTE),
    )),
    RegionRule("raqqa2_mujaybin_12_dec_2016", SDF_BLOCK, _ids("mujaybinah", "mujaybin_al_fatuh"), (
        Span(day("2016-12-13"), day("2017-01-15"), "sdf",
             ("syrian_press_center-2016-12-13-shallaliyah-mujabin",), MUJAYBIN_NOTE),
    )),
    RegionRule("raqqa2_bir_shallal_13_dec_2016", SDF_BLOCK,
               _ids("bir_shallal_gharbi", "bir_shallal_sharqi", "bir_umm_salim", "ajaj",
                    "safakhir"), (
        Span(day("2016-12-13"), day("2017-01-15"), "sdf",
             ("sham_fm-2016-12-13-sdf-west-raqqa",
              "syrian_press_center-2016-12-13-shallaliyah-mujabin"), BIR_SHALLAL_NOTE),
    )),
    RegionRule("raqqa2_tuwayhinah_21_dec_2016", SDF_BLOCK,
               _ids("at_tuwayhinah", "abu_as_sakhrah", "abu_jubb"), (
        Span(day("2016-12-21"), day("2017-01-15"), "sdf",
             ("alghad_alsouri-2016-12-22-west-raqqa-villages",), TUWAYHINAH_NOTE),
    )),
    RegionRule("raqqa2_shuwayhan_18_feb_2017", SDF_BLOCK, _ids("abu_wahl"), (
        Span(day("2017-02-18"), day("2017-06-05"), "sdf",
             ("smart-2017-02-19-three-villages-two-days", AP_6_JUN), SHUWAYHAN_NOTE),
    )),
    RegionRule("raqqa2_ghassaniyah_24_mar_2017", SDF_BLOCK,
               _ids("al_ghassaniyah", "fatisat_abd_ismail"), (
        Span(day("2017-03-24"), day("2017-10-16"), "sdf",
             ("smart-2017-03-24-ghassaniyah-fatsa", AP_6_JUN), GHASSANIYAH_NOTE),
    )),
    RegionRule("raqqa2_mudar_farm_24_mar_2017", SDF_BLOCK, _ids("muddar"), (
        Span(day("2017-03-24"), day("2017-03-24"), "sdf",
             ("smart-2017-03-24-ghassaniyah-fatsa",), MUDDAR_NOTE),
    )),
    RegionRule("raqqa2_kabash_gharbi_18_apr_2017", SDF_BLOCK, _ids("kabash_gharbi"), (
        Span(day("2017-04-18"), day("2017-06-05"), "sdf",
             ("smart-2017-04-18-kabash-gharbi", AP_6_JUN), KABASH_NOTE),
    )),
    RegionRule("raqqa2_royan_11_may_2017", SDF_BLOCK, _ids("royan"), (
        Span(day("2017-05-11"), day("2017-06-05"), "sdf",
             ("smart-2017-05-11-jalaa-royan", AP_6_JUN), ROYAN_NOTE),
    )),
    RegionRule("raqqa2_salhabiya_21_may_2017", SDF_BLOCK, _ids("salhabiyat_al_gharbiyah"), (
        Span(day("2017-05-22"), day("2017-06-05"), "sdf",
             ("smart-2017-05-22-salhabiya-gharbiya", AP_6_JUN), SALHABIYA_NOTE),
    )),
    RegionRule("raqqa2_karadi_18_jun_2017", DESERT, _ids("al_karadi"), (
        Span(day("2017-06-18"), day("2017-07-30"), "government",
             ("syrian_mirror-2017-06-18-karadi", "sohr-2017-07-raqqa-southwest-countryside"),
             KARADI_NOTE),
    )),
    RegionRule("raqqa2_shuwayhan_resafa_19_jun_2017", DESERT, _ids("shuwayhan"), (
        Span(day("2017-06-19"), day("2017-06-19"), "sdf",
             ("sohr-2017-06-19-shwihna-north-of-resafa",), SHUWAYHAN_DESERT_NOTE),
    )),
)  # fmt: skip
