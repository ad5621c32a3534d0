<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <source>Sources (%n document(s))</source>
        <translation>
            <numerusform>Sources (%n document)</numerusform>
            <numerusform>Sources (%n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cited in %n document(s)</source>
        <translation>
            <numerusform>cited in %n document</numerusform>
            <numerusform>cited in %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n bookmark(s) in it?</source>
        <translation>
            <numerusform>Delete the folder “%1” and the %n bookmark in it?</numerusform>
            <numerusform>Delete the folder “%1” and the %n bookmarks in it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>%n problem(s) — click one to go to its line</source>
        <translation>
            <numerusform>%n problem — click it to go to its line</numerusform>
            <numerusform>%n problems — click one to go to its line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldKitFeature</name>
    <message numerus="yes">
        <source>%n answer(s) of the worker&apos;s could not be saved; ask those questions again.</source>
        <translation>
            <numerusform>%n answer of the worker&apos;s could not be saved; ask that question again.</numerusform>
            <numerusform>%n answers of the worker&apos;s could not be saved; ask those questions again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldKitPrintDialog</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message numerus="yes">
        <source>%n indicators by dimension and strength</source>
        <translation>
            <numerusform>%n indicator by dimension and strength</numerusform>
            <numerusform>%n indicators by dimension and strength</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terms in English and Serbian</source>
        <translation>
            <numerusform>%n term in English and Serbian</numerusform>
            <numerusform>%n terms in English and Serbian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in law and guidance, newest first</source>
        <translation>
            <numerusform>%n change in law and guidance, newest first</numerusform>
            <numerusform>%n changes in law and guidance, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message numerus="yes">
        <source>What installing it does: adds %1, updates %n bundled document(s).</source>
        <translation>
            <numerusform>What installing it does: adds %1, updates %n bundled document.</numerusform>
            <numerusform>What installing it does: adds %1, updates %n bundled documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pack is refused: %n problem(s). Nothing was installed.</source>
        <translation>
            <numerusform>The pack is refused: %n problem. Nothing was installed.</numerusform>
            <numerusform>The pack is refused: %n problems. Nothing was installed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n content problem(s)</source>
        <translation>
            <numerusform>⚠ %n content problem</numerusform>
            <numerusform>⚠ %n content problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content file problem(s) were found. The affected entries were skipped; everything else is available.</source>
        <translation>
            <numerusform>%n content file problem was found. The affected entry was skipped; everything else is available.</numerusform>
            <numerusform>%n content file problems were found. The affected entries were skipped; everything else is available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message numerus="yes">
        <source>Remove the pack “%1” and its %n document(s)?</source>
        <translation>
            <numerusform>Remove the pack “%1” and its %n document?</numerusform>
            <numerusform>Remove the pack “%1” and its %n documents?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message numerus="yes">
        <source>Exported %1 · %n note(s)</source>
        <translation>
            <numerusform>Exported %1 · %n note</numerusform>
            <numerusform>Exported %1 · %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 of %n note</numerusform>
            <numerusform>%1 of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Saved %n page to %1</numerusform>
            <numerusform>Saved %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n letter(s).</source>
        <translation>
            <numerusform>Type at least %n letter.</numerusform>
            <numerusform>Type at least %n letters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchTools</name>
    <message numerus="yes">
        <source>%n matching word(s) marked on this page. Esc clears the marks.</source>
        <translation>
            <numerusform>%n matching word marked on this page. Esc clears the mark.</numerusform>
            <numerusform>%n matching words marked on this page. Esc clears the marks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestWindow</name>
    <message numerus="yes">
        <source>Indicators: you found %1 of %2; %3 missed; %n false alarm(s).</source>
        <translation>
            <numerusform>Indicators: you found %1 of %2; %3 missed; %n false alarm.</numerusform>
            <numerusform>Indicators: you found %1 of %2; %3 missed; %n false alarms.</numerusform>
        </translation>
    </message>
</context>
</TS>
