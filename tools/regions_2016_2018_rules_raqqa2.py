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
    "Center, citing sources loyal to the SDF: in effect the SDF's claim; translated); an SDF "
    "spokesman told ARA News the same Sunday's villages included 'Krajah': the gazetteer's Jubb "
    "al-Qidarah, whose other name is Karrajah; held to 15 Jan 2017 (continuity "
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
LUBAYDAN_NOTE = (
    "a local source told SMART on Saturday 11 Feb 2017 of clashes at 'the villages of Abu Dalla, "
    "Lubaydan, Abu Susa and Mulayhan, under the SDF's control' (translated; the Abu Susah east "
    "of Raqqa, by Lubaydan, not the one north-west of the city; Abu Dalla is left to the "
    "region rules); held to 5 Mar (continuity "
    "inferred), then the batch's rule from the road cut of 6 Mar; 4-10 Feb a gap"
)
HAFIR_NOTE = (
    "the same local source told SMART on Saturday 11 Feb 2017 that 'the villages of al-Hafir, "
    "Khalwat Ubayd and al-Abbara' were 'under the organisation's control' as the SDF fought round "
    "them (translated): IS-held on the day; the days before and after are not reported"
)
SHUWAYHAN_NOTE = (
    "the SDF announced on Sunday 19 Feb 2017 (its Facebook page, via SMART: party claim; "
    "translated) that it took 'the village of Shuwayhan, south-east of the village of Mulayhan' "
    "'yesterday' (18 Feb): the gazetteer's Abu Wahl, also named Shuwayhan, 5 km south-east of "
    "Mulayhan; the SDF had Raqqa 'surrounded from the east, north and west' when its assault "
    "began on 6 Jun (AP): held between (continuity inferred); 4-17 Feb a gap"
)
MAHRAN_NOTE = (
    "Al Jazeera's report of 22 Feb 2017: with the third phase the SDF 'managed to take Mahran and "
    "the strategic Jabal Munkhar in the north-eastern Raqqa countryside', a few kilometres from "
    "the Raqqa - Deir ez-Zor road (translated); SMART later reported IS retaking the Munkhar "
    "Gharbi hill for a time (the day is not shown; the village is not named); the SDF had Raqqa "
    "surrounded from the east when its assault began on 6 Jun (AP): held between (continuity "
    "inferred); 4-21 Feb a gap"
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

MUDAR_MAY_NOTE = (
    "local sources told SMART on Wednesday 17 May 2017 that the SDF took 'Mudar, the Qadisiyah "
    "farm' and other villages and farms north-east of Raqqa on 'yesterday evening, Tuesday' (16 "
    "May) after clashes with IS (translated): the gazetteer's Muddar and al-Qadisiyah; held "
    "from 17 May (the first whole day) to 5 Jun (continuity inferred; AP, 6 Jun: the city "
    "surrounded from the east)"
)
HAMRAT_BALASIM_NOTE = (
    "the campaign's spokeswoman told SMART on Wednesday 24 May 2017 that the SDF took 'the "
    "villages of Hamrat Nasir and Hamrat Balasim (25 km east of Raqqa city)' after three days of "
    "fighting (party claim; translated; on 22 May SMART had the SDF besieging IS in Hamrat "
    "Balasim); held to 5 Jun (continuity inferred; AP, 6 Jun: the city surrounded from the east); "
    "before 24 May a gap"
)

# --- north-west of Raqqa, the fourth phase (Apr - May 2017) -----------------------------------
KABASH_NOTE = (
    "the SDF announced on Tuesday 18 Apr 2017 (a video on its Facebook page, via SMART: party "
    "claim; translated) that it had cleared 'the village of Kabash al-Gharbi entirely' of mines "
    "and IS fighters; the SDF had Raqqa surrounded from the west when its assault began on 6 Jun "
    "(AP): held between (continuity inferred); before 18 Apr a gap"
)
ROYAN_NOTE = (
    "the SDF said on Monday 24 Apr 2017 (a statement via SMART: party claim; translated) that in "
    "the fourth phase's first ten days it had taken Kabash al-Gharbi, 'Kabash al-Sharqi', "
    "'Royan', 'Mazraat Tishrin' and 'al-Ruhayyat' among 13 sites north of Raqqa (the "
    "gazetteer's Tishrine is matched to Mazraat Tishrin, 2.6 km from Kabash al-Sharqi); SMART "
    "noted back-and-forth fighting, IS retaking two unnamed villages that day; on 11 May several "
    "sources told SMART the SDF was advancing 'from its positions in the village of Royan'; held "
    "to 5 Jun (continuity inferred), the city surrounded from the north and west when the "
    "assault began on 6 Jun (AP); before 24 Apr a gap"
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
FUKHAYKHA_NOTE = (
    "the head of Maskanah's local council told SMART on Thursday 8 Jun 2017 that the regime forces "
    "had taken 'the villages of Dibsi Faraj and Fukhaykha (90 km west of Raqqa city)' 'several "
    "days ago' under Russian air cover after IS withdrew (translated); the Dibsi Faraj water "
    "pumping station, 3.4 km from Fukhaykha, is taken with the village it is named for "
    "(region-level); SOHR had the army hold the province's south-western countryside in late "
    "July: held between (continuity inferred); 6-7 Jun a gap (the day is not reported)"
)
WAHAB_NOTE = (
    "state media's claim relayed by The New Arab (16 Jul 2017): a military source on Ikhbariyah "
    "television said the army 'took control of Wahab, al-Fahd, Dbaysan, al-Qseer, Abu al-Qatat "
    "and Abu Qatash oil fields and several other villages' south of Rasafa on Saturday 15 Jul "
    "(the government's claim; Reuters, 17 Jul, repeats it); SOHR had the army hold the "
    "province's south-western countryside in late July: held between (continuity inferred); "
    "6 Jun - 14 Jul a gap"
)
ZAMLA_NOTE = (
    "the army said in state media on Monday 17 Jul 2017 that it took 'the Zamla gas field' in "
    "the desert of south-west Raqqa province (Reuters, Arabic service: the government's claim; "
    "translated): the gazetteer's Bir al-Zamlah; held to 30 Jul (continuity inferred), then the "
    "batch's late-July rule (SOHR); 6 Jun - 16 Jul a gap"
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
             ("syrian_press_center-2016-12-11-six-villages-west-raqqa",
              "aranews-2016-12-11-six-villages-second-phase"), JUBB_KARRAJAH_NOTE),
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
    RegionRule("raqqa2_mahran_22_feb_2017", SDF_BLOCK, _ids("mahran"), (
        Span(day("2017-02-22"), day("2017-06-05"), "sdf",
             ("al_jazeera-2017-02-22-sdf-deir-villages", AP_6_JUN), MAHRAN_NOTE),
    )),
    RegionRule("raqqa2_lubaydan_11_feb_2017", SDF_BLOCK,
               _ids("lubaydan", "abu_susah_ar_raqqah"), (
        Span(day("2017-02-11"), day("2017-03-05"), "sdf",
             ("smart-2017-02-11-north-of-raqqa-silos",), LUBAYDAN_NOTE),
    )),
    RegionRule("raqqa2_hafir_abbara_11_feb_2017", SDF_BLOCK, _ids("hafayr", "abbara"), (
        Span(day("2017-02-11"), day("2017-02-11"), "isis",
             ("smart-2017-02-11-north-of-raqqa-silos",), HAFIR_NOTE),
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
    RegionRule("raqqa2_mudar_farm_2017", SDF_BLOCK, _ids("muddar"), (
        Span(day("2017-03-24"), day("2017-03-24"), "sdf",
             ("smart-2017-03-24-ghassaniyah-fatsa",), MUDDAR_NOTE),
        Span(day("2017-05-17"), day("2017-06-05"), "sdf",
             ("smart-2017-05-17-rafiqa-mudar-qadisiyah", AP_6_JUN), MUDAR_MAY_NOTE),
    )),
    RegionRule("raqqa2_qadisiyah_16_may_2017", SDF_BLOCK, _ids("al_qadisiyah"), (
        Span(day("2017-05-17"), day("2017-06-05"), "sdf",
             ("smart-2017-05-17-rafiqa-mudar-qadisiyah", AP_6_JUN), MUDAR_MAY_NOTE),
    )),
    RegionRule("raqqa2_hamrat_balasim_24_may_2017", SDF_BLOCK, _ids("hamrat_balasim"), (
        Span(day("2017-05-24"), day("2017-06-05"), "sdf",
             ("smart-2017-05-24-hamrat-balasim", AP_6_JUN), HAMRAT_BALASIM_NOTE),
    )),
    RegionRule("raqqa2_kabash_gharbi_18_apr_2017", SDF_BLOCK, _ids("kabash_gharbi"), (
        Span(day("2017-04-18"), day("2017-06-05"), "sdf",
             ("smart-2017-04-18-kabash-gharbi", AP_6_JUN), KABASH_NOTE),
    )),
    RegionRule("raqqa2_royan_24_apr_2017", SDF_BLOCK,
               _ids("royan", "kabash_sharqi", "tishrine"), (  # al-Ruhayyat: rules_rev10
        Span(day("2017-04-24"), day("2017-06-05"), "sdf",
             ("smart-2017-04-24-fourth-phase-13-sites", "smart-2017-05-11-jalaa-royan", AP_6_JUN),
             ROYAN_NOTE),
    )),
    RegionRule("raqqa2_salhabiya_21_may_2017", SDF_BLOCK, _ids("salhabiyat_al_gharbiyah"), (
        Span(day("2017-05-22"), day("2017-06-05"), "sdf",
             ("smart-2017-05-22-salhabiya-gharbiya", AP_6_JUN), SALHABIYA_NOTE),
    )),
    RegionRule("raqqa2_fukhaykha_8_jun_2017", DESERT,
               _ids("fukhaykha", "dibsi_faraj_water_pumping_station"), (
        Span(day("2017-06-08"), day("2017-07-30"), "government",
             ("smart-2017-06-08-dibsi-faraj-fukhaykha", "sohr-2017-07-raqqa-southwest-countryside"),
             FUKHAYKHA_NOTE),
    )),
    RegionRule("raqqa2_karadi_18_jun_2017", DESERT, _ids("al_karadi"), (
        Span(day("2017-06-18"), day("2017-07-30"), "government",
             ("syrian_mirror-2017-06-18-karadi", "sohr-2017-07-raqqa-southwest-countryside"),
             KARADI_NOTE),
    )),
    RegionRule("raqqa2_wahab_field_15_jul_2017", DESERT, _ids("waheb_oil_field"), (
        Span(day("2017-07-15"), day("2017-07-30"), "government",
             ("the_new_arab-2017-07-16-regime-oil-fields-raqqa",
              "sohr-2017-07-raqqa-southwest-countryside"), WAHAB_NOTE),
    )),
    RegionRule("raqqa2_zamla_field_17_jul_2017", DESERT, _ids("bir_al_zamlah"), (
        Span(day("2017-07-17"), day("2017-07-30"), "government",
             ("reuters-2017-07-17-daylaa-zamla-fields",
              "sohr-2017-07-raqqa-southwest-countryside"), ZAMLA_NOTE),
    )),
    RegionRule("raqqa2_shuwayhan_resafa_19_jun_2017", DESERT, _ids("shuwayhan"), (
        Span(day("2017-06-19"), day("2017-06-19"), "sdf",
             ("sohr-2017-06-19-shwihna-north-of-resafa",), SHUWAYHAN_DESERT_NOTE),
    )),
)  # fmt: skip
