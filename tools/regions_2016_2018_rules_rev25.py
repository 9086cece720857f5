"""Region rules of the review h-rev25 (issue #15): answers other helpers flagged as possibly wrong.

al-Si'in (``al_sin``), north of the Aleppo thermal power plant east of Aleppo: the earlier rules
leave 1 Aug 2016 - 19 Feb 2017 a gap. Al-Masdar's undated page 'ISIS recaptures Al-Si'in in east
Aleppo' is of Sunday 7 Feb 2016 (its readers' comments are dated 07/02/2016): IS 'imposed full
control' over Rasm al-Alam and al-Si'in that morning after a battle with the Tiger Forces. Enab
Baladi has the army take al-Si'in 'north of the thermal plant' on the afternoon of Thursday
18 Feb 2016 after IS withdrew, two days after it took the plant. No IS return is reported in the
pages read, and the General Command's list of 20 Feb 2017 (SANA, party claim) names al-Seen among
the villages 'to which security has been restored'. This rule draws al-Si'in the army's from
1 Aug 2016 to 19 Feb 2017, the eve of the earlier rules' answers (continuity inferred).

Rasm al-Alam, which IS took with al-Si'in on 7 Feb 2016, is left as drawn (IS's to 16 Jan 2017 by
``bab2_west_of_al_bab_before_january``): no report read has the army back in it before the
al-Bab campaign. Abbudiyah, Multafitah, Ayn al-Jamajimah and Jarouf stay gaps (no dated report
naming them was found).

Same shape as ``tools/regions_2016_2018_rules_rev23.py``; ``REV25`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2019-rev25.toml``, ``2016-2019-ealeppo.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV25"]

EA_BLOCK = "g2016_east_aleppo_government"


def _is_al_sin(place, _where) -> bool:
    return place.id == "al_sin"


AM_7_FEB_2016 = "al_masdar-2016-02-07-isis-recaptures-al-siin"
ENAB_18_FEB_2016 = "enab_baladi-2016-02-18-army-takes-al-sin"
SANA_20_FEB_2017 = "sana-2017-02-20-general-command-44-villages"

AL_SIN_NOTE = (
    "north of the Aleppo thermal power plant: IS took Rasm al-Alam and al-Si'in from the Tiger "
    "Forces on Sunday morning 7 Feb 2016 (al-Masdar, pro-government site); the army took "
    "al-Si'in on the afternoon of Thursday 18 Feb 2016 after IS withdrew, two days after it took "
    "the plant (Enab Baladi); no IS return is reported in the pages read, and the General "
    "Command's list of 20 Feb 2017 names al-Seen among the villages 'to which security has been "
    "restored' (SANA, party claim): the army's to the earlier rules' answers of 20 Feb 2017 "
    "(continuity inferred; review h-rev25: was a gap)"
)

REV25: tuple[RegionRule, ...] = (
    RegionRule("rev25_al_sin_aug_2016_feb_2017", EA_BLOCK, _is_al_sin, (
        Span(day("2016-08-01"), day("2017-02-19"), "government",
             (ENAB_18_FEB_2016, AM_7_FEB_2016, SANA_20_FEB_2017), AL_SIN_NOTE),
    )),
)  # fmt: skip
