"""The villages of the former IS pocket round Uqayribat, east Hama, after IS lost the last of them
on Wednesday 4 Oct 2017, and Tall Khinzir in south-east Idlib, taken on 16 Dec 2017 (issue #15,
h-hama7: tools/regions_2016_2018_rules_hama7.py, sources/2016-2019-hama7.toml): the holder a user
sees on the days AFP's report of SOHR's count, AP and Al-Hal bound, and the days they leave open,
which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_checked_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

AFP_4_OCT = "afp-2017-10-04-is-ousted-from-hama"
AL_HAL_17_DEC = "al_hal-2017-12-17-tall-khinzir"
AP_16_DEC = "ap-2017-12-16-tal-al-khanazeer"


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # SOHR's last eight IS villages, the army's from the day after 4 Oct 2017
        ("soha", date(2017, 10, 5)),
        ("um_meil", date(2017, 10, 30)),
        ("abu_dali_al_salamiyah", date(2017, 10, 15)),
        # the enclave closed on 18 Aug 2017 (rules_hama4)
        ("hamada_al_omar", date(2017, 10, 5)),
        ("qambar", date(2017, 10, 20)),
        # villages whose gaps ran from 2016 (south-east of the Salamiyah - Ithriya road)
        ("al_hardanah", date(2017, 10, 10)),
        ("masaada", date(2017, 10, 25)),
    ],
)
def test_the_pocket_is_the_armys_after_4_oct_2017(atlas, locality, day):
    assert_checked_answer(atlas.control.history, locality, day, "government", "held", (),
                          AFP_4_OCT)  # fmt: skip


@pytest.mark.parametrize(
    ("day", "controller", "status", "among", "source"),
    [
        # held by HTS with the factions until the army's first advance into these areas in about
        # five years (Al-Hal, 17 Dec 2017)
        (date(2016, 8, 1), "hts", "shared", ("opposition",), AL_HAL_17_DEC),
        (date(2017, 12, 15), "hts", "shared", ("opposition",), AL_HAL_17_DEC),
        # taken on Saturday 16 Dec 2017 (AP; Al-Hal: 'last night')
        (date(2017, 12, 16), "government", "held", (), AP_16_DEC),
        (date(2017, 12, 17), "government", "held", (), AL_HAL_17_DEC),
    ],
)  # fmt: skip
def test_tall_khinzir_taken_on_16_dec_2017(atlas, day, controller, status, among, source):
    assert_checked_answer(atlas.control.history, "tall_khinzir", day, controller, status, among,
                          source)  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # Tall Khinzir after 17 Dec 2017 (the factions' counter-attacks are not dated here)
        ("tall_khinzir", date(2017, 12, 18)),
        ("tall_khinzir", date(2018, 6, 1)),
        # the day of the last fighting and the days each village fell before it are not stored
        ("soha", date(2017, 10, 4)),
        ("hamada_al_omar", date(2017, 9, 15)),
        ("al_hardanah", date(2017, 9, 20)),
        # before the enclave's autumn the 2016 holder of the villages by the road is not sourced
        ("al_hardanah", date(2016, 12, 1)),
        # north-west of the road, nearer the HTS-held north-east: left out
        ("umm_tuwaynah_al_salamiyah", date(2017, 10, 10)),
        ("zanuba", date(2017, 10, 10)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-hama7.toml")
    assert {AFP_4_OCT, AL_HAL_17_DEC, AP_16_DEC} <= sources_cited_by(atlas, "> hama7_")
