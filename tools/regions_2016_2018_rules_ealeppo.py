"""Region rules for the army's 2017 east Aleppo campaign, village by village (issue #15, h-ealeppo).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``EALEPPO`` at the end of ``RULES``, so these answer only the days earlier rules (the region-level
``EAST_ALEPPO`` of `_aleppo.py`, `_bab2.py`, `_ar1.py`) leave in the
``[g2016_east_aleppo_government]`` block, from dated reports naming villages: Reuters (22 Jan
2017, read in Gazete Duvar's Turkish summary, and the Hezbollah-run media unit it cited) for
Sarjah Kabirah south-west of al-Bab, and Al-Masdar News (a pro-government outlet:
party-side) for Shuraymah and al-Qusayr south of Deir Hafer in Mar 2017; Enab Baladi (9 Nov 2015)
and Reuters (10 Nov 2015) for the army's road to the Kweires air base (Tall Sabin, Sheikh Ahmad,
Kuwayris Sharqi), held from before Aug 2016 to the fall of Deir Hafer (continuity inferred); SANA's
named lists (party claim) of 20 and 25 Feb and 4-5 Mar 2017, Enab Baladi (18 Jan 2017), Al
Jazeera (11 Feb 2017) and dpa via DW (27 May 2017) for single villages.
Sources in ``sources/2016-2019-ealeppo.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

BLOCK = "g2016_east_aleppo_government"
DUVAR_22_JAN = "gazete_duvar-2017-01-22-army-nears-al-bab"
MASDAR_20_MAR = "al_masdar-2017-03-20-deir-hafer-encircle"
#: The day before the region-level Tadef answer of `_aleppo.py`/`_bab2.py` takes over (27 Feb).
EVE_OF_TADEF = day("2017-02-26")
#: The day before the army took Deir Hafer (29 Mar 2017, Reuters), from which `_aleppo.py` answers.
EVE_OF_DEIR_HAFER = day("2017-03-28")

SURJA_IS_NOTE = (
    "IS-held until the army and its allies drove IS out of 'Sora, Moran, Surja al-Saghira and "
    "Surja al-Kabira', 16 km from al-Bab, on Sunday 22 Jan 2017 (Reuters, via Gazete Duvar; the "
    "Hezbollah-run military media unit and a war monitor, per the report); the army's campaign "
    "south of al-Bab began on 17 Jan: IS's hold of these days is inferred from the report that "
    "drove it out"
)
SURJA_GOV_NOTE = (
    "the army and its allies took 'Surja al-Saghira and Surja al-Kabira' with Sora and Moran on "
    "Sunday 22 Jan 2017, 16 km from al-Bab (Reuters, via Gazete Duvar; the Hezbollah-run military "
    "media unit and a war monitor, per the report); the army advanced further east to "
    "Tadef by 26 Feb; no IS return reported between (continuity inferred; not sourced per day)"
)
SOUTH_OF_DEIR_HAFER_NOTE = (
    "south of Deir Hafer: 'yesterday's assault' (19 Mar 2017) ousted IS from 'the village of "
    "Ash-Shuraimah' and on 20 Mar 'the attacking forces marched on eastward and retook Al "
    "Qusayer', tightening the noose round IS in Deir Hafer (Al-Masdar News, a pro-government "
    "outlet: party-side); the army took Deir Hafer on 29 Mar (Reuters); no IS return reported "
    "between (continuity inferred); before {} the day is not reported (a gap)"
)


ENAB_KWEIRES = "enab_baladi-2015-11-09-sheikh-ahmad-kweires"
MASDAR_15_FEB = "al_masdar-2017-02-15-north-east-of-kweires"
KWEIRES_CORRIDOR = ("tall_sabin", "sheikh_ahmad_al_bab", "kuwayris_sharqi")
KWEIRES_CORRIDOR_NOTE = (
    "the army's road to the besieged Kweires air base: it took Tall Sabin about 10 days before "
    "Monday 9 Nov 2015 and Sheikh Ahmad that day, IS withdrawing, leaving only the village of "
    "Kweires (Kuwayris Sharqi), IS's 'last fortress' before the base, 5 km from it (Enab Baladi's "
    "correspondent); soldiers fought their way into the base on 10 Nov 2015 (Reuters; SOHR: the "
    "siege broken), the village on that axis inferred taken with it; in Feb 2017 the army pushed "
    "from the base north-east towards Deir Hafer (Al-Masdar News, pro-government: party-side) and "
    "took Deir Hafer on 29 Mar 2017 (Reuters); no IS return to the base's road reported between "
    "(continuity inferred; not sourced per day)"
)


ENAB_18_JAN = "enab_baladi-2017-01-19-aabed-afrin-al-bab"
SANA_20_FEB = "sana-2017-02-20-general-command-44-villages"
#: The General Command's 44 places of 20 Feb 2017 matched to the gazetteer's gap places that lie
#: in the list's area (36.19 - 36.30 N, 37.36 - 37.62 E, between the airport - power plant road,
#: Kweires and the Sarja villages); Safa, Tayara and Tanouza are left out (the gazetteer's places
#: of those names lie 30 km east, beyond Deir Hafer), as are Mashrafet Tal Maksour and al-Jdaideh
#: (no single match); Sharba'a is matched to the gazetteer's Sharbi by name.
SANA_20_FEB_IDS = ("fah", "al_sin", "barlahin", "at_tunbur", "al_madiuna", "tall_al_hattabat",
                   "ayn_al_jamajimah", "sharbi", "surayb", "nasr_allah", "jarouf",
                   "rasm_al_alam")  # fmt: skip
SANA_25_FEB = "sana-2017-02-25-18-villages-east-aleppo"
SANA_5_MAR = "sana-2017-03-05-north-east-aleppo-villages"
MASKANAH_TAKEN = "xinhua-2017-06-04-maskanah"
#: SANA's list of Saturday 25 Feb 2017, as the gazetteer's places in the list's area (36.24-36.35
#: N, 37.59-37.80 E, south-east of al-Bab): Tabbaret Madi and Rweidet al-Bab are left out (the
#: gazetteer's Tabbarat al-Madi and Rawdah lie 10 km and more south-east of the rest, east of Deir
#: Hafer); of the Abu Jabbar farms only Abu Jabbar Kabir.
SANA_25_FEB_IDS = ("shanhasa", "al_shami", "umm_kharaz", "abu_jabbar_kabir", "qasr_al_burayj",
                   "al_jadedah")  # fmt: skip
#: SANA's claims of Saturday 4 Mar 2017 (Rawda, Rasm al-Kubar, Tall Maaz, Abu Jurayn, Zaaraya,
#: Umm al-Talatel, Umm al-Amad) and Sunday 5 Mar (Samiya, Khirbet Ashini, Tabbarat Kalash, Abu
#: Hanaya, Rasm al-Dawali); the 5 Mar 'Umm Miyal' is left out (the gazetteer's Umm Miyal near
#: the list's area is answered government from 27 Feb by an earlier rule: another place).
SANA_4_MAR_IDS = ("rawdah_al_bab", "rasm_al_kubar", "tall_maz", "abu_jurayn", "zaaraya",
                  "am_altalatel", "umm_al_amad_aleppo")  # fmt: skip
SANA_5_MAR_IDS = ("samiyyah", "al_ashini", "tabarat_kalash", "abu_hanaya_al_bab",
                  "rasm_ad_dawali")  # fmt: skip
SANA_CLAIM_NOTE = (
    "SANA (Syrian state media: party claim) named this village among those the army took from "
    "IS {}; the army reached the Euphrates at al-Khafsa on 7 Mar (SOHR via Reuters), took Deir "
    "Hafer on 29 Mar (Reuters), the Jirah airbase on 13 May (SOHR via AFP) and Maskanah, IS's "
    "last town in the province, on 4 Jun 2017 (SOHR via Xinhua); no IS return reported between "
    "(continuity inferred; not sourced per day); the days before the claim stay gaps"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


EALEPPO: tuple[RegionRule, ...] = (
    RegionRule("ealeppo_sana_20_feb_2017", BLOCK, _ids(*SANA_20_FEB_IDS), (
        Span(day("2017-02-20"), day("2017-06-03"), "government",
             (SANA_20_FEB, "afp-2017-02-27-army-presses-is-north", "reuters-2017-03-29-deir-hafer",
              MASKANAH_TAKEN),
             "the army's General Command (SANA, Monday 20 Feb 2017: party claim) named this "
             "village among 44 in the eastern Aleppo countryside 'to which security and stability "
             "have been restored', calling their people home; the army took Tadef on 27 Feb "
             "(AFP), Deir Hafer on 29 Mar (Reuters) and Maskanah on 4 Jun (SOHR via Xinhua); no "
             "IS return reported (continuity inferred; not sourced per day); the day the army "
             "took it before 20 Feb is not stored (a gap)"),
    )),
    RegionRule("ealeppo_mawalih_karmah_27_may_2017", BLOCK,
               _ids("mawalih_janubiyah", "karmah"), (
        Span(day("2017-05-27"), day("2017-06-03"), "government",
             ("dw-2017-05-28-army-nears-maskanah", MASKANAH_TAKEN),
             "a Syrian military source (party claim, via dpa in DW Arabic): on Saturday 27 May "
             "2017 the army 'restored security and stability' to Mawalih Janubiya, al-Sukkariya "
             "and al-Karma, among others, as it closed on Maskanah, which it took on 3-4 Jun "
             "(SOHR via Xinhua); continuity inferred; the days before the claim stay gaps (when "
             "the army's push along the Jabbul lake's eastern side reached them is not reported)"),
    )),
    RegionRule("ealeppo_aabed_18_jan_2017", BLOCK, _ids("aabed"), (
        Span(day("2017-01-17"), day("2017-01-17"), "isis", (ENAB_18_JAN,),
             "IS-held when the army's campaign south-west of al-Bab reached it: on the morning of "
             "Wednesday 18 Jan 2017 Assad's forces 'advanced at the expense of the organisation's "
             "fighters in the villages of Aabed and Sifa' (Enab Baladi, per the Aleppo Media "
             "Center); before 17 Jan a gap (the army's Jan 2016 push from Kweires towards Tadef "
             "makes IS's hold through 2016 uncertain)"),
        Span(day("2017-01-18"), day("2017-06-03"), "government",
             (ENAB_18_JAN, "afp-2017-02-27-army-presses-is-north", MASKANAH_TAKEN),
             "Aabed among the four villages the army took in 24 hours on 18 Jan 2017 (Enab "
             "Baladi); the army went on east to Tadef by 27 Feb (AFP) and Maskanah on 4 Jun (SOHR "
             "via Xinhua); no IS return reported (continuity inferred; not sourced per day)"),
    )),
    RegionRule("ealeppo_abu_taltal_11_feb_2017", BLOCK, _ids("abu_taltal"), (
        Span(day("2017-02-11"), day("2017-02-26"), "government",
             ("al_jazeera-2017-02-11-abu-taltal", "afp-2017-02-27-army-presses-is-north"),
             "the regime's media said it took Abu Taltal, adjoining Tadef, 4 km from al-Bab (Al "
             "Jazeera, 11 Feb 2017: a party claim, reported); the army took Tadef on 27 Feb "
             "(AFP); no IS return reported between (continuity inferred); before 11 Feb a gap"),
    )),
    RegionRule("ealeppo_sana_25_feb_2017", BLOCK, _ids(*SANA_25_FEB_IDS), (
        Span(day("2017-02-25"), day("2017-06-03"), "government",
             (SANA_25_FEB, "reuters-2017-03-07-khafsa", MASKANAH_TAKEN),
             SANA_CLAIM_NOTE.format("in a list of 18 on Saturday 25 Feb 2017, with the Fikha hill "
                                    "and Salim mountain, south-east of al-Bab")),
    )),
    RegionRule("ealeppo_sana_4_mar_2017", BLOCK, _ids(*SANA_4_MAR_IDS), (
        Span(day("2017-03-04"), day("2017-06-03"), "government",
             (SANA_5_MAR, "reuters-2017-03-07-khafsa", MASKANAH_TAKEN),
             SANA_CLAIM_NOTE.format("on Saturday 4 Mar 2017, north and north-east of Deir Hafer "
                                    "(a military source, relayed by al-Azmenah)")),
    )),
    RegionRule("ealeppo_sana_5_mar_2017", BLOCK, _ids(*SANA_5_MAR_IDS), (
        Span(day("2017-03-05"), day("2017-06-03"), "government",
             (SANA_5_MAR, "reuters-2017-03-07-khafsa", "afp-2017-05-13-jarrah-airbase",
              MASKANAH_TAKEN),
             SANA_CLAIM_NOTE.format("on Sunday 5 Mar 2017, east of Deir Hafer towards al-Khafsa "
                                    "(a military source, relayed by al-Azmenah)")),
    )),
    RegionRule("ealeppo_balat_silos", BLOCK, _ids("balat"), (
        Span(START, day("2017-06-03"), "government",
             ("sohr-2016-02-21-aleppo-raqqa-road", "ibtimes_uk-2016-02-aleppo-thermal-plant"),
             "'the Blat silos' named among the 18 villages on 40 km of the Aleppo - Deir Hafer "
             "road the army took from IS by 21 Feb 2016, four days after the thermal power plant "
             "(SOHR; SANA via IBTimes UK); Balat lies 2 km from Turaykiyah, between the airport "
             "and the plant, behind the army's later fronts at Kweires and Deir Hafer; no loss "
             "reported (continuity inferred; the gazetteer's Balat matched to 'Blat' by name)"),
    )),
    RegionRule("ealeppo_kweires_road", BLOCK, _ids(*KWEIRES_CORRIDOR), (
        Span(day("2016-08-01"), EVE_OF_DEIR_HAFER, "government",
             (ENAB_KWEIRES, "reuters-2015-11-10-kweires", MASDAR_15_FEB,
              "reuters-2017-03-29-deir-hafer"), KWEIRES_CORRIDOR_NOTE),
    )),
    RegionRule("ealeppo_surja_22_jan_2017", BLOCK, _ids("sarjah_kabirah"), (
        Span(day("2017-01-17"), day("2017-01-21"), "isis", (DUVAR_22_JAN,), SURJA_IS_NOTE),
        Span(day("2017-01-22"), EVE_OF_TADEF, "government", (DUVAR_22_JAN,), SURJA_GOV_NOTE),
    )),
    RegionRule("ealeppo_shuraymah_19_mar_2017", BLOCK, _ids("shuraymah_al_bab"), (
        Span(day("2017-03-19"), EVE_OF_DEIR_HAFER, "government",
             (MASDAR_20_MAR, "reuters-2017-03-29-deir-hafer"),
             SOUTH_OF_DEIR_HAFER_NOTE.format("19 Mar")),
    )),
    RegionRule("ealeppo_qusayr_20_mar_2017", BLOCK, _ids("al_qusayr_al_bab"), (
        Span(day("2017-03-20"), EVE_OF_DEIR_HAFER, "government",
             (MASDAR_20_MAR, "reuters-2017-03-29-deir-hafer"),
             SOUTH_OF_DEIR_HAFER_NOTE.format("20 Mar")),
    )),
)  # fmt: skip
