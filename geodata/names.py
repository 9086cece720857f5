"""Names in the interface languages (ar, tr, ku): parties from talks/party_names.toml, places
from the gazetteer (``name_ar``; Turkish and Kurdish spellings tagged in ``alt_names``).

Qt-free, so the command line (``query --names ar``) and the window give the same names. A name
that is not recorded is ``None``: callers fall back to the English name, never to a guess.
"""

from __future__ import annotations

import tomllib
from datetime import date
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
    with data_path("talks", "party_names.toml").open("rb") as f:
        table = tomllib.load(f)
    return {
        pid: {k: (v if k == "names" else str(v)) for k, v in names.items()}
        for pid, names in table.items()
    }


def party_name_in(party_id: str | None, lang: str, day: date | None = None) -> str | None:
    """The party's name in ``lang`` (None: not recorded, or English wanted); with ``day``, the
    name it had then where party_names.toml dates one (``names = [{to = ..., ar = ...}]``, as
    parties.toml dates the English: the caretaker government until 28 Mar 2025)."""
    if not party_id or lang == "en":
        return None
    entry = _party_names().get(party_id, {})
    if day is not None:
        for period in entry.get("names", ()):
            start, end = period.get("from"), period.get("to")
            if (start is None or start <= day) and (end is None or day <= end) and lang in period:
                return str(period[lang])
    return entry.get(lang) or None


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
