<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>BrokenCard</name>
        <message>
            <source>This scenario could not be loaded</source>
            <translation>Dit scenario kon niet worden geladen</translation>
        </message>
        <message>
            <source>Show the problems</source>
            <translation>Toon de problemen</translation>
        </message>
        <message>
            <source>Show the problems in {0}</source>
            <translation>Toon de problemen in {0}</translation>
        </message>
    </context>
    <context>
        <name>CurvesWidget</name>
        <message>
            <source>No turns played yet</source>
            <translation>Nog geen beurten gespeeld</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Turn</source>
            <translation>Beurt</translation>
        </message>
        <message>
            <source>Level (0-100)</source>
            <translation>Niveau (0-100)</translation>
        </message>
        <message>
            <source>After turn {0}</source>
            <translation>Na beurt {0}</translation>
        </message>
        <message>
            <source>Trust {0}</source>
            <translation>Vertrouwen {0}</translation>
        </message>
        <message>
            <source>Tension {0}</source>
            <translation>Spanning {0}</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Vertrouwen</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Spanning</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Ter vergelijking</translation>
        </message>
        <message>
            <source>Turning point</source>
            <translation>Keerpunt</translation>
        </message>
        <message>
            <source>Trust and tension over the turns</source>
            <translation>Vertrouwen en spanning per beurt</translation>
        </message>
        <message>
            <source>Trust: {0}.</source>
            <translation>Vertrouwen: {0}.</translation>
        </message>
        <message>
            <source>Tension: {0}.</source>
            <translation>Spanning: {0}.</translation>
        </message>
        <message>
            <source>Turning points at turns {0}.</source>
            <translation>Keerpunten bij beurt {0}.</translation>
        </message>
        <message>
            <source>Selected: turn {0}.</source>
            <translation>Gekozen: beurt {0}.</translation>
        </message>
    </context>
    <context>
        <name>CustomerPanel</name>
        <message>
            <source>{0} looks {1}: {2}</source>
            <translation>{0} oogt {1}: {2}</translation>
        </message>
        <message>
            <source>Mood: {0}</source>
            <translation>Stemming: {0}</translation>
        </message>
    </context>
    <context>
        <name>DebriefScreen</name>
        <message>
            <source>Notes, other options, report…</source>
            <translation>Notities, ander antwoord, verslag…</translation>
        </message>
        <message>
            <source>Debrief · {0}</source>
            <translation>Nabespreking · {0}</translation>
        </message>
        <message>
            <source>{0}, {1} at {2} · {3} turns</source>
            <translation>{0}, {1} bij {2} · {3} beurten</translation>
        </message>
        <message>
            <source>on average {0} s per answer</source>
            <translation>gemiddeld {0} s per antwoord</translation>
        </message>
        <message>
            <source>Owned next step</source>
            <translation>Eigen volgende stap</translation>
        </message>
        <message>
            <source>Hollow yes</source>
            <translation>Hol ja</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>Voortijdig beëindigd</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Geen volgende stap</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Nog bezig</translation>
        </message>
        <message>
            <source>No slowing or pushing</source>
            <translation>Niet vertraagd en niet geduwd</translation>
        </message>
        <message>
            <source>Mostly slowing down</source>
            <translation>Vooral vertraagd</translation>
        </message>
        <message>
            <source>More slowing than pushing</source>
            <translation>Meer vertraagd dan geduwd</translation>
        </message>
        <message>
            <source>More pushing than slowing</source>
            <translation>Meer geduwd dan vertraagd</translation>
        </message>
        <message>
            <source>Slowing down vs pushing</source>
            <translation>Vertragen tegenover duwen</translation>
        </message>
        <message>
            <source>{0} slowing down, {1} advancing, {2} pushing</source>
            <translation>{0} vertragend, {1} vooruit, {2} duwend</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Goed</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Redelijk</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Nog geen</translation>
        </message>
        <message>
            <source>Reflections per question (MITI analogue)</source>
            <translation>Reflecties per vraag (naar MITI)</translation>
        </message>
        <message>
            <source>{0} reflections, {1} questions</source>
            <translation>{0} reflecties, {1} vragen</translation>
        </message>
        <message>
            <source>Calm under tension</source>
            <translation>Rustig onder spanning</translation>
        </message>
        <message>
            <source>Never tense</source>
            <translation>Nooit gespannen</translation>
        </message>
        <message>
            <source>Tension never ran high in this conversation.</source>
            <translation>De spanning liep in dit gesprek nergens hoog op.</translation>
        </message>
        <message>
            <source>Calm</source>
            <translation>Rustig</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Wisselend</translation>
        </message>
        <message>
            <source>Pushed back</source>
            <translation>Teruggeduwd</translation>
        </message>
        <message>
            <source>{0} of {1} answers given under high tension slowed down.</source>
            <translation>{0} van de {1} antwoorden onder hoge spanning namen gas terug.</translation>
        </message>
        <message>
            <source>All found</source>
            <translation>Alle gevonden</translation>
        </message>
        <message>
            <source>Some found</source>
            <translation>Deels gevonden</translation>
        </message>
        <message>
            <source>None found</source>
            <translation>Geen gevonden</translation>
        </message>
        <message>
            <source>Needs uncovered</source>
            <translation>Behoeften blootgelegd</translation>
        </message>
        <message>
            <source>Hidden needs that came to the surface.</source>
            <translation>Verborgen behoeften die boven kwamen.</translation>
        </message>
        <message>
            <source>{0} ({1}%)</source>
            <translation>{0} ({1}%)</translation>
        </message>
        <message>
            <source>uncovered in turn {0}</source>
            <translation>blootgelegd in beurt {0}</translation>
        </message>
        <message>
            <source>not uncovered</source>
            <translation>niet blootgelegd</translation>
        </message>
        <message>
            <source>Biggest rise in trust</source>
            <translation>Grootste stijging van vertrouwen</translation>
        </message>
        <message>
            <source>Biggest fall in trust</source>
            <translation>Grootste daling van vertrouwen</translation>
        </message>
        <message>
            <source>{0}: turn {1}</source>
            <translation>{0}: beurt {1}</translation>
        </message>
        <message>
            <source>You: {0}</source>
            <translation>Jij: {0}</translation>
        </message>
        <message>
            <source>Coach: {0}</source>
            <translation>Coach: {0}</translation>
        </message>
        <message>
            <source>Trust did not move up or down in this conversation.</source>
            <translation>Het vertrouwen ging in dit gesprek niet omhoog of omlaag.</translation>
        </message>
        <message>
            <source>No turns were played.</source>
            <translation>Er zijn geen beurten gespeeld.</translation>
        </message>
        <message>
            <source>Turn {0} · {1} ({2})</source>
            <translation>Beurt {0} · {1} ({2})</translation>
        </message>
        <message>
            <source>Trust ±0</source>
            <translation>Vertrouwen ±0</translation>
        </message>
        <message>
            <source>Tension ±0</source>
            <translation>Spanning ±0</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Jij</translation>
        </message>
        <message>
            <source>Turn {0} of {1}</source>
            <translation>Beurt {0} van {1}</translation>
        </message>
        <message>
            <source>{0} ({1}) · trust {2} → {3} · tension {4} → {5}</source>
            <translation>{0} ({1}) · vertrouwen {2} → {3} · spanning {4} → {5}</translation>
        </message>
        <message>
            <source>Replay turn by turn</source>
            <translation>Beurt voor beurt terugkijken</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>Back to library</source>
            <translation>Terug naar de bibliotheek</translation>
        </message>
        <message>
            <source>Trust and tension, turn by turn</source>
            <translation>Vertrouwen en spanning, beurt voor beurt</translation>
        </message>
        <message>
            <source>Click a turn, or use the arrow keys on the chart, to see it below.</source>
            <translation>Klik op een beurt, of gebruik de pijltjestoetsen op de grafiek, om hem hieronder te zien.</translation>
        </message>
        <message>
            <source>Reflections per question is an analogue of a MITI 4.2.1 summary score (at least 1 per question is fair, 2 or more is good). MITI was validated for counselling conversations, not for sales, so read it as a pointer, not a grade.</source>
            <translation>Reflecties per vraag is afgeleid van een samenvattende score uit MITI 4.2.1 (minstens 1 per vraag is redelijk, 2 of meer is goed). MITI is gevalideerd voor hulpverleningsgesprekken, niet voor verkoop: lees het als een wegwijzer, niet als een cijfer.</translation>
        </message>
        <message>
            <source>What was under the resistance</source>
            <translation>Wat er onder de weerstand zat</translation>
        </message>
        <message>
            <source>The customer's needs</source>
            <translation>De behoeften van de klant</translation>
        </message>
        <message>
            <source>Turning points</source>
            <translation>Keerpunten</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Terugkijken</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Vorige</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Volgende ▶</translation>
        </message>
        <message>
            <source>Previous turn</source>
            <translation>Vorige beurt</translation>
        </message>
        <message>
            <source>Next turn</source>
            <translation>Volgende beurt</translation>
        </message>
        <message>
            <source>Every turn, with the coach's comment</source>
            <translation>Elke beurt, met het commentaar van de coach</translation>
        </message>
    </context>
    <context>
        <name>EndPanel</name>
        <message>
            <source>See your debrief</source>
            <translation>Naar je nabespreking</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Trust</source>
            <translation>Vertrouwen</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Spanning</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message>
            <source>Practise handling resistance</source>
            <translation>Oefen met weerstand</translation>
        </message>
        <message>
            <source>Resistance is a signal, not a setback. Slow down, find the need underneath, and let the customer choose the next step.</source>
            <translation>Weerstand is een signaal, geen tegenslag. Vertraag, zoek de behoefte eronder en laat de klant zelf de volgende stap kiezen.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Feedback mode</source>
            <translation>Soort feedback</translation>
        </message>
        <message>
            <source>Choose a conversation</source>
            <translation>Kies een gesprek</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Recente sessies</translation>
        </message>
        <message>
            <source>Your practice sessions will appear here.</source>
            <translation>Je oefensessies verschijnen hier.</translation>
        </message>
        <message>
            <source>Press Enter or double-click to open a session.</source>
            <translation>Druk op Enter of dubbelklik om een sessie te openen.</translation>
        </message>
        <message>
            <source>Continue where you left off?</source>
            <translation>Verdergaan waar je gebleven was?</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Verdergaan</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nu niet</translation>
        </message>
        <message>
            <source>Loading scenarios…</source>
            <translation>Scenario's laden…</translation>
        </message>
        <message>
            <source>No scenarios found. Scenario files go in the dialogues folder.</source>
            <translation>Geen scenario's gevonden. Scenariobestanden horen in de map dialogues.</translation>
        </message>
        <message>
            <source>{0}: you stopped after {1} turns ({2}). Every turn you played is kept.</source>
            <translation>{0}: je stopte na {1} beurten ({2}). Elke gespeelde beurt is bewaard.</translation>
        </message>
        <message>
            <source>Resume {0}</source>
            <translation>Ga verder met {0}</translation>
        </message>
        <message>
            <source>Damaged file: {0}
{1}</source>
            <translation>Beschadigd bestand: {0}
{1}</translation>
        </message>
        <message>
            <source>Unfinished, {0} turns</source>
            <translation>Niet af, {0} beurten</translation>
        </message>
        <message>
            <source>{0}, {1} turns</source>
            <translation>{0}, {1} beurten</translation>
        </message>
        <message>
            <source>trust {0}</source>
            <translation>vertrouwen {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This session was not saved.</source>
            <translation>Deze sessie is niet bewaard.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;New practice</source>
            <translation>&amp;Nieuwe oefening</translation>
        </message>
        <message>
            <source>&amp;Open session…</source>
            <translation>Sessie &amp;openen…</translation>
        </message>
        <message>
            <source>Session &amp;history…</source>
            <translation>Sessie&amp;geschiedenis…</translation>
        </message>
        <message>
            <source>Session history</source>
            <translation>Sessiegeschiedenis</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Feedback for new sessions</source>
            <translation>&amp;Feedback voor nieuwe sessies</translation>
        </message>
        <message>
            <source>&amp;Classroom mode (projector)</source>
            <translation>&amp;Klasmodus (projector)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Over</translation>
        </message>
        <message>
            <source>Sales Resistance Simulator</source>
            <translation>Simulator verkoopweerstand</translation>
        </message>
        <message>
            <source>Scenario not found</source>
            <translation>Scenario niet gevonden</translation>
        </message>
        <message>
            <source>There is no scenario with the id or file name “{0}”. Choose one from the library.</source>
            <translation>Er is geen scenario met de id of bestandsnaam “{0}”. Kies er een uit de bibliotheek.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Opslaan mislukt</translation>
        </message>
        <message>
            <source>This session could not be saved in {0}. You can go on playing, but it will not be kept.

{1}</source>
            <translation>Deze sessie kon niet worden opgeslagen in {0}. Je kunt doorspelen, maar de sessie wordt niet bewaard.

{1}</translation>
        </message>
        <message>
            <source>Open a saved session</source>
            <translation>Een opgeslagen sessie openen</translation>
        </message>
        <message>
            <source>Sessions (*.json)</source>
            <translation>Sessies (*.json)</translation>
        </message>
        <message>
            <source>Cannot open this session</source>
            <translation>Deze sessie kan niet worden geopend</translation>
        </message>
        <message>
            <source>This scenario could not be loaded</source>
            <translation>Dit scenario kon niet worden geladen</translation>
        </message>
        <message>
            <source>{0} has problems. The first one:

{1}</source>
            <translation>{0} bevat fouten. De eerste:

{1}</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>Sales Resistance Simulator {0}

Practise what top sellers do differently when a customer pushes back: slow down, look for the need underneath, name what chafes, and let the customer own the next step.

Everything stays on this computer.</source>
            <translation>Simulator verkoopweerstand {0}

Oefen wat topverkopers anders doen als een klant tegenstribbelt: vertragen, zoeken naar de behoefte eronder, benoemen wat schuurt, en de klant de volgende stap laten kiezen.

Alles blijft op deze computer.</translation>
        </message>
    </context>
    <context>
        <name>MeterWidget</name>
        <message>
            <source>Trust</source>
            <translation>Vertrouwen</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Spanning</translation>
        </message>
        <message>
            <source>{0} of 100: {1}.</source>
            <translation>{0} van 100: {1}.</translation>
        </message>
        <message>
            <source>Up {0} this turn.</source>
            <translation>Deze beurt {0} omhoog.</translation>
        </message>
        <message>
            <source>Down {0} this turn.</source>
            <translation>Deze beurt {0} omlaag.</translation>
        </message>
    </context>
    <context>
        <name>NeedsNotebook</name>
        <message>
            <source>Needs notebook</source>
            <translation>Behoeften</translation>
        </message>
        <message>
            <source>turn {0}</source>
            <translation>beurt {0}</translation>
        </message>
        <message>
            <source>Need uncovered in turn {0}: {1}</source>
            <translation>Behoefte blootgelegd in beurt {0}: {1}</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} van {1}</translation>
        </message>
        <message>
            <source>{0} of {1} needs uncovered</source>
            <translation>{0} van {1} behoeften blootgelegd</translation>
        </message>
        <message>
            <source>What does the customer really need? Needs appear here as they come to the surface.</source>
            <translation>Wat heeft de klant echt nodig? Behoeften verschijnen hier zodra ze boven komen.</translation>
        </message>
        <message>
            <source>{0} more to discover.</source>
            <translation>Nog {0} te ontdekken.</translation>
        </message>
        <message>
            <source>Every need is on the table.</source>
            <translation>Alle behoeften liggen op tafel.</translation>
        </message>
    </context>
    <context>
        <name>OptionButton</name>
        <message>
            <source>Press {0} to choose this answer.</source>
            <translation>Druk op {0} om dit antwoord te kiezen.</translation>
        </message>
    </context>
    <context>
        <name>OptionsPanel</name>
        <message>
            <source>Your answer: click it or press its number</source>
            <translation>Jouw antwoord: klik erop of druk op het nummer</translation>
        </message>
    </context>
    <context>
        <name>PracticeScreen</name>
        <message>
            <source>You</source>
            <translation>Jij</translation>
        </message>
        <message>
            <source>The conversation has ended: {0}</source>
            <translation>Het gesprek is afgelopen: {0}</translation>
        </message>
        <message>
            <source>Explanations come in the debrief</source>
            <translation>De uitleg volgt in de nabespreking</translation>
        </message>
        <message>
            <source>Watch the meters and work out for yourself why they move.</source>
            <translation>Kijk naar de meters en bedenk zelf waarom ze bewegen.</translation>
        </message>
        <message>
            <source>{0} turns played · conversation ended</source>
            <translation>{0} beurten gespeeld · gesprek afgelopen</translation>
        </message>
        <message>
            <source>Turn {0} · at most {1} turns</source>
            <translation>Beurt {0} · hoogstens {1} beurten</translation>
        </message>
        <message>
            <source>Meters are hidden: everything is revealed in the debrief.</source>
            <translation>De meters zijn verborgen: alles wordt onthuld in de nabespreking.</translation>
        </message>
        <message>
            <source>Back to library</source>
            <translation>Terug naar de bibliotheek</translation>
        </message>
        <message>
            <source>Your conversation is saved; you can resume it later.</source>
            <translation>Je gesprek is bewaard; je kunt later verdergaan.</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Gesprek</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCard</name>
        <message>
            <source>Start conversation</source>
            <translation>Start gesprek</translation>
        </message>
        <message>
            <source>Start: {0}</source>
            <translation>Start: {0}</translation>
        </message>
    </context>
    <context>
        <name>WhyPanel</name>
        <message>
            <source>After each answer you see here why trust and tension moved.</source>
            <translation>Na elk antwoord zie je hier waarom vertrouwen en spanning bewogen.</translation>
        </message>
        <message>
            <source>Turn {0}: {1} ({2})</source>
            <translation>Beurt {0}: {1} ({2})</translation>
        </message>
        <message>
            <source>Why trust moved</source>
            <translation>Waarom het vertrouwen bewoog</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>Guarded</source>
            <translation>Terughoudend</translation>
        </message>
        <message>
            <source>Resisting</source>
            <translation>In verzet</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>Verkennend</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Toegezegd</translation>
        </message>
        <message>
            <source>Complied</source>
            <translation>Toegegeven</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Afgehaakt</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Vastgelopen</translation>
        </message>
        <message>
            <source>Cautious, waiting to see where this goes.</source>
            <translation>Voorzichtig, wacht af waar dit heen gaat.</translation>
        </message>
        <message>
            <source>Pushing back: something chafes.</source>
            <translation>Duwt terug: er schuurt iets.</translation>
        </message>
        <message>
            <source>Thinking along with you.</source>
            <translation>Denkt met je mee.</translation>
        </message>
        <message>
            <source>Talking freely about what matters.</source>
            <translation>Praat vrijuit over wat ertoe doet.</translation>
        </message>
        <message>
            <source>Owns the next step.</source>
            <translation>Neemt de volgende stap zelf.</translation>
        </message>
        <message>
            <source>Said yes, but does not look convinced.</source>
            <translation>Zei ja, maar kijkt niet overtuigd.</translation>
        </message>
        <message>
            <source>Has ended the conversation.</source>
            <translation>Heeft het gesprek beëindigd.</translation>
        </message>
        <message>
            <source>The conversation has run out.</source>
            <translation>Het gesprek is doodgelopen.</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>Niet afgemaakt</translation>
        </message>
        <message>
            <source>The customer chose a next step and owns it.</source>
            <translation>De klant koos zelf een volgende stap en staat erachter.</translation>
        </message>
        <message>
            <source>A hollow yes: the customer gave in under pressure, with little trust.</source>
            <translation>Een hol ja: de klant gaf toe onder druk, met weinig vertrouwen.</translation>
        </message>
        <message>
            <source>The customer had enough and ended the meeting.</source>
            <translation>De klant had er genoeg van en beëindigde het gesprek.</translation>
        </message>
        <message>
            <source>The conversation ran out without the customer wanting anything.</source>
            <translation>Het gesprek liep ten einde zonder dat de klant iets wilde.</translation>
        </message>
        <message>
            <source>This conversation was left before its end.</source>
            <translation>Dit gesprek is verlaten voordat het af was.</translation>
        </message>
        <message>
            <source>Listen</source>
            <translation>Luisteren</translation>
        </message>
        <message>
            <source>Reflect</source>
            <translation>Spiegelen</translation>
        </message>
        <message>
            <source>Name the unspoken</source>
            <translation>Het onuitgesprokene benoemen</translation>
        </message>
        <message>
            <source>Ask about needs</source>
            <translation>Naar behoeften vragen</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>Give control</source>
            <translation>Regie teruggeven</translation>
        </message>
        <message>
            <source>Summarise</source>
            <translation>Samenvatten</translation>
        </message>
        <message>
            <source>Inform</source>
            <translation>Informeren</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>Voorstellen</translation>
        </message>
        <message>
            <source>Argue</source>
            <translation>Argumenteren</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Weerleggen</translation>
        </message>
        <message>
            <source>Reassure</source>
            <translation>Geruststellen</translation>
        </message>
        <message>
            <source>Pressure</source>
            <translation>Druk zetten</translation>
        </message>
        <message>
            <source>Deflect</source>
            <translation>Afleiden</translation>
        </message>
        <message>
            <source>slowing down</source>
            <translation>vertragend</translation>
        </message>
        <message>
            <source>advancing</source>
            <translation>vooruit</translation>
        </message>
        <message>
            <source>pushing</source>
            <translation>duwend</translation>
        </message>
        <message>
            <source>Insecurity</source>
            <translation>Onzekerheid</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Onduidelijkheid</translation>
        </message>
        <message>
            <source>Loss of control</source>
            <translation>Verlies van controle</translation>
        </message>
        <message>
            <source>Feeling unsafe. Acknowledgement, listening and naming the feeling help; reassurance does not.</source>
            <translation>Zich onveilig voelen. Erkennen, luisteren en het gevoel benoemen helpen; geruststellen niet.</translation>
        </message>
        <message>
            <source>Not knowing what is coming. Questions about needs, summaries and timely information help.</source>
            <translation>Niet weten wat er komt. Vragen naar behoeften, samenvattingen en informatie op het goede moment helpen.</translation>
        </message>
        <message>
            <source>Feeling steered. Offering choice and reflecting help; pressure and rebuttals make it worse.</source>
            <translation>Zich gestuurd voelen. Keuze bieden en spiegelen helpen; druk en weerleggen maken het erger.</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introductie</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standaard</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Moeilijk</translation>
        </message>
        <message>
            <source>Very low trust</source>
            <translation>Heel weinig vertrouwen</translation>
        </message>
        <message>
            <source>Low trust</source>
            <translation>Weinig vertrouwen</translation>
        </message>
        <message>
            <source>Some trust</source>
            <translation>Enig vertrouwen</translation>
        </message>
        <message>
            <source>Good trust</source>
            <translation>Goed vertrouwen</translation>
        </message>
        <message>
            <source>High trust</source>
            <translation>Veel vertrouwen</translation>
        </message>
        <message>
            <source>Relaxed</source>
            <translation>Ontspannen</translation>
        </message>
        <message>
            <source>Mild strain</source>
            <translation>Lichte spanning</translation>
        </message>
        <message>
            <source>Noticeable strain</source>
            <translation>Merkbare spanning</translation>
        </message>
        <message>
            <source>High tension</source>
            <translation>Hoge spanning</translation>
        </message>
        <message>
            <source>Very high tension</source>
            <translation>Zeer hoge spanning</translation>
        </message>
        <message>
            <source>Live feedback</source>
            <translation>Directe feedback</translation>
        </message>
        <message>
            <source>Meters only</source>
            <translation>Alleen meters</translation>
        </message>
        <message>
            <source>Hidden until the debrief</source>
            <translation>Verborgen tot de nabespreking</translation>
        </message>
        <message>
            <source>Meters, and after every turn why trust and tension moved. Best for practising.</source>
            <translation>Meters, en na elke beurt waarom vertrouwen en spanning bewogen. Het beste om te oefenen.</translation>
        </message>
        <message>
            <source>The meters move, without explanations. Work out why yourself.</source>
            <translation>De meters bewegen, zonder uitleg. Bedenk zelf waarom.</translation>
        </message>
        <message>
            <source>No meters while you play: everything is revealed in the debrief. For assessment.</source>
            <translation>Geen meters tijdens het spelen: alles wordt onthuld in de nabespreking. Voor beoordeling.</translation>
        </message>
    </context>
<context>
    <name>Debrief</name>
    <message>
        <location filename="../words.py" line="0"/>
        <source>committed: the customer owns a next step</source>
        <translation>toegezegd: de klant kiest zelf een volgende stap</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>complied: a hollow yes under pressure</source>
        <translation>toegegeven: een hol ja onder druk</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>withdrawn: the customer ended the meeting</source>
        <translation>afgehaakt: de klant beëindigde het gesprek</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>stalled: the conversation ran out</source>
        <translation>vastgelopen: het gesprek liep dood</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <location filename="../words.py" line="0"/>
        <source>not finished</source>
        <translation>niet afgemaakt</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>no reflections or questions</source>
        <translation>geen reflecties of vragen</translation>
    </message>
</context>
</TS>
