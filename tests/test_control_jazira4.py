"""The fourth Jazira batch answered from dated sources (issue #15, h-jaz4:
tools/regions_2016_2018_rules_jazira4.py, sources/2016-2019-jazira4.toml): the government's
security square in al-Hasakah from Aug 2016, the Allaya prison in al-Qamishli, and the SDF side
of the line south and east of Ras al-Ain between the snapshots of Dec 2019 and Mar 2020; the
days the sources leave open stay gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import (
    assert_region_answer,
    assert_registered_with_publisher,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

CASES = [
    # al-Hasakah's security square: the government's before and after the August 2016 clashes
    # (AFP truce of 23 Aug; Mercy Corps: the zones of control date from August 2016)
    ("hasakah_security_box", date(2016, 8, 10), "government"),
    ("hasakah_security_box", date(2016, 8, 23), "government"),
    ("hasakah_security_box", date(2018, 12, 11), "government"),
    # Tell Tamr among the district's SDF-held villages (MEE 2015; KurdWatch; AFP Dec 2018)
    ("tell_tamer", date(2016, 8, 1), "sdf"),
    ("tell_tamer", date(2018, 12, 11), "sdf"),
    # the Allaya prison east of al-Qamishli, taken by the Asayish on 21 Apr 2016 (KurdWatch)
    ("allaya_prison", date(2016, 8, 1), "sdf"),
    ("allaya_prison", date(2019, 10, 22), "sdf"),
    ("allaya_prison", date(2020, 2, 1), "sdf"),
    # the SDF side of the Ras al-Ain line between the snapshots: al-Alyah, where SOHR had the
    # SDF fighting off the factions in mid-Feb 2020, and places behind that line
    ("aliya", date(2020, 2, 12), "sdf"),
    ("tall_abu_rasayn", date(2019, 12, 19), "sdf"),
    ("berkefri", date(2020, 3, 5), "sdf"),
    # the Hajin pocket: Shaafa and Sousa IS-held once Hajin fell (The National, 16 Dec 2018),
    # Shaafa the SDF's on Sunday 13 Jan 2019 (SMART), Sousa on Tuesday 15 Jan (SOHR)
    ("shafa", date(2018, 12, 20), "isis"),
    ("shafa", date(2019, 1, 13), "sdf"),
    ("as_susah", date(2019, 1, 14), "isis"),
    ("as_susah", date(2019, 1, 15), "sdf"),
    ("as_susah", date(2019, 3, 22), "sdf"),
    # al-Marashda and al-Shagla in IS's last east-bank villages (SOHR, Dec 2017) and still
    # inside its enclave in Dec 2018 / Jan 2019 (The National; SOHR)
    ("marashdeh", date(2018, 6, 1), "isis"),
    ("marashdeh", date(2019, 1, 15), "isis"),
    ("ash_shajalah", date(2018, 12, 16), "isis"),
    # Abu al-Hassan, between Hajin and Shaafa, until Hajin fell (AFP, 14 Dec 2018)
    ("abu_hassan", date(2018, 9, 1), "isis"),
    # al-Sheitat north of Hajin: the SDF's side once Hajin fell and IS withdrew south of it
    ("granij", date(2018, 12, 14), "sdf"),
    ("abu_hardub", date(2019, 2, 1), "sdf"),
    # west of the Ain Issa - Raqqa road, south of Tal al-Saman: IS's until the second phase set
    # out for the Tabqa dam on 10 Dec 2016 (Rudaw; SDF statement)
    ("kerman", date(2016, 11, 20), "isis"),
    ("khatuniyah", date(2016, 12, 9), "isis"),
    ("al_waqid", date(2016, 11, 20), "isis"),
    # al-Suwayhi beside Albu Kamal: IS's until the town was declared taken on 8 Nov 2017
    ("al_suwayhi", date(2017, 10, 1), "isis"),
    # airstrips beside answered villages take the village's holder (region-level)
    ("hammam_airstrip", date(2017, 6, 1), "sna"),
    ("tall_kahf_airstrip", date(2018, 1, 1), "sdf"),
    ("ramla_910m_airstrip", date(2017, 2, 1), "sdf"),
    ("umm_tlalil_895m_airstrip", date(2016, 10, 1), "isis"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_fourth_jazira_rules_answer_has_the_reported_holder(
    atlas, locality, day, controller
):
    record = assert_region_answer(atlas, locality, day, controller)
    assert "> jaz4_" in record.note


def test_the_square_is_contested_during_the_august_2016_clashes(atlas):
    """Clashes from 17 Aug 2016 until the truce of 23 Aug (AFP)."""
    state = atlas.control.history.state_of("hasakah_security_box", date(2016, 8, 20))
    assert (state.controller, state.status, state.with_parties) == (
        "government", "contested", ("sdf",))  # fmt: skip


def test_the_square_never_takes_the_districts_sdf_answer(atlas):
    """The district's region-level SDF answer leaves the government's square out."""
    history = atlas.control.history
    for day in (date(2016, 9, 1), date(2017, 5, 1), date(2018, 6, 1)):
        record = history.record_on("hasakah_security_box", day)
        assert record.controller == "government" and "> jaz4_hasakah_square" in record.note


def test_shaafa_is_contested_between_the_two_reported_days(atlas):
    """SOHR had the SDF take it on Monday 7 Jan 2019 and IS strike back (NTB); SDF from 13 Jan."""
    state = atlas.control.history.state_of("shafa", date(2019, 1, 9))
    assert (state.controller, state.status, state.with_parties) == ("isis", "contested", ("sdf",))
    record = atlas.control.history.record_on("shafa", date(2019, 1, 9))
    assert "ntb-2019-01-08-shaafa-sohr" in record.sources


def test_albu_kamal_s_edge_is_contested_with_the_town(atlas):
    """Declared taken on 8 Nov 2017, retaken by IS on 11 Nov (SOHR), the army's from 19 Nov."""
    history = atlas.control.history
    state = history.state_of("abu_kamal_border_crossing", date(2017, 11, 9))
    assert (state.controller, state.status, state.with_parties) == (
        "government", "contested", ("isis",))  # fmt: skip
    state = history.state_of("al_suwayhi", date(2017, 11, 15))
    assert (state.controller, state.status) == ("isis", "contested")
    assert history.state_of("al_suwayhi", date(2017, 11, 19)).controller == "government"


