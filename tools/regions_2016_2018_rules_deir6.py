"""Region rules of the sixth Deir ez-Zor batch (issue #15, h-deir6): the Jafra oil field north-east
of the city (IS's until the SDF announced it taken on 30 Sep 2017, the SDF's to the eve of IS's
counter-attack of 11 Oct) and the Tanak field in the al-Shuaytat desert (IS's until the SDF's
attack of 25 Oct 2017, fought over on 25 Oct and 9 Nov, the SDF's from its capture on Monday 13
Nov to Aug 2018 reports).

Same shape as `tools/regions_2016_2018_rules_deir5.py`; `tools/regions_2016_2018_rules.py` adds
``DEIR6`` at the end of ``RULES``, so these answer only the days earlier rules leave. Sources in
``sources/2016-2019-deir6.toml`` and the earlier batch files. Days no dated report reaches stay
gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["DEIR6"]

EAST_BANK_BLOCK = "g2016_deir_ez_zor_east_bank"
#: The SDF's Jazira Storm began on 9 Sep 2017 (Rudaw).
JAZIRA_STORM = day("2017-09-09")

RUDAW_9_SEP = "rudaw-2017-09-09-jazira-storm"
ENAB_30_SEP = "enab_baladi-2017-09-30-jafra"
MASDAR_ONLINE_13_OCT = "almasdaronline-2017-10-13-tabarayya"
ENAB_9_NOV = "enab_baladi-2017-11-09-markada-busayrah"
SMART_25_OCT = "smart-2017-10-25-towards-tanak"
ENAB_13_NOV = "enab_baladi-2017-11-13-tanak"
ZAMAN_AUG_2018 = "zaman_al_wasl-2018-08-tanak-pumping-again"
ENAB_AUG_2018 = "enab_baladi-2018-08-tanak-resumes"
TRT_13_NOV = "trtworld-2017-11-13-busayrah"
SOHR_DECEMBER = "sohr-2017-12-east-bank-last-villages"
SYRIAN_MIRROR_20_FEB = "syrian_mirror-2017-02-20-makman-road-villages"
DEIREZZOR24_3_OCT = "deirezzor24-2017-10-03-kasra"
ENAB_24_FEB = "enab_baladi-2017-02-24-sdf-north-deir-villages"
#: The day before the earlier batches' SDF answer of these north-western villages (24 Feb 2017).
BEFORE_ENAB_24_FEB = day("2017-02-23")


# --- the Jafra oil field: the SDF's statement of Saturday 30 Sep 2017 ---------------------------
JAFRA_IS_NOTE = (
    "IS-held: the SDF's Jazira Storm against IS in Deir ez-Zor began on 9 Sep 2017 (Rudaw); on "
    "Saturday 30 Sep an SDF statement said its forces had advanced 'in the early morning hours' "
    "towards the Jafra oil fields north-east of Deir ez-Zor and 'liberated them completely' from "
    "IS (Enab Baladi, party claim): held by IS between (continuity inferred; not sourced per day)"
)
JAFRA_SDF_NOTE = (
    "the SDF's, party claim: its statement of Saturday 30 Sep 2017 said its forces advanced 'in "
    "the early morning hours' towards the Jafra oil fields north-east of Deir ez-Zor and took them "
    "'completely' from IS, a week after taking the Conoco gas field (Enab Baladi, translated); "
    "IS's attack on the field began on 11 Oct (clashes 'for the third day running' on 13 Oct, "
    "Al-Masdar Online): the SDF's to 10 Oct (continuity inferred); 14 - 21 Oct stay gaps (the "
    "outcome of IS's counter-attack is not dated in the reports read)"
)


# --- the Tanak field: attacked from 25 Oct, taken on Monday 13 Nov 2017 -------------------------
#: The gazetteer's Tanak processing plant (34.91 N, 40.82 E, in the al-Shuaytat desert about 77 km
#: south-east of the city) is taken as the field's plant.
TANAK_IS_NOTE = (
    "region-level: IS-held: the SDF's Jazira Storm against IS in Deir ez-Zor began on 9 Sep 2017 "
    "(Rudaw); IS had held the Tanak field, in the al-Shuaytat desert, since July 2014, and on "
    "Wednesday 25 Oct activists told SMART that the SDF had set out from the al-Omar field towards "
    "it, clashes 'still continuing' round the field 'amid attempts by the SDF to take it': held by "
    "IS to the day before (continuity inferred; not sourced per day; the gazetteer's Tanak "
    "processing plant is taken as the field's)"
)
TANAK_FOUGHT_25_OCT_NOTE = (
    "fought over: on Wednesday 25 Oct 2017 activists told SMART that the SDF, setting out from the "
    "al-Omar field, was fighting IS round the Tanak field 'amid attempts by the SDF to take it' "
    "(translated): IS's, attacked by the SDF, that day; 26 Oct - 8 Nov stay gaps (no dated report "
    "of the field's holder was read; a pro-Russian site's claim of 27 Oct that IS handed the field "
    "over without a fight was not used, the SDF's own spokeswoman reporting fighting round it on "
    "9 Nov)"
)
TANAK_FOUGHT_9_NOV_NOTE = (
    "fought over, party claim: the SDF's Jazira Storm spokeswoman Lilwa al-Abdullah told Enab "
    "Baladi on Thursday 9 Nov 2017 that fighting was continuing round the Tanak oil field "
    "(translated): IS's, attacked by the SDF, that day; 10 - 12 Nov stay gaps (the SDF announced a "
    "'new battle' for the field on 13 Nov)"
)
TANAK_SDF_NOTE = (
    "the SDF's: it said on its official channels on Monday 13 Nov 2017 that it had launched a new "
    "battle for the Tanak field and its oil company and, after 'strong clashes', took it "
    "'completely today' (Enab Baladi, translated: party claim); TRT World (13 Nov) has the SDF "
    "capture 'the second largest oil field in Syria on Monday', its advance having 'brought the Al "
    "Tenek oil field under SDF control'; Tanak is not among the 17 places SOHR had IS still "
    "holding on the east bank when fighting resumed in early December; in Aug 2018 Zaman al-Wasl "
    "had the field under the SDF's control 'since the expulsion of' IS in the autumn of 2017, a US "
    "base beside it since April, and Enab Baladi (after 21 Aug) the field controlled by the SDF "
    "and US forces since IS's expulsion: the SDF's from 13 Nov 2017 to 21 Aug 2018 (continuity "
    "inferred; not sourced per day); from 22 Aug to the SDF's Hajin campaign a gap (IS's "
    "counter-attacks of autumn 2018 in the desert east of Deir ez-Zor are not dated per place)"
)


# --- the Makman - Raqqa road: villages the SDF took on 17 - 19 Feb 2017 -------------------------
FEB_CONTINUITY = (
    "; the earlier batches' SDF answer of the north-western desert starts on 24 Feb (Enab Baladi): "
    "no IS return reported between (continuity inferred)"
)
JUWAYCE_NOTE = (
    "the SDF's: it took 'the village of Juwayce east of Raqqa' on Friday (17 Feb 2017), after "
    "Mulayhan and al-Badraniyah, in the third phase of the Wrath of Euphrates (Syrian Mirror, 20 "
    "Feb, translated)" + FEB_CONTINUITY
)
SHAMMARI_NOTE = (
    "the SDF's, party claim: the SDF announced on Sunday 19 Feb 2017, in a statement on its "
    "Facebook page, that it took the villages of Bir Shammari and Fatatish on the Raqqa - Makman "
    "road, 11 IS members killed (Syrian Mirror, 20 Feb, translated); 17 - 18 Feb, after the SDF "
    "announced its push on 17 Feb, stay gaps (the day of capture before the statement is not "
    "given)" + FEB_CONTINUITY
)
AZIZ_FOUGHT_NOTE = (
    "fought over: field activists said the Wrath of Euphrates forces took the villages of Aziz "
    "and Nawal 'yesterday evening' (Sunday 19 Feb 2017) after clashes with IS that killed and "
    "wounded fighters on both sides (Syrian Mirror, 20 Feb, translated): IS's, attacked by the "
    "SDF, that day; 17 - 18 Feb stay gaps"
)
AZIZ_SDF_NOTE = (
    "the SDF's: it took Aziz on the evening of 19 Feb 2017 after clashes with IS (field activists "
    "via Syrian Mirror, 20 Feb, translated)" + FEB_CONTINUITY
)


# --- al-Sa'wa on Tuesday 3 Oct 2017: fighting on its edges -----------------------------------
SAWA_FOUGHT_NOTE = (
    "fought over: on Tuesday 3 Oct 2017 the Deir ez-Zor Military Council and the SDF took "
    "al-Kasra, Hammar al-Kasra and Hammar al-Ali in the western countryside after violent "
    "battles with IS, 'and the battles are still continuing on the edges of the village of "
    "al-Sa'wa' (Deir Ezzor 24, translated): IS's, attacked by the SDF, that day; 4 - 8 Oct stay "
    "gaps (no dated report of the village's holder was read)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


DEIR6: tuple[RegionRule, ...] = (
    RegionRule("deir6_jafra", EAST_BANK_BLOCK, _ids("jafra_oil_field"), (
        Span(JAZIRA_STORM, day("2017-09-29"), "isis", (RUDAW_9_SEP, ENAB_30_SEP), JAFRA_IS_NOTE),
        Span(day("2017-09-30"), day("2017-10-10"), "sdf", (ENAB_30_SEP, MASDAR_ONLINE_13_OCT),
             JAFRA_SDF_NOTE),
    )),
    RegionRule("deir6_juwayce", EAST_BANK_BLOCK, _ids("jowayce"), (
        Span(day("2017-02-17"), BEFORE_ENAB_24_FEB, "sdf", (SYRIAN_MIRROR_20_FEB, ENAB_24_FEB),
             JUWAYCE_NOTE),
    )),
    RegionRule("deir6_bir_shammari_fatatish", EAST_BANK_BLOCK, _ids("bir_shammari", "fetatish"), (
        Span(day("2017-02-19"), BEFORE_ENAB_24_FEB, "sdf", (SYRIAN_MIRROR_20_FEB, ENAB_24_FEB),
             SHAMMARI_NOTE),
    )),
    RegionRule("deir6_aziz", EAST_BANK_BLOCK, _ids("aziz"), (
        Span(day("2017-02-19"), day("2017-02-19"), "isis", (SYRIAN_MIRROR_20_FEB,),
             AZIZ_FOUGHT_NOTE, status="contested", with_parties=("sdf",)),
        Span(day("2017-02-20"), BEFORE_ENAB_24_FEB, "sdf", (SYRIAN_MIRROR_20_FEB, ENAB_24_FEB),
             AZIZ_SDF_NOTE),
    )),
    RegionRule("deir6_sawa_3_oct", EAST_BANK_BLOCK, _ids("as_sawa"), (
        Span(day("2017-10-03"), day("2017-10-03"), "isis", (DEIREZZOR24_3_OCT,), SAWA_FOUGHT_NOTE,
             status="contested", with_parties=("sdf",)),
    )),
    RegionRule("deir6_tanak", EAST_BANK_BLOCK, _ids("tanak_processing_plant"), (
        Span(JAZIRA_STORM, day("2017-10-24"), "isis", (RUDAW_9_SEP, SMART_25_OCT), TANAK_IS_NOTE),
        Span(day("2017-10-25"), day("2017-10-25"), "isis", (SMART_25_OCT,),
             TANAK_FOUGHT_25_OCT_NOTE, status="contested", with_parties=("sdf",)),
        Span(day("2017-11-09"), day("2017-11-09"), "isis", (ENAB_9_NOV, ENAB_13_NOV),
             TANAK_FOUGHT_9_NOV_NOTE, status="contested", with_parties=("sdf",)),
        Span(day("2017-11-13"), day("2018-08-21"), "sdf", (ENAB_13_NOV, TRT_13_NOV,
             SOHR_DECEMBER, ZAMAN_AUG_2018, ENAB_AUG_2018), TANAK_SDF_NOTE),
    )),
)  # fmt: skip
