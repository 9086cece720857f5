"""Region rules of the review h-rev38 (issue #15): answers flagged as possibly wrong in the
southern and eastern Aleppo countryside and Hama, 2016 - 2020.

1. Al-Rashadiyah (south-west of Khanasir, 35.728 N 37.471 E) kept a gap on 2 - 8 Nov 2017, between
   the region-level rebel/HTS answer to 1 Nov and SMART's HTS report of 9 Nov. An HTS commander
   told SMART on Friday 3 Nov 2017 (read via microsyria) that the army took al-Rashadiyah,
   'Hajara' and al-Huwaywi on Thursday 2 Nov after artillery and air strikes, and that HTS retook
   the three that Friday after clashes that ended in the army's withdrawal (party claim). Drawn:
   the government's on 2 Nov (HTS's own account of the loss; SOHR has the army's attack begin at
   noon that Thursday), HTS's contested by the army on 3 Nov, HTS's 4 - 8 Nov (continuity
   inferred to SMART's 9 Nov report of the village 'subject to the control of Tahrir al-Sham').

2. Daghli Bash (7.5 km west of al-Bab, 36.358 N 37.427 E): the opposition's Shaam News has the
   rebels announce its capture from IS on Saturday 31 Dec 2016 (a faction claim). Drawn the
   Euphrates Shield factions' (``sna``) 31 Dec 2016 - 26 Feb 2017 (continuity inferred to the
   army's advance south of al-Bab of 27 Feb, after which no report names the village); the
   region-level rule ``bab_west_of_tadif`` no longer answers it or the four villages between it
   and the factions' Waqah and Hazwan (``REVIEWED_REV38`` in ``_bab.py``), and the batch's
   'government once IS lost Maskanah' rows were edited into gaps to the autumn-2019 snapshot.

The other items of the review are hand edits of ``records/2016-2024.csv`` (rows tagged
``[rev38]``: the al-Hass plateau's edge villages the batch drew the government's from 4 Jun 2017)
and an edit of ``sa_khanasir_south_west_oct_2017`` in ``_south_aleppo.py``. Same shape as
``tools/regions_2016_2018_rules_rev34.py``; ``REV38`` is added at the end of ``RULES``, so it
answers only days the earlier rules leave. Sources in ``sources/2016-2019-rev38.toml``.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV38"]

BLOCK = "g2016_east_aleppo_government"

SMART_3_NOV = "smart-2017-11-03-hts-retakes-three-villages"
SOHR_2_NOV = "sohr-2017-11-02-khanasir-south-west-ar"
SMART_9_NOV = "smart-2017-11-09-rajm-al-sawan"
SHAAM_31_DEC = "shaam_news-2016-12-31-daghlabash"

RASHADIYAH_2_NOV_NOTE = (
    "review h-rev38: an HTS commander ('Abu Hasan') told SMART on Friday 3 Nov 2017 that the "
    "regime forces took the villages of Hajara, al-Rashadiyah and al-Huwaywi on Thursday after "
    "rocket and artillery preparation and Russian air strikes (HTS's own account of the loss: "
    "party claim, translated); SOHR has the army's attack on HTS's and the factions' areas "
    "south-west of Khanasir begin at noon that Thursday, 2 Nov"
)
RASHADIYAH_3_NOV_NOTE = (
    "review h-rev38: HTS 'regained control' of Hajara, al-Rashadiyah and al-Huwaywi on Friday "
    "3 Nov 2017 after bringing reinforcements; the clashes with the regime forces 'ended with its "
    "withdrawal from the area' (an HTS commander to SMART: party claim, translated); fought over "
    "that day, so HTS's contested by the army"
)
RASHADIYAH_HTS_NOTE = (
    "review h-rev38: HTS's from its recapture of Friday 3 Nov 2017 (an HTS commander to SMART: "
    "party claim) to the army's renewed advance on al-Rashadiyah and Rajm al-Sawan of Thursday "
    "9 Nov, when the village was still 'subject to the control of Tahrir al-Sham' (SMART): "
    "continuity inferred between the two reports"
)

DAGHLI_BASH_NOTE = (
    "review h-rev38: 'the rebels announced today, Saturday, the liberation of the village of "
    "Daghlabash west of the city of al-Bab' after fierce battles with IS (Shaam News, 31 Dec 2016: "
    "a faction claim, translated); held to 26 Feb 2017 (continuity inferred: no IS return or army "
    "entry reported before the army's advance south of al-Bab of 27 Feb); from 27 Feb to the "
    "autumn-2019 snapshot a gap"
)

REV38: tuple[RegionRule, ...] = (
    RegionRule("rev38_rashadiyah_nov_2017", BLOCK, lambda p, _w: p.id == "rashadiyah", (
        Span(day("2017-11-02"), day("2017-11-02"), "government", (SMART_3_NOV, SOHR_2_NOV),
             RASHADIYAH_2_NOV_NOTE),
        Span(day("2017-11-03"), day("2017-11-03"), "hts", (SMART_3_NOV,), RASHADIYAH_3_NOV_NOTE,
             status="contested", with_parties=("government",)),
        Span(day("2017-11-04"), day("2017-11-08"), "hts", (SMART_3_NOV, SMART_9_NOV),
             RASHADIYAH_HTS_NOTE),
    )),
    RegionRule("rev38_daghli_bash_31_dec_2016", BLOCK, lambda p, _w: p.id == "daghli_bash", (
        Span(day("2016-12-31"), day("2017-02-26"), "sna", (SHAAM_31_DEC,), DAGHLI_BASH_NOTE),
    )),
)  # fmt: skip
