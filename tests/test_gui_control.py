"""The window with a control history: Play moves the date frame by frame, Compare hatches
gains, a locality's dot opens its control history (timeline with sources)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from control_fixture import make_control_dir  # noqa: E402
from PySide6.QtCore import QPointF, QSettings  # noqa: E402
from window_fixture import open_window  # noqa: E402

from geodata.model import ViewState  # noqa: E402


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    from geodata.atlas import load_atlas
    from geodata.basemap import ATTRIBUTION, load_basemap

    data = make_control_dir(tmp_path_factory.mktemp("gui-control"))
    return load_basemap(), load_atlas(data), ATTRIBUTION


def test_play_moves_the_date_by_the_step_and_remembers_it(qtbot, loaded):
    win = open_window(qtbot, ViewState(as_of=date(2020, 2, 1)), data=loaded)
    playback = win.playback
    playback.speed.setCurrentIndex(playback.speed.findData(30))
    assert int(QSettings().value("playback/step_days")) == 30
    from desktop.panel.playback import PlaybackControl

    again = PlaybackControl(win.state, playback.last_day)  # a new window remembers the step
    assert again.step_days == 30
    again.deleteLater()
    playback.speed.setCurrentIndex(playback.speed.findData(7))
    dates = []
    win.state.date_changed.connect(dates.append)
    playback.play_button.setChecked(True)
    qtbot.waitUntil(lambda: len(dates) >= 3, timeout=5000)
    playback.play_button.setChecked(False)
    assert dates[:3] == [date(2020, 2, 8), date(2020, 2, 15), date(2020, 2, 22)]
    assert not playback.playing


def test_moving_the_date_stops_play(qtbot, loaded):
    win = open_window(qtbot, ViewState(as_of=date(2020, 2, 1)), data=loaded)
    win.playback.play_button.setChecked(True)
    win.state.set_date(date(2021, 1, 1))  # the user takes the date
    assert not win.playback.playing


def test_compare_keeps_the_day_and_the_legend_names_the_gainer(qtbot, loaded):
    from desktop.render.legend import legend_sections

    win = open_window(qtbot, ViewState(as_of=date(2020, 2, 1)), data=loaded)
    win.playback.compare_button.setChecked(True)
    assert win.state.view.compare_from == date(2020, 2, 1)
    win.state.set_date(date(2020, 3, 10))
    assert "1 Feb 2020" in win.playback.compare_label.text()
    from desktop.render.context import RenderContext

    ctx = RenderContext(view=win.state.view, basemap=loaded[0], atlas=loaded[1])
    sections = {s.title: [entry.label for entry in s.entries] for s in legend_sections(ctx)}
    assert "Syrian government (Assad)" in sections["Gained since 1 Feb 2020"]
    win.playback.compare_button.setChecked(False)
    assert win.state.view.compare_from is None


def test_clicking_a_locality_shows_its_control_history(qtbot, loaded):
    win = open_window(qtbot, ViewState(as_of=date(2018, 6, 1)), data=loaded)
    win.canvas.zoom_to((36.5, 36.3, 36.9, 36.5), margin=0.0)
    point = win.canvas.transform.lonlat_to_screen(36.692, 36.395)  # Jindires (off the M4)
    win.canvas.click_at(QPointF(point.x(), point.y()))
    assert win.state.place is not None and win.state.place.place_id == "jindires"
    assert win.state.view.selected_zone is not None
    html = win.talks.details.toHtml()
    assert "Control history" in html
    assert "8 Mar 2018" in html  # the record in force since Olive Branch reached it
    assert "test-afrin-2" in html  # with its source


def test_a_derived_zone_lists_the_localities_it_rests_on(qtbot, loaded):
    atlas = loaded[1]
    day = date(2020, 2, 10)
    zone = atlas.controller_at(36.80591, 35.86447, day)  # Saraqib, government-held that day
    win = open_window(qtbot, ViewState(as_of=day, selected_zone=zone.id), data=loaded)
    html = win.talks.details.toHtml()
    assert "Rests on 2 localities" in html  # Saraqib and Aleppo
    assert "Saraqib" in html and "since 8 Feb 2020" in html


def test_play_derives_the_next_frames_ahead(qtbot, loaded):
    from datetime import timedelta

    from desktop.panel.playback import PREPARE_FRAMES
    from geodata.atlas import load_atlas

    atlas = load_atlas(loaded[1].control.data_dir)  # nothing derived yet
    start = date(2018, 2, 1)
    win = open_window(qtbot, ViewState(as_of=start), data=(loaded[0], atlas, loaded[2]))
    playback = win.playback
    playback.speed.setCurrentIndex(playback.speed.findData(7))
    ahead = start + timedelta(days=7 * (PREPARE_FRAMES - 2))
    assert not atlas.control.is_cached(ahead)
    playback.play_button.setChecked(True)
    # the task thread has it ready long before play gets there
    qtbot.waitUntil(lambda: atlas.control.is_cached(ahead), timeout=20000)
    assert win.state.view.as_of < ahead
    playback.play_button.setChecked(False)
