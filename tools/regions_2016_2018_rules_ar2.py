"""Region rules from Arabic-language reports: Hasraya, Abu Raidh, Talaf, Jidrin (issue #15, h-ar2).

Same shape as `tools/regions_2016_2018_rules_ghab2.py`; `tools/regions_2016_2018_rules.py` adds
``AR2`` at the end of ``RULES``, so these answer only the days earlier rules leave. The two
Mhardeh villages north of al-Zakah were the front of the regime's push of 1 Aug 2019, reported in
Arabic by SMART and Syria TV (opposition outlets: party-side for the factions) and by SANA via
Enab Baladi (party claim). Sources in ``sources/2016-2019-ar2.toml``. Earlier days stay gaps: no
dated report found puts either village on a side before 1 Aug 2019. Talaf, in the rebels' northern
Homs / southern Hama pocket, is placed by Enab Baladi (2015), SMART and Radio Rozana (2017) up to
the pocket's evacuation of May 2018, and Jidrin, a loyalist village on its edge, by Al-Hal (Jul
2016). Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_ghab import NORTH_HAMA_UNDATED
from tools.regions_2016_2018_rules_hama import HAMA_REGION, HAMA_REGION_END

HASRAYA, ABU_RAIDH = "hasariyah", "abu_raidh"
SMART_1_AUG = "smart-2019-08-01-hasraya-withdrawal"
SYRIA_TV_2_AUG = "syria_tv-2019-08-02-hasraya-car-bomb"
SANA_7_AUG = "enab_baladi-2019-08-07-zakah-arbaeen"
#: The day before the army's 'entire northern Hama countryside' of 23 Aug 2019 (rules_hama19).
EVE_OF_23_AUG = day("2019-08-22")

TAKEN_1_AUG_NOTE = (
    "on Thursday 1 Aug 2019 regime forces with the Liwa al-Quds militia took 'the villages of "
    "Hasraya and Abu Raidh' after violent clashes with the factions of the 'al-Fath al-Mubin' "
    "room (HTS with the National Front for Liberation), then withdrew from Hasraya hours later "
    "after an HTS car bomb (SMART, citing an NLF source: party-side); {}"
)
ABU_RAIDH_NOTE = TAKEN_1_AUG_NOTE.format(
    "no withdrawal from Abu Raidh reported; the regime named its front on 7 Aug 'the al-Zakah - "
    "Hasraya axis' (SANA via Enab Baladi, party claim), and the army held 'the entire northern "
    "Hama countryside' by 23 Aug (continuity inferred between the reports; not sourced per day)"
)
HASRAYA_1_AUG_NOTE = TAKEN_1_AUG_NOTE.format(
    "the regime 'had advanced on' the village in the morning and taken 'a number of points in "
    "it' before the factions regained 'the most important strategic points' that evening (Syria "
    "TV): fought over that day"
)
HASRAYA_AFTER_NOTE = (
    "the 'al-Fath al-Mubin' factions regained 'the most important strategic points in the "
    "village and its surroundings' on the evening of 1 Aug 2019 and HTS hit a regime bulldozer on "
    "the Wadi Hasmin axis 'adjoining the village of Hasraya' on Friday 2 Aug, calm since midnight "
    "under the Astana ceasefire (Syria TV, opposition broadcaster); the regime, resuming its "
    "offensive on 5 Aug, claimed 'losses for the terrorists in Hasraya' on its 'al-Zakah - "
    "Hasraya axis' on 7 Aug (SANA via Enab Baladi, party claim): held by the factions between "
    "the reports (continuity inferred); the day the army took it after 7 Aug is not reported "
    "(a gap to 22 Aug)"
)


# --- Talaf, in the rebels' northern Homs / southern Hama pocket until May 2018 ----------------
TALAF_SOURCES = (
    "enab_baladi-2015-12-27-talaf-school",
    "smart-2017-06-04-talaf-shelled",
    "rozana-2017-10-05-talaf-aqrab-aid",
    "xinhua-2018-05-16-homs-rebels-evacuated",
)
TALAF_NOTE = (
    "Talaf, 'with the villages of Aqrab and Harbnafsah', 'subject to the opposition's control' "
    "(Enab Baladi, 27 Dec 2015); shelled by regime forces from the Engineering College north of "
    "Homs on 4 Jun 2017 (SMART) and from the Engineering battalion on 4 Oct 2017, as a UN convoy "
    "entered Talaf and Aqrab, 'towns subject to the control of opposition factions', its aid "
    "handed out by their councils (Rozana); the last rebels left the northern Homs / southern "
    "Hama pocket on 16 May 2018 (Xinhua): held by the factions between the reports (continuity "
    "inferred; the factions in the village not named)"
)


# --- Jidrin, the regime's loyalist village on the pocket's edge -------------------------------
JIDRIN_SOURCES = ("al_hal-2016-07-13-jidrin-checkpoint", "xinhua-2018-05-16-homs-rebels-evacuated")
JIDRIN_NOTE = (
    "'the village of Jidrin, subject to the control of regime forces', 'loyal to the regime' with "
    "'large numbers' of National Defence fighters: factions led by Jabhat al-Nusra overran a "
    "checkpoint near it at dawn on 13 Jul 2016 and withdrew (Al-Hal); no capture of the village "
    "reported before the rebels' northern Homs / southern Hama pocket was evacuated on 16 May "
    "2018 (Xinhua), drawn government by the autumn-2019 snapshot: continuity inferred; not "
    "sourced per day after Jul 2016"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


AR2: tuple[RegionRule, ...] = (
    RegionRule("ar2_jidrin_loyalist", HAMA_REGION, _ids("jidrin"), (
        Span(day("2016-08-01"), HAMA_REGION_END, "government", JIDRIN_SOURCES, JIDRIN_NOTE),
    )),
    RegionRule("ar2_talaf_pocket", HAMA_REGION, _ids("talaf"), (
        Span(day("2016-08-01"), HAMA_REGION_END, "opposition", TALAF_SOURCES, TALAF_NOTE),
    )),
    RegionRule("ar2_abu_raidh_aug_2019", NORTH_HAMA_UNDATED, _ids(ABU_RAIDH), (
        Span(day("2019-08-01"), day("2019-08-01"), "government", (SMART_1_AUG,), ABU_RAIDH_NOTE,
             status="contested", with_parties=("opposition",)),
        Span(day("2019-08-02"), EVE_OF_23_AUG, "government", (SMART_1_AUG, SANA_7_AUG),
             ABU_RAIDH_NOTE),
    )),
    RegionRule("ar2_hasraya_aug_2019", NORTH_HAMA_UNDATED, _ids(HASRAYA), (
        Span(day("2019-08-01"), day("2019-08-01"), "opposition", (SMART_1_AUG, SYRIA_TV_2_AUG),
             HASRAYA_1_AUG_NOTE, status="contested", with_parties=("government",)),
        Span(day("2019-08-02"), day("2019-08-07"), "opposition", (SYRIA_TV_2_AUG, SANA_7_AUG),
             HASRAYA_AFTER_NOTE, status="shared", with_parties=("hts",)),
    )),
)  # fmt: skip
