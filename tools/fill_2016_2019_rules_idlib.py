"""Fill rules for Idlib, Latakia and north-west Aleppo before the 2019 offensive (#15, h-idlib).

Named places of the catch-all blocks ``fill_idlib_pre_offensive``, ``fill_idlib_hts_sites`` and
``fill_latakia_front`` (in `tools/fill_2016_2019_rules.py`) that dated sources answer. The tool
tries these rules first; places they do not name fall through to the catch-alls, which keep the
gap. Region-level statements applied to villages say so in the note. Build-time tooling.
"""

from __future__ import annotations

from datetime import date, timedelta

from geodata.control.model import UNKNOWN
from tools.fill_2016_2019_rules import GAP_B, LATAKIA, OFFENSIVE_2019, WINDOWS, Rule, Span

FIRST = WINDOWS[0][0]
SNAPSHOT_EVE = WINDOWS[0][1]  # 22 Oct 2019: the day before the autumn-2019 snapshot
HTS_INFIGHTING = date(2017, 7, 21)  # truce of Friday 21 July 2017 (Al Jazeera)
HTS_NLF_DEAL = date(2019, 1, 10)  # The New Arab, 10 Jan 2019
ARMY_OFFENSIVE_2017 = date(2017, 10, 22)  # 'since Oct. 22' (SOHR via Reuters, 7 Jan 2018)

# --- sources (registry ids; this batch's own are in sources/2016-2019-idlib.toml) ------------
ALLIANCE = "aljazeera-2017-07-23-hts-idlib"
HTS_LARGELY = "newarab-2017-10-13-turkish-observation-posts"
HTS_DEAL = "newarab-2019-01-10-hts-takes-idlib"
SINJAR = ("ap-2018-01-07-sinjar", "reuters-2018-01-07-sinjar-95-villages")
SOUTHEAST_2018 = (
    "reuters-2018-01-07-sinjar-95-villages",
    "newarab-2018-01-abu-duhur-airbase",
    "syria_direct-2018-02-13-is-surrender-idlib",
    "afp-2018-02-13-is-ousted-idlib",
)
ABU_DALI = ("enab_baladi-2016-06-29-abu-dali", "sohr-2017-10-abu-dali-mshirfah-shelled")
KINSABBA = (
    "ap-2016-07-kinsabba-regained",
    "xinhua-2016-07-01-kinsabba-rebels",
    "reuters-2016-02-18-kansaba",
)

#: South-west Idlib places the 2019 offensive took (Qalaat al-Madiq - Kafr Nabudah - al-Hobait -
#: al-Tamanah, west of 36.8 E): rebel-held until it (the tank-brigade checkpoint is left out:
#: its holder before 2019 is not sourced).
WEST_2019 = (
    "al_hobait",
    "at_tamaniah",
    "dayr_sunbul",
    "jabriya",
    "kafr_ayn",
    "khirbat_murshid",
    "madayah",
    "muallis",
    "qasabiyah",
    "sahriyah",
    "sukayk",
    "sukayyat",
    "tall_hwash",
)
#: South-east Idlib places north of 35.44 N, east of 36.8 E and over 5 km from Abu Dali (whose
#: pro-government clans and the Hama border villages the army and rebels fought over in 2016 are
#: left out): on the rebel side until the army's offensive of 22 Oct 2017.
SOUTHEAST_REBEL = (
    "abu_az_zuhur",
    "al_fuhayl",
    "al_juhman",
    "al_murayjib",
    "buraghayti",
    "furayji",
    "huwa",
    "khuwayn_al_kabir",
    "mashrafah_maarrat_al_numan",
    "qasr_al_abyad",
    "sara",
    "shaykh_barakah",
    "tall_halawah",
    "tall_maraq",
    "tuwayhinah",
    "umm_al_khalakhil",
)
#: Villages next to Nubl and al-Zahraa the army took when it broke their siege in Feb 2016 (SOHR).
NUBL_RING = {
    "mayer": "sohr-2016-02-mayer",
    "muarrasat_al_khan": "sohr-2016-02-mayer",
    "misqan": "sohr-2016-02-masqan-ihres",
    "ahras": "sohr-2016-02-masqan-ihres",
}
#: North of Aleppo city: IS-held from 9 Oct 2015 for 'more than a year' (SOHR). The Juvenile
#: Prison is left out (review h-rev27): All4Syria's correspondent has the army take it, with the
#: Free Zone, on 11 Oct 2015 after IS withdrew, so SOHR's year does not carry it; its own rule
#: below stores the days as a gap naming both.
IS_NORTH_ALEPPO = ("aleppo_infantry_academy", "fafin", "kafr_qaris", "tell_qarah",
                   "wahshiyah")  # fmt: skip
