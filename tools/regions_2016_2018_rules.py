"""Region rules replacing stored gaps of 2016-2018 with sourced answers (issue #15, h-gaps).

Each `RegionRule` names the 2016-2024 group block it works on (the ``[g2016_...]`` tag of the
``unknown`` rows), a test on the place (its coordinates, kind, id) and `Span`s: who held those
places from a day to a day, on which registry sources (``sources/2016-2018-regions.toml`` and the
batch files). Region-level statements applied to villages say so in their note. The first rule
that matches a place wins. `tools/regions_2016_2018.py` writes the rows. Build-time tooling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from geodata.control.model import Locality
from tools.fill_2016_2019_rules import Span


@dataclass(frozen=True)
class Where:
    """Where a place lies: north of the Euphrates; distance to Syria's border (degrees)."""

    north: bool
    border: float


@dataclass(frozen=True)
class RegionRule:
    id: str
    block: str  # the group tag of the unknown rows it replaces
    matches: Callable[[Locality, Where], bool]
    spans: tuple[Span, ...]


def _d(text: str) -> date:
    return date.fromisoformat(text)


START = date(2016, 8, 1)

# --- al-Hasakah district ---------------------------------------------------------------------
HASAKAH_CORE_SOURCES = (
    "kurdwatch-2015-07-23-hasakah-surroundings",
    "afp-2016-08-23-hasakeh-truce",
    "sohr-2017-10-17-markada",
    "qasioun-2018-06-05-dashisha",
    "afp-2018-12-12-east-of-euphrates",
)
#: South of this latitude lay the Islamic State's last pockets in the governorate (Markada,
#: taken Nov 2017; Dashisha, June 2018); al-Shaddadi itself is at 36.05 N.
HASAKAH_CORE_LAT = 36.15
#: Not region-level: the government's square in the city and a military-looking site.
HASAKAH_EXCLUDED = {"hasakah_security_box", "communications_facility_al_hasakah"}


def _hasakah_core(place: Locality, _where: Where) -> bool:
    return place.lat >= HASAKAH_CORE_LAT and place.id not in HASAKAH_EXCLUDED


HASAKAH = (
    RegionRule("hasakah_markada", "g2016_hasakah_district",
               lambda p, _w: p.id in {"markada", "markada_silos"}, (
        Span(_d("2017-10-17"), _d("2017-11-08"), "isis", ("sohr-2017-10-17-markada",),
             "SOHR (17 Oct 2017): Markada 'the last biggest stronghold' of IS in al-Hasakah "
             "province, the SDF fighting west of it; held by IS until the SDF's announcement "
             "(before 17 Oct: no dated source stored, the row stays a gap)"),
        Span(_d("2017-11-09"), _d("2018-12-11"), "sdf",
             ("kurdistan24-2017-11-markada", "afp-2018-12-12-east-of-euphrates"),
             "the SDF said 'on Thursday' (9 Nov 2017) it had liberated 'the town of Markada and "
             "24 villages around it' (SDF statement via Kurdistan 24; party-side claim); inside "
             "the YPG/SDF-held territory in Dec 2018 (AFP)"),
    )),
    RegionRule("hasakah_shaddadi", "g2016_hasakah_district", lambda p, _w: p.id == "al_shaddadi", (
        Span(START, _d("2018-12-11"), "sdf", ("kurdistan24-2016-markadah-besieged",
             "sohr-2017-10-17-markada", "afp-2018-12-12-east-of-euphrates"),
             "the SDF liberated 'the IS stronghold of al-Shadadi' two months before besieging "
             "Markada in 2016 (Kurdistan 24); the SDF's front lay south of it, at Markada, in Oct "
             "2017 (SOHR); inside the YPG/SDF-held territory in Dec 2018 (AFP); no IS return "
             "reported (continuity inferred)"),
    )),
    RegionRule("hasakah_core", "g2016_hasakah_district", _hasakah_core, (
        Span(START, _d("2018-12-11"), "sdf", HASAKAH_CORE_SOURCES,
             "region-level statements applied to villages: the YPG controlled 'all of the "
             "territories surrounding the city of al-Hasakah' from July 2015 (KurdWatch), the "
             "province was 'mostly Kurdish-controlled' at the Aug 2016 clashes (AFP), Markada "
             "was IS's 'last biggest stronghold' in the province in Oct 2017 (SOHR) and in June "
             "2018 IS was left only round Dashisha in the south (SDF statement via Qasioun); this "
             "place lies north of 36.15 N, north of those pockets; no IS or government advance "
             "into it reported (continuity inferred)"),
    )),
    RegionRule("hasakah_south", "g2016_hasakah_district",
               lambda p, w: p.lat < HASAKAH_CORE_LAT and w.border > 0.15, (
        Span(_d("2018-06-17"), _d("2018-12-11"), "sdf",
             ("ap-2018-06-17-dashishah", "rudaw-2018-07-02-dashisha",
              "afp-2018-12-12-east-of-euphrates"),
             "region-level: the SDF said it captured Dashishah, IS's last stronghold in the "
             "south of the governorate, on Sunday 17 Jun 2018 (AP; SOHR: 22 villages and farms "
             "in two weeks); on 2 Jul 'seven kilometers' of IS-held land was left on the Iraqi "
             "border (SDF commander via Rudaw): places within ~15 km of the border are left "
             "out; before 17 Jun the south stays a gap (Markada fell in Nov 2017, the "
             "villages' days are not stored)"),
    )),
)  # fmt: skip

