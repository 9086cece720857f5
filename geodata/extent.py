"""The two extents every view shares (lon/lat: min_lon, min_lat, max_lon, max_lat).

No imports: the command-line parser reads these before anything heavy loads.
"""

#: The area the bundled data covers (the base map is clipped to it): the whole-region view,
#: the inset's minimum frame, and the limit an --extent must meet.
ATLAS_BOUNDS = (35.0, 32.0, 42.5, 37.6)

#: The view the window opens on, and that exports use without --extent: the north, where the
#: story is.
DEFAULT_EXTENT = (35.55, 34.6, 42.45, 37.45)

#: How far the countries layer (land, sea and borders) reaches, beyond ATLAS_BOUNDS: from
#: Cyprus to western Iran, from Sinai to the Black Sea coast. Frames the user can choose stay
#: inside it (the window never zooms out further), so no frame shows a blank mat.
CONTEXT_BOUNDS = (30.0, 29.0, 48.0, 41.5)
