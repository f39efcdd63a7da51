<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ClassWindow</name>
    <message>
        <location filename="../class_window.py" line="131"/>
        <source>Class overview</source>
        <translation>Klasoverzicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../class_window.py" line="133"/>
        <source>Class overview: %n session(s)</source>
        <translation>
            <numerusform>Klasoverzicht: %n sessie</numerusform>
            <numerusform>Klasoverzicht: %n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../class_window.py" line="134"/>
        <source>, %n file(s) skipped</source>
        <translation>
            <numerusform>, %n bestand overgeslagen</numerusform>
            <numerusform>, %n bestanden overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../class_window.py" line="136"/>
        <source>Filter: type a name, a scenario or an outcome</source>
        <translation>Filter: typ een naam, een scenario of een uitkomst</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="137"/>
        <source>Export report…</source>
        <translation>Rapport exporteren…</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="138"/>
        <source>Export xAPI…</source>
        <translation>xAPI exporteren…</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="152"/>
        <source>Skipped files</source>
        <translation>Overgeslagen bestanden</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="198"/>
        <source>No session could be read.</source>
        <translation>Geen enkele sessie kon worden gelezen.</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="253"/>
        <source>Export the class report</source>
        <translation>Het klasrapport exporteren</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="262"/>
        <source>The report could not be written: {}</source>
        <translation>Het rapport kon niet worden opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="264"/>
        <source>The report was saved as {}</source>
        <translation>Het rapport is opgeslagen als {}</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="271"/>
        <source>Export xAPI statements</source>
        <translation>xAPI-statements exporteren</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="271"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="278"/>
        <source>The statements could not be written: {}</source>
        <translation>De statements konden niet worden opgeslagen: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../class_window.py" line="280"/>
        <source>%n statement(s) saved in {}</source>
        <translation>
            <numerusform>%n statement opgeslagen in {}</numerusform>
            <numerusform>%n statements opgeslagen in {}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>&amp;Klasmap openen…</translation>
    </message>
    <message>
        <source>Open a folder of session files</source>
        <translation>Een map met sessiebestanden openen</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>optional: for your trainer&apos;s class overview</source>
        <translation>niet verplicht: voor het klasoverzicht van je trainer</translation>
    </message>
</context>
<context>
    <name>ReplayDialogs</name>
    <message>
        <source>Export xAPI statements</source>
        <translation>xAPI-statements exporteren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Export &amp;xAPI statements…</source>
        <translation>&amp;xAPI-statements exporteren…</translation>
    </message>
    <message>
        <source>Cannot export the statements</source>
        <translation>De statements kunnen niet worden opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) saved in {}</source>
        <translation>
            <numerusform>%n statement opgeslagen in {}</numerusform>
            <numerusform>%n statements opgeslagen in {}</numerusform>
        </translation>
    </message>
</context>
</TS>
