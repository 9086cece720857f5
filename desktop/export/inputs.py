"""Data and view for a command-line export.

The same as desktop.launch.load_data / initial_view; repeated here because desktop.launch imports
the window (and so desktop.map), which the export package must not depend on.
"""

from __future__ import annotations

from pathlib import Path

from geodata.errors import AtlasError
from geodata.model import DEFAULT_AS_OF, ViewState


def load_data(workspace: str | None):
    """(basemap, atlas, attribution) for the bundled data plus an optional workspace."""
    from geodata.atlas import load_atlas
    from geodata.basemap import ATTRIBUTION, load_basemap

    atlas = load_atlas(workspace=Path(workspace) if workspace else None)
    return load_basemap(), atlas, ATTRIBUTION


def view_from_args(args, atlas) -> ViewState:
    """The ViewState of --date / --extent / --select, the selection checked against the data."""
    view = ViewState(as_of=getattr(args, "date", None) or DEFAULT_AS_OF, extent=args.extent)
    selected = getattr(args, "select", None)
    if selected:
        if atlas.zone(selected) is not None:
            return ViewState(as_of=view.as_of, extent=view.extent, selected_zone=selected)
        if atlas.event(selected) is not None:
            return ViewState(as_of=view.as_of, extent=view.extent, selected_event=selected)
        raise AtlasError(f"--select: no zone or event with id {selected!r}")
    return view
