<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>ClassroomRenderer</name>
        <message>
            <source>Press its number, or ↑ ↓ and Enter.</source>
            <translation>Druk op het nummer, of op ↑ ↓ en Enter.</translation>
        </message>
        <message>
            <source>Loading the scenarios…</source>
            <translation>De scenario's worden geladen…</translation>
        </message>
        <message>
            <source>There are no scenarios to play. Check the dialogues folder.</source>
            <translation>Er zijn geen scenario's om te spelen. Kijk in de map dialogues.</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>Klas</translation>
        </message>
        <message>
            <source>Choose a scenario</source>
            <translation>Kies een scenario</translation>
        </message>
        <message>
            <source>1–{0}: start a scenario</source>
            <translation>1–{0}: start een scenario</translation>
        </message>
        <message>
            <source>1: start it</source>
            <translation>1: starten</translation>
        </message>
        <message>
            <source>Esc: leave</source>
            <translation>Esc: stoppen</translation>
        </message>
        <message>
            <source>Before the conversation</source>
            <translation>Voor het gesprek</translation>
        </message>
        <message>
            <source>The situation</source>
            <translation>De situatie</translation>
        </message>
        <message>
            <source>Your briefing</source>
            <translation>Jullie opdracht</translation>
        </message>
        <message>
            <source>Where could {0}'s resistance come from? Then Enter: {0}'s first line.</source>
            <translation>Waar zou de weerstand van {0} vandaan kunnen komen? Daarna Enter: wat {0} als eerste zegt.</translation>
        </message>
        <message>
            <source>Enter: the first line</source>
            <translation>Enter: de eerste zin</translation>
        </message>
        <message>
            <source>Space: discuss</source>
            <translation>Spatie: bespreken</translation>
        </message>
        <message>
            <source>Turn {0} of at most {1}</source>
            <translation>Beurt {0} van hoogstens {1}</translation>
        </message>
        <message>
            <source>{0} says</source>
            <translation>{0} zegt</translation>
        </message>
        <message>
            <source>What do you say? The class chooses</source>
            <translation>Wat zeg je? De klas kiest</translation>
        </message>
        <message>
            <source>1–{0}: play an answer</source>
            <translation>1–{0}: speel een antwoord</translation>
        </message>
        <message>
            <source>Z: take the last answer back</source>
            <translation>Z: laatste antwoord terugnemen</translation>
        </message>
        <message>
            <source>The class chose</source>
            <translation>De klas koos</translation>
        </message>
        <message>
            <source>What will this answer do to {0}'s trust? Predict: up or down, and why?</source>
            <translation>Wat doet dit antwoord met het vertrouwen van {0}? Voorspel: omhoog of omlaag, en waarom?</translation>
        </message>
        <message>
            <source>R: reveal</source>
            <translation>R: onthullen</translation>
        </message>
        <message>
            <source>Z: take it back</source>
            <translation>Z: terugnemen</translation>
        </message>
        <message>
            <source>Need found: {0}</source>
            <translation>Behoefte gevonden: {0}</translation>
        </message>
        <message>
            <source>{0} answers</source>
            <translation>{0} antwoordt</translation>
        </message>
        <message>
            <source>Enter: see how it ended</source>
            <translation>Enter: zie hoe het afliep</translation>
        </message>
        <message>
            <source>Enter: the next line</source>
            <translation>Enter: de volgende zin</translation>
        </message>
        <message>
            <source>Z: take it back and try another answer</source>
            <translation>Z: terugnemen en een ander antwoord proberen</translation>
        </message>
        <message>
            <source>Taken back: “{0}”. Which answer now?</source>
            <translation>Teruggenomen: “{0}”. Welk antwoord nu?</translation>
        </message>
        <message>
            <source>{0} played</source>
            <translation>{0} gespeeld</translation>
        </message>
        <message>
            <source>Needs found: {0} of {1}</source>
            <translation>Behoeften gevonden: {0} van {1}</translation>
        </message>
        <message>
            <source>Slowing down {0}, advancing {1}, pushing {2}</source>
            <translation>{0} vertraagd, {1} vooruit, {2} geduwd</translation>
        </message>
        <message>
            <source>Calm under tension: {0}% of the answers given under high tension slowed down</source>
            <translation>Rust onder spanning: {0}% van de antwoorden onder hoge spanning nam gas terug</translation>
        </message>
        <message>
            <source>Biggest rise: turn {0}, {1} ({2})</source>
            <translation>Grootste stijging: beurt {0}, {1} ({2})</translation>
        </message>
        <message>
            <source>Biggest fall: turn {0}, {1} ({2})</source>
            <translation>Grootste daling: beurt {0}, {1} ({2})</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Hoe het afliep</translation>
        </message>
        <message>
            <source>Trust, turn by turn</source>
            <translation>Vertrouwen, beurt voor beurt</translation>
        </message>
        <message>
            <source>Enter: another scenario</source>
            <translation>Enter: ander scenario</translation>
        </message>
        <message>
            <source>What do you expect from {0}? Where could the resistance come from?</source>
            <translation>Wat verwacht je van {0}? Waar zou de weerstand vandaan kunnen komen?</translation>
        </message>
        <message>
            <source>Which answer would you choose, and why?</source>
            <translation>Welk antwoord zou jij kiezen, en waarom?</translation>
        </message>
        <message>
            <source>What will this answer do to {0}'s trust?</source>
            <translation>Wat doet dit antwoord met het vertrouwen van {0}?</translation>
        </message>
        <message>
            <source>Why did trust move like this? What would you try instead?</source>
            <translation>Waarom bewoog het vertrouwen zo? Wat zou jij in plaats daarvan proberen?</translation>
        </message>
        <message>
            <source>What made the difference in this conversation?</source>
            <translation>Wat maakte het verschil in dit gesprek?</translation>
        </message>
        <message>
            <source>This session could not be saved: {0}</source>
            <translation>Deze sessie kon niet worden opgeslagen: {0}</translation>
        </message>
    </context>
</TS>
