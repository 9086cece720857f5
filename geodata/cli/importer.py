"""``syria-atlas import FILE``: read a file, add its records to a workspace, say what happened.

Prints one summary line and returns 0; any problem is an AtlasError (one line on stderr,
exit 1) raised before the workspace is touched, so a failed import changes nothing.
Warnings (repaired geometries, skipped features) go to stderr, one line each.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geodata.cli.workspace_arg import workspace_arg
from geodata.importers import parse_map_args, read_file
from geodata.importers.parties import bundled_parties
from geodata.workspace import default_workspace_path
from geodata.workspace_store import save_import, workspace_name


def run(args: argparse.Namespace) -> int:
    workspace = workspace_arg(args.workspace, default_workspace_path())
    mapping = parse_map_args(getattr(args, "map", None) or [])
    result = read_file(
        Path(args.file).expanduser(),
        mapping=mapping or None,
        kind=getattr(args, "kind", "auto") or "auto",
        layer=getattr(args, "layer", None),
        origin=workspace_name(workspace),
        encoding=getattr(args, "encoding", None),
        parties=bundled_parties(),  # a zone's controller must be one the atlas can draw
    )
    saved = save_import(workspace, result)
    for warning in result.warnings:
        print(f"syria-atlas: warning: {warning}", file=sys.stderr)
    print(summary_line(result.count, result.kind, saved.path, saved.replaced, result.repaired))
    return 0


def summary_line(count: int, kind: str, path: object, replaced: int = 0, repaired: int = 0) -> str:
    noun = kind if count != 1 else kind[:-1]
    notes = []
    if replaced:
        notes.append(f"{replaced:,} replaced earlier imports with the same id")
    if repaired:
        notes.append(f"{repaired:,} geometr{'y' if repaired == 1 else 'ies'} repaired")
    extra = f" ({'; '.join(notes)})" if notes else ""
    return f"imported {count:,} {noun} into {path}{extra}"
