"""Region rules for the north Hama front: Mhardeh's power plant, Shaizar, al-Zakah (h-nhama2).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``NHAMA2`` at the end of ``RULES``, so these answer only the days earlier rules leave in the
``[fill_north_hama]`` block (issue #15). The Mhardeh thermal power plant, on the government's side
of the front north-east of the town, is placed by state media via Syria News (31 Aug 2016, party
claim), Al-Masdar (29 Dec 2016, pro-government) and SMART (Nov 2017, opposition agency) up to the
eve of the factions' offensive of 21 Mar 2017, whose days stay gaps; Shaizar by Jaysh al-Izza's
announced targets of 5 Oct 2016 (Al-Araby al-Jadeed) and SOHR's list of the places the army
regained by 31 Mar 2017. Al-Zakah, in the rebels' Latamneh pocket, is placed by Al-Hal (15 Feb
2018: 'subject to the control of the opposition') and by Arabi21's opposition sources of 7 Aug
2019 ('controlled by the opposition for seven years'), to the eve of the ghab2 rule's 7 Sep 2018.
Sources in ``sources/2016-2019-nhama2.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import NORTH_HAMA

POWER_PLANT, ZAKAH, SHAIZAR = "mahardeh_power_plant", "az_zakah", "shaizar"
SYRIA_NEWS_31_AUG_2016 = "syria_news-2016-08-31-mhardeh-plant-shelled"
AL_MASDAR_29_DEC_2016 = "al_masdar-2016-12-29-mhardeh-plant"
SMART_15_NOV_2017 = "smart-2017-11-15-mhardeh-plant-out-of-service"
AL_HAL_15_FEB_2018 = "al_hal-2018-02-15-mhardeh-plant-shelled"
ARABI21_7_AUG_2019 = "arabi21-2019-08-07-zakah-seven-years"
ALARABY_5_OCT_2016 = "alaraby-2016-10-05-izza-fourth-phase"
SOHR_31_MAR_2017 = "sohr-2017-03-31-16-villages-regained"  # sources/2016-2019-hama5.toml
#: The eve of the factions' offensive north of Hama of 21 Mar 2017 (rules_hama9).
EVE_OF_MARCH_2017 = day("2017-03-20")
#: The eve of the ghab2 rule's rebel-triangle span (STJ, 7 Sep 2018).
EVE_OF_7_SEP_2018 = day("2018-09-06")

PLANT_SOURCES = (SYRIA_NEWS_31_AUG_2016, AL_MASDAR_29_DEC_2016, SMART_15_NOV_2017)
PLANT_NOTE = (
    "the Mhardeh power plant shelled on Wednesday 31 Aug 2016 by 'Jaysh al-Fath', a 230 kV line "
    "destroyed and a generating set put out of service, per a source of the Hama electricity "
    "company (SANA via Syria News: party claim); 'this site that is under the Syrian Arab Army's "
    "control' shelled from Halfaya on 28 Dec 2016 (Al-Masdar, pro-government); 'the thermal "
    "station in the city of Mhardeh ... subject to the control of the Syrian regime' knocked out "
    "by FSA artillery on 14/15 Nov 2017, Jaysh al-Izza having shelled 'regime positions inside "
    "the thermal station' in Sep 2017 (SMART, opposition agency, translated): the government's "
    "between the reports (continuity inferred); the days of the factions' offensive from 21 Mar "
    "2017, which reached Shaizar near the plant (SOHR), are left open"
)

ZAKAH_SOURCES = (AL_HAL_15_FEB_2018, ARABI21_7_AUG_2019)
ZAKAH_NOTE = (
    "regime forces in Halfaya shelled 'the town [al-Latamneh] and the vicinity of the village of "
    "al-Zakah nearby (both subject to the control of the opposition in the northern Hama "
    "countryside)' on 14/15 Feb 2018 (Al-Hal, translated); when the army took al-Zakah on "
    "Wednesday 7 Aug 2019, opposition sources called it the village 'which the opposition had "
    "controlled for seven years' (Arabi21, day read from the text; party-side, translated): "
    "held by the factions from before Aug 2016 to the STJ report of 7 Sep 2018 (continuity "
    "inferred; the factions in the village not named, so no HTS share is drawn before Sep 2018)"
)

SHAIZAR_SOURCES = (ALARABY_5_OCT_2016, SOHR_31_MAR_2017)
SHAIZAR_NOTE = (
    "Jaysh al-Izza announced on Wednesday 5 Oct 2016 the fourth phase of its battle 'to take new "
    "regime positions including the villages of Shalyut, Shaizar, Tall Meleh and al-Jabin', to "
    "cut the regime's road from Hama to the Ghab through al-Suqaylabiyah (Al-Araby al-Jadeed, "
    "local sources; translated); none of them reported taken that autumn; Shaizar was among the "
    "places the army had 'regained' from the factions' offensive of 21 Mar 2017 by 31 Mar (SOHR), "
    "so lost only in that offensive: the government's between the reports (continuity inferred; "
    "the day the factions entered it in March 2017 is not dated and 21 - 27 Mar stay gaps)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


NHAMA2: tuple[RegionRule, ...] = (
    RegionRule("nhama2_mhardeh_power_plant_2016", NORTH_HAMA, _ids(POWER_PLANT), (
        Span(day("2016-08-31"), EVE_OF_MARCH_2017, "government", PLANT_SOURCES, PLANT_NOTE),
    )),
    RegionRule("nhama2_zakah_before_sep_2018", NORTH_HAMA, _ids(ZAKAH), (
        Span(day("2016-08-01"), EVE_OF_7_SEP_2018, "opposition", ZAKAH_SOURCES, ZAKAH_NOTE),
    )),
    RegionRule("nhama2_shaizar_before_march_2017", NORTH_HAMA, _ids(SHAIZAR), (
        Span(day("2016-10-05"), EVE_OF_MARCH_2017, "government", SHAIZAR_SOURCES, SHAIZAR_NOTE),
    )),
)  # fmt: skip
