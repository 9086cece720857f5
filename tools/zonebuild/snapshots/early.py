"""The earlier snapshot: after the Sochi memorandum, before the Idlib offensive
(23 Oct - 18 Dec 2019)."""

from __future__ import annotations

from shapely.geometry import LineString

from .. import lines
from .. import reference as ref
from ..areas import AREAS
from ..seeds import main_seeds
from ..sources import src
from .base import BORDER, MAIN_ACCURACY, Snapshot, with_walk_sources
from .main import main_lines

AUTUMN_2019_SOURCES = (
    src(
        "https://www.syriahr.com/en/139035/",
        "Khan Sheikhun fully seized by the army on 21 Aug 2019",
        "2019-08-21",
    ),
    src(
        "https://www.almasdarnews.com/article/syrian-army-declares-full-control-over-khan-sheikhoun-after-short-battle-map/",
        "Khan Sheikhoun declared under army control 22 Aug 2019; militants withdrew to the "
        "Ta'manah area",
        "2019-08-23",
    ),
    src(
        "https://www.almasdarnews.com/article/battle-footage-from-syrian-armys-offensive-in-southeastern-idlib/",
        "offensive in SE Idlib began 19 Dec 2019 (Umm Jalal)",
        "2019-12-20",
    ),
    src(
        "https://southfront.press/syrian-army-imposes-control-of-4-other-towns-in-southeast-idlib",
        "20 Dec 2019: al-Shaera, Rabia, al-Khuraiba, Barnan west of Abu Duhur airbase taken",
    ),
    src(
        "https://www.almasdarnews.com/article/syrian-army-captures-strategic-town-in-southeast-idlib/",
        "Jarjanaz taken 23 Dec 2019",
        "2019-12-23",
    ),
    src(
        "http://english.alarabiya.net/en/News/middle-east/2018/01/20/Syrian-army-allies-take-Idlib-air-base-says-Hezbollah-media-unit.html",
        "Abu al-Duhur airbase taken by the army 20 Jan 2018",
        "2018-01-20",
    ),
    src(
        "https://nationalpost.com/pmn/news-pmn/politics-news-pmn/syria-government-forces-enter-town-south-of-idlib-war-monitor",
        "government forces enter Maarat al-Numan 28 Jan 2020",
        "2020-01-28",
    ),
    src(
        "https://www.almasdarnews.com/article/first-scenes-from-strategic-town-captured-by-syrian-military-in-southern-aleppo-video/",
        "Khan Touman captured late Jan 2020",
        "2020-01-31",
    ),
    src(
        "http://english.almanar.com.lb/937180",
        "by 9 Feb 2020 the army took Saraqeb, al-Nairab, Kafer Battikh, Afes, Tal Touqan, "
        "Khan Touman, Zitan, al-Ess and others",
        "2020-02-09",
    ),
    src(
        "http://english.alarabiya.net/en/News/middle-east/2020/02/05/Regime-forces-penetrate-strategic-Syrian-town-of-Saraqib-Monitor.html",
        "government forces enter Saraqib 5 Feb 2020",
        "2020-02-05",
    ),
    src(
        "https://uprootedpalestinians.wordpress.com/2020/02/17/dozens-of-towns-in-aleppo-countryside-liberated-in-record-time-syrian-army-command/",
        "SANA list, 17 Feb 2020: Sheikh Ali, Regiment 46, Urm al-Kubra, Kafr Naha, Kafr Dael, "
        "Kafr Hamra, Hritan, Hayyan, Anadan, Byanoun taken",
        "2020-02-17",
    ),
    src(
        "https://www.hawarnews.com/en/haber/regime-expanding-control-at-an-accelerated-pace-north-and-west-aleppo-h14586.html",
        "Hayan, Bayanoun ... taken; Kafr Hamra, Haritan, Anadan still held by the opposition "
        "(Feb 2020)",
    ),
    src(
        "https://tass.com/world/1085530",
        "Sochi memorandum of 22 Oct 2019, in force from noon 23 Oct",
        "2019-10-22",
    ),
)

_EARLY_IDLIB_ACCURACY = (
    "Coarse reconstruction: the pre-offensive pocket is the 2020 pocket plus the land the army "
    "took between 19 Dec 2019 and 5 Mar 2020, bounded by an estimated line (vertices ±5-8 km) "
    "through dated reports of what fell when (see sources): north of Khan Shaykhun, west of "
    "Abu al-Duhur airbase and al-Hader, west of Aleppo city, south of Nubl. The Ghab and "
    "Jabal al-Akrad edges are assumed as in 2020 (not checked for 2019). No dated control map "
    f"was available. {BORDER}"
)


def _early_lines(river: LineString) -> list[LineString]:
    return main_lines(river) + [lines.idlib_autumn_2019_line()]


def early_snapshot() -> Snapshot:
    seeds = main_seeds()
    moved = [ref.place("Saraqib"), ref.place("Kafr Nabl"), ref.point("Maarat al-Numan").lonlat]
    seeds["government"] = [s for s in seeds["government"] if s not in moved]
    seeds["government"] += [
        (37.0448, 35.74058),
        (37.05086, 35.99024),
    ]  # Abu al-Duhur, al-Hader (GN)
    seeds["idlib"] = (
        seeds["idlib"]
        + moved
        + [
            ref.point("Anadan").lonlat,
            ref.point("Haritan").lonlat,
            ref.point("Urum al-Kubra").lonlat,
            ref.point("Sheikh Aqil").lonlat,
            ref.point("Kafr Halab").lonlat,
        ]
    )
    specs = {k: a.but(accuracy=MAIN_ACCURACY[k]) for k, a in AREAS.items()}
    specs["idlib"] = specs["idlib"].but(
        name="Idlib pocket before the 2019-20 offensive (HTS-led opposition)",
        accuracy=_EARLY_IDLIB_ACCURACY,
        notes=(
            "HTS-dominated pocket with other opposition factions (Maarat al-Numan itself was "
            "held by the Turkish-backed Syrian Liberation Front per t-intell, Jan 2020; not "
            "drawn separately). Held Saraqib, Maarat al-Numan, Kafr Nabl and the M5 north of "
            "Khan Shaykhun, and the western Aleppo countryside (Anadan, Haritan, Urum al-Kubra)."
        ),
        sources=AREAS["idlib"].sources
        + AUTUMN_2019_SOURCES
        + (
            src(
                "https://t-intell.com/2020/01/28/syrian-army-enters-strategic-city-in-idlib",
                "Maarat al-Numan held by the Syrian Liberation Front since 2018",
                "2020-01-28",
            ),
        ),
    )
    specs["peace_spring"] = specs["peace_spring"].but(
        notes=specs["peace_spring"].notes
        + " Autumn 2019: drawn as in 2020; the line still moved in Nov 2019 (Abu Rasin regained "
        "by the SDF, Shukriyah and Jan Tamr taken by the SNA)."
    )
    common = (AUTUMN_2019_SOURCES[-1],)
    return Snapshot(
        key="2019-10-23",
        valid_from="2019-10-23",
        valid_to="2019-12-18",
        title="After the Sochi memorandum, before the Idlib offensive (23 Oct - 18 Dec 2019)",
        lines=_early_lines,
        seeds=seeds,
        specs=with_walk_sources(specs, common),
        common_sources=common,
    )
