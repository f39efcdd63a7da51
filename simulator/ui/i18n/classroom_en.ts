<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Classroom — Sales Resistance Simulator</source>
        <translation>Classroom — Sales Resistance Simulator</translation>
    </message>
    <message>
        <source>?: keys</source>
        <translation>?: keys</translation>
    </message>
</context>
<context>
    <name>ClassroomRenderer</name>
    <message>
        <source>Press its number, or ↑ ↓ and Enter.</source>
        <translation>Press its number, or ↑ ↓ and Enter.</translation>
    </message>
    <message>
        <source>Loading the scenarios…</source>
        <translation>Loading the scenarios…</translation>
    </message>
    <message>
        <source>There are no scenarios to play. Check the dialogues folder.</source>
        <translation>There are no scenarios to play. Check the dialogues folder.</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Choose a scenario</translation>
    </message>
    <message>
        <source>1–{0}: start a scenario</source>
        <translation>1–{0}: start a scenario</translation>
    </message>
    <message>
        <source>1: start it</source>
        <translation>1: start it</translation>
    </message>
    <message>
        <source>Esc: leave</source>
        <translation>Esc: leave</translation>
    </message>
    <message>
        <source>Before the conversation</source>
        <translation>Before the conversation</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>The situation</translation>
    </message>
    <message>
        <source>Your briefing</source>
        <translation>Your briefing</translation>
    </message>
    <message>
        <source>Where could {0}&apos;s resistance come from? Then Enter: {0}&apos;s first line.</source>
        <translation>Where could {0}&apos;s resistance come from? Then Enter: {0}&apos;s first line.</translation>
    </message>
    <message>
        <source>Enter: the first line</source>
        <translation>Enter: the first line</translation>
    </message>
    <message>
        <source>Space: discuss</source>
        <translation>Space: discuss</translation>
    </message>
    <message>
        <source>Turn {0} of at most {1}</source>
        <translation>Turn {0} of at most {1}</translation>
    </message>
    <message>
        <source>{0} says</source>
        <translation>{0} says</translation>
    </message>
    <message>
        <source>What do you say? The class chooses</source>
        <translation>What do you say? The class chooses</translation>
    </message>
    <message>
        <source>1–{0}: play an answer</source>
        <translation>1–{0}: play an answer</translation>
    </message>
    <message>
        <source>Z: take the last answer back</source>
        <translation>Z: take the last answer back</translation>
    </message>
    <message>
        <source>The class chose</source>
        <translation>The class chose</translation>
    </message>
    <message>
        <source>What will this answer do to {0}&apos;s trust? Predict: up or down, and why?</source>
        <translation>What will this answer do to {0}&apos;s trust? Predict: up or down, and why?</translation>
    </message>
    <message>
        <source>R: reveal</source>
        <translation>R: reveal</translation>
    </message>
    <message>
        <source>Z: take it back</source>
        <translation>Z: take it back</translation>
    </message>
    <message>
        <source>Need found: {0}</source>
        <translation>Need found: {0}</translation>
    </message>
    <message>
        <source>{0} answers</source>
        <translation>{0} answers</translation>
    </message>
    <message>
        <source>Enter: see how it ended</source>
        <translation>Enter: see how it ended</translation>
    </message>
    <message>
        <source>Enter: the next line</source>
        <translation>Enter: the next line</translation>
    </message>
    <message>
        <source>Z: take it back and try another answer</source>
        <translation>Z: take it back and try another answer</translation>
    </message>
    <message>
        <source>Taken back: “{0}”. Which answer now?</source>
        <translation>Taken back: “{0}”. Which answer now?</translation>
    </message>
    <message>
        <source>{0} played</source>
        <translation>{0} played</translation>
    </message>
    <message>
        <source>Needs found: {0} of {1}</source>
        <translation>Needs found: {0} of {1}</translation>
    </message>
    <message>
        <source>Slowing down {0}, advancing {1}, pushing {2}</source>
        <translation>Slowing down {0}, advancing {1}, pushing {2}</translation>
    </message>
    <message>
        <source>Calm under tension: {0}% of the answers given under high tension slowed down</source>
        <translation>Calm under tension: {0}% of the answers given under high tension slowed down</translation>
    </message>
    <message>
        <source>Biggest rise: turn {0}, {1} ({2})</source>
        <translation>Biggest rise: turn {0}, {1} ({2})</translation>
    </message>
    <message>
        <source>Biggest fall: turn {0}, {1} ({2})</source>
        <translation>Biggest fall: turn {0}, {1} ({2})</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <source>Trust, turn by turn</source>
        <translation>Trust, turn by turn</translation>
    </message>
    <message>
        <source>Enter: another scenario</source>
        <translation>Enter: another scenario</translation>
    </message>
    <message>
        <source>What do you expect from {0}? Where could the resistance come from?</source>
        <translation>What do you expect from {0}? Where could the resistance come from?</translation>
    </message>
    <message>
        <source>Which answer would you choose, and why?</source>
        <translation>Which answer would you choose, and why?</translation>
    </message>
    <message>
        <source>What will this answer do to {0}&apos;s trust?</source>
        <translation>What will this answer do to {0}&apos;s trust?</translation>
    </message>
    <message>
        <source>Why did trust move like this? What would you try instead?</source>
        <translation>Why did trust move like this? What would you try instead?</translation>
    </message>
    <message>
        <source>What made the difference in this conversation?</source>
        <translation>What made the difference in this conversation?</translation>
    </message>
    <message>
        <source>This session could not be saved: {0}</source>
        <translation>This session could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>ClassroomKeys</name>
    <message>
        <source>Play that answer (or start that scenario)</source>
        <translation>Play that answer (or start that scenario)</translation>
    </message>
    <message>
        <source>Move through the list of scenarios</source>
        <translation>Move through the list of scenarios</translation>
    </message>
    <message>
        <source>Reveal what the answer did to trust</source>
        <translation>Reveal what the answer did to trust</translation>
    </message>
    <message>
        <source>Go on to the customer&apos;s next line</source>
        <translation>Go on to the customer&apos;s next line</translation>
    </message>
    <message>
        <source>Freeze to discuss; again to go on</source>
        <translation>Freeze to discuss; again to go on</translation>
    </message>
    <message>
        <source>Take the last answer back and try another</source>
        <translation>Take the last answer back and try another</translation>
    </message>
    <message>
        <source>Show or hide these keys</source>
        <translation>Show or hide these keys</translation>
    </message>
    <message>
        <source>Switch between Dutch and English</source>
        <translation>Switch between Dutch and English</translation>
    </message>
    <message>
        <source>Choose the projector screen</source>
        <translation>Choose the projector screen</translation>
    </message>
    <message>
        <source>Larger or smaller text on the projector</source>
        <translation>Larger or smaller text on the projector</translation>
    </message>
    <message>
        <source>Close this overlay, or leave classroom mode</source>
        <translation>Close this overlay, or leave classroom mode</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>reveal</source>
        <translation>reveal</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>discuss</translation>
    </message>
    <message>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>keys</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>screen</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>text size</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>leave</translation>
    </message>
