"""Leaflet and Leaflet.markercluster, read from their XStatic packages, inlined into the page.

The web-map export inlines these files so it opens offline: no CDN, no tile server. Images the
CSS refers to (the layer-control icon) become data: URIs. :func:`inline_assets` replaces every
``<script src>``/``<link>`` folium wrote with the file's contents, or fails with a clear error.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path

from geodata.errors import AtlasError


@dataclass(frozen=True)
class Asset:
    package: str  # the xstatic module that ships the file
    file: str
    kind: str  # js | css


#: Files a folium map may link to, by the base name of the URL folium uses.
ASSETS = {
    "leaflet.js": Asset("xstatic.pkg.leaflet", "leaflet.js", "js"),
    "leaflet.css": Asset("xstatic.pkg.leaflet", "leaflet.css", "css"),
    "leaflet.markercluster.js": Asset(
        "xstatic.pkg.leaflet_markercluster", "leaflet.markercluster.js", "js"
    ),
    "MarkerCluster.css": Asset("xstatic.pkg.leaflet_markercluster", "MarkerCluster.css", "css"),
    "MarkerCluster.Default.css": Asset(
        "xstatic.pkg.leaflet_markercluster", "MarkerCluster.Default.css", "css"
    ),
}
_CDN_TAG = re.compile(
    r'<script src="(?P<js>[^"]+)"></script>|<link rel="stylesheet" href="(?P<css>[^"]+)"/>'
)
_PIP_NAMES = {
    "xstatic.pkg.leaflet": "XStatic-Leaflet",
    "xstatic.pkg.leaflet_markercluster": "XStatic-Leaflet-MarkerCluster",
}


def _package_dir(package: str) -> Path:
    try:
        module = import_module(package)
    except ImportError:
        raise AtlasError(
            f"web map export needs the {_PIP_NAMES.get(package, package)} package "
            "(reinstall the atlas with 'pip install .')"
        ) from None
    return Path(module.BASE_DIR)


@cache
def asset_text(name: str) -> str:
    """The file's text, ready to inline: source-map comments removed, images as data URIs."""
    asset = ASSETS[name]
    folder = _package_dir(asset.package)
    path = folder / asset.file
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AtlasError(f"web map export: cannot read {path} ({exc.strerror})") from None
    text = re.sub(r"^\s*//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", text)
    if asset.kind == "css":
        text = re.sub(r"url\((['\"]?)(images/[^)'\"]+)\1\)", lambda m: _data_uri(folder, m), text)
    return text


def _data_uri(folder: Path, match: re.Match) -> str:
    path = folder / match.group(2)
    if not path.is_file():
        return "none"
    mime = "image/png" if path.suffix == ".png" else "image/svg+xml"
    return f"url(data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')})"


def inline_tag(name: str) -> str:
    """A <script> or <style> element holding the asset (safe against an early </script>)."""
    asset = ASSETS[name]
    text = asset_text(name)
    if asset.kind == "js":
        return (
            "<script>" + re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE) + "</script>"
        )
    return "<style>" + re.sub(r"</(style)", r"<\\/\1", text, flags=re.IGNORECASE) + "</style>"


def versions() -> dict[str, str]:
    """Versions of the inlined libraries, for the export's manifest."""
    out = {}
    for package, pip_name in _PIP_NAMES.items():
        try:
            out[pip_name] = str(import_module(package).VERSION)
        except ImportError:
            out[pip_name] = "missing"
    return out


def inline_assets(page: str) -> str:
    """Replace every <script src>/<link> folium wrote with the file's contents, or fail."""

    def replace(match: re.Match) -> str:
        url = match.group("js") or match.group("css")
        name = url.rsplit("/", 1)[-1]
        if name not in ASSETS:
            raise AtlasError(f"web map export: no offline copy of {url}")
        return inline_tag(name)

    return _CDN_TAG.sub(replace, page)
