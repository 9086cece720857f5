"""The parties an imported zone may name as its controller or backers.

A zone whose controller the atlas does not know is drawn in no party's colour, named by no
legend and counted by no query, so the import refuses it (naming the row, the column and the
value). A party may be written as its id (``hts``), in any letter case, or by a name or alias
the atlas records for it ("Hay'at Tahrir al-Sham", "SAA"): either becomes the id.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geodata.model import Party


@dataclass(frozen=True)
class PartyIndex:
    """Party ids, and every spelling that names one (lower-cased) -> its id."""

    ids: frozenset[str]
    spellings: Mapping[str, str]

    @classmethod
    def of(cls, records: Iterable[Mapping[str, Any]]) -> PartyIndex:
        """From the parties' TOML records (``id``, ``name``, ``aliases``, dated ``names``)."""
        return cls._of_names(
            (
                str(record.get("id", "")).strip(),
                [
                    record.get("name"),
                    *(record.get("aliases") or ()),
                    *(n.get("name") for n in record.get("names") or () if isinstance(n, Mapping)),
                ],
            )
            for record in records
        )

    @classmethod
    def of_parties(cls, parties: Iterable[Party]) -> PartyIndex:
        """From a loaded atlas's parties."""
        return cls._of_names(
            (party.id, [party.name, *party.aliases, *(n.name for n in party.names)])
            for party in parties
        )

    @classmethod
    def _of_names(cls, named: Iterable[tuple[str, list[Any]]]) -> PartyIndex:
        ids: set[str] = set()
        spellings: dict[str, str] = {}
        ambiguous: set[str] = set()
        for party, names in named:
            if not party:
                continue
            ids.add(party)
            for name in names:
                key = str(name or "").strip().casefold()
                if not key:
                    continue
                if spellings.get(key, party) != party:
                    ambiguous.add(key)  # a name two parties share names neither
                spellings[key] = party
        for key in ambiguous:
            del spellings[key]
        spellings.update({party.casefold(): party for party in ids})  # an id is never ambiguous
        return cls(frozenset(ids), spellings)

    def resolve(self, text: str, what: str) -> str:
        """The party id ``text`` names; ValueError naming the value and the nearest ids."""
        party = self.spellings.get(text.strip().casefold())
        if party is not None:
            return party
        near = difflib.get_close_matches(text.strip().casefold(), sorted(self.ids), n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        shown = text if len(text) <= 60 else text[:59] + "…"
        raise ValueError(
            f"unknown {what} {shown!r} (no atlas party has that id or name: "
            f"see syria-atlas query parties{hint})"
        )


@cache
def bundled_parties(data_dir: Path | None = None) -> PartyIndex:
    """The parties of the atlas's data (the bundled data by default)."""
    from geodata.io import (
        PARTIES_FILE,
        TOML_TABLES,
        default_data_dir,
        read_toml_records,
        talks_files,
    )

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    records: list[Mapping[str, Any]] = []
    for name in talks_files(folder, PARTIES_FILE):
        records += read_toml_records(folder / name, TOML_TABLES[PARTIES_FILE])
    return PartyIndex.of(records)
