"""Region rules of the review h-rev26 (issue #15): answers other helpers flagged as doubtful.

Abu Dali (``abu_dali``), the crossing village on the line between north-east Hama and south-east
Idlib: ``fill_abu_dali`` draws it the army's (with the pro-government clans of MP Ahmad Darweesh)
to 30 Sep 2017 and leaves 1 Oct 2017 - 11 Jan 2019 a gap, apart from h-review's HTS week of 22 -
28 Oct 2017 (SOHR's air-strike report). Enab Baladi (Sunday 10 Dec 2017) has the army take
al-Bulayl, some 7 km away, that dawn in its push towards Abu Dali, which Hay'at Tahrir al-Sham
'tightened its grip on, on 8 October'; the New Arab (Friday 15 Dec 2017) has the army take the
Syriatel hill near Abu Dali in its attempt to reach 'the strategic village of Abu Dali, which the
Hay'a took in October', HTS 'controlling the area'. This rule draws Abu Dali HTS's from 8 Oct to
15 Dec 2017 (continuity inferred between the two reports; only the gap days are answered). 1 - 7
Oct stays a gap (HTS besieged the village for some two days before; no dated report of the
siege's start was read), and so does 16 Dec 2017 - 11 Jan 2019: the army's return is dated only
by undated pages or outlets not accepted as evidence.

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


ABU_DALI_NOTE = (
    "Hay'at Tahrir al-Sham 'tightened its grip' on Abu Dali on 8 Oct 2017 (Enab Baladi, 10 Dec "
    "2017, reporting the army's capture of al-Bulayl, some 7 km away, that Sunday on its way "
    "towards the village after repeated attempts to recover it); on Friday 15 Dec the army took "
    "the Syriatel hill near Abu Dali, trying to reach 'the strategic village of Abu Dali, which "
    "the Hay'a took in October', HTS controlling the area (the New Arab): HTS's 8 Oct - 15 Dec "
    "(continuity inferred between the two reports; review h-rev26: was a gap, the army's return "
    "is dated only by pages not accepted as evidence)"
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
    RegionRule("rev26_abu_dali_hts_oct_dec_2017", ABU_DALI_BLOCK, _is_abu_dali, (
        Span(day("2017-10-08"), day("2017-12-15"), "hts", (ENAB_10_DEC, ALARABY_15_DEC),
             ABU_DALI_NOTE),
    )),
    *(_step_village(locality, name) for locality, name in STEP_VILLAGES.items()),
)  # fmt: skip
