"""Region rules for the villages north of Hama in the rebel offensives of Aug - Oct 2016 and
Mar - Apr 2017 (issue #15, h-hama5).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``HAMA5`` at the end of ``RULES``, so these answer only the days the earlier Hama rules
(``rules_hama``, ``rules_hama3``, ``rules_hama4``, ``rules_ghab``) leave in the fill blocks
``[fill_hama_region]`` and ``[fill_north_hama]``. The days come from Enab Baladi's dated Arabic
reports (its correspondents, FSA sources: party-side for the factions; state television via Enab
Baladi: party claim) and The New Arab; sources in ``sources/2016-2019-hama5.toml``. Days no report
reaches stay gaps. Build-time tooling, not shipped.

Review h-rev53 (sources in ``sources/2016-2019-rev53.toml``) edited three answers here: Taybat
al-Imam's Nov 2016 confirmed (Kulluna Shuraka, 4 Nov 2016); Umm Haratayn contested on 23 Sep 2017
(HTS's retake after the army's incursion, Ebaa via Step News); Atshan's Jan 2018 redrawn from the
factions' counter-attack of 11 - 16 Jan (Shaam News, SMART, Enab Baladi), which the earlier rows,
the army's from 30 Dec 2017 to May 2018, did not show.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import HAMA_REGION, HAMA_REGION_END, NORTH_HAMA

# --- sources -------------------------------------------------------------------------------------
TAYBAT_30_AUG = "enab_baladi-2016-08-30-taybat-al-imam"
TAYBAT_20_APR = "enab_baladi-2017-04-20-taybat-al-imam"
REV53_ALL4SYRIA_4_NOV_2016 = "all4syria-2016-11-04-taybat-al-imam-mine"  # sources/...-rev53.toml
NEW_ARAB_MAARDES = "the_new_arab-2016-09-01-maardes"
MAARDES_2_SEP = "enab_baladi-2016-09-02-maardes-counterattack"
KAWKAB_11_OCT = "enab_baladi-2016-10-11-kawkab-regained"
MAARDES_16_OCT = "enab_baladi-2016-10-16-maardes-front"
SOHR_SORAN_OCT = "sohr-2016-10-soran-villages"  # sources/2016-2018-hama.toml
ARZAH_30_MAR = "enab_baladi-2017-03-30-arzah-regained"
KHATTAB_31_MAR = "enab_baladi-2017-03-31-khattab-regained"
MAARDES_3_APR = "enab_baladi-2017-04-03-maardes-retaken"
MAARDES_4_APR = "enab_baladi-2017-04-04-maardes-hts"
MAARDES_10_APR = "enab_baladi-2017-04-10-maardes-announced"
SOHR_SORAN_APR = "sohr-2017-04-soran-last-town"  # sources/2016-2018-hama.toml
SOHR_31_MAR = "sohr-2017-03-31-16-villages-regained"
BALIL_10_DEC = "enab_baladi-2017-12-10-balil"
SEP_2017_BATTLE = "enab_baladi-2017-09-19-qasr-al-mukharam"

#: The eve of Halfaya's fall (23 Apr 2017, Al Jazeera): rules_hama answers west of the M5 from it.
EVE_OF_HALFAYA = day("2017-04-22")
#: The eve of Soran's recapture (16 Apr 2017), from which rules_hama answers Maardes and Kawkab.
EVE_OF_SORAN = day("2017-04-15")
#: The eve of Soran's recapture of 27 Oct 2016 (SOHR), from which rules_hama answers the villages.
EVE_OF_SORAN_2016 = day("2016-10-26")

OFFENSIVE_2016 = (
    "the factions' offensive north of Hama began on 29 Aug 2016 (Enab Baladi), "
    "Jund al-Aqsa fighting with FSA factions"
)
WEEK_OF_21_MARCH = "the factions' offensive of 21 Mar 2017, led by HTS with FSA factions"


# --- Taybat al-Imam, taken on the evening of 30 Aug 2016 ----------------------------------------
TAYBAT = (
    Span(day("2016-08-29"), day("2016-08-29"), "government", (TAYBAT_30_AUG,),
         OFFENSIVE_2016 + "; the preparation on Taybat al-Imam's checkpoints began that evening "
         "with two Jund al-Aqsa car bombs on the al-Madajin checkpoint on its edge: the town the "
         "regime's that day (Enab Baladi, 30 Aug)"),
    Span(day("2016-08-30"), day("2016-08-30"), "opposition", (TAYBAT_30_AUG,),
         "back-and-forth fighting overnight and through Tuesday 30 Aug 2016 until the factions "
         "took the al-Samman checkpoint, the largest, and the town that evening (Enab Baladi's "
         "correspondent): fought over that day", status="contested",
         with_parties=("government",)),
    Span(day("2016-08-31"), day("2016-12-31"), "opposition",
         (TAYBAT_30_AUG, TAYBAT_20_APR, REV53_ALL4SYRIA_4_NOV_2016),
         "taken by the factions (Jund al-Aqsa with Jaysh al-Izza and Abna al-Sham) on the evening "
         "of 30 Aug 2016 (Enab Baladi); the opposition held it from then until the army took it "
         "on 20 Apr 2017 (Enab Baladi, Apr 2017): continuity inferred between the reports; "
         "confirmed for Nov 2016: a regime group trying to 'advance to the town of Taybat "
         "al-Imam' was hit by a mine on Thursday 3 Nov 2016, and Jaysh al-Nasr's artillery shelled "
         "'the regime forces' positions' in Soran and Maardes (Kulluna Shuraka, 4 Nov: a faction's "
         "media office, translated): the town the factions', its neighbours the army's"),
)  # fmt: skip


# --- Maardes, 2016 ------------------------------------------------------------------------------
MAARDES_2016 = (
    Span(day("2016-08-29"), day("2016-08-31"), "government", (MAARDES_2_SEP,),
         OFFENSIVE_2016 + "; the opposition advanced into Maardes on the morning of Thursday 1 "
         "Sep (Enab Baladi): held by the regime until then (continuity inferred)"),
    Span(day("2016-09-01"), day("2016-10-15"), "opposition",
         (MAARDES_2_SEP, NEW_ARAB_MAARDES, MAARDES_16_OCT),
         "taken on 1 Sep 2016 with the nearby Russian missile battalion (Jund al-Aqsa's claim "
         "after overnight fighting, via The New Arab; Enab Baladi: the opposition advanced to it "
         "that morning); a Jaysh al-Izza source said it was still the opposition's during the "
         "regime's counter-attack of that evening, and on 16 Oct Enab Baladi's correspondent "
         "denied the regime had taken it: held by the factions between the reports (continuity "
         "inferred)"),
    Span(day("2016-10-16"), day("2016-10-16"), "opposition", (MAARDES_16_OCT,),
         "Sunday 16 Oct 2016: the regime's forces, having taken al-Iskandariyah, tried to storm "
         "Maardes; Enab Baladi's correspondent denied they had taken it: fought over that day; "
         "the days to its recapture with Soran (27 Oct, SOHR) are not stored",
         status="contested", with_parties=("government",)),
)  # fmt: skip


# --- Kawkab, 2016 -------------------------------------------------------------------------------
KAWKAB_2016 = (
    Span(day("2016-08-29"), day("2016-09-10"), "government", (KAWKAB_11_OCT,),
         OFFENSIVE_2016 + "; the factions 'subjected the village of Kawkab to their control' on "
         "11 Sep 2016 (Enab Baladi): the regime's until then (continuity inferred)"),
    Span(day("2016-09-11"), day("2016-10-10"), "opposition", (KAWKAB_11_OCT,),
         "taken on 11 Sep 2016 by Jund al-Aqsa, Jaysh al-Nasr, the Jund al-Sham battalions and "
         "Abna al-Sham (Enab Baladi, 11 Oct): held by the factions to the regime's attack of 11 "
         "Oct (continuity inferred)"),
    Span(day("2016-10-11"), day("2016-10-11"), "opposition", (KAWKAB_11_OCT,),
         "Tuesday 11 Oct 2016: the regime's forces announced full control of Kawkab and withdrew "
         "'hours' later, the factions regaining it (Enab Baladi's correspondent; the Hama Media "
         "Centre): fought over that day", status="contested", with_parties=("government",)),
    Span(day("2016-10-12"), EVE_OF_SORAN_2016, "opposition", (KAWKAB_11_OCT, SOHR_SORAN_OCT),
         "regained by the factions on 11 Oct 2016 (Enab Baladi); SOHR counts Kawkab among the "
         "villages the regime regained with Soran on 27 Oct: held by the factions between the "
         "reports (continuity inferred)"),
)  # fmt: skip

ISKANDARIYAH_16_OCT = (
    Span(day("2016-10-16"), day("2016-10-16"), "government", (MAARDES_16_OCT,),
         "Sunday 16 Oct 2016: the regime's forces took al-Iskandariyah and the opposition "
         "counter-attacked to regain it (Enab Baladi's correspondent): fought over that day; the "
         "days before and after (to its recapture with Soran, 27 Oct, SOHR) are not stored",
         status="contested", with_parties=("opposition",)),
)  # fmt: skip


# --- the rebels' offensive of March 2017 and the army's counter ------------------------------
MAARDES_2017 = (
    Span(day("2017-03-24"), day("2017-04-02"), "opposition", (MAARDES_4_APR, MAARDES_3_APR),
         WEEK_OF_21_MARCH + ", took more than 15 towns, Maardes among them, 'in the period from "
         "21 to 23 March' (Enab Baladi, 4 Apr; the day of Maardes itself not stored); held by "
         "the factions until the army took it on 3 Apr (continuity inferred)",
         status="shared", with_parties=("hts",)),
    Span(day("2017-04-03"), day("2017-04-03"), "government", (MAARDES_3_APR,),
         "the regime's forces regained Maardes on Monday 3 Apr 2017 with Tal al-Duwayr, "
         "al-Iskandariyah and al-Abbada (two sources to Enab Baladi, one an FSA commander; the "
         "regime's war media)"),
    Span(day("2017-04-04"), day("2017-04-09"), "opposition", (MAARDES_4_APR, MAARDES_10_APR),
         "HTS entered and regained Maardes on Tuesday 4 Apr 2017 (concurring sources to Enab "
         "Baladi) and held it until the regime's attack of 10 Apr (Enab Baladi: continuity "
         "inferred)", status="shared", with_parties=("hts",)),
    Span(day("2017-04-10"), day("2017-04-10"), "government", (MAARDES_10_APR,),
         "Monday 10 Apr 2017: state television announced Maardes regained from HTS (party "
         "claim); HTS did not confirm its withdrawal, a field source told Enab Baladi of the "
         "regime's advance inside the town: fought over that day", status="contested",
         with_parties=("opposition", "hts")),
    Span(day("2017-04-11"), EVE_OF_SORAN, "government", (MAARDES_10_APR, SOHR_SORAN_APR),
         "announced regained on 10 Apr 2017 (state television via Enab Baladi, party claim); "
         "with Soran's recapture on 16 Apr SOHR counted every place lost since 21 Mar restored "
         "but Tal Bzam and Sakher: held by the army between the reports (continuity inferred)"),
)  # fmt: skip

ISKANDARIYAH_3_APR = (
    Span(day("2017-04-03"), day("2017-04-03"), "government", (MAARDES_3_APR, MAARDES_4_APR),
         "regained by the regime's forces with Maardes on Monday 3 Apr 2017 (two sources to Enab "
         "Baladi, one an FSA commander); the days after, when HTS regained Maardes (4 Apr), are "
         "not stored for this village"),
)  # fmt: skip

KAWKAB_2017 = (
    Span(day("2017-03-30"), EVE_OF_SORAN, "government", (ARZAH_30_MAR, KHATTAB_31_MAR),
         "the regime's forces regained Kawkab in the north-eastern countryside 'during this week' "
         "(Enab Baladi, Thursday 30 Mar 2017: counted from that day; the factions withdrew from it "
         "that week, Enab Baladi, 31 Mar); no later loss reported before Soran's recapture of 16 "
         "Apr (continuity inferred); the days from 21 Mar are not stored"),
)  # fmt: skip

ARZAH_30_MAR_SPANS = (
    Span(day("2017-03-30"), day("2017-03-30"), "government", (ARZAH_30_MAR, KHATTAB_31_MAR),
         "regained by the regime's forces on the morning of Thursday 30 Mar 2017 after days of "
         "fighting round it, the factions withdrawing to rear points (an FSA source to Enab "
         "Baladi); the day before, from the rebels' offensive of 21 Mar, is not stored"),
)  # fmt: skip

#: Retaken on Wednesday 29 Mar 2017 (Enab Baladi, 30 Mar).
MAARZAF_KAFR_AMIM = frozenset({"maarzaf", "kafr_amim"})
WEST_AFTER_NOTE = (
    "; no later loss reported before the army took Halfaya to the north on 23 Apr (Al Jazeera; "
    "rules_hama answers from that day): continuity inferred; the days from the offensive of 21 "
    "Mar (and of Aug 2016) are not stored"
)
MAARZAF_SPANS = (
    Span(day("2017-03-29"), EVE_OF_HALFAYA, "government", (ARZAH_30_MAR, KHATTAB_31_MAR),
         "the regime's forces regained 'the villages of Maarzaf and Kafr Amim' on Wednesday 29 "
         "Mar 2017 in their counter-attack (Enab Baladi, 30 Mar)" + WEST_AFTER_NOTE),
)  # fmt: skip
SHAIZAR_SPANS = (
    Span(day("2017-03-30"), EVE_OF_HALFAYA, "government", (ARZAH_30_MAR, KHATTAB_31_MAR),
         "the regime's forces regained Shaizar in the north-western countryside 'during this "
         "week' (Enab Baladi, Thursday 30 Mar 2017: counted from that day)" + WEST_AFTER_NOTE),
)  # fmt: skip
#: SOHR's and Enab Baladi's 'Balhsein' (بلحسين, 'Zawr Balhsein' in SOHR), named with Arzah and
#: Maarzaf on the north-western axis: the gazetteer's Zawr Bel Hsein, 1.7 km north of Arzah.
BALHSEIN_SPANS = (
    Span(day("2017-03-30"), EVE_OF_HALFAYA, "government", (SOHR_31_MAR, KHATTAB_31_MAR),
         "the regime's forces regained Zawr Balhsein on Thursday 30 Mar 2017 (SOHR, 31 Mar: "
         "'yesterday'; Enab Baladi: the factions withdrew from Balhsein 'during this week')"
         + WEST_AFTER_NOTE),
)  # fmt: skip
KHIRBAT_AL_HIJAMA_SPANS = (
    Span(day("2017-03-30"), EVE_OF_HALFAYA, "government", (SOHR_31_MAR,),
         "the regime's forces regained Khirbat al-Hijama on Thursday 30 Mar 2017 (SOHR, 31 Mar: "
         "'yesterday'), one of the places the factions took in their offensive of 21 Mar"
         + WEST_AFTER_NOTE),
)  # fmt: skip
ISKANDARIYAH_MAR = (
    Span(day("2017-03-31"), day("2017-04-02"), "opposition", (SOHR_31_MAR, MAARDES_3_APR),
         "still 'outside the regime's control' with Soran and Maardes on 31 Mar 2017 (SOHR) until "
         "the regime took it with Maardes on 3 Apr (Enab Baladi): continuity inferred; the "
         "factions holding it are not named"),
)  # fmt: skip
BALIL_SPANS = (
    Span(day("2017-12-10"), day("2017-12-10"), "government", (BALIL_10_DEC,),
         "the regime's forces took 'the village of al-Balil and its hill' from HTS's side at dawn "
         "on Sunday 10 Dec 2017 (concurring sources to Enab Baladi; loyalist pages); the days "
         "before and after (the factions' counter-attacks of Dec 2017) are not stored"),
)  # fmt: skip
#: Named by Enab Baladi among the places HTS and FSA factions took from the army on 19 Sep 2017.
TAKEN_19_SEP_2017 = frozenset({"zuqhba", "qasr_al_mukharam"})
SEP_2017_SPANS = (
    Span(day("2017-09-18"), day("2017-09-18"), "government", (SEP_2017_BATTLE,),
         "the factions' 'Ya Ibad Allah Uthbutu' battle, begun on the morning of 19 Sep 2017, took "
         "it 'at the expense of Assad forces' (Enab Baladi): the army's the day before"),
    Span(day("2017-09-19"), day("2017-09-19"), "opposition", (SEP_2017_BATTLE,),
         "Tuesday 19 Sep 2017: HTS and FSA factions took al-Sha'tah, al-Tulaysiyah, al-Zughbah, "
         "Qasr al-Mukharram and Tal al-Sawda (informed sources to Enab Baladi; photos from inside "
         "Qasr al-Mukharram), the army admitting the loss of forward points: fought over that "
         "day; the days after (the army's return) are not stored", status="contested",
         with_parties=("government", "hts")),
)  # fmt: skip


# --- Atshan and Umm Haratayn, the factions' from Nov 2015 to the army's push of Dec 2017 -------
ATSHAN_6_NOV_2015 = "enab_baladi-2015-11-06-atshan-umm-haratayn"
UMM_HARATAYN_27_DEC = "enab_baladi-2017-12-27-umm-haratayn"
SANA_ATSHAN_30_DEC = "sana-2017-12-30-atshan"
# review h-rev53 (sources/2016-2019-rev53.toml; the two SMART items of 12 Jan: hama8's)
REV53_PANARMENIAN_27_DEC = "panarmenian-2017-12-27-um-haryateen"
REV53_STEP_23_SEP_2017 = "step_news-2017-09-23-umm-haratayn"
REV53_SHAAM_11_JAN = "shaam_news-2018-01-11-radd-al-tughyan-atshan"
REV53_SMART_12_JAN = "smart-2018-01-12-atshan-khuwayn"
REV53_SMART_12_JAN_ROOMS = "smart-2018-01-12-factions-retake-villages"
REV53_SMART_14_JAN = "smart-2018-01-14-atshan-retaken"
REV53_ENAB_16_JAN = "enab_baladi-2018-01-16-atshan-front-line"
HELD_SINCE_2015 = (
    "the opposition factions (Ahrar al-Sham, in the Jaysh al-Fath room) regained Atshan and Umm "
    "Haratayn on 6 Nov 2015 (Enab Baladi); no change of hands reported before the army's push of "
    "late Dec 2017, when Enab Baladi's headline had the army reaching Atshan (27 Dec): held by "
    "the factions between the reports (continuity inferred; HTS among the factions of the "
    "area in 2017, not named for these villages); the government side's own account "
    "agrees: Al-Masdar News (via PanARMENIAN.Net, 27 Dec 2017, party claim) says 'all attempts "
    "by army-led forces since then to recapture' Atshan 'have failed' (it dates the factions' "
    "capture to the second half of 2016, against Enab Baladi's 6 Nov 2015)"
)
AFTER_DEC_2017 = (
    "; no later loss reported before the northern Homs / southern Hama pocket's end (May 2018), "
    "drawn government by the autumn-2019 snapshot (continuity inferred)"
)
ATSHAN_HELD_SOURCES = (ATSHAN_6_NOV_2015, UMM_HARATAYN_27_DEC, REV53_PANARMENIAN_27_DEC)
#: review h-rev53: the factions' counter-attack of 11 - 16 Jan 2018 ('Radd al-Tughyan'). The
#: earlier rows drew Atshan the army's from 30 Dec 2017 to May 2018 ('no later loss reported').
ATSHAN_JAN_2018 = (
    Span(
        day("2017-12-30"),
        day("2018-01-10"),
        "government",
        (SANA_ATSHAN_30_DEC, UMM_HARATAYN_27_DEC, REV53_SHAAM_11_JAN),
        "a military source said the army retook Atshan with four villages and three hills on "
        "Saturday 30 Dec 2017 (SANA, party claim), three days after it took Umm Haratayn to the "
        "south (Enab Baladi); held until the factions' counter-attack of Thursday 11 Jan 2018 "
        "(Shaam News): continuity inferred",
    ),
    Span(
        day("2018-01-11"),
        day("2018-01-11"),
        "opposition",
        (REV53_SHAAM_11_JAN, REV53_SMART_12_JAN),
        "[rev53] Thursday 11 Jan 2018: the factions' new 'Radd al-Tughyan' room 'regained "
        "control of the town of Atshan and the al-Hasyan farms north of it' in the first hours "
        "of its battle (Shaam News, opposition outlet: the factions' claim, translated); the "
        "army's bombardment drove them out that night (SMART, 12 Jan): fought over that day",
        status="contested",
        with_parties=("government",),
    ),
    Span(
        day("2018-01-12"),
        day("2018-01-12"),
        "government",
        (REV53_SMART_12_JAN, REV53_SMART_12_JAN_ROOMS),
        "[rev53] Friday 12 Jan 2018: the FSA factions and Islamic battalions 'withdrew from the "
        "village of Atshan' on the night of Thursday to Friday because of the air and artillery "
        "bombardment and the regime's forces retook it (activists to SMART); another SMART item "
        "of that day has Jaysh al-Izza take 'all of Atshan' on Friday (the faction's claim): "
        "fought over that day",
        status="contested",
        with_parties=("opposition",),
    ),
    Span(
        day("2018-01-13"),
        day("2018-01-13"),
        "government",
        (REV53_SMART_12_JAN, REV53_SMART_14_JAN),
        "[rev53] between the army's return of the night of 11 - 12 Jan 2018 (SMART) and the "
        "factions' retake of Sunday 14 Jan (SMART: they 'regained control' of it): continuity "
        "inferred",
    ),
    Span(
        day("2018-01-14"),
        day("2018-01-14"),
        "opposition",
        (REV53_SMART_14_JAN, REV53_ENAB_16_JAN),
        "[rev53] Sunday 14 Jan 2018: Jaysh al-Izza announced control of 'all of the village of "
        "Atshan and its farms', Ahrar al-Sham and the Nour al-Din al-Zinki movement that they "
        "retook it after violent clashes (statements to SMART: the factions' claims); Enab "
        "Baladi: the factions entered it that Sunday: fought over that day",
        status="contested",
        with_parties=("government",),
    ),
    # 15 - 16 Jan 2018 are left to the block's stored gap, naming both sides here: on Tuesday
    # 16 Jan FSA military sources told Enab Baladi that the village had 'turned into a line of
    # fire and confrontation' between the factions and the army after the factions withdrew
    # from it under the Russian air strikes; a pro-government report that the Tiger Forces
    # retook it on 15 Jan was read only on an unidentified relay and is not used.
    Span(
        day("2018-01-17"),
        HAMA_REGION_END,
        "government",
        (SANA_ATSHAN_30_DEC, REV53_ENAB_16_JAN),
        "[rev53] the factions had withdrawn from Atshan by 16 Jan 2018 (Enab Baladi) and no "
        "later retake by them was found; the army's hold from 17 Jan rests on its claim of 30 "
        "Dec 2017 (SANA, party claim): continuity inferred" + AFTER_DEC_2017,
    ),
)
ATSHAN_SPANS = (
    Span(day("2016-08-01"), day("2017-12-29"), "opposition", ATSHAN_HELD_SOURCES,
         HELD_SINCE_2015),
    *ATSHAN_JAN_2018,
)  # fmt: skip
UMM_HARATAYN_SPANS = (
    Span(day("2016-08-01"), day("2017-09-22"), "opposition", ATSHAN_HELD_SOURCES,
         HELD_SINCE_2015),
    Span(day("2017-09-23"), day("2017-09-23"), "opposition", (REV53_STEP_23_SEP_2017,),
         "[rev53] Saturday 23 Sep 2017: the regime's forces advanced into Umm Haratayn that "
         "morning; an HTS commander told HTS's Ebaa agency that its fighters repelled them and "
         "'regained control of it' (party claim; Ahrar al-Sham's spokesman withdrew his "
         "movement's own claim to the retake), via Step News: fought over that day",
         status="contested", with_parties=("government", "hts")),
    Span(day("2017-09-24"), day("2017-12-26"), "opposition",
         (*ATSHAN_HELD_SOURCES, REV53_STEP_23_SEP_2017),
         HELD_SINCE_2015 + "; retaken by HTS on 23 Sep 2017 after the army's incursion "
         "that morning (Ebaa via Step News, party claim): held by the factions from then to the "
         "army's push of 27 Dec (continuity inferred)"),
    Span(day("2017-12-27"), day("2017-12-27"), "government", (UMM_HARATAYN_27_DEC,),
         "the regime's media said on Wednesday 27 Dec 2017 that the army had taken Umm Haratayn "
         "(party claim); Enab Baladi's correspondent confirmed it, military sources saying "
         "infantry had entered the village with clashes still going on: fought over that day",
         status="contested", with_parties=("opposition",)),
    Span(day("2017-12-28"), HAMA_REGION_END, "government",
         (UMM_HARATAYN_27_DEC, SANA_ATSHAN_30_DEC),
         "taken by the army on 27 Dec 2017 (Enab Baladi), which took Atshan to the north on 30 "
         "Dec (SANA, party claim)" + AFTER_DEC_2017),
)  # fmt: skip


def _ids(*ids: str):
    wanted = frozenset(ids)
    return lambda place, _where: place.id in wanted


HAMA5: tuple[RegionRule, ...] = (
    RegionRule("hama5_taybat_al_imam_2016", HAMA_REGION, _ids("taybat_al_imam"), TAYBAT),
    RegionRule("hama5_maardes_2016", HAMA_REGION, _ids("maardis"), MAARDES_2016),
    RegionRule("hama5_kawkab_2016", HAMA_REGION, _ids("kawkab"), KAWKAB_2016),
    RegionRule("hama5_iskandariyah_16_oct", HAMA_REGION, _ids("iskandariyah"), ISKANDARIYAH_16_OCT),
    RegionRule("hama5_maardes_2017", HAMA_REGION, _ids("maardis"), MAARDES_2017),
    RegionRule("hama5_iskandariyah_3_apr", HAMA_REGION, _ids("iskandariyah"), ISKANDARIYAH_3_APR),
    RegionRule("hama5_kawkab_2017", HAMA_REGION, _ids("kawkab"), KAWKAB_2017),
    RegionRule("hama5_arzah_30_mar", HAMA_REGION, _ids("arzah"), ARZAH_30_MAR_SPANS),
    RegionRule("hama5_maarzaf_kafr_amim", NORTH_HAMA, _ids(*MAARZAF_KAFR_AMIM), MAARZAF_SPANS),
    RegionRule("hama5_shaizar", NORTH_HAMA, _ids("shaizar"), SHAIZAR_SPANS),
    RegionRule("hama5_balhsein", HAMA_REGION, _ids("zawr_bel_hsein"), BALHSEIN_SPANS),
    RegionRule("hama5_hijama", HAMA_REGION, _ids("khirbet_al_hijama"), KHIRBAT_AL_HIJAMA_SPANS),
    RegionRule("hama5_iskandariyah_31_mar", HAMA_REGION, _ids("iskandariyah"), ISKANDARIYAH_MAR),
    RegionRule("hama5_balil", HAMA_REGION, _ids("balil"), BALIL_SPANS),
    RegionRule("hama5_19_sep_2017", HAMA_REGION, _ids(*TAKEN_19_SEP_2017), SEP_2017_SPANS),
    RegionRule("hama5_atshan", HAMA_REGION, _ids("atshan"), ATSHAN_SPANS),
    RegionRule("hama5_umm_haratayn", HAMA_REGION, _ids("umm_haratayn"), UMM_HARATAYN_SPANS),
)
