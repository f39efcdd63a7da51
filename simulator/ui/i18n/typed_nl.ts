<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>TypedAnswerBox</name>
    <message>
        <source>Typed answers cannot be understood on this installation. Choose an answer instead.</source>
        <translation>Getypte antwoorden kunnen op deze installatie niet worden begrepen. Kies een antwoord.</translation>
    </message>
    <message>
        <source>Type what you would say to the customer, then press Enter.</source>
        <translation>Typ wat je tegen de klant zou zeggen en druk op Enter.</translation>
    </message>
    <message>
        <source>That is more than one turn: say it in a sentence or two.</source>
        <translation>Dat is meer dan één beurt: zeg het in een of twee zinnen.</translation>
    </message>
    <message>
        <source>I didn't catch that: there are no words in it.</source>
        <translation>Dat ving ik niet op: er staan geen woorden in.</translation>
    </message>
    <message>
        <source>I didn't catch that. Type it as you would say it, in the session's language.</source>
        <translation>Dat ving ik niet op. Typ het zoals je het zou zeggen, in de taal van het gesprek.</translation>
    </message>
    <message>
        <source>I didn't catch that.</source>
        <translation>Dat ving ik niet op.</translation>
    </message>
    <message>
        <source>Press {0}</source>
        <translation>Druk op {0}</translation>
    </message>
    <message>
        <source>Or type your own answer (T), then press Enter</source>
        <translation>Of typ je eigen antwoord (T) en druk op Enter</translation>
    </message>
    <message>
        <source>Type your own answer</source>
        <translation>Typ je eigen antwoord</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Zeg het</translation>
    </message>
    <message>
        <source>Did you mean…?</source>
        <translation>Bedoelde je…?</translation>
    </message>
    <message>
        <source>Your answer: type what you would say (T), then press Enter</source>
        <translation>Jouw antwoord: typ wat je zou zeggen (T) en druk op Enter</translation>
    </message>
</context>
<context>
    <name>AnswerBySetting</name>
    <message>
        <source>Answer by</source>
        <translation>Antwoorden door</translation>
    </message>
    <message>
        <source>choosing</source>
        <translation>kiezen</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>typen</translation>
    </message>
    <message>
        <source>Choose one of the answers on offer.</source>
        <translation>Kies een van de aangeboden antwoorden.</translation>
    </message>
    <message>
        <source>Type what you would say; the program works out what kind of move it is.</source>
        <translation>Typ wat je zou zeggen; het programma bepaalt zelf wat voor zet het is.</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>understood as: {0}</source>
        <translation>begrepen als: {0}</translation>
    </message>
    <message>
        <source> (no option of this kind here: a general reply)</source>
        <translation> (hier geen optie van deze soort: een algemene reactie)</translation>
    </message>
    <message>
        <source>You typed: {0}</source>
        <translation>Je typte: {0}</translation>
    </message>
</context>
</TS>
