"""What is under a pixel: the nearest visible event marker, else the zone (spatial index)."""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np

from desktop.render.transform import MapTransform
from geodata.model import ViewState
from geodata.projection import to_mercator
from geodata.view_filter import visible_events

_EVENT_RADIUS_PX = 9.0


@dataclass(frozen=True)
class Hit:
    zone_id: str | None = None
    event_id: str | None = None
    stacked: tuple[str, ...] = ()  # every event marker under the pixel, newest first


class HitTester:
    def __init__(self, atlas):
        self._atlas = atlas
        self._key: tuple | None = None
        self._ids: list[str] = []
        self._xy = np.zeros((0, 2))

    def _event_points(self, view: ViewState) -> None:
        key = (view.as_of, view.parties, view.kinds, view.text, view.date_from, view.date_to)
        if key == self._key:
            return
        events = [
            e
            for e in visible_events(self._atlas.events, view)
            if e.lat is not None and e.lon is not None
        ]
        self._ids = [e.id for e in events]
        if events:
            xs, ys = to_mercator(
                np.array([e.lon for e in events]), np.array([e.lat for e in events])
            )
            self._xy = np.column_stack([xs, ys])
        else:
            self._xy = np.zeros((0, 2))
        self._key = key

    def hit(self, transform: MapTransform, view: ViewState, px: float, py: float) -> Hit:
        if self._atlas is None:
            return Hit()
        if "events" not in view.hidden_layers:
            self._event_points(view)
            if len(self._ids):
                x, y = transform.to_map(px, py)
                dist = np.hypot(self._xy[:, 0] - x, self._xy[:, 1] - y) * transform.pixels_per_metre
                near = np.flatnonzero(dist <= _EVENT_RADIUS_PX)
                if len(near):
                    # Markers drawn on one spot (several meetings in Moscow): the newest wins the
                    # click (it is drawn on top); the tooltip lists them all.
                    stacked = tuple(self._ids[i] for i in sorted(near, reverse=True))
                    return Hit(event_id=stacked[0], stacked=stacked)
        if "zones" in view.hidden_layers:
            return Hit()
        lon, lat = transform.screen_to_lonlat(px, py)
        zone = self._atlas.controller_at(lon, lat, view.as_of)
        return Hit(zone_id=zone.id if zone is not None else None)

    def tooltip(self, hit: Hit) -> str:
        """Rich-text tooltip (data text escaped): name and controller, or event title and date."""
        if self._atlas is None:
            return ""
        if hit.event_id:
            lines = []
            for event_id in hit.stacked or (hit.event_id,):
                event = self._atlas.event(event_id)
                if event is None:
                    continue
                when = f"{event.date.day} {event.date:%b %Y}"
                kind = html.escape(event.kind.capitalize())
                lines.append(f"<b>{html.escape(event.title)}</b><br>{when} · {kind}")
            if len(lines) > 1:
                more = f"<br><i>+{len(lines) - 5} more</i>" if len(lines) > 5 else ""
                return (
                    f"{len(lines)} events here (click: the newest)<br>"
                    + "<br>".join(lines[:5])
                    + more
                )
            return lines[0] if lines else ""
        if hit.zone_id:
            zone = self._atlas.zone(hit.zone_id)
            if zone is None:
                return ""
            party = self._atlas.parties.get(zone.controller)
            controller = party.name if party else zone.controller
            extra = " (contested)" if zone.contested else ""
            return f"<b>{html.escape(zone.name)}</b><br>Held by {html.escape(controller)}{extra}"
        return ""
