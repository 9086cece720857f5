"""What each lasting area is: name, controller, backers, zone-level sources and caveats.

Snapshots (the snapshots package) reuse these records and override what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .sources import src


@dataclass(frozen=True)
class AreaSpec:
    area: str
    name: str
    controller: str
    backers: tuple[str, ...]
    notes: str
    sources: tuple[dict, ...]
    accuracy: str = ""
    contested: bool = False
    walk_lines: tuple[str, ...] = ()  # reference walks whose points bound this area
    extra: dict = field(default_factory=dict)

    def but(self, **changes) -> AreaSpec:
        return replace(self, **changes)


FROZEN = (
    src(
        "https://friscotimes.org/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F2437",
        "NYT graphic (Dec 2024): 'Since 2020, the territorial map had stayed largely frozen'",
        "2024-12",
        "The New York Times (via Frisco Times)",
    ),
    src(
        "https://www.jusoor.co/en/details/map-of-influence-and-crossings-in-the-syrian-opposition-areas",
        "Opposition areas held 'without any new changes' during 2022",
        "2023-01-31",
    ),
)

IDLIB = AreaSpec(
    area="idlib",
    name="Idlib pocket (HTS / Syrian Salvation Government)",
    controller="hts",
    backers=(),
    notes=(
        "Governed by Hay'at Tahrir al-Sham through the Syrian Salvation Government (de facto "
        "capital Idlib). HTS has no state backer; Turkish troops are deployed inside the pocket "
        "(14 posts along the M4 between al-Nayrab and Bsanqul under the 2020 protocol). Other "
        "armed factions are present; no breakdown is sourced. The M4 from about Ain al-Hawr to "
        "al-Nayrab runs inside the zone, within the 2020 security corridor."
    ),
    sources=(
        src(
            "https://en.wikipedia.org/wiki/Syrian%20Salvation%20Government",
            "SSG founded 2 Nov 2017, capital Idlib, reorganised Dec 2024",
        ),
        src(
            "https://www.voltairenet.org/article209431.html",
            "Moscow Additional Protocol of 5 Mar 2020: ceasefire on the line of contact",
            "2020-03-05",
        ),
        src(
            "https://www.syriahr.com/en/157775/", "14 Turkish posts on the M4, al-Nayrab to Bsanqul"
        ),
        src("https://www.syriahr.com/en/179921/", "joint patrols Trumba - Ain al-Hawr"),
        src("https://www.syriahr.com/en/181133/", "joint patrol report"),
        src(
            "https://www.shafaq.com/en/World/Syrian-armed-factions-declare-control-over-entire-Idlib-province",
            "HTS listed as terrorist by Turkey and the US",
        ),
    ),
    walk_lines=("idlib_south_east", "idlib_south_east_context"),
)

_TURKISH_OCC = (
    src(
        "https://wikimili.com/en/Turkish_occupation_of_northern_Syria",
        "Turkish-held areas, SNA/SIG administration (~8,835 km2 in all)",
    ),
    src("https://wikisum.wiki/wiki/Turkish_occupation_of_northern_Syria", "same subject"),
    src(
        "https://www.wiki3.en-us.nina.az/Turkish_occupation_of_northern_Syria.html", "same subject"
    ),
)

AFRIN = AreaSpec(
    area="afrin",
    name="Afrin / Olive Branch area (SNA)",
    controller="sna",
    backers=("turkey",),
    notes=(
        "Syrian National Army factions with nominal Syrian Interim Government administration "
        "('dual authority of decentralized local councils and Turkish military administration'). "
        "Operation Olive Branch began 20 Jan 2018. The seam with the Euphrates Shield area (both "
        "SNA) is drawn only to keep the two named areas apart."
    ),
    sources=_TURKISH_OCC,
    walk_lines=("afrin_east",),
)

EUPHRATES_SHIELD = AreaSpec(
    area="euphrates_shield",
    name="Euphrates Shield area (Azaz - al-Bab - Jarabulus, SNA)",
    controller="sna",
    backers=("turkey",),
    notes=(
        "SNA / SIG; Azaz is described as the capital of the Turkish-held zone. Operation "
        "Euphrates Shield began 24 Aug 2016. East edge: the Sajur river / Manbij front "
        "(drawn through the reference walk points, no river geometry). South edge: the al-Bab - "
        "Tadif line (Tadif government-held since Feb 2017, 1 km south of al-Bab)."
    ),
    sources=_TURKISH_OCC
    + (src("https://zomiacenter.org/articles/americanwithdrawal", "Arima and west of Manbij"),),
    walk_lines=("euphrates_shield_south_and_east", "euphrates_shield_context", "afrin_east"),
)

PEACE_SPRING = AreaSpec(
    area="peace_spring",
    name="Peace Spring area (Tell Abyad - Ras al-Ain, SNA)",
    controller="sna",
    backers=("turkey",),
    notes=(
        "Operation Peace Spring began 9 Oct 2019 and took about 4,820 km2 and ~600 "
        "settlements (Ras al-Ain, Tell Abyad, Suluk, Mabrouka). Along the Ain Issa - Tell Tamer "
        "stretch of the M4 the SNA held the north edge of the road, the Syrian army the south "
        "edge (Sputnik Arabic, 25 May 2020); the line is drawn just north of the road. The "
        "Sochi MoU's often-quoted '120 km x 32 km' was not confirmed from the memorandum text."
    ),
    sources=(
        src(
            "https://www.wiki3.en-us.nina.az/2019_Turkish_offensive_into_north-eastern_Syria.html",
            "Peace Spring: area, settlements taken",
        ),
        src(
            "https://sarabic.ae/amp/20200525/",
            "army on the south edge of the M4 Tell Tamer - al-Aliya, SNA on the north edge",
            "2020-05-25",
        ),
        src(
            "https://stiriinternationale.ro/turkish-forces-once-again-cut-off-m4-highway/",
            "SNA cuts the M4 near Ain Issa (2020)",
        ),
        src("https://worddisk.com/wiki/Ayn_Issa", "Ain Issa on the contact line"),
    ),
    walk_lines=("peace_spring_south", "peace_spring_context"),
)

TELL_RIFAAT = AreaSpec(
    area="tell_rifaat",
    name="Tell Rifaat / Shahba pocket (SDF with army and Russian presence)",
    controller="sdf_government",
    backers=("russia",),
    notes=(
        "SDF/YPG-held since Feb 2016, with Syrian government and Russian checkpoints around "
        "it; sources disagree (Sputnik said the YPG handed Tell Rifaat to the army, the YPG "
        "denied it), hence the mixed controller. Menagh airbase SDF-held 10 Feb 2016 - 1 Dec "
        "2024. The southern edge towards government-held Nubl-Zahraa is a soft checkpoint "
        "boundary, not a combat front, and is drawn as an estimate."
    ),
    sources=(
        src(
            "https://beyondthelevant.com/2016/02/15/syria-update-sdf-take-tal-rifaat/",
            "SDF take Tell Rifaat",
            "2016-02-15",
        ),
        src(
            "https://www.trtworld.com:443/article/18238738",
            "'under PKK/YPG occupation for eight years' until 1 Dec 2024",
            "2024-12-01",
        ),
        src(
            "https://mail.gulanmedia.com/kmr/story/26142/apple-touch-icon.png",
            "YPG denies handing Tell Rifaat to the army",
        ),
        src(
            "https://www.kurdistan24.net/public/index.php/en/story/31600-Syrian-Kurds-brings-military-reinforcements-to-Qamishlo-airport:-SOHR",
            "government checkpoint 'sieges' on Kurdish areas of northern Aleppo",
        ),
    ),
    walk_lines=("afrin_east", "afrin_east_context"),
)

MANBIJ = AreaSpec(
    area="manbij",
    name="Manbij (SDF / Manbij Military Council, west of the Euphrates)",
    controller="sdf",
    backers=(),
    notes=(
        "Held by the Manbij Military Council (SDF). Government forces were in the countryside "
        "from Arima westwards but not inside the city; Syrian army and Russian deployments in "
        "the Manbij countryside since Oct 2019. The Qara Qozak bridge links Manbij to Kobani. "
        "The southern edge towards government-held land by Lake Assad is not sourced and is "
        "drawn as an estimate."
    ),
    sources=(
        src("http://www.rantburg.com/Jmailer.php?ID=531961", "government not inside Manbij city"),
        src(
            "https://zomiacenter.org/articles/americanwithdrawal",
            "army deployments from Arima westwards",
        ),
    ),
    walk_lines=("euphrates_shield_south_and_east", "euphrates_shield_context"),
)

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

TANF_CENTRE = (38.61778, 33.50583)
TANF_RADIUS_KM = 55.0

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
