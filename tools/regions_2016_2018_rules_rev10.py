"""Region rules of the review h-rev10 (issue #15): three villages whose answers dated reports
contradict.

1. al-Ruhayyat and Bir Jarbu, 10 km north of Raqqa: SMART's local sources have the SDF take
   al-Ruhayyat on 19 Apr 2017 and IS regain both villages on Monday 24 Apr, the day the SDF's
   statement listed both among its gains (party claim): contested on 24 Apr, a gap from 25 Apr to 5
   Jun (no dated report found; the batch had drawn both the SDF's without a break).
2. al-Suwaydiya al-Kabira, north shore of Lake Assad: SMART (25 Feb 2017) has IS hold it 'for
   several hours' on the night of 24 - 25 Feb and withdraw under coalition and SDF fire: contested
   on 24 - 25 Feb, the SDF's before and after as the batch's rule draws it. Review h-rev57: the
   SDF's 4 - 7 Feb, fought over on 8 Feb (IS's counter-attack on 'al-Suwaydiya', the SDF's
   channel via SMART), a gap 9 - 23 Feb (SMART's undated 'Monday' report of IS taking it).

Same shape as ``tools/regions_2016_2018_rules_rev2.py``; the rules that drew these villages
(``raqqa2_royan_24_apr_2017``, ``jaz3_jarwa``, ``euph_raqqa_north_shore_named``) leave them to
these. Sources in ``sources/2016-2024-rev10.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import date

from tools.fill_2016_2019_rules import Span
from tools.regions_2016_2018_model import RegionRule
from tools.regions_2016_2018_rules_euphrates import PHASE_TWO

__all__ = ["REV10"]

BLOCK = "g2016_raqqa_sdf"
SMART_19_APR = "smart-2017-04-19-ruhayyat-mushayrifa"
SMART_24_APR_RETAKE = "smart-2017-04-24-is-retakes-ruhayyat-bir-jarbu"
SMART_24_APR_SDF = "smart-2017-04-24-fourth-phase-13-sites"
ENAB_19_APR = "enabbaladi-2017-04-19-jarwa"
SMART_25_FEB = "smart-2017-02-25-suwaydiya-kabira-hours"
SMART_8_FEB = "smart-2017-02-08-two-hills-counter-attack"  # sources/2016-2019-raqqa7.toml

RETAKE_NOTE = (
    "fought over on Monday 24 Apr 2017: a local source told SMART that IS 'regained control of "
    "the villages of al-Ruhayyat and Bir al-Jarbu (10 km north of Raqqa city)' that day after "
    "clashes in which three SDF fighters were killed and four captured (translated), while the "
    "SDF's statement of the same day listed al-Ruhayyat and Bir Jarbu among the 13 sites it had "
    "taken since 13 Apr (via SMART: party claim); review h-rev10: the batch had drawn it the SDF's "
    "without a break; from 25 Apr to 5 Jun no dated report found (a gap)"
)
SUWAYDIYA_NOTE = (
    "taken in the SDF's second phase (10 Dec 2016 - Jan 2017): Rudaw (4 Feb 2017) names 'the "
    "large town of Suweydiya al-Kabirah, on the northern bank of the Euphrates' among its gains "
    "(held from the report's day at the latest; the day it fell is not stored)"
)

REV10 = (
    RegionRule("rev10_ruhayyat_19_24_apr_2017", BLOCK, lambda p, _w: p.id == "ar_ruhayyat", (
        Span(date(2017, 4, 19), date(2017, 4, 23), "sdf", (SMART_19_APR,),
             "local sources told SMART on Wednesday 19 Apr 2017 that the SDF 'took control of "
             "the village of al-Ruhayyat (10 km north of Raqqa city)' after a slow advance "
             "through IS's mines (translated); held to 23 Apr (continuity inferred); IS regained "
             "it on 24 Apr (SMART). Review h-rev10: the batch had it the SDF's only from 24 Apr"),
        Span(date(2017, 4, 24), date(2017, 4, 24), "sdf", (SMART_24_APR_RETAKE, SMART_24_APR_SDF),
             RETAKE_NOTE, status="contested", with_parties=("isis",)),
    )),
    RegionRule("rev10_bir_jarbu_24_apr_2017", BLOCK, lambda p, _w: p.id == "bir_jarbu", (
        Span(date(2017, 4, 24), date(2017, 4, 24), "sdf",
             (SMART_24_APR_RETAKE, SMART_24_APR_SDF, ENAB_19_APR), RETAKE_NOTE,
             status="contested", with_parties=("isis",)),
    )),
    RegionRule("rev10_suwaydiya_kabira_feb_2017", BLOCK,
               lambda p, _w: p.id == "suwaydiya_al_kabirah", (
        # review h-rev57: 8 Feb fought over (the SDF's channel via SMART); 9 - 23 Feb left a gap
        # (a hand row in records/2016-2024.csv names both sides): was the SDF's 4 - 23 Feb
        Span(date(2017, 2, 4), date(2017, 2, 7), "sdf", PHASE_TWO, SUWAYDIYA_NOTE),
        Span(date(2017, 2, 8), date(2017, 2, 8), "sdf", (SMART_8_FEB, *PHASE_TWO),
             "fought over on Wednesday 8 Feb 2017 (party claim): the SDF said on its Telegram "
             "channel that clashes followed 'a counter-attack the organisation launched on the "
             "villages of al-Suwaydiya, Hammarin and Widyan, near the dam of al-Tabqa' (via SMART, "
             "translated; the name is not qualified, and IS's own claim of the raid, read only in "
             "undated copies, names 'al-Suwaydiya Kabira'); held by the SDF before (Rudaw, 4 Feb); "
             "review h-rev57: was the SDF's without a break, 9 - 23 Feb now a gap",
             status="contested", with_parties=("isis",)),
        Span(date(2017, 2, 24), date(2017, 2, 25), "sdf", (SMART_25_FEB, *PHASE_TWO),
             "fought over: a local source told SMART on Saturday 25 Feb 2017 that IS fighters "
             "'took control for several hours, on the night of Friday to Saturday, of the village "
             "of al-Suwaydiya al-Kabira' after two car bombs and captured five SDF fighters, then "
             "withdrew under coalition air strikes and SDF artillery (translated); review h-rev10",
             status="contested", with_parties=("isis",)),
        Span(date(2017, 2, 26), date(2017, 6, 5), "sdf", (SMART_25_FEB, *PHASE_TWO),
             SUWAYDIYA_NOTE + "; IS's raid of 24 - 25 Feb ended with its withdrawal (SMART); no "
             "later IS hold found in a dated report (continuity inferred)"),
    )),
)  # fmt: skip
