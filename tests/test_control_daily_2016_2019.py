"""Day by day in Euphrates Shield (2016-17), the 2019 north Hama offensive, Peace Spring
(Oct 2019) and the Idlib days corroborated by non-state reports (issue #15): what a reader of the
cited reports expects on a reported day, inside a holding period, before a "by" date (a gap) and
where the sources disagree. Each case names the reports it rests on
(sources/offensives-2016-2019.toml, sources/2019-2020-daily.toml)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from geodata.control.consistency import read_documented
from geodata.paths import data_dir
from geodata.sources import load_registry


@pytest.fixture(scope="module")
def history():
    from geodata.atlas import load_atlas

    return load_atlas().control.history


@pytest.fixture(scope="module")
def registry():
    return load_registry(data_dir())


# (locality, reported day, holder the day before, holder from that day)
REPORTED_DAYS = [
    # SOHR via Rudaw, Sunday 2 Oct 2016: the rebels took Turkman Bareh
    ("turkman_bareh", date(2016, 10, 2), "unknown", "sna"),
    # SOHR via Reuters, Sunday 28 Aug 2016: the SDF-allied Jarablus Military Council withdrew
    ("amarnah", date(2016, 8, 28), "unknown", "sna"),
    # SOHR via Reuters, Saturday 15 Oct 2016: the rebels took Irshaf on the way to Dabiq
    ("arshaf", date(2016, 10, 15), "unknown", "sna"),
    # SOHR via Reuters, 8 Oct 2016: an IS counter-attack late on 7 Oct retook Akhtarin (the
    # rebels' on 7 Oct: a Reuters photo via Arab News, h-gaptowns; 8 Oct contested)
    ("akhtarin", date(2016, 10, 8), "sna", "isis"),
    # AP: the NLF retook Kafr Nabudah on Wednesday 22 May 2019; state TV and SOHR (The Daily
    # Star): the army back on Sunday 26 May
    ("kafr_nabudah", date(2019, 5, 22), "government", "opposition"),
    ("kafr_nabudah", date(2019, 5, 26), "opposition", "government"),
    # SOHR: the jihadi groups and the factions took Tal Malah on 6 Jun 2019, a village the regime
    # 'lost' (h-ghab: government before); al-Masdar's brief army retake before 15 Jun is a
    # disagreement kept in the note, not a stored day
    ("tall_mallah", date(2019, 6, 6), "government", "hts"),
    # SANA 23 Feb 2020, confirmed by Qasioun (24 Feb) and SOHR (26 Feb, Al-Liwaa)
    ("ash_shaykh_damis", date(2020, 2, 23), "hts", "government"),
]


@pytest.mark.parametrize(("locality", "day", "before", "after"), REPORTED_DAYS)
def test_a_reported_change_shows_on_its_day(history, locality, day, before, after):
    assert history.state_of(locality, day - timedelta(days=1)).controller == before
    assert history.state_of(locality, day).controller == after
    assert history.record_on(locality, day).sources


@pytest.mark.parametrize(
    ("locality", "day", "holder"),
    [
        ("al_rai", date(2016, 12, 1), "sna"),  # rebel-held from 3 Sep 2016 (Reuters)
        ("tall_mallah", date(2019, 7, 1), "hts"),  # 15 Jun - 28 Jul (al-Masdar, Enab Baladi)
        ("jubbayn_mhardeh", date(2019, 6, 20), "hts"),  # Enab Baladi, 20 Jun: factions held it
        # the army's base from Feb 2020 until the opposition took 'Base 46' on 27 Nov 2024
        ("46th_regiment", date(2022, 6, 1), "government"),
        ("46th_regiment", date(2024, 11, 26), "government"),
        ("bir_atwan", date(2019, 10, 20), "sna"),  # Kurdistan 24's local sources, 12 Oct 2019
    ],
)
def test_a_day_inside_a_reported_holding_period(history, locality, day, holder):
    assert history.state_of(locality, day).controller == holder


@pytest.mark.parametrize(
    ("locality", "last_open_day", "known_day", "holder"),
    [
        # (al-Rai's by-date of 3 Sep 2016 left this list: h-rev61 dated the capture, 17 Aug)
        # Kurdistan 24, 12 Oct 2019: Tal Fandar, Yabisah and Bir Atwan controlled by the SNA
        ("bir_atwan", date(2019, 10, 11), date(2019, 10, 12), "sna"),
        # Qasioun, evening of 24 Feb 2020: Maarzita among the places the army took
        ("maarzita", date(2020, 2, 23), date(2020, 2, 24), "government"),
        # SOHR, morning of 26 Feb 2020 (Al-Liwaa): taken in the past 48 hours
        ("hass", date(2020, 2, 25), date(2020, 2, 26), "government"),
        ("dayr_sunbul", date(2020, 2, 25), date(2020, 2, 26), "government"),
    ],
)
def test_the_days_before_a_by_date_are_gaps(history, locality, last_open_day, known_day, holder):
    assert history.state_of(locality, last_open_day).controller == "unknown"
    assert history.state_of(locality, known_day).controller == holder


@pytest.mark.parametrize(
    ("locality", "day", "other"),
    [
        # the rebels' claim of 15 Nov 2016 (Reuters) against IS withdrawing into it on 23 Feb 2017
        ("qabasin", date(2017, 1, 1), "isis"),
        # Ankara's 12 Oct 2019 claim against the SDF's denial and SOHR's 15 Oct (Shafaq News)
        ("ras_al_ain", date(2019, 10, 15), "sna"),
        # Ankara: al-Yabisah 'cleared' on 10 Oct 2019 (Hürriyet); the SDF denied it (al-Masdar)
        ("al_yabisah", date(2019, 10, 10), "sdf"),
        # SOHR on 30 Jan 2020 (Al-Ahram Gate) against SANA's 4 Feb
        ("tall_mardikh", date(2020, 2, 1), "hts"),
        # the NLF's recapture of 22 May 2019 against the army attacking until 26 May
        ("kafr_nabudah", date(2019, 5, 24), "government"),
    ],
)
def test_days_the_sources_disagree_on_are_contested(history, locality, day, other):
    state = history.state_of(locality, day)
    assert state.status == "contested" and other in state.with_parties


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        ("ash_shaykh_damis", date(2020, 2, 23)),
        ("naqayyar", date(2020, 2, 24)),
        ("kafr_sajnah", date(2020, 2, 24)),
        ("tarmala", date(2020, 2, 26)),
    ],
)
def test_corroborated_idlib_days_cite_a_non_state_source(history, registry, locality, day):
    """Days that rested on SANA or al-Masdar alone now cite a source that is neither state nor
    party media nor graded below C."""
    record = history.record_on(locality, day)
    assert any(not registry.sources[s].low_grade() for s in record.sources), record.sources


def test_the_46th_regiment_disagreement_with_the_2020_snapshot_is_documented():
    entry = read_documented(data_dir())[("46th_regiment", "government", "hts")]
    assert entry.right == "records" and "Afis" in entry.note
