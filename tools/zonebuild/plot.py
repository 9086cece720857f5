"""Development aid: draw each snapshot of the built zones to PNG for a visual check.

Needs matplotlib (not a project dependency): ``PYTHONPATH=<dir with matplotlib> python -m
tools.zonebuild.plot OUT_DIR``. Reads the written zones.geojson and features.geojson.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import shape

from . import reference as ref
from .basemap import REPO_ROOT

COLOURS = {
    "government": "#c0392b",
    "hts": "#2e8b57",
    "sna": "#8fbc3f",
    "sdf": "#f1c40f",
    "sdf_government": "#e6a23c",
    "us_coalition": "#5d6d7e",
}
SIDE_COLOURS = {"OPP": "green", "GOV": "red", "SNA": "lime", "SDF": "gold", "SDF+GOV": "orange"}


def plot(out_dir: Path, extent=None, suffix="") -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = REPO_ROOT / "geodata" / "data"
    zones = json.loads((data / "zones.geojson").read_text())["features"]
    feats = json.loads((data / "features.geojson").read_text())["features"]
    periods = sorted({(z["properties"]["valid_from"], z["properties"]["valid_to"]) for z in zones})
    out = []
    for vf, vt in periods:
        fig, ax = plt.subplots(figsize=(14, 11) if extent is None else (12, 12))
        for z in zones:
            p = z["properties"]
            if (p["valid_from"], p["valid_to"]) != (vf, vt):
                continue
            g = shape(z["geometry"])
            for poly in getattr(g, "geoms", [g]):
                x, y = poly.exterior.xy
                ax.fill(
                    x,
                    y,
                    color=COLOURS.get(p["controller"], "#999"),
                    alpha=0.55,
                    hatch="//" if p["contested"] else None,
                    ec="k",
                    lw=0.6,
                )
            c = g.representative_point()
            ax.text(c.x, c.y, p["area"], fontsize=7, ha="center", clip_on=True)
        for f in feats:
            g = shape(f["geometry"])
            if g.geom_type == "LineString":
                ax.plot(*g.xy, color="navy", lw=1.2)
            else:
                ax.plot(*g.exterior.xy, color="blue", lw=0.8, ls="--")
        for p in ref.walk_points():
            col = SIDE_COLOURS.get(p.side, "black")
            ax.plot(p.lon, p.lat, "o", ms=3, color=col, mec="k", mew=0.3)
            if extent is not None:
                ax.text(p.lon, p.lat, p.place.split(" (")[0], fontsize=6, clip_on=True)
        for name, r in ref.gazetteer().items():
            ax.plot(float(r["lon"]), float(r["lat"]), "k.", ms=2)
            ax.text(float(r["lon"]), float(r["lat"]), name, fontsize=5, color="k", clip_on=True)
        if extent:
            ax.set_xlim(extent[0], extent[2])
            ax.set_ylim(extent[1], extent[3])
        ax.set_aspect(1 / 0.81)
        ax.set_title(f"zones {vf} .. {vt}")
        path = out_dir / f"zones_{vf}{suffix}.png"
        fig.savefig(path, dpi=110, bbox_inches="tight")
        plt.close(fig)
        out.append(path)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "_build_sources/plots")
    target.mkdir(parents=True, exist_ok=True)
    ext = tuple(float(v) for v in sys.argv[2].split(",")) if len(sys.argv) > 2 else None
    for p in plot(target, ext, sys.argv[3] if len(sys.argv) > 3 else ""):
        print(p)
