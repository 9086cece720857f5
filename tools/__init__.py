"""Build-time tooling: rebuilds the committed data files; never installed with the atlas.

Run from a checkout, e.g. ``python -m tools.build_zones`` or ``python -m tools.build_basemap``.
"""
