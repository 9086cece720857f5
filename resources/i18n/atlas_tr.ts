<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AttributeTable</name>
    <message>
        <source>Filter imported events by words…</source>
        <translation>İçe aktarılan olayları sözcükle süz…</translation>
    </message>
    <message>
        <source>Filter the attribute table</source>
        <translation>Öznitelik tablosunu süz</translation>
    </message>
    <message>
        <source>No imported events: File ▸ Import brings a CSV, GeoJSON or KML in.</source>
        <translation>İçe aktarılmış olay yok: Dosya ▸ İçe Aktar bir CSV, GeoJSON veya KML getirir.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <source>{shown} of 1 imported event</source>
        <translation>1 içe aktarılan olaydan {shown}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n imported events</source>
        <translation>
            <numerusform>%n içe aktarılan olaydan {shown}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Columns (* required)</source>
        <translation>Sütunlar (* zorunlu)</translation>
    </message>
    <message>
        <source>Column for {field_label}</source>
        <translation>{field_label} sütunu</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— kullanılmıyor —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
    <message>
        <source>Guessed from the column name; choose another to override</source>
        <translation>Sütun adından tahmin edildi; değiştirmek için başka birini seçin</translation>
    </message>
</context>
<context>
    <name>ControlHistoryHtml</name>
    <message>
        <source>&lt;h3&gt;Control history&lt;/h3&gt;&lt;p class=&apos;muted&apos;&gt;No control records for this place.&lt;/p&gt;</source>
        <extracomment>A picked place this close (degrees, ~1.5 km) to a tracked locality shows its history.</extracomment>
        <translation>&lt;h3&gt;Kontrol geçmişi&lt;/h3&gt;&lt;p class=&apos;muted&apos;&gt;Bu yer için kontrol kaydı yok.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>kayıt yok</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control history&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Kontrol geçmişi&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;src&quot;&gt;{first} – {last} · as of {day}: &lt;b&gt;{holder}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;src&quot;&gt;{first} – {last} · {day} itibarıyla: &lt;b&gt;{holder}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[from a snapshot]</source>
        <translation>[anlık görüntüden]</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>veri yok</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>({date} tarihinden beri)</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> ve {count} tane daha</translation>
    </message>
    <message>
        <source>Rests on 1 locality</source>
        <translation>1 yerleşime dayanıyor</translation>
    </message>
    <message numerus="yes">
        <source>Rests on %n localities</source>
        <translation>
            <numerusform>%n yerleşime dayanıyor</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;{shown}{tail}. Click a locality&apos;s dot (zoomed in) for its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{shown}{tail}. Geçmişi için bir yerleşimin noktasına (yakınlaştırıp) tıklayın.&lt;/p&gt;</translation>
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
        <translation>Azerbaycan</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Kıbrıs</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Mısır</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gürcistan</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>İran</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>İsrail</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Ürdün</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuveyt</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Lübnan</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Filistin</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusya</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Suudi Arabistan</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>West Bank</source>
        <translation>Batı Şeria</translation>
    </message>
    <message>
        <source>Gaza Strip</source>
        <translation>Gazze Şeridi</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>No control-zone data for {date}</source>
        <translation>{date} için kontrol bölgesi verisi yok</translation>
    </message>
    <message>
        <source> — no data after {date}, the last day sourced</source>
        <translation> — {date} sonrası için veri yok (kaynakların ulaştığı son gün)</translation>
    </message>
    <message>
        <source>{date} (before)</source>
        <translation>{date} (önce)</translation>
    </message>
    <message>
        <source>{date} (after)</source>
        <translation>{date} (sonra)</translation>
    </message>
    <message>
        <source> — nearest: {dates}</source>
        <translation> — en yakın: {dates}</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>unnamed source</source>
        <extracomment>How a source kind reads in a list (state and party media are labelled as such).</extracomment>
        <translation>adı belirtilmemiş kaynak</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} ve {count} diğer kaynak</translation>
    </message>
    <message>
        <source>Sources: {names}; full list in {where}.</source>
        <translation>Kaynaklar: {names}; tam liste {where} içinde.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connect to a Database</source>
        <translation>Bir Veritabanına Bağlan</translation>
    </message>
    <message>
        <source>PostgreSQL/PostGIS workspace — a URL such as postgresql://user@host/database,
or a libpq service name (service=team). Passwords come from ~/.pgpass or are asked.</source>
        <translation>PostgreSQL/PostGIS çalışma alanı — postgresql://user@host/database gibi bir URL
veya bir libpq hizmet adı (service=team). Parolalar ~/.pgpass dosyasından alınır ya da sorulur.</translation>
    </message>
    <message>
        <source>Wrong password. </source>
        <translation>Yanlış parola. </translation>
    </message>
    <message>
        <source>Password for {workspace}:</source>
        <translation>{workspace} için parola:</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Veritabanı Parolası</translation>
    </message>
    <message>
        <source>Updating {name}…</source>
        <translation>{name} güncelleniyor…</translation>
    </message>
    <message>
        <source>Could not update the workspace: {message}</source>
        <translation>Çalışma alanı güncellenemedi: {message}</translation>
    </message>
    <message>
        <source>Updated with changes to {name}</source>
        <translation>{name} üzerindeki değişikliklerle güncellendi</translation>
    </message>
