"""Region rules for the Raqqa campaign's stored gaps, village by village (issue #15, h-raqqa).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA_VILLAGES`` at the end of ``RULES``, so these answer only the days earlier rules leave
(`_euphrates.py`, `_jazira.py`, `_jazira3.py` answered the phases region by region). Each rule
names the villages a dated report names: the first week of Wrath of the Euphrates north of Raqqa
(Nov 2016: Baladi News, Akhbar Al Aan), the third phase north-east of the city (Feb 2017: Syrian
Mirror, activists), al-Karamah east of Raqqa (Mar 2017: Reuters, ANHA, ANF), al-Hazimah in the
northern push (Apr 2017: Al-Masdar News), Mansurah on the south bank (Jun 2017: AP, ANF, Baladi
News) and the army's desert villages west of Raqqa (13 Jun 2017: Hezbollah's media unit via AFP,
a party claim).
Sources in ``sources/2016-2019-raqqa.toml``. The days before a reported capture stay gaps where
no report places the village. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

DESERT, SDF_BLOCK = "fill_raqqa_desert", "g2016_raqqa_sdf"
ANF_TEN_DAYS = "anf-2016-11-wrath-of-euphrates-ten-days"
AP_6_JUN = "ap-2017-06-06-raqqa-battle"
ROAD_CUT = "syria_direct-2017-03-06-raqqa-last-lifeline"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


# --- the first week, north of Raqqa (Nov 2016) ------------------------------------------------
SHEIKH_HASAN_NOTE = (
    "on 'today, Friday' (11 Nov 2016, the campaign launched 'last Sunday') the SDF 'took the "
    "village of al-Sheikh Hasan in the northern Raqqa countryside' (Baladi News, opposition "
    "site, translated); the SDF's statement on the first ten days (about 15 Nov, party claim) "
    "names Şêx Hesen among the villages 'liberated'; from 16 Nov the batch's first-ten-days rule"
)
HAYSHA_NOTE = (
    "on 12 Nov 2016 Akhbar Al Aan reported that the SDF 'took control of the strategic village of "
    "al-Haysha', about 8 km from the Rudko road, 'and the villages of Khunayz Fawqani and "
    "Khunayz Wastani' (translated); ARA News had Haysha still besieged on Friday 11 Nov, Baladi "
    "News put its fall on Thursday 10 Nov: held from the 12th (the day it fell is reported "
    "differently); the SDF's ten-day statement (about 15 Nov, party claim) names Xinêz Foqanî; "
    "al-Heisha and al-Hishah are the gazetteer's two points of the one village (1.6 km apart)"
)

# --- the third phase, north-east of Raqqa (Feb 2017) ------------------------------------------
BADRANIYAH_NOTE = (
    "on Saturday 11 Feb 2017 field activists told Syrian Mirror that the Wrath of the Euphrates "
    "forces had taken 'the villages of Badraniyah and Mulayhan, north-east of Raqqa' in the "
    "campaign's third phase (translated); the SDF had Raqqa 'surrounded from the east, north "
    "and west' when its assault on the city began on 6 Jun (AP): held between the reports "
    "(continuity inferred; no IS return reported); before 11 Feb the day the front passed is not "
    "stored (a gap)"
)
HAMIDI_NOTE = (
    "on Wednesday 22 Feb 2017 activists told Syrian Mirror that the Wrath of the Euphrates forces "
    "had taken 'the villages of Jarwan, Hamidi and Qarih in the north-eastern countryside of "
    "Raqqa' (translated); from 6 Mar the SDF cut the Raqqa - Deir ez-Zor road south of it (the "
    "batch's road-cut rule): held between (continuity inferred); before 22 Feb a gap"
)

# --- al-Karamah, east of Raqqa by the river (Mar 2017) ---------------------------------------
KARAMAH_SOURCES = ("reuters-2017-03-19-karama", "anha-2017-03-19-karama-large-parts")
KARAMAH_IS_NOTE = (
    "IS-held: the third phase, announced on 4 Feb 2017, set out to take the eastern countryside "
    "from IS (SDF statement, party claim; Rudaw); al-Karama was 'one of the major strongholds of "
    "IS' when the SDF attacked it on Saturday 18 Mar (ANHA, party media): held by IS between "
    "(continuity inferred)"
)
KARAMAH_FIGHT_NOTE = (
    "fought over: clashes in the town 'since Saturday' (18 Mar 2017) as the SDF took 'a big part' "
    "of it (ANHA, party media, 19 Mar); on Sunday 19 Mar the SDF said it had captured Karama, SOHR "
    "that it 'had almost completely captured Karama but that clashes ... were still going on' "
    "(Reuters)"
)
KARAMAH_SDF_NOTE = (
    "the SDF's: 'Wrath of Euphrates fighters have repelled the ISIS attacks on the town of Karama' "
    "(ANF, party media, 3 Apr 2017); the SDF had Raqqa surrounded from the east when its assault "
    "began on 6 Jun (AP): held between (continuity inferred); 20 Mar - 2 Apr a gap (the day the "
    "last clashes ended is not reported)"
)

# --- al-Hazimah, north of Raqqa, in the fourth phase (Apr 2017) -------------------------------
HAZIMAH_NOTE = (
    "'the US-backed SDF captured the villages of Al-Hazimah, Mazraat Al-Hukumia and Tall Hazimah "
    "on Friday' (21 Apr 2017) in the campaign's northern push, IS having 'largely withdrew' from "
    "them on Wednesday (Al-Masdar News, a pro-government site, on the SDF's gains); the SDF had "
    "Raqqa surrounded from the north when its assault on the city began on 6 Jun (AP): held "
    "between (continuity inferred; no IS return reported); 12-20 Apr a gap"
)

# --- Mansurah, on the south bank between Tabqa and Raqqa (Jun 2017) ---------------------------
MANSURAH_IS_NOTE = (
    "IS-held: 'the countryside south of Raqqa is still under IS control' (AP, 13 Apr 2017) and on "
    "3 Jun AP still called Mansoura 'an Islamic State-held town' the SDF were 'close to "
    "capturing'; IS's hold from the SDF's landing west of Tabqa (22 Mar) to the end of May is "
    "continuity inferred; the day the SDF reached the town (1 or 2 Jun) is left a gap"
)
MANSURAH_FIGHT_NOTE = (
    "fought over: the SDF said on 3 Jun 2017 it was 'in control of 90 percent of the town of "
    "Mansoura', SOHR reporting fierce fighting with IS around it (AP); 'SDF fighters entered the "
    "Mansurah town yesterday morning', two neighbourhoods left (ANF, party media, day not "
    "shown); Baladi News has the SDF take the Baath dam on Sunday 4 Jun 'one day after "
    "entering the town of al-Mansoura' as IS withdrew; the day the town was cleared is not "
    "reported (a gap to 28 Jun, when the SDF held the whole south bank: the batch's rule)"
)

# --- the army's villages west of Raqqa, in the desert (Jun 2017) ------------------------------
DESERT_VILLAGES = (
    "rajm_askar", "bir_inbaj", "jubb_abd_al_aziz", "jubb_ghanim", "jubb_abu_susah",
    "jubb_al_abyad_al_thawrah",
)  # fmt: skip
DESERT_NOTE = (
    "the army 'has made a sudden advance against IS in the desert area west of Raqa' south of "
    "Maskaneh towards the Ithriya - Tabqa highway: 'It captured the villages of Rajm Askar, Bir "
    "Inbaj, Zahar Um Baj, Jab Aziz, Jab al Ghanem, Abu Sousa and Jab Abyad' (Hezbollah's military "
    "media unit on Tuesday 13 Jun 2017 via AFP: party claim; SOHR 'also said the Syrian army had "
    "advanced in that area'); the names are matched to the gazetteer's Jubb villages there "
    "(35.52-35.66 N, 38.25-38.34 E: Jab Aziz as Jubb Abd al-Aziz, Abu Sousa as Jubb Abu Susah); "
    "SOHR counted 1,200 km2 of Raqqa province taken by 14 Jun and had the army hold the "
    "province's south-western countryside in late July: held between (continuity inferred; no IS "
    "return reported); 6-12 Jun a gap (the day each village fell is not stored)"
)

RAQQA_VILLAGES: tuple[RegionRule, ...] = (
    RegionRule("raqqa_sheikh_hasan_nov_2016", SDF_BLOCK, _ids("ash_shaykh_hasan"), (
        Span(day("2016-11-11"), day("2016-11-15"), "sdf",
             ("baladi_news-2016-11-11-sheikh-hasan", ANF_TEN_DAYS), SHEIKH_HASAN_NOTE),
    )),
    RegionRule("raqqa_haysha_khunayz_nov_2016", SDF_BLOCK,
               _ids("al_hishah", "al_heisha", "khunayz_fawqani"), (
        Span(day("2016-11-12"), day("2016-11-15"), "sdf",
             ("akhbar_alaan-2016-11-12-haysha-khunayz", ANF_TEN_DAYS), HAYSHA_NOTE),
    )),
    RegionRule("raqqa_badraniyah_mulayhan_feb_2017", SDF_BLOCK, _ids("badrani", "mulayhan"), (
        Span(day("2017-02-11"), day("2017-06-05"), "sdf",
             ("syrian_mirror-2017-02-11-badraniyah-mulayhan", AP_6_JUN), BADRANIYAH_NOTE),
    )),
    RegionRule("raqqa_hamidi_feb_2017", SDF_BLOCK, _ids("hamidi_ar_raqqah"), (
        Span(day("2017-02-22"), day("2017-03-05"), "sdf",
             ("syrian_mirror-2017-02-22-jarwan-hamidi", ROAD_CUT), HAMIDI_NOTE),
    )),
    RegionRule("raqqa_karamah_mar_2017", SDF_BLOCK, _ids("al_karamah_ar_raqqah"), (
        Span(day("2017-02-04"), day("2017-03-17"), "isis",
             ("rudaw-2017-02-04-raqqa-third-phase", "anha-2017-03-19-karama-large-parts"),
             KARAMAH_IS_NOTE),
        Span(day("2017-03-18"), day("2017-03-18"), "isis", KARAMAH_SOURCES[1:], KARAMAH_FIGHT_NOTE,
             status="contested", with_parties=("sdf",)),
        Span(day("2017-03-19"), day("2017-03-19"), "sdf", KARAMAH_SOURCES, KARAMAH_FIGHT_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2017-04-03"), day("2017-06-05"), "sdf",
             ("anf-2017-04-03-karama-attack-repelled", AP_6_JUN), KARAMAH_SDF_NOTE),
    )),
    RegionRule("raqqa_hazimah_apr_2017", SDF_BLOCK, _ids("al_hazimah"), (
        Span(day("2017-04-21"), day("2017-06-05"), "sdf",
             ("al_masdar-2017-04-21-hazimah", AP_6_JUN), HAZIMAH_NOTE),
    )),
    RegionRule("raqqa_mansurah_jun_2017", SDF_BLOCK, _ids("al_mansurah"), (
        Span(day("2017-03-22"), day("2017-05-31"), "isis",
             ("ap-2017-04-13-raqqa-fourth-stage", "ap-2017-06-03-mansoura"), MANSURAH_IS_NOTE),
        Span(day("2017-06-03"), day("2017-06-03"), "sdf",
             ("ap-2017-06-03-mansoura", "anf-2017-06-mansurah-largely-sdf",
              "baladi_news-2017-06-04-baath-dam"), MANSURAH_FIGHT_NOTE,
             status="contested", with_parties=("isis",)),
    )),
    RegionRule("raqqa_desert_villages_13_jun_2017", DESERT, _ids(*DESERT_VILLAGES), (
        Span(day("2017-06-13"), day("2017-07-30"), "government",
             ("afp-2017-06-13-army-west-of-raqqa", "sohr-2017-06-raqqa-desert-regime-advance",
              "sohr-2017-07-raqqa-southwest-countryside"), DESERT_NOTE),
    )),
)  # fmt: skip
