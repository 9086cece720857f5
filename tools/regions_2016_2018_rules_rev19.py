"""Region rules of the review h-rev19 (issue #15): answers other helpers flagged as possibly wrong.

1. Kafr Akkar (the lists' "Kafr Kar", on the al-Hass plateau's northern edge): the batch's
   g2016_east_aleppo_government hand rows drew it the army's from Maskanah's fall (4 Jun 2017),
   but SMART (11 Jan 2018) has HTS withdraw from "Kafr Kar (8 km west of the defence factories
   in al-Safira)" on Wednesday 10 Jan 2018 and come back the next day, and the army's capture is
   listed on 13 Jan 2018 (Radio Alkul, Hurriya Press, Tasnim: party claim). The hand rows now
   start on 13 Jan 2018; these rules carry h-safira's answer (opposition shared with HTS,
   region-level, continuity inferred) over 4 Jun 2017 - 9 Jan 2018 and 11 - 12 Jan 2018;
   10 Jan 2018 (HTS out for the day, who held the village not reported) stays a gap.
2. Kuways, Mas'udiyah, Rasm Askar and Shuraymah (al-Safira district, 7 - 12 km east of
   Khanasir, between h-rev16's al-Hawaz and Aqil): drawn the army's from 4 Jun 2017 too, but IS
   left "areas east of Khanaser" only after the army took the Ithriya - Rasafa road late on
   29 Jun 2017 (SOHR via Reuters and AFP); Amaq (via Qasioun) named Kuways with Aqil among the
   villages IS took in April 2016. IS's 4 - 29 Jun 2017, region-level as h-rev16's four
   villages; the hand rows now start on 30 Jun.
3. Umm Miyal (the gazetteer's Umm Miyal in the al-Bab district, 4.8 km south of Taiha): the
   Tadef rule of ``_bab.py`` drew it the army's from 27 Feb 2017 on AFP's region-level sentence;
   Al-Masdar (pro-government) has the Tiger Forces still "storming Um Mayal" on 28 Feb after
   taking Taiha. The rule no longer answers it (``REVIEWED_REV19`` there): 27 Feb a gap, 28 Feb
   IS's contested by the army, 1 - 4 Mar a gap, the army's from SANA's claim of 5 Mar
   ("Umm Miyal", with al-Samiya and Abu Hanaya; matched by name: the only gazetteer Umm Miyal
   within 30 km of the list's villages) to the batch's answer of 4 Jun.

Same shape as ``tools/regions_2016_2018_rules_rev16.py``; ``REV19`` is added at the end of
``RULES``, so these answer only days the earlier rules leave. Sources in
``sources/2016-2019-rev19.toml`` and the files of h-safira, h-south, h-rev7 and h-ealeppo.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_safira import KAFR_KAR, KAFR_KAR_SOURCES

__all__ = ["KHANASIR_POCKET_MORE", "REV19"]

BLOCK = "g2016_east_aleppo_government"

KAFR_KAR_NOTE = (
    "review h-rev19, region-level: the villages of Jabal al-Hass were held by the FSA, Ahrar "
    "al-Sham and the Nusra Front in Mar 2016 (Akhbar al-Aan); on Thursday 2 Nov 2017 the army "
    "attacked 'the areas controlled by Hayat Tahrir al-Sham and the factions' south-west of "
    "Khanasir (SOHR, Arabic); HTS withdrew on Wednesday 10 Jan 2018 from 'the village of Kafr Kar "
    "(8 km west of the defence factories in al-Safira)' and came back the next day (SMART, 11 Jan "
    "2018); Kafr Kar is named among the villages the army took on 13 Jan 2018 (Radio Alkul's list "
    "of 36; Hurriya Press; Tasnim, Iranian state media: party claim); no army entry reported "
    "before (continuity inferred from h-safira's answer to 3 Jun 2017); the factions holding it "
    "are not stored, so opposition shared with HTS. The batch had drawn it the army's from "
    "Maskanah's fall (4 Jun 2017), which no report ties to the plateau; 10 Jan 2018 a gap"
)

#: The gazetteer's Kuways, Mas'udiyah, Rasm Askar and Shuraymah (al-Safira district), 7 - 12 km
#: east of Khanasir, between al-Hawaz (37.545 E) and Aqil (37.631 E) that h-rev16 answered.
KHANASIR_POCKET_MORE = frozenset({"kuways", "masudiyah_al_safira", "rasm_askar",
                                  "shuraymah_al_safira"})  # fmt: skip
POCKET_SOURCES = ("reuters-2017-06-30-is-leaves-aleppo-province",
                  "afp-2017-06-30-is-leaves-aleppo-province",
                  "sohr-2017-06-30-khanasir-pocket-besieged",
                  "qasioun-2016-04-is-18-villages-east-of-khanasir",
                  "al_monitor-2017-06-maskanah")  # fmt: skip
POCKET_NOTE = (
    "review h-rev19, region-level: IS's pocket east of Khanasir outlived Maskanah's fall (4 Jun "
    "2017); SOHR (via Reuters, Friday 30 Jun 2017) has IS withdraw from 'the last territory' it "
    "held in Aleppo province after the army retook the Ithriya - Rasafa road and 'areas east of "
    "Khanaser'; AFP: IS left 17 towns and villages after the army took the road late on Thursday "
    "29 Jun; Amaq (via Qasioun, party claim) named Kuways with Akil (Aqil) among the villages IS "
    "took east of Khanasir in April 2016; this village lies 7 - 12 km east of Khanasir, between "
    "al-Hawaz and Aqil (h-rev16: IS's to 29 Jun); the reports date the pocket, not this village; "
    "held to 29 Jun (continuity inferred from 4 Jun; no army entry reported before). Al-Monitor "
    "(10 Jun 2017) wrote that after Maskanah only uninhabited desert and hills were left to IS in "
    "the province: kept as said. The batch had drawn it the army's from 4 Jun; the army's from "
    "30 Jun in the batch's rows"
)

UMM_MIYAL = "umm_miyal_al_bab"
AL_MASDAR_28_FEB = "al_masdar-2017-02-28-taiha-halisiyah"
SANA_5_MAR = "sana-2017-03-05-north-east-aleppo-villages"
AFP_27_FEB = "afp-2017-02-27-army-presses-is-north"
UMM_MIYAL_STORMED_NOTE = (
    "review h-rev19: Al-Masdar (pro-government site: party-aligned claim) has the Tiger Forces "
    "take Taiha, Halisiyah and Amoudiyah on Tuesday 28 Feb 2017 and be 'currently storming Um "
    "Mayal, which is expected to become ISIS-free within the day'; the gazetteer's Umm Miyal lies "
    "4.8 km south of Taiha: IS's at the day's report, contested by the army. The Tadef rule had "
    "drawn it the army's from 27 Feb on AFP's region-level sentence (some 23 villages near Manbij "
    "IS abandoned that morning, not named); 27 Feb and 1 - 4 Mar are gaps"
)
UMM_MIYAL_SANA_NOTE = (
    "review h-rev19: SANA (Syrian state media: party claim), a military source on Sunday 5 Mar "
    "2017 relayed by al-Azmenah: the army 'retook' al-Samiya, Khirbet Ashini, Abu Subha, Salma, "
    "Tabbarat Kalash, Umm Miyal, Abu Hanaya and Rasm al-Dawali in the north-eastern countryside of "
    "Aleppo; matched by name: this Umm Miyal (36.32 N 37.81 E) lies 13 - 19 km north of the "
    "list's gazetteer villages (36.15 - 36.20 N) and is the only Umm Miyal within 30 km of them "
    "(the Manbij-district one is 33 km south); Al-Masdar had the army storm 'Um Mayal' next to "
    "Taiha on 28 Feb; held to the batch's answer from Maskanah's fall (4 Jun; continuity "
    "inferred: the army reached the Euphrates at al-Khafsa on 7 Mar, Reuters)"
)

REV19: tuple[RegionRule, ...] = (
    RegionRule("rev19_kafr_kar_to_12_jan_2018", BLOCK, lambda p, _w: p.id == KAFR_KAR, (
        Span(day("2017-06-04"), day("2018-01-09"), "opposition", KAFR_KAR_SOURCES, KAFR_KAR_NOTE,
             status="shared", with_parties=("hts",)),
        Span(day("2018-01-11"), day("2018-01-12"), "opposition", KAFR_KAR_SOURCES, KAFR_KAR_NOTE,
             status="shared", with_parties=("hts",)),
    )),
    RegionRule("rev19_khanasir_pocket_to_29_jun_2017", BLOCK,
               lambda p, _w: p.id in KHANASIR_POCKET_MORE, (
        Span(day("2017-06-04"), day("2017-06-29"), "isis", POCKET_SOURCES, POCKET_NOTE),
    )),
    RegionRule("rev19_umm_miyal_stormed_28_feb_2017", BLOCK, lambda p, _w: p.id == UMM_MIYAL, (
        Span(day("2017-02-28"), day("2017-02-28"), "isis", (AL_MASDAR_28_FEB, AFP_27_FEB),
             UMM_MIYAL_STORMED_NOTE, status="contested", with_parties=("government",)),
        Span(day("2017-03-05"), day("2017-06-03"), "government", (SANA_5_MAR, AL_MASDAR_28_FEB,
             "reuters-2017-03-07-khafsa"), UMM_MIYAL_SANA_NOTE),
    )),
)  # fmt: skip
