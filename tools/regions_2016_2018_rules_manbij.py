"""Region rules for the Manbij pocket before the city fell and Darbasiyah in Oct 2019 (issue #15,
h-manbij).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``MANBIJ_SDF`` at the end of ``RULES``, so these answer only the days earlier rules leave. The
band between Manbij and the Euphrates (east of 38.05 E, 36.42 - 36.555 N), which the SDF entered
from the Tishrin dam at the end of May 2016, is answered for 1-11 Aug 2016 (the city's ring rule
answers from 12 Aug): Arabic reports of 4 and 7 Jun 2016 name its villages taken (Baladi News,
Watan FM: opposition outlets, local sources), Reuters has the city encircled on 10 Jun and
Stratfor (citing the BBC) has the fighting inside the city on 6 Aug. Nearer the city and on its
west and south the gap stays: villages on the city's edge and south of it (Jubb Nashama) were
still being taken in August, and the western countryside was fought over into the autumn; the
band's north-east corner (north of 36.555 N) too, for a report that IS retook villages of
Manbij's northern countryside on 11 Aug; and the lake's west bank further south, where Baladi
News has the SDF take al-Mashi, al-Atshana and Tall Hudhan only after the city fell. Darbasiyah
and its crossing are answered for the Peace Spring days from VOA's report from the town of 22 Oct
2019. Sources in ``sources/2016-2019-manbij.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

MANBIJ_BLOCK, EDGES_BLOCK = "g2016_manbij_sdf", "g2016_sdf_edges"
#: The band between Manbij (37.955 E) and the river: at least ~8 km east of the city, south of
#: 36.555 N (north of it IS was reported to retake villages of the northern countryside on 11
#: Aug), and north of 36.47 N or, south of it, within 17 km of the city and north of 36.42 N (the
#: villages of the lake's west bank further south were taken only late in Aug or early in Sep).
EAST_BAND_LON, EAST_BAND_NORTH_LAT = 38.05, 36.555
EAST_BAND_SOUTH_LAT, EAST_BAND_OUTER_LAT, EAST_BAND_OUTER_KM = 36.42, 36.47, 17.0
MANBIJ_CITY = (36.52815, 37.95495)  # localities.csv: manbij
#: Ayn al-Arab-district places the gazetteer files west of the river, east of the band.
EAST_BANK_EDGE = ("mukmar", "njam_archaeological_site")

MANBIJ_EAST_SOURCES = (
    "baladi_news-2016-06-04-hayya-saghir",
    "watan_fm-2016-06-07-abu-qalqal",
    "reuters-2016-06-10-manbij-encircled",
    "stratfor-2016-08-06-manbij-80-percent",
    "isw-2016-08-18-manbij",
)
MANBIJ_EAST_NOTE = (
    "region-level: the band between Manbij and the Euphrates, east of 38.05 E, between 36.42 "
    "and 36.555 N (south of 36.47 N only within 17 km of the city), which the SDF entered from "
    "the Tishrin dam: by Sat 4 Jun 2016 it had taken "
    "Hayya al-Saghir 11 km east of the city and Umm Adas and Faras Saghir to the south-east "
    "(Baladi News, a local source), by "
    "Mon 6 Jun 'several villages south-east of Manbij' with al-Allush and the Abu Qalqal district "
    "centre (Watan FM, local sources: both opposition outlets); it cut the last road into the "
    "city on 10 Jun (SOHR via Reuters); on 6 Aug the fighting was inside the city, 80 percent of "
    "it SDF-held, the city 'surrounded entirely in June' (Stratfor, citing the BBC); the SDF took "
    "the whole city on 12 Aug (ISW); no IS return to this band reported between (continuity "
    "inferred; not sourced per village or per day)"
)

DARBASIYAH = ("ad_darbasiyah", "darbasiyah_border_crossing")
DARBASIYAH_SOURCES = ("voa-2019-10-22-darbasiyah-ceasefire-expires",)
DARBASIYAH_NOTE = (
    "Darbasiyah, on the border east of Ras al-Ayn, held by the SDF before Turkey's offensive of 9 "
    "Oct 2019; VOA reported from 'the nearly-abandoned border city' on Tue 22 Oct, in the last "
    "hours of the US-Turkish ceasefire, its remaining residents hoping the Syrian army would come "
    "'before Turkey starts bombing', while Ras al-Ayn, which the SDF had left on 20 Oct, was "
    "'controlled by Turkish-backed fighters': no Turkish-backed force in the town reported "
    "between (continuity inferred; the crossing goes with the town)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


def _km_from_manbij(place) -> float:
    return (((place.lat - MANBIJ_CITY[0]) * 111) ** 2
            + ((place.lon - MANBIJ_CITY[1]) * 89) ** 2) ** 0.5  # fmt: skip


def _east_band(place, where) -> bool:
    if where.north or place.admin2 != "Manbij" or place.lon < EAST_BAND_LON:
        return False
    if not EAST_BAND_SOUTH_LAT <= place.lat < EAST_BAND_NORTH_LAT:
        return False
    return place.lat >= EAST_BAND_OUTER_LAT or _km_from_manbij(place) <= EAST_BAND_OUTER_KM


MANBIJ_SDF: tuple[RegionRule, ...] = (
    RegionRule("manbij_east_band_aug_2016", MANBIJ_BLOCK, _east_band, (
        Span(day("2016-08-01"), day("2016-08-11"), "sdf", MANBIJ_EAST_SOURCES, MANBIJ_EAST_NOTE),
    )),
    RegionRule("manbij_east_bank_edge_aug_2016", EDGES_BLOCK, _ids(*EAST_BANK_EDGE), (
        Span(day("2016-08-01"), day("2016-08-11"), "sdf", MANBIJ_EAST_SOURCES, MANBIJ_EAST_NOTE),
    )),
    RegionRule("darbasiyah_peace_spring", EDGES_BLOCK, _ids(*DARBASIYAH), (
        Span(day("2019-10-09"), day("2019-10-22"), "sdf", DARBASIYAH_SOURCES, DARBASIYAH_NOTE),
    )),
)  # fmt: skip
