"""Region rules for review h-rev48 (issue #15): Tuways, on the Euphrates Shield line south-east of
Marea, between the two dated reports that name its holder: the opposition took it from IS on
24 Oct 2016 (Syrian Mirror, field activists) and the YPJ press office lists "Tiwês" among the
Shahba villages "occupied by the gangs of Turkey" on 30 Jun 2017 (the SDF side's account, a party
claim, against its own side's interest). Continuity between the two is inferred.

`tools/regions_2016_2018_rules.py` adds ``REV48`` at the end of ``RULES``, so the rule answers only
days the ``fill_azaz_government`` block still stores as gaps (h-rev45 named this lead). Sources are
already registered (``sources/2016-2019-shield5.toml``, ``sources/2016-2024-rev45.toml``).
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV48"]

AZAZ_GOV_BLOCK = "fill_azaz_government"
MIRROR_24_OCT = "syrian_mirror-2016-10-24-villages-north-aleppo"
YPJ_30_JUN = "ypj-2017-06-30-shahba-villages-vacate"

TUWAYS_NOTE = (
    "[rev48] the factions' (Euphrates Shield), 24 Oct 2016 - 30 Jun 2017: Syrian Mirror (field "
    "activists), 24 Oct 2016: the opposition took Tuways, Bur'an, Taltana, al-Barouza, Jubb al-As "
    "and al-Wash from IS; the YPJ press office, 30 Jun 2017 (party media of the YPG/YPJ, a party "
    "claim), lists 'Tiwês' with Tiltane and Baroze among the Shahba villages 'occupied by the "
    "gangs of Turkey'; continuity inferred between the two reports; no report read names it "
    "before 24 Oct 2016 or between 1 Jul 2017 and Oct 2019, so those days stay gaps"
)

REV48: tuple[RegionRule, ...] = (
    RegionRule("rev48_tuways_factions_2016_2017", AZAZ_GOV_BLOCK,
               lambda p, _w: p.id == "tuways", (
        Span(day("2016-10-24"), day("2017-06-30"), "sna", (MIRROR_24_OCT, YPJ_30_JUN),
             TUWAYS_NOTE),
    )),
)  # fmt: skip
