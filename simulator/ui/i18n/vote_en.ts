<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VoteBridge</name>
    <message>
        <source>The class vote could not start: {0}</source>
        <translation>The class vote could not start: {0}</translation>
    </message>
    <message>
        <source>Class vote</source>
        <translation>Class vote</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Vote on your phone</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Room code</translation>
    </message>
    <message>
        <source>Class vote · {0} · room code {1}</source>
        <translation>Class vote · {0} · room code {1}</translation>
    </message>
    <message>
        <source>The phones wait for the next question.</source>
        <translation>The phones wait for the next question.</translation>
    </message>
    <message>
        <source>V: stop the vote</source>
        <translation>V: stop the vote</translation>
    </message>
    <message>
        <source>Waiting: nothing to vote on yet.</source>
        <translation>Waiting: nothing to vote on yet.</translation>
    </message>
    <message>
        <source>R: close the vote and play the class's answer</source>
        <translation>R: close the vote and play the class's answer</translation>
    </message>
    <message>
        <source>Open: {0}. The room sees only the count; you see the spread.</source>
        <translation>Open: {0}. The room sees only the count; you see the spread.</translation>
    </message>
    <message>
        <source>Press the number of the answer to play.</source>
        <translation>Press the number of the answer to play.</translation>
    </message>
    <message>
        <source>Room code {0}</source>
        <translation>Room code {0}</translation>
    </message>
    <message>
        <source>No one voted: the trainer picks.</source>
        <translation>No one voted: the trainer picks.</translation>
    </message>
    <message>
        <source>A tie ({0}): the trainer picks.</source>
        <translation>A tie ({0}): the trainer picks.</translation>
    </message>
    <message>
        <source>The class chose {0}: {1} of {2}.</source>
        <translation>The class chose {0}: {1} of {2}.</translation>
    </message>
    <message>
        <source>The trainer played {0}.</source>
        <translation>The trainer played {0}.</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{0} votes</source>
        <translation>{0} votes</translation>
    </message>
</context>
<context>
    <name>ClassVote</name>
    <message>
        <source>Class vote: no one voted; the trainer picked.</source>
        <translation>Class vote: no one voted; the trainer picked.</translation>
    </message>
    <message>
        <source>Class vote: a tie ({0} votes); the trainer picked.</source>
        <translation>Class vote: a tie ({0} votes); the trainer picked.</translation>
    </message>
    <message>
        <source>The class chose this answer: {0} of {1} votes ({2}%).</source>
        <translation>The class chose this answer: {0} of {1} votes ({2}%).</translation>
    </message>
    <message>
        <source>The class chose “{0}” ({1} of {2} votes, {3}%); the trainer played another answer.</source>
        <translation>The class chose “{0}” ({1} of {2} votes, {3}%); the trainer played another answer.</translation>
    </message>
    <message>
        <source>Class &amp;vote (phones, on the projector)</source>
        <translation>Class &amp;vote (phones, on the projector)</translation>
    </message>
</context>
<context>
    <name>ClassroomKeys</name>
    <message>
        <source>Start or stop the class vote from phones</source>
        <translation>Start or stop the class vote from phones</translation>
    </message>
    <message>
        <source>class vote</source>
        <translation>class vote</translation>
    </message>
</context>
</TS>
