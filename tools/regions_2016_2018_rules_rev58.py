"""Region rules of the review h-rev58 (issue #15): leads this morning's reviews reported.

Tall Turin and Qarah (``tall_turin``, ``qarah_al_bab``, 4 - 5 km south-west of al-Arimah, 1.7 km
apart): ``euph_tal_turin_qara`` (``_euphrates.py``) drew them the factions' 1 - 2 Mar 2017 and
``ea_arima_strip`` (``_aleppo.py``) the army's from 3 Mar. SOHR has the Manbij Military Council
regain both in a counter-attack the night after the factions took them (1 Mar, AFP), and on 2 Mar
the council said it repelled an attack on the edges of Tall Turin (via al-Hal): the review makes 1
Mar the factions' fought over by the council and 2 Mar the council's fought over by the factions
(an edit of ``euph_tal_turin_qara``). No report read has the army enter either village: the
council handed its line villages by Arima in stages (the last five named on Thursday 9 Mar,
SMART), as h-rev57 found for Jubb al Hamir 1.7 km south, so the two are taken out of
``ea_arima_strip``, 3 - 8 Mar are a gap naming both sides (hand rows in
``records/2016-2024.csv``) and 9 Mar - 3 Jun the army's as the strip drew it (region-level,
continuity inferred to the Maskanah answer of 4 Jun). Sources in ``sources/2016-2024-rev58.toml``;
``REV58`` is added at the end of ``RULES``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV58"]

EA_BLOCK = "g2016_east_aleppo_government"
SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"
REUTERS_2_MAR = "reuters-2017-03-02-manbij-villages-handover"
KOMNEWS_3_MAR = "komnews-2017-03-03-arima-handover"

GOVERNMENT_NOTE = (
    "region-level, as Arima: the Manbij Military Council said it would hand the front-line "
    "villages west of Manbij to the government (Reuters, 2 Mar 2017) and on Thursday 9 Mar said "
    "the government's border guards, with Russian forces, entered the last five it held near "
    "Arima, among them Abu Hayj and a 'Jubb al-Hamra' (SMART; party claim); Russia's General "
    "Staff said a strip at Arima was left to government forces (KOMNEWS); continuity inferred to "
    "the Maskanah answer of 4 Jun; Turkey's foreign minister called the handover report false. "
    "Neither this village nor its neighbour (Tall Turin / Qarah) is named by any report of the "
    "army's entry. Review h-rev58: was the government's from 3 Mar (ea_arima_strip); the council "
    "still fought for Tall Turin on 2 Mar (via al-Hal), so 3 - 8 Mar are now a gap (the SDF or "
    "the government)"
)

REV58: tuple[RegionRule, ...] = (
    RegionRule("rev58_tall_turin_qara_mar_jun_2017", EA_BLOCK,
               lambda p, _w: p.id in {"tall_turin", "qarah_al_bab"}, (
        Span(day("2017-03-09"), day("2017-06-03"), "government",
             (SMART_9_MAR, KOMNEWS_3_MAR, REUTERS_2_MAR), GOVERNMENT_NOTE),
    )),
)  # fmt: skip
