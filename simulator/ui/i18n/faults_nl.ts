<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>PracticeScreen</name>
    <message>
        <source>Not saved — retrying after your next answer</source>
        <translation>Niet opgeslagen — nieuwe poging na je volgende antwoord</translation>
    </message>
    <message>
        <source>The last turns could not be saved; every answer tries again until saving works.</source>
        <translation>De laatste beurten zijn niet opgeslagen; elk antwoord probeert het opnieuw tot opslaan weer lukt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This session could not be saved in {0}. You can go on playing: the program tries again after every answer, and the top of the window says so until saving works again.

{1}</source>
        <translation>Deze sessie kon niet worden opgeslagen in {0}. Je kunt gewoon doorspelen: het programma probeert het na elk antwoord opnieuw, en bovenin het venster staat dat het niet is opgeslagen tot het weer lukt.

{1}</translation>
    </message>
    <message>
        <source>The last turns of this session could not be saved in {0}, so they are not kept.

{1}</source>
        <translation>De laatste beurten van deze sessie konden niet worden opgeslagen in {0} en worden dus niet bewaard.

{1}</translation>
    </message>
    <message>
        <source>(it could not be moved)</source>
        <translation>(het kon niet worden verplaatst)</translation>
    </message>
    <message>
        <source>The settings file {0} is far larger than settings ever are, so it was not read. It was kept as {1}. The program starts with its default settings.</source>
        <translation>Het instellingenbestand {0} is veel groter dan instellingen ooit zijn en is daarom niet gelezen. Het is bewaard als {1}. Het programma start met de standaardinstellingen.</translation>
    </message>
    <message>
        <source>The settings file {0} is damaged and could not be read. It was kept as {1}. The program starts with its default settings.</source>
        <translation>Het instellingenbestand {0} is beschadigd en kon niet worden gelezen. Het is bewaard als {1}. Het programma start met de standaardinstellingen.</translation>
    </message>
    <message>
        <source>Settings were reset</source>
        <translation>Instellingen teruggezet</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Writing the report to {}…</source>
        <translation>Het verslag wordt geschreven naar {}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Verslag exporteren</translation>
    </message>
    <message>
        <source>Writing the report: page {} of {}…</source>
        <translation>Verslag schrijven: pagina {} van {}…</translation>
    </message>
    <message>
        <source>Export cancelled; {} was not changed.</source>
        <translation>Exporteren geannuleerd; {} is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Het verslag kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The report could not be written; any earlier file of that name is unchanged.

{}</source>
        <translation>Het verslag kon niet worden geschreven; een eerder bestand met die naam is niet gewijzigd.

{}</translation>
    </message>
    <message>
        <source>This session is open in another window of the program, so it is shown read-only here: notes cannot be changed.</source>
        <translation>Deze sessie is geopend in een ander venster van het programma en wordt hier alleen getoond: notities kun je hier niet wijzigen.</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Kopie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>The copy could not be saved in {}:
{}</source>
        <translation>De kopie kon niet worden opgeslagen in {}:
{}</translation>
    </message>
    <message>
        <source>A note holds at most {} characters; the text beyond that was not added.</source>
        <translation>Een notitie bevat hoogstens {} tekens; de tekst daarna is niet toegevoegd.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>process {0} on {1}</source>
        <translation>proces {0} op {1}</translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation>Sessie is al geopend</translation>
    </message>
    <message>
        <source>This session is open in another window of the program{0}:
{1}

If both went on with it, one would save over the other's turns. You can look at it read-only, or continue in a copy of your own.</source>
        <translation>Deze sessie is geopend in een ander venster van het programma{0}:
{1}

Als jullie allebei verdergaan, overschrijft de een de beurten van de ander. Je kunt haar alleen bekijken, of verdergaan in een eigen kopie.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen bekijken</translation>
    </message>
    <message>
        <source>Continue in a copy</source>
        <translation>Verder in een kopie</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>{}: cannot save: {}. You can go on playing; every next move tries again to save this try.</source>
        <translation>{}: kan niet opslaan: {}. Je kunt doorspelen; bij elke volgende zet proberen we deze poging opnieuw op te slaan.</translation>
    </message>
    <message>
        <source>Not saved — retrying after your next move</source>
        <translation>Niet opgeslagen — nieuwe poging na je volgende zet</translation>
    </message>
</context>
</TS>
