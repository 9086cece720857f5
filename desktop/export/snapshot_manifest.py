"""The manifest written beside a snapshot: the command that redraws it and what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.export.manifest import ManifestInfo, build_manifest, control_data_json, view_arguments
from geodata.legend import Shown, party_name
from geodata.sources.credits import source_record

if TYPE_CHECKING:
    from desktop.export.snapshot import SnapshotRequest
    from desktop.export.snapshot_page import PagePlan
    from geodata.atlas import Atlas


def snapshot_command(request: SnapshotRequest) -> list[str]:
    page = request.page
    command = ["syria-atlas", "export", "snapshot", "--out", request.out.name]
    command += ["--dpi", str(page.dpi)]
    if page.kind == "paper":
        command += ["--paper", page.paper or "a4-landscape"]
    else:
        width, height = page.pixel_size()
        command += ["--size", f"{width}x{height}"]
    command += view_arguments(request.view, request.extent, request.workspace)
    if request.title:
        command += ["--title", request.title]
    if not request.inset:
        command.append("--no-inset")
    if "graticule" not in request.view.hidden_layers:
        command.append("--graticule")
    if "second_script" not in request.view.hidden_layers:
        command.append("--both-scripts")
    return command


def snapshot_manifest(request: SnapshotRequest, plan: PagePlan, atlas: Atlas | None = None) -> dict:
    page = request.page
    layout = plan.layout
    command = snapshot_command(request)
    info = ManifestInfo("snapshot", request.out, request.view, command, request.workspace)
    return build_manifest(
        info,
        title=request.title,
        format=request.format,
        page={
            "kind": page.kind,
            "paper": page.paper,
            "dpi": page.dpi,
            "width": page.width,
            "height": page.height,
            "width_px": layout.width,
            "height_px": layout.height,
            "inset": request.inset,
        },
        map={
            "requested_extent": list(request.extent),
            "drawn_bounds": [round(v, 6) for v in layout.map_transform.visible_lonlat_bounds()],
            "metres_per_pixel_at_centre": round(layout.map_transform.ground_metres_per_pixel(), 3),
        },
        shown=shown_to_json(plan.shown, atlas),
        **control_data_json(plan.gap),
    )


def shown_to_json(shown: Shown, atlas: Atlas | None = None) -> dict:
    """What the legend and small print list, with every zone source in full."""
    return {
        "controllers": list(shown.controllers),
        "zones": list(shown.zone_ids),
        "m4": shown.m4,
        "m4_corridor": shown.corridor,
        "sochi_dmz": shown.dmz,
        "event_kinds": list(shown.event_kinds),
        "event_count": shown.event_count,
        "zone_sources": [source_record(s) for s in shown.zone_sources],
        "event_sources": [source_record(s) for s in shown.event_sources],
        # (id, English name on the later day): the manifest is language-neutral
        "gainers": [
            [pid, party_name(atlas, pid, max(shown.as_of, shown.compare_from or shown.as_of))]
            for pid in shown.gainers
        ],
    }
