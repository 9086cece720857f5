"""Region rules of h-safira (issue #15): the al-Safira plain and the al-Hass plateau south-east of
Aleppo, Aug 2016 - Jun 2017, from Arabic reports.

Same shape as `tools/regions_2016_2018_rules_ar1.py`; `tools/regions_2016_2018_rules.py` adds
``SAFIRA`` at the end of ``RULES``, so these answer only the days earlier rules leave (here the
batch's g2016_east_aleppo_government gap of 1 Aug 2016 - 3 Jun 2017).

1. Kafr Akkar, on the plateau's northern edge 9 km south-west of al-Safira: the three lists of
   the army's capture of 13 Jan 2018 name "Kafr Kar" (Radio Alkul, Hurriya Press, Tasnim) and
   SMART (11 Jan 2018) places HTS in "Kafr Kar (8 km west of the defence factories in al-Safira)"
   until its withdrawal of 10 Jan; the plateau was the rebels' in Mar 2016 (Akhbar al-Aan) and
   HTS's and the factions' in Nov 2017 (SOHR). Region-level, continuity inferred, as h-ar1's
   plateau villages. The batch's ``government`` rows from 4 Jun 2017 disagree (kept; see
   PERIOD-2016-2024.md).
2. Aqil, Kuways and al-Qulay'ah, 7 - 12 km east of Khanasir: IS took them with "the whole area
   east of Khanasir" in mid-April 2016 (Amaq via Qasioun, party claim; Al-Hal's local source)
   and left "areas east of Khanaser", its last in the province, only on 29 - 30 Jun 2017 (SOHR
   via Reuters and AFP): IS's between, continuity inferred (no army advance east of the town
   reported before June 2017). The south_aleppo pocket rule skips places within 15 km of
   Khanasir; h-rev16 answered Aqil and al-Qulay'ah from 4 Jun only.

3. Tal al-Arba'in (Mount Simeon, south-east of al-Hader): the army's hill from 12 Nov 2015 (Radio
   Alkul) to its push "from its positions around Jabal al-Arbain" of 13 Jan 2018 (the army's war
   media via Step News, party claim), continuity inferred, to the fill's answer of 9 Feb 2018; and
   Buridah, matched to "Burda" near the hill, the army's from 13 Jan 2018 (the same list).

Sources in ``sources/2016-2019-safira.toml`` (and h-ar1's, h-rev2's and h-south's files). Build-time
tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["BURDA", "EAST_OF_KHANASIR_APR_2016", "KAFR_KAR", "SAFIRA", "TAL_AL_ARBAIN"]

BLOCK = "g2016_east_aleppo_government"
#: The batch's answer (government, from Maskanah's fall) starts on 4 Jun 2017.
BATCH_END = day("2017-06-03")

#: The gazetteer's Kafr Akkar (Al-Safira, 35.994 N 37.303 E): the lists' "Kafr Kar".
KAFR_KAR = "kafr_akkar"
KAFR_KAR_SOURCES = ("akhbar_alaan-2016-03-16-jabal-al-hass",
                    "sohr-2017-11-02-khanasir-south-west-ar",
                    "smart-2018-01-11-hts-returns-to-jabal-al-hass",
                    "radio_alkul-2018-01-36-villages-south-aleppo",
                    "hurriya_press-2018-01-13-tal-al-daman",
                    "tasnim-2018-01-13-25-villages-south-aleppo")  # fmt: skip
KAFR_KAR_NOTE = (
    "region-level: the villages of Jabal al-Hass were held by the FSA, Ahrar al-Sham and the "
    "Nusra Front, who repelled the army's attempts on them from al-Jumrukiya south of al-Safira "
    "on 16 Mar 2016 (Akhbar al-Aan); on Thursday 2 Nov 2017 the army attacked 'the areas "
    "controlled by Hayat Tahrir al-Sham and the factions' south-west of Khanasir (SOHR, Arabic); "
    "HTS withdrew on Wednesday 10 Jan 2018 from 'the village of Kafr Kar (8 km west of the "
    "defence factories in al-Safira)' in the Banan subdistrict and came back the next day (SMART, "
    "11 Jan 2018); Kafr Kar is named among the villages the army took on 13 Jan 2018 (Radio "
    "Alkul's list of 36; Hurriya Press; Tasnim, Iranian state media: party claim); no army entry "
    "reported before (continuity inferred); the factions holding it are not stored, so opposition "
    "shared with HTS. The batch draws it the army's from 4 Jun 2017 (Maskanah's fall): a "
    "disagreement kept, not rewritten"
)

#: Named by Amaq (via Qasioun) among the villages IS took east of Khanasir in April 2016.
EAST_OF_KHANASIR_APR_2016 = frozenset({"aqil", "kuways", "al_qulayah_al_safira"})
EAST_SOURCES = ("qasioun-2016-04-is-18-villages-east-of-khanasir",
                "al_hal-2016-04-17-is-east-of-khanasir",
                "reuters-2017-06-30-is-leaves-aleppo-province",
                "afp-2017-06-30-is-leaves-aleppo-province",
                "sohr-2017-06-30-khanasir-pocket-besieged")  # fmt: skip
EAST_NOTE = (
    "region-level: IS took Akil (Aqil), Kuways and 'the al-Qulay'ah area and its hills' east of "
    "Khanasir from the regime forces in the offensive it began on a Thursday in mid-April 2016 "
    "(Amaq via Qasioun, party claim: 18 villages; the copy is undated, the operation is the one "
    "Al-Hal dates to 14 - 17 Apr 2016, when a member of the al-Safira News Center said IS held "
    "'the whole area east of the town of Khanasir'); IS withdrew from 'areas east of Khanaser', "
    "its last territory in Aleppo province, only after the army took the Ithriya - Rasafa road "
    "late on 29 Jun 2017 (SOHR via Reuters and AFP); no army advance east of the town reported "
    "between (continuity inferred); the batch's answer from 4 Jun 2017 follows"
)

#: Mount Simeon rows (fill_aleppo_south): the fill's answer (government, the pocket south of
#: Aleppo cleared) starts on 9 Feb 2018.
SIMEON_END = day("2018-02-08")
#: The gazetteer's Tal al-Arba'in (35.947 N 37.154 E) and Buridah, 2.9 km to its south-east: Radio
#: Alkul's "Tallat al-Arbain near the village of Burda" (12 Nov 2015).
TAL_AL_ARBAIN, BURDA = "tal_al_arbain", "buridah"
ARBAIN_SOURCES = ("radio_alkul-2015-11-12-al-hader-tal-al-arbain", "reuters-2015-11-12-al-hader",
                  "step-2018-01-13-tal-al-daman",
                  "radio_alkul-2018-01-36-villages-south-aleppo")  # fmt: skip
ARBAIN_NOTE = (
    "region-level: the army took al-Hader and 'Tallat al-Arbain near the village of Burda', a "
    "height overlooking most of the southern Aleppo countryside, on Thursday 12 Nov 2015 (Radio "
    "Alkul's correspondent; Reuters: al-Hader taken that day, state TV and SOHR); on 13 Jan 2018 "
    "the army's war media said its forces attacked 'from their positions around Jabal al-Arbain' "
    "towards Tall al-Daman (via Step News: party claim) and Radio Alkul's correspondent had the "
    "army open the Khanasir - Jabal al-Arbain road that evening; no rebel return to the hill "
    "reported between (continuity inferred); the fill's answer from the pocket's clearing follows"
)
BURDA_SOURCES = ("step-2018-01-13-tal-al-daman", "radio_alkul-2015-11-12-al-hader-tal-al-arbain",
                 "smart-2018-01-13-tal-al-daman")  # fmt: skip
BURDA_NOTE = (
    "the army's war media named Burda first among the villages its forces took on Saturday 13 "
    "Jan 2018 in their push from around Jabal al-Arbain to Tall al-Daman (via Step News: party "
    "claim; SMART and Step date the fall of some 36 villages of Jabal al-Hass to that day as HTS "
    "withdrew); the gazetteer's Buridah is matched to Burda by name and place (Radio Alkul, 12 Nov "
    "2015: Tallat al-Arbain 'near the village of Burda'; the point lies 2.9 km from it); no rebel "
    "return reported before the pocket's clearing (continuity inferred); who held it before 13 Jan "
    "is not stored"
)

SAFIRA: tuple[RegionRule, ...] = (
    RegionRule("safira_kafr_kar_plateau_edge", BLOCK, lambda p, _w: p.id == KAFR_KAR, (
        Span(START, BATCH_END, "opposition", KAFR_KAR_SOURCES, KAFR_KAR_NOTE,
             status="shared", with_parties=("hts",)),
    )),
    RegionRule("safira_east_of_khanasir_from_apr_2016", BLOCK,
               lambda p, _w: p.id in EAST_OF_KHANASIR_APR_2016, (
        Span(START, BATCH_END, "isis", EAST_SOURCES, EAST_NOTE),
    )),
    RegionRule("safira_tal_al_arbain_army_hill", "fill_aleppo_south",
               lambda p, _w: p.id == TAL_AL_ARBAIN, (
        Span(START, SIMEON_END, "government", ARBAIN_SOURCES, ARBAIN_NOTE),
    )),
    RegionRule("safira_burda_13_jan_2018", "fill_aleppo_south", lambda p, _w: p.id == BURDA, (
        Span(day("2018-01-13"), SIMEON_END, "government", BURDA_SOURCES, BURDA_NOTE),
    )),
)  # fmt: skip
