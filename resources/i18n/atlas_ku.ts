<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Column for {field_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the column name; choose another to override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateControl</name>
    <message>
        <source>As-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the as-of date. Ticks above: events; bar below: dates with control data.
Page Up/Down move a month, arrow keys a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-of date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the map, the M4 breakdown and the event list show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {date}, the Moscow defence ministers&apos; meeting (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>&lt;p&gt;{head}{body} {tag}&lt;br&gt;&lt;span class=&quot;src&quot;&gt;Source: {sources}&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;As of {date}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Click an area on the map, pick an event from the list, or search (Ctrl+F) for a town. Boundaries are approximate reconstructions from reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who held what&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span class=&quot;tag&quot;&gt;contested&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nearest dates with data: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;&lt;b&gt;No control data for {date}.&lt;/b&gt; The map shows no zones and the M4 breakdown is empty.{nearest} Events are still listed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{swatch} Held by &lt;b&gt;{party}&lt;/b&gt; on {day}, in {zone}{contested}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (contested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Outside every mapped control zone on {day}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;{lat:.4f}° N, {lon:.4f}° E · move the date to see who held it at other times.&lt;/p&gt;&lt;hr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} &lt;span class=&apos;muted&apos;&gt;(this map: {validity})&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested: sources disagree on who holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate boundary (no accuracy note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related events ({count})&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;None up to this date.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Later events not shown: {count:,} after {date} — move the date forward to see them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Statements ({count}), newest first&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for these events.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older statements: {count}; select their events to read them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imported events here ({count:,}), newest first&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older imported events not listed here: {count:,}. The Events list shows every one, with filters by date, party and kind.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#0b5e6b&quot;&gt;&lt;b&gt;Imported&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span class=&quot;muted&quot;&gt;(workspace {origin})&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;This event is after the as-of date ({date}).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;On the map&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Statements: {count}; parties: {parties}. See &lt;b&gt;Positions&lt;/b&gt;, side by side below the map.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for this event.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No atlas data loaded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>Event filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows events whose title, summary, place or people contain this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events by party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events this party took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest event date (lowest value: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest event date (lowest value: any); the as-of date also limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear event filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all events up to the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Meeting</source>
        <extracomment>Internal link schemes: clicking them selects a record instead of opening a browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLayer</name>
    <message>
        <source>{place} (off map)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events up to the as-of date, newest first. Arrow keys select the next event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>
Imported from {file} ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export &amp;Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a PNG, PDF or SVG page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Web Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an interactive map as one HTML file that works offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Web Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path} (manifest {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>imported from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a33&quot;&gt;No source recorded.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Furniture</name>
    <message>
        <source>Scale true at {lat:.1f}°{hemisphere}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator: area shown in red</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitTest</name>
    <message>
        <source>&lt;b&gt;{cluster_count:,} imported events&lt;/b&gt; here&lt;br&gt;Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · imported ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;+{count} more&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events here (click: the newest)&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;Held by {party}{extra}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Events or Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV (ACLED export or any sheet), GeoJSON, KML or GPKG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files are read as UTF-8 unless they start with a UTF-16 byte-order mark. Name the encoding of an older file (e.g. Arabic Windows) instead of letting it be guessed: a wrong guess garbles names silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;rows of the file (up to {PREVIEW_ROWS})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Map layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a layer to show it on the map (Space toggles the current layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Layers a user can switch off, in the order the layer list shows them (top first); titles are translated where shown (context LayerList).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2020 M4 security corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Contested (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control data for this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2020 M4 security corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported events (number: a cluster)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendView</name>
    <message>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>M4Breakdown</name>
    <message>
        <source>M4 control breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;M4 control&lt;/b&gt; as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atlas data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control data for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the M4 inside each controller&apos;s zone (geodesic km). Zone boundaries are approximate, so the split is too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside mapped zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km:,.0f} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {km:.0f} km, {share:.0f} percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>M4Strip</name>
    <message>
        <source>M4 control strip, west to east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W · Latakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iraq · E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Northern Syria Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area or an event marker · drag to pan · wheel to zoom · Ctrl+F to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mapped controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: held by {party} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} — held by {party} · Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — {title} · Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Northern Syria Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Northern Syria Atlas&lt;/b&gt; {version}&lt;br&gt;Who holds what in northern Syria, where the M4 runs, and what each party said at the talks.&lt;br&gt;&lt;br&gt;Base map: {attribution}&lt;br&gt;Control zones are approximate reconstructions; every zone, event and statement lists its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when the export has finished; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of northern Syria. Drag or arrow keys to pan, wheel or plus/minus to zoom, click a zone or event to select it, Escape to clear the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLegend</name>
    <message>
        <source>Area of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control-zone data for this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2020 security corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events to this date ({event_count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governorate boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyCard</name>
    <message>
        <source>Positions of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Positions each party stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each party said — {title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each party said about events concerning {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no statements recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event (or a zone) to compare what each party stated, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the file&apos;s first rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search places, areas and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search towns, areas, events…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a town by any spelling (Kobani, Ayn al-Arab; Qamishli, Qamishlo), an area or an event. Enter picks the first suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search towns, areas and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next event (moves the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the date to 25 Apr 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the map / event list / details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / −, wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0 or Home (map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the whole region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up / Down (event list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous / next event in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>As of {date}</source>
        <extracomment>Set when the as-of date has no control zones (shown or not): the manifest records it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events filtered: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone sources: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map: {attribution}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Zone boundaries are approximate, reconstructed from the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Syria Atlas {version}, data {data}.{approximate} View and command: {manifest_name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Export Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current window ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per inch: 300 for print, 96 for the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator inset map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Data sources and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Base map:** {attribution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control zones are approximate reconstructions from written reports; every zone, event and statement in the panel lists its own sources (click them). A quote is verbatim from its source; everything else is marked as a paraphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <source>&amp;Events: {shown} of {total} up to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({imported} imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map: {attribution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions stated, side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Sources and Attribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Northern Syria Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to what is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Place, Area or Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by any spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the date back to the previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the date on to the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Date to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Moscow meeting of 25 Apr 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard focus to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Event List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard focus to the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard focus to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Nothing was imported; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
