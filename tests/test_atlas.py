"""The loaded atlas: bundled talks data, dated zones and the queries the window relies on."""

from __future__ import annotations

import re
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import box

from geodata.atlas import Atlas, load_atlas
from geodata.errors import AtlasError
from geodata.model import EVENT_KINDS, Event, Zone
from geodata.validate_sources import quote_in_excerpt

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini_data"
SEED = (FIXTURES / "seed-article-2023-04-25.txt").read_text(encoding="utf-8")
MEETING = "2023-04-25-moscow-defence-ministers"
AS_OF = date(2023, 4, 25)


@pytest.fixture(scope="module")
def mini() -> Atlas:
    return load_atlas(MINI)


def _normalise_quotes(text: str) -> str:
    return re.sub(r"[“”‘’]", '"', text)


# ------------------------------------------------------------------ bundled talks data


def test_required_parties_exist_with_names_and_colours(atlas):
    required = {
        "turkey", "government", "russia", "iran", "saudi_arabia", "tunisia", "gcc",
        "arab_league", "hts", "sna", "sdf", "united_states", "sdf_government", "us_coalition",
    }  # fmt: skip
    assert required <= set(atlas.parties)
    assert "Damascus" in atlas.parties["government"].aliases
    assert {"YPG", "AANES"} <= set(atlas.parties["sdf"].aliases)


def test_the_four_main_controllers_have_distinct_colours(atlas):
    colours = {atlas.parties[p].colour.lower() for p in ("government", "hts", "sna", "sdf")}
    assert len(colours) == 4


def test_events_span_2011_to_2026_sorted_by_date(atlas):
    assert len(atlas.events) >= 25
    assert atlas.events[0].date.year == 2011 and atlas.events[-1].date.year == 2026
    assert [e.date for e in atlas.events] == sorted(e.date for e in atlas.events)
    assert all(e.kind in EVENT_KINDS for e in atlas.events)


def test_every_event_and_statement_has_a_source(atlas):
    assert all(e.sources for e in atlas.events)
    assert all(s.sources for s in atlas.statements)


def test_moscow_meeting_is_fully_worked(atlas):
    meeting = atlas.event(MEETING)
    assert meeting is not None and meeting.date == AS_OF
    assert set(meeting.participants) == {"turkey", "russia", "iran", "government"}
    people = " ".join(meeting.people)
    for name in ("Akar", "Shoigu", "Ashtiani", "Abbas"):
        assert name in people
    assert {"m4", "m4_corridor"} <= set(meeting.feature_ids)
    assert {"idlib", "afrin", "euphrates_shield", "peace_spring"} <= set(meeting.zone_ids)
    # the seed report itself is a source: The National, with its own URL
    seed = [s for s in meeting.sources if s.publisher.startswith("The National")]
    assert seed and seed[0].date == AS_OF and "thenationalnews.com" in seed[0].url


def test_sources_without_a_url_say_why_and_name_no_file_users_lack(atlas):
    records = [*atlas.events, *atlas.statements]
    without_url = [src for record in records for src in record.sources if not src.url]
    assert without_url and all(src.note for src in without_url)
    everything = [
        text
        for record in records
        for text in (getattr(record, "summary", ""), getattr(record, "text", ""))
    ] + [f"{src.publisher} {src.note}" for record in records for src in record.sources]
    assert not [t for t in everything if "seed" in t.lower() or ".txt" in t], "internal names"


def test_moscow_statements_quote_exactly_and_paraphrase_the_rest(atlas):
    by_text = {s.text: s for s in atlas.statements_for(event_id=MEETING)}
    for quote in (
        "constructive",
        "strengthening the security situation in Syria",
        "in order to ensure and maintain stability in Syria and the region as a whole",
        "bring peace to the region as soon as possible",
    ):
        assert by_text[quote].verbatim and by_text[quote].party == "turkey"
    assert by_text["bring peace to the region as soon as possible"].date == date(2023, 4, 24)
    syria = [s for s in by_text.values() if s.party == "government"]
    # Damascus's readout (the only one naming the withdrawal and the M4), quoted with its sentence
    readout = [s for s in syria if "withdrawing Turkish troops" in s.text]
    assert readout and readout[0].verbatim and "M4" in readout[0].excerpt
    assert all(quote_in_excerpt(s.text, s.excerpt) for s in by_text.values() if s.verbatim)
    # "no immediate comment" is an event note, never a party's position
    meeting = atlas.event(MEETING)
    assert "no immediate comment from Moscow or Tehran" in meeting.notes
    assert not [s for s in atlas.statements if "immediate comment" in s.text.lower()]
    assert not [s for s in by_text.values() if s.party == "iran"]  # no Iranian readout recorded
    russia = [s for s in by_text.values() if s.party == "russia"]
    assert russia and all(s.sources[0].publisher != "The National (Abu Dhabi)" for s in russia)


