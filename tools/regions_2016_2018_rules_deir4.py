"""Region rules of the fourth Deir ez-Zor batch (issue #15, h-deir4): the Brigade 137 base held by
the army through the siege (2016 - Nov 2017), Khasham fought over on 19 Sep 2017, Gharanij and Abu
Hammam in the SDF's December 2017 attack, Abu Hassan after the fall of al-Sousa (Jan 2019) and
al-Shajla in the coalition's clearance of Feb 2019.

Same shape as `tools/regions_2016_2018_rules_deir3.py`; `tools/regions_2016_2018_rules.py` adds
``DEIR4`` at the end of ``RULES``, so these answer only the days earlier rules leave. Sources in
``sources/2016-2019-deir4.toml`` and the earlier batch files. Days no dated report reaches stay
gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["DEIR4"]

EAST_BANK_BLOCK = "g2016_deir_ez_zor_east_bank"
GOVERNMENT_BLOCK = "g2016_deir_ez_zor_government"
MILITARY_BLOCK = "fill_deir_ez_zor_military"
#: The east-bank gaps of Gharanij and Abu Hammam start here (the SDF's attack of early Dec 2017).
DECEMBER_2017 = day("2017-12-02")
#: The batch names the government on the west bank from 19 Nov 2017 (Albu Kamal retaken).
BEFORE_ALBU_KAMAL = day("2017-11-18")
#: The batch's SDF answer starts on 23 Mar 2019 (Baghuz, the SDF's declared end of the caliphate).
BEFORE_BAGHUZ = day("2019-03-22")

SOHR_28_DEC_2017 = "sohr-2017-12-28-abu-hamam-fighting"
SOHR_DEC_2017_LIST = "sohr-2017-12-east-bank-last-villages"
AP_SHAJALAH = "ap-2019-02-14-shajalah-baghouz-clearing"
BAGHUZ_END = "kurdistan24-2019-03-23-baghouz"
SOHR_SOUSA = "sohr-2019-01-sousa-taken"
ROZPRESS_SOUSA = "rozpress-2019-01-16-sousa"
MASDAR_137 = "al_masdar-2017-01-01-137th-brigade-reinforced"
DAILY_STAR_137 = "daily_star_lb-2017-09-06-deir-corridor"
MASDAR_KHASHAM = "al_masdar-2017-09-19-marat-khasham"


# --- Khasham on the army's second day across the river, 19 Sep 2017 -----------------------------
#: The gazetteer's two Khasham points (3.5 km apart), answered together by `deir2_khasham`.
KHASHAM = {"khasham", "khusham"}
KHASHAM_NOTE = (
    "fought over, party-side claim: on 19 Sep 2017, the day after it crossed the Euphrates from "
    "al-Muri'iyah, the army took Marat and 'pushed their way to the town of Khasham', where 'a "
    "military source' said it had 'liberated at least half of Khasham after overrunning the "
    "Islamic State's first line of defense at the western part of the town' (Al-Masdar News, pro-"
    "government): IS's, attacked by the army, that day; 20 Sep - 20 Oct stay gaps (no dated "
    "report found of who then held the town)"
)


# --- Gharanij and Abu Hammam in the SDF's attack of December 2017 -------------------------------
GHARANIJ_NOTE = (
    "IS-held: the SDF's attack on the last east-bank villages resumed in early Dec 2017, Gharnij "
    "among the 17 IS still held (SOHR, Dec 2017); on 28 Dec IS was 'still imposing its control' "
    "over ten towns and villages of the east bank including Gharanij, the fighting being at Abu "
    "Hamam upstream (SOHR via Roji Kurd): held by IS between the reports (continuity inferred); "
    "from 29 Dec to the SDF's Hajin campaign of Dec 2018 a gap (no dated report found)"
)
ABU_HAMMAM_IS_NOTE = (
    "IS-held: the SDF's attack on the last east-bank villages resumed in early Dec 2017, Abu "
    "Hamam among the 17 IS still held (SOHR, Dec 2017); on 28 Dec IS still held it while the SDF "
    "fought its way into the village (SOHR via Roji Kurd): held by IS to the day before "
    "(continuity inferred)"
)
ABU_HAMMAM_FOUGHT_NOTE = (
    "fought over: on 28 Dec 2017 violent fighting was 'concentrated in areas in Abu Hamam town', "
    "where 'the SDF managed to advance in the village, in an attempt to completely control it', "
    "IS still counting it among the ten towns it held on the east bank (SOHR via Roji Kurd): "
    "IS's, attacked by the SDF; from 29 Dec to the SDF's Hajin campaign of Dec 2018 a gap (no "
    "dated report found)"
)


# --- Abu Hassan after the fall of al-Sousa, January 2019 ----------------------------------------
ABU_HASSAN_NOTE = (
    "region-level: the SDF took 'the whole town of al-Sousa and its surroundings' on Tuesday 15 "
    "Jan 2019, IS's control 'now limited to the town of al-Baghuz Fawqani and residential clusters "
    "connected with it', about 15 km2 (SOHR; the day from Rozpress, 16 Jan); Abu Hassan lies "
    "13 km upstream of al-Sousa and 22 km north of al-Baghuz Fawqani, so the SDF's from 16 Jan; "
    "no IS return reported before the SDF declared the end of the caliphate at al-Baghuz on 23 "
    "Mar (continuity inferred); 14 Dec 2018 - 15 Jan 2019, when the SDF fought its way down the "
    "pocket, stay gaps (the day it took the village is not found in a dated report)"
)


# --- al-Shajla in the clearance of February 2019 -------------------------------------------------
SHAJALAH_NOTE = (
    "the SDF's: the U.S.-led coalition said on Thursday 14 Feb 2019 that the SDF was clearing the "
    "villages of Shajalah and Baghouz of IS militants hiding among the people, after scores of "
    "IS fighters surrendered the night before (AP); no IS return reported before the SDF declared "
    "the end of the caliphate at al-Baghuz on 23 Mar (continuity inferred); 17 Dec 2018 - 13 Feb "
    "2019 stay gaps (the day the SDF took the village is not found in a dated report)"
)


# --- the Brigade 137 base, held by the army through the siege -----------------------------------
BRIGADE_137_NOTE = (
    "the army's: the 137th Brigade base held out through IS's siege of Deir ez-Zor: the army flew "
    "reinforcements and ammunition into 'the Deir Ezzor 137th Brigade Base' at the end of Dec 2016 "
    "(a military source to Al-Masdar News, pro-government, 1 Jan 2017: party-side claim), and the "
    "relief force 'reached the Brigade 137' on 5 Sep 2017, 'breaking a siege that had lasted three "
    "years' (The Daily Star, 6 Sep 2017); no IS capture of the base reported before the batch's "
    "government answer of 19 Nov 2017 (continuity inferred; not sourced per day); the gazetteer "
    "puts the base 3 km south-west of the airport, the reports place the brigade west of the city "
    "(the point's position is not checked here)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


DEIR4: tuple[RegionRule, ...] = (
    RegionRule("deir4_gharanij_dec_2017", EAST_BANK_BLOCK, _ids("granij"), (
        Span(DECEMBER_2017, day("2017-12-28"), "isis", (SOHR_DEC_2017_LIST, SOHR_28_DEC_2017),
             GHARANIJ_NOTE),
    )),
    RegionRule("deir4_abu_hammam_dec_2017", EAST_BANK_BLOCK, _ids("abu_hammam"), (
        Span(DECEMBER_2017, day("2017-12-27"), "isis", (SOHR_DEC_2017_LIST, SOHR_28_DEC_2017),
             ABU_HAMMAM_IS_NOTE),
        Span(day("2017-12-28"), day("2017-12-28"), "isis", (SOHR_28_DEC_2017,),
             ABU_HAMMAM_FOUGHT_NOTE, status="contested", with_parties=("sdf",)),
    )),
    RegionRule("deir4_abu_hassan_jan_2019", EAST_BANK_BLOCK, _ids("abu_hassan"), (
        Span(day("2019-01-16"), BEFORE_BAGHUZ, "sdf", (SOHR_SOUSA, ROZPRESS_SOUSA, BAGHUZ_END),
             ABU_HASSAN_NOTE),
    )),
    RegionRule("deir4_shajalah_feb_2019", EAST_BANK_BLOCK, _ids("ash_shajalah"), (
        Span(day("2019-02-14"), BEFORE_BAGHUZ, "sdf", (AP_SHAJALAH, BAGHUZ_END), SHAJALAH_NOTE),
    )),
    RegionRule("deir4_khasham_19_sep", GOVERNMENT_BLOCK, _ids(*KHASHAM), (
        Span(day("2017-09-19"), day("2017-09-19"), "isis", (MASDAR_KHASHAM,), KHASHAM_NOTE,
             status="contested", with_parties=("government",)),
    )),
    RegionRule("deir4_brigade_137", MILITARY_BLOCK, _ids("hq_137th_artillery_brigades_base"), (
        Span(START, BEFORE_ALBU_KAMAL, "government", (MASDAR_137, DAILY_STAR_137),
             BRIGADE_137_NOTE),
    )),
)  # fmt: skip