# --- Raqqa governorate (the SDF's 2016-17 campaign) ------------------------------------------
RAQQA_CITY = (35.9528, 39.0079)  # the city's gazetteer point (localities.csv: raqqa)
TABQA = (35.83758, 38.54828)  # localities.csv: tabqa


def _km_from(place: Locality, point: tuple[float, float]) -> float:
    return (((place.lat - point[0]) * 111) ** 2 + ((place.lon - point[1]) * 90) ** 2) ** 0.5


AIN_ISSA_LAT = 36.385  # Ain Issa (localities.csv: ain_issa)
IS_2013 = ("newarab-2017-03-22-tabqa-airlift", "ap-2017-03-22-tabqa-airlift")


def _near_raqqa(place: Locality, _where: Where) -> bool:
    """Neighbourhoods and installations within ~4 km of the city's point (the city's dates)."""
    return (
        place.kind in {"neighbourhood", "installation"}
        and abs(place.lat - RAQQA_CITY[0]) < 0.04
        and abs(place.lon - RAQQA_CITY[1]) < 0.05
    )


RAQQA = (
    RegionRule("raqqa_city_parts", "g2016_raqqa_sdf", _near_raqqa, (
        Span(START, _d("2017-06-05"), "isis", ("ap-2017-06-06-raqqa-battle",),
             "part of Raqqa city, IS's de facto capital (AP), as the city's own row"),
        Span(_d("2017-06-06"), _d("2017-10-16"), "isis", ("ap-2017-06-06-raqqa-battle",
             "channel4-2017-10-17-raqqa"),
             "part of Raqqa city: the SDF's assault on the city from 6 Jun 2017 to its declared "
             "full control on 17 Oct (AP; Channel 4), as the city's own row; the day each "
             "district fell is not stored", status="contested", with_parties=("sdf",)),
    )),
    RegionRule("raqqa_tabqa_dam", "g2016_raqqa_sdf", lambda p, _w: p.id == "tabqa_dam", (
        Span(START, _d("2017-05-09"), "isis", (*IS_2013, "bbc-2017-05-10-tabqa"),
             "the dam 'under Islamic State group control since 2013' (The New Arab, 22 Mar "
             "2017) until the SDF took it with Tabqa (BBC, 10 May 2017)"),
        Span(_d("2017-05-10"), _d("2017-10-16"), "sdf", ("bbc-2017-05-10-tabqa",
             "afp-2017-05-10-tabqa"),
             "the SDF 'completely liberated' Tabqa and the dam on 10 May 2017 (BBC; AFP, SOHR "
             "confirmed)"),
    )),
    RegionRule("raqqa_ain_issa_north", "g2016_raqqa_sdf",
               lambda p, _w: p.lat >= AIN_ISSA_LAT, (
        Span(START, _d("2017-10-16"), "sdf", ("rferl-2015-06-ain-issa",
             "reuters-2016-11-06-raqqa-campaign", "anf-2016-11-06-sdf-raqqa-statement"),
             "region-level: north of Ain Issa, which the YPG took with 'its surrounding "
             "villages' in June 2015 after Tal Abyad (RFE/RL citing AFP and Reuters) and from "
             "which the SDF launched its Raqqa campaign on 6 Nov 2016 (Reuters); no IS advance "
             "north of the town reported in between (continuity inferred)"),
    )),
    RegionRule("raqqa_city_south_bank", "g2016_raqqa_sdf",
               lambda p, w: not w.north and _km_from(p, RAQQA_CITY) <= 8, (
        Span(START, _d("2017-03-21"), "isis", IS_2013,
             "region-level: south of the Euphrates, where the SDF first crossed on 22 Mar 2017 "
             "(AP; The New Arab)"),
        Span(_d("2017-06-29"), _d("2017-10-16"), "sdf", ("reuters-2017-06-29-raqqa-encircled",
             "afp-2017-06-29-raqqa-south-bank"),
             "region-level: the SDF took Kasrat Afnan and Kasab on the south bank on 29 Jun "
             "2017 and 'completely encircled' Raqqa (SOHR via AFP and Reuters); this place lies "
             "within 8 km of the city, south of the river, inside that ring"),
    )),
    RegionRule("raqqa_tabqa_ring", "g2016_raqqa_sdf",
               lambda p, w: not w.north and _km_from(p, TABQA) <= 8, (
        Span(START, _d("2017-03-21"), "isis", IS_2013,
             "region-level: the Tabqa area, 'under Islamic State group control since 2013' (The "
             "New Arab), until the SDF's airlift of 22 Mar 2017 (AP)"),
        Span(_d("2017-05-10"), _d("2017-10-16"), "sdf", ("bbc-2017-05-10-tabqa",
             "afp-2017-05-10-tabqa"),
             "region-level: the SDF 'completely liberated' Tabqa and its dam on 10 May 2017 "
             "(BBC; AFP, SOHR confirmed); this place lies within 8 km of the town"),
    )),
    RegionRule("raqqa_north_surrounded", "g2016_raqqa_sdf",
               lambda p, w: w.north and p.lat < 36.30
               and (38.3 <= p.lon < 38.55 or 39.2 < p.lon <= 39.3), (
        Span(_d("2017-06-06"), _d("2017-10-16"), "sdf", ("ap-2017-06-06-raqqa-battle",
             "channel4-2017-10-17-raqqa"),
             "region-level: north of the Euphrates, west and east of Raqqa: when the SDF began "
             "its assault on the city on 6 Jun 2017 it had the city 'surrounded from the east, "
             "north and west' (AP); the day each place fell is not stored"),
    )),
    RegionRule("raqqa_south_bank", "g2016_raqqa_sdf",
               lambda p, w: not w.north and 38.3 <= p.lon <= 39.3, (
        Span(START, _d("2017-03-21"), "isis", IS_2013,
             "region-level: south of the Euphrates between Tabqa and Raqqa the SDF first "
             "crossed on 22 Mar 2017, airlifted 'behind Islamic State lines' (AP); the Tabqa "
             "area 'under Islamic State group control since 2013' (The New Arab); from 22 Mar "
             "the day each place fell is not stored"),
    )),
    RegionRule("raqqa_north_countryside", "g2016_raqqa_sdf",
               lambda p, w: w.north and p.lat < 36.37 and 38.55 <= p.lon <= 39.2, (
        Span(_d("2017-06-06"), _d("2017-10-16"), "sdf", ("ap-2017-06-06-raqqa-battle",
             "channel4-2017-10-17-raqqa"),
             "region-level: when the SDF began its assault on Raqqa on 6 Jun 2017 it had the "
             "city 'surrounded from the east, north and west' (SDF spokesman via AP): the "
             "countryside between Ain Issa and the city was behind its lines; the day each "
             "village fell between Nov 2016 and Jun 2017 is not stored"),
        Span(START, _d("2016-11-05"), "isis", ("aranews-2016-11-raqqa-first-gains",
             "reuters-2016-11-06-raqqa-campaign"),
             "region-level: the countryside between Ain Issa and Raqqa, from which IS 'has "
             "retreated from major parts' after the SDF's campaign began on 6 Nov 2016 (SDF "
             "General Command via ARA News; Haysha, 40 km north of Raqqa, besieged on 7 Nov); "
             "from 6 Nov the day each village fell is not stored"),
    )),
)  # fmt: skip

