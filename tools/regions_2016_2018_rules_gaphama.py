"""Region rules for the villages round the northern Hama pocket, Aug 2016 and the 2019 offensive
(issue #15, h-gaphama).

Same shape as `tools/regions_2016_2018_rules_nhama3.py`; `tools/regions_2016_2018_rules.py` adds
``GAPHAMA`` at the end of ``RULES``, so these answer only the days earlier rules leave in the
``[fill_north_hama]``, ``[fill_north_hama_undated]`` and ``[fill_hama_near_morek]`` blocks:

- Ma'arkaba (`maarkaba`) and al-Buwaydah (`buwaydah_hama_2`), between Lahaya and al-Masasneh on
  the pocket's southern edge: on Friday 23 Aug 2019 SANA had the army 'regain control' over
  Latamina, Kafar Zita, Latmin, Morek, M'aerkaba and al-Lahaya and eliminate 'the last
  terrorists' remnants in them' (party claim), and SOHR (read via Raymah) named al-Buwaydah and
  Ma'arkaba among the villages the army took that day, 'the first time' it controlled the
  northern Hama countryside's towns and villages since 2012; Russian strikes hit Lahaya and
  Ma'arkaba on 12 May (Hurriya Press). The offensive of 30 Apr 2019 came from the west and north
  (Kafr Nabudah, Qalaat al-Madiq, al-Zakah, Khan Sheikhoun); no army entry south of the pocket is
  reported before 23 Aug: the factions' (with HTS) 30 Apr - 22 Aug 2019, continuity inferred;
  region-level for al-Buwaydah (the report names it only on its day of capture);
- al-Banah (`al_banah`, al-Janabira; 2.7 km from the regime's Buraydij camp): 'subject to the
  control of' the opposition on 16 Dec 2015 and when the regime's attempt on it failed on 9 Nov
  2016 (Al-Hal), taken from the insurgents on 6 May 2019 (AP; rules_hama3 answers from that
  day): the opposition's 1 Aug 2016 - 5 May 2019, continuity inferred;
- al-Buwaydah and al-Mahruqah (`mahruqah`, taken as SOHR's 'Zor al-Mahruqa', 1.7 km from Zor
  al-Heisa) in the factions' offensive of 29 Aug 2016: SOHR (31 Aug) counts al-Buwaydah with its
  checkpoint and Zor al-Mahruqa among the places taken since dawn on 29 Aug: the regime's 1 - 28
  Aug (continuity inferred, as `rules_hama6` draws al-Masasneh and Zor al-Heisa), the factions'
  on 31 Aug; Al-Hal (30 Aug) has Zor al-Heisa and Zor al-Mahruqa taken on the evening of 29 Aug:
  both fought over on 29 Aug and the factions' on 30 Aug; the days after 31 Aug stay gaps (the
  army's Oct 2016 and Apr 2017 returns are not dated for al-Buwaydah and al-Mahruqah).

Ma'arkaba before 30 Apr 2019, al-Banah after 21 May 2019, al-Buwaydah from 1 Sep 2016 to 29 Apr
2019 and the blue factory stay gaps (see PERIOD-2016-2024.md). Sources in
``sources/2016-2019-gaphama.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_ghab import NORTH_HAMA_UNDATED
from tools.regions_2016_2018_rules_hama import NORTH_HAMA

__all__ = ["GAPHAMA"]

#: The fill block of the two Hama-district places within 5 km of the pocket's towns.
NEAR_MOREK = "fill_hama_near_morek"

SANA_23_AUG_2019 = "sana-2019-08-23-latamina-maarkaba-lahaya"
SOHR_23_AUG_2019 = "sohr-2019-08-23-buwaydah-maarkaba-first-since-2012"
HURRIYA_12_MAY_2019 = "hurriya_press-2019-05-12-karim-checkpoint"  # sources/2016-2019-nhama3.toml
ALMASDAR_23_AUG_2019 = "almasdar-2019-08-23-northern-hama-pocket"  # sources/2019-2020-daily.toml
SOHR_31_AUG_2016 = "sohr-2016-08-31-hama-offensive-villages"  # sources/2016-2019-hama6.toml
AL_HAL_30_AUG_2016 = "al_hal-2016-08-30-zor-al-heisa-zor-al-mahruqa"
AL_HAL_16_DEC_2015 = "al_hal-2015-12-16-banah-clashes"
AL_HAL_10_NOV_2016 = "al_hal-2016-11-10-banah-attack-repelled"
AP_6_MAY_2019 = "ap-2019-05-06-al-bani"  # sources/2016-2019-hama3.toml
ALGHAD_7_JUL_2018 = "alghad-2018-07-07-halfaya-and-karim"  # sources/2016-2019-nhama3.toml

OFFENSIVE_START, EVE_OF_23_AUG_2019 = day("2019-04-30"), day("2019-08-22")

POCKET_2019 = (
    "the army's offensive of 30 Apr 2019 came from the west and north (Kafr Nabudah, Qalaat "
    "al-Madiq, al-Zakah and al-Arbaeen, then Khan Sheikhoun, cutting the pocket off); no army "
    "entry south of the pocket is reported before 23 Aug; its last towns were held by HTS and "
    "Jaysh al-Izza (a military source to al-Masdar, 23 Aug): the factions with HTS until then "
    "(continuity inferred; not sourced per day; the factions per village not stored)"
)
MAARKABA_2019_NOTE = (
    "on Friday 23 Aug 2019 the army 'regained control over towns of Latamina, Kafar Zita, Latmin, "
    "Morek , M'aerkaba ,and al-Lahaya' and 'eliminated the last terrorists' remnants in them' "
    "(SANA, party claim); SOHR the same day (read via Raymah): the army took Kafr Zita, "
    "al-Latamneh, al-Sayyad, al-Buwaydah, Ma'arkaba, Latmin and Lahaya, 'the first time' it "
    "controlled the northern Hama countryside's towns and villages since 2012; Russian strikes "
    "hit Lahaya and Ma'arkaba on Sunday 12 May (Hurriya Press); " + POCKET_2019
)
BUWAYDAH_2019_NOTE = (
    "region-level: SOHR (23 Aug 2019, read via Raymah) names al-Buwaydah among the villages the "
    "army took on Friday 23 Aug with Kafr Zita, al-Latamneh, Ma'arkaba and Lahaya, 'the first "
    "time' it controlled the northern Hama countryside's towns and villages since 2012; the "
    "village lies 2.4 - 2.5 km from Lahaya and Ma'arkaba, which SANA had the army 'regain' that "
    "day (party claim); " + POCKET_2019
)

BEFORE_29_AUG_2016 = (
    "the factions' offensive north of Hama began at dawn on 29 Aug 2016 and had taken this place "
    "by 31 Aug (SOHR, an opposition-aligned monitor): the regime's before it (continuity inferred)"
)
TAKEN_BY_31_AUG_2016 = (
    "SOHR (31 Aug 2016) counts {} among the places Jund al-Aqsa with the Islamic and fighting "
    "factions took since dawn on 29 Aug; the day it fell is not stored (29 - 30 Aug stay gaps), "
    "and no report read dates the village after 31 Aug before the army's returns (Oct 2016 round "
    "Soran, Apr 2017 round Halfaya and al-Masasneh): the days after stay gaps"
)

BANAH_NOTE = (
    "the opposition's: the village 'subject to the control of' the opposition, with clashes on its "
    "edges (Al-Hal, 16 Dec 2015), and again 'subject to the control of the opposition' when the "
    "regime's attempt to advance towards it from the Buraydij camp failed on the evening of 9 Nov "
    "2016 (Al-Hal, 10 Nov); shelled with al-Latamneh and Ma'arkaba by the regime forces "
    "'stationed in Halfaya and al-Karim' (Syria's Tomorrow Movement's site, 7 Jul 2018: party "
    "claim, 'al-Janabira'); the army 'captured the village of al-Bani' from the insurgents on "
    "Monday 6 May 2019 (Syrian Central Military Media via AP; SOHR confirmed it): held by the "
    "factions between the reports (continuity inferred; not sourced per day; the factions in it "
    "are not stored, so no HTS share is drawn)"
)

FOUGHT_29_AUG_2016 = (
    "the opposition factions took the villages of Zor al-Heisa and Zor al-Mahruqa 'yesterday "
    "evening', after the Zalin checkpoint and the checkpoints round them (Al-Hal, 30 Aug 2016; "
    "the offensive began at dawn on 29 Aug, SOHR): the regime's, fought over and lost that day"
)
TAKEN_29_AUG_2016 = (
    "taken by the opposition factions (Jaysh al-Izza, Jaysh al-Nasr, Jund al-Aqsa) on the evening "
    "of 29 Aug 2016 (Al-Hal, 30 Aug: 'Zor al-Heisa and Zor al-Mahruqa'); SOHR counts it among the "
    "places taken since 29 Aug on 31 Aug"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


GAPHAMA: tuple[RegionRule, ...] = (
    RegionRule("gaphama_maarkaba_2019", NORTH_HAMA_UNDATED, _ids("maarkaba"), (
        Span(OFFENSIVE_START, EVE_OF_23_AUG_2019, "opposition",
             (SANA_23_AUG_2019, SOHR_23_AUG_2019, HURRIYA_12_MAY_2019, ALMASDAR_23_AUG_2019),
             MAARKABA_2019_NOTE, status="shared", with_parties=("hts",)),
    )),
    RegionRule("gaphama_buwaydah", NEAR_MOREK, _ids("buwaydah_hama_2"), (
        Span(day("2016-08-01"), day("2016-08-28"), "government", (SOHR_31_AUG_2016,),
             BEFORE_29_AUG_2016),
        Span(day("2016-08-31"), day("2016-08-31"), "opposition", (SOHR_31_AUG_2016,),
             TAKEN_BY_31_AUG_2016.format("al-Buwaydah and the al-Buwaydah checkpoint (with "
                                         "al-Masasneh, Taybat al-Imam and Soran)")),
        Span(OFFENSIVE_START, EVE_OF_23_AUG_2019, "opposition",
             (SOHR_23_AUG_2019, SANA_23_AUG_2019, ALMASDAR_23_AUG_2019),
             BUWAYDAH_2019_NOTE, status="shared", with_parties=("hts",)),
    )),
    *(
        RegionRule(f"gaphama_{block}_banah", block, _ids("al_banah"), (
            Span(start, end, "opposition",
                 (AL_HAL_16_DEC_2015, AL_HAL_10_NOV_2016, ALGHAD_7_JUL_2018, AP_6_MAY_2019),
                 BANAH_NOTE),
        ))
        for block, start, end in ((NORTH_HAMA, day("2016-08-01"), day("2019-04-29")),
                                  (NORTH_HAMA_UNDATED, OFFENSIVE_START, day("2019-05-05")))
    ),
    RegionRule("gaphama_mahruqah_aug_2016", NORTH_HAMA, _ids("mahruqah"), (
        Span(day("2016-08-01"), day("2016-08-28"), "government",
             (SOHR_31_AUG_2016, AL_HAL_30_AUG_2016),
             BEFORE_29_AUG_2016 + "; SOHR's and Al-Hal's 'Zor al-Mahruqa' taken as this village, "
             "1.7 km from Zor al-Heisa, which both name with it"),
        Span(day("2016-08-29"), day("2016-08-29"), "government",
             (AL_HAL_30_AUG_2016, SOHR_31_AUG_2016), FOUGHT_29_AUG_2016,
             status="contested", with_parties=("opposition",)),
        Span(day("2016-08-30"), day("2016-08-31"), "opposition",
             (AL_HAL_30_AUG_2016, SOHR_31_AUG_2016),
             TAKEN_29_AUG_2016 + "; no report read dates the village after 31 Aug before the "
             "army's returns (Apr 2017 round Halfaya and al-Masasneh): the days after stay gaps"),
    )),
    RegionRule("gaphama_zor_al_heisa_29_aug_2016", NORTH_HAMA, _ids("zor_al_heisa"), (
        Span(day("2016-08-29"), day("2016-08-29"), "government",
             (AL_HAL_30_AUG_2016, SOHR_31_AUG_2016), FOUGHT_29_AUG_2016,
             status="contested", with_parties=("opposition",)),
        Span(day("2016-08-30"), day("2016-08-30"), "opposition",
             (AL_HAL_30_AUG_2016, SOHR_31_AUG_2016),
             TAKEN_29_AUG_2016 + "; from 31 Aug rules_hama6 answers"),
    )),
)  # fmt: skip
