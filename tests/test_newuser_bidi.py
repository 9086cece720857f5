"""An Arabic page naming an English event or zone: the name is a bidi isolate, so its Latin
words do not pull the Arabic date (or the holder's name) that follows into their own direction
("… ministers (25 نيسان 2023)" read as one garbled line before). English pages are unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.atlas import load_atlas
from geodata.legend.language import Language
from geodata.legend.shown import selection_name
from geodata.view_request import view_for

FSI, PDI = "\u2068", "\u2069"
MOSCOW = "2023-04-25-moscow-defence-ministers"


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def test_an_english_event_title_is_isolated_from_the_arabic_date_after_it(atlas):
    view = view_for(atlas, date(2019, 11, 15), MOSCOW)
    name = selection_name(atlas, view, Language("ar"))
    title = atlas.event(MOSCOW).title
    assert name.startswith(FSI) and title[:20] in name
    isolated, _, rest = name[1:].partition(PDI)
    assert title[:20] in isolated and "2023" not in isolated  # the date stays outside
    assert "2023" in rest


def test_a_zone_name_is_isolated_in_arabic(atlas):
    view = view_for(atlas, date(2019, 11, 15), "idlib")
    name = selection_name(atlas, view, Language("ar"))
    assert name.startswith(FSI) and PDI in name


def test_english_selection_names_carry_no_bidi_marks(atlas):
    for select in (MOSCOW, "idlib"):
        name = selection_name(atlas, view_for(atlas, date(2019, 11, 15), select), Language("en"))
        assert name and FSI not in name and PDI not in name


def test_an_arabic_date_in_an_english_source_line_keeps_its_order(qapp, language):
    """The panel's source line is English (title, note) around the date in the window's
    language: unisolated, an Arabic "23 شباط 2017" came out as "23 2017 شباط"."""
    from desktop.panel.format import source_html

    source = next(s for s in load_atlas().event("2017-02-23-al-bab-taken").sources if s.date)
    language("ar")
    line = source_html(source)
    assert f"{FSI}23 شباط 2017{PDI}" in line, line
    language("en")
    assert "23 Feb 2017" in source_html(source) and FSI not in source_html(source)
