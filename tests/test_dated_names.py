"""Every place that names a controller on a day uses the name it had that day (issue 13):
the map's zone labels (screen and exports), the M4 panel and its stretches' tooltips, zone
tooltips, and ``query m4`` / ``query changes``. The bundled data: from 8 Dec 2024 the
authority in Damascus is ``transitional_government``, named "Syrian caretaker government"
until 28 Mar 2025 (talks/parties.toml)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

CARETAKER_DAY = date(2025, 1, 10)


@pytest.fixture(scope="module")
def dated(atlas):
    """(party id, its name on CARETAKER_DAY, its undated name) of a controller that day whose
    name then differs from its undated one."""
    for zone in atlas.zones_at(CARETAKER_DAY):
        party = atlas.parties.get(zone.controller)
        if party is not None and party.name_on(CARETAKER_DAY) != party.name:
            return party.id, party.name_on(CARETAKER_DAY), party.name
    pytest.fail("no controller on the day has a dated name: the test has nothing to check")


def test_derived_periods_start_again_on_a_rename_day(atlas, dated):
    party = atlas.parties[dated[0]]
    later = next(n for n in party.names if n.start and n.start > CARETAKER_DAY)
    control = atlas.control
    assert control.period(later.start)[0] == later.start
    before = {z.name for z in atlas.zones_at(later.start - timedelta(days=1))}
    after = {z.name for z in atlas.zones_at(later.start)}
    assert any(n.startswith(party.name_on(CARETAKER_DAY)) for n in before)
    assert not any(n.startswith(party.name_on(CARETAKER_DAY)) for n in after)
    assert any(n.startswith(later.name) for n in after)


def test_query_m4_names_each_holder_as_it_was_on_the_day(capsys, atlas, dated):
    from desktop.app import main

    assert main(["query", "m4", "--date", CARETAKER_DAY.isoformat()]) == 0
    answer = json.loads(capsys.readouterr().out)
    names = {s["controller"]: s["controller_name"] for s in answer["segments"] if s["controller"]}
    for controller, name in names.items():
        assert name == atlas.parties[controller].name_on(CARETAKER_DAY)
    assert names.get(dated[0]) == dated[1]
    by_controller = {r["controller"]: r["controller_name"] for r in answer["by_controller"]}
    assert by_controller[dated[0]] == dated[1]


def test_zone_labels_on_the_map_use_the_dated_name(qapp, monkeypatch, atlas, dated):
    from PySide6.QtGui import QImage, QPainter

    import desktop.render.text as text
    from desktop.render.context import RenderContext
    from desktop.render.renderer import MapRenderer
    from desktop.render.transform import MapTransform
    from geodata.basemap import load_basemap
    from geodata.extent import ATLAS_BOUNDS
    from geodata.model import ViewState

    drawn: list[str] = []
    real = text.draw_halo_text
    monkeypatch.setattr(
        text,
        "draw_halo_text",
        lambda p, o, text, *a, **k: (drawn.append(text), real(p, o, text, *a, **k)),
    )
    image = QImage(1400, 900, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    ctx = RenderContext(view=ViewState(as_of=CARETAKER_DAY), basemap=load_basemap(), atlas=atlas)
    MapRenderer("test").render(painter, MapTransform.fit(ATLAS_BOUNDS, 1400, 900), ctx)
    painter.end()
    assert dated[1] in drawn
    assert dated[2] not in drawn


def test_the_m4_panel_and_zone_tooltips_use_the_dated_name(qtbot, atlas, dated):
    from desktop.map.hit_test import Hit, HitTester
    from desktop.panel.m4_breakdown import M4Breakdown
    from desktop.state import AppState
    from geodata.model import ViewState

    panel = M4Breakdown(AppState(ViewState(as_of=CARETAKER_DAY)), atlas)
    qtbot.addWidget(panel)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in panel.table.findChildren(QLabel)]
    assert dated[1] in texts and dated[2] not in texts

    zone = next(z for z in atlas.zones_at(CARETAKER_DAY) if z.controller == dated[0])
    tip = HitTester(atlas).tooltip(Hit(zone_id=zone.id, day=CARETAKER_DAY))
    assert f"Held by {dated[1]}" in tip
