"""Region rules from Arabic-language reports on Deir ez-Zor in Sep - Oct 2017 (issue #15, h-deir).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``DEIR2`` at the end of ``RULES``, so these answer only the days earlier rules leave: the west-bank
villages north-west of Deir ez-Zor city the army took in the week after the siege was broken
(Hezbollah's War Media via Al-Masdar Online, 21 Sep 2017: a party claim), the army's first
crossing to the east bank at Khasham (18 Sep) and IS's return there on 21 Oct (Baladi News), the
SDF's siege of Tabarayya and Hilalah's fall (11-12 Oct), al-Sa'wa and Sfira Tahtani on the SDF's
way down the north bank (Step News, 9 Oct), and two days of IS attacks on the SDF's villages south
of al-Shaddadi (Zaiton, 23 Aug 2016; NSO, 20 Mar 2017). Sources in
``sources/2016-2019-deir2.toml``. Days no dated report reaches stay gaps. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

GOVERNMENT_BLOCK = "g2016_deir_ez_zor_government"
EAST_BANK_BLOCK = "g2016_deir_ez_zor_east_bank"
SIEGE_BROKEN = "reuters-2017-09-05-deir-siege-broken"
WAR_MEDIA_21_SEP = "almasdaronline-2017-09-21-northwest-villages"
CROSSING_18_SEP = "almasdaronline-2017-09-18-east-bank-crossing"
IS_RETAKES_KHASHAM = "baladi_news-2017-10-21-is-retakes-khasham"
SANA_22_OCT = "all4syria-2017-10-22-khasham"
TABARAYYA = "almasdaronline-2017-10-13-tabarayya"
STEP_9_OCT = "step-2017-10-09-muhaymidah"
SDF_OCTOBER = "sdf_command-2017-10-deir-western-countryside"
ZAITON_24_AUG_2016 = "zaiton-2016-08-24-shaddadi-attack"
NSO_20_MAR_2017 = "nso-2017-03-20-azzawi-attack-repelled"
HASAKAH_BLOCK = "g2016_hasakah_district"
#: The batch's answer for the west bank starts on 19 Nov 2017 (Albu Kamal retaken).
BEFORE_ALBU_KAMAL = day("2017-11-18")


# --- the west bank north-west of the city, taken by the army on 21 Sep 2017 ---------------------
#: Named in the War Media's list of 21 Sep: al-Khuraytah, al-Shumaytiyah, Tarif, al-Buwaytiyah,
#: al-Hamad, al-Masrab, al-Tibni (gazetteer ids).
NORTHWEST_21_SEP = {"al_khuraytah", "al_shumaytiyah", "al_tarif", "al_buwaytiyah", "al_hamad",
                    "al_masrab", "at_tibni"}  # fmt: skip
NORTHWEST_IS_NOTE = (
    "IS-held: the army broke the siege of Deir ez-Zor on 5 Sep 2017, IS still holding 'much of "
    "the province' (Reuters), and the army named this village among those it took from IS, 'after "
    "IS withdrew from them', on Thursday 21 Sep (Hezbollah's War Media via Al-Masdar Online, party "
    "claim): held by IS between the reports (continuity inferred); 19-20 Sep, when pro-government "
    "outlets reported the first of these villages taken, stay gaps"
)
NORTHWEST_GOVERNMENT_NOTE = (
    "party claim: Hezbollah's 'Central War Media' said the army and its militias took "
    "'al-Khuraytah, Hawi Khuraytah, al-Shumaytiyah, Tarif, Misram, al-Buwaytiyah, Hawayij Dhiyab "
    "Shamiyah, Zaghir Shamiyah, al-Saadat, Tall Salim, Jabal Tarif, al-Hamad, al-Masrab, al-Tibni "
    "and Annabah' in the north-western Deir ez-Zor countryside on Thursday 21 Sep 2017, after "
    "battles with IS, and pressed on towards Ma'dan (Al-Masdar Online, translated); no IS return "
    "reported before the batch's government answer of 19 Nov (continuity inferred; not sourced "
    "per day)"
)


# --- Khasham, the army's first east-bank town (two gazetteer points name it) -----------------
KHASHAM = {"khasham", "khusham"}
KHASHAM_BEFORE_NOTE = (
    "region-level: IS held 'much of the province' when the army broke the siege on 5 Sep 2017 "
    "(Reuters), the east bank opposite the city included: the army first reached the east bank "
    "on 18 Sep, fighting IS at Khasham's western edge (Al-Masdar Online); held by IS between the "
    "reports (continuity inferred); two gazetteer points (khasham, khusham) name the town"
)
KHASHAM_18_SEP_NOTE = (
    "fought over: on Monday 18 Sep 2017 the army crossed the Euphrates on a pontoon bridge from "
    "al-Jafrah (Sputnik, Sham FM via Al-Masdar Online: party-side); the Furat Post network said it "
    "took Marrat al-Zawiya and al-Maqtu'a, 'which belong to the town of Khasham on the river "
    "side', with clashes 'after Mazloum village on the western edges of Khasham' (translated); "
    "from 19 Sep to 20 Oct no dated independent report on who held the town is stored (a gap)"
)
KHASHAM_21_OCT_NOTE = (
    "IS 'was able to regain control of the town of Khasham' on Saturday (21 Oct 2017: the day "
    "read from the text, two days after the commander named after Issam Zahreddine's death of 18 "
    "Oct) (Baladi News, local media sources, translated); SANA said the army took Khasham on "
    "Sunday 22 Oct 'after battles with IS' (via Kulluna Shuraka, party claim): held by IS, fought "
    "over with the army, that day"
)


# --- Tabarayya and Hilalah, north of al-Suwar (the SDF's Jazira Storm) ------------------------
TABARAYYA_NOTE = (
    "besieged: the SDF announced on Friday 13 Oct 2017 that it took Tabarayya 'after besieging "
    "IS in it for two days' (Al-Masdar Online, the SDF's announcement: party claim): IS inside, "
    "the SDF round it on 11-12 Oct"
)
HILALAH_NOTE = (
    "party claim: the SDF 'announced on Thursday' (12 Oct 2017) its control of Hilalah, 9 km north "
    "of al-Suwar, in its Jazira Storm campaign (Al-Masdar Online); 11 Oct stays a gap"
)


# --- al-Sa'wa and Sfira Tahtani, upstream of the city on the north bank (Oct 2017) ------------
SAWA_9_OCT_NOTE = (
    "fought over: the SDF, coming down the north bank from al-Kasrah, took Zughayr and Hawayij "
    "Dhiyab Jazira, downstream of al-Sa'wa, on the night of 8 Oct 2017 and Muhaymidah on 9 Oct "
    "(Step News); that evening IS's Amaq claimed 'two martyrdom attacks' on the SDF ('PKK') 'in "
    "the villages of al-Sa'wa and Hawayij Dhiyab' (via Step News: IS's party claim): the SDF's, "
    "attacked by IS, that day"
)
SAWA_AFTER_NOTE = (
    "the SDF's: past it on 8-9 Oct 2017 (Step News), IS's suicide attacks on it claimed on 9 Oct; "
    "the SDF said in Oct (day not shown, counted from 31 Oct) it held the north bank's western "
    "countryside to its lines with the government near the city (the party's own claim); no IS "
    "return reported between (continuity inferred; not sourced per day); 3-8 Oct stay gaps"
)
SFIRA_BEFORE_NOTE = (
    "region-level: IS held 'much of the province' when the siege broke on 5 Sep 2017 (Reuters), "
    "and Step News's correspondent reported fighting 'with IS' in Sfira Tahtani on 9 Oct as the "
    "SDF came down the north bank; this village lay outside the government's enclave: held by IS "
    "between the reports (continuity inferred)"
)
SFIRA_9_OCT_NOTE = (
    "fought over: clashes between the SDF and IS 'going on now in the town of Sfira Tahtani near "
    "the al-Ashawi petrol station' on the evening of 9 Oct 2017 (Step News); the SDF's site later "
    "in October claimed 'the villages of Sfira and Shakra' (day not shown), while the batch has "
    "the government from 19 Nov and the autumn-2019 snapshot draws it government: not answered "
    "after 9 Oct"
)


# --- al-Muhasan and its villages, downstream of the city on the west bank ---------------------
BALADI_17_OCT = "baladi_news-2017-10-17-muhasan"
MUHASAN = {"al_muhasan", "al_bo_amr", "al_bulel"}
MUHASAN_NOTE = (
    "IS-held: IS held 'much of the province' when the army broke the siege on 5 Sep 2017 "
    "(Reuters); at dawn on Tuesday 17 Oct regime forces took 'the city of al-Muhasan and the "
    "villages and towns of al-Bu'amr, al-Bulel and al-Tub' 'after the complete withdrawal' of IS "
    "from them (local media sources via Baladi News, translated): held by IS between the reports "
    "(continuity inferred; the army's from 17 Oct is the batch's answer)"
)


# --- al-Quriyah, downstream of al-Mayadin on the west bank (filed with the east bank) ----------
MAYADIN_ENCIRCLED = "reuters-2017-10-08-mayadin-encircled"
QURIYAH_BEFORE_NOTE = (
    "IS-held: IS fell back 'upon the fertile area downstream of Deir al-Zor' as the army encircled "
    "al-Mayadin (a Syrian military source to Reuters, 8 Oct 2017); the army entered al-Quriyah, "
    "downstream of al-Mayadin, only on 22 Oct, 'without notable resistance' from IS (Furat Post "
    "via Kulluna Shuraka): held by IS between the reports (continuity inferred); the town is on "
    "the river's west (Badia) side although the batch files it with the east bank"
)
QURIYAH_22_OCT_NOTE = (
    "fought over: on Sunday 22 Oct 2017 the Furat Post network said regime forces entered the "
    "town of al-Quriyah 'from the south-western side (the Badia side)', taking 'wide parts of the "
    "town without notable resistance' from IS, militias raising a flag over its central mosque "
    "(via Kulluna Shuraka, translated): the army's in part, IS's in the rest, that day; after it a "
    "gap (the army's hold on the whole town is not dated in the reports read)"
)
#: Withdrawn by h-rev54 (the point is on the east bank); kept for the record.
QURIYAH_28_NOV = ("people_daily-2017-11-28-quriyah", "afp-2018-12-14-hajin",
                  "syria_tv-2019-04-16-quriyah-ain-ali")  # fmt: skip
QURIYAH_28_NOV_NOTE = (
    "the army's: on Tuesday 28 Nov 2017 a military source told SANA the army and allied forces "
    "had 'regained control of the town of al-Quriyah on the al-Mayadin - Albu Kamal axis', a day "
    "after al-Asharah (People's Daily Arabic relaying SANA: party claim); the town lies on the "
    "west (Badia) bank, which the army entered on 22 Oct (Furat Post), not the SDF's; IS's last "
    "pocket lay round Hajin on the east bank in Dec 2018 (AFP); the regime forces and Iranian "
    "militias held Ain Ali in al-Quriyah's Badia, where a shrine was set up in Mar 2018, when IS "
    "attacked it on 15 Apr 2019 (Syria TV); no change reported between (continuity inferred). "
    "Review h-rev2: before it the rule for the east bank north of IS's pocket gave the town to "
    "the SDF"
)


# --- the villages south of al-Shaddadi (al-Hasakah district) ---------------------------------
SHADDADI_23_AUG_2016_NOTE = (
    "on Tuesday 23 Aug 2016, as the Hasakah city truce began, IS 'launched a violent attack on "
    "positions of the Syrian Democratic Forces around al-Shaddadi' and 'took control of the "
    "villages and towns of al-Sheikh Othman, al-Sheikh Hilal, Kashkash, Jabbour, al-Hamadat and "
    "parts of the village of al-Azzawi' (Zaiton, opposition magazine, next day; translated): {}"
)
KASHKASH_NOTE = SHADDADI_23_AUG_2016_NOTE.format(
    "taken by IS from the SDF that day; who held it afterwards is not reported (a gap)"
)
AZZAWI_2016_NOTE = SHADDADI_23_AUG_2016_NOTE.format(
    "the SDF's, IS in parts of the village that day; afterwards a gap"
)
AZZAWI_2017_NOTE = (
    "party claim: on Monday 20 Mar 2017 the SDF 'repelled an IS attack on the village of "
    "al-Azzawi, belonging to the al-Shaddadi area', 25 IS bodies in its hands (news sites of the "
    "Autonomous Administration via NSO, which dates IS's previous attack near al-Alwa 'Saturday "
    "18 March'): the SDF's, attacked by IS, that day; the days before and after are gaps"
)


# --- the Dashisha pocket by the Iraqi border (al-Hasakah district) ---------------------------
QASIOUN_5_JUN_2018 = "qasioun-2018-06-05-dashisha"
TALL_AL_JAYER = "almasdaronline-2017-06-19-tall-jayer"
AP_17_JUN_2018 = "ap-2018-06-17-dashishah"
DASHISHA_IS_NOTE = (
    "IS's centre: an SDF statement of 5 Jun 2018 said IS was 'still present in a 3 km area in "
    "Hasakah, and their center is Dashisha', its operation to take it underway (via Qasioun, the "
    "party's own words), until the SDF said on Sunday 17 Jun it had captured Dashishah, near the "
    "Iraqi border (AP): held by IS between the reports (continuity inferred); the gazetteer's 'El "
    "Dishishiyah', 6 km from the border, is taken for that Dashisha (the other 'Dashishah' point, "
    "35.80 N 40.82 E, lies 40 km away on the Khabur and is left unanswered)"
)
DASHISHA_SDF_NOTE = (
    "the SDF said on Sunday 17 Jun 2018 its fighters captured Dashishah, 'the last IS stronghold' "
    "in the south of al-Hasakah, and entered Naserah 3 km from the Iraqi border (AP; SOHR: 22 "
    "villages and farms in two weeks); an SDF commander spoke from Dashisha, its residents 'now "
    "under SDF control', on 2 Jul (Rudaw); inside the SDF's territory in Dec 2018 (AFP): no IS "
    "return reported (continuity inferred)"
)
SYRIA_TV_23_JUN_2018 = "syria_tv-2018-06-23-tall-safuq"
SAFUQ_IS_NOTE = (
    "IS-held: the SDF said on 5 Jun 2018 IS was still present 'in a 3 km area' of al-Hasakah "
    "centred on Dashisha (via Qasioun, party claim), and reached the Tall Safuq border post only "
    "'during the last two days' before 23 Jun, after taking al-Sabiya between it and Dashisha "
    "(Syria TV): held by IS between the reports (continuity inferred); 21-23 Jun contested "
    "(the reports differ on the day)"
)
SAFUQ_SDF_NOTE = (
    "the SDF 'reached the Tall Safuq border post with Iraq' and controlled 'the Tall Safuq area' "
    "by 23 Jun 2018, its commanders meeting Iraqi forces there (Syria TV, translated); taken at "
    "dawn on Sunday 24 Jun, a Jubur tribal sheikh told Step News (25 Jun): the SDF's from 24 Jun; "
    "inside the SDF's territory in Dec 2018 (AFP): no IS return reported (continuity inferred)"
)
JAYER_NOTE = (
    "IS-held: on Sunday 18 Jun 2017 coalition strikes hit 'the villages the organisation controls "
    "in al-Hasakah', IS's Amaq saying 12 civilians of one family were killed in the shelling of "
    "'the village of Tall al-Jayer, which the organisation calls Tall al-Bashayer' (Al-Masdar "
    "Online, translated; Amaq: IS's party claim); the days before and after are gaps"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


DEIR2: tuple[RegionRule, ...] = (
    RegionRule("deir2_northwest_21_sep", GOVERNMENT_BLOCK, _ids(*NORTHWEST_21_SEP), (
        Span(day("2017-09-05"), day("2017-09-18"), "isis", (SIEGE_BROKEN, WAR_MEDIA_21_SEP),
             NORTHWEST_IS_NOTE),
        Span(day("2017-09-21"), BEFORE_ALBU_KAMAL, "government", (WAR_MEDIA_21_SEP,),
             NORTHWEST_GOVERNMENT_NOTE),
    )),
    RegionRule("deir2_khasham", GOVERNMENT_BLOCK, _ids(*KHASHAM), (
        Span(day("2017-09-05"), day("2017-09-17"), "isis", (SIEGE_BROKEN, CROSSING_18_SEP),
             KHASHAM_BEFORE_NOTE),
        Span(day("2017-09-18"), day("2017-09-18"), "isis", (CROSSING_18_SEP,),
             KHASHAM_18_SEP_NOTE, status="contested", with_parties=("government",)),
        Span(day("2017-10-21"), day("2017-10-21"), "isis", (IS_RETAKES_KHASHAM, SANA_22_OCT),
             KHASHAM_21_OCT_NOTE, status="contested", with_parties=("government",)),
    )),
    RegionRule("deir2_tabarayya_siege", EAST_BANK_BLOCK, _ids("tabarayya"), (
        Span(day("2017-10-11"), day("2017-10-12"), "isis", (TABARAYYA,), TABARAYYA_NOTE,
             status="contested", with_parties=("sdf",)),
    )),
    RegionRule("deir2_hilalah", EAST_BANK_BLOCK, _ids("hilalah"), (
        Span(day("2017-10-12"), day("2017-10-12"), "sdf", (TABARAYYA,), HILALAH_NOTE),
    )),
    RegionRule("deir2_sawa", EAST_BANK_BLOCK, _ids("as_sawa"), (
        Span(day("2017-10-09"), day("2017-10-09"), "sdf", (STEP_9_OCT,), SAWA_9_OCT_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2017-10-10"), day("2017-10-30"), "sdf", (STEP_9_OCT, SDF_OCTOBER),
             SAWA_AFTER_NOTE),
    )),
    RegionRule("deir2_sfira_tahtani", GOVERNMENT_BLOCK, _ids("safirah_tahtani"), (
        Span(day("2017-09-05"), day("2017-10-08"), "isis", (SIEGE_BROKEN, STEP_9_OCT),
             SFIRA_BEFORE_NOTE),
        Span(day("2017-10-09"), day("2017-10-09"), "isis", (STEP_9_OCT,), SFIRA_9_OCT_NOTE,
             status="contested", with_parties=("sdf",)),
    )),
    RegionRule("deir2_muhasan", GOVERNMENT_BLOCK, _ids(*MUHASAN), (
        Span(day("2017-09-05"), day("2017-10-16"), "isis", (SIEGE_BROKEN, BALADI_17_OCT),
             MUHASAN_NOTE),
    )),
    RegionRule("deir2_quriyah", EAST_BANK_BLOCK, _ids("al_quriyah"), (
        Span(day("2017-09-09"), day("2017-10-21"), "isis", (MAYADIN_ENCIRCLED, SANA_22_OCT),
             QURIYAH_BEFORE_NOTE),
        Span(day("2017-10-22"), day("2017-10-22"), "government", (SANA_22_OCT,),
             QURIYAH_22_OCT_NOTE, status="contested", with_parties=("isis",)),
        # review h-rev54: the army's span of 28 Nov 2017 - 22 Mar 2019 (QURIYAH_28_NOV_NOTE) is
        # withdrawn: the answer is right for the west-bank town but the gazetteer point lies
        # 1.8 km north of the base map's river, on the east bank 2 km from the SDF's Dhiban, so
        # drawn there it painted the SDF's bank the army's; the days are a stored gap (the
        # batch's [g2016_deir_ez_zor_east_bank] row, note tagged [rev54]) until a sourced
        # west-bank coordinate is found, as Kashkiyeh's point at integration
    )),
    RegionRule("deir2_dashisha", HASAKAH_BLOCK, _ids("el_dishishiyah"), (
        Span(day("2018-06-05"), day("2018-06-16"), "isis", (QASIOUN_5_JUN_2018, AP_17_JUN_2018),
             DASHISHA_IS_NOTE),
        Span(day("2018-06-17"), day("2018-12-11"), "sdf", (AP_17_JUN_2018,
             "rudaw-2018-07-02-dashisha", "afp-2018-12-12-east-of-euphrates"), DASHISHA_SDF_NOTE),
    )),
    RegionRule("deir2_tall_safuq", HASAKAH_BLOCK, _ids("tal_safouq"), (
        Span(day("2018-06-05"), day("2018-06-20"), "isis", (QASIOUN_5_JUN_2018,
             SYRIA_TV_23_JUN_2018), SAFUQ_IS_NOTE),
        Span(day("2018-06-24"), day("2018-12-11"), "sdf", (SYRIA_TV_23_JUN_2018,
             "step_news-2018-06-25-tall-safuq", "afp-2018-12-12-east-of-euphrates"),
             SAFUQ_SDF_NOTE),
    )),
    RegionRule("deir2_tall_al_jayer", HASAKAH_BLOCK, _ids("tall_al_jayer"), (
        Span(day("2017-06-18"), day("2017-06-18"), "isis", (TALL_AL_JAYER,), JAYER_NOTE),
    )),
    RegionRule("deir2_kashkash_jabbour", HASAKAH_BLOCK, _ids("kashkash_jabbour"), (
        Span(day("2016-08-23"), day("2016-08-23"), "isis", (ZAITON_24_AUG_2016,), KASHKASH_NOTE,
             status="contested", with_parties=("sdf",)),
    )),
    RegionRule("deir2_azzawi", HASAKAH_BLOCK, _ids("aazawi"), (
        Span(day("2016-08-23"), day("2016-08-23"), "sdf", (ZAITON_24_AUG_2016,), AZZAWI_2016_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2017-03-20"), day("2017-03-20"), "sdf", (NSO_20_MAR_2017,), AZZAWI_2017_NOTE,
             status="contested", with_parties=("isis",)),
    )),
)  # fmt: skip
