"""`syria-atlas validate [DIR]`: clean data passes; each kind of breakage is named clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from validate_fixture import MINI, edit, problems

from desktop.app import main


def edit_zones(data: Path, change) -> None:
    path = data / "zones.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    change({f["properties"]["id"]: f for f in document["features"]})
    path.write_text(json.dumps(document), encoding="utf-8")


def test_fixture_is_clean(capsys):
    assert main(["validate", str(MINI)]) == 0
    assert "valid" in capsys.readouterr().out


def test_bundled_data_is_clean(capsys):
    # No skip when the data is missing: bundled data dropping out of the package must fail.
    code = main(["validate"])
    assert code == 0, capsys.readouterr().out


def test_missing_source(data, capsys):
    edit(data / "talks/events.toml", 'sources = ["fixture-b"]', "")
    assert main(["validate", str(data)]) == 1
    assert "talks/events.toml: e-raqqa: event has no source" in capsys.readouterr().out.splitlines()


def test_dangling_party(data):
    edit(data / "talks/statements.toml", 'party = "turkey"', 'party = "turkiye"')
    edit(data / "talks/events.toml", '"sdf"]', '"ypg"]')
    found = problems(data)
    assert "talks/statements.toml: s-turkey: party 'turkiye' is not a party" in found
    assert "talks/events.toml: e-raqqa: participant 'ypg' is not a party" in found


def test_dangling_event_area_feature_and_controller(data):
    edit(data / "talks/statements.toml", 'event_id = "e-moscow"', 'event_id = "e-mosco"')
    edit(data / "talks/events.toml", 'zone_ids = ["idlib"]', 'zone_ids = ["idleb"]')
    edit(data / "talks/events.toml", 'feature_ids = ["m4"]', 'feature_ids = ["m5"]')
    edit_zones(data, lambda z: z["idlib-2020"]["properties"].update(controller="hayat"))
    found = problems(data)
    assert "talks/statements.toml: s-turkey: event 'e-mosco' does not exist" in found
    assert "talks/events.toml: e-moscow: zone 'idleb' is not a zone area" in found
    assert "talks/events.toml: e-moscow: feature 'm5' is not a map feature" in found
    assert "zones.geojson: idlib-2020: controller 'hayat' is not a party" in found


def test_overlapping_zones(data):
    def grow(zones):
        zones["idlib-2020"]["geometry"] = {
            "type": "Polygon",
            "coordinates": [[[36.3, 35.7], [38.5, 35.7], [38.5, 36.3], [36.3, 36.3], [36.3, 35.7]]],
        }

    edit_zones(data, grow)
    found = [p for p in problems(data) if "overlaps" in p]
    assert any(p.startswith("zones.geojson: idlib-2020: overlaps sdf_east-2020 by ") for p in found)


def test_overlap_marked_contested_is_allowed(data):
    def grow_contested(zones):
        zones["idlib-2020"]["properties"]["contested"] = True
        zones["idlib-2020"]["geometry"]["coordinates"][0][1][0] = 38.5
        zones["idlib-2020"]["geometry"]["coordinates"][0][2][0] = 38.5

    edit_zones(data, grow_contested)
    assert not [p for p in problems(data) if "overlaps" in p]


def test_gap_in_the_tiling(data):
    edit_zones(data, lambda z: z["sdf_east-2020"]["properties"].update(valid_to="2022-12-31"))
    found = problems(data)
    assert any(p.startswith("zones.geojson: snapshot 2023-01-01: zones leave") for p in found)


def test_bad_dates(data):
    edit(data / "talks/events.toml", "date = 2020-06-01", 'date = "2020-13-01"')
    edit_zones(data, lambda z: z["idlib-2019"]["properties"].update(valid_to="2019-01-01"))
    found = problems(data)
    assert "talks/events.toml: e-raqqa: date: not a date (want YYYY-MM-DD): '2020-13-01'" in found
    assert "zones.geojson: idlib-2019: valid_to 2019-01-01 is before valid_from 2019-09-01" in found


def test_invalid_geometry(data):
    bowtie = [[[36.3, 35.7], [36.78, 36.3], [36.78, 35.7], [36.3, 36.3], [36.3, 35.7]]]
    edit_zones(data, lambda z: z["idlib-2020"]["geometry"].update(coordinates=bowtie))
    found = problems(data)
    assert any(
        p.startswith("zones.geojson: idlib-2020: invalid geometry: Self-intersection")
        for p in found
    )


def test_duplicate_ids_and_unknown_fields(data):
    edit(data / "talks/statements.toml", 'id = "s-syria"', 'id = "s-turkey"')
    edit(data / "talks/events.toml", 'participants = ["sdf"]', 'particpants = ["sdf"]')
    found = problems(data)
    assert "talks/statements.toml: s-turkey: duplicate id (2 records)" in found
    assert "talks/events.toml: e-raqqa: unknown field(s): particpants" in found


def test_statement_must_say_quote_or_paraphrase(data):
    edit(data / "talks/statements.toml", "verbatim = false\n", "")
    assert (
        "talks/statements.toml: s-syria: verbatim: missing (true for an exact quote, false "
        "for a paraphrase)" in problems(data)
    )


def test_each_problem_is_printed_on_its_own_line_and_exit_is_1(data, capsys):
    edit(data / "talks/statements.toml", 'party = "turkey"', 'party = "x"')
    edit(data / "talks/events.toml", 'sources = ["fixture-c"]', "")
    assert main(["validate", str(data)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all(line.count(": ") >= 2 for line in out)


def test_directory_without_data(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "missing")]) == 1
    assert main(["validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert "not found" in err[0] and "no atlas data" in err[1]


# ------------------------------------------------------------------ a broken file is one problem


def test_toml_syntax_error_is_one_problem_not_a_flood_of_dangling_references(data, capsys):
    edit(data / "talks/events.toml", "date = 2020-06-01", "date = 2020-06-01 oops")
    assert main(["validate", str(data)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1, out
    assert out[0].startswith("talks/events.toml: -: not valid TOML")
    assert "line 16" in out[0]  # the reader is sent to the real cause


def test_broken_zones_json_skips_the_checks_that_need_zones(data):
    path = data / "zones.geojson"
    path.write_text(path.read_text(encoding="utf-8")[:-20], encoding="utf-8")  # truncated
    found = problems(data)
    assert len(found) == 1 and found[0].startswith("zones.geojson: -: not valid JSON"), found


def test_broken_parties_file_does_not_make_every_reference_dangle(data):
    edit(data / "talks/parties.toml", 'id = "hts"', 'id = "hts')
    found = problems(data)
    assert len(found) == 1 and found[0].startswith("talks/parties.toml: -: not valid TOML"), found


def test_missing_file_is_one_problem(data):
    (data / "talks/events.toml").unlink()
    assert problems(data) == ["talks/events.toml: -: file missing"]


def test_a_malformed_record_is_reported_once_not_again_as_dangling(data):
    edit(data / "talks/events.toml", "date = 2023-04-25", 'date = "25 April"')
    found = problems(data)
    assert found == ["talks/events.toml: e-moscow: date: not a date (want YYYY-MM-DD): '25 April'"]


def test_unsettled_control_must_be_marked_contested(data):
    parties = data / "talks/parties.toml"
    parties.write_text(
        parties.read_text(encoding="utf-8")
        + '\n[[party]]\nid = "unsettled"\nname = "Control not settled in the sources"\n'
        'kind = "none"\ncolour = "#B0B0B0"\n',
        encoding="utf-8",
    )
    edit_zones(data, lambda z: z["government-2020"]["properties"].update(controller="unsettled"))
    assert problems(data) == [
        "zones.geojson: government-2020: controller 'unsettled' says control is not settled: "
        "mark the zone contested"
    ]
    edit_zones(data, lambda z: z["government-2020"]["properties"].update(contested=True))
    assert problems(data) == []


# ------------------------------------------------------------------ source policy


def test_mirror_domain_fails(data):
    edit(
        data / "sources/fixture.toml",
        'url = "https://example.org/b"',
        'url = "https://wikimili.com/en/X"\nnote = "copy"',
    )
    assert any("fixture-b" in p and "Wikipedia" in p for p in problems(data))


def test_inline_source_without_publisher_date_kind_fails(data):
    edit(
        data / "talks/events.toml",
        'sources = ["fixture-b"]',
        'sources = [{ url = "https://example.org/x" }]',
    )
    assert any("e-raqqa" in p and "has no publisher/date/kind" in p for p in problems(data)), (
        problems(data)
    )


def test_sanctioned_inline_source_fails(data):
    edit(
        data / "talks/events.toml",
        'sources = ["fixture-b"]',
        'sources = [{ url = "https://southfront.org/x", publisher = "SF", date = 2020-01-01 }]',
    )
    assert any("e-raqqa" in p and "sanctioned" in p for p in problems(data))


def test_quote_not_in_its_excerpt_fails(data):
    edit(data / "talks/statements.toml", 'text = "constructive"', 'text = "very constructive"')
    assert "talks/statements.toml: s-turkey: the quoted words are not in the excerpt" in problems(
        data
    )


def test_quote_without_excerpt_fails(data):
    edit(
        data / "talks/statements.toml",
        'excerpt = "The ministry said \u201cconstructive\u201d talks were held."\n',
        "",
    )
    assert any("s-turkey" in p and "without an excerpt" in p for p in problems(data))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('publisher = "fixture"\ntitle = "Fixture b"', 'title = "Fixture b"', "publisher"),
        ('title = "Fixture b"\ndate = 2023-04-25\n', 'title = "Fixture b"\n', "date"),
        ('kind = "monitor"', 'kind = "blog"', "kind 'blog'"),
        ('url = "https://example.org/b"', 'url = "https://qaz.wiki/wiki/X"\nnote = "copy"', "Wiki"),
        ('url = "https://example.org/b"', 'url = "https://example.org/icon.png"', "file"),
    ],
)
def test_a_registry_source_breaking_the_policy_fails_validate(data, capsys, old, new, expected):
    """What the registry refuses reaches `syria-atlas validate` as a failure naming it."""
    edit(data / "sources/fixture.toml", old, new)
    found = problems(data)
    assert any("sources/fixture.toml" in p and expected in p for p in found), found
    assert main(["validate", str(data)]) == 1
    capsys.readouterr()


def test_a_statement_without_its_speaker_fails(data):
    edit(data / "talks/statements.toml", 'speaker = "the Syrian defence ministry"\n', "")
    assert (
        "talks/statements.toml: s-syria: no speaker: name who said it as the source names "
        "them" in problems(data)
    )
