"""Region rules for the Peace Spring weeks round Ain Issa (issue #15, h-ne20).

Same shape as `tools/regions_2016_2018_rules_ne4.py`; `tools/regions_2016_2018_rules.py` adds
``NE20`` at the end of ``RULES``, so these answer only the days earlier rules leave in the
``[rev28]`` block (h-rev28's gap, 9 - 22 Oct 2019, of the villages round Aqbash and Tell Abyad and
of the Ain Issa front). Answered: the Ain Issa grain silos on 15 and 16 Oct 2019, from the
National Army's spokesman (Enab Baladi, Wednesday 16 Oct: a group "advanced to the silos axis" of
Ain Issa, clashed with the regime's forces there, then withdrew to its areas; a tank destroyed "in
the silos area", announced the evening before) and Al-Masdar (pro-government, 15 Oct: the National
Army attacked the SDF north of Ain Issa and the army joined the battle). Both are party claims.

Left gaps (no dated report of those weeks names them): the rest of the silos' block (9 - 14 and
17 - 22 Oct), the 24 other ``[rev28]`` places of 9 - 22 Oct, and the 29 places of
``[fill_northeast_between_snapshots]`` (19 Dec 2019 - 5 Mar 2020). Sources in
``sources/2016-2019-ne20.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["NE20"]

REV28 = "rev28"

ENAB_16_OCT_2019 = "enab_baladi-2019-10-16-sna-ain-issa-silos-axis"
MASDAR_15_OCT_2019 = "al_masdar-2019-10-15-clashes-north-of-ain-issa"

SILOS_CONTESTED_NOTE = (
    "party claims: the National Army's spokesman Youssef Hammoud announced on the evening of "
    "15 Oct 2019 a regime tank destroyed and three regime soldiers killed 'in the silos area' "
    "of Ain Issa, a group of his forces having 'advanced to the silos axis' of the town and "
    "clashed with the regime's forces (Enab Baladi, 16 Oct); Al-Masdar (pro-government) the same "
    "evening: the National Army attacked the SDF north of Ain Issa and the army entered the "
    "battle to assist them; the army had taken over the town on Monday 14 Oct. Fought over "
    "between the army (with the SDF round the town) and the National Army that day; who held "
    "the silos from 9 to 14 Oct is not reported (a gap)"
)
SILOS_AFTER_NOTE = (
    "the National Army's own spokesman said on Wednesday 16 Oct 2019 that its group, after the "
    "clash with the regime's forces at the silos axis of Ain Issa, 'withdrew' to its areas of "
    "control, and did not claim the town (Enab Baladi, 16 Oct: clashes with the regime's forces "
    "went on 'in the surrounding area'; party claim, against the claimant's interest): the "
    "army's at the silos that day; 17 - 22 Oct stay a gap (no report of those days names the "
    "silos; the snapshot of 23 Oct draws them SDF-held)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


NE20: tuple[RegionRule, ...] = (
    RegionRule("ne20_ain_issa_silos_oct_2019", REV28, _ids("ayn_issa_grain_silos"), (
        Span(day("2019-10-15"), day("2019-10-15"), "government",
             (ENAB_16_OCT_2019, MASDAR_15_OCT_2019), SILOS_CONTESTED_NOTE,
             status="contested", with_parties=("sna",)),
        Span(day("2019-10-16"), day("2019-10-16"), "government", (ENAB_16_OCT_2019,),
             SILOS_AFTER_NOTE),
    )),
)  # fmt: skip
