"""What a snapshot shows, worked out once from the view: the page's legend and sources list.

Qt-free logic on the atlas, so the legend lists only what is really drawn: controllers whose zones
reach into the extent on the as-of date, the M4 and its corridor when valid and not hidden, and
the kinds of the events that are drawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.i18n import day_text, party_display_name
from geodata.model import Source, ViewState
from geodata.sources.credits import unique_sources
from geodata.text_limits import SHOWN_TITLE, shown
from geodata.view_filter import visible_events

if TYPE_CHECKING:
    from geodata.atlas import Atlas


@dataclass(frozen=True)
class Shown:
    controllers: tuple[tuple[str, str], ...] = ()  # (party id, display name), by area shown
    contested: bool = False
    m4: bool = False
    corridor: bool = False
    event_kinds: tuple[str, ...] = ()  # the talks' (bundled) events
    event_count: int = 0
    imported_kinds: tuple[str, ...] = ()  # workspace events: their own, smaller symbols
    imported_count: int = 0
    selection: str = ""  # display name of the selected zone or event
    zone_sources: tuple[Source, ...] = ()  # de-duplicated, in order of first appearance
    # sources of the drawn bundled events and of the M4 features (imported events carry theirs)
    event_sources: tuple[Source, ...] = ()
    zone_ids: tuple[str, ...] = field(default=())
    #: Zones are shown but the as-of date has none at all (not merely none in the extent).
    no_control_data: bool = False
    #: Compare mode: (party id, name) of those who gained ground in the extent.
    gainers: tuple[tuple[str, str], ...] = ()
    #: The M4's km by controller on the date, most first: (party id or None, name, km).
    m4_km: tuple[tuple[str | None, str, float], ...] = ()
    #: The M4's stretches in road order, west to east: (party id or None, km).
    m4_stretches: tuple[tuple[str | None, float], ...] = ()


def _visible(layer: str, view: ViewState) -> bool:
    return layer not in view.hidden_layers


def what_is_shown(
    atlas: Atlas | None, view: ViewState, bounds: tuple[float, float, float, float]
) -> Shown:
    """The legend content for ``view`` drawn over the lon/lat ``bounds``."""
    if atlas is None:
        return Shown()
    from shapely.geometry import box

    frame = box(*bounds)
    zones = []
    on_date = atlas.zones_at(view.as_of)
    if _visible("zones", view):
        zones = [z for z in on_date if z.geometry.intersects(frame)]
    # Controllers ordered by how much of the view they hold: the legend reads like the map.
    area_by_controller: dict[str, float] = {}
    for zone in zones:
        area = zone.geometry.intersection(frame).area
        area_by_controller[zone.controller] = area_by_controller.get(zone.controller, 0.0) + area
    controllers = tuple(
        (pid, party_display_name(atlas, pid, view.as_of))
        for pid, _ in sorted(area_by_controller.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    features = [f for f in atlas.features_at(view.as_of) if f.geometry.intersects(frame)]
    in_frame = []
    if _visible("events", view) or _visible("imported_events", view):
        in_frame = [
            e
            for e in visible_events(atlas.events, view)
            if e.lat is not None
            and e.lon is not None
            and bounds[0] <= e.lon <= bounds[2]
            and bounds[1] <= e.lat <= bounds[3]
        ]
    events = [e for e in in_frame if e.origin == "bundled"] if _visible("events", view) else []
    imported = (
        [e for e in in_frame if e.origin != "bundled"] if _visible("imported_events", view) else []
    )
    from geodata.model import EVENT_KINDS

    kinds = tuple(k for k in EVENT_KINDS if any(e.kind == k for e in events))
    imported_kinds = tuple(k for k in EVENT_KINDS if any(e.kind == k for e in imported))
    m4 = _visible("m4", view) and any(f.kind == "road" for f in features)
    with_m4_km = m4 and bool(on_date) and _visible("zones", view)
    return Shown(
        controllers=controllers,
        contested=any(z.contested for z in zones),
        m4=m4,
        corridor=_visible("m4_corridor", view) and any(f.kind == "corridor" for f in features),
        event_kinds=kinds,
        event_count=len(events),
        imported_kinds=imported_kinds,
        imported_count=len(imported),
        selection=_selection_name(atlas, view),
        zone_sources=unique_sources(s for z in zones for s in z.sources),
        event_sources=unique_sources(
            [s for e in events if e.origin == "bundled" for s in e.sources]
            + [s for f in features for s in f.sources]
        ),
        zone_ids=tuple(z.id for z in zones),
        no_control_data=_visible("zones", view) and not on_date,
        gainers=_gainers(atlas, view, frame),
        m4_km=_m4_km(atlas, view) if with_m4_km else (),
        m4_stretches=tuple(
            (seg["controller"], float(seg["km"])) for seg in atlas.m4_breakdown(view.as_of)
        )
        if with_m4_km
        else (),
    )


def _NO_CONTROL_DATA() -> str:  # noqa: N802 - reads like the label it is
    return QCoreApplication.translate("Shown", "No control data")


def _m4_km(atlas: Atlas, view: ViewState) -> tuple[tuple[str | None, str, float], ...]:
    """The M4's length held by each controller on the as-of date (a stretch in no zone counts
    as "no data"), largest first."""
    totals: dict[str | None, float] = {}
    for segment in atlas.m4_breakdown(view.as_of):
        key = segment["controller"]
        totals[key] = totals.get(key, 0.0) + float(segment["km"])
    ordered = sorted(totals.items(), key=lambda kv: -kv[1])
    return tuple(
        (pid, party_display_name(atlas, pid, view.as_of) if pid else _NO_CONTROL_DATA(), km)
        for pid, km in ordered
    )


def _gainers(atlas: Atlas, view: ViewState, frame) -> tuple[tuple[str, str], ...]:
    control = atlas.control
    if control is None or view.compare_from is None or view.compare_from == view.as_of:
        return ()
    from geodata.control.compare import gains_between

    early, late = sorted((view.compare_from, view.as_of))
    gainers = dict.fromkeys(
        g.gainer for g in gains_between(control, early, late) if g.geometry.intersects(frame)
    )
    return tuple((pid, control.name_on(pid, late)) for pid in gainers)


def _selection_name(atlas: Atlas, view: ViewState) -> str:
    """The selection as the subtitle names it, without saying a name or date twice: a zone
    named "Idlib pocket (HTS / ...)" gets no "(Hay'at Tahrir al-Sham (HTS))", and an event on
    the as-of date (already in the subtitle) no date."""
    if view.selected_zone:
        zone = atlas.zone(view.selected_zone)
        if zone is None:
            return ""
        party = party_display_name(atlas, zone.controller, view.as_of)
        short = re.findall(r"\(([^()]+)\)", party) + [party, zone.controller]
        named = any(re.search(rf"\b{re.escape(n)}\b", zone.name, re.I) for n in short if n)
        return zone.name if named else f"{zone.name} ({party})"
    if view.selected_event:
        event = atlas.event(view.selected_event)
        if not event:
            return ""
        title = shown(event.title, SHOWN_TITLE)
        if event.date == view.as_of:  # the subtitle already gives the date
            return title
        return f"{title} ({day_text(event.date)})"
    return ""
