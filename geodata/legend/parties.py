"""A party as every view shows it: its name on a day in a language, its colour, its short form.

The English name on a day follows the party's dated names (talks/parties.toml ``names``: the
"Syrian caretaker government" until 28 Mar 2025); other languages take the rendering recorded in
talks/party_names.toml, for the dated name where one is dated. A name that is not recorded
shows in English — never a guess.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from geodata.control.model import namesake_title
from geodata.legend.language import QT_TRANSLATE_NOOP, Language
from geodata.names import party_name_in

if TYPE_CHECKING:
    from geodata.atlas import Atlas

#: Names for controller ids that may appear in zone data without a party record of their own.
FALLBACK_CONTROLLER_NAMES = {
    "unsettled": QT_TRANSLATE_NOOP("PartyName", "Control not settled in the sources"),
    "unknown": QT_TRANSLATE_NOOP("PartyName", "No data"),
}
#: What an M4 stretch in no zone is held by.
NO_CONTROLLER = QT_TRANSLATE_NOOP("PartyName", "No control data")

#: The colour of a controller without a (valid) colour of its own: a neutral grey.
UNKNOWN_COLOUR = "#999999"
# Fallback controller colours (Okabe-Ito, colour-blind safe) for ids without a party record
# (atlases built by hand); the party data's own colours come first.
CONTROLLER_COLOURS = {
    "government": "#D55E00",
    "hts": "#009E73",
    "sna": "#0072B2",
    "sdf": "#E69F00",
    "sdf_government": "#CC79A7",
    "us_coalition": "#56B4E9",
}
# Map colours that replace the party data's colour, should a data colour ever clash with the
# map (e.g. a light blue zone reads as water). Empty while the data's Okabe-Ito colours work.
CONTROLLER_OVERRIDES: dict[str, str] = {}
_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?(?:[0-9A-Fa-f]{2})?")


def _language(language: Language | str) -> Language:
    return language if isinstance(language, Language) else Language(language)


def party_name(
    atlas: Atlas | None,
    party_id: str | None,
    day: date | None = None,
    language: Language | str = "en",
) -> str:
    """The party's name on ``day`` (its current name without one) in ``language``."""
    language = _language(language)
    if not party_id:
        return language.translate("PartyName", NO_CONTROLLER)
    party = atlas.parties.get(party_id) if atlas is not None else None
    if party is None:
        fallback = FALLBACK_CONTROLLER_NAMES.get(party_id)
        if fallback is None:
            return party_id
        return party_name_in(party_id, language.code) or language.translate("PartyName", fallback)
    english = party.name_on(day)
    if language.code == "en":
        return english
    dated = english if english != party.name else None
    return party_name_in(party_id, language.code, dated) or english


def short_name(name: str) -> str:
    """The abbreviation a name ends with ("SDF" in "Syrian Democratic Forces (SDF)"; HTŞ, قسد),
    else the name: what a zone label or an M4 breakdown row has room for. An abbreviation is
    in capitals (Latin or Turkish) or, in Arabic, a short word without the article: "(Assad)"
    and "(الأسد)" qualify a name, they do not abbreviate it."""
    found = re.search(r"\(([^()\s]{2,8})\)\s*$", name)
    if found is None:
        return name
    short = found.group(1)
    capitals = short.isupper() and short.isalpha()
    arabic = len(short) <= 4 and _ARABIC.fullmatch(short) and not short.startswith("ال")
    return short if capitals or arabic else name


_ARABIC = re.compile(r"[\u0600-\u06ff]+")


def party_colour(atlas: Atlas | None, party_id: str | None) -> str:
    """The party's one map colour as ``#rrggbb``: the map, its legends and the panels share it."""
    if not party_id:
        return UNKNOWN_COLOUR
    if party_id in CONTROLLER_OVERRIDES:
        return CONTROLLER_OVERRIDES[party_id]
    party = atlas.parties.get(party_id) if atlas is not None else None
    colour = party.colour if party is not None and party.colour else ""
    if _HEX_COLOUR.fullmatch(colour):
        return colour
    return CONTROLLER_COLOURS.get(party_id, UNKNOWN_COLOUR)


def zone_title(atlas: Atlas | None, zone, language: Language | str = "en") -> str:
    """A zone's title in ``language``. A zone derived from the control records is named
    "<controller then> – <biggest place>" (geodata.control.zones): that title is put together
    again from the party's name and the place's gazetteer name in the language, where both
    are recorded; a snapshot zone's own name (a sourced description) stays as written."""
    language = _language(language)
    if language.code == "en" or atlas is None:
        return zone.name
    party = atlas.parties.get(zone.controller)
    if zone.controller in FALLBACK_CONTROLLER_NAMES and zone.name in (
        "No data",
        FALLBACK_CONTROLLER_NAMES[zone.controller],
    ):
        return party_name(atlas, zone.controller, zone.valid_from, language)
    english = party.name_on(zone.valid_from) if party is not None else None
    if not english or not zone.name.startswith(english):
        return zone.name
    rest = zone.name[len(english) :]
    name = party_name(atlas, zone.controller, zone.valid_from, language)
    if not rest:
        return name
    if not rest.startswith(" – "):
        return zone.name
    place = rest[3:]
    return f"{name} – {_place_name(atlas, place, language.code)}"


#: Per atlas, its control localities by English name (the first of a name, in gazetteer
#: order): zone titles are asked for on every tooltip, not worth a pass over ~4,000 places.
_BY_NAME: WeakKeyDictionary = WeakKeyDictionary()


def _place_name(atlas: Atlas, english: str, code: str) -> str:
    """A control locality's name in ``code`` (English where none is recorded)."""
    field = {"ar": "name_ar", "tr": "name_tr", "ku": "name_ku"}.get(code)
    if field is None:
        return english
    by_name = _BY_NAME.get(atlas)
    if by_name is None:
        by_name = {}
        for locality in atlas.localities.values():
            by_name.setdefault(locality.name, (locality, ""))
            # the form a zone takes when another place has the name (zones._told_apart)
            district = getattr(locality, "admin2", "") or ""
            if district:
                titled = namesake_title(locality.name, district)
                by_name.setdefault(titled, (locality, titled[len(locality.name) :]))
        _BY_NAME[atlas] = by_name
    found = by_name.get(english)
    if found is None:
        return english
    locality, district = found
    translated = getattr(locality, field, "")
    return f"{translated}{district}" if translated else english
