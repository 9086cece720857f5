"""Region rules for the Jazira before Peace Spring (issue #15): al-Hasakah district, Raqqa
governorate (the SDF's 2016-17 campaign) and the Turkish-border strip of Raqqa and al-Hasakah.

Sources: ``sources/2016-2018-regions.toml`` and the batch files. Region-level statements applied
to villages say so in their note. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import NAMED_BLOCK, START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d

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

# --- the Turkish-border strip of Raqqa and al-Hasakah before Peace Spring (h-gaps2) ------------
#: Towns stored one by one (rows without a group tag) whose 2016-18 gap these rules answer.
NAMED = frozenset({"ras_al_ain", "suluk"})
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
