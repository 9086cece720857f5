"""The bundled events and statements of a window of days, and the checks a journalist relies on
for any window (tests/test_events_*.py): every event reported by a source published on or after
its day, quotes verbatim in their excerpt or marked paraphrase, markers on the gazetteer's town."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from functools import cache

from shapely.geometry import Point

from geodata.io import default_data_dir, load_records
from geodata.model import Event, Source, Statement
from geodata.validate_sources import quote_in_excerpt

#: The four parties of the 25 April 2023 Moscow meeting.
TALKS_PARTIES = frozenset({"turkey", "russia", "iran", "government"})


@cache
def records():
    return load_records()


def events_between(first: date, last: date) -> list[Event]:
    return [e for e in records().events if first <= e.date <= last]


def statements_between(first: date, last: date) -> list[Statement]:
    """Statements said in the window; an undated one counts by the day of its event."""
    event_day = {e.id: e.date for e in records().events}
    return [
        s
        for s in records().statements
        if first <= (s.date or event_day.get(s.event_id, date.min)) <= last
    ]


def published_by(source: Source) -> date | None:
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


def assert_each_event_reported_on_or_after_its_day(events: list[Event]) -> None:
    # Earlier sources may give the lead-up (an offensive's first days, a meeting announced);
    # at least one must be able to report the event itself.
    for event in events:
        published = [published_by(s) for s in event.sources]
        assert any(day is not None and day >= event.date for day in published), (
            f"{event.id} ({event.date}): every source was published before it: {published}"
        )


def assert_sourced_from_allowed_originals(events: list[Event]) -> None:
    """Every event has sources, each a registered publication (id, publisher, kind) whose page
    is not on a refused outlet, and at least one can report the event itself."""
    from geodata.sources.policy import refusal

    for event in events:
        assert event.sources, event.id
        for source in event.sources:
            assert source.id and source.publisher and source.kind, (event.id, source.id)
            if source.url:
                assert refusal(source.url) is None, (event.id, source.url)
    assert_each_event_reported_on_or_after_its_day(events)


def assert_no_twin_on_the_same_day(new: list[Event], same: Callable[[Event, Event], bool]) -> None:
    """Every event id is unique, and no other stored event (events.toml and the batches) of a
    new event's day and kind is ``same`` as it (a batch's own test: same place, same title)."""
    events = records().events
    assert len({e.id for e in events}) == len(events)
    for event in new:
        twins = [
            e.id
            for e in events
            if e.date == event.date and e.id != event.id and e.kind == event.kind and same(e, event)
        ]
        assert not twins, (event.id, twins)


def assert_talks_parties_quoted_verbatim_or_paraphrased(statements: list[Statement]) -> int:
    """Checks the four parties' statements; returns how many it checked."""
    checked = 0
    for statement in statements:
        if statement.party not in TALKS_PARTIES:
            continue
        checked += 1
        if statement.verbatim:
            assert quote_in_excerpt(statement.text, statement.excerpt), statement.id
        else:
            assert '"' not in statement.text and "“" not in statement.text, statement.id
    return checked


@cache
def gazetteer_towns() -> dict[str, list[Point]]:
    """Town name -> its gazetteer points (one name may be several places: Afrin town, village)."""
    towns: dict[str, list[Point]] = {}
    path = default_data_dir() / "control" / "localities.csv"
    with path.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            point = Point(float(row["lon"]), float(row["lat"]))
            towns.setdefault(row["name"].casefold(), []).append(point)
    return towns


def assert_markers_on_their_town(events: list[Event]) -> int:
    """An event placed at a named Syrian town sits on that town's gazetteer point; returns how
    many markers it checked."""
    towns = gazetteer_towns()
    placed = 0
    for event in events:
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
    return placed


def assert_event_as_reported(event_id: str, day: date, parties: set[str], feature) -> None:
    """A dated fact taken from the sources' own text is stored as it reads."""
    event = next((e for e in records().events if e.id == event_id), None)
    assert event is not None, event_id
    assert event.date == day
    assert parties <= set(event.participants)
    if feature:
        assert feature in event.feature_ids


def parties_speaking(statements: list[Statement]) -> dict[str, set[str]]:
    """Event id -> the parties with a statement on it (where sides disagree, both speak)."""
    by_event: dict[str, set[str]] = {}
    for statement in statements:
        by_event.setdefault(statement.event_id, set()).add(statement.party)
    return by_event


def assert_statement_as_recorded(
    statement: Statement, event_id: str, party: str, day: date, verbatim: bool
) -> None:
    """A statement is stored on its event, party and day, sourced from allowed pages; a quote
    stands in its excerpt, a paraphrase carries no quotation marks; it was said no later than
    a source published it, and within a month of its event."""
    from geodata.sources.policy import refusal

    assert statement.event_id == event_id
    assert statement.party == party
    assert statement.date == day
    assert statement.speaker
    assert statement.verbatim is verbatim
    assert statement.sources
    for source in statement.sources:
        if source.url:
            assert refusal(source.url) is None, (statement.id, source.url)
    if verbatim:
        assert quote_in_excerpt(statement.text, statement.excerpt), statement.id
    else:
        # A paraphrase in our words: no quotation marks, no excerpt passed off as its words.
        assert '"' not in statement.text and "\u201c" not in statement.text, statement.id
    published = [published_by(s) for s in statement.sources]
    assert any(p is not None and p >= statement.date for p in published), statement.id
    event = next(e for e in records().events if e.id == event_id)
    assert abs((statement.date - event.date).days) <= 31, statement.id
