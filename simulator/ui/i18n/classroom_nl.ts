<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Classroom — Sales Resistance Simulator</source>
        <translation>Klas — Simulator verkoopweerstand</translation>
    </message>
    <message>
        <source>?: keys</source>
        <translation>?: toetsen</translation>
    </message>
</context>
<context>
    <name>ClassroomRenderer</name>
    <message>
        <source>Press its number, or ↑ ↓ and Enter.</source>
        <translation>Druk op het nummer, of op ↑ ↓ en Enter.</translation>
    </message>
    <message>
        <source>Loading the scenarios…</source>
        <translation>De scenario&apos;s worden geladen…</translation>
    </message>
    <message>
        <source>There are no scenarios to play. Check the dialogues folder.</source>
        <translation>Er zijn geen scenario&apos;s om te spelen. Kijk in de map dialogues.</translation>
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
        <source>Where could {0}&apos;s resistance come from? Then Enter: {0}&apos;s first line.</source>
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
        <source>What will this answer do to {0}&apos;s trust? Predict: up or down, and why?</source>
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
        <source>What will this answer do to {0}&apos;s trust?</source>
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
<context>
    <name>ClassroomKeys</name>
    <message>
        <source>Play that answer (or start that scenario)</source>
        <translation>Speel dat antwoord (of start dat scenario)</translation>
    </message>
    <message>
        <source>Move through the list of scenarios</source>
        <translation>Door de lijst met scenario&apos;s bewegen</translation>
    </message>
    <message>
        <source>Reveal what the answer did to trust</source>
        <translation>Onthul wat het antwoord met het vertrouwen deed</translation>
    </message>
    <message>
        <source>Go on to the customer&apos;s next line</source>
        <translation>Door naar de volgende zin van de klant</translation>
    </message>
    <message>
        <source>Freeze to discuss; again to go on</source>
        <translation>Bevriezen om te bespreken; nog eens om verder te gaan</translation>
    </message>
    <message>
        <source>Take the last answer back and try another</source>
        <translation>Laatste antwoord terugnemen en een ander proberen</translation>
    </message>
    <message>
        <source>Show or hide these keys</source>
        <translation>Deze toetsen tonen of verbergen</translation>
    </message>
    <message>
        <source>Switch between Dutch and English</source>
        <translation>Wisselen tussen Nederlands en Engels</translation>
    </message>
    <message>
        <source>Choose the projector screen</source>
        <translation>Het projectorscherm kiezen</translation>
    </message>
    <message>
        <source>Larger or smaller text on the projector</source>
        <translation>Grotere of kleinere tekst op de projector</translation>
    </message>
    <message>
        <source>Close this overlay, or leave classroom mode</source>
        <translation>Dit venster sluiten, of de klasmodus verlaten</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>reveal</source>
        <translation>onthullen</translation>
    </message>
    <message>
        <source>next</source>
        <translation>verder</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>bespreken</translation>
    </message>
    <message>
        <source>back</source>
        <translation>terug</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>toetsen</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>scherm</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>tekstgrootte</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>stoppen</translation>
    </message>
</context>
<context>
    <name>CustomerColumn</name>
    <message>
        <source>Needs found: {0} of {1}</source>
        <translation>Behoeften gevonden: {0} van {1}</translation>
    </message>
</context>
<context>
    <name>DiscussBand</name>
    <message>
        <source>Discuss</source>
        <translation>Bespreek</translation>
    </message>
    <message>
        <source>Space: go on</source>
        <translation>Spatie: verder</translation>
    </message>
