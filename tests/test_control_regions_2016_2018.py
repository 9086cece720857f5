"""Stored gaps of 2016-2018 answered from dated sources (issue #15, records/2016-2018-regions.csv):
places and days taken from the cited reports (sources/2016-2018-regions.toml), most of them days
inside a holding period that no source names by itself, and the gaps the sources leave open."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_map_draws_holders, assert_region_answer, assert_stored_gap
from tooling import ROOT, import_tool

CASES = [
    # al-Hasakah district: "The YPG now controls all of the territories surrounding the city"
    # (KurdWatch, Jul 2015); al-Hawl liberated in Nov 2015 (Kurdistan 24); still SDF in 2017-18
    ("al_hawl", date(2017, 3, 1), "sdf"),
    ("al_arishah", date(2016, 10, 1), "sdf"),
    ("bir_al_hulw_al_wardiyah", date(2018, 2, 1), "sdf"),
    # al-Shaddadi liberated two months before the 2016 siege of Markadah (Kurdistan 24)
    ("al_shaddadi", date(2017, 1, 1), "sdf"),
    # Markada: IS's "last biggest stronghold" in the province on 17 Oct 2017 (SOHR); liberated
    # "on Thursday" 9 Nov 2017 with "24 villages around it" (SDF statement, Kurdistan 24)
    ("markada", date(2017, 10, 25), "isis"),
    ("markada", date(2018, 3, 1), "sdf"),
    # the south after Dashishah fell on Sunday 17 Jun 2018 (AP; Rudaw, 2 Jul)
    ("aadleh", date(2018, 9, 1), "sdf"),
    # Raqqa city districts: IS's capital (AP) until the SDF's assault of 6 Jun 2017
    ("rawdah_district", date(2017, 1, 15), "isis"),
    # the Tabqa dam: IS-held "since 2013" (The New Arab, Mar 2017), SDF from 10 May 2017 (BBC)
    ("tabqa_dam", date(2017, 1, 1), "isis"),
    ("tabqa_dam", date(2017, 7, 1), "sdf"),
    # north of Ain Issa: YPG "total control" of Ain Issa and its villages from Jun 2015 (RFE/RL)
    ("abdi", date(2017, 2, 1), "sdf"),
    # between Ain Issa and Raqqa: IS until the campaign of 6 Nov 2016 (ARA News, Reuters)
    ("abbara", date(2016, 9, 1), "isis"),
    # ... and behind the SDF's lines once it had Raqqa "surrounded from the east, north and
    # west" (AP, 6 Jun 2017)
    ("abbara", date(2017, 8, 1), "sdf"),
    # south of the Euphrates: IS until the SDF's airlift of 22 Mar 2017 (AP, The New Arab)
    ("al_mansurah", date(2016, 12, 1), "isis"),
    # the Manbij ring: every road cut by 10 Jun 2016 (Reuters), the city SDF from 12 Aug (ISW);
    # "Manbij and its rural areas" under the Manbij Military Council (Reuters, 6 Mar 2017)
    ("manbij_eastern_grain_silo_complex", date(2016, 11, 1), "sdf"),
    ("qabbasin", date(2017, 1, 10), "sdf"),
    # the Tishrin dam, SDF since 26 Dec 2015 (Kurdistan 24)
    ("tishrin_dam", date(2016, 8, 5), "sdf"),
    # Deir ez-Zor east bank: IS's last 17 places there when fighting resumed in early Dec 2017
    # (SOHR) lie south of these; the SDF's to Baghuz (23 Mar 2019)
    ("al_busayrah", date(2018, 4, 1), "sdf"),
    ("tayyaneh", date(2018, 10, 1), "sdf"),
    # Gharanij among those 17 (SOHR), IS-held since the campaign began on 9 Sep 2017
    ("granij", date(2017, 11, 1), "isis"),
    # Sousa: among the 17 in Dec 2017 and still IS's when Hajin fell on 14 Dec 2018 (AFP)
    ("as_susah", date(2018, 6, 1), "isis"),
    # al-Khafsa: IS withdrew on Tuesday 7 Mar 2017 and the army took the pumping station
    # (SOHR via Reuters); IS had cut Aleppo's water from it for two months
    ("al_khafsah_water_pumping_station", date(2017, 1, 20), "isis"),
    ("al_khafsah", date(2017, 4, 15), "government"),
    # east of the army's line of 19 Feb 2017, 'within 25km of Lake Assad' (Reuters)
    ("maaradah_kabira", date(2016, 11, 1), "isis"),
    # the Arima strip the Manbij Military Council left to the army (Reuters; Russia's claim)
    ("hutah", date(2017, 4, 1), "government"),
    # Deir ez-Zor: IS besieged the government's enclave and "still held much of the province"
    # when the siege broke on 5 Sep 2017 (Reuters); these towns lie far outside the enclave
    ("subaykhan", date(2017, 3, 1), "isis"),
    # Raqqa "completely" encircled once the SDF took the south bank on 29 Jun 2017 (SOHR via
    # AFP and Reuters): south-bank places facing the city
    ("kasrat_mohamed_ali", date(2017, 8, 1), "sdf"),
    ("at_tibni", date(2016, 12, 1), "isis"),
]


@pytest.mark.parametrize(("locality", "day", "controller"), CASES)
def test_a_place_the_regions_answer_has_the_reported_holder(atlas, locality, day, controller):
    assert_region_answer(atlas, locality, day, controller)


@pytest.mark.parametrize(
    ("locality", "day", "controller"),
    [
        # Kweires: held by the army through IS's siege, broken on 10 Nov 2015 (Reuters)
        ("kuweires_airbase", date(2016, 9, 1), "government"),
        # Jarrah: "the airport remains in the hands of the jihadists" (SOHR via AFP, 7 Mar 2017)
        ("jirah_airbase", date(2017, 2, 1), "isis"),
    ],
)
def test_the_east_aleppo_airbases_have_the_reported_holder(atlas, locality, day, controller):
    history = atlas.control.history
    assert history.state_of(locality, day).controller == controller
    assert history.record_on(locality, day).sources


def test_conoco_is_contested_on_the_days_the_sources_disagree(atlas):
    """The SDF said it took the Conoco plant on 23 Sep 2017 (AP); SOHR said fighting went on."""
    history = atlas.control.history
    state = history.state_of("conoco_tabieh_gas_plant", date(2017, 9, 23))
    assert (state.controller, state.status, state.with_parties) == ("sdf", "contested", ("isis",))
    assert history.state_of("conoco_tabieh_gas_plant", date(2017, 9, 15)).controller == "isis"


def test_raqqa_during_the_assault_is_contested_with_the_sdf(atlas):
    """The SDF fought in the city from 6 Jun to 17 Oct 2017 (AP; Channel 4)."""
    state = atlas.control.history.state_of("rawdah_district", date(2017, 8, 20))
    assert (state.controller, state.status) == ("isis", "contested")
    assert "sdf" in state.with_parties


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # (the government's square in al-Hasakah city, kept out of the district's answer, has
        # its own dated answer since h-jaz4: tests/test_control_jazira4.py)
        # west of the Khabur towards the Raqqa line: no dated source (h-jazira dates Markada)
        ("anad", date(2017, 1, 1)),
        # the Dashisha side between Markada's fall and Dashishah's: the days are not stored
        ("mamerh", date(2018, 1, 1)),
        # between the SDF's crossing at Tabqa (22 Mar 2017) and Raqqa's fall: village by village
        # (Mansurah has its own dated answer since h-raqqa: tests/test_control_raqqa.py)
        ("hunaydah", date(2017, 4, 15)),
        # the Raqqa countryside after the campaign began (6 Nov 2016)
        ("abbara", date(2017, 2, 1)),
        # Manbij's countryside while IS still held the city's last districts (1-11 Aug 2016)
        ("qabbasin", date(2016, 8, 5)),
        # the east bank while the SDF took it village by village (Sep - Dec 2017)
        # (al-Busayrah IS's to its storming of 8 - 11 Nov since h-deir5: test_control_deir5.py)
        ("al_kharijiyah", date(2017, 10, 15)),
        # Gharanij after December 2017: the day it fell is not stored
        ("granij", date(2018, 6, 1)),
        # east Aleppo villages between the army's arrival and Maskanah's fall (4 Jun 2017), south
        # of al-Khafsa (north of it the bab rules answer from 8 Mar 2017)
        ("al_babira", date(2017, 4, 1)),
        # Deir ez-Zor's west bank between the relief of the city and the army's advance
        ("subaykhan", date(2017, 10, 1)),
    ],
)
def test_where_the_sources_leave_it_open_the_gap_stays(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


@pytest.mark.skipif(not (ROOT / "tools").is_dir(), reason="needs the source checkout")
def test_the_regions_file_is_what_its_rules_write():
    """records/2016-2018-regions.csv and the trimmed unknown rows of 2016-2024.csv are written
    by tools/regions_2016_2018.py: a hand edit the rules would not write is caught."""
    from geodata.paths import data_dir

    tool = import_tool("tools.regions_2016_2018")
    regions, batch = tool.build(data_dir())
    assert (data_dir() / tool.OUT).read_text(encoding="utf-8") == tool.render(regions)
    assert (data_dir() / tool.BATCH).read_text(encoding="utf-8") == tool.render(batch)


def test_the_map_draws_the_answered_holder_at_the_place(atlas):
    assert_map_draws_holders(atlas, CASES[::4])


def test_the_generator_reports_a_row_written_over_days_already_answered():
    """A generated gap row over days a hand row answers is refused by validate; the generator
    names it itself (file and days) instead of leaving it for a later validate to find."""
    from geodata.control.load import ControlFiles, read_control_files
    from geodata.control.model import ControlRecord, Locality
    from geodata.paths import data_dir
    from tools.regions_2016_2018 import overlapping

    place = {"x": Locality("x", "X", 36.0, 37.0)}
    hand = ControlRecord("x", "sdf", date(2017, 3, 1), date(2017, 3, 8), file="2016-2024.csv:7")
    generated = ControlRecord("x", "unknown", date(2017, 3, 8), date(2017, 6, 3), file="fill:9")
    after = ControlRecord("x", "government", date(2017, 6, 4), None, file="2016-2024.csv:8")
    snapshot = ControlRecord("x", "sna", date(2017, 1, 1), None, file="migrated:1", baseline=True)
    [found] = overlapping(ControlFiles(place, [after, generated, hand, snapshot]))
    assert "2016-2024.csv:7 (2017-03-01 - 2017-03-08) overlaps fill:9" in found
    # adjacent days, snapshot rows beneath
    assert overlapping(ControlFiles(place, [hand, after, snapshot])) == []
    files = read_control_files(data_dir())
    assert len(files.records) > 10_000 and overlapping(files) == []


def test_the_generator_leaves_the_days_a_hand_row_answers_to_it():
    """A review answers by hand days a rule answered before (the rule's rows are in the
    regions file, so the days still count as the block's gap): the rule must not write them
    again, or the place has two rows for one day."""
    from datetime import date

    from tools.regions_2016_2018 import hand_answered, still_open

    def row(place: str, holder: str, first: str, last: str) -> dict[str, str]:
        return {"locality": place, "controller": holder, "from": first, "to": last}

    batch = [
        row("tall_turin", "unknown", "2017-03-01", "2017-03-31"),
        row("tall_turin", "sdf", "2017-03-03", "2017-03-08"),
        row("qarah", "government", "2017-03-09", ""),
    ]
    by_hand = hand_answered(batch)
    gap = [(date(2017, 3, 1), date(2017, 3, 20)), (date(2017, 3, 15), date(2017, 3, 31))]
    assert still_open(gap, by_hand["tall_turin"]) == [
        (date(2017, 3, 1), date(2017, 3, 2)),
        (date(2017, 3, 9), date(2017, 3, 31)),
    ]
    # an open-ended hand row answers every later day; a place without one keeps its gap
    assert still_open(gap, by_hand["qarah"]) == [(date(2017, 3, 1), date(2017, 3, 8))]
    assert still_open(gap, []) == [(date(2017, 3, 1), date(2017, 3, 31))]
