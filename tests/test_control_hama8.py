"""IS's pocket in north-east Hama between its crossing of October 2017 and the army's week of
February 2018, al-Rahjan and Qasr Ibn Wardan on the HTS side until January 2018, and the south-east
Idlib front of January - February 2018 (issue #15, h-hama8: tools/regions_2016_2018_rules_hama8.py,
sources/2016-2019-hama8.toml): the holder a user sees on the days Enab Baladi's and SMART's dated
reports, SOHR and The New Arab bound, and the days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

ENAB_24_NOV = "enab_baladi-2017-11-24-is-20-villages-east-hama"
ENAB_7_DEC = "enab_baladi-2017-12-07-is-toward-idlib-border"
ENAB_9_JAN = "enab_baladi-2018-01-09-rahjan"
SMART_9_DEC = "smart-2017-12-09-hawayis"
SMART_9_JAN = "smart-2018-01-09-is-14-villages"
SMART_12_JAN = "smart-2018-01-12-atshan-khuwayn"
SMART_12_JAN_ROOMS = "smart-2018-01-12-factions-retake-villages"
SMART_9_FEB = "smart-2018-02-09-is-takes-villages-from-regime"
SOHR_FEB = "sohr-2018-02-regime-advances-on-is-pocket"
NEW_ARAB_10_FEB = "the_new_arab-2018-02-10-is-corridor-to-idlib"
ENAB_26_NOV = "enab_baladi-2017-11-26-is-near-idlib-border"
SINJAR_4_JAN = "smart-2018-01-04-twelve-villages-sinjar"
SINJAR_5_JAN = "smart-2018-01-05-murayjib"
NSO_6_JAN = "nso-2018-01-06-huwa-nasiriyah"


@pytest.mark.parametrize(
    ("locality", "day", "source"),
    [
        # Enab Baladi's 20 villages taken from HTS (report of Friday 24 Nov 2017)
        ("abu_hariq", date(2017, 11, 24), ENAB_24_NOV),
        ("aniq_bajrah", date(2017, 12, 15), ENAB_24_NOV),
        ("abu_marw", date(2018, 1, 10), ENAB_24_NOV),
        ("masaran", date(2017, 11, 30), ENAB_24_NOV),
        ("suruj", date(2018, 1, 20), ENAB_24_NOV),
        # to the eve of the army's week against the pocket (SOHR to Reuters via The New Arab)
        ("tiwal_dabbaghin", date(2018, 2, 2), NEW_ARAB_10_FEB),
        # Abu Ajwa, taken on the evening of 6 Dec 2017 (Enab Baladi, 7 Dec)
        ("abu_ajawah", date(2017, 12, 6), ENAB_7_DEC),
        ("abu_ajawah", date(2018, 2, 2), SOHR_FEB),
        # Qasr Ibn Wardan, taken as HTS withdrew on Tuesday 9 Jan 2018 (SMART, Enab Baladi)
        ("qasr_ibn_wardan", date(2018, 1, 9), SMART_9_JAN),
        ("qasr_ibn_wardan", date(2018, 2, 1), ENAB_9_JAN),
    ],
)
def test_the_is_pocket_villages(atlas, locality, day, source):
    assert_checked_answer(atlas.control.history, locality, day, "isis", "held", (), source)


@pytest.mark.parametrize(
    ("locality", "day", "controller", "status", "among", "source"),
    [
        # HTS's after SOHR's week of strikes (22 - 28 Oct 2017) until it withdrew on 9 Jan 2018
        ("qasr_ibn_wardan", date(2017, 10, 29), "hts", "held", (), SMART_9_JAN),
        ("qasr_ibn_wardan", date(2018, 1, 8), "hts", "held", (), SMART_9_JAN),
        # al-Rahjan: HTS with the factions (the army's attacks of Dec 2017 repelled, SMART)
        ("rahjan", date(2017, 11, 15), "hts", "shared", ("opposition",), SMART_9_DEC),
        ("rahjan", date(2017, 12, 9), "hts", "shared", ("opposition",), SMART_9_DEC),
        ("rahjan", date(2018, 1, 8), "hts", "shared", ("opposition",), ENAB_9_JAN),
        # the army's from Tuesday 9 Jan 2018 (Enab Baladi) to the region rows of 9 Feb
        ("rahjan", date(2018, 1, 9), "government", "held", (), ENAB_9_JAN),
        ("rahjan", date(2018, 2, 8), "government", "held", (), ENAB_9_JAN),
        # the army's until IS took them on the night of 8 - 9 Feb 2018 (SMART)
        ("duma_hama", date(2018, 2, 8), "government", "held", (), SMART_9_FEB),
        ("qasr_ash_shawi", date(2018, 2, 8), "government", "held", (), SMART_9_FEB),
        ("rabdah", date(2018, 2, 8), "government", "held", (), SMART_9_FEB),
        # south-east Idlib: the factions' front at Umm al-Khalakhil (SMART, 12 Jan and 9 Feb)
        ("umm_al_khalakhil", date(2018, 1, 12), "opposition", "shared", ("hts",),
         SMART_12_JAN_ROOMS),
        ("umm_al_khalakhil", date(2018, 2, 8), "opposition", "shared", ("hts",), SMART_9_FEB),
        # the factions' until they withdrew from the Sinjar sub-district on 4 Jan 2018 (SMART)
        ("shaykh_barakah", date(2017, 10, 22), "opposition", "shared", ("hts",), SINJAR_4_JAN),
        ("mashrafah_maarrat_al_numan", date(2018, 1, 3), "opposition", "shared", ("hts",),
         SINJAR_4_JAN),
        ("umm_al_khalakhil", date(2017, 12, 1), "opposition", "shared", ("hts",), SINJAR_4_JAN),
        # the army's from 4 Jan (SMART), al-Sheikh Barakah to 5 Jan, the others to the factions'
        # counter-attack of 11 Jan (SMART, CGTN)
        ("shaykh_barakah", date(2018, 1, 4), "government", "held", (), SINJAR_4_JAN),
        ("shaykh_barakah", date(2018, 1, 5), "government", "held", (), SINJAR_5_JAN),
        ("mashrafah_maarrat_al_numan", date(2018, 1, 10), "government", "held", (), SMART_12_JAN),
        ("umm_al_khalakhil", date(2018, 1, 10), "government", "held", (), SINJAR_4_JAN),
        # al-Mushayrifah al-Shamaliyah retaken by the Turkistan Islamic Party (SMART, 12 Jan)
        ("mashrafah_maarrat_al_numan", date(2018, 1, 12), "opposition", "shared", ("hts",),
         SMART_12_JAN),
        # al-Murayjib the army's on 5 Jan (SMART), Huwa on 6 Jan 2018 (NSO); the days before
        ("al_murayjib", date(2018, 1, 4), "opposition", "shared", ("hts",), SINJAR_5_JAN),
        ("al_murayjib", date(2018, 1, 5), "government", "held", (), SINJAR_5_JAN),
        ("huwa", date(2017, 11, 1), "hts", "shared", ("opposition",), NSO_6_JAN),
        ("huwa", date(2018, 1, 6), "government", "held", (), NSO_6_JAN),
        # al-Khuwayn retaken by the army on the night of 11 - 12 Jan 2018 (SMART)
        ("khuwayn_al_kabir", date(2018, 1, 12), "government", "held", (), SMART_12_JAN),
    ],
)  # fmt: skip
def test_the_front_lines_round_the_pocket(atlas, locality, day, controller, status, among,
                                          source):  # fmt: skip
    assert_checked_answer(atlas.control.history, locality, day, controller, status, among,
                          source)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # before the report that names them IS's (Enab Baladi, 24 Nov 2017) the holder is open
        ("abu_hariq", date(2017, 11, 23)),
        ("abu_hariq", date(2016, 12, 1)),
        ("abu_ajawah", date(2017, 12, 5)),
        # the army's week against the pocket: the day each village fell is not dated
        ("abu_hariq", date(2018, 2, 3)),
        ("qasr_ibn_wardan", date(2018, 2, 8)),
        # al-Rahjan after IS's attack of 18 Oct 2017 (3 Dec 2017, when the army held part of it
        # for some hours, is answered since by h-rev18: HTS's, contested)
        ("rahjan", date(2017, 10, 20)),
        # Umm al-Khalakhil once IS's fight with the factions reached it, al-Khuwayn after 12 Jan
        ("umm_al_khalakhil", date(2018, 2, 9)),
        ("khuwayn_al_kabir", date(2018, 1, 13)),
        # al-Sheikh Barakah after 5 Jan, al-Mushayrifah on the day of the counter-attack and after
        ("shaykh_barakah", date(2018, 1, 6)),
        ("mashrafah_maarrat_al_numan", date(2018, 1, 11)),
        ("mashrafah_maarrat_al_numan", date(2018, 1, 13)),
        # al-Murayjib and Huwa once IS entered the area (from 9 Jan 2018)
        ("al_murayjib", date(2018, 1, 6)),
        ("huwa", date(2018, 1, 7)),
        # the days before the army's withdrawal from Qasr Shawi are not dated
        ("qasr_ash_shawi", date(2018, 2, 7)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-hama8.toml")
    cited = sources_cited_by(atlas, "> hama8_")
    assert {ENAB_24_NOV, ENAB_26_NOV, ENAB_7_DEC, ENAB_9_JAN, SMART_9_DEC, SMART_12_JAN,
            SMART_12_JAN_ROOMS, SMART_9_FEB, SOHR_FEB, NEW_ARAB_10_FEB, SINJAR_4_JAN,
            SINJAR_5_JAN, NSO_6_JAN} <= cited  # fmt: skip