# --- Manbij district (the SDF's Manbij pocket, before the March 2017 front) -------------------
MANBIJ_CITY = (36.52815, 37.95495)  # localities.csv: manbij
MANBIJ_SOURCES = ("reuters-2016-06-10-manbij-encircled", "isw-2016-08-18-manbij",
                  "reuters-2017-03-06-manbij-rural-areas")  # fmt: skip


def _km_from_manbij(place: Locality) -> float:
    return (((place.lat - MANBIJ_CITY[0]) * 111) ** 2
            + ((place.lon - MANBIJ_CITY[1]) * 89) ** 2) ** 0.5  # fmt: skip


MANBIJ = (
    RegionRule("manbij_tishrin_dam", "g2016_manbij_sdf", lambda p, _w: p.id == "tishrin_dam", (
        Span(START, _d("2017-03-01"), "sdf", ("kurdistan24-2016-markadah-besieged",
             "reuters-2016-06-10-manbij-encircled", "reuters-2017-03-06-manbij-rural-areas"),
             "the SDF took the Tishrin dam on 26 Dec 2015 (Kurdistan 24) and advanced on Manbij "
             "from the Euphrates in June 2016 (Reuters); no IS return to the dam reported"),
    )),
    RegionRule("manbij_east_and_ring", "g2016_manbij_sdf",
               lambda p, _w: p.lon >= MANBIJ_CITY[1] or _km_from_manbij(p) <= 10, (
        Span(_d("2016-08-12"), _d("2017-03-01"), "sdf", MANBIJ_SOURCES,
             "region-level: the SDF, which came from the Euphrates (the Tishrin dam) in the "
             "east, had cut every road into Manbij by 10 Jun 2016 (SOHR via Reuters) and took "
             "full control of the city on 12 Aug (ISW); the Manbij Military Council said in "
             "Mar 2017 it had held the city since and that 'Manbij and its rural areas' were "
             "under its protection (Reuters); this place lies east of the city or within 10 km "
             "of it, behind that ring; not sourced per village (before 12 Aug: a gap, the city "
             "still contested)"),
    )),
)  # fmt: skip

