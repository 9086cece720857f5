"""Region rules of the fourth Jazira batch (issue #15, h-jaz4): the government's security square
in al-Hasakah and Tell Tamr (Aug 2016 - Dec 2018), the SDF side of the line south and east of Ras
al-Ain between the snapshots of 18 Dec 2019 and 6 Mar 2020, the Hajin pocket and the villages north
of it (Dec 2017 - Mar 2019) and the Raqqa countryside west of the Ain Issa road before the SDF's
second phase (Nov - Dec 2016); the military sites are in `_jazira4_sites.py`.

Sources: ``sources/2016-2019-jazira4.toml`` and the earlier batch files. These rules run after
every other region rule, so they answer only the days the earlier rules leave. A statement about
an area applied to a place says so in its note ("region-level"); so does continuity between two
sourced reports ("continuity inferred"). Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import NAMED_BLOCK, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d
from tools.regions_2016_2018_rules_jazira4_sites import AIRSTRIPS, ALBU_KAMAL_EDGE, QAMISHLI_PRISON

__all__ = ["JAZIRA4", "NAMED_JAZ4"]

# --- al-Hasakah: the government's security square, Aug 2016 - Dec 2018 --------------------------
#: From 12 Dec 2018 the square's row in records/2016-2024.csv (`[review_hasakah_square]`).
BEFORE_AFP_EAST = _d("2018-12-11")
SQUARE_SOURCES = ("afp-2016-08-23-hasakeh-truce", "mercycorps-2021-02-02-security-squares",
                  "enab_baladi-2023-10-northern-syria-security-squares-manage-s")  # fmt: skip

HASAKAH_SQUARE = (
    RegionRule("jaz4_hasakah_square", "g2016_hasakah_district",
               lambda p, _w: p.id == "hasakah_security_box", (
        Span(_d("2016-08-01"), _d("2016-08-16"), "government", SQUARE_SOURCES,
             "the government's security square in the city centre, which 'existed pre-2011' "
             "as the seat of its civil and military departments (Mercy Corps, 2021); Kurdish "
             "and government forces both in the city before the August clashes (AFP)"),
        Span(_d("2016-08-17"), _d("2016-08-22"), "government", SQUARE_SOURCES,
             "clashes between the Asayish/YPG and pro-government forces from 17 Aug 2016 until "
             "the truce of 23 Aug (AFP); the government 'lost more territory' there in August "
             "2016 (Mercy Corps): which streets of the square changed hands on which day is not "
             "stored", status="contested", with_parties=("sdf",)),
        Span(_d("2016-08-23"), BEFORE_AFP_EAST, "government", SQUARE_SOURCES,
             "the truce of 23 Aug 2016 left the police of both sides in the city (AFP); the "
             "government kept its security square, the zones of control in al-Hasakah dating "
             "from August 2016 and unchanged when the Asayish besieged the square in January "
             "2021 (Mercy Corps, 2 Feb 2021; Enab Baladi, 2023: 'the only regime point within a "
             "wide geographical area controlled by the Kurdish-led forces'); no change reported "
             "in between (continuity inferred); from 12 Dec 2018 its row in 2016-2024.csv"),
    )),
)  # fmt: skip

# --- Tell Tamr, Aug 2016 - Dec 2018: the town among the district's SDF-held villages ------------
#: Towns stored one by one (no group tag) that these rules answer.
NAMED_JAZ4 = frozenset({"tell_tamer"})
TELL_TAMR = (
    RegionRule("jaz4_tell_tamr", NAMED_BLOCK, lambda p, _w: p.id == "tell_tamer", (
        Span(_d("2016-08-01"), BEFORE_AFP_EAST, "sdf", ("mee-2015-tal-tamir-rebuild",
             "kurdwatch-2015-07-23-hasakah-surroundings", "afp-2018-12-12-east-of-euphrates"),
             "region-level: Kurdish forces held Tal Tamir against IS's attack of 2015, drove IS "
             "'out of the whole area' and IS had 'not re-appeared in Tal Tamir in force since' "
             "(Middle East Eye, about Aug 2015); the YPG controlled all the territory round "
             "al-Hasakah from July 2015 (KurdWatch), and the district's villages round the town "
             "are answered SDF-held on that ground (the batch's `hasakah_core`); the town lay in "
             "the YPG-held territory in Dec 2018 (AFP); no IS or government return reported in "
             "between (continuity inferred)"),
    )),
)  # fmt: skip

# --- the SDF side of the Peace Spring line, 19 Dec 2019 - 5 Mar 2020 ---------------------------
BETWEEN = (_d("2019-12-19"), _d("2020-03-05"))
LINE_SOURCES = (
    "sohr-2020-02-tal-tamr-countryside-clashes",
    "sohr-2020-01-kobani-patrol-darbasiyah",
    "tass-2019-10-sochi-memorandum",
)


#: The Mabrouka villages on the M4 south of 36.56 N, west of Tell Tamr: the front ran through
#: them after Peace Spring and no stored source dated between the snapshots places them (the
#: third batch keeps them open; tests/test_control_jazira3.py).
MABROUKA_GROUP = {"mebruka", "mabroukah_electrical_substation", "safiyan", "el_gana", "biweda"}


def _ras_al_ayn_sdf_side(place: Locality, _where: Where) -> bool:
    """Ras al-Ayn district places the block covers: those both snapshots draw SDF-held (the
    block holds no others), south and east of the Turkish-held zone round the town."""
    return place.admin2 == "Ras al-Ayn" and place.id not in MABROUKA_GROUP


RAS_AL_AYN_LINE = (
    RegionRule("jaz4_ras_al_ayn_sdf_side", "fill_northeast_between_snapshots",
               _ras_al_ayn_sdf_side, (
        Span(BETWEEN[0], BETWEEN[1], "sdf", LINE_SOURCES,
             "region-level: both snapshots (18 Dec 2019, 6 Mar 2020) draw this place on the "
             "SDF side of the line south and east of Ras al-Ain; in mid-February 2020 SOHR had "
             "the SDF fighting off Turkish-backed factions at midnight in the villages of the "
             "Tal Tamr countryside on that line (al-Alyah, Laylan, al-Arish, Tallat Owaish, "
             "al-Qasimyah, Um Ishbah) and the factions shelling the al-Alyah silos south of Ras "
             "al-Ain; on 6 Jan 2020 the Russian-Turkish patrol west of al-Darbasiyah passed an "
             "Asayish checkpoint (SOHR); no loss of ground reported between the snapshots "
             "(continuity inferred; the government's posts on the line under the Sochi "
             "memorandum are not placed village by village)"),
    )),
)  # fmt: skip

# --- Deir ez-Zor: the Hajin pocket, Dec 2017 - Jan 2019 ----------------------------------------
#: The day before the SDF took Hajin (AFP): the batch's `deir_last_17` answers end on 1 Dec 2017.
BEFORE_HAJIN = _d("2018-12-13")
BAGHUZ_EVE = _d("2019-03-22")  # the batch names the SDF everywhere from 23 Mar 2019 (Baghuz)
SOHR_DEC_2017 = "sohr-2017-12-east-bank-last-villages"
NATIONAL = "thenational-2018-12-16-hajin-end-days"
SOUSA = "sohr-2019-01-sousa-taken"
ROZPRESS = "rozpress-2019-01-16-sousa"
#: 5 km north of Hajin (34.695 N) to the batch's `deir_north_of_pocket` line (34.95 N).
NORTH_OF_HAJIN_LAT = (34.74, 34.95)

HAJIN_POCKET = (
    RegionRule("jaz4_shafa", "g2016_deir_ez_zor_east_bank", lambda p, _w: p.id == "shafa", (
        Span(_d("2018-12-15"), _d("2019-01-06"), "isis", (NATIONAL, "smart-2019-01-13-shaafa"),
             "IS-held: among 'the villages still held by extremists in the enclave' once Hajin "
             "fell (The National, 16 Dec 2018); the SDF's fight for it lasted 'about 13 days' "
             "to 13 Jan 2019 (SMART), so fighting from about the turn of the year"),
        Span(_d("2019-01-07"), _d("2019-01-12"), "isis", ("ntb-2019-01-08-shaafa-sohr",
             "smart-2019-01-13-shaafa"),
             "SOHR had the SDF take Shaafa on Monday 7 Jan 2019 and IS strike back at the "
             "village under cover of bad weather (NTB); the SDF gained control on 13 Jan "
             "(SMART): fighting in between", status="contested", with_parties=("sdf",)),
        Span(_d("2019-01-13"), BAGHUZ_EVE, "sdf", ("smart-2019-01-13-shaafa", SOUSA),
             "'On Sunday' 13 Jan 2019 the SDF gained control of Shaafa after about 13 days of "
             "clashes, IS withdrawing to al-Sousa and al-Boubadran (an SDF commander to SMART); "
             "two days later IS held only al-Baghuz Fawqani and the clusters joined to it "
             "(SOHR); no IS return reported (continuity inferred)"),
    )),
    RegionRule("jaz4_sousa", "g2016_deir_ez_zor_east_bank", lambda p, _w: p.id == "as_susah", (
        Span(_d("2018-12-15"), _d("2019-01-14"), "isis", (NATIONAL, "smart-2019-01-13-shaafa",
             SOUSA),
             "IS-held: among 'the villages still held by extremists in the enclave' once Hajin "
             "fell (The National, 16 Dec 2018); IS fighters withdrew to it from Shaafa on 13 "
             "Jan 2019 (SMART); the largest town IS still held until the SDF took it (SOHR)"),
        Span(_d("2019-01-15"), BAGHUZ_EVE, "sdf", (SOUSA, ROZPRESS),
             "the SDF freed 'the whole town of al-Sousa and its surroundings' on Tuesday (SOHR; "
             "Rozpress: Tuesday 15 Jan 2019); IS's control was then limited to al-Baghuz "
             "Fawqani and the clusters joined to it, about 15 km2 (SOHR); no IS return "
             "reported (continuity inferred)"),
    )),
    RegionRule("jaz4_marashida", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "marashdeh", (
        Span(_d("2017-12-02"), _d("2019-01-15"), "isis", (SOHR_DEC_2017, NATIONAL, SOUSA,
             ROZPRESS),
             "IS-held: al-Marashda is among the 17 villages and towns IS held on the east bank "
             "in December 2017 (SOHR) and lies between Sousa and Baghouz, in the enclave IS kept "
             "once Hajin fell (The National, 16 Dec 2018) and still on 15 Jan 2019, when IS held "
             "only al-Baghuz Fawqani and the clusters joined to it (SOHR; Rozpress names "
             "al-Marashida among them); continuity inferred between the reports (the SDF's "
             "southern axis reached the Baghuz area in the autumn of 2018); from 16 Jan the day "
             "it fell is not stored"),
    )),
    RegionRule("jaz4_shajla", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "ash_shajalah", (
        Span(_d("2017-12-02"), _d("2018-12-16"), "isis", (SOHR_DEC_2017, NATIONAL),
             "IS-held: al-Shagla is among the 17 villages and towns IS held on the east bank in "
             "December 2017 (SOHR) and Shajla among 'the villages still held by extremists in "
             "the enclave' on 16 Dec 2018 (The National); continuity inferred between the two "
             "reports; afterwards the day it fell is not stored"),
    )),
    RegionRule("jaz4_north_of_hajin", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: NORTH_OF_HAJIN_LAT[0] <= p.lat < NORTH_OF_HAJIN_LAT[1], (
        Span(_d("2018-12-14"), BAGHUZ_EVE, "sdf", ("afp-2018-12-14-hajin-sousa-shaafa", NATIONAL,
             "kurdistan24-2019-03-23-baghouz"),
             "region-level: this place lies 5 km or more north of Hajin, which the SDF took on "
             "14 Dec 2018; IS fighters 'pulled back to positions east of Hajin' and to Sousa and "
             "Shaafa (AFP), withdrawing 'south of Hajin to areas east of the Euphrates and west "
             "of SDF points along the border with Iraq' (The National, 16 Dec): the SDF's side "
             "from then; no IS advance north of Hajin reported before Baghuz fell (23 Mar 2019, "
             "Kurdistan 24) (continuity inferred); the days before stay gaps (the SDF's advance "
             "through al-Sheitat in Dec 2017 - Jan 2018 and IS's counter-attacks of Oct 2018 are "
             "not dated per village)"),
    )),
    RegionRule("jaz4_abu_hassan", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "abu_hassan", (
        Span(_d("2017-12-02"), BEFORE_HAJIN, "isis", (SOHR_DEC_2017,
             "afp-2018-12-14-hajin-sousa-shaafa"),
             "region-level: Abu al-Hassan is among the 17 villages and towns IS held on the east "
             "bank in December 2017 (SOHR); it lies between Hajin and Shaafa, inside the pocket "
             "IS held until the SDF took Hajin on 14 Dec 2018, when IS pulled back 'to positions "
             "east of Hajin' and to Sousa and Shaafa (AFP); continuity inferred between the two "
             "reports; from 14 Dec the day it fell is not stored"),
    )),
)  # fmt: skip

# --- Raqqa: the countryside west of the Ain Issa - Raqqa road before the second phase ------------
#: West of the road band (38.93 E, the third batch's axis rule) and east of the western countryside
#: the batch answers (38.55 E); south of Tal al-Saman (36.227 N), below the first phase's strip.
WEST_BAND_LON = (38.55, 38.93)
TAL_SAMAN_LAT = 36.227
WEST_BAND_SOURCES = ("anf-2016-11-wrath-of-euphrates-ten-days", "ypg-2017-01-16-raqqa-phase-two",
                     "rudaw-2017-02-04-raqqa-third-phase")  # fmt: skip


#: North of Tal al-Saman's latitude, west of Ain Issa (38.86 E) by 5 km or more and 1 km or more
#: south of it (36.385 N): west of the first phase's strip, whose named villages all lie east of
#: 38.9 E. Nearer Ain Issa's latitude the batch has no IS row before the campaign either.
AIN_ISSA_WEST = (38.55, 38.80)
AIN_ISSA_LAT = 36.375


def _west_band(place: Locality, where: Where) -> bool:
    return (where.north and WEST_BAND_LON[0] <= place.lon < WEST_BAND_LON[1]
            and place.lat < TAL_SAMAN_LAT)  # fmt: skip


def _west_of_ain_issa(place: Locality, where: Where) -> bool:
    return (where.north and AIN_ISSA_WEST[0] <= place.lon < AIN_ISSA_WEST[1]
            and TAL_SAMAN_LAT <= place.lat < AIN_ISSA_LAT)  # fmt: skip


RAQQA_WEST_BAND = (
    RegionRule("jaz4_raqqa_west_band_before_phase_two", "g2016_raqqa_sdf", _west_band, (
        Span(_d("2016-11-06"), _d("2016-12-09"), "isis",
             WEST_BAND_SOURCES,
             "region-level: IS-held when the SDF's campaign began on 6 Nov 2016 (the batch's "
             "row before); the first phase took a strip '12 km wide, 46 km long' north of this "
             "place (36.27-36.385 N: the operations room's statement, party claim) and pushed "
             "down the Ain Issa - Raqqa road east of it; the second phase, 'launched on December "
             "10 with the goal of reaching the strategic al-Tabqa Dam' (Rudaw), took the western "
             "countryside (SDF statement of 16 Jan 2017): IS's hold until then is inferred "
             "(continuity inferred); from 10 Dec the day each place fell is not stored"),
    )),
    RegionRule("jaz4_west_of_ain_issa_before_phase_two", "g2016_raqqa_sdf", _west_of_ain_issa, (
        Span(_d("2016-11-06"), _d("2016-12-09"), "isis", WEST_BAND_SOURCES,
             "region-level: IS-held when the SDF's campaign began on 6 Nov 2016 (the batch's "
             "row before); this place lies south-west of Ain Issa, 5 km or more west of the "
             "town, west of the strip the first phase took (the 34 villages the operations room "
             "named all lie east of 38.9 E: party claim); the second phase, launched on 10 Dec "
             "towards the Tabqa dam (Rudaw), took the western countryside (SDF statement of 16 "
             "Jan 2017): IS's hold until then is inferred (continuity inferred); from 10 Dec the "
             "day each place fell is not stored"),
    )),
)  # fmt: skip

JAZIRA4: tuple[RegionRule, ...] = (
    *HASAKAH_SQUARE, *TELL_TAMR, *RAS_AL_AYN_LINE, *QAMISHLI_PRISON, *HAJIN_POCKET,
    *RAQQA_WEST_BAND, *ALBU_KAMAL_EDGE, *AIRSTRIPS,
)  # fmt: skip
