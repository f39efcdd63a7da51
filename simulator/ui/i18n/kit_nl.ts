<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>MeterWidget</name>
    <message>
        <source>The change is not revealed yet.</source>
        <translation>De verandering is nog niet onthuld.</translation>
    </message>
    <message>
        <source>Predict: up or down?</source>
        <translation>Voorspel: omhoog of omlaag?</translation>
    </message>
</context>
</TS>
