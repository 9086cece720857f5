"""Region rules for east Hama and the front north of Hama city (issue #15, h-hama3).

Same shape as `tools/regions_2016_2018_rules_ghab.py` (imported through
`tools/regions_2016_2018_rules.py`, whose ``RULES`` ends with ``HAMA3``): each `RegionRule`
answers stored gaps of the fill block ``[fill_hama_region]`` for the places it matches, on
registry sources (``sources/2016-2019-hama3.toml`` and earlier files). A later rule only answers
the days the earlier ones leave, so these add days the h-hama and h-hama2 rules do not reach;
days no source reaches stay gaps. The Ghab, the north Hama front and south-east Idlib are in
`tools/regions_2016_2018_rules_hama3_front.py`. Build-time tooling, not shipped.
"""

from __future__ import annotations

import math

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_ghab import POCKET_ADVANCE_EVE
from tools.regions_2016_2018_rules_hama import (
    EAST_LON,
    HAMA_REGION,
    HAMA_REGION_END,
    SORAN_LAT,
)

KM_PER_DEG_LAT, KM_PER_DEG_LON = 111.0, 91.0  # at 35 N, as the other Hama rules

# --- the desert south-east of the Salamiyah - Ithriya road (IS's side to Jul 2017) -----------
#: The road as straight lines between the towns the sources put on it (gazetteer points of
#: localities.csv: salamiyah, sheikh_hilal, ithriya); its real course bends (Sabburah, 'close to'
#: the road, lies 5.8 km north-west of these lines), hence a margin wider than the bend.
ROAD = ((35.012, 37.053), (35.249, 37.503), (35.365, 37.788))
#: Qulayb al-Thawr, 4.5 km south-east of the lines, was IS's until Sep 2017 (SOHR); the
#: government villages there (Aqareb al-Safi, al-Mab'oujeh) lie within 0.5 km of them.
ROAD_MARGIN_KM = 6.0
#: South of this the Salamiyah-east front of 2016 (Tal Atout, Mafkar al-Sharqi: NDF posts IS
#: attacked in Jul 2016, Syria Direct) makes the line between the sides unclear: left gaps.
ROAD_SOUTH_LAT = 35.05
#: East of Ithriya's meridian the army pushed along the Ithriya - Raqqa road from June 2017
#: (Resafa, 19 Jun 2017, SOHR): the desert there is left out.
ROAD_EAST_LON = 37.788
ROAD_SOURCES = (
    "reuters-2017-05-18-salamiya-road-strip",
    "syria_direct-2017-08-22-uqayrbat-pocket",
    "sohr-2017-east-hama-is-eight-villages",
    "syria_direct-2016-02-24-aleppo-supply-route",
)
ROAD_NOTE = (
    "region-level: on 18 May 2017 'The army and its allies hold the road and a small strip of "
    "land on each side, with Islamic State controlling the eastern area' (Reuters, of the "
    "Salamiya - Ithriya road, 'the only road still useable between Aleppo and other parts of Syria "
    "held by the government'); this place lies south-east of the road, more than 6 km from the "
    "straight lines through Salamiyah, Sheikh Hilal and Ithriya (Qulayb al-Thawr, IS-held to Sep "
    "2017 by SOHR, lies 4.5 km from them), north of 35.05 N and west of Ithriya; IS held the "
    "Uqayrbat pocket there 'since 2014' until the army's advances of August 2017 (Syria Direct, 22 "
    "Aug 2017): counted 1 Aug 2016 - 31 Jul 2017 (continuity inferred between the reports; not "
    "sourced per village)"
)


def _xy(lat: float, lon: float) -> tuple[float, float]:
    return lon * KM_PER_DEG_LON, lat * KM_PER_DEG_LAT


def road_side(place: Locality) -> tuple[float, bool]:
    """Distance (km) from the road's lines and whether the place lies south-east of them (on
    the right of the road run from Salamiyah towards Ithriya)."""
    px, py = _xy(place.lat, place.lon)
    best: tuple[float, bool] = (math.inf, False)
    for (lat_a, lon_a), (lat_b, lon_b) in zip(ROAD, ROAD[1:], strict=False):
        ax, ay = _xy(lat_a, lon_a)
        bx, by = _xy(lat_b, lon_b)
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        dist = math.hypot(px - ax - t * dx, py - ay - t * dy)
        if dist < best[0]:
            best = (dist, dx * (py - ay) - dy * (px - ax) < 0)
    return best


