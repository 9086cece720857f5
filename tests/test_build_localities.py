"""The gazetteer builder's parsing and classification (tools/gazetteer): the rules that turn
Wikipedia map entries into localities, checked on entries as the module writes them."""

from __future__ import annotations

from tooling import import_tool

# The tooling is not installed: import it from the checkout (tests/tooling.py says how).
_marks = import_tool("tools.gazetteer.marks")
_merge = import_tool("tools.gazetteer.merge")
_sources = import_tool("tools.gazetteer.sources")
mark_code, meaning = _marks.mark_code, _marks.meaning
Locality, wiki_candidates, wiki_kind = _merge.Locality, _merge.wiki_candidates, _merge.wiki_kind
match_key = import_tool("tools.gazetteer.names").match_key
select = import_tool("tools.gazetteer.select").select
label_text, parse_wiki_extract = _sources.label_text, _sources.parse_wiki_extract
parse_wiki_module = _sources.parse_wiki_module

MODULE = """\
`       { lat = 35.864, long = 36.809, mark = m.stable_opp_JaN, marksize = 10, label = "`[`Saraqib`](https://zh.wikipedia.org/wiki/Saraqib "wikilink")`", label_size = 80 },`
`       { lat = 36.1438, long = 36.719, mark = m.JaN, marksize = 4, link = "`[`Halazun`](https://zh.wikipedia.org/wiki/Halazun "wikilink")`", label_size = 0 },`
`       -- { lat = 36.0, long = 37.0, mark = m.gov, label = "Commented out" },`
`       { lat = 35.85, long = 38.576, mark = "BSicon STRrf yellow.svg", marksize = 15, label = "`[`Tabqa (Euphrates)``   ``Dam`](https://zh.wikipedia.org/wiki/Tabqa_Dam "wikilink")`", label_size = 0 },`
"""  # noqa: E501


def test_raw_module_entries_are_read_with_link_only_labels_and_comments_skipped():
    marks = parse_wiki_module(MODULE)
    assert [(m.label, m.code) for m in marks] == [
        ("Saraqib", "stable_opp_JaN"),
        ("Halazun", "JaN"),
        ("Tabqa (Euphrates) Dam", "file:BSicon STRrf yellow.svg"),
    ]
    assert (marks[0].lat, marks[0].lon) == (35.864, 36.809)


def test_extract_lines_match_the_module_reading():
    marks = parse_wiki_extract("35.864|36.809|stable_opp_JaN|Saraqib\n36.251|36.693|pass_SE|\n")
    assert [(m.label, m.code) for m in marks] == [("Saraqib", "stable_opp_JaN"), ("", "pass")]


def test_mark_codes_and_meanings():
    assert mark_code("m.gov_air") == "gov_air"
    assert mark_code("m.pass_N") == "pass"  # border-post icon, its direction dropped
    assert meaning("pass") is None  # icons say nothing about control
    held = meaning("SDF")
    assert held is not None and held.status == "held" and held.parties
    mixed = meaning("stable_opp_JaN")
    assert mixed is not None and mixed.status == "stable_mixed"


def test_kinds_from_icons_and_label_words():
    assert wiki_kind("gov_air", "Kuweires Airbase") == "airbase"
    assert wiki_kind("SDF_air", "Qamishli Airport") == "airport"
    assert wiki_kind("gov_oil", "Waheb oil field") == "oilfield"
    assert wiki_kind("gov_oil", "T3 Pumping Station") == "installation"
    assert wiki_kind("file:x.svg", "Baath Dam") == "dam"
    assert wiki_kind("gov", "Jubb ad Dam") == "village"  # ad-Dam is part of a name
    assert wiki_kind("gov", "Kesab Border Crossing") == "border_crossing"
    assert wiki_kind("SDF", "al-Mahdi district") == "neighbourhood"
    assert wiki_kind("gov", "Hasakah Security Box") == "neighbourhood"
    assert wiki_kind("gov_hill", "Tell Kurin") is None  # hills are not localities
    assert wiki_kind("opp_base", "Sheikh Barakat outpost") == "base"


