"""The boundary lines the zones are cut along, built from the reference walks.

Each function returns lon/lat LineStrings. Vertices that are not reference points are listed
with a comment saying why they are where they are; all of them are estimates (see ZONES.md).
"""

from __future__ import annotations

from shapely.geometry import LineString, Point
from shapely.ops import substring

from . import reference as ref
from .frontline import Tagged, build_line, extend, join, to_deg, to_km

OPP = {"OPP", "OPP/Turkish side", "NON-GOVERNMENT"}
ON_LINE = {"BOUNDARY POINT", "FRONT", "FRONT/DISPUTED", "CROSSING", "CROSSING/BOUNDARY"}
NOT_SNA = {"SDF", "SDF+GOV", "GOV+SDF", "GOV"}


def _tag(p: ref.WalkPoint, left: set[str], right: set[str], **kw) -> Tagged:
    if p.side in ON_LINE:
        side = "on"
    elif p.side in left:
        side = "left"
    elif p.side in right:
        side = "right"
    else:
        raise ValueError(f"{p.line_id} {p.order} {p.place}: side {p.side!r} not placed")
    return Tagged(p.lon, p.lat, side, p.place, **kw)


# --- Idlib pocket -------------------------------------------------------------------------


def idlib_front(*, sheikh_aqil_hts: bool = False) -> LineString:
    """Turkish border in NE Latakia → Ghab → Jabal al-Zawiya → Saraqib → west Aleppo →
    Qal'at Sim'an, with the HTS-held pocket on the left of the walk."""
    tagged = []
    for p in ref.walk("idlib_south_east"):
        if p.place.startswith("Qal'at Sim'an"):
            tagged.append(Tagged(p.lon, p.lat, "on", p.place))  # tri-junction with Afrin
        elif sheikh_aqil_hts and p.place.startswith("Sheikh Aqil"):
            tagged.append(Tagged(p.lon, p.lat, "left", p.place))
        else:
            tagged.append(_tag(p, OPP, {"GOV"}))
    line = build_line(tagged)
    return extend(line, start_km=4.0)


def idlib_afrin_line() -> LineString:
    """HTS Idlib / SNA Afrin: from Qal'at Sim'an west to the Turkish border near Atmeh and
    Deir Ballut (the reference says 'roughly around Atmeh / Deir Ballut (not verified)').
    Vertices are estimates (±4 km): south of Jindires (Afrin), north of Sarmada (HTS)."""
    qs = ref.point("Qal'at Sim'an", "afrin_east")
    coords = [(qs.lon, qs.lat), (36.78, 36.335), (36.71, 36.33), (36.66, 36.325)]
    return extend(LineString(coords), end_km=8.0)


# --- SNA northern front: Afrin east edge, Tell Rifaat pocket, al-Bab, Sajur ------------------


def sna_front(*, tadif_sna: bool = False) -> LineString:
    """Qal'at Sim'an → Sherawa → Menagh → Mare' → al-Bab/Tadif → Arima → Sajur → Euphrates,
    SNA on the left. One walk made of the reference lines afrin_east and
    euphrates_shield_south_and_east (Mare' shared)."""
    pts = ref.walk("afrin_east") + ref.walk("euphrates_shield_south_and_east")[1:]
    tagged = []
    for p in pts:
        if p.place.startswith("Qal'at Sim'an"):
            tagged.append(Tagged(p.lon, p.lat, "on", p.place))
        elif tadif_sna and p.place.startswith("Tadif"):
            continue  # Tadif taken by the SNA (30 Nov - 1 Dec 2024): line runs south of it
        else:
            tagged.append(_tag(p, {"SNA"}, NOT_SNA))
        if tadif_sna and p.place.startswith("al-Bab"):
            # Dec 2024: the line drops south of Tadif (estimate: 3 km south of the town).
            t = ref.point("Tadif")
            tagged.append(Tagged(t.lon - 0.01, t.lat - 0.027, "on", "south of Tadif (est.)"))
    return extend(build_line(tagged), end_km=6.0)


def afrin_euphrates_shield_line() -> LineString:
    """Olive Branch (Afrin district) / Euphrates Shield (Azaz district): both SNA, an
    administrative seam. Estimate: from the Sherawa front east of Anab north to the border
    between Sharran (Afrin) and Azaz."""
    return extend(LineString([(36.975, 36.52), (36.98, 36.63), (36.985, 36.70)]), 3.0, 8.0)


def tell_rifaat_south_line() -> LineString:
    """Soft southern and eastern edge of the Tell Rifaat pocket towards government-held
    Nubl-Zahraa, Mayer and the north-east Aleppo countryside: passes north of Nubl, south of
    Kafr Naya, and meets the SNA front east of Hasajak. Every vertex is an estimate (±4 km)."""
    coords = [
        (36.875, 36.385),  # on the Afrin front between Qal'at Sim'an and Burj al-Qas
        (36.93, 36.397),  # south of Burj al-Qas
        (36.995, 36.402),  # north of Nubl (GOV)
        (37.06, 36.404),  # south of Kafr Naya (SDF)
        (37.15, 36.41),
        (37.25, 36.42),
        (37.315, 36.44),  # east of Hasajak, up to the SNA front
    ]
    return extend(LineString(coords), 3.0, 4.0)


def manbij_west_line(*, arima_sna: bool = False) -> LineString:
    """Government / Manbij Military Council: from the SNA front between Arima (army border
    guards) and Umm Adasa (MMC) south-east to Lake Assad north of al-Khafsah. Estimate (±5 km):
    the reference gives only 'government forces in the countryside from Arima westwards'."""
    start = (37.745, 36.51) if not arima_sna else (37.66, 36.47)
    coords = [start, (37.78, 36.44), (37.85, 36.37), (37.95, 36.31), (38.05, 36.29), (38.16, 36.28)]
    return extend(LineString(coords), 4.0, 4.0)