def test_the_sources_carry_the_answer_days(atlas):
    """Each answer names the source that dates it."""
    history = atlas.control.history
    assert "mercycorps-2021-02-02-security-squares" in history.record_on(
        "hasakah_security_box", date(2017, 6, 1)).sources  # fmt: skip
    assert "kurdwatch-2016-04-28-qamishli-prison" in history.record_on(
        "allaya_prison", date(2018, 1, 1)).sources  # fmt: skip
    assert "sohr-2020-02-tal-tamr-countryside-clashes" in history.record_on(
        "aliya", date(2020, 1, 15)).sources  # fmt: skip


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # the Manbij pocket between the snapshots: no source dated in those weeks places it (the
        # Kobani countryside is answered since by h-ne2020: tests/test_control_ne2020.py, and the
        # villages west of Manbij by h-shield4 and h-ne4: the Sajur villages north of it are not)
        ("tukhar_kabir", date(2020, 1, 15)),
        # the Ras al-Ain district villages while Peace Spring's front moved (9-22 Oct 2019)
        ("aliya", date(2019, 10, 15)),
        # the Hajin pocket after the reports: al-Marashda after 15 Jan 2019, al-Shagla after 16
        # Dec 2018, Abu al-Hassan from Hajin's fall: the days they fell are not stored
        ("marashdeh", date(2019, 2, 1)),
        ("ash_shajalah", date(2019, 1, 1)),
        ("abu_hassan", date(2018, 12, 20)),
        # Gharanij and Abu Hammam through 2018 until Hajin fell: no dated report of their fall
        ("granij", date(2018, 3, 1)),
        ("abu_hammam", date(2018, 12, 13)),
        # the countryside west of the Raqqa road during the second phase: the day each place
        # fell is not stored
        ("kerman", date(2016, 12, 10)),
        # al-Sweidan by Ain Issa's latitude: no IS row before the campaign, no answer after
        ("al_sweidan", date(2016, 11, 20)),
        # the garrisons of the army's old bases inside the SDF area are not in a stored source
        # (the Tartab regiment is the army's since h-gapmil: tests/test_control_gapmil.py)
        ("154th_special_forces_regiment", date(2019, 9, 1)),
        ("121st_artillery_regiment", date(2017, 1, 1)),
        # the villages east of the Khabur south of al-Shaddadi before June 2018 (sources
        # disagree on who held them)
        ("al_taminah", date(2017, 6, 1)),
    ],
)
def test_days_no_source_reaches_stay_stored_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_the_batch_sources_are_registered():
    assert_source_file_registered("2016-2019-jazira4.toml")


def test_every_source_the_rules_cite_is_registered(atlas):
    assert_registered_with_publisher(sources_cited_by(atlas, "> jaz4_"))
