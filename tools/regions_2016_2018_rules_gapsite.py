"""Region rules for named sites left as gaps, h-gapsite (issue #15): dated reports only.

Same shape as `tools/regions_2016_2018_rules_idlib4.py`; `tools/regions_2016_2018_rules.py` adds
``GAPSITE`` at the end of ``RULES``, so these answer only days still stored as gaps in their
blocks:

- the Atmeh crossing between HTS's Atmeh (Idlib) and the Turkish-backed factions' Deir Ballut
  (Afrin), ``[fill_north_aleppo_edges]``: HTS's, with the SNA on the Deir Ballut side, from the
  day HTS closed 'the Ghazawiya and Atmeh crossings' (Enab Baladi, Sunday 6 Jan 2019), the
  crossings it had 'recently seized' from the National Liberation Front (Geiroon), to the eve of
  the autumn-2019 snapshot; again between the two snapshots (19 Dec 2019 - 5 Mar 2020): the
  Salvation Government's crossings administration ran the Atmeh crossing on 12 Apr 2019 (Jesr
  Press) and reopened it on 25 Apr 2020 (Enab Baladi); continuity inferred between;
- the al-Zara thermal power plant south of Hama, ``[fill_hama_region]``: the government's on both
  sides of h-hamadesert's day (21 Jul 2017, SANA: party claim): a regime checkpoint on the front
  of the rebels' pocket when the army attacked al-Zara on Saturday 9 Jul 2016 (Radio Rozana),
  continuity inferred to SANA's report; then to the end of the pocket (16 May 2018, Xinhua), from
  which the fill answers, continuity inferred.

What stays a gap and why: ``geodata/data/control/PERIOD-2016-2024.md`` (h-gapsite). Sources in
``sources/2016-2019-gapsite.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import HAMA_REGION
from tools.regions_2016_2018_rules_shield3 import EDGES_BLOCK

__all__ = ["GAPSITE"]

ATMEH = "atmeh_border_crossing"
ZARA_PLANT = "al_zara_thermal_power_plant"

#: Sunday 6 Jan 2019: HTS closed the Ghazawiya and Atmeh crossings (Enab Baladi).
ATMEH_HTS_CLOSURE = day("2019-01-06")
#: The eve of the autumn-2019 snapshot, which draws the crossing's point in the Afrin zone.
EVE_OF_SNAPSHOT = day("2019-10-22")
#: The days between the two snapshots (18 Dec 2019 and 6 Mar 2020).
AFTER_DEC_SNAPSHOT = day("2019-12-19")
EVE_OF_MAR_SNAPSHOT = day("2020-03-05")

START = day("2016-08-01")
#: The eve and the morrow of SANA's report of Friday 21 Jul 2017 (h-hamadesert's answer).
EVE_OF_SANA = day("2017-07-20")
MORROW_OF_SANA = day("2017-07-22")
#: The eve of the fill's answer from the end of the northern Homs / southern Hama pocket.
EVE_OF_POCKET_END = day("2018-05-15")

ENAB_6_JAN_2019 = "enab_baladi-2019-01-06-hts-closes-atmeh-crossing"
ARABY_28_JAN_2019 = "the_new_arab-2019-01-28-hts-closes-deir-ballut-ghazawiya"
GEIROON_28_JAN_2019 = "geiroon-2019-01-28-hts-closes-olive-branch-crossings"
JESR_12_APR_2019 = "jesr_press-2019-04-12-atmeh-crossing-opens"
SPC_13_APR_2019 = "syrian_press_center-2019-04-13-atmeh-crossing-closed-again"
ENAB_25_APR_2020 = "enab_baladi-2020-04-25-idlib-aleppo-crossings-reopened"
ROZANA_9_JUL_2016 = "rozana-2016-07-09-zara-thermal-plant-front"
SANA_21_JUL_2017 = "sana-2017-07-21-zara-power-plant"
XINHUA_POCKET_END = "xinhua-2018-05-16-homs-rebels-evacuated"

ATMEH_2019_NOTE = (
    "HTS's crossing, shared with the SNA at its Deir Ballut end: on Sunday 6 Jan 2019, the day "
    "HTS took Atarib, it closed 'the Ghazawiya and Atmeh crossings' (Enab Baladi; the Atmeh road "
    "separates northern Idlib from the Deir Ballut area held by the Turkish-backed factions), "
    "the civilian crossings at Deir Ballut next to Atmeh that it had 'recently seized' from the "
    "National Liberation Front (Geiroon, 28 Jan 2019); HTS 'controls all the crossings' linking "
    "Idlib to the opposition's areas (Al-Araby al-Jadeed, 28 Jan 2019); on Friday 12 Apr 2019 the "
    "HTS-aligned Salvation Government's crossings administration opened the Atmeh crossing to "
    "travellers (Jesr Press), civilians then stranded 'between the Atmeh crossing, under HTS's "
    "control, and Deir Ballut, under the National Army's' (Syrian Press Center, 13 Apr; "
    "translated); no change reported to the eve of the autumn-2019 snapshot (continuity "
    "inferred; not sourced per day). The snapshot draws the crossing's point in the Afrin (SNA) "
    "zone: the reports name the Atmeh checkpoint HTS's and Deir Ballut, 1.6 km north, the "
    "SNA's; before 6 Jan 2019 who ran the crossing is not dated (a gap)"
)
ATMEH_2020_NOTE = (
    "HTS's crossing, shared with the SNA at its Deir Ballut end, between the two snapshots: the "
    "HTS-aligned Salvation Government's crossings administration ran the Atmeh crossing on 12 "
    "Apr 2019 (Jesr Press; 'the Atmeh crossing, under HTS's control', Syrian Press Center, 13 "
    "Apr 2019), closed it in late March 2020 against the coronavirus and reopened it on "
    "Saturday 25 Apr 2020, 'the Atmeh crossing open to the entry and exit of civilians' (Enab "
    "Baladi; translated); no change of hands reported between (continuity inferred; not "
    "sourced per day). The snapshots of 18 Dec 2019 and 6 Mar 2020 draw the point in the Afrin "
    "(SNA) zone"
)
ZARA_BEFORE_NOTE = (
    "the government's: the al-Zara thermal plant was a regime position on the front of the "
    "rebels' northern Homs / southern Hama pocket when the army attacked al-Zara on Saturday 9 "
    "Jul 2016, on three axes, one of them 'the thermal plant's axis', the factions shelling its "
    "gatherings 'at the poultry-farm and thermal-plant checkpoints' (Radio Rozana; translated); "
    "on Friday 21 Jul 2017 the plant's workers contained the damage of the armed groups' "
    "rockets (SANA: party claim); no capture of the plant reported between the two reports "
    "(continuity inferred; not sourced per day); the village of al-Zara south-west of it was "
    "the rebels' (rules_hama3)"
)
ZARA_AFTER_NOTE = (
    "the government's: on Friday 21 Jul 2017 the armed groups shelled al-Zara power plant and "
    "'the workers of the plant have contained the damage' (SANA: party claim); the last rebels "
    "left the northern Homs / southern Hama pocket on 16 May 2018 (Xinhua), from which the fill "
    "answers the government's; no capture of the plant reported between (continuity inferred; "
    "not sourced per day); a regime position on the pocket's front since at least 9 Jul 2016 "
    "(Radio Rozana)"
)


def _ids(*ids: str):
    wanted = frozenset(ids)
    return lambda place, _where: place.id in wanted


GAPSITE: tuple[RegionRule, ...] = (
    RegionRule("gapsite_atmeh_crossing_hts_2019", EDGES_BLOCK, _ids(ATMEH), (
        Span(ATMEH_HTS_CLOSURE, EVE_OF_SNAPSHOT, "hts",
             (ENAB_6_JAN_2019, GEIROON_28_JAN_2019, ARABY_28_JAN_2019, JESR_12_APR_2019,
              SPC_13_APR_2019),
             ATMEH_2019_NOTE, status="shared", with_parties=("sna",)),
        Span(AFTER_DEC_SNAPSHOT, EVE_OF_MAR_SNAPSHOT, "hts",
             (JESR_12_APR_2019, SPC_13_APR_2019, ENAB_25_APR_2020),
             ATMEH_2020_NOTE, status="shared", with_parties=("sna",)),
    )),
    RegionRule("gapsite_zara_power_plant", HAMA_REGION, _ids(ZARA_PLANT), (
        Span(START, EVE_OF_SANA, "government", (ROZANA_9_JUL_2016, SANA_21_JUL_2017),
             ZARA_BEFORE_NOTE),
        Span(MORROW_OF_SANA, EVE_OF_POCKET_END, "government",
             (SANA_21_JUL_2017, XINHUA_POCKET_END, ROZANA_9_JUL_2016), ZARA_AFTER_NOTE),
    )),
)  # fmt: skip
