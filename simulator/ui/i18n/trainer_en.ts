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
    <name>HistoryView</name>
    <message>
        <source>{} (classroom demo)</source>
        <translation>{} (classroom demo)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n move</numerusform>
            <numerusform>%n moves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>{0}: you stopped after {1} ({2}). Every turn you played is kept.</source>
        <translation>{0}: you stopped after {1} ({2}). Every turn you played is kept.</translation>
    </message>
    <message>
        <source>Unfinished, {0}</source>
        <translation>Unfinished, {0}</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>{0}, {1} at {2}</source>
        <translation>{0}, {1} at {2}</translation>
    </message>
    <message>
        <source>Slowed down under high tension: {0} of {1}.</source>
        <translation>Slowed down under high tension: {0} of {1}.</translation>
    </message>
</context>
<context>
    <name>NeedsNotebook</name>
    <message>
        <source>{0} of {1} uncovered</source>
        <translation>{0} of {1} uncovered</translation>
    </message>
</context>
<context>
    <name>PracticeScreen</name>
    <message>
        <source>{0} played · conversation ended</source>
        <translation>{0} played · conversation ended</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Start ({})</source>
        <translation>Start ({})</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{} finished</source>
        <translation>{} finished</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{} reflections per question ({})</source>
        <translation>{} reflections per question ({})</translation>
    </message>
    <message>
        <source>{} of {} made under high tension slowed down</source>
        <translation>{} of {} made under high tension slowed down</translation>
    </message>
    <message>
        <source>{} s</source>
        <translation>{} s</translation>
    </message>
</context>
<context>
    <name>Exported</name>
    <message>
        <source>Report saved</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>The report was saved in {0} as {1}.</source>
        <translation>The report was saved in {0} as {1}.</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Show the folder</translation>
    </message>
</context>
</TS>
