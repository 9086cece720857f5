"""Named groups of localities (``groups*.toml``): governorates, districts, a list or a polygon."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from geodata.control.model import Locality


@dataclass(frozen=True)
class Group:
    id: str
    name: str = ""
    admin1: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()
    localities: tuple[str, ...] = ()
    within: BaseGeometry | None = None
    sources: tuple[str, ...] = ()


def _strings(table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key}: must be a list of text")
    return tuple(v.strip() for v in value)


def group_from_table(table: Any) -> Group:
    if not isinstance(table, dict) or not isinstance(table.get("id"), str) or not table["id"]:
        raise ValueError("id: missing")
    within = None
    if table.get("within"):
        try:
            within = shapely.from_wkt(str(table["within"]))
        except shapely.errors.ShapelyError as exc:
            raise ValueError(f"within: not a WKT polygon ({exc})") from None
        if within.geom_type not in ("Polygon", "MultiPolygon") or not within.is_valid:
            raise ValueError("within: must be a valid (Multi)Polygon in lon lat")
        if not _strings(table, "sources"):
            raise ValueError("within: a polygon needs sources (where the line comes from)")
    group = Group(
        id=table["id"],
        name=str(table.get("name", "")),
        admin1=_strings(table, "admin1"),
        admin2=_strings(table, "admin2"),
        localities=_strings(table, "localities"),
        within=within,
        sources=_strings(table, "sources"),
    )
    if not (group.admin1 or group.admin2 or group.localities or group.within is not None):
        raise ValueError(f"{group.id}: give admin1, admin2, localities or within")
    return group


def expand_group(group: Group, localities: Iterable[Locality]) -> list[str]:
    """Ids of the group's localities (in gazetteer order): any of the rules matching.

    Start-up expands every group row over the whole gazetteer, so the rules a group does not
    use cost nothing, and a polygon is tested against all localities in one shapely call."""
    localities = list(localities)
    governorates = {a.casefold() for a in group.admin1}
    districts = {a.casefold() for a in group.admin2}
    listed = set(group.localities)
    inside = (
        shapely.intersects_xy(
            group.within, [loc.lon for loc in localities], [loc.lat for loc in localities]
        ).tolist()
        if group.within is not None and localities
        else None
    )
    members = []
    for i, locality in enumerate(localities):
        if (
            locality.id in listed
            or (governorates and locality.admin1 and locality.admin1.casefold() in governorates)
            or (districts and locality.admin2 and locality.admin2.casefold() in districts)
            or (inside is not None and inside[i])
        ):
            members.append(locality.id)
    return members
