"""The Qt-free view model: each user action is one transition to a complete, consistent view."""

from __future__ import annotations

from datetime import date
from functools import cache

from geodata.model import DEFAULT_AS_OF, ViewState
from geodata.view_model import PlacePick, ViewModel

IDLIB = (36.634, 35.931)
SARAQIB = (36.8059, 35.8645)
AUTUMN_2019 = date(2019, 11, 15)
MOSCOW_2023 = "2023-04-25-moscow-defence-ministers"


@cache
def atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


def model(**view) -> ViewModel:
    return ViewModel(ViewState(**view), None, atlas())


def test_a_date_change_carries_the_selected_zone_to_its_area_on_the_new_date():
    idlib_2023 = atlas().controller_at(*IDLIB, DEFAULT_AS_OF)
    moved = model().select_zone(idlib_2023.id).with_date(AUTUMN_2019)
    followed = atlas().zone(moved.view.selected_zone)
    assert moved.view.as_of == AUTUMN_2019
    assert followed is not None and followed.area == idlib_2023.area
    assert followed.valid_on(AUTUMN_2019) and followed.id != idlib_2023.id


def test_a_date_without_control_data_drops_the_zone_but_keeps_the_date():
    idlib_2023 = atlas().controller_at(*IDLIB, DEFAULT_AS_OF)
    gap = date(2020, 1, 20)  # between the autumn-2019 and 2020 snapshots
    moved = model().select_zone(idlib_2023.id).with_date(gap)
    assert moved.view.as_of == gap
    zone = moved.view.selected_zone
    assert zone is None or atlas().zone(zone).valid_on(gap)


def test_a_picked_place_keeps_the_zone_that_holds_it_on_each_date():
    pick = PlacePick("Saraqib", *SARAQIB)
    picked = model().select_place(pick)
    assert picked.place == pick
    for day in (AUTUMN_2019, DEFAULT_AS_OF):
        moved = picked.with_date(day)
        assert moved.place == pick
        zone = atlas().zone(moved.view.selected_zone)
        assert zone == atlas().controller_at(*SARAQIB, day)


def test_showing_a_later_event_moves_the_date_to_it_in_the_same_step():
    early = model(as_of=date(2020, 1, 1)).show_event(MOSCOW_2023)
    assert early.view.selected_event == MOSCOW_2023
    assert early.view.as_of == date(2023, 4, 25)
    late = model(as_of=date(2024, 1, 1)).show_event(MOSCOW_2023)
    assert late.view.as_of == date(2024, 1, 1)  # already shown: the date stays


def test_stepping_selects_the_next_event_and_moves_the_date_together():
    start = model(as_of=date(2023, 4, 24))
    stepped = start.step_event(+1)
    event = atlas().event(stepped.view.selected_event)
    assert event is not None and event.date >= date(2023, 4, 24)
    assert stepped.view.as_of == event.date
    back = stepped.step_event(-1)
    assert atlas().event(back.view.selected_event).date <= event.date
    assert back.view.selected_event != event.id


def test_stepping_past_the_last_event_changes_nothing():
    last = max(atlas().events, key=lambda e: (e.date, e.id))
    at_end = model(as_of=last.date, selected_event=last.id)
    assert at_end.step_event(+1) is at_end


def test_selections_replace_each_other_and_clear_the_picked_place():
    pick = PlacePick("Saraqib", *SARAQIB)
    with_event = model().select_place(pick).select_event(MOSCOW_2023)
    assert with_event.place is None and with_event.view.selected_zone is None
    cleared = with_event.clear_selection()
    assert (cleared.view.selected_event, cleared.view.selected_zone, cleared.place) == (
        None,
        None,
        None,
    )


def test_swapping_the_dataset_keeps_the_view_and_drops_a_selection_it_lacks():
    from geodata.atlas import Atlas
    from geodata.io import AtlasRecords

    empty = Atlas(AtlasRecords(parties=tuple(atlas().parties.values())))
    view = dict(as_of=AUTUMN_2019, text="Idlib", selected_event=MOSCOW_2023)
    swapped = model(**view).with_atlas(empty)
    assert swapped.atlas is empty
    assert swapped.view.selected_event is None
    assert (swapped.view.as_of, swapped.view.text) == (AUTUMN_2019, "Idlib")
    kept = model(**view).with_atlas(atlas())
    assert kept.view.selected_event == MOSCOW_2023


def test_unknown_filters_are_refused():
    import pytest

    with pytest.raises(TypeError):
        model().with_filters(colour="red")


def test_an_event_concerns_the_zones_of_its_areas_on_whatever_date_is_shown():
    about_idlib = [e for e in atlas().events if "idlib" in e.zone_ids]
    assert about_idlib, "the bundled talks name Idlib"
    event = about_idlib[0]
    for day in (AUTUMN_2019, DEFAULT_AS_OF):
        zones = atlas().zones_concerned(event, day)
        assert "idlib" in {z.area for z in zones}
        assert all(z.valid_on(day) for z in zones)


def test_positions_follow_the_selection_event_first_then_zone_up_to_the_date():
    subject, statements = atlas().positions_on(ViewState(selected_event=MOSCOW_2023))
    assert subject.id == MOSCOW_2023
    assert {s.party for s in statements} >= {"turkey", "government"}
    assert all(s.event_id == MOSCOW_2023 for s in statements)
    idlib = atlas().controller_at(*IDLIB, DEFAULT_AS_OF)
    subject, statements = atlas().positions_on(ViewState(selected_zone=idlib.id))
    assert subject == idlib
    dates = {atlas().event(s.event_id).date for s in statements}
    assert dates and max(dates) <= DEFAULT_AS_OF
    assert atlas().positions_on(ViewState()) == (None, [])


def test_search_runs_without_qt_and_finds_kobani_by_its_kurdish_name():
    from geodata.basemap import load_basemap
    from geodata.search import SearchIndex

    results = SearchIndex(atlas(), load_basemap()).search("Kobanê")
    assert results and results[0].kind == "place" and "Kobani" in results[0].title
