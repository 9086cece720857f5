"""What a newcomer runs into with the window at small sizes: a --screenshot size the window
cannot take is refused (never a picture of another size), a malformed --size is one line saying
what is wrong, and on an 800-pixel-wide window the legend's labels are whole."""

from __future__ import annotations

import pytest
from window_fixture import screenshot_in_process

import desktop.launch as launch
from desktop.app import main
from desktop.render.legend import legend_size

pytestmark = pytest.mark.usefixtures("window_settings")


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def screenshot(monkeypatch, tmp_path, qapp):
    """Run ``syria-atlas --screenshot`` in-process; (exit code, image or None, window)."""
    return screenshot_in_process(monkeypatch, tmp_path)


@pytest.mark.parametrize("size", ["640x400", "800x300", "300x900"])
def test_a_screenshot_smaller_than_the_window_can_be_is_refused(screenshot, capsys, tmp_path, size):
    code, image, _window = screenshot(size)
    assert code == 1 and image is None
    err = one_line_error(capsys)
    assert f"--size {size} is smaller than the window can be: use at least " in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("size", [(750, 600), (800, 600), (1024, 700)])
def test_a_screenshot_has_the_size_asked_for(screenshot, size):
    code, image, _window = screenshot(f"{size[0]}x{size[1]}")
    assert code == 0 and (image.width(), image.height()) == size


def test_the_minimum_a_refusal_names_is_a_size_that_works(screenshot, capsys):
    assert screenshot("600x300")[0] == 1
    least = one_line_error(capsys).rsplit(" ", 1)[1].strip()
    code, image, _window = screenshot(least)
    assert code == 0 and f"{image.width()}x{image.height()}" == least


@pytest.mark.parametrize(
    ("size", "says"),
    [
        ("-5x100", "width and height must be positive"),
        ("100x-5", "width and height must be positive"),
        ("0x0", "width and height must be positive"),
        ("axb", "not a size"),
        ("1.5x2", "not a size"),
    ],
)
@pytest.mark.parametrize("command", [["--screenshot"], ["export", "snapshot", "--out"]])
def test_a_malformed_size_says_what_is_wrong_and_the_form_wanted(
    tmp_path, capsys, size, says, command
):
    out = tmp_path / "map.png"
    assert main([*command, str(out), "--size", size]) == 2
    err = one_line_error(capsys)
    assert says in err and "WIDTHxHEIGHT" in err and repr(size) in err
    assert "expected one argument" not in err
    assert list(tmp_path.iterdir()) == []


def legend_text_room(window) -> float:
    """The width the legend's labels get, as the legend lays them out on screen."""
    left, right = window.legend.visible_span()
    return right - left - 30  # the symbol column (legend_view._SIDE)


def legend_labels_fit(window) -> bool:
    """No label is wider than the legend shows: at the room it has, the wrapped legend is
    laid out no wider than that room (its narrowest wrap is 120 px of text)."""
    room = legend_text_room(window)
    size = legend_size(window.legend.sections, text_width=room)
    return room >= 120 and size.width() <= room + 30 + 16


@pytest.mark.parametrize("size", [(800, 600), (1024, 700), (1400, 900)])
def test_the_legend_labels_are_whole_at_small_window_widths(screenshot, size):
    code, _image, window = screenshot(f"{size[0]}x{size[1]}")
    assert code == 0
    window.show()
    window.map_dock.raise_()  # at 800 px it is a tab beside the talks
    qapp = launch.import_qt_widgets().QApplication.instance()
    qapp.processEvents()
    assert window.map_dock.isVisible() and legend_labels_fit(window)
    # and the map keeps more room than either side panel
    assert window.canvas.width() >= 320


def test_a_narrow_window_puts_the_map_panel_beside_the_talks_as_a_tab(screenshot):
    _code, _image, window = screenshot("800x600")
    assert window.map_dock in window.tabifiedDockWidgets(window.talks_dock)
    assert window.canvas.width() > 380  # not squeezed by a column of cut labels


def test_a_wide_window_made_narrow_keeps_its_legend_readable(screenshot):
    _code, _image, window = screenshot("1400x900")
    window.show()
    window.resize(800, 600)
    qapp = launch.import_qt_widgets().QApplication.instance()
    qapp.processEvents()
    assert legend_labels_fit(window)


def test_a_negative_extent_reaches_its_own_check_not_argparses_riddle(tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["export", "snapshot", "--out", str(out), "--extent", "-10,30,-5,35"]) == 2
    err = one_line_error(capsys)
    assert "lies outside the atlas area" in err and "expected one argument" not in err
    assert list(tmp_path.iterdir()) == []
