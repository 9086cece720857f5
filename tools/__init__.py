"""Build- and test-time tooling: rebuilds the committed data files, starts throw-away servers
for tests and benchmarks (``pg_cluster``); never installed with the atlas.

Run from a checkout, e.g. ``python -m tools.build_zones`` or ``python -m tools.build_basemap``.
"""
