"""Build-time helpers for ``python -m tools.build_zones`` (not used at run time).

The control zones and the M4 are reconstructed from the reference walks in ``reference/``
(copies of the project's sourced CSVs) on top of the committed base layers in
``geodata/data/base/``. See ``geodata/data/ZONES.md`` for the method.
"""