# --- Deir ez-Zor east of the Euphrates (the SDF's campaign, 9 Sep 2017 - 23 Mar 2019) ---------
#: The places SOHR names as IS's last 17 on the east bank when fighting resumed in early Dec
#: 2017 (gazetteer ids of those tracked).
DEIR_LAST_17 = {"abu_hardub", "abu_hammam", "granij", "abu_hassan", "shafa", "as_susah",
                "marashdeh", "ash_shajalah"}  # fmt: skip
#: Still IS-held on 14 Dec 2018, the day Hajin fell (AFP: "Sousa and Al-Shaafa").
DEIR_STILL_2018 = {"shafa", "as_susah"}
#: North of Suwaydan, the northernmost of the fronts SOHR reports in December 2017.
DEIR_NORTH_LAT = 34.95

DEIR = (
    RegionRule("deir_conoco", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "conoco_tabieh_gas_plant", (
        Span(_d("2017-09-09"), _d("2017-09-22"), "isis", ("ap-2017-09-23-conoco",),
             "IS had controlled the Conoco gas plant since 2014 (SDF spokesman via AP)"),
        Span(_d("2017-09-23"), _d("2017-09-24"), "sdf", ("ap-2017-09-23-conoco",),
             "disputed: the SDF said the field and plant 'came under full control of the group "
             "on Saturday morning' (23 Sep 2017, AP; Reuters quoted an SDF commander the same "
             "day); SOHR said the SDF had not yet taken it and fighting went on around it; "
             "from 25 Sep a gap (no dated independent report stored)",
             status="contested", with_parties=("isis",)),
        Span(_d("2017-12-31"), _d("2019-03-22"), "sdf", ("sohr-2017-12-east-bank-last-villages",
             "reuters-2017-12-ypg-deir-countryside"),
             "region-level, as the rest of the east bank north of IS's last 17 places (SOHR, "
             "Dec 2017)"),
    )),
    RegionRule("deir_pocket_2018", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in DEIR_STILL_2018, (
        Span(_d("2017-09-09"), _d("2018-12-14"), "isis",
             ("sohr-2017-12-east-bank-last-villages", "afp-2018-12-14-hajin-sousa-shaafa"),
             "IS-held: among the 17 villages and towns IS still held on the east bank when "
             "fighting resumed in early Dec 2017 (SOHR), and one of the 'other two main "
             "villages' of IS's enclave it pulled back to when Hajin fell on 14 Dec 2018 (AFP); "
             "held throughout in between (the Hajin pocket: inferred from the two reports); "
             "from 15 Dec 2018 the day it fell is not stored"),
    )),
    RegionRule("deir_last_17", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in DEIR_LAST_17, (
        Span(_d("2017-09-09"), _d("2017-12-01"), "isis",
             ("sohr-2017-12-east-bank-last-villages",),
             "IS-held: among the 17 villages and towns IS still held on the east bank when "
             "fighting resumed in early Dec 2017 (SOHR), the SDF's campaign having started on 9 "
             "Sep; from December the day it fell is not stored"),
    )),
    RegionRule("deir_north_of_pocket", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.lat > DEIR_NORTH_LAT, (
        Span(_d("2017-12-31"), _d("2019-03-22"), "sdf",
             ("sohr-2017-12-east-bank-last-villages", "reuters-2017-12-ypg-deir-countryside",
              "afp-2018-12-14-hajin"),
             "region-level: by December 2017 IS kept only 17 villages and towns on the east "
             "bank, all south of this place (SOHR, Dec 2017, day not shown: counted from 31 "
             "Dec); the YPG said it had captured the whole eastern countryside (Reuters, Dec "
             "2017: the party's own claim); IS's last pocket was round Hajin in Dec 2018 (AFP); "
             "IS raids and its Oct 2018 counter-attack round Hajin did not take ground this far "
             "north in the stored reports; not sourced per village"),
    )),
)  # fmt: skip

