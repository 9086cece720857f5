"""Data and view for a command-line export (the same rules as the window's command line)."""

from __future__ import annotations

from geodata.model import ViewState
from geodata.view_request import load_data, view_for

__all__ = ["load_data", "view_from_args"]


def view_from_args(args, atlas) -> ViewState:
    """The ViewState of --date / --extent / --select, the selection checked against the data."""
    return view_for(atlas, getattr(args, "date", None), getattr(args, "select", None), args.extent)
