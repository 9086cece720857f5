"""Region rules of the review of the 2016-2024 control history (issue #15, h-review).

Same shape as `tools/regions_2016_2018_rules_hama4.py` (imported through
`tools/regions_2016_2018_rules.py`, whose ``RULES`` ends with ``REVIEW``): each `RegionRule`
answers stored gaps for the places it names, on registry sources (``sources/2016-2019-review.toml``
and earlier files); a later rule answers only the days the earlier ones leave, and days no source
reaches stay gaps. The review's other answers are rows of ``records/2016-2024.csv`` (tag
``[review ...]``), where the days were snapshot rows rather than gaps. Build-time tooling.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama4 import STRIKES_NOTE, STRIKES_SOURCES

__all__ = ["REVIEW"]

# --- SOHR's week of air strikes, 22 - 28 Oct 2017: villages 'controlled by Tahrir Al-Sham' -------
#: The five SOHR names that h-hama4 left as a lead (its rules answer Rahjan and Qasr Ibn Wardan):
#: Arafa, Rabda and Qasr Shawy, 2 - 4 km from Rahjan, and Abu Dali and al-Hamdania on the Idlib
#: border, the gazetteer's Arfah, Rabdah, Qasr ash Shawi, Abu Dali and Hamdaniyah.
WEEK_NAMED = frozenset({"arfah", "rabdah", "qasr_ash_shawi", "abu_dali", "hamdaniyah"})
WEEK_NOTE = STRIKES_NOTE.format(
    "named in the report itself; the days before and after are not sourced here (h-review; the "
    "army's capture of each village is dated only by outlets not accepted as evidence)"
)


def _named(place, _where) -> bool:
    return place.id in WEEK_NAMED


REVIEW: tuple[RegionRule, ...] = tuple(
    RegionRule(f"review_{block}_hts_22_28_oct_2017", block, _named, (
        Span(day("2017-10-22"), day("2017-10-28"), "hts", STRIKES_SOURCES, WEEK_NOTE),
    ))
    for block in ("fill_idlib_pre_offensive", "fill_abu_dali")
)  # fmt: skip
