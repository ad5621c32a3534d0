<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Prepoznaj</source>
        <translation>O programu Prepoznaj</translation>
    </message>
    <message>
        <source>Prepoznaj %1</source>
        <translation>Prepoznaj %1</translation>
    </message>
    <message>
        <source>An offline knowledge base and decision support for labour inspectors: recognising trafficking in human beings for labour exploitation, telling it apart from labour-law violations, and acting on it.</source>
        <translation>Baza znanja i podrška u odlučivanju za inspektore rada, koja radi bez interneta: prepoznavanje trgovine ljudima radi radne eksploatacije, njeno razlikovanje od kršenja radnog prava i postupanje.</translation>
    </message>
    <message>
        <source>Python %1 · Qt for Python (PySide6) %2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Python %1 · Qt for Python (PySide6) %2</translation>
    </message>
    <message>
        <source>The knowledge base is still loading.</source>
        <translation>Baza znanja se još učitava.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nije zabeleženo</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Verzija sadržaja</translation>
    </message>
    <message>
        <source>Assessment rules version</source>
        <translation>Verzija pravila procene</translation>
    </message>
    <message>
        <source>no rule file loaded (content/rules.yaml missing or broken)</source>
        <translation>pravila nisu učitana (content/rules.yaml nedostaje ili je neispravan)</translation>
    </message>
    <message>
        <source>Decision trees</source>
        <translation>Stabla odlučivanja</translation>
    </message>
    <message>
        <source>articles: %1 (in Serbian: %2), cases: %3, indicators: %4, glossary terms: %5, contacts: %6</source>
        <translation>članci: %1 (na srpskom: %2), slučajevi: %3, indikatori: %4, pojmovi u rečniku: %5, kontakti: %6</translation>
    </message>
    <message>
        <source>Articles and cases last reviewed</source>
        <translation>Članci i slučajevi poslednji put pregledani</translation>
    </message>
    <message>
        <source>Referral contacts last verified</source>
        <translation>Kontakti za upućivanje poslednji put provereni</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sadržaj</translation>
    </message>
    <message>
        <source>Each article shows its own sources and the date it was last reviewed. Check the current text of a law before quoting it. Formal identification of a victim is not the inspector&apos;s decision.</source>
        <translation>Svaki članak navodi svoje izvore i datum poslednjeg pregleda. Pre nego što citirate zakon, proverite njegov važeći tekst. Formalna identifikacija žrtve nije odluka inspektora.</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n document(s))</source>
        <translation>
            <numerusform>Izvori (%n dokument)</numerusform>
            <numerusform>Izvori (%n dokumenta)</numerusform>
            <numerusform>Izvori (%n dokumenata)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cited in %n document(s)</source>
        <translation>
            <numerusform>navodi se u %n dokumentu</numerusform>
            <numerusform>navodi se u %n dokumenta</numerusform>
            <numerusform>navodi se u %n dokumenata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddBookmarkDialog</name>
    <message>
        <source>Add bookmark</source>
        <translation>Dodavanje obeleživača</translation>
    </message>
    <message>
        <source>Bookmark name</source>
        <translation>Naziv obeleživača</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Fascikla</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nova &amp;fascikla…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nova fascikla</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Fascikla:</translation>
    </message>
    <message>
        <source>Bookmarks (no folder)</source>
        <translation>Obeleživači (bez fascikle)</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Naziv fascikle:</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Your bookmarks, notes and assessments could not be opened (%1). Nothing was changed in that file. This session uses a temporary store that is not kept when you close Prepoznaj.</source>
        <translation>Vaši obeleživači, zabeleške i procene nisu mogli da se otvore (%1). U toj datoteci ništa nije promenjeno. U ovoj sesiji koristi se privremeno skladište koje se ne čuva kada zatvorite Prepoznaj.</translation>
    </message>
    <message>
        <source>The file with your bookmarks, notes and assessments was damaged. It was kept as %1 and a new one was started.</source>
        <translation>Datoteka sa vašim obeleživačima, zabeleškama i procenama bila je oštećena. Sačuvana je kao %1, a započeta je nova.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Discreet Mode</source>
        <translation>&amp;Diskretni režim</translation>
    </message>
    <message>
        <source>About Discreet &amp;Mode…</source>
        <translation>O &amp;diskretnom režimu…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Prema &amp;sistemu</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>S&amp;vetla</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tamna</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Visoki &amp;kontrast</translation>
    </message>
    <message>
        <source>Cover the window with a plain screen (F12 again to return). Not a lock.</source>
        <translation>Prekriva prozor praznim ekranom (ponovo F12 za povratak). Nije zaključavanje.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Diskretni režim</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Prepoznaj is already open: this is its window (one window keeps your saved work in one place).</source>
        <translation>Prepoznaj je već otvoren: ovo je njegov prozor (jedan prozor čuva sav vaš sačuvani rad na jednom mestu).</translation>
    </message>
    <message>
        <source>Prepoznaj is already running; its window was brought to the front.</source>
        <translation>Prepoznaj je već pokrenut; njegov prozor je prikazan ispred ostalih.</translation>
    </message>
    <message>
        <source>Prepoznaj seems to be running already for this user (its lock file is %1), but it does not answer. If it is frozen, close it (or end it in the task manager) and start Prepoznaj again.</source>
        <translation>Izgleda da je Prepoznaj već pokrenut za ovog korisnika (njegova datoteka zaključavanja je %1), ali se ne odaziva. Ako je zamrznut, zatvorite ga (ili ga prekinite u upravljaču zadacima) i ponovo pokrenite Prepoznaj.</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Članak</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Case &amp;reference:</source>
        <translation>Oznaka &amp;predmeta:</translation>
    </message>
    <message>
        <source>e.g. file number — never a name</source>
        <translation>npr. broj predmeta — nikada ime</translation>
    </message>
    <message>
        <source>A file or case number to find this assessment again. Do not enter a person&apos;s name.</source>
        <translation>Broj predmeta ili spisa po kome ćete ponovo naći ovu procenu. Ne unosite ime i prezime osobe.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ Na&amp;zad</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left); answers are kept</source>
        <translation>Prethodni korak (Alt+Left); odgovori se čuvaju</translation>
    </message>
    <message>
        <source>&amp;Forward ▶</source>
        <translation>Napr&amp;ed ▶</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Sledeći korak (Alt+Right)</translation>
    </message>
    <message>
        <source>Decision tree %1 · rules %2</source>
        <translation>Stablo odlučivanja %1 · pravila %2</translation>
    </message>
    <message>
        <source>This assessment was last saved with decision tree %1 and rules %2. It is now shown with decision tree %3 and rules %4; answers to questions that no longer exist are kept but not shown.</source>
        <translation>Ova procena je poslednji put sačuvana sa stablom odlučivanja %1 i pravilima %2. Sada je prikazana sa stablom odlučivanja %3 i pravilima %4; odgovori na pitanja koja više ne postoje su sačuvani, ali se ne prikazuju.</translation>
    </message>
    <message>
        <source>Question skipped</source>
        <translation>Preskočeno pitanje</translation>
    </message>
    <message>
        <source>An earlier answer skips this question. Change that answer first; this one is kept.</source>
        <translation>Zbog jednog ranijeg odgovora ovo pitanje se preskače. Najpre izmenite taj odgovor; ovaj ostaje sačuvan.</translation>
    </message>
    <message>
        <source>An earlier answer skips this section.</source>
        <translation>Zbog jednog ranijeg odgovora ovaj odeljak se preskače.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>preskočen</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>odgovoreno %1 od %2</translation>
    </message>
    <message>
        <source>%1 not known</source>
        <translation>nije poznato: %1</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Pregled odgovora</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>no case reference</source>
        <translation>bez oznake predmeta</translation>
    </message>
    <message>
        <source>Assessment: %1 — Prepoznaj</source>
        <translation>Procena: %1 — Prepoznaj</translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation>⚠ Nije sačuvano</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>The answer could not be saved (%1). It is kept in this window; try again.</source>
        <translation>Odgovor nije mogao da se sačuva (%1). Ostaje u ovom prozoru; pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Answer saved at %1</source>
        <translation>Odgovor sačuvan u %1</translation>
    </message>
    <message>
        <source>Case reference saved</source>
        <translation>Oznaka predmeta sačuvana</translation>
    </message>
    <message>
        <source>Prepoznaj · rules %1 · printed %2</source>
        <translation>Prepoznaj · pravila %1 · odštampano %2</translation>
    </message>
    <message>
        <source>Assessment record — %1</source>
        <translation>Zapis o proceni — %1</translation>
    </message>
    <message>
        <source>Export the assessment record as PDF</source>
        <translation>Izvoz zapisa o proceni u PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Sačuvano: %1 (%n strana)</numerusform>
            <numerusform>Sačuvano: %1 (%n strane)</numerusform>
            <numerusform>Sačuvano: %1 (%n strana)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Odštampana je %n strana</numerusform>
            <numerusform>Odštampane su %n strane</numerusform>
            <numerusform>Odštampano je %n strana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nova procena…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nova procena</translation>
    </message>
    <message>
        <source>Start a guided assessment: labour-law violation, exploitation or trafficking?</source>
        <translation>Započnite vođenu procenu: kršenje radnog prava, eksploatacija ili trgovina ljudima?</translation>
    </message>
    <message>
        <source>&amp;Saved Assessments…</source>
        <translation>&amp;Sačuvane procene…</translation>
    </message>
    <message>
        <source>Saved assessments</source>
        <translation>Sačuvane procene</translation>
    </message>
    <message>
        <source>Resume, duplicate or delete a saved assessment</source>
        <translation>Nastavite, kopirajte ili obrišite sačuvanu procenu</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Pro&amp;cena</translation>
    </message>
    <message>
        <source>&amp;Rule Set for New Assessments</source>
        <translation>Skup &amp;pravila za nove procene</translation>
    </message>
    <message>
        <source>Saved assessments keep the rule set they were started with; this choice applies to new ones.</source>
        <translation>Sačuvane procene zadržavaju skup pravila sa kojim su započete; ovaj izbor važi za nove.</translation>
    </message>
    <message>
        <source>(the content is still loading)</source>
        <translation>(sadržaj se još učitava)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (podrazumevano)</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>Baza znanja se još učitava. Pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>Assessment not available</source>
        <translation>Procena nije dostupna</translation>
    </message>
    <message>
        <source>The assessment rules or the decision tree could not be read, so the assessment cannot run. See Help › Content Problems for the file and line to fix.</source>
        <translation>Pravila procene ili stablo odlučivanja nisu mogli da se pročitaju, pa procena ne može da se sprovede. Datoteku i red koje treba ispraviti potražite u meniju Pomoć › Problemi u sadržaju.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>continued</source>
        <translation>nastavak</translation>
    </message>
    <message>
        <source>Discuss first: what would you record, and what follows? The analysis is shown when the trainer reveals it.</source>
        <translation>Najpre razgovarajte: šta biste zabeležili i šta iz toga sledi? Analiza se prikazuje kada je trener otkrije.</translation>
    </message>
    <message>
        <source>%1 — presentation</source>
        <translation>%1 — prezentacija</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>strana %1 od %2</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Obeleživači</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nova fascikla</translation>
    </message>
    <message>
        <source>New bookmark folder</source>
        <translation>Nova fascikla za obeleživače</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Delete the selected bookmark or folder</source>
        <translation>Obriši izabrani obeleživač ili fasciklu</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Naziv fascikle:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Preimenovanje</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novi naziv:</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Brisanje fascikle</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n bookmark(s) in it?</source>
        <translation>
            <numerusform>Obrisati fasciklu „%1“ i %n obeleživač u njoj?</numerusform>
            <numerusform>Obrisati fasciklu „%1“ i %n obeleživača u njoj?</numerusform>
            <numerusform>Obrisati fasciklu „%1“ i %n obeleživača u njoj?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Premeštanje</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself.</source>
        <translation>Fascikla ne može da se premesti u samu sebe.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nova &amp;fascikla…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Preimenuj…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>Pre&amp;mesti u</translation>
    </message>
    <message>
        <source>Bookmarks (no folder)</source>
        <translation>Obeleživači (bez fascikle)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;briši</translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <source>Training cases</source>
        <translation>Slučajevi za obuku</translation>
    </message>
    <message>
        <source>Choose a case. To present an article instead, open it and press F5 (Trainer ▸ Present This Page).</source>
        <translation>Izaberite slučaj. Da biste umesto toga prezentovali članak, otvorite ga i pritisnite F5 (Obuka ▸ Prezentuj ovu stranicu).</translation>
    </message>
    <message>
        <source>Automatic (another screen when there is one)</source>
        <translation>Automatski (drugi ekran, ako postoji)</translation>
    </message>
    <message>
        <source>Presenter &amp;view on the other screen (notes, next step, clock)</source>
        <translation>Prikaz za pre&amp;davača na drugom ekranu (napomene, sledeći korak, sat)</translation>
    </message>
    <message>
        <source>Connect a second screen (the projector) to use the presenter view.</source>
        <translation>Za prikaz za predavača priključite drugi ekran (projektor).</translation>
    </message>
    <message>
        <source>&amp;High contrast on the room&apos;s screen (white on black)</source>
        <translation>&amp;Visoki kontrast na ekranu za polaznike (belo na crnom)</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;screen:</source>
        <translation>&amp;Ekran za polaznike:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Prezentuj</translation>
    </message>
    <message>
        <source>&amp;Live assessment</source>
        <translation>Procena &amp;uživo</translation>
    </message>
    <message>
        <source>Self-&amp;test</source>
        <translation>&amp;Samoprovera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Indicators (tick what the case shows):</source>
        <translation>&amp;Indikatori (označite one koje slučaj pokazuje):</translation>
    </message>
    <message>
        <source>Filter indicators…</source>
        <translation>Suzi spisak indikatora…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Present Now</source>
        <translation>&amp;Prezentuj odmah</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zatvori</translation>
    </message>
    <message>
        <source>Recovered the text you had not saved (from %1). Save it to keep it.</source>
        <translation>Vraćen je tekst koji niste sačuvali (iz %1). Sačuvajte ga da ga zadržite.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novi slučaj</translation>
    </message>
    <message>
        <source>Case Editor — %1</source>
        <translation>Uređivanje slučaja — %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatsko čuvanje nije uspelo: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>red %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — click one to go to its line</source>
        <translation>
            <numerusform>%n problem — kliknite da odete na njegov red</numerusform>
            <numerusform>%n problema — kliknite na jedan da odete na njegov red</numerusform>
            <numerusform>%n problema — kliknite na jedan da odete na njegov red</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Nema problema.</translation>
    </message>
    <message>
        <source>Expected outcome (the engine, from the ticked indicators): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Očekivani ishod (prema proceni iz označenih indikatora): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Expected outcome: tick the indicators the case shows.</source>
        <translation>Očekivani ishod: označite indikatore koje slučaj pokazuje.</translation>
    </message>
    <message>
        <source>The case does not load yet (see the problems); its text so far:</source>
        <translation>Slučaj se još ne može učitati (vidite probleme); dosadašnji tekst:</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Čuvanje slučaja</translation>
    </message>
    <message>
        <source>Give the case an id first (the &apos;id:&apos; line, lowercase-with-dashes).</source>
        <translation>Najpre dajte slučaju oznaku (red &apos;id:&apos;, mala slova i crtice).</translation>
    </message>
    <message>
        <source>You already have a case with the id &apos;%1&apos;. Choose another id, or open that case with Trainer ▸ Edit Case….</source>
        <translation>Već imate slučaj sa oznakom &apos;%1&apos;. Izaberite drugu oznaku ili otvorite taj slučaj preko Obuka ▸ Izmeni slučaj….</translation>
    </message>
    <message>
        <source>Present Now</source>
        <translation>Prezentuj odmah</translation>
    </message>
    <message>
        <source>The case cannot be shown yet: fix the problems listed under the text.</source>
        <translation>Slučaj se još ne može prikazati: otklonite probleme navedene ispod teksta.</translation>
    </message>
    <message>
        <source>Case Editor</source>
        <translation>Uređivanje slučaja</translation>
    </message>
    <message>
        <source>Save the changes to this case?</source>
        <translation>Sačuvati izmene ovog slučaja?</translation>
    </message>
