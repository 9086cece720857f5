"""Region rules of the review h-rev33 (issue #15): the Ghab and the Latakia edge.

Same shape as `tools/regions_2016_2018_rules_latakia2.py`; `tools/regions_2016_2018_rules.py`
adds ``REV33`` at the end of ``RULES``, so these answer only days still stored as gaps:

- al-Huwash in the Ghab, in the ``[fill_north_hama_undated]`` block (30 Apr - 22 Oct 2019): on
  the factions' side to Sunday 12 May 2019, when Hurriya Press has the regime's guns shell it
  (Syria TV had the army's al-Aziziyah post shell it on 3 and 21 Apr); the earlier rows answer
  HTS to 29 Apr (the HTS-NLF deal of 10 Jan 2019), so the 13 days between are continuity
  inferred; from 13 May a gap (the army took al-Huwayz, south of it, in mid-May 2019 and no
  report read dates the Ghab villages after that until Step News' capture list of 26 Feb 2020,
  handled by hand rows in ``records/2016-2024.csv``);
- Tardin in al-Haffah, in the ``[fill_latakia_front]`` block (Aug 2016 - 22 Oct 2019): on the
  factions' side on Sunday 29 Jul 2018, when Step News has the regime's guns at Qalaat Shalaf
  and Kinsabba (3 km from the gazetteer point) shell it with al-Haddadah, al-Tuffahiyah and
  Kabani; that one day only, the days before and after stay gaps.

Sources in ``sources/2016-2024-rev33.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV33"]

NORTH_HAMA_UNDATED = "fill_north_hama_undated"
LATAKIA_FRONT = "fill_latakia_front"
#: The first day of the undated block (the earlier rows answer to 29 Apr 2019).
BLOCK_START_2019 = day("2019-04-30")
#: Sunday 12 May 2019: Hurriya Press has the regime's guns shell al-Huwash.
HUWASH_SHELLED = day("2019-05-12")
#: Sunday 29 Jul 2018: Step News has the regime's guns shell Tardin ('yesterday' on 30 Jul).
TARDIN_SHELLED = day("2018-07-29")

SYRIA_TV_3_APR = "syria_tv-2019-04-03-huwash-shelling"
SYRIA_TV_21_APR = "syria_tv-2019-04-21-huwash-sahriyah-shelling"
HURRIYA_12_MAY = "hurriya_press-2019-05-12-huwash-shelling"
STEP_30_JUL_2018 = "step_news-2018-07-30-latakia-front-shelling"
NEWARAB_DEAL = "newarab-2019-01-10-hts-takes-idlib"
NEWARAB_TURKISH_POSTS = "newarab-2017-10-13-turkish-observation-posts"
ALJAZEERA_HTS_2017 = "aljazeera-2017-07-23-hts-idlib"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


REV33: tuple[RegionRule, ...] = (
    RegionRule("rev33_huwash_to_12_may_2019", NORTH_HAMA_UNDATED, _ids("al_huwash"), (
        Span(BLOCK_START_2019, HUWASH_SHELLED, "hts",
             (HURRIYA_12_MAY, SYRIA_TV_21_APR, SYRIA_TV_3_APR, NEWARAB_DEAL),
             "on the factions' side: on Sunday 12 May 2019 the regime forces and their "
             "militias shelled 'al-Daqmaq, al-Hamidiyah, Zeyzoun, al-Huwayz, al-Hamra and "
             "al-Huwash' with heavy artillery and rocket launchers (Hurriya Press's Hama "
             "correspondent; translated), as the army's post at al-Aziziyah had shelled 'the "
             "nearby village of al-Huwash' on 3 and 21 Apr (Syria TV); the HTS-NLF deal of 10 Jan "
             "2019 put the Salvation Government in charge of all rebel areas (The New Arab): held "
             "as on 29 Apr (continuity inferred over the 13 days; not sourced per day); from 13 "
             "May a gap"),
    )),
    RegionRule("rev33_tardin_29_jul_2018", LATAKIA_FRONT, _ids("tardin"), (
        Span(TARDIN_SHELLED, TARDIN_SHELLED, "hts",
             (STEP_30_JUL_2018, ALJAZEERA_HTS_2017, NEWARAB_TURKISH_POSTS),
             "region-level, on the factions' side that day: Step News's correspondent in "
             "the Latakia countryside (30 Jul 2018) has the regime forces 'yesterday' (Sunday 29 "
             "Jul) shell 'al-Haddadah, Tardin, al-Tuffahiyah, al-Kabanah' and the nearby villages "
             "with phosphorus shells from their positions at Qalaat Shalaf and Kinsabba "
             "(translated); the gazetteer's Tardin lies 3 km from Kinsabba; which faction held it "
             "is not named (HTS led the Idlib-area alliance after July 2017, with the other "
             "factions); that day only: the days before and after stay gaps",
             "shared", ("opposition",)),
    )),
)  # fmt: skip