def _south_east_of_road(place: Locality, _where: Where) -> bool:
    dist, south_east = road_side(place)
    return (
        south_east
        and dist > ROAD_MARGIN_KM
        and place.lat >= ROAD_SOUTH_LAT
        and place.lon < ROAD_EAST_LON
    )


# --- round Rahjan, north-west of the road (the rebels' side to Oct 2017) ---------------------
RAHJAN = (35.405, 37.429)  # localities.csv: rahjan
RAHJAN_RING_KM = 7.0
#: Farther north-west of the road's lines than al-Saan (7.7 km), a government town IS attacked
#: 'on Ithriyah-Salamiyah road' in 2017 (SOHR): the strip the army held may reach that far.
RAHJAN_ROAD_MIN_KM = 12.0
RAHJAN_RING_NOTE = (
    "region-level: on 18 May 2017 the army held the Salamiya - Ithriya road 'and a small strip of "
    "land on each side', with 'Syrian rebel groups, including hardline Islamists, the western "
    "area' (Reuters); this place lies north-west of the road, more than 12 km from the straight "
    "lines through Salamiyah, Sheikh Hilal and Ithriya, and within 7 km of Rahjan, HTS-held from "
    "Nusra's capture in Jul 2014 (AP; SOHR) until IS crossed 'to Rahjan area' on 9 Oct 2017 "
    "(Qasioun): counted 1 Aug 2016 - 8 Oct 2017 (continuity inferred; the factions per village "
    "are not sourced; Nusra was Jabhat Fateh al-Sham to Jan 2017)"
)
RAHJAN_RING_SOURCES = (
    "reuters-2017-05-18-salamiya-road-strip",
    "ap-2014-07-11-rahjan",
    "sohr-2017-rahjan-30-villages",
    "qasioun-2017-11-01-is-east-hama",
)


def _km(place: Locality, point: tuple[float, float]) -> float:
    return math.hypot(
        (place.lat - point[0]) * KM_PER_DEG_LAT, (place.lon - point[1]) * KM_PER_DEG_LON
    )


def _round_rahjan(place: Locality, _where: Where) -> bool:
    dist, south_east = road_side(place)
    return not south_east and dist > RAHJAN_ROAD_MIN_KM and _km(place, RAHJAN) <= RAHJAN_RING_KM


# --- Sabburah on 18 May 2017 -------------------------------------------------------------------
SABBURAH_NOTE = (
    "IS attacked the villages north of al-Salamiya 'close to the only road still useable' to "
    "Aleppo on Thursday 18 May 2017: SOHR said 'clashes were still going on' in Aqarib al-Safi "
    "and 'in the village of al-Saboura' (Reuters); that day only (the days before and after are "
    "not sourced here)"
)

# --- the rebels' southern Hama villages of the Rastan pocket ---------------------------------
ZARA_HARBNAFSAH = frozenset({"az_zarah", "harbinafsah"})
ZARA_SOURCES = (
    "newarab-2016-07-09-zara-harbnafsa",
    "syria_report-2021-09-15-al-zara",
    "xinhua-2018-05-16-homs-rebels-evacuated",
)
ZARA_NOTE = (
    "held by 'al-Nusra Front and allied rebel groups' when the regime's offensive on them began "
    "on Saturday 9 Jul 2016 (The New Arab); the opposition's Northern Homs Countryside Operations "
    "Room took al-Zara in 2016 and 'Regime forces recaptured Al-Zara in 2018' (The Syria Report), "
    "when the rebels of the northern Homs / southern Hama pocket were evacuated (to 15 May 2018, "
    "Xinhua): held by them in between (continuity inferred; no recapture reported before); "
    "Nusra was Jabhat Fateh al-Sham from Jul 2016 and part of HTS from Jan 2017; the factions' "
    "shares per year are not sourced; Arabic outlets outside the registry disagree on al-Zara's "
    "holder after the offensive of Jul 2016 (PERIOD, h-hama): not stored"
)