def test_a_labelled_border_post_and_its_control_dot_are_one_crossing():
    marks = parse_wiki_extract(
        "36.251|36.693|pass|Bab al-Hawa\n36.251|36.693|opp|Bab al-Hawa\n"
        "35.929|38.995|Battle of Raqqa (2017) for Templates.svg|Raqqa\n"
    )
    cands = wiki_candidates(marks)
    assert [(c.name, c.kind, code) for c, code in cands] == [
        ("Bab al-Hawa", "border_crossing", "pass"),
        ("Bab al-Hawa", "border_crossing", "opp"),
    ]  # the unkeyed minimap image is not a place


def test_name_folding_joins_spelling_variants_only():
    assert match_key("Tall Abyad") == match_key("Tell Abyad")
    assert match_key("Kafr Nabl") == match_key("Kfar Nabl")
    assert match_key("Ma‘arrat al-Nu‘man") == match_key("Maarrat al-Numan")
    assert match_key("Bab al-Hawa border crossing") == match_key("Bab al-Hawa")
    assert match_key("Tell Abyad") != match_key("Tell Aswad")


def _loc(name, lat, lon, kind="village", admin1="Idlib", **kw):
    return Locality(
        name, lat, lon, kind, kw.pop("src", "wikipedia-control-map"), admin1=admin1, **kw
    )


def test_selection_thins_unanchored_villages_and_drops_generic_posts():
    towns_first = [
        _loc("Hamlet", 35.0005, 36.0),  # 55 m from the town, listed before it
        _loc("Town", 35.0, 36.0, kind="town"),
        _loc("Far village", 35.1, 36.0),  # 11 km away
        _loc("South hamlet", 33.0, 36.0, admin1="Daraa"),
        _loc("South village", 33.03, 36.0, admin1="Daraa"),  # 3.3 km: under the 5 km rule
        _loc("Army Base", 35.2, 36.2, kind="base"),
        _loc("Brigade 93", 35.3, 36.3, kind="base"),
        _loc("GeoNames village", 35.0008, 36.0, geonameid=1),  # anchored: always kept
    ]
    kept, dropped = select(towns_first, focus_km=1.5, other_km=5.0)
    assert [k.name for k in kept] == [
        "Town", "Far village", "South hamlet", "Brigade 93", "GeoNames village",
    ]  # fmt: skip
    assert dropped["military position (base)"] == 1
    assert dropped["village near a kept locality"] == 2
    everything, none = select(towns_first[:5], focus_km=0, other_km=0)
    assert len(everything) == 5 and not none


def test_markdown_labels_keep_ayn_marks_and_lose_rendering_backticks():
    assert label_text('`[``Ma`arrzaf``](https://x "wikilink")`') == "Ma‘arrzaf"
    assert label_text('`[`Rasm``   ``` `Ubayd ``](https://x "wikilink")`') == "Rasm ‘Ubayd"
    assert label_text("[[Kafr Nabl, Syria|Kafr Nabl]]") == "Kafr Nabl"


def test_a_rebuild_keeps_the_ids_places_had():
    build = import_tool("tools.build_localities")
    assign_ids, reuse_ids = build.assign_ids, build.reuse_ids

    before = [
        _loc("Jablah", 35.36, 35.93, kind="town", id="jablah"),
        _loc("Gone village", 35.5, 36.5, id="gone_village"),
    ]
    now = [
        _loc("Jableh", 35.365, 35.928, kind="town"),  # respelt, 0.6 km off
        _loc("Gone village", 35.9, 36.9),  # same name, 55 km away: another place
        _loc("Jablah", 35.36, 35.93, kind="airbase"),  # same name, other kind group
    ]
    now[0].add_alt("Jablah")
    assert reuse_ids(now, before) == 1
    assign_ids(now, reserved={b.id for b in before})
    assert now[0].id == "jablah"
    assert now[1].id != "gone_village"  # an id that went is never given to another place
    assert now[2].id.startswith("jablah_")
