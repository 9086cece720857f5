"""Snapshot exports: page size, colours where the zones are, text in vector files, manifests,
atomic writes and the command line's one-line errors."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from test_export_fixtures import (
    AS_OF,
    GAP_DAY,
    GAP_NOTICE,
    HTS_COLOUR,
    IDLIB,
    UNSETTLED_NAME,
    fixture_atlas,
    fixture_basemap,
    gap_atlas,
    unsettled_atlas,
)

from desktop.app import main
from desktop.export import furniture, snapshot_page
from desktop.export import snapshot as snapshot_module
from desktop.export.manifest import manifest_path, read_manifest, reproduce
from desktop.export.page import describe_output, page_spec
from desktop.export.snapshot import SnapshotRequest, export_snapshot
from desktop.render import style
from geodata.errors import AtlasError
from geodata.m4_length import approx_km, rounded_km
from geodata.model import ViewState

ATTRIBUTION = "Natural Earth (public domain)"


@pytest.fixture(scope="module")
def data():
    return fixture_basemap(), fixture_atlas()


def export(tmp_path: Path, name: str, data, view=None, **page) -> snapshot_module.SnapshotResult:
    basemap, atlas = data
    out = tmp_path / name
    spec = page_spec(out.suffix[1:], **page)
    request = SnapshotRequest(out, view or ViewState(as_of=AS_OF), spec, title="Test map")
    return export_snapshot(request, basemap, atlas, ATTRIBUTION)


def blended(fill: QColor, alpha: int, under: QColor) -> tuple[int, int, int]:
    a = alpha / 255
    return tuple(
        round(f * a + u * (1 - a))
        for f, u in zip(fill.getRgb()[:3], under.getRgb()[:3], strict=True)
    )


def close(actual: QColor, expected: tuple[int, int, int], tolerance: int = 6) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual.getRgb()[:3], expected, strict=True))


def same_picture(first: Path | str, second: Path | str) -> bool:
    """Same size and pixels, allowing the faint glyph anti-aliasing jitter of repeated renders
    (Qt's glyph cache makes halo text differ by a few levels on under 0.5% of pixels)."""
    import numpy as np

    def pixels(path):
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        raw = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
        return image.size().toTuple(), raw.reshape(image.height(), -1).copy()  # own the bytes

    (size_a, a), (size_b, b) = pixels(first), pixels(second)
    if size_a != size_b:
        return False
    differ = np.abs(a.astype(int) - b.astype(int)) > 8
    return differ.mean() < 0.005


def test_a4_landscape_at_300_dpi_is_3508_by_2480_and_idlib_is_hts_coloured(qapp, tmp_path, data):
    result = export(tmp_path, "map.png", data, dpi=300, paper="a4-landscape")
    image = QImage(str(result.path))
    assert (image.width(), image.height()) == (3508, 2480)
    assert round(image.dotsPerMeterX() * 0.0254) == 300  # the PNG says it is 300 DPI
    expected = blended(QColor(HTS_COLOUR), style.ZONE_FILL_ALPHA, style.LAND_SYRIA)
    point = result.layout.lonlat_to_page(*IDLIB)
    x, y = round(point.x()), round(point.y())
    assert result.layout.map_frame.contains(point)
    for dx, dy in ((0, 0), (-6, 0), (6, 0), (0, -6), (0, 6)):
        assert close(image.pixelColor(x + dx, y + dy), expected), (dx, dy)


def test_bundled_data_shows_the_hts_colour_over_idlib(qapp, tmp_path):
    """The same check on the real data and the real command line."""
    from desktop.export.inputs import load_data

    basemap, atlas, _ = load_data(None)
    zone = atlas.controller_at(*IDLIB, day=AS_OF)
    assert zone is not None and zone.controller == "hts"
    out = tmp_path / "real.png"
    assert main(["export", "snapshot", "--out", str(out), "--dpi", "300"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (3508, 2480)
    request = SnapshotRequest(out, ViewState(), page_spec("png", dpi=300))
    plan = snapshot_page.plan_page(request, 3508, 2480, basemap, atlas, "x")
    point = plan.layout.lonlat_to_page(*IDLIB)
    colour = QColor(atlas.parties["hts"].colour)
    expected = blended(colour, style.ZONE_FILL_ALPHA, style.LAND_SYRIA)
    # The town's dot, the zone's name and events' date labels may sit around the point: of
    # the area around it (about 10 km each way) a good part is HTS fill, more than any other
    # party's fill.
    samples = [
        image.pixelColor(round(point.x()) + dx, round(point.y()) + dy)
        for dx in range(-80, 81, 10)
        for dy in range(-80, 81, 10)
    ]
    hts = sum(close(c, expected, 8) for c in samples)
    assert hts > len(samples) // 4
    for pid, party in atlas.parties.items():
        if pid != "hts" and party.colour:
            other = blended(QColor(party.colour), style.ZONE_FILL_ALPHA, style.LAND_SYRIA)
            assert sum(close(c, other, 8) for c in samples) < hts, pid


def svg_texts(path: Path) -> set[str]:
    root = ET.parse(path).getroot()
    return {"".join(e.itertext()).strip() for e in root.iter() if e.tag.endswith("text")}


def test_svg_parses_and_holds_the_legend_as_text(qapp, tmp_path, data):
    result = export(tmp_path, "map.svg", data, paper="a4-landscape")
    root = ET.parse(result.path).getroot()
    assert root.tag.endswith("svg") and root.get("width") == "297.127mm"
    texts = svg_texts(result.path)
    for expected in ("Test map", "Hay'at Tahrir al-Sham (HTS)", "Syrian government"):
        assert expected in texts
    assert any(t.startswith("As of 25 April 2023") for t in texts)
    # The M4 is keyed by who holds it: a heading with its length and one line per controller,
    # (as the atlas measures it on the date), rounded to what the approximate line supports.
    _, atlas = data
    breakdown = atlas.m4_breakdown(AS_OF)
    total = sum(s["km"] for s in breakdown)
    assert f"M4 by controller: {rounded_km(total):,} km" in texts
    for controller in {s["controller"] for s in breakdown if s["controller"]}:
        km = sum(s["km"] for s in breakdown if s["controller"] == controller)
        name = atlas.parties[controller].name  # or its abbreviation: "SDF" for "... (SDF)"
        short = re.search(r"\(([A-Z][A-Za-z-]{1,8})\)\s*$", name)
        label = short.group(1) if short else name
        assert any(t.startswith(f"{label}: {approx_km(km)}") for t in texts), (label, km)
    assert not any("Hasakah" in t for t in texts)


def test_the_m4_is_drawn_in_its_controllers_colours(qapp, tmp_path, data):
    """On the page the road takes the colour of whoever holds each stretch on the date."""
    _, atlas = data
    result = export(tmp_path, "m4.png", data, paper="a4-landscape", dpi=150)
    image = QImage(str(result.path))
    from geodata.analysis import m4_stretch_lines

    m4 = atlas.features["m4"].geometry
    breakdown = atlas.m4_breakdown(AS_OF)
    checked = 0
    for segment, line in zip(breakdown, m4_stretch_lines(m4, breakdown), strict=True):
        if not segment["controller"] or segment["km"] < 20:
            continue
        mid = line.interpolate(0.5, normalized=True)
        point = result.layout.lonlat_to_page(mid.x, mid.y)
        colour = QColor(atlas.parties[segment["controller"]].colour)
        near = [
            image.pixelColor(round(point.x()) + dx, round(point.y()) + dy)
            for dx in range(-2, 3)
            for dy in range(-2, 3)
        ]
        assert any(close(c, colour.getRgb()[:3], 24) for c in near), segment["controller"]
        checked += 1
    assert checked


def test_a_date_without_control_data_says_so_on_the_page(qapp, tmp_path):
    """No empty "areas of control" map: the title, a banner with the nearest dates (the
    window's), a legend note, and the manifest say there is no control data that day."""
    from pypdf import PdfReader

    basemap, atlas = fixture_basemap(), gap_atlas()
    out = tmp_path / "gap.pdf"
    request = SnapshotRequest(out, ViewState(as_of=GAP_DAY), page_spec("pdf", paper="a4-landscape"))
    export_snapshot(request, basemap, atlas, ATTRIBUTION)
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Northern Syria: no control-zone data As of 15 January 2020" in text
    assert "areas of control" not in text
    assert GAP_NOTICE in text
    manifest = read_manifest(manifest_path(out))
    assert manifest["control_data"] is False
    assert manifest["nearest_control_dates"] == {"before": "2019-12-18", "after": "2020-03-06"}
    assert "No control-zone data for this date" in svg_texts(
        export_snapshot(
            SnapshotRequest(tmp_path / "gap.svg", ViewState(as_of=GAP_DAY), page_spec("svg")),
            basemap,
            atlas,
            ATTRIBUTION,
        ).path
    )


def test_the_no_data_banner_is_drawn_on_the_png_and_only_without_data(qapp, tmp_path):
    basemap, atlas = fixture_basemap(), gap_atlas()
    spec = page_spec("png", dpi=150, paper="a4-landscape")
    pixels = {}
    for day in (GAP_DAY, AS_OF):
        out = tmp_path / f"{day}.png"
        result = export_snapshot(
            SnapshotRequest(out, ViewState(as_of=day), spec), basemap, atlas, ATTRIBUTION
        )
        frame, unit = result.layout.map_frame, result.layout.unit
        # Inside the banner's padding, above its text: the banner's fill.
        x, y = round(frame.center().x()), round(frame.top() + 15 * unit)
        pixels[day] = QImage(str(out)).pixelColor(x, y)
        assert read_manifest(manifest_path(out))["control_data"] is (day == AS_OF)
    fill = furniture.NOTICE_FILL.getRgb()[:3]
    assert close(pixels[GAP_DAY], fill, 8)
    assert not close(pixels[AS_OF], fill, 8)


def test_an_unsettled_controller_is_named_and_grey(qapp, tmp_path):
    basemap, atlas = fixture_basemap(), unsettled_atlas()
    out = tmp_path / "unsettled.svg"
    request = SnapshotRequest(out, ViewState(as_of=AS_OF), page_spec("svg"))
    export_snapshot(request, basemap, atlas, ATTRIBUTION)
    assert UNSETTLED_NAME in svg_texts(out)
    assert style.controller_colour(atlas, "unsettled") == QColor(style.UNKNOWN_CONTROLLER)


def test_the_written_file_is_described_once_and_truly(tmp_path, capsys):
    """A PDF is paper at a DPI (no pixel size to disagree with); a PNG its exact pixels."""
    spec = page_spec("pdf", paper="a3-portrait", dpi=300)
    assert describe_output("pdf", spec, 3508, 4961) == (
        "PDF page A3 portrait, 297x420 mm, drawn at 300 DPI"
    )
    png = page_spec("png", paper="a4-landscape", dpi=300)
    assert describe_output("png", png, 3508, 2480) == "3508x2480 px at 300 DPI, A4 landscape"
    out = tmp_path / "a3p.pdf"
    assert main(["export", "snapshot", "--out", str(out), "--paper", "a3-portrait"]) == 0
    line = capsys.readouterr().out
    assert "(PDF page A3 portrait, 297x420 mm, drawn at 300 DPI)" in line and " px" not in line
    out = tmp_path / "small.png"
    assert main(["export", "snapshot", "--out", str(out), "--size", "900x600", "--dpi", "96"]) == 0
    assert "(900x600 px at 96 DPI)" in capsys.readouterr().out
    assert QImage(str(out)).size().toTuple() == (900, 600)


def test_pdf_is_valid_vector_a4_with_extractable_text(qapp, tmp_path, data):
    from pypdf import PdfReader

    result = export(tmp_path, "map.pdf", data, paper="a4-landscape")
    reader = PdfReader(str(result.path))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = " ".join(page.extract_text().split())
    assert "Test map" in text
    assert "As of 25 April 2023" in text
    assert "Hay'at Tahrir al-Sham (HTS)" in text
    assert "Example Monitor" in text  # the zone sources are listed in the small print


def test_portrait_and_pixel_pages(qapp, tmp_path, data):
    portrait = export(tmp_path, "p.png", data, dpi=96, paper="letter-portrait")
    assert (portrait.layout.width, portrait.layout.height) == (816, 1056)
    assert portrait.layout.panel.top() > portrait.layout.map_frame.bottom()  # legend below
    sized = export(tmp_path, "s.png", data, dpi=192, size=(1600, 1000))
    assert QImage(str(sized.path)).size().toTuple() == (1600, 1000)
    assert sized.layout.panel.left() > sized.layout.map_frame.right()  # legend to the right


def test_scale_bar_follows_the_dpi(qapp, tmp_path, data):
    """Same paper, double the DPI: each pixel covers half the ground."""
    low = export(tmp_path, "low.png", data, dpi=100, paper="a4-landscape").layout
    high = export(tmp_path, "high.png", data, dpi=200, paper="a4-landscape").layout
    ratio = (
        low.map_transform.ground_metres_per_pixel() / high.map_transform.ground_metres_per_pixel()
    )
    assert ratio == pytest.approx(2.0, rel=0.01)


def test_manifest_records_the_view_and_reproduces_the_image(qapp, tmp_path, data):
    basemap, atlas = data
    view = ViewState(
        as_of=date(2023, 4, 25),
        selected_zone="idlib-2023",
        extent=(35.8, 35.0, 38.0, 36.8),
        kinds=frozenset({"incident"}),
        hidden_layers=frozenset({"rivers"}),
    )
    out = tmp_path / "view.png"
    request = SnapshotRequest(out, view, page_spec("png", dpi=120, paper="a3-portrait"), "T")
    export_snapshot(request, basemap, atlas, ATTRIBUTION)
    manifest = read_manifest(manifest_path(out))
    assert manifest_path(out).name == "view.png.manifest.json"
    assert manifest["view"]["selected_zone"] == "idlib-2023"
    assert manifest["view"]["hidden_layers"] == ["rivers"]
    assert manifest["view"]["kinds"] == ["incident"]
    assert manifest["page"]["paper"] == "a3-portrait" and manifest["page"]["dpi"] == 120
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["data"]["bundled_data_sha256"])
    assert manifest["data"]["geodata_version"]
    assert manifest["command"][:4] == ["syria-atlas", "export", "snapshot", "--out"]
    assert manifest["command_reproduces_view"] is False  # filters are not command options
    (tmp_path / "again").mkdir()
    again = tmp_path / "again" / "view.png"  # same name: the page's small print names the file
    reproduce(manifest_path(out), again, basemap, atlas, ATTRIBUTION)
    assert same_picture(again, out)


def test_manifest_command_line_reproduces_a_cli_export(qapp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = [
        "export",
        "snapshot",
        "--out",
        "a.png",
        "--size",
        "900x600",
        "--dpi",
        "96",
        "--date",
        "2023-04-25",
        "--extent",
        "35.9,35.2,37.6,36.8",
        "--title",
        "Idlib",
    ]
    assert main(first) == 0
    manifest = json.loads(Path("a.png.manifest.json").read_text())
    assert manifest["command_reproduces_view"] is True
    os.rename("a.png", "original.png")
    assert main(manifest["command"][1:]) == 0
    assert same_picture("a.png", "original.png")


def test_a_failed_export_leaves_the_old_file_untouched(qapp, tmp_path, data, monkeypatch):
    basemap, atlas = data
    out = tmp_path / "map.png"
    out.write_bytes(b"old image")
    manifest_path(out).write_text("old manifest")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshot_module, "paint_page", broken)
    request = SnapshotRequest(out, ViewState(), page_spec("png", dpi=96))
    with pytest.raises(AtlasError, match=r"cannot write .*map\.png: the disk is full"):
        export_snapshot(request, basemap, atlas, ATTRIBUTION)
    assert out.read_bytes() == b"old image"
    assert manifest_path(out).read_text() == "old manifest"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png", "map.png.manifest.json"]


def test_a_png_that_cannot_be_saved_is_one_clear_error(qapp, tmp_path, data, monkeypatch):
    basemap, atlas = data
    out = tmp_path / "map.png"
    out.write_bytes(b"old image")
    monkeypatch.setattr(QImage, "save", lambda *_a, **_k: False)
    request = SnapshotRequest(out, ViewState(), page_spec("png", dpi=96))
    with pytest.raises(AtlasError, match=r"cannot write .*map\.png"):
        export_snapshot(request, basemap, atlas, ATTRIBUTION)
    assert out.read_bytes() == b"old image"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--out", "{d}/m.jpg"], 2, "cannot export to .jpg"),
        (["--out", "{d}/m.png", "--dpi", "601"], 2, "--dpi must be between 50 and 600"),
        (["--out", "{d}/m.png", "--dpi", "49"], 2, "--dpi must be between 50 and 600"),
        (["--out", "{d}/m.png", "--paper", "a5-landscape"], 2, "unknown paper"),
        (["--out", "{d}/m.png", "--paper", "a4-portrait", "--size", "800x600"], 2, "not both"),
        (["--out", "{d}/missing/m.png"], 1, "does not exist"),
    ],
)
def test_command_line_errors_are_one_line(tmp_path, capsys, args, code, message):
    argv = ["export", "snapshot"] + [a.format(d=tmp_path) for a in args]
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_unwritable_folder_is_one_line(tmp_path, capsys, monkeypatch):
    # os.access stands in for a read-only folder: the tests may run as root, who can write anyway.
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    assert main(["export", "snapshot", "--out", str(tmp_path / "m.png")]) == 1
    err = capsys.readouterr().err
    assert "is not writable" in err and err.count("\n") == 1


def test_the_page_credits_publishers_and_the_manifest_lists_every_source(qapp, tmp_path):
    """Small print: a short credit line of publishers, never a URL dump; the manifest carries
    each source in full (publisher, title, date, URL, kind, grade)."""
    from pypdf import PdfReader

    out = tmp_path / "real.pdf"
    assert main(["export", "snapshot", "--out", str(out)]) == 0
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Sources: " in text and "full list in real.pdf.manifest.json" in text
    assert "http" not in text
    manifest = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    listed = manifest["shown"]["zone_sources"] + manifest["shown"]["event_sources"]
    assert listed and all(s["publisher"] and s["kind"] and s["date"] for s in listed)
    assert any(s["url"].startswith("https://") for s in listed)
    assert all(s["grade"] for s in listed)
