"""Text every export shows: escaping, dates, safe links and party names.

Qt-free and folium-free: the snapshot exporter (desktop.export) uses the same names and labels as
the web map, so a page and its HTML twin say the same thing.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from geodata.text_limits import shown

if TYPE_CHECKING:
    from geodata.atlas import Atlas

#: The M4's legend text: it runs from Latakia through Aleppo, al-Hasakah and Qamishli to the
#: Iraqi border at al-Yarubiyah (reference/m4_route.csv); the Hasakah/Qamishli order is
#: disputed, so only the undisputed ends and Aleppo are named.
M4_ROUTE_LABEL = "M4 (Latakia–Aleppo–al-Yarubiyah)"

#: Names for controller ids that may appear in zone data without a party record of their own.
#: ``unsettled`` marks post-8-December-2024 areas whose control the sources do not settle.
FALLBACK_CONTROLLER_NAMES = {"unsettled": "Control not settled in the sources"}
#: The colour of a controller without a (valid) colour of its own: a neutral grey.
UNKNOWN_COLOUR = "#999999"
_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{3,8}")


def esc(text: object) -> str:
    """HTML-escape any data value (quotes too: it may end up in an attribute)."""
    return html.escape(shown("" if text is None else str(text)), quote=True)


def fmt_day(day: date | None) -> str:
    """``25 April 2023``; empty for no date."""
    return f"{day.day} {day:%B %Y}" if day else ""


def safe_url(url: str) -> str | None:
    """The URL if it is a plain web link; anything else (javascript:, data:) is not linked."""
    parsed = urlparse(url.strip()) if url else None
    if parsed and parsed.scheme in ("http", "https") and parsed.netloc:
        return url.strip()
    return None


def party_name(atlas: Atlas, party_id: str | None, day: date | None = None) -> str:
    """The party's display name (with ``day``, as it was then: "Syrian caretaker government"
    in January 2025); a known pseudo-controller's wording; else the id itself."""
    party = atlas.parties.get(party_id) if party_id else None
    if party is not None:
        return party.name_on(day)
    if not party_id:
        return "no controller"
    return FALLBACK_CONTROLLER_NAMES.get(party_id, party_id)


def party_colour(atlas: Atlas, party_id: str | None) -> str:
    """The party's map colour as ``#rrggbb`` (grey when it has none or it is not a colour)."""
    party = atlas.parties.get(party_id) if party_id else None
    colour = party.colour if party and party.colour else UNKNOWN_COLOUR
    return colour if _HEX_COLOUR.fullmatch(colour) else UNKNOWN_COLOUR


def place_label(properties: dict) -> str:
    """A base-map place's map text: its plain ``label`` ("Hamah"), else its GeoNames name
    ("Ḩamāh") — the rule of desktop.render.labels.place_label, so both maps agree."""
    return str(properties.get("label") or properties.get("name") or "")
