<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from prepoznaj_sr_Latn.ts by scripts/translations.py (content.translit): do not edit; edit prepoznaj_sr_Latn.ts and run make translations. -->
<TS version="2.1" language="sr_Cyrl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Prepoznaj</source>
        <translation>О програму Препознај</translation>
    </message>
    <message>
        <source>Prepoznaj %1</source>
        <translation>Препознај %1</translation>
    </message>
    <message>
        <source>An offline knowledge base and decision support for labour inspectors: recognising trafficking in human beings for labour exploitation, telling it apart from labour-law violations, and acting on it.</source>
        <translation>База знања и подршка у одлучивању за инспекторе рада, која ради без интернета: препознавање трговине људима ради радне експлоатације, њено разликовање од кршења радног права и поступање.</translation>
    </message>
    <message>
        <source>Python %1 · Qt for Python (PySide6) %2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Python %1 · Qt for Python (PySide6) %2</translation>
    </message>
    <message>
        <source>The knowledge base is still loading.</source>
        <translation>База знања се још учитава.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>није забележено</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Верзија садржаја</translation>
    </message>
    <message>
        <source>Assessment rules version</source>
        <translation>Верзија правила процене</translation>
    </message>
    <message>
        <source>no rule file loaded (content/rules.yaml missing or broken)</source>
        <translation>правила нису учитана (цонтент/рулес.yaml недостаје или је неисправан)</translation>
    </message>
    <message>
        <source>Decision trees</source>
        <translation>Стабла одлучивања</translation>
    </message>
    <message>
        <source>articles: %1 (in Serbian: %2), cases: %3, indicators: %4, glossary terms: %5, contacts: %6</source>
        <translation>чланци: %1 (на српском: %2), случајеви: %3, индикатори: %4, појмови у речнику: %5, контакти: %6</translation>
    </message>
    <message>
        <source>Articles and cases last reviewed</source>
        <translation>Чланци и случајеви последњи пут прегледани</translation>
    </message>
    <message>
        <source>Referral contacts last verified</source>
        <translation>Контакти за упућивање последњи пут проверени</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Садржај</translation>
    </message>
    <message>
        <source>Each article shows its own sources and the date it was last reviewed. Check the current text of a law before quoting it. Formal identification of a victim is not the inspector&apos;s decision.</source>
        <translation>Сваки чланак наводи своје изворе и датум последњег прегледа. Пре него што цитирате закон, проверите његов важећи текст. Формална идентификација жртве није одлука инспектора.</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n document(s))</source>
        <translation>
            <numerusform>Извори (%n документ)</numerusform>
            <numerusform>Извори (%n документа)</numerusform>
            <numerusform>Извори (%n докумената)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cited in %n document(s)</source>
        <translation>
            <numerusform>наводи се у %n документу</numerusform>
            <numerusform>наводи се у %n документа</numerusform>
            <numerusform>наводи се у %n докумената</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddBookmarkDialog</name>
    <message>
        <source>Add bookmark</source>
        <translation>Додавање обележивача</translation>
    </message>
    <message>
        <source>Bookmark name</source>
        <translation>Назив обележивача</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Фасцикла</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Нова &amp;фасцикла…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Нова фасцикла</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Фасцикла:</translation>
    </message>
    <message>
        <source>Bookmarks (no folder)</source>
        <translation>Обележивачи (без фасцикле)</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Назив фасцикле:</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Your bookmarks, notes and assessments could not be opened (%1). Nothing was changed in that file. This session uses a temporary store that is not kept when you close Prepoznaj.</source>
        <translation>Ваши обележивачи, забелешке и процене нису могли да се отворе (%1). У тој датотеци ништа није промењено. У овој сесији користи се привремено складиште које се не чува када затворите Препознај.</translation>
    </message>
    <message>
        <source>The file with your bookmarks, notes and assessments was damaged. It was kept as %1 and a new one was started.</source>
        <translation>Датотека са вашим обележивачима, забелешкама и проценама била је оштећена. Сачувана је као %1, а започета је нова.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Discreet Mode</source>
        <translation>&amp;Дискретни режим</translation>
    </message>
    <message>
        <source>About Discreet &amp;Mode…</source>
        <translation>О &amp;дискретном режиму…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Према &amp;систему</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тамна</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Високи &amp;контраст</translation>
    </message>
    <message>
        <source>Cover the window with a plain screen (F12 again to return). Not a lock.</source>
        <translation>Прекрива прозор празним екраном (поново F12 за повратак). Није закључавање.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Дискретни режим</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Prepoznaj is already open: this is its window (one window keeps your saved work in one place).</source>
        <translation>Препознај је већ отворен: ово је његов прозор (један прозор чува сав ваш сачувани рад на једном месту).</translation>
    </message>
    <message>
        <source>Prepoznaj is already running; its window was brought to the front.</source>
        <translation>Препознај је већ покренут; његов прозор је приказан испред осталих.</translation>
    </message>
    <message>
        <source>Prepoznaj seems to be running already for this user (its lock file is %1), but it does not answer. If it is frozen, close it (or end it in the task manager) and start Prepoznaj again.</source>
        <translation>Изгледа да је Препознај већ покренут за овог корисника (његова датотека закључавања је %1), али се не одазива. Ако је замрзнут, затворите га (или га прекините у управљачу задацима) и поново покрените Препознај.</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Чланак</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Case &amp;reference:</source>
        <translation>Ознака &amp;предмета:</translation>
    </message>
    <message>
        <source>e.g. file number — never a name</source>
        <translation>нпр. број предмета — никада име</translation>
    </message>
    <message>
        <source>A file or case number to find this assessment again. Do not enter a person&apos;s name.</source>
        <translation>Број предмета или списа по коме ћете поново наћи ову процену. Не уносите име и презиме особе.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ На&amp;зад</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left); answers are kept</source>
        <translation>Претходни корак (Alt+Left); одговори се чувају</translation>
    </message>
    <message>
        <source>&amp;Forward ▶</source>
        <translation>Напр&amp;ед ▶</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Следећи корак (Alt+Right)</translation>
    </message>
    <message>
        <source>Decision tree %1 · rules %2</source>
        <translation>Стабло одлучивања %1 · правила %2</translation>
    </message>
    <message>
        <source>This assessment was last saved with decision tree %1 and rules %2. It is now shown with decision tree %3 and rules %4; answers to questions that no longer exist are kept but not shown.</source>
        <translation>Ова процена је последњи пут сачувана са стаблом одлучивања %1 и правилима %2. Сада је приказана са стаблом одлучивања %3 и правилима %4; одговори на питања која више не постоје су сачувани, али се не приказују.</translation>
    </message>
    <message>
        <source>Question skipped</source>
        <translation>Прескочено питање</translation>
    </message>
    <message>
        <source>An earlier answer skips this question. Change that answer first; this one is kept.</source>
        <translation>Због једног ранијег одговора ово питање се прескаче. Најпре измените тај одговор; овај остаје сачуван.</translation>
    </message>
    <message>
        <source>An earlier answer skips this section.</source>
        <translation>Због једног ранијег одговора овај одељак се прескаче.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>прескочен</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>одговорено %1 од %2</translation>
    </message>
    <message>
        <source>%1 not known</source>
        <translation>није познато: %1</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Преглед одговора</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>no case reference</source>
        <translation>без ознаке предмета</translation>
    </message>
    <message>
        <source>Assessment: %1 — Prepoznaj</source>
        <translation>Процена: %1 — Препознај</translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation>⚠ Није сачувано</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>The answer could not be saved (%1). It is kept in this window; try again.</source>
        <translation>Одговор није могао да се сачува (%1). Остаје у овом прозору; покушајте поново.</translation>
    </message>
    <message>
        <source>Answer saved at %1</source>
        <translation>Одговор сачуван у %1</translation>
    </message>
    <message>
        <source>Case reference saved</source>
        <translation>Ознака предмета сачувана</translation>
    </message>
    <message>
        <source>Prepoznaj · rules %1 · printed %2</source>
        <translation>Препознај · правила %1 · одштампано %2</translation>
    </message>
    <message>
        <source>Assessment record — %1</source>
        <translation>Запис о процени — %1</translation>
    </message>
    <message>
        <source>Export the assessment record as PDF</source>
        <translation>Извоз записа о процени у PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Сачувано: %1 (%n страна)</numerusform>
            <numerusform>Сачувано: %1 (%n стране)</numerusform>
            <numerusform>Сачувано: %1 (%n страна)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Одштампана је %n страна</numerusform>
            <numerusform>Одштампане су %n стране</numerusform>
            <numerusform>Одштампано је %n страна</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Нова процена…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Нова процена</translation>
    </message>
    <message>
        <source>Start a guided assessment: labour-law violation, exploitation or trafficking?</source>
        <translation>Започните вођену процену: кршење радног права, експлоатација или трговина људима?</translation>
    </message>
    <message>
        <source>&amp;Saved Assessments…</source>
        <translation>&amp;Сачуване процене…</translation>
    </message>
    <message>
        <source>Saved assessments</source>
        <translation>Сачуване процене</translation>
    </message>
    <message>
        <source>Resume, duplicate or delete a saved assessment</source>
        <translation>Наставите, копирајте или обришите сачувану процену</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Про&amp;цена</translation>
    </message>
    <message>
        <source>&amp;Rule Set for New Assessments</source>
        <translation>Скуп &amp;правила за нове процене</translation>
    </message>
    <message>
        <source>Saved assessments keep the rule set they were started with; this choice applies to new ones.</source>
        <translation>Сачуване процене задржавају скуп правила са којим су започете; овај избор важи за нове.</translation>
    </message>
    <message>
        <source>(the content is still loading)</source>
        <translation>(садржај се још учитава)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (подразумевано)</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>База знања се још учитава. Покушајте поново за тренутак.</translation>
    </message>
    <message>
        <source>Assessment not available</source>
        <translation>Процена није доступна</translation>
    </message>
    <message>
        <source>The assessment rules or the decision tree could not be read, so the assessment cannot run. See Help › Content Problems for the file and line to fix.</source>
        <translation>Правила процене или стабло одлучивања нису могли да се прочитају, па процена не може да се спроведе. Датотеку и ред које треба исправити потражите у менију Помоћ › Проблеми у садржају.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>continued</source>
        <translation>наставак</translation>
    </message>
    <message>
        <source>Discuss first: what would you record, and what follows? The analysis is shown when the trainer reveals it.</source>
        <translation>Најпре разговарајте: шта бисте забележили и шта из тога следи? Анализа се приказује када је тренер открије.</translation>
    </message>
    <message>
        <source>%1 — presentation</source>
        <translation>%1 — презентација</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страна %1 од %2</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Обележивачи</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Нова фасцикла</translation>
    </message>
    <message>
        <source>New bookmark folder</source>
        <translation>Нова фасцикла за обележиваче</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Delete the selected bookmark or folder</source>
        <translation>Обриши изабрани обележивач или фасциклу</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Назив фасцикле:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Преименовање</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Нови назив:</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Брисање фасцикле</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n bookmark(s) in it?</source>
        <translation>
            <numerusform>Обрисати фасциклу „%1“ и %n обележивач у њој?</numerusform>
            <numerusform>Обрисати фасциклу „%1“ и %n обележивача у њој?</numerusform>
            <numerusform>Обрисати фасциклу „%1“ и %n обележивача у њој?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Премештање</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself.</source>
        <translation>Фасцикла не може да се премести у саму себе.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Нова &amp;фасцикла…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Преименуј…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>Пре&amp;мести у</translation>
    </message>
    <message>
        <source>Bookmarks (no folder)</source>
        <translation>Обележивачи (без фасцикле)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>О&amp;бриши</translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <source>Training cases</source>
        <translation>Случајеви за обуку</translation>
    </message>
    <message>
        <source>Choose a case. To present an article instead, open it and press F5 (Trainer ▸ Present This Page).</source>
        <translation>Изаберите случај. Да бисте уместо тога презентовали чланак, отворите га и притисните F5 (Обука ▸ Презентуј ову страницу).</translation>
    </message>
    <message>
        <source>Automatic (another screen when there is one)</source>
        <translation>Аутоматски (други екран, ако постоји)</translation>
    </message>
    <message>
        <source>Presenter &amp;view on the other screen (notes, next step, clock)</source>
        <translation>Приказ за пре&amp;давача на другом екрану (напомене, следећи корак, сат)</translation>
    </message>
    <message>
        <source>Connect a second screen (the projector) to use the presenter view.</source>
        <translation>За приказ за предавача прикључите други екран (пројектор).</translation>
    </message>
    <message>
        <source>&amp;High contrast on the room&apos;s screen (white on black)</source>
        <translation>&amp;Високи контраст на екрану за полазнике (бело на црном)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;screen:</source>
        <translation>&amp;Екран за полазнике:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентуј</translation>
    </message>
    <message>
        <source>&amp;Live assessment</source>
        <translation>Процена &amp;уживо</translation>
    </message>
    <message>
        <source>Self-&amp;test</source>
        <translation>&amp;Самопровера</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Indicators (tick what the case shows):</source>
        <translation>&amp;Индикатори (означите оне које случај показује):</translation>
    </message>
    <message>
        <source>Filter indicators…</source>
        <translation>Сузи списак индикатора…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Present Now</source>
        <translation>&amp;Презентуј одмах</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <source>Recovered the text you had not saved (from %1). Save it to keep it.</source>
        <translation>Враћен је текст који нисте сачували (из %1). Сачувајте га да га задржите.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нови случај</translation>
    </message>
    <message>
        <source>Case Editor — %1</source>
        <translation>Уређивање случаја — %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Аутоматско чување није успело: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ред %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — click one to go to its line</source>
        <translation>
            <numerusform>%n проблем — кликните да одете на његов ред</numerusform>
            <numerusform>%n проблема — кликните на један да одете на његов ред</numerusform>
            <numerusform>%n проблема — кликните на један да одете на његов ред</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Нема проблема.</translation>
    </message>
    <message>
        <source>Expected outcome (the engine, from the ticked indicators): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Очекивани исход (према процени из означених индикатора): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Expected outcome: tick the indicators the case shows.</source>
        <translation>Очекивани исход: означите индикаторе које случај показује.</translation>
    </message>
    <message>
        <source>The case does not load yet (see the problems); its text so far:</source>
        <translation>Случај се још не може учитати (видите проблеме); досадашњи текст:</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Чување случаја</translation>
    </message>
    <message>
        <source>Give the case an id first (the &apos;id:&apos; line, lowercase-with-dashes).</source>
        <translation>Најпре дајте случају ознаку (ред &apos;ид:&apos;, мала слова и цртице).</translation>
    </message>
    <message>
        <source>You already have a case with the id &apos;%1&apos;. Choose another id, or open that case with Trainer ▸ Edit Case….</source>
        <translation>Већ имате случај са ознаком &apos;%1&apos;. Изаберите другу ознаку или отворите тај случај преко Обука ▸ Измени случај….</translation>
    </message>
    <message>
        <source>Present Now</source>
        <translation>Презентуј одмах</translation>
    </message>
    <message>
        <source>The case cannot be shown yet: fix the problems listed under the text.</source>
        <translation>Случај се још не може приказати: отклоните проблеме наведене испод текста.</translation>
    </message>
    <message>
        <source>Case Editor</source>
        <translation>Уређивање случаја</translation>
    </message>
    <message>
        <source>Save the changes to this case?</source>
        <translation>Сачувати измене овог случаја?</translation>
    </message>
