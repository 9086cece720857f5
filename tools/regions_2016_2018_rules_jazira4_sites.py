"""Region rules of the fourth Jazira batch for military sites (issue #15, h-jaz4): the Allaya
prison in al-Qamishli, the places on the edge of Albu Kamal (Sep - Nov 2017) and airstrips beside
answered villages, each given the holder its sources or its village's rows support.

Sources: ``sources/2016-2019-jazira4.toml`` and the earlier batch files. Part of
`tools.regions_2016_2018_rules_jazira4.JAZIRA4`, which runs after every other region rule.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span
from tools.regions_2016_2018_model import day as _d

__all__ = ["AIRSTRIPS", "ALBU_KAMAL_EDGE", "QAMISHLI_PRISON"]

#: The fill batch's `fill_sdf_military` gaps: before the autumn-2019 snapshot and between the two.
BETWEEN = (_d("2019-12-19"), _d("2020-03-05"))

# --- al-Qamishli: the Allaya prison east of the city -------------------------------------------
BEFORE_AUTUMN_2019 = _d("2019-10-22")
PRISON_SOURCES = ("kurdwatch-2016-04-28-qamishli-prison", "mercycorps-2021-02-02-security-squares",
                  "afp-2018-12-12-east-of-euphrates")  # fmt: skip
PRISON_NOTE = (
    "the PYD's Asayish and the YPG took 'a prison east of the city' from the regime on 21 Apr "
    "2016, more than fifty police officers inside surrendering (KurdWatch, 28 Apr 2016); the "
    "zones of control in al-Qamishli date from April 2016 and were unchanged when the Asayish "
    "besieged the government's square in January 2021 (Mercy Corps); inside the YPG/SDF-held "
    "territory in Dec 2018 (AFP); no return to the government reported (continuity inferred)"
)

QAMISHLI_PRISON = (
    RegionRule("jaz4_allaya_prison", "fill_sdf_military", lambda p, _w: p.id == "allaya_prison", (
        Span(_d("2016-08-01"), BEFORE_AUTUMN_2019, "sdf", PRISON_SOURCES, PRISON_NOTE),
        Span(BETWEEN[0], BETWEEN[1], "sdf", PRISON_SOURCES, PRISON_NOTE),
    )),
)  # fmt: skip

# --- Albu Kamal: the places beside the town follow its dated rows, Sep - Nov 2017 -----------------
#: al-Suwayhi (2.5 km from the town's point) and the town's border crossing to al-Qaim (8 km).
BY_ALBU_KAMAL = {"al_suwayhi", "abu_kamal_border_crossing"}
ALBU_KAMAL_NOTE = "region-level: {where} of Albu Kamal, given the town's holder: {why}"

ALBU_KAMAL_EDGE = (
    RegionRule("jaz4_by_albu_kamal", "g2016_deir_ez_zor_government",
               lambda p, _w: p.id in BY_ALBU_KAMAL, (
        Span(_d("2017-09-05"), _d("2017-11-07"), "isis", ("newarab-2017-11-08-albu-kamal",),
             ALBU_KAMAL_NOTE.format(where="a village or the border crossing on the edge", why=(
                 "IS's 'last major town in Syria' until a pro-government commander declared it "
                 "taken on 8 Nov 2017 (The New Arab); the army's siege-breaking at Deir ez-Zor "
                 "(5 Sep) was 120 km upriver"))),
        Span(_d("2017-11-08"), _d("2017-11-10"), "government", ("newarab-2017-11-08-albu-kamal",
             "afp-2017-11-11-albu-kamal-is-retakes"),
             ALBU_KAMAL_NOTE.format(where="on the edge", why=(
                 "declared taken on 8 Nov 2017 (unconfirmed by state media), IS counter-attacking "
                 "(The New Arab; SOHR via AFP)")), status="contested", with_parties=("isis",)),
        Span(_d("2017-11-11"), _d("2017-11-18"), "isis", ("afp-2017-11-11-albu-kamal-is-retakes",
             "rferl-2017-11-19-albu-kamal"),
             ALBU_KAMAL_NOTE.format(where="on the edge", why=(
                 "IS 'fully recaptured' the town on 11 Nov, government forces 1-2 km away (SOHR "
                 "via AFP), until SANA's 'complete control' of 19 Nov (RFE/RL)")),
             status="contested", with_parties=("government",)),
    )),
)  # fmt: skip

# --- airstrips beside answered villages: the village's holder (as the third batch's sites) -------
AIRSTRIP = "region-level: an airstrip {km} km from {village}, given the village's holder: {why}"
FROZEN = ("nyt-2024-12-index-php-rest-route-2fwp-2fv2-2fposts-2",
          "jusoor-2023-01-31-map-of-influence-and-crossings-in-the-sy")  # fmt: skip
BORDER_STRETCH = (
    "reuters-2016-09-04-azaz-jarablus-secured",
    "newarab-2016-09-04-is-ousted-from-border",
    "the_national-2016-09-is-loses-border",
)
QAMISHLI_COUNTRYSIDE = ("aranews-2016-11-qamishli-clashes", "afp-2018-12-12-east-of-euphrates",
                        "asharq_al_awsat-2021-01-07-qamishli")  # fmt: skip
RAQQA_FALL = ("channel4-2017-10-17-raqqa", "ap-2017-06-06-raqqa-battle",
              "afp-2018-12-12-east-of-euphrates")  # fmt: skip


#: (first day, last day, holder, sources, why) of one answer, as the village's rows give it.
SiteSpan = tuple[str, str, str, tuple[str, ...], str]


#: The weeks between the Dec 2019 and Mar 2020 snapshots, where the village beside a strip is SDF.
SDF_BETWEEN_SNAPSHOTS: SiteSpan = (
    BETWEEN[0].isoformat(),
    BETWEEN[1].isoformat(),
    "sdf",
    FROZEN,
    "both snapshots (Dec 2019, Mar 2020) draw the SDF area here and the village's row runs on "
    "unbroken through the weeks between (the batch's row from the fall of Raqqa: NYT; Jusoor); "
    "continuity inferred",
)


def _airstrip(ident: str, km: str, village: str, spans: tuple[SiteSpan, ...]) -> RegionRule:
    """A rule giving an airstrip its nearest answered village's holder on the given days."""
    return RegionRule(
        f"jaz4_{ident}",
        "fill_sdf_military",
        lambda p, _w: p.id == ident,
        tuple(
            Span(
                _d(start),
                _d(end),
                holder,
                sources,
                AIRSTRIP.format(km=km, village=village, why=why),
            )
            for start, end, holder, sources, why in spans
        ),
    )


