"""Region rules for the Ghab, Mhardeh and al-Suqaylabiyah, 2016 - 2019 (issue #15, h-ghab).

Same shape as `tools/regions_2016_2018_rules_ghab.py`; `tools/regions_2016_2018_rules.py` adds
``GHAB2`` at the end of ``RULES``, so these answer only the days earlier rules leave: the Ghab's
mountain side behind Jurin and Jubb al-Ahmar, the villages between the government's towns on the
al-Suqaylabiyah - Mhardeh road, the regime's bases north of it, the rebel-held Ghab villages east
of the Orontes and the rebels' triangle round al-Arbaeen. Sources in
``sources/2016-2019-ghab2.toml`` and earlier files. The plain's villages between Jurin's slopes
and the rebel-held chain (al-Rasif, Tamana, Qabr Fidda ...) stay gaps: no dated report found
places them. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.fill_2016_2019_rules_idlib import rebel_alliance
from tools.regions_2016_2018_model import START, RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_ghab import NORTH_HAMA_UNDATED, SNAPSHOT_EVE
from tools.regions_2016_2018_rules_hama import NORTH_HAMA

# --- the mountain side of the Ghab behind Jurin -----------------------------------------------
#: Jurin (localities.csv: 35.619 N, 36.268 E), the army's Ghab base the rebels 'were never able
#: to capture' in 2015 (Syria Direct). The places answered lie south of it and no further east
#: than 0.6 km past its meridian: on the slopes of the coastal mountains, behind the base, not
#: on the plain the rebels crossed (their nearest villages, al-Huwash and al-Ankawi, lie at
#: 36.38 E).
JURIN_LAT, JURIN_LON = 35.619, 36.268
BEHIND_JURIN_LON = JURIN_LON + 0.007
#: Southern end: Ayn al-Kurum (35.353 N); south of it Nahr al-Barid and al-Asharinah lie on the
#: plain's floor by Tell Salhab and are not covered by the statements cited.
BEHIND_JURIN_SOUTH = 35.35
GHAB_DISTRICT = "Al-Suqaylabiyah"
BEHIND_JURIN_SOURCES = (
    "afp-2015-07-ghab-alawite-villages",
    "reuters-2015-08-18-ghab-counterattack",
    "enab_baladi-2015-08-26-ghab-toward-jurin",
    "syria_direct-2015-10-08-jourin",
    "al_hal-2016-02-24-qalaat-al-madiq",
    "stj-2018-05-16-goreen-camp",
)
BEHIND_JURIN_NOTE = (
    "region-level: on the Ghab's mountain side south of Jurin and no further east than its "
    "meridian; the rebels' 2015 offensive stopped 'at the eastern edge of mountains that form "
    "the traditional heartland of Assad's Alawite people' (Reuters, 18 Aug 2015), 'the army of "
    "Assad retreated to Alawite villages' (AFP), and in Aug 2015 'dozens of Assad's checkpoints "
    "and military positions' held the plain's western area (Enab Baladi); the rebels 'were "
    "never able to capture Jourin' (Syria Direct, Oct 2015), the factions shelled 'the regime "
    "forces' gatherings' in Jurin and Shathah in Feb 2016 (Al-Hal), and Jurin's camp in 2018 "
    "shelled the villages 'out of its control' to the east, al-Hawwash and al-Ankawi (STJ); no "
    "capture of a village here reported since, drawn government by the autumn-2019 snapshot "
    "(continuity 2015 - 2019 inferred; not sourced per village)"
)


def _behind_jurin(place: Locality, _where: Where) -> bool:
    return (
        place.admin2 == GHAB_DISTRICT
        and BEHIND_JURIN_SOUTH <= place.lat <= JURIN_LAT
        and place.lon <= BEHIND_JURIN_LON
    )


# --- between Jurin and the Jubb al-Ahmar hills ------------------------------------------------
#: Jubb al-Ahmar (localities.csv: 35.675 N, 36.235 E), the hills the army took in Nov 2015. The
#: places answered lie between Jurin's and its latitude, no further east than Jurin's meridian
#: (the rebel-held Ghab villages lie east, Kabani and the Fawru farm north of it).
JUBB_AL_AHMAR_LAT = 35.676
JUBB_AL_AHMAR_SOURCES = (
    "asharq_al_awsat-2015-11-28-jubb-al-ahmar",
    "syria_direct-2015-10-08-jourin",
    "ap-2016-07-kinsabba-regained",
    "stj-2018-05-16-goreen-camp",
)
JUBB_AL_AHMAR_NOTE = (
    "region-level: between Jurin and the Jubb al-Ahmar hills, no further east than Jurin's "
    "meridian: the army took 'the Jubb al-Ahmar hills area in Jebel al-Akrad' in Nov 2015 (an "
    "FSA commander to Asharq Al-Awsat), the rebels 'were never able to capture Jourin' (Syria "
    "Direct, Oct 2015), the army regained Kinsabba and 'its hills' to the north in Jul 2016 after "
    "the rebels' summer offensive (SOHR via AP), and Jurin's camp shelled the villages 'out of "
    "its control' to the east in 2018 (STJ); no capture here reported since, drawn government by "
    "the autumn-2019 snapshot (continuity inferred; not sourced per village)"
)


def _jurin_to_jubb_al_ahmar(place: Locality, _where: Where) -> bool:
    return (
        place.admin2 == GHAB_DISTRICT
        and JURIN_LAT < place.lat <= JUBB_AL_AHMAR_LAT
        and place.lon <= BEHIND_JURIN_LON
    )


# --- the strip between the government's towns on the Suqaylabiyah - Mhardeh road -------------
#: South of al-Suqaylabiyah (35.363 N) and north of Mhardeh and Tell Sikkin (35.24 N); west of
#: 36.52 E (the rebels' approaches to Mhardeh in 2016 - 2017, Halfaya, Zalaqiyat and al-Masasinah,
#: lie east of 36.60 E) and east of the coastal mountains' foot (36.33 E). South of Tall
#: Mallah's latitude (35.30 N) it reaches 36.545 E, to al-Jedideh and Khunayzir between Tremseh
#: and Mhardeh (Hasraya, at 36.53 E further north, lay on the rebels' side).
ROAD_STRIP_LAT = (35.24, 35.36)
ROAD_STRIP_LON = (36.33, 36.52)
ROAD_STRIP_SOUTH = (35.30, 36.545)
ROAD_STRIP_DISTRICTS = frozenset({"Mhardeh", GHAB_DISTRICT})
ROAD_STRIP_SOURCES = (
    "aranews-2015-06-suqaylabiyah-salhab-trenches",
    "aranews-2015-12-sqelbiya-maharda",
    "enab_baladi-2016-04-24-qalaat-al-madiq",
    "newarab-2016-09-01-rebels-close-hama",
    "stj-2018-09-mahardah-attacks",
    "enab_baladi-2019-07-10-hamamiyat",
    "sohr-2019-06-tal-meleh-jabin",
)
ROAD_STRIP_NOTE = (
    "region-level: between the government's towns on the al-Suqaylabiyah - Mhardeh road, south "
    "of al-Suqaylabiyah and west of 36.52 E (36.545 E south of Tall Mallah): al-Suqaylabiyah "
    "and Mhardeh 'regime-held' (ARA News, Dec 2015; the rebels of Sep 2016 only on Mhardeh's "
    "outskirts, The New Arab), the regime digging trenches at Salhab (ARA News, Jun 2015), "
    "Mhardeh, al-Suqaylabiyah and Salhab 'subject to the regime's control' (Enab Baladi, Apr "
    "2016), 'regime positions' in al-Seqelbiya, Salhab, Mahardah and Safsafiya (STJ, Sep 2018), "
    "al-Hamamiyat not taken by the opposition before 10 Jul 2019 (Enab Baladi); the factions "
    "first cut the al-Suqaylabiyah - Muhradah highway by taking Tal Meleh and al-Jabin on 6 Jun "
    "2019, villages the regime had 'lost' (SOHR); no rebel capture in the strip reported before "
    "(continuity inferred; not sourced per village){}"
)
#: Tal Meleh and al-Jabin, the villages 'lost' to the factions on 6 Jun 2019 (SOHR).
LOST_6_JUN_2019 = frozenset({"tall_mallah", "jubbayn_mhardeh"})


#: West of it the strip's villages lie nearer the government's al-Suqaylabiyah and Tell Salhab
#: (government through 2019: rules_hama3, rules_ghab) than Tal Meleh (36.52 E), the factions'
#: nearest gain of 2019.
ROAD_STRIP_WEST_2019_LON = 36.45
ROAD_STRIP_2019_SOURCES = (
    "sohr-2019-06-tal-meleh-jabin",
    "enab_baladi-2019-07-10-hamamiyat",
    "stj-2018-09-mahardah-attacks",
    "ap-2019-08-23-northern-hama",
)
ROAD_STRIP_2019_NOTE = (
    "region-level: through the 2019 offensive the factions' gains on the al-Suqaylabiyah - "
    "Mhardeh front were Tal Meleh and al-Jabin on 6 Jun (SOHR: they 'cut the highway', not the "
    "towns) and al-Hamamiyat for a day on 10 Jul (Enab Baladi), all east of 36.51 E; this place "
    "lies west of 36.45 E, nearer al-Suqaylabiyah and Salhab, 'regime positions' in Sep 2018 "
    "(STJ) and government through 2019; 'the entire northern Hama countryside' the army's by "
    "23 Aug (SOHR via AP); no loss here reported (continuity inferred; not sourced per village)"
)


def _road_strip(place: Locality, _where: Where) -> bool:
    return (
        place.admin2 in ROAD_STRIP_DISTRICTS
        and ROAD_STRIP_LAT[0] <= place.lat <= ROAD_STRIP_LAT[1]
        and ROAD_STRIP_LON[0] <= place.lon
        and (
            place.lon < ROAD_STRIP_LON[1]
            or (place.lat < ROAD_STRIP_SOUTH[0] and place.lon < ROAD_STRIP_SOUTH[1])
        )
    )


# --- the regime's bases north of the road: Buraydij, al-Mughayr and Kurnaz between them -------
REGIME_BASES = frozenset({"buraydij", "al_mughayr"})
#: Kurnaz lies inside the triangle of Buraydij, al-Mughayr and al-Hamamiyat (2 - 3 km from each).
BETWEEN_BASES = frozenset({"kurnaz"})
BASES_SOURCES = (
    "al_hal-2016-02-24-qalaat-al-madiq",
    "enab_baladi-2016-04-24-qalaat-al-madiq",
    "enab_baladi-2019-07-10-hamamiyat",
)
BASES_NOTE = (
    "{}: 'the regime forces stationed in ... the village of Buraydij' shelled Qalaat al-Madiq on "
    "24 Feb 2016 (Al-Hal), the factions replied on 'the regime's checkpoints in Buraydij and "
    "al-Mughayr' on 23-24 Apr 2016 (Enab Baladi), and on 10 Jul 2019 Enab Baladi named 'three "
    "Assad regime military bases – the al-Muhgayr, al-Hamamiyat, and Bureidij bases' by 'the "
    "Karnaz area', 'a defensive barrier for the Mahrada area'; continuity between the reports "
    "inferred (no loss reported), drawn government by the autumn-2019 snapshot"
)

# --- the rebel-held Ghab villages east of the river, from 2015 to the 2019 offensive -----------
#: al-Huwash, al-Amaqiyah, al-Huwayjah and al-Ankawi: the chain between Qulaydin and al-Sharia.
REBEL_GHAB = frozenset({"al_huwash", "al_amaqiyah", "huwayjah", "ankawi"})
REBEL_GHAB_SOURCES = (
    "almodon-2015-08-19-ghab",
    "enab_baladi-2015-08-26-ghab-toward-jurin",
    "stj-2018-05-16-goreen-camp",
)
REBEL_GHAB_WHERE = (
    "region-level, on the rebel side of the Ghab east of the Orontes: the regime barrel-bombed "
    "'al-Amqiyah and al-Huwayjah' with Qastun, Qulaydin and al-Qahira on 19 Aug 2015 (Al-Modon) "
    "and Jaish al-Fatah retook the plain's villages to al-Mansoura a week later (Enab Baladi); "
    "the army's Jurin camp shelled 'the towns and villages that are out of its control', "
    "al-Hawwash and al-Ankawi, in May 2018 (STJ); continuity between the reports inferred (no "
    "change of hands reported) to the eve of the 2019 offensive"
)


NAQUS_SOURCES = ("enab_baladi-2016-04-18-khirbat-al-naqus", "stj-2018-05-16-goreen-camp")
NAQUS_WHERE = (
    "Khirbat al-Naqus, retaken by the Turkistan Islamic Party and Jund al-Aqsa on Monday 18 Apr "
    "2016, the Assad forces withdrawing 'again toward the Jurin camp' (Enab Baladi); the camp "
    "shelled the villages 'out of its control' east of it in May 2018 (STJ); continuity inferred "
    "to the eve of the 2019 offensive (SOHR's 2020 - 2023 reports still have the army shelling "
    "it inside the de-escalation zone; the autumn-2019 snapshot draws it government: PERIOD)"
)


# --- inside the rebels' triangle of al-Arbaeen, Kafr Zita and al-Lataminah (Sep 2018 - Aug 2019)
#: al-Mantar lies inside it, al-Zakah 0.3 km outside its western edge (between al-Arbaeen and
#: al-Lataminah); all three towns were rebel-held from Sep 2018 (STJ) to 6 Aug 2019 (AFP).
REBEL_TRIANGLE = frozenset({"al_mantar", "az_zakah"})
REBEL_TRIANGLE_SOURCES = (
    "stj-2018-09-mahardah-attacks",
    "afp-2019-08-08-zakah-arbaeen",
    "ap-2019-08-23-northern-hama",
)
REBEL_TRIANGLE_NOTE = (
    "region-level: in the rebels' triangle of al-Arbaeen, Kafr Zita and al-Lataminah (al-Zakah "
    "0.3 km outside its western edge), all three bombarded by the regime on 7-9 Sep 2018 while "
    "the armed groups shelled 'regime positions' in al-Suqaylabiyah, Salhab, Mhardeh and "
    "Safsafiya (STJ); the army took 'the town of Al-Zakat and Al-Arbaeen village' from "
    "'jihadists and allied rebels' on Wednesday 7 Aug 2019 (SANA and SOHR via AFP): held by "
    "them between the reports (continuity inferred); the pocket was held by Jaysh al-Izza and "
    "other factions with HTS (as al-Lataminah; factions per village not sourced)"
)


# --- south of Mhardeh through the 2019 offensive ---------------------------------------------
#: South of Mhardeh (35.244 N): the 2019 fighting on this front lay north of the town.
SOUTH_OF_MHARDEH_LAT = 35.245
SOUTH_OF_MHARDEH_SOURCES = (
    "aljazeera-2017-04-23-halfaya",
    "stj-2018-09-mahardah-attacks",
    "sohr-2019-06-tal-meleh-jabin",
    "ap-2019-08-23-northern-hama",
)
SOUTH_OF_MHARDEH_NOTE = (
    "region-level: south of Mhardeh, between it and Hama city, in the land the army regained with "
    "Halfaya and 'nearby villages' by 23 Apr 2017 (Reuters via Al Jazeera) and held behind "
    "'the Syrian regime-held Mahardah city' in Sep 2018 (STJ); the 2019 offensive was fought "
    "north of the town: the factions' gains on this front were Tal Meleh and al-Jabin (6 Jun, "
    "SOHR, cutting 'the highway of al-Suqaylabiyah - Muhradah', not the towns) and al-Hamamiyat "
    "for a day, and 'the entire northern Hama countryside' was the army's by 23 Aug (SOHR via "
    "AP); no loss here reported (continuity inferred; not sourced per village)"
)


# --- al-Ankawi from the 2019 offensive to the fall of Qalaat al-Madiq --------------------------
ANKAWI_2019_SOURCES = (
    "stj-2018-05-16-goreen-camp",
    "smart-2018-12-27-ankawi-masasinah",
    "anha-2019-05-09-ghab-villages",
    "newarab-2019-01-10-hts-takes-idlib",
)
ANKAWI_2019_NOTE = (
    "on the rebel side, under the HTS-NLF deal of 10 Jan 2019 (as before 30 Apr: STJ 2018, "
    "SMART 27 Dec 2018, the army's Jurin guns shelling it), when on 9 May 2019, the day the "
    "army entered Qalaat al-Madiq and six other Ghab villages after HTS withdrew, Russian "
    "aircraft raided 'the village of Anakawi' (SOHR via ANHA): counted to that day (continuity "
    "inferred); later days stay gaps: the autumn-2019 snapshot draws it government, SOHR's "
    "2020 - 2023 reports have the army shelling it as a de-escalation-zone village (PERIOD)"
)


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


GHAB2: tuple[RegionRule, ...] = (
    *(
        RegionRule(f"ghab2_{block}_behind_jurin", block, _behind_jurin, (
            Span(START, SNAPSHOT_EVE, "government", BEHIND_JURIN_SOURCES, BEHIND_JURIN_NOTE),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    *(
        RegionRule(f"ghab2_{block}_jurin_to_jubb_al_ahmar", block, _jurin_to_jubb_al_ahmar, (
            Span(START, SNAPSHOT_EVE, "government", JUBB_AL_AHMAR_SOURCES, JUBB_AL_AHMAR_NOTE),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    *(
        RegionRule(f"ghab2_{block}_regime_bases", block, _ids(REGIME_BASES), (
            Span(START, SNAPSHOT_EVE, "government", BASES_SOURCES,
                 BASES_NOTE.format("a regime base north of the al-Suqaylabiyah - Mhardeh road")),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    *(
        RegionRule(f"ghab2_{block}_between_the_bases", block, _ids(BETWEEN_BASES), (
            Span(START, SNAPSHOT_EVE, "government", BASES_SOURCES,
                 BASES_NOTE.format("region-level: inside the triangle of the regime's bases of "
                                   "Buraydij, al-Mughayr and al-Hamamiyat, 2 - 3 km from each")),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    RegionRule("ghab2_rebel_ghab", NORTH_HAMA, _ids(REBEL_GHAB),
               rebel_alliance(day("2019-04-29"), REBEL_GHAB_SOURCES, REBEL_GHAB_WHERE)),
    RegionRule("ghab2_khirbat_al_naqus", NORTH_HAMA, _ids(frozenset({"khirbat_al_naqus"})),
               rebel_alliance(day("2019-04-29"), NAQUS_SOURCES, NAQUS_WHERE)),
    *(
        RegionRule(f"ghab2_{block}_rebel_triangle", block, _ids(REBEL_TRIANGLE), (
            Span(day("2018-09-07"), day("2019-08-06"), "opposition", REBEL_TRIANGLE_SOURCES,
                 REBEL_TRIANGLE_NOTE, status="shared", with_parties=("hts",)),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    RegionRule("ghab2_south_of_mhardeh_2019", NORTH_HAMA_UNDATED,
               lambda p, _w: p.admin2 == "Mhardeh" and p.lat < SOUTH_OF_MHARDEH_LAT, (
        Span(day("2019-04-30"), day("2019-08-22"), "government", SOUTH_OF_MHARDEH_SOURCES,
             SOUTH_OF_MHARDEH_NOTE),
    )),
    RegionRule("ghab2_ankawi_may_2019", NORTH_HAMA_UNDATED, _ids(frozenset({"ankawi"})), (
        Span(day("2019-04-30"), day("2019-05-09"), "hts", ANKAWI_2019_SOURCES, ANKAWI_2019_NOTE),
    )),
    *(
        RegionRule(f"ghab2_{block}_road_strip_lost_6_jun_2019", block, _ids(LOST_6_JUN_2019), (
            Span(day("2019-04-30"), day("2019-06-05"), "government", ROAD_STRIP_SOURCES,
                 ROAD_STRIP_NOTE.format(
                     "; through the offensive to 5 Jun 2019: SOHR has the regime failing to "
                     "recover the two villages it 'lost' on 6 Jun")),
        ))
        for block in ("daily 2019", NORTH_HAMA_UNDATED)
    ),
    RegionRule("ghab2_road_strip_west_2019", NORTH_HAMA_UNDATED,
               lambda p, w: _road_strip(p, w) and p.lon <= ROAD_STRIP_WEST_2019_LON, (
        Span(day("2019-04-30"), SNAPSHOT_EVE, "government", ROAD_STRIP_2019_SOURCES,
             ROAD_STRIP_2019_NOTE),
    )),
    RegionRule("ghab2_road_strip", NORTH_HAMA, _road_strip, (
        Span(START, day("2019-04-29"), "government", ROAD_STRIP_SOURCES,
             ROAD_STRIP_NOTE.format("; the 2019 offensive's days are answered only west of "
                                    "36.45 E and for Tal Meleh and al-Jabin to 5 Jun")),
    )),
)  # fmt: skip
