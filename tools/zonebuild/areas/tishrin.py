"""The Tishrin dam: a contested cut-out of December 2024 only, drawn as a circle."""

from __future__ import annotations

from ..sources import src
from .spec import AreaSpec

#: The Tishrin dam (Wikipedia infobox: 36°22′53″N 38°11′00″E) and the radius of the contested
#: area drawn round it in December 2024: a convention marking the dam and its approaches.
TISHRIN_DAM_CENTRE = (38.18333, 36.38139)
TISHRIN_DAM_RADIUS_KM = 3.0

#: December 2024 only: the dam the SNA attacked from 9 Dec (a cut-out, see snapshots/later.py).
TISHRIN_DAM = AreaSpec(
    area="tishrin_dam",
    name="Tishrin Dam (SDF-held, attacked by the SNA from 9 Dec 2024: contested)",
    controller="sdf",
    backers=(),
    contested=True,
    notes=(
        "The SDF held the Tishrin dam on the Euphrates before December 2024. From 9 Dec 2024, "
        "after taking Manbij, the SNA with Turkish drone strikes tried to take the dam out of "
        "SDF control; the dam and its approaches were fought over for the rest of the month. "
        "The New Arab (26 Dec 2024): 'neither party has fully seized control of the dam'; the "
        "SDF said on 26 Dec that it held it. Drawn as SDF-held and contested. The front through "
        "the villages south-east of Manbij and at the Qara Qozak bridge is not drawn."
    ),
    sources=(
        src(
            "https://en.wikipedia.org/wiki/Tishrin_Dam",
            "position of the dam: infobox coordinates 36°22′53″N 38°11′00″E (read from a "
            "Kiwix mirror of June 2025)",
        ),
        src(
            "https://profilpelajar.com/article/2024_Kobani_offensive",
            "from 9 Dec 2024 SNA drone strikes on the dam and ground attacks 'to take the dam out "
            "of Syrian Democratic Forces (SDF) control'",
            pub="Wikipedia, '2024 Kobani offensive' (mirror on profilpelajar.com)",
        ),
        src(
            "https://plawiuk.blogspot.com/2024/12/clashes-erupt-near-syrias-tishrin-dam.html?m=1",
            "fierce SNA-SDF fighting near the dam; 'neither party has fully seized control of "
            "the dam'",
            "2024-12-26",
            "The New Arab (republished on plawiuk.blogspot.com)",
        ),
        src(
            "https://profilpelajar.com/article/East_Aleppo_offensive_(2024)",
            "SDF counter-attacks from the dam from 23 Dec 2024; on 26 Dec an SDF spokesman at "
            "the dam confirmed SDF control",
            pub="Wikipedia, 'East Aleppo offensive (2024)' (mirror on profilpelajar.com)",
        ),
        src(
            "https://english.enabbaladi.net/archives/2025/01/battles-of-tishrin-dam-a-pressure-tool-in-negotiations-with-sdf//amp?so=recent",
            "after Manbij and Tell Rifaat the SNA's advance 'stalled on the Tishrin Dam axis'",
            "2025-01",
        ),
    ),
    accuracy=(
        "Convention, not a front line: a 3 km geodesic circle round the dam (Wikipedia "
        "coordinates), cut out of the Manbij and SDF zones. The fighting ran through villages "
        "on both banks near the dam that are not located here."
    ),
)
