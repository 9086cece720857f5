"""What a map shows, worked out once from the view: the input of every legend.

Qt-free logic on the atlas, so a legend lists only what is really drawn: controllers whose zones
are in force on the as-of date (and reach into the extent, for a page), the M4 and its corridor
when valid and not hidden, the kinds of the events drawn. The screen legend, the page legend and
the web map's legend all read a :class:`Shown` (through :func:`geodata.legend.legend_entries`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from geodata.legend.language import Language
from geodata.legend.parties import party_name
from geodata.model import EVENT_KINDS, Source, ViewState, single_low_grade
from geodata.sources.credits import unique_sources
from geodata.text_limits import SHOWN_TITLE, shown
from geodata.view_filter import event_index

if TYPE_CHECKING:
    from geodata.atlas import Atlas

Bounds = tuple[float, float, float, float]  # lon/lat: west, south, east, north


@dataclass(frozen=True)
class Shown:
    as_of: object = None  # the view's date (a datetime.date)
    controllers: tuple[str, ...] = ()  # party ids, the most ground shown first
    contested: bool = False
    m4: bool = False
    corridor: bool = False
    dmz: bool = False  # the 2018 demilitarised zone (Sochi)
    event_kinds: tuple[str, ...] = ()  # the talks' (bundled) events
    event_count: int = 0
    low_grade: bool = False  # a drawn talks event rests only on low-grade sources
    low_grade_zones: bool = False  # a drawn zone rests only on low-grade sources (red dashes)
    imported_kinds: tuple[str, ...] = ()  # workspace events: their own, smaller symbols
    imported_count: int = 0
    selection: str = ""  # display name of the selected zone or event
    zone_sources: tuple[Source, ...] = ()  # de-duplicated, in order of first appearance
    # sources of the drawn bundled events and of the M4 features (imported events carry theirs)
    event_sources: tuple[Source, ...] = ()
    #: What a page's credit line names first: the selected event's sources, then those of the
    #: agreed areas drawn (the atlas computes their shape, so their source is the story's).
    lead_sources: tuple[Source, ...] = ()
    zone_ids: tuple[str, ...] = field(default=())
    #: Zones are shown but the as-of date has none at all (not merely none in the extent).
    no_control_data: bool = False
    #: Compare mode: the day compared with, and the ids of those who gained ground since.
    compare_from: object = None
    gainers: tuple[str, ...] = ()
    #: The M4 drawn in its holders' colours: its km by controller, most first (party id or
    #: None: no zone), and its stretches in road order, west to east.
    m4_km: tuple[tuple[str | None, float], ...] = ()
    m4_stretches: tuple[tuple[str | None, float], ...] = ()
    #: Base-map layers drawn that a page legend explains: countries, governorates, rivers.
    base_layers: tuple[str, ...] = ()


def _visible(layer: str, view: ViewState) -> bool:
    return layer not in view.hidden_layers


def what_is_shown(
    atlas: Atlas | None,
    view: ViewState,
    bounds: Bounds | None = None,
    *,
    m4_by_holder: bool = False,
    base_layers: tuple[str, ...] = (),
    language: Language | None = None,
) -> Shown:
    """What ``view`` draws over ``bounds`` (None: the whole map). ``m4_by_holder``: the M4 is
    drawn in its holders' colours (the page), so the legend gives its km breakdown."""
    if atlas is None:
        return Shown(as_of=view.as_of)
    language = language or Language()
    frame = None
    if bounds is not None:
        from shapely.geometry import box

        frame = box(*bounds)
    on_date = atlas.zones_at(view.as_of)
    zones = []
    if _visible("zones", view):
        zones = [z for z in on_date if frame is None or z.geometry.intersects(frame)]
    # Controllers ordered by how much of the view they hold: the legend reads like the map.
    held: dict[str, float] = {}
    for zone in zones:
        part = zone.geometry if frame is None else zone.geometry.intersection(frame)
        held[zone.controller] = held.get(zone.controller, 0.0) + part.area
    features = [
        f for f in atlas.features_at(view.as_of) if frame is None or f.geometry.intersects(frame)
    ]
    talks, imported, kind_names, index = _event_rows(atlas, view, bounds)
    talks_events = index.events_at(talks) if len(talks) else []
    m4 = _visible("m4", view) and any(f.kind == "road" for f in features)
    with_km = m4_by_holder and m4 and bool(on_date) and _visible("zones", view)
    stretches = (
        tuple((seg["controller"], float(seg["km"])) for seg in atlas.m4_breakdown(view.as_of))
        if with_km
        else ()
    )
    return Shown(
        as_of=view.as_of,
        controllers=tuple(pid for pid, _ in sorted(held.items(), key=lambda kv: (-kv[1], kv[0]))),
        contested=any(z.disputed for z in zones),  # a "no data" zone disputes no holder
        m4=m4,
        corridor=bool(agreed_drawn(features, view, "corridor")),
        dmz=bool(agreed_drawn(features, view, "dmz")),
        event_kinds=_kinds(index, talks, kind_names),
        event_count=len(talks),
        low_grade=any(single_low_grade(e.sources) for e in talks_events),
        low_grade_zones=any(z.low_grade for z in zones),
        imported_kinds=_kinds(index, imported, kind_names),
        imported_count=len(imported),
        selection=selection_name(atlas, view, language),
        zone_sources=unique_sources(s for z in zones for s in z.sources),
        event_sources=unique_sources(
            [s for e in talks_events for s in e.sources] + [s for f in features for s in f.sources]
        ),
        lead_sources=_lead_sources(atlas, view, features),
        zone_ids=tuple(z.id for z in zones),
        no_control_data=_visible("zones", view) and not on_date,
        compare_from=view.compare_from,
        gainers=_gainers(atlas, view, frame) if _visible("zones", view) else (),
        m4_km=_m4_km(stretches),
        m4_stretches=stretches,
        base_layers=base_layers,
    )


