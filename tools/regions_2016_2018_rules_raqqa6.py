"""Region rules for the Raqqa campaign's stored gaps, a sixth batch (issue #15, h-raqqa6).

Same shape as `tools/regions_2016_2018_rules_raqqa5.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA6`` at the end of ``RULES``, so these answer only the days earlier rules leave. One place a
dated report names: Suwaydiya al-Kabirah on the Euphrates north of the Tabqa dam, fought over on
Saturday 21 and Sunday 22 Jan 2017 (the SDF's claim of the village that Saturday morning, via
Al-Masdar Online; SOHR on the Sunday: the SDF in 'large parts' of it, clashes continuing) and the
SDF's from 23 Jan (continuity inferred to the third phase's rule of 4 Feb).

Corrected by the thirteenth fact-check (h-spot13): h-raqqa6 had read the 'al-Suwaydiya' the SDF
announced on Saturday 7 Jan 2017 (the Syrian Press Center) and defended on Monday 9 Jan (Baladi
News) as al-Kabirah and answered it the SDF's from 7 Jan; the SDF's own agency names that day's
village 'Western Suwediye', 4 km from Eastern Ja'bar (ANF), SOHR has the SDF make no advance towards
the dam 'since its control of the village of Suwaydiya Saghira' and IS counter-attack 'al-Swidiyyeh
Sghireh' (undated copies), and the SDF claimed al-Kabirah only on 21 Jan: 7 - 20 Jan are gaps again
(Syria Direct's summary of 17 Jan, both Suwaydiyas 'recently captured', is named in the note, not
used for days). Sources in ``sources/2016-2019-raqqa6.toml`` and ``sources/2016-2019-spot13.toml``.
The days before 21 Jan stay gaps; so do the villages the reports name that cannot be matched to one
gazetteer point with the days fixed (al-Suwaydiya al-Saghira, "Abu Jadi"). Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

SDF_BLOCK = "g2016_raqqa_sdf"
#: h-raqqa6's reports of 7 and 9 Jan 2017: al-Saghira's (see WHICH_SUWAYDIYA), no longer cited;
#: kept registered in sources/2016-2019-raqqa6.toml.
SPC_7_JAN = "syrian_press_center-2017-01-07-suwaydiya"
BALADI_9_JAN = "baladi_news-2017-01-09-suwaydiya"
MASDAR_22_JAN = "almasdaronline-2017-01-22-suwaydiya-kabira"  # sources/2016-2019-spot13.toml
SOHR_22_JAN = "sohr-2017-01-22-suwaydiya-kabira-large-parts"  # sources/2016-2019-spot13.toml
RUDAW_4_FEB = "rudaw-2017-02-04-raqqa-third-phase"  # sources/2016-2018-euphrates.toml
#: Saturday 21 Jan 2017: the SDF's claim of the village that morning (Al-Masdar Online).
SDF_CLAIM = day("2017-01-21")
#: Sunday 22 Jan 2017: SOHR, the SDF in 'large parts' of the village, clashes continuing.
SOHR_LARGE_PARTS = day("2017-01-22")
#: The day before `rev10_suwaydiya_kabira_feb_2017` (Rudaw, 4 Feb 2017) answers the place.
EVE_OF_PHASE_THREE = day("2017-02-03")


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


# --- Suwaydiya al-Kabirah north of the Tabqa dam (Jan - Feb 2017) ------------------------------
WHICH_SUWAYDIYA = (
    "h-raqqa6 first answered this place the SDF's from 7 Jan 2017, reading as al-Kabirah the "
    "'village of al-Suwaydiya in the western countryside of Raqqa' the SDF 'announced today, "
    "Saturday' (7 Jan) it took the day after the Ja'bar castle (the Syrian Press Center, sources "
    "close to the SDF) and whose IS counter-attack its media said failed on Monday 9 Jan (Baladi "
    "News); the thirteenth fact-check (h-spot13) found that village to be al-Saghira, 5 km west: "
    "the SDF's agency names the village taken that morning 'Western Suwediye', 4 km from Eastern "
    "Ja'bar (ANF), and SOHR (undated copies) has the SDF make no advance towards the dam 'since "
    "its control of the village of Suwaydiya Saghira' and IS counter-attack 'al-Swidiyyeh "
    "Sghireh', 'controlled by the Syria Democratic Forces yesterday'; Syria Direct's summary of 17 "
    "Jan (an "
    "SDF spokesman: 'the twin towns of Little Suwaydiyah and Big Suwaydiyah' 'recently captured') "
    "is not used for days against the SDF's own claim of 21 Jan and SOHR's of 22 Jan: 7 - 20 Jan "
    "stay gaps"
)
FOUGHT_NOTE = (
    "fought over: the SDF 'announced yesterday, Saturday 21 January' that it reached the outskirts "
    "of the Euphrates Dam and took 'the village of Suwaydiya al-Kabira' that morning after "
    "hit-and-run battles on its edges (Al-Masdar Online, 22 Jan, relaying the SDF's accounts: "
    "party claim; Amaq claimed SDF losses to mines in the village; translated); on Sunday 22 Jan "
    "SOHR had the SDF achieve 'a new advancement within the village and control over large parts "
    "of it, while the clashes continue' to take the whole village (the day fixed by an agencies' "
    "report beside the army's taking of Souran, which Reuters dates that Sunday). "
) + WHICH_SUWAYDIYA
HELD_NOTE = (
    "party claim: the SDF's from its claim of 21 Jan 2017 (Al-Masdar Online) and SOHR's 'large "
    "parts' of Sunday 22 Jan; SOHR's later items (undated copies) have the SDF take the whole "
    "village, and Rudaw (4 Feb) names 'the large town of Suweydiya al-Kabirah' among the second "
    "phase's gains; held from 23 Jan to 3 Feb (continuity inferred; the day the last fighting "
    "ended is not dated), then the rule from 4 Feb (h-rev10). "
) + WHICH_SUWAYDIYA

RAQQA6: tuple[RegionRule, ...] = (
    RegionRule("raqqa6_suwaydiya_kabirah_21_jan_2017", SDF_BLOCK, _ids("suwaydiya_al_kabirah"), (
        Span(SDF_CLAIM, SOHR_LARGE_PARTS, "sdf", (MASDAR_22_JAN, SOHR_22_JAN), FOUGHT_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2017-01-23"), EVE_OF_PHASE_THREE, "sdf",
             (MASDAR_22_JAN, SOHR_22_JAN, RUDAW_4_FEB), HELD_NOTE),
    )),
)  # fmt: skip