#: The National's report of 25 April 2023 that the atlas started from (its text: SEED).
SEED_SOURCE_ID = "the_national-2023-04-25-moscow-talks"


def test_quotes_citing_the_seed_are_in_the_seed_word_for_word(atlas):
    seed = _normalise_quotes(SEED)
    seed_quotes = [s for s in atlas.statements if s.verbatim and s.sources[0].id == SEED_SOURCE_ID]
    assert len(seed_quotes) >= 4
    for statement in seed_quotes:
        assert f'"{statement.text}"' in seed, statement.id
        # the stored excerpt is the report's own sentence
        assert _normalise_quotes(statement.excerpt) in seed, statement.id


def test_disputed_severing_of_ties_is_noted(atlas):
    notes = atlas.event("2012-03-26-turkey-closes-damascus-embassy").notes
    assert "2011" in notes and "2012" in notes and "disput" in notes.lower()


def test_statements_filter_by_party(atlas):
    syria = atlas.statements_for(party="government")
    assert syria and all(s.party == "government" for s in syria)


def test_events_filter_by_party_dates_kind_and_text(atlas):
    iran = atlas.events_for(party="iran", date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))
    assert MEETING in [e.id for e in iran]
    assert all(e.date.year == 2023 and "iran" in e.participants for e in iran)
    assert all(e.kind == "operation" for e in atlas.events_for(kinds={"operation"}))
    assert [e.id for e in atlas.events_for(text="SHOIGU")][-1] == MEETING


def test_events_for_an_area_without_zones_uses_the_linked_areas(atlas):
    ids = [e.id for e in atlas.events_for(zone_id="idlib")]
    assert "2020-03-05-moscow-additional-protocol" in ids and MEETING in ids


def test_unknown_ids_fail_with_the_id_and_a_suggestion(atlas):
    with pytest.raises(AtlasError, match=r"unknown party: 'irn'.*iran"):
        atlas.events_for(party="irn")
    with pytest.raises(AtlasError, match=r"unknown zone or area: 'idlb'.*idlib"):
        atlas.events_for(zone_id="idlb")
    with pytest.raises(AtlasError, match="unknown event"):
        atlas.statements_for(event_id="no-such-event")


def test_places_gazetteer_flags_estimates(atlas):
    assert len(atlas.places) >= 64
    assert atlas.places["trumba"].approximate and not atlas.places["idlib"].approximate
    assert atlas.places["idlib"].sources


# ------------------------------------------------------------------ bundled zones (other engineer)

REFERENCE_TOWNS_2023 = {
    # town: (lat, lon, expected controller) on 2023-04-25, from reference/control_zones.md
    "Idlib": (35.93062, 36.63393, "hts"),
    "Sarmin": (35.90403, 36.72501, "hts"),
    "Harim": (36.21176, 36.52078, "hts"),
    "Saraqib": (35.86447, 36.80591, "government"),
    "Kafr Nabl": (35.61376, 36.56449, "government"),
    "Khan Shaykhun": (35.44208, 36.65095, "government"),
    "Aleppo": (36.20124, 37.16117, "government"),
    "Latakia": (35.53168, 35.79011, "government"),
    "Deir ez-Zor": (35.33588, 40.14084, "government"),
    "Afrin": (36.51194, 36.86954, "sna"),
    "Azaz": (36.58662, 37.04628, "sna"),
    "al-Bab": (36.37051, 37.5157, "sna"),
    "Jarabulus": (36.8175, 38.01111, "sna"),
    "Tell Abyad": (36.69648, 38.95382, "sna"),
    "Ras al-Ain": (36.8503, 40.0706, "sna"),
    "Manbij": (36.52815, 37.95495, "sdf"),
    "Kobani": (36.89095, 38.35347, "sdf"),
    "Raqqa": (35.95283, 39.00788, "sdf"),
    "Hajin": (34.69508, 40.83138, "sdf"),
    "al-Malikiyah": (37.17701, 42.14006, "sdf"),
}
REFERENCE_AREAS_2023 = {"Tell Rifaat": (36.47229, 37.09471, "tell_rifaat")}

