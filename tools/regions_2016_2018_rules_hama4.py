"""Region rules for east and central Hama, 2016-2018 (issue #15, h-hama4).

Same shape as `tools/regions_2016_2018_rules_hama3.py` (imported through
`tools/regions_2016_2018_rules.py`, whose ``RULES`` ends with ``HAMA4``): each `RegionRule`
answers stored gaps of the fill block ``[fill_hama_region]`` for the places it matches, on
registry sources (``sources/2016-2019-hama4.toml`` and earlier files). A later rule only answers
the days the earlier ones leave, so these add days the h-hama, h-hama2 and h-hama3 rules do not
reach; days no source reaches stay gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_ghab import POCKET_RING_KM, UQAYRIBAT
from tools.regions_2016_2018_rules_hama import HAMA_REGION
from tools.regions_2016_2018_rules_hama3 import ROAD_MARGIN_KM, _km, road_side

#: The eve of IS's crossing into HTS's areas of north-east Hama (dawn of 9 Oct 2017, SOHR).
IS_CROSSING_EVE = day("2017-10-08")
#: The eve of the army's entry into IS's last Hama pocket (the whole circle by 9 Feb 2018, SOHR).
POCKET_END_EVE = day("2018-02-08")

# --- Rahjan in October 2017 --------------------------------------------------------------------
RAHJAN_OCT_SOURCES = ("sohr-2017-10-rahjan-is-attack", "sohr-2017-10-10-is-crosses-to-hts-areas",
                      "qasioun-2017-11-01-is-east-hama")  # fmt: skip
RAHJAN_IS_NOTE = (
    "IS crossed from the Uqayribat pocket 'to Rahjan area' on 9 Oct 2017 (Qasioun) and took "
    "villages from HTS from the dawn of that day (SOHR, 10 Oct); HTS 'regaining control of "
    "al-Rahjan village' on 14 Oct, capturing IS members in it (SOHR), so IS held it before; the "
    "day IS entered the village itself is not stated: contested (IS with HTS) 9 - 13 Oct"
)
RAHJAN_HTS_NOTE = (
    "HTS retook the village on 14 Oct 2017 (SOHR, published that day) and held it when IS attacked "
    "it again four days later (SOHR)"
)
RAHJAN_ATTACK_NOTE = (
    "IS's 'violent attack' on al-Rahjan 'in an attempt to regain control of it', 4 days after "
    "being expelled by HTS (SOHR: 18 Oct 2017 by the report's title); the days after are not "
    "sourced here (the army's offensive on Rahjan in Dec 2017 - Jan 2018 is dated only by outlets "
    "not accepted as evidence)"
)

# --- Sarha and Abu al-Ghar, HTS's side of north-east Hama before IS crossed -----------------------
#: Named by SOHR among the villages the army took from the HTS-led factions in its north-east
#: Hama offensive (from 22 Oct 2017); 12-14 km north-west of the road's lines, 7-8 km from Rahjan.
HTS_NAMED = frozenset({"sarha", "abu_al_ghar"})
HTS_NAMED_SOURCES = (
    "sohr-2017-10-10-is-crosses-to-hts-areas",
    "sohr-2017-10-29-sarha-is-attack",
    "sohr-2017-rahjan-30-villages",
    "reuters-2017-05-18-salamiya-road-strip",
)
HTS_NAMED_NOTE = (
    "region-level: IS crossed 'the controlled areas of the regime forces which separate between "
    "Wadi Al-Azeeb and the controlled areas of Hayyaat Tahrir al-Sham' at dawn on 9 Oct 2017 "
    "(SOHR) and 'advanced towards the controlled areas of Tahrir Al-Sham', taking about 15 "
    "villages of the north-eastern Hama countryside (SOHR, Oct 2017); SOHR names Sarha and Abul "
    "Ghar among the villages the army then took from the HTS-led factions, 'hundreds' of metres "
    "from HTS-held al-Rahjan; on 18 May 2017 'Syrian rebel groups, including hardline Islamists' "
    "held 'the western area' of the Salamiya - Ithriya road (Reuters): counted 1 Aug 2016 - 8 Oct "
    "2017 (continuity inferred; the factions per village are not sourced; Nusra was Jabhat Fateh "
    "al-Sham to Jan 2017)"
)
SARHA_ATTACK_NOTE = (
    "IS attacked 'the area' after the midnight of Saturday - Sunday 28 - 29 Oct 2017, the clashes "
    "'concentrated near Sarha and other points in its vicinity', and HTS 'managed to repel the "
    "attack at this dawn' (SOHR): that day only; the days before and after are not sourced here"
)

# --- al-Saan, on the government's road to Aleppo ----------------------------------
SAAN_SOURCES = (
    "sohr-2017-is-attack-ithriya-salamiyah-road",
    "syria_direct-2016-02-24-aleppo-supply-route",
    "reuters-2017-05-18-salamiya-road-strip",
    "syria_direct-2017-08-22-uqayrbat-pocket",
)
SAAN_NOTE = (
    "on the Salamiyah - Ithriya road, 'the regime's only supply route into Aleppo city' (Syria "
    "Direct, Feb 2016): 'The army and its allies hold the road and a small strip of land on each "
    "side' (Reuters, 18 May 2017); in 2017 IS attacked 'regime-controlled areas' near 'Al-Sa'an "
    "and Al-Sheikh Helal areas on Ithriyah-Salamiyah road', taking back 'positions they had lost "
    "earlier', while HTS attacked al-Sa'an's area (SOHR); in Aug 2017 the road was 'the last "
    "remaining highway from Damascus to Aleppo under regime control' (Syria Direct); held by the "
    "government throughout (continuity inferred: attacks, no loss of the town reported) until "
    "IS's last Hama pocket ended (Feb 2018)"
)

# --- the Uqayribat enclave when the army closed it (18 Aug 2017) ---------------------------------
ENCLAVE_SOURCES = (
    "reuters-2017-08-18-uqayribat-encircled",
    "syria_direct-2017-08-22-uqayrbat-pocket",
    "reuters-2017-09-02-uqayribat",
)
ENCLAVE_NOTE = (
    "region-level: on Friday 18 Aug 2017 the army and its allies closed a pincer from Ithriya and "
    "Jebel Shaer, 'enclosing a large Daesh enclave around the village of Uqairabat' (SANA, "
    "Hezbollah's media unit and SOHR via Reuters); IS had held the Uqayrbat pocket 'since 2014' "
    "(Syria Direct, 22 Aug 2017) and kept Uqayribat itself until 1 Sep (Reuters); this place lies "
    "within 10.5 km of Uqayribat and more than 6 km south-east of the road's lines, inside that "
    "enclave: counted 1 - 18 Aug 2017 (the army's advances of early August at the pocket's edges "
    "are not dated per village); from 19 Aug the day each village fell is not stored"
)


# --- Qamhana, the pro-government town 4 km north of Hama the rebels never took ------------------
QAMHANA_SOURCES = ("ea_worldview-2017-03-24-qomhana", "sohr-2017-03-qamhana-regime-held")
QAMHANA_NOTE = (
    "Qamhana, 'last occupied by rebels in 2014': the regime 'held on to' it on the night of "
    "Thursday 23 Mar 2017 as the rebels' offensive came within 5 km of Hama (EA WorldView, a "
    "single C-graded report), the town 'controlled by the regime forces' as the factions attacked "
    "towards it (SOHR, Mar 2017); no rebel entry reported in either offensive; {}"
)


# --- Qasr Ibn Wardan and Rahjan, 'controlled by Tahrir Al-Sham' in the week of 22 - 28 Oct 2017 -
STRIKES_SOURCES = ("sohr-2017-10-north-east-hama-air-strikes",)
STRIKES_NOTE = (
    "named by SOHR among the villages 'controlled by Tahrir Al-Sham' that more than 350 air "
    "strikes hit between 22 and 28 Oct 2017, preparing the army's ground offensive; {}"
)


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


def _in_enclave(place: Locality, _where: Where) -> bool:
    if place.id == "uqayribat":  # the town's own block (fill_uqayribat) is answered to 31 Aug
        return False
    dist, south_east = road_side(place)
    return _km(place, UQAYRIBAT) <= POCKET_RING_KM and south_east and dist > ROAD_MARGIN_KM


HAMA4: tuple[RegionRule, ...] = (
    RegionRule("hama4_rahjan_oct_2017", HAMA_REGION, _ids(frozenset({"rahjan"})), (
        Span(day("2017-10-09"), day("2017-10-13"), "isis", RAHJAN_OCT_SOURCES, RAHJAN_IS_NOTE,
             status="contested", with_parties=("hts",)),
        Span(day("2017-10-14"), day("2017-10-17"), "hts", RAHJAN_OCT_SOURCES, RAHJAN_HTS_NOTE),
        Span(day("2017-10-18"), day("2017-10-18"), "hts", RAHJAN_OCT_SOURCES, RAHJAN_ATTACK_NOTE,
             status="contested", with_parties=("isis",)),
    )),
    RegionRule("hama4_hts_side_before_is", HAMA_REGION, _ids(HTS_NAMED), (
        Span(START, IS_CROSSING_EVE, "hts", HTS_NAMED_SOURCES, HTS_NAMED_NOTE, status="shared",
             with_parties=("opposition",)),
    )),
    RegionRule("hama4_sarha_29_oct_2017", HAMA_REGION, _ids(frozenset({"sarha"})), (
        Span(day("2017-10-29"), day("2017-10-29"), "hts", ("sohr-2017-10-29-sarha-is-attack",),
             SARHA_ATTACK_NOTE, status="contested", with_parties=("isis",)),
    )),
    RegionRule("hama4_saan_road_town", HAMA_REGION, _ids(frozenset({"al_saan"})), (
        Span(START, POCKET_END_EVE, "government", SAAN_SOURCES, SAAN_NOTE),
    )),
    RegionRule("hama4_uqayribat_enclave_aug_2017", HAMA_REGION, _in_enclave, (
        Span(day("2017-08-01"), day("2017-08-18"), "isis", ENCLAVE_SOURCES, ENCLAVE_NOTE),
    )),
    RegionRule("hama4_hts_held_22_oct_2017", HAMA_REGION, _ids(frozenset({"qasr_ibn_wardan"})), (
        Span(day("2017-10-22"), day("2017-10-28"), "hts", STRIKES_SOURCES, STRIKES_NOTE.format(
             "the days before and after are not sourced here (IS took the village from HTS on a "
             "later, undated day: SMART via The Syrian Observer, not used)")),
    )),
    RegionRule("hama4_rahjan_22_oct_2017", HAMA_REGION, _ids(frozenset({"rahjan"})), (
        Span(day("2017-10-22"), day("2017-10-23"), "hts", STRIKES_SOURCES, STRIKES_NOTE.format(
             "the ground fighting began on 24 Oct (SOHR)")),
        Span(day("2017-10-24"), day("2017-10-28"), "hts", STRIKES_SOURCES, STRIKES_NOTE.format(
             "the clashes 'which started on the 24th of October 2017' were 'mainly concentrated "
             "around Al-Rahjan village' (SOHR): contested by the army"),
             status="contested", with_parties=("government",)),
    )),
    RegionRule("hama4_qamhana_held", HAMA_REGION, _ids(frozenset({"qomhane"})), (
        Span(day("2016-08-29"), day("2016-10-26"), "government", QAMHANA_SOURCES,
             QAMHANA_NOTE.format("the rebels' offensive of 29 Aug 2016 reached Soran and Maardis "
                                 "north of it (continuity inferred from 'last occupied ... in "
                                 "2014')")),
        Span(day("2017-03-21"), day("2017-04-15"), "government", QAMHANA_SOURCES,
             QAMHANA_NOTE.format("the offensive of 21 Mar 2017 was reversed by 16 Apr (SOHR): "
                                 "contested while the rebels attacked it"),
             status="contested", with_parties=("hts", "opposition")),
    )),
)  # fmt: skip
