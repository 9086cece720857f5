"""Region rules of the review h-rev34 (issue #15): answers flagged as possibly wrong.

1. Raqqa governorate south of the Euphrates (``control_outliers``: al-Sabkhah, Dalhah, Abu Hammad,
   Muqla Kabir, Muqla Saghir and al-Ukayrishah drawn the government's Dec 2017 - Oct 2019 while
   their nearest named neighbours are the SDF's). The neighbours are on the north bank (al-Kulayb
   silos, Hamad Assaf, Khass Hibal, al-Karamah, Hamrat Balasim) or in the SDF's south-bank strip
   next to Raqqa city (Ajil, the Kasrat); these six are on the south bank ("al-Shamiyah": NSO,
   SOHR, SMART), east of that strip: the river is the front and the answer is kept. One more
   answer is added for the block's stored gap of 6 Jun - 22 Sep 2017: al-Ukayrishah, which the
   Manbij Military Council announced it took on 11 Jul 2017 (via SMART, party claim), is the
   SDF's 11 - 22 Jul; on 23 - 24 Jul it is the SDF's contested by the government (an FSA
   commander and a resident told SMART the SDF handed it and Dalhah to the army's tribal
   fighters; the SDF denied it on 24 Jul and said the village was still theirs). Dalhah keeps
   its gap (only the FSA commander names it; the SDF's denial names no holder).

Same shape as ``tools/regions_2016_2018_rules_rev27.py``; ``REV34`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2019-rev34.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV34"]

DESERT = "fill_raqqa_desert"

SMART_23_JUL = "smart-2017-07-23-army-takes-two-villages-south-east-raqqa"
SMART_24_JUL = "smart-2017-07-24-sdf-denies-handing-villages"

UKAYRISHAH_SDF_NOTE = (
    "review h-rev34: the Manbij Military Council (part of the SDF) announced on 11 Jul 2017 that "
    "it controlled the town of al-Ukayrishah after battles with IS (SMART, 24 Jul: party claim); "
    "its spokesman Sherfan Darwish told SMART on 23 Jul that its forces took the village and "
    "later handed it to the SDF (translated); the south bank, 17 km south-east of Raqqa; held to "
    "22 Jul (continuity inferred); 6 Jun - 10 Jul a gap"
)
UKAYRISHAH_CONTESTED_NOTE = (
    "review h-rev34, the sources disagree: on Sunday 23 Jul 2017 an FSA commander told SMART that "
    "40 of the army's tribal fighters (Turki al-Bu Hamad's) met SDF commanders in al-Ukayrishah "
    "and that the meeting ended in 'handing the village' to them with Dalhah, and a resident said "
    "he saw government forces there; on Monday 24 Jul the SDF's Abdulaziz Younes told SMART they "
    "'handed nothing' and that al-Ukayrishah was 'still under their control' (translated); drawn "
    "the SDF's contested by the government on these two days; 25 Jul - 22 Sep a gap"
)

REV34: tuple[RegionRule, ...] = (
    RegionRule("rev34_ukayrishah_jul_2017", DESERT, lambda p, _w: p.id == "ukayrishah", (
        Span(day("2017-07-11"), day("2017-07-22"), "sdf", (SMART_24_JUL, SMART_23_JUL),
             UKAYRISHAH_SDF_NOTE),
        Span(day("2017-07-23"), day("2017-07-24"), "sdf", (SMART_23_JUL, SMART_24_JUL),
             UKAYRISHAH_CONTESTED_NOTE, status="contested", with_parties=("government",)),
    )),
)  # fmt: skip
