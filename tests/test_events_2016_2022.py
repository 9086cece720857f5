"""The 2016-2022 background to the 2023 Moscow talks (issue #15): what a journalist relies on.

Checks the bundled events and statements of those years, not the loader: every year has dated
events, sources cannot predate what they report, quotes of the four parties are verbatim in
their excerpt or marked paraphrase, markers sit on the gazetteer's town, and a few dated facts
taken from the sources' own text are stored as they read.
"""

from __future__ import annotations

import csv
from datetime import date
from functools import cache

import pytest
from shapely.geometry import Point

from geodata.io import default_data_dir, load_records
from geodata.model import Event, Source, Statement
from geodata.validate_sources import quote_in_excerpt

YEARS = range(2016, 2023)
#: The four parties of the 25 April 2023 Moscow meeting.
TALKS_PARTIES = frozenset({"turkey", "russia", "iran", "government"})


@cache
def _records():
    return load_records()


def _events() -> list[Event]:
    return [e for e in _records().events if e.date.year in YEARS]


def _statements() -> list[Statement]:
    """Statements said in 2016-2022; an undated one counts by the year of its event."""
    event_year = {e.id: e.date.year for e in _records().events}
    return [
        s
        for s in _records().statements
        if (s.date.year if s.date else event_year.get(s.event_id)) in YEARS
    ]


def _published_by(source: Source) -> date | None:
    """The last day the source can have been published (a partial date covers its period)."""
    if source.date is not None:
        return source.date
    text = source.date_text
    if len(text) == 7:  # "YYYY-MM": the last day of that month
        year, month = (int(part) for part in text.split("-"))
        first_of_next = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(first_of_next.toordinal() - 1)
    if len(text) == 4:  # "YYYY"
        return date(int(text), 12, 31)
    return None


def test_every_year_from_2016_to_2022_has_events_and_the_four_parties_speak():
    events = _events()
    for year in YEARS:
        assert any(e.date.year == year for e in events), f"no event in {year}"
    spoken = {s.party for s in _statements()}
    assert spoken >= TALKS_PARTIES, f"silent in 2016-2022: {sorted(TALKS_PARTIES - spoken)}"


def test_every_event_is_reported_by_a_source_published_on_or_after_its_day():
    # Earlier sources may give the lead-up (an offensive's first days, a meeting announced);
    # at least one must be able to report the event itself.
    for event in _events():
        published = [_published_by(s) for s in event.sources]
        assert any(day is not None and day >= event.date for day in published), (
            f"{event.id} ({event.date}): every source was published before it: {published}"
        )


def test_each_event_rests_on_a_graded_registry_source():
    for event in _events():
        assert any(s.id and s.reliability for s in event.sources), event.id


def test_four_parties_quotes_are_verbatim_in_their_excerpt_or_marked_paraphrase():
    checked = 0
    for statement in _statements():
        if statement.party not in TALKS_PARTIES:
            continue
        checked += 1
        if statement.verbatim:
            assert quote_in_excerpt(statement.text, statement.excerpt), statement.id
        else:
            assert '"' not in statement.text and "“" not in statement.text, statement.id
    assert checked >= 20


def test_statements_belong_to_an_event_of_the_same_period():
    events = {e.id: e for e in _records().events}
    for statement in _statements():
        event = events.get(statement.event_id)
        assert event is not None, f"{statement.id}: unknown event {statement.event_id}"
        if statement.date is not None:
            assert abs((event.date - statement.date).days) <= 31, statement.id


@cache
def _localities() -> dict[str, list[Point]]:
    """Town name -> its gazetteer points (one name may be several places: Afrin town, village)."""
    towns: dict[str, list[Point]] = {}
    path = default_data_dir() / "control" / "localities.csv"
    with path.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            point = Point(float(row["lon"]), float(row["lat"]))
            towns.setdefault(row["name"].casefold(), []).append(point)
    return towns


def test_markers_on_a_named_syrian_town_sit_on_the_gazetteer_point():
    towns = _localities()
    placed = 0
    for event in _events():
        if event.lat is None or not event.place_name.endswith(", Syria"):
            continue
        name = event.place_name.removesuffix(", Syria").split(" (")[0].casefold()
        if name not in towns:
            continue
        placed += 1
        marker = Point(event.lon, event.lat)
        assert any(marker.distance(p) < 0.01 for p in towns[name]), (
            f"{event.id}: marker ({event.lat}, {event.lon}) is not {event.place_name}'s point"
        )
    assert placed >= 5


@pytest.mark.parametrize(
    ("event_id", "day", "parties", "feature"),
    [
        # Reuters: the intelligence chiefs met "in Moscow on Monday" (13 Jan 2020).
        ("2020-01-13-fidan-mamlouk-moscow", date(2020, 1, 13), {"turkey", "government"}, None),
        # Syrializm: Zakharova's briefing of Thursday 13 Aug 2020 on the M4 patrols.
        ("2020-08-13-m4-joint-patrols-suspended", date(2020, 8, 13), {"russia", "turkey"}, "m4"),
        # Syriac Press: the Ain Issa points "along the M4 highway", agreed on Monday 7 Dec 2020.
        (
            "2020-12-07-ain-issa-russian-observation-points",
            date(2020, 12, 7),
            {"sdf", "russia"},
            "m4",
        ),
        # Rudaw: the Istiklal Avenue blast "on Sunday afternoon" (13 Nov 2022).
        ("2022-11-13-istanbul-istiklal-bombing", date(2022, 11, 13), {"turkey", "sdf"}, None),
    ],
)
def test_dated_facts_from_the_sources(event_id, day, parties, feature):
    event = next((e for e in _records().events if e.id == event_id), None)
    assert event is not None, event_id
    assert event.date == day
    assert parties <= set(event.participants)
    if feature:
        assert feature in event.feature_ids


def test_where_the_sides_disagree_both_are_recorded():
    # Istanbul 2022: Ankara blamed the PKK/YPG in Kobani, the SDF denied; Moscow 2020: Ankara
    # spoke of joint action against the YPG, Damascus (SANA) of a Turkish withdrawal.
    by_event: dict[str, set[str]] = {}
    for statement in _statements():
        by_event.setdefault(statement.event_id, set()).add(statement.party)
    assert {"turkey", "sdf"} <= by_event["2022-11-13-istanbul-istiklal-bombing"]
    assert {"turkey", "government"} <= by_event["2020-01-13-fidan-mamlouk-moscow"]
    assert {"iran", "government"} <= by_event["2022-07-02-amirabdollahian-damascus"]
