<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>VoteBridge</name>
    <message>
        <source>The class vote could not start: {0}</source>
        <translation>De klassenstemming kon niet starten: {0}</translation>
    </message>
    <message>
        <source>Class vote</source>
        <translation>Klassenstemming</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Stem met je telefoon</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Klascode</translation>
    </message>
    <message>
        <source>Class vote · {0} · room code {1}</source>
        <translation>Klassenstemming · {0} · klascode {1}</translation>
    </message>
    <message>
        <source>The phones wait for the next question.</source>
        <translation>De telefoons wachten op de volgende vraag.</translation>
    </message>
    <message>
        <source>V: stop the vote</source>
        <translation>V: stemming stoppen</translation>
    </message>
    <message>
        <source>Waiting: nothing to vote on yet.</source>
        <translation>Wachten: er is nog niets om over te stemmen.</translation>
    </message>
    <message>
        <source>R: close the vote and play the class's answer</source>
        <translation>R: stemming sluiten en het antwoord van de klas spelen</translation>
    </message>
    <message>
        <source>Open: {0}. The room sees only the count; you see the spread.</source>
        <translation>Open: {0}. De zaal ziet alleen het aantal; jij ziet de verdeling.</translation>
    </message>
    <message>
        <source>Press the number of the answer to play.</source>
        <translation>Druk op het nummer van het antwoord dat je speelt.</translation>
    </message>
    <message>
        <source>Room code {0}</source>
        <translation>Klascode {0}</translation>
    </message>
    <message>
        <source>No one voted: the trainer picks.</source>
        <translation>Niemand heeft gestemd: de trainer kiest.</translation>
    </message>
    <message>
        <source>A tie ({0}): the trainer picks.</source>
        <translation>Gelijke stand ({0}): de trainer kiest.</translation>
    </message>
    <message>
        <source>The class chose {0}: {1} of {2}.</source>
        <translation>De klas koos {0}: {1} van de {2}.</translation>
    </message>
    <message>
        <source>The trainer played {0}.</source>
        <translation>De trainer speelde {0}.</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 stem</translation>
    </message>
    <message>
        <source>{0} votes</source>
        <translation>{0} stemmen</translation>
    </message>
</context>
<context>
    <name>ClassVote</name>
    <message>
        <source>Class vote: no one voted; the trainer picked.</source>
        <translation>Klassenstemming: niemand stemde; de trainer koos.</translation>
    </message>
    <message>
        <source>Class vote: a tie ({0} votes); the trainer picked.</source>
        <translation>Klassenstemming: gelijke stand ({0} stemmen); de trainer koos.</translation>
    </message>
    <message>
        <source>The class chose this answer: {0} of {1} votes ({2}%).</source>
        <translation>De klas koos dit antwoord: {0} van de {1} stemmen ({2}%).</translation>
    </message>
    <message>
        <source>The class chose “{0}” ({1} of {2} votes, {3}%); the trainer played another answer.</source>
        <translation>De klas koos “{0}” ({1} van de {2} stemmen, {3}%); de trainer speelde een ander antwoord.</translation>
    </message>
    <message>
        <source>Class &amp;vote (phones, on the projector)</source>
        <translation>Klassen&amp;stemming (telefoons, op de projector)</translation>
    </message>
</context>
<context>
    <name>ClassroomKeys</name>
    <message>
        <source>Start or stop the class vote from phones</source>
        <translation>De klassenstemming met telefoons starten of stoppen</translation>
    </message>
    <message>
        <source>class vote</source>
        <translation>stemming</translation>
    </message>
</context>
</TS>