</context>
<context>
    <name>CaseEditors</name>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Нови случај…</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Измени случај…</translation>
    </message>
    <message>
        <source>Case Editor</source>
        <translation>Уређивање случаја</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>База знања се још учитава. Покушајте поново за тренутак.</translation>
    </message>
    <message>
        <source>Edit Case</source>
        <translation>Измена случаја</translation>
    </message>
    <message>
        <source>You have no cases of your own yet. Start one with Trainer ▸ New Case….</source>
        <translation>Још немате сопствених случајева. Започните један преко Обука ▸ Нови случај….</translation>
    </message>
    <message>
        <source>Your cases:</source>
        <translation>Ваши случајеви:</translation>
    </message>
    <message>
        <source>Case saved: %1</source>
        <translation>Случај је сачуван: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Prepoznaj: unexpected error</source>
        <translation>Препознај: неочекивана грешка</translation>
    </message>
    <message>
        <source>Something went wrong that Prepoznaj did not expect. You can go on working.</source>
        <translation>Дошло је до грешке коју Препознај није очекивао. Можете наставити са радом.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Шта се догодило: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Где: %1</translation>
    </message>
    <message>
        <source>The details were written to the log file %1. Please send it to whoever supports Prepoznaj.</source>
        <translation>Појединости су уписане у дневник %1. Молимо вас да га пошаљете ономе ко пружа подршку за Препознај.</translation>
    </message>
    <message>
        <source>The log folder could not be written, so the details are below only.</source>
        <translation>У фасциклу дневника није могло да се упише, па су појединости само овде испод.</translation>
    </message>
    <message>
        <source>Your saved answers, notes and bookmarks are kept: every change is saved the moment it is made.</source>
        <translation>Ваши сачувани одговори, забелешке и обележивачи су сачувани: свака измена се чува у тренутку када је направљена.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Bookmarks</source>
        <translation>Обележивачи</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>Моје забелешке</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>&amp;Додај обележивач…</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation>Прикажи &amp;обележиваче</translation>
    </message>
    <message>
        <source>Show Histor&amp;y</source>
        <translation>Прикажи &amp;историју</translation>
    </message>
    <message>
        <source>&amp;Note on This Page</source>
        <translation>Забелешка на &amp;овој страници</translation>
    </message>
    <message>
        <source>&amp;Search My Notes</source>
        <translation>&amp;Претражи моје забелешке</translation>
    </message>
    <message>
        <source>&amp;Export My Notes…</source>
        <translation>Извези моје &amp;забелешке…</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>О&amp;бриши историју…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Обележи</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Забелешка</translation>
    </message>
    <message>
        <source>&amp;Recently Opened</source>
        <translation>Не&amp;давно отворено</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Обележивачи</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Забелешке</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Па&amp;нели</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Почетна</translation>
    </message>
    <message>
        <source>Bookmarked “%1”.</source>
        <translation>Додат је обележивач „%1“.</translation>
    </message>
    <message>
        <source>Edit bookmark</source>
        <translation>Измена обележивача</translation>
    </message>
    <message>
        <source>&amp;Remove Bookmark</source>
        <translation>&amp;Уклони обележивач</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Обележивач је уклоњен.</translation>
    </message>
    <message>
        <source>No pages opened yet</source>
        <translation>Још није отворена ниједна страница</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Извоз забелешки</translation>
    </message>
    <message>
        <source>There are no notes to export yet.</source>
        <translation>Још нема забелешки за извоз.</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>F12 covers the window with a plain screen and changes the window title to “Document”, so that someone looking at your screen during a visit does not see what you are reading. Press F12 again to come back; nothing is closed or lost.

