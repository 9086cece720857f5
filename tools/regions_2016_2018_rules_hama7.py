"""Region rules for the east Hama villages round Uqayribat after IS lost the last of them on
Wednesday 4 Oct 2017, and Tall Khinzir in south-east Idlib, taken on Saturday 16 Dec 2017 (issue
#15, h-hama7).

Same shape as `tools/regions_2016_2018_rules_hama6.py`; `tools/regions_2016_2018_rules.py` adds
``HAMA7`` at the end of ``RULES``, so these answer only the days the earlier Hama rules leave in
the fill blocks ``[fill_hama_region]`` and ``[fill_idlib_pre_offensive]``. The days come from
AFP's report of SOHR's count (4 Oct 2017), AP and Al-Hal (16 Dec 2017); sources in
``sources/2016-2019-hama7.toml``. Days no report reaches stay gaps. Build-time
tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import HAMA_REGION

# --- sources -------------------------------------------------------------------------------------
AFP_4_OCT = "afp-2017-10-04-is-ousted-from-hama"
UQAYRIBAT_1_SEP = "reuters-2017-09-02-uqayribat"  # sources/2016-2018-hama.toml
EIGHT_VILLAGES = "sohr-2017-east-hama-is-eight-villages"  # sources/2016-2019-hama-ghab.toml
AL_HAL_17_DEC = "al_hal-2017-12-17-tall-khinzir"
AP_16_DEC = "ap-2017-12-16-tal-al-khanazeer"

#: The day after IS lost its last east Hama villages (Wednesday 4 Oct 2017, AFP / SOHR).
IS_OUT_OF_HAMA = day("2017-10-05")
#: The eve of the day from which rules_hama's east-of-Salamiyah rule answers (31 Oct 2017).
EVE_OF_SALAMIYAH_EAST = day("2017-10-30")

#: The villages of the former IS pocket round Uqayribat (Al-Salamiyah district, all more than
#: 0.9 km south-east of the Salamiyah - Ithriya road's lines of rules_hama3) whose stored gaps run
#: to 30 Oct 2017. SOHR's eight last villages (Suha, Abu Dali, Abu Habilat, Abu Hanaya, Qulayb
#: al-Thawr, Akash, Umm Mayl) are among them; the villages north-west of the road (al-Qatshyeh,
#: Jadduah, Jasin, Umm Tuwaynah, Zanuba), nearer the HTS-held north-east, are left out.
POCKET = frozenset({
    # [fill_hama_region] 2017-08-19..2017-10-30 (the enclave closed on 18 Aug, rules_hama4)
    "abu_ramal", "al_huraysha", "al_kharijah_al_salamiyah", "al_tawbiyah", "as_salaliyah", "fakhr",
    "hamada_al_omar", "jruh", "jubb_ar_rumman", "khalid_hilal", "masud", "mukaymin_al_qibli",
    "qambar", "rasm_al_abaykah", "rasm_al_ahmar_al_salamiyah", "rasm_al_dabah",
    # [fill_hama_region] 2017-09-02..2017-10-30 (SOHR's last eight, IS's to 1 Sep)
    "abu_dali_al_salamiyah", "abu_hanaya_al_salamiyah", "abu_hubaylat", "akash",
    "qulayb_ath_thawr", "soha", "um_meil",
    # [fill_hama_region] 2017-08-01..2017-10-30
    "abu_hakfa", "maksar_al_janubi", "masaada", "mukayman_al_shamali", "qastal_ash_shamali",
    "ruwayda", "tal_al_albawi",
    # [fill_hama_region] 2016-08-01..2017-10-30, south-east of the road
    "al_ghawi", "al_hardanah", "al_taybeh", "aqarib_dam", "barghutiyah", "barri_gharbi",
    "barri_sharqi", "dukaylah", "furaytan", "jinn_al_albawi", "jubb_al_mazarib",
    "jubb_dukaylah_al_janubi", "khirbat_qasim", "mafkar_ash_sharqi", "salba_al_salamiyah",
    "sulaytiyah", "tall_adimah", "tell_al_jadid", "tell_al_tut",
})  # fmt: skip

IS_OUT_NOTE = (
    "'On Wednesday [4 Oct 2017], regime forces managed to take control of all the last remaining "
    "villages in the hands of Daesh (IS) in eastern Hama province' (SOHR's director to AFP): IS "
    "'no longer present anywhere in the province for the first time in three years', after the "
    "army's campaign from early September took some 50 villages and Uqayribat (1 Sep, Reuters); "
    "the pro-government al-Watan said the same; SOHR's earlier list of IS's last eight villages "
    "(Suha, Abu Dali, Abu Habilat, Abu Hanaya, Qulayb al-Thawr, Akash, Umm Mayl ...) is within "
    "this area; the army's from 5 Oct (4 Oct, the day of the last fighting, and the day each "
    "village fell before it are not stored: gaps) to 30 Oct, when rules_hama's east-of-Salamiyah "
    "rule takes over (continuity inferred: no return of IS to these villages reported; IS's "
    "crossing of 9 Oct towards the Rahjan area, north-west of the road, is reported without "
    "fighting for villages here)"
)


# --- Tall Khinzir, south-east Idlib, taken by the army on Saturday 16 Dec 2017 -------------------
KHINZIR_BEFORE_NOTE = (
    "the army took Tall Khinzir on the night of Saturday 16 Dec 2017 'after clashes with Hayat "
    "Tahrir al-Sham alongside Free Army factions', advancing in these areas 'for the first time in "
    "about five years', since the opposition took all the towns of the Idlib countryside at the "
    "end of 2012 (Al-Hal, 17 Dec; translated): held by HTS (Jabhat Fath al-Sham before Jan "
    "2017) with the factions until then (continuity inferred from that statement)"
)
KHINZIR_TAKEN_NOTE = (
    "'Syrian troops captured Saturday the village of Tal al-Khanazeer on the southeastern edge of "
    "Idlib' (the army's Central Military Media via AP; SOHR: 'after intense fighting and "
    "airstrikes'); taken 'last night' from HTS and Free Army factions, the army then on the "
    "outskirts of Abu Dali (Al-Hal, 17 Dec); the days after 17 Dec (the factions' counter-attacks "
    "of Dec 2017 - Jan 2018 in south-east Idlib) are not sourced here and stay gaps"
)


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


HAMA7: tuple[RegionRule, ...] = (
    RegionRule("hama7_is_out_of_east_hama_oct_2017", HAMA_REGION, _ids(POCKET), (
        Span(IS_OUT_OF_HAMA, EVE_OF_SALAMIYAH_EAST, "government",
             (AFP_4_OCT, UQAYRIBAT_1_SEP, EIGHT_VILLAGES), IS_OUT_NOTE),
    )),
    RegionRule("hama7_tall_khinzir_dec_2017", "fill_idlib_pre_offensive",
               _ids(frozenset({"tall_khinzir"})), (
        Span(START, day("2017-12-15"), "hts", (AL_HAL_17_DEC,), KHINZIR_BEFORE_NOTE,
             status="shared", with_parties=("opposition",)),
        Span(day("2017-12-16"), day("2017-12-17"), "government", (AP_16_DEC, AL_HAL_17_DEC),
             KHINZIR_TAKEN_NOTE),
    )),
)  # fmt: skip
