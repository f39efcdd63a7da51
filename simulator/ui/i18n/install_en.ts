<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>The program ran into an unexpected problem. Your sessions are saved after every turn, so nothing you played is lost.

The details are in this file; please send it with a short description of what you were doing:
{0}</source>
            <translation>The program ran into an unexpected problem. Your sessions are saved after every turn, so nothing you played is lost.

The details are in this file; please send it with a short description of what you were doing:
{0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Import scenario…</source>
            <translation>&amp;Import scenario…</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <source>Cannot open the data folder</source>
            <translation>Cannot open the data folder</translation>
        </message>
        <message>
            <source>Import a scenario</source>
            <translation>Import a scenario</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>Open the &amp;data folder</translation>
        </message>
        <message>
            <source>Scenario imported</source>
            <translation>Scenario imported</translation>
        </message>
        <message>
            <source>Scenario not imported</source>
            <translation>Scenario not imported</translation>
        </message>
        <message>
            <source>Scenarios and packs (*.yaml *.yml *.zip)</source>
            <translation>Scenarios and packs (*.yaml *.yml *.zip)</translation>
        </message>
        <message>
            <source>Sh&amp;ared scenario folders…</source>
            <translation>Sh&amp;ared scenario folders…</translation>
        </message>
        <message>
            <source>The data folder</source>
            <translation>The data folder</translation>
        </message>
        <message>
            <source>The data folder is {0}</source>
            <translation>The data folder is {0}</translation>
        </message>
        <message>
            <source>{0} could not be imported: {1}</source>
            <translation>{0} could not be imported: {1}</translation>
        </message>
        <message>
            <source>{0} is now in your own scenarios, in {1}.</source>
            <translation>{0} is now in your own scenarios, in {1}.</translation>
        </message>
        <message>
            <source>{0} was not imported; nothing was changed.

{1}</source>
            <translation>{0} was not imported; nothing was changed.

{1}</translation>
        </message>
        <message>
            <source>… and {0} more (see the details)</source>
            <translation>… and {0} more (see the details)</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Choose a scenario in the library and start the conversation. The customer resists; answer with one of the options. Slowing down, listening and looking for the need underneath builds trust; pushing with arguments, rebuttals or pressure breaks it. Every turn is saved at once; if the program closes mid-conversation, the next start offers to continue.</source>
            <translation>Choose a scenario in the library and start the conversation. The customer resists; answer with one of the options. Slowing down, listening and looking for the need underneath builds trust; pushing with arguments, rebuttals or pressure breaks it. Every turn is saved at once; if the program closes mid-conversation, the next start offers to continue.</translation>
        </message>
        <message>
            <source>Classroom mode</source>
            <translation>Classroom mode</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Feedback modes</source>
            <translation>Feedback modes</translation>
        </message>
        <message>
            <source>File &gt; Import scenario… (or dropping a .yaml or .zip file on the window) checks a scenario and copies it, with its pictures, into your own scenarios. A scenario with a problem is not imported; the message names every problem with its line. To hand a scenario to another trainer, make a pack on the command line: simulator export-pack ID --out pack.zip. The library marks each scenario as bundled, your own, or from a shared folder.</source>
            <translation>File &gt; Import scenario… (or dropping a .yaml or .zip file on the window) checks a scenario and copies it, with its pictures, into your own scenarios. A scenario with a problem is not imported; the message names every problem with its line. To hand a scenario to another trainer, make a pack on the command line: simulator export-pack ID --out pack.zip. The library marks each scenario as bundled, your own, or from a shared folder.</translation>
        </message>
        <message>
            <source>File &gt; Shared scenario folders… adds folders, such as a USB stick or a network drive, whose scenarios the library shows without importing them.</source>
            <translation>File &gt; Shared scenario folders… adds folders, such as a USB stick or a network drive, whose scenarios the library shows without importing them.</translation>
        </message>
        <message>
            <source>Help &gt; Open the data folder shows it in the file manager. Set SIMULATOR_DATA_DIR to keep everything in another folder, for example on a USB stick.</source>
            <translation>Help &gt; Open the data folder shows it in the file manager. Set SIMULATOR_DATA_DIR to keep everything in another folder, for example on a USB stick.</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Open a saved session with File &gt; Open session, from the history, or by dropping the file on the window. Step through the turns with the arrow keys, add notes, try another option from any turn and export a report.</source>
            <translation>Open a saved session with File &gt; Open session, from the history, or by dropping the file on the window. Step through the turns with the arrow keys, add notes, try another option from any turn and export a report.</translation>
        </message>
        <message>
            <source>Practising</source>
            <translation>Practising</translation>
        </message>
        <message>
            <source>Replaying a session</source>
            <translation>Replaying a session</translation>
        </message>
        <message>
            <source>Saved sessions</source>
            <translation>Saved sessions</translation>
        </message>
        <message>
            <source>Where the files are</source>
            <translation>Where the files are</translation>
        </message>
        <message>
            <source>Your own scenarios</source>
            <translation>Your own scenarios</translation>
        </message>
        <message>
            <source>back to the library (a new practice)</source>
            <translation>back to the library (a new practice)</translation>
        </message>
        <message>
            <source>choose an option</source>
            <translation>choose an option</translation>
        </message>
        <message>
            <source>classroom mode</source>
            <translation>classroom mode</translation>
        </message>
        <message>
            <source>nothing shows until the debrief (for an assessment)</source>
            <translation>nothing shows until the debrief (for an assessment)</translation>
        </message>
        <message>
            <source>open a saved session</source>
            <translation>open a saved session</translation>
        </message>
        <message>
            <source>quit</source>
            <translation>quit</translation>
        </message>
        <message>
            <source>session history</source>
            <translation>session history</translation>
        </message>
        <message>
            <source>the meters move after every answer and say why</source>
            <translation>the meters move after every answer and say why</translation>
        </message>
        <message>
            <source>the meters move, without the reasons</source>
            <translation>the meters move, without the reasons</translation>
        </message>
        <message>
            <source>this manual</source>
            <translation>this manual</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCard</name>
        <message>
            <source>Bundled</source>
            <translation>Bundled</translation>
        </message>
        <message>
            <source>Shared: {0}</source>
            <translation>Shared: {0}</translation>
        </message>
        <message>
            <source>Your own</source>
            <translation>Your own</translation>
        </message>
    </context>
    <context>
        <name>SharedFoldersDialog</name>
        <message>
            <source>&amp;Add a folder…</source>
            <translation>&amp;Add a folder…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Choose a shared scenario folder</source>
            <translation>Choose a shared scenario folder</translation>
        </message>
        <message>
            <source>Shared scenario folders</source>
            <translation>Shared scenario folders</translation>
        </message>
        <message>
            <source>The library also shows the scenarios in these folders, for example on a USB stick or a network drive that several trainers use. A folder that is not there is skipped.</source>
            <translation>The library also shows the scenarios in these folders, for example on a USB stick or a network drive that several trainers use. A folder that is not there is skipped.</translation>
        </message>
    </context>
</TS>
