"""A derived zone's accuracy and status notes, and a locality's name, in a language.

The derivation (geodata.control.zones) records what it did as values (``ZoneDerivation``:
how many localities, which snapshot zones, the snapshot days that cut the cells, the status);
the words are put together here, once: in English with ISO days for ``Zone.accuracy`` and
``Zone.notes`` (the command line, the JSON, the stored first frame), in the interface language
for the window (``language.translate`` reads the same catalogues as Qt). Snapshot ids, research
notes and a snapshot's own sourced wording are data: shown as written, isolated in Arabic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from geodata.legend.language import QT_TRANSLATE_NOOP, Language

if TYPE_CHECKING:
    from geodata.model import Zone, ZoneDerivation

CONTEXT = "ZoneText"
ENGLISH = Language("en")
# Statuses a record can have besides "held" (geodata.control.model.STATUSES), as shown.
_STATUS = {
    "contested": (
        QT_TRANSLATE_NOOP("ZoneText", "contested"),
        QT_TRANSLATE_NOOP("ZoneText", "contested with {parties}"),
    ),
    "shared": (
        QT_TRANSLATE_NOOP("ZoneText", "shared"),
        QT_TRANSLATE_NOOP("ZoneText", "shared with {parties}"),
    ),
}


def _and(language: Language) -> str:
    return language.translate("ZoneText", ", ")  # the list separator ("، " in Arabic)


def _then(language: Language) -> str:
    return language.translate("ZoneText", "; ")


def accuracy_words(
    derivation: ZoneDerivation,
    language: Language = ENGLISH,
    day: Callable[[date], str] | None = None,
) -> str:
    """ "derived from 12 localities and the snapshot zone idlib-2020-03-06; cells cut along
    the snapshot lines of 2020-03-06" in ``language`` (``day``: how a day is written, the
    language's display form by default), after the snapshot's own note when the zone is it."""
    day = day or language.day
    d = derivation
    count = d.localities  # a plain name: lupdate's parser skips the call otherwise
    localities = (
        language.translate("ZoneText", "1 locality")
        if count == 1
        else language.translate("ZoneText", "%n localities", None, count)
    )
    if d.snapshot_zones:
        ids = _and(language).join(language.isolate(z) for z in d.snapshot_zones)
        zones = (
            language.translate("ZoneText", "the snapshot zone {ids}")
            if len(d.snapshot_zones) == 1
            else language.translate("ZoneText", "the snapshot zones {ids}")
        ).format(ids=ids)
        words = language.translate("ZoneText", "derived from {localities} and {zones}").format(
            localities=localities, zones=zones
        )
    else:
        words = language.translate("ZoneText", "derived from {localities}").format(
            localities=localities
        )
    parts = [words]
    if d.cut_along:
        days = _and(language).join(day(c) for c in d.cut_along)
        parts.append(
            language.translate("ZoneText", "cells cut along the snapshot lines of {days}").format(
                days=days
            )
        )
    if d.snapshot_accuracy:
        parts.insert(0, language.isolate(d.snapshot_accuracy))
    return _then(language).join(parts)


def notes_words(
    derivation: ZoneDerivation, party: Callable[[str], str], language: Language = ENGLISH
) -> str:
    """The status ("contested with Syrian government (Assad)") and the records' own notes
    (data, as written), after the snapshot's notes when the zone is the snapshot zone.
    ``party``: a party id's name as the notes show it."""
    d = derivation
    notes = []
    # (a snapshot zone's page already says it is contested: its Status row)
    said = d.snapshot and d.status == "contested" and not d.with_parties and not d.record_notes
    if d.status != "held" and not said:
        notes.append(status_words(d.status, d.with_parties, party, language))
    notes += [language.isolate(n) for n in dict.fromkeys(map(reader_note, d.record_notes)) if n]
    if d.snapshot_notes:
        notes.insert(0, language.isolate(d.snapshot_notes))
    return _then(language).join(notes)


# A research note opens with the maintainers' provenance tags ("[g2016_raqqa_sdf]",
# "[review_rev7]", "[daily 2019-20 > idlib20_barna_huwayr]": which block,
# rule or review wrote the row); they mean nothing to a reader.
_PROVENANCE_TAGS = re.compile(r"^(?:\[[^\[\]]{1,120}\]\s*)+")


def reader_note(note: str) -> str:
    """A record's note as a reader sees it: without the provenance tags it opens with."""
    return _PROVENANCE_TAGS.sub("", note).strip()


def status_words(
    status: str,
    with_parties: tuple[str, ...],
    party: Callable[[str], str],
    language: Language = ENGLISH,
) -> str:
    """A record's status as shown: "contested", "shared with Syrian government (Assad),
    Russia" ("" for held). ``party``: a party id's name as shown."""
    if status == "held":
        return ""
    bare, with_them = _STATUS.get(status, (status, status + " with {parties}"))
    if not with_parties:
        return language.translate(CONTEXT, bare)
    names = _and(language).join(language.isolate(party(p)) for p in with_parties)
    return language.translate(CONTEXT, with_them).format(parties=names)


def zone_accuracy(zone: Zone, language: Language = ENGLISH) -> str:
    """A zone's accuracy as a page shows it: a derived zone's in ``language``; any other's
    own sourced note (data) as written."""
    if zone.derivation is None:
        return zone.accuracy
    return accuracy_words(zone.derivation, language)


def zone_notes(atlas, zone: Zone, language: Language = ENGLISH) -> str:
    """A zone's notes as a page shows them (see zone_accuracy); parties named as they were
    named on the zone's first day, in ``language``."""
    if zone.derivation is None:
        return zone.notes
    from geodata.legend.parties import party_name

    return notes_words(
        zone.derivation,
        lambda p: party_name(atlas, p, zone.valid_from, language),
        language,
    )


_NAME_FIELDS = {"ar": "name_ar", "tr": "name_tr", "ku": "name_ku"}


def locality_name(locality, language: Language | str = ENGLISH) -> str:
    """A gazetteer locality's name in the language (the English name where none is recorded)."""
    code = language.code if isinstance(language, Language) else language
    field = _NAME_FIELDS.get(code)
    return (getattr(locality, field, "") or locality.name) if field else locality.name
