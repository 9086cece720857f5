"""The Dec 2019 - Mar 2020 window between the snapshots, gaps of the daily batch answered from
dated Arabic-language reports (issue #15, h-dec2019: tools/regions_2016_2018_rules_dec2019.py,
sources/2016-2019-dec2019.toml): the holder before and after a dated capture, and the days no
report reaches, which stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

ROZANA = "rozana-2019-12-24-jarjanaz-kafr-basin"
ARABY = "the_new_arab-2020-01-31-hish-muqah-amudiyah"
SHAAM_HISH = "shaam_news-2020-01-31-hish"
MODON = "almodon-2020-01-29-hish-front"
BALADI = "baladi_news-2020-02-05-tell-touqan"
SHAAM_TOUQAN = "shaam_news-2020-02-05-tell-touqan-saraqib"
BALADI_MAARAT = "baladi_news-2020-01-29-how-maarat-fell"
SHAAM_TAH = "shaam_news-2019-12-22-tah-sarman"


@pytest.mark.parametrize(
    ("locality", "day", "controller", "source"),
    [
        # Kafr Basin: taken with Babulin before the army took Jarjanaz on Mon 23 Dec (Rozana)
        ("kafr_bissin_maarrat_al_numan", date(2019, 12, 24), "government", ROZANA),
        ("kafr_bissin_maarrat_al_numan", date(2020, 1, 28), "government", ROZANA),
        # Hish and Muqah: the rebels' to the capture of Fri 31 Jan (Al-Araby al-Jadeed)
        ("hish", date(2019, 12, 24), "hts", ARABY),
        ("hish", date(2020, 1, 29), "hts", MODON),
        ("muqah", date(2020, 1, 30), "hts", ARABY),
        ("hish", date(2020, 1, 31), "government", SHAAM_HISH),
        ("muqah", date(2020, 2, 26), "government", ARABY),
        # al-Amudiyah: the rebels' until the push on Maarat resumed (24 Jan)
        ("al_amudiyah", date(2020, 1, 23), "hts", ARABY),
        # Tell Touqan: taken at dawn on Wed 5 Feb (Baladi News; Shaam)
        ("tell_touqan", date(2020, 2, 4), "hts", BALADI),
        ("tell_touqan", date(2020, 2, 5), "government", SHAAM_TOUQAN),
        ("tell_touqan", date(2020, 2, 8), "government", BALADI),
        # the villages round Maarat the army pushed into the city from on 28 Jan (Baladi News)
        ("maar_hitat", date(2020, 1, 28), "government", BALADI_MAARAT),
        ("ayn_qari_checkpoint", date(2020, 2, 26), "government", BALADI_MAARAT),
        ("dar_basidah", date(2020, 2, 10), "government", BALADI_MAARAT),
        ("sahyan", date(2020, 1, 28), "government", BALADI_MAARAT),
        ("kafr_bissin_maarrat_al_numan", date(2020, 1, 20), "government", BALADI_MAARAT),
        # Ayn Qari', 2 km south of the city: the rebels' until the push resumed on 24 Jan
        ("ayn_qari_checkpoint", date(2020, 1, 23), "hts", BALADI_MAARAT),
        # al-Tah: taken on Sunday 22 Dec 2019 (Shaam; SANA via Al-Manar)
        ("al_tah", date(2019, 12, 22), "government", SHAAM_TAH),
        ("tahtaya", date(2019, 12, 22), "government", "sana-2019-12-22-tehh-tahtaya"),
        # al-Buraysah: SANA's 'Bresa', cleared on Friday 20 Dec 2019 (party claim)
        ("al_buraysah", date(2019, 12, 20), "government", "sana-2019-12-20-um-jalal-bresa"),
    ],
)
def test_the_reports_name_the_holder(atlas, locality, day, controller, source):
    record = assert_region_answer(atlas, locality, day, controller)
    assert source in record.sources
    assert "continuity inferred" in record.note or "taken" in record.note


def test_the_batch_answers_follow_on(atlas):
    """The daily batch's 'by' answers carry on after these rules' last days."""
    history = atlas.control.history
    assert history.state_of("hish", date(2020, 2, 27)).controller == "government"
    assert history.state_of("tell_touqan", date(2020, 2, 9)).controller == "government"
    assert history.state_of("al_amudiyah", date(2020, 1, 29)).controller == "government"


def test_a_rebel_hold_says_it_is_continuity(atlas):
    record = atlas.control.history.record_on("muqah", date(2020, 1, 1))
    assert "continuity inferred" in record.note and "snapshot of 18 Dec 2019" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # al-Amudiyah: SANA's 'past few days' (29 Jan) against Al-Araby's 31 Jan: the day is open
        ("al_amudiyah", date(2020, 1, 24)),
        ("al_amudiyah", date(2020, 1, 28)),
        # Maar Hitat, Sahyan: SOHR has the factions withdraw (North Press, undated copy); the
        # army's by 28 Jan (Baladi News), the day is open
        ("maar_hitat", date(2020, 1, 15)),
        ("maar_hitat", date(2020, 1, 27)),
        ("sahyan", date(2020, 1, 10)),
        ("ayn_qari_checkpoint", date(2020, 1, 24)),
        ("dar_basidah", date(2020, 1, 1)),
        # al-Tah: Saturday 21 Dec by a minor outlet only
        ("al_tah", date(2019, 12, 21)),
        ("al_buraysah", date(2019, 12, 19)),
        ("tahtaya", date(2019, 12, 21)),
        # Khan al-Sibel: taken on the night of 29 Jan (Geiroon, h-gapidl); that day stays open
        ("khan_al_sibel", date(2020, 1, 29)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-dec2019.toml")
    cited = sources_cited_by(atlas, "> dec2019_")
    assert {
        ROZANA,
        ARABY,
        SHAAM_HISH,
        MODON,
        BALADI,
        SHAAM_TOUQAN,
        BALADI_MAARAT,
        SHAAM_TAH,
        "al_manar-2019-12-23-tah-liberated",
    } <= cited
