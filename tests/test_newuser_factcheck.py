"""A fact-checker on a 2016-2017 claim (Euphrates Shield, al-Bab, Manbij): the panel names
each party as it was called on the day, as the legend and the zone links beside it do — the
Syrian National Army was formed only in December 2017, so al-Bab (23 Feb 2017) fell to the
Turkish-backed Free Syrian Army."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QTextDocument

from geodata.model import ViewState

AL_BAB = "2017-02-23-al-bab-taken"


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def test_the_al_bab_event_names_its_parties_as_they_were_then(qapp, atlas):
    from desktop.panel.detail_event import event_html

    event = atlas.event(AL_BAB)
    view = ViewState(as_of=date(2023, 4, 25), selected_event=AL_BAB)
    text = _plain(event_html(atlas, event, view))
    assert "Turkish-backed Free Syrian Army (TFSA)" in text
    assert "Syrian National Army" not in text


def test_a_statement_names_its_party_as_it_was_on_the_statements_day(qapp, atlas):
    from desktop.panel.detail_html import statement_html

    statement = next(
        s for s in atlas.statements_for(event_id="2016-08-24-operation-euphrates-shield")
    )
    fake = statement.__class__(**{**statement.__dict__, "party": "sna"})
    text = _plain(statement_html(atlas, fake, with_party=True))
    assert text.startswith("Turkish-backed Free Syrian Army (TFSA)"), text
