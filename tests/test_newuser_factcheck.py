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
