<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../replay/history.py" line="184"/>
        <source>Your sessions</source>
        <translation>Jouw sessies</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="189"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="192"/>
        <source>Open replay</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="205"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="206"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="207"/>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="208"/>
        <source>Turns</source>
        <translation>Beurten</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="209"/>
        <source>Needs uncovered</source>
        <translation>Behoeften blootgelegd</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="210"/>
        <source>Slowing down</source>
        <translation>Vertragen</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="211"/>
        <source>Calm under tension</source>
        <translation>Rustig onder spanning</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="224"/>
        <source>No saved sessions yet. Sessions you play are saved here.</source>
        <translation>Nog geen opgeslagen sessies. De sessies die je speelt, worden hier bewaard.</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="227"/>
        <source>Progress (finished sessions, oldest to newest)</source>
        <translation>Voortgang (afgeronde sessies, van oud naar nieuw)</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="248"/>
        <source>All scenarios</source>
        <translation>Alle scenario&apos;s</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="282"/>
        <source>damaged file</source>
        <translation>beschadigd bestand</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="286"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="291"/>
        <source>{} (a try)</source>
        <translation>{} (nieuwe poging)</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../replay/live.py" line="96"/>
        <source>New try from turn {}</source>
        <translation>Nieuwe poging vanaf beurt {}</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="97"/>
        <source>Take back</source>
        <translation>Terugnemen</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="99"/>
        <source>Take back the last move of this try</source>
        <translation>De laatste zet van deze poging terugnemen</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="101"/>
        <source>Close this try</source>
        <translation>Poging sluiten</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="109"/>
        <source>You start the conversation afresh.</source>
        <translation>Je begint het gesprek opnieuw.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="111"/>
        <source>The first turn is replayed as it was played; from here the conversation is yours.</source>
        <translation>De eerste beurt wordt afgespeeld zoals hij gespeeld is; vanaf hier is het gesprek aan jou.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="114"/>
        <source>The first {} turns are replayed as they were played; from here the conversation is yours.</source>
        <translation>De eerste {} beurten worden afgespeeld zoals ze gespeeld zijn; vanaf hier is het gesprek aan jou.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="116"/>
        <source>This try is saved as a new session linked to the original.</source>
        <translation>Deze poging wordt bewaard als nieuwe sessie, gekoppeld aan het origineel.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="120"/>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="120"/>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="147"/>
        <source>Replay this try</source>
        <translation>Deze poging terugkijken</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="166"/>
        <source>Cannot play this option</source>
        <translation>Dit antwoord kan niet worden gekozen</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="178"/>
        <source>Cannot save the try</source>
        <translation>De poging kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="179"/>
        <source>{}: cannot save: {}. You can go on playing; this try will not be kept.</source>
        <translation>{}: opslaan mislukt: {}. Je kunt doorspelen, maar deze poging wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="188"/>
        <source>Cannot take back</source>
        <translation>Terugnemen lukt niet</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="215"/>
        <source>Last move: trust {}, tension {}. {}</source>
        <translation>Laatste zet: vertrouwen {}, spanning {}. {}</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="224"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="225"/>
        <source>Choose what you say next.</source>
        <translation>Kies wat je nu zegt.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="238"/>
        <source>The conversation ended – {}. {}</source>
        <translation>Het gesprek is afgelopen – {}. {}</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="243"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