</context>
<context>
    <name>CaseEditors</name>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Novi slučaj…</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Izmeni slučaj…</translation>
    </message>
    <message>
        <source>Case Editor</source>
        <translation>Uređivanje slučaja</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>Baza znanja se još učitava. Pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>Edit Case</source>
        <translation>Izmena slučaja</translation>
    </message>
    <message>
        <source>You have no cases of your own yet. Start one with Trainer ▸ New Case….</source>
        <translation>Još nemate sopstvenih slučajeva. Započnite jedan preko Obuka ▸ Novi slučaj….</translation>
    </message>
    <message>
        <source>Your cases:</source>
        <translation>Vaši slučajevi:</translation>
    </message>
    <message>
        <source>Case saved: %1</source>
        <translation>Slučaj je sačuvan: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Prepoznaj: unexpected error</source>
        <translation>Prepoznaj: neočekivana greška</translation>
    </message>
    <message>
        <source>Something went wrong that Prepoznaj did not expect. You can go on working.</source>
        <translation>Došlo je do greške koju Prepoznaj nije očekivao. Možete nastaviti sa radom.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Šta se dogodilo: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Gde: %1</translation>
    </message>
    <message>
        <source>The details were written to the log file %1. Please send it to whoever supports Prepoznaj.</source>
        <translation>Pojedinosti su upisane u dnevnik %1. Molimo vas da ga pošaljete onome ko pruža podršku za Prepoznaj.</translation>
    </message>
    <message>
        <source>The log folder could not be written, so the details are below only.</source>
        <translation>U fasciklu dnevnika nije moglo da se upiše, pa su pojedinosti samo ovde ispod.</translation>
    </message>
    <message>
        <source>Your saved answers, notes and bookmarks are kept: every change is saved the moment it is made.</source>
        <translation>Vaši sačuvani odgovori, zabeleške i obeleživači su sačuvani: svaka izmena se čuva u trenutku kada je napravljena.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Bookmarks</source>
        <translation>Obeleživači</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>Moje zabeleške</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>&amp;Dodaj obeleživač…</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation>Prikaži &amp;obeleživače</translation>
    </message>
    <message>
        <source>Show Histor&amp;y</source>
        <translation>Prikaži &amp;istoriju</translation>
    </message>
    <message>
        <source>&amp;Note on This Page</source>
        <translation>Zabeleška na &amp;ovoj stranici</translation>
    </message>
    <message>
        <source>&amp;Search My Notes</source>
        <translation>&amp;Pretraži moje zabeleške</translation>
    </message>
    <message>
        <source>&amp;Export My Notes…</source>
        <translation>Izvezi moje &amp;zabeleške…</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>O&amp;briši istoriju…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Obeleži</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Zabeleška</translation>
    </message>
    <message>
        <source>&amp;Recently Opened</source>
        <translation>Ne&amp;davno otvoreno</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Obeleživači</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Zabeleške</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neli</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Početna</translation>
    </message>
    <message>
        <source>Bookmarked “%1”.</source>
        <translation>Dodat je obeleživač „%1“.</translation>
    </message>
    <message>
        <source>Edit bookmark</source>
        <translation>Izmena obeleživača</translation>
    </message>
    <message>
        <source>&amp;Remove Bookmark</source>
        <translation>&amp;Ukloni obeleživač</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Obeleživač je uklonjen.</translation>
    </message>
    <message>
        <source>No pages opened yet</source>
        <translation>Još nije otvorena nijedna stranica</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Izvoz zabeleški</translation>
    </message>
    <message>
        <source>There are no notes to export yet.</source>
        <translation>Još nema zabeleški za izvoz.</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>F12 covers the window with a plain screen and changes the window title to “Document”, so that someone looking at your screen during a visit does not see what you are reading. Press F12 again to come back; nothing is closed or lost.