# --- the east Aleppo countryside (the army's campaign of 2017) ------------------------------
KHAFSAH = {"al_khafsah", "al_khafsah_water_pumping_station", "al_khafsah_water_treatment_plant",
           "khafsah_saghirah"}  # fmt: skip
ARIMA = (36.472, 37.722)  # localities.csv: arima
EAST_OF_ARMY_FEB_2017 = 37.80  # 'within 25km of Lake Assad' on 19 Feb 2017 (Reuters)
EAST_ALEPPO_IS = ("reuters-2017-02-21-army-east-of-al-bab", "reuters-2017-03-07-khafsa",
                  "syria_direct-2017-03-08-khafsah")  # fmt: skip


def _km_from_arima(place: Locality) -> float:
    return (((place.lat - ARIMA[0]) * 111) ** 2 + ((place.lon - ARIMA[1]) * 89) ** 2) ** 0.5


BZAAH_TAKEN = ("reuters-2017-02-24-sousian-car-bomb", "sohr-2017-02-bzaah-qabasin-withdrawal",
               "syriadirect-2017-02-23-al-bab-falls")  # fmt: skip

DEIR_HAFER = (36.15694, 37.70778)  # localities.csv: deir_hafer
DEIR_HAFER_RING_KM = 6  # the villages round the town the army besieged (Kweires is 11 km off)
DEIR_HAFER_TAKEN = ("reuters-2017-03-29-deir-hafer", "chinadaily-2017-03-30-deir-hafer")


