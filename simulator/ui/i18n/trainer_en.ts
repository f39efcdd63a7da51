<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassroomKeys</name>
    <message>
        <source>Go back a step (nothing is undone)</source>
        <translation>Go back a step (nothing is undone)</translation>
    </message>
    <message>
        <source>Black screen; any key brings it back</source>
        <translation>Black screen; any key brings it back</translation>
    </message>
    <message>
        <source>White screen; any key brings it back</source>
        <translation>White screen; any key brings it back</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>previous</translation>
    </message>
    <message>
        <source>take back</source>
        <translation>take back</translation>
    </message>
    <message>
        <source>black</source>
        <translation>black</translation>
    </message>
    <message>
        <source>white</source>
        <translation>white</translation>
    </message>
</context>
<context>
    <name>ClassroomController</name>
    <message>
        <source>Z: take the last answer back</source>
        <translation>Z: take the last answer back</translation>
    </message>
    <message>
        <source>Z: take it back</source>
        <translation>Z: take it back</translation>
    </message>
    <message>
        <source>Z: take it back and try another answer</source>
        <translation>Z: take it back and try another answer</translation>
    </message>
    <message>
        <source>Before the conversation</source>
        <translation>Before the conversation</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>The situation</translation>
    </message>
    <message>
        <source>Your briefing</source>
        <translation>Your briefing</translation>
    </message>
    <message>
        <source>Where could {0}'s resistance come from? Then Enter: {0}'s first line.</source>
        <translation>Where could {0}'s resistance come from? Then Enter: {0}'s first line.</translation>
    </message>
    <message>
        <source>Enter: the first line</source>
        <translation>Enter: the first line</translation>
    </message>
    <message>
        <source>What do you expect from {0}? Where could the resistance come from?</source>
        <translation>What do you expect from {0}? Where could the resistance come from?</translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <source>The room reads the briefing</source>
        <translation>The room reads the briefing</translation>
    </message>
    <message>
        <source>Let the class guess where the resistance could come from. Enter: the customer's first line.</source>
        <translation>Let the class guess where the resistance could come from. Enter: the customer's first line.</translation>
    </message>
    <message>
        <source>Enter: the next line. Z: take it back so the class can try another answer.</source>
        <translation>Enter: the next line. Z: take it back so the class can try another answer.</translation>
    </message>
    <message>
        <source>Z takes the last answer back. Enter: another scenario. The session is saved.</source>
        <translation>Z takes the last answer back. Enter: another scenario. The session is saved.</translation>
    </message>
    <message>
        <source>The projector is black</source>
        <translation>The projector is black</translation>
    </message>
    <message>
        <source>The projector is white</source>
        <translation>The projector is white</translation>
    </message>
    <message>
        <source>(any key shows it again)</source>
        <translation>(any key shows it again)</translation>
    </message>
</context>
<context>
    <name>DiscussBand</name>
    <message>
        <source>Discuss</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <source>Space: go on</source>
        <translation>Space: go on</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>{} (classroom demo)</source>
        <translation>{} (classroom demo)</translation>
    </message>
</context>
</TS>
