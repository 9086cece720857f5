"""The Arabic web map quoting English words: the quote reads left to right between Latin marks
(a bare <q> on an Arabic page took the page's marks: ”It is …“), and an English speaker's name
is isolated from the Arabic party name before it."""

from __future__ import annotations

import pytest

from geodata.atlas import load_atlas
from geodata.legend import Language
from geodata.model import Statement
from geodata.web_export.popups import statement_html
from geodata.web_export.style import PAGE_CSS


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def _statement(text: str, verbatim: bool = True) -> Statement:
    return Statement(
        id="s",
        event_id="e",
        party="syria",
        text=text,
        verbatim=verbatim,
        speaker="Faisal Mekdad (Syria, foreign minister)",
    )


def test_an_english_quote_on_an_arabic_page_is_left_to_right_with_latin_marks(atlas):
    html = statement_html(atlas, _statement("It is impossible"), Language("ar"))
    assert "<q class='nsa-quote nsa-ltr' dir='ltr'>It is impossible</q>" in html
    assert ".nsa-ltr{quotes:" in PAGE_CSS and "\\201C" in PAGE_CSS


def test_an_arabic_quote_keeps_its_own_direction(atlas):
    html = statement_html(atlas, _statement("لا يمكن"), Language("ar"))
    assert "<q class='nsa-quote' dir='auto'>" in html and "nsa-ltr" not in html


def test_the_speaker_is_isolated_and_still_escaped(atlas):
    statement = _statement("x")
    statement = Statement(**{**statement.__dict__, "speaker": "A <b>B</b>"})
    html = statement_html(atlas, statement, Language("ar"))
    assert "<bdi>A &lt;b&gt;B&lt;/b&gt;</bdi>" in html and "<b>B</b>" not in html
