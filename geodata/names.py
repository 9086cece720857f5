"""Names in the interface languages (ar, tr, ku): parties from talks/party_names.toml, places
from the gazetteer (``name_ar``; Turkish and Kurdish spellings tagged in ``alt_names``).

Qt-free, so the command line (``query --names ar``) and the window give the same names. A name
that is not recorded is ``None``: callers fall back to the English name, never to a guess.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from geodata.paths import data_path

if TYPE_CHECKING:
    from geodata.model import Place

NAME_LANGUAGES = ("en", "ar", "tr", "ku")
# How places.csv tags a Turkish or Kurdish spelling among its alt_names: "Halep (Turkish)".
_ALT_NAME_TAGS = {"tr": "(Turkish)", "ku": "(Kurdish)"}


@lru_cache(maxsize=1)
def _party_names() -> dict[str, dict]:
    from geodata import toml_read  # not needed for an English first frame

    with data_path("talks", "party_names.toml").open("rb") as f:
        return toml_read.load(f)


def party_name_in(party_id: str | None, lang: str, dated: str | None = None) -> str | None:
    """The party's name in ``lang`` (None: not recorded, or English wanted). ``dated``: the
    English name the party had on a day (parties.toml ``names``) — its rendering from the
    party's ``dated`` table; None when that dated name has none (never the current name
    instead: "Syrian caretaker government" is not the transitional government's name)."""
    if not party_id or lang == "en":
        return None
    names = _party_names().get(party_id, {})
    if dated is not None:
        names = names.get("dated", {}).get(dated, {})
    value = names.get(lang)
    return str(value) if isinstance(value, str) and value else None


def place_name_in(place: Place, lang: str) -> str | None:
    """The place's name in ``lang`` where the gazetteer records one (None otherwise)."""
    if lang == "ar":
        return place.name_ar or None
    tag = _ALT_NAME_TAGS.get(lang)
    if tag is None:
        return None
    for alt in place.alt_names:
        if alt.strip().endswith(tag):
            # "Serê Kaniyê / Serêkaniyê (Kurdish)": the first spelling names the place.
            return alt.strip()[: -len(tag)].split(" / ")[0].strip() or None
    return None
