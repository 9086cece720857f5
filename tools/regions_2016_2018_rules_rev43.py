"""Region rules of the review h-rev43 (issue #15): leads the earlier reviews reported but did not
change.

Suwaydiyat al-Saghirah (``suwaydiyat_al_saghirah``, 35.922 N 38.569 E, 5 km west of Suwaydiya
al-Kabirah on the Ja'bar side, by the Tabqa dam road) was a stored gap ("IS or SDF") from the
SDF's second phase (10 Dec 2016) to the city battle (5 Jun 2017). The thirteenth fact-check
(h-spot13) found that the "al-Suwaydiya" the SDF took on Saturday 7 Jan 2017 (Syrian Press Center,
sources close to the SDF) is this village: the SDF side's agency names it "Western Suwediye",
4 km from Eastern Ja'bar. Drawn: IS's 10 Dec 2016 - 6 Jan 2017 (the SDF took it from IS on 7 Jan
after clashes "since yesterday, Friday", having reached the Ja'bar castle only that Friday:
continuity inferred from the batch's IS answer to 9 Dec), the SDF's contested by IS on 7 - 9 Jan
(taken that morning; Baladi News, Monday 9 Jan: IS's counter-attack on the SDF's positions "in
the village of al-Suwaydiya" failed, the SDF's claim). From 10 Jan the gap stays: SOHR's undated
items have the SDF hold it ("since its control of the village of Suwaydiya Saghira") and IS
"regain control" of it, and SMART (25 Feb 2017) has IS men wounded in a trench they held on the
village's edge: no dated report settles who held it between.

The other items of the review are hand edits of ``records/2016-2024.csv`` (rows tagged
``[rev43]``: Khirbat al-Naqus, Tanjarah), an edit of ``fill_aleppo_south`` (Sabiqiyah) in
``tools/fill_2016_2019_rules.py`` and of ``as_2019_unchanged``, and the rule
``rev43_raqqa_districts_by_25_aug`` in ``_jazira.py``. ``REV43`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2024-rev43.toml`` and ``sources/2016-2019-raqqa6.toml``. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV43"]

BLOCK = "g2016_raqqa_sdf"

SPC_7_JAN = "syrian_press_center-2017-01-07-suwaydiya"
BALADI_9_JAN = "baladi_news-2017-01-09-suwaydiya"

IS_NOTE = (
    "review h-rev43: IS's until the SDF took the village on Saturday 7 Jan 2017 after clashes "
    "'since yesterday, Friday, until this morning', having taken the Ja'bar castle, 3 km south of "
    "the Ja'bar villages, only that Friday (Syrian Press Center, sources close to the SDF: party "
    "claim); the SDF side's agency names the village taken 'Western Suwediye', 4 km from Eastern "
    "Ja'bar (h-spot13); continuity inferred from the batch's IS answer to 9 Dec 2016"
)
FOUGHT_NOTE = (
    "review h-rev43: taken by the SDF on the morning of Saturday 7 Jan 2017 after clashes with IS "
    "(Syrian Press Center, party claim); IS counter-attacked the SDF's positions 'in the village "
    "of al-Suwaydiya', a failure by the SDF's account (Baladi News, Monday 9 Jan: party claim): "
    "fought over; from 10 Jan a gap (SOHR's undated items have IS 'regain control'; SMART, 25 "
    "Feb, IS men in a trench on the village's edge)"
)

REV43: tuple[RegionRule, ...] = (
    RegionRule("rev43_suwaydiyat_al_saghirah_jan_2017", BLOCK,
               lambda p, _w: p.id == "suwaydiyat_al_saghirah", (
        Span(day("2016-12-10"), day("2017-01-06"), "isis", (SPC_7_JAN,), IS_NOTE),
        Span(day("2017-01-07"), day("2017-01-09"), "sdf", (SPC_7_JAN, BALADI_9_JAN), FOUGHT_NOTE,
             status="contested", with_parties=("isis",)),
    )),
)  # fmt: skip
