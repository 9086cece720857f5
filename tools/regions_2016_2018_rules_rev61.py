"""Region rules of the review h-rev61 (issue #15): leads other reviews left.

The Raqqa desert block's gap (``fill_raqqa_desert``, 6 Jun - 22 Sep 2017) at the villages beside
Ghanim al-Ali, made consistent with h-rev59's answer for it (h-rev66: fought over 24 - 25 Aug, AFP's
Thursday and the Daily Star's Friday for the attack; IS's from 26 Aug): IS's counter-attack of
Thursday 24 Aug 2017 pushed the army 'back 30 kilometers from the western outskirts of Madan' (SOHR
via AFP and Al Arabiya English, 25 Aug), and Shaam News (24 Aug, the activists it cites) names al-Bu
Hamad (Abu Hammad) and al-Mughla (the Muqla villages) with Ghanim al-Ali among the towns IS
regained, 'west of the city of Ma'dan'. Abu Hammad, Muqla Saghir and Muqla Kabir: fought over on 24
Aug (IS's, taken from the army), IS's 25 - 30 Aug (h-rev66: 26 - 30 Aug; region-level: on 30 Aug the
army fought on the edges of Ghanim al-Ali, west of them, and air strikes hit al-Bu Hamad and Ma'dan,
Step News). Ma'dan: IS's 24 - 30 Aug (the army was pushed back from its western outskirts; Enab
Baladi, 25 Aug: the army had been two kilometres from taking it). al-Sabkhah stays a gap (SOHR's 'to
the area of al-Sabkhah' leaves the town itself open).

The review's Rajo rows (2 - 3 Mar 2018) are hand rows tagged ``[rev61]`` in
``records/2016-2024.csv``. Same shape as ``tools/regions_2016_2018_rules_rev59.py``; ``REV61``
is added at the end of ``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2024-rev61.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

# the reports of IS's counter-attack west of Ma'dan and h-rev66's reading of its days, as
# h-rev59 cites them for Ghanim al-Ali in the same block
from tools.regions_2016_2018_rules_rev59 import (
    AFP_25_AUG,
    ARABIYA_25_AUG,
    DAILY_STAR_25_AUG,
    DESERT,
    EAWV_26_AUG,
    REV66_BOTH_DAYS,
    STEP_30_AUG,
)

__all__ = ["REV61"]

SHAAM_24_AUG = "shaam_news-2017-08-24-is-retakes-east-raqqa-towns"
ENAB_25_AUG = "enab_baladi-2017-08-25-is-counterattack-south-raqqa"
SOURIA_30_AUG = "al_souria-2017-08-30-regime-loses-dozens-raqqa"


VILLAGES = frozenset({"abu_hammad", "muqla_saghir", "muqla_kabir"})

VILLAGES_FOUGHT_NOTE = (
    "review h-rev61, fought over: IS's counter-attack of Thursday 24 Aug 2017 regained the "
    "villages west of Ma'dan, among them 'al-Bu Hamad' (Abu Hammad) and 'al-Mughla' (the Muqla "
    "villages) with Ghanim al-Ali (activists via Shaam News, 24 Aug, an opposition outlet); SOHR "
    "said IS pushed the army 'back 30 kilometers from the western outskirts of Madan' (AFP; Al "
    "Arabiya English, 25 Aug): IS's, taken from the army that day, as Ghanim al-Ali (h-rev59)"
)
VILLAGES_IS_NOTE = (
    "review h-rev61, region-level, continuity inferred: IS's after its counter-attack of 24 Aug "
    "2017 (Shaam News, 24 Aug; SOHR via AFP, 25 Aug) to Step News's report of Wednesday 30 Aug "
    "(air strikes on Ghanim Ali, al-Bu Hamad and Ma'dan; the army fighting on the edges of Ghanim "
    "Ali, west of these villages); 6 Jun - 23 Aug and 31 Aug - 22 Sep stay gaps"
)
MADAN_NOTE = (
    "review h-rev61, region-level, continuity inferred: IS's: on 24 Aug 2017 IS pushed the army "
    "'back 30 kilometers from the western outskirts of Madan' (SOHR via AFP, 25 Aug), the army "
    "having been 'two kilometres' from taking the town (Enab Baladi, 25 Aug); air strikes hit IS "
    "in Ma'dan on 29 and 30 Aug (Step News, 30 Aug); before 24 Aug and 31 Aug - 22 Sep stay gaps"
)

REV61: tuple[RegionRule, ...] = (
    RegionRule("rev61_abu_hammad_muqla_24_30_aug_2017", DESERT,
               lambda p, _w: p.id in VILLAGES, (
        Span(day("2017-08-24"), day("2017-08-25"), "isis", (SHAAM_24_AUG, AFP_25_AUG,
             ARABIYA_25_AUG, DAILY_STAR_25_AUG, EAWV_26_AUG),
             VILLAGES_FOUGHT_NOTE + REV66_BOTH_DAYS, status="contested",
             with_parties=("government",)),
        Span(day("2017-08-26"), day("2017-08-30"), "isis", (SHAAM_24_AUG, AFP_25_AUG,
             SOURIA_30_AUG, STEP_30_AUG), VILLAGES_IS_NOTE),
    )),
    RegionRule("rev61_madan_24_30_aug_2017", DESERT, lambda p, _w: p.id == "madan", (
        Span(day("2017-08-24"), day("2017-08-30"), "isis", (AFP_25_AUG, ENAB_25_AUG,
             STEP_30_AUG), MADAN_NOTE),
    )),
)  # fmt: skip
