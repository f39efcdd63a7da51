<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassWindow</name>
    <message>
        <location filename="../class_window.py" line="131"/>
        <source>Class overview</source>
        <translation>Class overview</translation>
    </message>
    <message numerus="yes">
        <location filename="../class_window.py" line="133"/>
        <source>Class overview: %n session(s)</source>
        <translation>
            <numerusform>Class overview: %n session</numerusform>
            <numerusform>Class overview: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../class_window.py" line="134"/>
        <source>, %n file(s) skipped</source>
        <translation>
            <numerusform>, %n file skipped</numerusform>
            <numerusform>, %n files skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../class_window.py" line="136"/>
        <source>Filter: type a name, a scenario or an outcome</source>
        <translation>Filter: type a name, a scenario or an outcome</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="137"/>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="138"/>
        <source>Export xAPI…</source>
        <translation>Export xAPI…</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="152"/>
        <source>Skipped files</source>
        <translation>Skipped files</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="198"/>
        <source>No session could be read.</source>
        <translation>No session could be read.</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="253"/>
        <source>Export the class report</source>
        <translation>Export the class report</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="262"/>
        <source>The report could not be written: {}</source>
        <translation>The report could not be written: {}</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="264"/>
        <source>The report was saved as {}</source>
        <translation>The report was saved as {}</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="271"/>
        <source>Export xAPI statements</source>
        <translation>Export xAPI statements</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="271"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../class_window.py" line="278"/>
        <source>The statements could not be written: {}</source>
        <translation>The statements could not be written: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../class_window.py" line="280"/>
        <source>%n statement(s) saved in {}</source>
        <translation>
            <numerusform>%n statement saved in {}</numerusform>
            <numerusform>%n statements saved in {}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>Open &amp;class folder…</translation>
    </message>
    <message>
        <source>Open a folder of session files</source>
        <translation>Open a folder of session files</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>optional: for your trainer&apos;s class overview</source>
        <translation>optional: for your trainer&apos;s class overview</translation>
    </message>
</context>
<context>
    <name>ReplayDialogs</name>
    <message>
        <source>Export xAPI statements</source>
        <translation>Export xAPI statements</translation>
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
        <translation>Export &amp;xAPI statements…</translation>
    </message>
    <message>
        <source>Cannot export the statements</source>
        <translation>Cannot export the statements</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) saved in {}</source>
        <translation>
            <numerusform>%n statement saved in {}</numerusform>
            <numerusform>%n statements saved in {}</numerusform>
        </translation>
    </message>
</context>
</TS>