AIRSTRIPS = (
    _airstrip(
        "hammam_airstrip",
        "2.7",
        "Tal Jamal",
        (
            (
                "2016-08-01",
                "2016-08-23",
                "isis",
                ("the_national-2016-09-is-loses-border",),
                "the border stretch east of al-Rai was IS-held until Euphrates Shield "
                "(24 Aug 2016)",
            ),
            (
                "2016-09-04",
                "2019-10-22",
                "sna",
                (*BORDER_STRETCH, "reuters-2017-03-02-manbij-villages-handover"),
                "the Turkish-backed rebels secured the border strip by 4 Sep 2016 (Reuters, "
                "The New Arab, The National) and held it when the Manbij council's line to "
                "the south was fixed (Mar 2017); continuity inferred",
            ),
            (
                BETWEEN[0].isoformat(),
                BETWEEN[1].isoformat(),
                "sna",
                FROZEN,
                "both snapshots (Dec 2019, Mar 2020) draw the Euphrates Shield area here and "
                "the village's row runs on unbroken through the weeks between (the batch's "
                "frozen-lines row: NYT; Jusoor); continuity inferred",
            ),
        ),
    ),
    _airstrip(
        "umm_tlalil_895m_airstrip",
        "2.4",
        "Job Shaeer",
        (
            (
                "2016-08-01",
                "2016-12-09",
                "isis",
                (
                    "aranews-2016-11-raqqa-first-gains",
                    "anf-2016-11-wrath-of-euphrates-ten-days",
                    "rudaw-2017-02-04-raqqa-third-phase",
                ),
                "IS-held before the SDF's campaign and until its second phase set out on "
                "10 Dec 2016 (region-level answers of the village)",
            ),
            (
                "2017-06-06",
                "2019-10-22",
                "sdf",
                RAQQA_FALL,
                "behind the SDF's lines once it had Raqqa surrounded from the north (6 Jun "
                "2017, AP), SDF-held after the city fell (17 Oct 2017) and in Dec 2018 (AFP)",
            ),
            SDF_BETWEEN_SNAPSHOTS,
        ),
    ),
    _airstrip(
        "ramla_910m_airstrip",
        "1.8",
        "Ramla",
        (
            (
                "2016-08-01",
                "2016-12-09",
                "isis",
                ("ypg-2017-01-16-raqqa-phase-two", "rudaw-2017-02-04-raqqa-third-phase"),
                "the western countryside north of Lake Assad, IS-held until the SDF's second phase "
                "set out on 10 Dec 2016 (Rudaw)",
            ),
            (
                "2017-01-16",
                "2019-10-22",
                "sdf",
                ("ypg-2017-01-16-raqqa-phase-two", *RAQQA_FALL),
                "the western countryside the second phase took by 16 Jan 2017 (SDF "
                "statement, party claim); SDF-held through the Raqqa battle and in Dec 2018 "
                "(AFP)",
            ),
            SDF_BETWEEN_SNAPSHOTS,
        ),
    ),
    _airstrip(
        "tall_kahf_airstrip",
        "1.8",
        "Rujm",
        (
            (
                "2016-08-01",
                "2019-10-22",
                "sdf",
                QAMISHLI_COUNTRYSIDE,
                "the al-Qamishli countryside, SDF/Asayish-held throughout, the government "
                "keeping only its square and the airport (ARA News, 2016; AFP, 2018; Asharq "
                "al-Awsat, 2021)",
            ),
            (
                BETWEEN[0].isoformat(),
                BETWEEN[1].isoformat(),
                "sdf",
                QAMISHLI_COUNTRYSIDE,
                "the al-Qamishli countryside, SDF/Asayish-held throughout (ARA News; AFP; Asharq "
                "al-Awsat)",
            ),
        ),
    ),
)