It is not a lock and not a security feature: anyone who presses F12 gets the window back. The task bar or dock may still show the program&apos;s icon, a dialog box that is open stays open, and it does not hide other windows or undo what was already seen. To leave the laptop, lock the computer (for example Windows+L or Ctrl+Alt+L).</source>
        <translation>F12 prekriva prozor praznim ekranom i menja naslov prozora u „Dokument“, da neko ko tokom nadzora gleda u vaš ekran ne vidi šta čitate. Ponovo pritisnite F12 za povratak; ništa se ne zatvara niti gubi.

To nije zaključavanje niti bezbednosna funkcija: svako ko pritisne F12 vraća prozor. Traka zadataka može i dalje da prikazuje ikonu programa, otvoreni dijalog ostaje otvoren, a drugi prozori se ne skrivaju niti se poništava ono što je već viđeno. Kada se udaljavate od računara, zaključajte ga (na primer Windows+L ili Ctrl+Alt+L).</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauza</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Export My Content as Pack</source>
        <translation>Izvoz mog sadržaja kao paketa</translation>
    </message>
    <message>
        <source>Your own cases and articles (%1) go into one pack file that others import with File ▸ Import Pack…. The pack is unsigned: say where it comes from when you share it.</source>
        <translation>Vaši slučajevi i članci (%1) ulaze u jednu datoteku paketa koju drugi uvoze preko Datoteka ▸ Uvezi paket…. Paket nije potpisan: kada ga delite, recite odakle potiče.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>Pack &amp;id:</source>
        <translation>&amp;Oznaka paketa:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Verzija:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Save Pack…</source>
        <translation>&amp;Sačuvaj paket…</translation>
    </message>
    <message>
        <source>Save Pack</source>
        <translation>Čuvanje paketa</translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <source>Filter by jurisdiction</source>
        <translation>Filtriraj po nadležnosti</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filtriraj po temi</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtriraj po jeziku</translation>
    </message>
    <message>
        <source>Results of every kind</source>
        <translation>Rezultati svih vrsta</translation>
    </message>
    <message>
        <source>All jurisdictions</source>
        <translation>Sve nadležnosti</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Sve teme</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Oba jezika</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Sve %1</translation>
    </message>
