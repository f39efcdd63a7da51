<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ClassroomKeys</name>
    <message>
        <source>Go back a step (nothing is undone)</source>
        <translation>Een stap terug (er wordt niets ongedaan gemaakt)</translation>
    </message>
    <message>
        <source>Black screen; any key brings it back</source>
        <translation>Zwart scherm; elke toets brengt het terug</translation>
    </message>
    <message>
        <source>White screen; any key brings it back</source>
        <translation>Wit scherm; elke toets brengt het terug</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorige</translation>
    </message>
    <message>
        <source>take back</source>
        <translation>terugnemen</translation>
    </message>
    <message>
        <source>black</source>
        <translation>zwart</translation>
    </message>
    <message>
        <source>white</source>
        <translation>wit</translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <source>The room reads the briefing</source>
        <translation>De zaal leest de opdracht</translation>
    </message>
    <message>
        <source>Let the class guess where the resistance could come from. Enter: the customer's first line.</source>
        <translation>Laat de groep raden waar de weerstand vandaan kan komen. Enter: de eerste zin van de klant.</translation>
    </message>
    <message>
        <source>Enter: the next line. Z: take it back so the class can try another answer.</source>
        <translation>Enter: de volgende zin. Z: terugnemen, zodat de groep een ander antwoord kan proberen.</translation>
    </message>
    <message>
        <source>Z takes the last answer back. Enter: another scenario. The session is saved.</source>
        <translation>Z neemt het laatste antwoord terug. Enter: een ander scenario. De sessie is bewaard.</translation>
    </message>
    <message>
        <source>The projector is black</source>
        <translation>De projector is zwart</translation>
    </message>
    <message>
        <source>The projector is white</source>
        <translation>De projector is wit</translation>
    </message>
    <message>
        <source>(any key shows it again)</source>
        <translation>(elke toets laat het weer zien)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>{} (classroom demo)</source>
        <translation>{} (klassikale demo)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n beurt</numerusform>
            <numerusform>%n beurten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflectie</numerusform>
            <numerusform>%n reflecties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n behoefte</numerusform>
            <numerusform>%n behoeften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n zet</numerusform>
            <numerusform>%n zetten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>{0}: you stopped after {1} ({2}). Every turn you played is kept.</source>
        <translation>{0}: je stopte na {1} ({2}). Elke gespeelde beurt is bewaard.</translation>
    </message>
    <message>
        <source>Unfinished, {0}</source>
        <translation>Niet af, {0}</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>{0}, {1} at {2}</source>
        <translation>{0}, {1} bij {2}</translation>
    </message>
    <message>
        <source>Slowed down under high tension: {0} of {1}.</source>
        <translation>Gas teruggenomen onder hoge spanning: {0} van {1}.</translation>
    </message>
</context>
<context>
    <name>NeedsNotebook</name>
    <message>
        <source>{0} of {1} uncovered</source>
        <translation>{0} van {1} blootgelegd</translation>
    </message>
</context>
<context>
    <name>PracticeScreen</name>
    <message>
        <source>{0} played · conversation ended</source>
        <translation>{0} gespeeld · gesprek afgelopen</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Start ({})</source>
        <translation>Begin ({})</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{} finished</source>
        <translation>{} afgerond</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{} reflections per question ({})</source>
        <translation>{} reflecties per vraag ({})</translation>
    </message>
    <message>
        <source>{} of {} made under high tension slowed down</source>
        <translation>{} van {} onder hoge spanning namen gas terug</translation>
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
        <translation>Verslag bewaard</translation>
    </message>
    <message>
        <source>The report was saved in {0} as {1}.</source>
        <translation>Het verslag is bewaard in {0} als {1}.</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Verslag openen</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Map tonen</translation>
    </message>
</context>
</TS>
