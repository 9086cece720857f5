"""`syria-atlas --screenshot`: the PNG shows the map where it should be (issue 2).

Runs the real command-line path in-process, keeps hold of the window it rendered, and projects
known lon/lat points through the map canvas's own transform into the saved image.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from window_fixture import screenshot_in_process

from desktop.render import style

MEDITERRANEAN = (35.3, 34.6)  # off Tartus
CENTRAL_SYRIA = (39.0, 34.0)  # open desert east of Palmyra: no towns, rivers or borders


@pytest.fixture
def rendered(monkeypatch, tmp_path, qapp):
    """Run ``syria-atlas --screenshot`` and return (image, window) for pixel checks."""
    shoot = screenshot_in_process(monkeypatch, tmp_path)

    def render(*args: str) -> tuple[QImage, object]:
        code, image, window = shoot("1400x900", *args)
        assert code == 0 and image is not None
        assert (image.width(), image.height()) == (1400, 900)
        return image, window

    return render


def pixel_at(image: QImage, window, lon: float, lat: float) -> QColor:
    canvas = window.canvas
    point = canvas.transform.lonlat_to_screen(lon, lat)
    offset = canvas.mapTo(window, QPoint(0, 0))
    x, y = round(point.x() + offset.x()), round(point.y() + offset.y())
    assert 0 <= x < image.width() and 0 <= y < image.height(), (lon, lat, x, y)
    return image.pixelColor(x, y)


def close_to(colour: QColor, expected: QColor, tolerance: int = 6) -> bool:
    pairs = ((colour.red(), expected.red()), (colour.green(), expected.green()))
    pairs += ((colour.blue(), expected.blue()),)
    return all(abs(a - b) <= tolerance for a, b in pairs)


def test_sea_is_water_and_central_syria_is_land_on_a_date_without_zones(rendered):
    image, window = rendered("--date", "2015-06-01")  # before the first control snapshot
    assert close_to(pixel_at(image, window, *MEDITERRANEAN), style.SEA)
    assert close_to(pixel_at(image, window, *CENTRAL_SYRIA), style.LAND_SYRIA)


def test_on_the_default_date_central_syria_shows_the_government_zone_over_land(rendered):
    image, window = rendered()
    land = pixel_at(image, window, *CENTRAL_SYRIA)
    assert close_to(pixel_at(image, window, *MEDITERRANEAN), style.SEA)
    assert not close_to(land, style.SEA, 30) and not close_to(land, style.LAND_SYRIA, 6)
    government = QColor(window.atlas.parties["government"].colour)
    # translucent fill: the pixel lies between plain land and the controller's colour
    for channel in ("red", "green", "blue"):
        low, high = sorted((getattr(style.LAND_SYRIA, channel)(), getattr(government, channel)()))
        assert low - 3 <= getattr(land, channel)() <= high + 3


def test_screenshot_is_written_atomically_and_replaces_an_old_file(rendered, tmp_path):
    old = tmp_path / "shot.png"
    old.write_bytes(b"old")
    rendered()
    assert old.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in Path(tmp_path).iterdir() if p.name.startswith(".")] == []
