"""Region rules of the review h-rev26 (issue #15): answers other helpers flagged as doubtful.

Abu Dali (``abu_dali``), the crossing village on the line between north-east Hama and south-east
Idlib: ``fill_abu_dali`` draws it the army's (with the pro-government clans of MP Ahmad Darweesh)
to 30 Sep 2017 and leaves 1 Oct 2017 - 11 Jan 2019 a gap, apart from h-review's HTS week of 22 -
28 Oct 2017 (SOHR's air-strike report). Dated reports answer the autumn: HTS's operation on the
Abu Dali axis began on Friday 6 Oct and it took the village on Sunday 8 Oct (the New Arab, 8 Oct;
Enab Baladi: 'after two days of besieging it'); the army was still trying to reach it on 10 Dec
(Enab Baladi) and 15 Dec (the New Arab), attacked the village itself from 16 Dec (the New Arab)
and was still fighting for it on Thursday 28 Dec (Enab Baladi). Drawn: the army's 1 - 5 Oct
(continuity inferred), the army's contested by HTS 6 - 7 Oct, HTS's 8 Oct - 15 Dec (continuity
inferred between the reports), HTS's contested by the army 16 - 28 Dec. From 29 Dec 2017 to
11 Jan 2019 it stays a gap: the day the army took it is given only by pages whose date was not
read (Enab Baladi's report of the capture, 'in battles that began yesterday') or by outlets not
accepted as evidence. Only the gap days are answered (h-review's week is kept).

East of al-Bab: Step News (27 Feb 2017, citing the Hawar Kilis operations room: a faction claim)
names, besides the two Sukkariyah villages h-rev24 answered, Fikha Kabira, Jubb Na'san, Zammar,
Umm Shkif, Umm Adasa and Tafri'a Saghira as taken by the Euphrates Shield factions that day: each
is drawn the factions' (``sna``) on 27 Feb only, as h-rev24 did. Sukkariyah Kabirah and Umm Adasah
were also drawn the army's 3 Mar - 3 Jun 2017 by ``ea_arima_strip`` (``_aleppo.py``) as part of
the strip at Arima the Manbij Military Council handed over; the factions had taken both from IS,
not from the SDF, so the review takes them out of that rule: 3 Mar - 3 Jun 2017 is a gap for them
(no dated report names who held them; the region-level answer from 4 Jun, the army's, is left).

Same shape as ``tools/regions_2016_2018_rules_rev25.py``; ``REV26`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2019-rev26.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV26"]

ABU_DALI_BLOCK = "fill_abu_dali"
EA_BLOCK = "g2016_east_aleppo_government"

ENAB_10_DEC = "enab_baladi-2017-12-10-army-towards-abu-dali"
ALARABY_15_DEC = "alaraby-2017-12-15-syriatel-hill-near-abu-dali"
ALARABY_8_OCT = "alaraby-2017-10-08-hts-takes-abu-dali"
ALARABY_16_DEC = "alaraby-2017-12-16-army-attacks-abu-dali"
ENAB_28_DEC = "enab_baladi-2017-12-28-fighting-reaches-abu-dali"
STEP_27_FEB = "step_news-2017-02-27-sukkariyah-east-of-al-bab"

#: Step News's other villages east of al-Bab of 27 Feb 2017 (rev24 answered the two Sukkariyahs):
#: Fikha Kabira, Jubb Na'san, Zammar, Umm Shkif, Umm Adasa and Tafri'a Saghira.
STEP_VILLAGES = {
    "fikhah_kabirah": "Fikha Kabira",
    "jubb_nasane": "Jubb Na'san",
    "zammar_al_bab": "Zammar",
    "umm_shukayf": "Umm Shkif",
    "umm_adasah_aleppo": "Umm Adasa",
    "tafriat_saghirah": "Tafri'a Saghira",
}


def _is_abu_dali(place, _where) -> bool:
    return place.id == "abu_dali"


ABU_DALI_BEFORE_NOTE = (
    "held by clans loyal to the government under MP Ahmad Darweesh (Enab Baladi, 28 Dec 2017) "
    "until HTS attacked: its operation against the army on 'the axes of the village of Abu Dali' "
    "began on Friday 6 Oct 2017 (the New Arab, 8 Oct): the army's 1 - 5 Oct (continuity "
    "inferred from fill_abu_dali's answer to 30 Sep; review h-rev26: was a gap)"
)
ABU_DALI_SIEGE_NOTE = (
    "HTS's operation on the Abu Dali axis began on Friday 6 Oct 2017 (the New Arab, 8 Oct) and it "
    "took the village 'after two days of besieging it' (Enab Baladi, 28 Dec): the army's, "
    "contested by HTS, 6 - 7 Oct (review h-rev26: was a gap)"
)
ABU_DALI_NOTE = (
    "HTS took Abu Dali 'and all its checkpoints' on Sunday 8 Oct 2017 (the New Arab, from HTS's "
    "Ibaa agency: a faction claim; Enab Baladi: HTS 'tightened its grip' on it on 8 Oct); the army "
    "was still trying to reach it on Sunday 10 Dec (Enab Baladi: al-Bulayl, 7 km away, taken) and "
    "on Friday 15 Dec (the New Arab: the Syriatel hill near 'the strategic village of Abu Dali, "
    "which the Hay'a took in October', HTS controlling the area): HTS's 8 Oct - 15 Dec "
    "(continuity inferred between the reports; review h-rev26: was a gap)"
)
ABU_DALI_ASSAULT_NOTE = (
    "the army launched 'a wide attack on the village of Abu Dali' at dawn on Saturday 16 Dec 2017, "
    "the factions fighting to repel it (the New Arab); on Thursday 28 Dec it was still fighting "
    "the factions for the village, which were 'preparing to withdraw' (Enab Baladi): HTS's, "
    "contested by the army, 16 - 28 Dec (review h-rev26: was a gap; from 29 Dec a gap: the day "
    "the army took it is given only by pages whose date was not read)"
)

STEP_NOTE = (
    "Step News (27 Feb 2017; opposition-leaning, citing the Hawar Kilis operations room: a faction "
    "claim) has the Euphrates Shield forces take '{name}' with the two Sukkariyah villages and "
    "others east of al-Bab from IS 'today, Monday the twenty-seventh of February' (translated); "
    "no second report read: only that day is answered (review h-rev26, as h-rev24 for the "
    "Sukkariyah villages; the region-level answer from 4 Jun 2017 draws it the army's, which no "
    "report read names here)"
)


def _step_village(locality: str, name: str) -> RegionRule:
    return RegionRule(f"rev26_{locality}_27_feb_2017", EA_BLOCK,
                      lambda place, _where: place.id == locality, (
        Span(day("2017-02-27"), day("2017-02-27"), "sna", (STEP_27_FEB,),
             STEP_NOTE.format(name=name)),
    ))  # fmt: skip


REV26: tuple[RegionRule, ...] = (
    RegionRule("rev26_abu_dali_oct_dec_2017", ABU_DALI_BLOCK, _is_abu_dali, (
        Span(day("2017-10-01"), day("2017-10-05"), "government", (ALARABY_8_OCT, ENAB_28_DEC),
             ABU_DALI_BEFORE_NOTE),
        Span(day("2017-10-06"), day("2017-10-07"), "government", (ALARABY_8_OCT, ENAB_28_DEC),
             ABU_DALI_SIEGE_NOTE, status="contested", with_parties=("hts",)),
        Span(day("2017-10-08"), day("2017-12-15"), "hts",
             (ALARABY_8_OCT, ENAB_10_DEC, ALARABY_15_DEC), ABU_DALI_NOTE),
        Span(day("2017-12-16"), day("2017-12-28"), "hts", (ALARABY_16_DEC, ENAB_28_DEC),
             ABU_DALI_ASSAULT_NOTE, status="contested", with_parties=("government",)),
    )),
    *(_step_village(locality, name) for locality, name in STEP_VILLAGES.items()),
)  # fmt: skip
