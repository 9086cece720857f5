"""Text every export shows: escaping, dates, safe links and party names.

Qt-free and folium-free. Names, colours and dates come from the one legend model
(geodata.legend), so a page and its HTML twin say the same thing.
"""

from __future__ import annotations

import html
from datetime import date
from urllib.parse import urlparse

# The rules live in the one legend model (geodata.legend); re-exported for the exporters.
from geodata.legend.entries import M4_ROUTE_LABEL
from geodata.legend.language import Language
from geodata.legend.parties import (
    FALLBACK_CONTROLLER_NAMES,
    UNKNOWN_COLOUR,
    party_colour,
    party_name,
)
from geodata.text_limits import shown

__all__ = [
    "FALLBACK_CONTROLLER_NAMES",
    "M4_ROUTE_LABEL",
    "UNKNOWN_COLOUR",
    "esc",
    "fmt_day",
    "party_colour",
    "party_name",
    "place_label",
    "safe_url",
]


def esc(text: object) -> str:
    """HTML-escape any data value (quotes too: it may end up in an attribute)."""
    return html.escape(shown("" if text is None else str(text)), quote=True)


def fmt_day(day: date | None, lang: Language | None = None) -> str:
    """``25 April 2023`` (in ``lang``: 25 نيسان 2023); empty for no date."""
    return (lang or Language()).day(day, short=False)


def safe_url(url: str) -> str | None:
    """The URL if it is a plain web link; anything else (javascript:, data:) is not linked."""
    parsed = urlparse(url.strip()) if url else None
    if parsed and parsed.scheme in ("http", "https") and parsed.netloc:
        return url.strip()
    return None


def place_label(properties: dict) -> str:
    """A base-map place's map text: its plain ``label`` ("Hamah"), else its GeoNames name
    ("Ḩamāh") — the rule of desktop.render.labels.place_label, so both maps agree."""
    return str(properties.get("label") or properties.get("name") or "")
