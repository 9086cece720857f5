"""Region rules from Arabic reports: the al-Hass plateau south of Aleppo, the Jarabulus crossing
(issue #15, h-ar1).

Same shape as `tools/regions_2016_2018_rules.py` (imported through it: its ``RULES`` adds
``AR1`` last). The villages the army took from Hayat Tahrir al-Sham on 13 Jan 2018 (Step News,
SMART, Radio Alkul name them) were rebel-held before: the plateau in Mar 2016 (Akhbar al-Aan)
and "the areas controlled by HTS and the factions" south-west of Khanasir on 2 Nov 2017 (SOHR's
Arabic page, which dates the attack that the English page misdates). Sources in
``sources/2016-2019-ar1.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import date

from tools.fill_2016_2019_rules import Span
from tools.regions_2016_2018_model import START, RegionRule

__all__ = ["AR1", "CROSSING", "HASS_13_JAN_SAFIRA", "HASS_13_JAN_SIMEON", "TAKEN_13_JAN_2018"]

TAKEN_13_JAN_2018 = date(2018, 1, 13)
#: The fill's answer (government, the pocket south of Aleppo cleared) starts on 9 Feb 2018; the
#: g2016 plateau rows' answer (SANA's claim of 14 Jan) on 15 Jan.
SIMEON_END, SAFIRA_END = date(2018, 2, 8), date(2018, 1, 14)
#: Named in the lists of 13 Jan 2018 (Mount Simeon district rows, ``fill_aleppo_south``).
HASS_13_JAN_SIMEON = frozenset({"tall_al_daman", "jafr_mansur", "umm_ghubar"})
#: Named in Radio Alkul's list of 13 Jan 2018 (Al-Safira district rows, the g2016 plateau block).
#: Huwair: the list's "Huwayr al-Hass", the gazetteer's only Huwayr on the plateau (name match).
HASS_13_JAN_SAFIRA = frozenset({"banan", "rasm_amaysh", "abu_abdah", "huwair"})

BEFORE_SOURCES = ("akhbar_alaan-2016-03-16-jabal-al-hass", "sohr-2017-11-02-khanasir-south-west-ar",
                  "step-2018-01-13-tal-al-daman", "smart-2018-01-13-tal-al-daman")  # fmt: skip
BEFORE_NOTE = (
    "region-level: the villages of Jabal al-Hass were held by the FSA, Ahrar al-Sham and the Nusra "
    "Front, who repelled the army's attempts on them from al-Jumrukiya on 16 Mar 2016 (Akhbar "
    "al-Aan); on Thursday 2 Nov 2017 the army attacked 'the areas controlled by Hayat Tahrir "
    "al-Sham and the factions' south-west of Khanasir (SOHR, Arabic); on 13 Jan 2018 it took this "
    "place among 36 villages after battles with HTS and the 23rd Division or HTS's withdrawal "
    "(Step News; SMART; Radio Alkul); no army entry reported between (continuity inferred); the "
    "factions per village are not stored"
)
TAKEN_SOURCES = ("step-2018-01-13-tal-al-daman", "smart-2018-01-13-tal-al-daman",
                 "radio_alkul-2018-01-36-villages-south-aleppo")  # fmt: skip
TAKEN_NOTE = (
    "taken by the army on Saturday 13 Jan 2018 with Tall al-Daman ('about 45 km south of Aleppo') "
    "and some 35 other villages of Jabal al-Hass as HTS withdrew (SMART; Step News, which names "
    "the day; Radio Alkul's correspondent lists the 36, 'yesterday evening'); Jafr Mansur is named "
    "only in the army's war media list Step News relays (party claim), the gazetteer's Huwair is "
    "matched to the list's Huwayr al-Hass by name; no rebel return reported "
    "before the pocket's clearing (continuity inferred)"
)
#: The Jarabulus - Karkamis crossing, 1.6 km north-west of the town centre on its edge.
CROSSING = "jarablus_border_crossing"
ENAB_24_AUG = "enab_baladi-2016-08-24-jarabulus-and-east"
CROSSING_END = date(2016, 9, 3)  # from 4 Sep the g2016 border rule answers (Reuters)
CROSSING_NOTE = (
    "region-level: the Turkish-backed FSA factions held Jarabulus 'and its eastern countryside' "
    "from five in the afternoon of Wednesday 24 Aug 2016 (Enab Baladi); the crossing lies on the "
    "town's northern edge; no IS return reported (continuity inferred)"
)
BEFORE_NOTE_NOV = (
    BEFORE_NOTE.split("; on 13 Jan")[0] + "; the army's offensive south-west of Khanasir began on "
    "2 Nov 2017 (continuity inferred to the day before)"
)
#: SANA (14 Jan 2018, party claim via Oman Daily) names al-Naamaniyah and the Buwaydas among the
#: villages north-east of the Tall al-Daman - Jabal al-Arbain road taken "in the last hours".
NORTH_EAST_OF_THE_ROAD = frozenset({"al_naamaniyah", "buwaydah_al_kabirah"})
BEFORE_NOTE_NE = (
    BEFORE_NOTE.split("; on 13 Jan")[0] + "; the army's operation from Jabal al-Arbain to Tall "
    "al-Daman began on 13 Jan 2018 (Step News) and SANA claimed the villages north-east of the "
    "Khanasir - Tall al-Daman road on 14 Jan (party claim); 13 - 14 Jan stay gaps"
)
ABU_RUWAYL_SOURCE = "newarab-2018-01-10-abu-ruwayl-retaken"
BEFORE_NOTE_ABU_RUWAYL = (
    BEFORE_NOTE.split("; on 13 Jan")[0] + "; Abu Ruwayl hill, south of al-Hader, was the "
    "factions' on 10 Jan 2018, when they had 'foiled all the regime's attacks for weeks' south of "
    "Aleppo (al-Araby al-Jadeed)"
)
#: Named by opposition sites (via People's Daily Arabic) among five villages "south of Maskanah"
#: the army took from IS on 24 May 2017; the others (al-Kanawiya, Muhsina, al-Jumayliya) are not
#: in the gazetteer.
SOUTH_OF_MASKANAH = frozenset({"khirbat_al_mazran", "rasm_al_hammam_al_gharbi"})
MASKANAH_SOURCE = "people_daily-2017-05-24-jirah-villages"
MASKANAH_NOTE = (
    "the gazetteer's point lies 12 - 17 km west of Maskanah, not south of it as the report says: "
    "matched by name"
)
#: Named by the state media (via Enab Baladi) on Deir Hafer's eastern axis on 23 Mar 2017; the
#: gazetteer's Tall Aqulah (east of the town), not Aqulah (9 km west of it).
EAST_OF_DEIR_HAFER = frozenset({"lalat_muhammad", "tall_aqulah", "tell_sous"})
DEIR_HAFER_SOURCE = "enab_baladi-2017-03-23-deir-hafer-siege"
#: Named by Step News (2 Feb 2018) among the villages taken south of al-Hader the day before.
TAKEN_1_FEB_2018 = frozenset({"atshanah_gharbiyah", "umm_al_karamil"})
HURRIYA = "hurriya_press-2018-01-13-tal-al-daman"
RAMLAH_HTS_SOURCES = ("newarab-2017-11-29-hts-retakes-ramlah", "smart-2017-12-02-khirbat-huwaysh",
                      "radio_alkul-2018-01-36-villages-south-aleppo")  # fmt: skip


def _spans(end: date, before_end: date) -> tuple[Span, ...]:
    return (
        Span(START, before_end, "opposition", BEFORE_SOURCES, BEFORE_NOTE, status="shared",
             with_parties=("hts",)),
        Span(TAKEN_13_JAN_2018, end, "government", TAKEN_SOURCES, TAKEN_NOTE),
    )  # fmt: skip


AR1 = (
    RegionRule("ar1_hass_13_jan_2018_simeon", "fill_aleppo_south",
               lambda p, _w: p.id in HASS_13_JAN_SIMEON,
               _spans(SIMEON_END, date(2018, 1, 12))),
    RegionRule("ar1_hass_13_jan_2018_safira", "g2016_east_aleppo_government",
               lambda p, _w: p.id in HASS_13_JAN_SAFIRA, _spans(SAFIRA_END, date(2018, 1, 12))),
    # Ramlah changed hands in the November 2017 fighting: the day the army took it is not stored
    RegionRule("ar1_ramlah", "fill_aleppo_south", lambda p, _w: p.id == "ramlah", (
        Span(START, date(2017, 11, 1), "opposition", BEFORE_SOURCES[:2], BEFORE_NOTE_NOV,
             status="shared", with_parties=("hts",)),
        Span(date(2017, 11, 29), date(2018, 1, 12), "hts", RAMLAH_HTS_SOURCES,
             "HTS retook Ramlah, Talafih, al-Rashadiyah and Sayyalah from the army in a "
             "counter-attack on the evening of Wednesday 29 Nov 2017 (sources close to HTS via "
             "al-Araby al-Jadeed: party claim); on 2 Dec SMART's local activists list Ramlah among "
             "the villages HTS had taken 'days ago'; Radio Alkul names Ramlah among the villages "
             "the army took from HTS on 13 Jan 2018 (continuity inferred between)"),
        Span(TAKEN_13_JAN_2018, SIMEON_END, "government", TAKEN_SOURCES, TAKEN_NOTE),
    )),
    # al-Rashadiyah, south-west of Khanasir: held by HTS on 9 Nov, lost and retaken in November
    RegionRule("ar1_rashadiyah", "g2016_east_aleppo_government",
               lambda p, _w: p.id == "rashadiyah", (
        Span(START, date(2017, 11, 1), "opposition", BEFORE_SOURCES[:2], BEFORE_NOTE_NOV,
             status="shared", with_parties=("hts",)),
        Span(date(2017, 11, 9), date(2017, 11, 9), "hts", ("smart-2017-11-09-rajm-al-sawan",),
             "the army advanced on al-Rashadiyah and Rajm al-Sawan, 'subject to the control of "
             "Tahrir al-Sham', on Thursday 9 Nov 2017 (an HTS commander to SMART: party claim); "
             "HTS says it held the hill and retook Rajm al-Sawan within hours"),
        Span(date(2017, 11, 29), date(2017, 12, 1), "hts", ("newarab-2017-11-29-hts-retakes-ramlah",
             "smart-2017-12-02-khirbat-huwaysh"),
             "HTS retook al-Rashadiyah with Ramlah, Talafih and Sayyalah on the evening of "
             "Wednesday 29 Nov 2017 (sources close to HTS via al-Araby al-Jadeed: party claim; "
             "SMART's activists on 2 Dec: taken 'days ago')"),
        Span(date(2017, 12, 2), date(2017, 12, 2), "hts", ("smart-2017-12-02-khirbat-huwaysh",),
             "the army advanced into al-Rashadiyah village and hill overnight 1 - 2 Dec 2017; "
             "fighting there on Saturday 2 Dec with no outcome known (SMART's local activists)",
             status="contested", with_parties=("government",)),
    )),
    # north-east of the Tall al-Daman - Jabal al-Arbain road: taken 13 - 14 Jan (day not stored)
    RegionRule("ar1_hass_north_east_of_the_road", "g2016_east_aleppo_government",
               lambda p, _w: p.id in NORTH_EAST_OF_THE_ROAD, (
        Span(START, date(2018, 1, 12), "opposition", BEFORE_SOURCES[:2] + (
             "sana-2018-01-14-northeast-of-khanasser-road",), BEFORE_NOTE_NE,
             status="shared", with_parties=("hts",)),
    )),
    RegionRule("ar1_abu_ruwayl", "fill_aleppo_south", lambda p, _w: p.id == "abu_ruwayl", (
        Span(START, date(2018, 1, 9), "opposition", BEFORE_SOURCES[:2] + (ABU_RUWAYL_SOURCE,),
             BEFORE_NOTE_ABU_RUWAYL, status="shared", with_parties=("hts",)),
        Span(date(2018, 1, 10), date(2018, 1, 10), "opposition", (ABU_RUWAYL_SOURCE,),
             "the army reached Abu Ruwayl hill at dawn on Wednesday 10 Jan 2018 and the "
             "opposition factions retook it, with Khirbat Hajj Mahmoud, by noon (local sources "
             "via al-Araby al-Jadeed); the days after stay gaps until the pocket's clearing",
             status="contested", with_parties=("government",)),
    )),
    RegionRule("ar1_south_of_maskanah_24_may_2017", "g2016_east_aleppo_government",
               lambda p, _w: p.id in SOUTH_OF_MASKANAH, (
        Span(date(2017, 2, 20), date(2017, 5, 23), "isis", (MASKANAH_SOURCE,
             "reuters-2017-03-07-khafsa"),
             "IS-held until it withdrew on 24 May 2017 (opposition sites via People's Daily "
             "Arabic; the rows before 20 Feb are IS's); no army entry reported before "
             "(continuity inferred); " + MASKANAH_NOTE),
        Span(date(2017, 5, 24), date(2017, 6, 3), "government", (MASKANAH_SOURCE,),
             "taken by the army on Wednesday 24 May 2017 after IS withdrew (opposition sites via "
             "People's Daily Arabic, with the state media's claim of Jirah's villages); "
             + MASKANAH_NOTE),
    )),
    RegionRule("ar1_east_of_deir_hafer_23_mar_2017", "g2016_east_aleppo_government",
               lambda p, _w: p.id in EAST_OF_DEIR_HAFER, (
        Span(date(2017, 1, 17), date(2017, 3, 22), "isis", (DEIR_HAFER_SOURCE,),
             "IS-held until the army took it 'after fierce battles with the Islamic State' on 23 "
             "Mar 2017 (state media via Enab Baladi); IS had held Deir Hafer since Jan 2014 and "
             "the rows before 17 Jan 2017 are IS's; no army entry east of the town reported "
             "before (continuity inferred)"),
        Span(date(2017, 3, 23), date(2017, 3, 28), "government", (DEIR_HAFER_SOURCE,),
             "on Thursday 23 Mar 2017 the state media said the army and allied militias took "
             "Lalat Muhammad, Tal Akoula and Tal al-Sous on Deir Hafer's eastern axis, completing "
             "the siege of the town (Enab Baladi: party claim); no IS return reported before the "
             "town fell on 29 Mar (continuity inferred)"),
    )),
    RegionRule("ar1_south_of_al_hader_1_feb_2018", "fill_aleppo_south",
               lambda p, _w: p.id in TAKEN_1_FEB_2018, (
        Span(date(2018, 2, 1), SIMEON_END, "government", ("step-2018-02-02-tal-alloush",),
             "taken by the army 'yesterday' (Thursday 1 Feb 2018) with Atshana Sharqiya, "
             "al-Wasita, Tall al-Hasan and other villages south of Aleppo, after clashes with the "
             "factions that offered no real resistance (Step News' correspondent, 2 Feb); no "
             "rebel return reported before the pocket's clearing (continuity inferred); the "
             "days before stay gaps"),
    )),
    # Hurriya Press: "Umm Amad" on the Jabal al-Hass axis, taken "in the past two days" (12-13 Jan)
    RegionRule("ar1_umm_al_amad", "fill_aleppo_south",
               lambda p, _w: p.id == "umm_al_amad_mount_simeon", (
        Span(START, date(2018, 1, 11), "opposition", BEFORE_SOURCES[:2] + (HURRIYA,),
             BEFORE_NOTE.split("; on 13 Jan")[0] + "; the army took Umm Amad on the Jabal "
             "al-Hass axis in the two days to Saturday 13 Jan 2018 as HTS withdrew (Hurriya "
             "Press); 12 Jan stays a gap", status="shared", with_parties=("hts",)),
        Span(TAKEN_13_JAN_2018, SIMEON_END, "government", (HURRIYA, "step-2018-01-13-tal-al-daman"),
             "taken by Saturday 13 Jan 2018, with Tall al-Daman, as HTS withdrew (Hurriya Press' "
             "field sources; Step News dates the day); no rebel return reported before the "
             "pocket's clearing (continuity inferred)"),
    )),
    RegionRule("ar1_jarabulus_crossing", "g2016_euphrates_shield",
               lambda p, _w: p.id == CROSSING, (
        Span(date(2016, 8, 24), date(2016, 8, 27), "sna", (ENAB_24_AUG,), CROSSING_NOTE),
        Span(date(2016, 8, 28), CROSSING_END, "sna",
             ("yenisafak-2016-08-28-jarabulus-aid-karkamis", ENAB_24_AUG),
             "Turkish Red Crescent aid entered Jarabulus from the Karkamis crossing on Sunday 28 "
             "Aug 2016, received in the town by Turkish officials (Anadolu via Yeni Safak: the "
             "Turkish side's account, party claim); " + CROSSING_NOTE),
    )),
)  # fmt: skip
