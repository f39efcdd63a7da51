<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <source>The program ran into an unexpected problem. Your sessions are saved after every turn, so nothing you played is lost.

The details are in this file; please send it with a short description of what you were doing:
{0}</source>
            <translation>Het programma liep tegen een onverwacht probleem aan. Je sessies worden na elke beurt bewaard, dus niets van wat je speelde is verloren.

De details staan in dit bestand; stuur het mee met een korte beschrijving van wat je aan het doen was:
{0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Import scenario…</source>
            <translation>Scenario &amp;importeren…</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>Cannot open the data folder</source>
            <translation>De gegevensmap kan niet worden geopend</translation>
        </message>
        <message>
            <source>Import a scenario</source>
            <translation>Een scenario importeren</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>&amp;Gegevensmap openen</translation>
        </message>
        <message>
            <source>Scenario imported</source>
            <translation>Scenario geïmporteerd</translation>
        </message>
        <message>
            <source>Scenario not imported</source>
            <translation>Scenario niet geïmporteerd</translation>
        </message>
        <message>
            <source>Scenarios and packs (*.yaml *.yml *.zip)</source>
            <translation>Scenario's en pakketten (*.yaml *.yml *.zip)</translation>
        </message>
        <message>
            <source>Sh&amp;ared scenario folders…</source>
            <translation>Gedeelde &amp;scenariomappen…</translation>
        </message>
        <message>
            <source>The data folder</source>
            <translation>De gegevensmap</translation>
        </message>
        <message>
            <source>The data folder is {0}</source>
            <translation>De gegevensmap is {0}</translation>
        </message>
        <message>
            <source>{0} could not be imported: {1}</source>
            <translation>{0} kon niet worden geïmporteerd: {1}</translation>
        </message>
        <message>
            <source>{0} is now in your own scenarios, in {1}.</source>
            <translation>{0} staat nu bij je eigen scenario's, in {1}.</translation>
        </message>
        <message>
            <source>{0} was not imported; nothing was changed.

{1}</source>
            <translation>{0} is niet geïmporteerd; er is niets veranderd.

{1}</translation>
        </message>
        <message>
            <source>… and {0} more (see the details)</source>
            <translation>… en nog {0} (zie de details)</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Choose a scenario in the library and start the conversation. The customer resists; answer with one of the options. Slowing down, listening and looking for the need underneath builds trust; pushing with arguments, rebuttals or pressure breaks it. Every turn is saved at once; if the program closes mid-conversation, the next start offers to continue.</source>
            <translation>Kies een scenario in de bibliotheek en begin het gesprek. De klant biedt weerstand; je antwoordt met een van de opties. Vertragen, luisteren en zoeken naar de behoefte eronder bouwt vertrouwen op; doordrukken met argumenten, weerleggingen of druk breekt het af. Elke beurt wordt meteen bewaard; sluit het programma midden in een gesprek, dan biedt de volgende start aan om verder te gaan.</translation>
        </message>
        <message>
            <source>Classroom mode</source>
            <translation>Klasmodus</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Gegevensmap</translation>
        </message>
        <message>
            <source>Feedback modes</source>
            <translation>Soorten feedback</translation>
        </message>
        <message>
            <source>File &gt; Import scenario… (or dropping a .yaml or .zip file on the window) checks a scenario and copies it, with its pictures, into your own scenarios. A scenario with a problem is not imported; the message names every problem with its line. To hand a scenario to another trainer, make a pack on the command line: simulator export-pack ID --out pack.zip. The library marks each scenario as bundled, your own, or from a shared folder.</source>
            <translation>Bestand &gt; Scenario importeren… (of een .yaml- of .zip-bestand op het venster slepen) controleert een scenario en kopieert het, met de afbeeldingen, naar je eigen scenario's. Een scenario met een probleem wordt niet geïmporteerd; de melding noemt elk probleem met de regel waarop het staat. Wil je een scenario doorgeven aan een andere trainer, maak dan een pakket op de opdrachtregel: simulator export-pack ID --out pakket.zip. De bibliotheek laat bij elk scenario zien of het meegeleverd is, van jezelf is of uit een gedeelde map komt.</translation>
        </message>
        <message>
            <source>File &gt; Shared scenario folders… adds folders, such as a USB stick or a network drive, whose scenarios the library shows without importing them.</source>
            <translation>Bestand &gt; Gedeelde scenariomappen… voegt mappen toe, zoals een USB-stick of een netwerkschijf, waarvan de bibliotheek de scenario's toont zonder ze te importeren.</translation>
        </message>
        <message>
            <source>Help &gt; Open the data folder shows it in the file manager. Set SIMULATOR_DATA_DIR to keep everything in another folder, for example on a USB stick.</source>
            <translation>Help &gt; Gegevensmap openen toont de map in de bestandsbeheerder. Zet SIMULATOR_DATA_DIR om alles in een andere map te bewaren, bijvoorbeeld op een USB-stick.</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Logbestand</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <source>Open a saved session with File &gt; Open session, from the history, or by dropping the file on the window. Step through the turns with the arrow keys, add notes, try another option from any turn and export a report.</source>
            <translation>Open een bewaarde sessie via Bestand &gt; Sessie openen, vanuit de geschiedenis of door het bestand op het venster te slepen. Loop met de pijltjestoetsen door de beurten, voeg notities toe, probeer vanaf elke beurt een andere optie en exporteer een verslag.</translation>
        </message>
        <message>
            <source>Practising</source>
            <translation>Oefenen</translation>
        </message>
        <message>
            <source>Replaying a session</source>
            <translation>Een sessie terugkijken</translation>
        </message>
        <message>
            <source>Saved sessions</source>
            <translation>Bewaarde sessies</translation>
        </message>
        <message>
            <source>Where the files are</source>
            <translation>Waar de bestanden staan</translation>
        </message>
        <message>
            <source>Your own scenarios</source>
            <translation>Je eigen scenario's</translation>
        </message>
        <message>
            <source>back to the library (a new practice)</source>
            <translation>terug naar de bibliotheek (nieuwe oefening)</translation>
        </message>
        <message>
            <source>choose an option</source>
            <translation>een optie kiezen</translation>
        </message>
        <message>
            <source>classroom mode</source>
            <translation>klasmodus</translation>
        </message>
        <message>
            <source>nothing shows until the debrief (for an assessment)</source>
            <translation>niets is zichtbaar tot de nabespreking (voor een beoordeling)</translation>
        </message>
        <message>
            <source>open a saved session</source>
            <translation>een bewaarde sessie openen</translation>
        </message>
        <message>
            <source>quit</source>
            <translation>afsluiten</translation>
        </message>
        <message>
            <source>session history</source>
            <translation>sessiegeschiedenis</translation>
        </message>
        <message>
            <source>the meters move after every answer and say why</source>
            <translation>de meters bewegen na elk antwoord en zeggen waarom</translation>
        </message>
        <message>
            <source>the meters move, without the reasons</source>
            <translation>de meters bewegen, zonder de redenen</translation>
        </message>
        <message>
            <source>this manual</source>
            <translation>deze handleiding</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCard</name>
        <message>
            <source>Bundled</source>
            <translation>Meegeleverd</translation>
        </message>
        <message>
            <source>Shared: {0}</source>
            <translation>Gedeeld: {0}</translation>
        </message>
        <message>
            <source>Your own</source>
            <translation>Eigen</translation>
        </message>
    </context>
    <context>
        <name>SharedFoldersDialog</name>
        <message>
            <source>&amp;Add a folder…</source>
            <translation>Map &amp;toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Choose a shared scenario folder</source>
            <translation>Kies een gedeelde scenariomap</translation>
        </message>
        <message>
            <source>Shared scenario folders</source>
            <translation>Gedeelde scenariomappen</translation>
        </message>
        <message>
            <source>The library also shows the scenarios in these folders, for example on a USB stick or a network drive that several trainers use. A folder that is not there is skipped.</source>
            <translation>De bibliotheek toont ook de scenario's in deze mappen, bijvoorbeeld op een USB-stick of een netwerkschijf die meer trainers gebruiken. Een map die er niet is, wordt overgeslagen.</translation>
        </message>
    </context>
</TS>
