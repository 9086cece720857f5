"""Cell values -> typed values. Each parser raises ValueError with a message fit for the user.

Values come as text (CSV, KML), JSON values (GeoJSON) or numpy/pandas scalars (GeoPackage).

Dates accepted: ISO ``2023-04-25`` (a time part is ignored), ``2023/04/25``, ACLED's
``25 April 2023`` and ``25-April-2023`` (month names or abbreviations, English), ``April 25,
2023``, ``25.04.2023`` (day first, the European dotted form). Slash dates ``03/04/2023`` are
accepted only when unambiguous (one part above 12); otherwise the row fails and asks for
YYYY-MM-DD, because guessing day or month first silently misdates events.

A date must also be one the atlas can mean: from :data:`EARLIEST_DAY` to :data:`LATEST_DAY`
(a year like 1850 or 2999 is a typo, not history); an ISO date may carry a time of day, but no
other text after it ("2023-04-25 to 2023-05-01" is a range, not a day).
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# A time of day after an ISO date ("T10:00", " 10:00:00.5+03:00"), nothing else.
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME)
#: The days an imported date may fall on: the modern Middle East's, not a typo's.
EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(2100, 12, 31)
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})[\s\-/]+([A-Za-z]+)\.?[\s\-/,]+(\d{2}|\d{4})")
_MONTH_NAME_DAY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return not value.strip()
    # pandas.NA / NaT and numpy NaN-likes compare unequal to themselves.
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def clean_text(text: str) -> str:
    """Text stored as-is, except what no file format can hold: NUL and lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text


def to_text(value: Any) -> str:
    """Any cell as display text ("" for blanks); integral floats lose their ".0"."""
    if is_blank(value):
        return ""
    if isinstance(value, str):
        return clean_text(value.strip())
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (list, dict)):
        return clean_text(json.dumps(value, ensure_ascii=False))
    return clean_text(str(value).strip())


def _two_digit_year(year: int) -> int:
    return 2000 + year if year < 70 else 1900 + year


def parse_date(value: Any) -> date:
    """A day from any accepted form, within EARLIEST_DAY..LATEST_DAY (ValueError otherwise)."""
    day = _any_date(value)
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        shown = _quote(to_text(value)) if isinstance(value, str) else repr(day.isoformat())
        raise ValueError(f"date {shown} has a year outside {EARLIEST_DAY.year}-{LATEST_DAY.year}")
    return day


def not_in_the_future(day: date, what: str, today: date | None = None) -> date:
    """``day``, or ValueError if it is after today: a recorded event or a start of control
    cannot be (a wrong year, or day and month swapped)."""
    today = today or date.today()
    if day > today:
        raise ValueError(f"{what} {day.isoformat()!r} is after today ({today.isoformat()})")
    return day


def _any_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if type(value).__name__ == "datetime64":  # numpy scalar, without importing numpy
        text = str(value)
        if text != "NaT":
            return date.fromisoformat(text[:10])
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"a number ({to_text(value)}), not a date")
    text = to_text(value)
    if not text:
        raise ValueError("missing date")
    try:
        return _parse_date_text(text)
    except ValueError as exc:
        reason = str(exc)
        if reason.startswith("ambiguous"):
            raise
        raise ValueError(f"unparsable date {_quote(text)}") from None


def _parse_date_text(text: str) -> date:
    match = _ISO.fullmatch(text)
    if match:
        return date(int(match[1]), int(match[2]), int(match[3]))
    match = _DAY_MONTH_NAME.fullmatch(text)
    if match and match[2].lower() in _MONTHS:
        year = int(match[3])
        year = _two_digit_year(year) if len(match[3]) == 2 else year
        return date(year, _MONTHS[match[2].lower()], int(match[1]))
    match = _MONTH_NAME_DAY.fullmatch(text)
    if match and match[1].lower() in _MONTHS:
        return date(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    match = _DOTTED.fullmatch(text)
    if match:
        return date(int(match[3]), int(match[2]), int(match[1]))
    match = _SLASHED.fullmatch(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if first > 12 >= second:
            return date(year, second, first)
        if second > 12 >= first:
            return date(year, first, second)
        if first == second:
            return date(year, first, second)
        raise ValueError(
            f"ambiguous date {_quote(text)}: day or month first? (write it as YYYY-MM-DD)"
        )
    raise ValueError("no known date format")


def parse_optional_date(value: Any) -> date | None:
    """A validity end: blank, "open", "present" or "ongoing" mean still valid."""
    if is_blank(value) or to_text(value).lower() in ("open", "present", "ongoing", "none"):
        return None
    return parse_date(value)


def parse_float(value: Any, what: str) -> float:
    if isinstance(value, bool):
        raise ValueError(f"unparsable {what} {_quote(to_text(value))}")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = to_text(value)
        if not text:
            raise ValueError(f"missing {what}")
        if re.fullmatch(r"-?\d+,\d+", text):  # decimal comma, as in European spreadsheets
            text = text.replace(",", ".")
        try:
            number = float(text)
        except (ValueError, OverflowError):
            raise ValueError(f"unparsable {what} {_quote(text)}") from None
    if not math.isfinite(number):
        raise ValueError(f"unparsable {what} {_quote(to_text(value))}")
    return number


def parse_coordinate(value: Any, what: str, bound: float) -> float:
    """A latitude (bound 90) or longitude (bound 180) in decimal degrees."""
    number = parse_float(value, what)
    if not -bound <= number <= bound:
        raise ValueError(f"{what} {number:g} out of range -{bound:g}..{bound:g}")
    return number


def parse_bool(value: Any) -> bool:
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    text = to_text(value).lower()
    if text in ("1", "true", "yes", "y", "t"):
        return True
    if text in ("0", "false", "no", "n", "f"):
        return False
    raise ValueError(f"not yes/no: {_quote(text)}")


def parse_list(value: Any) -> tuple[str, ...]:
    """A JSON list, a Python list, or text separated by ``;``, ``,`` or ``|``."""
    if is_blank(value):
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(t for t in (to_text(v) for v in value) if t)
    text = to_text(value)
    if text.startswith("["):
        try:
            items = json.loads(text)
        except (ValueError, RecursionError):
            items = None
        if isinstance(items, list):
            return tuple(t for t in (to_text(v) for v in items) if t)
    return tuple(part.strip() for part in re.split(r"[;,|]", text) if part.strip())


def _quote(text: str, limit: int = 60) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)
