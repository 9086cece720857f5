"""A data directory with a control history, for the control tests: the bundled data, a
gazetteer made of the curated places (real coordinates), the migrated snapshots and a few
researched records of real changes (Afrin 2018, Saraqib 2020). Sources are test ids."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALITY_HEADER = (
    "id,name,name_ar,name_tr,name_ku,alt_names,kind,lat,lon,coord_source,approximate,"
    "admin1,admin2,note"
)
#: Real changes of control (the tests check the mechanics, not these as data).
RESEARCHED = """locality,controller,from,to,status,with,sources,note
afrin,sdf,2018-01-01,2018-03-17,held,,test-afrin-1,
afrin,sna,2018-03-18,,held,turkey,test-afrin-2,Operation Olive Branch
jindires,sdf,2018-01-01,2018-03-07,held,,test-afrin-1,
jindires,sna,2018-03-08,,held,,test-afrin-2,
saraqib,opposition,2018-01-01,2020-02-07,held,,test-saraqib-1,
saraqib,government,2020-02-08,2020-02-26,held,,test-saraqib-2,
saraqib,opposition,2020-02-27,2020-03-01,contested,government,test-saraqib-3,
saraqib,government,2020-03-02,,held,,test-saraqib-4,
aleppo,government,2018-01-01,,held,,test-aleppo,
idlib,hts,2018-01-01,,held,,test-idlib,
manbij,sdf,2018-01-01,,held,,test-manbij,
raqqa,sdf,2018-01-01,,held,,test-raqqa,
"""


def make_control_dir(
    target: Path, researched: str | None = RESEARCHED, bundled_gazetteer: bool = False
) -> Path:
    """Copy the bundled data to ``target`` and give it a control history: the curated places
    as gazetteer (or, with ``bundled_gazetteer``, the bundled localities), the migrated
    snapshots and ``researched`` records."""
    data = target / "data"
    shutil.copytree(ROOT / "geodata" / "data", data)
    control = data / "control"
    control.mkdir(exist_ok=True)
    records = control / "records"
    shutil.rmtree(records, ignore_errors=True)
    records.mkdir()
    if bundled_gazetteer:
        return _finish(data, records, researched)
    for extra in control.glob("localities*.csv"):
        extra.unlink()
    with (ROOT / "geodata" / "data" / "places.csv").open(encoding="utf-8") as handle:
        places = list(csv.DictReader(handle))
    with (control / "localities.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.write(LOCALITY_HEADER + "\n")
        writer = csv.writer(handle, lineterminator="\n")
        for p in places:
            writer.writerow(
                [p["id"], p["name"], "", "", "", "", p["kind"], p["lat"], p["lon"],
                 "places.csv", "", "", "", ""]
            )  # fmt: skip
    (control / "coverage.toml").unlink(missing_ok=True)
    return _finish(data, records, researched)


TEST_SOURCES = (
    "test-afrin-1", "test-afrin-2", "test-saraqib-1", "test-saraqib-2", "test-saraqib-3",
    "test-saraqib-4", "test-aleppo", "test-idlib", "test-manbij", "test-raqqa", "test-qamishli",
)  # fmt: skip


def _finish(data: Path, records: Path, researched: str | None) -> Path:
    from tooling import import_tool

    assert import_tool("tools.migrate_snapshots").main([str(data)]) == 0
    if researched:
        (records / "test-research.csv").write_text(researched, encoding="utf-8")
    # the test records' source ids, in a registry file of their own (not evidence of anything)
    lines = [
        "[[publisher]]", 'id = "test_publisher"', 'name = "Test fixture"', 'kind = "monitor"',
        'reliability = "F"', 'domains = ["example.org"]', "",
    ]  # fmt: skip
    for ident in TEST_SOURCES:
        lines += [
            "[[source]]", f'id = "{ident}"', 'publisher = "test_publisher"',
            f'title = "Test source {ident}"', "date = 2020-01-01",
            f'url = "https://example.org/{ident}"', "",
        ]  # fmt: skip
    (data / "sources" / "test-control.toml").write_text("\n".join(lines), encoding="utf-8")
    # The stored M4 breakdown is of the bundled data's derived zones, not of these records:
    # without it the atlas measures (validate would rightly call it stale).
    (data / "m4_breakdown.json").unlink(missing_ok=True)
    # The same for the stored first frame and the start-up records (not used for other
    # records either).
    (data / "first_frame.json").unlink(missing_ok=True)
    (data / "start_records.json").unlink(missing_ok=True)
    return data
