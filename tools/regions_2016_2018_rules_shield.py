"""Region rules from Arabic-language reports on Euphrates Shield (issue #15, h-shield): villages
east and south of al-Rai and west of Jarablus, 24 Aug - 19 Sep 2016, and the push from Akhtarin
to Dabiq, 8 - 16 Oct 2016.

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``SHIELD`` at the end of ``RULES``, so these answer only the days earlier rules leave (the h-bab
rules answer Ghandoura, Ghanama and Tuwayran from 4 Sep, the border strip from 4 Sep). Enab Baladi
(28 Aug 2016) names Ayyasha and Karsanli taken from IS; Al-Araby al-Jadeed (3 Sep, quoting a
faction's official: party-side) names al-Waqf, al-Athariyah, al-Nahda, al-Muthminah and Mazari'
al-Fursan; Orient News (4 Sep) names Ghandoura, Ghanama and Tuwayran taken from IS that day.
Enab Baladi's reports of 10, 11, 12 and 16 Oct 2016 (quoting faction officials:
party-side), Radio Rozana and SOHR (16 Oct) date the villages between Akhtarin, Mare' and Dabiq
taken from IS; where they disagree (Ihtimaylat) the days are marked contested. Sources in
``sources/2016-2019-shield.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

ES_BLOCK = "g2016_euphrates_shield"
SHIELD_START = day("2016-08-24")  # Euphrates Shield began on 24 Aug 2016
ENAB_28_AUG = "enab_baladi-2016-08-28-ayyasha-karsanli"
ARABY_3_SEP = "alaraby-2016-09-03-four-villages-al-rai"
ORIENT_4_SEP = "orient-2016-09-04-border-cleared"
#: The last day the Al-Araby report of 3 Sep is carried forward (continuity inferred); later
#: days, to the h-bab rules' 13 Nov, stay gaps: IS counter-attacked round al-Rai in the second
#: half of September and no report read fixes these villages' holder then.
ARABY_CARRIED_TO = day("2016-09-19")

AYYASHA_IS_NOTE = (
    "Ayyasha and Karsanli, 'east of the town of al-Rai': 'Free Army' factions of the Hawar Kilis "
    "operations room took them from the Islamic State at noon on Sunday 28 Aug 2016, capturing "
    "two IS fighters in Ayyasha (Enab Baladi): IS-held from the start of Euphrates Shield on 24 "
    "Aug to then (continuity inferred)"
)
AYYASHA_TAKEN_NOTE = (
    "taken from IS by 'Free Army' factions of the Hawar Kilis room at noon on Sunday 28 Aug 2016 "
    "(Enab Baladi); the border strip from Azaz to Jarablus was reported secured on 4 Sep (earlier "
    "rules); no IS return reported between (continuity inferred)"
)
EAST_OF_RAI_IS_NOTE = (
    "the Euphrates Shield factions 'expelled Daesh' from al-Nahda and al-Muthminah, east of "
    "al-Rai, on the evening of Saturday 3 Sep 2016 (Al-Araby al-Jadeed, quoting Mustafa Sejari of "
    "Liwa al-Mu'tasim: party-side): IS-held from the start of Euphrates Shield on 24 Aug to then "
    "(continuity inferred)"
)
RAI_TAKEN_NOTE = (
    "named by Mustafa Sejari of Liwa al-Mu'tasim (party-side) among 'the villages of al-Waqf, "
    "south of al-Rai, and al-Athariyah, al-Nahda and al-Muthminah, to the east' that the "
    "Euphrates Shield factions with Turkish tanks and artillery took from IS on the evening of "
    "Saturday 3 Sep 2016 (Al-Araby al-Jadeed); carried to 19 Sep (continuity inferred); from 20 "
    "Sep IS counter-attacked round al-Rai and the holder per day is not stored (a gap to the "
    "earlier rules' 13 Nov)"
)
FURSAN_IS_NOTE = (
    "west of Jarablus the FSA 'expelled Daesh' from Arab Ezza, Mazari' al-Fursan, Lilwa, Mazari' "
    "Kanu and Ras al-Jouz on Saturday 3 Sep 2016 (Al-Araby al-Jadeed): IS-held from the start of "
    "Euphrates Shield on 24 Aug to 2 Sep (continuity inferred); the gazetteer's Fursan is taken as "
    "the report's al-Fursan"
)
FURSAN_TAKEN_NOTE = (
    "taken from IS by the FSA on Saturday 3 Sep 2016 with Arab Ezza and Lilwa, west of Jarablus "
    "(Al-Araby al-Jadeed); the border strip was reported secured the next day (earlier rules)"
)
ORIENT_IS_NOTE = (
    "FSA factions of the Euphrates Shield and Hawar Kilis rooms 'controlled on Sunday "
    "al-Ghanodora, Qubbet al-Turkmen, Ghanama, Sweideh Shimalyya, Tel A'sad, al-Boranyya and "
    "Tweiran villages, "
    "after fierce battles with ISIS militants' (Orient News, 4 Sep 2016): IS-held from the start "
    "of Euphrates Shield on 24 Aug to 3 Sep (continuity inferred); before 24 Aug a gap"
)


# --- from Akhtarin to Dabiq, 8 - 16 Oct 2016 ----------------------------------------------------
REUTERS_8_OCT = "reuters-2016-10-08-is-counterattack-akhtarin"
ENAB_10_OCT = "enab_baladi-2016-10-10-ghazal-akhtarin"
ENAB_10_OCT_EIGHT = "enab_baladi-2016-10-10-eight-villages"
ENAB_11_OCT = "enab_baladi-2016-10-11-ihtaimlat-duwaybiq"
ENAB_12_OCT = "enab_baladi-2016-10-12-kafra"
ENAB_16_OCT = "enab_baladi-2016-10-16-south-of-dabiq"
ROZANA_16_OCT = "rozana-2016-10-16-dabiq-talalin"
SOHR_16_OCT = "sohr-2016-10-16-dabiq-sawran-ihtaimlat"
DABIQ_FELL = day("2016-10-16")  # the h-bab and Euphrates Shield rules answer from 17 Oct

AKHTARIN_8_OCT_NOTE = (
    "an IS counter-attack that began late on Friday 7 Oct 2016 retook villages including Akhtarin "
    "and pushed towards Turkman Bareh (SOHR via Reuters, 8 Oct); the factions took Akhtarin and "
    "the villages of Turkman Bareh, al-Aziziyah, Qabtan and Mazraat al-Ula north-east of it on "
    "Saturday 8 Oct 'after hit-and-run battles' with IS (Enab Baladi, 10 Oct): fought over that day"
)
AKHTARIN_AFTER_NOTE = (
    "named by Enab Baladi (10 Oct 2016) among the villages north-east of Akhtarin the factions "
    "took from IS on Saturday 8 Oct 'after hit-and-run battles'; Radio Rozana on 16 Oct: the Free "
    "Army had taken Akhtarin earlier in the month; no IS return reported between (continuity "
    "inferred); after 16 Oct the holder per day is not stored here"
)
TEN_OCT_NOTE = (
    "taken from IS on Monday 10 Oct 2016 in the Euphrates Shield and Hawar Kilis rooms' push "
    "between Akhtarin and Mare' (Enab Baladi, 10-12 Oct, quoting Liwa al-Mu'tasim's Mustafa "
    "Sejari and other faction officials: party-side); Dabiq fell on 16 Oct; no IS return reported "
    "between (continuity inferred)"
)
YAHMUL_10_OCT_NOTE = (
    "on Monday 10 Oct 2016 the factions were still fighting IS for 'the two towns of Jarez and "
    "Yahmul' at 2:29 pm (Enab Baladi, Sultan Murad's Mohammed Nour); Liwa al-Mu'tasim's Mustafa "
    "Sejari named both among eight villages taken that day, and Enab Baladi of 12 Oct has them "
    "taken on Tuesday 11 Oct (party-side claims): fought over that day; the gazetteer's Mazraat "
    "Jarez is taken as the reports' Jarez"
)
YAHMUL_AFTER_NOTE = (
    "Yahmul and Jarez taken from IS on 10 or 11 Oct 2016 (Enab Baladi, 10-12 Oct, quoting faction "
    "officials: party-side); Dabiq fell on 16 Oct; no IS return reported between (continuity "
    "inferred); the gazetteer's Mazraat Jarez is taken as the reports' Jarez"
)
KAFRA_11_OCT_NOTE = (
    "on Tuesday 11 Oct 2016 the factions were fighting IS 'on the western edge of the town of "
    "Kafra, near Jarez' (Enab Baladi, quoting Sultan Murad's Mohammed Nour: party-side): IS-held, "
    "fought over"
)
KAFRA_TAKEN_NOTE = (
    "the factions took the town of Kafra from IS on Wednesday 12 Oct 2016 after hours of fighting "
    "(Enab Baladi, quoting the Levant Front's Haitham Hammo: party-side); Dabiq fell on 16 Oct; no "
    "IS return reported between (continuity inferred)"
)
DUWAYBIQ_NOTE = (
    "on Tuesday 11 Oct 2016 the factions were working 'to expel IS from the village of Duwaybiq, "
    "the last point before the factions reach Dabiq' (Enab Baladi, quoting Sultan Murad's "
    "Mohammed Nour: party-side): IS-held, fought over; from 12 Oct the day it fell is not stored"
)
IHTAIMLAT_CLAIMED_NOTE = (
    "reports disagree: Liwa al-Mu'tasim's Mustafa Sejari claimed the taking of Ihtimaylat on "
    "Tuesday 11 Oct 2016 (Enab Baladi, 11 and 12 Oct: party-side), while SOHR and Enab Baladi have "
    "the factions take it on the morning of Sunday 16 Oct after IS withdrew, with Dabiq and "
    "Sawran: contested between the two reports"
)
IHTAIMLAT_TAKEN_NOTE = (
    "the factions took Dabiq, Sawran and Ihtimaylat on the morning of Sunday 16 Oct 2016 after IS "
    "withdrew from them (SOHR, opposition-aligned monitor; Enab Baladi)"
)
TALALIN_NOTE = (
    "'the Free Army took Dabiq, Sawran and Talalin, belonging to the town of Azaz' on Sunday 16 "
    "Oct 2016 (Radio Rozana's correspondent); the gazetteer's Til Alyan is taken as Talalin"
)
MASOUDIYAH_NOTE = (
    "the factions took the villages of al-Hamidiyah, al-Masoudiyah and Asnabil, south of Dabiq "
    "and east of Mare', on the afternoon of Sunday 16 Oct 2016 (Enab Baladi); after 16 Oct the "
    "holder per day is not stored here"
)

# --- west and south of Jarablus, east of al-Rai (27 - 29 Aug 2016); Ka'iba (4 Oct) ------------
ENAB_27_AUG = "enab_baladi-2016-08-27-west-of-jarablus"
ARABY_4_OCT = "alaraby-2016-10-04-turkman-bareh-kaibah"
ALAAN_28_AUG = "akhbar_alaan-2016-08-28-jarablus-south"
REUTERS_28_AUG = "reuters-2016-08-28-amarna-ayn-al-bayda"
WEST_OF_JARABLUS = ("al_hilwaniyah", "al_bir_fawqani", "al_bir_tahtani")
JARABLUS_SOUTH = ("balaban", "jubb_al_kusa", "al_hajaj", "buyuk_dabisah")
WEST_OF_JARABLUS_IS_NOTE = (
    "Faylaq al-Sham (party-side) announced on Saturday 27 Aug 2016 that the 'Free Army' had taken "
    "since the morning al-Halwaniyah, al-Bir al-Fawqani and al-Bir al-Tahtani west of Jarablus "
    "after expelling IS (Enab Baladi): IS-held from the start of Euphrates Shield on 24 Aug to "
    "then (continuity inferred)"
)
WEST_OF_JARABLUS_TAKEN_NOTE = (
    "taken from IS on Saturday 27 Aug 2016 (Faylaq al-Sham via Enab Baladi: party-side); the "
    "border strip from Azaz to Jarablus was reported secured on 4 Sep (earlier rules); no IS "
    "return reported between (continuity inferred)"
)
HADDABAT_IS_NOTE = (
    "the factions, retaking al-Rai after IS held part of it for some hours on Saturday 27 Aug "
    "2016, took in their counter-attack 'al-Hadabat' east of al-Rai (Enab Baladi): IS-held from "
    "the start of Euphrates Shield on 24 Aug to then (continuity inferred)"
)
HADDABAT_TAKEN_NOTE = (
    "taken from IS in the factions' counter-attack east of al-Rai on Saturday 27 Aug 2016 (Enab "
    "Baladi); the border strip was reported secured on 4 Sep (earlier rules); no IS return "
    "reported between (continuity inferred)"
)
JARABLUS_SOUTH_NOTE = (
    "Akhbar Al Aan's correspondent, 28 Aug 2016: the clashes with the SDF south of Jarablus "
    "'resulted in the Free Army's control of the villages of Ayn al-Bayda, al-Amarna, Dabis, "
    "Balaban, Bir Kusa, Nazl Husayn, al-Mughayir, al-Hajjaj and al-Khirba' (party-side relay of "
    "the factions' gains); SOHR the same day: the SDF-allied Jarablus Military Council withdrew "
    "from al-Amarna and Ayn al-Bayda, a rebel commander claiming Dabis too (Reuters); the earlier "
    "rules answer from 30 Aug; the gazetteer's Jubb al Kusa and Buyuk Dabisah are taken as Bir "
    "Kusa and Dabis; before 28 Aug a gap (IS, the council and the rebels in turn)"
)
KAIBAH_NOTE = (
    "the factions of the 'Hawar Kilis' room took Turkman Bareh and Ka'iba with their farms, south "
    "of al-Rai, from IS on Tuesday 4 Oct 2016 (the room's own announcement via Al-Araby al-Jadeed: "
    "party claim); carried to 7 Oct (continuity inferred): an IS counter-attack from late on 7 Oct "
    "retook villages including Akhtarin and pushed towards Turkman Bareh (SOHR via Reuters), so "
    "from 8 Oct the holder per day is not stored"
)
AKHTARIN_NE = ("aziziyah_azaz", "qabtan", "mazrah_al_ala")


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


SHIELD: tuple[RegionRule, ...] = (
    RegionRule("shield_ayyasha_karsanli_28_aug", ES_BLOCK, _ids("ayyashah", "karsanli"), (
        Span(SHIELD_START, day("2016-08-27"), "isis", (ENAB_28_AUG,), AYYASHA_IS_NOTE),
        Span(day("2016-08-28"), day("2016-09-03"), "sna", (ENAB_28_AUG,), AYYASHA_TAKEN_NOTE),
    )),
    RegionRule("shield_east_of_al_rai_3_sep", ES_BLOCK, _ids("nahda", "al_muthminah"), (
        Span(SHIELD_START, day("2016-09-02"), "isis", (ARABY_3_SEP,), EAST_OF_RAI_IS_NOTE),
        Span(day("2016-09-03"), ARABY_CARRIED_TO, "sna", (ARABY_3_SEP,), RAI_TAKEN_NOTE),
    )),
    RegionRule("shield_waqf_athariyah_3_sep", ES_BLOCK, _ids("al_waqf", "athariyah"), (
        Span(day("2016-09-03"), ARABY_CARRIED_TO, "sna", (ARABY_3_SEP,), RAI_TAKEN_NOTE),
    )),
    RegionRule("shield_fursan_3_sep", ES_BLOCK, _ids("fursan"), (
        Span(SHIELD_START, day("2016-09-02"), "isis", (ARABY_3_SEP,), FURSAN_IS_NOTE),
        Span(day("2016-09-03"), day("2016-09-03"), "sna", (ARABY_3_SEP,), FURSAN_TAKEN_NOTE),
    )),
    RegionRule("shield_orient_4_sep", ES_BLOCK, _ids("ghandoura", "ganamah", "tuwayran"), (
        Span(SHIELD_START, day("2016-09-03"), "isis", (ORIENT_4_SEP,), ORIENT_IS_NOTE),
    )),
    RegionRule("shield_west_of_jarablus_27_aug", ES_BLOCK, _ids(*WEST_OF_JARABLUS), (
        Span(SHIELD_START, day("2016-08-26"), "isis", (ENAB_27_AUG,), WEST_OF_JARABLUS_IS_NOTE),
        Span(day("2016-08-27"), day("2016-09-03"), "sna", (ENAB_27_AUG,),
             WEST_OF_JARABLUS_TAKEN_NOTE),
    )),
    RegionRule("shield_haddabat_27_aug", ES_BLOCK, _ids("haddabat"), (
        Span(SHIELD_START, day("2016-08-26"), "isis", (ENAB_27_AUG,), HADDABAT_IS_NOTE),
        Span(day("2016-08-27"), day("2016-09-03"), "sna", (ENAB_27_AUG,), HADDABAT_TAKEN_NOTE),
    )),
    RegionRule("shield_jarablus_south_28_aug", ES_BLOCK, _ids(*JARABLUS_SOUTH), (
        Span(day("2016-08-28"), day("2016-08-29"), "sna", (ALAAN_28_AUG, REUTERS_28_AUG),
             JARABLUS_SOUTH_NOTE),
    )),
    RegionRule("shield_kaibah_4_oct", ES_BLOCK, _ids("kaibah"), (
        Span(day("2016-10-04"), day("2016-10-07"), "sna", (ARABY_4_OCT, REUTERS_8_OCT),
             KAIBAH_NOTE),
    )),
    RegionRule("shield_akhtarin_north_east_8_oct", ES_BLOCK, _ids(*AKHTARIN_NE), (
        Span(day("2016-10-08"), day("2016-10-08"), "sna", (ENAB_10_OCT, REUTERS_8_OCT),
             AKHTARIN_8_OCT_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2016-10-09"), DABIQ_FELL, "sna", (ENAB_10_OCT, ROZANA_16_OCT),
             AKHTARIN_AFTER_NOTE),
    )),
    RegionRule("shield_tuqli_ball_10_oct", ES_BLOCK, _ids("al_tughali", "al_ball"), (
        Span(day("2016-10-10"), DABIQ_FELL, "sna", (ENAB_11_OCT, ENAB_12_OCT, ENAB_10_OCT_EIGHT),
             TEN_OCT_NOTE),
    )),
    RegionRule("shield_yahmul_jarez_10_oct", ES_BLOCK, _ids("yahmul", "mazraat_jarez"), (
        Span(day("2016-10-10"), day("2016-10-10"), "sna", (ENAB_10_OCT, ENAB_10_OCT_EIGHT,
             ENAB_12_OCT), YAHMUL_10_OCT_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2016-10-11"), DABIQ_FELL, "sna", (ENAB_11_OCT, ENAB_12_OCT),
             YAHMUL_AFTER_NOTE),
    )),
    RegionRule("shield_kafra_12_oct", ES_BLOCK, _ids("kafrah"), (
        Span(day("2016-10-11"), day("2016-10-11"), "isis", (ENAB_11_OCT,), KAFRA_11_OCT_NOTE,
             status="contested", with_parties=("sna",)),
        Span(day("2016-10-12"), DABIQ_FELL, "sna", (ENAB_12_OCT,), KAFRA_TAKEN_NOTE),
    )),
    RegionRule("shield_duwaybiq_11_oct", ES_BLOCK, _ids("duwaybiq"), (
        Span(day("2016-10-11"), day("2016-10-11"), "isis", (ENAB_11_OCT,), DUWAYBIQ_NOTE,
             status="contested", with_parties=("sna",)),
    )),
    RegionRule("shield_ihtaimlat", ES_BLOCK, _ids("ihtaimlat"), (
        Span(day("2016-10-11"), day("2016-10-15"), "sna", (ENAB_11_OCT, ENAB_12_OCT, SOHR_16_OCT,
             ENAB_16_OCT), IHTAIMLAT_CLAIMED_NOTE, status="contested", with_parties=("isis",)),
        Span(DABIQ_FELL, DABIQ_FELL, "sna", (SOHR_16_OCT, ENAB_16_OCT), IHTAIMLAT_TAKEN_NOTE),
    )),
    RegionRule("shield_talalin_16_oct", ES_BLOCK, _ids("til_alyan"), (
        Span(DABIQ_FELL, DABIQ_FELL, "sna", (ROZANA_16_OCT,), TALALIN_NOTE),
    )),
    RegionRule("shield_masoudiyah_16_oct", ES_BLOCK, _ids("masoudiyah"), (
        Span(DABIQ_FELL, DABIQ_FELL, "sna", (ENAB_16_OCT,), MASOUDIYAH_NOTE),
    )),
)  # fmt: skip
