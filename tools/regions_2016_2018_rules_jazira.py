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


SHADDADI = (36.05, 40.73)  # localities.csv: al_shaddadi
MARKADA = (35.761, 40.768)  # localities.csv: markada
#: East of this the Khabur's east side south of al-Shaddadi (the river runs at ~40.74-40.79 E).
KHABUR_EAST_OF = 40.80
#: East of this the Dashisha pocket by the Iraqi border, IS-held until June 2018 (AP).
DASHISHA_POCKET_LON = 40.95
#: A gazetteer point named like the Dashishah of the June 2018 reports, which put that town near
#: the Iraqi border: which place it is is not settled, so no region answer is given to it.
UNSETTLED = {"dashishah"}


def _shaddadi_north(place: Locality, _where: Where) -> bool:
    return (SHADDADI[0] - 0.01 <= place.lat < HASAKAH_CORE_LAT
            and place.lon < DASHISHA_POCKET_LON and _km_from(place, SHADDADI) <= 16)  # fmt: skip


def _markada_pocket(place: Locality, _where: Where) -> bool:
    return (35.65 <= place.lat < SHADDADI[0] - 0.01 and 40.65 <= place.lon < DASHISHA_POCKET_LON
            and place.id not in UNSETTLED)  # fmt: skip


def _khabur_west_of_markada(place: Locality, where: Where) -> bool:
    """The Khabur's west side (west of 40.80 E) or within 6 km of Markada: the SDF's fronts of
    June 2018 still ran at Jalifa and Fakka east of the river (Qasioun), so the villages east of
    the Khabur get no answer from Markada's fall."""
    return _markada_pocket(place, where) and (
        place.lon < KHABUR_EAST_OF or _km_from(place, MARKADA) <= 6
    )


