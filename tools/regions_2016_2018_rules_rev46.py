"""Region rules of review h-rev46 (issue #15): leads the earlier Manbij passes reported but did
not change (Aug 2016).

Same shape as `tools/regions_2016_2018_rules_manbij16.py`; `tools/regions_2016_2018_rules.py`
adds ``REV46`` at the end of ``RULES``, so these answer only days still stored as gaps:

1. The ring rule's places 20 - 31 km south-east of Manbij (``MANBIJ_SOUTH_EAST_REV46`` in
   `tools.regions_2016_2018_rules_aleppo`, which the ring rule `manbij_east_and_ring` now skips):
   no dated allowed report names them between the city's fall (12 Aug 2016) and the southern push
   that reached Tall Hudhan, 30 km south of the city, on 20 Aug (Baladi News). Qasioun's copy
   (article 6733, no date shown) has Khalid, Shash and Jubb al-Sheikh Ubaid taken in the June
   push; Sputnik (refused, not cited) has Jubb al-Sheikh Ubaid taken only after the city fell.
   12 - 20 Aug: a gap naming both; from 21 Aug the SDF's, region-level, as h-rev5's
   `manbij_south_after_push` (continuity inferred to the Manbij council's Mar 2017 statement).
2. Tukhar Kabir, Tukhar Shagir and Qirata (the ``[g2016_sdf_edges]`` block): Akhbar Al Aan (18 Aug
   2016, on agencies and local sources) has the SDF take 'Tukhar Kabir, Tukhar Saghir, Umm Rutha
   and Qirata' on Wednesday (17 Aug) after light clashes with IS. The SDF's 17 - 23 Aug
   (continuity inferred to the eve of Euphrates Shield); 24 - 29 Aug stay gaps (the factions and
   the Turkish army pushed south from Jarablus to the Sajur; the SDF's Jarablus council withdrew
   south of the river on 29 Aug, AP; which side held these villages on which day is not
   reported); 1 - 16 Aug stay gaps (who held them before the Wednesday is not reported). Tukhar
   Kabir's and Qirata's later gaps (h-rev39, h-rev28) are not touched. Umm Rutha is not in the
   gazetteer.

Sources in ``sources/2016-2019-rev46.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_aleppo import MANBIJ_SOUTH_EAST_REV46

__all__ = ["REV46"]

MANBIJ_BLOCK = "g2016_manbij_sdf"
EDGES_BLOCK = "g2016_sdf_edges"

AKHBAR_18_AUG = "akhbar_alaan-2016-08-18-sdf-four-jarablus-villages"
BALADI_20_AUG = "baladi_news-2016-08-20-tall-hudhan"
ENAB_19_AUG = "enab_baladi-2016-08-19-manbij-council-handover"
REUTERS_MAR_2017 = "reuters-2017-03-06-manbij-rural-areas"
ISW_18_AUG = "isw-2016-08-18-manbij"

SOUTH_EAST_NOTE = (
    "region-level (review h-rev46): the SDF took the city on 12 Aug 2016 (ISW); its push into "
    "the southern Manbij countryside, begun on Thursday 18 Aug, took al-Mashi and al-Atshana on "
    "the 19th and 'the town of Tall Hudhan, 30 km south of Manbij' on the morning of the 20th "
    "(Baladi News, a local source); this place lies 20 - 31 km south-east of the city, between "
    "it, Tall Hudhan and the SDF-held Tishrin dam, and no dated report names it; the Manbij "
    "Military Council said in Mar 2017 that 'Manbij and its rural areas' were under its "
    "protection (Reuters); no IS return reported (continuity inferred); 12 - 20 Aug: a gap (the "
    "ring rule's 12 Aug rested on no report of this place: Qasioun's copy without a date has "
    "Khalid, Shash and Jubb al-Sheikh Ubaid taken in the June push, Sputnik, a refused outlet, "
    "has Jubb al-Sheikh Ubaid taken only after the city fell)"
)
TUKHAR_NOTE = (
    "the SDF's: Akhbar Al Aan, 18 Aug 2016 (on agencies): 'local sources said these forces took "
    "control on Wednesday of the villages of Tukhar Kabir, Tukhar Saghir, Umm Rutha and Qirata, "
    "north of the Sajur river, after light clashes with Daesh elements in the southern Jarablus "
    "countryside' (translated; Wednesday = 17 Aug); no change reported to 23 Aug (continuity "
    "inferred); 24 - 29 Aug: a gap (Euphrates Shield from 24 Aug: the factions and the Turkish "
    "army pushed from Jarablus to the Sajur, the SDF's Jarablus council withdrew 'to areas south "
    "of the Sajour River' on 29 Aug, AP; no report of these villages on those days); 1 - 16 Aug: "
    "a gap (who held it before the Wednesday is not reported)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


REV46: tuple[RegionRule, ...] = (
    RegionRule("rev46_manbij_south_east_after_push", MANBIJ_BLOCK,
               lambda p, _w: p.id in MANBIJ_SOUTH_EAST_REV46, (
        Span(day("2016-08-21"), day("2017-03-01"), "sdf",
             (BALADI_20_AUG, ENAB_19_AUG, ISW_18_AUG, REUTERS_MAR_2017), SOUTH_EAST_NOTE),
    )),
    RegionRule("rev46_tukhar_qirata_17_aug_2016", EDGES_BLOCK,
               _ids("tukhar_kabir", "tukhar_shagir", "qirata"), (
        Span(day("2016-08-17"), day("2016-08-23"), "sdf", (AKHBAR_18_AUG,), TUKHAR_NOTE),
    )),
)  # fmt: skip
