<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
            <source>Where could {0}'s resistance come from? Then Enter: {0}'s first line.</source>
            <translation>Where could {0}'s resistance come from? Then Enter: {0}'s first line.</translation>
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
            <source>What will this answer do to {0}'s trust? Predict: up or down, and why?</source>
            <translation>What will this answer do to {0}'s trust? Predict: up or down, and why?</translation>
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
            <source>What will this answer do to {0}'s trust?</source>
            <translation>What will this answer do to {0}'s trust?</translation>
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
</TS>