HASAKAH = (
    RegionRule("hasakah_markada", "g2016_hasakah_district",
               lambda p, _w: p.id in {"markada", "markada_silos"}, (
        Span(START, _d("2017-11-08"), "isis", ("kurdistan24-2016-markadah-besieged",
             "sohr-2017-10-17-markada", "kurdistan24-2017-11-markada"),
             "IS-held: the 'strategic IS stronghold' the SDF besieged in spring 2016, two "
             "months after al-Shaddadi (Kurdistan 24); SOHR (17 Oct 2017): 'the last biggest "
             "stronghold' of IS in al-Hasakah province, the SDF fighting west of it; held by IS "
             "until the SDF announced its fall (9 Nov 2017); no SDF entry reported in between "
             "(continuity inferred)"),
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
    RegionRule("hasakah_shaddadi_north", "g2016_hasakah_district", _shaddadi_north, (
        Span(START, _d("2018-12-11"), "sdf", ("kurdwatch-2016-02-25-shaddadi",
             "kurdwatch-2015-07-23-hasakah-surroundings", "kurdistan24-2016-markadah-besieged",
             "sohr-2017-10-17-markada", "afp-2018-12-12-east-of-euphrates"),
             "region-level: between the YPG-held surroundings of al-Hasakah (KurdWatch, Jul "
             "2015) and al-Shaddadi, which the SDF took with 'several villages around' it on "
             "18-19 Feb 2016 (KurdWatch); this place lies north of al-Shaddadi, within 16 km of "
             "it, behind the SDF's front, which ran south of the town at Markada in 2016 "
             "(Kurdistan 24) and Oct 2017 (SOHR); inside the YPG/SDF-held territory in Dec 2018 "
             "(AFP); no IS or government advance north of al-Shaddadi reported (continuity "
             "inferred)"),
    )),
    RegionRule("hasakah_south_of_markada", "g2016_hasakah_district",
               lambda p, w: _markada_pocket(p, w) and p.lat < MARKADA[0] + 0.01
               and _km_from(p, MARKADA) <= 10, (
        Span(START, _d("2017-09-08"), "isis", ("kurdistan24-2016-markadah-besieged",
             "sohr-2017-10-17-markada", "kurdistan24-2017-11-markada"),
             "region-level: within 10 km of Markada on its southern side, away from the SDF, "
             "which besieged the town from the north in spring 2016 (Kurdistan 24); Markada was "
             "IS's 'last biggest stronghold' in the province in Oct 2017 (SOHR) and the SDF took "
             "it with '24 villages around it' on 9 Nov 2017 (SDF statement via Kurdistan 24); "
             "IS's hold is inferred until the SDF's Deir ez-Zor campaign began on 9 Sep 2017 "
             "(from then to 8 Nov the day each village fell is not stored)"),
    )),
    RegionRule("hasakah_markada_pocket", "g2016_hasakah_district", _khabur_west_of_markada, (
        Span(_d("2017-11-09"), _d("2018-12-11"), "sdf", ("kurdistan24-2017-11-markada",
             "ypg-2017-09-28-suwar", "afp-2018-12-12-east-of-euphrates",
             "qasioun-2018-sdf-abu-hamda"),
             "region-level: the SDF said it had liberated 'the town of Markada and 24 villages "
             "around it' on 9 Nov 2017 (SDF statement via Kurdistan 24, party claim); this place "
             "lies between al-Shaddadi (SDF since Feb 2016) and the Deir ez-Zor line, west of "
             "the Khabur (40.80 E) or within 6 km of Markada (east of the river the SDF's fronts "
             "still ran at Jalifa and Fakka in June 2018, Qasioun: no answer there); the valley "
             "south of it to al-Suwar the SDF said it took on 28 Sep "
             "2017; inside the YPG/SDF-held territory in Dec 2018 (AFP); the day each village "
             "fell before 9 Nov is not stored (before, a gap: the SDF held some villages round "
             "Markada from spring 2016, Kurdistan 24)"),
    )),
    RegionRule("hasakah_inad", "g2016_hasakah_district", lambda p, _w: p.id == "anad", (
        Span(_d("2017-09-28"), _d("2018-12-11"), "sdf", ("ypg-2017-09-28-suwar",
             "afp-2018-12-12-east-of-euphrates"),
             "Inad, a start line of the SDF's fourth axis: 'starting from Sinad and Inad villages, "
             "SDF forces were able to secure 25 kilometers of progress towards Markadah area' "
             "(SDF General Command, 28 Sep 2017; the party's own claim); held from that day at "
             "the latest; inside the YPG/SDF-held territory in Dec 2018 (AFP); no IS return "
             "reported (continuity inferred); before, a gap"),
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
    # eighth spot-check (h-spot8): the walled old city, not the district-less city row
    RegionRule("spot8_rafiqah_old_city", "g2016_raqqa_sdf",
               lambda p, _w: p.id == "ar_rafiqah_district", (
        Span(_d("2017-09-04"), _d("2017-10-16"), "sdf",
             ("channel4-2017-09-04-raqqa-old-city", "ea_worldview-2017-09-raqqa-old-city",
              "channel4-2017-10-17-raqqa"),
             "spot-check h-spot8: the walled old city (al-Rafiqah): 'US-backed Kurdish forces "
             "have retaken Raqqa's old city from Islamic State militants', US officials saying "
             "two thirds of Raqqa was taken (Channel 4, 4 Sep 2017); the SDF had claimed the "
             "whole old city on Friday 1 Sep while the US military was 'more cautious' and "
             "clashes were reported (EA WorldView): 1 - 3 Sep stay the city's contested row; "
             "no IS return reported before the SDF declared the city taken on 17 Oct (Channel 4; "
             "continuity inferred)"),
    )),  # fmt: skip
    # rev14: districts SOHR names among those the SDF fully held from the battle's 49th day
    RegionRule("rev14_raqqa_districts_by_24_jul", "g2016_raqqa_sdf",
               lambda p, _w: p.id in {"al_qadisiyyah_district", "yarmouk", "bitani_district"}, (
        Span(_d("2017-07-24"), _d("2017-10-16"), "sdf",
             ("sohr-2017-07-raqqa-49-days", "sohr-2017-08-27-raqqa-60-percent",
              "channel4-2017-10-17-raqqa"),
             "review rev14, party-aligned monitor: by the end of the battle's 49th day (24 Jul "
             "2017, counted from 6 Jun) the SDF had 'full control' of al-Sabahiya, al-Romaniya, "
             "Hutteen, Qadisiyah and Yarmouk west of Raqqa and of al-Mashlab, al-Batani and "
             "al-Sinaa (SOHR); SOHR repeated the list on 27 Aug; no IS return reported before "
             "the SDF declared the city taken on 17 Oct (Channel 4; continuity inferred); 6 Jun - "
             "23 Jul stay the city's contested row"),
    )),
    # rev43: districts the SDF side's agency maps as taken ~80 days into the battle
    RegionRule("rev43_raqqa_districts_by_25_aug", "g2016_raqqa_sdf",
               lambda p, _w: p.id in {"hisham_abdulmalik_district", "al_mahdi_district"}, (
        Span(_d("2017-08-25"), _d("2017-10-16"), "sdf",
             ("anha-2017-08-raqqa-control-map", "afp-2017-08-01-raqqa-nazlet-shahada",
              "sohr-2017-07-raqqa-49-days", "channel4-2017-10-17-raqqa"),
             "review h-rev43, party claim: the SDF side's agency's map, 'eighty days' into the "
             "battle (about 25 Aug 2017, counted from 6 Jun; the page shows no day), has 14 "
             "neighbourhoods liberated, 'Nazlat Shehadeh and Hisham bin Abdul Malik in the "
             "southern part of the city' and in the east and the old city al-Mushlab, al-Sinaa, "
             "al-Batani, al-Rasheed, al-Rafiqa and 'al-Muhdi', the fighting being in al-Rowda, "
             "Ramli, al-Morour, al-Thukna, Mansour, Diriyah, al-Barid and Nahdha (ANHA); before, "
             "SOHR had half of Hisham bin Abdul Malik the SDF's on 24 Jul and AFP 'large parts' "
             "on 1 Aug (fought over: the city's contested row); no IS return reported before the "
             "SDF declared the city taken on 17 Oct (Channel 4; continuity inferred)"),
    )),
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
NAMED = frozenset({"ras_al_ain", "suluk", "ain_issa"})
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
    RegionRule("named_ain_issa", NAMED_BLOCK, lambda p, _w: p.id == "ain_issa", (
        Span(START, _d("2016-11-05"), "sdf", ("rferl-2015-06-ain-issa", "ap-2015-06-23-brigade-93",
             "reuters-2016-11-06-raqqa-campaign"),
             "Ain Issa: the YPG said on 23 Jun 2015 that the town 'and its surrounding villages' "
             "were under its 'total control' (RFE/RL), a day after taking the Brigade 93 base "
             "(AP); the SDF launched its Raqqa campaign at a news conference in the town on 6 Nov "
             "2016 (Reuters); no IS return reported in between (continuity inferred)"),
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

# --- military sites of the Raqqa campaign (the fill batch's fill_sdf_military rows) ------------
#: The block's gap ends on 22 Oct 2019; the answers stop where their sources do.
SITES = (
    RegionRule("site_tabqa_airbase", "fill_sdf_military", lambda p, _w: p.id == "tabqa_airbase", (
        Span(START, _d("2017-03-25"), "isis", ("upi-2017-03-27-tabqa-airbase",
             "ap-2017-03-22-tabqa-airlift"),
             "IS captured the Tabqa airbase 'in August 2014' (UPI); the SDF were airlifted "
             "'behind Islamic State lines' near Tabqa on 22 Mar 2017 (AP)"),
        Span(_d("2017-03-26"), _d("2019-10-13"), "sdf", ("upi-2017-03-27-tabqa-airbase",
             "afp-2018-12-12-east-of-euphrates", "xinhua-2019-10-14-tabqa"),
             "the SDF fought IS 'for about 24 hours before fully controlling the airbase on "
             "Sunday' (26 Mar 2017, SDF statement via UPI); inside the YPG/SDF-held territory in "
             "Dec 2018 (AFP); 'under the control of the Kurdish-led Syrian Democratic Forces' when "
             "the army entered it on 14 Oct 2019 (SANA via Xinhua, state media); no other holder "
             "reported in between (continuity inferred)"),
    )),
    RegionRule("site_brigade_93", "fill_sdf_military", lambda p, _w: p.id == "brigade_93", (
        Span(START, BEFORE_AFP_2018, "sdf", ("ap-2015-06-23-brigade-93", "rferl-2015-06-ain-issa",
             "reuters-2016-11-06-raqqa-campaign", "afp-2018-12-12-east-of-euphrates"),
             "the YPG captured 'the base known as Brigade 93' near Ain Issa on 22 Jun 2015 (SOHR "
             "and a Kurdish activist via AP) and the town with its surrounding villages the next "
             "day (RFE/RL); the SDF launched its Raqqa campaign from Ain Issa on 6 Nov 2016 "
             "(Reuters); inside the YPG/SDF-held territory in Dec 2018 (AFP); no IS return "
             "reported (continuity inferred; which unit garrisoned the base is not stored)"),
    )),
    RegionRule("site_division_17", "fill_sdf_military", lambda p, _w: p.id == "division_17", (
        Span(START, _d("2017-06-05"), "isis", ("ap-2017-06-06-raqqa-battle",
             "ap-2017-04-13-raqqa-fourth-stage", "daily_star_lb-2017-06-26-raqqa-quarter"),
             "Division 17, 'a former Syrian army base' on the northern edge of Raqqa (AFP via the "
             "Daily Star): IS's de facto capital, the SDF's closest position 8 km north-east of "
             "the city on 13 Apr 2017 (AP) and the city surrounded from the north when the "
             "assault began on 6 Jun (AP); from 6 Jun a gap (the SDF held 'part of Division 17' "
             "on 26 Jun, AFP; the day it took the rest is not stored)"),
        Span(_d("2017-10-17"), BEFORE_AFP_2018, "sdf", ("channel4-2017-10-17-raqqa",
             "afp-2018-12-12-east-of-euphrates"),
             "the SDF said it had full control of Raqqa on 17 Oct 2017 (Channel 4); inside the "
             "YPG/SDF-held territory in Dec 2018 (AFP); which unit garrisoned the base is not "
             "stored"),
    )),
    RegionRule("site_rmeilan_airfield", "fill_sdf_military",
               lambda p, _w: p.id == "abu_hajar_airport", (
        Span(START, BEFORE_AFP_2018, "sdf", ("al_jazeera-2016-01-19-rmeilan-airfield",
             "afp-2018-12-12-east-of-euphrates"),
             "the agricultural airfield south-east of Rmeilan, 'controlled by the YPG for over two "
             "years' by Jan 2016; 'Under a deal with the YPG, the US was given control of the "
             "airport' (an SDF activist to Al Jazeera; CENTCOM neither confirmed nor denied, and "
             "later said the US was taking control of no airfield: both sides recorded, the US "
             "role as shared use); inside the YPG/SDF-held territory in Dec 2018 (AFP); no other "
             "holder reported in between (continuity inferred)",
             status="shared", with_parties=("us_coalition",)),
    )),
)  # fmt: skip
