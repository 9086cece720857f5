"""Qt-free core of the Northern Syria Atlas: data model, bundled data, queries and analysis.

Usable from scripts and notebooks::

    from geodata.atlas import load_atlas
    atlas = load_atlas()
    atlas.controller_at(lon=36.63, lat=35.93)  # Idlib, as of the default date
"""

__version__ = "0.1.0"
