"""A search result's title and detail in an interface language.

``SearchResult.title`` and ``.detail`` are the English the CLI prints; the result also carries
what the detail says as values (kind, governorate, party, day). Here those are worded in the
window's language: a place is titled by its name in that language where a gazetteer records one
(the English name then leads the "also" spellings), its kind and governorate translated; a
zone's holder and dates, an event's day and kind likewise. Names no gazetteer gives in the
language stay in their Latin form, never a transliteration. Qt-free: lupdate finds the strings
marked below, and the desktop passes its own translate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.legend.entries import kind_label
from geodata.legend.language import QT_TRANSLATE_NOOP, Language, month_name
from geodata.legend.parties import party_name
from geodata.place_region import GOLAN, JERUSALEM

if TYPE_CHECKING:
    from geodata.atlas import Atlas
    from geodata.search import SearchResult

# Kinds of place in the gazetteers (localities.csv, places.csv), as the detail names them.
PLACE_KINDS = {
    "village": QT_TRANSLATE_NOOP("SearchKind", "village"),
    "town": QT_TRANSLATE_NOOP("SearchKind", "town"),
    "city": QT_TRANSLATE_NOOP("SearchKind", "city"),
    "neighbourhood": QT_TRANSLATE_NOOP("SearchKind", "neighbourhood"),
    "installation": QT_TRANSLATE_NOOP("SearchKind", "installation"),
    "base": QT_TRANSLATE_NOOP("SearchKind", "base"),
    "airbase": QT_TRANSLATE_NOOP("SearchKind", "airbase"),
    "airport": QT_TRANSLATE_NOOP("SearchKind", "airport"),
    "oilfield": QT_TRANSLATE_NOOP("SearchKind", "oilfield"),
    "dam": QT_TRANSLATE_NOOP("SearchKind", "dam"),
    "bridge": QT_TRANSLATE_NOOP("SearchKind", "bridge"),
    "junction": QT_TRANSLATE_NOOP("SearchKind", "junction"),
    "border crossing": QT_TRANSLATE_NOOP("SearchKind", "border crossing"),
    "venue": QT_TRANSLATE_NOOP("SearchKind", "venue"),
}
# Syria's governorates as the control gazetteer spells them (``admin1``).
GOVERNORATES = {
    "Aleppo": QT_TRANSLATE_NOOP("Governorate", "Aleppo"),
    "Al-Hasakah": QT_TRANSLATE_NOOP("Governorate", "Al-Hasakah"),
    "Raqqa": QT_TRANSLATE_NOOP("Governorate", "Raqqa"),
    "Hama": QT_TRANSLATE_NOOP("Governorate", "Hama"),
    "Idlib": QT_TRANSLATE_NOOP("Governorate", "Idlib"),
    "Homs": QT_TRANSLATE_NOOP("Governorate", "Homs"),
    "Deir ez-Zor": QT_TRANSLATE_NOOP("Governorate", "Deir ez-Zor"),
    "Rif Dimashq": QT_TRANSLATE_NOOP("Governorate", "Rif Dimashq"),
    "Latakia": QT_TRANSLATE_NOOP("Governorate", "Latakia"),
    "Daraa": QT_TRANSLATE_NOOP("Governorate", "Daraa"),
    "As-Suwayda": QT_TRANSLATE_NOOP("Governorate", "As-Suwayda"),
    "Tartus": QT_TRANSLATE_NOOP("Governorate", "Tartus"),
    "Quneitra": QT_TRANSLATE_NOOP("Governorate", "Quneitra"),
    "Damascus": QT_TRANSLATE_NOOP("Governorate", "Damascus"),
}
# geodata.place_region's wordings that are not a country's name (those are "CountryName")
_REGIONS = {
    GOLAN: QT_TRANSLATE_NOOP("SearchKind", "the Golan Heights (occupied by Israel)"),
    JERUSALEM: QT_TRANSLATE_NOOP("SearchKind", "Jerusalem (status disputed)"),
    "the West Bank": "West Bank",
    "the Gaza Strip": "Gaza Strip",
}


def result_texts(
    result: SearchResult, language: Language, atlas: Atlas | None = None
) -> tuple[str, str]:
    """(title, detail) of ``result`` in ``language``: English is the result's own text."""
    if language.code == "en":
        return result.title, result.detail
    if result.kind == "place":
        return _place(result, language)
    if result.kind == "zone":
        return result.title, _zone(result, language, atlas)
    return result.title, _event(result, language)


def _place(result: SearchResult, language: Language) -> tuple[str, str]:
    translate = language.translate
    if result.place_kind == "coordinates":
        return result.title, translate("SearchKind", "coordinates (latitude, longitude)")
    title = dict(result.local_names).get(language.code) or result.title
    also = list(result.also)
    if title != result.title:
        also = [result.title, *(name for name in also if name != title)][:3]
    kind = _comma(language).join(
        translate("SearchKind", word) for word in result.place_kind.split(", ") if word
    )
    if result.foreign:
        region = _REGIONS.get(result.region, result.region)
        special = result.region in (GOLAN, JERUSALEM)
        where = translate("SearchKind" if special else "CountryName", region)
        detail = translate("SearchKind", "town in {region}").format(region=where)
    elif result.region:
        detail = kind + _comma(language) + translate("Governorate", result.region)
    else:
        detail = kind
    if also:
        names = _comma(language).join(language.isolate(name) for name in also)
        detail += " · " + translate("SearchKind", "also {names}").format(names=names)
    return title, detail


def _zone(result: SearchResult, language: Language, atlas: Atlas | None) -> str:
    translate = language.translate
    day = result.valid_from
    holder = party_name(atlas, result.party, day, language) if result.party else ""
    if result.valid_to is not None:
        period = f"{_month(result.valid_from, language)}–{_month(result.valid_to, language)}"
    else:
        period = translate("SearchKind", "from {month}").format(month=_month(day, language))
    return translate("SearchKind", "area held by {party}").format(party=holder) + " · " + period


def _event(result: SearchResult, language: Language) -> str:
    parts = [language.day(result.day), kind_label(result.event_kind, language)]
    if result.imported:
        parts.append(language.translate("SearchKind", "imported"))
    return " · ".join(part for part in parts if part)


def _comma(language: Language) -> str:
    return "، " if language.code == "ar" else ", "


def _month(day, language: Language) -> str:
    """ "Mar 2020" in the language (the day's month and year only)."""
    return f"{month_name(day.month, language.code)} {day.year}" if day is not None else ""
