"""The panel shows a control record's note as a reader needs it (issue #15): the research
notes open with the maintainers' provenance tags ("[review_rev7]", "[g2016_raqqa_sdf >
raqqa_north_countryside]": which block, rule or review wrote the row), and those tags stay
in the data and the command line but not on the zone's page or the locality's history."""

from __future__ import annotations

import re
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from window_fixture import bundled_data  # noqa: E402

from geodata.legend.zone_text import reader_note, zone_notes  # noqa: E402

# A day of the Raqqa - Deir ez-Zor road fighting: its zones rest on tagged research notes.
DAY = date(2017, 2, 25)
TAG = re.compile(r"\[(review_|g2016_|fill_|rev\d|daily )")


def atlas():
    return bundled_data()[1]


def test_reader_note_drops_only_the_leading_tags():
    assert reader_note("[g2016_x > rule_y] [rev6] SMART (3 May) says [sic] so") == (
        "SMART (3 May) says [sic] so"
    )
    assert reader_note("no tag [here]") == "no tag [here]"
    assert reader_note("[daily 2019-20]") == ""


def test_a_derived_zone_page_shows_the_records_notes_without_their_tags():
    a = atlas()
    zones = [
        z
        for z in a.derived_zones_at(DAY)
        if z.derivation is not None and any(TAG.match(n) for n in z.derivation.record_notes)
    ]
    assert zones, "the data keeps its tags: some zone of the day rests on tagged notes"
    for zone in zones:
        words = zone_notes(a, zone)
        assert not TAG.search(words), zone.id
        for note in zone.derivation.record_notes:  # the sourced note itself is shown
            assert reader_note(note) in words, zone.id


def test_a_locality_history_shows_its_notes_without_their_tags():
    from desktop.panel.control_history_html import locality_history_html

    a = atlas()
    jarwan = next(i for i, loc in a.localities.items() if loc.name == "Jarwan")
    markup = locality_history_html(a, jarwan, DAY)
    assert "Al Jazeera" in markup
    assert not TAG.search(markup)


def test_a_zone_shows_its_records_notes_only_when_it_can_show_them_all():
    """Three notes picked from a zone of a thousand localities would read as the zone's own
    story: such a zone shows none (each locality's history has its notes)."""
    import shapely

    a = atlas()
    day = date(2020, 2, 10)
    history = a.control.history
    seen_all = seen_none = False
    for zone in a.derived_zones_at(day):
        if zone.derivation is None:
            continue
        notes = {
            r.note
            for i in history.order
            if shapely.intersects_xy(
                zone.geometry, history.localities[i].lon, history.localities[i].lat
            )
            and (r := history.record_on(i, day)) is not None
            and r.controller == zone.controller
            and r.note
        }
        shown = {reader_note(n) for n in notes} - {""}
        if len(shown) > 3:
            assert zone.derivation.record_notes == (), zone.id
            seen_none = True
        elif notes:
            assert set(zone.derivation.record_notes) == notes, zone.id
            seen_all = True
    assert seen_all and seen_none


def test_notes_that_differ_only_in_their_tags_count_once():
    """Four rows whose notes differ only in which rule wrote them are one note to a reader:
    the zone shows it (and its other two), not nothing."""
    from geodata.control.model import ControlRecord
    from geodata.control.zones import _zone_notes

    def record(note: str) -> ControlRecord:
        return ControlRecord(
            locality="x", controller="sdf", start=DAY, end=DAY, status="held", note=note
        )

    same = "SDF statement (party claim)"
    records = [record(f"[rule_{i}] {same}") for i in range(4)]
    records += [record("[a] Reuters, 2 Mar"), record("AFP, 3 Mar")]
    notes = _zone_notes(records)
    assert len(notes) == 6
    assert {reader_note(n) for n in notes} == {same, "Reuters, 2 Mar", "AFP, 3 Mar"}
    records.append(record("SOHR, 4 Mar"))
    assert _zone_notes(records) == ()