# No skip when the bundled zones are missing: if they dropped out of the package, these fail.


@pytest.mark.parametrize("town", sorted(REFERENCE_TOWNS_2023))
def test_reference_towns_fall_in_the_expected_zone(atlas, town):
    lat, lon, controller = REFERENCE_TOWNS_2023[town]
    zone = atlas.controller_at(lon, lat, AS_OF)
    assert zone is not None, f"{town} is outside every zone"
    assert zone.controller == controller, f"{town}: {zone.id} held by {zone.controller}"


def test_tell_rifaat_is_its_own_pocket(atlas):
    lat, lon, area = REFERENCE_AREAS_2023["Tell Rifaat"]
    assert atlas.controller_at(lon, lat, AS_OF).area == area


def test_saraqib_changed_hands_in_the_2020_offensive(atlas):
    lat, lon, _ = REFERENCE_TOWNS_2023["Saraqib"]
    autumn_2019 = date(2019, 11, 1)  # before the 2019-20 Idlib offensive
    assert atlas.controller_at(lon, lat, autumn_2019).controller == "hts"


def test_a_point_outside_syria_has_no_controller(atlas):
    assert atlas.controller_at(32.8597, 39.9334, AS_OF) is None  # Ankara


def test_bundled_zone_controllers_and_event_areas_resolve(atlas):
    assert {z.controller for z in atlas.zones} <= set(atlas.parties)
    areas = {z.area for z in atlas.zones}
    assert {a for e in atlas.events for a in e.zone_ids} <= areas
    assert len(atlas.control_dates()) >= 3


DEC_2024 = date(2024, 12, 10)


def test_unsettled_control_is_an_honest_non_party(atlas):
    unsettled = atlas.parties["unsettled"]
    assert unsettled.kind == "none" and unsettled.name == "Control not settled in the sources"
    assert unsettled.note and unsettled.colour.lower() not in {
        atlas.parties[p].colour.lower() for p in ("government", "hts", "sna", "sdf")
    }
    assert all(z.contested for z in atlas.zones if z.controller == "unsettled")


@pytest.mark.parametrize(
    ("place", "lat", "lon"),
    [
        ("Damascus", 33.5102, 36.29128),
        ("Aleppo", 36.20124, 37.16117),
        ("Latakia", 35.53168, 35.79011),
        ("Deir ez-Zor", 35.33588, 40.14084),
    ],
)
def test_former_government_areas_are_not_credited_to_hts_after_8_december(atlas, place, lat, lon):
    """From 8 Dec 2024 the former government areas are the caretaker government's: one
    controller with its own name and lineage, not HTS and not "unsettled" (issue #14)."""
    zone = atlas.controller_at(lon, lat, DEC_2024)
    assert zone.controller == "transitional_government", place
    lineage = atlas.parties["transitional_government"]
    assert "hts" in str(lineage) and "caretaker" in str(lineage).casefold()


def test_hts_holds_aleppo_after_29_november_and_no_ground_after_8_december(atlas):
    aleppo = (37.16117, 36.20124)
    assert atlas.controller_at(*aleppo, date(2024, 11, 28)).controller == "government"
    assert atlas.controller_at(*aleppo, date(2024, 12, 5)).controller == "hts"
    assert "hts" not in {z.controller for z in atlas.zones_at(date(2024, 12, 15))}


