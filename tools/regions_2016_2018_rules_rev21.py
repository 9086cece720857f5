"""Region rules of the review h-rev21 (issue #15): answers other helpers flagged as possibly wrong.

1. The Jirah airbase (``jirah_airbase``): ``named_jirah_airbase`` (``_aleppo.py``) drew it IS's
   to 12 May 2017 and the army's from 13 May on SOHR and a military source via AFP (and
   Reuters: "full control" on Saturday 13 May). Opposition sources put the fall a day earlier:
   Zaman al-Wasl's activist and SMART's Manbij media office have the regime forces take it "in
   the evening of yesterday, Friday" (12 May), Aleppo 24 has IS withdraw "last night, Friday
   12 May". The IS span there now ends on 11 May; this rule draws 12 May IS's contested by the
   army (fought over, taken that evening by the opposition reports, the next day by SOHR and
   the army), the army's from 13 May as before.

Other items of the review change hand rows or other modules' rules (Deir Hafer 24 - 28 Mar 2017
a gap: hand rows tagged [rev21]; Ja'bar al-Gharbi: the Syrian Press Center's report of 6 Jan 2017
added to ``raqqa5_jabar_gharbi_dec_2016_jan_2017``) or are left as they are with a note in
PERIOD-2016-2024.md (the villages round Uqayribat, al-Yashli).

Same shape as ``tools/regions_2016_2018_rules_rev19.py``; ``REV21`` is added at the end of
``RULES``, so these answer only days the earlier rules leave. Sources in
``sources/2016-2019-rev21.toml`` and the files of h-maskan, h-bab2 and the Hama batch.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV21"]

ZAMAN_13_MAY = "zaman_al_wasl-2017-05-13-jarrah-airbase"
SMART_13_MAY = "smart-2017-05-13-jarrah-airbase-friday-evening"
ALEPPO24_13_MAY = "aleppo24-2017-05-13-jarrah-airbase-night"
AFP_13_MAY = "afp-2017-05-13-jarrah-airbase"
REUTERS_13_MAY = "reuters-2017-05-13-jarrah-airport-enclave"

JIRAH_12_MAY_NOTE = (
    "the reports differ by a day: the opposition's Zaman al-Wasl (its activist) and SMART (the "
    "Manbij media office's director) have the regime forces take the airbase 'in the evening of "
    "yesterday, Friday' (12 May 2017), Aleppo 24 has IS withdraw from it 'last night, Friday 12 "
    "May' (translated), while SOHR (via AFP: the army took it 'today', still combing it and "
    "fighting IS remnants) and an army source (Reuters: 'full control') give Saturday 13 May: "
    "fought over on 12 May, IS's contested by the army (review h-rev21)"
)

REV21: tuple[RegionRule, ...] = (
    RegionRule("rev21_jirah_airbase_12_may_2017", "fill_jirah",
               lambda p, _w: p.id == "jirah_airbase", (
        Span(day("2017-05-12"), day("2017-05-12"), "isis",
             (ZAMAN_13_MAY, SMART_13_MAY, ALEPPO24_13_MAY, AFP_13_MAY, REUTERS_13_MAY),
             JIRAH_12_MAY_NOTE, status="contested", with_parties=("government",)),
    )),
)  # fmt: skip
