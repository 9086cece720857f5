"""Region rules of the review h-rev12 (issue #15): answers flagged as contradicted by dated reports.

1. Gharrah al-Kabirah and Gharrah as-Saghirah, south of Manbij: the ring rule
   (`manbij_east_and_ring` in `tools.regions_2016_2018_rules_aleppo`) drew them the SDF's from the
   city's fall on 12 Aug 2016, but ANF (party media) reports the Manbij Military Council took
   "Îlan, Xira El-Kebîra and Xira El-Sexîra" from IS after the city fell (copy read undated: its
   article number follows ANF's 'Manbij entirely liberated'). The ring rule now skips them; like
   the h-rev5 villages south of the city (`manbij_south_after_push`) they are the SDF's from 21 Aug,
   after the push of 18 - 20 Aug took al-Mashi, 3 km south of them, and Tall Hudhan (Baladi News);
   12 - 20 Aug is a gap.
2. Al-Sa'b (the gazetteer's, 35.88 N, 38.18 E, in the Raqqa desert east of Maskanah): Zaman
   al-Wasl's local source (relayed 5 Jun 2017) names al-Sa'b among the villages the army took
   on Saturday 3 Jun 2017 before IS left Maskanah; the Raqqa-desert fill rule drew it IS's to
   5 Jun (region-level). The fill rule now stops at 2 Jun for it and this rule answers 3 - 5 Jun.

Sources in ``sources/2016-2024-rev12.toml`` and the registry files named. Build-time tooling,
not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["GHARRAH", "REV12"]

MANBIJ_BLOCK = "g2016_manbij_sdf"
DESERT_BLOCK = "fill_raqqa_desert"
GHARRAH = frozenset({"gharrah_as_kabirah", "gharrah_as_saghirah"})

ANF_GHARRAH = "anf-2016-08-three-villages-south-west-of-manbij"
BALADI_20_AUG = "baladi_news-2016-08-20-tall-hudhan"
REUTERS_MAR_2017 = "reuters-2017-03-06-manbij-rural-areas"
ZAMAN_3_JUN = "zaman_al_wasl-2017-06-05-maskanah-villages"
XINHUA_MASKANAH = "xinhua-2017-06-04-maskanah"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


REV12: tuple[RegionRule, ...] = (
    RegionRule("rev12_gharrah_after_the_city", MANBIJ_BLOCK, _ids(*GHARRAH), (
        Span(day("2016-08-21"), day("2017-03-01"), "sdf",
             (ANF_GHARRAH, BALADI_20_AUG, REUTERS_MAR_2017),
             "review h-rev12: not behind the ring on 12 Aug 2016: ANF (party media: the SDF "
             "side's claim) reports the Manbij Military Council took 'Îlan, Xira El-Kebîra and "
             "Xira El-Sexîra' from IS after the city's fall on the 73rd day of its campaign "
             "(copy read undated, Aug 2016; ANF puts them 20 km south-west of Manbij, the "
             "gazetteer's two Gharrahs lie 18 km south-south-east of it); region-level: the "
             "SDF's push south, begun on Thursday 18 Aug, took al-Mashi, 3 km south of them, on "
             "the 19th and Tall Hudhan, 30 km south of Manbij, on the morning of the 20th "
             "(Baladi News, a local source); the Manbij Military Council said in Mar 2017 that "
             "'Manbij and its rural areas' were under its protection (Reuters); no IS return "
             "reported (continuity inferred); 12 - 20 Aug: a gap (the day of capture is not "
             "dated)"),
    )),
    RegionRule("rev12_al_sab_3_jun_2017", DESERT_BLOCK, _ids("al_sab"), (
        Span(day("2017-06-03"), day("2017-06-05"), "government", (ZAMAN_3_JUN, XINHUA_MASKANAH),
             "review h-rev12: Zaman al-Wasl's local source (opposition site, relayed 5 Jun "
             "2017; translated) names al-Sa'b among 'more than ten villages' the regime's forces "
             "and allied militias took 'within a few hours' on Saturday 3 Jun 2017 before IS "
             "left Maskanah at sunset; the army entered Maskanah on Sunday 4 Jun (SOHR via "
             "Xinhua); no loss reported to the relay of 5 Jun (continuity inferred); matched by "
             "name and place (the report's villages lie round Maskanah, al-Sa'b 14 km east-south-"
             "east of it beside the two Raddas it also names); from 6 Jun: the desert campaign's "
             "stored gap"),
    )),
)  # fmt: skip