def _event_rows(atlas: Atlas, view: ViewState, bounds: Bounds | None):
    """Rows of the drawn talks events and imported events (the columnar index: fast enough
    to run on every date step with 100k imported events)."""
    index = event_index(atlas)
    rows = index.rows(view)
    rows = rows[index.has_point[rows]]
    if bounds is not None and len(rows):
        lon, lat = index.lon[rows], index.lat[rows]
        inside = (bounds[0] <= lon) & (lon <= bounds[2]) & (bounds[1] <= lat) & (lat <= bounds[3])
        rows = rows[inside]
    bundled = index.bundled[rows]
    talks = rows[bundled] if _visible("events", view) else rows[:0]
    imported = rows[~bundled] if _visible("imported_events", view) else rows[:0]
    return talks, imported, index.kind_names, index


def _kinds(index, rows: np.ndarray, kind_names) -> tuple[str, ...]:
    # bincount, not np.unique: that imports numpy.ma (~8 ms) on the first paint.
    counts = np.bincount(index.kind[rows], minlength=len(kind_names)).tolist()
    present = {name for name, count in zip(kind_names, counts, strict=True) if count}
    return tuple(k for k in EVENT_KINDS if k in present)


def _m4_km(stretches) -> tuple[tuple[str | None, float], ...]:
    """The M4's length held by each controller (None: a stretch in no zone), most first."""
    totals: dict[str | None, float] = {}
    for pid, km in stretches:
        totals[pid] = totals.get(pid, 0.0) + km
    return tuple(sorted(totals.items(), key=lambda kv: -kv[1]))


def _gainers(atlas: Atlas, view: ViewState, frame) -> tuple[str, ...]:
    if view.compare_from is None or view.compare_from == view.as_of:
        return ()
    control = atlas.control
    if control is None:
        return ()
    from geodata.control.compare import gains_between

    early, late = sorted((view.compare_from, view.as_of))
    gains = gains_between(control, early, late)
    return tuple(
        dict.fromkeys(g.gainer for g in gains if frame is None or g.geometry.intersects(frame))
    )


def _lead_sources(atlas: Atlas, view: ViewState, features: list) -> tuple[Source, ...]:
    event = atlas.event(view.selected_event) if view.selected_event else None
    agreed = [s for f in agreed_drawn(features, view) for s in f.sources]
    return unique_sources([*(event.sources if event else ()), *agreed])


def agreed_drawn(features: list, view: ViewState, kind: str | None = None) -> list:
    """The agreed areas among ``features`` (of ``kind``, or any) whose layer the view shows."""
    return [
        f
        for f in features
        if f.kind in AGREED_LAYERS
        and (kind is None or f.kind == kind)
        and _visible(AGREED_LAYERS[f.kind], view)
    ]


#: The agreed areas (feature kind: its layer id), drawn on the days they were in force.
AGREED_LAYERS = {"dmz": "sochi_dmz", "corridor": "m4_corridor"}


def selection_name(atlas: Atlas, view: ViewState, language: Language | None = None) -> str:
    """The selection as a subtitle names it, without saying a name or date twice: a zone
    named "Idlib pocket (HTS / ...)" gets no "(Hay'at Tahrir al-Sham (HTS))", and an event on
    the as-of date (already in the subtitle) no date."""
    language = language or Language()
    if view.selected_zone:
        zone = atlas.zone(view.selected_zone)
        if zone is None:
            return ""
        party = party_name(atlas, zone.controller, view.as_of, language)
        short = re.findall(r"\(([^()]+)\)", party) + [party, zone.controller]
        named = any(re.search(rf"\b{re.escape(n)}\b", zone.name, re.I) for n in short if n)
        name = language.isolate(zone.name)
        return name if named else f"{name} ({party})"
    if view.selected_event:
        event = atlas.event(view.selected_event)
        if not event:
            return ""
        # isolated: an English title must not pull an Arabic date into its own direction
        title = language.isolate(shown(event.title, SHOWN_TITLE))
        if event.date == view.as_of:  # the subtitle already gives the date
            return title
        return f"{title} ({language.day(event.date)})"
    return ""