</context>
<context>
    <name>KeyMapOverlay</name>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>? or Esc: close</source>
        <translation>? of Esc: sluiten</translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <source>Presenter view: only you see this</source>
        <translation>Presentatorweergave: alleen jij ziet dit</translation>
    </message>
    <message>
        <source>Projector: {0} ({1} × {2})</source>
        <translation>Projector: {0} ({1} × {2})</translation>
    </message>
    <message>
        <source>Choose a scenario with the class</source>
        <translation>Kies met de klas een scenario</translation>
    </message>
    <message>
        <source>Press its number, or ↑ ↓ and Enter.</source>
        <translation>Druk op het nummer, of op ↑ ↓ en Enter.</translation>
    </message>
    <message>
        <source>The class chooses an answer</source>
        <translation>De klas kiest een antwoord</translation>
    </message>
    <message>
        <source>Let them argue, then press the number of the answer they pick. Space freezes the screen.</source>
        <translation>Laat ze discussiëren en druk dan op het nummer van het antwoord dat ze kiezen. Spatie bevriest het scherm.</translation>
    </message>
    <message>
        <source>The class predicts</source>
        <translation>De klas voorspelt</translation>
    </message>
    <message>
        <source>The projector hides the reaction. Ask: up or down, and why? Then press R to reveal.</source>
        <translation>De projector verbergt de reactie. Vraag: omhoog of omlaag, en waarom? Druk dan op R om te onthullen.</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Onthuld</translation>
    </message>
    <message>
        <source>Enter: the next line. B: take it back so the class can try another answer.</source>
        <translation>Enter: de volgende zin. B: terugnemen, zodat de klas een ander antwoord kan proberen.</translation>
    </message>
    <message>
        <source>The conversation has ended: {0}</source>
        <translation>Het gesprek is afgelopen: {0}</translation>
    </message>
    <message>
        <source>B takes the last answer back. Enter: another scenario. The session is saved.</source>
        <translation>B neemt het laatste antwoord terug. Enter: ander scenario. De sessie is opgeslagen.</translation>
    </message>
    <message>
        <source>Frozen for discussion (Space to go on)</source>
        <translation>Bevroren voor bespreking (Spatie om verder te gaan)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>Could not be loaded</source>
        <translation>Kon niet worden geladen</translation>
    </message>
    <message>
        <source>can uncover: {0}</source>
        <translation>kan blootleggen: {0}</translation>
    </message>
    <message>
        <source>Coach: {0}</source>
        <translation>Coach: {0}</translation>
    </message>
    <message>
        <source>The customer says</source>
        <translation>De klant zegt</translation>
    </message>
    <message>
        <source>Answers, with their move kinds</source>
        <translation>Antwoorden, met hun soort zet</translation>
    </message>
    <message>
        <source>{0}. {1}: {2}</source>
        <translation>{0}. {1}: {2}</translation>
    </message>
    <message>
        <source>Coach notes of this conversation</source>
        <translation>Coachnotities bij dit gesprek</translation>
    </message>
    <message>
        <source>Root of the resistance (hidden from the class)</source>
        <translation>Wortel van de weerstand (verborgen voor de klas)</translation>
    </message>
    <message>
        <source>Trust {0} · tension {1} (the real values)</source>
        <translation>Vertrouwen {0} · spanning {1} (de echte waarden)</translation>
    </message>
    <message>
        <source>The class still sees trust {0}; this answer changes it by {1}.</source>
        <translation>De klas ziet nog vertrouwen {0}; dit antwoord verandert het met {1}.</translation>
    </message>
    <message>
        <source>Trust and tension</source>
        <translation>Vertrouwen en spanning</translation>
    </message>
    <message>
        <source>The answer just played</source>
        <translation>Het zojuist gespeelde antwoord</translation>
    </message>
    <message>
        <source>The last answer</source>
        <translation>Het laatste antwoord</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>Verborgen behoeften</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view — Sales Resistance Simulator</source>
        <translation>Presentatorweergave — Simulator verkoopweerstand</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Classroom mode</source>
        <translation>Klasmodus</translation>
    </message>
    <message>
        <source>Which screen is the projector?</source>
        <translation>Welk scherm is de projector?</translation>
    </message>
    <message>
        <source>The class sees the projector; your notes appear on the other screen. Press a number to choose.</source>
        <translation>De klas ziet de projector; jouw aantekeningen verschijnen op het andere scherm. Druk op een nummer om te kiezen.</translation>
    </message>
    <message>
        <source>{0}   {1} — {2} × {3}</source>
        <translation>{0}   {1} — {2} × {3}</translation>
    </message>
    <message>
        <source>(probably the projector)</source>
        <translation>(waarschijnlijk de projector)</translation>
    </message>
</context>
<context>
    <name>TrustJourney</name>
    <message>
        <source>Trust, turn by turn: {0}</source>
        <translation>Vertrouwen, beurt voor beurt: {0}</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
</context>
</TS>
