"""Region rules of the review h-rev37 (issue #15): the Euphrates valley of Raqqa and Deir ez-Zor.

The review's main correction, al-Ukayrishah's government answer of 23 Sep 2017 - Nov 2024 turned
into a stored gap, is a hand row tagged ``[rev37]`` in ``records/2016-2024.csv`` (the village is
taken out of h-raqqa3's south-east rule). This module adds two days to the Raqqa desert block's
gap of 6 Jun - 22 Sep 2017 at Ghanim al-Ali, on the south bank 7 km west of Ma'dan: Step News's
correspondent reported on Wednesday 30 Aug 2017 that air strikes on Ma'dan and Ghanim Ali the
evening before had killed more than fifty IS members, and that day violent clashes between IS and
the army "on the edges of the villages of al-Salam Alaykum and Ghanim Ali" (translated): IS's on
29 Aug, IS's fought over by the army on 30 Aug (as h-deir6 drew al-Sa'wa on the day of fighting
on its edges). The days before and after stay gaps (IS's counter-attack of late August and the
army's return are not dated to the day).

Same shape as ``tools/regions_2016_2018_rules_rev34.py``; ``REV37`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2024-rev37.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV37"]

DESERT = "fill_raqqa_desert"

STEP_30_AUG = "step-2017-08-30-maadan-ghanim-ali-strikes"

GHANIM_IS_NOTE = (
    "review h-rev37: Step News's source said on Wednesday 30 Aug 2017 that air strikes on the town "
    "of Ma'dan and the village of Ghanim Ali on the evening of Tuesday 29 Aug killed more than "
    "fifty IS members (the strikes said to carry toxic gas; translated): IS's on 29 Aug (the "
    "report's day before); 6 Jun - 28 Aug a gap (the army reached the area in August, IS "
    "counter-attacked in late August: the days not fixed)"
)
GHANIM_FOUGHT_NOTE = (
    "review h-rev37, fought over: on Wednesday 30 Aug 2017 Step News's Raqqa correspondent "
    "reported Russian and Syrian air strikes on Ghanim Ali, al-Bu Hamad and Ma'dan 'with violent "
    "clashes "
    "between IS and the regime forces on the edges of the villages of al-Salam Alaykum and Ghanim "
    "Ali' (translated): IS's, attacked by the army, that day; 31 Aug - 22 Sep a gap (h-raqqa3's "
    "government answer from 23 Sep)"
)

REV37: tuple[RegionRule, ...] = (
    RegionRule("rev37_ghanim_al_ali_aug_2017", DESERT, lambda p, _w: p.id == "ghanim_al_ali", (
        Span(day("2017-08-29"), day("2017-08-29"), "isis", (STEP_30_AUG,), GHANIM_IS_NOTE),
        Span(day("2017-08-30"), day("2017-08-30"), "isis", (STEP_30_AUG,), GHANIM_FOUGHT_NOTE,
             status="contested", with_parties=("government",)),
    )),
)  # fmt: skip