def _km_from_deir_hafer(place: Locality) -> float:
    return (((place.lat - DEIR_HAFER[0]) * 111) ** 2
            + ((place.lon - DEIR_HAFER[1]) * 89.5) ** 2) ** 0.5  # fmt: skip


EAST_ALEPPO = (
    RegionRule("ea_deir_hafer_ring", "g2016_east_aleppo_government",
               lambda p, _w: _km_from_deir_hafer(p) <= DEIR_HAFER_RING_KM, (
        Span(START, _d("2017-01-16"), "isis", (*DEIR_HAFER_TAKEN,
             "sohr-2017-02-03-bzaah-offensive"),
             "region-level: within 6 km of Deir Hafer, 'a major stronghold' of IS (Xinhua "
             "relaying SANA) and 'the site of an important Islamic State headquarters' (a Syrian "
             "military source to Reuters) until the army took it on 29 Mar 2017; IS's hold on "
             "the villages round it is inferred up to the start of the army's campaign east of "
             "Aleppo on 17 Jan 2017 (SOHR); from then the day each village fell is not stored"),
        Span(_d("2017-03-29"), _d("2017-06-03"), "government", DEIR_HAFER_TAKEN,
             "region-level: the army took Deir Hafer on Wednesday 29 Mar 2017 after besieging it "
             "(Reuters, a Syrian military source: 'surrounded and besieged it days ago'); SANA "
             "(via Xinhua): 27 towns and villages around it captured; this place lies within 6 "
             "km of the town, inside that ring; no IS return reported before Maskanah fell (4 "
             "Jun)"),
    )),
    RegionRule("ea_bzaah", "g2016_east_aleppo_government", lambda p, _w: p.id == "bizaah", (
        Span(START, _d("2017-02-03"), "isis", ("sohr-2017-02-03-bzaah-offensive",
             "bbc-2017-02-23-al-bab-near-complete"),
             "Bza'a, 5 km east of al-Bab: IS-held when the Euphrates Shield factions and Turkish "
             "forces attacked it from the east on 2 Feb 2017 (SOHR); IS's hold before is "
             "inferred from al-Bab's (IS-held since early 2014, BBC)"),
        Span(_d("2017-02-04"), _d("2017-02-22"), "isis", ("sohr-2017-02-bzaah-lost",
             "sohr-2017-02-03-bzaah-offensive"),
             "fought over: the Euphrates Shield factions took Bza'a and lost it to an IS "
             "counter-attack about 24 hours later (SOHR; some 40 IS members killed in Bzaah "
             "and Aran on 4 Feb); the fighting went on until al-Bab fell",
             status="contested", with_parties=("sna",)),
        Span(_d("2017-02-23"), _d("2017-03-02"), "sna", BZAAH_TAKEN,
             "the Turkey-backed rebels 'on Thursday' (23 Feb 2017) drove IS from al-Bab 'along "
             "with the two smaller neighbouring towns of Qabasin and al-Bezah' (Reuters); SOHR: "
             "IS fully withdrew from Bzaah hours after al-Bab, the factions and Turkish forces "
             "searching the town; Syria Direct: rebels said they took it the same day; from 3 "
             "Mar 2017 no dated source on Bza'a was found (a gap; the autumn-2019 snapshot draws "
             "it on the government side)"),
    )),
    RegionRule("ea_khafsah", "g2016_east_aleppo_government", lambda p, _w: p.id in KHAFSAH, (
        Span(START, _d("2017-03-06"), "isis", EAST_ALEPPO_IS,
             "the al-Khafsa area and Aleppo's water pumping station, from which IS had cut the "
             "city's water for two months, IS-held until it withdrew (SOHR via Reuters; a "
             "resident to Syria Direct); IS's hold before is inferred (no other party reported "
             "there)"),
        Span(_d("2017-03-07"), _d("2017-06-03"), "government", EAST_ALEPPO_IS,
             "the army and its allies took the al-Khafsa area and the pumping station on "
             "Tuesday 7 Mar 2017 after IS withdrew (SOHR via Reuters; the Hezbollah media unit; "
             "SANA via Syria Direct)"),
    )),
    RegionRule("ea_arima_strip", "g2016_east_aleppo_government",
               lambda p, _w: p.lat >= 36.35 and _km_from_arima(p) <= 8, (
        Span(_d("2017-03-03"), _d("2017-06-03"), "government",
             ("komnews-2017-03-03-arima-handover", "reuters-2017-03-02-manbij-villages-handover"),
             "region-level, as Arima: the Manbij Military Council said it would hand the "
             "front-line villages west of Manbij to the government (Reuters, 2 Mar 2017); "
             "Russia's General Staff said a strip at Arima was left to government forces "
             "(KOMNEWS); Turkey's foreign minister called the report false; this place lies "
             "within 8 km of Arima; before: a gap (IS, then the SDF)"),
    )),
    RegionRule("ea_east_of_the_army", "g2016_east_aleppo_government",
               lambda p, _w: p.lat < 36.30 and p.lon >= EAST_OF_ARMY_FEB_2017, (
        Span(START, _d("2017-02-19"), "isis", (*EAST_ALEPPO_IS, "xinhua-2017-06-04-maskanah"),
             "region-level: the army's eastward advance south of al-Bab on 18-19 Feb 2017 "
             "'brought it within 25km of Lake Assad' (SOHR via Reuters), west of this place; it "
             "reached the Euphrates at al-Khafsa on 7 Mar and took Maskanah, IS's last town in "
             "the province, on 4 Jun; IS held the east Aleppo countryside before (Syria Direct: "
             "'Islamic State territory'); south of 36.30 N, away from the Manbij Military "
             "Council's lines; from 20 Feb the day each place fell is not stored"),
    )),
)  # fmt: skip

