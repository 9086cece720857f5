"""Region rules of the review h-rev22 (issue #15): answers other helpers flagged as possibly wrong.

1. Mazburah, Rasm al-Harmal and al-Kitah (al-Qiteh), south of al-Bab: the region rule
   ``bab2_south_of_al_bab_feb_2017`` (``_bab2.py``) drew them the army's from 20 Feb 2017 on
   SOHR's region-level count of 14 villages taken on 18 - 19 Feb (Reuters), while SANA named all
   three among the 18 villages its reporter said on Saturday 25 Feb the army had recaptured from
   IS, 'in less than a week' (h-ealeppo6 answers them IS's to 19 Feb). The region rule no longer
   answers them: 20 - 24 Feb they are IS's contested by the army (the two reports disagree; the
   week of fighting SANA reports), the army's from 25 Feb to Deir Hafer's fall as before.
2. Abu Khatar: ``bab_south_west_of_manbij`` (``_bab.py``) drew it the army's from 27 Feb 2017
   on AFP's unnamed '23 villages' near Manbij; Step News (7 Mar 2017, relaying pro-government
   sites) names 'Abu Khatar' among the villages in the far north-west of the al-Khafsa
   sub-district taken that day. The rule no longer answers it: 27 Feb - 6 Mar a gap, the army's
   from 7 Mar (party claim relayed) to Maskanah's fall.
3. Rasm al-Kama, Rasm al-Kabir and Shuwaylekh: h-ealeppo2 answers them the army's from 1 Mar
   (SOHR, undated); SANA's list of Saturday 18 Feb 2017 (read in the Arabic service of Iran's
   Young Journalists Club) names them: the army's 18 - 28 Feb (party claim).

Same shape as ``tools/regions_2016_2018_rules_rev21.py``; ``REV22`` is added at the end of
``RULES``, so these answer only days the earlier rules leave. Sources in
``sources/2016-2019-rev22.toml`` and the files of h-ealeppo, h-ealeppo2, h-ealeppo6 and the
2016-2018 regions. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV22"]

BLOCK = "g2016_east_aleppo_government"
#: The day before the army took Deir Hafer (29 Mar 2017, Reuters), from which ``_aleppo.py``
#: answers the villages south of al-Bab.
EVE_OF_DEIR_HAFER = day("2017-03-28")
#: The day before Maskanah fell (4 Jun 2017), from which the batch stores the government area.
EVE_OF_MASKANAH = day("2017-06-03")

SANA_25_FEB = "sana-2017-02-25-18-villages-east-aleppo"
SANA_18_FEB = "sana-2017-02-18-abu-jabbar-bijan"
REUTERS_21_FEB = "reuters-2017-02-21-army-east-of-al-bab"
AFP_27_FEB = "afp-2017-02-27-army-presses-is-north"
REUTERS_29_MAR = "reuters-2017-03-29-deir-hafer"
SOHR_NINE = "sohr-2017-02-nine-villages-north-west-of-deir-hafer"
STEP_7_MAR = "step_news-2017-03-07-khafsa-north-west-villages"
XINHUA_MASKANAH = "xinhua-2017-06-04-maskanah"

SANA_25_FEB_IDS = frozenset({"mazburah", "rasm_al_harmal", "al_kitah"})
SANA_18_FEB_IDS = frozenset({"rasm_al_kama", "rasm_al_kabir", "shuwaylekh"})

CONTESTED_NOTE = (
    "the reports disagree (review h-rev22): SOHR (via Reuters, 21 Feb 2017) has the army's "
    "'sudden advance on Saturday and Sunday' (18 - 19 Feb) extend its control 'across 14 "
    "villages' south of al-Bab, unnamed, while SANA (state media: party claim) names this "
    "village among the 18 its reporter said on Saturday 25 Feb the army had recaptured from IS "
    "'following fierce battles', 600 km2 'in less than a week': 20 - 24 Feb IS's, contested by "
    "the army; the day it fell is not reported"
)
TAKEN_25_FEB_NOTE = (
    "named among the 18 villages SANA's reporter said on Saturday 25 Feb 2017 the army had "
    "recaptured from IS (state media: party claim); the army took Deir Hafer to the south-east on "
    "29 Mar (Reuters); no IS return reported between (continuity inferred; review h-rev22: was "
    "the army's from 20 Feb on SOHR's unnamed region-level count)"
)
ABU_KHATAR_NOTE = (
    "Step News (7 Mar 2017; opposition-leaning, relaying 'pro-regime sites': a government-side "
    "claim) names 'Abu Khatar' among the villages 'in the far north-west of the al-Khafsa "
    "sub-district' the regime forces took 'today, Tuesday the seventh of March', with al-Khafsa "
    "that evening (translated); no IS return reported before Maskanah fell on 4 Jun (Xinhua; "
    "continuity inferred); 27 Feb - 6 Mar a gap: AFP's 23 villages of 27 Feb are not named "
    "(review h-rev22: was the army's from 27 Feb)"
)
SANA_18_FEB_NOTE = (
    "SANA (state media: party claim, read in the Arabic service of Iran's Young Journalists "
    "Club, SANA's page not found) names 'Rasm al-Kama, Rasm al-Kabir and Shuwaylikh' among 8 "
    "villages of the eastern Aleppo countryside army units recovered from IS on Saturday 18 Feb "
    "2017 (translated); SOHR's undated report of nine villages taken in 72 hours names the same "
    "three, from which h-ealeppo2 answers 1 Mar on; no IS return reported between (continuity "
    "inferred; review h-rev22); before 18 Feb a gap"
)

REV22: tuple[RegionRule, ...] = (
    RegionRule("rev22_sana_25_feb_2017_south_of_al_bab", BLOCK,
               lambda p, _w: p.id in SANA_25_FEB_IDS, (
        Span(day("2017-02-20"), day("2017-02-24"), "isis", (REUTERS_21_FEB, SANA_25_FEB),
             CONTESTED_NOTE, status="contested", with_parties=("government",)),
        Span(day("2017-02-25"), EVE_OF_DEIR_HAFER, "government",
             (SANA_25_FEB, REUTERS_29_MAR), TAKEN_25_FEB_NOTE),
    )),
    RegionRule("rev22_abu_khatar_7_mar_2017", BLOCK, lambda p, _w: p.id == "abu_khatar", (
        Span(day("2017-03-07"), EVE_OF_MASKANAH, "government",
             (STEP_7_MAR, XINHUA_MASKANAH, AFP_27_FEB), ABU_KHATAR_NOTE),
    )),
    RegionRule("rev22_sana_18_feb_2017_north_west_of_deir_hafer", BLOCK,
               lambda p, _w: p.id in SANA_18_FEB_IDS, (
        Span(day("2017-02-18"), day("2017-02-28"), "government", (SANA_18_FEB, SOHR_NINE),
             SANA_18_FEB_NOTE),
    )),
)  # fmt: skip
