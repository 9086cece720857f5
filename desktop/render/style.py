"""The map's look in one place: colours, line widths and fonts of every layer.

Widths and font sizes are in "style pixels" (1/96 inch); painters multiply by
``RenderContext.unit`` so a 300 DPI export looks like the screen, only sharper.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

SEA = QColor("#a9cfe0")
WATER = QColor("#a9cfe0")
WATER_LINE = QColor("#5e9fc4")
LAND_NEIGHBOUR = QColor("#ecebe4")
LAND_SYRIA = QColor("#fbf8ef")
BORDER_NEIGHBOUR = QColor("#b7b3a8")
BORDER_SYRIA = QColor("#6f6a5f")
GOVERNORATE_LINE = QColor("#b9b0a0")
OCCUPIED_HATCH = QColor(111, 106, 95, 90)  # the occupied Golan: Syrian land, lightly hatched
OCCUPIED_LINE = QColor("#6f6a5f")
LABEL_TEXT = QColor("#2b2a27")
LABEL_HALO = QColor(255, 255, 255, 215)
COUNTRY_LABEL = QColor("#8c877c")
GOVERNORATE_LABEL = QColor("#9a8f7c")
TOWN_DOT = QColor("#3d3a35")
M4_LINE = QColor("#d7301f")
M4_CASING = QColor("#ffffff")
CORRIDOR_FILL = QColor(215, 48, 31, 40)
CORRIDOR_LINE = QColor(215, 48, 31, 150)
# the 2018 demilitarised zone: indigo, apart from every party's colour and the corridor's red
DMZ_FILL = QColor(72, 61, 139, 28)
DMZ_LINE = QColor(72, 61, 139, 220)
# Imported (workspace) events: small kind symbols with a dark rim (the talks' larger symbols have
# none) and dark counted clusters, so the talks stay the map's story.
IMPORTED_RIM = QColor("#1f2d3a")
IMPORTED_EVENT = QColor(31, 45, 58, 225)
IMPORTED_CLUSTER = QColor(31, 45, 58, 175)
IMPORTED_RING = QColor(255, 255, 255, 235)
IMPORTED_COUNT = QColor("#ffffff")
SELECTION = QColor("#111111")
HIGHLIGHT = QColor("#ffd400")
OVERLAY_TEXT = QColor("#33312c")
OVERLAY_BACKGROUND = QColor(255, 255, 255, 220)

FONT_FAMILY = "DejaVu Sans"  # installed on Linux targets; covers Arabic script as well

ZONE_FILL_ALPHA = 105  # how strongly a zone's controller colour tints Syria's land

UNKNOWN_CONTROLLER = "#999999"  # geodata.legend.parties.UNKNOWN_COLOUR


def controller_colour(atlas, party_id: str | None) -> QColor:
    """The one colour of a controller, shared by the map, its legends and the panels
    (geodata.legend.party_colour decides it, for the web map too)."""
    from geodata.legend.parties import party_colour

    return QColor(party_colour(atlas, party_id))


NO_CONTROL_M4 = QColor("#8c8c8c")  # an M4 stretch in no zone on the date
M4_STRETCH_CASING = QColor("#34312b")  # dark: a stretch shows on its own controller's fill
NO_DATA = QColor("#f1efe9")  # beyond the base map: neither land nor sea is known


def zone_fill(colour: QColor) -> QColor:
    """A zone's fill: its colour at ``ZONE_FILL_ALPHA`` over Syria's land, as one opaque colour.

    The map draws zones over Syria's land fill and draws borders, rivers and labels over the
    zones, so the blend is known in advance; an opaque fill draws ~7 times faster than a
    translucent one over the same area.
    """
    alpha = ZONE_FILL_ALPHA / 255
    return QColor(
        *(
            round(getattr(colour, c)() * alpha + getattr(LAND_SYRIA, c)() * (1 - alpha))
            for c in ("red", "green", "blue")
        )
    )
