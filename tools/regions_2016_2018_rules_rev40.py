"""Region rules of the review h-rev40 (issue #15): older leads on answers flagged as possibly
wrong, here the one gap day a report settles.

1. Habboubah Kabira (``habboubah_kabira``, 1 km from Habboubah Saghira, which the gazetteer
   folds into it): the army's 8 - 10 Mar 2017 (h-ealeppo4: Al-Watan and Syria News, party
   claims), a gap from 11 Mar to the batch's answer of 14 May. On Saturday 11 Mar IS retook
   Habboubah Saghira and seven other villages north of Deir Hafer in a sandstorm, with clashes
   "round Habboubah near the water pumping station" (the Syria's Tomorrow Movement's site, 12
   Mar): fought over that day, the army's contested by IS. The days after stay gaps (SMART's
   "Habboubah" of 17 Mar was not found in the stored pages).

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

HABBOUBAH_11_MAR_NOTE = (
    "[rev40] fought over: the army's since Wednesday 8 Mar 2017 (Al-Watan, Syria News: party "
    "claims); on Saturday 11 Mar IS retook 'Habboubah Saghira' (1 km away, folded into this "
    "point in the gazetteer) and seven other villages north of Deir Hafer in a sandstorm, with "
    "clashes 'round Habboubah near the water pumping station' (the Syria's Tomorrow Movement's "
    "site, 12 Mar: party media, not a party to this fight; translated); SMART (17 Mar) has IS "
    "retake the Jirah airbase and villages round it that day: the army's, contested by IS; the "
    "days after stay gaps"
)

REV40: tuple[RegionRule, ...] = (
    RegionRule("rev40_habboubah_11_mar_2017", BLOCK, lambda p, _w: p.id == "habboubah_kabira", (
        Span(day("2017-03-11"), day("2017-03-11"), "government", (ALGHAD_12_MAR, SMART_17_MAR),
             HABBOUBAH_11_MAR_NOTE, status="contested", with_parties=("isis",)),
    )),
)  # fmt: skip
