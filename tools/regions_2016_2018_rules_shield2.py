"""Region rules from Arabic-language reports on Euphrates Shield's first fortnight (issue #15,
h-shield2): the villages west and south of Jarablus the factions took from IS and the SDF on 27 Aug
- 1 Sep 2016 and east of al-Rai on 4 Sep, Shdar and Sheikh Alwan north of al-Bab on 10 Nov, and the
al-Rai border crossing in the rebels' battle for the town (15 - 17 Aug 2016).

Same shape as `tools/regions_2016_2018_rules_shield.py`; `tools/regions_2016_2018_rules.py` adds
``SHIELD2`` at the end of ``RULES``, so these answer only the days earlier rules leave (the h-bab
rules answer the border strip from 4 Sep, the Jarabulus-south rule from 30 Aug). Enab Baladi (27
and 29 Aug 2016, relaying Faylaq al-Sham: party-side) and Hurriya Press (28 Aug) date the villages
taken west of Jarablus from IS and south-west of it from the SDF; Al Jazeera, Akhbar Al Aan and
Radio Rozana (1 Sep) date Shu'ayna, Tal Aghbar and the two Sabuniyahs; Enab Baladi and Watan FM
date al-Rai's capture by the rebels on 17 Aug 2016. Sources in ``sources/2016-2019-shield2.toml``.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["SHIELD2"]

ES_BLOCK = "g2016_euphrates_shield"
SHIELD_START = day("2016-08-24")  # Euphrates Shield began on 24 Aug 2016
BLOCK_END = day("2016-09-03")  # from 4 Sep the h-bab rules answer the border strip
SOUTH_END = day("2016-08-29")  # from 30 Aug the Jarabulus-south rule answers
ENAB_27_AUG = "enab_baladi-2016-08-27-west-of-jarablus"
ENAB_29_AUG = "enab_baladi-2016-08-29-west-of-jarablus-sdf"
HURRIYA_28_AUG = "hurriya_press-2016-08-28-jarablus-countryside"
JAZEERA_1_SEP = "aljazeera-2016-09-01-west-of-jarablus"
ALAAN_1_SEP = "akhbar_alaan-2016-09-01-west-of-jarablus"
ROZANA_1_SEP = "rozana-2016-09-01-west-of-jarablus-military-zone"
ENAB_15_AUG = "enab_baladi-2016-08-15-al-rai-silos"
ENAB_17_AUG = "enab_baladi-2016-08-17-al-rai-taken"
WATAN_17_AUG = "watan_fm-2016-08-17-al-rai-taken"
REUTERS_3_SEP = "reuters-2016-09-03-al-rai-villages"
ENAB_28_AUG = "enab_baladi-2016-08-28-five-villages-sdf"
ALAAN_4_SEP = "akhbar_alaan-2016-09-04-jarablus-azaz-linked"
ORIENT_4_SEP = "orient-2016-09-04-border-cleared"
#: The last day Zilf's capture of 4 Sep is carried forward (as h-shield's villages east of al-Rai):
#: IS counter-attacked round al-Rai in the second half of September.
CARRIED_TO = day("2016-09-19")
IS_BORDER = ("the_national-2016-09-is-loses-border", "reuters-2016-08-24-jarablus-anadolu")

CARRIED = (
    "; the border strip from Azaz to Jarablus was reported secured on 4 Sep (earlier rules); no IS "
    "or SDF return reported between (continuity inferred)"
)
IS_BEFORE = (
    ": IS-held from the start of Euphrates Shield on 24 Aug to then (continuity inferred); before "
    "24 Aug a gap"
)

IS_TO_3_SEP = (
    ": IS-held from the start of Euphrates Shield on 24 Aug to 3 Sep (continuity inferred)"
)

# --- west of Jarablus, taken from IS (27 Aug - 1 Sep 2016) ------------------------------------
TURAYKHAM_NOTE = (
    "'yesterday' (Saturday 27 Aug 2016) the FSA took 'Turaykhim, Bir al-Fawqani and Bir "
    "al-Tahtani' after expelling IS (Enab Baladi and Hurriya Press, 28 Aug; Enab Baladi of 27 Aug "
    "has the two Birs taken that morning, relaying Faylaq al-Sham: party-side)"
)
ZAHIRIYAH_NOTE = (
    "'in the western Jarablus countryside the Free Army battalions took the two villages of "
    "al-Dhahiriyah and al-Mudallala west of Jarablus after clashes with the Islamic State' on "
    "Sunday 28 Aug 2016 (Hurriya Press, its correspondent)"
)
HAYMAR_NOTE = (
    "Faylaq al-Sham (party-side) announced that the 'Free Army' had taken since the morning of "
    "Saturday 27 Aug 2016 'Humayr al-Ajaj, al-Halwaniyah, al-Bir al-Fawqani and al-Bir "
    "al-Tahtani' west of Jarablus from IS (Enab Baladi); the gazetteer's Haymar, beside "
    "al-Halwaniyah, is taken as the report's Humayr"
)
SHUAYNAH_NOTE = (
    "the Free Army took Shu'ayna, Tal Aghbar and the two Sabuniyahs from IS on Thursday 1 Sep 2016 "
    "(Al Jazeera, activists; Akhbar Al Aan's correspondent); the same day the factions had named "
    "them among the IS-held villages between Jarablus and al-Rai that civilians should leave "
    "(Radio Rozana)"
)
SABUNIYAH_EARLY_NOTE = (
    "region-level: west of Jarablus, IS-held until Euphrates Shield's assault of 24 Aug 2016 "
    "(Reuters), the border east of al-Rai 'ISIL's last stretch of territory along the frontier' "
    "(The National); on 1 Sep the factions still named al-Sabuniyah east and west among the "
    "villages 'to be freed from the Islamic State' (Radio Rozana): IS-held to 31 Aug (continuity "
    "inferred; the gazetteer's As Sabuniyah stands for both)"
)

# --- south-west and south of Jarablus, taken from the SDF (27 - 29 Aug 2016) ------------------
YUSUF_BAYK_NOTE = (
    "taken from the SDF on Saturday 27 Aug 2016, two SDF fighters captured, as a video showed "
    "(Enab Baladi and Hurriya Press, 28 Aug; Enab Baladi, 29 Aug, on Faylaq al-Sham's "
    "announcements: party-side)"
)
BULDUQ_NOTE = (
    "Faylaq al-Sham (party-side) announced that the 'Free Army' took 'this morning', Monday 29 "
    "Aug 2016, Umm Sus and Dhahr al-Maghara south-west of Jarablus after clashes with the SDF, "
    "and Halwanji, Bulduq Kabir, Bulduq Saghir and the Tamura farms south of Jarablus (Enab "
    "Baladi); the gazetteer's Al Hadirah (al-Bulduq) and Umm al-Sawsa are taken as the report's "
    "Bulduq and Umm Sus; before 29 Aug a gap (the SDF's Jarablus council held them in the last "
    "days, since when not dated)"
)
SOUTH_27_AUG_NOTE = (
    "named by Enab Baladi (29 Aug 2016, on Faylaq al-Sham's announcements: party-side) among the "
    "villages the factions took from the SDF on Saturday 27 Aug, when their clashes south of "
    "Jarablus began (al-Amarna, al-Khirba, Yusuf Bayk, Maz'ala, Ayn al-Bayda, Surisat, Dabis, "
    "Qaraq Maghar, Bir al-Kusa, Balaban); the gazetteer's Kirk Magara and Khirbat al-Suraysat "
    "are taken as Qaraq Maghar and Surisat; the Jarabulus-south rule answers from 30 Aug; no SDF "
    "return reported between (continuity inferred); before 27 Aug a gap"
)
UMM_ROUTHA_NOTE = (
    "the factions took al-Ashuriyah, Qirata and Umm Routha Tahtani near the Sajur from the SDF on "
    "the evening of Sunday 28 Aug 2016 (Enab Baladi, 29 Aug; Hurriya Press, 28 Aug); the "
    "gazetteer's Umm Routha is taken as the reports' Umm Routha Tahtani; before 28 Aug a gap"
)
ZAHR_NOTE = (
    "the 'Free Army' took Dhahr al-Maghara south-west of Jarablus 'this morning', Monday 29 Aug "
    "2016, after clashes with the SDF (Enab Baladi, on Faylaq al-Sham's announcement: "
    "party-side); the Jarabulus-south rule answers from 30 Aug; before 29 Aug a gap"
)

# --- east of al-Rai and on the border west of the Sajur, taken from IS on 4 Sep 2016 -----------
FOUR_SEP = ("tal_mizab", "haji_wali", "al_khaliliyah_al_bab", "bab_laymun", "al_wardah")
FOUR_SEP_NOTE = (
    "named among the 14 villages the rebels took 'after violent clashes against Daesh' on Sunday 4 "
    "Sep 2016 (al-Ghandoura, Qubbat al-Turkman, Ghanama, Suwayda al-Shamaliyah, Tal Asad, "
    "al-Buraniyah, al-Khaliliyah, Hajj Wali, Tuwayran, Bab Laymun, Silsila, Wardiyah, Zilf, Tal "
    "Mizab), linking Jarablus with al-Rai and Azaz (Akhbar Al Aan; Orient News names the western "
    "ones)"
)
AL_QADI_NOTE = (
    "region-level: between Tal Mizab and Hajj Wali on the border, which the rebels took from IS "
    "'after violent clashes' on Sunday 4 Sep 2016 (Akhbar Al Aan), the last IS-held stretch of "
    "the border (Orient News); a copy of Al-Araby al-Jadeed's report of that day (aajsy.com, not "
    "cited: its publisher not established) names al-Qadi among them"
)
WARDAH_NOTE = "; the gazetteer's Al Wardah is taken as the report's Wardiyah"
ZILF_NOTE = (
    "; carried to 19 Sep (continuity inferred); from 20 Sep IS counter-attacked round al-Rai and "
    "the holder per day is not stored (a gap to the h-bab rules' 13 Nov)"
)

# --- north of al-Bab: Shdar and Sheikh Alwan on 10 Nov 2016 -----------------------------------
MASDAR_11_NOV = "almasdaronline-2016-11-11-shweiha-shdar"
SHDAR_NOTE = (
    "the Hawar Kilis room's factions took Shuwayha and Shdar north of al-Bab from IS after violent "
    "clashes on Thursday 10 Nov 2016 (its statements via Al-Masdar: party-side); the h-bab rules "
    "answer from 13 Nov"
)
SHDAR_IS_NOTE = (
    "IS-held north of al-Bab (the h-bab2 rule to 25 Oct) until the factions took Shdar from it "
    "after violent clashes on Thursday 10 Nov 2016 (the Hawar Kilis room's statements via "
    "Al-Masdar: party-side): IS-held to 9 Nov (continuity inferred)"
)
SHEIKH_ALWAN_NOTE = (
    "the Turkish General Staff's statement on Euphrates Shield's 79th day (10 Nov 2016) had the "
    "Free Syrian Army take 'the Sheikh Alwan area' (Anadolu via Al-Masdar: a party claim); the "
    "h-bab rules answer from 13 Nov; the day before it fell is not stored"
)

# --- the al-Rai border crossing (15 Aug - 3 Sep 2016) -----------------------------------------
RAI_IS_NOTE = (
    "the al-Rai crossing, about 3 km north-east of the town, taken as going with it: al-Rai was "
    "one of IS's main centres north of Aleppo when the factions attacked on Monday 15 Aug 2016 "
    "(Enab Baladi); IS had retaken it four days after the rebels' first capture of 7 Apr 2016 "
    "(Watan FM): IS-held to 14 Aug (continuity inferred)"
)
RAI_FIGHT_NOTE = (
    "the factions took al-Rai's silos at 1:30 pm on Monday 15 Aug 2016 and began storming the town "
    "(Enab Baladi); three days of attack and counter-attack followed in and around it (Watan FM): "
    "fought over; the crossing taken as going with the town"
)
RAI_TAKEN_NOTE = (
    "the rebels (the Hawar Kilis room and the Levant Front) took the whole of al-Rai on "
    "Wednesday 17 Aug 2016 after three days of fighting (Watan FM; Enab Baladi: the 'Free Army' "
    "announced full control); the crossing, about 3 km north-east of the town, taken as going "
    "with it; counted rebel, as the Azaz records, until the Turkish-backed factions' operation "
    "from al-Rai of 3 Sep (Reuters); IS held part of the town for some hours on 27 Aug (Enab "
    "Baladi, that day marked contested); no other IS return reported (continuity inferred)"
)
RAI_27_AUG_NOTE = (
    "the factions retook al-Rai on Saturday 27 Aug 2016 'after a partial control that lasted a few "
    "hours' by IS, and counter-attacked east of it (Enab Baladi): fought over that day; the "
    "crossing taken as going with the town"
)
RAI_3_SEP_NOTE = (
    "the rebel groups launched a new operation against IS from al-Rai on Saturday 3 Sep 2016 "
    "(Fastaqim's Zakaria Malahifji via Reuters), counted with the Turkish-backed factions from "
    "that day as the town's record; the crossing taken as going with the town"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


SHIELD2: tuple[RegionRule, ...] = (
    # west of Jarablus: IS until the day named
    RegionRule("shield2_turaykham_27_aug", ES_BLOCK, _ids("turaykham"), (
        Span(SHIELD_START, day("2016-08-26"), "isis", (ENAB_28_AUG, HURRIYA_28_AUG),
             TURAYKHAM_NOTE + IS_BEFORE),
        Span(day("2016-08-27"), BLOCK_END, "sna", (ENAB_28_AUG, HURRIYA_28_AUG, ENAB_27_AUG),
             TURAYKHAM_NOTE + CARRIED),
    )),
    RegionRule("shield2_zahiriyah_mudalalah_28_aug", ES_BLOCK, _ids("az_zahiriyah", "mudalalah"), (
        Span(SHIELD_START, day("2016-08-27"), "isis", (HURRIYA_28_AUG,),
             ZAHIRIYAH_NOTE + IS_BEFORE),
        Span(day("2016-08-28"), BLOCK_END, "sna", (HURRIYA_28_AUG,), ZAHIRIYAH_NOTE + CARRIED),
    )),
    RegionRule("shield2_haymar_27_aug", ES_BLOCK, _ids("haymar"), (
        Span(SHIELD_START, day("2016-08-26"), "isis", (ENAB_27_AUG,), HAYMAR_NOTE + IS_BEFORE),
        Span(day("2016-08-27"), BLOCK_END, "sna", (ENAB_27_AUG,), HAYMAR_NOTE + CARRIED),
    )),
    RegionRule("shield2_shuaynah_aghbar_1_sep", ES_BLOCK, _ids("shuaynah", "tall_al_aghar"), (
        Span(SHIELD_START, day("2016-08-31"), "isis", (ROZANA_1_SEP, JAZEERA_1_SEP),
             SHUAYNAH_NOTE + IS_BEFORE),
        Span(day("2016-09-01"), BLOCK_END, "sna", (JAZEERA_1_SEP, ALAAN_1_SEP),
             SHUAYNAH_NOTE + CARRIED),
    )),
    RegionRule("shield2_sabuniyah_1_sep", ES_BLOCK, _ids("as_sabuniyah_jarabulus"), (
        Span(START, day("2016-08-31"), "isis", (ROZANA_1_SEP, *IS_BORDER), SABUNIYAH_EARLY_NOTE),
        Span(day("2016-09-01"), BLOCK_END, "sna", (JAZEERA_1_SEP, ALAAN_1_SEP),
             SHUAYNAH_NOTE + CARRIED),
    )),
    # south-west and south of Jarablus: taken from the SDF
    RegionRule("shield2_yusuf_bayk_27_aug", ES_BLOCK, _ids("yusuf_bayk"), (
        Span(day("2016-08-27"), BLOCK_END, "sna", (ENAB_28_AUG, HURRIYA_28_AUG, ENAB_29_AUG),
             YUSUF_BAYK_NOTE + CARRIED + "; before 27 Aug a gap"),
    )),
    RegionRule("shield2_bulduq_halwanji_29_aug", ES_BLOCK,
               _ids("al_halwanji", "al_hadirah", "umm_al_sawsa"), (
        Span(day("2016-08-29"), BLOCK_END, "sna", (ENAB_29_AUG,), BULDUQ_NOTE + CARRIED),
    )),
    RegionRule("shield2_jarablus_south_27_aug", ES_BLOCK,
               _ids("k_rk_magara", "khirbat_al_suraysat", "mazalah"), (
        Span(day("2016-08-27"), SOUTH_END, "sna", (ENAB_29_AUG,), SOUTH_27_AUG_NOTE),
    )),
    RegionRule("shield2_umm_routha_28_aug", ES_BLOCK, _ids("umm_routha"), (
        Span(day("2016-08-28"), SOUTH_END, "sna", (ENAB_29_AUG, HURRIYA_28_AUG), UMM_ROUTHA_NOTE),
    )),
    RegionRule("shield2_zahr_al_magharah_29_aug", ES_BLOCK, _ids("zahr_al_magharah"), (
        Span(day("2016-08-29"), SOUTH_END, "sna", (ENAB_29_AUG,), ZAHR_NOTE),
    )),
    # east of al-Rai and on the border: IS until 4 Sep
    RegionRule("shield2_east_of_al_rai_4_sep", ES_BLOCK, _ids(*FOUR_SEP), (
        Span(SHIELD_START, BLOCK_END, "isis", (ALAAN_4_SEP, ORIENT_4_SEP),
             FOUR_SEP_NOTE + IS_TO_3_SEP + WARDAH_NOTE),
    )),
    RegionRule("shield2_al_qadi_4_sep", ES_BLOCK, _ids("al_qadi"), (
        Span(SHIELD_START, BLOCK_END, "isis", (ALAAN_4_SEP, ORIENT_4_SEP),
             AL_QADI_NOTE + IS_TO_3_SEP),
    )),
    RegionRule("shield2_zilf_4_sep", ES_BLOCK, _ids("zilif"), (
        Span(SHIELD_START, BLOCK_END, "isis", (ALAAN_4_SEP,),
             FOUR_SEP_NOTE + IS_TO_3_SEP),
        Span(day("2016-09-04"), CARRIED_TO, "sna", (ALAAN_4_SEP,), FOUR_SEP_NOTE + ZILF_NOTE),
    )),
    # north of al-Bab, 10 Nov
    RegionRule("shield2_shdar_10_nov", ES_BLOCK, _ids("shedar"), (
        Span(day("2016-10-26"), day("2016-11-09"), "isis", (MASDAR_11_NOV,), SHDAR_IS_NOTE),
        Span(day("2016-11-10"), day("2016-11-12"), "sna", (MASDAR_11_NOV,), SHDAR_NOTE),
    )),
    RegionRule("shield2_sheikh_alwan_10_nov", ES_BLOCK, _ids("sheikh_alwan"), (
        Span(day("2016-11-10"), day("2016-11-12"), "sna", (MASDAR_11_NOV,), SHEIKH_ALWAN_NOTE),
    )),
    # the al-Rai border crossing
    RegionRule("shield2_al_rai_crossing", ES_BLOCK, _ids("al_rai_border_crossing"), (
        Span(START, day("2016-08-14"), "isis", (ENAB_15_AUG, WATAN_17_AUG), RAI_IS_NOTE),
        Span(day("2016-08-15"), day("2016-08-16"), "isis", (ENAB_15_AUG, WATAN_17_AUG),
             RAI_FIGHT_NOTE, status="contested", with_parties=("opposition",)),
        Span(day("2016-08-17"), day("2016-08-26"), "opposition", (WATAN_17_AUG, ENAB_17_AUG),
             RAI_TAKEN_NOTE),
        Span(day("2016-08-27"), day("2016-08-27"), "opposition", (ENAB_27_AUG,), RAI_27_AUG_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2016-08-28"), day("2016-09-02"), "opposition", (WATAN_17_AUG, ENAB_17_AUG,
             ENAB_27_AUG), RAI_TAKEN_NOTE),
        Span(day("2016-09-03"), BLOCK_END, "sna", (REUTERS_3_SEP, ENAB_17_AUG), RAI_3_SEP_NOTE),
    )),
)  # fmt: skip
