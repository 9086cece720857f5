"""Region rules for military sites inside the SDF's area (issue #15, h-idlib4): dated reports.

Same shape as `tools/regions_2016_2018_rules_ealeppo6.py`; `tools/regions_2016_2018_rules.py`
adds ``IDLIB4`` at the end of ``RULES``, so these answer only days still stored as gaps in the
``[fill_sdf_military]`` block:

- Division 17, the former army base on Raqqa's northern edge: the SDF's from its statement of
  Wednesday 20 Sep 2017 (party claim: the SDF said it had taken 'the whole surroundings' of the
  division and 'secured' it, Fresh Syria; the statement's day from Reuters' report of the same
  statement) to the eve of the existing answer from 17 Oct 2017. 6 Jun - 19 Sep 2017 stays a
  gap: the SDF claimed the base on Thursday 8 Jun (Akhbar al-Aan) but held only 'part of' it on
  26 Jun (SOHR via AFP; opposition sites also reported its units pulling back from inside the
  base, on days not shown): who held it from day to day is not reported;
- the Lafarge cement plant at Jalabiya (its helicopter airfield): the YPG's since Feb 2015 and a
  base of Western special forces in June 2016 (Le Monde), the coalition's 'headquarters' in
  Syria until the SDF set fire to and vacated it on Tuesday 15 Oct 2019 (coalition spokesman via
  The War Zone): the SDF's 1 Aug 2016 - 14 Oct 2019 (continuity inferred); 15 - 22 Oct 2019 stays
  a gap (vacated, Turkish-backed factions advancing towards it).

Sources in ``sources/2016-2019-idlib4.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["IDLIB4"]

BLOCK = "fill_sdf_military"
START = day("2016-08-01")
#: Wednesday 20 Sep 2017: the SDF's statement (80 per cent of Raqqa, a new northern front).
SDF_DIVISION_17_STATEMENT = day("2017-09-20")
#: The day before the existing answer (the SDF's full control of Raqqa, 17 Oct 2017).
EVE_OF_RAQQA = day("2017-10-16")
#: Monday 14 Oct 2019: the eve of the day the SDF set fire to and vacated the Lafarge plant.
EVE_OF_LAFARGE_EVACUATION = day("2019-10-14")

FRESH_SYRIA = "fresh_syria-2017-09-20-sdf-80-percent-raqqa"
REUTERS_20_SEP = "reuters-2017-09-20-raqqa-final-stages"
AKHBAR_ALAAN_8_JUN = "akhbar_alaan-2017-06-08-sdf-division-17"
AFP_26_JUN = "daily_star_lb-2017-06-26-raqqa-quarter"
LE_MONDE = "le_monde-2016-06-21-lafarge-jalabiya"
WAR_ZONE = "the_drive-2019-10-22-lafarge-strike"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


IDLIB4: tuple[RegionRule, ...] = (
    RegionRule("idlib4_division_17_sep_2017", BLOCK, _ids("division_17"), (
        Span(SDF_DIVISION_17_STATEMENT, EVE_OF_RAQQA, "sdf",
             (FRESH_SYRIA, REUTERS_20_SEP, AKHBAR_ALAAN_8_JUN, AFP_26_JUN),
             "the SDF's (party claim: its own statement): on Wednesday 20 Sep 2017 the SDF said "
             "its offensive of the past five days on Raqqa's northern side had given it 'the "
             "whole surroundings' of Division 17 and 'secured' the division's ground, with the "
             "city's grain silos (Fresh Syria; translated; the page shows no date, the day is "
             "that of the same statement in Reuters' report: '80 percent of the city of Raqqa "
             "has been liberated', a new front 'on the northern edge of Raqqa'); no IS return "
             "reported before the SDF's full control of Raqqa on 17 Oct (continuity inferred; "
             "not sourced per day); before 20 Sep a gap: the SDF claimed the base on 8 Jun "
             "(Akhbar al-Aan) but held only 'part of Division 17' on 26 Jun (SOHR via AFP): who "
             "held it from day to day is not reported"),
    )),
    RegionRule("idlib4_lafarge_airfield", BLOCK, _ids("lafarge_helicopter_airfield"), (
        Span(START, EVE_OF_LAFARGE_EVACUATION, "sdf", (LE_MONDE, WAR_ZONE),
             "the Lafarge cement plant at Jalabiya, between Kobani and Ain Issa: taken by the "
             "YPG in February 2015 and in June 2016 a base of French, US and British special "
             "forces backing the Kurdish-Arab forces (Le Monde, 21 Jun 2016, read in a summary); "
             "US personnel ran it 'alongside' the SDF as the coalition's 'headquarters' in Syria "
             "until the SDF 'set fire to, then vacated' it on Tuesday 15 Oct 2019 as "
             "Turkish-backed militias advanced (coalition spokesman, The War Zone, 22 Oct 2019); "
             "between the two reports no change of holder reported (continuity inferred; not "
             "sourced per day); from 15 Oct 2019 a gap"),
    )),
)  # fmt: skip