# --- Deir ez-Zor west bank (the besieged government enclave and IS around it) ----------------
DEIR_CITY = (35.33588, 40.14084)  # localities.csv: deir_ez_zor


def _km_from_deir(place: Locality) -> float:
    return (((place.lat - DEIR_CITY[0]) * 111) ** 2
            + ((place.lon - DEIR_CITY[1]) * 91) ** 2) ** 0.5  # fmt: skip


def _is_around_the_enclave(place: Locality, _where: Where) -> bool:
    # 25 km clear of the enclave's edge; not the south-west, the road the relief came by
    return _km_from_deir(place) >= 25 and not (place.lat < 35.30 and place.lon < 40.0)


DEIR_WEST = (
    RegionRule("deir_is_around_the_enclave", "g2016_deir_ez_zor_government",
               _is_around_the_enclave, (
        Span(START, _d("2017-09-04"), "isis", ("reuters-2017-09-05-deir-siege-broken",),
             "region-level: IS besieged the government's Deir ez-Zor enclave until the army "
             "broke through on 5 Sep 2017 and 'still held much of the province' then (Reuters); "
             "this place lies 25 km or more from the city, outside the enclave and off the "
             "relief road from the south-west; from 5 Sep the day it changed hands is not "
             "stored (al-Mayadin 14 Oct, Albu Kamal 19 Nov)"),
    )),
)  # fmt: skip