JUVENILE_PRISON = "aleppo_juvenile_prison"
JUVENILE_PRISON_SOURCES = ("sohr-2016-is-leaves-infantry-school",
                           "all4syria-2015-10-12-army-takes-juvenile-prison")  # fmt: skip
IS_LEFT_NORTH_ALEPPO = date(2016, 10, 10)  # 'more than a year' after 9 Oct 2015: not before
HTS_AREA_SITES = ("afis", "idlib_central_prison", "taftanaz_air_base")
#: The 46th Regiment base (west Aleppo): taken from HTS by Jabhat Tahrir Souria on the morning
#: of Tuesday 27 Feb 2018 (al-Masdar, graded D, citing pro-opposition activists), the day after
#: Darat Izza (Syria Direct); spot-check h-spot3.
JTS_46TH = date(2018, 2, 27)
HTS_WEST_ALEPPO = date(2019, 1, 6)  # al-Atarib, 6 km away, the last to go (SMART, 6 Jan 2019)
REGIMENT_46 = ("almasdar-2018-02-27-jts-46th-regiment", "smart-2018-04-07-hts-slf-ceasefire")
HTS_JAN_2019 = ("mee-2019-01-hts-western-aleppo", "smart-2019-01-06-hts-atarib")


def _ids(*ids: str):
    return lambda place, _side: place.id in ids


def rebel_alliance(end: date, extra: tuple[str, ...], where: str) -> tuple[Span, ...]:
    """The rebel area's holders up to ``end``, modelled as for g2016_idlib_pocket (2016-2024.csv).

    Before the July 2017 infighting the alliance of Ahrar al-Sham and HTS (JFS) held it together:
    opposition, shared with HTS; after it HTS dominated, other factions kept areas (NLF 2018);
    from the HTS-NLF deal of 10 Jan 2019 the Salvation Government ran all areas.
    """
    spans = (
        Span(
            FIRST,
            HTS_INFIGHTING - timedelta(days=1),
            "opposition",
            (ALLIANCE, *extra),
            f"{where}: held by the rebel alliance in which Ahrar al-Sham and HTS (Jabhat Fateh "
            "al-Sham until Jan 2017) fought together since 2015 (Al Jazeera); region-level, "
            "factions not sourced per place (as g2016_idlib_pocket)",
            "shared",
            ("hts",),
        ),
        Span(
            HTS_INFIGHTING,
            HTS_NLF_DEAL - timedelta(days=1),
            "hts",
            (ALLIANCE, HTS_LARGELY, *extra),
            f"{where}: after the July 2017 infighting HTS dominated the area, 'largely "
            "controlled by' HTS in Oct 2017; other factions (the NLF from 2018) kept areas; "
            "region-level, factions not sourced per place",
            "shared",
            ("opposition",),
        ),
        Span(
            HTS_NLF_DEAL,
            SNAPSHOT_EVE,
            "hts",
            (HTS_DEAL, *extra),
            f"{where}: the HTS-NLF deal of 10 Jan 2019 put the Salvation Government in charge "
            "of all rebel areas (The New Arab); region-level",
        ),
    )
    return tuple(
        Span(s.start, min(s.end, end), s.controller, s.sources, s.note, s.status, s.with_parties)
        for s in spans
        if s.start <= end
    )


