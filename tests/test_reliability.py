"""Source grades are shown and filterable; claims resting only on low-grade sources are marked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import shapely

from desktop.panel.format import LOW_GRADE_WARNING, source_html, sources_html
from geodata.atlas import load_atlas
from geodata.model import Source, ViewState, passes_grade, single_low_grade
from geodata.view_filter import event_matches, visible_events

REUTERS = Source(url="https://www.reuters.com/x", publisher="Reuters", kind="wire", reliability="B")
TASS = Source(url="https://tass.com/x", publisher="TASS", kind="state_media", reliability="C")
BLOG = Source(url="https://example.net/x", publisher="Blog", kind="newspaper", reliability="E")


def test_single_low_grade_claims():
    assert single_low_grade((BLOG,)) and single_low_grade((TASS,))  # state media alone: a fact
    assert not single_low_grade((TASS,), fact_on_ground=False)  # ... but fine for what was said
    assert not single_low_grade((TASS, REUTERS)) and not single_low_grade(())
    assert single_low_grade((Source(url="https://example.org/x"),))  # ungraded


def test_grade_filter_rule():
    assert passes_grade((REUTERS,), "B") and not passes_grade((TASS,), "B")
    assert passes_grade((TASS,), "C") and passes_grade((BLOG,), "")


def test_grade_filter_is_the_same_through_the_index_and_the_rule():
    atlas = load_atlas()
    view = replace(ViewState(), as_of=max(e.date for e in atlas.events), min_grade="B")
    shown = visible_events(atlas.events, view)
    assert shown and len(shown) < len(atlas.events)
    assert [e.id for e in shown] == [e.id for e in atlas.events if event_matches(e, view)]
    assert all(passes_grade(e.sources, "B") for e in shown)


def test_panel_shows_grade_kind_and_the_low_grade_warning():
    html = source_html(replace(TASS, credibility=2))
    assert "[C2 · state media]" in html
    assert LOW_GRADE_WARNING in sources_html((TASS,))
    assert LOW_GRADE_WARNING not in sources_html((TASS,), fact_on_ground=False)


def test_zones_resting_on_low_grade_sources_are_marked_on_map_legend_and_panel(qapp):
    from desktop.panel.detail_zone import zone_html
    from desktop.render.context import RenderContext
    from desktop.render.legend import legend_sections

    atlas = load_atlas()
    low = [z for z in atlas.zones if z.low_grade]
    good = [z for z in atlas.zones if z.sources and not z.low_grade]
    assert good  # the rule does not mark everything
    for zone in low:
        view = replace(ViewState(), as_of=zone.valid_from, selected_zone=zone.id)
        assert LOW_GRADE_WARNING in zone_html(atlas, zone, view)
        ctx = RenderContext(view=view, basemap={}, atlas=atlas)
        labels = [e.kind for s in legend_sections(ctx) for e in s.entries]
        assert "low_grade_zone" in labels, zone.id
    for zone in good[:3]:
        view = replace(ViewState(), as_of=zone.valid_from, selected_zone=zone.id)
        # the zone's own sources carry no warning (a statement listed further down the page
        # may: each statement is marked by its own sources)
        assert LOW_GRADE_WARNING not in _own_sources(zone_html(atlas, zone, view)), zone.id


def _own_sources(page: str) -> str:
    """The zone page's Sources section: from its heading to the next heading."""
    from desktop.panel.detail_html import SOURCES_HEADING

    after = page.split(f"<h3>{SOURCES_HEADING()}</h3>", 1)[1]
    return after.split("<h3>", 1)[0]


def test_a_no_data_zone_is_never_marked_low_grade(qapp):
    """A stored gap names no holder: the sources that explain it carry no claim, so a "no data"
    zone citing only a party's statement is not outlined in red (nor listed in the legend), and
    its page does not warn about them; the same zone with a holder does."""
    from desktop.panel.detail_zone import zone_html
    from geodata.control.model import UNKNOWN
    from geodata.model import Zone

    atlas = load_atlas()
    low = next(s for s in atlas.registry.sources.values() if s.low_grade())
    good = next(s for s in atlas.registry.sources.values() if not s.low_grade())
    square = shapely.box(36.0, 36.0, 36.1, 36.1)
    gap = Zone("gap", "No data", UNKNOWN, square, date(2023, 1, 1), sources=(low,))
    held = replace(gap, id="held", controller="sdf")
    assert not gap.low_grade
    assert held.low_grade
    assert not replace(held, sources=(low, good)).low_grade
    # the page of a zone the atlas knows (its related events are looked up by id)
    known = atlas.zones[0]
    view = replace(ViewState(), as_of=known.valid_from, selected_zone=known.id)
    page_gap = zone_html(atlas, replace(known, controller=UNKNOWN, sources=(low,)), view)
    page_held = zone_html(atlas, replace(known, controller="sdf", sources=(low,)), view)
    assert LOW_GRADE_WARNING not in _own_sources(page_gap)
    assert LOW_GRADE_WARNING in _own_sources(page_held)


def test_a_no_data_zone_is_not_called_contested(qapp):
    """A stored gap is drawn and tiled as contested (it may overlap the zones round it), but
    its page and its web popup say that no dated source names a holder, never that sources
    disagree on one; a zone whose holder is disputed still says so."""
    from desktop.panel.detail_zone import zone_html
    from geodata.control.model import UNKNOWN
    from geodata.web_export.popups import zone_popup

    atlas = load_atlas()
    known = atlas.zones[0]  # a zone the atlas knows: its page looks up its events by id
    view = replace(ViewState(), as_of=known.valid_from, selected_zone=known.id)
    gap = replace(known, controller=UNKNOWN, contested=True)
    fought = replace(known, controller="sdf", contested=True)
    assert not gap.disputed and fought.disputed
    page_gap, page_fought = zone_html(atlas, gap, view), zone_html(atlas, fought, view)
    assert "No data: no dated source found says who held it" in page_gap
    assert "sources disagree" not in page_gap
    assert "Contested: sources disagree on who holds it" in page_fought
    assert "<td>contested</td>" not in zone_popup(atlas, gap, view.as_of)
    assert "<td>contested</td>" in zone_popup(atlas, fought, view.as_of)
    # a searched place inside the gap: no "Held by No data"
    from types import SimpleNamespace

    from desktop.panel.detail_html import place_html

    point = known.geometry.representative_point()
    place = SimpleNamespace(name="A village", detail="", lat=point.y, lon=point.x, place_id=None)

    def holder_line(page: str) -> str:  # the page's opening, before the coordinates
        return page.split("° N", 1)[0]

    line_gap = holder_line(place_html(atlas, place, gap, view))
    assert "No dated source found says who held it" in line_gap
    assert "Held by" not in line_gap and "contested" not in line_gap
    assert "Held by" in holder_line(place_html(atlas, place, fought, view))


def test_hovering_a_no_data_zone_names_no_holder(qapp):
    """The map's hover on a stored gap says no dated source names a holder (not "Held by No
    data (contested)")."""
    from desktop.map.hit_test import Hit, HitTester

    atlas = load_atlas()
    day = date(2017, 3, 1)
    gap = next(z for z in atlas.zones_at(day) if z.no_data)
    held = next(z for z in atlas.zones_at(day) if not z.no_data)
    tip = HitTester(atlas).tooltip(Hit(zone_id=gap.id, day=day))
    assert "No dated source found says who held it" in tip
    assert "Held by" not in tip and "contested" not in tip
    assert "Held by" in HitTester(atlas).tooltip(Hit(zone_id=held.id, day=day))