It is not a lock and not a security feature: anyone who presses F12 gets the window back. The task bar or dock may still show the program&apos;s icon, a dialog box that is open stays open, and it does not hide other windows or undo what was already seen. To leave the laptop, lock the computer (for example Windows+L or Ctrl+Alt+L).</source>
        <translation>F12 прекрива прозор празним екраном и мења наслов прозора у „Документ“, да неко ко током надзора гледа у ваш екран не види шта читате. Поново притисните F12 за повратак; ништа се не затвара нити губи.

То није закључавање нити безбедносна функција: свако ко притисне F12 враћа прозор. Трака задатака може и даље да приказује икону програма, отворени дијалог остаје отворен, а други прозори се не скривају нити се поништава оно што је већ виђено. Када се удаљавате од рачунара, закључајте га (на пример Windows+L или Ctrl+Alt+L).</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Export My Content as Pack</source>
        <translation>Извоз мог садржаја као пакета</translation>
    </message>
    <message>
        <source>Your own cases and articles (%1) go into one pack file that others import with File ▸ Import Pack…. The pack is unsigned: say where it comes from when you share it.</source>
        <translation>Ваши случајеви и чланци (%1) улазе у једну датотеку пакета коју други увозе преко Датотека ▸ Увези пакет…. Пакет није потписан: када га делите, реците одакле потиче.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <source>Pack &amp;id:</source>
        <translation>&amp;Ознака пакета:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Верзија:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Аутор:</translation>
    </message>
    <message>
        <source>&amp;Save Pack…</source>
        <translation>&amp;Сачувај пакет…</translation>
    </message>
    <message>
        <source>Save Pack</source>
        <translation>Чување пакета</translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <source>Filter by jurisdiction</source>
        <translation>Филтрирај по надлежности</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Филтрирај по теми</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Филтрирај по језику</translation>
    </message>
    <message>
        <source>Results of every kind</source>
        <translation>Резултати свих врста</translation>
    </message>
    <message>
        <source>All jurisdictions</source>
        <translation>Све надлежности</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Све теме</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Оба језика</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Све %1</translation>
    </message>