IDLIB_RULES: tuple[Rule, ...] = (
    Rule("fill_idlib_west_2019", _ids(*WEST_2019), rebel_alliance(
        OFFENSIVE_2019 - timedelta(days=1),
        ("ap-2019-05-22-kafr-nabuda-recaptured", "sohr-2018-02-idlib-infighting-kafrnebbul"),
        "south-west Idlib place the army took in the 2019 offensive, which began by 'cutting into "
        "rebel-held territory' at Kafr Nabuda (AP, May 2019); in Feb 2018 Ahrar and Suqour "
        "al-Sham took al-Hbit and al-Qassabiyyeh in their fight with HTS (SOHR); from 30 Apr "
        "2019: the offensive batch")),
    Rule("fill_sinjar", _ids("sinjar"), (
        *rebel_alliance(date(2018, 1, 6), SINJAR,
                        "Sinjar, in 'rebel-held territory' until 7 Jan 2018 (AP)"),
        Span(date(2018, 1, 7), SNAPSHOT_EVE, "government", SINJAR,
             "taken by the army on Sunday 7 Jan 2018 (state-affiliated Al-Ikhbariya via AP; "
             "Hezbollah's media unit via Reuters); no later loss reported, drawn government by "
             "the autumn-2019 snapshot (continuity between the two)"),
    )),
    Rule("fill_abu_dali", _ids("abu_dali"), (
        Span(FIRST, date(2017, 9, 30), "government", ABU_DALI,
             "'controlled by clans loyal to the Syrian regime' under MP Ahmad Darweesh, the "
             "regime's flag flying (Enab Baladi, 29 Jun 2016); continuity to the end of Sep 2017: "
             "HTS's attack on the village came in October 2017 (government-side accounts give 8 "
             "or 12 Oct; not stored) and by the end of October SOHR reported the army shelling "
             "Abu Dali to 'recover all the points and the areas they lost'"),
        Span(date(2017, 10, 1), SNAPSHOT_EVE, UNKNOWN, (*ABU_DALI, *SOUTHEAST_2018),
             "taken by HTS in Oct 2017 and back with the army by Oct 2019 (autumn-2019 "
             "snapshot); neither day is in a stored reputable source (government-side accounts "
             "put the army's return on 29 Dec 2017)"),
    )),
    Rule("fill_tulaysiyah", _ids("al_tulaysiyah"), (
        Span(FIRST, date(2016, 10, 7), UNKNOWN, ("reuters-2016-10-08-hama-villages-retaken",),
             "on the north-east Hama front the rebels attacked from late August 2016; the day "
             "al-Talisiya was lost, and who held it in August, are not stored"),
        Span(date(2016, 10, 8), date(2017, 9, 30), "government",
             ("reuters-2016-10-08-hama-villages-retaken", *ABU_DALI),
             "recaptured by the army on Saturday 8 Oct 2016 (Al Manar TV via Reuters; SOHR: the "
             "army's first advance there since late August); no loss reported before HTS's "
             "attack on the Abu Dali area in October 2017 (continuity to the end of Sep 2017)"),
        Span(date(2017, 10, 1), SNAPSHOT_EVE, UNKNOWN, (*ABU_DALI, *SOUTHEAST_2018),
             "HTS attacked the Abu Dali area in October 2017 and the army's offensive went on to "
             "Feb 2018 (SOHR): who held the village, and from when, is not stored until the "
             "autumn-2019 snapshot"),
    )),
    Rule("fill_idlib_southeast_before_2017", _ids(*SOUTHEAST_REBEL), (
        *rebel_alliance(ARMY_OFFENSIVE_2017 - timedelta(days=1), SOUTHEAST_2018,
                        "south-east Idlib before the army's offensive of 22 Oct 2017 (SOHR via "
                        "Reuters): Idlib 'the only province fully controlled by the rebels', "
                        "Abu al-Duhur taken by Jaish al-Fatah in 2015 (The New Arab, Jan 2018); "
                        "region-level (IS was 'kicked out' of Idlib in 2014 and came back "
                        "only in late 2017: AFP; Syria Direct)"),
        Span(ARMY_OFFENSIVE_2017, OFFENSIVE_2019 - timedelta(days=1), UNKNOWN, SOUTHEAST_2018,
             "the army's offensive from 22 Oct 2017 took 95+ villages by 7 Jan 2018 (SOHR via "
             "Reuters) and Abu al-Duhur airbase on 20-21 Jan; IS crossed into eastern Idlib and "
             "surrendered to rebels at al-Khowein on 13 Feb 2018, 'leaving the former pocket "
             "under Syrian government and partial opposition control' (Syria Direct; AFP): the "
             "day this place changed hands, and to whom, is not stored (from 30 Apr 2019: the "
             "offensive batch)"),
    )),
    Rule("fill_idlib_hts_area_sites", _ids(*HTS_AREA_SITES), rebel_alliance(
        SNAPSHOT_EVE, (),
        "site inside the rebel area that the autumn-2019 snapshot draws HTS-led; no government "
        "advance into it between 2016 and Oct 2019 is reported (as g2016_idlib_pocket)")),
    Rule("fill_kinsabba", _ids("kinnsibba"), (
        Span(FIRST, SNAPSHOT_EVE, "government", (*KINSABBA, *LATAKIA),
             "regained by the army in mid-July 2016, 'two weeks after' rebels retook it on 1 Jul "
             "(SOHR via AP; Xinhua); first taken in Feb 2016 (Reuters); no later loss reported, "
             "drawn government by the autumn-2019 snapshot (continuity between the two)"),
    )),
)  # fmt: skip

