"""Comparing place names across gazetteers: transliterations fold to one key.

Shared by the base-map build (tools/build_basemap) and the label check (geodata.place_check),
so a name that labels a place at build time is compared by the same rule when checked.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any


def fold(name: str) -> str:
    """Compare key for transliterations: ASCII letters only, lower case, no doubled letters."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if ch.isascii() and ch.isalnum()).lower()
    return re.sub(r"(.)\1+", r"\1", text)


# Countries whose GeoNames names are BGN/PCGN romanisations of Arabic; Turkish and Hebrew
# romanisations keep their letters (ş, ı, ğ are Turkish letters, not diacritics).
_BGN_COUNTRIES = {"SY", "IQ", "JO", "LB", "PS"}
_AYN_HAMZA = str.maketrans({"‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "`": "'"})


def display_label(name: str, country: str) -> str:
    """A plain map label: BGN romanisations lose their dots, cedillas and macrons
    ("Ḩamāh" -> "Hamah", "Ma‘arrat an Nu‘mān" -> "Ma'arrat an Nu'man")."""
    if country not in _BGN_COUNTRIES:
        return name
    text = unicodedata.normalize("NFKD", name.translate(_AYN_HAMZA))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def gazetteer_names(row: dict[str, str]) -> set[str]:
    """Folded names of a places.csv row: its name and alternates ("Halep (Turkish)" -> halep)."""
    alternates = (a.split(" (")[0] for a in row.get("alt_names", "").split(";"))
    return {fold(n) for n in (row["name"], *alternates) if n.strip()} - {""}


def place_names(props: dict[str, Any]) -> set[str]:
    """Folded names of a GeoNames place: its name and Latin alternates."""
    return {fold(n) for n in (props["name"], *props.get("alt_names", ()))} - {""}
