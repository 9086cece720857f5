"""Region rules of h-gapidl (issue #15): gaps of the Dec 2019 - Mar 2020 daily batch in the
southern and western Aleppo countryside and one south-east of Maarat al-Numan, answered from
reports that date a village.

- The army's push west of the M5, 12 - 16 Feb 2020: Syria TV's correspondent (13 Feb, 16:28) had
  the regime forces take Khan al-Asal, al-Sheikh Ali, Arnaz and Arada 'yesterday' (12 Feb) and
  Kafr Joum with the first Engineers' project 'today', aiming next at Urum al-Kubra, Urum
  al-Sughra and Kafr Naha; North Press (the same Thursday) and SANA (party claim: Jameit
  al-Mouhandiysen 1 and 2 'on Thursday', the fighters fleeing towards the two Urums) agree. On
  Friday 14 Feb Radio Alkul had the 46th Regiment, the second Engineers' project and Urum
  al-Sughra taken 'this morning' and Urum al-Kubra fought for; on Sunday 16 Feb it had Kafr
  Naha and the police school west of Aleppo taken 'last night' and the fighting on the Kafr
  Halab and Miznaz axes, where HTS sent a car bomb against the regime's positions in Kafr Halab.
- South of Aleppo, 6 - 8 Feb 2020: SOHR's reports after Saraqib fell (al-Qal'ajiyah taken
  'yesterday'; Talafeh, Othmaniyah Kabira and Ma'rata among 35 areas taken 'over the recent
  hours and days'), each page undated and dated from its text.
- al-Zerbah, its power plant, al-Barqoum, al-Qamari and al-Bawabiyah, taken on Sunday 9 Feb
  2020 (SOHR via Al-Hal; a field commander via dpa).
- al-Qarassi by Khan Touman, taken on the evening of 26 Jan 2020 (Al-Araby al-Jadeed); Khan
  al-Sibel, Maar Dibsah and al-Jaradah on the M5 north of Maarat al-Numan, taken on the night of
  Wednesday 29 Jan (Geiroon).
- Babulin (south-east of Maarat al-Numan): taken 'at midnight' 22/23 Dec 2019 (SOHR, Monday 23
  Dec), so the rebels' 19 - 22 Dec.

A rebel hold before a report is continuity from the regions rule's answer to 24 Jan 2020
(``sa_west_aleppo_before_the_push``) or from the snapshot of 18 Dec 2019, said in the note.
Sources in ``sources/2019-2020-gapidl.toml`` and earlier files; ``RULES`` in
`tools/regions_2016_2018_rules.py` adds ``GAPIDL`` last. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["GAPIDL"]

DAILY = "daily 2019-20"  # the tag of the Dec 2019 - Mar 2020 daily batch's unknown rows

SYRIA_TV_13_FEB = "syria_tv-2020-02-13-kafr-joum"
NORTH_PRESS_13_FEB = "north_press-2020-02-13-kafr-jum"
SANA_13_FEB = "sana-2020-02-13-kafarjoum"
ALKUL_14_FEB = "radio_alkul-2020-02-14-regiment-46-urum-sughra"
ALKUL_16_FEB = "radio_alkul-2020-02-16-kafr-naha-police-school"
SOHR_23_DEC = "sohr-2019-12-23-31-areas"
HTS_AREA = "newarab-2019-01-10-hts-takes-idlib"


def _ids(*ids: str):
    wanted = frozenset(ids)
    return lambda place, _where: place.id in wanted


# --- 12 Feb 2020: Khan al-Asal's neighbours west of the M5 --------------------------------------
TAKEN_12_FEB = RegionRule("gapidl_sheikh_ali_arnaz_arada_12_feb_2020", DAILY,
                          _ids("sheikh_ali", "arnaz", "aradah"), (
    Span(day("2020-02-12"), day("2020-02-16"), "government", (SYRIA_TV_13_FEB,),
         "the regime forces and their militias 'took yesterday the villages of Khan al-Asal, "
         "al-Sheikh Ali, Arnaz, Arada and the first Engineers' project west of Aleppo', drawing "
         "near the 46th Regiment (Syria TV's correspondent, 13 Feb 2020, 16:28; translated), so "
         "from Wednesday 12 Feb; no return of the factions reported before the General Command's "
         "statement of 17 Feb (the batch's answer from that day): continuity inferred; the days "
         "from 25 Jan to 11 Feb stay gaps (no report read dates the village's holder then)"),
))  # fmt: skip

# --- 13 Feb 2020: the Engineers' project, fought over ------------------------------------------
ENGINEERS_SAID = (
    "the army's units 'on Thursday liberated kafarjoum village and Jameit al-Mouhandiysen 1 and 2 "
    "areas in Aleppo western countryside after fierce clashes' (SANA, party claim); the regime "
    "forces took Kafr Joum 'and the first Engineers' project' west of the international road "
    "'today' (Syria TV, 13 Feb 2020, 16:28, which also lists the project among the gains of the "
    "day before) and 'on Thursday' (North Press); the gazetteer's al-Muhandisin, 2.5 km west of "
    "Kafr Joum, read as the Engineers' project"
)
ENGINEERS = RegionRule("gapidl_muhandisin_13_feb_2020", DAILY, _ids("al_muhandisin"), (
    Span(day("2020-02-13"), day("2020-02-13"), "government",
         (SANA_13_FEB, SYRIA_TV_13_FEB, NORTH_PRESS_13_FEB),
         f"fought over: {ENGINEERS_SAID}; Radio Alkul has 'the second Engineers' project' taken "
         "on the morning of Friday 14 Feb; 12 Feb stays a gap (Syria TV puts the first project in "
         "both days' gains)", status="contested", with_parties=("hts",)),
    Span(day("2020-02-14"), day("2020-02-16"), "government",
         (SANA_13_FEB, SYRIA_TV_13_FEB, NORTH_PRESS_13_FEB, ALKUL_14_FEB),
         f"{ENGINEERS_SAID}; by the morning of Friday 14 Feb 'the second Engineers' project' too "
         "(Radio Alkul); the fighting moved on to the two Urums and Kafr Naha and no return "
         "of the factions is reported: continuity inferred to the batch's answer from 17 Feb"),
))  # fmt: skip

# --- the villages the army aimed at on 13 Feb: the rebels' until then ---------------------------
AIMED_AT_SAID = (
    "on Thursday 13 Feb 2020 the regime forces, after taking Kafr Joum, aimed 'to take the "
    "villages of Urum al-Kubra and Urum al-Sughra and the strategic town of Kafr Naha', with "
    "Russian strikes on Kafr Naha and the 46th Regiment, which they had drawn near the day before "
    "(Syria TV, 16:28; translated); 'heading towards' the two Urums and Kafr Naha, with Russian "
    "raids round the 46th Regiment, where Turkish forces are posted (North Press); the fighters "
    "fled 'towards the villages of Ourom al-Kubra and Ourom al-Soughra', with clashes 'at the "
    "outskirts of the two villages' (SANA, party claim); held since the regions rule's answer to "
    "24 Jan (sa_west_aleppo_before_the_push), no earlier capture reported: continuity inferred"
)
AIMED_AT_SOURCES = (SYRIA_TV_13_FEB, NORTH_PRESS_13_FEB, SANA_13_FEB, HTS_AREA)
AIMED_AT = RegionRule("gapidl_urums_regiment_46_to_13_feb_2020", DAILY,
                      _ids("urum_al_kubra", "urum_al_sughra", "46th_regiment"), (
    Span(day("2020-01-25"), day("2020-02-13"), "hts", AIMED_AT_SOURCES,
         f"rebel-held (HTS-led area) until the army's push reached it: {AIMED_AT_SAID}"),
))  # fmt: skip

# --- Friday 14 Feb 2020: Urum al-Sughra and the 46th Regiment taken, Urum al-Kubra fought for ----
ALKUL_14_SAID = (
    "the regime forces 'took this morning the 46th Regiment, the second Engineers' project, the "
    "Sawma'a roundabout and the village of Urum al-Sughra west of Aleppo', while 'the axes of the "
    "town of Urum al-Kubra see violent clashes and intense rocket and air bombardment' (Radio "
    "Alkul's correspondent; translated; the page shows no day: its 'today, Friday' is 14 Feb "
    "2020, the only Friday between Kafr Joum's capture of Thursday 13 Feb and the General "
    "Command's list of 17 Feb)"
)
URUM_SUGHRA = RegionRule("gapidl_urum_sughra_14_feb_2020", DAILY, _ids("urum_al_sughra"), (
    Span(day("2020-02-14"), day("2020-02-16"), "government", (ALKUL_14_FEB,),
         f"{ALKUL_14_SAID}; no return of the factions reported: continuity inferred to the "
         "batch's answer from 17 Feb"),
))  # fmt: skip
URUM_KUBRA = RegionRule("gapidl_urum_kubra_14_feb_2020", DAILY, _ids("urum_al_kubra"), (
    Span(day("2020-02-14"), day("2020-02-14"), "hts", (ALKUL_14_FEB,),
         f"fought over: {ALKUL_14_SAID}; the day it fell is not dated by a report read (al-Masdar, "
         "low grade, claimed it that evening), so 15 - 16 Feb stay gaps", status="contested",
         with_parties=("government",)),
))  # fmt: skip
KAFR_NAHA_BEFORE = RegionRule("gapidl_kafr_naha_to_14_feb_2020", DAILY, _ids("kafr_naha"), (
    Span(day("2020-01-25"), day("2020-02-14"), "hts", (*AIMED_AT_SOURCES, ALKUL_14_FEB),
         f"rebel-held (HTS-led area) until the army's push reached it: {AIMED_AT_SAID}; on "
         "Friday 14 Feb the front still ran along Urum al-Kubra, south of the town (Radio Alkul); "
         "taken on the night of 15/16 Feb (Radio Alkul, Sunday 16 Feb): 15 Feb stays a gap"),
))  # fmt: skip

# --- Sunday 16 Feb 2020: Kafr Naha and the police school taken 'last night' ---------------------
ALKUL_SAID = (
    "Radio Alkul's correspondent in Aleppo: the regime, backed by Iranian militias, 'took last "
    "night the towns of Kafr Naha, Ajil, Uwayjil, the al-Rahhal and al-Kahraba associations and "
    "the police school west of Aleppo' (translated; the page shows no day: its 'dawn today, "
    "Sunday' is 16 Feb 2020, the only Sunday between Syria TV's 13 Feb, when Kafr Naha was still "
    "to be taken, and the General Command's list of Monday 17 Feb)"
)
KAFR_NAHA = RegionRule("gapidl_kafr_naha_police_school_16_feb_2020", DAILY,
                       _ids("kafr_naha", "khan_al_asal_police_academy"), (
    Span(day("2020-02-16"), day("2020-02-16"), "government", (ALKUL_16_FEB,),
         f"{ALKUL_SAID}; the police school read as the Khan al-Asal police academy west of the "
         "city; the night of 15/16 Feb: 16 Feb is answered, the days before stay gaps (Kafr Naha "
         "14 - 15 Feb; the academy from 25 Jan)"),
))  # fmt: skip
KAFR_HALAB = RegionRule("gapidl_kafr_halab_16_feb_2020", DAILY, _ids("kafr_halab"), (
    Span(day("2020-02-16"), day("2020-02-16"), "government", (ALKUL_16_FEB,),
         "fought over: 'violent clashes' between the opposition factions and the regime forces "
         "'on the axes of Kafr Halab and Miznaz', HTS striking 'the regime's positions in the "
         "town of Kafr Halab' with a car bomb (Radio Alkul, Sunday 16 Feb 2020; translated): "
         "the regime's, attacked by HTS; the day the army took it (before 16 Feb) is not dated by "
         "a report read, so 25 Jan - 15 Feb stay gaps", status="contested",
         with_parties=("hts",)),
))  # fmt: skip

# --- south of Aleppo, 6 - 8 Feb 2020: SOHR's lists after Saraqib fell -------------------------
SOHR_M5_IDLIB = "sohr-2020-02-07-m5-within-idlib"
SOHR_35_AREAS = "sohr-2020-02-08-35-areas-south-west-aleppo"
SOHR_35_SAID = (
    "'Over the recent hours and days, regime forces captured more than 35 areas in both southern "
    "and western countryside of Aleppo', among them Maarata, Zammar, Jazraya, Othmaniyah "
    "Kaberah, Talafeh and Al-Qal'ajiyah (SOHR; the page shows no day: Russian jets resumed "
    "'this morning' after 'nearly 36 hours' without raids since the regime took Saraqib, 5 - 6 "
    "Feb 2020, so 7 or 8 Feb): counted from 8 Feb; no return of the factions reported before "
    "the General Command's statement of 17 Feb (the batch's answer from that day): continuity "
    "inferred; the days from 25 Jan stay gaps (the day each fell is not dated)"
)
BY_8_FEB = RegionRule("gapidl_south_aleppo_by_8_feb_2020", DAILY,
                      _ids("talafeh", "othmaniyah_kabira", "khirbat_marata"), (
    Span(day("2020-02-08"), day("2020-02-16"), "government", (SOHR_35_AREAS,),
         f"{SOHR_35_SAID}. Khirbat Ma'rata read as the list's 'Maarata', named between Tal "
         "al-Zaytun and al-Rashidin's fifth sector, 3 km north of Khan Touman (not the Ma'rata "
         "east of Tell Mannas)"),
))  # fmt: skip
QALAJIYAH = RegionRule("gapidl_qalajiyah_by_7_feb_2020", DAILY, _ids("qalajiyah"), (
    Span(day("2020-02-07"), day("2020-02-16"), "government", (SOHR_M5_IDLIB, SOHR_35_AREAS),
         "the regime forces 'took yesterday al-Qal'ajiyah, Khalsah, Zaytan, Barna and Huwayr "
         "al-Eis in the southern Aleppo countryside' (SOHR, Arabic; translated; the page shows no "
         "day: the same report has the army take the M5's last stretch inside Idlib province, "
         "which Rozana and Radio Alkul date to the evening of Friday 7 Feb 2020, so the report is "
         "of 7 or 8 Feb and the capture of 6 or 7 Feb): counted from 7 Feb, 6 Feb stays a gap; "
         f"also in SOHR's later list: {SOHR_35_SAID}"),
))  # fmt: skip

# --- Sunday 9 Feb 2020: al-Zerbah and its neighbours by the M5 ---------------------------------
HAL_9_FEB = "al_hal-2020-02-09-zerbah-sohr"
DPA_9_FEB = "dpa-2020-02-09-zerbah-largest-town"
ZERBAH_SAID = (
    "SOHR: the army 'imposed its control on the town of al-Zerbah', which holds the thermal "
    "power station, and on al-Barqoum, al-Kamari, al-Salihiyah and al-Kalariyah, 2 km from the M5, "
    "the factions keeping al-Rashidin 4 with the Turkish post (Al-Hal, Sunday 9 Feb 2020); a field "
    "commander fighting with the army: al-Zerbah taken 'this morning', al-Barqoum and al-Salihiyah "
    "too, and the forces crossed the highway 'this morning' and took al-Bawabiyah (dpa, 9 Feb, "
    "14:04, via Masrawy; party claim); translated"
)
ZERBAH = RegionRule("gapidl_zerbah_9_feb_2020", DAILY,
                    _ids("al_zerbah", "zurbah_power_plant", "al_barqoum", "al_qamari",
                         "bawabiyah"), (
    Span(day("2020-02-09"), day("2020-02-16"), "government", (HAL_9_FEB, DPA_9_FEB),
         f"{ZERBAH_SAID}; the power plant read as al-Zerbah's (the gazetteer's point 2 km "
         "north-east of the town), al-Kamari as al-Qamari; no return of the factions reported "
         "before the General Command's statement of 17 Feb (the batch's answer from that day): "
         "continuity inferred; 25 Jan - 8 Feb stay gaps (Muraselon's undated 'this afternoon' is "
         "not used)"),
))  # fmt: skip

# --- 26 - 30 Jan 2020: al-Qarassi by Khan Touman; Khan al-Sibel and its neighbours on the M5 -----
ARABY_26_JAN = "the_new_arab-2020-01-26-maar-shurin-qarassi"
GEIROON_30_JAN = "geiroon-2020-01-30-khan-al-sibel"
QARASSI_SAID = (
    "in the south-western Aleppo countryside the regime forces 'advanced after clashes with the "
    "military factions and took the village of al-Qarassi and the Khan Touman depots' (Al-Araby "
    "al-Jadeed, Sunday evening 26 Jan 2020, with Maar Shurin taken 'this evening'; translated)"
)
QARASSI = RegionRule("gapidl_qarassi_26_jan_2020", DAILY, _ids("al_qarassi_farm"), (
    Span(day("2020-01-25"), day("2020-01-25"), "hts", (ARABY_26_JAN, HTS_AREA),
         f"rebel-held until the army took it: {QARASSI_SAID}; held since the regions rule's "
         "answer to 24 Jan (sa_west_aleppo_before_the_push): continuity inferred"),
    Span(day("2020-01-26"), day("2020-02-16"), "government", (ARABY_26_JAN,),
         f"{QARASSI_SAID}; the army went on to take Khan Touman itself and the front moved north "
         "and west; no return of the factions to al-Qarassi reported before the General "
         "Command's statement of 17 Feb (the batch's answer from that day): continuity inferred"),
))  # fmt: skip
KHAN_SIBEL_SAID = (
    "the regime forces and the Russian-backed Fifth Corps, with Russian air cover, 'took last "
    "night, Wednesday, the town of Khan al-Sibel', which links Maarat al-Numan and Saraqib on "
    "the road, after clashes with HTS and the NLF, then 'Maar Dibsah, al-Luf, Qamhana, Tal Dibs "
    "and Jarada', exposed to its fire (a military source to Geiroon, an opposition site; the "
    "page shows no day: the Wednesday after Maarat al-Numan's capture of 28 Jan 2020, so the "
    "night of 29 Jan; translated)"
)
KHAN_SIBEL_BEFORE = RegionRule("gapidl_khan_al_sibel_27_28_jan_2020", DAILY,
                               _ids("khan_al_sibel"), (
    Span(day("2020-01-27"), day("2020-01-28"), "hts", (ARABY_26_JAN, GEIROON_30_JAN, HTS_AREA),
         "rebel-held until the army took it: on the evening of 26 Jan the army had 'fire control' "
         "of the M5 'as far as the village of Khan al-Sibel to the north' (Al-Araby al-Jadeed); "
         f"{KHAN_SIBEL_SAID}; held since the answer to 26 Jan: continuity inferred; 29 Jan, the "
         "night it fell, stays a gap"),
))  # fmt: skip
MAAR_DIBSAH_BEFORE = RegionRule("gapidl_maar_dibsah_28_jan_2020", DAILY, _ids("maar_dibsah"), (
    Span(day("2020-01-28"), day("2020-01-28"), "hts", (GEIROON_30_JAN, HTS_AREA),
         f"rebel-held until the army took it after Khan al-Sibel: {KHAN_SIBEL_SAID}; held since "
         "the answer to 27 Jan: continuity inferred; 29 Jan stays a gap"),
))  # fmt: skip
KHAN_SIBEL_TAKEN = RegionRule("gapidl_khan_al_sibel_jaradah_30_jan_2020", DAILY,
                              _ids("khan_al_sibel", "al_jaradah"), (
    Span(day("2020-01-30"), day("2020-02-26"), "government", (GEIROON_30_JAN,),
         f"{KHAN_SIBEL_SAID}; counted from 30 Jan ('Jarada' read as the gazetteer's al-Jaradah, 4 "
         "km south-west of Khan al-Sibel); the army held the road from there north to Saraqib "
         "(taken 5 - 6 Feb) and no return of the factions is reported before SOHR's whole M5 of 11 "
         "Feb and its full control of southern Idlib of 27 Feb (the batch's answers): continuity "
         "inferred; 26 - 29 Jan stay gaps for al-Jaradah"),
))  # fmt: skip

# --- Babulin, 19 - 22 Dec 2019: taken at midnight 22/23 Dec -------------------------------------
BABULIN = RegionRule("gapidl_babulin_19_22_dec_2019", DAILY, _ids("babulin"), (
    Span(day("2019-12-19"), day("2019-12-22"), "hts", (SOHR_23_DEC, HTS_AREA),
         "rebel-held until the army took it 'at midnight yesterday' (SOHR, Monday morning 23 Dec "
         "2019: 'regime forces have not made new advances since they took control of Babolin'), "
         "the last of the 31 areas captured since the evening of Thursday 19 Dec; held since the "
         "HTS-led area of the snapshot of 18 Dec: continuity inferred"),
))  # fmt: skip

GAPIDL: tuple[RegionRule, ...] = (
    TAKEN_12_FEB, ENGINEERS, AIMED_AT, URUM_SUGHRA, URUM_KUBRA, KAFR_NAHA_BEFORE, KAFR_NAHA,
    KAFR_HALAB, BY_8_FEB, QALAJIYAH, ZERBAH, QARASSI, KHAN_SIBEL_BEFORE, MAAR_DIBSAH_BEFORE,
    KHAN_SIBEL_TAKEN, BABULIN,
)  # fmt: skip
