"""How precisely the M4 line supports a length: "≈ 150 km ± 10 %", never "148.372 km".

The bundled M4 is straight segments between towns, junctions and bridges on the road (no road
geometry is openly available offline; ``tools/zonebuild/reference/m4_vertices.csv`` lists each
vertex with its source and how far across the road it may be off), so lengths along it are
approximate. The uncertainty is set from what the sources say the road measures between named
towns (``data/m4_distances.toml``, checked by ``geodata.m4_distances``):

* Latakia – Saraqib: 98 km (Syria's transport ministry, March 2020) and "the 120 km M4" (the
  Syrian army, Syriac Press, 15 March 2020); the line measures ≈ 106 km, inside that range
  (the sources disagree by 20 %).
* Jisr al-Shughur – Ariha "about 25 km" and Ariha – Saraqib "about 20 km" (The New Arab,
  26 February 2020); the line measures ≈ 27 and ≈ 19 km.

Straight chords between towns 10–60 km apart cut the bends of a mountain road (west of Jisr
al-Shughur) and of the detours along former front lines (Ain Issa – al-Aliya silos: one 110 km
chord), so the line may fall up to ~15 % short of the road there and run a few % long where the
vertices themselves are estimates. ±10 % is the stated uncertainty of every length measured
along it; lengths are rounded so that no shown digit claims more.
"""

from __future__ import annotations

#: Relative uncertainty of a length measured along the bundled M4 line (see module docstring).
M4_LENGTH_UNCERTAINTY = 0.10


def rounding_step(km: float, uncertainty: float = M4_LENGTH_UNCERTAINTY) -> float:
    """The coarsest of 1, 5, 10, 50 km not larger than the absolute uncertainty (min 1 km)."""
    spread = abs(km) * uncertainty
    for step in (50.0, 10.0, 5.0, 1.0):
        if spread >= step:
            return step
    return 1.0


def rounded_km(km: float, uncertainty: float = M4_LENGTH_UNCERTAINTY) -> int:
    step = rounding_step(km, uncertainty)
    return int(round(km / step) * step)


def approx_km(km: float, uncertainty: float = M4_LENGTH_UNCERTAINTY) -> str:
    """ "≈ 150 km ± 10 %" (below 1 km: "< 1 km")."""
    if km < 0.5:
        return "< 1 km"
    return f"≈ {rounded_km(km, uncertainty):,} km ± {round(100 * uncertainty):d} %"
