"""Source grades are shown and filterable; claims resting only on low-grade sources are marked."""

from __future__ import annotations

from dataclasses import replace

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
