<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>AttributeTable</name>
    <message>
        <source>Filter imported events by words…</source>
        <translation>Bûyerên îthalkirî bi peyvan parzûn bike…</translation>
    </message>
    <message>
        <source>Filter the attribute table</source>
        <translation>Tabloya taybetmendiyan parzûn bike</translation>
    </message>
    <message>
        <source>No imported events: File ▸ Import brings a CSV, GeoJSON or KML in.</source>
        <translation>Bûyerên îthalkirî tune: Pel ▸ Îthal pelek CSV, GeoJSON an KML tîne.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sernav</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>Dirêjahî</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>Firehî</translation>
    </message>
    <message>
        <source>Layer</source>
        <translatorcomment>REVIEW: the workspace layer an imported event came from; &quot;Tebeqe&quot; as in &quot;Tebeqeyên nexşeyê&quot; (map layers).</translatorcomment>
        <translation>Tebeqe</translation>
    </message>
    <message>
        <source>{shown} of 1 imported event</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>{shown} ji 1 bûyera îthalkirî</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n imported events</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>{shown} ji %n bûyera îthalkirî</numerusform>
            <numerusform>{shown} ji %n bûyerên îthalkirî</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Columns (* required)</source>
        <translation>Stûn (* pêwîst)</translation>
    </message>
    <message>
        <source>Column for {field_label}</source>
        <translation>Stûna {field_label}</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— nayê bikaranîn —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— hilbijêre —</translation>
    </message>
    <message>
        <source>Guessed from the column name; choose another to override</source>
        <translation>Ji navê stûnê hate texmînkirin; ji bo guhertinê yekî din hilbijêre</translation>
    </message>
</context>
<context>
    <name>ControlHistoryHtml</name>
    <message>
        <source>&lt;h3&gt;Control history&lt;/h3&gt;&lt;p class=&apos;muted&apos;&gt;No control records for this place.&lt;/p&gt;</source>
        <extracomment>A picked place this close (degrees, ~1.5 km) to a tracked locality shows its history.</extracomment>
        <translation>&lt;h3&gt;Dîroka kontrolê&lt;/h3&gt;&lt;p class=&apos;muted&apos;&gt;Ji bo vî cihî tu tomarên kontrolê tune ne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>tomar tune</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control history&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Dîroka kontrolê&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;src&quot;&gt;{first} – {last} · as of {day}: &lt;b&gt;{holder}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;src&quot;&gt;{first} – {last} · heta {day}: &lt;b&gt;{holder}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[from a snapshot]</source>
        <translation>[ji wêneyekê]</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>dane tune</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>(ji {date} ve)</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> û {count} yên din</translation>
    </message>
    <message>
        <source>Rests on 1 locality</source>
        <translation>Li ser 1 cihî radiweste</translation>
    </message>
    <message numerus="yes">
        <source>Rests on %n localities</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>Li ser %n cihî radiweste</numerusform>
            <numerusform>Li ser %n cihan radiweste</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;{shown}{tail}. Click a locality&apos;s dot (zoomed in) for its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{shown}{tail}. Ji bo dîroka wê li xala cihekî bitikîne (piştî nêzîkkirinê).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CountryName</name>
    <message>
        <source>Armenia</source>
        <translation>Ermenistan</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbeycan</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Qibris</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Misir</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gurcistan</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Îran</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Îsraîl</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Urdun</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuweyt</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libnan</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Filistîn</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rûsya</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translatorcomment>REVIEW: also &quot;Erebistana Suûdî&quot;.</translatorcomment>
        <translation>Erebistana Siyûdî</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Tirkiye</translation>
    </message>
    <message>
        <source>West Bank</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Şerîeya Rojava</translation>
    </message>
    <message>
        <source>Gaza Strip</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Şirîta Gazzeyê</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>No control-zone data for {date}</source>
        <translation>Ji bo {date} daneyên herêmên kontrolê tune ne</translation>
    </message>
    <message>
        <source> — no data after {date}, the last day sourced</source>
        <translation> — piştî {date} dane tune ye (roja dawî ya ku çavkanî digihînin)</translation>
    </message>
    <message>
        <source>{date} (before)</source>
        <translation>{date} (berê)</translation>
    </message>
    <message>
        <source>{date} (after)</source>
        <translation>{date} (paşê)</translation>
    </message>
    <message>
        <source> — nearest: {dates}</source>
        <translation> — yên herî nêzîk: {dates}</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>unnamed source</source>
        <extracomment>How a source kind reads in a list (state and party media are labelled as such).</extracomment>
        <translation>çavkaniya bênav</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} û {count} yên din</translation>
    </message>
    <message>
        <source>Sources: {names}; full list in {where}.</source>
        <translation>Çavkanî: {names}; lîsteya temam di {where} de.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connect to a Database</source>
        <translation>Bi Danegehekê ve Girêde</translation>
    </message>
    <message>
        <source>PostgreSQL/PostGIS workspace — a URL such as postgresql://user@host/database,
or a libpq service name (service=team). Passwords come from ~/.pgpass or are asked.</source>
        <translation>Qada xebatê ya PostgreSQL/PostGIS — URLyek wek postgresql://user@host/database,
an navê xizmeteke libpq (service=team). Şîfre ji ~/.pgpass têne an têne pirsîn.</translation>
    </message>
    <message>
        <source>Wrong password. </source>
        <translation>Şîfreya xelet. </translation>
    </message>
    <message>
        <source>Password for {workspace}:</source>
        <translation>Şîfre ji bo {workspace}:</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Şîfreya Danegehê</translation>
    </message>
    <message>
        <source>Updating {name}…</source>
        <translation>{name} tê nûkirin…</translation>
    </message>
    <message>
        <source>Could not update the workspace: {message}</source>
        <translation>Qada xebatê nehate nûkirin: {message}</translation>
    </message>
    <message>
        <source>Updated with changes to {name}</source>
        <translation>Bi guhertinên li {name} hate nûkirin</translation>
    </message>
