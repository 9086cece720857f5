"""Region rules of the review h-rev59 (issue #15): leads this morning's checks reported.

The review's Dhiban rows (the renewed fighting of 25 - 26 Sep and 29 Oct 2023) are hand rows
tagged ``[rev59]`` in ``records/2016-2024.csv``. This module adds five days to the Raqqa desert
block's gap at Ghanim al-Ali (south bank, about 18 km west of Ma'dan): AFP's report of Friday
25 Aug 2017 (also on Al Arabiya English that day) has SOHR say IS, in 'Thursday's counterattack'
(24 Aug), 'managed to push regime forces back 30 kilometers from the western outskirts of Madan':
fought over on 24 Aug (IS's, taking it from the army), IS's 25 - 28 Aug (region-level, continuity
inferred to Step News's IS answer of 29 Aug, h-rev37). 6 Jun - 23 Aug stays a gap.

Same shape as ``tools/regions_2016_2018_rules_rev37.py``; ``REV59`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2024-rev59.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV59"]

DESERT = "fill_raqqa_desert"

AFP_25_AUG = "afp-2017-08-25-is-counterattack-raqqa-maadan"
ARABIYA_25_AUG = "al_arabiya-2017-08-25-is-counterattack-raqqa"
STEP_30_AUG = "step-2017-08-30-maadan-ghanim-ali-strikes"
DAILY_STAR_25_AUG = "daily_star_lb-2017-08-25-daesh-pushes-back-troops-maadan"  # h-rev66
EAWV_26_AUG = "ea_worldview-2017-08-is-hits-back-south-of-raqqa"  # h-rev66

REV66_BOTH_DAYS = (
    "; review h-rev66: fought over 24 - 25 Aug, both days the reports give: AFP has SOHR put the "
    "counter-attack on Thursday 24 Aug, the Daily Star's rewrite of AP's copy has 'The Daesh "
    "attack Friday' (25 Aug) set the government back about 30 km west of Maadan, and a "
    "pro-Assad account (via EA WorldView) had the local allies 'continued falling one after the "
    "other' until 'early Saturday' (26 Aug)"
)

GHANIM_FOUGHT_NOTE = (
    "review h-rev59, fought over, region-level: on Friday 25 Aug 2017 SOHR said that in "
    "'Thursday's counterattack' (24 Aug) IS 'managed to push regime forces back 30 kilometers "
    "from the western outskirts of Madan' (AFP; Al Arabiya English): Ghanim al-Ali, about 18 km "
    "west of Ma'dan, lies inside that stretch: IS's, taken from the army that day"
)
GHANIM_IS_NOTE = (
    "review h-rev59, region-level, continuity inferred: IS's after its counter-attack of Thursday "
    "24 Aug 2017 pushed the army 30 km west of Ma'dan (SOHR via AFP, 25 Aug) until Step News's "
    "strikes on IS in Ghanim Ali on 29 Aug (h-rev37); 6 Jun - 23 Aug stays a gap (the army's "
    "arrival there is not dated to the day)"
)

REV59: tuple[RegionRule, ...] = (
    RegionRule("rev59_ghanim_al_ali_24_28_aug_2017", DESERT,
               lambda p, _w: p.id == "ghanim_al_ali", (
        Span(day("2017-08-24"), day("2017-08-25"), "isis", (AFP_25_AUG, ARABIYA_25_AUG,
             DAILY_STAR_25_AUG, EAWV_26_AUG), GHANIM_FOUGHT_NOTE + REV66_BOTH_DAYS,
             status="contested", with_parties=("government",)),
        Span(day("2017-08-26"), day("2017-08-28"), "isis", (AFP_25_AUG, ARABIYA_25_AUG,
             STEP_30_AUG), GHANIM_IS_NOTE),
    )),
)  # fmt: skip
