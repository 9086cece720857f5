"""Region rules for south and south-west Aleppo, a further pass (issue #15, h-asouth).

Same shape as `tools/regions_2016_2018_rules_ealeppo6.py`; `tools/regions_2016_2018_rules.py`
adds ``ASOUTH`` at the end of ``RULES``, so these answer only the days the earlier rules leave in
the ``[fill_aleppo_south]`` block:

- the al-Assad Military Academy on the south-western edge of the city (gazetteer point between
  Dahiyat al-Assad, the 1070 housing project and al-Hamdaniyah), 12 Nov - 21 Dec 2016: the army's,
  **region-level**: on Friday 11 Nov 2016 a Syrian military source said the army had completely
  retaken al-Minian and advanced in Dahiyat al-Assad, and had taken the 1070 Apartment Blocks
  'this week' (Reuters); on Saturday 12 Nov SOHR said the army had 'recaptured all the areas of
  western Aleppo taken by rebels' in the offensive of late October, 'all of the south-western
  Dahiyat al-Assad district' among them; from 22 Dec `as_city_ring` answers. Before 12 Nov a
  gap: the rebels' offensive of 28 Oct reached Dahiyat al-Assad next to it, and no allowed
  dated report found names the academy's holder in Aug - Oct 2016;
- the Army Missiles Brigade (the gazetteer's alternative name: "Air defense battalion"), 2.7 km
  south-south-west of the Ramouseh colleges on the Khan Tuman road: Jaish al-Fath's (with Jabhat
  Fateh al-Sham) from its capture in early June 2016 (Watan FM) to 22 Oct, the army having
  'failed several times' to take it since the siege-breaking battles began (Syrian Press
  Center); the army's from Sunday 23 Oct 2016 (Syrian Mirror, Watan FM, the Syrian Press
  Center, opposition sites reporting the loss; Al-Alam, party claim: 'a few kilometers South of
  the military academies') to 27 Oct; 28 Oct - 11 Nov a gap (the rebels' offensive on the
  south-western edge); the army's again from SOHR's 12 Nov (all the offensive's gains retaken)
  to 8 Feb 2018, continuity inferred (the fill answers from 9 Feb 2018);
- al-Qarassi village: Jaish al-Fath's (with the Nusra Front) 1 Aug - 22 Oct 2016, continuity
  inferred from its capture on 9 Jun 2016 (Enab Baladi) and the army's attempts repelled on 11
  and 16 Jun (Syrian Mirror) to the eve of the army's push on the Khan Tuman road (23 Oct); from
  23 Oct a gap (al-Masdar's retaking of 9 - 10 Jun 2016 is a pro-government claim contradicted by
  the later opposition reports; no report dates the village's holder after the push).

Sources in ``sources/2016-2019-asouth.toml`` and ``sources/2016-2019-south_aleppo.toml``.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["ASOUTH"]

BLOCK = "fill_aleppo_south"
#: Saturday 12 Nov 2016: SOHR, all the rebels' gains west of the city retaken.
ALL_RETAKEN = day("2016-11-12")
#: The eve of the city's fall (22 Dec 2016), from which `as_city_ring` answers.
EVE_OF_CITY = day("2016-12-21")

SOHR_12_NOV = "sohr-2016-11-12-dahiyat-al-assad-retaken"
#: Sunday 23 Oct 2016: the army took the air defence battalion on the Khan Tuman road.
BATTALION_TAKEN = day("2016-10-23")
EVE_OF_BATTALION = day("2016-10-22")
#: Friday 28 Oct 2016: the rebels' offensive on the city's south-western edge began.
EVE_OF_OFFENSIVE = day("2016-10-27")
#: The fill answers the block from 9 Feb 2018 (SOHR: the pocket south of Aleppo cleared).
FILL_ANSWERS_FROM_EVE = day("2018-02-08")
MIRROR = "syrian_mirror-2016-10-23-air-defence-battalion"
WATAN = "watan_fm-2016-10-23-air-defence-battalion"
SPC = "syrian_press_center-2016-10-23-missiles-battalion"
ENAB_QARASSI = "enab_baladi-2016-06-09-qarassi"
MIRROR_11_JUN = "syrian_mirror-2016-06-11-qarassi-attack-repelled"
MIRROR_16_JUN = "syrian_mirror-2016-06-16-maarata-qarassi-fronts"
REUTERS_11_NOV = "reuters-2016-11-11-minian-1070-retaken"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


ASOUTH: tuple[RegionRule, ...] = (
    RegionRule("asouth_assad_academy_nov_2016", BLOCK, _ids("al_assad_military_academy"), (
        Span(ALL_RETAKEN, EVE_OF_CITY, "government", (SOHR_12_NOV, REUTERS_11_NOV),
             "region-level: the academy's gazetteer point lies between Dahiyat al-Assad, the "
             "1070 housing project and al-Hamdaniyah on the city's south-western edge; on Friday "
             "11 Nov 2016 a Syrian military source said the army had 'completely retaken the "
             "al-Minian district' and advanced in Dahiyet al-Assad, and that the army had "
             "captured the 1070 Apartment Blocks 'this week' (Reuters; the day read from the "
             "text); on Saturday 12 Nov SOHR said the army had 'recaptured all the areas of "
             "western Aleppo taken by rebels' in their late-October offensive, 'all of the "
             "south-western Dahiyat al-Assad district' among them; no rebel return reported "
             "before the city fell on 22 Dec (continuity inferred; not sourced per day); before "
             "12 Nov a gap (the rebels' offensive of 28 Oct reached Dahiyat al-Assad beside it "
             "and no dated report found names the academy's holder in Aug - Oct)"),
    )),
    RegionRule("asouth_air_defence_battalion_oct_2016", BLOCK, _ids("army_missiles_brigade"), (
        Span(START, EVE_OF_BATTALION, "opposition", (WATAN, SPC, MIRROR),
             "Jaish al-Fath (with Fateh al-Sham, Watan FM; Syrian Mirror) had taken 'the air "
             "defence battalion' near Khan Tuman 'at the beginning of last June' (Watan FM, 23 "
             "Oct 2016; translated); the army 'had failed several times to take the air defence "
             "battalion since the start of the battles to break the siege' (31 Jul; Syrian Press "
             "Center, 23 Oct); the gazetteer point, 'Army Missiles Brigade' also named 'Air "
             "defense battalion', lies on the Khan Tuman road a few km south of the Ramouseh "
             "colleges, as the reports place it; continuity inferred from June to 22 Oct; which "
             "faction held it is not sourced, so opposition shared with HTS",
             status="shared", with_parties=("hts",)),
        Span(BATTALION_TAKEN, EVE_OF_OFFENSIVE, "government", (MIRROR, WATAN, SPC),
             "taken by the army and the Iraqi al-Nujaba on Sunday 23 Oct 2016 after fighting from "
             "Saturday night to dawn: 'the air defence battalion adjoining the town of Khan Tuman' "
             "(Syrian Mirror; Watan FM: 'the first line of defence of Khan Tuman', overlooking "
             "al-Rashidin 4 and 5; the Syrian Press Center names 'the missiles battalion "
             "adjoining the town of Khan Tuman'; translated), opposition sites reporting the loss; "
             "Jaish al-Fath counter-attacked round it "
             "(Syrian Mirror); no rebel return reported to the eve of the rebels' offensive of 28 "
             "Oct (continuity inferred); 28 Oct - 11 Nov a gap (that offensive struck the city's "
             "south-western edge and the day-by-day holder of this site is not reported)"),
        Span(ALL_RETAKEN, FILL_ANSWERS_FROM_EVE, "government", (SOHR_12_NOV, MIRROR),
             "region-level: on Saturday 12 Nov 2016 SOHR said the army had 'recaptured all the "
             "areas of western Aleppo taken by rebels' in their late-October offensive; the army "
             "had taken this battalion on 23 Oct (Syrian Mirror) and no report read has the "
             "rebels retake it; no rebel return to the battalion "
             "reported before the fill's answer from 9 Feb 2018 (continuity inferred; not "
             "sourced per day)"),
    )),
    RegionRule("asouth_qarassi_jun_2016", BLOCK, _ids("al_qarassi"), (
        Span(START, EVE_OF_BATTALION, "opposition", (ENAB_QARASSI, MIRROR_11_JUN, MIRROR_16_JUN,
             MIRROR),
             "the Jaish al-Fath factions took 'the village of al-Qarassi' at noon on Thursday 9 "
             "Jun 2016, 'an operations centre for the Assad forces' (Enab Baladi, its "
             "correspondent); on Saturday 11 Jun they repelled the regime forces' attempt 'to "
             "retake the village of al-Qarassi and its surroundings', the Nusra Front showing its "
             "men in the village and its hills, and on Thursday 16 Jun another on 'the fronts of "
             "the villages of Ma'arata and al-Qarassi' (Syrian Mirror; translated); al-Masdar "
             "(pro-government) had the army's allies retake it late on 9 Jun: contradicted by "
             "these later reports, not used; the army's next push on the Khan Tuman road came on "
             "23 Oct (Syrian Mirror); continuity inferred from 16 Jun to 22 Oct (not sourced per "
             "day); which faction held it is not sourced, so opposition shared with HTS; from 23 "
             "Oct a gap (no report dates the village's holder after that push)",
             status="shared", with_parties=("hts",)),
    )),
)  # fmt: skip
