<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MeterWidget</name>
    <message>
        <source>The change is not revealed yet.</source>
        <translation>The change is not revealed yet.</translation>
    </message>
    <message>
        <source>Predict: up or down?</source>
        <translation>Predict: up or down?</translation>
    </message>
</context>
</TS>
