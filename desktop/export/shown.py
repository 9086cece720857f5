"""What a snapshot shows, worked out once from the view: the page's legend and sources list.

Qt-free logic on the atlas, so the legend lists only what is really drawn: controllers whose zones
reach into the extent on the as-of date, the M4 and its corridor when valid and not hidden, and
the kinds of the events that are drawn.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.i18n import day_text, party_display_name
from geodata.model import Source, ViewState
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
    event_kinds: tuple[str, ...] = ()
    event_count: int = 0
    selection: str = ""  # display name of the selected zone or event
    zone_sources: tuple[Source, ...] = ()  # de-duplicated, in order of first appearance
    zone_ids: tuple[str, ...] = field(default=())
    #: Zones are shown but the as-of date has none at all (not merely none in the extent).
    no_control_data: bool = False


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
        (pid, party_display_name(atlas, pid))
        for pid, _ in sorted(area_by_controller.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    features = [f for f in atlas.features_at(view.as_of) if f.geometry.intersects(frame)]
    events = []
    if _visible("events", view):
        events = [
            e
            for e in visible_events(atlas.events, view)
            if e.lat is not None
            and e.lon is not None
            and bounds[0] <= e.lon <= bounds[2]
            and bounds[1] <= e.lat <= bounds[3]
        ]
    from geodata.model import EVENT_KINDS

    kinds = tuple(k for k in EVENT_KINDS if any(e.kind == k for e in events))
    return Shown(
        controllers=controllers,
        contested=any(z.contested for z in zones),
        m4=_visible("m4", view) and any(f.kind == "road" for f in features),
        corridor=_visible("m4_corridor", view) and any(f.kind == "corridor" for f in features),
        event_kinds=kinds,
        event_count=len(events),
        selection=_selection_name(atlas, view),
        zone_sources=_unique_sources(s for z in zones for s in z.sources),
        zone_ids=tuple(z.id for z in zones),
        no_control_data=_visible("zones", view) and not on_date,
    )


def _selection_name(atlas: Atlas, view: ViewState) -> str:
    if view.selected_zone:
        zone = atlas.zone(view.selected_zone)
        return f"{zone.name} ({party_display_name(atlas, zone.controller)})" if zone else ""
    if view.selected_event:
        event = atlas.event(view.selected_event)
        if not event:
            return ""
        return f"{shown(event.title, SHOWN_TITLE)} ({day_text(event.date)})"
    return ""


def _unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for source in sources:
        key = (source.url, source.publisher)
        if key not in seen:
            seen.add(key)
            out.append(source)
    return tuple(out)


def source_credits(sources: tuple[Source, ...], limit: int = 8) -> list[str]:
    """Short "Publisher (url)" items, one per publisher, for the page's small print."""
    by_publisher: dict[str, str] = {}
    for source in sources:
        url = source.url if source.url.startswith(("http://", "https://")) else ""
        name = (
            source.publisher or _host(url) or QCoreApplication.translate("Shown", "unnamed source")
        )
        by_publisher.setdefault(name, url)
    items = [f"{name} ({url})" if url else name for name, url in by_publisher.items()]
    if len(items) > limit:
        items = items[:limit] + [
            QCoreApplication.translate("Shown", "and {count} more (listed in the manifest)").format(
                count=len(items) - limit
            )
        ]
    return items


def _host(url: str) -> str:
    from urllib.parse import urlparse

    return urlparse(url).netloc if url else ""
