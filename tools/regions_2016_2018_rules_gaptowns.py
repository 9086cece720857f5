"""Region rules for towns whose answers were stored gaps (issue #15, h-gaptowns): dated reports.

Same shape as `tools/regions_2016_2018_rules_ealeppo6.py`; `tools/regions_2016_2018_rules.py`
adds ``GAPTOWNS`` at the end of ``RULES`` (and ``NAMED_GAPTOWNS`` to its named towns), so these
answer only the days still stored as gaps in each town's block:

- Akhtarin (``[daily 2016]``): IS's to 5 Oct 2016 (Enab Baladi, 29 Sep: the factions at the
  edges of the town, IS-held 'since August 2014'); the rebels' 6 - 7 Oct (the 'Hawar Kilis'
  room via Al-Araby al-Jadeed, Syrian Mirror; a Reuters photo via Arab News), IS's counter-attack
  from late on 7 Oct (8 Oct stays the batch's row, now contested); the rebels' again from 9 Oct
  (the Turkish military via Reuters: IS's attempts to enter 'the rebel-controlled villages of
  Akhtarin and Turkmen Bareh'; Hurriyet Daily News 26 Oct), contested on 2 Nov (Amaq's claim of
  its retaking against Al Jazeera and dpa: the Free Army regained it that day), and theirs to
  the batch's answer of 3 Mar 2017 (continuity inferred);
- Qabasin (``[daily 2016]``): IS's on 14 Nov 2016, the eve of the rebels' claim to have taken it
  from IS 'on Tuesday' 15 Nov (Reuters);
- Sawran, Azaz district (``[g2016_euphrates_shield]``): IS's 10 - 14 Oct 2016, from Enab
  Baladi's 10 Oct (the factions at its gates); 15 Oct contested (an activist via Enab Baladi: taken
  that evening; SOHR via Reuters: only cut off with Dabiq; IS withdrew on 16 Oct, SOHR);
- al-Arima (a town stored one by one): IS's, contested by the Manbij Military Council, 23 - 25 Nov
  2016 (SOHR via dpa: parts taken, battles going on; Enab Baladi: entered on the evening of Friday
  25 Nov), the council's (SDF) from 26 Nov to the batch's row of 2 Mar 2017 (continuity
  inferred);
- Abu al-Duhur (``[fill_idlib_southeast_before_2017]``): Hayat Tahrir al-Sham's 8 - 20 Jan 2018
  (from the earlier rule's answer to 7 Jan to Al-Masdar's 21 Jan report of HTS making a stand
  there), contested 21 - 23 Jan (Al-Masdar, pro-government: the army entered, 21 Jan, and took it,
  22 Jan; SOHR about 23 Jan: the army controls the town only by fire).

Sources in ``sources/2016-2019-gaptowns.toml`` and earlier files. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import NAMED_BLOCK, RegionRule, Span, day

__all__ = ["GAPTOWNS", "NAMED_GAPTOWNS"]

DAILY_2016 = "daily 2016"
ES_BLOCK = "g2016_euphrates_shield"
IDLIB_SOUTHEAST = "fill_idlib_southeast_before_2017"
#: Towns stored one by one (rows without a group tag) that these rules answer.
NAMED_GAPTOWNS = frozenset({"arima"})

#: The last day before the batch's Euphrates Shield answer (3 Mar 2017) and Arima's SDF row (2 Mar).
EVE_OF_ES_ANSWER = day("2017-03-02")
EVE_OF_ARIMA_HANDOVER = day("2017-03-01")

ENAB_29_SEP = "enab_baladi-2016-09-29-edges-of-akhtarin"
ALARABY_6_OCT = "alaraby-2016-10-06-akhtarin-taken"
MIRROR_6_OCT = "syrian_mirror-2016-10-06-akhtarin-taken"
ARAB_NEWS_8_OCT = "arab_news-2016-10-08-daesh-retakes-akhtarin"
REUTERS_9_OCT = "reuters-2016-10-09-turkey-38-is-killed"
AJ_2_NOV = "al_jazeera-2016-11-02-akhtarin-regained"
REUTERS_8_OCT = "reuters-2016-10-08-is-counterattack-akhtarin"
ENAB_9_OCT = "enab_baladi-2016-10-09-akhtarin-turkman-bareh"
ENAB_10_OCT = "enab_baladi-2016-10-10-ghazal-akhtarin"
ENAB_10_OCT_VILLAGES = "enab_baladi-2016-10-10-eight-villages"
ROZANA_16_OCT = "rozana-2016-10-16-dabiq-talalin"
HDN_26_OCT = "hurriyet_daily_news-2016-10-26-helicopter-near-akhtarin"
DPA_2_NOV = "dpa-2016-11-02-akhtarin-infiltration-repelled"
YENISAFAK_ABLAH = "yenisafak-2016-11-ablah-duwayr"
REUTERS_15_OCT = "reuters-2016-10-15-dabiq-attack"
ENAB_15_OCT = "enab_baladi-2016-10-15-sawran-taken"
SOHR_16_OCT = "sohr-2016-10-16-dabiq-sawran-ihtaimlat"
RFERL_16_OCT = "rferl-2016-10-16-dabiq"
REUTERS_QABASIN = "reuters-2016-11-15-qabasin"
DPA_23_NOV = "dpa-2016-11-23-arima-parts-taken"
ENAB_26_NOV = "enab_baladi-2016-11-26-sdf-enters-arima"
KQ_21_NOV = "kurdish_question-2016-11-21-turkey-strikes-manbij"
REUTERS_HANDOVER = "reuters-2017-03-02-manbij-villages-handover"
ASHARQ_8_JAN = "asharq_al_awsat-2018-01-08-14-km-abu-duhur"
AFP_21_JAN = "afp-2018-01-21-abu-duhur"
MASDAR_21_JAN = "al_masdar-2018-01-21-army-enters-abu-duhur"
MASDAR_22_JAN = "al_masdar-2018-01-22-abu-duhur-taken"
SOHR_FIRE_CONTROL = "sohr-2018-01-abu-duhur-fire-control"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


GAPTOWNS: tuple[RegionRule, ...] = (
    RegionRule("gaptowns_akhtarin", DAILY_2016, _ids("akhtarin"), (
        Span(day("2016-08-01"), day("2016-10-05"), "isis", (ENAB_29_SEP, ALARABY_6_OCT),
             "IS's: on 29 Sep 2016 the factions reached the edges of 'strategic Akhtarin, which "
             "has been under the control of the Islamic State organisation since August 2014' "
             "(Enab Baladi); they took it on Thursday 6 Oct (Al-Araby al-Jadeed); IS's on the "
             "days between (continuity inferred; not sourced per day)"),
        Span(day("2016-10-06"), day("2016-10-07"), "sna",
             (ALARABY_6_OCT, MIRROR_6_OCT, ARAB_NEWS_8_OCT, REUTERS_8_OCT),
             "the rebels' (Euphrates Shield factions): the 'Hawar Kilis' room said the Free Army "
             "took Akhtarin 'today, Thursday' 6 Oct 2016 after violent clashes with IS (Al-Araby "
             "al-Jadeed: party claim; Syrian Mirror, 6 Oct: activists); a Reuters photo carried "
             "by Arab News shows a 'Turkish-backed rebel fighter' taking away an IS flag 'in "
             "Akhtarin village ... on Friday' 7 Oct; IS's counter-attack 'began late on Friday' "
             "(SOHR via Reuters)"),
        Span(day("2016-10-09"), day("2016-11-01"), "sna",
             (REUTERS_9_OCT, ENAB_9_OCT, ENAB_10_OCT, ROZANA_16_OCT, HDN_26_OCT),
             "the rebels' (Euphrates Shield factions): the factions retook Akhtarin on the "
             "morning of Saturday 8 Oct (Liwa al-Mu'tasim's Sejari to Enab Baladi: party-side); "
             "on 9 Oct the Turkish military (party claim, via Reuters) had IS fighters killed "
             "trying 'to enter the rebel-controlled villages of Akhtarin and Turkmen Bareh'; on 26 "
             "Oct it had the rebels near Akhtarin hit by a helicopter (Hurriyet Daily News); no "
             "IS return reported on the days between (continuity inferred; not sourced per day)"),
        Span(day("2016-11-02"), day("2016-11-02"), "sna", (AJ_2_NOV, DPA_2_NOV),
             "the rebels', contested by IS on Wednesday 2 Nov 2016: IS's Amaq said its fighters "
             "retook Akhtarin and al-Masoudiyah; Al Jazeera's correspondent had the Free Army "
             "regain control of the town that day after IS tried to infiltrate it, and a Faylaq "
             "al-Sham commander (to dpa: party-side) had IS infiltrators expelled from its edges",
             status="contested", with_parties=("isis",)),
        Span(day("2016-11-03"), EVE_OF_ES_ANSWER, "sna", (AJ_2_NOV, DPA_2_NOV, YENISAFAK_ABLAH),
             "the rebels' (Euphrates Shield factions): they held Akhtarin against IS's attempt of "
             "2 Nov 2016 (Al Jazeera; dpa); the front moved south to Ablah and Duwayr by early "
             "November (Yeni Safak: party-side) and al-Bab fell on 23 Feb 2017; no IS return "
             "reported before the batch's answer from 3 Mar 2017 (continuity inferred; not "
             "sourced per day)"),
    )),
    RegionRule("gaptowns_qabasin_14_nov_2016", DAILY_2016, _ids("qabasin"), (
        Span(day("2016-11-14"), day("2016-11-14"), "isis", (REUTERS_QABASIN,),
             "IS's on the eve of the rebels' claim: Turkish-backed rebels 'said they took the "
             "town of Qabasin from Islamic State on Tuesday' 15 Nov 2016 (Reuters; an Ahrar "
             "al-Sham commander: 'most of the Islamic State fighters had gone when we entered'); "
             "no dated report read names its holder before, so 1 Aug - 13 Nov stays a gap"),
    )),
    RegionRule("gaptowns_sawran_10_oct_2016", ES_BLOCK, _ids("sawran"), (
        Span(day("2016-10-10"), day("2016-10-14"), "isis", (ENAB_10_OCT_VILLAGES, REUTERS_15_OCT),
             "IS's: on 10 Oct 2016 the factions stood 'at the gates of Sawran' by the control map "
             "(Enab Baladi, after eight villages fell that day); on Saturday 15 Oct the rebels' "
             "capture of Irshaf and Ghaitun all but cut off Dabiq and Soran (SOHR via Reuters); "
             "IS's on the days between (continuity inferred; not sourced per day); before 10 Oct "
             "no dated report read names its holder (a gap)"),
        Span(day("2016-10-15"), day("2016-10-15"), "isis",
             (ENAB_15_OCT, REUTERS_15_OCT, SOHR_16_OCT, RFERL_16_OCT),
             "IS's, contested by the Euphrates Shield factions on Saturday 15 Oct 2016: an "
             "activist told Enab Baladi (6:17 pm) the factions took Sawran after violent battles "
             "with IS; SOHR (via Reuters) had Dabiq and Soran only cut off that day, and IS "
             "withdrew from Dabiq, Sawran and Ihtaimlat on Sunday 16 Oct (SOHR; RFE/RL); the "
             "accounts disagree by a day, both kept",
             status="contested", with_parties=("sna",)),
    )),
    RegionRule("gaptowns_arima_nov_2016", NAMED_BLOCK, _ids("arima"), (
        Span(day("2016-11-23"), day("2016-11-25"), "isis", (DPA_23_NOV, ENAB_26_NOV),
             "IS's, contested by the Manbij Military Council (SDF): on Wednesday 23 Nov 2016 "
             "SOHR (to dpa) had the council's fighters storm the edges of al-Arima, 'under the "
             "control of' IS, and take parts of it, violent battles going on; they entered the "
             "town on the evening of Friday 25 Nov after about a week's siege (a Free Army source "
             "via Enab Baladi, confirmed by media close to the SDF: party-side); before 23 Nov no "
             "dated report read names its holder (a gap)",
             status="contested", with_parties=("sdf",)),
        Span(day("2016-11-26"), EVE_OF_ARIMA_HANDOVER, "sdf",
             (ENAB_26_NOV, KQ_21_NOV, REUTERS_HANDOVER),
             "the Manbij Military Council's (SDF): it entered al-Arima on the evening of Friday 25 "
             "Nov 2016 (Enab Baladi, 26 Nov; media close to the SDF confirmed it: party-side), "
             "the Euphrates Shield factions fighting it on the edges of al-Sheikh Nasser to the "
             "north, which Turkey had bombed on 21 Nov (Kurdish Question: party claims); no "
             "change of holder reported until the council handed the front west of Manbij to the "
             "government under the deal with Russia (Reuters, 2 Mar 2017) (continuity inferred; "
             "not sourced per day)"),
    )),
    RegionRule("gaptowns_abu_duhur_jan_2018", IDLIB_SOUTHEAST, _ids("abu_az_zuhur"), (
        Span(day("2018-01-08"), day("2018-01-20"), "hts", (ASHARQ_8_JAN, AFP_21_JAN, MASDAR_21_JAN),
             "Hayat Tahrir al-Sham's (with the Turkistan Islamic Party): on 8 Jan 2018 the army "
             "was 14 km from the Abu al-Duhur airbase (SOHR via Asharq al-Awsat); it took the "
             "airbase on 20 - 21 Jan (the army's statement via AFP); on 21 Jan HTS and the "
             "Turkistan Islamic Party were 'making a stand in the Abu Duhur' (Al-Masdar, "
             "pro-government: party claim); HTS's on the days between (continuity inferred; not "
             "sourced per day)"),
        Span(day("2018-01-21"), day("2018-01-23"), "hts",
             (MASDAR_21_JAN, MASDAR_22_JAN, SOHR_FIRE_CONTROL),
             "HTS's, contested by the army: Al-Masdar (pro-government: party claim) had troops "
             "reportedly enter the city on 21 Jan 2018 and, on 'military-affiliated sources', "
             "seize it on 22 Jan after a two-day battle; SOHR (about 23 Jan) has the regime "
             "forces control the town only 'by firearm', 'amid attempts ... to control the town'; "
             "the sources disagree, so both are kept; from 24 Jan to the army's answer of 4 Mar "
             "no dated report read settles who held the town (a gap)",
             status="contested", with_parties=("government",)),
    )),
)  # fmt: skip