</context>
<context>
    <name>FieldKitFeature</name>
    <message>
        <source>&amp;Hand to the Worker…</source>
        <translation>Predaj &amp;ekran radniku…</translation>
    </message>
    <message>
        <source>Let the worker answer yes/no questions alone, in their own language, on the full screen</source>
        <translation>Radnik sam odgovara na pitanja sa da ili ne, na svom jeziku, preko celog ekrana</translation>
    </message>
    <message>
        <source>&amp;Take the Screen Back from the Worker</source>
        <translation>Pre&amp;uzmi ekran od radnika</translation>
    </message>
    <message>
        <source>Ends the worker card; the worker&apos;s screen does not show this key</source>
        <translation>Završava karticu za radnika; ekran radnika ne prikazuje ovu kombinaciju tastera</translation>
    </message>
    <message>
        <source>The &amp;Worker&apos;s Answers…</source>
        <translation>&amp;Odgovori radnika…</translation>
    </message>
    <message>
        <source>Confirm or change each answer the worker gave on the card</source>
        <translation>Potvrdite ili izmenite svaki odgovor koji je radnik dao na kartici</translation>
    </message>
    <message>
        <source>Field &amp;Kit</source>
        <translation>&amp;Terenski materijal</translation>
    </message>
    <message>
        <source>Rights &amp;Leaflet (A4)…</source>
        <translation>&amp;Letak o pravima (A4)…</translation>
    </message>
    <message>
        <source>Rights Leaflet, &amp;Folded A5…</source>
        <translation>Letak o pravima, &amp;presavijen A5…</translation>
    </message>
    <message>
        <source>&amp;Question Sheet for an Interpreter…</source>
        <translation>Lista p&amp;itanja za rad sa prevodiocem…</translation>
    </message>
    <message>
        <source>Sector &amp;Checklist…</source>
        <translation>&amp;Kontrolna lista po delatnosti…</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>Baza znanja se još učitava. Pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>Field kit not available</source>
        <translation>Terenski materijal nije dostupan</translation>
    </message>
    <message>
        <source>The field kit could not be read. See Help › Content Problems for the file and line to fix.</source>
        <translation>Terenski materijal nije mogao da se učita. U meniju Pomoć › Problemi u sadržaju naći ćete datoteku i red koje treba ispraviti.</translation>
    </message>
    <message>
        <source>The assessment could not be saved (%1).</source>
        <translation>Procena nije mogla da se sačuva (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the worker&apos;s could not be saved; ask those questions again.</source>
        <translation>
            <numerusform>%n odgovor radnika nije sačuvan; postavite ta pitanja ponovo.</numerusform>
            <numerusform>%n odgovora radnika nisu sačuvana; postavite ta pitanja ponovo.</numerusform>
            <numerusform>%n odgovora radnika nije sačuvano; postavite ta pitanja ponovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Worker&apos;s Answers</source>
        <translation>Odgovori radnika</translation>
    </message>
    <message>
        <source>The open assessment has no answers from the worker card. Use Assessment › Hand to the Worker.</source>
        <translation>Otvorena procena nema odgovora sa kartice za radnika. Koristite Procena › Predaj ekran radniku.</translation>
    </message>
    <message>
        <source>The decision could not be saved (%1).</source>
        <translation>Odluka nije mogla da se sačuva (%1).</translation>
    </message>
</context>
<context>
    <name>FieldKitPrintDialog</name>
    <message>
        <source>Field Kit: Print or Save as PDF</source>
        <translation>Terenski materijal: štampa ili PDF</translation>
    </message>
    <message>
        <source>Rights leaflet, A4</source>
        <translation>Letak o pravima, A4</translation>
    </message>
    <message>
        <source>Rights leaflet, A4 folded to A5</source>
        <translation>Letak o pravima, A4 presavijen na A5</translation>
    </message>
    <message>
        <source>Question sheet for an interview with an interpreter</source>
        <translation>Lista pitanja za razgovor preko prevodioca</translation>
    </message>
    <message>
        <source>Sector checklist</source>
        <translation>Kontrolna lista po delatnosti</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>srpski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engleski</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Worker&apos;s &amp;language:</source>
        <translation>&amp;Jezik radnika:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Dela&amp;tnost:</translation>
    </message>
    <message>
        <source>Checklist l&amp;anguage:</source>
        <translation>Jezik &amp;kontrolne liste:</translation>
    </message>
    <message>
        <source>Serbian text in &amp;Cyrillic</source>
        <translation>Srpski tekst na ć&amp;irilici</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Sačuvaj kao PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Šta&amp;mpaj…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>%1: draft translation, not yet checked by a native speaker. The paper says so, in Serbian and in the worker&apos;s language.</source>
        <translation>%1: nacrt prevoda, prevod još nije proverio izvorni govornik. To piše i na papiru, na srpskom i na jeziku radnika.</translation>
    </message>
    <message>
        <source>%1: checked by a native speaker (%2, %3).</source>
        <translation>%1: prevod je proverio izvorni govornik (%2, %3).</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Sačuvaj kao PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Čuva se %1…</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Sačuvano: %1 (%n strana)</numerusform>
            <numerusform>Sačuvano: %1 (%n strane)</numerusform>
            <numerusform>Sačuvano: %1 (%n strana)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Odštampana je %n strana</numerusform>
            <numerusform>Odštampane su %n strane</numerusform>
            <numerusform>Odštampano je %n strana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Nađi:</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Pretraga na stranici</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Prethodni pogodak (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Sledeći pogodak (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zatvori (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nema pogodaka</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter history…</source>
        <translation>Filtriraj istoriju…</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Filtriranje istorije</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Obriši istoriju…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Brisanje istorije</translation>
    </message>
    <message>
        <source>No page in the history matches.</source>
        <translation>Nijedna stranica u istoriji ne odgovara.</translation>
    </message>
    <message>
        <source>No pages opened yet.</source>
        <translation>Još nije otvorena nijedna stranica.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Juče</translation>
    </message>
    <message>
        <source>Delete the list of every page opened? Bookmarks and notes are kept. Back and Forward still work in this window until it is closed.</source>
        <translation>Obrisati spisak svih otvorenih stranica? Obeleživači i zabeleške ostaju. Nazad i Napred i dalje rade u ovom prozoru dok se ne zatvori.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>Recognise trafficking for labour exploitation, tell it apart from labour-law violations, and know what to do next. Everything here works offline.</source>
        <translation>Prepoznajte trgovinu ljudima radi radne eksploatacije, razlikujte je od kršenja radnog prava i znajte šta dalje da preduzmete. Sve ovde radi bez interneta.</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Za početak</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>Katalog indikatora</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators by dimension and strength</source>
        <translation>
            <numerusform>%n indikator po dimenzijama i jačini</numerusform>
            <numerusform>%n indikatora po dimenzijama i jačini</numerusform>
            <numerusform>%n indikatora po dimenzijama i jačini</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Rečnik pojmova</translation>
    </message>
    <message numerus="yes">
        <source>%n terms in English and Serbian</source>
        <translation>
            <numerusform>%n pojam na engleskom i srpskom</numerusform>
            <numerusform>%n pojma na engleskom i srpskom</numerusform>
            <numerusform>%n pojmova na engleskom i srpskom</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <translation>Kontakti za upućivanje</translation>
    </message>
    <message>
        <source>What changed in this edition</source>
        <translation>Šta je novo u ovom izdanju</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in law and guidance, newest first</source>
        <translation>
            <numerusform>%n promena u propisima i smernicama, od najnovije</numerusform>
            <numerusform>%n promene u propisima i smernicama, od najnovije</numerusform>
            <numerusform>%n promena u propisima i smernicama, od najnovije</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentni materijali</translation>
    </message>
    <message>
        <source>Training cases</source>
        <translation>Slučajevi za obuku</translation>
    </message>
    <message>
        <source>Formal identification of a victim is not the inspector’s decision: it belongs to the police and the Centre for Protection of Victims of Trafficking.</source>
        <translation>Formalna identifikacija žrtve nije odluka inspektora: ona pripada policiji i Centru za zaštitu žrtava trgovine ljudima.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Stranica nije pronađena</translation>
    </message>
    <message>
        <source>There is no page at %1. It may have been renamed or removed from the knowledge base.</source>
        <translation>Na adresi %1 nema stranice. Možda je preimenovana ili uklonjena iz baze znanja.</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Import Pack</source>
        <translation>Uvoz paketa</translation>
    </message>
    <message>
        <source>Pack %1, version %2, by %3, made %4; languages: %5</source>
        <translation>Paket %1, verzija %2, autor %3, napravljen %4; jezici: %5</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datoteka: %1</translation>
    </message>
    <message>
        <source>This file is not a readable pack.</source>
        <translation>Ova datoteka nije paket koji se može pročitati.</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Potpisao: %1</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Nepotpisan</translation>
    </message>
    <message>
        <source>no trusted key signed this pack. It can only add content, and everything from it is marked unsigned.</source>
        <translation>ovaj paket nije potpisan nijednim pouzdanim ključem. Može samo da doda sadržaj, a sve iz njega označeno je kao nepotpisano.</translation>
    </message>
    <message numerus="yes">
        <source>What installing it does: adds %1, updates %n bundled document(s).</source>
        <translation>
            <numerusform>Šta instalacija radi: dodaje %1, ažurira %n isporučeni dokument.</numerusform>
            <numerusform>Šta instalacija radi: dodaje %1, ažurira %n isporučena dokumenta.</numerusform>
            <numerusform>Šta instalacija radi: dodaje %1, ažurira %n isporučenih dokumenata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>adds</source>
        <translation>dodaje</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>ažurira</translation>
    </message>
    <message>
        <source>case</source>
        <translation>slučaj</translation>
    </message>
    <message>
        <source>article</source>
        <translation>članak</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instaliraj</translation>
    </message>
    <message>
        <source>I trust where this unsigned pack came from: install it</source>
        <translation>Verujem izvoru ovog nepotpisanog paketa: instaliraj ga</translation>
    </message>
    <message numerus="yes">
        <source>The pack is refused: %n problem(s). Nothing was installed.</source>
        <translation>
            <numerusform>Paket je odbijen: %n problem. Ništa nije instalirano.</numerusform>
            <numerusform>Paket je odbijen: %n problema. Ništa nije instalirano.</numerusform>
            <numerusform>Paket je odbijen: %n problema. Ništa nije instalirano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveAssessmentWindow</name>
    <message>
        <source>Live assessment: %1 — Prepoznaj</source>
        <translation>Procena uživo: %1 — Prepoznaj</translation>
    </message>
    <message>
        <source>Live assessment with the room · %1</source>
        <translation>Procena uživo sa polaznicima · %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Nazad</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Napred ▶</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Kraj (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>odgovoreno %1 od %2 pitanja</translation>
    </message>
    <message>
        <source>Hide the findings (F)</source>
        <translation>Sakrij nalaze (F)</translation>
    </message>
    <message>
        <source>Show the findings (F)</source>
        <translation>Prikaži nalaze (F)</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>The result could not be saved (%1).</source>
        <translation>Rezultat nije mogao da se sačuva (%1).</translation>
    </message>
    <message>
        <source>The room’s outcome: %1</source>
        <translation>Ishod polaznika: %1</translation>
    </message>
    <message>
        <source>✓ The same as the case’s expected outcome.</source>
        <translation>✓ Isto kao očekivani ishod slučaja.</translation>
    </message>
    <message>
        <source>✗ The case expects “%1”: the room’s outcome is more serious.</source>
        <translation>✗ Slučaj očekuje „%1“: ishod polaznika je teži.</translation>
    </message>
    <message>
        <source>✗ The case expects “%1”: the room’s outcome is less serious.</source>
        <translation>✗ Slučaj očekuje „%1“: ishod polaznika je blaži.</translation>
    </message>
    <message>
        <source>Answered “not known”: %1 · not answered: %2 — the outcome may change when they are checked.</source>
        <translation>Odgovor „nije poznato“: %1 · bez odgovora: %2 — ishod može da se promeni kada se to proveri.</translation>
    </message>
    <message>
        <source>Recorded by the room, not by the case</source>
        <translation>Zabeležili polaznici, a slučaj ne</translation>
    </message>
    <message>
        <source>In the case, not recorded by the room</source>
        <translation>Beleži slučaj, a polaznici nisu zabeležili</translation>
    </message>
    <message>
        <source>Recorded by both</source>
        <translation>Zabeležili i slučaj i polaznici</translation>
    </message>
    <message>
        <source>Why: the trace</source>
        <translation>Zašto: obrazloženje</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Nazad</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Napr&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Početna</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Uvećaj</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>U&amp;manji</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Podrazumevana veličina</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Pre&amp;traga</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;What Changed in This Edition</source>
        <translation>Šta je &amp;novo u ovom izdanju</translation>
    </message>
    <message>
        <source>Content &amp;Problems…</source>
        <translation>Problemi u &amp;sadržaju…</translation>
    </message>
    <message>
        <source>&amp;About Prepoznaj</source>
        <translation>&amp;O programu Prepoznaj</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Prečice na tastaturi</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Sledeće &amp;okno</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Prethodno o&amp;kno</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Idi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>Content in &amp;Serbian</source>
        <translation>Sadržaj na &amp;srpskom</translation>
    </message>
    <message>
        <source>Show the articles in Serbian where they are translated; the interface stays in English</source>
        <translation>Prikaži članke na srpskom gde su prevedeni; interfejs ostaje na engleskom</translation>
    </message>
    <message>
        <source>Content in &amp;English</source>
        <translation>Sadržaj na &amp;engleskom</translation>
    </message>
    <message>
        <source>Show the English originals of the articles; the interface stays in Serbian</source>
        <translation>Prikaži engleske originale članaka; interfejs ostaje na srpskom</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Kretanje</translation>
    </message>
    <message>
        <source>Indexing %p%</source>
        <translation>Indeksiranje %p%</translation>
    </message>
    <message>
        <source>Search index progress</source>
        <translation>Napredak indeksiranja za pretragu</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Verzija sadržaja</translation>
    </message>
    <message>
        <source>Navigation toolbar</source>
        <translation>Traka za kretanje</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Traka menija</translation>
    </message>
    <message>
        <source>Contents and article</source>
        <translation>Sadržaj i članak</translation>
    </message>
    <message>
        <source>Loading content…</source>
        <translation>Učitavanje sadržaja…</translation>
    </message>
    <message>
        <source>Content %1</source>
        <translation>Sadržaj %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n content problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem u sadržaju</numerusform>
            <numerusform>⚠ %n problema u sadržaju</numerusform>
            <numerusform>⚠ %n problema u sadržaju</numerusform>
        </translation>
    </message>
    <message>
        <source>Some content files are broken and were skipped: %1</source>
        <translation>Neke datoteke sadržaja su neispravne i preskočene su: %1</translation>
    </message>
    <message>
        <source>The search index was left locked by an interrupted update. It has been rebuilt; search works as usual.</source>
        <translation>Indeks za pretragu je ostao zaključan posle prekinutog ažuriranja. Ponovo je izgrađen; pretraga radi kao i obično.</translation>
    </message>
    <message>
        <source>The search index was damaged. It has been rebuilt; search works as usual.</source>
        <translation>Indeks za pretragu je bio oštećen. Ponovo je izgrađen; pretraga radi kao i obično.</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nije pronađeno</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Problemi u sadržaju</translation>
    </message>
    <message>
        <source>The knowledge base has no problems.</source>
        <translation>U bazi znanja nema problema.</translation>
    </message>
    <message numerus="yes">
        <source>%n content file problem(s) were found. The affected entries were skipped; everything else is available.</source>
        <translation>
            <numerusform>Pronađen je %n problem u datotekama sadržaja. Zahvaćene stavke su preskočene; sve ostalo je dostupno.</numerusform>
            <numerusform>Pronađena su %n problema u datotekama sadržaja. Zahvaćene stavke su preskočene; sve ostalo je dostupno.</numerusform>
            <numerusform>Pronađeno je %n problema u datotekama sadržaja. Zahvaćene stavke su preskočene; sve ostalo je dostupno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the knowledge base…</source>
        <translation>Učitavanje baze znanja…</translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Installed Packs</source>
        <translation>Instalirani paketi</translation>
    </message>
    <message>
        <source>Content packs installed in %1. Removing a pack takes its articles and cases away.</source>
        <translation>Paketi sadržaja instalirani u %1. Uklanjanjem paketa uklanjaju se i njegovi članci i slučajevi.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Potpisao</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>&amp;Remove Pack</source>
        <translation>&amp;Ukloni paket</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>nepotpisan</translation>
    </message>
    <message numerus="yes">
        <source>Remove the pack “%1” and its %n document(s)?</source>
        <translation>
            <numerusform>Ukloniti paket „%1” i %n dokument iz njega?</numerusform>
            <numerusform>Ukloniti paket „%1” i %n dokumenta iz njega?</numerusform>
            <numerusform>Ukloniti paket „%1” i %n dokumenata iz njega?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Pack</source>
        <translation>Uklanjanje paketa</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Contents</source>
        <translation>Sadržaj</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentni materijali</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>Katalog indikatora</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Rečnik pojmova</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <translation>Kontakti za upućivanje</translation>
    </message>
    <message>
        <source>What changed in this edition</source>
        <translation>Šta je novo u ovom izdanju</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Smernice</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatori</translation>
    </message>
    <message>
        <source>Labour-law checks</source>
        <translation>Provere po radnom pravu</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Slučajevi</translation>
    </message>
    <message>
        <source>My content</source>
        <translation>Moj sadržaj</translation>
    </message>
    <message>
        <source>signed: %1</source>
        <translation>potpisao: %1</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>nepotpisano</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <source>Prepoznaj — my notes</source>
        <translation>Prepoznaj — moje zabeleške</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 · %n note(s)</source>
        <translation>
            <numerusform>Izvezeno %1 · %n zabeleška</numerusform>
            <numerusform>Izvezeno %1 · %n zabeleške</numerusform>
            <numerusform>Izvezeno %1 · %n zabeležaka</numerusform>
        </translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>poslednja izmena %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Note on this page</source>
        <translation>Zabeleška na ovoj stranici</translation>
    </message>
    <message>
        <source>Your own note on this page. Saved as you type, only on this computer.</source>
        <translation>Vaša lična zabeleška na ovoj stranici. Čuva se dok kucate, samo na ovom računaru.</translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation>Stanje čuvanja zabeleške</translation>
    </message>
    <message>
        <source>Search my notes…</source>
        <translation>Pretraži moje zabeleške…</translation>
    </message>
    <message>
        <source>Search my notes</source>
        <translation>Pretraga mojih zabeleški</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Moje zabeleške</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Izvezi…</translation>
    </message>
    <message>
        <source>Export notes to a file</source>
        <translation>Izvezi zabeleške u datoteku</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>Sve moje zabeleške</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Zabeleška uz „%1“</translation>
    </message>
    <message>
        <source>Open an article, a case or an indicator to write a note on it.</source>
        <translation>Otvorite članak, slučaj ili indikator da biste uz njega napisali zabelešku.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Čuvanje…</translation>
    </message>
    <message>
        <source>No note on this page.</source>
        <translation>Na ovoj stranici nema zabeleške.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sačuvano %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 od %n zabeleške</numerusform>
            <numerusform>%1 od %n zabeleške</numerusform>
            <numerusform>%1 od %n zabeležaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n zabeleška</numerusform>
            <numerusform>%n zabeleške</numerusform>
            <numerusform>%n zabeležaka</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Veb-stranica (*.html)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Izvoz zabeleški</translation>
    </message>
    <message>
        <source>The notes could not be written to %1: %2</source>
        <translation>Zabeleške nisu mogle da se upišu u %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Izvezena je %n zabeleška u %1</numerusform>
            <numerusform>Izvezene su %n zabeleške u %1</numerusform>
            <numerusform>Izvezeno je %n zabeležaka u %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Review &amp;answers</source>
        <translation>Pregled &amp;odgovora</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>Odštampaj zap&amp;is…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Izvezi P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>&amp;Uvezi paket…</translation>
    </message>
    <message>
        <source>Export My &amp;Content as Pack…</source>
        <translation>Izvezi moj sadržaj kao pake&amp;t…</translation>
    </message>
    <message>
        <source>Manage Pac&amp;ks…</source>
        <translation>Upravljanje pa&amp;ketima…</translation>
    </message>
    <message>
        <source>Import Pack</source>
        <translation>Uvoz paketa</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Paketi sadržaja (*.zip)</translation>
    </message>
    <message>
        <source>Checking the pack %1…</source>
        <translation>Proverava se paket %1…</translation>
    </message>
    <message>
        <source>The pack %1 could not be read: %2</source>
        <translation>Paket %1 nije mogao da se pročita: %2</translation>
    </message>
    <message>
        <source>Pack “%1” installed.</source>
        <translation>Paket „%1” je instaliran.</translation>
    </message>
    <message>
        <source>Pack “%1” removed.</source>
        <translation>Paket „%1” je uklonjen.</translation>
    </message>
    <message>
        <source>Export My Content as Pack</source>
        <translation>Izvoz mog sadržaja kao paketa</translation>
    </message>
    <message>
        <source>You have no cases or articles of your own yet. Write one with Trainer ▸ New Case….</source>
        <translation>Još nemate sopstvenih slučajeva ni članaka. Napišite jedan preko Obuka ▸ Novi slučaj….</translation>
    </message>
    <message>
        <source>Pack saved as %1.</source>
        <translation>Paket je sačuvan kao %1.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Articles have no trainer notes. The presenter view shows what comes next and the time.</source>
        <translation>Članci nemaju napomene za trenera. Prikaz za predavača pokazuje šta sledi i koliko je vremena prošlo.</translation>
    </message>
    <message>
        <source>This step: %1</source>
        <translation>Ovaj korak: %1</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>oko %1 min</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Za ovaj korak nema napomena.</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Ceo slučaj</translation>
    </message>
    <message>
        <source>Model analysis</source>
        <translation>Uzorna analiza</translation>
    </message>
    <message>
        <source>Expected outcome:</source>
        <translation>Očekivani ishod:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nijedna</translation>
    </message>
    <message>
        <source>Positive dimensions:</source>
        <translation>Pozitivne dimenzije:</translation>
    </message>
    <message>
        <source>Labour-law checks</source>
        <translation>Provere po radnom pravu</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Činjenice</translation>
    </message>
    <message>
        <source>Presenter view — %1</source>
        <translation>Prikaz za predavača — %1</translation>
    </message>
    <message>
        <source>On the screen now</source>
        <translation>Trenutno na ekranu</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Nazad</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>strelica ulevo, Page Up</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Napred ▶</translation>
    </message>
    <message>
        <source>Right, Space, Page Down</source>
        <translation>strelica udesno, razmaknica, Page Down</translation>
    </message>
    <message>
        <source>B or full stop: black screen, and back</source>
        <translation>B ili tačka: crni ekran i povratak</translation>
    </message>
    <message>
        <source>T: show or hide the small clock on the room&apos;s screen</source>
        <translation>T: prikaži ili sakrij mali sat na ekranu za polaznike</translation>
    </message>
    <message>
        <source>Reset clock</source>
        <translation>Vrati sat na nulu</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Kraj (Esc)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Korak %1 od %2: %3</translation>
    </message>
    <message>
        <source>hidden from the room</source>
        <translation>skriveno od polaznika</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>strana %1 od %2</translation>
    </message>
    <message>
        <source>card %1 of %2</source>
        <translation>kartica %1 od %2</translation>
    </message>
    <message>
        <source>THE ROOM SEES A BLACK SCREEN</source>
        <translation>POLAZNICI VIDE CRNI EKRAN</translation>
    </message>
    <message>
        <source>Hide the analysis (R)</source>
        <translation>Sakrij analizu (R)</translation>
    </message>
    <message>
        <source>Reveal the analysis (R)</source>
        <translation>Otkrij analizu (R)</translation>
    </message>
    <message>
        <source>Show the slide (B)</source>
        <translation>Prikaži slajd (B)</translation>
    </message>
    <message>
        <source>Black screen (B)</source>
        <translation>Crni ekran (B)</translation>
    </message>
    <message>
        <source>Hide the room&apos;s clock (T)</source>
        <translation>Sakrij sat za polaznike (T)</translation>
    </message>
    <message>
        <source>Show the room&apos;s clock (T)</source>
        <translation>Prikaži sat za polaznike (T)</translation>
    </message>
    <message>
        <source>Next click</source>
        <translation>Sledeći klik</translation>
    </message>
    <message>
        <source>Reveals the analysis to the room.</source>
        <translation>Otkriva analizu polaznicima.</translation>
    </message>
    <message>
        <source>Next click: card %1 of %2</source>
        <translation>Sledeći klik: kartica %1 od %2</translation>
    </message>
    <message>
        <source>Next click: the rest of this step</source>
        <translation>Sledeći klik: ostatak ovog koraka</translation>
    </message>
    <message>
        <source>The end: this is the last step.</source>
        <translation>Kraj: ovo je poslednji korak.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Sledeći korak: %1</translation>
    </message>
    <message>
        <source>Hidden from the room until you reveal it (R).</source>
        <translation>Skriveno od polaznika dok ga ne otkrijete (R).</translation>
    </message>
    <message>
        <source>this step %1</source>
        <translation>ovaj korak %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pauzirano</translation>
    </message>
    <message>
        <source>Pause clock</source>
        <translation>Pauziraj sat</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Nastavi sat</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>sadržaj %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>pregledano %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>odštampano %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 od %2</translation>
    </message>
    <message>
        <source>content version %1</source>
        <translation>verzija sadržaja %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Štampač nije mogao da se otvori.</translation>
    </message>
    <message>
        <source>The printer could not start a new page.</source>
        <translation>Štampač nije mogao da počne novu stranu.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written: %2 is not a folder you can write to.</source>
        <translation>PDF datoteka %1 nije mogla da se upiše: %2 nije fascikla u koju možete da upisujete.</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>PDF datoteka nije mogla da se upiše: %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Štampanje: „%1“</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Pregled pre štampe — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Odštampaj…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Pregled pre štampe…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Izvezi u P&amp;DF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Štampa</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Štampaču je poslata %n strana.</numerusform>
            <numerusform>Štampaču su poslate %n strane.</numerusform>
            <numerusform>Štampaču je poslato %n strana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Izvoz u PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Sačuvana je %n strana u %1</numerusform>
            <numerusform>Sačuvane su %n strane u %1</numerusform>
            <numerusform>Sačuvano je %n strana u %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Not &amp;known</source>
        <translation>Nije p&amp;oznato</translation>
    </message>
    <message>
        <source>Listed at the end as something that remains to check</source>
        <translation>Na kraju se navodi kao nešto što još treba proveriti</translation>
    </message>
    <message>
        <source>How to check it</source>
        <translation>Kako to proveriti</translation>
    </message>
    <message>
        <source>Question %1 of %2 on this path</source>
        <translation>Pitanje %1 od %2 na ovoj putanji</translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation>Više o tome: %1</translation>
    </message>
    <message>
        <source>This question only decides which questions come next.</source>
        <translation>Ovo pitanje samo određuje koja pitanja slede.</translation>
    </message>
    <message>
        <source>“Yes” records:</source>
        <translation>„Da“ beleži:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>Pregledajte svoje odgovore</translation>
    </message>
    <message>
        <source>Double-click a question, or select it and press Enter, to change its answer. Nothing is lost.</source>
        <translation>Da biste izmenili odgovor, dvaput kliknite na pitanje ili ga izaberite i pritisnite Enter. Ništa se ne gubi.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pitanje</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>What remains to check</source>
        <translation>Šta još treba proveriti</translation>
    </message>
    <message>
        <source>&amp;Change answer</source>
        <translation>&amp;Izmeni odgovor</translation>
    </message>
    <message>
        <source>Show the &amp;outcome</source>
        <translation>Prikaži is&amp;hod</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nije poznato</translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation>— bez odgovora</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>preskočen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>Kept but not counted (an earlier answer skips these questions)</source>
        <translation>Sačuvano, ali se ne računa (zbog ranijeg odgovora ova pitanja se preskaču)</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Nije poznato: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Bez odgovora: %1</translation>
    </message>
    <message>
        <source>Nothing: every question on this path has a yes or no answer.</source>
        <translation>Ništa: na svako pitanje na ovoj putanji odgovoreno je sa da ili ne.</translation>
    </message>
    <message>
        <source>%1 not yet confirmed</source>
        <translation>nepotvrđenih: %1</translation>
    </message>
    <message>
        <source>What the worker reads, in English: %1</source>
        <translation>Šta radnik čita, prevedeno na engleski: %1</translation>
    </message>
</context>
<context>
    <name>SavedAssessmentsDialog</name>
    <message>
        <source>Saved assessments</source>
        <translation>Sačuvane procene</translation>
    </message>
    <message>
        <source>Assessments are saved as you answer. Open one to continue at the step where you left it.</source>
        <translation>Procene se čuvaju dok odgovarate. Otvorite procenu da biste nastavili od koraka na kome ste stali.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Oznaka predmeta</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Ishod do sada</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odgovori</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Poslednja izmena</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Započeto</translation>
    </message>
    <message>
        <source>No saved assessments yet.</source>
        <translation>Još nema sačuvanih procena.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Napravi &amp;kopiju</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>O&amp;briši…</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Nova procena</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>(no case reference)</source>
        <translation>(bez oznake predmeta)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopija)</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Brisanje procene</translation>
    </message>
    <message>
        <source>Delete the assessment “%1” and all its answers? This cannot be undone.</source>
        <translation>Obrisati procenu „%1“ i sve njene odgovore? Ovo ne može da se opozove.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Screen %1</source>
        <translation>Ekran %1</translation>
    </message>
    <message>
        <source>(main)</source>
        <translation>(glavni)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search guidance, indicators, cases…</source>
        <translation>Pretraži bazu znanja…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pretraga</translation>
    </message>
    <message>
        <source>English or Serbian, Latin or Cyrillic, with or without č ć š ž đ. Quotes find a phrase (&quot;debt bondage&quot;); word* finds words that start so.</source>
        <translation>Na srpskom ili engleskom, latinicom ili ćirilicom, sa č ć š ž đ ili bez njih. Navodnici traže izraz („dužničko ropstvo“); reč* nalazi reči koje tako počinju.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultati pretrage</translation>
    </message>
    <message>
        <source>Preparing search: %1 of %2 documents indexed…</source>
        <translation>Priprema pretrage: indeksiranje %1 od %2…</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation>Priprema pretrage…</translation>
    </message>
    <message>
        <source>Search is being prepared; results will appear in a moment.</source>
        <translation>Pretraga se priprema; rezultati će se pojaviti za trenutak.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Smernice</translation>
    </message>
    <message>
        <source>Indicators and checks</source>
        <translation>Indikatori i provere</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Slučajevi</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Rečnik pojmova</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <translation>Kontakti za upućivanje</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatori</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engleski</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Srpski</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultata</numerusform>
            <numerusform>%n rezultata</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for “%1”.</source>
        <translation>Prikazani su rezultati za „%1“.</translation>
    </message>
    <message>
        <source>Search instead for “%1”</source>
        <translation>Umesto toga traži „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n letter(s).</source>
        <translation>
            <numerusform>Upišite najmanje %n slovo.</numerusform>
            <numerusform>Upišite najmanje %n slova.</numerusform>
            <numerusform>Upišite najmanje %n slova.</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Nema rezultata za „%1“.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Da li ste mislili „%1“?</translation>
    </message>
    <message>
        <source>Show results of every kind, jurisdiction and topic</source>
        <translation>Prikaži rezultate svih vrsta, nadležnosti i tema</translation>
    </message>
    <message>
        <source>Try fewer or other words, or the term in the other language. Search covers guidance, indicators, cases, the glossary and referral contacts, in English and Serbian (Latin or Cyrillic, with or without diacritics).</source>
        <translation>Pokušajte sa manje reči ili drugim rečima, ili sa izrazom na drugom jeziku. Pretraga obuhvata smernice, indikatore, slučajeve, rečnik pojmova i kontakte za upućivanje, na srpskom i engleskom (latinicom ili ćirilicom, sa dijakritičkim znacima ili bez njih).</translation>
    </message>
</context>
<context>
    <name>SearchTools</name>
    <message>
        <source>Find in &amp;Page…</source>
        <translation>Pronađi na &amp;stranici…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Pronađi s&amp;ledeće</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Pronađi p&amp;rethodno</translation>
    </message>
    <message numerus="yes">
        <source>%n matching word(s) marked on this page. Esc clears the marks.</source>
        <translation>
            <numerusform>Na ovoj stranici je označena %n pronađena reč. Esc uklanja oznake.</numerusform>
            <numerusform>Na ovoj stranici su označene %n pronađene reči. Esc uklanja oznake.</numerusform>
            <numerusform>Na ovoj stranici je označeno %n pronađenih reči. Esc uklanja oznake.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestWindow</name>
    <message>
        <source>Self-test: %1 — Prepoznaj</source>
        <translation>Samoprovera: %1 — Prepoznaj</translation>
    </message>
    <message>
        <source>Self-test: %1</source>
        <translation>Samoprovera: %1</translation>
    </message>
    <message>
        <source>Tick what the findings show — only what there is evidence for — then choose the outcome. The list mixes the case&apos;s indicators with others that are not shown.</source>
        <translation>Označite ono što nalazi pokazuju — samo ono za šta postoje dokazi — a zatim izaberite ishod. Na spisku su izmešani indikatori iz slučaja i drugi koji se u njemu ne vide.</translation>
    </message>
    <message>
        <source>Labour-law checks</source>
        <translation>Provere po radnom pravu</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Činjenice</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ishod:</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Izaberite ishod…</translation>
    </message>
    <message>
        <source>&amp;Check my answers</source>
        <translation>&amp;Proveri moje odgovore</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Choose the outcome first</source>
        <translation>Najpre izaberite ishod</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>The result could not be saved (%1). It is shown here all the same.</source>
        <translation>Rezultat nije mogao da se sačuva (%1). Ipak je prikazan ovde.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nijedan</translation>
    </message>
    <message>
        <source>Your score: %1%</source>
        <translation>Vaš rezultat: %1%</translation>
    </message>
    <message numerus="yes">
        <source>Indicators: you found %1 of %2; %3 missed; %n false alarm(s).</source>
        <translation>
            <numerusform>Indikatori: pronašli ste %1 od %2; propušteno: %3; %n lažna uzbuna.</numerusform>
            <numerusform>Indikatori: pronašli ste %1 od %2; propušteno: %3; %n lažne uzbune.</numerusform>
            <numerusform>Indikatori: pronašli ste %1 od %2; propušteno: %3; %n lažnih uzbuna.</numerusform>
        </translation>
    </message>
    <message>
        <source>right</source>
        <translation>tačno</translation>
    </message>
    <message>
        <source>not the case&apos;s outcome</source>
        <translation>nije ishod slučaja</translation>
    </message>
    <message>
        <source>Outcome: you chose “%1” — the case: “%2” (%3).</source>
        <translation>Ishod: izabrali ste „%1“ — slučaj: „%2“ (%3).</translation>
    </message>
    <message>
        <source>With exactly what you ticked, the assessment gives “%1”.</source>
        <translation>Sa tačno onim što ste označili, procena daje „%1“.</translation>
    </message>
    <message>
        <source>Score: indicators count for 70%, the outcome for 30%. A false alarm counts like a miss.</source>
        <translation>Bodovanje: indikatori nose 70%, ishod 30%. Lažna uzbuna se računa kao propust.</translation>
    </message>
    <message>
        <source>Missed: the case records these</source>
        <translation>Propušteno: slučaj ovo beleži</translation>
    </message>
    <message>
        <source>False alarms: the case does not record these</source>
        <translation>Lažne uzbune: slučaj ovo ne beleži</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <source>Every indicator matches the model answer.</source>
        <translation>Svi indikatori se poklapaju sa uzornim odgovorom.</translation>
    </message>
    <message>
        <source>The case says:</source>
        <translation>U slučaju piše:</translation>
    </message>
    <message>
        <source>The case records it. What it means:</source>
        <translation>Slučaj to beleži. Šta to znači:</translation>
    </message>
    <message>
        <source>The findings do not show it. What it means:</source>
        <translation>Nalazi to ne pokazuju. Šta to znači:</translation>
    </message>
    <message>
        <source>How to check it:</source>
        <translation>Kako to proveriti:</translation>
    </message>
    <message>
        <source>Guidance: %1 →</source>
        <translation>Smernice: %1 →</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Lažne uzbune</translation>
    </message>
    <message>
        <source>Outcome right</source>
        <translation>Tačan ishod</translation>
    </message>
    <message>
        <source>Your attempts at this case (kept on this computer only)</source>
        <translation>Vaši pokušaji na ovom slučaju (čuvaju se samo na ovom računaru)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Window</source>
        <translation>Prozor</translation>
    </message>
    <message>
        <source>In lists and fields</source>
        <translation>U spiskovima i poljima</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Kretanje između kontrola</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>Iz polja za pretragu u rezultate</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Strelica nadole</translation>
    </message>
    <message>
        <source>Open the selected result, bookmark, history entry or note</source>
        <translation>Otvaranje izabranog rezultata, obeleživača, stavke istorije ili zabeleške</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Brisanje pretrage</translation>
    </message>
    <message>
        <source>Rename a bookmark or folder</source>
        <translation>Preimenovanje obeleživača ili fascikle</translation>
    </message>
    <message>
        <source>Delete a bookmark or folder</source>
        <translation>Brisanje obeleživača ili fascikle</translation>
    </message>
    <message>
        <source>More commands for the selected item</source>
        <translation>Još komandi za izabranu stavku</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Taster Menu, Shift+F10</translation>
    </message>
    <message>
        <source>Move through the links of an article</source>
        <translation>Kretanje kroz veze u članku</translation>
    </message>
    <message>
        <source>Tab in the article</source>
        <translation>Tab u članku</translation>
    </message>
    <message>
        <source>Open the focused link</source>
        <translation>Otvaranje izabrane veze</translation>
    </message>
    <message>
        <source>Enter in the article</source>
        <translation>Enter u članku</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Prečice na tastaturi</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtriraj…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtriranje prečica</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasteri</translation>
    </message>
</context>
<context>
    <name>StartupWorker</name>
    <message>
        <source>The knowledge base could not be read: %1</source>
        <translation>Baza znanja nije mogla da se pročita: %1</translation>
    </message>
    <message>
        <source>Search could not be prepared: %1</source>
        <translation>Pretraga nije mogla da se pripremi: %1</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Present</source>
        <translation>Prezentuj</translation>
    </message>
    <message>
        <source>Show this case or article on the projector, one step at a time (F5); Esc ends</source>
        <translation>Prikaži ovaj slučaj ili članak na projektoru, korak po korak (F5); Esc završava</translation>
    </message>
    <message>
        <source>Present a &amp;Case…</source>
        <translation>Prezentuj &amp;slučaj…</translation>
    </message>
    <message>
        <source>&amp;Live Assessment with the Room…</source>
        <translation>Procena &amp;uživo sa polaznicima…</translation>
    </message>
    <message>
        <source>&amp;Self-Test on a Case…</source>
        <translation>Sa&amp;moprovera na slučaju…</translation>
    </message>
    <message>
        <source>Presenter &amp;View on the Other Screen</source>
        <translation>Prikaz za pre&amp;davača na drugom ekranu</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Slides</source>
        <translation>Slajdovi &amp;visokog kontrasta</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>O&amp;buka</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s Screen</source>
        <translation>&amp;Ekran za polaznike</translation>
    </message>
    <message>
        <source>&amp;Automatic (another screen when there is one)</source>
        <translation>&amp;Automatski (drugi ekran, ako postoji)</translation>
    </message>
    <message>
        <source>&amp;Present This Page</source>
        <translation>&amp;Prezentuj ovu stranicu</translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation>&amp;Prezentuj…</translation>
    </message>
    <message>
        <source>Prepoznaj</source>
        <translation>Prepoznaj</translation>
    </message>
    <message>
        <source>The knowledge base is still loading. Try again in a moment.</source>
        <translation>Baza znanja se još učitava. Pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>Assessment not available</source>
        <translation>Procena nije dostupna</translation>
    </message>
    <message>
        <source>The assessment rules or the decision tree could not be read, so the assessment cannot run. See Help ▸ Content Problems for the file and line to fix.</source>
        <translation>Pravila procene ili stablo odlučivanja nisu mogli da se pročitaju, pa procena ne može da se sprovede. Datoteku i red koje treba ispraviti potražite u meniju Pomoć ▸ Problemi u sadržaju.</translation>
    </message>
</context>
<context>
    <name>WorkerAnswersDialog</name>
    <message>
        <source>The Worker&apos;s Answers</source>
        <translation>Odgovori radnika</translation>
    </message>
    <message>
        <source>The worker answered these questions alone, on the card. No answer counts by itself: confirm each one, or put your own answer in its place after talking with the worker. Only confirmed and changed answers go into the assessment.</source>
        <translation>Radnik je na ova pitanja odgovorio sam, na kartici. Nijedan odgovor ne računa se sam po sebi: potvrdite svaki ili, posle razgovora sa radnikom, unesite svoj odgovor umesto njega. U procenu ulaze samo potvrđeni i izmenjeni odgovori.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pitanje</translation>
    </message>
    <message>
        <source>What the worker read</source>
        <translation>Šta je radnik pročitao</translation>
    </message>
    <message>
        <source>The worker&apos;s answer</source>
        <translation>Odgovor radnika</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vi</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Potvrdi</translation>
    </message>
    <message>
        <source>Change to &amp;Yes</source>
        <translation>Izmeni u „&amp;Da”</translation>
    </message>
    <message>
        <source>Change to &amp;No</source>
        <translation>Izmeni u „&amp;Ne”</translation>
    </message>
    <message>
        <source>Change to Not &amp;Known</source>
        <translation>Izmeni u „Nije po&amp;znato”</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Bez odluke</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>What the worker reads, in English: %1</source>
        <translation>Šta radnik čita, prevedeno na engleski: %1</translation>
    </message>
</context>
</TS>
