"""Region rules for the desert east and north-east of Salamiyah, 2017 (issue #15, h-salam).

Same shape as `tools/regions_2016_2018_rules_hama7.py` (imported through
`tools/regions_2016_2018_rules.py`, whose ``RULES`` ends with ``SALAM``): each `RegionRule`
answers stored gaps of the fill block ``[fill_hama_region]`` on registry sources
(``sources/2016-2019-salam.toml`` and earlier files). Earlier rules win, so these only add days
the h-hama ... h-hama8 rules leave: the day each of six villages of IS's Uqayribat pocket fell in
its last week (2 - 4 Oct 2017, Baladi News), al-Qubaybat and Umm Khurayzah north of Salamiyah,
taken by the army as IS withdrew on 28 Nov 2017 (SMART), the army's Brigade 66 base on 14 Nov 2017
(SMART), and Tall al-Tut and al-Mafkar on the day of IS's attack of 18 May 2017 (Shaam News).
Days no source reaches stay gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import HAMA_REGION

BALADI_4_OCT = "baladi_news-2017-10-04-is-east-hama-villages"
SOHR_EIGHT = "sohr-2017-east-hama-is-eight-villages"
SOHR_STRUCK = "sohr-2017-east-hama-is-villages-airstrikes"
REUTERS_UQAYRIBAT = "reuters-2017-09-02-uqayribat"
REUTERS_ENCLAVE = "reuters-2017-08-18-uqayribat-encircled"
AFP_4_OCT = "afp-2017-10-04-is-ousted-from-hama"
SMART_28_NOV = "smart-2017-11-28-qubaybat-umm-khurayzah"
SMART_14_NOV = "smart-2017-11-14-qasr-shawi-brigade-66"
SHAAM_18_MAY = "shaam_news-2017-05-18-is-attack-salamiyah-villages"
SYRIA_DIRECT_JUL_2016 = "syria_direct-2016-07-21-salamiya"
MAY_18_SOURCES = (SHAAM_18_MAY, SYRIA_DIRECT_JUL_2016)

#: The day after Uqayribat fell (1 Sep 2017, Reuters), where h-hama2's rows for SOHR's last eight
#: IS villages stop.
AFTER_UQAYRIBAT = day("2017-09-02")
#: The day after the army closed the Uqayribat enclave (Friday 18 Aug 2017, Reuters), where
#: h-hama4's rows for the enclave's villages stop.
AFTER_ENCLAVE = day("2017-08-19")
SINCE_UQAYRIBAT = (SOHR_EIGHT, REUTERS_UQAYRIBAT, BALADI_4_OCT)
TAKEN = (BALADI_4_OCT, AFP_4_OCT)
ON_4_OCT = "on the morning of Wednesday 4 Oct 2017"
ON_2_OCT = "on Monday 2 Oct 2017, 'two days before' the Wednesday"
#: Wednesday 4 Oct 2017, the morning the army took the last villages (Baladi News; AFP for SOHR).
LAST_DAY = day("2017-10-04")
#: The eve of the army's week against IS's last Hama pocket and of the region rows of 9 Feb 2018.
POCKET_END_EVE = day("2018-02-08")

# --- the pocket's last week: the day each village fell (Baladi News, 4 Oct 2017) ---------------
POCKET_IS_NOTE = (
    "inside IS's Uqayribat pocket, 'under Islamic State control since 2014' and closed by the army "
    "on 18 Aug 2017 (Reuters); {named}; the army took it from IS {taken} (Baladi News, Wednesday "
    "4 Oct 2017: Akash 'yesterday, Tuesday', Rasm al-Abaykah 'two days before', Umm Mayl, "
    "al-Kharijah and Abu Habilat 'this morning'): IS's to the eve of that day (continuity inferred "
    "between the reports; no other holder reported)"
)
POCKET_TAKEN_NOTE = (
    "taken from IS by the army {taken} (Baladi News' correspondent, Wednesday 4 Oct 2017, "
    "translated: the army with foreign and local militias took Umm Mayl, Sallam, Umm Tuwaynah, "
    "al-Kharijah, Abu Habilat and al-Hardanah 'this morning', Akash 'yesterday, Tuesday' and "
    "Rasm al-Abd and Rasm al-Abaykah 'two days before'); SOHR's director (AFP): 'On Wednesday, "
    "regime forces managed to take control of all the last remaining villages in the hands of "
    "Daesh (IS) in eastern Hama province'; the army's to 4 Oct, where rules_hama7 takes over"
)
SOHR_NAMED = "named by SOHR among the eight villages still IS-held after Uqayribat fell on 1 Sep"
ENCLAVE_NAMED = "named by SOHR among the IS-controlled villages warplanes struck in 2017"
BARGHUTIYAH_NOTE = (
    "on the morning of Wednesday 4 Oct 2017 IS 'is still present' in al-Barghuthiyah among a few "
    "pockets and villages of the eastern countryside (Baladi News), while SOHR's director told AFP "
    "the army took 'all the last remaining villages' held by IS that Wednesday: contested between "
    "IS and the army that day; the days before are not sourced per village here"
)
HARDANAH_NOTE = (
    POCKET_TAKEN_NOTE.format(taken=ON_4_OCT)
    + "; who held it before 4 Oct is not sourced per village here (a gap)"
)

# --- north of Salamiyah: the army takes two villages IS left (SMART, 28 Nov 2017) ---------------
QUBAYBAT_NOTE = (
    "on Tuesday 28 Nov 2017 'regime forces took the villages of Qubaybat and Umm Khurayzah (40 km "
    "east of Hama city), after a sudden withdrawal of the Islamic State's fighters from them' "
    "(local activists to SMART, translated), the same day the army took al-Mustarihah from HTS; "
    "held by the army to the eve of the region rows of 9 Feb 2018 (continuity inferred: IS's later "
    "gains of Dec 2017 - Feb 2018 are reported further north, in the al-Hamra and al-Saan "
    "sub-districts towards Idlib's border, none here); the day IS entered the two villages is not "
    "reported (the days before 28 Nov stay gaps)"
)

UMM_KHURAYZAH_NOV_NOTE = (
    "on Tuesday 28 Nov 2017 'regime forces took the villages of Qubaybat and Umm Khurayzah (40 km "
    "east of Hama city), after a sudden withdrawal of the Islamic State's fighters from them' "
    "(local activists to SMART, translated); on 4 Feb 2018 the army 'retook' Umm Hariza from IS "
    "(SANA, party claim): IS was back in between, on a day no report gives, so the days from 29 "
    "Nov 2017 to 3 Feb 2018 are a gap"
)
UMM_HARIZA_SOURCES = (
    "people_daily-2018-02-04-salamiyah-east-three-villages",
    "fresh_syria-2018-02-04-jadida-umm-hariza",
)
UMM_HARIZA_NOTE = (
    "on Sunday 4 Feb 2018 the army retook 'Umm Hariza' and Sumayriya from IS in the eastern "
    "countryside of the Salamiyah area, hours after al-Jadida (SANA via People's Daily Arabic: "
    "party claim; Fresh Syria, an opposition site, names the same three villages that afternoon; "
    "translated); read as this village: 'Umm Hariza' (أم حريزة) differs from Umm Khurayzah "
    "(أم خريزة) by one dot and the gazetteer has no other village of either spelling near "
    "Salamiyah (a name match, not a certainty); held to the eve of the region rows of 9 Feb "
    "(continuity inferred)"
)


# --- Brigade 66, the army's base north of Salamiyah (SMART, 14 Nov 2017) -------------------------
BRIGADE_66_NOTE = (
    "on Tuesday 14 Nov 2017 regime forces shelled Qasr Shawi from 'their positions in the village "
    "of al-Zaghbah' and 'their headquarters in Brigade 66 (al-Liwa 66)' as they took the village "
    "from HTS (activists to SMART, translated): the army's that day; the days before and after are "
    "not sourced here (gaps)"
)

# --- Tall al-Tut and al-Mafkar, IS's attack of Thursday 18 May 2017 (Shaam News) ----------------
MAY_18_NOTE = (
    "on the morning of Thursday 18 May 2017 IS launched a surprise attack 'on the areas controlled "
    "by Assad's forces in the villages of Aqarib al-Safi, al-Mafkar, Tall al-Tut, al-Sabburah and "
    "al-Mab'ujah near the city of Salamiyah'; the army and the NDF regained 'all the villages the "
    "organisation had advanced into' (Shaam News Network, opposition: party-side, translated); "
    "SOHR and AP report the attack on Aqarib al-Safi and al-Mab'ujah the same day: contested "
    "(the army with IS) that day only; 'al-Mafkar' is taken as Mafkar al-Sharqi, Tall al-Tut's "
    "neighbour (Syria Direct, 21 Jul 2016: the NDF's posts at both), the only Mafkar tracked; the "
    "days before and after are not sourced here (gaps)"
)


def _ids(*ids: str):
    wanted = frozenset(ids)
    return lambda place, _where: place.id in wanted


SALAM: tuple[RegionRule, ...] = (
    RegionRule("salam_akash_3_oct_2017", HAMA_REGION, _ids("akash"), (
        Span(AFTER_UQAYRIBAT, day("2017-10-02"), "isis", SINCE_UQAYRIBAT,
             POCKET_IS_NOTE.format(named=SOHR_NAMED, taken="on Tuesday 3 Oct 2017")),
        Span(day("2017-10-03"), LAST_DAY, "government", TAKEN,
             POCKET_TAKEN_NOTE.format(taken="on Tuesday 3 Oct 2017")),
    )),
    RegionRule("salam_last_eight_4_oct_2017", HAMA_REGION, _ids("um_meil", "abu_hubaylat"), (
        Span(AFTER_UQAYRIBAT, day("2017-10-03"), "isis", SINCE_UQAYRIBAT,
             POCKET_IS_NOTE.format(named=SOHR_NAMED, taken=ON_4_OCT)),
        Span(LAST_DAY, LAST_DAY, "government", TAKEN,
             POCKET_TAKEN_NOTE.format(taken=ON_4_OCT)),
    )),
    RegionRule("salam_kharijah_4_oct_2017", HAMA_REGION, _ids("al_kharijah_al_salamiyah"), (
        Span(AFTER_ENCLAVE, day("2017-10-03"), "isis", (REUTERS_ENCLAVE, SOHR_STRUCK, BALADI_4_OCT),
             POCKET_IS_NOTE.format(named=ENCLAVE_NAMED,
                                   taken=ON_4_OCT)),
        Span(LAST_DAY, LAST_DAY, "government", TAKEN,
             POCKET_TAKEN_NOTE.format(taken=ON_4_OCT)),
    )),
    RegionRule("salam_rasm_al_abaykah_2_oct_2017", HAMA_REGION, _ids("rasm_al_abaykah"), (
        Span(AFTER_ENCLAVE, day("2017-10-01"), "isis", (REUTERS_ENCLAVE, BALADI_4_OCT),
             POCKET_IS_NOTE.format(named="10 km from Uqayribat, inside the enclave of 18 Aug",
                                   taken=ON_2_OCT)),
        Span(day("2017-10-02"), LAST_DAY, "government", TAKEN,
             POCKET_TAKEN_NOTE.format(taken=ON_2_OCT)),
    )),
    RegionRule("salam_hardanah_4_oct_2017", HAMA_REGION, _ids("al_hardanah"), (
        Span(LAST_DAY, LAST_DAY, "government", TAKEN, HARDANAH_NOTE),
    )),
    RegionRule("salam_barghutiyah_4_oct_2017", HAMA_REGION, _ids("barghutiyah"), (
        Span(LAST_DAY, LAST_DAY, "isis", TAKEN, BARGHUTIYAH_NOTE,
             status="contested", with_parties=("government",)),
    )),
    RegionRule("salam_qubaybat_28_nov_2017", HAMA_REGION, _ids("al_qubaybat"), (
        Span(day("2017-11-28"), POCKET_END_EVE, "government", (SMART_28_NOV,), QUBAYBAT_NOTE),
    )),
    # Umm Khurayzah: the army's on 28 Nov 2017 (SMART) and again from 4 Feb 2018 (SANA's "Umm
    # Hariza", retaken from IS): IS was back in between, on a day no report gives (the tenth
    # spot-check's lead)
    RegionRule("salam_umm_khurayzah_28_nov_2017", HAMA_REGION, _ids("umm_khurayzah"), (
        Span(day("2017-11-28"), day("2017-11-28"), "government", (SMART_28_NOV,),
             UMM_KHURAYZAH_NOV_NOTE),
        Span(day("2018-02-04"), POCKET_END_EVE, "government", UMM_HARIZA_SOURCES,
             UMM_HARIZA_NOTE),
    )),
    RegionRule("salam_brigade_66_14_nov_2017", HAMA_REGION, _ids("brigade_66"), (
        Span(day("2017-11-14"), day("2017-11-14"), "government", (SMART_14_NOV,), BRIGADE_66_NOTE),
    )),
    RegionRule("salam_tall_al_tut_18_may_2017", HAMA_REGION,
               _ids("tell_al_tut", "mafkar_ash_sharqi"), (
        Span(day("2017-05-18"), day("2017-05-18"), "government", MAY_18_SOURCES, MAY_18_NOTE,
             status="contested", with_parties=("isis",)),
    )),
)  # fmt: skip
