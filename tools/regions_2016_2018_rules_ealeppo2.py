"""Region rules for east Aleppo, second pass (issue #15, h-ealeppo2): villages by dated reports.

Same shape as `tools/regions_2016_2018_rules_ealeppo.py`; `tools/regions_2016_2018_rules.py` adds
``EALEPPO2`` at the end of ``RULES``, so these answer only the days the earlier rules leave in the
``[g2016_east_aleppo_government]`` block:

- the army's ring round the Kweires air base, held from its relief in Oct - Dec 2015 to the fall of
  Deir Hafer (continuity inferred): Jabbul (Al-Araby al-Jadeed, 24 Oct 2015), Rasm Abboud (the
  regime's media via Al Jazeera, 10 Nov 2015), Aqula and the Rasm al-Abd grain silos (Akhbar Al
  Aan, 2 Dec 2015), Huwayjinah and Dakwanah (SANA's French service, Feb 2016: party claim);
- Rasm al-Kama, Rasm al-Kabir and Shuwaylekh north-west of Deir Hafer (SOHR, Feb 2017, day not
  shown: counted from 1 Mar);
- Uwayshiyah south-east of al-Bab from 5 Feb 2017 (SOHR via Daily Sabah);
- al-Jamiliyah and Qanawi west of Maskanah from 24 May 2017 (opposition sites via People's Daily
  Arabic) and the villages east of the Jabbul lake the army took on 27 May 2017 on its way to
  Maskanah (Watan FM, 28 May 2017).

Sources in ``sources/2016-2019-ealeppo2.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

BLOCK = "g2016_east_aleppo_government"
#: The day before the army took Deir Hafer (29 Mar 2017, Reuters), from which `_aleppo.py` answers.
EVE_OF_DEIR_HAFER = day("2017-03-28")
#: The day before the region-level Tadef answer of `_aleppo.py`/`_bab2.py` takes over (27 Feb).
EVE_OF_TADEF = day("2017-02-26")
#: Maskanah, IS's last town in the province, taken on 3-4 Jun 2017; the batch answers from 4 Jun.
EVE_OF_MASKANAH = day("2017-06-03")

DEIR_HAFER_TAKEN = "reuters-2017-03-29-deir-hafer"
MASKANAH_TAKEN = "xinhua-2017-06-04-maskanah"

ARABY_JABBUL = "the_new_arab-2015-10-24-jabbul"
JAZEERA_KWEIRES = "al_jazeera-2015-11-10-kweires-rasm-abboud"
ALAAN_AQULA = "akhbar_alaan-2015-12-02-aqula-silos"
SANA_FEB_2016 = "sana-2016-02-safira-villages-fr"
SOHR_NINE = "sohr-2017-02-nine-villages-north-west-of-deir-hafer"
SABAH_OWAISHEH = "daily_sabah-2017-02-06-owaisheh"
WATAN_27_MAY = "watan_fm-2017-05-28-maskanah-countryside"
PEOPLE_24_MAY = "people_daily-2017-05-24-jirah-villages"

KWEIRES_RING_NOTE = (
    "{}; the army broke the siege of the Kweires air base on 10 Nov 2015 (Reuters) and held the "
    "base and its surroundings as the front of its 2017 campaign: in Feb 2017 it pushed from the "
    "base north-east towards Deir Hafer (Al-Masdar News, pro-government: party-side; SOHR) and "
    "took Deir Hafer on 29 Mar 2017 (Reuters); no IS return to this place reported between "
    "(continuity inferred; not sourced per day)"
)

#: Watan FM's list of Saturday 27 May 2017 ('in the countryside of Maskanah') matched to the
#: gazetteer's gap places east of the Jabbul lake (35.92 - 36.00 N, 37.73 - 37.84 E): Mawalih
#: Kabir/Saghir as Mawalih Shamaliyah (Mawalih Janubiyah is answered by `_ealeppo.py`), Mustariha,
#: Batushiya, Ramadaniya, Khirbat Hassun, Shiha; al-Hamidiya, Ta'usat, Khirbat al-Dhib, al-Abs and
#: Wadi al-Mawalih have no gap place of that name there.
WATAN_27_MAY_IDS = ("mawalih_shamaliyah", "mustarihah", "batushiyah", "ramadaniya",
                    "khirbat_hussun", "shiha")  # fmt: skip


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


EALEPPO2: tuple[RegionRule, ...] = (
    RegionRule("ealeppo2_jabbul_oct_2015", BLOCK, _ids("jabbul"), (
        Span(START, EVE_OF_DEIR_HAFER, "government",
             (ARABY_JABBUL, "enab_baladi-2015-11-09-sheikh-ahmad-kweires",
              "reuters-2015-11-10-kweires", "al_masdar-2017-02-15-north-east-of-kweires",
              DEIR_HAFER_TAKEN),
             KWEIRES_RING_NOTE.format(
                 "the regime's forces took 'the village of al-Jabbul, east of the town of "
                 "al-Safira' on Saturday 24 Oct 2015, after Tall Sabin, 7 km short of the Kweires "
                 "air base (a local media activist to Al-Araby al-Jadeed, translated)")),
    )),
    RegionRule("ealeppo2_rasm_abboud_nov_2015", BLOCK, _ids("rasmabbud"), (
        Span(START, EVE_OF_DEIR_HAFER, "government",
             (JAZEERA_KWEIRES, "reuters-2015-11-10-kweires", SOHR_NINE, DEIR_HAFER_TAKEN),
             KWEIRES_RING_NOTE.format(
                 "the regime's media confirmed its control of 'the village of Rasm al-Abboud, "
                 "north-east of the Kweires airport' as the army broke the base's siege (Al "
                 "Jazeera, 10 Nov 2015: a party claim, reported; translated); SOHR's list of the "
                 "villages the army took east of the base in Feb 2017 does not name it")),
    )),
    RegionRule("ealeppo2_aqula_dec_2015", BLOCK,
               _ids("aqulah_al_bab", "rasm_al_abid_grain_silos"), (
        Span(START, EVE_OF_DEIR_HAFER, "government",
             (ALAAN_AQULA, "reuters-2015-11-10-kweires", SOHR_NINE, DEIR_HAFER_TAKEN),
             KWEIRES_RING_NOTE.format(
                 "the regime's forces took the villages of 'al-Akoula and Ksiks' near the Kweires "
                 "air base on the evening of 1 Dec 2015 and the grain silos by the village of "
                 "Rasm al-Abd south of the base on 2 Dec (Akhbar Al Aan, citing a local media "
                 "activist; translated)")),
    )),
    RegionRule("ealeppo2_huwayjinah_dakwanah_feb_2016", BLOCK,
               _ids("huwayjinah", "dakwanah"), (
        Span(START, EVE_OF_DEIR_HAFER, "government",
             (SANA_FEB_2016, "sohr-2016-02-21-aleppo-raqqa-road", DEIR_HAFER_TAKEN),
             "SANA (Syrian state media: party claim; its French service, Feb 2016) named "
             "'Hweijinah' among seven villages of the al-Safira area the army secured from IS, "
             "then 'Dakouneh' among twelve more, as the army took the Aleppo - Deir Hafer road "
             "and the thermal power plant (SOHR: at least 18 villages by 21 Feb 2016); both lie "
             "between al-Safira and the Kweires air base, behind the army's 2017 front at Deir "
             "Hafer, which it took on 29 Mar 2017 (Reuters); no IS return reported between "
             "(continuity inferred; not sourced per day)"),
    )),
    RegionRule("ealeppo2_north_west_of_deir_hafer_feb_2017", BLOCK,
               _ids("rasm_al_kama", "rasm_al_kabir", "shuwaylekh"), (
        Span(day("2017-03-01"), EVE_OF_DEIR_HAFER, "government",
             (SOHR_NINE, "al_masdar-2017-02-15-north-east-of-kweires", DEIR_HAFER_TAKEN),
             "SOHR (an opposition-aligned monitor, Feb 2017, publication day not shown: counted "
             "from 1 Mar): the army, with Hezbollah's elite, took nine villages in 72 hours "
             "between al-Bab's area and Deir Hafer, 'Rasm al-Kama, Rasm al-Kabir, Shwylikh', Abu "
             "Jabbar, Tijan, al-Maghara, Kherbet al-Jahsh, Mansoura and al-Jdaydeh, 5 km "
             "north-west of Deir Hafer; Al-Masdar News (pro-government: party-side) had the army "
             "entering Shuweilekh on 15 Feb; the army took Deir Hafer on 29 Mar (Reuters); no IS "
             "return reported between (continuity inferred); the days before 1 Mar stay gaps"),
    )),
    RegionRule("ealeppo2_owaisheh_5_feb_2017", BLOCK, _ids("uwayshiyah"), (
        Span(day("2017-02-05"), EVE_OF_TADEF, "government",
             (SABAH_OWAISHEH, "afp-2017-02-27-army-presses-is-north"),
             "'Regime forces advanced and seized Owaisheh, a village east of al-Bab' on Sunday 5 "
             "Feb 2017, hundreds of metres from IS's only road east (SOHR, via Daily Sabah); the "
             "army took Tadef on 27 Feb (AFP); no IS return reported between (continuity "
             "inferred); before 5 Feb a gap"),
    )),
    RegionRule("ealeppo2_jamiliyah_qanawi_24_may_2017", BLOCK,
               _ids("al_jamiliyah_manbij", "qanawi"), (
        Span(day("2017-05-24"), EVE_OF_MASKANAH, "government",
             (PEOPLE_24_MAY, MASKANAH_TAKEN),
             "'sites of the Syrian opposition confirmed' on Wednesday 24 May 2017 that the "
             "regime's forces took five villages 'south of the town of Maskanah' after IS "
             "withdrew from them, among them 'al-Kanawiya' and 'al-Jumayliya' (People's Daily "
             "Arabic, Chinese state media relaying them; translated): matched by name to the "
             "gazetteer's Qanawi and Al Jamiliyah, 15 - 20 km west of Maskanah beside the list's "
             "Khirbat al-Mazran and Rasm al-Hammam al-Gharbi (answered by `_ar1.py`); the army "
             "took Maskanah on 3-4 Jun (SOHR via Xinhua); continuity inferred; the days before 24 "
             "May stay gaps"),
    )),
    RegionRule("ealeppo2_east_of_jabbul_27_may_2017", BLOCK, _ids(*WATAN_27_MAY_IDS), (
        Span(day("2017-05-27"), EVE_OF_MASKANAH, "government",
             (WATAN_27_MAY, "dw-2017-05-28-army-nears-maskanah", MASKANAH_TAKEN),
             "Assad's forces took 'al-Hamidiya, the Sukkariya cattle station, Mawalih Saghir and "
             "Mawalih Kabir, Mustariha, Batushiya, Ramadaniya, Ta'usat, Khirbat al-Dhib, Khirbat "
             "Hassun, Shiha, al-Abs and Wadi al-Mawalih' in the countryside of Maskanah on "
             "Saturday 27 May 2017 after battles with IS (Watan FM, an opposition station: "
             "translated); a Syrian military source to dpa dated al-Hamidiya to Saturday evening "
             "(DW); the army took Maskanah on 3-4 Jun (SOHR via Xinhua); continuity inferred; the "
             "days before 27 May stay gaps"),
    )),
)  # fmt: skip
