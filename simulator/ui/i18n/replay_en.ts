<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../replay/history.py" line="184"/>
        <source>Your sessions</source>
        <translation>Your sessions</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="189"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="192"/>
        <source>Open replay</source>
        <translation>Open replay</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="205"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="206"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="207"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="208"/>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="209"/>
        <source>Needs uncovered</source>
        <translation>Needs uncovered</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="210"/>
        <source>Slowing down</source>
        <translation>Slowing down</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="211"/>
        <source>Calm under tension</source>
        <translation>Calm under tension</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="224"/>
        <source>No saved sessions yet. Sessions you play are saved here.</source>
        <translation>No saved sessions yet. Sessions you play are saved here.</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="227"/>
        <source>Progress (finished sessions, oldest to newest)</source>
        <translation>Progress (finished sessions, oldest to newest)</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="248"/>
        <source>All scenarios</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="282"/>
        <source>damaged file</source>
        <translation>damaged file</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="286"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="291"/>
        <source>{} (a try)</source>
        <translation>{} (a try)</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../replay/live.py" line="96"/>
        <source>New try from turn {}</source>
        <translation>New try from turn {}</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="97"/>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="99"/>
        <source>Take back the last move of this try</source>
        <translation>Take back the last move of this try</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="101"/>
        <source>Close this try</source>
        <translation>Close this try</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="109"/>
        <source>You start the conversation afresh.</source>
        <translation>You start the conversation afresh.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="111"/>
        <source>The first turn is replayed as it was played; from here the conversation is yours.</source>
        <translation>The first turn is replayed as it was played; from here the conversation is yours.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="114"/>
        <source>The first {} turns are replayed as they were played; from here the conversation is yours.</source>
        <translation>The first {} turns are replayed as they were played; from here the conversation is yours.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="116"/>
        <source>This try is saved as a new session linked to the original.</source>
        <translation>This try is saved as a new session linked to the original.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="120"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="120"/>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="147"/>
        <source>Replay this try</source>
        <translation>Replay this try</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="166"/>
        <source>Cannot play this option</source>
        <translation>Cannot play this option</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="178"/>
        <source>Cannot save the try</source>
        <translation>Cannot save the try</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="179"/>
        <source>{}: cannot save: {}. You can go on playing; this try will not be kept.</source>
        <translation>{}: cannot save: {}. You can go on playing; this try will not be kept.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="188"/>
        <source>Cannot take back</source>
        <translation>Cannot take back</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="215"/>
        <source>Last move: trust {}, tension {}. {}</source>
        <translation>Last move: trust {}, tension {}. {}</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="224"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="225"/>
        <source>Choose what you say next.</source>
        <translation>Choose what you say next.</translation>
    </message>
    <message>
        <location filename="../replay/live.py" line="238"/>
        <source>The conversation ended – {}. {}</source>
        <translation>The conversation ended – {}. {}</translation>
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
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="35"/>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="36"/>
        <source>Markdown text (*.md)</source>
        <translation>Markdown text (*.md)</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="39"/>
        <source>Export debrief report</source>
        <translation>Export debrief report</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="54"/>
        <source>Open a saved session</source>
        <translation>Open a saved session</translation>
    </message>
    <message>
        <location filename="../replay/dialogs.py" line="56"/>
        <source>Session files (*.json);;All files (*)</source>
        <translation>Session files (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../replay/window.py" line="114"/>
        <location filename="../replay/window.py" line="235"/>
        <location filename="../replay/window.py" line="302"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="115"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="116"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="117"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="123"/>
        <source>Try another option here…</source>
        <translation>Try another option here…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="125"/>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="127"/>
        <source>Go to the start (Home)</source>
        <translation>Go to the start (Home)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="128"/>
        <source>One turn back (Left arrow)</source>
        <translation>One turn back (Left arrow)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="129"/>
        <source>One turn forward (Right arrow)</source>
        <translation>One turn forward (Right arrow)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="130"/>
        <source>Go to the last turn (End)</source>
        <translation>Go to the last turn (End)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="157"/>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="162"/>
        <source>Note on the whole session</source>
        <translation>Note on the whole session</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="166"/>
        <source>What went well, what to practise next…</source>
        <translation>What went well, what to practise next…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="183"/>
        <source>The conversation so far</source>
        <translation>The conversation so far</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="198"/>
        <source>This turn</source>
        <translation>This turn</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="219"/>
        <source>&amp;Replay</source>
        <translation>&amp;Replay</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="230"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="231"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="232"/>
        <source>&amp;Save notes</source>
        <translation>&amp;Save notes</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="234"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="236"/>
        <source>Back one turn</source>
        <translation>Back one turn</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="237"/>
        <source>Forward one turn</source>
        <translation>Forward one turn</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="238"/>
        <source>Last turn</source>
        <translation>Last turn</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="240"/>
        <source>Try another option here</source>
        <translation>Try another option here</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="257"/>
        <source>unsaved session</source>
        <translation>unsaved session</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="258"/>
        <source>Replay: {} – {}</source>
        <translation>Replay: {} – {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="259"/>
        <source>Replay: {}</source>
        <translation>Replay: {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="262"/>
        <source>played {}</source>
        <translation>played {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="263"/>
        <source>{} turns</source>
        <translation>{} turns</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="264"/>
        <source>outcome: {}</source>
        <translation>outcome: {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="269"/>
        <source>a try branched from another session at turn {}</source>
        <translation>a try branched from another session at turn {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="275"/>
        <source>The scenario has changed since this session was played. This replay follows the version that was played, stored in the session file.</source>
        <translation>The scenario has changed since this session was played. This replay follows the version that was played, stored in the session file.</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="295"/>
        <source>Opened {}</source>
        <translation>Opened {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="310"/>
        <source>{}. {}  (trust {})</source>
        <translation>{}. {}  (trust {})</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="337"/>
        <source>Start ({} turns)</source>
        <translation>Start ({} turns)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="337"/>
        <source>Turn {} of {}</source>
        <translation>Turn {} of {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="344"/>
        <source>Try another option at turn {}…</source>
        <translation>Try another option at turn {}…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="369"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="376"/>
        <source>The conversation ended – {}. {}</source>
        <translation>The conversation ended – {}. {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="379"/>
        <source>The conversation starts here.</source>
        <translation>The conversation starts here.</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="398"/>
        <source>Notes are kept with this replay; the session has no file to save them in.</source>
        <translation>Notes are kept with this replay; the session has no file to save them in.</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="400"/>
        <source>Unsaved note…</source>
        <translation>Unsaved note…</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="419"/>
        <source>Cannot save the notes</source>
        <translation>Cannot save the notes</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="420"/>
        <source>The notes could not be saved in {}:
{}</source>
        <translation>The notes could not be saved in {}:
{}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="424"/>
        <source>Notes saved in {}</source>
        <translation>Notes saved in {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="442"/>
        <source>Cannot try another option</source>
        <translation>Cannot try another option</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="452"/>
        <source>New try from turn {}</source>
        <translation>New try from turn {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="469"/>
        <source>New try (trust)</source>
        <translation>New try (trust)</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="501"/>
        <source>Cannot export the report</source>
        <translation>Cannot export the report</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="503"/>
        <source>Report saved as {}</source>
        <translation>Report saved as {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="548"/>
        <source>unexpected problem: {}</source>
        <translation>unexpected problem: {}</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="551"/>
        <source>Cannot open the session</source>
        <translation>Cannot open the session</translation>
    </message>
    <message>
        <location filename="../replay/window.py" line="552"/>
        <source>The session file {} cannot be opened:
{}</source>
        <translation>The session file {} cannot be opened:
{}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../report.py" line="117"/>
        <source>Trust {} → {} ({}), tension {} → {} ({})</source>
        <translation>Trust {} → {} ({}), tension {} → {} ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="158"/>
        <source>The scenario has changed since this session was played; this report follows the version that was played.</source>
        <translation>The scenario has changed since this session was played; this report follows the version that was played.</translation>
    </message>
    <message>
        <location filename="../report.py" line="166"/>
        <source>This session continues another session (id {}) from its turn {}.</source>
        <translation>This session continues another session (id {}) from its turn {}.</translation>
    </message>
    <message>
        <location filename="../report.py" line="176"/>
        <source>biggest rise of trust</source>
        <translation>biggest rise of trust</translation>
    </message>
    <message>
        <location filename="../report.py" line="178"/>
        <source>biggest fall of trust</source>
        <translation>biggest fall of trust</translation>
    </message>
    <message>
        <location filename="../report.py" line="211"/>
        <source>{} ({} of the mix)</source>
        <translation>{} ({} of the mix)</translation>
    </message>
    <message>
        <location filename="../report.py" line="228"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../report.py" line="229"/>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <location filename="../report.py" line="231"/>
        <source>Needs uncovered</source>
        <translation>Needs uncovered</translation>
    </message>
    <message>
        <location filename="../report.py" line="232"/>
        <source>{} of {}</source>
        <translation>{} of {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="236"/>
        <source>Moves by family</source>
        <translation>Moves by family</translation>
    </message>
    <message>
        <location filename="../report.py" line="237"/>
        <source>{} slowing down, {} advancing, {} pushing</source>
        <translation>{} slowing down, {} advancing, {} pushing</translation>
    </message>
    <message>
        <location filename="../report.py" line="240"/>
        <source>Slowing down vs pushing</source>
        <translation>Slowing down vs pushing</translation>
    </message>
    <message>
        <location filename="../report.py" line="241"/>
        <source>{} of the slowing and pushing moves slowed down</source>
        <translation>{} of the slowing and pushing moves slowed down</translation>
    </message>
    <message>
        <location filename="../report.py" line="247"/>
        <source>{:.1f} reflections per question ({})</source>
        <translation>{:.1f} reflections per question ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="251"/>
        <source>reflections: {}, questions: none ({})</source>
        <translation>reflections: {}, questions: none ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="254"/>
        <source>Reflections per question (MITI analogue)</source>
        <translation>Reflections per question (MITI analogue)</translation>
    </message>
    <message>
        <location filename="../report.py" line="256"/>
        <source>{} of {} moves made under high tension slowed down</source>
        <translation>{} of {} moves made under high tension slowed down</translation>
    </message>
    <message>
        <location filename="../report.py" line="260"/>
        <source>– (tension never ran high)</source>
        <translation>– (tension never ran high)</translation>
    </message>
    <message>
        <location filename="../report.py" line="261"/>
        <source>Calm under tension</source>
        <translation>Calm under tension</translation>
    </message>
    <message>
        <location filename="../report.py" line="263"/>
        <source>Biggest rise of trust</source>
        <translation>Biggest rise of trust</translation>
    </message>
    <message>
        <location filename="../report.py" line="264"/>
        <source>Biggest fall of trust</source>
        <translation>Biggest fall of trust</translation>
    </message>
    <message>
        <location filename="../report.py" line="270"/>
        <source>turn {}: {} ({})</source>
        <translation>turn {}: {} ({})</translation>
    </message>
    <message>
        <location filename="../report.py" line="278"/>
        <source>Mean time to answer</source>
        <translation>Mean time to answer</translation>
    </message>
    <message>
        <location filename="../report.py" line="279"/>
        <source>{:.1f} s</source>
        <translation>{:.1f} s</translation>
    </message>
    <message>
        <location filename="../report.py" line="287"/>
        <source>MITI-style figures are analogues: MITI codes counselling conversations and is not validated for sales.</source>
        <translation>MITI-style figures are analogues: MITI codes counselling conversations and is not validated for sales.</translation>
    </message>
    <message>
        <location filename="../report.py" line="302"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../report.py" line="306"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../report.py" line="307"/>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../report.py" line="346"/>
        <location filename="../report.py" line="519"/>
        <source>Debrief: {}</source>
        <translation>Debrief: {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="367"/>
        <source>Trust and tension over the turns</source>
        <translation>Trust and tension over the turns</translation>
    </message>
    <message>
        <location filename="../report.py" line="373"/>
        <location filename="../report.py" line="473"/>
        <source>uncovered</source>
        <translation>uncovered</translation>
    </message>
    <message>
        <location filename="../report.py" line="373"/>
        <location filename="../report.py" line="473"/>
        <source>not uncovered</source>
        <translation>not uncovered</translation>
    </message>
    <message>
        <location filename="../report.py" line="386"/>
        <location filename="../report.py" line="482"/>
        <source>Turn {}</source>
        <translation>Turn {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="391"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../report.py" line="395"/>
        <location filename="../report.py" line="493"/>
        <source>state {} → {}</source>
        <translation>state {} → {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="397"/>
        <location filename="../report.py" line="495"/>
        <source>state {}</source>
        <translation>state {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="418"/>
        <source>trust {}, tension {}</source>
        <translation>trust {}, tension {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="444"/>
        <source>Played {}</source>
        <translation>Played {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="480"/>
        <source>No turns were played.</source>
        <translation>No turns were played.</translation>
    </message>
    <message>
        <location filename="../report.py" line="541"/>
        <source>cannot start the PDF writer</source>
        <translation>cannot start the PDF writer</translation>
    </message>
    <message>
        <location filename="../report.py" line="556"/>
        <source>{} – page {} of {}</source>
        <translation>{} – page {} of {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="602"/>
        <location filename="../report.py" line="605"/>
        <source>{}: cannot write the file: {}</source>
        <translation>{}: cannot write the file: {}</translation>
    </message>
    <message>
        <location filename="../report.py" line="618"/>
        <source>{}: unknown report format &apos;{}&apos;; use a file name ending in .pdf, .html or .md</source>
        <translation>{}: unknown report format &apos;{}&apos;; use a file name ending in .pdf, .html or .md</translation>
    </message>
    <message>
        <location filename="../report.py" line="619"/>
        <source>(no suffix)</source>
        <translation>(no suffix)</translation>
    </message>
    <message>
        <location filename="../report.py" line="664"/>
        <source>{}: the report would overwrite the session file</source>
        <translation>{}: the report would overwrite the session file</translation>
    </message>
    <message>
        <location filename="../report.py" line="67"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../report.py" line="68"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../report.py" line="69"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../report.py" line="70"/>
        <source>Trust and tension</source>
        <translation>Trust and tension</translation>
    </message>
    <message>
        <location filename="../report.py" line="71"/>
        <source>Inside the customer</source>
        <translation>Inside the customer</translation>
    </message>
    <message>
        <location filename="../report.py" line="72"/>
        <source>Roots of resistance</source>
        <translation>Roots of resistance</translation>
    </message>
    <message>
        <location filename="../report.py" line="73"/>
        <source>Trainer’s note</source>
        <translation>Trainer’s note</translation>
    </message>
    <message>
        <location filename="../report.py" line="74"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../report.py" line="75"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../report.py" line="76"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../report.py" line="77"/>
        <source>Need uncovered</source>
        <translation>Need uncovered</translation>
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
        <translation>Progress over the sessions</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="115"/>
        <source>{} finished sessions</source>
        <translation>{} finished sessions</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="126"/>
        <source>Needs uncovered</source>
        <translation>Needs uncovered</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="128"/>
        <source>Slowing down</source>
        <translation>Slowing down</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="136"/>
        <source>Calm under tension</source>
        <translation>Calm under tension</translation>
    </message>
    <message>
        <location filename="../replay/history.py" line="157"/>
        <source>Finish a session to see your progress here.</source>
        <translation>Finish a session to see your progress here.</translation>
    </message>
</context>
<context>
    <name>TurnPanel</name>
    <message>
        <location filename="../replay/turn_panel.py" line="55"/>
        <location filename="../replay/turn_panel.py" line="158"/>
        <source>The customer said</source>
        <translation>The customer said</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="60"/>
        <source>The options on offer</source>
        <translation>The options on offer</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="66"/>
        <source>The customer replied</source>
        <translation>The customer replied</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="71"/>
        <source>Meters</source>
        <translation>Meters</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="72"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="72"/>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="76"/>
        <source>Why the meters moved</source>
        <translation>Why the meters moved</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="82"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="88"/>
        <source>Inside the customer (hidden while playing)</source>
        <translation>Inside the customer (hidden while playing)</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="95"/>
        <source>Trainer’s note on this turn</source>
        <translation>Trainer’s note on this turn</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="120"/>
        <source>What should the trainee notice here?</source>
        <translation>What should the trainee notice here?</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="122"/>
        <source>Pick a turn to add a note to it.</source>
        <translation>Pick a turn to add a note to it.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="128"/>
        <source>Start of the conversation</source>
        <translation>Start of the conversation</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="129"/>
        <source>The customer is {}.</source>
        <translation>The customer is {}.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="130"/>
        <source>The situation</source>
        <translation>The situation</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="149"/>
        <source>Turn {} of {}</source>
        <translation>Turn {} of {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="152"/>
        <source>The customer went from {} to {}.</source>
        <translation>The customer went from {} to {}.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="157"/>
        <source>The customer stayed {}.</source>
        <translation>The customer stayed {}.</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="183"/>
        <source>trust {}, tension {}</source>
        <translation>trust {}, tension {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="188"/>
        <source>Need uncovered: {}</source>
        <translation>Need uncovered: {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="193"/>
        <source>How it ended: {}</source>
        <translation>How it ended: {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="205"/>
        <source>✓ chosen – {}</source>
        <translation>✓ chosen – {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="215"/>
        <source>Resistance comes from: {}</source>
        <translation>Resistance comes from: {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="219"/>
        <source>✓ {} – uncovered at turn {}</source>
        <translation>✓ {} – uncovered at turn {}</translation>
    </message>
    <message>
        <location filename="../replay/turn_panel.py" line="222"/>
        <source>○ {} – not uncovered yet</source>
        <translation>○ {} – not uncovered yet</translation>
    </message>
</context>
</TS>
