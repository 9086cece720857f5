"""The source registry (data/sources/*.toml): what it accepts, what it refuses, and records
citing it by id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geodata.errors import AtlasError
from geodata.io import load_records
from geodata.sources import load_registry, read_registry, refusal

MINI = Path(__file__).parent / "fixtures" / "mini_data"

PUBLISHER = """
[[publisher]]
id = "reuters"
name = "Reuters"
kind = "wire"
reliability = "B"
domains = ["reuters.com"]
"""
SOURCE = """
[[source]]
id = "reuters-2024-12-08-damascus"
publisher = "reuters"
title = "Syrian rebels topple Assad"
date = 2024-12-08
url = "https://www.reuters.com/world/middle-east/x"
credibility = 2
read_via = { url = "https://web.archive.org/web/2024/https://www.reuters.com/x", note = "archive" }
"""


def write(folder: Path, name: str, text: str) -> Path:
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    path = folder / "sources" / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(folder: Path) -> list[str]:
    return [str(p) for p in read_registry(folder)[1]]


def test_a_source_carries_its_publisher_grade_and_copy(tmp_path):
    write(tmp_path, "a.toml", PUBLISHER + SOURCE)
    source = load_registry(tmp_path).get("reuters-2024-12-08-damascus")
    assert source is not None
    assert (source.publisher, source.kind, source.grade) == ("Reuters", "wire", "B2")
    assert source.read_via.startswith("https://web.archive.org/")
    assert source.url.startswith("https://www.reuters.com/")


def test_publisher_repeated_across_files_merges_but_ids_stay_unique(tmp_path):
    write(tmp_path, "a.toml", PUBLISHER + SOURCE)
    write(tmp_path, "b.toml", PUBLISHER.replace('"reuters.com"', '"reuters.co.uk"'))
    registry, problems = read_registry(tmp_path)
    assert problems == []
    assert registry.publishers["reuters"].domains == ("reuters.com", "reuters.co.uk")
    write(tmp_path, "c.toml", PUBLISHER + SOURCE)
    assert any("duplicate source id" in m for m in messages(tmp_path))
    write(tmp_path, "c.toml", PUBLISHER.replace('"B"', '"C"'))
    assert any("defined differently" in m for m in messages(tmp_path))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('publisher = "reuters"', 'publisher = "reuter"', "not a known publisher"),
        ("date = 2024-12-08", 'date = "Dec 2024"', "is not YYYY-MM-DD"),
        ("credibility = 2", "credibility = 7", "credibility 7 is not 1-6"),
        ("https://www.reuters.com/world", "https://wikimili.com/en", "Wikipedia"),
        ("https://www.reuters.com/world", "https://www.rt.com/news", "sanctioned"),
        ("https://www.reuters.com/world/middle-east/x", "https://example.org/x", "not on reuters"),
        ('url = "https://www.reuters.com/world/middle-east/x"', 'url = ""', "needs a note"),
        ('title = "Syrian rebels topple Assad"', "", "no title"),
    ],
)
def test_bad_source_is_named(tmp_path, old, new, expected):
    write(tmp_path, "a.toml", PUBLISHER + SOURCE.replace(old, new))
    found = messages(tmp_path)
    assert any("reuters-2024-12-08-damascus" in m and expected in m for m in found), found
    with pytest.raises(AtlasError, match=expected):
        load_registry(tmp_path)


def test_bad_publisher_is_named(tmp_path):
    write(tmp_path, "a.toml", PUBLISHER.replace('"wire"', '"blog"').replace('"B"', '"G"'))
    found = messages(tmp_path)
    assert any("kind 'blog'" in m for m in found) and any(
        "'G' is not one of A-F" in m for m in found
    )


def test_partial_dates_are_kept_as_published(tmp_path):
    write(tmp_path, "a.toml", PUBLISHER + SOURCE.replace("date = 2024-12-08", 'date = "2024-12"'))
    source = load_registry(tmp_path).get("reuters-2024-12-08-damascus")
    assert source is not None and source.date is None and source.date_text == "2024-12"


@pytest.mark.parametrize(
    "url",
    [
        "https://en.m.wikipedia.org/wiki/X",
        "https://www.wiki3.en-us.nina.az/X.html",
        "https://sarabic.ae/amp/20200525/",
        "https://mail.gulanmedia.com/kmr/story/26142/apple-touch-icon.png",
        "http://forum.nef2.com/tag/x/",
        # found while re-checking the M4 sources (December 2026)
        "https://sagapedia.com/en/M4_motorway",
        "https://fotoartbook.net/vb/node/80404",
        "https://embedy.eu/movies/x",
        "https://fr.sputniknews.africa/amp/x",
        "https://googleweblight.com/sp?u=https://en.m.wikipedia.org/wiki/X",
        # a file-asset host without a file suffix, and sites that reprint agency copy
        "https://twt-assets.washtimes.com/news/2026/feb/12/syrian-troops-take-control",
        "https://www.perthnow.com.au/news/conflict/syrian-army-agree-ceasefire-c-21349052",
        "https://www.millenniumpost.in/world/syria-extends-ceasefire-645563",
    ],
)
def test_policy_refuses_mirrors_sanctioned_outlets_forums_and_assets(url):
    assert refusal(url)


def test_a_reprint_site_may_still_be_where_the_agency_text_was_read(tmp_path):
    """The copy is refused as the source but kept as read_via of the agency's source."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.toml").write_text(
        """
[[publisher]]
id = "ap"
name = "Associated Press"
kind = "wire"
reliability = "B"
domains = ["apnews.com"]

[[source]]
id = "ap-2025-07-17-sweida"
publisher = "ap"
title = "Syrian forces withdraw from Sweida after ceasefire goes into effect"
date = 2025-07-17
url = ""
read_via = { url = "https://www.millenniumpost.in/world/x-619265", note = "AP copy" }
note = "Original AP address not seen."
""",
        encoding="utf-8",
    )
    registry, problems = read_registry(tmp_path)
    assert problems == []
    source = registry.get("ap-2025-07-17-sweida")
    assert source.publisher == "Associated Press" and "millenniumpost" in source.read_via


def test_records_cite_registry_ids_in_any_events_file(tmp_path):
    data = Path(shutil.copytree(MINI, tmp_path / "data"))
    write(data, "a.toml", PUBLISHER + SOURCE)
    (data / "talks" / "events-2024-2026.toml").write_text(
        """
[[event]]
id = "e-2024-damascus"
date = 2024-12-08
title = "Damascus falls"
kind = "other"
sources = ["reuters-2024-12-08-damascus"]
notes = "No comment from Moscow."
""",
        encoding="utf-8",
    )
    events = {e.id: e for e in load_records(data).events}
    assert events["e-2024-damascus"].sources[0].publisher == "Reuters"
    assert events["e-2024-damascus"].notes == "No comment from Moscow."
    assert len(events) > 1  # events.toml is read too


def test_unknown_source_id_is_one_clear_error(tmp_path):
    data = Path(shutil.copytree(MINI, tmp_path / "data"))
    (data / "talks" / "events-x.toml").write_text(
        '[[event]]\nid = "e1"\ndate = 2024-01-01\ntitle = "t"\nkind = "other"\n'
        'sources = ["nobody-2024"]\n',
        encoding="utf-8",
    )
    with pytest.raises(AtlasError, match="events-x.toml: e1: .*unknown source id 'nobody-2024'"):
        load_records(data)
