"""Region rules of the review h-rev2 (issue #15): four villages of the al-Hass plateau south of
al-Safira that the batch had drawn the army's from 4 Jun 2017.

Tasnim (13 Jan 2018, Iranian state media: party claim) names Qayqan, Kafr Abish, al-Zira'a and
Burj al-Rumman among the villages the army took from the Nusra Front that day; they lie in the
pocket whose fall on 13 Jan the opposition's SMART and Step News date. Same shape as
``tools/regions_2016_2018_rules_ar1.py`` (its region-level note for the days before). Sources in
``sources/2016-2019-rev2.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import date

from tools.fill_2016_2019_rules import Span
from tools.regions_2016_2018_model import START, RegionRule
from tools.regions_2016_2018_rules_ar1 import BEFORE_NOTE, BEFORE_SOURCES, SAFIRA_END

__all__ = ["HASS_TASNIM_13_JAN", "REV2"]

#: The gazetteer's Ghaygan, Kafr Abbash, al-Zaraa and Burj al-Rumman: Tasnim's "Qayqan", "Kafr
#: Abish", "al-Zira'a" and "Burj al-Rumman" (matched by name and place, south of al-Safira).
HASS_TASNIM_13_JAN = frozenset({"ghaygan", "kafr_abbash", "al_zaraa", "burj_al_rumman"})
TASNIM = "tasnim-2018-01-13-25-villages-south-aleppo"

REV2 = (
    RegionRule("rev2_hass_tasnim_13_jan_2018", "g2016_east_aleppo_government",
               lambda p, _w: p.id in HASS_TASNIM_13_JAN, (
        Span(START, date(2018, 1, 11), "opposition", (*BEFORE_SOURCES[:2], TASNIM),
             BEFORE_NOTE.split("; on 13 Jan")[0] + "; Tasnim (13 Jan 2018, Iranian state media: "
             "party claim) names this village among those the army took from the Nusra Front and "
             "its allies in the operation begun two days before; no army entry reported earlier "
             "(continuity inferred); 12 Jan stays a gap. Review h-rev2: the batch had drawn it "
             "the army's from 4 Jun 2017 (Maskanah's fall, IS's war, not the pocket's)",
             status="shared", with_parties=("hts",)),
        Span(date(2018, 1, 13), SAFIRA_END, "government", (TASNIM,
             "smart-2018-01-13-tal-al-daman", "step-2018-01-13-tal-al-daman",
             "sana-2018-01-14-northeast-of-khanasser-road"),
             "taken by the army by Saturday 13 Jan 2018: Tasnim's correspondent names it among 25 "
             "villages 'south of al-Safira' and in the south-eastern countryside taken after "
             "clashes with the Nusra Front (Iranian state media: party claim); the opposition's "
             "SMART and Step News date the fall of Tall al-Daman and some 35 villages of Jabal "
             "al-Hass to that day as HTS withdrew; SANA claimed all villages north-east of the "
             "Khanasir - Tall al-Daman road on 14 Jan (party claim)"),
    )),
)  # fmt: skip
