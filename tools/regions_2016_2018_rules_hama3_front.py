"""Region rules for the north Hama front, the Ghab and south-east Idlib (issue #15, h-hama3).

The second half of `tools/regions_2016_2018_rules_hama3.py` (same shape; ``RULES`` in
`tools/regions_2016_2018_rules.py` adds ``HAMA3_FRONT`` after ``HAMA3``): villages dated one by
one in the fill blocks ``[fill_north_hama]`` (and its ``_undated`` days of 2019),
``[fill_idlib_southeast_before_2017]`` (and ``_undated``) and the batch's ``[daily 2019]`` rows,
on registry sources (``sources/2016-2019-hama3.toml`` and earlier files). Days no source reaches
stay gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import timedelta

from geodata.control.model import Locality
from tools.fill_2016_2019_rules_idlib import HTS_DEAL, HTS_LARGELY, HTS_NLF_DEAL
from tools.regions_2016_2018_model import RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_ghab import SNAPSHOT_EVE
from tools.regions_2016_2018_rules_hama import EAST_LON, NORTH_HAMA, NORTH_HAMA_END

# --- south-east Idlib: the villages AP names for Monday 8 Jan 2018 -----------------------------
#: 'Freija, Jahman, Dawoudiyeh and Jub al-Qasab' (Syrian Central Military Media via AP; SOHR
#: confirmed): the gazetteer's al-Juhman (the others are not tracked). The gazetteer's Furayji is
#: left out (h-review): it lies 16 km west-south-west of Sinjar, between Khuwayn and Umm
#: al-Khalakhil, which the rebels took on 11 Jan 2018, while AP's Freija is named with villages
#: round Sinjar; that they are one place is not established.
TAKEN_8_JAN_2018 = frozenset({"al_juhman"})
TAKEN_8_JAN_SOURCES = (
    "ap-2018-01-08-fourteen-villages-idlib",
    "reuters-2018-01-07-sinjar-95-villages",
    "sohr-2018-02-is-hama-aleppo-pocket-ended",
    "newarab-2018-01-abu-duhur-airbase",
)
TAKEN_8_JAN_NOTE = (
    "named among the 14 villages government forces captured on Monday 8 Jan 2018 on the way to "
    "the Abu al-Duhur air base ('Freija, Jahman, Dawoudiyeh and Jub al-Qasab': the government's "
    "Syrian Central Military Media via AP; SOHR 'also confirmed the capture'); the army took the "
    "air base on 20-21 Jan and by 9 Feb 2018 the whole besieged circle east of it (SOHR); no later "
    "loss reported, drawn government by the autumn-2019 snapshot (continuity inferred)"
)

# --- north Hama: villages dated one by one -----------------------------------------------------
NORTH_HAMA_UNDATED = f"{NORTH_HAMA}_undated"
ZALAQIYAT_SOURCES = ("daily_star_lb-2017-05-08-zalaqiyat", "mee-2017-05-07-zalakiyat")
ZALAQIYAT_CONTESTED_NOTE = (
    "an activist: 'the government pushed opposition fighters out of the village of Zalaqiyat' on "
    "Saturday 6 May 2017 (AP via The Daily Star); SOHR dates the army's seizure to Sunday 7 May "
    "(MEE): that day fought over; before it the rebels held the village from their offensive of "
    "March 2017 ('the first point seized', AP; the day is not stored)"
)
ZALAQIYAT_NOTE = (
    "the army seized al-Zalakiyat north of Hama on Sunday 7 May 2017 (SOHR via MEE; an activist "
    "via AP: Saturday), 'an army push into areas the rebels gained last year'; no later loss "
    "reported before the army's 2019 offensive (continuity inferred to 29 Apr 2019)"
)
#: AP's 'al-Bani' (SOHR's 'al-Janabrah "al-Bana"'), 4 km south-west of Kafr Nabudah.
AL_BANI_NOTE = (
    "captured from the insurgents on Monday 6 May 2019 with the nearby Othman hill (Syrian Central "
    "Military Media via AP; SOHR 'confirmed that al-Bani was taken'); counted to 21 May: the "
    "rebels' counter-attack re-entered Kafr Nabudah, 4 km away, on the night to 22 May (AP), and "
    "the later days are not sourced here"
)
AL_BANI_SOURCES = ("ap-2019-05-06-al-bani", "ap-2019-05-22-kafr-nabuda-recaptured")
ZAKAH_ARBAEEN = frozenset({"az_zakah", "al_arbaeen"})
ZAKAH_ARBAEEN_SOURCES = ("afp-2019-08-08-zakah-arbaeen", "ap-2019-08-23-northern-hama")
ZAKAH_ARBAEEN_NOTE = (
    "captured by regime forces on Wednesday 7 Aug 2019 from 'jihadists and allied rebels' (SANA "
    "and SOHR via AFP); by 23 Aug the army held 'the entire northern Hama countryside' (SOHR via "
    "AP); drawn government by the autumn-2019 snapshot (continuity inferred)"
)
ARBAEEN_REBEL_NOTE = (
    "among the places the regime bombarded on 7-9 Sep 2018 with Kafr Zita, al-Lataminah, al-Sayyad "
    "and Latmeen, the armed groups retaliating on 'regime positions' in al-Suqaylabiyah, Salhab, "
    "Mhardeh and Safsafiya (STJ): on the rebels' side; taken from 'jihadists and allied rebels' "
    "on 7 Aug 2019 (AFP): held by them between the two reports (continuity inferred); the north "
    "Hama pocket was held by Jaysh al-Izza and other factions with HTS (as Latamneh; factions per "
    "village not sourced)"
)
ARBAEEN_REBEL_SOURCES = ("stj-2018-09-mahardah-attacks", "afp-2019-08-08-zakah-arbaeen",
                         "ap-2019-08-23-northern-hama")  # fmt: skip

TAL_MELEH_NOTE = (
    "the jihadi groups and the factions took Tal Meleh and al-Jabin on 6 Jun 2019, and the regime "
    "forces failed 'in tens of attempts to regain control' in the following weeks (SOHR, about 20 "
    "days later); disagreement kept: al-Masdar has the army briefly retaking Tal Malah and losing "
    "it again on 15 Jun (the batch's row from that day); HTS-led with Jaysh al-Izza and the NLF "
    "(Enab Baladi, 20 Jun)"
)
TAL_MELEH_SOURCES = ("sohr-2019-06-tal-meleh-jabin", "enab_baladi-2019-06-20-tal-meleh-jbain",
                     "almasdar-2019-06-15-tal-malah-lost")  # fmt: skip

# --- south-east Idlib east of 37.0 E: inside the circle besieged on 20 Jan 2018 -----------------
#: South of Abu al-Duhur town (35.737 N), whose capture no accepted source dates; the IS-held
#: villages that surrendered to the rebels on 13 Feb 2018 lay round al-Khowein (36.84 E).
CIRCLE_NORTH = 35.70
CIRCLE_SOURCES = (
    "sohr-2018-01-20-abu-duhur-besieged-pocket",
    "sohr-2018-02-is-hama-aleppo-pocket-ended",
    "syria_direct-2018-02-13-is-surrender-idlib",
)
CIRCLE_NOTE = (
    "region-level: on 20 Jan 2018 the army besieged 'the pocket ... that includes 100 villages "
    "under the control of Hayaat Tahrir Al-Sham and ISIS' (SOHR) and by Friday 9 Feb it held 'the "
    "entire besieged circle' (SOHR: counted from 9 Feb); the IS fighters who left it surrendered "
    "to rebel factions at al-Khowein, 17 km further west, on 13 Feb ('the former pocket under "
    "Syrian government and partial opposition control', Syria Direct); this place lies east of "
    "37.0 E and south of Abu al-Duhur in Idlib governorate, as the Hama villages east of 37.0 E "
    "answered from the same day (h-hama); no later loss reported, drawn government by the "
    "autumn-2019 snapshot (continuity inferred)"
)


def _inside_circle(place: Locality, _where: Where) -> bool:
    return place.lon >= EAST_LON and place.lat < CIRCLE_NORTH


# --- the Ghab east of the Orontes out of the regime's control in 2018 ------------------------
GHAB_OUT_OF_CONTROL = frozenset({"al_huwash", "ankawi", "qarqur"})
GHAB_2018_SOURCES = ("stj-2018-05-16-goreen-camp", "smart-2018-12-27-ankawi-masasinah")
GHAB_2018_NOTE = (
    "named by STJ among 'the towns and villages that are out of its control' which the army's "
    "Jurin camp shelled 'semi-daily' (the attack of Wednesday 16 May 2018: counted from that "
    "day); Jurin's guns shelled al-Ankawi again on 27 Dec 2018 (SMART); no change of hands "
    "reported before the army's offensive of 30 Apr 2019 (continuity inferred); {}"
)
MASASINAH_NOTE = (
    "'the Syrian government forces stationed in the Zaleen checkpoint and village of "
    "al-Masasinah mortared the edges of the city of al-Lataminah' on Thursday 27 Dec 2018 "
    "(activists via SMART, an opposition agency): counted from that day to the army's offensive "
    "of 30 Apr 2019 (continuity inferred; the village lies 2.5 km from rebel-held Lahaya, so the "
    "offensive's days are not answered)"
)

SUQAYLABIYAH_2019_NOTE = (
    "government-held before the offensive (ARA News: 'regime-held'); in June 2019 the factions "
    "holding Tal Meleh and al-Jabin 'cut the highway of al-Suqaylabiyah - Muhradah, both towns "
    "which are mostly inhabited by Christian citizens' (SOHR), the towns themselves not taken; by "
    "23 Aug the army held 'the entire northern Hama countryside' (SOHR via AP); no loss of the "
    "town reported (continuity inferred)"
)
SUQAYLABIYAH_2019_SOURCES = ("aranews-2015-12-sqelbiya-maharda", "sohr-2019-06-tal-meleh-jabin",
                             "ap-2019-08-23-northern-hama")  # fmt: skip


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


HAMA3_FRONT: tuple[RegionRule, ...] = (
    *(
        RegionRule(f"hama3_{block}_taken_8_jan_2018", block, _ids(TAKEN_8_JAN_2018), (
            Span(day("2018-01-08"), SNAPSHOT_EVE, "government", TAKEN_8_JAN_SOURCES,
                 TAKEN_8_JAN_NOTE),
        ))
        for block in ("fill_idlib_southeast_before_2017",
                      "fill_idlib_southeast_before_2017_undated")
    ),
    *(
        RegionRule(f"hama3_{block}_inside_the_circle", block, _inside_circle, (
            Span(day("2018-02-09"), SNAPSHOT_EVE, "government", CIRCLE_SOURCES, CIRCLE_NOTE),
        ))
        for block in ("fill_idlib_southeast_before_2017",
                      "fill_idlib_southeast_before_2017_undated")
    ),
    RegionRule("hama3_ghab_out_of_control_2018", NORTH_HAMA, _ids(GHAB_OUT_OF_CONTROL), (
        Span(day("2018-05-16"), HTS_NLF_DEAL - timedelta(days=1), "hts",
             (*GHAB_2018_SOURCES, HTS_LARGELY),
             GHAB_2018_NOTE.format(
                 "HTS dominant, other factions (the NLF from 2018) keeping areas (region model, "
                 "as g2016_idlib_pocket)"),
             status="shared", with_parties=("opposition",)),
        Span(HTS_NLF_DEAL, NORTH_HAMA_END, "hts", (*GHAB_2018_SOURCES, HTS_DEAL),
             GHAB_2018_NOTE.format(
                 "the HTS-NLF deal of 10 Jan 2019 put the Salvation Government in charge of all "
                 "rebel areas (The New Arab; region model)")),
    )),
    RegionRule("hama3_masasinah_dec_2018", NORTH_HAMA, _ids(frozenset({"masasneh"})), (
        Span(day("2018-12-27"), NORTH_HAMA_END, "government",
             ("smart-2018-12-27-ankawi-masasinah",), MASASINAH_NOTE),
    )),
    RegionRule("hama3_zalaqiyat_may_2017", NORTH_HAMA, _ids(frozenset({"zilaqiat"})), (
        Span(day("2017-05-06"), day("2017-05-06"), "government", ZALAQIYAT_SOURCES,
             ZALAQIYAT_CONTESTED_NOTE, status="contested", with_parties=("opposition",)),
        Span(day("2017-05-07"), NORTH_HAMA_END, "government", ZALAQIYAT_SOURCES,
             ZALAQIYAT_NOTE),
    )),
    RegionRule("hama3_al_bani_may_2019", NORTH_HAMA_UNDATED, _ids(frozenset({"al_banah"})), (
        Span(day("2019-05-06"), day("2019-05-21"), "government", AL_BANI_SOURCES, AL_BANI_NOTE),
    )),
    *(
        RegionRule(f"hama3_{block}_tal_meleh_6_jun_2019", block,
                   _ids(frozenset({"tall_mallah", "jubbayn_mhardeh"})), (
            Span(day("2019-06-06"), day("2019-06-14"), "hts", TAL_MELEH_SOURCES, TAL_MELEH_NOTE,
                 status="shared", with_parties=("opposition",)),
        ))
        for block in ("daily 2019", NORTH_HAMA_UNDATED)
    ),
    RegionRule("hama3_suqaylabiyah_2019", "fill_suqaylabiyah_undated",
               _ids(frozenset({"suqaylabiyah"})), (
        Span(day("2019-04-30"), SNAPSHOT_EVE, "government", SUQAYLABIYAH_2019_SOURCES,
             SUQAYLABIYAH_2019_NOTE),
    )),
    *(
        RegionRule(f"hama3_{block}_zakah_arbaeen", block, _ids(ZAKAH_ARBAEEN), (
            Span(day("2019-08-07"), SNAPSHOT_EVE, "government", ZAKAH_ARBAEEN_SOURCES,
                 ZAKAH_ARBAEEN_NOTE),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    *(
        RegionRule(f"hama3_{block}_arbaeen_rebel_side", block, _ids(frozenset({"al_arbaeen"})), (
            Span(day("2018-09-07"), day("2019-08-06"), "opposition", ARBAEEN_REBEL_SOURCES,
                 ARBAEEN_REBEL_NOTE, status="shared", with_parties=("hts",)),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
)  # fmt: skip
