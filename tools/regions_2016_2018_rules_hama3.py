"""Region rules for east Hama and south-east Idlib (issue #15, h-hama3).

Same shape as `tools/regions_2016_2018_rules_ghab.py` (imported through
`tools/regions_2016_2018_rules.py`, whose ``RULES`` ends with ``HAMA3``): each `RegionRule`
answers stored gaps of a fill block (``[fill_hama_region]``,
``[fill_idlib_southeast_before_2017]`` and its ``_undated`` days) for the places it matches, on
registry sources (``sources/2016-2019-hama3.toml`` and earlier files). A later rule only answers
the days the earlier ones leave, so these add days the h-hama and h-hama2 rules do not reach;
days no source reaches stay gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

import math

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_ghab import POCKET_ADVANCE_EVE, SNAPSHOT_EVE
from tools.regions_2016_2018_rules_hama import HAMA_REGION

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
    "2017 by SOHR, lies 4.5 km from them) and north of 35.05 N; IS held the "
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
    return south_east and dist > ROAD_MARGIN_KM and place.lat >= ROAD_SOUTH_LAT


# --- Sabburah on 18 May 2017 -------------------------------------------------------------------
SABBURAH_NOTE = (
    "IS attacked the villages north of al-Salamiya 'close to the only road still useable' to "
    "Aleppo on Thursday 18 May 2017: SOHR said 'clashes were still going on' in Aqarib al-Safi "
    "and 'in the village of al-Saboura' (Reuters); that day only (the days before and after are "
    "not sourced here)"
)

# --- south-east Idlib: the villages AP names for Monday 8 Jan 2018 -----------------------------
#: 'Freija, Jahman, Dawoudiyeh and Jub al-Qasab' (Syrian Central Military Media via AP; SOHR
#: confirmed): the gazetteer's Furayji and al-Juhman (the other two are not tracked).
TAKEN_8_JAN_2018 = frozenset({"furayji", "al_juhman"})
TAKEN_8_JAN_SOURCES = (
    "ap-2018-01-08-fourteen-villages-idlib",
    "reuters-2018-01-07-sinjar-95-villages",
    "sohr-2018-02-is-hama-aleppo-pocket-ended",
    "newarab-2018-01-abu-duhur-airbase",
)
TAKEN_8_JAN_NOTE = (
    "named among the 14 villages government forces captured on Monday 8 Jan 2018 on the way to "
    "the Abu al-Duhur air base ('Freija, Jahman, Dawoudiyeh and Jub al-Qasab': the government's "
    "Syrian Central Military Media via AP; SOHR 'also confirmed the capture'); the army took the "
    "air base on 20-21 Jan and by 9 Feb 2018 the whole besieged circle east of it (SOHR); no later "
    "loss reported, drawn government by the autumn-2019 snapshot (continuity inferred)"
)


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


HAMA3: tuple[RegionRule, ...] = (
    RegionRule("hama3_is_south_east_of_road", HAMA_REGION, _south_east_of_road, (
        Span(START, POCKET_ADVANCE_EVE, "isis", ROAD_SOURCES, ROAD_NOTE),
    )),
    RegionRule("hama3_sabburah_18_may_2017", HAMA_REGION, _ids(frozenset({"sabburah"})), (
        Span(day("2017-05-18"), day("2017-05-18"), "government",
             ("reuters-2017-05-18-salamiya-road-strip", "ap-2017-05-18-salamiyeh-villages"),
             SABBURAH_NOTE, status="contested", with_parties=("isis",)),
    )),
    *(
        RegionRule(f"hama3_{block}_taken_8_jan_2018", block, _ids(TAKEN_8_JAN_2018), (
            Span(day("2018-01-08"), SNAPSHOT_EVE, "government", TAKEN_8_JAN_SOURCES,
                 TAKEN_8_JAN_NOTE),
        ))
        for block in ("fill_idlib_southeast_before_2017",
                      "fill_idlib_southeast_before_2017_undated")
    ),
)  # fmt: skip
