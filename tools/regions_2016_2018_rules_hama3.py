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
from datetime import timedelta

from geodata.control.model import Locality
from tools.fill_2016_2019_rules_idlib import HTS_DEAL, HTS_LARGELY, HTS_NLF_DEAL
from tools.regions_2016_2018_model import START, RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_ghab import POCKET_ADVANCE_EVE, SNAPSHOT_EVE
from tools.regions_2016_2018_rules_hama import (
    EAST_LON,
    HAMA_REGION,
    HAMA_REGION_END,
    NORTH_HAMA,
    NORTH_HAMA_END,
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

# --- north Hama: villages dated one by one -----------------------------------------------------
NORTH_HAMA_UNDATED = f"{NORTH_HAMA}_undated"
ZALAQIYAT_SOURCES = ("daily_star_lb-2017-05-08-zalaqiyat", "mee-2017-05-07-zalakiyat")
ZALAQIYAT_CONTESTED_NOTE = (
    "an activist: 'the government pushed opposition fighters out of the village of Zalaqiyat' on "
    "Saturday 6 May 2017 (AP via The Daily Star); SOHR dates the army's seizure to Sunday 7 May "
    "(MEE): that day fought over; before it the rebels held the village from their offensive of "
    "March 2017 ('the first point seized', AP; the day is not stored)"
)
ZALAQIYAT_NOTE = (
    "the army seized al-Zalakiyat north of Hama on Sunday 7 May 2017 (SOHR via MEE; an activist "
    "via AP: Saturday), 'an army push into areas the rebels gained last year'; no later loss "
    "reported before the army's 2019 offensive (continuity inferred to 29 Apr 2019)"
)
#: AP's 'al-Bani' (SOHR's 'al-Janabrah "al-Bana"'), 4 km south-west of Kafr Nabudah.
AL_BANI_NOTE = (
    "captured from the insurgents on Monday 6 May 2019 with the nearby Othman hill (Syrian Central "
    "Military Media via AP; SOHR 'confirmed that al-Bani was taken'); counted to 21 May: the "
    "rebels' counter-attack re-entered Kafr Nabudah, 4 km away, on the night to 22 May (AP), and "
    "the later days are not sourced here"
)
AL_BANI_SOURCES = ("ap-2019-05-06-al-bani", "ap-2019-05-22-kafr-nabuda-recaptured")
ZAKAH_ARBAEEN = frozenset({"az_zakah", "al_arbaeen"})
ZAKAH_ARBAEEN_SOURCES = ("afp-2019-08-08-zakah-arbaeen", "ap-2019-08-23-northern-hama")
ZAKAH_ARBAEEN_NOTE = (
    "captured by regime forces on Wednesday 7 Aug 2019 from 'jihadists and allied rebels' (SANA "
    "and SOHR via AFP); by 23 Aug the army held 'the entire northern Hama countryside' (SOHR via "
    "AP); drawn government by the autumn-2019 snapshot (continuity inferred)"
)
ARBAEEN_REBEL_NOTE = (
    "among the places the regime bombarded on 7-9 Sep 2018 with Kafr Zita, al-Lataminah, al-Sayyad "
    "and Latmeen, the armed groups retaliating on 'regime positions' in al-Suqaylabiyah, Salhab, "
    "Mhardeh and Safsafiya (STJ): on the rebels' side; taken from 'jihadists and allied rebels' "
    "on 7 Aug 2019 (AFP): held by them between the two reports (continuity inferred); the north "
    "Hama pocket was held by Jaysh al-Izza and other factions with HTS (as Latamneh; factions per "
    "village not sourced)"
)
ARBAEEN_REBEL_SOURCES = ("stj-2018-09-mahardah-attacks", "afp-2019-08-08-zakah-arbaeen",
                         "ap-2019-08-23-northern-hama")  # fmt: skip

TAL_MELEH_NOTE = (
    "the jihadi groups and the factions took Tal Meleh and al-Jabin on 6 Jun 2019, and the regime "
    "forces failed 'in tens of attempts to regain control' in the following weeks (SOHR, about 20 "
    "days later); disagreement kept: al-Masdar has the army briefly retaking Tal Malah and losing "
    "it again on 15 Jun (the batch's row from that day); HTS-led with Jaysh al-Izza and the NLF "
    "(Enab Baladi, 20 Jun)"
)
TAL_MELEH_SOURCES = ("sohr-2019-06-tal-meleh-jabin", "enab_baladi-2019-06-20-tal-meleh-jbain",
                     "almasdar-2019-06-15-tal-malah-lost")  # fmt: skip

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


# --- south-east Idlib east of 37.0 E: inside the circle besieged on 20 Jan 2018 -----------------
#: South of Abu al-Duhur town (35.737 N), whose capture no accepted source dates; the IS-held
#: villages that surrendered to the rebels on 13 Feb 2018 lay round al-Khowein (36.84 E).
CIRCLE_NORTH = 35.70
CIRCLE_SOURCES = (
    "sohr-2018-01-20-abu-duhur-besieged-pocket",
    "sohr-2018-02-is-hama-aleppo-pocket-ended",
    "syria_direct-2018-02-13-is-surrender-idlib",
)
CIRCLE_NOTE = (
    "region-level: on 20 Jan 2018 the army besieged 'the pocket ... that includes 100 villages "
    "under the control of Hayaat Tahrir Al-Sham and ISIS' (SOHR) and by Friday 9 Feb it held 'the "
    "entire besieged circle' (SOHR: counted from 9 Feb); the IS fighters who left it surrendered "
    "to rebel factions at al-Khowein, 17 km further west, on 13 Feb ('the former pocket under "
    "Syrian government and partial opposition control', Syria Direct); this place lies east of "
    "37.0 E and south of Abu al-Duhur in Idlib governorate, as the Hama villages east of 37.0 E "
    "answered from the same day (h-hama); no later loss reported, drawn government by the "
    "autumn-2019 snapshot (continuity inferred)"
)


def _inside_circle(place: Locality, _where: Where) -> bool:
    return place.lon >= EAST_LON and place.lat < CIRCLE_NORTH


# --- the Ghab east of the Orontes out of the regime's control in 2018 ------------------------
GHAB_OUT_OF_CONTROL = frozenset({"al_huwash", "ankawi", "qarqur"})
GHAB_2018_SOURCES = ("stj-2018-05-16-goreen-camp", "smart-2018-12-27-ankawi-masasinah")
GHAB_2018_NOTE = (
    "named by STJ among 'the towns and villages that are out of its control' which the army's "
    "Jurin camp shelled 'semi-daily' (the attack of Wednesday 16 May 2018: counted from that "
    "day); Jurin's guns shelled al-Ankawi again on 27 Dec 2018 (SMART); no change of hands "
    "reported before the army's offensive of 30 Apr 2019 (continuity inferred); {}"
)
MASASINAH_NOTE = (
    "'the Syrian government forces stationed in the Zaleen checkpoint and village of "
    "al-Masasinah mortared the edges of the city of al-Lataminah' on Thursday 27 Dec 2018 "
    "(activists via SMART, an opposition agency): counted from that day to the army's offensive "
    "of 30 Apr 2019 (continuity inferred; the village lies 2.5 km from rebel-held Lahaya, so the "
    "offensive's days are not answered)"
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
    *(
        RegionRule(f"hama3_{block}_taken_8_jan_2018", block, _ids(TAKEN_8_JAN_2018), (
            Span(day("2018-01-08"), SNAPSHOT_EVE, "government", TAKEN_8_JAN_SOURCES,
                 TAKEN_8_JAN_NOTE),
        ))
        for block in ("fill_idlib_southeast_before_2017",
                      "fill_idlib_southeast_before_2017_undated")
    ),
    *(
        RegionRule(f"hama3_{block}_inside_the_circle", block, _inside_circle, (
            Span(day("2018-02-09"), SNAPSHOT_EVE, "government", CIRCLE_SOURCES, CIRCLE_NOTE),
        ))
        for block in ("fill_idlib_southeast_before_2017",
                      "fill_idlib_southeast_before_2017_undated")
    ),
    RegionRule("hama3_ghab_out_of_control_2018", NORTH_HAMA, _ids(GHAB_OUT_OF_CONTROL), (
        Span(day("2018-05-16"), HTS_NLF_DEAL - timedelta(days=1), "hts",
             (*GHAB_2018_SOURCES, HTS_LARGELY),
             GHAB_2018_NOTE.format(
                 "HTS dominant, other factions (the NLF from 2018) keeping areas (region model, "
                 "as g2016_idlib_pocket)"),
             status="shared", with_parties=("opposition",)),
        Span(HTS_NLF_DEAL, NORTH_HAMA_END, "hts", (*GHAB_2018_SOURCES, HTS_DEAL),
             GHAB_2018_NOTE.format(
                 "the HTS-NLF deal of 10 Jan 2019 put the Salvation Government in charge of all "
                 "rebel areas (The New Arab; region model)")),
    )),
    RegionRule("hama3_masasinah_dec_2018", NORTH_HAMA, _ids(frozenset({"masasneh"})), (
        Span(day("2018-12-27"), NORTH_HAMA_END, "government",
             ("smart-2018-12-27-ankawi-masasinah",), MASASINAH_NOTE),
    )),
    RegionRule("hama3_zalaqiyat_may_2017", NORTH_HAMA, _ids(frozenset({"zilaqiat"})), (
        Span(day("2017-05-06"), day("2017-05-06"), "government", ZALAQIYAT_SOURCES,
             ZALAQIYAT_CONTESTED_NOTE, status="contested", with_parties=("opposition",)),
        Span(day("2017-05-07"), NORTH_HAMA_END, "government", ZALAQIYAT_SOURCES,
             ZALAQIYAT_NOTE),
    )),
    RegionRule("hama3_al_bani_may_2019", NORTH_HAMA_UNDATED, _ids(frozenset({"al_banah"})), (
        Span(day("2019-05-06"), day("2019-05-21"), "government", AL_BANI_SOURCES, AL_BANI_NOTE),
    )),
    *(
        RegionRule(f"hama3_{block}_tal_meleh_6_jun_2019", block,
                   _ids(frozenset({"tall_mallah", "jubbayn_mhardeh"})), (
            Span(day("2019-06-06"), day("2019-06-14"), "hts", TAL_MELEH_SOURCES, TAL_MELEH_NOTE,
                 status="shared", with_parties=("opposition",)),
        ))
        for block in ("daily 2019", NORTH_HAMA_UNDATED)
    ),
    *(
        RegionRule(f"hama3_{block}_zakah_arbaeen", block, _ids(ZAKAH_ARBAEEN), (
            Span(day("2019-08-07"), SNAPSHOT_EVE, "government", ZAKAH_ARBAEEN_SOURCES,
                 ZAKAH_ARBAEEN_NOTE),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    *(
        RegionRule(f"hama3_{block}_arbaeen_rebel_side", block, _ids(frozenset({"al_arbaeen"})), (
            Span(day("2018-09-07"), day("2019-08-06"), "opposition", ARBAEEN_REBEL_SOURCES,
                 ARBAEEN_REBEL_NOTE, status="shared", with_parties=("hts",)),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
)  # fmt: skip
