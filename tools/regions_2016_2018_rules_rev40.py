"""Region rules of the review h-rev40 (issue #15): older leads on answers flagged as possibly
wrong, here the gap days the reports settle.

1. Habboubah Kabira (``habboubah_kabira``, 1 km from Habboubah Saghira, which the gazetteer
   folds into it): the army's 8 - 10 Mar 2017 (h-ealeppo4: Al-Watan and Syria News, party
   claims), a gap from 11 Mar to the batch's answer of 14 May. On Saturday 11 Mar IS retook
   Habboubah Saghira and seven other villages north of Deir Hafer in a sandstorm, with clashes
   "round Habboubah near the water pumping station" (the Syria's Tomorrow Movement's site, 12
   Mar): fought over that day, the army's contested by IS. The days after stay gaps (SMART's
   "Habboubah" of 17 Mar was not found in the stored pages).
2. Khirbat Abkiyah (``khirbat_abkiyah``, al-Abaja, 5.3 km north-north-west of the Jirah airbase):
   the army's on 7 Mar 2017 (Step News relaying pro-government sites, h-rev24), a gap from 8 Mar.
   Now the army's 8 - 10 Mar, continuity inferred: on Thursday 9 Mar the army entered the airbase
   beyond it (Enab Baladi; al-Masdar Online relaying Al-Watan), and IS's counter-attack that took
   back the airbase and villages round it came on Saturday 11 Mar; from 11 Mar a gap, as before.

Other items of the review are hand rows tagged ``[rev40]`` in ``records/2016-2024.csv`` (Dhiban
2018, Tadef, Kurhyuk, al-Bughaz, al-Qawuqli, the western Mabrouka's source) or edits to other
modules (``named_jirah_airbase`` in ``_aleppo.py``: 9 - 11 Mar 2017; ``_manbij2.py``: the
Mabrouka rule withdrawn). Same shape as ``tools/regions_2016_2018_rules_rev21.py``; ``REV40``
is added at the end of ``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2019-maskan.toml`` and ``sources/2016-2019-ealeppo4.toml``. Build-time tooling,
not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV40"]

BLOCK = "g2016_east_aleppo_government"
ALGHAD_12_MAR = "alghad_alsouri-2017-03-12-is-retakes-villages-east-aleppo"
SMART_17_MAR = "smart-2017-03-17-deir-hafer-villages"
STEP_7_MAR = "step_news-2017-03-07-khafsa-north-west-villages"
ENAB_9_MAR = "enab_baladi-2017-03-09-jirah-airbase"
MASDAR_9_MAR = "almasdar_online-2017-03-09-jirah-airbase"

HABBOUBAH_11_MAR_NOTE = (
    "[rev40] fought over: the army's since Wednesday 8 Mar 2017 (Al-Watan, Syria News: party "
    "claims); on Saturday 11 Mar IS retook 'Habboubah Saghira' (1 km away, folded into this "
    "point in the gazetteer) and seven other villages north of Deir Hafer in a sandstorm, with "
    "clashes 'round Habboubah near the water pumping station' (the Syria's Tomorrow Movement's "
    "site, 12 Mar: party media, not a party to this fight; translated); SMART (17 Mar) has IS "
    "retake the Jirah airbase and villages round it that day: the army's, contested by IS; the "
    "days after stay gaps"
)

ABKIYAH_NOTE = (
    "[rev40] region-level, continuity inferred: Step News (relaying pro-government sites: a "
    "government-side claim) has the army take 'al-Abaja' on Tuesday 7 Mar 2017; on Thursday 9 "
    "Mar it entered the Jirah airbase 5.3 km to the south-south-east after IS withdrew ('matching "
    "media sources' via Enab Baladi; the regime's claim via Al-Watan Online, reported by al-Masdar "
    "Online); IS's counter-attack that retook the airbase and villages round it came on Saturday "
    "11 Mar (the Syria's Tomorrow site; SMART), which names no village here: the army's 8 - 10 "
    "Mar, a gap from 11 Mar"
)

REV40: tuple[RegionRule, ...] = (
    RegionRule("rev40_habboubah_11_mar_2017", BLOCK, lambda p, _w: p.id == "habboubah_kabira", (
        Span(day("2017-03-11"), day("2017-03-11"), "government", (ALGHAD_12_MAR, SMART_17_MAR),
             HABBOUBAH_11_MAR_NOTE, status="contested", with_parties=("isis",)),
    )),
    RegionRule("rev40_abkiyah_8_10_mar_2017", BLOCK, lambda p, _w: p.id == "khirbat_abkiyah", (
        Span(day("2017-03-08"), day("2017-03-10"), "government",
             (STEP_7_MAR, ENAB_9_MAR, MASDAR_9_MAR, ALGHAD_12_MAR), ABKIYAH_NOTE),
    )),
)  # fmt: skip
