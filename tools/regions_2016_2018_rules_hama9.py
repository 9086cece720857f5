"""Region rules for the villages north and north-east of Hama city that the factions' offensive
of 21 Mar 2017 did not take (issue #15, h-hama9).

Same shape as `tools/regions_2016_2018_rules_hama8.py`; `tools/regions_2016_2018_rules.py` adds
``HAMA9`` at the end of ``RULES``, so these answer only the days the earlier Hama rules leave in
the fill block ``[fill_hama_region]`` (21 Mar - 15 Apr 2017: the earlier rules answer these
places before the offensive and from Soran's recapture of 16 Apr). The places are held by the
army before and after; SOHR's tallies of the offensive (22 and 31 Mar, mid-April) name every place
the factions took and the army regained, and none of these is among them; Reuters' first report
(21 Mar) has the factions attacking Soran and Maardes only. Sources in
``sources/2016-2019-hama9.toml`` (and the earlier hama5, hama6, hama and hama4 files). Build-time
tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_ghab import NORTH_HAMA_UNDATED
from tools.regions_2016_2018_rules_hama import HAMA_REGION, NORTH_HAMA

# --- sources -------------------------------------------------------------------------------------
REUTERS_AR_21_MAR = "reuters-2017-03-21-hama-offensive-ar"
SOHR_22_MAR = "sohr-2017-03-22-khattab-shir"  # sources/2016-2019-hama6.toml
SOHR_31_MAR = "sohr-2017-03-31-16-villages-regained"  # sources/2016-2019-hama5.toml
SOHR_SORAN_APR = "sohr-2017-04-soran-last-town"  # sources/2016-2018-hama.toml
ENAB_4_APR = "enab_baladi-2017-04-04-maardes-hts"  # sources/2016-2019-hama5.toml
ENAB_28_MAR = "enab_baladi-2017-03-28-maarzaf-regained"
ENAB_30_MAR = "enab_baladi-2017-03-30-arzah-regained"  # sources/2016-2019-hama5.toml
ENAB_31_MAR = "enab_baladi-2017-03-31-khattab-regained"  # sources/2016-2019-hama5.toml
MASDAR_27_MAR = "almasdar-2017-03-27-maarzaf"
EA_AUG_2017 = "ea_worldview-2017-08-maan-clashes"  # sources/2016-2024-rev56.toml (review h-rev56)

#: The first day of the factions' offensive ('Wa Qul I'malu', 21 Mar 2017) and the eve of Soran's
#: recapture (16 Apr 2017, RFE/RL citing Reuters), from which rules_hama answers again.
OFFENSIVE_START = day("2017-03-21")
EVE_OF_SORAN = day("2017-04-15")

#: On the offensive's eastern axis: SOHR (22 Mar) had the fighting reach 'al-Tulaysiyah and
#: al-Sha'tah in the east'; these villages lie north-east of Soran, between Maan and al-Sha'tah.
#: Maan has its own rule since the review h-rev56 (`rev56_maan_mar_2017`: the same answer, with
#: EA WorldView's undated claim against it named).
EASTERN_AXIS = frozenset({
    "kubbariyah", "khafsin", "qarah_hama", "ash_shatah", "al_junaynah", "taybat_al_ism",
    "fan_shamali",
})  # fmt: skip

#: Behind the front, between Hama city, Soran's latitude and the Salamiyah road: the factions'
#: gains of March 2017 lay north and west of them (Soran, Maardes, Khattab, Kawkab, Tal Bzam).
BEHIND_THE_FRONT = frozenset({
    "abu_mansaf", "al_bardunah", "al_hashimiyah", "al_khulla", "al_mubattan", "brigade_87",
    "danin", "duwaybah", "fan_al_wastani", "jibrin", "junas", "kafraa", "khaybah",
    "khirbet_um_harti", "maar_shahour", "muraywid", "rasm_al_baghl", "samrah",
    "tayyibat_at_turki",
})  # fmt: skip

NOT_TAKEN = (
    "the factions' offensive of 21 Mar 2017 (HTS with FSA factions) attacked Soran and Maardes "
    "first (SOHR via Reuters, 21 Mar) and took more than 15 towns from 21 to 23 Mar (Enab "
    "Baladi, 4 Apr); SOHR's tally of 31 Mar names the places the army had regained since its "
    "counter-attack (Khattab, al-Majdal, al-Shir, Soubin, Kafr Amim, Kawkab, Shaizar, Maarzaf, "
    "Arzah, Point 50, Khirbat al-Hijama, Balhsein and others) and those still outside its control "
    "(Soran, Maardes, al-Iskandariyah, Tal [Bzam] ...; the list read is cut there), and in April "
    "SOHR counted Soran the last town lost since 21 Mar but Tal Bzam and Sakher; this place is "
    "in none of these lists, and it was the army's before the offensive and from 16 Apr (the "
    "region rows): the army's through the offensive, continuity inferred (no report read has the "
    "factions entering it in Mar - Apr 2017){}"
)
EASTERN_AXIS_NOTE = NOT_TAKEN.format(
    "; on 21 - 22 Mar the fighting ran 'from the Khattab depot in the west to al-Tulaysiyah and "
    "al-Sha'tah in the east' (SOHR, 22 Mar), this place on or near that eastern axis: no loss "
    "of it reported"
)
MAAN_NOTE = EASTERN_AXIS_NOTE + (
    "; against it, EA WorldView (Aug 2017, day not shown) writes that 'Rebels captured "
    "Maan this spring' in the offensive that closed within 5 km of Hama city, the regime later "
    "regaining the territory: a retrospective sentence naming no day and no source, against the "
    "dated tallies above; no dated report read (SOHR, Enab Baladi, Reuters, SMART, EA WorldView's "
    "own dispatches of 22 - 24 Mar) names Maan taken in March - April 2017 (review h-rev56)"
)
BEHIND_THE_FRONT_NOTE = NOT_TAKEN.format(
    "; it lies south or east of the factions' named gains, towards Hama city and the road to "
    "Salamiyah"
)
SOURCES = (REUTERS_AR_21_MAR, SOHR_22_MAR, SOHR_31_MAR, SOHR_SORAN_APR, ENAB_4_APR)


# --- the western axis: the factions' gains of 21 - 23 Mar 2017 up to the army's counter-attack ---
GAINS_21_23_MARCH = (
    "the factions' offensive of 21 Mar 2017 took more than 15 towns and villages 'in the period "
    "from 21 to 23 March' (Enab Baladi, 4 Apr), 'most notably Soran, Maardes, Khattab, al-Majdal "
    "and Arzah' (Enab Baladi, 28 Mar); SOHR's tally of 31 Mar counts this place among those the "
    "army regained in its counter-attack"
)
ARZAH_NOTE = (
    GAINS_21_23_MARCH + "; held by the factions (Jaysh al-Izza's room with FSA factions on the "
    "north-western axis) from 24 Mar until the army regained it on the morning of 30 Mar (Enab "
    "Baladi): continuity inferred; the days of the offensive itself (21 - 23 Mar), when the "
    "village changed hands, and the months before it are not stored"
)
MAJDAL_NOTE = (
    GAINS_21_23_MARCH + "; the factions withdrew from Maarzaf 'to the neighbouring village of "
    "al-Majdal' on 27 Mar (Enab Baladi, 28 Mar), and the army took al-Majdal after midnight of 30 "
    "- 31 Mar (SOHR; Enab Baladi, 31 Mar): the factions' from 24 to 30 Mar, continuity inferred; "
    "the days 21 - 23 Mar and the months before are not stored"
)
KAFR_AMIM_NOTE = (
    GAINS_21_23_MARCH + "; the army regained 'the villages of Maarzaf and Kafr Amim' on "
    "Wednesday 29 Mar (Enab Baladi, 30 Mar): the factions' from 24 to 28 Mar, continuity "
    "inferred; the days 21 - 23 Mar and the months before are not stored"
)
BALHSEIN_NOTE = (
    GAINS_21_23_MARCH + " (its 'Zawr Balhsein', regained 'yesterday', 30 Mar): the factions' "
    "from 24 to 29 Mar, continuity inferred (Enab Baladi, 31 Mar: the factions withdrew from "
    "Balhsein 'during this week'); the days 21 - 23 Mar and the months before are not stored"
)
HIJAMA_NOTE = (
    GAINS_21_23_MARCH + " (regained 'yesterday', 30 Mar): the factions' from 24 to 29 Mar, "
    "continuity inferred; the days 21 - 23 Mar and the months before are not stored"
)
MAARZAF = (
    Span(day("2017-03-21"), day("2017-03-21"), "government", (ENAB_28_MAR, REUTERS_AR_21_MAR),
         "held by the regime until Jaysh al-Izza and Abna al-Sham took Maarzaf on 22 Mar 2017 "
         "(Enab Baladi, 28 Mar): the army's on the offensive's first day, when the factions "
         "attacked Soran and Maardes (SOHR via Reuters); the months before are not stored"),
    Span(day("2017-03-22"), day("2017-03-22"), "opposition", (ENAB_28_MAR,),
         "Wednesday 22 Mar 2017: Jaysh al-Izza and Abna al-Sham fighters took Maarzaf (Enab "
         "Baladi, 28 Mar): changed hands that day", status="contested",
         with_parties=("government",)),
    Span(day("2017-03-23"), day("2017-03-26"), "opposition", (ENAB_28_MAR,),
         "taken by Jaysh al-Izza and Abna al-Sham (FSA factions) on 22 Mar 2017 and held through "
         "'five days' of fighting until the army entered on the evening of Monday 27 Mar (Enab "
         "Baladi, 28 Mar): continuity inferred"),
    Span(day("2017-03-27"), day("2017-03-28"), "government", (ENAB_28_MAR, MASDAR_27_MAR,
         ENAB_30_MAR),
         "the army and its militias entered Maarzaf on the evening of Monday 27 Mar 2017 after "
         "the factions withdrew to al-Majdal, the army's war media showing its troops there on "
         "the morning of 28 Mar (Enab Baladi, 28 Mar; al-Masdar, 27 Mar: 'full control', a "
         "pro-government outlet); Enab Baladi's report of 30 Mar dates the regaining of Maarzaf "
         "to Wednesday 29 Mar: the two reports disagree, so these days are stored contested",
         status="contested", with_parties=("opposition",)),
)  # fmt: skip
#: Kawkab and Shaizar: 'so far' regained by the army in Enab Baladi's report of Tuesday 28 Mar.
SO_FAR_28_MAR = (
    "'Assad forces have so far regained three villages and towns: Kawkab, Shaizar and Maarzaf' "
    "(Enab Baladi, Tuesday 28 Mar 2017, translated): the army's from that day to the later "
    "rules' answer of 30 Mar (Enab Baladi, 30 - 31 Mar: regained 'during this week'); the days "
    "before, from the factions' offensive of 21 Mar, are not stored"
)


# --- al-Hamamiyat, July 2019 ---------------------------------------------------------------------
SYRIA_TV_12_JUL_2019 = "syria_tv-2019-07-12-hamamiyat"
ENAB_10_JUL_2019 = "enab_baladi-2019-07-10-hamamiyat"  # sources/2016-2019-hama-ghab.toml
HAMAMIYAT = (
    Span(day("2019-07-11"), day("2019-07-11"), "opposition",
         (SYRIA_TV_12_JUL_2019, ENAB_10_JUL_2019),
         "the factions took al-Hamamiyat and its hill on the evening of Wednesday 10 Jul 2019 "
         "(Enab Baladi; Syria TV) and held them through seven attempts of the regime's forces, "
         "backed by Russian air cover, to retake them 'within 24 hours' (Syria TV, 12 Jul): "
         "fought over that day", status="contested", with_parties=("government",)),
    Span(day("2019-07-12"), day("2019-07-12"), "government", (SYRIA_TV_12_JUL_2019,),
         "'the military factions withdrew this morning, Friday, from the town of al-Hamamiyat "
         "and its hill' after hundreds of air strikes, the regime's and Russia's media showing "
         "the town destroyed (activists via Syria TV, 12 Jul 2019, translated): the army's from "
         "that day; the days after, to the army's push of August 2019, are not stored here"),
)  # fmt: skip


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


HAMA9: tuple[RegionRule, ...] = (
    RegionRule("hama9_eastern_axis_mar_2017", HAMA_REGION, _ids(EASTERN_AXIS), (
        Span(OFFENSIVE_START, EVE_OF_SORAN, "government", SOURCES, EASTERN_AXIS_NOTE),
    )),
    RegionRule("rev56_maan_mar_2017", HAMA_REGION, _ids(frozenset({"maan"})), (
        Span(OFFENSIVE_START, EVE_OF_SORAN, "government", (*SOURCES, EA_AUG_2017), MAAN_NOTE),
    )),
    RegionRule("hama9_behind_the_front_mar_2017", HAMA_REGION, _ids(BEHIND_THE_FRONT), (
        Span(OFFENSIVE_START, EVE_OF_SORAN, "government", SOURCES, BEHIND_THE_FRONT_NOTE),
    )),
    RegionRule("hama9_arzah_mar_2017", HAMA_REGION, _ids(frozenset({"arzah"})), (
        Span(day("2017-03-24"), day("2017-03-29"), "opposition",
             (ENAB_4_APR, ENAB_28_MAR, SOHR_31_MAR, ENAB_30_MAR), ARZAH_NOTE),
    )),
    RegionRule("hama9_majdal_mar_2017", NORTH_HAMA, _ids(frozenset({"al_majdal"})), (
        Span(day("2017-03-24"), day("2017-03-30"), "opposition",
             (ENAB_4_APR, ENAB_28_MAR, SOHR_31_MAR, ENAB_31_MAR), MAJDAL_NOTE),
    )),
    RegionRule("hama9_kafr_amim_mar_2017", NORTH_HAMA, _ids(frozenset({"kafr_amim"})), (
        Span(day("2017-03-24"), day("2017-03-28"), "opposition",
             (ENAB_4_APR, SOHR_31_MAR, ENAB_30_MAR), KAFR_AMIM_NOTE),
    )),
    RegionRule("hama9_balhsein_mar_2017", HAMA_REGION, _ids(frozenset({"zawr_bel_hsein"})), (
        Span(day("2017-03-24"), day("2017-03-29"), "opposition",
             (ENAB_4_APR, SOHR_31_MAR, ENAB_31_MAR), BALHSEIN_NOTE),
    )),
    RegionRule("hama9_hijama_mar_2017", HAMA_REGION, _ids(frozenset({"khirbet_al_hijama"})), (
        Span(day("2017-03-24"), day("2017-03-29"), "opposition", (ENAB_4_APR, SOHR_31_MAR),
             HIJAMA_NOTE),
    )),
    RegionRule("hama9_maarzaf_mar_2017", NORTH_HAMA, _ids(frozenset({"maarzaf"})), MAARZAF),
    RegionRule("hama9_kawkab_28_mar", HAMA_REGION, _ids(frozenset({"kawkab"})), (
        Span(day("2017-03-28"), day("2017-03-29"), "government", (ENAB_28_MAR,), SO_FAR_28_MAR),
    )),
    RegionRule("hama9_shaizar_28_mar", NORTH_HAMA, _ids(frozenset({"shaizar"})), (
        Span(day("2017-03-28"), day("2017-03-29"), "government", (ENAB_28_MAR,), SO_FAR_28_MAR),
    )),
    RegionRule("hama9_hamamiyat_jul_2019", NORTH_HAMA_UNDATED, _ids(frozenset({"hamamiyat"})),
               HAMAMIYAT),
)  # fmt: skip