</context>
<context>
    <name>DateControl</name>
    <message>
        <source>As-of date</source>
        <translation>Seçili tarih</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <source>Previous event (Alt+Left)</source>
        <translation>Önceki olay (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Önceki olay</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Drag to change the as-of date. Ticks above: events; bar below: dates with control data.
Page Up/Down move a month, arrow keys a day.</source>
        <translation>Seçili tarihi değiştirmek için sürükleyin. Üstteki çizgiler: olaylar; alttaki çubuk: kontrol verisi olan tarihler.
Page Up/Down bir ay, ok tuşları bir gün taşır.</translation>
    </message>
    <message>
        <source>As-of date field</source>
        <translation>Seçili tarih alanı</translation>
    </message>
    <message>
        <source>The date the map, the M4 breakdown and the event list show</source>
        <translation>Haritanın, M4 dağılımının ve olay listesinin gösterdiği tarih</translation>
    </message>
    <message>
        <source>Next event (Alt+Right)</source>
        <translation>Sonraki olay (Alt+Right)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Sonraki olay</translation>
    </message>
    <message>
        <source>↺ {date}</source>
        <translation>↺ {date}</translation>
    </message>
    <message>
        <source>Reset date</source>
        <translation>Tarihi sıfırla</translation>
    </message>
    <message>
        <source>Back to {date}, the Moscow defence ministers&apos; meeting (Alt+Home)</source>
        <translation>{date} tarihine, Moskova savunma bakanları toplantısına dön (Alt+Home)</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Sources</source>
        <extracomment>Area names up to this length are kept on one line in the overview.</extracomment>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>&lt;p&gt;{head}{body} {tag}&lt;br&gt;&lt;span class=&quot;src&quot;&gt;Source: {sources}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{head}{body} {tag}&lt;br&gt;&lt;span class=&quot;src&quot;&gt;Kaynak: {sources}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · imported</source>
        <translation> · içe aktarılan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;As of {date}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{date} itibarıyla&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Click an area on the map, pick an event from the list, or search (Ctrl+F) for a town. Boundaries are approximate reconstructions from reports.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Haritada bir bölgeye tıklayın, listeden bir olay seçin veya bir yerleşim arayın (Ctrl+F). Sınırlar raporlardan yaklaşık olarak yeniden oluşturulmuştur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who held what&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nere kimin kontrolündeydi&lt;/h3&gt;</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;tag&quot;&gt;contested&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;tag&quot;&gt;ihtilaflı&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>in %n separate pieces</source>
        <translation>
            <numerusform>%n ayrı parça halinde</numerusform>
        </translation>
    </message>
    <message>
        <source>1 area</source>
        <translation>1 alan</translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n alan</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: 1 area the sources do not settle (hatched)</source>
        <translation>Veri yok: kaynakların netleştirmediği 1 alan (taralı)</translation>
    </message>
    <message numerus="yes">
        <source>No data: %n areas the sources do not settle (hatched)</source>
        <translation>
            <numerusform>Veri yok: kaynakların netleştirmediği %n alan (taralı)</numerusform>
        </translation>
    </message>
    <message>
        <source>before</source>
        <translation>önce</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sonra</translation>
    </message>
    <message>
        <source> Nearest dates with data: {dates}.</source>
        <translation> Verisi olan en yakın tarihler: {dates}.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;&lt;b&gt;No control data for {date}.&lt;/b&gt; The map shows no zones and the M4 breakdown is empty.{nearest} Events are still listed.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a3b12&quot;&gt;&lt;b&gt;{date} için kontrol verisi yok.&lt;/b&gt; Harita bölge göstermiyor ve M4 dağılımı boş.{nearest} Olaylar yine listelenir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dated source found says who held it on {day} ({zone}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;{day} tarihinde kimin kontrolünde olduğunu söyleyen tarihli bir kaynak bulunamadı ({zone}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{swatch} Held by &lt;b&gt;{party}&lt;/b&gt; on {day}, in {zone}{contested}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{swatch} {day} tarihinde &lt;b&gt;{party}&lt;/b&gt; kontrolünde, {zone} içinde{contested}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (contested)</source>
        <translation> (ihtilaflı)</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Outside every mapped control zone on {day}.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;{day} tarihinde haritalanan tüm kontrol bölgelerinin dışında.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;{lat:.4f}° N, {lon:.4f}° E · move the date to see who held it at other times.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;{lat:.4f}° K, {lon:.4f}° D · başka zamanlarda kimin kontrolünde olduğunu görmek için tarihi değiştirin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>kayıt yok</translation>
    </message>
    <message>
        <source>later</source>
        <translation>sonrası</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Kontrol eden</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>Destekçiler</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tarih itibarıyla</translation>
    </message>
    <message>
        <source>{date} &lt;span class=&apos;muted&apos;&gt;(this map: {validity})&lt;/span&gt;</source>
        <translation>{date} &lt;span class=&apos;muted&apos;&gt;(bu harita: {validity})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Contested: sources disagree on who holds it</source>
        <translation>İhtilaflı: kaynaklar kimin kontrolünde olduğu konusunda ayrışıyor</translation>
    </message>
    <message>
        <source>No data: no dated source found says who held it</source>
        <translation>Veri yok: kimin kontrolünde olduğunu söyleyen tarihli bir kaynak bulunamadı</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Doğruluk</translation>
    </message>
    <message>
        <source>approximate boundary (no accuracy note)</source>
        <translation>yaklaşık sınır (doğruluk notu yok)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related events ({count})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;İlgili olaylar ({count})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;None up to this date.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Bu tarihe kadar yok.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Later events not shown: {count:,} after {date} — move the date forward to see them.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Gösterilmeyen sonraki olaylar: {date} sonrasında {count:,} — görmek için tarihi ileri alın.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Statements ({count}), newest first&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Açıklamalar ({count}), en yeni önce&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for these events.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Bu olaylar için kayıtlı açıklama yok.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older statements: {count}; select their events to read them.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Daha eski açıklamalar: {count}; okumak için olaylarını seçin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imported events here ({count:,}), newest first&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Buradaki içe aktarılan olaylar ({count:,}), en yeni önce&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older imported events not listed here: {count:,}. The Events list shows every one, with filters by date, party and kind.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Burada listelenmeyen eski içe aktarılan olaylar: {count:,}. Olaylar listesi tarih, taraf ve türe göre filtrelerle hepsini gösterir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Köken</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#0b5e6b&quot;&gt;&lt;b&gt;Imported&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#0b5e6b&quot;&gt;&lt;b&gt;İçe aktarılan&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source> from {file}</source>
        <translation> {file} dosyasından</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;muted&quot;&gt;(workspace {origin})&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;muted&quot;&gt;(çalışma alanı {origin})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;This event is after the as-of date ({date}).&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a3b12&quot;&gt;Bu olay seçili tarihten ({date}) sonradır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;On the map&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Haritada&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>In force {span}</source>
        <translation>Yürürlükte: {span}</translation>
    </message>
    <message>
        <source>In force {span}: not drawn on {date}</source>
        <translation>Yürürlükte: {span}; {date} tarihinde haritada gösterilmiyor</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Statements: {count}; parties: {parties}. See &lt;b&gt;Positions&lt;/b&gt;, side by side below the map.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Açıklamalar: {count}; taraflar: {parties}. Haritanın altında yan yana &lt;b&gt;Tutumlar&lt;/b&gt; bölümüne bakın.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for this event.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Bu olay için kayıtlı açıklama yok.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>translated from {language}</source>
        <translation>çeviri (aslı {language})</translation>
    </message>
    <message>
        <source>translated from {language}; English as published by {publisher}</source>
        <translation>çeviri (aslı {language}); İngilizce metni yayımlayan: {publisher}</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details of the selection</source>
        <translation>Seçimin ayrıntıları</translation>
    </message>
    <message>
        <source>&lt;p&gt;No atlas data loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Atlas verisi yüklenmedi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>Event filters</source>
        <translation>Olay filtreleri</translation>
    </message>
    <message>
        <source>Filter events by words…</source>
        <translation>Olayları kelimeyle filtrele…</translation>
    </message>
    <message>
        <source>Filter events by text</source>
        <translation>Olayları metne göre filtrele</translation>
    </message>
    <message>
        <source>Shows events whose title, summary, place or people contain this</source>
        <translation>Başlığı, özeti, yeri veya kişileri bunu içeren olayları gösterir</translation>
    </message>
    <message>
        <source>Filter events by party</source>
        <translation>Olayları tarafa göre filtrele</translation>
    </message>
    <message>
        <source>Only events this party took part in</source>
        <translation>Yalnızca bu tarafın katıldığı olaylar</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Tüm taraflar</translation>
    </message>
    <message>
        <source>Filter events by kind</source>
        <translation>Olayları türe göre filtrele</translation>
    </message>
    <message>
        <source>Only events of this kind</source>
        <translation>Yalnızca bu türdeki olaylar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Filter events by source grade</source>
        <translation>Olayları kaynak derecesine göre filtrele</translation>
    </message>
    <message>
        <source>Only events resting on at least one source of this reliability grade or better (Admiralty grades: A completely reliable .. F cannot be judged; see SOURCES.md)</source>
        <translation>Yalnızca bu güvenilirlik derecesinde veya daha iyi en az bir kaynağa dayanan olaylar (Amirallik dereceleri: A tamamen güvenilir .. F değerlendirilemez; bkz. SOURCES.md)</translation>
    </message>
    <message>
        <source>Events from date</source>
        <translation>Başlangıç tarihinden olaylar</translation>
    </message>
    <message>
        <source>Earliest event date (lowest value: any)</source>
        <translation>En erken olay tarihi (en düşük değer: herhangi)</translation>
    </message>
    <message>
        <source>Events to date</source>
        <translation>Bitiş tarihine kadar olaylar</translation>
    </message>
    <message>
        <source>Latest event date (lowest value: any); the as-of date also limits</source>
        <translation>En geç olay tarihi (en düşük değer: herhangi); seçili tarih de sınırlar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Clear event filters</source>
        <translation>Olay filtrelerini temizle</translation>
    </message>
    <message>
        <source>Show all events up to the as-of date</source>
        <translation>Seçili tarihe kadar tüm olayları göster</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bitiş</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Meeting</source>
        <extracomment>Internal link schemes: clicking them selects a record instead of opening a browser.</extracomment>
        <translation>Toplantı</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Anlaşma</translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation>Askeri harekât</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>REVIEW: &quot;Olay (hadise)&quot;: Turkish uses &quot;olay&quot; for both event and incident; &quot;hadise&quot; added to tell them apart. Review.</translatorcomment>
        <translation>Olay (hadise)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>EventKindLabel</name>
    <message>
        <source>Meeting / talks</source>
        <translation>Toplantı / görüşmeler</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Anlaşma</translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation>Askeri harekât</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>REVIEW: &quot;Olay (hadise)&quot;: Turkish uses &quot;olay&quot; for both event and incident; &quot;hadise&quot; added to tell them apart. Review.</translatorcomment>
        <translation>Olay (hadise)</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Diğer olay</translation>
    </message>
</context>
<context>
    <name>EventLayer</name>
    <message>
        <source>{place} (off map)</source>
        <translation>{place} (harita dışında)</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Events up to the as-of date, newest first. Arrow keys select the next event.</source>
        <translation>Seçili tarihe kadar olaylar, en yeni önce. Ok tuşları sonraki olayı seçer.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>
Imported from {file} ({origin})</source>
        <translation>
{file} kaynağından içe aktarıldı ({origin})</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>bir dosya</translation>
    </message>
    <message>
        <source>, imported</source>
        <translation>, içe aktarılan</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export &amp;Snapshot…</source>
        <translation>&amp;Anlık Görüntü Dışa Aktar…</translation>
    </message>
    <message>
        <source>Save the map as a PNG, PDF or SVG page</source>
        <translation>Haritayı PNG, PDF veya SVG sayfası olarak kaydet</translation>
    </message>
    <message>
        <source>Export &amp;Web Map…</source>
        <translation>&amp;Web Haritası Dışa Aktar…</translation>
    </message>
    <message>
        <source>Save an interactive map as one HTML file that works offline</source>
        <translation>Çevrimdışı çalışan tek bir HTML dosyası olarak etkileşimli harita kaydet</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Anlık Görüntü Dışa Aktar</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>{kind} dosyaları (*.{suffix})</translation>
    </message>
    <message>
        <source>Export Web Map</source>
        <translation>Web Haritası Dışa Aktar</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web sayfaları (*.html)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>another export, import or workspace change is running</source>
        <translation>başka bir dışa aktarma, içe aktarma veya çalışma alanı değişikliği sürüyor</translation>
    </message>
    <message>
        <source>Exported {path} (manifest {name})</source>
        <translation>{path} dışa aktarıldı (bildirim {name})</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Northern Syria: areas of control</source>
        <extracomment>The default title of a map that has control zones, and of one that has none on its date.</extracomment>
        <translation>Kuzey Suriye: kontrol bölgeleri</translation>
    </message>
    <message>
        <source>Northern Syria: no control-zone data</source>
        <translation>Kuzey Suriye: kontrol bölgesi verisi yok</translation>
    </message>
    <message>
        <source>M4 (Latakia–Aleppo–al-Yarubiyah)</source>
        <extracomment>The M4&apos;s legend text: it runs from Latakia through Aleppo, al-Hasakah and Qamishli to the Iraqi border at al-Yarubiyah (reference/m4_vertices.csv); the Hasakah/Qamishli order is disputed, so only the undisputed ends and Aleppo are named.</extracomment>
        <translatorcomment>REVIEW: &quot;Yarubiye&quot; for al-Yarubiyah: Turkish media spelling varies (Yarubiye / El Yarubiye). Review.</translatorcomment>
        <translation>M4 (Lazkiye–Halep–Yarubiye)</translation>
    </message>
</context>
<context>
    <name>FileInfo</name>
    <message>
        <source>{total:,} features ({counts})</source>
        <translation>{total:,} öğe ({counts})</translation>
    </message>
    <message>
        <source> → imported as {kind}</source>
        <translation> → {kind} olarak içe aktarılır</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>read via &lt;a href=&quot;{url}&quot;&gt;a copy&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;bir kopya&lt;/a&gt; üzerinden okundu</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a33&quot;&gt;&amp;#9888; Rests only on low-grade sources (graded D-F, ungraded, or state/party media for a fact on the ground): treat as unconfirmed.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#a33&quot;&gt;&amp;#9888; Yalnızca düşük dereceli kaynaklara dayanıyor (D-F dereceli, derecesiz ya da sahadaki bir olgu için devlet/parti medyası): doğrulanmamış sayın.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a33&quot;&gt;No source recorded.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#a33&quot;&gt;Kayıtlı kaynak yok.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Furniture</name>
    <message>
        <source>Scale true at {latitude}</source>
        <translation>Ölçek {latitude} enleminde doğrudur</translation>
    </message>
    <message>
        <source>Locator: area shown in red</source>
        <translation>Konum: gösterilen alan kırmızıyla</translation>
    </message>
</context>
<context>
    <name>Governorate</name>
    <message>
        <source>Aleppo</source>
        <translation>Halep</translation>
    </message>
    <message>
        <source>Al-Hasakah</source>
        <translation>Haseke</translation>
    </message>
    <message>
        <source>Raqqa</source>
        <translation>Rakka</translation>
    </message>
    <message>
        <source>Hama</source>
        <translation>Hama</translation>
    </message>
    <message>
        <source>Idlib</source>
        <translation>İdlib</translation>
    </message>
    <message>
        <source>Homs</source>
        <translation>Humus</translation>
    </message>
    <message>
        <source>Deir ez-Zor</source>
        <translation>Deyrizor</translation>
    </message>
    <message>
        <source>Rif Dimashq</source>
        <translation>Şam Kırsalı</translation>
    </message>
    <message>
        <source>Latakia</source>
        <translation>Lazkiye</translation>
    </message>
    <message>
        <source>Daraa</source>
        <translation>Dera</translation>
    </message>
    <message>
        <source>As-Suwayda</source>
        <translation>Süveyda</translation>
    </message>
    <message>
        <source>Tartus</source>
        <translation>Tartus</translation>
    </message>
    <message>
        <source>Quneitra</source>
        <translation>Kuneytra</translation>
    </message>
    <message>
        <source>Damascus</source>
        <translation>Şam</translation>
    </message>
</context>
<context>
    <name>HitTest</name>
    <message>
        <source>no control data on this date</source>
        <extracomment>The M4 stretch under the pixel (who holds it, from which town to which, km), as plain text; the zone under the road is then not the hit.</extracomment>
        <translation>bu tarihte kontrol verisi yok</translation>
    </message>
    <message>
        <source>from near {start} to near {end}</source>
        <translation>{start} yakınından {end} yakınına</translation>
    </message>
    <message>
        <source>{km:.0f} km (km {start:.0f}–{end:.0f} of {total:.0f}, west to east)</source>
        <translation>{km:.0f} km ({total:.0f} km içinde {start:.0f}–{end:.0f}. km, batıdan doğuya)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cluster_count:,} imported events&lt;/b&gt; here&lt;br&gt;Click to zoom in</source>
        <translation>Burada &lt;b&gt;{cluster_count:,} içe aktarılan olay&lt;/b&gt;&lt;br&gt;Yakınlaştırmak için tıklayın</translation>
    </message>
    <message>
        <source> · imported ({origin})</source>
        <translation> · içe aktarılan ({origin})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;+{count} more&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;+{count} daha&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n events here (click: the newest)&lt;br&gt;</source>
        <translation>
            <numerusform>Burada %n olay (tıklayın: en yenisi)&lt;br&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (tracked locality)&lt;br&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (izlenen yerleşim)&lt;br&gt;</translation>
    </message>
    <message>
        <source>in {zone_tip}&lt;br&gt;</source>
        <translation>{zone_tip} içinde&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click: its control history&lt;/i&gt;</source>
        <translation>&lt;i&gt;Tıklayın: kontrol geçmişi&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;No dated source found says who held it</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;Kimin kontrolünde olduğunu söyleyen tarihli bir kaynak bulunamadı</translation>
    </message>
    <message>
        <source> (contested)</source>
        <translation> (ihtilaflı)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;Held by {party}{extra}</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;{party} kontrolünde{extra}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Events or Zones</source>
        <translation>Olay veya Bölge İçe Aktar</translation>
    </message>
    <message>
        <source>Choose a CSV, GeoJSON, KML or GeoPackage file.</source>
        <translation>Bir CSV, GeoJSON, KML veya GeoPackage dosyası seçin.</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Sorunlar</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Dosyada bulunan sorunlar</translation>
    </message>
    <message>
        <source>Adds to workspace: {workspace}</source>
        <translation>Çalışma alanına ekler: {workspace}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>A CSV (ACLED export or any sheet), GeoJSON, KML or GPKG</source>
        <translation>CSV (ACLED dışa aktarımı veya herhangi bir tablo), GeoJSON, KML veya GPKG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Katman:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Kodlama:</translation>
    </message>
    <message>
        <source>Text files are read as UTF-8 unless they start with a UTF-16 byte-order mark. Name the encoding of an older file (e.g. Arabic Windows) instead of letting it be guessed: a wrong guess garbles names silently.</source>
        <translation>Metin dosyaları UTF-16 bayt sırası işaretiyle başlamadıkça UTF-8 olarak okunur. Eski bir dosyanın kodlamasını (ör. Arapça Windows) tahmine bırakmak yerine belirtin: yanlış bir tahmin adları sessizce bozar.</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>&amp;Olarak içe aktar:</translation>
    </message>
    <message>
        <source>First &amp;rows of the file (up to {rows})</source>
        <translation>Dosyanın ilk &amp;satırları (en fazla {rows})</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Dosya İçe Aktar</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} okunuyor…</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation>Bu dosya olduğu gibi içe aktarılamaz.</translation>
    </message>
    <message>
        <source>Required: choose the column that holds “{field}”.</source>
        <translation>Zorunlu: “{field}” bilgisini içeren sütunu seçin.</translation>
    </message>
    <message>
        <source>No problems in the first {rows} rows: they become {count} zones. The whole file is checked when you import; if any row is bad nothing is written.</source>
        <translation>İlk {rows} satırda sorun yok: {count} bölge olacaklar. İçe aktarırken dosyanın tamamı denetlenir; herhangi bir satır hatalıysa hiçbir şey yazılmaz.</translation>
    </message>
    <message>
        <source>No problems in the first {rows} rows: they become {count} events. The whole file is checked when you import; if any row is bad nothing is written.</source>
        <translation>İlk {rows} satırda sorun yok: {count} olay olacaklar. İçe aktarırken dosyanın tamamı denetlenir; herhangi bir satır hatalıysa hiçbir şey yazılmaz.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Olay türü</translation>
    </message>
    <message>
        <source>Sub-type</source>
        <translation>Alt tür</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Province (admin1)</source>
        <translation>İl (admin1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Aktör 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Aktör 2</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Ölü sayısı</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Kaynak URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Kontrol eden</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geçerlilik başlangıcı</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Geçerlilik bitişi</translation>
    </message>
    <message>
        <source>Area id</source>
        <translation>Alan kimliği</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>Destekçiler</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Doğruluk</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>İhtilaflı</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or UTF-16 with a byte-order mark)</source>
        <extracomment>(label, codec name or None for the importer&apos;s own rule), for the encoding picker.</extracomment>
        <translation>Otomatik (UTF-8 veya bayt sırası işaretli UTF-16)</translation>
    </message>
    <message>
        <source>Arabic – Windows (cp1256)</source>
        <translation>Arapça – Windows (cp1256)</translation>
    </message>
    <message>
        <source>Arabic – ISO-8859-6</source>
        <translation>Arapça – ISO-8859-6</translation>
    </message>
    <message>
        <source>Turkish – Windows (cp1254)</source>
        <translation>Türkçe – Windows (cp1254)</translation>
    </message>
    <message>
        <source>Western – Windows (cp1252)</source>
        <translation>Batı – Windows (cp1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Events (points or rows with coordinates)</source>
        <translation>Olaylar (noktalar veya koordinatlı satırlar)</translation>
    </message>
    <message>
        <source>Zones (polygons with a controller and dates)</source>
        <translation>Bölgeler (kontrol eden ve tarihli çokgenler)</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;GeoPackage (*.gpkg);;All files (*)</source>
        <translation>Veri dosyaları (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;GeoPackage (*.gpkg);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <source>Imported 1 zone from {file} into {workspace}</source>
        <extracomment>The stages an import reports as its progress message; only reading may be cancelled.</extracomment>
        <translation>{file} dosyasından {workspace} alanına 1 bölge içe aktarıldı</translation>
    </message>
    <message>
        <source>Imported {count:,} zones from {file} into {workspace}</source>
        <translation>{file} dosyasından {workspace} alanına {count:,} bölge içe aktarıldı</translation>
    </message>
    <message>
        <source>Imported 1 event from {file} into {workspace}</source>
        <translation>{file} dosyasından {workspace} alanına 1 olay içe aktarıldı</translation>
    </message>
    <message>
        <source>Imported {count:,} events from {file} into {workspace}</source>
        <translation>{file} dosyasından {workspace} alanına {count:,} olay içe aktarıldı</translation>
    </message>
    <message>
        <source> ({count:,} replaced an earlier import with the same id)</source>
        <translation> ({count:,} tanesi aynı kimlikli önceki bir içe aktarmanın yerini aldı)</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>içe aktarma iptal edildi; hiçbir şey yazılmadı</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kürtçe</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Farsça</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>İbranice</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Map layers</source>
        <translation>Harita katmanları</translation>
    </message>
    <message>
        <source>Tick a layer to show it on the map (Space toggles the current layer)</source>
        <translation>Haritada göstermek için bir katmanı işaretleyin (Boşluk geçerli katmanı açar/kapatır)</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Layers a user can switch off, in the order the layer list shows them (top first); titles are translated where shown (context LayerList).</extracomment>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>İçe aktarılan olaylar</translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation>M4 otoyolu</translation>
    </message>
    <message>
        <source>2020 M4 security corridor</source>
        <translation>2020 M4 güvenlik koridoru</translation>
    </message>
    <message>
        <source>2018 demilitarised zone (Sochi)</source>
        <translation>2018 silahtan arındırılmış bölge (Soçi)</translation>
    </message>
    <message>
        <source>Control zones</source>
        <translation>Kontrol bölgeleri</translation>
    </message>
    <message>
        <source>Localities (control records)</source>
        <translation>Yerleşimler (kontrol kayıtları)</translation>
    </message>
    <message>
        <source>Imported zones</source>
        <translation>İçe aktarılan bölgeler</translation>
    </message>
    <message>
        <source>Zone labels</source>
        <translation>Bölge etiketleri</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Yerleşimler</translation>
    </message>
    <message>
        <source>Town names in both scripts</source>
        <translation>Yerleşim adları iki yazıyla</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Ülke adları</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Nehirler</translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation>Göller</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>Muhafazalar</translation>
    </message>
    <message>
        <source>Graticule</source>
        <translation>Coğrafi ızgara</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Boundaries approximate</source>
        <translation>Sınırlar yaklaşıktır</translation>
    </message>
    <message>
        <source>Control as of {date}</source>
        <translation>{date} itibarıyla kontrol</translation>
    </message>
    <message>
        <source>International border</source>
        <translation>Uluslararası sınır</translation>
    </message>
    <message>
        <source>Governorate boundary</source>
        <translation>Muhafaza sınırı</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Nehir</translation>
    </message>
    <message>
        <source>2018 demilitarised zone (Sochi), computed</source>
        <translation>2018 silahtan arındırılmış bölge (Soçi), hesaplanmış</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>İhtilaflı</translation>
    </message>
    <message>
        <source>No control-zone data for this date</source>
        <translation>Bu tarih için kontrol bölgesi verisi yok</translation>
    </message>
    <message>
        <source>Gained since {date}</source>
        <translation>{date} tarihinden beri kazanılan</translation>
    </message>
    <message>
        <source>No ground changed hands</source>
        <translation>El değiştiren toprak yok</translation>
    </message>
    <message>
        <source>Agreed zones</source>
        <translation>Üzerinde anlaşılan bölgeler</translation>
    </message>
    <message>
        <source>Events to this date ({count})</source>
        <translation>Bu tarihe kadar olaylar ({count})</translation>
    </message>
    <message>
        <source>Imported events ({count})</source>
        <translation>İçe aktarılan olaylar ({count})</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Altlık harita</translation>
    </message>
    <message>
        <source>2020 security corridor</source>
        <extracomment>The agreed zone&apos;s name as the legend and the layer list give it (the DMZ&apos;s says &quot;computed&quot;).</extracomment>
        <translation>2020 güvenlik koridoru</translation>
    </message>
    <message>
        <source>M4 by controller: {km:,.0f} km</source>
        <translation>Kontrol edene göre M4: {km:,.0f} km</translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation>M4 otoyolu</translation>
    </message>
    <message>
        <source>Rests only on low-grade sources</source>
        <translation>Yalnızca düşük dereceli kaynaklara dayanıyor</translation>
    </message>
    <message>
        <source>Cluster (number of events)</source>
        <translation>Küme (olay sayısı)</translation>
    </message>
</context>
<context>
    <name>LegendView</name>
    <message>
        <source>Map legend</source>
        <translation>Harita lejantı</translation>
    </message>
</context>
<context>
    <name>M4Breakdown</name>
    <message>
        <source>Measuring the M4…</source>
        <translation>M4 ölçülüyor…</translation>
    </message>
    <message>
        <source>M4 control breakdown</source>
        <translation>M4 kontrol dağılımı</translation>
    </message>
    <message>
        <source>&lt;b&gt;M4 control&lt;/b&gt; as of {date}</source>
        <translation>&lt;b&gt;M4 kontrolü&lt;/b&gt; {date} itibarıyla</translation>
    </message>
    <message>
        <source>No atlas data loaded.</source>
        <translation>Atlas verisi yüklenmedi.</translation>
    </message>
    <message>
        <source>No control data for {date}.</source>
        <translation>{date} için kontrol verisi yok.</translation>
    </message>
    <message>
        <source>Length of the M4 inside each controller&apos;s zone, rounded to what the line supports: the road is drawn as straight segments between towns (±10 %), and zone boundaries are approximate, so the split is too.</source>
        <translation>M4&apos;ün her kontrol eden tarafın bölgesindeki uzunluğu, çizginin izin verdiği ölçüde yuvarlanmış: yol yerleşimler arasında düz parçalar olarak çizilmiştir (±%10) ve bölge sınırları yaklaşıktır, dolayısıyla dağılım da yaklaşıktır.</translation>
    </message>
    <message>
        <source>{name}: {km}, {share:.0f} percent</source>
        <translation>{name}: {km}, yüzde {share:.0f}</translation>
    </message>
    <message>
        <source>Outside mapped zones</source>
        <translation>Haritalanan bölgelerin dışında</translation>
    </message>
</context>
<context>
    <name>M4Strip</name>
    <message>
        <source>M4 control strip, west to east</source>
        <translation>M4 kontrol şeridi, batıdan doğuya</translation>
    </message>
    <message>
        <source>W · Latakia</source>
        <translation>B · Lazkiye</translation>
    </message>
    <message>
        <source>Iraq · E</source>
        <translation>Irak · D</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>Kuzey Suriye Atlası</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Seçim</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>İmleç konumu</translation>
    </message>
    <message>
        <source>No town, area or event matches “{text}”: try another spelling or fewer letters.</source>
        <translation>“{text}” ile eşleşen yerleşim, bölge veya olay yok: başka bir yazım ya da daha az harf deneyin.</translation>
    </message>
    <message>
        <source>Click an area or an event marker · drag to pan · wheel to zoom · Ctrl+F to search</source>
        <translation>Bir bölgeye veya olay işaretine tıklayın · kaydırmak için sürükleyin · yakınlaştırmak için tekerlek · aramak için Ctrl+F</translation>
    </message>
    <message>
        <source>no mapped controller</source>
        <translation>haritalanmış kontrol eden yok</translation>
    </message>
    <message>
        <source>{place}: held by {party} on {date}</source>
        <translation>{place}: {date} tarihinde {party} kontrolünde</translation>
    </message>
    <message>
        <source>{zone} — held by {party} · Esc clears</source>
        <translation>{zone} — {party} kontrolünde · Esc temizler</translation>
    </message>
    <message>
        <source>{date} — {title} · Esc clears</source>
        <translation>{date} — {title} · Esc temizler</translation>
    </message>
    <message>
        <source>About Northern Syria Atlas</source>
        <translation>Kuzey Suriye Atlası Hakkında</translation>
    </message>
    <message>
        <source>&lt;b&gt;Northern Syria Atlas&lt;/b&gt; {version}&lt;br&gt;Who holds what in northern Syria, where the M4 runs, and what each party said at the talks.&lt;br&gt;&lt;br&gt;Base map: {attribution}&lt;br&gt;Control zones are approximate reconstructions; every zone, event and statement lists its sources.</source>
        <translation>&lt;b&gt;Kuzey Suriye Atlası&lt;/b&gt; {version}&lt;br&gt;Kuzey Suriye&apos;de nerenin kimin kontrolünde olduğu, M4&apos;ün nereden geçtiği ve görüşmelerde her tarafın ne söylediği.&lt;br&gt;&lt;br&gt;Altlık harita: {attribution}&lt;br&gt;Kontrol bölgeleri yaklaşık yeniden oluşturmalardır; her bölge, olay ve açıklama kaynaklarını listeler.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <source>Map of northern Syria. Drag or arrow keys to pan, wheel or plus/minus to zoom, click a zone or event to select it, Escape to clear the selection.</source>
        <translation>Kuzey Suriye haritası. Kaydırmak için sürükleyin veya ok tuşlarını, yakınlaştırmak için tekerleği veya artı/eksiyi kullanın, seçmek için bir bölgeye veya olaya tıklayın, seçimi temizlemek için Escape.</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Measuring: click points on the map; Esc ends</source>
        <translation>Ölçüm: haritada noktalara tıklayın; Esc bitirir</translation>
    </message>
    <message>
        <source>Distance {km:,.1f} km</source>
        <translation>Mesafe {km:,.1f} km</translation>
    </message>
    <message>
        <source> · area {area:,.1f} km² (closing the shape)</source>
        <translation> · alan {area:,.1f} km² (şekil kapatılarak)</translation>
    </message>
    <message>
        <source> · 1 point; Esc ends</source>
        <translation> · 1 nokta; Esc bitirir</translation>
    </message>
    <message numerus="yes">
        <source> · %n points; Esc ends</source>
        <translation>
            <numerusform> · %n nokta; Esc bitirir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCard</name>
    <message>
        <source>Positions of {name}</source>
        <translation>{name} tutumları</translation>
    </message>
    <message>
        <source>1 statement</source>
        <translation>1 açıklama</translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n açıklama</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n} quoted</source>
        <translation>, {n} alıntı</translation>
    </message>
    <message>
        <source>Statements by {name}</source>
        <translation>{name} açıklamaları</translation>
    </message>
</context>
<context>
    <name>PartyName</name>
    <message>
        <source>Control not settled in the sources</source>
        <extracomment>Names for controller ids that may appear in zone data without a party record of their own.</extracomment>
        <translation>Kontrolü kaynaklarca netleşmemiş</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Veri yok</translation>
    </message>
    <message>
        <source>No control data</source>
        <extracomment>What an M4 stretch in no zone is held by.</extracomment>
        <translation>Kontrol verisi yok</translation>
    </message>
</context>
<context>
    <name>PlaybackControl</name>
    <message>
        <source>1 day</source>
        <extracomment>Frames whose territory is derived ahead while playing (two seconds of play). Days per frame offered, and their labels.</extracomment>
        <translation>1 gün</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 hafta</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 ay</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 ay</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Oynat</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Animate the map from the as-of date onwards (10 frames/s)</source>
        <translation>Haritayı seçili tarihten itibaren canlandır (10 kare/sn)</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Oynatma adımı</translation>
    </message>
    <message>
        <source>How far the date moves per frame</source>
        <translation>Tarihin kare başına ne kadar ilerlediği</translation>
    </message>
    <message>
        <source>{label}/frame</source>
        <translation>{label}/kare</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Karşılaştır</translation>
    </message>
    <message>
        <source>Keep this day and hatch what changed hands as you move the date (gains in the gainer&apos;s colour)</source>
        <translation>Bu günü tut ve tarihi değiştirdikçe el değiştiren yerleri tarala (kazanımlar kazananın renginde)</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Duraklat</translation>
    </message>
    <message>
        <source>since {earlier} → {date}</source>
        <translation>{earlier} tarihinden beri → {date}</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Positions each party stated</source>
        <translation>Her tarafın açıkladığı tutumlar</translation>
    </message>
    <message>
        <source>What each party said — {title} ({date})</source>
        <translation>Her tarafın söyledikleri — {title} ({date})</translation>
    </message>
    <message>
        <source>What each party said about events concerning {name}</source>
        <translation>Her tarafın {name} ile ilgili olaylar hakkında söyledikleri</translation>
    </message>
    <message>
        <source>: no statements recorded.</source>
        <translation>: kayıtlı açıklama yok.</translation>
    </message>
    <message>
        <source>Select an event (or a zone) to compare what each party stated, side by side.</source>
        <translation>Her tarafın açıkladığını yan yana karşılaştırmak için bir olay (veya bölge) seçin.</translation>
    </message>
    <message>
        <source>Party whose statements are shown</source>
        <translation>Açıklamaları gösterilen taraf</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the file&apos;s first rows</source>
        <translation>Dosyanın ilk satırlarının önizlemesi</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Yüzen</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Rıhtım araç takımını kapatır</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Rıhtım araç takımını çıkarır ve yeniden ekler</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Search places, areas and events</source>
        <translation>Yer, bölge ve olay ara</translation>
    </message>
    <message>
        <source>Search towns, areas, events…  (Ctrl+F)</source>
        <translation>Yerleşim, bölge, olay ara…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a town by any spelling (Kobani, Ayn al-Arab; Qamishli, Qamishlo), an area or an event. Enter picks the first suggestion.</source>
        <translation>Bir yerleşimi herhangi bir yazımla (Kobani, Ayn al-Arab; Qamishli, Qamishlo), bir bölgeyi veya olayı bulun. Enter ilk öneriyi seçer.</translation>
    </message>
    <message>
        <source>Search suggestions</source>
        <translation>Arama önerileri</translation>
    </message>
    <message>
        <source>Nothing matches {text}</source>
        <translation>{text} ile eşleşen bir şey yok</translation>
    </message>
</context>
<context>
    <name>SearchKind</name>
    <message>
        <source>village</source>
        <translation>köy</translation>
    </message>
    <message>
        <source>town</source>
        <translation>kasaba</translation>
    </message>
    <message>
        <source>city</source>
        <translation>şehir</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>mahalle</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>tesis</translation>
    </message>
    <message>
        <source>base</source>
        <translation>askeri üs</translation>
    </message>
    <message>
        <source>airbase</source>
        <translation>hava üssü</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>havalimanı</translation>
    </message>
    <message>
        <source>oilfield</source>
        <translation>petrol sahası</translation>
    </message>
    <message>
        <source>dam</source>
        <translation>baraj</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>köprü</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>kavşak</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>sınır kapısı</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>görüşme yeri</translation>
    </message>
    <message>
        <source>the Golan Heights (occupied by Israel)</source>
        <translation>Golan Tepeleri (İsrail işgali altında)</translation>
    </message>
    <message>
        <source>Jerusalem (status disputed)</source>
        <translation>Kudüs (statüsü tartışmalı)</translation>
    </message>
    <message>
        <source>coordinates (latitude, longitude)</source>
        <translation>koordinatlar (enlem, boylam)</translation>
    </message>
    <message>
        <source>town in {region}</source>
        <translation>kasaba, {region}</translation>
    </message>
    <message>
        <source>also {names}</source>
        <translation>diğer yazımlar: {names}</translation>
    </message>
    <message>
        <source>from {month}</source>
        <translation>{month} itibarıyla</translation>
    </message>
    <message>
        <source>area held by {party}</source>
        <translation>{party} kontrolündeki bölge</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>içe aktarılmış</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search towns, areas and events</source>
        <translation>Yerleşim, bölge ve olay ara</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Seçimi temizle</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Sol / Alt+Sağ</translation>
    </message>
    <message>
        <source>Previous / next event (moves the date)</source>
        <translation>Önceki / sonraki olay (tarihi taşır)</translation>
    </message>
    <message>
        <source>Reset the date to 25 Apr 2023</source>
        <translation>Tarihi 25 Nisan 2023 olarak sıfırla</translation>
    </message>
    <message>
        <source>Edit the as-of date</source>
        <translation>Seçili tarihi düzenle</translation>
    </message>
    <message>
        <source>Go to the map / event list / details</source>
        <translation>Haritaya / olay listesine / ayrıntılara git</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Seçime yakınlaştır</translation>
    </message>
    <message>
        <source>Measure distance and area: click points; Esc ends</source>
        <translation>Mesafe ve alan ölç: noktalara tıklayın; Esc bitirir</translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation>Bir dosyadan olay veya bölge içe aktar</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Bir çalışma alanı aç</translation>
    </message>
    <message>
        <source>Arrow keys (map)</source>
        <translation>Ok tuşları (harita)</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Kaydır</translation>
    </message>
    <message>
        <source>+ / −, wheel</source>
        <translation>+ / −, tekerlek</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Yakınlaştır / uzaklaştır</translation>
    </message>
    <message>
        <source>Ctrl+0 or Home (map)</source>
        <translation>Ctrl+0 veya Home (harita)</translation>
    </message>
    <message>
        <source>Zoom to the whole region</source>
        <translation>Tüm bölgeye yakınlaştır</translation>
    </message>
    <message>
        <source>Up / Down (event list)</source>
        <translation>Yukarı / Aşağı (olay listesi)</translation>
    </message>
    <message>
        <source>Select the previous / next event in the list</source>
        <translation>Listedeki önceki / sonraki olayı seç</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Denetimler arasında geçiş</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>As of {date}</source>
        <extracomment>Set when the as-of date has no control zones (shown or not): the manifest records it.</extracomment>
        <translation>{date} itibarıyla</translation>
    </message>
    <message>
        <source>Changes between {early} and {late} (hatched: gains)</source>
        <translation>{early} ile {late} arasındaki değişiklikler (taralı: kazanımlar)</translation>
    </message>
    <message>
        <source>Selected: {selection}</source>
        <translation>Seçili: {selection}</translation>
    </message>
    <message>
        <source>parties {ids}</source>
        <translation>taraflar {ids}</translation>
    </message>
    <message>
        <source>kinds {ids}</source>
        <translation>türler {ids}</translation>
    </message>
    <message>
        <source>text “{text}”</source>
        <translation>metin “{text}”</translation>
    </message>
    <message>
        <source>Events filtered: </source>
        <translation>Filtrelenen olaylar: </translation>
    </message>
    <message>
        <source>Base map: {attribution}.</source>
        <translation>Altlık harita: {attribution}.</translation>
    </message>
    <message>
        <source> Zone boundaries are approximate, reconstructed from the sources.</source>
        <translation> Bölge sınırları yaklaşıktır, kaynaklardan yeniden oluşturulmuştur.</translation>
    </message>
    <message>
        <source>Northern Syria Atlas {version}, data {data}.{approximate} View and command: {manifest_name}.</source>
        <translation>Kuzey Suriye Atlası {version}, veri {data}.{approximate} Görünüm ve komut: {manifest_name}.</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>Harita çiziliyor</translation>
    </message>
    <message>
        <source>Drawing the legend</source>
        <translation>Lejant çiziliyor</translation>
    </message>
    <message>
        <source>Laying out the page</source>
        <translation>Sayfa düzenleniyor</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>Bildirim yazılıyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Dosya kaydediliyor</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG görüntüsü</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF belgesi (vektör)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG çizimi (vektör)</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Anlık Görüntü Dışa Aktar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <source>Current window ({width}×{height})</source>
        <translation>Geçerli pencere ({width}×{height})</translation>
    </message>
    <message>
        <source>Pixels…</source>
        <translation>Piksel…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Boyut:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> piksel</translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation>&amp;Piksel:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Dots per inch: 300 for print, 96 for the screen</source>
        <translation>İnç başına nokta: baskı için 300, ekran için 96</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Çözünürlük:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>Locator inset map</source>
        <translation>Konum gösterici iç harita</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
</context>
<context>
    <name>SourceGrade</name>
    <message>
        <source>Any source grade</source>
        <extracomment>The grade filter&apos;s choices: (label, minimum grade or None for all).</extracomment>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Sources graded A-B</source>
        <translation>A-B dereceli kaynaklar</translation>
    </message>
    <message>
        <source>Sources graded A-C</source>
        <translation>A-C dereceli kaynaklar</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>official</source>
        <extracomment>How a source&apos;s kind is named where it is shown: state and party media are labelled as such.</extracomment>
        <translation>resmî</translation>
    </message>
    <message>
        <source>wire agency</source>
        <translation>haber ajansı</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>gazete</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>gözlemci</translation>
    </message>
    <message>
        <source>NGO / UN</source>
        <translation>STK / BM</translation>
    </message>
    <message>
        <source>research</source>
        <translation>araştırma</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>devlet medyası</translation>
    </message>
    <message>
        <source>party media</source>
        <translation>parti medyası</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>veri seti</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>derecesiz</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Data sources and attribution</source>
        <translation>Veri kaynakları ve atıflar</translation>
    </message>
    <message>
        <source>**Base map:** {attribution}</source>
        <translation>**Altlık harita:** {attribution}</translation>
    </message>
    <message>
        <source>Control zones are approximate reconstructions from written reports; every zone, event and statement in the panel lists its own sources (click them). A quote is verbatim from its source; everything else is marked as a paraphrase.</source>
        <translation>Kontrol bölgeleri yazılı raporlardan yaklaşık yeniden oluşturmalardır; paneldeki her bölge, olay ve açıklama kendi kaynaklarını listeler (tıklayın). Alıntı kaynağından kelimesi kelimesinedir; diğer her şey özet olarak işaretlenmiştir.</translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <source>&amp;Events: {shown} of {total} up to {day}</source>
        <translation>&amp;Olaylar: {day} tarihine kadar {total} olaydan {shown}</translation>
    </message>
    <message>
        <source> ({imported} imported)</source>
        <translation> ({imported} içe aktarılan)</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (filtrelenmiş)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>cannot read or write a file: {reason}</source>
        <extracomment>``progress(done, total, message)``: total 0 means &quot;no measure&quot;; the message says what runs. How long work runs before its progress dialog shows (no flash for quick work).</extracomment>
        <translation>bir dosya okunamıyor veya yazılamıyor: {reason}</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error}</source>
        <translation>iç hata: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <source>Building the web map</source>
        <translation>Web haritası oluşturuluyor</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Dosya yazılıyor</translation>
    </message>
</context>
<context>
    <name>WebMap</name>
    <message>
        <source>{title} — as of {date}</source>
        <extracomment>Zoom limits: without tiles folium sets none, and the marker clusters need a maximum zoom.</extracomment>
        <translation>{title} — {date} itibarıyla</translation>
    </message>
    <message>
        <source>Online map tiles (OpenStreetMap; needs internet)</source>
        <translation>Çevrimiçi harita karoları (OpenStreetMap; internet gerekir)</translation>
    </message>
    <message>
        <source>Base map: {attribution}</source>
        <translation>Altlık harita: {attribution}</translation>
    </message>
    <message>
        <source>Imported ({origin})</source>
        <translation>İçe aktarılan ({origin})</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Kaynaklar:</translation>
    </message>
    <message>
        <source>Zone labels</source>
        <extracomment>Hides labels that would overlap one drawn before them (zone names first, then towns, most populous first: their order in the page), after every zoom or move. A zone name also gives way to the event markers and clusters: it is the least precise text on the map. Measured again once the page&apos;s fonts have loaded: an Arabic name measured in the fallback font before the bundled Noto Sans Arabic arrives is narrower than drawn, and overlapped a town.</extracomment>
        <translation>Bölge etiketleri</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Lejant</translation>
    </message>
    <message>
        <source>Held in {place} (off the map)</source>
        <translation>Yapıldığı yer: {place} (harita dışında)</translation>
    </message>
    <message>
        <source>Held in {place}</source>
        <translation>Yapıldığı yer: {place}</translation>
    </message>
    <message>
        <source>What each party said</source>
        <translation>Her tarafın söyledikleri</translation>
    </message>
    <message>
        <source>No statements recorded for this event.</source>
        <translation>Bu olay için kayıtlı açıklama yok.</translation>
    </message>
    <message>
        <source>Governorates</source>
        <extracomment>Towns labelled on the web map: the larger ones, so labels stay legible at every zoom.</extracomment>
        <translation>Muhafazalar</translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation>Göller</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Nehirler</translation>
    </message>
    <message>
        <source>Countries (offline base map)</source>
        <translation>Ülkeler (çevrimdışı altlık harita)</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Yerleşimler</translation>
    </message>
    <message>
        <source>Imported events to {date} ({count})</source>
        <translation>{date} tarihine kadar içe aktarılan olaylar ({count})</translation>
    </message>
    <message>
        <source>Events to {date} ({count})</source>
        <translation>{date} tarihine kadar olaylar ({count})</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Seçili olay</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>{date} itibarıyla</translation>
    </message>
    <message>
        <source>Selected: {name}</source>
        <translation>Seçili: {name}</translation>
    </message>
    <message>
        <source>this panel</source>
        <translation>bu panel</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Kaynaklar ({count})</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık uçlu</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Kontrol eden</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tarih itibarıyla</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geçerlilik</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Doğruluk</translation>
    </message>
    <message>
        <source>approximate (boundary reconstructed from reports)</source>
        <translation>yaklaşık (sınır haberlerden yeniden çizildi)</translation>
    </message>
    <message>
        <source>Backed by</source>
        <translation>Destekçisi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>ihtilaflı</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>alıntı</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>özet</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Açıklamalar</translation>
    </message>
    <message>
        <source>Control along the road, {date}</source>
        <translation>Yol boyunca kontrol, {date}</translation>
    </message>
    <message>
        <source>Date of the control map</source>
        <translation>Kontrol haritasının tarihi</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lejant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Katmanlar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Base map: {attribution}</source>
        <translation>Altlık harita: {attribution}</translation>
    </message>
    <message>
        <source>Base map attribution</source>
        <translation>Altlık harita atfı</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>The share of the window&apos;s width the map keeps at the start, at any window size, and when the window is made narrower (the side panels give up room before the map does).</extracomment>
        <translation>Harita</translation>
    </message>
    <message>
        <source>Talks and events</source>
        <translation>Görüşmeler ve olaylar</translation>
    </message>
    <message>
        <source>Positions stated, side by side</source>
        <translation>Açıklanan tutumlar, yan yana</translation>
    </message>
    <message>
        <source>Attribute table (imported events)</source>
        <translation>Öznitelik tablosu (içe aktarılan olaylar)</translation>
    </message>
</context>
<context>
    <name>WindowLanguage</name>
    <message>
        <source>The language changes when the export has finished; choose it again.</source>
        <translation>Dil, dışa aktarma bittiğinde değişir; yeniden seçin.</translation>
    </message>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>Kuzey Suriye Atlası</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>Quit the atlas</source>
        <translation>Atlastan çık</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Attribution…</source>
        <translation>&amp;Veri Kaynakları ve Atıflar…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Klavye Kısayolları…</translation>
    </message>
    <message>
        <source>&amp;About Northern Syria Atlas</source>
        <translation>&amp;Kuzey Suriye Atlası Hakkında</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Zoom to &amp;Region</source>
        <translation>&amp;Bölgeye Yakınlaştır</translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation>Tüm bölgeyi göster</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>&amp;Seçime Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom to what is selected</source>
        <translation>Seçili olana yakınlaştır</translation>
    </message>
    <message>
        <source>&amp;Measure Distance and Area</source>
        <translation>Mesafe ve Alan Ö&amp;lç</translation>
    </message>
    <message>
        <source>Click points on the map: geodesic distance and enclosed area (Esc ends)</source>
        <translation>Haritada noktalara tıklayın: jeodezik mesafe ve çevrelenen alan (Esc bitirir)</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;Coğrafi ızgara</translation>
    </message>
    <message>
        <source>Meridians and parallels with degree labels, spaced by the zoom</source>
        <translation>Derece etiketli boylam ve enlem çizgileri, yakınlaştırmaya göre aralıklı</translation>
    </message>
    <message>
        <source>Town Names in &amp;Both Scripts</source>
        <translation>Yerleşim Adları &amp;İki Yazıyla</translation>
    </message>
    <message>
        <source>Show each town&apos;s name in the original script beside the translated one</source>
        <translation>Her yerleşimin adını çevrilmiş adın yanında özgün yazısıyla göster</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Find Place, Area or Event…</source>
        <translation>&amp;Yer, Bölge veya Olay Bul…</translation>
    </message>
    <message>
        <source>Search by any spelling</source>
        <translation>Herhangi bir yazımla ara</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>&amp;Önceki Olay</translation>
    </message>
    <message>
        <source>Move the date back to the previous event</source>
        <translation>Tarihi önceki olaya geri al</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Sonraki Olay</translation>
    </message>
    <message>
        <source>Move the date on to the next event</source>
        <translation>Tarihi sonraki olaya ilerlet</translation>
    </message>
    <message>
        <source>&amp;Reset Date to {date}</source>
        <translation>Tarihi {date} Olarak &amp;Sıfırla</translation>
    </message>
    <message>
        <source>Back to the Moscow meeting of 25 Apr 2023</source>
        <translation>25 Nisan 2023 Moskova toplantısına dön</translation>
    </message>
    <message>
        <source>Edit &amp;Date</source>
        <translation>&amp;Tarihi Düzenle</translation>
    </message>
    <message>
        <source>Type an as-of date</source>
        <translation>Bir tarih yazın</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Seçimi Temizle</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Seçimi temizle</translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation>&amp;Haritaya Git</translation>
    </message>
    <message>
        <source>Keyboard focus to the map</source>
        <translation>Klavye odağı haritaya</translation>
    </message>
    <message>
        <source>Go to &amp;Event List</source>
        <translation>&amp;Olay Listesine Git</translation>
    </message>
    <message>
        <source>Keyboard focus to the events</source>
        <translation>Klavye odağı olaylara</translation>
    </message>
    <message>
        <source>Go to De&amp;tails</source>
        <translation>&amp;Ayrıntılara Git</translation>
    </message>
    <message>
        <source>Keyboard focus to the details</source>
        <translation>Klavye odağı ayrıntılara</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Ana</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe Aktar…</translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation>Bir dosyadan olay veya bölge içe aktar</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Yeni Çalışma Alanı…</translation>
    </message>
    <message>
        <source>Start an empty workspace file</source>
        <translation>Boş bir çalışma alanı dosyası başlat</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Çalışma Alanı &amp;Aç…</translation>
    </message>
    <message>
        <source>Open a workspace GeoPackage</source>
        <translation>Bir GeoPackage çalışma alanı aç</translation>
    </message>
    <message>
        <source>Open &amp;Recent Workspace</source>
        <translation>&amp;Son Çalışma Alanını Aç</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Listeyi Temizle</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Son çalışma alanı yok</translation>
    </message>
    <message>
        <source>{workspace} — Northern Syria Atlas</source>
        <translation>{workspace} — Kuzey Suriye Atlası</translation>
    </message>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>Kuzey Suriye Atlası</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} okunuyor…</translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation>Çalışma alanı kaydediliyor…</translation>
    </message>
    <message>
        <source>Loading the atlas…</source>
        <translation>Atlas yükleniyor…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Database…</source>
        <translation>Bir &amp;Veritabanına Bağlan…</translation>
    </message>
    <message>
        <source>Open a shared workspace in PostgreSQL/PostGIS</source>
        <translation>PostgreSQL/PostGIS içinde paylaşılan bir çalışma alanı aç</translation>
    </message>
    <message>
        <source> (database)</source>
        <translation> (veritabanı)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Import finished with warnings</source>
        <translation>İçe aktarma uyarılarla tamamlandı</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message>
        <source>{message}

