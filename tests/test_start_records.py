"""The records the first frame reads, stored pre-parsed (``geodata.records_store``): the window
paints its first frame without reading the source registry or the statements, the atlas holds
the same records as one read from the files, and any other files (an edit) are read at once,
so bad input is still refused when the data is loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from window_fixture import run_fresh_window

from geodata.atlas import Atlas, load_atlas
from geodata.errors import AtlasError
from geodata.io import PARTIES_FILE, load_records, read_records
from geodata.model import DEFAULT_AS_OF
from geodata.paths import data_dir
from geodata.records_store import PARTS, STORE_FILE, stale_reasons
from geodata.validate import _check_records_store
from geodata.validate_read import Report


def test_the_bundled_store_is_up_to_date():
    assert stale_reasons(data_dir(), read_records(data_dir()), data_dir() / STORE_FILE) == []


def test_the_stored_records_are_the_records_of_the_files():
    stored, fresh = load_records(), read_records(data_dir())
    assert stored.deferred("registry") and stored.deferred("statements")
    for part in PARTS:
        assert getattr(stored, part) == getattr(fresh, part), part
    # read when asked for: the same registry and statements
    assert stored.statements == fresh.statements
    assert stored.registry == fresh.registry
    assert not stored.deferred("registry")


def test_what_the_first_frame_asks_of_the_atlas_reads_no_registry_or_statement():
    atlas = load_atlas()
    records = atlas._records
    assert atlas.zones_at(DEFAULT_AS_OF) and atlas.control_dates()
    assert atlas.features_at(DEFAULT_AS_OF) and atlas.named_localities and atlas.places
    assert len(atlas.events.columns.ids) == len(atlas.events)
    assert records.deferred("registry") and records.deferred("statements")
    # and the queries that need them read them
    event = next(e for e in atlas.events if atlas.statements_for(event_id=e.id))
    assert atlas.statements_for(event_id=event.id)
    assert not records.deferred("statements") and not records.deferred("registry")
    assert atlas.statements == Atlas(read_records(data_dir())).statements


FIRST_PAINT = """
import sys
from desktop.launch import _first_paint_probe
import desktop.launch as launch

READERS = (
    "geodata.sources.registry",
    "geodata.record_parsers",
    "geodata.control.load",
    "tomli",
    "xml.etree.ElementTree",  # the .ts catalogues geodata reads for other languages than English
)

def probe(app, window, target):
    records = window.atlas._records
    print(records.deferred("registry"), records.deferred("statements"))
    print(*(name for name in READERS if name in sys.modules))
    _first_paint_probe(app, window, target)

launch._first_paint_probe = probe
from desktop.app import main
sys.argv = ["syria-atlas"]
main()
"""


def test_the_window_paints_its_first_frame_without_the_registry_or_statements(tmp_path):
    """As a user opens it (fresh settings: no remembered workspace), until its first paint."""
    pytest.importorskip("PySide6")

    out = run_fresh_window(FIRST_PAINT, tmp_path, SYRIA_ATLAS_FIRST_PAINT="quit")
    deferred, readers_imported = out.splitlines()
    assert deferred.split() == ["True", "True"]
    # nor imports the readers of the talks, the registry, the control files or the catalogues
    assert readers_imported.split() == []


@pytest.fixture
def copied_data(tmp_path) -> Path:
    """The bundled data without the control folder (not read here), store included."""
    return Path(
        shutil.copytree(data_dir(), tmp_path / "data", ignore=shutil.ignore_patterns("control"))
    )


def test_a_copy_of_the_very_files_uses_the_store(copied_data):
    assert load_records(copied_data).deferred("registry")


def test_an_edited_file_is_read_at_once_and_its_store_reported_stale(copied_data):
    path = copied_data / PARTIES_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    records = load_records(copied_data)
    assert not records.deferred("registry") and not records.deferred("statements")
    report = Report()
    _check_records_store(report, copied_data)
    messages = [f"{p.file}: {p.message}" for p in report.problems]
    assert messages == [
        "start_records.json: stale: made from other talks, sources, zones, features or places "
        "than these; run python -m tools.first_frame"
    ]


@pytest.mark.parametrize(
    "file",
    [Path("talks", "statements.toml"), Path("sources", "talks.toml")],
)
def test_a_malformed_file_the_first_frame_does_not_need_is_still_refused_at_load(copied_data, file):
    path = copied_data / file
    path.write_text(path.read_text(encoding="utf-8") + "\n[[broken\n", encoding="utf-8")
    with pytest.raises(AtlasError, match="not valid TOML|sources/talks.toml"):
        load_records(copied_data)


def test_the_tool_writes_a_store_of_edited_records(copied_data, tmp_path):
    from geodata.records_store import store_document, write_store

    path = copied_data / PARTIES_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    fresh = read_records(copied_data)
    write_store(copied_data / STORE_FILE, store_document(copied_data, fresh, [], fresh.registry))
    assert stale_reasons(copied_data, fresh, copied_data / STORE_FILE) == []
    stored = load_records(copied_data)
    assert stored.deferred("registry")
    assert all(getattr(stored, part) == getattr(fresh, part) for part in PARTS)


def test_the_base_map_store_holds_the_geojson_layers_coordinate_for_coordinate():
    import shapely

    from geodata.basemap import LAYER_NAMES, load_layer, read_geojson_layer
    from geodata.basemap_store import stored_layers

    assert stored_layers(LAYER_NAMES) is not None  # up to date with the bundled GeoJSON
    for name in LAYER_NAMES:
        stored, read = load_layer(name), read_geojson_layer(name)
        assert [f.properties for f in stored] == [f.properties for f in read], name
        assert [shapely.to_wkb(f.geometry) for f in stored] == [
            shapely.to_wkb(f.geometry) for f in read
        ], name


def test_the_base_map_store_is_not_used_for_other_files(tmp_path, monkeypatch):
    from geodata import basemap_store
    from geodata.basemap import LAYER_NAMES

    folder = tmp_path / "data"
    shutil.copytree(data_dir() / "base", folder / "base")
    shutil.copy(data_dir() / basemap_store.STORE_FILE, folder)
    monkeypatch.setattr(basemap_store, "data_dir", lambda: folder)
    basemap_store.stored_layers.cache_clear()
    try:
        assert basemap_store.stored_layers(LAYER_NAMES) is not None  # the very files
        lakes = folder / "base" / "lakes.geojson"
        lakes.write_text(lakes.read_text(encoding="utf-8").replace('"name"', '"name" ', 1))
        basemap_store.stored_layers.cache_clear()
        assert basemap_store.stored_layers(LAYER_NAMES) is None  # edited: the GeoJSON is read
    finally:
        basemap_store.stored_layers.cache_clear()
