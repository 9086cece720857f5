"""A fact-checker on a 2016-2017 claim (Euphrates Shield, al-Bab, Manbij): the panel names
each party as it was called on the day, as the legend and the zone links beside it do — the
Syrian National Army was formed only in December 2017, so al-Bab (23 Feb 2017) fell to the
Turkish-backed Free Syrian Army."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextDocument

from geodata.model import ViewState

AL_BAB = "2017-02-23-al-bab-taken"


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def test_the_al_bab_event_names_its_parties_as_they_were_then(qapp, atlas):
    from desktop.panel.detail_event import event_html

    event = atlas.event(AL_BAB)
    view = ViewState(as_of=date(2023, 4, 25), selected_event=AL_BAB)
    text = _plain(event_html(atlas, event, view))
    assert "Turkish-backed Free Syrian Army (TFSA)" in text
    assert "Syrian National Army" not in text


def test_a_statement_names_its_party_as_it_was_on_the_statements_day(qapp, atlas):
    from desktop.panel.detail_html import statement_html

    statement = next(
        s for s in atlas.statements_for(event_id="2016-08-24-operation-euphrates-shield")
    )
    fake = statement.__class__(**{**statement.__dict__, "party": "sna"})
    text = _plain(statement_html(atlas, fake, with_party=True))
    assert text.startswith("Turkish-backed Free Syrian Army (TFSA)"), text


@pytest.mark.usefixtures("window_settings")
@pytest.mark.parametrize("select", ["2017-02-23-al-bab-taken", "euphrates_shield-2017-02-24"])
def test_a_screenshot_with_a_selection_shows_the_extent_asked_for(
    monkeypatch, tmp_path, qapp, select
):
    """--select with --extent: the picture is of the extent (Manbij), the
    selection highlighted in it, not zoomed back out to the whole selection."""
    from window_fixture import screenshot_in_process

    shoot = screenshot_in_process(monkeypatch, tmp_path)
    extent = (37.8, 36.3, 38.6, 36.8)
    code, _image, window = shoot(
        "1400x900",
        "--date",
        "2017-02-24",
        "--select",
        select,
        "--extent",
        ",".join(map(str, extent)),
    )
    assert code == 0
    west, south, east, north = window.canvas.transform.visible_lonlat_bounds()
    # the extent is fitted into the canvas (one side fits, the other has room to spare)
    assert west <= extent[0] + 0.02 and east >= extent[2] - 0.02, (west, east)
    assert south <= extent[1] + 0.02 and north >= extent[3] - 0.02, (south, north)
    assert east - west < 2.5 and north - south < 1.5, (west, south, east, north)


def test_select_takes_a_place_id_that_query_place_gives(atlas):
    """`query place al-Bab` answers "id": "al_bab"; --select al_bab then selects the zone that
    holds the town on the date (it answered "did you mean: al_tanf?")."""
    from geodata.view_request import view_for

    view = view_for(atlas, date(2017, 2, 24), "al_bab")
    zone = atlas.zone(view.selected_zone)
    assert zone.controller == "sna" and zone.valid_on(date(2017, 2, 24))
    before = atlas.zone(view_for(atlas, date(2017, 2, 20), "al_bab").selected_zone)
    assert before.controller == "isis"


def test_a_place_outside_the_zones_of_the_day_is_one_clear_line(atlas, capsys, tmp_path):
    from desktop.app import main

    code = main(
        [
            "export",
            "snapshot",
            "--out",
            str(tmp_path / "x.png"),
            "--select",
            "al_bab",
            "--date",
            "2012-01-01",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert "al-Bab" in err and "2012-01-01" in err, err