</context>
<context>
    <name>DateControl</name>
    <message>
        <source>As-of date</source>
        <translation>Dîroka hilbijartî</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translatorcomment>REVIEW: Heta (&quot;until&quot;) used for English &quot;as of&quot;; alternatives: &quot;Li gorî&quot;, &quot;Bi roja&quot;. Check usage in Kurmanji media.</translatorcomment>
        <translation>&amp;Heta</translation>
    </message>
    <message>
        <source>Previous event (Alt+Left)</source>
        <translation>Bûyera berê (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Bûyera berê</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>REVIEW: &quot;Demnîgar&quot; is a neologism; alternative &quot;Xeta demê&quot;. Review.</translatorcomment>
        <translation>Demnîgar</translation>
    </message>
    <message>
        <source>Drag to change the as-of date. Ticks above: events; bar below: dates with control data.
Page Up/Down move a month, arrow keys a day.</source>
        <translation>Ji bo guhertina dîroka hilbijartî bikişîne. Nîşaneyên jor: bûyer; xeta jêr: dîrokên bi daneyên kontrolê.
Page Up/Down mehekê, bişkojkên tîran rojekê dibin.</translation>
    </message>
    <message>
        <source>As-of date field</source>
        <translation>Qada dîroka hilbijartî</translation>
    </message>
    <message>
        <source>The date the map, the M4 breakdown and the event list show</source>
        <translation>Dîroka ku nexşe, dabeşkirina M4 û lîsteya bûyeran nîşan didin</translation>
    </message>
    <message>
        <source>Next event (Alt+Right)</source>
        <translation>Bûyera pêş (Alt+Right)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Bûyera pêş</translation>
    </message>
    <message>
        <source>↺ {date}</source>
        <translation>↺ {date}</translation>
    </message>
    <message>
        <source>Reset date</source>
        <translation>Dîrokê vegerîne</translation>
    </message>
    <message>
        <source>Back to {date}, the Moscow defence ministers&apos; meeting (Alt+Home)</source>
        <translation>Vegere {date}, civîna wezîrên parastinê li Moskovayê (Alt+Home)</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Sources</source>
        <extracomment>Area names up to this length are kept on one line in the overview.</extracomment>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Jêgirtin</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Kurtegotin</translation>
    </message>
    <message>
        <source>&lt;p&gt;{head}{body} {tag}&lt;br&gt;&lt;span class=&quot;src&quot;&gt;Source: {sources}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{head}{body} {tag}&lt;br&gt;&lt;span class=&quot;src&quot;&gt;Çavkanî: {sources}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · imported</source>
        <translation> · îthalkirî</translation>
    </message>
    <message>
        <source>&lt;h2&gt;As of {date}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Heta {date}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Click an area on the map, pick an event from the list, or search (Ctrl+F) for a town. Boundaries are approximate reconstructions from reports.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Li ser nexşeyê herêmekê bitikîne, ji lîsteyê bûyerekê hilbijêre, an li bajarokekî bigere (Ctrl+F). Sînor ji raporan bi texmînî hatine sazkirin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who held what&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Kî li ku derê kontrol dikir&lt;/h3&gt;</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;tag&quot;&gt;contested&lt;/span&gt;</source>
        <translatorcomment>REVIEW: &quot;nakok&quot; for contested: review.</translatorcomment>
        <translation> &lt;span class=&quot;tag&quot;&gt;nakok&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>in %n separate pieces</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>di %n perçeyên cuda de</numerusform>
            <numerusform>di %n perçeyên cuda de</numerusform>
        </translation>
    </message>
    <message>
        <source>1 area</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>1 herêm</translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>%n herêm</numerusform>
            <numerusform>%n herêm</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: 1 area the sources do not settle (hatched)</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Dane tune: 1 herêm ku çavkanî ne diyar dikin (xêzkirî)</translation>
    </message>
    <message numerus="yes">
        <source>No data: %n areas the sources do not settle (hatched)</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>Dane tune: %n herêm ku çavkanî ne diyar dikin (xêzkirî)</numerusform>
            <numerusform>Dane tune: %n herêm ku çavkanî ne diyar dikin (xêzkirî)</numerusform>
        </translation>
    </message>
    <message>
        <source>before</source>
        <translation>berê</translation>
    </message>
    <message>
        <source>after</source>
        <translation>paşê</translation>
    </message>
    <message>
        <source> Nearest dates with data: {dates}.</source>
        <translation> Dîrokên herî nêzîk ên bi dane: {dates}.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;&lt;b&gt;No control data for {date}.&lt;/b&gt; The map shows no zones and the M4 breakdown is empty.{nearest} Events are still listed.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a3b12&quot;&gt;&lt;b&gt;Ji bo {date} daneyên kontrolê tune ne.&lt;/b&gt; Nexşe tu herêman nîşan nade û dabeşkirina M4 vala ye.{nearest} Bûyer hîn jî têne rêzkirin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dated source found says who held it on {day} ({zone}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Çavkaniyeke bi dîrok nehat dîtin ku dibêje di {day} de kê kontrol dikir ({zone}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{swatch} Held by &lt;b&gt;{party}&lt;/b&gt; on {day}, in {zone}{contested}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{swatch} Di {day} de di bin kontrola &lt;b&gt;{party}&lt;/b&gt; de, li {zone}{contested}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (contested)</source>
        <translatorcomment>REVIEW: &quot;nakok&quot; for contested/disputed; alternative &quot;li ser nîqaş&quot;. Review.</translatorcomment>
        <translation> (nakok)</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Outside every mapped control zone on {day}.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Di {day} de li derveyî hemû herêmên kontrolê yên li ser nexşeyê.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;{lat:.4f}° N, {lon:.4f}° E · move the date to see who held it at other times.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;{lat:.4f}° B, {lon:.4f}° R · ji bo dîtina kê di demên din de kontrol dikir dîrokê biguhere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>tiştek nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>later</source>
        <translation>paşê</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Di bin kontrola</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>Piştgir</translation>
    </message>
    <message>
        <source>As of</source>
        <translatorcomment>REVIEW: Heta (&quot;until&quot;) for &quot;as of&quot;: see GLOSSARY.md.</translatorcomment>
        <translation>Heta</translation>
    </message>
    <message>
        <source>{date} &lt;span class=&apos;muted&apos;&gt;(this map: {validity})&lt;/span&gt;</source>
        <translation>{date} &lt;span class=&apos;muted&apos;&gt;(ev nexşe: {validity})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Contested: sources disagree on who holds it</source>
        <translation>Nakok: çavkanî li ser kê kontrol dike li hev nakin</translation>
    </message>
    <message>
        <source>No data: no dated source found says who held it</source>
        <translation>Dane tune: çavkaniyeke bi dîrok nehat dîtin ku dibêje kê kontrol dikir</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Rastî</translation>
    </message>
    <message>
        <source>approximate boundary (no accuracy note)</source>
        <translation>sînorê texmînî (nota rastiyê tune)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related events ({count})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bûyerên têkildar ({count})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;None up to this date.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Heta vê dîrokê tune.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Later events not shown: {count:,} after {date} — move the date forward to see them.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Bûyerên paşê yên nayên nîşandan: {count:,} piştî {date} — ji bo dîtinê dîrokê bibe pêş.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Statements ({count}), newest first&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Daxuyanî ({count}), yên herî nû pêşî&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for these events.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Ji bo van bûyeran tu daxuyanî nehatine tomarkirin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older statements: {count}; select their events to read them.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Daxuyaniyên kevntir: {count}; ji bo xwendinê bûyerên wan hilbijêre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imported events here ({count:,}), newest first&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bûyerên îthalkirî li vir ({count:,}), yên herî nû pêşî&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older imported events not listed here: {count:,}. The Events list shows every one, with filters by date, party and kind.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Bûyerên îthalkirî yên kevntir ku li vir nehatine rêzkirin: {count:,}. Lîsteya Bûyeran hemûyan nîşan dide, bi parzûnên li gorî dîrok, alî û cureyê.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Alî</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Origin</source>
        <translatorcomment>REVIEW: &quot;Eslê&quot; for the origin (file/workspace) of an imported event; alternative &quot;Çavkaniya pelê&quot;. Review.</translatorcomment>
        <translation>Eslê</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#0b5e6b&quot;&gt;&lt;b&gt;Imported&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#0b5e6b&quot;&gt;&lt;b&gt;Îthalkirî&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source> from {file}</source>
        <translation> ji {file}</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;muted&quot;&gt;(workspace {origin})&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;muted&quot;&gt;(qada xebatê {origin})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;This event is after the as-of date ({date}).&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a3b12&quot;&gt;Ev bûyer piştî dîroka hilbijartî ye ({date}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;On the map&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Li ser nexşeyê&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>In force {span}</source>
        <translation>Di meriyetê de: {span}</translation>
    </message>
    <message>
        <source>In force {span}: not drawn on {date}</source>
        <translation>Di meriyetê de: {span}; di {date} de li ser nexşeyê nayê nîşandan</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Statements: {count}; parties: {parties}. See &lt;b&gt;Positions&lt;/b&gt;, side by side below the map.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Daxuyanî: {count}; alî: {parties}. Li binê nexşeyê &lt;b&gt;Helwêst&lt;/b&gt; li kêleka hev bibîne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for this event.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Ji bo vê bûyerê tu daxuyanî nehatine tomarkirin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>translated from {language}</source>
        <translation>ji {language} hatiye wergerandin</translation>
    </message>
    <message>
        <source>translated from {language}; English as published by {publisher}</source>
        <translatorcomment>REVIEW: &quot;the English text as the publisher printed it&quot;; alternative &quot;metna Îngilîzî ya {publisher}&quot;.</translatorcomment>
        <translation>ji {language} hatiye wergerandin; bi Îngilîzî wek ku {publisher} weşandiye</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details of the selection</source>
        <translation>Hûrguliyên hilbijartinê</translation>
    </message>
    <message>
        <source>&lt;p&gt;No atlas data loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Daneyên atlasê nehatine barkirin.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>Event filters</source>
        <translation>Parzûnên bûyeran</translation>
    </message>
    <message>
        <source>Filter events by words…</source>
        <translation>Bûyeran bi peyvan parzûn bike…</translation>
    </message>
    <message>
        <source>Filter events by text</source>
        <translation>Bûyeran li gorî nivîsê parzûn bike</translation>
    </message>
    <message>
        <source>Shows events whose title, summary, place or people contain this</source>
        <translation>Bûyerên ku sernav, kurte, cih an kesên wan vê dihewînin nîşan dide</translation>
    </message>
    <message>
        <source>Filter events by party</source>
        <translation>Bûyeran li gorî aliyê parzûn bike</translation>
    </message>
    <message>
        <source>Only events this party took part in</source>
        <translation>Tenê bûyerên ku ev alî beşdar bûye</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Hemû alî</translation>
    </message>
    <message>
        <source>Filter events by kind</source>
        <translation>Bûyeran li gorî cureyê parzûn bike</translation>
    </message>
    <message>
        <source>Only events of this kind</source>
        <translation>Tenê bûyerên vê cureyê</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Hemû cure</translation>
    </message>
    <message>
        <source>Filter events by source grade</source>
        <translation>Bûyeran li gorî pileya çavkaniyê parzûn bike</translation>
    </message>
    <message>
        <source>Only events resting on at least one source of this reliability grade or better (Admiralty grades: A completely reliable .. F cannot be judged; see SOURCES.md)</source>
        <translation>Tenê bûyerên ku bi kêmanî li ser çavkaniyek bi vê pileya pêbaweriyê an baştir in (pileyên Admiralty: A bi tevahî pêbawer .. F nayê nirxandin; li SOURCES.md binêre)</translation>
    </message>
    <message>
        <source>Events from date</source>
        <translation>Bûyer ji dîrokê</translation>
    </message>
    <message>
        <source>Earliest event date (lowest value: any)</source>
        <translation>Dîroka bûyerê ya herî zû (nirxa herî kêm: her)</translation>
    </message>
    <message>
        <source>Events to date</source>
        <translation>Bûyer heta dîrokê</translation>
    </message>
    <message>
        <source>Latest event date (lowest value: any); the as-of date also limits</source>
        <translation>Dîroka bûyerê ya herî dawî (nirxa herî kêm: her); dîroka hilbijartî jî sînor dike</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Paqij bike</translation>
    </message>
    <message>
        <source>Clear event filters</source>
        <translation>Parzûnên bûyeran paqij bike</translation>
    </message>
    <message>
        <source>Show all events up to the as-of date</source>
        <translation>Hemû bûyeran heta dîroka hilbijartî nîşan bide</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Ji</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Heta</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Meeting</source>
        <extracomment>Internal link schemes: clicking them selects a record instead of opening a browser.</extracomment>
        <translation>Civîn</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Serdan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Peyman</translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation>Operasyona leşkerî</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Daxuyanî</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>REVIEW: &quot;Bûyerok&quot; (small event) chosen to differ from &quot;Bûyer&quot; (event); alternative &quot;Qewimîn&quot;. Review.</translatorcomment>
        <translation>Bûyerok</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Yên din</translation>
    </message>
</context>
<context>
    <name>EventKindLabel</name>
    <message>
        <source>Meeting / talks</source>
        <translation>Civîn / danûstandin</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Serdan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Peyman</translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation>Operasyona leşkerî</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Daxuyanî</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>REVIEW: &quot;Bûyerok&quot; (small event) chosen to differ from &quot;Bûyer&quot; (event); alternative &quot;Qewimîn&quot;. Review.</translatorcomment>
        <translation>Bûyerok</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Bûyereke din</translation>
    </message>
</context>
<context>
    <name>EventLayer</name>
    <message>
        <source>{place} (off map)</source>
        <translation>{place} (derveyî nexşeyê)</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Events</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Events up to the as-of date, newest first. Arrow keys select the next event.</source>
        <translation>Bûyer heta dîroka hilbijartî, yên herî nû pêşî. Bişkojkên tîran bûyera din hildibijêrin.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>
Imported from {file} ({origin})</source>
        <translation>
Ji {file} hatiye îthalkirin ({origin})</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>pelek</translation>
    </message>
    <message>
        <source>, imported</source>
        <translation>, îthalkirî</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export &amp;Snapshot…</source>
        <translation>&amp;Wêneyê Derxe…</translation>
    </message>
    <message>
        <source>Save the map as a PNG, PDF or SVG page</source>
        <translation>Nexşeyê wek rûpela PNG, PDF an SVG tomar bike</translation>
    </message>
    <message>
        <source>Export &amp;Web Map…</source>
        <translation>Nexşeya &amp;Webê Derxe…</translation>
    </message>
    <message>
        <source>Save an interactive map as one HTML file that works offline</source>
        <translation>Nexşeyeke înteraktîf wek pelekî HTML yê bê înternet dixebite tomar bike</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Wêneyê Derxe</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Pelên {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Export Web Map</source>
        <translation>Nexşeya Webê Derxe</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Rûpelên webê (*.html)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} tê derxistin…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Derxe</translation>
    </message>
    <message>
        <source>another export, import or workspace change is running</source>
        <translation>derxistin, îthalkirin an guhertina qada xebatê ya din didome</translation>
    </message>
    <message>
        <source>Exported {path} (manifest {name})</source>
        <translation>{path} hate derxistin (manîfesto {name})</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Derxistin bi ser neket</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Northern Syria: areas of control</source>
        <extracomment>The default title of a map that has control zones, and of one that has none on its date.</extracomment>
        <translation>Bakurê Sûriyeyê: herêmên kontrolê</translation>
    </message>
    <message>
        <source>Northern Syria: no control-zone data</source>
        <translation>Bakurê Sûriyeyê: daneyên herêmên kontrolê tune ne</translation>
    </message>
    <message>
        <source>M4 (Latakia–Aleppo–al-Yarubiyah)</source>
        <extracomment>The M4&apos;s legend text: it runs from Latakia through Aleppo, al-Hasakah and Qamishli to the Iraqi border at al-Yarubiyah (reference/m4_vertices.csv); the Hasakah/Qamishli order is disputed, so only the undisputed ends and Aleppo are named.</extracomment>
        <translatorcomment>REVIEW: al-Yarubiyah rendered by its Kurdish name Til Koçer, as Kurdish media name the crossing town. Review.</translatorcomment>
        <translation>M4 (Latakya–Heleb–Til Koçer)</translation>
    </message>
</context>
<context>
    <name>FileInfo</name>
    <message>
        <source>{total:,} features ({counts})</source>
        <translation>{total:,} hêman ({counts})</translation>
    </message>
    <message>
        <source> → imported as {kind}</source>
        <translation> → wek {kind} tê îthalkirin</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>read via &lt;a href=&quot;{url}&quot;&gt;a copy&lt;/a&gt;</source>
        <translation>bi rêya &lt;a href=&quot;{url}&quot;&gt;kopiyekê&lt;/a&gt; hate xwendin</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a33&quot;&gt;&amp;#9888; Rests only on low-grade sources (graded D-F, ungraded, or state/party media for a fact on the ground): treat as unconfirmed.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#a33&quot;&gt;&amp;#9888; Tenê li ser çavkaniyên pileya nizm e (pileya D-F, bê pile, an medyaya dewletê/partiyê ji bo rastiyeke li erdê): wek nepiştrastkirî bigire.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a33&quot;&gt;No source recorded.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#a33&quot;&gt;Tu çavkanî nehatiye tomarkirin.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Furniture</name>
    <message>
        <source>Scale true at {latitude}</source>
        <translation>Pîvan li firehiya {latitude} rast e</translation>
    </message>
    <message>
        <source>Locator: area shown in red</source>
        <translation>Cih: herêma nîşandayî bi sor</translation>
    </message>
</context>
<context>
    <name>Governorate</name>
    <message>
        <source>Aleppo</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Heleb</translation>
    </message>
    <message>
        <source>Al-Hasakah</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Hesekê</translation>
    </message>
    <message>
        <source>Raqqa</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Reqa</translation>
    </message>
    <message>
        <source>Hama</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Hema</translation>
    </message>
    <message>
        <source>Idlib</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Îdlib</translation>
    </message>
    <message>
        <source>Homs</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Hims</translation>
    </message>
    <message>
        <source>Deir ez-Zor</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Dêra Zorê</translation>
    </message>
    <message>
        <source>Rif Dimashq</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Gundewarê Şamê</translation>
    </message>
    <message>
        <source>Latakia</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Lazkiye</translation>
    </message>
    <message>
        <source>Daraa</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Dera</translation>
    </message>
    <message>
        <source>As-Suwayda</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Siwêda</translation>
    </message>
    <message>
        <source>Tartus</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Tertûs</translation>
    </message>
    <message>
        <source>Quneitra</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Qunêtira</translation>
    </message>
    <message>
        <source>Damascus</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Şam</translation>
    </message>
</context>
<context>
    <name>HitTest</name>
    <message>
        <source>no control data on this date</source>
        <extracomment>The M4 stretch under the pixel (who holds it, from which town to which, km), as plain text; the zone under the road is then not the hit.</extracomment>
        <translation>di vê dîrokê de daneyên kontrolê tune ne</translation>
    </message>
    <message>
        <source>from near {start} to near {end}</source>
        <translation>ji nêzîkî {start} heta nêzîkî {end}</translation>
    </message>
    <message>
        <source>{km:.0f} km (km {start:.0f}–{end:.0f} of {total:.0f}, west to east)</source>
        <translation>{km:.0f} km (km {start:.0f}–{end:.0f} ji {total:.0f}, ji rojava ber bi rojhilat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cluster_count:,} imported events&lt;/b&gt; here&lt;br&gt;Click to zoom in</source>
        <translation>&lt;b&gt;{cluster_count:,} bûyerên îthalkirî&lt;/b&gt; li vir&lt;br&gt;Ji bo nêzîkkirinê bitikîne</translation>
    </message>
    <message>
        <source> · imported ({origin})</source>
        <translation> · îthalkirî ({origin})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;+{count} more&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;+{count} zêdetir&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n events here (click: the newest)&lt;br&gt;</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>%n bûyer li vir (bitikîne: ya herî nû)&lt;br&gt;</numerusform>
            <numerusform>%n bûyer li vir (bitikîne: ya herî nû)&lt;br&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (tracked locality)&lt;br&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (cihê şopandî)&lt;br&gt;</translation>
    </message>
    <message>
        <source>in {zone_tip}&lt;br&gt;</source>
        <translation>li {zone_tip}&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click: its control history&lt;/i&gt;</source>
        <translation>&lt;i&gt;Bitikîne: dîroka kontrola wê&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;No dated source found says who held it</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;Çavkaniyeke bi dîrok nehat dîtin ku dibêje kê kontrol dikir</translation>
    </message>
    <message>
        <source> (contested)</source>
        <translatorcomment>REVIEW: &quot;nakok&quot; for contested/disputed; alternative &quot;li ser nîqaş&quot;. Review.</translatorcomment>
        <translation> (nakok)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;Held by {party}{extra}</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;Di bin kontrola {party} de{extra}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Events or Zones</source>
        <translation>Bûyer an Herêman Îthal Bike</translation>
    </message>
    <message>
        <source>Choose a CSV, GeoJSON, KML or GeoPackage file.</source>
        <translation>Pelekî CSV, GeoJSON, KML an GeoPackage hilbijêre.</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Pirsgirêk</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Pirsgirêkên di pelê de hatine dîtin</translation>
    </message>
    <message>
        <source>Adds to workspace: {workspace}</source>
        <translation>Li qada xebatê zêde dike: {workspace}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Îthal bike</translation>
    </message>
    <message>
        <source>A CSV (ACLED export or any sheet), GeoJSON, KML or GPKG</source>
        <translation>CSV (derxistina ACLED an her tabloyek), GeoJSON, KML an GPKG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bigere…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Pel:</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Tebeqe:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Kodkirin:</translation>
    </message>
    <message>
        <source>Text files are read as UTF-8 unless they start with a UTF-16 byte-order mark. Name the encoding of an older file (e.g. Arabic Windows) instead of letting it be guessed: a wrong guess garbles names silently.</source>
        <translation>Pelên nivîsê wek UTF-8 têne xwendin, heke bi nîşaneya rêza baytan a UTF-16 dest pê nekin. Kodkirina pelekî kevn (mînak Windowsa Erebî) binav bike li şûna ku were texmînkirin: texmîneke şaş navan bêdeng xera dike.</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Îthal bike &amp;wek:</translation>
    </message>
    <message>
        <source>First &amp;rows of the file (up to {rows})</source>
        <translation>&amp;Rêzên pêşîn ên pelê (heta {rows})</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Pelekê Îthal Bike</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} tê xwendin…</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation>Ev pel bi vî awayî nayê îthalkirin.</translation>
    </message>
    <message>
        <source>Required: choose the column that holds “{field}”.</source>
        <translation>Pêwîst: stûna ku “{field}” dihewîne hilbijêre.</translation>
    </message>
    <message>
        <source>No problems in the first {rows} rows: they become {count} zones. The whole file is checked when you import; if any row is bad nothing is written.</source>
        <translation>Di {rows} rêzên pêşîn de pirsgirêk tune: dibin {count} herêm. Dema îthalkirinê hemû pel tê kontrolkirin; heke rêzek xelet be tiştek nayê nivîsandin.</translation>
    </message>
    <message>
        <source>No problems in the first {rows} rows: they become {count} events. The whole file is checked when you import; if any row is bad nothing is written.</source>
        <translation>Di {rows} rêzên pêşîn de pirsgirêk tune: dibin {count} bûyer. Dema îthalkirinê hemû pel tê kontrolkirin; heke rêzek xelet be tiştek nayê nivîsandin.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Firehî</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Dirêjahî</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sernav</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Cureyê bûyerê</translation>
    </message>
    <message>
        <source>Sub-type</source>
        <translation>Binecure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <source>Province (admin1)</source>
        <translation>Parêzgeh (admin1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Aktor 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Aktor 2</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Hejmara kuştiyan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URLya çavkaniyê</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Kontrolker</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Derbasdar ji</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Derbasdar heta</translation>
    </message>
    <message>
        <source>Area id</source>
        <translation>Nasnameya herêmê</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>Piştgir</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Rastî</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Nakok</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or UTF-16 with a byte-order mark)</source>
        <extracomment>(label, codec name or None for the importer&apos;s own rule), for the encoding picker.</extracomment>
        <translation>Xweber (UTF-8, an UTF-16 bi nîşaneya rêza baytan)</translation>
    </message>
    <message>
        <source>Arabic – Windows (cp1256)</source>
        <translation>Erebî – Windows (cp1256)</translation>
    </message>
    <message>
        <source>Arabic – ISO-8859-6</source>
        <translation>Erebî – ISO-8859-6</translation>
    </message>
    <message>
        <source>Turkish – Windows (cp1254)</source>
        <translation>Tirkî – Windows (cp1254)</translation>
    </message>
    <message>
        <source>Western – Windows (cp1252)</source>
        <translation>Rojavayî – Windows (cp1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Xweber</translation>
    </message>
    <message>
        <source>Events (points or rows with coordinates)</source>
        <translation>Bûyer (xal an rêzên bi koordînatan)</translation>
    </message>
    <message>
        <source>Zones (polygons with a controller and dates)</source>
        <translation>Herêm (pirgoşeyên bi kontrolker û dîrokan)</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;GeoPackage (*.gpkg);;All files (*)</source>
        <translation>Pelên daneyan (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;GeoPackage (*.gpkg);;Hemû pel (*)</translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <source>Imported 1 zone from {file} into {workspace}</source>
        <extracomment>The stages an import reports as its progress message; only reading may be cancelled.</extracomment>
        <translation>1 herêm ji {file} hate îthalkirin bo {workspace}</translation>
    </message>
    <message>
        <source>Imported {count:,} zones from {file} into {workspace}</source>
        <translation>{count:,} herêm ji {file} hatin îthalkirin bo {workspace}</translation>
    </message>
    <message>
        <source>Imported 1 event from {file} into {workspace}</source>
        <translation>1 bûyer ji {file} hate îthalkirin bo {workspace}</translation>
    </message>
    <message>
        <source>Imported {count:,} events from {file} into {workspace}</source>
        <translation>{count:,} bûyer ji {file} hatin îthalkirin bo {workspace}</translation>
    </message>
    <message>
        <source> ({count:,} replaced an earlier import with the same id)</source>
        <translation> ({count:,} şûna îthalkirineke berê ya bi heman nasnameyê girtin)</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>îthalkirin hate betalkirin; tiştek nehate nivîsandin</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>Erebî</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Tirkî</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdî</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Farisî</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rûsî</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Îbranî</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransî</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Îngilîzî</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Map layers</source>
        <translation>Tebeqeyên nexşeyê</translation>
    </message>
    <message>
        <source>Tick a layer to show it on the map (Space toggles the current layer)</source>
        <translation>Tebeqeyekê nîşan bike da ku li ser nexşeyê xuya bibe (Space tebeqeya niha vedike/digire)</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Layers a user can switch off, in the order the layer list shows them (top first); titles are translated where shown (context LayerList).</extracomment>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>Bûyerên îthalkirî</translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation>Otobana M4</translation>
    </message>
    <message>
        <source>2020 M4 security corridor</source>
        <translation>Korîdora ewlehiyê ya M4 (2020)</translation>
    </message>
    <message>
        <source>2018 demilitarised zone (Sochi)</source>
        <translatorcomment>REVIEW: Kurmanji term for the Sochi memorandum&apos;s zone (herêma bêçek); see GLOSSARY.</translatorcomment>
        <translation>Herêma bêçek a 2018 (Soçî)</translation>
    </message>
    <message>
        <source>Control zones</source>
        <translation>Herêmên kontrolê</translation>
    </message>
    <message>
        <source>Localities (control records)</source>
        <translation>Cih (tomarên kontrolê)</translation>
    </message>
    <message>
        <source>Imported zones</source>
        <translation>Herêmên îthalkirî</translation>
    </message>
    <message>
        <source>Zone labels</source>
        <translation>Etîketên herêman</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Bajarok</translation>
    </message>
    <message>
        <source>Town names in both scripts</source>
        <translation>Navên bajarokan bi her du alfabeyan</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Navên welatan</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Çem</translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation>Gol</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>Graticule</source>
        <translation>Tora hêlên erdnîgarî</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Boundaries approximate</source>
        <translation>Sînor texmînî ne</translation>
    </message>
    <message>
        <source>Control as of {date}</source>
        <translation>Kontrol heta {date}</translation>
    </message>
    <message>
        <source>International border</source>
        <translation>Sînorê navneteweyî</translation>
    </message>
    <message>
        <source>Governorate boundary</source>
        <translation>Sînorê parêzgehê</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Çem</translation>
    </message>
    <message>
        <source>2018 demilitarised zone (Sochi), computed</source>
        <translatorcomment>REVIEW: Kurmanji term for the Sochi memorandum&apos;s zone (herêma bêçek); see GLOSSARY.</translatorcomment>
        <translation>Herêma bêçek a 2018 (Soçî), hesabkirî</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Nakok</translation>
    </message>
    <message>
        <source>No control-zone data for this date</source>
        <translation>Ji bo vê dîrokê daneyên herêmên kontrolê tune ne</translation>
    </message>
    <message>
        <source>Gained since {date}</source>
        <translation>Ji {date} ve hatiye bidestxistin</translation>
    </message>
    <message>
        <source>No ground changed hands</source>
        <translation>Tu erd dest neguherand</translation>
    </message>
    <message>
        <source>Agreed zones</source>
        <translatorcomment>REVIEW: Kurmanji term for the Sochi memorandum&apos;s zone (herêma bêçek); see GLOSSARY.</translatorcomment>
        <translation>Herêmên lihevkirî</translation>
    </message>
    <message>
        <source>Events to this date ({count})</source>
        <translation>Bûyer heta vê dîrokê ({count})</translation>
    </message>
    <message>
        <source>Imported events ({count})</source>
        <translation>Bûyerên îthalkirî ({count})</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Nexşeya bingehîn</translation>
    </message>
    <message>
        <source>2020 security corridor</source>
        <extracomment>The agreed zone&apos;s name as the legend and the layer list give it (the DMZ&apos;s says &quot;computed&quot;).</extracomment>
        <translation>Korîdora ewlehiyê (2020)</translation>
    </message>
    <message>
        <source>M4 by controller: {km:,.0f} km</source>
        <translation>M4 li gorî kontrolkerê: {km:,.0f} km</translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation>Otobana M4</translation>
    </message>
    <message>
        <source>Rests only on low-grade sources</source>
        <translation>Tenê li ser çavkaniyên pileya nizm e</translation>
    </message>
    <message>
        <source>Cluster (number of events)</source>
        <translation>Kom (hejmara bûyeran)</translation>
    </message>
</context>
<context>
    <name>LegendView</name>
    <message>
        <source>Map legend</source>
        <translatorcomment>REVIEW: &quot;Rêber&quot; for map legend: review.</translatorcomment>
        <translation>Rêbera nexşeyê</translation>
    </message>
</context>
<context>
    <name>M4Breakdown</name>
    <message>
        <source>Measuring the M4…</source>
        <translation>M4 tê pîvandin…</translation>
    </message>
    <message>
        <source>M4 control breakdown</source>
        <translation>Dabeşkirina kontrola M4</translation>
    </message>
    <message>
        <source>&lt;b&gt;M4 control&lt;/b&gt; as of {date}</source>
        <translation>&lt;b&gt;Kontrola M4&lt;/b&gt; heta {date}</translation>
    </message>
    <message>
        <source>No atlas data loaded.</source>
        <translation>Daneyên atlasê nehatine barkirin.</translation>
    </message>
    <message>
        <source>No control data for {date}.</source>
        <translation>Ji bo {date} daneyên kontrolê tune ne.</translation>
    </message>
    <message>
        <source>Length of the M4 inside each controller&apos;s zone, rounded to what the line supports: the road is drawn as straight segments between towns (±10 %), and zone boundaries are approximate, so the split is too.</source>
        <translation>Dirêjahiya M4 di herêma her kontrolkerî de, li gorî ku xet destûr dide girover kirî: rê wek perçeyên rast di navbera bajarokan de hatiye xêzkirin (±10 %), û sînorên herêman texmînî ne, loma dabeşkirin jî wisa ye.</translation>
    </message>
    <message>
        <source>{name}: {km}, {share:.0f} percent</source>
        <translation>{name}: {km}, ji sedî {share:.0f}</translation>
    </message>
    <message>
        <source>Outside mapped zones</source>
        <translation>Li derveyî herêmên li ser nexşeyê</translation>
    </message>
</context>
<context>
    <name>M4Strip</name>
    <message>
        <source>M4 control strip, west to east</source>
        <translation>Xeta kontrola M4, ji rojava ber bi rojhilat</translation>
    </message>
    <message>
        <source>W · Latakia</source>
        <translatorcomment>REVIEW: Full words (Rojava/Rojhilat): both abbreviate to R. Review.</translatorcomment>
        <translation>Rojava · Latakya</translation>
    </message>
    <message>
        <source>Iraq · E</source>
        <translation>Iraq · Rojhilat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>Atlasa Bakurê Sûriyeyê</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Hilbijartin</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Cihê nîşanderê</translation>
    </message>
    <message>
        <source>No town, area or event matches “{text}”: try another spelling or fewer letters.</source>
        <translation>Tu bajarok, herêm an bûyer li “{text}” nayê: rastnivîseke din an tîpên kêmtir biceribîne.</translation>
    </message>
    <message>
        <source>Click an area or an event marker · drag to pan · wheel to zoom · Ctrl+F to search</source>
        <translation>Herêmekê an nîşaneya bûyerê bitikîne · ji bo livandinê bikişîne · teker ji bo nêzîkkirinê · Ctrl+F ji bo lêgerînê</translation>
    </message>
    <message>
        <source>no mapped controller</source>
        <translation>kontrolkerê li ser nexşeyê tune</translation>
    </message>
    <message>
        <source>{place}: held by {party} on {date}</source>
        <translation>{place}: di {date} de di bin kontrola {party} de</translation>
    </message>
    <message>
        <source>{zone} — held by {party} · Esc clears</source>
        <translation>{zone} — di bin kontrola {party} de · Esc paqij dike</translation>
    </message>
    <message>
        <source>{date} — {title} · Esc clears</source>
        <translation>{date} — {title} · Esc paqij dike</translation>
    </message>
    <message>
        <source>About Northern Syria Atlas</source>
        <translation>Derbarê Atlasa Bakurê Sûriyeyê</translation>
    </message>
    <message>
        <source>&lt;b&gt;Northern Syria Atlas&lt;/b&gt; {version}&lt;br&gt;Who holds what in northern Syria, where the M4 runs, and what each party said at the talks.&lt;br&gt;&lt;br&gt;Base map: {attribution}&lt;br&gt;Control zones are approximate reconstructions; every zone, event and statement lists its sources.</source>
        <translation>&lt;b&gt;Atlasa Bakurê Sûriyeyê&lt;/b&gt; {version}&lt;br&gt;Li bakurê Sûriyeyê kî li ku derê kontrol dike, M4 di ku re derbas dibe, û her alî di danûstandinan de çi got.&lt;br&gt;&lt;br&gt;Nexşeya bingehîn: {attribution}&lt;br&gt;Herêmên kontrolê sazkirinên texmînî ne; her herêm, bûyer û daxuyanî çavkaniyên xwe nîşan dide.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Nexşe</translation>
    </message>
    <message>
        <source>Map of northern Syria. Drag or arrow keys to pan, wheel or plus/minus to zoom, click a zone or event to select it, Escape to clear the selection.</source>
        <translation>Nexşeya bakurê Sûriyeyê. Ji bo livandinê bikişîne an bişkojkên tîran, ji bo nêzîkkirinê teker an zêde/kêm, ji bo hilbijartinê herêmek an bûyerek bitikîne, Escape ji bo rakirina hilbijartinê.</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Measuring: click points on the map; Esc ends</source>
        <translation>Pîvandin: li ser nexşeyê xalan bitikîne; Esc diqedîne</translation>
    </message>
    <message>
        <source>Distance {km:,.1f} km</source>
        <translation>Dûrahî {km:,.1f} km</translation>
    </message>
    <message>
        <source> · area {area:,.1f} km² (closing the shape)</source>
        <translation> · rûber {area:,.1f} km² (bi girtina şiklê)</translation>
    </message>
    <message>
        <source> · 1 point; Esc ends</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation> · 1 xal; Esc diqedîne</translation>
    </message>
    <message numerus="yes">
        <source> · %n points; Esc ends</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform> · %n xal; Esc diqedîne</numerusform>
            <numerusform> · %n xal; Esc diqedîne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCard</name>
    <message>
        <source>Positions of {name}</source>
        <translation>Helwêstên {name}</translation>
    </message>
    <message>
        <source>1 statement</source>
        <translation>1 daxuyanî</translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>%n daxuyanî</numerusform>
            <numerusform>%n daxuyanî</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n} quoted</source>
        <translation>, {n} jêgirtin</translation>
    </message>
    <message>
        <source>Statements by {name}</source>
        <translation>Daxuyaniyên {name}</translation>
    </message>
</context>
<context>
    <name>PartyName</name>
    <message>
        <source>Control not settled in the sources</source>
        <extracomment>Names for controller ids that may appear in zone data without a party record of their own.</extracomment>
        <translation>Kontrol di çavkaniyan de ne diyar e</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Dane tune</translation>
    </message>
    <message>
        <source>No control data</source>
        <extracomment>What an M4 stretch in no zone is held by.</extracomment>
        <translation>Daneyên kontrolê tune ne</translation>
    </message>
</context>
<context>
    <name>PlaybackControl</name>
    <message>
        <source>1 day</source>
        <extracomment>Frames whose territory is derived ahead while playing (two seconds of play). Days per frame offered, and their labels.</extracomment>
        <translation>1 roj</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 hefte</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 meh</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meh</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Bilîze</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Bilîze</translation>
    </message>
    <message>
        <source>Animate the map from the as-of date onwards (10 frames/s)</source>
        <translation>Nexşeyê ji dîroka hilbijartî û pê ve bilivîne (10 çarçove/s)</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Gava lîstinê</translation>
    </message>
    <message>
        <source>How far the date moves per frame</source>
        <translation>Dîrok di her çarçoveyê de çiqas pêş diçe</translation>
    </message>
    <message>
        <source>{label}/frame</source>
        <translation>{label}/çarçove</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Berhevkirin</translation>
    </message>
    <message>
        <source>Keep this day and hatch what changed hands as you move the date (gains in the gainer&apos;s colour)</source>
        <translation>Vê rojê bigire û dema dîrokê diguherînî cihên ku dest guherandine xêz bike (bidestxistin bi rengê aliyê bidestxistî)</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>❚❚ Rawestîne</translation>
    </message>
    <message>
        <source>since {earlier} → {date}</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>ji {earlier} ve → {date}</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Positions each party stated</source>
        <translation>Helwêstên ku her alî ragihandine</translation>
    </message>
    <message>
        <source>What each party said — {title} ({date})</source>
        <translation>Tiştê her alî got — {title} ({date})</translation>
    </message>
    <message>
        <source>What each party said about events concerning {name}</source>
        <translation>Tiştê her alî li ser bûyerên têkildarî {name} got</translation>
    </message>
    <message>
        <source>: no statements recorded.</source>
        <translation>: tu daxuyanî nehatine tomarkirin.</translation>
    </message>
    <message>
        <source>Select an event (or a zone) to compare what each party stated, side by side.</source>
        <translation>Bûyerekê (an herêmekê) hilbijêre da ku tiştê her alî ragihandiye li kêleka hev bidî ber hev.</translation>
    </message>
    <message>
        <source>Party whose statements are shown</source>
        <translation>Aliyê ku daxuyaniyên wî têne nîşandan</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the file&apos;s first rows</source>
        <translation>Pêşdîtina rêzên pêşîn ên pelê</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <source>Float</source>
        <translatorcomment>REVIEW: detach the panel from the window (&quot;float&quot;).</translatorcomment>
        <translation>Veqetîne</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Panelê digire</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Panelê ji pencereyê vediqetîne û dîsa pê ve dike</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>REVIEW: Qt ships no Kurdish catalogue; standard button texts chosen for this atlas. Alternative: &quot;Temam&quot;.</translatorcomment>
        <translation>Baş e</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>REVIEW: alternative &quot;Dev jê berde&quot;.</translatorcomment>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Erê</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>REVIEW: &quot;apply (settings)&quot;.</translatorcomment>
        <translation>Bisepîne</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Vegerîne</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Alîkarî</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Herêm</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Search places, areas and events</source>
        <translation>Li cih, herêm û bûyeran bigere</translation>
    </message>
    <message>
        <source>Search towns, areas, events…  (Ctrl+F)</source>
        <translation>Li bajarok, herêm, bûyeran bigere…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a town by any spelling (Kobani, Ayn al-Arab; Qamishli, Qamishlo), an area or an event. Enter picks the first suggestion.</source>
        <translation>Bajarokekî bi her rastnivîsê (Kobani, Ayn al-Arab; Qamishli, Qamishlo), herêmekê an bûyerekê bibîne. Enter pêşniyara yekem hildibijêre.</translation>
    </message>
    <message>
        <source>Search suggestions</source>
        <translation>Pêşniyarên lêgerînê</translation>
    </message>
    <message>
        <source>Nothing matches {text}</source>
        <translation>Tiştek li {text} nayê</translation>
    </message>
</context>
<context>
    <name>SearchKind</name>
    <message>
        <source>village</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>gund</translation>
    </message>
    <message>
        <source>town</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>bajarok</translation>
    </message>
    <message>
        <source>city</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>bajar</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>tax</translation>
    </message>
    <message>
        <source>installation</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>sazgeh</translation>
    </message>
    <message>
        <source>base</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>baregeha leşkerî</translation>
    </message>
    <message>
        <source>airbase</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>baregeha hewayî</translation>
    </message>
    <message>
        <source>airport</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>balafirgeh</translation>
    </message>
    <message>
        <source>oilfield</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>zeviya petrolê</translation>
    </message>
    <message>
        <source>dam</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>bendav</translation>
    </message>
    <message>
        <source>bridge</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>pir</translation>
    </message>
    <message>
        <source>junction</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>xaçerê</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>deriyê sînor</translation>
    </message>
    <message>
        <source>venue</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>cihê civînê</translation>
    </message>
    <message>
        <source>the Golan Heights (occupied by Israel)</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Bilindahiyên Golanê (di bin dagirkeriya Îsraîlê de)</translation>
    </message>
    <message>
        <source>Jerusalem (status disputed)</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>Quds (statuya wê nakokî ye)</translation>
    </message>
    <message>
        <source>coordinates (latitude, longitude)</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>koordînat (firehî, dirêjî)</translation>
    </message>
    <message>
        <source>town in {region}</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>bajarokek li {region}</translation>
    </message>
    <message>
        <source>also {names}</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>herwiha {names}</translation>
    </message>
    <message>
        <source>from {month}</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>ji {month} ve</translation>
    </message>
    <message>
        <source>area held by {party}</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>herêma di destê {party} de</translation>
    </message>
    <message>
        <source>imported</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>hatiye barkirin</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search towns, areas and events</source>
        <translation>Li bajarok, herêm û bûyeran bigere</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Hilbijartinê rake</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Çep / Alt+Rast</translation>
    </message>
    <message>
        <source>Previous / next event (moves the date)</source>
        <translation>Bûyera berê / pêş (dîrokê diguhere)</translation>
    </message>
    <message>
        <source>Reset the date to 25 Apr 2023</source>
        <translation>Dîrokê vegerîne 25ê nîsana 2023an</translation>
    </message>
    <message>
        <source>Edit the as-of date</source>
        <translation>Dîroka hilbijartî biguhere</translation>
    </message>
    <message>
        <source>Go to the map / event list / details</source>
        <translation>Here nexşeyê / lîsteya bûyeran / hûrguliyan</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Li hilbijartinê nêzîk bike</translation>
    </message>
    <message>
        <source>Measure distance and area: click points; Esc ends</source>
        <translation>Dûrahî û rûberê bipîve: xalan bitikîne; Esc diqedîne</translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation>Ji pelekê bûyer an herêman îthal bike</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Qadeke xebatê veke</translation>
    </message>
    <message>
        <source>Arrow keys (map)</source>
        <translation>Bişkojkên tîran (nexşe)</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Bilivîne</translation>
    </message>
    <message>
        <source>+ / −, wheel</source>
        <translation>+ / −, teker</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Nêzîk / dûr bike</translation>
    </message>
    <message>
        <source>Ctrl+0 or Home (map)</source>
        <translation>Ctrl+0 an Home (nexşe)</translation>
    </message>
    <message>
        <source>Zoom to the whole region</source>
        <translation>Li hemû herêmê nêzîk bike</translation>
    </message>
    <message>
        <source>Up / Down (event list)</source>
        <translation>Jor / Jêr (lîsteya bûyeran)</translation>
    </message>
    <message>
        <source>Select the previous / next event in the list</source>
        <translation>Di lîsteyê de bûyera berê / pêş hilbijêre</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Di navbera kontrolan de biçe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kurteriyên klavyeyê</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>As of {date}</source>
        <extracomment>Set when the as-of date has no control zones (shown or not): the manifest records it.</extracomment>
        <translatorcomment>REVIEW: Heta {date} for &quot;as of {date}&quot;: see GLOSSARY.md.</translatorcomment>
        <translation>Heta {date}</translation>
    </message>
    <message>
        <source>Changes between {early} and {late} (hatched: gains)</source>
        <translation>Guhertinên di navbera {early} û {late} de (xêzkirî: bidestxistin)</translation>
    </message>
    <message>
        <source>Selected: {selection}</source>
        <translation>Hilbijartî: {selection}</translation>
    </message>
    <message>
        <source>parties {ids}</source>
        <translation>alî {ids}</translation>
    </message>
    <message>
        <source>kinds {ids}</source>
        <translation>cure {ids}</translation>
    </message>
    <message>
        <source>text “{text}”</source>
        <translation>nivîs “{text}”</translation>
    </message>
    <message>
        <source>Events filtered: </source>
        <translation>Bûyerên parzûnkirî: </translation>
    </message>
    <message>
        <source>Base map: {attribution}.</source>
        <translation>Nexşeya bingehîn: {attribution}.</translation>
    </message>
    <message>
        <source> Zone boundaries are approximate, reconstructed from the sources.</source>
        <translation> Sînorên herêman texmînî ne, ji çavkaniyan hatine sazkirin.</translation>
    </message>
    <message>
        <source>Northern Syria Atlas {version}, data {data}.{approximate} View and command: {manifest_name}.</source>
        <translation>Atlasa Bakurê Sûriyeyê {version}, dane {data}.{approximate} Dîtin û ferman: {manifest_name}.</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>Nexşe tê xêzkirin</translation>
    </message>
    <message>
        <source>Drawing the legend</source>
        <translation>Rêber tê xêzkirin</translation>
    </message>
    <message>
        <source>Laying out the page</source>
        <translation>Rûpel tê amadekirin</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>Manîfesto tê nivîsandin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Qediya</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Pel tê tomarkirin</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>PNG image</source>
        <translation>Wêneya PNG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Belgeya PDF (vektor)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Xêzkirina SVG (vektor)</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Wêneyê Derxe</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Current window ({width}×{height})</source>
        <translation>Paceya niha ({width}×{height})</translation>
    </message>
    <message>
        <source>Pixels…</source>
        <translation>Pîksel…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Mezinahî:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> pîksel</translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation>&amp;Pîksel:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Dots per inch: 300 for print, 96 for the screen</source>
        <translation>Xal di înçê de: 300 ji bo çapê, 96 ji bo ekranê</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Çareserî:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Sernav:</translation>
    </message>
    <message>
        <source>Locator inset map</source>
        <translation>Nexşeya piçûk a cih</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Derxe…</translation>
    </message>
</context>
<context>
    <name>SourceGrade</name>
    <message>
        <source>Any source grade</source>
        <extracomment>The grade filter&apos;s choices: (label, minimum grade or None for all).</extracomment>
        <translation>Her pileya çavkaniyê</translation>
    </message>
    <message>
        <source>Sources graded A-B</source>
        <translation>Çavkaniyên bi pileya A-B</translation>
    </message>
    <message>
        <source>Sources graded A-C</source>
        <translation>Çavkaniyên bi pileya A-C</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>official</source>
        <extracomment>How a source&apos;s kind is named where it is shown: state and party media are labelled as such.</extracomment>
        <translation>fermî</translation>
    </message>
    <message>
        <source>wire agency</source>
        <translation>ajansa nûçeyan</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>rojname</translation>
    </message>
    <message>
        <source>monitor</source>
        <translatorcomment>REVIEW: &quot;çavdêr&quot; for a conflict monitor (e.g. SOHR). Review.</translatorcomment>
        <translation>çavdêr</translation>
    </message>
    <message>
        <source>NGO / UN</source>
        <translatorcomment>REVIEW: RNH (Rêxistina Ne-Hikûmî) / NY (Neteweyên Yekbûyî): abbreviations less common than NGO/UN in Kurmanji text. Review.</translatorcomment>
        <translation>RNH / NY</translation>
    </message>
    <message>
        <source>research</source>
        <translation>lêkolîn</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>medyaya dewletê</translation>
    </message>
    <message>
        <source>party media</source>
        <translation>medyaya partiyê</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>koma daneyan</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>bê pile</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Data sources and attribution</source>
        <translation>Çavkaniyên daneyan û atrîbûsyon</translation>
    </message>
    <message>
        <source>**Base map:** {attribution}</source>
        <translation>**Nexşeya bingehîn:** {attribution}</translation>
    </message>
    <message>
        <source>Control zones are approximate reconstructions from written reports; every zone, event and statement in the panel lists its own sources (click them). A quote is verbatim from its source; everything else is marked as a paraphrase.</source>
        <translation>Herêmên kontrolê ji raporên nivîskî bi texmînî hatine sazkirin; her herêm, bûyer û daxuyanî di panelê de çavkaniyên xwe nîşan dide (bitikîne). Jêgirtin peyv bi peyv ji çavkaniya xwe ye; yên din wek kurtegotin hatine nîşankirin.</translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <source>&amp;Events: {shown} of {total} up to {day}</source>
        <translation>&amp;Bûyer: {shown} ji {total} heta {day}</translation>
    </message>
    <message>
        <source> ({imported} imported)</source>
        <translation> ({imported} îthalkirî)</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (parzûnkirî)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>cannot read or write a file: {reason}</source>
        <extracomment>``progress(done, total, message)``: total 0 means &quot;no measure&quot;; the message says what runs. How long work runs before its progress dialog shows (no flash for quick work).</extracomment>
        <translation>pelek nayê xwendin an nivîsandin: {reason}</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error}</source>
        <translation>xeletiya navxweyî: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <source>Building the web map</source>
        <translation>Nexşeya webê tê çêkirin</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Pel tê nivîsandin</translation>
    </message>
</context>
<context>
    <name>WebMap</name>
    <message>
        <source>{title} — as of {date}</source>
        <extracomment>Zoom limits: without tiles folium sets none, and the marker clusters need a maximum zoom.</extracomment>
        <translation>{title} — heta {date}</translation>
    </message>
    <message>
        <source>Online map tiles (OpenStreetMap; needs internet)</source>
        <translation>Kaşiyên nexşeyê yên serhêl (OpenStreetMap; înternet pêwîst e)</translation>
    </message>
    <message>
        <source>Base map: {attribution}</source>
        <translation>Nexşeya bingehîn: {attribution}</translation>
    </message>
    <message>
        <source>Imported ({origin})</source>
        <translation>Îthalkirî ({origin})</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Çavkanî:</translation>
    </message>
    <message>
        <source>Zone labels</source>
        <extracomment>Hides labels that would overlap one drawn before them (zone names first, then towns, most populous first: their order in the page), after every zoom or move. A zone name also gives way to the event markers and clusters: it is the least precise text on the map. Measured again once the page&apos;s fonts have loaded: an Arabic name measured in the fallback font before the bundled Noto Sans Arabic arrives is narrower than drawn, and overlapped a town.</extracomment>
        <translation>Etîketên herêman</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Rêber</translation>
    </message>
    <message>
        <source>Held in {place} (off the map)</source>
        <translation>Cihê lidarxistinê: {place} (li derveyî nexşeyê)</translation>
    </message>
    <message>
        <source>Held in {place}</source>
        <translation>Cihê lidarxistinê: {place}</translation>
    </message>
    <message>
        <source>What each party said</source>
        <translation>Tiştê her alî got</translation>
    </message>
    <message>
        <source>No statements recorded for this event.</source>
        <translation>Ji bo vê bûyerê tu daxuyanî nehatine tomarkirin.</translation>
    </message>
    <message>
        <source>Governorates</source>
        <extracomment>Towns labelled on the web map: the larger ones, so labels stay legible at every zoom.</extracomment>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation>Gol</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Çem</translation>
    </message>
    <message>
        <source>Countries (offline base map)</source>
        <translation>Welat (nexşeya bingehîn a derhêl)</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Bajarok</translation>
    </message>
    <message>
        <source>Imported events to {date} ({count})</source>
        <translation>Bûyerên îthalkirî heta {date} ({count})</translation>
    </message>
    <message>
        <source>Events to {date} ({count})</source>
        <translation>Bûyer heta {date} ({count})</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Bûyera hilbijartî</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Heta {date}</translation>
    </message>
    <message>
        <source>Selected: {name}</source>
        <translation>Hilbijartî: {name}</translation>
    </message>
    <message>
        <source>this panel</source>
        <translation>vê panelê</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Çavkanî ({count})</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>open</source>
        <translation>vekirî</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Kontrolker</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Heta</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Derbasdar</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Rastî</translation>
    </message>
    <message>
        <source>approximate (boundary reconstructed from reports)</source>
        <translation>texmînî (sînor ji raporan ji nû ve hatiye xêzkirin)</translation>
    </message>
    <message>
        <source>Backed by</source>
        <translation>Piştgir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>nakok</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>jêgirtin</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>kurtegotin</translation>
    </message>
    <message>
        <source>source</source>
        <translation>çavkanî</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Daxuyanî</translation>
    </message>
    <message>
        <source>Control along the road, {date}</source>
        <translation>Kontrol li ser rê, {date}</translation>
    </message>
    <message>
        <source>Date of the control map</source>
        <translation>Dîroka nexşeya kontrolê</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translatorcomment>REVIEW: &quot;Rêber&quot; (guide) for map legend; alternative &quot;Şîrove&quot;. Review.</translatorcomment>
        <translation>&lt;b&gt;Rêber&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tebeqe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Base map: {attribution}</source>
        <translation>Nexşeya bingehîn: {attribution}</translation>
    </message>
    <message>
        <source>Base map attribution</source>
        <translation>Atrîbûsyona nexşeya bingehîn</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>The share of the window&apos;s width the map keeps at the start, at any window size, and when the window is made narrower (the side panels give up room before the map does).</extracomment>
        <translation>Nexşe</translation>
    </message>
    <message>
        <source>Talks and events</source>
        <translation>Danûstandin û bûyer</translation>
    </message>
    <message>
        <source>Positions stated, side by side</source>
        <translation>Helwêstên ragihandî, li kêleka hev</translation>
    </message>
    <message>
        <source>Attribute table (imported events)</source>
        <translation>Tabloya taybetmendiyan (bûyerên îthalkirî)</translation>
    </message>
</context>
<context>
    <name>WindowLanguage</name>
    <message>
        <source>The language changes when the export has finished; choose it again.</source>
        <translation>Ziman piştî qedandina derxistinê diguhere; dîsa hilbijêre.</translation>
    </message>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>Atlasa Bakurê Sûriyeyê</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Pel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Derkeve</translation>
    </message>
    <message>
        <source>Quit the atlas</source>
        <translation>Ji atlasê derkeve</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Alîkarî</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Attribution…</source>
        <translation>&amp;Çavkaniyên Daneyan û Atrîbûsyon…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Kurteriyên Klavyeyê…</translation>
    </message>
    <message>
        <source>&amp;About Northern Syria Atlas</source>
        <translation>&amp;Derbarê Atlasa Bakurê Sûriyeyê</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Dîtin</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Nêzîk Bike</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Nêzîk bike</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Dûr Bike</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dûr bike</translation>
    </message>
    <message>
        <source>Zoom to &amp;Region</source>
        <translation>Li &amp;Herêmê Nêzîk Bike</translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation>Hemû herêmê nîşan bide</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Li &amp;Hilbijartinê Nêzîk Bike</translation>
    </message>
    <message>
        <source>Zoom to what is selected</source>
        <translation>Li tiştê hilbijartî nêzîk bike</translation>
    </message>
    <message>
        <source>&amp;Measure Distance and Area</source>
        <translation>Dûrahî û Rûberê &amp;Bipîve</translation>
    </message>
    <message>
        <source>Click points on the map: geodesic distance and enclosed area (Esc ends)</source>
        <translation>Li ser nexşeyê xalan bitikîne: dûrahiya jeodezîk û rûbera dorpêçkirî (Esc diqedîne)</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;Tora erdnîgarî</translation>
    </message>
    <message>
        <source>Meridians and parallels with degree labels, spaced by the zoom</source>
        <translation>Hêlên dirêjahî û firehiyê bi etîketên pileyan, li gorî nêzîkkirinê</translation>
    </message>
    <message>
        <source>Town Names in &amp;Both Scripts</source>
        <translation>Navên Bajarokan bi &amp;Her Du Alfabeyan</translation>
    </message>
    <message>
        <source>Show each town&apos;s name in the original script beside the translated one</source>
        <translation>Navê her bajarokî bi alfabeya wî ya resen li kêleka navê wergerandî nîşan bide</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ziman</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Here</translation>
    </message>
    <message>
        <source>&amp;Find Place, Area or Event…</source>
        <translation>&amp;Cih, Herêm an Bûyer Bibîne…</translation>
    </message>
    <message>
        <source>Search by any spelling</source>
        <translation>Bi her rastnivîsê bigere</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Bûyera &amp;Berê</translation>
    </message>
    <message>
        <source>Move the date back to the previous event</source>
        <translation>Dîrokê vegerîne bûyera berê</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Bûyera &amp;Pêş</translation>
    </message>
    <message>
        <source>Move the date on to the next event</source>
        <translation>Dîrokê bibe bûyera pêş</translation>
    </message>
    <message>
        <source>&amp;Reset Date to {date}</source>
        <translation>Dîrokê Vegerîne {date}</translation>
    </message>
    <message>
        <source>Back to the Moscow meeting of 25 Apr 2023</source>
        <translation>Vegere civîna Moskovayê ya 25ê nîsana 2023an</translation>
    </message>
    <message>
        <source>Edit &amp;Date</source>
        <translation>&amp;Dîrokê Biguhere</translation>
    </message>
    <message>
        <source>Type an as-of date</source>
        <translation>Dîrokekê binivîse</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Hilbijartinê Rake</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Hilbijartinê rake</translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation>Here &amp;Nexşeyê</translation>
    </message>
    <message>
        <source>Keyboard focus to the map</source>
        <translation>Fokusa klavyeyê li ser nexşeyê</translation>
    </message>
    <message>
        <source>Go to &amp;Event List</source>
        <translation>Here Lîsteya &amp;Bûyeran</translation>
    </message>
    <message>
        <source>Keyboard focus to the events</source>
        <translation>Fokusa klavyeyê li ser bûyeran</translation>
    </message>
    <message>
        <source>Go to De&amp;tails</source>
        <translation>Here &amp;Hûrguliyan</translation>
    </message>
    <message>
        <source>Keyboard focus to the details</source>
        <translation>Fokusa klavyeyê li ser hûrguliyan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Sereke</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Îthal Bike…</translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation>Ji pelekê bûyer an herêman îthal bike</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Qada Xebatê ya Nû…</translation>
    </message>
    <message>
        <source>Start an empty workspace file</source>
        <translation>Pelekî qada xebatê ya vala dest pê bike</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Qada Xebatê &amp;Veke…</translation>
    </message>
    <message>
        <source>Open a workspace GeoPackage</source>
        <translation>Qadeke xebatê ya GeoPackage veke</translation>
    </message>
    <message>
        <source>Open &amp;Recent Workspace</source>
        <translation>Qada Xebatê ya &amp;Dawî Veke</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Lîsteyê Paqij Bike</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Qadên xebatê yên dawî tune ne</translation>
    </message>
    <message>
        <source>{workspace} — Northern Syria Atlas</source>
        <translation>{workspace} — Atlasa Bakurê Sûriyeyê</translation>
    </message>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>Atlasa Bakurê Sûriyeyê</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} tê xwendin…</translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation>Qada xebatê tê tomarkirin…</translation>
    </message>
    <message>
        <source>Loading the atlas…</source>
        <translation>Atlas tê barkirin…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Database…</source>
        <translation>Bi &amp;Danegehekê ve Girêde…</translation>
    </message>
    <message>
        <source>Open a shared workspace in PostgreSQL/PostGIS</source>
        <translation>Qadeke xebatê ya hevpar di PostgreSQL/PostGIS de veke</translation>
    </message>
    <message>
        <source> (database)</source>
        <translation> (danegeh)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Îthal bike</translation>
    </message>
    <message>
        <source>Import finished with warnings</source>
        <translation>Îthalkirin bi hişyariyan qediya</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Îthalkirin bi ser neket</translation>
    </message>
    <message>
        <source>{message}

Nothing was imported; the workspace is unchanged.</source>
        <translation>{message}

Tiştek nehate îthalkirin; qada xebatê nehatiye guhertin.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>Îthalkirin hate betalkirin; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Qada Xebatê Veke</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg);;All files (*)</source>
        <translation>Qadên xebatê (*.gpkg);;Hemû pel (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Qada Xebatê ya Nû</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation>Qadên xebatê (*.gpkg)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} tê vekirin…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>{name} tê çêkirin…</translation>
    </message>
    <message>
        <source>Created workspace {path}</source>
        <translation>Qada xebatê {path} hate çêkirin</translation>
    </message>
    <message>
        <source>Opened workspace {path}</source>
        <translation>Qada xebatê {path} hate vekirin</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Qada xebatê nehate vekirin</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Qada xebatê</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Mijûl</translation>
    </message>
    <message>
        <source>An import, export or workspace change is running.</source>
        <translation>Îthalkirin, derxistin an guhertina qada xebatê didome.</translation>
    </message>
</context>
<context>
    <name>ZoneText</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>contested</source>
        <translation>nakok</translation>
    </message>
    <message>
        <source>contested with {parties}</source>
        <translation>bi {parties} re nakok</translation>
    </message>
    <message>
        <source>shared</source>
        <translatorcomment>REVIEW: Kurmanji rendering to be confirmed by a native speaker</translatorcomment>
        <translation>hevpar</translation>
    </message>
    <message>
        <source>shared with {parties}</source>
        <translatorcomment>REVIEW: Kurmanji rendering to be confirmed by a native speaker</translatorcomment>
        <translation>bi {parties} re hevpar</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>1 locality</source>
        <translation>1 cihî</translation>
    </message>
    <message numerus="yes">
        <source>%n localities</source>
        <translatorcomment>REVIEW</translatorcomment>
        <translation>
            <numerusform>%n cihî</numerusform>
            <numerusform>%n cihan</numerusform>
        </translation>
    </message>
    <message>
        <source>the snapshot zone {ids}</source>
        <translatorcomment>REVIEW: Kurmanji rendering to be confirmed by a native speaker</translatorcomment>
        <translation>herêma wêneyê {ids}</translation>
    </message>
    <message>
        <source>the snapshot zones {ids}</source>
        <translatorcomment>REVIEW: Kurmanji rendering to be confirmed by a native speaker</translatorcomment>
        <translation>herêmên wêneyan {ids}</translation>
    </message>
    <message>
        <source>derived from {localities} and {zones}</source>
        <translatorcomment>REVIEW: Kurmanji rendering to be confirmed by a native speaker</translatorcomment>
        <translation>ji {localities} û {zones} hatiye derxistin</translation>
    </message>
    <message>
        <source>derived from {localities}</source>
        <translatorcomment>REVIEW: Kurmanji rendering to be confirmed by a native speaker</translatorcomment>
        <translation>ji {localities} hatiye derxistin</translation>
    </message>
    <message>
        <source>cells cut along the snapshot lines of {days}</source>
        <translatorcomment>REVIEW: Kurmanji rendering to be confirmed by a native speaker</translatorcomment>
        <translation>şane li ser xetên wêneyên {days} hatine birîn</translation>
    </message>
</context>
<context>
    <name>_OptionalDate</name>
    <message>
        <source>Any</source>
        <translation>Her</translation>
    </message>
</context>
</TS>