Nothing was imported; the workspace is unchanged.</source>
        <translation>{message}

Hiçbir şey içe aktarılmadı; çalışma alanı değişmedi.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Çalışma Alanı Aç</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg);;All files (*)</source>
        <translation>Çalışma alanları (*.gpkg);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Yeni Çalışma Alanı</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation>Çalışma alanları (*.gpkg)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} açılıyor…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>{name} oluşturuluyor…</translation>
    </message>
    <message>
        <source>Created workspace {path}</source>
        <translation>{path} çalışma alanı oluşturuldu</translation>
    </message>
    <message>
        <source>Opened workspace {path}</source>
        <translation>{path} çalışma alanı açıldı</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Çalışma alanı açılmadı</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Meşgul</translation>
    </message>
    <message>
        <source>An import, export or workspace change is running.</source>
        <translation>Bir içe aktarma, dışa aktarma veya çalışma alanı değişikliği sürüyor.</translation>
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
        <translation>ihtilaflı</translation>
    </message>
    <message>
        <source>contested with {parties}</source>
        <translation>{parties} ile ihtilaflı</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>paylaşılan</translation>
    </message>
    <message>
        <source>shared with {parties}</source>
        <translation>{parties} ile paylaşılan</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>1 locality</source>
        <translation>1 yerleşimden</translation>
    </message>
    <message numerus="yes">
        <source>%n localities</source>
        <translation>
            <numerusform>%n yerleşimden</numerusform>
        </translation>
    </message>
    <message>
        <source>the snapshot zone {ids}</source>
        <translation>{ids} anlık görüntü bölgesinden</translation>
    </message>
    <message>
        <source>the snapshot zones {ids}</source>
        <translation>{ids} anlık görüntü bölgelerinden</translation>
    </message>
    <message>
        <source>derived from {localities} and {zones}</source>
        <translation>{localities} ve {zones} türetildi</translation>
    </message>
    <message>
        <source>derived from {localities}</source>
        <translation>{localities} türetildi</translation>
    </message>
    <message>
        <source>cells cut along the snapshot lines of {days}</source>
        <translation>hücreler {days} anlık görüntülerinin çizgileri boyunca kesildi</translation>
    </message>
</context>
<context>
    <name>_OptionalDate</name>
    <message>
        <source>Any</source>
        <translation>Herhangi</translation>
    </message>
</context>
</TS>
