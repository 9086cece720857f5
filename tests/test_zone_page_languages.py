"""A derived zone's page reads in the interface language (issue #18): its accuracy ("derived
from N localities ...") and status ("shared with ...") worded from the derivation's values,
the localities it rests on under their Arabic/Turkish/Kurdish gazetteer names, Latin names
isolated in Arabic; the command line keeps the English. And a status-bar message does not
stay in the old language after View ▸ Language."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from window_fixture import bundled_data, open_window  # noqa: E402

from geodata.legend.language import Language  # noqa: E402
from geodata.legend.zone_text import accuracy_words, reader_note  # noqa: E402
from geodata.model import ViewState  # noqa: E402

DAY = date(2021, 6, 1)
LANGUAGES = ("ar", "tr", "ku")
# The English accuracy and status wording the derivation used to put on every page.
ENGLISH_WORDS = re.compile(
    r"derived from|localit(y|ies)|snapshot zones?|cells cut|snapshot lines|shared with"
)
FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"


def atlas():
    return bundled_data()[1]


def derived_zones():
    zones = [z for z in atlas().derived_zones_at(DAY) if z.derivation is not None]
    assert zones, "the bundled records derive zones on the day"
    return zones


def page(zone) -> str:
    from desktop.panel.detail_zone import zone_html

    return zone_html(atlas(), zone, ViewState(as_of=DAY, selected_zone=zone.id))


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def worded(zone, markup: str) -> str:
    """The page's text down to its sources, without the data it quotes as written (the
    records' and the snapshot's own notes, in English)."""
    from desktop.panel.detail_html import SOURCES_HEADING

    text = plain(markup.split(f"<h3>{SOURCES_HEADING()}</h3>")[0])
    d = zone.derivation
    # (and the accuracy notes of the agreed zones over it: the data's, as written)
    agreed = [f.accuracy for f in atlas().features.values()]
    notes = [reader_note(n) for n in d.record_notes]  # as the page shows them: no tags
    for data in (*notes, d.snapshot_notes, d.snapshot_accuracy, zone.notes, *agreed):
        text = text.replace(data, "") if data else text
    return text


def localities_paragraph(markup: str) -> str:
    """The paragraph listing the localities a zone rests on (after its heading)."""
    return html.unescape(markup.split("<h3>", 1)[1].split("</p>")[0])


def rows_of(zone) -> list:
    """The localities the zone's page lists: in the zone, held by its controller that day."""
    import shapely

    history = atlas().control.history
    return [
        history.localities[i]
        for i in history.order
        if shapely.intersects_xy(
            zone.geometry, history.localities[i].lon, history.localities[i].lat
        )
        and (r := history.record_on(i, DAY)) is not None
        and r.controller == zone.controller
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_derived_zones_page_has_no_english_accuracy_or_status_words(language, lang):
    language(lang)
    words = Language(lang)
    for zone in derived_zones():
        markup = page(zone)
        text = worded(zone, markup)
        assert not ENGLISH_WORDS.search(text), (zone.id, text[:400])
        # the language's own wording of the derivation is there instead
        assert accuracy_words(zone.derivation, words) in plain(markup)
        assert zone.accuracy not in plain(markup)  # the English (command line) form is not


def test_the_command_line_keeps_the_english_accuracy():
    for zone in derived_zones():
        assert zone.accuracy.startswith("derived from") or zone.derivation.snapshot
        assert zone.accuracy == accuracy_words(zone.derivation, day=date.isoformat)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_parties_a_status_names_are_named_in_the_language(language, lang):
    from geodata.legend.parties import party_name

    language(lang)
    shared = [z for z in derived_zones() if z.derivation.with_parties]
    assert shared, "some derived zone of the day is shared or contested with a party"
    for zone in shared:
        text = plain(page(zone))
        for party in zone.derivation.with_parties:
            assert party_name(atlas(), party, zone.valid_from, Language(lang)) in text


def test_localities_are_listed_under_their_arabic_names_latin_ones_isolated(language):
    language("ar")
    arabic_seen = latin_seen = 0
    for zone in derived_zones():
        rows = rows_of(zone)
        if not 0 < len(rows) <= 40:  # the page lists up to 40
            continue
        listed = localities_paragraph(page(zone))
        for locality in rows:
            if locality.name_ar and locality.name_ar != locality.name:
                assert f"{FSI}{locality.name_ar}{PDI}" in listed
                assert f"{FSI}{locality.name}{PDI}" not in listed
                arabic_seen += 1
            elif not locality.name_ar:
                assert f"{FSI}{locality.name}{PDI}" in listed
                latin_seen += 1
        # the list's paragraph opens right to left, so its brackets stay on the right side
        assert listed.split("<p>")[1].startswith(RLM)
    assert arabic_seen and latin_seen


@pytest.mark.parametrize("lang", ["tr", "ku"])
def test_localities_take_their_turkish_and_kurdish_names(language, lang):
    language(lang)
    field = f"name_{lang}"
    seen = 0
    for zone in derived_zones():
        rows = rows_of(zone)
        if not 0 < len(rows) <= 40:
            continue
        listed = localities_paragraph(page(zone))
        for locality in rows:
            name = getattr(locality, field)
            if name and name != locality.name:
                assert name in listed and FSI not in listed
                seen += 1
    assert seen


def test_the_zone_page_follows_a_language_switch_in_place(qtbot, language):
    language("en")
    win = open_window(qtbot, ViewState(as_of=DAY), started=True)
    zone = max(derived_zones(), key=lambda z: z.derivation.localities)
    win.state.select_zone(zone.id)
    assert zone.accuracy.split(";")[0] in win.talks.details.toPlainText()
    win.choose_language("ar")
    text = win.talks.details.toPlainText()
    assert accuracy_words(zone.derivation, Language("ar")) in text
    assert zone.accuracy.split(";")[0] not in text


def test_a_status_message_does_not_stay_in_the_old_language(qtbot, language):
    language("en")
    win = open_window(qtbot, started=True)
    bar = win.statusBar()
    win.search.no_match.emit("Xyzzyville")
    english = bar.currentMessage()
    assert "Xyzzyville" in english
    win.choose_language("ar")
    assert bar.currentMessage() != english
    assert "Xyzzyville" not in bar.currentMessage()


def test_the_measuring_message_is_said_again_in_the_new_language(qtbot, language):
    language("en")
    win = open_window(qtbot, started=True)
    bar = win.statusBar()
    win.canvas.set_measuring(True)
    english = bar.currentMessage()
    assert english
    win.choose_language("ar")
    arabic = QCoreApplication.translate("Measure", "Measuring: click points on the map; Esc ends")
    assert arabic != english
    assert bar.currentMessage() == arabic
    win.canvas.set_measuring(False)


def a_locality_with(test) -> tuple[str, object]:
    """The first tracked locality (gazetteer order) one of whose records passes ``test``."""
    history = atlas().control.history
    for locality_id in history.order:
        for record in history.timeline(locality_id):
            if test(record):
                return locality_id, record
    pytest.fail("no record of the bundled data is like that")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_localitys_history_words_statuses_and_parties_in_the_language(language, lang):
    from desktop.panel.control_history_html import locality_history_html
    from geodata.legend.parties import party_name

    language(lang)
    locality_id, record = a_locality_with(lambda r: r.status != "held" and r.with_parties)
    text = plain(locality_history_html(atlas(), locality_id, record.start))
    notes = {r.note for r in atlas().control.history.timeline(locality_id) if r.note}
    for note in notes:  # the records' own notes are data, shown as written
        text = text.replace(note, "")
    assert not re.search(r"(contested|shared) with", text)
    for party in record.with_parties:
        assert party_name(atlas(), party, record.start, Language(lang)) in text
    baseline_id, baseline = a_locality_with(lambda r: r.baseline)
    text = plain(locality_history_html(atlas(), baseline_id, baseline.start))
    assert "[from a snapshot]" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_web_maps_zone_popup_words_the_derivation_in_its_language(lang):
    from geodata.web_export.popups import zone_popup

    words = Language(lang)
    for zone in derived_zones():
        popup = html.unescape(zone_popup(atlas(), zone, DAY, words))
        assert accuracy_words(zone.derivation, words) in popup
        assert "derived from" not in popup
