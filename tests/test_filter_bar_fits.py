"""The talks panel's filters show their choice whole at the default window size in every
language: a trial found "Any source gra…" (and "Herhangi bir ka…") when the party, kind and grade
filters shared one row of a 388-px panel."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox  # noqa: E402
from window_fixture import open_window  # noqa: E402

pytestmark = pytest.mark.usefixtures("window_settings")


def _text_room(combo: QComboBox) -> int:
    """The width the combo box's style leaves for the current choice's text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "ku"])
@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_each_filter_shows_its_choice_whole(qtbot, language, lang, size):
    language(lang)
    win = open_window(qtbot, size=size, started=True)
    bar = win.findChild(QComboBox, "gradeFilter").parentWidget()
    combos = [c for c in bar.findChildren(QComboBox) if c.isVisible()]
    assert len(combos) == 3, "party, kind and source grade"
    for combo in combos:
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        room = _text_room(combo)
        assert needed <= room, (lang, size, combo.currentText(), needed, room)
