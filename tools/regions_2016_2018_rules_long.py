"""Region rules for the south-east Idlib villages round Abu Dali in HTS's attack of Oct 2017 and the
army's push of Dec 2017 - Jan 2018: al-Mushayrifa, al-Hamdaniyah and Abu Omar (issue #15, h-long).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``LONG`` at the end of ``RULES``, so these answer only the days earlier rules leave in the fill
block ``[fill_idlib_pre_offensive]`` (south-eastern Idlib places the army held by Oct 2019). HTS's
attack on the Abu Dali area began on Friday 6 Oct 2017 (Hurriya Press; al-Araby al-Jadeed: Abu
Dali taken on Sunday 8 Oct); the army's Tiger Forces came back in the last days of Dec 2017
(al-Khabar TV and SANA: party claims) before the factions' counter-attack of Thursday 11 Jan 2018
(opposition activists via CGTN; Reuters); Abu Omar is placed again on the army's side on 15 Apr
2019 (Shaam News) and kept to the autumn-2019 snapshot. Sources in
``sources/2016-2019-long.toml`` and the batch files. The days no report reaches stay gaps: who
held these villages before Oct 2017, and after the counter-attack of 11 Jan 2018 (to 14 Apr 2019
for Abu Omar, to the autumn-2019 snapshot for the others), is not dated by a report read.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import timedelta

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["LONG"]

BLOCK = "fill_idlib_pre_offensive"

# --- sources --------------------------------------------------------------------------------------
HURRIYA_6_OCT = "hurriya_press-2017-10-06-abu-dali-attack"
NEWARAB_8_OCT = "newarab-2017-10-08-hts-takes-abu-dali"
SOHR_22_28_OCT = "sohr-2017-10-north-east-hama-air-strikes"  # sources/2016-2019-hama4.toml
SPC_17_DEC = "syrian_press_center-2017-12-17-mushayrifa-axis"
KHABAR_28_DEC = "al_khabar_tv-2017-12-28-mushayrifa"
SANA_30_DEC = "sana-2017-12-30-atshan"  # sources/2016-2019-hama5.toml
CGTN_11_JAN = "cgtn-2018-01-rebel-counter-offensive"  # sources/2016-2019-idlib3.toml
REUTERS_11_JAN = "reuters-2018-01-11-idlib-counter-attack"  # sources/2016-2019-idlib3.toml
SMART_12_JAN = "smart-2018-01-12-factions-retake-villages"  # sources/2016-2019-hama8.toml
SHAAM_15_APR_2019 = "shaam_news-2019-04-15-tamanah-shelled"

UNDATED_BLOCK = "fill_idlib_pre_offensive_undated"  # 30 Apr - 22 Oct 2019
#: Monday 15 Apr 2019: Shaam News places the army in Abu Omar; the eves of the offensive batch's
#: period (30 Apr 2019) and of the autumn-2019 snapshot (23 Oct 2019).
ABU_OMAR_2019 = day("2019-04-15")
EVE_OF_OFFENSIVE_BATCH = day("2019-04-29")
SNAPSHOT_EVE = day("2019-10-22")

#: Thursday 11 Jan 2018: the factions' counter-attack (CGTN; Reuters); its eve ends the army's span.
COUNTER_ATTACK = day("2018-01-11")
EVE_OF_COUNTER_ATTACK = day("2018-01-10")


# --- al-Mushayrifa (El Mshayrfa), south-east of Abu Dali -----------------------------------------
MUSHAYRIFA_6_OCT_NOTE = (
    "on Friday 6 Oct 2017 HTS, opening its attack on the Abu Dali axis, 'was able to extend its "
    "control over the village of al-Tulaysiyah and al-Mushayrifa' after artillery preparation "
    "(activists via Hurriya Press, an opposition site; translated); loyalist sources said Assad's "
    "forces withdrew from those villages: the day it changed hands, fought over; HTS took Abu "
    "Dali itself on Sunday 8 Oct (al-Araby al-Jadeed)"
)
MUSHAYRIFA_HTS_NOTE = (
    "HTS's from its attack of 6 Oct 2017 (Hurriya Press; Abu Dali taken on 8 Oct, al-Araby "
    "al-Jadeed); in late Oct SOHR reported the army shelling 'Al-Mshirfah and Abu Dali' to recover "
    "the areas it had lost; on Saturday 16 Dec the army failed to advance against the factions "
    "'on the axis of the village of al-Mushayrifa south of the village of Abu Dali' (Syrian Press "
    "Center, an opposition site, 17 Dec); on Thursday 28 Dec the Nusra Front attacked at dawn "
    "'starting from al-Mushayrifa' (a field source via al-Khabar TV, party claim): held by HTS "
    "between the reports (continuity inferred; the factions with it on the front are not named "
    "per village; the days before 6 Oct are not sourced and stay gaps)"
)
MUSHAYRIFA_28_DEC_NOTE = (
    "a field source told the pro-government al-Khabar TV (party claim, translated) that the army "
    "took al-Mushayrifa 'north of the villages of Umm Turaykiyah and Umm Khuzaym' at noon on "
    "Thursday 28 Dec 2017 after the Nusra Front's dawn attack from the village was repulsed: "
    "fought over that day; the days after (HTS's counter-attacks before and on 11 Jan 2018, the "
    "army's return to Abu Dali on 29 Dec) are not dated for the village by a report read and "
    "stay gaps"
)

# --- al-Hamdaniyah and Abu Omar, west and north-west of Abu Dali ---------------------------------
ARMY_30_DEC = (
    "a military source said on Saturday 30 Dec 2017 that the army and 'popular forces' had "
    "retaken the villages of Atshan, Hamdaniyah, Salumiyah, Abu Omar and Nasiriyah and the Zaatar, "
    "Mareq and Jadouaa hills from the Nusra Front (SANA, party claim); no loss reported before the "
    "factions' counter-attack of Thursday 11 Jan 2018 (CGTN; Reuters): the army's between "
    "(continuity inferred); {}"
)
HAMDANIYAH_ARMY_NOTE = ARMY_30_DEC.format(
    "from 11 Jan a gap: the fighting of 11 - 12 Jan round Atshan, 3.5 km south-west, is reported "
    "(the factions' ambush there, SMART), al-Hamdaniyah is not named"
)
ABU_OMAR_ARMY_NOTE = ARMY_30_DEC.format(
    "11 Jan is answered as fought over (next row), the days after stay gaps"
)
HAMDANIYAH_HTS_NOTE = (
    "named by SOHR among the villages 'controlled by Tahrir Al-Sham' that the air strikes of 22 - "
    "28 Oct 2017 hit ('Al-Hamdania'); on 30 Dec a military source said the army had retaken "
    "Hamdaniyah 'from the Nusra Front' (SANA, party claim): HTS's between the reports "
    "(continuity inferred); 29 Dec, the day Hezbollah's media unit gave for it with Abu Dali "
    "(relayed by Halab Today, not stored), stays a gap"
)
ABU_OMAR_11_JAN_NOTE = (
    "sources disagree: 'In their counter-offensive Thursday, the rebels captured the towns of "
    "Khwein, Atshan Abu Omar, and Um Khalakhel from the Syrian army' (opposition activists via "
    "CGTN; the list may run Atshan and Abu Omar together); a government source denied the "
    "rebels' 15 villages and Hezbollah's media unit said the army regained positions it had "
    "withdrawn from (Reuters, 11 Jan 2018): fought over that day, as rules_idlib3 answers "
    "al-Khuwayn and Umm al-Khalakhil; who held Abu Omar afterwards is not dated (gaps)"
)


ABU_OMAR_2019_NOTE = (
    "'Assad's forces and the militias loyal to them stationed in the area of Qubaybat Abu al-Huda, "
    "Abu Omar and Abu Dali' stepped up their shelling of al-Tamanah on Monday 15 Apr 2019 "
    "(activists via Shaam News, an opposition network: party-side; translated); the 2019 "
    "offensive was fought west of it, and the autumn-2019 snapshot draws the village "
    "government-held: continuity inferred to the snapshot's eve; from the factions' "
    "counter-attack of 11 Jan 2018 to 14 Apr 2019 no report read names the village (gaps)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


LONG: tuple[RegionRule, ...] = (
    RegionRule("long_mushayrifa_oct_dec_2017", BLOCK, _ids("el_mshayrfa"), (
        Span(day("2017-10-06"), day("2017-10-06"), "hts", (HURRIYA_6_OCT, NEWARAB_8_OCT),
             MUSHAYRIFA_6_OCT_NOTE, status="contested", with_parties=("government",)),
        Span(day("2017-10-07"), day("2017-12-27"), "hts",
             (HURRIYA_6_OCT, NEWARAB_8_OCT, SPC_17_DEC, KHABAR_28_DEC), MUSHAYRIFA_HTS_NOTE),
        Span(day("2017-12-28"), day("2017-12-28"), "government", (KHABAR_28_DEC,),
             MUSHAYRIFA_28_DEC_NOTE, status="contested", with_parties=("hts",)),
    )),
    RegionRule("long_hamdaniyah_oct_2017_jan_2018", BLOCK, _ids("hamdaniyah"), (
        Span(day("2017-10-29"), day("2017-12-28"), "hts", (SOHR_22_28_OCT, SANA_30_DEC),
             HAMDANIYAH_HTS_NOTE),
        Span(day("2017-12-30"), EVE_OF_COUNTER_ATTACK, "government",
             (SANA_30_DEC, CGTN_11_JAN, SMART_12_JAN), HAMDANIYAH_ARMY_NOTE),
    )),
    RegionRule("long_abu_omar_dec_2017_jan_2018", BLOCK, _ids("abu_umar"), (
        Span(day("2017-12-30"), EVE_OF_COUNTER_ATTACK, "government", (SANA_30_DEC, CGTN_11_JAN),
             ABU_OMAR_ARMY_NOTE),
        Span(COUNTER_ATTACK, COUNTER_ATTACK, "government", (CGTN_11_JAN, REUTERS_11_JAN),
             ABU_OMAR_11_JAN_NOTE, status="contested", with_parties=("hts", "opposition")),
        Span(ABU_OMAR_2019, EVE_OF_OFFENSIVE_BATCH, "government", (SHAAM_15_APR_2019,),
             ABU_OMAR_2019_NOTE),
    )),
    RegionRule("long_abu_omar_2019", UNDATED_BLOCK, _ids("abu_umar"), (
        Span(EVE_OF_OFFENSIVE_BATCH + timedelta(days=1), SNAPSHOT_EVE, "government",
             (SHAAM_15_APR_2019,), ABU_OMAR_2019_NOTE),
    )),
)  # fmt: skip
