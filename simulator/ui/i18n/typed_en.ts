<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TypedAnswerBox</name>
    <message>
        <source>Typed answers cannot be understood on this installation. Choose an answer instead.</source>
        <translation>Typed answers cannot be understood on this installation. Choose an answer instead.</translation>
    </message>
    <message>
        <source>Type what you would say to the customer, then press Enter.</source>
        <translation>Type what you would say to the customer, then press Enter.</translation>
    </message>
    <message>
        <source>That is more than one turn: say it in a sentence or two.</source>
        <translation>That is more than one turn: say it in a sentence or two.</translation>
    </message>
    <message>
        <source>I didn't catch that: there are no words in it.</source>
        <translation>I didn't catch that: there are no words in it.</translation>
    </message>
    <message>
        <source>I didn't catch that. Type it as you would say it, in the session's language.</source>
        <translation>I didn't catch that. Type it as you would say it, in the session's language.</translation>
    </message>
    <message>
        <source>I didn't catch that.</source>
        <translation>I didn't catch that.</translation>
    </message>
    <message>
        <source>Press {0}</source>
        <translation>Press {0}</translation>
    </message>
    <message>
        <source>Or type your own answer (T), then press Enter</source>
        <translation>Or type your own answer (T), then press Enter</translation>
    </message>
    <message>
        <source>Type your own answer</source>
        <translation>Type your own answer</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Say it</translation>
    </message>
    <message>
        <source>Did you mean…?</source>
        <translation>Did you mean…?</translation>
    </message>
    <message>
        <source>Your answer: type what you would say (T), then press Enter</source>
        <translation>Your answer: type what you would say (T), then press Enter</translation>
    </message>
</context>
<context>
    <name>AnswerBySetting</name>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>choosing</source>
        <translation>choosing</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>typing</translation>
    </message>
    <message>
        <source>Choose one of the answers on offer.</source>
        <translation>Choose one of the answers on offer.</translation>
    </message>
    <message>
        <source>Type what you would say; the program works out what kind of move it is.</source>
        <translation>Type what you would say; the program works out what kind of move it is.</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>understood as: {0}</source>
        <translation>understood as: {0}</translation>
    </message>
    <message>
        <source> (no option of this kind here: a general reply)</source>
        <translation> (no option of this kind here: a general reply)</translation>
    </message>
    <message>
        <source>You typed: {0}</source>
        <translation>You typed: {0}</translation>
    </message>
</context>
</TS>
