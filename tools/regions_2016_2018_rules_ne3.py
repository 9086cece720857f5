"""Region rules for the north-east and north Aleppo, 2016 - Mar 2020 (issue #15, h-ne3).

Same shape as `tools/regions_2016_2018_rules_ne2020.py`; `tools/regions_2016_2018_rules.py` adds
``NE3`` at the end of ``RULES``, so these answer only the days earlier rules (_jazira*,
_azaz2, _ne2020, ...) leave. Answered: the Brigade 93 base by Ain Issa, the Syrian army's from its
return of 14 Oct 2019 under the SDF-Damascus deal (Middle East Institute, 2 Dec 2019; SOHR via
Al Arabiya, 14 Oct) and through the weeks between the snapshots, when the army reinforced round
Ain Issa (SOHR, Feb 2020); Tell al-Zahra, the hill between al-Zahraa and Mayer, the government's
as those two towns are from the breaking of their siege (Feb 2016); the communications facility
on Jabal Abd al-Aziz, inside the territory the YPG took from IS in May 2015 and held round
al-Hasakah (KurdWatch, ARA News), to the batch's Dec 2018 answer. Sources in
``sources/2016-2019-ne3.toml`` and earlier files. What no dated source reaches stays a gap (see
`geodata/data/control/PERIOD-2016-2024.md`, h-ne3). Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

BETWEEN_DAYS = (day("2019-12-19"), day("2020-03-05"))
SDF_MILITARY = "fill_sdf_military"
AZAZ_GOVERNMENT = "fill_azaz_government"
HASAKAH_DISTRICT = "g2016_hasakah_district"

# --- Brigade 93 by Ain Issa, the army's from 14 Oct 2019 ---------------------------------------
MEI_DEC_2019 = "mei-2019-12-02-syrian-army-northeast-deployments"
ARABIYA_14_OCT = "al_arabiya-2019-10-14-tabqa-ain-issa"
SOHR_FEB_2020 = "sohr-2020-02-ain-issa-regime-reinforcements"
BRIGADE_93_ENTRY_NOTE = (
    "'on Oct. 14, 2019 units of the Syrian army returned to that base [Brigade 93] for the first "
    "time in half a decade as part of a deal between the Syrian Democratic Forces (SDF) and "
    "Damascus' (Middle East Institute, 2 Dec 2019); government forces deployed to Ain Issa, beside "
    "the base, on 14 Oct under the agreement with the Kurdish-led forces (state media and SOHR via "
    "Al Arabiya): the army garrisons the base inside the SDF-held countryside; the snapshot of 23 "
    "Oct draws the ground round it SDF-held"
)
BRIGADE_93_BETWEEN_NOTE = (
    "the army's since it returned to the base on 14 Oct 2019 under the SDF-Damascus deal (Middle "
    "East Institute, 2 Dec 2019: its units on the Ain Issa front since, fighting Turkish and "
    "Turkish-backed forces); regime forces reinforced 'in the vicinity of Ayn Issa' on 23-24 Feb "
    "2020 (SOHR, opposition-aligned monitor): no handover of the base reported between (continuity "
    "inferred); the ground round it stays SDF-held, as both snapshots draw it"
)

# --- Tell al-Zahra, between al-Zahraa and Mayer ------------------------------------------------
NUBL_SOURCES = ("reuters-2016-02-03-nubl-zahraa", "sohr-2016-02-mayer")
TELL_AL_ZAHRA_NOTE = (
    "region-level: the hill 1.7 km east of al-Zahraa and 2.3 km south of Mayer, between the two "
    "places the army and its allies held from the breaking of the Nubl - al-Zahraa siege on 3 Feb "
    "2016 (Reuters) and the capture of Mayer 'next to Nubl and al-Zahraa' (SOHR, Feb 2016); no "
    "later loss reported, drawn government by the autumn-2019 snapshot (continuity inferred; the "
    "hill is not named in a dated report)"
)

# --- the communications facility on Jabal Abd al-Aziz ------------------------------------------
ABD_AL_AZIZ_SOURCES = (
    "kurdwatch-2015-05-22-jabal-abdulaziz",
    "kurdwatch-2015-07-23-hasakah-surroundings",
    "aranews-2016-03-mount-abdulaziz-families-return",
    "afp-2018-12-12-east-of-euphrates",
)
ABD_AL_AZIZ_NOTE = (
    "region-level: the radio tower on Jabal Abd al-Aziz west of al-Hasakah; the YPG 'captured the "
    "Jabal Abdulaziz ... and expelled all Islamic State (IS) fighters' on 20 May 2015 (KurdWatch) "
    "and by 19 Jul 2015 held 'all of the territories surrounding the city of al-Hasakah' "
    "(KurdWatch); in March 2016 displaced families returned to villages near the mountain 'under "
    "the protection' of the YPG, its checkpoints across the area (a YPG officer to ARA News: the "
    "Kurdish side's account); inside the territory the YPG/SDF held in Dec 2018 (AFP): no IS "
    "return to the mountain reported between (continuity inferred)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


NE3: tuple[RegionRule, ...] = (
    RegionRule("ne3_brigade_93", SDF_MILITARY, _ids("brigade_93"), (
        Span(day("2019-10-14"), day("2019-10-22"), "government", (MEI_DEC_2019, ARABIYA_14_OCT),
             BRIGADE_93_ENTRY_NOTE),
        Span(BETWEEN_DAYS[0], BETWEEN_DAYS[1], "government", (MEI_DEC_2019, SOHR_FEB_2020),
             BRIGADE_93_BETWEEN_NOTE),
    )),
    RegionRule("ne3_tell_al_zahra", AZAZ_GOVERNMENT, _ids("tell_al_zahra"), (
        Span(day("2016-08-01"), day("2019-10-22"), "government", NUBL_SOURCES, TELL_AL_ZAHRA_NOTE),
    )),
    RegionRule("ne3_jabal_abd_al_aziz", HASAKAH_DISTRICT,
               _ids("communications_facility_al_hasakah"), (
        Span(day("2016-08-01"), day("2018-12-11"), "sdf", ABD_AL_AZIZ_SOURCES, ABD_AL_AZIZ_NOTE),
    )),
)  # fmt: skip