# --- Euphrates valley -----------------------------------------------------------------------


def tabqa_salient_line() -> LineString:
    """The SDF's south-bank salient from west of Tabqa to the al-Ukayrishah crossing.
    West edge and desert edge are estimates (the reference could not locate them): 12 km west
    of Tabqa, south of Tabqa airbase, then north-east to the crossing (DERIVED, ±4 km)."""
    cross = ref.point("al-Ukayrishah")
    coords = [
        (38.42, 35.93),  # on Lake Assad west of Tabqa (Dibsi Afnan side, see ZONES.md)
        (38.42, 35.80),
        (38.50, 35.72),  # south of Tabqa airbase
        (38.70, 35.74),
        (38.90, 35.80),  # south of al-Mansurah and the Raqqa south-bank suburbs
        (39.05, 35.84),
        (cross.lon, cross.lat),
    ]
    return extend(LineString(coords), 6.0, 4.0)


def seven_villages_line(river: LineString, depth_km: float = 3.5) -> LineString:
    """The government strip on the north bank opposite Deir ez-Zor (Husseiniya ... Khasham,
    Tabiya): the river between 35.43 N and 35.235 N offset 3.5 km to its north-east bank.
    Only Khasham is located; the strip's ends and depth are estimates."""
    a = river.project(Point(40.07, 35.43))
    b = river.project(Point(40.34, 35.235))
    stretch = substring(river, a, b)
    km = LineString([to_km(*c) for c in stretch.coords])
    off = km.offset_curve(depth_km, join_style="round")  # left of downstream = north-east bank
    edge = LineString([to_deg(*c) for c in off.coords])
    line = join(
        [
            LineString([stretch.coords[0], edge.coords[0]]),
            edge,
            LineString([edge.coords[-1], stretch.coords[-1]]),
        ]
    )
    return extend(line, 2.0, 2.0)


# --- Peace Spring ---------------------------------------------------------------------------


def peace_spring_front() -> LineString:
    """Border W of Tell Abyad → north of Ain Issa → along the north edge of the M4 → al-Aliya
    → north of Tell Tamer → around al-Daoudiyeh → border E of Ras al-Ain, SNA on the left.
    The interpolated M4 points and the al-Aliya silos are kept 1 km south of the line: the
    road itself was used by SDF/army traffic (Russian escorts), SNA fighters on its north edge."""
    tagged = []
    for p in ref.walk("peace_spring_south"):
        if p.side == "INTERPOLATED" or p.place.startswith("al-Aliya"):
            tagged.append(Tagged(p.lon, p.lat, "right", p.place, push_km=1.0))
        elif p.place.startswith("al-Daoudiyeh"):
            tagged.append(_tag(p, {"SNA"}, NOT_SNA))
            # The reference tie-in (lon 40.14, ±5 km) lies west of al-Daoudiyeh (SNA, ±8 km),
            # which would leave the village outside the zone: the line instead goes round it to
            # the east and meets the border at lon ~40.34 (estimate; see ZONES.md).
            tagged.append(Tagged(p.lon + 0.035, p.lat + 0.03, "on", "E of al-Daoudiyeh (est.)"))
            tagged.append(Tagged(p.lon + 0.04, p.lat + 0.16, "on", "beyond the border"))
            break
        else:
            tagged.append(_tag(p, {"SNA"}, NOT_SNA))
    return extend(build_line(tagged), 4.0, 4.0)


def idlib_autumn_2019_line() -> LineString:
    """The wider HTS-led pocket before the offensive of 19 Dec 2019 - 5 Mar 2020 (outer edge
    only; the inner part reuses the 2020 line). Coarse estimate through sourced anchors: north
    of Khan Shaykhun (government from 21-22 Aug 2019); west of Abu al-Duhur airbase (government
    since Jan 2018; Umm Jalal, Barnan, Rabia, al-Khuraiba west of it fell only on 19-20 Dec
    2019); al-Eis and Tell Touqan, Khan Tuman, Zitan and Barnah (taken Jan-Feb 2020) inside;
    west of al-Hader and of Aleppo city; Kafr Hamra, Haritan, Hayyan, Bayanoun, Anadan and
    Urum al-Kubra (taken ~16-17 Feb 2020) inside; south of Nubl. Vertices ±5-8 km."""
    coords = [
        (36.40, 35.65),  # inside the 2020 pocket, Jabal Shahshabu side
        (36.42, 35.55),
        (36.52, 35.50),
        (36.62, 35.475),  # north-west of Khan Shaykhun
        (36.70, 35.48),  # north of Khan Shaykhun
        (36.78, 35.50),
        (36.88, 35.55),
        (36.97, 35.63),  # Umm Jalal area (opposition until 19 Dec 2019), west of Sinjar
        (37.005, 35.72),  # west of Abu al-Duhur
        (37.00, 35.80),
        (36.985, 35.88),  # east of Tell Touqan
        (37.02, 35.96),  # al-Eis (opposition) / al-Hader (government)
        (37.045, 36.03),
        (37.075, 36.10),  # east of Khan Tuman, Zitan, Barnah
        (37.10, 36.17),  # south-west edge of Aleppo city
        (37.10, 36.22),  # Rashidin / al-Zahraa association edge
        (37.11, 36.29),  # east of Haritan and Kafr Hamra
        (37.06, 36.345),  # Hayyan / Bayanoun
        (37.00, 36.362),  # south of Nubl
        (36.95, 36.37),
        (36.93, 36.40),  # meets the Tell Rifaat pocket edge
    ]
    return extend(LineString(coords), 0.0, 3.0)
