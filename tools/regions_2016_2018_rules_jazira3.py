"""Region rules of the third Jazira batch (issue #15, h-jaz3): dated answers for stored gaps in
the Raqqa countryside (Tal al-Saman, Nov 2016; the fourth phase, Apr - May 2017; the south bank by
the city), al-Hasakah (al-Shaddadi's oil fields and its north-west) and ad-Darbasiyah between the
snapshots of Dec 2019 and Mar 2020; the Deir ez-Zor rules are in `_jazira3_deir.py`.

Sources: ``sources/2016-2019-jazira3.toml`` and the earlier batch files. These rules run after
every other region rule, so they answer only the days the earlier rules leave. A statement about
an area applied to a village says so in its note ("region-level"); so does continuity between
two sourced reports ("continuity inferred"); a party's own claim says "party claim".
Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d
from tools.regions_2016_2018_rules_euphrates import DAM_CLEAR_KM, PHASE_TWO, TABQA_DAM, _km, _west
from tools.regions_2016_2018_rules_jazira import AIN_ISSA_LAT, RAQQA_CITY, _km_from
from tools.regions_2016_2018_rules_jazira3_deir import (
    DEIR_EAST_BANK,
    DEIR_RELIEF_ROAD,
    DEIR_SITES_BY_TOWNS,
    DEIR_VALLEY,
    DEIR_WEST_LINE,
)

__all__ = ["JAZIRA3"]

# --- Raqqa's northern countryside: Tal al-Saman, Nov 2016 ---------------------------------------
TAL_SAMAN = (36.227, 38.974)  # localities.csv: tall_al_siman
#: The band of the Tal al-Saman - Raqqa road between the town and the strip the campaign's first
#: ten days took (the batch's `jazira` rule): behind the SDF's front once the town fell.
STRIP_LON = (38.93, 39.04)
#: The day before the assault on Raqqa city, from which the batch's rules answer (AP, 6 Jun 2017).
BEFORE_RAQQA_ASSAULT = _d("2017-06-05")
TAL_SAMAN_SOURCES = ("enabbaladi-2016-11-16-tal-saman", "aranews-2016-11-tel-samn")


def _north_of_tal_saman(place: Locality, _where: Where) -> bool:
    return (place.id != "tall_al_siman" and place.lat >= TAL_SAMAN[0]
            and STRIP_LON[0] <= place.lon <= STRIP_LON[1])  # fmt: skip


RAQQA_NORTH = (
    RegionRule("jaz3_tal_saman", "g2016_raqqa_sdf", lambda p, _w: p.id == "tall_al_siman", (
        Span(_d("2016-11-16"), _d("2016-11-18"), "isis", TAL_SAMAN_SOURCES,
             "the SDF entered Tal al-Saman at noon on Wednesday 16 Nov 2016 ('Raqqa is Being "
             "Slaughtered Silently' via Enab Baladi) and the SDF General Command confirmed it "
             "secured on Saturday 19 Nov (ARA News): fighting in the town in between",
             status="contested", with_parties=("sdf",)),
        Span(_d("2016-11-19"), BEFORE_RAQQA_ASSAULT, "sdf", (*TAL_SAMAN_SOURCES,
             "ap-2017-06-06-raqqa-battle"),
             "the SDF General Command confirmed on Saturday 19 Nov 2016 that it had secured "
             "Tel al-Samn, IS withdrawing south towards Raqqa, 26 km away (ARA News; Enab "
             "Baladi: entered on 16 Nov); the SDF's front lay south of it, round Raqqa, when the "
             "assault on the city began on 6 Jun 2017 (AP); no IS return reported (continuity "
             "inferred)"),
    )),
    RegionRule("jaz3_north_of_tal_saman", "g2016_raqqa_sdf", _north_of_tal_saman, (
        Span(_d("2016-11-19"), BEFORE_RAQQA_ASSAULT, "sdf", (*TAL_SAMAN_SOURCES,
             "anf-2016-11-wrath-of-euphrates-ten-days", "ap-2017-06-06-raqqa-battle"),
             "region-level: this place lies north of Tal al-Saman's latitude, between it and "
             "the strip the campaign's first ten days took from Ain Issa (the operations "
             "room's statement names 34 villages: party claim, ANF); once the SDF secured "
             "Tal al-Saman, 'an important town' (ARA News), on 19 Nov 2016 and IS withdrew "
             "south towards the city "
             "(ARA News; Enab Baladi), the place was behind the SDF's front; no IS return "
             "reported before the assault on Raqqa of 6 Jun 2017 (AP) (continuity inferred)"),
    )),
)  # fmt: skip

# --- the western countryside after the second phase (16 Jan 2017) -------------------------------
RAQQA_WEST = (
    RegionRule("jaz3_west_after_phase_two_statement", "g2016_raqqa_sdf",
               lambda p, w: (_west(p, w) and p.lat < AIN_ISSA_LAT
                             and _km(p, TABQA_DAM) >= DAM_CLEAR_KM), (
        Span(_d("2017-01-16"), _d("2017-02-03"), "sdf", PHASE_TWO,
             "region-level, party claim: the operations room said on 16 Jan 2017 that the "
             "second phase, begun on 10 Dec 2016, had liberated 2,480 km2 'including 197 "
             "villages' and the Ja'bar castle in the western countryside (SDF statement); Rudaw "
             "(4 Feb) had the two fronts meet north-west of Raqqa 'in early January', 'a few "
             "kilometres from the dam'; this place lies north of Lake Assad 10 km or more from "
             "the Tabqa dam, behind those fronts (the SDF's 'what remained' to clear on 4 Feb "
             "lay towards the dam); from 4 Feb the batch's own answer"),
    )),
)  # fmt: skip

# --- the Tal al-Saman - Raqqa axis in the fourth phase (Apr - May 2017) -------------------------
#: The axis between Tal al-Saman and the city: west of the SDF's eastern (third-phase) front, which
#: was 8 km north-east of the city by 13 Apr 2017 (AP), and east of the second phase's west.
AXIS_LON = (38.93, 39.04)
HAZIMA_LAT = 36.136  # al-Hazimah, where the SDF fought IS on 12 Apr 2017 (Baladi News)
BIR_JARBU_LAT = 36.094  # the southernmost of the villages the SDF took on 19 Apr 2017
JARWA_GROUP = {"jarwah", "bir_jarbu", "hitash"}
#: The SDF announced villages 3 km north of the city on 15-16 May 2017 (SMART); places 8 km or
#: more out on the axis were behind that front (the margin keeps out the city's western edge).
MAY_FRONT_KM = 8
#: Closer in lie the city's own districts and installations (the batch's city dates).
AXIS_MIN_KM = 4  # Hitash 1.6 km from Jarwa (region-level)
CAMPAIGN_START = _d("2016-11-06")
JARWA_SOURCES = (
    "enabbaladi-2017-04-19-jarwa",
    "smart-2017-05-16-abu-qayra",
    "ap-2017-06-06-raqqa-battle",
)
JARWA_NOTE = (
    "the SDF announced on Wednesday 19 Apr 2017 that it took Umm Tank, Jarwa and Bir Jarbu (Enab "
    "Baladi: party claim; Hitash, 1.6 km from Jarwa, region-level); by 16 May its front was 3 km "
    "north of the city (SMART) and on 6 Jun it had the city surrounded from the north (AP); no IS "
    "return reported (continuity inferred; IS's retaking of Bir Jarbu on 24 Apr: review h-rev10)"
)
FOURTH_PHASE = ("baladinews-2017-04-13-fourth-phase", "enabbaladi-2017-04-19-jarwa")


def _on_the_axis(place: Locality, where: Where) -> bool:
    return (where.north and place.id not in JARWA_GROUP and place.lat <= HAZIMA_LAT
            and AXIS_LON[0] <= place.lon <= AXIS_LON[1]
            and _km_from(place, RAQQA_CITY) >= AXIS_MIN_KM)  # fmt: skip


RAQQA_AXIS = (
    RegionRule("jaz3_jarwa", "g2016_raqqa_sdf", lambda p, _w: p.id in JARWA_GROUP, (
        Span(CAMPAIGN_START, _d("2017-04-18"), "isis", (*FOURTH_PHASE,
             "aranews-2016-11-raqqa-first-gains"),
             "IS-held when the campaign began (6 Nov 2016); on 19 Apr 2017 the SDF said it had "
             "'liberated' Umm Tank, Jarwa and Bir Jarbu from IS (Enab Baladi: party claim), "
             "villages of 'what remains of the northern countryside' its fourth phase set out to "
             "clear on 13 Apr (Baladi News); the northern front had seen 'a partial stagnation "
             "of the fighting in the past few months' (Enab Baladi) (continuity inferred; "
             "Hitash, 1.6 km from Jarwa, region-level)"),
        Span(_d("2017-04-19"), _d("2017-04-23"), "sdf", JARWA_SOURCES, JARWA_NOTE),
    )),
    # Bir Jarbu from 24 Apr 2017: rules_rev10 (IS retook it that day, SMART)
    RegionRule("jaz3_jarwa_hitash_from_24_apr", "g2016_raqqa_sdf",
               lambda p, _w: p.id in JARWA_GROUP - {"bir_jarbu"}, (
        Span(_d("2017-04-24"), BEFORE_RAQQA_ASSAULT, "sdf", JARWA_SOURCES, JARWA_NOTE),
    )),
    RegionRule("jaz3_axis_before_the_fourth_phase", "g2016_raqqa_sdf",
               lambda p, w: _on_the_axis(p, w) and p.lat < BIR_JARBU_LAT, (
        Span(CAMPAIGN_START, _d("2017-04-18"), "isis", (*FOURTH_PHASE,
             "aranews-2016-11-raqqa-first-gains"),
             "region-level: on the Tal al-Saman - Raqqa axis south of Bir Jarbu, between the "
             "SDF's front and the city: the SDF reached Jarwa and Bir Jarbu, 16-17 km north of "
             "Raqqa, only on 19 Apr 2017 (Enab Baladi: SDF statement), in the fourth phase "
             "launched on 13 Apr to clear 'what remains of the northern countryside' (Baladi "
             "News); the northern front had been largely static for months (Enab Baladi); IS-held "
             "before the campaign (continuity inferred)"),
    )),
    RegionRule("jaz3_axis_behind_the_may_front", "g2016_raqqa_sdf",
               lambda p, w: (_on_the_axis(p, w) and p.lat < BIR_JARBU_LAT
                             and _km_from(p, RAQQA_CITY) >= MAY_FRONT_KM), (
        Span(_d("2017-05-16"), BEFORE_RAQQA_ASSAULT, "sdf", ("smart-2017-05-16-abu-qayra",
             "ap-2017-06-06-raqqa-battle"),
             "region-level: on the Tal al-Saman - Raqqa axis, 8 km or more north of the city: "
             "on 15-16 May 2017 the SDF announced al-Rashid and Abu Qayra and al-Jif, '3 km' "
             "north-west and north of the city (SMART: party claim), so this place lay behind "
             "its front; the days 19 Apr - 15 May stay gaps"),
    )),
    RegionRule("jaz3_axis_hazima", "g2016_raqqa_sdf",
               lambda p, w: _on_the_axis(p, w) and p.lat >= BIR_JARBU_LAT, (
        Span(CAMPAIGN_START, _d("2017-04-11"), "isis", (*FOURTH_PHASE,
             "aranews-2016-11-raqqa-first-gains"),
             "region-level: al-Hazimah and the villages between it and Jarwa on the Tal "
             "al-Saman - Raqqa axis: on Wednesday 12 Apr 2017 the SDF fought IS at Hazima "
             "(Baladi News) as it began its fourth phase to clear 'what remains of the northern "
             "countryside'; the northern front had been largely static for months (Enab "
             "Baladi); IS-held before the campaign (continuity inferred); from 12 Apr the day "
             "each village fell is not stored"),
    )),
)  # fmt: skip

# --- the eastern countryside before the third phase (4 Feb 2017) ---------------------------------
#: East of the Tal al-Saman - Raqqa axis, south of the strip the first ten days took (36.27 N, 12
#: km wide: the operations room's statement) and west of the batch's eastern rule (39.30 E).
EAST_BAND_LON = (AXIS_LON[1], 39.30)
#: North of Tal al-Saman's latitude the strip's edge is too close to call either way: left out.
EAST_BAND_LAT = (35.85, TAL_SAMAN[0])

RAQQA_EAST = (
    RegionRule("jaz3_east_before_phase_three", "g2016_raqqa_sdf",
               lambda p, w: (w.north and EAST_BAND_LON[0] < p.lon <= EAST_BAND_LON[1]
                             and EAST_BAND_LAT[0] <= p.lat < EAST_BAND_LAT[1]), (
        Span(START, _d("2017-02-03"), "isis", ("anf-2016-11-wrath-of-euphrates-ten-days",
             "aranews-2016-11-raqqa-first-gains", "ypg-2017-02-04-raqqa-phase-three",
             "rudaw-2017-02-04-raqqa-third-phase"),
             "region-level: east of the Tal al-Saman - Raqqa axis and south of the strip "
             "('12 km wide, 46 km long', 36.27-36.385 N) the campaign's first ten days took "
             "from IS (the operations room's statement: party claim, ANF); the second phase "
             "went west (Dec 2016 - Jan 2017) and on 4 Feb 2017 the third set out 'for "
             "liberating the eastern countryside of the city' (SDF statement; Rudaw): IS-held "
             "until then (continuity inferred); from 4 Feb the day each village fell is not "
             "stored (the Raqqa - Deir ez-Zor road was cut on 6 Mar)"),
    )),
)  # fmt: skip

#: South of the river within this distance of Raqqa: the batch's ring of 29 Jun 2017.
RAQQA_RING_KM = 8

RAQQA_SOUTH = (
    RegionRule("jaz3_raqqa_south_bank_open", "g2016_raqqa_sdf",
               lambda p, w: not w.north and _km_from(p, RAQQA_CITY) <= RAQQA_RING_KM, (
        Span(_d("2017-03-22"), BEFORE_RAQQA_ASSAULT, "isis", ("ap-2017-06-06-raqqa-battle",
             "afp-2017-06-29-raqqa-south-bank", "reuters-2017-06-29-raqqa-encircled"),
             "region-level: south of the Euphrates within 8 km of Raqqa, the side of the city "
             "the SDF had not closed: on 6 Jun 2017 it had Raqqa 'surrounded from the east, "
             "north and west' (SDF spokesman via AP), and only on 29 Jun did it take Kasrat "
             "Afnan and Kasab on the south bank and cut IS's last route out (SOHR via AFP and "
             "Reuters); the SDF's crossing of 22 Mar was at Tabqa, 40 km upstream; 6-28 Jun stay "
             "gaps (the day each village fell is not stored)"),
    )),
)  # fmt: skip

# --- al-Hasakah: the Jabsa and Kabiba oil fields north-east of al-Shaddadi -----------------------
JABSA_FIELDS = {"jabisah_oil_field", "kabibah_oil_field"}  # 1.4 km apart
#: The batch's gap for these fields ends the day before the SDF's June 2018 answer.
BEFORE_DASHISHA = _d("2018-06-16")

HASAKAH_FIELDS = (
    RegionRule("jaz3_jabsa_fields", "g2016_hasakah_district",
               lambda p, _w: p.id in JABSA_FIELDS, (
        Span(START, BEFORE_DASHISHA, "sdf", ("syrianmirror-2016-02-18-jabsa",
             "kurdwatch-2016-02-25-shaddadi", "qasioun-2018-06-05-dashisha",
             "afp-2018-12-12-east-of-euphrates"),
             "the SDF took 'the main Jabsa oil station' late on Thursday 18 Feb 2016, opening "
             "the Wrath of Khabur campaign (Kurdish press via Syrian Mirror: SDF claims), and "
             "al-Shaddadi with 'several villages around' it on 18-19 Feb (KurdWatch); the "
             "Kabiba field lies 1.4 km from the Jabsa station (region-level); IS was left only "
             "round Dashisha, far south by the Iraqi border, in June 2018 (SDF statement via "
             "Qasioun) and the area was YPG/SDF-held in Dec 2018 (AFP); no IS return to the "
             "fields reported (continuity inferred)"),
    )),
)  # fmt: skip

#: Two villages just south of 36.15 N and beyond 16 km of al-Shaddadi, the limits of the batch's
#: `hasakah_core` and `hasakah_shaddadi_north` answers, 1.6 and 3.1 km from Rajr (36.154 N),
#: which the core answer puts in the SDF area; SDF-answered villages lie on every side.
BETWEEN_CORE_AND_SHADDADI = {"hadaj_al_hasakah", "rumaylan"}

HASAKAH_BETWEEN = (
    RegionRule("jaz3_between_core_and_shaddadi", "g2016_hasakah_district",
               lambda p, _w: p.id in BETWEEN_CORE_AND_SHADDADI, (
        Span(START, BEFORE_DASHISHA, "sdf", ("kurdwatch-2015-07-23-hasakah-surroundings",
             "kurdwatch-2016-02-25-shaddadi", "sohr-2017-10-17-markada",
             "qasioun-2018-06-05-dashisha", "afp-2018-12-12-east-of-euphrates"),
             "region-level: this village lies between al-Hasakah's YPG-held surroundings "
             "(KurdWatch, Jul 2015) and al-Shaddadi, taken with 'several villages around' it on "
             "18-19 Feb 2016 (KurdWatch), 1.6-3.1 km from Rajr and with SDF-answered villages "
             "on every side; IS's last pockets in the province lay further south (Markada, "
             "SOHR, Oct 2017; Dashisha, June 2018, SDF statement via Qasioun); YPG/SDF-held "
             "territory in Dec 2018 (AFP); no IS advance into it reported (continuity "
             "inferred)"),
    )),
)  # fmt: skip

# --- ad-Darbasiyah between the snapshots of 18 Dec 2019 and 6 Mar 2020 ------------------------
DARBASIYAH = {"ad_darbasiyah", "darbasiyah_border_crossing"}

DARBASIYAH_2020 = (
    RegionRule("jaz3_darbasiyah_between_snapshots", "fill_northeast_between_snapshots",
               lambda p, _w: p.id in DARBASIYAH, (
        Span(_d("2019-12-19"), _d("2020-03-05"), "sdf",
             ("sohr-2020-01-kobani-patrol-darbasiyah", "xinhua-2019-11-11-darbasiyah-patrol",
              "tass-2019-10-sochi-memorandum"),
             "both snapshots (18 Dec 2019, 6 Mar 2020) draw ad-Darbasiyah in the SDF area; the "
             "Turkish-Russian joint patrols of the Sochi memorandum ran in 'the al-Darbasiyah "
             "region' from Nov 2019 (Turkish Defence Ministry via Xinhua) and on 6 Jan 2020 the "
             "patrol in the town's western countryside passed 'Zahr Al-Arab checkpoint of the "
             "Internal Security Forces (Asayish)' (SOHR): the SDF's police still held the "
             "countryside west of the town; no change of control reported in between "
             "(continuity inferred)"),
    )),
)  # fmt: skip

JAZIRA3: tuple[RegionRule, ...] = (
    *RAQQA_NORTH, *RAQQA_WEST, *RAQQA_AXIS, *RAQQA_EAST, *RAQQA_SOUTH,
    *DEIR_VALLEY, *DEIR_RELIEF_ROAD, *DEIR_SITES_BY_TOWNS, *DEIR_WEST_LINE, *DEIR_EAST_BANK,
    *HASAKAH_FIELDS, *HASAKAH_BETWEEN, *DARBASIYAH_2020,
)  # fmt: skip
