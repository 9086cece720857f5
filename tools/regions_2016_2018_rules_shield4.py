"""Region rules for the gaps Euphrates Shield's strip and the north-east between the snapshots
still leave (issue #15, h-shield4): al-Rai's grain silos in the rebels' battle for the town (15 -
17 Aug 2016).

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
BLOCK_END = day("2016-09-03")  # from 4 Sep the h-bab rules answer the border strip

ENAB_15_AUG = "enab_baladi-2016-08-15-al-rai-silos"
ENAB_17_AUG = "enab_baladi-2016-08-17-al-rai-taken"
WATAN_17_AUG = "watan_fm-2016-08-17-al-rai-taken"
ROZANA_17_AUG = "rozana-2016-08-17-al-rai-retaken"
ENAB_27_AUG = "enab_baladi-2016-08-27-west-of-jarablus"
REUTERS_3_SEP = "reuters-2016-09-03-al-rai-villages"

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
)  # fmt: skip
