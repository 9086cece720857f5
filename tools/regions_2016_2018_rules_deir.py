"""Region rules for Deir ez-Zor (issue #15): the east bank in the SDF's campaign (9 Sep 2017 -
23 Mar 2019) and the west bank's besieged government enclave with IS around it.

Sources: ``sources/2016-2018-regions.toml`` and the batch files. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d

# --- Deir ez-Zor east of the Euphrates (the SDF's campaign, 9 Sep 2017 - 23 Mar 2019) ---------
#: The places SOHR names as IS's last 17 on the east bank when fighting resumed in early Dec
#: 2017 (gazetteer ids of those tracked).
DEIR_LAST_17 = {"abu_hardub", "abu_hammam", "granij", "abu_hassan", "shafa", "as_susah",
                "marashdeh", "ash_shajalah"}  # fmt: skip
#: Still IS-held on 14 Dec 2018, the day Hajin fell (AFP: "Sousa and Al-Shaafa").
DEIR_STILL_2018 = {"shafa", "as_susah"}
#: North of Suwaydan, the northernmost of the fronts SOHR reports in December 2017.
DEIR_NORTH_LAT = 34.95

DEIR = (
    RegionRule("deir_conoco", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "conoco_tabieh_gas_plant", (
        Span(_d("2017-09-09"), _d("2017-09-22"), "isis", ("ap-2017-09-23-conoco",),
             "IS had controlled the Conoco gas plant since 2014 (SDF spokesman via AP)"),
        Span(_d("2017-09-23"), _d("2017-09-24"), "sdf", ("ap-2017-09-23-conoco",),
             "disputed: the SDF said the field and plant 'came under full control of the group "
             "on Saturday morning' (23 Sep 2017, AP; Reuters quoted an SDF commander the same "
             "day); SOHR said the SDF had not yet taken it and fighting went on around it; "
             "from 25 Sep a gap (no dated independent report stored)",
             status="contested", with_parties=("isis",)),
        Span(_d("2017-12-31"), _d("2019-03-22"), "sdf", ("sohr-2017-12-east-bank-last-villages",
             "reuters-2017-12-ypg-deir-countryside"),
             "region-level, as the rest of the east bank north of IS's last 17 places (SOHR, "
             "Dec 2017)"),
    )),
    RegionRule("deir_pocket_2018", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in DEIR_STILL_2018, (
        Span(_d("2017-09-09"), _d("2018-12-14"), "isis",
             ("sohr-2017-12-east-bank-last-villages", "afp-2018-12-14-hajin-sousa-shaafa"),
             "IS-held: among the 17 villages and towns IS still held on the east bank when "
             "fighting resumed in early Dec 2017 (SOHR), and one of the 'other two main "
             "villages' of IS's enclave it pulled back to when Hajin fell on 14 Dec 2018 (AFP); "
             "held throughout in between (the Hajin pocket: inferred from the two reports); "
             "from 15 Dec 2018 the day it fell is not stored"),
    )),
    RegionRule("deir_last_17", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in DEIR_LAST_17, (
        Span(_d("2017-09-09"), _d("2017-12-01"), "isis",
             ("sohr-2017-12-east-bank-last-villages",),
             "IS-held: among the 17 villages and towns IS still held on the east bank when "
             "fighting resumed in early Dec 2017 (SOHR), the SDF's campaign having started on 9 "
             "Sep; from December the day it fell is not stored"),
    )),
    RegionRule("deir_north_of_pocket", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.lat > DEIR_NORTH_LAT, (
        Span(_d("2017-12-31"), _d("2019-03-22"), "sdf",
             ("sohr-2017-12-east-bank-last-villages", "reuters-2017-12-ypg-deir-countryside",
              "afp-2018-12-14-hajin"),
             "region-level: by December 2017 IS kept only 17 villages and towns on the east "
             "bank, all south of this place (SOHR, Dec 2017, day not shown: counted from 31 "
             "Dec); the YPG said it had captured the whole eastern countryside (Reuters, Dec "
             "2017: the party's own claim); IS's last pocket was round Hajin in Dec 2018 (AFP); "
             "IS raids and its Oct 2018 counter-attack round Hajin did not take ground this far "
             "north in the stored reports; not sourced per village"),
    )),
)  # fmt: skip

# --- Deir ez-Zor west bank (the besieged government enclave and IS around it) ----------------
DEIR_CITY = (35.33588, 40.14084)  # localities.csv: deir_ez_zor


def _km_from_deir(place: Locality) -> float:
    return (((place.lat - DEIR_CITY[0]) * 111) ** 2
            + ((place.lon - DEIR_CITY[1]) * 91) ** 2) ** 0.5  # fmt: skip


def _is_around_the_enclave(place: Locality, _where: Where) -> bool:
    # 25 km clear of the enclave's edge; not the south-west, the road the relief came by
    return _km_from_deir(place) >= 25 and not (place.lat < 35.30 and place.lon < 40.0)


DEIR_WEST = (
    RegionRule("deir_is_around_the_enclave", "g2016_deir_ez_zor_government",
               _is_around_the_enclave, (
        Span(START, _d("2017-09-04"), "isis", ("reuters-2017-09-05-deir-siege-broken",),
             "region-level: IS besieged the government's Deir ez-Zor enclave until the army "
             "broke through on 5 Sep 2017 and 'still held much of the province' then (Reuters); "
             "this place lies 25 km or more from the city, outside the enclave and off the "
             "relief road from the south-west; from 5 Sep the day it changed hands is not "
             "stored (al-Mayadin 14 Oct, Albu Kamal 19 Nov)"),
    )),
)  # fmt: skip
