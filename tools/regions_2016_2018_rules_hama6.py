"""Region rules for the villages north and north-east of Hama in the factions' offensive of Aug -
Oct 2016 and the army's push past Halfaya in Apr 2017 (issue #15, h-hama6).

Same shape as `tools/regions_2016_2018_rules_hama5.py`; `tools/regions_2016_2018_rules.py` adds
``HAMA6`` at the end of ``RULES``, so these answer only the days the earlier Hama rules leave in the
fill blocks ``[fill_hama_region]`` and ``[fill_north_hama]``. The days come from Enab Baladi's and
Zaman al-Wasl's dated Arabic reports, Al Jazeera's Arabic site and SOHR (an opposition-aligned
monitor); the army's side from Tasnim and SANA (party claims) and Xinhua's relay of SOHR. Sources
in ``sources/2016-2019-hama6.toml``. Days no report reaches stay gaps. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import HAMA_REGION, NORTH_HAMA, NORTH_HAMA_END

# --- sources -------------------------------------------------------------------------------------
SOHR_31_AUG = "sohr-2016-08-31-hama-offensive-villages"
KHATTAB_31_AUG = "enab_baladi-2016-08-31-khattab-gates"
SOHR_22_MAR = "sohr-2017-03-22-khattab-shir"
SOHR_31_MAR = "sohr-2017-03-31-16-villages-regained"  # sources/2016-2019-hama5.toml
MAAN_24_SEP = "enab_baladi-2016-09-24-maan"
AJ_25_SEP = "al_jazeera-2016-09-25-maan-kubbariyah"
SHATAH_27_SEP = "enab_baladi-2016-09-27-shatah-qahira"
FIVE_VILLAGES_8_OCT = "enab_baladi-2016-10-08-five-villages"
ZAMAN_8_OCT = "zaman_al_wasl-2016-10-08-villages-retaken"
MAAN_10_OCT = "enab_baladi-2016-10-10-maan-regained"
XINHUA_23_APR = "xinhua-2017-04-23-hama-losses-regained"
TASNIM_24_APR = "tasnim-2017-04-24-masasneh"
SANA_24_APR = "sana-2017-04-24-masasneh-zor-al-heisa"
SMART_27_DEC_2018 = "smart-2018-12-27-ankawi-masasinah"  # sources/2016-2019-hama3.toml

#: The eve of the army's return to Soran (27 Oct 2016), from which rules_hama answers.
EVE_OF_SORAN_2016 = day("2016-10-26")
#: The eve of the army's taking of Halfaya (23 Apr 2017).
EVE_OF_HALFAYA = day("2017-04-22")

BEFORE_29_AUG = (
    "the factions' offensive north of Hama began at dawn on 29 Aug 2016 and had taken this place "
    "by 31 Aug (SOHR, an opposition-aligned monitor): the regime's before it (continuity inferred)"
)
TAKEN_BY_31_AUG = (
    "among the places SOHR counted taken since dawn on 29 Aug 2016 by Jund al-Aqsa with the "
    "Islamic and fighting factions (31 Aug; Enab Baladi the same day: taken by the FSA factions "
    "with Jund al-Aqsa; the day it fell not stored, so 29 - 30 Aug stay gaps)"
)


# --- the western villages of the offensive of 29 Aug 2016 ---------------------------------------
ZILAQIAT = (
    Span(day("2016-08-01"), day("2016-08-28"), "government", (SOHR_31_AUG,), BEFORE_29_AUG),
    Span(day("2016-08-31"), EVE_OF_HALFAYA, "opposition",
         (SOHR_31_AUG, KHATTAB_31_AUG, XINHUA_23_APR),
         TAKEN_BY_31_AUG + "; no regime return reported before the army's push on Halfaya of 23 "
         "Apr 2017: held by the factions between the reports (continuity inferred); SOHR then said "
         "(via Xinhua, 23 Apr) everything lost in Aug - Sep 2016 was regained, but the army's "
         "taking of al-Zalakiyat is reported on 6 - 7 May (rules_hama3): the days between stay "
         "gaps"),
)  # fmt: skip

#: h-rev32: an opposition broadcaster has the army in al-Masasneh on 8 Dec 2018.
SYRIA_TV_8_DEC_2018 = "syria_tv-2018-12-08-masasneh-positions"

MASASNEH = (
    Span(day("2016-08-01"), day("2016-08-28"), "government", (SOHR_31_AUG,), BEFORE_29_AUG),
    Span(day("2016-08-31"), day("2017-04-23"), "opposition",
         (SOHR_31_AUG, KHATTAB_31_AUG, TASNIM_24_APR),
         TAKEN_BY_31_AUG + "; held by the factions until the army's return on 24 Apr 2017 "
         "(Tasnim: the Nusra Front's 'last gatherings' in it; continuity inferred)"),
    Span(day("2017-04-24"), day("2018-12-26"), "government",
         (TASNIM_24_APR, SANA_24_APR, SYRIA_TV_8_DEC_2018, SMART_27_DEC_2018),
         "on Monday 24 Apr 2017, the day after Halfaya, SANA (a military source) said the army "
         "restored security to al-Masasneh and Tasnim's correspondent that it took the town (party "
         "claims); on 8 Dec 2018 the regime's forces shelled opposition points 'from their "
         "positions in the villages of al-Masasneh and al-Zilaqiyat' (Syria TV, an opposition "
         "broadcaster; review h-rev32) and on 27 Dec an opposition agency has the army "
         "'stationed in' al-Masasinah (SMART, rules_hama3 from 27 Dec): held by the army between "
         "the reports (continuity inferred)"),
)  # fmt: skip

ZOR_AL_HEISA = (
    Span(day("2016-08-01"), day("2016-08-28"), "government", (SOHR_31_AUG,), BEFORE_29_AUG),
    Span(day("2016-08-31"), day("2017-04-23"), "opposition", (SOHR_31_AUG, SANA_24_APR),
         TAKEN_BY_31_AUG + "; held by the factions until the army's return on 24 Apr 2017 "
         "(continuity inferred)"),
    Span(day("2017-04-24"), NORTH_HAMA_END, "government", (SANA_24_APR, SMART_27_DEC_2018),
         "on Monday 24 Apr 2017 SANA (a military source) said the army restored security to al-"
         "Masasneh and the villages of Zor al-Heisa and Zor al-Tayba (party claim); the army still "
         "'stationed in' al-Masasinah, 1.5 km east, in Dec 2018 (SMART, an opposition agency): no "
         "loss reported before the army's offensive of 30 Apr 2019 (continuity inferred)"),
)  # fmt: skip

BTAYSH = (
    Span(day("2016-08-31"), EVE_OF_HALFAYA, "opposition",
         (SOHR_31_AUG, KHATTAB_31_AUG, XINHUA_23_APR),
         TAKEN_BY_31_AUG + "; no regime return reported before the army retook the area lost in "
         "Aug - Sep 2016 with Halfaya on 23 Apr 2017 (SOHR via Xinhua; rules_hama answers from "
         "that day): held by the factions between the reports (continuity inferred)"),
)  # fmt: skip


# --- Khattab and al-Shir: the offensives' first days (31 Aug 2016, 22 Mar 2017) -------------
KHATTAB = (
    Span(day("2016-08-29"), day("2016-08-30"), "government", (KHATTAB_31_AUG,),
         "the factions took the Rahba (the depot) at the town's entrance on the evening of 30 Aug "
         "2016 and fought inside it from dawn on 31 Aug (Enab Baladi): the regime's town until "
         "then"),
    Span(day("2016-08-31"), day("2016-08-31"), "government", (KHATTAB_31_AUG,),
         "Wednesday 31 Aug 2016: the factions fighting inside the town since dawn, having taken "
         "the Rahba at its entrance and the al-Tarabi' checkpoint north of it (Enab Baladi): "
         "fought over that day; the days after, to Mar 2017, are not stored", status="contested",
         with_parties=("opposition",)),
    Span(day("2017-03-22"), day("2017-03-22"), "opposition", (SOHR_22_MAR,),
         "the day after the factions' offensive of 21 Mar 2017 began, HTS took 'the whole village "
         "of Khattab' with its depots and Rahba (SOHR, 22 Mar): fought over that day",
         status="contested", with_parties=("government", "hts")),
    Span(day("2017-03-23"), day("2017-03-30"), "opposition", (SOHR_22_MAR, SOHR_31_MAR),
         "taken by HTS on 22 Mar 2017 (SOHR) and held by the factions until the army regained "
         "Khattab, al-Shir and al-Majdal after midnight on 30 - 31 Mar (SOHR, 31 Mar): continuity "
         "inferred", status="shared", with_parties=("hts",)),
)  # fmt: skip

SHIR = (
    Span(day("2017-03-22"), day("2017-03-22"), "opposition", (SOHR_22_MAR,),
         "Jaysh al-Izza advanced west of Khattab and took the village of al-Shir and its hill on "
         "22 Mar 2017, the day after the factions' offensive began (SOHR): fought over that day",
         status="contested", with_parties=("government",)),
    Span(day("2017-03-23"), day("2017-03-30"), "opposition", (SOHR_22_MAR, SOHR_31_MAR),
         "taken by Jaysh al-Izza on 22 Mar 2017 (SOHR) and held by the factions until the army "
         "regained it after midnight on 30 - 31 Mar (SOHR, 31 Mar): continuity inferred; the days "
         "from Aug 2016 to the offensive of 21 Mar 2017 are not stored"),
)  # fmt: skip


# --- Maan and al-Kubbariyah, 24 Sep - 8 Oct 2016 -------------------------------------------------
MAAN = (
    Span(day("2016-08-29"), day("2016-09-23"), "government", (MAAN_24_SEP,),
         "the loyalist, mostly Alawite town the factions took on 24 Sep 2016 (Enab Baladi): the "
         "regime's until then (continuity inferred)"),
    Span(day("2016-09-24"), day("2016-09-24"), "opposition", (MAAN_24_SEP, AJ_25_SEP),
         "Saturday 24 Sep 2016: after shelling from 11 a.m. and the capture of the checkpoints "
         "round it at about 1 p.m., Jund al-Aqsa with the Jund al-Sham battalions and Abna al-Sham "
         "took the town after about three hours' fighting (Enab Baladi's correspondent): fought "
         "over that day", status="contested", with_parties=("government",)),
    Span(day("2016-09-25"), day("2016-10-08"), "opposition",
         (AJ_25_SEP, SHATAH_27_SEP, MAAN_10_OCT),
         "held by the factions from 24 Sep 2016 (Al Jazeera, 25 Sep: they widened their control "
         "round it) until the regime's forces regained it at noon on Sunday 9 Oct (Enab Baladi, "
         "10 Oct): continuity inferred"),
)  # fmt: skip

KUBBARIYAH = (
    Span(day("2016-08-01"), day("2016-09-23"), "government", (AJ_25_SEP,),
         "one of the two towns 'whose inhabitants are a loyalist majority' the factions and Jund "
         "al-Aqsa took on 24 Sep 2016, the regime's forces withdrawing north (Al Jazeera, 25 "
         "Sep): the regime's until then (continuity inferred)"),
    Span(day("2016-09-24"), day("2016-09-24"), "opposition", (AJ_25_SEP, SHATAH_27_SEP),
         "taken by the factions with Maan on Saturday 24 Sep 2016 (Al Jazeera: 'a day' before 25 "
         "Sep; Enab Baladi: on Saturday and Sunday): fought over that day", status="contested",
         with_parties=("government",)),
    Span(day("2016-09-25"), day("2016-10-08"), "opposition", (AJ_25_SEP, SHATAH_27_SEP),
         "held by the factions from 24 Sep 2016: on 25 Sep they took the sugar factory and railway "
         "station south-east of it (Al Jazeera), and on 27 Sep Enab Baladi counted it theirs; the "
         "regime's side took it with Maan on 9 Oct (rules_hama3): continuity inferred; a pro-"
         "government daily's claim that the army had regained it by 26 Sep (al-Watan, read via a "
         "relay, not registered) is not borne out by the later reports"),
)  # fmt: skip


# --- al-Sha'tah, al-Junaynah and Khafsin, 27 Sep - 26 Oct 2016 ---------------------------------
RETAKEN_8_OCT = (
    "the regime's forces attacked on the evening of Friday 7 Oct 2016, exploiting the Jund al-Aqsa "
    "- Ahrar al-Sham fighting, and on Saturday 8 Oct took al-Junaynah, al-Tulaysiyah, al-Qahira, "
    "the agricultural airport, the hills of al-Sha'tah and Khafsin after Jund al-Aqsa withdrew "
    "(Enab Baladi's concurring sources; loyalist media); Zaman al-Wasl's field sources name the "
    "village of al-Sha'tah"
)
AFTER_8_OCT = (
    "; Enab Baladi (10 Oct) again counts these villages the regime's; no loss reported before the "
    "army retook Soran on 27 Oct (rules_hama answers from that day): continuity inferred"
)
SHATAH = (
    Span(day("2016-08-29"), day("2016-09-26"), "government", (SHATAH_27_SEP,),
         "the factions' offensive reached al-Sha'tah only on 27 Sep 2016, 'to widen the breach' "
         "east of Maan (Enab Baladi): the regime's until then (continuity inferred)"),
    Span(day("2016-09-27"), day("2016-09-27"), "opposition", (SHATAH_27_SEP,),
         "Tuesday 27 Sep 2016: Jabhat Fath al-Sham announced it had taken the village that "
         "morning, other factions took Tal Aswad and Ahrar al-Sham al-Qahira (Enab Baladi): fought "
         "over that day", status="contested", with_parties=("government", "hts")),
    Span(day("2016-09-28"), day("2016-10-07"), "opposition", (SHATAH_27_SEP, FIVE_VILLAGES_8_OCT),
         "taken by Jabhat Fath al-Sham (HTS from Jan 2017) in the Jaysh al-Fath factions' "
         "battle of 27 Sep 2016 (Enab Baladi) and held by the factions until the regime's attack "
         "of the evening of 7 Oct (Enab Baladi, 8 Oct): continuity inferred", status="shared",
         with_parties=("hts",)),
    Span(day("2016-10-08"), EVE_OF_SORAN_2016, "government",
         (FIVE_VILLAGES_8_OCT, ZAMAN_8_OCT, MAAN_10_OCT), RETAKEN_8_OCT + AFTER_8_OCT),
)  # fmt: skip

JUNAYNAH = (
    Span(day("2016-08-01"), day("2016-09-27"), "government", (SHATAH_27_SEP,),
         "not among the places the factions took north-east of Hama by 27 Sep 2016, when they "
         "reached al-Sha'tah and al-Qahira to its north (Enab Baladi): the regime's until then "
         "(continuity inferred); the day the factions took it (28 Sep by a relay of opposition "
         "pages) is not stored, so 28 Sep - 7 Oct stay gaps"),
    Span(day("2016-10-08"), EVE_OF_SORAN_2016, "government",
         (FIVE_VILLAGES_8_OCT, ZAMAN_8_OCT, MAAN_10_OCT), RETAKEN_8_OCT + AFTER_8_OCT),
)  # fmt: skip

KHAFSIN = (
    Span(day("2016-10-08"), EVE_OF_SORAN_2016, "government", (FIVE_VILLAGES_8_OCT, MAAN_10_OCT),
         RETAKEN_8_OCT + " (whether the factions had held Khafsin before is not stored)"
         + AFTER_8_OCT),
)  # fmt: skip


def _ids(*ids: str):
    wanted = frozenset(ids)
    return lambda place, _where: place.id in wanted


HAMA6: tuple[RegionRule, ...] = (
    RegionRule("hama6_zilaqiat_2016", NORTH_HAMA, _ids("zilaqiat"), ZILAQIAT),
    RegionRule("hama6_masasneh", NORTH_HAMA, _ids("masasneh"), MASASNEH),
    RegionRule("hama6_zor_al_heisa", NORTH_HAMA, _ids("zor_al_heisa"), ZOR_AL_HEISA),
    RegionRule("hama6_btaysh_2016", NORTH_HAMA, _ids("btaysh"), BTAYSH),
    RegionRule("hama6_khattab", NORTH_HAMA, _ids("khattab"), KHATTAB),
    RegionRule("hama6_shir_mar_2017", NORTH_HAMA, _ids("shir"), SHIR),
    RegionRule("hama6_maan_sep_2016", HAMA_REGION, _ids("maan"), MAAN),
    RegionRule("hama6_kubbariyah_sep_2016", HAMA_REGION, _ids("kubbariyah"), KUBBARIYAH),
    RegionRule("hama6_shatah_2016", HAMA_REGION, _ids("ash_shatah"), SHATAH),
    RegionRule("hama6_junaynah_2016", HAMA_REGION, _ids("al_junaynah"), JUNAYNAH),
    RegionRule("hama6_khafsin_8_oct_2016", HAMA_REGION, _ids("khafsin"), KHAFSIN),
)