</context>
<context>
    <name>CustomerColumn</name>
    <message>
        <source>Needs found: {0} of {1}</source>
        <translation>Needs found: {0} of {1}</translation>
    </message>
</context>
<context>
    <name>DiscussBand</name>
    <message>
        <source>Discuss</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <source>Space: go on</source>
        <translation>Space: go on</translation>
    </message>
</context>
<context>
    <name>KeyMapOverlay</name>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>? or Esc: close</source>
        <translation>? or Esc: close</translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <source>Presenter view: only you see this</source>
        <translation>Presenter view: only you see this</translation>
    </message>
    <message>
        <source>Projector: {0} ({1} × {2})</source>
        <translation>Projector: {0} ({1} × {2})</translation>
    </message>
    <message>
        <source>Choose a scenario with the class</source>
        <translation>Choose a scenario with the class</translation>
    </message>
    <message>
        <source>Press its number, or ↑ ↓ and Enter.</source>
        <translation>Press its number, or ↑ ↓ and Enter.</translation>
    </message>
    <message>
        <source>The class chooses an answer</source>
        <translation>The class chooses an answer</translation>
    </message>
    <message>
        <source>Let them argue, then press the number of the answer they pick. Space freezes the screen.</source>
        <translation>Let them argue, then press the number of the answer they pick. Space freezes the screen.</translation>
    </message>
    <message>
        <source>The class predicts</source>
        <translation>The class predicts</translation>
    </message>
    <message>
        <source>The projector hides the reaction. Ask: up or down, and why? Then press R to reveal.</source>
        <translation>The projector hides the reaction. Ask: up or down, and why? Then press R to reveal.</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Revealed</translation>
    </message>
    <message>
        <source>Enter: the next line. B: take it back so the class can try another answer.</source>
        <translation>Enter: the next line. B: take it back so the class can try another answer.</translation>
    </message>
    <message>
        <source>The conversation has ended: {0}</source>
        <translation>The conversation has ended: {0}</translation>
    </message>
    <message>
        <source>B takes the last answer back. Enter: another scenario. The session is saved.</source>
        <translation>B takes the last answer back. Enter: another scenario. The session is saved.</translation>
    </message>
    <message>
        <source>Frozen for discussion (Space to go on)</source>
        <translation>Frozen for discussion (Space to go on)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Could not be loaded</source>
        <translation>Could not be loaded</translation>
    </message>
    <message>
        <source>can uncover: {0}</source>
        <translation>can uncover: {0}</translation>
    </message>
    <message>
        <source>Coach: {0}</source>
        <translation>Coach: {0}</translation>
    </message>
    <message>
        <source>The customer says</source>
        <translation>The customer says</translation>
    </message>
    <message>
        <source>Answers, with their move kinds</source>
        <translation>Answers, with their move kinds</translation>
    </message>
    <message>
        <source>{0}. {1}: {2}</source>
        <translation>{0}. {1}: {2}</translation>
    </message>
    <message>
        <source>Coach notes of this conversation</source>
        <translation>Coach notes of this conversation</translation>
    </message>
    <message>
        <source>Root of the resistance (hidden from the class)</source>
        <translation>Root of the resistance (hidden from the class)</translation>
    </message>
    <message>
        <source>Trust {0} · tension {1} (the real values)</source>
        <translation>Trust {0} · tension {1} (the real values)</translation>
    </message>
    <message>
        <source>The class still sees trust {0}; this answer changes it by {1}.</source>
        <translation>The class still sees trust {0}; this answer changes it by {1}.</translation>
    </message>
    <message>
        <source>Trust and tension</source>
        <translation>Trust and tension</translation>
    </message>
    <message>
        <source>The answer just played</source>
        <translation>The answer just played</translation>
    </message>
    <message>
        <source>The last answer</source>
        <translation>The last answer</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>Hidden needs</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view — Sales Resistance Simulator</source>
        <translation>Presenter view — Sales Resistance Simulator</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Classroom mode</source>
        <translation>Classroom mode</translation>
    </message>
    <message>
        <source>Which screen is the projector?</source>
        <translation>Which screen is the projector?</translation>
    </message>
    <message>
        <source>The class sees the projector; your notes appear on the other screen. Press a number to choose.</source>
        <translation>The class sees the projector; your notes appear on the other screen. Press a number to choose.</translation>
    </message>
    <message>
        <source>{0}   {1} — {2} × {3}</source>
        <translation>{0}   {1} — {2} × {3}</translation>
    </message>
    <message>
        <source>(probably the projector)</source>
        <translation>(probably the projector)</translation>
    </message>
</context>
<context>
    <name>TrustJourney</name>
    <message>
        <source>Trust, turn by turn: {0}</source>
        <translation>Trust, turn by turn: {0}</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
</context>
</TS>
