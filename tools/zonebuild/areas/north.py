"""The lasting areas of the north-west and the Turkish-held belt: Idlib, Afrin, Euphrates
Shield, Peace Spring, Tell Rifaat and Manbij."""

from __future__ import annotations

from ..sources import src
from .spec import AreaSpec

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
