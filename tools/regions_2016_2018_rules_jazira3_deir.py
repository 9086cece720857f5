"""Region rules of the third Jazira batch for Deir ez-Zor (issue #15, h-jaz3): the army's advance
to al-Mayadin and Khasham (Oct 2017), the SDF's riverside villages upstream of the city and on the
Khabur above al-Suwar (Oct 2017) and its advance to al-Busayrah (Nov 2017).

Sources: ``sources/2016-2019-jazira3.toml`` and the earlier batch files. Part of
`tools.regions_2016_2018_rules_jazira3.JAZIRA3`, which runs after every other region rule.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d

__all__ = [
    "DEIR_EAST_BANK",
    "DEIR_RELIEF_ROAD",
    "DEIR_SITES_BY_TOWNS",
    "DEIR_VALLEY",
    "DEIR_WEST_LINE",
]

# --- military sites beside al-Mayadin and Albu Kamal: the towns' own dated rows ----------------
TOWN_SITE = "region-level: a military site {km} km from {town}, given the town's holder: {why}"

DEIR_SITES_BY_TOWNS = (
    RegionRule("jaz3_mayadin_airfield", "fill_deir_ez_zor_military",
               lambda p, _w: p.id == "abandoned_mayadin_airport", (
        Span(_d("2016-08-01"), _d("2017-10-13"), "isis", ("reuters-2017-10-08-mayadin-encircled",
             "reuters-2017-10-14-mayadin"), TOWN_SITE.format(km="3.4", town="al-Mayadin",
             why="'one of the last strongholds of Islamic State' (Reuters, 8 Oct 2017), taken "
             "by the army on 14 Oct (a Syrian military source to Reuters)")),
        Span(_d("2017-10-14"), _d("2017-11-18"), "government", ("reuters-2017-10-14-mayadin",),
             TOWN_SITE.format(km="3.4", town="al-Mayadin", why="the army's from 14 Oct 2017 "
             "(a Syrian military source to Reuters; SOHR: still combing the town)")),
    )),
    RegionRule("jaz3_hamdan_airbase", "fill_deir_ez_zor_military",
               lambda p, _w: p.id == "hamdan_air_base", (
        Span(_d("2016-08-01"), _d("2017-11-07"), "isis", ("newarab-2017-11-08-albu-kamal",),
             TOWN_SITE.format(km="4.2", town="Albu Kamal", why="IS's 'last major town in "
             "Syria' until a pro-government commander declared it taken on 8 Nov 2017 (The New "
             "Arab)")),
        Span(_d("2017-11-08"), _d("2017-11-10"), "government", ("newarab-2017-11-08-albu-kamal",
             "afp-2017-11-11-albu-kamal-is-retakes"), TOWN_SITE.format(km="4.2",
             town="Albu Kamal", why="declared taken on 8 Nov 2017 (unconfirmed by state media), "
             "IS counter-attacking (The New Arab; SOHR via AFP)"),
             status="contested", with_parties=("isis",)),
        Span(_d("2017-11-11"), _d("2017-11-18"), "isis", ("afp-2017-11-11-albu-kamal-is-retakes",
             "rferl-2017-11-19-albu-kamal"), TOWN_SITE.format(km="4.2", town="Albu Kamal",
             why="IS 'fully recaptured' the town on 11 Nov, government forces 1-2 km away (SOHR "
             "via AFP), until SANA's 'complete control' of 19 Nov (RFE/RL)"),
             status="contested", with_parties=("government",)),
    )),
)  # fmt: skip

# --- the relief road from al-Sukhnah (south-west of the besieged enclave) ----------------------
#: On or within 5 km of the al-Sukhnah - Deir ez-Zor road, 30-50 km south-west of the city: the
#: batch's `deir_is_around_the_enclave` answer leaves the relief road out.
RELIEF_ROAD = {"kabajeb", "al_shulah", "ash_shola_oil_field"}

DEIR_RELIEF_ROAD = (
    RegionRule("jaz3_relief_road", "g2016_deir_ez_zor_government",
               lambda p, _w: p.id in RELIEF_ROAD, (
        Span(_d("2016-08-01"), _d("2017-08-05"), "isis", ("rferl-2017-08-06-sukhna",
             "reuters-2017-09-05-deir-siege-broken"),
             "region-level: al-Sukhna, taken by the army on 5 Aug 2017 (SOHR via RFE/RL), was "
             "'the last town on the road to ... Deir Ezzor, where a government garrison has held "
             "out under IS siege since early 2015'; this place lies on that road (or within 5 "
             "km of it) beyond al-Sukhna, between it and the besieged enclave: IS's side of the "
             "siege until the army's column left al-Sukhna; from 6 Aug the day it changed hands "
             "is not stored"),
        Span(_d("2017-09-05"), _d("2017-11-18"), "government",
             ("reuters-2017-09-05-deir-siege-broken", "rferl-2017-08-06-sukhna"),
             "region-level: the army broke the siege of Deir ez-Zor on 5 Sep 2017 (Reuters), "
             "having advanced along the road from al-Sukhna (RFE/RL); this place lies on that "
             "road, behind the column: the government's from then at the latest; no IS return "
             "reported before the batch's answer of 19 Nov (continuity inferred)"),
    )),
)  # fmt: skip

# --- Deir ez-Zor: the army's advance to al-Mayadin (west bank) and Khasham (east bank) ----------
#: al-Mayadin (35.02 N) and al-Muri'iyah, the army's start line south of the airport (35.26 N).
WEST_BANK_LAT = (35.02, 35.26)
WEST_BANK_FROM_LON = 40.20  # south-east of Deir ez-Zor city and its airport
DEIR_GOVERNMENT_END = _d("2017-11-18")  # the batch names the government from 19 Nov 2017


def _west_bank_to_mayadin(place: Locality, where: Where) -> bool:
    return (not where.north and WEST_BANK_LAT[0] <= place.lat <= WEST_BANK_LAT[1]
            and place.lon >= WEST_BANK_FROM_LON)  # fmt: skip


DEIR_VALLEY = (
    RegionRule("jaz3_deir_west_bank_to_mayadin", "g2016_deir_ez_zor_government",
               _west_bank_to_mayadin, (
        Span(_d("2017-10-17"), DEIR_GOVERNMENT_END, "government",
             ("sana-2017-10-17-west-bank-mayadin", "baladinews-2017-10-muhassan",
              "reuters-2017-10-14-mayadin"),
             "region-level, party claim: SANA (17 Oct 2017) said the army was clearing 'the "
             "villages and towns between al-Mayadeen and al-Murai'yia on the western bank' and "
             "had taken Boqrous Tahtani and Fouqani, Mo-Hassan, al-Bo Omar and al-Bo Leil; "
             "Baladi News (local media sources) had the army in al-Muhassan, al-Bu Amr, "
             "al-Bulayl and al-Tub at dawn that Tuesday after IS withdrew; al-Mayadin itself "
             "fell on 14 Oct (a military source to Reuters); this place lies on the west bank "
             "between al-Muri'iyah and al-Mayadin; the days before 17 Oct stay gaps (which "
             "village the army reached on which day is not stored)"),
    )),
    RegionRule("jaz3_khasham", "g2016_deir_ez_zor_government",
               lambda p, w: w.north and p.id in {"khusham", "khasham"}, (
        Span(_d("2017-10-22"), DEIR_GOVERNMENT_END, "government", ("sana-2017-10-22-khsham",),
             "party claim: SANA (Sunday 22 Oct 2017) said the army 'regained control over Khsham "
             "village' east of the Euphrates, eliminating IS's 'last gatherings' there; the "
             "gazetteer's two points named Khasham (the town and the village 5 km north-west of "
             "it) are both taken as the claim's place; before 22 Oct a gap (the army's bridgehead "
             "from mid-Sep and IS fought there; no day of change is stored)"),
    )),
)  # fmt: skip

# --- Deir ez-Zor's east bank: the SDF's advance to al-Busayrah, Nov 2017 -----------------------
BUSAYRAH = {"al_busayrah", "abreeha"}
#: The east bank and the lower Khabur between al-Busayrah (35.16 N) and the villages south of
#: Markada (35.70 N), east of the government's strip at Khasham and the Conoco plant.
EAST_BANK_LAT = (35.15, 35.70)
EAST_BANK_LON = (40.36, 40.75)
#: A desert oil field 30 km east of al-Busayrah, away from the river and the Khabur.
EAST_BANK_EXCLUDED = {"sijan_oil_field", "jafra_oil_field"}
SDF_BY_31_DEC = _d("2017-12-30")  # the batch's rule answers from 31 Dec 2017 (SOHR)


def _east_bank_north_of_busayrah(place: Locality, where: Where) -> bool:
    return (where.north and place.id not in EAST_BANK_EXCLUDED
            and EAST_BANK_LAT[0] <= place.lat <= EAST_BANK_LAT[1]
            and EAST_BANK_LON[0] <= place.lon <= EAST_BANK_LON[1])  # fmt: skip


DEIR_EAST_BANK = (
    RegionRule("jaz3_busayrah", "g2016_deir_ez_zor_east_bank", lambda p, _w: p.id in BUSAYRAH, (
        Span(_d("2017-11-12"), SDF_BY_31_DEC, "sdf", ("trtworld-2017-11-13-busayrah",),
             "the SDF captured 'the towns of Abriha and Al Busayrah on the eastern bank of the "
             "Euphrates river on Sunday' 12 Nov 2017 and advanced south on al-Shahil (TRT World, "
             "citing SOHR); no IS return reported before the batch's answer of 31 Dec "
             "(continuity inferred)"),
    )),
    RegionRule("jaz3_east_bank_north_of_busayrah", "g2016_deir_ez_zor_east_bank",
               _east_bank_north_of_busayrah, (
        Span(_d("2017-11-12"), SDF_BY_31_DEC, "sdf", ("trtworld-2017-11-13-busayrah",
             "kurdistan24-2017-11-markada"),
             "region-level: SOHR said on Sunday 12 Nov 2017 that the SDF controlled 'the entire "
             "eastern flank of the Euphrates' once it took al-Busayrah and Abriha (TRT World); "
             "this place lies north of al-Busayrah, on the east bank or the lower Khabur, south "
             "of Markada, which the SDF took with '24 villages around it' on 9 Nov (SDF "
             "statement via Kurdistan 24); the days before stay gaps"),
    )),
    RegionRule("jaz3_jafra", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "jafra_oil_field", (
        Span(_d("2017-10-22"), SDF_BY_31_DEC, "sdf", ("anf-2017-10-22-omar-field-jafra",
             "trtworld-2017-11-13-busayrah"),
             "party claim: the SDF 'captured Jafra oil field and processing facility' in the "
             "week before 22 Oct 2017 (ANF); an SDF spokeswoman had announced it taken on 30 "
             "Sep and IS claimed it back in October (h-deir6 answers 9 Sep - 13 Oct from dated "
             "reports; 14 - 21 Oct stay gaps); the "
             "SDF's advance to al-Busayrah, south of it, on 12 Nov (TRT World citing SOHR)"),
    )),
)  # fmt: skip

# --- Deir ez-Zor's north bank upstream of the city and the Khabur above al-Suwar, Oct 2017 -------
CAMPAIGN_DEIR = _d("2017-09-09")  # the SDF's Jazira Storm began (the batch's gaps start here)
WEST_LINE_END = _d("2017-10-30")  # the batch's `euph_deir_western_countryside` answers from 31 Oct
WEST_LINE_IS = ("step-2017-09-26-kubar", "deirezzor24-2017-10-03-kasra")
WEST_LINE_IS_NOTE = (
    "IS-held when the SDF's Jazira Storm began on 9 Sep 2017; on 26 Sep al-Harmushiyah and "
    "al-Kasra were 'the last strongholds of the organisation in the western countryside' (Step "
    "News) and the SDF took the riverside villages from IS one by one in early October "
    "(continuity inferred until the day the sources give)"
)


def _is_until(last: str, extra: tuple[str, ...] = ()) -> Span:
    return Span(CAMPAIGN_DEIR, _d(last), "isis", (*WEST_LINE_IS, *extra), WEST_LINE_IS_NOTE)


DEIR_WEST_LINE = (
    RegionRule("jaz3_harmushiyah_laja", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in {"harmushiyah", "laja"}, (
        _is_until("2017-10-02", ("smart-2017-10-04-hammar",)),
        Span(_d("2017-10-03"), WEST_LINE_END, "sdf", ("smart-2017-10-04-hammar",
             "deirezzor24-2017-10-03-kasra"),
             "party claim: the SDF's spokeswoman said on Tuesday 3 Oct 2017 that it took "
             "al-Harmushiyah, Qubada, Luqiyat Laja and Asiya 'during the past 24 hours' (SMART); "
             "Deir Ezzor 24 had al-Harmushiyah taken less than a day before its report of 3 Oct; "
             "no IS return reported (continuity inferred)"),
    )),
    RegionRule("jaz3_kasra", "g2016_deir_ez_zor_east_bank", lambda p, _w: p.id == "al_kasrah", (
        _is_until("2017-10-02", ("smart-2017-10-04-hammar",)),
        Span(_d("2017-10-03"), _d("2017-10-04"), "isis", ("deirezzor24-2017-10-03-kasra",
             "smart-2017-10-04-hammar", "smart-2017-10-05-kasra"),
             "Deir Ezzor 24 said on 3 Oct 2017 that the SDF had taken al-Kasra; the SDF's own "
             "statement of 4 Oct had IS 'besieged' in the town (SMART); the Military Council's "
             "commander dated its capture to Thursday 5 Oct (SMART): fighting in between",
             status="contested", with_parties=("sdf",)),
        Span(_d("2017-10-05"), WEST_LINE_END, "sdf", ("smart-2017-10-05-kasra",),
             "party claim: the Deir ez-Zor Military Council's commander Ahmad Khbeil told SMART "
             "the SDF took al-Kasra on Thursday 5 Oct 2017; no IS return reported (continuity "
             "inferred)"),
    )),
    RegionRule("jaz3_sawa", "g2016_deir_ez_zor_east_bank", lambda p, _w: p.id == "as_sawa", (
        _is_until("2017-10-02", ("smart-2017-10-04-hammar",)),
    )),
    RegionRule("jaz3_zughayr", "g2016_deir_ez_zor_east_bank", lambda p, _w: p.id == "zughayr", (
        _is_until("2017-10-07", ("step-2017-10-09-muhaymidah",)),
        Span(_d("2017-10-08"), WEST_LINE_END, "sdf", ("step-2017-10-09-muhaymidah",),
             "the SDF took Zughayr and Hawayij Dhiyab Jazira on the night of 8 Oct 2017 (Step "
             "News's correspondent, 9 Oct); no IS return reported (continuity inferred)"),
    )),
    RegionRule("jaz3_muhaymidah", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "muhaymidah", (
        _is_until("2017-10-08", ("step-2017-10-09-muhaymidah",)),
        Span(_d("2017-10-09"), WEST_LINE_END, "sdf", ("step-2017-10-09-muhaymidah",),
             "the SDF took 'the strategic town of Muhaymidah' entirely on the evening of Monday "
             "9 Oct 2017, one of the largest towns of the western countryside with many IS "
             "headquarters (Step News's correspondent); no IS return reported (continuity "
             "inferred)"),
    )),
    RegionRule("jaz3_tabarayya_hilalah", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in {"tabarayya", "hilalah"}, (
        Span(CAMPAIGN_DEIR, _d("2017-10-10"), "isis", ("almasdaronline-2017-10-13-tabarayya",),
             "IS-held when the SDF's Jazira Storm began on 9 Sep 2017 until the SDF besieged "
             "Tabarayya for two days and took Hilalah on 12 Oct (Al-Masdar Online: the SDF's "
             "announcements) (continuity inferred)"),
        Span(_d("2017-10-13"), _d("2017-11-11"), "sdf", ("almasdaronline-2017-10-13-tabarayya",),
             "party claim: the SDF announced Hilalah, 9 km north of al-Suwar, on Thursday 12 Oct "
             "and Tabarayya on Friday 13 Oct 2017, after a two-day siege (Al-Masdar Online); "
             "Hilalah's 11-12 Oct and Tabarayya's siege days stay gaps; from 12 Nov the east "
             "bank answer (SOHR via TRT World)"),
    )),
)  # fmt: skip
