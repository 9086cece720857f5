"""Region rules of the review h-rev11 (issue #15): two answers other helpers flagged, checked.

1. Tal Mamou (south of Aleppo, 1.3 km south of al-Aziziyah): the fill drew it the government's
   from 9 Feb 2018 (the pocket's clearing, region-level). Baladi News (an opposition-leaning site)
   has the army take "Tal Mamu" on Saturday 3 Feb 2018, after cutting its supply roads from
   al-Ziyarah, taken at dawn the day before (with Tal Alloush: SANA's Friday 2 Feb report), the
   factions falling back west to Jazraya, Zammar and Huwayr; so 3 - 8 Feb 2018 is the army's too.
   ISW News (Iranian, 8 Feb 2020: party-side) names a "Tal Mamou" among villages taken round
   al-Eis in Feb 2020; it is not followed (see PERIOD-2016-2024.md).
2. Khasham: the gazetteer's two points (khasham, khusham) name the same town on the east bank; the
   enclave rule `deir_is_near_the_enclave` (14 - 25 km from the city) drew khusham IS's from
   1 Aug 2016 to 4 Sep 2017 while khasham, 9.5 km out, stayed a gap. The sources are region-level
   (not about the town): answered the same way for khasham here.

Sources in ``sources/2016-2024-rev11.toml`` and the registry files named. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["REV11"]

BALADI_TAL_MAMU = "baladi_news-2018-02-03-tal-mamu"
BALADI_ZIYARAH = "baladi_news-2018-02-03-jazraya-zammar"
SANA_TAL_ALLOUSH = "sana-2018-02-02-tal-alloush"
SIEGE_BROKEN = "reuters-2017-09-05-deir-siege-broken"
LWJ_ENCLAVE = "long_war_journal-2017-01-deir-ezzor-cut-in-two"
DAILY_STAR = "daily_star_lb-2017-09-06-deir-corridor"
CROSSING_18_SEP = "almasdaronline-2017-09-18-east-bank-crossing"

TAL_MAMU_NOTE = (
    "taken by the army on Saturday 3 Feb 2018: Baladi News (opposition-leaning, 'today, "
    "Saturday') says regime forces took the village of Tal Mamu after cutting its supply roads "
    "from al-Ziyarah, taken at dawn 'yesterday, Friday', and the opposition factions fell back to "
    "Jazraya, Zammar and Huwayr (translated); the Friday is 2 Feb 2018 (SANA: Tal Alloush taken "
    "that Friday; Baladi News names al-Ziyarah and Tal Alloush taken together); government from "
    "then (the fill's region answer from 9 Feb). Review h-rev11: ISW News (8 Feb 2020, Iranian: "
    "party-side) names a 'Tal Mamou' among villages taken round al-Eis that day; no report of the "
    "factions' return after Feb 2018 was found, so it is not followed"
)
KHASHAM_NOTE = (
    "region-level (the sources are about the region, not the town): outside the government's "
    "besieged enclave (the western city, the airport and Brigade 137: Long War Journal, Daily "
    "Star), which IS besieged until the army broke through on 5 Sep 2017, IS holding 'much of the "
    "province' then (Reuters); Khasham is on the east bank, which the army first reached on 18 Sep "
    "2017 (Al-Masdar); the gazetteer's two points named Khasham (khasham, khusham) are answered "
    "alike (review h-rev11: khusham had this answer from the enclave rule, khasham a gap)"
)

REV11 = (
    RegionRule("rev11_tal_mamu_3_feb_2018", "fill_aleppo_south",
               lambda p, _w: p.id == "tal_mamou", (
        Span(day("2018-02-03"), day("2018-02-08"), "government",
             (BALADI_TAL_MAMU, BALADI_ZIYARAH, SANA_TAL_ALLOUSH), TAL_MAMU_NOTE),
    )),
    RegionRule("rev11_khasham_before_the_siege_broke", "g2016_deir_ez_zor_government",
               lambda p, _w: p.id == "khasham", (
        Span(START, day("2017-09-04"), "isis",
             (SIEGE_BROKEN, LWJ_ENCLAVE, DAILY_STAR, CROSSING_18_SEP), KHASHAM_NOTE),
    )),
)  # fmt: skip
