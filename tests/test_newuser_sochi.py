"""A journalist on the Sochi memorandum of Sep 2018: selecting the event explains the
demilitarised zone it drew — computed, when it was in force, on what sources — and a page
exported with it selected credits the memorandum's own sources first."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextDocument

from geodata.model import ViewState

SOCHI = "2018-09-17-sochi-idlib-memorandum"


def _panel_text(atlas, as_of: date) -> str:
    from desktop.panel.detail_event import event_html

    event = next(e for e in atlas.events if e.id == SOCHI)
    document = QTextDocument()
    document.setHtml(event_html(atlas, event, ViewState(as_of=as_of, selected_event=SOCHI)))
    return " ".join(document.toPlainText().split())


def test_the_sochi_event_panel_says_the_zone_is_computed_and_when_it_held(qapp, atlas):
    text = _panel_text(atlas, date(2018, 10, 20))
    # the feature's own accuracy note, not just its name
    assert "Computed, not surveyed" in text
    assert "no map of them was published" in text
    assert "In force 17 Sep 2018 – 4 Mar 2020" in text
    assert "not drawn" not in text


def test_on_a_day_the_zone_was_not_in_force_the_panel_says_why_it_is_not_drawn(qapp, atlas):
    text = _panel_text(atlas, date(2023, 4, 25))
    assert "In force 17 Sep 2018 – 4 Mar 2020: not drawn on 25 Apr 2023" in text


def test_the_explanation_is_worded_in_the_window_language(qapp, atlas, language):
    language("tr")
    text = _panel_text(atlas, date(2023, 4, 25))
    assert "In force" not in text and "not drawn" not in text
    assert "Yürürlükte" in text and "haritada gösterilmiyor" in text


def test_a_page_with_the_sochi_event_selected_credits_the_memorandum_first(qapp, atlas):
    from desktop.export.snapshot_page import footer_for
    from geodata.legend import what_is_shown

    view = ViewState(as_of=date(2018, 10, 20), selected_event=SOCHI)
    # the page's map frame: northern Syria (Sochi itself is off the page)
    credits = footer_for(what_is_shown(atlas, view, (35.5, 34.5, 42.5, 37.5)), "", "p.json")
    named = credits.splitlines()[0].split(" and ")[0]
    assert named.startswith("Sources: Daily Sabah (state media), PA-X Peace Agreements"), named


def test_a_hidden_demilitarised_zone_does_not_lead_the_credits(qapp, atlas):
    from desktop.export.snapshot_page import footer_for
    from geodata.legend import what_is_shown

    view = ViewState(as_of=date(2018, 10, 20), hidden_layers=frozenset({"sochi_dmz"}))
    credits = footer_for(what_is_shown(atlas, view, (35.5, 34.5, 42.5, 37.5)), "", "p.json")
    assert not credits.startswith("Sources: PA-X"), credits


def test_a_layer_name_cut_short_by_the_panel_shows_whole_on_hover(qapp, language):
    """The map panel is narrow: "2018 demilitarised zone (Sochi)" is elided there, so each
    layer's tooltip gives its whole name (in the window's language)."""
    from desktop.layer_list import LayerList
    from desktop.state import AppState

    layers = LayerList(AppState())
    row = next(i for i in range(layers.count()) if layers.item(i).data(256) == "sochi_dmz")
    assert layers.item(row).toolTip() == "2018 demilitarised zone (Sochi)"
    language("ar")
    layers.retranslate()
    assert (
        layers.item(row).toolTip() == layers.item(row).text() != "2018 demilitarised zone (Sochi)"
    )


def test_the_web_map_credits_the_memorandum_first_with_the_sochi_event_selected(atlas):
    import html
    import re

    from geodata.web_export import build_web_map

    page = build_web_map(
        atlas, ViewState(as_of=date(2018, 10, 20), selected_event=SOCHI), None, "t"
    )
    for escaped, char in (("\\u003c", "<"), ("\\u003e", ">"), ("\\u0027", "'")):
        page = page.replace(escaped, char)  # the panel is embedded in a script string
    notes = re.findall(r"nsa-note'>(Sources: [^<]*)<", html.unescape(page))
    assert notes, "no credit line"
    lead = "Sources: Daily Sabah (state media), PA-X Peace Agreements"
    assert notes[0].startswith(lead), notes[0]


def test_selecting_the_event_without_a_date_opens_on_its_day(atlas):
    """`export snapshot --select <the Sochi event>` drew the default day (25 Apr 2023), when the
    zone it agreed was long gone; a date given still wins, as for a zone of another period."""
    from geodata.view_request import view_for

    assert view_for(atlas, None, SOCHI).as_of == date(2018, 9, 17)
    assert view_for(atlas, date(2019, 11, 15), SOCHI).as_of == date(2019, 11, 15)
    moscow = "2023-04-25-moscow-defence-ministers"
    assert view_for(atlas, None, moscow).as_of == date(2023, 4, 25)


def _dmz_image(atlas, selected: str | None):
    """The DMZ layer alone over white (with the transform it was drawn at)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.render.context import RenderContext
    from desktop.render.control_layers import DmzLayer
    from desktop.render.transform import MapTransform

    transform = MapTransform.fit((35.9, 35.2, 37.4, 36.6), 600, 500)
    image = QImage(600, 500, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view = ViewState(as_of=date(2018, 10, 20), selected_event=selected)
    DmzLayer().paint(painter, transform, RenderContext(view=view, basemap={}, atlas=atlas))
    painter.end()
    return image, transform


def _yellow_near(image, point, reach: int = 4) -> bool:
    return any(
        (c := image.pixelColor(int(point.x()) + dx, int(point.y()) + dy)).red() > 220
        and c.blue() < 60  # the casing's yellow
        for dx in range(-reach, reach + 1)
        for dy in range(-reach, reach + 1)
    )


def test_the_selected_events_zone_is_cased_not_recoloured(qapp, atlas):
    """With the Sochi event selected the zone was filled translucent yellow, which over HTS's
    green read as the non-HTS opposition's olive: a band of ground the legend gives to another
    party. Highlighted, it keeps its own light indigo tint and gets the yellow casing related
    zones get."""
    plain, transform = _dmz_image(atlas, None)
    chosen, _ = _dmz_image(atlas, SOCHI)
    place = atlas.control.history.localities["khan_shaykhun"]
    inside = transform.lonlat_to_screen(place.lon, place.lat)
    colour = chosen.pixelColor(int(inside.x()), int(inside.y()))
    assert colour == plain.pixelColor(int(inside.x()), int(inside.y()))
    assert colour.blue() > colour.red() and colour.blue() > colour.green(), colour.getRgb()
    ring = atlas.features["sochi_dmz"].geometry.boundary
    edge = [ring.interpolate(f, normalized=True) for f in (0.1, 0.3, 0.5, 0.7, 0.9)]
    on_edge = [transform.lonlat_to_screen(p.x, p.y) for p in edge]
    assert all(_yellow_near(chosen, p) for p in on_edge)
    assert not any(_yellow_near(plain, p) for p in on_edge)


def _zone_text(atlas, at: str, view: ViewState) -> str:
    from desktop.panel.detail_zone import zone_html

    place = atlas.control.history.localities[at]
    zone = atlas.controller_at(lon=place.lon, lat=place.lat, day=view.as_of)
    document = QTextDocument()
    document.setHtml(zone_html(atlas, zone, view))
    return " ".join(document.toPlainText().split())


def test_a_zone_clicked_inside_the_demilitarised_zone_says_so(qapp, atlas):
    """A click on the map selects the holder's zone under the DMZ: its page names the agreed
    zone over it, computed, with its dates, so the dashed band is explained where it is met."""
    day = date(2018, 10, 20)
    text = _zone_text(atlas, "khan_shaykhun", ViewState(as_of=day))
    assert "Demilitarised zone (Sochi memorandum, 17 September 2018)" in text
    assert "In force 17 Sep 2018 – 4 Mar 2020" in text and "Computed, not surveyed" in text
    assert "Demilitarised zone" not in _zone_text(atlas, "qamishli", ViewState(as_of=day))
    hidden = ViewState(as_of=day, hidden_layers=frozenset({"sochi_dmz"}))
    assert "Demilitarised zone" not in _zone_text(atlas, "khan_shaykhun", hidden)


def _controller(capsys, lat: float, lon: float, day: str) -> dict:
    import json

    from desktop.app import main

    assert main(["query", "controller", "--lat", str(lat), "--lon", str(lon), "--date", day]) == 0
    return json.loads(capsys.readouterr().out)


def test_query_controller_says_when_a_point_lay_in_the_demilitarised_zone(atlas, capsys):
    """A script asking about Khan Shaykhun in Oct 2018 learns it lay in the Sochi zone (computed,
    with the memorandum as source); Idlib city, beyond 20 km, did not; nor did Khan Shaykhun
    after the Moscow protocol."""
    ks = atlas.control.history.localities["khan_shaykhun"]
    answer = _controller(capsys, ks.lat, ks.lon, "2018-10-20")
    [dmz] = answer["agreed_zones"]
    assert dmz["id"] == "sochi_dmz" and dmz["valid_to"] == "2020-03-04"
    assert dmz["accuracy"].startswith("Computed, not surveyed")
    assert "pa_x-2018-09-17-idlib-memorandum" in [s["id"] for s in dmz["sources"]]
    idlib = atlas.control.history.localities["idlib"]
    assert _controller(capsys, idlib.lat, idlib.lon, "2018-10-20")["agreed_zones"] == []
    assert _controller(capsys, ks.lat, ks.lon, "2021-01-01")["agreed_zones"] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["query", "events", "--zone", "sochi_dmz"],
        ["export", "snapshot", "--out", "{tmp}/x.png", "--select", "sochi_dmz"],
    ],
)
def test_the_demilitarised_zones_id_where_a_zone_is_wanted_names_its_event(argv, capsys, tmp_path):
    """sochi_dmz is the feature's id (the layer's too), not a zone's: the one line says so and
    names the event to select instead of suggesting an unrelated id."""
    from desktop.app import main

    code = main([a.format(tmp=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert "'sochi_dmz' is an agreed area drawn on the map" in err, err
    assert SOCHI in err, err
    assert list(tmp_path.iterdir()) == []
