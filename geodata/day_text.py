"""Dates as people type them: "2019-11-15", "15 Nov 2019", "15 November 2019", "Nov 15, 2019",
"15/11/2019" (day first, as in the region and in Europe) and "15.11.2019"."""

from __future__ import annotations

import re
from datetime import date, datetime

_FORMATS = (
    "%Y-%m-%d",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
)


def parse_day(text: str) -> date | None:
    """The day ``text`` names, or None if it names none (or an impossible one, 31 Feb)."""
    cleaned = re.sub(r"\s+", " ", text.replace(",", " ")).strip()
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned, flags=re.I)  # "15th Nov 2019"
    if not cleaned:
        return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None
