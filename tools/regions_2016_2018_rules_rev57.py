"""Region rules of the review h-rev57 (issue #15): leads other reviews reported.

Jubb al Hamir (``jubb_al_hamir``, 4.7 km SSW of al-Arimah, 1.7 km from Tall Turin):
``ea_arima_strip`` (``_aleppo.py``) drew it the army's from 3 Mar 2017 as one of the places within
8 km of Arima that the Manbij Military Council said on 2 Mar it would hand to the army (Reuters).
The council handed its line villages in stages: on Thursday 9 Mar it named five more it had held
until then, among them Abu Hayj, 3.2 km west of this village, and a 'Jubb al-Hamra' (SMART), which
SMART's other item of the day spells 'Jubb al-Humayra' and has the factions attack that day; SOHR
had the factions and the council fight over 'Jablat al-Hamra' and Tall Turin on 1 - 2 Mar (via
al-Hal). Neither spelling is shown to be this place, but the strip's answer for 3 - 8 Mar rests
on no report of this part of the line: the review takes the village out of ``ea_arima_strip``,
leaves 3 - 8 Mar a gap naming both sides (a hand row in ``records/2016-2024.csv``), and answers
9 Mar - 3 Jun as the strip did (region-level, continuity inferred to the Maskanah answer of
4 Jun). Suwaydiya al-Kabirah's change is an edit of ``rev10_suwaydiya_kabira_feb_2017``
(``_rev10.py``). Sources in ``sources/2016-2024-rev57.toml``; ``REV57`` is added at the end of
``RULES``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV57"]

EA_BLOCK = "g2016_east_aleppo_government"
SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"
SMART_9_MAR_CLASHES = "smart-2017-03-09-jubb-al-humayra-clashes"
REUTERS_2_MAR = "reuters-2017-03-02-manbij-villages-handover"
KOMNEWS_3_MAR = "komnews-2017-03-03-arima-handover"

GOVERNMENT_NOTE = (
    "region-level, as Arima: the Manbij Military Council said it would hand the front-line "
    "villages west of Manbij to the government (Reuters, 2 Mar 2017) and on Thursday 9 Mar said "
    "the government's border guards, with Russian forces, entered the last five it held near "
    "Arima, among them Abu Hayj, 3.2 km west of this village (SMART; party claim); Russia's "
    "General Staff said a strip at Arima was left to government forces (KOMNEWS); continuity "
    "inferred to the Maskanah answer of 4 Jun; Turkey's foreign minister called the handover "
    "report false. Review h-rev57: was the government's from 3 Mar (ea_arima_strip); 3 - 8 Mar "
    "are now a gap (the SDF or the government). SMART's 'Jubb al-Hamra' / 'Jubb al-Humayra', "
    "handed over on 9 Mar and attacked by the Euphrates Shield factions that day, is not shown to "
    "be this place"
)

REV57: tuple[RegionRule, ...] = (
    RegionRule("rev57_jubb_al_hamir_mar_jun_2017", EA_BLOCK,
               lambda p, _w: p.id == "jubb_al_hamir", (
        Span(day("2017-03-09"), day("2017-06-03"), "government",
             (SMART_9_MAR, KOMNEWS_3_MAR, REUTERS_2_MAR), GOVERNMENT_NOTE),
    )),
)  # fmt: skip
