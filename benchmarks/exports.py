"""Export figures: the A4 300 DPI PNG snapshot and the HTML web map against folium."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Row, atlas_view, median_ms


def bench_snapshot(atlas, basemap, n_label: str, tmp: Path, repeats: int, rows: list[Row]):
    from desktop.export.page import page_spec
    from desktop.export.snapshot import SnapshotRequest, export_snapshot
    from geodata.basemap import ATTRIBUTION

    spec = page_spec("png", dpi=300, paper="a4-landscape", size=None)
    request = SnapshotRequest(tmp / "a4.png", atlas_view(), spec)
    ours = median_ms(
        lambda i: export_snapshot(request, basemap, atlas, ATTRIBUTION), max(3, repeats // 3)
    )
    rows.append(Row("A4 300 DPI PNG export", n_label, ours, target="<= 2000 ms", met=ours <= 2000))


def bench_html(atlas, basemap, tmp: Path, rows: list[Row]) -> None:
    from geodata.basemap import ATTRIBUTION
    from geodata.view_filter import visible_events
    from geodata.web_export import build_web_map

    view = atlas_view()
    sizes = []

    def ours(_i):
        sizes.append(len(build_web_map(atlas, view, basemap, ATTRIBUTION).encode("utf-8")))

    ours_ms = median_ms(ours, 3)
    events = [e for e in visible_events(atlas.events, view) if e.lat is not None]
    base_sizes = []

    def baseline(_i):
        import folium

        fmap = folium.Map(location=[36.2, 38.5], zoom_start=7, tiles=None)
        for event in events:
            folium.Marker([event.lat, event.lon], popup=event.title).add_to(fmap)
        base_sizes.append(len(fmap.get_root().render().encode("utf-8")))

    base_ms = median_ms(baseline, 1, warmup=0)
    mb, base_mb = sizes[-1] / 1e6, base_sizes[-1] / 1e6
    rows.append(
        Row(
            "HTML export (time)",
            "10k",
            ours_ms,
            base_ms,
            "folium, 1 Marker/event",
            "<= 2000 ms",
            ours_ms <= 2000,
        )
    )
    rows.append(
        Row(
            "HTML export (size, MB)",
            "10k",
            round(mb, 2),
            round(base_mb, 2),
            "folium, 1 Marker/event",
            "<= 3 MB",
            mb <= 3,
            "figures in MB, not ms; ours inlines Leaflet (offline)",
        )
    )
