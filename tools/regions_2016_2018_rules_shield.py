"""Region rules from Arabic-language reports on Euphrates Shield's first fortnight (issue #15,
h-shield): villages east and south of al-Rai and west of Jarablus, 24 Aug - 19 Sep 2016.

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``SHIELD`` at the end of ``RULES``, so these answer only the days earlier rules leave (the h-bab
rules answer Ghandoura, Ghanama and Tuwayran from 4 Sep, the border strip from 4 Sep). Enab Baladi
(28 Aug 2016) names Ayyasha and Karsanli taken from IS; Al-Araby al-Jadeed (3 Sep, quoting a
faction's official: party-side) names al-Waqf, al-Athariyah, al-Nahda, al-Muthminah and Mazari'
al-Fursan; Orient News (4 Sep) names Ghandoura, Ghanama and Tuwayran taken from IS that day.
Sources in ``sources/2016-2019-shield.toml``. Build-time tooling, not shipped.
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
)  # fmt: skip
