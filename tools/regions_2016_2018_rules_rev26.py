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

Same shape as ``tools/regions_2016_2018_rules_rev25.py``; ``REV26`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2019-rev26.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV26"]

ABU_DALI_BLOCK = "fill_abu_dali"

ENAB_10_DEC = "enab_baladi-2017-12-10-army-towards-abu-dali"
ALARABY_15_DEC = "alaraby-2017-12-15-syriatel-hill-near-abu-dali"


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

REV26: tuple[RegionRule, ...] = (
    RegionRule("rev26_abu_dali_hts_oct_dec_2017", ABU_DALI_BLOCK, _is_abu_dali, (
        Span(day("2017-10-08"), day("2017-12-15"), "hts", (ENAB_10_DEC, ALARABY_15_DEC),
             ABU_DALI_NOTE),
    )),
)  # fmt: skip