</context>
<context>
    <name>ReplayDialogs</name>
    <message>
        <location filename="../replay/dialogs.py" line="34"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="35"/>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="36"/>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-tekst (*.md)</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="39"/>
        <source>Export debrief report</source>
        <translation>Verslag van de nabespreking exporteren</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="54"/>
        <source>Open a saved session</source>
        <translation>Een opgeslagen sessie openen</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="56"/>
        <source>Session files (*.json);;All files (*)</source>
        <translation>Sessiebestanden (*.json);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../replay/window.py" line="114"/>
        <location filename="../replay/window.py" line="235"/>
        <location filename="../replay/window.py" line="302"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="115"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="116"/>
        <source>Forward</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="117"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="123"/>
        <source>Try another option here…</source>
        <translation>Probeer hier een ander antwoord…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="125"/>
        <source>Export report…</source>
        <translation>Verslag exporteren…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="127"/>
        <source>Go to the start (Home)</source>
        <translation>Naar het begin (Home)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="128"/>
        <source>One turn back (Left arrow)</source>
        <translation>Eén beurt terug (pijl naar links)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="129"/>
        <source>One turn forward (Right arrow)</source>
        <translation>Eén beurt verder (pijl naar rechts)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="130"/>
        <source>Go to the last turn (End)</source>
        <translation>Naar de laatste beurt (End)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="157"/>
        <source>Turns</source>
        <translation>Beurten</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="162"/>
        <source>Note on the whole session</source>
        <translation>Notitie bij de hele sessie</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="166"/>
        <source>What went well, what to practise next…</source>
        <translation>Wat ging goed, wat oefen je hierna…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="183"/>
        <source>The conversation so far</source>
        <translation>Het gesprek tot nu toe</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="198"/>
        <source>This turn</source>
        <translation>Deze beurt</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="219"/>
        <source>&amp;Replay</source>
        <translation>&amp;Terugkijken</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="230"/>
        <source>&amp;Open session…</source>
        <translation>Sessie &amp;openen…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="231"/>
        <source>&amp;Export report…</source>
        <translation>Verslag &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="232"/>
        <source>&amp;Save notes</source>
        <translation>&amp;Notities opslaan</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="234"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="236"/>
        <source>Back one turn</source>
        <translation>Eén beurt terug</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="237"/>
        <source>Forward one turn</source>
        <translation>Eén beurt verder</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="238"/>
        <source>Last turn</source>
        <translation>Laatste beurt</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="240"/>
        <source>Try another option here</source>
        <translation>Probeer hier een ander antwoord</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="257"/>
        <source>unsaved session</source>
        <translation>niet-opgeslagen sessie</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="258"/>
        <source>Replay: {} – {}</source>
        <translation>Terugkijken: {} – {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="259"/>
        <source>Replay: {}</source>
        <translation>Terugkijken: {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="262"/>
        <source>played {}</source>
        <translation>gespeeld op {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="263"/>
        <source>{} turns</source>
        <translation>{} beurten</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="264"/>
        <source>outcome: {}</source>
        <translation>afloop: {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="269"/>
        <source>a try branched from another session at turn {}</source>
        <translation>nieuwe poging, afgetakt van een andere sessie bij beurt {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="275"/>
        <source>The scenario has changed since this session was played. This replay follows the version that was played, stored in the session file.</source>
        <translation>Het scenario is gewijzigd sinds deze sessie is gespeeld. Je kijkt terug naar de versie die toen gespeeld is, zoals bewaard in het sessiebestand.</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="295"/>
        <source>Opened {}</source>
        <translation>{} geopend</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="310"/>
        <source>{}. {}  (trust {})</source>
        <translation>{}. {}  (vertr. {})</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="337"/>
        <source>Start ({} turns)</source>
        <translation>Begin ({} beurten)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="337"/>
        <source>Turn {} of {}</source>
        <translation>Beurt {} van {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="344"/>
        <source>Try another option at turn {}…</source>
        <translation>Probeer een ander antwoord bij beurt {}…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="369"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="376"/>
        <source>The conversation ended – {}. {}</source>
        <translation>Het gesprek is afgelopen – {}. {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="379"/>
        <source>The conversation starts here.</source>
        <translation>Hier begint het gesprek.</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="398"/>
        <source>Notes are kept with this replay; the session has no file to save them in.</source>
        <translation>De notities blijven alleen in dit venster bewaard; de sessie heeft geen bestand om ze in op te slaan.</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="400"/>
        <source>Unsaved note…</source>
        <translation>Notitie nog niet opgeslagen…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="419"/>
        <source>Cannot save the notes</source>
        <translation>De notities kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="420"/>
        <source>The notes could not be saved in {}:
{}</source>
        <translation>De notities konden niet worden opgeslagen in {}:
{}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="424"/>
        <source>Notes saved in {}</source>
        <translation>Notities opgeslagen in {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="442"/>
        <source>Cannot try another option</source>
        <translation>Een ander antwoord proberen lukt niet</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="452"/>
        <source>New try from turn {}</source>
        <translation>Nieuwe poging vanaf beurt {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="469"/>
        <source>New try (trust)</source>
        <translation>Poging (vertrouwen)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="501"/>
        <source>Cannot export the report</source>
        <translation>Het verslag kan niet worden geëxporteerd</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="503"/>
        <source>Report saved as {}</source>
        <translation>Verslag opgeslagen als {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="548"/>
        <source>unexpected problem: {}</source>
        <translation>onverwacht probleem: {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="551"/>
        <source>Cannot open the session</source>
        <translation>De sessie kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="552"/>
        <source>The session file {} cannot be opened:
{}</source>
        <translation>Het sessiebestand {} kan niet worden geopend:
{}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../report.py" line="117"/>
        <source>Trust {} → {} ({}), tension {} → {} ({})</source>
        <translation>Vertrouwen {} → {} ({}), spanning {} → {} ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="158"/>
        <source>The scenario has changed since this session was played; this report follows the version that was played.</source>
        <translation>Het scenario is gewijzigd sinds deze sessie is gespeeld; dit verslag volgt de versie die toen gespeeld is.</translation>
    </message>
    <message>
        <location filename="../report.py" line="166"/>
        <source>This session continues another session (id {}) from its turn {}.</source>
        <translation>Deze sessie is een voortzetting van een andere sessie (id {}), vanaf beurt {} daarvan.</translation>
    </message>
    <message>
        <location filename="../report.py" line="176"/>
        <source>biggest rise of trust</source>
        <translation>grootste stijging van vertrouwen</translation>
    </message>
    <message>
        <location filename="../report.py" line="178"/>
        <source>biggest fall of trust</source>
        <translation>grootste daling van vertrouwen</translation>
    </message>
    <message>
        <location filename="../report.py" line="211"/>
        <source>{} ({} of the mix)</source>
        <translation>{} ({} van de mix)</translation>
    </message>
    <message>
        <location filename="../report.py" line="228"/>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <location filename="../report.py" line="229"/>
        <source>Turns</source>
        <translation>Beurten</translation>
    </message>
    <message>
        <location filename="../report.py" line="231"/>
        <source>Needs uncovered</source>
        <translation>Behoeften blootgelegd</translation>
    </message>
    <message>
        <location filename="../report.py" line="232"/>
        <source>{} of {}</source>
        <translation>{} van {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="236"/>
        <source>Moves by family</source>
        <translation>Zetten per soort</translation>
    </message>
    <message>
        <location filename="../report.py" line="237"/>
        <source>{} slowing down, {} advancing, {} pushing</source>
        <translation>{} vertragend, {} vooruit, {} duwend</translation>
    </message>
    <message>
        <location filename="../report.py" line="240"/>
        <source>Slowing down vs pushing</source>
        <translation>Vertragen tegenover duwen</translation>
    </message>
    <message>
        <location filename="../report.py" line="241"/>
        <source>{} of the slowing and pushing moves slowed down</source>
        <translation>{} van de vertragende en duwende zetten was vertragend</translation>
    </message>
    <message>
        <location filename="../report.py" line="247"/>
        <source>{:.1f} reflections per question ({})</source>
        <translation>{:.1f} reflecties per vraag ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="251"/>
        <source>reflections: {}, questions: none ({})</source>
        <translation>reflecties: {}, vragen: geen ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="254"/>
        <source>Reflections per question (MITI analogue)</source>
        <translation>Reflecties per vraag (MITI-analogie)</translation>
    </message>
    <message>
        <location filename="../report.py" line="256"/>
        <source>{} of {} moves made under high tension slowed down</source>
        <translation>{} van de {} zetten onder hoge spanning nam gas terug</translation>
    </message>
    <message>
        <location filename="../report.py" line="260"/>
        <source>– (tension never ran high)</source>
        <translation>– (de spanning liep nergens hoog op)</translation>
    </message>
    <message>
        <location filename="../report.py" line="261"/>
        <source>Calm under tension</source>
        <translation>Rustig onder spanning</translation>
    </message>
    <message>
        <location filename="../report.py" line="263"/>
        <source>Biggest rise of trust</source>
        <translation>Grootste stijging van vertrouwen</translation>
    </message>
    <message>
        <location filename="../report.py" line="264"/>
        <source>Biggest fall of trust</source>
        <translation>Grootste daling van vertrouwen</translation>
    </message>
    <message>
        <location filename="../report.py" line="270"/>
        <source>turn {}: {} ({})</source>
        <translation>beurt {}: {} ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="278"/>
        <source>Mean time to answer</source>
        <translation>Gemiddelde antwoordtijd</translation>
    </message>
    <message>
        <location filename="../report.py" line="279"/>
        <source>{:.1f} s</source>
        <translation>{:.1f} s</translation>
    </message>
    <message>
        <location filename="../report.py" line="287"/>
        <source>MITI-style figures are analogues: MITI codes counselling conversations and is not validated for sales.</source>
        <translation>Cijfers in MITI-stijl zijn analogieën: MITI codeert hulpverleningsgesprekken en is niet gevalideerd voor verkoop.</translation>
    </message>
    <message>
        <location filename="../report.py" line="302"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../report.py" line="306"/>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../report.py" line="307"/>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <location filename="../report.py" line="346"/>
        <location filename="../report.py" line="519"/>
        <source>Debrief: {}</source>
        <translation>Nabespreking: {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="367"/>
        <source>Trust and tension over the turns</source>
        <translation>Vertrouwen en spanning per beurt</translation>
    </message>
    <message>
        <location filename="../report.py" line="373"/>
        <location filename="../report.py" line="473"/>
        <source>uncovered</source>
        <translation>blootgelegd</translation>
    </message>
    <message>
        <location filename="../report.py" line="373"/>
        <location filename="../report.py" line="473"/>
        <source>not uncovered</source>
        <translation>niet blootgelegd</translation>
    </message>
    <message>
        <location filename="../report.py" line="386"/>
        <location filename="../report.py" line="482"/>
        <source>Turn {}</source>
        <translation>Beurt {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="391"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../report.py" line="395"/>
        <location filename="../report.py" line="493"/>
        <source>state {} → {}</source>
        <translation>stemming {} → {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="397"/>
        <location filename="../report.py" line="495"/>
        <source>state {}</source>
        <translation>stemming {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="418"/>
        <source>trust {}, tension {}</source>
        <translation>vertrouwen {}, spanning {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="444"/>
        <source>Played {}</source>
        <translation>Gespeeld op {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="480"/>
        <source>No turns were played.</source>
        <translation>Er zijn geen beurten gespeeld.</translation>
    </message>
    <message>
        <location filename="../report.py" line="541"/>
        <source>cannot start the PDF writer</source>
        <translation>de PDF-uitvoer kan niet worden gestart</translation>
    </message>
    <message>
        <location filename="../report.py" line="556"/>
        <source>{} – page {} of {}</source>
        <translation>{} – pagina {} van {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="602"/>
        <location filename="../report.py" line="605"/>
        <source>{}: cannot write the file: {}</source>
        <translation>{}: het bestand kan niet worden geschreven: {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="618"/>
        <source>{}: unknown report format &apos;{}&apos;; use a file name ending in .pdf, .html or .md</source>
        <translation>{}: onbekend verslagformaat &apos;{}&apos;; gebruik een bestandsnaam die eindigt op .pdf, .html of .md</translation>
    </message>
    <message>
        <location filename="../report.py" line="619"/>
        <source>(no suffix)</source>
        <translation>(geen extensie)</translation>
    </message>
    <message>
        <location filename="../report.py" line="664"/>
        <source>{}: the report would overwrite the session file</source>
        <translation>{}: het verslag zou het sessiebestand overschrijven</translation>
    </message>
    <message>
        <location filename="../report.py" line="67"/>
        <source>Measures</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <location filename="../report.py" line="68"/>
        <source>Measure</source>
        <translation>Meting</translation>
    </message>
    <message>
        <location filename="../report.py" line="69"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../report.py" line="70"/>
        <source>Trust and tension</source>
        <translation>Vertrouwen en spanning</translation>
    </message>
    <message>
        <location filename="../report.py" line="71"/>
        <source>Inside the customer</source>
        <translation>Wat er in de klant omging</translation>
    </message>
    <message>
        <location filename="../report.py" line="72"/>
        <source>Roots of resistance</source>
        <translation>Bronnen van de weerstand</translation>
    </message>
    <message>
        <location filename="../report.py" line="73"/>
        <source>Trainer’s note</source>
        <translation>Trainer-notitie</translation>
    </message>
    <message>
        <location filename="../report.py" line="74"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../report.py" line="75"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../report.py" line="76"/>
        <source>Reply</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location filename="../report.py" line="77"/>
        <source>Need uncovered</source>
        <translation>Behoefte blootgelegd</translation>
    </message>
    <message>
        <location filename="../report.py" line="78"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../replay/history.py" line="109"/>
        <source>Progress over the sessions</source>
        <translation>Voortgang over de sessies</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="115"/>
        <source>{} finished sessions</source>
        <translation>{} afgeronde sessies</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="126"/>
        <source>Needs uncovered</source>
        <translation>Behoeften blootgelegd</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="128"/>
        <source>Slowing down</source>
        <translation>Vertragen</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="136"/>
        <source>Calm under tension</source>
        <translation>Rustig onder spanning</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="157"/>
        <source>Finish a session to see your progress here.</source>
        <translation>Rond een sessie af om hier je voortgang te zien.</translation>
    </message>
</context>
<context>
    <name>TurnPanel</name>
    <message>
        <location filename="../replay/turn_panel.py" line="55"/>
        <location filename="../replay/turn_panel.py" line="158"/>
        <source>The customer said</source>
        <translation>De klant zei</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="60"/>
        <source>The options on offer</source>
        <translation>De antwoorden om uit te kiezen</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="66"/>
        <source>The customer replied</source>
        <translation>De klant reageerde</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="71"/>
        <source>Meters</source>
        <translation>Meters</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="72"/>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="72"/>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="76"/>
        <source>Why the meters moved</source>
        <translation>Waarom de meters bewogen</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="82"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="88"/>
        <source>Inside the customer (hidden while playing)</source>
        <translation>Wat er in de klant omgaat (verborgen tijdens het spelen)</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="95"/>
        <source>Trainer’s note on this turn</source>
        <translation>Trainer-notitie bij deze beurt</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="120"/>
        <source>What should the trainee notice here?</source>
        <translation>Waar moet de deelnemer hier op letten?</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="122"/>
        <source>Pick a turn to add a note to it.</source>
        <translation>Kies een beurt om er een notitie bij te maken.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="128"/>
        <source>Start of the conversation</source>
        <translation>Begin van het gesprek</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="129"/>
        <source>The customer is {}.</source>
        <translation>De klant is {}.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="130"/>
        <source>The situation</source>
        <translation>De situatie</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="149"/>
        <source>Turn {} of {}</source>
        <translation>Beurt {} van {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="152"/>
        <source>The customer went from {} to {}.</source>
        <translation>De klant ging van {} naar {}.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="157"/>
        <source>The customer stayed {}.</source>
        <translation>De klant bleef {}.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="183"/>
        <source>trust {}, tension {}</source>
        <translation>vertrouwen {}, spanning {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="188"/>
        <source>Need uncovered: {}</source>
        <translation>Behoefte blootgelegd: {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="193"/>
        <source>How it ended: {}</source>
        <translation>Zo liep het af: {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="205"/>
        <source>✓ chosen – {}</source>
        <translation>✓ gekozen – {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="215"/>
        <source>Resistance comes from: {}</source>
        <translation>De weerstand komt voort uit: {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="219"/>
        <source>✓ {} – uncovered at turn {}</source>
        <translation>✓ {} – blootgelegd in beurt {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="222"/>
        <source>○ {} – not uncovered yet</source>
        <translation>○ {} – nog niet blootgelegd</translation>
    </message>
</context>
</TS>
