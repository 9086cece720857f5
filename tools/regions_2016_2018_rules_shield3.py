"""Region rules from Arabic-language reports on Euphrates Shield's third phase north and
north-east of al-Bab (issue #15, h-shield3): the villages the factions took from IS on 8 - 13 Nov
2016 (SOHR; DW via dpa; the Syrian Press Center; Shaam), al-Sheikh Nasir, which the SDF took as IS
withdrew on 12 Nov and the factions on 21 Nov (Baladi News), and Barshaya and Jubb al-Dam north of
Qabasin, taken from the SDF on 23 Nov (Enab Baladi; Step); and Qulsuruj by the Shahba dam, which IS
left on 19 Oct 2016 as the SDF advanced (Aleppo 24), with the dam beside it; the Infantry School,
the Muslimiyah cement plant and the villages round them after IS withdrew in late Oct 2016 (Tasnim
relaying a Syrian military source; Al-Masdar Online; SOHR: the accounts disagree on the villages);
and the Atmeh crossing, rebel-held between IS's attacks of 14 Aug and 6 Oct 2016 (BBC; The New
Arab).

Same shape as `tools/regions_2016_2018_rules_shield2.py`; `tools/regions_2016_2018_rules.py` adds
``SHIELD3`` at the end of ``RULES``, so these answer only the days earlier rules leave (the h-bab
rules answer most villages north of al-Bab from 13 Nov 2016, the batch the Euphrates Shield area
from 3 Mar 2017). The operations rooms' and faction commanders' statements are party-side, and the
notes say so. Sources in ``sources/2016-2019-shield3.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["SHIELD3"]

ES_BLOCK = "g2016_euphrates_shield"
AZAZ_GOV_BLOCK = "fill_azaz_government"
SHIELD_START = day("2016-08-24")  # Euphrates Shield began on 24 Aug 2016
#: The h-bab2 rule answers the villages north of al-Bab IS-held to 25 Oct 2016 (some of them).
AFTER_BAB2 = day("2016-10-26")
AUTUMN_2019 = day("2019-10-22")  # the eve of the first snapshot

SOHR_10_NOV = ("sohr-2016-11-10-al-bab-11-villages-ar", "sohr-2016-11-al-bab-11-villages")
MASDAR_11_NOV = "almasdaronline-2016-11-11-shweiha-shdar"
DW_10_NOV = "dw-2016-11-10-euphrates-shield-third-phase"
SPC_10_NOV = "syrian_press_center-2016-11-10-shdar-shweiha"
SHAAM_12_NOV = "shaam_news-2016-11-12-halisa-hajj-kusa"
SPC_12_NOV = "syrian_press_center-2016-11-12-iqdash-halisa"
SPC_13_NOV_SDF = "syrian_press_center-2016-11-13-sdf-three-villages"
SPC_13_NOV_FIVE = "syrian_press_center-2016-11-13-five-villages-al-bab"
SPC_13_NOV_NORTH = "syrian_press_center-2016-11-13-north-outskirts"
BALADI_21_NOV = "baladi_news-2016-11-21-sheikh-nasir"
ENAB_23_NOV = "enab_baladi-2016-11-23-five-villages"
STEP_23_NOV = "step_news-2016-11-23-barshaya-jubb-al-dam"
ENAB_POCKET = "enab_baladi-2016-11-six-villages-closed-ring"
#: h-bab2's region-level answer (IS north of al-Bab before Euphrates Shield) and the al-Bab fall.
IS_NORTH_OF_AL_BAB = ("afp-2016-08-14-al-bab-military-council",
                      "bbc-2017-02-23-al-bab-near-complete")  # fmt: skip
BZAAH_TAKEN = ("reuters-2017-02-24-sousian-car-bomb", "syriadirect-2017-02-23-al-bab-falls")
ALEPPO24_19_OCT = "aleppo24-2016-10-19-is-leaves-infantry-school-villages"
AP_19_OCT = "ap-2016-10-19-hassajek"
NORTH_PRESS_SHAHBA = "north_press-2022-umm-hawsh-tel-qarah-shelled"
IS_SINCE_2015 = "sohr-2016-is-leaves-infantry-school"

IS_EARLY = (
    "IS-held north of al-Bab before Euphrates Shield (the h-bab2 rule's region-level answer to "
    "23 Aug 2016, AFP) until the factions' advance of November named below; no other holder "
    "reported between (continuity inferred)"
)

# --- 8 - 10 Nov 2016: the eleven villages of SOHR's 48 hours ---------------------------------
ELEVEN_NOTE = (
    "named by SOHR among the 11 villages the Euphrates Shield factions took from IS 'in the past "
    "48 hours' on the day they took Shdar and Shwiha (Thursday 10 Nov 2016, the Hawar Kilis "
    "room via Al-Masdar): 'Shdar, Shwiha, Susanbat, Tarhin, Yaziji, Arab Jodak, Naaman, Btahak, "
    "Msibin, Sheikh Alwan and Zmikeh'"
)
SPC_YESTERDAY = (
    "; the Syrian Press Center, writing that day, has Naaman, Msibin, Zamalka and Susanbat "
    "announced 'yesterday' (the operations room's announcements: party-side)"
)
DW_FEW_DAYS = (
    "; sources close to the factions told dpa on 10 Nov that the fighters 'also took Bitajik, "
    "Judak and Bazji north of al-Bab' (DW), the Syrian Press Center 'a few days ago' (party-side)"
)
TAKEN_8_10 = (
    "; counted the factions' from 10 Nov (the day within the 48 hours is not stored: 8 - 9 Nov a "
    "gap); the h-bab rules answer from 13 Nov"
)
IS_TO_7_NOV = (
    ": IS-held until the factions' 48-hour advance of 8 - 10 Nov 2016 (SOHR); IS held the area "
    "north of al-Bab to then (h-bab2's rule to 25 Oct; continuity inferred); 8 - 9 Nov a gap"
)
WEST_OF_SHDAR = {"tarhin", "musaybin", "zamikiyah", "naman", "susanbat"}
JODAK = {"arab_wiran", "batajiq", "bazaji"}
JODAK_NOTE = (
    "; the gazetteer's Arab Wiran (alt. Arab Jodak), Batajiq and Bazaji are taken as the reports' "
    "Arab Jodak (Judak), Btahak (Bitajik) and Yaziji (Bazji)"
)
JODAK_CARRIED = (
    "; carried to 17 Nov (continuity inferred): on 18 Nov the SDF advanced to Qabasin's "
    "north-eastern edge, 3 km south-east of Arab Jodak, and took several villages (Enab Baladi), "
    "so the days after stay a gap"
)

# --- 12 Nov 2016: Hajji Kusa and Halisa, and the villages IS left to the SDF -------------------
HALISA_NOTE = (
    "the factions took 'Halisa, Basalja, Aqdash, al-Shuayb, al-Awn, Bils, Salwa, Hajj Kusa' "
    "north-east of al-Bab from IS on Saturday 12 Nov 2016 (Shaam, activists; the Syrian Press "
    "Center: taken after IS withdrew under air and artillery strikes; the operations room's "
    "announcements: party-side); the gazetteer's Khalisa is taken as the reports' Halisa"
)
HALISA_CARRIED = (
    "; carried to 21 Nov (continuity inferred): that day the factions attacked al-Sheikh Nasir, "
    "3 km further east, from this line (Baladi News); the days after stay a gap (the SDF held "
    "Arima and the villages north of it, 4 km off)"
)
IS_TO_11_NOV = (
    ": IS-held to 11 Nov 2016 (continuity inferred): the area north of al-Bab was IS-held before "
    "Euphrates Shield (the h-bab2 rule's region-level answer to 23 Aug, AFP) and IS withdrew from "
    "it on 12 Nov"
)
IS_LEFT_NOTE = (
    "Enab Baladi (written between 17 and 22 Nov 2016: after 'Wednesday 16 November', before the "
    "FSA took Barshaya and Jubb al-Dam on 23 Nov) has IS hold 'Sab Wiran', 'Qanli Quyu', 'Tal "
    "Barsha', 'Kurhyuk and Qawqli' 'until the hour of writing', in a pocket surrounded by the "
    "FSA and the SDF north of al-Bab; IS-held to 16 Nov (continuity inferred from the h-bab2 "
    "rule's region-level answer to 23 Aug, AFP); the Syrian Press Center's field sources had IS "
    "withdraw from al-Kawkli and Sab Wiran on 12 Nov (not followed: Enab Baladi has them still "
    "IS-held); the gazetteer's Al Qawuqli, Kurhyuk, Jubb ad Dam (alt. Qanli Quyu) and Bersaya "
    "are taken as Qawqli, Kurhyuk, Qanli Quyu and Tal Barsha (Barshaya, east of Msibin)"
)
SHEIKH_NASIR_IS_NOTE = (
    "field sources: IS withdrew from 'Basalja, Aqdash, al-Sheikh Nasir, al-Hatal, al-Kawkli and "
    "Sab Wiran' on Saturday 12 Nov 2016 as the Euphrates Shield factions advanced and the YPG "
    "tried to take them first (the Syrian Press Center)"
)
SHEIKH_NASIR_SDF_NOTE = (
    "as IS withdrew, the SDF moved into 'Qurt Saghir, Qurt Kabir, al-Sheikh Nasir' without "
    "fighting on Saturday 12 Nov 2016 (Shaam; the Syrian Press Center: 'the northern defence line "
    "of the Arima sub-district'), until the factions' attack of 21 Nov (Baladi News); no other "
    "change reported between (continuity inferred)"
)
SHEIKH_NASIR_FSA_NOTE = (
    "the FSA's Eastern Division 101 took al-Sheikh Nasir east of al-Bab from 'the Kurdish "
    "militias' in an attack begun at dawn on Monday 21 Nov 2016, capturing four fighters (its "
    "commander to Baladi News: party-side); the days after stay a gap (the village lies 3 km from "
    "the SDF-held Arima; the batch answers from 3 Mar 2017)"
)

# --- 13 Nov 2016: Qudayran and Qubbat al-Shih ------------------------------------------------
QUDAYRAN_NOTE = (
    "the factions took 'al-Dana, Qudayran, Jabal al-Dayr, al-Hadath and Qubbat al-Shih near "
    "al-Bab' from IS on Sunday 13 Nov 2016 (the Syrian Press Center, per Halab Today), after "
    "Hazwan, Uwaylin, Dana and Suwaysan at dawn, and stood 2 km from the city; the Syrian Press "
    "Center of 10 Nov had Qubbat al-Shih and Qudayran among the IS-held villages between the "
    "factions and al-Bab"
)
QUDAYRAN_IS = (
    ": IS-held to 12 Nov (continuity inferred from the h-bab2 rule's region-level answer to 23 "
    "Aug and the report of 10 Nov)"
)
QUDAYRAN_CARRIED = (
    "; the front then ran on al-Bab's northern edge until the town fell on 23 Feb 2017 (Reuters; "
    "Syria Direct): no IS return to the village reported (continuity inferred)"
)
QUBBAT_CARRIED = (
    "; carried to 22 Feb 2017, the eve of al-Bab's fall (Reuters; Syria Direct): no IS return "
    "reported (continuity inferred); the batch answers from 3 Mar, 23 Feb - 2 Mar stays a gap"
)

# --- 23 Nov 2016: north of Qabasin -----------------------------------------------------------
BARSHAYA_NOTE = (
    "the Hawar Kilis room announced the FSA took 'Barshaya and Jubb al-Dam, north of Qabasin, "
    "after clashes with the SDF' on Wednesday 23 Nov 2016 (Enab Baladi; Sultan Murad's commander "
    "to Step: 'Barshaya and Jubb al-Dam (Qanaqui)'; party-side); the SDF had advanced there on 18 "
    "Nov (Enab Baladi); the gazetteer's Bersaya and Jubb ad Dam (alt. Qanli Quyu) are taken as "
    "Barshaya and Jubb al-Dam; IS held them on 16 Nov (Enab Baladi), the SDF's days between and "
    "the days after stay a gap (fighting with IS and the SDF round Qabasin went on)"
)
BARAZI_NOTE = (
    "the FSA took Jubb al-Barazi, Duwayra and Barat from IS on Wednesday 23 Nov 2016 (the Hawar "
    "Kilis room via Enab Baladi; Sultan Murad's commander to Step: party-side); the days before "
    "and after stay a gap (Qabasin, 6 km west, stayed IS-held until Feb 2017)"
)

# --- fill_azaz_government: Qulsuruj (Sad Shahba) and the Shahba dam --------------------------
QULSURUJ_IS_NOTE = (
    "IS-held until it left 'Al-Wardiyah, Hasajek, Al-Hassiyah, Quslruj, Al-Husseiniyah farms and "
    "Al-Ghul' near the Infantry School on Wednesday 19 Oct 2016, 'opening the way for the SDF to "
    "advance into the region without firing one single bullet' (Aleppo 24); IS had taken the "
    "villages round the school from the factions in Oct 2015 (SOHR); no other holder reported "
    "between (continuity inferred); the gazetteer's Sad Shahba (alt. Qulsuruj) is the report's "
    "Quslruj"
)
QULSURUJ_SDF_NOTE = (
    "the SDF advanced into Quslruj, Hasajek, al-Hassiyah and the villages IS left near the "
    "Infantry School on Wednesday 19 Oct 2016 (Aleppo 24; SOHR via AP: the SDF took Hassajek that "
    "day); the Shahba region north of Aleppo later sheltered Afrin's displaced as an area "
    "'controlled by Syrian government and Russian forces' (North Press, 2022) with the Kurdish "
    "forces: `shared`, as the neighbouring Hasiyah and Hasajek rows (h-azaz); which side's posts "
    "stood in the village and from when is not dated; no change reported between (continuity "
    "inferred); the autumn-2019 snapshot draws it government-held (a disagreement kept)"
)
DAM_NOTE = (
    "; region-level for the dam: the Shahba dam lies 2.3 km east of Qulsuruj (the gazetteer's Sad "
    "Shahba), between it and Tuways, and is taken as going with the village"
)

# --- fill_north_aleppo_edges: the Atmeh crossing, Aug - Oct 2016 -----------------------------
EDGES_BLOCK = "fill_north_aleppo_edges"
ATMEH_SOURCES = ("bbc-2016-08-15-atmeh-bus-blast", "newarab-2016-10-06-atmeh-crossing-bomb")
ATMEH_NOTE = (
    "the crossing into rebel-held Idlib by Atmeh: IS's suicide bomber struck a bus of rebel "
    "fighters 'near the Atmeh border crossing with Turkey' late on Sunday 14 Aug 2016, in a "
    "province 'controlled by rebel factions supported by the Turkish government' (BBC), and a "
    "bomb went off 'at the Turkish border during a change of guard between rebels, close to the "
    "village of Atmeh' on 6 Oct 2016 (The New Arab): the rebels held it on both days; no other "
    "holder reported between (continuity inferred); before 14 Aug and after 6 Oct a gap (HTS's "
    "rise in Idlib from 2017 is not dated at the crossing)"
)

# --- fill_is_north_aleppo: the Infantry School and the villages round it, Oct 2016 -----------
IS_NORTH_BLOCK = "fill_is_north_aleppo"
TASNIM_30_OCT = "tasnim-2016-10-30-infantry-school"
MASDAR_6_NOV = "almasdaronline-2016-11-06-infantry-school"
IS_LEFT_SCHOOL = (
    "IS withdrew from the Infantry School and the villages round it 'more than a year' after "
    "taking them in Oct 2015 (SOHR, day not shown); a Syrian military source dates IS's "
    "withdrawal to the night before 30 Oct 2016 (Tasnim: the government side's claim): IS-held "
    "to 29 Oct (continuity inferred)"
)
SCHOOL_NOTE = (
    "the army and auxiliary forces took 'Tal Shair, the Infantry School, Fafin, the Muslimiyah "
    "cement plant, Kafr Qaris, Tal Susin' after IS withdrew in the night before 30 Oct 2016 (a "
    "Syrian military source via Tasnim: the government side's claim); Al-Masdar Online (6 Nov): "
    "the regime announced the Infantry School taken on Saturday 5 Nov, having advanced 'without "
    "notable clashes'; SOHR has IS withdraw from the school and the SDF take the villages round "
    "it, not the school; the army held the site until the 2019 snapshot, which draws it "
    "government-held (continuity inferred)"
)
CEMENT_NOTE = (
    "; the cement plant is named by the military source only (Al-Masdar Online: fighting there), "
    "so the answer rests on the government side's claim"
)
SCHOOL_VILLAGES_NOTE = (
    "the sources disagree on who followed IS, which withdrew from the Infantry School area in "
    "late Oct 2016: SOHR (day not shown, 'more than a year' after Oct 2015) has the SDF take 'Tal "
    "Shaeer, Kafr Qaris, al-Wahshiyah, Tal Qarah and Tal Susiyan' in 48 hours; a Syrian military "
    "source (Tasnim, 30 Oct: the government side's claim) has the army take Fafin and Kafr Qaris "
    "with the school; later the Shahba region is the Kurdish forces' with government forces "
    "deployed, 'controlled by Syrian government and Russian forces' (North Press, 2022, naming "
    "Tel Qarah): `sdf` shared with `government` records both; from 30 Oct (Tasnim's day); no "
    "change reported to the autumn-2019 snapshot, which draws it government-held (continuity "
    "inferred)"
)

# --- fill_tell_rifaat_afrin / fill_north_aleppo_edges: the Olive Branch weeks ---------------
TELL_RIFAAT_AFRIN_BLOCK = "fill_tell_rifaat_afrin"
OLIVE_BRANCH = (day("2018-01-20"), day("2018-03-17"))
NEVER_SEIZED = ("north_press-2022-02-22-afrin-idps-sherawa", "trt-2018-01-21-olive-branch-launched",
                "efe-2018-03-18-afrin-city")  # fmt: skip
NEVER_SEIZED_NOTE = (
    "region-level: a Sherawa village south-east of Afrin that Olive Branch (from 20 Jan 2018, TRT "
    "World) did not take: 'Turkey did not manage to seize several villages in Sherawa district "
    "including Soghana, Aqiba, Ziyara' (North Press, looking back in Feb 2022); YPG-held before "
    "the operation (the h-bab row) and the Kurdish forces' after Afrin fell on 18 Mar (EFE; the "
    "h-azaz rows): the YPG's through the Olive Branch weeks (continuity inferred; the front's "
    "shelling of the district is not a change of holder); Ibina, not named, is answered with "
    "Aqiba and Soxaneke beside it"
)
SEWARXA_OB_SOURCES = (
    "sohr-2019-shawargha-malkiyyeh-kurdish-control",
    "trt-2018-01-21-olive-branch-launched",
    "efe-2018-03-18-afrin-city",
)
SEWARXA_OB_NOTE = (
    "Shawarigha (Sewarxa) in the Shera district, 8 km west of Azaz: YPG-held before Olive Branch "
    "(from 20 Jan 2018, TRT World; the h-bab row) and still 'under the control of the \"Kurdish "
    "Forces\"' in autumn 2019 (SOHR; the h-azaz rows from 18 Mar 2018, when Afrin fell, EFE); no "
    "report of its capture in between: the YPG's through the Olive Branch weeks (continuity "
    "inferred)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


def _eleven(ident: str) -> RegionRule:
    spc = SPC_YESTERDAY if ident != "tarhin" else ""
    jodak = ident in JODAK
    first_is = SHIELD_START if jodak else AFTER_BAB2
    taken = ELEVEN_NOTE + (DW_FEW_DAYS + JODAK_NOTE if jodak else spc)
    end = day("2016-11-17") if ident == "arab_wiran" else day("2016-11-12")
    sources = (*SOHR_10_NOV, MASDAR_11_NOV, *((DW_10_NOV, SPC_10_NOV) if jodak or spc else ()))
    return RegionRule(f"shield3_{ident}_8_10_nov", ES_BLOCK, _ids(ident), (
        Span(first_is, day("2016-11-07"), "isis", (*SOHR_10_NOV, *IS_NORTH_OF_AL_BAB),
             ELEVEN_NOTE + IS_TO_7_NOV),
        Span(day("2016-11-10"), end, "sna", sources,
             taken + (JODAK_CARRIED if ident == "arab_wiran" else TAKEN_8_10)),
    ))  # fmt: skip


SHIELD3: tuple[RegionRule, ...] = (
    *(_eleven(ident) for ident in sorted(WEST_OF_SHDAR | JODAK)),
    # Sheikh Alwan: the factions' from 10 Nov is h-shield2's (the Turkish General Staff); the
    # Syrian Press Center has it announced on 9 Nov, DW on 10 Nov: 8 - 9 Nov left a gap
    RegionRule("shield3_sheikh_alwan_before", ES_BLOCK, _ids("sheikh_alwan"), (
        Span(AFTER_BAB2, day("2016-11-07"), "isis", (*SOHR_10_NOV, DW_10_NOV),
             ELEVEN_NOTE + IS_TO_7_NOV + "; dpa's sources have it taken on Thursday 10 Nov (DW)"),
    )),
    # 12 Nov: Hajji Kusa and Halisa (Khalisa)
    RegionRule("shield3_halisa_hajj_kusa_12_nov", ES_BLOCK, _ids("khalisa", "hajji_kusa"), (
        Span(SHIELD_START, day("2016-11-11"), "isis", (SHAAM_12_NOV, SPC_12_NOV,
             *IS_NORTH_OF_AL_BAB), HALISA_NOTE + IS_TO_11_NOV),
        Span(day("2016-11-12"), day("2016-11-21"), "sna", (SHAAM_12_NOV, SPC_13_NOV_NORTH,
             SPC_12_NOV, BALADI_21_NOV), HALISA_NOTE + HALISA_CARRIED),
    )),
    RegionRule("shield3_is_pocket_to_16_nov", ES_BLOCK,
               _ids("al_qawuqli", "sab_wiran", "kurhyuk", "jubb_ad_dam_al_bab", "bersaya"), (
        Span(SHIELD_START, day("2016-11-16"), "isis", (ENAB_POCKET, *IS_NORTH_OF_AL_BAB,
             SPC_12_NOV), IS_LEFT_NOTE),
    )),
    RegionRule("shield3_sheikh_nasir", ES_BLOCK, _ids("sheikh_nasir"), (
        Span(SHIELD_START, day("2016-11-11"), "isis", (SPC_12_NOV, SPC_13_NOV_SDF,
             *IS_NORTH_OF_AL_BAB), SHEIKH_NASIR_IS_NOTE + IS_TO_11_NOV),
        Span(day("2016-11-12"), day("2016-11-20"), "sdf", (SHAAM_12_NOV, SPC_13_NOV_SDF,
             BALADI_21_NOV), SHEIKH_NASIR_SDF_NOTE),
        Span(day("2016-11-21"), day("2016-11-21"), "sna", (BALADI_21_NOV,),
             SHEIKH_NASIR_FSA_NOTE),
    )),
    # 13 Nov: Qudayran and Qubbat al-Shih
    RegionRule("shield3_qudayran_13_nov", ES_BLOCK, _ids("qudayran"), (
        Span(SHIELD_START, day("2016-11-12"), "isis", (SPC_13_NOV_FIVE, SPC_10_NOV,
             *IS_NORTH_OF_AL_BAB), QUDAYRAN_NOTE + QUDAYRAN_IS),
        Span(day("2016-11-13"), day("2017-02-22"), "sna", (SPC_13_NOV_FIVE, *BZAAH_TAKEN),
             QUDAYRAN_NOTE + QUDAYRAN_CARRIED),
    )),
    RegionRule("shield3_qubbat_al_shih_13_nov", ES_BLOCK, _ids("qubbat_al_shih"), (
        Span(SHIELD_START, day("2016-11-12"), "isis", (SPC_13_NOV_FIVE, SPC_10_NOV,
             *IS_NORTH_OF_AL_BAB), QUDAYRAN_NOTE + QUDAYRAN_IS),
        Span(day("2016-11-13"), day("2017-02-22"), "sna", (SPC_13_NOV_FIVE, *BZAAH_TAKEN),
             QUDAYRAN_NOTE + QUBBAT_CARRIED),
    )),
    # 23 Nov: north of Qabasin
    RegionRule("shield3_barshaya_jubb_al_dam_23_nov", ES_BLOCK,
               _ids("bersaya", "jubb_ad_dam_al_bab"), (
        Span(day("2016-11-23"), day("2016-11-23"), "sna", (ENAB_23_NOV, STEP_23_NOV),
             BARSHAYA_NOTE),
    )),
    RegionRule("shield3_jubb_al_barazi_23_nov", ES_BLOCK, _ids("jubb_al_barazi"), (
        Span(day("2016-11-23"), day("2016-11-23"), "sna", (ENAB_23_NOV, STEP_23_NOV),
             BARAZI_NOTE),
    )),
    # Qulsuruj (Sad Shahba) and the Shahba dam, north of the Infantry School
    *(RegionRule(f"shield3_{ident}", AZAZ_GOV_BLOCK, _ids(ident), (
        Span(START, day("2016-10-18"), "isis", (ALEPPO24_19_OCT, IS_SINCE_2015),
             QULSURUJ_IS_NOTE + extra),
        Span(day("2016-10-19"), AUTUMN_2019, "sdf", (ALEPPO24_19_OCT, AP_19_OCT,
             NORTH_PRESS_SHAHBA), QULSURUJ_SDF_NOTE + extra, status="shared",
             with_parties=("government",)),
    )) for ident, extra in (("sad_shahba", ""), ("shahba_dam", DAM_NOTE))),
    # the Infantry School, the cement plant and the villages round them after IS (Oct 2016)
    RegionRule("shield3_infantry_school", IS_NORTH_BLOCK, _ids("aleppo_infantry_academy"), (
        Span(day("2016-10-10"), day("2016-10-29"), "isis", (IS_SINCE_2015, TASNIM_30_OCT),
             IS_LEFT_SCHOOL),
        Span(day("2016-10-30"), AUTUMN_2019, "government", (TASNIM_30_OCT, MASDAR_6_NOV,
             IS_SINCE_2015), SCHOOL_NOTE + "; party claim for the day"),
    )),
    RegionRule("shield3_muslimiyah_cement_plant", AZAZ_GOV_BLOCK,
               _ids("muslimiyah_cement_plant"), (
        Span(START, day("2016-10-29"), "isis", (IS_SINCE_2015, TASNIM_30_OCT),
             IS_LEFT_SCHOOL + "; region-level for the plant, 1.5 km from the school"),
        Span(day("2016-10-30"), AUTUMN_2019, "government", (TASNIM_30_OCT, MASDAR_6_NOV),
             SCHOOL_NOTE + CEMENT_NOTE),
    )),
    RegionRule("shield3_school_villages", IS_NORTH_BLOCK,
               _ids("fafin", "kafr_qaris", "tell_qarah", "wahshiyah"), (
        Span(day("2016-10-10"), day("2016-10-29"), "isis", (IS_SINCE_2015, TASNIM_30_OCT),
             IS_LEFT_SCHOOL),
        Span(day("2016-10-30"), AUTUMN_2019, "sdf", (IS_SINCE_2015, TASNIM_30_OCT,
             NORTH_PRESS_SHAHBA), SCHOOL_VILLAGES_NOTE, status="shared",
             with_parties=("government",)),
    )),
    # the Olive Branch weeks: the Sherawa villages and Shawarigha, which the operation did not take
    RegionRule("shield3_sherawa_olive_branch", TELL_RIFAAT_AFRIN_BLOCK,
               _ids("aqiba", "soxaneke", "ibina"), (
        Span(*OLIVE_BRANCH, "sdf", NEVER_SEIZED, NEVER_SEIZED_NOTE),
    )),
    RegionRule("shield3_sewarxa_olive_branch", EDGES_BLOCK, _ids("sewarxa"), (
        Span(*OLIVE_BRANCH, "sdf", SEWARXA_OB_SOURCES, SEWARXA_OB_NOTE),
    )),
    # the Atmeh crossing between the two attacks of Aug and Oct 2016
    RegionRule("shield3_atmeh_crossing_2016", EDGES_BLOCK, _ids("atmeh_border_crossing"), (
        Span(day("2016-08-14"), day("2016-10-06"), "opposition", ATMEH_SOURCES, ATMEH_NOTE),
    )),
)  # fmt: skip
