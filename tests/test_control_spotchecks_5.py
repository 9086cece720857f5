"""A fifth independent fact-check of the control answers (issue #15): 30 (place, day) pairs drawn
at random (seed 20261209) over 1 Aug 2016 - 26 Nov 2024 from everything ``query controller``
answers (all years, the offensives, district centres and M4/M5 towns), not from one rules file.
Each case asserts what its reports say (in the comment; registry ids in sources/*.toml). The one
wrong answer was the query path's: at Kobani's own coordinate, ~0.5 km outside the generalised
outline, ``query controller`` named no locality and so none of its record or sources."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer, assert_snapshot_answer


@pytest.fixture(scope="module")
def atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


# (locality, day, controller, status, parties that must be among `with`, a source it must cite)
CASES = [
    # IS held the east Aleppo countryside until the army reached al-Khafsa on 7 Mar 2017 (Reuters)
    ("rada_kabira", date(2016, 12, 9), "isis", "held", (), "reuters-2017-03-07-khafsa"),
    # the army's push south-west of al-Bab from Jan 2017 (SOHR via Reuters); Maskanah 4 Jun 2017;
    # review h-rev38: a gap 13 Nov 2016 - 22 Oct 2019 (the factions took Daghli Bash, south of it,
    # on 31 Dec 2016: Shaam News), the stored row still citing the Maskanah report
    ("nayrabiyah", date(2017, 9, 25), "unknown", "held", (), "xinhua-2017-06-04-maskanah"),
    # the SDF's eastern countryside of Raqqa, the city taken 17 Oct 2017 (Channel 4)
    ("bir_qurat", date(2017, 11, 21), "sdf", "held", (), "channel4-2017-10-17-raqqa"),
    # Uqayribat 1 Sep 2017 (Reuters); IS's Hama-Aleppo pocket ended Feb 2018 (SOHR)
    ("shuhayb", date(2018, 3, 3), "government", "held", (),
     "sohr-2018-02-is-hama-aleppo-pocket-ended"),
    # south Aleppo government-held from the pocket's clearing; fronts unchanged in 2019 (AP)
    ("talaylat", date(2019, 8, 9), "government", "held", (), "ap-2019-08-23-northern-hama"),
    # Peace Spring: fighting across the Tal Abyad - Ras al-Ain countryside to 22 Oct 2019 (SOHR)
    ("abu_shaykhat", date(2019, 10, 16), "sdf", "contested", ("sna",), "afp-2019-10-20-ras-al-ain"),
    # north Hama government-held from 23 Aug 2019; the Dec 2019 push went north from it
    ("zor_al_heisa", date(2020, 1, 12), "government", "held", (), "afp-2019-08-23-morek"),
    ("maarkaba", date(2020, 1, 19), "government", "held", (), "afp-2019-08-23-morek"),
    # Raqqa 'surrounded from the east, north and west' on 6 Jun 2017 (SDF via AP)
    ("albayda", date(2017, 9, 30), "sdf", "held", (), "ap-2017-06-06-raqqa-battle"),
    # the Azaz - Jarablus strip secured on 4 Sep 2016 (Anadolu via Reuters)
    ("azaz", date(2018, 5, 10), "sna", "held", (), "reuters-2016-09-04-azaz-jarablus-secured"),
    # Jabhat Tahrir Souria took it from HTS on 26 Feb 2018 (Syria Direct)
    ("darat_izza", date(2018, 8, 16), "opposition", "held", (),
     "syria_direct-2018-02-26-jts-darat-izza"),
    # the army since 16 Oct, Russian military police from 23 Oct 2019 (Russian MoD via TASS)
    ("kobani", date(2024, 7, 3), "sdf", "shared", ("government", "russia"),
     "aljazeera-2019-10-23-russia-kobani"),
    # a 'regime-held' Christian town shelled by rebels (ARA News, Dec 2015)
    ("suqaylabiyah", date(2017, 1, 28), "government", "held", (),
     "aranews-2015-12-sqelbiya-maharda"),
    # the army declared full control on 3 Nov 2017, SOHR confirmed (AP)
    ("deir_ez_zor", date(2023, 12, 28), "government", "held", (), "ap-2017-11-03-deir-ez-zor-city"),
    # the Wrath of Euphrates set out from Ain Issa and Suluk on 6 Nov 2016 (Reuters)
    ("sweilam", date(2016, 10, 4), "isis", "held", (), "reuters-2016-11-06-raqqa-campaign"),
    # the army's Raqqa desert campaign began 6 Jun 2017 (SOHR)
    ("sfaiyeh_oil_field", date(2016, 10, 9), "isis", "held", (),
     "sohr-2017-06-raqqa-desert-regime-advance"),
    # the HTS-NLF deal of 10 Jan 2019: the Salvation Government in charge (The New Arab)
    ("biret_keftin", date(2019, 8, 17), "hts", "held", (), "newarab-2019-01-10-hts-takes-idlib"),
    ("zarzur", date(2022, 2, 24), "hts", "held", (), "newarab-2019-01-10-hts-takes-idlib"),
    # the Manbij Military Council's area (Reuters, Mar 2017; Kurdistan24, Jun 2022)
    ("faras_al_kabir", date(2023, 7, 9), "sdf", "held", (),
     "kurdistan24-2022-06-01-erdogan-tal-rifaat-manbij"),
    # the 'regime-held province', rebels only in the eastern Jebel Akrad (The New Arab, Jan 2018)
    ("al_sarsakiyah", date(2023, 5, 27), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    # Kurdish-held north-east; Turkish strikes on its oil and power sites (Kurdistan24, 2022)
    ("rmelan", date(2024, 3, 7), "sdf", "held", (), "kurdistan24-2022-11-20-claw-sword"),
    ("dahayek", date(2024, 10, 30), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    # the Afrin enclave taken on 18 Mar 2018 (EFE, DW)
    ("xelile_kalko", date(2019, 9, 18), "sna", "held", (), "efe-2018-03-18-afrin-city"),
    ("asadiyah", date(2024, 5, 27), "government", "held", (), "al_monitor-2017-06-maskanah"),
]  # fmt: skip

#: The drawn places the 2020-24 snapshot answers (its zone's sources: the map frozen since
#: March 2020, NYT; no change in 2022, Jusoor), none of them near a front line.
SNAPSHOT_CASES = [
    ("salamiyah", date(2021, 1, 6)),
    ("harfah", date(2020, 7, 12)),
    ("al_kashaf", date(2021, 10, 23)),
    ("dayr_sunbul", date(2021, 1, 5)),
    ("fakhr", date(2022, 10, 5)),
    ("mujaymir", date(2022, 9, 17)),
]


@pytest.mark.parametrize(("locality", "day", "controller", "status", "among", "cited"), CASES)
def test_the_answer_is_what_the_report_says(atlas, locality, day, controller, status, among, cited):
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among, cited)


@pytest.mark.parametrize(("locality", "day"), SNAPSHOT_CASES)
def test_the_snapshot_answer_cites_its_zone(atlas, locality, day):
    record = assert_snapshot_answer(atlas.control.history, locality, day)
    cited = {s.id for s in atlas.control.sources_of(record)}
    assert "nyt-2024-12-index-php-rest-route-2fwp-2fv2-2fposts-2" in cited


def _query(atlas, locality: str, day: date) -> dict:
    from geodata.cli.query import controller_json

    place = atlas.control.history.localities[locality]
    return controller_json(atlas, place.lon, place.lat, day)


def test_query_controller_at_kobani_gives_its_record_and_sources(atlas):
    """Kobani's own coordinate lies ~0.5 km outside the generalised outline: the zone lookup
    snapped it, the control record did not, so a user asking at Kobani got no record (fixed:
    the locality lookup snaps as the zone lookup does)."""
    answer = _query(atlas, "kobani", date(2024, 7, 3))
    assert 0 < answer["distance_km"] < 1  # the point is outside the outline
    records = answer["control_records"]
    assert records["locality"]["id"] == "kobani"
    assert records["record"]["controller"] == "sdf"
    assert {"government", "russia"} <= set(records["record"]["with"])
    assert "tass-2019-10-24-kobani-base" in {s["id"] for s in records["record"]["sources"]}


@pytest.mark.parametrize("locality", ["kobani", "baniyas", "kassab", "jarablus_border_crossing"])
def test_query_controller_at_a_border_place_names_that_place(atlas, locality):
    records = _query(atlas, locality, date(2022, 6, 1))["control_records"]
    assert records["locality"] is not None and records["locality"]["id"] == locality


def test_a_point_well_outside_the_outline_names_no_locality(atlas):
    # Suruç in Turkey, ~10 km north of Kobani: no Syrian locality answers for it
    assert atlas.control.locality_at(38.42, 36.98, date(2024, 7, 3)) is None


def test_the_dayr_sunbul_disagreement_is_kept_with_both_sides(atlas):
    """SOHR's 26 Feb 2020 list has the army taking Deir Sunbul; its reports after the truce list
    a 'Deir Sonbol' among the rebel-held villages the regime shelled. The record keeps the
    capture, cites both and says the place's identity is not settled."""
    record = atlas.control.history.record_on("dayr_sunbul", date(2020, 3, 1))
    assert record.controller == "government"
    assert {
        "al_liwaa-2020-02-26-sohr-24-villages",
        "sohr-2020-deescalation-bayanin-deir-sonbol",
        "sohr-2020-deescalation-hazarin-front-deir-sonbol",
    } <= set(record.sources)
    assert "disagreement kept" in record.note


