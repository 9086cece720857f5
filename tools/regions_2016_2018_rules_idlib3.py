"""Rules for south Idlib and the Maarat al-Numan district, 2018-2020 (issue #15, h-idlib3).

Stored gaps answered from reports that date a village: the army's push on Maarat al-Numan of
25-27 Jan 2020 (SANA's reporter and state TV, party claims; SOHR via AP for Tell Manis), which the
daily batch knew only from the General Command's list of 29 Jan; Jibala in the southern Jabal
al-Zawiya push (Qasioun, 24 Feb 2020); Mushayrifa (north) and Umm al-Khalakhil, on the contact
line east of Khan Shaykhun until the army took Mushayrifa on 24 Nov 2019 (SOHR; AP); and the
rebels' counter-attack of Thursday 11 Jan 2018, which both sides described differently. A rebel
hold before a capture is continuity from the last report that places the village on that side,
said in the note. Sources: ``sources/2016-2019-idlib3.toml`` and earlier files. ``RULES`` in
`tools/regions_2016_2018_rules.py` adds ``IDLIB3`` last. Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import date

from geodata.control.model import Locality
from tools.regions_2016_2018_model import RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d

__all__ = ["IDLIB3"]

DAILY = "daily 2019-20"  # the tag of the Dec 2019 - Mar 2020 daily batch's unknown rows
SOUTHEAST = "fill_idlib_southeast_before_2017"  # south-east Idlib from 22 Oct 2017 (fill rows)
SOUTHEAST_UNDATED = "fill_idlib_southeast_before_2017_undated"  # the same from 30 Apr 2019
OFFENSIVE = _d("2019-12-19")  # the snapshot of 18 Dec 2019 draws these places in the HTS area
SNAPSHOT_EVE = _d("2019-10-22")  # the day before the autumn-2019 snapshot
HTS_AREA = "newarab-2019-01-10-hts-takes-idlib"  # the HTS-NLF deal of 10 Jan 2019
SANA_26_JAN = "sana-2020-01-26-maar-shurin-ghadfeh-dana"
ST_27_JAN = "syria_times-2020-01-27-maasaran-sawame"
AP_26_JAN = "ap-2020-01-26-maaret-outskirts-ghadfa"
ARMY_LIST = "sana-2020-01-29-general-command-maarat"  # the batch's 'by 29 Jan' list


def _ids(*ids: str):
    wanted = frozenset(ids)

    def matches(place: Locality, _where: Where) -> bool:
        return place.id in wanted

    return matches


def _rebel_until(last: date, sources: tuple[str, ...], said: str) -> Span:
    note = (
        f"rebel-held until the army's capture: {said}; held since the HTS-led area of the "
        "snapshot of 18 Dec 2019: continuity inferred (no earlier change reported)"
    )
    return Span(OFFENSIVE, last, "hts", (*sources, HTS_AREA), note)


def _taken(first: date, last: date, sources: tuple[str, ...], said: str) -> Span:
    return Span(first, last, "government", sources,
                f"party claim: {said}; no rebel return reported before the army's list of 29 Jan "
                "(the batch's answer from that day): continuity inferred")  # fmt: skip


# --- the push on Maarat al-Numan: captures SANA's reporter dates to the day --------------------
MAAR_SHAMSHAH_SAID = (
    "Maar Shamsha was 'liberated by the army units on Saturday evening' 25 Jan 2020 (SANA, 26 "
    "Jan); al-Masdar (low grade, the batch) had it by 26 Jan"
)
SUNDAY_SAID = ("army units 'on Sunday' 26 Jan 2020 cleared Maar Shurin, al-Zaalana, al-Ghadfeh "
               "and, later that day, al-Dana west of the Maarat-Saraqib highway (SANA); Syria "
               "Times (27 Jan) has al-Dana recaptured 'late last night'")  # fmt: skip
MAASARAN_SAID = ("army units 'on Monday' 27 Jan 2020 cleared Ma'asaran town north-east of Maarat "
                 "al-Numan after fierce clashes (SANA's reporter via Syria Times)")  # fmt: skip

MAARAT_PUSH: tuple[RegionRule, ...] = (
    RegionRule("idlib3_maar_shamshah_25_jan_2020", DAILY, _ids("maar_shamshah"), (
        _rebel_until(_d("2020-01-24"), (SANA_26_JAN,), MAAR_SHAMSHAH_SAID),
        _taken(_d("2020-01-25"), _d("2020-01-25"), (SANA_26_JAN, ARMY_LIST), MAAR_SHAMSHAH_SAID),
    )),
    RegionRule("idlib3_maar_shurin_dana_26_jan_2020", DAILY,
               _ids("maar_shurin", "ad_dana_maarrat_al_numan"), (
        _rebel_until(_d("2020-01-25"), (SANA_26_JAN, ST_27_JAN), SUNDAY_SAID),
        _taken(_d("2020-01-26"), _d("2020-01-28"), (SANA_26_JAN, ST_27_JAN, ARMY_LIST),
               SUNDAY_SAID),
    )),
    RegionRule("idlib3_maasaran_27_jan_2020", DAILY, _ids("masaran_maarrat_al_numan"), (
        _rebel_until(_d("2020-01-26"), (ST_27_JAN,), MAASARAN_SAID),
        _taken(_d("2020-01-27"), _d("2020-01-28"), (ST_27_JAN, ARMY_LIST), MAASARAN_SAID),
    )),
    # Tell Manis: one of 'the six nearby villages captured over the past two days' (25-26 Jan)
    RegionRule("idlib3_tell_manis_before_25_jan_2020", DAILY, _ids("tall_manis"), (
        Span(OFFENSIVE, _d("2020-01-24"), "hts", (AP_26_JAN, SANA_26_JAN, HTS_AREA),
             "rebel-held until the army's push of 25-26 Jan 2020: 'Among the six nearby villages "
             "captured over the past two days were Tel Manas and Maarshamarin' (SOHR and SANA via "
             "AP, Sunday 26 Jan); held since the HTS-led area of the snapshot of 18 Dec 2019: "
             "continuity inferred; 25 Jan stays a gap (the day it fell is 25 or 26 Jan)"),
    )),
)  # fmt: skip

# --- Jibala, southern Jabal al-Zawiya: in Qasioun's list of the evening of 24 Feb 2020 ----------
JIBALA = RegionRule("idlib3_jibala_24_feb_2020", DAILY, _ids("jibala"), (
    Span(_d("2020-02-24"), _d("2020-02-26"), "government",
         ("qasioun-2020-02-24-southern-idlib", "al_liwaa-2020-02-26-sohr-24-villages"),
         "the government forces took 'Jabala' with Maarzita and Maarat Hurmah (Qasioun, an "
         "opposition outlet, stamped Monday 24 Feb 2020, 8:22 pm): counted from that day; SOHR "
         "named it on 26 Feb among the 24 villages taken in 48 hours (Al-Liwaa); 23 Feb, the "
         "push's first day, stays a gap; no rebel return reported: continuity inferred to the "
         "batch's answer from 27 Feb"),
))  # fmt: skip

# --- the contact line east of Khan Shaykhun after the ceasefire of 31 Aug 2019 ------------------
CONTACT_LINE_SOURCES = ("sohr-2019-11-20-mshirfah-contact-line", "ap-2019-11-24-msheirfeh",
                        "syria_times-2019-08-30-tamanaa-ceasefire", HTS_AREA)  # fmt: skip
CONTACT_LINE_NOTE = (
    "rebel-held on the contact line: on Wednesday 20 Nov 2019 SOHR called al-Mshirfah 'the first "
    "line of defense on the contact line in the area' as the army attacked it, with Russian "
    "strikes on Om al-Khalakhil; the army took Msheirfeh on Sunday 24 Nov (SANA and SOHR via AP); "
    "AP: 'A fragile cease-fire halted the advance at the end of August' (the army's ceasefire of "
    "31 Aug, SANA via Syria Times): held by the rebels from the ceasefire to the autumn-2019 "
    "snapshot, continuity inferred between the two reports (no advance here reported between). "
    "The gazetteer's Mashrafah is the northern Mushayrifa (al-Mushayrifa al-Shamaliyah), not "
    "al-Mushayrifa by Abu Dali. HTS with the NLF (the HTS-NLF deal of 10 Jan 2019); the "
    "autumn-2019 snapshot draws both government from 23 Oct: see PERIOD, h-idlib3"
)
CONTACT_LINE = RegionRule("idlib3_contact_line_31_aug_2019", SOUTHEAST_UNDATED,
                          _ids("mashrafah_maarrat_al_numan", "umm_al_khalakhil"), (
    Span(_d("2019-08-31"), SNAPSHOT_EVE, "hts", CONTACT_LINE_SOURCES, CONTACT_LINE_NOTE),
))  # fmt: skip

# --- the rebels' counter-attack of Thursday 11 Jan 2018: the two sides' accounts differ ---------
COUNTER_ATTACK = RegionRule("idlib3_counter_attack_11_jan_2018", SOUTHEAST,
                            _ids("khuwayn_al_kabir", "umm_al_khalakhil"), (
    Span(_d("2018-01-11"), _d("2018-01-11"), "government",
         ("cgtn-2018-01-rebel-counter-offensive", "reuters-2018-01-11-idlib-counter-attack"),
         "sources disagree: 'In their counter-offensive Thursday, the rebels captured the towns of "
         "Khwein, Atshan Abu Omar, and Um Khalakhel from the Syrian army' (opposition activists "
         "via CGTN), so the army held them that morning; a government source denied the rebels' "
         "15 villages and Hezbollah's media unit said the army regained positions it had withdrawn "
         "from (Reuters, 11 Jan 2018); only that day is answered, the days before and after stay "
         "gaps (no accepted source dates the army's arrival or who held them afterwards)",
         status="contested", with_parties=("hts", "opposition")),
))  # fmt: skip

IDLIB3: tuple[RegionRule, ...] = (*MAARAT_PUSH, JIBALA, CONTACT_LINE, COUNTER_ATTACK)

# --- Abu al-Duhur: the factions' until the army's approach; the government's crossing from 2018 ---
APPROACH_SOURCES = (
    "asharq_al_awsat-2018-01-08-14-km-abu-duhur",
    "newarab-2018-01-abu-duhur-airbase",
    "reuters-2018-01-07-sinjar-95-villages",
)
APPROACH_NOTE = (
    "the factions' side until the army's offensive from the south reached the area: on 7 Jan 2018 "
    "SOHR put the army, after Sinjar, '14 kilometers away from Abu al-Duhur military airport', "
    "which the factions had held since 2015 (Asharq Al-Awsat citing AFP; The New Arab: Jaish "
    "al-Fatah took Abu al-Duhur in 2015); region-level for the places by the airbase; held since "
    "the region rows to 21 Oct 2017: continuity inferred; HTS with other factions (factions per "
    "village not sourced); the days of the January fighting stay gaps (the airbase fell on 20-21 "
    "Jan, the town's day is dated only by al-Masdar)"
)
CROSSING_SOURCES = (
    "tass-2019-09-20-abu-duhur-checkpoint-since-2018",
    "tass-2019-09-14-abu-duhur-checkpoint",
    "newarab-2018-01-abu-duhur-airbase",
)
CROSSING_NOTE = (
    "party claim: the Russian reconciliation centre's Abu al-Duhur checkpoint, through which "
    "civilians left the Idlib de-escalation zone for 'the territories controlled by the "
    "government', worked from 4 Mar 2018 to December 2018 and again from 13 Sep 2019 (TASS, 14 "
    "and 20 Sep 2019): the town on the government side from the first day; the army had taken "
    "the airbase on 20-21 Jan 2018 (The New Arab); no loss reported while the checkpoint was "
    "closed (the 2019 offensive was fought west of the M5): continuity inferred to the "
    "autumn-2019 snapshot, which draws it government"
)
ABU_DUHUR_AREA = ("abu_az_zuhur", "buraghayti", "tuwayhinah")
ABU_DUHUR: tuple[RegionRule, ...] = (
    RegionRule("idlib3_abu_duhur_area_to_7_jan_2018", SOUTHEAST, _ids(*ABU_DUHUR_AREA), (
        Span(_d("2017-10-22"), _d("2018-01-07"), "hts", APPROACH_SOURCES, APPROACH_NOTE,
             status="shared", with_parties=("opposition",)),
    )),
    *(
        RegionRule(f"idlib3_{block}_abu_duhur_crossing", block, _ids("abu_az_zuhur"), (
            Span(_d("2018-03-04"), SNAPSHOT_EVE, "government", CROSSING_SOURCES, CROSSING_NOTE),
        ))
        for block in (SOUTHEAST, SOUTHEAST_UNDATED)
    ),
)  # fmt: skip

IDLIB3 = (*IDLIB3, *ABU_DUHUR)

# --- Tall Halawah, east of Abu al-Duhur: taken by IS as HTS withdrew on Tuesday 9 Jan 2018 --------
TALL_HALAWAH = RegionRule("idlib3_tall_halawah_is_9_jan_2018", SOUTHEAST, _ids("tall_halawah"), (
    Span(_d("2018-01-09"), _d("2018-02-06"), "isis",
         ("smart-2018-01-09-is-14-villages", "sohr-2018-02-is-hama-aleppo-pocket-ended",
          "shaam_news-2018-02-07-is-hands-50-villages"),
         "'On Tuesday [9 Jan 2018], the Islamic State gained control of 14 villages east of the "
         "cities of Hama and Idlib ... after the withdrawal of HTS', Tal al-Halawa among them "
         "(local activists via SMART, an opposition agency); held by IS in the pocket the army "
         "closed (SOHR) until the army took it on Wednesday 7 Feb (Shaam News; review h-rev15, "
         "which answers 7 - 8 Feb): continuity inferred between the two reports"),
))  # fmt: skip

IDLIB3 = (*IDLIB3, TALL_HALAWAH)

# --- 19 - 23 Dec 2019: places SOHR's full list of the army's 31 gains does not name -------------
SOHR_31 = "sohr-2019-12-23-31-areas"
NOT_IN_SOHR_31 = (
    "afis", "dadikh", "idlib_central_prison", "kafr_battikh", "khan_al_sibel", "sheikh_idris",
    "taftanaz_air_base", "tell_touqan", "abu_dafn", "al_amudiyah", "al_fatirah", "al_jaradah",
    "ayn_al_dayr", "ayn_qari_checkpoint", "babila_maarrat_al_numan", "dar_basidah", "fulayfil",
    "haluba", "hish", "kafr_bissin_maarrat_al_numan", "kafriya", "karratin_al_kabirah",
    "kawkabah", "kursaa", "maar_hitat", "mallajah", "muqah", "sahriyah", "sahyan", "sfuhun",
    "zahr_al_kabir",
)  # fmt: skip
NOT_IN_SOHR_31_NOTE = (
    "on the rebels' side in the offensive's first days: on Monday morning 23 Dec 2019 SOHR listed "
    "the 31 areas the army had captured since the evening of Thursday 19 Dec (Babolin the last, "
    "'at midnight'; 'regime forces have not made new advances since'), and this place is not among "
    "them; held since the HTS-led area of the snapshot of 18 Dec: continuity inferred to 23 Dec; "
    "the later days to the batch's capture day stay gaps"
)
#: Kafr Basin's 23 Dec is answered contested by review h-rev15 (Rozana: taken before that evening).
FIRST_DAYS = RegionRule("idlib3_not_in_sohr_31_areas", DAILY,
                        _ids(*(i for i in NOT_IN_SOHR_31 if i != "kafr_bissin_maarrat_al_numan")), (
    Span(OFFENSIVE, _d("2019-12-23"), "hts", (SOHR_31, HTS_AREA), NOT_IN_SOHR_31_NOTE),
))  # fmt: skip
GHADFA_FIRST_DAYS = RegionRule("idlib3_al_ghadfa_19_21_dec_2019", DAILY, _ids("al_ghadfa"), (
    Span(OFFENSIVE, _d("2019-12-21"), "hts", (SOHR_31, "almasdar-2019-12-23-ghadfah", HTS_AREA),
         f"{NOT_IN_SOHR_31_NOTE.split('; held since')[0]}; al-Masdar announced its capture on the "
         "evening of 22 Dec (a single low-grade claim): 19 - 21 Dec are answered, 22 Dec stays a "
         "gap; held since the HTS-led area of the snapshot of 18 Dec: continuity inferred"),
))  # fmt: skip

IDLIB3 = (*IDLIB3, FIRST_DAYS, GHADFA_FIRST_DAYS)
