"""`syria-atlas query controller --place NAME`: who held a town on a day without looking up
its coordinates first; the answer names the place it took, and a name that is no town is one
clear line and exit 2."""

from __future__ import annotations

import json

import pytest

from desktop.app import main


def run(capsys, *argv: str) -> tuple[int, object, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else out), err


def test_a_place_by_name_answers_as_its_coordinates_do(capsys):
    code, by_name, _ = run(
        capsys, "query", "controller", "--place", "Tell Abyad", "--date", "2019-10-12"
    )
    assert code == 0
    assert by_name["place"]["id"] == "tell_abyad" and by_name["place"]["title"] == "Tell Abyad"
    code, by_point, _ = run(
        capsys,
        "query",
        "controller",
        "--lat",
        str(by_name["lat"]),
        "--lon",
        str(by_name["lon"]),
        "--date",
        "2019-10-12",
    )
    assert code == 0
    assert {k: v for k, v in by_name.items() if k != "place"} == by_point


def test_a_place_in_another_script_is_found(capsys):
    code, answer, _ = run(capsys, "query", "controller", "--place", "منبج", "--date", "2016-09-01")
    assert code == 0
    assert answer["place"]["id"] == "manbij"
    assert answer["controller"] == "sdf"  # the SDF took Manbij on 12 Aug 2016


@pytest.mark.parametrize(
    ("place_id", "day", "holder"),
    [
        ("khan_shaykhun", "2019-08-24", "government"),  # taken on 21 Aug 2019
        ("maarrat_an_numan", "2020-01-27", "hts"),  # the army entered on 28 Jan 2020
        # the village east of Saraqib (the army's since Feb 2020), not Ras al-Ain (ras_al_ain)
        ("ras_al_ayn", "2023-04-25", "government"),
    ],
)
def test_a_place_id_printed_by_query_place_is_that_place(capsys, place_id, day, holder):
    """The ids `query place` prints (with underscores) name the place itself, even where the
    name spelled out would match a larger namesake first."""
    code, answer, _ = run(capsys, "query", "controller", "--place", place_id, "--date", day)
    assert code == 0
    assert answer["place"]["id"] == place_id
    assert answer["controller"] == holder


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("--place", "xyzzy"), "no town or village matches 'xyzzy'"),
        (("--place", "Sochi memorandum"), "no town or village matches"),  # an event, no point
        (("--place", "Manbij", "--lat", "36.5"), "not both"),
        (("--lat", "36.5"), "--lat and --lon together"),
        (("--place", "  "), "--place is empty"),
    ],
)
def test_a_wrong_place_or_point_is_one_line_and_exit_2(capsys, argv, says):
    code, out, err = run(capsys, "query", "controller", *argv)
    assert code == 2 and out == ""
    assert says in err and len(err.strip().splitlines()) == 1


def test_a_tracked_place_answers_from_its_own_records_past_the_outline(capsys):
    """Marzah al-Dawoud's stored point lies ~2 km past the generalised border, where no zone
    is drawn: asked for by id, the answer still gives its own record (the SDF's in 2021), not
    "no record"; the zone stays empty, as the map draws none there."""
    code, answer, _ = run(
        capsys, "query", "controller", "--place", "marzah_al_dawoud", "--date", "2021-06-01"
    )
    assert code == 0
    records = answer["control_records"]
    assert records["locality"]["id"] == "marzah_al_dawoud"
    assert records["record"]["controller"] == "sdf"
    assert answer["zone"] is None
