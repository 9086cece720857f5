"""Event kinds for imported rows: the atlas's own kinds pass through, ACLED types are mapped.

ACLED ``event_type`` (``sub_event_type``)        -> atlas kind
-------------------------------------------------------------------
Battles (any)                                    -> incident
Explosions/Remote violence (any)                 -> incident
Violence against civilians (any)                 -> incident
Riots (any)                                      -> incident
Protests (any)                                   -> other
Strategic developments (Agreement)               -> agreement
Strategic developments (Headquarters or base established,
    Non-violent transfer of territory)           -> operation
Strategic developments (anything else)           -> other
anything unknown                                 -> other (counted in a warning)

"operation" in the atlas means a planned military or political move that changes who holds
what (Olive Branch, Peace Spring); single clashes and strikes are incidents.
"""

from __future__ import annotations

from geodata.model import EVENT_KINDS

_ACLED_TYPES = {
    "battles": "incident",
    "explosions/remote violence": "incident",
    "violence against civilians": "incident",
    "riots": "incident",
    "protests": "other",
    "strategic developments": "other",
}

_ACLED_STRATEGIC = {
    "agreement": "agreement",
    "headquarters or base established": "operation",
    "non-violent transfer of territory": "operation",
}


def event_kind(kind_text: str, sub_kind_text: str = "") -> tuple[str, bool]:
    """(atlas kind, known) for a kind column value and an optional sub-kind."""
    kind = kind_text.strip().lower()
    if not kind:
        return "other", True
    if kind in EVENT_KINDS:
        return kind, True
    if kind == "strategic developments":
        return _ACLED_STRATEGIC.get(sub_kind_text.strip().lower(), "other"), True
    if kind in _ACLED_TYPES:
        return _ACLED_TYPES[kind], True
    return "other", False
