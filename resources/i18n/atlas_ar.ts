<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttributeTable</name>
    <message>
        <source>Filter imported events by words…</source>
        <translation>تصفية الأحداث المستوردة بالكلمات…</translation>
    </message>
    <message>
        <source>Filter the attribute table</source>
        <translation>تصفية جدول السمات</translation>
    </message>
    <message>
        <source>No imported events: File ▸ Import brings a CSV, GeoJSON or KML in.</source>
        <translation>لا أحداث مستوردة: ملف ▸ استيراد يجلب ملف CSV أو GeoJSON أو KML.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>{shown} of 1 imported event</source>
        <translation>{shown} من حدث مستورد واحد</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n imported events</source>
        <translation>
            <numerusform>{shown} من %n حدث مستورد</numerusform>
            <numerusform>{shown} من حدث مستورد واحد</numerusform>
            <numerusform>{shown} من حدثين مستوردين</numerusform>
            <numerusform>{shown} من %n أحداث مستوردة</numerusform>
            <numerusform>{shown} من %n حدثًا مستوردًا</numerusform>
            <numerusform>{shown} من %n حدث مستورد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Columns (* required)</source>
        <translation>الأعمدة (* مطلوب)</translation>
    </message>
    <message>
        <source>Column for {field_label}</source>
        <translation>عمود {field_label}</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— غير مستخدم —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Guessed from the column name; choose another to override</source>
        <translation>مخمَّن من اسم العمود؛ اختر غيره للتجاوز</translation>
    </message>
</context>
<context>
    <name>ControlHistoryHtml</name>
    <message>
        <source>&lt;h3&gt;Control history&lt;/h3&gt;&lt;p class=&apos;muted&apos;&gt;No control records for this place.&lt;/p&gt;</source>
        <extracomment>A picked place this close (degrees, ~1.5 km) to a tracked locality shows its history.</extracomment>
        <translation>&lt;h3&gt;تاريخ السيطرة&lt;/h3&gt;&lt;p class=&apos;muted&apos;&gt;لا سجلات سيطرة لهذا المكان.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>لا سجل</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control history&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;تاريخ السيطرة&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;src&quot;&gt;{first} – {last} · as of {day}: &lt;b&gt;{holder}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;src&quot;&gt;{first} – {last} · حتى {day}: &lt;b&gt;{holder}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[from a snapshot]</source>
        <translation>[من لقطة]</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>(منذ {date})</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> و{count} أخرى</translation>
    </message>
    <message>
        <source>Rests on 1 locality</source>
        <translation>تستند إلى موقع واحد</translation>
    </message>
    <message numerus="yes">
        <source>Rests on %n localities</source>
        <translation>
            <numerusform>تستند إلى %n موقع</numerusform>
            <numerusform>تستند إلى موقع واحد</numerusform>
            <numerusform>تستند إلى موقعين</numerusform>
            <numerusform>تستند إلى %n مواقع</numerusform>
            <numerusform>تستند إلى %n موقعًا</numerusform>
            <numerusform>تستند إلى %n موقع</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;{shown}{tail}. Click a locality&apos;s dot (zoomed in) for its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{shown}{tail}. انقر نقطة موقع (بعد التكبير) لرؤية تاريخه.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CountryName</name>
    <message>
        <source>Armenia</source>
        <translation>أرمينيا</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>أذربيجان</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>قبرص</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>جورجيا</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>إسرائيل</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>فلسطين</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>روسيا</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>السعودية</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>West Bank</source>
        <translation>الضفة الغربية</translation>
    </message>
    <message>
        <source>Gaza Strip</source>
        <translation>قطاع غزة</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>No control-zone data for {date}</source>
        <translation>لا توجد بيانات مناطق سيطرة لتاريخ {date}</translation>
    </message>
    <message>
        <source> — no data after {date}, the last day sourced</source>
        <translation> — لا بيانات بعد {date}، آخر يوم تبلغه المصادر</translation>
    </message>
    <message>
        <source>{date} (before)</source>
        <translation>{date} (قبله)</translation>
    </message>
    <message>
        <source>{date} (after)</source>
        <translation>{date} (بعده)</translation>
    </message>
    <message>
        <source> — nearest: {dates}</source>
        <translation> — الأقرب: {dates}</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>unnamed source</source>
        <extracomment>How a source kind reads in a list (state and party media are labelled as such).</extracomment>
        <translation>مصدر غير مسمّى</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} و{count} غيرها</translation>
    </message>
    <message>
        <source>Sources: {names}; full list in {where}.</source>
        <translation>المصادر: {names}؛ القائمة الكاملة في {where}.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connect to a Database</source>
        <translation>الاتصال بقاعدة بيانات</translation>
    </message>
    <message>
        <source>PostgreSQL/PostGIS workspace — a URL such as postgresql://user@host/database,
or a libpq service name (service=team). Passwords come from ~/.pgpass or are asked.</source>
        <translation>مساحة عمل PostgreSQL/PostGIS — رابط مثل postgresql://user@host/database،
أو اسم خدمة libpq ‏(service=team). تؤخذ كلمات المرور من ‎~/.pgpass أو تُطلب.</translation>
    </message>
    <message>
        <source>Wrong password. </source>
        <translation>كلمة مرور خاطئة. </translation>
    </message>
    <message>
        <source>Password for {workspace}:</source>
        <translation>كلمة المرور لـ {workspace}:</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Updating {name}…</source>
        <translation>جارٍ تحديث {name}…</translation>
    </message>
    <message>
        <source>Could not update the workspace: {message}</source>
        <translation>تعذّر تحديث مساحة العمل: {message}</translation>
    </message>
    <message>
        <source>Updated with changes to {name}</source>
        <translation>حُدّث بالتغييرات على {name}</translation>
    </message>
