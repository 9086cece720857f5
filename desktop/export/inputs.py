"""Data and view for a command-line export (the same rules as the window's command line)."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from geodata.model import ViewState
from geodata.view_request import load_data, view_for

if TYPE_CHECKING:
    from geodata.atlas import Atlas

__all__ = ["Basemap", "load_data", "view_from_args"]

#: Base-map layers by name ("countries", "rivers", ...), each a sequence of features with
#: ``geometry`` and ``properties`` (as geodata.basemap.load_basemap returns).
Basemap = Mapping[str, Sequence[Any]]


def view_from_args(args: argparse.Namespace, atlas: Atlas) -> ViewState:
    """The ViewState of --date / --extent / --select, the selection checked against the data."""
    return view_for(
        atlas,
        getattr(args, "date", None),
        getattr(args, "select", None),
        args.extent,
        getattr(args, "compare_from", None),
    )
