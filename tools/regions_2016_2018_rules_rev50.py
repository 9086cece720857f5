"""Region rules of the review h-rev50 (issue #15): the army / SDF line west of Manbij, Mar 2017.

Abu Hayj (``abu_hayj``), by al-Arimah: ``ea_arima_strip`` (``_aleppo.py``) drew it the army's from
3 Mar 2017, the day after the Manbij Military Council said it would hand its front-line villages
west of Manbij to the government (Reuters, 2 Mar). The council's media office told SMART on
Thursday 9 Mar 2017 that the army's border guards, with Russian forces, entered 'Kurhyuk, Qurt
Wiran, al-Bughaz, Abu Hayj and Jubb al-Hamra', villages it held, as five newly handed-over
villages: h-rev14 answered Kurhyuk, Qurt Wiran and al-Bughaz from that report (the SDF's 3 - 8 Mar,
the government's on 9 Mar). The review takes Abu Hayj out of ``ea_arima_strip`` and answers it the
same way: the SDF's 3 - 8 Mar, the government's from 9 Mar to 3 Jun (the strip's region-level
answer, continuity inferred to the Maskanah answer from 4 Jun). Both are party claims of the
council. Same shape as ``tools/regions_2016_2018_rules_rev26.py``; ``REV50`` is added at the end of
``RULES``. No new sources (the two are registered by h-rev14). Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV50"]

EA_BLOCK = "g2016_east_aleppo_government"
SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"
REUTERS_2_MAR = "reuters-2017-03-02-manbij-villages-handover"
KOMNEWS_3_MAR = "komnews-2017-03-03-arima-handover"

SDF_NOTE = (
    "party claim (review h-rev50, as h-rev14 for Kurhyuk, Qurt Wiran and al-Bughaz): one of the "
    "front-line villages west of Manbij near Arima that the Manbij Military Council (SDF) said on "
    "2 Mar 2017 it would hand to the government's border guards (Reuters) and on Thursday 9 Mar "
    "2017 said it handed over, naming Kurhyuk, Qurt Wiran, al-Bughaz, Abu Hayj and Jubb al-Hamra "
    "as villages it held (SMART, translated); the council's hold from 3 to 8 Mar is its own claim "
    "(was the government's from 3 Mar by ea_arima_strip)"
)
GOVERNMENT_NOTE = (
    "party claim (review h-rev50): the Manbij Military Council's media office told SMART on "
    "Thursday 9 Mar 2017 that the government's border guards, with Russian forces, entered "
    "Kurhyuk, Qurt Wiran, al-Bughaz, Abu Hayj and Jubb al-Hamra near Arima (translated); Russia's "
    "General Staff said a strip at Arima was left to government forces (KOMNEWS); region-level "
    "after 9 Mar, continuity inferred to the Maskanah answer of 4 Jun; Turkey's foreign minister "
    "called the handover report false"
)

REV50: tuple[RegionRule, ...] = (
    RegionRule("rev50_abu_hayj_mar_jun_2017", EA_BLOCK, lambda p, _w: p.id == "abu_hayj", (
        Span(day("2017-03-03"), day("2017-03-08"), "sdf", (SMART_9_MAR, REUTERS_2_MAR), SDF_NOTE),
        Span(day("2017-03-09"), day("2017-06-03"), "government",
             (SMART_9_MAR, KOMNEWS_3_MAR, REUTERS_2_MAR), GOVERNMENT_NOTE),
    )),
)  # fmt: skip