</context>
<context>
    <name>FieldKitFeature</name>
    <message>
        <source>&amp;Hand to the Worker…</source>
        <translation>Предај &amp;екран раднику…</translation>
    </message>
    <message>
        <source>Let the worker answer yes/no questions alone, in their own language, on the full screen</source>
        <translation>Радник сам одговара на питања са да или не, на свом језику, преко целог екрана</translation>
    </message>
    <message>
        <source>&amp;Take the Screen Back from the Worker</source>
        <translation>Пре&amp;узми екран од радника</translation>
    </message>
    <message>
        <source>Ends the worker card; the worker&apos;s screen does not show this key</source>
        <translation>Завршава картицу за радника; екран радника не приказује ову комбинацију тастера</translation>
    </message>
    <message>
        <source>The &amp;Worker&apos;s Answers…</source>
        <translation>&amp;Одговори радника…</translation>
    </message>
    <message>
        <source>Confirm or change each answer the worker gave on the card</source>
        <translation>Потврдите или измените сваки одговор који је радник дао на картици</translation>
    </message>
    <message>
        <source>Field &amp;Kit</source>
        <translation>&amp;Теренски материјал</translation>
    </message>
    <message>
        <source>Rights &amp;Leaflet (A4)…</source>
        <translation>&amp;Летак о правима (A4)…</translation>
    </message>
    <message>
        <source>Rights Leaflet, &amp;Folded A5…</source>
        <translation>Летак о правима, &amp;пресавијен A5…</translation>
    </message>
    <message>
        <source>&amp;Question Sheet for an Interpreter…</source>
        <translation>Листа п&amp;итања за рад са преводиоцем…</translation>
    </message>
    <message>
        <source>Sector &amp;Checklist…</source>
        <translation>&amp;Контролна листа по делатности…</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>База знања се још учитава. Покушајте поново за тренутак.</translation>
    </message>
    <message>
        <source>Field kit not available</source>
        <translation>Теренски материјал није доступан</translation>
    </message>
    <message>
        <source>The field kit could not be read. See Help › Content Problems for the file and line to fix.</source>
        <translation>Теренски материјал није могао да се учита. У менију Помоћ › Проблеми у садржају наћи ћете датотеку и ред које треба исправити.</translation>
    </message>
    <message>
        <source>The assessment could not be saved (%1).</source>
        <translation>Процена није могла да се сачува (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the worker&apos;s could not be saved; ask those questions again.</source>
        <translation>
            <numerusform>%n одговор радника није сачуван; поставите та питања поново.</numerusform>
            <numerusform>%n одговора радника нису сачувана; поставите та питања поново.</numerusform>
            <numerusform>%n одговора радника није сачувано; поставите та питања поново.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Worker&apos;s Answers</source>
        <translation>Одговори радника</translation>
    </message>
    <message>
        <source>The open assessment has no answers from the worker card. Use Assessment › Hand to the Worker.</source>
        <translation>Отворена процена нема одговора са картице за радника. Користите Процена › Предај екран раднику.</translation>
    </message>
    <message>
        <source>The decision could not be saved (%1).</source>
        <translation>Одлука није могла да се сачува (%1).</translation>
    </message>
</context>
<context>
    <name>FieldKitPrintDialog</name>
    <message>
        <source>Field Kit: Print or Save as PDF</source>
        <translation>Теренски материјал: штампа или PDF</translation>
    </message>
    <message>
        <source>Rights leaflet, A4</source>
        <translation>Летак о правима, A4</translation>
    </message>
    <message>
        <source>Rights leaflet, A4 folded to A5</source>
        <translation>Летак о правима, A4 пресавијен на A5</translation>
    </message>
    <message>
        <source>Question sheet for an interview with an interpreter</source>
        <translation>Листа питања за разговор преко преводиоца</translation>
    </message>
    <message>
        <source>Sector checklist</source>
        <translation>Контролна листа по делатности</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>српски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>енглески</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Worker&apos;s &amp;language:</source>
        <translation>&amp;Језик радника:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Дела&amp;тност:</translation>
    </message>
    <message>
        <source>Checklist l&amp;anguage:</source>
        <translation>Језик &amp;контролне листе:</translation>
    </message>
    <message>
        <source>Serbian text in &amp;Cyrillic</source>
        <translation>Српски текст на ћ&amp;ирилици</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сачувај као PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Шта&amp;мпај…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>%1: draft translation, not yet checked by a native speaker. The paper says so, in Serbian and in the worker&apos;s language.</source>
        <translation>%1: нацрт превода, превод још није проверио изворни говорник. То пише и на папиру, на српском и на језику радника.</translation>
    </message>
    <message>
        <source>%1: checked by a native speaker (%2, %3).</source>
        <translation>%1: превод је проверио изворни говорник (%2, %3).</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сачувај као PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Чува се %1…</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Сачувано: %1 (%n страна)</numerusform>
            <numerusform>Сачувано: %1 (%n стране)</numerusform>
            <numerusform>Сачувано: %1 (%n страна)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Одштампана је %n страна</numerusform>
            <numerusform>Одштампане су %n стране</numerusform>
            <numerusform>Одштампано је %n страна</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Нађи:</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Претрага на страници</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Претходни погодак (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следећи погодак (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Затвори (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нема погодака</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 од %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter history…</source>
        <translation>Филтрирај историју…</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Филтрирање историје</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Обриши историју…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Брисање историје</translation>
    </message>
    <message>
        <source>No page in the history matches.</source>
        <translation>Ниједна страница у историји не одговара.</translation>
    </message>
    <message>
        <source>No pages opened yet.</source>
        <translation>Још није отворена ниједна страница.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Данас</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Јуче</translation>
    </message>
    <message>
        <source>Delete the list of every page opened? Bookmarks and notes are kept. Back and Forward still work in this window until it is closed.</source>
        <translation>Обрисати списак свих отворених страница? Обележивачи и забелешке остају. Назад и Напред и даље раде у овом прозору док се не затвори.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>Recognise trafficking for labour exploitation, tell it apart from labour-law violations, and know what to do next. Everything here works offline.</source>
        <translation>Препознајте трговину људима ради радне експлоатације, разликујте је од кршења радног права и знајте шта даље да предузмете. Све овде ради без интернета.</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>За почетак</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>Каталог индикатора</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators by dimension and strength</source>
        <translation>
            <numerusform>%n индикатор по димензијама и јачини</numerusform>
            <numerusform>%n индикатора по димензијама и јачини</numerusform>
            <numerusform>%n индикатора по димензијама и јачини</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Речник појмова</translation>
    </message>
    <message numerus="yes">
        <source>%n terms in English and Serbian</source>
        <translation>
            <numerusform>%n појам на енглеском и српском</numerusform>
            <numerusform>%n појма на енглеском и српском</numerusform>
            <numerusform>%n појмова на енглеском и српском</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <translation>Контакти за упућивање</translation>
    </message>
    <message>
        <source>What changed in this edition</source>
        <translation>Шта је ново у овом издању</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in law and guidance, newest first</source>
        <translation>
            <numerusform>%n промена у прописима и смерницама, од најновије</numerusform>
            <numerusform>%n промене у прописима и смерницама, од најновије</numerusform>
            <numerusform>%n промена у прописима и смерницама, од најновије</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референтни материјали</translation>
    </message>
    <message>
        <source>Training cases</source>
        <translation>Случајеви за обуку</translation>
    </message>
    <message>
        <source>Formal identification of a victim is not the inspector’s decision: it belongs to the police and the Centre for Protection of Victims of Trafficking.</source>
        <translation>Формална идентификација жртве није одлука инспектора: она припада полицији и Центру за заштиту жртава трговине људима.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Страница није пронађена</translation>
    </message>
    <message>
        <source>There is no page at %1. It may have been renamed or removed from the knowledge base.</source>
        <translation>На адреси %1 нема странице. Можда је преименована или уклоњена из базе знања.</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Import Pack</source>
        <translation>Увоз пакета</translation>
    </message>
    <message>
        <source>Pack %1, version %2, by %3, made %4; languages: %5</source>
        <translation>Пакет %1, верзија %2, аутор %3, направљен %4; језици: %5</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Датотека: %1</translation>
    </message>
    <message>
        <source>This file is not a readable pack.</source>
        <translation>Ова датотека није пакет који се може прочитати.</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Потписао: %1</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Непотписан</translation>
    </message>
    <message>
        <source>no trusted key signed this pack. It can only add content, and everything from it is marked unsigned.</source>
        <translation>овај пакет није потписан ниједним поузданим кључем. Може само да дода садржај, а све из њега означено је као непотписано.</translation>
    </message>
    <message numerus="yes">
        <source>What installing it does: adds %1, updates %n bundled document(s).</source>
        <translation>
            <numerusform>Шта инсталација ради: додаје %1, ажурира %n испоручени документ.</numerusform>
            <numerusform>Шта инсталација ради: додаје %1, ажурира %n испоручена документа.</numerusform>
            <numerusform>Шта инсталација ради: додаје %1, ажурира %n испоручених докумената.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Радња</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Језици</translation>
    </message>
    <message>
        <source>adds</source>
        <translation>додаје</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>ажурира</translation>
    </message>
    <message>
        <source>case</source>
        <translation>случај</translation>
    </message>
    <message>
        <source>article</source>
        <translation>чланак</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Инсталирај</translation>
    </message>
    <message>
        <source>I trust where this unsigned pack came from: install it</source>
        <translation>Верујем извору овог непотписаног пакета: инсталирај га</translation>
    </message>
    <message numerus="yes">
        <source>The pack is refused: %n problem(s). Nothing was installed.</source>
        <translation>
            <numerusform>Пакет је одбијен: %n проблем. Ништа није инсталирано.</numerusform>
            <numerusform>Пакет је одбијен: %n проблема. Ништа није инсталирано.</numerusform>
            <numerusform>Пакет је одбијен: %n проблема. Ништа није инсталирано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveAssessmentWindow</name>
    <message>
        <source>Live assessment: %1 — Prepoznaj</source>
        <translation>Процена уживо: %1 — Препознај</translation>
    </message>
    <message>
        <source>Live assessment with the room · %1</source>
        <translation>Процена уживо са полазницима · %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Напред ▶</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Крај (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>одговорено %1 од %2 питања</translation>
    </message>
    <message>
        <source>Hide the findings (F)</source>
        <translation>Сакриј налазе (F)</translation>
    </message>
    <message>
        <source>Show the findings (F)</source>
        <translation>Прикажи налазе (F)</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>The result could not be saved (%1).</source>
        <translation>Резултат није могао да се сачува (%1).</translation>
    </message>
    <message>
        <source>The room’s outcome: %1</source>
        <translation>Исход полазника: %1</translation>
    </message>
    <message>
        <source>✓ The same as the case’s expected outcome.</source>
        <translation>✓ Исто као очекивани исход случаја.</translation>
    </message>
    <message>
        <source>✗ The case expects “%1”: the room’s outcome is more serious.</source>
        <translation>✗ Случај очекује „%1“: исход полазника је тежи.</translation>
    </message>
    <message>
        <source>✗ The case expects “%1”: the room’s outcome is less serious.</source>
        <translation>✗ Случај очекује „%1“: исход полазника је блажи.</translation>
    </message>
    <message>
        <source>Answered “not known”: %1 · not answered: %2 — the outcome may change when they are checked.</source>
        <translation>Одговор „није познато“: %1 · без одговора: %2 — исход може да се промени када се то провери.</translation>
    </message>
    <message>
        <source>Recorded by the room, not by the case</source>
        <translation>Забележили полазници, а случај не</translation>
    </message>
    <message>
        <source>In the case, not recorded by the room</source>
        <translation>Бележи случај, а полазници нису забележили</translation>
    </message>
    <message>
        <source>Recorded by both</source>
        <translation>Забележили и случај и полазници</translation>
    </message>
    <message>
        <source>Why: the trace</source>
        <translation>Зашто: образложење</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Напр&amp;ед</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Почетна</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увећај</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;мањи</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Подразумевана величина</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Пре&amp;трага</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>&amp;What Changed in This Edition</source>
        <translation>Шта је &amp;ново у овом издању</translation>
    </message>
    <message>
        <source>Content &amp;Problems…</source>
        <translation>Проблеми у &amp;садржају…</translation>
    </message>
    <message>
        <source>&amp;About Prepoznaj</source>
        <translation>&amp;О програму Препознај</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пречице на тастатури</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Следеће &amp;окно</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Претходно о&amp;кно</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Иди</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <source>Content in &amp;Serbian</source>
        <translation>Садржај на &amp;српском</translation>
    </message>
    <message>
        <source>Show the articles in Serbian where they are translated; the interface stays in English</source>
        <translation>Прикажи чланке на српском где су преведени; интерфејс остаје на енглеском</translation>
    </message>
    <message>
        <source>Content in &amp;English</source>
        <translation>Садржај на &amp;енглеском</translation>
    </message>
    <message>
        <source>Show the English originals of the articles; the interface stays in Serbian</source>
        <translation>Прикажи енглеске оригинале чланака; интерфејс остаје на српском</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Кретање</translation>
    </message>
    <message>
        <source>Indexing %p%</source>
        <translation>Индексирање %p%</translation>
    </message>
    <message>
        <source>Search index progress</source>
        <translation>Напредак индексирања за претрагу</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Верзија садржаја</translation>
    </message>
    <message>
        <source>Navigation toolbar</source>
        <translation>Трака за кретање</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Трака менија</translation>
    </message>
    <message>
        <source>Contents and article</source>
        <translation>Садржај и чланак</translation>
    </message>
    <message>
        <source>Loading content…</source>
        <translation>Учитавање садржаја…</translation>
    </message>
    <message>
        <source>Content %1</source>
        <translation>Садржај %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n content problem(s)</source>
        <translation>
            <numerusform>⚠ %n проблем у садржају</numerusform>
            <numerusform>⚠ %n проблема у садржају</numerusform>
            <numerusform>⚠ %n проблема у садржају</numerusform>
        </translation>
    </message>
    <message>
        <source>Some content files are broken and were skipped: %1</source>
        <translation>Неке датотеке садржаја су неисправне и прескочене су: %1</translation>
    </message>
    <message>
        <source>The search index was left locked by an interrupted update. It has been rebuilt; search works as usual.</source>
        <translation>Индекс за претрагу је остао закључан после прекинутог ажурирања. Поново је изграђен; претрага ради као и обично.</translation>
    </message>
    <message>
        <source>The search index was damaged. It has been rebuilt; search works as usual.</source>
        <translation>Индекс за претрагу је био оштећен. Поново је изграђен; претрага ради као и обично.</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Није пронађено</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Проблеми у садржају</translation>
    </message>
    <message>
        <source>The knowledge base has no problems.</source>
        <translation>У бази знања нема проблема.</translation>
    </message>
    <message numerus="yes">
        <source>%n content file problem(s) were found. The affected entries were skipped; everything else is available.</source>
        <translation>
            <numerusform>Пронађен је %n проблем у датотекама садржаја. Захваћене ставке су прескочене; све остало је доступно.</numerusform>
            <numerusform>Пронађена су %n проблема у датотекама садржаја. Захваћене ставке су прескочене; све остало је доступно.</numerusform>
            <numerusform>Пронађено је %n проблема у датотекама садржаја. Захваћене ставке су прескочене; све остало је доступно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the knowledge base…</source>
        <translation>Учитавање базе знања…</translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Installed Packs</source>
        <translation>Инсталирани пакети</translation>
    </message>
    <message>
        <source>Content packs installed in %1. Removing a pack takes its articles and cases away.</source>
        <translation>Пакети садржаја инсталирани у %1. Уклањањем пакета уклањају се и његови чланци и случајеви.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Потписао</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>&amp;Remove Pack</source>
        <translation>&amp;Уклони пакет</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>непотписан</translation>
    </message>
    <message numerus="yes">
        <source>Remove the pack “%1” and its %n document(s)?</source>
        <translation>
            <numerusform>Уклонити пакет „%1” и %n документ из њега?</numerusform>
            <numerusform>Уклонити пакет „%1” и %n документа из њега?</numerusform>
            <numerusform>Уклонити пакет „%1” и %n докумената из њега?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Pack</source>
        <translation>Уклањање пакета</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Contents</source>
        <translation>Садржај</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референтни материјали</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>Каталог индикатора</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Речник појмова</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <translation>Контакти за упућивање</translation>
    </message>
    <message>
        <source>What changed in this edition</source>
        <translation>Шта је ново у овом издању</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Смернице</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Labour-law checks</source>
        <translation>Провере по радном праву</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случајеви</translation>
    </message>
    <message>
        <source>My content</source>
        <translation>Мој садржај</translation>
    </message>
    <message>
        <source>signed: %1</source>
        <translation>потписао: %1</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>непотписано</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <source>Prepoznaj — my notes</source>
        <translation>Препознај — моје забелешке</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 · %n note(s)</source>
        <translation>
            <numerusform>Извезено %1 · %n забелешка</numerusform>
            <numerusform>Извезено %1 · %n забелешке</numerusform>
            <numerusform>Извезено %1 · %n забележака</numerusform>
        </translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>последња измена %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Note on this page</source>
        <translation>Забелешка на овој страници</translation>
    </message>
    <message>
        <source>Your own note on this page. Saved as you type, only on this computer.</source>
        <translation>Ваша лична забелешка на овој страници. Чува се док куцате, само на овом рачунару.</translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation>Стање чувања забелешке</translation>
    </message>
    <message>
        <source>Search my notes…</source>
        <translation>Претражи моје забелешке…</translation>
    </message>
    <message>
        <source>Search my notes</source>
        <translation>Претрага мојих забелешки</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Моје забелешке</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Извези…</translation>
    </message>
    <message>
        <source>Export notes to a file</source>
        <translation>Извези забелешке у датотеку</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>Све моје забелешке</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Забелешка уз „%1“</translation>
    </message>
    <message>
        <source>Open an article, a case or an indicator to write a note on it.</source>
        <translation>Отворите чланак, случај или индикатор да бисте уз њега написали забелешку.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Чување…</translation>
    </message>
    <message>
        <source>No note on this page.</source>
        <translation>На овој страници нема забелешке.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сачувано %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 од %n забелешке</numerusform>
            <numerusform>%1 од %n забелешке</numerusform>
            <numerusform>%1 од %n забележака</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n забелешка</numerusform>
            <numerusform>%n забелешке</numerusform>
            <numerusform>%n забележака</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Извоз забелешки</translation>
    </message>
    <message>
        <source>The notes could not be written to %1: %2</source>
        <translation>Забелешке нису могле да се упишу у %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Извезена је %n забелешка у %1</numerusform>
            <numerusform>Извезене су %n забелешке у %1</numerusform>
            <numerusform>Извезено је %n забележака у %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Review &amp;answers</source>
        <translation>Преглед &amp;одговора</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>Одштампај зап&amp;ис…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Извези P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>&amp;Увези пакет…</translation>
    </message>
    <message>
        <source>Export My &amp;Content as Pack…</source>
        <translation>Извези мој садржај као паке&amp;т…</translation>
    </message>
    <message>
        <source>Manage Pac&amp;ks…</source>
        <translation>Управљање па&amp;кетима…</translation>
    </message>
    <message>
        <source>Import Pack</source>
        <translation>Увоз пакета</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Пакети садржаја (*.zip)</translation>
    </message>
    <message>
        <source>Checking the pack %1…</source>
        <translation>Проверава се пакет %1…</translation>
    </message>
    <message>
        <source>The pack %1 could not be read: %2</source>
        <translation>Пакет %1 није могао да се прочита: %2</translation>
    </message>
    <message>
        <source>Pack “%1” installed.</source>
        <translation>Пакет „%1” је инсталиран.</translation>
    </message>
    <message>
        <source>Pack “%1” removed.</source>
        <translation>Пакет „%1” је уклоњен.</translation>
    </message>
    <message>
        <source>Export My Content as Pack</source>
        <translation>Извоз мог садржаја као пакета</translation>
    </message>
    <message>
        <source>You have no cases or articles of your own yet. Write one with Trainer ▸ New Case….</source>
        <translation>Још немате сопствених случајева ни чланака. Напишите један преко Обука ▸ Нови случај….</translation>
    </message>
    <message>
        <source>Pack saved as %1.</source>
        <translation>Пакет је сачуван као %1.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Articles have no trainer notes. The presenter view shows what comes next and the time.</source>
        <translation>Чланци немају напомене за тренера. Приказ за предавача показује шта следи и колико је времена прошло.</translation>
    </message>
    <message>
        <source>This step: %1</source>
        <translation>Овај корак: %1</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>око %1 мин</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>За овај корак нема напомена.</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Цео случај</translation>
    </message>
    <message>
        <source>Model analysis</source>
        <translation>Узорна анализа</translation>
    </message>
    <message>
        <source>Expected outcome:</source>
        <translation>Очекивани исход:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ниједна</translation>
    </message>
    <message>
        <source>Positive dimensions:</source>
        <translation>Позитивне димензије:</translation>
    </message>
    <message>
        <source>Labour-law checks</source>
        <translation>Провере по радном праву</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Чињенице</translation>
    </message>
    <message>
        <source>Presenter view — %1</source>
        <translation>Приказ за предавача — %1</translation>
    </message>
    <message>
        <source>On the screen now</source>
        <translation>Тренутно на екрану</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>стрелица улево, Page Up</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Напред ▶</translation>
    </message>
    <message>
        <source>Right, Space, Page Down</source>
        <translation>стрелица удесно, размакница, Page Down</translation>
    </message>
    <message>
        <source>B or full stop: black screen, and back</source>
        <translation>B или тачка: црни екран и повратак</translation>
    </message>
    <message>
        <source>T: show or hide the small clock on the room&apos;s screen</source>
        <translation>T: прикажи или сакриј мали сат на екрану за полазнике</translation>
    </message>
    <message>
        <source>Reset clock</source>
        <translation>Врати сат на нулу</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Крај (Esc)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Корак %1 од %2: %3</translation>
    </message>
    <message>
        <source>hidden from the room</source>
        <translation>скривено од полазника</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страна %1 од %2</translation>
    </message>
    <message>
        <source>card %1 of %2</source>
        <translation>картица %1 од %2</translation>
    </message>
    <message>
        <source>THE ROOM SEES A BLACK SCREEN</source>
        <translation>ПОЛАЗНИЦИ ВИДЕ ЦРНИ ЕКРАН</translation>
    </message>
    <message>
        <source>Hide the analysis (R)</source>
        <translation>Сакриј анализу (R)</translation>
    </message>
    <message>
        <source>Reveal the analysis (R)</source>
        <translation>Откриј анализу (R)</translation>
    </message>
    <message>
        <source>Show the slide (B)</source>
        <translation>Прикажи слајд (B)</translation>
    </message>
    <message>
        <source>Black screen (B)</source>
        <translation>Црни екран (B)</translation>
    </message>
    <message>
        <source>Hide the room&apos;s clock (T)</source>
        <translation>Сакриј сат за полазнике (T)</translation>
    </message>
    <message>
        <source>Show the room&apos;s clock (T)</source>
        <translation>Прикажи сат за полазнике (T)</translation>
    </message>
    <message>
        <source>Next click</source>
        <translation>Следећи клик</translation>
    </message>
    <message>
        <source>Reveals the analysis to the room.</source>
        <translation>Открива анализу полазницима.</translation>
    </message>
    <message>
        <source>Next click: card %1 of %2</source>
        <translation>Следећи клик: картица %1 од %2</translation>
    </message>
    <message>
        <source>Next click: the rest of this step</source>
        <translation>Следећи клик: остатак овог корака</translation>
    </message>
    <message>
        <source>The end: this is the last step.</source>
        <translation>Крај: ово је последњи корак.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Следећи корак: %1</translation>
    </message>
    <message>
        <source>Hidden from the room until you reveal it (R).</source>
        <translation>Скривено од полазника док га не откријете (R).</translation>
    </message>
    <message>
        <source>this step %1</source>
        <translation>овај корак %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>паузирано</translation>
    </message>
    <message>
        <source>Pause clock</source>
        <translation>Паузирај сат</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Настави сат</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>садржај %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>прегледано %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>одштампано %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страна %1 од %2</translation>
    </message>
    <message>
        <source>content version %1</source>
        <translation>верзија садржаја %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Штампач није могао да се отвори.</translation>
    </message>
    <message>
        <source>The printer could not start a new page.</source>
        <translation>Штампач није могао да почне нову страну.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written: %2 is not a folder you can write to.</source>
        <translation>PDF датотека %1 није могла да се упише: %2 није фасцикла у коју можете да уписујете.</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>PDF датотека није могла да се упише: %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Штампање: „%1“</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Преглед пре штампе — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Одштампај…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Преглед пре штампе…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Извези у P&amp;DF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Штампа</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Штампачу је послата %n страна.</numerusform>
            <numerusform>Штампачу су послате %n стране.</numerusform>
            <numerusform>Штампачу је послато %n страна.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Извоз у PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Сачувана је %n страна у %1</numerusform>
            <numerusform>Сачуване су %n стране у %1</numerusform>
            <numerusform>Сачувано је %n страна у %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>Not &amp;known</source>
        <translation>Није п&amp;ознато</translation>
    </message>
    <message>
        <source>Listed at the end as something that remains to check</source>
        <translation>На крају се наводи као нешто што још треба проверити</translation>
    </message>
    <message>
        <source>How to check it</source>
        <translation>Како то проверити</translation>
    </message>
    <message>
        <source>Question %1 of %2 on this path</source>
        <translation>Питање %1 од %2 на овој путањи</translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation>Више о томе: %1</translation>
    </message>
    <message>
        <source>This question only decides which questions come next.</source>
        <translation>Ово питање само одређује која питања следе.</translation>
    </message>
    <message>
        <source>“Yes” records:</source>
        <translation>„Да“ бележи:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>Прегледајте своје одговоре</translation>
    </message>
    <message>
        <source>Double-click a question, or select it and press Enter, to change its answer. Nothing is lost.</source>
        <translation>Да бисте изменили одговор, двапут кликните на питање или га изаберите и притисните Enter. Ништа се не губи.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питање</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Одговор</translation>
    </message>
    <message>
        <source>What remains to check</source>
        <translation>Шта још треба проверити</translation>
    </message>
    <message>
        <source>&amp;Change answer</source>
        <translation>&amp;Измени одговор</translation>
    </message>
    <message>
        <source>Show the &amp;outcome</source>
        <translation>Прикажи ис&amp;ход</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Није познато</translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation>— без одговора</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>прескочен</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 од %2</translation>
    </message>
    <message>
        <source>Kept but not counted (an earlier answer skips these questions)</source>
        <translation>Сачувано, али се не рачуна (због ранијег одговора ова питања се прескачу)</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Није познато: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Без одговора: %1</translation>
    </message>
    <message>
        <source>Nothing: every question on this path has a yes or no answer.</source>
        <translation>Ништа: на свако питање на овој путањи одговорено је са да или не.</translation>
    </message>
    <message>
        <source>%1 not yet confirmed</source>
        <translation>непотврђених: %1</translation>
    </message>
    <message>
        <source>What the worker reads, in English: %1</source>
        <translation>Шта радник чита, преведено на енглески: %1</translation>
    </message>
</context>
<context>
    <name>SavedAssessmentsDialog</name>
    <message>
        <source>Saved assessments</source>
        <translation>Сачуване процене</translation>
    </message>
    <message>
        <source>Assessments are saved as you answer. Open one to continue at the step where you left it.</source>
        <translation>Процене се чувају док одговарате. Отворите процену да бисте наставили од корака на коме сте стали.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ознака предмета</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Исход до сада</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Одговори</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последња измена</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Започето</translation>
    </message>
    <message>
        <source>No saved assessments yet.</source>
        <translation>Још нема сачуваних процена.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Направи &amp;копију</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>О&amp;бриши…</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Нова процена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>(no case reference)</source>
        <translation>(без ознаке предмета)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(копија)</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Брисање процене</translation>
    </message>
    <message>
        <source>Delete the assessment “%1” and all its answers? This cannot be undone.</source>
        <translation>Обрисати процену „%1“ и све њене одговоре? Ово не може да се опозове.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Screen %1</source>
        <translation>Екран %1</translation>
    </message>
    <message>
        <source>(main)</source>
        <translation>(главни)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search guidance, indicators, cases…</source>
        <translation>Претражи базу знања…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Претрага</translation>
    </message>
    <message>
        <source>English or Serbian, Latin or Cyrillic, with or without č ć š ž đ. Quotes find a phrase (&quot;debt bondage&quot;); word* finds words that start so.</source>
        <translation>На српском или енглеском, латиницом или ћирилицом, са ч ћ ш ж ђ или без њих. Наводници траже израз („дужничко ропство“); реч* налази речи које тако почињу.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Резултати претраге</translation>
    </message>
    <message>
        <source>Preparing search: %1 of %2 documents indexed…</source>
        <translation>Припрема претраге: индексирање %1 од %2…</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation>Припрема претраге…</translation>
    </message>
    <message>
        <source>Search is being prepared; results will appear in a moment.</source>
        <translation>Претрага се припрема; резултати ће се појавити за тренутак.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Смернице</translation>
    </message>
    <message>
        <source>Indicators and checks</source>
        <translation>Индикатори и провере</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случајеви</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Речник појмова</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <translation>Контакти за упућивање</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Енглески</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Српски</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n резултат</numerusform>
            <numerusform>%n резултата</numerusform>
            <numerusform>%n резултата</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for “%1”.</source>
        <translation>Приказани су резултати за „%1“.</translation>
    </message>
    <message>
        <source>Search instead for “%1”</source>
        <translation>Уместо тога тражи „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n letter(s).</source>
        <translation>
            <numerusform>Упишите најмање %n слово.</numerusform>
            <numerusform>Упишите најмање %n слова.</numerusform>
            <numerusform>Упишите најмање %n слова.</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Нема резултата за „%1“.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Да ли сте мислили „%1“?</translation>
    </message>
    <message>
        <source>Show results of every kind, jurisdiction and topic</source>
        <translation>Прикажи резултате свих врста, надлежности и тема</translation>
    </message>
    <message>
        <source>Try fewer or other words, or the term in the other language. Search covers guidance, indicators, cases, the glossary and referral contacts, in English and Serbian (Latin or Cyrillic, with or without diacritics).</source>
        <translation>Покушајте са мање речи или другим речима, или са изразом на другом језику. Претрага обухвата смернице, индикаторе, случајеве, речник појмова и контакте за упућивање, на српском и енглеском (латиницом или ћирилицом, са дијакритичким знацима или без њих).</translation>
    </message>
</context>
<context>
    <name>SearchTools</name>
    <message>
        <source>Find in &amp;Page…</source>
        <translation>Пронађи на &amp;страници…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Пронађи с&amp;ледеће</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Пронађи п&amp;ретходно</translation>
    </message>
    <message numerus="yes">
        <source>%n matching word(s) marked on this page. Esc clears the marks.</source>
        <translation>
            <numerusform>На овој страници је означена %n пронађена реч. Esc уклања ознаке.</numerusform>
            <numerusform>На овој страници су означене %n пронађене речи. Esc уклања ознаке.</numerusform>
            <numerusform>На овој страници је означено %n пронађених речи. Esc уклања ознаке.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestWindow</name>
    <message>
        <source>Self-test: %1 — Prepoznaj</source>
        <translation>Самопровера: %1 — Препознај</translation>
    </message>
    <message>
        <source>Self-test: %1</source>
        <translation>Самопровера: %1</translation>
    </message>
    <message>
        <source>Tick what the findings show — only what there is evidence for — then choose the outcome. The list mixes the case&apos;s indicators with others that are not shown.</source>
        <translation>Означите оно што налази показују — само оно за шта постоје докази — а затим изаберите исход. На списку су измешани индикатори из случаја и други који се у њему не виде.</translation>
    </message>
    <message>
        <source>Labour-law checks</source>
        <translation>Провере по радном праву</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Чињенице</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Исход:</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Изаберите исход…</translation>
    </message>
    <message>
        <source>&amp;Check my answers</source>
        <translation>&amp;Провери моје одговоре</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Покушај поново</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Choose the outcome first</source>
        <translation>Најпре изаберите исход</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>The result could not be saved (%1). It is shown here all the same.</source>
        <translation>Резултат није могао да се сачува (%1). Ипак је приказан овде.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ниједан</translation>
    </message>
    <message>
        <source>Your score: %1%</source>
        <translation>Ваш резултат: %1%</translation>
    </message>
    <message numerus="yes">
        <source>Indicators: you found %1 of %2; %3 missed; %n false alarm(s).</source>
        <translation>
            <numerusform>Индикатори: пронашли сте %1 од %2; пропуштено: %3; %n лажна узбуна.</numerusform>
            <numerusform>Индикатори: пронашли сте %1 од %2; пропуштено: %3; %n лажне узбуне.</numerusform>
            <numerusform>Индикатори: пронашли сте %1 од %2; пропуштено: %3; %n лажних узбуна.</numerusform>
        </translation>
    </message>
    <message>
        <source>right</source>
        <translation>тачно</translation>
    </message>
    <message>
        <source>not the case&apos;s outcome</source>
        <translation>није исход случаја</translation>
    </message>
    <message>
        <source>Outcome: you chose “%1” — the case: “%2” (%3).</source>
        <translation>Исход: изабрали сте „%1“ — случај: „%2“ (%3).</translation>
    </message>
    <message>
        <source>With exactly what you ticked, the assessment gives “%1”.</source>
        <translation>Са тачно оним што сте означили, процена даје „%1“.</translation>
    </message>
    <message>
        <source>Score: indicators count for 70%, the outcome for 30%. A false alarm counts like a miss.</source>
        <translation>Бодовање: индикатори носе 70%, исход 30%. Лажна узбуна се рачуна као пропуст.</translation>
    </message>
    <message>
        <source>Missed: the case records these</source>
        <translation>Пропуштено: случај ово бележи</translation>
    </message>
    <message>
        <source>False alarms: the case does not record these</source>
        <translation>Лажне узбуне: случај ово не бележи</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Пронађено</translation>
    </message>
    <message>
        <source>Every indicator matches the model answer.</source>
        <translation>Сви индикатори се поклапају са узорним одговором.</translation>
    </message>
    <message>
        <source>The case says:</source>
        <translation>У случају пише:</translation>
    </message>
    <message>
        <source>The case records it. What it means:</source>
        <translation>Случај то бележи. Шта то значи:</translation>
    </message>
    <message>
        <source>The findings do not show it. What it means:</source>
        <translation>Налази то не показују. Шта то значи:</translation>
    </message>
    <message>
        <source>How to check it:</source>
        <translation>Како то проверити:</translation>
    </message>
    <message>
        <source>Guidance: %1 →</source>
        <translation>Смернице: %1 →</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Лажне узбуне</translation>
    </message>
    <message>
        <source>Outcome right</source>
        <translation>Тачан исход</translation>
    </message>
    <message>
        <source>Your attempts at this case (kept on this computer only)</source>
        <translation>Ваши покушаји на овом случају (чувају се само на овом рачунару)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Window</source>
        <translation>Прозор</translation>
    </message>
    <message>
        <source>In lists and fields</source>
        <translation>У списковима и пољима</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Кретање између контрола</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>Из поља за претрагу у резултате</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Стрелица надоле</translation>
    </message>
    <message>
        <source>Open the selected result, bookmark, history entry or note</source>
        <translation>Отварање изабраног резултата, обележивача, ставке историје или забелешке</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Брисање претраге</translation>
    </message>
    <message>
        <source>Rename a bookmark or folder</source>
        <translation>Преименовање обележивача или фасцикле</translation>
    </message>
    <message>
        <source>Delete a bookmark or folder</source>
        <translation>Брисање обележивача или фасцикле</translation>
    </message>
    <message>
        <source>More commands for the selected item</source>
        <translation>Још команди за изабрану ставку</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Тастер Menu, Shift+F10</translation>
    </message>
    <message>
        <source>Move through the links of an article</source>
        <translation>Кретање кроз везе у чланку</translation>
    </message>
    <message>
        <source>Tab in the article</source>
        <translation>Tab у чланку</translation>
    </message>
    <message>
        <source>Open the focused link</source>
        <translation>Отварање изабране везе</translation>
    </message>
    <message>
        <source>Enter in the article</source>
        <translation>Enter у чланку</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пречице на тастатури</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Филтрирај…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Филтрирање пречица</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Тастери</translation>
    </message>
</context>
<context>
    <name>StartupWorker</name>
    <message>
        <source>The knowledge base could not be read: %1</source>
        <translation>База знања није могла да се прочита: %1</translation>
    </message>
    <message>
        <source>Search could not be prepared: %1</source>
        <translation>Претрага није могла да се припреми: %1</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Present</source>
        <translation>Презентуј</translation>
    </message>
    <message>
        <source>Show this case or article on the projector, one step at a time (F5); Esc ends</source>
        <translation>Прикажи овај случај или чланак на пројектору, корак по корак (F5); Esc завршава</translation>
    </message>
    <message>
        <source>Present a &amp;Case…</source>
        <translation>Презентуј &amp;случај…</translation>
    </message>
    <message>
        <source>&amp;Live Assessment with the Room…</source>
        <translation>Процена &amp;уживо са полазницима…</translation>
    </message>
    <message>
        <source>&amp;Self-Test on a Case…</source>
        <translation>Са&amp;мопровера на случају…</translation>
    </message>
    <message>
        <source>Presenter &amp;View on the Other Screen</source>
        <translation>Приказ за пре&amp;давача на другом екрану</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Slides</source>
        <translation>Слајдови &amp;високог контраста</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>О&amp;бука</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s Screen</source>
        <translation>&amp;Екран за полазнике</translation>
    </message>
    <message>
        <source>&amp;Automatic (another screen when there is one)</source>
        <translation>&amp;Аутоматски (други екран, ако постоји)</translation>
    </message>
    <message>
        <source>&amp;Present This Page</source>
        <translation>&amp;Презентуј ову страницу</translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation>&amp;Презентуј…</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Препознај</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>База знања се још учитава. Покушајте поново за тренутак.</translation>
    </message>
    <message>
        <source>Assessment not available</source>
        <translation>Процена није доступна</translation>
    </message>
    <message>
        <source>The assessment rules or the decision tree could not be read, so the assessment cannot run. See Help ▸ Content Problems for the file and line to fix.</source>
        <translation>Правила процене или стабло одлучивања нису могли да се прочитају, па процена не може да се спроведе. Датотеку и ред које треба исправити потражите у менију Помоћ ▸ Проблеми у садржају.</translation>
    </message>
</context>
<context>
    <name>WorkerAnswersDialog</name>
    <message>
        <source>The Worker&apos;s Answers</source>
        <translation>Одговори радника</translation>
    </message>
    <message>
        <source>The worker answered these questions alone, on the card. No answer counts by itself: confirm each one, or put your own answer in its place after talking with the worker. Only confirmed and changed answers go into the assessment.</source>
        <translation>Радник је на ова питања одговорио сам, на картици. Ниједан одговор не рачуна се сам по себи: потврдите сваки или, после разговора са радником, унесите свој одговор уместо њега. У процену улазе само потврђени и измењени одговори.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питање</translation>
    </message>
    <message>
        <source>What the worker read</source>
        <translation>Шта је радник прочитао</translation>
    </message>
    <message>
        <source>The worker&apos;s answer</source>
        <translation>Одговор радника</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Потврди</translation>
    </message>
    <message>
        <source>Change to &amp;Yes</source>
        <translation>Измени у „&amp;Да”</translation>
    </message>
    <message>
        <source>Change to &amp;No</source>
        <translation>Измени у „&amp;Не”</translation>
    </message>
    <message>
        <source>Change to Not &amp;Known</source>
        <translation>Измени у „Није по&amp;знато”</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Без одлуке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>What the worker reads, in English: %1</source>
        <translation>Шта радник чита, преведено на енглески: %1</translation>
    </message>
</context>
</TS>
