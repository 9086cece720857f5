"""Region rules of the review h-rev54 (issue #15): leads other reviews left (party identity).

Abu Hammam (``abu_hammam``, the Shaitat town of the Euphrates' east bank) is a stored gap from
29 Dec 2017 to 13 Dec 2018 (the block ``g2016_deir_ez_zor_east_bank``). SOHR reported clashes
'since dawn of today, Friday, the 4th of May 2018, in Abu Hamam area at the eastern banks of
Euphrates River' between the SDF and the al-Nukhba (Elite) Forces, after SDF members had asked a
commander of the Elite Forces in the area to hand over their weapons; the Elite Forces 'belong to'
Ahmad al-Jarba, 'fought under the banner of the International Coalition' and 'refused to be part
of the SDF' (SOHR). By the atlas's party list the Elite Forces are one of the coalition's allied
Syrian forces outside the SDF, the party ``us_coalition`` ('US-led coalition and allied Syrian
forces', with Jaysh Maghawir al-Thawra), not ``sdf`` and not ``opposition`` (the FSA factions and
the National Front for Liberation of the north-west). The review answers that one day: the SDF's,
fought over by the Elite Forces (``sdf`` contested with ``us_coalition``); IS held no ground there
that day in the report. The days before and after stay the gap they were (no dated report read
names the town's holder between 29 Dec 2017 and the fall of Hajin). ``REV54`` is added at the end
of ``RULES``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV54"]

EAST_BANK_BLOCK = "g2016_deir_ez_zor_east_bank"
SOHR_4_MAY_2018 = "sohr-2018-05-04-abu-hamam-sdf-nukhba"

ABU_HAMMAM_NOTE = (
    "fought over (review h-rev54): SOHR reported clashes 'since dawn of today, Friday, the 4th "
    "of May 2018, in Abu Hamam area at the eastern banks of Euphrates River' between the "
    "al-Nukhba Forces and members of the SDF, after SDF members had asked an Elite Forces "
    "commander in the area to hand over their weapons by dawn; the Elite Forces (Quwat "
    "al-Nukhba, Ahmad al-Jarba's) 'fought under the banner of the International Coalition' and "
    "'refused to be part of the SDF' (SOHR): counted as us_coalition, the coalition's allied "
    "Syrian forces outside the SDF; the SDF's the area's main force; IS is not named there that "
    "day; the days before and after stay a gap"
)

REV54: tuple[RegionRule, ...] = (
    RegionRule("rev54_abu_hammam_4_may_2018", EAST_BANK_BLOCK,
               lambda p, _w: p.id == "abu_hammam", (
        Span(day("2018-05-04"), day("2018-05-04"), "sdf", (SOHR_4_MAY_2018,), ABU_HAMMAM_NOTE,
             status="contested", with_parties=("us_coalition",)),
    )),
)  # fmt: skip
