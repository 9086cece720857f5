"""Right-to-left text in SVG exports, laid out in a browser as Qt laid it out.

QSvgGenerator writes each bidi run of a line as its own ``<text>``, placed at the run's left
edge, with the run's characters in logical order. A browser lays every ``<text>`` out left to
right: an Arabic run that ends in "(" or ":" gets them on the wrong side and unmirrored
("قسد442:" for "قسد: 442 km"). A run holding Arabic (or, on a right-to-left page, nothing but
punctuation, which Qt mirrored) is marked ``direction="rtl"``; ``text-anchor="end"`` keeps its
left edge where Qt put it (the end of a right-to-left run is its left edge).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

_TEXT = re.compile(r"(<text\b)([^>]*)(>)([^<]*)(</text>)")
# Hebrew, Arabic, Syriac, Thaana, NKo ... and the Arabic presentation forms.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR_OR_DIGIT = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def _is_rtl_run(content: str, rtl_page: bool) -> bool:
    text = html.unescape(content)
    if _RTL_LETTER.search(text):
        return True
    return rtl_page and bool(text.strip()) and not _LTR_OR_DIGIT.search(text)


def mark_rtl_runs(svg: str, rtl_page: bool) -> str:
    """``svg`` with its right-to-left text runs marked (see the module's doc)."""

    def mark(match: re.Match[str]) -> str:
        start, attributes, close, content, end = match.groups()
        if "direction=" in attributes or not _is_rtl_run(content, rtl_page):
            return match.group(0)
        attributes = attributes.rstrip() + ' direction="rtl" text-anchor="end"\n '
        return f"{start}{attributes}{close}{content}{end}"

    return _TEXT.sub(mark, svg)


def mark_rtl_runs_in_file(path: Path, rtl_page: bool) -> None:
    path.write_text(mark_rtl_runs(path.read_text("utf-8"), rtl_page), "utf-8")