def test_the_new_sources_are_registered():
    from control_answers import assert_source_file_registered

    assert_source_file_registered("verify-2016-2024-5.toml")


def test_the_draw_keeps_its_quotas_and_is_reproducible(atlas):
    """`python -m tools.spotcheck_draw`: the same seed gives the same pairs; every year
    2016-2024 has three, at least 8 days fall in the offensives and 6 pairs are towns a reader
    looks up; no drawn pair is a gap (the skipped ones are counted apart)."""
    from tools.check_control import OFFENSIVES
    from tools.spotcheck_draw import draw, towns

    history = atlas.control.history
    drawn, gaps = draw(history, 20261209, 30)
    assert (drawn, gaps) == draw(history, 20261209, 30)
    assert len(drawn) == 30 and len({(p.locality, p.day) for p in drawn}) == 30
    for year in range(2016, 2025):
        assert sum(p.day.year == year for p in drawn) >= 3, year
    in_offensives = [p for p in drawn if any(a <= p.day <= b for a, b in OFFENSIVES.values())]
    assert len(in_offensives) >= 8
    town_pool = set(towns(history))
    assert {"kobani", "manbij", "saraqib", "idlib", "raqqa"} <= town_pool
    assert sum(p.kind == "town" and p.locality in town_pool for p in drawn) >= 6
    for pair in drawn:
        assert history.record_on(pair.locality, pair.day).controller != "unknown", pair
    for pair in gaps:
        record = history.record_on(pair.locality, pair.day)
        assert record is None or record.controller == "unknown", pair


def test_the_draw_refuses_a_count_below_its_quotas(capsys):
    from tools.spotcheck_draw import main

    assert main(["--count", "5"]) == 2
    assert "at least 30" in capsys.readouterr().err
