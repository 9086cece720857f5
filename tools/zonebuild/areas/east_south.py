"""The lasting areas of the east and south: the SDF east of the Euphrates, the government,
al-Tanf and the Golan."""

from __future__ import annotations

from ..sources import src
from .spec import AreaSpec

SDF_EAST = AreaSpec(
    area="sdf_east",
    name="SDF / Autonomous Administration (AANES) east of the Euphrates",
    controller="sdf",
    backers=("united_states",),
    notes=(
        "SDF-held, US-led coalition presence (al-Omar, Conoco, al-Shaddadi, Rmeilan; at least "
        "900 US troops in March 2023). Includes the Tabqa salient south of the river (Tabqa "
        "city, dam and airbase, al-Mansurah, the south-bank suburbs of Raqqa, east to the "
        "al-Ukayrishah crossing). Not drawn, noted only: government 'security squares' in "
        "al-Hasakah and Qamishli, government-held Qamishli airport, and Syrian army / Russian "
        "deployments since Oct 2019 along the border strip and the M4 (Kobani, Ain Issa, Tell "
        "Tamer, Tabqa). Russian military police escorted traffic on the Tell Tamer - Ain Issa "
        "M4."
    ),
    sources=(
        src("https://en.m.wikipedia.org/wiki/Ayn_Issa", "Ain Issa, former AANES seat"),
        src("https://worddisk.com/wiki/Al-Yaarubiyah", "al-Yarubiyah in the AANES"),
        src(
            "https://english.enabbaladi.net/archives/2023/10/northern-syria-security-squares-manage-sdf-and-regime-interests/",
            "government security squares in al-Hasakah and Qamishli",
            "2023-10",
        ),
        src("https://docslib.org/doc/5048090/", "security squares"),
        src(
            "https://www.metro.us/a-look-at-the-us-military-mission-in-syria-and-its-dangers/",
            "AP: at least 900 US forces in Syria",
            "2023-03",
        ),
        src("https://npasyria.com/en/52326", "Russian MP escort on the Tell Tamer - Ain Issa M4"),
        src(
            "https://english.enabbaladi.net/archives/2021/04/iran-backed-militias-wreaking-havoc-on-raqqa-countryside-locals-demanding-liberation//amp?so=related",
            "Tabqa salient; government-held south bank east of al-Ukayrishah",
            "2021-04",
        ),
    ),
    walk_lines=(
        "deir_ez_zor_euphrates",
        "peace_spring_south",
        "peace_spring_context",
        "euphrates_shield_context",
    ),
)

GOVERNMENT = AreaSpec(
    area="government",
    name="Government-held areas",
    controller="government",
    backers=("russia", "iran"),
    notes=(
        "Syrian government, backed by Russia and Iran; Iran-backed militias have a 'heavy "
        "presence' on the west bank of the Euphrates (Deir ez-Zor, al-Mayadin, Albu Kamal). "
        "Includes the 'seven villages' on the north bank opposite Deir ez-Zor (Husseiniya, "
        "Salihiya, Hatla, Marrat, Mazloum, Khasham, Tabiya). Exception not drawn: the "
        "Kurdish-majority Sheikh Maqsoud district of Aleppo was held by the SDF/Asayish. "
        "Southern Syria is drawn as government-held as a whole; its local arrangements "
        "(Daraa, Suwayda) are outside this atlas's sources."
    ),
    sources=(
        src(
            "https://telanganatribune.com/us-airstrikes-in-syria-result-in-11-fatalities-including-american-contractor-killed-by-drone-strike/?amp=1",
            "Iran-backed militias on the west bank of the Euphrates",
            "2023-03",
        ),
        src(
            "https://maps.southfront.press/de-escalation-sdf-withdraws-from-government-buildings-in-syrias-al-qamishli-photos",
            "Sheikh Maqsoud held by the SDF/Asayish",
        ),
        src(
            "https://en.mehrnews.com/news/225209/Syrian-army-foils-US-backed-SDF-offensive-in-Deir-Ezzor",
            "army-held villages on the north bank opposite Deir ez-Zor",
        ),
    ),
    walk_lines=(
        "idlib_south_east",
        "idlib_south_east_context",
        "deir_ez_zor_euphrates",
        "euphrates_shield_south_and_east",
    ),
)

AL_TANF = AreaSpec(
    area="al_tanf",
    name="al-Tanf 55 km deconfliction zone (US-led coalition)",
    controller="us_coalition",
    backers=("united_states",),
    notes=(
        "US/coalition garrison at al-Tanf with the US-backed Jaysh Maghawir al-Thawra "
        "(Revolutionary Commando Army). The '55-km de-confliction zone' was never published "
        "as a geometric circle: drawn as a 55 km geodesic circle around the garrison "
        "(33.50583 N, 38.61778 E), clipped to Syria. Rukban camp lies inside."
    ),
    sources=(
        src("https://wikizero.net/wiki/en/Al_Tanf", "garrison position"),
        src(
            "https://www.crisisgroup.org/trigger-list/iran-us-trigger-list/flashpoints/al-tanf-syria",
            "'55-km de-confliction zone'",
        ),
        src(
            "https://www.globalsecurity.org/military/facility/tanf.htm",
            "'34-mile zone around its military base'",
        ),
    ),
    accuracy=(
        "Convention, not a surveyed line: a 55 km geodesic circle around the garrison "
        "(Wikipedia coordinates), clipped to the Natural Earth outline of Syria."
    ),
)

GOLAN = AreaSpec(
    area="golan",
    name="Golan Heights (occupied by Israel since 1967)",
    controller="israel",
    backers=(),
    notes=(
        "Syrian territory occupied by Israel since 1967; the 1981 annexation is not recognised "
        "by the UN (Security Council resolution 497). Drawn so that the government zone does "
        "not claim it. The UNDOF area of separation is not drawn separately, and Israeli "
        "moves beyond this line after 8 Dec 2024 are not in this atlas's sources."
    ),
    sources=(
        src(
            "https://undocs.org/S/RES/497(1981)",
            "UN Security Council resolution 497",
            "1981-12-17",
            "United Nations",
        ),
        src("https://en.wikipedia.org/wiki/Golan_Heights", "occupation since 1967"),
    ),
    accuracy=(
        "The Golan polygon of the atlas's countries layer (the hole Natural Earth's German "
        "point-of-view file leaves between Syria and its neighbours): the 1974 ceasefire line "
        "at Natural Earth 10m detail."
    ),
)

TANF_CENTRE = (38.61778, 33.50583)
TANF_RADIUS_KM = 55.0
