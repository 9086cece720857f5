"""What a newcomer's import files get wrong: a zone held by a party the atlas does not know, a
date range or a stray word after a date, years like 1850 or 2999, a day after today. Each bad
row is refused with the file, the row, the column and the value; nothing is half-imported;
everything valid (ACLED's date forms, a time of day, a party written by its name) still goes in.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.app import main
from geodata.importers import ImportFailed, preview, read_file
from geodata.importers.parties import bundled_parties
from geodata.workspace_store import read_workspace

SAMPLE = Path(__file__).parent / "fixtures" / "import" / "acled_syria_sample.csv"


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def events_csv(tmp_path: Path, *days: str) -> Path:
    path = tmp_path / "events.csv"
    rows = [f'e{n},"{day}",36.2,37.1,event {n}' for n, day in enumerate(days, 1)]
    path.write_text("\n".join(["id,date,latitude,longitude,title", *rows]) + "\n")
    return path


SQUARE = [[[36.0, 35.0], [37.0, 35.0], [37.0, 36.0], [36.0, 36.0], [36.0, 35.0]]]


def zones_geojson(tmp_path: Path, *properties: dict) -> Path:
    features = [
        {
            "type": "Feature",
            "id": f"z{n}",
            "properties": {"valid_from": "2020-01-01", "valid_to": None, **props},
            "geometry": {"type": "Polygon", "coordinates": SQUARE},
        }
        for n, props in enumerate(properties, 1)
    ]
    path = tmp_path / "zones.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


@pytest.mark.parametrize(
    ("day", "says"),
    [
        ("1850-01-01", "date '1850-01-01' has a year outside 1900-2100"),
        ("2999-01-01", "date '2999-01-01' has a year outside 1900-2100"),
        ("1 January 1850", "date '1 January 1850' has a year outside 1900-2100"),
        ("2099-06-01", "date '2099-06-01' is after today"),
        ("2023-04-25 to 2023-05-01", "unparsable date '2023-04-25 to 2023-05-01'"),
        ("2023-04-25 approx.", "unparsable date '2023-04-25 approx.'"),
        ("03/04/2023", "ambiguous date '03/04/2023'"),
    ],
)
def test_a_bad_date_names_file_row_column_and_value_and_nothing_is_written(
    tmp_path, capsys, day, says
):
    path = events_csv(tmp_path, "2023-04-25", day)
    workspace = tmp_path / "ws.gpkg"
    assert main(["import", str(path), "--workspace", str(workspace)]) == 1
    err = one_line_error(capsys)
    assert f"events.csv: row 3: {says}" in err and "in column 'date'" in err
    assert not workspace.exists()  # not even the valid first row


def test_a_bad_row_leaves_an_existing_workspace_as_it_was(tmp_path, capsys):
    workspace = tmp_path / "ws.gpkg"
    assert main(["import", str(SAMPLE), "--workspace", str(workspace)]) == 0
    before = workspace.read_bytes()
    path = events_csv(tmp_path, "2023-05-01", "2999-01-01")
    assert main(["import", str(path), "--workspace", str(workspace)]) == 1
    assert workspace.read_bytes() == before
    assert len(read_workspace(workspace)[0]) == 20


def test_every_accepted_date_form_still_goes_in(tmp_path, capsys):
    forms = {
        "2023-04-25": date(2023, 4, 25),
        "2023-04-25T10:30:00Z": date(2023, 4, 25),
        "2023-04-25 10:30:00.5+03:00": date(2023, 4, 25),
        "2023/04/25": date(2023, 4, 25),
        "25 April 2023": date(2023, 4, 25),
        "25-April-2023": date(2023, 4, 25),
        "April 25, 2023": date(2023, 4, 25),
        "25.04.2023": date(2023, 4, 25),
        "25/04/2023": date(2023, 4, 25),
        "1967-06-10": date(1967, 6, 10),  # history is not a typo
    }
    result = read_file(events_csv(tmp_path, *forms), origin="ws")
    assert [e.date for e in result.events] == list(forms.values())


def test_a_zone_held_by_an_unknown_party_is_refused_by_name_and_column(tmp_path, capsys):
    path = zones_geojson(
        tmp_path,
        {"controller": "hts"},
        {"controller": "test_party_a"},
        {"controller": "sdf", "backers": "united_statez"},
    )
    workspace = tmp_path / "ws.gpkg"
    assert main(["import", str(path), "--workspace", str(workspace)]) == 1
    err = one_line_error(capsys)
    assert "zones.geojson: feature 2: unknown controller 'test_party_a'" in err
    assert "in column 'controller'" in err and "syria-atlas query parties" in err
    assert "feature 3: unknown backer 'united_statez'" in err
    assert "did you mean united_states?" in err
    assert not workspace.exists()


def test_a_zone_start_after_today_is_refused(tmp_path):
    path = zones_geojson(tmp_path, {"controller": "hts", "valid_from": "2090-01-01"})
    with pytest.raises(ImportFailed, match=r"feature 1: valid_from '2090-01-01' is after today"):
        read_file(path, parties=bundled_parties())


def test_a_party_written_by_its_name_or_in_capitals_becomes_its_id(tmp_path, capsys):
    workspace = tmp_path / "ws.gpkg"
    path = zones_geojson(
        tmp_path,
        {"controller": "HTS", "backers": "Turkey; SNA"},
        {"controller": "Syrian government", "valid_to": "2099-12-31"},  # an end may be ahead
    )
    assert main(["import", str(path), "--workspace", str(workspace)]) == 0
    zones = read_workspace(workspace)[1]
    assert [(z.controller, z.backers) for z in zones] == [
        ("hts", ("turkey", "sna")),
        ("government", ()),
    ]


def test_the_import_dialogs_preview_lists_the_bad_rows(tmp_path):
    """The dialog's preview (the same check) shows each refused row before Import is pressed."""
    path = zones_geojson(tmp_path, {"controller": "hts"}, {"controller": "nobody"})
    shown = preview(path, parties=bundled_parties())
    assert [z.controller for z in shown.records] == ["hts"]
    assert any(p.startswith("feature 2: unknown controller 'nobody'") for p in shown.problems)
