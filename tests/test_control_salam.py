"""East and north-east of Salamiyah, 2017 (issue #15, h-salam:
tools/regions_2016_2018_rules_salam.py, sources/2016-2019-salam.toml): the day the army took six
villages of IS's Uqayribat pocket in its last week (Baladi News, 4 Oct 2017), al-Qubaybat and Umm
Khurayzah taken as IS withdrew (SMART, 28 Nov 2017), Brigade 66 (SMART, 14 Nov 2017), Tall al-Tut
and Mafkar al-Sharqi on the day of IS's attack of 18 May 2017 (Shaam News), and the days no
source reaches, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

BALADI_4_OCT = "baladi_news-2017-10-04-is-east-hama-villages"
UMM_HARIZA = "people_daily-2018-02-04-salamiyah-east-three-villages"
SMART_28_NOV = "smart-2017-11-28-qubaybat-umm-khurayzah"
SMART_14_NOV = "smart-2017-11-14-qasr-shawi-brigade-66"
SHAAM_18_MAY = "shaam_news-2017-05-18-is-attack-salamiyah-villages"
SOHR_EIGHT = "sohr-2017-east-hama-is-eight-villages"
REUTERS_ENCLAVE = "reuters-2017-08-18-uqayribat-encircled"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # Akash: IS's after Uqayribat fell, the army's from Tuesday 3 Oct 2017
        ("akash", date(2017, 9, 2), "isis", SOHR_EIGHT),
        ("akash", date(2017, 10, 2), "isis", BALADI_4_OCT),
        ("akash", date(2017, 10, 3), "government", BALADI_4_OCT),
        ("akash", date(2017, 10, 4), "government", BALADI_4_OCT),
        # Umm Mayl and Abu Habilat: taken on the morning of Wednesday 4 Oct 2017
        ("um_meil", date(2017, 9, 20), "isis", SOHR_EIGHT),
        ("um_meil", date(2017, 10, 3), "isis", BALADI_4_OCT),
        ("um_meil", date(2017, 10, 4), "government", BALADI_4_OCT),
        ("abu_hubaylat", date(2017, 10, 4), "government", BALADI_4_OCT),
        # al-Kharijah and Rasm al-Abaykah: inside the enclave closed on 18 Aug 2017
        ("al_kharijah_al_salamiyah", date(2017, 8, 19), "isis", REUTERS_ENCLAVE),
        ("al_kharijah_al_salamiyah", date(2017, 10, 3), "isis", BALADI_4_OCT),
        ("al_kharijah_al_salamiyah", date(2017, 10, 4), "government", BALADI_4_OCT),
        ("rasm_al_abaykah", date(2017, 10, 1), "isis", BALADI_4_OCT),
        ("rasm_al_abaykah", date(2017, 10, 2), "government", BALADI_4_OCT),
        ("al_hardanah", date(2017, 10, 4), "government", BALADI_4_OCT),
        # north of Salamiyah: the army's from Tuesday 28 Nov 2017 as IS withdrew
        ("al_qubaybat", date(2017, 11, 28), "government", SMART_28_NOV),
        ("umm_khurayzah", date(2017, 11, 28), "government", SMART_28_NOV),
        # 'Umm Hariza' retaken from IS on Sunday 4 Feb 2018 (SANA via People's Daily Arabic)
        ("umm_khurayzah", date(2018, 2, 4), "government", UMM_HARIZA),
        ("umm_khurayzah", date(2018, 2, 8), "government", UMM_HARIZA),
        # the army's Brigade 66 headquarters on 14 Nov 2017
        ("brigade_66", date(2017, 11, 14), "government", SMART_14_NOV),
    ],
)
def test_dated_answers(atlas, locality, day, controller, source):
    assert_checked_answer(atlas.control.history, locality, day, controller, "held", (), source)


@pytest.mark.parametrize(
    ("locality", "day", "controller", "among", "source"),
    [
        # IS's attack of Thursday 18 May 2017 on the government's villages by Salamiyah
        ("tell_al_tut", date(2017, 5, 18), "government", ("isis",), SHAAM_18_MAY),
        ("mafkar_ash_sharqi", date(2017, 5, 18), "government", ("isis",), SHAAM_18_MAY),
        # IS still in al-Barghuthiyah on the morning the army took the pocket's last villages
        ("barghutiyah", date(2017, 10, 4), "isis", ("government",), BALADI_4_OCT),
    ],
)
def test_contested_days(atlas, locality, day, controller, among, source):
    assert_checked_answer(atlas.control.history, locality, day, controller, "contested", among,
                          source)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the pocket's villages whose day of capture no accepted source gives
        ("soha", date(2017, 10, 4)),
        ("abu_dali_al_salamiyah", date(2017, 9, 20)),
        ("hamada_al_omar", date(2017, 9, 15)),
        ("al_hardanah", date(2017, 10, 3)),
        ("barghutiyah", date(2017, 10, 3)),
        # before IS's withdrawal from al-Qubaybat and Umm Khurayzah the holder is not sourced
        ("al_qubaybat", date(2017, 11, 27)),
        ("umm_khurayzah", date(2016, 8, 1)),
        # IS was back in Umm Khurayzah before 4 Feb 2018, on a day no report gives
        ("umm_khurayzah", date(2017, 11, 29)),
        ("umm_khurayzah", date(2018, 1, 12)),
        ("umm_khurayzah", date(2018, 2, 3)),
        # Brigade 66 and Tall al-Tut on the days around the dated reports
        ("brigade_66", date(2017, 11, 15)),
        ("tell_al_tut", date(2017, 5, 19)),
        # the villages north of Salamiyah no dated report names
        ("tell_al_ghir", date(2017, 6, 1)),
        ("shahba_al_salamiyah", date(2016, 10, 1)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-salam.toml")
    assert {BALADI_4_OCT, SMART_28_NOV, SMART_14_NOV, SHAAM_18_MAY} <= sources_cited_by(
        atlas, "> salam_"
    )
