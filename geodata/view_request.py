"""What the command line asks to see: the data to load and the ViewState of --date/--select.

Shared by the window (``syria-atlas --select ...``) and the exporters, so that an id the one
accepts the other accepts too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geodata.errors import AtlasError
from geodata.model import DEFAULT_AS_OF, ViewState, Zone

if TYPE_CHECKING:
    from geodata.atlas import Atlas


def load_data(workspace: str | Path | object | None) -> tuple[dict[str, Any], Atlas, str]:
    """(basemap layers, atlas, attribution) for the bundled data plus an optional workspace
    (a GeoPackage path or a database workspace)."""
    from geodata.atlas import load_atlas
    from geodata.basemap import ATTRIBUTION, load_basemap

    atlas = load_atlas(workspace=workspace or None)
    return load_basemap(), atlas, ATTRIBUTION


def check_stores_ahead() -> None:
    """Begin the start-up stores' checksums of the bundled data (the records, the stored
    first frame, the base map) on a thread (``geodata.work_ahead``): the window's start runs
    them beside its own imports, and ``load_data`` takes their results."""
    from geodata import basemap_store, records_store, work_ahead
    from geodata.basemap import LAYER_NAMES
    from geodata.control import source
    from geodata.io import default_data_dir
    from geodata.paths import data_dir

    folder, base = default_data_dir(), data_dir()
    jobs = [
        records_store.inputs_key.job(folder),
        source.inputs_key.job(folder),
        basemap_store.inputs_key.job(base, LAYER_NAMES),
    ]
    work_ahead.start(dict(jobs))


def view_for(
    atlas: Atlas,
    day: date | None = None,
    select: str | None = None,
    extent: tuple[float, float, float, float] | None = None,
    compare_from: date | None = None,
) -> ViewState:
    """The view of --date, --select, --extent and --compare-from (see _view_for)."""
    from dataclasses import replace

    view = _view_for(atlas, day, select, extent)
    if compare_from is None:
        return view
    control = atlas.control
    for when in (compare_from, view.as_of):
        if control is None or not control.covers(when):
            raise AtlasError(f"--compare-from: the control records do not cover {when.isoformat()}")
    return replace(view, compare_from=compare_from)


def _view_for(
    atlas: Atlas,
    day: date | None = None,
    select: str | None = None,
    extent: tuple[float, float, float, float] | None = None,
) -> ViewState:
    """The view of --date, --select and --extent, checked against the data.

    ``select`` may be a zone id, an area id ("idlib": its zone on the date) or an event id.
    A zone id of another period moves the date into that period when no date was given, and is
    refused when the date given lies outside it: a zone is only ever shown on its own dates.
    An event without a date opens on its own day; a place id (``query place`` gives them)
    stands for the zone holding the place on the date.
    """
    from geodata.atlas import suggest

    as_of = day or DEFAULT_AS_OF
    if not select:
        return ViewState(as_of=as_of, extent=extent)
    zone = atlas.zone(select)
    if zone is not None:
        if not zone.valid_on(as_of):
            if day is not None:
                when = as_of.isoformat()
                raise AtlasError(
                    f"--select: zone {select!r} is valid {_period(zone)}, not on {when}"
                )
            as_of = zone.valid_from
        return ViewState(as_of=as_of, extent=extent, selected_zone=select)
    event = atlas.event(select)
    if event is not None:
        if day is None:  # an event opens on its own day (the map as it stood then)
            as_of = event.date
        return ViewState(as_of=as_of, extent=extent, selected_event=select)
    if select in atlas.area_ids:
        area_zone = next((z for z in atlas.zones_at(as_of) if z.area == select), None)
        if area_zone is not None:
            return ViewState(as_of=as_of, extent=extent, selected_zone=area_zone.id)
    # an area no zone is on the day (the Tell Rifaat pocket of 2021 is drawn as the SDF's, not
    # as the snapshot's area): a place of the same id still names where to look
    place = _place_zone(atlas, select, as_of)
    if place is not None:
        return ViewState(as_of=as_of, extent=extent, selected_zone=place.id)
    if select in atlas.area_ids:
        raise AtlasError(f"--select: area {select!r} has no zone on {as_of.isoformat()}")
    atlas.check_not_a_feature(select, "--select: ")
    known = [z.id for z in atlas.zones] + list(atlas.events.columns.ids) + sorted(atlas.area_ids)
    raise AtlasError(f"--select: no zone, area or event with id {select!r}{suggest(select, known)}")


def _place_zone(atlas: Atlas, select: str, as_of: date) -> Zone | None:
    """A tracked place's id (``query place`` gives it: "al_bab") stands for the zone holding
    the place on the day; None when ``select`` is no place id."""
    control = atlas.control
    place = control.history.localities.get(select) if control is not None else None
    if place is None:
        return None
    zone = atlas.controller_at(lon=place.lon, lat=place.lat, day=as_of)
    if zone is None:
        raise AtlasError(
            f"--select: {place.name} ({select}) lies in no control zone on {as_of.isoformat()}"
        )
    return zone


def _period(zone: Zone) -> str:
    end = zone.valid_to.isoformat() if zone.valid_to else "onwards"
    return f"{zone.valid_from.isoformat()} to {end}"
