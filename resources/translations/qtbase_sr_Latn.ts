<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Serbian (Latin script) for Qt's own texts: standard buttons, message boxes, the file, print and
     print preview dialogs, text context menus, scroll bars, dock windows. Qt ships no Serbian catalogue.
     Written by hand; contexts and source texts are Qt 6's own (as in qttranslations' qtbase_*.ts).
     "keep-latin": copied to the Cyrillic catalogue unchanged (codes, names, key sequences).
     The Cyrillic catalogue is made from this file: python scripts/translations.py cyrillic. -->
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alijas</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Fascikla</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Prečica</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Izaberi sve</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Povećaj</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Smanji</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Decrease</source>
        <translation>Smanji</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Smanjuje vrednost</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Vraća se jednu stranu</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Prelazi na sledeću stranu</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Povećaj</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Povećava vrednost</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Pritisni</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Pomeri ulevo</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Pomeri udesno</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Pomera naniže</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Pomera ulevo</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Pomera udesno</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Pomera naviše</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>Postavi fokus</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Postavlja fokus</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Prikazuje meni</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Uključi/isključi</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Menja stanje</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Pokreće radnju</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>Netačno</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Otvori spisak za izbor</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Tačno</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Naslovne strane</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Podaci za naplatu:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Tajno</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Poverljivo</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Danju (od 06:00 do 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Zadrži do daljeg</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Upravljanje zadatkom</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Noću (od 18:00 do 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Bez</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Štampaj odmah</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Druga smena (od 16:00 do 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Strogo poverljivo</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>U zadato vreme</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardno</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Početak:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Treća smena (od 00:00 do 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Državna tajna</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Neoznačeno</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Vikend (subota i nedelja)</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Podaci za &amp;naplatu:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Početak:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>P&amp;rioritet zadatka:</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Zakazana štampa:</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Potrebna je prijava</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Za korišćenje štampača %1 na %2 potrebna je prijava.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Za korišćenje štampača %1 potrebna je prijava.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lozinka:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Korisničko ime:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Šta je ovo?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Otkaži</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zatvori</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;U redu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primeni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Zatvori bez čuvanja</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Vrati na početno</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vrati podrazumevano</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Sačuvaj sve</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>D&amp;a za sve</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Zatvara okno</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Odvoji</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Odvaja okno od prozora i vraća ga</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fascikla nije pronađena.
Proverite da li je naziv fascikle tačno naveden.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Datoteka nije pronađena.
Proverite da li je naziv datoteke tačno naveden.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 već postoji.
Da li želite da je zamenite?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Izaberi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;briši</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova fascikla</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Preimenuj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ je zaštićeno od upisivanja.
Da li ipak želite da ga obrišete?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alijas</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Da li sigurno želite da obrišete „%1“?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Prikaz sa pojedinostima</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Prikaz u obliku spiska</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Fascikla nije mogla da se obriše.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Fascikle</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Fascikla:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Naziv datoteke:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Datoteke</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Pronalaženje fascikle</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Fascikla</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Napred</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Idi nazad</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Idi napred</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Idi u nadređenu fasciklu</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Spisak</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Spisak mesta i obeleživača</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Traži u:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova fascikla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvaranje</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Nadređena fascikla</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nedavna mesta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Čuvanje pod imenom</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Prečica</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Prikaži </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Prikaži &amp;skrivene datoteke</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bočna traka</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Traži u:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Vrsta datoteka:</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>Mac OS X Finder</comment>
        <translation>Alijas</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Računar</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Datum izmene</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Otkaži</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zatvori</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;U redu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Zatvori bez čuvanja</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Unesite vrednost:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;O Qt-u&lt;/h3&gt;&lt;p&gt;Ovaj program koristi Qt verziju %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>O Qt-u</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sakrij pojedinosti…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Prikaži pojedinosti…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
</context>
<context>
    <name>QPPDOptionsModel</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Prilagođeno</translation>
    </message>
    <message>
        <source>DD</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Dido (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Obrazac</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Visina:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inči (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Položeno</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetri (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Položaj</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Raspored strana</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Veličina strane:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Izvor papira:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pika (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Tipografske tačke (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Uspravno</translation>
    </message>
    <message>
        <source>P̸</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Obrnuto položeno</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Obrnuto uspravno</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Širina:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>donja margina</translation>
    </message>
    <message>
        <source>in</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>leva margina</translation>
    </message>
    <message>
        <source>mm</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>desna margina</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>gornja margina</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Redosled strana:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Strana &amp;po listu:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 × %2 in</translation>
    </message>
    <message>
        <source>A0</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A0</translation>
    </message>
    <message>
        <source>A1</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A1</translation>
    </message>
    <message>
        <source>A10</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A10</translation>
    </message>
    <message>
        <source>A2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A2</translation>
    </message>
    <message>
        <source>A3</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A3</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 ekstra</translation>
    </message>
    <message>
        <source>A4</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A4</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 ekstra</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 plus</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 mali</translation>
    </message>
    <message>
        <source>A5</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A5</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 ekstra</translation>
    </message>
    <message>
        <source>A6</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A6</translation>
    </message>
    <message>
        <source>A7</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A7</translation>
    </message>
    <message>
        <source>A8</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A8</translation>
    </message>
    <message>
        <source>A9</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A9</translation>
    </message>
    <message>
        <source>ANSI C</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>ANSI C</translation>
    </message>
    <message>
        <source>ANSI D</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>ANSI D</translation>
    </message>
    <message>
        <source>ANSI E</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>ANSI E</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect E</translation>
    </message>
    <message>
        <source>B0</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B0</translation>
    </message>
    <message>
        <source>B1</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B1</translation>
    </message>
    <message>
        <source>B10</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B10</translation>
    </message>
    <message>
        <source>B2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B2</translation>
    </message>
    <message>
        <source>B3</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B3</translation>
    </message>
    <message>
        <source>B4</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B4</translation>
    </message>
    <message>
        <source>B5</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B5</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 ekstra</translation>
    </message>
    <message>
        <source>B6</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B6</translation>
    </message>
    <message>
        <source>B7</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B7</translation>
    </message>
    <message>
        <source>B8</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B8</translation>
    </message>
    <message>
        <source>B9</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B9</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Prilagođeno</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Prilagođeno (%1 CC × %2 CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Prilagođeno (%1 DD × %2 DD)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Prilagođeno (%1 in × %2 in)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Prilagođeno (%1 mm × %2 mm)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Prilagođeno (%1 pc × %2 pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Prilagođeno (%1 pt × %2 pt)</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Dvostruka dopisnica</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Koverta B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Koverta B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Koverta B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Koverta C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Koverta C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Koverta C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Koverta C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Koverta C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Koverta C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Koverta C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Koverta C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Koverta C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Koverta Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Koverta Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Koverta DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Koverta Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Koverta Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Koverta Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Koverta Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Koverta Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Koverta PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Koverta PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Koverta PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Koverta PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Koverta PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Koverta PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Koverta PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Koverta PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Koverta PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Koverta PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Koverta Personal</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Koverta US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Koverta US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Koverta US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Koverta US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Koverta US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Koverta You 4</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Executive (7.25 x 10.5 in)</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Executive (7.5 x 10 in)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Fan-fold German (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Fan-fold German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Fan-fold US (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Folio (8.27 x 13 in)</translation>
    </message>
    <message>
        <source>JIS B0</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B0</translation>
    </message>
    <message>
        <source>JIS B1</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B1</translation>
    </message>
    <message>
        <source>JIS B10</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B10</translation>
    </message>
    <message>
        <source>JIS B2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B2</translation>
    </message>
    <message>
        <source>JIS B3</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B3</translation>
    </message>
    <message>
        <source>JIS B4</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B4</translation>
    </message>
    <message>
        <source>JIS B5</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B5</translation>
    </message>
    <message>
        <source>JIS B6</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B6</translation>
    </message>
    <message>
        <source>JIS B7</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B7</translation>
    </message>
    <message>
        <source>JIS B8</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B8</translation>
    </message>
    <message>
        <source>JIS B9</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B9</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>Legal</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter Small</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>PRC 16K</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>PRC 16K</translation>
    </message>
    <message>
        <source>PRC 32K</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>PRC 32K</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>PRC 32K Big</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Dopisnica</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>Statement</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Super A</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Super A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Super B</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Tabloid Extra</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primeni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Vrati na početno</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vrati podrazumevano</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Sačuvaj sve</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>D&amp;a za sve</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 već postoji.
Da li želite da je zamenite?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 je fascikla.
Izaberite drugi naziv datoteke.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opcije &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opcije &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Odš&amp;tampaj</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1 × 1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4 × 4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2 × 1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2 × 2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2 × 3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3 × 3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Sve strane</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatski</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Odozdo nagore, sleva nadesno</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Odozdo nagore, zdesna nalevo</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Parne strane</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>U datoteku %1 ne može da se upisuje.
Izaberite drugi naziv datoteke.</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Sleva nadesno, odozdo nagore</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Sleva nadesno, odozgo nadole</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokalna datoteka</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Neparne strane</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Opcije „Strana po listu“ i „Skup strana“ ne mogu da se koriste zajedno.
Isključite jednu od njih.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Štampanje</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Štampaj u datoteku…</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Štampaj u datoteku (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Zdesna nalevo, odozdo nagore</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Zdesna nalevo, odozgo nadole</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Odozgo nadole, sleva nadesno</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Odozgo nadole, zdesna nalevo</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Upisivanje PDF datoteke</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 nije ispravno zapisano. Opsege i strane razdvojite zarezom (,), opseg označite crticom (-) i pazite da se opsezi ne preklapaju.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Sukob podešavanja dvostrane štampe</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Neispravno navedene strane</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Podešavanja dvostrane štampe su u sukobu. Da li želite da ih ispravite?</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Prva strana</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Uklopi stranu</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Uklopi širinu</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Položeno</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Poslednja strana</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sledeća strana</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Podešavanje strane</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Podešavanje strane</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Uspravno</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Prethodna strana</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Odštampaj</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Pregled pre štampe</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Prikaži susedne strane</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Prikaži pregled svih strana</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Prikaži jednu stranu</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Uvećaj</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Umanji</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Opcije zadatka</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Svojstva štampača</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Sukob naprednih opcija</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Sukob podešavanja strane</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Opcije podešavanja strane su u sukobu. Da li želite da ih ispravite?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Neke napredne opcije su u sukobu. Da li želite da ih ispravite?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Obrazac</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Strana</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Napredno</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Neke opcije su u sukobu. Ispravite ih.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Složi primerke</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>U boji</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Boja</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Primerci</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Broj primeraka:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trenutna strana</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Obrazac</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Nijanse sive</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Po dužoj ivici</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Bez</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcije</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Podešavanja izlaza</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Strane od</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Štampaj sve</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Opseg štampe</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Obrnutim redom</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Izbor</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Po kraćoj ivici</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dvostrana štampa</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Povez po dužoj ivici</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključeno</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Skup strana:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strane</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Povez po kraćoj ivici</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Navedite strane ili opsege razdvojene zarezima. Opseg se zadaje dvama brojevima razdvojenim crticom. Na primer: 3,5-7,9 štampa strane 3, 5, 6, 7 i 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Obrazac</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokacija:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Izlazna &amp;datoteka:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Svojstva</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Štampač</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Vrsta:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Na dno</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Levi kraj</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Stranu naniže</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Stranu ulevo</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Stranu udesno</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Stranu naviše</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Desni kraj</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Pomeri naniže</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Pomeri ovde</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Pomeri ulevo</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Pomeri udesno</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Pomeri naviše</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Na vrh</translation>
    </message>
</context>
<context>
    <name>QStandardPaths</name>
    <message>
        <source>Application Configuration</source>
        <translation>Podešavanja aplikacija</translation>
    </message>
    <message>
        <source>Application Data</source>
        <translation>Podaci aplikacija</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplikacije</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Keš</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Radna površina</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Preuzimanja</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fontovi</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Lična fascikla</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Video zapisi</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Muzika</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Slike</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Vreme izvršavanja</translation>
    </message>
    <message>
        <source>Shared Cache</source>
        <translation>Zajednički keš</translation>
    </message>
    <message>
        <source>Shared Configuration</source>
        <translation>Zajednička podešavanja</translation>
    </message>
    <message>
        <source>Shared Data</source>
        <translation>Zajednički podaci</translation>
    </message>
    <message>
        <source>Temporary Directory</source>
        <translation>Privremena fascikla</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Preuzimanja</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Javno</translation>
    </message>
    <message>
        <source>Shared State</source>
        <translation>Zajedničko stanje</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Šabloni</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Pomeri ulevo</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Pomeri udesno</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI izolovanje prema prvom jakom znaku</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Umetni Unicode kontrolni znak</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE početak ugrađivanja sleva nadesno</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI izolovanje sleva nadesno</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM oznaka sleva nadesno</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO početak nametanja sleva nadesno</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF kraj usmerenog oblikovanja</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI kraj usmerenog izolovanja</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE početak ugrađivanja zdesna nalevo</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI izolovanje zdesna nalevo</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM oznaka zdesna nalevo</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO početak nametanja zdesna nalevo</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ spajač nulte širine</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ razdvajač nulte širine</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP razmak nulte širine</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Šta je ovo?</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>*</source>
        <translation>*</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj adresu &amp;veze</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
</TS>