def test_tishrin_dam_is_contested_after_manbij_fell(atlas):
    dam = atlas.places["tishrin_dam"]
    fighting = atlas.controller_at(dam.lon, dam.lat, date(2025, 1, 10))
    assert fighting.area == "tishrin_dam" and fighting.contested and fighting.controller == "sdf"
    assert atlas.controller_at(dam.lon, dam.lat, AS_OF).area in {"manbij", "sdf_east"}


def test_enclaves_not_drawn_are_named_where_the_user_looks(atlas):
    for zone in atlas.zones:
        if zone.area == "sdf_east":
            for text in (zone.notes, zone.accuracy):
                assert "security squares" in text and "Qamishli airport" in text, zone.id
        if zone.area == "government":
            for text in (zone.notes, zone.accuracy):
                assert "Sheikh Maqsoud" in text, zone.id


# ------------------------------------------------------------------ fixture: dated zone queries


def test_controller_at_follows_the_date(mini):
    saraqib = (36.80591, 35.86447)
    assert mini.controller_at(*saraqib, date(2019, 10, 1)).controller == "hts"
    assert mini.controller_at(*saraqib, AS_OF).controller == "government"
    assert mini.controller_at(10.0, 10.0, AS_OF) is None
    assert mini.controller_at(*saraqib, date(2010, 1, 1)) is None  # before any snapshot


def test_points_just_outside_the_outline_snap_to_the_nearest_zone(mini):
    # border towns sit a few hundred metres outside the generalised outline
    assert mini.controller_at(42.404, 36.5, AS_OF).controller == "sdf"  # ~0.36 km out
    assert mini.controller_at(42.45, 36.5, AS_OF) is None  # ~4.5 km out: another country
    assert mini.controller_at(42.404, 36.5, AS_OF, snap_km=0) is None


def test_zones_at_and_control_dates(mini):
    assert {z.id for z in mini.zones_at(AS_OF)} == {
        "idlib-2020",
        "sdf_east-2020",
        "government-2020",
    }
    assert mini.control_dates() == [
        (date(2019, 9, 1), date(2020, 3, 5)),
        (date(2020, 3, 6), None),
    ]


def test_events_for_a_zone_by_link_or_by_location(mini):
    assert [e.id for e in mini.events_for(zone_id="idlib")] == ["e-moscow"]
    assert [e.id for e in mini.events_for(zone_id="idlib-2019")] == ["e-moscow"]
    assert [e.id for e in mini.events_for(zone_id="sdf_east-2020")] == ["e-raqqa"]  # point in zone


def test_features_at(mini):
    assert [f.id for f in mini.features_at(AS_OF)] == ["m4"]


def test_m4_breakdown_uses_the_zones_of_the_day(mini):
    segments = mini.m4_breakdown(AS_OF)
    controllers = [s["controller"] for s in segments]
    assert controllers[:2] == ["government", "hts"] and "sdf" in controllers
    assert sum(s["km"] for s in segments) == pytest.approx(mini.m4_total_km(), rel=0.01)


def test_workspace_events_and_zones_are_merged(monkeypatch):
    imported = Event(
        id="ws-1",
        date=date(2023, 4, 26),
        title="Imported",
        kind="other",
        lat=35.9,
        lon=36.6,
        origin="my-workspace",
    )
    pocket = Zone(
        id="ws-zone",
        name="Pocket",
        controller="hts",
        geometry=box(36.5, 35.8, 36.6, 35.9),
        area="ws_area",
        valid_from=date(2023, 1, 1),
    )
    fake = types.ModuleType("geodata.workspace")
    fake.open_workspace = lambda path: ([imported], [pocket])
    monkeypatch.setitem(sys.modules, "geodata.workspace", fake)
    merged = load_atlas(MINI, workspace=Path("anything.gpkg"))
    assert merged.event("ws-1").origin == "my-workspace"
    assert merged.controller_at(36.55, 35.85, AS_OF).id == "ws-zone"  # smallest zone wins
    assert {e.origin for e in merged.events} == {"bundled", "my-workspace"}


def test_missing_data_directory_is_a_clear_error(tmp_path):
    with pytest.raises(AtlasError, match="not found"):
        load_atlas(tmp_path / "nope")
    with pytest.raises(AtlasError, match="no atlas data"):
        load_atlas(tmp_path)