# --- north of Soran, inside the villages regained with it on 27 Oct 2016 ----------------------
#: Maan (35.358 N, 36.795 E), Khafsin, Shatha and al-Tulaysiyah (35.367 N, 36.914 E), regained
#: with Soran (SOHR), bound the band to the north; Maan's and al-Tulaysiyah's meridians to the
#: west and east.
REGAINED_NORTH, REGAINED_WEST, REGAINED_EAST = 35.36, 36.79, 36.92
REGAINED_BAND_NOTE = (
    "region-level: by retaking Soran on Thursday 27 Oct 2016 the army regained the places SOHR "
    "names as lost since 29 Aug (Soran, Western Jninah, al-Tulaysiyah, Shatha, Qahera, Tal "
    "Aswad, Khafsin, Karah, Maan, Kabani, Kawkab, Alexandria, Maardis; a military source and SOHR "
    "via Reuters); this place lies inside their ring, north of Soran and south of Maan, Khafsin, "
    "Shatha and al-Tulaysiyah, between Maan's and al-Tulaysiyah's meridians (Kubbariyah is "
    "Reuters' 'al-Kabariya', fought over with Maan on 9-10 Oct 2016); {}"
)
MAAN_KABARIYA = frozenset({"maan", "kubbariyah"})
MAAN_KABARIYA_SOURCES = ("reuters-2016-10-10-maan-kabariya", "sohr-2016-10-soran-villages")
MAAN_KABARIYA_TAKEN_NOTE = (
    "the government side 'had taken over the villages, Maan and al-Kabariya, on Sunday' 9 Oct "
    "2016 (SOHR via Reuters), in its gains in the northern Hama countryside"
)
MAAN_KABARIYA_LOST_NOTE = (
    "rebels 'pushed government forces and their allies out' of Maan and al-Kabariya on Monday 10 "
    "Oct 2016 (SOHR and a Jaish al-Nasr spokesman via Reuters); held by them until the army "
    "regained Soran with Maan on Thursday 27 Oct (SOHR; continuity inferred between the reports)"
)


def _regained_band(place: Locality, _where: Where) -> bool:
    return (
        SORAN_LAT < place.lat <= REGAINED_NORTH
        and REGAINED_WEST <= place.lon <= REGAINED_EAST
        and place.lon < EAST_LON
    )


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


HAMA3: tuple[RegionRule, ...] = (
    RegionRule("hama3_is_south_east_of_road", HAMA_REGION, _south_east_of_road, (
        Span(START, POCKET_ADVANCE_EVE, "isis", ROAD_SOURCES, ROAD_NOTE),
    )),
    RegionRule("hama3_round_rahjan", HAMA_REGION, _round_rahjan, (
        Span(START, day("2017-10-08"), "hts", RAHJAN_RING_SOURCES, RAHJAN_RING_NOTE,
             status="shared", with_parties=("opposition",)),
    )),
    RegionRule("hama3_zara_harbnafsah", HAMA_REGION, _ids(ZARA_HARBNAFSAH), (
        Span(START, HAMA_REGION_END, "hts", ZARA_SOURCES, ZARA_NOTE, status="shared",
             with_parties=("opposition",)),
    )),
    RegionRule("hama3_maan_kabariya_oct_2016", HAMA_REGION, _ids(MAAN_KABARIYA), (
        Span(day("2016-10-09"), day("2016-10-09"), "government", MAAN_KABARIYA_SOURCES,
             MAAN_KABARIYA_TAKEN_NOTE),
        Span(day("2016-10-10"), day("2016-10-26"), "opposition", MAAN_KABARIYA_SOURCES,
             MAAN_KABARIYA_LOST_NOTE),
    )),
    RegionRule("hama3_north_of_soran_regained", HAMA_REGION, _regained_band, (
        Span(day("2016-10-27"), day("2017-03-20"), "government",
             ("sohr-2016-10-soran-villages", "reuters-2016-soran-retaken",
              "al_arabiya-2016-09-01-soran"),
             REGAINED_BAND_NOTE.format(
                 "government-held until the rebels' offensive of 21 Mar 2017 (SOHR; continuity "
                 "inferred)")),
        Span(day("2017-04-16"), HAMA_REGION_END, "government",
             ("sohr-2017-04-soran-last-town", "rferl-2017-04-16-soran"),
             REGAINED_BAND_NOTE.format(
                 "with Soran, retaken on 16 Apr 2017 (a rebel to Reuters via RFE/RL), SOHR counted "
                 "every place lost since 21 Mar restored 'except for Tal Bzam and Sakher village'; "
                 "no later loss reported before the Homs/Hama pocket's end (continuity inferred)")),
    )),
    RegionRule("hama3_sabburah_18_may_2017", HAMA_REGION, _ids(frozenset({"sabburah"})), (
        Span(day("2017-05-18"), day("2017-05-18"), "government",
             ("reuters-2017-05-18-salamiya-road-strip", "ap-2017-05-18-salamiyeh-villages"),
             SABBURAH_NOTE, status="contested", with_parties=("isis",)),
    )),
)  # fmt: skip
