"""The PostGIS team workspace beside the GeoPackage one, in the same run on the same data
(issue 19): opening the workspace, a drag frame of the map showing it, and a viewport query
through the GiST index against the same query without it.

The server is a throw-away one (tools/pg_cluster.py: initdb in a temporary folder, a Unix
socket, fsync off as any benchmark server; a real team server adds its network's latency to
the one query an opening makes).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ZOOMED = (36.75, 35.95, 37.55, 36.45)  # around Aleppo, as the repaint benchmark's zoomed view


def _ms(fn: Callable[[], object], repeats: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _drag_frame_ms(atlas, basemap, repeats: int, map_transform, render_context) -> float:
    """A one-pixel drag of the whole-region map, painted as the canvas paints it."""
    from PySide6.QtGui import QImage, QPainter

    from desktop.render.base_cache import BaseMapCache
    from desktop.render.renderer import MapRenderer
    from geodata.extent import ATLAS_BOUNDS
    from geodata.model import ViewState

    renderer = MapRenderer("benchmark")
    cache = BaseMapCache(renderer)
    image = QImage(1280, 800, QImage.Format.Format_ARGB32_Premultiplied)
    ctx = render_context(atlas, basemap, ViewState())
    base = map_transform(ATLAS_BOUNDS)
    step = iter(range(10**9))

    def paint():
        painter = QPainter(image)
        try:
            cache.render(painter, base.panned(next(step) % 2, 0), ctx)
        finally:
            painter.end()

    return _ms(paint, repeats, warmup=2)


def _viewport_ms(url: str, repeats: int, indexed: bool) -> tuple[float, int]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        if not indexed:
            connection.execute("SET enable_indexscan = off")
            connection.execute("SET enable_bitmapscan = off")
        query = (
            "SELECT count(*) FROM events WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) "
            "AND date BETWEEN '2020-01-01' AND '2023-04-25'"
        )
        found = connection.execute(query, ZOOMED).fetchone()[0]
        return _ms(lambda: connection.execute(query, ZOOMED).fetchone(), repeats), found


def bench_database(
    basemap, cache: Path, sizes, repeats: int, rows: list, row_type, helpers
) -> None:
    """Rows for each size: open (database vs GeoPackage), drag frame, viewport query."""
    from benchmarks.synthetic import write_workspace
    from geodata.atlas import load_atlas
    from geodata.workspace_store import copy_workspace, open_workspace, parse_workspace
    from tools.pg_cluster import TempCluster, missing_reason

    reason = missing_reason()
    if reason is not None:
        print(f"[database] skipped: {reason}", file=sys.stderr)
        return
    label, map_transform, render_context, folder = helpers
    with TempCluster() as cluster:
        for n in sizes:
            gpkg = write_workspace(cache / folder / f"bench{label(n)}.gpkg", n)
            url = cluster.create_database(f"bench{label(n).lower()}")
            started = time.perf_counter()
            copy_workspace(gpkg, parse_workspace(url))
            cluster.admin_sql("VACUUM ANALYZE", dbname=f"bench{label(n).lower()}")
            print(
                f"[database {label(n)}] copied into PostGIS in "
                f"{time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
            database = parse_workspace(url)
            opened = {
                name: _ms(lambda where=where: open_workspace(where), max(3, repeats // 3))
                for name, where in (("db", database), ("gpkg", gpkg))
            }
            rows.append(
                row_type(
                    "Open a workspace (events + zones): PostGIS vs GeoPackage",
                    label(n),
                    opened["db"],
                    opened["gpkg"],
                    "GeoPackage, same events, same run",
                    "<= 2x GeoPackage",
                    opened["db"] <= 2 * opened["gpkg"],
                    f"{opened['db'] / opened['gpkg']:.2f}x",
                )
            )
            frames = {
                name: _drag_frame_ms(
                    load_atlas(workspace=where), basemap, repeats, map_transform, render_context
                )
                for name, where in (("db", database), ("gpkg", gpkg))
            }
            rows.append(
                row_type(
                    "Repaint while dragging, whole region, workspace events",
                    label(n),
                    frames["db"],
                    frames["gpkg"],
                    "same frame, GeoPackage workspace",
                    "<= 16 ms",
                    frames["db"] <= 16,
                    "PostGIS workspace",
                )
            )
            indexed, found = _viewport_ms(url, repeats, indexed=True)
            scanned, _ = _viewport_ms(url, repeats, indexed=False)
            rows.append(
                row_type(
                    "Viewport + date query in PostGIS (zoomed view)",
                    label(n),
                    indexed,
                    scanned,
                    "same query, indexes off (sequential scan)",
                    "<= 50 ms",
                    indexed <= 50,
                    f"{found:,} events in view; GiST on geom",
                )
            )
