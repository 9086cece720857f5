"""What each lasting area is: name, controller, backers, zone-level sources and caveats.

Snapshots (the snapshots package) reuse these records and override what changed.
"""

from __future__ import annotations

from .east_south import AL_TANF, GOLAN, GOVERNMENT, SDF_EAST
from .north import AFRIN, EUPHRATES_SHIELD, IDLIB, MANBIJ, PEACE_SPRING, TELL_RIFAAT

AREAS = {
    a.area: a
    for a in (
        IDLIB,
        AFRIN,
        EUPHRATES_SHIELD,
        PEACE_SPRING,
        TELL_RIFAAT,
        MANBIJ,
        SDF_EAST,
        GOVERNMENT,
        AL_TANF,
        GOLAN,
    )
}
