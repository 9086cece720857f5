"""Region rules of h-safira2 (issue #15): the al-Hass plateau villages south of al-Safira that no
dated list names, Aug 2016 - Jan 2018, from Arabic reports on the plateau as a whole.

Same shape as `tools/regions_2016_2018_rules_safira.py`; `tools/regions_2016_2018_rules.py` adds
``SAFIRA2`` at the end of ``RULES``, so these answer only the days earlier rules leave (here the
batch's g2016_east_aleppo_government gap of 1 Aug 2016 - 14 Jan 2018 of 18 plateau villages).

1. 17 villages (al-Hajib, Kafr Hawt, Bishah, Qanatrat ...) lie inside the area the dated
   reports give to the rebels and HTS: Akhbar al-Aan (16 Mar 2016: 'the towns and villages of
   Jabal al-Hass' held by the FSA, Ahrar al-Sham and the Nusra Front), SOHR (2 Nov 2017: 'the
   areas controlled by HTS and the factions' south-west of Khanasir), Shaam News (14 Jan 2018:
   more than 150 villages of the south-eastern Aleppo countryside taken by the army had been
   'under the control of Hayat Tahrir al-Sham'). Every one lies within the ring of plateau
   villages that the lists of 13 Jan 2018 name (Kafr Kar and Banan to the west, Abu Abdah in the
   middle, Huwayr al-Hass and Rasm Amish by the Khanasir road: h-ar1, h-safira): region-level,
   continuity inferred, answered to 9 Jan 2018. From 10 Jan (HTS's withdrawal from Kafr Kar,
   SMART) to 14 Jan (SANA's claim of the whole area north-east of the Khanasir - Tall
   al-Daman road, whose answer the batch draws from 15 Jan) the day each fell is not reported:
   gaps.

Sources in ``sources/2016-2019-safira2.toml`` (and h-ar1's and h-safira's files). Build-time
tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["HASS_ROAD_EDGE", "HASS_UNNAMED", "HASS_UNNAMED_END", "SAFIRA2"]

BLOCK = "g2016_east_aleppo_government"
#: The day before the HTS withdrawal from Kafr Kar that SMART reports (Wednesday 10 Jan 2018).
HASS_UNNAMED_END = day("2018-01-09")
#: 17 of the batch's 18 plateau villages stored as gaps 1 Aug 2016 - 14 Jan 2018 (none named in
#: a dated list; Bluzah is perhaps Radio Alkul's "Baluziya", not matched). Those on the eastern
#: edge by the army-held Khanasir road (Abu Mousa, Bishah, Marba'at Bishah, Jubb al-A'maq) were
#: re-examined at integration and kept: SMART (2 Dec 2017) has jets strike Marba'at Bishah among
#: the plateau's villages as HTS and the factions retook Khirbat Huwaysh, and SOHR (2 Nov 2017)
#: has HTS and the factions hold villages south of Abu Mousa (the eleventh fact-check).
HASS_UNNAMED = frozenset({
    "abu_mousa", "al_hajib", "al_manatir", "al_omeiriyah", "aqrabah_al_safira", "bishah",
    "bluzah", "burj_izawi", "jaarah", "jubb_al_amaq", "kafr_hawt", "madrasah",
    "maghariyat_al_shibli", "marbaat_bishah", "qanatrat", "samiriyah", "sarj_fara",
})  # fmt: skip
#: Tat lies outside the ring of named rebel-held villages, 2.5 km from al-Hubaishiyah and 2.6 km
#: from Burj al-Rumman: "among the plateau villages" does not hold, so it stays a gap
#: (integration review, 5 Dec 2026).
HASS_ROAD_EDGE = frozenset({"tat"})
HASS_SOURCES = ("akhbar_alaan-2016-03-16-jabal-al-hass", "sohr-2017-11-02-khanasir-south-west-ar",
                "shaam_news-2018-01-14-jabal-al-hass-150-villages",
                "smart-2018-01-11-hts-returns-to-jabal-al-hass",
                "smart-2018-01-13-tal-al-daman")  # fmt: skip
HASS_NOTE = (
    "region-level: the villages of Jabal al-Hass were held by the FSA, Ahrar al-Sham and the "
    "Nusra Front, who repelled the army's attempt on them from al-Jumrukiya south of al-Safira on"
    " 16 Mar 2016 (Akhbar al-Aan); on Thursday 2 Nov 2017 the army attacked 'the areas controlled"
    " by Hayat Tahrir al-Sham and the factions' south-west of Khanasir (SOHR, Arabic); Shaam News"
    " (opposition network, 14 Jan 2018: party claim) has the army take more than 150 villages of "
    "the south-eastern Aleppo countryside 'without any resistance' that had been 'under the "
    "control of Hayat Tahrir al-Sham', which had withdrawn 'more than a week' before while local "
    "men still fought (translated); this village is named in no dated list but lies among the "
    "plateau villages the lists of 13 Jan 2018 name (Kafr Kar, Banan, Abu Abdah, Huwayr al-Hass, "
    "Rasm Amish); no army entry reported before (continuity inferred); HTS left Kafr Kar on "
    "Wednesday 10 Jan 2018 and came back the next day (SMART, 11 Jan), the army took 36 villages "
    "on 12 - 13 Jan (SMART, 13 Jan): 10 - 14 Jan stay gaps; the factions per village are not "
    "stored, so opposition shared with HTS"
)

SAFIRA2: tuple[RegionRule, ...] = (
    RegionRule("safira2_hass_plateau_unnamed_villages", BLOCK,
               lambda p, _w: p.id in HASS_UNNAMED, (
        Span(START, HASS_UNNAMED_END, "opposition", HASS_SOURCES, HASS_NOTE,
             status="shared", with_parties=("hts",)),
    )),
)  # fmt: skip
