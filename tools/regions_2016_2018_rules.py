"""Region rules replacing stored gaps of 2016-2018 with sourced answers (issue #15), in order.

Each `RegionRule` (`tools/regions_2016_2018_model.py`) names the group block of ``unknown`` rows
it answers, a test on the place and dated, sourced `Span`s. The rules live in one module per
region; the first rule that matches a place wins, and later matching rules answer only the days
the earlier ones leave. `tools/regions_2016_2018.py` writes the rows. Build-time tooling.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import NAMED_BLOCK, START, RegionRule, Where
from tools.regions_2016_2018_rules_aleppo import EAST_ALEPPO, MANBIJ
from tools.regions_2016_2018_rules_ar1 import AR1
from tools.regions_2016_2018_rules_ar2 import AR2
from tools.regions_2016_2018_rules_asouth import ASOUTH
from tools.regions_2016_2018_rules_azaz2 import AZAZ2
from tools.regions_2016_2018_rules_bab import BAB
from tools.regions_2016_2018_rules_bab2 import BAB2
from tools.regions_2016_2018_rules_dec2019 import DEC2019
from tools.regions_2016_2018_rules_deir import DEIR, DEIR_SITES, DEIR_WEST
from tools.regions_2016_2018_rules_deir2 import DEIR2
from tools.regions_2016_2018_rules_deir3 import DEIR3
from tools.regions_2016_2018_rules_deir4 import DEIR4
from tools.regions_2016_2018_rules_deir5 import DEIR5
from tools.regions_2016_2018_rules_deir6 import DEIR6
from tools.regions_2016_2018_rules_ealeppo import EALEPPO
from tools.regions_2016_2018_rules_ealeppo2 import EALEPPO2
from tools.regions_2016_2018_rules_ealeppo3 import EALEPPO3
from tools.regions_2016_2018_rules_ealeppo4 import EALEPPO4
from tools.regions_2016_2018_rules_ealeppo6 import EALEPPO6
from tools.regions_2016_2018_rules_euphrates import EUPHRATES
from tools.regions_2016_2018_rules_gap2020 import GAP2020
from tools.regions_2016_2018_rules_gapaz import GAPAZ
from tools.regions_2016_2018_rules_gaphama import GAPHAMA
from tools.regions_2016_2018_rules_gapidl import GAPIDL
from tools.regions_2016_2018_rules_gapmil import GAPMIL
from tools.regions_2016_2018_rules_gapsite import GAPSITE
from tools.regions_2016_2018_rules_gaptowns import GAPTOWNS, NAMED_GAPTOWNS
from tools.regions_2016_2018_rules_ghab import GHAB
from tools.regions_2016_2018_rules_ghab2 import GHAB2
from tools.regions_2016_2018_rules_hama import HAMA
from tools.regions_2016_2018_rules_hama3 import HAMA3
from tools.regions_2016_2018_rules_hama3_front import HAMA3_FRONT
from tools.regions_2016_2018_rules_hama4 import HAMA4
from tools.regions_2016_2018_rules_hama5 import HAMA5
from tools.regions_2016_2018_rules_hama6 import HAMA6
from tools.regions_2016_2018_rules_hama7 import HAMA7
from tools.regions_2016_2018_rules_hama8 import HAMA8
from tools.regions_2016_2018_rules_hama9 import HAMA9
from tools.regions_2016_2018_rules_hama19 import HAMA19
from tools.regions_2016_2018_rules_hamadesert import HAMADESERT
from tools.regions_2016_2018_rules_hasak import HASAK
from tools.regions_2016_2018_rules_idlib3 import IDLIB3
from tools.regions_2016_2018_rules_idlib4 import IDLIB4
from tools.regions_2016_2018_rules_idlib20 import IDLIB20
from tools.regions_2016_2018_rules_jazira import BORDER, HASAKAH, RAQQA, SITES
from tools.regions_2016_2018_rules_jazira import NAMED as NAMED_JAZIRA
from tools.regions_2016_2018_rules_jazira3 import JAZIRA3
from tools.regions_2016_2018_rules_jazira4 import JAZIRA4, NAMED_JAZ4
from tools.regions_2016_2018_rules_latakia2 import LATAKIA2
from tools.regions_2016_2018_rules_long import LONG
from tools.regions_2016_2018_rules_manbij import MANBIJ_SDF
from tools.regions_2016_2018_rules_manbij2 import MANBIJ2
from tools.regions_2016_2018_rules_manbij16 import MANBIJ16
from tools.regions_2016_2018_rules_maskan import MASKAN
from tools.regions_2016_2018_rules_ne3 import NE3
from tools.regions_2016_2018_rules_ne4 import NE4
from tools.regions_2016_2018_rules_ne20 import NE20
from tools.regions_2016_2018_rules_ne2020 import NE2020
from tools.regions_2016_2018_rules_nhama2 import NHAMA2
from tools.regions_2016_2018_rules_nhama3 import NHAMA3
from tools.regions_2016_2018_rules_raqqa import RAQQA_VILLAGES
from tools.regions_2016_2018_rules_raqqa2 import RAQQA2
from tools.regions_2016_2018_rules_raqqa3 import RAQQA3
from tools.regions_2016_2018_rules_raqqa4 import RAQQA4
from tools.regions_2016_2018_rules_raqqa5 import RAQQA5
from tools.regions_2016_2018_rules_raqqa6 import RAQQA6
from tools.regions_2016_2018_rules_raqqa7 import RAQQA7
from tools.regions_2016_2018_rules_rev2 import REV2
from tools.regions_2016_2018_rules_rev7 import REV7
from tools.regions_2016_2018_rules_rev10 import REV10
from tools.regions_2016_2018_rules_rev11 import REV11
from tools.regions_2016_2018_rules_rev12 import REV12
from tools.regions_2016_2018_rules_rev15 import REV15
from tools.regions_2016_2018_rules_rev16 import REV16
from tools.regions_2016_2018_rules_rev19 import REV19
from tools.regions_2016_2018_rules_rev21 import REV21
from tools.regions_2016_2018_rules_rev22 import REV22
from tools.regions_2016_2018_rules_rev23 import REV23
from tools.regions_2016_2018_rules_rev24 import REV24
from tools.regions_2016_2018_rules_rev25 import REV25
from tools.regions_2016_2018_rules_rev26 import REV26
from tools.regions_2016_2018_rules_rev27 import REV27
from tools.regions_2016_2018_rules_rev33 import REV33
from tools.regions_2016_2018_rules_rev34 import REV34
from tools.regions_2016_2018_rules_rev37 import REV37
from tools.regions_2016_2018_rules_rev38 import REV38
from tools.regions_2016_2018_rules_rev40 import REV40
from tools.regions_2016_2018_rules_rev43 import REV43
from tools.regions_2016_2018_rules_rev46 import REV46
from tools.regions_2016_2018_rules_rev48 import REV48
from tools.regions_2016_2018_rules_rev50 import REV50
from tools.regions_2016_2018_rules_rev54 import REV54
from tools.regions_2016_2018_rules_rev57 import REV57
from tools.regions_2016_2018_rules_rev58 import REV58
from tools.regions_2016_2018_rules_rev59 import REV59
from tools.regions_2016_2018_rules_rev61 import REV61
from tools.regions_2016_2018_rules_review import REVIEW
from tools.regions_2016_2018_rules_safira import SAFIRA
from tools.regions_2016_2018_rules_safira2 import SAFIRA2
from tools.regions_2016_2018_rules_salam import SALAM
from tools.regions_2016_2018_rules_shield import SHIELD
from tools.regions_2016_2018_rules_shield2 import SHIELD2
from tools.regions_2016_2018_rules_shield3 import SHIELD3
from tools.regions_2016_2018_rules_shield4 import SHIELD4
from tools.regions_2016_2018_rules_shield5 import SHIELD5
from tools.regions_2016_2018_rules_south_aleppo import SOUTH_ALEPPO

__all__ = ["NAMED", "NAMED_BLOCK", "RULES", "START", "RegionRule", "Where"]

#: Towns stored one by one whose gaps the rules answer (the other regions keep their own sets).
NAMED = NAMED_JAZIRA | NAMED_JAZ4 | NAMED_GAPTOWNS

RULES: tuple[RegionRule, ...] = (
    *HASAKAH, *RAQQA, *MANBIJ, *DEIR, *EAST_ALEPPO, *DEIR_WEST, *BORDER, *EUPHRATES, *HAMA, *SITES,
    *DEIR_SITES, *GHAB, *BAB, *HAMA3, *HAMA3_FRONT, *SOUTH_ALEPPO, *JAZIRA3, *IDLIB20, *HAMA19,
    *IDLIB3, *HAMA4, *AZAZ2, *JAZIRA4, *GHAB2, *BAB2, *REVIEW, *AR2, *AR1, *MANBIJ_SDF, *HAMA5,
    *DEIR2, *SHIELD, *NE2020, *RAQQA_VILLAGES, *EALEPPO, *REV2, *EALEPPO2, *DEIR3, *HAMA6, *SHIELD2,
    *NE3, *RAQQA2, *REV7, *EALEPPO3, *DEIR4, *HAMA7, *RAQQA3, *REV11, *REV10, *REV12, *MANBIJ2,
    *HAMA8, *DEC2019, *DEIR5, *SHIELD3, *RAQQA4, *EALEPPO4, *REV15, *REV16, *SHIELD4, *SAFIRA,
    *HASAK, *SALAM, *HAMA9, *RAQQA5, *MASKAN, *REV19, *NHAMA2, *REV21, *LONG, *EALEPPO6, *REV22,
    *REV23, *REV24, *REV25, *SAFIRA2, *RAQQA6, *HAMADESERT, *ASOUTH, *NE4, *REV26, *SHIELD5,
    *LATAKIA2, *IDLIB4, *REV27, *NHAMA3, *DEIR6, *REV33, *REV34, *REV38, *REV37, *GAP2020,
    *MANBIJ16, *REV43, *REV40, *REV46, *REV50, *REV48, *REV54, *NE20, *RAQQA7, *REV57, *REV59,
    *REV58, *GAPMIL, *GAPAZ, *GAPSITE, *REV61, *GAPIDL, *GAPHAMA, *GAPTOWNS,
)  # fmt: skip
