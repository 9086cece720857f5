"""Parties over time: a controller's name on a day, and who a party continues (lineage).

The names and links live in ``talks/parties.toml`` (see its header); these helpers read them
from the loaded :class:`geodata.model.Party` records.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from geodata.control.model import UNKNOWN
from geodata.model import Party


def name_on(parties: Mapping[str, Party], party_id: str, day: date | None) -> str:
    """The controller's name as it was on ``day`` ("Syrian caretaker government" in Jan 2025)."""
    party = parties.get(party_id)
    if party is None:
        return "No data" if party_id == UNKNOWN else party_id
    return party.name_on(day)


def predecessors(parties: Mapping[str, Party], party_id: str) -> list[str]:
    """Every party ``party_id`` continues, nearest first (transitive; cycles are cut)."""
    seen: list[str] = []
    queue = [party_id]
    while queue:
        party = parties.get(queue.pop(0))
        for link in party.successor_of if party else ():
            if link.party not in seen and link.party != party_id:
                seen.append(link.party)
                queue.append(link.party)
    return seen


def successors(parties: Mapping[str, Party], party_id: str) -> list[str]:
    """Parties that continue ``party_id`` (direct), for "what became of it"."""
    return [p.id for p in parties.values() if any(k.party == party_id for k in p.successor_of)]


def inactive_on(parties: Mapping[str, Party], party_id: str, day: date) -> bool:
    """True when a record names a party on a day outside its span (Assad's government in 2025)."""
    party = parties.get(party_id)
    return party is not None and not party.active_on(day)