</context>
<context>
    <name>DateControl</name>
    <message>
        <source>As-of date</source>
        <translation>التاريخ المحدد</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translatorcomment>REVIEW: &quot;حتى تاريخ&quot; for &quot;as of&quot; (state on that day). Review.</translatorcomment>
        <translation>&amp;حتى تاريخ</translation>
    </message>
    <message>
        <source>Previous event (Alt+Left)</source>
        <translation>الحدث السابق (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>الحدث السابق</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Drag to change the as-of date. Ticks above: events; bar below: dates with control data.
Page Up/Down move a month, arrow keys a day.</source>
        <translation>اسحب لتغيير التاريخ المحدد. العلامات في الأعلى: أحداث؛ الشريط في الأسفل: تواريخ تتوفر لها بيانات سيطرة.
مفتاحا Page Up/Down ينقلان شهراً، ومفاتيح الأسهم يوماً.</translation>
    </message>
    <message>
        <source>As-of date field</source>
        <translation>حقل التاريخ المحدد</translation>
    </message>
    <message>
        <source>The date the map, the M4 breakdown and the event list show</source>
        <translation>التاريخ الذي تعرضه الخريطة وتوزيع M4 وقائمة الأحداث</translation>
    </message>
    <message>
        <source>Next event (Alt+Right)</source>
        <translation>الحدث التالي (Alt+Right)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>الحدث التالي</translation>
    </message>
    <message>
        <source>↺ {date}</source>
        <translation>↺ {date}</translation>
    </message>
    <message>
        <source>Reset date</source>
        <translation>إعادة ضبط التاريخ</translation>
    </message>
    <message>
        <source>Back to {date}, the Moscow defence ministers&apos; meeting (Alt+Home)</source>
        <translation>العودة إلى {date}، اجتماع وزراء الدفاع في موسكو (Alt+Home)</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Sources</source>
        <extracomment>Area names up to this length are kept on one line in the overview.</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس حرفي</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>&lt;p&gt;{head}{body} {tag}&lt;br&gt;&lt;span class=&quot;src&quot;&gt;Source: {sources}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{head}{body} {tag}&lt;br&gt;&lt;span class=&quot;src&quot;&gt;المصدر: {sources}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · imported</source>
        <translation> · مستورد</translation>
    </message>
    <message>
        <source>&lt;h2&gt;As of {date}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;حتى {date}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Click an area on the map, pick an event from the list, or search (Ctrl+F) for a town. Boundaries are approximate reconstructions from reports.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;انقر على منطقة في الخريطة، أو اختر حدثاً من القائمة، أو ابحث (Ctrl+F) عن بلدة. الحدود إعادة رسم تقريبية استناداً إلى التقارير.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who held what&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;من سيطر على ماذا&lt;/h3&gt;</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;tag&quot;&gt;contested&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;tag&quot;&gt;متنازع عليها&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>in %n separate pieces</source>
        <translation>
            <numerusform>في %n قطعة منفصلة</numerusform>
            <numerusform>في قطعة واحدة</numerusform>
            <numerusform>في قطعتين منفصلتين</numerusform>
            <numerusform>في %n قطع منفصلة</numerusform>
            <numerusform>في %n قطعة منفصلة</numerusform>
            <numerusform>في %n قطعة منفصلة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 area</source>
        <translation>منطقة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: 1 area the sources do not settle (hatched)</source>
        <translation>لا بيانات: منطقة واحدة لا تحسم المصادر من يسيطر عليها (مظللة)</translation>
    </message>
    <message numerus="yes">
        <source>No data: %n areas the sources do not settle (hatched)</source>
        <translation>
            <numerusform>لا بيانات: %n منطقة لا تحسم المصادر من يسيطر عليها (مظللة)</numerusform>
            <numerusform>لا بيانات: منطقة واحدة لا تحسم المصادر من يسيطر عليها (مظللة)</numerusform>
            <numerusform>لا بيانات: منطقتان لا تحسم المصادر من يسيطر عليهما (مظللتان)</numerusform>
            <numerusform>لا بيانات: %n مناطق لا تحسم المصادر من يسيطر عليها (مظللة)</numerusform>
            <numerusform>لا بيانات: %n منطقة لا تحسم المصادر من يسيطر عليها (مظللة)</numerusform>
            <numerusform>لا بيانات: %n منطقة لا تحسم المصادر من يسيطر عليها (مظللة)</numerusform>
        </translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source> Nearest dates with data: {dates}.</source>
        <translation> أقرب التواريخ التي تتوفر لها بيانات: {dates}.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;&lt;b&gt;No control data for {date}.&lt;/b&gt; The map shows no zones and the M4 breakdown is empty.{nearest} Events are still listed.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a3b12&quot;&gt;&lt;b&gt;لا توجد بيانات سيطرة لتاريخ {date}.&lt;/b&gt; لا تعرض الخريطة أي مناطق وتوزيع طريق M4 فارغ.{nearest} لا تزال الأحداث مدرجة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dated source found says who held it on {day} ({zone}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;لم يُعثر على مصدر مؤرخ يذكر من كان يسيطر عليها في {day} ({zone}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{swatch} Held by &lt;b&gt;{party}&lt;/b&gt; on {day}, in {zone}{contested}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{swatch} تحت سيطرة &lt;b&gt;{party}&lt;/b&gt; في {day}، ضمن {zone}{contested}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (contested)</source>
        <translation> (متنازع عليها)</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Outside every mapped control zone on {day}.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;خارج جميع مناطق السيطرة المرسومة في {day}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;{lat:.4f}° N, {lon:.4f}° E · move the date to see who held it at other times.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;{lat:.4f}° شمالاً، {lon:.4f}° شرقاً · غيّر التاريخ لترى من سيطر عليه في أوقات أخرى.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجل</translation>
    </message>
    <message>
        <source>later</source>
        <translation>لاحقاً</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>تحت سيطرة</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>{date} &lt;span class=&apos;muted&apos;&gt;(this map: {validity})&lt;/span&gt;</source>
        <translation>{date} &lt;span class=&apos;muted&apos;&gt;(هذه الخريطة: {validity})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Contested: sources disagree on who holds it</source>
        <translation>متنازع عليها: تختلف المصادر حول من يسيطر عليها</translation>
    </message>
    <message>
        <source>No data: no dated source found says who held it</source>
        <translation>لا بيانات: لم يُعثر على مصدر مؤرخ يذكر من كان يسيطر عليها</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>approximate boundary (no accuracy note)</source>
        <translation>حدود تقريبية (لا ملاحظة عن الدقة)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related events ({count})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;أحداث ذات صلة ({count})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;None up to this date.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;لا شيء حتى هذا التاريخ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Later events not shown: {count:,} after {date} — move the date forward to see them.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;أحداث لاحقة غير معروضة: {count:,} بعد {date} — قدّم التاريخ لرؤيتها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Statements ({count}), newest first&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;التصريحات ({count})، الأحدث أولاً&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for these events.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;لا تصريحات مسجلة لهذه الأحداث.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older statements: {count}; select their events to read them.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;تصريحات أقدم: {count}؛ اختر أحداثها لقراءتها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imported events here ({count:,}), newest first&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;الأحداث المستوردة هنا ({count:,})، الأحدث أولاً&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Older imported events not listed here: {count:,}. The Events list shows every one, with filters by date, party and kind.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;أحداث مستوردة أقدم غير مدرجة هنا: {count:,}. تعرضها قائمة الأحداث كلها، مع تصفية حسب التاريخ والطرف والنوع.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر الأصلي</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#0b5e6b&quot;&gt;&lt;b&gt;Imported&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#0b5e6b&quot;&gt;&lt;b&gt;مستورد&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source> from {file}</source>
        <translation> من {file}</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;muted&quot;&gt;(workspace {origin})&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;muted&quot;&gt;(مساحة العمل {origin})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#8a3b12&quot;&gt;This event is after the as-of date ({date}).&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a3b12&quot;&gt;هذا الحدث بعد التاريخ المحدد ({date}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;On the map&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;على الخريطة&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>In force {span}</source>
        <translation>ساري المفعول {span}</translation>
    </message>
    <message>
        <source>In force {span}: not drawn on {date}</source>
        <translation>ساري المفعول {span}: غير مرسوم في {date}</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Statements: {count}; parties: {parties}. See &lt;b&gt;Positions&lt;/b&gt;, side by side below the map.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;التصريحات: {count}؛ الأطراف: {parties}. انظر &lt;b&gt;المواقف&lt;/b&gt; جنباً إلى جنب أسفل الخريطة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;No statements recorded for this event.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;لا تصريحات مسجلة لهذا الحدث.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>translated from {language}</source>
        <translation>مترجم عن {language}</translation>
    </message>
    <message>
        <source>translated from {language}; English as published by {publisher}</source>
        <translation>مترجم عن {language}؛ النص الإنجليزي كما نشره {publisher}</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details of the selection</source>
        <translation>تفاصيل التحديد</translation>
    </message>
    <message>
        <source>&lt;p&gt;No atlas data loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لم تُحمَّل بيانات الأطلس.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>Event filters</source>
        <translation>مرشحات الأحداث</translation>
    </message>
    <message>
        <source>Filter events by words…</source>
        <translation>تصفية الأحداث بالكلمات…</translation>
    </message>
    <message>
        <source>Filter events by text</source>
        <translation>تصفية الأحداث حسب النص</translation>
    </message>
    <message>
        <source>Shows events whose title, summary, place or people contain this</source>
        <translation>يعرض الأحداث التي يحتوي عنوانها أو ملخصها أو مكانها أو أشخاصها على هذا النص</translation>
    </message>
    <message>
        <source>Filter events by party</source>
        <translation>تصفية الأحداث حسب الطرف</translation>
    </message>
    <message>
        <source>Only events this party took part in</source>
        <translation>الأحداث التي شارك فيها هذا الطرف فقط</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>كل الأطراف</translation>
    </message>
    <message>
        <source>Filter events by kind</source>
        <translation>تصفية الأحداث حسب النوع</translation>
    </message>
    <message>
        <source>Only events of this kind</source>
        <translation>الأحداث من هذا النوع فقط</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Filter events by source grade</source>
        <translation>تصفية الأحداث حسب درجة المصدر</translation>
    </message>
    <message>
        <source>Only events resting on at least one source of this reliability grade or better (Admiralty grades: A completely reliable .. F cannot be judged; see SOURCES.md)</source>
        <translation>الأحداث المستندة إلى مصدر واحد على الأقل بهذه الدرجة من الموثوقية أو أفضل فقط (درجات الأميرالية: A موثوق تماماً .. F لا يمكن الحكم عليه؛ انظر SOURCES.md)</translation>
    </message>
    <message>
        <source>Events from date</source>
        <translation>الأحداث من تاريخ</translation>
    </message>
    <message>
        <source>Earliest event date (lowest value: any)</source>
        <translation>أقدم تاريخ للحدث (أدنى قيمة: أي تاريخ)</translation>
    </message>
    <message>
        <source>Events to date</source>
        <translation>الأحداث حتى تاريخ</translation>
    </message>
    <message>
        <source>Latest event date (lowest value: any); the as-of date also limits</source>
        <translation>أحدث تاريخ للحدث (أدنى قيمة: أي تاريخ)؛ التاريخ المحدد يحدّ أيضاً</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear event filters</source>
        <translation>مسح مرشحات الأحداث</translation>
    </message>
    <message>
        <source>Show all events up to the as-of date</source>
        <translation>عرض كل الأحداث حتى التاريخ المحدد</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Meeting</source>
        <extracomment>Internal link schemes: clicking them selects a record instead of opening a browser.</extracomment>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation>عملية عسكرية</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>EventKindLabel</name>
    <message>
        <source>Meeting / talks</source>
        <translation>اجتماع / محادثات</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Military operation</source>
        <translation>عملية عسكرية</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>حدث آخر</translation>
    </message>
</context>
<context>
    <name>EventLayer</name>
    <message>
        <source>{place} (off map)</source>
        <translation>{place} (خارج الخريطة)</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Events up to the as-of date, newest first. Arrow keys select the next event.</source>
        <translation>الأحداث حتى التاريخ المحدد، الأحدث أولاً. مفاتيح الأسهم تحدد الحدث التالي.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>
Imported from {file} ({origin})</source>
        <translation>
مستورد من {file} ({origin})</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>, imported</source>
        <translation>، مستورد</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export &amp;Snapshot…</source>
        <translation>تصدير &amp;لقطة…</translation>
    </message>
    <message>
        <source>Save the map as a PNG, PDF or SVG page</source>
        <translation>حفظ الخريطة كصفحة PNG أو PDF أو SVG</translation>
    </message>
    <message>
        <source>Export &amp;Web Map…</source>
        <translation>تصدير خريطة &amp;ويب…</translation>
    </message>
    <message>
        <source>Save an interactive map as one HTML file that works offline</source>
        <translation>حفظ خريطة تفاعلية كملف HTML واحد يعمل دون اتصال</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>تصدير لقطة</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>ملفات {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Export Web Map</source>
        <translation>تصدير خريطة ويب</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحات ويب (*.html)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>جارٍ تصدير {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>another export, import or workspace change is running</source>
        <translation>يجري تصدير أو استيراد أو تغيير لمساحة العمل بالفعل</translation>
    </message>
    <message>
        <source>Exported {path} (manifest {name})</source>
        <translation>صُدِّر {path} (البيان {name})</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Northern Syria: areas of control</source>
        <extracomment>The default title of a map that has control zones, and of one that has none on its date.</extracomment>
        <translation>شمال سوريا: مناطق السيطرة</translation>
    </message>
    <message>
        <source>Northern Syria: no control-zone data</source>
        <translation>شمال سوريا: لا بيانات عن مناطق السيطرة</translation>
    </message>
    <message>
        <source>M4 (Latakia–Aleppo–al-Yarubiyah)</source>
        <extracomment>The M4&apos;s legend text: it runs from Latakia through Aleppo, al-Hasakah and Qamishli to the Iraqi border at al-Yarubiyah (reference/m4_vertices.csv); the Hasakah/Qamishli order is disputed, so only the undisputed ends and Aleppo are named.</extracomment>
        <translation>M4 (اللاذقية–حلب–اليعربية)</translation>
    </message>
</context>
<context>
    <name>FileInfo</name>
    <message>
        <source>{total:,} features ({counts})</source>
        <translation>{total:,} عنصراً ({counts})</translation>
    </message>
    <message>
        <source> → imported as {kind}</source>
        <translation> ← يُستورد كـ {kind}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>read via &lt;a href=&quot;{url}&quot;&gt;a copy&lt;/a&gt;</source>
        <translation>قُرئ عبر &lt;a href=&quot;{url}&quot;&gt;نسخة&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a33&quot;&gt;&amp;#9888; Rests only on low-grade sources (graded D-F, ungraded, or state/party media for a fact on the ground): treat as unconfirmed.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#a33&quot;&gt;&amp;#9888; يستند فقط إلى مصادر منخفضة الدرجة (بدرجة D-F، أو غير مصنّفة، أو إعلام رسمي/حزبي عن وقائع ميدانية): اعتبره غير مؤكد.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a33&quot;&gt;No source recorded.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#a33&quot;&gt;لا يوجد مصدر مسجل.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Furniture</name>
    <message>
        <source>Scale true at {latitude}</source>
        <translation>المقياس صحيح عند خط العرض {latitude}</translation>
    </message>
    <message>
        <source>Locator: area shown in red</source>
        <translation>الموقع: المنطقة المعروضة بالأحمر</translation>
    </message>
</context>
<context>
    <name>Governorate</name>
    <message>
        <source>Aleppo</source>
        <translation>حلب</translation>
    </message>
    <message>
        <source>Al-Hasakah</source>
        <translation>الحسكة</translation>
    </message>
    <message>
        <source>Raqqa</source>
        <translation>الرقة</translation>
    </message>
    <message>
        <source>Hama</source>
        <translation>حماة</translation>
    </message>
    <message>
        <source>Idlib</source>
        <translation>إدلب</translation>
    </message>
    <message>
        <source>Homs</source>
        <translation>حمص</translation>
    </message>
    <message>
        <source>Deir ez-Zor</source>
        <translation>دير الزور</translation>
    </message>
    <message>
        <source>Rif Dimashq</source>
        <translation>ريف دمشق</translation>
    </message>
    <message>
        <source>Latakia</source>
        <translation>اللاذقية</translation>
    </message>
    <message>
        <source>Daraa</source>
        <translation>درعا</translation>
    </message>
    <message>
        <source>As-Suwayda</source>
        <translation>السويداء</translation>
    </message>
    <message>
        <source>Tartus</source>
        <translation>طرطوس</translation>
    </message>
    <message>
        <source>Quneitra</source>
        <translation>القنيطرة</translation>
    </message>
    <message>
        <source>Damascus</source>
        <translation>دمشق</translation>
    </message>
</context>
<context>
    <name>HitTest</name>
    <message>
        <source>no control data on this date</source>
        <extracomment>The M4 stretch under the pixel (who holds it, from which town to which, km), as plain text; the zone under the road is then not the hit.</extracomment>
        <translation>لا بيانات سيطرة في هذا التاريخ</translation>
    </message>
    <message>
        <source>from near {start} to near {end}</source>
        <translation>من قرب {start} إلى قرب {end}</translation>
    </message>
    <message>
        <source>{km:.0f} km (km {start:.0f}–{end:.0f} of {total:.0f}, west to east)</source>
        <translation>{km:.0f} كم (الكيلومتر {start:.0f}–{end:.0f} من {total:.0f}، من الغرب إلى الشرق)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cluster_count:,} imported events&lt;/b&gt; here&lt;br&gt;Click to zoom in</source>
        <translation>&lt;b&gt;{cluster_count:,} حدثاً مستورداً&lt;/b&gt; هنا&lt;br&gt;انقر للتكبير</translation>
    </message>
    <message>
        <source> · imported ({origin})</source>
        <translation> · مستورد ({origin})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;+{count} more&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;+{count} أخرى&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n events here (click: the newest)&lt;br&gt;</source>
        <translation>
            <numerusform>%n حدث هنا (انقر: الأحدث)&lt;br&gt;</numerusform>
            <numerusform>حدث واحد هنا (انقر: الأحدث)&lt;br&gt;</numerusform>
            <numerusform>حدثان هنا (انقر: الأحدث)&lt;br&gt;</numerusform>
            <numerusform>%n أحداث هنا (انقر: الأحدث)&lt;br&gt;</numerusform>
            <numerusform>%n حدثًا هنا (انقر: الأحدث)&lt;br&gt;</numerusform>
            <numerusform>%n حدث هنا (انقر: الأحدث)&lt;br&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (tracked locality)&lt;br&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (موقع متابَع)&lt;br&gt;</translation>
    </message>
    <message>
        <source>in {zone_tip}&lt;br&gt;</source>
        <translation>ضمن {zone_tip}&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click: its control history&lt;/i&gt;</source>
        <translation>&lt;i&gt;انقر: تاريخ السيطرة عليه&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;No dated source found says who held it</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;لم يُعثر على مصدر مؤرخ يذكر من كان يسيطر عليها</translation>
    </message>
    <message>
        <source> (contested)</source>
        <translation> (متنازع عليها)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;Held by {party}{extra}</source>
        <translation>&lt;b&gt;{zone}&lt;/b&gt;&lt;br&gt;تحت سيطرة {party}{extra}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Events or Zones</source>
        <translation>استيراد أحداث أو مناطق</translation>
    </message>
    <message>
        <source>Choose a CSV, GeoJSON, KML or GeoPackage file.</source>
        <translation>اختر ملف CSV أو GeoJSON أو KML أو GeoPackage.</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;مشكلات</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>مشكلات وُجدت في الملف</translation>
    </message>
    <message>
        <source>Adds to workspace: {workspace}</source>
        <translation>يُضاف إلى مساحة العمل: {workspace}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>A CSV (ACLED export or any sheet), GeoJSON, KML or GPKG</source>
        <translation>ملف CSV (تصدير ACLED أو أي جدول)، أو GeoJSON أو KML أو GPKG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;الطبقة:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <source>Text files are read as UTF-8 unless they start with a UTF-16 byte-order mark. Name the encoding of an older file (e.g. Arabic Windows) instead of letting it be guessed: a wrong guess garbles names silently.</source>
        <translation>تُقرأ الملفات النصية بترميز UTF-8 ما لم تبدأ بعلامة ترتيب البايت UTF-16. حدّد ترميز الملف القديم (مثل Windows العربي) بدلاً من تركه للتخمين: التخمين الخاطئ يشوّه الأسماء دون تنبيه.</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>استيراد &amp;كـ:</translation>
    </message>
    <message>
        <source>First &amp;rows of the file (up to {rows})</source>
        <translation>ال&amp;صفوف الأولى من الملف (حتى {rows})</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation>لا يمكن استيراد هذا الملف كما هو.</translation>
    </message>
    <message>
        <source>Required: choose the column that holds “{field}”.</source>
        <translation>مطلوب: اختر العمود الذي يحتوي «{field}».</translation>
    </message>
    <message>
        <source>No problems in the first {rows} rows: they become {count} zones. The whole file is checked when you import; if any row is bad nothing is written.</source>
        <translation>لا مشكلات في أول {rows} صفاً: تصبح {count} منطقة. يُفحص الملف كله عند الاستيراد؛ وإن كان أي صف خاطئاً لا يُكتب شيء.</translation>
    </message>
    <message>
        <source>No problems in the first {rows} rows: they become {count} events. The whole file is checked when you import; if any row is bad nothing is written.</source>
        <translation>لا مشكلات في أول {rows} صفاً: تصبح {count} حدثاً. يُفحص الملف كله عند الاستيراد؛ وإن كان أي صف خاطئاً لا يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Sub-type</source>
        <translation>النوع الفرعي</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Province (admin1)</source>
        <translation>المحافظة (admin1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>الطرف الفاعل 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>الطرف الفاعل 2</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>الطرف المسيطر</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Area id</source>
        <translation>معرّف المنطقة</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>متنازع عليها</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or UTF-16 with a byte-order mark)</source>
        <extracomment>(label, codec name or None for the importer&apos;s own rule), for the encoding picker.</extracomment>
        <translation>تلقائي (UTF-8، أو UTF-16 مع علامة ترتيب البايت)</translation>
    </message>
    <message>
        <source>Arabic – Windows (cp1256)</source>
        <translation>العربية – Windows (cp1256)</translation>
    </message>
    <message>
        <source>Arabic – ISO-8859-6</source>
        <translation>العربية – ISO-8859-6</translation>
    </message>
    <message>
        <source>Turkish – Windows (cp1254)</source>
        <translation>التركية – Windows (cp1254)</translation>
    </message>
    <message>
        <source>Western – Windows (cp1252)</source>
        <translation>الغربية – Windows (cp1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Events (points or rows with coordinates)</source>
        <translation>أحداث (نقاط أو صفوف بإحداثيات)</translation>
    </message>
    <message>
        <source>Zones (polygons with a controller and dates)</source>
        <translation>مناطق (مضلعات بطرف مسيطر وتواريخ)</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;GeoPackage (*.gpkg);;All files (*)</source>
        <translation>ملفات البيانات (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg);;CSV (*.csv *.tsv *.txt);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;GeoPackage (*.gpkg);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <source>Imported 1 zone from {file} into {workspace}</source>
        <extracomment>The stages an import reports as its progress message; only reading may be cancelled.</extracomment>
        <translation>استُوردت منطقة واحدة من {file} إلى {workspace}</translation>
    </message>
    <message>
        <source>Imported {count:,} zones from {file} into {workspace}</source>
        <translation>استُوردت {count:,} منطقة من {file} إلى {workspace}</translation>
    </message>
    <message>
        <source>Imported 1 event from {file} into {workspace}</source>
        <translation>استُورد حدث واحد من {file} إلى {workspace}</translation>
    </message>
    <message>
        <source>Imported {count:,} events from {file} into {workspace}</source>
        <translation>استُورد {count:,} حدثاً من {file} إلى {workspace}</translation>
    </message>
    <message>
        <source> ({count:,} replaced an earlier import with the same id)</source>
        <translation> ({count:,} حلّت محل استيراد سابق بالمعرّف نفسه)</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Map layers</source>
        <translation>طبقات الخريطة</translation>
    </message>
    <message>
        <source>Tick a layer to show it on the map (Space toggles the current layer)</source>
        <translation>حدّد طبقة لعرضها على الخريطة (مفتاح المسافة يبدّل الطبقة الحالية)</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Layers a user can switch off, in the order the layer list shows them (top first); titles are translated where shown (context LayerList).</extracomment>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>الأحداث المستوردة</translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation>الطريق الدولي M4</translation>
    </message>
    <message>
        <source>2020 M4 security corridor</source>
        <translatorcomment>REVIEW: Arabic media call the 2020 Russian-Turkish protocol strip &quot;الممر الآمن&quot; (safe corridor); &quot;الممر الأمني&quot; is the literal rendering. Review.</translatorcomment>
        <translation>الممر الآمن على طريق M4 لعام 2020</translation>
    </message>
    <message>
        <source>2018 demilitarised zone (Sochi)</source>
        <translation>المنطقة منزوعة السلاح لعام 2018 (سوتشي)</translation>
    </message>
    <message>
        <source>Control zones</source>
        <translation>مناطق السيطرة</translation>
    </message>
    <message>
        <source>Localities (control records)</source>
        <translation>المواقع (سجلات السيطرة)</translation>
    </message>
    <message>
        <source>Imported zones</source>
        <translation>المناطق المستوردة</translation>
    </message>
    <message>
        <source>Zone labels</source>
        <translation>تسميات المناطق</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>البلدات</translation>
    </message>
    <message>
        <source>Town names in both scripts</source>
        <translation>أسماء البلدات بالخطّين</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>أسماء الدول</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>الأنهار</translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation>البحيرات</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <source>Graticule</source>
        <translation>شبكة خطوط الطول والعرض</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Boundaries approximate</source>
        <translation>الحدود تقريبية</translation>
    </message>
    <message>
        <source>Control as of {date}</source>
        <translation>السيطرة حتى {date}</translation>
    </message>
    <message>
        <source>International border</source>
        <translation>الحدود الدولية</translation>
    </message>
    <message>
        <source>Governorate boundary</source>
        <translation>حدود المحافظة</translation>
    </message>
    <message>
        <source>River</source>
        <translation>نهر</translation>
    </message>
    <message>
        <source>2018 demilitarised zone (Sochi), computed</source>
        <translation>المنطقة منزوعة السلاح لعام 2018 (سوتشي)، محسوبة تقديرياً</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>متنازع عليها</translation>
    </message>
    <message>
        <source>No control-zone data for this date</source>
        <translation>لا توجد بيانات مناطق سيطرة لهذا التاريخ</translation>
    </message>
    <message>
        <source>Gained since {date}</source>
        <translation>ما كُسب منذ {date}</translation>
    </message>
    <message>
        <source>No ground changed hands</source>
        <translation>لم تتغير السيطرة على أي أرض</translation>
    </message>
    <message>
        <source>Agreed zones</source>
        <translation>مناطق متفق عليها</translation>
    </message>
    <message>
        <source>Events to this date ({count})</source>
        <translation>الأحداث حتى هذا التاريخ ({count})</translation>
    </message>
    <message>
        <source>Imported events ({count})</source>
        <translation>الأحداث المستوردة ({count})</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>الخريطة الأساسية</translation>
    </message>
    <message>
        <source>2020 security corridor</source>
        <extracomment>The agreed zone&apos;s name as the legend and the layer list give it (the DMZ&apos;s says &quot;computed&quot;).</extracomment>
        <translation>الممر الآمن لعام 2020</translation>
    </message>
    <message>
        <source>M4 by controller: {km:,.0f} km</source>
        <translation>طريق M4 حسب الطرف المسيطر: {km:,.0f} كم</translation>
    </message>
    <message>
        <source>M4 motorway</source>
        <translation>الطريق الدولي M4</translation>
    </message>
    <message>
        <source>Rests only on low-grade sources</source>
        <translation>يستند فقط إلى مصادر منخفضة الدرجة</translation>
    </message>
    <message>
        <source>Cluster (number of events)</source>
        <translation>تجمّع (عدد الأحداث)</translation>
    </message>
</context>
<context>
    <name>LegendView</name>
    <message>
        <source>Map legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
</context>
<context>
    <name>M4Breakdown</name>
    <message>
        <source>Measuring the M4…</source>
        <translation>جارٍ قياس طريق M4…</translation>
    </message>
    <message>
        <source>M4 control breakdown</source>
        <translation>توزيع السيطرة على طريق M4</translation>
    </message>
    <message>
        <source>&lt;b&gt;M4 control&lt;/b&gt; as of {date}</source>
        <translation>&lt;b&gt;السيطرة على طريق M4&lt;/b&gt; حتى {date}</translation>
    </message>
    <message>
        <source>No atlas data loaded.</source>
        <translation>لم تُحمَّل بيانات الأطلس.</translation>
    </message>
    <message>
        <source>No control data for {date}.</source>
        <translation>لا توجد بيانات سيطرة لتاريخ {date}.</translation>
    </message>
    <message>
        <source>Length of the M4 inside each controller&apos;s zone, rounded to what the line supports: the road is drawn as straight segments between towns (±10 %), and zone boundaries are approximate, so the split is too.</source>
        <translation>طول طريق M4 داخل منطقة كل طرف مسيطر، مقرّباً إلى ما يسمح به الخط: الطريق مرسوم كقطع مستقيمة بين البلدات (±10 %)، وحدود المناطق تقريبية، وكذلك هذا التوزيع.</translation>
    </message>
    <message>
        <source>{name}: {km}, {share:.0f} percent</source>
        <translation>{name}: {km}، {share:.0f} بالمئة</translation>
    </message>
    <message>
        <source>Outside mapped zones</source>
        <translation>خارج المناطق المرسومة</translation>
    </message>
</context>
<context>
    <name>M4Strip</name>
    <message>
        <source>M4 control strip, west to east</source>
        <translation>شريط السيطرة على طريق M4، من الغرب إلى الشرق</translation>
    </message>
    <message>
        <source>W · Latakia</source>
        <translation>غرب · اللاذقية</translation>
    </message>
    <message>
        <source>Iraq · E</source>
        <translation>العراق · شرق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>أطلس شمال سوريا</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>موضع المؤشر</translation>
    </message>
    <message>
        <source>No town, area or event matches “{text}”: try another spelling or fewer letters.</source>
        <translation>لا بلدة ولا منطقة ولا حدث يطابق «{text}»: جرّب تهجئة أخرى أو أحرفاً أقل.</translation>
    </message>
    <message>
        <source>Click an area or an event marker · drag to pan · wheel to zoom · Ctrl+F to search</source>
        <translation>انقر على منطقة أو علامة حدث · اسحب للتحريك · العجلة للتكبير · Ctrl+F للبحث</translation>
    </message>
    <message>
        <source>no mapped controller</source>
        <translation>لا طرف مسيطر مرسوم</translation>
    </message>
    <message>
        <source>{place}: held by {party} on {date}</source>
        <translation>{place}: تحت سيطرة {party} في {date}</translation>
    </message>
    <message>
        <source>{zone} — held by {party} · Esc clears</source>
        <translation>{zone} — تحت سيطرة {party} · Esc للإلغاء</translation>
    </message>
    <message>
        <source>{date} — {title} · Esc clears</source>
        <translation>{date} — {title} · Esc للإلغاء</translation>
    </message>
    <message>
        <source>About Northern Syria Atlas</source>
        <translation>حول أطلس شمال سوريا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Northern Syria Atlas&lt;/b&gt; {version}&lt;br&gt;Who holds what in northern Syria, where the M4 runs, and what each party said at the talks.&lt;br&gt;&lt;br&gt;Base map: {attribution}&lt;br&gt;Control zones are approximate reconstructions; every zone, event and statement lists its sources.</source>
        <translation>&lt;b&gt;أطلس شمال سوريا&lt;/b&gt; {version}&lt;br&gt;من يسيطر على ماذا في شمال سوريا، وأين يمر طريق M4، وماذا قال كل طرف في المحادثات.&lt;br&gt;&lt;br&gt;الخريطة الأساسية: {attribution}&lt;br&gt;مناطق السيطرة إعادة رسم تقريبية؛ كل منطقة وحدث وتصريح يذكر مصادره.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Map of northern Syria. Drag or arrow keys to pan, wheel or plus/minus to zoom, click a zone or event to select it, Escape to clear the selection.</source>
        <translation>خريطة شمال سوريا. اسحب أو استخدم مفاتيح الأسهم للتحريك، والعجلة أو زائد/ناقص للتكبير، وانقر على منطقة أو حدث لتحديده، وEscape لإلغاء التحديد.</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Measuring: click points on the map; Esc ends</source>
        <translation>القياس: انقر نقاطاً على الخريطة؛ Esc للإنهاء</translation>
    </message>
    <message>
        <source>Distance {km:,.1f} km</source>
        <translation>المسافة {km:,.1f} كم</translation>
    </message>
    <message>
        <source> · area {area:,.1f} km² (closing the shape)</source>
        <translation> · المساحة {area:,.1f} كم² (بإغلاق الشكل)</translation>
    </message>
    <message>
        <source> · 1 point; Esc ends</source>
        <translation> · نقطة واحدة؛ Esc للإنهاء</translation>
    </message>
    <message numerus="yes">
        <source> · %n points; Esc ends</source>
        <translation>
            <numerusform> · %n نقطة؛ Esc للإنهاء</numerusform>
            <numerusform> · نقطة واحدة؛ Esc للإنهاء</numerusform>
            <numerusform> · نقطتان؛ Esc للإنهاء</numerusform>
            <numerusform> · %n نقاط؛ Esc للإنهاء</numerusform>
            <numerusform> · %n نقطة؛ Esc للإنهاء</numerusform>
            <numerusform> · %n نقطة؛ Esc للإنهاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCard</name>
    <message>
        <source>Positions of {name}</source>
        <translation>مواقف {name}</translation>
    </message>
    <message>
        <source>1 statement</source>
        <translation>تصريح واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n تصريح</numerusform>
            <numerusform>تصريح واحد</numerusform>
            <numerusform>تصريحان</numerusform>
            <numerusform>%n تصريحات</numerusform>
            <numerusform>%n تصريحًا</numerusform>
            <numerusform>%n تصريح</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n} quoted</source>
        <translation>، {n} منها اقتباس حرفي</translation>
    </message>
    <message>
        <source>Statements by {name}</source>
        <translation>تصريحات {name}</translation>
    </message>
</context>
<context>
    <name>PartyName</name>
    <message>
        <source>Control not settled in the sources</source>
        <extracomment>Names for controller ids that may appear in zone data without a party record of their own.</extracomment>
        <translation>سيطرة لا تحسمها المصادر</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <source>No control data</source>
        <extracomment>What an M4 stretch in no zone is held by.</extracomment>
        <translation>لا بيانات سيطرة</translation>
    </message>
</context>
<context>
    <name>PlaybackControl</name>
    <message>
        <source>1 day</source>
        <extracomment>Frames whose territory is derived ahead while playing (two seconds of play). Days per frame offered, and their labels.</extracomment>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>أسبوع واحد</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>شهر واحد</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 أشهر</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Animate the map from the as-of date onwards (10 frames/s)</source>
        <translation>تحريك الخريطة من التاريخ المحدد فصاعداً (10 إطارات/ث)</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>خطوة التشغيل</translation>
    </message>
    <message>
        <source>How far the date moves per frame</source>
        <translation>مقدار تقدّم التاريخ في كل إطار</translation>
    </message>
    <message>
        <source>{label}/frame</source>
        <translation>{label}/إطار</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Keep this day and hatch what changed hands as you move the date (gains in the gainer&apos;s colour)</source>
        <translation>ثبّت هذا اليوم وظلّل بخطوط ما تغيّرت السيطرة عليه أثناء تحريك التاريخ (المكاسب بلون الطرف الكاسب)</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ إيقاف مؤقت</translation>
    </message>
    <message>
        <source>since {earlier} → {date}</source>
        <translation>منذ {earlier} ← {date}</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <source>Positions each party stated</source>
        <translation>المواقف التي أعلنها كل طرف</translation>
    </message>
    <message>
        <source>What each party said — {title} ({date})</source>
        <translation>ما قاله كل طرف — {title} ({date})</translation>
    </message>
    <message>
        <source>What each party said about events concerning {name}</source>
        <translation>ما قاله كل طرف عن الأحداث المتعلقة بـ{name}</translation>
    </message>
    <message>
        <source>: no statements recorded.</source>
        <translation>: لا تصريحات مسجلة.</translation>
    </message>
    <message>
        <source>Select an event (or a zone) to compare what each party stated, side by side.</source>
        <translation>اختر حدثاً (أو منطقة) لمقارنة ما أعلنه كل طرف جنباً إلى جنب.</translation>
    </message>
    <message>
        <source>Party whose statements are shown</source>
        <translation>الطرف الذي تُعرض تصريحاته</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the file&apos;s first rows</source>
        <translation>معاينة الصفوف الأولى من الملف</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>أعم</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>يغلق ودجة الرّصف</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>يفكّ رصف ودجة الرّصف ويعيد إرفاقها</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>صفّر</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Search places, areas and events</source>
        <translation>البحث في الأماكن والمناطق والأحداث</translation>
    </message>
    <message>
        <source>Search towns, areas, events…  (Ctrl+F)</source>
        <translation>ابحث عن بلدات ومناطق وأحداث…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a town by any spelling (Kobani, Ayn al-Arab; Qamishli, Qamishlo), an area or an event. Enter picks the first suggestion.</source>
        <translation>ابحث عن بلدة بأي تهجئة (Kobani, Ayn al-Arab؛ Qamishli, Qamishlo)، أو منطقة أو حدث. يختار Enter الاقتراح الأول.</translation>
    </message>
    <message>
        <source>Search suggestions</source>
        <translation>اقتراحات البحث</translation>
    </message>
    <message>
        <source>Nothing matches {text}</source>
        <translation>لا شيء يطابق {text}</translation>
    </message>
</context>
<context>
    <name>SearchKind</name>
    <message>
        <source>village</source>
        <translation>قرية</translation>
    </message>
    <message>
        <source>town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>حي</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>منشأة</translation>
    </message>
    <message>
        <source>base</source>
        <translation>قاعدة عسكرية</translation>
    </message>
    <message>
        <source>airbase</source>
        <translation>قاعدة جوية</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>مطار</translation>
    </message>
    <message>
        <source>oilfield</source>
        <translation>حقل نفط</translation>
    </message>
    <message>
        <source>dam</source>
        <translation>سد</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>جسر</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>تقاطع طرق</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>معبر حدودي</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>مكان انعقاد</translation>
    </message>
    <message>
        <source>the Golan Heights (occupied by Israel)</source>
        <translation>مرتفعات الجولان (تحتلها إسرائيل)</translation>
    </message>
    <message>
        <source>Jerusalem (status disputed)</source>
        <translation>القدس (وضعها متنازع عليه)</translation>
    </message>
    <message>
        <source>coordinates (latitude, longitude)</source>
        <translation>إحداثيات (خط العرض، خط الطول)</translation>
    </message>
    <message>
        <source>town in {region}</source>
        <translation>بلدة في {region}</translation>
    </message>
    <message>
        <source>also {names}</source>
        <translation>ويُكتب أيضًا {names}</translation>
    </message>
    <message>
        <source>from {month}</source>
        <translation>منذ {month}</translation>
    </message>
    <message>
        <source>area held by {party}</source>
        <translation>منطقة تسيطر عليها {party}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search towns, areas and events</source>
        <translation>البحث عن البلدات والمناطق والأحداث</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+يسار / Alt+يمين</translation>
    </message>
    <message>
        <source>Previous / next event (moves the date)</source>
        <translation>الحدث السابق / التالي (ينقل التاريخ)</translation>
    </message>
    <message>
        <source>Reset the date to 25 Apr 2023</source>
        <translation>إعادة التاريخ إلى 25 نيسان 2023</translation>
    </message>
    <message>
        <source>Edit the as-of date</source>
        <translation>تعديل التاريخ المحدد</translation>
    </message>
    <message>
        <source>Go to the map / event list / details</source>
        <translation>الانتقال إلى الخريطة / قائمة الأحداث / التفاصيل</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>تكبير إلى التحديد</translation>
    </message>
    <message>
        <source>Measure distance and area: click points; Esc ends</source>
        <translation>قياس المسافة والمساحة: انقر نقاطاً؛ Esc للإنهاء</translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation>استيراد أحداث أو مناطق من ملف</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Arrow keys (map)</source>
        <translation>مفاتيح الأسهم (الخريطة)</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>تحريك</translation>
    </message>
    <message>
        <source>+ / −, wheel</source>
        <translation>+ / −، عجلة الفأرة</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>تكبير / تصغير</translation>
    </message>
    <message>
        <source>Ctrl+0 or Home (map)</source>
        <translation>Ctrl+0 أو Home (الخريطة)</translation>
    </message>
    <message>
        <source>Zoom to the whole region</source>
        <translation>تكبير إلى المنطقة كاملة</translation>
    </message>
    <message>
        <source>Up / Down (event list)</source>
        <translation>أعلى / أسفل (قائمة الأحداث)</translation>
    </message>
    <message>
        <source>Select the previous / next event in the list</source>
        <translation>تحديد الحدث السابق / التالي في القائمة</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>التنقل بين عناصر التحكم</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>As of {date}</source>
        <extracomment>Set when the as-of date has no control zones (shown or not): the manifest records it.</extracomment>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>Changes between {early} and {late} (hatched: gains)</source>
        <translation>التغييرات بين {early} و{late} (المظلل بخطوط: مكاسب)</translation>
    </message>
    <message>
        <source>Selected: {selection}</source>
        <translation>المحدد: {selection}</translation>
    </message>
    <message>
        <source>parties {ids}</source>
        <translation>الأطراف {ids}</translation>
    </message>
    <message>
        <source>kinds {ids}</source>
        <translation>الأنواع {ids}</translation>
    </message>
    <message>
        <source>text “{text}”</source>
        <translation>النص «{text}»</translation>
    </message>
    <message>
        <source>Events filtered: </source>
        <translation>الأحداث مصفّاة: </translation>
    </message>
    <message>
        <source>Base map: {attribution}.</source>
        <translation>الخريطة الأساسية: {attribution}.</translation>
    </message>
    <message>
        <source> Zone boundaries are approximate, reconstructed from the sources.</source>
        <translation> حدود المناطق تقريبية، أعيد رسمها من المصادر.</translation>
    </message>
    <message>
        <source>Northern Syria Atlas {version}, data {data}.{approximate} View and command: {manifest_name}.</source>
        <translation>أطلس شمال سوريا {version}، البيانات {data}.{approximate} العرض والأمر: {manifest_name}.</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>جارٍ رسم الخريطة</translation>
    </message>
    <message>
        <source>Drawing the legend</source>
        <translation>جارٍ رسم مفتاح الخريطة</translation>
    </message>
    <message>
        <source>Laying out the page</source>
        <translation>جارٍ تنسيق الصفحة</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>جارٍ كتابة البيان</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>جارٍ حفظ الملف</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>مستند PDF (متجهي)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>رسم SVG (متجهي)</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>تصدير لقطة</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>Current window ({width}×{height})</source>
        <translation>النافذة الحالية ({width}×{height})</translation>
    </message>
    <message>
        <source>Pixels…</source>
        <translation>بكسلات…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;الحجم:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation>&amp;البكسلات:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Dots per inch: 300 for print, 96 for the screen</source>
        <translation>نقطة لكل بوصة: 300 للطباعة، 96 للشاشة</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;الدقة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>Locator inset map</source>
        <translation>خريطة الموقع المصغرة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>SourceGrade</name>
    <message>
        <source>Any source grade</source>
        <extracomment>The grade filter&apos;s choices: (label, minimum grade or None for all).</extracomment>
        <translation>أي درجة مصدر</translation>
    </message>
    <message>
        <source>Sources graded A-B</source>
        <translation>مصادر بدرجة A-B</translation>
    </message>
    <message>
        <source>Sources graded A-C</source>
        <translation>مصادر بدرجة A-C</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>official</source>
        <extracomment>How a source&apos;s kind is named where it is shown: state and party media are labelled as such.</extracomment>
        <translation>رسمي</translation>
    </message>
    <message>
        <source>wire agency</source>
        <translation>وكالة أنباء</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>صحيفة</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>مرصد</translation>
    </message>
    <message>
        <source>NGO / UN</source>
        <translation>منظمة غير حكومية / الأمم المتحدة</translation>
    </message>
    <message>
        <source>research</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>إعلام رسمي</translation>
    </message>
    <message>
        <source>party media</source>
        <translation>إعلام حزبي</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>غير مصنّف</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Data sources and attribution</source>
        <translation>مصادر البيانات والإسناد</translation>
    </message>
    <message>
        <source>**Base map:** {attribution}</source>
        <translation>**الخريطة الأساسية:** {attribution}</translation>
    </message>
    <message>
        <source>Control zones are approximate reconstructions from written reports; every zone, event and statement in the panel lists its own sources (click them). A quote is verbatim from its source; everything else is marked as a paraphrase.</source>
        <translation>مناطق السيطرة إعادة رسم تقريبية استناداً إلى تقارير مكتوبة؛ كل منطقة وحدث وتصريح في اللوحة يذكر مصادره (انقر عليها). الاقتباس حرفي من مصدره؛ وكل ما عداه موسوم بأنه إعادة صياغة.</translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <source>&amp;Events: {shown} of {total} up to {day}</source>
        <translation>&amp;الأحداث: {shown} من {total} حتى {day}</translation>
    </message>
    <message>
        <source> ({imported} imported)</source>
        <translation> ({imported} مستورد)</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (مصفّاة)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>cannot read or write a file: {reason}</source>
        <extracomment>``progress(done, total, message)``: total 0 means &quot;no measure&quot;; the message says what runs. How long work runs before its progress dialog shows (no flash for quick work).</extracomment>
        <translation>تعذّرت قراءة ملف أو كتابته: {reason}</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error}</source>
        <translation>خطأ داخلي: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <source>Building the web map</source>
        <translation>جارٍ بناء خريطة الويب</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>جارٍ كتابة الملف</translation>
    </message>
</context>
<context>
    <name>WebMap</name>
    <message>
        <source>{title} — as of {date}</source>
        <extracomment>Zoom limits: without tiles folium sets none, and the marker clusters need a maximum zoom.</extracomment>
        <translation>{title} — حتى {date}</translation>
    </message>
    <message>
        <source>Online map tiles (OpenStreetMap; needs internet)</source>
        <translation>بلاطات خريطة عبر الإنترنت (OpenStreetMap؛ تحتاج إلى اتصال)</translation>
    </message>
    <message>
        <source>Base map: {attribution}</source>
        <translation>الخريطة الأساسية: {attribution}</translation>
    </message>
    <message>
        <source>Imported ({origin})</source>
        <translation>مستورد ({origin})</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>Zone labels</source>
        <extracomment>Hides labels that would overlap one drawn before them (zone names first, then towns, most populous first: their order in the page), after every zoom or move. A zone name also gives way to the event markers and clusters: it is the least precise text on the map. Measured again once the page&apos;s fonts have loaded: an Arabic name measured in the fallback font before the bundled Noto Sans Arabic arrives is narrower than drawn, and overlapped a town.</extracomment>
        <translation>تسميات المناطق</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <source>Held in {place} (off the map)</source>
        <translation>عُقد في {place} (خارج الخريطة)</translation>
    </message>
    <message>
        <source>Held in {place}</source>
        <translation>عُقد في {place}</translation>
    </message>
    <message>
        <source>What each party said</source>
        <translation>ما قاله كل طرف</translation>
    </message>
    <message>
        <source>No statements recorded for this event.</source>
        <translation>لا تصريحات مسجلة لهذا الحدث.</translation>
    </message>
    <message>
        <source>Governorates</source>
        <extracomment>Towns labelled on the web map: the larger ones, so labels stay legible at every zoom.</extracomment>
        <translation>المحافظات</translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation>البحيرات</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>الأنهار</translation>
    </message>
    <message>
        <source>Countries (offline base map)</source>
        <translation>الدول (خريطة أساسية دون اتصال)</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>البلدات</translation>
    </message>
    <message>
        <source>Imported events to {date} ({count})</source>
        <translation>الأحداث المستوردة حتى {date} ({count})</translation>
    </message>
    <message>
        <source>Events to {date} ({count})</source>
        <translation>الأحداث حتى {date} ({count})</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>الحدث المحدد</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>Selected: {name}</source>
        <translation>المحدد: {name}</translation>
    </message>
    <message>
        <source>this panel</source>
        <translation>هذه اللوحة</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>المصادر ({count})</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>الطرف المسيطر</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>approximate (boundary reconstructed from reports)</source>
        <translation>تقريبية (حدود أعيد رسمها من التقارير)</translation>
    </message>
    <message>
        <source>Backed by</source>
        <translation>بدعم من</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليها</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>اقتباس حرفي</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <source>Control along the road, {date}</source>
        <translation>السيطرة على امتداد الطريق، {date}</translation>
    </message>
    <message>
        <source>Date of the control map</source>
        <translation>تاريخ خريطة السيطرة</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;مفتاح الخريطة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;الطبقات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Base map: {attribution}</source>
        <translation>الخريطة الأساسية: {attribution}</translation>
    </message>
    <message>
        <source>Base map attribution</source>
        <translation>إسناد الخريطة الأساسية</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>The share of the window&apos;s width the map keeps at the start, at any window size, and when the window is made narrower (the side panels give up room before the map does).</extracomment>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Talks and events</source>
        <translation>المحادثات والأحداث</translation>
    </message>
    <message>
        <source>Positions stated, side by side</source>
        <translation>المواقف المعلنة جنباً إلى جنب</translation>
    </message>
    <message>
        <source>Attribute table (imported events)</source>
        <translation>جدول السمات (الأحداث المستوردة)</translation>
    </message>
</context>
<context>
    <name>WindowLanguage</name>
    <message>
        <source>The language changes when the export has finished; choose it again.</source>
        <translation>تتغير اللغة بعد انتهاء التصدير؛ اخترها مرة أخرى.</translation>
    </message>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>أطلس شمال سوريا</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit the atlas</source>
        <translation>الخروج من الأطلس</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Attribution…</source>
        <translation>&amp;مصادر البيانات والإسناد…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;About Northern Syria Atlas</source>
        <translation>&amp;حول أطلس شمال سوريا</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom to &amp;Region</source>
        <translation>تكبير إلى ال&amp;منطقة</translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation>عرض المنطقة كاملة</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>تكبير إلى ال&amp;تحديد</translation>
    </message>
    <message>
        <source>Zoom to what is selected</source>
        <translation>تكبير إلى ما هو محدد</translation>
    </message>
    <message>
        <source>&amp;Measure Distance and Area</source>
        <translation>&amp;قياس المسافة والمساحة</translation>
    </message>
    <message>
        <source>Click points on the map: geodesic distance and enclosed area (Esc ends)</source>
        <translation>انقر نقاطاً على الخريطة: المسافة الجيوديسية والمساحة المحصورة (Esc للإنهاء)</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;شبكة الإحداثيات</translation>
    </message>
    <message>
        <source>Meridians and parallels with degree labels, spaced by the zoom</source>
        <translation>خطوط الطول والعرض مع تسميات الدرجات، متباعدة حسب التكبير</translation>
    </message>
    <message>
        <source>Town Names in &amp;Both Scripts</source>
        <translation>أسماء البلدات &amp;بالخطّين</translation>
    </message>
    <message>
        <source>Show each town&apos;s name in the original script beside the translated one</source>
        <translation>عرض اسم كل بلدة بخطها الأصلي إلى جانب الاسم المترجم</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Find Place, Area or Event…</source>
        <translation>&amp;بحث عن مكان أو منطقة أو حدث…</translation>
    </message>
    <message>
        <source>Search by any spelling</source>
        <translation>ابحث بأي تهجئة</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>الحدث ال&amp;سابق</translation>
    </message>
    <message>
        <source>Move the date back to the previous event</source>
        <translation>إرجاع التاريخ إلى الحدث السابق</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>الحدث ال&amp;تالي</translation>
    </message>
    <message>
        <source>Move the date on to the next event</source>
        <translation>تقديم التاريخ إلى الحدث التالي</translation>
    </message>
    <message>
        <source>&amp;Reset Date to {date}</source>
        <translation>إ&amp;عادة التاريخ إلى {date}</translation>
    </message>
    <message>
        <source>Back to the Moscow meeting of 25 Apr 2023</source>
        <translation>العودة إلى اجتماع موسكو في 25 نيسان 2023</translation>
    </message>
    <message>
        <source>Edit &amp;Date</source>
        <translation>تعديل ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>Type an as-of date</source>
        <translation>اكتب تاريخاً</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;إلغاء التحديد</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>Go to &amp;Map</source>
        <translation>الانتقال إلى ال&amp;خريطة</translation>
    </message>
    <message>
        <source>Keyboard focus to the map</source>
        <translation>تركيز لوحة المفاتيح على الخريطة</translation>
    </message>
    <message>
        <source>Go to &amp;Event List</source>
        <translation>الانتقال إلى قائمة ال&amp;أحداث</translation>
    </message>
    <message>
        <source>Keyboard focus to the events</source>
        <translation>تركيز لوحة المفاتيح على الأحداث</translation>
    </message>
    <message>
        <source>Go to De&amp;tails</source>
        <translation>الانتقال إلى ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Keyboard focus to the details</source>
        <translation>تركيز لوحة المفاتيح على التفاصيل</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import events or zones from a file</source>
        <translation>استيراد أحداث أو مناطق من ملف</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;مساحة عمل جديدة…</translation>
    </message>
    <message>
        <source>Start an empty workspace file</source>
        <translation>بدء ملف مساحة عمل فارغ</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open a workspace GeoPackage</source>
        <translation>فتح مساحة عمل GeoPackage</translation>
    </message>
    <message>
        <source>Open &amp;Recent Workspace</source>
        <translation>فتح مساحة عمل &amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>لا مساحات عمل حديثة</translation>
    </message>
    <message>
        <source>{workspace} — Northern Syria Atlas</source>
        <translation>{workspace} — أطلس شمال سوريا</translation>
    </message>
    <message>
        <source>Northern Syria Atlas</source>
        <translation>أطلس شمال سوريا</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation>جارٍ حفظ مساحة العمل…</translation>
    </message>
    <message>
        <source>Loading the atlas…</source>
        <translation>جارٍ تحميل الأطلس…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Database…</source>
        <translation>ال&amp;اتصال بقاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open a shared workspace in PostgreSQL/PostGIS</source>
        <translation>فتح مساحة عمل مشتركة في PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <source> (database)</source>
        <translation> (قاعدة بيانات)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import finished with warnings</source>
        <translation>انتهى الاستيراد مع تحذيرات</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>{message}

Nothing was imported; the workspace is unchanged.</source>
        <translation>{message}

لم يُستورد شيء؛ مساحة العمل لم تتغير.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg);;All files (*)</source>
        <translation>مساحات العمل (*.gpkg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation>مساحات العمل (*.gpkg)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>جارٍ إنشاء {name}…</translation>
    </message>
    <message>
        <source>Created workspace {path}</source>
        <translation>أُنشئت مساحة العمل {path}</translation>
    </message>
    <message>
        <source>Opened workspace {path}</source>
        <translation>فُتحت مساحة العمل {path}</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>لم تُفتح مساحة العمل</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>An import, export or workspace change is running.</source>
        <translation>يجري استيراد أو تصدير أو تغيير لمساحة العمل.</translation>
    </message>
</context>
<context>
    <name>ZoneText</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليها</translation>
    </message>
    <message>
        <source>contested with {parties}</source>
        <translation>متنازع عليها مع {parties}</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>مشتركة</translation>
    </message>
    <message>
        <source>shared with {parties}</source>
        <translation>مشتركة مع {parties}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>1 locality</source>
        <translation>موقع واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n localities</source>
        <translation>
            <numerusform>%n موقع</numerusform>
            <numerusform>موقع واحد</numerusform>
            <numerusform>موقعين</numerusform>
            <numerusform>%n مواقع</numerusform>
            <numerusform>%n موقعًا</numerusform>
            <numerusform>%n موقع</numerusform>
        </translation>
    </message>
    <message>
        <source>the snapshot zone {ids}</source>
        <translation>منطقة اللقطة {ids}</translation>
    </message>
    <message>
        <source>the snapshot zones {ids}</source>
        <translation>مناطق اللقطات {ids}</translation>
    </message>
    <message>
        <source>derived from {localities} and {zones}</source>
        <translation>مستنتجة من {localities} ومن {zones}</translation>
    </message>
    <message>
        <source>derived from {localities}</source>
        <translation>مستنتجة من {localities}</translation>
    </message>
    <message>
        <source>cells cut along the snapshot lines of {days}</source>
        <translation>الخلايا مقطوعة على امتداد خطوط لقطة {days}</translation>
    </message>
</context>
<context>
    <name>_OptionalDate</name>
    <message>
        <source>Any</source>
        <translation>أي تاريخ</translation>
    </message>
</context>
</TS>
