"""Region rules for the gaps Euphrates Shield's strip and the north-east between the snapshots
still leave (issue #15, h-shield4): al-Rai's grain silos in the rebels' battle for the town (15 -
17 Aug 2016), the Bab al-Salameh crossing and the villages on the Azaz - Kilis road (rebel-held
behind the Azaz front, Aug 2016), and al-Farat and Umm Adasa west of Manbij between the two
snapshots (SDF-held with the army's posts, SOHR of Feb 2020).

Same shape as `tools/regions_2016_2018_rules_shield3.py`; `tools/regions_2016_2018_rules.py` adds
``SHIELD4`` at the end of ``RULES``, so these answer only the days earlier rules leave (h-shield2
answers the al-Rai border crossing, the h-bab rules the border strip from 4 Sep 2016). Enab Baladi
(15 and 17 Aug 2016), Watan FM and Radio Rozana (17 Aug) date the silos' capture; the faction
officials and field commanders they quote are party-side, and the notes say so. Sources in
``sources/2016-2019-shield4.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["SHIELD4"]

ES_BLOCK = "g2016_euphrates_shield"
NE_BLOCK = "fill_northeast_between_snapshots"
BLOCK_END = day("2016-09-03")  # from 4 Sep the h-bab rules answer the border strip
NE_START, NE_END = day("2019-12-19"), day("2020-03-05")  # between the two snapshots

ENAB_15_AUG = "enab_baladi-2016-08-15-al-rai-silos"
ENAB_17_AUG = "enab_baladi-2016-08-17-al-rai-taken"
WATAN_17_AUG = "watan_fm-2016-08-17-al-rai-taken"
ROZANA_17_AUG = "rozana-2016-08-17-al-rai-retaken"
ENAB_27_AUG = "enab_baladi-2016-08-27-west-of-jarablus"
REUTERS_3_SEP = "reuters-2016-09-03-al-rai-villages"
REUTERS_4_SEP = "reuters-2016-09-04-azaz-jarablus-secured"
OCHA_1_JUN = "un-2016-06-01-ocha-azaz-flash-update-2"
AFP_8_JUN = "hurriyet_daily_news-2016-06-08-rebels-retake-kafr-kalbin"
SOHR_FEB_2020 = "sohr-2020-02-manbij-west-villages-regime-wounded"
ANHA_17_FEB_2020 = "anha-2020-02-17-manbij-west-hundred-shells"
SOHR_OCT_2019 = "sohr-2019-10-manbij-al-farat-shelled"

# --- al-Rai's grain silos, west of the town (15 Aug - 3 Sep 2016) ------------------------------
SILO_IS_NOTE = (
    "al-Rai's silos, on the town's western side: al-Rai was one of IS's main centres north of "
    "Aleppo when the factions attacked on Monday 15 Aug 2016 (Enab Baladi); IS had retaken the "
    "town four days after the rebels' first capture of 7 Apr 2016 (Watan FM): IS-held to 14 Aug "
    "(continuity inferred)"
)
SILO_FIGHT_NOTE = (
    "the factions took al-Rai's silos at about 1:30 pm on Monday 15 Aug 2016, half an hour after "
    "launching their battle for the town (Enab Baladi, sources close to the operations room: "
    "party-side); Radio Rozana has them take 'the silos area, the railway station and a number "
    "of positions' on the western side on Tuesday 16 Aug and IS counter-attack that evening, "
    "retaking three points: fought over both days"
)
SILO_TAKEN_NOTE = (
    "the rebels (the Hawar Kilis room and the Levant Front) took the whole of al-Rai on "
    "Wednesday 17 Aug 2016 after three days of fighting, IS withdrawing east to the villages "
    "round it (Watan FM; Radio Rozana, a field commander's video: party-side; Enab Baladi: the "
    "'Free Army' announced full control); the silos, on the town's western edge, taken as going "
    "with it; counted rebel, as the Azaz records and h-shield2's al-Rai crossing, until the "
    "Turkish-backed factions' operation from al-Rai of 3 Sep (Reuters); IS held part of the town "
    "for some hours on 27 Aug (Enab Baladi, that day marked contested); no other IS return "
    "reported (continuity inferred)"
)
SILO_27_AUG_NOTE = (
    "the factions retook al-Rai on Saturday 27 Aug 2016 'after a partial control that lasted a "
    "few hours' by IS (Enab Baladi): fought over that day; the silos taken as going with the town"
)
SILO_3_SEP_NOTE = (
    "the rebel groups launched a new operation against IS from al-Rai on Saturday 3 Sep 2016 "
    "(Fastaqim's Zakaria Malahifji via Reuters), counted with the Turkish-backed factions from "
    "that day as the town's record; the silos taken as going with the town"
)

# --- the Bab al-Salameh crossing and the villages on the Azaz - Kilis road (Aug 2016) -----------
#: Behind the rebels' Azaz front: between the town and the crossing, 3 - 6 km west of Kafr Shush.
AZAZ_ROAD = ("bab_al_salameh_crossing", "salameh", "salameh_idp_camp", "sajo")
AZAZ_ROAD_NOTE = (
    "on the road from Azaz to the Bab al-Salameh crossing, behind the rebels' front with IS "
    "east of Azaz: OCHA (1 Jun 2016) has the people displaced since IS's offensive of 27 May "
    "settle beside the Bab al-Salam crossing and in Azaz town and the armed groups of the Azaz "
    "sub-district hold IS off on the outskirts of Kafr Shush and Baraghideh, 3 - 6 km east of "
    "these places; on 8 Jun the rebels retook the villages IS had taken between Azaz and Marea, "
    "IS withdrawing (SOHR via AFP); on 15 Aug 2016 the factions moved fighters from the Idlib "
    "countryside to the city of Azaz through Turkish territory for the al-Rai battle (Enab "
    "Baladi, sources close to the operations room: party-side); counted rebel, as the Azaz "
    "records, to 3 Sep: the strip from Azaz to Jarablus was reported secured on 4 Sep (Reuters, "
    "reporting Anadolu); no IS advance on Azaz reported between (continuity inferred; not "
    "sourced per day)"
)

# --- al-Farat and Umm Adasa west of Manbij, between the snapshots (Dec 2019 - Mar 2020) --------
MANBIJ_WEST = ("al_farat", "umm_adasat_al_farat")
MANBIJ_WEST_NOTE = (
    "al-Farat and Umm Adasa, on the Sajur front west of Manbij: SOHR names them among the "
    "villages west of Manbij 'under the influence of the SDF' shelled by the pro-Turkish factions "
    "in mid-February 2020, five regime soldiers wounded at their positions there (ANHA: the "
    "evening of Sunday 16 Feb, from the Turkish-held al-Yashli; the AANES agency: party claim); "
    "SOHR had the factions shell al-Farat, 'north of Manbij', on a Tuesday of mid-October 2019, "
    "and both snapshots (18 Dec 2019, 6 Mar 2020) draw them with the Manbij Military Council: the "
    "SDF's with the army's posts on the line from Oct 2019, no change reported between "
    "(continuity inferred; not sourced per day)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


SHIELD4: tuple[RegionRule, ...] = (
    RegionRule("shield4_al_rai_silos", ES_BLOCK, _ids("al_rai_grain_silo"), (
        Span(START, day("2016-08-14"), "isis", (ENAB_15_AUG, WATAN_17_AUG), SILO_IS_NOTE),
        Span(day("2016-08-15"), day("2016-08-16"), "opposition", (ENAB_15_AUG, ROZANA_17_AUG),
             SILO_FIGHT_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2016-08-17"), day("2016-08-26"), "opposition", (WATAN_17_AUG, ROZANA_17_AUG,
             ENAB_17_AUG), SILO_TAKEN_NOTE),
        Span(day("2016-08-27"), day("2016-08-27"), "opposition", (ENAB_27_AUG,),
             SILO_27_AUG_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2016-08-28"), day("2016-09-02"), "opposition", (WATAN_17_AUG, ROZANA_17_AUG,
             ENAB_27_AUG), SILO_TAKEN_NOTE),
        Span(day("2016-09-03"), BLOCK_END, "sna", (REUTERS_3_SEP, ENAB_17_AUG), SILO_3_SEP_NOTE),
    )),
    RegionRule("shield4_azaz_crossing_road", ES_BLOCK, _ids(*AZAZ_ROAD), (
        Span(START, BLOCK_END, "opposition", (OCHA_1_JUN, AFP_8_JUN, ENAB_15_AUG,
             REUTERS_4_SEP), AZAZ_ROAD_NOTE),
    )),
    RegionRule("shield4_manbij_west_feb_2020", NE_BLOCK, _ids(*MANBIJ_WEST), (
        Span(NE_START, NE_END, "sdf", (SOHR_OCT_2019, SOHR_FEB_2020, ANHA_17_FEB_2020),
             MANBIJ_WEST_NOTE, status="shared", with_parties=("government",)),
    )),
)  # fmt: skip
