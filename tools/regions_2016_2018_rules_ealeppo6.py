"""Region rules for east Aleppo, sixth pass (issue #15, h-ealeppo6): villages by dated reports.

Same shape as `tools/regions_2016_2018_rules_ealeppo4.py`; `tools/regions_2016_2018_rules.py`
adds ``EALEPPO6`` at the end of ``RULES``, so these answer only the days the earlier rules leave
in the ``[g2016_east_aleppo_government]`` block:

- Birat al-Bab and al-Ma'zulah south and south-east of al-Bab, taken by the army in its push on
  Tadef in the week of 5 - 11 Feb 2017: Sham Press (pro-government: party claim) has al-Ma'zulah
  and then Birat al-Bab taken 'with Tuesday morning' (7 Feb), Bokra (the government side's claim)
  Birat al-Bab 'today, Wednesday' (8 Feb); both pages show no day, which is read from their text
  (after Uwayshiya, 5 Feb, SOHR via Daily Sabah, and before Abu Taltal, claimed by 11 Feb, Al
  Jazeera). IS's before, continuity inferred from the region rule's IS answer (to 16 Jan) and Al
  Jazeera's 6 Feb report (Arran the regime's nearest point to al-Bab); 7 Feb a gap at Birat
  al-Bab (the two reports disagree by a day);
- Magharat Abu Jabbar, Mushrifat Abu Jabbar, Bijan and Tall Bijan north of the Kweires air base,
  recovered from IS on Saturday 18 Feb 2017 by SANA's list (party claim; Reuters/SOHR: the army's
  'sudden advance on Saturday and Sunday' into IS-held areas south of al-Bab): IS's from 17 Jan
  to 17 Feb where the region rule answered IS before (continuity inferred), the army's from 18 Feb
  to the earlier rules' answers (20 Feb) or to Deir Hafer's fall (Bijan);
- Mazburah, Rasm al-Harmal (al-Imam) and al-Qita east of the Abu Jabbar villages, which SANA's
  list of Saturday 25 Feb 2017 (party claim) has the army recapture from IS that day: IS's from
  17 Jan to 19 Feb (continuity inferred), where the earlier rules' answers begin;
- al-Shamawiya next to Deir Qaq, which SOHR (day not shown) has the army take after Deir Qaq
  (9 Feb 2017, Syria News Desk): IS's 17 Jan - 8 Feb (continuity inferred), from 9 Feb a gap;
- Umm Arkilah south-west of the Kweires air base, the army's from Tasnim's claim of 5 Feb 2017
  (Iranian state media: party claim) to the fall of Deir Hafer (continuity inferred).

Sources in ``sources/2016-2019-ealeppo6.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["EALEPPO6"]

BLOCK = "g2016_east_aleppo_government"
#: The day after the region rule's IS answer for al-Bab's southern countryside ends (16 Jan).
CAMPAIGN_START = day("2017-01-17")
#: Sunday 5 Feb 2017: the army took Uwayshiyah (SOHR via Daily Sabah); Tasnim's Umm Arkilah.
UWAYSHIYAH_DAY = day("2017-02-05")
EVE_OF_TUESDAY = day("2017-02-06")
#: Saturday 18 Feb 2017: SANA's eight villages (the army's 'sudden advance', Reuters/SOHR).
SANA_DAY = day("2017-02-18")
EVE_OF_SANA_DAY = day("2017-02-17")
#: The day before SANA's General Command list of 20 Feb (`_ealeppo.py`, `_bab2.py`) answers.
EVE_OF_GENERAL_COMMAND = day("2017-02-19")
#: Tuesday 7 Feb 2017 (Sham Press) and Wednesday 8 Feb 2017 (Bokra).
TUESDAY = day("2017-02-07")
WEDNESDAY = day("2017-02-08")
#: The eve of al-Bab's fall to the Euphrates Shield factions (Thursday 23 Feb 2017).
EVE_OF_AL_BAB = day("2017-02-22")
#: The day before the region-level answer `bab_west_of_tadif` takes over (27 Feb 2017).
EVE_OF_TADEF = day("2017-02-26")
#: The day before the army took Deir Hafer (29 Mar 2017, Reuters), from which `_aleppo.py` answers.
EVE_OF_DEIR_HAFER = day("2017-03-28")

CHAMPRESS = "champress-2017-02-07-birat-al-bab"
BOKRA = "bokra-2017-02-08-birat-al-bab"
AJ_6_FEB = "al_jazeera-2017-02-06-regime-and-fsa-near-al-bab"
AJ_11_FEB = "al_jazeera-2017-02-11-abu-taltal"
SABAH_UWAYSHIYAH = "daily_sabah-2017-02-06-owaisheh"
SANA_18_FEB = "sana-2017-02-18-abu-jabbar-bijan"
REUTERS_18_FEB = "reuters-2017-02-21-army-east-of-al-bab"
SANA_25_FEB = "sana-2017-02-25-18-villages-east-aleppo"
SOHR_SHAMAWIYA = "sohr-2017-02-deir-qaq-shamawiya"
SND_DEIR_QAQ = "syria_news_desk-2017-02-09-deir-qaq"
TASNIM_UM_ARKILE = "tasnim-2017-02-05-um-arkile"
DEIR_HAFER_TAKEN = "reuters-2017-03-29-deir-hafer"

IS_BEFORE_NOTE = (
    "IS-held until the army's push on Tadef: al-Bab's southern countryside was IS's when the "
    "army's campaign began on 17 Jan 2017 (the region rule's answer to 16 Jan); on 6 Feb Al "
    "Jazeera had Arran, further south, as the regime forces' nearest point to al-Bab, and the "
    "army took Uwayshiyah on Sunday 5 Feb (SOHR via Daily Sabah); {taken}; no earlier capture "
    "reported (continuity inferred; not sourced per day)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


EALEPPO6: tuple[RegionRule, ...] = (
    RegionRule("ealeppo6_birat_al_bab_8_feb_2017", BLOCK, _ids("birat_al_bab"), (
        Span(CAMPAIGN_START, EVE_OF_TUESDAY, "isis", (AJ_6_FEB, SABAH_UWAYSHIYAH, CHAMPRESS),
             IS_BEFORE_NOTE.format(
                 taken="Sham Press (pro-government: party claim) has the army take Birat al-Bab "
                 "on Tuesday morning 7 Feb, Bokra on Wednesday 8 Feb")),
        Span(WEDNESDAY, EVE_OF_TADEF, "government", (BOKRA, CHAMPRESS, AJ_11_FEB),
             "the army's: Bokra (the government side's claim; day read from the text: 'today, "
             "Wednesday', 8 Feb 2017; translated) has it 'liberate the village of Birat al-Bab "
             "south of the town of Abu Taltal'; Sham Press (pro-government: party claim; its "
             "Tuesday, 7 Feb) has it taken the day before, so 7 Feb stays a gap; the regime's "
             "media claimed Abu Taltal beyond it by 11 Feb (Al Jazeera); no IS return reported "
             "before the region rule's answer from 27 Feb (continuity inferred; not sourced per "
             "day)"),
    )),
    RegionRule("ealeppo6_mazulah_7_feb_2017", BLOCK, _ids("mazulah"), (
        Span(CAMPAIGN_START, EVE_OF_TUESDAY, "isis", (AJ_6_FEB, SABAH_UWAYSHIYAH, CHAMPRESS),
             IS_BEFORE_NOTE.format(
                 taken="Sham Press (pro-government: party claim) has the army take 'al-Ma'zula' "
                 "on Tuesday morning 7 Feb, after Uwayshiya 2 km to its south-west")),
        Span(TUESDAY, EVE_OF_AL_BAB, "government", (CHAMPRESS, SABAH_UWAYSHIYAH, AJ_11_FEB),
             "the army's: Sham Press (pro-government: party claim; the page shows no date, its "
             "'Tuesday' read from the text as 7 Feb 2017; translated) has the army, after Arran "
             "and Uwayshiya, take 'al-Ma'zula' 'with Tuesday morning' and go on to Birat al-Bab; "
             "the regime's media claimed Abu Taltal by 11 Feb (Al Jazeera); no IS return reported "
             "to the eve of al-Bab's fall to the Euphrates Shield factions (continuity inferred; "
             "not sourced per day); after 22 Feb, with the army and the factions meeting east of "
             "al-Bab, who held it is not reported (a gap)"),
    )),
    RegionRule("ealeppo6_abu_jabbar_18_feb_2017", BLOCK,
               _ids("magharah_abu_jabbar", "mashrafat_abu_jabbar", "tall_bijan"), (
        Span(CAMPAIGN_START, EVE_OF_SANA_DAY, "isis", (REUTERS_18_FEB, SANA_18_FEB),
             "IS-held until the army's advance of 18 Feb 2017: the region rule's IS answer runs "
             "to 16 Jan; SANA (party claim) has the army recover this village from IS on Saturday "
             "18 Feb, and Reuters (SOHR) has the army's 'sudden advance on Saturday and Sunday' "
             "(18 - 19 Feb) into IS-held areas south of al-Bab; no earlier capture reported "
             "(continuity inferred; not sourced per day)"),
        Span(SANA_DAY, EVE_OF_GENERAL_COMMAND, "government", (SANA_18_FEB, REUTERS_18_FEB),
             "the army's: SANA (state media: party claim; read in a relay; translated) lists "
             "'Magharat Abu Jabbar, Mushrifat Abu Jabbar, Bijan and the strategic Tall Bijan' "
             "among 8 villages recovered from IS on Saturday 18 Feb 2017; SOHR via Reuters has "
             "the army advance across 14 villages south of al-Bab on 18 - 19 Feb"),
    )),
    RegionRule("ealeppo6_bijan_18_feb_2017", BLOCK, _ids("bijan"), (
        Span(SANA_DAY, EVE_OF_DEIR_HAFER, "government",
             (SANA_18_FEB, REUTERS_18_FEB, DEIR_HAFER_TAKEN),
             "the army's: SANA (state media: party claim; read in a relay; translated) lists "
             "'Bijan' among 8 villages recovered from IS on Saturday 18 Feb 2017 (SOHR via "
             "Reuters: the army's advance across 14 villages south of al-Bab on 18 - 19 Feb); no "
             "IS return reported before the army took Deir Hafer on 29 Mar 2017 (Reuters) "
             "(continuity inferred; not sourced per day); before 18 Feb who held it since Aug "
             "2016 is not reported (a gap)"),
    )),
    RegionRule("ealeppo6_sana_25_feb_is_to_19_feb_2017", BLOCK,
               _ids("mazburah", "rasm_al_harmal", "al_kitah"), (
        Span(CAMPAIGN_START, EVE_OF_GENERAL_COMMAND, "isis", (SANA_25_FEB, REUTERS_18_FEB),
             "IS-held through the army's advance of 18 - 19 Feb 2017: the region rule's IS answer "
             "runs to 16 Jan; SANA (state media: party claim) names 'al-Mazboureh', 'Rasm "
             "al-Harmal' and 'al-Qiteh' among 18 villages the army recaptured from IS on Saturday "
             "25 Feb, after the 'sudden advance on Saturday and Sunday' (18 - 19 Feb) further "
             "west (SOHR via Reuters); no earlier capture reported (continuity inferred; not "
             "sourced per day)"),
    )),
    RegionRule("ealeppo6_shamawiyah_to_8_feb_2017", BLOCK, _ids("shamawiyah"), (
        Span(CAMPAIGN_START, day("2017-02-08"), "isis", (SOHR_SHAMAWIYA, SND_DEIR_QAQ),
             "IS-held until the army took Deir Qaq next to it: the region rule's IS answer runs "
             "to 16 Jan; Syria News Desk (9 Feb 2017; translated) has the regime forces take Tuman "
             "on the evening of 8 Feb, as IS withdrew towards Tadef, and Deir Qaq on the morning "
             "of 9 Feb, and SOHR (February 2017, day not shown; translated) has them take "
             "al-Shamawiya after Deir Qaq, IS falling back on Tadef; no earlier capture reported "
             "(continuity inferred; not sourced per day); from 9 Feb the day of its capture is "
             "not reported (a gap)"),
    )),
    RegionRule("ealeppo6_umm_arkilah_5_feb_2017", BLOCK, _ids("umm_arkilah"), (
        Span(UWAYSHIYAH_DAY, EVE_OF_DEIR_HAFER, "government",
             (TASNIM_UM_ARKILE, DEIR_HAFER_TAKEN),
             "the army's: Tasnim (5 Feb 2017; Iranian state media: party claim, no other report "
             "found) has the army, near the Kweires airport, 'liberate the nearby Um Arkile town' "
             "from IS; no IS return reported before the army took Deir Hafer on 29 Mar 2017 "
             "(Reuters) (continuity inferred; not sourced per day); before 5 Feb who held it is "
             "not reported (a gap)"),
    )),
)  # fmt: skip
