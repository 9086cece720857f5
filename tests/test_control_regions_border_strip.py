"""The Turkish-border strip before Peace Spring and Bza'a in 2017 (issue #15, h-gaps2): places and
days taken from the cited reports (sources/2016-2018-regions.toml), most of them days between two
reports, and the gaps and disagreements the sources leave."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def history():
    from geodata.atlas import load_atlas

    return load_atlas().control.history


BORDER_CASES = [
    # Turkish artillery hit "the YPG-held village of Khenitiya in Tel Abyad countryside"
    # (ARA News, Oct 2016): the strip round Tell Abyad
    ("al_yabisah", date(2016, 10, 12), "sdf"),
    # mortars fired at Akcakale "from an area in Syria controlled by the YPG" (TRT World,
    # 27 Apr 2017): the crossing opposite Akcakale
    ("tell_abiad_border_crossing", date(2017, 4, 27), "sdf"),
    # US patrols "from the Iraqi border to areas past Darbasiyah" (AP, 28 Apr 2017)
    ("ad_darbasiyah", date(2017, 4, 28), "sdf"),
    # days between the reports: Ras al-Ain, Suluk, Mabrouka and a Ras al-Ain district village
    ("ras_al_ain", date(2017, 8, 15), "sdf"),
    ("suluk", date(2018, 1, 14), "sdf"),
    ("mabrouka", date(2016, 12, 1), "sdf"),
    ("tell_beydar", date(2018, 7, 1), "sdf"),
    # "Tal Abyad ... controlled by the SDF" (Daily Sabah, 6 Nov 2018)
    ("abdo", date(2018, 11, 6), "sdf"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), BORDER_CASES)
def test_the_border_strip_is_sdf_before_peace_spring(history, locality, day, controller):
    record = history.record_on(locality, day)
    assert history.state_of(locality, day).controller == controller, record
    assert "2016-2018-regions.csv:" in record.file
    assert "reuters-2018-01-14-border-security-force" in record.sources


def test_peace_spring_days_are_left_as_they_were(history):
    """From 9 Oct 2019 the batch's own rows answer: contested, or a gap with its own note."""
    state = history.state_of("abdo", date(2019, 10, 15))
    assert (state.controller, state.status, state.with_parties) == ("sdf", "contested", ("sna",))
    gap = history.record_on("mebruka", date(2019, 10, 15))
    assert gap.controller == "unknown" and "Peace Spring" in gap.note


def test_edges_west_of_the_euphrates_stay_a_gap(history):
    """The border sources speak of the Jazira: the Sajur front near Jarabulus is not answered."""
    record = history.record_on("al_farat", date(2017, 1, 1))
    assert record is not None and record.controller == "unknown"


@pytest.mark.parametrize(
    ("day", "controller", "status"),
    [
        # IS-held when the Euphrates Shield factions attacked it from the east (SOHR, 2 Feb 2017)
        (date(2016, 11, 1), "isis", "held"),
        # taken and lost again within a day (SOHR), fought over until al-Bab fell
        (date(2017, 2, 12), "isis", "contested"),
        # the rebels drove IS from al-Bab "along with ... Qabasin and al-Bezah" (Reuters)
        (date(2017, 2, 26), "sna", "held"),
    ],
)
def test_bzaah_in_2017_follows_the_reports(history, day, controller, status):
    state = history.state_of("bizaah", day)
    assert (state.controller, state.status) == (controller, status)
    assert history.record_on("bizaah", day).sources


def test_bzaah_between_the_reports_and_the_snapshot_is_a_gap(history):
    """No dated source on Bza'a from March 2017 to the autumn-2019 snapshot: not 'government'."""
    for day in (date(2017, 7, 1), date(2018, 6, 1), date(2019, 9, 1)):
        record = history.record_on("bizaah", day)
        assert record.controller == "unknown", day
        assert "23 Feb 2017" in record.note
    later = history.record_on("bizaah", date(2020, 6, 1))
    assert later.controller == "government" and "disagreement" in later.note


@pytest.mark.parametrize(
    ("locality", "day", "controller"),
    [
        # round Deir Hafer, "the site of an important Islamic State headquarters" (Reuters)
        ("tell_sous", date(2016, 12, 1), "isis"),
        # the army took the town on 29 Mar 2017 after besieging it (Reuters), with "27 towns
        # and villages around" it (SANA via Xinhua)
        ("ahmadiyah", date(2017, 5, 1), "government"),
        # during the army's campaign (17 Jan - 28 Mar 2017) the day each village fell is not stored
        # (Tall Aqulah's is, from Enab Baladi: tests/test_control_ar1.py; al-Ahmadiya's from
        # Al-Masdar Online: tests/test_control_ealeppo4.py, so al-Mab'ujah is checked instead)
        ("al_mabujah", date(2017, 2, 15), "unknown"),
    ],
)
def test_the_deir_hafer_ring_follows_the_reports(history, locality, day, controller):
    record = history.record_on(locality, day)
    assert record.controller == controller and record.sources
