"""How much of one text value any view shows at once.

A value of megabytes (a report pasted into a spreadsheet cell, a doctored workspace) would stall
or crash text layout in Qt and in browsers. Views show it cut, with a note; the whole text stays
where it is stored.
"""

from __future__ import annotations

#: Characters of a long text (a summary, notes) a panel or popup shows.
SHOWN_CHARACTERS = 20_000
#: Characters of a title shown on one line (lists, the status bar, search results, headings).
SHOWN_TITLE = 500


def shown(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``text``, cut with a note when longer than ``limit``."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters not shown]"
