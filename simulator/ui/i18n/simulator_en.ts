<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BrokenCard</name>
        <message>
            <source>This scenario could not be loaded</source>
            <translation>This scenario could not be loaded</translation>
        </message>
        <message>
            <source>Show the problems</source>
            <translation>Show the problems</translation>
        </message>
        <message>
            <source>Show the problems in {0}</source>
            <translation>Show the problems in {0}</translation>
        </message>
    </context>
    <context>
        <name>CurvesWidget</name>
        <message>
            <source>No turns played yet</source>
            <translation>No turns played yet</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Turn</source>
            <translation>Turn</translation>
        </message>
        <message>
            <source>Level (0-100)</source>
            <translation>Level (0-100)</translation>
        </message>
        <message>
            <source>After turn {0}</source>
            <translation>After turn {0}</translation>
        </message>
        <message>
            <source>Trust {0}</source>
            <translation>Trust {0}</translation>
        </message>
        <message>
            <source>Tension {0}</source>
            <translation>Tension {0}</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Tension</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Compared</translation>
        </message>
        <message>
            <source>Turning point</source>
            <translation>Turning point</translation>
        </message>
        <message>
            <source>Trust and tension over the turns</source>
            <translation>Trust and tension over the turns</translation>
        </message>
        <message>
            <source>Trust: {0}.</source>
            <translation>Trust: {0}.</translation>
        </message>
        <message>
            <source>Tension: {0}.</source>
            <translation>Tension: {0}.</translation>
        </message>
        <message>
            <source>Turning points at turns {0}.</source>
            <translation>Turning points at turns {0}.</translation>
        </message>
        <message>
            <source>Selected: turn {0}.</source>
            <translation>Selected: turn {0}.</translation>
        </message>
    </context>
    <context>
        <name>CustomerPanel</name>
        <message>
            <source>{0} looks {1}: {2}</source>
            <translation>{0} looks {1}: {2}</translation>
        </message>
        <message>
            <source>Mood: {0}</source>
            <translation>Mood: {0}</translation>
        </message>
    </context>
    <context>
        <name>DebriefScreen</name>
        <message>
            <source>Notes, other options, report…</source>
            <translation>Notes, other options, report…</translation>
        </message>
        <message>
            <source>Debrief · {0}</source>
            <translation>Debrief · {0}</translation>
        </message>
        <message>
            <source>{0}, {1} at {2} · {3} turns</source>
            <translation>{0}, {1} at {2} · {3} turns</translation>
        </message>
        <message>
            <source>on average {0} s per answer</source>
            <translation>on average {0} s per answer</translation>
        </message>
        <message>
            <source>Owned next step</source>
            <translation>Owned next step</translation>
        </message>
        <message>
            <source>Hollow yes</source>
            <translation>Hollow yes</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>Ended early</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>No next step</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>No slowing or pushing</source>
            <translation>No slowing or pushing</translation>
        </message>
        <message>
            <source>Mostly slowing down</source>
            <translation>Mostly slowing down</translation>
        </message>
        <message>
            <source>More slowing than pushing</source>
            <translation>More slowing than pushing</translation>
        </message>
        <message>
            <source>More pushing than slowing</source>
            <translation>More pushing than slowing</translation>
        </message>
        <message>
            <source>Slowing down vs pushing</source>
            <translation>Slowing down vs pushing</translation>
        </message>
        <message>
            <source>{0} slowing down, {1} advancing, {2} pushing</source>
            <translation>{0} slowing down, {1} advancing, {2} pushing</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>None yet</translation>
        </message>
        <message>
            <source>Reflections per question (MITI analogue)</source>
            <translation>Reflections per question (MITI analogue)</translation>
        </message>
        <message>
            <source>{0} reflections, {1} questions</source>
            <translation>{0} reflections, {1} questions</translation>
        </message>
        <message>
            <source>Calm under tension</source>
            <translation>Calm under tension</translation>
        </message>
        <message>
            <source>Never tense</source>
            <translation>Never tense</translation>
        </message>
        <message>
            <source>Tension never ran high in this conversation.</source>
            <translation>Tension never ran high in this conversation.</translation>
        </message>
        <message>
            <source>Calm</source>
            <translation>Calm</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Mixed</translation>
        </message>
        <message>
            <source>Pushed back</source>
            <translation>Pushed back</translation>
        </message>
        <message>
            <source>{0} of {1} answers given under high tension slowed down.</source>
            <translation>{0} of {1} answers given under high tension slowed down.</translation>
        </message>
        <message>
            <source>All found</source>
            <translation>All found</translation>
        </message>
        <message>
            <source>Some found</source>
            <translation>Some found</translation>
        </message>
        <message>
            <source>None found</source>
            <translation>None found</translation>
        </message>
        <message>
            <source>Needs uncovered</source>
            <translation>Needs uncovered</translation>
        </message>
        <message>
            <source>Hidden needs that came to the surface.</source>
            <translation>Hidden needs that came to the surface.</translation>
        </message>
        <message>
            <source>{0} ({1}%)</source>
            <translation>{0} ({1}%)</translation>
        </message>
        <message>
            <source>uncovered in turn {0}</source>
            <translation>uncovered in turn {0}</translation>
        </message>
        <message>
            <source>not uncovered</source>
            <translation>not uncovered</translation>
        </message>
        <message>
            <source>Biggest rise in trust</source>
            <translation>Biggest rise in trust</translation>
        </message>
        <message>
            <source>Biggest fall in trust</source>
            <translation>Biggest fall in trust</translation>
        </message>
        <message>
            <source>{0}: turn {1}</source>
            <translation>{0}: turn {1}</translation>
        </message>
        <message>
            <source>You: {0}</source>
            <translation>You: {0}</translation>
        </message>
        <message>
            <source>Coach: {0}</source>
            <translation>Coach: {0}</translation>
        </message>
        <message>
            <source>Trust did not move up or down in this conversation.</source>
            <translation>Trust did not move up or down in this conversation.</translation>
        </message>
        <message>
            <source>No turns were played.</source>
            <translation>No turns were played.</translation>
        </message>
        <message>
            <source>Turn {0} · {1} ({2})</source>
            <translation>Turn {0} · {1} ({2})</translation>
        </message>
        <message>
            <source>Trust ±0</source>
            <translation>Trust ±0</translation>
        </message>
        <message>
            <source>Tension ±0</source>
            <translation>Tension ±0</translation>
        </message>
        <message>
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <source>Turn {0} of {1}</source>
            <translation>Turn {0} of {1}</translation>
        </message>
        <message>
            <source>{0} ({1}) · trust {2} → {3} · tension {4} → {5}</source>
            <translation>{0} ({1}) · trust {2} → {3} · tension {4} → {5}</translation>
        </message>
        <message>
            <source>Replay turn by turn</source>
            <translation>Replay turn by turn</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Back to library</source>
            <translation>Back to library</translation>
        </message>
        <message>
            <source>Trust and tension, turn by turn</source>
            <translation>Trust and tension, turn by turn</translation>
        </message>
        <message>
            <source>Click a turn, or use the arrow keys on the chart, to see it below.</source>
            <translation>Click a turn, or use the arrow keys on the chart, to see it below.</translation>
        </message>
        <message>
            <source>Reflections per question is an analogue of a MITI 4.2.1 summary score (at least 1 per question is fair, 2 or more is good). MITI was validated for counselling conversations, not for sales, so read it as a pointer, not a grade.</source>
            <translation>Reflections per question is an analogue of a MITI 4.2.1 summary score (at least 1 per question is fair, 2 or more is good). MITI was validated for counselling conversations, not for sales, so read it as a pointer, not a grade.</translation>
        </message>
        <message>
            <source>What was under the resistance</source>
            <translation>What was under the resistance</translation>
        </message>
        <message>
            <source>The customer's needs</source>
            <translation>The customer's needs</translation>
        </message>
        <message>
            <source>Turning points</source>
            <translation>Turning points</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Replay</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>Previous turn</source>
            <translation>Previous turn</translation>
        </message>
        <message>
            <source>Next turn</source>
            <translation>Next turn</translation>
        </message>
        <message>
            <source>Every turn, with the coach's comment</source>
            <translation>Every turn, with the coach's comment</translation>
        </message>
    </context>
    <context>
        <name>EndPanel</name>
        <message>
            <source>See your debrief</source>
            <translation>See your debrief</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Tension</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message>
            <source>Practise handling resistance</source>
            <translation>Practise handling resistance</translation>
        </message>
        <message>
            <source>Resistance is a signal, not a setback. Slow down, find the need underneath, and let the customer choose the next step.</source>
            <translation>Resistance is a signal, not a setback. Slow down, find the need underneath, and let the customer choose the next step.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Feedback mode</source>
            <translation>Feedback mode</translation>
        </message>
        <message>
            <source>Choose a conversation</source>
            <translation>Choose a conversation</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Recent sessions</translation>
        </message>
        <message>
            <source>Your practice sessions will appear here.</source>
            <translation>Your practice sessions will appear here.</translation>
        </message>
        <message>
            <source>Press Enter or double-click to open a session.</source>
            <translation>Press Enter or double-click to open a session.</translation>
        </message>
        <message>
            <source>Continue where you left off?</source>
            <translation>Continue where you left off?</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>Loading scenarios…</source>
            <translation>Loading scenarios…</translation>
        </message>
        <message>
            <source>No scenarios found. Scenario files go in the dialogues folder.</source>
            <translation>No scenarios found. Scenario files go in the dialogues folder.</translation>
        </message>
        <message>
            <source>{0}: you stopped after {1} turns ({2}). Every turn you played is kept.</source>
            <translation>{0}: you stopped after {1} turns ({2}). Every turn you played is kept.</translation>
        </message>
        <message>
            <source>Resume {0}</source>
            <translation>Resume {0}</translation>
        </message>
        <message>
            <source>Damaged file: {0}
{1}</source>
            <translation>Damaged file: {0}
{1}</translation>
        </message>
        <message>
            <source>Unfinished, {0} turns</source>
            <translation>Unfinished, {0} turns</translation>
        </message>
        <message>
            <source>{0}, {1} turns</source>
            <translation>{0}, {1} turns</translation>
        </message>
        <message>
            <source>trust {0}</source>
            <translation>trust {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This session was not saved.</source>
            <translation>This session was not saved.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New practice</source>
            <translation>&amp;New practice</translation>
        </message>
        <message>
            <source>&amp;Open session…</source>
            <translation>&amp;Open session…</translation>
        </message>
        <message>
            <source>Session &amp;history…</source>
            <translation>Session &amp;history…</translation>
        </message>
        <message>
            <source>Session history</source>
            <translation>Session history</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Feedback for new sessions</source>
            <translation>&amp;Feedback for new sessions</translation>
        </message>
        <message>
            <source>&amp;Classroom mode (projector)</source>
            <translation>&amp;Classroom mode (projector)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Sales Resistance Simulator</source>
            <translation>Sales Resistance Simulator</translation>
        </message>
        <message>
            <source>Scenario not found</source>
            <translation>Scenario not found</translation>
        </message>
        <message>
            <source>There is no scenario with the id or file name “{0}”. Choose one from the library.</source>
            <translation>There is no scenario with the id or file name “{0}”. Choose one from the library.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>This session could not be saved in {0}. You can go on playing, but it will not be kept.

{1}</source>
            <translation>This session could not be saved in {0}. You can go on playing, but it will not be kept.

{1}</translation>
        </message>
        <message>
            <source>Open a saved session</source>
            <translation>Open a saved session</translation>
        </message>
        <message>
            <source>Sessions (*.json)</source>
            <translation>Sessions (*.json)</translation>
        </message>
        <message>
            <source>Cannot open this session</source>
            <translation>Cannot open this session</translation>
        </message>
        <message>
            <source>This scenario could not be loaded</source>
            <translation>This scenario could not be loaded</translation>
        </message>
        <message>
            <source>{0} has problems. The first one:

{1}</source>
            <translation>{0} has problems. The first one:

{1}</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Sales Resistance Simulator {0}

Practise what top sellers do differently when a customer pushes back: slow down, look for the need underneath, name what chafes, and let the customer own the next step.

Everything stays on this computer.</source>
            <translation>Sales Resistance Simulator {0}

Practise what top sellers do differently when a customer pushes back: slow down, look for the need underneath, name what chafes, and let the customer own the next step.

Everything stays on this computer.</translation>
        </message>
    </context>
    <context>
        <name>MeterWidget</name>
        <message>
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Tension</translation>
        </message>
        <message>
            <source>{0} of 100: {1}.</source>
            <translation>{0} of 100: {1}.</translation>
        </message>
        <message>
            <source>Up {0} this turn.</source>
            <translation>Up {0} this turn.</translation>
        </message>
        <message>
            <source>Down {0} this turn.</source>
            <translation>Down {0} this turn.</translation>
        </message>
    </context>
    <context>
        <name>NeedsNotebook</name>
        <message>
            <source>Needs notebook</source>
            <translation>Needs notebook</translation>
        </message>
        <message>
            <source>turn {0}</source>
            <translation>turn {0}</translation>
        </message>
        <message>
            <source>Need uncovered in turn {0}: {1}</source>
            <translation>Need uncovered in turn {0}: {1}</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} of {1}</translation>
        </message>
        <message>
            <source>{0} of {1} needs uncovered</source>
            <translation>{0} of {1} needs uncovered</translation>
        </message>
        <message>
            <source>What does the customer really need? Needs appear here as they come to the surface.</source>
            <translation>What does the customer really need? Needs appear here as they come to the surface.</translation>
        </message>
        <message>
            <source>{0} more to discover.</source>
            <translation>{0} more to discover.</translation>
        </message>
        <message>
            <source>Every need is on the table.</source>
            <translation>Every need is on the table.</translation>
        </message>
    </context>
    <context>
        <name>OptionButton</name>
        <message>
            <source>Press {0} to choose this answer.</source>
            <translation>Press {0} to choose this answer.</translation>
        </message>
    </context>
    <context>
        <name>OptionsPanel</name>
        <message>
            <source>Your answer: click it or press its number</source>
            <translation>Your answer: click it or press its number</translation>
        </message>
    </context>
    <context>
        <name>PracticeScreen</name>
        <message>
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <source>The conversation has ended: {0}</source>
            <translation>The conversation has ended: {0}</translation>
        </message>
        <message>
            <source>Explanations come in the debrief</source>
            <translation>Explanations come in the debrief</translation>
        </message>
        <message>
            <source>Watch the meters and work out for yourself why they move.</source>
            <translation>Watch the meters and work out for yourself why they move.</translation>
        </message>
        <message>
            <source>{0} turns played · conversation ended</source>
            <translation>{0} turns played · conversation ended</translation>
        </message>
        <message>
            <source>Turn {0} · at most {1} turns</source>
            <translation>Turn {0} · at most {1} turns</translation>
        </message>
        <message>
            <source>Meters are hidden: everything is revealed in the debrief.</source>
            <translation>Meters are hidden: everything is revealed in the debrief.</translation>
        </message>
        <message>
            <source>Back to library</source>
            <translation>Back to library</translation>
        </message>
        <message>
            <source>Your conversation is saved; you can resume it later.</source>
            <translation>Your conversation is saved; you can resume it later.</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCard</name>
        <message>
            <source>Start conversation</source>
            <translation>Start conversation</translation>
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
            <translation>After each answer you see here why trust and tension moved.</translation>
        </message>
        <message>
            <source>Turn {0}: {1} ({2})</source>
            <translation>Turn {0}: {1} ({2})</translation>
        </message>
        <message>
            <source>Why trust moved</source>
            <translation>Why trust moved</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>Guarded</source>
            <translation>Guarded</translation>
        </message>
        <message>
            <source>Resisting</source>
            <translation>Resisting</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>Exploring</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <source>Complied</source>
            <translation>Complied</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Stalled</translation>
        </message>
        <message>
            <source>Cautious, waiting to see where this goes.</source>
            <translation>Cautious, waiting to see where this goes.</translation>
        </message>
        <message>
            <source>Pushing back: something chafes.</source>
            <translation>Pushing back: something chafes.</translation>
        </message>
        <message>
            <source>Thinking along with you.</source>
            <translation>Thinking along with you.</translation>
        </message>
        <message>
            <source>Talking freely about what matters.</source>
            <translation>Talking freely about what matters.</translation>
        </message>
        <message>
            <source>Owns the next step.</source>
            <translation>Owns the next step.</translation>
        </message>
        <message>
            <source>Said yes, but does not look convinced.</source>
            <translation>Said yes, but does not look convinced.</translation>
        </message>
        <message>
            <source>Has ended the conversation.</source>
            <translation>Has ended the conversation.</translation>
        </message>
        <message>
            <source>The conversation has run out.</source>
            <translation>The conversation has run out.</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>Not finished</translation>
        </message>
        <message>
            <source>The customer chose a next step and owns it.</source>
            <translation>The customer chose a next step and owns it.</translation>
        </message>
        <message>
            <source>A hollow yes: the customer gave in under pressure, with little trust.</source>
            <translation>A hollow yes: the customer gave in under pressure, with little trust.</translation>
        </message>
        <message>
            <source>The customer had enough and ended the meeting.</source>
            <translation>The customer had enough and ended the meeting.</translation>
        </message>
        <message>
            <source>The conversation ran out without the customer wanting anything.</source>
            <translation>The conversation ran out without the customer wanting anything.</translation>
        </message>
        <message>
            <source>This conversation was left before its end.</source>
            <translation>This conversation was left before its end.</translation>
        </message>
        <message>
            <source>Listen</source>
            <translation>Listen</translation>
        </message>
        <message>
            <source>Reflect</source>
            <translation>Reflect</translation>
        </message>
        <message>
            <source>Name the unspoken</source>
            <translation>Name the unspoken</translation>
        </message>
        <message>
            <source>Ask about needs</source>
            <translation>Ask about needs</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>Give control</source>
            <translation>Give control</translation>
        </message>
        <message>
            <source>Summarise</source>
            <translation>Summarise</translation>
        </message>
        <message>
            <source>Inform</source>
            <translation>Inform</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>Propose</translation>
        </message>
        <message>
            <source>Argue</source>
            <translation>Argue</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Reassure</source>
            <translation>Reassure</translation>
        </message>
        <message>
            <source>Pressure</source>
            <translation>Pressure</translation>
        </message>
        <message>
            <source>Deflect</source>
            <translation>Deflect</translation>
        </message>
        <message>
            <source>slowing down</source>
            <translation>slowing down</translation>
        </message>
        <message>
            <source>advancing</source>
            <translation>advancing</translation>
        </message>
        <message>
            <source>pushing</source>
            <translation>pushing</translation>
        </message>
        <message>
            <source>Insecurity</source>
            <translation>Insecurity</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Uncertainty</translation>
        </message>
        <message>
            <source>Loss of control</source>
            <translation>Loss of control</translation>
        </message>
        <message>
            <source>Feeling unsafe. Acknowledgement, listening and naming the feeling help; reassurance does not.</source>
            <translation>Feeling unsafe. Acknowledgement, listening and naming the feeling help; reassurance does not.</translation>
        </message>
        <message>
            <source>Not knowing what is coming. Questions about needs, summaries and timely information help.</source>
            <translation>Not knowing what is coming. Questions about needs, summaries and timely information help.</translation>
        </message>
        <message>
            <source>Feeling steered. Offering choice and reflecting help; pressure and rebuttals make it worse.</source>
            <translation>Feeling steered. Offering choice and reflecting help; pressure and rebuttals make it worse.</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Hard</translation>
        </message>
        <message>
            <source>Very low trust</source>
            <translation>Very low trust</translation>
        </message>
        <message>
            <source>Low trust</source>
            <translation>Low trust</translation>
        </message>
        <message>
            <source>Some trust</source>
            <translation>Some trust</translation>
        </message>
        <message>
            <source>Good trust</source>
            <translation>Good trust</translation>
        </message>
        <message>
            <source>High trust</source>
            <translation>High trust</translation>
        </message>
        <message>
            <source>Relaxed</source>
            <translation>Relaxed</translation>
        </message>
        <message>
            <source>Mild strain</source>
            <translation>Mild strain</translation>
        </message>
        <message>
            <source>Noticeable strain</source>
            <translation>Noticeable strain</translation>
        </message>
        <message>
            <source>High tension</source>
            <translation>High tension</translation>
        </message>
        <message>
            <source>Very high tension</source>
            <translation>Very high tension</translation>
        </message>
        <message>
            <source>Live feedback</source>
            <translation>Live feedback</translation>
        </message>
        <message>
            <source>Meters only</source>
            <translation>Meters only</translation>
        </message>
        <message>
            <source>Hidden until the debrief</source>
            <translation>Hidden until the debrief</translation>
        </message>
        <message>
            <source>Meters, and after every turn why trust and tension moved. Best for practising.</source>
            <translation>Meters, and after every turn why trust and tension moved. Best for practising.</translation>
        </message>
        <message>
            <source>The meters move, without explanations. Work out why yourself.</source>
            <translation>The meters move, without explanations. Work out why yourself.</translation>
        </message>
        <message>
            <source>No meters while you play: everything is revealed in the debrief. For assessment.</source>
            <translation>No meters while you play: everything is revealed in the debrief. For assessment.</translation>
        </message>
    </context>
<context>
    <name>Debrief</name>
    <message>
        <location filename="../words.py" line="0"/>
        <source>committed: the customer owns a next step</source>
        <translation>committed: the customer owns a next step</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>complied: a hollow yes under pressure</source>
        <translation>complied: a hollow yes under pressure</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>withdrawn: the customer ended the meeting</source>
        <translation>withdrawn: the customer ended the meeting</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>stalled: the conversation ran out</source>
        <translation>stalled: the conversation ran out</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <location filename="../words.py" line="0"/>
        <source>not finished</source>
        <translation>not finished</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../words.py" line="0"/>
        <source>no reflections or questions</source>
        <translation>no reflections or questions</translation>
    </message>
</context>
</TS>
