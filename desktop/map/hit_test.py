"""What is under a pixel: a talks event marker, else an imported event or cluster, else the zone.

Every step is an index lookup, never a loop over all events: the talks events are a handful of
points; imported events are found in what their layer drew on this view (the frame it cached
for painting: at most a few thousand dots or a few hundred clusters); zones through the atlas's
STRtree.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication
from shapely.geometry import Point

from desktop.i18n import day_text, language, party_display_name
from desktop.render.control_history_layers import LocalitiesLayer, localities_drawn
from desktop.render.imported_events import LAYER_ID as IMPORTED_LAYER
from desktop.render.imported_events import ImportedEventsLayer
from desktop.render.transform import MapTransform
from desktop.render.workspace_layers import ImportedZonesLayer
from geodata.legend.parties import zone_title
from geodata.model import ViewState
from geodata.projection import to_lonlat, to_mercator
from geodata.view_filter import event_index

if TYPE_CHECKING:
    from desktop.render.event_clusters import Frame
    from geodata.atlas import Atlas

IMPORTED_ZONES_LAYER = ImportedZonesLayer.id
LOCALITIES_LAYER = LocalitiesLayer.id
_EVENT_RADIUS_PX = 9.0
_LOCALITY_RADIUS_PX = 6.0
_M4_RADIUS_PX = 5.0  # the road's drawn half-width and a little more
_STACK_LIMIT = 20  # events listed for one spot (the tooltip shows five of them)
_SAME_SPOT_METRES = 30.0  # a cluster whose events all lie this close cannot be zoomed apart


@dataclass(frozen=True)
class Hit:
    zone_id: str | None = None
    event_id: str | None = None
    stacked: tuple[str, ...] = ()  # every event marker under the pixel, newest first
    cluster_count: int = 0  # imported events in a clicked cluster, when no single event is hit
    cluster_bounds: tuple[float, float, float, float] | None = None  # their lon/lat box
    locality_id: str | None = None  # a tracked locality's dot (its control history opens)
    #: The M4 stretch under the pixel (who holds it, from which town to which, km), as plain
    #: text; the zone under the road is then not the hit.
    m4_stretch: str = ""
    day: date | None = None  # the view's day: the tooltip names the controller as it was then


def m4_total(stretches: list[dict]) -> float:
    return max((s["to_km"] for s in stretches), default=0.0)


def describe_stretch(atlas: Atlas, stretch: dict, total_km: float, day: date | None = None) -> str:
    """ "M4: Hay'at Tahrir al-Sham (HTS)" then where it runs and how long, as plain text; the
    holder named as it was on ``day``."""
    translate = QCoreApplication.translate
    party = atlas.parties.get(stretch["controller"] or "")
    holder = (
        party_display_name(atlas, party.id, day)
        if party
        else translate("HitTest", "no control data on this date")
    )
    ends = ""
    if "from" in stretch and "to" in stretch:
        ends = translate("HitTest", "from near {start} to near {end}").format(
            start=stretch["from"]["near"], end=stretch["to"]["near"]
        )
        ends += "\n"
    length = translate(
        "HitTest", "{km:.0f} km (km {start:.0f}–{end:.0f} of {total:.0f}, west to east)"
    )
    return f"M4: {holder}\n{ends}" + length.format(
        km=stretch["km"], start=stretch["from_km"], end=stretch["to_km"], total=total_km
    )


class HitTester:
    def __init__(
        self, atlas: Atlas | None, imported_layer: ImportedEventsLayer | None = None
    ) -> None:
        """``imported_layer``: the layer the canvas paints with, so clicks reuse what it drew."""
        self._atlas = atlas
        self._imported = imported_layer or ImportedEventsLayer()
        self._key: tuple | None = None
        self._m4_day = None
        self._m4: list[dict] = []
        self._ids: list[str] = []
        self._xy = np.zeros((0, 2))
        self._locality_xy: np.ndarray | None = None

    def _talks_points(self, view: ViewState) -> None:
        index = event_index(self._atlas)
        key = (index, index.filter_key(view))
        if self._key is not None and self._key[0] is index and key == self._key:
            return
        rows = index.rows(view)
        rows = rows[index.bundled[rows] & index.has_point[rows]]
        self._ids = [e.id for e in index.events_at(rows)]
        self._xy = np.column_stack([index.x[rows], index.y[rows]])
        self._key = key

    def hit(self, transform: MapTransform, view: ViewState, px: float, py: float) -> Hit:
        if self._atlas is None:
            return Hit()
        if "events" not in view.hidden_layers:
            self._talks_points(view)
            if len(self._ids):
                x, y = transform.to_map(px, py)
                dist = np.hypot(self._xy[:, 0] - x, self._xy[:, 1] - y) * transform.pixels_per_metre
                near = np.flatnonzero(dist <= _EVENT_RADIUS_PX)
                if len(near):
                    # Markers drawn on one spot (several meetings in Moscow): the newest wins the
                    # click (it is drawn on top); the tooltip lists them all.
                    stacked = tuple(self._ids[i] for i in sorted(near, reverse=True))
                    return Hit(event_id=stacked[0], stacked=stacked)
        if IMPORTED_LAYER not in view.hidden_layers:
            hit = self._imported_hit(transform, view, px, py)
            if hit is not None:
                return hit
        stretch = self._m4_hit(transform, view, px, py)
        if stretch:
            return Hit(m4_stretch=stretch)
        imported = IMPORTED_ZONES_LAYER not in view.hidden_layers
        if "zones" in view.hidden_layers and not imported:
            return Hit()
        lon, lat = transform.screen_to_lonlat(px, py)
        locality = self._locality(transform, view, px, py)
        # An imported control map is clickable while its layer shows (its zones are smaller,
        # so they win where they overlap the atlas's own).
        zone = self._atlas.controller_at(lon, lat, view.as_of, include_imported=imported)
        if zone is not None and not zone.imported and "zones" in view.hidden_layers:
            zone = None
        return Hit(
            zone_id=zone.id if zone is not None else None, locality_id=locality, day=view.as_of
        )

    def _locality(self, transform: MapTransform, view: ViewState, px: float, py: float):
        """The tracked locality whose dot is under the pixel, when the dots are drawn."""
        control = self._atlas.control
        if (
            control is None
            or LOCALITIES_LAYER in view.hidden_layers
            or not localities_drawn(transform)
            or not control.covers(view.as_of)
        ):
            return None
        if self._locality_xy is None:
            history = control.history
            lon = np.array([history.localities[i].lon for i in history.order])
            lat = np.array([history.localities[i].lat for i in history.order])
            self._locality_xy = np.column_stack(to_mercator(lon, lat))
        x, y = transform.to_map(px, py)
        xy = self._locality_xy
        dist = np.hypot(xy[:, 0] - x, xy[:, 1] - y) * transform.pixels_per_metre
        nearest = int(np.argmin(dist)) if len(dist) else -1
        if nearest < 0 or dist[nearest] > _LOCALITY_RADIUS_PX:
            return None
        return control.history.order[nearest]

    def _m4_hit(self, transform: MapTransform, view: ViewState, px: float, py: float) -> str:
        """The M4 stretch within a few pixels of (px, py), described; "" if none."""
        m4 = self._atlas.features.get("m4")
        if "m4" in view.hidden_layers or m4 is None or not m4.valid_on(view.as_of):
            return ""
        lon, lat = transform.screen_to_lonlat(px, py)
        point = Point(lon, lat)
        # Web Mercator: a metre of map is 1/111,320 degree of longitude (x), less of latitude.
        tolerance = _M4_RADIUS_PX / transform.pixels_per_metre / 111_320
        if m4.geometry.distance(point) > tolerance:
            return ""
        if self._m4_day != view.as_of:
            from geodata.m4_ends import m4_stretches

            self._m4 = m4_stretches(self._atlas, view.as_of)
            self._m4_day = view.as_of
        pieces = [s for s in self._m4 if not s["line"].is_empty]
        if not pieces:
            return ""
        stretch = min(pieces, key=lambda s: s["line"].distance(point))
        return describe_stretch(self._atlas, stretch, m4_total(self._m4), view.as_of)

    def _imported_hit(
        self, transform: MapTransform, view: ViewState, px: float, py: float
    ) -> Hit | None:
        frame = self._imported.frame(self._atlas, view, transform)
        if frame is None:
            return None
        item, _ = frame.nearest(px, py, _EVENT_RADIUS_PX)
        if item < 0:
            return None
        events = self._atlas.events
        if frame.clustered and frame.count[item] > 1:
            x0, y0, x1, y1 = self._imported.points.cell_bounds(frame, item)
            if max(x1 - x0, y1 - y0) > _SAME_SPOT_METRES:
                lon0, lat0 = to_lonlat(x0, y0)
                lon1, lat1 = to_lonlat(x1, y1)
                bounds = (float(lon0), float(lat0), float(lon1), float(lat1))
                return Hit(cluster_count=int(frame.count[item]), cluster_bounds=bounds)
            # All on one spot (a town centre, as coarse data often has): list them.
            stacked = self._events_at_spot(view, frame, item)
            return Hit(event_id=stacked[0], stacked=stacked) if stacked else None
        if frame.clustered:
            event_id = events[int(frame.member[item])].id
            return Hit(event_id=event_id, stacked=(event_id,))
        near = frame.within(px, py, max(float(frame.radius[item]), _EVENT_RADIUS_PX))
        rows = np.sort(frame.member[near])[::-1][:_STACK_LIMIT]  # newest first, as drawn
        stacked = tuple(events[row].id for row in rows.tolist())
        return Hit(event_id=stacked[0], stacked=stacked)

    def _events_at_spot(self, view: ViewState, frame: Frame, item: int) -> tuple[str, ...]:
        """Newest first, the imported events in a cluster whose events share one spot."""
        index = event_index(self._atlas)
        row = int(frame.member[item])
        x, y = index.x[row], index.y[row]
        _, points = self._imported.points.points(index, view)
        inside = points.in_box(
            x - _SAME_SPOT_METRES,
            y - _SAME_SPOT_METRES,
            x + _SAME_SPOT_METRES,
            y + _SAME_SPOT_METRES,
        )
        rows = np.sort(points.rows[inside])[::-1][:_STACK_LIMIT]
        return tuple(e.id for e in index.events_at(rows))

    def tooltip(self, hit: Hit) -> str:
        """Rich-text tooltip (data text escaped): name and controller, or event title and date."""
        if self._atlas is None:
            return ""
        if hit.cluster_count:
            return QCoreApplication.translate(
                "HitTest", "<b>{cluster_count:,} imported events</b> here<br>Click to zoom in"
            ).format(cluster_count=hit.cluster_count)
        if hit.m4_stretch:
            head, _, rest = hit.m4_stretch.partition("\n")
            return f"<b>{html.escape(head)}</b><br>{html.escape(rest).replace(chr(10), '<br>')}"
        if hit.event_id:
            lines = []
            for event_id in hit.stacked or (hit.event_id,):
                event = self._atlas.event(event_id)
                if event is None:
                    continue
                when = f"{day_text(event.date)}"
                kind = html.escape(event.kind.capitalize())
                origin = (
                    QCoreApplication.translate("HitTest", " · imported ({origin})").format(
                        origin=html.escape(event.origin)
                    )
                    if event.origin != "bundled"
                    else ""
                )
                lines.append(f"<b>{html.escape(event.title)}</b><br>{when} · {kind}{origin}")
            if len(lines) > 1:
                count = len(lines)  # a plain name: lupdate's parser skips the call otherwise
                more = (
                    QCoreApplication.translate("HitTest", "<br><i>+{count} more</i>").format(
                        count=len(lines) - 5
                    )
                    if len(lines) > 5
                    else ""
                )
                return (
                    QCoreApplication.translate(
                        "HitTest", "%n events here (click: the newest)<br>", None, count
                    )
                    + "<br>".join(lines[:5])
                    + more
                )
            return lines[0] if lines else ""
        if hit.locality_id and self._atlas.control is not None:
            locality = self._atlas.control.history.localities[hit.locality_id]
            zone_tip = self.tooltip(Hit(zone_id=hit.zone_id, day=hit.day)) if hit.zone_id else ""
            return (
                QCoreApplication.translate(
                    "HitTest", "<b>{name}</b> (tracked locality)<br>"
                ).format(name=html.escape(locality.name))
                + (
                    QCoreApplication.translate("HitTest", "in {zone_tip}<br>").format(
                        zone_tip=zone_tip
                    )
                    if zone_tip
                    else ""
                )
                + QCoreApplication.translate("HitTest", "<i>Click: its control history</i>")
            )
        if hit.zone_id:
            zone = self._atlas.zone(hit.zone_id)
            if zone is None:
                return ""
            title = html.escape(zone_title(self._atlas, zone, language()))
            if zone.no_data:  # a stored gap: there is no holder to name
                return QCoreApplication.translate(
                    "HitTest", "<b>{zone}</b><br>No dated source found says who held it"
                ).format(zone=title)
            party = self._atlas.parties.get(zone.controller)
            controller = (
                party_display_name(self._atlas, zone.controller, hit.day or zone.valid_from)
                if party
                else zone.controller
            )
            extra = QCoreApplication.translate("HitTest", " (contested)") if zone.disputed else ""
            return QCoreApplication.translate(
                "HitTest", "<b>{zone}</b><br>Held by {party}{extra}"
            ).format(
                zone=title,
                party=html.escape(controller),
                extra=extra,
            )
        return ""
