"""The tag that points to an event held off the map (the Moscow meeting) is never written over:
the town and date labels placed after it keep clear of it, on every export."""

from __future__ import annotations

import pytest

from desktop.export import snapshot as snapshot_module
from desktop.export.page import page_spec
from desktop.export.snapshot import SnapshotRequest
from geodata.model import ViewState

MOSCOW = "2023-04-25-moscow-defence-ministers"


@pytest.mark.parametrize(("size", "dpi"), [((800, 600), 300), ((1600, 1000), 150)])
def test_labels_keep_clear_of_the_off_map_tag(qapp, tmp_path, monkeypatch, size, dpi):
    from desktop.render import event_layer
    from desktop.render import renderer as renderer_module
    from geodata.atlas import load_atlas
    from geodata.basemap import load_basemap

    tags, placed = [], {}
    draw = event_layer.draw_off_map_pointer

    def tag_spy(*args, **kwargs):
        box = draw(*args, **kwargs)
        tags.append(box)
        return box

    original = renderer_module.MapRenderer.render

    def render_spy(self, painter, transform, ctx, overlays=True, keep_clear=()):
        original(self, painter, transform, ctx, overlays, keep_clear)
        placed["boxes"] = list(ctx.label_boxes)

    monkeypatch.setattr(event_layer, "draw_off_map_pointer", tag_spy)
    monkeypatch.setattr(renderer_module.MapRenderer, "render", render_spy)
    spec = page_spec("png", dpi=dpi, size=size)
    request = SnapshotRequest(tmp_path / "m.png", ViewState(selected_event=MOSCOW), spec)
    snapshot_module.export_snapshot(request, load_basemap(), load_atlas(), "Natural Earth")
    assert len(tags) == 1  # Moscow lies off the map: its tag is drawn
    tag = tags[0]
    boxes = placed["boxes"]
    after = boxes[boxes.index(tag) + 1 :]
    assert after, "no label was placed after the tag"
    assert not [box for box in after if box.intersects(tag)]
