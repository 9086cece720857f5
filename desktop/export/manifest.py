"""The JSON manifest written beside every export: enough to know what it shows and redo it."""

from __future__ import annotations

import hashlib
import json
import shlex
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from geodata import __version__
from geodata.errors import AtlasError
from geodata.model import DEFAULT_HIDDEN_LAYERS, ViewState

if TYPE_CHECKING:
    from desktop.export.inputs import Basemap
    from desktop.export.snapshot import SnapshotResult
    from desktop.export.web import WebMapResult
    from geodata.atlas import Atlas
    from geodata.web_export.coverage import ControlGap

MANIFEST_SUFFIX = ".manifest.json"
SCHEMA = "northern-syria-atlas/export-manifest/1"


def manifest_path(out: Path) -> Path:
    """``map.png`` -> ``map.png.manifest.json`` (unique even when map.pdf sits beside it)."""
    return out.with_name(out.name + MANIFEST_SUFFIX)


@cache
def bundled_data_hash() -> tuple[str, int]:
    """SHA-256 over every bundled data file (path and content), and the number of files."""
    from geodata.paths import data_dir

    root = data_dir()
    digest = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest(), len(files)


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def view_to_json(view: ViewState) -> dict:
    return {
        "as_of": view.as_of.isoformat(),
        "selected_zone": view.selected_zone,
        "selected_event": view.selected_event,
        "parties": sorted(view.parties),
        "kinds": sorted(view.kinds),
        "text": view.text,
        "date_from": view.date_from.isoformat() if view.date_from else None,
        "date_to": view.date_to.isoformat() if view.date_to else None,
        "extent": list(view.extent) if view.extent else None,
        "hidden_layers": sorted(view.hidden_layers),
        "compare_from": view.compare_from.isoformat() if view.compare_from else None,
    }


def view_from_json(data: dict) -> ViewState:
    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    extent = data.get("extent")
    return ViewState(
        as_of=date.fromisoformat(data["as_of"]),
        selected_zone=data.get("selected_zone"),
        selected_event=data.get("selected_event"),
        parties=frozenset(data.get("parties") or ()),
        kinds=frozenset(data.get("kinds") or ()),
        text=data.get("text") or "",
        date_from=day(data.get("date_from")),
        date_to=day(data.get("date_to")),
        extent=tuple(float(v) for v in extent) if extent else None,
        hidden_layers=(
            frozenset(data["hidden_layers"] or ())
            if "hidden_layers" in data
            else DEFAULT_HIDDEN_LAYERS
        ),
        compare_from=day(data.get("compare_from")),
    )


_DRAWING_ONLY = frozenset({"graticule", "second_script"})


def command_is_complete(view: ViewState) -> bool:
    """True when the command line alone reproduces the view (it has no filter options)."""
    return not (
        view.parties
        or view.kinds
        or view.text
        or view.date_from
        or view.date_to
        # the graticule and the second script are no filters: the snapshot command says
        # --graticule / --both-scripts, the web map has neither
        or view.hidden_layers - _DRAWING_ONLY != DEFAULT_HIDDEN_LAYERS - _DRAWING_ONLY
        or (view.selected_zone and view.selected_event)
    )


def view_arguments(
    view: ViewState, extent: tuple[float, float, float, float] | None, workspace: str | None
) -> list[str]:
    args = ["--date", view.as_of.isoformat()]
    if view.compare_from:
        args += ["--compare-from", view.compare_from.isoformat()]
    if extent:
        args += ["--extent", ",".join(f"{v:.6f}" for v in extent)]
    selected = view.selected_zone or view.selected_event
    if selected:
        args += ["--select", selected]
    if workspace:
        args += ["--workspace", str(workspace)]
    return args


@dataclass(frozen=True)
class ManifestInfo:
    """The parts of a manifest every export kind shares."""

    kind: str  # snapshot | html
    out: Path
    view: ViewState
    command: list[str]
    workspace: str | None = None


def build_manifest(info: ManifestInfo, **details: object) -> dict:
    data_sha, data_files = bundled_data_hash()
    data: dict = {
        "geodata_version": __version__,
        "bundled_data_sha256": data_sha,
        "bundled_data_files": data_files,
        "workspace": str(info.workspace) if info.workspace else None,
    }
    if info.workspace and Path(info.workspace).is_file():
        data["workspace_sha256"] = file_hash(Path(info.workspace))
    complete = command_is_complete(info.view)
    return {
        "schema": SCHEMA,
        "kind": info.kind,
        "file": info.out.name,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator": f"syria-atlas {__version__}",
        "view": view_to_json(info.view),
        "data": data,
        **details,
        "command": info.command,
        "command_line": shlex.join(info.command),
        "command_reproduces_view": complete,
        "reproduce_note": (
            "Run the command line from the folder of this file."
            if complete
            else "The view had filters or hidden layers the command line cannot express; "
            "reproduce with desktop.export.manifest.reproduce(<this manifest>)."
        ),
    }


def control_data_json(gap: ControlGap | None) -> dict:
    """``control_data``: whether the as-of date has control zones at all; when it has none, the
    nearest dates that do (``nearest_control_dates``), as the page's notice says."""
    if gap is None:
        return {"control_data": True}
    return {"control_data": False, "nearest_control_dates": gap.to_json()}


def manifest_json(manifest: dict) -> str:
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def read_manifest(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AtlasError(f"cannot read manifest {path}: {exc}") from None
    if data.get("schema") != SCHEMA:
        raise AtlasError(f"{path} is not an export manifest of this program")
    return data


def reproduce(
    path: Path,
    out: Path | None = None,
    basemap: Basemap | None = None,
    atlas: Atlas | None = None,
    attribution: str | None = None,
) -> SnapshotResult | WebMapResult:
    """Export again what a manifest describes (to ``out``, default: the original file name)."""
    manifest = read_manifest(Path(path))
    target = Path(out) if out else Path(path).with_name(manifest["file"])
    view = view_from_json(manifest["view"])
    workspace = manifest["data"].get("workspace")
    if basemap is None or atlas is None:
        from desktop.export.inputs import load_data

        basemap, atlas, attribution = load_data(workspace)
    if manifest["kind"] == "html":
        from desktop.export.web import export_web_map

        return export_web_map(
            target, view, atlas, basemap, attribution or "", manifest.get("title"), workspace
        )
    from desktop.export.page import PageSpec
    from desktop.export.snapshot import SnapshotRequest, export_snapshot

    page = manifest["page"]
    spec = PageSpec(
        page["kind"], page["dpi"], page.get("paper"), page.get("width", 0), page.get("height", 0)
    )
    request = SnapshotRequest(
        target, view, spec, manifest.get("title"), page.get("inset", True), workspace
    )
    return export_snapshot(request, basemap, atlas, attribution or "")
