"""Region rules for the Hama blocks left open, h-hamadesert (issue #15): dated reports only.

Same shape as `tools/regions_2016_2018_rules_salam.py`; `tools/regions_2016_2018_rules.py` adds
``HAMADESERT`` at the end of ``RULES``, so these answer only days the earlier rules leave in the
``[fill_hama_region]`` block. The task's three blocks (the desert north of Salamiyah and east of
Ithriya, 1 Aug 2016 - 8 Feb 2018; the villages south and south-west of Hama on the northern edge of
the rebels' northern Homs / southern Hama pocket, 1 Aug 2016 - 15 May 2018; the villages north and
north-east of Hama in the rebels' offensive of 29 Aug - 26 Oct 2016) were searched village by
village in the stored pages; one answer is dated and sourced:

- the al-Zara thermal power plant south of Hama (not the village of al-Zara, the rebels' from May
  2016 to 2018, rules_hama3): the government's on Friday 21 Jul 2017, when the Electricity Ministry
  said 'the workers of the plant have contained the damage' of the armed groups' rocket fire
  (SANA, party claim). The days before and after stay gaps: SANA's other reports of attacks on the
  plant read in the stored pages show no date.

What stays a gap and why: ``geodata/data/control/PERIOD-2016-2024.md`` (h-hamadesert). Sources in
``sources/2016-2019-hamadesert.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import HAMA_REGION

__all__ = ["HAMADESERT"]

ZARA_PLANT = "al_zara_thermal_power_plant"
SANA_21_JUL_2017 = "sana-2017-07-21-zara-power-plant"
#: Friday 21 Jul 2017: SANA's report of the armed groups' rocket fire on the plant.
ZARA_DAY = day("2017-07-21")

ZARA_PLANT_NOTE = (
    "the government's: on Friday 21 Jul 2017 'the armed groups targeted al-Zara power plant in "
    "the southern countryside of Hama province with a number of rocket shells'; the Electricity "
    "Ministry said 'the workers of the plant have contained the damage caused by the shelling' "
    "and that hours of electricity rationing would not be affected (SANA: party claim): run by "
    "the state's electricity workers that day; the plant lies north-east of the village of "
    "al-Zara, which the rebels of the northern Homs / southern Hama pocket held from 2016 to 2018 "
    "(rules_hama3); SANA's other reports of attacks on the plant read show no date, so the days "
    "before and after are not sourced here (h-gapsite answers them from Radio Rozana's report "
    "of 9 Jul 2016 and the pocket's end, continuity inferred: rules_gapsite)"
)


def _ids(*ids: str):
    wanted = frozenset(ids)
    return lambda place, _where: place.id in wanted


HAMADESERT: tuple[RegionRule, ...] = (
    RegionRule("hamadesert_zara_power_plant_21_jul_2017", HAMA_REGION, _ids(ZARA_PLANT), (
        Span(ZARA_DAY, ZARA_DAY, "government", (SANA_21_JUL_2017,), ZARA_PLANT_NOTE),
    )),
)  # fmt: skip
