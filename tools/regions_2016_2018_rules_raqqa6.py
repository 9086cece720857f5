"""Region rules for the Raqqa campaign's stored gaps, a sixth batch (issue #15, h-raqqa6).

Same shape as `tools/regions_2016_2018_rules_raqqa5.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA6`` at the end of ``RULES``, so these answer only the days earlier rules leave. One place a
dated report names: Suwaydiya al-Kabirah on the Euphrates north of the Tabqa dam, which the SDF
announced it took on Saturday 7 Jan 2017, the day after the Ja'bar castle (the Syrian Press Center,
on sources close to the SDF), and whose IS counter-attack it said it broke on Monday 9 Jan (Baladi
News, relaying the SDF's media): party claims, said so in the note. Sources in
``sources/2016-2019-raqqa6.toml``. The days before stay gaps; so do the villages the same reports
name that cannot be matched to one gazetteer point (al-Suwaydiya al-Saghira, "Abu Jadi"). Build-time
tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

SDF_BLOCK = "g2016_raqqa_sdf"
SPC_7_JAN = "syrian_press_center-2017-01-07-suwaydiya"
BALADI_9_JAN = "baladi_news-2017-01-09-suwaydiya"
SPC_6_JAN = "syrian_press_center-2017-01-06-jabar-castle"  # sources/2016-2019-rev19.toml
#: The day before `rev10_suwaydiya_kabira_feb_2017` (Rudaw, 4 Feb 2017) answers the place.
EVE_OF_PHASE_THREE = day("2017-02-03")


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


# --- Suwaydiya al-Kabirah north of the Tabqa dam (Jan - Feb 2017) ------------------------------
SUWAYDIYA_NOTE = (
    "the SDF 'announced today, Saturday' (7 Jan 2017) that it took 'the village of al-Suwaydiya in "
    "the western countryside of Raqqa' after clashes 'since yesterday, Friday, until this "
    "morning', the day after it took the Ja'bar castle (the Syrian Press Center, citing sources "
    "close to the SDF: party claim; translated); on Monday 9 Jan the SDF's media said IS's "
    "counter-attack on its positions 'in the village of al-Suwaydiya' failed (Baladi News: party "
    "claim). The unqualified 'al-Suwaydiya', next on the SDF's way from the Ja'bar castle to the "
    "dam, is read as the gazetteer's Suwaydiya al-Kabirah, the large town (Rudaw, 4 Feb 2017, "
    "names 'the large town of Suweydiya al-Kabirah' among the second phase's gains); al-"
    "Suwaydiya al-Saghira, 5 km west, is not answered from these reports. Held to 3 Feb "
    "(continuity inferred; SOHR's "
    "undated reports of fighting inside the village before the SDF held all of it are not used "
    "for days), then the rule from 4 Feb (h-rev10); 10 Dec 2016 - 6 Jan 2017 a gap"
)

RAQQA6: tuple[RegionRule, ...] = (
    RegionRule("raqqa6_suwaydiya_kabirah_7_jan_2017", SDF_BLOCK, _ids("suwaydiya_al_kabirah"), (
        Span(day("2017-01-07"), EVE_OF_PHASE_THREE, "sdf", (SPC_7_JAN, BALADI_9_JAN, SPC_6_JAN),
             SUWAYDIYA_NOTE),
    )),
)  # fmt: skip