# --- the Turkish-border strip of Raqqa and al-Hasakah before Peace Spring (h-gaps2) ------------
#: Towns stored one by one (rows without a group tag) whose 2016-18 gap these rules answer.
NAMED = frozenset({"ras_al_ain", "suluk"})
NAMED_BLOCK = "named"
#: The end of the blocks' gap: from 12 Dec 2018 the batch has the SDF (AFP); Peace Spring (9 Oct
#: 2019) and after are left alone.
BEFORE_AFP_2018 = _d("2018-12-11")
BORDER_SOURCES = (
    "aranews-2016-10-tel-abyad-khenitiya",
    "trt_world-2017-04-27-akcakale",
    "ap-2017-04-28-us-border-deployment",
    "reuters-2018-01-14-border-security-force",
    "afp-2018-11-04-darbasiyah-patrol",
    "daily_sabah-2018-11-06-us-patrols",
)
BORDER_NOTE = (
    "the YPG-held countryside of Tell Abyad, shelled by Turkey in Sep-Oct 2016 (ARA News); "
    "mortars fired at Akcakale 'from an area in Syria controlled by the YPG' (TRT World, 27 Apr "
    "2017, Turkish state media); US armoured patrols along the border 'from the Iraqi border to "
    "areas past Darbasiyah' (AP, 28 Apr 2017); the coalition's border force to deploy 'at the "
    "borders of the area controlled by the SDF', 'along the border with Turkey' (Reuters, 14 Jan "
    "2018); US patrols in 'Kurdish-held' al-Darbasiyah (AFP, 4 Nov 2018) and in Tal Abyad and "
    "Kobani, 'both controlled by the SDF' (Daily Sabah, 6 Nov 2018); no IS, government or "
    "Turkish advance into the strip reported between those dates (continuity inferred; IS's "
    "raid on Suluk and Tell Abyad of Feb 2016 lies before the period)"
)
JAZIRA_SOURCES = (*BORDER_SOURCES, "sohr-2017-10-17-markada", "qasioun-2018-06-05-dashisha")

BORDER = (
    RegionRule("border_ras_al_ain", NAMED_BLOCK, lambda p, _w: p.id == "ras_al_ain", (
        Span(START, BEFORE_AFP_2018, "sdf", BORDER_SOURCES,
             "Ras al-Ain (Serekaniye), YPG-held since July 2013, on the border strip: "
             + BORDER_NOTE),
    )),
    RegionRule("border_suluk", NAMED_BLOCK, lambda p, _w: p.id == "suluk", (
        Span(START, BEFORE_AFP_2018, "sdf", BORDER_SOURCES,
             "Suluk, between Tell Abyad and Ras al-Ain, behind the border strip: " + BORDER_NOTE),
    )),
    RegionRule("border_strip_peace_spring", "g2016_peace_spring", lambda _p, _w: True, (
        Span(START, BEFORE_AFP_2018, "sdf", BORDER_SOURCES,
             "region-level: the Tell Abyad - Ras al-Ain strip north of the Ain Issa - Tell Tamr "
             "road (the later Peace Spring area): " + BORDER_NOTE),
    )),
    RegionRule("border_jazira_edges", "g2016_sdf_edges",
               lambda p, _w: p.admin2 in {"Ras al-Ayn", "Tell Abyad"}, (
        Span(START, BEFORE_AFP_2018, "sdf", JAZIRA_SOURCES,
             "region-level: Ras al-Ain and Tell Abyad districts, north of IS's last pockets in "
             "al-Hasakah province (Markada, Oct 2017, SOHR; Dashisha, Jun 2018, SDF via "
             "Qasioun): " + BORDER_NOTE),
    )),
)  # fmt: skip

# the helpers' rule modules import RegionRule from here: imported after it is defined
from tools.regions_2016_2018_rules_euphrates import EUPHRATES  # noqa: E402
from tools.regions_2016_2018_rules_hama import HAMA  # noqa: E402

RULES: tuple[RegionRule, ...] = (
    *HASAKAH, *RAQQA, *MANBIJ, *DEIR, *EAST_ALEPPO, *DEIR_WEST, *BORDER, *EUPHRATES,
    *HAMA,
)  # fmt: skip