IDLIB_RULES += tuple(
    Rule(f"fill_nubl_ring_{place}", _ids(place), (
        Span(FIRST, SNAPSHOT_EVE, "government", (source, "reuters-2016-02-03-nubl-zahraa"),
             "taken by regime forces when they broke the siege of Nubl and al-Zahraa in Feb 2016 "
             "(SOHR; Reuters, 3 Feb); no later loss reported, drawn government by the "
             "autumn-2019 snapshot (continuity between the two; from 19 Dec 2019: the offensive "
             "batch's period)"),
    ))
    for place, source in NUBL_RING.items()
) + (
    Rule("fill_is_north_aleppo", _ids(*IS_NORTH_ALEPPO), (
        Span(FIRST, IS_LEFT_NORTH_ALEPPO - timedelta(days=1), "isis",
             ("sohr-2016-is-leaves-infantry-school",),
             "taken by IS from the rebel factions on 9 Oct 2015 and held for 'more than a year' "
             "(SOHR), so at least until 9 Oct 2016; the day IS left is not shown"),
        Span(IS_LEFT_NORTH_ALEPPO, SNAPSHOT_EVE, UNKNOWN, ("sohr-2016-is-leaves-infantry-school",),
             "IS withdrew 'more than a year' after Oct 2015 (day not shown): SOHR says the SDF "
             "took the villages round the Infantry School, government-side accounts say the army "
             "took the school itself (not stored); the autumn-2019 snapshot draws the area "
             "government-held; who held each place between is not stored"),
    )),
    Rule("fill_aleppo_juvenile_prison", _ids(JUVENILE_PRISON), (
        Span(FIRST, SNAPSHOT_EVE, UNKNOWN, JUVENILE_PRISON_SOURCES,
             "a stored gap, the sources disagreeing (review h-rev27; fill_is_north_aleppo had "
             "drawn it IS's to 9 Oct 2016): SOHR named the Juvenile Prison among the places IS "
             "took from the factions on 9 Oct 2015 and later had IS leave the Infantry School "
             "area 'more than a year' after (day not shown); All4Syria's correspondent (12 Oct "
             "2015) has the army take 'the Juvenile Prison and the Free Market area' on the "
             "evening of Sunday 11 Oct 2015 after IS withdrew (pro-regime pages: 'a special "
             "operation'). Neither dates who held it from Aug 2016; the autumn-2019 snapshot "
             "draws it government-held"),
    )),
    Rule("fill_idlib_46th_regiment", _ids("46th_regiment"), (
        *rebel_alliance(JTS_46TH - timedelta(days=1), (), "the 46th Regiment base west of Aleppo"),
        Span(JTS_46TH, JTS_46TH, "opposition", REGIMENT_46[:1],
             "Jabhat Tahrir Souria (Ahrar al-Sham and Nour al-Din al-Zinki) captured the base "
             "from HTS on the morning of Tuesday 27 Feb 2018, the day after Darat Izza "
             "(al-Masdar citing pro-opposition activists: a low-graded report)"),
        Span(JTS_46TH + timedelta(days=1), HTS_WEST_ALEPPO - timedelta(days=1), UNKNOWN,
             REGIMENT_46,
             "a stored gap: the HTS - Jabhat Tahrir Souria war went on until April 2018 (their "
             "ceasefire of 7 Apr, SMART), HTS's counter-attack in west Aleppo from 1 Mar is "
             "reported only by refused outlets, and who held the base until HTS took west Aleppo "
             "in Jan 2019 is not stored"),
        Span(HTS_WEST_ALEPPO, HTS_NLF_DEAL - timedelta(days=1), "hts", HTS_JAN_2019,
             "region-level: HTS seized the west Aleppo countryside Nour al-Din al-Zinki held "
             "(SOHR via Middle East Eye, 4 Jan 2019) and entered al-Atarib, 6 km from the base, "
             "on 6 Jan 2019 (SMART)"),
        *rebel_alliance(SNAPSHOT_EVE, (), "the 46th Regiment base west of Aleppo")[2:],
    )),
)  # fmt: skip

#: Days another batch dates (TEAM.md: the offensive batch from 19 Dec 2019): no fill rows there.
IDLIB_OWNED_ELSEWHERE = {rule.id: GAP_B[0] for rule in IDLIB_RULES}
