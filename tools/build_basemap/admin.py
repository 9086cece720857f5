"""Countries (Natural Earth 5.1.1 admin-0) and Syrian governorates (Natural Earth admin-1)."""

from __future__ import annotations

from pathlib import Path

import shapely
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry

from tools.build_basemap.geo import BOX, WIDE_BOX, Feature, finish

# A point well inside the Golan Heights (near Mas'ade), used only to pick the hole that NE's
# German point-of-view file leaves there.
_GOLAN_PROBE = Point(35.75, 33.0)

GOLAN_NOTE = (
    "Syrian territory occupied by Israel since 1967; its 1981 annexation is not recognised "
    "by the UN (Security Council resolution 497)."
)

# ISO 3166-2:SY code -> (display name, Arabic name). NE's names are an old edition
# ("Hasaka (Al Haksa)"), so the map uses this table; codes come from NE's code_hasc.
GOVERNORATE_NAMES: dict[str, tuple[str, str]] = {
    "SY-HL": ("Aleppo", "حلب"),
    "SY-ID": ("Idlib", "إدلب"),
    "SY-HA": ("Al-Hasakah", "الحسكة"),
    "SY-RA": ("Raqqa", "الرقة"),
    "SY-DY": ("Deir ez-Zor", "دير الزور"),
    "SY-HM": ("Hama", "حماة"),
    "SY-HI": ("Homs", "حمص"),
    "SY-LA": ("Latakia", "اللاذقية"),
    "SY-TA": ("Tartus", "طرطوس"),
    "SY-DI": ("Damascus", "دمشق"),
    "SY-RD": ("Rif Dimashq", "ريف دمشق"),
    "SY-QU": ("Quneitra", "القنيطرة"),
    "SY-DR": ("Daraa", "درعا"),
    "SY-SU": ("As-Suwayda", "السويداء"),
}


def _read_countries(path: Path):
    import geopandas as gpd

    gdf = gpd.read_file(f"zip://{path}!ne_10m_admin_0_countries_deu.shp", encoding="utf-8")
    gdf = gdf[gdf.intersects(WIDE_BOX)].copy()
    gdf["wide"] = _wide_geometries(gdf.geometry.values)
    return gdf[~shapely.is_empty(gdf["wide"].values)]


# Beyond the detailed box the countries are context seen at a regional scale: 0.015 degrees
# (~1.5 km) keeps the file small; inside the box every vertex stays.
_WIDE_TOLERANCE = 0.015
_MIN_PART_AREA = 0.02  # square degrees: islets and slivers beyond the box are dropped


def _wide_geometries(geoms) -> list[BaseGeometry]:
    """Each country clipped to the wide box, simplified as one coverage (neighbours keep one
    shared border) beyond the detailed box, in full detail inside it."""
    clipped = shapely.intersection(shapely.make_valid(geoms), WIDE_BOX)
    simplified = shapely.coverage_simplify(clipped, _WIDE_TOLERANCE)
    out = []
    for full, coarse in zip(clipped, simplified, strict=True):
        outer = shapely.difference(coarse, BOX)
        parts = [p for p in shapely.get_parts(outer) if p.area >= _MIN_PART_AREA]
        inner = shapely.intersection(full, BOX)
        out.append(shapely.union_all([inner, *parts]))
    return out


def golan_polygon(countries) -> Polygon:
    """The hole NE (German view) leaves between Syria, Israel, Lebanon and Jordan."""
    merged = shapely.union_all(countries.geometry.values)
    for poly in shapely.get_parts(merged):
        for ring in poly.interiors:
            hole = Polygon(ring)
            if hole.contains(_GOLAN_PROBE):
                return hole
    raise ValueError("Golan hole not found in the Natural Earth countries file")


def _iso_a3(row) -> str:
    iso = row["ISO_A3"]
    return iso if isinstance(iso, str) and iso != "-99" else row["ADM0_A3"]


def build_countries(path: Path) -> tuple[list[Feature], BaseGeometry, BaseGeometry]:
    """Countries in the wide box, Syria with the Golan; also Syria's and the Golan's polygon."""
    gdf = _read_countries(path)
    # The Golan and Syria exactly as from the detailed box alone (the zone build reads them).
    golan = golan_polygon(gdf[gdf.intersects(BOX)])
    features: list[Feature] = []
    syria = None
    for _, row in gdf.sort_values("NAME_EN").iterrows():
        iso = _iso_a3(row)
        geom = row["wide"]
        if iso == "SYR":  # wholly inside the detailed box
            geom = shapely.union_all([row.geometry, golan])
            syria = geom
        props = {
            "name": row["NAME_EN"],
            "name_ar": row["NAME_AR"] or "",
            "iso_a3": iso,
            "iso_a2": row["ISO_A2"] if row["ISO_A2"] != "-99" else "",
            "kind": "country",
        }
        features.append(Feature(finish(geom, WIDE_BOX), props))
    golan_props = {
        "name": "Golan Heights",
        "name_ar": "مرتفعات الجولان",
        "iso_a3": "",
        "iso_a2": "",
        "kind": "occupied",
        "note": GOLAN_NOTE,
    }
    features.append(Feature(finish(golan), golan_props))
    assert syria is not None, "Syria missing from the Natural Earth countries file"
    return features, syria, golan


def _fill_gaps(parts: dict[str, BaseGeometry], outline: BaseGeometry) -> dict[str, BaseGeometry]:
    """Clip governorates to Syria's outline and give each sliver of Syria no governorate covers
    (the two NE editions differ by up to ~0.2 km) to the governorate it touches most."""
    clipped = {k: shapely.intersection(g, outline) for k, g in parts.items()}
    gaps = shapely.difference(outline, shapely.union_all(list(clipped.values())))
    extra: dict[str, list[BaseGeometry]] = {k: [] for k in clipped}
    for gap in shapely.get_parts(gaps):
        if gap.area == 0:
            continue
        near = gap.buffer(1e-3)
        owner = max(clipped, key=lambda k: shapely.intersection(clipped[k], near).area)
        extra[owner].append(gap)
    return {k: shapely.union_all([g, *extra[k]]) for k, g in clipped.items()}


def build_governorates(path: Path, syria: BaseGeometry, golan: BaseGeometry) -> list[Feature]:
    """Syrian governorates; the UNDOF strip and the Golan go to Quneitra (de jure)."""
    import geopandas as gpd

    gdf = gpd.read_file(path)
    parts: dict[str, BaseGeometry] = {}
    admin1: dict[str, str] = {}
    for _, row in gdf.iterrows():
        hasc = row["code_hasc"]
        if hasc == "SY":  # "UNDOF": the UN-patrolled area of separation, part of Quneitra
            iso = "SY-QU"
        else:
            iso = hasc.replace(".", "-")
            admin1[iso] = str(row["gn_a1_code"]).split(".")[-1]
        parts[iso] = shapely.union_all([parts[iso], row.geometry]) if iso in parts else row.geometry
    parts["SY-QU"] = shapely.union_all([parts["SY-QU"], golan])
    unknown = set(parts) - set(GOVERNORATE_NAMES)
    if unknown:
        raise ValueError(f"governorates without a display name: {sorted(unknown)}")
    parts = _fill_gaps(parts, syria)
    features = []
    for iso in sorted(parts, key=lambda k: GOVERNORATE_NAMES[k][0]):
        name, name_ar = GOVERNORATE_NAMES[iso]
        props = {"name": name, "name_ar": name_ar, "iso_3166_2": iso, "admin1": admin1[iso]}
        features.append(Feature(finish(parts[iso]), props))
    return features
