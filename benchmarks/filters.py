"""Filter figures: the event index against a Python loop, and the event list that follows."""

from __future__ import annotations

from datetime import date

from benchmarks.common import Row, label, median_ms


def bench_filters(atlas, n: int, repeats: int, rows: list[Row]) -> None:
    from desktop.panel.event_model import EventFilterProxy, EventTableModel
    from geodata.model import ViewState
    from geodata.view_filter import event_index, event_matches

    index = event_index(atlas)
    cases = {
        "date range": ViewState(date_from=date(2016, 3, 1), date_to=date(2019, 10, 31)),
        "party": ViewState(parties=frozenset({"turkey", "sna"})),
        "date range + party": ViewState(
            date_from=date(2016, 3, 1), date_to=date(2019, 10, 31), parties=frozenset({"hts"})
        ),
    }
    for name, view in cases.items():
        ours = median_ms(lambda i, v=view: index._filter(v), repeats)
        loops = 1 if n >= 1_000_000 else 3
        base = median_ms(
            lambda i, v=view: [e for e in atlas.events if event_matches(e, v)], loops, warmup=0
        )
        rows.append(
            Row(
                f"Filter by {name}",
                label(n),
                ours,
                base,
                "Python loop over events",
                "<= 20 ms (1M)",
                ours <= 20,
            )
        )
    # The event list follows: a lazy model, rebuilt from the filter's row array.
    model = EventTableModel(atlas)
    proxy = EventFilterProxy(ViewState())
    proxy.setSourceModel(model)
    views = [ViewState(date_from=date(2013 + i % 8, 1, 1)) for i in range(repeats + 1)]
    listed = median_ms(lambda i: proxy.set_view(views[i]), repeats)
    rows.append(Row("Event list update after a filter change", label(n), listed))
