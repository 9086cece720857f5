"""Region rules of the review h-rev8 (issue #15): villages the Euphrates Shield border-strip rules
drew wrongly in Sep - Oct 2016.

Kafr Ghan, Baraghida, al-Sheikh Rih and Ghazal (the gazetteer's Qizil Mazraah), north of Mare',
were drawn the factions' from the 4 Sep 2016 "secured" statement (`es_border_azaz_al_rai`), but
Enab Baladi has the factions take them from IS on Monday 10 Oct 2016 (Liwa al-Mu'tasim's Mustafa
Sejari: party-side), its report of the same afternoon still expecting an advance on them; the
strip rule now skips them and 4 Sep - 9 Oct is a gap. Karsanli and al-Haddabat, east of al-Rai:
IS's Amaq claimed it retook them (Radio Rozana, 1 Sep 2016: a party claim, so 1 - 3 Sep is
contested) and IS advanced into them again on 20 - 21 Sep before the factions regained them on 21
Sep (Akhbar Al Aan: party claim). Ridden FIRST in `EUPHRATES_SHIELD`
(`tools.regions_2016_2018_rules_aleppo_shield`), so these days win over the strip rules. Sources
in ``sources/2016-2024-rev8.toml`` and the registry files named. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["NORTH_OF_MARE_10_OCT", "RAI_EAST_REV8", "REV8"]

ES_BLOCK = "g2016_euphrates_shield"
ES_LASTING = day("2017-03-02")  # as rules_aleppo_shield: the lasting area from 3 Mar 2017
#: Kafr Ghan, Baraghida, al-Sheikh Rih and Qizil Mazraah (alt name Ghazal): Enab Baladi's "Kafr
#: Ghan", "Brighida", "al-Sheikh Rih" and "Ghazal" (matched by name and place, north of Mare').
NORTH_OF_MARE_10_OCT = frozenset({"kafr_ghan", "baraghidah", "ash_shaykh_rih", "qizil_mazraah"})
RAI_EAST_REV8 = frozenset({"karsanli", "haddabat"})

ENAB_10_OCT = "enab_baladi-2016-10-10-ghazal-akhtarin"
ENAB_10_OCT_EIGHT = "enab_baladi-2016-10-10-eight-villages"
ENAB_11_OCT = "enab_baladi-2016-10-11-ihtaimlat-duwaybiq"
ENAB_12_OCT = "enab_baladi-2016-10-12-kafra"
ALHAL_12_OCT = "al_hal-2016-10-12-kafra-duwaybiq"
ROZANA_1_SEP = "rozana-2016-09-01-west-of-jarablus-military-zone"
ARABY_27_AUG = "alaraby-2016-08-27-al-rai-hadabat"
ENAB_27_AUG = "enab_baladi-2016-08-27-west-of-jarablus"
ENAB_28_AUG = "enab_baladi-2016-08-28-ayyasha-karsanli"
ALAAN_21_SEP = "akhbar_alaan-2016-09-21-six-villages-al-rai"
NOV_FRONT = "arab_weekly-2016-11-13-al-bab"
REUTERS_4_SEP = "reuters-2016-09-04-azaz-jarablus-secured"

LATER_NOTE = (
    "; by 13 Nov IS had been 'expelled from an area of 2,500 square kilometres along the border' "
    "and the factions stood 2 km from al-Bab (SOHR via The Arab Weekly); no IS return reported "
    "(continuity inferred to the area's lasting extent)"
)
TEN_OCT_NOTE = (
    "review h-rev8: the 4 Sep 2016 statement that the Azaz - Jarablus border strip was secured "
    "does not hold here: Enab Baladi (Monday 10 Oct 2016, 2:29 pm) has the factions take parts of "
    "Ghazal from IS at noon with fighting continuing, and activists expecting an advance on "
    "al-Sheikh Rih, Kafr Ghan and Baraghida; Liwa al-Mu'tasim's Mustafa Sejari (party-side) named "
    "'Ghazal, al-Tuqli, al-Adiya, Yahmul, Jazer, Brighida, al-Sheikh Rih and Kafr Ghan' taken that "
    "day after IS withdrew (Enab Baladi): IS-held that morning, the factions' by the day's end, "
    "so fought over; 4 Sep - 9 Oct: a gap (the day IS took or retook it after the rebels held "
    "Baraghida in May - June 2016 is not dated); the gazetteer's Qizil Mazraah (alt name Ghazal) "
    "is taken as the report's Ghazal"
)
AFTER_10_OCT_NOTE = (
    "taken from IS on Monday 10 Oct 2016 (Enab Baladi, 10 - 12 Oct, quoting faction officials: "
    "party-side; Al-Hal, 12 Oct, names Kafr Ghan among the villages taken before Kafra, 'to "
    "connect the line from al-Rai to Azaz'); Dabiq fell on 16 Oct" + LATER_NOTE + "; the "
    "gazetteer's Qizil Mazraah (alt name Ghazal) is taken as the reports' Ghazal"
)
IS_CLAIM_1_SEP_NOTE = (
    "review h-rev8: taken by the factions on 27 Aug (al-Haddabat: Enab Baladi, Al-Araby "
    "al-Jadeed) and 28 Aug 2016 (Karsanli: Enab Baladi); on Thursday 1 Sep Radio Rozana relayed "
    "IS's Amaq agency saying its fighters 'retook the villages of al-Hadabat, Thalija, Karsanli "
    "and al-Sheikh Ya'qub' east of al-Rai after clashes with the opposition (an IS claim: party "
    "claim, not confirmed by another report read): contested to the 4 Sep statement that the "
    "Azaz - Jarablus border strip was secured (Anadolu via Reuters)"
)
IS_BACK_20_SEP_NOTE = (
    "review h-rev8: Akhbar Al Aan (Wednesday 21 Sep 2016) has IS advance into Jakka, Karsanli, "
    "al-Hadabat, Kadrish, Bahurta and the two Tal Ars 'today and yesterday, Tuesday' and the "
    "Euphrates Shield factions regain them 'today, Wednesday' (a Faylaq al-Sham commander: party "
    "claim): fought over on 20 - 21 Sep (which day IS entered this village is not given)"
)
AFTER_21_SEP_NOTE = (
    "regained by the factions on Wednesday 21 Sep 2016 after IS advanced into it on 20 - 21 Sep "
    "(a Faylaq al-Sham commander via Akhbar Al Aan: party claim)" + LATER_NOTE
)

REV8 = (
    RegionRule("rev8_north_of_mare_10_oct", ES_BLOCK,
               lambda p, _w: p.id in NORTH_OF_MARE_10_OCT, (
        Span(day("2016-10-10"), day("2016-10-10"), "sna", (ENAB_10_OCT, ENAB_10_OCT_EIGHT),
             TEN_OCT_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2016-10-11"), ES_LASTING, "sna", (ENAB_10_OCT_EIGHT, ENAB_11_OCT, ENAB_12_OCT,
             ALHAL_12_OCT, NOV_FRONT), AFTER_10_OCT_NOTE),
    )),
    RegionRule("rev8_rai_east_is_claim_1_sep", ES_BLOCK, lambda p, _w: p.id in RAI_EAST_REV8, (
        Span(day("2016-09-01"), day("2016-09-03"), "sna", (ROZANA_1_SEP, ENAB_27_AUG,
             ARABY_27_AUG, ENAB_28_AUG, REUTERS_4_SEP), IS_CLAIM_1_SEP_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2016-09-20"), day("2016-09-21"), "sna", (ALAAN_21_SEP,), IS_BACK_20_SEP_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2016-09-22"), ES_LASTING, "sna", (ALAAN_21_SEP, NOV_FRONT), AFTER_21_SEP_NOTE),
    )),
)  # fmt: skip
