"""Region rules for the government's bases inside the SDF area (issue #15, h-gapmil).

Same shape as `tools/regions_2016_2018_rules_idlib4.py`; `tools/regions_2016_2018_rules.py`
adds ``GAPMIL`` at the end of ``RULES``, so these answer only the days the earlier rules leave
in the ``[fill_sdf_military]`` block:

- the army's base on Jabal Kawkab, 10 km east of al-Hasakah (the gazetteer's '546th Artillery
  Brigade', alt. name Kawkab; the reports call it 'Regiment 123', 'the Kawkab regiment'):
  ``government`` 1 Aug 2016 - 22 Oct 2019 and 19 Dec 2019 - 5 Mar 2020, on dated reports that
  name it (ARA News, Oct 2015: 'the largest military camp held by pro-Assad forces in Hasakah
  province'; the Fraternity Foundation, 18 Aug 2016: the regime's artillery 'stationed at Mount
  Kawkab' firing in the Hasakah battle; Al-Modon via Jesr Press, 13 Aug 2019: among the
  regime's 'remaining military units'; Anadolu, 6 Jan 2021, and the Emirates Policy Center, 15
  Feb 2021: still the regime's during the Asayish siege), continuity inferred between them;
- the army's Regiment 154 at Tartab south of al-Qamishli (the gazetteer's '154th Special Forces
  Regiment'): ``government`` 1 Aug 2016 - 13 Aug 2019, between Yekiti Media's report of the
  regiment at Tartab (April 2015, Kurdish party media: party claim) and Al-Modon's of 13 Aug 2019
  (continuity inferred); from 14 Aug 2019 a gap (no later dated report naming it was found).

Sources in ``sources/2016-2019-gapmil.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["GAPMIL"]

BLOCK = "fill_sdf_military"
#: The eve of the autumn-2019 snapshot (23 Oct 2019), from which the snapshot rows answer.
EVE_OF_AUTUMN_2019 = day("2019-10-22")
#: The day after the autumn-2019 snapshot's rows end (18 Dec 2019).
AFTER_AUTUMN_2019 = day("2019-12-19")
#: The eve of the spring-2020 snapshot (6 Mar 2020).
EVE_OF_SPRING_2020 = day("2020-03-05")
#: Tuesday 13 Aug 2019: Al-Modon (via Jesr Press) on the deputy minister's visit of 12 Aug.
AL_MODON_DAY = day("2019-08-13")

KAWKAB_2015 = "aranews-2015-10-kawkab-largest-camp"
FRATERNITY = "fraternity-2016-08-18-hasakah-kawkab-artillery"
AL_MODON = "almodon-2019-08-13-deputy-minister-hasakah"
YEKITI_TARTAB = "yekiti-2015-04-tartab-regiment-154"
ANADOLU_2021 = "anadolu-2021-01-06-qamishli-security-square-siege"
EPC_2021 = "epc-2021-02-15-hasakah-dispute"
MERCY_CORPS = "mercycorps-2021-02-02-security-squares"

KAWKAB_NOTE = (
    "the army's base on Jabal Kawkab, 10 km east of al-Hasakah (the gazetteer's '546th Artillery "
    "Brigade', alt. name Kawkab; the reports call it 'Regiment 123' or 'the Kawkab regiment'): "
    "'the largest military camp held by pro-Assad forces in Hasakah province' in October 2015, "
    "repelling IS (ARA News); in the August 2016 Hasakah battle the regime's 'artillery "
    "stationed at Mount Kawkab' supported the National Defence militia (Fraternity Foundation, "
    "18 Aug 2016): the battle, which gave the Kurdish forces districts of the city, did not "
    "change the base's holder; on 12 Aug 2019 the regime's deputy defence minister visited "
    "'Regiment 123', stationed on Jabal Kawkab, among the regime's 'remaining military units' in "
    "the province (Al-Modon via Jesr Press, 13 Aug 2019; translated); {after}"
)
KAWKAB_AFTER_2019 = (
    "during the Asayish siege of January 2021 'the Kawkab Mountains' 'remained under regime "
    "control' (Anadolu, 6 Jan 2021: Turkish state media) and the regime forces 'also control "
    "Mount Kawkab' (Emirates Policy Center, 15 Feb 2021); no handover of the base reported "
    "between these reports (continuity inferred; not sourced per day; who held the ground round "
    "it is the SDF's, as the snapshots draw it)"
)

TARTAB_NOTE = (
    "the army's Regiment 154 at Tartab, south of al-Qamishli (the gazetteer's '154th Special "
    "Forces Regiment'): Yekiti Media (Kurdish party media: party claim; April 2015) reported "
    "Iranian officers training the men of 'Regiment 154' 'in the village of Tartab, 4 km south "
    "of Qamishlo', a regiment 'formed recently by the regime'; the zones of control in "
    "al-Qamishli date from April 2016 and were unchanged in January 2021 (Mercy Corps); on 12 Aug "
    "2019 the regime's deputy defence minister visited 'Regiment 154 Special Forces', known as "
    "'the Tartab regiment', among the regime's 'remaining military units' in the province "
    "(Al-Modon via Jesr Press, 13 Aug 2019; translated); no handover reported between (continuity "
    "inferred; not sourced per day); from 14 Aug 2019 a gap: no later dated report naming the "
    "regiment was found"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


GAPMIL: tuple[RegionRule, ...] = (
    RegionRule("gapmil_kawkab_base", BLOCK, _ids("546th_artillery_brigade"), (
        Span(START, EVE_OF_AUTUMN_2019, "government",
             (KAWKAB_2015, FRATERNITY, AL_MODON, ANADOLU_2021),
             KAWKAB_NOTE.format(after=KAWKAB_AFTER_2019)),
        Span(AFTER_AUTUMN_2019, EVE_OF_SPRING_2020, "government",
             (AL_MODON, ANADOLU_2021, EPC_2021),
             KAWKAB_NOTE.format(after=KAWKAB_AFTER_2019)
             + "; the snapshots of 23 Oct 2019 and 6 Mar 2020 draw the base inside the SDF's zone "
             "(their drawing, not a report of a handover)"),
    )),
    RegionRule("gapmil_tartab_regiment_154", BLOCK, _ids("154th_special_forces_regiment"), (
        Span(START, AL_MODON_DAY, "government", (YEKITI_TARTAB, MERCY_CORPS, AL_MODON),
             TARTAB_NOTE),
    )),
)  # fmt: skip
